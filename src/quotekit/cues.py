"""Find speech cues: verbs of saying/thinking/writing, cue nouns, `laut`/`zufolge`, colons.

All words come from the lexicons in ``data/de/`` (``speech_verbs.tsv`` expanded to every
inflected form by `quotekit.inflection`, ``cue_nouns.tsv``, ``cue_particles.tsv``), so adding a
cue is a data change. A separable verb is a cue only when its particle closes the clause
(``teilte … mit``); a capitalised verb form only at the start of a sentence or clause, so the
noun ``das Sagen`` is not a cue. With POS tags, verb readings also need a VERB/AUX tag.
"""

from __future__ import annotations

import enum
import functools

import attrs

from . import clauses, lexicon
from . import vocabulary as vocab
from .document import Annotated, Token
from .inflection import VerbForm, cue_verb_index
from .model import Medium
from .phrases import quoted_complement_end
from .wordtable import WordTable


class CueKind(str, enum.Enum):
    VERB = "verb"  # sagte, erklärte, teilte … mit, betonen
    NOUN = "noun"  # Erklärung, Angaben (in `nach Angaben`, `in einer Erklärung`)
    PARTICLE = "particle"  # laut X, X zufolge, nach Angaben von X, so X
    COLON = "colon"  # `Der Minister:` / a clause ending in `:` before a quote


@attrs.frozen(cache_hash=True)  # cues key the per-document memos: hash the fields (two enums) once
class Cue:
    """One speech cue in the text."""

    tokens: tuple[int, ...]  # token indices (a separable verb: finite verb + particle)
    lemma: str  # "sagen", "mitteilen", "laut", "zufolge", "Angabe", ":"
    kind: CueKind
    medium: Medium
    sentence: int
    start: int  # character span covering the cue tokens (first token start, last token end)
    end: int
    reported: bool = False  # the verb often names a speech act without its content
    finite: bool = True  # a finite verb form (sagte) rather than infinitive/participle
    subjunctive: bool = False  # the cue itself is in Konjunktiv I (habe gesagt → no; sage → yes)
    position: str = "either"  # for particles: "pre" (laut X) or "post" (X zufolge)
    source: str = "after"  # particles: where the speaker is — "noun" (nach [Angaben der Polizei]),
    # "after" (laut [X] / [X] zufolge), "subject" (the clause subject: [Er] schloss mit den Worten);
    # verbs: "subject", or "object" when the active verb's object speaks (X zitierte [Y])

    @property
    def head(self) -> int:
        """The main cue token (the finite verb of a separable verb, the particle's first word)."""
        return self.tokens[0]


_VERB_POS = frozenset({"VERB", "AUX"})
_CLAUSE_END = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"})


@functools.lru_cache(maxsize=None)
def _medium(label: str) -> Medium:
    try:
        return Medium(label)
    except ValueError:
        return Medium.SPEECH


@functools.cache
def _noun_cues() -> dict[str, Medium]:
    return {noun.lower(): _medium(medium) for noun, (medium, *_rest) in lexicon.table("cue_nouns.tsv").items()}


@functools.cache
def _particle_cues() -> dict[tuple[str, ...], tuple[str, Medium, str]]:
    """``{words: (position, medium, speaker)}`` from ``cue_particles.tsv`` (see its header)."""
    table = {}
    for row in lexicon.rows("cue_particles.tsv"):
        phrase, position, medium, speaker = (row + ("either", "Speech", "after"))[:4]
        table[tuple(phrase.lower().split())] = (position, _medium(medium), speaker)
    return table


@functools.cache
def _particle_starts() -> frozenset[str]:
    return frozenset(words[0] for words in _particle_cues())


@functools.cache
def _source_particles() -> frozenset[str]:
    """``nach``, ``laut``, ``zufolge``: the first words of particle cues that name a source
    (roles ``attribution_preposition`` and ``postposition`` of ``indirect_rule_words.tsv``)."""
    return _rule_words("attribution_preposition", "postposition")


@functools.cache
def _rule_words(*roles: str) -> frozenset[str]:
    """The words of these roles in ``indirect_rule_words.tsv``, lowercase."""
    return frozenset(word.lower() for role, word in lexicon.rows("indirect_rule_words.tsv") if role in roles)


