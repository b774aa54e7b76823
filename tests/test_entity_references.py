"""Who a pronoun, a role noun or a generic noun (das Unternehmen, der Verein) refers back to: one
person, a group of people, or the named organisation of its kind. One table per shape of check;
each id names the rule. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from support import speaker_name


# (text, words of the quote, the speaker's name)
SPEAKERS = [
    # ----------------------------------------------------------------------- a pronoun or role noun means one person
    pytest.param(
        "Landrätin Ida Wendt und Bürgermeister Olaf Kranich besuchten am Morgen das Flutgebiet. "
        "„Wir lassen niemanden allein“, sagte sie.",
        "niemanden",
        "Ida Wendt",
        id="a singular pronoun still picks one of the pair",
    ),
    pytest.param(
        "Der FC Lindau trennte sich unentschieden von Tennstedt. In der 35. Minute gab es Gelb für Ole Brink. "
        "Da Tennstedt zuletzt siebenmal gewann, war Trainer Paul Weiland zufrieden: „Ein guter Start“, sagte er.",
        "guter Start",
        "Paul Weiland",
        id="a person named right before the quote is who er means",
    ),
    pytest.param(
        "Die Hochschule Lerbach hat einen neuen Präsidenten. Der Senat wählte am Mittwoch den Chemiker Olaf Renner. "
        "„Ich will die Hochschule sichtbarer machen“, sagte der neue Präsident.",
        "sichtbarer",
        "Olaf Renner",
        id="a role introduced by an indefinite phrase is the next person named",
    ),
    pytest.param(
        "Trainerin Doris Wenk lobte die Abwehr. „So müssen wir verteidigen“, sagte sie. "
        "Beste Werferin war Aufbauspielerin Nele Korff mit 24 Punkten. Die 21-Jährige sagte, sie habe sich nie so gut gefühlt.",
        "so gut gefühlt",
        "Nele Korff",
        id="an age describes the person just named",
    ),
    pytest.param(
        "Ingrid Hofbauer will Bürgermeisterin werden. Amtsinhaber Kurt Lenz reagierte gelassen. "
        "Die Kandidatin kündigte an, sie wolle die Verwaltung digitalisieren.",
        "digitalisieren",
        "Ingrid Hofbauer",
        id="a surname ending like a role noun is no role",
    ),
    pytest.param(
        "Der Händler Karl Omsen verkauft seit 30 Jahren Teppiche. Die Stadt will seinen Laden schließen. "
        "„Das ist mein Lebenswerk“, sagte der Händler.",
        "Lebenswerk",
        "Karl Omsen",
        id="a role noun that is also a company kind stays a person when a person has it",
    ),
    # ----------------------------------------------------------------------- a pronoun or generic noun means an organisation
    pytest.param(
        "Die Gewerkschaft hat zum Warnstreik aufgerufen. Die Stadtwerke nannten den Streik unverhältnismäßig. "
        "Sie erklärten, das Angebot liege seit Wochen auf dem Tisch.",
        "Angebot liege",
        "Stadtwerke",
        id="an organisation whose noun is plural takes a plural pronoun",
    ),
    pytest.param(
        "Das Klinikum Wendelstadt hat einen Aufnahmestopp verhängt. Grund sei die hohe Zahl an Grippefällen, "
        "teilte das Krankenhaus mit.",
        "Grippefällen",
        "Klinikum Wendelstadt",
        id="a generic noun means the organisation of its kind (Krankenhaus)",
    ),
    pytest.param(
        "Der Sportartikelhersteller Laufwerk und die Handelskette Mondkauf haben eine Partnerschaft vereinbart. "
        "Die Kette werde künftig Laufschuhe verkaufen, teilte der Hersteller mit.",
        "Laufschuhe",
        "Laufwerk",
        id="a generic noun means the organisation of its kind (Hersteller of two)",
    ),
    pytest.param(
        "Die Stadtwerke Ellerau erhöhen die Preise. „Wir geben nur weiter, was wir selbst zahlen“, "
        "teilte das Unternehmen mit.",
        "selbst zahlen",
        "Stadtwerke Ellerau",
        id="a generic noun means the organisation of its kind (Unternehmen)",
    ),
    pytest.param(
        "Das Ministerium entzog dem Hersteller Weidrum die Zulassung. Das Unternehmen erklärte, die Mängel seien behoben.",
        "Mängel",
        "Weidrum",
        id="a single name after a kind noun inside a sentence is the organisation",
    ),
    pytest.param(
        "Die Fischräucherei Petersen GmbH schließt ihre Filiale in Ahrwald. Kunden könnten weiter online "
        "bestellen, teilte das Unternehmen mit.",
        "online",
        "Fischräucherei Petersen GmbH",
        id="a company named with its legal form (GmbH)",
    ),
    pytest.param(
        "Die Reederei Holmberg & Söhne stellt den Fährbetrieb ein. Die Linie sei nicht wirtschaftlich, "
        "erklärte die Reederei.",
        "wirtschaftlich",
        "Reederei Holmberg & Söhne",
        id="a company named with its legal form (& Soehne)",
    ),
]


@pytest.mark.parametrize("text, fragment, expected", SPEAKERS)
def test_speaker(text: str, fragment: str, expected: str) -> None:
    assert speaker_name(text, fragment) == expected


# (text, words of the quote, words the speaker's name must all contain): a group, or a name
# that may carry more words than these
SPEAKER_CONTAINS = [
    pytest.param(
        "Landrätin Ida Wendt und Bürgermeister Olaf Kranich besuchten am Morgen das Flutgebiet. "
        "Sie versprachen schnelle Hilfe. „Niemand wird allein gelassen“, sagten sie.",
        "Niemand",
        ["Ida Wendt", "Olaf Kranich"],
        id="two people joined by und are the group of a plural pronoun",
    ),
    pytest.param(
        "Nach langem Streit haben sich Bürgermeisterin Hanne Vogl und Landrat Egon Strick auf einen Standort geeinigt. "
        "Beide Politiker stellten den Kompromiss am Donnerstag vor. „Alle haben nachgegeben“, sagten sie.",
        "nachgegeben",
        ["Hanne Vogl", "Egon Strick"],
        id="beide means the two people just named together",
    ),
    pytest.param(
        "Zwei Bürgerinitiativen klagen gegen die neue Umgehungsstraße. Die Richterin Anke Bolle wies die Klage ab. "
        "Die Initiativen kündigten Berufung an. „Wir geben nicht auf“, erklärten sie.",
        "geben nicht auf",
        ["Initiativen"],
        id="the plural of an organisation noun is a group",
    ),
    # the doctor, not the player Jonas Haller (a name with "Arzt" in it cannot be "Jonas Haller")
    pytest.param(
        "Der Verteidiger Jonas Haller stürzte im Training. Haller wurde am Mittwoch operiert. "
        "Der behandelnde Arzt Hallers äußerte sich optimistisch. Er sagte: „Er kann in drei Wochen wieder spielen.“",
        "drei Wochen",
        ["Arzt"],
        id="a role before a surname in the genitive is someone else",
    ),
]


@pytest.mark.parametrize("text, fragment, words", SPEAKER_CONTAINS)
def test_speaker_name_contains(text: str, fragment: str, words: list[str]) -> None:
    name = speaker_name(text, fragment)
    assert name is not None and all(word in name for word in words)


# (text, words of the quote, a word the speaker's name must not contain; no speaker is fine)
NOT_THIS_SPEAKER = [
    pytest.param(
        "Am Morgen traf die Delegation auf dem Marktplatz von Felsbach den Landrat Olaf Kranich und die Ärztin Ida Wendt. "
        "„Wir sind zufrieden“, sagten sie.",
        "zufrieden",
        "und",
        id="people not at the start of a sentence form no group",
    ),
    # Letting a former office leave a person open for any role linked "der Staatsanwalt" to the
    # son of a former ski star in a dev article: a wrong speaker is worse than an unnamed one.
    pytest.param(
        "Der Sohn des früheren Skistars Olaf Brenner ist tot aufgefunden worden. "
        "Der Staatsanwalt sagte, der Mann habe sich das Leben genommen.",
        "Leben genommen",
        "Brenner",
        id="a former office still blocks an unrelated role",
    ),
    pytest.param(
        "Im Dorf hat der Förderverein Unterschriften gesammelt. Der Verein erklärte, man mache weiter.",
        "mache weiter",
        "Unterschriften",
        id="a plural object after a kind noun is no organisation name",
    ),
]


@pytest.mark.parametrize("text, fragment, wrong", NOT_THIS_SPEAKER)
def test_not_this_speaker(text: str, fragment: str, wrong: str) -> None:
    name = speaker_name(text, fragment)
    assert name is None or wrong not in name
