"""The people and organisations of one document, and where the text mentions them.

Shared state of entity linking: `quotekit.name_collection` fills the table with the names it
finds in the text before any speaker is resolved, and `quotekit.entities.EntityLinker` adds the
mentions it resolves. Occurrences stay sorted by position, so "the nearest person before this
pronoun" is a bisection, and organisations are indexed by every name they go by.
"""

from __future__ import annotations

import bisect
import itertools
import weakref
from collections.abc import Callable, Iterable, Sequence

import attrs

from . import entity_words, organisation_names
from . import vocabulary as vocab
from .document import Annotated
from .phrases import coordinated_compound_start
from .model import SpeakerKind


def _regroup_roles(entity: Entity, attribute: attrs.Attribute, roles: frozenset[str]) -> frozenset[str]:
    """``on_setattr`` of `Entity.roles`: a person whose roles change moves to another group of
    the table's `PeopleIndex` (before the new roles are set: the old ones name its group)."""
    index = entity._people_index()
    if index is not None:
        index.regroup(entity, roles, entity.gender)
    return roles


def _regroup_gender(entity: Entity, attribute: attrs.Attribute, gender: str | None) -> str | None:
    """``on_setattr`` of `Entity.gender`: like `_regroup_roles`, the index groups by gender too."""
    index = entity._people_index()
    if index is not None:
        index.regroup(entity, entity.roles, gender)
    return gender


