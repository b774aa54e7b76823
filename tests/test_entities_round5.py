"""Entity linking rules of the fifth session, each on sentences written for the test in the
pattern of a miss of a blind resolution batch: who a label, role phrase or name denotes."""

from __future__ import annotations

import pytest

import quotekit


def _speaker_name(text: str, quoted: str) -> str | None:
    quote = next(q for q in quotekit.extract(text) if quoted in q.text)
    return quote.speaker.name if quote.speaker else None


# (text, the quoted words, the expected speaker's name): one case per rule, the id names the rule
SPEAKERS = [
    pytest.param(
        "Ein Passant hatte den Rauch zuerst bemerkt. „Da stand plötzlich alles in Flammen“, erzählte der Mann später.",
        "in Flammen",
        "Passant",
        id="der Mann alone is the unnamed man just introduced",
    ),
    pytest.param(
        "Eine Kundin wartete seit dem Morgen vor der Bank. „Ich will nur mein Geld abheben“, klagte die Frau.",
        "Geld abheben",
        "Kundin",
        id="die Frau alone is the unnamed woman just introduced",
    ),
    pytest.param(
        "Kämmerin zum Haushalt: „Wir müssen sparen“\n\nBad Lindau. Die Stadt steckt in Schwierigkeiten. "
        "Kämmerin Gisela Haupt legte am Montag den Entwurf vor.",
        "sparen",
        "Gisela Haupt",
        id="a headline label before a topic preposition names the role",
    ),
    pytest.param(
        "Oppositionsführer: „Die Regierung hat versagt“\n\nIm Landtag wurde gestritten. "
        "Oppositionsführer Rainer Kolbe warf der Regierung Versäumnisse vor.",
        "versagt",
        "Rainer Kolbe",
        id="a headline label that is one role noun is one person",
    ),
    pytest.param(
        "Vereinschef zum Jubiläum: „Wir feiern ein Jahr lang“\n\nTannhausen. Der Turnverein wird hundert Jahre alt. "
        "Vereinsvorsitzender Bernd Auer stellte das Programm vor.",
        "ein Jahr lang",
        "Bernd Auer",
        id="same first part with another leading head is a synonym (Vereinschef, Vereinsvorsitzender)",
    ),
    pytest.param(
        "Die Kassenärztliche Vereinigung Nordmark (KVN) warnt vor Engpässen. „Es fehlen Hunderte Hausärzte“, erklärte die KVN.",
        "Hausärzte",
        "Kassenärztliche Vereinigung Nordmark",
        id="a capitalised adjective before the kind noun belongs to the name",
    ),
    pytest.param(
        "Trainer Jonas Pfeil (52) lobte die Abwehr. Kapitän Mario Lenz traf zweimal. „Das war eine reife Leistung“, sagte der 52-Jährige.",
        "reife Leistung",
        "Jonas Pfeil",
        id="an age in parentheses after a name is the age a later role phrase gives",
    ),
    pytest.param(
        "Der Anlagenbauer Torvik will Stellen streichen. Das gab die Torvik Anlagenbau AG am Freitag bekannt. "
        "„Die Lage ist ernst“, erklärte das Unternehmen.",
        "Lage ist ernst",
        "Torvik Anlagenbau AG",
        id="a legal name that starts with a known company's name is that company, AG a company",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "expected"), SPEAKERS)
def test_speaker(text: str, quoted: str, expected: str) -> None:
    assert _speaker_name(text, quoted) == expected


def test_wife_of_someone_is_not_the_woman_just_named() -> None:
    """``die Frau des Bürgermeisters`` is his wife, not the woman the text just introduced."""
    text = "Eine Kundin wartete vor der Bank. „Wir kommen jedes Jahr“, sagte die Frau des Bürgermeisters."
    assert _speaker_name(text, "jedes Jahr") != "Kundin"


def test_name_particle_zu_stays_in_a_headline_name() -> None:
    """``zu`` after a first name is a name particle, not a topic: the whole label is the name."""
    text = "Karl zu Hohenlohe: „Ich trete zurück“\n\nDer Fürst verkündete seinen Rückzug."
    quote = next(iter(quotekit.extract(text)))
    assert quote.mention is not None and quote.mention.text == "Karl zu Hohenlohe"
