"""Clauses without a parser: comma segments of a sentence and the words that type a clause.

Why: German marks the border between a reporting clause and the reported clause with a comma
(``Der Minister sagte, die Lage sei ernst``; ``Die Lage sei ernst, sagte der Minister``). Without a
parser the top-level commas of a sentence are the best clause boundaries there are. Commas inside
direct quotations (``„Wir kommen, wenn …“``) and inside brackets do not count: they belong to the
quoted words or the aside, not to the sentence that reports them.

The word classes that tell what a clause is - Konjunktiv forms, zu-infinitives, relative
pronouns, subordinating conjunctions, the hearsay modal - come from the lists in ``data/de/``.
"""

from __future__ import annotations

import functools
from typing import NamedTuple, Sequence

from . import lexicon
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


# --------------------------------------------------------------------------- word classes

@functools.cache
def word_list(name: str) -> frozenset[str]:
    """``data/de/<name>`` lowercased."""
    return frozenset(w.lower() for w in lexicon.words(name))


def subordinators() -> frozenset[str]:
    """``als``, ``weil``, ``wenn`` …: a clause they open is an adverbial, not a report or its frame."""
    return word_list("indirect_subordinators.txt")


@functools.cache
def konjunktiv_forms() -> frozenset[str]:
    """Finite forms that mark reported speech on their own: Konjunktiv I (``sei``, ``habe``,
    ``gebe``) and the Konjunktiv II of the auxiliaries that replace it (``wäre``, ``hätten``,
    ``würden``)."""
    # indirect_konjunktiv.txt only adds what konjunktiv1.txt leaves out (see its header)
    forms = set(lexicon.words("konjunktiv1.txt")) | set(lexicon.words("indirect_konjunktiv.txt"))
    return frozenset(f.lower() for f in forms)


@functools.cache
def konjunktiv2_forms() -> frozenset[str]:
    """Konjunktiv II forms that support a report after a cue (``sagte, er könnte …``) but are
    too common as hedges (``Dies könnte …``) to mark a sentence as reported by themselves."""
    return frozenset(f.lower() for f in lexicon.words("konjunktiv2_substitutes.txt"))


def conjunctions() -> frozenset[str]:
    """``dass``, ``ob``, ``wie`` …: words that open a reported clause after a cue."""
    return word_list("indirect_conjunctions.txt")


def hearsay() -> frozenset[str]:
    """``soll``/``sollen``: the modal of hearsay that marks free indirect speech."""
    return word_list("indirect_hearsay.txt")


def relative_pronouns() -> frozenset[str]:
    return word_list("indirect_relative_pronouns.txt")


@functools.cache
def _separable_prefixes() -> tuple[str, ...]:
    return tuple(sorted(word_list("indirect_separable_prefixes.txt"), key=len, reverse=True))


@functools.lru_cache(maxsize=65536)
def is_zu_infinitive(word: str, following: str = "") -> bool:
    """``zu`` (not the degree word of ``zu spät``, ``zu hoch``: a lowercase word that is no
    infinitive follows) or an infinitive with ``zu`` inside: ``aufzuhalten``, ``herauszugeben``."""
    lower = word.lower()
    if lower == "zu":
        return not (following.isalpha() and following.islower() and not following.endswith("n"))
    if not lower.endswith("n") or "zu" not in lower[2:] or not word.islower():
        return False
    for prefix in _separable_prefixes():
        if lower.startswith(prefix + "zu") and len(lower) > len(prefix) + 4:
            return True
    return False
