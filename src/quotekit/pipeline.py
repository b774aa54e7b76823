"""Run the stages in order on one `Annotated` text and assemble `Quote` objects.

scanner (direct quotes from marks) → cues → speakers (mention per quote) → indirect speech →
entities (mentions → people) → immutable `Quote`s in a `Quotes` list.
"""

from __future__ import annotations

from typing import Sequence

import attrs

from . import scanner
from .cues import Cue, find_cues
from .document import Annotated
from .entities import EntityLinker
from .model import Medium, Person, Quote, Quotes, QuoteType, Span, Speaker
from .scanner import DirectQuote
from .speakers import Attribution, attribute_direct


@attrs.frozen
class _Found:
    """A quotation before entity linking: where it is, what kind, and its attribution."""

    parts: tuple[tuple[int, int], ...]
    type: QuoteType
    attribution: Attribution | None
    medium: Medium
    confidence: float
    evidence: str

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def run(ann: Annotated, *, speakers: Sequence[Person] = (), include_terms: bool = False) -> Quotes:
    text = ann.text
    if not text.strip():
        return Quotes(text=text)
    scan = scanner.scan(text)
    cues = find_cues(ann)
    found = _direct(ann, scan.quotes, cues, include_terms)
    found.sort(key=lambda f: (f.start, -f.end))
    quotes, entities = _link(ann, found, speakers, quoted=[q.parts[0] for q in scan.quotes if q.depth == 0])
    return Quotes(quotes, text=text, speakers=entities, anomalies=scan.anomalies)


def _direct(ann: Annotated, scanned: Sequence[DirectQuote], cues: list[Cue], include_terms: bool) -> list[_Found]:
    top = [q for q in scanned if q.depth == 0]
    attributions = attribute_direct(
        ann, [(q.start, q.end) for q in top], cues, headline_names=[q.headline_speaker for q in top]
    )
    found: list[_Found] = []
    for quote, attribution in zip(top, attributions):
        if quote.is_term and not (include_terms or _keeps_term(ann.text[quote.start : quote.end], attribution)):
            continue
        evidence = quote.evidence if attribution is None else f"{quote.evidence}+{attribution.evidence}"
        confidence = quote.confidence * (0.5 if attribution is None or attribution.mention is None else attribution.confidence)
        medium = attribution.cue.medium if attribution is not None and attribution.cue is not None else Medium.SPEECH
        candidate = _Found(quote.parts, QuoteType.DIRECT, attribution, medium, confidence, evidence)
        if found and _interrupted(ann, found[-1], candidate):
            previous = found.pop()
            candidate = attrs.evolve(previous, parts=previous.parts + candidate.parts)
        found.append(candidate)
    return found


def _keeps_term(text: str, attribution: Attribution | None) -> bool:
    """A short quoted phrase counts as a (partial) quotation — „verbotenes Regime“ in reported
    speech — when a speech verb in its sentence names a speaker and the phrase has ordinary
    lowercase words; capitalised-only phrases (names, titles: „Shenzhou 5“) stay terms."""
    if attribution is None or attribution.mention is None or attribution.cue is None:
        return False
    if not attribution.evidence.startswith("cue-in-sentence"):
        return False
    return any(word[:1].islower() and len(word) > 2 and word.isalpha() for word in text.split())


def _interrupted(ann: Annotated, first: _Found, second: _Found) -> bool:
    """``„A“, sagte er, „B“``: two marked parts around a cue clause are one quotation."""
    if first.attribution is None or not first.attribution.evidence.startswith("cue-after"):
        return False
    if second.attribution is not None and not second.attribution.evidence.startswith(("continuation", "cue-before")):
        return False
    between = ann.text[first.end : second.start]
    return "\n" not in between and between.rstrip().endswith((",", ":")) and not any(c in between for c in ".!?")


def _link(
    ann: Annotated, found: list[_Found], registry: Sequence[Person], quoted: Sequence[tuple[int, int]]
) -> tuple[list[Quote], tuple[Speaker, ...]]:
    linker = EntityLinker(ann, quoted)
    resolved: list[tuple[_Found, object | None]] = []
    for item in found:
        mention = item.attribution.mention if item.attribution is not None else None
        entity = linker.resolve(mention)[0] if mention is not None else None
        resolved.append((item, entity))
    frozen = linker.speakers(registry)
    text = ann.text
    quotes = []
    for item, entity in resolved:
        attribution = item.attribution
        mention = attribution.mention if attribution is not None else None
        cue = attribution.cue if attribution is not None else None
        frame = attribution.frame if attribution is not None else None
        quotes.append(
            Quote(
                text=text[item.start : item.end],
                start=item.start,
                end=item.end,
                parts=tuple(Span.of(text, s, e) for s, e in item.parts),
                type=item.type,
                speaker=frozen.get(id(entity)) if entity is not None else None,
                mention=Span.of(text, mention.start, mention.end) if mention is not None else None,
                cue=Span.of(text, cue.start, ann.tokens[cue.head].end) if cue is not None else None,
                frame=Span.of(text, *frame) if frame is not None else None,
                medium=item.medium,
                confidence=item.confidence,
                evidence=item.evidence,
            )
        )
    speakers = tuple(sorted(frozen.values(), key=lambda s: s.mentions[0].start))
    return quotes, speakers
