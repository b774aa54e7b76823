"""Group speaker mentions into the people and organisations of one document.

A news article names a person in full once (``UN-Generalsekretärin Jana Kessler``) and then
refers to them by surname, role (``die Generalsekretärin``) or pronoun (``sie``). Linking, in order:

- names: the names the text introduces (`quotekit.name_collection`, kept in an
  `quotekit.entity_table.EntityTable`) are there before any mention is resolved;
- roles: a definite role phrase links to the person seen with that role noun or a compound of it
  (``Innenministerin Petra Vogt`` makes ``die Ministerin`` that person); a role introduced before
  any name (``Der neue Intendant steht fest. Der Stiftungsrat wählte Florian Hagedorn.``) is the
  next person named in full within two sentences, unless the role spoke itself; without any it
  falls back to the most recent gender-compatible person not known under another role — any
  person for a descriptive role (``der Politiker``, ``der 45-Jährige``, ``die 52-jährige
  Tierärztin``); an indefinite one (``ein Sprecher der Polizei``) is a new, unnamed person, and a
  partitive (``eine der Ärztinnen``) stays unresolved; a plural one (``die Anwohner``, ``die
  Pflegekräfte``) is a group;
- salience: the speakers and the subjects of recent sentences (names, role phrases — indefinite
  ones too —, organisations, groups) are preferred antecedents; people who speak or are named
  inside someone else's quotation are not antecedents outside it;
- pronouns: the most recent salient gender-compatible person (an unnamed role of unknown gender,
  ``der Kritik``, is none), else the most recent one at all;
  a plural ``sie`` (by its verb: ``schreiben sie``) the group that was the subject just before;
  ``sie``/``er``/``es`` an organisation that was the subject just before, if its noun agrees;
- organisations: by their name without the article, a bare noun by the nearest organisation whose
  name or kind noun ends in it (``das Ministerium`` ⇄ ``das Verkehrsministerium``), else by the
  nearest one of the same kind (``data/de/organisation_classes.tsv``: ``Der Autohersteller
  Veltrawerke … Das Unternehmen``, ``Das Landesamt für Umwelt … Die Behörde``); a name after a
  kind noun is an organisation when the phrase opens the sentence or has an acronym;
- a second look: a linear model over the evidence of the text (`quotekit.reranker`, learnt from
  our own hand-written cases) gives a pronoun or role phrase to another candidate when it prefers
  that one over the rules' choice by a margin;
- a user registry (`quotekit.Person`) then gives matching entities the user's name and id.
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from . import entity_words, organisation_names, reranker, statements, succession
from . import vocabulary as vocab
from .clauses import relative_pronouns
from .phrases import ADJECTIVE_ENDINGS, coordinated_compound_start
from .document import Annotated
from .entity_table import Entity, EntityTable, Occurrence, grammatical_gender
from .mentions import Mention, MentionKind, is_generic, is_relative_pronoun, label_at, plural_verb_at, relative_antecedent
from .model import Person, Span, Speaker, SpeakerKind
from .name_collection import collect_names, name_adjective

_WINDOW_SENTENCES = 3  # how far back a pronoun looks for a salient speaker
_KIND_NOUN_REACH = 3  # sentences back for the organisation a bare kind noun ("der Verein") refers to
_MESSAGE_ADDRESSEE_WORDS = 4  # words between a message noun and its colon ("an die Bürger der Stadt")
_PAIR_WINDOW_SENTENCES = 5  # how far back "die beiden" looks for two people named together
_APPOSITION_CHARS = 40  # at most between a role phrase and the name in its apposition (", die Niederländerin ")
_MAX_WORDS_BEFORE_SUBJECT = 3  # role words and articles before a sentence-opening name
_MAX_INTRODUCTION_DISTANCE = 600  # tokens looked back for "einen neuen Sportdirektor"
_ORIGIN_WORDS_AFTER_NAME = 12  # words after a mention searched for where the person came from
_ORIGIN_WORDS_BEFORE_NAME = 4  # "der lindmarkischen Handelsministerin Signe X": where someone is from
_CUE_AFTER_QUOTE = 40  # characters between a quotation and the cue after it ("„…“, sagten die beiden")


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
        self.table = EntityTable(ann, quoted)
        self._speakers_in = speakers_in
        self._statements: set[str] = set()  # statement mentions resolved ("Angaben der Polizei")
        self._candidates: dict[int, list[Mention]] = {}  # sentence → its speaker/subject mentions
        self._observed: set[tuple[int, int]] = set()
        self._organisations_seen_to = 0  # sentences before it were looked at by `_observe_organisations_before`
        self._said: tuple[int, int] | None = None  # the words of the quotation being attributed
        self._last_speaker: Entity | None = None  # the entity the previous quotation was attributed to
        self._model = reranker.default_model()  # None when no weights are shipped: the rules alone
        # mention span → the model's probability of the entity it was linked to (`certainty`)
        self._certainty: dict[tuple[int, int], float] = {}
        collect_names(self.table)

    # ------------------------------------------------------------------ names and observed subjects

    def _known_organisation(self, mention: Mention) -> Entity | None:
        """The organisation the text introduced under the name in this mention (``Der
        Autohersteller Veltrawerke teilte mit`` after ``Veltrawerke`` was named as a company)."""
        name = mention.name or (mention.head if mention.kind is MentionKind.ORGANISATION else None)  # "die HSG"
        name = name and entity_words.without_sentence_period(name)  # "warnte der VdL."
        if not name or self._knows_person(mention):
            return None
        entity = self.table.entities.get("org:" + name.lower())
        if entity is None:
            # "Die Sparkasse Oberau" → "Oberau": only a determiner and the kind noun before the name
            # ("Die Lehrkräfte der Gesamtschule Talbach" are not the school)
            words = self.ann.text[mention.start : mention.end].split()
            article = bool(words) and words[0].lower() in vocab.determiners()
            if article:
                words = words[1:]
            written = " ".join(words)
            # "die Bunte Liste" again, "Die Flugplatz Ebersau GmbH" after "Flugplatz Ebersau GmbH"
            # was collected; "Die Gewerkschaft Bahn" of "Gewerkschaft Bahn und Bus"
            entity = self.table.entities.get("org:" + written.lower()) or self.table.organisation_names.get(written)
            if entity is None and words and (len(words) >= 2 or vocab.organisation_noun(words[0]) is None):
                entity = self.table.organisation_name_starts.get(written)
            if entity is None and article and len(words) == 1 and vocab.role_noun(written) is None and not entity_words.common_noun(written):
                entity = self.table.organisation_name_ends.get(written)  # "Die Lakers" after "Die Lauterbach Lakers"
            if entity is None and len(words) >= 2 and vocab.organisation_noun(words[0]) is not None:
                named = self.table.entities.get("org:" + " ".join(words[1:]).lower())
                # "Die Gemeinde Tannbach … Die Feuerwehr Tannbach": another kind of the same
                # place's name is another organisation
                kinds = {role for role in named.roles if vocab.organisation_noun(role.capitalize()) is not None} if named is not None else set()
                entity = named if not kinds or words[0].lower() in kinds else None
        return entity

    def observe(self, mention: Mention) -> None:
        """Register the person a cue's or sentence's subject names (``Koch-Mehrin kritisierte …``,
        ``Der Vater hinterließ …``) so that later pronouns can find them. A role phrase joins the
        person seen with that role, or stands for a new unnamed person; it never guesses. A phrase
        naming everyone or no one (``Jeder Pädagoge könne …``) is nobody to remember."""
        if is_generic(self.ann, mention) or self._by_handover(mention) is not None:
            return
        if self._role_of_someone(mention):
            mention = attrs.evolve(mention, kind=MentionKind.ROLE, name=None, head=mention.role_word or mention.head)
        elif (relative := self._possessed_kin(mention)) is not None:
            mention = relative  # "Ihr Mann sieht es nüchterner": her husband, for the "er" after it
        elif (
            mention.kind is MentionKind.NAME
            and mention.name
            and self._unlisted_role(mention)
            and (
                entity_words.describes({mention.name.lower()}, self.ann.text[mention.start : mention.end])
                or mention.name.lower() in entity_words.of_class("person_noun")  # "Ein Mann aus Hamburg war angereist"
            )
        ):
            mention = self._as_role(mention)  # "Die Lindmarkerin reagierte gelassen" (not "Die Initiativen")
        if mention.kind is MentionKind.ROLE and (mention.plural or entity_words.pair_noun(self.ann.text[mention.start : mention.end])):
            # "Die Anwohner bleiben skeptisch. Sie kündigten an, …", "Mitglieder der Initiative
            # übergaben …", "Das Ehepaar konnte fliehen": a group, for plural pronouns
            text = self.ann.text[mention.start : mention.end]
            self.table.remember(mention.start, mention.end, self._group(mention, text), salient=True)
            return
        if mention.kind is MentionKind.ROLE and not mention.plural:
            text = self.ann.text[mention.start : mention.end]
            first_word = text.split(maxsplit=1)[0].lower()
            relative = self._relative(mention, text) or self._partner(mention, text) or self._peer_of_possessor(mention, text)
            if relative is not None:  # "Seine Frau verdreht die Augen": the wife named before
                relative.add(mention.start, mention.end)
                self.table.remember(mention.start, mention.end, relative, salient=True)
                return
            if first_word in vocab.word_class("indefinite_article") or self._someone_elses_role(first_word, mention):
                # "Ein Polizeisprecher bestätigte … Er sagte", "Ihre Anwältin legte Fotos vor":
                # a new, unnamed person (someone's lawyer is not that someone)
                if not entity_words.partitive(text):
                    entity = self._unnamed(mention, text)
                    self.table.remember(mention.start, mention.end, entity, salient=True)
                return
            if first_word in vocab.determiners():
                words = entity_words.role_words(mention, text)
                entity = holder = (
                    self._nearest_role_holder(mention, words, text)
                    or self._by_generation(mention, text)
                    or self._accused(mention, words)
                    or self._introduced_role(mention, words)
                    or self._introduced_unnamed(mention, words)
                    or self._unnamed_witness(mention, words)
                    or self._party_member(mention, words)
                    or self._from_where(mention, words)
                )
                if entity is None and entity_words.describes(words, text):
                    # "Eine Lehrerin … Die 54-Jährige unterrichtet …": a description of someone just mentioned
                    age = (mention.role_word or "").lower()
                    fits = (lambda e: _no_office(e) and not _another_age(e, age)) if entity_words.is_age(text) else _anyone
                    entity = (
                        self._just_introduced(mention.start, mention.gender, fits=fits)
                        or self._most_recent(mention.start, mention.gender, fits)
                        or self._most_recent(mention.start, mention.gender)
                    )
                if entity is None and entity_words.occupation_epithet(words) and not entity_words.owned_by_someone(text):
                    # "Kugelstoßerin X … Die Studentin": what someone known by no office is
                    entity = self._just_introduced(mention.start, mention.gender, fits=_known_by_no_office) or self._most_recent(
                        mention.start, mention.gender, _known_by_no_office
                    )
                if entity is None and entity_words.bare_person_noun(text):
                    entity = self._most_recent(mention.start, mention.gender, _unnamed_or_without_office)
                if entity is None and entity_words.successor(text):
                    # "Zum 1. Juli übernimmt Jana X die Werkstatt. … Die neue Chefin will …": the
                    # person who just took over, known by no other office
                    entity = self._most_recent(mention.start, mention.gender, lambda e: not _current_roles(e) and e.full_name)
                if entity is None:
                    # "den Sprecher des Verbands, Otto Reim, … gab sich der Verbandsvertreter
                    # gelassen": the salient person of the sentence before, known under no other role
                    entity = self._salient_without_role(mention, words)
                if entity is None and not self._phrase_of_someone_new(mention, text) and not self._someone_beside(words, text):
                    # "Als Sanierer wurde der Experte Bernd X eingesetzt. Der Sanierer hat …": a
                    # definite role phrase right after someone new is introduced is about them
                    entity = self._introduced_before(
                        mention.start, mention.gender, False, lambda e: not self._keeps_own_role(e, mention, words, False) and not self._points_back_to(mention, e)
                    )
                if entity is not None and entity is not holder and entity.full_name and entity_words.described_as_someone(text):
                    entity = None  # "Der Landwirt, ein 39-jähriger Familienvater, …": no one named before
                if entity is None:
                    entity = self._agent_of_deed(mention)
                if entity is not None and entity.key.startswith("role:"):
                    entity = self._named_after(entity, mention) or entity
                if entity is None:
                    entity = self._named_in_apposition(mention)
                if entity is None and not self._someone_beside(words, text) and not self._relative_clause_after(mention):
                    # "Die Behördenvertreterin blieb ruhig" after "Annette X vom Wasserwirtschaftsamt":
                    # the role phrase as a subject, as at a cue (not "Der Hausmeister, der seit
                    # 25 Jahren an der Schule arbeitet": the clause presents someone new)
                    known = self._known_by_another_role(mention, text)
                    entity = known if known is not None and not self._points_back_to(mention, known) else None
                if entity is None:
                    entity = self._role_without_name(mention, text)
                entity.add(mention.start, mention.end, None, mention.gender, list(words))
                self.table.add_predicate_role(entity, self.ann.token_at(mention.end - 1) + 1)  # "Die Juristin ist Dekanin"
                self.table.remember(mention.start, mention.end, entity, salient=True)
            return
        if mention.kind is MentionKind.ORGANISATION:
            entity = self._organisation(mention)
            self.table.remember(mention.start, mention.end, entity, salient=True)
            return
        organisation = self._known_organisation(mention) if mention.kind is MentionKind.NAME else None
        if organisation is not None:
            organisation.add(mention.start, mention.end)
            self.table.remember(mention.start, mention.end, organisation, salient=True)
            return
        if self._group_noun(mention):
            text = self.ann.text[mention.start : mention.end]
            self.table.remember(mention.start, mention.end, self._group(mention, text), salient=True)
            return
        if (family := self._family(mention)) is not None:
            self.table.remember(mention.start, mention.end, family, salient=True)
            return
        # a one-word name counts only when the text introduces it as a person elsewhere: "der
        # Präsident von Valdoria" is no person named Valdoria
        if self._named_with_article(mention) is not None:
            return
        if mention.kind is MentionKind.NAME and mention.name and (
            entity_words.graded_adjective_opening(self.ann.text[mention.start : mention.end]) or self._adjective_opening_sentence(mention)
        ):
            return  # "Oberste Priorität habe …": an adjective and a noun, no one's name
        if self._plural_name(mention):
            team = self._organisation_named(mention, mention.name, "pl")
            team.add_roles(["team"])  # a club's team: "der Club", "der Verein" may name it later
            self.table.remember(mention.start, mention.end, team, salient=True)
            return
        kin_by_first_name = mention.role is not None and vocab.first_name_gender(mention.name or "") is not False  # "Ihr Mann Klaus"
        if mention.kind is MentionKind.NAME and mention.name and (self.knows(mention) or len(mention.name.split()) > 1 or "-" in mention.name or kin_by_first_name):
            name = self._person_name(mention.name)
            # (a first name alone is whoever the text named in full with it: "Jana und Tim X … Ihr
            # Bruder Tim"; named there already when the surname came from a relative: "Sein Sohn Thomas")
            named = kin_by_first_name and " " not in name and self.table.by_first_name(name, mention.end)
            entity = named or self.table.person(mention.name.split()[-1], name, mention.start)
            entity.add(mention.start, mention.end, name, mention.gender, entity_words.name_roles(mention, self.ann.text[mention.start : mention.end]))
            self.table.remember(mention.start, mention.end, entity, salient=True)

    def _by_handover(self, mention: Mention) -> Entity | None:
        """``die Neue``, ``Sein Nachfolger``, ``der scheidende Chefarzt``: the person the text's
        handover sentence gave that part (`succession`), the last one before the phrase whose
        gender fits; registered at the phrase."""
        if mention.kind not in (MentionKind.ROLE, MentionKind.NAME) or not self.table.handover:
            return None
        words = self.ann.text[mention.start : mention.end].split()
        part = succession.phrase_part(words)
        if part is None:
            return None
        gender = mention.gender or succession.article_gender(words)  # "die Neue": a woman
        if part == succession.INCOMING and mention.kind is MentionKind.ROLE and self._role_held_by_another(mention):
            return None  # "der neue Trainer" after "Trainer X" was introduced: not the new chair
        title = frozenset({words[-1].lower()})
        if succession.honorary(words[-1].lower()) and self.table.people.any_holder(lambda roles, gender: entity_words.same_role_word(roles, title)):
            return None  # "X, der inzwischen Ehrenvorsitzender ist, … der Ehrenvorsitzende": whoever was called so
        holder = next(
            (
                person
                for start, side, person in reversed(self.table.handover)
                if start < mention.start and side == part and (gender is None or person.gender in (None, gender))
            ),
            None,
        )
        if holder is not None:
            # (with the role the phrase gives: "der scheidende Präsident" still holds an office)
            roles = list(entity_words.role_words(mention, self.ann.text[mention.start : mention.end])) if mention.kind is MentionKind.ROLE else []
            holder.add(mention.start, mention.end, None, mention.gender, roles)
            self.table.remember(mention.start, mention.end, holder, salient=True)
        return holder

    def _role_held_by_another(self, mention: Mention) -> bool:
        """Someone the handover did not name holds the phrase's role (``Trainer Ralf X`` before
        ``der neue Trainer``, when the handover was of the chair): the role rules decide."""
        words = frozenset(entity_words.role_words(mention, self.ann.text[mention.start : mention.end]))
        named = {id(person) for _, _, person in self.table.handover}  # (the one leaving held it too)
        return any(
            id(entity) not in named and entity.kind is SpeakerKind.PERSON and entity.first_span()[0] < mention.start and entity_words.shares_role(entity.roles, words)
            for entity in self.table.entities.values()
            if entity.spans
        )

    def _adjective_opening_sentence(self, mention: Mention) -> bool:
        """``Großen Anteil am Sieg hatte X``, ``Scharfe Kritik kam von Y``: two capitalised words
        opening a sentence, the first with an adjective's ending and neither a first name, are an
        adjective and a noun, no one's name."""
        words = self.ann.text[mention.start : mention.end].split()
        k = self.ann.token_at(mention.start)
        return (
            len(words) == 2
            and k == self.ann.sentences[self.ann.tokens[k].sent][0]
            and words[0].endswith(vocab.endings("attributive_ending"))
            and all(vocab.first_name_gender(word) is False for word in words)
        )

    def _person_name(self, name: str) -> str:
        """The name a name mention gives its person: without a role the mention stage took for
        part of it (`entity_words.person_name`), and only the surname when no word before it is
        a first name or a surname and someone was named in full with that surname (``Maximilian
        Strobl … Doppeltorschütze Strobl``, ``Tannaus Matchwinner McKenna``): the words before it
        describe that person, they do not name a namesake (but ``Rajoy Zapatero`` is two people)."""
        name = entity_words.person_name(name)
        *before, surname = name.split()
        if before and all(vocab.first_name_gender(word) is False and entity_words.strip_genitive(word) not in self.table.namesakes for word in before):
            if any(person.full_name for person in self.table.namesakes.get(entity_words.strip_genitive(surname), ())):
                return surname
        return name

    def _named_in_apposition(self, mention: Mention) -> Entity | None:
        """``Dort schilderte ihr die Leiterin einer Hilfsorganisation, die Niederländerin Maaike
        de Groot, die Lage``: a person named in full in a comma apposition right after a role
        phrase (a comma, an article and one noun at most between them) is who the phrase is."""
        i = bisect.bisect_left(self.table.starts, mention.end)
        while i < len(self.table.occurrences) and self.table.occurrences[i].start - mention.end <= _APPOSITION_CHARS:
            occurrence = self.table.occurrences[i]
            entity = occurrence.entity
            between = self.ann.text[mention.end : occurrence.start].split()
            if (
                entity.kind is SpeakerKind.PERSON
                and entity.full_name
                and (mention.gender is None or entity.gender in (None, mention.gender))
                and between[:1] == [","]
                and len(between) <= 3
                and all(word.lower() in vocab.determiners() or word[:1].isupper() for word in between[1:])
                and not (len(between) == 2 and between[1].lower() in vocab.determiners())  # "Die Ärztin, die X behandelte": a relative clause
            ):
                return entity
            i += 1
        return None

    def _article_before_name(self, mention: Mention) -> bool:
        """``Die Freie Liste``, ``Die Sparte Pflanzenschutz``: two or more capitalised words right
        after an article are an institution's name — German news puts no article before a
        person's name — when something marks them as one: the first word inflected like an
        adjective or a noun after an article (``-e``, ``-en``), an organisation noun or legal
        form among them (``Die Flugplatz Ebersau GmbH``), a common noun last (``die Bellmont
        Institution``), a plural verb after them (``Die Rabenau Falken haben``: a team). Not:
        ``die Archäologin Carla Ruiz`` (a role), ``Der Brasilianer Tiago X``, ``die Deiche`` (one
        word is a common noun)."""
        words = self.ann.text[mention.start : mention.end].split()
        named = mention.name.split()
        if len(named) >= 2 and len(words) > len(named) + 1 and words[-len(named) :] == named and words[-len(named) - 1].islower():
            words = [words[0], *named]  # "Der mit 15.000 Euro dotierte Feldberger Literaturpreis"
        return (
            len(words) >= 3
            and words[0].lower() in vocab.determiners()
            and all(word[:1].isupper() and vocab.role_noun(word) is None for word in words[1:])
            and words[-1] == named[-1]
            and vocab.first_name_gender(words[1]) is False
            and (
                words[1].endswith(vocab.endings("weak_adjective_ending"))  # "Die Freie Liste" (not: "Der Brasilianer Tiago X")
                or (vocab.town_adjective(words[1]) and not vocab.demonym(words[1]))  # a town's: "Der Feldberger Literaturpreis"
                or any(vocab.organisation_noun(word) is not None for word in words[1:])
                or entity_words.common_noun(words[-1])  # "die Bellmont Institution"
                or self._team_subject(mention)
            )
        )

    def _plural_name(self, mention: Mention) -> bool:
        """``Baskets Hollweide verlängern mit Trainer X``: a name of several words, none a first
        name and none known as a person's, right before a plural verb names a team or a band,
        not one person."""
        if mention.kind is not MentionKind.NAME or not mention.name or self.knows(mention):
            return False
        words = mention.name.split()
        return (
            len(words) >= 2
            and self.ann.text[mention.start : mention.end] == mention.name
            and all(vocab.first_name_gender(word) is False for word in words)
            and not words[0].lower().endswith(("e", "en", "er"))  # "Bewaffnete Polizeieinheiten gingen vor": an adjective
            and self._before_plural_verb(mention)
        )

    def _team_subject(self, mention: Mention) -> bool:
        """``Die Rabenau Falken haben …``: a name after an article that opens the sentence, with
        a plural verb after it, is a team (not a relative clause: ``Poster, die X Y zeigten``)."""
        first = self.ann.token_at(mention.start)
        return first == self.ann.sentences[self.ann.tokens[first].sent][0] and self._before_plural_verb(mention)

    def _before_plural_verb(self, mention: Mention) -> bool:
        """A plural verb right after the mention: more than one person or a team acts."""
        return plural_verb_at(self.ann, self.ann.token_at(mention.end - 1) + 1)

    def _named_with_article(self, mention: Mention) -> Entity | None:
        """``Die Grüne Mitte verteidigte die Regeln. Sie betonte, …``: a name with an article
        is an institution's (a person's name takes none), and "sie" may refer to it; registered
        as a salient occurrence, or None when the mention is no such name."""
        if not (mention.kind is MentionKind.NAME and mention.name and not self.knows(mention) and self._article_before_name(mention)):
            return None
        entity = self._phrase_organisation(mention)
        self.table.remember(mention.start, mention.end, entity, salient=True)
        return entity

    def _phrase_organisation(self, mention: Mention) -> Entity:
        """The organisation a name after an article denotes, its gender that of the article."""
        article, name = self.ann.text[mention.start : mention.end].split(maxsplit=1)
        return self._organisation_named(mention, name, entity_words.subject_gender(article))

    def _organisation_named(self, mention: Mention, name: str, gender: str | None) -> Entity:
        """The organisation known by ``name`` (created with the grammatical ``gender`` a pronoun
        for it takes), with ``mention`` added."""
        key = "org:" + name.lower()
        entity = self.table.entities.get(key)
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.ORGANISATION, key)
            entity.grammatical_gender = gender
        entity.add(mention.start, mention.end, name)
        return entity

    def _group_noun(self, mention: Mention) -> bool:
        """``Die Pflegekräfte des Klinikums``: a name mention that is a plural person noun after a
        definite article (one the role lexicon lacks), so a group, not a person."""
        if mention.kind is not MentionKind.NAME or not mention.name or " " in mention.name:
            return False
        words = self.ann.text[mention.start : mention.end].split()
        return (
            len(words) >= 2
            and words[0].lower() == "die"
            and words[1] == mention.name
            and (mention.name.lower().endswith(tuple(entity_words.of_class("group_ending"))) or entity_words.organisation_plural(mention.name))
            and not self.knows(mention)
        )

    def knows(self, mention: Mention) -> bool:
        """True when a name mention matches a person or organisation the text introduces elsewhere
        (``Jana Kessler``, ``Präsident Haller``, ``der Autohersteller Veltrawerke``): evidence that a
        bare capitalised word is a name."""
        if self.ann.text[mention.start : mention.end] in self._statements:
            return True  # "nach Angaben der Polizei" again, inside the report it opened
        if self._possessed_kin(mention) is not None:
            return True  # "Ihr Mann nickte:": someone's relative is a person
        return self._knows_person(mention) or (bool(mention.name) and self._known_organisation(mention) is not None)

    def _knows_person(self, mention: Mention) -> bool:
        if not mention.name:
            return False
        entity = self.table.entities.get("person:" + entity_words.strip_genitive(mention.name.split()[-1]))
        return entity is not None and bool(entity.names)

    # ------------------------------------------------------------------ resolving mentions

    def _organisation(self, mention: Mention) -> Entity:
        """The organisation an organisation mention names: the same words, or for a bare noun
        the nearest organisation whose name ends in it (``das Ministerium`` ⇄ ``das
        Verkehrsministerium``, ``die Partei`` ⇄ ``die Partei Neue Mitte``)."""
        text = self.ann.text[mention.start : mention.end]
        if (bare := entity_words.without_sentence_period(text)) != text:  # "warnte der VdL."
            text, mention = bare, attrs.evolve(mention, head=entity_words.without_sentence_period(mention.head))
        if (bare := self._without_place_of_known(text)) != text:  # "erklärte der Verband in Frankfurt"
            text, mention = bare, attrs.evolve(mention, end=mention.start + len(bare))
        key = "org:" + entity_words.organisation_key(text)
        head = mention.head.lower()
        if text.split(maxsplit=1)[0].lower() in vocab.word_class("indefinite_article"):
            # "Ein anderer Bauträger habe Interesse": some organisation, none the text named
            own = f"{key}@{mention.start}"
            entity = self.table.entities.get(own)
            if entity is None:
                entity = self.table.entities[own] = Entity(SpeakerKind.ORGANISATION, own)
                entity.add(mention.start, mention.end, mention.head)
            return entity
        if " " not in key and key[4:] != head and key[4:].startswith(head):
            key = "org:" + head  # "des Unternehmens": the noun, not its genitive
        elif " " in key and " " not in head and text.split()[-1] == mention.head and all(word.islower() for word in text.split()[1:-1]):
            key = "org:" + head  # "der kommunale Versorger": adjectives name no organisation
        entity = self.table.entities.get(key) or self._known_organisation(mention) or self._spelled_out_earlier(key[4:], text, mention.start)
        if entity is not None and key == "org:" + head:
            self._observe_organisations_before(mention.start)  # (a name given after the bare noun)
            entity = self._compound_since(entity, mention.start, head) or self._named_since(entity, mention.start, head) or entity
        by_noun = False  # "das Unternehmen" linked to "Lignova" is no name of it
        if entity is None and " " not in key:
            by_noun = True
            self._observe_window(mention.start)  # the organisations that were subjects before
            self._observe_organisations_before(mention.start)
            noun = key[4:]
            wider = [
                e
                for k, e in self.table.entities.items()
                if k.startswith("org:")
                and any(word.endswith(noun) for word in (*k[4:].split(), *e.roles))
                and e.first_span()[0] < mention.start
            ]
            entity = self._nearest(wider, mention.start) or self._named_with_field(noun, mention.start) or self._named_after_noun(noun, mention.start)
            if entity is None:
                # "Das Unternehmen" after "Der Autohersteller Veltrawerke": the nearest named
                # organisation of the same kind; the one sharing most kinds (``das Geldinstitut``:
                # the bank, not the software company, though both are companies)
                # (not a compound with a long first part, ``die Weltgesundheitsorganisation``:
                # that names an organisation of its own)
                generic = entity_words.generic_organisation_noun(noun) and not entity_words.body_of_its_own(noun)
                kinds = entity_words.organisation_kinds(noun) if generic else frozenset()
                led = entity_words.led_organisation(noun)  # "die Klinikleitung": the clinic
                kinds = entity_words.organisation_kinds(led) if led else kinds
                shared = {
                    id(e): len(kinds & _kinds_of(e))
                    for k, e in self.table.entities.items()
                    if kinds and k.startswith("org:") and e.spans and e.first_span()[0] < mention.start
                }
                best = max(shared.values(), default=0)
                # (and of its most specific kind: "die Kreisverwaltung" is no police directorate,
                # though both are authorities)
                primary = entity_words.primary_organisation_kinds(led or noun)
                fitting = [e for e in self.table.entities.values() if best and shared.get(id(e)) == best and primary & _kinds_of(e)]
                entity = self._nearest(fitting, mention.start)
            if entity is None and (entity_words.any_organisation(noun) or entity_words.membership_body(noun)):
                # "Die ESU bezifferte … teilte die Organisation mit" (not a town or a bank), "Die
                # Lakers teilten mit … erklärte der Verein": the body that was just the subject
                issuer = self._statement_issuer(mention.start)
                if issuer is not None and (not _kinds_of(issuer) or _kinds_of(issuer) & entity_words.organisation_kinds(noun)):
                    entity = issuer
            if entity is None:
                written_noun = text.split()[-1].lower()  # singular as written: not "der Behörden"
                hypernym = written_noun in entity_words.of_class("organisation_hypernym")
                entity = self._compound_before(mention.start, noun, entity_words.organisation_kinds(noun) if hypernym else frozenset())
            if entity is None:
                entity = self._body_that_spoke(text, noun, mention.start)
            if entity is None:
                entity = self._sole_named_body(text, noun, mention.start)
        if entity is None and by_noun and self._in_headline(mention.start):
            entity = self._named_after_noun(key[4:], mention.start, ahead=True)
        created = entity is None
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.ORGANISATION, key)
            info = vocab.organisation_noun(mention.head.split()[0]) or vocab.organisation_noun(mention.head.split()[-1])
            entity.grammatical_gender = grammatical_gender(info)
        written = mention.head if key == "org:" + head else entity_words.organisation_name(text)
        entity.add(mention.start, mention.end, None if by_noun and entity.names else mention.name or written)
        if (created or not by_noun) and (tail := self._seat_tail(mention)):
            entity.add(mention.start, mention.end, f"{mention.name or written} {tail}")  # "Zweckverband X [im Landkreis Y]"
        before_name = written[: -len(mention.name)].split() if mention.name and written.endswith(mention.name) else []
        if not by_noun and before_name and all(w[:1].isupper() and w.endswith(vocab.endings("weak_adjective_ending")) for w in before_name):
            entity.add(mention.start, mention.end, written)  # "Kassenärztliche Vereinigung X": the adjective is part of the name
        self._alias_acronym(mention, entity)
        return entity

    def _body_that_spoke(self, text: str, noun: str, position: int) -> Entity | None:
        """``Die Landfrauen Veitsgrund luden zum Basar. … teilte der Verein mit``: a definite
        noun for an organisation of any kind (``der Verein``, ``die Einrichtung``, ``das
        Institut``) that names no organisation of its kind known here is the organisation that
        was the subject of one of the `_KIND_NOUN_REACH` sentences before, when its kind fits (a
        company is no ``Behörde``) or, in the sentence just before, its name tells none. Only the singular kind noun itself: a compound or a plural
        names a body of its own (``das Ordnungsamt``, ``die Stadtwerke``)."""
        kinds = _bare_kind_noun_kinds(text, noun)
        if kinds is None:
            return None
        # (the sentence before: in its own sentence an organisation is what was said, "Die Fabrik
        # soll wieder aufgebaut werden, teilte die Versicherung mit")
        before = self._window_start(position, 0)
        previous = self._window_start(position, 1)
        self._observe_window(position)
        for occurrence in self._occurrences_back(position, _KIND_NOUN_REACH):
            entity = occurrence.entity
            if occurrence.start >= before or not occurrence.salient or entity.kind is not SpeakerKind.ORGANISATION or self.table.inside_quote(occurrence.start):
                continue
            # "Der Chemiekonzern X hat die Anlage stillgelegt. …, teilte die Behörde mit": another
            # kind; one whose name tells none only from the sentence before ("Die Feuerwehr X
            # löschte. … teilte die Polizei mit" is the police)
            if entity_words.any_organisation(noun) or _kinds_of(entity) & kinds or (not _kinds_of(entity) and occurrence.start >= previous):
                return entity
        return None

    def _sole_named_body(self, text: str, noun: str, position: int) -> Entity | None:
        """``Die Volkssternwarte Hohenlind hat … teilte der Verein mit``: a definite singular kind
        noun that no rule above linked is the one organisation named before whose kind fits, when
        there is exactly one: news name an organisation before they call it by its kind. (One
        whose name tells no kind may be anything: ``Die Bundeswehr übt … kritisierte der
        Verein`` is another body.)"""
        kinds = _bare_kind_noun_kinds(text, noun)
        if kinds is None:
            return None
        named = [
            e
            for key, e in self.table.entities.items()
            if key.startswith("org:") and "@" not in key and e.names and e.spans and e.first_span()[0] < position
            and not (" " not in e.name and vocab.organisation_noun(e.name) is not None)  # a bare kind noun
        ]
        # (of its most specific kind too: "die Kreisverwaltung" is no police directorate, though
        # both are authorities; a club may be run by any body of members)
        primary = kinds if entity_words.membership_body(noun) else entity_words.primary_organisation_kinds(noun)
        fitting = [e for e in named if entity_words.any_organisation(noun) or _kinds_of(e) & primary]
        return fitting[0] if len(fitting) == 1 else None

    def _seat_tail(self, mention: Mention) -> str | None:
        """The territory or parent body the organisation's name goes on with after the mention
        (`organisation_names.seat_tail_end`), if any."""
        last = self.ann.token_at(mention.end - 1)
        tail = organisation_names.seat_tail_end(self.ann, self.ann.token_at(mention.start), last)
        return self.ann.text[self.ann.tokens[last + 1].start : self.ann.tokens[tail].end] if tail > last else None

    def _named_with_field(self, noun: str, position: int) -> Entity | None:
        """``Der Landesverband der Campingwirtschaft Nordost … der Campingverband``: a compound
        kind noun is the organisation named before with the same kind noun and a name word that
        starts with the compound's field — the same body, said shorter."""
        parts = entity_words.compound_field(noun)
        if parts is None:
            return None
        field, kind = parts
        named = [
            e
            for key, e in self.table.entities.items()
            if key.startswith("org:")
            and e.spans
            and e.first_span()[0] < position
            and any(word.endswith(kind) for word in (*key[4:].split(), *e.roles))
            and any(word.startswith(field) for word in key[4:].split())
        ]
        return self._nearest(named, position)

    def _without_place_of_known(self, text: str) -> str:
        """``der Verband in Frankfurt`` → ``der Verband``: a bare kind noun with the place it
        sits in, when the text has named an organisation of that noun before — the place
        tells where it spoke, not which one it is."""
        article, _, rest = text.partition(" ")
        noun, _, tail = rest.partition(" ")
        place = tail.split()
        if not (
            article.lower() in vocab.determiners()
            and len(place) in (2, 3)
            and place[0] in vocab.word_class("seat_preposition")
            and all(word[:1].isupper() for word in place[1:])
            and vocab.organisation_noun(noun) is not None
        ):
            return text
        noun = noun.lower()
        known = any(
            key.startswith("org:") and (key[4:] == noun or any(word.endswith(noun) for word in (*key[4:].split(), *entity.roles)))
            for key, entity in self.table.entities.items()
        )
        return f"{article} {rest.split()[0]}" if known else text

    def _compound_before(self, position: int, noun: str, kinds: frozenset[str] = frozenset()) -> Entity | None:
        """``Das Bundesgesundheitsministerium hat … verteidigt. …, erklärte das Ministerium``: the
        nearest word before ``position`` (outside quotations) that is a compound of the bare
        organisation noun names it, though it was never a speaker; so does, for a noun of some
        ``kinds``, an organisation noun of the same kind (``Nach Erkenntnissen des Landratsamts
        … teilte die Behörde mit``). A genitive ``-s`` is no part of the name."""
        k = self._compound_position(position, noun, kinds)
        return None if k is None else self._compound_entity(k)

    def _compound_since(self, bare: Entity, position: int, noun: str) -> Entity | None:
        """``Ministerium kündigt … an`` (a headline), ``das Bundesbauministerium will …``, ``erklärte
        das Ministerium``: a compound of the bare noun named after the bare noun's last occurrence
        is the organisation meant now."""
        k = self._compound_position(position, noun)
        last = max((span[0] for span in bare.spans if span[0] < position), default=-1)
        if k is None or self.ann.tokens[k].start <= last or self._introduced_elsewise(k):
            return None
        return self._compound_entity(k)

    def _named_since(self, bare: Entity, position: int, noun: str) -> Entity | None:
        """``Die Stadt habe nicht geprüft … Die Stadt Altmünster wollte … Die Stadt betont``: an
        organisation named in full with the bare noun as its kind, after the bare noun's last
        occurrence, is the one the noun means now."""
        if vocab.organisation_noun(noun.capitalize()) is None:
            return None  # a name ("SPIEGEL ONLINE"), not a kind noun
        last = max((span[0] for span in bare.spans if span[0] < position), default=-1)
        named = [
            entity
            for key, entity in self.table.entities.items()
            if key.startswith("org:")
            and entity is not bare
            and (noun in entity.roles or noun in key[4:].split()[:-1])  # ("Der Zweckverband Wasserversorgung X")
            and entity.spans
            and last < entity.first_span()[0] < position
        ]
        return self._nearest(named, position)

    def _introduced_elsewise(self, k: int) -> bool:
        """The noun at ``k`` is no subject that takes over: it follows an indefinite article (``eine
        traditionelle Zaiditen-Regierung``: a new one) or a preposition (``arbeite mit dem
        Bundesinnenministerium zusammen``: a partner), across its article and adjectives."""
        texts, indefinite = self.ann.texts, vocab.word_class("indefinite_article")
        j = k - 1
        while j > k - 4 and j >= 0 and texts[j] not in indefinite and texts[j].islower() and texts[j].endswith(ADJECTIVE_ENDINGS):
            j -= 1
        if j >= 0 and texts[j] in indefinite:
            return True
        if j >= 0 and texts[j].lower() in vocab.determiners():
            j -= 1
        return j >= 0 and texts[j].lower() in vocab.word_class("preposition")

    def _compound_position(self, position: int, noun: str, kinds: frozenset[str] = frozenset()) -> int | None:
        """The token of the nearest such compound before ``position`` (see `_compound_before`)."""
        ann = self.ann
        end = ann.token_at(position)
        for k in range(end - 1, max(-1, end - _MAX_INTRODUCTION_DISTANCE), -1):
            # the stem keeps the word's first letter: test it before the stem is looked up (most
            # of the 600 words looked back over are lowercase)
            if not ann.texts[k][:1].isupper():
                continue
            word = entity_words.genitive_stem(ann.texts[k])
            if not word[:1].isupper() or self.table.inside_quote(ann.tokens[k].start):
                continue
            lower = word.lower()
            compound = len(word) > len(noun) + 2 and lower.endswith(noun)
            if compound or (kinds and lower != noun and self._kind_noun_after_article(k, word, kinds)):
                return k
        return None

    def _in_headline(self, position: int) -> bool:
        """``position`` lies in the text's first paragraph and that has no full stop: a headline,
        which may name an organisation by its kind noun alone (``Bergwacht rettet Wanderer``)
        before the article names it (a bare noun elsewhere may be another body: ``teilte die
        Gemeinde mit. Auch die Gemeinde Oberweilen lehnt ab``)."""
        ann = self.ann
        k = ann.token_at(position)
        first_break = next((j for j in range(1, len(ann.tokens)) if ann.paragraph_break_before(j)), None)
        return first_break is not None and k < first_break and "." not in ann.texts[:first_break]

    def _named_after_noun(self, noun: str, position: int, ahead: bool = False) -> Entity | None:
        """``… lobte die Zusammenarbeit mit der Gemeinde Talbach. … sagte die Gemeinde``,
        ``Revierförster X vom Forstamt Hochgrat-Süd …, teilte das Forstamt mit``: the kind noun
        named before with name words after it, anywhere in a sentence (`name_words_end` tells a
        name from an object: ``hat der Förderverein Unterschriften gesammelt``); ``ahead``, the
        first such name after a headline's bare noun (`_in_headline`)."""
        ann = self.ann
        end = ann.token_at(position)
        if ahead:
            tokens = range(end + 1, min(len(ann.tokens), end + _MAX_INTRODUCTION_DISTANCE))
        else:
            tokens = range(end - 1, max(-1, end - _MAX_INTRODUCTION_DISTANCE), -1)
        for k in tokens:
            text = ann.texts[k]
            if not text[:1].isupper() or entity_words.genitive_stem(text).lower() != noun or self.table.inside_quote(ann.tokens[k].start):
                continue
            j = organisation_names.name_words_end(ann, k + 1)
            if j is None or (not ahead and ann.tokens[j].end > position):
                continue
            return self.table.named_organisation(k + 1, j, entity_words.genitive_stem(text), name_adjective(ann, k))
        return None

    def _compound_entity(self, k: int) -> Entity:
        """The organisation the kind noun at token ``k`` names, registered at that occurrence
        (with the name words after it: ``des Landratsamts Talheim``)."""
        ann = self.ann
        word = entity_words.genitive_stem(ann.texts[k])
        if (j := organisation_names.name_words_end(ann, k + 1)) is not None:
            return self.table.named_organisation(k + 1, j, word, name_adjective(ann, k))
        key = "org:" + word.lower()
        entity = self.table.entities.get(key)
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.ORGANISATION, key)
            entity.grammatical_gender = grammatical_gender(vocab.organisation_noun(word))
        first = coordinated_compound_start(ann, k)  # "den Heimat- und Geschichtsverein"
        if first < k:
            word = ann.text[ann.tokens[first].start : ann.tokens[k - 1].end] + " " + word
        elif entity_words.place_adjective_before(ann, k):
            word = ann.texts[k - 1] + " " + word  # "der Kronstädter Verkehrsbetriebe": the town's
        entity.add(ann.tokens[k].start, ann.tokens[k].end, word)
        self.table.remember(ann.tokens[k].start, ann.tokens[k].end, entity)
        return entity

    def _kind_noun_after_article(self, k: int, word: str, kinds: frozenset[str]) -> bool:
        """``des Landratsamts``, ``vom Gesundheitsamt``: a singular organisation noun of one of
        these kinds after an article (not ``Insgesamt`` opening a sentence), and no role noun
        (``Händler`` is a person too)."""
        info = vocab.organisation_noun(word)
        before = self.ann.texts[k - 1].lower() if k > 0 else ""
        return (
            info is not None
            and not info.plural
            and vocab.role_noun(word) is None
            and (before in vocab.determiners() or before in vocab.word_class("contracted_preposition"))
            and bool(entity_words.organisation_kinds(word) & kinds)
        )

    def _spelled_out_earlier(self, key: str, text: str, position: int) -> Entity | None:
        """``Der Arbeiter-Samariter-Bund Lenzach … teilte der ASB mit``, ``Der Deutsche
        Wetterdienst … sagte der DWD``: an acronym of three letters or more with no name of its
        own is the one organisation named before whose words — and the parts of its compounds —
        it spells (`entity_words.spells`); it becomes another name of it."""
        acronym = text.split()[-1]
        if len(key) < 3 or " " in key or not vocab.is_acronym(acronym):
            return None
        spelled = [
            entity
            for entity in {id(e): e for e in self.table.entities.values()}.values()  # (one entity may have several keys)
            if entity.kind is SpeakerKind.ORGANISATION
            and entity.spans
            and entity.first_span()[0] < position
            and any(entity_words.spells(acronym, name) for name in entity.names)
        ]
        if len(spelled) != 1:
            return None
        self.table.entities.setdefault("org:" + key, spelled[0])
        return spelled[0]

    def _alias_acronym(self, mention: Mention, entity: Entity) -> None:
        """``Das Institut für Angewandte Optik (IAO) …``: an acronym in parentheses at
        the end of a mention or right after it is another name of its organisation (``das IAO
        teilte mit``)."""
        texts = self.ann.texts
        last = self.ann.token_at(mention.end - 1)
        for k in (last - 2, last + 1):  # "… (IAB)" inside the mention, or just after it
            if 0 <= k < len(texts) - 2 and texts[k] == "(" and texts[k + 2] == ")" and vocab.is_acronym(texts[k + 1]):
                self.table.entities.setdefault("org:" + texts[k + 1].lower(), entity)

    def _organisation_by_kind(self, mention: Mention) -> Entity | None:
        """A role noun that names a kind of company too (``der Hersteller``, ``der Händler``):
        the nearest organisation the text introduced with a noun of that kind, if no person has
        that role."""
        words = entity_words.role_words(mention)
        kinds = frozenset().union(*(entity_words.organisation_kinds(word) for word in words))
        if not kinds or self._has_role_holder(words):
            return None
        fitting = [
            e
            for e in self.table.entities.values()
            if e.kind is SpeakerKind.ORGANISATION and any(entity_words.shares_role({role.lower()}, words) for role in e.roles)
            and e.first_span()[0] < mention.start
        ]
        if not fitting:
            # "Der zuständige Netzbetreiber, die Weserland Netz GmbH, …": an organisation named
            # right after the noun, in apposition
            fitting = [
                e
                for e in self.table.entities.values()
                if e.kind is SpeakerKind.ORGANISATION and e.spans and e.first_span()[0] < mention.start and self._introduced_after_noun(e, words)
            ]
        if not fitting and self._bare_company_role(mention):
            # "Die Fernstraßen X GmbH kündigte an … teilte der Autobahnbetreiber mit": no one holds
            # the role, so the nearest organisation of its kind is meant
            fitting = [
                e
                for e in self.table.entities.values()
                if e.kind is SpeakerKind.ORGANISATION and e.spans and e.first_span()[0] < mention.start and _kinds_of(e) & kinds
            ]
        if not fitting and words & entity_words.of_class("board_noun") and not mention.name:
            # "Der Verein will seine Sicht darlegen. …, erklärte der Vorstand": the board of the
            # organisation just talked about speaks for it (a club's or a firm's, not the town's
            # or the police that acted on it)
            issuer = self._statement_issuer(mention.start)
            return issuer if issuer is not None and not _kinds_of(issuer) & entity_words.of_class("boardless_kind") else None
        return self._nearest(fitting, mention.start)

    def _bare_company_role(self, mention: Mention) -> bool:
        """``der Autobahnbetreiber`` alone (a definite article and the noun: no genitive, relative
        clause, apposition or adjective that sets someone apart), held by no one the text named or
        introduced, while what was said does not call its speaker ``er`` (``Der Händler sagte, er
        sei unschuldig`` is a man)."""
        words = self.ann.text[mention.start : mention.end].split()
        if len(words) != 2 or words[0].lower() not in entity_words.of_class("definite_article"):
            return False
        role = words[1].lower()
        self._observe_window(mention.start)  # (the subjects just before, as people: "Ein Händler aus Bonn ist unzufrieden")
        if any(
            any(known.endswith(role) for known in entity.roles)
            for entity in self.table.entities.values()
            if entity.kind is SpeakerKind.PERSON and entity.spans and entity.first_span()[0] < mention.start and (entity.full_name or self._introduced_indefinite(entity))
        ):
            return False  # ("Händler Tim X …", "Ein Händler aus Bonn … Der Händler")
        if not self._role_only_in_names(role, mention.start):
            return False  # ("nahm einen Drogenhändler fest … Der Händler")
        said = self._said
        return said is None or not any(entity_words.personal_pronoun_of(word, "m") for word in self.ann.text[said[0] : said[1]].split())

    def _introduced_indefinite(self, entity: Entity) -> bool:
        """``entity`` was first mentioned with an indefinite article (``Ein Händler aus Bonn``)."""
        first = self.ann.text[entity.first_span()[0] : entity.first_span()[1]].split(maxsplit=1)
        return bool(first) and first[0].lower() in vocab.word_class("indefinite_article")

    def _role_only_in_names(self, role: str, before: int) -> bool:
        """Every compound of ``role`` before ``before`` (``einen Drogenhändler``), if any, is
        inside an organisation's name (``Fernwärmebetreiber X GmbH``)."""
        texts, tokens = self.ann.texts, self.ann.tokens
        organisations = [e for e in self.table.entities.values() if e.kind is SpeakerKind.ORGANISATION]
        for k in range(self.ann.token_at(before)):
            word = texts[k].lower()
            if word != role and word.endswith(role) and not any(s <= tokens[k].start < e for o in organisations for s, e in o.spans):
                return False
        return True

    def _introduced_after_noun(self, organisation: Entity, words: set[str]) -> bool:
        """The organisation's first mention follows one of ``words`` and a comma (``Der
        zuständige Netzbetreiber, die Weserland Netz GmbH``)."""
        first = self.ann.token_at(organisation.first_span()[0])
        texts = self.ann.texts
        k = first - 1
        while k >= 0 and texts[k].lower() in vocab.determiners():
            k -= 1  # "die"
        return k >= 1 and texts[k] == "," and texts[k - 1].lower() in words

    def _possessed_kin(self, mention: Mention) -> Mention | None:
        """``Ihr Mann ergänzte``: a kinship noun that is also a surname (so no listed role noun),
        after a possessive, read as the role phrase it is."""
        if mention.kind is MentionKind.NAME and mention.name and entity_words.possessor_gender(self.ann.text[mention.start : mention.end]):
            if self._copula_after(mention):
                return None  # "Ihr Mann für Europa ist Daniel Vogt": a figure of speech, he is named
            return attrs.evolve(self._as_role(mention), name=None)
        return None

    def _copula_after(self, mention: Mention, reach: int = 4) -> bool:
        """A copula follows the mention within its clause (``Ihr Mann dort ist …``)."""
        texts = self.ann.texts
        k = self.ann.token_at(mention.end - 1) + 1
        for i in range(k, min(len(texts), k + reach)):
            if vocab.is_punct(texts[i]):
                return False
            if texts[i] in entity_words.of_class("copula"):
                return True
        return False

    def _as_role(self, mention: Mention) -> Mention:
        """`entity_words.as_role` of this text."""
        return entity_words.as_role(self.ann, mention)

    def _unlisted_role(self, mention: Mention) -> bool:
        """A name mention that is a common noun: ``der Kommandant``, ``der gebürtige Nordfriese``,
        ``der 38-jährige Bankkaufmann``, ``der frühere Schwimmmeister`` (a definite article, an
        adjective of origin, training or former standing or an age at most — any lowercase adjective
        before a noun for anyone, ``der junge Mann`` —, one word not known as a surname) — German
        news puts no article before a person's surname."""
        words = self.ann.text[mention.start : mention.end].split()
        return (
            len(words) >= 2
            # (also "Ein Mann aus Hamburg": no one puts an indefinite article before a surname)
            and (words[0].lower() in entity_words.of_class("definite_article") or words[0].lower() in vocab.word_class("indefinite_article"))
            and not (words[0].lower() == "der" and words[-1].endswith("en"))  # "Angaben der Tagesthemen": a genitive plural
            and all(
                word in entity_words.of_class("descriptive_role")
                or word.lower() in entity_words.of_class("former")
                or entity_words.is_age(word)
                or (word.isalpha() and word.islower() and words[-1].lower() in entity_words.of_class("person_noun"))  # "der junge Mann"
                for word in words[1:-1]
            )  # "der gebürtige Nordfriese", "der 38-jährige Bankkaufmann", "der frühere Schwimmmeister"
            and (len(words) == 2 or vocab.first_name_gender(words[-1]) is False)  # "die achtjährige Anna" is a girl's name
            and not self.knows(mention)
        )

    def resolve(self, mention: Mention, said: tuple[int, int] | None = None) -> tuple[Entity | None, str]:
        """The entity a speaker mention denotes and how it was found (for the evidence string).
        ``said`` is the span of the quotation the mention is the speaker of: a person named only
        in it is what was said, not who said it (``Rieder habe den Sieg verdient, sagte die
        Olympiateilnehmerin``)."""
        outer, self._said = self._said, said or self._said
        self._certainty.pop((mention.start, mention.end), None)  # of an earlier resolution of the span
        try:
            entity, how = self._resolve(mention)
            if self._model is not None and entity is not None and reranker.reconsidered(mention, how):
                entity, how = self._reconsider(mention, entity, how)
        finally:
            self._said = outer
        if entity is not None:
            entity.spoke = True
            self._last_speaker = entity
        return entity, how

    def certainty(self, mention: Mention) -> float:
        """How sure the linking of ``mention`` is: the model's probability of the entity among
        the candidates it weighed (`reranker.probability`), and 1 for what the model does not
        reconsider (names, mostly) or when no model is shipped. Tested on blind batches, it tells
        right from wrong links far better than the kind of mention does (``docs/evaluation.md``)."""
        return self._certainty.get((mention.start, mention.end), 1.0)

    def _reconsider(self, mention: Mention, chosen: Entity, how: str) -> tuple[Entity, str]:
        """The rules' choice, or the candidate the model (`quotekit.reranker`) prefers to it; the
        mention then moves to that candidate, with the roles and gender it gave the rules' choice.
        The model's probability of the one kept is recorded as the mention's `certainty`."""
        assert self._model is not None
        context = reranker.Context(self.ann, self.table, self._said, self._last_speaker)
        scored = reranker.candidates(context, mention, chosen, how)
        scores = reranker.scores_of(self._model, scored)
        other = reranker.better(self._model, scored, chosen, scores=scores)
        self._certainty[(mention.start, mention.end)] = reranker.probability(self._model, scored, other or chosen, scores=scores)
        if other is None:
            return chosen, how
        chosen.withdraw(mention.start, mention.end)
        words = [r for r in (mention.role, mention.role_word) if r] if mention.kind is MentionKind.ROLE else []
        other.add(mention.start, mention.end, None, mention.gender if words else None, words)
        self.table.reassign(mention.start, mention.end, chosen, other)
        return other, how + reranker.OVERRIDE_MARK

    def _in_what_was_said(self, occurrence: Occurrence, before: int) -> bool:
        """Whether ``occurrence`` names a person in the quotation being attributed, in the
        sentence of the mention at ``before`` but not around it (``Rieder habe den Sieg verdient,
        sagte die Olympiateilnehmerin``); a sentence before it only introduces the speaker
        (``Paula Grieshaber kam auf Rang 24. „…“, gab die Schwarzwälderin zu``)."""
        said = self._said
        return (
            said is not None
            and said[0] <= occurrence.start < said[1]
            and not said[0] <= before < said[1]
            and occurrence.entity.kind is SpeakerKind.PERSON
            and occurrence.start >= self._window_start(before, 0)
            and not vocab.pronoun(self.ann.text[occurrence.start : occurrence.end])  # "Er habe …, sagte X": X himself
        )

    def _resolve(self, mention: Mention) -> tuple[Entity | None, str]:
        if entity_words.anonymous_source(self.ann.text[mention.start : mention.end]):
            return None, "anonymous-source"  # "In Koalitionskreisen hieß es": no one named
        if self.table.handover and succession.phrase_part(self.ann.text[mention.start : mention.end].split()) is not None:
            self._observe_window(mention.start)  # the subjects before, as the role rules see them
            if (holder := self._by_handover(mention)) is not None:
                return holder, "role-handover"  # "die Neue", "der scheidende Chefarzt"
        if (message := self._message_of_someone(mention)) is not None:
            return message, "pronoun"  # "Seine Botschaft: „…“": his message, no embassy
        if statements.is_statement(mention):
            # "nach Angaben der Polizei", "in einer Mitteilung des Amtes": a statement or document
            # is nobody; who speaks is its owner, and without one the speaker stays unknown
            owner = statements.statement_owner(self.ann, mention)
            if owner is not None or not self._unlisted_role(mention):
                # a speaker mention in its own right for the partial quotes of its report (but
                # "der Beschluss" alone is as likely a common noun that is no speaker at all)
                self._statements.add(self.ann.text[mention.start : mention.end])
            if owner is not None:
                return self.resolve(owner)
            possessor = statements.possessive_owner(self.ann, mention)  # "nach seinen Worten"
            if possessor is not None:
                return self._resolve_pronoun(possessor)
            issuer = self._statement_issuer(mention.start)
            if issuer is not None:
                issuer.add(mention.start, mention.end)
                return issuer, "statement-issuer"
            return None, "statement"
        if self._group_noun(mention):
            group = self._group(mention, self.ann.text[mention.start : mention.end])
            self.table.remember(mention.start, mention.end, group, salient=True)
            return group, "role-group"
        if (family := self._family(mention)) is not None:
            self.table.remember(mention.start, mention.end, family, salient=True)
            return family, "name-group"
        if mention.kind is MentionKind.NAME and mention.name and self._unlisted_role(mention):
            # "der Kommandant": an article before one unknown capitalised word makes it a noun;
            # one with a common noun's ending ("die Vermittlung", "Die Tagung") is a body,
            # never a person a role could be linked to
            if entity_words.common_noun(mention.name):
                body = self._organisation(attrs.evolve(mention, kind=MentionKind.ORGANISATION, name=None, head=mention.name))
                self.table.remember(mention.start, mention.end, body, salient=True)
                return body, "organisation"
            return self._resolve_role(self._as_role(mention))
        if (relative := self._possessed_kin(mention)) is not None:
            return self._resolve_role(relative)
        organisation = self._known_organisation(mention) if mention.kind is MentionKind.NAME else None
        if organisation is not None:
            organisation.add(mention.start, mention.end)
            self.table.remember(mention.start, mention.end, organisation, salient=True)
            return organisation, "organisation"
        if self._role_of_someone(mention):
            # "Der behandelnde Arzt Lahms": Lahm's doctor, not Lahm
            return self._resolve_role(attrs.evolve(mention, kind=MentionKind.ROLE, name=None, head=mention.role_word or mention.head))
        if (institution := self._named_with_article(mention)) is not None:
            return institution, "organisation"
        if (role := self._bare_role(mention)) is not None:
            return self._resolve_role(role)
        if (listed := self._listed_people(mention)) is not None:
            return listed, "name-group"
        if mention.kind is MentionKind.NAME and mention.name:
            name = self._person_name(mention.name)
            # alone or after a title ("sagte Königin Nina"), but not "die achtjährige Anna"
            alone = self.ann.text[mention.start : mention.end] == name or self.ann.text[mention.start : mention.end] == f"{mention.role_word} {name}"
            entity = (alone and " " not in name and self.table.by_first_name(name, mention.start)) or self.table.person(mention.name.split()[-1], name, mention.start)
            if " " not in name and (elder := self._namesake_by_generation(entity, mention)) is not None:
                entity = elder  # "sagte Hollenbach senior"
            entity.add(mention.start, mention.end, name, mention.gender, entity_words.name_roles(mention, self.ann.text[mention.start : mention.end]))
            self.table.remember(mention.start, mention.end, entity, salient=True)
            return entity, "name"
        if mention.kind is MentionKind.ORGANISATION:
            entity = self._organisation(mention)
            self.table.remember(mention.start, mention.end, entity, salient=True)
            return entity, "organisation"
        if mention.kind is MentionKind.ROLE:
            surname = self._surname_like_role(mention)
            if surname is not None:
                surname.add(mention.start, mention.end)
                self.table.remember(mention.start, mention.end, surname, salient=True)
                return surname, "name"
            return self._resolve_role(mention)
        if mention.kind is MentionKind.PRONOUN:
            if is_relative_pronoun(self.ann, mention):  # "die Demonstranten, die riefen": the phrase before the comma
                antecedent = relative_antecedent(self.ann, mention)
                return self.resolve(antecedent) if antecedent is not None else (None, "relative-unresolved")
            return self._resolve_pronoun(mention)
        return None, "none"

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

    def _statement_issuer(self, position: int, before: int | None = None) -> Entity | None:
        """``Die Gewerkschaft konterte. Man habe Verständnis, hieß es in einer Stellungnahme``: a
        statement without an owner is the organisation that was the subject in this or the
        sentence before (named before ``before``, if given)."""
        self._observe_window(position)
        for occurrence in self._occurrences_back(position, 1):
            if before is not None and occurrence.start >= before:
                continue
            if occurrence.salient and occurrence.entity.kind is SpeakerKind.ORGANISATION and not self.table.inside_quote(occurrence.start):
                return occurrence.entity
        return None

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
            and _unnamed_or_without_office(new)  # not "Richterin X … sagte die Frau"
            and not _age_belies_adjective(new, text)  # nor "Hausmeister X, 58, … sagte der junge Mann"
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
            exact = exact or people.nearest(holds_exactly, mention.start)
            # "Rotbachs Trainer X … der Rotbacher Coach": the place adjective picks the holder
            place_stems = entity_words.place_stems(text)
            place = None
            if place_stems:
                place = people.nearest(holds_exactly if exact is not None else holds, mention.start, lambda e: self._introduced_with(e, place_stems))
            chosen = place or exact or people.nearest(holds, mention.start)
            if chosen is None and words & entity_words.of_class("incumbent_noun"):
                # "Bürgermeister X tritt gegen Y an. … sagte der Amtsinhaber": who holds a public office
                chosen = people.nearest(
                    lambda roles, gender: (mention.gender is None or gender in (None, mention.gender))
                    and any(entity_words.public_office(role) and not entity_words.is_former(role) for role in roles),
                    mention.start,
                )
            how = "role-apposition"
            if chosen is not None and chosen.key.startswith("role:"):
                named = self._named_after(chosen, mention)
                if named is not None:
                    chosen, how = named, "role-before-name"
            if chosen is None:
                chosen, how = self._accused(mention, words), "role-accused"
            if chosen is None:
                chosen, how = self._official_just_mentioned(mention, words), "role-official"
            if chosen is None:
                chosen, how = self._introduced_role(mention, words), "role-introduced"
            if chosen is None:
                chosen, how = self._introduced_unnamed(mention, words), "role-introduced"
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
                descriptive = entity_words.describes(words, text) or entity_words.is_former(text)
                person_noun = entity_words.bare_person_noun(text)  # "der Mann": an unnamed man, or one with no office
                # "die Studentin": someone known by no office ("die Verkäuferin des Ladens" is someone else)
                occupation = entity_words.occupation_epithet(words) and not entity_words.owned_by_someone(text)
                age = (mention.role_word or "").lower()  # "der 58-Jährige" is not the one aged 63
                chosen = (
                    (descriptive and self._just_introduced(mention.start, mention.gender, fits=lambda e: not _another_age(e, age) and not _age_belies_adjective(e, text)))
                    or (occupation and self._just_introduced(mention.start, mention.gender, fits=_known_by_no_office))
                )

                party = entity_words.party_of(words)  # "der SPD-Politiker" is no one of the CSU

                def fits(e: Entity) -> bool:
                    if person_noun and _child(e):
                        return False  # "Der Junge kam ins Krankenhaus. …, sagte der Mann"
                    if _age_belies_adjective(e, text):
                        return False  # "Hausmeister X, 58, … sagte der junge Mann"
                    return not _another_age(e, age) and (party is None or self._party_of_person(e) in (None, party)) and (
                        descriptive
                        or not _current_roles(e)
                        or entity_words.shares_role(e.roles, words)
                        or (person_noun and (_unnamed_or_without_office(e) or _age_fits_adjective(e, text)))
                        or (occupation and _known_by_no_office(e))
                        or entity_words.expert_for(words, e.roles)
                    )

                # someone introduced by another origin only when no one else fits ("den Schweden
                # X … der gebürtige Chinese"; but "die Wienerin X … die Österreicherin")
                origins = _origin_stems(words)
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
        origins = entity_words.place_stems(text) | _origin_stems({word.lower() for word in words[1:-1]})
        owners = entity_words.owner_stems(text)
        other_deed = self._agents_of_another_deed(mention)
        office = entity_words.office_role(head)  # "der Klinikchef" is no patient
        case_parties = entity_words.of_class("case_party")
        as_role = entity_words.as_role_after(self.ann, self.ann.token_at(mention.end - 1) + 1)
        testifies_as = as_role[0].key if as_role is not None and as_role[0].key in case_parties else None  # "sagte als Zeugin"
        said = self._said_words()

        def fits(e: Entity) -> bool:
            return not (
                (office and not any(entity_words.office_role(role) for role in _current_roles(e)))
                or self._keeps_own_role(e, mention, roles, relative)
                or id(e) in other_deed  # "Die Ermittlungen leitete X. … sagte der Behördenleiter": he led something else
                or self._talked_about(e, said)  # "X verletzte sich. „Er fällt aus“, sagte der Mannschaftsarzt"
                or (owners and not self._introduced_with(e, owners))  # "Winzer X klagt gegen die Gemeinde. … der Anwalt der Gemeinde"
                or (origins and not self._introduced_with(e, origins))  # "der deutsche Außenminister X … Der polnische Regierungschef"
                or (head in entity_words.of_class("case_party") and bool(e.roles & entity_words.of_class("unnamed_office")))  # "Verteidiger X … Der Zeuge"
                or (testifies_as is not None and bool(_current_roles(e) & case_parties) and testifies_as not in e.roles)  # "Die Angeklagte X … Die Verkäuferin sagte als Zeugin"
                or (relative and _child(e))
                or (child and bool(_current_roles(e) - entity_words.of_class("relation_noun") - entity_words.of_class("child_noun")))  # "Stellvertreter X … der Junge"
                or _another_age(e, age)
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
            or (entity_words.office_role(head) and not any(entity_words.office_role(role) for role in _current_roles(person)))
            or not _known_by_no_office(person)
            or self._talked_about(person, self._said_words())
            or self._keeps_own_role(person, mention, entity_words.role_words(mention, text), False)
            or (head.endswith(situation) and any(not role.endswith(situation) for role in _current_roles(person)))
        ):
            return None
        return person

    def _noun_used_before(self, head: str, position: int) -> bool:
        """The text used the role noun ``head`` before ``position`` (``hatte den Tierarzt gerufen
        … stellte der Tierarzt fest``): for someone it did not name, not for whom it named."""
        forms = {head + ending for ending in ("", *vocab.endings("genitive_ending"), *vocab.endings("weak_noun_ending"))}
        return any(word.lower() in forms for word in self.ann.texts[: self.ann.token_at(position)])

    def _relative_clause_after(self, mention: Mention) -> bool:
        """A comma and a relative pronoun follow the phrase (``Die Ärztin, die den Termin
        betreute,``): the clause says who the phrase is, so it is no one named before."""
        k = self.ann.token_at(mention.end - 1) + 1
        texts = self.ann.texts
        return k + 1 < len(texts) and texts[k] == "," and texts[k + 1] in relative_pronouns()

    @staticmethod
    def _someone_beside(words: set[str], text: str) -> bool:
        """``Der Bruder``, ``Die Gegnerin``, ``Der Vorgänger``: a relative or a counterpart of the
        person just introduced, never a description of them (a review's texts: ``Vermisst wird X.
        Die Schwester hat eine Suche gestartet``). (A relative the text named was taken before.)"""
        return entity_words.bare_person_noun(text) or entity_words.other_person(words)

    def _points_back_to(self, mention: Mention, entity: Entity) -> bool:
        """The clause of the role phrase refers to ``entity`` with an object pronoun of their
        gender (``Der Ortsvorsteher hat ihn vereidigt``, ``gratulierte ihr am Freitag``): the
        phrase is someone else. (A possessive refers to the subject as often: ``Die Spielerin
        erzielte ihr drittes Tor``; so ``ihr`` counts only where no noun phrase follows it.)"""
        if entity.gender not in ("m", "f"):
            return False
        texts = self.ann.texts
        k = self.ann.token_at(mention.end - 1) + 1
        end = self.ann.sentences[self.ann.tokens[k - 1].sent][1]
        pronouns = entity_words.of_class(f"object_pronoun_{entity.gender}")
        possessives = pronouns & vocab.word_class("possessive_determiner")  # "ihr": her, or hers before a noun
        for i in range(k, end):
            word = texts[i].lower()
            if word in possessives:
                if i + 1 < end and (vocab.is_punct(texts[i + 1]) or texts[i + 1] in vocab.word_class("preposition")):
                    return True
            elif word in pronouns:
                return True
        return False

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
        if any(entity_words.public_office(role) and (relative or not role.endswith(spokesperson)) for role in _current_roles(entity)):
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

    def _said_by_one_person(self) -> bool:
        """The quotation being attributed is direct speech in the first person singular
        (``„Ich bin zuversichtlich“, sagte er``): a person speaks, no organisation."""
        return self._said is not None and self._said_in_marks() and any(
            not plural and person == "1" for word in self._said_words() for _, plural, person in vocab.pronoun(word)
        )

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
                age = _age_of(person)
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
        aged = [(age, p) for p in family if (age := _age_of(p)) is not None]
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

    def _message_of_someone(self, mention: Mention) -> Entity | None:
        """``Seine Botschaft an die Bürger: „…“``: a noun that names an organisation too
        (``message_noun``) after a possessive, right before a colon (no verb: ``Seine Botschaft
        teilte mit`` is the embassy), is a person's message — the person the possessive points
        to, unless that is an ambassador."""
        if mention.head.lower() not in entity_words.of_class("message_noun"):
            return None
        possessor = statements.possessive_owner(self.ann, mention)
        if possessor is None or not self._colon_follows(mention):
            return None
        person = self._most_recent(mention.start, possessor.gender)
        if person is None or any(noun in role for role in _current_roles(person) for noun in entity_words.of_class("message_noun")):
            return None  # ("Botschafterin X … Ihre Botschaft:": her embassy)
        person.add(possessor.start, possessor.end)
        return person

    def _colon_follows(self, mention: Mention) -> bool:
        """A colon comes right after the mention, after a short prepositional phrase (``an die
        Bürger``) or a copula and its adjective (``war klar``), with no other verb between."""
        texts = self.ann.texts
        k = self.ann.token_at(mention.end - 1) + 1
        for j in range(k, min(len(texts), k + _MESSAGE_ADDRESSEE_WORDS + 1)):
            if texts[j] == ":":
                return True
            after_copula = texts[j - 1] in entity_words.of_class("copula")  # "Seine Botschaft war klar:"
            if not (
                texts[j][:1].isupper()
                or texts[j].lower() in vocab.determiners()
                or texts[j].lower() in vocab.word_class("preposition")
                or texts[j] in entity_words.of_class("copula")
                or after_copula
            ):
                return False
        return False

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
            return {entity_words.in_gender(role, "m") for role in _current_roles(person) if entity_words.public_office(role)}  # (either gender)

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
            if m is not possessor and (mention.gender is None or m.gender in (None, mention.gender)) and not _in_situation(m)
        ]  # ("die Ärztin X und die Patientin Y … Ihre Kollegin": a patient is nobody's colleague)
        return others[0] if len(others) == 1 else None

    def _colleague_in_office(self, mention: Mention, text: str, possessor: Entity) -> Entity | None:
        """``Pfarrer X von der Pfarrei A … Pfarrerin Y von der Gemeinde B … Seine Kollegin``: with
        no pair named together, a colleague (``colleague_noun``) is the one other person of the
        mention's gender seen in the possessor's office, in either gender's form."""
        if not entity_words.colleague_word(text.split()[-1]):
            return None
        offices = _current_roles(possessor)
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
            and entity_words.shares_role(offices, _current_roles(person))
        ]
        return colleagues[0] if len(colleagues) == 1 else None

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
        return people.nearest(lambda roles, gender: entity_words.same_office_head(roles, words) and holds(roles, gender), mention.start) or people.nearest(
            holds, mention.start
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
                and not _roles_belie_adjective(roles, text)  # "die 66-Jährige" is no "junge Pädagogin"
                # "der Altbürgermeister" is not the mayor in office, but whoever was called so
                and (not former or any(role.startswith(entity_words.FORMER) or (entity_words.is_former(role) and entity_words.same_role_word({role}, words)) for role in roles))
            )

        return holds

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
        return self._nearest(fitting, mention.start)

    def _from_elsewhere(self, entity: Entity, stems: set[str]) -> bool:
        """``den Schweden Erik X … sagte der gebürtige Chinese``: the introduction of ``entity``
        calls them by a word for another origin than the role's (``stems``: `_origin_stems`)."""
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
                and (not _current_roles(entity) or self._described_by_role(occurrence, mention))
                and (mention.gender is None or entity.gender in (None, mention.gender))
                and not self.table.inside_quote(occurrence.start)
                and not _another_age(entity, (mention.role_word or "").lower())
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
                    and _known_by_no_office(entity)
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
            or _current_roles(entity) & parties
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
                and (not _current_roles(entity) or entity_words.shares_role(entity.roles, words))
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
        """The unnamed person an indefinite role phrase introduces (one per phrase)."""
        key = f"role:{entity_words.organisation_key(text)}@{mention.start}"
        entity = self.table.entities.get(key)
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.PERSON, key, gender=mention.gender)
            entity.names.append(entity_words.organisation_name(text))
            entity.add(mention.start, mention.end, None, mention.gender, list(entity_words.role_words(mention)))
        return entity

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
            if listed is not None and all(not _current_roles(m) or entity_words.shares_role(m.roles, words) for m in listed.members):
                listed.add(mention.start, mention.end)
                return listed
        if entity is None:
            entity = self.table.entities[key] = Entity(SpeakerKind.PERSON, key, plural=True)
            entity.names.append(entity_words.organisation_name(text))
        entity.add(mention.start, mention.end, None, None, list(entity_words.role_words(mention)))
        return entity

    def _resolve_pronoun(self, mention: Mention) -> tuple[Entity | None, str]:
        if mention.plural and mention.gender is None:
            # the nearest of a group subject, two people named together and a plural organisation
            anchor = self._closed_quote_start(mention.start)  # "„…“, sagen sie": the window starts before the quotation
            candidates = (self._recent_group(anchor), self._coordinated_people(anchor), self._recent_plural_organisation(anchor))
            group = self._nearest([c for c in candidates if c is not None], mention.start)
            if group is None:
                # "Betroffen ist die Familie von Jana und Tobias Reuter. … sagten sie": with no
                # group nearer, the last two people named together, wherever they stood
                group = self._coordinated_people(anchor, anywhere=True, objects=False)
            if group is None:
                return None, "pronoun-plural"
            group.add(mention.start, mention.end)
            self.table.remember(mention.start, mention.end, group, salient=True)
            return group, "pronoun-plural"
        demonstrative = mention.head.lower() in vocab.word_class("demonstrative_pronoun")
        if demonstrative and self._unnamed_object_before(mention):
            return None, "pronoun-unresolved"  # "Der Reporter fragte den Minister. …, sagte dieser": the minister, unnamed
        chosen = (
            (self._demonstrative_referent(mention) if demonstrative else None)
            or self._introduced_without_person_subject(mention)
            or self._most_recent(mention.start, mention.gender, organisations=not self._said_by_one_person())
        )
        if chosen is not None and chosen.kind is SpeakerKind.ORGANISATION and self._owned_by_pronoun_gender(chosen, mention):
            # "Bauunternehmer X … Sein Betrieb wartet … „…“, sagt er": the owner, not his firm
            chosen = self._most_recent(mention.start, mention.gender) or chosen
        if chosen is None:
            return None, "pronoun-unresolved"
        chosen.add(mention.start, mention.end)
        self.table.remember(mention.start, mention.end, chosen, salient=True)
        return chosen, "pronoun"

    def _owned_by_pronoun_gender(self, organisation: Entity, mention: Mention) -> bool:
        """The organisation's last mention before ``mention`` opens with a possessive of the
        pronoun's gender (``Sein Betrieb`` for ``er``): it belongs to the person the pronoun
        more likely means."""
        spans = [span for span in organisation.spans if span[0] < mention.start]
        if not spans or mention.gender not in ("m", "f"):
            return False
        first_word = self.ann.text[spans[-1][0] : spans[-1][1]].split(maxsplit=1)[0].lower()
        return first_word in entity_words.of_class("his_possessive" if mention.gender == "m" else "her_possessive")

    def _demonstrative_referent(self, mention: Mention) -> Entity | None:
        """``Bürgermeister X traf Minister Y. Danach sagte dieser: …``: a demonstrative points to
        the person mentioned last, when that person was not the subject (the subject is what
        ``er`` would take up)."""
        for occurrence in self._occurrences_back(mention.start, 1):
            entity = occurrence.entity
            if (
                entity.kind is SpeakerKind.PERSON
                and not entity.plural
                and (mention.gender is None or entity.gender in (None, mention.gender))
                and not self.table.inside_quote(occurrence.start)
            ):
                return None if occurrence.salient else entity
        return None

    def _unnamed_object_before(self, mention: Mention) -> bool:
        """The sentence before the demonstrative's names someone by a role as an object (``den
        Minister``, ``dem Trainer``): the person ``dieser`` points to, whom no occurrence holds."""
        tokens, texts = self.ann.tokens, self.ann.texts
        k = self.ann.token_at(mention.start)
        sentence = tokens[k].sent
        start = self.ann.sentences[max(0, sentence - 1)][0]
        oblique = vocab.word_class("oblique_determiner")
        for j in range(start + 1, k):
            info = vocab.role_noun(texts[j]) if texts[j - 1].lower() in oblique else None
            if info is not None and not info.plural and (mention.gender is None or info.gender in (mention.gender, "-")):
                # named in an apposition right after it ("dem Anwalt der Familie – Rainer X –")?
                return not any(self.table.covered(tokens[n].start) for n in range(j, min(k, j + _APPOSITION_REACH)))
        return False

    def _introduced_without_person_subject(self, mention: Mention) -> Entity | None:
        """``Kritik kam von der Fraktionschefin Monika Stahl. Sie warf …``: a pronoun opening the
        sentence after one that introduced a person in full for the first time, with no person as
        its subject, refers to that person rather than to an earlier speaker (with a person as the
        subject, ``Kern traf die Ministerin Vogt. Sie sagte …``, the subject stays in focus)."""
        ann = self.ann
        token = ann.token_at(mention.start)
        if token <= 0 or ann.sentences[ann.tokens[token].sent][0] != token:
            return None
        new = self._just_introduced(mention.start, mention.gender)
        if new is None:
            return None
        previous = ann.tokens[token].sent - 1
        opener = ann.texts[ann.sentences[previous][0]]
        if any(person is not new for person in self.table.namesakes.get(opener, ())):
            return None  # "Brandt traf die Ministerin Lamm.": a known person opens the sentence
        subjects = self._candidates.get(previous, [])
        for other in subjects:
            if other.kind is MentionKind.ROLE or (other.kind is MentionKind.PRONOUN and other.gender) or (
                other.kind is MentionKind.NAME and self.knows(other) and not self._occurs_as(other.start, new)
            ):
                return None
        return new

    def _occurs_as(self, start: int, entity: Entity) -> bool:
        """An occurrence of ``entity`` starts at ``start``."""
        i = bisect.bisect_left(self.table.starts, start)
        while i < len(self.table.starts) and self.table.starts[i] == start:
            if self.table.occurrences[i].entity is entity:
                return True
            i += 1
        return False

    def _most_recent(
        self,
        before: int,
        gender: str | None,
        acceptable: Callable[[Entity], bool] = lambda entity: True,
        organisations: bool = False,
    ) -> Entity | None:
        """The antecedent of a pronoun or role phrase at ``before``: the most recent compatible
        person who *spoke* or was the subject of a sentence within the last few sentences, else
        the most recent compatible person mentioned at all. Speakers and subjects are the salient
        referents of news text; a name mentioned in passing should not steal "sagte er".
        With ``organisations``, an organisation that spoke or was the subject in this or the
        previous sentence is a candidate too when its noun's gender agrees (``Die Gesellschaft
        nannte den Streik unverhältnismäßig. Sie erklärte, …``)."""
        window_start = self._window_start(before)
        previous_start = self._window_start(before, 1) if organisations and gender else None
        # "Das Aufkommen sei gestiegen, der Flughafen schreibe schwarze Zahlen, sagte sie": an
        # organisation named in the pronoun's own sentence before it is what was said, not who
        sentence_start = self._window_start(before, 0)
        self._observe_window(before)
        # (or two sentences back while no sentence since named a person and no person of the
        # gender was the paragraph's subject: "Die Stiftung war 1998 gegründet worden. Ihr Kapital
        # wuchs. Man könne mehr ausschütten, erklärte sie")
        topic_start = self._window_start(before, 2) if organisations and gender and not self._person_subject_in_paragraph(before, gender) else before
        latest_person = -1  # the start of the latest person occurrence before the pronoun
        own_quote = self.table.quote_around(before)
        fallback = None
        i = bisect.bisect_left(self.table.starts, before) - 1
        while i >= 0:
            occurrence = self.table.occurrences[i]
            entity = occurrence.entity
            if (self.table.quoted and self.table.quote_around(occurrence.start) not in (None, own_quote)) or self._in_what_was_said(occurrence, before):
                # someone who speaks or is named inside another person's quotation is not the
                # antecedent of a pronoun outside it
                i -= 1
                continue
            if (
                previous_start is not None
                and entity.kind is SpeakerKind.ORGANISATION
                and occurrence.salient
                and (previous_start <= occurrence.start or (topic_start <= occurrence.start and not self._after_its_sentence(occurrence.start, latest_person)))
                and occurrence.start < sentence_start
                and self._noun_gender(occurrence) == gender
            ):
                return entity
            if entity.kind is SpeakerKind.PERSON and latest_person < 0:
                latest_person = occurrence.start
            if (
                entity.kind is SpeakerKind.PERSON
                and (gender is None or entity.gender == gender or (entity.gender is None and not entity.key.startswith("role:")))
                and entity.is_person_like()
                and acceptable(entity)
            ):
                if (occurrence.salient and occurrence.start >= window_start) or self._introduces_quote(occurrence, before):
                    return entity
                if fallback is None:
                    fallback = entity
            if occurrence.start < window_start and fallback is not None:
                break
            i -= 1
        return fallback

    def _person_subject_in_paragraph(self, before: int, gender: str) -> bool:
        """A person of ``gender`` was the subject or a speaker earlier in the paragraph of
        ``before`` (``Anke X leitet die Tafel. Die Stadt hat … gekündigt. … sagte sie``: she is
        the paragraph's topic, not the organisation)."""
        ann = self.ann
        k = min(ann.token_at(before), len(ann.tokens) - 1)
        while k > 0 and not ann.paragraph_break_before(k):
            k -= 1
        start = ann.tokens[k].start if k >= 0 else 0
        return any(
            o.salient and o.entity.kind is SpeakerKind.PERSON and o.entity.gender == gender
            for o in self.table.occurrences_between(start, before)
        )

    def _after_its_sentence(self, start: int, later: int) -> bool:
        """Whether the character ``later`` (if not -1) lies after the sentence of ``start``."""
        return later >= 0 and self._window_end(start, 0) <= later

    def _noun_gender(self, occurrence: Occurrence) -> str | None:
        """How a pronoun refers back to an organisation at this occurrence: by the gender of the
        noun written there (``Die Geschäftsführung lehnte ab. Sie erklärte …``, though the company
        is ``der Zulieferer``), else by the organisation's own noun."""
        words = self.ann.text[occurrence.start : occurrence.end].split()
        info = vocab.organisation_noun(words[-1]) if words else None
        return grammatical_gender(info) if info is not None else occurrence.entity.grammatical_gender

    def _closed_quote_start(self, position: int) -> int:
        """The start of the quotation that ends right before ``position`` (``„…“, sagen sie``),
        else ``position``: the sentences inside a long quotation do not push its speaker out of
        the salience window."""
        quoted = self.table.quoted
        i = bisect.bisect_left(quoted, (position,)) - 1
        if i >= 0 and 0 <= position - quoted[i][1] < _CUE_AFTER_QUOTE and not any(mark in self.ann.text[quoted[i][1] : position] for mark in ".!?"):
            return quoted[i][0]
        return position

    def _introduces_quote(self, occurrence: Occurrence, before: int) -> bool:
        """``… war Trainer Uwe Kern zufrieden: „…“, sagte er``: a person named in the pronoun's
        own sentence, right before the quotation the pronoun closes, is who speaks it."""
        i = bisect.bisect_left(self.table.quoted, (occurrence.end,))
        if i >= len(self.table.quoted) or not 0 <= before - self.table.quoted[i][1] < _CUE_AFTER_QUOTE:
            return False  # the pronoun closes that quotation: "„…“, sagte er"
        if any(mark in self.ann.text[self.table.quoted[i][1] : before] for mark in ".!?"):
            return False  # "…, dass X. Der Staatschef kündigte an": a new sentence after the quotation
        between = self.ann.text[occurrence.end : self.table.quoted[i][0]]
        return len(between) < 80 and not any(mark in between for mark in ".!?")

    def _recent_group(self, before: int) -> Entity | None:
        """The antecedent of a plural pronoun: the group (``die Anwohner``) that was the subject
        or spoke in this or the two sentences before; else none (plural "sie" is often vague)."""
        self._observe_window(before)
        for occurrence in self._occurrences_back(before, 2):
            if occurrence.salient and occurrence.entity.plural and occurrence.entity.kind is SpeakerKind.PERSON:
                return occurrence.entity
        return None

    def _occurrences_back(self, before: int, sentences: int) -> Iterator[Occurrence]:
        """The occurrences before ``before`` in its sentence and the ``sentences`` before it,
        nearest first."""
        window_start = self._window_start(before, sentences)
        i = bisect.bisect_left(self.table.starts, before) - 1
        while i >= 0 and self.table.occurrences[i].start >= window_start:
            if not self._in_what_was_said(self.table.occurrences[i], before):
                yield self.table.occurrences[i]
            i -= 1

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
            if ann.texts[article].lower() not in entity_words.of_class("subject_indefinite"):
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
        authority = any(o.entity.kind is SpeakerKind.ORGANISATION and "authority" in _kinds_of(o.entity) for o in recent)
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
            roles = _current_roles(entity)
            return entity.key.startswith("role:") and "@" in entity.key and not roles & parties and not any(map(entity_words.public_office, roles))

        return self._most_recent(mention.start, mention.gender, bystander)

    def _introduced_as_other(self, entity: Entity, words: set[str]) -> bool:
        """``ein wichtiger Zeuge … Dem Angeklagten X wird vorgeworfen``: someone introduced as a
        party to the case or in an office is not the role an indefinite phrase announced."""
        others = {role for role in _current_roles(entity) if role not in words}
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
            and (occurrence.entity.full_name or (occurrence.entity.key.startswith("role:") and _no_office(occurrence.entity)))
            and (gender is None or occurrence.entity.gender in (None, gender))
            and not self.table.inside_quote(occurrence.start)
            and not _another_age(occurrence.entity, age)
        ]
        chosen = next((o for o in fitting if o.salient), fitting[0] if fitting else None)
        return chosen.entity if chosen is not None else None

    def _recent_plural_organisation(self, before: int) -> Entity | None:
        """``Die Stadtwerke nannten den Streik unverhältnismäßig. Sie erklärten, …``: an
        organisation whose noun is always plural, the subject in this or the two sentences before
        (like a group: a second "sie" goes on referring to it)."""
        for occurrence in self._occurrences_back(before, 2):
            if occurrence.salient and occurrence.entity.kind is SpeakerKind.ORGANISATION and occurrence.entity.grammatical_gender == "pl":
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

    def _observe_window(self, position: int) -> None:
        """Register the speakers of the sentences in the salience window before ``position``."""
        if self._speakers_in is None or not self.ann.tokens:
            return
        token = min(self.ann.token_at(position), len(self.ann.tokens) - 1)
        sentence = self.ann.tokens[token].sent
        for previous in range(max(0, sentence - _WINDOW_SENTENCES), sentence + 1):
            for mention in self._candidates_of(previous):
                # a mention counts once, and only for pronouns after it
                if mention.start < position and (mention.start, mention.end) not in self._observed:
                    self._observed.add((mention.start, mention.end))
                    self.observe(mention)

    def _observe_organisations_before(self, position: int) -> None:
        """Register the organisations that were speakers or subjects anywhere before the
        salience window: ``Der Arbeiter-Samariter-Bund Regionalverband X hat … gefeiert`` in the
        first paragraph is what ``teilte der Verband mit`` in the last one means, however many
        sentences lie between."""
        if self._speakers_in is None or not self.ann.tokens:
            return
        token = min(self.ann.token_at(position), len(self.ann.tokens) - 1)
        limit = max(0, self.ann.tokens[token].sent - _WINDOW_SENTENCES)
        # (each sentence once: a long text has many bare kind nouns)
        for previous in range(self._organisations_seen_to, limit):
            for mention in self._candidates_of(previous):
                if mention.kind is MentionKind.ORGANISATION and mention.name and (mention.start, mention.end) not in self._observed:
                    self._observed.add((mention.start, mention.end))
                    self.observe(mention)
        self._organisations_seen_to = max(self._organisations_seen_to, limit)

    def _candidates_of(self, sentence: int) -> list[Mention]:
        """The speaker and subject mentions of a sentence, found once."""
        if sentence not in self._candidates:
            assert self._speakers_in is not None
            self._candidates[sentence] = [m for m in self._speakers_in(sentence) if m is not None]
        return self._candidates[sentence]

    def _window_start(self, position: int, sentences: int = _WINDOW_SENTENCES) -> int:
        """Start of the sentence ``sentences`` before ``position`` (the salience window)."""
        ann = self.ann
        token = min(ann.token_at(position), len(ann.tokens) - 1)
        if token < 0:
            return 0
        sentence = max(0, ann.tokens[token].sent - sentences)
        return ann.tokens[ann.sentences[sentence][0]].start

    def _window_end(self, position: int, sentences: int) -> int:
        """End of the sentence ``sentences`` after the one at ``position``."""
        ann = self.ann
        token = min(ann.token_at(position), len(ann.tokens) - 1)
        if token < 0:
            return len(ann.text)
        sentence = min(len(ann.sentences) - 1, ann.tokens[token].sent + sentences)
        return ann.tokens[ann.sentences[sentence][1] - 1].end

    def _nearest(self, entities: list[Entity], position: int) -> Entity | None:
        """The entity with an occurrence closest before ``position`` (else closest after)."""
        if not entities:
            return None
        if len(entities) == 1:
            return entities[0]
        return min(entities, key=operator.methodcaller("distance", position))

    # ------------------------------------------------------------------ output

    def speakers(self, registry: Sequence[Person] = ()) -> dict[int, Speaker]:
        """Freeze the entities into `Speaker` values (keyed by ``id(entity)``), applying the registry."""
        text = self.ann.text
        result: dict[int, Speaker] = {}
        for entity in self.table.entities.values():
            if not entity.spans:
                continue
            name, person_id, kind = entity.name, None, entity.kind
            match = _registry_match(entity, registry, text)
            if match is not None:
                name, person_id, kind = match.name, match.id, match.kind
            mentions = tuple(Span.of(text, s, e) for s, e in sorted(entity.spans))
            result[id(entity)] = Speaker(name, mentions, person_id, kind, entity.gender)
        return result


