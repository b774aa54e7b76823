"""Run the stages in order on one `Annotated` text and assemble `Quote` objects."""

from __future__ import annotations

from typing import Sequence

from . import scanner
from .document import Annotated
from .model import Person, Quote, Quotes, QuoteType, Span


def run(ann: Annotated, *, speakers: Sequence[Person] = (), include_terms: bool = False) -> Quotes:
    text = ann.text
    scan = scanner.scan(text)
    quotes = []
    for found in scan.quotes:
        if found.is_term and not include_terms:
            continue
        parts = tuple(Span.of(text, s, e) for s, e in found.parts)
        quotes.append(
            Quote(
                text=text[found.start : found.end],
                start=found.start,
                end=found.end,
                parts=parts,
                type=QuoteType.DIRECT,
                confidence=found.confidence,
                evidence=found.evidence,
            )
        )
    quotes.sort(key=lambda q: (q.start, -q.end))
    return Quotes(quotes, text=text, anomalies=scan.anomalies)
