"""Speaker mentions: the words that name who speaks, found from a cue or a clause.

`mention_for_cue` finds the subject of a speech cue (``sagte er``, ``Die Sprecherin des
Ministeriums erklärte``, ``so der Minister``), `clause_subject` the subject of a clause, and
`mention_from_phrase` turns a noun phrase into a typed `Mention` (name, role, pronoun or
organisation, with gender and number where the words show them). Which quote a mention belongs
to is decided in `quotekit.speakers`; which person it denotes in `quotekit.entities`.
"""

from __future__ import annotations

import enum

import attrs

from . import vocabulary as vocab
from .clauses import konjunktiv_forms, relative_pronouns
from .cues import Cue, CueKind, is_cue_noun
from .document import Annotated
from .phrases import (
    ADJECTIVE_ENDINGS,
    Phrase,
    adjective_word,
    coordinated_compound_start,
    is_number_compound,
    noun_phrase,
    organisation_name_goes_on,
    phrase_ending_at,
    quoted_complement_start,
    skip_focus_particles,
    surname_after_first_name,
    title_start_before,
)
from .scanner import headline_label


class MentionKind(str, enum.Enum):
    NAME = "name"  # Jana Kessler, Kessler
    ROLE = "role"  # der Minister, die Sprecherin des Ministeriums, der SPD-Politiker
    PRONOUN = "pronoun"  # er, sie
    ORGANISATION = "organisation"  # das Ministerium, die NATO


@attrs.frozen
class Mention:
    """A speaker mention: words in the text that refer to who is speaking."""

    start: int  # character span of the whole noun phrase
    end: int
    head: str  # the word that names it: surname, role noun, pronoun, organisation name
    kind: MentionKind
    gender: str | None = None  # "m" / "f" / None
    plural: bool = False
    name: str | None = None  # the proper name inside the phrase: "Peter Vogel"
    role: str | None = None  # the role noun key: "minister", "sprecherin"
    role_word: str | None = None  # the role word as written: "Außenminister"


DASHES = frozenset({"–", "—", "-", "--"})


def mention_from_phrase(ann: Annotated, phrase: Phrase) -> Mention | None:
    """Classify a noun phrase as a name, role, pronoun or organisation mention.

    Memoised per document (``ann.memo``): subject searches classify the same phrases again."""
    key = ("mention_from_phrase", phrase)
    if key not in ann.memo:
        ann.memo[key] = _mention_from_phrase(ann, phrase)
    return ann.memo[key]  # type: ignore[return-value]


def _prepositional_phrase(ann: Annotated, phrase: Phrase) -> bool:
    """``Hinter vorgehaltener Hand hieß es``, ``Hinter den Kulissen``: a phrase that opens with a
    capitalised preposition and goes on in lowercase is an adverbial, nobody's name (but ``Samt
    sagte`` alone may be a surname, and ``Von der Leyen`` starts with a name particle)."""
    words = ann.texts[phrase.start : phrase.end]
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[0].lower() in vocab.word_class("preposition")
        and words[0].lower() not in vocab.name_particles()
        and words[1][:1].islower()
    )


def _mention_from_phrase(ann: Annotated, phrase: Phrase) -> Mention | None:
    tokens = ann.tokens
    start_char, end_char = tokens[phrase.start].start, tokens[phrase.end - 1].end
    first = tokens[phrase.start]
    if phrase.end - phrase.start == 1 and vocab.pronoun(first.text):
        readings = vocab.pronoun(first.text)
        person = readings[0][2]
        if person != "3":
            return Mention(start_char, end_char, first.text, MentionKind.PRONOUN, None, readings[0][1])
        singular = [r for r in readings if not r[1]]
        gender = singular[0][0] if singular else None
        if gender == "n" and not any(r[1] for r in readings):
            return None  # "es" is no speaker: persons are "er"/"sie"; "es" is an expletive
        mention = Mention(start_char, end_char, first.text, MentionKind.PRONOUN, gender, not singular)
        return _pronoun_number_by_verb(ann, mention, phrase.start)
    if _prepositional_phrase(ann, phrase):
        return None
    number = _after_count_words(ann, phrase.start, phrase.end)
    if number + 1 < phrase.end and _share_at(ann, number):
        head = tokens[number + 1].text
        return Mention(start_char, end_char, head, MentionKind.ROLE, None, True, None, None, head)  # "37 Prozent der Befragten"
    if tokens[phrase.end - 1].text.lower() in vocab.word_class("pair_pronoun") and phrase.head == phrase.end - 1:
        head = tokens[phrase.head].text
        return Mention(start_char, end_char, head, MentionKind.ROLE, None, True, None, None, head)  # "die beiden"
    if phrase.end - phrase.start == 1 and phrase.start > 0 and tokens[phrase.start - 1].text == ",":
        gender = _relative_pronoun_gender(first.text)
        if gender is not None:  # "…, die unter anderem riefen": "die" may be a woman or a group
            return Mention(start_char, end_char, first.text, MentionKind.PRONOUN, None if gender == "f" else gender, False)
    core_end = phrase.head + 1
    if any(tokens[k].text[:1].isupper() and tokens[k].text.lower().endswith(tuple(vocab.word_class("animal_ending"))) for k in range(phrase.start, core_end)):
        return None  # "Diensthündin Kira": an animal speaks no quotation
    if core_end - phrase.start == 1 and first.text.lower() in vocab.word_class("partitive_pronoun"):
        return _partitive_mention(ann, phrase, start_char, end_char)
    apposition = _apposition_start(ann, phrase)
    surname_after_role = None
    role = None
    role_word = None
    organisation = False
    organisation_at = None  # the first organisation noun of the core
    gender = None
    plural = False
    for k in range(phrase.start, core_end):
        tok = tokens[k]
        info = _role_noun(tok.text)
        if info is not None and role_word is not None and k == core_end - 1 and tokens[k - 1].text == role_word and info.key != tok.text.lower():
            # "Landwirt Hofbauer": a word that only ends like a role noun, right after the role
            # noun, is the surname (but "Der Vorsitzende Richter" is a judge)
            surname_after_role = k
            break
        if info is not None and organisation_at is not None and role is None and k > organisation_at + 1 and tokens[organisation_at].text[:1].isupper():
            # "der Verband Süddeutscher Spargel- und Erdbeeranbauer", "der Bund Freier Architekten":
            # the role noun names the members of the organisation the phrase opens with
            opening = max(phrase.start, coordinated_compound_start(ann, organisation_at))
            named = ann.text[tokens[opening].start : tokens[core_end - 1].end]
            return Mention(start_char, end_char, named, MentionKind.ORGANISATION, None, False, named)
        if info is not None and not _is_name_token(ann, k) and tokens[k - 1].text != "&":  # (not "Brandt & Sohn")
            role, role_word, gender, plural = info.key, tok.text, info.gender, info.plural
        elif vocab.organisation_noun(tok.text) is not None or vocab.is_acronym(tok.text) or tok.ent == "ORG":
            organisation = True
            organisation_at = k if organisation_at is None and vocab.organisation_noun(tok.text) is not None else organisation_at
    # the name follows the last lowercase word of the core: "die in Hamburg geborene Sängerin"
    # (an ordinal is an adjective even when a title capitalises it: "die Zweite Bürgermeisterin")
    name_start = next(
        (k + 1 for k in range(core_end - 1, phrase.start - 1, -1) if tokens[k].text.islower() or tokens[k].text.lower() in vocab.word_class("ordinal_adjective")),
        phrase.start,
    )
    name_run = _last_name_run(ann, name_start, core_end)
    joint = next((k for k in range(name_run[0] - 1, phrase.start, -1) if tokens[k].text in vocab.word_class("name_joint")), None) if name_run else None
    if name_run is not None and joint is not None and _inside_organisation_name(ann, phrase.start, joint, core_end):
        # "der Tierschutzverein Rehberg und Umgebung", "die Agentur Brandt & Sohn Events": "und"
        # or "&" inside an organisation's name
        name_run = (_last_name_run(ann, phrase.start, joint) or name_run)[0], name_run[1]
    if name_run is None and surname_after_role is not None:
        name_run = (surname_after_role, surname_after_role)
    if name_run is not None and name_run[0] > phrase.start and _toponym_prefix(tokens[name_run[0] - 1].text):
        name_run = (name_run[0] - 1, name_run[1])  # "Das Klinikum Sankt Anselm", "die Kurverwaltung Bad X"
    if name_run is not None and role is None and not organisation and any(tokens[k].text in vocab.word_class("place_noun") for k in range(max(phrase.start, name_run[0] - 1), name_run[0] + 1)):
        return None  # "Ihr Stadtteil Nordhafen sei betroffen": a place, no speaker
    if name_run is not None and _place_adjective(ann, name_run, role_word):
        name_run = None  # "Der Tannheimer Coach", "die Berliner Senatorin": a role, no name
    group_role = plural and role_word is not None and vocab.plural_by_determiner(first.text, "m")  # "die Beamten", not "den Beamten X"
    if name_run is not None and group_role and name_run[0] > phrase.start and tokens[name_run[0] - 1].text == role_word and vocab.first_name_gender(tokens[name_run[0]].text) is False:
        name_run = None  # "die Beamten Schmuck, Uhren und Bargeld": after a plural role, no one's name
        apposition = None
    if (
        name_run is not None
        and apposition is not None
        and name_run[0] == name_run[1]
        and tokens[name_run[0] - 1].text.lower() in vocab.word_class("possessive_determiner")
    ):
        name_run = None  # "Ihr Betreuer, Professor X": a possessive takes a noun, not a name
    if name_run is not None and apposition is not None and name_run[0] == name_run[1] and role is not None:
        # "Der Innenminister Frankreichs, Nicolas Keller": a genitive after the role; the person
        # is the full name in the apposition
        full = _last_name_run(ann, apposition, phrase.end)
        if full is not None and full[1] > full[0] and vocab.first_name_gender(tokens[full[0]].text) is not False:
            name_run = full
    if name_run is None:
        # "Die Sprecherin des Ministeriums Maria Brandt": a full name at the end of a genitive tail
        tail_run = _last_name_run(ann, core_end, phrase.end)
        if tail_run is not None and tail_run[1] > tail_run[0] and vocab.first_name_gender(tokens[tail_run[0]].text) is not False:
            name_run = tail_run
    if name_run is None and apposition is not None:
        # (before the apposition's own tail: "die Informatikerin Elke Brandes [von der Universität X]")
        tail = next((k for k in range(apposition + 1, phrase.end) if tokens[k].text.lower() in _APPOSITION_TAIL_OPENERS), phrase.end)
        name_run = _last_name_run(ann, apposition, tail) or _last_name_run(ann, apposition, phrase.end)
        if name_run is not None and tokens[name_run[0] - 1].text.lower() in vocab.word_class("role_preposition"):
            name_run = None  # "Der Angeklagte, ein Mechaniker aus Sennfeld": a place, not his name
        if (
            name_run is not None
            and tokens[apposition].text.lower() in vocab.word_class("indefinite_article")
            and vocab.first_name_gender(tokens[name_run[0]].text) is False
        ):
            # "Der Angeklagte, ein 38 Jahre alter Mann", "…, ein Maler aus dem Ortsteil X": a
            # description, no name
            name_run = None
        if role is None:
            for k in range(apposition, phrase.end):
                info = vocab.role_noun(tokens[k].text)
                if info is not None:
                    role, role_word, gender, plural = info.key, tokens[k].text, info.gender, info.plural
    if (
        name_run is not None
        and role is None
        and name_run[1] == core_end - 2
        and vocab.organisation_noun(tokens[core_end - 1].text) is not None
        and tokens[name_run[0]].text.endswith(vocab.endings("weak_adjective_ending"))
        and vocab.first_name_gender(tokens[name_run[0]].text) is False
    ):
        # "Der Deutsche Wetterdienst", "die Grüne Jugend": a capitalised adjective before the
        # organisation noun is part of its name, no person's
        named = ann.text[tokens[name_run[0]].start : tokens[core_end - 1].end]
        return Mention(start_char, end_char, tokens[core_end - 1].text, MentionKind.ORGANISATION, None, False, named)
    if name_run is not None and not organisation and name_run[0] > phrase.start and tokens[name_run[0] - 1].text.lower() in vocab.word_class("role_preposition"):
        name_run = None  # "die Rentnerin in ihrem Haus in Fahrenbruch": a place, no one's name
    if name_run is not None and name_run[1] > name_run[0] and husband_before_first_name(ann, name_run[0]):
        # "Ihr Mann Klaus": her husband by his first name, no one surnamed "Mann"
        role, role_word, gender = tokens[name_run[0]].text.lower(), tokens[name_run[0]].text, "m"
        name_run = (name_run[0] + 1, name_run[1])
    if name_run is not None:
        first_i, last_i = name_run
        name = ann.text[tokens[first_i].start : tokens[last_i].end]
        first_gender = vocab.first_name_gender(tokens[first_i].text)
        if isinstance(first_gender, str) and last_i > first_i:
            gender = first_gender
        kind_before = vocab.organisation_noun(tokens[first_i - 1].text) if first_i > phrase.start else None
        organisation_before = kind_before is not None
        # (a full name with a first name too: "die Reederei Argyris Maritime", "die Metzgerei Hans
        # Keller" is a business)
        business_of_owner = organisation_before and last_i > first_i and kind_before.key in vocab.word_class("owner_named_business")
        if organisation and role is None and (vocab.first_name_gender(tokens[first_i].text) is False or business_of_owner):
            if apposition is not None and first_i >= apposition:
                # "Der IT-Dienstleister der Gemeinde, die Kommunale Datenverarbeitung X": an
                # organisation noun heads the phrase, the apposition gives its name
                opening = apposition + (tokens[apposition].text.lower() in vocab.determiners())
                # to the apposition's last capitalised word ("die Kommunale Datenzentrale Mittelland")
                last_i = max((k for k in range(last_i, phrase.end) if tokens[k].text[:1].isupper()), default=last_i)
                named = ann.text[tokens[opening].start : tokens[last_i].end]
                return Mention(start_char, end_char, named, MentionKind.ORGANISATION, None, False, named)
            if organisation_before or all(
                vocab.is_acronym(tokens[k].text) or vocab.organisation_noun(tokens[k].text) for k in range(first_i, last_i + 1)
            ):
                # "die Staatsanwaltschaft München I", "der Verband DSW": an organisation's name
                kind_at = first_i - 1 if organisation_before else first_i
                if organisation_before and organisation_at is not None and all(tokens[k].text[:1].isupper() for k in range(organisation_at, first_i)):
                    kind_at = organisation_at  # "die Werbegemeinschaft Innenstadt X": from the first kind noun
                opening = max(phrase.start, coordinated_compound_start(ann, kind_at))
                # to the phrase's head: "die Werbegemeinschaft Ostervelder Innenstadt" (a common
                # noun after the name is still part of it)
                last_i = max((k for k in range(last_i, core_end) if tokens[k].text[:1].isupper()), default=last_i)
                full = ann.text[tokens[opening].start : tokens[last_i].end]  # also "Industrie- und Handelskammer X"
                return Mention(start_char, end_char, full, MentionKind.ORGANISATION, None, False, full)
        if role is None and first_i > phrase.start and (age := _age_before_name(ann, phrase.start, first_i)) is not None:
            # "Die 45-jährige Eickhoff hielt dagegen": an age before a surname names a person of the article's gender
            role, role_word, gender = "jährige", age, gender or _article_gender(first.text)
        return Mention(start_char, end_char, tokens[last_i].text, MentionKind.NAME, gender, False, name, role, role_word)
    suffix = vocab.role_noun(first.text) or vocab.organisation_noun(first.text)
    if core_end - phrase.start == 1 and apposition is None and not vocab.is_role_word(first.text) and (
        vocab.organisation_noun(first.text) is None or not vocab.is_organisation_word(first.text)
    ) and not vocab.is_acronym(first.text) and (suffix is None or len(suffix.key) < 5) and vocab.dative_plural_role(first.text) is None:
        # a bare capitalised word as subject whose role/organisation reading is only a compound
        # suffix ("Wieland", "Hofrat" would need an article): a surname
        return Mention(start_char, end_char, first.text, MentionKind.NAME, None, False, first.text)
    if role is not None:
        if plural and role_word and vocab.singular_determiner(first.text) and (weak := vocab.weak_singular(role_word)) is not None:
            # "laut dem Präsidenten", "des Abgeordneten": a weak noun's -en after a singular
            # determiner is its dative or genitive, not its plural (the role word in the nominative)
            (singular, role_word), plural = weak, False
            role, gender = singular.key, singular.gender
        if (gender in ("m", "n") and first.text.lower() in ("die", "den")) or vocab.plural_by_determiner(first.text, gender):
            plural = True  # "die Veranstalter", "seine Spieler": a masculine or neuter role noun after "die" is plural
        if gender is None and not plural and core_end - phrase.start > 1 and (role_word or "").endswith("e"):
            # "der/die Vorsitzende", "die 30-Jährige": an adjectival noun takes its gender from the article
            gender = _article_gender(first.text)
        if first.text.lower() in vocab.word_class("plural_quantifier"):
            plural = True  # "viele Abgeordnete", "einige Teilnehmer"
        elif (
            gender == "m"
            and first.text.lower() not in vocab.determiners()
            and role_word
            and role_word.endswith(vocab.endings("same_plural_ending"))
            and (first.text == role_word or first.text.endswith("e"))
            and not _singular_verb_at(ann, phrase.end)  # "Stadtkämmerer warnt vor Schulden": a headline drops the article
            and not label_at(ann, phrase.start, phrase.end)  # "Oppositionsführer: „…“": so does a label
        ):
            # "Beobachter rechnen damit", "Politische Berater": a singular role noun needs an
            # article, so without one a noun whose plural looks the same is plural (but a strong
            # adjective in -er is singular: "Technischer Direktor ist …")
            plural, gender = True, None
        return Mention(start_char, end_char, role_word or role, MentionKind.ROLE, gender, plural, None, role, role_word)
    if organisation:
        head = tokens[phrase.head].text
        return Mention(start_char, end_char, head, MentionKind.ORGANISATION, None, False, None)
    return None