@attrs.define
class Entity:
    kind: SpeakerKind
    key: str
    names: list[str] = attrs.field(factory=list)
    gender: str | None = attrs.field(default=None, on_setattr=_regroup_gender)  # (see `_regroup_gender`)
    # role keys ("minister") and role words ("außenminister"); a frozenset that is replaced, not
    # changed in place, so that `PeopleIndex` hears of every change (see `_regroup_roles`)
    roles: frozenset[str] = attrs.field(factory=frozenset, converter=frozenset, on_setattr=attrs.setters.pipe(attrs.setters.convert, _regroup_roles))
    spans: list[tuple[int, int]] = attrs.field(factory=list)
    plural: bool = False  # a group ("die Demonstranten"): never the antecedent of "er"/"sie" (sg)
    full_name: bool = False  # a name of two or more words was seen ("Jana Kessler")
    grammatical_gender: str | None = None  # of an organisation's noun: "die Regierung … sie"
    spoke: bool = False  # a quotation was attributed to it (an unnamed role that spoke is someone)
    members: list[Entity] = attrs.field(factory=list)  # of a group of people listed by name ("X und Y")
    # look-ups derived from ``spans`` (see `first_span`, `distance`), asked for once per
    # candidate whenever a mention is resolved, and the `PeopleIndex` that groups this person by
    # its roles; not part of the value
    _first_span: tuple[int, int] | None = attrs.field(default=None, init=False, repr=False, eq=False)
    _span_set: set[tuple[int, int]] = attrs.field(factory=set, init=False, repr=False, eq=False)
    _sorted_starts: list[int] = attrs.field(factory=list, init=False, repr=False, eq=False)
    _index: weakref.ref[PeopleIndex] | None = attrs.field(default=None, init=False, repr=False, eq=False)
    # the roles and gender before a span changed them, for `withdraw`
    _changed_at: dict[tuple[int, int], tuple[frozenset[str], str | None]] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def is_person_like(self) -> bool:
        """Evidence that this is one person (a pronoun's antecedent): a full name, a known
        gender or a role noun seen with it — not just a capitalised word that spoke."""
        return not self.plural and bool(self.gender or self.roles or self.full_name)

    def add_roles(self, roles: Iterable[str]) -> None:
        """Give the entity these roles too (a new frozenset, see ``roles``)."""
        new = frozenset(roles) - self.roles
        if new:
            self.roles = self.roles | new

    # ``spans`` only ever grows, by `add`, which keeps the values derived from it up to date:
    # a person mentioned thousands of times must not make each look-up scan all the spans.

    def first_span(self) -> tuple[int, int]:
        """The earliest span (``min(spans)``): where the text first mentions the entity."""
        return self._first_span if self._first_span is not None else min(self.spans)  # (no spans: min's error)

    def distance(self, position: int) -> tuple[int, int]:
        """How far the entity's nearest mention is from ``position``: ``(0, d)`` for the closest
        span starting ``d`` characters at or before it, else ``(1, d)`` for the closest after it
        (``(1, 10**9)`` without spans). A bisection in the sorted span starts: a role phrase is
        compared with every person holding the role (`EntityLinker._nearest`)."""
        starts = self._sorted_starts
        i = bisect.bisect_right(starts, position)
        if i:
            return (0, position - starts[i - 1])
        return (1, starts[i] - position if i < len(starts) else 10**9)

    def spans_before(self, position: int) -> int:
        """How many spans start before ``position``."""
        return bisect.bisect_left(self._sorted_starts, position)

    def mentioned_in(self, start: int, end: int) -> bool:
        """Whether a span starts in ``[start, end)``."""
        i = bisect.bisect_left(self._sorted_starts, start)
        return i < len(self._sorted_starts) and self._sorted_starts[i] < end

    def last_start_before(self, position: int) -> int | None:
        """The start of the entity's last span that starts before ``position``, if any."""
        i = bisect.bisect_left(self._sorted_starts, position)
        return self._sorted_starts[i - 1] if i else None

    @property
    def name(self) -> str:
        """The most complete name: the one with most words, then the longest; a genitive form of
        another name (``Swantje Hartmanns`` beside ``Swantje Hartmann``) is not more complete."""
        if not self.names:
            return self.key
        known = set(self.names)
        nominative = [n for n in self.names if not (n.endswith("s") and n[:-1] in known)]
        return max(nominative or self.names, key=lambda n: (len(n.split()), len(n)))

    def _people_index(self) -> PeopleIndex | None:
        """The `PeopleIndex` that groups this person, if one took it in and is still alive."""
        return self._index() if self._index is not None else None

    def add(self, start: int, end: int, name: str | None = None, gender: str | None = None, role: Sequence[str] = ()) -> None:
        before = (self.roles, self.gender)
        if (start, end) not in self._span_set:
            self.spans.append((start, end))
            self._span_set.add((start, end))
            bisect.insort(self._sorted_starts, start)
            if self._first_span is None or (start, end) < self._first_span:
                self._first_span = (start, end)
            index = self._people_index()
            if index is not None:
                index.mentioned(self, start)
        if name and name not in self.names:
            self.names.append(name)
            self.full_name = self.full_name or " " in name.strip()
        if gender and not self.gender and not (gender == "n" and self.kind is SpeakerKind.PERSON):
            # a neuter role noun ("Vorstandsmitglied Simone Kraft") says nothing of the person
            self.gender = gender
        if role:
            self.add_roles(r.lower() for r in role if r)
        if (self.roles, self.gender) != before:
            self._changed_at.setdefault((start, end), before)

    def withdraw(self, start: int, end: int) -> None:
        """Take back the span ``(start, end)`` and the roles and gender it brought (a mention
        the reranker gave someone else)."""
        if (start, end) not in self._span_set:
            return
        if (before := self._changed_at.pop((start, end), None)) is not None:
            self.roles, self.gender = before
        self.spans.remove((start, end))
        self._span_set.discard((start, end))
        del self._sorted_starts[bisect.bisect_left(self._sorted_starts, start)]
        self._first_span = min(self.spans) if self.spans else None
        index = self._people_index()
        if index is not None:
            index.unmentioned(self, start)


@attrs.frozen
class Occurrence:
    start: int
    end: int
    entity: Entity
    salient: bool = False  # the subject of a speech cue or a sentence: preferred by pronouns


