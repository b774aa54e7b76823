"""Run the stages in order on one `Annotated` text and assemble `Quote` objects.

scanner (direct quotes from marks) → cues → speakers (mention per quote) → indirect speech →
entities (mentions → people) → immutable `Quote`s in a `Quotes` list.
"""

from __future__ import annotations

import bisect
import functools
import re
from typing import Callable, Sequence

import attrs

from . import collector, entity_words, reranker, scanner
from . import vocabulary as vocab
from .marks import strip_marks
from . import clauses
from .clauses import conjunctions
from .cues import Cue, CueKind, cue_words, find_cues, is_cue_noun, names_a_source
from .document import Annotated, HasParts
from .entities import EntityLinker
from .entity_words import named_by_copula
from .model import Medium, Person, Quote, Quotes, QuoteType, Span, Speaker
from .indirect import IndirectQuote, find_indirect
from .scanner import DirectQuote
from .mentions import Mention, MentionKind, clause_subject, is_generic, is_impersonal, is_person_like, mention_for_cue, quotes_in_the_passive, reported_speech_clause
from .speakers import Attribution, attribute_direct, embedded, named_earlier, reports_before
from .statements import is_statement


@attrs.frozen
class _Found(HasParts):
    """A quotation before entity linking: where it is, what kind, and its attribution."""

    parts: tuple[tuple[int, int], ...]
    type: QuoteType
    attribution: Attribution | None
    medium: Medium
    confidence: float
    evidence: str
    addressee: tuple[int, int] | None = None
    cue_parts: tuple[tuple[int, int], ...] = ()  # every word of the cue, when already known


def run(ann: Annotated, *, speakers: Sequence[Person] = (), include_terms: bool = False) -> Quotes:
    with collector.paused():  # see quotekit.collector: the rules' objects form no cycles
        return _run(ann, speakers, include_terms)


def _run(ann: Annotated, speakers: Sequence[Person], include_terms: bool) -> Quotes:
    text = ann.text
    if not text.strip():
        return Quotes(text=text)
    scan = scanner.scan(text)
    cues = find_cues(ann)
    top = [q for q in scan.quotes if q.depth == 0]
    attributions = attribute_direct(
        ann, [(q.start, q.end) for q in top], cues, headline_names=[q.headline_speaker for q in top], terms=[q.is_term for q in top]
    )
    by_span = {(q.start, q.end): a for q, a in zip(top, attributions)}
    speech = [(q.start, q.end) for q in top if not q.is_term]
    mentions = functools.partial(mention_for_cue, ann)  # each cue once: memoised in ann.memo
    reported = _indirect(ann, find_indirect(ann, cues, speech), by_span, mentions, cues)
    direct = _direct(ann, top, attributions, include_terms, reported, cues, mentions)
    found = direct + _not_inside(reported, direct)
    found.sort(key=lambda f: (f.start, -f.end))
    quoted = [q.parts[0] for q in scan.quotes if q.depth == 0]
    quotes, entities = _link(ann, found, cues, mentions, speakers, quoted, include_terms=include_terms)
    return Quotes(quotes, text=text, speakers=entities, anomalies=scan.anomalies)


def _indirect(
    ann: Annotated,
    quotes: Sequence[IndirectQuote],
    direct: dict[tuple[int, int], Attribution | None],
    mentions: Callable[[Cue], Mention | None],
    cues: Sequence[Cue] = (),
) -> list[_Found]:
    """Attribute indirect/reported quotes: the subject of their cue, or for a free indirect
    continuation (no cue of its own) the speaker of the quote it continues."""
    found: list[_Found] = []
    for quote in quotes:
        attribution: Attribution | None = None
        inherited: Attribution | None = None
        medium = quote.medium
        if quote.cue is not None:
            mention = mentions(quote.cue)
            kind = mention.kind.value if mention is not None else "no-speaker"
            attribution = Attribution(mention, quote.cue, quote.frame, f"{quote.evidence}+{kind}", 0.8 if mention else 0.3)
        elif (colon := _colon_subject(ann, quote.start)) is not None:
            inherited = colon  # "Der Dirigent nahm es gelassen: Respekt sei gut": the subject before the colon
        elif (quote.continues is not None or quote.continues_direct is not None or quote.continues_cue is not None) and (frame := _frame_subject(ann, quote.start, found)) is not None:
            inherited = frame
        elif quote.continues is not None and quote.continues < len(found):
            inherited = found[quote.continues].attribution
            if inherited is None or inherited.mention is None:
                # "Kritik, der Platz liege zu nah am Fluss, weist er zurück. Die Genehmigungen
                # seien in Ordnung": the report has no speaker, the verb of its sentence has one
                inherited = _speaker_beside_report(ann, found[quote.continues], cues, mentions) or inherited
        elif quote.continues_cue is not None:
            mention = mentions(quote.continues_cue)  # "X sagte als Zeuge aus. Er habe …"
            inherited = Attribution(mention, quote.continues_cue, None, f"speech-act+{mention.kind.value}", 0.7) if mention else None
        elif quote.continues_direct is not None:
            inherited = direct.get(quote.continues_direct)
            # going on in reported form after a direct quotation: still that speech
            medium = _direct_medium(ann, inherited, passive_speaks=False)
            if (
                (inherited is None or inherited.mention is None or _pronoun_subject_only(inherited))
                and _holds(quote, quote.continues_direct)
                and found
                and ann.tokens[ann.token_at(found[-1].end - 1)].sent >= ann.tokens[ann.token_at(quote.start)].sent - _INHERIT_GAP
            ):
                # the "direct quotation" is a phrase quoted inside this very report („…“ habe den
                # Umbau verzögert): the report before it still names the speaker
                inherited, medium = found[-1].attribution, found[-1].medium
            elif (inherited is None or inherited.mention is None) and _holds(quote, quote.continues_direct):
                inherited = _previous_sentence_speech(ann, quote.start, cues, mentions) or inherited
        if inherited is not None:
            attribution = attrs.evolve(inherited, cue=None, frame=quote.frame, evidence=f"{quote.evidence}+inherited")
        confidence = quote.confidence * (attribution.confidence if attribution is not None and attribution.mention else 0.5)
        evidence = attribution.evidence if attribution is not None else quote.evidence
        cue_parts = quote.cue_spans if quote.cue is not None else ()
        found.append(_Found(quote.parts, quote.type, attribution, medium, confidence, evidence, quote.addressee, cue_parts))
    return found


