"""Regression tests for the fifth round of direct-quote fixes, one parametrised test per pattern.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus).
"""

from __future__ import annotations

import pytest

from support import mention_of





# ------------------------------------------------- a source named between the report's cue and the quote


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "Die Anwältin Petra Kurz verlangt eine neue Anhörung, weil der Bescheid ihrer Auffassung nach "
            "auf „veralteten Zahlen“ beruhe.",
            "„veralteten Zahlen",
            "ihrer Auffassung",
        ),
        (
            "Laut dem Rechnungshof wurde das Projekt zu spät geplant, das nach Bewertung der Prüfer "
            "„deutlich zu teuer“ geworden sei.",
            "„deutlich zu teuer",
            "Bewertung der Prüfer",
        ),
        (
            "Der Neubau der Halle lohne sich nach Ansicht des Stadtrats wegen der Kosten, die durch die "
            "„veraltete Heizung“ entstünden.",
            "„veraltete Heizung",
            "Ansicht des Stadtrats",
        ),
    ],
)
def test_nearer_source_in_the_quotes_clause_speaks(text, quote_start, speaker):
    assert mention_of(text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        # no source between the cue and the quote: the report's speaker stays
        ("Die Ministerin erklärte, nach der Reform gebe es „mehr Geld für die Schulen“.", "„mehr Geld", "Die Ministerin"),
        ("Laut der Polizei sagte der Zeuge, der Fahrer sei „viel zu schnell“ gefahren.", "„viel zu schnell", "der Zeuge"),
    ],
)
def test_report_speaker_stays_without_a_nearer_source(text, quote_start, speaker):
    assert mention_of(text, quote_start) == speaker


# ------------------------------------------------------------- "seiner Ansicht nach" as the speaker phrase


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        (
            "Der Trainer Jens Hofer sah das Spiel von der Tribüne. Seiner Ansicht nach „hat die Mannschaft alles gegeben“.",
            "„hat die Mannschaft",
            "Seiner Ansicht",
        ),
        (
            "Die Ärztin Karin Lenz besuchte die Station. Ihrer Meinung nach „fehlt es an Personal und Zeit“.",
            "„fehlt es",
            "Ihrer Meinung",
        ),
    ],
)
def test_possessive_view_before_nach_is_the_speaker(text, quote_start, speaker):
    assert mention_of(text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "quote_start"),
    [
        # a demand, not a view: "nach" is its object
        ("Die Gewerkschaft erneuerte in Köln ihre Forderung nach „fairen Löhnen“ für alle.", "„fairen Löhnen"),
    ],
)
def test_demand_before_nach_names_no_speaker(text, quote_start):
    assert mention_of(text, quote_start) != "ihre Forderung"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Ministerin Petra Vogt sagte, laut Gesetz sei das „völlig unzulässig“.", id="laut Gesetz"),
        pytest.param("Ministerin Petra Vogt sagte, dem Plan zufolge sei das „völlig unzulässig“.", id="dem Plan zufolge"),
    ],
)
def test_a_thing_as_the_nearer_source_keeps_the_report_speaker(text: str) -> None:
    """A law or plan is no one whose words a quoted phrase could be: the report's speaker stays."""
    assert mention_of(text, "„völlig") == "Ministerin Petra Vogt"
