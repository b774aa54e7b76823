"""Find the speaker mention of each quote: the subject of its cue, the phrase before a colon, a
headline name, a name after a dash, or the previous speaker when a quote continues a turn.

The mention is the *words* at the cue (``er``, ``die Sprecherin des Ministeriums``); which person
they denote is decided later by `quotekit.entities`. Every decision is recorded as evidence
(``cue-after+pronoun``) so a user can see why a speaker was chosen — and when nothing fits, the
speaker stays ``None`` rather than a guess.
"""

from __future__ import annotations

import bisect
import enum
from typing import Sequence

import attrs

from . import vocabulary as vocab
from .cues import Cue, CueKind
from .document import Annotated
from .phrases import Phrase, noun_phrase, phrase_ending_at


class MentionKind(str, enum.Enum):
    NAME = "name"  # Jana Kessler, Kessler
    ROLE = "role"  # der Minister, die Sprecherin des Ministeriums, der SPD-Politiker
    PRONOUN = "pronoun"  # er, sie
    ORGANISATION = "organisation"  # das Ministerium, die NATO


@attrs.frozen
class Mention:
    """A speaker mention: words in the text that refer to who is speaking."""

    start: int  # character span of the whole noun phrase
    end: int
    head: str  # the word that names it: surname, role noun, pronoun, organisation name
    kind: MentionKind
    gender: str | None = None  # "m" / "f" / None
    plural: bool = False
    name: str | None = None  # the proper name inside the phrase: "Peter Vogel"
    role: str | None = None  # the role noun key: "minister", "sprecherin"
    role_word: str | None = None  # the role word as written: "Außenminister"


@attrs.frozen
class Attribution:
    """Who said a quote and how quotekit knows: mention, cue, frame span, evidence."""

    mention: Mention | None
    cue: Cue | None
    frame: tuple[int, int] | None
    evidence: str
    confidence: float


_DASHES = frozenset({"–", "—", "-", "--"})


# --------------------------------------------------------------------------- mentions


