"""Group speaker mentions into the people and organisations of one document.

A news article names a person in full once (``UN-Generalsekretärin Jana Kessler``) and then
refers to them by surname, role (``der Generalsekretär``) or pronoun (``er``). Linking, in order:

- names: every person name in the text (outside quotations) is an occurrence; full names and
  surnames share an entity (``Jana Kessler`` ⇄ ``Kessler``);
- roles: a role noun links to the person it stood next to anywhere in the document
  (``Außenminister Peter Vogel`` makes ``der Außenminister`` that person); a definite role
  phrase without such an apposition falls back to the most recent gender-compatible person; an
  indefinite one (``ein Sprecher der Polizei``) is a new, unnamed entity;
- pronouns: the most recent gender- and number-compatible person before the pronoun;
- organisations: by their name without the article;
- a user registry (`quotekit.Person`) then gives matching entities the user's name and id.
"""

from __future__ import annotations

import bisect
from itertools import compress
from typing import Callable, Iterable, Sequence

import attrs
import numpy

from . import vocabulary as vocab
from .document import Annotated
from .model import Person, Span, Speaker, SpeakerKind
from .speakers import Mention, MentionKind, _is_proper_name
from .wordtable import WordTable

_WINDOW_SENTENCES = 3  # how far back a pronoun looks for a salient speaker


@attrs.define
class _Entity:
    kind: SpeakerKind
    key: str
    names: list[str] = attrs.field(factory=list)
    gender: str | None = None
    roles: set[str] = attrs.field(factory=set)  # role keys ("minister") and role words ("außenminister")
    spans: list[tuple[int, int]] = attrs.field(factory=list)
    plural: bool = False  # a group ("die Demonstranten"): never the antecedent of "er"/"sie" (sg)
    full_name: bool = False  # a name of two or more words was seen ("Jana Kessler")

    def is_person_like(self) -> bool:
        """Evidence that this is one person (a pronoun's antecedent): a full name, a known
        gender or a role noun seen with it — not just a capitalised word that spoke."""
        return not self.plural and bool(self.gender or self.roles or self.full_name)

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n))) if self.names else self.key

    def add(self, start: int, end: int, name: str | None = None, gender: str | None = None, role: Sequence[str] = ()) -> None:
        if (start, end) not in self.spans:
            self.spans.append((start, end))
        if name:
            self.names.append(name)
            self.full_name = self.full_name or " " in name.strip()
        if gender and not self.gender:
            self.gender = gender
        self.roles.update(r.lower() for r in role if r)


@attrs.frozen
class _Occurrence:
    start: int
    end: int
    entity: _Entity
    salient: bool = False  # the subject of a speech cue or a sentence: preferred by pronouns


