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

`EntityLinker` is one object with one state (the text, the `EntityTable`, what it has observed),
but its rules live in one module per kind of phrase, mixed into the class: `link_roles` (role
phrases), `link_unnamed` (people introduced without a name, accused, agents of a deed),
`link_kin` (relatives, couples, groups), `link_organisations` and `link_pronouns`. This module
keeps what they share: observing subjects, the order of the rules (`_resolve`), the search for
the most recent fitting person, the reranker's second look and the speakers' list.
`person_traits` holds the tests on what the text told about a candidate (roles, age, office).
"""

from __future__ import annotations

import bisect
import operator
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from . import entity_words, reranker, statements, succession
from . import vocabulary as vocab
from .clauses import konjunktiv2_forms, konjunktiv_forms, relative_pronouns
from .document import Annotated
from .entity_table import Entity, EntityTable, Occurrence, grammatical_gender
from .link_kin import KinLinks
from .link_organisations import OrganisationLinks
from .link_pronouns import PronounLinks
from .link_roles import RoleLinks
from .link_unnamed import UnnamedLinks
from .mentions import Mention, MentionKind, is_generic, is_person_like, is_relative_pronoun, relative_antecedent
from .model import Person, Span, Speaker, SpeakerKind
from .name_collection import collect_names
from .person_traits import another_age, anyone, current_roles, known_by_no_office, no_office, unnamed_or_without_office

_WINDOW_SENTENCES = 3  # how far back a pronoun looks for a salient speaker
_MESSAGE_ADDRESSEE_WORDS = 4  # words between a message noun and its colon ("an die Bürger der Stadt")
_APPOSITION_CHARS = 40  # at most between a role phrase and the name in its apposition (", die Niederländerin ")
_CUE_AFTER_QUOTE = 40  # characters between a quotation and the cue after it ("„…“, sagten die beiden")


class EntityLinker(OrganisationLinks, KinLinks, UnnamedLinks, RoleLinks, PronounLinks):
    """Builds the entities of one document and resolves speaker mentions to them."""

    def __init__(
        self,
        ann: Annotated,
        quoted: Sequence[tuple[int, int]] = (),
        speakers_in: Callable[[int], Iterable[Mention | None]] | None = None,
        cue_verbs: Iterable[int] = (),
    ) -> None:
        """``speakers_in(sentence)`` gives the subjects of the speech cues of a sentence; they are
        observed lazily, only in the sentences before a pronoun or role that needs an antecedent.
        ``cue_verbs`` are the tokens of the verbs of saying."""
        self.ann = ann
        self._cue_verbs = sorted(cue_verbs)
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
            if first_word in vocab.word_class("object_indefinite_article"):
                return  # "Einen Nachfolger hat der Uhrmacher nicht gefunden": an object, no one new who acts
            if first_word in vocab.word_class("indefinite_article") or self._someone_elses_role(first_word, mention):
                # "Ein Polizeisprecher bestätigte … Er sagte", "Ihre Anwältin legte Fotos vor":
                # a new, unnamed person (someone's lawyer is not that someone)
                if not entity_words.partitive(text) or entity_words.described_as_someone(text):
                    # (one of a group only when described: "Einer der Teilnehmer, ein 22-Jähriger,
                    # …"; "Eine der ersten Patientinnen war X" names her)
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
                    fits = (lambda e: no_office(e) and not another_age(e, age)) if entity_words.is_age(text) else anyone
                    entity = (
                        self._just_introduced(mention.start, mention.gender, fits=fits)
                        or self._most_recent(mention.start, mention.gender, fits)
                        or self._most_recent(mention.start, mention.gender)
                    )
                if entity is None and entity_words.occupation_epithet(words) and not entity_words.owned_by_someone(text):
                    # "Kugelstoßerin X … Die Studentin": what someone known by no office is
                    entity = self._just_introduced(mention.start, mention.gender, fits=known_by_no_office) or self._most_recent(
                        mention.start, mention.gender, known_by_no_office
                    )
                if entity is None and entity_words.bare_person_noun(text):
                    entity = self._most_recent(mention.start, mention.gender, unnamed_or_without_office)
                if entity is None and entity_words.successor(text):
                    # "Zum 1. Juli übernimmt Jana X die Werkstatt. … Die neue Chefin will …": the
                    # person who just took over, known by no other office
                    entity = self._most_recent(mention.start, mention.gender, lambda e: not current_roles(e) and e.full_name)
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
        # (where the person is from may follow: "Der Dachdeckermeister aus X" names no one X)
        text = self.ann.text[mention.start : mention.end]
        words = text.split()
        if words and words[0].lower() in entity_words.of_class("definite_article"):
            words = entity_words.without_origin(text).split()
            if len(words) < len(text.split()) and (words[-1] != mention.name or entity_words.bare_person_noun(" ".join(words))):
                return False  # (but "Der Mann aus X, der …" is someone new)
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
            if statements.own_account(self.ann, mention) and (subject := self._sentence_subject(mention)) is not None:
                return self._subject_entity(subject), "own-account"  # "Der 58-Jährige hat nach eigenen Angaben …"
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
            # (or after a kinship noun: "Ihr Mann Steffen", named with his wife's surname there)
            kin = mention.role is not None and vocab.first_name_gender(name) is not False
            entity = ((alone or kin) and " " not in name and self.table.by_first_name(name, mention.end if kin else mention.start)) or self.table.person(mention.name.split()[-1], name, mention.start)
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

    def _sentence_subject(self, mention: Mention) -> Mention | None:
        """The subject of the sentence of ``mention``, when it is another phrase that names a
        person or an organisation."""
        if self._speakers_in is None:
            return None
        found = list(self._speakers_in(self.ann.tokens[self.ann.token_at(mention.start)].sent))
        subject = found[-1] if found else None  # the last one is the sentence's subject
        if subject is None or (subject.start < mention.end and mention.start < subject.end):
            return None
        # someone who can give an account, not a thing ("Grund sind nach eigenen Angaben …")
        return subject if subject.kind is MentionKind.ORGANISATION or is_person_like(subject) or self._unlisted_role(subject) else None

    def _subject_entity(self, subject: Mention) -> Entity | None:
        """The entity of a sentence's subject as the subjects are observed (`observe`)."""
        self._observe_window(subject.end)
        at_span = (o.entity for o in self.table.occurrences_between(subject.start, subject.start + 1) if o.end == subject.end)
        return next(at_span, None) or self.resolve(subject)[0]

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
        if person is None or any(noun in role for role in current_roles(person) for noun in entity_words.of_class("message_noun")):
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
                and (previous_start <= occurrence.start or not self._role_of_gender_between(self._window_end(occurrence.start, 0), sentence_start, gender))
                and not (self._reported_subject(occurrence) and self._person_subject_in_paragraph(occurrence.start, gender, sentence_before=True))
                and not (self._acts_without_saying(occurrence) and self._person_subject_in_paragraph(occurrence.start, gender))
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

    def _person_subject_in_paragraph(self, before: int, gender: str, sentence_before: bool = False) -> bool:
        """A person of ``gender`` was the subject or a speaker earlier in the paragraph of
        ``before`` (``Anke X leitet die Tafel. Die Stadt hat … gekündigt. … sagte sie``: she is
        the paragraph's topic, not the organisation); with ``sentence_before``, in the sentence
        before the paragraph too (``Landrat X stellte die Pläne vor. ¶ Der Kreis müsse sparen``)."""
        ann = self.ann
        k = ann.line_start(min(ann.token_at(before), len(ann.tokens) - 1))
        start = ann.tokens[k].start if k >= 0 else 0
        if sentence_before and k > 0:
            start = self._window_start(ann.tokens[k - 1].start, 0)
        return any(
            o.salient and o.entity.kind is SpeakerKind.PERSON and o.entity.gender == gender
            for o in self.table.occurrences_between(start, before)
        )

    def _role_of_gender_between(self, start: int, end: int, gender: str) -> bool:
        """A singular role noun of ``gender`` stands between the characters ``start`` and ``end``
        (``Die Gesellschaft unterstützt den Umbau. ¶ Sorge hat die Gründerin nicht. …, sagte
        sie``): someone the pronoun may mean was named in a sentence after the organisation's."""
        ann = self.ann
        for k in range(ann.token_at(start), min(ann.token_at(end), len(ann.tokens))):
            info = vocab.role_noun(ann.texts[k])
            if info is not None and not info.plural and info.gender == gender:
                return True
        return False

    def _reported_subject(self, occurrence: Occurrence) -> bool:
        """The organisation at ``occurrence`` is the subject of a Konjunktiv I verb right before or
        after it (``Der Landkreis müsse sparen``, ``Ihr Stadtteil sei betroffen``, ``Deshalb habe der
        Verlag …``): a body someone else reported on, not one that spoke — unless its sentence
        closes with a frame of its own (``Die Firma habe korrekt gearbeitet, teilte das
        Unternehmen mit``)."""
        ann = self.ann
        forms = konjunktiv_forms() - konjunktiv2_forms()
        first, after = ann.token_at(occurrence.start), ann.token_at(occurrence.end - 1) + 1
        sentence_end = ann.sentences[ann.tokens[first].sent][1]
        k = bisect.bisect_left(self._cue_verbs, after)
        if k < len(self._cue_verbs) and self._cue_verbs[k] < sentence_end and "," in ann.texts[after : self._cue_verbs[k]]:
            return False
        return (after < len(ann.tokens) and ann.texts[after] in forms) or (first > 0 and ann.texts[first - 1] in forms)

    def _acts_without_saying(self, occurrence: Occurrence) -> bool:
        """The sentence of the organisation at ``occurrence`` has no verb of saying (``Der Verein
        plant einen zweiten Kurs.``) nor one of stance: it is told what the body does, not what it
        said or thinks — so ``…, sagte er`` after it goes with the person who spoke before it in
        the paragraph."""
        ann = self.ann
        first = ann.token_at(occurrence.start)
        start, end = ann.sentences[ann.tokens[first].sent]
        k = bisect.bisect_left(self._cue_verbs, start)
        if k < len(self._cue_verbs) and self._cue_verbs[k] < end:
            return False
        # (nor a stance: "Der Verband unterstützt das Vorgehen. …, erklärte er" is the body)
        return not vocab.word_class("stance_verb").intersection(ann.texts[start:end])

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

    def _occurrences_back(self, before: int, sentences: int) -> Iterator[Occurrence]:
        """The occurrences before ``before`` in its sentence and the ``sentences`` before it,
        nearest first."""
        window_start = self._window_start(before, sentences)
        i = bisect.bisect_left(self.table.starts, before) - 1
        while i >= 0 and self.table.occurrences[i].start >= window_start:
            if not self._in_what_was_said(self.table.occurrences[i], before):
                yield self.table.occurrences[i]
            i -= 1

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
