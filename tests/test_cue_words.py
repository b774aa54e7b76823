"""Every word of a cue (`quotekit.cues.cue_words`, `Quote.cue_parts`): what a reader sees as the
cue, and what the German news quotation corpus marks — the verb with its particle, auxiliary,
reflexive or impersonal companion, an opening ``wie``, a cue noun's article."""

from __future__ import annotations

import pytest

import quotekit
from quotekit.api import annotate
from quotekit.cues import CueKind, cue_words, find_cues


def _cue_texts(text: str, lemma: str) -> list[str]:
    ann = annotate(text)
    cue = next(c for c in find_cues(ann) if c.lemma.lower() == lemma)
    return [ann.tokens[i].text for i in cue_words(ann, cue, ann.sentences[cue.sentence][0])]


@pytest.mark.parametrize(
    ("text", "lemma", "words"),
    [
        ("Das Ministerium teilte am Montag mit, die Straße sei gesperrt.", "mitteilen", ["teilte", "mit"]),
        ("Der Sprecher hatte am Morgen erklärt, man werde die Pläne prüfen.", "erklären", ["hatte", "erklärt"]),
        ("Die Bürgermeisterin hat gestern erklärt, sie trete nicht mehr an.", "erklären", ["hat", "erklärt"]),
        ("Die Brücke bleibt gesperrt, wie berichtet wurde.", "berichten", ["wie", "berichtet", "wurde"]),
        ("Die Ärztin äußerte sich besorgt über die Zahl der Fälle.", "äußern", ["äußerte", "sich"]),
        ("Am Abend äußerte er sich erleichtert über das Ergebnis.", "äußern", ["äußerte", "sich"]),
        ("In dem Schreiben hieß es, der Zug falle bis Freitag aus.", "heißen", ["hieß", "es"]),
        ("Der Verband geht davon aus, dass die Preise weiter steigen.", "ausgehen", ["geht", "davon", "aus"]),
        ("Wie ein Sprecher der Stadt mitteilte, bleibt die Brücke gesperrt.", "mitteilen", ["Wie", "mitteilte"]),
    ],
)
def test_verb_cue_words(text, lemma, words):
    assert _cue_texts(text, lemma) == words


def test_a_cue_noun_comes_with_its_article():
    ann = annotate("Die Erklärung des Vereins stieß bei den Fans auf Kritik.")
    cue = next(c for c in find_cues(ann) if c.kind is CueKind.NOUN)
    assert [ann.tokens[i].text for i in cue_words(ann, cue, 0)] == ["Die", "Erklärung"]


def test_a_finite_verb_does_not_take_an_auxiliary_from_its_clause():
    # "sagte" is only finite: the "hat" of the clause is not its auxiliary
    assert _cue_texts("Er hat Zweifel und sagte es offen.", "sagen") == ["sagte", "es"]
    assert _cue_texts("Sie sagte am Montag, das Amt habe geprüft.", "sagen") == ["sagte"]


def test_quotes_carry_every_cue_word_as_parts():
    text = "Das Ministerium teilte am Montag mit, die Straße sei bis Freitag gesperrt."
    (quote,) = quotekit.extract(text)
    assert quote.cue.text == "teilte"
    assert [part.text for part in quote.cue_parts] == ["teilte", "mit"]
    assert all(text[p.start : p.end] == p.text for p in quote.cue_parts)
    assert quote.to_dict()["cue_parts"] == [[p.start, p.end] for p in quote.cue_parts]


def test_direct_quotes_get_cue_parts_too():
    text = "„Wir prüfen das“, hatte die Sprecherin am Morgen erklärt."
    (quote,) = quotekit.extract(text)
    assert [part.text for part in quote.cue_parts] == ["hatte", "erklärt"]
