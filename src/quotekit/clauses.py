"""Split a sentence into its comma-separated stretches ("segments"), the unit indirect speech uses.

Why: German marks the border between a reporting clause and the reported clause with a comma
(``Der Minister sagte, die Lage sei ernst``; ``Die Lage sei ernst, sagte der Minister``). Without a
parser the top-level commas of a sentence are the best clause boundaries there are. Commas inside
direct quotations (``„Wir kommen, wenn …“``) and inside brackets do not count: they belong to the
quoted words or the aside, not to the sentence that reports them.
"""

from __future__ import annotations

from typing import NamedTuple, Sequence

from .document import Annotated

SEPARATORS = frozenset({",", ";", "–", "—", "-", ":"})
SENTENCE_END = frozenset({".", "!", "?", "…", "..."})
_OPEN_BRACKETS = {"(": ")", "[": "]"}


class Segment(NamedTuple):
    """Tokens ``[start, end)`` between two top-level separators; ``sep`` is the token before it."""

    start: int
    end: int
    sep: int | None  # index of the separator token in front of the segment (None for the first)


def body_end(ann: Annotated, start: int, end: int) -> int:
    """The end of a sentence's words: ``end`` without the final ``.``/``!``/``?`` tokens."""
    while end > start and ann.tokens[end - 1].text in SENTENCE_END:
        end -= 1
    return end


def segments(ann: Annotated, start: int, end: int, protected: Sequence[bool] | None = None) -> list[Segment]:
    """The top-level segments of tokens ``[start, end)``.

    ``protected[i]`` (indexed by token index) marks tokens inside a direct quotation, whose
    separators are ignored. Separators inside brackets are ignored as well.
    """
    tokens = ann.tokens
    result: list[Segment] = []
    seg_start = start
    sep: int | None = None
    closing: list[str] = []
    for i in range(start, end):
        text = tokens[i].text
        if protected is not None and protected[i]:
            continue
        if text in _OPEN_BRACKETS:
            closing.append(_OPEN_BRACKETS[text])
            continue
        if closing and text == closing[-1]:
            closing.pop()
            continue
        if closing or text not in SEPARATORS:
            continue
        if text == "-" and not _spaced(ann, i):
            continue  # a hyphen inside a word the tokenizer split: not a dash
        if i > seg_start:
            result.append(Segment(seg_start, i, sep))
        sep = i
        seg_start = i + 1
    if end > seg_start:
        result.append(Segment(seg_start, end, sep))
    return result


def _spaced(ann: Annotated, i: int) -> bool:
    """A dash token with whitespace on both sides (`` - ``), used as a parenthesis."""
    text = ann.text
    tok = ann.tokens[i]
    before = tok.start == 0 or text[tok.start - 1].isspace()
    after = tok.end >= len(text) or text[tok.end].isspace()
    return before and after


def segment_of(segs: Sequence[Segment], token: int) -> int:
    """Index of the segment containing ``token`` (the nearest one before it if none does)."""
    found = 0
    for k, seg in enumerate(segs):
        if seg.start <= token:
            found = k
        if seg.start <= token < seg.end:
            return k
    return found
