"""Find the names a document introduces, before any speaker is resolved.

Every person name in the text (outside quotations) is an occurrence; full names and surnames
share an entity (``Jana Kessler`` ⇄ ``Kessler``, also a surname that is a noun too: ``Anna
Fischer`` … ``sagte Fischer``); people who share a surname are separate entities (father and
son). The role noun right before a full name (``Kommandant Rainer Moll``, also one no lexicon
lists, but no time noun: ``am Dienstag Florian Hagedorn``), after it and a copula (``Timo Berger
ist neuer Sportdirektor``) or after it and a comma (``Paul Brückner, Bürgermeister von
Hollenstedt,``) is that person's role; a plural role (``die Außenminister Frankreichs``) names no
one. Organisations come from a name after a kind noun (``die Reederei Baltmar``), a legal form
(``Velmar AG``) and acronyms (``(GBB)``, ``TSV Kornfeld``).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import compress, islice

import numpy

from . import entity_words, organisation_names, succession
from . import vocabulary as vocab
from .document import Annotated
from .entity_table import Entity, EntityTable, grammatical_gender
from .inflection import VOWELS
from .mentions import husband_before_first_name, is_proper_name
from .model import SpeakerKind
from .phrases import quoted_title_end

_MAX_LEGAL_NAME_WORDS = 4  # words before a legal form that name the company ("Kornmann & Söhne GmbH")
_MAX_SPELLED_OUT_WORDS = 4  # words before an acronym in parentheses that it may spell ("Institut für Bodenkunde Talheim (IBT)")


def collect_names(table: EntityTable) -> None:
    """Find person names everywhere outside quotations: a first name followed by more name
    words, or name words right after a role noun or title (``Präsident Haller``)."""
    ann = table.ann
    tokens = ann.tokens
    n = len(tokens)
    flags = entity_words.NAME_WORDS.flags(ann)
    if not ann.has_ner and not ann.has_pos:
        # a person name starts with a first name or follows a role noun or title
        # ("Präsident Haller"); other capitalised words are nouns or need no look
        after_role = numpy.zeros_like(flags)
        after_role[1:] = flags[:-1] & entity_words.ROLE_OR_TITLE
        starts = numpy.flatnonzero((flags & entity_words.CAPITALISED).astype(bool) & ((flags & entity_words.FIRST_NAME) | after_role).astype(bool)).tolist()
        starts = sorted({*starts, *_after_person_noun(ann, flags)})
    else:
        starts = numpy.flatnonzero(flags & entity_words.CAPITALISED).tolist()
    found: list[tuple[int, int, list[str], str | None]] = []  # name tokens, role words, role gender
    collected: list[Entity] = []  # the people named so far, in the order of the text
    next_free = 0
    for i in starts:
        if i < next_free:
            continue
        tok = tokens[i]
        preceding = tokens[i - 1].text if i > 0 and not ann.paragraph_break_before(i) else ""  # (not a headline's last word)
        if table.inside_quote(tok.start):
            continue
        kinds = entity_words.organisation_kinds(preceding) if preceding else frozenset()
        if kinds and (vocab.first_name_gender(tok.text) is False or ("church" in kinds and organisation_names.saints_name(ann, i))):
            # "Der Autohersteller Veltrawerke", "die Reederei Baltmar": a named organisation (a
            # church's may be its saint's: "die Pfarrei Maria Himmelfahrt")
            org_end = organisation_names.name_end(ann, i)
            if org_end is not None:
                table.named_organisation(i, org_end, preceding, name_adjective(ann, i - 1))
                next_free = org_end + 1
                continue
        if not is_proper_name(ann, i) or preceding in entity_words.of_class("saint_word") or tok.text.split("-", 1)[0] in vocab.titles():
            # ("Pfarrei St. Laurentius", "Hospizverein Sankt Martin": a saint names a church or a
            # place; "Dr.-Ing.": a title with its degree)
            continue
        j = i
        while (
            j + 1 < n
            and (is_proper_name(ann, j + 1) or entity_words.name_particle_inside(ann, j + 1))
            and not ann.paragraph_break_before(j + 1)
            and not entity_words.time_phrase_at(ann, j + 1)
            and not entity_words.twin_phrase_at(ann, j + 1)
        ):
            j += 1
        if j == i and entity_words.role_word_surname(ann, i + 1):
            j = i + 1  # "Anna Fischer hat", "Vera Sohn verteidigte": a surname that is a noun too
        if j == i and (surname := entity_words.shared_surname(ann, i)) is not None:
            _first_name_with_shared_surname(table, i, surname)  # "Maria und Jonas Kettler"
            continue
        next_free = j + 1
        # a noun for an organisation and a person alike ("Betreiber", "Händler") is a role before a first name
        person_noun = preceding and (vocab.organisation_noun(preceding) is None or vocab.first_name_gender(tok.text) is not False)
        role = vocab.singular_role(preceding) if person_noun else None
        if preceding in vocab.titles() and i > 1 and not ann.paragraph_break_before(i - 1) and tokens[i - 2].text[:1].isupper() and vocab.singular_role(tokens[i - 2].text) is not None:
            preceding = tokens[i - 2].text  # "der Rechtsanwalt Dr. Florian X": the role before the title
            role = vocab.singular_role(preceding) if vocab.organisation_noun(preceding) is None else None
        if role is not None and role.plural and vocab.first_name_gender(tok.text) is False:
            role = None  # "der Oldtimerfreunde Sieverdingen": a plural noun before a place, no one's role
        if role is not None and entity_words.is_age(preceding) and not preceding[:1].isdigit():
            role = None  # "im Dreißigjährigen Krieg": a spelled-out age before a noun names an event, no one aged
        if role is None and i > 0 and husband_before_first_name(ann, i - 1):
            role = vocab.NounInfo(preceding.lower(), "m", False)  # "Elke Rabe und ihr Mann Horst"
        listed = vocab.role_noun(preceding) if role is not None else None
        if role is not None and i > 1 and (
            vocab.plural_by_determiner(tokens[i - 2].text, role.gender)
            or (listed is not None and listed.plural and vocab.plural_by_determiner(tokens[i - 2].text, "m"))  # "die Beamten Schmuck"
        ):
            role = None  # "die Außenminister Frankreichs und …": a plural role names no one person
        if role is not None and i > 2 and role.gender != "n" and _only_neuter(tokens[i - 2].text) and tokens[i - 3].text != ",":
            # (after a comma "das" opens a relative clause: "das Konzept, das Managerin X vorstellte")
            role = None  # "das Grüne Abitur": an adjective before a thing, no party member
        apposition = entity_words.apposition_word(preceding) if role is None and j > i else None
        starts_with_first_name = vocab.first_name_gender(tok.text) is not False
        is_person = (
            (ann.has_ner and tok.ent == "PER")
            or (starts_with_first_name and j > i)
            or role is not None
            or preceding in vocab.titles()
            or (j > i and entity_words.person_noun_before(ann, i) and ann.count(tokens[j].text) > 1)
        )
        if is_person:
            if role is not None and j == i and tok.text.endswith("s") and entity_words.article_before(ann, i - 1):
                # "Der behandelnde Arzt Hallers": Haller's doctor (a genitive), not Haller
                found.append((i, j, [], None))
            elif role is not None:
                former = i > 1 and tokens[i - 2].text.lower() in entity_words.of_class("former")
                prefix = entity_words.FORMER if former else ""  # "die frühere Justizministerin X"
                words = [prefix + r for r in entity_words.office_words(role.key, preceding)]
                first_role = vocab.singular_role(tokens[i - 2].text) if i > 1 and tokens[i - 2].text[:1].isupper() else None
                if first_role is not None:  # "Die Vorsitzende Richterin X": "die Vorsitzende" too
                    words += entity_words.office_words(first_role.key, tokens[i - 2].text)
                if i > 1 and entity_words.generation(tokens[i - 2].text) is not None:
                    words.append(tokens[i - 2].text)  # "sein jüngerer Bruder Xaver" … "der Ältere" is the other one
                found.append((i, j, words, role.gender))
            else:  # "Kommandant Rainer Moll": an unlisted role word still links "der Kommandant"
                found.append((i, j, [apposition] if apposition else [], None))
            continue
        # "Außenamtes Maria Brandt": a full name may start inside a run of capitalised words
        first = next((k for k in range(i + 1, j) if vocab.first_name_gender(tokens[k].text) is not False and tokens[k - 1].text not in entity_words.of_class("saint_word")), None)
        if first is not None:
            found.append((first, j, [], None))
    named_before: list[tuple[int, str, str | None]] = []  # (token, surname, gender) of full names so far
    for i, j, roles, role_gender in found:
        name = ann.text[tokens[i].start : tokens[j].end]
        if j > i and _abbreviated_surname(ann, j):
            name += "."  # "Melanie Sch.": a defendant's surname cut short, with its stop
        gender = vocab.first_name_gender(tokens[i].text) if j > i else None
        if j > i:
            named_before.append((i, tokens[j].text, gender if isinstance(gender, str) else None))
        elif (surname := _relative_surname(ann, i, named_before)) is not None:
            # "Kevin Hartung …, sein jüngerer Bruder Marcel": Marcel Hartung
            gender = vocab.first_name_gender(tokens[i].text)
            j, name = i, f"{tokens[i].text} {surname}"
            entity = table.person(surname, name)
            entity.add(tokens[i].start, tokens[i].end, name, gender if isinstance(gender, str) else role_gender, roles)
            table.remember(tokens[i].start, tokens[i].end, entity)
            continue
        # "Polizeikommissarin Julia Nowak … als Prinzessin Julia": a first name alone is the one
        # person named in full with it
        entity = (j == i and table.by_first_name(tokens[i].text, tokens[i].start)) or table.person(tokens[j].text, name if j > i else None)
        predicate = entity_words.predicate_role(ann, j + 1) or entity_words.comma_apposition_role(ann, j + 1)
        if predicate is not None:
            end = entity_words.predicate_end(ann, j + 1)
            roles = [*roles, predicate.key, tokens[end].text]
            role_gender = role_gender or predicate.gender
            if (second := entity_words.coordinated_role(ann, end + 1)) is not None:
                roles = [*roles, second.key, tokens[end + 2].text]  # "X, Landwirt und Ortsvorsteher,"
        if predicate is None and (as_role := entity_words.as_role_after(ann, j + 1)) is not None:
            roles = [*roles, *entity_words.office_words(as_role[0].key, tokens[as_role[1]].text)]  # "X führt den Verein als Vorsitzender"
            role_gender = role_gender or as_role[0].gender
        if predicate is None and (appointed := entity_words.appointed_role(ann, i, j + 1)) is not None:
            roles = [*roles, *entity_words.office_words(appointed[0].key, tokens[appointed[1]].text)]  # "X wurde zum Vorsitzenden gewählt"
        described_as = entity_words.subject_role_before(ann, i) or entity_words.role_before_apposition(ann, i, j)
        if described_as is not None:
            roles = [*roles, described_as]
        relative = entity_words.relative_clause_role(ann, j + 1)
        if relative is not None:  # "X, der … inzwischen Ehrenvorsitzender ist,"
            held = entity_words.FORMER if tokens[relative[1] + 1].text in entity_words.of_class("past_copula") else ""
            roles = [*roles, *(held + word for word in entity_words.office_words(relative[0].key, tokens[relative[1]].text))]
            role_gender = role_gender or relative[0].gender
        age = entity_words.age_after(ann, j + 1) or entity_words.age_before(ann, i)
        if age is not None:
            roles = [*roles, age]  # "Sabine Kowalski (46)" … "die 46-Jährige"
        if (kin := _plural_kinship_before(ann, i)) is not None:
            roles = [*roles, kin]  # "an seine Söhne Daniel X und Tobias X": each is a son
        elif (shared := _plural_role_before(ann, i, gender)) is not None:
            roles = [*roles, shared]  # "Die Wirtsleute Marianne und Josef X": each is a Wirt
        if gender in ("m", "f"):
            # "Vorstand Katja X … die Vorständin": the role word in the person's own gender too
            roles = [*roles, *(word for role in roles if (word := entity_words.in_gender(role, gender)) != role)]
        entity.add(tokens[i].start, tokens[j].end, name, gender if isinstance(gender, str) else role_gender, roles)
        table.remember(tokens[i].start, tokens[j].end, entity)
        _take_peers_office(ann, entity, roles, i, collected)
        collected.append(entity)
        if (part := succession.part_of_name(ann, i, j)) is not None:
            _add_handover(table, entity, part, tokens[i].start, collected)
    _collect_legal_names(table, flags)
    _collect_acronyms(table, flags)
    _collect_town_organisations(table, flags)
    _collect_field_organisations(table, flags)
    _collect_territorial_organisations(table, flags)
    _collect_member_organisations(table, flags)
    _collect_quoted_organisations(table, flags)
    _collect_surnames(table)


_MAX_FIELD_WORDS = 5  # words of a field tail: "für Umwelt, Naturschutz und Verkehr Ostheide"


_MAX_KINSHIP_REACH = 12  # tokens back from a name over coordinated names and ages to their plural kinship noun


def _plural_kinship_before(ann: Annotated, i: int) -> str | None:
    """``an seine Söhne Daniel X (37) und Tobias X (33)``: a plural kinship noun (`plural_kinship`)
    before a run of coordinated names gives each of them the relation (the plural word, which
    `entity_words.generation_of_roles` reads as a generation)."""
    word = _plural_before_names(ann, i, lambda word: word.lower() in entity_words.of_class("plural_kinship"))
    return word.lower() if word is not None else None


def _plural_role_before(ann: Annotated, i: int, gender: str | bool | None) -> str | None:
    """``Die Wirtsleute Marianne und Josef X``, ``die Ärztinnen X und Y``: a plural role noun
    before a run of coordinated names gives each of them the role, in their gender."""
    word = _plural_before_names(ann, i, lambda word: entity_words.singular_of_plural_role(word) is not None)
    if word is None:
        return None
    singular = entity_words.singular_of_plural_role(word) or word  # (the word was accepted for having one)
    return entity_words.in_gender(singular, gender if gender in ("m", "f") else None)


def _plural_before_names(ann: Annotated, i: int, plural: Callable[[str], bool]) -> str | None:
    """The word before the names from token ``i`` back (over names, ages in brackets, commas and
    ``und``) that ``plural`` accepts, if the run of names starts after it."""
    texts = ann.texts
    for j in range(i - 1, max(-1, i - _MAX_KINSHIP_REACH), -1):
        word = texts[j]
        if plural(word):
            return word
        if ann.paragraph_break_before(j + 1) or not (word in ("(", ")", ",") or word.isdigit() or word in vocab.word_class("coordinator") or is_proper_name(ann, j)):
            return None
    return None


def _only_neuter(determiner: str) -> bool:
    """``das``: a determiner that agrees with a neuter noun only."""
    readings = vocab.determiner_readings(determiner.lower())
    return bool(readings) and all(gender == "n" for gender, _ in readings)


def _abbreviated_surname(ann: Annotated, j: int) -> bool:
    """The surname at token ``j`` is cut short (``Sch.``, ``Kr.``): at most three letters, a
    capital first and a full stop right after it, and no vowel or the sentence going on after
    the stop (``Mia Ott.`` ends a sentence with a whole name)."""
    tokens = ann.tokens
    word = tokens[j].text
    if not (len(word) <= 3 and word.isalpha() and word[:1].isupper() and j + 2 < len(tokens)):
        return False
    stop, following = tokens[j + 1], tokens[j + 2].text
    return stop.text == "." and stop.start == tokens[j].end and (not set(word.lower()) & set(VOWELS) or following[:1].islower())



def _take_peers_office(ann: Annotated, entity: Entity, roles: Sequence[str], name_start: int, before: Sequence[Entity]) -> None:
    """``Handelsministerin X traf ihren chinesischen Amtskollegen Y … sagte der Minister``: a peer
    (``peer_noun``; or ``counterpart_noun`` right before the name, for a function that faces
    its like: ``Trainer X … Sein Gegenüber Y``) holds the public office of the person the possessive points to (``ihren``: the
    last woman named with an office; without a possessive the last person), in the peer's own
    gender and without the country's own level (a Bundesinnenminister's peer is an
    Innenminister), so a later role phrase for that office can name them."""
    counterpart = name_start > 0 and ann.texts[name_start - 1].lower() in entity_words.of_class("counterpart_noun")
    if counterpart and any(entity_words.function_role(role.lower()) for role in roles):
        return  # "Sein Gegenüber Y, Präsident des Arbeitgeberverbands": a function of his own
    if not counterpart and not any(role.lower() in entity_words.of_class("peer_noun") for role in roles):
        return
    words = ann.texts[max(0, name_start - _PEER_PHRASE_WORDS) : name_start]
    gender = next((g for word in reversed(words) if (g := entity_words.possessive_gender(word)) is not None), None)

    def offices(person: Entity) -> list[str]:
        if counterpart:  # "Trainer X … Sein Gegenüber Y": the same function on the other side
            return [role for role in person.roles if role in entity_words.of_class("paired_function")]
        return [role for role in person.roles if entity_words.public_office(role) and not entity_words.is_former(role)]

    peer = next((p for p in reversed(before) if p is not entity and offices(p) and (gender is None or p.gender in (None, gender))), None)
    if peer is not None:
        entity.add_roles(entity_words.in_gender(entity_words.without_national_prefix(role), entity.gender) for role in offices(peer))


def _add_handover(table: EntityTable, entity: Entity, part: str, start: int, collected: Sequence[Entity]) -> None:
    """Record ``entity``'s part in a handover (`succession`); the person named just before it, in
    the same sentence or the one before, without a part of their own has the other part when the
    sentence tells of two (``Heimleiterin X geht in den Ruhestand, ihre Nachfolgerin Y …``: X
    leaves)."""
    table.handover.append((start, part, entity))
    if len(collected) < 2 or any(person is collected[-2] for _, _, person in table.handover):
        return
    other = collected[-2]
    ann = table.ann
    sentence = ann.tokens[ann.token_at(start)].sent
    if not succession.pair_named(ann, sentence):
        return
    # (in the sentence before too: "X geht in den Ruhestand. Sein Nachfolger wird Y")
    if other is not entity and any(sentence - 1 <= ann.tokens[ann.token_at(s)].sent <= sentence for s, _ in other.spans if s < start):
        table.handover.append((start, succession.OUTGOING if part == succession.INCOMING else succession.INCOMING, other))


_PEER_PHRASE_WORDS = 4  # words between a possessive and the peer's name ("ihren chinesischen Amtskollegen")


def _collect_field_organisations(table: EntityTable, flags: numpy.ndarray) -> None:
    """``ein Gutachter des Landesamts für Umwelt Ostheide``: an organisation noun with a field
    after ``für`` (capitalised words, joined by ``und``) names that organisation, in the nominative
    (``Landesamt für Umwelt Ostheide``), which ``Das Landesamt`` then refers to."""
    ann, tokens, texts = table.ann, table.ann.tokens, table.ann.texts
    fields = vocab.word_class("field_preposition")
    joins = vocab.word_class("coordinator") | {","}
    for k in numpy.flatnonzero(flags[:-2] & entity_words.ROLE_OR_TITLE).tolist():
        if texts[k + 1] not in fields or vocab.organisation_noun(entity_words.genitive_stem(texts[k])) is None or vocab.role_noun(texts[k]) is not None:
            continue
        if table.inside_quote(tokens[k].start) or table.covered(tokens[k].start):
            continue
        j = k + 1
        while j + 1 < len(texts) and j - k <= _MAX_FIELD_WORDS and not ann.paragraph_break_before(j + 1):
            word = texts[j + 1]
            if word[:1].isupper() and vocab.first_name_gender(word) is False and vocab.role_noun(word) is None:
                j += 1
            elif (
                word[:1].islower()
                and word.endswith(vocab.endings("weak_adjective_ending"))
                and word not in vocab.determiners()
                and j + 2 < len(texts)
                and texts[j + 2][:1].isupper()
            ):
                j += 1  # "für angewandte Wissenschaften", "für private Raumfahrt": an adjective of the field
            elif word in joins and j + 2 < len(texts) and texts[j + 2][:1].isupper() and texts[j][:1].isupper():
                j += 2
            else:
                break
        if j == k + 1:
            continue
        table.named_organisation(k, j, entity_words.genitive_stem(texts[k]), name_adjective(ann, k), nominative=True)


def _collect_territorial_organisations(table: EntityTable, flags: numpy.ndarray) -> None:
    """``hat die Heimaufsicht des Landkreises … kontrolliert``: an organisation noun with the
    genitive of the territory it serves names that organisation (``Heimaufsicht des
    Landkreises``), which ``die Behörde`` then refers to. Only after an article that leaves
    the noun in its base form (not ``des Gesundheitsamts des Kreises``)."""
    ann, tokens, texts = table.ann, table.ann.tokens, table.ann.texts
    genitive = vocab.word_class("genitive_determiner")
    for k in numpy.flatnonzero(flags[:-2] & entity_words.ROLE_OR_TITLE).tolist():
        if (
            k == 0
            or texts[k - 1].lower() not in entity_words.of_class("definite_article")
            or texts[k + 1] not in genitive
            or texts[k + 2] not in entity_words.of_class("territory_genitive")
            or vocab.organisation_noun(texts[k]) is None
            or vocab.role_noun(texts[k]) is not None
            or (k + 3 < len(texts) and texts[k + 3] == ",")  # "der Stadt, die X"
        ):
            continue
        if table.inside_quote(tokens[k].start) or table.covered(tokens[k].start) or ann.paragraph_break_before(k + 1):
            continue
        named = k + 3 < len(texts) and texts[k + 3][:1].isupper()  # "des Landkreises Ostermark": the name goes on
        table.named_organisation(k, k if named else k + 2, texts[k])


def _collect_member_organisations(table: EntityTable, flags: numpy.ndarray) -> None:
    """``Aufgerufen hatte der Verband der Milchviehhalter Nordhessen``: a body of members with
    the genitive plural of who its members are (and the region after it) is named so (``Bund der
    Steuerzahler``, ``Berufsverband der Kinder- und Jugendlichenpsychotherapeuten Saar``), and
    ``der Verband`` then refers to it."""
    ann, tokens, texts = table.ann, table.ann.tokens, table.ann.texts
    n = len(texts)
    for k in numpy.flatnonzero(flags[:-2] & entity_words.ROLE_OR_TITLE).tolist():
        if (
            texts[k + 1] not in entity_words.of_class("plural_genitive_article")
            or not entity_words.organisation_kinds(texts[k]) & entity_words.MEMBER_KINDS
            or vocab.role_noun(texts[k]) is not None
        ):
            continue
        if table.inside_quote(tokens[k].start) or table.covered(tokens[k].start) or ann.paragraph_break_before(k + 1):
            continue
        j = k + 2
        while j + 2 < n and texts[j].endswith("-") and texts[j + 1] in vocab.word_class("coordinator"):
            j += 2  # "der Kinder- und Jugendlichenpsychotherapeuten"
        members = texts[j] if j < n else ""
        if not (members[:1].isupper() and members.isalpha() and vocab.first_name_gender(members) is False and members.lower() not in vocab.determiners()):
            continue
        if j + 1 < n and texts[j + 1][:1].isupper() and vocab.name_word(texts[j + 1]) == "name" and not vocab.has_common_noun_ending(texts[j + 1]):
            j += 1  # the region: "… Nordhessen"
        if j + 1 < n and texts[j + 1][:1].isupper():
            continue  # more capitalised words: no name of this shape
        table.named_organisation(k, j, texts[k], nominative=True)



def _collect_quoted_organisations(table: EntityTable, flags: numpy.ndarray) -> None:
    """``Die Bürgerinitiative „Gegenwind Wolfsegg“ hat geklagt``: a quoted name right after an
    organisation noun is that organisation's name, which ``die Initiative`` then refers to."""
    ann, tokens, texts = table.ann, table.ann.tokens, table.ann.texts
    for k in numpy.flatnonzero(flags[:-2] & entity_words.ROLE_OR_TITLE).tolist():
        if not vocab.is_quote_mark(texts[k + 1]) or vocab.organisation_noun(texts[k]) is None or vocab.role_noun(texts[k]) is not None:
            continue
        end = quoted_title_end(ann, k + 1, ann.sentences[tokens[k].sent][1])
        if end is None or end - 1 <= k + 2 or table.inside_quote(tokens[k].start):
            continue
        table.named_organisation(k + 2, end - 2, texts[k], nominative=True)