_APPOSITION_REACH = 7  # tokens from a role noun to the name of its apposition ("dem Anwalt seiner Familie – Rainer X")


def _anyone(entity: Entity) -> bool:
    return True


def _no_office(entity: Entity) -> bool:
    """Who an age describes (``der 31-Jährige``) rather than an office holder: a text gives the
    age of the people it tells about, seldom of the judge or the mayor."""
    return not any(map(entity_words.public_office, _current_roles(entity)))


def _origin_stems(words: set[str]) -> set[str]:
    """The stems of the words for where someone is from among role ``words`` (``chinese`` →
    ``chines``)."""
    return {stem for word in words if vocab.demonym(word) and (stem := entity_words.origin_stem(word, shortest=3)) is not None}


def _age_roles(entity: Entity) -> set[str]:
    """The ages the text gave ``entity``, as role words (``63-jährige``)."""
    return {role for role in entity.roles if role[:1].isdigit() and entity_words.is_age(role)}


_YOUNG_UP_TO, _OLD_FROM = 30, 65  # the ages "die junge Frau" and "die alte Dame" surely describe
_NOT_YOUNG_FROM, _NOT_OLD_BELOW = 40, 50  # the ages they never describe


def _age_belies_adjective(entity: Entity, text: str) -> bool:
    """The text gave ``entity`` an age that an adjective of age in ``text`` cannot describe
    (``Hausmeister X, 58`` is no ``junge Mann``, a 45-year-old no ``alte Dame``)."""
    return _roles_belie_adjective(entity.roles, text)


