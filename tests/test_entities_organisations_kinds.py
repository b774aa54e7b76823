"""Generic nouns that refer back to a named organisation of their kind. Sentences written for these tests."""

from __future__ import annotations

import pytest

import quotekit


def _speaker_of(text: str, fragment: str) -> str | None:
    quote = next(q for q in quotekit.extract(text) if fragment in q.text)
    return quote.speaker.name if quote.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Das Klinikum Wendelstadt hat einen Aufnahmestopp verhängt. Grund sei die hohe Zahl an Grippefällen, "
            "teilte das Krankenhaus mit.",
            "Grippefällen",
            "Klinikum Wendelstadt",
        ),
        (
            "Der Sportartikelhersteller Laufwerk und die Handelskette Mondkauf haben eine Partnerschaft vereinbart. "
            "Die Kette werde künftig Laufschuhe verkaufen, teilte der Hersteller mit.",
            "Laufschuhe",
            "Laufwerk",
        ),
        (
            "Die Stadtwerke Ellerau erhöhen die Preise. „Wir geben nur weiter, was wir selbst zahlen“, "
            "teilte das Unternehmen mit.",
            "selbst zahlen",
            "Stadtwerke Ellerau",
        ),
    ],
)
def test_a_generic_noun_means_the_organisation_of_its_kind(text: str, fragment: str, expected: str) -> None:
    assert _speaker_of(text, fragment) == expected


def test_a_role_noun_that_is_also_a_company_kind_stays_a_person_when_a_person_has_it() -> None:
    text = (
        "Der Händler Karl Omsen verkauft seit 30 Jahren Teppiche. Die Stadt will seinen Laden schließen. "
        "„Das ist mein Lebenswerk“, sagte der Händler."
    )
    assert _speaker_of(text, "Lebenswerk") == "Karl Omsen"


def test_a_single_name_after_a_kind_noun_inside_a_sentence_is_the_organisation() -> None:
    text = "Das Ministerium entzog dem Hersteller Weidrum die Zulassung. Das Unternehmen erklärte, die Mängel seien behoben."
    assert _speaker_of(text, "Mängel") == "Weidrum"


def test_a_plural_object_after_a_kind_noun_is_no_organisation_name() -> None:
    text = "Im Dorf hat der Förderverein Unterschriften gesammelt. Der Verein erklärte, man mache weiter."
    assert _speaker_of(text, "mache weiter") != "Unterschriften"


@pytest.mark.parametrize(
    ("text", "fragment", "expected"),
    [
        (
            "Die Fischräucherei Petersen GmbH schließt ihre Filiale in Ahrwald. Kunden könnten weiter online "
            "bestellen, teilte das Unternehmen mit.",
            "online",
            "Fischräucherei Petersen GmbH",
        ),
        (
            "Die Reederei Holmberg & Söhne stellt den Fährbetrieb ein. Die Linie sei nicht wirtschaftlich, "
            "erklärte die Reederei.",
            "wirtschaftlich",
            "Reederei Holmberg & Söhne",
        ),
    ],
)
def test_a_company_named_with_its_legal_form(text: str, fragment: str, expected: str) -> None:
    assert _speaker_of(text, fragment) == expected
