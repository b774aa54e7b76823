"""HTML for notebooks (``_repr_html_``) and for anyone who wants to *see* what quotekit found.

``render(text_or_quotes)`` returns one self-contained HTML fragment: the document text with every
quotation highlighted in its speaker's colour (one colour per speaker entity, assigned in order
of first appearance from a fixed palette, so the same document always looks the same), the cue
and the speaker mention marked, a legend of speakers, and tooltips (``title``) that explain each
highlight. ``render_quote(quote)`` draws a single `Quote` as a small card.

Why segments: a quotation may contain a cue or a nested quotation, and spans may overlap without
nesting (a mention that starts inside one quote and ends outside). HTML elements must nest, so
the text is cut at every span boundary and, between two boundaries, the open elements are kept
as a stack ordered by (start, longest first, role): an element is closed and reopened only when
a span that began inside it outlives it. The markup is therefore always well formed, and the
text inside it (escaped) concatenates back to the input.

Styles are written both as one scoped ``<style>`` block (classes ``qk-*``) and as inline
``style`` colours, because some notebook front ends drop ``<style>`` from untrusted output.
"""

from __future__ import annotations

import html
import sys
import types
from typing import Any, Iterable, Iterator, Sequence

from .model import Quote, Quotes, Span, Speaker

# Light tints that keep dark text readable; ordered so neighbours differ in hue (Tableau-10 family).
PALETTE: tuple[str, ...] = (
    "#aec7e8",  # blue
    "#ffbb78",  # orange
    "#98df8a",  # green
    "#ff9896",  # red
    "#c5b0d5",  # purple
    "#c49c94",  # brown
    "#f7b6d2",  # pink
    "#dbdb8d",  # olive
    "#9edae5",  # cyan
    "#d9d9d9",  # grey (10th speaker; the unknown speaker uses NO_SPEAKER_COLOR)
)
NO_SPEAKER_COLOR = "#eeeeee"

# Outer roles first: when two spans start and end at the same place the quote encloses the cue.
_ROLE_RANK = {"quote": 0, "frame": 1, "addressee": 2, "mention": 3, "cue": 4, "entity": 5}

_CSS = """
.qk-render{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.7;max-width:60em}
.qk-render .qk-text{white-space:pre-wrap;color:#222;background:#fff;padding:.5em .75em;border:1px solid #ddd;border-radius:4px}
.qk-render .qk-legend{display:flex;flex-wrap:wrap;gap:.4em;margin:0 0 .5em 0;font-size:.9em}
.qk-render .qk-legend-item{padding:0 .5em;border-radius:3px;color:#222}
.qk-render .qk-summary{font-size:.85em;color:#555;margin:.25em 0}
.qk-quote{border-radius:3px;padding:.05em 0;color:inherit}
.qk-quote.qk-nested{outline:1px dashed #666}
.qk-quote[data-type="Indirect"],.qk-quote[data-type="IndirectFreeIndirect"]{font-style:italic}
.qk-quote[data-type="Reported"]{text-decoration:underline dotted}
.qk-mention{font-weight:600;border-bottom:3px solid #555}
.qk-entity{border-bottom:2px dotted #777}
.qk-cue{font-weight:600;text-decoration:underline wavy #b33;text-underline-offset:3px}
.qk-frame{border-bottom:1px solid #999}
.qk-addressee{border-bottom:2px double #777}
.qk-card{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;border-left:6px solid #ccc;padding:.4em .8em;margin:.3em 0;background:#fafafa;max-width:60em}
.qk-card .qk-meta{font-size:.85em;color:#555}
.qk-card blockquote{margin:.3em 0;white-space:pre-wrap}
.qk-error{color:#a00}
"""