def mention_from_phrase(ann: Annotated, phrase: Phrase) -> Mention | None:
    """Classify a noun phrase as a name, role, pronoun or organisation mention."""
    tokens = ann.tokens
    start_char, end_char = tokens[phrase.start].start, tokens[phrase.end - 1].end
    first = tokens[phrase.start]
    if phrase.end - phrase.start == 1 and vocab.pronoun(first.text):
        readings = vocab.pronoun(first.text)
        person = readings[0][2]
        if person != "3":
            return Mention(start_char, end_char, first.text, MentionKind.PRONOUN, None, readings[0][1])
        singular = [r for r in readings if not r[1]]
        gender = singular[0][0] if singular else None
        if gender == "n" and not any(r[1] for r in readings):
            return None  # "es" is no speaker: persons are "er"/"sie"; "es" is an expletive
        return Mention(start_char, end_char, first.text, MentionKind.PRONOUN, gender, not singular)
    core_end = phrase.head + 1
    apposition = _apposition_start(ann, phrase)
    role = None
    role_word = None
    organisation = False
    gender = None
    plural = False
    for k in range(phrase.start, core_end):
        tok = tokens[k]
        info = vocab.role_noun(tok.text)
        if info is not None and not _is_name_token(ann, k):
            role, role_word, gender, plural = info.key, tok.text, info.gender, info.plural
        elif vocab.organisation_noun(tok.text) is not None or vocab.is_acronym(tok.text) or tok.ent == "ORG":
            organisation = True
    name_run = _last_name_run(ann, phrase.start, core_end)
    if name_run is None:
        # "Die Sprecherin des Ministeriums Maria Brandt": a full name at the end of a genitive tail
        tail_run = _last_name_run(ann, core_end, phrase.end)
        if tail_run is not None and tail_run[1] > tail_run[0] and vocab.first_name_gender(tokens[tail_run[0]].text) is not False:
            name_run = tail_run
    if name_run is None and apposition is not None:
        name_run = _last_name_run(ann, apposition, phrase.end)
        if role is None:
            for k in range(apposition, phrase.end):
                info = vocab.role_noun(tokens[k].text)
                if info is not None:
                    role, role_word, gender, plural = info.key, tokens[k].text, info.gender, info.plural
    if name_run is not None:
        first_i, last_i = name_run
        name = ann.text[tokens[first_i].start : tokens[last_i].end]
        first_gender = vocab.first_name_gender(tokens[first_i].text)
        if isinstance(first_gender, str) and last_i > first_i:
            gender = first_gender
        if organisation and role is None and vocab.first_name_gender(tokens[first_i].text) is False:
            organisation_before = first_i > phrase.start and vocab.organisation_noun(tokens[first_i - 1].text) is not None
            if organisation_before or all(
                vocab.is_acronym(tokens[k].text) or vocab.organisation_noun(tokens[k].text) for k in range(first_i, last_i + 1)
            ):
                # "die Staatsanwaltschaft München I", "der Verband DSW": an organisation's name
                full = ann.text[tokens[first_i - 1 if organisation_before else first_i].start : tokens[last_i].end]
                return Mention(start_char, end_char, full, MentionKind.ORGANISATION, None, False, full)
        return Mention(start_char, end_char, tokens[last_i].text, MentionKind.NAME, gender, False, name, role, role_word)
    suffix = vocab.role_noun(first.text) or vocab.organisation_noun(first.text)
    if core_end - phrase.start == 1 and apposition is None and not vocab.is_role_word(first.text) and (
        vocab.organisation_noun(first.text) is None or not vocab.is_organisation_word(first.text)
    ) and not vocab.is_acronym(first.text) and (suffix is None or len(suffix.key) < 5):
        # a bare capitalised word as subject whose role/organisation reading is only a compound
        # suffix ("Wieland", "Hofrat" would need an article): a surname
        return Mention(start_char, end_char, first.text, MentionKind.NAME, None, False, first.text)
    if role is not None:
        if gender == "m" and first.text.lower() in ("die", "den"):
            plural = True  # "die Veranstalter": a masculine role noun after "die" is plural
        return Mention(start_char, end_char, role_word or role, MentionKind.ROLE, gender, plural, None, role, role_word)
    if organisation:
        head = tokens[phrase.head].text
        return Mention(start_char, end_char, head, MentionKind.ORGANISATION, None, False, None)
    return None


def is_person_like(mention: Mention) -> bool:
    """A mention that surely denotes a speaker: a pronoun, a role noun, an organisation, or a name
    with a known first name or role. A bare capitalised noun ("die Ausstellung") is not enough."""
    if mention.kind is not MentionKind.NAME:
        return True
    words = (mention.name or "").split()
    if len(words) == 1:
        return mention.role is not None or vocab.first_name_gender(words[0]) is not False
    return mention.role is not None or any(vocab.first_name_gender(w) is not False for w in words[:-1])


def _apposition_start(ann: Annotated, phrase: Phrase) -> int | None:
    for k in range(phrase.head + 1, phrase.end - 1):
        if ann.tokens[k].text == ",":
            return k + 1
    return None


def _is_name_token(ann: Annotated, k: int) -> bool:
    tok = ann.tokens[k]
    return tok.ent == "PER" or vocab.first_name_gender(tok.text) is not False


def _last_name_run(ann: Annotated, start: int, end: int) -> tuple[int, int] | None:
    """The last run of proper-name tokens in ``[start, end)``: ``Außenminister [Peter Vogel]``."""
    tokens = ann.tokens
    run_end = None
    k = end - 1
    while k >= start:
        tok = tokens[k]
        if _is_proper_name(ann, k):
            if run_end is None:
                run_end = k
        elif run_end is not None and not (tok.text.lower() in vocab.name_particles() and k > start):
            break
        k -= 1
    if run_end is None:
        return None
    first = k + 1
    while first < run_end and tokens[first].text.lower() in vocab.name_particles():
        first += 1
    return first, run_end