class EntityLinker:
    """Builds the entities of one document and resolves speaker mentions to them."""

    def __init__(
        self,
        ann: Annotated,
        quoted: Sequence[tuple[int, int]] = (),
        speakers_in: Callable[[int], Iterable[Mention | None]] | None = None,
    ) -> None:
        """``speakers_in(sentence)`` gives the subjects of the speech cues of a sentence; they are
        observed lazily, only in the sentences before a pronoun or role that needs an antecedent."""
        self.ann = ann
        self.entities: dict[str, _Entity] = {}
        self.occurrences: list[_Occurrence] = []  # sorted by start
        self._starts: list[int] = []
        self._quoted = sorted(quoted)
        self._speakers_in = speakers_in
        self._candidates: dict[int, list[Mention]] = {}  # sentence → its speaker/subject mentions
        self._observed: set[tuple[int, int]] = set()
        self._collect_names()

    # ------------------------------------------------------------------ names in the text

    def _inside_quote(self, char: int) -> bool:
        i = bisect.bisect_right(self._quoted, (char, 10**12)) - 1
        return i >= 0 and self._quoted[i][0] <= char < self._quoted[i][1]

    def _collect_names(self) -> None:
        """Find person names everywhere outside quotations: a first name followed by more name
        words, or name words right after a role noun or title (``Präsident Biden``)."""
        ann = self.ann
        tokens = ann.tokens
        n = len(tokens)
        flags = _NAME_WORDS.flags(ann)
        if not ann.has_ner and not ann.has_pos:
            # a person name starts with a first name or follows a role noun or title
            # ("Präsident Biden"); other capitalised words are nouns or need no look
            after_role = numpy.zeros_like(flags)
            after_role[1:] = flags[:-1] & _ROLE_OR_TITLE
            starts = numpy.flatnonzero((flags & _CAPITALISED).astype(bool) & ((flags & _FIRST_NAME) | after_role).astype(bool)).tolist()
        else:
            starts = numpy.flatnonzero(flags & _CAPITALISED).tolist()
        found: list[tuple[int, int, list[str]]] = []
        next_free = 0
        for i in starts:
            if i < next_free:
                continue
            tok = tokens[i]
            preceding = tokens[i - 1].text if i > 0 else ""
            if not _is_proper_name(ann, i) or self._inside_quote(tok.start):
                continue
            j = i
            while j + 1 < n and (_is_proper_name(ann, j + 1) or _name_particle_inside(ann, j + 1)) and not ann.paragraph_break_before(j + 1):
                j += 1
            next_free = j + 1
            role = vocab.role_noun(preceding) if preceding and vocab.organisation_noun(preceding) is None else None
            starts_with_first_name = vocab.first_name_gender(tok.text) is not False
            is_person = (ann.has_ner and tok.ent == "PER") or (starts_with_first_name and j > i) or role is not None or preceding in vocab.titles()
            if is_person:
                found.append((i, j, [role.key, preceding] if role is not None else []))
                continue
            # "Außenamtes Maria Brandt": a full name may start inside a run of capitalised words
            first = next((k for k in range(i + 1, j) if vocab.first_name_gender(tokens[k].text) is not False), None)
            if first is not None:
                found.append((first, j, []))
        for i, j, roles in found:
            name = ann.text[tokens[i].start : tokens[j].end]
            gender = vocab.first_name_gender(tokens[i].text) if j > i else None
            role_gender = vocab.role_noun(roles[1]).gender if roles else None
            entity = self._person(tokens[j].text)
            entity.add(tokens[i].start, tokens[j].end, name, gender if isinstance(gender, str) else role_gender, roles)
            self._remember(tokens[i].start, tokens[j].end, entity)
        self._collect_surnames()

    def _collect_surnames(self) -> None:
        """Surnames alone (``Stoltenberg``, genitive ``Stoltenbergs``), once the full names are known."""
        surnames = {
            key.split(":", 1)[1]
            for key, entity in self.entities.items()
            if key.startswith("person:") and any(len(name.split()) > 1 for name in entity.names)
        }
        if not surnames:
            return
        ann = self.ann
        # the surnames and their genitives (see `_strip_genitive`) that occur in the text
        genitives = {name + "s" for name in surnames if len(name) >= 4 and name[-1] not in "sxz"}
        words = {w for w in (surnames | genitives).intersection(ann.texts) if w[0].isupper()}
        for i in compress(range(len(ann.texts)), map(words.__contains__, ann.texts)):  # C-level scan
            tok = ann.tokens[i]
            if self._inside_quote(tok.start) or any(o.start <= tok.start < o.end for o in self._near(tok.start)):
                continue
            surname = tok.text if tok.text in surnames else _strip_genitive(tok.text)
            entity = self.entities["person:" + surname]
            entity.add(tok.start, tok.end)
            self._remember(tok.start, tok.end, entity)

    def _near(self, char: int) -> list[_Occurrence]:
        i = bisect.bisect_right(self._starts, char)
        return self.occurrences[max(0, i - 2) : i]

    def _person(self, surname: str) -> _Entity:
        key = "person:" + _strip_genitive(surname)
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = _Entity(SpeakerKind.PERSON, key)
        return entity

    def _remember(self, start: int, end: int, entity: _Entity, salient: bool = False) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self.occurrences.insert(i, _Occurrence(start, end, entity, salient))

    def observe(self, mention: Mention) -> None:
        """Register the person a cue's or sentence's subject names (``Koch-Mehrin kritisierte …``,
        ``Der Vater hinterließ …``) so that later pronouns can find them. A role phrase joins the
        person seen with that role, or stands for a new unnamed person; it never guesses."""
        if mention.kind is MentionKind.ROLE and not mention.plural:
            text = self.ann.text[mention.start : mention.end]
            first_word = text.split(maxsplit=1)[0].lower()
            if first_word in vocab.determiners() and first_word not in vocab.word_class("indefinite_article"):
                words = {w.lower() for w in (mention.role_word, mention.role) if w}
                known = [e for e in self.entities.values() if e.kind is SpeakerKind.PERSON and e.roles & words]
                entity = self._nearest(known, mention.start)
                if entity is None:
                    key = "role:" + _organisation_key(text)
                    entity = self.entities.setdefault(key, _Entity(SpeakerKind.PERSON, key, gender=mention.gender))
                    entity.names.append(_organisation_name(text))
                entity.add(mention.start, mention.end, None, mention.gender, list(words))
                self._remember(mention.start, mention.end, entity, salient=True)
            return
        if mention.kind is MentionKind.NAME and mention.name and (mention.role or self.knows(mention) or len(mention.name.split()) > 1 or "-" in mention.name):
            entity = self._person(mention.name.split()[-1])
            entity.add(mention.start, mention.end, mention.name, mention.gender, [r for r in (mention.role, mention.role_word) if r])
            self._remember(mention.start, mention.end, entity, salient=True)

    def knows(self, mention: Mention) -> bool:
        """True when a name mention matches a person the text introduces elsewhere (``Jana
        Kessler``, ``Präsident Biden``): evidence that a bare capitalised word is a name."""
        if not mention.name:
            return False
        entity = self.entities.get("person:" + _strip_genitive(mention.name.split()[-1]))
        return entity is not None and bool(entity.names)

    # ------------------------------------------------------------------ resolving mentions

    def resolve(self, mention: Mention) -> tuple[_Entity | None, str]:
        """The entity a speaker mention denotes and how it was found (for the evidence string)."""
        if mention.kind is MentionKind.NAME and mention.name:
            surname = mention.name.split()[-1]
            entity = self._person(surname)
            entity.add(mention.start, mention.end, mention.name, mention.gender, [r for r in (mention.role, mention.role_word) if r])
            self._remember(mention.start, mention.end, entity, salient=True)
            return entity, "name"
        if mention.kind is MentionKind.ORGANISATION:
            key = "org:" + _organisation_key(self.ann.text[mention.start : mention.end])
            entity = self.entities.get(key)
            if entity is None:
                entity = self.entities[key] = _Entity(SpeakerKind.ORGANISATION, key)
            entity.add(mention.start, mention.end, mention.name or _organisation_name(self.ann.text[mention.start : mention.end]))
            self._remember(mention.start, mention.end, entity)
            return entity, "organisation"
        if mention.kind is MentionKind.ROLE:
            return self._resolve_role(mention)
        if mention.kind is MentionKind.PRONOUN:
            return self._resolve_pronoun(mention)
        return None, "none"

    def _resolve_role(self, mention: Mention) -> tuple[_Entity | None, str]:
        words = {w.lower() for w in (mention.role_word, mention.role) if w}
        text = self.ann.text[mention.start : mention.end]
        candidates = [e for e in self.entities.values() if e.kind is SpeakerKind.PERSON and e.roles & words]
        exact = [e for e in candidates if mention.role_word and mention.role_word.lower() in e.roles]
        chosen = self._nearest(exact or candidates, mention.start)
        how = "role-apposition"
        indefinite = text.split(maxsplit=1)[0].lower() in vocab.word_class("indefinite_article") or mention.plural
        if chosen is None and not indefinite:
            # the most recent person not known under another role ("der Präsident" is not the
            # person introduced as "Präsidentschaftskandidat")
            chosen = self._most_recent(mention.start, mention.gender, lambda e: not e.roles or bool(e.roles & words))
            how = "role-recent"
        if chosen is None:
            key = "role:" + _organisation_key(text)
            chosen = self.entities.get(key) if not indefinite else None
            if chosen is None:
                chosen = _Entity(SpeakerKind.PERSON, key, gender=mention.gender, plural=mention.plural)
                self.entities[key if not indefinite else f"{key}@{mention.start}"] = chosen
            chosen.names.append(_organisation_name(text))
            how = "role-new"
        chosen.add(mention.start, mention.end, None, mention.gender, [r for r in (mention.role, mention.role_word) if r])
        self._remember(mention.start, mention.end, chosen, salient=True)
        return chosen, how

    def _resolve_pronoun(self, mention: Mention) -> tuple[_Entity | None, str]:
        if mention.plural and mention.gender is None:
            return None, "pronoun-plural"
        chosen = self._most_recent(mention.start, mention.gender)
        if chosen is None:
            return None, "pronoun-unresolved"
        chosen.add(mention.start, mention.end)
        self._remember(mention.start, mention.end, chosen, salient=True)
        return chosen, "pronoun"

    def _most_recent(
        self, before: int, gender: str | None, acceptable: Callable[[_Entity], bool] = lambda entity: True
    ) -> _Entity | None:
        """The antecedent of a pronoun or role phrase at ``before``: the most recent compatible
        person who *spoke* (or was a resolved speaker) within the last few sentences, else the
        most recent compatible person mentioned at all. Speakers are the salient referents of
        news text; a name mentioned in passing in between should not steal "sagte er"."""
        window_start = self._window_start(before)
        self._observe_window(before)
        fallback = None
        i = bisect.bisect_left(self._starts, before) - 1
        while i >= 0:
            occurrence = self.occurrences[i]
            entity = occurrence.entity
            if (
                entity.kind is SpeakerKind.PERSON
                and (gender is None or entity.gender in (None, gender))
                and entity.is_person_like()
                and acceptable(entity)
            ):
                if occurrence.salient and occurrence.start >= window_start:
                    return entity
                if fallback is None:
                    fallback = entity
            if occurrence.start < window_start and fallback is not None:
                break
            i -= 1
        return fallback

    def _observe_window(self, position: int) -> None:
        """Register the speakers of the sentences in the salience window before ``position``."""
        if self._speakers_in is None or not self.ann.tokens:
            return
        token = min(self.ann.token_at(position), len(self.ann.tokens) - 1)
        sentence = self.ann.tokens[token].sent
        for previous in range(max(0, sentence - _WINDOW_SENTENCES), sentence + 1):
            if previous not in self._candidates:
                self._candidates[previous] = [m for m in self._speakers_in(previous) if m is not None]
            for mention in self._candidates[previous]:
                # a mention counts once, and only for pronouns after it
                if mention.start < position and (mention.start, mention.end) not in self._observed:
                    self._observed.add((mention.start, mention.end))
                    self.observe(mention)

    def _window_start(self, position: int) -> int:
        """Start of the sentence three sentences before ``position`` (the salience window)."""
        ann = self.ann
        token = min(ann.token_at(position), len(ann.tokens) - 1)
        if token < 0:
            return 0
        sentence = max(0, ann.tokens[token].sent - _WINDOW_SENTENCES)
        return ann.tokens[ann.sentences[sentence][0]].start

    def _nearest(self, entities: list[_Entity], position: int) -> _Entity | None:
        """The entity with an occurrence closest before ``position`` (else closest after)."""
        if not entities:
            return None
        if len(entities) == 1:
            return entities[0]

        def distance(entity: _Entity) -> tuple[int, int]:
            before = [position - s for s, _ in entity.spans if s <= position]
            after = [s - position for s, _ in entity.spans if s > position]
            return (0, min(before)) if before else (1, min(after) if after else 10**9)

        return min(entities, key=distance)

    # ------------------------------------------------------------------ output

    def speakers(self, registry: Sequence[Person] = ()) -> dict[int, Speaker]:
        """Freeze the entities into `Speaker` values (keyed by ``id(entity)``), applying the registry."""
        text = self.ann.text
        result: dict[int, Speaker] = {}
        for entity in self.entities.values():
            if not entity.spans:
                continue
            name, person_id, kind = entity.name, None, entity.kind
            match = _registry_match(entity, registry, text)
            if match is not None:
                name, person_id, kind = match.name, match.id, match.kind
            mentions = tuple(Span.of(text, s, e) for s, e in sorted(entity.spans))
            result[id(entity)] = Speaker(name, mentions, person_id, kind, entity.gender)
        return result


