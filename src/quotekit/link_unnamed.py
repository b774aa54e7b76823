"""People introduced without a name (``ein Anwohner``, ``einen neuen Intendanten``), the accused
and the agents of a deed, and the names given to a role later (`EntityLinker` mixes this in).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

import attrs

from . import entity_words
from . import vocabulary as vocab
from .entity_table import Entity
from .link_organisations import organisation_kinds_of
from .mentions import Mention
from .model import SpeakerKind
from .person_traits import another_age, current_roles, no_office

_MAX_INTRODUCTION_DISTANCE = 600  # tokens looked back for "einen neuen Sportdirektor"
_APPOSITION_REACH = 7  # tokens from a role noun to the name of its apposition ("dem Anwalt seiner Familie – Rainer X")


_AGENT_REACH = 4  # tokens from a passive participle to the agent it names ("veranstaltet von der Agentur X")


class UnnamedLinks:
    """Part of `quotekit.entities.EntityLinker`: its state (``ann``, ``table``) and the
    methods of the other parts come from the linker."""

    def _named_after(self, unnamed: Entity, mention: Mention) -> Entity | None:
        """``Der neue Intendant steht fest. Der Stiftungsrat wählte Florian Hagedorn. …, sagte der
        Intendant``: a role introduced before the name. The person is the first one named by a
        full name within the two sentences after the unnamed role's first mention — with no
        other role and a compatible gender —, if the unnamed role has not spoken itself (then it is
        someone else: ``Der Sprecher sagte, Max Roth sei gefasst``)."""
        if unnamed.spoke or not unnamed.spans:
            return None
        first_start, first_end = unnamed.first_span()
        limit = self._window_end(first_start, 2)
        words = entity_words.role_words(mention) | unnamed.roles
        gender = mention.gender or unnamed.gender
        i = bisect.bisect_left(self.table.starts, first_end)
        while i < len(self.table.occurrences) and self.table.occurrences[i].start < min(limit, mention.start):
            occurrence = self.table.occurrences[i]
            entity = occurrence.entity
            if (
                entity.kind is SpeakerKind.PERSON
                and entity is not unnamed
                and entity.full_name
                and not entity.key.startswith("role:")
                and (not current_roles(entity) or entity_words.shares_role(entity.roles, words))
                and (gender is None or entity.gender in (None, gender))
                and entity.first_span()[0] == occurrence.start  # introduced here
                and not self.table.inside_quote(occurrence.start)
            ):
                entity.add_roles(unnamed.roles)
                entity.gender = entity.gender or unnamed.gender
                return entity
            i += 1
        return None

    def _role_without_name(self, mention: Mention, text: str) -> Entity:
        """The unnamed person a definite role phrase stands for, one per wording; an apposition is
        no part of the wording (``Der Angeklagte, ein Mechaniker aus Sennfeld`` is ``Angeklagte``)."""
        phrase = text.split(",", 1)[0]
        key = "role:" + entity_words.organisation_key(phrase)
        entity = self.table.entities.get(key)
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.PERSON, key, gender=mention.gender)
        name = entity_words.organisation_name(phrase)
        if mention.role_word and name.endswith(tuple(mention.role_word + ending for ending in ("s", "es", "n"))):
            name = name[: name.rindex(mention.role_word)] + mention.role_word  # "des SPD-Politikers"
        if name not in entity.names:
            entity.names.append(name)
        return entity

    def _unnamed(self, mention: Mention, text: str) -> Entity:
        """The unnamed person an indefinite role phrase introduces (one per phrase); one of a
        group is named by the group's noun (``Einer der Teilnehmer, ein 22-Jähriger``)."""
        key = f"role:{entity_words.organisation_key(text)}@{mention.start}"
        entity = self.table.entities.get(key)
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.PERSON, key, gender=mention.gender)
            named = text.split(maxsplit=2)[2] if entity_words.partitive(text) else text
            entity.names.append(entity_words.organisation_name(named))
            entity.add(mention.start, mention.end, None, mention.gender, list(entity_words.role_words(mention)))
        return entity

    def _introduced_role(self, mention: Mention, words: set[str]) -> Entity | None:
        """``Der FC Wendelsee hat einen neuen Sportdirektor. Der Verein stellte den früheren Profi
        Marco Lenz vor. … sagte der Sportdirektor``: a role that an indefinite phrase introduced
        (``einen neuen Sportdirektor``) is the first person named in full in the two sentences
        after it."""
        ann = self.ann
        stems = [w for w in words if len(w) >= 4]
        end = ann.token_at(mention.start)
        for k in range(max(0, end - _MAX_INTRODUCTION_DISTANCE), end):
            token = ann.tokens[k]
            lower = token.text.lower()
            if not token.text[:1].isupper() or not any(lower.startswith(w) and len(lower) - len(w) <= 2 for w in stems):
                continue
            if not entity_words.indefinite_before(ann, k) or self.table.inside_quote(token.start):
                continue
            limit = min(self._window_end(token.start, 2), mention.start)
            i = bisect.bisect_left(self.table.starts, token.end)
            while i < len(self.table.occurrences) and self.table.occurrences[i].start < limit:
                occurrence = self.table.occurrences[i]
                entity = occurrence.entity
                if (
                    entity.kind is SpeakerKind.PERSON
                    and entity.full_name
                    and not entity.key.startswith("role:")
                    and entity.first_span()[0] == occurrence.start  # introduced here
                    and not self._introduced_as_other(entity, words)
                    and (mention.gender is None or entity.gender in (None, mention.gender))
                    and not self.table.inside_quote(occurrence.start)
                ):
                    return entity
                i += 1
        return None

    def _introduced_unnamed(self, mention: Mention, words: set[str]) -> Entity | None:
        """``Eine aufmerksame Nachbarin hatte die Polizei alarmiert. … Die Nachbarin`` (no one
        holds the role): the unnamed person the nearest indefinite phrase with the very noun
        introduced, when no name follows it (that is `_introduced_role`)."""
        if mention.plural or not words:
            return None
        ann = self.ann
        end = ann.token_at(mention.start)
        for k in range(end - 1, max(-1, end - _MAX_INTRODUCTION_DISTANCE), -1):
            token = ann.tokens[k]
            if token.text.lower() not in words or not entity_words.indefinite_before(ann, k) or self.table.inside_quote(token.start):
                continue
            article = next(j for j in range(k - 1, -1, -1) if ann.texts[j].lower() in entity_words.of_class("role_introducer"))
            next_sentence = ann.tokens[k].sent + 1 == ann.tokens[end].sent
            if ann.texts[article].lower() not in entity_words.of_class("subject_indefinite") and not next_sentence:
                # "einen jungen Regisseur zu holen": an object, perhaps someone named later (but "hat
                # einen Radfahrer angefahren. Der Radfahrer …" right after is that one)
                continue
            if k + 1 < len(ann.tokens) and ann.tokens[k + 1].text[:1].isupper():
                return None  # "eine Nachbarin Anna X": a name follows
            return self._unnamed_at(k, mention.gender)
        return None

    def _unnamed_just_before(self, mention: Mention) -> Entity | None:
        """``So hat ein Spaziergänger die Hündin entdeckt. „…“, sagte der Mann``, ``Weniger erfreut
        war eine Anwohnerin. „…“, klagte die Frau``: ``der Mann`` or ``die Frau`` right after an
        indefinite phrase that introduced someone of that gender without a name (in this sentence
        or the one before) is that person — when no one of that gender was named in between."""
        if mention.plural or mention.gender not in ("m", "f"):
            return None
        ann = self.ann
        end = ann.token_at(mention.start)
        first = ann.sentences[max(0, ann.tokens[end].sent - 1)][0]
        for k in range(end - 1, first - 1, -1):
            token = ann.tokens[k]
            noun = vocab.singular_role(token.text) if token.text[:1].isupper() else None
            if noun is None or noun.gender != mention.gender or self.table.inside_quote(token.start):
                continue
            if not entity_words.indefinite_before(ann, k) or (k + 1 < len(ann.tokens) and ann.tokens[k + 1].text[:1].isupper()):
                return None  # the nearest person noun of the gender is someone else, or named ("eine Nachbarin Anna X")
            article = next(j for j in range(k - 1, -1, -1) if ann.texts[j].lower() in entity_words.of_class("role_introducer"))
            if ann.texts[article].lower() not in entity_words.of_class("subject_indefinite") and not entity_words.one_of_group(ann, article):
                return None  # "lobte einen Helfer": an object; who speaks is rather the subject
            sentence_start, sentence_end = ann.sentences[token.sent]
            if self._named_of_gender(ann.tokens[sentence_start].start, ann.tokens[sentence_end - 1].end, mention.gender):
                return None  # "Bürgermeister Jan Roth lobte eine Helferin": a named one of the gender is there too
            if any(ann.texts[j] in vocab.word_class("passive_auxiliary") for j in range(sentence_start, sentence_end)):
                return None  # "wurde ein Radfahrer angefahren": one things happened to; who speaks is often a witness
            return None if self._named_of_gender(token.end, mention.start, mention.gender) else self._unnamed_at(k, mention.gender)
        return None

    def _named_of_gender(self, start: int, end: int, gender: str) -> bool:
        """Someone of ``gender`` named in full is mentioned in ``[start, end)``."""
        return any(
            o.entity.kind is SpeakerKind.PERSON and o.entity.full_name and o.entity.gender == gender
            for o in self.table.occurrences_between(start, end)
        )

    def _accused(self, mention: Mention, words: set[str]) -> Entity | None:
        """``Staatsanwalt X wirft Dieter M. vor, … Der Angeklagte schweigt``: the person the text
        named as the object of an accusation (`accusation_verb`, after its subject) is the one
        a noun for the accused (`accused_noun`) refers to, if no one holds that role."""
        if mention.plural or not words & entity_words.of_class("accused_noun"):
            return None
        ann = self.ann
        end = ann.token_at(mention.start)
        others = entity_words.of_class("case_party") - entity_words.of_class("accused_noun")  # "wirft dem Zeugen X vor"
        for k in range(max(0, end - _MAX_INTRODUCTION_DISTANCE), end):
            if not self._accusation_at(k) or self.table.inside_quote(ann.tokens[k].start):
                continue
            stop = ann.tokens[ann.sentences[ann.tokens[k].sent][1] - 1].end
            for occurrence in self.table.occurrences_between(ann.tokens[k].end, min(stop, mention.start)):
                entity = occurrence.entity
                if (
                    entity.kind is SpeakerKind.PERSON
                    and not entity.plural
                    and entity.full_name
                    and (mention.gender is None or entity.gender in (None, mention.gender))
                    and not set(entity.roles) & others
                ):
                    return entity
        return None

    def _accusation_at(self, k: int) -> bool:
        """Token ``k`` opens an accusation: a verb of accusing (``wirft … vor``) or ``gegen``
        after a trial or charge (``Im Prozess gegen Tom B.``)."""
        texts = self.ann.texts
        if texts[k] in entity_words.of_class("accusation_verb"):
            return True
        return texts[k] == "gegen" and k > 0 and texts[k - 1].lower().endswith(tuple(entity_words.of_class("trial_noun_ending")))

    def _agent_of_deed(self, mention: Mention) -> Entity | None:
        """``Biathletin X hat ihren ersten Weltcupsieg gefeiert. … Die Siegerin``, ``Gegründet
        wurde die Firma von Lina und Ole Y. … Die Gründerin``: an agent noun that no one holds
        names the person of its gender in the sentence that told the deed (a word with the
        noun's stem) — the only one there, or the subject; or an organisation, for a noun that
        names firms too (``veranstaltet von der Agentur X … der Veranstalter``)."""
        if mention.plural or not mention.role_word:
            return None
        if mention.gender is None:  # "Dem Finder zufolge": the dative article tells no gender, the noun does
            noun = vocab.role_noun(mention.role_word)
            mention = attrs.evolve(mention, gender=noun.gender if noun is not None and noun.gender in ("m", "f") else None)
            if mention.gender is None:
                return None
        parts = entity_words.deed_stem(mention.role_word)
        if parts is None:
            return None
        stem, about = parts
        ann = self.ann
        end = ann.token_at(mention.start)
        for k in range(end - 1, max(-1, end - _MAX_INTRODUCTION_DISTANCE), -1):
            first, last = ann.sentences[ann.tokens[k].sent]
            if not entity_words.tells_deed(ann.texts[k], stem, opens_sentence=k == first) or self.table.inside_quote(ann.tokens[k].start):
                continue
            if about and not any(word.lower().startswith(about) for word in ann.texts[first:last]):
                continue  # the deed was about something else
            start, stop = ann.tokens[first].start, ann.tokens[last - 1].end
            firm = vocab.organisation_noun(mention.role_word) is not None  # "der Veranstalter" may be a firm

            def agent(entity: Entity) -> bool:
                if entity.kind is SpeakerKind.ORGANISATION:
                    return firm
                return entity.kind is SpeakerKind.PERSON and not entity.plural and entity.full_name and entity.gender == mention.gender

            people = {id(o.entity): o for o in self.table.occurrences_between(start, stop) if agent(o.entity)}
            if len(people) == 1:
                return next(iter(people.values())).entity
            # "Das Konzert der Band X, veranstaltet von der Agentur Y": the agent of the passive
            by = [o for o in people.values() if 0 < ann.token_at(o.start) - k <= _AGENT_REACH and not vocab.word_class("agent_preposition").isdisjoint(ann.texts[k + 1 : ann.token_at(o.start)])]
            if len(by) == 1:
                return by[0].entity
            salient = [o for o in people.values() if o.salient]
            return salient[0].entity if len(salient) == 1 else None
        return None

    def _agents_of_another_deed(self, mention: Mention) -> set[int]:
        """The people (by ``id``) in sentences that tell the deed of the mention's agent noun
        about something else (``Die Ermittlungen leitete X`` for ``der Behördenleiter``)."""
        parts = entity_words.deed_stem(mention.role_word) if mention.role_word else None
        if parts is None or not parts[1]:
            return set()
        stem, about = parts
        ann, found = self.ann, set()
        for k in range(ann.token_at(mention.start)):
            first, last = ann.sentences[ann.tokens[k].sent]
            if entity_words.tells_deed(ann.texts[k], stem, opens_sentence=k == first) and not any(word.lower().startswith(about) for word in ann.texts[first:last]):
                found.update(id(o.entity) for o in self.table.occurrences_between(ann.tokens[first].start, ann.tokens[last - 1].end))
        return found

    def _official_just_mentioned(self, mention: Mention, words: set[str]) -> Entity | None:
        """``Ein Vertreter des Landratsamts erläuterte die Pläne. …, sagte der Beamte``: a civil
        servant's epithet (`official_epithet`) names the official of an authority the text has
        just mentioned — a police rank, or a spokesperson, representative or employee when an
        authority stands in the last sentences or in their own phrase."""
        if not any(word.endswith(tuple(entity_words.of_class("official_epithet"))) for word in words) or mention.plural:
            return None
        recent = list(self._occurrences_back(mention.start, 3))
        authority = any(o.entity.kind is SpeakerKind.ORGANISATION and "authority" in organisation_kinds_of(o.entity) for o in recent)
        near = self._window_start(mention.start, 2)
        for occurrence in recent:
            entity = occurrence.entity
            if (
                occurrence.start < near
                or entity.kind is not SpeakerKind.PERSON
                or entity.plural
                or (mention.gender is not None and entity.gender not in (None, mention.gender))
                or self.table.inside_quote(occurrence.start)
            ):
                continue
            if any(role.endswith(tuple(entity_words.of_class("police_rank"))) for role in entity.roles):
                return entity  # "Polizeioberkommissar X … sagte der Beamte"
            own_authority = any("authority" in entity_words.organisation_kinds(word) for name in entity.names for word in name.split()[1:]) or self._introduced_with_authority(entity)
            if (authority or own_authority) and any(role.endswith(tuple(entity_words.of_class("agent_of_a_body"))) for role in entity.roles):
                return entity  # "Ein Vertreter des Landratsamts", "eine Sprecherin" (of the police)
        return None

    def _introduced_with_authority(self, entity: Entity) -> bool:
        """``Eine Sprecherin des Landratsamts, Heike X, …``: the phrase that introduced
        ``entity`` (or a few words before it) names an authority."""
        ann = self.ann
        start, end = entity.first_span()
        first = ann.token_at(start)
        sentence_start = ann.sentences[ann.tokens[first].sent][0]
        words = ann.texts[max(sentence_start, first - _APPOSITION_REACH) : ann.token_at(end - 1) + 1]
        return any(word[:1].isupper() and "authority" in entity_words.organisation_kinds(entity_words.genitive_stem(word)) for word in words)

    def _unnamed_just_introduced(self, mention: Mention) -> Entity | None:
        """``Als Zeugin hörte die Kammer eine frühere Pflegerin. … sagte die 41-Jährige``: the
        unnamed person an indefinite role phrase introduced in the sentence before (as subject or
        object), when that sentence names no one in full — an age describes the one just
        introduced."""
        ann = self.ann
        end = ann.token_at(mention.start)
        sentence = ann.tokens[end].sent
        first = ann.sentences[sentence - 1][0] if sentence > 0 else ann.sentences[sentence][0]
        if any(o.entity.kind is SpeakerKind.PERSON and o.entity.full_name for o in self._occurrences_back(mention.start, 1) if not self.table.inside_quote(o.start)):
            return None
        for k in range(end - 1, first - 1, -1):
            token = ann.tokens[k]
            role = vocab.role_noun(token.text) if token.text[:1].isupper() else None
            if role is None or role.plural or not entity_words.indefinite_before(ann, k) or self.table.inside_quote(token.start):
                continue
            if mention.gender is not None and role.gender not in (None, "-", mention.gender):
                continue
            if entity_words.unreal_in_sentence(ann, k):
                continue  # "Einen Nachfolger hat er nicht gefunden": no one to describe
            return self._unnamed_at(k, mention.gender)
        return None

    def _unnamed_at(self, k: int, gender: str | None) -> Entity:
        """The unnamed person the role noun at token ``k`` introduces: the one already seen there,
        or a new one."""
        token = self.ann.tokens[k]
        i = bisect.bisect_left(self.table.starts, token.start)
        for occurrence in self.table.occurrences[max(0, i - 3) : i + 1]:
            if occurrence.start <= token.start < occurrence.end and occurrence.entity.key.startswith("role:"):
                return occurrence.entity  # "Eine Nachbarin sagte …": already someone
        key = f"role:{token.text.lower()}@{token.start}"
        entity = self.table.entities.get(key)
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.PERSON, key, gender=gender)
            entity.names.append(token.text)
            entity.add(token.start, token.end, None, gender, [token.text.lower()])
            self.table.remember(token.start, token.end, entity)
        return entity

    def _unnamed_witness(self, mention: Mention, words: set[str]) -> Entity | None:
        """``der Zeuge`` that no one holds as a role: the most recent person of the mention's
        gender whom an indefinite phrase introduced without a name, who holds no office and is no
        other party to the case (``Ein Passant beobachtete die Tat … sagte der Zeuge``; not ``Der
        Verteidiger``, a function the text gives with the definite article)."""
        if not words & entity_words.of_class("witness_noun") or self._has_role_holder(words) or mention.plural:
            return None
        self._observe_window(mention.start)
        if self._salient_without_role(mention, words) is not None:
            return None  # "Die Nachbarin, die 58-jährige X, sah das anders. …, sagte die Zeugin": the one just talked about
        parties = entity_words.of_class("case_party") - entity_words.of_class("witness_noun")

        def bystander(entity: Entity) -> bool:
            roles = current_roles(entity)
            return entity.key.startswith("role:") and "@" in entity.key and not roles & parties and not any(map(entity_words.public_office, roles))

        return self._most_recent(mention.start, mention.gender, bystander)

    def _introduced_as_other(self, entity: Entity, words: set[str]) -> bool:
        """``ein wichtiger Zeuge … Dem Angeklagten X wird vorgeworfen``: someone introduced as a
        party to the case or in an office is not the role an indefinite phrase announced."""
        others = {role for role in current_roles(entity) if role not in words}
        return any(role in entity_words.of_class("case_party") or entity_words.public_office(role) for role in others)

    def _just_introduced(
        self, before: int, gender: str | None, unnamed: bool = False, fits: Callable[[Entity], bool] = lambda entity: True
    ) -> Entity | None:
        """The person named in full for the first time in this or the previous sentence, when
        there is one: a description right after someone new is introduced is about them, not
        about the subject the text was on before (``Unterstützung erhielt sie von der
        Abgeordneten Ilse Marquardt. Die Juristin kritisierte …``). With ``unnamed``, someone
        introduced by an indefinite role counts too (``Eine Kundin beobachtete die Flucht. „…“,
        sagte die Frau``)."""
        self._observe_window(before)
        return self._introduced_before(before, gender, unnamed, fits)

    def _introduced_before(self, before: int, gender: str | None, unnamed: bool, fits: Callable[[Entity], bool]) -> Entity | None:
        """`_just_introduced` among the people registered so far (from `observe`, which must not
        register the window around it again)."""
        introduced = {
            id(occurrence.entity): occurrence.entity
            for occurrence in self._occurrences_back(before, 1)
            if occurrence.entity.kind is SpeakerKind.PERSON
            and (occurrence.entity.full_name or (unnamed and "@" in occurrence.entity.key))
            and not occurrence.entity.plural
            and (gender is None or occurrence.entity.gender in (None, gender))
            and occurrence.entity.first_span()[0] == occurrence.start
            and not self.table.inside_quote(occurrence.start)
            and fits(occurrence.entity)
        }
        return next(iter(introduced.values())) if len(introduced) == 1 else None

    def _last_mentioned(self, before: int, gender: str | None, age: str = "") -> Entity | None:
        """The person mentioned last in this or the previous sentence (``Beste Werferin war Ronja
        Klee. Die 21-Jährige sagte …``): an age describes whoever was just named — the subject
        if one of them was (``Kläger X verlangt, dass sein Nachbar Y … klagte der 68-Jährige``) —
        unless the text gave them another age (``der 63-Jährige`` is not ``der 58-Jährige``)."""
        self._observe_window(before)
        fitting = [
            occurrence
            for occurrence in self._occurrences_back(before, 1)
            if occurrence.entity.kind is SpeakerKind.PERSON
            and not occurrence.entity.plural
            # someone unnamed too ("Eine junge Mutter steht am Tresen … erzählt die 29-Jährige"),
            # but no spokesperson: a text gives the age of those it tells about
            and (occurrence.entity.full_name or (occurrence.entity.key.startswith("role:") and no_office(occurrence.entity)))
            and (gender is None or occurrence.entity.gender in (None, gender))
            and not self.table.inside_quote(occurrence.start)
            and not another_age(occurrence.entity, age)
        ]
        chosen = next((o for o in fitting if o.salient), fitting[0] if fitting else None)
        return chosen.entity if chosen is not None else None
