"""German verb inflection from principal parts, so one lexicon row finds every form in a text.

Why: the cue lexicon (``data/de/speech_verbs.tsv``) lists each verb of saying once, as principal
parts (``sprechen  spricht  sprach  gesprochen``). News text uses it in any person, tense and mood,
and separable verbs split in main clauses (``teilte … mit``) but join in subordinate clauses
(``wie das Ministerium mitteilte``). This module expands a row into all surface forms and builds a
lookup table ``surface form → [VerbForm, …]`` once per process, so the cue stage pays one dict
lookup per token.

Public surface:

* ``verb_forms(row) -> dict[str, VerbForm]``: one row (``infinitive, present_3sg, preterite_3sg,
  past_participle[, medium, reported]``) → ``{slot: VerbForm}``. Slots are
  ``inf``, ``part2``, ``zu_inf`` (separable verbs only: ``mitzuteilen``) and finite slots
  ``<tense>.<person>`` with tense ∈ ``pres``, ``pret``, ``konj1``, ``konj2`` and person ∈ ``1sg``,
  ``2sg``, ``3sg``, ``pl`` (1st = 3rd person plural), ``2pl``. For a separable verb every finite
  slot exists twice: ``pres.3sg`` = ``teilt`` with ``particle="mit"`` (main clause, particle
  follows later) and ``pres.3sg.joined`` = ``mitteilt`` with ``particle=None``.
* ``cue_verb_index() -> dict[str, list[VerbForm]]``: every form of every verb in
  ``speech_verbs.tsv``, keyed by lowercase surface form; cached for the process.
* ``konjunktiv1(infinitive, particle=None) -> dict[str, str]``: Konjunktiv I from the
  infinitive alone (used to generate ``data/de/konjunktiv1.txt``).
* ``VerbForm``: frozen value with ``form``, ``lemma`` (the infinitive, joined: ``mitteilen``),
  ``particle`` (``"mit"`` when the particle is separate in the text, else ``None``), ``slot``,
  ``medium``/``reported`` (from the lexicon row; ``""``/``False`` when absent) and the derived
  ``finite``, ``konjunktiv1``, ``konjunktiv2`` flags.

Irregular verbs (sein, haben, werden, the modals, wissen, …) get their odd forms from
``data/de/irregular_verbs.tsv``; the rules here are the regular German paradigms, best effort for
Konjunktiv II of strong verbs (umlauted preterite + e: ``sprach → spräche``).
"""

from __future__ import annotations

import functools
from typing import Iterable, Sequence

import attrs

from quotekit import lexicon

PERSONS = ("1sg", "2sg", "3sg", "pl", "2pl")
NON_FINITE = frozenset({"inf", "part2", "zu_inf"})
_SIBILANTS = ("s", "ß", "z", "x")
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü"}
VOWELS = "aeiouäöüy"


@attrs.frozen
class VerbForm:
    """One surface form of a verb, with what the cue and indirect-speech stages need to know."""

    form: str
    lemma: str
    particle: str | None
    slot: str
    medium: str = ""
    reported: bool = False
    speaker: str = "subject"  # "object" when the speaker is the verb's object (X zitierte [Y])

    @property
    def finite(self) -> bool:
        return self.slot.split(".")[0] not in NON_FINITE

    @property
    def konjunktiv1(self) -> bool:
        return self.slot.startswith("konj1.")

    @property
    def konjunktiv2(self) -> bool:
        return self.slot.startswith("konj2.")

    @property
    def separated(self) -> bool:
        """True when the particle stands apart in the text (``teilte … mit``)."""
        return self.particle is not None


def _stem(infinitive: str) -> str:
    """``sagen → sag``, ``äußern → äußer``, ``tun → tu``."""
    return infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]


def _needs_e(stem: str) -> bool:
    """Stems that take an epenthetic e before -t/-st: ``arbeit-e-t``, ``rechn-e-t``, ``atm-e-t``."""
    if stem.endswith(("t", "d")):
        return True
    if len(stem) < 2 or stem[-1] not in "mn" or stem[-2] in VOWELS + "lrmn":
        return False
    # a lengthening h (lehn-t, ahn-t) is not a consonant cluster; ch is (rechn-e-t, zeichn-e-t)
    return not (stem[-2] == "h" and len(stem) >= 3 and stem[-3] in VOWELS)