def _is_proper_name(ann: Annotated, k: int) -> bool:
    tok = ann.tokens[k]
    if ann.has_ner and tok.ent is not None:
        return tok.ent == "PER"
    if ann.has_pos and tok.pos is not None and tok.pos != "PROPN":
        return False
    kind = vocab.name_word(tok.text)
    if kind == "role":
        # "Tobias Reimann": after a first name, "-mann" is a surname, not a role
        return k > 0 and vocab.name_word(ann.tokens[k - 1].text) == "first" and not vocab.is_role_word(tok.text)
    return kind != "no"


# --------------------------------------------------------------------------- cue → mention


def mention_for_cue(ann: Annotated, cue: Cue) -> Mention | None:
    """The speaker mention governed by ``cue`` (its subject, or the X of `laut X`), if any."""
    phrase = phrase_for_cue(ann, cue)
    return None if phrase is None else mention_from_phrase(ann, phrase)


def phrase_for_cue(ann: Annotated, cue: Cue) -> Phrase | None:
    """The noun phrase that names who speaks at ``cue`` (see `mention_for_cue`)."""
    tokens = ann.tokens
    sent_start, sent_end = ann.sentences[cue.sentence]
    affiliation = vocab.word_class("affiliation_preposition")
    if cue.kind is CueKind.PARTICLE:
        if cue.position == "post":  # [X] zufolge
            return phrase_ending_at(ann, cue.tokens[0], sent_start)
        if cue.source == "subject":  # [Er] schloss mit den Worten
            subject = clause_subject(ann, sent_start, cue.tokens[0])
            return None if subject is None else _phrase_of(ann, subject)
        after = cue.tokens[-1] + 1
        if cue.source == "noun":  # nach [Angaben der Polizei]
            return noun_phrase(ann, after, sent_end)
        if after < sent_end and tokens[after].text.lower() in affiliation:
            after += 1  # laut Angaben von [X]
        return _subject_after(ann, after, sent_end)
    if cue.kind is CueKind.NOUN:
        after = cue.tokens[-1] + 1
        following = tokens[after].text if after < sent_end else ""
        if following in vocab.word_class("genitive_determiner"):  # die Erklärung [des Ministeriums]
            return noun_phrase(ann, after, sent_end)
        if following in affiliation:  # eine Erklärung von [X]
            return noun_phrase(ann, after + 1, sent_end)
        # "X ist der Ansicht, dass …": the subject of the clause, when it surely is a speaker
        subject = clause_subject(ann, sent_start, cue.tokens[0])
        if subject is None:
            return None
        if subject.kind is MentionKind.NAME and not is_person_like(subject) and not _starts_sentence_name(ann, subject, sent_start):
            return None
        return _phrase_of(ann, subject)
    if cue.kind is CueKind.COLON:
        return phrase_ending_at(ann, cue.tokens[0], sent_start)
    return _verb_subject(ann, cue, sent_start, sent_end)


def _starts_sentence_name(ann: Annotated, mention: Mention, sent_start: int) -> bool:
    """A bare name opening the sentence before a verb (``Müller ist der Ansicht``)."""
    return ann.tokens[sent_start].start == mention.start and vocab.name_word(mention.head) in ("name", "first")


def _phrase_of(ann: Annotated, mention: Mention) -> Phrase:
    span = ann.tokens_in(mention.start, mention.end)
    return Phrase(span.start, span.stop, span.stop - 1)