def render(quotes_or_text: Any, *, nlp: Any = None) -> str:
    """HTML of a document with its quotations highlighted; usable in and outside Jupyter.

    Accepts the text itself (``str``, extracted first with ``nlp``), a `Quotes` result (its
    ``text`` is shown), a spaCy ``Doc`` (``doc._.quotes`` when the quotekit component ran,
    otherwise extracted from the Doc), or a plain list of `Quote` without text (drawn as cards).
    """
    quotes = _as_quotes(quotes_or_text, nlp)
    if not quotes.text and len(quotes):
        return _wrap("".join(render_quote(quote, include_css=False) for quote in quotes))
    colors = speaker_colors(quotes)
    body = [_legend(quotes, colors), _summary(quotes)]
    if quotes.error is not None:
        body.append(f'<div class="qk-error">{_esc(str(quotes.error))}</div>')
    body.append(f'<div class="qk-text">{_highlight(quotes.text, _spans(quotes, colors))}</div>')
    return _wrap("".join(body))


def render_quote(quote: Quote, *, include_css: bool = True) -> str:
    """A card for one `Quote`: type, speaker, the quoted text (parts marked), mention and cue."""
    color = PALETTE[0] if quote.speaker is not None else NO_SPEAKER_COLOR
    offset = quote.start
    spans = [
        _Item(part.start - offset, part.end - offset, "quote", _quote_attrs(quote, color, 0))
        for part in quote.parts
    ]
    for nested in quote.nested:
        for part in nested.parts:
            spans.append(_Item(part.start - offset, part.end - offset, "quote", _quote_attrs(nested, color, 1, nested=True)))
    for role, span in _marked_spans(quote):  # roles inside the quotation (rare: a cue in brackets)
        if offset <= span.start and span.end <= quote.end:
            spans.append(_Item(span.start - offset, span.end - offset, role, _role_attrs(role, quote, color)))
    speaker = quote.speaker.name if quote.speaker is not None else "unknown speaker"
    meta = [
        f'<span class="qk-type">{_esc(quote.type.value)}</span>',
        f'<span class="qk-medium">{_esc(quote.medium.value)}</span>',
        f'<span class="qk-confidence">{quote.confidence:.2f}</span>',
    ]
    if quote.evidence:
        meta.append(f'<span class="qk-evidence">{_esc(quote.evidence)}</span>')
    roles = [f'<span class="qk-speaker-name">{_esc(speaker)}</span>']
    for role, span in quote.iter_spans():
        text = _cue_text(quote) if role == "cue" else span.text
        roles.append(
            f'<span class="qk-{role}" title="{_esc(role)} at {span.start}–{span.end}">{_esc(role)}: {_esc(text)}</span>'
        )
    card = (
        f'<div class="qk-card" style="border-left-color:{color}"{_data(quote)}>'
        f'<div class="qk-meta">{" · ".join(meta)}</div>'
        f"<blockquote>{_highlight(quote.text, spans)}</blockquote>"
        f'<div class="qk-meta">— {" · ".join(roles)}</div>'
        "</div>"
    )
    return _wrap(card) if include_css else card


def speaker_colors(quotes: Sequence[Quote]) -> dict[Speaker, str]:
    """One palette colour per speaker entity, in order of the speaker's first quotation."""
    colors: dict[Speaker, str] = {}
    for quote in sorted(quotes, key=lambda q: (q.start, -q.end)):
        if quote.speaker is not None and quote.speaker not in colors:
            colors[quote.speaker] = PALETTE[len(colors) % len(PALETTE)]
    return colors


# ---------------------------------------------------------------------------------------------


def _as_quotes(value: Any, nlp: Any) -> Quotes:
    from .errors import InputError

    if isinstance(value, Quotes):
        return value
    if isinstance(value, str):
        from .api import extract

        return extract(value, nlp=nlp)
    if isinstance(value, Quote):
        return Quotes([value])
    if _is_spacy_doc(value):
        stored = getattr(value._, "quotes", None) if value.has_extension("quotes") else None
        if stored is not None:
            return stored
        from . import pipeline
        from .backends.spacy import from_doc

        return pipeline.run(from_doc(value))
    if isinstance(value, (list, tuple)) and all(isinstance(item, Quote) for item in value):
        return Quotes(list(value))
    raise InputError(
        f"render() takes a str, a Quotes result, a spaCy Doc or a list of Quote, got {type(value).__name__}"
    )


