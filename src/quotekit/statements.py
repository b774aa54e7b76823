"""Statements and documents as speaker mentions: who speaks in ``nach Angaben der Polizei``.

The corpus, and quotekit's `Quote.mention`, take the whole phrase as the mention (``Angaben der
Polizei``, ``einer Mitteilung des Amtes``, ``nach Ansicht von Experten``). A statement is nobody,
so `quotekit.entities` resolves its owner instead: the genitive or ``von``-phrase after the noun
of speech or writing (``cue_nouns.tsv``), whose genitive ending may hide the noun from the
lexicons (``des Amtes``, ``des Experten``).
"""

from __future__ import annotations

import attrs

from . import entity_words
from . import vocabulary as vocab
from .cues import is_cue_noun
from .document import Annotated
from .mentions import Mention, MentionKind, mention_from_phrase
from .phrases import Phrase, noun_phrase


def is_statement(mention: Mention) -> bool:
    """A mention whose head is a noun of speech or writing (``Angaben``, ``einer Mitteilung
    des Amtes``), not a person with such a surname (``Peter Hoffnung``)."""
    if mention.kind is MentionKind.PRONOUN or not is_cue_noun(mention.head):
        return False
    return mention.name is None or mention.name == mention.head


def statement_owner(ann: Annotated, mention: Mention) -> Mention | None:
    """The genitive or ``von``-phrase after a statement noun: ``der Polizei`` in ``Angaben der
    Polizei``, ``Experten`` in ``nach Ansicht von Experten``."""
    words = ann.tokens_in(mention.start, mention.end)
    head = next((k for k in words if ann.tokens[k].text == mention.head), None)
    if head is None or head + 1 >= words.stop:
        return None
    following = ann.tokens[head + 1].text
    if following in entity_words.of_class("statement_owner_preposition"):
        start = head + 2
    elif following in entity_words.of_class("statement_owner_article"):
        start = head + 1
    else:
        return None
    phrase = noun_phrase(ann, start, words.stop) if start < words.stop else None
    if phrase is None:
        return None
    owner = mention_from_phrase(ann, phrase)
    singular = ann.tokens[phrase.start].text in entity_words.of_class("singular_genitive_article")
    guessed_name = owner is not None and owner.kind is MentionKind.NAME and " " not in (owner.name or "")
    if owner is None or guessed_name or (owner.plural and singular):
        # "des Amtes", "des Schweizer Bundesamts" read as a name; "des Experten" is one expert,
        # though "Experten" reads as a plural (but "des Sprechers des Amtes, Roland Eichhorn"
        # names him in full)
        owner = _genitive_noun(ann, phrase) or owner
    article = ann.tokens[phrase.start].text
    plural_genitive = article in entity_words.of_class("genitive_article") and article not in entity_words.of_class("singular_genitive_article")
    if owner is not None and owner.kind is MentionKind.ROLE and owner.gender in ("m", "n") and plural_genitive:
        # "das Fazit der Betreiber": after a statement noun "der" is a genitive, so before a
        # masculine or neuter noun it is plural
        owner = attrs.evolve(owner, plural=True, gender=None)
    return owner if owner is not None and not is_statement(owner) else None


def possessive_owner(ann: Annotated, mention: Mention) -> Mention | None:
    """``seiner Einschätzung``, ``nach ihren Worten``: the possessive before a statement noun is
    its owner, a pronoun (``sein-`` a man, ``ihr-`` a woman or a group) to resolve as one."""
    words = ann.tokens_in(mention.start, mention.end)
    head = next((k for k in words if ann.tokens[k].text == mention.head), None)
    if head is None or head == words.start:
        return None
    possessive = ann.tokens[head - 1]
    word = possessive.text.lower()
    gender = "m" if word in entity_words.of_class("his_possessive") else "f" if word in entity_words.of_class("her_possessive") else None
    if gender is None:
        return None
    return Mention(possessive.start, possessive.end, possessive.text, MentionKind.PRONOUN, gender, False)


def own_account(ann: Annotated, mention: Mention) -> bool:
    """``nach eigenen Angaben``: ``eigen-`` before the statement noun makes it the account of
    the subject of its clause (``Der 58-Jährige hat nach eigenen Angaben 40 Brücken gesprengt``)."""
    words = ann.tokens_in(mention.start, mention.end)
    head = next((k for k in words if ann.tokens[k].text == mention.head), None)
    return head is not None and head > words.start and ann.tokens[head - 1].text.lower() in entity_words.of_class("own_possessive")


def _genitive_noun(ann: Annotated, phrase: Phrase) -> Mention | None:
    """``des Amtes``, ``des Unternehmens``, ``des SPD-Politikers``: an organisation or role
    noun that its genitive ending hides from the lexicons."""
    word = ann.tokens[phrase.head].text
    span = ann.tokens[phrase.start].start, ann.tokens[phrase.end - 1].end
    for stem in (word[:-2], word[:-1]) if word.endswith(("es", "en")) else (word[:-1],) if word.endswith("s") else ():
        organisation = vocab.organisation_noun(stem)
        if organisation is not None:
            return Mention(*span, head=stem, kind=MentionKind.ORGANISATION, gender=organisation.gender)
        role = vocab.role_noun(stem)
        if role is not None and not role.plural:
            return Mention(*span, head=stem, kind=MentionKind.ROLE, gender=role.gender, role=role.key, role_word=stem)
    return None
