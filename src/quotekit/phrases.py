"""Noun phrases that can name a speaker, found from word lists and capitalisation.

German capitalises every noun, so without a POS model a speaker phrase is: an optional
determiner, lowercase adjectives, one or more capitalised words (role nouns, names), and tails
that belong to the phrase in news style — a genitive (``die Sprecherin des russischen
Außenamtes``), an affiliation (``Analyst X von der Y Bank``) and a comma apposition (``der Chef
der Behörde, Hans Muster``). With POS tags the same grammar runs on the tags instead.
"""

from __future__ import annotations

import functools
from typing import Callable, NamedTuple

from . import vocabulary as vocab
from .document import Annotated, Token

ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # endings of an inflected adjective (der russische Minister)
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
    return _name_like_word(text)


@functools.lru_cache(maxsize=65536)
def _name_like_word(text: str) -> bool:
    """`_is_name_like` without a tagger: it depends on the word alone, and phrase building asks
    for the same words again and again."""
    if text[:1].isalpha() and "." in text.strip(".") and not vocab.is_punct(text):
        # a brand or web name written in lowercase: kiez.net, muster.de; initials: C.Y. — not a
        # lowercase abbreviation of single letters (u.a., z.B., d.h.)
        return text[:1].isupper() or any(len(part) > 1 for part in text.strip(".").split("."))
    if is_number_compound(text):
        return True  # a noun compounded with a number: der 45-Jährige, die 30-Jährige
    if vocab.prefixed_surname(text):
        return True  # a surname behind a hyphenated particle: Rania al-Hussein
    if vocab.lowercase_led_compound(text):
        return True  # a noun behind a lowercase brand: die documenta-Homepage, der eBay-Sprecher
    if not text[:1].isupper() or vocab.is_punct(text):
        return False
    lower = text.lower()
    if len(text) > 1 and text.isupper() and vocab.role_noun(text) is not None:
        return True  # a role by its abbreviation: "der OB" is no "ob"
    if lower in vocab.function_words() or lower in vocab.determiners() or lower in vocab.word_class("cue_preposition"):
        return False
    return not vocab.pronoun(text)


def surname_after_first_name(ann: Annotated, k: int) -> bool:
    """``Katrin Weil``, ``Jens Wenn``, ``Tom Richter``: a capitalised function word or title right
    after a first name in the same line is a surname. Mid-sentence no conjunction is capitalised,
    and a title stands before a name, never after a first name (``Anna König sagte``; but
    ``Prinz Charles``, ``Maria Graf Lambsdorff``: a capitalised word after the title keeps it a
    title)."""
    tokens = ann.tokens
    if k == 0 or k >= len(tokens):
        return False
    text = tokens[k].text
    if not (text[:1].isupper() and text.isalpha()) or vocab.name_word(tokens[k - 1].text) != "first":
        return False
    if tokens[k - 1].sent != tokens[k].sent or ann.paragraph_break_before(k):
        return False
    if text.lower() in vocab.function_words():
        return True
    following = tokens[k + 1].text if k + 1 < len(tokens) else "."
    return text in vocab.titles() and not following[:1].isupper()


def coordinated_compound_start(ann: Annotated, k: int) -> int:
    """Where the compound at token ``k`` starts when truncated compounds are coordinated with
    it (``Heimat- und Geschichtsverein``, ``Industrie-, Handels- und Gewerbekammer``): the first
    of them, or ``k`` itself."""
    texts = ann.texts
    start = k
    while start >= 2 and texts[start - 1] in vocab.word_class("coordinator") and texts[start - 2].endswith("-") and len(texts[start - 2]) > 1:
        start -= 2
        while start >= 2 and texts[start - 1] == "," and texts[start - 2].endswith("-") and len(texts[start - 2]) > 1:
            start -= 2
    return start


def particles_end(ann: Annotated, k: int, limit: int) -> int:
    """The token after the name particles that start at token ``k`` (``von``, ``von der``, ``van
    den``, ``de la``): ``k`` itself when no particle stands there. An article counts only after
    a particle (``der`` alone opens a phrase)."""
    tokens = ann.tokens
    j = k
    while j < limit and (
        tokens[j].text.lower() in vocab.name_particles()
        or (j > k and tokens[j].text.lower() in vocab.word_class("article_particle"))
    ):
        j += 1
    return j


def is_number_compound(text: str) -> bool:
    """``45-Jährige``, ``3-Tonner``: digits, a hyphen and a capitalised noun — one noun (an age
    or size used as a noun), capitalised by its last part."""
    number, _, noun = text.partition("-")
    return number.isdigit() and noun[:1].isupper() and noun.isalpha()


def _is_adjective(tok: Token, ann: Annotated) -> bool:
    if ann.has_pos and tok.pos is not None:
        return tok.pos in ("ADJ", "NUM")
    return adjective_word(tok.text)


@functools.lru_cache(maxsize=65536)
def adjective_word(text: str) -> bool:
    """`_is_adjective` without a tagger: a property of the word alone, asked for often."""
    if text[:1].isdigit() and text.endswith("."):
        return True  # ordinals: der 2. Vorsitzende
    if text.lower() in vocab.word_class("ordinal_adjective"):
        return True  # also in a title: die Zweite Bürgermeisterin
    return (
        text.islower()
        and len(text) > 3
        and text.endswith(ADJECTIVE_ENDINGS)
        and text not in vocab.function_words()
        and text not in vocab.determiners()
    )


