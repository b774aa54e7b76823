"""Verb inflection from principal parts: the forms the cue stage looks up in news text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit import lexicon
from quotekit.inflection import VerbForm, cue_verb_index, index_forms, verb_forms

SAGEN = ("sagen", "sagt", "sagte", "gesagt", "Speech", "no")
SPRECHEN = ("sprechen", "spricht", "sprach", "gesprochen", "Speech", "yes")
MITTEILEN = ("mitteilen", "teilt mit", "teilte mit", "mitgeteilt", "Speech", "no")
BETONEN = ("betonen", "betont", "betonte", "betont", "Speech", "no")
HINZUFUEGEN = ("hinzufügen", "fügt hinzu", "fügte hinzu", "hinzugefügt", "Speech", "no")
ERKLAEREN = ("erklären", "erklärt", "erklärte", "erklärt", "Speech", "no")
SCHREIBEN = ("schreiben", "schreibt", "schrieb", "geschrieben", "Writing", "no")
WARNEN = ("warnen", "warnt", "warnte", "gewarnt", "Speech", "yes")


def surface(row) -> dict[str, str]:
    return {slot: form.form for slot, form in verb_forms(row).items()}


def test_sagen_weak_paradigm():
    forms = surface(SAGEN)
    assert forms["pres.1sg"] == "sage"
    assert forms["pres.2sg"] == "sagst"
    assert forms["pres.3sg"] == "sagt"
    assert forms["pres.pl"] == "sagen"
    assert forms["pres.2pl"] == "sagt"
    assert forms["pret.3sg"] == "sagte"
    assert forms["pret.pl"] == "sagten"
    assert [forms[f"konj1.{p}"] for p in ("1sg", "2sg", "pl", "2pl")] == ["sage", "sagest", "sagen", "saget"]
    assert forms["konj2.3sg"] == "sagte"  # weak verbs: Konjunktiv II = preterite
    assert forms["part2"] == "gesagt"
    assert forms["inf"] == "sagen"
    assert "zu_inf" not in forms  # "zu sagen" is two tokens; the infinitive entry covers it


def test_sprechen_strong_with_vowel_change():
    forms = surface(SPRECHEN)
    assert forms["pres.1sg"] == "spreche"
    assert forms["pres.2sg"] == "sprichst"
    assert forms["pres.3sg"] == "spricht"
    assert forms["pres.2pl"] == "sprecht"
    assert forms["pret.3sg"] == "sprach"
    assert forms["pret.pl"] == "sprachen"
    assert forms["konj1.3sg"] == "spreche"
    assert forms["konj2.3sg"] == "spräche"
    assert forms["konj2.pl"] == "sprächen"
    assert forms["part2"] == "gesprochen"


def test_mitteilen_separated_and_joined_forms():
    forms = verb_forms(MITTEILEN)
    separated = forms["pret.3sg"]
    assert (separated.form, separated.particle, separated.lemma) == ("teilte", "mit", "mitteilen")
    assert separated.separated and separated.finite
    joined = forms["pret.3sg.joined"]
    assert (joined.form, joined.particle) == ("mitteilte", None)
    assert forms["pres.3sg"].form == "teilt" and forms["pres.3sg.joined"].form == "mitteilt"
    assert forms["pret.pl"].form == "teilten" and forms["pret.pl.joined"].form == "mitteilten"
    assert forms["inf"].form == "mitteilen" and forms["inf"].particle is None
    assert forms["part2"].form == "mitgeteilt" and not forms["part2"].finite
    assert forms["zu_inf"].form == "mitzuteilen" and not forms["zu_inf"].finite
    assert forms["konj1.3sg"].form == "teile" and forms["konj1.3sg"].konjunktiv1
    assert forms["konj1.3sg.joined"].form == "mitteile"


def test_hinzufuegen_umlaut_stem_and_particle():
    forms = surface(HINZUFUEGEN)
    assert forms["pret.3sg"] == "fügte"
    assert forms["pret.3sg.joined"] == "hinzufügte"
    assert forms["zu_inf"] == "hinzuzufügen"
    assert forms["part2"] == "hinzugefügt"
    assert verb_forms(HINZUFUEGEN)["pres.3sg"].particle == "hinzu"


def test_betonen_and_erklaeren_participle_equals_present():
    assert surface(BETONEN)["part2"] == "betont" == surface(BETONEN)["pres.3sg"]
    erklaeren = surface(ERKLAEREN)
    assert erklaeren["pret.3sg"] == "erklärte"
    assert erklaeren["konj1.3sg"] == "erkläre"
    assert erklaeren["part2"] == "erklärt"


def test_schreiben_strong_konjunktiv():
    forms = surface(SCHREIBEN)
    assert forms["pret.3sg"] == "schrieb"
    assert forms["pret.2sg"] == "schriebst"
    assert forms["pret.pl"] == "schrieben"
    assert forms["konj2.3sg"] == "schriebe"  # ie takes no umlaut
    assert forms["konj1.3sg"] == "schreibe"


def test_warnen_epenthetic_e_not_needed_after_r():
    forms = surface(WARNEN)
    assert forms["pres.2pl"] == "warnt"
    assert forms["pret.3sg"] == "warnte"
    assert verb_forms(WARNEN)["inf"].reported is True


def test_epenthetic_e_and_stem_final_t():
    arbeiten = surface(("arbeiten", "arbeitet", "arbeitete", "gearbeitet"))
    assert arbeiten["pres.2sg"] == "arbeitest" and arbeiten["pres.2pl"] == "arbeitet"
    halten = surface(("halten", "hält", "hielt", "gehalten"))
    assert halten["pres.2sg"] == "hältst" and halten["pret.2sg"] == "hieltest"
    rechnen = surface(("rechnen", "rechnet", "rechnete", "gerechnet"))
    assert rechnen["pres.2pl"] == "rechnet"


def test_irregular_verbs_from_table():
    sein = surface(("sein", "ist", "war", "gewesen"))
    assert sein["pres.1sg"] == "bin" and sein["konj1.3sg"] == "sei" and sein["konj1.pl"] == "seien"
    assert sein["konj2.3sg"] == "wäre"
    haben = surface(("haben", "hat", "hatte", "gehabt"))
    assert haben["konj1.3sg"] == "habe" and haben["konj2.3sg"] == "hätte"
    koennen = surface(("können", "kann", "konnte", "gekonnt"))
    assert koennen["pres.1sg"] == "kann" and koennen["konj1.3sg"] == "könne" and koennen["konj2.3sg"] == "könnte"


def test_eln_ern_verbs():
    aeussern = surface(("äußern", "äußert", "äußerte", "geäußert"))
    assert aeussern["pres.1sg"] == "äußere"
    assert aeussern["konj1.3sg"] == "äußere"
    assert aeussern["konj1.pl"] == "äußern"


def test_index_groups_ambiguous_forms():
    index = index_forms([SAGEN, MITTEILEN])
    slots = {form.slot for form in index["sagen"]}
    assert {"inf", "pres.pl", "konj1.pl"} <= slots
    assert {form.lemma for form in index["teilte"]} == {"mitteilen"}
    assert all(isinstance(form, VerbForm) for forms in index.values() for form in forms)


def test_cue_verb_index_covers_lexicon_and_is_cached():
    index = cue_verb_index()
    assert cue_verb_index() is index
    for form in ("sagte", "erklärte", "betonte", "teilte", "mitteilte", "hinzufügte", "schrieb", "warnte",
                 "spräche", "sagen", "gesagt", "mitzuteilen", "kündigte", "angekündigt"):
        assert form in index, form
    assert any(f.particle == "an" and f.lemma == "ankündigen" for f in index["kündigte"])
    assert all(key == key.lower() for key in index)


def test_every_lexicon_row_expands_without_error():
    for row in lexicon.rows("speech_verbs.tsv"):
        forms = verb_forms(row)
        assert forms["inf"].form == row[0].lower()
        assert forms["part2"].form == row[3].lower().replace(" ", "")
        assert all(f.form and " " not in f.form for f in forms.values()), row


verb_rows = st.sampled_from(lexicon.rows("speech_verbs.tsv"))


@settings(max_examples=60, deadline=None)
@given(verb_rows)
def test_separable_verbs_have_both_forms_for_every_finite_slot(row):
    forms = verb_forms(row)
    separable = " " in row[1]
    for slot, form in forms.items():
        if form.finite and not slot.endswith(".joined"):
            assert (slot + ".joined" in forms) == separable
            if separable:
                # (a noun particle keeps its capital apart, "nahm … Stellung", but is lowercase joined)
                assert forms[slot + ".joined"].form == form.particle.lower() + form.form


@pytest.mark.parametrize("row", [SAGEN, SPRECHEN, MITTEILEN, SCHREIBEN])
def test_finite_flags(row):
    for slot, form in verb_forms(row).items():
        assert form.finite == (slot.split(".")[0] not in {"inf", "part2", "zu_inf"})
        assert form.konjunktiv1 == slot.startswith("konj1")


def test_irregular_forms_reach_inseparable_prefix_verbs():
    assert surface(("verstehen", "versteht", "verstand", "verstanden"))["konj2.3sg"] == "verstünde"
    assert surface(("bewerben", "bewirbt", "bewarb", "beworben"))["konj2.3sg"] == "bewürbe"
    vermoegen = surface(("vermögen", "vermag", "vermochte", "vermocht"))
    assert vermoegen["pres.1sg"] == "vermag" and vermoegen["konj2.3sg"] == "vermöchte"
    # a separable verb on top of an inseparable one: anerkennen = an + er + kennen
    assert surface(("anerkennen", "erkennt an", "erkannte an", "anerkannt"))["konj2.3sg.joined"] == "anerkennte"


def test_noun_particle_keeps_its_capital_apart():
    forms = verb_forms(("stellungnehmen", "nimmt Stellung", "nahm Stellung", "Stellung genommen", "Speech", "yes"))
    assert forms["pret.3sg"].form == "nahm" and forms["pret.3sg"].particle == "Stellung"
    assert forms["pret.3sg.joined"].form == "stellungnahm"
