"""Regression tests for speaker resolution rules added in session 14.

Every text is written for these tests in the style of German regional news (fictional people,
places and organisations); the pattern comes from the misses of our own resolution batches. The
assertion is on the resolved speaker's name: the person a reader would name.
"""

from __future__ import annotations

import pytest

from support import speaker_of

# (text, the quoted words, a word of the speaker's name): one case per rule
NAMED = [
    pytest.param(
        "Kritik kam von SPD-Fraktionschefin Katrin Wendler. „Der Haushalt ist auf Sand gebaut“, sagte die Oppositionsführerin.",
        "auf Sand",
        "Katrin Wendler",
        id="a definite role no one holds is the person named under another role",
    ),
    pytest.param(
        "Pflegedienstleiterin Sonja Maier führte durch das neue Haus. „Wir haben endlich Platz“, sagte die Pflegechefin.",
        "endlich Platz",
        "Sonja Maier",
        id="a role paraphrase no lexicon lists",
    ),
    pytest.param(
        "Ein Radfahrer stürzte an der Kreuzung. „Das Auto kam aus dem Nichts“, sagte der junge Mann.",
        "aus dem Nichts",
        "Radfahrer",
        id="der junge Mann is a person noun with an adjective, no surname Mann",
    ),
    pytest.param(
        "„Früher war hier ein Kino“, erzählte ein älterer Herr.",
        "ein Kino",
        "älterer Herr",
        id="ein älterer Herr without a name is an unnamed man",
    ),
    pytest.param(
        "Eine Rentnerin wartete am Bahnsteig. „Der Zug kommt nie pünktlich“, sagte die alte Dame.",
        "nie pünktlich",
        "Rentnerin",
        id="die alte Dame is the woman just introduced",
    ),
    pytest.param(
        "Der Reisedienst Kolbeck stellt neue Busse in Dienst. Die Fahrzeuge seien sparsamer, teilte das Unternehmen mit.",
        "Fahrzeuge seien",
        "Reisedienst Kolbeck",
        id="a kind noun is the organisation that spoke, though its name tells no kind",
    ),
    pytest.param(
        "Die Gemeinde Lindau saniert die Turnhalle. Die Arbeiten dauerten bis Mai, teilte die Verwaltung mit.",
        "Arbeiten dauerten",
        "Gemeinde Lindau",
        id="die Verwaltung is the town that was the subject",
    ),
    pytest.param(
        "Bäckermeister Gerhard Olm übergibt die Bäckerei an seinen Sohn Jonas Olm. „Ich höre mit einem guten Gefühl auf“, "
        "sagte der Senior. „Wir bleiben beim alten Rezept“, sagte der Jüngere.",
        "alten Rezept",
        "Jonas Olm",
        id="der Jüngere is the family member introduced as the son",
    ),
    pytest.param(
        "Die Landwirtin Hanna Pröll und ihre Tochter Mia Pröll führen den Hof gemeinsam. „Ohne die Jungen ginge es nicht“, sagte die Mutter.",
        "Jungen ginge",
        "Hanna Pröll",
        id="die Mutter is the other member of a family with a daughter",
    ),
    pytest.param(
        "Baubürgermeisterin Ute Kranich stellte die Kosten vor. Die Decke müsse erneuert werden, erklärte die Baudezernentin.",
        "Decke müsse",
        "Ute Kranich",
        id="a town's department head by another of its titles",
    ),
    pytest.param(
        "Die Bäderbetriebe Kalten-Ostrup mbH schließen das Freibad. Die Sanierung koste drei Millionen Euro, teilte die Gesellschaft mit.",
        "Sanierung koste",
        "Bäderbetriebe Kalten-Ostrup mbH",
        id="mbH is part of the name",
    ),
    pytest.param(
        "Der Verband Fränkischer Obst- und Gemüsebauern warnt vor Frost. Viele Blüten seien erfroren, sagte der Verband.",
        "Blüten seien",
        "Verband Fränkischer Obst- und Gemüsebauern",
        id="a truncated compound goes on after und in a name",
    ),
]

# (text, the quoted words, the person who is not the speaker): where the definite role stays someone new
NOT_THEM = [
    pytest.param(
        "Der Angeklagte Ralf Gerber schwieg. Der Vorsitzende Richter kündigte an, das Urteil werde am Freitag verkündet.",
        "Urteil werde",
        "Ralf Gerber",
        id="a trial's judge is left unnamed, not the defendant",
    ),
    pytest.param(
        "Ladenbesitzerin Maren Ott sprach von einem Erfolg. „Die Innenstadt lebt“, sagte die Inhaberin eines Schuhgeschäfts.",
        "Innenstadt lebt",
        "Maren Ott",
        id="an indefinite after the noun sets someone new apart",
    ),
    pytest.param(
        "Stürmer Ole Brandt fehlte verletzt. „Er braucht noch zwei Wochen“, sagte der Mannschaftsarzt.",
        "zwei Wochen",
        "Ole Brandt",
        id="the quotation talks about the person, so someone else speaks",
    ),
    pytest.param(
        "Bürgermeisterin Eva Lenz eröffnete die Kita. „Wir sind so froh“, sagte die Mutter.",
        "so froh",
        "Eva Lenz",
        id="a mayor is nobody's mother in her office",
    ),
    pytest.param(
        "Landwirt Paul Brehm hatte den Hufschmied bestellt. „Das Pferd lahmt“, sagte Brehm. „Das Eisen sitzt schief“, stellte der Hufschmied fest.",
        "Eisen sitzt",
        "Paul Brehm",
        id="a role the text used before for someone unnamed",
    ),
    pytest.param(
        "Verteidigerin Lea Voss sprach von Notwehr. Die Zeugin widersprach: „Er hat zuerst geschlagen.“",
        "zuerst geschlagen",
        "Lea Voss",
        id="an officer of the trial is no party to it",
    ),
    pytest.param(
        "Die Feuerwehr Hollenbach rückte am Morgen aus. Die Straße bleibe gesperrt, teilte das Ordnungsamt mit.",
        "Straße bleibe",
        "Feuerwehr Hollenbach",
        id="an office of the administration is a body of its own",
    ),
    pytest.param(
        "Der Patient Horst Lenz wartet seit Wochen auf einen Termin. „Uns fehlen Pflegekräfte“, sagte der Klinikdirektor.",
        "Pflegekräfte",
        "Horst Lenz",
        id="a head of something is no one known by another part in the story",
    ),
    pytest.param(
        "Der Wanderer Jens Falk verirrte sich im Moor. „Wir haben ihn mit der Wärmebildkamera gefunden“, sagte der Bergwachtleiter.",
        "Wärmebildkamera",
        "Jens Falk",
        id="a quotation with his object pronoun is about him",
    ),
    pytest.param(
        "Der Stromversorger Nordwatt erhöht zum Januar die Preise. „Das ist nicht nachvollziehbar“, kritisierte der Verein.",
        "nicht nachvollziehbar",
        "Stromversorger Nordwatt",
        id="a kind noun is no organisation of another kind that spoke before",
    ),
]


@pytest.mark.parametrize("text, quoted, name", NAMED)
def test_speaker_is_named(text: str, quoted: str, name: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is not None and name in speaker.name


@pytest.mark.parametrize("text, quoted, wrong", NOT_THEM)
def test_speaker_is_someone_else(text: str, quoted: str, wrong: str) -> None:
    speaker = speaker_of(text, quoted)
    assert speaker is None or speaker.name != wrong
