"""Quotes as a pandas ``DataFrame``: one row per quotation (``pip install "quotekit[pandas]"``).

The columns are the CLI's records flattened the same way as its CSV output
(`quotekit.io.jsonl.CSV_COLUMNS`), so a notebook, a CSV file and a JSONL file agree on names:

==================  ===========================================================================
``doc``             position of the document in the input (only for several documents)
``source``          the document's name when the input gave one (``(source, quotes)`` pairs or
                    a ``{source: quotes}`` mapping), else missing
``type``            ``Direct``, ``Indirect``, ``FreeIndirect``, ``IndirectFreeIndirect``, ``Reported``
``text``            the whole quotation as it stands in the document (marks included)
``start``/``end``   character offsets of the quotation into the document's text
``parts``           list of ``(start, end)`` pairs, one per discontinuous piece
``speaker_name``    the resolved speaker entity's most complete name, or missing
``speaker_id``      the id from the user's registry (``speakers=[Person(...)]``), or missing
``mention_*``       the words at the cue that name the speaker: ``_text``, ``_start``, ``_end``
``cue_*``           the speech cue (``sagte``, ``laut``, ``zufolge``): ``_text``, ``_start``, ``_end``
``frame_*``         the framing clause, when the quotation has one
``addressee_*``     to whom it was said, when known
``medium``          ``Speech``, ``Thought``, ``Writing`` or a combination (``ST``, ``SW``, ``TW``)
``confidence``      0…1
``evidence``        which rule produced the quotation (explainable output)
==================  ===========================================================================

Offsets are integer columns; the optional ones use pandas' nullable ``Int64`` so a missing
mention is ``<NA>``, not a float. Documents whose extraction failed (``quotes.error``) give no rows.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping

from .errors import InputError, missing_extra
from .io.jsonl import flat_columns, flat_record
from .model import Quote, Quotes

ROLES: tuple[str, ...] = ("mention", "cue", "frame", "addressee")

COLUMNS: tuple[str, ...] = flat_columns(ROLES)
"""Columns of `to_dataframe` for one document; with several documents ``doc`` comes first."""

DTYPES: dict[str, str] = {
    "doc": "int64",
    "source": "object",
    "type": "object",
    "text": "object",
    "start": "int64",
    "end": "int64",
    "parts": "object",
    "speaker_name": "object",
    "speaker_id": "object",
    **{f"{role}_text": "object" for role in ROLES},
    **{f"{role}_{field}": "Int64" for role in ROLES for field in ("start", "end")},
    "medium": "object",
    "confidence": "float64",
    "evidence": "object",
}


def to_dataframe(quotes: Any) -> Any:
    """A ``pandas.DataFrame`` with one row per quotation (columns: see the module docstring).

    ``quotes`` may be one document's result (`Quotes`, or any list of `Quote`), an iterable of
    documents (e.g. ``quotekit.extract_many(texts)``; adds a ``doc`` column with each
    document's position), ``(source, quotes)`` pairs, or a ``{source: quotes}`` mapping.
    """
    pandas = _pandas()
    several, records = _records(quotes)
    columns = ("doc", *COLUMNS) if several else COLUMNS
    frame = pandas.DataFrame.from_records(list(records), columns=list(columns))
    return frame.astype({column: DTYPES[column] for column in columns})


def empty_frame(several: bool = True) -> Any:
    """A DataFrame with the `to_dataframe` columns and dtypes and no rows (e.g. a Dask ``meta``)."""
    pandas = _pandas()
    columns = ("doc", *COLUMNS) if several else COLUMNS
    return pandas.DataFrame({column: pandas.Series(dtype=DTYPES[column]) for column in columns})


def quote_row(quote: Quote, source: str | None = None) -> dict[str, Any]:
    """The flat record of one quotation, as a plain dict (no pandas needed)."""
    row = flat_record({**quote.to_dict(), "source": source}, ROLES)
    row["parts"] = [(part.start, part.end) for part in quote.parts]
    row["confidence"] = float(quote.confidence)
    return row


def _records(value: Any) -> tuple[bool, Iterator[dict[str, Any]]]:
    """(several documents?, rows) for every input shape `to_dataframe` accepts."""
    if isinstance(value, Quote):
        return False, iter([quote_row(value)])
    if isinstance(value, Quotes):
        return False, (quote_row(quote) for quote in value)
    if isinstance(value, (str, bytes)):
        raise InputError("to_dataframe takes extracted quotes; call quotekit.extract(text) first")
    if isinstance(value, Mapping):
        return True, _documents(value.items())
    if not isinstance(value, Iterable):
        raise InputError(f"to_dataframe takes Quotes or an iterable of them, got {type(value).__name__}")
    items = list(value) if not isinstance(value, (list, tuple)) else value
    if all(isinstance(item, Quote) for item in items):  # a plain list of Quote (empty: no rows)
        return False, (quote_row(quote) for quote in items)
    return True, _documents(items)


def _documents(items: Iterable[Any]) -> Iterator[dict[str, Any]]:
    for doc, item in enumerate(items):
        source, quotes = _source_and_quotes(item)
        if getattr(quotes, "error", None) is not None:
            continue
        for quote in quotes:
            if not isinstance(quote, Quote):
                raise InputError(f"document {doc}: expected Quote objects, got {type(quote).__name__}")
            yield {"doc": doc, **quote_row(quote, source)}


def _source_and_quotes(item: Any) -> tuple[str | None, Iterable[Quote]]:
    if isinstance(item, Quotes) or (isinstance(item, list) and all(isinstance(q, Quote) for q in item)):
        return None, item
    if isinstance(item, tuple) and len(item) == 2 and not isinstance(item[1], (str, bytes)):
        source, quotes = item
        return (None if source is None else str(source)), quotes
    raise InputError(
        f"to_dataframe: each document must be a Quotes list or a (source, quotes) pair, got {type(item).__name__}"
    )


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise missing_extra("pandas", "pandas") from None
    return pandas