def _inside_organisation_name(ann: Annotated, start: int, k: int, end: int) -> bool:
    """``und`` at token ``k`` joins two words of one organisation name whose kind noun opens the
    phrase (after its article and adjectives) `start`…`end`."""
    kind = next((j for j in range(start, k) if vocab.organisation_noun(ann.tokens[j].text) is not None), None)
    return kind is not None and k > kind + 1 and organisation_name_goes_on(ann, kind, k, end)


def _age_before_name(ann: Annotated, start: int, name_start: int) -> str | None:
    """The age adjective right before the name at ``name_start`` (``die [45-jährige] Eickhoff``)
    in its noun form (``45-jährige``), or None."""
    word = ann.tokens[name_start - 1].text.lower()
    number, _, rest = word.partition("-")
    return word if name_start - 1 >= start and number.isdigit() and rest.startswith(tuple(vocab.word_class("age_stem"))) else None


def _toponym_prefix(word: str) -> bool:
    """``Sankt``, ``Bad``: a word that opens a place's or saint's name."""
    from . import entity_words  # (entity_words builds on this module)

    return word in entity_words.of_class("toponym_prefix")


def _place_adjective(ann: Annotated, name_run: tuple[int, int], role_word: str | None) -> bool:
    """A single capitalised word in ``-er`` right before the role noun of the phrase is an
    adjective of a place (``Tannheimer``, ``Kölner``), not a surname: German puts a name after
    its role (``Trainer Bauer``), never before it."""
    first_i, last_i = name_run
    tokens = ann.tokens
    return (
        role_word is not None
        and first_i == last_i
        and last_i + 1 < len(tokens)
        and tokens[last_i + 1].text == role_word
        and vocab.town_adjective(tokens[last_i].text)
    )


def _article_gender(article: str) -> str | None:
    """``der``/``ein`` → ``"m"``, ``die``/``eine`` → ``"f"``: the gender an article gives an
    adjectival noun before a singular form in ``-e`` (``der Vorsitzende``, ``die 30-Jährige``)."""
    lower = article.lower()
    if lower in vocab.word_class("masculine_article"):
        return "m"
    if lower in vocab.word_class("feminine_article"):
        return "f"
    return None


def _role_noun(word: str) -> vocab.NounInfo | None:
    """The role noun a word ends in, also after a number: ``45-Jährige`` → ``jährige``."""
    if is_number_compound(word):
        return vocab.role_noun(word.partition("-")[2])
    return vocab.role_noun(word) or vocab.dative_plural_role(word)


def _partitive_mention(ann: Annotated, phrase: Phrase, start_char: int, end_char: int) -> Mention | None:
    """``Einer der Helfer``, ``eine der Sprecherinnen``: one person of a group named by a
    role noun in the genitive; the pronoun's ending gives the gender."""
    tokens = ann.tokens
    pronoun = tokens[phrase.start].text.lower()
    for k in range(phrase.end - 1, phrase.start, -1):
        info = vocab.role_noun(tokens[k].text)
        if info is not None:
            plural = pronoun not in vocab.word_class("indefinite_article") and pronoun not in vocab.word_class("generic_determiner")
            gender = None if plural else ("f" if pronoun.endswith("e") else "m")
            return Mention(start_char, end_char, tokens[k].text, MentionKind.ROLE, gender, plural, None, info.key, tokens[k].text)
    last = phrase.end - 1
    if last > phrase.start + 1 and tokens[last].text[:1].isupper() and vocab.name_word(tokens[last].text) != "first":
        # a group noun no lexicon lists (einer der Helfer): still one unnamed person of it
        word = tokens[last].text
        return Mention(start_char, end_char, word, MentionKind.ROLE, None, False, None, word.lower(), word)
    return None


def _singular_verb_at(ann: Annotated, k: int) -> bool:
    """Token ``k`` looks like a finite verb in the third person singular (``schlägt``,
    ``fordert``): lowercase, no function word, ending in ``-t`` (plural forms end in ``-en``)."""
    if k >= len(ann.tokens):
        return False
    text = ann.tokens[k].text
    return text.isalpha() and text.islower() and text.endswith(vocab.endings("singular_verb_ending")) and text not in vocab.function_words()


def label_at(ann: Annotated, start: int, end: int) -> bool:
    """Tokens ``start``–``end`` open a line and a colon or a topic follows (``Kämmerer: „…“``,
    ``Kämmerer zu den Schulden: „…“``): a headline label, which names one speaker."""
    tokens, text = ann.tokens, ann.text
    if end >= len(tokens) or not ann.paragraph_break_before(start):
        return False
    line_end = text.find("\n", tokens[end].start)
    colon = text.find(":", tokens[end].start, len(text) if line_end < 0 else line_end)
    label = None if colon < 0 else headline_label(text, tokens[start].start, colon)
    return label is not None and label[1] == tokens[end - 1].end


def is_generic(ann: Annotated, mention: Mention) -> bool:
    """``Jeder Lehrer könne …``, ``keine Entscheidung``: a phrase that names everyone or no one is
    no speaker."""
    first = ann.text[mention.start : mention.end].split(maxsplit=1)
    return bool(first) and first[0].lower() in vocab.word_class("generic_determiner")


def surname_named_before(ann: Annotated, name: str | None, start: int) -> bool:
    """``Dörrfuß äußerte sich …`` after ``Angelika Dörrfuß``: a single name word the text gave
    earlier after a first name is that person's surname (memoised per document)."""
    if not name or " " in name:
        return False
    key = ("surnames after first names", None)
    if key not in ann.memo:  # first position of each word written after a first name
        texts, first = ann.texts, {}
        for k in range(1, len(texts)):
            if texts[k] not in first and vocab.first_name_gender(texts[k - 1]) not in (False, None):
                first[texts[k]] = k
        ann.memo[key] = first
    position = ann.memo[key].get(name)  # type: ignore[union-attr]
    return position is not None and position < ann.token_at(start)


def is_person_like(mention: Mention) -> bool:
    """A mention that surely denotes a speaker: a pronoun, a role noun, an organisation, or a name
    with a known first name or role. A bare capitalised noun ("die Ausstellung") is not enough."""
    if mention.kind is not MentionKind.NAME:
        return True
    words = (mention.name or "").split()
    if len(words) == 1:
        return mention.role is not None or vocab.first_name_gender(words[0]) is not False
    return mention.role is not None or any(vocab.first_name_gender(w) is not False for w in words[:-1])


def _apposition_start(ann: Annotated, phrase: Phrase) -> int | None:
    for k in range(phrase.head + 1, phrase.end - 1):
        if ann.tokens[k].text == ",":
            return k + 1
    return None


_APPOSITION_TAIL_OPENERS = vocab.word_class("affiliation_preposition") | vocab.word_class("role_preposition")


def husband_before_first_name(ann: Annotated, k: int) -> bool:
    """``Ihr Mann Klaus``: a noun for a husband (``husband_noun``) after a possessive and before
    a first name."""
    tokens = ann.tokens
    return (
        k > 0
        and k + 1 < len(tokens)
        and tokens[k].text.lower() in vocab.word_class("husband_noun")
        and tokens[k - 1].text.lower() in vocab.word_class("possessive_determiner")
        and vocab.first_name_gender(tokens[k + 1].text) == "m"
    )


def _is_name_token(ann: Annotated, k: int) -> bool:
    tok = ann.tokens[k]
    return tok.ent == "PER" or vocab.first_name_gender(tok.text) is not False


def _last_name_run(ann: Annotated, start: int, end: int) -> tuple[int, int] | None:
    """The last run of proper-name tokens in ``[start, end)``: ``Außenminister [Peter Vogel]``."""
    tokens = ann.tokens
    run_end = None
    k = end - 1
    while k >= start:
        tok = tokens[k]
        if is_proper_name(ann, k):
            if run_end is None:
                run_end = k
        elif run_end is not None and not (k > start and _particle_in_name(ann, k)):
            break
        k -= 1
    if run_end is None:
        return None
    first = k + 1
    while first < run_end and tokens[first].text.islower() and _particle_in_name(ann, first):
        first += 1  # "sagte von der Leyen": the name starts at the surname (but "Abu Bakr", "De Gaulle" stay whole)
    return first, run_end


