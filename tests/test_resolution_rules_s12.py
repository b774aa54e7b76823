"""Regression tests for speaker resolution rules added in session 12.

Every text is written for these tests in the style of German regional news (fictional people,
places and organisations); the pattern comes from the misses of our own resolution batches. The
assertion is on the resolved speaker's name: the person or organisation a reader would name.
"""

from __future__ import annotations

import pytest

import quotekit
from quotekit import SpeakerKind

from support import speaker_of


# (text, the quoted words, the person's or organisation's name): one case per rule
NAMED = [
    pytest.param(
        "Der Präsident des Landesverbandes der Obstbauern, Konrad Weiher, nannte die Ernte enttäuschend. "
        "Viele Betriebe stünden vor dem Aus, sagte der Verbandschef.",
        "Betriebe stünden",
        "Konrad Weiher",
        id="a role with the organisation's genitive is the compound a later mention uses",
    ),
    pytest.param(
        "Der Regionalsender Welle Nord stellt sein Abendprogramm um. Intendantin Margit Olsen begründete den Schritt mit "
        "den Quoten. „Am Abend hört kaum noch jemand zu“, sagte die Senderchefin.",
        "kaum noch jemand",
        "Margit Olsen",
        id="the head of a broadcaster is its Intendantin",
    ),
    pytest.param(
        "Die Sängerin will gegen das Urteil vorgehen, vertreten von ihrem Anwalt Tobias Rehm. "
        "Die Aufnahme sei rechtmäßig entstanden, erklärte der Urheberrechtler.",
        "rechtmäßig entstanden",
        "Tobias Rehm",
        id="a -rechtler describes the lawyer named before",
    ),
    pytest.param(
        "Gegen das Verbot protestiert die Schülervertretung. Schülersprecher Jonas Peters, 17, sprach von Bevormundung. "
        "„Man traut uns nichts zu“, sagte der Zwölftklässler.",
        "traut uns",
        "Jonas Peters",
        id="a -klässler describes the pupil named before",
    ),
    pytest.param(
        "Der Regionalligist FC Ostrau hat seinen Trainer entlassen. Sportchef Malte Behring teilte es der Mannschaft mit. "
        "„Wir mussten handeln“, sagte der Sportliche Leiter.",
        "mussten handeln",
        "Malte Behring",
        id="a title adjective makes a field compound: der Sportliche Leiter is the Sportchef",
    ),
    pytest.param(
        "Der Leiter des Polizeipräsidiums, Uwe Stark, zog Bilanz. Innenminister Paul Berg lobte die Beamten. "
        "„Die Zahl der Einbrüche sinkt“, sagte der Polizeichef.",
        "Einbrüche sinkt",
        "Uwe Stark",
        id="the compound of a genitive role names no field that keeps another chef title away",
    ),
    pytest.param(
        "Felix Brand hat die Rallye gewonnen. Der 27-Jährige siegte mit seinem Beifahrer Jonas Vogt. „Das ist unbeschreiblich“, "
        "sagte Brand. Sein Co-Pilot war ebenfalls überwältigt. »Ich habe fast die Stimme verloren«, sagte der 31-Jährige.",
        "Stimme verloren",
        "Jonas Vogt",
        id="a rally Co-Pilot is the Beifahrer",
    ),
    pytest.param(
        "Der FC Lindental hat sich von Trainer Mirko Kass getrennt. Der Verein nannte sportliche Gründe. Kass reagierte "
        "enttäuscht. Kapitän Luca Brenner nahm das Team in die Pflicht. Man habe ihm zu wenig Zeit gegeben, sagte der Fußballlehrer.",
        "zu wenig Zeit",
        "Mirko Kass",
        id="a Fußballlehrer is the Trainer",
    ),
    pytest.param(
        "Betriebsratsvorsitzende Gabi Nowitz sorgt sich um die Stellen. Werksleiter Peter Sand sprach von einer Krise. "
        "„Wir nehmen die Geschäftsführung beim Wort“, sagte die Betriebsrätin.",
        "beim Wort",
        "Gabi Nowitz",
        id="the chair of a works council is a Betriebsrätin",
    ),
    pytest.param(
        "Das Stadtfest fiel ins Wasser. Karussellbetreiber Heinz Lorbach rechnet mit Verlusten. "
        "Der Samstag sei immer der beste Tag, sagte der Schausteller.",
        "beste Tag",
        "Heinz Lorbach",
        id="Schausteller describes someone named with a ride he runs",
    ),
    pytest.param(
        "Entdeckt hatte die Stelle Landwirt Hauke Brodt beim Pflügen. Seine Frau Anke erinnert sich an den Abend. "
        "Er sei mit einer Scherbe in die Küche gekommen, erzählte sie. Brodt selbst gibt sich bescheiden: »Ich habe nur den Pflug angehalten.«",
        "Pflug angehalten",
        "Hauke Brodt",
        id="a surname alone is the one named with it, not a wife whose surname was inferred",
    ),
    pytest.param(
        "Die Fähre nach Nordoog fällt oft aus. Bürgermeisterin Inken Haase fordert eine tiefere Fahrrinne. Reeder Paul Mohr "
        "verweist auf das Wetter. „Wir werden behandelt wie ein Nebengleis“, sagte die Inselchefin.",
        "Nebengleis",
        "Inken Haase",
        id="the mayor of an island is its Inselchefin",
    ),
    pytest.param(
        "Landrätin Ute Vogler stellte das Projekt mit KVB-Geschäftsführerin Nina Kuhl vor. „Wer auf dem Land wohnt, braucht "
        "einen Bus“, sagte die Kreischefin. „Wir starten mit vier Bussen“, sagte die KVB-Chefin.",
        "vier Bussen",
        "Nina Kuhl",
        id="a head with its field is not whoever was called a head of another field",
    ),
]

