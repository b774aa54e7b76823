"""Regression tests for speaker resolution rules added in session 11.

Every text is written for these tests in the style of German regional news (fictional people,
places and organisations); the pattern comes from our own resolution batches and from two reviews
that compared the session-start code with the new rules. The assertion is on the resolved
speaker's name (or kind): the person or organisation a reader would name.
"""

from __future__ import annotations

import pytest

import quotekit
from quotekit import SpeakerKind

from support import speaker_of


# (text, the quoted words, the organisation's name): one case per rule, the id names the rule
ORGANISATIONS = [
    pytest.param(
        "Der Heimatverein Oberau und Umgebung lädt zum Herbstfest. Es werde das größte Fest seit Jahren, sagte der Verein.",
        "größte Fest",
        "Heimatverein Oberau und Umgebung",
        id="und inside an organisation's name before the verb",
    ),
    pytest.param(
        "Die Halle sei ausgebucht, teilte der Sportverein Talheim und Umland mit. Es fehle an Trainern, sagte er.",
        "fehle an Trainern",
        "Sportverein Talheim und Umland",
        id="und inside an organisation's name after the cue",
    ),
    pytest.param(
        "Aufgerufen hatte die Gewerkschaft Soziale Dienste gemeinsam mit dem Pflegerat Talmark. Die Gewerkschaft fordert mehr Lohn. Die Preise seien zu stark gestiegen, erklärte sie.",
        "Preise seien",
        "Gewerkschaft Soziale Dienste",
        id="a capitalised adjective inside a sentence opens an organisation's name",
    ),
    pytest.param(
        "Am Dienstag hat die Lebensmittelaufsicht des Kreises drei Imbisse geschlossen. Dort seien gravierende Hygienemängel gefunden worden, teilte die Behörde mit.",
        "Hygienemängel",
        "Lebensmittelaufsicht des Kreises",
        id="the territory an authority serves completes its name",
    ),
    pytest.param(
        "Der Lawinennachrichtendienst erwartet weitere Schneefälle. Die Gefahr bleibe hoch, teilte die Behörde mit.",
        "Gefahr bleibe",
        "Lawinennachrichtendienst",
        id="a Nachrichtendienst is an authority",
    ),
    pytest.param(
        "Zum Protest aufgerufen hatte der Verband der Obstbauern Südbaden. Die Preise deckten die Kosten nicht, erklärte der Verband.",
        "Preise deckten",
        "Verband der Obstbauern Südbaden",
        id="a body named by the genitive plural of its members and its region",
    ),
    pytest.param(
        "Die Umfrage stellte der Landesverband der Kinder- und Jugendärzte Nord vor. Die Wartezeiten seien zu lang, teilte der Verband mit.",
        "Wartezeiten",
        "Landesverband der Kinder- und Jugendärzte Nord",
        id="coordinated truncated compounds in the members' genitive",
    ),
    pytest.param(
        "Der Landkreis Wiesental hat eine Sperrzone eingerichtet. Alle Tiere müssten getötet werden, teilte die Kreisverwaltung mit.",
        "Alle Tiere",
        "Landkreis Wiesental",
        id="the district's administration is the district",
    ),
]