def _roles_belie_adjective(roles: Iterable[str], text: str) -> bool:
    """`_age_belies_adjective` on a person's role words (where an age is one: ``66-jährige``)."""
    age = _age_in_roles(roles)
    if age is None:
        return False
    words = set(text.lower().split())
    if words & entity_words.of_class("age_adjective_young"):
        return age >= _NOT_YOUNG_FROM
    return bool(words & entity_words.of_class("age_adjective_old")) and age < _NOT_OLD_BELOW


def _age_fits_adjective(entity: Entity, text: str) -> bool:
    """``Betriebshelferin Sophie X, 23, … sagte die junge Frau``: a bare person noun with an
    adjective of age describes someone whose age the text gave in that range, even one with a
    role (an age is told of the people a story is about)."""
    age = _age_of(entity)
    if age is None:
        return False
    words = set(text.lower().split())
    if words & entity_words.of_class("age_adjective_young"):
        return age <= _YOUNG_UP_TO
    return bool(words & entity_words.of_class("age_adjective_old")) and age >= _OLD_FROM


def _another_age(entity: Entity, age: str) -> bool:
    """The text gave ``entity`` an age (``63-jährige``) other than ``age`` (``58-jährige``)."""
    ages = _age_roles(entity)
    return age[:1].isdigit() and bool(ages) and age not in ages


