"""Write quotes as JSON Lines, CSV or a terminal table, and read JSON Lines back.

These are the formats of ``quotekit extract``, usable from Python as well::

    write_jsonl(quotekit.extract(text), sys.stdout, source="article.txt")
    write_csv(zip(names, quotekit.extract_many(texts)), open("quotes.csv", "w", newline=""))

Every writer takes *results* in any of the shapes quotekit produces, so callers never reshape:

* the `Quote` objects of one document (what `quotekit.extract` returns), labelled ``source``;
* the per-document lists of `quotekit.extract_many`, labelled by their position ``0, 1, …``;
* ``(source, quotes)`` pairs, e.g. ``zip(file_names, quotekit.extract_many(texts))``.

Output is written record by record, so a stream of documents needs constant memory. The CLI uses
the `QuoteWriter` classes directly (one header for many documents); the ``write_*`` functions
are the one-call form. One JSONL record has exactly the keys in `RECORD_KEYS`; the CSV columns
are the same fields flattened (`CSV_COLUMNS`).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
from typing import IO, Any, Iterable, Iterator, Protocol

from ..model import Quote

RECORD_KEYS: tuple[str, ...] = (
    "source",
    "type",
    "text",
    "start",
    "end",
    "parts",
    "speaker",
    "mention",
    "cue",
    "medium",
    "confidence",
    "evidence",
)
"""The keys of one JSONL record, in output order (a stable contract: tools downstream rely on it)."""

def flat_columns(roles: Iterable[str] = ("mention", "cue")) -> tuple[str, ...]:
    """Column names of `flat_record` for these roles, in output order."""
    return (
        "source", "type", "text", "start", "end", "parts", "speaker_name", "speaker_id",
        *(f"{role}_{field}" for role in roles for field in ("text", "start", "end")),
        "medium", "confidence", "evidence",
    )  # fmt: skip


CSV_COLUMNS: tuple[str, ...] = flat_columns()
"""CSV columns: the JSONL fields with nested objects flattened; ``parts`` is JSON, e.g. ``[[0,12]]``."""

FORMATS: tuple[str, ...] = ("jsonl", "csv", "table")


def quote_record(quote: Quote, source: str | None = None) -> dict[str, Any]:
    """The JSONL record of ``quote``: `Quote.to_dict` narrowed to `RECORD_KEYS`, ``source`` first."""
    data = quote.to_dict()
    data["source"] = source
    return {key: data[key] for key in RECORD_KEYS}


def flat_record(record: dict[str, Any], roles: Iterable[str] = ("mention", "cue")) -> dict[str, Any]:
    """Flatten a record (`Quote.to_dict` plus ``source``): the speaker becomes ``speaker_name`` /
    ``speaker_id`` and each role span ``<role>_text/_start/_end`` (empty → ``None``). Shared by
    the CSV writer and `quotekit.to_dataframe`, so both show the same columns."""
    speaker = record["speaker"] or {}
    row: dict[str, Any] = {key: record[key] for key in ("source", "type", "text", "start", "end", "parts")}
    row["speaker_name"] = speaker.get("name")
    row["speaker_id"] = speaker.get("id")
    for role in roles:
        span = record.get(role) or {}
        for field in ("text", "start", "end"):
            row[f"{role}_{field}"] = span.get(field)
    for key in ("medium", "confidence", "evidence"):
        row[key] = record[key]
    return row


def csv_row(record: dict[str, Any]) -> dict[str, Any]:
    """Flatten a JSONL record into the `CSV_COLUMNS` (absent speaker/mention/cue → empty cells)."""
    row = flat_record(record)
    row["parts"] = json.dumps(record["parts"], separators=(",", ":"))
    return row


# --------------------------------------------------------------------------- writers


class QuoteWriter(Protocol):
    """Writes the quotes of one document after another to a text stream."""

    def write(self, quotes: Iterable[Quote], source: str | None = None) -> int:
        """Write one document's quotes; returns how many were written."""
        ...

    def close(self) -> None:
        """Finish the output (footer, flush). Does not close the stream: the caller owns it."""
        ...


