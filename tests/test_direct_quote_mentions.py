"""Who speaks a direct quote: the words that name the speaker (the mention), or nobody for a quoted
term, title or name. One table per shape of check; each id names the pattern that once failed.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus or the seeds).
"""

from __future__ import annotations

import pytest

from support import direct_quotes, mention_of, no_speaker





# (text, how the quote starts, the words that name its speaker)
MENTIONS = [
    # ----------------------------------------------------------------------- a quote with its own frame
    pytest.param(
        "„Es war wie ein Güterzug“, sagte ein Reporter des Senders Radio Nord aus Husum.",
        "„Es war",
        "ein Reporter des Senders Radio Nord aus Husum",
        id="a place after the genitive tail of a role noun belongs to the speaker phrase",
    ),
    pytest.param(
        "„Großartig!“, sagte die Trainerin nach dem Spiel.",
        "„Großartig",
        "die Trainerin",
        id="a short quote with its own frame keeps its speaker",
    ),
    pytest.param(
        "Der Trainer begrüßte die Spieler mit den Worten „Heute zählt nur der Sieg“ und ging in die Kabine.",
        "„Heute",
        "Der Trainer",
        id="a quote after a frame noun keeps its speaker",
    ),
    # ----------------------------------------------------------------------- "heißt es" and "zufolge" sources
    pytest.param(
        "„Wir bleiben bei unserer Linie“, heißt es dazu in einer Mitteilung des Vereins.",
        "„Wir bleiben",
        "einer Mitteilung des Vereins",
        id="heisst es with an adverb before the source",
    ),
    pytest.param(
        "„Wir fordern eine Kennzeichnung aller Beamten“ heißt es dazu in einer Mitteilung des Vereins.",
        "„Wir fordern",
        "einer Mitteilung des Vereins",
        id="a quote opening the sentence then heisst es without a comma",
    ),
    pytest.param(
        "Auf der Website der Stadt heißt es zur Begründung: „Die Brücke wird im Mai gesperrt.“",
        "„Die Brücke",
        "der Website der Stadt",
        id="heisst es after an auf phrase",
    ),
    pytest.param(
        "In der Satzung des Vereins, die im Jahr 1950 beschlossen wurde, heißt es: „Mitglied kann jeder werden.“",
        "„Mitglied",
        "der Satzung des Vereins",
        id="heisst es after a relative clause takes the opening source",
    ),
    pytest.param(
        "Auslöser des Brandes war dem Gutachten zufolge eine „defekte elektrische Leitung“ im Dachstuhl.",
        "„defekte",
        "dem Gutachten",
        id="a zufolge source inside a clause",
    ),
    pytest.param(
        "Die Kammer wies darauf hin dass, wie vom Kläger vorgetragen, nach Aussagen eines Zeugen, "
        "der Wagen „viel zu schnell“ gefahren sei.",
        "„viel zu schnell",
        "Aussagen eines Zeugen",
        id="a nach Aussagen source of a partial quote",
    ),
    # ----------------------------------------------------------------------- partial quotes in reports
    pytest.param(
        "Die Ministerin erklärte, das Gesetz sei nötig. Die Schulen seien nun gefordert. Der Sprecher des "
        "Elternvereins, Jan Roth, sagte am Abend, es sei „völlig unverständlich, wie man so mit Familien umgeht“.",
        "„völlig",
        "Der Sprecher des Elternvereins, Jan Roth",
        id="an own verb of saying beats the inherited report",
    ),
    pytest.param(
        "Die Schweden dagegen erklärten, der Schiedsrichter habe ein „klares Foul“ übersehen.",
        "„klares",
        "Die Schweden",
        id="a partial quote in a plural speaker's report keeps its speaker",
    ),
    pytest.param(
        "Die Stadtbibliothek teilte mit, dass der Lesesaal bald wieder öffne. "
        "Ein „kleiner Wasserschaden im Keller“ habe den Umbau verzögert.",
        "„kleiner",
        "Die Stadtbibliothek",
        id="a quoted phrase in a continued report inherits the report's speaker",
    ),
    pytest.param(
        "„Die Maut ist gerecht“, sagte die Senatorin Eva Lang dem Sender. Die Auswertung zeige sogar, "
        "„dass kaum jemand deshalb auf das Auto verzichtet“.",
        "„dass kaum",
        "die Senatorin Eva Lang",
        id="a thing in a Konjunktiv report does not take the quote",
    ),
    # ----------------------------------------------------------------------- naming and judging verbs
    pytest.param(
        "Der Fraktionschef Paul Brenner nannte die neue Umfrage eine „Luftnummer“.",
        "„Luftnummer",
        "Der Fraktionschef Paul Brenner",
        id="a capitalised word after a naming verb and an article is a quote",
    ),
    pytest.param(
        "Die Gewerkschaft lehnt die Reform ab. Ihr Vorsitzender Udo Kranz bezeichnete sie als „Mogelpackung“.",
        "„Mogelpackung",
        "Ihr Vorsitzender Udo Kranz",
        id="a capitalised word after bezeichnen als is a quote",
    ),
    pytest.param(
        "Die Elternvertreterin Jana Roth bezeichnete den Brief ferner als „Frechheit“ und kündigte an, "
        "der Beirat werde bei dem Termin dabei sein.",
        "„Frechheit",
        "Die Elternvertreterin Jana Roth",
        id="the naming verb before the quote frames it, not the next predicate after und",
    ),
    pytest.param(
        "Der Gewerkschaftschef Peter Hahn wertete das Angebot als „Provokation“.",
        "„Provokation",
        "Der Gewerkschaftschef Peter Hahn",
        id="a word judged with als is the judge's (werten)",
    ),
    pytest.param(
        "Die Ministerin wies den Vorwurf als „Unsinn“ zurück.",
        "„Unsinn",
        "Die Ministerin",
        id="a word judged with als is the judge's (zurueckweisen)",
    ),
    pytest.param(
        "Der Bürgermeister hat den Entwurf als „Zumutung“ bezeichnet.",
        "„Zumutung",
        "Der Bürgermeister",
        id="a word judged with als is the judge's (bezeichnet after hat)",
    ),
    pytest.param(
        "Der Mieterbund sieht den Entwurf als „Rückschritt“ für die Städte.",
        "„Rückschritt",
        "Der Mieterbund",
        id="a word judged with als is the judge's (sehen)",
    ),
    # ----------------------------------------------------------------------- the agent of a passive cue
    pytest.param(
        "Der Plan wurde gestern von der Ministerin als „unausgegoren“ kritisiert.",
        "„unausgegoren",
        "der Ministerin",
        id="the agent of a passive cue speaks (kritisiert)",
    ),
    pytest.param(
        "Wie von der Polizei mitgeteilt wurde, gab es „keine Verletzten“ bei dem Einsatz.",
        "„keine Verletzten",
        "der Polizei",
        id="the agent of a passive cue speaks (wie mitgeteilt wurde)",
    ),
    # ----------------------------------------------------------------------- continuations
    pytest.param(
        "Die Trainerin des Vereins, Lea Brandt, sagte: „Wir spielen auf Sieg.“ Die Mannschaft sei in guter "
        "Form. Noch bestehe zwar Sorge um zwei Verletzte, doch beide seien auf dem Weg der Besserung. "
        "„Am Samstag stehen alle elf Stammspieler auf dem Platz.“",
        "„Am Samstag",
        "Die Trainerin des Vereins, Lea Brandt",
        id="a turn goes on across reported sentences with Konjunktiv verbs",
    ),
    pytest.param(
        "Der Bürgermeister Otto Keller sprach sich für den Neubau der Halle aus. Teuer werde das zwar, die Stadt "
        "könne sich „eine marode Sporthalle aber nicht länger leisten“.",
        "„eine marode",
        "Der Bürgermeister Otto Keller",
        id="a partial quote in a Konjunktiv sentence goes on with the previous speaker",
    ),
    # ----------------------------------------------------------------------- colon clauses without a cue
    pytest.param(
        "Die Stadträtin Jana Meier verlässt ihre Partei. Den Vorwurf des Verrats an den Wählern nennt Meier absurd: "
        "„Die Partei hat sich verändert, nicht ich.“",
        "„Die Partei",
        "Meier",
        id="a colon clause with a thing subject names the person after the verb",
    ),
    pytest.param(
        "Die Bilanz von Sandra Kolb nach drei Jahren im Amt fällt positiv aus: „Der Hafen ist heute wieder ausgelastet.“",
        "„Der Hafen",
        "Sandra Kolb",
        id="a colon clause with a thing subject names the person in a von phrase",
    ),
    pytest.param(
        "Vor der Abstimmung gab sich der Fraktionschef Jan Holm gelassen: „Wir haben die Mehrheit.“ Seine Ruhe "
        "hat einen Grund: „Drei Abweichler haben inzwischen ihre Zustimmung signalisiert.“",
        "„Drei",
        "der Fraktionschef Jan Holm",
        id="a colon clause opening with a possessive goes on with the previous speaker",
    ),
    pytest.param(
        "Die Autorin las in Berlin. Sie wandte sich dort gegen die bisher verbreiteten bequemen Ausreden "
        "der Politik: „Wer wegschaut, macht sich mitschuldig.“",
        "„Wer",
        "Sie",
        id="a participle used as an adjective is no cue before a colon",
    ),
    # ----------------------------------------------------------------------- the sentence after a quote
    pytest.param(
        "„Wir haben uns verrechnet“. Das musste Stadtkämmerer Karl Berg am Dienstag im Rat eingestehen.",
        "„Wir haben",
        "Stadtkämmerer Karl Berg",
        id="das after a quote with a verb of saying names the speaker",
    ),
    pytest.param(
        "„Das Geld reicht nicht.“ Das musste Stadtkämmerer Karl Berg am Dienstag in der langen Sitzung "
        "des Rates zum Haushalt einräumen.",
        "„Das Geld",
        "Stadtkämmerer Karl Berg",
        id="a modal far before the infinitive cue still finds the subject",
    ),
    # ----------------------------------------------------------------------- cue verbs: meinen
    pytest.param(
        "„Der Vorstand hört nicht mehr zu“, meinen die beiden Gründer Lars Winter und Tom Berg in einem offenen Brief.",
        "„Der Vorstand",
        "die beiden Gründer Lars Winter und Tom Berg",
        id="meinen before its subject is a verb of saying",
    ),
    pytest.param(
        "Viele Anwohner meinen, der Lärm der Baustelle sei „nicht mehr auszuhalten“.",
        "„nicht mehr",
        "Viele Anwohner",
        id="meinen before a comma is a verb of saying",
    ),
    # ----------------------------------------------------------------------- subjects and their boundaries
    pytest.param(
        "Das Stadion war ausverkauft. Die Fankurve skandierte nach dem Abpfiff Sätze wie „Nie mehr zweite Liga!“",
        "„Nie mehr",
        "Die Fankurve",
        id="a group noun opening the sentence before the cue verb speaks",
    ),
    pytest.param(
        "„Das war ein glücklicher Punkt“, sagte der Trainer von Rot-Weiß 05 Kleinstadt nach dem Spiel.",
        "„Das war",
        "der Trainer von Rot-Weiß 05 Kleinstadt",
        id="a club name with a number stays one phrase",
    ),
    pytest.param(
        "Als ein Fahrgast helfen wollte, schlug der Fahrer um sich und rief: „Lasst mich raus!“",
        "„",
        "der Fahrer",
        id="a subordinator opening the sentence is no speaker (als)",
    ),
    pytest.param(
        "Nachdem die Polizei eintraf, beruhigte sich die Frau und sagte: „Es tut mir leid.“",
        "„",
        "die Frau",
        id="a subordinator opening the sentence is no speaker (nachdem)",
    ),
    # ----------------------------------------------------------------------- relative clauses
    pytest.param(
        "Erfüllt ist nun die Zusage, die Bürgermeister Hans Bauer bei seinem Amtsantritt den Eltern versprochen hatte: "
        "„Jedes Kind bekommt einen Kitaplatz.“",
        "„Jedes Kind",
        "Bürgermeister Hans Bauer",
        id="the person after an object relative pronoun is the subject",
    ),
    pytest.param(
        "Die Pläne kritisierte der Abgeordnete Karl Ost, der den Entwurf als „Irrweg“ bezeichnete.",
        "„Irrweg",
        "der",
        id="the relative pronoun of a speaking antecedent speaks (der)",
    ),
    pytest.param(
        "Vor dem Rathaus standen Hunderte Demonstranten, die immer wieder riefen: „Wir bleiben hier!“",
        "„Wir bleiben",
        "die",
        id="the relative pronoun of a speaking antecedent speaks (die)",
    ),
]