def _frame_subject(ann: Annotated, start: int, found: list[_Found]) -> Attribution | None:
    """``Die Archäologin dämpfte diese Erwartung. Eine Dokumentation brauche Zeit``: a Konjunktiv
    sentence that goes on with a report is the speech of the person who opens the sentence right
    before it, in its paragraph, when that sentence reports nothing itself — a new subject there
    (``macht sich Vorwürfe``, ``ist vorsichtig optimistisch``, ``verteidigte die Pläne``: a
    ``stance_verb``) frames what follows as their words, not the last speaker's. An event told of
    someone does not (``Die Polizei teilte mit, … Der 67-Jährige starb. Er sei allein unterwegs
    gewesen``: a review's text, which any subject at all had taken). On our resolution cases this
    took 16 speakers right, none wrong.

    Not a subject that is no one the speaker is likely to be: people counted in (``Zwei Ermittler
    hatten ihn festgenommen``), someone's relatives (``Seine Kinder haben andere Berufe``), an
    impersonal ``es``/``man``, a role named by a copula (``Siegerin ist Lisa X``: the speaker
    before goes on about her), an organisation (its report has a verb of saying of its own), or a
    single capitalised word the text never introduced as a name (``Anders sieht es X``)."""
    first = ann.token_at(start)
    s = ann.tokens[first].sent
    if s == 0 or ann.paragraph_break_before(first) or ann.sentences[s][0] != first:
        return None
    p_first, p_last = ann.sentences[s - 1]
    p_start, p_end = ann.tokens[p_first].start, ann.tokens[p_last - 1].end
    if any(vocab.is_quote_mark(ch) for ch in ann.text[p_start:p_end]) or any(f.start < p_end and p_start < f.end for f in found):
        return None  # the sentence before reports or quotes something itself
    mention = clause_subject(ann, p_first, p_last)
    if mention is None or mention.start != p_start or mention.kind is MentionKind.ORGANISATION or is_impersonal(mention):
        return None
    words = ann.text[mention.start : mention.end].split()
    if mention.kind is MentionKind.NAME and len(words) == 1 and not named_earlier(ann, mention):
        return None
    if _person_noun_after_article(ann, mention):
        mention = _as_role_phrase(ann, mention)  # "Der Sprengmeister": a role no lexicon lists
    elif not is_person_like(mention):
        return None
    opener = words[0].lower()
    if opener in vocab.word_class("possessive_determiner") or opener.isdigit() or opener in entity_words.of_class("count_word"):
        return None
    verb = _stance_verb_after(ann, ann.token_at(mention.end - 1) + 1, p_last)
    if verb is None and _introduced_then_referred_to(ann, mention, p_first, first):
        return Attribution(mention, None, None, f"frame-subject+{mention.kind.value}", 0.6)
    if mention.plural or verb is None:
        return None
    if ann.texts[verb] in entity_words.of_class("copula") and any(t[:1].isupper() for t in ann.texts[verb + 1 : p_last]):
        return None
    return Attribution(mention, None, None, f"frame-subject+{mention.kind.value}", 0.6)


_PRONOUN_SUBJECT_REACH = 12  # tokens from a sentence's start to its finite verb


def _introduced_then_referred_to(ann: Annotated, mention: Mention, p_first: int, first: int) -> bool:
    """``¶ Die Heimleiterin, Birgit Sauerland, hatte die Übung angeregt. Nach den Bildern habe
    sie sich gefragt, …``: a paragraph that opens by naming someone in full, whose next sentence
    speaks of them by pronoun in the Konjunktiv, reports what that person says — not the speaker
    of the paragraph before. Only a full name with a first name whose gender the pronoun
    agrees with, and someone who does something there (not ``war auf dem Weg``, ``galt als …``,
    ``wurde geweckt``) and of whom no passive is said (``sei geflogen worden``): a review's police
    reports told of a victim that way."""
    if not ann.paragraph_break_before(p_first) or mention.kind is not MentionKind.NAME or mention.plural or not mention.name:
        return False
    words = mention.name.split()
    gender = vocab.first_name_gender(words[0]) if len(words) >= 2 else None
    if gender not in ("m", "f"):
        return False
    after = next((k for k in range(ann.token_at(mention.end - 1) + 1, first) if not vocab.is_punct(ann.texts[k])), first)
    if ann.texts[after] in entity_words.of_class("copula") | entity_words.of_class("state_verb"):
        return False  # "Der Radfahrer, Markus X, war auf dem Weg …": told of, by whoever spoke before
    last = ann.sentences[ann.tokens[first].sent][1]
    if entity_words.of_class("passive_participle_auxiliary").intersection(ann.texts[first:last]):
        return False  # "Er sei in eine Klinik geflogen worden": what happened to him, in someone's report
    if _subject_pronoun_of(ann.texts[first].lower(), gender):
        return True  # "Sie habe …"
    # "Nach den Bildern habe sie …": right after the finite verb in second place
    verbs = clauses.konjunktiv_forms()
    for i in range(first + 1, min(last - 1, first + _PRONOUN_SUBJECT_REACH)):
        if ann.texts[i] == ",":
            return False
        if ann.texts[i] in verbs:
            return _subject_pronoun_of(ann.texts[i + 1], gender)
    return False


def _subject_pronoun_of(word: str, gender: str) -> bool:
    """``er`` for ``m``, ``sie`` for ``f``: the lowercase nominative singular pronoun of that
    gender (a ``subject_pronoun`` with a third-person reading of the gender)."""
    return word in vocab.word_class("subject_pronoun") and entity_words.personal_pronoun_of(word, gender)


def _stance_verb_after(ann: Annotated, k: int, end: int) -> int | None:
    """The verb of stance (``stance_verb``) of the main clause whose subject ends before token
    ``k``: in the words up to the first comma, or after one comma-enclosed insertion (``Eine
    Kundin, die aus der Halle kam, war voll des Lobes``)."""
    segments: list[list[int]] = [[]]
    for i in range(k, end):
        if ann.texts[i] == ",":
            segments.append([])
        else:
            segments[-1].append(i)
    stance = vocab.word_class("stance_verb")
    for segment in segments[0:1] + segments[2:3]:
        for i in segment:
            if ann.texts[i] in stance:
                return i
    return None


def _person_noun_after_article(ann: Annotated, mention: Mention) -> bool:
    """``Der Sprengmeister``, ``die Ornithologin``: an article and a noun that no lexicon lists but
    whose ending makes it a person (read as a name, since no role lexicon knows it). Only the
    longer endings count: an adjectival ``-e`` or ``-ge`` is as often a thing (``Die Anlage``,
    ``die Proteste``), and a quantifier is no article (``Einige Räumfahrzeuge``)."""
    words = ann.text[mention.start : mention.end].split()
    endings = tuple(e for e in entity_words.of_class("person_noun_ending") | entity_words.of_class("trade_noun_ending") if len(e) > 2)
    return (
        mention.kind is MentionKind.NAME
        and len(words) == 2
        and words[0].lower() in entity_words.of_class("definite_article") | vocab.word_class("indefinite_article")
        and words[1].lower().endswith(endings)
        and vocab.organisation_noun(words[1]) is None
    )


def _as_role_phrase(ann: Annotated, mention: Mention) -> Mention:
    """The name mention ``Der Sprengmeister`` as the role phrase it is (`entity_words.as_role`),
    headed by its noun and no longer a name."""
    return attrs.evolve(entity_words.as_role(ann, mention), name=None, head=mention.name or mention.head)


def _colon_subject(ann: Annotated, start: int) -> Attribution | None:
    """``Der Dirigent nahm es gelassen: Respekt sei gut``: a Konjunktiv continuation right after a
    colon in its sentence is the speech of the person who is the subject before the colon, not of
    the speaker before (``Sie zweifelte: Er habe …`` likewise; a pronoun counts too)."""
    first = ann.token_at(start)
    if first < 2 or ann.texts[first - 1] != ":":
        return None
    sentence_start = ann.sentences[ann.tokens[first].sent][0]
    if first - 1 <= sentence_start:
        return None
    mention = clause_subject(ann, sentence_start, first - 1)
    if mention is None or mention.kind is MentionKind.ORGANISATION or not is_person_like(mention):
        return None
    return Attribution(mention, None, None, f"colon-subject+{mention.kind.value}", 0.6)


_INHERIT_GAP = 1  # sentences back to the report whose speaker a quoted phrase's report inherits
_SPEECH_REACH = 3  # sentences back to a verb of saying when no report is that near