def _is_spacy_doc(value: Any) -> bool:
    return type(value).__module__.startswith("spacy.") and type(value).__name__ == "Doc"


class _Item:
    """One span to draw: character range, role and the opening tag's attributes."""

    __slots__ = ("start", "end", "role", "attrs", "order")

    def __init__(self, start: int, end: int, role: str, attrs: str) -> None:
        self.start, self.end, self.role, self.attrs = start, end, role, attrs
        self.order = 0

    @property
    def tag(self) -> str:
        return "mark" if self.role == "quote" else "span"


def _spans(quotes: Quotes, colors: dict[Speaker, str]) -> list[_Item]:
    items: list[_Item] = []
    seen: set[tuple[int, int, str]] = set()

    def add(start: int, end: int, role: str, attrs: str) -> None:
        if (start, end, role) not in seen:
            seen.add((start, end, role))
            items.append(_Item(start, end, role, attrs))

    for index, quote in enumerate(quotes):
        color = colors.get(quote.speaker, NO_SPEAKER_COLOR) if quote.speaker is not None else NO_SPEAKER_COLOR
        for part in quote.parts:
            add(part.start, part.end, "quote", _quote_attrs(quote, color, index))
        for nested in quote.nested:
            for part in nested.parts:
                add(part.start, part.end, "quote", _quote_attrs(nested, color, index, nested=True))
        for role, span in _marked_spans(quote):
            add(span.start, span.end, role, _role_attrs(role, quote, color))
    for speaker, color in colors.items():  # the entity's other mentions, more lightly
        for span in speaker.mentions:
            add(span.start, span.end, "entity", _entity_attrs(speaker, color))
    return items


def _marked_spans(quote: Quote) -> Iterator[tuple[str, Span]]:
    """The role spans to mark in the text: every word of a cue (``teilte`` … ``mit``) on its own."""
    for role, span in quote.iter_spans():
        if role == "cue" and quote.cue_parts:
            for part in quote.cue_parts:
                yield role, part
        else:
            yield role, span


def _cue_text(quote: Quote) -> str:
    """``teilte … mit``: the cue words, with an ellipsis where other words stand between them."""
    if not quote.cue_parts:
        return quote.cue.text if quote.cue is not None else ""
    return " … ".join(part.text for part in quote.cue_parts)


def _quote_attrs(quote: Quote, color: str, index: int, nested: bool = False) -> str:
    speaker = quote.speaker.name if quote.speaker is not None else ""
    title = f"{quote.type.value} ({quote.medium.value})"
    title += f" — {speaker}" if speaker else " — speaker unknown"
    if quote.cue is not None:
        title += f" · cue: {_cue_text(quote)}"
    title += f" · confidence {quote.confidence:.2f}"
    if quote.evidence:
        title += f" · {quote.evidence}"
    classes = "qk-quote qk-nested" if nested else "qk-quote"
    return (
        f'class="{classes}" data-quote="{index}"{_data(quote)}'
        f' style="background-color:{color}" title="{_esc(title)}"'
    )


def _role_attrs(role: str, quote: Quote, color: str) -> str:
    speaker = quote.speaker.name if quote.speaker is not None else ""
    labels = {"mention": "speaker mention", "cue": "speech cue", "frame": "frame", "addressee": "addressee"}
    title = labels[role] + (f" — {speaker}" if speaker else "")
    style = f' style="border-bottom-color:{_darker(color)}"' if role == "mention" else ""
    return f'class="qk-{role}" data-speaker="{_esc(speaker)}"{style} title="{_esc(title)}"'


def _entity_attrs(speaker: Speaker, color: str) -> str:
    return (
        f'class="qk-entity" data-speaker="{_esc(speaker.name)}"'
        f' style="border-bottom-color:{_darker(color)}" title="{_esc("mention of " + speaker.name)}"'
    )


