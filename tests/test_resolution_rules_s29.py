"""Regression tests for the speakers fixed in session 29: a short legal form after a hyphen
(``Verkehrs-AG``) and an article before a noun and a place's name (``Der Nahverkehr X (NVO)``)
make an organisation; a name in the s-genitive before an adjective is no speaker; a capitalised
determiner is no verb of saying; more umlauted Konjunktiv II forms go on with a report; a paragraph
that names someone in full and then speaks of them by pronoun in the Konjunktiv reports that
person; ``so viel`` is no source; Konjunktiv after a colon reports the subject before it with no
report before; a word for someone from a place the text named describes the person spoken of; a
body told to act is not what ``sagte er`` after a man who spoke means; a trade master's noun may
describe a guild's officer; ``Das sieht X anders`` does not make the sentence before X's; a body
named in the dative plural (``von den Stadtwerken X``) is what the bare noun means; a role phrase
saying where its person is from names the one the place's sentence was about; and a first name
after a surname's genitive and a kin noun takes that surname; a dative pronoun before ``zufolge``
is the source; a fronted accusative object (``Einen Nachfolger``) is no one new; a trade noun no
one holds names the owner of such a workplace (``Inhaberin X`` of a pharmacy for ``die
Apothekerin``); an expert noun describes a member of a council (``die Finanzexpertin ihrer
Fraktion``). The guards come from three reviews.

Each text is written for these tests in the style of German regional news (fictional people,
places and organisations). The patterns come from the misses of our own blind resolution batches
(heldout149, 151, 153, and the unread batches of the twenty-eighth session, read after their
measurement); no sentence or name is taken from a corpus or from the batches. Each positive case
fails on the session-start code.
"""

from __future__ import annotations

import pytest