class EntityTable:
    """The entities of one document with their occurrences (sorted by start) and look-ups."""

    def __init__(self, ann: Annotated, quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.ann = ann
        self.entities: dict[str, Entity] = {}
        self.occurrences: list[Occurrence] = []  # sorted by start
        self.starts: list[int] = []  # the occurrences' starts, for bisection
        self.quoted = sorted(quoted)  # the quotations' character ranges
        self.namesakes: dict[str, list[Entity]] = {}  # surname → the people who bear it
        self.organisation_names: dict[str, Entity] = {}  # every name of an organisation
        self.organisation_name_starts: dict[str, Entity] = {}  # the first words of longer names
        self.organisation_name_ends: dict[str, Entity] = {}  # the last word of longer names
        self._kind_initials: dict[str, Entity] = {}  # "TH": the first organisation named so
        self.people = PeopleIndex(self.entities)
        self.handover: list[tuple[int, str, Entity]] = []  # (start, part, person) of `succession`, in text order

    def inside_quote(self, char: int) -> bool:
        return self.quote_around(char) is not None

    def quote_around(self, char: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.quoted, (char, 10**12)) - 1
        return self.quoted[i] if i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1] else None

    def occurrences_between(self, start: int, end: int) -> list[Occurrence]:
        """The occurrences that start in ``[start, end)``."""
        return self.occurrences[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]

    def near(self, char: int) -> list[Occurrence]:
        """The (at most two) occurrences that start at or just before ``char``."""
        i = bisect.bisect_right(self.starts, char)
        return self.occurrences[max(0, i - 2) : i]

    def covered(self, char: int) -> bool:
        """Whether an occurrence found earlier covers ``char``."""
        return any(o.start <= char < o.end for o in self.near(char))

    def person(self, surname: str, name: str | None = None, position: int | None = None) -> Entity:
        """The person with this surname. A full ``name`` with another first name than a person
        already known by the surname (``Klaus Oltmann`` … ``Jan Oltmann``) is someone else
        (father and son, siblings); a bare surname is the namesake mentioned last before
        ``position``."""
        surname = entity_words.strip_genitive(surname)
        people = self.namesakes.setdefault(surname, [])
        first = name.split()[0] if name and " " in name.strip() else None
        if first is not None:
            for person in people:
                firsts = {n.split()[0] for n in person.names if " " in n.strip()}
                # (or the end of a longer name whose first word is no first name: "Salgueiro
                # Matos" of "Henrique Salgueiro Matos", both surnames)
                if not firsts or first in firsts or (vocab.first_name_gender(first) is False and any(n.endswith(" " + name) for n in person.names)):
                    self._first_surnames(person, name)
                    return person
        elif people:
            before = [p for p in people if position is not None and p.last_start_before(position) is not None]
            # (one the text first named with this surname: not the wife "Anke" whose surname was
            # only inferred, in "Landwirt Hauke X … Seine Frau Anke … X selbst")
            written = [p for p in before if self.ann.text[slice(*p.first_span())].endswith(surname)]
            before = written or before
            return max(before, key=lambda p: p.last_start_before(position)) if before else people[0]
        key = "person:" + surname if not people else f"person:{surname}#{len(people) + 1}"
        entity = self.entities[key] = Entity(SpeakerKind.PERSON, key)
        people.append(entity)
        self._first_surnames(entity, name)
        return entity

    def _first_surnames(self, person: Entity, name: str | None) -> None:
        """``Adolfo Pérez Esquivel``, ``Gabriel García Márquez``: a capitalised word between the
        first name and the surname that is no first name is a first surname, by which the text may
        call the person alone (``Pérez hoffte``)."""
        words = name.split() if name else []
        if not all(word[:1].isupper() for word in words):
            return  # "Anna von der Au": particles make no first surname
        for word in words[1:-1]:
            if word[:1].isupper() and word.isalpha() and vocab.first_name_gender(word) is False and word not in self.namesakes:
                self.namesakes[word] = [person]
                self.entities.setdefault("person:" + word, person)

    def namesakes_of(self, person: Entity) -> list[Entity]:
        """The people who share ``person``'s surname (``person`` among them)."""
        return next((people for people in self.namesakes.values() if any(p is person for p in people)), [])

    def by_first_name(self, first: str, position: int) -> Entity | None:
        """``Lea und Mara Kolbe … räumt Mara ein``: the one person named in full before
        ``position`` whose first name this is (none when no one or several are)."""
        if self.namesakes.get(first) or vocab.first_name_gender(first) is False:
            return None  # a surname after all
        people = [
            person
            for people in self.namesakes.values()
            for person in people
            if person.full_name and any(name.split()[0] == first for name in person.names if " " in name) and person.first_span()[0] < position
        ]
        return people[0] if len(people) == 1 else None

    def named_organisation(
        self, i: int, j: int, noun: str, adjective: str | None = None, nominative: bool = False, end: int | None = None
    ) -> Entity:
        """Register the organisation named by tokens ``i``–``j`` after its kind noun ``noun``
        (and the ``adjective`` of its name before the noun: ``Kassenärztliche``); with
        ``nominative``, its nouns lose a genitive ending (``des Instituts für X`` → ``Institut
        für X``); ``end`` cuts the name before the end of token ``j`` (a sentence's full stop
        kept in ``GmbH.``)."""
        tokens = self.ann.tokens
        noun = entity_words.genitive_stem(noun)
        head = i - 1 if i > 0 and entity_words.genitive_stem(tokens[i - 1].text) == noun else i  # the kind noun, if before the name
        tail = organisation_names.seat_tail_end(self.ann, head, j) if end is None else j
        end = tokens[j].end if end is None else end
        name = self.ann.text[tokens[i].start : end]
        if nominative:
            name = " ".join(entity_words.genitive_stem(word) for word in name.split())
        if tail > j:  # "… des Landkreises Rabenau": the tail keeps its case
            end = tokens[tail].end
            name += " " + self.ann.text[tokens[j + 1].start : end]
        key = "org:" + name.lower()
        entity = self.entities.get(key)
        if entity is not None and _another_kind(entity, noun):
            # "Die Gemeinde Tannbach … Die Feuerwehr Tannbach": another organisation of the place
            key = f"org:{noun.lower()} {name.lower()}"
            entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(SpeakerKind.ORGANISATION, key)
            info = vocab.organisation_noun(noun)
            entity.grammatical_gender = grammatical_gender(info)
        entity.add(tokens[i].start, end, name, None, [noun])
        if adjective and name.startswith(noun):
            entity.names.append(f"{_name_form(adjective, entity.grammatical_gender)} {name}")  # "die Peruanische Agentur für X"
        if not noun.lower().endswith(tuple(entity_words.of_class("descriptor_noun"))) and not name.startswith(noun):
            noun = self._with_coordinated_compounds(i - 1, noun)  # "Industrie- und Handelskammer"
            entity.names.append(f"{noun} {name}")  # "die Reederei Baltmar": the noun is part of the name
            if adjective:
                entity.names.append(f"{_name_form(adjective, entity.grammatical_gender)} {noun} {name}")
            elif i >= 2 and _club_ordinal(tokens[i - 2].text):
                entity.names.append(f"{tokens[i - 2].text} {noun} {name}")  # "vom Zweitligisten 1. FC Sandbeck"
        self.remember(tokens[i].start, end, entity)
        return entity

    def _with_coordinated_compounds(self, k: int, noun: str) -> str:
        """``noun`` (the word at token ``k``) with the truncated compounds coordinated before it:
        ``Industrie- und Handelskammer``."""
        if k <= 0 or entity_words.genitive_stem(self.ann.texts[k]) != noun:
            return noun
        first = coordinated_compound_start(self.ann, k)
        if first == k:
            return noun
        return self.ann.text[self.ann.tokens[first].start : self.ann.tokens[k - 1].end] + " " + noun

    def add_predicate_role(self, entity: Entity, k: int) -> None:
        """``… ist seit 2019 Dekanin``: the role a copula at token ``k`` gives the person
        before it (a name, a surname, a role phrase that stands for someone)."""
        predicate = entity_words.predicate_role(self.ann, k)
        if predicate is not None and entity.kind is SpeakerKind.PERSON and not entity.plural:
            entity.add_roles((predicate.key, self.ann.tokens[entity_words.predicate_end(self.ann, k)].text.lower()))

    def remember(self, start: int, end: int, entity: Entity, salient: bool = False) -> None:
        i = bisect.bisect_left(self.starts, start)
        self.starts.insert(i, start)
        self.occurrences.insert(i, Occurrence(start, end, entity, salient))
        if entity.kind is SpeakerKind.ORGANISATION:
            self._index_organisation(entity)

    def reassign(self, start: int, end: int, old: Entity, new: Entity) -> None:
        """The occurrences of ``old`` at ``(start, end)`` are ``new``'s."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.starts) and self.starts[i] == start:
            occurrence = self.occurrences[i]
            if occurrence.entity is old and occurrence.end == end:
                self.occurrences[i] = attrs.evolve(occurrence, entity=new)
            i += 1
        if new.kind is SpeakerKind.ORGANISATION:
            self._index_organisation(new)

    def _index_organisation(self, entity: Entity) -> None:
        """Look-ups of an organisation by any of its names, by the first words of a longer name
        (``Gewerkschaft Bahn`` → ``Gewerkschaft Bahn und Bus``) and by the initials of its
        capitalised words (``die GBU``)."""
        for name in entity.names:
            self.organisation_names.setdefault(name, entity)
            words = name.split()
            for n in range(1, len(words)):
                self.organisation_name_starts.setdefault(" ".join(words[:n]), entity)
            if len(words) >= 2 and vocab.organisation_noun(words[-1]) is None:
                self.organisation_name_ends.setdefault(words[-1], entity)  # "die Lakers" of "Lauterbach Lakers"
            if len(words) >= 3 and vocab.is_acronym(words[0]):
                for n in range(2, len(words)):  # "die Eintracht" of "FC Eintracht Moorbach"
                    self.organisation_name_starts.setdefault(" ".join(words[1:n]), entity)
            initials = "".join(word[0] for word in words if word[:1].isupper())
            if len(initials) >= 3:  # "die KVF" for "Kassenärztliche Vereinigung Falkenried"
                self.organisation_names.setdefault(initials, entity)
            if len(words) >= 3 and initials != (every := "".join(word[0] for word in words)):
                self.organisation_names.setdefault(every, entity)  # "der VdL" for "Verband der Landkliniken"
            if len(words) >= 3 and all(word[:1].isupper() for word in words):
                # "die TH" for "Technische Hochschule Lahnfeld": the kind without its place (not
                # when two places have one: "die TH" after the TH Kornbach and the TH Lindenau)
                short = "".join(word[0] for word in words[:-1])
                if self._kind_initials.setdefault(short, entity) is not entity:
                    if self.organisation_names.get(short) is self._kind_initials[short]:
                        del self.organisation_names[short]
                else:
                    self.organisation_names.setdefault(short, entity)


def _club_ordinal(word: str) -> bool:
    """``1.``: a one-digit ordinal, which opens a club's name before its kind (``1. FC X``)."""
    return len(word) == 2 and word[0].isdigit() and word[1] == "."