def _in_situation(entity: Entity) -> bool:
    """The person is in the text as a patient, resident, tenant or party to a case
    (``situation_role``, ``case_party``): someone things happen to, in no one's profession."""
    roles = _current_roles(entity)
    return bool(roles & (entity_words.of_class("situation_role") | entity_words.of_class("case_party")))


def _unnamed_or_without_office(entity: Entity) -> bool:
    """Who ``der Mann`` / ``die Frau`` alone may be: someone introduced without a name (``Ein
    Anwohner``), or a person without an office (not ``Richterin X``; but ``Die Angeklagte X …
    sagte die Frau``, ``Die Großmutter, Erika S., … sagte die Frau``: a party to the case or a
    relative holds none); never a child."""
    if _child(entity):
        return False  # "Der Junge kam ins Krankenhaus. …, sagte der Mann": a child is no man
    # (a party to the case, a relative, also a former one, or a resident or patient holds no office:
    # "seine frühere Lebensgefährtin X … berichtete die junge Frau")
    offices = {role for role in _current_roles(entity) if not entity_words.no_office_in_story(role.removeprefix(entity_words.FORMER))}
    # (an occupation is no office: "Lehrerin Tina Berg … sagte die Frau")
    return entity.key.startswith("role:") or not {role for role in offices if not entity_words.occupation_epithet({role})}


