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
from operator import itemgetter

import attrs

from . import entity_words
from . import vocabulary as vocab
from .document import Annotated
from .model import SpeakerKind


def _regroup(entity: Entity, attribute: attrs.Attribute, roles: frozenset[str]) -> frozenset[str]:
    """``on_setattr`` of `Entity.roles`: a person whose roles change moves to another group of
    the table's `PeopleIndex` (before the new roles are set: the old ones name its group)."""
    index = entity._index() if entity._index is not None else None
    if index is not None:
        index.regroup(entity, roles)
    return roles


@attrs.define
class Entity:
    kind: SpeakerKind
    key: str
    names: list[str] = attrs.field(factory=list)
    gender: str | None = None
    # role keys ("minister") and role words ("außenminister"); a frozenset that is replaced, not
    # changed in place, so that `PeopleIndex` hears of every change (see `_regroup`)
    roles: frozenset[str] = attrs.field(factory=frozenset, converter=frozenset, on_setattr=attrs.setters.pipe(attrs.setters.convert, _regroup))
    spans: list[tuple[int, int]] = attrs.field(factory=list)
    plural: bool = False  # a group ("die Demonstranten"): never the antecedent of "er"/"sie" (sg)
    full_name: bool = False  # a name of two or more words was seen ("Jana Kessler")
    grammatical_gender: str | None = None  # of an organisation's noun: "die Regierung … sie"
    spoke: bool = False  # a quotation was attributed to it (an unnamed role that spoke is someone)
    members: list[Entity] = attrs.field(factory=list)  # of a group of people listed by name ("X und Y")
    # look-ups derived from ``spans`` (see `first_span`, `distance`), asked for once per
    # candidate whenever a mention is resolved, and the `PeopleIndex` that groups this person by
    # its roles; not part of the value
    _first_span: tuple[tuple[int, int], int] | None = attrs.field(default=None, init=False, repr=False, eq=False)
    _sorted_starts: list[int] = attrs.field(factory=list, init=False, repr=False, eq=False)
    _index: weakref.ref[PeopleIndex] | None = attrs.field(default=None, init=False, repr=False, eq=False)

    def is_person_like(self) -> bool:
        """Evidence that this is one person (a pronoun's antecedent): a full name, a known
        gender or a role noun seen with it — not just a capitalised word that spoke."""
        return not self.plural and bool(self.gender or self.roles or self.full_name)

    def add_roles(self, roles: Iterable[str]) -> None:
        """Give the entity these roles too (a new frozenset, see ``roles``)."""
        new = frozenset(roles) - self.roles
        if new:
            self.roles = self.roles | new

    # ``spans`` only ever grows (spans are appended), so a value derived from it stays valid
    # while its length is unchanged: the look-ups below rebuild it when the length differs.

    def first_span(self) -> tuple[int, int]:
        """The earliest span (``min(spans)``): where the text first mentions the entity."""
        if self._first_span is None or self._first_span[1] != len(self.spans):
            self._first_span = (min(self.spans), len(self.spans))
        return self._first_span[0]

    def distance(self, position: int) -> tuple[int, int]:
        """How far the entity's nearest mention is from ``position``: ``(0, d)`` for the closest
        span starting ``d`` characters at or before it, else ``(1, d)`` for the closest after it
        (``(1, 10**9)`` without spans). A bisection in the sorted span starts: a role phrase is
        compared with every person holding the role (`EntityLinker._nearest`)."""
        starts = self._sorted_starts
        if len(starts) != len(self.spans):
            starts = self._sorted_starts = sorted(start for start, _ in self.spans)
        i = bisect.bisect_right(starts, position)
        if i:
            return (0, position - starts[i - 1])
        return (1, starts[i] - position if i < len(starts) else 10**9)

    @property
    def name(self) -> str:
        return max(self.names, key=lambda n: (len(n.split()), len(n))) if self.names else self.key

    def add(self, start: int, end: int, name: str | None = None, gender: str | None = None, role: Sequence[str] = ()) -> None:
        if (start, end) not in self.spans:
            self.spans.append((start, end))
        if name and name not in self.names:
            self.names.append(name)
            self.full_name = self.full_name or " " in name.strip()
        if gender and not self.gender and not (gender == "n" and self.kind is SpeakerKind.PERSON):
            # a neuter role noun ("Vorstandsmitglied Simone Kraft") says nothing of the person
            self.gender = gender
        self.add_roles(r.lower() for r in role if r)


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
        self.people = PeopleIndex(self.entities)

    def inside_quote(self, char: int) -> bool:
        return self.quote_around(char) is not None

    def quote_around(self, char: int) -> tuple[int, int] | None:
        i = bisect.bisect_right(self.quoted, (char, 10**12)) - 1
        return self.quoted[i] if i >= 0 and self.quoted[i][0] <= char < self.quoted[i][1] else None

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
                if not firsts or first in firsts:
                    self._first_surnames(person, name)
                    return person
        elif people:
            before = [p for p in people if position is not None and any(start < position for start, _ in p.spans)]
            return max(before, key=lambda p: max(start for start, _ in p.spans if start < position)) if before else people[0]
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

    def named_organisation(self, i: int, j: int, noun: str, adjective: str | None = None, nominative: bool = False) -> Entity:
        """Register the organisation named by tokens ``i``–``j`` after its kind noun ``noun``
        (and the ``adjective`` of its name before the noun: ``Kassenärztliche``); with
        ``nominative``, its nouns lose a genitive ending (``des Instituts für X`` → ``Institut
        für X``)."""
        tokens = self.ann.tokens
        noun = entity_words.genitive_stem(noun)
        name = self.ann.text[tokens[i].start : tokens[j].end]
        if nominative:
            name = " ".join(entity_words.genitive_stem(word) for word in name.split())
        key = "org:" + name.lower()
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(SpeakerKind.ORGANISATION, key)
            info = vocab.organisation_noun(noun)
            entity.grammatical_gender = grammatical_gender(info)
        entity.add(tokens[i].start, tokens[j].end, name, None, [noun])
        if not noun.lower().endswith(tuple(entity_words.of_class("descriptor_noun"))) and not name.startswith(noun):
            entity.names.append(f"{noun} {name}")  # "die Reederei Baltmar": the noun is part of the name
            if adjective:
                entity.names.append(f"{adjective} {noun} {name}")
        self.remember(tokens[i].start, tokens[j].end, entity)
        return entity

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

    def _index_organisation(self, entity: Entity) -> None:
        """Look-ups of an organisation by any of its names, by the first words of a longer name
        (``Gewerkschaft Bahn`` → ``Gewerkschaft Bahn und Bus``) and by the initials of its
        capitalised words (``die GBU``)."""
        for name in entity.names:
            self.organisation_names.setdefault(name, entity)
            words = name.split()
            for n in range(1, len(words)):
                self.organisation_name_starts.setdefault(" ".join(words[:n]), entity)
            initials = "".join(word[0] for word in words if word[:1].isupper())
            if len(initials) >= 3:  # "die KVF" for "Kassenärztliche Vereinigung Falkenried"
                self.organisation_names.setdefault(initials, entity)
            if len(words) >= 3 and initials != (every := "".join(word[0] for word in words)):
                self.organisation_names.setdefault(every, entity)  # "der VdL" for "Verband der Landkliniken"


