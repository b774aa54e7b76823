"""Find the speaker mention of each direct quote: the subject of its cue, the phrase before a
colon, a headline name, a name after a dash, or the previous speaker when a quote continues a
turn.

The mention is the *words* at the cue (``er``, ``die Sprecherin des Ministeriums``), found by
`quotekit.mentions`; which person they denote is decided later by `quotekit.entities`. Every
decision is recorded as evidence (``cue-after+pronoun``) so a user can see why a speaker was
chosen — and when nothing fits, the speaker stays ``None`` rather than a guess.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from . import entity_words
from . import vocabulary as vocab
from .clauses import konjunktiv2_forms, konjunktiv_forms, relative_pronouns
from .cues import Cue, CueKind, may_be_nonfinite
from .document import Annotated
from .model import Medium
from .mentions import (
    DASHES,
    MAX_INSERT,
    Mention,
    MentionKind,
    clause_subject,
    insert_kind,
    inverted_subject,
    is_generic,
    is_impersonal,
    is_person_like,
    is_proper_name,
    mention_for_cue,
    mention_from_phrase,
    opinion_holder,
)
from .phrases import (
    ADJECTIVE_ENDINGS,
    Phrase,
    noun_phrase,
    phrase_ending_at,
    title_start_before,
)
from .statements import is_statement, own_account, statement_owner

__all__ = ["Attribution", "attribute_direct", "embedded", "reports_before"]


@attrs.frozen
class Attribution:
    """Who said a quote and how quotekit knows: mention, cue, frame span, evidence."""

    mention: Mention | None
    cue: Cue | None
    frame: tuple[int, int] | None
    evidence: str
    confidence: float


class _CueIndex:
    """Cues by head token and by sentence, so each quote looks only at nearby cues (linear time
    even with thousands of quotes)."""

    def __init__(self, cues: Sequence[Cue], ann: Annotated | None = None) -> None:
        self.by_head = {cue.head: cue for cue in cues}
        self.by_sentence: dict[int, list[Cue]] = {}
        for cue in cues:
            self.by_sentence.setdefault(cue.sentence, []).append(cue)
        # a verb in Konjunktiv I (``Der Plan gelte weiter``) goes on reporting the same
        # speaker, so it does not end a turn the way ``sagte der Minister`` does
        forms = konjunktiv_forms()
        self.verb_heads = sorted(
            cue.head
            for cue in cues
            if cue.kind is CueKind.VERB and not (cue.subjunctive or (ann is not None and ann.tokens[cue.head].text in forms))
        )

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
    ann: Annotated,
    spans: Sequence[tuple[int, int]],
    cues: Sequence[Cue],
    *,
    headline_names: Sequence[tuple[int, int] | None] = (),
    terms: Sequence[bool] = (),
) -> list[Attribution | None]:
    """The attribution of each direct quote (char spans, text order); ``None`` when none is found.

    Tried in this order: a cue right after the quote (``„…“, sagte er``), a dash speaker
    (``„…“ – Innenminister X``), a colon or cue right before (``Er sagte: „…“``), a headline
    name (``X: „…“``), a cue elsewhere in the quote's sentence (a partial quote in reported
    speech), a verb of saying in the next sentence opening with ``Das`` (``„…“. Das sagte X``),
    and finally the previous quote's speaker when the quote continues a turn, or the speaker of
    the sentence before for a partial quote in a Konjunktiv sentence. ``terms`` flags quoted
    names and terms: they never open a turn that later quotes continue.
    """
    cue_index = _CueIndex(cues, ann)
    by_head = cue_index.by_head
    quoted = _quotes_by_sentence(ann, [(ann.token_at(start), ann.token_at(end)) for start, end in spans])
    results: list[Attribution | None] = []
    previous: Attribution | None = None
    previous_end_token = -1
    for index, (start, end) in enumerate(spans):
        first = ann.token_at(start)
        after = ann.token_at(end)
        headline = headline_names[index] if index < len(headline_names) else None
        found = _owner_of_noun_before(ann, first, after, cues) or _cue_after(ann, first, after, by_head) or _dash_after(ann, after)
        if found is None:
            found = (
                _headline(ann, headline)  # "Kämmerer zu den Schulden: „…“": the label, not the clause before the colon
                or _cue_before(ann, first, by_head)
                or _cue_in_sentence(ann, first, after, cue_index, quoted)
            )
            found = _in_parentheses_after_name(ann, first, after, found) or found
        if found is None and not _inside_sentence(ann, first, after):
            found = _demonstrative_after(ann, after, cue_index)
        if found is None and not _inside_sentence(ann, first, after):
            found = _previous_sentence_subject(ann, first, previous_end_token, cue_index)
        embedded_title = _inside_sentence(ann, first, after) and _looks_like_title(ann, first, after)
        if found is None and previous is not None and not embedded_title and _continues(ann, previous_end_token, first, cue_index, previous.cue):
            found = attrs.evolve(previous, evidence="continuation", confidence=previous.confidence * 0.8)
        if found is None and not _inside_sentence(ann, first, after) and not _looks_like_title(ann, first, after):
            found = _cue_in_previous_sentence(ann, first, cue_index)
        if found is None and _inside_sentence(ann, first, after) and reports_before(ann, first):
            # "X warb für den Neubau. Teuer werde er, die Stadt könne sich „…“ nicht leisten":
            # a partial quote in a Konjunktiv sentence goes on with the speaker of the sentence before
            found = _cue_in_previous_sentence(ann, first, cue_index, reach=1, organisations=False)
        if found is not None and found.mention is not None and found.mention.start <= start and end <= found.mention.end:
            found = None  # „Ärzte für den Frieden“ inside "Die Organisation „Ärzte für den Frieden“": a name, not speech
        results.append(found)
        if found is not None and index < len(terms) and terms[index] and _inside_sentence(ann, first, after):
            continue  # a quoted name or term („Schülerkartei“) opens no turn that later quotes continue
        if found is not None:
            previous, previous_end_token = found, after
        elif not _inside_sentence(ann, first, after):
            previous = None
    return results


def _attribution(ann: Annotated, cue: Cue, where: str, frame: tuple[int, int] | None) -> Attribution | None:
    mention = mention_for_cue(ann, cue)
    if mention is None:
        return Attribution(None, cue, frame, f"{where}+no-speaker", 0.3)
    confidence = {MentionKind.NAME: 0.95, MentionKind.ROLE: 0.85, MentionKind.ORGANISATION: 0.85, MentionKind.PRONOUN: 0.8}[mention.kind]
    return Attribution(mention, cue, frame, f"{where}+{mention.kind.value}", confidence)


def _cue_after(ann: Annotated, first: int, after: int, by_head: dict[int, Cue]) -> Attribution | None:
    """``„…“, sagte er`` / ``„…“, so der Minister`` / ``„…“, der Minister sagte``: the cue opens the
    clause right after the quote, or follows a subject phrase that does."""
    tokens = ann.tokens
    i = after
    comma = i < len(tokens) and tokens[i].text == ","
    if comma:
        i += 1
    elif not (
        _ends_with_clause_punctuation(ann, after) or _full_stop_then_verb(ann, after, by_head) or _opens_sentence_then_verb(ann, first, after, by_head)
    ):
        return None  # „falsch“ zurückgewiesen: the quote is the object of a verb-final clause
    if i >= len(tokens) or ann.paragraph_break_before(i):
        return None
    if not comma and not tokens[i].text.islower():
        return None  # „Kommen Sie?“ Der Minister sagte …: a new sentence, not a cue of this quote
    if tokens[i].text.lower() == "so" and i + 1 < len(tokens) and (i + 1) in by_head:
        i += 1  # „…“, so charakterisierte ihn der Minister
    cue = by_head.get(i)
    if cue is None and tokens[i].text.lower() in vocab.auxiliaries():
        cue = _participle_cue(ann, i, by_head)  # „…“, hatte der Minister erklärt
    if cue is None and tokens[i].text.lower() in vocab.word_class("subordinator"):
        cue = _clause_final_cue(ann, i, by_head)  # „…“, wie der Minister sagte
    if cue is None and not embedded(ann, first):
        # „…“, der Minister sagte — but not after "X nannte die Lage „ernst“, Y sagte …", where
        # the quote belongs to the clause around it and the next clause has its own subject
        phrase = noun_phrase(ann, i)
        cue = by_head.get(phrase.end) if phrase is not None else None
    if cue is None:
        cue = _cue_after_phrase(ann, i, by_head)  # „…“, mit diesen Worten begrüßte sie die Gäste
    if cue is None or cue.kind not in (CueKind.VERB, CueKind.PARTICLE):
        return None
    if cue.kind is CueKind.VERB and _closes_leading_clause_of_saying(ann, first, by_head):
        return None  # "Während X erklärte, …, „…“, räumte Y ein": the quote ends X's clause, Y's verb opens the main one
    return _attribution(ann, cue, "cue-after", _frame_after(ann, after))


def _closes_leading_clause_of_saying(ann: Annotated, first: int, by_head: dict[int, Cue]) -> bool:
    """The quote at token ``first`` stands at the end of an adverbial clause that opens the
    sentence and has a verb of saying of its own (``Während X erklärte, …, „…“,``): the verb
    after the quote is the main clause's, with another subject."""
    tokens = ann.tokens
    start = ann.sentences[tokens[first].sent][0]
    opener = tokens[start].text.lower()
    if (
        first - start < 3
        or opener not in vocab.word_class("subordinator")
        or opener in vocab.word_class("report_subordinator")
        or opener in vocab.word_class("complement_subordinator")
    ):
        return False
    return any(k in by_head and by_head[k].kind is CueKind.VERB and _ends_clause(ann, by_head[k]) for k in range(start + 1, first))


