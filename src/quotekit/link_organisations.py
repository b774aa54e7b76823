"""Organisations as speakers: a name, a bare kind noun (``der Verein``), a compound or an acronym
linked to the organisation the text introduced (`EntityLinker` mixes this in).
"""

from __future__ import annotations


import attrs

from . import entity_words, organisation_names
from . import vocabulary as vocab
from .entity_table import Entity, grammatical_gender
from .mentions import Mention, MentionKind, plural_verb_at
from .model import SpeakerKind
from .name_collection import name_adjective
from .phrases import ADJECTIVE_ENDINGS, coordinated_compound_start

_WINDOW_SENTENCES = 3  # how far back a pronoun looks for a salient speaker
_KIND_NOUN_REACH = 3  # sentences back for the organisation a bare kind noun ("der Verein") refers to
_MAX_INTRODUCTION_DISTANCE = 600  # tokens looked back for "einen neuen Sportdirektor"


class OrganisationLinks:
    """Part of `quotekit.entities.EntityLinker`: its state (``ann``, ``table``) and the
    methods of the other parts come from the linker."""

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
        if words and words[-1].startswith("(") and words[-1].endswith(")"):
            words.pop()  # "Der Regionalverkehr Oberems (RVO)": the acronym it goes by
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
                or self._noun_before_place_name(words)
            )
        )

    @staticmethod
    def _noun_before_place_name(words: list[str]) -> bool:
        """``Der Regionalverkehr Oberems``: an article, a noun and one more word, where neither
        word is a first name, a role or a people's name, is a body named after its place —
        a person's name takes no article, and a role noun the lexicon lacks comes before a
        first name (``Der Schreiner Paul Hense``) or a known surname."""
        return (
            len(words) == 3
            and not vocab.demonym(words[1])
            and vocab.first_name_gender(words[2]) is False
            and vocab.role_noun(words[2]) is None
            and not words[2].endswith(vocab.endings("weak_adjective_ending"))
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
        if name.endswith(")") and " (" in name:
            name = name[: name.rindex(" (")]  # "Der Regionalverkehr Oberems (RVO)": named without its acronym
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
                    id(e): len(kinds & organisation_kinds_of(e))
                    for k, e in self.table.entities.items()
                    if kinds and k.startswith("org:") and e.spans and e.first_span()[0] < mention.start
                }
                best = max(shared.values(), default=0)
                # (and of its most specific kind: "die Kreisverwaltung" is no police directorate,
                # though both are authorities)
                primary = entity_words.primary_organisation_kinds(led or noun)
                fitting = [e for e in self.table.entities.values() if best and shared.get(id(e)) == best and primary & organisation_kinds_of(e)]
                entity = self._nearest(fitting, mention.start)
            if entity is None and (entity_words.any_organisation(noun) or entity_words.membership_body(noun)):
                # "Die ESU bezifferte … teilte die Organisation mit" (not a town or a bank), "Die
                # Lakers teilten mit … erklärte der Verein": the body that was just the subject
                issuer = self._statement_issuer(mention.start)
                if issuer is not None and (not organisation_kinds_of(issuer) or organisation_kinds_of(issuer) & entity_words.organisation_kinds(noun)):
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
            if entity_words.any_organisation(noun) or organisation_kinds_of(entity) & kinds or (not organisation_kinds_of(entity) and occurrence.start >= previous):
                return entity
        return None

    def _sole_named_body(self, text: str, noun: str, position: int) -> Entity | None:
        """``Die Volkssternwarte Hohenlind hat … teilte der Verein mit``: a definite singular kind
        noun that no rule above linked is the one organisation named before whose kind fits, when
        there is exactly one: news name an organisation before they call it by its kind. One
        whose name tells no kind may be anything (``Die Bundeswehr übt … kritisierte der
        Verein`` is another body) unless it is the only organisation the text named."""
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
        fitting = [e for e in named if entity_words.any_organisation(noun) or organisation_kinds_of(e) & primary]
        if not fitting and len(named) == 1 and not organisation_kinds_of(named[0]) and not self._kind_noun_used_before(noun, position):
            # "Die Heimatbühne X probt … nach Angaben des Vereins": the only organisation the text
            # named, whose name tells no kind, may be of any kind (but not after "Der Verein
            # Schachfreunde zieht ein": the noun named another body before)
            fitting = named
        return fitting[0] if len(fitting) == 1 else None

    def _kind_noun_used_before(self, noun: str, position: int) -> bool:
        """The kind noun (or a compound ending in it) stands in the text before ``position``."""
        text = self.ann.text
        if text.find(noun, 0, position) < 0 and text.find(noun.capitalize(), 0, position) < 0:
            return False  # (a quick look first: the token walk below runs only when it may be there)
        return any(
            entity_words.genitive_stem(token.text).lower().endswith(noun)
            for token in self.ann.tokens[: self.ann.token_at(position)]
            if token.text[:1].isupper()
        )

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
        first_break = ann.second_line_start()
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
            # (also in the dative plural: "von den Stadtwerken X" … "Die Stadtwerke")
            if not text[:1].isupper() or noun not in (entity_words.genitive_stem(text).lower(), text.lower()[:-1] if text.endswith("en") else None) or self.table.inside_quote(ann.tokens[k].start):
                continue
            j = organisation_names.name_words_end(ann, k + 1, referred_to=True)
            if j is None or (not ahead and ann.tokens[j].end > position):
                continue
            kind = text[:-1] if text.lower()[:-1] == noun else entity_words.genitive_stem(text)
            return self.table.named_organisation(k + 1, j, kind, name_adjective(ann, k))
        return None

    def _compound_entity(self, k: int) -> Entity:
        """The organisation the kind noun at token ``k`` names, registered at that occurrence
        (with the name words after it: ``des Landratsamts Talheim``)."""
        ann = self.ann
        word = entity_words.genitive_stem(ann.texts[k])
        if (j := organisation_names.name_words_end(ann, k + 1)) is not None:
            return self.table.named_organisation(k + 1, j, word, name_adjective(ann, k))
        if (named := self._named_after_noun(word.lower(), ann.tokens[k].start)) is not None:
            # "gemeinsam mit dem Stadtarchiv Bellingrode … betreut das Stadtarchiv": named before
            named.add(ann.tokens[k].start, ann.tokens[k].end, None)
            self.table.remember(ann.tokens[k].start, ann.tokens[k].end, named)
            return named
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
                if e.kind is SpeakerKind.ORGANISATION and e.spans and e.first_span()[0] < mention.start and organisation_kinds_of(e) & kinds
            ]
        if not fitting and words & entity_words.of_class("board_noun") and not mention.name:
            # "Der Verein will seine Sicht darlegen. …, erklärte der Vorstand": the board of the
            # organisation just talked about speaks for it (a club's or a firm's, not the town's
            # or the police that acted on it)
            issuer = self._statement_issuer(mention.start)
            return issuer if issuer is not None and not organisation_kinds_of(issuer) & entity_words.of_class("boardless_kind") else None
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

    def _owned_by_pronoun_gender(self, organisation: Entity, mention: Mention) -> bool:
        """The organisation's last mention before ``mention`` opens with a possessive of the
        pronoun's gender (``Sein Betrieb`` for ``er``): it belongs to the person the pronoun
        more likely means."""
        spans = [span for span in organisation.spans if span[0] < mention.start]
        if not spans or mention.gender not in ("m", "f"):
            return False
        first_word = self.ann.text[spans[-1][0] : spans[-1][1]].split(maxsplit=1)[0].lower()
        return first_word in entity_words.of_class("his_possessive" if mention.gender == "m" else "her_possessive")

    def _recent_plural_organisation(self, before: int) -> Entity | None:
        """``Die Stadtwerke nannten den Streik unverhältnismäßig. Sie erklärten, …``: an
        organisation whose noun is always plural, the subject in this or the two sentences before
        (like a group: a second "sie" goes on referring to it)."""
        for occurrence in self._occurrences_back(before, 2):
            if occurrence.salient and occurrence.entity.kind is SpeakerKind.ORGANISATION and occurrence.entity.grammatical_gender == "pl":
                return occurrence.entity
        return None

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


def organisation_kinds_of(entity: Entity) -> frozenset[str]:
    """The kinds of an organisation entity: from its kind nouns and the words of its name."""
    words = set(entity.roles) | set(entity.key[4:].split())
    return frozenset().union(*(entity_words.organisation_kinds(w) for w in words)) if words else frozenset()