def _verb_subject(ann: Annotated, cue: Cue, sent_start: int, sent_end: int) -> Phrase | None:
    tokens = ann.tokens
    pivot = cue.head
    # "hat … gesagt", "wird … zitiert": the subject stands next to the finite auxiliary
    for k in range(pivot - 1, max(sent_start, pivot - 12) - 1, -1):
        text = tokens[k].text
        if text in (",", ";", ":") or vocab.is_quote_mark(text):
            break
        if text.lower() in vocab.auxiliaries():
            pivot = k
            break
    if cue.source == "object" and pivot == cue.head:
        # active "Die Zeitung zitierte [den Minister] mit den Worten": the object is the speaker
        after = _subject_after(ann, pivot + 1, sent_end)
        if after is not None:
            return after
    if pivot > sent_start and tokens[pivot - 1].text.lower() in vocab.word_class("coordinator"):
        # "X spricht von … und fordert …": the subject of the first conjunct
        subject = _coordinated_subject(ann, sent_start, pivot - 1)
        if subject is not None:
            return subject
    clause_start = pivot
    while clause_start > sent_start and not _is_clause_boundary(tokens[clause_start - 1].text):
        clause_start -= 1
    opener = tokens[clause_start].text.lower() if clause_start < pivot else ""
    if clause_start == pivot:
        inverted = True  # „…“, sagte er  /  Sagte er …
        if pivot > sent_start and tokens[pivot - 1].text == ",":
            # "Hans Muster, Sprecher des Amtes, sagte": a named apposition chain before the verb
            chain = phrase_ending_at(ann, pivot - 1, sent_start)
            if chain is not None and _is_named_phrase(ann, chain) and _starts_clause(ann, chain.start, sent_start):
                return chain
    elif opener in vocab.word_class("subordinator") and _verb_final(ann, cue, sent_end):  # wie der Minister mitteilte
        phrase = noun_phrase(ann, clause_start + 1, pivot)
        if phrase is not None:
            return phrase
        inverted = False
    else:
        before = phrase_ending_at(ann, pivot, sent_start)
        if before is not None and before.start == clause_start and _may_be_nominative(ann, before):
            if not _maybe_adverb(ann, before, sent_start):
                return before
            after = _subject_after(ann, pivot + 1, sent_end)  # "Zuversichtlich äußerte sich X"
            return after if after is not None and _may_be_nominative(ann, after) else before
        inverted = True  # In einem Interview sagte der Minister / Als Antwort sagte sie
    if inverted:
        phrase = _subject_after(ann, pivot + 1, sent_end)
        if phrase is not None and _is_expletive(ann, phrase):
            # "hieß es in der Erklärung / aus dem Ministerium": the source is the phrase after "es"
            source = _subject_after(ann, phrase.end + (ann.tokens[phrase.end].text.lower() in vocab.word_class("source_preposition") if phrase.end < sent_end else 0), sent_end)
            return source
        if phrase is not None and _may_be_nominative(ann, phrase):
            return phrase
    if clause_start < pivot or (pivot > sent_start and tokens[pivot - 1].text == ","):
        return phrase_ending_at(ann, pivot if clause_start < pivot else pivot - 1, sent_start)
    return None






def _is_expletive(ann: Annotated, phrase: Phrase) -> bool:
    return phrase.end - phrase.start == 1 and ann.tokens[phrase.start].text.lower() == "es"




def _may_be_nominative(ann: Annotated, phrase: Phrase) -> bool:
    """Whether a phrase can be a subject by its article: ``einen``/``dem``/``den``/``des`` are
    never nominative, and ``der`` before a feminine noun (``der Zeitung``) is dative/genitive."""
    first = ann.tokens[phrase.start].text.lower()
    if first in vocab.word_class("oblique_determiner"):
        return False
    if first == "der":
        head = ann.tokens[phrase.head].text
        info = vocab.role_noun(head) or vocab.organisation_noun(head)
        if info is not None and info.gender == "f":
            return False
    return True


def _verb_final(ann: Annotated, cue: Cue, sent_end: int) -> bool:
    """A subordinate clause ends with its verb (``wie der Minister mitteilte,``)."""
    after = cue.tokens[-1] + 1
    return after >= sent_end or _is_clause_boundary(ann.tokens[after].text) or ann.tokens[after].text in (".", "!", "?")


