"""Per-word bit flags, computed once per distinct word, looked up for a whole text in C.

Why: several stages look at every token of a document for the few that matter to them (cue
words, Konjunktiv forms, first names). A Python loop over all tokens in each stage was most of
quotekit's own run time. Words repeat across a text and across texts, so each stage keeps a
`WordTable`: its classifier runs once per new word, and the per-token flags of a document and
the indices that carry a flag come from numpy and C-level ``map``, not from a Python loop.
"""

from __future__ import annotations

from itertools import repeat
from typing import Callable

import numpy

from .document import Annotated


class WordTable:
    """Flags (an ``int`` bit set) of every word a ``classify`` function has seen.

    The table lives for the process and is shared by all documents. It is emptied before it
    would grow past ``max_words`` entries (unless one text alone has more distinct words), which
    bounds its memory on endless streams of new words (about 10 MB at the default size)."""

    __slots__ = ("_classify", "_flags", "_max_words")

    def __init__(self, classify: Callable[[str], int], *, max_words: int = 100_000) -> None:
        self._classify = classify
        self._flags: dict[str, int] = {}
        self._max_words = max_words

    def flags(self, ann: Annotated) -> numpy.ndarray:
        """The flags of every token of ``ann``, in token order."""
        words = ann.texts
        table = self._flags
        # C-level lookups straight into the array; -1 marks words not seen before
        flags = numpy.fromiter(map(table.get, words, repeat(-1)), dtype=numpy.int64, count=len(words))
        new = (flags < 0).nonzero()[0].tolist()
        if new:
            if len(table) + len(new) > self._max_words:
                table.clear()
            classify = self._classify
            for i in new:
                word = words[i]
                flag = table.get(word)
                flags[i] = table[word] = classify(word) if flag is None else flag
        return flags

    def where(self, ann: Annotated, mask: int) -> list[int]:
        """Indices of the tokens of ``ann`` whose flags share a bit with ``mask``, ascending."""
        return (self.flags(ann) & mask).nonzero()[0].tolist()
