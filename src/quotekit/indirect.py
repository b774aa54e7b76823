"""Reported speech without quotation marks: indirect, free indirect and reported speech acts.

Why: in German news most of what people said is not in „…“ but reported — ``Der Minister sagte,
die Lage sei ernst``, ``Laut Polizei ist die Lage ruhig``, and the next sentence in Konjunktiv I
(``Man habe alles versucht.``) still belongs to the same speaker. This stage takes the cues that
`quotekit.cues.find_cues` found and decides, sentence by sentence, which words are the reported
content, which are the introducing clause (the *frame*), and whom the words were addressed to.

The conventions follow the German Wikinews quotation corpus (see ``notes/indirect-analysis.md``):

* **Indirect**: the reported clause, without the sentence's final full stop; the frame is the
  reporting clause with the comma that separates it (``Der Minister sagte,`` / ``, sagte er``)
  or the particle phrase (``Laut Polizei``, ``Medienberichten zufolge``).
* **IndirectFreeIndirect**: whole following sentences in Konjunktiv I without a cue of their own;
  consecutive ones form one quotation (full stop included). No cue, no frame.
* **FreeIndirect**: whole sentences that report hearsay with *sollen* (``Er soll … haben``).
* **Reported**: a speech act named without its content (``Die Opposition forderte den
  Rücktritt``): the whole sentence, full stop included.

Everything here is rules and shipped word lists; with POS/morphology (``Token.mood``) the mood
test uses the tagger instead of the word lists.
"""

from __future__ import annotations

import functools
from typing import Iterable, Sequence

import attrs

from . import lexicon
from . import vocabulary as vocab
from .clauses import Segment, body_end, segment_of, segments
from .cues import Cue, CueKind
from .document import Annotated, Token
from .model import Medium, QuoteType

CharSpan = tuple[int, int]


@attrs.frozen
class IndirectQuote:
    """One quotation found without quotation marks, in character offsets of the input text."""

    parts: tuple[CharSpan, ...]  # the reported words, as the corpus annotates them
    type: QuoteType
    cue: Cue | None
    frame: CharSpan | None  # the introducing clause or particle phrase
    addressee: CharSpan | None  # "der Zeitung" in "sagte der Zeitung"
    medium: Medium
    confidence: float
    evidence: str  # the rule that fired, e.g. "cue-verb+dass", "laut", "konjunktiv-continuation"
    continues: int | None = None  # index of the quote whose speaker a continuation inherits

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


# --------------------------------------------------------------------------- word lists


def _optional_words(name: str) -> frozenset[str]:
    """A word list another stage may not ship yet; missing means empty, never an error."""
    try:
        return lexicon.words(name)
    except (FileNotFoundError, OSError):
        return frozenset()


@functools.cache
def _konjunktiv_forms() -> frozenset[str]:
    """Finite forms that mark reported speech on their own: Konjunktiv I (``sei``, ``habe``,
    ``gebe``) and the Konjunktiv II of the auxiliaries that replace it (``wäre``, ``hätten``,
    ``würden``)."""
    forms = set(_optional_words("konjunktiv1.txt")) | set(lexicon.words("indirect_konjunktiv.txt"))
    return frozenset(f.lower() for f in forms)


@functools.cache
def _konjunktiv2_forms() -> frozenset[str]:
    """Konjunktiv II forms that support a report after a cue (``sagte, er könnte …``) but are
    too common as hedges (``Dies könnte …``) to mark a sentence as reported by themselves."""
    return frozenset(f.lower() for f in _optional_words("konjunktiv2_substitutes.txt"))


@functools.cache
def _word_list(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words(name))


def _conjunctions() -> frozenset[str]:
    """``dass``, ``ob``, ``wie`` …: words that open a reported clause after a cue."""
    return _word_list("indirect_conjunctions.txt")


def _hearsay() -> frozenset[str]:
    """``soll``/``sollen``: the modal of hearsay that marks free indirect speech."""
    return _word_list("indirect_hearsay.txt")


def _relative_pronouns() -> frozenset[str]:
    return _word_list("indirect_relative_pronouns.txt")