def _previous_sentence_speech(ann: Annotated, start: int, cues: Sequence[Cue], mentions: Callable[[Cue], Mention | None]) -> Attribution | None:
    """The speaker of a Konjunktiv sentence holding a quoted phrase when no report stands right
    before it: the subject of the last verb of saying in the nearest of the three sentences
    before (within the paragraph) that has one naming someone (``Der Bürgermeister forderte alle
    zur Flucht auf. Kämen sie dem nicht nach, so „helfe ihnen der Himmel“.``, ``Der Minister weist
    auf neue Risiken hin. Dazu gehöre die Gesichtserkennung. Auch die Ortung erschließt Profile.
    So gewonnene Daten seien „heikel“.``). A quoted phrase is someone's words, and the Konjunktiv
    says whose speech goes on; without the phrase the sentence would stay a continuation without
    a speaker. On the train split this names three more speakers, two of them the gold one."""
    sentence = ann.tokens[ann.token_at(start)].sent
    for back in range(1, _SPEECH_REACH + 1):
        first_token = ann.sentences[sentence - back + 1][0] if sentence - back + 1 >= 0 else 0
        if sentence - back < 0 or ann.paragraph_break_before(first_token):
            return None
        before = sorted((cue for cue in cues if cue.sentence == sentence - back and cue.kind is CueKind.VERB), key=lambda cue: -cue.head)
        for cue in before:
            mention = mentions(cue)
            if mention is not None and is_person_like(mention):
                return Attribution(mention, cue, None, f"speech-act+{mention.kind.value}", 0.6)
    return None


def _speaker_beside_report(ann: Annotated, report: _Found, cues: Sequence[Cue], mentions: Callable[[Cue], Mention | None]) -> Attribution | None:
    """``Kritik, der Platz liege zu nah am Fluss, weist er zurück``: the report (the criticism's
    content) has no speaker, but a verb of saying in its sentence has one, who goes on speaking
    in the Konjunktiv sentences after it."""
    sentence = ann.tokens[ann.token_at(report.start)].sent
    own = report.attribution.cue if report.attribution is not None else None
    for cue in cues:  # (in text order)
        if cue.sentence > sentence:
            break
        if cue.sentence == sentence and cue.kind is CueKind.VERB and cue.finite and cue is not own:
            mention = mentions(cue)
            if (
                mention is not None
                and is_person_like(mention)
                and not is_impersonal(mention)
                and ann.text[mention.start : mention.end].split()[0].lower() not in vocab.word_class("indefinite_article")
            ):
                return Attribution(mention, cue, None, f"speech-act+{mention.kind.value}", 0.6)
    return None


def _pronoun_subject_only(attribution: Attribution) -> bool:
    """A quoted phrase attributed only to the pronoun subject of its own reported sentence (``Er
    werde „einen neuen Vertrag“ aushandeln``): the pronoun stands for the speaker of the report
    before, whose mention names the speaker."""
    mention = attribution.mention
    return mention is not None and mention.kind is MentionKind.PRONOUN and attribution.evidence.startswith("sentence-subject")


def _holds(quote: IndirectQuote, span: tuple[int, int]) -> bool:
    """``span`` lies inside one part of ``quote``."""
    return any(start <= span[0] and span[1] <= end for start, end in quote.parts)


def _not_inside(reported: Sequence[_Found], direct: Sequence[_Found]) -> list[_Found]:
    """Drop reported quotations whose words all lie inside one kept direct quotation: ``Er
    sagte: „Ja.“`` is one direct quote, not also a report of „Ja.“ (a short quote that the
    indirect stage saw as a term, while its speech frame made it speech)."""
    spans = sorted((item.start, item.end) for item in direct)
    starts = [start for start, _ in spans]
    kept = []
    for item in reported:
        i = bisect.bisect_right(starts, item.start) - 1
        if i >= 0 and item.end <= spans[i][1]:
            continue
        kept.append(item)
    return kept


def _containing(reported: Sequence[_Found], starts: Sequence[int], start: int, end: int) -> _Found | None:
    """The reported quotation (sorted by start, ``starts`` their starts) that contains ``[start, end)``."""
    i = bisect.bisect_right(starts, start) - 1
    while i >= 0:
        item = reported[i]
        if end <= item.end:
            return item
        if start - item.start > 2000:  # reported quotations are sentence-sized; stop looking back
            return None
        i -= 1
    return None


def _described_by_occupation(ann: Annotated, mention: Mention) -> bool:
    """``die Bäckermeisterin``, ``der Gewässerwart``, ``die Abiturientin``: a definite article and
    one unlisted noun with the ending of a trade (`entity_words.unlisted_trade_noun`) or of a
    person of three letters or more (``-ent``, ``-ist``; not ``-ne``, which ``der Sonne`` has), or
    a noun of origin (``der Ukrainer``)."""
    text = ann.text[mention.start : mention.end]
    if mention.kind is not MentionKind.NAME:
        return False
    noun = text.split()[-1]
    if noun.lower() in entity_words.of_class("thing_noun"):
        return False  # "Der Moment war emotional": a thing with a person's ending
    if entity_words.unlisted_trade_noun(text):
        return True
    return entity_words.unlisted_person_noun(text) and (
        bool(vocab.demonym(noun)) or any(noun.lower().endswith(e) for e in entity_words.of_class("person_noun_ending") if len(e) >= 3)
    )


_WEAK_DIRECT_RULES = ("sentence-subject", "previous-sentence-cue", "previous-sentence-subject", "continuation", "cue-in-sentence")


def _direct(
    ann: Annotated,
    top: Sequence[DirectQuote],
    attributions: Sequence[Attribution | None],
    include_terms: bool,
    reported: Sequence[_Found] = (),
    cues: Sequence[Cue] = (),
    mentions: Callable[[Cue], Mention | None] | None = None,
) -> list[_Found]:
    found: list[_Found] = []
    particles: dict[int, list[Cue]] = {}  # sentence → its source particles and verbs of saying
    for cue in cues:
        if names_a_source(cue) or cue.kind is CueKind.VERB:
            particles.setdefault(cue.sentence, []).append(cue)
    mentions = mentions or functools.partial(mention_for_cue, ann)
    reported = sorted(reported, key=lambda item: item.start)
    starts = [item.start for item in reported]
    quote_spans = [(q.start, q.end) for q in top]
    for index, (quote, attribution) in enumerate(zip(top, attributions)):
        if not include_terms and index > 0 and _repeats_quote_before(ann, top[index - 1], quote):
            continue
        container = _containing(reported, starts, quote.start, quote.end)
        if container is None and (attribution is None or attribution.mention is None):
            container = _report_going_on(ann, reported, starts, quote)  # "…. Weiterhin bleibe „…“"
        if container is None and attribution is None:
            container = _report_just_before(ann, reported, starts, quote)  # "…, seien es 68 Dezibel gewesen. „…“"
        if container is not None and container.attribution is not None and container.attribution.mention is not None:
            if attribution is None or attribution.mention is None or (
                attribution.evidence.startswith(_WEAK_DIRECT_RULES) and not _own_cue_beats_inherited(attribution, container.attribution)
            ):
                # a partial quote inside reported speech („… habe ein „verbotenes Regime“ errichtet“)
                attribution = attrs.evolve(container.attribution, frame=None, evidence="inside-indirect+" + container.attribution.evidence)
                nearer = _nearer_source(ann, particles, quote.start, container.attribution)
                mention = _source_mention(ann, nearer, mentions) if nearer is not None else None
                if mention is not None and (nearer.kind is CueKind.VERB or is_person_like(mention) or mention.head.lower() in vocab.word_class("view_noun")):
                    # a person, organisation or someone's view ("ihrer Auffassung nach"), not
                    # a thing ("laut Gesetz", "dem Plan zufolge")
                    # "…, das nach Ansicht der Prüfer „…“ sei": the source named in the quote's own clause
                    attribution = Attribution(mention, nearer, None, f"nearer-source+{mention.kind.value}", 0.8)
        if attribution is not None and attribution.mention is not None and attribution.mention.head.lower() in vocab.word_class("impersonal_pronoun"):
            attribution = attrs.evolve(attribution, mention=None)  # "Man nennt das:": nobody in particular speaks
        if attribution is not None and _nobody_speaks(ann, quote, attribution):
            attribution = None
        if not include_terms and (_gloss_in_parentheses(ann, quote, attribution) or _glossed_name(ann, quote)):
            continue
        if quote.is_term and not (
            include_terms
            or _keeps_term(ann.text[quote.start : quote.end], attribution, _inside_clause(ann, quote), _word_before(ann, quote), _introduced_as_new(ann, quote))
        ):
            continue
        if not include_terms and _short_and_unattributed(ann.text[quote.start : quote.end], attribution):
            continue
        if attribution is not None and attribution.frame is None and attribution.cue is not None:
            # the cue stands elsewhere in the sentence, the sentence before or the report around
            attribution = attrs.evolve(attribution, frame=_clause_around(ann, attribution.cue, quote_spans))
        evidence = quote.evidence if attribution is None else f"{quote.evidence}+{attribution.evidence}"
        confidence = quote.confidence * (0.5 if attribution is None or attribution.mention is None else attribution.confidence)
        medium = _direct_medium(ann, attribution)
        candidate = _Found(quote.parts, QuoteType.DIRECT, attribution, medium, confidence, evidence)
        if found and _interrupted(ann, found[-1], candidate):
            previous = found.pop()
            candidate = attrs.evolve(previous, parts=previous.parts + candidate.parts)
        found.append(candidate)
    return found


