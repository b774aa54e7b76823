"""Helpers shared by the tests: optional extras (pandas, dask, stanza, notebooks), the direct
quotations of a sentence with the words that name their speaker, and the speaker resolved for a
quotation."""

from __future__ import annotations

import importlib
import os

import pytest

import quotekit


def optional(module: str, install: str):
    """Import an optional test dependency: skip without it locally, fail under CI (env CI set)."""
    if os.environ.get("CI"):
        return importlib.import_module(module)  # CI installs every extra: a missing one is a failure
    return pytest.importorskip(module, reason=f"optional: {install}")


def direct_quotes(text: str) -> list[quotekit.Quote]:
    return [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]


def mention_of(text: str, quote_start: str) -> str | None:
    """The mention text of the direct quote whose text starts with ``quote_start``."""
    for quote in direct_quotes(text):
        if quote.text.startswith(quote_start):
            return quote.mention.text if quote.mention is not None else None
    raise AssertionError(f"no direct quote starting with {quote_start!r} in {direct_quotes(text)}")


def no_speaker(text: str, quote_start: str) -> bool:
    """True when the quote starting with ``quote_start`` has no speaker (or was left out as a
    term, which also means nobody is named as its speaker)."""
    return all(q.mention is None for q in direct_quotes(text) if q.text.startswith(quote_start))


def quote_with(text: str, words: str) -> quotekit.Quote | None:
    """The first quotation of ``text`` that holds ``words``; None when none does."""
    return next((q for q in quotekit.extract(text) if words in q.text), None)


def speaker_of(text: str, quoted: str) -> quotekit.Speaker | None:
    """The resolved speaker of the first quotation of ``text`` that contains ``quoted``."""
    quote = quote_with(text, quoted)
    assert quote is not None, f"no quotation holds {quoted!r}"
    return quote.speaker


def speaker_name(text: str, words: str, *, required: bool = True) -> str | None:
    """The name of the speaker of the quotation holding ``words``; None when it has none. With
    ``required=False`` a missing quotation gives None too (a guard that a rule names no wrong
    speaker holds when the quotation is left out)."""
    quote = quote_with(text, words)
    assert quote is not None or not required, f"no quotation holds {words!r}"
    return quote.speaker.name if quote is not None and quote.speaker is not None else None