def _is_determiner(tok: Token, ann: Annotated) -> bool:
    if ann.has_pos and tok.pos is not None and tok.pos not in ("DET", "PRON"):
        return False
    return tok.text.lower() in vocab.determiners()


def _saxon_genitive(ann: Annotated, k: int, limit: int) -> bool:
    """``Mannheims oberster Bürgermeister X``: a name in the s-genitive before a lowercase
    adjective and a noun stands where an article would; the phrase's head is the noun."""
    word = ann.tokens[k].text
    return (
        k + 2 < limit
        and len(word) > 3
        and word.endswith("s")
        and word[:1].isupper()
        and word[-2:-1].isalpha()
        and _is_adjective(ann.tokens[k + 1], ann)
        and ann.tokens[k + 1].text[:1].islower()
        and ann.tokens[k + 2].text[:1].isupper()
    )


def _core(ann: Annotated, i: int, limit: int, affiliations: bool = True) -> tuple[int, int] | None:
    """``det? adj* Cap+``: returns (end, head) of the core phrase starting at token ``i``
    (``affiliations=False``: a ``von`` after a name opens the agent of a passive, no name part)."""
    tokens = ann.tokens
    j = i
    if j < limit and (_is_determiner(tokens[j], ann) or _saxon_genitive(ann, j, limit)):
        j += 1
        if j < limit and not _is_adjective(tokens[j], ann) and not _is_name_like(tokens[j], ann) and not _is_partitive(ann, i, limit):
            j = _participle_attribute_end(ann, j, limit)  # die in Hamburg geborene [Sängerin]
    counted = j > i  # a number only after an article: der 20 eingesetzten Helfer
    while j < limit and (_is_adjective(tokens[j], ann) or (counted and tokens[j].text.isdigit())):
        j += 1
    j = _coordinated_attribute_end(ann, i, j, limit)
    k = _particle_surname_end(ann, j, limit) if j == i else j
    while k < limit:
        if _is_name_like(tokens[k], ann) or (k > j and tokens[k].pos in (None, "PROPN") and surname_after_first_name(ann, k)):
            k += 1  # also "Katrin Weil": a function word as surname
        elif (
            k > j
            and (after := particles_end(ann, k, limit)) > k
            and not _is_role_word(tokens[k - 1].text)  # der Präsident [von Valdoria]: an affiliation tail
            and (affiliations or tokens[k].text.lower() not in vocab.word_class("affiliation_preposition"))
            and _particle_may_follow(tokens[k].text, tokens[k - 1].text)
            and after < limit
            and tokens[after].text[:1].isupper()
            and not _name_complete(ann, j, k)
            and tokens[after].text.lower() not in vocab.time_nouns()
            # "Ursula von der Leyen", but "Hans von der Polizei": after an article a name follows
            and (after == k + 1 or (vocab.name_word(tokens[after].text) in ("name", "first") and not vocab.has_common_noun_ending(tokens[after].text)))
        ):
            k = after
        elif k > j and (after := _degree_end(ann, k, limit)) > k:
            k = after  # die Oberärztin Dr. [med.] Lea X: an academic degree inside the name
        elif k > j and _joins_roles(ann, k, limit):
            k += 1  # der Abgeordnete und Fraktionschef
        elif k > j + 1 and organisation_name_goes_on(ann, j, k, limit):
            k += 1  # der Tierschutzverein Rehberg [und] Umgebung
        elif k > j and k + 1 < limit and coordinated_compound_start(ann, k + 1) < k + 1 and _is_name_like(tokens[k + 1], ann):
            k += 1  # die Industrie- [und] Handelskammer
        elif k > j and _number_in_name(ann, k, limit):
            k += 1  # Rot-Weiß 05 Kleinstadt: a club name with its founding year
        elif vocab.is_quote_mark(tokens[k].text) and (title_end := quoted_title_end(ann, k, limit)) is not None:
            k = title_end  # a quoted name: die „Computerwoche“, „Die Zeit“
            break  # what follows is another phrase: zitiert die „Computerwoche“ [den Entwickler]
        else:
            break
    if k == j:
        return None
    return k, k - 1


def _particle_surname_end(ann: Annotated, i: int, limit: int) -> int:
    """``Von der Leyen betonte``: a surname with its particles, capitalised at the start of a
    phrase, when the text names the person with the same particles elsewhere (``Ursula von der
    Leyen``) — else a capitalised ``Von`` opens a prepositional phrase (``Von der Polizei hieß
    es``). The token after the surname, or ``i`` when there is no such name."""
    tokens = ann.tokens
    if not tokens[i].text[:1].isupper() or tokens[i].text.lower() not in vocab.name_particles():
        return i
    after = particles_end(ann, i, limit)
    if after <= i or after >= limit or not _is_name_like(tokens[after], ann):
        return i
    written = " ".join(tokens[k].text for k in range(i, after + 1))
    lowered = written[:1].lower() + written[1:]
    return after + 1 if f" {lowered}" in ann.text else i