def _child(entity: Entity) -> bool:
    """Known as a child (``der Junge``, ``das Mädchen``): never ``der Mann`` or ``die Frau``."""
    return bool(entity.roles & entity_words.of_class("child_noun"))


def _known_by_no_office(entity: Entity) -> bool:
    """Who ``die Winzerin`` / ``der Student`` may describe: a person known by no public office
    or function (``Landrat X`` is no baker; ``Kugelstoßerin X`` may be a student), nor as a
    party to the case told (``Die Angeklagte X … Die Verkäuferin sagte als Zeugin`` is someone
    else)."""
    return _no_office(entity) and not _current_roles(entity) & entity_words.of_class("case_party")


def _age_of(entity: Entity) -> int | None:
    """The age the text gave a person (a role word like ``67-jährige``), if one."""
    return _age_in_roles(entity.roles)


def _age_in_roles(roles: Iterable[str]) -> int | None:
    """The one age among role words (``67-jährige``), if there is exactly one."""
    ages = {int(role.split("-", 1)[0]) for role in roles if role[:1].isdigit() and entity_words.is_age(role)}
    return ages.pop() if len(ages) == 1 else None


def _current_roles(entity: Entity) -> set[str]:
    """The roles that keep a person from taking another role: a description (``die
    61-Jährige``, ``der Politiker``) does not; a former office still does (letting it go linked
    an unnamed ``der Staatsanwalt`` to a former athlete on real text)."""
    return {role for role in entity.roles if entity_words.blocks_other_roles(role)}


