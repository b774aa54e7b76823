"""Where an organisation's name ends after its kind noun.

News introduce an organisation by a kind noun and its name: ``Der Autohersteller Veltrawerke``,
``die Gewerkschaft Bahn und Bus (GBB)``, ``des Pharmakonzerns Delvaro``, ``die
Kieswerke Talgrund``. Without a parser the same shape can be a kind noun and its object
(``hat der Förderverein Unterschriften gesammelt``); the rules here decide from the words, their
position in the sentence and the case of the kind noun. `quotekit.entities` registers what they
find.
"""

from __future__ import annotations

from . import vocabulary as vocab
from .clauses import is_zu_infinitive
from .document import Annotated
from .entity_words import genitive_stem, legal_form_words, of_class, organisation_kinds
from .mentions import is_proper_name
from .phrases import ADJECTIVE_ENDINGS


def name_end(ann: Annotated, i: int) -> int | None:
    """`_name_end`, with the genitive of a named parent body after it (`_parent_genitive_end`)."""
    j = _name_end(ann, i)
    return _parent_genitive_end(ann, j) if j is not None else None


_MAX_SEAT_NAME_WORDS = 2  # name words after a territory's noun ("des Landkreises Obere Aue")


def seat_tail_end(ann: Annotated, first: int, j: int) -> int:
    """``Amt für Gesundheit [des Landkreises Rabenau]``, ``Institut für Gewässerökologie [der
    Universität Stellhofen]``, ``Stiftung Bürgersinn [zu Eichwalde]``, ``Hospizverein [für den
    Altkreis Neudorf]``, ``Zweckverband Breitband [im Landkreis Eichfeld]``: the territory or the
    parent body a name (tokens ``first``–``j``, its article and kind noun included) goes on with,
    when that is named too; `_parent_genitive_end` takes parents named by adjectives alone.
    Returns the last token of the name.

    The same words are often no part of the name: an adverbial (``kontrollierte die Polizei X im
    Landkreis Y``), a dative object (``überwies die Stiftung X der Stadt Bergen``) or a tail and
    the object after it (``des Landkreises X Proben``). So a tail after a preposition or after
    ``der`` (a dative too) needs a name that opens its clause, as the subject before its verb; only
    ``des`` (a genitive alone) and ``zu`` go anywhere; and the tail must end its phrase (a verb,
    a punctuation mark, no capitalised word after it)."""
    tokens, n = ann.tokens, len(ann.tokens)
    subject = _opens_clause(ann, first)
    while True:
        k = j + 1
        if k + 1 >= n or ann.paragraph_break_before(k):
            return j
        word = tokens[k].text
        if word in of_class("seat_tail_preposition") and subject:
            if tokens[k + 1].text.lower() in of_class("seat_tail_article"):
                k += 1  # "für den Landkreis X"
            m = k + 1
        elif word in of_class("singular_genitive_article") or (word in of_class("genitive_article") and subject):
            m = k + 1
        elif word in of_class("place_preposition_of_name"):
            m = k  # "zu Eichwalde": an old form that names the seat, no noun before the name
        else:
            return j
        while m < n and _capitalised_adjective(ann, m):
            m += 1  # "der Technischen Universität …"
        if m > k and (m + 1 >= n or not _seat_noun(tokens[m].text)):
            return j
        last = _seat_name_end(ann, m)
        if last is None:
            return j
        j = last


def _seat_name_end(ann: Annotated, noun: int) -> int | None:
    """The last of the name words (at most `_MAX_SEAT_NAME_WORDS`) after a territory's noun at
    ``noun``; None without a name, or when more capitalised words follow: an object (``… Rabenau
    Proben``)."""
    tokens, n = ann.tokens, len(ann.tokens)
    last = noun
    while last + 1 < n and last - noun < _MAX_SEAT_NAME_WORDS and _seat_name_word(ann, last + 1):
        last += 1
    if last == noun or (last + 1 < n and tokens[last + 1].text[:1].isupper() and not ann.paragraph_break_before(last + 1)):
        return None
    return last


