"""Regression tests for the speakers fixed in session 27: a cue verb inside a Konjunktiv I report
(``Der Kreis werde nun neu planen``) is no speaker of the quotation after it; ``der Mann`` carries
a quotation on; one of a group (``Einer der beiden Fahrer``) opens a subject; the kinds of job
centres and youth welfare associations; an epithet opening a paragraph names the person
of its field (``Der Jurist`` is the lawyer, ``Der Unternehmer`` the owner); a role before a title
(``der Rechtsanwalt Dr. X``); the police of a place apart from its other offices; ``wenig`` and
``viel`` as determiners; a plural person noun before a place (``der Motorfreunde Kallbach``);
``schmerze`` and other Konjunktiv I forms; a second predicate with ``sich aber``; a claim with ``wollen`` and a perfect infinitive (``Ein Nachbar will
einen Knall gehört haben``) as a report of its subject; and the guards that keep the new rules
from overreaching.

Each text is written for these tests in the style of German regional news (fictional people,
places and organisations). The patterns come from the misses of our own blind resolution batches
(heldout137, 139, 141) and of the older batches; no sentence or name is taken from a corpus or
from the batches. Each positive case fails on the session-start code.
"""

from __future__ import annotations

import pytest

import quotekit

from support import quote_with, speaker_name


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a cue verb inside the report of the sentence before is no speaker's (its subject is reported)
        ('Landrat Peter Kern ist enttäuscht. Das Projekt sei gescheitert, sagte er. Der Kreis werde nun neu planen. „Wir geben nicht auf.“', 'geben nicht auf', 'Peter Kern'),
        ('Bürgermeisterin Ute Berg bedauert die Absage. Das Fest sei ein fester Termin, sagte sie. Die Stadt wolle prüfen, ob sie selbst einspringen könne. „Wir lassen das Fest nicht sterben.“', 'nicht sterben', 'Ute Berg'),
        # one of a group opening a sentence is its subject, whom "der Mann" then names
        ('„Die Straße war spiegelglatt“, sagte Polizeisprecher Jan Kolbe. Viele Fahrer seien zu schnell gewesen.\n\nEiner der beiden Busfahrer, ein 52-Jähriger aus Halle, war auf dem Weg zum Depot. Er sei langsam gefahren, sagte der Mann. „Da konnte man nichts mehr machen.“', 'nichts mehr machen', 'Busfahrer'),
        # kinds: a job centre is an authority, a youth "Werk" an association
        ('Die Fahrschule Brandt bietet einen Kurs an, gefördert vom Jobcenter Altstadt. Der Kurs ist gut besucht.\n\nNach Angaben des Jobcenters gibt es in der Region viele offene Stellen.', 'offene Stellen', 'Jobcenter Altstadt'),
        ('Der Spielbus des Jugendwerks Kreis Ostrau fährt zwölf Dörfer an. Sozialarbeiterin Lea Korn ist dabei. „Die Kinder lieben den Bus“, sagt sie.\n\nDas Jugendwerk will das Angebot ausweiten. Man suche Sponsoren für einen zweiten Bus, teilte der Verein mit.', 'Sponsoren', 'Jugendwerk Kreis Ostrau'),
        # an epithet opening a paragraph: the person of its field, not whoever spoke last
        ('Zum Insolvenzverwalter wurde der Rechtsanwalt Dr. Jan Moos bestellt. Der Betrieb laufe weiter, sagte er.\n\nDie Ursachen sieht Geschäftsführer Udo Kranz im Markt. „Wir haben zu spät reagiert“, sagte der 51-Jährige.\n\nDer Jurist gibt sich optimistisch. Es gebe bereits erste Interessenten.', 'erste Interessenten', 'Jan Moos'),
        ('Das Autohaus Kern will wachsen. Inhaber Josef Kern plant einen Neubau. „Wir platzen aus allen Nähten“, sagte er.\n\nBürgermeister Stefan Wolf versuchte zu vermitteln. Er verstehe beide Seiten, sagte er.\n\nDer Unternehmer zeigte sich gesprächsbereit. Über die Öffnungszeiten könne man reden.', 'Öffnungszeiten', 'Josef Kern'),
        # the police of a place is another body than its district office
        ('Die Polizeiinspektion Bergheim bietet ein Training an.\n\nDas Landratsamt Bergheim lehnt Sperrungen ab. Eine Sperrung sei nicht möglich, teilte die Behörde mit.', 'nicht möglich', 'Landratsamt Bergheim'),
        # an unnamed person described by an apposition is the subject a pronoun takes up
        ('„Es geht um mehr als Süßigkeiten“, sagte Marktleiterin Jana Roth. Ihr Vater hatte den Laden gegründet.\n\nDer Detektiv, ein früherer Polizist, möchte anonym bleiben. In zwei Wochen habe er neun Diebe gestellt, berichtet er.', 'neun Diebe', 'Detektiv'),
        ('Der Wirt Karl Brehm will den Parkplatz sperren. „Das zahlen am Ende wir.“\n\nEiner der Teilnehmer, ein 22-Jähriger aus dem Nachbarort, verstand die Aufregung nicht. Die meisten seien nur zum Reden gekommen, sagte er.', 'zum Reden', 'Teilnehmer'),
        # a relative clause between the subject and a reported verb
        ('Der Rat hat Kameras beschlossen. Eine Kontrolleurin, die seit Jahren im Außendienst ist, berichtet von einem Angriff im Frühjahr. Seitdem sei sie vorsichtig, sagt sie.', 'vorsichtig', 'Kontrolleurin'),
        # a plural person noun before a place names a club, no one's role ("Sieverdingen" is nobody)
        ('Auch Sabine Rehfeld fährt einen alten Wagen. Die Vorsitzende der Motorfreunde Kallbach sieht die Szene im Umbruch. „Wir brauchen junge Leute.“\n\nFahrzeuge mit H-Kennzeichen seien ausgenommen, betont der Verein. Das müsse so bleiben, fordert die 58-Jährige.', 'so bleiben', 'Sabine Rehfeld'),
        # a Konjunktiv I of a verb of feeling goes on with the report
        ('Betroffen ist auch Claudia Berger. „Als wir zurückkamen, stand die Tür offen“, erzählt die Mutter zweier Kinder. Am meisten schmerze sie der Verlust des Eherings.', 'Verlust des Eherings', 'Claudia Berger'),
        # a second predicate with "sich aber" and a thing: the first clause's subject goes on
        ('Schulleiterin Anna Gräf berichtete davon. Die Rektorin hatte Verständnis für die Fahrer, wünschte sich aber eine frühere Ankündigung. „Wir haben es am Montag erfahren.“', 'am Montag erfahren', 'Anna Gräf'),
        # "Wenig" before a noun is a determiner, no first name of someone
        ('Wenig Verständnis hat Florian Brandt. Der Vater einer kleinen Tochter musste Urlaub nehmen. „Mein Urlaub ist bald aufgebraucht“, sagte der Ingenieur.', 'bald aufgebraucht', 'Florian Brandt'),
    ],
)
def test_the_speaker_is_found(text: str, words: str, expected: str) -> None:
    speaker = speaker_name(text, words)
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ('Ein Nachbar will gegen drei Uhr einen Knall gehört haben, dachte sich aber nichts dabei.', 'einen Knall gehört', 'Nachbar'),
        ('Ein Angler, der am Ufer saß, will noch ein rotes Boot gesehen haben. Danach sei ihm nichts aufgefallen, sagte er.', 'rotes Boot', 'Angler'),
    ],
)
def test_a_claim_with_wollen_is_its_subjects_report(text: str, words: str, expected: str) -> None:
    quote = quote_with(text, words)
    assert quote is not None and quote.type is quotekit.QuoteType.REPORTED
    assert quote.speaker is not None and expected in quote.speaker.name


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a plan with a deadline, a goal and a plain wish claim nothing; nor does nobody
        ('Die Stadt will das Dach bis Mai saniert haben.', 'Dach bis Mai'),
        ('Die Bahn will die Strecke im Dezember fertig gebaut haben.', 'im Dezember'),
        ('Die Stadt will im Jahr 2040 klimaneutral sein.', 'klimaneutral'),
        ('Niemand will etwas gesehen haben. Die Ermittler stehen vor einem Rätsel.', 'etwas gesehen'),
        ('Die Kommission will bis März alle Zeugen gehört haben. Danach soll der Bericht erscheinen.', 'Zeugen gehört'),
        ('Der neue Chefarzt will in seinen ersten 100 Tagen jeden Mitarbeiter persönlich getroffen haben.', 'persönlich getroffen'),
        ('Das Projekt, das seit Jahren umstritten ist, lobte am Montag Bürgermeister Uwe Kraft als Meilenstein.', 'umstritten'),
        ('Der Verein will im Sommer ein neues Vereinsheim bauen.', 'Vereinsheim'),
        # one of a group named as a predicate is no unnamed person of its own
        ('Eine der ersten Patientinnen war Hanna Brix. Sie sei sehr zufrieden, sagte sie.', 'Eine der ersten'),
        # the object of a second predicate is no speaker
        ('Der Wirt begrüßte den Vorschlag, nannte ihn aber eine Notlösung.', 'begrüßte den Vorschlag'),
    ],
)
def test_no_report_is_made_up(text: str, words: str) -> None:
    assert quote_with(text, words) is None


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # within a paragraph an epithet still describes the one who just spoke
        ('Die ärztliche Direktorin Prof. Clara Roth sagte, man habe sofort reagiert. „Die Station ist gesperrt“, so die Medizinerin.\n\nAmtsärztin Dr. Eva Stein prüft den Fall.', 'Station ist gesperrt', 'Clara Roth'),
        ('Standortleiter Dr. Udo Ehlers nannte das Projekt wichtig. „Die Kunden wollen das“, sagte er.\n\nDer Betriebsrat trägt die Pläne mit. Sein Vorsitzender Achim Rolf sprach von einem guten Signal. „Wir wollen die Arbeit hier“, sagte der Gewerkschafter.', 'Arbeit hier', 'Achim Rolf'),
        # a role the lead gives before anyone is named is named below it (review)
        ('Hochwasser in Kirchtal\n\nDas Wasser steigt weiter. „Wir tun alles, was möglich ist“, sagte die Bürgermeisterin am Abend.\n\nBürgermeisterin Anja Frey hat einen Krisenstab eingerichtet.', 'was möglich ist', 'Anja Frey'),
        # a role holder named in a later paragraph by the very word, after someone else (review)
        ('Neues Gerätehaus in Oberau\n\nKommandant Peter Albrecht führte die Gäste durch die Halle. „Endlich haben wir Platz“, sagte er.\n\nDie Kosten lagen bei 2,4 Millionen Euro. „Das ist gut angelegtes Geld“, sagte der Bürgermeister.\n\nBürgermeister Klaus Berger kündigte weitere Projekte an.', 'gut angelegtes Geld', 'Klaus Berger'),
        # a body's own past act before its quotation: the body's words (review)
        ('Die Stadt erhöht die Mieten. Ein Sprecher der Stadt sagte, die Erhöhung sei zulässig. Der Mieterverein habe die Pläne in einem offenen Brief kritisiert. „Hier wird über die Köpfe der Mieter hinweg entschieden.“', 'Köpfe der Mieter', 'Mieterverein'),
        # a body's verb in a report is the quotation's source when no one before reported it (review)
        ('Elternsprecherin Jana Wolf ist verärgert. Die Gemeinde habe die Eltern in einem Brief informiert. „Die Kita bleibt bis Ostern zu.“ So stand es in dem Schreiben.', 'bis Ostern zu', 'Gemeinde'),
        # the short form of a police body with its place is the same body (review)
        ('Die Polizeidirektion Tannau warnt vor Betrügern. Die Direktion Tannau sagte, die Täter gäben sich als Handwerker aus.', 'als Handwerker', 'Polizeidirektion Tannau'),
        # an impersonal subject in a report before a colon: the frame's subject speaks
        ('Der Dekan Wolf Eber dankte allen. Zugleich mahnte er, niemand solle Wunder erwarten: „Das ist ein Marathon, kein Sprint.“', 'Marathon', 'Wolf Eber'),
        # a verb inside a report whose subject is a pronoun: the reporter himself
        ('Trainer Markus Wendt ist neu im Verein. Er wolle die Mannschaft kennenlernen und dann entscheiden, wo Verstärkung nötig sei. „Ich habe viel gelernt.“', 'viel gelernt', 'Markus Wendt'),
    ],
)
def test_the_new_rules_keep_what_was_right(text: str, words: str, expected: str) -> None:
    speaker = speaker_name(text, words)
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize(
    ("text", "words", "unexpected"),
    [
        # a person's verb inside a report is a report in the report: that person speaks (review)
        ('Nach Angaben der Polizei habe der Fahrer gesagt, er sei geblendet worden. „Ich habe die Frau nicht gesehen.“', 'nicht gesehen', 'Polizei'),
        ('Die Schulleitung bestätigte den Vorfall. Ein Schüler habe berichtet, er sei gemobbt worden. „Keiner hat mir geholfen.“', 'mir geholfen', 'Schulleitung'),
        # "der Mann" as a bare subject does not carry a quotation on (review)
        ('Polizeisprecherin Jana Roth berichtete von einer Verfolgung. Der Mann wurde schließlich in Ulm gestoppt. „Er hatte keinen Führerschein.“', 'keinen Führerschein', 'Mann'),
        # a role holder named right after the phrase, in its paragraph, is who spoke (review)
        ('Bürgermeister Karl Ott sagte: „Die Halle wird gebaut.“ „Wir rechnen mit zwei Jahren Bauzeit“, ergänzte der Architekt. Architekt Lutz Frei hat schon mehrere Hallen geplant.', 'zwei Jahren', 'Karl Ott'),
        # a claim inside someone else's report is no cue of the quotation after it (review)
        ('Polizeisprecher Ingo Hart sagte, ein Nachbar wolle einen Knall gehört haben. „Wir prüfen das.“', 'Wir prüfen', 'Nachbar'),
        # "der Mann" as the subject of a deed a witness tells is no speaker (review)
        ('Die Verkäuferin Julia Brandt erinnert sich an den Kunden. Der Mann fragte nach Zigaretten und zog dann eine Waffe. „Ich habe sofort den Alarmknopf gedrückt.“', 'Alarmknopf', 'Mann'),
        # someone's words after a colon stay theirs, however unknown (review)
        ('Der Wirt Hans Kolb erzählte, jemand habe ihm gesagt: „Du machst das nicht lange.“', 'nicht lange', 'Hans Kolb'),
        # a relative clause before a verb whose subject follows it: the first phrase is its object
        ('Die Zahl der Menschen, die bei dem Sturm ums Leben gekommen sein sollen, bezifferte die Nachrichtenagentur Nordpress mit 13.', 'mit 13', 'Zahl'),
        # a named holder of the role comes later, the phrase describes the one just quoted
        ('Die ärztliche Direktorin Prof. Clara Roth sagte, man habe sofort reagiert. „Die Station ist gesperrt“, so die Medizinerin.\n\nAmtsärztin Dr. Eva Stein prüft den Fall.', 'Station ist gesperrt', 'Eva Stein'),
    ],
)
def test_the_new_rules_do_not_overreach(text: str, words: str, unexpected: str) -> None:
    speaker = speaker_name(text, words, required=False)
    assert speaker is None or unexpected not in speaker
