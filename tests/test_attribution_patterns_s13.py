"""Regression tests for speaker attribution patterns of direct quotes fixed in session 13.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus). The assertion is
on the mention text: the words that name who speaks.
"""

from __future__ import annotations

import pytest

import quotekit

from support import mention_of

# --------------------------------------------------------------------------- relative clauses of saying


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            # masculine "der" after a masculine antecedent is nominative: the pronoun is the subject
            "Am Montag erschien im Tageblatt ein Kommentar, der den Beschluss des Stadtrats als „kurzsichtige Sparpolitik“ bezeichnet.",
            "ein Kommentar",
        ),
        (
            # a plural phrase before a singular verb is no subject: "welche" is
            "Der Verband veröffentlichte eine Stellungnahme, welche die Gutachter als „schlecht beraten“ bezeichnete.",
            "eine Stellungnahme",
        ),
    ],
)
def test_text_whose_relative_pronoun_is_the_subject_of_saying_speaks(text: str, speaker: str) -> None:
    # the corpus marks the text (a comment, a statement) before the relative clause as the speaker
    assert mention_of(text, "„") == speaker


def test_masculine_relative_pronoun_before_an_article_is_the_subject():
    # "X, der die Pläne als „Irrweg“ bezeichnete": not "die Pläne", the pronoun speaks (marked as such)
    text = "Kritik kam vom Abgeordneten Jonas Keller, der die Pläne des Senats als „Irrweg“ bezeichnete."
    assert mention_of(text, "„") == "der"


def test_plural_verb_keeps_the_phrase_after_the_relative_pronoun_as_subject():
    # guard: with a plural verb the experts described the statement
    text = "Der Verband veröffentlichte eine Stellungnahme, welche die Gutachter als „schlecht beraten“ bezeichneten."
    assert mention_of(text, "„") == "die Gutachter"


# --------------------------------------------------------------------------- a speech act reported inside a report


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Der Sender berichtet, dass Bürgermeister Anton Gruber die Schüler gefragt habe, ob sie „wirklich alles verstanden“ hätten.",
            "Bürgermeister Anton Gruber",
        ),
        (
            "Die Zeitung meldet, dass die Ministerin den Plan als „völlig unausgegoren“ bezeichnet habe.",
            "die Ministerin",
        ),
        (
            # a surname given in full earlier names the person too
            "Gegen den Stadtrat Olaf Brink wird ermittelt. Das Blatt will wissen, dass Brink die Zeugin gefragt habe, "
            "ob sie „noch allein wohne“.",
            "Brink",
        ),
    ],
)
def test_quote_in_a_reported_speech_act_belongs_to_its_speaker(text: str, speaker: str) -> None:
    # "X berichtet, dass Y gefragt habe, ob „…“": the quoted words are Y's, not the reporter's
    assert mention_of(text, "„") == speaker


def test_pronoun_in_the_reported_clause_leaves_the_reporter():
    # guard: "Der Sprecher sagte, dass er … „…“ halte": the pronoun is the reporter himself
    text = "Der Sprecher sagte, dass er die Lage nach dem Unwetter für „sehr ernst“ halte."
    assert mention_of(text, "„") == "Der Sprecher"


# --------------------------------------------------------------------------- which statement: its place


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "So heißt es in der Meldung auf der Homepage des Vereins wörtlich: „Wir bedauern den Schritt sehr.“",
            "der Meldung auf der Homepage des Vereins",
        ),
        (
            "In der Mitteilung auf der Website der Stadtwerke heißt es: „Die Preise bleiben bis zum Sommer stabil.“",
            "der Mitteilung auf der Website der Stadtwerke",
        ),
    ],
)
def test_place_of_a_statement_belongs_to_the_source(text: str, speaker: str) -> None:
    # "in der Meldung auf der Homepage": the tail tells which statement speaks
    assert mention_of(text, "„") == speaker


def test_place_after_a_person_stays_an_occasion():
    # guard: only a statement noun takes the tail; a speaker "auf der Pressekonferenz" is an occasion
    text = "„Wir bedauern den Schritt sehr“, sagte der Vereinsvorsitzende auf der Pressekonferenz am Montag."
    assert mention_of(text, "„") == "der Vereinsvorsitzende"


# --------------------------------------------------------------------------- a count after a source


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bei dem Unglück kamen laut einem Bericht der Agentur Nordpress 120 Menschen ums Leben.", "einem Bericht der Agentur Nordpress"),
        ("An Bord der Fähre waren nach Behördenangaben 84 Passagiere.", "Behördenangaben"),
        ("In der Region leben nach Angaben des Landesamtes 12 Prozent der Menschen von der Landwirtschaft.", "Angaben des Landesamtes"),
    ],
)
def test_number_counting_what_follows_ends_the_source(text: str, speaker: str) -> None:
    # "laut X 120 Menschen": the number opens the clause's subject, no founding year of a club (Rot-Weiß 05)
    mentions = [q.mention.text for q in quotekit.extract(text) if q.mention is not None]
    assert mentions == [speaker]


# --------------------------------------------------------------------------- adjectives before "zufolge"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Bei dem Brand waren offiziellen italienischen Angaben zufolge etwa 40 Häuser zerstört worden.", "offiziellen italienischen Angaben"),
        ("Am Montag starben behördlichen Angaben zufolge zwei Bergsteiger am Gipfel.", "behördlichen Angaben"),
        ("Ursache dürfte ersten Ermittlungen zufolge ein defektes Kabel gewesen sein.", "ersten Ermittlungen"),
    ],
)
def test_adjectives_before_a_noun_without_article_belong_to_the_source(text: str, speaker: str) -> None:
    # "waren offiziellen Angaben zufolge": the adjectives stand between the verb and the noun
    mentions = [q.mention.text for q in quotekit.extract(text) if q.mention is not None]
    assert mentions == [speaker]


def test_verb_after_the_first_constituent_is_no_adjective_of_the_source():
    # guard: "Die Tickets kosten Angaben zufolge …": "kosten" ends like an adjective but is the verb
    text = "Die Eintrittskarten kosten Angaben zufolge rund 80 Euro."
    mentions = [q.mention.text for q in quotekit.extract(text) if q.mention is not None]
    assert mentions == ["Angaben"]


# --------------------------------------------------------------------------- which statement: its time


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Nach Angaben des Hafenamtes im Mai 2019 legten dort 900 Schiffe an.", "Angaben des Hafenamtes im Mai 2019"),
        ("Nach Planungen aus dem Jahr 2012 sollte die Brücke längst fertig sein.", "Planungen aus dem Jahr 2012"),
    ],
)
def test_time_of_a_statement_belongs_to_the_source(text: str, speaker: str) -> None:
    # "Angaben des Hafenamtes im Mai 2019": the time tells which statement, as the corpus marks it
    mentions = [q.mention.text for q in quotekit.extract(text) if q.mention is not None]
    assert mentions == [speaker]


def test_time_after_a_person_is_no_part_of_the_speaker():
    # guard: only a statement noun keeps its time
    text = "„Das Team hat bis zuletzt gekämpft“, sagte Trainer Jonas Wendt im Mai 2019 nach dem Finale."
    assert mention_of(text, "„") == "Trainer Jonas Wendt"