def _repeats_quote_before(ann: Annotated, before: DirectQuote, quote: DirectQuote) -> bool:
    """A short quoted phrase whose words stand in the quotation right before it (``„… stellt die
    Zeitung ihre Produktion auf neue Beine.“ Wie wörtlich „neue Beine“ zu verstehen ist, …``,
    a ship „Graf Zeppelin“ named again): the words are mentioned again, nobody says them anew.
    Only inside a clause: a short answer repeated with its own frame is said again. On the train
    split none of the 38 such phrases was a gold quotation."""
    inner = strip_marks(ann.text[quote.start : quote.end]).strip()
    if len(inner.split()) > _SHORT_QUOTE_WORDS or len(inner) < _SHORTEST_REPEAT or not _inside_clause(ann, quote):
        return False  # not "„Nein“, sagte er. „Nein“, sagte auch sie.": said again with a frame of its own
    return ann.text.find(inner, before.start, before.end) >= 0


_SHORTEST_REPEAT = 4  # characters: shorter phrases („Ja“) repeat by chance


def _report_going_on(ann: Annotated, reported: Sequence[_Found], starts: Sequence[int], quote: DirectQuote) -> _Found | None:
    """The report a Konjunktiv sentence holding a quotation goes on with, when no report holds
    the quotation itself (``Das Gericht weist den Vorwurf zurück, man habe … . Dieser Vorwurf gehe
    gegen die Kammer. Weiterhin bleibe „der Vorwurf im Raum stehen, …“``: the quote fills most
    of its sentence, so no report was made of it): the report ending in the sentence right before,
    in the same paragraph. The Konjunktiv says the speech goes on; without it the quote is new."""
    first = ann.token_at(quote.start)
    if not reports_before(ann, first):
        return None
    i = bisect.bisect_left(starts, quote.start) - 1
    if i < 0:
        return None
    before = reported[i]
    end_token = ann.token_at(before.end - 1)
    sentence = ann.tokens[first].sent
    if ann.tokens[end_token].sent < sentence - 1 or any(ann.paragraph_break_before(k) for k in range(end_token + 1, first + 1)):
        return None
    return before


def _report_just_before(ann: Annotated, reported: Sequence[_Found], starts: Sequence[int], quote: DirectQuote) -> _Found | None:
    """A quotation that opens its sentence with no cue anywhere (``Projektleiter X nennt die Werte
    bedenklich. Im Schnitt seien es 68 Dezibel gewesen. „Bei diesem Pegel …“``) goes on with the
    report ending in the sentence right before, in the same paragraph, when that report has a
    speaker: the Konjunktiv there already told whose words follow (a report with its own cue would
    have lent it through `speakers`' previous-sentence rule)."""
    first = ann.token_at(quote.start)
    sentence = ann.tokens[first].sent
    if ann.sentences[sentence][0] != first:
        return None
    i = bisect.bisect_left(starts, quote.start) - 1
    if i < 0:
        return None
    before = reported[i]
    mention = before.attribution.mention if before.attribution is not None else None
    if mention is None or is_statement(mention) or not is_person_like(mention):
        return None  # ("Nach Angaben des Berichts …": a thing speaks on to no quotation)
    end_token = ann.token_at(before.end - 1)
    if ann.tokens[end_token].sent != sentence - 1 or any(ann.paragraph_break_before(k) for k in range(end_token + 1, first + 1)):
        return None
    return before


def _nearer_source(ann: Annotated, particles: dict[int, list[Cue]], start: int, container: Attribution) -> Cue | None:
    """A source particle between the cue of the report around a quote and the quote, in the
    quote's sentence (``X verlangt eine neue Anhörung, weil der Bescheid ihrer Auffassung nach
    auf „…“ beruhe``, ``Laut dem Amt …, das nach Bewertung der Prüfer „…“ sei``), or a verb of
    saying whose ``dass``/``ob`` clause of the report holds the quote (``Der Sender berichtet,
    dass X die Schüler gefragt habe, ob sie „…“``, see `reported_speech_clause`): the nearer
    source names whose words the quoted phrase are."""
    first = ann.token_at(start)
    sentence = ann.tokens[first].sent
    floor = container.cue.tokens[-1] if container.cue is not None and container.cue.sentence == sentence else ann.sentences[sentence][0] - 1
    between = []
    for cue in particles.get(sentence, ()):
        if cue.kind is CueKind.VERB:
            reported = reported_speech_clause(ann, cue) if floor < cue.tokens[0] else None
            if reported is not None and floor < reported[0] < first and _in_clause_of(ann, cue, first):
                between.append((reported[0], cue))
        elif floor < cue.tokens[0] and cue.tokens[-1] < first:
            between.append((cue.tokens[0], cue))
    return max(between, key=lambda item: item[0])[1] if between else None


def _in_clause_of(ann: Annotated, cue: Cue, first: int) -> bool:
    """The quote at token ``first`` stands in the clause of the verb of saying at ``cue``: before
    the verb that closes it (``dass die Ministerin den Plan als „…“ bezeichnet habe``), or in the
    clause that the verb's comma and a conjunction open (``gefragt habe, ob sie „…“``) — not in a
    relative clause after it (``dass der Rat eine Person findet, „die …“``)."""
    tokens = ann.tokens
    if first < cue.head:
        return True
    k = cue.tokens[-1] + 1
    while k < first and tokens[k].text.lower() in vocab.auxiliaries():
        k += 1
    return k + 1 < first and tokens[k].text == "," and tokens[k + 1].text.lower() in conjunctions()


def _source_mention(ann: Annotated, source: Cue, mentions: Callable[[Cue], Mention | None]) -> Mention | None:
    """Who speaks at a nearer source (`_nearer_source`): a particle's phrase, or the subject of a
    reported verb of saying when it names a person (also a surname given in full before)."""
    if source.kind is not CueKind.VERB:
        return mentions(source)
    reported = reported_speech_clause(ann, source)
    if reported is None or not (is_person_like(reported[1]) or named_earlier(ann, reported[1])):
        return None
    return reported[1]