def _umlaut_last_vowel(word: str) -> str:
    """``sprach → spräch``, ``lief → lief``, ``trug → trüg``, ``soff → söff``."""
    for i in range(len(word) - 1, -1, -1):
        ch = word[i]
        if ch in VOWELS:
            if ch == "u" and i > 0 and word[i - 1] == "a":  # au → äu
                return word[: i - 1] + "ä" + word[i:]
            if ch in _UMLAUT and not (i > 0 and word[i - 1] in "aeiouäöü"):
                return word[:i] + _UMLAUT[ch] + word[i + 1 :]
            return word
    return word


def _split_particle(present_3sg: str) -> tuple[str, str | None]:
    """``"teilt mit" → ("teilt", "mit")``; the particle is the last word of the column."""
    parts = present_3sg.split()
    if len(parts) == 1:
        return parts[0], None
    return parts[0], parts[-1]


def _present(infinitive: str, present_3sg: str) -> dict[str, str]:
    stem = _stem(infinitive)
    plural = infinitive
    second_sg: str
    if stem.endswith(_SIBILANTS):
        second_sg = present_3sg  # heißt, liest, setzt
    elif stem.endswith("t") and not present_3sg.endswith("et"):
        second_sg = present_3sg + "st"  # hält → hältst, gilt → giltst
    elif present_3sg.endswith("t"):
        second_sg = present_3sg[:-1] + "st"  # sagt → sagst, spricht → sprichst, arbeitet → arbeitest
    else:
        second_sg = present_3sg + "st"
    second_pl = stem + ("et" if _needs_e(stem) else "t")
    first_sg = stem + "e" if not stem.endswith("e") else stem
    return {"1sg": first_sg, "2sg": second_sg, "3sg": present_3sg, "pl": plural, "2pl": second_pl}


def _preterite(preterite_3sg: str) -> dict[str, str]:
    pret = preterite_3sg
    if pret.endswith("e"):  # weak: sagte
        return {"1sg": pret, "2sg": pret + "st", "3sg": pret, "pl": pret + "n", "2pl": pret + "t"}
    second_sg = pret + ("est" if pret.endswith(_SIBILANTS + ("t", "d")) else "st")
    second_pl = pret + ("et" if pret.endswith(("t", "d")) else "t")
    return {"1sg": pret, "2sg": second_sg, "3sg": pret, "pl": pret + "en", "2pl": second_pl}


def _konjunktiv1(infinitive: str) -> dict[str, str]:
    stem = _stem(infinitive)
    e_stem = stem if stem.endswith("e") else stem + "e"  # tu → tue, äußer → äußere
    plural = infinitive if infinitive.endswith(("eln", "ern")) else e_stem + "n"
    return {"1sg": e_stem, "2sg": e_stem + "st", "3sg": e_stem, "pl": plural, "2pl": e_stem + "t"}


def _konjunktiv2(preterite_3sg: str) -> dict[str, str]:
    if preterite_3sg.endswith("e"):  # weak verbs: identical with the preterite
        return _preterite(preterite_3sg)
    base = _umlaut_last_vowel(preterite_3sg) + "e"
    return {"1sg": base, "2sg": base + "st", "3sg": base, "pl": base + "n", "2pl": base + "t"}


@functools.cache
def _irregular() -> dict[str, dict[str, str]]:
    """``irregular_verbs.tsv`` as ``{infinitive: {slot: form}}``."""
    table: dict[str, dict[str, str]] = {}
    for row in lexicon.rows("irregular_verbs.tsv"):
        infinitive, slot, form = row[0], row[1], row[2]
        table.setdefault(infinitive, {})[slot] = form
    return table


_INSEPARABLE_PREFIXES = ("miss", "wider", "hinter", "über", "unter", "emp", "ent", "zer", "ver", "be", "er", "ge")


def _irregular_forms(base_infinitive: str) -> dict[str, str]:
    """Irregular forms of a verb, also through an inseparable prefix (verstehen → verstünde)."""
    table = _irregular()
    if base_infinitive in table:
        return table[base_infinitive]
    for prefix in _INSEPARABLE_PREFIXES:
        stem_verb = base_infinitive[len(prefix) :]
        if base_infinitive.startswith(prefix) and stem_verb in table:
            return {slot: prefix + form for slot, form in table[stem_verb].items()}
    return {}


