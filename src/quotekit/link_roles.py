"""Role phrases (``die Sprecherin``, ``der SPD-Politiker``, ``der 45-Jährige``) linked to the person
who holds or is described by the role (`EntityLinker` mixes this in).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from . import entity_words
from . import vocabulary as vocab
from .entity_table import Entity, Occurrence
from .mentions import Mention, MentionKind, label_at
from .model import SpeakerKind
from .person_traits import age_belies_adjective, age_fits_adjective, another_age, current_roles, is_child, known_by_no_office, origin_stems, roles_belie_adjective, unnamed_or_without_office

_ORIGIN_WORDS_AFTER_NAME = 12  # words after a mention searched for where the person came from
_ORIGIN_WORDS_BEFORE_NAME = 4  # "der lindmarkischen Handelsministerin Signe X": where someone is from


class RoleLinks:
    """Part of `quotekit.entities.EntityLinker`: its state (``ann``, ``table``) and the
    methods of the other parts come from the linker."""

    def _bare_role(self, mention: Mention) -> Mention | None:
        """``Oppositionsführer: „…“``, ``Vereinschef zur Absage: „…“``: a headline label that is
        one singular role noun (no one bears it as a surname) names the person with that role,
        as a role mention."""
        if mention.kind is not MentionKind.NAME or not mention.name or " " in mention.name.strip() or self._knows_person(mention):
            return None
        if self.ann.text[mention.start : mention.end] != mention.name:
            return None
        first = self.ann.token_at(mention.start)
        if not label_at(self.ann, first, first + 1):
            return None
        info = vocab.role_noun(mention.name)
        if info is None or info.plural:
            return None
        return attrs.evolve(mention, kind=MentionKind.ROLE, name=None, role=info.key, role_word=mention.name, gender=mention.gender or info.gender)

    def _role_of_someone(self, mention: Mention) -> bool:
        """``der Anwalt Berghoffs``, ``Raschkes Anwalt``: a role noun with a known person's surname
        in the genitive (after the noun and its definite article, or before the noun) names that
        person's lawyer, not the person."""
        name = mention.name
        if mention.kind is not MentionKind.NAME or not mention.role or not name or " " in name:
            return False
        words = self.ann.text[mention.start : mention.end].split()
        listed = vocab.role_noun(mention.role_word or "")
        before = len(words) == 2 and words[0] == name and words[1] == mention.role_word and listed is not None and not listed.plural  # (not "Ferners Eltern")
        if not before and words[0].lower() not in entity_words.of_class("definite_article"):
            return False
        return self._known_persons_genitive(name)

    def _known_persons_genitive(self, word: str) -> bool:
        """``Raschkes``: the genitive of the surname of a person named in full, and no surname of its own."""
        if not word.endswith("s") or not word[:1].isupper():
            return False
        owner = self.table.entities.get("person:" + word[:-1])
        return owner is not None and owner.full_name and "person:" + word not in self.table.entities

    def _surname_like_role(self, mention: Mention) -> Entity | None:
        """``Geschäftsführerin Vera Sohn … sagte Sohn``: a role word without an article that is the
        surname of a person named in full is that person (a singular role noun needs an article,
        which is also why the mention stage reads such a bare word as a plural)."""
        text = self.ann.text[mention.start : mention.end]
        if " " in text or not text[:1].isupper():
            return None
        if entity_words.strip_genitive(text) not in self.table.namesakes:
            return None
        entity = self.table.person(text, None, mention.start)
        return entity if entity.full_name else None

    def _resolve_role(self, mention: Mention) -> tuple[Entity | None, str]:
        if mention.gender == "n":
            mention = attrs.evolve(mention, gender=None)  # "das Stadtoberhaupt", "das Mitglied": a man or a woman
        text = self.ann.text[mention.start : mention.end]
        words = entity_words.role_words(mention, text)
        first_word = text.split(maxsplit=1)[0].lower()
        relative = self._relative(mention, text) or self._partner(mention, text)
        if relative is not None:
            chosen, how = relative, "role-relative"  # "Erika und Josef Brunner … Ihr Mann"
        elif (member := self._by_generation(mention, text)) is not None:
            chosen, how = member, "role-generation"  # "Gerhard X übergibt an seinen Sohn Jonas X. … sagte der Senior"
        elif (peer := self._peer_of_possessor(mention, text)) is not None:
            chosen, how = peer, "role-peer"  # "Bürgermeisterin X … Ihr Amtskollege aus Y" is the mayor of Y
        elif first_word in vocab.word_class("indefinite_article") or (self._someone_elses_role(first_word, mention) and not mention.plural):
            if entity_words.partitive(text):
                return None, "role-partitive"  # "eine der Ärztinnen": one of several, which one is open
            chosen, how = self._unnamed(mention, text), "role-new"  # "ein Sprecher", "ihr Anwalt": a new person
        elif mention.plural or entity_words.pair_noun(text):
            chosen, how = self._group(mention, text), "role-group"  # "die Demonstranten", "das Ehepaar"
        elif (company := self._organisation_by_kind(mention)) is not None:
            company.add(mention.start, mention.end)
            self.table.remember(mention.start, mention.end, company, salient=True)
            return company, "organisation"  # "Der Sportartikelhersteller Runwell … der Hersteller"
        elif (named := self._named_in_apposition(mention)) is not None:
            chosen, how = named, "role-apposition"  # "die Leiterin des Hilfswerks, die Schwedin Karin Lund,"
        elif (witness := self._unnamed_witness(mention, words)) is not None:
            chosen, how = witness, "role-witness"  # "Ein Passant beobachtete die Tat. … sagte der Zeuge"
        elif (
            entity_words.bare_person_noun(text)
            and (new := self._just_introduced(mention.start, mention.gender, unnamed=True)) is not None
            and unnamed_or_without_office(new)  # not "Richterin X … sagte die Frau"
            and not age_belies_adjective(new, text)  # nor "Hausmeister X, 58, … sagte der junge Mann"
        ):
            chosen, how = new, "role-recent"  # "Eine Kundin beobachtete die Flucht. „…“, sagte die Frau"
        else:
            self._observe_window(mention.start)  # role phrases that were subjects just before
            # the holders of the role, the nearest of those seen with the very word (or a synonym)
            # first; the people are compared by group (`PeopleIndex`), not one by one
            people = self.table.people
            holds = self._role_holder_test(mention, words, text)
            # (a bare head is no very word beside the field it leads: "die VRL-Chefin" is not
            # whoever was called "die Kreischefin")
            very = frozenset(entity_words.fielded_heads(words))
            named_so = frozenset(very.union(*(entity_words.role_synonyms(word) for word in very)))

            def holds_exactly(roles: frozenset[str], gender: str | None) -> bool:
                return holds(roles, gender) and entity_words.same_role_word(roles, named_so)

            # the holder of the very word before one of a synonym ("Schulrätin X … Schulamtsleiterin
            # Y … sagte die Schulrätin" is X)
            # named before the phrase, and in office (not "Altbürgermeister X … Y, heute Rathauschef")

            said_former = entity_words.is_former(text)  # "der Ehrenvorsitzende" is who holds that very title

            def holds_very(roles: frozenset[str], gender: str | None) -> bool:
                former = not said_former and any(entity_words.is_former(r) and r.endswith(tuple(very)) for r in roles)  # "altbürgermeister"
                return holds(roles, gender) and entity_words.same_role_word(roles, very) and not former

            bare = frozenset(very) if len(very) == 1 else frozenset()  # "der Direktor", not "der Interimstrainer"

            def holds_compound(roles: frozenset[str], gender: str | None) -> bool:
                former = not said_former and any(entity_words.is_former(r) and r.endswith(tuple(bare)) for r in roles)  # (as in holds_very)
                return bool(bare) and holds(roles, gender) and entity_words.compound_of_any(roles, bare) and not former

            # then a compound of the very word before a synonym ("Museumsdirektor X … Schulleiter Y
            # … sagte der Direktor" is X, though a school's head is its Direktor too)
            # the holder of the whole compound before one of its head only ("Bundesinnenminister X
            # … seinen französischen Amtskollegen Y … sagte der Bundesinnenminister" is X)
            whole = frozenset(w for w in very if any(w != other and w.endswith(other) for other in very))

            def holds_whole(roles: frozenset[str], gender: str | None) -> bool:
                return bool(whole) and holds_very(roles, gender) and entity_words.same_role_word(roles, whole)

            exact = people.nearest(holds_whole, mention.start, lambda e: e.first_span()[0] < mention.start)
            exact = exact or people.nearest(holds_very, mention.start, lambda e: e.first_span()[0] < mention.start)
            exact = exact or people.nearest(holds_compound, mention.start, lambda e: e.first_span()[0] < mention.start)
            # (a holder named after the phrase, "„…“, sagte die Bürgermeisterin. ¶ Bürgermeisterin
            # X hat …" — unless the phrase may describe someone just named: "Prof. X sagte … so die
            # Medizinerin. ¶ Amtsärztin Y", "Die Praxis von Dr. X … sagte die Ärztin. ¶ Die
            # Ärztin Dr. Y übernimmt")
            later_too = not self._may_describe_someone_just_named(mention, words, text)

            def named_so_far(e: Entity) -> bool:
                first = e.first_span()[0]
                if first < mention.start or "\n" not in self.ann.text[mention.start : first]:
                    return True
                # (in a later paragraph, by the very word: "sagte der Landrat. ¶ Landrat X …", not
                # "Der Tourismuschef" for a "Kurdirektor" named below; any holder when no one was
                # named before the phrase, as in a headline)
                return later_too and (entity_words.same_role_word(e.roles, very) or not self._someone_named_before(mention.start))

            exact = exact or people.nearest(holds_exactly, mention.start, named_so_far)
            # "Rotbachs Trainer X … der Rotbacher Coach": the place adjective picks the holder
            place_stems = entity_words.place_stems(text)
            place = None
            if place_stems:
                place = people.nearest(holds_exactly if exact is not None else holds, mention.start, lambda e: self._introduced_with(e, place_stems))
            business = None if place or exact else (self._owner_of_named_business(mention, text) or self._head_of_workplace(mention, text))
            chosen = place or exact or business or people.nearest(holds, mention.start, named_so_far)
            if chosen is None and words & entity_words.of_class("incumbent_noun"):
                # "Bürgermeister X tritt gegen Y an. … sagte der Amtsinhaber": who holds a public office
                chosen = people.nearest(
                    lambda roles, gender: (mention.gender is None or gender in (None, mention.gender))
                    and any(entity_words.public_office(role) and not entity_words.is_former(role) for role in roles),
                    mention.start,
                )
            how = "role-business" if chosen is not None and chosen is business else "role-apposition"
            if chosen is not None and chosen.key.startswith("role:"):
                named = self._named_after(chosen, mention)
                if named is not None:
                    chosen, how = named, "role-before-name"
            # then, in this order: the accused, an official just mentioned, someone introduced
            # with the role, an unnamed person introduced with it
            for rule, label in (
                (self._accused, "role-accused"),
                (self._official_just_mentioned, "role-official"),
                (self._introduced_role, "role-introduced"),
                (self._introduced_unnamed, "role-introduced"),
            ):
                if chosen is None:
                    chosen, how = rule(mention, words), label
            if chosen is None and entity_words.bare_person_noun(text) and words & entity_words.of_class("person_noun"):
                chosen, how = self._unnamed_just_before(mention), "role-introduced"
            if chosen is None and entity_words.is_age(text):
                age = (mention.role_word or "").lower()
                chosen, how = self._unnamed_just_introduced(mention) or self._last_mentioned(mention.start, mention.gender, age), "role-age"  # "Die 21-Jährige"
            if chosen is None:
                chosen, how = self._party_member(mention, words), "role-party"
            if chosen is None:
                chosen, how = self._from_where(mention, words), "role-origin"
            if chosen is None:
                chosen, how = self._agent_of_deed(mention), "role-deed"
            if chosen is None:
                chosen, how = self._salient_without_role(mention, words), "role-salient"
            if chosen is None:
                # the most recent person not known under another role ("der Präsident" is not the
                # person introduced as "Präsidentschaftskandidat"); a descriptive role ("der
                # Politiker", "der 45-Jährige") fits anyone
                descriptive = entity_words.describes(words, text) or entity_words.is_former(text) or self._townsperson(text, mention.start)
                person_noun = entity_words.bare_person_noun(text)  # "der Mann": an unnamed man, or one with no office
                # "die Studentin": someone known by no office ("die Verkäuferin des Ladens" is someone else)
                occupation = entity_words.occupation_epithet(words) and not entity_words.owned_by_someone(text)
                age = (mention.role_word or "").lower()  # "der 58-Jährige" is not the one aged 63
                # "Der Jurist" opening a paragraph: the lawyer the text named, not whoever spoke last
                # (within a paragraph an epithet describes the one just talked about)
                field = entity_words.epithet_field(words) if self._opens_paragraph(mention) else ()
                chosen = (
                    (field and self._most_recent(mention.start, mention.gender, lambda e: entity_words.in_field(current_roles(e), field)))
                    or (descriptive and self._just_introduced(mention.start, mention.gender, fits=lambda e: not another_age(e, age) and not age_belies_adjective(e, text)))
                    or (occupation and self._just_introduced(mention.start, mention.gender, fits=known_by_no_office))
                )

                party = entity_words.party_of(words)  # "der SPD-Politiker" is no one of the CSU
                trade = entity_words.unlisted_trade_noun(text)  # "der Installateurmeister": a guild's officer may be one

                def fits(e: Entity) -> bool:
                    if person_noun and is_child(e):
                        return False  # "Der Junge kam ins Krankenhaus. …, sagte der Mann"
                    if age_belies_adjective(e, text):
                        return False  # "Hausmeister X, 58, … sagte der junge Mann"
                    return not another_age(e, age) and (party is None or self._party_of_person(e) in (None, party)) and (
                        descriptive
                        or not current_roles(e)
                        or entity_words.shares_role(e.roles, words)
                        or (person_noun and (unnamed_or_without_office(e) or age_fits_adjective(e, text)))
                        or (occupation and known_by_no_office(e))
                        or entity_words.expert_for(words, e.roles)
                        or (trade and bool(current_roles(e) & entity_words.of_class("crafts_office")))
                    )

                # someone introduced by another origin only when no one else fits ("den Schweden
                # X … der gebürtige Chinese"; but "die Wienerin X … die Österreicherin")
                origins = origin_stems(words)
                chosen = (
                    chosen
                    or (origins and self._most_recent(mention.start, mention.gender, lambda e: fits(e) and not self._from_elsewhere(e, origins)))
                    or self._most_recent(mention.start, mention.gender, fits)
                )
                how = "role-recent"
                if chosen is not None and chosen.key.startswith("role:"):
                    chosen = self._named_after(chosen, mention) or chosen
            if chosen is None:
                chosen, how = self._known_by_another_role(mention, text), "role-anaphor"
            if chosen is None:
                chosen, how = self._sole_person_just_before(mention, text), "role-topic"
            if chosen is None:
                chosen, how = self._role_without_name(mention, text), "role-new"
        chosen.add(mention.start, mention.end, None, mention.gender, [r for r in (mention.role, mention.role_word) if r])
        self.table.remember(mention.start, mention.end, chosen, salient=True)
        return chosen, how

    def _may_describe_someone_just_named(self, mention: Mention, words: set[str], text: str) -> bool:
        """Someone of the phrase's gender was named in full in its sentence or the one before,
        and the phrase may describe them: they hold no role, or it is a description
        (`entity_words.describes`: ``die Medizinerin``) and they hold no public office."""
        describing = entity_words.describes(words, text)
        for occurrence in self._occurrences_back(mention.start, 1):
            entity = occurrence.entity
            if (
                entity.kind is SpeakerKind.PERSON
                and entity.full_name
                and (mention.gender is None or entity.gender in (None, mention.gender))
                and not self.table.inside_quote(occurrence.start)
                # (a description fits no office holder: "Bürgermeister X sagte … ergänzte der Architekt")
                and (not current_roles(entity) or (describing and not any(map(entity_words.public_office, current_roles(entity)))))
            ):
                return True
        return False

    def _someone_named_before(self, position: int) -> bool:
        """A person named in full (not inside a quotation) occurs before ``position``; the
        occurrences are in text order, so the search stops at the first one."""
        for occurrence in self.table.occurrences:
            if occurrence.start >= position:
                return False
            if occurrence.entity.kind is SpeakerKind.PERSON and occurrence.entity.full_name and not self.table.inside_quote(occurrence.start):
                return True
        return False

    def _headline_names_someone(self) -> bool:
        """A person is named in full in the text's first paragraph (its headline)."""
        ann = self.ann
        first_break = ann.second_line_start()
        last = len(ann.tokens) if first_break is None else first_break
        return last > 0 and self._someone_named_before(ann.tokens[last - 1].end)

    def _opens_paragraph(self, mention: Mention) -> bool:
        """The mention's phrase is the first thing in its paragraph."""
        k = self.ann.token_at(mention.start)
        return k == 0 or self.ann.paragraph_break_before(k)

    def _owner_of_named_business(self, mention: Mention, text: str) -> Entity | None:
        """``Die Bäckerei Sandhövel liefert aus. … Juniorchef Tim Sandhövel … Der Bäcker will …``:
        family businesses carry their owner's name, so a definite trade noun (``der Bäcker`` of a
        ``Bäckerei``) or owner noun (``der Firmenchef``, ``die Inhaberin``) that no one holds names
        the one person whose surname the text gave such a business before the phrase."""
        words = text.split()
        if mention.plural or len(words) != 2 or words[0].lower() not in entity_words.of_class("definite_article"):
            return None
        head = words[-1].lower()
        trade = entity_words.trade_of(head)
        owner = head in entity_words.of_class("business_owner")
        if trade is None and not owner:
            return None
        before = self.ann.text[: mention.start]
        owners = []
        for person in self.table.entities.values():
            if person.kind is not SpeakerKind.PERSON or not person.full_name or not person.names:
                continue
            if mention.gender is not None and person.gender not in (None, mention.gender):
                continue
            surname = max(person.names, key=len).split()[-1]
            for business in entity_words.businesses_named(before, surname):
                if business == (trade or "") + "ei" or (owner and entity_words.business_noun(business)):
                    owners.append(person)
                    break
        return owners[0] if len(owners) == 1 else None

    def _head_of_workplace(self, mention: Mention, text: str) -> Entity | None:
        """``In der Löwen-Apotheke spürt Inhaberin Friederike X die Engpässe. … Die Apothekerin
        sieht das ähnlich``: a definite trade noun that no one holds names the one person who
        owns or runs a place of that trade (`entity_words.workplaces_of`) named in the sentence
        that names them."""
        words = text.split()
        if mention.plural or len(words) != 2 or words[0].lower() not in entity_words.of_class("definite_article"):
            return None
        places = entity_words.workplaces_of(words[1].lower())
        if not places:
            return None
        owners = {}
        for person in self.table.entities.values():
            if person.kind is not SpeakerKind.PERSON or not person.full_name or person.plural or not person.spans:
                continue
            if (mention.gender is not None and person.gender not in (None, mention.gender)) or not person.roles & entity_words.of_class("business_owner"):
                continue
            for start, end in person.spans:
                if start >= mention.start:
                    break
                first, last = self.ann.sentences[self.ann.tokens[self.ann.token_at(start)].sent]
                if any(entity_words.genitive_stem(word).lower().endswith(places) for word in self.ann.texts[first:last] if word[:1].isupper()):
                    owners[id(person)] = person
                    break
        owner = next(iter(owners.values())) if len(owners) == 1 else None
        if owner is not None and any(
            o.entity is not owner and o.entity.kind is SpeakerKind.PERSON and o.entity.full_name and o.entity.gender == mention.gender
            for o in self._occurrences_back(mention.start, 1)
        ):
            return None  # "Im Salon von Inhaberin X arbeitet Azubi Mia Y. … sagt die Friseurin": the one just named
        return owner

    def _known_by_another_role(self, mention: Mention, text: str) -> Entity | None:
        """``SPD-Fraktionschefin Katrin X … sagte die Oppositionsführerin``: a definite role
        phrase presents its referent as known. When no one in the text holds the role, the text
        may have named that person under another role, with knowledge no lexicon lists (a
        Fraktionschefin of the opposition leads it); the referent is then the most recent person
        who fits, not someone new. On our resolution cases this took some fifty phrases right
        that had become new people, for under ten wrong; a review on short texts of its own
        found what the guards for head nouns and for quotations about the person keep out.

        Kept out are the phrases that set their referent apart and the roles with rules of their
        own (`_phrase_of_someone_new`), and the people a text would not give another role
        (`_keeps_own_role`)."""
        if self._phrase_of_someone_new(mention, text):
            return None
        words = text.split()
        head = mention.head.lower()
        roles = entity_words.role_words(mention, text)
        age = (mention.role_word or "").lower()
        party = entity_words.party_of(roles)
        relative = entity_words.bare_person_noun(text)  # "die Mutter" is no child
        child = head in entity_words.of_class("child_noun")  # "der Junge" is no one known by an adult's role
        origins = entity_words.place_stems(text) | origin_stems({word.lower() for word in words[1:-1]})
        owners = entity_words.owner_stems(text)
        other_deed = self._agents_of_another_deed(mention)
        office = entity_words.office_role(head)  # "der Klinikchef" is no patient
        case_parties = entity_words.of_class("case_party")
        as_role = entity_words.as_role_after(self.ann, self.ann.token_at(mention.end - 1) + 1)
        testifies_as = as_role[0].key if as_role is not None and as_role[0].key in case_parties else None  # "sagte als Zeugin"
        said = self._said_words()

        def fits(e: Entity) -> bool:
            return not (
                (office and not any(entity_words.office_role(role) for role in current_roles(e)))
                or self._keeps_own_role(e, mention, roles, relative)
                or id(e) in other_deed  # "Die Ermittlungen leitete X. … sagte der Behördenleiter": he led something else
                or self._talked_about(e, said)  # "X verletzte sich. „Er fällt aus“, sagte der Mannschaftsarzt"
                or (owners and not self._introduced_with(e, owners))  # "Winzer X klagt gegen die Gemeinde. … der Anwalt der Gemeinde"
                or (origins and not self._introduced_with(e, origins))  # "der deutsche Außenminister X … Der polnische Regierungschef"
                or (head in entity_words.of_class("case_party") and bool(e.roles & entity_words.of_class("unnamed_office")))  # "Verteidiger X … Der Zeuge"
                or (testifies_as is not None and bool(current_roles(e) & case_parties) and testifies_as not in e.roles)  # "Die Angeklagte X … Die Verkäuferin sagte als Zeugin"
                or (relative and is_child(e))
                or (child and bool(current_roles(e) - entity_words.of_class("relation_noun") - entity_words.of_class("child_noun")))  # "Stellvertreter X … der Junge"
                or another_age(e, age)
                or (party is not None and self._party_of_person(e) not in (None, party))
            )

        return self._most_recent(mention.start, mention.gender, fits)

    def _sole_person_just_before(self, mention: Mention, text: str) -> Entity | None:
        """``Hotelier X führt das Strandhotel. … sagte der Gastgeber``, ``Kapitän X bringt den
        Lehrlingen das Netzflicken bei. … sagt der Ausbilder``: a definite role phrase that no one
        holds and no rule placed describes the one person of its gender named in this or the
        previous sentence, whatever role introduced them — news text varies the word for whom it
        is talking about. On our resolution cases this took some 25 phrases right that had become
        new people, and none wrong (44 before the guards for unlisted ``-er`` nouns and owners).

        Kept out: phrases for someone else by their form (an office, a kinship or person noun, a
        party to a case, a phrase set apart by an indefinite or an owner, a noun the text used
        before for someone unnamed, an unlisted noun without a person's ending), and people the
        phrase cannot describe: an office phrase for someone known by no office, a public office
        or a party to a case for a trade, a variant of their own office or a head of another
        field (`_keeps_own_role`), a situation (``die Antragstellerin``) for someone known by a
        function, and someone the quotation talks about."""
        words = text.split()
        head = mention.head.lower()
        others = (
            entity_words.of_class("relation_noun")
            | entity_words.of_class("child_noun")
            | entity_words.of_class("unnamed_office")
            | entity_words.of_class("official_epithet")
            | entity_words.of_class("case_party")
        )
        if (
            words[0].lower() not in entity_words.of_class("definite_article")
            or mention.plural
            or entity_words.public_office(head)
            or entity_words.bare_person_noun(text)
            or head in others
            or any(word.lower() in vocab.word_class("indefinite_article") for word in words[1:])
            or entity_words.owned_by_someone(text, people_only=True)
            or vocab.organisation_noun(mention.head) is not None
            or (mention.role is None and not head.endswith(tuple(entity_words.of_class("person_noun_ending"))))
            or self._noun_used_before(head, mention.start)
        ):
            return None
        self._observe_window(mention.start)
        people = {
            id(o.entity): o.entity
            for o in self._occurrences_back(mention.start, 1)
            if o.entity.kind is SpeakerKind.PERSON
            and not self.table.inside_quote(o.start)
            and (mention.gender is None or o.entity.gender in (None, mention.gender))
        }
        if len(people) != 1:
            return None
        (person,) = people.values()
        situation = tuple(entity_words.of_class("situation_role"))
        owners = entity_words.owner_stems(text)
        if (
            not person.full_name
            or person.plural
            or (owners and not entity_words.office_role(head) and not self._introduced_with(person, owners))
            or (entity_words.office_role(head) and not any(entity_words.office_role(role) for role in current_roles(person)))
            or not known_by_no_office(person)
            or self._talked_about(person, self._said_words())
            or self._keeps_own_role(person, mention, entity_words.role_words(mention, text), False)
            or (head.endswith(situation) and any(not role.endswith(situation) for role in current_roles(person)))
        ):
            return None
        return person

    def _noun_used_before(self, head: str, position: int) -> bool:
        """The text used the role noun ``head`` before ``position`` (``hatte den Tierarzt gerufen
        … stellte der Tierarzt fest``): for someone it did not name, not for whom it named."""
        forms = {head + ending for ending in ("", *vocab.endings("genitive_ending"), *vocab.endings("weak_noun_ending"))}
        texts = self.ann.texts
        indefinite = vocab.word_class("indefinite_article")
        # (not in a headline that names no one, "Wirt und Tochter verletzt": the text names them
        # below; nor after an indefinite article, "um einen einzelnen Wirt": anyone of the kind)
        return any(
            texts[k].lower() in forms
            and not (self._in_headline(self.ann.tokens[k].start) and not self._headline_names_someone())
            and not any(texts[j].lower() in indefinite for j in range(max(0, k - 3), k))
            for k in range(self.ann.token_at(position))
        )

    def _phrase_of_someone_new(self, mention: Mention, text: str) -> bool:
        """A role phrase `_known_by_another_role` leaves to someone new: one that is not definite
        or no listed role (``meldete der Kalender``), one set apart by an indefinite or a
        possessive after its noun (``der Inhaber eines Schuhgeschäfts``, ``die Lehrerin ihres
        Sohnes``), an office a report leaves unnamed (``Der Vorsitzende Richter``), a public
        office (its holder is named with it), the noun for anyone (``der junge Mann``: someone
        without an office, tried before), an agent of a deed or an official (rules of their
        own), and a noun the text used before for someone it did not name (``hatte den
        Tierarzt gerufen … stellte der Tierarzt fest``)."""
        words = text.split()
        head = mention.head.lower()
        if (
            words[0].lower() not in entity_words.of_class("definite_article")
            or mention.role is None
            or any(word.lower() in vocab.word_class("indefinite_article") for word in words[1:])
            or entity_words.owned_by_someone(text, people_only=True)
            or entity_words.public_office(head)
            or words[-1].lower() in entity_words.of_class("person_noun")
            or head in entity_words.of_class("unnamed_office") | entity_words.of_class("deed_agent") | entity_words.of_class("official_epithet")
        ):
            return True
        return self._noun_used_before(head, mention.start)

    def _keeps_own_role(self, entity: Entity, mention: Mention, roles: set[str], relative: bool) -> bool:
        """Whether ``entity`` is known by a role that keeps another role phrase off them: a
        variant of this very office, which the holder rules judged not to be it (``Vizekanzler
        X … der Regierungschef``, ``Präsidentschaftskandidat X … der Präsident``); a public
        office (``Landrat X besuchte die Bäckerei … sagte der Bäckermeister``; only a
        spokesperson's, which private groups give too, may be described so, but never as
        someone's mother); or the head of another field (``Betriebsratschef X … sagte der
        Firmenchef``)."""
        office = roles.union(*(entity_words.role_synonyms(word) for word in roles))
        if any(word in role for role in entity.roles for word in office):
            return True
        spokesperson = tuple(entity_words.of_class("spokesperson"))
        if any(entity_words.public_office(role) and (relative or not role.endswith(spokesperson)) for role in current_roles(entity)):
            return True
        head = mention.head.lower()
        heads = tuple(h for h in entity_words.of_class("office_head_m") | entity_words.of_class("office_head_f") if head.endswith(h) and head != h)
        return bool(heads) and any(role != head and role.endswith(heads) for role in entity.roles)

    def _said_words(self) -> list[str]:
        """The words of the quotation being attributed, without marks and punctuation."""
        if self._said is None:
            return []
        marks = "".join(vocab.QUOTE_CHARS) + ".,;:!?"
        return [word.strip(marks) for word in self.ann.text[self._said[0] : self._said[1]].split()]

    def _said_in_marks(self) -> bool:
        """The quotation being attributed is direct speech: it opens with a quotation mark."""
        start = self._said[0] if self._said is not None else 0
        return vocab.is_quote_mark(self.ann.text[start : start + 1])

    def _talked_about(self, entity: Entity, said: list[str]) -> bool:
        """Whether the quotation being attributed (its words ``said``) talks about ``entity``: it
        names them, opens with a pronoun of their gender (``Jan Horn verletzte sich. „Er fällt
        sechs Wochen aus“, sagte der Mannschaftsarzt``) or has one as an object (``„Wir haben ihn
        gefunden“``): people do not speak of themselves so."""
        names = {word for name in entity.names for word in name.split()}
        if not said or any(word in names for word in said):
            return bool(said)
        if self._said is not None and not self._said_in_marks():
            return False  # "Überrascht habe ihn das, sagte der Statistiker": reported speech says "er" of its speaker
        if any(gender == entity.gender and not plural and person == "3" for gender, plural, person in vocab.pronoun(said[0])):
            return True
        objects = entity_words.of_class(f"object_pronoun_{entity.gender}") if entity.gender in ("m", "f") else frozenset()
        return any(word.lower() in objects for word in said)

    def _someone_elses_role(self, first_word: str, mention: Mention) -> bool:
        """``Ihre Anwältin legte Fotos vor``: a role after a possessive is someone related to the
        person the possessive refers to — a new person, unless someone already has that role
        (``Vorsitzender Hans Meier … sagte ihr Vorsitzender``)."""
        owner = self.ann.text[mention.start : mention.end].split(maxsplit=1)[0]
        if (
            first_word not in vocab.word_class("possessive_determiner")
            and first_word not in vocab.word_class("relative_determiner")
            and not self._known_persons_genitive(owner)
        ):
            return False  # (also "Dessen Betriebsleiter": the company's; "Raschkes Anwalt": Raschke's)
        words = frozenset(entity_words.role_words(mention))
        # a leiter of another field holds another role ("Einsatzleiter X … Dessen Betriebsleiter")
        return not self.table.people.any_holder(lambda roles, gender: entity_words.shares_role(roles, words) and not entity_words.other_fields(roles, words))

    def _has_role_holder(self, words: set[str]) -> bool:
        """Whether someone was seen with one of these role words, a compound or a synonym of them."""
        words = frozenset(words)
        return self.table.people.any_holder(lambda roles, gender: entity_words.shares_role(roles, words))

    def _nearest_role_holder(self, mention: Mention, words: set[str], text: str) -> Entity | None:
        """Of the people seen with one of the role words of ``mention``, a compound or a synonym of
        them, the one mentioned nearest to it (`_nearest`) — one seen with the same bare office
        head first (``Der Leiter des Gymnasiums, X, … Deren Geschäftsführer Y … Der Schulleiter``
        is X: both lead something unnamed, but only X is a ``Leiter``). The holder must fit as
        age and gender (``Der 69-Jährige`` is no woman of 19), by `_role_holder_test` (``der
        frühere Bürgermeister`` may be whoever was seen as the mayor)."""
        words = frozenset(words)
        people = self.table.people
        holds = self._role_holder_test(mention, words, text, former_office=False)
        # (the owner of a business named after them before anyone who merely shares a word of
        # the role: "Der Firmenchef" of "Metzgerei Haag" is Emil Haag, not Innungschef Rolf X)
        return (
            people.nearest(lambda roles, gender: entity_words.same_office_head(roles, words) and holds(roles, gender), mention.start)
            or self._owner_of_named_business(mention, text)
            or people.nearest(holds, mention.start)
        )

    def _role_holder_test(
        self, mention: Mention, words: set[str], text: str, former_office: bool = True
    ) -> Callable[[frozenset[str], str | None], bool]:
        """Whether people of given roles and gender may be who the role phrase ``mention``
        (``text``, its role ``words``) names: they were seen with the role, their gender fits, and
        an age or (with ``former_office``) a former office in the phrase is theirs too."""
        words = frozenset(words)
        age, former = entity_words.is_age(text), former_office and entity_words.is_former(text)
        role_word = (mention.role_word or "").lower()

        def holds(roles: frozenset[str], gender: str | None) -> bool:
            return (
                entity_words.shares_role(roles, words)
                # the same feminine role word outweighs a first name's gender ("Norwegerin Kari Lund")
                and (mention.gender is None or gender in (None, mention.gender) or entity_words.same_feminine_role(roles, words))
                and (not age or role_word in roles)  # "der 39-Jährige" is not "die 81-Jährige": only the same age
                and not roles_belie_adjective(roles, text)  # "die 66-Jährige" is no "junge Pädagogin"
                # "der Altbürgermeister" is not the mayor in office, but whoever was called so
                and (not former or any(role.startswith(entity_words.FORMER) or (entity_words.is_former(role) and entity_words.same_role_word({role}, words)) for role in roles))
            )

        return holds

    def _party_member(self, mention: Mention, words: set[str]) -> Entity | None:
        """``SPD-Gemeinderätin Susanne X`` or ``Landrat Hubert X (CSU)`` … ``die Sozialdemokratin``,
        ``der Christsoziale``: the nearest person of that party — a role compound with its short
        name, or the short name in parentheses after the name."""
        party = entity_words.party_of(words)
        if party is None:
            return None
        members = [entity for entity in self._people_before(mention) if self._party_of_person(entity) == party]
        return self._nearest(members, mention.start)

    def _party_of_person(self, entity: Entity) -> str | None:
        """The party the text gives ``entity``: a role compound with its short name
        (``SPD-Gemeinderätin``) or the short name in parentheses after a name (``X (CSU)``)."""
        party = entity_words.party_of(role for role in entity.roles if "-" in role)
        if party is not None:
            return party
        text = self.ann.text
        for _, end in entity.spans:
            if text[end : end + 2] == " (" and (close := text.find(")", end, end + 16)) > 0:
                party = entity_words.party_of([text[end + 2 : close]])
                if party is not None:
                    return party
        return None

    def _from_where(self, mention: Mention, words: set[str]) -> Entity | None:
        """``Nach einem Treffen mit der lindmarkischen Handelsministerin Signe Halvorsen … Die
        Lindmarkerin reagierte``: a word for where someone is from names the person whose
        introduction (the name and the few words before it) has a word with its stem."""
        stems = {stem for word in words if (stem := entity_words.origin_stem(word)) is not None}
        fitting = [entity for entity in self._people_before(mention) if entity.full_name and self._introduced_with(entity, stems)] if stems else []
        if not fitting:
            # "Matchwinner X, der im Sommer aus Polen kam, … gestand der Pole": where a clause
            # about the person says they came from (after "aus", a short stem is safe: Pol-en)
            short = {stem for word in words if (stem := entity_words.origin_stem(word, shortest=3)) is not None}
            fitting = [entity for entity in self._people_before(mention) if entity.full_name and self._said_to_come_from(entity, short, mention.start)]
        return self._nearest(fitting, mention.start) or self._from_place_named(mention)

    def _from_place_named(self, mention: Mention) -> Entity | None:
        """``Die Unternehmerin aus Gerlingshausen`` after ``Die 39-Jährige betreibt in
        Gerlingshausen ein Fuhrunternehmen``: a definite role phrase that says where its person
        is from names the one person of its gender that a sentence before, naming the place, was
        about (not when the place's sentences name several)."""
        words = self.ann.text[mention.start : mention.end].split()
        if len(words) < 4 or words[0].lower() not in entity_words.of_class("definite_article"):
            return None
        k = next((k for k in range(2, len(words) - 1) if words[k] in entity_words.of_class("origin_preposition")), None)
        place = words[-1] if k is not None else ""
        if not place[:1].isupper() or not place.isalpha() or vocab.first_name_gender(place) is not False:
            return None
        ann, people = self.ann, {}
        for k in self._word_tokens(place, self._window_start(mention.start, 0)):
            # (where someone lives or works: "in X", "aus X"; not "auf dem Weg nach X")
            if k > 0 and ann.texts[k - 1] in entity_words.of_class("residence_preposition"):
                at = ann.tokens[k].start
                for occurrence in self.table.occurrences_between(self._window_start(at, 0), self._window_end(at, 0)):
                    entity = occurrence.entity
                    if entity.kind is SpeakerKind.PERSON and not entity.plural and (mention.gender is None or entity.gender in (None, mention.gender)):
                        people[id(entity)] = entity
        # (one person there, named in full, whose office is not another role: "Staatsanwalt X lebt
        # in Moosbach" is not "Der Angeklagte aus Moosbach")
        found = next(iter(people.values())) if len(people) == 1 else None
        text = self.ann.text[mention.start : mention.end]
        words = entity_words.role_words(mention, text)
        if found is None or not found.full_name or (current_roles(found) and not entity_words.describes(words, text) and not entity_words.shares_role(found.roles, words)):
            return None
        return found

    def _from_elsewhere(self, entity: Entity, stems: set[str]) -> bool:
        """``den Schweden Erik X … sagte der gebürtige Chinese``: the introduction of ``entity``
        calls them by a word for another origin than the role's (``stems``: `origin_stems`)."""
        if not entity.spans:
            return False
        first = self.ann.token_at(entity.first_span()[0])
        sentence_start = self.ann.sentences[self.ann.tokens[first].sent][0]
        introduction = self.ann.texts[max(sentence_start, first - _ORIGIN_WORDS_BEFORE_NAME) : first]
        return any(vocab.demonym(word) and not any(word.lower().startswith(stem) for stem in stems) for word in introduction)

    def _said_to_come_from(self, entity: Entity, stems: set[str], before: int) -> bool:
        """A mention of ``entity`` before ``before`` is followed in its sentence, within a few
        words, by ``aus`` and a place with one of ``stems`` (``X, der aus Polen kam``)."""
        texts = self.ann.texts
        for start, end in entity.spans:
            if start >= before:
                break
            k = self.ann.token_at(end - 1) + 1
            sentence_end = self.ann.sentences[self.ann.tokens[k - 1].sent][1]
            for i in range(k, min(sentence_end, k + _ORIGIN_WORDS_AFTER_NAME) - 1):
                if texts[i] in entity_words.of_class("origin_preposition") and any(texts[i + 1].lower().startswith(stem) for stem in stems):
                    return True
        return False

    def _people_before(self, mention: Mention) -> Iterator[Entity]:
        """The single people of a gender that fits ``mention``, first mentioned before it."""
        for entity in self.table.entities.values():
            if (
                entity.kind is SpeakerKind.PERSON
                and not entity.plural
                and entity.spans
                and (mention.gender is None or entity.gender in (None, mention.gender))
                and entity.first_span()[0] < mention.start
            ):
                yield entity

    def _introduced_with(self, entity: Entity, stems: set[str]) -> bool:
        """Whether the introduction of ``entity`` (its first name mention and the few words
        before it) has a word beginning with one of ``stems`` — not a word of its own name
        (``der Franke`` is no Frank)."""
        if not stems or not entity.spans:
            return False
        tokens = self.ann.tokens
        start, end = entity.first_span()
        first = self.ann.token_at(start)
        sentence_start = self.ann.sentences[tokens[first].sent][0]
        own_name = {word for name in entity.names for word in name.split()}
        introduction = self.ann.texts[max(sentence_start, first - _ORIGIN_WORDS_BEFORE_NAME) : self.ann.token_at(end - 1) + 1]
        return any(word.lower().startswith(stem) for word in introduction if word not in own_name for stem in stems)

    def _townsperson(self, text: str, position: int) -> bool:
        """``der Wendelsheimer``, ``die Kellbacherin``: an article and a word for someone from a
        place the text named before (``Polizeidirektion Wendelsheim``) describes a person the
        text may have named under any role, like ``der gebürtige Kölner``."""
        words = text.split()
        if len(words) != 2 or words[0].lower() not in entity_words.of_class("definite_article") or not words[1][:1].isupper():
            return False
        stem = entity_words.origin_stem(words[1].lower())
        if stem is None:
            return False
        return next(self._word_tokens(stem.capitalize(), position), None) is not None

    def _word_tokens(self, word: str, before: int) -> Iterator[int]:
        """The tokens before the character ``before`` that are ``word`` (a quick text search
        first: the token walk runs only where the word stands)."""
        ann = self.ann
        at = ann.text.find(word, 0, before)
        while at >= 0:
            k = ann.token_at(at)
            if ann.tokens[k].start == at and ann.texts[k] == word:
                yield k
            at = ann.text.find(word, at + 1, before)

    def _salient_without_role(self, mention: Mention, words: set[str]) -> Entity | None:
        """The person named in full who was salient in this or the previous sentence, has no
        role of their own and fits the gender: a role phrase as a subject usually describes
        the person the text has just been talking about. Someone with a role who was just
        quoted in the same paragraph counts too (``…, sagte deren Sprecherin Anja Kessler. Die
        Stadträtin kündigte an``): see `_described_by_role`."""
        for occurrence in self._occurrences_back(mention.start, 1):
            entity = occurrence.entity
            if (
                (occurrence.salient or self._named_after_copula(occurrence))
                and entity.kind is SpeakerKind.PERSON
                and entity.full_name
                and not entity.plural
                and (not current_roles(entity) or self._described_by_role(occurrence, mention))
                and (mention.gender is None or entity.gender in (None, mention.gender))
                and not self.table.inside_quote(occurrence.start)
                and not another_age(entity, (mention.role_word or "").lower())
            ):
                return entity
        return None

    def _named_after_copula(self, occurrence: Occurrence) -> bool:
        """``Jüngstes Vorstandsmitglied ist Sophie X.``: a person named in full right after ``ist``
        or ``war``, closing the sentence, is whom the sentence is about, so a role phrase as the
        next subject may describe them (``Die Tierärztin zog …``) — but no pronoun: ``Gründer war
        Otto X. „…“, sagte er`` is still the one who spoke before."""
        texts = self.ann.texts
        first, last = self.ann.token_at(occurrence.start), self.ann.token_at(occurrence.end - 1)
        return (
            first > 0
            and last > first
            and texts[first - 1] in entity_words.of_class("present_copula")
            and last + 1 < len(texts)
            and texts[last + 1] in (".", "!")
        )

    def _described_by_role(self, occurrence: Occurrence, mention: Mention) -> bool:
        """Whether the role phrase ``mention`` describes the person ``occurrence`` names (by name,
        or by a pronoun) in the phrase's paragraph: one of the phrase's gender who has spoken, or
        was the subject and holds no public office or function. Then a role many hold
        (`entity_words.member_role`: ``Kapitän X nahm die Abwehr in die Pflicht. „…“, sagte der
        Mittelfeldspieler``), an occupation used as an epithet (``die Informatikerin``), an expert
        noun (``so der Handelsexperte``, but not for a public office: a mayor is no expert) or, for
        someone who has just quoted or was the subject of a verb of saying, any role that
        `_describes_speaker` allows: a text that has just quoted or talked about someone goes on
        about them (not so a function: ``Er entgegnete … Der Richter kündigte an`` is the judge;
        and only ``der`` and the role: ``der iranische Vize-Minister`` is set apart by his
        adjective, ``vom Minister`` is no anaphor)."""
        entity = occurrence.entity
        named = set(self.ann.text[occurrence.start : occurrence.end].split())
        in_office = any(map(entity_words.public_office, entity.roles))
        return (
            (entity.spoke or not in_office)
            and mention.role is not None
            and mention.gender is not None
            and entity.gender == mention.gender
            and (
                entity_words.member_role(entity_words.role_words(mention))
                or entity_words.descriptive(entity_words.role_words(mention), ("epithet_role",))
                or (entity_words.expert_noun(entity_words.role_words(mention)) and not in_office)
                or (  # "Der jüngste Sänger, X, … erzählte der Schüler" (not "Die Lehrerin ihres Sohnes")
                    entity_words.occupation_epithet(entity_words.role_words(mention))
                    and known_by_no_office(entity)
                    and not entity_words.owned_by_someone(self.ann.text[mention.start : mention.end])
                )
                or ((entity.spoke or self._cue_subject(occurrence)) and self._describes_speaker(mention, entity, in_office))
            )
            and (any(set(name.split()) <= named for name in entity.names) or bool(vocab.pronoun(self.ann.text[occurrence.start : occurrence.end])))
            and "\n" not in self.ann.text[occurrence.start : mention.start]
            and entity_words.anaphoric_role(self.ann.text[mention.start : mention.end])
        )

    def _cue_subject(self, occurrence: Occurrence) -> bool:
        """The occurrence is the subject of a verb of saying in its sentence, quoted or not
        (``Ihr Vorsitzender X kritisierte den Zeitpunkt``): a speaker the text goes on about."""
        if self._speakers_in is None:
            return False
        sentence = self.ann.tokens[self.ann.token_at(occurrence.start)].sent
        at_cues = list(self._speakers_in(sentence))[:-1]  # the last one is the sentence's subject
        named = self.ann.text[occurrence.start : occurrence.end].split()
        # (an apposition's name inside the mention: "Ihr Betreuer, Professor X, spricht von …")
        return any(m is not None and m.start <= occurrence.start and occurrence.end <= m.end and m.head in named for m in at_cues)

    def _describes_speaker(self, mention: Mention, entity: Entity, in_office: bool) -> bool:
        """Whether a role phrase nobody was introduced with may describe the person who has just
        spoken or was the subject of a verb of saying (``sagte Vorstandsmitglied X. …, betonte der
        Zimmerer``, ``Ihr Vorsitzender X kritisierte … so der Rechtsanwalt``; not ``Stürmer X
        verletzte sich. „…“, sagte der Mannschaftsarzt``): not when either holds an office or
        function (``Staatsanwältin X … Die Verteidigerin`` is someone of her own), nor a party to
        the case (``Die Angeklagte X … Die Verkäuferin``, ``… sagte der Zeuge``), nor for someone
        beside or against them (``der Kontrahent``), a relation (``die Mutter``), someone's or a
        body's (``die Lehrerin ihres Sohnes``, ``der Anwalt der Gemeinde``), the head of another
        field (``Betriebsratschef X … der Firmenchef``) or a role the text named before for
        someone (``hatte den Tierarzt gerufen … stellte der Tierarzt fest``)."""
        words = entity_words.role_words(mention)
        parties = entity_words.of_class("case_party")
        # a body's genitive only with two heads: "Dessen Leiter X … der Chef des Dienstes"
        heads = entity_words.led_office(words) and any(entity_words.led_office({role}) for role in entity.roles)
        return not (
            in_office
            or current_roles(entity) & parties
            or words & parties
            or entity_words.owned_by_someone(self.ann.text[mention.start : mention.end], people_only=heads)
            or any(map(entity_words.public_office, words))
            or entity_words.other_person(words)
            or any(word in entity_words.of_class("relation_noun") for word in words)
            or entity_words.other_heads(entity.roles, words)
            or self._role_named_before(mention, entity)
        )

    def _role_named_before(self, mention: Mention, entity: Entity) -> bool:
        """The role noun of ``mention`` (or a compound of it) stood earlier in the text in a
        sentence that does not name ``entity``: the text has introduced someone else with it
        (``Er hatte den Tierarzt gerufen``; but ``Zum Insolvenzverwalter wurde X bestellt`` is X's)."""
        word = (mention.role_word or mention.head).lower()
        if len(word) < 4:
            return False
        tokens, texts = self.ann.tokens, self.ann.texts
        own = {tokens[self.ann.token_at(start)].sent for start, _ in entity.spans}
        oblique = vocab.word_class("oblique_determiner")

        def someone_else(k: int) -> bool:
            # in a sentence that does not name the person, or as an object ("den Tierarzt")
            return tokens[k].sent not in own or (k > 0 and texts[k - 1].lower() in oblique)

        end = self.ann.token_at(mention.start)
        return any(text.lower().endswith(word) and someone_else(k) for k, text in enumerate(texts[:end]))