def names_a_source(cue: Cue) -> bool:
    """A particle cue that names the source of what follows: ``nach Angaben der Polizei``,
    ``seiner Ansicht nach``, ``laut X``, ``X zufolge`` (not ``so``, which closes a report)."""
    return cue.kind is CueKind.PARTICLE and cue.lemma.split()[0].lower() in _source_particles()


# What a word can be, as `WordTable` flags: the start of a verb or particle cue (in lowercase or
# capitalised spelling), a cue noun or a compound ending in one (capitalised, 5+ letters), a colon.
_VERB, _PARTICLE, _NOUN, _COLON, _CLAIM = 1, 2, 4, 8, 16

CLAIM_LEMMA = "wollen"  # the cue of a claim: "Ein Nachbar will einen Knall gehört haben"


@functools.cache
def _cue_starts() -> dict[str, int]:
    """Every surface string that may start a verb or particle cue, with its flags."""
    tags: dict[str, int] = {}
    for words, bit in ((cue_verb_index(), _VERB), (_particle_starts(), _PARTICLE)):
        for word in words:
            for spelling in (word, word[:1].upper() + word[1:]):
                tags[spelling] = tags.get(spelling, 0) | bit
    return tags


def _cue_word_flags(text: str) -> int:
    if text == ":":
        return _COLON
    if text in _rule_words("claim_modal"):
        return _CLAIM
    flags = _cue_starts().get(text, 0)
    if len(text) > 4 and text[0].isupper() and _noun_medium(text.lower()) is not None:
        # a capitalised cue noun whose spelling is also a verb's ("Angaben", "Aussagen": angeben,
        # aussagen) keeps both readings; `_source_noun` decides by the words around it
        flags = _NOUN | (flags & _VERB)
    return flags


def _source_noun(ann: Annotated, i: int) -> bool:
    """``nach seinen Angaben``, ``Ihren Aussagen zufolge``: a word spelled like a cue noun and a
    verb form is the noun of a source after ``nach`` (and a possessive) or before ``zufolge``;
    elsewhere the older reading stands (``Vorwürfen, er habe …, widersprach X`` reports nothing
    of X's: a review found such spans running on)."""
    texts = ann.texts
    for j in range(i - 1, max(-1, i - 4), -1):  # "nach offiziellen Angaben", "laut den Aussagen"
        word = texts[j].lower()
        if word in _rule_words("noun_source_preposition"):
            return True
        if not word.isalpha():
            break
    for j in range(i + 1, min(len(texts), i + 7)):  # "Angaben der Polizei zufolge"
        word = texts[j].lower()
        if word in _rule_words("postposition"):
            return True
        if not word.isalpha():
            break
    return False


_CUE_WORDS = WordTable(_cue_word_flags)


def find_cues(ann: Annotated) -> list[Cue]:
    """All cues in the text, in order of their first token."""
    tokens = ann.tokens
    flags = _CUE_WORDS.flags(ann)
    hits = flags.nonzero()[0]
    cues: list[Cue] = []
    for i, flag in zip(hits.tolist(), flags[hits].tolist()):
        tok = tokens[i]
        if flag & _COLON:
            cues.append(Cue((i,), ":", CueKind.COLON, Medium.SPEECH, tok.sent, tok.start, tok.end))
            continue
        if flag & _CLAIM:
            if _before_perfect_infinitive(ann, i):
                cues.append(Cue((i,), CLAIM_LEMMA, CueKind.VERB, Medium.SPEECH, tok.sent, tok.start, tok.end, reported=True, source="subject"))
            continue
        text = tok.text
        if flag & _NOUN and (not flag & _VERB or _source_noun(ann, i)):
            cues.append(Cue((i,), text.lower(), CueKind.NOUN, _noun_medium(text.lower()), tok.sent, tok.start, tok.end))
            continue
        previous_text = tokens[i - 1].text if i else ""
        cue = None
        if flag & _VERB and _may_be_verb(ann, tok, previous_text):
            cue = _verb_cue(ann, tok, text.lower())
        elif flag & _PARTICLE:
            cue = _particle_cue(ann, tok, previous_text)
        if cue is not None:
            cues.append(cue)
    return cues