def _ends_clause(ann: Annotated, cue: Cue) -> bool:
    """The cue verb closes its clause (perhaps with an auxiliary): ``Während X erklärte,`` (not
    ``Während des Treffens sagte X``, where ``während`` is a preposition)."""
    tokens = ann.tokens
    k = cue.tokens[-1] + 1
    if k < len(tokens) and tokens[k].text.lower() in vocab.auxiliaries():
        k += 1
    return k < len(tokens) and tokens[k].text in (",", ":")


def embedded(ann: Annotated, first: int) -> bool:
    """The quote opening at token ``first`` stands inside a clause: a word, not punctuation, right before it."""
    if first == 0 or ann.paragraph_break_before(first):
        return False
    before = ann.tokens[first - 1].text
    return not vocab.is_punct(before) and not vocab.is_quote_mark(before)


_MAX_LEADING_PHRASE = 6  # tokens of a prepositional phrase between a quote and its cue verb


def _cue_after_phrase(ann: Annotated, i: int, by_head: dict[int, Cue]) -> Cue | None:
    """A verb cue after a short prepositional phrase opening the clause (``mit diesen Worten
    begrüßte sie die Gäste``, ``in einer Erklärung hieß es``): the verb is the clause's second element."""
    tokens = ann.tokens
    if i >= len(tokens) or not tokens[i].text.islower() or tokens[i].text not in vocab.function_words():
        return None
    for k in range(i + 1, min(len(tokens), i + _MAX_LEADING_PHRASE + 1)):
        if vocab.is_punct(tokens[k].text) or vocab.is_quote_mark(tokens[k].text):
            return None
        cue = by_head.get(k)
        if cue is not None and cue.kind is CueKind.VERB:
            return cue if k - 1 > i else None
        if cue is not None and cue.kind is not CueKind.NOUN:
            return None
        if tokens[k].text.islower() and not (_is_phrase_word(tokens[k].text)):
            return None  # a lowercase word that is no article or adjective: the verb is no cue
    return None


def _is_phrase_word(word: str) -> bool:
    """Lowercase words inside a prepositional phrase: articles, determiners, adjectives."""
    return word in vocab.determiners() or word.endswith(ADJECTIVE_ENDINGS)


def _ends_with_clause_punctuation(ann: Annotated, after: int) -> bool:
    """``„Kommen Sie?“ fragte er`` / ``„Wir kommen,“ sagte sie``: the quote's own last sign
    closes the clause, so a cue may follow without a comma."""
    close = after - 1
    return close > 0 and ann.tokens[close - 1].text in (",", "!", "?")


def _full_stop_then_verb(ann: Annotated, after: int, by_head: dict[int, Cue]) -> bool:
    """``„Wir sind angekommen.“ erklärte die Ministerin`` / ``„…“ so das Urteil der Gruppe``: a
    quoted sentence with its own full stop, then directly a lowercase verb of saying or ``so``
    (a comma left out)."""
    close = after - 1
    return (
        close > 0
        and ann.tokens[close - 1].text == "."
        and after < len(ann.tokens)
        and ann.tokens[after].text.islower()
        and after in by_head
        and by_head[after].kind in (CueKind.VERB, CueKind.PARTICLE)
    )