def _particle_in_name(ann: Annotated, k: int) -> bool:
    """Token ``k`` is a name particle (``von``, ``van``, ``de``), or an article right after one
    (``von [der] Leyen``, ``van [den] Berg``, ``de [la] Cruz``)."""
    tokens = ann.tokens
    lower = tokens[k].text.lower()
    particle = lower in vocab.name_particles() or (
        k > 0 and lower in vocab.word_class("article_particle") and tokens[k - 1].text.lower() in vocab.name_particles()
    )
    before = tokens[k - 1].text if k > 0 else ""
    if particle and lower in vocab.word_class("first_name_particle") and before.isalpha() and before[:1].isupper() and vocab.first_name_gender(before) is False and before not in vocab.titles():
        return False  # after a surname, a preposition: "Dieter Habermann vom Stadtverkehr"
    # (not before a kind of organisation: "Emre Yilmaz vom Zweitligisten")
    return particle and not (k + 1 < len(tokens) and vocab.kind_of_organisation(tokens[k + 1].text))


def is_proper_name(ann: Annotated, k: int) -> bool:
    tok = ann.tokens[k]
    if ann.has_ner and tok.ent is not None:
        return tok.ent == "PER"
    if ann.has_pos and tok.pos is not None and tok.pos != "PROPN":
        return False
    kind = vocab.name_word(tok.text)
    if kind == "no" and surname_after_first_name(ann, k):  # Katrin Weil, Tom Richter
        return True
    if tok.text.lower() in vocab.auxiliaries() and k == ann.sentences[tok.sent][0]:
        return False  # "Sollte Lindmark …": a verb opening the sentence (but "…, Will Grant")
    if kind == "role" and k > 0 and ann.tokens[k - 1].text in vocab.word_class("honorific") and not ann.paragraph_break_before(k):
        # "Frau Schlosser", "Herr Fleischer", "Professor Steinmetz": after an honorific an
        # occupation is a surname (but "Frau Ministerin" addresses an office holder, and in "Frau
        # Lehrerin Beate X" a name follows the occupation)
        following = ann.tokens[k + 1].text if k + 1 < len(ann.tokens) else "."
        return not _public_office_word(tok.text) and not following[:1].isupper()
    if kind == "role":
        # "Tobias Reimann": after a first name, "-mann" is a surname, not a role; so after a
        # first name no list knows, between a role and the word ("Grabungsleiterin Xenia Wächter")
        if k == 0 or ann.paragraph_break_before(k) or not (
            vocab.name_word(ann.tokens[k - 1].text) == "first" or _unlisted_first_name_after_role(ann, k - 1)
        ):
            return False
        if not vocab.is_role_word(tok.text):
            return True
        # "Jens Bauer, sagte", "Anna Fischer hat": a listed role word right after a first name is
        # the surname when no capitalised word follows (no one is called by a first name and an
        # occupation; "Anna Fischer Meyer" is left alone)
        following = ann.tokens[k + 1].text if k + 1 < len(ann.tokens) else "."
        return not following[:1].isupper()
    return kind != "no"


def _public_office_word(word: str) -> bool:
    """A public office (``Ministerin``, ``Bürgermeister``), by `entity_words.public_office` (which
    builds on this module, so it is imported here when asked)."""
    from . import entity_words

    info = vocab.role_noun(word)
    return info is not None and entity_words.public_office(info.key)


def _unlisted_first_name_after_role(ann: Annotated, k: int) -> bool:
    """Token ``k`` is a capitalised word no list knows right after a singular role noun
    (``Trainerin [Xenia] Wächter``): the first name of the person the role introduces."""
    if k == 0 or vocab.name_word(ann.tokens[k].text) != "name":
        return False
    role = vocab.role_noun(ann.tokens[k - 1].text)
    return role is not None and not role.plural


def mention_for_cue(ann: Annotated, cue: Cue) -> Mention | None:
    """The speaker mention governed by ``cue`` (its subject, or the X of `laut X`), if any.

    Memoised per document (``ann.memo``): the direct-speech, indirect-speech and linking stages
    ask for the subjects of many of the same cues."""
    key = ("mention_for_cue", cue)
    if key not in ann.memo:
        ann.memo[key] = _mention_for_cue(ann, cue)
    return ann.memo[key]  # type: ignore[return-value]


def _mention_for_cue(ann: Annotated, cue: Cue) -> Mention | None:
    phrase = phrase_for_cue(ann, cue)
    particle = cue.tokens[-1]
    if phrase is not None and cue.kind is CueKind.VERB and phrase.start < particle < phrase.end:
        # "nahm der Verein Stellung", "zog die Kammer Bilanz": a noun written apart as the verb's
        # particle closes the subject, it is no part of it
        phrase = noun_phrase(ann, phrase.start, particle)
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None and cue.kind is CueKind.VERB:
        return _es_subject(ann, cue)
    return mention


def _pronoun_number_by_verb(ann: Annotated, mention: Mention, k: int) -> Mention:
    """``„…“, schreiben sie`` / ``Sie kündigten an``: ``sie`` is a group when the finite verb
    right next to it has a plural ending (no third-person singular form ends in ``-en``), and
    one woman when the verb is singular (``sagte sie``)."""
    readings = vocab.pronoun(mention.head)
    if not any(plural for _, plural, _ in readings) or not any(not plural for _, plural, _ in readings):
        return mention  # er, wir: the pronoun itself gives the number
    tokens = ann.tokens
    for j in (k - 1, k + 1):
        if not 0 <= j < len(tokens) or not _finite_verb_like(ann, j):
            continue
        plural = plural_verb_at(ann, j)
        return attrs.evolve(mention, plural=plural, gender=None if plural else mention.gender)
    return mention


def plural_verb_at(ann: Annotated, j: int) -> bool:
    """Token ``j`` is a finite verb with a plural ending (``haben``, ``teilten``)."""
    if not 0 <= j < len(ann.tokens):
        return False
    text = ann.tokens[j].text
    verb = _finite_verb_like(ann, j) or (text.islower() and text in vocab.auxiliaries())
    return verb and text.endswith(tuple(vocab.word_class("plural_verb_ending")))


def _finite_verb_like(ann: Annotated, j: int) -> bool:
    """Token ``j`` may be the finite verb next to a subject pronoun: a lowercase word that is no
    function word or article (with POS tags: a verb)."""
    tok = ann.tokens[j]
    if ann.has_pos and tok.pos is not None:
        return tok.pos in ("VERB", "AUX")
    text = tok.text
    return (
        text.isalpha()
        and text.islower()
        and text not in vocab.function_words()
        and text not in vocab.determiners()
        and text not in vocab.word_class("subordinator")
    )


def _es_subject(ann: Annotated, cue: Cue) -> Mention | None:
    """``Es teilte mit, …``: ``es`` opening the clause right before a verb of saying refers to
    an organisation or a thing that speaks (``das Ministerium … Es teilte mit``) — unless the
    verb is one that takes an expletive ``es`` (``Es heißt``) or a passive (``Es wurde mitgeteilt``)."""
    tokens = ann.tokens
    verb = cue.head
    if not cue.finite or verb == 0:
        return None
    sent_end = ann.sentences[cue.sentence][1]
    if tokens[verb - 1].text == "," and verb + 1 < sent_end and tokens[verb + 1].text.lower() == "es" and all(
        i in cue.tokens or vocab.is_punct(tokens[i].text) or tokens[i].text.islower() or tokens[i].text.lower() in vocab.time_nouns()
        for i in range(verb + 2, sent_end)
    ):
        # "…, teilte es mit.": after the quote, the inverted subject of a closing frame (not
        # "…, hieß es": a verb that takes an expletive)
        return _es_mention(ann, verb + 1, verb)
    if tokens[verb - 1].text.lower() != "es":
        return None
    k = verb - 1
    sent_start = ann.sentences[cue.sentence][0]
    if k > sent_start and not _is_clause_boundary(tokens[k - 1].text) and tokens[k - 1].text.lower() not in vocab.word_class("coordinator"):
        return None  # "Dann teilte es mit" is inverted; "es" after the verb is handled as expletive
    return _es_mention(ann, k, verb)


def _es_mention(ann: Annotated, k: int, verb: int) -> Mention | None:
    """The pronoun mention of ``es`` at token ``k`` as subject of the finite verb at ``verb``."""
    word = ann.tokens[verb].text.lower()
    if word in vocab.word_class("expletive_verb") or word in vocab.auxiliaries() or word in konjunktiv_forms():
        return None  # "Es heißt", "Es droht ein Streik", a report: "Es drohe …"
    tok = ann.tokens[k]
    return Mention(tok.start, tok.end, tok.text, MentionKind.PRONOUN, "n", False)


def phrase_for_cue(ann: Annotated, cue: Cue) -> Phrase | None:
    """The noun phrase that names who speaks at ``cue`` (see `mention_for_cue`)."""
    tokens = ann.tokens
    sent_start, sent_end = ann.sentences[cue.sentence]
    sent_start = _line_start(ann, sent_start, cue.head)
    affiliation = vocab.word_class("affiliation_preposition")
    if cue.kind is CueKind.PARTICLE:
        if cue.position == "post":  # [X] zufolge
            k = cue.tokens[0]
            if (
                k - 2 >= sent_start
                and tokens[k - 2].text.lower() in vocab.word_class("possessive_determiner")
                and tokens[k - 1].text.lower() in vocab.word_class("view_noun")
                and (k - 3 < sent_start or tokens[k - 3].text.lower() not in vocab.determiners())
            ):
                # "…, weil der Bescheid [ihrer Auffassung] nach auf …": a possessive view, also
                # inside a clause (not inside a noun phrase: "die ihrer Ansicht nach hohen Kosten")
                return noun_phrase(ann, k - 2, k)
            if k - 1 >= sent_start and tokens[k - 1].text.lower() in vocab.word_class("dative_pronoun"):
                return Phrase(k - 1, k, k - 1)  # "Ihr zufolge haben …": the woman just spoken of
            phrase = phrase_ending_at(ann, k, sent_start)
            if phrase is None and cue.lemma == "zufolge":  # not "der Forderung nach": a noun's object
                phrase = _phrase_right_before(ann, k, sent_start)
            return phrase if phrase is None else _with_attributes_before(ann, phrase, sent_start)
        if cue.source == "subject":  # [Er] schloss mit den Worten
            clause_start = cue.tokens[0]
            while clause_start > sent_start and tokens[clause_start - 1].text not in (":", ";"):
                clause_start -= 1
            subject = clause_subject(ann, clause_start, cue.tokens[0])
            if subject is None and cue.tokens[0] == clause_start:
                return _inverted_subject_after(ann, cue.tokens[-1] + 1, sent_end)  # Mit den Worten „…“ schloss [er]
            return None if subject is None else _phrase_of(ann, subject)
        after = cue.tokens[-1] + 1
        if cue.source == "noun":  # nach [Angaben der Polizei] / nach [den Worten des Ministers]
            # articles and adjectives the cue took in belong to the source: nach [eigenen Angaben]
            while after - 1 > cue.tokens[0] and tokens[after - 1].text.islower():
                after -= 1
            return noun_phrase(ann, after, sent_end)
        if after < sent_end and tokens[after].text.lower() in affiliation:
            after += 1  # laut Angaben von [X]
        return _subject_after(ann, after, sent_end)
    if cue.kind is CueKind.NOUN:
        after = cue.tokens[-1] + 1
        following = tokens[after].text if after < sent_end else ""
        if following in vocab.word_class("genitive_determiner"):  # die Erklärung [des Ministeriums]
            return noun_phrase(ann, after, sent_end)
        if following in affiliation:  # eine Erklärung von [X]
            return noun_phrase(ann, after + 1, sent_end)
        clause = cue.tokens[0]
        while clause > sent_start and tokens[clause - 1].text != ",":
            clause -= 1
        share = _share_phrase(ann, clause, cue.tokens[0])
        if share is not None:
            return share  # "…, 37 Prozent sind jedoch der Meinung"
        # "X ist der Ansicht, dass …": the subject of the clause, when it surely is a speaker
        subject = clause_subject(ann, sent_start, cue.tokens[0])
        if subject is None:
            return None
        if ann.tokens_in(subject.start, subject.end) == range(sent_start, sent_start + 1):
            if tokens[sent_start].text.lower() in vocab.auxiliaries():
                return None  # "Sollte der Entwurf scheitern, …": a verb opens a condition, no one speaks
            # "Ursprünglich war das Landgericht der Auffassung": a phrase with its article after the
            # finite verb in second place is the subject; the one word before the verb is none
            verb = sent_start + 1
            if verb < cue.tokens[0] and (ann.tokens[verb].text in vocab.auxiliaries() or _finite_verb_like(ann, verb)):
                inverted = noun_phrase(ann, verb + 1, cue.tokens[0])
                if inverted is not None and ann.tokens[inverted.start].text.lower() in vocab.determiners() and _may_be_nominative(ann, inverted):
                    return inverted
        if subject.kind is MentionKind.NAME and not is_person_like(subject) and not _starts_sentence_name(ann, subject, sent_start):
            return None
        return _phrase_of(ann, subject)
    if cue.kind is CueKind.COLON:
        phrase = phrase_ending_at(ann, cue.tokens[0], sent_start)
        return None if phrase is None else _label_without_topic(ann, phrase)
    place = _written_place(ann, cue, sent_start)
    if place is not None:
        return place
    return _verb_subject(ann, cue, sent_start, sent_end)


