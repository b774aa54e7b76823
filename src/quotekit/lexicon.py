"""Lazy, cached access to the word lists in ``data/<lang>/``.

Language knowledge lives in plain UTF-8 files so that adding a verb of saying or a role noun is a
data change, never a code change. File format: one entry a line, ``#`` starts a comment, columns
separated by a tab. Each file is read once per process, on first use.
"""

from __future__ import annotations

import functools
from importlib import resources

LANGUAGE = "de"


def _lines(name: str, lang: str) -> list[list[str]]:
    path = resources.files("quotekit").joinpath("data", lang, name)
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith("#") else ""
        if line.strip():
            rows.append([column.strip() for column in line.split("\t")])
    return rows


@functools.cache
def words(name: str, lang: str = LANGUAGE) -> frozenset[str]:
    """The first column of ``data/<lang>/<name>`` as a set (e.g. ``words("pronouns.txt")``)."""
    return frozenset(row[0] for row in _lines(name, lang))


@functools.cache
def table(name: str, lang: str = LANGUAGE) -> dict[str, tuple[str, ...]]:
    """``data/<lang>/<name>`` as ``{first column: (other columns…)}``; later rows win."""
    return {row[0]: tuple(row[1:]) for row in _lines(name, lang)}


@functools.cache
def rows(name: str, lang: str = LANGUAGE) -> tuple[tuple[str, ...], ...]:
    """All rows of ``data/<lang>/<name>`` in file order, for lists where a key may repeat."""
    return tuple(tuple(row) for row in _lines(name, lang))