def _opens_sentence_then_verb(ann: Annotated, first: int, after: int, by_head: dict[int, Cue]) -> bool:
    """``„Wir bleiben hart“ heißt es in der Mitteilung``: the quote fills the first position of its
    sentence and a verb of saying follows right after it (the comma left out), or the passive
    auxiliary of one (``„…“ wird der Trainer zitiert``)."""
    tokens = ann.tokens
    if after >= len(tokens) or not tokens[after].text.islower():
        return False
    cue = by_head.get(after)
    if cue is None and tokens[after].text in vocab.word_class("passive_auxiliary"):
        cue = _participle_cue(ann, after, by_head)  # „…“ wird der Trainer in der Zeitung zitiert
    if cue is None or cue.kind is not CueKind.VERB:
        return False
    return first == 0 or ann.paragraph_break_before(first) or tokens[first - 1].text in (".", "!", "?", ":")


_MAX_SUBORDINATE = 12  # tokens of a "wie …"-clause after a quote


def _clause_final_cue(ann: Annotated, opener: int, by_head: dict[int, Cue]) -> Cue | None:
    """The verb cue closing the subordinate clause that ``opener`` opens (``wie X sagte``)."""
    tokens = ann.tokens
    found = None
    for k in range(opener + 1, min(len(tokens), opener + _MAX_SUBORDINATE)):
        text = tokens[k].text
        if text in (",", ".", ";", ":", "!", "?") or vocab.is_quote_mark(text):
            break
        cue = by_head.get(k)
        if cue is not None and cue.kind is CueKind.VERB:
            found = cue
    return found


def _participle_cue(ann: Annotated, aux: int, by_head: dict[int, Cue]) -> Cue | None:
    """The non-finite cue verb closing the clause an auxiliary opens (``hatte … erklärt``)."""
    tokens = ann.tokens
    k = aux + 1
    while k < min(len(tokens), aux + 15):
        if vocab.is_quote_mark(tokens[k].text) and (close := _quoted_name_end(ann, k)) is not None:
            k = close + 1  # „…“, wird der Trainer in der „Rundschau“ zitiert: a newspaper's name
            continue
        if tokens[k].text in (",", ".", ";", ":", "!", "?") or vocab.is_quote_mark(tokens[k].text):
            return None
        cue = by_head.get(k)
        if cue is not None and cue.kind is CueKind.VERB:
            return cue
        k += 1
    return None


_MAX_QUOTED_NAME = 5  # tokens inside a quoted name (a newspaper, a programme) within a clause


def _quoted_name_end(ann: Annotated, opening: int) -> int | None:
    """When token ``opening`` opens a short quoted name after a word (``in der „Rundschau“``, ``im
    Fachblatt „Sport heute“``), the index of its closing mark; else None."""
    tokens = ann.tokens
    if opening == 0 or opening + 1 >= len(tokens) or not tokens[opening - 1].text.isalpha() or not tokens[opening + 1].text[:1].isupper():
        return None
    for k in range(opening + 1, min(len(tokens), opening + _MAX_QUOTED_NAME + 2)):
        if vocab.is_quote_mark(tokens[k].text):
            return k if k > opening + 1 else None
        if vocab.is_punct(tokens[k].text):
            return None
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
    if after + 1 >= len(tokens) or tokens[after].text not in DASHES:
        return None
    phrase = noun_phrase(ann, after + 1)
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None or mention.kind is MentionKind.PRONOUN:
        return None
    frame = (tokens[after].start, tokens[phrase.end - 1].end)
    return Attribution(mention, None, frame, f"dash+{mention.kind.value}", 0.8)


def _owner_of_noun_before(ann: Annotated, first: int, after: int, cues: Sequence[Cue]) -> Attribution | None:
    """``Auf den Vorwurf der Opposition, es handele sich um einen „…“, entgegnete die Ministerin``:
    a noun of speech with its owner (genitive or ``von``) closes the sentence's first clause and a
    Konjunktiv clause after it spells out what the owner said — up to the verb of saying of the
    main clause, whose subject answers."""
    tokens = ann.tokens
    start, end = ann.sentences[tokens[first].sent]
    comma = next((k for k in range(start, first) if tokens[k].text == ","), None)
    if comma is None or not any(tokens[k].text in konjunktiv_forms() for k in range(comma + 1, first)):
        return None
    if not any(c.kind is CueKind.VERB and c.sentence == tokens[first].sent and c.head >= after for c in cues):
        return None  # the report of the noun's owner is only told apart from a verb of saying after it
    for cue in cues:
        if cue.kind is not CueKind.NOUN or not start <= cue.head < comma:
            continue
        owner_at = cue.tokens[-1] + 1
        word = tokens[owner_at].text if owner_at < comma else ""
        if word in vocab.word_class("affiliation_preposition"):
            owner_at += 1
        elif word not in vocab.word_class("genitive_determiner"):
            continue
        phrase = noun_phrase(ann, owner_at, comma)
        mention = None if phrase is None or phrase.end != comma else mention_from_phrase(ann, phrase)
        if mention is not None and mention.kind is not MentionKind.PRONOUN:
            # the noun names what was said, not how: no cue, and the medium stays the default speech
            return Attribution(mention, None, (tokens[start].start, tokens[comma - 1].end), f"noun-owner+{mention.kind.value}", 0.7)
    return None


def _in_parentheses_after_name(ann: Annotated, first: int, after: int, other: Attribution | None) -> Attribution | None:
    """``Vereinschef Jonas Keller („Das ist ein großer Tag.“) zeigte sich erleichtert``: a quote
    that fills a parenthesis right after a person names what that person said. A cue the
    sentence has (``gratulierten, so X („…“)``) stays the cue, and its clause the frame."""
    tokens = ann.tokens
    opening = first - 1
    if opening < 1 or after >= len(tokens) or tokens[opening].text != "(" or tokens[after].text != ")":
        return None
    sent_start = ann.sentences[tokens[first].sent][0]
    floor = opening - 1
    while floor > sent_start and not vocab.is_punct(tokens[floor - 1].text) and not vocab.is_quote_mark(tokens[floor - 1].text):
        floor -= 1
    phrase = phrase_ending_at(ann, opening, floor)
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None or mention.kind is MentionKind.PRONOUN or not (is_person_like(mention) or mention.kind is MentionKind.ORGANISATION):
        return None
    if other is not None and other.cue is not None:
        return Attribution(mention, other.cue, other.frame, f"parenthesis+{mention.kind.value}", 0.8)
    return Attribution(mention, None, (tokens[phrase.start].start, tokens[phrase.end - 1].end), f"parenthesis+{mention.kind.value}", 0.8)


def _thing_before_colon(ann: Annotated, mention: Mention) -> bool:
    """``gab der Experte aber Entwarnung:``, ``mahnte aber bessere Ausrüstung an:``: a bare noun
    (no article, adjectives at most) with a common noun's ending right before the colon is the
    object of the clause, not who speaks (its subject stands elsewhere; ``Seine Meinung zu X:``
    is a label of its own)."""
    words = ann.text[mention.start : mention.end].split()
    return (
        mention.kind is MentionKind.NAME
        and words[-1] == mention.head
        and all(word.islower() and word not in vocab.determiners() for word in words[:-1])
        and entity_words.common_noun(mention.head)
    )