def _with_attributes_before(ann: Annotated, phrase: Phrase, sent_start: int) -> Phrase:
    """``waren offiziellen chinesischen Angaben zufolge``, ``starben behördlichen Angaben
    zufolge``: a noun without article before a postposition keeps the lowercase adjectives in
    front of it. Inside a main clause the word before them is its finite verb, which ends like an
    adjective (``waren``, ``dürfte``): the run is only as long as the word before it is no
    capitalised first constituent (``Die Tickets [kosten] Angaben zufolge …``: a verb after its
    subject, no adjective)."""
    tokens = ann.tokens
    if tokens[phrase.start].text.lower() in vocab.determiners() or not tokens[phrase.start].text[:1].isupper():
        return phrase
    start = phrase.start
    k = phrase.start
    while k - 1 > sent_start and _plain_adjective(tokens[k - 1].text):
        k -= 1
        before = tokens[k - 1].text
        if before.islower() or vocab.is_punct(before):
            start = k  # the word before the adjectives is no first constituent: they are attributes
    return phrase if start == phrase.start else Phrase(start, phrase.end, phrase.head)


def _plain_adjective(word: str) -> bool:
    """A lowercase word with an adjective's ending that no word list knows as a function word
    (`adjective_word`, but no ordinal and no auxiliary: ``waren offiziellen Angaben zufolge``)."""
    return word.islower() and adjective_word(word) and word not in vocab.auxiliaries()


def _written_place(ann: Annotated, cue: Cue, sent_start: int) -> Phrase | None:
    """Words read off a place: ``Auf dem Plakat war zu lesen:``, ``Darauf waren die Worte zu
    lesen:``, ``ein Zettel, auf dem geschrieben stand:`` — the place (or the noun a relative
    ``auf dem`` stands for) is the source; None when the cue is no such reading."""
    tokens = ann.tokens
    head = cue.head
    if head <= sent_start or not _reads_off_a_place(ann, cue):
        return None
    start = head
    while start > sent_start and not _is_clause_boundary(tokens[start - 1].text):
        start -= 1
    first = tokens[start].text.lower()
    if first in vocab.word_class("place_adverb"):
        return Phrase(start, start + 1, start)  # Darauf war zu lesen
    if first not in vocab.word_class("place_preposition") or start + 1 >= head:
        return None
    if tokens[start + 1].text in relative_pronouns() and start > sent_start and tokens[start - 1].text == ",":
        # ein Zettel, [auf dem] geschrieben stand / ein Zettel kleben, [auf dem] …: the noun before
        # the comma, or before the verb that closes the clause there
        comma = start - 1
        end = comma - 1 if comma - 1 > sent_start and tokens[comma - 1].text.islower() else comma
        for k in range(end - 1, max(sent_start, end - 6) - 1, -1):
            if tokens[k].text.lower() in vocab.determiners():
                phrase = noun_phrase(ann, k, end, appositions=False)
                return phrase if phrase is not None and phrase.end == end else None
        return None
    return noun_phrase(ann, start + 1, head, appositions=False)  # Auf [dem Plakat] war zu lesen


def _reads_off_a_place(ann: Annotated, cue: Cue) -> bool:
    """The cue tells where words stand, not who says them: ``war … zu lesen``, ``geschrieben
    stand``, or a verb of finding with ``sich`` (``Im Bericht findet sich der Satz:``, ``In der
    Zeitung fand sich dazu die Feststellung „…“``), whose subject is the words, not a speaker."""
    tokens = ann.tokens
    head = cue.head
    before, after = tokens[head - 1].text.lower(), tokens[head + 1].text.lower() if head + 1 < len(tokens) else ""
    if cue.lemma in vocab.word_class("finding_verb"):
        return after in vocab.word_class("reflexive_pronoun")
    if cue.lemma not in vocab.word_class("reading_verb"):
        return False
    standing = vocab.word_class("standing_verb")
    return (cue.lemma == "lesen" and before == "zu") or (cue.lemma != "lesen" and not cue.finite and (before in standing or after in standing))


def _label_without_topic(ann: Annotated, phrase: Phrase) -> Phrase:
    """A label before a colon without its topic: ``Die Ministerin [zu den Schulden]:``,
    ``Seine Meinung [zu dem Plan]:`` — after a role or a noun of speech, the words after a
    topic preposition name what is spoken about, not who speaks."""
    topics = vocab.word_class("topic_preposition")
    tokens = ann.tokens
    for k in range(phrase.head + 1, phrase.end):
        word = tokens[k].text
        if word in vocab.name_particles() and k + 1 < phrase.end and tokens[k + 1].text[:1].isupper() and _role_noun(tokens[k - 1].text) is not None:
            break  # "Minister zu Guttenberg:": a name particle after a role, not a topic
        if word.lower() in topics:
            head = tokens[phrase.head].text
            if _role_noun(head) is None and not is_cue_noun(head):
                break  # "Die Kommission zur Untersuchung der Vorfälle:": part of a body's name
            shorter = noun_phrase(ann, phrase.start, k)
            if shorter is not None and shorter.end == k:
                return shorter
            break
    return phrase


def _phrase_right_before(ann: Annotated, end: int, floor: int) -> Phrase | None:
    """The noun phrase right before token ``end`` inside a clause (``Auslöser war [dem Gutachten]
    zufolge …``), where the clause's first position is something else: capitalised words and
    articles back to the leftmost article, an adjective only right after an article."""
    tokens = ann.tokens
    determiners = vocab.determiners()
    start = None
    j = end - 1
    while j >= floor:
        text = tokens[j].text
        if text.lower() in determiners:
            start = j
        elif not (text[:1].isupper() and text[:1].isalpha()) and not (
            text.islower() and text.endswith(ADJECTIVE_ENDINGS) and j > floor and tokens[j - 1].text.lower() in determiners
        ):
            break
        j -= 1
    start = j + 1 if start is None else start
    if start >= end:
        return None
    phrase = noun_phrase(ann, start, end)
    return phrase if phrase is not None and phrase.end == end else None


_MAX_QUOTE_SKIP = 400  # tokens of a quotation skipped to reach the verb after it


def _inverted_subject_after(ann: Annotated, i: int, sent_end: int) -> Phrase | None:
    """The subject after the verb that follows a clause's first element ending before token
    ``i`` — a quotation there is skipped: ``Mit den Worten „…“ beendete [sie] ihre Rede``."""
    tokens = ann.tokens
    if i < sent_end and vocab.is_quote_mark(tokens[i].text):
        k = i + 1  # the quotation may hold sentences of its own: its closing mark, not the sentence end, counts
        while k < min(len(tokens), i + _MAX_QUOTE_SKIP) and not vocab.is_quote_mark(tokens[k].text):
            k += 1
        i = k + 1
        if i >= len(tokens):
            return None
        sent_end = max(sent_end, ann.sentences[tokens[i].sent][1])
        if i < sent_end and tokens[i].text == ",":
            i += 1  # Mit den Worten „…“, beendete sie
    if i >= sent_end or not tokens[i].text.islower() or tokens[i].text in vocab.function_words():
        return None
    phrase = _subject_after(ann, i + 1, sent_end)
    return phrase if phrase is not None and _may_be_nominative(ann, phrase) else None


_MAX_SUBJECT_REACH = 100  # tokens looked back for a line break before a cue


def _line_start(ann: Annotated, sent_start: int, head: int) -> int:
    """The first token of the cue's line within its sentence: a heading without a full stop
    (``Reaktionen⏎Der Minister sagte``) belongs to no speaker phrase."""
    line_start = ann.line_start(head)
    return line_start if line_start > max(sent_start, head - _MAX_SUBJECT_REACH) else sent_start


def _starts_sentence_name(ann: Annotated, mention: Mention, sent_start: int) -> bool:
    """A bare name opening the sentence before a verb (``Müller ist der Ansicht``)."""
    return ann.tokens[sent_start].start == mention.start and vocab.name_word(mention.head) in ("name", "first")


def _phrase_of(ann: Annotated, mention: Mention) -> Phrase:
    """The phrase of a mention found before, with its head again: in ``Hans Muster, Sprecher des
    Forums X`` the head is the name at the start, not the last word of the apposition."""
    span = ann.tokens_in(mention.start, mention.end)
    phrase = noun_phrase(ann, span.start, span.stop)
    if phrase is not None and (phrase.start, phrase.end) == (span.start, span.stop):
        return phrase
    return Phrase(span.start, span.stop, span.stop - 1)


_MAX_AUXILIARY_REACH = 16  # tokens between a finite auxiliary or modal and its cue participle/infinitive


def _finite_pivot(ann: Annotated, cue: Cue, sent_start: int) -> int:
    """The finite verb of the cue's clause: an auxiliary before a participle or infinitive cue
    (``hat … gesagt``, ``wird … zitiert``), next to which the subject stands; else the cue."""
    tokens = ann.tokens
    judging = vocab.names_or_judges(cue.lemma)  # its clause runs through a quoted complement
    k = cue.head - 1
    past_title = False
    while k >= max(sent_start, cue.head - _MAX_AUXILIARY_REACH):
        text = tokens[k].text
        if judging and (opening := quoted_complement_start(ann, k, sent_start)) is not None:
            k = opening - 1  # "hat den Plan als „Zumutung“ bezeichnet": the clause goes on before the quote
            continue
        if vocab.is_quote_mark(text) and (opening := title_start_before(ann, k, sent_start)) is not None:
            k = opening - 1  # "wird X in der „Rundschau“ zitiert": a quoted name, no clause end
            past_title = True
            continue
        if _is_clause_boundary(text):  # "Es sei gut – so formulierte es X": not the "sei" before the dash
            break
        if text.lower() in vocab.auxiliaries():
            if not past_title or text.lower() in vocab.word_class("passive_auxiliary"):
                return k  # (across a quoted name only a passive: "wird X im „Blatt“ zitiert")
            break
        k -= 1
    return cue.head


def quotes_in_the_passive(ann: Annotated, cue: Cue) -> bool:
    """A quoting verb in the passive (``X wird in der Zeitung zitiert``): its subject is the
    quoted person, whose own words were mostly spoken, whatever medium reports them."""
    if cue.kind is not CueKind.VERB or cue.source != "object":
        return False
    return _passive(ann, cue, _finite_pivot(ann, cue, ann.sentences[cue.sentence][0]))


def _verb_subject(ann: Annotated, cue: Cue, sent_start: int, sent_end: int) -> Phrase | None:
    tokens = ann.tokens
    judging = vocab.names_or_judges(cue.lemma)  # its clause runs through a quoted complement
    pivot = _finite_pivot(ann, cue, sent_start)
    passive = _passive(ann, cue, pivot)
    if not passive and pivot != cue.head and cue.reported and tokens[pivot].text.lower() in vocab.word_class("state_auxiliary") and tokens[cue.head].text.lower() != cue.lemma.lower():
        return None  # "Inzwischen sei ein Gutachter beauftragt", "ist eingeladen": a speech act's state, no speaker
    if passive and cue.source != "object":
        # "wie er genannt wird", "wurde mitgeteilt": the subject of a passive is not who speaks;
        # its agent is ("wird vom Wetterdienst als „hoch“ eingestuft")
        return _passive_agent(ann, cue, pivot, sent_start, judging)
    if cue.source == "object" and pivot == cue.head:
        # active "Die Zeitung zitierte [den Minister] mit den Worten": the object is the speaker
        after = _subject_after(ann, pivot + 1, sent_end)
        if after is not None and _is_subject_pronoun(ann, after):
            after = _subject_after(ann, after.end, sent_end)  # zitierte [man] [den Minister]
        if after is not None:
            return after
    coordinated = pivot > sent_start and tokens[pivot - 1].text.lower() in vocab.word_class("coordinator") and not surname_after_first_name(ann, pivot - 1)
    after_comma = not coordinated and _comma_coordinated(ann, cue, pivot, sent_start, sent_end)
    if coordinated or after_comma:
        # "X spricht von … und fordert …", "Der Trainer lobte das Team, sagte aber, …": the
        # subject of the first predicate
        subject = _first_conjunct_subject(ann, sent_start, pivot - 1, after_comma)
        if subject is not None:
            return subject
    clause_start = pivot
    while clause_start > sent_start:
        if not _is_clause_boundary(tokens[clause_start - 1].text):
            clause_start -= 1
        elif (title := title_start_before(ann, clause_start - 1, sent_start)) is not None:
            clause_start = title  # die Wochenzeitung „Neue Welt“ hatte …: a quoted name, no clause end
        elif judging and (opening := quoted_complement_start(ann, clause_start - 1, sent_start)) is not None:
            clause_start = opening  # Sie hat den Plan als „Zumutung“ bezeichnet: a quoted complement
        else:
            break
    clause_start = skip_focus_particles(ann, clause_start, pivot)
    opener = tokens[clause_start].text.lower() if clause_start < pivot else ""
    if clause_start == pivot:
        inverted = True  # „…“, sagte er  /  Sagte er …
        if pivot > sent_start and tokens[pivot - 1].text == ",":
            after = _subject_after(ann, pivot + 1, sent_end)
            if after is not None and (_is_subject_pronoun(ann, after) or _nominative_only(ann, after)):
                return after  # "Die Lage, sagte er, sei ernst": the subject after the inserted verb
            chain = _subject_before_comma(ann, pivot, sent_start)
            # (not after a clause in Konjunktiv: "Sie mache moderne, schlichte Formen, sagte die
            # Keramikerin" is content before the verb, its subject after it)
            if chain is not None and not any(tokens[k].text in konjunktiv_forms() for k in range(sent_start, chain.start)):
                return chain
    elif (relative := _relative_clause_subject(ann, cue, clause_start, pivot, sent_end)) is not None:
        return relative  # die Zusage, die Bürgermeister X versprochen hatte:
    elif _relative_pronoun_speaks(ann, cue, clause_start, pivot, sent_end):
        return Phrase(clause_start, clause_start + 1, clause_start)  # X, der das Gesetz entworfen hatte, …
    elif (text := _text_before_relative_subject(ann, cue, clause_start, pivot, sent_end)) is not None:
        return text  # ein Kommentar, der die Entscheidung als „…“ bezeichnet
    elif opener in vocab.word_class("subordinator") and _verb_final(ann, cue, sent_end, opener):  # wie der Minister mitteilte
        subject_start = clause_start + 1
        if subject_start < pivot and tokens[subject_start].text.lower() in vocab.word_class("reflexive_pronoun"):
            subject_start += 1  # wie sich der Minister ausdrückte
        phrase = noun_phrase(ann, subject_start, pivot, affiliations=not passive)
        if phrase is not None:
            return phrase
        inverted = False
    else:
        # "Lind selbst schrieb", "Die Ministerin dagegen sagte": a particle between subject and verb
        share = _share_phrase(ann, clause_start, pivot + 1)
        if share is not None and share.end == pivot:
            return share  # 37 Prozent der Befragten sagten
        particle = tokens[pivot - 1].text.lower() in vocab.word_class("post_subject_particle") and not surname_after_first_name(ann, pivot - 1)
        subject_end = pivot - 1 if particle else pivot
        before = phrase_ending_at(ann, subject_end, sent_start)
        if before is not None and before.start == clause_start and _may_be_nominative(ann, before):
            if _plural_before_singular_verb(ann, before, pivot):
                # "Die Besucher lobte die Agentur als …": the verb agrees with the phrase after it
                after = _subject_after(ann, pivot + 1, sent_end)
                if after is not None and _may_be_nominative(ann, after):
                    return after
            if not _maybe_adverb(ann, before, sent_start) and _surely_person(ann, before):
                return before
            after = _subject_after(ann, pivot + 1, sent_end)
            if after is not None and _nominative_only(ann, after):
                return after  # "Die Kosten beziffert der Verband auf …": the object comes first
            # "Zuversichtlich äußerte sich X", "Bezeichnend dafür rief der Sprecher": a first
            # position that names nobody yields to a subject after the verb that names a person
            # (not a plural after a singular verb: "Reinhardt rief die Einwohner zur Vorsicht auf")
            if after is not None and _may_be_nominative(ann, after) and not _plural_before_singular_verb(ann, after, pivot) and (
                _maybe_adverb(ann, before, sent_start) or (not _has_article(ann, before) and _surely_person(ann, after))
            ):
                return after
            return before
        if before is None and (placed := _person_with_place(ann, clause_start, subject_end)) is not None:
            return placed  # "Eine Verkäuferin in der Filiale am Markt berichtete, …"
        inverted = True  # In einem Interview sagte der Minister / Als Antwort sagte sie
    if inverted:
        phrase = _subject_after(ann, pivot + 1, sent_end, affiliations=not passive, focus=True)
        if phrase is not None and _is_expletive(ann, phrase):
            return _expletive_source(ann, phrase.end, clause_start, pivot, sent_end)
        if phrase is not None and _may_be_nominative(ann, phrase):
            return phrase
    if clause_start > sent_start and tokens[clause_start - 1].text == "," and all(
        tokens[k].text.lower() in vocab.cue_adverbs() for k in range(clause_start, pivot)
    ):
        # "Wie X, Professor in Y, dazu feststellt": only adverbs between the comma and the verb
        chain = _subject_before_comma(ann, clause_start, sent_start)
        if chain is not None:
            return chain
    if clause_start < pivot or (pivot > sent_start and tokens[pivot - 1].text == ","):
        return phrase_ending_at(ann, pivot if clause_start < pivot else pivot - 1, sent_start)
    return None