def _clause_verbs() -> frozenset[str]:
    """Cue lemmas that take a bare indicative main clause as content (``sagte, die Lage ist …``)."""
    return _word_list("indirect_clause_verbs.txt")


def _reported_verbs() -> frozenset[str]:
    """Cue lemmas whose sentence is a Reported quotation when it has no reported clause."""
    return _word_list("indirect_reported_verbs.txt")


def _weak_particles() -> frozenset[str]:
    return _word_list("indirect_weak_particles.txt")


def _addressee_verbs() -> frozenset[str]:
    """Cue lemmas whose dative object is the addressee (``sagte der Zeitung``)."""
    return _word_list("indirect_addressee_verbs.txt")


_DEMONSTRATIVES = frozenset({"das", "dies", "dieses", "dies", "diese"})
_DATIVE_DETERMINERS = frozenset({"dem", "einem", "den", "der", "einer", "seinem", "ihrem", "seiner", "ihrer", "seinen", "ihren"})
_NOT_INFINITIVE_OPENERS = frozenset({"um", "ohne", "anstatt", "statt", "nachdem", "bevor", "als", "wenn", "weil", "da", "während", "der", "die", "das", "dem", "den", "denen", "dessen", "deren", "zu", "zum", "zur"})
_SUBORDINATORS = frozenset({"als", "nachdem", "weil", "da", "obwohl", "während", "wenn", "bevor", "seit", "seitdem", "damit", "sodass", "indem"})


@functools.cache
def _separable_prefixes() -> tuple[str, ...]:
    return tuple(sorted(_word_list("indirect_separable_prefixes.txt"), key=len, reverse=True))


def _is_zu_infinitive(word: str) -> bool:
    """``zu`` or an infinitive with ``zu`` inside: ``aufzuhalten``, ``herauszugeben``."""
    lower = word.lower()
    if lower == "zu":
        return True
    if not lower.endswith("n") or "zu" not in lower[2:] or not word.islower():
        return False
    for prefix in _separable_prefixes():
        if lower.startswith(prefix + "zu") and len(lower) > len(prefix) + 4:
            return True
    return False


def _cue_priority(cue: Cue) -> tuple[int, int]:
    """Verbs first, then the particles of attribution, then prepositional phrases, then nouns;
    within a kind, text order (the reporting clause precedes the content it introduces)."""
    if cue.kind is CueKind.VERB:
        rank = 0
    elif cue.kind is CueKind.PARTICLE:
        rank = 1 if len(cue.tokens) <= 2 else 2
    else:
        rank = 3
    return rank, cue.tokens[0]


# --------------------------------------------------------------------------- the finder


def find_indirect(ann: Annotated, cues: Sequence[Cue], direct: Sequence[CharSpan]) -> list[IndirectQuote]:
    """All indirect, free indirect and reported quotations of ``ann``, in text order.

    ``cues`` come from `quotekit.cues.find_cues`; ``direct`` are the character spans of the direct
    quotations, which are never reported again here (an indirect quote may contain one, as in
    ``… habe ein „verbotenes Regime“ errichtet``).
    """
    return _Finder(ann, cues, direct).run()


