"""The shipped word lists: every file loads, says what it is, and holds what the rules expect."""

from __future__ import annotations

from collections import Counter
from importlib import resources

import pytest

from quotekit import lexicon, vocabulary
from quotekit.model import Medium

DATA = resources.files("quotekit").joinpath("data", "de")
ALL_FILES = sorted(p.name for p in DATA.iterdir() if p.name.endswith((".txt", ".tsv")))

MEDIA = {m.value for m in Medium}

# file -> (number of columns, whether the first column is a unique key)
SCHEMA = {
    "speech_verbs.tsv": (6, True),
    "irregular_verbs.tsv": (3, False),
    "pronouns.tsv": (4, False),
    "role_nouns.tsv": (4, True),
    "organisation_nouns.tsv": (2, True),
    "first_names.tsv": (2, True),
    "determiners.tsv": (3, False),
    "cue_nouns.tsv": (2, True),
    "cue_particles.tsv": (4, True),
    "titles.txt": (1, True),
    "name_particles.txt": (1, True),
    "konjunktiv1.txt": (1, True),
    "konjunktiv2_substitutes.txt": (1, True),
}


OPTIONAL_COLUMNS = {"speech_verbs.tsv": 1, "organisation_nouns.tsv": 1}  # speaker column (subject|object); always-plural mark (pl)


def raw_lines(name: str) -> list[str]:
    return DATA.joinpath(name).read_text(encoding="utf-8").splitlines()


def test_all_schema_files_exist():
    missing = sorted(set(SCHEMA) - set(ALL_FILES))
    assert not missing


@pytest.mark.parametrize("name", ALL_FILES)
def test_file_parses_and_has_header(name):
    lines = raw_lines(name)
    assert lines and lines[0].startswith("#"), f"{name} must start with a '#' header"
    header = " ".join(line for line in lines if line.startswith("#")).lower()
    assert len(header) > 60, f"{name}: the header should say what the list is and where it came from"
    rows = lexicon.rows(name)
    assert rows, f"{name} has no entries"
    for row in rows:
        assert all(column for column in row), f"{name}: empty column in {row!r}"


@pytest.mark.parametrize("name", sorted(SCHEMA))
def test_schema_columns_and_keys(name):
    columns, unique_key = SCHEMA[name]
    rows = lexicon.rows(name)
    allowed = {columns, columns + OPTIONAL_COLUMNS.get(name, 0)}
    wrong = [row for row in rows if len(row) not in allowed]
    assert not wrong, f"{name}: rows without {columns} columns: {wrong[:5]}"
    if unique_key:
        keys = Counter(row[0].lower() for row in rows)
    else:
        keys = Counter(tuple(c.lower() for c in row) for row in rows)
    duplicates = [key for key, count in keys.items() if count > 1]
    assert not duplicates, f"{name}: duplicates {duplicates[:10]}"
    header = " ".join(line for line in raw_lines(name) if line.startswith("#")).lower()
    assert "source" in header
    if columns > 1:
        assert "columns" in header


def test_speech_verbs_columns_are_valid():
    rows = lexicon.rows("speech_verbs.tsv")
    assert len(rows) >= 150
    for infinitive, present, preterite, participle, medium, reported, *speaker in rows:
        assert medium in MEDIA, (infinitive, medium)
        assert reported in {"yes", "no"}, (infinitive, reported)
        assert speaker in ([], ["subject"], ["object"]), (infinitive, speaker)
        assert infinitive == infinitive.lower() and infinitive.endswith("n"), infinitive
        if " " in present:  # separable: the particle starts the infinitive and the participle
            particle = present.split()[-1]  # (a noun particle is capitalised: nimmt Stellung)
            assert infinitive.startswith(particle.lower()), infinitive
            assert participle.startswith(particle), participle
            assert preterite.split()[-1] == particle, preterite


def test_speech_verbs_spot_checks():
    verbs = {row[0]: row[1:] for row in lexicon.rows("speech_verbs.tsv")}
    assert verbs["sagen"] == ("sagt", "sagte", "gesagt", "Speech", "no")
    assert verbs["mitteilen"][:3] == ("teilt mit", "teilte mit", "mitgeteilt")
    assert verbs["hinzufügen"][:3] == ("fügt hinzu", "fügte hinzu", "hinzugefügt")
    assert verbs["schreiben"][3] == "Writing"
    for thinking in ("glauben", "hoffen", "befürchten", "vermuten", "meinen"):
        assert thinking in verbs
    for reported in ("kritisieren", "fordern", "ankündigen", "warnen", "bestätigen", "dementieren"):
        assert verbs[reported][4] == "yes", reported
    assert verbs["glauben"][3] == "ST"


def test_pronouns_cover_both_readings_of_sie():
    readings = {(g, n) for form, g, n, p in lexicon.rows("pronouns.tsv") if form == "sie"}
    assert {("f", "sg"), ("-", "pl")} <= readings
    forms = {row[0] for row in lexicon.rows("pronouns.tsv")}
    assert {"er", "es", "ihm", "ihn", "ihr", "wir", "ich", "man"} <= forms
    for form, gender, number, person in lexicon.rows("pronouns.tsv"):
        assert gender in {"m", "f", "n", "-"} and number in {"sg", "pl"} and person in {"1", "2", "3"}