def _opens_clause(ann: Annotated, first: int) -> bool:
    """The phrase at token ``first`` opens its sentence or the clause after a colon, with at most
    an article and lowercase adjectives before its noun: the subject before its verb."""
    tokens = ann.tokens
    k = first
    while k > 0 and (tokens[k - 1].text.lower() in vocab.determiners() or _inflected_adjective(tokens[k - 1].text)):
        k -= 1
    return k == ann.sentences[tokens[first].sent][0] or (k > 0 and tokens[k - 1].text == ":")


def _seat_noun(word: str) -> bool:
    """``Landkreises``, ``Universität``, ``Landratsamt``: a territory or a body in any case."""
    return word in of_class("territory_genitive") or word in of_class("territory_noun") or vocab.organisation_noun(genitive_stem(word)) is not None


def _seat_name_word(ann: Annotated, k: int) -> bool:
    """A capitalised word that names a place or body (no first name, role, noun of speech or function word)."""
    if k >= len(ann.tokens) or ann.paragraph_break_before(k):
        return False
    word = ann.tokens[k].text
    return (
        word[:1].isupper()
        and word.replace("-", "").isalpha()
        and vocab.first_name_gender(word) is False
        and vocab.name_word(word) == "name"
        and vocab.role_noun(word) is None
        and vocab.organisation_noun(word) is None
    )


def _parent_genitive_end(ann: Annotated, j: int) -> int:
    """``Kreisverband Moorbrück [des Deutschen Roten Kreuzes]``: a genitive after the name whose
    capitalised adjectives make it a proper name names the body the organisation belongs to, and
    is part of its name."""
    tokens = ann.tokens
    k = j + 1
    if k + 2 >= len(tokens) or tokens[k].text not in of_class("genitive_article") or ann.paragraph_break_before(k):
        return j
    m = k + 1
    # (not a noun in -e: "überwies die Stiftung X [der Gemeinde Kirchdorf]" is a dative)
    while m < len(tokens) and _capitalised_adjective(ann, m) and vocab.organisation_noun(tokens[m].text) is None and vocab.role_noun(tokens[m].text) is None:
        m += 1
    if m == k + 1 or m >= len(tokens) or not tokens[m].text[:1].isupper() or vocab.first_name_gender(tokens[m].text) is not False:
        return j
    return m