def _collect_town_organisations(table: EntityTable, flags: numpy.ndarray) -> None:
    """``die Beschäftigten der Kronstädter Verkehrsbetriebe``: an organisation noun after the
    adjective of a town names that town's organisation, which ``Die Verkehrsbetriebe`` then
    refers to (registered under the noun, named with the adjective)."""
    ann, tokens, texts = table.ann, table.ann.tokens, table.ann.texts
    for k in numpy.flatnonzero(flags & entity_words.ROLE_OR_TITLE).tolist():
        word = texts[k]
        if vocab.organisation_noun(word) is None or vocab.role_noun(word) is not None:
            continue
        if not entity_words.place_adjective_before(ann, k) or table.inside_quote(tokens[k].start) or table.covered(tokens[k].start):
            continue
        if k + 1 < len(texts) and texts[k + 1][:1].isupper():
            continue  # "Das Kellstädter Start-up Fahrwerk Robotics": the name follows
        noun = entity_words.genitive_stem(word)
        key = "org:" + noun.lower()
        entity = table.entities.get(key)
        if entity is None:
            entity = table.entities[key] = Entity(SpeakerKind.ORGANISATION, key)
            entity.grammatical_gender = grammatical_gender(vocab.organisation_noun(noun))
        start = tokens[k - 1].start
        entity.add(start, tokens[k].end, f"{texts[k - 1]} {noun}")
        table.remember(start, tokens[k].end, entity)


