"""A statement or document is nobody: its owner speaks.

"nach Angaben der Polizei", "in einer Mitteilung des Amtes", "nach Worten des Ministers": the
mention at the cue is the whole phrase (as the corpus annotates it), but the speaker a user
groups quotes by is the owner in the genitive or ``von``-phrase — and without an owner there is
no speaker entity at all (no "person" called "Bericht"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import quotekit
from quotekit import SpeakerKind


def _only(text: str, fragment: str) -> quotekit.Quote:
    quotes = [q for q in quotekit.extract(text) if fragment in q.text]
    assert quotes, f"no quote containing {fragment!r}"
    return min(quotes, key=lambda q: q.end - q.start)


@pytest.mark.parametrize(
    ("text", "fragment", "name", "kind"),
    [
        (
            "Das Landesamt für Umwelt hat vor Blaualgen gewarnt. „Kinder sollten nicht ins Wasser gehen“, "
            "hieß es in einer Mitteilung des Amtes.",
            "Kinder sollten",
            "Landesamt für Umwelt",
            SpeakerKind.ORGANISATION,
        ),
        (
            "Der Futtermittelhersteller Kornwerk Albig baut Stellen ab. Nach Angaben des Unternehmens "
            "sei der Absatz um ein Drittel eingebrochen.",
            "Absatz",
            "Kornwerk Albig",
            SpeakerKind.ORGANISATION,
        ),
        (
            "Bauminister Henrik Salewski besuchte die Baustelle. Nach Worten des Ministers sei der Zeitplan "
            "„nicht zu halten“.",
            "Zeitplan",
            "Henrik Salewski",
            SpeakerKind.PERSON,
        ),
        (
            "Die Feuerwehr war mit 40 Kräften im Einsatz. Laut einem Bericht der Feuerwehr wurde niemand verletzt.",
            "niemand verletzt",
            "Feuerwehr",
            SpeakerKind.ORGANISATION,
        ),
    ],
)
def test_a_statement_is_spoken_by_its_owner(text: str, fragment: str, name: str, kind: SpeakerKind) -> None:
    quote = _only(text, fragment)
    assert quote.mention is not None
    assert quote.speaker is not None and name in quote.speaker.name
    assert quote.speaker.kind is kind


def test_a_statement_without_owner_has_a_mention_but_no_speaker() -> None:
    quote = _only("Laut einem Bericht fiel der Strom in drei Stadtteilen für zwei Stunden aus.", "Strom")
    assert quote.mention is not None and "Bericht" in quote.mention.text
    assert quote.speaker is None


def test_a_surname_that_is_also_a_statement_noun_stays_a_person() -> None:
    quote = _only("Der Sprecher Peter Hoffnung sagte, man prüfe den Fall sorgfältig.", "prüfe")
    assert quote.speaker is not None and quote.speaker.name == "Peter Hoffnung"


def test_a_genitive_role_owner_is_named_in_the_nominative() -> None:
    quote = _only("Nach Meinung des Verkehrsexperten sei die Brücke „nicht mehr zu retten“.", "Brücke")
    assert quote.speaker is not None
    assert quote.speaker.name.endswith("Verkehrsexperte")


def test_the_partial_quote_in_the_report_keeps_the_statement_as_mention() -> None:
    text = "Nach Angaben der Wasserbehörde sei das Trinkwasser „vollkommen unbedenklich“ und werde täglich geprüft."
    partial = _only(text, "vollkommen")
    assert partial.mention is not None and "Angaben der Wasserbehörde" in partial.mention.text
    assert partial.speaker is not None and partial.speaker.kind is SpeakerKind.ORGANISATION