def _number_in_name(ann: Annotated, k: int, limit: int) -> bool:
    """A two-digit number between two capitalised name words (``Rot-Weiß 05 Kleinstadt``): a
    club's founding year, part of its name — not a count of what follows (``laut Reuters [900
    Menschen]``, ``nach Behördenangaben [62 Personen]``, ``des Bundesamtes [13 Prozent]``)."""
    tokens = ann.tokens
    text = tokens[k].text
    if not (text.isdigit() and len(text) == 2 and k + 1 < limit and _is_name_like(tokens[k + 1], ann) and tokens[k - 1].text[:1].isupper()):
        return False
    if _is_statement_word(tokens[k - 1].text):
        return False  # "nach eigenen Angaben [40 Brücken]": a count after the source
    counted = tokens[k + 1].text
    role = vocab.role_noun(counted)
    return not (role is not None and role.plural) and counted.lower() not in vocab.word_class("unit_noun")


def _particle_may_follow(particle: str, before: str) -> bool:
    """A particle that is also a preposition (``von``, ``zu``) belongs to a name only after a
    first name or a title (``Anna von der Au``, ``Graf von Stauffenberg``): after a bare surname
    it opens a phrase (``soll Brandt zu Keller gesagt haben``, ``wie Brandt von der Zeitung zitiert wird``)."""
    if particle.lower() not in vocab.word_class("prepositional_particle"):
        return True
    return vocab.first_name_gender(before) is not False or before in vocab.titles() or before.lower() in vocab.name_particles()


def _is_role_word(text: str) -> bool:
    """A role noun, also as the last part of a hyphenated compound (``SPD-Fraktionschef``)."""
    if vocab.role_noun(text) is not None:
        return True
    return "-" in text and not text.endswith("-") and vocab.role_noun(text.rsplit("-", 1)[1]) is not None


def _joins_roles(ann: Annotated, k: int, limit: int) -> bool:
    """``und`` at token ``k`` between two role nouns of one person (``der Landtagsabgeordnete und
    Fraktionschef Jan Muster``) or between two people named with first names (``Anna und Paul
    Muster``, ``Jan Roth und Eva Lind``): one speaker phrase."""
    tokens = ann.tokens
    if not (0 < k and k + 1 < limit and tokens[k].text == "und"):
        return False
    left, right = tokens[k - 1].text, tokens[k + 1].text
    if not (left[:1].isupper() and right[:1].isupper()):
        return False
    if _is_role_word(left) and _is_role_word(right):
        return True
    first_left = vocab.first_name_gender(left) is not False or (k > 1 and vocab.first_name_gender(tokens[k - 2].text) is not False)
    return first_left and vocab.first_name_gender(right) is not False and k + 2 < limit and tokens[k + 2].text[:1].isupper()


def organisation_name_goes_on(ann: Annotated, j: int, k: int, limit: int) -> bool:
    """``und`` or ``&`` at token ``k`` inside the name of an organisation that the kind noun at
    ``j`` opens (``der Tierschutzverein Rehberg [und] Umgebung``, ``die Gewerkschaft Handel
    [und] Dienste``, ``der Möbelhersteller Kessler [&] Voigt``): after ``und`` the word is
    capitalised, no role, kind noun, first name or article, and ends the phrase — else ``und``
    joins a second phrase (``der Verein Rehberg und Bürgermeister X``)."""
    tokens = ann.tokens
    if k + 1 >= limit or vocab.organisation_noun(tokens[j].text) is None:
        return False
    word = tokens[k + 1].text
    if tokens[k].text == "&":
        return word[:1].isupper()  # "die Modekette Lindqvist & Co.": an ampersand joins a firm's name only
    if tokens[k].text not in vocab.word_class("coordinator"):
        return False
    return (
        word[:1].isupper()
        and word.isalpha()
        and vocab.role_noun(word) is None
        and vocab.organisation_noun(word) is None
        and vocab.first_name_gender(word) is False
        and word.lower() not in vocab.determiners()
        and not (k + 2 < limit and tokens[k + 2].text[:1].isupper())
    )


def _organisation_kind_before(ann: Annotated, k: int, floor: int) -> int | None:
    """The organisation noun right before the name words that end at token ``k`` (``der
    [Tierschutzverein] Rehberg und …``), or None."""
    j = k - 1
    while j > floor and _is_name_like(ann.tokens[j], ann) and vocab.organisation_noun(ann.tokens[j].text) is None:
        j -= 1
    return j if j >= floor and j < k - 1 and vocab.organisation_noun(ann.tokens[j].text) is not None else None


def _name_complete(ann: Annotated, j: int, k: int) -> bool:
    """True when first name + surname stand right before token ``k``: a particle after them opens
    a prepositional phrase (``sagte Felix Moser zur Presse``), not a surname (``Anna von der
    Au``, ``Paul zur Linde``: the particle follows the first name)."""
    if k - 2 < j:
        return False
    before, last = ann.tokens[k - 2].text, ann.tokens[k - 1].text
    return vocab.first_name_gender(before) is not False and vocab.first_name_gender(last) is False


_PARTICIPLE_ENDINGS = ("ende", "enden", "ender", "endes", "endem", "ene", "enen", "ener", "enes", "enem", "te", "ten", "ter", "tes", "tem")
_MAX_ATTRIBUTE = 10  # tokens of an extended participle attribute between article and noun