def reported_speech_clause(ann: Annotated, cue: Cue) -> tuple[int, Mention] | None:
    """A verb of saying inside a ``dass``/``ob`` clause (``Der Sender berichtet, dass
    Bürgermeister X die Schüler gefragt habe, ob sie „…“``, ``…, dass die Ministerin den Plan
    als „…“ bezeichnet habe``): the speech act reported, as ``(subordinator token, subject)``
    with its speaker right after the subordinator. `mention_for_cue` gives no subject for such a
    verb (its clause is what the report says, not who reports it), but words quoted in that
    clause are its speaker's. Only a phrase that can be a subject and is no pronoun counts (a
    pronoun there mostly repeats the reporter); whether it names a person is left to the caller."""
    if cue.kind is not CueKind.VERB:
        return None
    tokens = ann.tokens
    sent_start, _ = ann.sentences[cue.sentence]
    k = cue.head
    while k > sent_start and cue.head - k < MAX_INSERT and tokens[k - 1].text != ",":
        if _is_clause_boundary(tokens[k - 1].text) and not vocab.is_quote_mark(tokens[k - 1].text):
            return None
        k -= 1
    if k == sent_start or tokens[k].text.lower() not in vocab.word_class("complement_subordinator"):
        return None
    phrase = noun_phrase(ann, k + 1, cue.head)
    if phrase is None or phrase.start != k + 1 or not _may_be_nominative(ann, phrase):
        return None
    mention = mention_from_phrase(ann, phrase)
    if mention is None or mention.kind is MentionKind.PRONOUN:
        return None
    return k, mention


def _person_with_place(ann: Annotated, start: int, verb: int) -> Phrase | None:
    """``Eine Verkäuferin in der Filiale am Jahnplatz berichtete``, ``Ein junger Mann neben ihr
    zeigte``: before the finite verb of a main clause stands one phrase only, so a person phrase
    followed by prepositional phrases up to the verb is the subject with where the person is."""
    tokens = ann.tokens
    phrase = noun_phrase(ann, start, verb)
    if phrase is None or phrase.end >= verb or tokens[phrase.end].text.lower() not in vocab.word_class("preposition"):
        return None
    if any(vocab.is_punct(tokens[k].text) or vocab.is_quote_mark(tokens[k].text) for k in range(phrase.end, verb)):
        return None
    partitive = tokens[start].text.lower() in vocab.word_class("partitive_pronoun") and tokens[start + 1].text.lower() in vocab.word_class("genitive_determiner")
    if tokens[start].text.lower() not in vocab.determiners() or not (partitive or _may_be_nominative(ann, phrase)) or not _surely_person(ann, phrase):
        return None  # (not "Einem Reporter vor Ort sagte der Minister": a dative; but "Einer der Zeugen am Bahnhof")
    return Phrase(start, verb, phrase.head)


def _subject_before_comma(ann: Annotated, verb: int, sent_start: int) -> Phrase | None:
    """The subject before the comma that ends at token ``verb``: "Anna Roth, eine Abgeordnete aus
    Kiel und Ärztin im Ruhestand, sagte" / "Der 70-jährige Roth, der als Kritiker gilt, sagte":
    comma segments between the subject and its verb, appositions kept and relative clauses left
    out."""
    tokens = ann.tokens
    chain = _subject_before_inserts(ann, verb - 1, sent_start)
    if chain is not None and not _plural_before_singular_verb(ann, chain, verb):
        return chain
    # "Hans Muster, Sprecher des Amtes, sagte": a named apposition chain before the verb
    chain = phrase_ending_at(ann, verb - 1, sent_start)
    # (opening the sentence or after punctuation: "Das tauge nur als Futter, sagte der
    # Minister" has no subject before the comma — a subordinator with no verb is "als")
    if chain is not None and _is_named_phrase(ann, chain) and (chain.start == sent_start or _is_clause_boundary(tokens[chain.start - 1].text)):
        return chain
    return None


def _passive_agent(ann: Annotated, cue: Cue, pivot: int, sent_start: int, judging: bool) -> Phrase | None:
    """The agent of a passive verb of saying: the phrase after ``von``/``vom`` nearest the verb in
    its clause (``Die Lage wird vom Wetterdienst als „ernst“ eingestuft``, ``wie von der Polizei
    mitgeteilt wurde``). A finite auxiliary before the verb (at ``pivot``) opens the field where
    the agent stands, so ``Die Zahl von Opfern wurde mitgeteilt`` has none."""
    tokens = ann.tokens
    floor = pivot + 1 if pivot < cue.head else sent_start
    k = cue.head - 1
    while k >= floor:
        if judging and (opening := quoted_complement_start(ann, k, floor)) is not None:
            k = opening - 1
            continue
        text = tokens[k].text
        if _is_clause_boundary(text) or text in (".", "!", "?"):
            return None
        if text.lower() in vocab.word_class("agent_preposition"):
            phrase = noun_phrase(ann, k + 1, cue.head, affiliations=False)
            return phrase if phrase is not None and phrase.start == k + 1 else None
        k -= 1
    return None


def _expletive_source(ann: Annotated, after_es: int, clause_start: int, pivot: int, sent_end: int) -> Phrase | None:
    """The source of ``heißt es`` / ``hieß es``: the phrase after ``es`` and a source preposition
    (``hieß es in der Erklärung``, ``heißt es dazu in einer Mitteilung``: adverbs like ``dazu``
    may stand between), else the prepositional phrase opening the clause (``In dem Schreiben
    heißt es:``, ``Auf der Website heißt es zur Begründung:``)."""
    tokens = ann.tokens
    sources = vocab.word_class("source_preposition")
    k = after_es
    while k < sent_end and k - after_es < 3 and tokens[k].text.lower() in vocab.word_class("expletive_adverb"):
        k += 1
    source = None
    if k < sent_end and tokens[k].text.lower() in sources:
        source = _opened_source(ann, k, _subject_after(ann, k + 1, sent_end))  # not "hieß es bei der Eröffnung"
    elif k == after_es and not (k < sent_end and tokens[k].text.lower() in vocab.word_class("preposition")):
        # (not "hieß es am Rande der Veranstaltung": another preposition names where, not who)
        source = _subject_after(ann, k, sent_end)
    if source is None and clause_start < pivot and tokens[clause_start].text.lower() in sources:
        # "In dem Schreiben heißt es:", not "In der Halle hieß es"
        source = _opened_source(ann, clause_start, noun_phrase(ann, clause_start + 1, pivot))
    if source is None and clause_start == pivot:
        source = _source_before_relative(ann, pivot)
    return source


def _opened_source(ann: Annotated, preposition: int, phrase: Phrase | None) -> Phrase | None:
    """The phrase a source preposition opens, unless the preposition also says where or when
    (`place_source_preposition`) and the phrase cannot be a source: ``In der Halle``, ``In der
    Pause``, ``bei der Eröffnung`` name where or when, not who."""
    if phrase is None or ann.tokens[preposition].text.lower() not in vocab.word_class("place_source_preposition"):
        return phrase
    return phrase if _can_be_a_source(ann, phrase) else None


def _can_be_a_source(ann: Annotated, phrase: Phrase) -> bool:
    """What ``in`` or ``bei`` can open as the source of ``heißt es``: a document (``In der Erklärung``,
    ``In dem Antrag``), an organisation (``Im Ministerium``), people (``In Regierungskreisen``,
    ``Im Vorstand``), a place named without an article (``In Berlin``: its government), or
    anything of theirs (``In einem Positionspapier des Bundesministeriums``)."""
    if phrase.start == phrase.head:
        return True
    for token in ann.tokens[phrase.start : phrase.end]:
        word = token.text
        # (a genitive too: "des Bundesministeriums")
        for form in {word, word.removesuffix("s"), word.removesuffix("es")}:
            if _source_word(form):
                return True
    return False


def _source_word(word: str) -> bool:
    from .entity_words import anonymous_source  # (entity_words builds on this module)

    return (
        is_cue_noun(word)
        or (word[:1].isupper() and word.lower().endswith(tuple(vocab.word_class("document_noun"))))
        or vocab.organisation_noun(word) is not None
        or vocab.role_noun(word) is not None
        or anonymous_source(word)
    )


def _source_before_relative(ann: Annotated, pivot: int) -> Phrase | None:
    """``In der Satzung des Vereins, die 1950 beschlossen wurde, heißt es:``: the prepositional
    phrase opening the clause before a relative clause that ends right before the verb."""
    tokens = ann.tokens
    comma = pivot - 1
    if comma <= 0 or tokens[comma].text != ",":
        return None
    start = comma
    while start > 0 and comma - start < MAX_INSERT and tokens[start - 1].text != ",":
        if _is_clause_boundary(tokens[start - 1].text) or tokens[start - 1].text in (".", "!", "?"):
            return None
        start -= 1
    if start == 0 or tokens[start - 1].text != "," or insert_kind(ann, start, comma) != "relative":
        return None
    end = start - 1
    first = end
    while first > 0 and end - first < MAX_INSERT and not _is_clause_boundary(tokens[first - 1].text) and tokens[first - 1].text not in (".", "!", "?"):
        first -= 1
    if tokens[first].text.lower() not in vocab.word_class("source_preposition"):
        return None
    phrase = noun_phrase(ann, first + 1, end)
    return phrase if phrase is not None and phrase.end == end else None


MAX_INSERT = 30  # tokens in one comma segment between a subject and its verb


