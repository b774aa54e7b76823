"""spaCy backend: the default engine (``spacy.blank("de")`` + sentencizer) and user pipelines.

With a blank pipeline quotekit works from its lexicons and capitalisation. When the user's
pipeline has a tagger/morphologizer/parser/NER (any German spaCy model), the annotations are
copied into `Annotated` and the rules use them.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from ..document import Annotated, Token


@functools.cache
def default_nlp() -> Language:
    """``spacy.blank("de")`` with a rule-based sentencizer: no model download, built once."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def ensure_sentences(doc: Doc) -> Doc:
    """Give ``doc`` sentence boundaries with the sentencizer if no component set them."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        default_nlp().get_pipe("sentencizer")(doc)
    return doc


def from_doc(doc: Doc) -> Annotated:
    """Copy a spaCy ``Doc`` (with whatever annotations it has) into an `Annotated`."""
    ensure_sentences(doc)
    has_pos = doc.has_annotation("POS") or doc.has_annotation("TAG")
    has_morph = doc.has_annotation("MORPH")
    has_lemma = doc.has_annotation("LEMMA")
    has_ner = doc.has_annotation("ENT_IOB")
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    append = tokens.append
    rich = has_pos or has_morph or has_lemma or has_ner
    for sent in doc.sents:
        first = len(tokens)
        sent_index = len(sentences)
        for token in sent:
            if token.is_space:
                continue  # newlines are kept in the text; rules look at the characters between tokens
            if not rich:
                append(Token(len(tokens), token.idx, token.idx + len(token), token.text, sent_index))
                continue
            append(
                Token(
                    len(tokens),
                    token.idx,
                    token.idx + len(token),
                    token.text,
                    sent_index,
                    (token.pos_ or None) if has_pos else None,
                    (str(token.morph) or None) if has_morph else None,
                    (token.lemma_ or None) if has_lemma else None,
                    _ent_label(token.ent_type_) if has_ner else None,
                )
            )
        if len(tokens) > first:
            sentences.append((first, len(tokens)))
    return Annotated(
        doc.text,
        tokens,
        sentences,
        has_pos=has_pos,
        has_morph=has_morph,
        has_ner=has_ner,
        has_lemma=has_lemma,
        doc=doc,
    )


_ENT_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC", "NORP": "MISC"}


def _ent_label(label: str) -> str | None:
    return _ENT_LABELS.get(label, label or None) if label else None