def _after_person_noun(ann: Annotated, flags: numpy.ndarray) -> list[int]:
    """Name starts after a determiner and a noun for a person (``der Norweger Eirik Haugland``,
    ``dem Finnen Aleksi Virtanen``): foreign first names the list lacks are introduced this way."""
    capitalised = (flags & entity_words.CAPITALISED).astype(bool)
    determiner = (flags & entity_words.DETERMINER).astype(bool)
    run = numpy.zeros_like(capitalised)
    run[2:-1] = determiner[:-3] & capitalised[1:-2] & capitalised[2:-1] & capitalised[3:]
    return [i for i in numpy.flatnonzero(run).tolist() if entity_words.person_noun_before(ann, i)]


_RELATIVE_REACH = 2  # sentences back from "sein Sohn Thomas" to the relative named in full (see `_relative_surname`)


_JOINED_NAMES_REACH = 5  # tokens from one first name to the next in "Ulrike Baum und Dr. Karin Stein"


def _relative_surname(ann: Annotated, i: int, named_before: list[tuple[int, str, str | None]]) -> str | None:
    """The surname a first name alone at token ``i`` shares with a relative: after a possessive
    and a kinship noun (``sein jüngerer Bruder Marcel``, ``ihr Bruder Felix``), the surname of the
    last person of the possessive's gender named in full in this or the previous sentence, or
    the one before it when the sentence between speaks of them by a pronoun or of no one else
    (``Seniorchef Alois X, 79, … sagt er. Sein Sohn Thomas``)."""
    tokens = ann.tokens
    if i < 2 or vocab.first_name_gender(tokens[i].text) is False:
        return None
    owner = tokens[i - 2].text
    if tokens[i - 1].text.lower() in entity_words.of_class("relation_noun") and owner.endswith("s") and owner[:1].isupper():
        # "Kluthes Sohn Niklas": the relative of the person of that surname named before
        named = {surname for _, surname, _ in named_before}
        if owner[:-1] in named:
            return owner[:-1]
    phrase = next(
        (ann.text[tokens[k].start : tokens[i - 1].end] for k in range(i - 2, max(-1, i - 5), -1) if tokens[k].text.lower() in vocab.word_class("possessive_determiner")),
        None,
    )
    possessor = entity_words.possessor_gender(phrase) if phrase else None
    if possessor is None:
        return None
    sentence = tokens[i].sent
    # (two sentences back when the sentence between speaks of that person by a pronoun or of no
    # one: "X, 79, … halte ihn jung, sagt er. Sein Sohn Thomas"; not over "Ein 80-jähriger Fahrer …")
    reach = _RELATIVE_REACH if _pronoun_of_gender(ann, sentence - 1, possessor) or not _names_someone(ann, sentence - 1) else 1
    earlier = list(islice(((k, surname) for k, surname, gender in reversed(named_before) if gender == possessor), 2))
    if not earlier or tokens[earlier[0][0]].sent < sentence - reach:
        return None
    k, surname = earlier[0]
    if len(earlier) > 1 and earlier[1][1] != surname and k - earlier[1][0] <= _JOINED_NAMES_REACH and any(
        word.lower() in vocab.word_class("coordinator") for word in ann.texts[earlier[1][0] : k]
    ):
        return None  # "Ulrike Baum und Karin Stein … Ihr Mann Frank": whose husband is open
    return surname