def _participle_attribute_end(ann: Annotated, j: int, limit: int) -> int:
    """After an article, an extended participle attribute (``die [in Hamburg geborene] Sängerin``,
    ``der [sich als Retter präsentierende] Investor``): the index of the participle, so the core
    continues there; ``j`` itself when no such attribute follows."""
    tokens = ann.tokens
    for k in range(j, min(limit - 1, j + _MAX_ATTRIBUTE)):
        text = tokens[k].text
        if vocab.is_punct(text) or vocab.is_quote_mark(text):
            return j
        if (
            k > j
            and text.islower()
            # a participle (die in Hamburg geborene), or any adjective after a preposition (der für
            # die Region zuständige Koordinator)
            and (text.endswith(_PARTICIPLE_ENDINGS) or _attribute_adjective(ann, j, k))
            and tokens[k - 1].text.lower() not in vocab.determiners()  # die [aus einem einzigen] Wort: the adjective is the inner article's
            and text not in vocab.function_words()
            and text not in vocab.determiners()
            and _is_name_like(tokens[k + 1], ann)
        ):
            return k
    return j




def _coordinated_attribute_end(ann: Annotated, i: int, j: int, limit: int) -> int:
    """``ein langjähriges, dem linken Flügel zugehöriges Mitglied``: an adjective before a comma
    and a second attribute that ends in an adjective with the same ending right before the noun
    are coordinated attributes of one noun; the index after the second adjective, else ``j``."""
    tokens = ann.tokens
    if not (i < j < limit - 2 and tokens[j].text == "," and _is_adjective(tokens[j - 1], ann) and _is_determiner(tokens[i], ann)):
        return j
    ending = next((e for e in vocab.endings("attributive_ending") if tokens[j - 1].text.endswith(e)), None)
    if ending is None:
        return j
    for k in range(j + 1, min(limit - 1, j + 1 + _MAX_ATTRIBUTE)):
        text = tokens[k].text
        if vocab.is_punct(text) or vocab.is_quote_mark(text):
            return j
        if (
            text.endswith(ending)
            and _is_adjective(tokens[k], ann)
            and not _is_determiner(tokens[k - 1], ann)  # [dem linken] Flügel: the inner phrase's adjective
            and _is_name_like(tokens[k + 1], ann)
        ):
            return k + 1
    return j


def _attribute_adjective(ann: Annotated, j: int, k: int) -> bool:
    """Token ``k`` ends an extended adjective attribute that opens with a preposition at ``j``
    (``der [für die Region] zuständige Koordinator``): a weak adjective ending (``-e``/``-en``, as
    after a definite article) right after the prepositional phrase's noun — not an adjective of
    that phrase itself (``der [vom staatlichen] Sender``)."""
    tokens = ann.tokens
    text, before = tokens[k].text, tokens[k - 1].text
    return (
        len(text) > 3
        and text.endswith(vocab.endings("weak_adjective_ending"))
        and tokens[j].text in vocab.function_words()
        and before.lower() not in vocab.function_words()
        and before.lower() not in vocab.determiners()
    )


def quoted_title_end(ann: Annotated, open_index: int, limit: int) -> int | None:
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


def _degree_end(ann: Annotated, k: int, limit: int) -> int:
    """The token after the parts of an academic degree at ``k`` that follow a title (``Dr. [med.]``,
    ``Dr. [rer. nat.]``, ``Dr. [h.c. mult.]``), when a capitalised name follows; else ``k``."""
    texts = ann.texts
    degrees = vocab.word_class("academic_degree_part")
    if texts[k] != "." and texts[k].strip(".").lower() not in degrees:
        return k  # (the common case, decided before the titles are looked at)
    if texts[k - 1] not in vocab.titles() and texts[k - 1].split("-", 1)[0] not in vocab.titles():
        return k
    j = k
    while j < limit and (texts[j] == "." or texts[j].strip(".").lower() in degrees):
        j += 1
    return j if j > k and j < limit and texts[j][:1].isupper() else k