def _subject_before_inserts(ann: Annotated, comma: int, sent_start: int) -> Phrase | None:
    """The subject before comma-delimited inserts that end at token ``comma`` (right before the
    verb): walk back over up to three segments, each an apposition (``eine Abgeordnete aus
    Kiel``: part of the mention) or a relative clause (``der als Kritiker gilt``: not part of it),
    to a person-like phrase that opens the clause."""
    tokens = ann.tokens
    end = comma
    mention_end: int | None = None
    for _ in range(3):
        start = end
        marks = 0  # quote marks inside an apposition enclose a title: ein Vertreter der „Stiftung X“
        while start > sent_start and end - start < MAX_INSERT and tokens[start - 1].text != ",":
            text = tokens[start - 1].text
            if vocab.is_quote_mark(text):
                marks += 1
            elif _is_clause_boundary(text) or text in (".", "!", "?"):
                return None
            start -= 1
        if start == end or end - start >= MAX_INSERT or marks % 2:
            return None
        if tokens[start].text.lower() in vocab.auxiliaries() and mention_end is not None:
            # "…, wird [Jan Muster], Sprecher des Amtes, zitiert": the subject after the auxiliary
            head = noun_phrase(ann, start + 1, end)
            if head is not None and head.end == end and mention_from_phrase(ann, head) is not None:
                return Phrase(head.start, mention_end, head.head)
        if start == sent_start or tokens[start - 1].text != ",":
            return None
        kind = insert_kind(ann, start, end)
        if kind is None:
            return None  # neither an apposition (ends in a noun) nor a relative clause (ends in a verb)
        if kind == "apposition" and mention_end is None:
            mention_end = end
        elif kind == "relative" and mention_end is not None:
            return None  # an apposition after a relative clause: not a simple chain
        head = phrase_ending_at(ann, start - 1, sent_start)
        if head is not None and _starts_clause(ann, head.start, sent_start) and _may_be_nominative(ann, head) and mention_from_phrase(ann, head) is not None:
            return Phrase(head.start, mention_end if mention_end is not None else head.end, head.head)
        end = start - 1
    return None


def insert_kind(ann: Annotated, start: int, end: int) -> str | None:
    """``"relative"`` for a relative clause (``der als Kritiker gilt``), ``"apposition"`` for a
    noun phrase (``eine Abgeordnete aus Kiel``), else None: one comma segment ``[start, end)``."""
    words = [ann.tokens[k].text for k in range(start, end)]
    if not words:
        return None
    opener = words[1] if len(words) > 1 and words[0].lower() in vocab.function_words() else words[0]
    if opener in relative_pronouns() and words[-1][:1].islower() and words[-1].isalpha():
        return "relative"
    if words[-1][:1].isupper() or words[-1] == ")" or words[-1][:1].isdigit():
        return "apposition"
    return None


def _subject_with_inserts(ann: Annotated, head: Phrase, end: int) -> Phrase | None:
    """``head`` followed by comma inserts up to the verb: the head with its appositions, or None
    when the commas do not close such inserts before ``end``."""
    tokens = ann.tokens
    comma = head.end
    mention_end = head.end
    for _ in range(3):
        nxt = comma + 1
        while nxt < end and nxt - comma <= MAX_INSERT and tokens[nxt].text != ",":
            if tokens[nxt].text in (".", "!", "?", ";", ":") or vocab.is_quote_mark(tokens[nxt].text):
                return None
            nxt += 1
        if nxt >= end or tokens[nxt].text != ",":
            return None
        kind = insert_kind(ann, comma + 1, nxt)
        if kind is None or (kind == "apposition" and mention_end != comma):
            return None
        if kind == "apposition":
            mention_end = nxt
        if nxt + 1 < end and tokens[nxt + 1].text[:1].islower() and tokens[nxt + 1].text not in relative_pronouns():
            return Phrase(head.start, mention_end, head.head)
        comma = nxt
    return None


def _is_subject_pronoun(ann: Annotated, phrase: Phrase) -> bool:
    return phrase.end - phrase.start == 1 and ann.tokens[phrase.start].text in vocab.word_class("subject_pronoun")


def _is_expletive(ann: Annotated, phrase: Phrase) -> bool:
    return phrase.end - phrase.start == 1 and ann.tokens[phrase.start].text.lower() == "es"


def _may_be_nominative(ann: Annotated, phrase: Phrase) -> bool:
    """Whether a phrase can be a subject by its article: ``einen``/``dem``/``den``/``des`` are
    never nominative, and ``der`` before a feminine noun (``der Zeitung``) is dative/genitive."""
    first = ann.tokens[phrase.start].text.lower()
    if first in vocab.word_class("oblique_determiner"):
        return False
    if first == "der":
        head = ann.tokens[phrase.head].text
        info = _role_noun(head) or vocab.organisation_noun(head)
        if info is not None and (info.gender == "f" or info.plural):
            return False  # der Zeitung, der Abgeordneten, der 38-Jährigen: dative/genitive
    return True


def _nominative_only(ann: Annotated, phrase: Phrase) -> bool:
    """``der Verband``, ``der Minister``, ``er``: a phrase whose form is nominative only, so it
    is the subject wherever it stands (``der`` before a masculine singular noun, or a pronoun
    that has no other case)."""
    first = ann.tokens[phrase.start].text.lower()
    if phrase.end - phrase.start == 1:
        return first in vocab.word_class("nominative_pronoun")
    if first != "der":
        return False
    head = ann.tokens[phrase.head].text
    info = _role_noun(head) or vocab.organisation_noun(head)
    return info is not None and info.gender == "m" and not info.plural


def _plural_before_singular_verb(ann: Annotated, phrase: Phrase, verb: int) -> bool:
    """A plural phrase (``die Besucher``) before a finite verb in the singular (``lobte``,
    ``sagt``; plural forms end in ``-en``/``-n``): the phrase cannot be the verb's subject."""
    mention = mention_from_phrase(ann, phrase)
    word = ann.tokens[verb].text.lower()
    return mention is not None and mention.plural and mention.kind is not MentionKind.PRONOUN and not word.endswith("n")


def _has_article(ann: Annotated, phrase: Phrase) -> bool:
    return ann.tokens[phrase.start].text.lower() in vocab.determiners()


def _surely_person(ann: Annotated, phrase: Phrase) -> bool:
    """A phrase that names a speaker by its words alone (see `is_person_like`)."""
    mention = mention_from_phrase(ann, phrase)
    return mention is not None and is_person_like(mention)


def _verb_final_relative_clause(ann: Annotated, cue: Cue, clause_start: int, pivot: int, sent_end: int) -> bool:
    """The clause at ``clause_start`` follows a comma and ends with the cue's verb (and perhaps an
    auxiliary): the shape of a relative clause of saying (``…, die der Minister versprochen hatte:``)."""
    tokens = ann.tokens
    if clause_start == 0 or clause_start >= pivot or tokens[clause_start - 1].text != ",":
        return False
    after = cue.tokens[-1] + 1
    if after < sent_end and tokens[after].text.lower() in vocab.auxiliaries():
        after += 1
    return after >= sent_end or _is_clause_boundary(tokens[after].text) or tokens[after].text in (".", "!", "?")


def _relative_clause_subject(ann: Annotated, cue: Cue, clause_start: int, pivot: int, sent_end: int) -> Phrase | None:
    """``…, die Bürgermeister Hans Bauer den Eltern versprochen hatte:``: in a relative clause whose verb
    stands last, a person named right after the relative pronoun is the subject (the pronoun is
    the object). ``None`` when the clause is no such relative clause or names nobody there."""
    tokens = ann.tokens
    if not _verb_final_relative_clause(ann, cue, clause_start, pivot, sent_end) or tokens[clause_start].text not in relative_pronouns():
        return None
    if _relative_pronoun_is_subject(ann, cue, clause_start, pivot):
        return None  # "die Botschaft, welche die Techniker als „…“ bezeichnete": they are its object
    phrase = noun_phrase(ann, clause_start + 1, pivot, affiliations=False)
    if phrase is not None:
        for j in range(phrase.start + 1, phrase.end):
            if tokens[j].text.islower() and is_proper_name(ann, j - 1) and vocab.first_name_gender(tokens[j - 1].text) is False:
                phrase = Phrase(phrase.start, j, j - 1)  # "Bürgermeister Hans Bauer [bei seinem Amtsantritt]": the name ends it
                break
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None or mention.kind is MentionKind.PRONOUN or not is_person_like(mention):
        return None
    return phrase


def _relative_pronoun_speaks(ann: Annotated, cue: Cue, clause_start: int, pivot: int, sent_end: int) -> bool:
    """``…, die unter anderem riefen:`` / ``…, der die Pläne als „Irrweg“ bezeichnete``: a relative
    clause opened by a pronoun that can be its subject, whose verb of saying stands last, and
    with no other subject phrase between (``die der Minister versprach`` is handled as an
    object). The pronoun is the speaker's mention, as the corpus marks it; the linker resolves it
    to the phrase before its comma (`relative_antecedent`)."""
    tokens = ann.tokens
    if not _verb_final_relative_clause(ann, cue, clause_start, pivot, sent_end) or _relative_pronoun_gender(tokens[clause_start].text) is None:
        return False
    following = tokens[clause_start + 1].text
    if (following.lower() in vocab.determiners() and following.lower() not in vocab.word_class("oblique_determiner")) or vocab.pronoun(following):
        if not _relative_pronoun_is_subject(ann, cue, clause_start, pivot):
            return False  # "die der Minister versprach": the phrase after the pronoun may be the subject
    return _antecedent_speaks(ann, clause_start - 1)


def _relative_pronoun_is_subject(ann: Annotated, cue: Cue, clause_start: int, pivot: int) -> bool:
    """A relative pronoun followed by a noun phrase that grammar leaves no subject reading: the
    pronoun is masculine ``der``/``welcher`` after a masculine singular antecedent (``ein
    Kommentar, der die Entscheidung … bezeichnet``; the feminine ``der`` is a dative), or the
    phrase after it is plural before a singular finite verb (``eine Botschaft, welche die
    Techniker … bezeichnete``). Then the pronoun is the subject and the phrase its object."""
    tokens = ann.tokens
    gender = _relative_pronoun_gender(tokens[clause_start].text)
    if gender is None or tokens[clause_start + 1].text.lower() not in vocab.determiners():
        return False
    after = noun_phrase(ann, clause_start + 1, pivot, affiliations=False)  # the phrase up to the verb
    if after is None:
        return False
    if gender == "m":
        antecedent = _phrase_right_before(ann, clause_start - 1, max(0, clause_start - 1 - MAX_INSERT))
        if antecedent is not None and _masculine_singular(ann, antecedent):
            return True
    last = cue.tokens[-1]
    verb = last + 1 if last + 1 < len(tokens) and tokens[last + 1].text.lower() in vocab.auxiliaries() else last
    return _plural_before_singular_verb(ann, after, verb)


def _masculine_singular(ann: Annotated, phrase: Phrase) -> bool:
    """The phrase names one masculine thing or person: its mention says so, or its article has
    no feminine or plural reading (``ein Kommentar``, ``dieser Bericht``)."""
    mention = mention_from_phrase(ann, phrase)
    if mention is not None and (mention.plural or mention.gender in ("f", "n")):
        return False
    if mention is not None and mention.gender == "m":
        return True
    first = ann.tokens[phrase.start].text.lower()
    readings = vocab.determiner_readings(first)
    return bool(readings) and all(gender in ("m", "n") and number == "sg" for gender, number in readings)


def _text_before_relative_subject(ann: Annotated, cue: Cue, clause_start: int, pivot: int, sent_end: int) -> Phrase | None:
    """``In der Zeitung erschien ein Kommentar, der die Entscheidung als „…“ bezeichnet``: a
    verb-final relative clause of saying whose pronoun is surely its subject (see
    `_relative_pronoun_is_subject`) after a phrase that names no person — a text, a message —
    has that phrase as its speaker, as the corpus marks it."""
    tokens = ann.tokens
    if not _verb_final_relative_clause(ann, cue, clause_start, pivot, sent_end) or not _relative_pronoun_is_subject(ann, cue, clause_start, pivot):
        return None
    phrase = _phrase_right_before(ann, clause_start - 1, max(0, clause_start - 1 - MAX_INSERT))
    if phrase is None or tokens[phrase.start].text.lower() not in vocab.determiners():
        return None
    mention = mention_from_phrase(ann, phrase)
    return phrase if mention is not None and mention.kind is not MentionKind.PRONOUN else None


def _antecedent_speaks(ann: Annotated, comma: int) -> bool:
    """The noun phrase before the comma of a relative clause names someone who can speak (``die
    Demonstranten, die riefen``), not a thing (``eine Nachricht, die aus einem Wort bestand``)."""
    mention = _mention_before_comma(ann, comma)
    return mention is not None and is_person_like(mention)


def _mention_before_comma(ann: Annotated, comma: int) -> Mention | None:
    """The speaker-like phrase that ends at the comma opening a relative clause (no pronoun)."""
    phrase = _phrase_right_before(ann, comma, max(0, comma - MAX_INSERT))
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    return mention if mention is not None and mention.kind is not MentionKind.PRONOUN else None


def is_relative_pronoun(ann: Annotated, mention: Mention) -> bool:
    """``die Demonstranten, [die] riefen``: a pronoun mention right after a comma that is a
    relative pronoun."""
    k = ann.token_at(mention.start)
    return mention.kind is MentionKind.PRONOUN and k >= 2 and ann.tokens[k - 1].text == "," and _relative_pronoun_gender(ann.tokens[k].text) is not None