def _names_someone(ann: Annotated, sentence: int) -> bool:
    """Sentence ``sentence`` names a person by a role noun, an age or a first name (``Ein
    80-jähriger Autofahrer …``, ``Die Fans feierten``), who may be the possessive's owner."""
    start, end = ann.sentences[sentence] if sentence >= 0 else (0, 0)
    return any(
        (word[:1].isupper() and (vocab.role_noun(word) is not None or vocab.first_name_gender(word) is not False)) or entity_words.is_age(word)
        for word in ann.texts[start:end]
    )


def _pronoun_of_gender(ann: Annotated, sentence: int, gender: str) -> bool:
    """Sentence ``sentence`` holds a singular third-person pronoun of ``gender`` (``er``, ``ihn``)."""
    if sentence < 0:
        return False
    start, end = ann.sentences[sentence]
    return any(entity_words.personal_pronoun_of(word, gender) for word in ann.texts[start:end])


def _first_name_with_shared_surname(table: EntityTable, i: int, surname: int) -> None:
    """``Maria und Jonas Kettler``: the first name alone is Maria Kettler."""
    tokens = table.ann.tokens
    name = f"{tokens[i].text} {tokens[surname].text}"
    gender = vocab.first_name_gender(tokens[i].text)
    entity = table.person(tokens[surname].text, name)
    shared = _plural_role_before(table.ann, i, gender)  # "Die Wirtsleute Marianne und Josef X"
    entity.add(tokens[i].start, tokens[i].end, name, gender if isinstance(gender, str) else None, [shared] if shared else [])
    table.remember(tokens[i].start, tokens[i].end, entity)