# (text, the quoted words, the speaker's name)
NAMED = [
    pytest.param(
        "Anna Bergen hat das Turnier gewonnen. Im Finale schlug sie Julia Kerner. „Ich habe erst nach dem ersten Punkt an den Sieg geglaubt“, sagte die Gewinnerin.",
        "ersten Punkt",
        "Anna Bergen",
        id="an irregular form tells the deed",
    ),
    pytest.param(
        "Der Schützenverein Talheim und Bürgermeister Jonas Kahl luden ein. Es werde ein schönes Fest, sagte er.",
        "schönes Fest",
        "Jonas Kahl",
        id="und before a role joins a second speaker",
    ),
    pytest.param(
        "Der Fraktionschef der Unabhängigen, Bernd Mollwitz, lehnt die Schließung der Sauna ab. Dort erholten sich jedes Jahr Tausende Menschen, sagte der frühere Bademeister.",
        "Tausende Menschen",
        "Bernd Mollwitz",
        id="a role after a former adjective is an epithet of the subject before",
    ),
    pytest.param(
        "Die Sprecherin der Gewerkschaft Bau und Umwelt, Karin Sendler, nannte das Ergebnis fair. Die Beschäftigten hätten sich das verdient, sagte sie.",
        "Beschäftigten hätten",
        "Karin Sendler",
        id="a role apposition after an organisation name with und",
    ),
    pytest.param(
        "Bürgermeister Lars Hambrock lehnte den Antrag ab. Der Rat sei dafür nicht zuständig, sagte das Stadtoberhaupt.",
        "nicht zuständig",
        "Lars Hambrock",
        id="a neuter role noun names a man or a woman",
    ),
    pytest.param(
        "Apotheker Jens Wollin stellt die Säfte inzwischen selbst her. Das sei mühsam, so der Pharmazeut.",
        "mühsam",
        "Jens Wollin",
        id="pharmacist synonyms",
    ),
    pytest.param(
        "Schulamtsdirektor Kurt Leibl stellte die Pläne vor. Die Fahrt dauere höchstens eine Viertelstunde, versicherte der Schulrat.",
        "Viertelstunde",
        "Kurt Leibl",
        id="school authority synonyms",
    ),
    pytest.param(
        "Sprecher der Gegner war Hanno Vietz, Winzer und Ortsvorsteher, der die Abstimmung einen Sieg nannte. Das Dorf bleibe selbstständig, sagte der Ortsvorsteher.",
        "Dorf bleibe",
        "Hanno Vietz",
        id="a second role joined by und in an apposition",
    ),
    pytest.param(
        "Bürgermeisterin Ute Rahn verteidigte die Pläne. Widerspruch kam von Fraktionschefin Jana Voss. Das Gebiet sei zu wertvoll, sagte sie.",
        "zu wertvoll",
        "Jana Voss",
        id="the source of criticism is who the text goes on about",
    ),
    pytest.param(
        "Bürgermeisterin Anna Kerber (CSU) verteidigte die Pläne. Grünen-Fraktionschefin Lena Wolff war zugegen. "
        "Kerber sprach lange. „Wir betonieren unsere Zukunft zu“, sagte die Grünen-Politikerin.",
        "betonieren",
        "Lena Wolff",
        id="a party's form before a hyphen names its member",
    ),
    pytest.param(
        "Landrat Otto Kerber (CSU) verteidigte die Pläne. Das Gutachten liegt vor. „Wir betonieren unsere Zukunft zu“, sagte der SPD-Politiker.",
        "betonieren",
        "SPD-Politiker",
        id="a member of another party is not the one meant",
    ),
    pytest.param(
        "Skispringerin Mara Ettl hat ihren ersten Weltcupsieg gefeiert. Trainer Olaf Brinck lobte sie. Die Siegerin selbst blieb bescheiden. „Morgen fängt alles neu an“, sagte sie.",
        "fängt alles neu",
        "Mara Ettl",
        id="the winner of the victory told",
    ),
    pytest.param(
        "Gegründet wurde die Firma 2020 von den Geschwistern Nele und Tom Harms. Ein Investor stieg ein. Die Gründerin hält sich bedeckt. „Wir versprechen nichts“, sagte sie.",
        "versprechen nichts",
        "Nele Harms",
        id="the founder of the founding told, by gender",
    ),
    pytest.param(
        "Die Intendantin des Stadttheaters, Ruth Ebeling, verlängert nicht. Die Theaterleiterin will noch zwei Stücke zeigen. „Langweilig wird es nicht“, kündigte sie an.",
        "Langweilig",
        "Ruth Ebeling",
        id="theatre director synonyms",
    ),
    pytest.param(
        "„Das ist ein bedeutender Fund“, sagte Grabungsleiterin Xenia Wächter. Die Münzen seien alt, erklärte die Archäologin.",
        "Münzen seien",
        "Xenia Wächter",
        id="a role word after an unlisted first name after a role is the surname",
    ),
    pytest.param(
        "Die Doktorandin Mia Kolb und ihre Betreuerin, Professorin Ina Falk, fanden den Käfer. "
        "Kolb verglich danach wochenlang Sammlungen. Es sei wie Detektivarbeit gewesen, sagte sie. "
        "Für Falk ist der Fund ein Beleg für den Wert alter Wälder. „Totholz ist Leben“, warnte die Insektenkundlerin.",
        "Totholz ist Leben",
        "Ina Falk",
        id="the holder of an opinion is who the text goes on about",
    ),
    pytest.param(
        "Die Ruderinnen Jana Ost und Carla Dinev gewannen Silber. Ost blickt nach vorn, sagte sie. "
        "Für ihre Partnerin ist die Medaille eine Genugtuung: Dinev hatte lange pausiert. "
        "Sie habe gezweifelt, sagte die 27-Jährige.",
        "gezweifelt",
        "Carla Dinev",
        id="a role after fuer is no opinion holder",
    ),
    pytest.param(
        "Sänger Falk Rode ist krank. Ein Mann aus Kiel war mit seinem Sohn angereist. »Warum sagt man das nicht früher?«, fragte er.",
        "nicht früher",
        "Mann",
        id="a man introduced with an indefinite article is someone",
    ),
    pytest.param(
        "Die Schulrätin Gisela Brandt besuchte die Grundschule. Die Schulamtsleiterin Ute Sommer begleitete sie. „Die Schule leistet viel“, sagte die Schulrätin.",
        "leistet viel",
        "Gisela Brandt",
        id="the holder of the very role word before a synonym's",
    ),
    pytest.param(
        "Apothekerin Jutta Kern leitet die Apotheke. Ihre Kollegin, die Pharmazeutin Eva Stahl, macht die Rezeptur. „Der Beruf hat sich verändert“, sagte die Apothekerin.",
        "Beruf hat sich",
        "Jutta Kern",
        id="the very word again",
    ),
    pytest.param(
        "Die Gemeinde trauert um Altbürgermeister Ernst Holl. Jan Engel, heute Rathauschef, würdigte ihn. „Er hat die Dörfer geeint“, sagte der heutige Bürgermeister.",
        "Dörfer geeint",
        "Jan Engel",
        id="a former holder of the very word is not the one in office",
    ),
    pytest.param(
        "Sie sei stolz auf die vielen Helfer, richtete Ministerin Hanna Vogel per Videobotschaft aus.",
        "stolz auf",
        "Hanna Vogel",
        id="ausrichten without lassen conveys a message too",
    ),
    pytest.param(
        "Landrätin Ilse Moor und Kreisbrandmeisterin Sarah Klee zogen Bilanz. Moor lobte die Helfer. Klee widersprach nicht, mahnte aber bessere Ausrüstung an: „Unsere Pumpen sind alt.“",
        "Pumpen",
        "Sarah Klee",
        id="an object before a colon is not who speaks",
    ),
    ("Scharfe Kritik kommt vom Landesrechnungshof. Er bemängelt, das Ministerium habe nicht kontrolliert.", "nicht kontrolliert", "Landesrechnungshof"),
    ("Warnungen kamen von Bürgermeisterin Eva Roth. Sie sagte, die Stadt sei pleite.", "pleite", "Eva Roth"),
    pytest.param(
        "Vor dem Landgericht hat der Prozess gegen einen Pflegedienstbetreiber begonnen. Staatsanwalt Jens Vogt wirft Dieter M. vor, "
        "Leistungen abgerechnet zu haben. Der Angeklagte schweigt. Am Ende meldete sich dann doch der Angeklagte zu Wort. "
        "„Ich habe niemanden betrügen wollen“, sagte er.",
        "niemanden",
        "Dieter M.",
        id="the accused is the object of the accusation",
    ),
    pytest.param(
        "Das Amtsgericht verurteilte eine Pflegerin zu einer Bewährungsstrafe. Außerdem muss Nicole K. ihren Führerschein abgeben. "
        "Die Angeklagte hatte einen Radfahrer gestreift. "
        "Der Mann stürzte. „Ich dachte, es sei ein Bordstein“, sagte die Frau vor Gericht.",
        "Bordstein",
        "Nicole K.",
        id="a party to the case holds no office that keeps die Frau from her",
    ),
    pytest.param(
        "„Das ist gefährlich“, sagte Polizeihauptkommissarin Sandra Keil. Gerade dort sei das Risiko hoch, so die Polizistin.",
        "Risiko hoch",
        "Sandra Keil",
        id="a police rank and die Polizistin",
    ),
    pytest.param(
        "Ihr Sprecher Jonas Feld forderte eine Staffelung. Familien würden schon stark belastet, sagte der Kreisrat.",
        "stark belastet",
        "Jonas Feld",
        id="a district councillor",
    ),
    pytest.param(
        "Geleitet wird der Laden von der Kauffrau Olga Reiser. Eine Kundin lobte das Angebot, sagte sie. Die Ladenleiterin ist zuversichtlich. Man brauche 1.500 Euro am Tag, sagte sie.",
        "1.500 Euro",
        "Olga Reiser",
        id="the head of what the text says she leads",
    ),
]