def _name_form(adjective: str, gender: str | None) -> str:
    """The adjective of a name as the name is written alone: ``der Technischen Hochschule X`` →
    ``Technische Hochschule X``, ``des Technischen Hilfswerks`` → ``Technisches``, ``beim
    Deutschen Wetterdienst`` → ``Deutscher`` (the weak ``-en`` of an oblique case), ``Das
    Staatliche Schulamt`` → ``Staatliches`` (the weak ``-e`` after an article, which only a
    feminine name keeps)."""
    if gender in ("m", "n") and adjective.endswith("e"):
        return adjective + {"m": "r", "n": "s"}[gender]
    if not adjective.endswith("en") or gender not in ("f", "m", "n"):
        return adjective
    return adjective[:-1] + {"f": "", "m": "r", "n": "s"}[gender]


def _another_kind(entity: Entity, noun: str) -> bool:
    """The organisation was named with a kind noun (``Gemeinde``) that shares no kind with
    ``noun`` (``Feuerwehr``): the same name after ``noun`` is another organisation."""
    # (a kind noun only the kinds list knows counts too: "die Kellerbühne Quellstedt")
    kind_nouns = [role for role in entity.roles if vocab.organisation_noun(role.capitalize()) is not None or entity_words.organisation_kinds(role)]
    if not kind_nouns or noun.lower() in kind_nouns or vocab.organisation_noun(noun.capitalize()) is None:
        return False
    kinds = entity_words.organisation_kinds(noun.lower())
    distinct = entity_words.of_class("distinct_kind")
    if any(
        (kinds & distinct) != (entity_words.organisation_kinds(role) & distinct) and not role.endswith(noun.lower())
        for role in kind_nouns
    ):
        # "Die Polizeiinspektion X … Das Landratsamt X": authorities both, two bodies (but "Die
        # Polizeidirektion X … Die Direktion X": the short form of the same)
        return True
    return not any(kinds & entity_words.organisation_kinds(role) for role in kind_nouns)


