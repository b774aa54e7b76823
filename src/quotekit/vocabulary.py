"""Word classes the rules need, looked up in the shipped lexicons (``data/de/``).

Without a POS model quotekit recognises determiners, pronouns, role nouns, organisation nouns and
first names from word lists, and compound role nouns by their last part (``SPD-Politiker`` →
``politiker``, ``Außenministerin`` → ``ministerin``). Everything is loaded once, on first use.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from . import lexicon

QUOTE_CHARS = frozenset("\"'„“”‚‘’»«›‹")
CLAUSE_PUNCT = frozenset(",;:.!?()[]–—-")
SENTENCE_END = frozenset(".!?")


class NounInfo(NamedTuple):
    """What a role or organisation noun tells about the entity: its key, gender and number."""

    key: str  # the lexicon entry that matched (the compound's last part), lowercase
    gender: str | None  # "m" / "f" / "n" / None
    plural: bool


@functools.cache
def _pronouns() -> dict[str, list[tuple[str | None, bool, str]]]:
    table: dict[str, list[tuple[str | None, bool, str]]] = {}
    for row in lexicon.rows("pronouns.tsv"):
        form, gender, number, person = (row + ("-", "sg", "3"))[:4]
        table.setdefault(form.lower(), []).append((None if gender == "-" else gender, number == "pl", person))
    return table


def pronoun(word: str) -> list[tuple[str | None, bool, str]]:
    """Readings ``(gender, plural, person)`` of a personal pronoun, or ``[]``."""
    return _pronouns().get(word.lower(), [])


@functools.cache
def _word_classes() -> dict[str, frozenset[str]]:
    classes: dict[str, set[str]] = {}
    for word, word_class in lexicon.rows("phrase_words.tsv"):
        classes.setdefault(word_class, set()).add(word)
    return {name: frozenset(words) for name, words in classes.items()}


@functools.cache  # asked for in the rules' inner loops: a C-level cache hit, not a Python call
def word_class(name: str) -> frozenset[str]:
    """The closed-class words of ``data/de/phrase_words.tsv`` with this class (see its header)."""
    return _word_classes()[name]


@functools.cache
def endings(name: str) -> tuple[str, ...]:
    """The endings of a class of ``data/de/phrase_words.tsv``, longest first (for ``endswith``
    and for stripping the longest that fits)."""
    return tuple(sorted(word_class(name), key=len, reverse=True))


def names_or_judges(lemma: str) -> bool:
    """A verb of saying that names or judges something (``nennen``, ``bezeichnen``, ``werten``,
    ``zurückweisen``): its object may carry a short quoted complement (``als „Irrweg“``)."""
    return lemma in word_class("naming_verb") or lemma in word_class("judging_verb")


@functools.cache
def determiners() -> frozenset[str]:
    """Articles and determiners that open a noun phrase; preposition+article contractions
    (``am``, ``im``, ``vom``) open a prepositional phrase instead and are left out."""
    return frozenset(w.lower() for w in lexicon.words("determiners.tsv")) - word_class("contracted_preposition")


@functools.cache
def function_words() -> frozenset[str]:
    return lexicon.words("function_words.txt")


@functools.cache
def cue_adverbs() -> frozenset[str]:
    return lexicon.words("cue_adverbs.txt")


@functools.cache
def time_nouns() -> frozenset[str]:
    return lexicon.words("time_nouns.txt")


@functools.cache
def auxiliaries() -> frozenset[str]:
    """Finite auxiliary and modal forms (hat, wird, soll …): the subject stands next to them."""
    return lexicon.words("auxiliaries.txt")


@functools.cache
def titles() -> frozenset[str]:
    return lexicon.words("titles.txt")


@functools.cache
def name_particles() -> frozenset[str]:
    """Lowercase particles inside names (von, van, de, da, bin); German articles excluded, since
    between two capitalised words they start a new phrase (``X das Handtuch``)."""
    return frozenset(w for w in lexicon.words("name_particles.txt") if " " not in w) - determiners() - {"der", "die", "das", "des"}


@functools.cache
def _common_noun_endings() -> tuple[str, ...]:
    endings = [word for word, word_class in lexicon.rows("entity_words.tsv") if word_class == "common_noun_ending"]
    return tuple(endings) + tuple(ending + "en" for ending in endings)


def has_common_noun_ending(word: str) -> bool:
    """``Beratung``, ``Hochschulverwaltungen``: the ending of a common noun (``-ung``, ``-heit``,
    ``-schaft``, … in data/de/entity_words.tsv, also in the plural), which no surname has."""
    return word.lower().endswith(_common_noun_endings())


def prefixed_surname(word: str) -> bool:
    """``al-Hussein``, ``el-Sayed``: a capitalised surname behind a hyphenated name particle
    (``al-``, ``el-``, ``ben-`` in name_particles.txt), written lowercase as a whole."""
    prefix, hyphen, rest = word.partition("-")
    return bool(hyphen) and prefix.islower() and prefix + "-" in name_particles() and rest[:1].isupper() and rest.replace("-", "").isalpha()


@functools.cache
def _first_names() -> dict[str, str | None]:
    return {name: (None if gender[0] == "u" else gender[0]) for name, (gender, *_rest) in lexicon.table("first_names.tsv").items()}


@functools.lru_cache(maxsize=65536)  # asked for every capitalised word, again and again
def first_name_gender(word: str) -> str | None | bool:
    """``"m"``/``"f"`` for a known first name, ``None`` if known but unisex, ``False`` if unknown.
    A hyphenated first name whose parts are all known first names (``Jan-Hendrik``,
    ``Anna-Lena``) takes the gender of its last part."""
    known = _first_names().get(word, False)
    if known is False and "-" in word:
        parts = word.split("-")
        if len(parts) == 2 and all(part[:1].isupper() and _first_names().get(part, False) is not False for part in parts):
            return _first_names()[parts[-1]]
    return known


def _suffix_table(name: str, gender_column: int, number_column: int | None) -> dict[str, NounInfo | None]:
    """Noun → its gender and number; a row of kind ``thing`` maps to None: a compound that only
    looks like a role (``Fahrzeuge`` is no ``Zeuge``) and stops the suffix search."""
    table: dict[str, NounInfo | None] = {}
    for row in lexicon.rows(name):
        key = row[0].lower()
        if len(row) > 2 and row[2] == "thing":
            table[key] = None
            continue
        gender = row[gender_column] if len(row) > gender_column else "-"
        plural = number_column is not None and len(row) > number_column and row[number_column] == "pl"
        table[key] = NounInfo(key, None if gender in ("-", "") else gender, plural)
    return table


@functools.cache
def _role_nouns() -> dict[str, NounInfo | None]:
    return _suffix_table("role_nouns.tsv", 1, 3)


@functools.cache
def _organisation_nouns() -> dict[str, NounInfo | None]:
    return _suffix_table("organisation_nouns.tsv", 1, 2)


def _longest_suffix(word: str, table: dict[str, NounInfo | None], min_len: int = 3) -> NounInfo | None:
    """The longest entry ``word`` ends in. Short entries (< 5 letters: Chef, Rat, Amt) count only
    at a compound boundary (a hyphen or 3+ letters before them), so "Hermann" is no "Mann"; a
    ``thing`` entry (None) ends the search with no match."""
    lower = word.lower()
    if lower in table:
        return table[lower]
    for i in range(1, len(lower) - min_len + 1):
        suffix = lower[i:]
        if suffix in table and (len(lower) - i >= 5 or i >= 3 or lower[i - 1] == "-"):
            return table[suffix]
    return None


@functools.lru_cache(maxsize=65536)
def lowercase_led_compound(word: str) -> bool:
    """A hyphenated compound that opens with a lowercase word and ends in a capitalised one
    (``documenta-Homepage``, ``eBay-Sprecherin``): German capitalises a compound's last part, so
    it is a noun whatever its first part (a brand written in lowercase)."""
    first, hyphen, last = word.rpartition("-")
    return bool(hyphen) and first[:1].islower() and first.replace("-", "").isalnum() and last[:1].isupper() and last.isalpha()


def capitalised_noun(word: str) -> bool:
    """The word is written like a German noun: capitalised, or a compound ending in a capitalised part."""
    return word[:1].isupper() or ("-" in word and lowercase_led_compound(word))


@functools.lru_cache(maxsize=65536)
def role_noun(word: str) -> NounInfo | None:
    """The role noun a (compound) word ends in: ``Bundesaußenminister`` → ``minister``."""
    if not capitalised_noun(word) or first_name_gender(word) is not False:
        return None
    return _longest_suffix(word, _role_nouns(), 4)


def singular_role(word: str) -> NounInfo | None:
    """The role noun of ``word`` before a person's name, which is singular: a weak masculine
    noun in ``-en`` is then genitive or dative singular (``des Präsidenten Ramón X`` → ``präsident``),
    and a final ``-s`` a genitive (``des Musikers Paul X`` → ``musiker``)."""
    info = role_noun(word)
    if info is None and len(word) > 5:
        stem = next((word[: -len(e)] for e in endings("genitive_ending") if word.endswith(e) and role_noun(word[: -len(e)])), None)
        info = role_noun(stem) if stem else None  # "des Musikers Paul X": a genitive
    if info is not None and info.plural and (weak := weak_singular(word)) is not None:
        return weak[0]
    return info


def weak_singular(word: str) -> tuple[NounInfo, str] | None:
    """``Präsidenten`` → (``präsident``, ``Präsident``): the singular role noun a word in the
    ``-en`` of a weak noun stands for, with the word in the nominative; None for other words."""
    for ending in endings("weak_noun_ending"):
        singular = role_noun(word[: -len(ending)]) if word.endswith(ending) else None
        if singular is not None and not singular.plural:
            return singular, word[: -len(ending)]
    return None


def dative_plural_role(word: str) -> NounInfo | None:
    """The plural role noun of a dative plural, which adds ``-n`` (``von Kritikern``, ``vor
    Ärzten``, ``von vielen Beobachtern``): a plural role noun, or a masculine one whose plural is
    like its singular (``Kritiker``, ``Beobachter``)."""
    if len(word) < 6 or not word.endswith(tuple(word_class("dative_plural_ending"))):
        return None
    stem = word[:-1]
    info = role_noun(stem)
    if info is None or not (info.plural or (info.gender == "m" and stem.endswith(endings("same_plural_ending")))):
        return None
    return NounInfo(info.key, None, True)


def is_role_word(word: str) -> bool:
    """True when ``word`` itself is a listed role noun (not only a compound ending in one)."""
    return _role_nouns().get(word.lower()) is not None


def is_organisation_word(word: str) -> bool:
    """True when ``word`` itself is a listed organisation noun (Regierung, Polizei, Kreml)."""
    return _organisation_nouns().get(word.lower()) is not None


@functools.lru_cache(maxsize=65536)
def organisation_noun(word: str) -> NounInfo | None:
    """The organisation noun a word ends in: ``Außenministerium`` → ``ministerium``."""
    if not capitalised_noun(word):
        return None
    found = _longest_suffix(word, _organisation_nouns(), 3)
    if found is None and "-" in word:
        # "Verkehrs-AG": a short legal form after a hyphen is the compound's last part
        found = _organisation_nouns().get(word.rpartition("-")[2].lower())
    return found



def kind_of_organisation(word: str) -> bool:
    """``Zweitligisten``, ``Verbandes``, ``Vereins``: an organisation noun of six letters or more
    in any case (not a surname or place that ends in a short one: ``Münchhausen``, ``Neubank``)."""
    for cut in (0, 1, 2):
        if len(word) - cut > 3 and (cut == 0 or word[-cut:] in ("n", "s", "en", "es")):
            info = organisation_noun(word[: len(word) - cut] if cut else word)
            if info is not None and len(info.key) >= 6:
                return True
    return False


def town_adjective(word: str) -> bool:
    """``Tannheimer``, ``Kronstädter``: a capitalised word with the ending of a town's adjective
    (``place_adjective_ending``) that is no first name — before a role or organisation noun it
    says where they belong (``der Tannheimer Coach``, ``die Talheimer Tafel``)."""
    return word[:1].isupper() and word.endswith(endings("place_adjective_ending")) and first_name_gender(word) is False

@functools.lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """``NATO``, ``SPD``, ``UN``: all-caps words of two or more letters (organisation names);
    also short ones with a lowercase function-word initial inside (``VdL``, ``VfB``)."""
    letters = [c for c in word if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    return 3 <= len(letters) <= 5 and letters[0].isupper() and letters[-1].isupper() and sum(c.isupper() for c in letters) >= 2


@functools.lru_cache(maxsize=65536)
def is_punct(word: str) -> bool:
    return bool(word) and all(not c.isalnum() for c in word)


_QUOTE_STRING = "".join(sorted(QUOTE_CHARS))


@functools.lru_cache(maxsize=65536)  # asked for most token texts (a cache of 4,096 words was too small)
def is_quote_mark(word: str) -> bool:
    """Whether ``word`` is made of quotation marks only."""
    return bool(word) and not word.strip(_QUOTE_STRING)


@functools.lru_cache(maxsize=65536)
def name_word(word: str) -> str:
    """How a capitalised word can take part in a person name, from the word alone:
    ``"first"`` (a listed first name), ``"name"`` (may be a surname), ``"role"`` (a role or
    organisation noun), ``"no"`` (lowercase, punctuation, acronym, function word, title)."""
    if prefixed_surname(word):
        return "name"  # al-Hussein
    if not capitalised_noun(word) or is_punct(word) or is_acronym(word):
        return "no"
    lower = word.lower()
    if lower in function_words() or lower in determiners() or word in titles() or pronoun(word) or word in word_class("quantity_noun"):
        return "no"
    if first_name_gender(word) is not False:
        return "first"
    if role_noun(word) is not None or organisation_noun(word) is not None:
        return "role"
    if lower.endswith(tuple(word_class("adjective_ending"))):
        return "no"  # "Russische Medien berichteten": an adjective opening the sentence
    if "-" in word and not word.endswith("-") and role_noun(word.rsplit("-", 1)[1]) is not None:
        return "role"
    for ending in ("s", "es"):  # genitive: des Außenministeriums, des Präsidenten(s)
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) > 4 and (organisation_noun(stem) is not None or role_noun(stem) is not None):
            return "role"
    return "name"


@functools.cache
def _determiner_readings() -> dict[str, set[tuple[str, str]]]:
    readings: dict[str, set[tuple[str, str]]] = {}
    for form, gender, number in lexicon.rows("determiners.tsv"):
        readings.setdefault(form.lower(), set()).add((gender, number))
    return readings


def determiner_readings(determiner: str) -> frozenset[tuple[str, str]]:
    """The ``(gender, number)`` readings of a determiner (``ein`` → m sg, n sg), empty for other words."""
    return frozenset(_determiner_readings().get(determiner.lower(), ()))


def plural_by_determiner(determiner: str, gender: str | None) -> bool:
    """``die Außenminister``: the determiner has no singular reading of the noun's gender, so
    the role noun is plural."""
    readings = _determiner_readings().get(determiner.lower())
    if not readings or gender not in ("m", "f", "n"):
        return False
    return (gender, "sg") not in readings and any(number == "pl" for _, number in readings)


def singular_determiner(determiner: str) -> bool:
    """``dem``, ``des``, ``einem``: a determiner with only singular readings, so a weak noun in
    ``-en`` after it is singular (``laut dem Präsidenten``, ``des Abgeordneten``)."""
    readings = determiner_readings(determiner)
    return bool(readings) and all(number == "sg" for _, number in readings)


@functools.cache
def _demonyms() -> frozenset[str]:
    return frozenset(word for word, _gender in lexicon.rows("demonyms.tsv"))


def case_forms(word: str) -> tuple[str, ...]:
    """``Finnen`` → ``finnen``, ``finne``; ``Norwegers`` → ``norwegers``, ``norweger``: a noun in
    lowercase with and without the ending of its other cases (``-n`` of weak nouns, ``-s``)."""
    word = word.lower()
    return (word, word.removesuffix("n"), word.removesuffix("s"))


def demonym(word: str) -> bool:
    """``finne``, ``Finnen``, ``norwegers``: a noun for a person by where they are from
    (``data/de/demonyms.tsv``), in any case form."""
    return any(form in _demonyms() for form in case_forms(word))


def participle_shaped(word: str) -> bool:
    """``gesammelt``, ``abgegeben``, ``Gegründet``: the shape of a past participle (``ge`` within
    the first five letters, ending in ``-t`` or ``-en``), from the word alone; callers rule out
    what else the word may be."""
    lower = word.lower()
    return len(lower) > 5 and "ge" in lower[:5] and lower.endswith(("t", "en"))