def _before_perfect_infinitive(ann: Annotated, i: int) -> bool:
    """``Ein Nachbar will einen Knall gehört haben``: a form of ``wollen`` (``claim_modal``)
    whose clause ends in a participle of perceiving, knowing or doing (``claim_participle``) and
    ``haben``/``sein`` claims something happened — a report of its subject's, not a plan (``Er
    will ein Haus bauen``)."""
    last = _clause_last_word(ann, i)
    if last is None or last - i < 3:
        return False
    texts = ann.texts
    # (what someone perceived, knew or did: "Die Bahn will die Strecke im Dezember fertig gebaut
    # haben" is a plan with a deadline, "Die Stadt will 2040 klimaneutral sein" a goal, "Die
    # Kommission will bis März alle Zeugen gehört haben" a plan too)
    start = ann.sentences[ann.tokens[i].sent][0]
    if any(texts[j].lower() in _rule_words("plan_word") for j in range(start, last)):
        return False
    return texts[last] in _rule_words("perfect_auxiliary") and texts[last - 1] in _rule_words("claim_participle")


@functools.lru_cache(maxsize=65536)
def _noun_medium(lower: str) -> Medium | None:
    """The medium of a cue noun or of a compound ending in one; cached, as nouns repeat."""
    nouns = _noun_cues()
    return nouns.get(lower) or _compound_noun(lower, nouns)


def _compound_noun(lower: str, nouns: dict[str, Medium]) -> Medium | None:
    """``Pressemitteilung`` → ``mitteilung``: cue nouns inside compounds (parts of 6+ letters)."""
    for i in range(3, len(lower) - 5):
        medium = nouns.get(lower[i:])
        if medium is not None:
            return medium
    return None


def _may_be_verb(ann: Annotated, tok: Token, previous_text: str) -> bool:
    if ann.has_pos and tok.pos is not None:
        return tok.pos in _VERB_POS
    if tok.text[:1].islower():
        if tok.text.lower() not in vocab.determiners():
            return True
        # "meinen": a possessive before its noun, a verb before its subject ("meinen die Gründer")
        following = ann.tokens[tok.i + 1].text if tok.i + 1 < len(ann.tokens) else ""
        return following in (",", ":") or following.lower() in vocab.determiners() or bool(vocab.pronoun(following))
    # Capitalised: only a verb where any word is capitalised (sentence start, after a colon/quote),
    # and not right before a full verb in Konjunktiv ("Sorgen mache ihr der Nachwuchs": a noun in
    # first place; but "Kritisiert wird, dass …", "Gesagt habe er": a participle before its auxiliary)
    following = ann.tokens[tok.i + 1].text if tok.i + 1 < len(ann.tokens) else ""
    if following.islower() and following in clauses.konjunktiv_forms() and following not in vocab.auxiliaries():
        return False
    if tok.text.lower() in vocab.determiners() and following[:1].isupper() and not vocab.pronoun(following):
        return False  # "Einige Bewohner hätten …": a determiner before its noun (not "Meinen Sie …?")
    return ann.sentences[tok.sent][0] == tok.i or previous_text in (":", "(") or vocab.is_quote_mark(previous_text)


@functools.lru_cache(maxsize=None)
def _verb_readings(form: str) -> tuple[dict[str, VerbForm], VerbForm | None]:
    """For a lowercase verb form: its separable readings by particle, and the reading to use when
    no particle closes the clause (finite first). Computed once per form."""
    readings = cue_verb_index()[form]
    by_particle: dict[str, VerbForm] = {}
    for reading in readings:
        if reading.particle is not None:
            by_particle.setdefault(reading.particle, reading)
    plain = [r for r in readings if r.particle is None]
    default = next((r for r in plain if r.finite), plain[0] if plain else None)
    return by_particle, default


