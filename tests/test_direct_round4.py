"""Regression tests for the fourth round of direct-quote fixes, one parametrised test per pattern.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus or the seeds).
"""

from __future__ import annotations

import pytest

import quotekit


def direct_quotes(text: str) -> list[quotekit.Quote]:
    return [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]


def mention_of(text: str, quote_start: str) -> str | None:
    """The mention text of the direct quote whose text starts with ``quote_start``."""
    for quote in direct_quotes(text):
        if quote.text.startswith(quote_start):
            return quote.mention.text if quote.mention is not None else None
    raise AssertionError(f"no direct quote starting with {quote_start!r} in {direct_quotes(text)}")


def no_speaker(text: str, quote_start: str) -> bool:
    """True when the quote starting with ``quote_start`` has no speaker (or was left out as a term)."""
    return all(q.mention is None for q in direct_quotes(text) if q.text.startswith(quote_start))


# --------------------------------------------------------------------------- a word judged "als „X“"


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        ("Der Gewerkschaftschef Peter Hahn wertete das Angebot als „Provokation“.", "„Provokation", "Der Gewerkschaftschef Peter Hahn"),
        ("Die Ministerin wies den Vorwurf als „Unsinn“ zurück.", "„Unsinn", "Die Ministerin"),
        ("Der Bürgermeister hat den Entwurf als „Zumutung“ bezeichnet.", "„Zumutung", "Der Bürgermeister"),
        ("Der Mieterbund sieht den Entwurf als „Rückschritt“ für die Städte.", "„Rückschritt", "Der Mieterbund"),
    ],
)
def test_quoted_word_judged_with_als_is_the_judges(text, quote_start, speaker):
    assert mention_of(text, quote_start) == speaker


@pytest.mark.parametrize(
    ("text", "quote_start"),
    [
        ("Der Vorfall wurde landesweit als „Brückenstreit“ bekannt.", "„Brückenstreit"),
        ("Die Zeitung lobte eine „Geste“ des Trainers.", "„Geste"),
    ],
)
def test_quoted_word_after_other_verbs_stays_a_term(text, quote_start):
    assert no_speaker(text, quote_start)


# --------------------------------------------------------------------------- the agent of a passive cue


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        ("Der Plan wurde gestern von der Ministerin als „unausgegoren“ kritisiert.", "„unausgegoren", "der Ministerin"),
        ("Wie von der Polizei mitgeteilt wurde, gab es „keine Verletzten“ bei dem Einsatz.", "„keine Verletzten", "der Polizei"),
    ],
)
def test_agent_of_a_passive_cue_speaks(text, quote_start, speaker):
    assert mention_of(text, quote_start) == speaker


def test_von_phrase_before_the_passive_auxiliary_is_no_agent():
    text = "Die Zahl von Opfern wurde als „erschreckend hoch“ bezeichnet."
    assert no_speaker(text, "„erschreckend")


# --------------------------------------------------------------------------- coordinated verbs after a leading clause


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Als ein Fahrgast helfen wollte, schlug der Fahrer um sich und rief: „Lasst mich raus!“", "der Fahrer"),
        ("Nachdem die Polizei eintraf, beruhigte sich die Frau und sagte: „Es tut mir leid.“", "die Frau"),
    ],
)
def test_subordinator_opening_the_sentence_is_no_speaker(text, speaker):
    assert mention_of(text, "„") == speaker


# --------------------------------------------------------------------------- a relative pronoun as the speaker


@pytest.mark.parametrize(
    ("text", "quote_start", "speaker"),
    [
        ("Die Pläne kritisierte der Abgeordnete Karl Ost, der den Entwurf als „Irrweg“ bezeichnete.", "„Irrweg", "der"),
        ("Vor dem Rathaus standen Hunderte Demonstranten, die immer wieder riefen: „Wir bleiben hier!“", "„Wir bleiben", "die"),
    ],
)
def test_relative_pronoun_of_a_speaking_antecedent_speaks(text, quote_start, speaker):
    assert mention_of(text, quote_start) == speaker


def test_relative_pronoun_resolves_to_its_antecedent():
    text = "Die Pläne kritisierte der Abgeordnete Karl Ost, der den Entwurf als „Irrweg“ bezeichnete."
    (quote,) = direct_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Karl Ost"


def test_relative_pronoun_of_a_thing_is_no_speaker():
    text = "Der Verband schickte eine Nachricht, die nur aus einem Satz bestand: „Wir bleiben hier!“"
    assert mention_of(text, "„Wir bleiben") != "die"