PRONOUNS = [
    pytest.param(
        "Die Anwohnerin Ingrid Sommer reagierte enttäuscht. Ihr Mann Klaus schlafe kaum noch. "
        "»Wir wollen nur unsere Ruhe«, sagte sie.",
        "unsere Ruhe",
        "Ingrid Sommer",
        id="Ihr Mann Klaus is a man, not a woman surnamed Mann",
    ),
    pytest.param(
        "„Wir haben lange gesucht“, sagte Inhaberin Gertrud Lamm. Ihr Mann Werner, der seit 40 Jahren in der Backstube steht, "
        "will nun mehr Zeit mit den Enkeln verbringen. Er werde den Duft von Brot vermissen, sagte er.",
        "Duft von Brot",
        "Werner",
        id="a husband named by his first name is who er means",
    ),
    pytest.param(
        "Die Firma Kessler hat Insolvenz beantragt. Als Sachwalter wurde der Rechtsanwalt Jonas Reiter bestellt. "
        "Die Auftragsbücher seien gut gefüllt, sagte der Jurist.",
        "Auftragsbücher",
        "Jonas Reiter",
        id="Als opening a sentence is no name",
    ),
    pytest.param(
        "Zurück sind auch Elke Rabe und ihr Mann Horst, die bei ihrer Tochter übernachtet hatten. Sie habe nur den Hund "
        "ins Auto gepackt, erzählte die Rentnerin. Ihr Mann ergänzte, man sei der Feuerwehr dankbar.",
        "der Feuerwehr dankbar",
        "Horst",
        id="ihr Mann is the husband the text introduced by his first name",
    ),
    pytest.param(
        "Rektor Paul Hanse gratulierte seiner Nachfolgerin. Die unterlegene Kandidatin, die Chemikerin Elke Brandt von der "
        "Universität Hollstein, zeigte sich fair. Die Siegerin habe ein gutes Konzept, sagte sie.",
        "gutes Konzept",
        "Elke Brandt",
        id="the name in an apposition comes before the apposition's own affiliation",
    ),
    pytest.param(
        "Die Geschwister Lena und Ole Brandis haben eine Mosterei eröffnet. Die Idee hatte Lena Brandis in Schweden. "
        "Ihr Bruder Ole ist gelernter Küfer. Er wolle keine Experimente, sagt er.",
        "keine Experimente",
        "Ole Brandis",
        id="a relative by first name is the sibling the text named in full (blind batch heldout44)",
    ),
    pytest.param(
        "Das Gericht bestellte den Rechtsanwalt Carsten Wendt zum Verwalter. Der Jurist zeigte sich zuversichtlich, einen Investor zu finden. "
        "Es gebe bereits Gespräche, sagte er.",
        "bereits Gespräche",
        "Carsten Wendt",
        id="an infinitive with zu has no subject of its own",
    ),
]