def _nobody_speaks(ann: Annotated, quote: DirectQuote, attribution: Attribution) -> bool:
    """A quoted name, title or word whose nearby cue is no speaker of it."""
    if (_after_label(ann, quote) or _name_apposition(ann, quote)) and not attribution.evidence.startswith(("cue-after", "dash")):
        return True  # unter dem Motto „…“, mit dem Titel „…“: a label, whoever stands near it
    if _owner_after_von(ann, quote) and not attribution.evidence.startswith(("cue-after", "dash")):
        return True  # die Homepage von „con energy“, die von „Infratest dimap“ erstellten Zahlen
    if _names_itself(ann, attribution):
        return True  # "Dann nennt sie sich „Expo 30“": a name the thing gives itself
    if _label_announced_before_colon(ann, quote, attribution):
        return True  # "Den Namen der Sendung gab der Sender bekannt: „…“": the name, not the sender's words
    if attribution.evidence.startswith("cue-before") and _attributive_quote(ann, quote):
        return True  # den strengen, „korrekten“ Beamten: an adjective in quotes, after a comma of its phrase
    # „…“, so lautet der Titel der Studie: the title is no speaker
    return attribution.mention is not None and attribution.mention.head in scanner.label_words()


def _owner_after_von(ann: Annotated, quote: DirectQuote) -> bool:
    """A short quote right after ``von`` (`owner_preposition`) that follows a noun or an article
    (``die Homepage von „con energy“``, ``die von „Infratest dimap“ erstellten Hochrechnungen``)
    names who owns or made something: a name, even in lowercase, whoever speaks in the sentence.
    After a verb or a conjunction (``sprach von „Erpressung“``, ``und von „…“``) the quote is
    someone's words. On the train split none of the 13 quotes after a noun or an article and
    ``von`` was a gold quotation; the three after other words were."""
    first = ann.token_at(quote.start)
    if first < 2 or ann.tokens[first - 1].text not in vocab.word_class("owner_preposition"):
        return False
    if ann.tokens[first - 2].sent != ann.tokens[first].sent:
        return False
    words = strip_marks(ann.text[quote.start : quote.end])
    if len(words.split()) > _SHORT_QUOTE_WORDS or words.endswith((".", "!", "?", "…")):
        return False
    before = ann.tokens[first - 2].text
    if before.lower() in vocab.determiners():
        return True  # die von „…“ erstellten: an article opening an attribute
    return before[:1].isupper() and ann.sentences[ann.tokens[first].sent][0] != first - 2 and before.lower() not in vocab.function_words()


def _label_announced_before_colon(ann: Annotated, quote: DirectQuote, attribution: Attribution) -> bool:
    """A quote after a colon whose clause speaks of a name or title (``Den Namen der Sendung gab
    der Sender bekannt: „Stimmen aus dem Tal“``, ``Der Titel steht schon fest:``) and that is no
    sentence of its own: it is the name announced, nobody's words."""
    first = ann.token_at(quote.start)
    if first < 1 or ann.tokens[first - 1].text != ":" or attribution.frame is None:
        return False
    inner = strip_marks(ann.text[quote.start : quote.end]).strip()
    if not inner[:1].isupper() or inner.endswith((".", "!", "?", "…")) or any(mark in inner for mark in (". ", "! ", "? ")):
        return False
    words = [ann.tokens[k].text for k in ann.tokens_in(*attribution.frame)]
    if any(vocab.is_quote_mark(word) for word in words):
        return False  # "Unter dem Motto „…“ rief er: „…“": the label named its own quote
    labels = scanner.label_words()
    return any(word in labels and not _after_preposition(words, k) for k, word in enumerate(words))


def _after_preposition(words: Sequence[str], k: int) -> bool:
    """The word at ``k`` is the noun of a prepositional phrase (``nach dem Namen``): the clause
    is not about it (``Auf die Frage nach dem Namen sagte sie: „…“``), as it is about an object
    or subject (``Den Namen gab der Sender bekannt:``, ``Der Titel lautet:``)."""
    j = k - 1
    if j >= 0 and words[j].lower() in vocab.determiners():
        j -= 1
    return j >= 0 and words[j].lower() in vocab.word_class("preposition")


def _own_cue_beats_inherited(own: Attribution, container: Attribution) -> bool:
    """A verb of saying in the quote's own sentence (``X sagte, es sei „…“``) names its speaker
    better than a report that only inherits its speaker from an earlier sentence — unless it is
    a pronoun (``Sie sagte, …``), which the inherited speaker usually names more fully."""
    return (
        own.cue is not None
        and own.mention is not None
        and own.mention.kind is not MentionKind.PRONOUN
        and own.evidence.startswith("cue-in-sentence")
        and container.evidence.endswith("+inherited")
    )