def _cue_before(ann: Annotated, first: int, by_head: dict[int, Cue]) -> Attribution | None:
    """``Er sagte: „…“`` / ``Vogel sagte, „…“`` / ``Der Diplomat:`` — the clause before the quote."""
    tokens = ann.tokens
    k = first - 1
    if k < 0 or tokens[k].text not in (":", ","):
        return None
    if tokens[k].text == "," and _opens_relative_clause(ann, first):
        return None  # "… eine Person findet, „die die Stadt führen könnte“": the quote describes a noun
    floor = _clause_floor(ann, k)
    frame = (tokens[floor].start, tokens[k].end)
    fallback: Attribution | None = None
    # verbs first: in "sagte die Ministerin Teilnehmern zufolge:" the verb's subject speaks
    heads = [j for j in range(k - 1, floor - 1, -1) if j in by_head and not _attributive_participle(ann, by_head[j])]
    heads.sort(key=lambda j: by_head[j].kind is CueKind.PARTICLE and by_head[j].source != "subject")
    for j in heads:
        cue = by_head.get(j)
        if cue is not None and cue.kind is CueKind.PARTICLE and cue.source == "subject":
            # "zitierte X mit den Worten:": the clause's verb knows its speaker better
            verb = next((by_head[i] for i in range(j - 1, floor - 1, -1) if i in by_head and by_head[i].kind is CueKind.VERB), None)
            cue = verb if verb is not None and verb.source == "object" else cue
        if cue is not None and cue.kind in (CueKind.VERB, CueKind.PARTICLE):
            found = _attribution(ann, cue, "cue-before", frame)
            if found is not None and found.mention is not None and _reported_thing(ann, cue, found.mention):
                continue  # "Die Auswertung zeige, „…“": a report of what a thing shows, in someone else's words
            if found is not None and found.mention is not None and tokens[k].text == ":" and _thing_before_colon(ann, found.mention):
                continue  # "Klee widersprach nicht, mahnte aber bessere Ausrüstung an:": the object, not who speaks
            if found is not None and found.mention is not None and is_impersonal(found.mention) and tokens[k].text == ":" and cue.medium is not Medium.SPEECH:
                # "mahnte er, niemand solle Wunder erwarten:": who speaks is before the report (but
                # "jemand habe ihm gesagt:" is the words of that someone)
                fallback = fallback or found
                continue
            if found is not None and found.mention is not None:
                return found
            fallback = fallback or found
    colon = by_head.get(k) if tokens[k].text == ":" else None
    if colon is not None:
        found = _attribution(ann, colon, "colon", frame)
        if found is not None and found.mention is not None and not _thing_before_colon(ann, found.mention):
            return found
        subject = None if _reported_clause(ann, floor, k) else clause_subject(ann, floor, k)
        if subject is not None and not _surely_one_person(subject, organisations=True, ann=ann):
            person = _person_in_clause(ann, floor, k)
            if person is not None and not _heads_phrase(ann, person, subject):
                subject = person
            elif ann.tokens[floor].text.lower() in vocab.word_class("possessive_determiner") and not _kin_after(ann, floor):
                return fallback  # "Seine Ruhe hat einen Grund:": the speaker before goes on (not "Ihr Mann nickte:")
        if subject is not None and not is_impersonal(subject):
            return Attribution(subject, fallback.cue if fallback else colon, frame, f"colon-subject+{subject.kind.value}", 0.6)
        named = _name_before(ann, k, floor)
        if named is not None:  # a headline "… Name: „…“" after other words on the line
            return Attribution(named, None, (ann.tokens[floor].start, tokens[k].end), "colon-name", 0.7)
    return fallback


def _opens_relative_clause(ann: Annotated, first: int) -> bool:
    """The quote opening at token ``first`` starts with a relative pronoun: ``der``/``die`` …
    followed by an article, a personal or a reflexive pronoun (``„die die Stadt …“``, ``„der
    sich …“``, ``„die wir …“``), which an article before its noun never is."""
    tokens = ann.tokens
    k = first + 1 if first < len(tokens) and vocab.is_quote_mark(tokens[first].text) else first
    if k + 1 >= len(tokens) or tokens[k].text not in relative_pronouns():
        return False
    following = tokens[k + 1].text
    return following in vocab.determiners() or following in vocab.word_class("subject_pronoun") or following in vocab.word_class("reflexive_pronoun")


def _person_in_clause(ann: Annotated, start: int, end: int) -> Mention | None:
    """A person named in a colon clause whose subject is a thing: the subject after the verb
    (``Den Vorwurf nennt Meier absurd:``) when it is a known person, else the first full name
    in the clause (``Die Bilanz von Sandra Kolb fällt gut aus:``)."""
    inverted = inverted_subject(ann, start, end)
    if inverted is not None and inverted.kind is not MentionKind.PRONOUN and _surely_one_person(inverted, ann=ann):
        return inverted
    tokens = ann.tokens
    for j in range(start, end - 1):
        if vocab.first_name_gender(tokens[j].text) is not False and tokens[j + 1].text[:1].isupper():
            phrase = noun_phrase(ann, j, end)
            mention = None if phrase is None else mention_from_phrase(ann, phrase)
            if mention is not None and mention.kind is MentionKind.NAME and is_person_like(mention):
                return mention
    return None


def _kin_after(ann: Annotated, k: int) -> bool:
    """A relation noun follows the possessive at ``k`` (``Ihr Mann``, ``Seine Tochter``)."""
    return k + 1 < len(ann.tokens) and ann.tokens[k + 1].text.lower() in entity_words.of_class("relation_noun")


def _heads_phrase(ann: Annotated, person: Mention, phrase: Mention) -> bool:
    """``person`` ends ``phrase`` as its head (``ihr Referent Tom Weber``), not inside
    an attribute of another noun (``Die Bilanz von Sandra Kolb``)."""
    if not (phrase.start <= person.start and person.end == phrase.end):
        return False
    attributes = vocab.word_class("affiliation_preposition") | vocab.word_class("genitive_determiner")
    return not any(word.lower() in attributes for word in ann.text[phrase.start : person.start].split())


