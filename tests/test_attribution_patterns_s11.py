"""Regression tests for speaker attribution patterns of direct quotes fixed in session 11.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus). The assertion is
on the mention text: the words that name who speaks.
"""

from __future__ import annotations

import pytest

from support import mention_of

# --------------------------------------------------------------------------- extended attributes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tausende zogen durch die Stadt und der sich selbst gern als Retter der Stadt darstellende Unternehmer Jonas Kellermann "
            "rief vor den versammelten Anhängern aus: „Der Bürgermeister muss gehen!“",
            "der sich selbst gern als Retter der Stadt darstellende Unternehmer Jonas Kellermann",
        ),
        (
            "Die Menge rief Parolen und der wie ein Star gefeierte Sänger Jonas Kellermann sagte: „Ich komme wieder.“",
            "der wie ein Star gefeierte Sänger Jonas Kellermann",
        ),
    ],
)
def test_clause_word_inside_an_extended_participle_attribute_ends_no_subject(text: str, speaker: str) -> None:
    # "als" / "wie" open clauses, but inside "der … als Retter … darstellende X" they are part of the attribute
    assert mention_of(text, "„") == speaker