@pytest.mark.parametrize("text, quote_start, mention", MENTIONS)
def test_mention(text: str, quote_start: str, mention: str) -> None:
    assert mention_of(text, quote_start) == mention


# (text, how the quote starts): a quoted term, title or name that nobody is named as saying
NO_SPEAKER = [
    # ----------------------------------------------------------------------- quoted names and titles
    pytest.param(
        "Der Sender zitiert die spanische Zeitung „Diario Nuevo“, wonach der Minister zurücktreten wolle.",
        "„Diario",
        id="a newspaper title inside a clause before wonach is no quote",
    ),
    pytest.param(
        "Nach Angaben der Helfer von „Retter ohne Grenzen“ wurden zwölf Menschen verletzt.",
        "„Retter",
        id="a group name after nach Angaben is no quote",
    ),
    pytest.param(
        "Die Firma zeigte die kommende Version ihres Browsers (Codename: „Nordlicht“) und ein neues Werkzeug.",
        "„Nordlicht",
        id="a label after a colon name is no quote",
    ),
    pytest.param(
        "Ein Forscherteam aus Kiel berichtet, dass die Meeresschnecke „Aplysia borealis“ ihr Gift selbst herstelle.",
        "„Aplysia",
        id="a name right after a noun is no speech",
    ),
    pytest.param(
        "Die Messe findet alle fünf Jahre statt. Im nächsten Jahr nennt sie sich „expo 30“ und dauert hundert Tage.",
        "„expo",
        id="a name after nennt sich is no speech",
    ),
    # ----------------------------------------------------------------------- the sentence subject is not the speaker
    pytest.param(
        "Der Bürgermeister regierte die Stadt zwanzig Jahre lang. Er galt lange als „stiller Reformer der Region“.",
        "„stiller",
        id="the subject of gelten is not the speaker",
    ),
    pytest.param(
        "Ein Radfahrer fuhr bei Rot über die Kreuzung. Er wurde daraufhin wegen „fahrlässiger Gefährdung des Verkehrs“ belangt.",
        "„fahrlässiger",
        id="the subject of a passive is not the speaker",
    ),
    pytest.param(
        "Die Sängerin trat vierzig Jahre lang auf. Im Dorf war sie bald nur noch „die Frau mit der Geige“.",
        "„die Frau",
        id="the subject of a copula is not the speaker",
    ),
    pytest.param(
        "Die Zahl von Opfern wurde als „erschreckend hoch“ bezeichnet.",
        "„erschreckend",
        id="a von phrase before the passive auxiliary is no agent",
    ),
    # ----------------------------------------------------------------------- naming verbs and other verbs
    pytest.param(
        "Für den Herbst plant der Verlag zwei Reihen, er nennt sie „Nordwind“ und „Südlicht“.",
        "„Nordwind",
        id="a name after a naming verb without an article stays a title",
    ),
    pytest.param(
        "Der Zug hält nur an jedem zweiten Bahnhof. So etwas nennt man einen „Sprinter“.",
        "„Sprinter",
        id="a word named by man stays a term",
    ),
    pytest.param(
        "Der Richter urteilte ohne lange Beratung. Man nennt das unter Juristen: „kurzer Prozess“.",
        "„kurzer",
        id="man is never the speaker of a direct quote",
    ),
    pytest.param(
        "Der Vorfall wurde landesweit als „Brückenstreit“ bekannt.",
        "„Brückenstreit",
        id="a quoted word after other verbs stays a term (bekannt werden als)",
    ),
    pytest.param(
        "Die Zeitung bewunderte eine „Geste“ des Trainers.",
        "„Geste",
        id="a quoted word after other verbs stays a term (bewundern)",
    ),
    pytest.param(
        "„Das ist mein Haus“ steht auf einem Schild vor meinen Augen.",
        "„Das ist",
        id="meinen as a possessive is no cue",
    ),
    # ----------------------------------------------------------------------- labels and terms
    pytest.param(
        "Die Mieter trafen sich am Bahnhof. Sie liefen unter dem Motto „Die Stadt gehört uns allen! Mieten runter!“ zum Rathaus.",
        "„Die Stadt",
        id="a slogan after Motto has no speaker",
    ),
    pytest.param(
        "„Wasser für alle Dörfer“, so lautet der Titel eines Programms, das der Verband am Freitag gestartet hat.",
        "„Wasser",
        id="a title is not the speaker of its own name",
    ),
    pytest.param(
        "Der Senat plant eine zentrale „Schülerkartei“, in der viele Daten gespeichert werden sollen. "
        "Darunter sind auch die „Sprache der Familie“ und die „soziale Lage der Eltern“.",
        "„soziale Lage",
        id="a quoted term opens no turn for later quotes",
    ),
    pytest.param(
        "Die Bitte, vorgetragen durch den strengen, „korrekten“ Beamten Keller, klang wie ein Mahnwort.",
        "„korrekten",
        id="a quoted adjective after a comma is no speech",
    ),
]


@pytest.mark.parametrize("text, quote_start", NO_SPEAKER)
def test_no_speaker(text: str, quote_start: str) -> None:
    assert no_speaker(text, quote_start)


def test_relative_pronoun_resolves_to_its_antecedent() -> None:
    text = "Die Pläne kritisierte der Abgeordnete Karl Ost, der den Entwurf als „Irrweg“ bezeichnete."
    (quote,) = direct_quotes(text)
    assert quote.speaker is not None and quote.speaker.name == "Karl Ost"


def test_relative_pronoun_of_a_thing_is_no_speaker() -> None:
    text = "Der Verband schickte eine Nachricht, die nur aus einem Satz bestand: „Wir bleiben hier!“"
    assert mention_of(text, "„Wir bleiben") != "die"


@pytest.mark.parametrize(
    "text",
    [
        "Der Intendant sprach über die Inszenierung von „Faust“, die im Mai Premiere hat.",
        "Die Ministerin sprach auf Einladung von „Pro Asyl“ in der Kirche.",
    ],
)
def test_a_title_after_von_is_no_quotation(text: str) -> None:
    assert direct_quotes(text) == []