def _maybe_adverb(ann: Annotated, phrase: Phrase, sent_start: int) -> bool:
    """A lone capitalised word opening the sentence that no lexicon knows (``Demgegenüber``,
    ``Zuversichtlich``) is more likely an adverb or adjective than the subject."""
    return phrase.start == sent_start and phrase.end - phrase.start == 1 and vocab.name_word(ann.tokens[phrase.start].text) == "name"


def _is_named_phrase(ann: Annotated, phrase: Phrase) -> bool:
    return any(_is_proper_name(ann, k) for k in range(phrase.start, phrase.end))


def _starts_clause(ann: Annotated, i: int, sent_start: int) -> bool:
    return i == sent_start or _is_clause_boundary(ann.tokens[i - 1].text)


def _coordinated_subject(ann: Annotated, sent_start: int, end: int) -> Phrase | None:
    tokens = ann.tokens
    phrase = noun_phrase(ann, sent_start, end)
    if phrase is not None and phrase.end < end and tokens[phrase.end].text[:1].islower():
        return phrase
    return None


def _is_clause_boundary(text: str) -> bool:
    """Punctuation that ends a clause; parentheses do not (``Kristina Muster (CDU) sagte``)."""
    return text in (",", ";", ":", "–", "—") or vocab.is_quote_mark(text)


def _subject_after(ann: Annotated, i: int, limit: int) -> Phrase | None:
    """The subject after a verb, skipping adverbs and time phrases (``sagte am Montag der Minister``)."""
    tokens = ann.tokens
    adverbs = vocab.cue_adverbs()
    while i < limit:
        lower = tokens[i].text.lower()
        if lower in adverbs:
            i += 1
            continue
        if lower in vocab.word_class("time_preposition"):
            skip_to = _time_phrase_end(ann, i, limit)
            if skip_to is not None:
                i = skip_to
                continue
        break
    if i >= limit:
        return None
    return noun_phrase(ann, i, limit)


def _time_phrase_end(ann: Annotated, i: int, limit: int) -> int | None:
    for k in range(i + 1, min(limit, i + 5)):
        lower = ann.tokens[k].text.lower()
        if lower in vocab.time_nouns():
            return k + 1
        if vocab.is_punct(lower):
            return None
    return None


# --------------------------------------------------------------------------- quote → attribution


class _CueIndex:
    """Cues by head token and by sentence, so each quote looks only at nearby cues (linear time
    even with thousands of quotes)."""

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.by_head = {cue.head: cue for cue in cues}
        self.by_sentence: dict[int, list[Cue]] = {}
        for cue in cues:
            self.by_sentence.setdefault(cue.sentence, []).append(cue)
        self.verb_heads = sorted(cue.head for cue in cues if cue.kind is CueKind.VERB)

    def in_sentence(self, sentence: int) -> list[Cue]:
        return self.by_sentence.get(sentence, [])

    def verb_between(self, start: int, end: int, ignore: Cue | None) -> bool:
        """True when a verb cue other than ``ignore`` has its head in ``[start, end)``."""
        i = bisect.bisect_left(self.verb_heads, start)
        while i < len(self.verb_heads) and self.verb_heads[i] < end:
            if ignore is None or self.verb_heads[i] != ignore.head:
                return True
            i += 1
        return False


def attribute_direct(
    ann: Annotated, spans: Sequence[tuple[int, int]], cues: Sequence[Cue], *, headline_names: Sequence[tuple[int, int] | None] = ()
) -> list[Attribution | None]:
    """The attribution of each direct quote (char spans, text order); ``None`` when none is found.

    Tried in this order: a cue right after the quote (``„…“, sagte er``), a dash speaker
    (``„…“ – Innenminister X``), a colon or cue right before (``Er sagte: „…“``), a headline
    name (``X: „…“``), a cue elsewhere in the quote's sentence (a partial quote in reported
    speech), and finally the previous quote's speaker when the quote continues a turn.
    """
    cue_index = _CueIndex(cues)
    by_head = cue_index.by_head
    results: list[Attribution | None] = []
    previous: Attribution | None = None
    previous_end_token = -1
    for index, (start, end) in enumerate(spans):
        first = ann.token_at(start)
        after = ann.token_at(end)
        headline = headline_names[index] if index < len(headline_names) else None
        found = (
            _cue_after(ann, first, after, by_head)
            or _dash_after(ann, after)
            or _cue_before(ann, first, by_head)
            or _headline(ann, headline)
            or _cue_in_sentence(ann, first, after, cue_index)
        )
        if found is None and previous is not None and _continues(ann, previous_end_token, first, cue_index, previous.cue):
            found = attrs.evolve(previous, evidence="continuation", confidence=previous.confidence * 0.8)
        if found is None:
            found = _cue_in_previous_sentence(ann, first, cue_index)
        results.append(found)
        if found is not None:
            previous, previous_end_token = found, after
        elif not _inside_sentence(ann, first, after):
            previous = None
    return results