class JsonlWriter:
    """One JSON object per line and per quote; non-ASCII text is written as is (UTF-8)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, quotes: Iterable[Quote], source: str | None = None) -> int:
        count = 0
        for quote in quotes:
            self.stream.write(json.dumps(quote_record(quote, source), ensure_ascii=False) + "\n")
            count += 1
        return count

    def close(self) -> None:
        self.stream.flush()


class CsvWriter:
    """CSV with a header row (`CSV_COLUMNS`); open files with ``newline=""`` as the csv module asks."""

    def __init__(self, stream: IO[str], *, header: bool = True) -> None:
        self.stream = stream
        self._writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS)
        self._header_pending = header

    def write(self, quotes: Iterable[Quote], source: str | None = None) -> int:
        if self._header_pending:  # written with the first document, so an empty run is still valid CSV
            self._writer.writeheader()
            self._header_pending = False
        count = 0
        for quote in quotes:
            self._writer.writerow(csv_row(quote_record(quote, source)))
            count += 1
        return count

    def close(self) -> None:
        if self._header_pending:
            self._writer.writeheader()
            self._header_pending = False
        self.stream.flush()


class TableWriter:
    """Aligned columns for reading in a terminal: ``source:start``, type, speaker, quote.

    Column widths are fixed up front (from the terminal width) because output is streamed: a
    table that measured all rows first would have to hold every document in memory. Long values
    are cut with ``…``; whitespace runs (paragraph breaks in a quotation) become one space.
    """

    TYPE_WIDTH = 12
    MIN_QUOTE_WIDTH = 20

    def __init__(self, stream: IO[str], *, width: int | None = None) -> None:
        self.stream = stream
        self.width = max(width or _terminal_width(), 60)
        self.location_width = min(max(self.width * 30 // 100, 16), 44)
        self.speaker_width = min(max(self.width * 16 // 100, 10), 24)
        fixed = self.location_width + self.TYPE_WIDTH + self.speaker_width + 3 * 2
        self.quote_width = max(self.width - fixed, self.MIN_QUOTE_WIDTH)
        self.quotes = 0
        self.documents = 0
        self._header_written = False

    def write(self, quotes: Iterable[Quote], source: str | None = None) -> int:
        if not self._header_written:
            self._row("SOURCE:START", "TYPE", "SPEAKER", "QUOTE")
            self._header_written = True
        count = 0
        for quote in quotes:
            self._row(
                self._location(source, quote.start), _short_type(quote.type.value), _speaker_label(quote), quote.text
            )
            count += 1
        self.quotes += count
        self.documents += 1
        return count

    def _location(self, source: str | None, start: int) -> str:
        """``source:start``; a long path loses its beginning, never the file name's end or the offset."""
        offset = str(start)
        if source is None:
            return offset
        room = max(self.location_width - len(offset) - 1, 1)
        return f"{truncate(source, room, keep='end')}:{offset}"

    def close(self) -> None:
        noun = "quote" if self.quotes == 1 else "quotes"
        docs = "document" if self.documents == 1 else "documents"
        self.stream.write(f"{self.quotes} {noun} in {self.documents} {docs}\n")
        self.stream.flush()

    def _row(self, location: str, kind: str, speaker: str, text: str) -> None:
        cells = (
            truncate(location, self.location_width, keep="end").ljust(self.location_width),
            truncate(kind, self.TYPE_WIDTH).ljust(self.TYPE_WIDTH),
            truncate(speaker, self.speaker_width).ljust(self.speaker_width),
            truncate(_one_line(text), self.quote_width),
        )
        self.stream.write("  ".join(cells).rstrip() + "\n")


_SHORT_TYPES = {"IndirectFreeIndirect": "Ind+FreeInd", "FreeIndirect": "FreeIndirect"}


def _short_type(value: str) -> str:
    """The type label that fits the column; only the longest corpus label needs shortening."""
    return _SHORT_TYPES.get(value, value)


def _speaker_label(quote: Quote) -> str:
    """Resolved speaker name, else the words at the cue in parentheses, else ``-``."""
    if quote.speaker is not None:
        return quote.speaker.name
    if quote.mention is not None:
        return f"({_one_line(quote.mention.text)})"
    return "-"


def _one_line(text: str) -> str:
    """Collapse line breaks and runs of whitespace, so one quote stays on one table row."""
    return " ".join(text.split())


