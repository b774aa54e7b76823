"""Regression tests for speaker attribution patterns of direct quotes fixed in session 14.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus). The assertion is
on the mention text: the words that name who speaks.
"""

from __future__ import annotations

import pytest

from support import mention_of, no_speaker

# --------------------------------------------------------------------------- an opinion noun before a Konjunktiv clause


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Anwohner sind der Meinung, die Brücke sei „nicht mehr sicher“.", "Die Anwohner"),
        ("Der Elternbeirat ist der Ansicht, die Schule habe „viel zu spät reagiert“.", "Der Elternbeirat"),
    ],
)
def test_opinion_noun_before_a_konjunktiv_clause_opened_by_an_article(text: str, speaker: str) -> None:
    # "der Meinung, die Brücke sei …": "die" is the article of the clause's subject, no relative pronoun
    assert mention_of(text, "„") == speaker


def test_one_word_before_the_verb_is_no_holder_of_the_opinion():
    # "Ursprünglich war das Landgericht der Auffassung": the phrase after the verb holds the view
    text = "Ursprünglich war das Landgericht der Auffassung, die Sendung verletze „geltendes Recht“."
    assert mention_of(text, "„") == "das Landgericht"


def test_relative_clause_after_an_opinion_noun_stays_no_report():
    # guard: "die Meinung, die der Vorsitzende vertrat": a relative clause (lowercase article after "die")
    text = "Die Meinung, die der Vorsitzende vertrat, sei „kaum haltbar“, sagte Lena Brandt."
    assert mention_of(text, "„") == "Lena Brandt"


def test_konjunktiv_sentence_with_a_noun_goes_on_with_the_report():
    # guard: "Sie mache … keinen Vorwurf, das System sei …": the sentence is reported as a whole
    text = "„Wir haben stundenlang gewartet“, sagte die Tochter. Sie mache dem Personal keinen Vorwurf, das System sei „einfach kaputt“."
    assert mention_of(text, "„einfach") == "die Tochter"


# --------------------------------------------------------------------------- a share of a survey


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Zwar sind 58 Prozent der Befragten mit dem Angebot zufrieden, 31 Prozent sind jedoch der Meinung, "
            "dass der Bus „viel zu selten“ fährt.",
            "31 Prozent",
        ),
        ("18 Prozent teilen die Ansicht, der Stadtpark sei „nicht mehr sicher“.", "18 Prozent"),
        ("Rund 40 Prozent der Befragten sagten, der Eintritt sei „viel zu teuer“.", "Rund 40 Prozent der Befragten"),
    ],
)
def test_share_of_a_survey_speaks(text: str, speaker: str) -> None:
    # the corpus marks the share ("37 Prozent") as the speaker of what it thinks
    assert mention_of(text, "„") == speaker


def test_share_of_a_thing_is_no_speaker():
    # guard: "40 Prozent des Umsatzes": a share of a thing, and the pronoun after the quote speaks
    text = "„40 Prozent des Umsatzes sind weg“, sagte er. 40 Prozent des Umsatzes gingen verloren."
    assert mention_of(text, "„") == "er"


# --------------------------------------------------------------------------- a name after a noun and "von"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("So heißt es in der Mitteilung auf der Homepage von „nordwind energie“ wörtlich: „Wir wachsen weiter.“", "„nordwind"),
        (
            "Ursprünglich war das Landgericht der Auffassung, das Einblenden des Logos in die von „infra daten“ erstellten "
            "Hochrechnungen verletze die Regeln.",
            "„infra",
        ),
    ],
)
def test_quoted_owner_after_a_noun_and_von_is_a_name(text: str, quoted: str) -> None:
    # "die Homepage von „…“", "die von „…“ erstellten Zahlen": a lowercase name, nobody's words
    assert no_speaker(text, quoted)


def test_quote_after_a_verb_and_von_stays_speech():
    # guard: "sprach von „…“" reports the speaker's words
    assert mention_of("Die Gewerkschaft sprach von „schamloser Erpressung“.", "„") == "Die Gewerkschaft"