def _bare_kind_noun_kinds(text: str, noun: str) -> frozenset[str] | None:
    """The kinds of organisation a definite singular kind noun (``der Verein``, ``die Behörde``,
    ``des Unternehmens``) fits; None for any other phrase. Only the kind noun itself: a compound or
    a plural names a body of its own (``das Ordnungsamt``, ``Die Stadtwerke nannten …``). A noun
    for a body of members fits every kind that is run as one (``member_body_kind`` in
    ``entity_words.tsv``: ``Die Volkssternwarte X … teilte der Verein mit``)."""
    if text.split(maxsplit=1)[0].lower() not in entity_words.of_class("definite_article") | entity_words.of_class("genitive_article"):
        return None
    info = vocab.organisation_noun(noun.capitalize())
    if not entity_words.kind_noun(noun) or info is None or info.plural:
        return None
    kinds = entity_words.organisation_kinds(noun)
    if entity_words.membership_body(noun):
        kinds |= entity_words.of_class("member_body_kind")
    return kinds


def _kinds_of(entity: Entity) -> frozenset[str]:
    """The kinds of an organisation entity: from its kind nouns and the words of its name."""
    words = set(entity.roles) | set(entity.key[4:].split())
    return frozenset().union(*(entity_words.organisation_kinds(w) for w in words)) if words else frozenset()


def _registry_match(entity: Entity, registry: Sequence[Person], text: str) -> Person | None:
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