def _parse_reported(value: str) -> bool:
    return value.strip().lower() in {"yes", "true", "1"}


def verb_forms(row: Sequence[str]) -> dict[str, VerbForm]:
    """Expand one principal-parts row into ``{slot: VerbForm}`` (see the module docstring).

    ``row`` is ``(infinitive, present_3sg, preterite_3sg, past_participle[, medium, reported])``;
    separable verbs carry the particle after a space in the finite columns (``teilt mit``).
    """
    infinitive, present_3sg, preterite_3sg, participle = (c.strip().lower() for c in row[:4])
    medium = row[4].strip() if len(row) > 4 else ""
    reported = _parse_reported(row[5]) if len(row) > 5 else False
    speaker = row[6].strip() if len(row) > 6 and row[6].strip() else "subject"
    pres_stem_form, particle = _split_particle(present_3sg)
    pret_form, pret_particle = _split_particle(preterite_3sg)
    particle = particle or pret_particle
    if particle and infinitive.startswith(particle) and len(infinitive) > len(particle):
        base_infinitive = infinitive[len(particle) :]
        written = _split_particle(row[1].strip())[1] or _split_particle(row[2].strip())[1]
        if written and written[:1].isupper():
            particle = written  # a noun written apart and capitalised: "nimmt … Stellung"
    else:  # no particle, or a malformed row whose particle does not start the infinitive
        particle = None
        base_infinitive = infinitive

    paradigm: dict[str, dict[str, str]] = {
        "pres": _present(base_infinitive, pres_stem_form),
        "pret": _preterite(pret_form),
        "konj1": _konjunktiv1(base_infinitive),
        "konj2": _konjunktiv2(pret_form),
    }
    overrides = _irregular_forms(base_infinitive)
    for slot, form in overrides.items():
        if "." in slot:
            tense, person = slot.split(".", 1)
            paradigm.setdefault(tense, {})[person] = form

    def make(form: str, slot: str, sep: str | None) -> VerbForm:
        return VerbForm(form, infinitive, sep, slot, medium, reported, speaker)

    forms: dict[str, VerbForm] = {
        "inf": make(infinitive, "inf", None),
        "part2": make(participle.replace(" ", ""), "part2", None),
    }
    for tense, persons in paradigm.items():
        for person, form in persons.items():
            slot = f"{tense}.{person}"
            forms[slot] = make(form, slot, particle)
            if particle:
                forms[slot + ".joined"] = make(particle.lower() + form, slot, None)
    if particle:
        forms["zu_inf"] = make(particle.lower() + "zu" + base_infinitive, "zu_inf", None)
    return forms


def konjunktiv1(infinitive: str, particle: str | None = None) -> dict[str, str]:
    """Konjunktiv I of a verb from its infinitive alone (``sagen → {"3sg": "sage", …}``).

    Konjunktiv I is built on the infinitive stem for every German verb but *sein*, so no other
    principal part is needed; irregular forms come from ``irregular_verbs.tsv``. ``particle``
    (for ``ankündigen`` pass ``"an"``) is stripped from the infinitive; the forms returned are the
    separated ones (``kündige``), prepend the particle for the subordinate-clause form.
    """
    infinitive = infinitive.strip().lower()
    base = infinitive[len(particle) :] if particle and infinitive.startswith(particle) else infinitive
    forms = _konjunktiv1(base)
    for slot, form in _irregular_forms(base).items():
        if slot.startswith("konj1."):
            forms[slot.split(".", 1)[1]] = form
    return forms


def index_forms(rows: Iterable[Sequence[str]]) -> dict[str, list[VerbForm]]:
    """Group the forms of many rows by surface form; equal forms of one verb appear once per slot."""
    index: dict[str, list[VerbForm]] = {}
    for row in rows:
        for verb_form in verb_forms(row).values():
            bucket = index.setdefault(verb_form.form, [])
            if verb_form not in bucket:
                bucket.append(verb_form)
    return index


@functools.cache
def cue_verb_index() -> dict[str, list[VerbForm]]:
    """Every surface form of every verb in ``speech_verbs.tsv``: built once per process.

    Keys are lowercase; look up ``token.lower()``. A separated form (``teilte`` for ``mitteilen``)
    has ``particle="mit"``: the caller confirms the particle later in the clause.
    """
    return index_forms(lexicon.rows("speech_verbs.tsv"))