STATEMENT_OWNERS = [
    pytest.param(
        "Landrat Ralf Dittmer sprach von einem Problem. Nach seiner Einschätzung leben im Landkreis drei Rudel.",
        "drei Rudel",
        "Ralf Dittmer",
        id="a possessive before a statement noun is a pronoun for its owner (his)",
    ),
    pytest.param(
        "Landrätin Eva Horn sprach von einem Problem. Stadtrat Jan Lutz widersprach. Nach ihren Worten leben im Landkreis drei Rudel.",
        "drei Rudel",
        "Eva Horn",
        id="a possessive before a statement noun is a pronoun for its owner (her)",
    ),
    pytest.param(
        "Hauptgeschäftsführer Klaus Wendt warnte vor einer Abwanderung. Nach Darstellung des Verbandschefs liegen die Löhne an der Spitze.",
        "Löhne an der Spitze",
        "Klaus Wendt",
        id="a rank before a head names no field",
    ),
]

UNNAMED = [
    pytest.param(
        "Lehrerin Tina Brack unterrichtet seit 30 Jahren an der Schule. „Die Kinder haben sich verändert“, sagte die Frau.",
        "Kinder haben sich",
        "Tina Brack",
        id="an occupation is no office that keeps die Frau away",
    ),
    pytest.param(
        "Die Bäckerei schließt. Eine Verkäuferin in der Filiale am Marktplatz berichtete, viele Kunden hätten nachgefragt.",
        "Kunden hätten",
        "Verkäuferin",
        id="a person phrase with prepositional phrases before the verb is the subject",
    ),
    pytest.param(
        "Der Zirkus ist in der Stadt. Eine ältere Frau mit Protestschild sagte, sie schäme sich für die Tiernummern.",
        "schäme sich",
        "Frau",
        id="a person with what she carries before the verb is the subject",
    ),
    pytest.param(
        "Die Mieterin Hilde Raschke darf bleiben. Raschkes Anwalt zeigte sich erleichtert. "
        "„Meine Mandantin hat hier gewohnt“, sagte er.",
        "Mandantin",
        "Anwalt",
        id="a known person's genitive before a role is someone else's role",
    ),
    pytest.param(
        "Glühweinwirtin Renate Stolz fürchtet weniger Besucher. „Das Rad hat die Leute angelockt“, sagte sie. "
        "Ein Kunsthandwerker am Nachbarstand sieht das anders: Die Leute kämen wegen der Atmosphäre, meinte er.",
        "wegen der Atmosphäre",
        "Kunsthandwerker",
        id="the subject before a colon is whom er after the report means",
    ),
    pytest.param(
        "Ein Passant hat am Sonntag einen Jungen aus dem Mühlenweiher gezogen. Der Junge kam ins Krankenhaus. "
        "„Ich habe Schreie gehört“, sagte der Mann.",
        "Schreie gehört",
        "Passant",
        id="der Mann is no child",
    ),
]