class _Finder:
    def __init__(self, ann: Annotated, cues: Sequence[Cue], direct: Sequence[CharSpan]) -> None:
        self.ann = ann
        self.tokens = ann.tokens
        self.protected = [False] * len(ann.tokens)
        for start, end in direct:
            for i in ann.tokens_in(start, end):
                self.protected[i] = True
        self.by_sentence: dict[int, list[Cue]] = {}
        for cue in cues:
            if cue.kind is CueKind.COLON or self.protected[cue.tokens[0]]:
                continue
            self.by_sentence.setdefault(cue.sentence, []).append(cue)

    # ---------------------------------------------------------------- driver

    def run(self) -> list[IndirectQuote]:
        found: list[IndirectQuote] = []
        report: int | None = None  # index in found of the last report (a speaker to inherit)
        report_sentence = -_MAX_GAP - 1  # sentence of the last report, direct quotes included
        open_run: tuple[int, int] | None = None  # (index, sentence) of a continuation to extend
        for s, (first, last) in enumerate(self.ann.sentences):
            end = body_end(self.ann, first, last)
            if end <= first:
                continue
            if any(self.protected[i] for i in range(first, end)):
                report_sentence = s  # a direct quotation keeps its speaker in focus
            if self._mostly_direct(first, end):
                open_run = None
                continue
            near = s - report_sentence <= _MAX_GAP
            quote = None
            if not (near and self._continues_in_first_clause(s, first, end)):
                quote = self._from_cues(s, first, last, end)
            if quote is not None:
                found.append(quote)
                report, report_sentence = len(found) - 1, s
                open_run = None
                continue
            kind = self._continuation_kind(first, end)
            if kind is None:
                continue
            if kind is QuoteType.FREE_INDIRECT:
                if not (s - report_sentence <= _FI_GAP or self._hearsay_perfect(first, end)):
                    continue
            elif not near:
                continue
            span = (self.tokens[first].start, self.tokens[last - 1].end)
            if open_run is not None and open_run[1] == s - 1 and found[open_run[0]].type is kind:
                previous = found[open_run[0]]
                found[open_run[0]] = attrs.evolve(previous, parts=((previous.start, span[1]),))
                open_run = (open_run[0], s)
                report_sentence = s
                continue
            continues = report if near else None
            medium = found[continues].medium if continues is not None else Medium.SPEECH_WRITING
            evidence = "konjunktiv-continuation" if kind is QuoteType.INDIRECT_FREE_INDIRECT else "sollen-hearsay"
            found.append(IndirectQuote((span,), kind, None, None, None, medium, 0.6, evidence, continues))
            open_run = (len(found) - 1, s)
            if near:
                report_sentence = s  # the speaker stays in focus
        return found

    def _continues_in_first_clause(self, s: int, first: int, end: int) -> bool:
        """``Die Gefahr sei real, sagte er`` is a new report, but ``Man habe, so heißt es weiter, …``
        and ``Er habe den Plan gekannt, doch sagte er …`` continue the previous one: the first clause
        is in Konjunktiv and holds no cue of its own."""
        if not _PRECHECK:
            return False
        segs = segments(self.ann, first, end, self.protected)
        if not segs:
            return False
        head = segs[0]
        if any(head.start <= c.tokens[0] < head.end for c in self.by_sentence.get(s, ())):
            return False
        if len(segs) > 1 and any(c.kind is CueKind.VERB and segs[1].start <= c.tokens[0] < segs[1].end and c.tokens[0] == segs[1].start for c in self.by_sentence.get(s, ())):
            return False  # "Die Lage sei ernst, sagte er": the cue right after the first clause
        return self._has_konjunktiv(head.start, head.end)

    # ---------------------------------------------------------------- helpers

    def _span(self, first: int, end: int) -> CharSpan:
        return (self.tokens[first].start, self.tokens[end - 1].end)

    def _mostly_direct(self, first: int, end: int) -> bool:
        inside = sum(1 for i in range(first, end) if self.protected[i])
        return inside * 10 >= (end - first) * 8

    def _parts(self, ranges: Iterable[tuple[int, int]]) -> tuple[CharSpan, ...]:
        return tuple(self._span(a, b) for a, b in ranges if b > a)

    def _is_konjunktiv(self, tok: Token) -> bool:
        if self.ann.has_morph and tok.morph is not None and tok.pos in (None, "VERB", "AUX"):
            if tok.mood == "Sub":
                return True
            if tok.mood is not None:
                return False
        text = tok.text
        if text[:1].isupper() and tok.i != self.ann.sentences[tok.sent][0]:
            return False  # "Rede", "Frage", "Lage": capitalised inside a sentence means a noun
        return text.lower() in _konjunktiv_forms()

    def _has_konjunktiv(self, first: int, end: int, *, weak: bool = False) -> bool:
        """A Konjunktiv finite verb outside direct quotations; ``weak`` admits Konjunktiv II hedges."""
        for i in range(first, end):
            if self.protected[i]:
                continue
            tok = self.tokens[i]
            if self._is_konjunktiv(tok):
                return True
            if weak and tok.text.lower() in _konjunktiv2_forms() and not tok.text[:1].isupper():
                return True
        return False

    def _has_hearsay(self, first: int, end: int) -> bool:
        return any(not self.protected[i] and self.tokens[i].text.lower() in _hearsay() for i in range(first, end))

    def _hearsay_perfect(self, first: int, end: int) -> bool:
        """``soll … gesehen haben`` / ``… gewesen sein``: hearsay about the past, never a plan."""
        seen_modal = False
        for i in range(first, end):
            word = self.tokens[i].text.lower()
            if self.protected[i]:
                continue
            if word in _hearsay():
                seen_modal = True
            elif seen_modal and word in ("haben", "sein"):
                return True
        return False

    # ---------------------------------------------------------------- continuations

    def _continuation_kind(self, first: int, end: int) -> QuoteType | None:
        if self._has_hearsay(first, end):
            return QuoteType.FREE_INDIRECT
        if self._has_konjunktiv(first, end, weak=_WEAKCONT):
            return QuoteType.INDIRECT_FREE_INDIRECT
        return None

    # ---------------------------------------------------------------- sentences with cues

    def _from_cues(self, s: int, first: int, last: int, end: int) -> IndirectQuote | None:
        cues = self.by_sentence.get(s)
        if not cues:
            return None
        segs = segments(self.ann, first, end, self.protected)
        if not segs:
            return None
        candidates: list[IndirectQuote] = []
        for cue in sorted(cues, key=_cue_priority):
            if cue.kind is CueKind.PARTICLE:
                if not self._particle_applies(cue, cues):
                    continue
                quote = self._particle(cue, segs, first, end)
            elif cue.kind is CueKind.VERB:
                quote = self._verb(cue, segs, first, last, end)
            else:
                quote = self._noun(cue, segs, first, end)
            if quote is not None and not self._content_is_direct(quote):
                if quote.confidence >= _SURE:
                    return quote  # the first confident reading wins: later cues sit in the content
                candidates.append(quote)
        if not candidates:
            return None
        return max(candidates, key=lambda q: q.confidence)

    def _content_is_direct(self, quote: IndirectQuote) -> bool:
        """The 'content' is a direct quotation (``Er sagte: „…“``): the scanner reports that one."""
        words = [i for a, b in quote.parts for i in self.ann.tokens_in(a, b)]
        if not words:
            return True
        inside = sum(1 for i in words if self.protected[i])
        return inside * 10 >= len(words) * 8

    # -- particles: laut X, X zufolge, nach Angaben von X, so X, demnach

    def _particle_applies(self, cue: Cue, cues: Sequence[Cue]) -> bool:
        """A bare ``nach`` is a cue only with a cue noun next to it (``nach Angaben``,
        ``seiner Ansicht nach``); hedging adverbs never introduce a report on their own."""
        lemma = cue.lemma.lower()
        if lemma in _weak_particles():
            return False
        if " " in lemma and not lemma.startswith(("nach ", "laut ")):
            # "in einem Interview", "mit den Worten": an adjunct, a report only with Konjunktiv
            return self._has_konjunktiv(cue.tokens[-1] + 1, self.ann.sentences[cue.sentence][1])
        if lemma != "nach":
            return True
        head = cue.tokens[0]
        return any(
            other.kind is CueKind.NOUN and (head < other.tokens[0] <= head + 4 or head - 3 <= other.tokens[0] < head)
            for other in cues
        )

    def _particle(self, cue: Cue, segs: list[Segment], first: int, end: int) -> IndirectQuote | None:
        head = cue.tokens[0]
        k = segment_of(segs, head)
        seg = segs[k]
        lemma = cue.lemma.lower()
        if lemma == "so" or (head == seg.start and k > 0 and lemma in ("so", "wie")):
            # ", so der Sprecher" closes (or interrupts) the report
            if k == 0:
                return None
            frame_first = seg.sep if seg.sep is not None else seg.start
            frame_end = seg.end
            after = segs[k + 1 :]
            if after and after[0].sep is not None:
                frame_end = after[0].sep + 1
            ranges = [(first, segs[k - 1].end)] + [(after[0].start, end)] if after else [(first, segs[k - 1].end)]
            return self._make(cue, ranges, (frame_first, frame_end), "so-particle", 0.75)
        phrase = self._particle_phrase(cue, seg)
        if phrase is None:
            return None
        frame_first, frame_end = phrase
        # the report is the rest of the sentence; commas that only fence the phrase go with it
        if frame_first > first and self.tokens[frame_first - 1].text == "," and frame_end < end and self.tokens[frame_end].text == ",":
            frame_first -= 1
            frame_end += 1
        elif frame_first == first and frame_end < end and self.tokens[frame_end].text == ",":
            frame_end += 1
        ranges = [(first, frame_first), (frame_end, end)]
        if sum(b - a for a, b in ranges) < 3:
            return None
        return self._make(cue, ranges, (frame_first, frame_end), lemma.replace(" ", "-"), 0.8)

    def _particle_phrase(self, cue: Cue, seg: Segment) -> tuple[int, int] | None:
        """Token range of the particle phrase: the particle plus its noun phrase."""
        from . import phrases  # local: keeps this module importable while phrases evolves

        first_tok, last_tok = cue.tokens[0], cue.tokens[-1]
        position = getattr(cue, "position", "either")
        lemma = cue.lemma.lower()
        if lemma in ("demnach", "danach", "wonach"):
            return first_tok, last_tok + 1
        if position == "post" or lemma == "zufolge":
            phrase = phrases.phrase_ending_at(self.ann, first_tok, seg.start)
            start = phrase.start if phrase is not None else max(seg.start, first_tok - 2)
            return start, last_tok + 1
        nxt = last_tok + 1
        if nxt >= seg.end:
            return first_tok, last_tok + 1
        if self.tokens[nxt].text.lower() in ("von", "vom", "des", "der", "aus"):
            # nach Angaben von X / nach Angaben der Polizei
            phrase = phrases.noun_phrase(self.ann, nxt + 1 if self.tokens[nxt].text.lower() in ("von", "aus") else nxt, seg.end)
        else:
            phrase = phrases.noun_phrase(self.ann, nxt, seg.end)
        if phrase is None:
            return first_tok, min(last_tok + 2, seg.end)
        return first_tok, phrase.end

    # -- verbs

    def _verb(self, cue: Cue, segs: list[Segment], first: int, last: int, end: int) -> IndirectQuote | None:
        head = cue.tokens[0]
        k = segment_of(segs, head)
        seg = segs[k]
        lead = [self.tokens[i].text.lower() for i in range(seg.start, head)]
        opener = lead[0] if lead else ""
        if opener == "wie" and k + 1 < len(segs) and k == 0:
            # "Wie der Sprecher mitteilte, ist …"
            frame = (seg.start, segs[k + 1].sep + 1 if segs[k + 1].sep is not None else seg.end)
            return self._make(cue, [(segs[k + 1].start, end)], frame, "wie-cue", 0.8)
        if opener == "wie" and k > 0:
            # "…, wie der Sprecher mitteilte."
            frame_end = segs[k + 1].sep + 1 if k + 1 < len(segs) and segs[k + 1].sep is not None else seg.end
            ranges = [(first, segs[k - 1].end)]
            if k + 1 < len(segs):
                ranges.append((segs[k + 1].start, end))
            return self._make(cue, ranges, (seg.sep if seg.sep is not None else seg.start, frame_end), "wie-cue", 0.8)
        inverted = k > 0 and (not lead or lead == ["so"]) and self._has_subject_after(cue, seg)
        if inverted and not self._may_be_content(first, segs[k - 1].end, segs[0]):
            inverted = False  # "Hans Muster, Sprecher des Amtes, sagte gegenüber X, …": subject first
        if inverted:
            # "…, sagte der Minister" / "…, sagte er, …"
            frame_first = seg.sep if seg.sep is not None else seg.start
            frame_end = seg.end
            ranges = [(first, segs[k - 1].end)]
            if k + 1 < len(segs):
                frame_end = segs[k + 1].sep + 1 if segs[k + 1].sep is not None else seg.end
                ranges.append((segs[k + 1].start, end))
            evidence = "cue-verb-after" if k + 1 >= len(segs) else "cue-verb-inserted"
            return self._make(cue, ranges, (frame_first, frame_end), evidence, 0.8)
        if k > 0 and opener in _relative_pronouns() and seg.sep is not None and self.tokens[seg.sep].text == ",":
            return None  # "…, der gestern sagte, …": a relative clause about someone
        if k + 1 < len(segs):
            content = segs[k + 1]
            if k + 2 < len(segs) and self._is_apposition(content):
                content = segs[k + 2]  # "sagte zu Mair, dem Angeklagten, er habe …"
            frame_first = seg.start
            if head == seg.start and k > 0:
                frame_first = first  # "Der Minister, der …, sagte, …": the subject is further back
            frame = (frame_first, content.sep + 1 if content.sep is not None else seg.end)
            evidence, confidence = self._content_evidence(cue, content, end)
            if evidence is None:
                return None
            return self._make(cue, [(content.start, end)], frame, evidence, confidence)
        return self._without_content(cue, segs, first, last, end)

    def _may_be_content(self, first: int, end: int, first_segment: Segment) -> bool:
        """Words before ``, sagte X`` can be its content unless they are the subject or an adverbial.

        ``Der Chef der Firma, Hans Muster, sagte …`` (a noun phrase with apposition) and ``Wenn …,
        sagte er`` (a subordinate clause) are not what was said.
        """
        from . import phrases

        if self.tokens[first].text.lower() in _SUBORDINATORS:
            return False
        phrase = phrases.noun_phrase(self.ann, first, first_segment.end)
        return phrase is None or phrase.end < first_segment.end

    def _is_apposition(self, seg: Segment) -> bool:
        """A segment that is only a noun phrase (``, der Sprecher des Amtes,``)."""
        from . import phrases

        if self.tokens[seg.start].text.lower() in _conjunctions():
            return False
        phrase = phrases.noun_phrase(self.ann, seg.start, seg.end, appositions=False)
        return phrase is not None and phrase.end >= seg.end

    def _ends_in_zu_infinitive(self, seg: Segment) -> bool:
        """``…, die Fenster geschlossen zu halten`` / ``…, Soldaten bereitzustellen``."""
        last = seg.end - 1
        while last > seg.start and (vocab.is_quote_mark(self.tokens[last].text) or self.tokens[last].text in ")]"):
            last -= 1
        word = self.tokens[last].text
        if not word.islower() or not word.endswith("n"):
            return False
        if _is_zu_infinitive(word) and word != "zu":
            return True
        return last - 1 >= seg.start and self.tokens[last - 1].text == "zu"

    def _has_subject_after(self, cue: Cue, seg: Segment) -> bool:
        """In ``, sagte der Minister`` the segment holds more than the verb (and its particle)."""
        return any(i not in cue.tokens for i in range(cue.tokens[0] + 1, seg.end))

    def _content_evidence(self, cue: Cue, content: Segment, end: int) -> tuple[str | None, float]:
        word = self.tokens[content.start].text.lower()
        if word in _conjunctions():
            return f"cue-verb+{word}", 0.85
        if self._has_konjunktiv(content.start, end, weak=True):
            return "cue-verb+konjunktiv", 0.85
        if word not in _NOT_INFINITIVE_OPENERS and self._ends_in_zu_infinitive(content):
            return "cue-verb+zu", 0.6
        if word in _SUBORDINATORS or word in _relative_pronouns() or cue.lemma.lower() not in _clause_verbs():
            return None, 0.0
        return "cue-verb+clause", 0.5

    def _without_content(self, cue: Cue, segs: list[Segment], first: int, last: int, end: int) -> IndirectQuote | None:
        head = cue.tokens[0]
        head_text = self.tokens[head].text.lower()
        if head == first + 1 and self.tokens[first].text.lower() in _DEMONSTRATIVES and len(segs) == 1:
            # "Das bestätigte der Sprecher." — the report is the previous sentence plus "Das"
            s = self.tokens[first].sent
            if s == 0:
                return None
            prev_first, prev_last = self.ann.sentences[s - 1]
            if self._mostly_direct(prev_first, prev_last):
                return None
            ranges = [(prev_first, prev_last), (first, first + 1)]
            return self._make(cue, ranges, (head, end), "demonstrative+cue", 0.6)
        if not cue.finite or segment_of(segs, head) != 0:
            return None
        if self.tokens[first].text.lower() in _SUBORDINATORS or head_text in _hearsay():
            return None
        if _REPORTED_NEEDS_SPEAKER and not self._has_speaker(cue):
            return None
        quote = IndirectQuote(
            self._parts([(first, last)]), QuoteType.REPORTED, cue, None, None, cue.medium,
            0.5, "reported-verb",
        )
        return quote if cue.lemma.lower() in _reported_verbs() and not _NOREP else None

    def _has_speaker(self, cue: Cue) -> bool:
        """A speech act is reported only when someone performs it: the cue has a speaker mention."""
        from .speakers import mention_for_cue

        try:
            return mention_for_cue(self.ann, cue) is not None
        except (FileNotFoundError, OSError):  # the speaker lexicons are optional here
            return True

    # -- nouns: "die Forderung, dass …", "in einer Erklärung hieß es, …"

    def _noun(self, cue: Cue, segs: list[Segment], first: int, end: int) -> IndirectQuote | None:
        k = segment_of(segs, cue.tokens[0])
        if k + 1 >= len(segs):
            return None
        content = segs[k + 1]
        word = self.tokens[content.start].text.lower()
        if word not in _conjunctions():
            return None
        frame = (segs[k].start, content.sep + 1 if content.sep is not None else segs[k].end)
        return self._make(cue, [(content.start, end)], frame, f"cue-noun+{word}", 0.55)

    # -- assembling

    def _make(self, cue: Cue, ranges: list[tuple[int, int]], frame: tuple[int, int], evidence: str, confidence: float) -> IndirectQuote | None:
        parts = self._parts(ranges)
        if not parts:
            return None
        return IndirectQuote(
            parts,
            QuoteType.INDIRECT,
            cue,
            self._span(*frame) if frame[1] > frame[0] else None,
            self._addressee(cue, frame),
            cue.medium,
            confidence,
            evidence,
        )

    def _addressee(self, cue: Cue, frame: tuple[int, int]) -> CharSpan | None:
        """``gegenüber der Zeitung`` anywhere in the frame, or a dative object after the cue verb."""
        from . import phrases

        first, end = frame
        for i in range(first, end - 1):
            if self.tokens[i].text.lower() == "gegenüber":
                phrase = phrases.noun_phrase(self.ann, i + 1, end)
                if phrase is not None:
                    return self._span(phrase.start, phrase.end)
        if cue.kind is not CueKind.VERB or cue.lemma.lower() not in _addressee_verbs():
            return None
        i = cue.tokens[0] + 1
        while i < end and self.tokens[i].text.lower() in vocab.cue_adverbs():
            i += 1
        if i < end and self.tokens[i].text.lower() in _DATIVE_DETERMINERS:
            determiner = self.tokens[i].text.lower()
            phrase = phrases.noun_phrase(self.ann, i, end, appositions=False)
            if phrase is None or phrase.end >= end - 1:
                return None  # "sagte der Minister": the subject, not the addressee
            if determiner == "der" and not self._has_subject_before(cue, first):
                return None
            return self._span(phrase.start, phrase.end)
        return None

    def _has_subject_before(self, cue: Cue, first: int) -> bool:
        return cue.tokens[0] > first


import os
_NOREP = bool(os.environ.get('NOREP'))
_REPORTED_NEEDS_SPEAKER = not os.environ.get('NOSPK')
_WEAKCONT = bool(os.environ.get('WEAKCONT'))
_PRECHECK = not os.environ.get('NOPRE')
_FI_GAP = int(os.environ.get('FIGAP', '1'))
_SURE = 0.75  # confidence from which the first reading of a sentence is taken
_MAX_GAP = 3  # sentences between a report and a Konjunktiv sentence that still continues it
