"""Regression tests for the speakers fixed in session 25: a report that goes on in a Konjunktiv II
that looks like the preterite, sources after a possessive (``nach seinen Angaben``), handovers
told at length, indefinite phrases that introduce no one, a professor's title, the owner of a
business named after them, a master of a trade, the subject just before a quotation, an event
named with an age, who spoke just before rather than an organisation they spoke of, and unlisted
nouns of a trade as speakers; and the guards that keep narration after a quotation the
narrator's.

Each text is written for these tests in the style of German regional news (fictional people,
places and organisations). The patterns come from the misses of our own blind resolution batches
(heldout125, 127, 129) and of the older batches; no sentence or name is taken from a corpus or
from the batches. Each positive case fails on the session-start code but one (``Ihren Aussagen
zufolge``, which a compound-free cue noun already found).
"""

from __future__ import annotations

import pytest

from support import speaker_name


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # in the plural the Konjunktiv II of a weak verb is the preterite: the report goes on
        ('Büchereileiter Jan Ostrowski hat die Mahngebühren abgeschafft. „Gebühren halten genau die Falschen fern“, sagte der 41-Jährige. Viele Familien trauten sich mit offenen Gebühren nicht mehr in die Bücherei.', 'trauten sich', 'Jan Ostrowski'),
        ('Landrätin Eva Pohlmann will die Klinik retten. Der Kreis prüfe eine Beteiligung, sagte sie. Die kleinen Häuser im Land arbeiteten längst am Limit.', 'längst am Limit', 'Eva Pohlmann'),
        ('Diakonin Ruth Weller leitet den Gesprächskreis. „Hier muss niemand stark sein“, sagt sie. Viele Angehörige fühlten sich inzwischen allein gelassen.', 'allein gelassen', 'Ruth Weller'),
        # a source after a possessive: "Angaben" is a noun, though "angaben" is also a verb
        ('Kreisbrandmeister Ulf Renner war als Erster vor Ort. Nach seinen Angaben brannte der Dachstuhl bereits lichterloh.', 'Dachstuhl', 'Ulf Renner'),
        ('Zeugin Mara Lind hat den Unfall gesehen. Ihren Aussagen zufolge fuhr der Wagen viel zu schnell.', 'viel zu schnell', 'Mara Lind'),
        # a handover told with a date between the verb and the one who takes over
        ('Inhaberin Rita Lang übergibt ihre Apotheke zum 1. April an Nora Falk, die bisher in einer Klinik gearbeitet hat. „Ich habe lange gesucht“, sagt die 70-Jährige. Mit Falk habe sie sich schnell geeinigt.\n\nDie Nachfolgerin kennt die Apotheke seit ihrer Kindheit. Sie wolle das Sortiment erweitern, sagte sie.', 'Sortiment', 'Nora Falk'),
        # an indefinite phrase in a sentence that denies it introduces no one to describe
        ('Die Schreinerei am Markt schließt. Schreinermeister Otto Kern hört auf. Einen Nachfolger hat er nicht gefunden.\n\n„Ich stehe seit 40 Jahren in der Werkstatt“, sagte der 67-Jährige.', 'seit 40 Jahren', 'Otto Kern'),
        # a professor's title gives the role
        ('Studienleiter Prof. Felix Adam stellte die Ergebnisse vor. Heimbewohner Karl Sommer war skeptisch. Der Professor blieb dabei: Die Daten seien eindeutig.', 'Daten seien', 'Felix Adam'),
        # a family business carries its owner's name
        ('Die Bäckerei Lorenz liefert sonntags aus. Die Idee hatte Juniorchef Paul Lorenz. Gefahren wird das Rad von Student Jan Wick. Der Bäcker will das Angebot ausweiten. Ab Herbst gebe es auch Touren am Samstag, sagte er.', 'Touren am Samstag', 'Paul Lorenz'),
        ('In der Metzgerei Haag gibt es jetzt vegane Wurst. Metzgermeister Emil Haag hat lange gezögert. Kritik kommt von Innungschef Rolf Weber. Der Firmenchef sieht das gelassen. Die Nachfrage sei da, sagte er.', 'Nachfrage sei da', 'Emil Haag'),
        # a master of a trade is one of the trade
        ('Zerlegt werden die Rinder bei Anja Kehl. Die Metzgermeisterin holt den Anhänger selbst ab. Amtstierärztin Eva Brand begleitet die Termine. Das Verfahren sei sicher, sagte sie. Die Metzgerin wünscht sich Nachahmer. Die Kunden fragten gezielt danach, berichtete sie.', 'gezielt danach', 'Anja Kehl'),
        # a quotation after a sentence whose subject is someone new, right after another quotation paragraph
        ('„Wir haben alles versucht“, sagte Geschäftsführerin Sandra Roth.\n\nEin Setzer, der seit 30 Jahren im Haus ist, nimmt es gelassen. „Wir haben viele Krisen erlebt.“\n\nEine Kundin kaufte am Samstag fünf Bücher. „Ich habe extra gewartet.“', 'extra gewartet', 'Kundin'),
        # a spelled-out age before a noun names an event, no one aged
        ('Heimatpflegerin Maria Lenz hat die Chronik geschrieben. Das Kloster habe 1624 das Braurecht erhalten, berichtete sie. Im Dreißigjährigen Krieg sei es zweimal geplündert worden.\n\nGeschäftsführer Anton Bauer blickt nach vorn. „Wir wachsen nicht um jeden Preis“, betonte er.\n\nDie Historikerin hat auch Kurioses gefunden. So habe ein Abt das Bierbrauen verbieten wollen, erzählte sie.', 'Bierbrauen', 'Maria Lenz'),
        # a pronoun at a cue is the one who just spoke, not the state he spoke of
        ('Bürgermeister Jonas Weber nannte die Schließung einen schweren Schlag. Nach Ansicht des Bürgermeisters müsse der Freistaat mehr Anreize schaffen. Die Gemeinde habe sogar Räume angeboten, sagte er.', 'Räume angeboten', 'Jonas Weber'),
        # an unlisted noun of a trade is surely a person: a quotation after it goes on with them
        ('Ihr Ausbilder Walter Kunz ist sichtlich stolz. Er habe früh gemerkt, dass sie Talent habe, sagte der Metzgermeister. „Das kann man nicht lernen.“', 'nicht lernen', 'Walter Kunz'),
        ('Nina Hofer hatte sieben Brote eingereicht. Die Bäckermeisterin sieht die Prüfung als Qualitätskontrolle. „Man wird betriebsblind, da tut ein Blick von außen gut.“', 'betriebsblind', 'Nina Hofer'),
        # a verb of saying in a relative clause about the subject reports nothing
        ('Eine Nachbarin, die den Brand bemerkt hatte, kann es nicht fassen. „Wer macht denn so etwas?“', 'Wer macht', 'Nachbarin'),
    ],
)
def test_the_speaker_is_found(text: str, words: str, expected: str) -> None:
    speaker = speaker_name(text, words)
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize(
    ("text", "words", "unexpected"),
    [
        # a preterite with nothing that places it in the present is narration (review)
        ('„Wir sind sehr zufrieden“, sagte Bürgermeister Klaus Berg. Die Feuerwehrleute löschten den Brand nach zwei Stunden.', 'löschten', 'Klaus Berg'),
        # what happened next is narrated
        ('„Wir kommen wieder“, sagte Gruppensprecher Ole Brandt. Danach besetzten die Demonstranten den Platz vor dem Rathaus.', 'besetzten', 'Ole Brandt'),
        # after a source the text goes on in its own words
        ('Nach Angaben von Polizeisprecher Till Roth wurde niemand verletzt. Die Beamten sperrten die Straße bis zum Abend.', 'sperrten', 'Till Roth'),
        # a present tense in -ten is no Konjunktiv II
        ('„Die Schule muss saniert werden“, sagte Elternsprecherin Ina Wolf. Die Eltern erwarten eine schnelle Lösung.', 'schnelle Lösung', 'Ina Wolf'),
        # an indicative with a Konjunktiv II of its own is the preterite
        ('„Wir waren machtlos“, sagte Einsatzleiter Kai Moll. Die Helfer hatten die Sandsäcke zu spät bekommen.', 'Sandsäcke', 'Kai Moll'),
        # a sentence with a verb of saying of its own is another report
        ('„Der Plan ist gut“, sagte Bürgermeister Udo Lenz. Die Grünen kritisierten den Plan scharf.', 'kritisierten', 'Udo Lenz'),
        # a business named after someone else is not the trade's
        ('Die Bäckerei Roth hat geschlossen. Kundin Eva Roth bedauert das. Bäcker Jens Ulm aus dem Nachbarort will einspringen. „Wir liefern ab Montag“, sagte der Bäcker.', 'ab Montag', 'Eva Roth'),
        # two people of the business's name: which one is open to the rule
        ('Die Metzgerei Brand feiert Jubiläum. Ulla Brand und ihr Sohn Tim Brand führen sie gemeinsam. Kreisrat Max Ohm gratulierte. Der Firmenchef dankte den Kunden. Ohne sie gäbe es den Laden nicht, sagte er.', 'den Laden nicht', 'Ulla Brand'),
        # a report after the subject's own clause (behind a colon) leaves the subject the speaker
        ('Wer beim Studierendenwerk Talstadt Bafög beantragt, braucht Geduld.\n\nDie Leiterin des Amts für Ausbildungsförderung, Sandra Gebhardt, führt das auf zwei Ursachen zurück: Die Zahl der Anträge sei gestiegen, zugleich seien fünf Stellen unbesetzt. „Wir arbeiten Überstunden, wo wir können.“', 'Überstunden', 'Studierendenwerk'),
        # a bare "der Chef" is anyone's boss, not whoever shares the business's name (review)
        ('Verkäufer Tim Winter arbeitet seit drei Jahren im Autohaus Winter, das sein Onkel gegründet hat. „Die Nachfrage nach Elektroautos ist eingebrochen“, sagt der Chef.', 'eingebrochen', 'Tim Winter'),
        # a thing with a person's ending is no speaker (review)
        ('„Wir haben gewonnen“, sagte Trainer Ole Wendt. Der Moment war emotional. „Das vergesse ich nie.“', 'vergesse ich nie', 'Moment'),
        # the subject of a reported sentence is no speaker of the quotation after it
        ('Die Vorsitzende Anna Pohl verweist auf andere Länder. „Dort ist längst selbstverständlich, was hier als Zumutung gilt.“ Die Bibliothekarin fordert, dass der Bund tätig wird.\n\nVerleger Tim Kraus sieht das anders. Die Ausleihe ersetze oft den Kauf, sagt der Inhaber des Verlags. Jede kostenlose digitale Leihe koste Autorinnen und Autoren Einnahmen. „Wir sind nicht gegen Bibliotheken.“', 'gegen Bibliotheken', 'Einnahmen'),
    ],
)
def test_the_new_rules_do_not_overreach(text: str, words: str, unexpected: str) -> None:
    speaker = speaker_name(text, words, required=False)
    assert speaker is None or unexpected not in speaker


def test_a_wish_in_the_konjunktiv_ii_leaves_the_subject_the_speaker() -> None:
    """A review of the change found the new check on reported clauses taking ``hätte gern`` for
    reported speech; only the Konjunktiv I marks a report there."""
    text = 'Schulleiterin Ute Brand hätte gern zwei weitere Klassenräume. „Der Platz reicht hinten und vorne nicht.“'
    assert speaker_name(text, 'Platz reicht') == 'Ute Brand'