def _verb_cue(ann: Annotated, tok: Token, form: str) -> Cue | None:
    if _passive_infinitive(ann, tok.i):
        return None  # "ein Recht darauf, gehört zu werden": heard, no one speaking
    by_particle, chosen = _verb_readings(form)
    particle_at: int | None = None
    # the particle closes the clause, within the next 24 words (see `_clause_last_word`)
    if by_particle and not by_particle.keys().isdisjoint(ann.texts[tok.i + 1 : tok.i + 25]):
        judging = any(vocab.names_or_judges(reading.lemma) for reading in by_particle.values())
        last = _clause_last_word(ann, tok.i, through_complements=judging)
        if last is not None and ann.tokens[last].text in by_particle:
            chosen, particle_at = by_particle[ann.tokens[last].text], last
    if chosen is None:
        return None  # "teilte" without "mit" is not a speech cue
    if particle_at is None and _other_verb_particle(ann, tok.i):
        return None  # "Die Feier findet im Mai statt": stattfinden, no verb of saying
    if not _object_near(ann, tok.i, chosen.lemma):
        return None  # "ob ein Zusammenhang besteht": bestehen is speech only with "darauf"
    if _told_to_know(ann, tok.i, chosen.lemma):
        return None  # "X sollte wissen, dass …": X is told, not telling
    if _becomes_clear(ann, tok.i, chosen.lemma):
        return None  # "Ob es reiche, zeige sich erst im Mai": no one speaking
    indices = (tok.i,) if particle_at is None else (tok.i, particle_at)
    return Cue(
        indices,
        chosen.lemma,
        CueKind.VERB,
        _medium(chosen.medium),
        tok.sent,
        tok.start,
        ann.tokens[indices[-1]].end,
        reported=chosen.reported,
        finite=chosen.finite,
        subjunctive=chosen.konjunktiv1,
        source=chosen.speaker,
    )


def _other_verb_particle(ann: Annotated, i: int) -> bool:
    """The main clause of the verb at ``i`` closes with a separable particle (``findet … statt``,
    ``sagte den Besuch ab``) for which the verb has no reading of its own: the two make another
    verb. A second predicate after a coordinator has its own particle (``griff an``)."""
    last = _clause_last_word(ann, i)
    if last is None or ann.texts[last] not in vocab.word_class("verb_particle"):
        return False
    if last + 1 < len(ann.texts) and vocab.is_quote_mark(ann.texts[last + 1]):
        return False  # "bezeichnete den Besuch als ein „wichtiges Signal“": a quote goes on with the clause
    coordinators = vocab.word_class("coordinator")
    return not any(ann.texts[k].lower() in coordinators for k in range(i + 1, last))


@functools.cache
def companion_words(name: str) -> dict[str, frozenset[str]]:
    """``{lemma: words}`` from a table of verbs that count (as cues: ``cue_verb_objects.tsv``; as
    speech acts: ``indirect_reported_verb_objects.tsv``) only with one of these words near them."""
    return {lemma: frozenset(words.split(",")) for lemma, (words, *_rest) in lexicon.table(name).items()}


def _required_objects() -> dict[str, frozenset[str]]:
    return companion_words("cue_verb_objects.tsv")


_OBJECT_REACH = 6  # words between a verb and its prepositional object ("bestand am Montag erneut darauf")


def _object_near(ann: Annotated, i: int, lemma: str) -> bool:
    """The verb at ``i`` has the object its lemma needs as a cue, if it needs one, within a few
    words on either side in its sentence."""
    words = _required_objects().get(lemma)
    return words is None or word_near(ann, i, words)


def word_near(ann: Annotated, i: int, words: frozenset[str]) -> bool:
    """One of ``words`` (lowercase) stands within a few words of token ``i`` in its sentence."""
    start, end = ann.sentences[ann.tokens[i].sent]
    near = ann.texts[max(start, i - _OBJECT_REACH) : min(end, i + _OBJECT_REACH + 1)]
    return any(word.lower() in words for word in near)


def _told_to_know(ann: Annotated, i: int, lemma: str) -> bool:
    """A verb of knowing after a modal of obligation (``X sollte wissen, dass …``, ``muss
    wissen``): its subject is the one told, whoever says it — unlike ``will wissen``, a claim."""
    return (
        lemma in vocab.word_class("knowing_verb")
        and i > 0
        and ann.tokens[i].text.lower() == lemma
        and ann.tokens[i - 1].text.lower() in vocab.word_class("obligation_modal")
    )