def noun_phrase(
    ann: Annotated, i: int, limit: int | None = None, *, appositions: bool = True, affiliations: bool = True, occasions: bool = True
) -> Phrase | None:
    """The speaker-like noun phrase starting at token ``i`` (not crossing token ``limit``).

    ``affiliations=False`` leaves out a ``von``-tail: in a passive clause (``wie der Minister
    von der Zeitung zitiert wird``) it names the agent, not the speaker's affiliation.
    ``occasions=False`` (a subject after its verb, whose end no verb marks) leaves out a
    prepositional tail that names an occasion (``sagte die Präsidentin [bei der Feier]``)."""
    tokens = ann.tokens
    if limit is None:
        limit = ann.sentences[tokens[i].sent][1] if i < len(tokens) else len(tokens)
    if i >= limit:
        return None
    first = tokens[i]
    if vocab.pronoun(first.text) and first.text.lower() not in vocab.determiners():
        return Phrase(i, i + 1, i)  # er, sie, wir, man
    pair = _pair_pronoun(ann, i, limit)
    if pair is not None:
        return pair
    core = _core(ann, i, limit, affiliations)
    if core is None and _is_partitive(ann, i, limit):
        core = (i + 1, i)  # [Einer] der eingesetzten Helfer
    if (
        core is None
        and first.text.lower() in vocab.word_class("demonstrative_pronoun")
        and (
            i + 1 == limit  # the caller ends the phrase here: right before its verb
            or vocab.is_punct(tokens[i + 1].text)  # "…, antwortete dieser."
            or (tokens[i + 1].text.islower() and not (i + 2 < limit and _is_name_like(tokens[i + 2], ann)))  # not: diese neuen Regeln
        )
    ):
        return Phrase(i, i + 1, i)  # a demonstrative standing alone before its verb: [Diese] baten ihn
    if core is None:
        return None
    end, head = core
    for _ in range(3):  # tails: des russischen Außenamtes / von der Bank / für Innere Sicherheit / (SPD)
        following = tokens[end].text if end < limit else ""
        if following in vocab.word_class("genitive_determiner") or _genitive_plural(ann, end, limit):
            tail = _core(ann, end, limit)  # Angaben [des Ministeriums] / Angaben [spanischer Behörden]
            if tail is not None and (
                not _genitive_fits(ann, end, tail[1], head)
                or (not occasions and (_told_medium(ann, end, tail, limit) or _told_body(ann, head, tail) or _dative_after_name(ann, end)))
            ):
                break
        elif (affiliations and following.lower() in vocab.word_class("affiliation_preposition")) or (
            following.lower() in vocab.word_class("role_preposition")
            and (_has_role(ann, end - 1, end) or _has_role(ann, head, head + 1))  # also "der Kommandeur der Truppen [im Irak]"
            and not (end + 1 < limit and tokens[end + 1].text.lower() in vocab.word_class("indefinite_article"))
        ):  # der Sprecher der Polizei [in Berlin], but not: sagte der Minister [in einem Interview]
            tail = _core(ann, end + 1, limit)
            if (
                tail is not None
                and not occasions
                and following.lower() not in vocab.word_class("affiliation_preposition")
                and not _place_or_body(ann, end, tail)
            ):
                break  # sagte die Präsidentin [bei der Feier]: an occasion, not where she works
        elif following.lower() in vocab.word_class("statement_preposition") and _statement_tail(ann, head, end, limit):
            tail = _core(ann, end + 1, limit)  # der Meldung [auf der Homepage des Vereins]
        elif following.lower() in vocab.word_class("statement_time_preposition") and _is_statement_word(tokens[head].text):
            tail = _statement_time(ann, end, limit)  # Angaben des Flughafens [im Juni 2007]
            if tail is None:
                break
            end = tail[0]
            continue
        elif following == "(":
            tail = _parenthesis(ann, end, limit)
        else:
            break
        if tail is None or tokens[tail[1]].text.lower() in vocab.time_nouns():
            break  # Angaben der Polizei [vom Mittwoch]: a time, no part of the source
        if following.lower() in vocab.word_class("affiliation_preposition") and tail[0] < limit and tokens[tail[0]].text.lower() in vocab.word_class("range_closer"):
            break  # zogen die Demonstranten [vom Bahnhof bis zum Rathaus]: a path, no affiliation
        end = tail[0]
        if following.lower() in vocab.word_class("field_preposition") and _second_field(ann, end, limit):
            end += 2  # das Ministerium für Umwelt [und Verkehr]
        elif following != "(" and (second := _second_body(ann, end, limit, genitive=following in vocab.word_class("genitive_determiner"))) is not None:
            end = second  # nach Bewertung von Polizei [und Staatsanwaltschaft], die Erklärung des Rates [und der Gewerkschaft]
    if appositions and end + 1 < limit and tokens[end].text == ",":
        apposition = noun_phrase(ann, end + 1, limit, appositions=False)
        if (
            apposition is not None
            and tokens[end + 1].text.lower() not in vocab.word_class("relative_determiner")  # not: X, [deren Tochter] …
            and not (end + 2 < limit and tokens[end + 1].text.lower() in vocab.determiners() and tokens[end + 2].text.lower() in vocab.determiners())  # not: X, [der das] Unternehmen führt
            and not _relative_before_name(ann, end + 1, apposition)  # not: die Stimme, [die Muster] gehören soll
            and _apposition_closes(ann, apposition.end, limit)
            and not _infinitive_clause_ends(ann, apposition.end, limit)  # not: erklärte X, [die Rechte] schützen zu wollen
            and (_is_named(ann, apposition) or (_is_named(ann, Phrase(i, end, head)) and _has_role(ann, apposition.start, apposition.end)))
        ):
            end = apposition.end
    return Phrase(i, end, head)


_CLAUSE_PUNCT = (",", ".", ";", ":", "!", "?")


def _statement_time(ann: Annotated, preposition: int, limit: int) -> tuple[int, int] | None:
    """The time after a statement noun that tells which statement it is (``Angaben des
    Flughafens [im Juni 2007]``, ``Planungen [aus dem Jahr 2005]``), with a year after the time
    noun: ``(end, head)``, or None when the words after the preposition end in no time noun."""
    tokens = ann.tokens
    tail = _core(ann, preposition + 1, limit)
    if tail is None or tokens[tail[1]].text.lower() not in vocab.time_nouns():
        return None
    end = tail[0]
    if end < limit and tokens[end].text.isdigit() and len(tokens[end].text) == 4:
        end += 1  # im Juni [2007]
    return end, tail[1]


def _is_statement_word(word: str) -> bool:
    """A noun of speech or writing (``Angaben``, ``Meldung``): the cue nouns."""
    from .cues import is_cue_noun  # (cues builds on this module)

    return is_cue_noun(word)


def _statement_tail(ann: Annotated, head: int, preposition: int, limit: int) -> bool:
    """A statement noun (``Meldung``, ``Auskunft``) followed by a preposition of its place or
    occasion and an article (``der Meldung [auf der Homepage]``, ``Auskunft [auf eine Anfrage]``):
    the tail tells which statement it is, and is part of the source phrase."""
    return preposition + 1 < limit and ann.tokens[preposition + 1].text.lower() in vocab.determiners() and _is_statement_word(ann.tokens[head].text)