def grammatical_gender(noun: vocab.NounInfo | None) -> str | None:
    """How a pronoun refers to an organisation named by this noun: ``pl`` for a plural-only noun
    (die Stadtwerke … sie), else the noun's gender."""
    if noun is None:
        return None
    return "pl" if noun.plural else noun.gender


class PeopleIndex:
    """The people of a table grouped by their roles and gender, each group with where the text
    mentions its members, for `nearest` and `any_holder`.

    Why: a role phrase (``der Vereinschef``) is compared with every person of the document, and
    a text naming thousands of people who share a role made that quadratic. Everything a role
    phrase asks of a person but where it is mentioned — its roles and its gender — is the same
    for the whole group, so each question runs once per group, and the person of a group
    mentioned nearest to a position is a bisection in the group's sorted mentions. The groups
    follow the table's ``entities``, which only ever grow: people added there are taken in at the
    next look-up, and a person whose roles, gender or spans change tells the index (`_regroup`,
    `Entity.add`, through a weak reference, so that no reference cycle keeps a document alive).
    """

    def __init__(self, entities: dict[str, Entity]) -> None:
        self._entities = entities
        self._taken = 0  # the values of ``entities`` grouped so far, in insertion order
        self._groups: dict[tuple[frozenset[str], str | None], _RoleGroup] = {}  # (roles, gender) → group
        self._positions: dict[int, int] = {}  # id(person) → its first position in ``entities``
        self._person_at: dict[int, Entity] = {}  # the inverse

    def any_holder(self, fits: Callable[[frozenset[str], str | None], bool]) -> bool:
        """Whether a person's roles and gender pass ``fits``."""
        self._take_new()
        return any(group.members and fits(roles, gender) for (roles, gender), group in self._groups.items())

    def nearest(
        self, fits: Callable[[frozenset[str], str | None], bool], position: int, accept: Callable[[Entity], bool] | None = None
    ) -> Entity | None:
        """Of the people whose roles and gender pass ``fits`` (and who pass ``accept``, when
        given), the one `EntityLinker._nearest` would pick from a list of them in the table's
        order: the smallest `Entity.distance` to ``position``, the earliest in the table on a tie."""
        self._take_new()
        best: tuple[tuple[int, int], int] | None = None
        for (roles, gender), group in self._groups.items():
            if group.members and fits(roles, gender):
                found = group.nearest(position, accept)
                if found is not None and (best is None or found < best):
                    best = found
        return self._person_at[best[1]] if best is not None else None

    def regroup(self, person: Entity, roles: frozenset[str], gender: str | None) -> None:
        """Move ``person`` from the group of its current roles and gender to that of these."""
        old = self._groups[(person.roles, person.gender)]
        new = self._groups.setdefault((roles, gender), _RoleGroup())
        position = self._positions[id(person)]
        old.remove(person, position)
        new.add(person, position)

    def mentioned(self, person: Entity, start: int) -> None:
        """``person`` got a span starting at ``start``."""
        self._groups[(person.roles, person.gender)].add_mention(start, self._positions[id(person)])

    def unmentioned(self, person: Entity, start: int) -> None:
        """``person`` lost a span starting at ``start``."""
        self._groups[(person.roles, person.gender)].remove_mention(start, self._positions[id(person)])

    def _take_new(self) -> None:
        if self._taken == len(self._entities):
            return
        new = itertools.islice(self._entities.values(), self._taken, None)
        for position, entity in enumerate(new, self._taken):
            # (a person under two keys counts once; a group holds no role a single person is named by)
            if entity.kind is SpeakerKind.PERSON and not entity.plural and id(entity) not in self._positions:
                self._positions[id(entity)] = position
                self._person_at[position] = entity
                self._groups.setdefault((entity.roles, entity.gender), _RoleGroup()).add(entity, position)
                entity._index = weakref.ref(self)
        self._taken = len(self._entities)