def _attribution(ann: Annotated, cue: Cue, where: str, frame: tuple[int, int] | None) -> Attribution | None:
    phrase = phrase_for_cue(ann, cue)
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None:
        return Attribution(None, cue, frame, f"{where}+no-speaker", 0.3)
    confidence = {MentionKind.NAME: 0.95, MentionKind.ROLE: 0.85, MentionKind.ORGANISATION: 0.85, MentionKind.PRONOUN: 0.8}[mention.kind]
    return Attribution(mention, cue, frame, f"{where}+{mention.kind.value}", confidence)


def _cue_after(ann: Annotated, first: int, after: int, by_head: dict[int, Cue]) -> Attribution | None:
    """``„…“, sagte er`` / ``„…“, so der Minister`` / ``„…“, der Minister sagte``: the cue opens the
    clause right after the quote, or follows a subject phrase that does."""
    tokens = ann.tokens
    i = after
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
    elif not _ends_with_clause_punctuation(ann, after):
        return None  # „falsch“ zurückgewiesen: the quote is the object of a verb-final clause
    if i >= len(tokens) or ann.paragraph_break_before(i):
        return None
    if tokens[i].text.lower() == "so" and i + 1 < len(tokens) and (i + 1) in by_head:
        i += 1  # „…“, so charakterisierte ihn der Minister
    cue = by_head.get(i)
    if cue is None and tokens[i].text.lower() in vocab.auxiliaries():
        cue = _participle_cue(ann, i, by_head)  # „…“, hatte der Minister erklärt
    if cue is None:
        phrase = noun_phrase(ann, i)
        cue = by_head.get(phrase.end) if phrase is not None else None
    if cue is None or cue.kind not in (CueKind.VERB, CueKind.PARTICLE):
        return None
    return _attribution(ann, cue, "cue-after", _frame_after(ann, after))


def _ends_with_clause_punctuation(ann: Annotated, after: int) -> bool:
    """``„Kommen Sie?“ fragte er`` / ``„Wir kommen,“ sagte sie``: the quote's own last sign
    closes the clause, so a cue may follow without a comma."""
    close = after - 1
    return close > 0 and ann.tokens[close - 1].text in (",", "!", "?")


def _participle_cue(ann: Annotated, aux: int, by_head: dict[int, Cue]) -> Cue | None:
    """The non-finite cue verb closing the clause an auxiliary opens (``hatte … erklärt``)."""
    tokens = ann.tokens
    for k in range(aux + 1, min(len(tokens), aux + 15)):
        if tokens[k].text in (",", ".", ";", ":", "!", "?") or vocab.is_quote_mark(tokens[k].text):
            return None
        cue = by_head.get(k)
        if cue is not None and cue.kind is CueKind.VERB:
            return cue
    return None


def _frame_after(ann: Annotated, after: int) -> tuple[int, int] | None:
    tokens = ann.tokens
    if after >= len(tokens):
        return None
    k = after
    while k < len(tokens) and tokens[k].text not in (".", "!", "?", ";") and not vocab.is_quote_mark(tokens[k].text):
        if k > after and ann.paragraph_break_before(k):
            break
        k += 1
    return (tokens[after].start, tokens[k - 1].end) if k > after else None