# (text, the quoted words, a part of the speaker's name: a role word, or a name with its kind noun)
NAMED_WITH = [
    pytest.param(
        "Rettungsschwimmer vom Rettungsschwimmerverein Krähensee holten die Frau aus dem Wasser. Man rate, nur an bewachten Stellen zu baden, sagte der Verein.",
        "bewachten Stellen",
        "Rettungsschwimmerverein Krähensee",
        id="a place name in -see after a kind noun",
    ),
    pytest.param(
        "Der IT-Dienstleister des Kreises, die Kommunale Datenzentrale Mittelland, ist betroffen. Man habe die Kopien gesichert, teilte das Unternehmen mit.",
        "Kopien gesichert",
        "Kommunale Datenzentrale Mittelland",
        id="an organisation's name in an apposition to its last capitalised word",
    ),
    pytest.param(
        "Das Umweltministerium des Landes Westmark prüft den Antrag. Die Frist laufe noch, teilte die Behörde mit.",
        "Frist laufe",
        "Westmark",
        id="a name after the territory is the territory s",
    ),
    pytest.param(
        "Als zweite Zeugin hörte das Gericht eine ehemalige Buchhalterin der Firma. Sie habe die Belege auf Anweisung geändert, sagte die 52-Jährige.",
        "Belege",
        "Buchhalterin",
        id="an age describes the unnamed person just introduced as an object",
    ),
    pytest.param(
        "Apothekerin Lea Sorge berät Eltern. Ein junger Vater wartet am Tresen von Sorges Apotheke. Er sei schon in drei Apotheken gewesen, erzählt der 31-Jährige.",
        "drei Apotheken",
        "Vater",
        id="an age describes the unnamed subject, not a name in a genitive",
    ),
    pytest.param(
        "Ein Vertreter des Landratsamts stellte die Pläne vor. Die Halle werde im Mai fertig, sagte der Beamte.",
        "Halle werde",
        "Vertreter des Landratsamts",
        id="the representative of an authority",
    ),
    pytest.param(
        "Die Polizeidirektion Talburg warnt vor Trickbetrügern. Echte Polizisten verlangten nie Geld, betonte eine Sprecherin. Angehörige sollten mit Senioren darüber reden, riet die Beamtin.",
        "Angehörige sollten",
        "Sprecherin",
        id="the spokeswoman of the police just quoted",
    ),
    pytest.param(
        "Polizeihauptkommissar Jörg Pfaff leitete den Einsatz. Der Fahrer habe sich widerstandslos festnehmen lassen, sagte der Beamte.",
        "widerstandslos",
        "Jörg Pfaff",
        id="a police rank",
    ),
    pytest.param(
        "Der Möbelhersteller Brunner & Falk schließt sein Werk. Der Standort sei zu teuer, teilte die Firma mit.",
        "zu teuer",
        "Brunner & Falk",
        id="an ampersand joins a firm's name",
    ),
    pytest.param(
        "Der Betrieb laufe weiter, teilte die Agentur Wendt & Sohn Events mit. Die Kunden würden informiert, hieß es von der Agentur.",
        "Betrieb laufe",
        "Wendt & Sohn Events",
        id="a kinship noun after an ampersand is part of the name",
    ),
    pytest.param(
        "Das Konzert der Band Nordlicht, veranstaltet von der Agentur Wendt & Sohn Events, fiel aus. Der Sänger sei erkrankt, teilte der Veranstalter mit.",
        "Sänger sei",
        "Wendt & Sohn Events",
        id="the organiser of the event told",
    ),
    pytest.param(
        "Die Bürgerinitiative „Rückenwind Talheim“ hat Klage eingereicht. Die Anlagen würden die Landschaft zerstören, argumentiert die Initiative.",
        "Landschaft zerstören",
        "Rückenwind Talheim",
        id="a quoted name after an organisation noun names it",
    ),
    pytest.param(
        "Der Verband der Papierindustrie warnt vor hohen Preisen. Viele Betriebe könnten aufgeben, erklärte der Verband in Mainz.",
        "Betriebe könnten",
        "Verband der Papierindustrie",
        id="the place where a known body spoke is no part of its name",
    ),
    pytest.param(
        "Eine Sprecherin des Landratsamts, Heike Gerlach, bestätigte den Fund. Die Fässer würden geborgen, sagte die Beamtin.",
        "Fässer würden",
        "Heike Gerlach",
        id="an authority's spokeswoman named in an apposition",
    ),
    pytest.param(
        "Hans Pfeil, Landwirt und Ortsvorsteher von Rodheim, ist gegen die Straße. „Sie zerschneidet unsere Äcker“, sagte der Ortsvorsteher.",
        "zerschneidet",
        "Hans Pfeil",
        id="a second role with a place after it",
    ),
]

