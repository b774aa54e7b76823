"""Regression tests for speaker resolution rules added in session 15.

Every text is written for these tests in the style of German regional news (fictional people,
places and organisations); the pattern comes from the misses of our own resolution batches. The
assertion is on the resolved speaker's name: the organisation or person a reader would name, in
full.
"""

from __future__ import annotations

import pytest

from support import speaker_of

# (text, the quoted words, the speaker's name or words of it): one case per rule
NAMED = [
    pytest.param(
        "Die Kreishandwerkerschaft Moorland lobt die Initiative. Viele Betriebe suchen seit Jahren Lehrlinge. "
        "Es fehle vor allem an Bewerbern, teilte die Organisation mit.",
        "fehle vor allem",
        "Kreishandwerkerschaft Moorland",
        id="a kind noun is the organisation that was the subject two sentences before",
    ),
    pytest.param(
        "Das Studierendenwerk Talbrück erhöht die Preise in den Mensen. Die Kosten für Lebensmittel seien gestiegen, "
        "teilte die Einrichtung mit.",
        "Kosten für Lebensmittel",
        "Studierendenwerk Talbrück",
        id="die Einrichtung is a student service as well as an institute",
    ),
    pytest.param(
        "Nach zwei Jahren ist es vollbracht: Der Förderverein Sankt Georg Halmbach hat die Orgel restauriert. "
        "Man danke allen Spendern, teilte er mit.",
        "allen Spendern",
        "Förderverein Sankt Georg Halmbach",
        id="a saint's first name inside an organisation's name after a colon",
    ),
    pytest.param(
        "Das Amt für Umwelt und Naturschutz des Landkreises Hohenried hat Proben genommen. "
        "Die Werte lägen im grünen Bereich, teilte das Amt mit.",
        "grünen Bereich",
        "Amt für Umwelt und Naturschutz des Landkreises Hohenried",
        id="the genitive of a named territory is part of an organisation's name",
    ),
    pytest.param(
        "Der Zweckverband Abwasser im Landkreis Fernau erhöht die Gebühren. Die Kläranlage müsse saniert werden, "
        "teilte der Verband mit.",
        "Kläranlage müsse",
        "Zweckverband Abwasser im Landkreis Fernau",
        id="a territory after im is part of an organisation's name",
    ),
    pytest.param(
        "Die Stiftung Gemeinsinn zu Torfeld fördert zwölf Projekte. Man habe solide gewirtschaftet, teilte die Stiftung mit.",
        "solide gewirtschaftet",
        "Stiftung Gemeinsinn zu Torfeld",
        id="the old zu of a seat is part of an organisation's name",
    ),
    pytest.param(
        "Kritik übt das Institut für Bodenkunde der Technischen Universität Halmstedt. "
        "Die Böden seien ausgelaugt, teilte das Institut mit.",
        "Böden seien",
        "Institut für Bodenkunde der Technischen Universität Halmstedt",
        id="a parent body named with adjectives and its place",
    ),
    pytest.param(
        "Ein Unbekannter hat am Abend eine Tankstelle in Wolfsried überfallen. Er bedrohte eine Kassiererin mit einer Pistole. "
        "„Ich habe nur noch an meine Kinder gedacht“, sagte die 31-Jährige.",
        "meine Kinder",
        "Kassiererin",
        id="an occupation of the services introduces the unnamed person an age refers to",
    ),
    pytest.param(
        "Auf der Landstraße stießen zwei Autos zusammen. Eine Pendlerin wurde leicht verletzt. „Der Wagen kam direkt auf mich zu“, sagte die Frau.",
        "direkt auf mich",
        "Pendlerin",
        id="a commuter is a person noun die Frau refers to",
    ),
    pytest.param(
        "Ein Mitarbeiter der Werkstatt bemerkte den Rauch als Erster. „Dann ging alles ganz schnell“, sagte der Schlosser.",
        "ganz schnell",
        "Mitarbeiter der Werkstatt",
        id="a trade describes the unnamed worker just introduced",
    ),
    pytest.param(
        "Das Fahrradhaus Kranz hat neue Chefs: Ewald Kranz (66) hat das Geschäft an seine Söhne Malte Kranz (37) und "
        "Jannis Kranz (33) übergeben. Der Vater hatte den Laden 1985 eröffnet. „Damals wurde ich ausgelacht“, erzählte der Firmengründer.",
        "ausgelacht",
        "Ewald Kranz",
        id="sons named after a plural kinship noun leave der Vater to the elder",
    ),
    pytest.param(
        "Wegen der Hitze hat das Gesundheitsamt des Kreises Ostheide den Badesee gesperrt. Man prüfe das Wasser täglich, teilte das Amt mit.",
        "Wasser täglich",
        "Gesundheitsamt des Kreises Ostheide",
        id="a genitive tail with des goes with an organisation anywhere in the sentence",
    ),
    pytest.param(
        "Petra Kühn (CDU, 48) setzte sich gegen die bisherige Abgeordnete Ute Brandt (SPD, 61) durch. "
        "Brandt gratulierte ihrer Nachfolgerin noch am Abend. Der Bundestrend sei schuld, sagte die 61-Jährige.",
        "Bundestrend",
        "Ute Brandt",
        id="an age after the party in parentheses",
    ),
    pytest.param(
        "Nun übergibt das Ehepaar die Leitung an seine 38-jährige Tochter Nele Brandt. Die neue Chefin ist im Club aufgewachsen. "
        "„Ich habe unter den Tischen geschlafen“, sagte die 38-Jährige.",
        "unter den Tischen",
        "Nele Brandt",
        id="an age before the relation noun before a name",
    ),
    pytest.param(
        "Den Scheck nahm Vereinschefin Anna Roth entgegen.\n\nDie Stiftung Gemeinsinn war 1998 aus einem Nachlass hervorgegangen. "
        "Ihr Kapital liegt bei drei Millionen Euro. Man könne mehr ausschütten als im Vorjahr, erklärte sie.",
        "mehr ausschütten",
        "Stiftung Gemeinsinn",
        id="an organisation two sentences back stays the topic while no sentence since names a person",
    ),
    pytest.param(
        "Anke Rudolph leitet seit zwei Jahren die Tafel in Lohne. Die Stadt hat der Tafel die Räume gekündigt. "
        "Die Zahl der Bedürftigen steigt. Man wisse nicht, wohin, sagte sie.",
        "wohin",
        "Anke Rudolph",
        id="a person who was the paragraph's subject keeps the pronoun from an organisation two sentences back",
    ),
    pytest.param(
        "Die Galerie zeigt Arbeiten des Künstlerpaares Vera Lindgren und Jonas Brück. „Wir teilen uns ein Atelier“, "
        "sagte Lindgren. Ihr Mann ergänzte, man kritisiere sich gegenseitig schonungslos.",
        "schonungslos",
        "Jonas Brück",
        id="ihr Mann is the other one of the pair she was introduced with, of another surname",
    ),
    pytest.param(
        "Das gaben die Firma und die Wirtschaftsförderungsgesellschaft Landkreis Ostmoor am Donnerstag bekannt. "
        "Man habe viele Flächen gezeigt, berichtete die Gesellschaft.",
        "viele Flächen",
        "Wirtschaftsförderungsgesellschaft Landkreis Ostmoor",
        id="a territory without article after a kind noun names the organisation",
    ),
    pytest.param(
        "Bäckermeister Gerd Rabe (67) übergibt den Betrieb an seinen Sohn Jonas Rabe (34). Mutter Renate Rabe bleibt im Laden. "
        "„Ich will endlich an die Ostsee“, sagte Rabe senior.",
        "Ostsee",
        "Gerd Rabe",
        id="a surname followed by senior is the elder man of that name",
    ),
    pytest.param(
        "Unternehmenssprecher Arne Vogt räumte Lieferprobleme ein. Es fehlten Bauteile, sagte er. "
        "Man arbeite an einer Lösung, so der Sprecher.",
        "an einer Lösung",
        "Arne Vogt",
        id="Unternehmens- is no office prefix unter-",
    ),
]

