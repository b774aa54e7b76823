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
        "Gegründet wurde die Firma von Lena Vogt und Amir Haddad. „Wir wollten etwas Eigenes schaffen“, sagen die Gründer.",
        "etwas Eigenes",
        "Lena Vogt und Amir Haddad",
        id="a definite plural role first named is the people just listed",
    ),
    pytest.param(
        "Den Preis gewannen Jana Ott, Lea Kurz und Nina Brandt. „Wir wollen weitermachen“, sagen die Mädchen.",
        "weitermachen",
        "Jana Ott, Lea Kurz und Nina Brandt",
        id="three people listed with commas are one group; a neuter noun after die is plural",
    ),
    pytest.param(
        "„Hier fahren alle zu schnell“, sagen Petra und Ömer Yıldız. Im Winter sei ein Kind fast überfahren worden, berichtet das Ehepaar.",
        "Kind fast",
        "Petra und Ömer Yıldız",
        id="das Ehepaar is the couple named before, a surname that is also a first name",
    ),
    pytest.param(
        "„Die Ampel fehlt seit Jahren“, sagen Petra und Ömer Yıldız, deren Sohn die Schule besucht.",
        "Ampel fehlt",
        "Petra und Ömer Yıldız",
        id="a name mention that lists two people is their group, a relative clause with deren is no apposition",
    ),
    pytest.param(
        "Die beiden Beamten, Polizeihauptmeister Uwe Brand und Polizeimeisterin Eva Sell, stellten die Täter. "
        "In der Tasche hätten sie Schmuck gefunden, berichteten sie.",
        "Schmuck gefunden",
        "Uwe Brand und Eva Sell",
        id="police ranks are roles between coordinated names",
    ),
    pytest.param(
        "Ein Anwohner, der seit Jahrzehnten hier wohnt, ist empört. „Das ist eine Zumutung“, sagte der Rentner.",
        "Zumutung",
        "Anwohner",
        id="der Rentner describes the unnamed man just introduced",
    ),
    pytest.param(
        "Institutsleiter Georg Lenz sprach von einem Warnsignal. Die Folgen seien kaum erforscht, sagte der Geologe.",
        "kaum erforscht",
        "Georg Lenz",
        id="an occupation by its epithet suffix refers to the person known under an office",
    ),
    pytest.param(
        "Vorsitzender Paul Kern begrüßte die Gäste. Geehrt wurde Otto Lamm, der den Verein lange führte und heute Ehrenvorsitzender ist. "
        "Paul Kern dankte ihm. Der Ehrenvorsitzende lobte die Jugend: „Die machen das besser als wir.“",
        "besser als wir",
        "Otto Lamm",
        id="a role at the end of a relative clause; an honorary office is not the office",
    ),
    pytest.param(
        "Rita Sanders klagt gegen ihre Nachbarin. Ihre Anwältin legte Fotos vor. Die Hecke sei genehmigt worden, sagte sie.",
        "Hecke sei",
        "Anwältin",
        id="a role after a possessive is someone else, a new unnamed person",
    ),
    pytest.param(
        "Seit Jahren betreiben Karin und Olaf Menke den Hofladen. „Wir bereuen nichts“, sagen die beiden.",
        "bereuen nichts",
        "Karin und Olaf Menke",
        id="die beiden standing alone is a mention of the pair",
    ),
    pytest.param(
        "Klägerin Edith Borg, eine pensionierte Ärztin, verlangt, dass ihre Nachbarin Vera Kühn die Tanne fällt. "
        "Jeden Herbst verstopften Nadeln die Rinne, klagte die 71-Jährige.",
        "verstopften Nadeln",
        "Edith Borg",
        id="an age phrase prefers the subject of the sentence before over a person named in it",
    ),
    pytest.param(
        "Angezeigt hatten den Fall Heike und Rolf Brunner. „Wir haben nachts Lastwagen gesehen. Dann kam der Gestank. "
        "Irgendwann wurde es uns zu viel“, sagen sie.",
        "Lastwagen gesehen",
        "Heike und Rolf Brunner",
        id="a plural pronoun closing a long quotation looks back from the quotation's start",
    ),
    pytest.param(
        "Der Kegelklub feiert sein Jubiläum. Vorsitzender Egon Pilz hält eine Rede. „Wir haben viel erlebt“, sagte der Vereinschef.",
        "viel erlebt",
        "Egon Pilz",
        id="a leading head without a field fits a fielded synonym (Vorsitzender, Vereinschef)",
    ),
    pytest.param(
        "Irma und Kurt Seiler schließen ihr Café. Die Gemeinde bedauert das.\n\nDie Seilers wollen nun reisen. "
        "Man freue sich auf freie Wochenenden, sagen sie.",
        "freie Wochenenden",
        "Irma und Kurt Seiler",
        id="an article and a surname in the plural are the family named before",
    ),
    pytest.param(
        "Das Landesministerium für Umwelt und Verkehr fördert den Radweg. Der Bau beginne im Mai, teilte das Ministerium mit.",
        "Bau beginne",
        "Landesministerium für Umwelt und Verkehr",
        id="a second field joined by und belongs to a für tail",
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