ORGANISATIONS = [
    pytest.param(
        "Die Bürgerenergie Wendhagen eG wartet seit Monaten auf den Anschluss. Die Netzgesellschaft Talgrund baut die Leitung. "
        "Der Netzbetreiber habe den Anschluss verschleppt, kritisierte die Genossenschaft.",
        "Anschluss verschleppt",
        "Bürgerenergie Wendhagen eG",
        id="a Genossenschaft is the body with the legal form eG",
    ),
    pytest.param(
        "Der Ausbau stößt beim Ruder-Club Lindau 1921 auf Widerstand. Die Trainingsstrecke werde gestört, sagte der Verein.",
        "Trainingsstrecke",
        "Ruder-Club Lindau 1921",
        id="a founding year after a club's kind noun closes its name",
    ),
    pytest.param(
        "Der Schiedsrichter war beim Spiel gegen den SV Grünfeld 09 geschlagen worden. Der Mann sei kein Mitglied, teilte der Klub mit.",
        "kein Mitglied",
        "SV Grünfeld 09",
        id="a founding year after a club's acronym before the name",
    ),
    pytest.param(
        "Das Bistum Lindenfels will die Kirche St. Anna verkaufen. Die Pfarrei St. Anna wehrt sich. "
        "Die Pfarrei habe in eigener Verantwortung entschieden, erklärte die Diözese.",
        "eigener Verantwortung",
        "Bistum Lindenfels",
        id="a Diözese is the Bistum, not the parish named since",
    ),
    pytest.param(
        "Im Einsatz war der Kreisverband Tannrode des Deutschen Roten Kreuzes. Die Blutkonserven reichten nur noch für drei Tage, "
        "sagte der Verband.",
        "drei Tage",
        "Kreisverband Tannrode des Deutschen Roten Kreuzes",
        id="a proper genitive after a name names the parent body and belongs to the name",
    ),
    pytest.param(
        "Der Naturschutzverband Lindauer Heide Ost warnt vor Schnellschüssen. Erst müsse der Wolf bestimmt werden, sagte der Verband.",
        "Wolf bestimmt",
        "Naturschutzverband Lindauer Heide Ost",
        id="a region after a place adjective and a point of the compass close a name",
    ),
    pytest.param(
        "Der SV Holm hat den Stürmer Emre Yalçin vom Zweitligisten 1. FC Rambeck verpflichtet. In Rambeck ist man wenig glücklich. "
        "Man verliere den Spieler nur ungern, teilte der Zweitligist mit.",
        "nur ungern",
        "1. FC Rambeck",
        id="a club's ordinal belongs to its name, and vom before a kind of club continues no surname",
    ),
    pytest.param(
        "Der Freizeitpark Wichtelwald hat eine neue Bahn eröffnet. Unter den ersten Gästen war eine Familie aus Basel. "
        "„Wir sind extra früh losgefahren“, sagte der Vater. Der Park verweist auf einen Shuttlebus. "
        "Der werde gut angenommen, teilte das Unternehmen mit.",
        "gut angenommen",
        "Freizeitpark Wichtelwald",
        id="a Freizeitpark is a company, no person",
    ),
    pytest.param(
        "Die Umfrage hat der Landesverband der Campingwirtschaft Nordost veröffentlicht. Bürgermeister Sven Tamke sagte, es gebe "
        "zu viele Wohnmobile. Der Campingverband unterstützt das Vorgehen. Wildcampen schade der Branche, erklärte er.",
        "Wildcampen",
        "Landesverband der Campingwirtschaft Nordost",
        id="a compound kind noun is the body named with its field",
    ),
    pytest.param(
        "Unterstützt wurde die Familie vom Mieterverein Talstadt-Ost und Umgebung. Man rechne mit weiteren Klagen, teilte der Verein mit.",
        "weiteren Klagen",
        "Mieterverein Talstadt-Ost und Umgebung",
        id="a name that ends in a common noun after und, after vom",
    ),
    pytest.param(
        "Der Klinikverbund Nordheide, Träger des Krankenhauses, will alle Hebammen behalten. "
        "Niemand verliere seinen Arbeitsplatz, versicherte das Unternehmen.",
        "Niemand verliere",
        "Klinikverbund Nordheide",
        id="a Verbund of clinics is a company",
    ),
    pytest.param(
        "Seit 1890 stellt die Porzellanmanufaktur Welling in Obertal Geschirr her. Der Chef übergab die Leitung an seine Tochter. "
        "Die Firma suche Lehrlinge, teilte das Unternehmen mit.",
        "suche Lehrlinge",
        "Porzellanmanufaktur Welling",
        id="a Manufaktur is a company",
    ),
    pytest.param(
        "Die Elternvertretung der Grundschule Auwiesen sammelt Unterschriften gegen die Schließung. "
        "Mehr als 300 seien schon zusammengekommen, teilte das Gremium mit.",
        "300 seien",
        "Elternvertretung",
        id="a representative body is a Gremium",
    ),
    pytest.param(
        "Der Radiosender Welle Süd stellt seine Nachtsendung ein. Die Gewerkschaft kritisierte das. "
        "Niemand werde entlassen, hieß es aus dem Funkhaus.",
        "Niemand werde",
        "Welle Süd",
        id="a broadcaster's house is the broadcaster",
    ),
]