def _attributive_participle(ann: Annotated, cue: Cue) -> bool:
    """A verb form used as an adjective before its noun (``gegen die ihrer Ansicht nach üblichen
    Ausreden``): after an article or preposition, with an adjective ending, before a noun."""
    if cue.kind is not CueKind.VERB or len(cue.tokens) > 1:
        return False
    tokens = ann.tokens
    i = cue.head
    if i == 0 or i + 1 >= len(tokens):
        return False
    j = i + 1
    while j + 1 < len(tokens) and j - i <= 3 and tokens[j].text.islower() and tokens[j].text.endswith(ADJECTIVE_ENDINGS):
        j += 1  # die üblichen [bequemen] Ausreden
    word, before, after = tokens[i].text, tokens[i - 1].text, tokens[j].text
    return (
        word.islower()
        and word.endswith(ADJECTIVE_ENDINGS)
        and (before.lower() in vocab.determiners() or before in vocab.function_words())
        and after[:1].isupper()
        and after.isalpha()
        and not vocab.pronoun(after)
        and vocab.first_name_gender(after) is False
    )


def _reported_thing(ann: Annotated, cue: Cue, mention: Mention) -> bool:
    """The cue verb is in Konjunktiv I and its subject is a thing, not a person (``Die Auswertung
    zeige, „dass …“``): the sentence reports what someone said about it."""
    return (
        cue.kind is CueKind.VERB
        and ann.tokens[cue.head].text in konjunktiv_forms()
        and mention.kind is MentionKind.NAME
        and not is_person_like(mention)
    )


def _reported_clause(ann: Annotated, start: int, end: int) -> bool:
    """The clause ``[start, end)`` has a Konjunktiv I verb (``Die Pflichten seien klar
    festgelegt:``): it reports someone else's words, so its subject is what is reported on,
    not who speaks after the colon."""
    forms = konjunktiv_forms()
    subordinate = False  # a Konjunktiv inside "…, dass dies nicht angestrebt werde, …" reports for the main clause's subject
    for k in range(start, end):
        text = ann.tokens[k].text
        if k == start or ann.tokens[k - 1].text == ",":
            subordinate = text.lower() in vocab.word_class("subordinator") or text in relative_pronouns()
        if text in forms and not subordinate:
            return True
    return False


def _name_before(ann: Annotated, colon: int, floor: int) -> Mention | None:
    """The proper name (one to three words) standing right before a colon."""
    start = colon
    while start > floor and colon - start < 3 and is_proper_name(ann, start - 1):
        start -= 1
    if start == colon:
        return None
    if start > floor and ann.tokens[start - 1].text.islower() and ann.tokens[start - 1].text.endswith(ADJECTIVE_ENDINGS):
        return None  # "mit folgenden Worten:": an adjective makes the word a common noun
    return mention_from_phrase(ann, Phrase(start, colon, colon - 1))


def _clause_floor(ann: Annotated, k: int) -> int:
    """First token of the sentence ending at token ``k`` (the colon), not crossing a quote."""
    tokens = ann.tokens
    j = k - 1
    while j >= 0 and tokens[j].text not in (".", "!", "?"):
        if vocab.is_quote_mark(tokens[j].text):
            title = title_start_before(ann, j, 0)
            if title is None:
                title = _name_after_preposition(ann, j)
            if title is None:
                break
            j = title  # "auf der Seite von „Nordstrom“:": a quoted name, the clause goes on before it
        if ann.paragraph_break_before(j + 1) and j + 1 < k:
            return j + 1
        j -= 1
    return j + 1


def _name_after_preposition(ann: Annotated, close: int) -> int | None:
    """``in der Meldung von „Nordstrom“``, ``von „nova energie“``: the opening mark of a short
    quoted phrase (up to three words) that token ``close`` closes right after a preposition of
    source or affiliation (``von``, ``bei``, ``aus``): the phrase is the preposition's object,
    so the clause goes on before it; else None."""
    tokens = ann.tokens
    for k in range(close - 2, max(0, close - 5), -1):
        if vocab.is_quote_mark(tokens[k].text):
            prepositions = vocab.word_class("affiliation_preposition") | vocab.word_class("source_preposition")
            return k if tokens[k - 1].text.lower() in prepositions else None
        if vocab.is_punct(tokens[k].text):
            return None
    return None


def _headline(ann: Annotated, span: tuple[int, int] | None) -> Attribution | None:
    if span is None:
        return None
    tokens = ann.tokens
    indices = ann.tokens_in(*span)
    if not indices:
        return None
    phrase = noun_phrase(ann, indices.start, indices.stop)
    if phrase is None or phrase.end < indices.stop:
        return None  # "Minister zu Guttenberg:": the label is more than one noun phrase
    mention = mention_from_phrase(ann, phrase)
    if mention is None:
        return None
    return Attribution(mention, None, (span[0], tokens[indices.stop - 1].end), f"headline+{mention.kind.value}", 0.85)


def _quotes_by_sentence(ann: Annotated, quoted: Sequence[tuple[int, int]]) -> dict[int, list[tuple[int, int]]]:
    """The quotations (token spans) that reach into each sentence: a quote's sentence looks only
    at its own (all quotes for every quote would cost the square of their number)."""
    by_sentence: dict[int, list[tuple[int, int]]] = {}
    tokens = ann.tokens
    for a, b in quoted:
        if a >= len(tokens):
            continue
        for sentence in range(tokens[a].sent, tokens[min(b, len(tokens)) - 1].sent + 1):
            by_sentence.setdefault(sentence, []).append((a, b))
    return by_sentence


def _cue_in_sentence(
    ann: Annotated, first: int, after: int, index: _CueIndex, quoted: dict[int, list[tuple[int, int]]] | None = None
) -> Attribution | None:
    """A quote inside a clause (``Er nannte die Lage „ernst“``): the nearest verb cue of its
    sentence, not one inside another quote (``„Ich rechne damit …“ und „…“``: the quoted
    speaker's own words), given as token spans by sentence in ``quoted``."""
    if not _inside_sentence(ann, first, after):
        return None
    sentence = ann.tokens[first].sent
    others = [(a, b) for a, b in (quoted or {}).get(sentence, ()) if not (a <= first and after <= b)]
    candidates = [
        cue
        for cue in index.in_sentence(sentence)
        if cue.kind in (CueKind.VERB, CueKind.PARTICLE)
        and not first <= cue.head < after
        and not any(a <= cue.head < b for a, b in others)
        and not _in_other_relative_clause(ann, cue.head, first)
        and not _in_later_adverbial_clause(ann, cue.head, after)
    ]
    # the nearest verb first: in "X nannte sie unter Berufung auf Y „gefährlich“" X speaks; a verb
    # after the quote that opens a predicate of its own ("nannte es „Unsinn“ und kündigte an") comes last
    candidates.sort(
        key=lambda cue: (
            cue.kind is CueKind.PARTICLE and cue.source != "subject",
            _in_next_predicate(ann, after, cue.head),
            abs(cue.head - first),
        )
    )
    for cue in candidates[:2]:
        if cue.kind is CueKind.PARTICLE and cue.source == "subject":
            # "Die Zeitung zitiert den Prediger mit den Worten „…“": the quoting verb's object speaks
            quoting = [c for c in candidates if c.kind is CueKind.VERB and c.source == "object" and c.head < cue.head]
            cue = max(quoting, key=lambda c: c.head) if quoting else cue
        found = _attribution(ann, cue, "cue-in-sentence", None)
        if found is not None and found.mention is not None and _reported_thing(ann, cue, found.mention):
            return None  # "Die Auswertung zeige, „…“": someone else's report; the turn before goes on
        if found is not None and found.mention is not None:
            return attrs.evolve(found, confidence=found.confidence * 0.8)
    sent_start, _ = ann.sentences[sentence]
    holder = _opinion_holder(ann, sent_start, first)
    if holder is not None:
        return Attribution(holder, None, None, f"sentence-subject+{holder.kind.value}", 0.5)
    if sent_start < first and not _looks_like_title(ann, first, after) and not _states_or_passive(ann, sent_start, first):
        subject = clause_subject(ann, sent_start, first)
        # (not "Jeder Schüler könne „…“": a phrase naming everyone is no speaker; the report before goes on)
        if subject is not None and is_person_like(subject) and not is_impersonal(subject) and not is_generic(ann, subject):
            return Attribution(subject, None, None, f"sentence-subject+{subject.kind.value}", 0.5)
    return None


