"""What single words and short word patterns say about the people and organisations of a text.

`quotekit.entities` links mentions into entities; the evidence it reads off the words lives
here: which words may start a person name, the role a copula or a comma apposition gives a name
(``Timo Berger ist neuer Sportdirektor``, ``Paul Brückner, Bürgermeister von Hollenstedt,``),
whether a role noun describes rather than names an office, which kinds of organisation a noun
denotes (``data/de/organisation_classes.tsv``), and how names and organisation keys are
normalised. The word lists are in ``data/de/entity_words.tsv``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from . import clauses, lexicon
from . import vocabulary as vocab
from .document import Annotated
from .mentions import Mention, MentionKind, is_proper_name, mention_from_phrase
from .phrases import ADJECTIVE_ENDINGS, noun_phrase
from .wordtable import WordTable

FORMER = "former:"  # marks a role a person held before ("die frühere Ministerin X")
FIELD_OF = "of:"  # marks a role compounded with the organisation of its genitive (`genitive_field_roles`)

# `WordTable` flags of the words a person name may start with or follow
CAPITALISED, FIRST_NAME, ROLE_OR_TITLE, LEGAL_FORM, ACRONYM, DETERMINER = 1, 2, 4, 8, 16, 32


def _name_word_flags(word: str) -> int:
    flags = CAPITALISED if word[:1].isupper() else 0
    kind = vocab.name_word(word)
    if kind == "first":
        flags |= FIRST_NAME
    if kind == "role" or word in vocab.titles() or (flags & CAPITALISED and organisation_kinds(word)):
        flags |= ROLE_OR_TITLE  # a role, a title or a kind of organisation ("die Kieswerke Talgrund")
    if word in legal_form_words() or legal_form_with_stop(word):
        flags |= LEGAL_FORM
    if vocab.is_acronym(word):
        flags |= ACRONYM
    if word.lower() in vocab.determiners():
        flags |= DETERMINER
    return flags


def legal_form_with_stop(word: str) -> bool:
    """``GmbH.`` at the end of a sentence: the tokeniser keeps the full stop in the word."""
    return word.endswith(".") and word[:-1] in legal_form_words()


@functools.cache
def _legal_forms() -> dict[str, str | None]:
    return {form: None if noun == "-" else noun for form, noun in lexicon.rows("legal_forms.tsv")}


@functools.cache
def legal_form_words() -> frozenset[str]:
    """The one-word legal forms (``GmbH``, ``e.V.``) and the last words of the longer ones
    (``V.`` of ``e. V.``): the word a name with its legal form ends in."""
    return frozenset(form.split()[-1] for form in _legal_forms())


def legal_form_at(words: Sequence[str], k: int) -> str | None:
    """The legal form ending in word ``k`` as listed (``e. V.`` from ``e.`` ``V.``; ``GmbH``
    from ``GmbH.`` at a sentence end), None if there is none."""
    for form in _legal_forms():
        parts = form.split()
        if k + 1 < len(parts):
            continue
        written = list(words[k + 1 - len(parts) : k + 1])
        if len(parts) == 1 and legal_form_with_stop(written[0]):
            written[0] = written[0][:-1]
        if written == parts:
            return form
    return None


def legal_form_kind(form: str) -> str | None:
    """``GmbH`` → ``Gesellschaft``, ``e. V.`` → ``Verein``: the kind noun a legal form spells out."""
    return _legal_forms().get(form)


NAME_WORDS = WordTable(_name_word_flags)


_INFLECTED_ADJECTIVE = ("en", "es", "em")  # endings no unlisted first name is likely to have


def person_noun_before(ann: Annotated, i: int) -> bool:
    """Whether a determiner and a word for where someone is from come right before token ``i``,
    inflected or not (``der Norweger``, ``dem Finnen``, ``des Kroaten``; not ``das Rote``): the
    capitalised words after them name that person."""
    tokens = ann.tokens
    determiner = tokens[i - 2].text.lower() if i >= 2 else ""
    if determiner not in vocab.determiners() or subject_gender(determiner) == "n" or tokens[i].text.endswith(_INFLECTED_ADJECTIVE):
        return False  # "des Deutschen Roten Kreuzes": adjectives, no name
    word = tokens[i - 1].text
    if not word.isalpha() or not word[:1].isupper() or vocab.name_word(word) != "name" or organisation_kinds(word):
        return False
    return vocab.demonym(word) or any(origin_stem(form) for form in vocab.case_forms(word))


def name_particle_inside(ann: Annotated, k: int) -> bool:
    """``von``, ``van der``, ``de la`` between name words (``Ursula von der Leyen``)."""
    tokens = ann.tokens
    if k + 1 >= len(tokens):
        return False
    text = tokens[k].text
    particle = text in vocab.name_particles() or (
        text in vocab.word_class("article_particle") and k > 0 and tokens[k - 1].text in vocab.name_particles()
    )
    if text in vocab.word_class("first_name_particle") and k > 0 and vocab.first_name_gender(tokens[k - 1].text) is False and tokens[k - 1].text not in vocab.titles():
        return False  # "Harald zur Hausen", but "gratulierte Anna Weber zur Wahl": after a surname, a preposition
    # the particles must lead to a name: "Ulrich Brandes von der Universität" ends at "Brandes",
    # "Emre Yilmaz vom Zweitligisten" at "Yilmaz" (a kind of organisation is no surname)
    return (
        particle
        and not vocab.kind_of_organisation(tokens[k + 1].text)
        and (is_proper_name(ann, k + 1) or name_particle_inside(ann, k + 1))
    )


_PREDICATE_GAP = 4  # words between copula and role noun: "ist [der neue] Sportdirektor", "ist [seit 2015] Professorin"


def predicate_end(ann: Annotated, k: int) -> int:
    """The token after copula ``k`` and up to four lowercase words or numbers (articles,
    adjectives, ``selbst``, ``seit 2015``)."""
    tokens = ann.tokens
    end = k + 1
    while end < len(tokens) and end - k <= _PREDICATE_GAP and ((tokens[end].text[:1].islower() and tokens[end].text.isalpha()) or tokens[end].text.isdigit()):
        end += 1
    return end


def deed_stem(role_word: str) -> tuple[str, str] | None:
    """``Siegerin`` → ``("sieg", "")``, ``Ladenleiterin`` → ``("leit", "lade")``: the stem an
    agent noun of a deed (`deed_agent`) shares with the words that tell the deed (``Weltcupsieg``,
    ``gegründet``), and the start of what a compound says the deed was about (``Geleitet wird der
    Laden von X``; not ``Die Ermittlungen leitete X`` for ``der Behördenleiter``)."""
    word = role_word.lower().rsplit("-", 1)[-1]
    # (the longest that fits, so that the choice does not depend on the order of a set:
    # "mitgründerin" is an agent noun of its own, not "gründerin" about "mit")
    agent = max((noun for noun in of_class("deed_agent") if word.endswith(noun) and (word == noun or len(word) > len(noun) + 2)), key=len, default=None)
    if agent is None:
        return None
    about = word[: -len(agent)].rstrip("sn")
    for ending in sorted(of_class("agent_noun_ending"), key=len, reverse=True):
        if agent.endswith(ending):
            return agent[: -len(ending)], about
    return None


def tells_deed(word: str, stem: str, opens_sentence: bool = False) -> bool:
    """``Weltcupsieg``, ``siegte``, ``Gegründet`` (opening a sentence) tell the deed of stem
    ``sieg``/``gründ``: a noun ending in the stem, or a verb form of it — lowercase unless the
    sentence opens with it (not ``begründete``, ``stattfinden``, ``Veranstaltung``, the town
    ``Siegen`` or the agent noun itself)."""
    lower = word.lower()
    if word[:1].isupper() and lower.endswith(stem):
        return True
    return lower in _deed_verb_forms(stem) and (word[:1].islower() or opens_sentence)


@functools.cache
def _deed_verb_forms(stem: str) -> frozenset[str]:
    """The verb forms that tell the deed of ``stem``: regular ones (``siegte``, ``gegründet``)
    and the irregular ones of ``deed_forms.tsv`` (``gewann``, ``gewonnen``), also with a prefix
    for a deed shared with others (``mitgegründet``)."""
    prefixes, endings = ("", *of_class("participle_prefix")), ("", *of_class("deed_verb_ending"))
    irregular = {stem: forms.split(",") for stem, (forms, *_rest) in lexicon.table("deed_forms.tsv").items()}
    forms = {prefix + stem + ending for prefix in prefixes for ending in endings} | set(irregular.get(stem, ()))
    return frozenset(forms | {shared + form for shared in of_class("deed_verb_prefix") for form in forms})  # "mitgegründet"


def described_as_someone(text: str) -> bool:
    """``Der betroffene Landwirt, ein 39-jähriger Familienvater``: a role phrase whose
    apposition opens with an indefinite article introduces the person it describes — a text
    does not describe someone it has named before as "a father of …"."""
    _, comma, apposition = text.partition(", ")
    return bool(comma) and apposition.split(maxsplit=1)[0].lower() in of_class("role_introducer") if apposition else False


def coordinated_role(ann: Annotated, k: int) -> vocab.NounInfo | None:
    """``X, Landwirt [und Ortsvorsteher], …``: ``und`` at ``k`` and a second singular role noun
    that ends the apposition or predicate — a second role of the same person."""
    tokens = ann.tokens
    if k + 2 >= len(tokens) or tokens[k].text not in of_class("coordinator"):
        return None
    tail = vocab.word_class("genitive_determiner") | vocab.word_class("preposition")
    if tokens[k + 2].text not in (",", ".", ";", "–", ")") and tokens[k + 2].text.lower() not in tail:
        return None  # (a place or body may follow: "Landwirt und Ortsvorsteher von Rodheim", "beim Landesbetrieb")
    role = vocab.role_noun(tokens[k + 1].text)
    return role if role is not None and not role.plural and vocab.first_name_gender(tokens[k + 1].text) is False else None


def predicate_role(ann: Annotated, k: int) -> vocab.NounInfo | None:
    """``Timo Berger ist neuer Sportdirektor``: the role noun a copula at ``k`` gives the name
    before it (the sentence defines the person's role as an apposition would)."""
    tokens = ann.tokens
    if k >= len(tokens) or tokens[k].text not in of_class("copula"):
        return None
    end = predicate_end(ann, k)
    if end >= len(tokens):
        return None
    role = vocab.role_noun(tokens[end].text)
    return role if role is not None and not role.plural else None


def named_by_copula(ann: Annotated, role: Mention) -> Mention | None:
    """``Kurator der Schau ist Vereinschef Wolfgang Rieger``: a role phrase as the subject of a
    present-tense copula with a name after it. The sentence says who holds the role, so it is about that
    person: the name is the subject a pronoun in the next sentence takes up."""
    tokens = ann.tokens
    k = ann.token_at(role.end - 1) + 1
    if role.kind is not MentionKind.ROLE or role.name or k >= len(tokens) or tokens[k].text not in of_class("present_copula") - of_class("past_copula"):
        return None  # (not "Gründer des Vereins war X": who held a role once is no one speaking now)
    if (role.role_word or role.head).lower().endswith(tuple(of_class("result_role"))):
        return None  # "Gewinnerin ist X": a result the speaker before goes on about
    end = ann.sentences[tokens[k].sent][1]
    phrase = noun_phrase(ann, k + 1, end)  # "ist [der neue Trainer] Max X"
    named = mention_from_phrase(ann, phrase) if phrase is not None else None
    return named if named is not None and named.kind is MentionKind.NAME and named.name and named.gender in ("m", "f") else None


_MAX_PREDICATE_WORDS = 8  # words between a copula and the name it introduces ("seit dem 1. Oktober die Chemikerin")
_MAX_AS_ROLE_WORDS = 10  # words between a subject's name and "als" + role ("führt den Verein seit 2009 als Vorsitzender")


def as_role_after(ann: Annotated, k: int) -> tuple[vocab.NounInfo, int] | None:
    """``Uwe X führt den Verein seit 2009 als Vorsitzender``, ``Tina Y arbeitet als Hebamme``:
    the role noun after ``als`` (``role_as``) in the clause of the name that ends before token
    ``k``, when a verb follows the name (it is the subject) and the role is in the nominative (not
    ``gratulierte ihr als neuem Vorsitzenden``); with the role word's token."""
    tokens = ann.tokens
    if k >= len(tokens) or not tokens[k].text.islower() or tokens[k].text in vocab.determiners():
        return None
    role_as = vocab.word_class("role_as")
    for i in range(k, min(len(tokens) - 1, k + _MAX_AS_ROLE_WORDS)):
        text = tokens[i].text
        if text not in role_as and (vocab.is_punct(text) or text in vocab.word_class("subordinator") or text in vocab.word_class("coordinator")):
            return None
        if text not in role_as:
            continue
        if i > 0 and tokens[i - 1].text.endswith(vocab.endings("comparative_ending")) and tokens[i - 1].text.islower():
            return None  # "früher als": a comparison
        j = i + 1
        if j < len(tokens) and tokens[j].text.lower() in vocab.determiners():
            return None  # "mehr als ein Lehrer": a predicative "als" takes no article
        while j < len(tokens) and tokens[j].text.islower() and not tokens[j].text.endswith(vocab.endings("oblique_adjective_ending")) and j - i <= 3:
            j += 1  # "als neuer", "als langjährige"
        role = vocab.role_noun(tokens[j].text) if j < len(tokens) else None
        if role is None or role.plural or vocab.first_name_gender(tokens[j].text) is not False:
            return None
        if j + 1 < len(tokens) and vocab.first_name_gender(tokens[j + 1].text) not in (False, None):
            return None  # "als Nachfolger Jan X": someone else's name
        return role, j
    return None


def time_phrase_at(ann: Annotated, k: int) -> bool:
    """``Ende Juni``, ``Anfang 2025``, ``Mitte Mai``: a time noun followed by another or by a
    number starts a time phrase, not more of a name (``Dr. Elke X Ende Juni``; but ``Michael Ende``)."""
    tokens = ann.tokens
    if k + 1 >= len(tokens) or tokens[k].text.lower() not in vocab.time_nouns():
        return False
    following = tokens[k + 1].text
    return following.lower() in vocab.time_nouns() or following.isdigit()


def personal_pronoun_of(word: str, gender: str | None) -> bool:
    """``er``, ``ihn`` for ``m``; ``sie``, ``ihr`` for ``f``: a lowercase singular third-person
    pronoun of that gender (a capitalised one may open a sentence about anyone, or be formal)."""
    return word.islower() and any(g == gender and not plural and person == "3" for g, plural, person in vocab.pronoun(word))


def twin_phrase_at(ann: Annotated, k: int) -> bool:
    """``Seite an Seite``, ``Hand in Hand``, ``Tür an Tür``: a noun repeated after a preposition
    is an adverbial, not more of the name before it (``malen Ruth und Anselm X Seite an Seite``)."""
    texts = ann.texts
    return k + 2 < len(texts) and texts[k + 2] == texts[k] and texts[k + 1].islower() and texts[k + 1] in vocab.word_class("twin_preposition")


def appointed_role(ann: Annotated, i: int, k: int) -> tuple[vocab.NounInfo, int] | None:
    """``Uwe X wurde am Abend zum Vorsitzenden gewählt``, ``Der Verband hat Tina Y zur neuen
    Kapitänin ernannt``, ``Die Mitglieder wählten Anja X zur Vorsitzenden``: the role noun after
    ``zum``/``zur`` (``appointed_to``) in the clause of the name ``i``–``k - 1``, when an
    appointment participle follows it or a finite appointment verb stands right before the name
    — the person holds the role from then on; with the role word's token. Another name in between
    owns it."""
    tokens = ann.tokens
    finite_before = any(tokens[b].text in of_class("appointment_verb") for b in range(max(0, i - _APPOINTMENT_REACH), i))
    for m in range(k, min(len(tokens) - 2, k + _MAX_AS_ROLE_WORDS)):
        text = tokens[m].text
        if vocab.is_punct(text) or text in vocab.word_class("subordinator") or text in vocab.word_class("coordinator"):
            return None
        if vocab.first_name_gender(text) not in (False, None):
            return None  # "gratulierte Anna Z zur …": the role is hers
        if text not in of_class("appointed_to"):
            continue
        j = m + 1
        while j < len(tokens) and tokens[j].text.islower() and j - m <= 2:
            j += 1  # "zum neuen", "zur stellvertretenden"
        role = vocab.singular_role(tokens[j].text) if j < len(tokens) else None
        if role is None or vocab.first_name_gender(tokens[j].text) is not False:
            return None
        after = [t.text for t in tokens[j + 1 : j + 1 + _APPOINTMENT_REACH]]
        return (role, j) if finite_before or any(word in of_class("appointment_participle") for word in after) else None
    return None


_APPOINTMENT_REACH = 3  # words from the role to the participle ("zum Vorsitzenden des Vereins gewählt")


def subject_role_before(ann: Annotated, i: int) -> str | None:
    """``Leiterin der Grabung ist die Archäologin Meike Sander``, ``Projektleiter ist der
    Chemiker Ole Kamp``: the role word that opens the sentence when a copula and an optional
    description come between it and the name at ``i`` — the sentence says what the person is."""
    tokens = ann.tokens
    k = i - 1
    while k >= max(0, i - _MAX_PREDICATE_WORDS) and not vocab.is_punct(tokens[k].text) and tokens[k].text not in of_class("copula"):
        k -= 1  # "der pensionierte Lehrer", "die Bodenkundlerin"
    if k < 1 or tokens[k].text not in of_class("copula"):
        return None
    sentence_start = ann.sentences[tokens[k].sent][0]
    for j in range(sentence_start, k):
        role = vocab.role_noun(tokens[j].text)
        if role is not None and not role.plural:
            return tokens[j].text
        if not (tokens[j].text.lower() in vocab.determiners() or tokens[j].text.islower() or tokens[j].text.isspace()):
            return None  # "Deren Vorsitzender ist …": only articles and possessives before the role
    return None


def role_before_apposition(ann: Annotated, i: int, j: int) -> str | None:
    """``der Sohn, Tim X, hat …``, ``Die Leiterin des Museums, Ina Voss, geht``:
    the role noun of the phrase right before a comma when the name ``i``–``j`` stands between
    two commas (an apposition names the person the phrase describes)."""
    tokens = ann.tokens
    # (a party or an age in parentheses may follow the name: "…, Jens X (SPD),")
    if i < 2 or tokens[i - 1].text != "," or j + 1 >= len(tokens) or tokens[j + 1].text not in (",", "("):
        return None
    if not tokens[i - 2].text[:1].isupper():
        return None  # "… meinte weiter, Lu X, die …": the comma ends a clause, no noun phrase
    role = None
    for k in range(i - 2, max(-1, i - 2 - _MAX_PREDICATE_WORDS), -1):
        text = tokens[k].text
        if vocab.is_punct(text):
            break
        if text.lower() in of_class("former"):
            return None  # "Der ehemalige Polizeipräsident, X,": no office that blocks a new role
        if text in vocab.word_class("role_preposition") and role is None:
            continue  # "sein Amtskollege aus (dem Nachbarort) Oberweiler, Jens X": where from
        if text.islower() and text not in vocab.determiners() and not text.endswith(ADJECTIVE_ENDINGS):
            break  # a verb or adverb ends the phrase
        info = vocab.role_noun(text)
        if info is not None and not info.plural:
            role = text  # the leftmost role noun: "Die Leiterin des Museums"
    return role


def shared_surname(ann: Annotated, i: int) -> int | None:
    """``Maria und Jonas Kettler``: the token of the surname that the first name at ``i`` shares
    with the first name after ``und`` (a couple, siblings), else None."""
    tokens = ann.tokens
    if i + 3 >= len(tokens) or tokens[i + 1].text not in of_class("coordinator"):
        return None
    if vocab.first_name_gender(tokens[i].text) is False or vocab.first_name_gender(tokens[i + 2].text) is False:
        return None
    surname = tokens[i + 3].text
    # a surname may be a first name too ("Maria und Jonas Martin")
    ends = i + 4 >= len(tokens) or not tokens[i + 4].text[:1].isupper() or twin_phrase_at(ann, i + 4)  # ("… X Seite an Seite")
    return i + 3 if vocab.name_word(surname) in ("name", "first") and ends else None


def role_word_surname(ann: Annotated, k: int) -> bool:
    """A listed role word right after a lone first name, ending the name (``Anna Fischer hat``):
    the surname, as no person is called by a first name followed by an occupation."""
    tokens = ann.tokens
    if k >= len(tokens) or vocab.first_name_gender(tokens[k - 1].text) is False or not vocab.is_role_word(tokens[k].text):
        return False
    if ann.paragraph_break_before(k):
        return False
    following = tokens[k + 1].text if k + 1 < len(tokens) else "."
    return not following[:1].isupper()


def comma_apposition_role(ann: Annotated, k: int) -> vocab.NounInfo | None:
    """``Paul Brückner, Bürgermeister von Hollenstedt, …``: a role noun right after the comma
    that follows a name (after at most an article and lowercase adjectives) is that person's role,
    as ``Bürgermeister Paul Brückner`` would be."""
    tokens = ann.tokens
    if k >= len(tokens) or tokens[k].text != ",":
        return None
    end = predicate_end(ann, k)
    if end >= len(tokens) or end == k + 1 and tokens[end].text[:1].islower():
        return None
    if not all(_attributive(tokens[j].text) for j in range(k + 1, end)):
        return None  # "X, warf der Ministerin vor": a verb after the comma, the role is someone else's
    if end + 1 < len(tokens) and is_proper_name(ann, end + 1):
        return None  # "sagte Müller, Präsident Haller habe …": the role of the next name
    role = vocab.role_noun(tokens[end].text)
    return role if role is not None and not role.plural and vocab.first_name_gender(tokens[end].text) is False else None


def _attributive(word: str) -> bool:
    """A word that may stand between a comma and the role noun of an apposition: an article, a
    number, a preposition, an inflected adjective or an adverb of a second role (``, [der
    langjährige] Bürgermeister``, ``, [seit 1998] Chefarzt``, ``, [zugleich] Bürgermeister``)."""
    lower = word.lower()
    if lower in vocab.auxiliaries() or lower in vocab.word_class("possessive_determiner"):
        return False  # "X, hatte über seine Verteidigerin …": a verb, and someone else's role
    return (
        lower in vocab.determiners()
        or word.isdigit()
        or lower in vocab.word_class("preposition")
        or lower in of_class("apposition_adverb")
        or word.endswith(vocab.endings("attributive_ending"))
    )


_MAX_RELATIVE_WORDS = 25  # words of a relative clause searched for the role it gives


def relative_clause_role(ann: Annotated, k: int) -> tuple[vocab.NounInfo, int] | None:
    """``Alois Brandl, der den Verein lange geführt hat und heute Ehrenvorsitzender ist,``: the
    role noun right before the copula that ends a relative clause after the name before ``k``
    (and the noun's token); with a past copula (``…, der bis 2017 Finanzminister war,``) the
    caller marks it as a former role."""
    tokens = ann.tokens
    pronouns = vocab.word_class("subject_relative_pronoun_m") | vocab.word_class("subject_relative_pronoun_f")
    if k + 1 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].text not in pronouns:
        return None
    for r in range(k + 2, min(len(tokens) - 1, k + _MAX_RELATIVE_WORDS)):
        if vocab.is_punct(tokens[r].text):
            return None  # the clause ended without a role
        clause_ends = r + 2 >= len(tokens) or vocab.is_punct(tokens[r + 2].text)
        if tokens[r + 1].text in of_class("copula") and clause_ends:
            role = vocab.role_noun(tokens[r].text)
            return (role, r) if role is not None and not role.plural and tokens[r].text[:1].isupper() else None
    return None


