"""Pronouns (``er``, ``sie``, ``dieser``) linked by recency, salience, gender and number
(`EntityLinker` mixes this in).
"""

from __future__ import annotations

import bisect


from . import vocabulary as vocab
from .entity_table import Entity
from .mentions import Mention, MentionKind
from .model import SpeakerKind

_CUE_AFTER_QUOTE = 40  # characters between a quotation and the cue after it ("„…“, sagten die beiden")
_APPOSITION_REACH = 7  # tokens from a role noun to the name of its apposition ("dem Anwalt seiner Familie – Rainer X")


class PronounLinks:
    """Part of `quotekit.entities.EntityLinker`: its state (``ann``, ``table``) and the
    methods of the other parts come from the linker."""

    def _said_by_one_person(self) -> bool:
        """The quotation being attributed is direct speech in the first person singular
        (``„Ich bin zuversichtlich“, sagte er``): a person speaks, no organisation."""
        return self._said is not None and self._said_in_marks() and any(
            not plural and person == "1" for word in self._said_words() for _, plural, person in vocab.pronoun(word)
        )

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
        elif chosen is not None and chosen.kind is SpeakerKind.ORGANISATION and self._spoke_just_before(mention):
            # "Vertriebsleiter X räumte ein … Der Verlag habe … ausgelobt. …, versicherte er": the
            # one who went on speaking, not the firm he spoke of
            chosen = self._last_speaker
        if chosen is None:
            return None, "pronoun-unresolved"
        chosen.add(mention.start, mention.end)
        self.table.remember(mention.start, mention.end, chosen, salient=True)
        return chosen, "pronoun"

    def _spoke_just_before(self, mention: Mention) -> bool:
        """The person the previous quotation was attributed to fits the pronoun ``mention`` and
        was mentioned in its sentence or the one before."""
        speaker = self._last_speaker
        return (
            speaker is not None
            and speaker.kind is SpeakerKind.PERSON
            and not speaker.plural
            and mention.gender is not None
            and speaker.gender == mention.gender
            and any(o.entity is speaker for o in self._occurrences_back(mention.start, 1))
        )

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

    def _closed_quote_start(self, position: int) -> int:
        """The start of the quotation that ends right before ``position`` (``„…“, sagen sie``),
        else ``position``: the sentences inside a long quotation do not push its speaker out of
        the salience window."""
        quoted = self.table.quoted
        i = bisect.bisect_left(quoted, (position,)) - 1
        if i >= 0 and 0 <= position - quoted[i][1] < _CUE_AFTER_QUOTE and not any(mark in self.ann.text[quoted[i][1] : position] for mark in ".!?"):
            return quoted[i][0]
        return position