def _name_end(ann: Annotated, i: int) -> int | None:
    """The last token of an organisation name starting at ``i`` (capitalised name words and
    acronyms: ``Veltrawerke``, ``HSG Brehmsund``), or None when it may be something else: a
    first name inside (``des Ministeriums Maria Brandt``), two plain words without an acronym
    (``der Fraktion Gerold Wenk``: a person whose first name no list knows), a common
    noun (``beim Gericht Berufung einlegen``)."""
    tokens = ann.tokens
    if (territory := _territory_name_end(ann, i)) is not None:
        return territory  # "die Wirtschaftsförderungsgesellschaft Landkreis Obermoosach"
    j = i - 1
    acronym = False
    founded = False  # a founding year closed the name: surely a club's
    club = i > 0 and (vocab.is_acronym(tokens[i - 1].text) or "club" in organisation_kinds(tokens[i - 1].text))  # the kind noun before the name
    church = i > 0 and "church" in organisation_kinds(tokens[i - 1].text) and saints_name(ann, i)  # "die Pfarrei Maria Himmelfahrt"
    # "die Gewerkschaft Öffentliche Dienste": a capitalised adjective inside a sentence is a name's
    adjective = _capitalised_adjective(ann, i)
    joined = 0  # name words joined by "und"
    saints = 0  # words of a saint's name ("Sankt Martin")
    tail = -1  # the word joined last by "und"
    while j + 1 < len(tokens) and not ann.paragraph_break_before(j + 1):
        word = tokens[j + 1].text
        if j >= i and (_name_goes_on_after_und(ann, j + 1) or _ampersand_in_name(ann, j + 1)):
            j += 2  # "Gewerkschaft Bahn und Bus", "Falke Hoch- und Tiefbau", "Kessler & Voigt"
            joined += 2
            tail = j  # ("… und Umgebung": a noun that ends a name after "und" is no common noun)
            continue
        if j >= i and _plural_kind_noun(word):
            j += 1  # "Hollerbacher Verkehrsbetriebe", "Kieler Stadtwerke": the name ends in its kind
            break
        if j >= i and word in of_class("region_noun") and tokens[j].text.endswith("er") and tokens[j].text[:1].isupper():
            j += 1  # "Naturschutzbund Grießbacher Land": a region named by a place adjective
            if j + 1 < len(tokens) and tokens[j + 1].text in of_class("compass_word"):
                j += 1  # "… Lüneburger Heide Ost"
            break
        if (acronym or club) and j >= i and _founding_year(word):
            j += 1  # "SV Eichholz 09", "TSV Halling 1861", "Kanu-Club Kremmin 1921": a club's founding year ends its name
            founded = True
            break
        saint = j >= i and tokens[j].text in of_class("saint_word") and word[:1].isupper()  # "Hospizverein Sankt Martin"
        named = is_proper_name(ann, j + 1) and (vocab.name_word(word) == "name" or (church and vocab.name_word(word) == "first"))
        if not (saint or vocab.is_acronym(word) or named or _place_name(word) or (adjective and j + 1 == i)):
            break
        if vocab.first_name_gender(word) is not False and not saint and not church:
            return None
        saints += saint
        acronym = acronym or vocab.is_acronym(word)
        j += 1
    if j < i or (j != tail and tokens[j].text.lower().endswith(tuple(of_class("common_noun_ending")))):
        return None
    # "hat der Förderverein Unterschriften gesammelt": a plain word after a kind noun inside a
    # sentence is as often an object; a news text introduces an organisation as the subject
    # that opens the sentence ("Die Reederei Baltmar hat …", "Der Hersteller Kornwerk Albig
    # baut …") or by an acronym ("HSG Brehmsund"); a single word that cannot be a plural
    # object may stand anywhere
    sentence_start = ann.sentences[tokens[i].sent][0]
    if i >= 3 and tokens[i - 3].text == ":" and tokens[i - 3].i > sentence_start:
        sentence_start = i - 2  # "Es ist geschafft: Der Hospizverein X hat …": a colon opens a clause like a sentence
    opens_sentence = (  # "Die (städtische) Wohnungsgesellschaft GeWo Hallberg will …"
        i >= 2
        and tokens[sentence_start].text.lower() in vocab.determiners()
        and all(_inflected_adjective(tokens[k].text) for k in range(sentence_start + 1, i - 1))
    )
    acronym = acronym or (j + 3 < len(tokens) and tokens[j + 1].text == "(" and tokens[j + 3].text == ")" and vocab.is_acronym(tokens[j + 2].text))
    if acronym or adjective or joined or founded or _genitive_kind_noun(ann, i - 1) or _apposition_kind_noun(ann, i - 1):
        # "HSG Brehmsund", "des Pharmakonzerns Delvaro", "Mitglieder der Bürgerinitiative Stilles Moor",
        # "vom Mieterverein X und Umgebung" (a name that goes on after "und" or "&")
        return j
    if j == i and (not tokens[i].text.endswith(tuple(of_class("plural_noun_ending"))) or tokens[i].text.endswith(tuple(of_class("toponym_ending")))):
        return j  # "entzog dem Milchverarbeiter Weidenhof die Zulassung", "Im Zoo Grünhagen": no plural object
    if j > i + joined and j + 1 < len(tokens) and tokens[j + 1].text in _CLAUSE_END:
        return j  # "Kritik kommt vom Förderverein Theaterfreunde Kranichstein.": two name words end the clause
    if j == i + 1 and tokens[i].text in of_class("toponym_prefix"):
        return j  # "in die Kreisklinik Bad Reitfeld geflogen": a place of two words
    # "den Kurs beim Hospizverein Lichtblick Oberweiden abgeschlossen": after a preposition fused
    # with its article, the name words stand in that phrase, no object of the clause's verb
    # (not when the phrase opens the sentence or "zu" follows: "Im Krankenhaus Nachtdienste zu
    # übernehmen …", "Zur Bibliothek Bücher zurückbringen kann man …" are an object and a verb)
    in_contracted_phrase = (
        j > i  # (one word alone is a name by the rules above, or a plural object: "beim Förderverein Unterschriften abgegeben")
        and i >= 2
        and tokens[i - 2].text.lower() in vocab.word_class("contracted_preposition")
        and i - 2 > ann.sentences[tokens[i].sent][0]
        and not (j + 2 < len(tokens) and is_zu_infinitive(tokens[j + 1].text, tokens[j + 2].text))
    )
    return j if (opens_sentence or in_contracted_phrase or church) and j - i - joined - saints <= 1 else None


