"""The spaCy pipeline component: ``nlp.add_pipe("quotekit")`` → ``doc._.quotes``.

Registered through a factory (and the ``spacy_factories`` entry point, so the name resolves even
before ``import quotekit``). The component reads whatever annotations earlier components set
(POS, morphology, NER) and stores a `Quotes` list on the Doc; ``doc._.quote_spans`` gives spaCy
``Span`` objects for every part of every quote.
"""

from __future__ import annotations

from typing import Sequence

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .model import Person, Quotes


class QuotekitComponent:
    """Finds quotations in a ``Doc`` and attaches them as ``doc._.quotes``."""

    def __init__(self, nlp: Language, name: str = "quotekit", include_terms: bool = False) -> None:
        self.name = name
        self.include_terms = include_terms
        self.speakers: tuple[Person, ...] = ()
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from . import pipeline
        from .backends.spacy import from_doc

        doc._.quotes = pipeline.run(from_doc(doc), speakers=self.speakers, include_terms=self.include_terms)
        return doc

    def set_speakers(self, speakers: Sequence[Person]) -> None:
        """Link entities to the user's registry of known people for every following Doc."""
        self.speakers = tuple(speakers)


@Language.factory(
    "quotekit",
    default_config={"include_terms": False},
)
def make_quotekit(nlp: Language, name: str, include_terms: bool) -> QuotekitComponent:
    return QuotekitComponent(nlp, name, include_terms=include_terms)


def quote_spans(doc: Doc) -> list[list[SpacySpan]]:
    """For each quote in ``doc._.quotes``, the spaCy spans of its parts (expanded to tokens)."""
    return [
        [doc.char_span(part.start, part.end, alignment_mode="expand") for part in quote.parts]
        for quote in (doc._.quotes or ())
    ]


def register_extensions() -> None:
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", default=None)
    if not Doc.has_extension("quote_spans"):
        Doc.set_extension("quote_spans", getter=quote_spans)


__all__ = ["QuotekitComponent", "make_quotekit", "Quotes"]
