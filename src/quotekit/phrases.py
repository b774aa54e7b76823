"""Noun phrases that can name a speaker, found from word lists and capitalisation.

German capitalises every noun, so without a POS model a speaker phrase is: an optional
determiner, lowercase adjectives, one or more capitalised words (role nouns, names), and tails
that belong to the phrase in news style — a genitive (``die Sprecherin des russischen
Außenamtes``), an affiliation (``Analyst X von der Y Bank``) and a comma apposition (``der Chef
der Behörde, Hans Muster``). With POS tags the same grammar runs on the tags instead.
"""

from __future__ import annotations

from typing import NamedTuple

from . import vocabulary as vocab
from .document import Annotated, Token

_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_NOUNISH_POS = frozenset({"NOUN", "PROPN", "X"})


def _has_role(ann: Annotated, start: int, end: int) -> bool:
    return any(vocab.role_noun(t.text) or vocab.organisation_noun(t.text) for t in ann.tokens[start:end])


def _parenthesis(ann: Annotated, open_index: int, limit: int) -> tuple[int, int] | None:
    """``(SPD)``, ``(CDU/CSU)``: a short capitalised parenthesis after a name belongs to it."""
    tokens = ann.tokens
    for k in range(open_index + 1, min(limit, open_index + 5)):
        if tokens[k].text == ")":
            inside = tokens[open_index + 1 : k]
            if inside and all(t.text[:1].isupper() or t.text in ("/", "-") for t in inside):
                return k + 1, k
            return None
    return None


class Phrase(NamedTuple):
    """Token range ``[start, end)`` of a noun phrase and the index of its core's last word."""

    start: int
    end: int
    head: int  # last token of the core (before genitive/affiliation/apposition tails)


def _is_name_like(tok: Token, ann: Annotated) -> bool:
    """A capitalised content word (noun or name) that can be part of a speaker phrase."""
    text = tok.text
    if ann.has_pos and tok.pos is not None:
        return tok.pos in _NOUNISH_POS or (tok.pos == "ADJ" and text[:1].isupper() and text.endswith("."))
    if not text[:1].isupper() or vocab.is_punct(text):
        return False
    lower = text.lower()
    if lower in vocab.function_words() or lower in vocab.determiners():
        return False
    return not vocab.pronoun(text)


def _is_adjective(tok: Token, ann: Annotated) -> bool:
    if ann.has_pos and tok.pos is not None:
        return tok.pos in ("ADJ", "NUM")
    text = tok.text
    if text[:1].isdigit() and text.endswith("."):
        return True  # ordinals: der 2. Vorsitzende
    return (
        text.islower()
        and len(text) > 3
        and text.endswith(_ADJECTIVE_ENDINGS)
        and text not in vocab.function_words()
        and text not in vocab.determiners()
    )


def _is_determiner(tok: Token, ann: Annotated) -> bool:
    if ann.has_pos and tok.pos is not None and tok.pos not in ("DET", "PRON"):
        return False
    return tok.text.lower() in vocab.determiners()


def _core(ann: Annotated, i: int, limit: int) -> tuple[int, int] | None:
    """``det? adj* Cap+``: returns (end, head) of the core phrase starting at token ``i``."""
    tokens = ann.tokens
    j = i
    if j < limit and _is_determiner(tokens[j], ann):
        j += 1
    while j < limit and _is_adjective(tokens[j], ann):
        j += 1
    k = j
    while k < limit:
        if _is_name_like(tokens[k], ann):
            k += 1
        elif k > j and tokens[k].text.lower() in vocab.name_particles() and k + 1 < limit and tokens[k + 1].text[:1].isupper():
            k += 1
        elif vocab.is_quote_mark(tokens[k].text) and (title_end := _quoted_title(ann, k, limit)) is not None:
            k = title_end  # a quoted name: die „Computerwoche“, „Die Zeit“
        else:
            break
    if k == j:
        return None
    return k, k - 1


def _quoted_title(ann: Annotated, open_index: int, limit: int) -> int | None:
    """End (exclusive) of a short quoted title of capitalised words opening at ``open_index``."""
    tokens = ann.tokens
    for k in range(open_index + 1, min(limit, open_index + 6)):
        text = tokens[k].text
        if vocab.is_quote_mark(text):
            inside = tokens[open_index + 1 : k]
            return k + 1 if inside and inside[0].text[:1].isupper() else None
        if vocab.is_punct(text) and text not in ("-", "&", "."):
            return None
    return None