def truncate(text: str, width: int, *, keep: str = "start") -> str:
    """Cut ``text`` to ``width`` characters with an ellipsis; ``keep="end"`` keeps the tail (paths)."""
    if len(text) <= width:
        return text
    if width <= 1:
        return "…"[:width]
    if keep == "end":
        return "…" + text[len(text) - width + 1 :]
    return text[: width - 1] + "…"


def _terminal_width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


def make_writer(format: str, stream: IO[str], **options: Any) -> QuoteWriter:
    """The writer for ``format`` (one of `FORMATS`)."""
    if format == "jsonl":
        return JsonlWriter(stream)
    if format == "csv":
        return CsvWriter(stream, **options)
    if format == "table":
        return TableWriter(stream, **options)
    raise ValueError(f"unknown output format {format!r}; choose one of {', '.join(FORMATS)}")


def write_results(results: Any, stream: IO[str], format: str, *, source: str | None = None, **options: Any) -> int:
    """Write ``results`` (any shape described in the module docstring) as ``format``; returns the count."""
    writer = make_writer(format, stream, **options)
    count = 0
    for doc_source, quotes in _documents(results, source):
        count += writer.write(quotes, doc_source)
    writer.close()
    return count


def write_jsonl(results: Any, stream: IO[str], *, source: str | None = None) -> int:
    """Write ``results`` as JSON Lines (one object per quote, keys `RECORD_KEYS`); returns the count."""
    return write_results(results, stream, "jsonl", source=source)


def write_csv(results: Any, stream: IO[str], *, source: str | None = None, header: bool = True) -> int:
    """Write ``results`` as CSV (`CSV_COLUMNS`, header first unless ``header=False``)."""
    return write_results(results, stream, "csv", source=source, header=header)


def write_table(results: Any, stream: IO[str], *, source: str | None = None, width: int | None = None) -> int:
    """Write ``results`` as a table for a terminal ``width`` characters wide (default: the terminal's)."""
    return write_results(results, stream, "table", source=source, width=width)


def _documents(results: Any, source: str | None) -> Iterator[tuple[str | None, list[Quote]]]:
    """Normalise the accepted result shapes into ``(source, quotes)`` documents, lazily.

    Consecutive `Quote` items form one document labelled ``source``; a pair ``(source, quotes)``
    is a document with that label; any other iterable item is a document labelled by its index.
    """
    pending: list[Quote] = []
    for index, item in enumerate(results):
        if isinstance(item, Quote):
            pending.append(item)
            continue
        if pending:
            yield source, pending
            pending = []
        if isinstance(item, tuple) and len(item) == 2 and not isinstance(item[0], Quote):
            label, quotes = item
            yield (None if label is None else str(label)), list(quotes)
        elif isinstance(item, Iterable) and not isinstance(item, (str, bytes)):
            yield (str(index) if source is None else source), list(item)
        else:
            raise TypeError(
                f"expected Quote objects, lists of them or (source, quotes) pairs, got {type(item).__name__}"
            )
    if pending:
        yield source, pending


# --------------------------------------------------------------------------- reader


def read_jsonl(source: str | os.PathLike[str] | IO[str]) -> Iterator[dict[str, Any]]:
    """Yield the records of a JSON Lines file (a path or an open text stream) as dicts.

    Blank lines are skipped; a line that is not a JSON object raises ``ValueError`` naming the
    line number, so a truncated or hand-edited file fails loudly where it is broken.
    """
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8") as stream:
            yield from _read_lines(stream, os.fspath(source))
    else:
        yield from _read_lines(source, getattr(source, "name", "<stream>"))


def _read_lines(stream: IO[str], name: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ValueError(f"{name}, line {number}: not valid JSON ({error.msg})") from None
        if not isinstance(record, dict):
            raise ValueError(f"{name}, line {number}: expected a JSON object, got {type(record).__name__}")
        yield record


__all__ = [
    "RECORD_KEYS",
    "CSV_COLUMNS",
    "FORMATS",
    "QuoteWriter",
    "JsonlWriter",
    "CsvWriter",
    "TableWriter",
    "make_writer",
    "quote_record",
    "csv_row",
    "truncate",
    "write_results",
    "write_jsonl",
    "write_csv",
    "write_table",
    "read_jsonl",
]