def _becomes_clear(ann: Annotated, i: int, lemma: str) -> bool:
    """``Ob es gereicht habe, zeige sich erst in einigen Tagen``, ``Wie es weitergeht, wird sich
    zeigen``: a reflexive verb of emergence (`emergence_verb`) whose subject is the clause with
    ``ob`` or a question word that opens the sentence says what will become clear, not what
    someone said (unlike ``Die Ministerin zeigte sich zufrieden``)."""
    reflexive = _reflexives()
    if lemma not in vocab.word_class("emergence_verb") or not word_near(ann, i, reflexive):
        return False
    texts = ann.texts
    own = next((k for k in range(i + 1, min(len(texts), i + 3)) if texts[k] in reflexive), None)
    if own is not None and own + 1 < len(texts) and texts[own + 1][:1].isupper():
        return False  # "Ob das Konzept aufgehe, zeigte sich Ministerin X skeptisch": a subject follows
    start = ann.sentences[ann.tokens[i].sent][0]
    if texts[start].lower() not in vocab.word_class("question_opener"):
        return False
    j = i - 1
    while j > start and (texts[j] in reflexive or texts[j].lower() in vocab.auxiliaries()):
        j -= 1  # "…, wird sich zeigen", "…, muss sich erst zeigen"
    return texts[j] == "," or (j > start and texts[j - 1] == "," and texts[j].lower() in vocab.auxiliaries())


def _passive_infinitive(ann: Annotated, i: int) -> bool:
    """A participle before ``zu`` and an infinitive of ``werden``/``sein``/``haben``
    (``gehört zu werden``, ``gesagt zu haben``): an infinitive clause, whose subject is not named."""
    texts = ann.texts
    return i + 2 < len(texts) and texts[i + 1] == "zu" and texts[i + 2] in vocab.word_class("infinitive_auxiliary")


def _clause_last_word(ann: Annotated, i: int, through_complements: bool = False) -> int | None:
    """The last word of the clause verb ``i`` opens, where a separated particle stands
    (``teilte das Ministerium am Montag [mit],``); ``None`` if the clause is long or empty.
    ``through_complements``: a verb that judges something runs on past a short quoted
    complement (``wies den Vorwurf als „absurd“ [zurück]``)."""
    tokens = ann.tokens
    sentence_end = ann.sentences[tokens[i].sent][1]
    j = i + 1
    while j < min(sentence_end, i + 25):
        text = tokens[j].text
        if through_complements and (closing := quoted_complement_end(ann, j, sentence_end)) is not None:
            j = closing + 1  # "wies den Vorwurf als „absurd“ zurück": the clause runs through the quote
            continue
        if text == "," and j - 1 > i and (closing := _apposition_end(ann, j, sentence_end)) is not None:
            j = closing + 1  # "teilte der Sprecher der Polizei, Hans Muster, am Montag mit"
            continue
        if text in _CLAUSE_END or vocab.is_quote_mark(text):
            return j - 1 if j - 1 > i else None
        j += 1
    if sentence_end <= i + 25 and sentence_end - 1 > i:
        return sentence_end - 1
    return None


_MAX_APPOSITION = 8  # tokens of a comma apposition inside a clause (", Hans Muster,")


def _apposition_end(ann: Annotated, comma: int, limit: int) -> int | None:
    """The comma closing an apposition that opens at ``comma`` after a noun (``der Sprecher der
    Polizei[,] Hans Muster[,] mit``): capitalised words, articles and lowercase function words,
    ending in a capitalised word; None when the comma opens anything else."""
    tokens = ann.tokens
    if not tokens[comma - 1].text[:1].isupper():
        return None
    for k in range(comma + 1, min(limit, comma + 2 + _MAX_APPOSITION)):
        text = tokens[k].text
        if text == ",":
            last = tokens[k - 1].text
            return k if k > comma + 1 and (last[:1].isupper() or last == ")") else None
        if text in _CLAUSE_END and text not in ("(", ")") or vocab.is_quote_mark(text):
            return None
        if text[:1].islower() and text.lower() not in vocab.function_words() and text.lower() not in vocab.determiners():
            return None  # a lowercase content word: a clause, not a name (", der das Amt leitet,")
    return None


@functools.cache
def _particles_by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str, Medium, str], ...]]:
    """Particle phrases grouped by their first word, longest first (``nach Angaben`` before ``nach``)."""
    groups: dict[str, list[tuple[tuple[str, ...], str, Medium, str]]] = {}
    for words, (position, medium, speaker) in _particle_cues().items():
        groups.setdefault(words[0], []).append((words, position, medium, speaker))
    return {first: tuple(sorted(entries, key=lambda e: -len(e[0]))) for first, entries in groups.items()}