def _collect_legal_names(table: EntityTable, flags: numpy.ndarray) -> None:
    """Companies named with their legal form (``Fischräucherei Hinrichs GmbH``, ``Kornmann &
    Söhne``, ``Velmar AG``): the capitalised words before the form, up to an article or a
    lowercase word, are the organisation's name."""
    ann, tokens = table.ann, table.ann.tokens
    for k in numpy.flatnonzero(flags & entity_words.LEGAL_FORM).tolist():
        form = entity_words.legal_form_at(ann.texts, k)
        if k == 0 or form is None or table.inside_quote(tokens[k].start):
            continue  # ("V." alone is no form: "Heinrich V.")
        sentence_start = ann.sentences[tokens[k].sent][0]
        form_start = k - len(form.split()) + 1
        i = form_start
        counted = 0  # name words so far ("Diakonie- und" of a joint compound counting as one)
        while i > sentence_start and counted < _MAX_LEGAL_NAME_WORDS and not ann.paragraph_break_before(i):
            word = tokens[i - 1].text
            # (also "und" between capitalised words: "die Elbe Messe und Kongress GmbH")
            joint = word in vocab.word_class("name_joint") and i - 2 > sentence_start and tokens[i - 2].text[:1].isupper() and tokens[i].text[:1].isupper()
            if word.lower() in vocab.determiners() or not (word[:1].isupper() or word == "&" or joint):
                break
            i -= 1
            counted += not (joint or word.endswith("-"))
        while i < form_start and (tokens[i].text == "&" or tokens[i].text in vocab.word_class("name_joint")):
            i += 1  # the word limit cut a name at its joint: "[Diakonie- und] Sozialstation X gGmbH"
        if i >= form_start:
            continue
        start, end = tokens[i].start, tokens[k].end
        if entity_words.legal_form_with_stop(tokens[k].text):
            end -= 1  # "die X GmbH." at a sentence end: the name without the full stop
        j = bisect.bisect_left(table.starts, start)
        inside = next((o.entity for o in table.occurrences[j:] if o.start < end and o.entity.kind is SpeakerKind.ORGANISATION), None)
        # "Der Maschinenbauer Hellwig … die Hellwig Maschinenbau AG": the company named before
        inside = inside or table.organisation_names.get(tokens[i].text)
        if inside is not None:  # "Die Reederei Kornmann & Söhne": "Kornmann" was found after its kind noun
            inside.add(start, end, table.ann.text[start:end])
            table.remember(start, end, inside)
        else:
            inside = table.named_organisation(i, k, tokens[i].text, end=end)
        kind = entity_words.legal_form_kind(form)
        noun = vocab.organisation_noun(form) or (vocab.organisation_noun(kind) if kind else None)
        if noun is not None:
            inside.grammatical_gender = grammatical_gender(noun)  # "die X GmbH … sie"
        # its kind: "die X AG … das Unternehmen", "die X gGmbH … die gemeinnützige Gesellschaft"
        inside.add_roles([form.lower()] + ([kind.lower()] if kind else []))