_CLAUSE_END = frozenset({".", ",", ";", ":", "!", "?"})

_MAX_NAME_WORDS = 3  # name words after a kind noun that `name_words_end` takes


def name_words_end(ann: Annotated, i: int, referred_to: bool = False) -> int | None:
    """The last of the name words that start at ``i`` after a kind noun, wherever it stands
    (``mit der Gemeinde [Talbach]``, ``vom Forstamt [Hochgrat-Süd]``, ``in den Verbund [Unteres
    Saaltal]``), for a caller that knows the noun names an organisation:
    capitalised words that can be names, no first name (``des Ministeriums Maria Brandt``), the
    last not in a common noun's ending, words that look like a name (see below), and the phrase
    must end there: a punctuation mark, or a lowercase word that is neither ``zu`` nor a
    participle (``Unterschriften gesammelt``; unless a capitalised adjective made the words a name:
    ``in den Verbund Unteres Saaltal eingegliedert``)."""
    tokens, n = ann.tokens, len(ann.tokens)
    j = i - 1
    named_by_adjective = False  # "Unteres Saaltal": a capitalised adjective inside a sentence is a name's
    while j + 1 < n and j + 1 - i < _MAX_NAME_WORDS and not ann.paragraph_break_before(j + 1):
        word = tokens[j + 1].text
        # (a name's adjective keeps its strong ending in any case: "in den Verbund Unteres Saaltal")
        strong = word.endswith(vocab.endings("name_adjective_ending")) and len(word) > 4
        adjective = (_capitalised_adjective(ann, j + 1) or strong) and j + 2 < n and tokens[j + 2].text[:1].isupper()
        if not (vocab.is_acronym(word) or adjective or (is_proper_name(ann, j + 1) and vocab.name_word(word) == "name") or _place_name(word)):
            break
        named_by_adjective = named_by_adjective or adjective
        if vocab.first_name_gender(word) is not False:
            return None
        j += 1
    if j < i or tokens[j].text.lower().endswith(tuple(of_class("common_noun_ending"))):
        return None
    founded = j + 1 < n and _founding_year(tokens[j + 1].text)
    if founded:
        j += 1  # "RSV Steinhövel 1921"
    # (a plain word after a kind noun is as often its object: "hat das Ordnungsamt Bußgelder
    # verhängt", "verkauft der Verein Waffeln", "hatte die Gemeinde Widerspruch erhoben"; so the
    # words must look like a name: a capitalised adjective, an acronym, a founding year, a
    # place's ending ("Bad Talbach", "Hochgrat-Süd"), or a word the text uses elsewhere too, as
    # a name is: "in Oberweilen", "Inhaber Kurt Brenner")
    # (with ``referred_to``, a later bare kind noun refers back to the body, which so had a name;
    # after a preposition the words are no object of the clause's verb: "vom Forstamt Mittelweser")
    looks_named = named_by_adjective or founded or any(vocab.is_acronym(tokens[k].text) or _place_like(tokens[k].text) or ann.count(tokens[k].text) > 1 for k in range(i, j + 1))
    # (one word that may be a plural noun is as often the object: "vom Förderverein Tablets")
    plural_like = j == i and tokens[i].text.endswith(tuple(of_class("plural_noun_ending")))
    if not looks_named and not (referred_to and _after_preposition(ann, i - 1) and not plural_like):
        return None
    if j + 1 >= n or ann.paragraph_break_before(j + 1):
        return j
    after = tokens[j + 1].text
    if after in _CLAUSE_END or after == "(":
        return j
    if after[:1].isupper() or after == "zu" or (vocab.participle_shaped(after) and not named_by_adjective):
        return None
    return j