def _in_next_predicate(ann: Annotated, after: int, head: int) -> bool:
    """A verb after the quote with a coordinating conjunction between them heads a predicate of
    its own (``nannte es „Unsinn“ und kündigte an``): the quote belongs to the verb before it. A
    comma alone does not part them: ``Der Plan, jede „Propaganda“ zu tilgen, sah vor``."""
    joins = vocab.word_class("coordinator")
    return head >= after and any(ann.tokens[i].text.lower() in joins for i in range(after, head))


def _states_or_passive(ann: Annotated, start: int, end: int) -> bool:
    """Words ``[start, end)`` hold a copula, ``gelten`` or a form of ``werden`` (``Er galt als
    „…“``, ``Sie war „die Stimme der Stadt“``, ``Er wurde wegen „…“ angezeigt``): the sentence
    says what someone is or what was done to them, so its subject is not who speaks the quote."""
    words = vocab.word_class("copula") | vocab.word_class("state_verb")
    return any(ann.tokens[k].text.lower() in words for k in range(start, end))


def _looks_like_title(ann: Annotated, first: int, after: int) -> bool:
    """A quoted name or title (``„Kinder in Not brauchen Hilfe“``, ``„Preis für mutige Bürger“``):
    it opens with a capitalised word and is no complete sentence (no final punctuation inside)."""
    tokens = ann.tokens
    opening = first + 1
    if opening >= after - 1:
        return False
    word = tokens[opening].text
    if after - opening == 2 and "." in word.strip(".") and " " not in word:
        return True  # a web address: „beispiel.de“
    starts_like_name = word[:1].isupper() or word[:1].isdigit()
    return starts_like_name and tokens[after - 2].text not in (".", "!", "?", "…") and not vocab.pronoun(word)


def _in_other_relative_clause(ann: Annotated, head: int, first: int) -> bool:
    """The cue at ``head`` stands in a relative clause (``…, der zum Streik aufgerufen hatte, …``)
    that does not hold the quote at ``first``: it speaks for someone else."""
    tokens = ann.tokens
    start = head
    while start > 0 and head - start < MAX_INSERT and tokens[start - 1].text != ",":
        if tokens[start - 1].text in (".", "!", "?", ";", ":"):
            return False
        start -= 1
    if start == 0 or tokens[start - 1].text != ",":
        return False
    end = head
    while end < len(tokens) and end - head < MAX_INSERT and tokens[end].text not in (",", ".", "!", "?", ";", ":"):
        end += 1
    if start <= first < end:
        return False
    return insert_kind(ann, start, end) == "relative"


def _in_later_adverbial_clause(ann: Annotated, head: int, after: int) -> bool:
    """The cue at ``head`` stands in an adverbial clause that opens after the quote ending before
    token ``after`` (``Sie würde ihm „persönlich“ helfen, zumal der Anwalt betont hatte, …``):
    it gives a reason or a condition with a speaker of its own (not ``wie der Minister sagte``)."""
    tokens = ann.tokens
    start = head
    while start > after and head - start < MAX_INSERT and tokens[start - 1].text != ",":
        start -= 1
    if start <= after or tokens[start - 1].text != ",":
        return False
    opener = tokens[start].text.lower()
    return (
        opener in vocab.word_class("subordinator")
        and opener not in vocab.word_class("report_subordinator")
        and opener not in vocab.word_class("complement_subordinator")
    )


def _opinion_holder(ann: Annotated, sent_start: int, first: int) -> Mention | None:
    """``Für den Minister ist die Lage „ernst“``: the person whose view the sentence states."""
    mention = opinion_holder(ann, sent_start, first)
    return mention if mention is not None and _surely_one_person(mention) else None


def reports_before(ann: Annotated, first: int) -> bool:
    """The sentence of the quote at token ``first`` has a Konjunktiv I verb before the quote."""
    forms = konjunktiv_forms()
    start = ann.sentences[ann.tokens[first].sent][0]
    return any(ann.tokens[k].text in forms for k in range(start, first))


def _cue_in_previous_sentence(
    ann: Annotated, first: int, index: _CueIndex, reach: int = 2, organisations: bool = True
) -> Attribution | None:
    """A quote standing alone after a report (``X sagte, dass … . „…“``) continues that report:
    the last verb cue with a speaker in the ``reach`` sentences before it."""
    sentence = ann.tokens[first].sent
    forms = konjunktiv_forms()
    reported_body: Attribution | None = None  # a body's verb inside a report, if no one reported it
    for previous in range(sentence - 1, sentence - 1 - reach, -1):
        cues = index.in_sentence(previous)
        for n, cue in reversed(list(enumerate(cues))):
            if cue.head >= first or not (cue.kind in (CueKind.VERB, CueKind.PARTICLE) or _noun_with_clause(ann, cue)):
                continue
            if any(
                earlier.kind is CueKind.VERB
                and earlier.finite
                and _opens_main_clause(ann, earlier)
                and earlier.tokens[-1] + 1 < cue.head
                and ann.tokens[earlier.tokens[-1] + 1].text == ","
                and _konjunktiv_in_own_clause(ann, cue, earlier.tokens[-1] + 2)
                for earlier in cues[:n]
            ):
                continue  # "X ergänzte, das Amt habe … festgestellt": a verb inside what X reported
            found = _attribution(ann, cue, "previous-sentence-cue", None)
            if reported_body is None and found is not None and found.mention is not None and _a_body(found.mention) and _governed_by_konjunktiv(ann, cue):
                # "…, sagte er. Der Kreis werde nun neu planen. „…“": a body's verb inside his report
                # is what he spoke of (but a person's is a report in the report: "Laut Polizei habe
                # ein Zeuge den Täter beschrieben. „…“" is the witness's), when a sentence before
                # has the one who reported it (not a source earlier in its own sentence: "Nach
                # Angaben von Anwohnern habe die Stadtverwaltung ein Schreiben verschickt. „…“")
                reported_body = found
                break
            # ("der Mann" only in a frame after what he said: "Er sei langsam gefahren, sagte der
            # Mann. „…“", not "Der Mann fragte nach Zigaretten. „…“" told by a witness)
            framed = not cue.reported and cue.head > 0 and ann.texts[cue.head - 1] == ","
            if found is not None and found.mention is not None and _surely_one_person(_owner_of_view(ann, found.mention), organisations=organisations, ann=ann, anyone=framed):
                return attrs.evolve(found, confidence=found.confidence * 0.6)
    if reported_body is not None and organisations and reported_body.mention.kind is MentionKind.ORGANISATION:
        return attrs.evolve(reported_body, confidence=reported_body.confidence * 0.6)
    return None