@functools.cache
def _particle_second_words() -> dict[str, frozenset[str] | None]:
    """For each first word of a particle cue, the words that may follow it; ``None`` when the
    word is a cue on its own (``laut``, ``so``)."""
    seconds: dict[str, set[str] | None] = {}
    for first, entries in _particles_by_first_word().items():
        if any(len(words) == 1 for words, *_ in entries):
            seconds[first] = None
        else:
            seconds[first] = {words[1] for words, *_ in entries}
    return {first: None if words is None else frozenset(words) for first, words in seconds.items()}


def _particle_cue(ann: Annotated, tok: Token, previous_text: str) -> Cue | None:
    tokens = ann.tokens
    following = tokens[tok.i + 1].text.lower() if tok.i + 1 < len(tokens) else ""
    first = tok.text.lower()
    if (seconds := _particle_second_words().get(first, ())) is not None and following not in seconds:
        return None  # "in" is a cue only in "in einer Erklärung" and the like
    for words, position, medium, speaker in _particles_by_first_word().get(first, ()):
        end = tok.i + len(words)
        if len(words) > 1 and (words[1] != following or end > len(tokens)):
            continue
        if len(words) > 2 and any(tokens[tok.i + k].text.lower() != words[k] for k in range(2, len(words))):
            continue
        if words == ("so",) and not _is_so_cue(ann, tok, previous_text):
            return None
        if words[0] == "laut" and tok.text == "Laut" and ann.sentences[tok.sent][0] != tok.i:
            return None  # the noun "Laut" (a sound)
        if words[0] == "laut" and _adjective_laut(previous_text, following):
            return None  # "zu laut zum Lernen", "so laut wie": loud, no source
        if speaker == "noun":
            # "nach [Angaben der Polizei]": the cue is the words before the noun, which starts the
            # speaker phrase; a bare "nach" counts only next to a cue noun, after it too
            # ("[Seiner Ansicht] nach")
            end = next((k for k in range(tok.i + 1, end) if tokens[k].text[:1].isupper()), end)
            if len(words) == 1 and not _cue_noun_follows(ann, end):
                # "Die Forderung nach einer Milliarde", "die Rufe nach mehr Geld": after an article, a
                # noun's complement (but "Dem Bericht nach müsse …": the source, a verb after it)
                before_noun = tokens[tok.i - 2].text.lower() if tok.i > 1 else ""
                after = tokens[tok.i + 1].text if tok.i + 1 < len(tokens) else ""
                complement = (
                    before_noun in vocab.determiners()
                    and before_noun not in vocab.word_class("possessive_determiner")
                    and (after.lower() in vocab.determiners() or after[:1].isdigit() or after.lower() in vocab.word_class("quantity_word"))
                )
                if tok.i > 0 and tokens[tok.i - 1].text[:1].isupper() and _noun_medium(tokens[tok.i - 1].text.lower()) and not complement:
                    position, speaker = "post", "after"
                else:
                    continue
        return Cue(
            tuple(range(tok.i, end)),
            " ".join(words),
            CueKind.PARTICLE,
            medium,
            tok.sent,
            tok.start,
            tokens[end - 1].end,
            position=position,
            source=speaker,
        )
    return None


def _adjective_laut(previous: str, following: str) -> bool:
    """``laut`` between these words is the adjective: after an intensifier or copula (``zu
    laut``, ``ist laut``) or before a comparison, a conjunction or punctuation (``laut wie``,
    ``laut und deutlich``, ``laut.``); a source follows the particle as a noun phrase."""
    return (
        previous.lower() in vocab.word_class("adjective_laut_before")
        or following in vocab.word_class("adjective_laut_after")
        or following in (".", ",", "!", "?", ";", ":")  # (not a quote mark: "laut „Welt“")
    )


def _cue_noun_follows(ann: Annotated, i: int) -> bool:
    """A cue noun within the next three words (``nach neuesten Erkenntnissen``)."""
    for tok in ann.tokens[i : i + 3]:
        if tok.text[:1].isupper() and _noun_medium(tok.text.lower()) is not None:
            return True
        if vocab.is_punct(tok.text):
            return False
    return False


_SO_OPENERS = frozenset({",", "–", "—", "-"})