def test_role_nouns_spot_checks():
    table = {row[0].lower(): row[1:] for row in lexicon.rows("role_nouns.tsv")}
    assert len(table) >= 300
    for noun in ("sprecher", "minister", "präsident", "kanzler", "chef", "leiter", "direktor", "bürgermeister",
                 "experte", "forscher", "wissenschaftler", "anwalt", "richter", "trainer", "spieler", "autor",
                 "journalist", "augenzeuge", "bewohner", "nachbar", "vater", "mutter", "opfer", "politiker"):
        assert noun in table, noun
    assert table["sprecherin"] == ("f", "person", "sg")
    assert table["ministerin"][0] == "f" and table["kanzlerin"][0] == "f"
    assert table["vorsitzender"][0] == "m" and table["vorsitzenden"][2] == "pl"
    assert table["abgeordnete"][0] == "-"
    assert table["ermittler"][0] == "m" and table["experten"][2] == "pl" and table["demonstranten"][2] == "pl"
    for gender, kind, number in table.values():
        assert (kind == "person" and gender in {"m", "f", "n", "-"} and number in {"sg", "pl"}) or (kind, gender, number) == ("thing", "-", "-")


@pytest.mark.parametrize("thing", ["Fahrzeuge", "Nutzfahrzeugen", "Sekunden", "Wasserwerfer"])
def test_compounds_listed_as_things_are_no_roles(thing):
    assert vocabulary.role_noun(thing) is None


@pytest.mark.parametrize("role, key", [("Augenzeugen", "augenzeugen"), ("Zeuge", "zeuge"), ("Stammkunden", "kunden")])
def test_thing_entries_leave_real_roles_alone(role, key):
    assert vocabulary.role_noun(role).key == key


def test_every_role_synonym_is_a_role_noun():
    """A synonym the lexicon does not know as a role is read as a name (``Die Veterinärin``),
    so the synonym could never link it."""
    unknown = [word for row in lexicon.rows("role_synonyms.tsv") for word in row if vocabulary.role_noun(word[:1].upper() + word[1:]) is None]
    assert unknown == []


def test_organisation_nouns_spot_checks():
    table = {row[0].lower(): row[1] for row in lexicon.rows("organisation_nouns.tsv") if "thing" not in row[2:]}
    expected = {"ministerium": "n", "regierung": "f", "behörde": "f", "polizei": "f", "verband": "m",
                "partei": "f", "gericht": "n", "unternehmen": "n", "konzern": "m", "agentur": "f", "amt": "n",
                "kommission": "f", "rat": "m", "staatsanwaltschaft": "f", "gewerkschaft": "f", "armee": "f"}
    for noun, gender in expected.items():
        assert table[noun] == gender, noun
    assert set(table.values()) <= {"m", "f", "n"}


@pytest.mark.parametrize("word", ["Geschäftsbetrieb", "Spielbetrieb"])
def test_activity_compounds_are_no_organisation(word):
    assert vocabulary.organisation_noun(word) is None and vocabulary.organisation_noun("Familienbetrieb") is not None


def test_first_names():
    table = {row[0]: row[1] for row in lexicon.rows("first_names.tsv")}
    assert len(table) >= 2000
    assert set(table.values()) <= {"m", "f", "u"}
    assert table["Sergej"] == "m" and table["Wladimir"] == "m" and table["Angela"] == "f"
    assert table["Andrea"] == "u" and table["Mehmet"] == "m" and table["Fatima"] == "f"
    assert all(name[:1].isupper() for name in table)


def test_small_lists_spot_checks():
    assert {"Dr.", "Prof.", "Herr", "Frau", "Sir"} <= lexicon.words("titles.txt")
    assert {"von", "van", "de", "al", "bin"} <= lexicon.words("name_particles.txt")
    determiners = {(row[0], row[1], row[2]) for row in lexicon.rows("determiners.tsv")}
    assert {("der", "m", "sg"), ("die", "f", "sg"), ("die", "-", "pl"), ("das", "n", "sg"), ("eine", "f", "sg")} <= determiners
    nouns = lexicon.table("cue_nouns.tsv")
    for noun in ("Erklärung", "Angaben", "Mitteilung", "Aussage", "Aussagen", "Worte", "Ansicht", "Meinung",
                 "Auffassung", "Einschätzung", "Bericht", "Interview", "Pressemitteilung", "Stellungnahme"):
        assert nouns[noun][0] in MEDIA, noun
    particles = lexicon.table("cue_particles.tsv")
    assert particles["laut"][0] == "pre" and particles["zufolge"][0] == "post" and particles["so"][0] == "pre"
    assert particles["nach Ansicht"][1] == "ST"
    assert particles["nach Angaben"][2] == "noun" and particles["laut"][2] == "after"
    for position, medium, speaker in particles.values():
        assert position in {"pre", "post", "either"} and medium in MEDIA and speaker in {"noun", "after", "subject"}


def test_konjunktiv_lists():
    konj1 = lexicon.words("konjunktiv1.txt")
    assert len(konj1) >= 500
    for form in ("sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse",
                 "gebe", "gehe", "komme", "stehe", "liege", "bleibe", "sage", "ankündige"):
        assert form in konj1, form
    for indicative_or_other in ("sagt", "sind", "ist", "meine", "eine", "bitte", "sagen"):
        assert indicative_or_other not in konj1
    konj2 = lexicon.words("konjunktiv2_substitutes.txt")
    assert {"würde", "würden", "hätte", "hätten", "wäre", "wären", "könnte"} <= konj2
    assert not konj1 & konj2