def _collect_acronyms(table: EntityTable, flags: numpy.ndarray) -> None:
    """``die Gewerkschaft Bahn und Bus (GBB)``: an acronym in parentheses right
    after an organisation's name is another name of it (``die GBB teilte mit``); an acronym
    followed by a name word names a club or party branch (``SG Waldau``, ``TSV Kornfeld``)."""
    tokens, texts = table.ann.tokens, table.ann.texts
    def name_word(i: int) -> bool:
        word = texts[i]
        return (
            vocab.name_word(word) == "name"
            and vocab.first_name_gender(word) is False
            and not entity_words.common_noun(word)
            and not table.ann.paragraph_break_before(i)
        )

    for k in numpy.flatnonzero(flags[:-1] & entity_words.ACRONYM).tolist():
        if (
            name_word(k + 1)
            and not table.inside_quote(tokens[k].start)
            and not table.covered(tokens[k].start)
            and not table.covered(tokens[k + 1].start)  # "SV Eintracht X": named after its kind noun
        ):
            j = k + 1
            if j + 1 < len(texts) and name_word(j + 1) and vocab.organisation_noun(texts[j + 1]) is None and vocab.role_noun(texts[j + 1]) is None:
                j += 1  # "FC Eintracht Moorbach": a club's name and its place
            table.named_organisation(k, j, texts[k])
    for k in compress(range(len(texts)), map("(".__eq__, texts)):  # C-level scan
        if k == 0 or k + 2 >= len(texts) or texts[k + 2] != ")" or not vocab.is_acronym(texts[k + 1]):
            continue
        before = tokens[k - 1].end
        i = bisect.bisect_left(table.starts, before)  # occurrences that end at "(" start before it
        owner = next(
            (o.entity for o in table.occurrences[max(0, i - 3) : i] if o.end == before and o.entity.kind is SpeakerKind.ORGANISATION),
            None,
        )
        if owner is None and (i := _spelled_out_before(table, k, texts[k + 1])) is not None:
            owner = table.named_organisation(i, k - 1, texts[i], nominative=True)
        if owner is not None:
            table.entities.setdefault("org:" + tokens[k + 1].text.lower(), owner)
            owner.add(tokens[k + 1].start, tokens[k + 1].end)
            table.remember(tokens[k + 1].start, tokens[k + 1].end, owner)


