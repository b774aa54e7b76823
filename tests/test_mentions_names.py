"""Names and roles inside speaker phrases, without a POS model. Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotekit

from support import quote_with


def test_an_occupation_word_after_a_first_name_is_the_surname() -> None:
    text = "Der Trainer des TSV Haldern, Jens Bauer, war enttäuscht. „Das war zu wenig“, sagte Bauer."
    quote = quote_with(text, "zu wenig")
    assert quote.speaker is not None and quote.speaker.name == "Jens Bauer"


def test_a_place_adjective_before_a_role_is_no_name() -> None:
    text = (
        "Sein Kollege Marco Fink lobte die Mannschaft. „Wir haben gekämpft“, sagte Fink. "
        "Der Haldener Coach sah das anders. „Das war zu wenig“, sagte er."
    )
    quote = quote_with(text, "zu wenig")
    assert quote.speaker is not None and "Fink" not in quote.speaker.name
    assert "Coach" in quote.speaker.name


def test_a_particle_between_subject_and_verb_keeps_the_subject() -> None:
    text = (
        "Die Sängerin Mara Lind sagte ihr Konzert ab. Ihre Managerin Ute Klee nannte gesundheitliche Gründe. "
        "Lind selbst schrieb im Internet, sie sei sehr traurig. Die Veranstalterin dagegen sagte, man erstatte alle Karten."
    )
    own = quote_with(text, "traurig")
    assert own.mention is not None and own.mention.text == "Lind"
    organiser = quote_with(text, "erstatte")
    assert organiser.mention is not None and organiser.mention.text == "Die Veranstalterin"


def test_the_auxiliary_search_stops_at_a_dash() -> None:
    quote = quote_with("Es sei ein guter Tag für die Stadt – so formulierte es der Bürgermeister Jens Ott.", "guter Tag")
    assert quote.mention is not None and "Jens Ott" in quote.mention.text


def test_a_full_name_in_the_apposition_beats_a_genitive_after_the_role() -> None:
    text = "Der Innenminister Valdoriens, Nicolas Keller, verteidigte den Einsatz. Er sagte, die Polizei habe richtig gehandelt."
    quote = quote_with(text, "richtig gehandelt")
    assert quote.speaker is not None and quote.speaker.name == "Nicolas Keller"


# (text, a fragment of the quote, the mention's words, the speaker's name): full names whose
# surname is also a function word, a title or a common word stay whole, before and after the verb
FULL_NAMES = [
    pytest.param(
        "Der Stadtrat stimmte am Abend ab. Katrin Weil sagte, die Entscheidung sei überfällig.",
        "überfällig", "Katrin Weil", "Katrin Weil",
        id="a conjunction as surname before the verb (Weil)",
    ),
    pytest.param(
        "Der Stadtrat stimmte am Abend ab. „Die Entscheidung ist überfällig“, sagte Katrin Weil.",
        "überfällig", "Katrin Weil", "Katrin Weil",
        id="a conjunction as surname after the verb (Weil)",
    ),
    pytest.param(
        "Der Stadtrat stimmte ab. „Das war knapp.“ Katrin Weil sagte, man habe lange beraten.",
        "lange beraten", "Katrin Weil", "Katrin Weil",
        id="a conjunction as surname after a quote at the sentence start",
    ),
    pytest.param(
        "Der Stadtrat stimmte ab. Jens Aber sagte, man habe lange beraten.",
        "lange beraten", "Jens Aber", "Jens Aber",
        id="a coordinator as surname is no particle between subject and verb (Aber)",
    ),
    pytest.param(
        "Der Stadtrat stimmte ab. „Das war knapp“, erklärte Uwe Noch am Abend.",
        "knapp", "Uwe Noch", "Uwe Noch",
        id="an adverb as surname (Noch)",
    ),
    pytest.param(
        "Der Stadtrat stimmte ab. „Das war knapp“, sagte Tom Richter.",
        "knapp", "Tom Richter", "Tom Richter",
        id="a title after a first name is the surname (Richter)",
    ),
    pytest.param(
        "Der Stadtrat stimmte ab. Peter Wolf sagte, die Entscheidung sei überfällig.",
        "überfällig", "Peter Wolf", "Peter Wolf",
        id="a first name as surname (Wolf)",
    ),
    pytest.param(
        "Der Stadtrat stimmte ab. Anna Lang erklärte, die Entscheidung sei überfällig.",
        "überfällig", "Anna Lang", "Anna Lang",
        id="an adjective as surname (Lang)",
    ),
    # ----------------------------------------------------------------------- name particles
    pytest.param(
        "Die Kommission tagte in Brüssel. Greta von der Heide sagte, der Haushalt sei solide.",
        "solide", "Greta von der Heide", "Greta von der Heide",
        id="von der inside a name before the verb",
    ),
    pytest.param(
        "Die Kommission tagte in Brüssel. „Der Haushalt ist solide“, sagte Greta von der Heide.",
        "solide", "Greta von der Heide", "Greta von der Heide",
        id="von der inside a name after the verb",
    ),
    pytest.param(
        "Der Verein stellte den Trainer vor. „Wir wollen oben mitspielen“, sagte Jan van den Bosch.",
        "oben mitspielen", "Jan van den Bosch", "Jan van den Bosch",
        id="van den inside a name",
    ),
    pytest.param(
        "Die Botschaft lud zum Empfang. Lucía de la Vega erklärte, man sei dankbar.",
        "dankbar", "Lucía de la Vega", "Lucía de la Vega",
        id="de la inside a name",
    ),
    pytest.param(
        "Das Ministerium in Amman äußerte sich. „Wir sind besorgt“, sagte Samir al-Khatib.",
        "besorgt", "Samir al-Khatib", "Samir al-Khatib",
        id="a surname behind a hyphenated particle (al-)",
    ),
    pytest.param(
        "Der Bundestag debattierte. Hans-Joachim Brenner sagte, das Gesetz komme zu spät.",
        "zu spät", "Hans-Joachim Brenner", "Hans-Joachim Brenner",
        id="a hyphenated first name",
    ),
    pytest.param(
        "Der Bundestag debattierte. Karl-Heinz zu Bernstein sagte, das Gesetz komme zu spät.",
        "zu spät", "Karl-Heinz zu Bernstein", "Karl-Heinz zu Bernstein",
        id="zu after a hyphenated first name",
    ),
    pytest.param(
        "Der Stadtrat tagte. „Wir prüfen das“, sagte Anna Keller von der Stadtverwaltung.",
        "prüfen", "Anna Keller von der Stadtverwaltung", "Anna Keller",
        id="von der before an organisation after a full name is no particle",
    ),
    pytest.param(
        "Der Stadtrat tagte. „Wir prüfen das“, sagte Lisa von der Polizei.",
        "prüfen", "Lisa von der Polizei", "Lisa",
        id="von der before an organisation noun is no particle",
    ),
    pytest.param(
        "Der Stadtrat tagte. „Wir prüfen das“, sagte Lisa von der Bürgerberatung.",
        "prüfen", "Lisa von der Bürgerberatung", "Lisa",
        id="von der before a common noun in -ung is no particle",
    ),
    # ----------------------------------------------------------------------- appositions
    pytest.param(
        "Die Zeitung zitierte einen Brief. Laut der Botschaft, die Moser verfasst haben soll, sei der Plan gescheitert.",
        "gescheitert", "der Botschaft", "Botschaft",
        id="an article before a bare name after a comma opens a relative clause",
    ),
]


@pytest.mark.parametrize("text, fragment, mention, name", FULL_NAMES)
def test_full_name(text: str, fragment: str, mention: str, name: str) -> None:
    quote = quote_with(text, fragment)
    assert quote.mention is not None and quote.mention.text == mention
    assert quote.speaker is not None and quote.speaker.name == name


# (text, the label's words, whether they are a headline label): one rule, shared by the scanner
# (`scanner.headline_label`, for the quote's speaker) and the mention stage (`mentions.label_at`)
LABELS = [
    pytest.param("Haushalt\n\nKämmerer: „Wir müssen sparen.“", "Kämmerer", True, id="a role noun before a colon at a line start"),
    pytest.param("Haushalt\n\nKämmerer zu den Schulden: „Wir müssen sparen.“", "Kämmerer", True, id="a role noun before a topic"),
    pytest.param("Haushalt\n\nGreta von der Heide: „Wir müssen sparen.“", "Greta von der Heide", True, id="a name with particles"),
    pytest.param("Der Kämmerer sagte am Montag: „Wir müssen sparen.“", "Der Kämmerer", False, id="a subject before its verb is no label"),
    pytest.param("Haushalt\n\nKämmerer und Bürgermeister beraten: Es wird gespart.", "Kämmerer", False, id="no colon after the words"),
]


@pytest.mark.parametrize("text, words, expected", LABELS)
def test_headline_label(text: str, words: str, expected: bool) -> None:
    from quotekit.api import annotate
    from quotekit.mentions import label_at

    ann = annotate(text)
    at = text.index(words)
    start, end = ann.token_at(at), ann.token_at(at + len(words) - 1) + 1
    assert label_at(ann, start, end) is expected
