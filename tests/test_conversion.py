"""The default engine's conversion: numpy sentence boundaries and per-word flag tables.

`sentence_starts` replaces spaCy's sentencizer in the default engine for speed, so it must give
exactly the sentencizer's boundaries; `WordTable` caches per-word flags for the whole process, so
it must give the classifier's answers and stay bounded.
"""

from __future__ import annotations

import functools

import numpy
import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.attrs import SENT_START
from spacy.pipeline import Sentencizer

import quotekit
from quotekit.api import annotate
from quotekit.backends.spacy import default_nlp, from_doc, sentence_starts
from quotekit.wordtable import WordIds, WordTable


@functools.cache
def _spacy_sentencizer() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def _sentencizer_starts(text: str) -> list[int]:
    return (_spacy_sentencizer()(text).to_array([SENT_START]) == 1).astype(int).tolist()


_PIECES = st.sampled_from(["Er", "sagte", "es", ".", "!", "?", "…", "„", "“", '"', "'", "(", ")", ",", ":", "\n", "\n\n", " ", "3.", "z.B.", "。", "Ja"])


def _without_starts_after_a_comma(doc, starts: list[int]) -> list[int]:
    """The sentencizer's starts, less those where a comma or semicolon stands between the
    sentence-final mark and the word (``„Wohin?“, fragte sie``): quotekit goes on there."""
    kept = list(starts)
    for i in range(1, len(doc)):
        if kept[i]:
            k = i - 1
            while k >= 0 and doc[k].is_punct and doc[k].text not in Sentencizer.default_punct_chars:
                if doc[k].text in (",", ";"):
                    kept[i] = 0
                k -= 1
    return kept


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_sentence_starts_are_the_sentencizers_but_after_a_comma(text):
    doc = default_nlp()(text)
    if not len(doc):
        return
    assert sentence_starts(doc).astype(int).tolist() == _without_starts_after_a_comma(doc, _sentencizer_starts(text))


def test_sentences_after_closing_marks_and_paragraphs():
    ann = annotate("Er kam. „Wir gehen!“ Dann ging er.\n\nNeuer Absatz ohne Punkt\nUnd weiter.")
    firsts = [ann.texts[first] for first, _ in ann.sentences]
    assert firsts == ["Er", "„", "Dann", "Neuer"]


def test_word_table_flags_follow_the_classifier():
    seen: list[str] = []

    def classify(word: str) -> int:
        seen.append(word)
        return 1 if word[:1].isupper() else 0

    table = WordTable(classify)
    ann = annotate("Anna sagte, Ben komme. Anna ging.")
    assert table.where(ann, 1) == [i for i, w in enumerate(ann.texts) if w[:1].isupper()]
    assert sorted(seen) == sorted(set(ann.texts))  # each distinct word classified once
    table.flags(ann)
    assert len(seen) == len(set(ann.texts))  # and never again


def test_word_table_is_emptied_when_full_and_stays_right():
    ids = WordIds(max_words=5)
    table, other = WordTable(len, ids=ids), WordTable(str.isupper, ids=ids)
    earlier = annotate("Eins zwei")
    table.flags(earlier)
    for text in ["eins zwei drei vier", "fünf sechs sieben acht neun zehn", "eins zwei", "EINS"]:
        ann = annotate(text)
        assert table.flags(ann).tolist() == [len(w) for w in ann.texts]
        assert other.flags(ann).tolist() == [w.isupper() for w in ann.texts]
        assert len(ids) <= max(5, len(set(ann.texts)))
        assert len(table._flags) <= 2 * max(5, len(set(ann.texts)))
    # a document numbered before the numbers were given anew is numbered again
    assert table.flags(earlier).tolist() == [4, 4]


def test_default_engine_does_not_mutate_or_need_a_sentencizer():
    assert "sentencizer" not in default_nlp().pipe_names
    quotes = quotekit.extract("Er sagte: „Wir kommen.“ Sie sagte, sie bleibe.")
    assert [q.type.value for q in quotes] == ["Direct", "Indirect"]
    assert numpy.all(sentence_starts(default_nlp()("Eins. Zwei.")) == numpy.array([1, 0, 1, 0]))


def test_a_blank_line_and_a_dateline_end_sentences_without_a_full_stop():
    text = "Russland bricht mit der NATO\n\nMOSKAU – Russland wolle die Mission schließen, sagte der Minister.\n\nBERLIN (dpa) – Die Regierung schwieg."
    ann = annotate(text)
    firsts = [ann.texts[first] for first, _ in ann.sentences]
    assert firsts == ["Russland", "MOSKAU", "Russland", "BERLIN", "Die"]
    (quote,) = quotekit.extract(text)
    assert [p.text for p in quote.parts] == ["Russland wolle die Mission schließen"]
    assert quote.mention.text == "der Minister"


def test_a_dash_after_an_ordinary_word_is_no_dateline():
    ann = annotate("Die Lage – so hieß es – sei ernst.")
    assert len(ann.sentences) == 1


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("Sie kam nur auf Rang 24. „Ich war zu hektisch“, sagte sie.", 2),  # the ordinal-looking "24." ends a sentence
        ("Er wurde 22.\n\n„Das ist schön“, sagte er.", 2),  # a paragraph break started it already
        ("Am 3. Oktober sprach sie.", 1),  # an ordinal before a word is no sentence end
    ],
)
def test_a_number_with_a_full_stop_before_a_quotation_ends_the_sentence(text, sentences):
    ann = annotate(text)
    assert len(ann.sentences) == sentences
    assert ann.texts[ann.sentences[-1][0]] in ("„", "Am")


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("„Wo soll ich denn jetzt hin?“, fragte die Frau. Niemand wusste es.", 2),  # a comma after the mark goes on
        ("„Wirklich?“; mehr sagte er nicht.", 1),
        ("Wo soll ich hin? Niemand wusste es.", 2),
        ("„Wo soll ich hin?“ Niemand wusste es.", 2),
    ],
)
def test_a_comma_after_a_question_mark_goes_on_with_the_sentence(text, sentences):
    assert len(annotate(text).sentences) == sentences


def test_tokens_only_conversion_equals_the_general_one():
    text = "Russland bricht mit der NATO\n\nMOSKAU – „Wir gehen“, sagte er am 3. Oktober 2010. „Nie.“ Dann ging er."
    general, tokens_only = from_doc(default_nlp()(text), text), from_doc(default_nlp()(text), text, tokens_only=True)
    assert (general.tokens, general.sentences, general.texts) == (tokens_only.tokens, tokens_only.sentences, tokens_only.texts)