def _a_body(mention: Mention) -> bool:
    """An organisation, or a council that names its members too (``der Stadtrat``)."""
    return mention.kind is MentionKind.ORGANISATION or (mention.kind is MentionKind.ROLE and vocab.organisation_noun(mention.head) is not None)


def _governed_by_konjunktiv(ann: Annotated, cue: Cue) -> bool:
    """A cue verb that is an infinitive after a Konjunktiv I auxiliary of the future or a modal
    in its clause (``Der Kreis werde nun neu planen``, ``Die Stadt wolle prüfen``): what the body
    will do, as someone else reported it; its subject is part of the report, not a speaker. (Not
    a participle after ``habe``: ``Der Mieterverein habe die Pläne kritisiert. „…“`` tells the
    body's own words, which the quotation gives; nor the Konjunktiv II of a wish: ``Eine Mutter
    hätte sich mehr Information gewünscht``.)"""
    if cue.kind is not CueKind.VERB or (cue.finite and not may_be_nonfinite(ann.tokens[cue.head].text.lower())):
        return False
    start = ann.sentences[ann.tokens[cue.head].sent][0]
    clause = cue.head
    while clause > start and ann.texts[clause - 1] != ",":
        clause -= 1
    # (a past act in a later clause is part of the report too: "Man habe gebeten, doch der Verbund
    # habe auf dem Termin bestanden")
    perfect = frozenset() if clause > start else vocab.word_class("perfect_konjunktiv")
    return _konjunktiv_in_own_clause(ann, cue, start, konjunktiv_forms() - konjunktiv2_forms() - perfect)


def _konjunktiv_in_own_clause(ann: Annotated, cue: Cue, start: int, forms: frozenset[str] | None = None) -> bool:
    """A Konjunktiv form (of ``forms``, by default all) stands between the comma before ``cue``
    (at or after ``start``) and the cue: ``das Amt habe … festgestellt`` is reported, ``…, aber
    Kapitän X widersprach`` is not."""
    forms = konjunktiv_forms() if forms is None else forms
    k = cue.head - 1
    while k >= start and ann.tokens[k].text != ",":
        if ann.tokens[k].text in forms:
            return True
        k -= 1
    return False


def _opens_main_clause(ann: Annotated, cue: Cue) -> bool:
    """The verb of saying is the finite verb of its sentence's main clause, right after the
    subject (``Eckhoff ergänzte, …``): no comma, Konjunktiv form or subordinator up to it, within
    a few words of the sentence start, and no modal verb opening the sentence (``Sollte das
    Management ablehnen, …``). The clause after its comma is then what was said."""
    start = ann.sentences[ann.tokens[cue.head].sent][0]
    forms = konjunktiv_forms()
    return (
        cue.head - start <= _SUBJECT_WORDS
        and ann.tokens[start].text.lower() not in konjunktiv2_forms() | vocab.word_class("conditional_opener")
        and all(
            ann.tokens[k].text != "," and ann.tokens[k].text not in forms and ann.tokens[k].text.lower() not in vocab.word_class("subordinator")
            for k in range(start, cue.head + 1)
        )
    )


_SUBJECT_WORDS = 6  # words before the verb of a main clause that opens with its subject
def _noun_with_clause(ann: Annotated, cue: Cue) -> bool:
    """A cue noun whose ``dass`` clause says what was said (``sei er zu dem Schluss gekommen,
    dass …``): it reports like a verb, so a quote standing alone after it goes on with it. A noun
    without its clause only names a source (``die Empfehlung von X``), which the next sentence's
    quote need not be."""
    if cue.kind is not CueKind.NOUN:
        return False
    tokens = ann.tokens
    k = cue.tokens[-1] + 1
    while k < len(tokens) - 1 and k - cue.tokens[-1] <= _VERB_AFTER_NOUN and tokens[k].text[:1].islower():
        k += 1  # "zu dem Schluss gekommen, dass": the verb closing the phrase
    return k < len(tokens) - 1 and tokens[k].text == "," and tokens[k + 1].text.lower() in vocab.word_class("complement_subordinator")


_VERB_AFTER_NOUN = 2  # words between a cue noun and the comma of its clause ("Schluss gekommen sei, dass")


def _owner_of_view(ann: Annotated, mention: Mention) -> Mention:
    """``Nach Ansicht der Ärztin ist … . „…“``: a statement phrase (the corpus marks ``Ansicht
    der Ärztin`` as the speaker, so the mention keeps it) speaks on in the next sentence when its
    owner would; the statement noun itself is nobody. Any other mention is judged as it is."""
    if not is_statement(mention):
        return mention
    if own_account(ann, mention):
        # "Die 68-Jährige fühlte sich nach eigenen Angaben beobachtet. „…“": the clause's subject
        start, end = ann.sentences[ann.tokens[ann.token_at(mention.start)].sent]
        return clause_subject(ann, start, end) or mention
    return statement_owner(ann, mention) or mention


_MAX_EARLIER_LOOKUPS = 8  # occurrences of a surname checked for a first name before it


