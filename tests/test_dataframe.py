"""`quotekit.dataframe.to_dataframe`: one row per quotation, the CLI's columns, every input shape."""

from __future__ import annotations

import sys

import pytest

from support import optional as _optional  # noqa: E402


pd = _optional("pandas", "pip install 'quotekit[pandas]'")

import quotekit  # noqa: E402
from quotekit.dataframe import COLUMNS, empty_frame, quote_row, to_dataframe  # noqa: E402
from quotekit.errors import BackendError, DocumentError, InputError  # noqa: E402
from quotekit.model import Medium, Quote, Quotes, QuoteType, Span, Speaker  # noqa: E402

TEXT = "„Wir prüfen das“, sagte die Sprecherin Lena Ott. Der Verband erklärte, man sei enttäuscht."


def cut(piece: str) -> Span:
    start = TEXT.index(piece)
    return Span.of(TEXT, start, start + len(piece))


def sample() -> Quotes:
    ott = Speaker("Lena Ott", (cut("Lena Ott"),), id="Q42")
    verband = Speaker("Der Verband", (cut("Der Verband"),))
    first, second = cut("„Wir prüfen das“"), cut("man sei enttäuscht")
    return Quotes(
        [
            Quote(first.text, first.start, first.end, (first,), QuoteType.DIRECT, ott,
                  mention=cut("die Sprecherin Lena Ott"), cue=cut("sagte"), evidence="marks+cue"),
            Quote(second.text, second.start, second.end, (second,), QuoteType.INDIRECT, verband,
                  mention=cut("Der Verband"), cue=cut("erklärte"), medium=Medium.WRITING, confidence=0.8),
        ],
        text=TEXT,
        speakers=(ott, verband),
    )


def test_one_row_per_quote_with_the_documented_columns():
    frame = to_dataframe(sample())
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 2
    row = frame.iloc[0]
    assert row["type"] == "Direct" and row["text"] == "„Wir prüfen das“"
    assert row["speaker_name"] == "Lena Ott" and row["speaker_id"] == "Q42"
    assert row["mention_text"] == "die Sprecherin Lena Ott" and row["cue_text"] == "sagte"
    assert TEXT[row["cue_start"] : row["cue_end"]] == "sagte"
    assert row["parts"] == [(row["start"], row["end"])]
    assert frame.iloc[1]["medium"] == "Writing" and frame.iloc[1]["confidence"] == pytest.approx(0.8)


def test_columns_agree_with_the_cli_csv_columns():
    from quotekit.io.jsonl import CSV_COLUMNS

    assert set(CSV_COLUMNS) <= set(COLUMNS)


def test_missing_roles_are_NA_in_nullable_integer_columns():
    first = cut("„Wir prüfen das“")
    frame = to_dataframe(Quotes([Quote(first.text, first.start, first.end, (first,))], text=TEXT))
    assert str(frame["mention_start"].dtype) == "Int64"
    assert frame["mention_start"].isna().all() and frame["speaker_name"].isna().all()
    assert str(frame["start"].dtype) == "int64"


def test_several_documents_get_a_doc_column_and_sources():
    docs = [sample(), Quotes([], text="Nichts."), sample()]
    frame = to_dataframe(docs)
    assert list(frame.columns) == ["doc", *COLUMNS]
    assert frame["doc"].tolist() == [0, 0, 2, 2]
    named = to_dataframe({"a.txt": sample(), "b.txt": sample()})
    assert named["source"].tolist() == ["a.txt", "a.txt", "b.txt", "b.txt"]
    pairs = to_dataframe(zip(["x", "y"], [sample(), sample()]))
    assert pairs.groupby("source").size().to_dict() == {"x": 2, "y": 2}


def test_failed_documents_give_no_rows():
    failed = Quotes([], error=DocumentError(1, None, TypeError("not text")))
    frame = to_dataframe([sample(), failed])
    assert frame["doc"].unique().tolist() == [0]


def test_plain_list_of_quotes_and_empty_input():
    assert len(to_dataframe(list(sample()))) == 2
    empty = to_dataframe([])
    assert list(empty.columns) == list(COLUMNS) and len(empty) == 0
    assert list(empty_frame().columns) == ["doc", *COLUMNS]
    assert dict(empty_frame().dtypes.astype(str)) == dict(to_dataframe([sample()]).dtypes.astype(str))


def test_group_by_speaker():
    frame = to_dataframe(sample())
    assert frame.groupby("speaker_name").size().to_dict() == {"Der Verband": 1, "Lena Ott": 1}


def test_extract_many_output_goes_straight_in():
    texts = ["„Das reicht nicht“, sagte der Trainer.", "Keine Zitate hier.", 7]
    frame = to_dataframe(quotekit.extract_many(texts))
    assert set(frame["doc"]) <= {0}
    assert (frame["text"].str.len() > 0).all()


def test_text_instead_of_quotes_is_a_clear_error():
    with pytest.raises(InputError, match="extract"):
        to_dataframe("„Hallo“, sagte er.")


def test_quote_row_needs_no_pandas():
    row = quote_row(sample()[0], "a.txt")
    assert row["source"] == "a.txt" and set(row) == set(COLUMNS)


def test_without_pandas_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(BackendError, match=r'quotekit\[pandas\]'):
        to_dataframe(sample())