def _infinitive_clause_ends(ann: Annotated, k: int, limit: int) -> bool:
    """The words from token ``k`` to the next punctuation close an infinitive clause with ``zu``
    (``erklärte X, die Rechte der Mieter [schützen zu wollen]``, ``bat die NASA, den Forschern
    mehr Zeit [zu geben]``): the phrase after the comma is that clause's object, no apposition."""
    tokens = ann.tokens
    while k < limit and tokens[k].text not in _CLAUSE_PUNCT and not vocab.is_quote_mark(tokens[k].text):
        if tokens[k].text == "zu" and k + 1 < limit and tokens[k + 1].text.islower() and tokens[k + 1].text not in vocab.determiners():
            rest = k + 2
            if rest < limit and tokens[rest].text.islower() and tokens[rest].text not in vocab.determiners():
                rest += 1  # zu wollen, zu haben: "schützen zu wollen"
            return rest >= limit or tokens[rest].text in _CLAUSE_PUNCT
        k += 1
    return False


def _relative_before_name(ann: Annotated, k: int, apposition: Phrase) -> bool:
    """``die Stimme, [die] Muster gehören soll``, ``Rice, [die] USA hätten …``: after a comma a
    definite article before a phrase without a role noun is a relative pronoun (or opens a
    clause): an apposition that describes a person has a role noun (``X, die Sprecherin des
    Amtes``), and an indefinite one may describe by any noun (``X, einer der Jesuiten``)."""
    text = ann.tokens[k].text.lower()
    return (
        text in vocab.determiners()
        and text not in vocab.word_class("indefinite_article")
        and not _has_role(ann, apposition.start, apposition.end)
    )


def _second_body(ann: Annotated, k: int, limit: int, *, genitive: bool) -> int | None:
    """``und`` at ``k`` joins a second organisation or role to a genitive or ``von`` tail
    (``von Polizei [und Staatsanwaltschaft]``, ``des Rates [und der Gewerkschaft]``): the end of
    that second phrase, else None. After a genitive the second one has a genitive article too."""
    tokens = ann.tokens
    if k + 1 >= limit or tokens[k].text not in vocab.word_class("coordinator"):
        return None
    start = k + 1
    if genitive and tokens[start].text not in vocab.word_class("genitive_determiner"):
        return None
    core = _core(ann, start, limit)
    if core is None:
        return None
    head = tokens[core[1]].text
    if vocab.organisation_noun(head) is None and vocab.role_noun(head) is None and not _names_a_body(ann, start, core[0]):
        return None
    return core[0]


def _names_a_body(ann: Annotated, start: int, end: int) -> bool:
    """An acronym anywhere in the words ``[start, end)`` marks the name of a body, also when a
    place follows it (``der IG Metall Küste``, ``der DLRG Nord``)."""
    return any(vocab.is_acronym(ann.tokens[k].text) for k in range(start, end))


def _second_field(ann: Annotated, k: int, limit: int) -> bool:
    """``für Umwelt [und Verkehr]``: ``und`` at ``k`` joins a second field to a ``für`` tail —
    one capitalised word that is no name, role or article, and ends the phrase."""
    tokens = ann.tokens
    if k + 1 >= limit or tokens[k].text not in vocab.word_class("coordinator"):
        return False
    word = tokens[k + 1].text
    ends = k + 2 >= limit or not tokens[k + 2].text[:1].isupper()
    return ends and word[:1].isupper() and word.isalpha() and vocab.first_name_gender(word) is False and vocab.role_noun(word) is None and word.lower() not in vocab.determiners()


def _pair_pronoun(ann: Annotated, i: int, limit: int) -> Phrase | None:
    """``beide``, ``die beiden`` standing alone (``sagten die beiden``, ``Beide betonten``): a
    phrase for two people named before; with a noun after it (``die beiden Politiker``) the
    noun heads the phrase instead."""
    tokens, pair_words = ann.tokens, vocab.word_class("pair_pronoun")
    k = i + 1 if tokens[i].text.lower() in vocab.word_class("definite_plural_article") else i
    if k >= limit or tokens[k].text.lower() not in pair_words:
        return None
    n = k + 1
    while n < limit and n - k <= 2 and tokens[n].text.islower() and tokens[n].text.endswith(vocab.endings("weak_adjective_ending")):
        n += 1  # "die beiden neuen Trainer"
    if n < limit and tokens[n].text[:1].isupper():
        return None
    return Phrase(i, k + 1, k)


def _place_or_body(ann: Annotated, preposition: int, tail: tuple[int, int]) -> bool:
    """Whether the prepositional tail ``preposition … tail`` can tell where a person works: a
    place or body named without article (``in Berlin``, ``bei Siemens``) or an organisation
    noun (``bei der Polizei``, ``im Bundestag``, ``von der UN``); an article before a common
    noun names an occasion (``bei der Feier``, ``im Interview``)."""
    tokens = ann.tokens
    head = tokens[tail[1]].text
    with_article = tokens[preposition].text.lower() in vocab.word_class("contracted_preposition") or (
        tokens[preposition + 1].text.lower() in vocab.determiners()
    )
    if not with_article:
        return True
    return vocab.organisation_noun(head) is not None or vocab.is_acronym(head) or any(
        vocab.organisation_noun(tokens[k].text) is not None or vocab.is_acronym(tokens[k].text) for k in range(preposition + 1, tail[0])
    )