def named_earlier(ann: Annotated, mention: Mention) -> bool:
    """A bare surname (``Brandt``) whose full name (``Klara Brandt``) stood earlier in the text:
    it surely names a person. Looks at a few occurrences only: the first ones, where a person is
    usually introduced in full, and the ones nearest before the mention."""
    if mention.kind is not MentionKind.NAME or mention.name is None or " " in mention.name:
        return False
    text, name = ann.text, mention.name
    at, checked = -1, 0
    while checked < _MAX_EARLIER_LOOKUPS:  # the first occurrences
        at = text.find(name, at + 1, mention.start)
        if at <= 0:
            return False
        if _first_name_before(text, at):
            return True
        checked += 1
    end = mention.start
    for _ in range(_MAX_EARLIER_LOOKUPS):  # the nearest ones before the mention
        at = text.rfind(name, 0, end)
        if at <= 0:
            return False
        if _first_name_before(text, at):
            return True
        end = at
    return False


def _first_name_before(text: str, at: int) -> bool:
    """A first name stands right before the word at ``at``."""
    before = text[max(0, at - 40) : at].split()
    return bool(before) and text[at - 1] == " " and vocab.first_name_gender(before[-1]) is not False


def _surely_one_person(mention: Mention, organisations: bool = False, ann: Annotated | None = None, anyone: bool = False) -> bool:
    """A mention that can carry a quote from a neighbouring sentence: one person, named with a
    first name or a role, or a singular personal pronoun (not ``man``); an organisation only
    when ``organisations`` is set; with ``anyone``, a noun for anyone too (``der Mann`` at a cue:
    ``Er sei langsam gefahren, sagte der Mann. „…“``, not as a bare subject: ``Der Mann wurde in
    Ulm gestoppt. „…“`` goes on with whoever spoke before)."""
    if mention.plural:
        return False
    if mention.kind is MentionKind.ORGANISATION:
        return organisations
    if mention.kind is MentionKind.PRONOUN:
        return mention.gender in ("m", "f")
    return is_person_like(mention) or (ann is not None and (named_earlier(ann, mention) or described_person(ann, mention, anyone)))


def described_person(ann: Annotated, mention: Mention, anyone: bool = False) -> bool:
    """``die Lokalmatadorin``, ``der Internist``, ``der Metzgermeister``: a name mention that is
    an unlisted noun for a person or a trade after its definite article
    (`entity_words.unlisted_person_noun`, `entity_words.unlisted_trade_noun`), with ``anyone``
    also a noun for anyone (``der Mann``, `entity_words.bare_person_noun`): someone described
    before."""
    if mention.kind is not MentionKind.NAME:
        return False
    text = ann.text[mention.start : mention.end]
    return (
        entity_words.unlisted_person_noun(text)
        or entity_words.unlisted_trade_noun(text)
        or (anyone and entity_words.bare_person_noun(text))  # "sagte der Mann", introduced as "Ein Anwohner"
    )


def _previous_sentence_subject(ann: Annotated, first: int, previous_after: int, index: _CueIndex) -> Attribution | None:
    """``Die Tochter der Gründerin, Maria Keller, leitet die Filiale. „…“``: a quote standing alone right
    after a sentence without a cue whose subject is one named person — that person speaks, not
    whoever was quoted before that sentence."""
    tokens = ann.tokens
    if first == 0 or ann.paragraph_break_before(first):
        return None
    sentence = tokens[first - 1].sent
    start, end = ann.sentences[sentence]
    # (``previous_after`` is the first token after the previous quote: a sentence may start there)
    if start < previous_after or any(cue.kind is CueKind.VERB and not _in_relative_clause(ann, cue, start) for cue in index.in_sentence(sentence)):
        return None
    forms = konjunktiv_forms() - konjunktiv2_forms()  # ("hätte gern", "würde gern": a wish, no report)
    clause_end = next((k for k in range(start, end) if ann.tokens[k].text in (",", ":", ";")), end)
    # (case matters, "Tage" is no "tage"; only a sentence's first word is capitalised: "Sei …")
    if any((ann.tokens[k].text.lower() if k == start else ann.tokens[k].text) in forms for k in range(start, clause_end)):
        # "Jede Leihe koste Autoren Einnahmen. „…“": the subject of a reported clause is no speaker
        # (but "X führt das zurück: Die Zahl sei gestiegen" reports after the subject's own clause)
        return None
    subject = clause_subject(ann, start, min(end, first))
    if subject is None or not _surely_one_person(subject, ann=ann) or subject.kind is MentionKind.PRONOUN:
        return None
    return Attribution(subject, None, None, f"previous-sentence-subject+{subject.kind.value}", 0.5)


def _in_relative_clause(ann: Annotated, cue: Cue, start: int) -> bool:
    """The cue stands in a relative clause (``Eine Nachbarin, die den Brand bemerkt hatte, …``):
    the clause describes someone, it reports nothing."""
    k = cue.head
    while k > start and ann.tokens[k - 1].text != ",":
        k -= 1
    return k > start and ann.tokens[k].text in relative_pronouns()


def _demonstrative_after(ann: Annotated, after: int, index: _CueIndex) -> Attribution | None:
    """``„Wir haben uns verrechnet.“ Das musste der Kämmerer einräumen.``: the next sentence opens
    with ``Das``/``Dies`` standing for the quote, and its verb of saying names the speaker."""
    tokens = ann.tokens
    k = after + 1 if after < len(tokens) and tokens[after].text == "." else after
    if k + 1 >= len(tokens) or ann.paragraph_break_before(k) or tokens[k].text not in vocab.word_class("quote_anaphor"):
        return None
    statement = _statement_named_after(ann, k)
    if statement is not None:
        return statement  # "Das ist die Aussage einer Studie, die … vorgestellt wurde"
    for cue in index.in_sentence(tokens[k].sent):
        if cue.kind is not CueKind.VERB or cue.head <= k:
            continue
        found = _attribution(ann, cue, "demonstrative-after", None)
        if found is None or found.mention is None or found.mention.start <= tokens[k].start:
            return None  # "Das sagte …" with no subject of its own, or "Das" as the subject
        if is_impersonal(found.mention) or not is_person_like(found.mention):
            return None
        return found
    return None


def _statement_named_after(ann: Annotated, k: int) -> Attribution | None:
    """``„…“ Das ist die zentrale Aussage einer Studie des Instituts.``: the sentence after the
    quote, opened by ``Das`` at ``k`` and a copula, names the quote as someone's statement (a noun
    of speech or writing with a genitive or ``von`` after it, naming whose or where from); the
    statement phrase is the speaker, as the corpus marks ``Angaben der Polizei``."""
    tokens = ann.tokens
    if k + 2 >= len(tokens) or tokens[k + 1].text.lower() not in vocab.word_class("copula"):
        return None
    phrase = noun_phrase(ann, k + 2)
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None or not is_statement(mention) or phrase.end <= phrase.head + 1:
        return None  # "Das ist die Aussage": whose, the sentence does not say
    return Attribution(mention, None, None, f"statement-after+{mention.kind.value}", 0.6)


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