def _dash_after(ann: Annotated, after: int) -> Attribution | None:
    tokens = ann.tokens
    if after + 1 >= len(tokens) or tokens[after].text not in _DASHES:
        return None
    phrase = noun_phrase(ann, after + 1)
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None or mention.kind is MentionKind.PRONOUN:
        return None
    frame = (tokens[after].start, tokens[phrase.end - 1].end)
    return Attribution(mention, None, frame, f"dash+{mention.kind.value}", 0.8)


def _cue_before(ann: Annotated, first: int, by_head: dict[int, Cue]) -> Attribution | None:
    """``Er sagte: „…“`` / ``Vogel sagte, „…“`` / ``Der Diplomat:`` — the clause before the quote."""
    tokens = ann.tokens
    k = first - 1
    if k < 0 or tokens[k].text not in (":", ","):
        return None
    floor = _clause_floor(ann, k)
    frame = (tokens[floor].start, tokens[k].end)
    fallback: Attribution | None = None
    for j in range(k - 1, floor - 1, -1):
        cue = by_head.get(j)
        if cue is not None and cue.kind is CueKind.PARTICLE and cue.source == "subject":
            # "zitierte X mit den Worten:": the clause's verb knows its speaker better
            verb = next((by_head[i] for i in range(j - 1, floor - 1, -1) if i in by_head and by_head[i].kind is CueKind.VERB), None)
            cue = verb if verb is not None and verb.source == "object" else cue
        if cue is not None and cue.kind in (CueKind.VERB, CueKind.PARTICLE):
            found = _attribution(ann, cue, "cue-before", frame)
            if found is not None and found.mention is not None:
                return found
            fallback = fallback or found
    colon = by_head.get(k) if tokens[k].text == ":" else None
    if colon is not None:
        found = _attribution(ann, colon, "colon", frame)
        if found is not None and found.mention is not None:
            return found
        subject = clause_subject(ann, floor, k)
        if subject is not None:
            return Attribution(subject, fallback.cue if fallback else colon, frame, f"colon-subject+{subject.kind.value}", 0.6)
        named = _name_before(ann, k, floor)
        if named is not None:  # a headline "… Name: „…“" after other words on the line
            return Attribution(named, None, (ann.tokens[floor].start, tokens[k].end), "colon-name", 0.7)
    return fallback


def _name_before(ann: Annotated, colon: int, floor: int) -> Mention | None:
    """The proper name (one to three words) standing right before a colon."""
    start = colon
    while start > floor and colon - start < 3 and _is_proper_name(ann, start - 1):
        start -= 1
    if start == colon:
        return None
    return mention_from_phrase(ann, Phrase(start, colon, colon - 1))


def clause_subject(ann: Annotated, start: int, end: int) -> Mention | None:
    """The subject of a main clause ``[start, end)`` without knowing its verb: a phrase at the
    start followed by a lowercase word (``Er fuhr fort:``), or the phrase after the verb in
    second position (``Darin schreibt die Behörde:``)."""
    tokens = ann.tokens
    if start >= end:
        return None
    subject_pronouns = vocab.word_class("subject_pronoun")
    for k in range(start + 1, end):  # "Im Interview sagte sie", "lobte er": a pronoun after the verb
        if tokens[k].text in subject_pronouns and tokens[k - 1].text[:1].islower() and tokens[k - 1].text.isalpha():
            return mention_from_phrase(ann, Phrase(k, k + 1, k))
    phrase = noun_phrase(ann, start, end)
    if phrase is not None and phrase.end < end and tokens[phrase.end].text[:1].islower():
        mention = mention_from_phrase(ann, phrase)
        if mention is not None:
            return mention
    for k in range(start + 1, min(end, start + 6)):
        if tokens[k].text[:1].islower() and tokens[k].text.lower() not in vocab.function_words():
            inverted = _subject_after(ann, k + 1, end)
            return None if inverted is None else mention_from_phrase(ann, inverted)
    return None


