"""The public Python surface: `quotekit.extract`, `quotekit.extract_many` and the values they return."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotekit
from quotekit import DocumentError, Quote, Quotes, QuoteType, Span, Speaker

# Written for these tests in German news style: several mark styles, a cue, a headline.
NEWS = (
    "Streit um Bahnstrecke: Minister sieht „keine Alternative“\n\n"
    "Berlin – Der Verkehrsminister hat den Ausbau der Strecke verteidigt. „Wir haben alle Varianten "
    "geprüft“, sagte er am Mittwoch vor Journalisten. „Am Ende blieb nur diese Trasse übrig.“\n\n"
    "Die Bürgerinitiative sieht das anders. Ihre Sprecherin erklärte: »Die Anwohner wurden nie "
    "ernsthaft gefragt.« Man werde notfalls klagen.\n"
)


def all_spans(quote: Quote) -> list[Span]:
    return list(quote.parts) + [span for _, span in quote.iter_spans()]


# --------------------------------------------------------------------------- extract: input


@pytest.mark.parametrize("value", [b"\xe2\x80\x9eJa\xe2\x80\x9c", bytearray(b"x"), 42, None, ["Text"], 3.5])
def test_extract_rejects_non_text_with_a_type_error_naming_the_type(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        quotekit.extract(value)


def test_bytes_error_says_how_to_decode():
    with pytest.raises(TypeError, match=r"decode"):
        quotekit.extract("„Wir kommen“, sagte sie.".encode())


def test_the_type_error_is_also_a_quotekit_error():
    with pytest.raises(quotekit.QuotekitError):
        quotekit.extract(123)


@pytest.mark.parametrize("text", ["", " ", "\n\n", "Kein Zitat in diesem Satz."])
def test_text_without_quotes_gives_an_empty_quotes_list(text):
    quotes = quotekit.extract(text)
    assert quotes == []
    assert isinstance(quotes, Quotes)
    assert quotes.text == text
    assert quotes.error is None


# --------------------------------------------------------------------------- extract: output


def test_direct_quotes_are_found_in_both_mark_styles():
    quotes = quotekit.extract(NEWS)
    types = {q.text: q.type for q in quotes}
    for expected in (
        "„Wir haben alle Varianten geprüft“",
        "„Am Ende blieb nur diese Trasse übrig.“",
        "»Die Anwohner wurden nie ernsthaft gefragt.«",
    ):
        assert types.get(expected) is QuoteType.DIRECT, (expected, types)
    assert all(isinstance(q.type, QuoteType) for q in quotes)


def test_quotes_are_sorted_by_start_and_offsets_round_trip():
    quotes = quotekit.extract(NEWS)
    assert len(quotes) >= 3
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for quote in quotes:
        assert NEWS[quote.start : quote.end] == quote.text
        assert quote.parts, "every quote has at least one part"
        for span in all_spans(quote):
            assert NEWS[span.start : span.end] == span.text
        for part in quote.parts:
            assert quote.start <= part.start < part.end <= quote.end


def test_speaker_fields_have_the_documented_types():
    for quote in quotekit.extract(NEWS):
        assert quote.speaker is None or isinstance(quote.speaker, Speaker)
        assert quote.mention is None or isinstance(quote.mention, Span)
        assert quote.cue is None or isinstance(quote.cue, Span)
        assert 0.0 <= quote.confidence <= 1.0
        assert isinstance(quote.evidence, str)


def test_quotes_know_their_text_and_group_by_speaker():
    quotes = quotekit.extract(NEWS)
    assert quotes.text == NEWS
    groups = quotes.by_speaker()
    assert sorted((q for group in groups.values() for q in group), key=lambda q: q.start) == list(quotes)
    assert all(speaker is None or isinstance(speaker, Speaker) for speaker in groups)


quote_text = st.text(alphabet=st.sampled_from(list("abc XYZ.,:;-–\n") + list("„“”\"»«‚‘'›‹")), max_size=120)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(quote_text)
def test_any_text_gives_sorted_quotes_with_valid_offsets(text):
    quotes = quotekit.extract(text)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    for quote in quotes:
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        for span in all_spans(quote):
            assert text[span.start : span.end] == span.text
    for anomaly in quotes.anomalies:
        assert text[anomaly.start : anomaly.end] == anomaly.text


# --------------------------------------------------------------------------- values


def test_quote_values_are_immutable_and_hashable():
    quote = quotekit.extract(NEWS)[0]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        quote.start = 0  # type: ignore[misc]
    assert hash(quote) == hash(attrs.evolve(quote))
    assert quote == attrs.evolve(quote)


def test_to_dict_is_json_serialisable_and_complete():
    quotes = quotekit.extract(NEWS, include_terms=True)
    for quote in quotes:
        data = quote.to_dict()
        again = json.loads(json.dumps(data, ensure_ascii=False))
        assert again == data
        assert data["type"] in {t.value for t in QuoteType}
        assert data["text"] == quote.text
        assert data["parts"] == [[p.start, p.end] for p in quote.parts]
        assert {"type", "text", "start", "end", "parts", "speaker", "mention", "cue", "medium"} <= set(data)


def test_quotes_survive_pickling_with_their_extras():
    quotes = quotekit.extract(NEWS)
    copy = pickle.loads(pickle.dumps(quotes))
    assert isinstance(copy, Quotes)
    assert copy == quotes
    assert copy.text == quotes.text
    assert copy.speakers == quotes.speakers
    assert copy.anomalies == quotes.anomalies
    assert copy.error is None


def test_failed_results_survive_pickling_with_their_error():
    # extract_many's worker processes send results back pickled, failures included
    [failed] = quotekit.extract_many([b"bytes are not text"])
    copy = pickle.loads(pickle.dumps(failed))
    assert isinstance(copy.error, DocumentError)
    assert str(copy.error) == str(failed.error)


# --------------------------------------------------------------------------- extract_many


def test_extract_many_keeps_input_order_one_result_per_input():
    texts = [
        "„Eins“, sagte der Trainer nach dem Spiel. „Zwei“, fügte er hinzu. „Drei Punkte sind drei Punkte.“",
        "",
        NEWS,
        "Kein Zitat.",
    ]
    results = list(quotekit.extract_many(texts, batch_size=2))
    assert len(results) == len(texts)
    for text, result in zip(texts, results):
        assert result.text == text
        assert result.error is None
        assert [q.to_dict() for q in result] == [q.to_dict() for q in quotekit.extract(text)]


def test_extract_many_is_lazy():
    def texts():
        yield "„Wir bleiben dabei“, sagte sie."
        raise AssertionError("the second text must not be read before the first result is used")

    results = quotekit.extract_many(texts())
    first = next(results)
    assert first.text.startswith("„Wir bleiben dabei“")


def test_one_failing_document_never_loses_the_others(monkeypatch):
    from quotekit import pipeline

    real_run = pipeline.run

    def run(ann, **options):
        if "explodiert" in ann.text:
            raise RuntimeError("simulated failure")
        return real_run(ann, **options)

    monkeypatch.setattr(pipeline, "run", run)
    texts = ["„Alles gut“, sagte er.", 42, "Hier explodiert etwas.", "„Auch gut“, sagte sie."]
    results = list(quotekit.extract_many(texts))

    assert len(results) == 4
    assert results[0].error is None and results[3].error is None
    assert results[0] == quotekit.extract(texts[0])
    for index in (1, 2):
        error = results[index].error
        assert isinstance(error, DocumentError)
        assert error.index == index
        assert results[index] == []
    assert isinstance(results[1].error.cause, TypeError)
    assert "int" in str(results[1].error)
    assert "simulated failure" in str(results[2].error)


@pytest.mark.parametrize("options", [{"batch_size": 0}, {"n_process": 0}])
def test_extract_many_rejects_nonsense_options(options):
    with pytest.raises(ValueError):
        quotekit.extract_many(["x"], **options)


def test_include_terms_keeps_short_terms_with_low_confidence():
    text = "Die Fähre „Nordlicht“ lief am Morgen mit zwei Stunden Verspätung in den Hafen ein."
    assert quotekit.extract(text) == []
    [term] = quotekit.extract(text, include_terms=True)
    assert term.text == "„Nordlicht“"
    assert term.confidence < 0.5


@pytest.mark.parametrize("enabled", [True, False])
def test_extract_leaves_the_garbage_collector_as_it_found_it(enabled):
    import gc

    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        quotes = quotekit.extract("„Wir kommen morgen“, sagte die Ministerin. Sie habe keine Zeit.")
        assert len(quotes) == 2
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_a_short_quote_with_its_own_frame_is_reported_once():
    # „Ja.“ is short enough to look like a term to the indirect stage; it is one direct quote
    quotes = quotekit.extract("Er sagte: „Ja.“")
    assert [(q.type.value, q.text) for q in quotes] == [("Direct", "„Ja.“")]


def test_a_short_unattributed_phrase_in_marks_is_a_term_not_a_quote():
    text = "Im Zoo leben seit Jahren zwei „sehr alte“ Schildkröten."
    assert quotekit.extract(text) == []
    (kept,) = quotekit.extract(text, include_terms=True)
    assert kept.text == "„sehr alte“" and kept.speaker is None
    # a short sentence of its own stays a quotation
    quotes = quotekit.extract("Der Trainer sagte am Abend, die Mannschaft sei müde. „Wir kämpfen weiter.“")
    assert "„Wir kämpfen weiter.“" in [q.text for q in quotes]


@pytest.mark.parametrize("prefix", ["\ufeff", "\ufeff "])
def test_a_byte_order_mark_is_no_part_of_the_first_word(prefix):
    text = prefix + "Hans Meier sagte: „Wir kommen morgen wieder.“"
    (quote,) = quotekit.extract(text)
    assert quote.mention.text == "Hans Meier" and quote.speaker.name == "Hans Meier"
    assert text[quote.mention.start : quote.mention.end] == "Hans Meier"  # offsets of the input