# `WordTable` flags of the words a person name may start with or follow
_CAPITALISED, _FIRST_NAME, _ROLE_OR_TITLE = 1, 2, 4


def _name_word_flags(word: str) -> int:
    flags = _CAPITALISED if word[:1].isupper() else 0
    kind = vocab.name_word(word)
    if kind == "first":
        flags |= _FIRST_NAME
    if kind == "role" or word in vocab.titles():
        flags |= _ROLE_OR_TITLE
    return flags


_NAME_WORDS = WordTable(_name_word_flags)


def _name_particle_inside(ann: Annotated, k: int) -> bool:
    """``von``, ``van der``, ``de la`` between name words (``Ursula von der Leyen``)."""
    tokens = ann.tokens
    if k + 1 >= len(tokens):
        return False
    text = tokens[k].text
    particle = text in vocab.name_particles() or (
        text in vocab.word_class("article_particle") and k > 0 and tokens[k - 1].text in vocab.name_particles()
    )
    following = tokens[k + 1].text
    return particle and (_is_proper_name(ann, k + 1) or (following in vocab.name_particles() or following in vocab.word_class("article_particle")))




def _strip_genitive(surname: str) -> str:
    return surname[:-1] if surname.endswith("s") and len(surname) > 4 and surname[-2] not in "sxz" else surname


def _organisation_name(text: str) -> str:
    words = text.split()
    if words and words[0].lower() in vocab.determiners():
        words = words[1:]
    return " ".join(words) or text


def _organisation_key(text: str) -> str:
    return _organisation_name(text).lower()


def _registry_match(entity: _Entity, registry: Sequence[Person], text: str) -> Person | None:
    if not registry:
        return None
    mention_texts = {text[s:e] for s, e in entity.spans} | set(entity.names)
    surnames = {n.split()[-1] for n in entity.names if n}
    for person in registry:
        names = (person.name, *person.aliases)
        if any(n in mention_texts for n in names):
            return person
        if entity.kind is SpeakerKind.PERSON and any(len(n.split()) > 1 and n.split()[-1] in surnames for n in names):
            if any(n.split()[0] == en.split()[0] for n in names for en in entity.names if len(en.split()) > 1) or all(
                len(en.split()) == 1 for en in entity.names
            ):
                return person
    return None