def _genitive_fits(ann: Annotated, article: int, tail_head: int, head: int) -> bool:
    """Whether ``article … tail_head`` can be a genitive of the phrase with head ``head``: a full
    person name takes none (``sagte Jan Muster [der Sprecher …]`` is a second phrase), and
    genitive ``der`` is feminine or plural, never before a masculine singular role
    (``die Satzung [der Vorsitzende]``)."""
    tokens = ann.tokens
    if head > 0 and vocab.first_name_gender(tokens[head - 1].text) is not False and vocab.name_word(tokens[head].text) == "name":
        return False
    if tokens[article].text.lower() == "der":
        word = tokens[tail_head].text
        info = vocab.role_noun(word)
        adjectives = [t.text for t in tokens[article + 1 : tail_head] if t.text.islower()]
        nominative_adjective = any(a.endswith("e") for a in adjectives)  # der persönliche Sprecher
        same_in_plural = word.endswith(("er", "el", "en"))  # der Helfer: also a genitive plural
        if info is not None and info.gender == "m" and not info.plural and (nominative_adjective or not same_in_plural):
            return False
    return True


def _told_medium(ann: Annotated, article: int, tail: tuple[int, int], limit: int) -> bool:
    """``sagte die Frau [unserer Zeitung]``: after its verb a speaker phrase is followed by the
    dative of the newspaper told (``unserer``/``dieser`` and a media noun), no genitive — unless
    a name follows in apposition (``sagte der Chefredakteur unserer Zeitung, Markus Feld``)."""
    tokens = ann.tokens
    end, head = tail
    named_after = end + 1 < limit and tokens[end].text == "," and _is_name_like(tokens[end + 1], ann)
    return (
        tokens[article].text.lower() in vocab.word_class("addressee_determiner")
        and tokens[head].text.lower().endswith(tuple(vocab.word_class("told_medium")))
        and not named_after
    )


def _dative_after_name(ann: Annotated, article: int) -> bool:
    """``überwies die Bürgerstiftung Rabenau [der Gemeinde Kirchdorf] 5.000 Euro``: after its verb,
    a phrase that ends in a name is followed by ``der`` as the dative of whom it gave or wrote
    to, no genitive (a named body belongs to no one; ``des`` would be a genitive)."""
    word = ann.tokens[article - 1].text
    before = ann.tokens[article - 2].text if article >= 2 else ""  # the kind noun or first name before the name
    return (
        ann.tokens[article].text in vocab.word_class("dative_or_genitive_article")
        and (vocab.organisation_noun(before) is not None or vocab.role_noun(before) is not None or vocab.first_name_gender(before) is not False)
        and word[:1].isupper()
        and vocab.name_word(word) == "name"
        and vocab.organisation_noun(word) is None
        and vocab.role_noun(word) is None
    )


def _told_body(ann: Annotated, head: int, tail: tuple[int, int]) -> bool:
    """``sagte die junge Frau [der Polizei]``: after its verb, a plain person noun (``Frau``,
    ``Mann``) is followed by the dative of the body told, not by a genitive (a woman belongs to
    no authority; ``die Frau des Bürgermeisters`` is a person's)."""
    from . import entity_words  # (entity_words builds on this module)

    return ann.tokens[head].text.lower() in entity_words.of_class("person_noun") and vocab.organisation_noun(ann.tokens[tail[1]].text) is not None


def _genitive_plural(ann: Annotated, i: int, limit: int) -> bool:
    """``spanischer Behörden``, ``vieler Fachleute``: a genitive plural without article, an
    adjective in ``-er`` before a noun (it follows a noun, so it is no nominative)."""
    tokens = ann.tokens
    return (
        i + 1 < limit
        and tokens[i].text.islower()
        and tokens[i].text.endswith("er")
        and len(tokens[i].text) > 4
        and tokens[i].text not in vocab.function_words()
        and tokens[i + 1].text[:1].isupper()
        and _is_name_like(tokens[i + 1], ann)
    )


def _is_partitive(ann: Annotated, i: int, limit: int) -> bool:
    """``Einer der Helfer``, ``Eine der Sprecherinnen``: a pronoun heading a genitive of its group."""
    tokens = ann.tokens
    return (
        i + 1 < limit
        and tokens[i].text.lower() in vocab.word_class("partitive_pronoun")
        and tokens[i + 1].text in vocab.word_class("genitive_determiner")
    )


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
    if (title := title_start_before(ann, start, floor)) is not None:
        start = title  # the phrase ends in a quoted name: die Wochenzeitung „Neue Welt“ [hatte]
    while start > floor:
        if not _is_boundary(tokens[start - 1]) or _joins_roles(ann, start - 1, end) or surname_after_first_name(ann, start - 1):
            start -= 1
        elif start - 3 >= floor and tokens[start - 3].text.lower() in vocab.word_class("field_preposition") and _second_field(ann, start - 1, end):
            start -= 3  # das Ministerium für Umwelt [und] Verkehr [teilte mit]
        elif (title := title_start_before(ann, start - 1, floor)) is not None:
            start = title  # der Chef der „Neuen Welt“ Jan Muster [sagte]
        elif (joined := coordinated_compound_start(ann, start)) < start and joined >= floor:
            start = joined  # die Industrie- und Handelskammer [warnte]
        elif (kind := _organisation_kind_before(ann, start - 1, floor)) is not None and organisation_name_goes_on(ann, kind, start - 1, end):
            start = kind  # der Tierschutzverein Rehberg und Umgebung [fordert]
        else:
            break
    start = _attribute_article_before(ann, start, end, floor)
    start = skip_focus_particles(ann, start, end)
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


