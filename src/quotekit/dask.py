"""Extraction at scale with Dask: a bag or a dataframe of texts → quotations, partition by partition.

``pip install "quotekit[dask]"``. Each partition is processed by `quotekit.extract_many` inside
a Dask task, so the same code runs on a laptop (``LocalCluster``) and on a multi-machine cluster
(``Client("tcp://scheduler:8786")``): quotekit and its default engine are plain Python and
cheap to ship, and every worker builds its own spaCy pipeline once (cached per process).

``extract_dataframe`` returns the columns of `quotekit.dataframe.to_dataframe` for several
documents (``doc`` = the input row's index label, ``source`` = the ``id_column`` value);
``extract_bag`` returns one flat dict per quotation (`quotekit.dataframe.quote_row`), which
``bag.to_dataframe(meta=quotekit.dataframe.empty_frame(several=False))`` turns into a frame.

Missing texts (``None``/``NaN`` cells, common in real tables) give no quotations. Any other
failing document raises (``errors="raise"``, the default, so problems are not silently lost at
scale) or is skipped (``errors="skip"``). See docs/scale.md.
"""

from __future__ import annotations

import functools
import math
from typing import Any, Iterable, Sequence

from .errors import DocumentError, InputError, missing_extra
from .model import Person

_ERROR_POLICIES = ("raise", "skip")


def extract_bag(
    bag: Any,
    *,
    nlp: Any = None,
    speakers: Sequence[Person] = (),
    include_terms: bool = False,
    errors: str = "raise",
) -> Any:
    """A ``dask.bag`` of quote dicts from a bag of texts or of ``(source, text)`` pairs.

    Lazy like every Dask collection: nothing runs until ``.compute()`` or ``.to_dataframe()``.
    """
    dask = _dask()
    if not isinstance(bag, dask.bag.Bag):
        raise InputError(
            f"extract_bag takes a dask.bag.Bag, got {type(bag).__name__}; e.g. dask.bag.from_sequence(texts, npartitions=8)"
        )
    options = _options(nlp, speakers, include_terms, errors)
    return bag.map_partitions(functools.partial(_bag_partition, options=options))


def extract_dataframe(
    ddf: Any,
    text_column: str,
    id_column: str | None = None,
    *,
    nlp: Any = None,
    speakers: Sequence[Person] = (),
    include_terms: bool = False,
    errors: str = "raise",
) -> Any:
    """A ``dask.dataframe`` of quotations (one row each) from the texts in ``ddf[text_column]``.

    ``doc`` holds the index label of the row a quotation came from and ``source`` the value of
    ``id_column`` (as ``str``) when one is named. Output partitions match input partitions, each
    with its own 0-based index; divisions are unknown.
    """
    dask = _dask()
    from .dataframe import empty_frame

    if not isinstance(ddf, dask.dataframe.DataFrame):
        raise InputError(
            f"extract_dataframe takes a dask.dataframe.DataFrame, got {type(ddf).__name__}; "
            "e.g. dask.dataframe.from_pandas(frame, npartitions=8)"
        )
    for column in (text_column, id_column):
        if column is not None and column not in ddf.columns:
            raise KeyError(f"column {column!r} not in the dataframe (columns: {list(ddf.columns)})")
    meta = empty_frame(several=True)
    meta["doc"] = meta["doc"].astype(ddf.index.dtype)
    options = _options(nlp, speakers, include_terms, errors)
    return ddf.map_partitions(
        _frame_partition,
        text_column=text_column,
        id_column=id_column,
        options=options,
        meta=meta,
        align_dataframes=False,
        enforce_metadata=False,
    )


def _options(nlp: Any, speakers: Sequence[Person], include_terms: bool, errors: str) -> dict[str, Any]:
    if errors not in _ERROR_POLICIES:
        raise ValueError(f"errors must be one of {_ERROR_POLICIES}, got {errors!r}")
    return {"nlp": nlp, "speakers": tuple(speakers), "include_terms": include_terms, "errors": errors}


def _bag_partition(items: Iterable[Any], options: dict[str, Any]) -> list[dict[str, Any]]:
    from .dataframe import quote_row

    pairs = [item if isinstance(item, tuple) and len(item) == 2 else (None, item) for item in items]
    rows: list[dict[str, Any]] = []
    for (source, _), quotes in zip(pairs, _extract(pairs, options)):
        rows.extend(quote_row(quote, None if source is None else str(source)) for quote in quotes)
    return rows


def _frame_partition(partition: Any, text_column: str, id_column: str | None, options: dict[str, Any]) -> Any:
    import pandas

    from .dataframe import DTYPES, empty_frame, quote_row

    texts = partition[text_column].tolist()
    ids = partition[id_column].tolist() if id_column is not None else [None] * len(texts)
    labels = partition.index.tolist()
    rows: list[dict[str, Any]] = []
    names = [f"row {label!r}" if _missing(source) else source for label, source in zip(labels, ids)]
    for label, source, quotes in zip(labels, ids, _extract(list(zip(names, texts)), options)):
        source_text = None if _missing(source) else str(source)
        rows.extend({"doc": label, **quote_row(quote, source_text)} for quote in quotes)
    frame = empty_frame(several=True)
    if rows:
        frame = pandas.DataFrame.from_records(rows, columns=list(frame.columns))
        frame = frame.astype({column: dtype for column, dtype in DTYPES.items() if column != "doc"})
    return frame.astype({"doc": partition.index.dtype})


def _extract(pairs: list[tuple[Any, Any]], options: dict[str, Any]) -> list[Any]:
    """Quotes for each ``(name, text)``; missing texts give ``[]``; errors follow the policy.

    ``name`` only labels a failing document in the raised `DocumentError`.
    """
    from .api import extract_many

    run = {key: value for key, value in options.items() if key != "errors"}
    texts = [text for _, text in pairs if not _missing(text)]
    extracted = iter(extract_many(texts, **run))
    results: list[Any] = []
    for position, (name, text) in enumerate(pairs):
        if _missing(text):
            results.append([])
            continue
        quotes = next(extracted)
        if quotes.error is not None:
            if options["errors"] == "raise":
                cause = getattr(quotes.error, "cause", quotes.error)
                raise DocumentError(position, None if name is None else str(name), cause)
            quotes = []
        results.append(quotes)
    return results


def _missing(value: Any) -> bool:
    """``None``, ``NaN``, ``pandas.NA`` or ``NaT``: a cell with no text in it."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if isinstance(value, (str, bytes)):
        return False
    try:
        import pandas
    except ImportError:
        return False
    try:
        return bool(pandas.isna(value))
    except (TypeError, ValueError):  # array-like cell: not a missing scalar
        return False


def _dask() -> Any:
    try:
        import dask
        import dask.bag  # noqa: F401
        import dask.dataframe  # noqa: F401
    except ImportError:
        raise missing_extra("dask", "dask") from None
    return dask
