"""The annotated text every stage works on, independent of the NLP toolkit that made it.

quotekit reads tokens, sentences and - when the user's pipeline provides them - part-of-speech
tags, morphology, lemmas and named entities. Backends (``backends/spacy.py``,
``backends/stanza.py``) convert their documents into this one shape, so the rules are written once
and every stage can ask ``has_pos`` / ``has_morph`` / ``has_ner`` before relying on an annotation.
"""

from __future__ import annotations

import bisect
import collections
from operator import itemgetter
from typing import NamedTuple, Sequence


CharSpan = tuple[int, int]


class HasParts:
    """Mixin for stage results made of character-span ``parts``: their overall start and end."""

    __slots__ = ()
    parts: tuple[CharSpan, ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


class Token(NamedTuple):
    """One token; optional annotations are ``None`` when the pipeline did not provide them.

    Whitespace is not a token: ``i`` is the position in `Annotated.tokens`, and paragraph breaks
    are read from the characters between tokens (`Annotated.paragraph_break_before`).
    """

    i: int
    start: int
    end: int
    text: str
    sent: int
    pos: str | None = None  # Universal POS (NOUN, PROPN, VERB, AUX, PRON, ...)
    morph: str | None = None  # UD features string, e.g. "Mood=Sub|Number=Sing|Person=3"
    lemma: str | None = None
    ent: str | None = None  # PER, ORG, LOC, MISC (entity type of the token), or None

    @property
    def mood(self) -> str | None:
        """The ``Mood`` feature (``Sub`` for Konjunktiv, ``Ind``, ``Imp``) if morphology is known."""
        if not self.morph or "Mood=" not in self.morph:
            return None
        return self.morph.split("Mood=", 1)[1].split("|", 1)[0]

    def feature(self, name: str) -> str | None:
        if not self.morph:
            return None
        for item in self.morph.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None


_START, _END, _TEXT = itemgetter(1), itemgetter(2), itemgetter(3)  # Token fields, read in C


class Annotated:
    """Text plus tokens and sentences (token ranges, end exclusive) and what annotations exist."""

    __slots__ = ("text", "tokens", "texts", "sentences", "has_pos", "has_morph", "has_ner", "has_lemma", "_starts", "_ends", "_line_starts", "doc", "memo")

    def __init__(
        self,
        text: str,
        tokens: Sequence[Token],
        sentences: Sequence[tuple[int, int]],
        *,
        has_pos: bool = False,
        has_morph: bool = False,
        has_ner: bool = False,
        has_lemma: bool = False,
        doc: object | None = None,
        texts: Sequence[str] | None = None,
    ) -> None:
        self.text = text
        self.tokens = list(tokens)
        # the token strings alone, for stages that look words up in bulk (`quotekit.wordtable`)
        self.texts = list(texts) if texts is not None else list(map(_TEXT, self.tokens))
        self.sentences = list(sentences)
        self.has_pos = has_pos
        self.has_morph = has_morph
        self.has_ner = has_ner
        self.has_lemma = has_lemma
        self._starts = list(map(_START, self.tokens))
        self._ends = list(map(_END, self.tokens))  # words of a multi-word token share start and end
        self._line_starts: list[int] | None = None  # see `line_start`
        self.doc = doc  # the backend's own document (spaCy Doc, stanza Document) when there is one
        # results of functions of this document alone that several stages ask for, keyed by
        # function name and argument (`quotekit.mentions.mention_for_cue`)
        self.memo: dict[tuple[str, object], object] = {}

    def count(self, word: str) -> int:
        """How many tokens are ``word``: counted once per text (a name is a word the text uses
        more than once, and several stages ask)."""
        counts = self.memo.get(("count", None))
        if counts is None:
            counts = self.memo[("count", None)] = collections.Counter(self.texts)
        return counts[word]  # type: ignore[index]

    def token_at(self, char: int) -> int:
        """Index of the token that contains or follows character ``char`` (len(tokens) past the end)."""
        return bisect.bisect_right(self._ends, char)

    def tokens_in(self, start: int, end: int) -> range:
        """Indices of the tokens whose characters overlap ``[start, end)``."""
        first = bisect.bisect_right(self._ends, start)
        last = bisect.bisect_left(self._starts, end)
        return range(first, max(first, last))

    def paragraph_break_before(self, i: int) -> bool:
        """True when a newline separates token ``i`` from the token before it (or ``i`` is first)."""
        if i <= 0 or i >= len(self.tokens):
            return True
        return "\n" in self.text[self.tokens[i - 1].end : self.tokens[i].start]

    def line_start(self, i: int) -> int:
        """The last token at or before ``i`` with a paragraph break before it (`paragraph_break_before`,
        token 0 aside), 0 when there is none: where the line of token ``i`` starts. A bisection in
        the tokens after a newline, found once per text, instead of a walk back token by token."""
        starts = self._line_starts_found()
        k = bisect.bisect_right(starts, i)
        return starts[k - 1] if k else 0

    def second_line_start(self) -> int | None:
        """The first token after a newline: where the text's first line (its headline, if it has
        one) ends; None for a text of one line."""
        starts = self._line_starts_found()
        return starts[0] if starts else None

    def _line_starts_found(self) -> list[int]:
        """`_after_newlines`, found once per text."""
        if self._line_starts is None:
            self._line_starts = self._after_newlines()
        return self._line_starts

    def _after_newlines(self) -> list[int]:
        """The tokens (from 1 on) that a newline separates from the token before them, ascending."""
        found: list[int] = []
        newline = self.text.find("\n")
        while newline != -1:
            k = bisect.bisect_right(self._ends, newline)  # tokens[k - 1] ends at or before the newline
            if 0 < k < len(self.tokens) and self.tokens[k].start > newline and (not found or found[-1] != k):
                found.append(k)
            newline = self.text.find("\n", newline + 1)
        return found

    def runs(self, indices: Sequence[int]) -> tuple[CharSpan, ...]:
        """Character spans of the runs of consecutive token indices (sorted): ``teilte … mit`` → two."""
        spans: list[CharSpan] = []
        previous = -2
        for i in indices:
            tok = self.tokens[i]
            if i == previous + 1 and spans:
                spans[-1] = (spans[-1][0], tok.end)
            else:
                spans.append((tok.start, tok.end))
            previous = i
        return tuple(spans)

