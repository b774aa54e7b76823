"""Every exception quotekit raises, with messages that say what to do, in one place."""

from __future__ import annotations


class QuotekitError(Exception):
    """Base class of quotekit's own errors."""


class InputError(QuotekitError, TypeError):
    """The input is not text (or not a Doc / stanza Document where one is expected)."""


class BackendError(QuotekitError, RuntimeError):
    """An optional backend (stanza, pandas, dask) is missing or not set up."""


class CorpusError(QuotekitError, ValueError):
    """A corpus or prediction file (or directory) cannot be read; the message names the file."""


class DocumentError(QuotekitError):
    """One document of a batch failed; carries its position so the rest of the batch survives."""

    def __init__(self, index: int, source: str | None, cause: BaseException) -> None:
        self.index = index
        self.source = source
        self.cause = cause
        where = source if source is not None else f"document #{index}"
        super().__init__(f"{where}: {type(cause).__name__}: {cause}")

    def __reduce__(self):  # results cross process boundaries in extract_many(n_process>1)
        return (type(self), (self.index, self.source, _picklable(self.cause)))


def _picklable(error: BaseException) -> BaseException:
    """``error`` if it survives a pickle round trip, else a RuntimeError with the same message.

    An exception class with a custom ``__init__`` (common in third-party code) cannot be
    unpickled; inside a multiprocessing result that makes the pool wait forever.
    """
    import pickle

    try:
        pickle.loads(pickle.dumps(error))
    except Exception:
        return RuntimeError(f"{type(error).__name__}: {error}")
    return error


def not_text(value: object, what: str = "text") -> InputError:
    """The error for a non-``str`` input, naming the type the user passed."""
    return InputError(
        f"quotekit expected {what} as str, got {type(value).__name__}"
        + (" (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(value, (bytes, bytearray)) else "")
    )


def missing_extra(package: str, extra: str) -> BackendError:
    return BackendError(
        f"this feature needs the optional package {package!r}: pip install \"quotekit[{extra}]\""
    )
