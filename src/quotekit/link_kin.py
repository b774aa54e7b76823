"""Relatives, couples, families and groups: ``Ihr Mann``, ``der Senior``, ``die beiden`` linked to
the people the text named together (`EntityLinker` mixes this in).
"""

from __future__ import annotations

import bisect


from . import entity_words
from . import vocabulary as vocab
from .entity_table import Entity, Occurrence
from .mentions import Mention, MentionKind
from .model import SpeakerKind
from .person_traits import age_of, current_roles, in_situation

_PAIR_WINDOW_SENTENCES = 5  # how far back "die beiden" looks for two people named together
_MAX_WORDS_BEFORE_SUBJECT = 3  # role words and articles before a sentence-opening name


class KinLinks:
    """Part of `quotekit.entities.EntityLinker`: its state (``ann``, ``table``) and the
    methods of the other parts come from the linker."""

    def _by_generation(self, mention: Mention, text: str) -> Entity | None:
        """``Bäckermeister Gerhard X übergibt an seinen Sohn Jonas X. … sagte der Senior``: in a
        family the text names (people sharing a surname), a word for a generation (``der
        Senior``, ``die Jüngere``, ``der Vater``) is the member introduced as of that generation,
        or else the only other member of the gender when the rest are introduced as of the other."""
        words = text.split()
        if mention.plural or len(words) < 2 or words[0].lower() not in entity_words.of_class("definite_article"):
            return None
        if not all(word.islower() for word in words[1:-1]):
            return None  # "die Mutter von drei Kindern" describes, "die Mutter des Opfers" is someone's
        generation = entity_words.generation(words[-1].lower())
        if generation is None:
            return None
        very = words[-1].lower()
        called_so = self.table.people.nearest(
            lambda roles, gender: very in roles and gender in (None, mention.gender or gender), mention.start, lambda e: e.full_name
        )
        if called_so is not None:
            # "Der Jungunternehmer Kai X … sagte der Jungunternehmer", "Mutter Stefanie X und ihre
            # Tochter Jule X … die Mutter": whoever was named so
            return called_so
        relatives = [
            person
            for people in self.table.namesakes.values()
            if len(people) > 1
            for person in people
            if person.first_span()[0] < mention.start and person.full_name
        ]
        family = [person for person in relatives if mention.gender is None or person.gender == mention.gender]
        marked = {id(person): entity_words.generation_of_roles(person.roles, words[-1].lower()) for person in relatives}
        same = [person for person in family if marked[id(person)] == generation]
        if len(same) == 1:
            return same[0]
        # (the other generation may be of the other gender: "übergibt an seine Tochter X … der Seniorchef")
        other = [person for person in relatives if marked[id(person)] not in (None, generation)]
        rest = [person for person in family if person not in other]
        if other and len(rest) == 1:
            return rest[0]  # ("an seine Söhne A und B … der Vater")
        return self._by_age_compared(mention, very, generation) if not family else None

    def _by_age_compared(self, mention: Mention, word: str, generation: str) -> Entity | None:
        """``den 38-jährigen Tobias X … der 67-Jährige Y … Der Jüngere``: outside a family, a
        comparative (``generation_comparative``) picks the younger or older of the two people of
        its gender last named whose ages the text gave."""
        if word not in entity_words.of_class("generation_comparative"):
            return None
        aged = []
        for occurrence in reversed(self.table.occurrences_between(0, mention.start)):
            person = occurrence.entity
            if person.kind is SpeakerKind.PERSON and person.full_name and person.gender in (None, mention.gender or person.gender):
                age = age_of(person)
                if age is not None and all(person is not other for _, other in aged):
                    aged.append((age, person))
            if len(aged) == 2:
                break
        if len(aged) < 2 or aged[0][0] == aged[1][0]:
            return None
        return (max if generation == "elder" else min)(aged, key=lambda pair: pair[0])[1]

    def _namesake_by_generation(self, person: Entity, mention: Mention) -> Entity | None:
        """``sagte Hollenbach senior``, ``Müller junior``: a surname followed by a word for a
        generation is the one of the people sharing it who is of that generation: introduced
        as such (``sein Sohn Jonas X``), else the oldest or youngest by the ages the text gave."""
        k = self.ann.token_at(mention.end - 1) + 1
        word = self.ann.texts[k] if k < len(self.ann.texts) else ""
        generation = entity_words.generation(word) if word.islower() else None
        if generation is None:
            return None
        info = vocab.role_noun(word.capitalize())  # "senior" is a man, "seniorin" a woman
        gender = info.gender if info is not None and info.gender in ("m", "f") else None
        family = [p for p in self.table.namesakes_of(person) if p.full_name and p.first_span()[0] < mention.start and gender in (None, p.gender)]
        if len(family) < 2:
            return None
        same = [p for p in family if entity_words.generation_of_roles(p.roles) == generation]
        if len(same) == 1:
            return same[0]
        aged = [(age, p) for p in family if (age := age_of(p)) is not None]
        if len(aged) >= 2:
            return (max if generation == "elder" else min)(aged, key=lambda pair: pair[0])[1]
        return None

    def _relative(self, mention: Mention, text: str) -> Entity | None:
        """``Erika und Josef Brunner … sagte die Schaustellerin. Ihr Mann ergänzte``: a kinship
        noun after a possessive is the possessor's relative — someone known in that relation, or
        the person of the noun's gender who shares the surname of the person just talked about."""
        gender = entity_words.possessor_gender(text)
        if gender is None or mention.plural or self._has_role_holder(entity_words.role_words(mention)):
            return None
        possessor = self._most_recent(mention.start, gender)
        if possessor is None or not possessor.full_name:
            return None
        kinship = entity_words.of_class("relation_noun")
        # (or someone the text introduced in this relation: "Elke Rabe und ihr Mann Horst")
        very = {w.lower() for w in (mention.role_word, mention.head) if w} & kinship
        introduced = self.table.people.nearest(lambda roles, gender: bool(very & roles), mention.start, lambda p: not p.full_name) if very else None
        relatives = [
            person
            for person in (*self.table.namesakes_of(possessor), *([introduced] if introduced else []))
            if person is not possessor
            and person.gender == mention.gender
            and person.spans
            and person.first_span()[0] < mention.start
            # "ihrem Sohn Jonas X", "ihr Mann Peter X" are not "Ihr Sohn" ("der junge Mann" may be)
            and not (person.roles & kinship - entity_words.of_class("person_noun") or self._introduced_as_other_kin(person, very))
        ]
        if not relatives and very & entity_words.of_class("spouse_noun"):
            # "das Künstlerpaar Vera X und Konstantin Y … Ihr Mann": the other one of the pair she
            # was introduced with as a couple, though they do not share a surname (not colleagues,
            # "Bürgermeisterin X und Landrat Y", nor "X und ihr Sohn Y")
            pair = self._coordinated_people(mention.start, anywhere=True)
            if pair is not None and any(member is possessor for member in pair.members) and self._introduced_as_couple(pair):
                relatives = [m for m in pair.members if m is not possessor and m.gender == mention.gender and not (m.roles & kinship)]
                return relatives[0] if len(relatives) == 1 else None
        return self._nearest(relatives, mention.start)

    def _introduced_as_other_kin(self, person: Entity, very: set[str]) -> bool:
        """``ihr Mann Peter X``, ``seine Frau Doris X`` for ``Ihr Sohn``: the person's name first
        came after a possessive and another kinship noun than ``very``, so they are someone's
        other relative."""
        if not person.spans:
            return False
        first = self.ann.token_at(person.first_span()[0])
        texts = self.ann.texts
        noun = texts[first - 1].lower() if first >= 2 else ""
        return noun in entity_words.of_class("relation_noun") and noun not in very and texts[first - 2].lower() in vocab.word_class("possessive_determiner")

    def _peer_of_possessor(self, mention: Mention, text: str) -> Entity | None:
        """``Ihr Amtskollege aus Wettersfeld`` without a name: the one other person holding the
        public office of the person the possessive points to (the one introduced with the place,
        when the phrase names one)."""
        words = text.split()
        if len(words) < 2 or words[1].lower() not in entity_words.of_class("peer_noun") or mention.plural:
            return None
        gender = entity_words.possessive_gender(words[0])
        possessor = self._most_recent(mention.start, gender) if gender is not None else None
        if possessor is None:
            return None

        def offices(person: Entity) -> set[str]:
            return {entity_words.in_gender(role, "m") for role in current_roles(person) if entity_words.public_office(role)}  # (either gender)

        held = offices(possessor)
        if not held:
            return None
        peers = [person for person in self._people_before(mention) if person is not possessor and person.full_name and offices(person) & held]
        places = {word.lower()[:-1] for word in words[2:] if word[:1].isupper()}  # "aus Wettersfeld": the place's stem
        placed = [person for person in peers if self._introduced_with(person, places)] if places else []
        chosen = placed or peers
        return chosen[0] if len(chosen) == 1 else None

    def _introduced_as_couple(self, pair: Entity) -> bool:
        """The sentence that named the pair, or the one before it (a headline: ``Ehepaar X räumt ab``),
        calls them a couple (``das Künstlerpaar``, ``die Eheleute``, ``verheiratet``:
        `couple_word`, or a compound of ``paar``)."""
        start = self.ann.token_at(pair.first_span()[0])
        sentence = self.ann.tokens[start].sent
        first, last = self.ann.sentences[max(0, sentence - 1)][0], self.ann.sentences[sentence][1]
        couple = entity_words.of_class("couple_word")
        return any(
            word.lower() in couple or (word[:1].isupper() and word.lower().endswith(tuple(entity_words.of_class("couple_ending"))))  # (not "ein paar Tage")
            for word in self.ann.texts[first:last]
        )

    def _partner(self, mention: Mention, text: str) -> Entity | None:
        """``Gegründet wurde die Firma von X und Y. … erklärte ihre Mitgründerin``: someone who does
        something together with the possessor is the other one of the pair the text introduced
        with them (the possessor is the person of the possessive's gender just talked about)."""
        gender = entity_words.partner_of(text)
        if gender is None or mention.plural:
            return None
        possessor = self._most_recent(mention.start, gender)
        pair = self._coordinated_people(mention.start, anywhere=True)
        if possessor is not None and (pair is None or not any(member is possessor for member in pair.members)):
            return self._colleague_in_office(mention, text, possessor)
        if possessor is None or pair is None:
            return None
        others = [
            m
            for m in pair.members
            if m is not possessor and (mention.gender is None or m.gender in (None, mention.gender)) and not in_situation(m)
        ]  # ("die Ärztin X und die Patientin Y … Ihre Kollegin": a patient is nobody's colleague)
        return others[0] if len(others) == 1 else None

    def _colleague_in_office(self, mention: Mention, text: str, possessor: Entity) -> Entity | None:
        """``Pfarrer X von der Pfarrei A … Pfarrerin Y von der Gemeinde B … Seine Kollegin``: with
        no pair named together, a colleague (``colleague_noun``) is the one other person of the
        mention's gender seen in the possessor's office, in either gender's form."""
        if not entity_words.colleague_word(text.split()[-1]):
            return None
        offices = current_roles(possessor)
        if not offices:
            return None
        offices |= {entity_words.in_gender(office, gender) for office in offices for gender in ("m", "f")}
        colleagues = [
            person
            for person in self.table.entities.values()
            if person.kind is SpeakerKind.PERSON
            and person is not possessor
            and person.spans
            and person.first_span()[0] < mention.start
            and (mention.gender is None or person.gender == mention.gender)
            and entity_words.shares_role(offices, current_roles(person))
        ]
        return colleagues[0] if len(colleagues) == 1 else None

    def _listed_people(self, mention: Mention) -> Entity | None:
        """``sagen Claudia und Mehmet Aydın``: a name mention that lists two or more people is
        their group."""
        words = self.ann.text[mention.start : mention.end].split()
        if mention.kind is not MentionKind.NAME or not entity_words.of_class("coordinator").intersection(words):
            return None
        i = bisect.bisect_left(self.table.starts, mention.start)
        inside: list[Occurrence] = []
        for occurrence in self.table.occurrences[i:]:
            if occurrence.start >= mention.end:
                break
            if occurrence.entity.kind is SpeakerKind.PERSON and not occurrence.entity.plural and occurrence.entity not in [o.entity for o in inside]:
                inside.append(occurrence)
        if len(inside) < 2:
            return None
        group = self._people(inside)
        group.add(mention.start, mention.end)
        return group

    def _family(self, mention: Mention) -> Entity | None:
        """``Die Haberls``: an article and a surname in the plural are the people named with it
        (the plural ends like the genitive: `entity_words.strip_genitive`)."""
        words = self.ann.text[mention.start : mention.end].split()
        if len(words) != 2 or words[0].lower() not in entity_words.of_class("definite_article"):
            return None
        surname = entity_words.strip_genitive(words[1])
        if surname == words[1]:
            return None
        people = self.table.namesakes.get(surname, [])
        if len(people) < 2:
            return None
        first_seen = self._first_occurrences([person for person in people if person.spans])
        if first_seen is None or len(first_seen) < 2 or any(o.start > mention.start for o in first_seen):
            return None
        family = self._people(first_seen)
        family.add(mention.start, mention.end)
        return family

    def _group(self, mention: Mention, text: str) -> Entity:
        """The group a plural role phrase names (``die Anwohner``): one entity per wording; ``beide
        Politiker`` are the two people just named together."""
        if any(word in entity_words.of_class("pair_word") for word in text.lower().split()[:2]):
            pair = self._coordinated_people(mention.start, anywhere=True) or self._recent_pair(mention.start) or self._married_couple(mention, text)
            if pair is not None:
                pair.add(mention.start, mention.end)
                return pair
        key = "group:" + entity_words.organisation_key(text)
        entity = self.table.entities.get(key)
        words = entity_words.role_words(mention)
        if entity is None and text.split(maxsplit=1)[0].lower() in entity_words.of_class("definite_article") and words & entity_words.of_class("together_noun"):
            # "Gegründet wurde die Firma von X und Y. …, sagen die Gründer": a group first named
            # by a noun for people who belong together is the people just listed, unless they
            # have other roles ("die Anwohner" after two officials are other people)
            listed = self._coordinated_people(mention.start, anywhere=True)
            if listed is not None and all(not current_roles(m) or entity_words.shares_role(m.roles, words) for m in listed.members):
                listed.add(mention.start, mention.end)
                return listed
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.PERSON, key, plural=True)
            entity.names.append(entity_words.organisation_name(text))
        entity.add(mention.start, mention.end, None, None, list(entity_words.role_words(mention)))
        return entity

    def _recent_group(self, before: int) -> Entity | None:
        """The antecedent of a plural pronoun: the group (``die Anwohner``) that was the subject
        or spoke in this or the two sentences before; else none (plural "sie" is often vague)."""
        self._observe_window(before)
        for occurrence in self._occurrences_back(before, 2):
            if occurrence.salient and occurrence.entity.plural and occurrence.entity.kind is SpeakerKind.PERSON:
                return occurrence.entity
        return None

    def _coordinated_people(self, before: int, anywhere: bool = False, objects: bool = True) -> Entity | None:
        """``Landrat Thomas Pfeiffer und Bürgermeister Klaus Adler besuchten … Sie versprachen``:
        two people joined by ``und`` at the start of a sentence in the window before a plural
        pronoun are the group it refers to (one entity for the pair, named after both); anywhere
        in the sentence before the pronoun's (``Ins Rollen brachten den Fall X und Y. … erzählen
        sie``), or after ``beide``; ``objects=False`` leaves out a pair named as an object
        (``traf den Landrat X und die Ärztin Y``)."""
        ann, text = self.ann, self.ann.text
        later: Occurrence | None = None
        # "die beiden", "die Gründer" name a pair the text may have introduced a few sentences back
        for occurrence in self._occurrences_back(before, _PAIR_WINDOW_SENTENCES if anywhere else 2):
            if occurrence.entity.kind is not SpeakerKind.PERSON or occurrence.entity.plural or self.table.inside_quote(occurrence.start):
                continue
            if later is not None and later.entity is not occurrence.entity and entity_words.coordination(text[occurrence.end : later.start]):
                first = ann.token_at(occurrence.start)
                sentence_start = ann.sentences[ann.tokens[first].sent][0]
                after_copula = any(ann.texts[k] in entity_words.of_class("plural_copula") for k in range(sentence_start, first))
                just_before = occurrence.start >= self._window_start(before, 1) and not self._object_name(first)
                if (anywhere and (objects or not self._object_name(first))) or after_copula or just_before or first - sentence_start <= _MAX_WORDS_BEFORE_SUBJECT:
                    # "Sprecher der Initiative sind X und Y": a copula makes them the subject
                    return self._people([*self._listed_before(occurrence), occurrence, later])
            later = occurrence
        return None

    def _married_couple(self, mention: Mention, text: str) -> Entity | None:
        """``Cornelia und Wolfram X … (many sentences) … verrieten die Eheleute``: a word for a
        married couple (``couple_word``) names the one woman and one man of the text who share a
        surname, however far back they were named."""
        if not set(text.lower().split()) & entity_words.of_class("couple_word"):
            return None
        couples = []
        for people in self.table.namesakes.values():
            named = [p for p in people if p.full_name and p.spans and p.first_span()[0] < mention.start]
            if len(named) == 2 and {p.gender for p in named} == {"m", "f"}:
                couples.append(named)
        if len(couples) != 1:
            return None
        first_seen = self._first_occurrences(couples[0])
        return self._people(first_seen) if first_seen is not None else None

    def _first_occurrences(self, people: list[Entity]) -> list[Occurrence] | None:
        """Each person's first occurrence, in text order (None when one has none)."""
        first_seen = [next((o for o in self.table.occurrences if o.entity is person), None) for person in people]
        if any(o is None for o in first_seen):
            return None
        return sorted(first_seen, key=lambda o: o.start)  # type: ignore[arg-type, return-value]

    def _recent_pair(self, before: int) -> Entity | None:
        """The last two people the text has already treated as a pair before ``before``
        (``Brigitte und Klaus X schließen … sagten sie`` … paragraphs later ``erzählen die
        beiden``)."""
        i = bisect.bisect_left(self.table.starts, before) - 1
        while i >= 0:
            entity = self.table.occurrences[i].entity
            if len(entity.members) == 2:
                return entity
            i -= 1
        return None

    def _listed_before(self, occurrence: Occurrence) -> list[Occurrence]:
        """``Mia Krämer, Aylin Doğan und Sophie Reuter``: the people listed with commas before the
        first of two coordinated people, in text order."""
        listed: list[Occurrence] = []
        current = occurrence
        for previous in self._occurrences_back(occurrence.start, 0):
            if previous.entity.kind is not SpeakerKind.PERSON or previous.entity.plural or previous.entity is current.entity:
                continue
            if not entity_words.enumeration(self.ann.text[previous.end : current.start]):
                break
            listed.insert(0, previous)
            current = previous
        return listed

    def _object_name(self, k: int) -> bool:
        """The name at token ``k`` stands after an oblique article, directly or after a role noun
        (``traf den Landrat X``, ``dem Y``): an object, not the subject a later „sie“ takes up."""
        texts, oblique = self.ann.texts, vocab.word_class("oblique_determiner")
        if k >= 1 and texts[k - 1].lower() in oblique:
            return True
        return k >= 2 and texts[k - 2].lower() in oblique and vocab.role_noun(texts[k - 1]) is not None

    def _people(self, members: list[Occurrence]) -> Entity:
        """The group of the people listed (``X und Y``, ``X, Y und Z``): one entity, named after all."""
        first, last = members[0], members[-1]
        key = "group:" + "+".join(str(id(m.entity)) for m in members)
        entity = self.table.entities.get(key)
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.PERSON, key, plural=True, members=[m.entity for m in members])
            names = [m.entity.name for m in members]
            shared_surname = f"{names[0].split()[0]} und {names[1]}" if len(members) == 2 else None
            written = self.ann.text[first.start : last.end]
            listed = ", ".join(names[:-1]) + " und " + names[-1]
            entity.names.append(written if written == shared_surname else listed)  # "Maria und Jonas Kettler"
            entity.add(first.start, last.end)
            self.table.remember(first.start, last.end, entity, salient=True)
        return entity
