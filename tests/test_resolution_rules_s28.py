"""Regression tests for the speakers fixed in session 28: a body in someone's report is no antecedent
of their ``sagte er`` (``Der Kreis müsse sparen. „…“, sagte er``); places named after a place noun
(``Ihr Ortsteil X``) and after a preposition in a role phrase are no people; a bare compound kind
noun (``das Stadtarchiv``) is the body named before with it; an operator (``Betreiberin X``) is who
``die Kinochefin`` takes up; Konjunktiv II forms of strong verbs (``säßen``) go on with a report,
but not irreal comparisons (``als befänden sich …``); a body named after a preposition is what a
later bare kind noun means (``vom Forstamt X … die Behörde``); kin named by first name take the
surname of the one they are kin of (``Ihr Mann Steffen``); the subject of a speech act's participle
after ``sei`` is no speaker; a role noun used before only in a headline that names no one or after
an indefinite article does not make the later phrase someone new; a plural after a singular verb is
no subject; a frame before a colon says who reports what follows it; and the guards that keep the
new rules from overreaching.

Each text is written for these tests in the style of German regional news (fictional people,
places and organisations). The patterns come from the misses of our own blind resolution batches
(heldout143, 145, 147, and the unread batches of the twenty-seventh session, read after their
measurement) and from three reviews; no sentence or name is taken from a corpus or from the
batches. Each positive case fails on the session-start code.
"""

from __future__ import annotations

import os

import pytest