# (text, the quoted words, a speaker a rule must not pick): near misses of the new rules
NOT_NAMED = [
    pytest.param(
        "Die Bäckerei ist insolvent. Richterin Eva Klar begründete die Eröffnung des Verfahrens. „Ich bin am Boden zerstört“, sagte die Gründerin des Betriebs.",
        "Boden zerstört",
        "Eva Klar",
        id="begründen tells no founding",
    ),
    pytest.param(
        "Ein Spaziergänger gab eine Geldbörse ab. Bürgermeister Horst Pohl will ihn ehren; die Feier soll am Freitag stattfinden. „Das war selbstverständlich“, sagte der Finder.",
        "selbstverständlich",
        "Horst Pohl",
        id="stattfinden tells no finding",
    ),
    pytest.param(
        "Beim Wettbewerb im Kreishaus in Siegen begrüßte Landrätin Petra Wolf die Kinder. Am Ende setzte sich eine Viertklässlerin durch. „Ich war aufgeregt“, sagte die Siegerin.",
        "aufgeregt",
        "Petra Wolf",
        id="a town is no victory",
    ),
    pytest.param(
        "Ein 17-Jähriger hat eine Seniorin gerettet. Ortsbürgermeister Rainer Fuchs will den Retter ehren. „Ich habe nicht nachgedacht“, sagte der Retter.",
        "nicht nachgedacht",
        "Rainer Fuchs",
        id="the agent noun itself tells no deed",
    ),
    pytest.param(
        "Landrat Thomas Scholl lobte bei der Veranstaltung das Ehrenamt. Das Fest war gut besucht. „Nächstes Jahr machen wir weiter“, kündigte der Veranstalter an.",
        "Nächstes Jahr",
        "Thomas Scholl",
        id="an event noun tells no organising",
    ),
    pytest.param(
        "Zustimmung kam von Landrätin Heike Born, Widerspruch von Kreisrätin Jana Stolz. Sie sagte, der Kreis könne sich das nicht leisten.",
        "nicht leisten",
        "Heike Born",
        id="two sources of speech acts",
    ),
    pytest.param(
        "Die Ermittlungen leitete Kriminalhauptkommissar Uwe Degen. Oberstaatsanwalt Jens Kreuz will Haftbefehl beantragen. Es bestehe Fluchtgefahr, sagte der Behördenleiter.",
        "Fluchtgefahr",
        "Uwe Degen",
        id="a compound leader of something else is not the one who led",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "expected"), ORGANISATIONS)