def _clause_floor(ann: Annotated, k: int) -> int:
    """First token of the sentence ending at token ``k`` (the colon), not crossing a quote."""
    tokens = ann.tokens
    j = k - 1
    while j >= 0 and tokens[j].text not in (".", "!", "?") and not vocab.is_quote_mark(tokens[j].text):
        if ann.paragraph_break_before(j + 1) and j + 1 < k:
            return j + 1
        j -= 1
    return j + 1


def _headline(ann: Annotated, span: tuple[int, int] | None) -> Attribution | None:
    if span is None:
        return None
    tokens = ann.tokens
    indices = ann.tokens_in(*span)
    if not indices:
        return None
    phrase = noun_phrase(ann, indices.start, indices.stop)
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None:
        return None
    return Attribution(mention, None, (span[0], tokens[indices.stop - 1].end), f"headline+{mention.kind.value}", 0.85)


def _cue_in_sentence(ann: Annotated, first: int, after: int, index: _CueIndex) -> Attribution | None:
    """A quote inside a clause (``Er nannte die Lage „ernst“``): the nearest verb cue of its sentence."""
    if not _inside_sentence(ann, first, after):
        return None
    sentence = ann.tokens[first].sent
    best: Cue | None = None
    for cue in index.in_sentence(sentence):
        if cue.kind not in (CueKind.VERB, CueKind.PARTICLE):
            continue
        if first <= cue.head < after:
            continue
        if best is None or abs(cue.head - first) < abs(best.head - first):
            best = cue
    if best is not None:
        found = _attribution(ann, best, "cue-in-sentence", None)
        if found is not None and found.mention is not None:
            return attrs.evolve(found, confidence=found.confidence * 0.8)
    sent_start, _ = ann.sentences[sentence]
    if sent_start < first:
        subject = clause_subject(ann, sent_start, first)
        if subject is not None and is_person_like(subject):
            return Attribution(subject, None, None, f"sentence-subject+{subject.kind.value}", 0.5)
    return None


def _cue_in_previous_sentence(ann: Annotated, first: int, index: _CueIndex) -> Attribution | None:
    """A quote standing alone after a report (``X sagte, dass … . „…“``) continues that report:
    the last verb cue with a speaker in the two sentences before it."""
    sentence = ann.tokens[first].sent
    for previous in (sentence - 1, sentence - 2):
        for cue in reversed(index.in_sentence(previous)):
            if cue.kind not in (CueKind.VERB, CueKind.PARTICLE) or cue.head >= first:
                continue
            found = _attribution(ann, cue, "previous-sentence-cue", None)
            if found is not None and found.mention is not None:
                return attrs.evolve(found, confidence=found.confidence * 0.6)
    return None


def _inside_sentence(ann: Annotated, first: int, after: int) -> bool:
    """True when words of the same sentence stand right before or after the quote (it is
    embedded in a clause: ``die Lage sei „unter Kontrolle“``), not after a colon or sentence end."""
    tokens = ann.tokens
    before_word = first > 0 and not ann.paragraph_break_before(first) and tokens[first - 1].text not in (".", "!", "?", ":")
    after_word = (
        after < len(tokens)
        and not ann.paragraph_break_before(after)
        and tokens[after].sent == tokens[first].sent
        and tokens[after].text not in (".", "!", "?", ",", ";", ":")
    )
    return before_word or after_word


def _continues(ann: Annotated, previous_after: int, first: int, index: _CueIndex, own_cue: Cue | None) -> bool:
    """A quote with no cue continues the previous speaker's turn when nothing but quotes or
    short connecting text stands between them (at most two sentences, no other cue verb)."""
    if previous_after < 0 or first < previous_after:
        return False
    tokens = ann.tokens
    if first - previous_after > 40:
        return False
    sentences_between = tokens[first].sent - tokens[min(previous_after, len(tokens) - 1)].sent
    if sentences_between > 2:
        return False
    return not index.verb_between(previous_after, first, own_cue)