def partitive(text: str) -> bool:
    """``eine der Ärztinnen``, ``einer der Demonstranten``: an indefinite before a genitive."""
    words = text.split()
    return len(words) > 2 and words[1].lower() in of_class("genitive_article")


def role_words(mention: Mention, text: str = "") -> set[str]:
    """The role noun of a role mention as written and as listed (``Außenminister``,
    ``außenminister``); the head word when no lexicon lists it (``der Kommandant``); with the
    mention's ``text``, also the compound a title adjective makes (`titled_field_role`)."""
    words = {w.lower() for w in office_words(mention.role, mention.role_word)}  # "Ehrenvorsitzende" is no "vorsitzender"
    titled = titled_field_role(text, mention.role_word) if text else None
    return (words or {mention.head.lower()}) | ({titled} if titled else set())


def titled_field_role(text: str, role_word: str | None) -> str | None:
    """``der Sportliche Leiter`` → ``sportleiter``: a capitalised adjective in ``-lich`` before a
    head noun is part of a title and names the field the head leads, as the compound does
    (``Sportchef X … sagte der Sportliche Leiter``)."""
    words = text.split()
    if not role_word or role_word not in words[1:]:
        return None
    adjective = words[words.index(role_word, 1) - 1]
    if adjective.lower() in vocab.word_class("ordinal_adjective") and not adjective.lower().startswith(tuple(of_class("first_ordinal"))):
        return adjective.lower() + role_word.lower()  # "die Zweite Bürgermeisterin": a deputy, another office
    for ending in of_class("title_adjective_ending"):
        if adjective[:1].isupper() and adjective.endswith(ending) and len(adjective) > len(ending) + 2:
            return adjective[: -len(ending)].lower() + role_word.lower()
    return None


