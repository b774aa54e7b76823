"""The HTML of `quotekit.render`: well-formed, escaped, text kept, one colour per speaker."""

from __future__ import annotations

from html.parser import HTMLParser

import hypothesis.strategies as st
from hypothesis import given, settings

from quotekit.model import Quote, Quotes, QuoteType, Span, Speaker, SpeakerKind
from quotekit.render import NO_SPEAKER_COLOR, PALETTE, render, render_quote, speaker_colors

TEXT = (
    "„Wir werden die Grenze nicht öffnen“, sagte Innenministerin Petra Vogel am Dienstag in Kiel.\n\n"
    "Der Bürgermeister widersprach: „Die Stadt ist bereit.“ Vogel erklärte später, man prüfe <alle> Optionen & Wege."
)


def span(text: str, piece: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = text.index(piece, start + 1)
    return Span.of(text, start, start + len(piece))


def sample_quotes() -> Quotes:
    vogel = Speaker("Petra Vogel", (span(TEXT, "Petra Vogel"), span(TEXT, "Vogel", 2)), id="Q1", kind=SpeakerKind.PERSON)
    mayor = Speaker("Der Bürgermeister", (span(TEXT, "Der Bürgermeister"),), kind=SpeakerKind.PERSON)
    first = span(TEXT, "„Wir werden die Grenze nicht öffnen“")
    second = span(TEXT, "„Die Stadt ist bereit.“")
    third = span(TEXT, "man prüfe <alle> Optionen & Wege")
    quotes = [
        Quote(first.text, first.start, first.end, (first,), QuoteType.DIRECT, vogel,
              mention=span(TEXT, "Innenministerin Petra Vogel"), cue=span(TEXT, "sagte"), evidence="marks+cue"),
        Quote(second.text, second.start, second.end, (second,), QuoteType.DIRECT, mayor,
              mention=span(TEXT, "Der Bürgermeister"), cue=span(TEXT, "widersprach")),
        Quote(third.text, third.start, third.end, (third,), QuoteType.INDIRECT, vogel,
              mention=span(TEXT, "Vogel", 2), cue=span(TEXT, "erklärte"), confidence=0.7),
    ]
    return Quotes(quotes, text=TEXT, speakers=(vogel, mayor))


class Tree(HTMLParser):
    """Checks that every element closes in order and collects the elements and the text."""

    VOID = {"br", "meta", "img", "hr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.text_parts: list[str] = []
        self.in_style = False
        self.errors: list[str] = []
        self.texts_in: dict[int, list[str]] = {}

    def handle_starttag(self, tag, attrs):
        attributes = {key: value or "" for key, value in attrs}
        self.elements.append((tag, attributes))
        if tag not in self.VOID:
            self.stack.append(tag)
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()
        self.in_style = False

    def handle_data(self, data):
        if not self.in_style:
            self.text_parts.append(data)


def parse(markup: str) -> Tree:
    tree = Tree()
    tree.feed(markup)
    tree.close()
    assert not tree.errors, tree.errors
    assert not tree.stack, f"unclosed {tree.stack}"
    return tree


def text_of(markup: str, selector_class: str = "qk-text") -> str:
    """The text inside the element with class ``selector_class`` (the document body)."""

    class Inner(Tree):
        def __init__(self):
            super().__init__()
            self.depth_at = None
            self.inside: list[str] = []

        def handle_starttag(self, tag, attrs):
            super().handle_starttag(tag, attrs)
            if self.depth_at is None and selector_class in dict(attrs).get("class", "").split():
                self.depth_at = len(self.stack)

        def handle_endtag(self, tag):
            if self.depth_at is not None and len(self.stack) == self.depth_at:
                self.depth_at = -1
            super().handle_endtag(tag)

        def handle_data(self, data):
            if self.depth_at not in (None, -1):
                self.inside.append(data)

    inner = Inner()
    inner.feed(markup)
    return "".join(inner.inside)


def with_class(tree: Tree, name: str) -> list[dict[str, str]]:
    return [attrs for _, attrs in tree.elements if name in attrs.get("class", "").split()]


def test_document_text_survives_markup_exactly():
    markup = render(sample_quotes())
    parse(markup)
    assert text_of(markup) == TEXT


def test_markup_characters_in_the_text_are_escaped():
    markup = render(sample_quotes())
    assert "<alle>" not in markup
    assert "&lt;alle&gt; Optionen &amp; Wege" in markup


def test_each_quote_cue_and_mention_gets_its_own_element():
    tree = parse(render(sample_quotes()))
    quotes = with_class(tree, "qk-quote")
    assert {q["data-quote"] for q in quotes} == {"0", "1", "2"}
    assert {q["data-type"] for q in quotes} == {"Direct", "Indirect"}
    cues = with_class(tree, "qk-cue")
    assert len(cues) == 3
    mentions = with_class(tree, "qk-mention")
    assert {m["data-speaker"] for m in mentions} == {"Petra Vogel", "Der Bürgermeister"}
    assert all(element["title"] for element in quotes + cues + mentions)
    assert any(q.get("data-speaker-id") == "Q1" for q in quotes)


def test_one_colour_per_speaker_entity():
    quotes = sample_quotes()
    tree = parse(render(quotes))
    colour_of: dict[str, set[str]] = {}
    for element in with_class(tree, "qk-quote"):
        colour_of.setdefault(element["data-speaker"], set()).add(element["style"])
    assert len(colour_of["Petra Vogel"]) == 1
    assert colour_of["Petra Vogel"] != colour_of["Der Bürgermeister"]
    assert list(speaker_colors(quotes).values()) == [PALETTE[0], PALETTE[1]]


def test_legend_lists_speakers_with_their_counts():
    tree = parse(render(sample_quotes()))
    legend = {attrs["data-speaker"] for attrs in with_class(tree, "qk-legend-item")}
    assert legend == {"Petra Vogel", "Der Bürgermeister"}
    assert "Petra Vogel (2)" in "".join(tree.text_parts)


def test_quote_without_speaker_is_grey_and_listed_as_unknown():
    text = "Es hieß, „alles bleibt beim Alten“."
    part = span(text, "„alles bleibt beim Alten“")
    quotes = Quotes([Quote(part.text, part.start, part.end, (part,))], text=text)
    markup = render(quotes)
    tree = parse(markup)
    (quote,) = with_class(tree, "qk-quote")
    assert NO_SPEAKER_COLOR in quote["style"] and "data-speaker" not in quote
    assert "unknown (1)" in "".join(tree.text_parts)


def test_overlapping_spans_are_split_into_nested_segments():
    # a mention that starts inside a quote and ends after it: the mention element is split
    text = "A „B C“ D E"
    part = span(text, "„B C“")
    mention = Span.of(text, text.index("C"), text.index("D") + 1)
    quote = Quote(part.text, part.start, part.end, (part,), mention=mention)
    markup = render(Quotes([quote], text=text))
    tree = parse(markup)
    assert text_of(markup) == text
    assert len(with_class(tree, "qk-mention")) == 2


def test_discontinuous_quote_has_one_element_per_part_and_shared_index():
    text = "„Wir sind bereit“, sagte er, „aber nicht um jeden Preis.“"
    first, second = span(text, "„Wir sind bereit“"), span(text, "„aber nicht um jeden Preis.“")
    quote = Quote(text, 0, len(text), (first, second), cue=span(text, "sagte"), mention=span(text, "er", 2))
    tree = parse(render(Quotes([quote], text=text)))
    parts = with_class(tree, "qk-quote")
    assert len(parts) == 2 and {p["data-quote"] for p in parts} == {"0"}


def test_nested_quote_is_marked_inside_its_container():
    text = "Er sagte, das sei „ein Spiel mit dem Feuer“ gewesen."
    inner = span(text, "„ein Spiel mit dem Feuer“")
    outer = span(text, "das sei „ein Spiel mit dem Feuer“ gewesen")
    nested = Quote(inner.text, inner.start, inner.end, (inner,))
    quote = Quote(outer.text, outer.start, outer.end, (outer,), QuoteType.INDIRECT, nested=(nested,))
    markup = render(Quotes([quote], text=text))
    tree = parse(markup)
    assert len(with_class(tree, "qk-nested")) == 1
    assert text_of(markup) == text


def test_paragraph_breaks_are_kept():
    markup = render(sample_quotes())
    assert "\n\n" in text_of(markup)
    assert "white-space:pre-wrap" in markup


def test_render_quote_card_shows_speaker_mention_and_cue():
    quote = sample_quotes()[0]
    markup = render_quote(quote)
    tree = parse(markup)
    words = "".join(tree.text_parts)
    assert "Petra Vogel" in words and "sagte" in words and "Innenministerin Petra Vogel" in words
    assert len(with_class(tree, "qk-quote")) == 1
    assert with_class(tree, "qk-card")[0]["data-type"] == "Direct"


def test_repr_html_hooks_use_the_renderer():
    quotes = sample_quotes()
    assert quotes._repr_html_() == render(quotes)
    assert quotes[0]._repr_html_() == render_quote(quotes[0])


def test_render_accepts_plain_text_and_spacy_doc():
    import spacy

    text = "„Das ist gut“, sagte sie."
    markup = render(text)
    assert text_of(markup) == text
    doc = spacy.blank("de")(text)
    assert text_of(render(doc)) == text


def test_render_rejects_other_types_with_a_clear_error():
    import pytest

    from quotekit.errors import InputError

    with pytest.raises(InputError, match="render"):
        render(42)


def test_list_of_quotes_without_text_renders_cards():
    quotes = list(sample_quotes())
    tree = parse(render(quotes))
    assert len(with_class(tree, "qk-card")) == 3


@st.composite
def documents(draw):
    text = draw(st.text(alphabet=st.sampled_from(list("ab „“<>&\"'\n")), min_size=1, max_size=40))
    n = len(text)
    quotes = []
    for _ in range(draw(st.integers(0, 4))):
        start = draw(st.integers(0, n - 1))
        end = draw(st.integers(start + 1, n))
        part = Span.of(text, start, end)
        roles = {}
        for role in ("mention", "cue"):
            if draw(st.booleans()):
                a = draw(st.integers(0, n - 1))
                b = draw(st.integers(a + 1, n))
                roles[role] = Span.of(text, a, b)
        speaker = draw(st.sampled_from([None, Speaker("X", ()), Speaker("Y", ())]))
        quotes.append(Quote(part.text, start, end, (part,), speaker=speaker, **roles))
    return Quotes(quotes, text=text)


@settings(max_examples=150, deadline=None)
@given(documents())
def test_any_spans_give_well_formed_html_that_keeps_the_text(quotes):
    markup = render(quotes)
    parse(markup)
    assert text_of(markup) == quotes.text


def test_quotekit_render_stays_callable_after_the_module_is_imported():
    import importlib

    import quotekit

    text = "„Gut“, sagte sie."
    first = quotekit.render(text)
    importlib.import_module("quotekit.render")  # rebinds the package attribute to the module
    assert quotekit.render(text) == first == render(text)
    assert quotekit.render.render_quote is render_quote


def test_every_word_of_a_separated_cue_is_marked():
    import re

    import quotekit

    text = "Das Ministerium teilte am Montag mit, die Straße sei bis Freitag gesperrt."
    quotes = quotekit.extract(text)
    markup = render(quotes)
    parse(markup)
    assert re.findall(r'class="qk-cue"[^>]*>([^<]*)<', markup) == ["teilte", "mit"]
    assert "cue: teilte … mit" in render_quote(quotes[0])