def _is_so_cue(ann: Annotated, tok: Token, previous_text: str) -> bool:
    """``„…“, so der Minister.`` — `so` after a comma, dash or quote, followed by a
    speaker phrase (``Die Lage – so der Minister – sei ernst``)."""
    if previous_text not in _SO_OPENERS and not vocab.is_quote_mark(previous_text):
        return False
    nxt = tok.i + 1
    if nxt >= len(ann.tokens):
        return False
    following = ann.tokens[nxt].text
    if following.lower() in _rule_words("degree_quantifier"):
        # "…, so viel Zeit habe man nicht": a degree, not a source (but "…, so viele Juristen",
        # "…, so manche Stimme aus der Partei": a source closes its clause, where "…, so manche
        # Gruppe müsse warten" goes on with a verb)
        noun = ann.tokens[nxt + 1].text if nxt + 1 < len(ann.tokens) else ""
        after = ann.tokens[nxt + 2].text if nxt + 2 < len(ann.tokens) else "."
        closes = vocab.is_punct(after) or after in vocab.word_class("role_preposition") or after in vocab.determiners()
        return noun[:1].isupper() and closes
    return following.lower() in vocab.determiners() or bool(vocab.pronoun(following)) or following[:1].isupper()


# --------------------------------------------------------------------------- cue words


@functools.cache
def _companions() -> dict[str, str]:
    return {word: kind for word, (kind, *_rest) in lexicon.table("cue_verb_companions.tsv").items()}


@functools.cache
def _reflexives() -> frozenset[str]:
    """The reflexive pronoun(s) among the cue companions (``sich``)."""
    return frozenset(word for word, kind in _companions().items() if kind == "reflexive")


def cue_words(ann: Annotated, cue: Cue, clause_start: int) -> tuple[int, ...]:
    """The tokens of a cue as a reader (and the corpus) sees it: the verb with its separated
    particle (``teilte … mit``), the finite auxiliary of a participle or infinitive
    (``hatte … erklärt``, ``wie berichtet wurde``), the companions of the verb right after it
    (``äußerte sich``, ``hieß es``, ``ging davon aus``) and a ``wie`` opening its clause; a cue
    noun with its article (``die Behauptung``). ``clause_start`` bounds the search backwards."""
    tokens = ann.tokens
    head = cue.tokens[0]
    if cue.kind is CueKind.NOUN:
        before = head - 1
        if before >= clause_start and tokens[before].text.lower() in vocab.determiners():
            return (before, head)
        return cue.tokens
    if cue.kind is not CueKind.VERB:
        return cue.tokens
    indices = set(cue.tokens)
    companions = _companions()
    auxiliaries = vocab.auxiliaries()
    clause_first = head
    auxiliary = None
    while clause_first > clause_start:
        text = tokens[clause_first - 1].text
        if text in _CLAUSE_END or vocab.is_quote_mark(text):
            break
        clause_first -= 1
        if auxiliary is None and head - clause_first <= 12 and text.lower() in auxiliaries:
            auxiliary = clause_first
    nonfinite = not cue.finite or may_be_nonfinite(tokens[head].text.lower())
    if auxiliary is not None and nonfinite:
        indices.add(auxiliary)  # "hatte … erklärt", "hat … erklärt", "wird … sagen"
    elif nonfinite and head + 1 < len(tokens) and tokens[head + 1].text.lower() in auxiliaries:
        indices.add(head + 1)  # a subordinate clause puts the auxiliary last: "wie berichtet wurde"
    if clause_first < head and companions.get(tokens[clause_first].text.lower()) == "opener":
        indices.add(clause_first)
    end = min(len(tokens), ann.sentences[tokens[head].sent][1])
    i = head + 1
    if i < end and vocab.pronoun(tokens[i].text) and tokens[i].text.lower() not in companions:
        i += 1  # "äußerte er sich"
    while i < end and companions.get(tokens[i].text.lower()) not in (None, "opener"):
        indices.add(i)
        i += 1
    return tuple(sorted(indices))


@functools.lru_cache(maxsize=None)
def may_be_nonfinite(form: str) -> bool:
    """``erklärt``, ``sagen``: a form that is also a participle or infinitive."""
    return any(not reading.finite for reading in cue_verb_index().get(form, ()))


def is_cue_noun(word: str) -> bool:
    """True for a noun that frames speech or writing (``cue_nouns.tsv``, also in compounds:
    ``Angaben``, ``Worten``, ``Pressemitteilung``): what it names is a statement or document,
    whose speaker is its owner (``Angaben der Polizei``)."""
    return word[:1].isupper() and _noun_medium(word.lower()) is not None