def _after_preposition(ann: Annotated, k: int) -> bool:
    """The kind noun at ``k`` follows a preposition, fused with its article (``vom``, ``beim``)
    or before one (``mit dem``, ``von der``)."""
    texts = ann.texts
    before = texts[k - 1].lower() if k > 0 else ""
    if before in vocab.word_class("preposition"):
        return True
    return k > 1 and before in vocab.determiners() and texts[k - 2].lower() in vocab.word_class("preposition")


def _place_like(word: str) -> bool:
    """``Talbach``, ``Seebrück``, ``Hochgrat-Süd``: a word with the ending of a place name
    (``toponym_ending``, ``place_ending``), or two capitalised parts joined by a hyphen."""
    lower = word.lower()
    parts = word.split("-")
    return (
        _place_name(word)
        or any(lower.endswith(ending) and len(lower) > len(ending) + 2 for ending in of_class("toponym_ending"))
        or (len(parts) == 2 and all(part[:1].isupper() for part in parts))
    )


def _territory_name_end(ann: Annotated, i: int) -> int | None:
    """``Wirtschaftsförderungsgesellschaft [Landkreis Obermoosach]``, ``Jobcenter [Kreis Talheim]``:
    a territory's noun without article and its name after a kind noun name the organisation by the
    territory it serves (at most two name words, and no capitalised word after them)."""
    return _seat_name_end(ann, i) if ann.tokens[i].text in of_class("territory_noun") else None


def saints_name(ann: Annotated, i: int) -> bool:
    """``Maria Himmelfahrt``, ``Peter und Paul``: a first name at ``i`` that opens a church's name
    — before a word for a feast (``church_feast_word``) or ``und`` and another first name — not
    a person's (``der Kirche Anna Lehmann zu hören``)."""
    texts = ann.texts
    if i + 1 >= len(texts):
        return False
    if texts[i + 1].lower() in of_class("church_feast_word"):
        return True
    return i + 2 < len(texts) and texts[i + 1] in vocab.word_class("coordinator") and vocab.first_name_gender(texts[i + 2]) is not False


def _capitalised_adjective(ann: Annotated, i: int) -> bool:
    """Token ``i`` is a capitalised adjective (``Öffentliche``, ``Freier``) inside a sentence and
    before a capitalised word: German capitalises an adjective there only in a name."""
    tokens = ann.tokens
    word = tokens[i].text
    return (
        word[:1].isupper()
        and word.endswith(vocab.endings("weak_adjective_ending"))
        and vocab.first_name_gender(word) is False
        and i + 1 < len(tokens)
        and tokens[i + 1].text[:1].isupper()
        and ann.sentences[tokens[i].sent][0] < i - 1
        and not ann.paragraph_break_before(i)
    )


def _inflected_adjective(word: str) -> bool:
    """``städtische``: a lowercase word with an adjective's ending that is no function word or
    auxiliary (``Die meisten haben beim Förderverein …`` opens with no adjective phrase)."""
    return word.islower() and word.endswith(ADJECTIVE_ENDINGS) and word not in vocab.function_words() and word not in vocab.auxiliaries()