def descriptive(words: set[str], classes: tuple[str, ...] = ("descriptive_role", "epithet_role")) -> bool:
    """A role word that describes rather than names an office (``Politiker``, ``Sozialdemokrat``,
    ``45-Jährige``, with ``descriptive_role`` also where someone is from: ``der Finne``), an
    occupation used as an epithet (``die Biologin``, ``der Manager``), or an age among the words
    of the phrase (``die 52-jährige Tierärztin``): it may refer to a person the text gave another
    role."""
    listed = frozenset().union(*(of_class(c) for c in classes))
    return any(
        word in listed
        or word.endswith(tuple(of_class("descriptive_suffix")))
        or word.rsplit("-", 1)[-1] in listed
        or ("descriptive_role" in classes and vocab.demonym(word))
        for word in words
    )


def partner_of(text: str) -> str | None:
    """``ihre Mitgründerin`` → ``f``, ``sein Kompagnon`` → ``m``, ``Ihre katholische Kollegin``
    → ``f``: the possessor's gender when a possessive stands before a noun (after adjectives) for
    someone who founded, owns or does something with them."""
    written = text.split()
    words = [w.lower() for w in written]
    # (adjectives between, also of a place: "Ihre Sandbühler Kollegin")
    if len(words) < 2 or not (words[-1] in of_class("partner_noun") or colleague_word(words[-1])) or not all(w.islower() or (w[:1].isupper() and origin_stem(w.lower()) is not None) for w in written[1:-1]):
        return None
    if words[0] in of_class("his_possessive"):
        return "m"
    return "f" if words[0] in of_class("her_possessive") else None


_MIN_PART = 3  # letters of a compound's part before another ("Vorstands|kollegin", "Wetter|dienst")