def _attribute_article_before(ann: Annotated, start: int, end: int, floor: int) -> int:
    """``der sich gern [als] Retter der Stadt darstellende Unternehmer``, ``der junge[,] in Kiel
    geborene Sänger``: a word that opens clauses (``als``, ``wie``, ``und``) inside an extended
    participle attribute, or the comma after a coordinated adjective, is no clause boundary when
    an article before it opens a noun phrase that runs through the attribute to ``end``; the
    article's index then, else ``start``."""
    tokens = ann.tokens
    if start - 1 <= floor:
        return start
    before = tokens[start - 1].text
    if before == ",":
        # only determiner and adjectives before the comma: "der junge, in Kiel geborene Sänger"
        k = start - 2
        while k > floor and _is_adjective(tokens[k], ann):
            k -= 1
        if k == start - 2 or not (_is_determiner(tokens[k], ann) or _is_adjective(tokens[k], ann)):
            return start
        if _is_determiner(tokens[k], ann) and k > floor and not _is_boundary(tokens[k - 1]):
            return start
        phrase = noun_phrase(ann, k, end, appositions=False)
        return k if phrase is not None and phrase.end == end and phrase.head >= start else start
    if before.lower() not in vocab.word_class("clause_opener"):
        return start
    for k in range(start - 2, max(floor, start - 1 - _MAX_ATTRIBUTE) - 1, -1):
        text = tokens[k].text
        if vocab.is_punct(text) or vocab.is_quote_mark(text):
            return start
        if _is_determiner(tokens[k], ann) and (k == floor or _is_boundary(tokens[k - 1])):
            phrase = noun_phrase(ann, k, end, appositions=False)
            if phrase is not None and phrase.end == end and phrase.head >= start:
                return k
    return start


def skip_focus_particles(ann: Annotated, start: int, end: int) -> int:
    """The first token after focus particles opening a clause: in ``Auch der Minister sagte``
    the particle shares the first position with the subject but is no part of it."""
    focus = vocab.word_class("focus_particle")
    while start + 1 < end and ann.tokens[start].text.lower() in focus:
        start += 1
    return start


_MAX_TITLE = 5  # tokens inside a quoted name that is part of a noun phrase


def _opening_mark_before(ann: Annotated, close: int, floor: int, reach: int, stops: Callable[[str], bool]) -> int | None:
    """The opening mark of the short quoted phrase that token ``close`` closes: the nearest
    quote mark at most ``reach`` tokens back, unless a token that ``stops`` comes first."""
    tokens = ann.tokens
    if not vocab.is_quote_mark(tokens[close].text):
        return None
    for k in range(close - 1, max(floor, close - reach - 1) - 1, -1):
        text = tokens[k].text
        if vocab.is_quote_mark(text):
            return k
        if stops(text):
            return None
    return None


def title_start_before(ann: Annotated, close: int, floor: int) -> int | None:
    """When token ``close`` closes a short quoted name right after a noun (``die Zeitung „Neue
    Welt“``), the index of its opening mark; else None (the mark ends a quotation or clause)."""
    tokens = ann.tokens
    k = _opening_mark_before(ann, close, floor, _MAX_TITLE, lambda text: text in (",", ".", ";", ":", "!", "?"))
    if k is None:
        return None
    inside = tokens[k + 1 : close]
    before = tokens[k - 1].text if k > floor else ""
    after_article = before.lower() in vocab.determiners() and k - 2 >= floor  # der Sprecher von der „Aktion Hilfe“
    if inside and inside[0].text[:1].isupper() and (before[:1].isupper() or after_article) and not vocab.is_punct(before):
        return k
    return None


_MAX_QUOTED_COMPLEMENT = 6  # tokens inside a short quoted phrase that a clause runs through


def quoted_complement_start(ann: Annotated, close: int, floor: int) -> int | None:
    """When token ``close`` closes a short quoted phrase standing inside a clause (``hat den
    Entwurf als „Zumutung“ bezeichnet``, ``wies den Vorwurf als „absurd“ zurück``): the index of
    its opening mark, so the clause goes on before it; else None. The phrase has a word right
    before its opening mark — ``als`` or an indefinite article, which make it a complement, not a
    name (``laut „Tageblatt“``) — and no punctuation inside (a quoted sentence ends the clause)."""
    k = _opening_mark_before(ann, close, floor, _MAX_QUOTED_COMPLEMENT, vocab.is_punct)
    if k is None:
        return None
    before = ann.tokens[k - 1].text if k > floor else ""
    return k if k + 1 < close and before.lower() in vocab.word_class("naming_complement") else None


def quoted_complement_end(ann: Annotated, opening: int, limit: int) -> int | None:
    """The mirror of `quoted_complement_start`: when token ``opening`` opens a short quoted
    phrase inside a clause, the index of its closing mark; else None."""
    tokens = ann.tokens
    if not vocab.is_quote_mark(tokens[opening].text) or opening == 0:
        return None
    if tokens[opening - 1].text.lower() not in vocab.word_class("naming_complement"):
        return None
    for k in range(opening + 1, min(limit, opening + _MAX_QUOTED_COMPLEMENT + 2)):
        text = tokens[k].text
        if vocab.is_quote_mark(text):
            return k if k > opening + 1 else None
        if vocab.is_punct(text):
            return None
    return None


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