def noun_phrase(ann: Annotated, i: int, limit: int | None = None, *, appositions: bool = True) -> Phrase | None:
    """The speaker-like noun phrase starting at token ``i`` (not crossing token ``limit``)."""
    tokens = ann.tokens
    if limit is None:
        limit = ann.sentences[tokens[i].sent][1] if i < len(tokens) else len(tokens)
    if i >= limit:
        return None
    first = tokens[i]
    if vocab.pronoun(first.text) and first.text.lower() not in vocab.determiners():
        return Phrase(i, i + 1, i)  # er, sie, wir, man
    core = _core(ann, i, limit)
    if core is None:
        return None
    end, head = core
    for _ in range(3):  # tails: des russischen Außenamtes / von der Bank / für Innere Sicherheit / (SPD)
        following = tokens[end].text if end < limit else ""
        if following in vocab.word_class("genitive_determiner"):
            tail = _core(ann, end, limit)
        elif following.lower() in vocab.word_class("affiliation_preposition") or (
            following.lower() in vocab.word_class("role_preposition") and _has_role(ann, end - 1, end)
        ):
            tail = _core(ann, end + 1, limit)
        elif following == "(":
            tail = _parenthesis(ann, end, limit)
        else:
            break
        if tail is None:
            break
        end = tail[0]
    if appositions and end + 1 < limit and tokens[end].text == ",":
        apposition = noun_phrase(ann, end + 1, limit, appositions=False)
        if (
            apposition is not None
            and _apposition_closes(ann, apposition.end, limit)
            and (_is_named(ann, apposition) or (_is_named(ann, Phrase(i, end, head)) and _has_role(ann, apposition.start, apposition.end)))
        ):
            end = apposition.end
    return Phrase(i, end, head)


def _apposition_closes(ann: Annotated, end: int, limit: int) -> bool:
    """An apposition ends at a comma, the clause end, or directly before a verb/adverb."""
    return end >= limit or ann.tokens[end].text in (",", ".", ":", ";") or ann.tokens[end].text.islower()


def _is_named(ann: Annotated, phrase: Phrase) -> bool:
    """True when the phrase contains a proper name (not only role nouns and determiners)."""
    for k in range(phrase.start, phrase.end):
        tok = ann.tokens[k]
        if tok.ent == "PER" or (tok.pos == "PROPN"):
            return True
        if _is_name_like(tok, ann) and vocab.role_noun(tok.text) is None and vocab.organisation_noun(tok.text) is None:
            return True
    return False


def phrase_ending_at(ann: Annotated, end: int, floor: int) -> Phrase | None:
    """A noun phrase that ends exactly before token ``end`` and starts at a clause boundary ≥ ``floor``.

    Used for subjects before the verb: ``Der russische Außenminister sagte``. Comma appositions
    in front (``X, Sprecher des Ministeriums, sagte``) are included.
    """
    tokens = ann.tokens
    if end <= floor or end <= 0:
        return None  # nothing before: "zufolge" opening a sentence has no phrase in front
    start = end - 1
    while start > floor and not _is_boundary(tokens[start - 1]):
        start -= 1
    if start >= end:
        return None
    phrase = noun_phrase(ann, start, end)
    if phrase is None:
        return None
    if phrase.end != end:
        if not all(_may_trail_subject(ann.tokens[k]) for k in range(phrase.end, end)):
            return None
        phrase = Phrase(phrase.start, end, phrase.head)  # "Die WHO (Genf) in Genf teilte mit"
    # An apposition chain in front: "Hans Muster, Sprecher des Amtes, sagte" (the phrase found so
    # far is the middle part; the name before the comma belongs to it).
    if start - 1 > floor and tokens[start - 1].text == ",":
        before = phrase_ending_at(ann, start - 1, floor)
        if before is not None and (_is_named(ann, before) or _is_named(ann, phrase)):
            return Phrase(before.start, phrase.end, before.head)
    return phrase


def _may_trail_subject(tok: Token) -> bool:
    """Words that may stand between a subject's core and its verb as part of the subject:
    prepositional and parenthetical tails (``in Genf``, ``(WHO)``, ``aus dem Jahr 2000``)."""
    text = tok.text
    return (
        text[:1].isupper()
        or text[:1].isdigit()
        or text in ("(", ")", "/", "-")
        or text.lower() in vocab.word_class("subject_tail")
    )




def _is_boundary(tok: Token) -> bool:
    text = tok.text
    return (text in vocab.CLAUSE_PUNCT and text not in _BRACKETS) or vocab.is_quote_mark(text) or text.lower() in vocab.word_class("clause_opener")


_BRACKETS = frozenset("()[]")  # a parenthesis inside a subject ("Petra Muster (SPD)") ends no clause