def _data(quote: Quote) -> str:
    speaker = quote.speaker
    out = f' data-type="{_esc(quote.type.value)}" data-medium="{_esc(quote.medium.value)}"'
    if speaker is not None:
        out += f' data-speaker="{_esc(speaker.name)}"'
        if speaker.id:
            out += f' data-speaker-id="{_esc(speaker.id)}"'
    return out


def _highlight(text: str, items: Iterable[_Item]) -> str:
    """Escaped ``text`` with every item wrapped in its element, split so the elements nest."""
    length = len(text)
    spans = []
    for item in items:
        item.start, item.end = max(0, item.start), min(length, item.end)
        if item.start < item.end:
            spans.append(item)
    spans.sort(key=lambda it: (it.start, -it.end, _ROLE_RANK[it.role]))
    for order, item in enumerate(spans):
        item.order = order
    bounds = sorted({0, length, *(it.start for it in spans), *(it.end for it in spans)})
    starting: dict[int, list[_Item]] = {}
    for item in spans:
        starting.setdefault(item.start, []).append(item)
    out: list[str] = []
    stack: list[_Item] = []
    active: list[_Item] = []
    for left, right in zip(bounds, bounds[1:]):
        active = [it for it in active if it.end > left] + starting.get(left, [])
        active.sort(key=lambda it: it.order)
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] is active[keep]:
            keep += 1
        for item in reversed(stack[keep:]):
            out.append(f"</{item.tag}>")
        for item in active[keep:]:
            out.append(f"<{item.tag} {item.attrs}>")
        stack = list(active)
        out.append(_esc(text[left:right]))
    for item in reversed(stack):
        out.append(f"</{item.tag}>")
    return "".join(out)


def _legend(quotes: Quotes, colors: dict[Speaker, str]) -> str:
    counts: dict[Speaker | None, int] = {}
    for quote in quotes:
        counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    items = [
        f'<span class="qk-legend-item" data-speaker="{_esc(speaker.name)}" style="background-color:{color}"'
        f' title="{_esc(_speaker_title(speaker))}">{_esc(speaker.name)} ({counts.get(speaker, 0)})</span>'
        for speaker, color in colors.items()
    ]
    if counts.get(None):
        items.append(
            f'<span class="qk-legend-item" data-speaker="" style="background-color:{NO_SPEAKER_COLOR}"'
            f' title="quotations without a resolved speaker">unknown ({counts[None]})</span>'
        )
    return f'<div class="qk-legend">{"".join(items)}</div>' if items else ""


def _speaker_title(speaker: Speaker) -> str:
    mentions = ", ".join(dict.fromkeys(span.text for span in speaker.mentions))
    title = f"{speaker.name} ({speaker.kind.value})"
    if speaker.id:
        title += f" · id {speaker.id}"
    return title + (f" · mentions: {mentions}" if mentions else "")


def _summary(quotes: Quotes) -> str:
    n = len(quotes)
    text = f"{n} quotation{'s' if n != 1 else ''}"
    if quotes.anomalies:
        text += f" · {len(quotes.anomalies)} anomal{'ies' if len(quotes.anomalies) != 1 else 'y'} in the quotation marks"
    return f'<div class="qk-summary">{text}</div>'


def _wrap(body: str) -> str:
    return f'<div class="qk-render"><style>{_CSS}</style>{body}</div>'


def _darker(color: str) -> str:
    """The palette colour at roughly half brightness, for underlines that must stay visible."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(red // 2, green // 2, blue // 2)


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


class _CallableModule(types.ModuleType):
    """``quotekit.render`` is both this module and the `render` function: keep both working.

    Once ``quotekit.render`` (the module) has been imported - and `Quotes._repr_html_` imports
    it - the package attribute ``quotekit.render`` is the module, shadowing the exported
    function. Making the module callable means ``quotekit.render(text)`` always works, while
    ``quotekit.render.render_quote`` and ``from quotekit.render import …`` keep working too.
    """

    def __call__(self, quotes_or_text: Any, *, nlp: Any = None) -> str:
        return render(quotes_or_text, nlp=nlp)


sys.modules[__name__].__class__ = _CallableModule