def relative_antecedent(ann: Annotated, mention: Mention) -> Mention | None:
    """The phrase a relative pronoun mention refers to (``die Demonstranten, [die] riefen``): the
    speaker-like phrase right before its comma, or None when ``mention`` is no relative pronoun."""
    if not is_relative_pronoun(ann, mention):
        return None
    k = ann.token_at(mention.start)
    antecedent = _mention_before_comma(ann, k - 1)
    if antecedent is None:
        return None
    gender = _relative_pronoun_gender(ann.tokens[k].text)  # "der Mutter des Jungen, der sagte": not the mother
    agrees = (antecedent.plural or antecedent.gender in (None, "f")) if gender == "f" else (not antecedent.plural and antecedent.gender in (None, gender))
    return antecedent if agrees else None


def _relative_pronoun_gender(word: str) -> str | None:
    """``m``/``f``/``n`` for a relative pronoun that can be a clause's subject (der, die, welches)."""
    for gender in ("m", "f", "n"):
        if word in vocab.word_class("subject_relative_pronoun_" + gender):
            return gender
    return None


def _verb_final(ann: Annotated, cue: Cue, sent_end: int, opener: str) -> bool:
    """A subordinate clause ends with its verb (``wie der Minister mitteilte,``); after ``wie``
    also with an auxiliary after it (``wie der Minister gesagt hatte``, ``zitiert wird``). A
    separable verb apart from its particle stands in a main clause (``Als Begründung gab der
    Mann an,``): in a subordinate clause the two are one word (``als er angab``)."""
    if len(cue.tokens) > 1 and cue.tokens[-1] > cue.tokens[0] + 1:
        return False
    after = cue.tokens[-1] + 1
    if after < sent_end and opener not in vocab.word_class("complement_subordinator") and ann.tokens[after].text.lower() in vocab.auxiliaries():
        # "wie der Minister gesagt hatte", "obwohl der Minister betont hatte,": a participle before
        # its auxiliary (not in a dass-clause: its verb is what was reported, not who said it)
        after += 1
    return after >= sent_end or _is_clause_boundary(ann.tokens[after].text) or ann.tokens[after].text in (".", "!", "?")


def _maybe_adverb(ann: Annotated, phrase: Phrase, sent_start: int) -> bool:
    """A lone capitalised word opening the sentence that no lexicon knows (``Demgegenüber``,
    ``Zuversichtlich``) is more likely an adverb or adjective than the subject."""
    return (
        phrase.start == sent_start
        and phrase.end - phrase.start == 1
        and vocab.name_word(ann.tokens[phrase.start].text) == "name"
        and not _capitalised_inside_a_sentence(ann, ann.tokens[phrase.start].text)
    )


_MAX_OCCURRENCES = 8  # occurrences of a word looked at elsewhere in the text


def _capitalised_inside_a_sentence(ann: Annotated, word: str) -> bool:
    """``word`` stands capitalised elsewhere in the text after a word or comma (``… sagte
    Kessler``): a noun or name, since an adverb or adjective is capitalised only at a sentence
    start. Looks at a few occurrences only."""
    text = ann.text
    at = -1
    for _ in range(_MAX_OCCURRENCES):
        at = text.find(word, at + 1)
        if at < 0:
            return False
        end = at + len(word)
        if at >= 2 and text[at - 1] == " " and (text[at - 2].isalpha() or text[at - 2] == ",") and not text[end : end + 1].isalpha():
            return True
    return False


def _is_named_phrase(ann: Annotated, phrase: Phrase) -> bool:
    return any(is_proper_name(ann, k) for k in range(phrase.start, phrase.end))


def _starts_clause(ann: Annotated, i: int, sent_start: int) -> bool:
    """Token ``i`` opens a clause: after punctuation or a subordinator (``wie [die Ministerin], …``)."""
    if i == sent_start or _is_clause_boundary(ann.tokens[i - 1].text):
        return True
    return ann.tokens[i - 1].text.lower() in vocab.word_class("subordinator")


def _first_conjunct_subject(ann: Annotated, sent_start: int, join: int, after_comma: bool) -> Phrase | None:
    """The subject of the first of two predicates joined at token ``join`` (``und`` or, with
    ``after_comma``, a comma): the phrase opening the sentence before a lowercase word (``Der
    Mann schlug um sich und rief``), or the inverted subject of the first conjunct (``Am Montag
    lobte der Beirat die Stadt, sagte aber, …``). After a comma the opening phrase must be able to
    be a subject (not ``Den Plan lobte der Beirat``) and be followed by a verb (not ``Die Lage sei
    ernst, sagte aber``, a report, nor ``X, Sprecher des Amtes in Y, wies darauf hin``)."""
    tokens = ann.tokens
    first_start = join  # where the first predicate's clause opens
    while first_start > sent_start and not _is_clause_boundary(tokens[first_start - 1].text):
        first_start -= 1
    if (
        not after_comma
        and first_start > sent_start
        and tokens[first_start - 1].text == ","
        and tokens[first_start].text.islower()
        and tokens[first_start].text not in vocab.determiners()
        and tokens[first_start].text not in vocab.function_words()  # (not "…, wenn er sich … fühle und angreife")
    ):
        # "Gerdes habe ihn überholt, sagt er und lacht": the first predicate is an inverted frame
        # after a report; its subject follows its verb
        # (right after that verb: not "…, nur ab und zu war er hochgeschreckt und hatte gefragt")
        after = _subject_after(ann, first_start + 1, join)
        inverted = mention_from_phrase(ann, after) if after is not None and after.start == first_start + 1 else None
        if after is not None and inverted is not None and is_person_like(inverted) and not is_impersonal(inverted):
            return after
    subject = _coordinated_subject(ann, sent_start, join)
    verb = tokens[_verb_after(ann, subject)].text.lower() if subject is not None else ""
    if subject is not None and not (
        after_comma and (not _may_be_nominative(ann, subject) or verb in konjunktiv_forms() or verb in vocab.function_words())
    ):
        return subject
    if first_start > sent_start and tokens[first_start].text.lower() in relative_pronouns():
        return None  # "Küng, der als Kritiker gilt, hofft aber": a relative clause, no first predicate
    if tokens[sent_start].text.lower() in vocab.word_class("subordinator"):
        first_start = sent_start  # "Als die Polizei kam, rannte der Mann davon und rief": after the leading clause
    inverted_subject = clause_subject(ann, first_start, join)
    if (
        inverted_subject is None
        and first_start > sent_start
        and tokens[first_start].text[:1].islower()
        and title_start_before(ann, first_start - 1, sent_start) is not None
    ):
        # "Unter dem Motto „…“ zogen die Demonstranten … und skandierten": a first position that
        # ends in a quoted name, the verb, then the subject
        after = _subject_after(ann, first_start + 1, join)
        inverted_subject = None if after is None or not _may_be_nominative(ann, after) else mention_from_phrase(ann, after)
    if inverted_subject is not None and is_person_like(inverted_subject) and not is_impersonal(inverted_subject):
        return _phrase_of(ann, inverted_subject)
    return None


def _comma_coordinated(ann: Annotated, cue: Cue, pivot: int, sent_start: int, sent_end: int) -> bool:
    """``…, betonte aber, …`` / ``…, sagte jedoch:``: a cue verb after a comma with only adverbs
    before the next comma is a second predicate of the sentence's subject, not an inverted frame."""
    tokens = ann.tokens
    if pivot <= sent_start + 1 or tokens[pivot - 1].text != ",":
        return False
    k, adverbs = pivot + 1, 0
    if k < sent_end and (tokens[k].text.lower() in vocab.word_class("object_pronoun") or tokens[k].text in vocab.word_class("reflexive_pronoun")):
        k += 1  # "…, wünschte sich aber …", "…, nannte ihn aber …"
    while k < sent_end and (k in cue.tokens or tokens[k].text.lower() in vocab.cue_adverbs()):
        adverbs += k not in cue.tokens
        k += 1
    if adverbs > 0 and k < sent_end and tokens[k].text.lower() in vocab.determiners():
        # "…, wünschte sich aber eine frühere Ankündigung": a thing after the adverb is the object
        phrase = noun_phrase(ann, k, sent_end)
        mention = mention_from_phrase(ann, phrase) if phrase is not None else None
        return mention is not None and mention.kind is MentionKind.NAME and not is_person_like(mention)
    return adverbs > 0 and k < sent_end and tokens[k].text in (",", ":")


def _coordinated_subject(ann: Annotated, sent_start: int, end: int) -> Phrase | None:
    """The subject opening a sentence whose verbs are coordinated (``Der Mann schlug um sich und
    rief: …``). A sentence opening with a subordinator (``Als ein Gast half, schlug …``) opens
    with a subordinate clause, not with the subject: its capitalised first word names nobody."""
    tokens = ann.tokens
    if tokens[sent_start].text.lower() in vocab.word_class("subordinator"):
        return None
    phrase = noun_phrase(ann, sent_start, end)
    verb = _verb_after(ann, phrase) if phrase is not None else end
    return phrase if verb < end and tokens[verb].text[:1].islower() else None


def _verb_after(ann: Annotated, phrase: Phrase) -> int:
    """The token after a subject phrase, past the comma that closes its apposition (``Jim
    Muster, ein Mitglied des Rates, [wollte] …``)."""
    tokens = ann.tokens
    closes_apposition = phrase.end < len(tokens) and tokens[phrase.end].text == "," and any(
        tokens[k].text == "," for k in range(phrase.start, phrase.end)
    )
    return phrase.end + 1 if closes_apposition else phrase.end


def _is_clause_boundary(text: str) -> bool:
    """Punctuation that ends a clause; parentheses do not (``Kristina Muster (CDU) sagte``)."""
    return text in (",", ";", ":", "–", "—") or vocab.is_quote_mark(text)


def _passive(ann: Annotated, cue: Cue, pivot: int) -> bool:
    """The cue is a participle with a form of ``werden`` as its auxiliary (``wird … zitiert``,
    ``wie X zitiert wird``): a ``von``-phrase in its clause names the agent, not the speaker."""
    tokens = ann.tokens
    passive = vocab.word_class("passive_auxiliary")
    if tokens[cue.head].text.lower() == cue.lemma.lower():
        return False  # an infinitive: "wird … sagen" is a future, no passive
    if pivot != cue.head and tokens[pivot].text.lower() in passive:
        return True
    after = cue.tokens[-1] + 1
    return (
        after + 1 < len(tokens)
        and tokens[after].text.lower() in passive
        and (_is_clause_boundary(tokens[after + 1].text) or tokens[after + 1].text in (".", "!", "?"))
    )


def _article_or_first_name(word: str) -> bool:
    return word.lower() in vocab.word_class("subject_article") or vocab.first_name_gender(word) is not False


def _subject_after(ann: Annotated, i: int, limit: int, *, affiliations: bool = True, focus: bool = False) -> Phrase | None:
    """The subject after a verb, skipping adverbs and time phrases (``sagte am Montag der Minister``);
    ``affiliations=False`` leaves out a ``von``-phrase (the agent of a passive)."""
    tokens = ann.tokens
    adverbs = vocab.cue_adverbs()
    while i < limit:
        lower = tokens[i].text.lower()
        if lower in adverbs:
            i += 1
            continue
        if lower in vocab.word_class("object_pronoun") and i + 1 < limit and _article_or_first_name(tokens[i + 1].text):
            i += 1  # "schilderte ihr die Leiterin": the object, then the subject (not "sagte ihr Sprecher")
            continue
        if (
            lower in vocab.word_class("object_demonstrative")
            and i + 1 < limit
            and (_article_or_first_name(tokens[i + 1].text) or tokens[i + 1].text.lower() in vocab.word_class("subject_possessive"))
        ):
            i += 1  # "Anders sieht das sein Kollege X": the object, then the subject
            continue
        if lower in vocab.word_class("time_preposition"):
            skip_to = _time_phrase_end(ann, i, limit)
            if skip_to is not None:
                i = skip_to
                continue
        break
    if i >= limit:
        return None
    if focus:
        after_focus = skip_focus_particles(ann, i, limit)  # erklärten [nur] die Gefängnisse
        following = tokens[after_focus].text
        if after_focus > i and (following.lower() in vocab.determiners() or following[:1].isupper()):
            i = after_focus
    return noun_phrase(ann, i, limit, affiliations=affiliations, occasions=False)


def _time_phrase_end(ann: Annotated, i: int, limit: int) -> int | None:
    for k in range(i + 1, min(limit, i + 5)):
        lower = ann.tokens[k].text.lower()
        if lower in vocab.time_nouns():
            return k + 1
        if vocab.is_punct(lower):
            return None
    return None