NOT_NAMED = [
    pytest.param(
        "In der Nacht stießen zwei Autos zusammen. Ein Sprecher der Polizeidirektion Talau-Land sagte, man ermittle. "
        "Die Kreisverwaltung will die Kreuzung nun umbauen lassen. Dort habe es schon viele Unfälle gegeben, teilte die Behörde mit.",
        "viele Unfälle",
        "Polizeidirektion Talau-Land",
        id="a district administration is no police directorate, though both are authorities",
    ),
]


def test_a_noble_name_ending_like_a_short_organisation_noun_keeps_its_particle() -> None:
    # (third review: "-hausen" ends in "Haus"; only kind nouns of six letters or more stop a name)
    speaker = speaker_of("„Wir müssen neu pflanzen“, sagte Ludwig von Wallhausen vom Forstamt.", "neu pflanzen")
    assert speaker is not None and speaker.name == "Ludwig von Wallhausen"


def test_one_of_the_witnesses_with_a_place_before_the_verb_is_the_subject() -> None:
    quote = next(q for q in quotekit.extract("Einer der Zeugen am Bahnhof sagte, der Zug sei zu spät gewesen.") if "Zug sei" in q.text)
    assert quote.mention is not None and quote.mention.text.startswith("Einer der Zeugen")


# guards for what the second review found (the session's intermediate rules got these wrong)
REVIEW_GUARDS = [
    pytest.param(
        "Einer Reporterin vor Ort sagte die Ministerin Karla Brenn, die Deiche hielten.",
        "Deiche hielten",
        "Karla Brenn",
        id="a dative person before the verb is no subject with a place",
    ),
    pytest.param(
        "Die Bürokauffrau Tina Weiß wurde im Rathaus geehrt. „Ich helfe gern“, sagte die Frau.",
        "helfe gern",
        "Tina Weiß",
        id="die Frau is the woman introduced with a -frau occupation",
    ),
    pytest.param(
        "Tierheimleiter Olaf Merten ist besorgt. Nach Angaben des Tierheims sind alle Plätze belegt. "
        "Er sagte, man brauche dringend Spenden.",
        "dringend Spenden",
        "Olaf Merten",
        id="an institution's genitive is no man",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "expected"), NAMED + STATEMENT_OWNERS + REVIEW_GUARDS)
def test_speaker_named(text: str, quoted: str, expected: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and speaker.name == expected


@pytest.mark.parametrize(("text", "quoted", "expected"), PRONOUNS)
def test_pronoun_resolved(text: str, quoted: str, expected: str) -> None:
    speaker = speaker_of(text, quoted)  # (a first name may take the family's surname: "Horst Rabe")
    assert speaker is not None and (speaker.name == expected or speaker.name.startswith(expected + " "))


@pytest.mark.parametrize(("text", "quoted", "expected"), UNNAMED)
def test_unnamedspeaker_of(text: str, quoted: str, expected: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and expected in speaker.name


@pytest.mark.parametrize(("text", "quoted", "expected"), ORGANISATIONS)
def test_organisation_named(text: str, quoted: str, expected: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and speaker.kind is SpeakerKind.ORGANISATION and expected in speaker.name


@pytest.mark.parametrize(("text", "quoted", "wrong"), NOT_NAMED)
def test_rule_does_not_fire(text: str, quoted: str, wrong: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is None or speaker.name != wrong