from support import speaker_name


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a short legal form after a hyphen makes the compound an organisation noun ("Verkehrs-AG")
        ('Neue Busse kommen später\n\nDie Stadtbus-AG Hollbach muss auf ihre neuen Elektrobusse warten. Grund seien fehlende Batterien, teilte das Unternehmen mit.', 'fehlende Batterien', 'Stadtbus-AG Hollbach'),
        # an article, a noun and a place's name (with its acronym) name a body, not a person
        ('Kameras in allen Zügen\n\nDer Nahverkehr Ostmarsch (NVO) rüstet alle Züge mit Kameras aus. Seit Januar seien elf Übergriffe gemeldet worden, teilte das Unternehmen mit.', 'elf Übergriffe', 'Nahverkehr Ostmarsch'),
        # a name in the s-genitive before a lowercase adjective is no speaker; the full name after it is
        ('Lichterfest\n\nTausende kamen zum Lichterfest. Hollbachs oberster Feuerwehrmann Jens Kranz sprach von einem „rundum friedlichen Abend“.', 'friedlichen Abend', 'Jens Kranz'),
        # a capitalised determiner at a sentence's start is no verb of saying ("Einige" is no "einigen")
        ('Bombe entschärft\n\nDie Räumung habe länger gedauert als geplant, sagte Ordnungsamtsleiter Paul Siebert. Einige Anwohner hätten sich geweigert, ihre Wohnungen zu verlassen.', 'geweigert', 'Paul Siebert'),
        # an umlauted strong Konjunktiv II goes on with the report
        ('Maut trifft Kleinbetriebe\n\nDie Maut sei nicht das größte Problem, sagt Spediteur Karl Wendt. Doch Diesel und Versicherungen fräßen die Gewinne auf.', 'fräßen die Gewinne', 'Karl Wendt'),
        # a paragraph that names someone in full, then speaks of them by pronoun in the Konjunktiv
        ('Übung im Seniorenheim\n\n„Das war eine Herausforderung“, sagte Einsatzleiter Uwe Brink. Jeder Bewohner brauche eine Trage.\n\nDie Heimleiterin, Karin Vogt, hatte die Übung angeregt. Nach dem Hochwasser im Nachbarort habe sie sich gefragt, ob ihr Haus vorbereitet wäre.', 'ob ihr Haus', 'Karin Vogt'),
        # "so viel" is a degree, no source after the content
        ('Neue Halle für den Katastrophenschutz\n\nLandrätin Eva Brandt verteidigte den Kauf der Halle. Ein Neubau hätte drei Jahre gedauert, so viel Zeit habe der Kreis nicht.', 'drei Jahre gedauert', 'Eva Brandt'),
        # Konjunktiv after a colon reports the subject before it, with no report before
        ('Hitzerekord am Berg\n\nDie Station auf dem Hohen Kamm hat 35 Grad gemessen. Betreut wird sie von Professor Ludger Haas. Der Meteorologe ordnete den Wert ein: Ein einzelner Rekord sei noch kein Beweis.', 'noch kein Beweis', 'Ludger Haas'),
        # someone from a place the text named describes the person just spoken of
        ('Anschlag auf Hochsitz\n\nNach Angaben der Polizeiinspektion Tannried war die Leiter angesägt. Der Verletzte, Otto Brenner, ist wieder zu Hause. „Auf einmal gab es einen Knacks“, sagte der Tannrieder.', 'einen Knacks', 'Otto Brenner'),
        # a body told to act (no verb of saying) is not what "sagte er" means after a man who spoke
        ('Jägerkurs ausgebucht\n\nKursleiter Horst Lenz rechnet damit, dass der Andrang anhält. Der Verein baut bereits einen zweiten Schießstand. Die Nachfrage sei riesig, sagte er.', 'Nachfrage sei riesig', 'Horst Lenz'),
        # a trade master's noun may describe a guild's officer who just spoke
        ('Handwerk unter Druck\n\n„Die Lage ist ernst“, sagte Kammerpräsident Bernd Ullrich. Vor allem das Bauhauptgewerbe leide. Der Zimmerermeister aus Tannried verwies auf die Zinsen: „Wer baut, rechnet dreimal nach.“', 'rechnet dreimal nach', 'Bernd Ullrich'),
        # "Das sieht X anders": what was said before is not X's report
        ('Streik im Lager\n\nStandortleiter Tim Ebert wies das zurück. Die Löhne lägen über dem Tarif, sagte er. Der Betrieb laufe normal weiter.\n\nDas sieht die Streikleiterin Ayla Demir anders. „Die Bänder stehen still.“', 'Betrieb laufe normal', 'Tim Ebert'),
        # a kind noun named before in the dative plural ("von den Stadtwerken X … Die Stadtwerke")
        ('Notbrunnen werden saniert\n\n»Viele Brunnen sind vergessen«, sagt Paul Kramer von den Stadtwerken Hollbach.\n\nDie Stadtwerke rechnen mit Kosten von 300.000 Euro. Die Arbeiten sollen im Herbst enden, teilte das Unternehmen mit.', 'im Herbst enden', 'Stadtwerke Hollbach'),
        # a role phrase saying where its person is from names the one the place's sentence was about
        ('Maut trifft Fuhrunternehmer\n\nFür Sabine Roth ist jeder Monat eine Zitterpartie. Die 44-Jährige betreibt in Tannried ein Fuhrunternehmen mit drei Lastwagen.\n\nDer Verband warnt vor Pleiten, sagte Hauptgeschäftsführerin Ute Kern. „Die Betriebe brauchen Hilfe.“\n\nDie Unternehmerin aus Tannried hat über einen E-Lkw nachgedacht. Ohne Ladesäule sei das unrealistisch, sagt sie.', 'Ohne Ladesäule', 'Sabine Roth'),
        # a first name after a surname's genitive and a kin noun has that surname
        ('Spendenlauf\n\nStefan Brück lief 24 Stunden für das Kinderhospiz. „Am Ende tat alles weh“, sagte der 49-Jährige.\n\nAuch Brücks Sohn Lukas war dabei. Er habe ans Aufgeben gedacht, gab der Schüler zu.', 'ans Aufgeben gedacht', 'Lukas Brück'),
        # a dative pronoun before "zufolge" is the source
        ('Busse fallen aus\n\nKritik kommt von Stadträtin Olga Renz. Man habe überhastet umgestellt, sagte die Fraktionschefin. Ihr zufolge kosteten die Ersatzbusse im Januar 40.000 Euro.', 'Ersatzbusse im Januar', 'Olga Renz'),
        # a fronted accusative object ("Einen Nachfolger") is no one new
        ('Uhrmacher schließt\n\nNach 50 Jahren gibt Uhrmachermeister Egon Brandl auf. „Die Augen machen nicht mehr mit“, sagt der 78-Jährige. Einen Nachfolger hat der gebürtige Sudetendeutsche nicht gefunden. „Ich habe es lange versucht.“', 'lange versucht', 'Egon Brandl'),
        # a trade noun no one holds names the owner of such a workplace named before
        ('Leere Regale\n\nIn der Adler-Apotheke in Hollbach spürt Inhaberin Sabine Kurz die Engpässe täglich. „Wir telefonieren stundenlang“, sagt sie.\n\nEine Mutter hat drei Apotheken abgeklappert. „Ich verstehe das nicht“, sagte sie.\n\nDie Apothekerin sieht das ähnlich: Eine schnelle Besserung sei nicht in Sicht.', 'schnelle Besserung', 'Sabine Kurz'),
        # an expert noun describes a member of a council ("die Finanzexpertin ihrer Fraktion")
        ('Neues Zentrum\n\nOberbürgermeister Kurt Haas sprach von einem Signal. „Wir brauchen Personal“, sagte der Verwaltungschef.\n\nKritik kam von Stadträtin Ilse Morbach. Sie hält die Kosten für zu hoch. „Wir streichen bei der Jugendarbeit und leisten uns ein Prestigeprojekt“, sagte die Finanzexpertin ihrer Fraktion.', 'Prestigeprojekt', 'Ilse Morbach'),
    ],
)
def test_the_speaker_is_found(text: str, words: str, expected: str) -> None:
    speaker = speaker_name(text, words)
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a band is an organisation, which "die Band" refers back to
        ('Konzert abgesagt\n\nDas Konzert fiel wegen Sturms aus. Die Rockband Eisvogel, die spielen sollte, meldete sich am Abend. »Wir kommen im Mai wieder«, schrieb die Band.', 'im Mai wieder', 'Rockband Eisvogel'),
        # a body that takes a stance (no verb of saying) is still what "erklärte er" means
        ('Wildcamper\n\nBürgermeister Tim Sauer sagte, jeden Abend stünden Wohnmobile am Strand. Der Campingverband unterstützt das Vorgehen. Wildcampen schade der Branche, erklärte er.', 'schade der Branche', 'Campingverband'),
        # a trade master's noun after an office outside the crafts is someone else (the baker)
        ('Besuch in der Backstube\n\nLandrat Peter Kohl besuchte am Montag die Bäckerei Sonnleitner. „Hier wird noch von Hand gearbeitet“, sagte der Bäckermeister.', 'von Hand gearbeitet', 'Bäckermeister'),
        # a degree word before a people's noun that closes the clause is a source ("so viele Juristen")
        ('Gesetz umstritten\n\nInnenminister Kurt Hahn sprach von einem Meilenstein. Das Gesetz sei verfassungswidrig, so viele Juristen.', 'verfassungswidrig', 'Juristen'),
        # a victim named in a paragraph of a police report is not who speaks its Konjunktiv
        ('Radfahrer verletzt\n\nDie Polizei teilte mit, der Lkw-Fahrer habe den Radfahrer übersehen.\n\nDer Radfahrer, Jonas Weber, war auf dem Weg zur Arbeit. Er sei mit dem Hubschrauber in eine Klinik geflogen worden.', 'Hubschrauber', 'Polizei'),
        ('Badeunfall\n\nEin Polizeisprecher sagte, der Jugendliche sei allein geschwommen.\n\nDer Schüler, Finn Koch, galt als guter Schwimmer. Er habe vermutlich einen Krampf bekommen.', 'Krampf bekommen', 'Polizeisprecher'),
        # a place someone only passes through, and someone else's office, do not make "aus X" theirs (review)
        ('Unfall auf der B 7\n\nBei Kellbach ist ein Motorradfahrer schwer verletzt worden. Der 34-Jährige war auf dem Weg von Kellbach nach Hollfeld, teilte die Polizei mit.\n\nDer Mann aus Hollfeld, der den Unfall beobachtete, sagte, das Motorrad sei zu schnell gewesen.', 'zu schnell gewesen', 'Mann'),
        ('Betrug vor Gericht\n\nVor dem Amtsgericht muss sich ein 28-Jähriger aus Moosbach verantworten. Staatsanwalt Felix Kern wirft ihm Betrug vor. Kern lebt ebenfalls in Moosbach.\n\nDer Angeklagte aus Moosbach sagte, er habe niemanden betrügen wollen.', 'niemanden betrügen', '28-Jährige'),
        # a source after "so manche" that closes the clause (review)
        ('Neue Regeln\n\nDie Regeln seien zu kompliziert, so manche Stimme aus der Partei. Der Vorstand will nachbessern.', 'zu kompliziert', 'Stimme'),
        # the person just named, not the owner named before, is who a trade noun means (review)
        ('Salon\n\nIm Salon Haarmonie von Inhaberin Lisa Brandl arbeitet Azubi Mia Stolz. Stolz lernt im zweiten Jahr. „Ich will mich später selbstständig machen“, sagt die Friseurin.', 'selbstständig machen', 'Mia Stolz'),
    ],
)
def test_the_new_rules_keep_what_was_right(text: str, words: str, expected: str) -> None:
    speaker = speaker_name(text, words)
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize(
    ("text", "words", "unexpected"),
    [
        # a Konjunktiv II opening a sentence is a condition, not a verb of saying (review)
        ('Stadtrat\n\nStadträtin Petra Ahrens fordert Aufklärung. "Wir wissen zu wenig", sagte sie. Erführe der Rat früher von Problemen, hülfe das allen.', 'hülfe das allen', 'Stadtrat'),
    ],
)
def test_the_new_rules_do_not_overreach(text: str, words: str, unexpected: str) -> None:
    speaker = speaker_name(text, words, required=False)
    assert speaker is None or unexpected not in speaker