from support import speaker_name


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a body in a report before the pronoun's cue is what was said, not who says it
        ('Kreis kürzt Zuschuss\n\nKämmerer Uwe Lanz verteidigt die Kürzung. Der Kreis müsse in diesem Jahr sparen, jede freiwillige Leistung komme auf den Prüfstand. „Das ist keine Entscheidung gegen den Verein“, sagte er.', 'keine Entscheidung gegen', 'Uwe Lanz'),
        # a place named after a place noun is no one ("Ihr Ortsteil X sei belastet")
        ('Müll am Container\n\nOrtsvorsteherin Rita Kahl begrüßt den Plan, hätte sich aber mehr gewünscht. Ihr Ortsteil Unterbach sei besonders belastet. Sie habe die Stadt schon vor Jahren gewarnt, sagte sie. „Passiert ist wenig.“', 'Passiert ist wenig', 'Rita Kahl'),
        # a bare compound kind noun is the body named before with the same noun
        ('Archiv geht online\n\nDas Projekt stemmt der Verlag gemeinsam mit dem Stadtarchiv Kellbach. Die Verschlagwortung betreut das Stadtarchiv.\n\nDas Archiv bittet zudem um Mithilfe: Einige Jahrgänge fehlen. Wer alte Ausgaben besitze, solle sich melden, teilte das Stadtarchiv mit.', 'alte Ausgaben', 'Stadtarchiv Kellbach'),
        # an operator is what "die Kinochefin" takes up
        ('Kino schließt für die Sanierung\n\nDas Kino in Rohrbach wird saniert. Betreiberin Hanna Voss stellte die Pläne vor. „Die Sessel sind älter als ich“, sagte die 61-Jährige.\n\nBürgermeister Paul Engel sicherte Hilfe zu. „Ein Ort ohne Kino verliert seine Mitte“, sagte er.\n\nDie Kinochefin zeigte sich dankbar. „Die Seniorennachmittage wollen wir nicht ausfallen lassen.“', 'Seniorennachmittage', 'Hanna Voss'),
        # a Konjunktiv II of a strong verb goes on with the report
        ('Streit um Seiten im Netz\n\nNach Auskunft des Rechtsanwalts Tim Hohl sind solche Seiten schwer zu belangen. Die Betreiber säßen meist im Ausland und wechselten die Adressen.', 'säßen meist', 'Tim Hohl'),
        # a role noun used before only in a headline that names no one, or after an indefinite article
        ('Brand in Pizzeria – Wirt leicht verletzt\n\nIn der Küche der Pizzeria „Roma“ hat am Samstag Fett gebrannt. Inhaber Marco Rossi versuchte, den Brand selbst zu löschen, und verbrannte sich die Hand.\n\nDer Schaden wird auf 50.000 Euro geschätzt. Der Wirt will bald wieder öffnen. „Wir haben schon Schlimmeres überstanden.“', 'Schlimmeres überstanden', 'Marco Rossi'),
        ('Gericht: Terrasse darf bleiben\n\nBistro-Betreiber Carl Lutz zeigte sich erleichtert. „Ohne die Terrasse fehlt uns die Hälfte der Plätze“, sagte der 45-Jährige.\n\nBaudezernent Peter Hahn will das Urteil prüfen. Es gehe nicht um einen einzelnen Wirt, sondern um den öffentlichen Raum, sagte er.\n\nDer Beirat der Stadt hatte die Verwaltung unterstützt. Dessen Vorsitzende Ingrid Mahn bedauerte das Urteil. Für Blinde seien die Plattformen gefährlich, sagte sie.\n\nDer Wirt bot an, die Kante der Terrasse zu markieren. Darüber wolle er mit dem Beirat sprechen.', 'mit dem Beirat', 'Carl Lutz'),
        # a plural after a singular verb is no subject ("rief die Bürger … auf")
        ('Hacker legen Rathaus lahm\n\nBürgermeister Tom Reis bestätigte den Angriff am Dienstag. „Wir zahlen kein Lösegeld“, sagte der 52-Jährige.\n\nReis rief die Bürger zur Vorsicht auf: „Öffnen Sie keine Anhänge von unbekannten Absendern.“', 'keine Anhänge', 'Tom Reis'),
        # a frame before a colon says who reports what follows it
        ('Klinik im Notbetrieb\n\nDie Versorgung sei nicht gefährdet gewesen, versicherte Geschäftsführerin Eva Linde. „Wir arbeiten mit Papier und Stift.“\n\nEine Frau, deren Mann auf der Station liegt, sagte, sie habe sich Sorgen gemacht. „Aber alle waren sehr freundlich.“\n\nLinde bat um Verständnis: Wer nicht akut erkrankt sei, solle den Hausarzt aufsuchen.', 'Hausarzt aufsuchen', 'Eva Linde'),
        # a station for animals is an organisation, no person's name in a headline
        ('Igelstation Moorbruch platzt aus allen Nähten\n\nIn der Küche von Marga Seidl stapeln sich die Kisten. In jeder schläft ein Igel. Seit 18 Jahren betreibt die Rentnerin in ihrem Haus in Moorbruch eine private Igelstation. So voll sei es noch nie gewesen, sagt sie.', 'noch nie gewesen', 'Marga Seidl'),
        # kin named by first name take the surname of the one they are kin of
        ('Notdienst vor dem Kollaps\n\nDas erlebte auch Familie Brandt aus Oberbühl. „Wir saßen drei Stunden im Wartezimmer“, erzählt Nadine Brandt. Ihr Mann Steffen ergänzt, die Rechnung habe sie schockiert.', 'Rechnung habe sie', 'Steffen Brandt'),
        # a body named after a preposition, which a later bare kind noun refers back to
        ('Brücken mit Licht prüfen\n\nDas Ingenieurbüro Stahl stellte das System vor. „Die Brücke meldet sich selbst“, sagte Projektleiter Jan Ott.\n\nBeim Landesbetrieb Straßenbau Nordmark zeigt man sich interessiert. Man werde das System an zwei Brücken testen, teilte der Landesbetrieb mit.', 'zwei Brücken', 'Landesbetrieb Straßenbau Nordmark'),
        # a speech act's participle after "sei": its subject is the one tasked, no speaker
        ('Lokal schließt\n\nDer Wirt Anton Kreil räumt Versäumnisse ein. „Ich habe mich auf einen Mitarbeiter verlassen“, sagte er. Inzwischen sei ein Schädlingsbekämpfer beauftragt, die Küche werde gereinigt.\n\n„Wir wollen in zwei Wochen wieder aufmachen.“', 'wieder aufmachen', 'Anton Kreil'),
        # a body in a report, the reporter in the sentence before the paragraph
        ('Busse werden gestrichen\n\nDer Landkreis Hohenmark plant Einschnitte im Nahverkehr. Landrat Peter Kuhn hatte die Pläne am Montag vorgestellt.\n\nDer Landkreis müsse sparen. „Wir können die Linien nicht mehr bezahlen“, sagte er.', 'Linien nicht mehr', 'Peter Kuhn'),
    ],
)
def test_the_speaker_is_found(text: str, words: str, expected: str) -> None:
    speaker = speaker_name(text, words)
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a body whose sentence has a cue of its own speaks itself (review)
        ('Baulärm\n\nAnwohnerin Petra Lange hatte sich über Baulärm beschwert. Die Gemeinde Talbach habe alle Vorschriften eingehalten, hieß es aus dem Rathaus. „Wir haben sauber gearbeitet“, erklärte sie.', 'sauber gearbeitet', 'Gemeinde Talbach'),
        # a body two sentences back, in the paragraph before, with no one named between (review)
        ('Stiftung legt Bericht vor\n\nDie Stiftung Lindenhof hat ihren Jahresbericht vorgelegt.\n\nIhr Vermögen stieg um vier Prozent. Man könne mehr ausschütten, erklärte sie.', 'mehr ausschütten', 'Stiftung Lindenhof'),
        # a place noun inside an organisation's name (review)
        ('Fähre\n\n„Wir brauchen mehr Fähren“, teilte die Gemeinde Insel Poel mit.', 'mehr Fähren', 'Gemeinde Insel Poel'),
        ('Verein\n\n„Man lässt uns allein“, erklärte der Verein Quartier Nord.', 'uns allein', 'Verein Quartier Nord'),
        # a role no one named is someone new
        ('Feuer im Gasthof\n\nIn der Gaststätte Zur Post brach ein Feuer aus. „Es ging alles sehr schnell“, sagte der Wirt.', 'sehr schnell', 'Wirt'),
        # a body whose sentence closes with a frame of its own speaks itself (review)
        ('Klinik\n\nPatientin Rosa Beer hatte über lange Wartezeiten geklagt. Die Klinik Nordstadt habe die Abläufe inzwischen geändert, teilte ein Sprecher mit. Sie bedauere den Fall, erklärte sie.', 'bedauere den Fall', 'Klinik Nordstadt'),
    ],
)
def test_the_new_rules_keep_what_was_right(text: str, words: str, expected: str) -> None:
    speaker = speaker_name(text, words)
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize(
    ("text", "words", "unexpected"),
    [
        # a cue verb in a fronted conditional clause reports nothing of its subject (review)
        ('Lärmschutz\n\n„Wir bauen weiter“, sagte Bauleiter Timo Fuchs. Wenn der Bund zustimmte, bekämen die Anwohner eine Lärmschutzwand.', 'Lärmschutzwand', 'Bund'),
        # the plural object of a singular verb is no speaker
        ('Hacker\n\nBürgermeister Tom Reis bestätigte den Angriff. Reis rief die Bürger zur Vorsicht auf: „Öffnen Sie keine Anhänge.“', 'keine Anhänge', 'Bürger'),
        # an irreal comparison is the writer's image, no report (review)
        ('Stromausfall\n\n„Wir haben die Störung nach drei Stunden behoben“, sagte Netzmeister Ulf Kaiser. Es war, als befänden sich alle in einem anderen Jahrhundert.', 'als befänden', 'Ulf Kaiser'),
        ('Konzert\n\n„Das war unser bestes Konzert“, sagte Sängerin Mia Roth. Die Fans jubelten, als bekämen sie ein Geschenk.', 'bekämen sie', 'Fans'),
    ],
)
def test_the_new_rules_do_not_overreach(text: str, words: str, unexpected: str) -> None:
    speaker = speaker_name(text, words, required=False)
    assert speaker is None or unexpected not in speaker


def test_the_agent_noun_of_a_deed_does_not_depend_on_the_hash_seed() -> None:
    # "Mitgründerin" ends in two listed agent nouns; the choice went by the order of a set, which
    # changes with PYTHONHASHSEED from run to run (a confidence and the rule's label differed)
    import subprocess
    import sys

    code = "from quotekit import entity_words as e; print(e.deed_stem('Mitgründerin'))"
    seen = {
        subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert seen == {"('mitgründ', '')\n"}