# (text, the quoted words, a name the speaker must not have)
NOT_THEM = [
    pytest.param(
        "Bürgermeisterin Anna Kessler und Landrat Jens Wohl haben die Brücke eröffnet. Kessler durchschnitt das Band. "
        "Ihr Mann sagte, sie habe jahrelang für die Brücke gekämpft.",
        "jahrelang",
        "Jens Wohl",
        id="two people named together are no couple unless the text says so",
    ),
    pytest.param(
        "Gabriele Voss und ihr Sohn Tim Lorenz betreiben die Bäckerei. Voss steht um drei Uhr auf. Ihr Mann sagte, er helfe nur noch aus.",
        "helfe nur",
        "Tim Lorenz",
        id="a son named with his mother is not her husband",
    ),
    pytest.param(
        "Die Pfarrei St. Michael Oberried lädt zum Fest. „Alle sind willkommen“, sagte Pfarrerin Ute Lanz.",
        "willkommen",
        "Michael Oberried",
        id="a saint's name is no person",
    ),
    pytest.param(
        "Vermieter Karl Opitz will die Miete um ein Fünftel erhöhen. „Das kann ich mir nicht leisten“, sagte der Mieter.",
        "nicht leisten",
        "Karl Opitz",
        id="a noun derived from a prefixed verb is no compound: Vermieter is no Mieter",
    ),
]

