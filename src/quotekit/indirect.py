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
from array import array
from bisect import bisect_left
from itertools import accumulate, compress
from typing import Iterable, Sequence

import attrs

from . import vocabulary as vocab
from . import clauses, lexicon
from .clauses import Segment, body_end, segment_of, segments
from .cues import CLAIM_LEMMA, Cue, CueKind, companion_words, cue_words, word_near
from .document import Annotated, HasParts, Token
from .model import Medium, QuoteType
from .phrases import ADJECTIVE_ENDINGS
from .wordtable import WordTable

CharSpan = tuple[int, int]


@attrs.frozen
class IndirectQuote(HasParts):
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
    cue_spans: tuple[CharSpan, ...] = ()  # the cue words as the corpus marks them (see _cue_spans)
    continues_direct: CharSpan | None = None  # a continuation of this direct quotation's speaker
    continues_cue: Cue | None = None  # a continuation of the subject of this cue without content


# --------------------------------------------------------------------------- word lists


def _clause_verbs() -> frozenset[str]:
    """Cue lemmas that take a bare indicative main clause as content (``sagte, die Lage ist …``)."""
    return clauses.word_list("indirect_clause_verbs.txt")


def _reported_verb_objects() -> dict[str, frozenset[str]]:
    """``{lemma: words}``: reported verbs that are speech acts only with one of these words near."""
    return companion_words("indirect_reported_verb_objects.tsv")


def _reported_verbs() -> frozenset[str]:
    """Cue lemmas whose sentence is a Reported quotation when it has no reported clause."""
    return clauses.word_list("indirect_reported_verbs.txt")


def _weak_particles() -> frozenset[str]:
    return clauses.word_list("indirect_weak_particles.txt")


def _question_verbs() -> frozenset[str]:
    """Cue lemmas that take an indirect question (``fragte, wann …``, ``erklärte, wie …``)."""
    return clauses.word_list("indirect_question_verbs.txt")


def _addressee_verbs() -> frozenset[str]:
    """Cue lemmas whose dative object is the addressee (``sagte der Zeitung``)."""
    return clauses.word_list("indirect_addressee_verbs.txt")


def _demonstratives() -> frozenset[str]:
    """``das``/``dies``: the object of ``Das bestätigte der Sprecher`` points to the previous sentence."""
    return clauses.word_list("indirect_demonstratives.txt")


def _dative_determiners() -> frozenset[str]:
    """Determiners that open the addressee after a cue verb (``sagte dem Magazin``)."""
    return clauses.word_list("indirect_dative_determiners.txt")


def _genitive_starts() -> frozenset[str]:
    """Words after which a particle phrase names its source (``nach Angaben des Amtes``)."""
    return clauses.word_list("indirect_genitive_starts.txt")


@functools.cache
def _rule_words(role: str) -> frozenset[str]:
    """The words of one ``role`` in ``indirect_rule_words.tsv``: the closed classes single rules
    test for (``dass``/``ob`` after a cue, ``zufolge``, ``gegenüber`` …). An unknown role is a
    programming error and fails loudly instead of silently matching nothing."""
    words = frozenset(word.lower() for role_name, word in lexicon.rows("indirect_rule_words.tsv") if role_name == role)
    if not words:
        raise KeyError(f"indirect_rule_words.tsv has no role {role!r}")
    return words


@functools.cache
def _prefixes(role: str) -> tuple[str, ...]:
    """``("nach ", "laut ")``: the words of ``role`` as first words of a multi-word lemma."""
    return tuple(sorted(word + " " for word in _rule_words(role)))


# Per-token flags (see `_Finder._flags`): what a word is for the mood and hearsay tests.
_KONJ = 1  # Konjunktiv I or a strong Konjunktiv II substitute (`clauses.konjunktiv_forms`)
_WEAK = 2  # a Konjunktiv II hedge, lowercase (`clauses.konjunktiv2_forms`)
_HEARSAY = 4  # soll/sollen (`clauses.hearsay`)
_KONJ_AT_START = 8  # a capitalised Konjunktiv form: Konjunktiv only as a sentence's first word




def _word_flags(text: str) -> int:
    """The word-list flags of a token text, from the lists alone."""
    lower = text.lower()
    capitalised = text[:1].isupper()
    flags = 0
    if lower in clauses.konjunktiv_forms():
        flags |= _KONJ_AT_START if capitalised else _KONJ
    if lower in clauses.konjunktiv2_forms() and not capitalised:
        flags |= _WEAK
    if lower in clauses.hearsay():
        flags |= _HEARSAY
    return flags


_MOOD_WORDS = WordTable(_word_flags)


def _weak_preterite_plural(word: str) -> bool:
    """``trauten``, ``arbeiteten``: the preterite plural of a weak verb whose Konjunktiv I we
    list (``traue``, ``arbeite``), not a present tense (``arbeiten``, ``erwarten``: their stem
    ends in ``t``) nor the indicative of a verb with a Konjunktiv II of its own (``hatten`` has
    ``hätten``)."""
    forms = clauses.konjunktiv_forms()
    if word in clauses.konjunktiv2_forms():
        return False  # "dürften", "möchten": a Konjunktiv II of its own, see `_konjunktiv2_going_on`
    if word.endswith("eten") and word[:-4] + "e" in forms:
        return True
    stem = word[:-3]
    if stem + "e" not in forms or stem + "te" in forms:
        return False
    return word.translate(_WITH_UMLAUTS) == word or word.translate(_WITH_UMLAUTS) not in clauses.konjunktiv2_forms() | forms


_PRETERITE_VERB_REACH = 8  # tokens from a sentence's start to a finite verb in second place
_WITHOUT_UMLAUTS = str.maketrans("äöü", "aou")  # a Konjunktiv II with an umlaut is no preterite
_WITH_UMLAUTS = str.maketrans("aou", "äöü")  # the Konjunktiv II of a preterite with a vowel to umlaut

_OWN_CLAUSE_WORDS = 3  # words before a quotation's marks that make a clause of the report's own


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
    """All indirect, free indirect and reported quotations of ``ann``, sentence by sentence.

    Quotes come in the order of the sentences that hold their cue; ``Das bestätigte X`` reaches
    back into the previous sentence and may overlap a quote found there.

    ``cues`` come from `quotekit.cues.find_cues`; ``direct`` are the character spans of the direct
    quotations, which are never reported again here (an indirect quote may contain one, as in
    ``… habe ein „verbotenes Regime“ errichtet``).
    """
    return _Finder(ann, cues, direct).run()


