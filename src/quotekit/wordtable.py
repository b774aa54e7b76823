"""Per-word bit flags, computed once per distinct word, looked up for a whole text in C.

Why: several stages look at every token of a document for the few that matter to them (cue
words, Konjunktiv forms, first names). A Python loop over all tokens in each stage was most of
quotekit's own run time. Words repeat across a text and across texts, so each stage keeps a
`WordTable`: its classifier runs once per new word, and the per-token flags of a document and
the indices that carry a flag come from numpy and C-level ``map``, not from a Python loop.

The tables share one numbering of the words (`WordIds`): a document's tokens are looked up in
one dictionary once, and each table reads its flags from an array by word number. A dictionary
look-up of a document's fresh strings costs a hash and cache misses; one per table made the
look-ups about 7 % of a run, the shared numbering halves that.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import repeat

import numpy

from .document import Annotated


class WordIds:
    """A number for every distinct word seen, shared by the `WordTable`\\ s that use it.

    It lives for the process and is emptied before it would grow past ``max_words`` words
    (unless one text alone has more distinct words), which bounds its memory and that of its
    tables on endless streams of new words; ``generation`` counts the emptyings, so that the
    tables (and documents numbered before) know their numbers are void."""

    __slots__ = ("_ids", "_max_words", "generation")

    def __init__(self, *, max_words: int = 100_000) -> None:
        self._ids: dict[str, int] = {}
        self._max_words = max_words
        self.generation = 0

    def __len__(self) -> int:
        return len(self._ids)

    def of(self, ann: Annotated) -> numpy.ndarray:
        """The number of every token of ``ann``, in token order; computed once per document."""
        key = ("word_ids", id(self))
        known = ann.memo.get(key)
        if known is not None and known[0] == self.generation:
            return known[1]
        ids = self._number(ann.texts)
        ann.memo[key] = (self.generation, ids)
        return ids

    def _number(self, words: list[str]) -> numpy.ndarray:
        table = self._ids
        # C-level look-ups straight into the array; -1 marks words not seen before
        ids = numpy.fromiter(map(table.get, words, repeat(-1)), dtype=numpy.int64, count=len(words))
        new = (ids < 0).nonzero()[0].tolist()
        if new and len(table) + len(new) > self._max_words:
            table.clear()
            self.generation += 1
            new = range(len(words))
        for i in new:
            ids[i] = table.setdefault(words[i], len(table))
        return ids


SHARED_IDS = WordIds()


class WordTable:
    """Flags (an ``int`` bit set) of every word a ``classify`` function has seen, by the word's
    number in ``ids`` (by default the numbering all of quotekit's tables share)."""

    __slots__ = ("_classify", "_flags", "_generation", "_ids")

    def __init__(self, classify: Callable[[str], int], *, ids: WordIds = SHARED_IDS) -> None:
        self._classify = classify
        self._ids = ids
        self._flags = numpy.full(0, -1, dtype=numpy.int64)  # by word number; -1: not classified yet
        self._generation = ids.generation

    def flags(self, ann: Annotated) -> numpy.ndarray:
        """The flags of every token of ``ann``, in token order."""
        ids = self._ids.of(ann)
        if self._generation != self._ids.generation:  # the numbers were given anew
            self._flags = numpy.full(0, -1, dtype=numpy.int64)
            self._generation = self._ids.generation
        if len(self._flags) < len(self._ids):
            grown = numpy.full(max(len(self._ids), 2 * len(self._flags)), -1, dtype=numpy.int64)
            grown[: len(self._flags)] = self._flags
            self._flags = grown
        flags = self._flags[ids]
        new = (flags < 0).nonzero()[0].tolist()
        if new:
            words, by_id, classify = ann.texts, self._flags, self._classify
            for i in new:
                word_id = ids[i]
                if by_id[word_id] < 0:
                    by_id[word_id] = classify(words[i])
                flags[i] = by_id[word_id]
        return flags

    def where(self, ann: Annotated, mask: int) -> list[int]:
        """Indices of the tokens of ``ann`` whose flags share a bit with ``mask``, ascending."""
        return (self.flags(ann) & mask).nonzero()[0].tolist()
