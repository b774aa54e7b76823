"""The data model: immutable values that describe what quotekit found.

Every object here is a frozen, slotted attrs class. None of them needs spaCy or the pipeline to
be read, compared, pickled or serialised: a user who stores quotes in a database or sends them
between processes gets plain values. Character offsets always index the *input string*, so that
``text[span.start:span.end] == span.text`` holds for every span quotekit returns.
"""

from __future__ import annotations

import enum
from typing import Any, Iterator

import attrs


class QuoteType(str, enum.Enum):
    """Kinds of quotation, named as in the German news quotation corpus (Petersen-Frey & Biemann 2024)."""

    DIRECT = "Direct"
    INDIRECT = "Indirect"
    FREE_INDIRECT = "FreeIndirect"
    INDIRECT_FREE_INDIRECT = "IndirectFreeIndirect"
    REPORTED = "Reported"

    def __str__(self) -> str:  # so f"{q.type}" prints "Direct", not "QuoteType.DIRECT"
        return self.value


class Medium(str, enum.Enum):
    """How the words were produced. Combinations mirror the corpus labels (ST = speech+thought, ...)."""

    SPEECH = "Speech"
    THOUGHT = "Thought"
    WRITING = "Writing"
    SPEECH_THOUGHT = "ST"
    SPEECH_WRITING = "SW"
    THOUGHT_WRITING = "TW"

    def __str__(self) -> str:
        return self.value


class SpeakerKind(str, enum.Enum):
    """Whether a speaker entity is a person or an organisation (``das Ministerium teilte mit``)."""

    PERSON = "person"
    ORGANISATION = "organisation"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class Span:
    """A piece of the original text, by character offsets into the input string."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """Cut ``text[start:end]``; the one way spans are built, so the round-trip invariant holds."""
        return cls(start, end, text[start:end])

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@attrs.frozen
class Person:
    """An entry of the user's registry of known speakers, e.g. from Wikidata.

    ``extract(text, speakers=[Person("Angela Merkel", aliases=["Merkel", "die Kanzlerin"],
    id="Q567")])`` links every entity whose name or mentions match a name or alias to ``id``.
    """

    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    id: str | None = None
    kind: SpeakerKind = SpeakerKind.PERSON


@attrs.frozen
class Speaker:
    """A person or organisation in one document, with every mention quotekit linked to it."""

    name: str  # the most complete name seen in the document, e.g. "Jana Kessler"
    mentions: tuple[Span, ...]
    id: str | None = None  # from the user's registry, when one was given and matched
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    gender: str | None = None  # "f", "m" or None when nothing in the text tells

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "id": self.id}


@attrs.frozen
class Anomaly:
    """Something odd in the input that quotekit worked around instead of raising.

    Real news text has stray and unbalanced quotation marks; they are recorded here so a user can
    inspect them, and they never cause an exception nor a quote that swallows the document.
    """

    kind: str  # e.g. "unclosed-quote", "unopened-quote", "unbalanced-paragraph"
    start: int
    end: int
    text: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def _tuple_of_spans(value: Any) -> tuple[Span, ...]:
    return tuple(value)


@attrs.frozen
class Quote:
    """One quotation: its words, where they are, what kind it is and who said them.

    ``start``/``end`` cover the whole quotation, marks included for direct speech; ``parts`` are
    the pieces that actually belong to it (``„A“, sagte er, „B“`` is one Quote with two parts).
    """

    text: str
    start: int
    end: int
    parts: tuple[Span, ...] = attrs.field(converter=_tuple_of_spans)
    type: QuoteType = QuoteType.DIRECT
    speaker: Speaker | None = None
    mention: Span | None = None
    cue: Span | None = None
    frame: Span | None = None
    addressee: Span | None = None
    medium: Medium = Medium.SPEECH
    confidence: float = 1.0
    evidence: str = ""
    nested: tuple["Quote", ...] = ()  # quotations inside this one (a quoted phrase in a report)
    # every word of the cue, in order: a separable verb's particle, the auxiliary of a participle,
    # ``sich``/``es`` (``teilte … mit``, ``hatte … erklärt``, ``hieß es``); ``cue`` is its main word
    cue_parts: tuple[Span, ...] = attrs.field(default=(), converter=_tuple_of_spans)

    @property
    def content(self) -> str:
        """The quoted words without the surrounding marks, parts joined by a space."""
        from .marks import strip_marks  # local: keeps the model importable on its own

        return " ".join(strip_marks(part.text) for part in self.parts)

    def iter_spans(self) -> Iterator[tuple[str, Span]]:
        """Yield ``(role, span)`` for every role that is present: mention, cue, frame, addressee."""
        for role in ("mention", "cue", "frame", "addressee"):
            span = getattr(self, role)
            if span is not None:
                yield role, span

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; the keys are those of the CLI's JSONL output plus frame/addressee."""

        def opt(span: Span | None) -> dict[str, Any] | None:
            return None if span is None else span.to_dict()

        return {
            "type": self.type.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "parts": [[p.start, p.end] for p in self.parts],
            "speaker": None if self.speaker is None else self.speaker.to_dict(),
            "mention": opt(self.mention),
            "cue": opt(self.cue),
            "cue_parts": [[p.start, p.end] for p in self.cue_parts],
            "frame": opt(self.frame),
            "addressee": opt(self.addressee),
            "medium": self.medium.value,
            "confidence": round(self.confidence, 3),
            "evidence": self.evidence,
        }

    def _repr_html_(self) -> str:
        from .render import render_quote

        return render_quote(self)


class Quotes(list):
    """The quotes of one document, sorted by start: a plain ``list`` of `Quote` with extras.

    Besides being a list, it knows the document's ``text``, its ``speakers`` (entities with their
    mentions), the ``anomalies`` found in the marks, and can group quotes by person.
    """

    __slots__ = ("text", "speakers", "anomalies", "error")

    def __init__(
        self,
        quotes: list[Quote] = (),  # type: ignore[assignment]
        *,
        text: str = "",
        speakers: tuple[Speaker, ...] = (),
        anomalies: tuple[Anomaly, ...] = (),
        error: Exception | None = None,
    ) -> None:
        super().__init__(quotes)
        self.text = text
        self.speakers = tuple(speakers)
        self.anomalies = tuple(anomalies)
        self.error = error  # set by extract_many when this document failed; the list is then empty

    def by_speaker(self) -> dict[Speaker | None, list[Quote]]:
        """Group the quotes by resolved speaker; quotes without a speaker go under ``None``."""
        groups: dict[Speaker | None, list[Quote]] = {}
        for quote in self:
            groups.setdefault(quote.speaker, []).append(quote)
        return groups

    def __reduce__(self):  # keep the extras when results cross process boundaries
        return (_rebuild_quotes, (list(self), self.text, self.speakers, self.anomalies, self.error))

    def __repr__(self) -> str:
        return f"Quotes({list.__repr__(self)}, speakers={len(self.speakers)}, anomalies={len(self.anomalies)})"

    def _repr_html_(self) -> str:
        from .render import render

        return render(self)


def _rebuild_quotes(quotes, text, speakers, anomalies, error=None) -> Quotes:
    return Quotes(quotes, text=text, speakers=speakers, anomalies=anomalies, error=error)