def clause_subject(ann: Annotated, start: int, end: int) -> Mention | None:
    """The subject of a main clause ``[start, end)`` without knowing its verb: a phrase at the
    start followed by a lowercase word (``Er fuhr fort:``), or the phrase after the verb in
    second position (``Darin schreibt die Behörde:``)."""
    tokens = ann.tokens
    start = _after_kicker(ann, start, end)
    if start >= end:
        return None
    source = _source_of_speech(ann, start, end)
    if source is not None:
        return source  # "Widerspruch kam von Fraktionschefin X": she is who the text goes on about
    subject_pronouns = vocab.word_class("subject_pronoun")
    for k in range(start + 1, end):  # "Im Interview sagte sie", "lobte er": a pronoun after the verb
        before = tokens[k - 1].text
        if (
            tokens[k].text in subject_pronouns
            and before[:1].islower()
            and before.isalpha()
            and before not in vocab.determiners()  # not in a relative clause: "…, die er nie ausführte"
            and before not in vocab.word_class("subordinator")  # nor after "dass", "als"
        ):
            return mention_from_phrase(ann, Phrase(k, k + 1, k))
    subject_start = skip_focus_particles(ann, start, end)
    counted = _counted_group(ann, subject_start, end)
    if counted is not None:
        return counted
    if tokens[subject_start].text.lower() == "es" and subject_start + 1 < end and _finite_verb_like(ann, subject_start + 1):
        pronoun = _es_mention(ann, subject_start, subject_start + 1)  # "Es begründete den Schritt": es is the subject
        if pronoun is not None:
            return pronoun
    opener = tokens[subject_start].text.lower()
    if opener in vocab.word_class("subordinator") or opener in vocab.word_class("infinitive_opener"):
        after_clause = _after_leading_clause(ann, subject_start, end)
        if after_clause is not None:
            return after_clause
    phrase = noun_phrase(ann, subject_start, end)
    if (
        phrase is not None
        and phrase.end + 1 < end
        and tokens[phrase.end].text == ","
        and any(tokens[k].text == "," for k in range(phrase.start, phrase.end))
        and tokens[phrase.end + 1].text.islower()
        and tokens[phrase.end + 1].text not in relative_pronouns()
    ):
        mention = mention_from_phrase(ann, phrase)  # "Die Tochter der Gründerin, Maria Keller, leitet"
        if mention is not None:
            return mention
    if phrase is not None and phrase.end < end and tokens[phrase.end].text == ",":
        with_inserts = _subject_with_inserts(ann, phrase, end)  # "Der Ermittler, der als Zeuge gilt, will"
        mention = None if with_inserts is None else mention_from_phrase(ann, with_inserts)
        if mention is not None:
            return mention
    first: Mention | None = None
    fronted = _fronted_participle(ann, subject_start, end)
    if phrase is not None and phrase.end < end and tokens[phrase.end].text[:1].islower() and not fronted:
        first = mention_from_phrase(ann, phrase)
        if first is not None and (is_person_like(first) or surname_named_before(ann, first.name, first.start)):
            return first  # ("Matuschek lobte die Helfer" after "Sven Matuschek": he is the subject)
    # "Die Pläne hielt die Expertin für verfehlt:": a first position that names
    # nobody, then the verb, then the subject
    verb = subject_start + 1 if fronted else _second_position_verb(ann, start, end)
    if verb is not None and verb + 2 < end and tokens[verb + 1].text == "," and _finite_after_comma(ann, verb + 2):
        verb += 2  # "Nach ihrem Rezept gefragt, muss die 100-Jährige nicht überlegen": a participle clause first
    if verb is not None:
        inverted = _subject_after(ann, verb + 1, end)
        mention = None if inverted is None else mention_from_phrase(ann, inverted)
        if inverted is not None and (mention is None or not is_person_like(mention)):
            # "Geplant hat das Haus die Architektin X": a thing after the verb is its object when
            # someone follows it
            after = _subject_after(ann, inverted.end, end)
            someone = None if after is None else mention_from_phrase(ann, after)
            if someone is not None and someone.kind is not MentionKind.PRONOUN and is_person_like(someone) and _may_be_nominative(ann, after):
                return someone
        if mention is not None and _may_be_nominative(ann, inverted) and (first is None or is_person_like(mention)):
            return mention
    return first


def _fronted_participle(ann: Annotated, k: int, end: int) -> bool:
    """``Geplant hat das Haus die Architektin X``, ``Gegründet wurde der Verein 1920``: a
    capitalised past participle (``ge…t``, ``ge…en``) opening the clause before an auxiliary is
    the verb's fronted part, no name."""
    tokens = ann.tokens
    if k + 1 >= end or tokens[k + 1].text not in vocab.auxiliaries():
        return False
    word = tokens[k].text
    return (
        word[:1].isupper()
        and vocab.participle_shaped(word)
        and vocab.first_name_gender(word) is False
        and vocab.role_noun(word) is None
        and vocab.organisation_noun(word) is None
    )


_MAX_KICKER_WORDS = 8  # words of a topic line before a colon ("Streit um das Freibad:")
_SOURCE_REACH = 3  # adverbs between "kam" and "von" ("kam dagegen auch von")


def _source_of_speech(ann: Annotated, start: int, end: int) -> Mention | None:
    """``Widerspruch kam von Grünen-Fraktionschefin X``, ``Scharfe Kritik kommt vom Verband``:
    a clause that gives the source of a speech act (`source_noun`, a form of ``kommen``,
    ``von``) is about that source, which the next sentence's ``sagte sie`` refers to."""
    tokens = ann.tokens
    k = skip_focus_particles(ann, start, end)
    if tokens[k].text.lower() in vocab.word_class("opinion_preposition"):
        holder = opinion_holder(ann, k, end)
        # a name ("Für Lindner"), not a role ("Für ihre Partnerin ist …: X hatte …")
        return holder if holder is not None and holder.kind is MentionKind.NAME else None
    sources = vocab.word_class("source_noun")
    while k < end and tokens[k].text not in sources and tokens[k].text[1:].islower() and tokens[k].text.endswith(ADJECTIVE_ENDINGS):
        k += 1  # "Scharfe Kritik", "heftige Kritik"
    if k + 3 >= end or tokens[k].text not in sources or tokens[k + 1].text not in vocab.word_class("come_verb"):
        return None
    j = k + 2
    while j < min(end, k + 2 + _SOURCE_REACH) and tokens[j].text.isalpha() and tokens[j].text.islower() and tokens[j].text not in vocab.word_class("speech_source_preposition"):
        j += 1
    if j + 1 >= end or tokens[j].text not in vocab.word_class("speech_source_preposition"):
        return None
    if any(tokens[x].text in vocab.word_class("source_noun") for x in range(j + 1, end)):
        return None  # "Zustimmung kam von X, Widerspruch von Y": two sources
    phrase = noun_phrase(ann, j + 1, end)
    return None if phrase is None else mention_from_phrase(ann, phrase)



def opinion_holder(ann: Annotated, start: int, end: int) -> Mention | None:
    """``Für Lindner ist der Fund ein Beleg``, ``Für den Minister ist die Lage „ernst“``: the
    phrase after an opening ``für`` (`opinion_preposition`) at token ``start`` and before a
    copula — whose view the clause ``[start, end)`` states."""
    tokens = ann.tokens
    if start + 2 >= end or tokens[start].text.lower() not in vocab.word_class("opinion_preposition"):
        return None
    phrase = noun_phrase(ann, start + 1, end)
    if phrase is None or phrase.end >= end or tokens[phrase.end].text not in vocab.word_class("copula"):
        return None
    return mention_from_phrase(ann, phrase)


def _counted_group(ann: Annotated, start: int, end: int) -> Mention | None:
    """``Rund 200 Mitarbeiter des Herstellers haben …``, ``Mehrere Dutzend Schüler protestierten``:
    a subject that opens with a number (after ``rund``, ``etwa``) or a quantifier and a number
    word names a group, whatever the noun's listed number."""
    tokens = ann.tokens
    k = _after_count_words(ann, start, end)  # rund, etwa, mehr als, knapp
    counted = False
    if k < end and (tokens[k].text.replace(".", "").isdigit() or tokens[k].text.lower() in vocab.word_class("plural_quantifier")):
        counted = tokens[k].text.replace(".", "").isdigit()
        k += 1
    while k < end and tokens[k].text in vocab.word_class("quantity_noun"):
        counted = True
        k += 1
    if not counted or k >= end or k == start:
        return None
    share = _share_phrase(ann, start, end)
    if share is not None:  # "rund 37 Prozent der Befragten"
        return mention_from_phrase(ann, share)
    phrase = noun_phrase(ann, k, end)
    mention = None if phrase is None else mention_from_phrase(ann, phrase)
    if mention is None or mention.kind is not MentionKind.ROLE:
        return None
    return attrs.evolve(mention, start=tokens[start].start, plural=True, gender=None)


def _share_at(ann: Annotated, k: int) -> bool:
    """Token ``k`` is a number before a share noun (``37 Prozent``)."""
    tokens = ann.tokens
    return k + 1 < len(tokens) and tokens[k].text.replace(",", "").isdigit() and tokens[k + 1].text.lower() in vocab.word_class("share_noun")


def _after_count_words(ann: Annotated, start: int, end: int) -> int:
    """The first token from ``start`` that is no function word before a number (``rund``,
    ``etwa``, ``mehr als``)."""
    k = start
    while k < end and ann.tokens[k].text.lower() in vocab.function_words() and not ann.tokens[k].text.isdigit():
        k += 1
    return k


def _share_phrase(ann: Annotated, start: int, end: int) -> Phrase | None:
    """``37 Prozent der Befragten sind der Meinung``, ``22 Prozent teilen die Ansicht``: a share
    counted in a survey, as the subject right before its verb, speaks for its part of the people
    asked. A group in the genitive after it belongs to the phrase (``der Befragten``, not a
    thing's ``des Umsatzes``). ``None`` when no share opens the clause at ``start``."""
    tokens = ann.tokens
    number = _after_count_words(ann, start, end)
    if not _share_at(ann, number):
        return None
    last = number + 1
    if last + 1 < end and tokens[last + 1].text in vocab.word_class("plural_genitive_determiner"):
        group = noun_phrase(ann, last + 1, end, appositions=False)
        if group is None:
            return None
        last = group.end - 1
    if last + 1 < end and not (_finite_verb_like(ann, last + 1) or tokens[last + 1].text in vocab.auxiliaries()):
        return None  # the share is the subject only right before its verb
    return Phrase(start, last + 1, number + 1)


def _after_kicker(ann: Annotated, start: int, end: int) -> int:
    """Where the clause starts after a news kicker, a few words without a verb before a colon
    (``Überraschender Wechsel in Talbach: Die Leiterin … geht``): the kicker names a
    topic, not the subject. A colon before a quotation (``Haller: „…“``) is a speaker label
    and stays."""
    tokens = ann.tokens
    for k in range(start + 1, min(end - 1, start + _MAX_KICKER_WORDS + 1)):
        if tokens[k].text == ":":
            return start if vocab.is_quote_mark(tokens[k + 1].text) else k + 1
        if _finite_verb_like(ann, k) or vocab.is_punct(tokens[k].text) or (tokens[k].text.islower() and vocab.pronoun(tokens[k].text)):
            return start  # (a pronoun too: "Eine Frau neben ihm sah es gelassener:" is a clause)
    return start


def inverted_subject(ann: Annotated, start: int, end: int) -> Mention | None:
    """The subject right after the finite verb in second position of the main clause
    ``[start, end)`` (``Den Vorwurf nennt [Meier] absurd``), whatever it names."""
    verb = _second_position_verb(ann, start, end)
    if verb is None:
        return None
    phrase = _subject_after(ann, verb + 1, end)
    if phrase is None or not _may_be_nominative(ann, phrase):
        return None
    return mention_from_phrase(ann, phrase)


def _after_leading_clause(ann: Annotated, start: int, end: int) -> Mention | None:
    """``Um Zeit zu gewinnen, will [Oettinger] die Fächer straffen``: a subordinate or
    infinitive clause fills the first position, so the finite verb follows its comma and the
    subject follows the verb."""
    tokens = ann.tokens
    for k in range(start + 1, min(end - 2, start + MAX_INSERT)):
        text = tokens[k].text
        if text in (";", ":") or vocab.is_quote_mark(text):
            return None
        if text == ",":
            if not _finite_verb_like(ann, k + 1):
                return None
            phrase = _subject_after(ann, k + 2, end)
            if phrase is None or not _may_be_nominative(ann, phrase):
                return None
            return mention_from_phrase(ann, phrase)
    return None


_MAX_FIRST_POSITION = 15  # tokens before the finite verb of a main clause


def _second_position_verb(ann: Annotated, start: int, end: int) -> int | None:
    """The finite verb after the first position of a main clause, without a POS model: the first
    lowercase word that is no function word, article or attributive adjective (an adjective has
    an adjective ending and a noun after it: ``die praktische Anwendung``)."""
    tokens = ann.tokens
    for k in range(start + 1, min(end, start + _MAX_FIRST_POSITION)):
        text = tokens[k].text
        if text in (":", ";") or vocab.is_quote_mark(text):
            return None
        if text in vocab.auxiliaries() and text not in vocab.function_words():
            return k  # "Dafür musste Landwirt X …": a modal is never an adjective
        if not text[:1].islower() or not text.isalpha() or text in vocab.function_words() or text in vocab.determiners():
            continue
        following = tokens[k + 1].text if k + 1 < end else ""
        before_noun = following[:1].isupper() and not vocab.pronoun(following) and not vocab.is_acronym(following)
        if text.endswith(ADJECTIVE_ENDINGS) and before_noun and vocab.name_word(following) != "first":
            continue  # an adjective before its noun
        return k
    return None


def _finite_after_comma(ann: Annotated, k: int) -> bool:
    """Token ``k`` after a comma can be the finite verb of the main clause: a lowercase word that
    opens no clause of its own (not ``seit``, ``die``, ``und``)."""
    text = ann.tokens[k].text
    if text in vocab.auxiliaries():
        return True
    return text[:1].islower() and text.isalpha() and text not in vocab.function_words() and text not in vocab.determiners() and text not in relative_pronouns()


def is_impersonal(mention: Mention) -> bool:
    """``man`` names nobody in particular, and ``es`` may be an expletive (``Es ist „ernst“``):
    never a speaker found by sentence context."""
    return mention.kind is MentionKind.PRONOUN and (mention.head.lower() in vocab.word_class("impersonal_pronoun") or mention.gender == "n")
