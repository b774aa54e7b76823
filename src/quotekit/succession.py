"""Who takes an office over and who leaves it, as a text about a change at the top tells it.

``Heimleiterin X geht in den Ruhestand, ihre Nachfolgerin Y hat übernommen. … sagte die Neue``:
German news calls the two people of a handover by their part in it (``die Neue``, ``die neue
Chefin``, ``Sein Nachfolger``; ``der scheidende Chefarzt``, ``Ihre Vorgängerin``). Those phrases
name no office the text gave anyone, so the role rules cannot link them; the text's handover
sentence says who is who. This module reads that sentence around each collected name; the entity
linker then gives the phrases the person of that part.
"""

from __future__ import annotations

from . import vocabulary as vocab
from .document import Annotated
from .entity_words import of_class

INCOMING, OUTGOING = "incoming", "outgoing"
_WORDS_BEFORE = 10  # words between the phrase telling the part and the name ("Neue Geschäftsführerin wird die Pflegewissenschaftlerin X", "übergibt das Geschäft zum 1. Juli an X")


def part_of_name(ann: Annotated, first: int, last: int) -> str | None:
    """The part (`INCOMING` or `OUTGOING`) the sentence gives the person named by tokens
    ``first``…``last``, or None when it tells of no handover."""
    texts = ann.texts
    sentence = ann.sentences[ann.tokens[first].sent]
    after = texts[last + 1].lower() if last + 1 < sentence[1] else ""
    if after in of_class("handover_verb"):
        return OUTGOING  # "X übergibt an Y"
    if after in of_class("takeover_verb"):
        return INCOMING  # "Y folgt auf X", "Y übernimmt"
    before: list[str] = []  # the words before the name, nearest first
    k = first - 1
    while k >= sentence[0] and len(before) < _WORDS_BEFORE and texts[k] not in (",", ";", ":", "(", "–"):
        before.append(texts[k].lower())
        k -= 1
    if not before:
        return None
    if before[0] in of_class("handover_from") and any(w in of_class("takeover_verb") | of_class("successor_noun") | of_class("handover_noun") for w in before[1:]):
        return OUTGOING  # "folgt auf X", "Nachfolger von X"
    if before[0] in of_class("handover_to") and any(w in of_class("handover_verb") for w in before[1:]):
        return INCOMING  # "übergibt (nach 14 Jahren) an Y"
    if any(w in of_class("outgoing_before_name") for w in before):
        return OUTGOING  # "Der bisherige Geschäftsführer X"
    if any(w in of_class("incoming_before_name") for w in before):
        return INCOMING  # "ihre Nachfolgerin Y", "Seine Nachfolge tritt Y an", "die neue Chefin Y"
    return None


def pair_named(ann: Annotated, sentence_index: int) -> bool:
    """Whether the sentence names both people of the handover, so that a person named just before
    the one with a part has the other part: a successor noun or a handover verb tells of two
    (``X geht, ihre Nachfolgerin Y …``), an adjective like ``neue`` of one (``Landrat X stellte
    die neue Schulleiterin Y vor``)."""
    start, end = ann.sentences[sentence_index]
    words = {w.lower() for w in ann.texts[start:end]}
    return bool(words & (of_class("successor_noun") | of_class("handover_noun") | of_class("handover_verb") | of_class("takeover_verb")))


def phrase_part(words: list[str]) -> str | None:
    """The part a role phrase names (``die Neue``, ``die neue Chefin``, ``Sein Nachfolger``:
    `INCOMING`; ``der scheidende Chefarzt``, ``Ihre Vorgängerin``: `OUTGOING`), None for any other
    (``die Neue Westfälische``: a capitalised adjective inside a name)."""
    if len(words) == 3 and not words[1].islower():
        return None
    lower = [w.lower() for w in words]
    if len(lower) == 2 and lower[1] in of_class("successor_noun"):
        return INCOMING
    if len(lower) == 2 and lower[1] in of_class("predecessor_noun"):
        return OUTGOING
    if len(lower) == 2 and lower[0] in of_class("definite_article") and lower[1] in of_class("successor_adjective"):
        return INCOMING  # "Die Neue"
    if len(lower) == 3 and lower[0] in of_class("definite_article") and lower[1] in of_class("successor_adjective"):
        return INCOMING  # "die neue Chefin"
    if len(lower) == 3 and lower[0] in of_class("definite_article") and lower[1] in of_class("outgoing_adjective"):
        return OUTGOING  # "der scheidende Chefarzt"
    if len(lower) == 2 and lower[0] in of_class("definite_article") and honorary(lower[1]):
        return OUTGOING  # "der Ehrenvorsitzende": who held the chair before
    return None


def honorary(word: str) -> bool:
    """``ehrenvorsitzende``: an honorary title of an office (``honorary_prefix`` before a role noun)."""
    return any(word.startswith(prefix) and vocab.role_noun(word[len(prefix) :].capitalize()) is not None for prefix in of_class("honorary_prefix"))


def article_gender(words: list[str]) -> str | None:
    """``die Neue`` → ``f``, ``der Neue`` → ``m``: the gender a nominalised adjective's article
    gives (a plural ``die`` does not name one person; the phrases read here are singular)."""
    if len(words) != 2:
        return None
    article = words[0].lower()
    return "m" if article in of_class("male_nominative_article") else "f" if article in of_class("female_nominative_article") else None
