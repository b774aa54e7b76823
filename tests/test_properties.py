"""Properties that hold for ANY input: no exception, valid offsets, round-trips, proper nesting."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotekit
from quotekit.scanner import scan

# Pieces that stress the marks: every quotation glyph, apostrophe contexts, paragraph breaks,
# spaces, punctuation and short words, so quotes open, close, nest and break at random.
PIECES = [
    "„", "“", "”", '"', "»", "«", "‚", "‘", "’", "'", "›", "‹", "''", "'''",
    "\n", "\n\n", "\r\n", " ", " ", " ", "\t",
    "Er", "sagte", "ja", "'s", "geht's", "Lenz'", "80er", "O’Keefe", "Müller", "die", "Wir", "kommen",
    ",", ".", ":", "!", "?", "(", ")", "-",
]
quote_heavy = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
any_text = st.one_of(st.text(max_size=80), quote_heavy)

SCAN_SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
EXTRACT_SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_properly_nested(extents: list[tuple[int, int]]) -> None:
    """Two quotations are either disjoint or one contains the other."""
    for i, (a_start, a_end) in enumerate(extents):
        for b_start, b_end in extents[i + 1 :]:
            disjoint = a_end <= b_start or b_end <= a_start
            nested = (a_start <= b_start and b_end <= a_end) or (b_start <= a_start and a_end <= b_end)
            assert disjoint or nested, ((a_start, a_end), (b_start, b_end))


@SCAN_SETTINGS
@given(any_text)
def test_scan_never_raises_and_spans_are_valid(text):
    result = scan(text)
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.depth >= 0
        previous_end = quote.start
        for start, end in quote.parts:
            assert previous_end <= start <= end <= len(text)
            previous_end = end
        if quote.headline_speaker is not None:
            name_start, name_end = quote.headline_speaker
            assert 0 <= name_start < name_end <= quote.start
    for anomaly in result.anomalies:
        assert 0 <= anomaly.start <= anomaly.end <= len(text)
        assert text[anomaly.start : anomaly.end] == anomaly.text
        assert anomaly.kind and anomaly.message


@SCAN_SETTINGS
@given(any_text)
def test_scan_quotes_never_cross(text):
    assert_properly_nested([(q.start, q.end) for q in scan(text).quotes])


@SCAN_SETTINGS
@given(quote_heavy)
def test_scan_quotes_start_and_end_with_a_mark(text):
    marks = set("„“”\"»«‚‘’'›‹")
    for quote in scan(text).quotes:
        first_start, _ = quote.parts[0]
        _, last_end = quote.parts[-1]
        assert text[first_start] in marks
        if quote.closed:
            assert text[last_end - 1] in marks


@SCAN_SETTINGS
@given(quote_heavy)
def test_scan_quote_parts_stay_within_paragraphs(text):
    for quote in scan(text).quotes:
        for start, end in quote.parts:
            assert "\n" not in text[start:end]


@EXTRACT_SETTINGS
@given(any_text)
def test_extract_never_raises_and_round_trips(text):
    quotes = quotekit.extract(text)
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        assert 0.0 <= quote.confidence <= 1.0
        for part in quote.parts:
            assert 0 <= part.start <= part.end <= len(text)
            assert text[part.start : part.end] == part.text
        for _role, span in quote.iter_spans():
            assert text[span.start : span.end] == span.text
    for anomaly in quotes.anomalies:
        assert text[anomaly.start : anomaly.end] == anomaly.text


@EXTRACT_SETTINGS
@given(any_text)
def test_extract_quotes_never_cross(text):
    assert_properly_nested([(q.start, q.end) for q in quotekit.extract(text)])