class _Finder:
    """One pass over the sentences of one text; holds which tokens are direct quotations."""

    def __init__(self, ann: Annotated, cues: Sequence[Cue], direct: Sequence[CharSpan]) -> None:
        self.ann = ann
        self.tokens = ann.tokens
        # 1 for the tokens inside a direct quotation (a byte each: long texts have many tokens)
        self.protected = bytearray(len(ann.tokens))
        for start, end in direct:
            inside = ann.tokens_in(start, end)
            self.protected[inside.start : inside.stop] = b"\x01" * len(inside)
        # protected tokens before index i: "is any / how much of a sentence quoted" in O(1)
        self.protected_before = array("q", accumulate(self.protected, initial=0))
        self.direct = sorted((start, end) for start, end in direct)
        self.by_sentence: dict[int, list[Cue]] = {}
        for cue in cues:
            if cue.kind is CueKind.COLON or self.protected[cue.tokens[0]]:
                continue
            self.by_sentence.setdefault(cue.sentence, []).append(cue)
        # Every sentence asks whether it holds a Konjunktiv or hearsay form: classify each token
        # once, keep the unprotected hits as sorted index lists and answer range queries by bisection.
        self.flags = self._flags()
        protected, flags = self.protected, self.flags
        hits = [i for i in compress(range(len(flags)), flags) if not protected[i]]  # C-level scan
        self.konj_at = [i for i in hits if flags[i] & _KONJ]
        self.konj_or_weak_at = [i for i in hits if flags[i] & (_KONJ | _WEAK)]
        self.hearsay_at = [i for i in hits if flags[i] & _HEARSAY]
        self._segments: dict[tuple[int, int], list[Segment]] = {}
        self._subjunctive: dict[Cue, bool] = {}  # `_subjunctive_cue`: cues are sorted by it once per candidate clause

    def _flags(self) -> list[int]:
        """`_KONJ`/`_WEAK`/`_HEARSAY` for every token. Without a tagger the word lists decide (a
        capitalised form only at a sentence start); with one, `_is_konjunktiv_tagged` decides."""
        tokens, sentences = self.tokens, self.ann.sentences
        words = _MOOD_WORDS.flags(self.ann).tolist()
        if self.ann.has_pos or self.ann.has_morph:
            words = [
                (f & (_WEAK | _HEARSAY)) | (_KONJ if self._is_konjunktiv_tagged(tok) else 0)
                for f, tok in zip(words, tokens)
            ]
        else:
            for i in compress(range(len(words)), words):
                f = words[i]
                if f & _KONJ_AT_START:
                    tok = tokens[i]
                    words[i] = f | _KONJ if tok.i == sentences[tok.sent][0] else f
        comparison = _rule_words("irreal_comparison")
        for i in compress(range(len(words)), words):
            if words[i] & (_KONJ | _WEAK) and self._after_comparison(i, comparison):
                words[i] &= ~(_KONJ | _WEAK)  # "Es war, als befänden sich alle …": the writer's image
        return words

    def _after_comparison(self, i: int, comparison: frozenset[str]) -> bool:
        """The verb at ``i`` right follows the opener of an irreal comparison (``als``, ``als ob``,
        ``wie wenn``)."""
        texts = self.ann.texts
        one = texts[i - 1].lower() if i > 0 else ""
        two = f"{texts[i - 2].lower()} {one}" if i > 1 else ""
        return one in comparison or two in comparison

    def _any_at(self, positions: list[int], first: int, end: int) -> bool:
        """Whether a sorted index list has an entry in ``[first, end)``."""
        k = bisect_left(positions, first)
        return k < len(positions) and positions[k] < end

    def _segments_of(self, first: int, end: int) -> list[Segment]:
        """`clauses.segments` of ``[first, end)`` with this text's quotations, computed once."""
        key = (first, end)
        segs = self._segments.get(key)
        if segs is None:
            segs = self._segments[key] = segments(self.ann, first, end, self.protected)
        return segs

    # ---------------------------------------------------------------- driver

    def run(self) -> list[IndirectQuote]:
        found: list[IndirectQuote] = []
        report: int | None = None  # index in found of the last report (a speaker to inherit)
        report_direct: CharSpan | None = None  # or the last direct quotation, when that is later
        report_cue: Cue | None = None  # or a later verb of saying that reported nothing
        report_sentence = -_MAX_GAP - 1  # sentence of the last report, direct quotes included
        open_run: tuple[int, int] | None = None  # (index, sentence) of a continuation to extend
        for s, (first, last) in enumerate(self.ann.sentences):
            end = body_end(self.ann, first, last)
            if end <= first:
                continue
            if self.protected_before[end] > self.protected_before[first]:
                report_sentence = s  # a direct quotation keeps its speaker in focus
                report, report_direct, report_cue = None, self._last_direct(first, end), None
            if self._mostly_direct(first, end):
                open_run = None
                continue
            near = s - report_sentence <= _MAX_GAP
            quote = self._from_cues(s, first, last, end)
            if quote is not None and near and self._continues_in_first_clause(s, first, end) and not quote.evidence.startswith("cue-verb-after"):
                quote = None  # the report goes on; only a cue after it ("…, erklärten sie") starts a new one
            if quote is not None:
                found.append(quote)
                report, report_direct, report_cue, report_sentence = len(found) - 1, None, None, s
                open_run = None
                continue
            kind = self._continuation_kind(first, end)
            if kind is None and s - report_sentence == 1 and report_cue is None and not self.ann.paragraph_break_before(first) and (self._konjunktiv2_going_on(first, end) or (self._said_by_verb(found, report) and s not in self.by_sentence and self._preterite_plural_going_on(first, end))):
                # "…“, sagte der Vorsitzende. Die Kinder müssten sonst …": right after a report or a
                # quotation (not a bare "Der Rat stimmte zu"), in its paragraph, a Konjunktiv II goes
                # on with it (alone it is a hedge: "Das könnte …")
                kind = QuoteType.INDIRECT_FREE_INDIRECT
            if kind is None:
                if (framing := self._speech_act_without_report(s, first, end)) is not None:
                    # "X sagte als Zeuge aus. Er habe nur …": the next report is that speaker's
                    report, report_direct, report_cue, report_sentence = None, None, framing, s
                    open_run = None
                continue
            if kind is QuoteType.FREE_INDIRECT:
                if not (s - report_sentence <= _FI_GAP or self._hearsay_perfect(first, end)):
                    continue
            elif not near:
                if not self._colon_frame(first, end):
                    continue
                report, report_direct, report_cue, report_sentence = None, None, None, s
            opening = self._after_colon(first, end)
            span = (self.tokens[opening].start, self.tokens[last - 1].end)
            if opening > first and (framing := self._speech_act_without_report(s, first, opening - 1)) is not None:
                # "Overbeck bat um Verständnis: Wer nicht krank sei, solle …": the frame before the
                # colon says who reports what follows it
                report, report_direct, report_cue, open_run = None, None, framing, None
            if open_run is not None and open_run[1] == s - 1 and found[open_run[0]].type is kind:
                previous = found[open_run[0]]
                found[open_run[0]] = attrs.evolve(previous, parts=((previous.start, span[1]),))
                open_run = (open_run[0], s)
                report_sentence = s
                continue
            continues = report if near else None
            continues_direct = report_direct if near and continues is None else None
            continues_cue = report_cue if near and continues is None and continues_direct is None else None
            medium = found[continues].medium if continues is not None else Medium.SPEECH_WRITING
            evidence = "konjunktiv-continuation" if kind is QuoteType.INDIRECT_FREE_INDIRECT else "sollen-hearsay"
            found.append(
                IndirectQuote(
                    (span,), kind, None, None, None, medium, 0.6, evidence, continues,
                    continues_direct=continues_direct, continues_cue=continues_cue,
                )
            )
            open_run = (len(found) - 1, s)
            if near:
                report_sentence = s  # the speaker stays in focus
        return found

    def _speech_act_without_report(self, s: int, first: int, end: int) -> Cue | None:
        """The verb of saying of a main clause that reports nothing itself (``Der Türsteher sagte
        als Zeuge aus``, ``Die Ministerin äußerte sich zurückhaltend``) and has a speaker: whoever
        it names goes on speaking in the Konjunktiv sentences after it."""
        verbs = [cue for cue in self.by_sentence.get(s, ()) if cue.kind is CueKind.VERB and cue.finite]
        if not verbs or self.protected_before[end] > self.protected_before[first]:
            return None  # (no verb of saying; or „…“, sagte er: the direct quotation is what the cue reports)
        segs = self._segments_of(first, end)
        for cue in verbs if segs else ():
            k = segment_of(segs, cue.tokens[0])
            if self._adverbial_clause(cue, segs[k]) or not self._subject_segments_before(segs, k) or not self._speech_act_sense(cue, segs, end):
                continue
            if self._names_someone(cue):
                return cue
        return None

    def _names_someone(self, cue: Cue) -> bool:
        """The cue's subject names a person, group or organisation (not ``Das Wrack wurde …``)."""
        from .mentions import is_person_like, mention_for_cue, surname_named_before

        mention = mention_for_cue(self.ann, cue)
        return mention is not None and (is_person_like(mention) or surname_named_before(self.ann, mention.name, mention.start))

    def _last_direct(self, first: int, end: int) -> CharSpan | None:
        """The last (in sorted order) direct quotation overlapping tokens ``[first, end)``."""
        lo, hi = self.tokens[first].start, self.tokens[end - 1].end
        k = bisect_left(self.direct, (hi,))  # self.direct[:k] all start before hi
        # walk back from k by index: a slice would copy every quotation before (long texts)
        return next((self.direct[i] for i in range(k - 1, -1, -1) if lo < self.direct[i][1]), None)

    def _after_colon(self, first: int, end: int) -> int:
        """Where a continuation starts: after a colon when only the part behind it is reported
        (``X zweifelte: Er habe …``)."""
        colon = None
        for i in range(first, end):
            if self.tokens[i].text == ":" and not self.protected[i]:
                colon = i
        if colon is None or colon + 1 >= end or self._has_konjunktiv(first, colon) or self._has_hearsay(first, colon):
            return first
        return colon + 1

    def _colon_frame(self, first: int, end: int) -> bool:
        """``Der Physiker ordnete den Wert nüchtern ein: Ein Rekord sei kein Beweis``: Konjunktiv
        after a colon whose clause before it has someone as subject reports that person's words,
        with no report before it and no verb of saying (the speaker is found as for a
        continuation after a colon)."""
        from .mentions import clause_subject, is_impersonal, is_person_like

        opening = self._after_colon(first, end)
        if opening == first:
            return False
        mention = clause_subject(self.ann, first, opening - 1)
        return mention is not None and is_person_like(mention) and not is_impersonal(mention)

    def _continues_in_first_clause(self, s: int, first: int, end: int) -> bool:
        """``Die Gefahr sei real, sagte er`` is a new report, but ``Man habe, so heißt es weiter, …``
        and ``Er habe den Plan gekannt, doch sagte er …`` continue the previous one: the first clause
        is in Konjunktiv and holds no cue of its own."""
        if not self._any_at(self.konj_at, first, end):
            return False  # no Konjunktiv anywhere in the sentence, so none in its first clause
        segs = self._segments_of(first, end)
        if not segs:
            return False
        head = segs[0]
        if any(head.start <= c.tokens[0] < head.end and c.kind is not CueKind.NOUN and not self._subjunctive_cue(c) for c in self.by_sentence.get(s, ())):
            return False  # (a cue noun in a Konjunktiv clause is part of what is said: "Man sei im Gespräch")
        if len(segs) > 1 and any(c.kind is CueKind.VERB and segs[1].start <= c.tokens[0] < segs[1].end and c.tokens[0] == segs[1].start for c in self.by_sentence.get(s, ())):
            return False  # "Die Lage sei ernst, sagte er": the cue right after the first clause
        if len(segs) > 1 and any(c.kind in (CueKind.VERB, CueKind.PARTICLE) and c.tokens[0] == segs[-1].start for c in self.by_sentence.get(s, ())):
            return False  # "Der Fund zeige, dass …, sagt sie", "…, so der Verein": a cue closing the sentence
        return self._has_konjunktiv(head.start, head.end)

    # ---------------------------------------------------------------- helpers

    def _span(self, first: int, end: int) -> CharSpan:
        return (self.tokens[first].start, self.tokens[end - 1].end)

    def _mostly_direct(self, first: int, end: int) -> bool:
        inside = self.protected_before[end] - self.protected_before[first] if end > first else 0
        return inside * 10 >= (end - first) * 8

    def _parts(self, ranges: Iterable[tuple[int, int]]) -> tuple[CharSpan, ...]:
        return tuple(self._span(a, b) for a, b in ranges if b > a)

    def _is_konjunktiv(self, tok: Token) -> bool:
        """Konjunktiv from the tagger's ``Mood`` when there is one, else from the word lists."""
        return bool(self.flags[tok.i] & _KONJ)

    def _is_konjunktiv_tagged(self, tok: Token) -> bool:
        """`_is_konjunktiv` computed for one token of a tagged text (see `_flags`)."""
        if self.ann.has_pos and tok.pos is not None and tok.pos not in ("VERB", "AUX"):
            return False
        if self.ann.has_morph and tok.morph is not None:
            mood = tok.mood
            if mood is not None:
                return mood == "Sub"
        text = tok.text
        if text[:1].isupper() and tok.i != self.ann.sentences[tok.sent][0]:
            return False  # "Rede", "Frage", "Lage": capitalised inside a sentence means a noun
        return text.lower() in clauses.konjunktiv_forms()

    def _has_konjunktiv(self, first: int, end: int, *, weak: bool = False) -> bool:
        """A Konjunktiv finite verb outside direct quotations; ``weak`` admits Konjunktiv II hedges."""
        return self._any_at(self.konj_or_weak_at if weak else self.konj_at, first, end)

    def _konjunktiv2_going_on(self, first: int, end: int) -> bool:
        """A Konjunktiv II in ``[first, end)`` that goes on with a report rather than comment on
        it: one no preterite shares (``müssten``, ``käme``; not ``gingen``, ``ließen``), no
        present-tense wish (``möchte``), no estimate (``Ein Urteil dürfte im Herbst fallen``; but
        ``dürften nicht`` forbids), and no comment on the reported fact (``Das könnte teuer
        werden``, ``Für Pendler könnte das Umwege bedeuten``). A review on short texts of its own
        found each of these read as the speaker's words."""
        negated = any(self.tokens[i].text.lower() in _rule_words("negation") for i in range(first, end))
        k = bisect_left(self.konj_or_weak_at, first)
        while k < len(self.konj_or_weak_at) and self.konj_or_weak_at[k] < end:
            i = self.konj_or_weak_at[k]
            k += 1
            word = self.tokens[i].text.lower()
            if word == word.translate(_WITHOUT_UMLAUTS) or word in _rule_words("present_wish_modal"):
                continue
            if word in _rule_words("epistemic_modal") and not negated:
                continue
            if self._comments_on_fact(i, first, end):
                return False
            return True
        return False

    @staticmethod
    def _said_by_verb(found: list[IndirectQuote], report: int | None) -> bool:
        """The last report was a quotation or a report with a verb of saying (``sagte sie``), not a
        source (``Nach Angaben der Polizei …``, ``laut …``): news goes on after a source in its
        own words."""
        return report is None or (found[report].cue is not None and found[report].cue.kind is CueKind.VERB)

    def _preterite_plural_going_on(self, first: int, end: int) -> bool:
        """``„…“, sagte der Bibliothekar. Kinder aus ärmeren Familien trauten sich nicht mehr in die
        Bücherei.``: in the plural the Konjunktiv I looks like the indicative (``sie trauen``), so
        reported speech takes the Konjunktiv II, which for weak verbs is the preterite
        (``trauten``). Right after a report, a sentence whose finite verb, in second place, is
        such a plural form goes on with it. Second place: after a first constituent that ends in a
        noun or is one word (``Allerdings erforderten sie …``), never after an article or a
        preposition, where a word in ``-ten`` is an adjective (``den letzten Jahren``)."""
        tokens, protected = self.tokens, self.protected
        words = {tokens[i].text.lower() for i in range(first, end)}
        if words & _rule_words("sequence_adverb") or not words & _rule_words("present_marker"):
            return False  # "Danach besetzten sie …", "Die Feuerwehrleute löschten den Brand": narration
        stop = min(end, first + _PRETERITE_VERB_REACH)
        for i in range(first + 1, stop):
            if protected[i]:
                return False
            word = tokens[i].text
            if not (word.islower() and word.isalpha() and len(word) > 5 and word.endswith("ten")):
                continue
            before = tokens[i - 1].text
            if not before[:1].isupper():
                return False  # "Die neuen …", "mit guten …": an adjective, or not in second place
            after = tokens[i + 1].text if i + 1 < end else ""
            if (after[:1].isupper() and i - 1 > first) or before.lower() in vocab.determiners():
                return False
            return _weak_preterite_plural(word.lower())
        return False

    def _comments_on_fact(self, verb: int, first: int, end: int) -> bool:
        """``Das`` opening the sentence before the verb at ``verb``, or ``das`` right after it
        and not before a noun (``könnte das lange Umwege …``, not ``müsste das Land …``)."""
        pronouns = _rule_words("fact_pronoun")
        if verb == first + 1 and self.tokens[first].text.lower() in pronouns:
            return True
        after = verb + 1
        return after < end and self.tokens[after].text.lower() in pronouns and (after + 1 >= end or not self.tokens[after + 1].text[:1].isupper())

    def _has_hearsay(self, first: int, end: int) -> bool:
        """``soll``/``sollen`` in a main clause: in a subordinate clause the modal stands last
        (``…, die Lehrer unterstützen sollen``) and states a purpose, not hearsay."""
        hearsay_at = self.hearsay_at
        if not self._any_at(hearsay_at, first, end):
            return False
        for seg in self._segments_of(first, end):
            opener = self.tokens[seg.start].text.lower()
            if seg.start > first and (opener in clauses.relative_pronouns() or opener in clauses.subordinators() or opener in clauses.conjunctions()):
                continue
            k = bisect_left(hearsay_at, seg.start)
            while k < len(hearsay_at) and hearsay_at[k] < seg.end:
                i = hearsay_at[k]
                k += 1
                if i == seg.end - 1 and i > seg.start + 1:
                    continue  # verb-final: a subordinate clause
                return True
        return False

    def _hearsay_perfect(self, first: int, end: int) -> bool:
        """``soll … gesehen haben`` / ``… gewesen sein``: hearsay about the past, never a plan."""
        k = bisect_left(self.hearsay_at, first)
        if k == len(self.hearsay_at) or self.hearsay_at[k] >= end:
            return False
        auxiliaries = _rule_words("perfect_auxiliary")
        for i in range(self.hearsay_at[k] + 1, end):
            if not self.protected[i] and self.tokens[i].text.lower() in auxiliaries:
                return True
        return False

    # ---------------------------------------------------------------- continuations

    def _subject_in(self, cue: Cue, seg: Segment) -> bool:
        """The cue's speaker stands after it in ``seg`` (``…, sagte er``; not ``…, nannte aber
        keine Zahlen``, the second predicate of an earlier subject)."""
        span = self._speaker_span(cue)
        after = span is not None and self.tokens[cue.tokens[0]].end <= span[0] and span[1] <= self.tokens[seg.end - 1].end
        return after and self._names_someone(cue)

    def _reading_order(self, cue: Cue) -> tuple[float, bool, int]:
        """The order in which a sentence's cues are tried: by `_cue_priority`, a verb in
        Konjunktiv after the indicative ones and after the particles of attribution (``Der Mann
        habe angegeben, er sei …, so der Sprecher``: the particle reports the whole sentence)."""
        rank: float = _cue_priority(cue)[0]
        subjunctive = self._subjunctive_cue(cue)
        if subjunctive and cue.kind is CueKind.VERB:
            rank = 1.5
        return rank, subjunctive, cue.tokens[0]

    def _subjunctive_cue(self, cue: Cue) -> bool:
        """``Man gehe davon aus, dass …``: a cue in Konjunktiv is itself reported speech."""
        if cue not in self._subjunctive:
            self._subjunctive[cue] = self._reads_subjunctive(cue)
        return self._subjunctive[cue]

    def _reads_subjunctive(self, cue: Cue) -> bool:
        if cue.kind is not CueKind.VERB:
            return False
        if cue.subjunctive:
            return True
        # the finite auxiliary counts too: "sei … abgeraten worden", "habe … erklärt"
        words = cue_words(self.ann, cue, self.ann.sentences[cue.sentence][0])  # also when the participle looks finite
        return any(self._is_konjunktiv(self.tokens[i]) for i in words)

    def _continuation_kind(self, first: int, end: int) -> QuoteType | None:
        if self._has_hearsay(first, end):
            return QuoteType.FREE_INDIRECT
        if self._has_konjunktiv(first, end):
            return QuoteType.INDIRECT_FREE_INDIRECT
        return None

    # ---------------------------------------------------------------- sentences with cues

    def _from_cues(self, s: int, first: int, last: int, end: int) -> IndirectQuote | None:
        cues = self.by_sentence.get(s)
        if not cues:
            return None
        segs = self._segments_of(first, end)
        if not segs:
            return None
        candidates: list[IndirectQuote] = []
        # a cue in Konjunktiv is itself reported ("Der Fund zeige, dass …, sagt sie"): the
        # indicative cue of the same kind reports it
        final, opener = segs[-1], self.tokens[segs[0].start].text.lower()
        short_frame = final.end - final.start <= _CLOSING_FRAME_WORDS and opener not in clauses.subordinators() and opener not in _rule_words("wie_clause")
        closing = final.start if len(segs) > 1 and short_frame else None

        def order(cue: Cue) -> tuple[float, bool, int]:
            # "Die Bilder zeigten ein Hafenviertel, das es nicht mehr gebe, sagte er": a verb
            # opening the sentence's last clause reports all before it, its earlier cues too
            rank, subjunctive, at = self._reading_order(cue)
            return (-1 if cue.kind is CueKind.VERB and cue.tokens[0] == closing and self._subject_in(cue, final) else rank), subjunctive, at

        # (one cue needs no order: its sort keys would be worked out, subjects and all, for nothing)
        for cue in sorted(cues, key=order) if len(cues) > 1 else cues:
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
        """The 'content' is a direct quotation (``Er sagte: „…“``): the scanner reports that one.
        A clause of its own before the marks (``, die Aktion erinnere „fatal an …“``) makes the
        quotation a partial quote inside the report, which stays."""
        words = [i for a, b in quote.parts for i in self.ann.tokens_in(a, b)]
        if not words:
            return True
        inside = sum(1 for i in words if self.protected[i])
        lead = next((n for n, i in enumerate(words) if self.protected[i]), len(words))
        return inside * 10 >= len(words) * 8 and lead < _OWN_CLAUSE_WORDS

    # -- particles: laut X, X zufolge, nach Angaben von X, so X, demnach

    def _particle_applies(self, cue: Cue, cues: Sequence[Cue]) -> bool:
        """A bare ``nach`` is a cue only with a cue noun next to it (``nach Angaben``,
        ``seiner Ansicht nach``); hedging adverbs never introduce a report on their own."""
        lemma = cue.lemma.lower()
        if lemma in _weak_particles():
            return False
        if " " in lemma and not lemma.startswith(_prefixes("attribution_preposition")):
            # "in einem Interview", "mit den Worten": an adjunct, a report only with Konjunktiv
            return self._has_konjunktiv(cue.tokens[-1] + 1, self.ann.sentences[cue.sentence][1])
        if lemma not in _rule_words("noun_particle"):
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
        if lemma in _rule_words("closing_particle") or (head == seg.start and k > 0 and lemma in _rule_words("inserted_particle")):
            # ", so der Sprecher" closes (or interrupts) the report
            if k == 0:
                return None
            frame_first = seg.sep if seg.sep is not None else seg.start
            k_last = self._absorb_appositions(segs, k)
            frame_end = segs[k_last].end
            after = segs[k_last + 1 :]
            if after and after[0].sep is not None:
                frame_end = after[0].sep + 1
            ranges = [(first, segs[k - 1].end)] + [(after[0].start, end)] if after else [(first, segs[k - 1].end)]
            return self._make(cue, ranges, (frame_first, frame_end), "so-particle", 0.75)
        phrase = self._particle_phrase(cue, seg, self.by_sentence.get(cue.sentence, ()))
        if phrase is None:
            return None
        frame_first, frame_end = phrase
        # ", wonach …", ", denen zufolge …": a particle phrase that opens a later clause (not one
        # fenced by commas) reports that clause only; the clauses before it are the narrator's
        opens_clause = k > 0 and frame_first == seg.start and frame_end < end and self.tokens[frame_end].text != ","
        # the report is the rest of the sentence; commas that only fence the phrase go with it
        if frame_first > first and self.tokens[frame_first - 1].text == "," and frame_end < end and self.tokens[frame_end].text == ",":
            frame_first -= 1
            frame_end += 1
        elif frame_first == first and frame_end < end and self.tokens[frame_end].text == ",":
            frame_end += 1
        ranges = [(first, frame_first), (frame_end, end)]
        if opens_clause and end - frame_end >= 3:
            ranges = [(frame_end, end)]
        if sum(b - a for a, b in ranges) < 3:
            return None
        return self._make(cue, ranges, (frame_first, frame_end), lemma.replace(" ", "-"), 0.8)

    def _particle_phrase(self, cue: Cue, seg: Segment, cues: Sequence[Cue] = ()) -> tuple[int, int] | None:
        """Token range of the particle phrase: the particle plus its noun phrase."""
        from . import phrases  # local: keeps this module importable while phrases evolves

        first_tok, last_tok = cue.tokens[0], cue.tokens[-1]
        position = getattr(cue, "position", "either")
        lemma = cue.lemma.lower()
        if lemma in _rule_words("pronominal_particle"):
            return first_tok, last_tok + 1
        noun_before = any(c.kind is CueKind.NOUN and c.tokens[-1] == first_tok - 1 for c in cues)
        if position == "post" or lemma in _rule_words("postposition") or (lemma in _rule_words("noun_particle") and noun_before):
            # "Medienberichten zufolge", "seiner Ansicht nach"
            phrase = phrases.phrase_ending_at(self.ann, first_tok, seg.start)
            start = phrase.start if phrase is not None else max(seg.start, first_tok - 2)
            return start, last_tok + 1
        nxt = last_tok + 1
        if nxt >= seg.end:
            return first_tok, last_tok + 1
        word = self.tokens[nxt].text
        if len(cue.tokens) > 1 and word.lower() not in _genitive_starts() and not word[:1].isupper():
            return first_tok, last_tok + 1  # "nach eigenen Angaben": the phrase is complete
        start = nxt + 1 if word.lower() in _rule_words("source_preposition") else nxt  # nach Angaben von X / der Polizei
        phrase = phrases.noun_phrase(self.ann, start, seg.end) if start < seg.end else None
        end = phrase.end if phrase is not None else self._name_run(start, seg.end)
        if phrase is not None and end < seg.end and vocab.is_quote_mark(self.tokens[end].text):
            closing = self._name_run(end, min(seg.end, end + 6))  # "des Magazins „Der Spiegel“"
            if closing > end + 1 and vocab.is_quote_mark(self.tokens[closing - 1].text):
                end = closing
        return first_tok, max(end, last_tok + 1)

    def _name_run(self, i: int, limit: int) -> int:
        """End of a name the noun-phrase grammar does not know: ``el-Baradei``, ``„Der Spiegel“``,
        capitalised words; stops at the first ordinary lowercase word (the verb)."""
        end = i
        quoted = False
        while end < limit:
            text = self.tokens[end].text
            if vocab.is_quote_mark(text):
                quoted = not quoted
            elif not (quoted or text[:1].isupper() or "-" in text[1:]):
                break
            end += 1
        return end

    # -- verbs

    def _verb(self, cue: Cue, segs: list[Segment], first: int, last: int, end: int) -> IndirectQuote | None:
        head = cue.tokens[0]
        k = segment_of(segs, head)
        seg = segs[k]
        if cue.lemma == CLAIM_LEMMA:
            # "Ein Nachbar will einen Knall gehört haben(, rief aber nicht an)": the claim is its
            # own clause, what follows is the subject's next predicate ("Niemand will etwas
            # gesehen haben" claims nothing of anyone's)
            from .mentions import is_impersonal, mention_for_cue

            claimant = mention_for_cue(self.ann, cue)
            if claimant is None or is_impersonal(claimant):
                return None
            return self._without_content(cue, segs[: k + 1], first, seg.end, end)
        lead = [self.tokens[i].text.lower() for i in range(seg.start, head)]
        opener = lead[0] if lead else ""
        w = self._wie_clause_start(segs, k, opener)
        if w is not None:
            # "Wie der Sprecher (, Hans Muster,) mitteilte, ist …" / "…, wie der Sprecher mitteilte."
            clause = segs[w]
            frame_first = clause.start if w == 0 else (clause.sep if clause.sep is not None else clause.start)
            frame_end = segs[k + 1].sep + 1 if k + 1 < len(segs) and segs[k + 1].sep is not None else seg.end
            ranges = [(first, segs[w - 1].end)] if w > 0 else []
            if k + 1 < len(segs):
                ranges.append((segs[k + 1].start, end))
            if not ranges:
                return None
            return self._make(cue, ranges, (frame_first, frame_end), "wie-cue", 0.8)
        inverted = (
            k > 0
            and (not lead or (len(lead) == 1 and lead[0] in _rule_words("closing_particle")))
            and self._has_subject_after(cue, seg)
            and not self._second_predicate(cue, segs, k, first)
        )
        # "…, hatte der Minister am Montag erklärt": the finite auxiliary in the verb's place
        inverted = inverted or (
            k > 0
            and len(lead) > 1
            and lead[0] in _rule_words("frame_auxiliary")  # indicative: "habe …" goes on with what was said
            and cue.tokens[-1] == seg.end - 1  # the participle closes the clause
            and (lead[1] in vocab.determiners() or bool(vocab.pronoun(lead[1])) or self.tokens[seg.start + 1].text[:1].isupper())
            and self._may_be_content(first, segs, k)
            and self._has_konjunktiv(first, segs[k - 1].end, weak=False)  # "Die Lage sei ernst, hatte …"
        )
        if inverted and not self._may_be_content(first, segs, k):
            inverted = False  # "Hans Muster, Sprecher des Amtes, sagte gegenüber X, …": subject first
        if inverted:
            # "…, sagte der Minister" / "…, sagte er, …"
            frame_first = seg.sep if seg.sep is not None else seg.start
            frame_end = seg.end
            # (after a colon that ends a clause of the text's own: "Eine Frau sah es gelassener: …")
            ranges = [(self._after_colon(first, segs[k - 1].end), segs[k - 1].end)]
            k_last = self._absorb_appositions(segs, k)
            frame_end = segs[k_last].end
            if k_last + 1 < len(segs) and self._opens_predicate(segs[k_last + 1], self._other_predicate_starts(cue)):
                # "…, sagte die Ministerin, nannte aber keine Zahlen": her next predicate, no content
                return self._make(cue, ranges, (frame_first, frame_end), "cue-verb-after", 0.8)
            if k_last + 1 < len(segs):
                frame_end = segs[k_last + 1].sep + 1 if segs[k_last + 1].sep is not None else frame_end
                ranges.append((segs[k_last + 1].start, end))
            evidence = "cue-verb-after" if k_last + 1 >= len(segs) else "cue-verb-inserted"
            return self._make(cue, ranges, (frame_first, frame_end), evidence, 0.8)
        relative = opener in clauses.relative_pronouns() or (
            # "…, über den seit Jahren gestritten werde, …": a passive relative clause about
            # something, which no one says (not "…, von dem die Ministerin sagte, es sei …")
            opener in vocab.word_class("preposition")
            and len(lead) > 1
            and lead[1] in clauses.relative_pronouns()
            and self.tokens[seg.end - 1].text in _rule_words("passive_auxiliary")
        )
        if k > 0 and relative and seg.sep is not None and self.tokens[seg.sep].text == ",":
            return None  # "…, der gestern sagte, …": a relative clause about someone
        # "teilte der Sprecher, Hans Muster, am Montag mit, …": the content follows the particle
        k = max(k, segment_of(segs, cue.tokens[-1]))
        if k + 1 < len(segs):
            content = segs[k + 1]
            if k + 2 < len(segs) and self._is_apposition(content):
                content = segs[k + 2]  # "sagte zu Mair, dem Angeklagten, er habe …"
            if self._opens_predicate(content, self._other_predicate_starts(cue)):
                return None  # "lobte das Team, sagte aber, …": the next verb frames the content
            if content is segs[-1] and self._is_apposition(content):
                return None  # "„…“, sagte der Sprecher, Hans Kurz.": an apposition to the speaker
            frame_first = seg.start
            if head == seg.start and k > 0:
                frame_first = first  # "Der Minister, der …, sagte, …": the subject is further back
            frame = (frame_first, content.sep + 1 if content.sep is not None else seg.end)
            evidence, confidence = self._content_evidence(cue, content, end)
            if self._adverbial_clause(cue, seg) and (
                evidence in ("cue-verb+clause", "cue-verb+zu") or self.tokens[content.start].text.lower() in clauses.konjunktiv_forms() | clauses.konjunktiv2_forms()
            ):
                # "Als der Verband warnte, war es zu spät", "Wenn der Bund zustimmte, bekämen die
                # Anwohner …": the next clause is the main one (its verb first), not a report
                return None
            if evidence is None:
                if self.tokens[content.start].text.lower() in _rule_words("relative_adverb"):
                    return self._without_content(cue, segs, first, last, end)  # "beziffert … auf X, wovon …"
                return None
            stop = self._next_predicate(cue, segs, segs.index(content) + 1, end)
            return self._make(cue, [(content.start, stop)], frame, evidence, confidence)
        return self._without_content(cue, segs, first, last, end)

    def _next_predicate(self, cue: Cue, segs: Sequence[Segment], k: int, end: int) -> int:
        """Where the speaker's next predicate starts (``…, er sei unschuldig, und forderte …``):
        a later segment opening with another indicative cue verb ends the content."""
        starts = self._other_predicate_starts(cue)
        for seg in segs[k:]:
            if self._opens_predicate(seg, starts):
                return seg.sep if seg.sep is not None else seg.start
        return end

    def _second_predicate(self, cue: Cue, segs: Sequence[Segment], k: int, first: int) -> bool:
        """``Die Beobachter lobten die Wahl, fordern aber …``: a cue verb with a contrast adverb
        after an indicative clause with a cue verb of its own is the subject's second predicate,
        not a frame after its content (``Die Lage sei ernst, sagte aber der Minister``); an
        object or reflexive pronoun may stand before the adverb (``begrüßte den Vorstoß, nannte
        ihn aber …``)."""
        after = cue.tokens[0] + 1
        if after + 1 < segs[k].end and (self.tokens[after].text.lower() in vocab.word_class("object_pronoun") or self.tokens[after].text in vocab.word_class("reflexive_pronoun")):
            after += 1  # "nannte ihn aber …", "dachte sich aber nichts dabei"
        if after >= segs[k].end or self.tokens[after].text.lower() not in _rule_words("contrast_adverb"):
            return False
        if after + 1 < segs[k].end and self._opens_subject(after + 1):
            return False  # "…, sagte aber der Sprecher der Stadt": an inverted frame with its subject
        before = segs[k - 1].end
        earlier = any(
            c.kind is CueKind.VERB and c.finite and not self._subjunctive_cue(c) and first <= c.tokens[0] < before
            for c in self.by_sentence.get(cue.sentence, ())
        )
        # (or a phrase for a thing after the adverb: "Die Rektorin hatte Verständnis, wünschte sich
        # aber eine frühere Ankündigung" — an object, the subject is the first clause's)
        thing = after + 1 < segs[k].end and self.tokens[after + 1].text.lower() in vocab.determiners()
        return (earlier or thing) and not self._has_konjunktiv(first, before)

    def _opens_subject(self, i: int) -> bool:
        """Token ``i`` opens a phrase for a speaker: a pronoun, a first name, or a role or
        organisation noun, after a determiner and adjectives or alone (``der Sprecher der Stadt``,
        not ``die Nennung eines Datums``)."""
        text = self.tokens[i].text
        if vocab.pronoun(text):
            return True
        if text.lower() in vocab.determiners():
            i += 1
            while i < len(self.tokens) and self.tokens[i].text.islower() and self.tokens[i].text.endswith(ADJECTIVE_ENDINGS):
                i += 1
        return i < len(self.tokens) and vocab.name_word(self.tokens[i].text) in ("first", "role")

    def _other_predicate_starts(self, cue: Cue) -> set[int]:
        """Where the other indicative finite cue verbs of ``cue``'s sentence start."""
        return {
            c.tokens[0]
            for c in self.by_sentence.get(cue.sentence, ())
            if c is not cue and c.kind is CueKind.VERB and c.finite and not self._subjunctive_cue(c)
        }

    def _opens_predicate(self, seg: Segment, starts: set[int]) -> bool:
        """The segment opens with another indicative cue verb of the same subject (``und
        forderte …``, ``betonte aber, …``; ``starts``: `_other_predicate_starts`): a predicate of
        its own, not what the cue reports."""
        i = seg.start
        if self.tokens[i].text.lower() in _rule_words("coordinator"):
            i += 1
        return i in starts or (i + 1 in starts and self.tokens[i].text.lower() in _rule_words("contrast_adverb"))

    def _wie_clause_start(self, segs: Sequence[Segment], k: int, opener: str) -> int | None:
        """Index of the segment that opens ``wie X mitteilte`` around cue segment ``k``; the
        speaker may carry an apposition or a relative clause in between (``Wie der Chef, Hans
        Muster, mitteilte``, ``Wie X, der den Prozess verfolgte, feststellt``)."""
        if opener in _rule_words("wie_clause"):
            return k
        j = k - 1
        while j >= 0:
            opens = self.tokens[segs[j].start].text.lower()
            if opens in _rule_words("wie_clause"):
                # a clause with its own verb right before the cue's clause is content ("…, wie es
                # dort aussehe, sagte er"), not the frame ("wie auch der Kollege, verwies auf …")
                return None if j == k - 1 and self._verb_final(segs[j]) else j
            relative = j > 0 and opens in clauses.relative_pronouns() and self._verb_final(segs[j])
            if not (self._is_apposition(segs[j]) or relative):
                return None
            j -= 1
        return None

    def _may_be_content(self, first: int, segs: Sequence[Segment], k: int) -> bool:
        """Words before ``, sagte X`` (cue segment ``k``) can be its content unless they are the
        subject or an adverbial.

        ``Der Chef der Firma, Hans Muster, sagte …`` (a noun phrase with apposition) and ``Wenn …,
        sagte er`` (a subordinate clause) are not what was said; ``Die Lage, sagte er, sei ernst``
        is: there the content resumes with its finite verb in Konjunktiv.
        """
        from . import phrases

        resumes_in_konjunktiv = any(self.flags[segs[j].start] & (_KONJ | _WEAK) for j in range(1, k))
        if self.tokens[first].text.lower() in clauses.subordinators() and not (self._main_clause_in_konjunktiv(segs[0]) or resumes_in_konjunktiv):
            return False  # "Wenn …, sagte er": a subordinate clause is no content of its own
        resumes = segs[k + 1].start if k + 1 < len(segs) else None
        if resumes is not None and self._is_konjunktiv(self.tokens[resumes]):
            return True
        if k > 1 and self._is_apposition(segs[k - 1]) and not self._has_konjunktiv(first, segs[0].end, weak=False):
            # "…, Hans Muster, kritisierte den Plan": the name right before the verb (but "Sie mache
            # moderne, schlichte Formen, sagte sie": a clause in Konjunktiv before the comma)
            return False
        if resumes_in_konjunktiv:
            return True  # "Gemeinden, die … hätten, könnten …, sagte sie": the main clause resumes in Konjunktiv
        start = first
        while start < segs[0].end - 1 and self.tokens[start].text.lower() in vocab.cue_adverbs():
            start += 1  # "Auch die Chefin der Partei, …"
        phrase = phrases.noun_phrase(self.ann, start, segs[0].end)
        return phrase is None or phrase.end < segs[0].end or self._listed_subject(segs, k)

    def _listed_subject(self, segs: Sequence[Segment], k: int) -> bool:
        """``Der Onlinehandel, hohe Mieten und neue Gewohnheiten setzten den Läden zu, sagte X``:
        the noun phrase before the first comma opens a list of subjects that the next segment
        closes with ``und`` and goes on with its verb, so it is part of what was said."""
        from . import phrases

        if k < 2:
            return False
        seg = segs[1]
        phrase = phrases.noun_phrase(self.ann, seg.start, seg.end, appositions=False)
        if phrase is None or phrase.start != seg.start or phrase.end >= seg.end:
            return False
        coordinators = vocab.word_class("coordinator")
        joined = any(self.tokens[i].text.lower() in coordinators for i in range(seg.start, seg.end))
        return joined and self.tokens[seg.end - 1].text[:1].islower()

    def _main_clause_in_konjunktiv(self, seg: Segment) -> bool:
        """``Als Nächstes wolle sie …``, ``Seit Jahren stünden …``: a word that can open a
        subordinate clause opens a phrase here, since a Konjunktiv verb follows before the
        clause's end — a subordinate clause puts its finite verb last (``Als er kam, …``)."""
        k = bisect_left(self.konj_at, seg.start + 2)  # (not "Als wäre nichts gewesen": als ob)
        while k < len(self.konj_at) and self.konj_at[k] < seg.end - 1:
            if self.tokens[self.konj_at[k] - 1].text.lower() not in vocab.determiners():
                return True  # (not "das reiche Land": an adjective after an article)
            k += 1
        return False

    def _absorb_appositions(self, segs: Sequence[Segment], k: int) -> int:
        """Index of the last segment of a frame that ends with appositions or relative clauses
        about the speaker: ``, sagte Hans Muster, der Sprecher des Amtes, …``."""
        while k + 1 < len(segs):
            nxt = segs[k + 1]
            opener = self.tokens[nxt.start].text.lower()
            relative = opener in clauses.relative_pronouns() and nxt.end - nxt.start > 2 and self._verb_final(nxt)
            if not (self._is_apposition(nxt) or relative):
                break
            k += 1
        return k

    def _adverbial_clause(self, cue: Cue, seg: Segment) -> bool:
        """``Als der Verband warnte``, ``Nachdem sie gewarnt hatte``: a subordinator opens the
        cue's clause and its finite verb stands last; or the cue opens it as a Konjunktiv II, a
        condition (``Erführe der Rat davon, …``). (``Als Grund nannte X …`` puts the verb
        second: a main clause whose first phrase starts with ``als``.)"""
        if seg.start == cue.tokens[0] and self.tokens[seg.start].text.lower() in clauses.konjunktiv2_forms():
            return True  # "Erführe der Rat früher davon, hülfe das allen": a condition with the verb first
        if self.tokens[seg.start].text.lower() not in clauses.subordinators():
            return False
        last = self.tokens[seg.end - 1].text.lower()
        return seg.end - 1 == cue.tokens[0] or last in vocab.auxiliaries()

    def _verb_final(self, seg: Segment) -> bool:
        """A relative clause ends in a lowercase word (its verb): ``der das Amt leitet``."""
        word = self.tokens[seg.end - 1].text
        return word.islower() and word.isalpha()

    def _is_apposition(self, seg: Segment) -> bool:
        """A segment that is only a noun phrase (``, der Sprecher des Amtes,``)."""
        from . import phrases

        if self.tokens[seg.start].text.lower() in clauses.conjunctions():
            return False
        phrase = phrases.noun_phrase(self.ann, seg.start, seg.end, appositions=False)
        return phrase is not None and phrase.end >= seg.end

    def _has_subject_after(self, cue: Cue, seg: Segment) -> bool:
        """In ``, sagte der Minister`` the segment holds more than the verb (and its particle);
        in ``, sagte aber, …`` / ``, betonte jedoch, …`` only an adverb follows: no subject."""
        return any(i not in cue.tokens and self.tokens[i].text.lower() not in vocab.cue_adverbs() for i in range(cue.tokens[0] + 1, seg.end))

    def _content_evidence(self, cue: Cue, content: Segment, end: int) -> tuple[str | None, float]:
        word = self.tokens[content.start].text.lower()
        if word in _rule_words("content_conjunction"):
            return f"cue-verb+{word}", 0.85
        if word in clauses.conjunctions():
            # "erklärte, wie …" is an indirect question; "…, wo er lebt" mostly a relative clause
            if cue.lemma.lower() in _question_verbs():
                return f"cue-verb+{word}", 0.7
            return None, 0.0
        if self._has_konjunktiv(content.start, end, weak=True):
            return "cue-verb+konjunktiv", 0.85
        if any(clauses.is_zu_infinitive(self.tokens[i].text, self.tokens[i + 1].text if i + 1 < end else "") for i in range(content.start, content.end)):
            return "cue-verb+zu", 0.6
        article = content.start + 1 < content.end and self.tokens[content.start + 1].text[:1].isupper()
        relative = word in clauses.relative_pronouns() and not article  # "die gestern kam", not "die Lage ist"
        if word in clauses.subordinators() or relative or cue.lemma.lower() not in _clause_verbs():
            return None, 0.0
        return "cue-verb+clause", 0.5

    def _without_content(self, cue: Cue, segs: list[Segment], first: int, last: int, end: int) -> IndirectQuote | None:
        head = cue.tokens[0]
        head_text = self.tokens[head].text.lower()
        if head == first + 1 and self.tokens[first].text.lower() in _demonstratives() and len(segs) == 1:
            # "Das bestätigte der Sprecher." — the report is the previous sentence plus "Das"
            s = self.tokens[first].sent
            if s == 0:
                return None
            prev_first, prev_last = self.ann.sentences[s - 1]
            if self._mostly_direct(prev_first, prev_last):
                return None
            ranges = [(prev_first, prev_last), (first, first + 1)]
            if cue.lemma.lower() in _rule_words("contradicting_verb") or any(self.tokens[i].text.lower() in _rule_words("contradicting_word") for i in range(first, end)):
                ranges = [(first, first + 1)]  # "Das sieht die Gewerkschafterin anders": what was said before is not hers
            return self._make(cue, ranges, (head, end), "demonstrative+cue", 0.6)
        # (a relative clause before the verb belongs to its subject when the sentence opens with
        # someone — not with a thing, the object of a verb whose subject follows it: "Die Zahl
        # der Toten, die …, bezifferte die Agentur mit 13", "Das Projekt, das …, lobte am Montag X")
        named = segs[0].end - segs[0].start == 1 and self.tokens[first].text[:1].isupper()  # "Celebi, die …, berichtet"
        relative_clauses = (named or self._opens_subject(first)) and not (head + 1 < end and self._opens_subject(head + 1))
        if not cue.finite or not self._subject_segments_before(segs, segment_of(segs, head), relative_clauses):
            return None
        if head_text in clauses.hearsay() or self._adverbial_clause(cue, segs[0]):
            return None
        if cue.lemma.lower() not in _reported_verbs():
            return None  # tested first: finding the speaker is the expensive part
        if not self._speech_act_sense(cue, segs, end):
            return None
        if not self._has_speaker(cue):
            return None
        return IndirectQuote(
            self._parts([(first, last)]), QuoteType.REPORTED, cue, None, None, cue.medium,
            0.5, "reported-verb", cue_spans=self.ann.runs(cue_words(self.ann, cue, self.ann.sentences[cue.sentence][0])),
        )

    def _speech_act_sense(self, cue: Cue, segs: Sequence[Segment], end: int) -> bool:
        """The cue verb is used as a verb of saying: not reflexive where that is another verb
        (``Ein Gewitter kündigte sich an``), and with a word of its speech sense near it where it
        has other senses (``Die Eltern nannten ihre Tochter Lisa`` names a child; but a clause
        ending in its predicate adjective speaks: ``nannte die Pläne kurzsichtig``)."""
        head, lemma = cue.tokens[0], cue.lemma.lower()
        if lemma in _rule_words("reflexive_non_speech") and head + 1 < end and self.tokens[head + 1].text.lower() in vocab.word_class("reflexive_pronoun"):
            return False
        companions = _reported_verb_objects().get(lemma)
        return companions is None or word_near(self.ann, head, companions) or self._verb_final(segs[-1])

    def _subject_segments_before(self, segs: Sequence[Segment], k: int, relative_clauses: bool = False) -> bool:
        """The cue's clause opens the sentence, or only its subject and appositions stand before
        it (``Die Sprecherin der Fraktion, Ines X, nannte die Pläne kurzsichtig``); with
        ``relative_clauses``, relative clauses too (``Eine Mitarbeiterin, die …, berichtet von
        einem Vorfall``)."""
        if k == 0:
            return True
        quoted = self.protected_before[segs[k - 1].end] > self.protected_before[segs[0].start]
        relative = clauses.relative_pronouns() if relative_clauses else frozenset()
        return not quoted and all(  # not „…“, warnte X
            self._is_apposition(segs[j]) or (j > 0 and self.tokens[segs[j].start].text in relative) for j in range(k)
        )

    def _has_speaker(self, cue: Cue) -> bool:
        """A speech act is reported only when someone performs it: the cue has a speaker mention."""
        return self._speaker_span(cue) is not None

    # -- nouns: "die Forderung, dass …", "in einer Erklärung hieß es, …"

    def _noun(self, cue: Cue, segs: list[Segment], first: int, end: int) -> IndirectQuote | None:
        k = segment_of(segs, cue.tokens[0])
        if k + 1 >= len(segs):
            return None
        content = segs[k + 1]
        word = self.tokens[content.start].text.lower()
        # "der Meinung, die Brücke sei …": an article before a noun, not a relative pronoun — when
        # the noun's own clause is indicative ("Sie mache ihm keinen Vorwurf, das System sei …"
        # goes on with a report as a whole)
        article = (
            content.start + 1 < content.end
            and self.tokens[content.start + 1].text[:1].isupper()
            and not self._has_konjunktiv(segs[k].start, segs[k].end)
        )
        if word in _rule_words("noun_content_conjunction"):
            evidence = f"cue-noun+{word}"
        elif (word not in clauses.relative_pronouns() or article) and self._has_konjunktiv(content.start, content.end):
            evidence = "cue-noun+konjunktiv"  # "die Aussage des Ministers, man habe …"
        else:
            return None  # w-clauses and infinitives after nouns are mostly attributes, not reports
        frame = (segs[k].start, content.sep + 1 if content.sep is not None else segs[k].end)
        return self._make(cue, [(content.start, end)], frame, evidence, 0.55)

    # -- assembling

    def _make(self, cue: Cue, ranges: list[tuple[int, int]], frame: tuple[int, int], evidence: str, confidence: float) -> IndirectQuote | None:
        parts = self._parts(self._before_colon_quote(ranges))
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
            cue_spans=self._cue_spans(cue, frame),
        )

    def _before_colon_quote(self, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Cut the content where a colon opens a direct quotation (``…, dass X sei: „…“``): the
        quotation is the scanner's, with a speaker of its own."""
        result = []
        for a, b in ranges:
            for i in range(a, b - 1):
                if self.tokens[i].text == ":" and not self.protected[i] and self.protected[i + 1]:
                    if i > a:
                        result.append((a, i))
                    return result
            result.append((a, b))
        return result

    def _cue_spans(self, cue: Cue, frame: tuple[int, int]) -> tuple[CharSpan, ...]:
        """The cue words: ``nach`` of ``nach Angaben`` (the noun belongs to the speaker); for a
        verb its particle, auxiliary and companions (`quotekit.cues.cue_words`)."""
        indices = cue.tokens
        if cue.kind is CueKind.PARTICLE and cue.lemma.lower().startswith(_prefixes("noun_particle")):
            indices = indices[:1]
        elif cue.kind is CueKind.VERB:
            indices = cue_words(self.ann, cue, frame[0])
        return self.ann.runs(indices)

    def _addressee(self, cue: Cue, frame: tuple[int, int]) -> CharSpan | None:
        """``gegenüber der Zeitung`` anywhere in the frame, or a dative object after the cue verb
        (``sagte der Zeitung``) that is not its subject."""
        from . import phrases

        first, end = frame
        for i in range(first, end - 1):
            if self.tokens[i].text.lower() in _rule_words("addressee_preposition"):
                phrase = phrases.noun_phrase(self.ann, i + 1, end)
                if phrase is not None:
                    return self._span(phrase.start, phrase.end)
        if cue.kind is not CueKind.VERB or cue.lemma.lower() not in _addressee_verbs():
            return None
        subject = self._speaker_span(cue)
        i = cue.tokens[0] + 1
        while i < end:
            if subject is not None and self.tokens[i].start == subject[0]:
                i = self.ann.token_at(subject[1] - 1) + 1  # skip the subject: "sagte er der Zeitung"
                continue
            if self.tokens[i].text.lower() in vocab.cue_adverbs():
                i += 1
                continue
            break
        if i >= end or self.tokens[i].text.lower() not in _dative_determiners():
            return None
        phrase = phrases.noun_phrase(self.ann, i, end, appositions=False)
        if phrase is None:
            return None
        found = self._span(phrase.start, phrase.end)
        if subject is None or (subject[0] < found[1] and found[0] < subject[1]):
            return None  # no subject known, or this is the subject: "sagte der Minister"
        return found

    def _speaker_span(self, cue: Cue) -> CharSpan | None:
        from .mentions import mention_for_cue

        try:
            mention = mention_for_cue(self.ann, cue)
        except (FileNotFoundError, OSError):
            return None
        return None if mention is None else (mention.start, mention.end)

_CLOSING_FRAME_WORDS = 6  # words of a sentence's last clause that frames it: ", sagte der Minister am Montag"
_FI_GAP = 1  # sentences after a report in which a plain ``soll`` sentence still continues it
_SURE = 0.75  # confidence from which the first reading of a sentence is taken
_MAX_GAP = 4  # sentences between a report and a Konjunktiv sentence that still continues it