def _spelled_out_before(table: EntityTable, k: int, acronym: str) -> int | None:
    """``eine Studie des Instituts für Gewässerökologie Seeburg (IGS)``: the first token of the
    name an acronym in parentheses at ``k`` spells — capitalised words (and the small words an
    acronym skips) whose initials appear in the acronym in order, the first one first; no
    person's name, and with an organisation noun among them unless they spell every letter."""
    texts = table.ann.texts
    links = entity_words.of_class("acronym_link")
    letters = acronym.lower()
    best = None
    i = k - 1
    while i >= 0 and k - i <= _MAX_SPELLED_OUT_WORDS and (texts[i][:1].isupper() or texts[i] in links) and not table.ann.paragraph_break_before(i + 1):
        if vocab.first_name_gender(texts[i]) is not False:
            break  # "Carsten Dahl (CDU)": a person and their party
        words = [word for word in texts[i:k] if word[:1].isupper()]
        if texts[i][:1].isupper() and len(words) <= len(letters) and words[0][0].lower() == letters[0] and _initials_in_order(words, letters):
            best = i
        i -= 1
    if best is None or best == k - 1:
        return None
    words = [word for word in texts[best:k] if word[:1].isupper()]
    # an organisation's noun among the words, or every letter spelled ("United States Geological Survey")
    kind_noun = any(entity_words.organisation_kinds(word) or vocab.organisation_noun(word) for word in words)
    return best if kind_noun or len(words) == len(letters) else None