def _clause_around(ann: Annotated, cue: Cue, quotes: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The words of the cue's sentence around it that no quotation covers: the frame of a
    quotation whose cue stands elsewhere in its sentence or in the sentence before."""
    first, end = ann.sentences[cue.sentence]
    start_char, end_char = ann.tokens[first].start, ann.tokens[end - 1].end
    i = bisect.bisect_left(quotes, (cue.start,))
    if i > 0 and quotes[i - 1][1] > start_char:
        start_char = max(start_char, quotes[i - 1][1])
    if i < len(quotes) and quotes[i][0] < end_char:
        end_char = min(end_char, quotes[i][0])
    words = ann.tokens_in(start_char, end_char)
    return (ann.tokens[words.start].start, ann.tokens[words.stop - 1].end) if len(words) else (cue.start, cue.end)


def _direct_medium(ann: Annotated, attribution: Attribution | None, *, passive_speaks: bool = True) -> Medium:
    """A direct quotation is speech unless its cue says otherwise (``schrieb``); a quoting verb
    in the passive (``X wird in der Zeitung zitiert``) gives the quoted person's words, which
    were mostly spoken, not the medium's. A report going on after such a quotation
    (``passive_speaks=False``) keeps the verb's medium: it tells what the medium wrote."""
    if attribution is None or attribution.cue is None or (passive_speaks and quotes_in_the_passive(ann, attribution.cue)):
        return Medium.SPEECH
    return attribution.cue.medium


_SHORT_QUOTE_WORDS = 4
_NAME_WORDS = 10  # the longest quoted name with a gloss after it: „Koalition für Einheit und Entwicklung“ (KEE)


def _short_and_unattributed(text: str, attribution: Attribution | None) -> bool:
    """A short quoted phrase (up to four words, not a sentence of its own) that nothing
    attributes, or only a cue in an earlier sentence, is a name, title or scare-quoted term more
    often than someone's words (``„iPod nano“``, ``„Nackt unter Wölfen“``, ``„beeinträchtigten“``;
    measured on the train split). `include_terms` keeps them."""
    words = strip_marks(text)
    if len(words.split()) > _SHORT_QUOTE_WORDS or words.endswith((".", "!", "?", "…")):
        return False  # long, or a sentence of its own („Wir lassen nichts aus.“)
    return attribution is None or attribution.mention is None or attribution.evidence.startswith("previous-sentence-cue")


def _keeps_term(
    text: str, attribution: Attribution | None, embedded: bool = False, word_before: str = "", introduced_as_new: bool = False
) -> bool:
    """A short quoted phrase counts as a quotation when it has its own speech frame (``„Danke!“,
    sagte er``), or — a partial quote like „verbotenes Regime“ in reported speech — when a speech
    verb in its sentence names a speaker and the phrase has ordinary lowercase words;
    capitalised-only phrases (names, titles: „Shenzhou 5“) stay terms. A name-like phrase that
    stands inside a clause (``zitiert die Zeitung „Neue Post“, wonach …``, ``nach Angaben der
    Gruppe „Helfer im Einsatz“``) is a title even when a cue stands near it: on the train split
    every such term kept by a frame or a colon name had no speaker in the gold annotation."""
    if attribution is None or attribution.mention is None:
        return False
    if attribution.evidence.startswith(("colon-name", "colon-subject")):
        return False  # "(Codename: „Blitz“)": a label after a colon, not a speaker's words
    if attribution.evidence.startswith(("cue-after", "cue-before", "colon", "headline", "dash")):
        return not embedded  # „Danke!“, sagte er: a quote with its own speech frame is speech, however short
    if _inside_continued_report(attribution):
        return _has_ordinary_words(text)
    if attribution.cue is None or not attribution.evidence.startswith(("cue-in-sentence", "inside-indirect")):
        return False
    if introduced_as_new and _characterised_in_report(attribution):
        return True  # "habe ihr einen „Ruck“ gegeben, sagte X": a word the speaker chose
    if attribution.evidence.startswith(_TITLE_SOURCES):
        return False
    if _named_as(attribution, text, word_before):
        return True  # "nannte die Umfrage eine „Luftnummer“": a word someone chose, capitalised or not
    return _has_ordinary_words(text)


def _has_ordinary_words(text: str) -> bool:
    """The phrase has a lowercase word of three letters or more: words of a sentence, not only
    the capitalised words of a name or title."""
    return any(word[:1].islower() and len(word) > 2 and word.isalpha() for word in text.split())


def _inside_continued_report(attribution: Attribution) -> bool:
    """The quote stands in a Konjunktiv sentence that goes on with the report of an earlier
    sentence (``Bisher habe die Regierung das ausgeschlossen. Auf dem Weg einer „Vernetzung der
    Register“ komme sie nun zum selben Ergebnis.``): no cue of its own, but the report names who
    speaks, so a partial quote with ordinary words is that speaker's, as in a report with a cue.
    Capitalised-only phrases stay terms (``das geplante „Vermummungsverbot“``). On the train
    split the one such phrase with lowercase words was a gold quotation of the report's speaker."""
    return attribution.cue is None and attribution.evidence.startswith("inside-indirect+") and attribution.evidence.endswith("+inherited")


def _gloss_in_parentheses(ann: Annotated, quote: DirectQuote, attribution: Attribution | None) -> bool:
    """A short quoted phrase inside parentheses that open before it in its sentence, with no verb
    of saying of its own in there (``Sozialleistungen („Bürgergeld“, „Rente mit 70“)``, ``„Nieder
    mit X“ (deutsch „…“)``): a gloss, a translation or an item of a list of names, whoever speaks
    in the sentence around the parentheses. With its own cue inside them (``(von der Agentur als
    „Anführer“ bezeichnet)``) it is judged like any quote. On the train split every short quote in
    parentheses was unannotated but one right after ``so genannte``, which no rule keeps."""
    words = strip_marks(ann.text[quote.start : quote.end])
    if len(words.split()) > _SHORT_QUOTE_WORDS or words.endswith((".", "!", "?", "…")):
        return False
    first = ann.token_at(quote.start)
    sentence_start = ann.tokens[ann.sentences[ann.tokens[first].sent][0]].start
    before = ann.text[sentence_start : quote.start]
    opening = before.rfind("(")
    if opening < 0 or before.rfind(")") > opening:
        return False
    opening += sentence_start
    closing = ann.text.find(")", quote.end)
    inside = closing if closing >= 0 else len(ann.text)
    return attribution is None or attribution.cue is None or not opening < attribution.cue.start < inside


def _glossed_name(ann: Annotated, quote: DirectQuote) -> bool:
    """A quoted phrase right before a parenthesis (``der „Rat für nationale Sicherheit“
    (National Security Council)``, ``die „Allianz freier Bürger“ (AFB)``), or with its
    abbreviation in parentheses inside the marks (``„Bund der Imker e.V. (BdI)“``): the
    parenthesis glosses a name, even one with lowercase words in it. Names can be long, so up to
    ten words count when they open with a capital (``„Bündnis für Demokratie gegen die Diktatur“
    (BDD)``); a quoted sentence (``„We have landed.“ (Wir sind gelandet.)``) or a lowercase
    partial quote before its source (``„die Richtlinien … bestimmen“ (Artikel 5)``) is still
    someone's words. On the train split 40 of the 42 quotes of up to ten words before a
    parenthesis were unannotated (the others: that partial quote and a slogan with its
    translation), and so were the 3 with an abbreviation inside."""
    words = strip_marks(ann.text[quote.start : quote.end]).strip()
    count = len(words.split())
    if count <= _NAME_WORDS and _ABBREVIATION_AT_END.search(words) is not None:
        return True  # „Bund der Imker e.V. (BdI)“
    if count > _NAME_WORDS or words.endswith((".", "!", "?", "…")) or any(mark in words for mark in (". ", "! ", "? ")):
        return False
    if count > _SHORT_QUOTE_WORDS and not words[:1].isupper():
        return False
    after = ann.text[quote.end : quote.end + 40].lstrip(" ")
    if not after.startswith("("):
        return False
    # "nannte das Vorhaben „Wahnsinn“ (so wörtlich)": a note on the source, not a gloss
    opener = after[1:].split(maxsplit=1)[:1]
    return not (opener and opener[0].lower() in vocab.word_class("source_note_opener"))


_ABBREVIATION_AT_END = re.compile(r"\(\s*[A-ZÄÖÜ][\w.\- ]*\)\Z")


def _characterised_in_report(attribution: Attribution) -> bool:
    """A capitalised quoted phrase after an indefinite article (see `_introduced_as_new`) inside a
    report that a verb of saying gives a speaker (``X sagte, ein Stern habe der Scheibe einen
    „Stoß“ gegeben``, ``eine „Allianz der Willigen“ werde es nicht geben``): a new thing the
    speaker characterises in their own words. A name or title in a report is something already
    known and takes a definite article or a possessive (``die „Graf Zeppelin“``, ``seiner
    „Thronrede“``). Kept only in a speech act that is the sentence itself (``sprach von einer
    „Katastrophe“``): inside the content of a report a capitalised phrase is as often a title
    (``Er habe einen „Tatort“ gedreht, sagte X``, ``ein „Halleluja“ gesungen``), which a review
    found; on train the wider rule had kept two more gold quotes."""
    return attribution.evidence.startswith("inside-indirect+reported-verb") and not is_impersonal(attribution.mention)


def _introduced_as_new(ann: Annotated, quote: DirectQuote) -> bool:
    """The quote follows an indefinite article that introduces something new (``einen „Ruck“``,
    ``von einer „Katastrophe“``), not a genitive one that labels like a title (``den Status
    eines „Beitrittskandidaten“``; ``einer`` counts only after a preposition, where it is
    dative), and the quote is a word of its own, not the first part of a compound (``eine „Eins
    zu Eins“-Lösung``), where the hyphen makes the quoted words a modifier."""
    first = ann.token_at(quote.start)
    if first < 1 or ann.text[quote.end : quote.end + 1] in ("-", "‐"):
        return False
    article = ann.tokens[first - 1].text.lower()
    if article in vocab.word_class("characterising_article"):
        return True
    return article == "einer" and first >= 2 and ann.tokens[first - 2].text.lower() in vocab.word_class("preposition")


def _named_as(attribution: Attribution, text: str, word_before: str) -> bool:
    """``X nannte die Umfrage eine „Luftnummer“`` / ``bezeichnete die Reform als „Mogelpackung“``
    / ``wertete den Plan als „Irrweg“``: one or two quoted words after ``als`` or an indefinite
    article, as the complement of a naming verb — or after ``als`` of a verb that judges
    something — whose subject is a speaker (not ``man``): the speaker's word, not a title."""
    return (
        attribution.cue is not None
        and attribution.mention is not None
        and _names_or_judges(attribution.cue.lemma, word_before.lower())
        and len(text.split()) <= 2
        and not is_impersonal(attribution.mention)
    )


def _names_or_judges(lemma: str, word_before: str) -> bool:
    """A naming verb before ``als`` or an indefinite article (``nannte es eine „Farce“``), or a
    judging verb before ``als`` (``wies den Vorwurf als „absurd“ zurück``): its complement is a
    word the speaker chose. Judging verbs take only ``als``: ``lobte eine „Geste“`` is an object."""
    if lemma in vocab.word_class("naming_verb"):
        return word_before in vocab.word_class("naming_complement")
    return lemma in vocab.word_class("judging_verb") and word_before == "als"


def _name_apposition(ann: Annotated, quote: DirectQuote) -> bool:
    """``die Meeresschnecke „Aplysia major“``, ``die Ausstellung „Farben des Nordens“``:
    a quote right after a noun (no frame noun like ``Worten``), opening with a capital and without
    a sentence end of its own, names what the noun stands for; it is nobody's words."""
    first = ann.token_at(quote.start)
    if first <= 0 or ann.paragraph_break_before(first):
        return False
    noun = ann.tokens[first - 1]
    if not (noun.text[:1].isupper() and noun.text.isalpha()) or first - 1 == ann.sentences[noun.sent][0] or is_cue_noun(noun.text):
        return False
    if noun.text.lower() in vocab.word_class("adverbial_noun") and first >= 2 and ann.tokens[first - 2].text.lower() in vocab.word_class("contracted_preposition"):
        return False  # "Parolen wie zum Beispiel „…“": an adverb, no noun the quote names
    inner = strip_marks(ann.text[quote.start : quote.end]).strip()
    if len(inner.split()) > _NAME_WORDS:
        return False  # "die Feststellung „Mit diesem Ziel stellt die Zeitung …“": a sentence, longer than names run
    if _ends_like_a_predicate(inner) and first >= 2 and ann.tokens[first - 2].text.lower() not in vocab.determiners():
        return False  # "ein System von Zahlungen „Ende der … üblich“ gewesen sei" (not "der Film „…“")
    return inner[:1].isupper() and not inner.endswith((".", "!", "?", "…"))


def _ends_like_a_predicate(words: str) -> bool:
    """A quoted phrase of more than four words that ends in a lowercase word (``„Ende der 90er
    Jahre in der ganzen Branche üblich“ gewesen sei``): a piece of a clause that ends in its
    predicate, not a name, which ends in its noun (``„Farben des Nordens“``). Short Latin or
    foreign names (``„Deus caritas est“``) stay names, and so does a title right after an
    article and its noun (``der Film „Wer früher geht, ist länger fort“``), which `_name_apposition`
    checks. On the train split no quoted name after a noun has more than four words and a
    lowercase last word."""
    parts = [word for word in words.split() if word.isalpha()]
    return len(parts) > _SHORT_QUOTE_WORDS and parts[-1][:1].islower() and words.split()[-1] == parts[-1]


def _names_itself(ann: Annotated, attribution: Attribution) -> bool:
    """``nennt sich`` / ``nennt sie sich``: a naming verb with a reflexive ``sich`` right after it
    (or after its subject pronoun) gives a name, whatever follows in quotes."""
    cue = attribution.cue
    if cue is None or cue.kind is not CueKind.VERB or cue.lemma not in vocab.word_class("naming_verb"):
        return False
    following = [ann.tokens[k].text.lower() for k in range(cue.head + 1, min(len(ann.tokens), cue.head + 3))]
    return "sich" in following


def _attributive_quote(ann: Annotated, quote: DirectQuote) -> bool:
    """One quoted lowercase word right before a capitalised noun (``den strengen, „korrekten“
    Beamten``): an adjective of that noun phrase, not words someone introduced with a comma."""
    words = strip_marks(ann.text[quote.start : quote.end]).split()
    after = ann.token_at(quote.end)
    if len(words) != 1 or not words[0][:1].islower() or after >= len(ann.tokens) or ann.token_at(quote.end - 1) + 1 != after:
        return False
    following = ann.tokens[after].text
    return following[:1].isupper() and following.isalpha() and ann.tokens[after].start == quote.end + 1


def _after_label(ann: Annotated, quote: DirectQuote) -> bool:
    """The quote follows a word that announces a name or title (``Motto``, ``Titel``, ``Namen``)."""
    return _word_before(ann, quote) in scanner.label_words()


def _word_before(ann: Annotated, quote: DirectQuote) -> str:
    """The token right before the quote's opening mark ("" at the start of the text)."""
    first = ann.token_at(quote.start)
    return ann.tokens[first - 1].text if first > 0 else ""


def _inside_clause(ann: Annotated, quote: DirectQuote) -> bool:
    """The quote stands inside a clause (a word right before it) or closes a parenthesis
    (``(Codename: „Nordlicht“)``): where names and labels stand, not speech with its own frame."""
    return embedded(ann, ann.token_at(quote.start)) or ann.text[quote.end : quote.end + 2].lstrip().startswith(")")


_TITLE_SOURCES = ("inside-indirect+nach-angaben", "inside-indirect+cue-verb-inserted", "inside-indirect+cue-verb-after")


def _interrupted(ann: Annotated, first: _Found, second: _Found) -> bool:
    """``„A“, sagte er, „B“``: two marked parts around a cue clause are one quotation; so are two
    parts with only a source particle between them (``„A“ laut Gall „B“``), both its words."""
    if _around_particle(ann, first, second):
        return True
    if first.attribution is None or not first.attribution.evidence.startswith("cue-after"):
        return False
    if second.attribution is not None and not second.attribution.evidence.startswith(("continuation", "cue-before")):
        return False
    between = ann.text[first.end : second.start]
    opens_with_comma = between.lstrip().startswith(",") or ann.text[: first.end].rstrip("“”\"«»‘’'").endswith(",")
    return opens_with_comma and "\n" not in between and between.rstrip().endswith((",", ":")) and not any(c in between for c in ".!?")


def _around_particle(ann: Annotated, first: _Found, second: _Found) -> bool:
    """``„A“ laut Gall „B“``: the same source particle attributes both parts and stands between
    them, with nothing else of a sentence there (no comma, stop or line break)."""
    one, two = first.attribution, second.attribution
    if one is None or two is None or one.cue is None or one.cue is not two.cue or one.cue.kind is not CueKind.PARTICLE:
        return False
    between = ann.text[first.end : second.start]
    return first.end <= one.cue.start and one.cue.end <= second.start and not any(c in between for c in ",;:.!?\n")


def _named_by_strong_rule(item: _Found) -> bool:
    """Rules whose grammar makes a capitalised subject a speaker even when unknown elsewhere:
    everything but the guesses from sentence context (subject of the sentence, previous cue)."""
    evidence = item.attribution.evidence if item.attribution is not None else ""
    if evidence.startswith("inside-indirect+") and not evidence.endswith("+inherited"):
        # a partial quote inside a report („…“ in "Die Schweden erklärten, der Schiedsrichter habe
        # ein „klares Foul“ übersehen"): as sure as the report's own cue, which keeps that subject
        return evidence.removeprefix("inside-indirect+").startswith(("cue-verb", "reported-verb"))
    return not evidence.startswith(_WEAK_DIRECT_RULES + ("colon-subject", "inside-indirect"))


def _document_speaks(ann: Annotated, attribution: Attribution) -> bool:
    """``Der Bericht spricht von einem „schweren Fehler“``: a statement or document as the
    subject of a verb of saying is the quote's source, as a person would be (a whole phrase that
    can be a subject: not ``gewordenen Vorwürfen`` cut out of ``zu den bekannt gewordenen …``)."""
    mention, cue = attribution.mention, attribution.cue
    if mention is None or cue is None or cue.kind is not CueKind.VERB or not is_statement(mention):
        return False
    first = ann.text[mention.start : mention.end].split(maxsplit=1)[0]
    if first.lower() in vocab.word_class("oblique_determiner"):
        return False
    return first[:1].isupper() or first.lower() in vocab.determiners()


def _subject_before_its_verb(ann: Annotated, attribution: Attribution) -> bool:
    """``Die Fankurve skandierte Sätze wie „…“``: a phrase with an article that opens the
    sentence right before the verb of saying of the quote's sentence is its subject — whatever
    noun it has, it is who speaks (a crowd, a group, a document)."""
    mention, cue = attribution.mention, attribution.cue
    if mention is None or cue is None or not attribution.evidence.startswith("cue-in-sentence"):
        return False
    if cue.kind is CueKind.PARTICLE and ann.tokens[cue.tokens[0]].text.lower() == "nach" and (cue.source == "noun" or is_statement(mention)):
        # "nach Aussagen einer Zeugin", "Seiner Ansicht nach": the statement itself is the source
        # (not "in einem Interview")
        return True
    if cue.kind is not CueKind.VERB:
        return False
    words = ann.tokens_in(mention.start, mention.end)
    if not len(words) or ann.tokens[words.start].text.lower() not in vocab.determiners():
        return False
    opens_sentence = words.start == ann.sentences[ann.tokens[words.start].sent][0]
    return opens_sentence and cue.head == words.stop


def _zu_infinitive(ann: Annotated, cue: Cue) -> bool:
    """The cue verb is an infinitive after ``zu`` (``einen Investor zu finden``): the words
    before it are its object, not who speaks."""
    return cue.head > 0 and ann.tokens[cue.head - 1].text == "zu"


def _link(
    ann: Annotated,
    found: list[_Found],
    cues: Sequence[Cue],
    mentions: Callable[[Cue], Mention | None],
    registry: Sequence[Person],
    quoted: Sequence[tuple[int, int]],
    *,
    include_terms: bool = False,
) -> tuple[list[Quote], tuple[Speaker, ...]]:
    verb_cues: dict[int, list[Cue]] = {}
    for cue in cues:
        if cue.kind is CueKind.VERB:
            verb_cues.setdefault(cue.sentence, []).append(cue)
    def speakers_in(sentence: int) -> list[Mention | None]:
        """Who speaks in a sentence, and its subject: the candidate antecedents of a pronoun.
        The subject counts even without a cue (``Seidler will das Training leiten. „…“, sagte
        er``): a pronoun prefers the subject of the sentence before it to earlier speakers."""
        start, end = ann.sentences[sentence]
        subject = clause_subject(ann, start, end)
        if subject is not None:
            subject = named_by_copula(ann, subject) or subject  # "Kurator der Schau ist X": X
        # the subject of a clause before a colon too ("Ein Händler sieht das anders: Die Leute
        # kämen …, meinte er"), and no subject of an infinitive with "zu" ("einen Investor zu finden")
        colon = next((k for k in range(start + 1, end - 1) if ann.tokens[k].text == ":"), None)
        before_colon = [clause_subject(ann, start, colon)] if colon is not None else []
        # and the subject of the clause after it when the one before has none that is someone
        # ("Es ist vollbracht: Der Förderverein X hat …"; but "Landrat X hat eine Forderung: Der
        # Verband müsse …" keeps the Landrat in focus)
        after_colon = [clause_subject(ann, colon + 1, end)] if colon is not None and not any(m is not None and is_person_like(m) for m in before_colon) else []
        return before_colon + [mentions(cue) for cue in verb_cues.get(sentence, ()) if not _zu_infinitive(ann, cue)] + [subject] + after_colon

    linker = EntityLinker(ann, quoted, speakers_in, [cue.head for cues in verb_cues.values() for cue in cues])
    resolved: list[tuple[_Found, object | None]] = []
    speaking: set[tuple[int, int]] = set()  # mentions kept as the speakers of earlier quotations
    denoted: dict[tuple[int, int], tuple[object | None, str]] = {}  # mention span → the entity it was resolved to, and how
    for item in found:
        mention = item.attribution.mention if item.attribution is not None else None
        if mention is not None and (is_generic(ann, mention) or not (
            is_person_like(mention)
            or linker.knows(mention)
            or _described_by_occupation(ann, mention)  # "Die Bäckermeisterin sieht das so. „…“"
            or ((mention.start, mention.end) in speaking and item.evidence.endswith("previous-sentence-cue+" + mention.kind.value))
            or _named_by_strong_rule(item)
            or _subject_before_its_verb(ann, item.attribution)
            or _document_speaks(ann, item.attribution)
        )):
            # a bare capitalised noun that nothing in the text confirms as a name, or "jeder Lehrer": no speaker
            item = attrs.evolve(item, attribution=attrs.evolve(item.attribution, mention=None))
            mention = None
            if not include_terms and item.type is QuoteType.DIRECT and len(item.parts) == 1 and _short_and_unattributed(ann.text[item.start : item.end], None):
                # a short quoted phrase kept only for that speaker („Sonnenwind“ in "der als
                # „Sonnenwind“ bezeichnet wird") is, without one, a term like any unattributed one
                # (train: 15 such quotes, 10 of them matching no gold quotation; Direct joint +0.34)
                continue
        if mention is not None:
            # "…, sagte die Lokalmatadorin. „…“": a speaker of the sentence before stays one
            speaking.add((mention.start, mention.end))
        if mention is not None and (mention.start, mention.end) not in denoted:
            # a mention denotes one entity, whichever of its quotations asks first (the one it
            # speaks in the first person decides "er" before a report going on from it)
            denoted[(mention.start, mention.end)] = linker.resolve(mention, said=(item.start, item.end))
        entity, how = denoted[(mention.start, mention.end)] if mention is not None else (None, "")
        if mention is not None and entity is not None:
            # a pronoun or role phrase that could denote several people is less sure (1 for a
            # mention the model does not reconsider)
            item = attrs.evolve(item, confidence=item.confidence * linker.certainty(mention))
        if how.endswith(reranker.OVERRIDE_MARK):
            # the evidence says when the model (`quotekit.reranker`) overrode the linking rules
            item = attrs.evolve(item, evidence=item.evidence + reranker.OVERRIDE_MARK)
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
                cue_parts=tuple(Span.of(text, s, e) for s, e in _cue_parts(ann, item, cue)),
                frame=Span.of(text, *frame) if frame is not None else None,
                addressee=Span.of(text, *item.addressee) if item.addressee is not None else None,
                medium=item.medium,
                confidence=item.confidence,
                evidence=item.evidence,
            )
        )
    speakers = tuple(sorted(frozen.values(), key=lambda s: s.mentions[0].start))
    return _nest(quotes), speakers


def _cue_parts(ann: Annotated, item: _Found, cue: Cue | None) -> tuple[tuple[int, int], ...]:
    """Every word of the cue: as the indirect stage found them, or from the cue's sentence."""
    if cue is None:
        return ()
    if item.cue_parts:
        return item.cue_parts
    return ann.runs(cue_words(ann, cue, ann.sentences[cue.sentence][0]))


def _nest(quotes: list[Quote]) -> list[Quote]:
    """Give each reported quotation the direct quotations inside it (``… habe ein „verbotenes
    Regime“ errichtet``) as ``nested``; they stay in the list too, with the same speaker."""
    direct = sorted((q for q in quotes if q.type is QuoteType.DIRECT), key=lambda q: q.start)
    if not direct:
        return quotes
    starts = [q.start for q in direct]
    nested_quotes = []
    for quote in quotes:
        if quote.type is not QuoteType.DIRECT:
            first = bisect.bisect_left(starts, quote.start)
            last = bisect.bisect_right(starts, quote.end)
            inside = tuple(q for q in direct[first:last] if q.end <= quote.end)
            if inside:
                quote = attrs.evolve(quote, nested=inside)
        nested_quotes.append(quote)
    return nested_quotes
