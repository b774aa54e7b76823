"""spaCy backend: the default engine (``spacy.blank("de")`` + sentencizer) and user pipelines.

With a blank pipeline quotekit works from its lexicons and capitalisation. When the user's
pipeline has a tagger/morphologizer/parser/NER (any German spaCy model), the annotations are
copied into `Annotated` and the rules use them.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
from typing import Iterator

import numpy

import spacy
from spacy.language import Language
from spacy.attrs import ENT_IOB, IDX, IS_SPACE, LEMMA, LENGTH, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc

from .. import vocabulary as vocab
from ..document import Annotated, Token


@functools.cache
def default_nlp() -> Language:
    """``spacy.blank("de")`` with a rule-based sentencizer: no model download, built once."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def ensure_sentences(doc: Doc) -> Doc:
    """Give ``doc`` sentence boundaries with the sentencizer if no component set them."""
    if len(doc) > 1 and not doc.to_array([SENT_START])[1:].any():  # token 0 always starts one
        default_nlp().get_pipe("sentencizer")(doc)
    return doc


def from_doc(doc: Doc, text: str | None = None, *, keep_doc: bool = True) -> Annotated:
    """Copy a spaCy ``Doc`` (with whatever annotations it has) into an `Annotated`.

    Pass the input ``text`` when you have it: ``Doc.text`` rebuilds the string token by token.
    ``keep_doc=False`` lets the Doc be freed once converted (the default engine does not need it).
    """
    if text is None:
        text = doc.text
    ensure_sentences(doc)
    # one array read instead of Doc.has_annotation, which walks every token once per call
    present = doc.to_array([POS, TAG, MORPH, LEMMA, ENT_IOB]).any(axis=0).tolist() if len(doc) else [False] * 5
    has_pos = bool(present[0] or present[1])
    has_morph, has_lemma, has_ner = bool(present[2]), bool(present[3]), bool(present[4])
    rich = has_pos or has_morph or has_lemma or has_ner
    tokens, sentences = _plain_tokens(doc, text) if not rich else _annotated_tokens(doc, has_pos, has_morph, has_lemma, has_ner)
    return Annotated(
        text,
        tokens,
        sentences,
        has_pos=has_pos,
        has_morph=has_morph,
        has_ner=has_ner,
        has_lemma=has_lemma,
        doc=doc if keep_doc else None,
    )


def _plain_tokens(doc: Doc, text: str) -> tuple[list[Token], list[tuple[int, int]]]:
    """Tokens and sentences of a Doc without annotations, built column-wise with numpy and
    C-level ``map``: this runs for every token of every document, so no Python loop per token
    (and no spaCy ``Token`` objects). Whitespace tokens are dropped: newlines stay in the text
    and the rules read paragraph breaks from the characters between tokens."""
    if not len(doc):
        return [], []
    table = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START])
    starts_sentence = table[:, 3] == 1
    starts_sentence[0] = True
    sentence_of = numpy.cumsum(starts_sentence) - 1
    keep = table[:, 2] == 0
    starts = table[keep, 0]
    ends = starts + table[keep, 1]
    sentence_of = sentence_of[keep]
    if not len(starts):
        return [], []
    # renumber sentences so that sentences made only of whitespace disappear
    first_of_sentence = numpy.flatnonzero(numpy.r_[True, sentence_of[1:] != sentence_of[:-1]])
    sentence_of = numpy.cumsum(numpy.r_[True, sentence_of[1:] != sentence_of[:-1]]) - 1
    starts_list, ends_list = starts.tolist(), ends.tolist()
    none = itertools.repeat(None)
    make = functools.partial(tuple.__new__, Token)  # NamedTuple's own __new__ is a slow Python function
    with _collector_paused():
        texts = [text[a:b] for a, b in zip(starts_list, ends_list)]
        tokens = list(map(make, zip(range(len(texts)), starts_list, ends_list, texts, sentence_of.tolist(), none, none, none, none)))
    bounds = first_of_sentence.tolist() + [len(tokens)]
    sentences = list(zip(bounds[:-1], bounds[1:]))
    return reattach_opening_marks(text, tokens, sentences)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a long document's tokens are built.

    Token tuples hold only ints and strings, so they cannot form cycles; but allocating hundreds
    of thousands of them triggers repeated full collections (three quarters of the conversion
    time for a 1 MB text). The collector is re-enabled afterwards, exactly as it was."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def reattach_opening_marks(
    text: str, tokens: list[Token], sentences: list[tuple[int, int]]
) -> tuple[list[Token], list[tuple[int, int]]]:
    """Move an opening quotation mark that a sentence splitter left at the end of a sentence
    (``… Rauch. „`` | ``Niemand …“``) to the sentence it opens. A mark opens when whitespace
    stands before it and a word right after it."""
    fixed = list(sentences)
    moved = False
    for s in range(len(fixed) - 1):
        first, end = fixed[s]
        last = tokens[end - 1]
        if end - 1 > first and len(last.text) == 1 and vocab.is_quote_mark(last.text):
            before = text[last.start - 1 : last.start]
            after = text[last.end : last.end + 1]
            if before.isspace() and after and not after.isspace():
                fixed[s] = (first, end - 1)
                fixed[s + 1] = (end - 1, fixed[s + 1][1])
                tokens[end - 1] = last._replace(sent=s + 1)
                moved = True
    return tokens, fixed if moved else sentences


def _annotated_tokens(
    doc: Doc, has_pos: bool, has_morph: bool, has_lemma: bool, has_ner: bool
) -> tuple[list[Token], list[tuple[int, int]]]:
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    for sent in doc.sents:
        first = len(tokens)
        sent_index = len(sentences)
        for token in sent:
            if token.is_space:
                continue
            tokens.append(
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
    return reattach_opening_marks(doc.text, tokens, sentences)


_ENT_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC", "NORP": "MISC"}


def _ent_label(label: str) -> str | None:
    return _ENT_LABELS.get(label, label or None) if label else None