def _initials_in_order(words: list[str], letters: str) -> bool:
    position = 0
    for word in words:
        position = letters.find(word[0].lower(), position)
        if position < 0:
            return False
        position += 1
    return True


def _collect_surnames(table: EntityTable) -> None:
    """Surnames alone (``Kessler``, genitive ``Kesslers``), once the full names are known."""
    surnames = {surname for surname, people in table.namesakes.items() if any(person.full_name for person in people)}
    if not surnames:
        return
    ann = table.ann
    # the surnames and their genitives (see `entity_words.strip_genitive`) that occur in the text
    genitives = {name + "s" for name in surnames if len(name) >= 4 and name[-1] not in "sxz"}
    words = {w for w in (surnames | genitives).intersection(ann.texts) if w[0].isupper()}
    for i in compress(range(len(ann.texts)), map(words.__contains__, ann.texts)):  # C-level scan
        tok = ann.tokens[i]
        if table.inside_quote(tok.start) or table.covered(tok.start):
            continue
        entity = table.person(tok.text, None, tok.start)
        age = entity_words.age_before(ann, i)  # "Die 38-jährige Merz"
        entity.add(tok.start, tok.end, role=[age] if age else ())
        table.add_predicate_role(entity, i + 1)  # "Olm ist selbst Winzer"
        table.remember(tok.start, tok.end, entity)


def name_adjective(ann: Annotated, noun: int) -> str | None:
    """``die Kassenärztliche Vereinigung X``: a capitalised adjective between an article and the
    kind noun at ``noun`` belongs to the organisation's name."""
    if noun < 2 or ann.paragraph_break_before(noun - 1):
        return None
    word, article = ann.texts[noun - 1], ann.texts[noun - 2]
    if not (word[:1].isupper() and word.endswith(vocab.endings("weak_adjective_ending")) and article.lower() in vocab.determiners()):
        return None
    # (a noun made of an adjective is that adjective before a kind noun: "die Freiwillige
    # Feuerwehr X", not the volunteers; its masculine form ends in -er, "Freiwilliger")
    adjectival = word.endswith("e") and vocab.role_noun(word[:-1] + "er") is not None
    if (vocab.role_noun(word) is not None and not adjectival) or vocab.organisation_noun(word) is not None or entity_words.common_noun(word):
        return None
    return word