def _name_goes_on_after_und(ann: Annotated, k: int) -> bool:
    """``und`` at ``k`` inside an organisation's name: after a truncated compound (``Spargel-
    und Erdbeeranbauer``), or between two name words, the second no role, organisation noun or
    first name and not followed by another capitalised word that would start a new phrase (``die
    Gewerkschaft Bahn und Bus hat``)."""
    tokens, n = ann.tokens, len(ann.tokens)
    if tokens[k].text not in of_class("coordinator") or k + 1 >= n:
        return False
    word = tokens[k + 1].text
    if k >= 1 and tokens[k - 1].text.endswith("-") and word[:1].isupper():
        return True  # "Verband Süddeutscher Spargel- und Erdbeeranbauer": a truncated compound goes on
    return (
        # a name word, or a noun that ends such a name ("Tierschutzverein X und Umgebung",
        # "Gewerkschaft Technik und Industrie"), but no person noun ("… und Polizisten")
        (vocab.name_word(word) == "name" or (word[:1].isupper() and vocab.role_noun(word) is None and word.lower() not in vocab.determiners()))
        and vocab.first_name_gender(word) is False
        and not (k + 2 < n and tokens[k + 2].text[:1].isupper() and tokens[k + 2].text not in legal_form_words())
        and not ann.paragraph_break_before(k + 1)
    )


def _founding_year(word: str) -> bool:
    """``09``, ``1861``: the two or four digits of a year."""
    return word.isdigit() and (len(word) == 2 or (len(word) == 4 and word[:2] in ("18", "19", "20")))


def _ampersand_in_name(ann: Annotated, k: int) -> bool:
    """``&`` at ``k`` before a capitalised word (``Kessler & Voigt``, ``Lindqvist & Co.``): an
    ampersand only ever joins the words of a firm's name."""
    tokens = ann.tokens
    return tokens[k].text == "&" and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper() and not ann.paragraph_break_before(k + 1)


def _plural_kind_noun(word: str) -> bool:
    """``Verkehrsbetriebe``, ``Stadtwerke``: an organisation noun in the plural, which ends the
    name of a company named after its place."""
    info = vocab.organisation_noun(word)
    return info is not None and info.plural and word[:1].isupper()


def _place_name(word: str) -> bool:
    """``Oberland``, ``Talstadt``: a compound place name that only looks like an organisation
    noun (``Land``, ``Stadt``); the bare noun itself is none."""
    lower = word.lower()
    return word[:1].isupper() and vocab.role_noun(word) is None and any(
        lower.endswith(ending) and len(lower) > len(ending) + 2 for ending in of_class("place_ending")
    )


def _apposition_kind_noun(ann: Annotated, k: int) -> bool:
    """``Der Projektierer, die Firma Aeolia Energie, …``: the kind noun at ``k`` opens an
    apposition (a comma and a determiner before it), which names what it stands beside."""
    tokens = ann.tokens
    return k >= 2 and tokens[k - 2].text == "," and tokens[k - 1].text.lower() in vocab.determiners()


def _genitive_kind_noun(ann: Annotated, k: int) -> bool:
    """The kind noun at ``k`` is a genitive attribute (``des Chemiekonzerns``, ``Mitglieder der
    Bürgerinitiative``): what follows it names the organisation, since no object can."""
    tokens = ann.tokens
    if k < 1:
        return False
    article = tokens[k - 1].text.lower()
    if article in of_class("singular_genitive_article"):
        return True
    info = vocab.organisation_noun(tokens[k].text)
    return (
        article in of_class("genitive_article")
        and info is not None
        and info.gender == "f"
        and k >= 2
        and tokens[k - 2].text[:1].isupper()
        and vocab.name_word(tokens[k - 2].text) != "no"
    )