_AFTER_ALL = 1 << 62  # greater than any position in a table: bisects past every mention at a start


class _RoleGroup:
    """The people of one set of roles and one gender (by their position in the table) and the
    starts of their spans, sorted, each with its person's position."""

    __slots__ = ("members", "mentions")

    def __init__(self) -> None:
        self.members: dict[int, Entity] = {}
        self.mentions: list[tuple[int, int]] = []

    def add(self, person: Entity, position: int) -> None:
        self.members[position] = person
        for start, _ in person.spans:
            self.add_mention(start, position)

    def add_mention(self, start: int, position: int) -> None:
        bisect.insort(self.mentions, (start, position))

    def remove_mention(self, start: int, position: int) -> None:
        del self.mentions[bisect.bisect_left(self.mentions, (start, position))]

    def remove(self, person: Entity, position: int) -> None:
        del self.members[position]
        for start, _ in person.spans:
            del self.mentions[bisect.bisect_left(self.mentions, (start, position))]

    def nearest(self, position: int, accept: Callable[[Entity], bool] | None) -> tuple[tuple[int, int], int] | None:
        """``(distance, position in the table)`` of the accepted member nearest to ``position``,
        with `Entity.distance`'s measure: the latest span start at or before it, else the earliest
        after it, else a member without spans."""
        mentions, members = self.mentions, self.members
        fitting = (lambda k: True) if accept is None else (lambda k: accept(members[mentions[k][1]]))
        split = bisect.bisect_right(mentions, (position, _AFTER_ALL))
        before = next((k for k in range(split - 1, -1, -1) if fitting(k)), None)
        if before is not None:
            start = mentions[before][0]
            # of the members mentioned at that same start, the earliest in the table
            first = next(k for k in range(bisect.bisect_left(mentions, (start, -1)), before + 1) if fitting(k))
            return (0, position - start), mentions[first][1]
        after = next((k for k in range(split, len(mentions)) if fitting(k)), None)
        if after is not None:
            return (1, mentions[after][0] - position), mentions[after][1]
        spanless = [p for p, person in members.items() if not person.spans and (accept is None or accept(person))]
        return ((1, 10**9), min(spanless)) if spanless else None
