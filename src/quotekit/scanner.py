"""Pair quotation marks into direct-quote spans (STUB: being implemented, interface is fixed).

Input: the raw text. Output: `ScanResult` with the direct quotations (character spans, marks
included) and the anomalies (unbalanced/stray marks).
"""

from __future__ import annotations

import attrs

from .model import Anomaly


@attrs.frozen
class DirectQuote:
    """A run of quoted text found from the marks alone (before any speaker is known)."""

    parts: tuple[tuple[int, int], ...]  # character spans, marks included; >1 when over paragraphs
    depth: int = 0  # 0 = top level, 1 = inside another quotation, ...
    is_term: bool = False  # short quoted term (scare quote, nickname, title), not speech
    confidence: float = 1.0
    evidence: str = "marks"
    headline_speaker: tuple[int, int] | None = None  # char span of `Name` in `Name: "…"`

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@attrs.frozen
class ScanResult:
    quotes: tuple[DirectQuote, ...]
    anomalies: tuple[Anomaly, ...]


def scan(text: str) -> ScanResult:
    return ScanResult((), ())
