"""Quotation-mark classification: direction from the neighbouring characters, apostrophes apart."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.marks import Family, Role, can_close, classify, find_marks, flanking, strip_marks


def roles(text: str) -> list[tuple[str, Role]]:
    return [(m.glyph, m.role) for m in find_marks(text)]


def role_at(text: str, index: int) -> Role:
    mark = classify(text, index, index + 1)
    assert mark is not None
    return mark.role


# --------------------------------------------------------------------------- flanking


def test_flanking_follows_commonmark():
    assert flanking(" ", "W") == (True, False)  # ␣"Wort
    assert flanking("t", " ") == (False, True)  # Wort"␣
    assert flanking("t", "W") == (True, True)  # Wort"Wort: both
    assert flanking(" ", " ") == (False, False)  # ␣"␣: neither
    assert flanking(".", " ") == (False, True)  # sagen."␣
    assert flanking("(", "W") == (True, False)  # ("Wort
    assert flanking("", "W") == (True, False)  # text start counts as a space


# --------------------------------------------------------------------------- each style


def test_german_low_high_quotes():
    assert roles("Er sagte „Wir kommen“ und ging.") == [("„", Role.OPENING), ("“", Role.CLOSING)]


def test_german_opener_is_always_opening_even_before_a_space():
    assert roles("„ Wir kommen.") == [("„", Role.OPENING)]


def test_english_curly_quotes():
    assert roles("Sie sagte “Wir kommen” heute.") == [("“", Role.OPENING), ("”", Role.CLOSING)]


def test_straight_double_quotes_take_their_direction_from_the_neighbours():
    text = 'Der Minister sagte: "Wir prüfen das", und verließ den Saal.'
    assert roles(text) == [('"', Role.OPENING), ('"', Role.CLOSING)]
    assert all(mark.straight for mark in find_marks(text))


def test_straight_quote_between_letters_is_ambiguous():
    assert role_at('ein"Test', 3) is Role.AMBIGUOUS


def test_straight_quote_between_spaces_is_ambiguous():
    assert role_at('Er sagte " nichts', 9) is Role.AMBIGUOUS


def test_guillemets_pointing_inwards_german_books():
    assert roles("Sie rief »Halt!« und lief.") == [("»", Role.OPENING), ("«", Role.CLOSING)]


def test_guillemets_pointing_outwards_swiss():
    assert roles("Das Lokal «Zum Hirschen» schliesst.") == [("«", Role.OPENING), ("»", Role.CLOSING)]


def test_single_low_high_quotes():
    assert roles("Er nannte es ‚Zufall‘ und lachte.") == [("‚", Role.OPENING), ("‘", Role.CLOSING)]


def test_low_single_mark_before_a_space_is_a_misplaced_comma():
    assert roles("Ja‚ das stimmt") == [("‚", Role.APOSTROPHE)]


def test_straight_single_quotes():
    assert roles("Er nannte es 'Zufall' und lachte.") == [("'", Role.OPENING), ("'", Role.CLOSING)]


def test_closing_curly_between_spaces_closes_in_german_text():
    # regression: `… verstanden. “` (a space before the closer) used to open a new quotation
    assert role_at("verstanden. “ Danach", 12) is Role.CLOSING


def test_wiki_double_apostrophe_is_one_double_mark_and_triple_is_markup():
    marks = list(find_marks("Die Zeitung ''Morgenpost'' und '''fett'''"))
    assert [(m.glyph, m.family, m.role) for m in marks] == [
        ("''", Family.DOUBLE, Role.OPENING),
        ("''", Family.DOUBLE, Role.CLOSING),
    ]


# --------------------------------------------------------------------------- apostrophes


@pytest.mark.parametrize(
    "text",
    [
        "Wie geht's dir?",
        "Das Merkel'sche Prinzip gilt.",
        "Das Unternehmen McDonald's wächst.",
        "Sean O’Keefe leitete die Behörde.",
        "So ’s geht nicht weiter.",
        "Wie 's im Lied heißt, wird alles gut.",
        "Das war im Sommer '89 in Leipzig.",
        "Die Musik der '80er bleibt beliebt.",
        "Die Mafia ’Ndrangheta ist mächtig.",
        "Der Tal'-Pokal wird vergeben.",
    ],
)
def test_apostrophes_are_not_quotation_marks(text):
    assert {role for _, role in roles(text)} == {Role.APOSTROPHE}


def test_year_digits_after_an_apostrophe_but_a_quoted_number_word_opens():
    assert roles("Die '17-Jährigen' dürfen mit.")[0] == ("'", Role.OPENING)


def test_possessive_apostrophe_after_s_may_close_only_an_open_quote():
    mark = next(find_marks("Im Streit um Lenz' Kollegen"))
    assert mark.role is Role.CLOSING and mark.maybe_apostrophe


# --------------------------------------------------------------------------- pairing rules


def test_mixed_styles_close_each_other():
    assert can_close("„", '"')  # „…"
    assert can_close("„", "”")  # „…”
    assert can_close("“", '"')  # “…"
    assert not can_close("„", "«")
    assert not can_close("»", "“")
    assert not can_close("„", "‘")  # a single mark never closes a double one


def test_find_marks_is_in_text_order_and_offsets_cut_the_glyph():
    text = "»Er sagte ›nein‹ und „ging“«, hieß es. Er sagte: \"ja\"."
    marks = list(find_marks(text))
    assert [m.start for m in marks] == sorted(m.start for m in marks)
    assert all(text[m.start : m.end] == m.glyph for m in marks)
    assert len(marks) == 8


# --------------------------------------------------------------------------- strip_marks


@pytest.mark.parametrize(
    ("quoted", "content"),
    [
        ("„Wir kommen.“", "Wir kommen."),
        ("  “Wir kommen” ", "Wir kommen"),
        ('"Wir kommen"', "Wir kommen"),
        ("»Halt!«", "Halt!"),
        ("''Morgenpost''", "Morgenpost"),
        ("„‚Nein‘, sagte er“", "‚Nein‘, sagte er"),
        ("„Das Auto von Lenz'“", "Das Auto von Lenz'"),
        ("„ohne Ende", "ohne Ende"),
        ("kein Zitat", "kein Zitat"),
        ("", ""),
        ("„“", ""),
    ],
)
def test_strip_marks(quoted, content):
    assert strip_marks(quoted) == content


# --------------------------------------------------------------------------- data and the mark regex


def test_elided_words_come_from_the_data_file():
    from quotekit import lexicon

    elisions = lexicon.words("marks_elisions.txt")
    assert {"s", "n", "ne", "raus", "rüber"} <= elisions
    for word in sorted(elisions):
        assert role_at(f"wie '{word} geht", 4) is Role.APOSTROPHE, word
    # the same apostrophe before a word that is not an elision opens a quotation
    assert role_at("er sagte 'nein' dazu", 9) is Role.OPENING
    # an elided word must end there: 'sie is not 's
    assert role_at("wie 'sie' sagt", 4) is Role.OPENING


def test_possessive_letters_come_from_the_data_file():
    from quotekit import lexicon

    letters = lexicon.words("marks_possessive_letters.txt")
    assert {"s", "x", "z", "ß"} <= letters
    for letter in sorted(letters):
        mark = classify(f"Mar{letter}' Werk", 4, 5)
        assert mark is not None and mark.maybe_apostrophe, letter
    mark = classify("Mart' Werk", 4, 5)
    assert mark is not None and not mark.maybe_apostrophe


_SOUP = st.text(alphabet="'„“”\"»«‚‘’›‹ aZ.\n", max_size=40)


@given(_SOUP)
@settings(max_examples=300, deadline=None)
def test_mark_regex_matches_the_plain_alternation(text):
    """The prefix-friendly `_MARK` finds exactly what the readable alternation finds."""
    import re

    from quotekit import marks

    plain = re.compile("'''+|''|[„“”\"»«‚‘’'›‹]")
    assert [m.span() for m in marks._MARK.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="„“”\"»«‚‘’'›‹ aZ9.,-s\n", max_size=60))
def test_remembered_judgements_equal_fresh_ones(text):
    # classify remembers the judgement per (glyph, neighbours); it must never differ from judging anew
    from quotekit.marks import _MARK, _classify

    for match in _MARK.finditer(text):
        start, end = match.start(), match.end()
        before = text[start - 1] if start > 0 else ""
        after = text[end] if end < len(text) else ""
        assert classify(text, start, end) == _classify(text, start, end, text[start:end], before, after)
