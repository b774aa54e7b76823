"""The spaCy component: ``nlp.add_pipe("quotekit")`` → ``doc._.quotes`` and ``doc._.quote_spans``."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import quotekit
from quotekit import Quotes

TEXT = (
    "„Wir werden die Gespräche fortsetzen“, sagte die Ministerin am Dienstag in Berlin. "
    "Der Bürgermeister erklärte: »Die Brücke wird im Frühjahr saniert.«"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("quotekit")
    return nlp


def as_dicts(quotes) -> list[dict]:
    return [q.to_dict() for q in quotes]


def test_the_entry_point_finds_the_factory_without_importing_quotekit_first():
    # A fresh interpreter: spaCy must resolve "quotekit" through the spacy_factories entry point.
    script = textwrap.dedent(
        """
        import json, sys
        import spacy
        assert "quotekit" not in sys.modules, "quotekit was imported before spaCy looked for it"
        nlp = spacy.blank("de")
        nlp.add_pipe("quotekit")
        doc = nlp(sys.stdin.read())
        print(json.dumps({"pipe_names": nlp.pipe_names,
                          "quotes": [q.to_dict() for q in doc._.quotes]}, ensure_ascii=False))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], input=TEXT.encode("utf-8"), capture_output=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    output = json.loads(result.stdout)
    assert output["pipe_names"] == ["quotekit"]
    assert output["quotes"] == as_dicts(quotekit.extract(TEXT))


def test_doc_quotes_are_the_same_as_extract(nlp):
    doc = nlp(TEXT)
    assert isinstance(doc._.quotes, Quotes)
    assert as_dicts(doc._.quotes) == as_dicts(quotekit.extract(TEXT))
    assert [q.text for q in doc._.quotes] == [
        "„Wir werden die Gespräche fortsetzen“",
        "»Die Brücke wird im Frühjahr saniert.«",
    ]


def test_quote_spans_are_spacy_spans_covering_each_part(nlp):
    doc = nlp(TEXT)
    spans = doc._.quote_spans
    assert len(spans) == len(doc._.quotes)
    for quote, parts in zip(doc._.quotes, spans):
        assert len(parts) == len(quote.parts)
        for part, span in zip(quote.parts, parts):
            assert isinstance(span, spacy.tokens.Span)
            assert span.start_char <= part.start and part.end <= span.end_char
            assert span.text.strip("„“»«\"' ") in part.text or part.text in span.text


def test_a_doc_without_quotes_gets_an_empty_list(nlp):
    doc = nlp("Der Rat tagt am Montag in Brüssel.")
    assert doc._.quotes == []
    assert doc._.quote_spans == []


def test_nlp_pipe_processes_a_stream_of_docs(nlp):
    texts = [TEXT, "", "Kein Zitat.", TEXT]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [len(doc._.quotes) for doc in docs] == [len(quotekit.extract(t)) for t in texts]


def test_include_terms_is_a_config_value_that_survives_the_config():
    text = "Die Fähre „Nordlicht“ lief am Morgen mit zwei Stunden Verspätung in den Hafen ein."
    nlp = spacy.blank("de")
    nlp.add_pipe("quotekit", config={"include_terms": True})
    assert [q.text for q in nlp(text)._.quotes] == ["„Nordlicht“"]

    rebuilt = spacy.util.load_model_from_config(nlp.config)  # what spacy.load does with a saved pipeline
    assert rebuilt.pipe_names == ["quotekit"]
    assert [q.text for q in rebuilt(text)._.quotes] == ["„Nordlicht“"]
    assert spacy.blank("de").add_pipe("quotekit")(spacy.blank("de")(text))._.quotes == []


def test_a_doc_with_hand_set_pos_and_entities_works():
    # What a trained German pipeline would provide; set by hand so no model is needed.
    words = ["„", "Wir", "kommen", "wieder", "“", ",", "sagte", "Anna", "Berger", "."]
    spaces = [False, True, True, False, False, True, True, True, False, False]
    pos = ["PUNCT", "PRON", "VERB", "ADV", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"]
    sent_starts = [True] + [False] * 9
    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, sent_starts=sent_starts, ents=[
        "O", "O", "O", "O", "O", "O", "O", "B-PER", "I-PER", "O"
    ])  # fmt: skip
    component = nlp.add_pipe("quotekit")
    doc = component(doc)

    [quote] = doc._.quotes
    assert quote.text == "„Wir kommen wieder“"
    assert doc.text[quote.start : quote.end] == quote.text
    assert quote.speaker is None or isinstance(quote.speaker, quotekit.Speaker)
    for _, span in quote.iter_spans():
        assert doc.text[span.start : span.end] == span.text


def test_the_component_runs_after_a_sentencizer():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("quotekit")
    doc = nlp(TEXT)
    assert as_dicts(doc._.quotes) == as_dicts(quotekit.extract(TEXT))