def colleague_word(word: str) -> bool:
    """``Kollegin``, ``Vorstandskollegin``, ``Amtskollege``: someone in the same office or body
    (`colleague_noun`, or a compound ending in one)."""
    lower = word.lower()
    return any(lower == noun or (lower.endswith(noun) and len(lower) - len(noun) >= _MIN_PART) for noun in of_class("colleague_noun"))


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` spells the first words of ``name``: each word (split at hyphens too;
    ``acronym_link`` words may be skipped) gives the next letter with its initial, and a compound
    may give more with the first letters of its later parts (``DWD``: Deutscher Wetter-dienst,
    ``VHS``: Volks-hoch-schule; a part has three letters or more). Words after the last letter
    may follow (``ASB`` ⇄ ``Arbeiter-Samariter-Bund Kreisverband Lenzach``)."""
    letters = acronym.lower()
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    position = 0
    for i, word in enumerate(words):
        if position == len(letters):
            break
        lower = word.lower()
        if lower[:1] != letters[position]:
            if lower in of_class("acronym_link"):
                continue
            return False
        position += 1
        last = 0
        following = words[i + 1][:1].lower() if i + 1 < len(words) else ""
        # a compound's later parts give the next letters, unless the next word starts with one
        while position < len(letters) and following != letters[position]:
            found = lower.find(letters[position], last + _MIN_PART)
            if found < 0:
                break
            position, last = position + 1, found
    return position == len(letters) and position > 0 and words[0][:1].isupper()


def anonymous_source(text: str) -> bool:
    """``Koalitionskreisen``, ``dem Vereinsumfeld``: a circle of people a text leaves unnamed on
    purpose, so no one in the text is the speaker."""
    return any(word.lower().endswith(tuple(of_class("anonymous_source_ending"))) for word in text.split())  # "aus Kreisen des Senats"


@functools.cache
def _epithet_fields() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in lexicon.rows("epithet_fields.tsv")}


def epithet_field(role_words: set[str]) -> tuple[str, ...]:
    """``der Jurist`` → ``anwalt``, ``richter``, …: the endings of the roles an occupation used
    as an epithet names (``epithet_fields.tsv``); empty for any other phrase."""
    fields = _epithet_fields()
    return tuple(ending for word in role_words for ending in fields.get(word, ()))


def in_field(roles: Iterable[str], endings: tuple[str, ...]) -> bool:
    """A person seen with a role of the epithet's field (`epithet_field`): ``rechtsanwalt`` is a
    ``jurist``."""
    return bool(endings) and any(role.endswith(endings) for role in roles)


def occupation_epithet(role_words: set[str]) -> bool:
    """``die Winzerin``, ``der Student``: what someone is (``occupation_epithet``), which may
    describe a person the text named — one known by no office."""
    return any(word in of_class("occupation_epithet") or word.rsplit("-", 1)[-1] in of_class("occupation_epithet") for word in role_words)


def owned_by_someone(text: str, people_only: bool = False) -> bool:
    """A genitive after the role noun (``die Lehrerin ihres Sohnes``, ``die Verkäuferin des
    Ladens``): someone set apart by whom or what they belong to, not a description of a person
    named before (a place may describe one: ``Die Krankenschwester aus Hemmelstadt``). With
    ``people_only``, only a possessive genitive counts (``ihres Sohnes``, not ``des Dienstes``)."""
    words = text.split()
    nouns = [k for k, word in enumerate(words) if k > 0 and word[:1].isupper()]
    if not nouns or nouns[0] + 1 >= len(words):
        return False
    opener = words[nouns[0] + 1].lower()
    return opener in of_class("genitive_opener") and (not people_only or opener in vocab.word_class("possessive_determiner"))


def as_role(ann: Annotated, mention: Mention) -> Mention:
    """A name mention read as a role phrase of its one noun, with the gender its determiner
    gives (``die Sauerländerin``: a woman)."""
    article = ann.text[mention.start : mention.end].split(maxsplit=1)[0]
    gender = mention.gender or subject_gender(article)
    noun = (mention.name or "").lower()
    # a noun with a person's ending is a role of its own ("der Zimmerer", "der Hotelier"), one
    # without is only read as a role ("der Kalender" names no one's occupation)
    endings = tuple(of_class("person_noun_ending") | of_class("trade_noun_ending"))
    role = mention.role or (noun if noun.endswith(endings) else None)
    return attrs.evolve(mention, kind=MentionKind.ROLE, role=role, role_word=mention.name, gender=gender)


def owner_stems(text: str) -> set[str]:
    """The stems of the capitalised words after a role noun's genitive owner (``der Anwalt der
    Gemeinde`` → ``{"gemeinde"}``), or none when no owner follows (`owned_by_someone`)."""
    if not owned_by_someone(text):
        return set()
    return {genitive_stem(word).lower() for word in text.split()[2:] if word[:1].isupper()}


def office_role(role: str) -> bool:
    """A role that is an office or function (``klinikchef``, ``pflegedienstleiterin``,
    ``pressesprecher``; ``office_ending``), which a text may name again by another title."""
    return role.endswith(tuple(of_class("office_ending")))


def public_office(role: str) -> bool:
    """A role of a person that is a public office or a function (``landrat``, ``trainerin``,
    ``pressesprecher``; ``public_office`` endings): its holder is never described by a trade."""
    return role.endswith(tuple(of_class("public_office")))


def family_description(text: str) -> bool:
    """``die zweifache Mutter``, ``der Vater von drei Kindern``, ``die Mutter zweier Töchter``: a
    parent described by their children — a description of someone the text named, not the
    relative of anyone in it."""
    words = text.lower().split()
    if len(words) < 3 or words[0] not in of_class("definite_article"):
        return False
    k = next((k for k, word in enumerate(words) if word in of_class("relation_noun")), None)
    if k is None:
        return False
    after = words[k + 1 :]
    counted = (len(after) >= 3 and after[0] == "von" and (after[1].isdigit() or after[1] in of_class("count_word"))) or (
        len(after) >= 2 and after[0] in of_class("count_word")
    )
    return counted or any(word in of_class("family_adjective") for word in words[1:k])


def describes(role_words: set[str], text: str) -> bool:
    """A role phrase that may describe someone the text gave another role: a descriptive role
    or an age anywhere in it (``die 52-jährige Tierärztin``), or an occupation used as an epithet
    by its ending (``der Geologe``) — the ending only on the role noun itself: ``die Sprecherin
    der Klimaforscher`` is no researcher."""
    if other_person(role_words):
        return False
    if any(map(public_office, role_words)):
        text = text.split(",", 1)[0]  # an office, whatever its apposition says: "Der Richter, ein erfahrener Jurist"
    return (
        family_description(text)
        or former_standing(text)
        or descriptive(role_words | set(text.lower().split()))
        or any(word.endswith(tuple(of_class("epithet_suffix"))) for word in role_words)
        or any(_unlisted_epithet(word, text) for word in role_words)
    )


def _relation(text: str, determiner_class: str) -> str | None:
    """The kinship noun that ends ``text`` after a determiner of ``determiner_class``
    (``die alleinerziehende Mutter``, ``Ihr Mann``, also before an apposition: ``Ihr Mann, ein
    Architekt,``); not ``die Mutter des Jungen``: someone else's mother."""
    phrase, _, apposition = text.partition(",")
    if apposition.split(maxsplit=1)[:1] and apposition.split(maxsplit=1)[0].lower() in vocab.word_class("indefinite_article"):
        text = phrase  # (but "Ihr Mann, der Koch Dirk X," is named in his apposition)
    words = text.lower().split()
    if len(words) >= 2 and words[0] in of_class(determiner_class) and words[-1] in of_class("relation_noun"):
        return words[-1]
    return None


def possessive_gender(word: str) -> str | None:
    """``seinen`` → ``m``, ``ihre`` → ``f``: the gender of a possessive's possessor, None for any
    other word."""
    lower = word.lower()
    return "m" if lower in of_class("his_possessive") else "f" if lower in of_class("her_possessive") else None


def possessor_gender(text: str) -> str | None:
    """``Ihr Mann`` → ``f``, ``Sein Bruder`` → ``m``: the gender of whoever a kinship phrase is a
    relative of, when the phrase is a possessive and a kinship noun."""
    if _relation(text, "his_possessive"):
        return "m"
    if _relation(text, "her_possessive"):
        return "f"
    return None


@functools.cache
def _party_of_noun() -> dict[str, str]:
    return {noun: party for noun, party in lexicon.rows("party_nouns.tsv")}


def party_of(role_words: Iterable[str]) -> str | None:
    """``die Sozialdemokratin`` → ``spd``, ``Grünen-Fraktionschefin`` → ``grüne``: the party a
    member noun or a role compound with a party's short name names (``party_nouns.tsv``)."""
    parties = _party_of_noun()
    for word in role_words:
        word = word.lower()
        party = parties.get(word) or ("-" in word and parties.get(word.split("-", 1)[0])) or None
        if party is not None:
            return party
    return None


def expert_noun(role_words: set[str]) -> bool:
    """``der Experte``, ``die Insolvenzexpertin``: a noun for an expert (``expert_noun``)."""
    return any(word.endswith(tuple(of_class("expert_noun"))) for word in role_words)


def expert_for(role_words: set[str], roles: set[str]) -> bool:
    """``Landesarchäologe X … sagte der Experte``: a noun for an expert (``expert_noun``)
    describes someone known by a profession used as an epithet (``epithet_role``,
    ``epithet_suffix``) or a member of a council or parliament (``elected_member_ending``), not an
    office holder (a mayor is no expert)."""
    if not expert_noun(role_words):
        return False
    return (
        descriptive(roles, ("epithet_role",))
        or any(role.endswith(tuple(of_class("epithet_suffix"))) for role in roles)
        or any(role.endswith(tuple(of_class("elected_member_ending"))) for role in roles)  # "die Finanzexpertin ihrer Fraktion"
    )


def other_person(role_words: set[str]) -> bool:
    """``der Kontrahent``, ``die Kollegin``, ``sein Nachfolger``: a noun for someone set against
    or beside the person just talked about, so never a description of them."""
    return any(word in of_class("other_person_noun") or word.rsplit("-", 1)[-1] in of_class("other_person_noun") for word in role_words)


def _unlisted_epithet(word: str, text: str) -> bool:
    """``der Valdorianer``, ``die Thüringerin``, ``der Kroate``, ``die Germanistin``: a singular
    noun for a person that no role lexicon lists is no office anyone could hold but a
    description of someone named under another role (not a masculine form after ``die``:
    ``die Kanadier`` are many)."""
    if not word.endswith(tuple(of_class("person_noun_ending"))) or word.endswith(tuple(of_class("thing_noun_ending"))):
        return False
    article = text.split(maxsplit=1)[0].lower()
    feminine = word.endswith(tuple(of_class("feminine_ending")))
    gender = subject_gender(article)
    if article not in of_class("definite_article") or gender not in ("m", "f") or (gender == "f") != feminine:
        return False  # (nor after "das": "Das neue Experiment" is a thing)
    noun = word.capitalize()  # role words come lowercased; the lexicons look up nouns
    return vocab.role_noun(noun) is None and vocab.organisation_noun(noun) is None


def _without_adjectives(text: str) -> str:
    """``der frühere Bankkaufmann`` → ``der Bankkaufmann``: the article and the noun of a phrase
    whose other words are inflected adjectives."""
    words = text.split()
    if len(words) > 2 and all(word.islower() and word.endswith(ADJECTIVE_ENDINGS) for word in words[1:-1]):
        return f"{words[0]} {words[-1]}"
    return text


def former_standing(text: str) -> bool:
    """``der frühere Schlosser``, ``die ehemalige Weberin``: a definite singular phrase that
    gives someone's former occupation — only people had one, so the noun is a person's
    description, whatever its ending."""
    words = text.split()
    return (
        len(words) == 3
        and words[0].lower() in of_class("definite_article")
        and words[1] in of_class("former")
        and words[2][:1].isupper()
        and words[2].lower() not in of_class("thing_noun")
    )


def unlisted_person_noun(text: str) -> bool:
    """``die Lokalmatadorin``, ``der Internist``, ``der Zugezogene``, ``der Serbe``, ``der
    frühere Bankkaufmann``: a definite article, inflected adjectives and one noun that no lexicon
    lists but whose ending makes it a person (`_unlisted_epithet`), or a noun of origin — someone
    the text described before, as surely a person as a listed role noun."""
    text = _without_adjectives(text)
    words = text.split()
    # (not "der Mann": the noun for anyone is no description of someone in particular)
    if len(words) != 2 or not words[1][:1].isupper() or bare_person_noun(text):
        return False
    # "der Serbe", "die Niederländerin": a noun of origin is a person too
    return _unlisted_epithet(words[1].lower(), text) or (words[0].lower() in of_class("definite_article") and vocab.demonym(words[1]))


def without_origin(text: str) -> str:
    """``Der Dachdeckermeister aus Sengenroth`` → ``Der Dachdeckermeister``: a role phrase
    without the place its person comes from (``aus`` and capitalised words only)."""
    words = text.split()
    for k in range(2, len(words) - 1):
        if words[k] in of_class("origin_preposition"):
            if all(word[:1].isupper() for word in words[k + 1 :]):
                return " ".join(words[:k])
            break
    return text


def unlisted_trade_noun(text: str) -> bool:
    """``der Metzgermeister``, ``die Platzwartin``: a definite article and one unlisted noun with
    the ending of a trade or post (``trade_noun_ending``), longer than the ending itself; inflected
    adjectives may come between (``der junge Metzgermeister``), and where the person is from may
    follow (``der Dachdeckermeister aus X``)."""
    words = _without_adjectives(without_origin(text)).split()
    if len(words) != 2 or words[0].lower() not in of_class("definite_article") or not words[1][:1].isupper():
        return False
    noun = words[1].lower()
    feminine = noun.endswith(tuple(of_class("feminine_ending")))
    gender = subject_gender(words[0].lower())
    endings = of_class("trade_noun_ending")
    masculine_form = any(noun.endswith(e) and e + "in" in endings for e in endings)  # "-wart" has "-wartin"
    if gender not in ("m", "f") or (gender == "f" and masculine_form and not feminine) or noun in of_class("thing_noun"):
        return False  # "Die Gegenwart", "das Turnier": a thing, no woman or man of a trade
    return any(noun.endswith(ending) and len(noun) > len(ending) + 2 for ending in of_class("trade_noun_ending")) and vocab.organisation_noun(words[1]) is None


@functools.cache
def _longest_first(word_class: str) -> tuple[str, ...]:
    return tuple(sorted(of_class(word_class), key=len, reverse=True))


def origin_stem(word: str, shortest: int = 4) -> str | None:
    """``lindmarkerin`` → ``lindmark``, ``schwede`` → ``schwed``: the stem of a word for where
    someone is from that no role lexicon lists (at least ``shortest`` letters, so that a place or
    its adjective can be recognised by it)."""
    if vocab.role_noun(word.capitalize()) is not None:
        return None
    for ending in _longest_first("origin_ending"):
        if word.endswith(ending) and len(word) - len(ending) >= shortest:
            return word[: -len(ending)]
    return None


def place_stems(text: str) -> set[str]:
    """``der Rotbacher Coach`` → ``{"rotbach"}``: the stems of capitalised adjectives of place
    between the determiner and the last word of a role phrase."""
    words = text.split()
    return {stem for word in words[1:-1] if word[:1].isupper() and (stem := origin_stem(word.lower())) is not None}


def without_sentence_period(text: str) -> str:
    """``der VdL.`` → ``der VdL``: the tokeniser keeps a sentence's period on an acronym it
    takes for an abbreviation."""
    if text.endswith(".") and vocab.is_acronym(text.rsplit(maxsplit=1)[-1][:-1]):
        return text[:-1]
    return text


def pair_noun(text: str) -> bool:
    """``das Ehepaar``, ``das Duo``, ``das deutsche Ehepaar``: a singular noun for two people."""
    words = text.lower().split()
    return 2 <= len(words) <= 4 and words[-1] in of_class("pair_word")


def member_role(role_words: set[str]) -> bool:
    """``Stadträtin``, ``Rückraumspielerin``, ``Abgeordnete``: a role many people hold at once
    (a seat, a place in a team), so it may describe someone the text named under another role;
    an office one person holds (``der Bürgermeister``, ``der Richter``) is someone of its own."""
    return any(word.endswith(tuple(of_class("member_role_ending"))) for word in role_words)


def anaphoric_role(text: str) -> bool:
    """``Die Stadträtin``, ``der Chef des Dienstes``: a definite article right before the role
    noun, the way a text refers back to someone (``der iranische Vize-Minister``, ``der
    Haldener Coach`` are set apart by an adjective)."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0].lower() in of_class("definite_article")
        and words[1][:1].isupper()
        and (len(words) == 2 or not words[2][:1].isupper())
    )


def graded_adjective_opening(text: str) -> bool:
    """``Oberste Priorität``, ``Bessere Arbeitszeiten``, ``Bester Deutscher``: a phrase of
    capitalised words opening with a comparative or superlative and no first name in it (a
    genitive after them is no name either: ``Bester Torschütze des Turniers``)."""
    words = list(itertools.takewhile(lambda word: word[:1].isupper() and word.isalpha(), text.split()))
    return (
        len(words) >= 2
        and len(words[0]) >= 5
        and words[0].lower() not in vocab.determiners()  # "Deren Sprecher" is no comparative
        and words[0].lower().endswith(tuple(of_class("graded_adjective_ending")))
        and all(word[:1].isupper() and vocab.first_name_gender(word) is False for word in words)
    )


def bare_person_noun(text: str) -> bool:
    """``die Frau``, ``der Mann`` (``die junge Frau``), ``die Mutter`` and nothing more: someone
    introduced without a name, or a person the text gave no office (``Die Eheleute X … erzählt
    die Mutter``; but after ``Polizeisprecherin X`` ``die Mutter`` is someone else's). With more
    words it is someone else: ``die Frau des Bürgermeisters`` is his wife."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0].lower() in of_class("definite_article")
        and (words[-1].lower() in of_class("person_noun") or words[-1].lower() in of_class("relation_noun"))
        and all(word.islower() for word in words[1:-1])  # "die junge Frau"
    )


def blocks_other_roles(role: str) -> bool:
    """A role a person keeps against a new role phrase: an office or an occupation (a physicist
    is not the unnamed minister), but not a party, nationality or age (``der Politiker``)."""
    return not descriptive({role}, ("descriptive_role",))


def shares_role(roles: set[str], words: set[str]) -> bool:
    """A role phrase fits a person seen with the same role noun or a compound of it, either way:
    ``die Ministerin`` ⇄ ``Innenministerin Petra Vogt``, ``der Bahnsprecher`` ⇄ ``ein Sprecher
    der Bahn``. The suffix keeps gender apart (``Ministerin`` does not end in ``minister``). A
    synonym of the office fits too (``der Rathauschef`` ⇄ ``Bürgermeister Horst Lerch``)."""
    return _shares_role(frozenset(roles), frozenset(words))


@functools.lru_cache(maxsize=65536)
def _shares_role(roles: frozenset[str], words: frozenset[str]) -> bool:
    """`shares_role` on frozen sets: a role phrase is compared with every person of a document,
    and most pairs recur."""
    roles, words = frozenset(_weak_form(r) for r in roles), frozenset(_weak_form(w) for w in words)
    roles |= {trade for trade in map(_master_of_trade, roles) if trade}  # "Metzgermeisterin X" … "die Metzgerin"
    if roles & words:
        return True
    # (someone known only as "der Mann" holds no office a compound names: "der Feuerwehrmann" is
    # not the passer-by called "der Mann" before)
    if any(
        len(word) >= 4 and len(role) >= 4 and (_compound_of(role, word) or (_compound_of(word, role) and role not in of_class("person_noun")))
        for role in roles
        for word in words
    ):
        return True
    synonyms = {_weak_form(s) for word in words for s in role_synonyms(word)}
    groups = _synonym_groups()
    # a role listed with synonyms of its own is no compound of another office's synonym:
    # "Staatsanwältin" ends in "anwältin" but is not "die Verteidigerin"
    return any(
        _compound_of(role, synonym) and (role == synonym or role not in groups or synonym in groups[role]) for role in roles for synonym in synonyms
    ) or _leads_without_field(roles, words) or _same_field_head(roles, words)


def _same_field_head(roles: frozenset[str], words: frozenset[str]) -> bool:
    """``Kammerpräsidentin X`` … ``die Kammerchefin``: the head (``organisation_head``) of the
    same field — the same first part before another head noun, in the same gender. Roles and
    words in their weak forms."""
    heads = of_class("organisation_head")
    feminine = tuple(of_class("feminine_ending"))
    for word in words:
        for head in heads:
            field = word[: -len(head)]
            if not word.endswith(head) or len(field) < _MIN_FIELD:
                continue
            if any(role.startswith(field) and role[len(field) :] in heads and role.endswith(feminine) == word.endswith(feminine) for role in roles):
                return True
    return False


_MIN_FIELD = 4  # letters of a field before a head noun ("kammer", "innungs"; not "ober")


def led_office(words: set[str]) -> bool:
    """One of ``words`` is a leading head or a compound of one (``chef``, ``Schulleiterin``)."""
    heads = _office_heads()
    return any(_weak_form(word).endswith(heads) for word in words)


def fielded_heads(words: set[str]) -> set[str]:
    """``{chefin, vrl-chefin}`` → ``{vrl-chefin}``: a bare head (``chefin``) is no very word of
    the phrase when the phrase names the field it leads — ``die VRL-Chefin`` is not whoever was
    once called ``die Kreischefin``."""
    heads = _office_heads()
    return {w for w in words if _weak_form(w) not in heads or not any(o != w and o.endswith(w) for o in words)}


def other_heads(roles: frozenset[str] | set[str], words: set[str]) -> bool:
    """The person leads one field and the role phrase names the head of another (``Betriebsratschef``
    ⇄ ``Firmenchef``, ``Einsatzleiter`` ⇄ ``Betriebsleiter``): two people, whatever the head."""
    return _different_fields(frozenset(_weak_form(r) for r in roles), frozenset(_weak_form(w) for w in words), _office_heads())


def other_fields(roles: set[str], words: set[str]) -> bool:
    """Both sides share only the head ``leiter`` and name different fields with it
    (``Einsatzleiter`` ⇄ ``Betriebsleiter``): two functions, whatever the shared head. (Heads
    like ``chef`` are left alone here: ``Konzernchef`` and ``Vorstandschef`` are one office.)"""
    roles, words = frozenset(_weak_form(r) for r in roles), frozenset(_weak_form(w) for w in words)
    heads = tuple(of_class("field_head"))
    shared = roles & words
    return bool(shared) and shared <= set(heads) and _different_fields(roles, words, heads)


def _different_fields(roles: frozenset[str], words: frozenset[str], heads: tuple[str, ...]) -> bool:
    """Both sides name a field with one of ``heads`` and no field of one ends the other's
    (``Bauamtsleiter`` ⇄ ``Amtsleiter`` is one field)."""
    role_fields, word_fields = _fields(roles, heads), _fields(words, heads)
    same = any(a.endswith(b) or b.endswith(a) for a in role_fields for b in word_fields)
    return bool(role_fields) and bool(word_fields) and not same


def _fields(roles: frozenset[str], heads: tuple[str, ...]) -> set[str]:
    """What the heads among ``roles`` lead (``einsatz`` of ``einsatzleiter``), without a rank
    (``haupt``, ``landes``); a field named by an acronym before a hyphen
    (``IHK-Hauptgeschäftsführer``) cannot be compared and is left out."""
    fields = set()
    for role in roles:
        if role.startswith(FIELD_OF):
            continue
        for head in heads:
            if role.endswith(head) and role != head:
                field = role[: -len(head)]
                if "-" in field.rstrip("-"):
                    continue
                field = field.rstrip("-")
                for rank in of_class("field_rank"):
                    if field.startswith(rank):
                        field = field[len(rank) :]
                if field:
                    fields.add(field)
    return fields


def _leads_without_field(roles: frozenset[str], words: frozenset[str]) -> bool:
    """``Vorsitzender X`` … ``der Vereinschef``: a person known only by a leading head without a
    field fits that head with any field — unless another of their roles names a field (a
    ``CSU-Chef`` is no ``Bundeswahlleiter``). Roles and words in their weak forms."""
    heads = _office_heads()
    fielded = any(word.endswith(heads) and word not in heads for word in words)
    unfielded = [role for role in roles if role in heads or _rank_only(role, heads)]  # "hauptgeschäftsführer": the chief, no field
    return (
        fielded
        and bool(unfielded)
        and not any(role.endswith(heads) and role not in unfielded and not role.startswith(FIELD_OF) for role in roles)
    )


def _rank_only(role: str, heads: tuple[str, ...]) -> bool:
    """``hauptgeschäftsführer``: a head with only the rank of the chief before it (not
    ``Kreisvorsitzender``, which leads a district's branch)."""
    return any(role.endswith(head) and role[: -len(head)] in of_class("chief_rank") for head in heads)


@functools.cache
def _office_heads() -> tuple[str, ...]:
    return tuple(sorted({_weak_form(h) for h in of_class("office_head_m") | of_class("office_head_f")}))


def same_role_word(roles: set[str], words: set[str]) -> bool:
    """A role word of the person is one of ``words`` (``Vorsitzender`` ⇄ ``die Vorsitzende``)."""
    return _same_role_word(frozenset(roles), frozenset(words))


@functools.lru_cache(maxsize=65536)
def _same_role_word(roles: frozenset[str], words: frozenset[str]) -> bool:
    """`same_role_word` on frozen sets, memoised like `_shares_role`: a role phrase is compared
    with every holder of the role."""
    return bool({_weak_form(r) for r in roles} & {_weak_form(w) for w in words})


def successor(text: str) -> bool:
    """``die neue Chefin``, ``der künftige Leiter``: a role phrase for someone who takes a role
    over, so no one the text named with that role before."""
    words = text.lower().split()
    return len(words) == 3 and words[0] in of_class("definite_article") and words[1] in of_class("successor_adjective")


def compound_of_any(roles: frozenset[str], words: frozenset[str]) -> bool:
    """A role of the person is a compound of one of ``words`` (``museumsdirektor`` of
    ``direktor``), by the rules of `shares_role` but without synonyms."""
    groups = _synonym_groups()
    # (a compound with synonyms of its own is another office: "staatsanwalt" is no "anwalt")
    return any(
        len(word) >= 4 and _compound_of(role, word) and (role not in groups or word in groups[role])
        for role in map(_weak_form, roles)
        for word in map(_weak_form, words)
    )


def same_office_head(roles: frozenset[str], words: frozenset[str]) -> bool:
    """The person was seen with the bare office head the role phrase ends in (``Leiter`` …
    ``der Schulleiter``): a closer fit than someone leading something under another head."""
    return _same_office_head(frozenset(roles), frozenset(words))


@functools.lru_cache(maxsize=65536)
def _same_office_head(roles: frozenset[str], words: frozenset[str]) -> bool:
    heads = frozenset(_office_heads())
    return bool(heads & {_weak_form(w) for w in words} & {_weak_form(r) for r in roles})


def in_gender(role: str, gender: str | None) -> str:
    """``handelsministerin`` for a man → ``handelsminister`` (``landrätin`` → ``landrat``),
    ``präsident`` for a woman → ``präsidentin``: the role word of the same office in a person's
    gender, when it is a role noun too; otherwise the word as it is."""
    endings = tuple(of_class("feminine_ending"))
    if gender == "m" and role.endswith(endings):
        stem = next(role[: -len(e)] for e in endings if role.endswith(e))
        candidates = [stem, _with_last_vowel(stem, _WITHOUT_UMLAUT)]
    elif gender == "f" and not role.endswith(endings):
        candidates = [form + ending for ending in endings for form in (role, _with_last_vowel(role, _WITH_UMLAUT))]
    else:
        return role
    return next((word for word in candidates if vocab.role_noun(word.capitalize()) is not None), role)


def function_role(role: str) -> bool:
    """``trainer``, ``bürgermeister``: a role word for a function someone holds — a listed role
    noun that is no age, no kinship and no plain ``Mann``/``Frau``."""
    return (
        vocab.role_noun(role.capitalize()) is not None
        and not is_age(role)
        and role not in of_class("relation_noun")
        and role not in of_class("person_noun")
    )


def singular_of_plural_role(word: str) -> str | None:
    """``Heimleiterinnen`` → ``heimleiterin``, ``Landwirte`` → ``landwirt``, ``Wirtsleute`` →
    ``wirt``: the singular role word of a plural role noun, when the lexicon lists it."""
    info = vocab.role_noun(word)
    if info is None or not info.plural:
        return None
    lower = word.lower()
    feminine = next(iter(of_class("feminine_ending")))
    candidates = [lower]  # (a plural that equals its singular: "Trainer")
    for ending in of_class("plural_role_ending"):
        if lower.endswith(ending) and len(lower) > len(ending) + 2:
            stem = lower[: -len(ending)]
            if ending in of_class("feminine_plural_ending"):
                stem += feminine  # "Heimleiterinnen" → "heimleiterin"
            if ending in of_class("joined_plural_ending"):
                stem = stem.rstrip("s")  # "Wirtsleute" → "wirt"
            candidates.insert(0, stem)
    for singular in sorted(candidates, key=len):
        found = vocab.role_noun(singular.capitalize())
        if found is not None and not found.plural:
            return singular
    return None


def without_national_prefix(role: str) -> str:
    """``bundesinnenminister`` → ``innenminister``: the office without the country's own level
    (``national_prefix``), when what is left is a role noun."""
    for prefix in of_class("national_prefix"):
        rest = role[len(prefix) :]
        if role.startswith(prefix) and vocab.role_noun(rest.capitalize()) is not None:
            return rest
    return role


_WITHOUT_UMLAUT = {"ä": "a", "ö": "o", "ü": "u"}
_WITH_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}


def _with_last_vowel(word: str, change: dict[str, str]) -> str:
    """``landrät`` → ``landrat`` (or back): the last vowel that ``change`` knows, changed."""
    k = max((word.rfind(vowel) for vowel in change), default=-1)
    return word[:k] + change[word[k]] + word[k + 1 :] if k >= 0 else word


def no_office_in_story(role: str) -> bool:
    """A role someone has in the story told, not an office: a party to the case (``Zeugin``), a
    relative (``Lebensgefährtin``) or a situation (``Bewohnerin``, ``Heimbewohnerin``)."""
    if role in of_class("case_party") or role in of_class("relation_noun"):
        return True
    return any(role.endswith(word) for word in of_class("situation_role"))


def same_feminine_role(roles: set[str], words: set[str]) -> bool:
    """A person was seen with this very role word in its feminine form (``Norwegerin X`` … ``die
    Norwegerin``): she is a woman whatever her first name suggests."""
    return any(word in roles and word.endswith(tuple(of_class("feminine_ending"))) for word in words)


def _compound_of(compound: str, role: str) -> bool:
    """``außenminister`` is a kind of ``minister``; ``vizekanzler`` is no ``kanzler``; but a
    seat many hold stays one whatever the prefix (``bundestagsabgeordnete`` is an
    ``abgeordnete``). Only the prefix right before the role makes another office
    (``unternehmenssprecher`` is a ``sprecher``, though it starts like ``unter``). A verb's
    prefix makes another word, no compound (``vermieter`` is no ``mieter``, ``erbauer`` no
    ``bauer``)."""
    front = compound[: len(compound) - len(role)].rstrip("-")
    return compound.endswith(role) and front not in of_class("verb_prefix") and (
        compound == role or role in of_class("member_role_ending") or front not in _office_prefixes()
    )


@functools.cache
def _office_prefixes() -> frozenset[str]:
    """`office_prefix` without a trailing hyphen (``co-`` → ``co``), as `_compound_of` compares."""
    return frozenset(prefix.rstrip("-") for prefix in of_class("office_prefix"))


@functools.lru_cache(maxsize=4096)
def _weak_form(word: str) -> str:
    """``vorsitzender`` → ``vorsitzende``: an adjectival role noun in one form for comparison
    (``Deren Vorsitzender ist X … sagte der Vorsitzende``)."""
    if not word.endswith("er"):
        return word
    stem = word[:-1]  # also in a compound: "ehrenvorsitzender" → "ehrenvorsitzende"
    return stem if any(vocab.is_role_word(stem[i:]) for i in range(len(stem) - 4)) else word


@functools.cache
def _synonym_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for row in lexicon.rows("role_synonyms.tsv"):
        for word in row:
            groups.setdefault(word, set()).update(row)
    return {word: frozenset(group - {word}) for word, group in groups.items()}


@functools.lru_cache(maxsize=4096)
def role_synonyms(word: str) -> frozenset[str]:
    """The other names of the office ``word`` names (``data/de/role_synonyms.tsv``), by the word
    itself or by the listed noun a compound ends in (``Gesundheitsminister`` → ``ressortchef``)."""
    groups = _synonym_groups()
    if word in groups:
        return groups[word] | _same_field_heads(word)
    if word.startswith(tuple(of_class("office_prefix"))):
        return frozenset()  # "Vizekanzler" has no synonym "Regierungschef"
    listed = frozenset().union(*(group for member, group in groups.items() if len(word) - len(member) >= 3 and word.endswith(member)))
    return listed | _same_field_heads(word)


def _same_field_heads(word: str) -> frozenset[str]:
    """``vereinschef`` → ``vereinsvorsitzender``, ``vereinsleiter``, …: the same first part with
    another head that names who leads it (``office_head_m``/``_f`` in ``entity_words.tsv``);
    ``baubürgermeister`` → ``baudezernent``, …: a town's department head by any of its titles
    (``department_head_m``/``_f``)."""
    synonyms: set[str] = set()
    for word_class in ("office_head_m", "office_head_f", "department_head_m", "department_head_f"):
        heads = of_class(word_class)
        head = max((h for h in heads if word.endswith(h) and len(word) - len(h) >= 3), key=len, default=None)
        if head is not None:
            synonyms.update(word[: -len(head)] + other for other in heads if other != head)
    return frozenset(synonyms)


@functools.cache
def of_class(word_class: str) -> frozenset[str]:
    """The words of ``data/de/entity_words.tsv`` with this class (see its header)."""
    return frozenset(word for word, cls in lexicon.rows("entity_words.tsv") if cls == word_class)


def generic_organisation_noun(noun: str) -> bool:
    """``das Geldinstitut``, ``das Verkehrsunternehmen``: a kind noun, or a compound of one,
    refers back to an organisation of that kind; a compound whose first part makes it one body
    (``naming_prefix``: ``die Weltgesundheitsorganisation``, ``der Kassationsgerichtshof``) is
    a name."""
    word = noun.lower()
    table = _organisation_kind_table()
    start = next((k for k in range(len(word)) if word[k:] in table), None)
    if start is None:
        return False
    return start == 0 or not word.startswith(tuple(of_class("naming_prefix")))


def body_of_its_own(noun: str) -> bool:
    """``die Landwirtschaftskammer``, ``der Bauernverband``: a compound of a noun for an
    association names a body of its own — there is a chamber or association for every trade —,
    not whichever association the text named before (unlike ``das Verkehrsunternehmen`` or ``der
    Regionalligist``, which may be any company or club)."""
    parts = _compound_kind_noun(noun)
    return parts is not None and "association" in _organisation_kind_table()[parts[1]]


def compound_field(noun: str) -> tuple[str, str] | None:
    """``Campingverband`` → (``camping``, ``verband``): the first part of a compound kind noun
    (without a linking ``s``) and the listed kind noun it ends in; None for a listed noun or
    one whose first part is too short to name a field."""
    parts = _compound_kind_noun(noun)
    if parts is None:
        return None
    field, kind = parts
    field = field.rstrip("-")
    field = field[:-1] if field.endswith("s") and len(field) > 5 else field
    return (field, kind) if len(field) >= 4 else None


def _compound_kind_noun(noun: str) -> tuple[str, str] | None:
    """``Campingverband`` → (``camping``, ``verband``): a compound's first part and the longest
    kind noun of ``organisation_classes.tsv`` it ends in; None for a listed noun itself."""
    word = noun.lower()
    table = _organisation_kind_table()
    start = next((k for k in range(1, len(word)) if word[k:] in table), None)
    return None if start is None or word in table else (word[:start], word[start:])


def led_organisation(noun: str) -> str | None:
    """``Klinikleitung`` → ``klinik``, ``Hochschulleitung`` → ``hochschule``, ``Konzernspitze`` → ``konzern``: the kind of organisation
    whose management a compound names (``management_suffix``) — it speaks for that organisation."""
    word = noun.lower()
    for suffix in of_class("management_suffix"):
        stem = word[: -len(suffix)].rstrip("s") if word.endswith(suffix) else ""
        for kind in (stem, stem + "e"):  # "Hochschulleitung": the e the compound drops
            if len(stem) >= 3 and organisation_kinds(kind):
                return kind
    return None


def kind_noun(noun: str) -> bool:
    """``Verein``, ``Unternehmen``, ``Einrichtung``: the word itself is a listed noun for a kind
    of organisation (``organisation_classes.tsv``), not a compound of one (``Stadtwerke``)."""
    return noun.lower() in _organisation_kind_table()


def any_organisation(noun: str) -> bool:
    """``Organisation``: a noun for every kind of organisation (kind ``any`` in
    ``organisation_classes.tsv``; the word itself, not a compound: ``Hilfsorganisation`` is
    one kind)."""
    return "any" in _organisation_kind_table().get(noun.lower(), ())


def place_adjective_before(ann: Annotated, k: int) -> bool:
    """``der Kronstädter Verkehrsbetriebe``, ``die Talheimer Tafel``: a capitalised word in
    ``-er`` right before the organisation noun at token ``k``, after an article or preposition,
    is the adjective of the town the organisation belongs to and part of its name (no noun,
    role or first name of that form)."""
    if k < 2:
        return False
    word, before = ann.texts[k - 1], ann.texts[k - 2].lower()
    return (
        vocab.town_adjective(word)
        and len(word) > 4
        and (before in vocab.determiners() or before in vocab.word_class("contracted_preposition") or before in vocab.word_class("role_preposition"))
        and vocab.role_noun(word) is None
        and vocab.organisation_noun(word) is None
        and not common_noun(word)
    )


def membership_body(noun: str) -> bool:
    """``Verein``, ``Verband``: the word itself names a body of members (kind ``club`` or
    ``association``), which a text uses for a club or association whatever its name says."""
    return bool(_organisation_kind_table().get(noun.lower(), frozenset()) & MEMBER_KINDS)


MEMBER_KINDS = frozenset({"club", "association"})  # the kinds of organisation made of members


@functools.cache
def _organisation_kind_table() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for noun, kind in lexicon.rows("organisation_classes.tsv"):
        kinds.setdefault(noun.lower(), set()).add(kind)
    return {noun: frozenset(k) for noun, k in kinds.items()}


@functools.lru_cache(maxsize=4096)
def organisation_kinds(word: str) -> frozenset[str]:
    """The kinds of organisation (company, authority, …) a noun or name word denotes, by every
    listed suffix (``Energieversorger`` → company, ``Landesamt`` → authority, ``Volksbank`` →
    bank and, through ``Bank``, company)."""
    word = word.lower()
    table = _organisation_kind_table()
    kinds: frozenset[str] = frozenset().union(*(table[suffix] for suffix in _listed_kind_suffixes(word)))
    if not kinds and len(word) > 5:
        stem = genitive_stem(word.capitalize())
        if len(stem) < len(word):
            return organisation_kinds(stem)  # "des Pharmakonzerns Delvaro"
    return kinds


def primary_organisation_kinds(word: str) -> frozenset[str]:
    """The kinds of the longest listed suffix alone (``Kreisverwaltung`` → municipality, not
    also authority through ``Verwaltung``): what a compound kind noun most specifically is."""
    word = word.lower()
    longest = next(_listed_kind_suffixes(word), None)
    return _organisation_kind_table()[longest] if longest is not None else frozenset()


def _listed_kind_suffixes(word: str) -> Iterator[str]:
    """The suffixes of ``word`` (lowercase) listed in ``organisation_classes.tsv``, longest
    first, each with enough letters before it (see the file's header)."""
    table = _organisation_kind_table()
    for start in range(len(word)):
        suffix = word[start:]
        if suffix in table and (start == 0 or len(suffix) >= 5 or (start >= 3 and len(suffix) >= 3)):
            yield suffix


def genitive_stem(noun: str) -> str:
    """The noun without its genitive ending (``Chemiekonzerns`` → ``Chemiekonzern``, ``des
    Verbandes`` → ``Verband``), when the stem is a listed organisation noun; else the noun."""
    for ending in vocab.endings("genitive_ending"):
        if noun.endswith(ending) and vocab.organisation_noun(noun[: -len(ending)]) is not None:
            return noun[: -len(ending)]
    return noun


@functools.cache
def _subject_genders() -> dict[str, str]:
    genders: dict[str, str] = {}
    for form, gender, number in lexicon.rows("determiners.tsv"):
        if number == "sg" and gender != "-":
            genders.setdefault(form.lower(), gender)
    return genders


def subject_gender(determiner: str) -> str | None:
    """The gender of a singular subject after ``determiner``: its first singular reading in
    ``data/de/determiners.tsv``, the nominative one (``der`` m, ``die`` f, ``das`` n)."""
    return _subject_genders().get(determiner.lower())


def apposition_word(word: str) -> str | None:
    """A capitalised noun right before a full name that no lexicon knows (``Kommandant Rainer
    Moll``, ``Fahrgast Svenja Möller``): most likely a role, kept to link ``der Kommandant``."""
    if not word.isalpha() or vocab.name_word(word) != "name" or vocab.is_acronym(word) or word.lower() in vocab.time_nouns():
        return None  # "wählte am Dienstag Florian Hagedorn": a time noun is no role
    if word.lower() in clauses.subordinators():
        return None  # "Als Ingrid Petersen 1954 …": a conjunction opening the sentence

    return word.lower()


def person_name(name: str) -> str:
    """A mention's name without a word before its first name (``Hafenmeister Ewald Krüger`` →
    ``Ewald Krüger``): the role, when the mention stage took it for part of the name."""
    words = name.split()
    if len(words) > 2 and vocab.first_name_gender(words[0]) is False and vocab.first_name_gender(words[1]) is not False:
        return " ".join(words[1:])
    return name


def strip_genitive(surname: str) -> str:
    return surname[:-1] if surname.endswith("s") and len(surname) > 4 and surname[-2] not in "sxz" else surname


def organisation_name(text: str) -> str:
    """The name an organisation phrase gives: without its article and without an acronym in
    parentheses after it (``Der Bundesgerichtshof (BGH)`` → ``Bundesgerichtshof``)."""
    words = text.split()
    if words and words[0].lower() in vocab.determiners():
        words = words[1:]
    if len(words) > 1 and words[-1].startswith("(") and words[-1].endswith(")"):
        words = words[:-1]
    return " ".join(words) or text


def common_noun(word: str) -> bool:
    """``Überweisungen``, ``Mitgliedschaft``: a word with the ending of a common noun (also
    in the plural), so no name."""
    endings = tuple(of_class("common_noun_ending"))
    lower = word.lower()
    return lower.endswith(endings) or lower.endswith(tuple(e + "en" for e in endings))


def organisation_key(text: str) -> str:
    return organisation_name(text).lower()


def generation(word: str) -> str | None:
    """``senior``, ``jüngere``, ``vater`` → ``"elder"`` / ``"younger"`` (``generation_elder`` and
    ``generation_younger``). (An age is no such word: ``der 27-Jährige`` may be anyone in the
    text, not only a member of its family; picking by age lost as many cases as it won.)"""
    if word in of_class("generation_elder"):
        return "elder"
    if word in of_class("generation_younger"):
        return "younger"
    for generation_name in ("elder", "younger"):
        for prefix in of_class(f"generation_prefix_{generation_name}"):
            rest = word[len(prefix) :]
            if word.startswith(prefix) and len(rest) > 3 and vocab.role_noun(rest.capitalize()) is not None:
                return generation_name  # "die Junglandwirtin", "der Juniorpartner"
    return None


def generation_of_roles(roles: set[str], word: str | None = None) -> str | None:
    """The generation a person was introduced as (``sohn``, ``seniorchef``), if one; for a
    ``word`` that is no comparative (``die Mutter``, not ``der Ältere``) a sibling's comparative
    (``ihr jüngerer Bruder X``) does not count."""
    listed = of_class("generation_elder") | of_class("generation_younger")
    if word is not None and word not in of_class("generation_comparative"):
        listed -= of_class("generation_comparative")
    found = {g for role in roles if role in listed and (g := generation(role))}
    return found.pop() if len(found) == 1 else None


def is_age(text: str) -> bool:
    """``die 21-Jährige``, ``der 45-jährige Fahrer``: a phrase that describes someone by age."""
    return any(word.lower().endswith(tuple(of_class("descriptive_suffix"))) for word in text.split())


_MAX_AGE = 120


def age_after(ann: Annotated, k: int) -> str | None:
    """``Sabine Kowalski (46)``, ``Tim Berg, 29,``, ``Gisela X (SPD, 61)``: the age given right
    after a name at token ``k``, as the role word a later ``die 46-Jährige`` uses."""
    texts = ann.texts
    closing = {"(": ")", ",": ","}
    if k + 4 < len(texts) and texts[k] == "(" and texts[k + 2] == "," and texts[k + 4] == ")":
        k += 2  # "Gisela X (SPD, 61)": the party first
        closing = {",": ")"}
    if (
        k + 3 < len(texts)
        and texts[k] == ","
        and texts[k + 2] in of_class("age_years")
        and texts[k + 3] in of_class("age_old")
        and texts[k + 1].isdigit()
        and 0 < int(texts[k + 1]) <= _MAX_AGE
    ):
        return f"{texts[k + 1]}-{next(iter(of_class('age_role_ending')))}"  # "Jonas, 19 Jahre alt und Student,"
    if k + 2 >= len(texts) or texts[k] not in closing or texts[k + 2] != closing[texts[k]]:
        return None
    number = texts[k + 1]
    if not number.isdigit() or not 0 < int(number) <= _MAX_AGE:
        return None
    return f"{number}-{next(iter(of_class('age_role_ending')))}"


def age_before(ann: Annotated, i: int) -> str | None:
    """``die 38-jährige Merz``, ``die 84 Jahre alte Hildegard X``, ``seine 38-jährige Tochter
    Nele X``: the age given right before a name (or its role noun) at token ``i``, as the role
    word a later ``die 38-Jährige`` uses."""
    texts = ann.texts
    ending = next(iter(of_class("age_role_ending")))
    if i >= 2 and vocab.role_noun(texts[i - 1]) is not None and "-" in texts[i - 2]:
        i -= 1  # "seine 38-jährige Tochter Nele X": the age before her role
    if i >= 1 and "-" in texts[i - 1] and texts[i - 1][:1].isdigit():
        number, _, adjective = texts[i - 1].partition("-")
        if number.isdigit() and adjective.lower().startswith(ending) and 0 < int(number) <= _MAX_AGE:
            return f"{number}-{ending}"
    if i >= 3 and texts[i - 3].isdigit() and texts[i - 2] in of_class("age_years") and texts[i - 1] in of_class("age_old"):
        if 0 < int(texts[i - 3]) <= _MAX_AGE:
            return f"{texts[i - 3]}-{ending}"
    return None


@functools.lru_cache(maxsize=65536)  # asked for every role phrase, with a loop over word lists
def is_former(text: str) -> bool:
    """``der frühere Kultusminister``, ``die Ex-Chefin``: a phrase naming a role someone held."""
    words = text.lower().split()
    return any(word in of_class("former") or any(_former_compound(word, prefix) for prefix in of_class("former_prefix")) for word in words)


def _former_compound(word: str, prefix: str) -> bool:
    """``ex-chefin``, ``altbürgermeister``: a prefix that makes the role a former one (a plain
    prefix only before a listed role noun: ``Altenpfleger`` is no former ``enpfleger``)."""
    return word.startswith(prefix) and len(word) > len(prefix) and (prefix.endswith("-") or vocab.is_role_word(word[len(prefix):]))


def name_roles(mention: Mention, text: str) -> list[str]:
    """The role words of a name mention ``text``, marked when the role is a former one (``die
    frühere Ministerin Edith Kamm``), but not a surname that ends like a role noun (``Ingrid
    Hoffbauer`` is no farmer)."""
    if mention.role_word and mention.name and mention.role_word in mention.name.split():
        return []
    prefix = FORMER if is_former(text) else ""
    roles = office_words(mention.role, mention.role_word)
    age = _age_in_apposition(text)
    titled = [_title_role(mention.gender == "f")] if any(word.lower() in of_class("professor_title") for word in text.split()) else []
    return [prefix + r for r in (*roles, *genitive_field_roles(text, mention.role_word))] + ([age] if age else []) + titled


def _title_role(feminine: bool) -> str:
    """The role a professor's title gives (``title_role``): the feminine form for a woman."""
    endings = tuple(of_class("feminine_ending"))
    return next(role for role in sorted(of_class("title_role")) if role.endswith(endings) == feminine)


def _age_in_apposition(text: str) -> str | None:
    """``Jonas, 19 Jahre alt und Informatikstudent``, ``Tim Berg, 29``: the age an apposition
    of the name mention gives, as the role word a later ``der 19-Jährige`` uses."""
    words = text.replace(",", " , ").split()
    for k in range(len(words) - 1):
        number = words[k + 1]
        if words[k] != "," or not number.isdigit() or not 0 < int(number) <= _MAX_AGE:
            continue
        rest = words[k + 2 : k + 4]
        if not rest or rest[0] == "," or (len(rest) == 2 and rest[0] in of_class("age_years") and rest[1] in of_class("age_old")):
            return f"{number}-{next(iter(of_class('age_role_ending')))}"
    return None


def genitive_field_roles(text: str, role_word: str | None) -> list[str]:
    """``Präsident des Bundesverbandes X, Werner Y`` → ``bundesverbandspräsident``: the role with
    the organisation it serves, as the compound a later mention may use (``der Verbandschef``,
    ``der Ministeriumssprecher``). German joins the parts with or without a linking ``s``/``n``
    (``Verbandschef``, ``Senderchef``, ``Behördenleiter``); each joint is kept, as a role word
    no other phrase ends in, so the wrong ones do no harm."""
    words = text.split()
    if not role_word or role_word not in words:
        return []
    k = words.index(role_word)
    if len(words) < k + 3 or words[k + 1].lower() not in of_class("genitive_article") or not words[k + 2][:1].isupper():
        return []
    noun = genitive_stem(words[k + 2].strip(",.;:"))
    if not organisation_kinds(noun):
        return []
    stem, role = noun.lower(), role_word.lower()
    joints = {stem, stem + "s"} | ({stem + "n", stem[:-1]} if stem.endswith("e") else set())
    # (marked: a compound of ours names no field of its own, so "der Polizeichef" may still be
    # the "Leiter des Polizeipräsidiums" — see `_fields`)
    return [FIELD_OF + joint + role for joint in sorted(joints)]


def office_words(key: str | None, written: str | None) -> list[str]:
    """The role words a person keeps from a role noun: the listed noun and the word as written
    (``minister``, ``Außenminister``), but only the written word when a prefix makes it another
    office (``Vizekanzler`` is no ``kanzler``)."""
    if written and written.lower().startswith(tuple(of_class("office_prefix"))):
        return [written]
    return [r for r in (key, written) if r]


def indefinite_before(ann: Annotated, k: int) -> bool:
    """``einen neuen Sportdirektor``: an indefinite article before the noun at ``k`` (with
    lowercase adjectives between)."""
    for j in range(k - 1, max(-1, k - 4), -1):
        text = ann.tokens[j].text
        if text.lower() in of_class("role_introducer"):
            return True
        if not text[:1].islower():
            return False
    return False


def one_of_group(ann: Annotated, k: int) -> bool:
    """``Einer der beiden Lkw-Fahrer``, ``Eine der Anwohnerinnen``: the pronoun ``einer``/``eine``
    opening a sentence before a genitive article (`partitive`) — one person of a group,
    the subject, though ``einer`` is an oblique article elsewhere (``mit einer Helferin``)."""
    first = ann.sentences[ann.tokens[k].sent][0]
    return k == first and k + 1 < len(ann.tokens) and ann.texts[k].lower() in of_class("role_introducer") and ann.texts[k + 1].lower() in of_class("genitive_article")


def trade_of(head: str) -> str | None:
    """``bäcker`` for ``bäcker``, ``bäckerin``, ``bäckermeister``: the trade whose workshop is the
    trade plus ``-ei`` (``Bäckerei``, ``Metzgerei``, ``Konditorei``), for a noun of one."""
    head = _without_master_or_feminine(head)
    return head if head.endswith(("er", "or")) and head in of_class("trade_noun") else None


def _without_master_or_feminine(head: str) -> str:
    """``bäckermeisterin`` → ``bäcker``, ``apothekerin`` → ``apotheker``: a trade noun without the
    longest master or feminine ending it has (one only, and only before three letters or more)."""
    for ending in (*_longest_first("master_ending"), *_longest_first("feminine_ending")):
        if head.endswith(ending) and len(head) > len(ending) + 3:
            return head[: -len(ending)]
    return head


def _master_of_trade(role: str) -> str | None:
    """``metzgerin`` for ``metzgermeisterin``, ``bäcker`` for ``bäckermeister``: a master of a
    trade (`trade_of`) is one of its trade."""
    masculine = min(of_class("master_ending"), key=len)  # "meister"; "meisterin" adds the feminine ending
    for ending in _longest_first("master_ending"):
        if role.endswith(ending):
            stem = role[: -len(ending)]
            return stem + ending[len(masculine) :] if stem in of_class("trade_noun") else None
    return None


def business_noun(word: str) -> bool:
    """A business that may carry its owner's name (``Metzgerei``, ``Apotheke``, ``Autohaus``)."""
    return word.endswith("erei") or word in of_class("business_noun")


@functools.cache
def _workplaces() -> dict[str, tuple[str, ...]]:
    return {row[0]: tuple(row[1].split()) for row in lexicon.rows("workplaces.tsv")}


def workplaces_of(head: str) -> tuple[str, ...]:
    """``apothekerin`` → ``("apotheke",)``, ``friseurmeister`` → ``("salon", …)``: the places
    someone of the noun's trade works (``workplaces.tsv``); empty for any other noun."""
    return _workplaces().get(_without_master_or_feminine(head), ())


def businesses_named(text: str, surname: str) -> list[str]:
    """The capitalised words right before ``surname`` in ``text``, lowercase (``Bäckerei
    Sandhövel`` → ``bäckerei``): the businesses a family name may be the name of."""
    return [m.group(1).lower() for m in re.finditer(rf"\b([A-ZÄÖÜ][a-zäöüß]+) {re.escape(surname)}\b", text)]


def unreal_in_sentence(ann: Annotated, k: int) -> bool:
    """The clause of token ``k`` denies or seeks what an indefinite phrase there names (``Einen
    Nachfolger hat er nicht gefunden``, ``Der Verein sucht eine Trainerin``), so the phrase
    introduces no one."""
    first, end = ann.sentences[ann.tokens[k].sent]
    start, stop = k, k
    while start > first and ann.tokens[start - 1].text not in _CLAUSE_MARKS:
        start -= 1
    while stop < end and ann.tokens[stop].text not in _CLAUSE_MARKS:
        stop += 1
    words = {ann.tokens[j].text.lower() for j in range(start, stop)}
    # (only in the phrase's own clause, and seeking not once the search ended: "hat er eine Trainerin gefunden")
    return bool(words & of_class("unreal_introducer")) or (bool(words & of_class("search_word")) and not words & of_class("search_end_word"))


_CLAUSE_MARKS = frozenset({",", ":", ";", "–", "-"})


def article_before(ann: Annotated, k: int) -> bool:
    """An article before the noun at ``k``, maybe with lowercase adjectives between (``der
    behandelnde Arzt``): the noun heads a phrase of its own."""
    for j in range(k - 1, max(-1, k - 4), -1):
        text = ann.tokens[j].text
        if text.lower() in vocab.determiners():
            return True
        if not text[:1].islower():
            return False
    return False


def coordination(between: str) -> bool:
    """The words between two names join them: ``und``, ``sowie``, maybe with the second one's
    role (``und Bürgermeister``, ``und die Ärztin``, ``und die katholische Gemeindereferentin``)
    and after the first one's place in parentheses (``X (Haus am Mühlbach) und Y``)."""
    words = _PARENTHESIS_FIRST.sub("", between).split()
    if not words or len(words) > 5 or words[0] not in of_class("coordinator"):
        return False
    rest = words[1:]
    # (an adjective only between an article and the role: "und sagte" is no coordination of names)
    adjectives = [i for i, w in enumerate(rest) if w.islower() and w.lower() not in vocab.determiners()]
    if adjectives and not (rest[0].lower() in vocab.determiners() and vocab.name_word(rest[-1]) == "role" and 0 not in adjectives and len(rest) - 1 not in adjectives):
        return False
    return all(w.lower() in vocab.determiners() or w in vocab.titles() or vocab.name_word(w) == "role" or i in adjectives for i, w in enumerate(rest))


_PARENTHESIS_FIRST = re.compile(r"^\s*\([^()]{1,40}\)")


def enumeration(between: str) -> bool:
    """The words between two names list them: a comma, maybe with the second one's role
    (``, Bürgermeister``)."""
    words = between.split()
    return bool(words) and words[0] == "," and len(words) <= 3 and all(
        w.lower() in vocab.determiners() or w in vocab.titles() or vocab.name_word(w) == "role" for w in words[1:]
    )


def organisation_plural(word: str) -> bool:
    """``Initiativen``, ``Gewerkschaften``, ``Vereine``: the plural of an organisation noun (the
    word itself is none), so several organisations that a plural ``sie`` may refer to."""
    if vocab.organisation_noun(word) is not None:
        return False
    return any(word.endswith(ending) and vocab.organisation_noun(word[: -len(ending)]) is not None for ending in ("en", "n", "e"))