# (text, the quoted words, the speaker's exact name): the tails and subjects the guards keep off
EXACTLY = [
    pytest.param(
        "Am Dienstag kontrollierte die Polizeiinspektion Wehrbach im Landkreis Lindau mehr als 200 Fahrzeuge. "
        "Man werde weiter kontrollieren, teilte die Polizei mit.",
        "weiter kontrollieren",
        "Polizeiinspektion Wehrbach",
        id="an adverbial after an inverted subject is no seat tail",
    ),
    pytest.param(
        "Im Mai überwies die Bürgerstiftung Talheim der Stadt Ostrach 5.000 Euro. „Wir helfen gern“, teilte die Stiftung mit.",
        "helfen gern",
        "Bürgerstiftung Talheim",
        id="a dative object after an inverted subject is no seat tail",
    ),
    pytest.param(
        "Am Montag schrieb das Bauamt Talheim der Gemeinde Ostrach einen Brief. Die Brücke sei marode, teilte das Amt mit.",
        "Brücke sei marode",
        "Bauamt Talheim",
        id="a dative der after a name is no parent body's genitive",
    ),
    pytest.param(
        "„Wir helfen gern“, versicherte die Bürgerstiftung Talheim der Gemeinde Ostrach.",
        "helfen gern",
        "Bürgerstiftung Talheim",
        id="a dative der after a named speaker after its verb is no genitive tail",
    ),
    pytest.param(
        "Landrat Peter Holm hat eine klare Forderung: Der Zweckverband Wasser müsse die Gebühren senken. „Die Bürger zahlen genug“, sagte er.",
        "zahlen genug",
        "Peter Holm",
        id="the subject after a colon is no candidate when the clause before it has a person as its subject",
    ),
    pytest.param(
        "Die Feuerwehr Kirchdorf hat einen Brand in einer Scheune gelöscht. Verletzt wurde niemand. "
        "Die Ursache sei unklar, teilte die Polizei mit.",
        "Ursache sei",
        "Polizei",
        id="an organisation whose name tells no kind is the kind noun's only from the sentence just before",
    ),
]


@pytest.mark.parametrize("text, quoted, name", NAMED)
def test_speaker_is_named(text: str, quoted: str, name: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and name == speaker.name


@pytest.mark.parametrize("text, quoted, name", EXACTLY)
def test_speaker_is_exactly(text: str, quoted: str, name: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize("text, quoted, wrong", NOT_THEM)
def test_speaker_is_someone_else(text: str, quoted: str, wrong: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is None or speaker.name != wrong


def test_saint_names_make_no_person() -> None:
    import quotekit

    result = quotekit.extract("In der Kirche St. Michael Oberried sang der Chor. „Es war bewegend“, sagte Pfarrerin Ute Lanz.")
    assert all("Michael" not in speaker.name for speaker in result.speakers)


def test_an_age_phrase_joins_no_one_of_another_age() -> None:
    import quotekit

    result = quotekit.extract(
        "Ehrenamtler Gustav Rehm organisiert die Blutspende seit 30 Jahren. Der 71-Jährige hat selbst oft gespendet. "
        "„Früher kamen mehr Leute“, sagte er. Erstspenderin Mia Lenz, 19, war nervös. „Ich habe Angst vor der Nadel“, sagte die Studentin."
    )
    mia = next(speaker for speaker in result.speakers if speaker.name == "Mia Lenz")
    assert all("71" not in mention.text for mention in mia.mentions)
