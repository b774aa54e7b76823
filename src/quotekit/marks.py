"""Classify every quotation mark as opening, closing, ambiguous or apostrophe, in one pass.

German news text mixes styles: „…“ (German), “…” (English), "…" (typewriter), »…« (German
books), «…» (Swiss), ‚…‘ and '…' for nested quotes, and ’ / ' are also apostrophes
(``geht's``, ``Merkel'sche``, ``O’Keefe``, ``Lenz' Kollegen``). A glyph alone rarely tells its
direction, so - like CommonMark's emphasis rules - a mark is judged by the characters around it:

* *left-flanking* (``␣"Wort``): the next character is not a space, and it is not punctuation
  unless the previous one is a space or punctuation too - the mark can open;
* *right-flanking* (``Wort"␣``): the mirror image - the mark can close.

Both or neither means AMBIGUOUS: the scanner then decides from what is open (a straight ``"``
after an open ``"`` closes it). German typography fixes a few directions: „ always opens, a
free-standing “ or ” closes (``verstanden. “``), and once „ is open a “ closes it whatever its
neighbours say (`CANONICAL_PAIRS`). Apostrophes are told apart from single quotes by the same
neighbours (inside a word, before an elision like ``'s`` or a year like ``'89``). The pass
visits the mark positions found by one compiled regex, never every character, so it is linear
in the input length.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from functools import cache, lru_cache
from typing import Iterator, NamedTuple

from . import lexicon


class Role(enum.Enum):
    """What a mark can do, judged from its neighbours."""

    OPENING = "opening"
    CLOSING = "closing"
    AMBIGUOUS = "ambiguous"  # could open or close: the scanner decides from what is open
    APOSTROPHE = "apostrophe"  # not a quotation mark at all (geht's, O’Keefe, 's, '80er)


class Family(enum.Enum):
    """Double marks nest single ones (»… ›…‹ …«, „… ‚…‘ …“); a closer must match the family."""

    DOUBLE = "double"
    SINGLE = "single"


class Mark(NamedTuple):
    start: int
    end: int  # 2 characters for the wiki-style double apostrophe ''
    glyph: str
    family: Family
    role: Role
    straight: bool  # typewriter marks " ' '' whose direction always comes from context
    maybe_apostrophe: bool = False  # a closing ’/' after s, x, z (Lenz’ Kollegen): close only if open


DOUBLE_GLYPHS = "„“”\"»«"
SINGLE_GLYPHS = "‚‘’'›‹"
STRAIGHT_GLYPHS = ("\"", "'", "''")

# Which glyphs may close a quotation opened by a glyph; mixed styles („…" “…" „…”) included.
CLOSERS: dict[str, frozenset[str]] = {
    "„": frozenset("“”\""),
    "“": frozenset("”“\""),
    "”": frozenset("”\""),
    "\"": frozenset("\"“”"),
    "»": frozenset("«"),
    "«": frozenset("»"),
    "‚": frozenset("‘’'"),
    "‘": frozenset("’‘'"),
    "'": frozenset("'’‘"),
    "›": frozenset("‹"),
    "‹": frozenset("›"),
    "''": frozenset({"''", "\""}),
}

# Pairs whose closer is the closer of German typography: once the opener is open, this glyph
# closes it whatever its neighbours say (``„Hallo “, rief er`` still closes).
CANONICAL_PAIRS: frozenset[tuple[str, str]] = frozenset(
    {("„", "“"), ("„", "”"), ("“", "”"), ("»", "«"), ("«", "»"), ("‚", "‘"), ("›", "‹"), ("‹", "›"),
     ("\"", "\""), ("''", "''")}
)

# Three or more apostrophes are wiki bold/italic markup, two are a double quote, one is itself:
# a run of apostrophes is one match (`classify` drops runs longer than two). The pattern starts
# with one character class and keeps the run as an optional tail after ', so the regex engine
# skips ahead to the next candidate character instead of trying every position (the alternation
# '''+|''|[…] has no such prefix: 2.5x slower on news text, same matches).
_MARK = re.compile("[„“”\"»«‚‘’'›‹](?:(?<=')'*)?")



@cache
def _elision() -> re.Pattern[str]:
    """What may follow a left-flanking apostrophe: an elided word from ``marks_elisions.txt``
    ('s, 'n, 'ne, 'nem, 'raus) or a shortened year ('80er, '98)."""
    words = sorted(lexicon.words("marks_elisions.txt"), key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?:(?:{alternatives})(?!\w)|\d\d(?:ern?(?!\w)|(?![\w-])))")


@cache
def _possessive_letters() -> str:
    """Letters after which a closing ’/' may be a possessive apostrophe (Lenz' Kollegen)."""
    return "".join(sorted(lexicon.words("marks_possessive_letters.txt")))



@lru_cache(maxsize=4096)
def char_class(char: str) -> str:
    """'space' (also text boundaries, given as ''), 'punct', 'alnum' or 'other'."""
    if not char or char.isspace():
        return "space"
    if char.isalnum():
        return "alnum"
    if unicodedata.category(char)[0] in "PS":
        return "punct"
    return "other"


def flanking(before: str, after: str) -> tuple[bool, bool]:
    """(left_flanking, right_flanking) of a mark between characters ``before`` and ``after``."""
    b, a = char_class(before), char_class(after)
    left = a != "space" and (a != "punct" or b in ("space", "punct"))
    right = b != "space" and (b != "punct" or a in ("space", "punct"))
    return left, right


def _role_from_flanking(left: bool, right: bool) -> Role:
    if left and not right:
        return Role.OPENING
    if right and not left:
        return Role.CLOSING
    return Role.AMBIGUOUS


# (glyph, character before, character after) → (family, role, straight, maybe_apostrophe): a mark
# is judged by its neighbours, and the same few combinations come back again and again
_BY_NEIGHBOURS: dict[tuple[str, str, str], tuple[Family, Role, bool, bool]] = {}
_LOOKS_FURTHER = ("'", "‘")  # an opening ' or ‘ may be an elision ('s, '80er): more text decides


def classify(text: str, start: int, end: int) -> Mark | None:
    """The `Mark` for the glyph at ``text[start:end]``; None when it is markup (''')."""
    glyph = text[start:end]
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    key = (glyph, before, after)
    known = _BY_NEIGHBOURS.get(key)
    if known is not None:
        return Mark(start, end, glyph, *known)
    mark = _classify(text, start, end, glyph, before, after)
    if mark is not None and glyph not in _LOOKS_FURTHER:
        if len(_BY_NEIGHBOURS) >= 100_000:  # bounded, for texts full of unusual characters
            _BY_NEIGHBOURS.clear()
        _BY_NEIGHBOURS[key] = (mark.family, mark.role, mark.straight, mark.maybe_apostrophe)
    return mark


def _classify(text: str, start: int, end: int, glyph: str, before: str, after: str) -> Mark | None:
    if len(glyph) > 2:
        return None
    if glyph == "''":
        return Mark(start, end, glyph, Family.DOUBLE, _role_from_flanking(*flanking(before, after)), True)
    family = Family.DOUBLE if glyph in DOUBLE_GLYPHS else Family.SINGLE
    straight = glyph in STRAIGHT_GLYPHS
    if glyph == "„":  # the German opener has no other use
        return Mark(start, end, glyph, family, Role.OPENING, False)
    left, right = flanking(before, after)
    if glyph == "‚":  # a low single mark followed by a space is a misplaced comma
        role = Role.OPENING if left else Role.APOSTROPHE
        return Mark(start, end, glyph, family, role, False)
    if family is Family.SINGLE and glyph in "’'‘":
        return _single_or_apostrophe(text, start, end, glyph, before, after, left, right)
    if glyph in "“”" and not left and not right:  # `verstanden. “ ` - in German “ closes
        return Mark(start, end, glyph, family, Role.CLOSING, False)
    return Mark(start, end, glyph, family, _role_from_flanking(left, right), straight)


def _single_or_apostrophe(
    text: str, start: int, end: int, glyph: str, before: str, after: str, left: bool, right: bool
) -> Mark:
    """’ ' ‘ are apostrophes inside words and before elisions; otherwise single quotes."""
    straight = glyph == "'"
    if char_class(before) == "alnum" and char_class(after) == "alnum":  # geht's, O’Keefe, 80'er
        return Mark(start, end, glyph, Family.SINGLE, Role.APOSTROPHE, straight)
    if left and not right:
        if glyph == "’" or _elision().match(text, end):  # ’Ndrangheta, wie 's geht, '80er
            return Mark(start, end, glyph, Family.SINGLE, Role.APOSTROPHE, straight)
        return Mark(start, end, glyph, Family.SINGLE, Role.OPENING, straight)
    if right and not left and after == "-":  # Tal'-Cup, Kids’-Party: inside a compound
        return Mark(start, end, glyph, Family.SINGLE, Role.APOSTROPHE, straight)
    if right and not left:
        # Lenz' Kollegen, Kids’ Rechte: a possessive after s/x/z looks exactly like a closer
        possessive = before in _possessive_letters() and glyph != "‘"
        return Mark(start, end, glyph, Family.SINGLE, Role.CLOSING, straight, maybe_apostrophe=possessive)
    if not left and not right and glyph != "'":  # a lone ’ between spaces is no quotation mark
        return Mark(start, end, glyph, Family.SINGLE, Role.APOSTROPHE, straight)
    return Mark(start, end, glyph, Family.SINGLE, Role.AMBIGUOUS, straight)


def find_marks(text: str) -> Iterator[Mark]:
    """Every quotation mark in ``text`` (apostrophes included, with role APOSTROPHE), in order."""
    for match in _MARK.finditer(text):
        mark = classify(text, match.start(), match.end())
        if mark is not None:
            yield mark


def can_close(opener: str, closer: str) -> bool:
    """Whether glyph ``closer`` may end a quotation opened with glyph ``opener``."""
    return closer in CLOSERS.get(opener, ())


def is_canonical_pair(opener: str, closer: str) -> bool:
    """``closer`` closes ``opener`` even when its neighbours make it look like an opener."""
    return (opener, closer) in CANONICAL_PAIRS


_ANY_MARK = frozenset(DOUBLE_GLYPHS + SINGLE_GLYPHS + "‟")


def strip_marks(s: str) -> str:
    """``s`` without one surrounding quotation mark on each side and without outer whitespace.

    ``„Ja.“`` -> ``Ja.``; only one mark per side goes, so ``„‚Nein‘, sagte er“`` keeps its inner
    quotation and ``Lenz'`` inside a quote keeps its apostrophe when a closer follows it.
    """
    s = s.strip()
    if s.startswith("''"):
        s = s[2:]
    elif s[:1] in _ANY_MARK:
        s = s[1:]
    if s.endswith("''"):
        s = s[:-2]
    elif s[-1:] in _ANY_MARK:
        s = s[:-1]
    return s.strip()
