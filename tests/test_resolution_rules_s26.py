"""Regression tests for the speakers fixed in session 26: a business that carries its owner's full
name, people described with adjectives or by a former occupation, nouns in ``-ler`` for people,
the account of a clause's subject (``nach eigenen Angaben``), the only organisation a text named,
``jemandem etwas mit auf den Weg geben`` as a verb of saying, ``loben`` as a speech act, Konjunktiv I
forms of more verbs (``verteuere``), offices named with other words
(``Büchereileiterin`` ⇄ ``Bibliothekarin``, ``der OB``), possessives that open no subject (``Ihrer Nachfolgerin sagte sie``) and a verb of saying
coordinated with an inverted frame (``…, sagt er und lacht``); and the guards that keep things
things and inverted objects objects.

Each text is written for these tests in the style of German regional news (fictional people,
places and organisations). The patterns come from the misses of our own blind resolution batches
(heldout131, 133, 135) and of the older batches; no sentence or name is taken from a corpus or
from the batches. The guards come from a review of the change (texts of its own). Each positive
case fails on the session-start code.
"""

from __future__ import annotations

import pytest

import quotekit

from support import quote_with, speaker_name


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # a business noun before a full name: the business, which "das Unternehmen" then names
        ('Die Reederei Jannis Kostakis in Bremen bestätigte den Vorfall. Nach ersten Erkenntnissen sei niemand verletzt worden, erklärte das Unternehmen.', 'niemand verletzt', 'Reederei Jannis Kostakis'),
        # adjectives before an unlisted noun for a person: someone described, whose report a quotation goes on
        ('Festivalleiter Bernd Kuhl hat das Fest vor 20 Jahren gegründet. Der frühere Bankkaufmann erzählte, das erste Budget habe kaum für eine Bühne gereicht. „Wir waren jung und naiv.“', 'jung und naiv', 'Bernd Kuhl'),
        # nouns in -ler for people
        ('Den Hauptmann spielt der 17-jährige Timo Brandl. Er habe wochenlang geprobt, erzählte der Zehntklässler. „Am Anfang konnte ich den Text nicht.“', 'den Text nicht', 'Timo Brandl'),
        # a former occupation describes someone named before
        ('„Uns fehlt der Nachwuchs“, sagte Clubpräsident Gerd Pohl. Der frühere Schlosser ist seit 1980 dabei. Er habe in dieser Zeit viele Feste erlebt, rechnete er vor.', 'viele Feste', 'Gerd Pohl'),
        # "nach eigenen Angaben": the account of the clause's subject
        ('„Das dauert nur Sekunden“, sagte Sprengmeister Udo Kranz. Der 61-Jährige hat nach eigenen Angaben schon 30 Türme gesprengt.', '30 Türme', 'Udo Kranz'),
        # the only organisation the text named, though its name tells no kind
        ('Die Laienbühne Grünau probt eine neue Komödie. Spielleiterin Eva Ried hat sie selbst geschrieben. Der Erlös geht nach Angaben des Vereins an den Kindergarten.', 'Kindergarten', 'Laienbühne Grünau'),
        # "gab … mit auf den Weg" reports advice
        ('Die bisherige Chefin Ina Wolf geht in den Ruhestand. Bürgermeister Ralf Dorn dankte ihr. „Hört den Leuten zu“, gab die scheidende Leiterin ihren Nachfolgern mit auf den Weg.', 'Hört den Leuten zu', 'Ina Wolf'),
        # a possessive in -er opens no subject: the pronoun after the verb is it
        ('Bürgermeisterin Lea Brandt übergab das Amt. Ihrer Nachfolgerin sagte sie: „Nehmen Sie sich Zeit für die Leute.“', 'Nehmen Sie sich Zeit', 'Lea Brandt'),
        # offices that news German names with other words: a library's head is a librarian, a
        # choir's leader its conductor, an Oberbürgermeister the OB
        ('Büchereileiterin Jutta Kern hat die Gebühren abgeschafft. Stadträtin Uta Prinz lobte das. Mehr Kinder kämen seitdem, sagte die Bibliothekarin.', 'Mehr Kinder', 'Jutta Kern'),
        ('Chorleiterin Eva Sand probt mit 40 Sängern. Sopranistin Lea Mohr singt seit 1990 mit. Die Stimmen seien gut, sagte die Dirigentin.', 'Stimmen seien', 'Eva Sand'),
        ('Oberbürgermeister Frank Lohse eröffnete die Brücke. Anwohnerin Eva Timm war skeptisch. Die Brücke sei ein Gewinn für alle, sagte der OB.', 'Gewinn für alle', 'Frank Lohse'),
        # a Konjunktiv I of a verb in -ern goes on with the report
        ('„Wir haben jede Auflage erfüllt“, sagte Vorstand Jens Roloff. Jeder Monat Verzögerung verteuere die Wohnungen.', 'verteuere', 'Jens Roloff'),
        # praise is a speech act named without its content
        ('Rektorin Anke Voss freut sich. Bürgermeister Udo Lenz war auch da. Die Schulleiterin lobte besonders die neuen Lerninseln.', 'Lerninseln', 'Anke Voss'),
        # kind nouns compounded with what the body does name the body the text introduced
        ('Die Diakonie Waldau fordert mehr Notschlafplätze. Sozialarbeiter Tim Kern kennt viele Betroffene. Die vorhandenen Betten reichten nicht, teilte der Wohlfahrtsverband mit.', 'Betten reichten', 'Diakonie Waldau'),
        ('Der Stadtsportbund Ahlen will die Kurse fortsetzen. Trainer Ole Voss ist zufrieden. Die Finanzierung sei offen, teilte der Dachverband mit.', 'Finanzierung sei offen', 'Stadtsportbund Ahlen'),
        # a verb coordinated with an inverted frame shares its subject; the quotation after it too
        ('Die Lage sei ernst, sagte Innenminister Paul Roth und kündigte an: „Wir handeln sofort.“', 'Wir handeln', 'Paul Roth'),
        ('Bester Spieler war Tom Weber. „Der Kopf entscheidet“, sagt er. Trainer Jan Hoff sieht das bescheidener. Weber habe ihn längst überholt, sagt er und lacht. „Gegen ihn verliere ich fast immer.“', 'fast immer', 'Jan Hoff'),
    ],
)
def test_the_speaker_is_found(text: str, words: str, expected: str) -> None:
    speaker = speaker_name(text, words)
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize(
    ("text", "words", "unexpected"),
    [
        # another noun before a name in first position is an object, the name the subject
        ('Gegründet hat die Gruppe Rüdiger Lenz. „Hier draußen zählt jede Minute“, sagt der 56-Jährige.', 'jede Minute', 'Gruppe'),
        # a council noun before a name is the person's seat
        ('„Wir brauchen die Brücke“, sagte Ortsbeirat Tobias Engel.', 'die Brücke', 'Ortsbeirat Tobias Engel'),
        # things in -ler and after "das" are no one (review)
        ('Die Stadtwerke tauschen alte Geräte aus. Der neue Stromzähler misst den Verbrauch digital. „Das spart uns viel Zeit.“', 'viel Zeit', 'Stromzähler'),
        ('Die Forscher haben lange getestet. Das neue Experiment lief über zwei Jahre. „Wir sind sehr zufrieden.“', 'sehr zufrieden', 'Experiment'),
        ('Der Ratskeller könnte schließen. Stadtrat Ulf Behr kämpft dafür. Der Ratskeller sei die gute Stube der Stadt. „Das wäre ein Armutszeugnis“, sagte der frühere Lehrer.', 'Armutszeugnis', 'Ratskeller'),
        # "und" after a clause that opens with an adverb: the first subject of the sentence
        ('Der Student verbrachte die Nacht auf der Wache, nur ab und zu war er wach und hatte gefragt: „Wie geht es ihm?“', 'Wie geht es', 'Zeitung'),
        # "nach eigenen Angaben" with a thing as the subject: its owner, not the thing (review)
        ('Die Stadtwerke Neuberg erhöhen die Preise. Grund sind nach eigenen Angaben gestiegene Beschaffungskosten.', 'Beschaffungskosten', 'Grund'),
        # a kind noun named another body before: no fallback to the only named one (review)
        ('Die Kulturschmiede Ahlen bekommt einen Nachbarn. Der Verein Schachfreunde zieht ins Erdgeschoss. „Wir freuen uns“, teilte der Verein mit.', 'Wir freuen uns', 'Kulturschmiede'),
        # a second verb in a subordinate clause is not coordinated with a frame
        ('Das Risiko wachse, sagte der Sprecher. Keiner könne sagen, was passiere, wenn er sich in die Enge getrieben fühle und angreife. Aus diesem Grund soll der Bär gefangen werden.', 'gefangen werden', 'Bär'),
        # a place's name after another kind of body is another organisation
        ('In der Kellerbühne Talheim spielen Jazzbands. Die Stadt Talheim zahlt einen Zuschuss. Daran ändere sich nichts, versicherte die Stadt.', 'Daran ändere', 'Kellerbühne'),
        # an ordinal in a title is no one's name
        ('Bürgermeisterin Anna Roth ist krank. Ihre Stellvertreterin Petra Moos übernimmt. Die Lage sei ernst, sagte die Zweite Bürgermeisterin.', 'Lage sei ernst', 'Zweite'),
    ],
)
def test_the_new_rules_do_not_overreach(text: str, words: str, unexpected: str) -> None:
    speaker = speaker_name(text, words, required=False)
    assert speaker is None or unexpected not in speaker


def test_a_business_with_an_owners_name_is_an_organisation() -> None:
    quote = quote_with('„Wir liefern weiter“, teilte die Metzgerei Hans Keller mit.', 'liefern weiter')
    assert quote is not None and quote.speaker is not None
    assert quote.speaker.kind is quotekit.SpeakerKind.ORGANISATION