def test_organisation_named(text: str, quoted: str, expected: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and speaker.kind is SpeakerKind.ORGANISATION and speaker.name == expected


@pytest.mark.parametrize(("text", "quoted", "expected"), NAMED)
def test_speaker_named(text: str, quoted: str, expected: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and speaker.name == expected


@pytest.mark.parametrize(("text", "quoted", "expected"), NAMED_WITH)
def test_speaker_named_with(text: str, quoted: str, expected: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and expected in speaker.name


@pytest.mark.parametrize(("text", "quoted", "wrong"), NOT_NAMED)
def test_rule_does_not_fire(text: str, quoted: str, wrong: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is None or speaker.name != wrong


def test_a_chamber_of_a_trade_is_no_association_named_before() -> None:
    text = (
        "Der Landesverband der Imker Ostheide unterstützt die Klage. Die Landwirtschaftskammer rät dagegen zu Gesprächen. "
        "Man solle sich vor der Saison absprechen, teilte die Landwirtschaftskammer mit."
    )
    speaker = speaker_of(text, "vor der Saison")
    assert speaker is not None and "Imker" not in speaker.name


def test_a_lowercase_word_after_a_full_stop_opens_no_sentence() -> None:
    ann = quotekit.annotate("Angeklagt ist Jana Kr. wegen Betrugs. Die Stadt, bzw. die Verwaltung, schwieg. Er kam.")
    assert len(ann.sentences) == 3


def test_a_surname_cut_short_keeps_its_stop() -> None:
    text = "Die Staatsanwaltschaft wirft Jana Kr. Betrug vor. Die Angeklagte ließ über ihren Anwalt eine Erklärung verlesen. Sie bereue alles, was geschehen sei."
    names = {q.speaker.name for q in quotekit.extract(text) if q.speaker is not None}
    assert "Jana Kr." in names


def test_the_company_spokesman_is_no_civil_servant() -> None:
    text = "Ein Sprecher der Brauerei Hollgruber bestätigte den Verkauf. Die Gespräche seien schwierig gewesen, sagte der Beamte."
    speaker = speaker_of(text, "Gespräche seien")
    assert speaker is None or "Sprecher" not in speaker.name


def test_an_indefinite_apposition_introduces_someone_not_named_before() -> None:
    text = (
        "Amtstierarzt Ole Brenning sprach von einem schweren Schlag. Man gehe allen Spuren nach, sagte der Veterinär. "
        "Der betroffene Winzer, ein 44-jähriger Familienvater, hatte den Hof erst übernommen. "
        "„Wir haben alles richtig gemacht“, sagte er."
    )
    speaker = speaker_of(text, "alles richtig")
    assert speaker is not None and "Brenning" not in speaker.name and "Winzer" in speaker.name


@pytest.mark.parametrize(
    "opening",
    ["Die 45-jährige Brandauer hielt dagegen.", "Die Nachbarin Vera Brandauer hielt dagegen."],
)
def test_a_speech_act_without_content_hands_its_subject_to_the_next_report(opening: str) -> None:
    text = (
        "Klägerin Ilse Mohr, 72, verlangt von ihrer Nachbarin Vera Brandauer, die Hecke zu kürzen. Ihr Garten liege im Schatten, sagte die Rentnerin. " + opening + " Die Hecke stehe seit Jahren dort."
    )
    speaker = speaker_of(text, "Hecke stehe")
    assert speaker is not None and speaker.name == "Vera Brandauer"


@pytest.mark.parametrize(
    ("text", "quoted", "mention"),
    [
        ("Der Trainer schwieg lange. Er sei unschuldig, ließ er über seinen Anwalt mitteilen.", "unschuldig", "er"),
        ("Man sei zufrieden, ließ die Ministerin erklären.", "zufrieden", "die Ministerin"),
        ("Er wolle allen Helfern danken, ließ der Gerettete über die Bergwacht ausrichten.", "Helfern danken", "der Gerettete"),
    ],
)
def test_a_message_conveyed_through_lassen(text: str, quoted: str, mention: str) -> None:
    quote = next(q for q in quotekit.extract(text) if quoted in q.text)
    assert quote.mention is not None and quote.mention.text == mention


def test_a_clause_before_a_colon_is_no_part_of_the_report() -> None:
    text = "Die Fans warteten. Eine junge Frau sah es gelassener: Krank werden könne jeder einmal, sagte sie."
    quote = next(q for q in quotekit.extract(text) if "Krank" in q.text)
    assert quote.text.startswith("Krank werden")


def test_a_brand_in_lowercase_opens_a_sentence() -> None:
    ann = quotekit.annotate("Bürgermeister Jan Roth bedauerte das. dm-Sprecherin Eva Klein sagte, man suche einen Standort.")
    assert len(ann.sentences) == 2


@pytest.mark.parametrize(
    ("text", "quoted", "expected"),
    [
        pytest.param(
            "Im Mordprozess gegen Tom B. ist es zum Eklat gekommen. Die Verteidigerin Jana Scholz wirft dem Zeugen Karl M. vor, gelogen zu haben. "
            "„Ich habe nichts damit zu tun“, sagte der Angeklagte.",
            "nichts damit zu tun",
            "Tom B.",
            id="the accused of a trial, not a witness accused of lying",
        ),
        pytest.param(
            "Die Angeklagte Melanie S. soll ihre Großmutter betrogen haben. Die Großmutter, Erika S., sagte per Video aus. "
            "„Ich habe ihr vertraut“, sagte die Frau.",
            "vertraut",
            "Erika S.",
            id="a relative may be die Frau",
        ),
        pytest.param(
            "Ein Mann hat in Marburg einen Radfahrer angefahren und ist geflüchtet. Der Radfahrer, ein 23-jähriger Student, wurde verletzt. "
            "„Er ist einfach weitergefahren“, sagte der Student.",
            "weitergefahren",
            "Radfahrer",
            id="a role introduced as an object in the sentence before",
        ),
    ],
)
def test_second_review_cases(text: str, quoted: str, expected: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and speaker.name == expected


def test_an_insurer_is_no_factory_named_before() -> None:
    text = "Die Fabrik von Hermann Kolbe ist abgebrannt. Die Fabrik soll wieder aufgebaut werden, teilte die Versicherung mit."
    speaker = speaker_of(text, "wieder aufgebaut")
    assert speaker is None or "Fabrik" not in speaker.name
