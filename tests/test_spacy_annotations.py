"""A user's spaCy pipeline with tagger/morphologizer/NER: its annotations reach quotekit's rules.

No German model can be downloaded here, so the annotations are set by hand on a ``Doc``, exactly
where a tagger, morphologizer, lemmatizer and NER would put them.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import quotekit
from quotekit.backends.spacy import from_doc
from quotekit.model import Quotes

TEXT = "„Die Lage ist ernst“, sagte Polizeisprecher Jan Brandt am Abend. Man habe alles versucht."
WORDS = ["„", "Die", "Lage", "ist", "ernst", "“", ",", "sagte", "Polizeisprecher", "Jan", "Brandt", "am",
         "Abend", ".", "Man", "habe", "alles", "versucht", "."]
SPACES = [False, True, True, True, False, False, True, True, True, True, True, True, False, True,
          True, True, True, False, False]
POS = ["PUNCT", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT", "VERB", "NOUN", "PROPN", "PROPN", "ADP",
       "NOUN", "PUNCT", "PRON", "AUX", "PRON", "VERB", "PUNCT"]
MORPHS = ["", "Case=Nom|Definite=Def|Gender=Fem|Number=Sing", "Case=Nom|Gender=Fem|Number=Sing",
          "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "Degree=Pos", "", "",
          "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "Case=Nom|Gender=Masc|Number=Sing",
          "Case=Nom|Number=Sing", "Case=Nom|Number=Sing", "", "Case=Dat|Gender=Masc|Number=Sing", "",
          "Case=Nom|PronType=Ind", "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
          "Case=Acc|PronType=Tot", "VerbForm=Part", ""]
LEMMAS = ["„", "der", "Lage", "sein", "ernst", "“", ",", "sagen", "Polizeisprecher", "Jan", "Brandt", "an",
          "Abend", ".", "man", "haben", "alle", "versuchen", "."]
ENTS = ["O"] * 9 + ["B-PER", "I-PER"] + ["O"] * 8
SENT_STARTS = [True] + [False] * 13 + [True] + [False] * 4


def annotated_doc(nlp: Language | None = None) -> Doc:
    nlp = nlp or spacy.blank("de")
    doc = Doc(nlp.vocab, words=WORDS, spaces=SPACES, pos=POS, morphs=MORPHS, lemmas=LEMMAS, ents=ENTS,
              sent_starts=SENT_STARTS)
    assert doc.text == TEXT  # the hand-made tokens really spell the sentence
    return doc


def test_hand_made_doc_annotations_reach_annotated():
    ann = from_doc(annotated_doc())
    assert ann.has_pos and ann.has_morph and ann.has_lemma and ann.has_ner
    assert [t.text for t in ann.tokens] == WORDS
    assert [t.pos for t in ann.tokens] == POS
    assert [t.lemma for t in ann.tokens] == LEMMAS
    by_text = {t.text: t for t in ann.tokens}
    assert by_text["sagte"].mood == "Ind"
    assert by_text["habe"].mood == "Sub"
    assert by_text["Lage"].feature("Gender") == "Fem"
    assert by_text["„"].morph is None  # empty morphology is "unknown", not ""
    assert by_text["Jan"].ent == by_text["Brandt"].ent == "PER"
    assert by_text["Polizeisprecher"].ent is None


def test_offsets_and_sentences_follow_the_doc():
    ann = from_doc(annotated_doc())
    for token in ann.tokens:
        assert TEXT[token.start : token.end] == token.text
    assert ann.sentences == [(0, 14), (14, 19)]
    assert {t.sent for t in ann.tokens[14:]} == {1}


def test_doc_without_annotations_reports_none():
    ann = from_doc(spacy.blank("de")(TEXT))
    assert not (ann.has_pos or ann.has_morph or ann.has_lemma or ann.has_ner)
    assert all(t.pos is None and t.morph is None and t.ent is None for t in ann.tokens)
    assert len(ann.sentences) == 2  # the sentencizer filled in the boundaries


def test_spacy_ner_labels_are_normalised():
    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=["Die", "UNO", "in", "Genf"], ents=["O", "B-ORG", "O", "B-GPE"])
    ann = from_doc(doc)
    assert [t.ent for t in ann.tokens] == [None, "ORG", None, "LOC"]


def _tagger_stub_factory(nlp: Language, name: str):
    """Stands in for tagger+morphologizer+lemmatizer+NER: copies the hand-made annotations."""

    def tag(doc: Doc) -> Doc:
        reference = annotated_doc(nlp)
        assert [t.text for t in doc] == WORDS
        for token, ref in zip(doc, reference):
            token.pos_, token.lemma_ = ref.pos_, ref.lemma_
            token.set_morph(str(ref.morph))
            token.is_sent_start = ref.is_sent_start
        doc.ents = [doc.char_span(e.start_char, e.end_char, label=e.label_) for e in reference.ents]
        return doc

    return tag


if not Language.has_factory("qk_test_hand_tagger"):
    Language.factory("qk_test_hand_tagger")(_tagger_stub_factory)


def _pipeline_with_annotations() -> Language:
    nlp = spacy.blank("de")
    nlp.tokenizer = lambda text: Doc(nlp.vocab, words=WORDS, spaces=SPACES)  # type: ignore[assignment]
    nlp.add_pipe("qk_test_hand_tagger")
    return nlp


def test_quotekit_component_sets_doc_quotes_on_blank_pipeline():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("quotekit")
    doc = nlp(TEXT)
    assert isinstance(doc._.quotes, Quotes)
    assert doc._.quotes.text == TEXT
    assert len(doc._.quote_spans) == len(doc._.quotes)


def test_quotekit_component_after_an_annotating_pipeline():
    nlp = _pipeline_with_annotations()
    nlp.add_pipe("quotekit")
    doc = nlp(TEXT)
    assert doc.has_annotation("MORPH") and doc.ents[0].text == "Jan Brandt"
    assert isinstance(doc._.quotes, Quotes)
    # the component gives the same quotes as extract() with the same pipeline
    same = quotekit.extract(TEXT, nlp=_pipeline_with_annotations())
    assert [q.to_dict() for q in doc._.quotes] == [q.to_dict() for q in same]


def test_extract_with_annotating_pipeline_finds_the_direct_quote():
    quotes = quotekit.extract(TEXT, nlp=_pipeline_with_annotations())
    direct = [q for q in quotes if q.type == quotekit.QuoteType.DIRECT]
    assert direct, "the quoted sentence was not found"
    assert direct[0].text == "„Die Lage ist ernst“"