def grammatical_gender(noun: vocab.NounInfo | None) -> str | None:
    """How a pronoun refers to an organisation named by this noun: ``pl`` for a plural-only noun
    (die Stadtwerke … sie), else the noun's gender."""
    if noun is None:
        return None
    return "pl" if noun.plural else noun.gender


class PeopleIndex:
    """The people of a table grouped by their set of roles, for `role_holders`.

    Why: a role phrase (``der Vereinschef``) is compared with every person of the document, and
    a text naming thousands of people made that quadratic. People with the same roles get the
    same answer, so the comparison runs once per distinct role set. The groups follow the
    table's ``entities``, which only ever grow: people added there are taken in at the next
    look-up, and a person whose roles change tells the index (`_regroup`, through a weak
    reference, so that no reference cycle keeps a document alive).
    """

    def __init__(self, entities: dict[str, Entity]) -> None:
        self._entities = entities
        self._taken = 0  # the values of ``entities`` grouped so far, in insertion order
        self._groups: dict[frozenset[str], dict[int, Entity]] = {}  # roles → {position: person}
        self._positions: dict[int, list[int]] = {}  # id(person) → its positions in ``entities``

    def role_holders(self, fits: Callable[[frozenset[str]], bool]) -> list[Entity]:
        """The people whose roles ``fits``, in the order of the table's ``entities``."""
        self._take_new()
        found = [member for roles, members in self._groups.items() if members and fits(roles) for member in members.items()]
        found.sort(key=itemgetter(0))
        return [person for _, person in found]

    def regroup(self, person: Entity, roles: frozenset[str]) -> None:
        """Move ``person`` from the group of its current roles to that of ``roles``."""
        old, new = self._groups[person.roles], self._groups.setdefault(roles, {})
        for position in self._positions[id(person)]:
            del old[position]
            new[position] = person

    def _take_new(self) -> None:
        if self._taken == len(self._entities):
            return
        new = itertools.islice(self._entities.values(), self._taken, None)
        for position, entity in enumerate(new, self._taken):
            if entity.kind is SpeakerKind.PERSON:
                self._groups.setdefault(entity.roles, {})[position] = entity
                self._positions.setdefault(id(entity), []).append(position)
                entity._index = weakref.ref(self)
        self._taken = len(self._entities)
