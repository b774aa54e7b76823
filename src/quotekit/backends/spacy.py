"""spaCy backend: the default engine (``spacy.blank("de")``) and user pipelines.

With a blank pipeline quotekit works from its lexicons and capitalisation. When the user's
pipeline has a tagger/morphologizer/parser/NER (any German spaCy model), the annotations are
copied into `Annotated` and the rules use them.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re

import numpy

import spacy
from spacy.language import Language
from spacy.attrs import ENT_IOB, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, MORPH, ORTH, POS, SENT_START, TAG
from spacy.pipeline import Sentencizer
from spacy.strings import hash_string
from spacy.tokens import Doc

from .. import collector, entity_words
from .. import vocabulary as vocab
from ..document import Annotated, Token


@functools.cache
def default_nlp() -> Language:
    """``spacy.blank("de")``: spaCy's tokeniser, no model download, built once. Sentence
    boundaries come from `sentence_starts` during conversion."""
    return spacy.blank("de")


@functools.cache
def _sentencizer() -> Sentencizer:
    return Sentencizer()


def ensure_sentences(doc: Doc) -> Doc:
    """Give ``doc`` sentence boundaries with spaCy's sentencizer if no component set them."""
    if len(doc) > 1 and not doc.to_array([SENT_START])[1:].any():  # token 0 always starts one
        _sentencizer()(doc)
    return doc


@functools.cache
def _sentence_punct_hashes() -> numpy.ndarray:
    return numpy.array(sorted(hash_string(c) for c in Sentencizer.default_punct_chars), dtype=numpy.uint64)


@functools.cache
def _clause_punct_hashes() -> tuple[int, ...]:
    """The ORTH hashes of ``,`` and ``;``: compared one by one, since ``numpy.isin`` sorts and
    merges arrays, which costs more than two comparisons on a news article's tokens."""
    return tuple(hash_string(c) for c in (",", ";"))


def sentence_starts(doc: Doc) -> numpy.ndarray:
    """Where spaCy's rule-based sentencizer would start sentences (1) or not (0) in ``doc``."""
    table = doc.to_array([ORTH, IS_PUNCT])
    return _sentence_starts(table[:, 0], table[:, 1])


def _sentence_starts(orth: numpy.ndarray, is_punct: numpy.ndarray) -> numpy.ndarray:
    """`sentence_starts` from the ORTH and IS_PUNCT columns, computed on whole columns with numpy
    instead of a loop over tokens.

    The rule: a sentence starts at the first word token (neither punctuation nor a sentence-final
    mark) after a sentence-final mark (``.``, ``!``, ``?`` …), punctuation in between (``.“``)
    included. So token ``i`` starts one when the last final mark before it comes after the last
    word token before it. A comma after the mark goes on with the sentence (``„Wo soll ich
    hin?“, fragte die Frau``), unlike spaCy's sentencizer."""
    marks = _sentence_punct_hashes()
    final = marks[numpy.minimum(numpy.searchsorted(marks, orth), len(marks) - 1)] == orth
    word = ~final & (is_punct == 0)
    goes_on = word.copy()
    for clause_mark in _clause_punct_hashes():
        goes_on |= orth == clause_mark
    index = numpy.arange(len(orth))
    last_final = numpy.maximum.accumulate(numpy.where(final, index, -1))
    last_word = numpy.maximum.accumulate(numpy.where(goes_on, index, -1))
    starts = numpy.zeros(len(orth), dtype=numpy.uint64)
    starts[1:] = word[1:] & (last_final[:-1] > last_word[:-1])
    starts[0] = 1
    return starts


# what every Doc has (the columns `_word_columns` reads), then the annotations a pipeline may add
_TOKEN_COLUMNS = [IDX, LENGTH, IS_SPACE, SENT_START, ORTH, IS_PUNCT]
_COLUMNS = [*_TOKEN_COLUMNS, POS, TAG, MORPH, LEMMA, ENT_IOB]


def from_doc(doc: Doc, text: str | None = None, *, keep_doc: bool = True, tokens_only: bool = False) -> Annotated:
    """Copy a spaCy ``Doc`` (with whatever annotations it has) into an `Annotated`.

    Pass the input ``text`` when you have it: ``Doc.text`` rebuilds the string token by token.
    ``keep_doc=False`` lets the Doc be freed once converted (the default engine does not need it).
    ``tokens_only`` says that the Doc comes from a tokeniser alone (the default engine), so no
    annotation columns are read (they would be all zero). A Doc without sentence boundaries gets
    those of spaCy's sentencizer.
    """
    if text is None:
        text = doc.text
    # one array read for offsets, sentence starts and which annotations exist (Doc.has_annotation
    # walks every token once per call)
    attributes = _TOKEN_COLUMNS if tokens_only else _COLUMNS
    table = doc.to_array(attributes) if len(doc) else numpy.zeros((0, len(attributes)), dtype=numpy.uint64)
    present = table[:, len(_TOKEN_COLUMNS) :].any(axis=0).tolist() if len(doc) and not tokens_only else [False] * 5
    has_pos = bool(present[0] or present[1])
    has_morph, has_lemma, has_ner = bool(present[2]), bool(present[3]), bool(present[4])
    rich = has_pos or has_morph or has_lemma or has_ner
    if rich:
        ensure_sentences(doc)  # the token-by-token conversion reads doc.sents
        tokens, sentences = _annotated_tokens(doc, has_pos, has_morph, has_lemma, has_ner)
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
    columns = _word_columns(table, text)
    # free the array and, unless it is kept, the Doc before the token objects are built: on a
    # long text this is the peak of quotekit's memory use
    kept = doc if keep_doc else None
    del table, doc
    tokens, sentences, texts = _plain_tokens(*columns, text)
    return Annotated(text, tokens, sentences, doc=kept, texts=texts)


def _word_columns(table: numpy.ndarray, text: str) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Start and end of every token that is not whitespace, and the first of them in every
    sentence, from the ``_TOKEN_COLUMNS`` of a Doc without annotations. Whitespace tokens are
    dropped (newlines stay in the text and the rules read paragraph breaks from the characters
    between tokens), and so are sentences made only of whitespace."""
    if not len(table):
        return (numpy.zeros(0, dtype=numpy.int64),) * 3
    if len(table) > 1 and not table[1:, 3].any():  # no component set sentence boundaries
        starts_sentence = _sentence_starts(table[:, 4], table[:, 5]) == 1
        _lowercase_after_abbreviation(table, text, starts_sentence)
        _name_after_degree(table, text, starts_sentence)
        _paragraph_sentences(table, text, starts_sentence)
        _number_before_quote(table, text, starts_sentence)
        _abbreviation_before_sentence(table, text, starts_sentence)
    else:
        starts_sentence = table[:, 3] == 1
    starts_sentence[0] = True
    keep = table[:, 2] == 0
    sentence_of = (numpy.cumsum(starts_sentence) - 1)[keep]
    starts = table[keep, 0].astype(numpy.int64)
    ends = starts + table[keep, 1].astype(numpy.int64)
    if not len(sentence_of):
        return starts, ends, sentence_of
    new_sentence = numpy.empty(len(sentence_of), dtype=bool)  # sentences of whitespace vanish
    new_sentence[0] = True
    numpy.not_equal(sentence_of[1:], sentence_of[:-1], out=new_sentence[1:])
    return starts, ends, new_sentence.nonzero()[0]


_DASHES = frozenset("–—-")


def _lowercase_after_abbreviation(table: numpy.ndarray, text: str, starts_sentence: numpy.ndarray) -> None:
    """No sentence starts at a lowercase word after a full stop (``wirft Melanie Sch.
    fahrlässige Tötung vor``, ``bzw. die Stadt``): the stop ends an abbreviation the tokeniser
    split off, and a German sentence opens with a capital."""
    for row in starts_sentence.nonzero()[0].tolist():
        word = text[int(table[row, 0]) : int(table[row, 0] + table[row, 1])]
        if row < 1 or not (word.isalpha() and word.islower()):
            continue  # (a brand written in lowercase does open one: "dm-Sprecherin Eva Klein sagte")
        before = row - 1
        while before > 0 and table[before, 2]:  # whitespace
            before -= 1
        start = int(table[before, 0])
        if text[start : start + int(table[before, 1])] == "." and "\n" not in text[start : int(table[row, 0])]:
            starts_sentence[row] = False


def _name_after_degree(table: numpy.ndarray, text: str, starts_sentence: numpy.ndarray) -> None:
    """No sentence starts after the full stop of an academic degree the tokeniser split off
    (``Dr. med. Anna X``, ``Prof. Dr.-Ing. Raimund Y``, ``Dr. h.c. mult. Max Z``): the name follows."""
    degrees = vocab.word_class("academic_degree_part")
    for row in starts_sentence.nonzero()[0].tolist():
        if row < 2 or text[int(table[row - 1, 0]) : int(table[row - 1, 0] + table[row - 1, 1])] != ".":
            continue
        word = text[int(table[row - 2, 0]) : int(table[row - 2, 0] + table[row - 2, 1])]
        if word.rsplit("-", 1)[-1].lower() in degrees and "\n" not in text[int(table[row - 2, 0]) : int(table[row, 0])]:
            starts_sentence[row] = False


def _paragraph_sentences(table: numpy.ndarray, text: str, starts_sentence: numpy.ndarray) -> None:
    """Sentence starts that punctuation does not show, set in ``starts_sentence``: after a blank
    line (a headline has no full stop) and after a dateline that opens a paragraph
    (``MOSKAU –``, ``NEW YORK (AP) –``: place names in capitals, an agency in brackets, a dash)."""
    paragraph_starts = [0]
    for row in table[:, 2].nonzero()[0].tolist():  # whitespace tokens
        start = int(table[row, 0])
        if row + 1 < len(table) and "\n\n" in text[start : start + int(table[row, 1])]:
            starts_sentence[row + 1] = True
            paragraph_starts.append(row + 1)
    for first in paragraph_starts:
        dash = _dateline_end(table, text, first)
        if dash is not None and dash + 1 < len(table):
            starts_sentence[dash + 1] = True


_NUMBER_AT_SENTENCE_END = re.compile(r"(\d+)\.\s+([„«»\"‚]|\w+)")


@functools.cache
def _abbreviation_at_sentence_end() -> re.Pattern[str]:
    words = sorted(vocab.word_class("sentence_final_abbreviation"), key=len, reverse=True)
    return re.compile(r"(?<!\S)(?:" + "|".join(re.escape(w) for w in words) + r")\s+([„«»\"‚]|\w+)", re.IGNORECASE)


def _abbreviation_before_sentence(table: numpy.ndarray, text: str, starts_sentence: numpy.ndarray) -> None:
    """Sentence starts after an abbreviation whose full stop the tokeniser keeps in the word
    (``… stellte die Hagedorn GmbH. Der Betrieb laufe …``, ``… Obst, Gemüse usw. Die Preise …``),
    so the sentencizer sees none: when an opening quotation mark, a function word or a pronoun
    follows, the stop ends the sentence too."""
    if "." not in text:
        return
    for match in _abbreviation_at_sentence_end().finditer(text):
        if _opens_sentence(match.group(1)):
            _start_sentence_at(table, match.start(1), starts_sentence)
            # the stop ends the sentence, not the legal form: "die Hagedorn GmbH", as a mention
            # and a name, is written without it
            row = int(numpy.searchsorted(table[:, 0], match.start(), side="right")) - 1
            if row >= 0 and entity_words.legal_form_with_stop(text[int(table[row, 0]) : int(table[row, 0] + table[row, 1])]):
                table[row, 1] -= 1


def _opens_sentence(word: str) -> bool:
    """A word that, after a full stop, opens a sentence rather than going on with a name: an
    opening quotation mark, or a capitalised function word, determiner or pronoun."""
    return not word[:1].isalnum() or (
        word[:1].isupper() and (word.lower() in vocab.function_words() or word.lower() in vocab.determiners() or bool(vocab.pronoun(word)))
    )


def _start_sentence_at(table: numpy.ndarray, position: int, starts_sentence: numpy.ndarray) -> None:
    """Start a sentence at the token at character ``position`` (past an opening mark)."""
    row = int(numpy.searchsorted(table[:, 0], position))
    while row < len(table) and table[row, 5] and not starts_sentence[row]:  # the mark
        row += 1
    if row < len(table):
        starts_sentence[row] = True  # (already so after a paragraph break)


def _number_before_quote(table: numpy.ndarray, text: str, starts_sentence: numpy.ndarray) -> None:
    """Sentence starts after a number with a full stop (``… auf Rang 24. „Am Schießstand …“``,
    ``… seit 2010. Er habe …``): the tokeniser reads ``24.`` as an ordinal, so the sentencizer
    sees no full stop. An ordinal comes before a noun (``am 3. Oktober``), so the number ends a
    sentence when an opening quotation mark, a function word or pronoun, or — after a year — any
    capitalised word follows. The start goes to the first word after spaces and the mark."""
    for match in _NUMBER_AT_SENTENCE_END.finditer(text):
        number, following = match.group(1), match.group(2)
        if _opens_sentence(following) or (len(number) == 4 and following[:1].isupper()):
            _start_sentence_at(table, match.start(2), starts_sentence)


def _dateline_end(table: numpy.ndarray, text: str, first: int) -> int | None:
    """Row of the dash that ends a dateline starting at row ``first``, or None."""
    words = 0
    in_brackets = False
    for row in range(first, min(first + 8, len(table))):
        start = int(table[row, 0])
        word = text[start : start + int(table[row, 1])]
        if word in _DASHES:
            return row if words else None
        if word == "(":
            in_brackets = True
        elif word == ")":
            in_brackets = False
        elif in_brackets or word == "/":
            continue
        elif len(word) >= 2 and word.isupper():
            words += 1
        else:
            return None
    return None


def _plain_tokens(
    starts: numpy.ndarray, ends: numpy.ndarray, first_of_sentence: numpy.ndarray, text: str
) -> tuple[list[Token], list[tuple[int, int]], list[str]]:
    """Tokens, sentences and token strings from `_word_columns`, built with C-level ``map``:
    this runs for every token of every document, so no Python loop per token (and no spaCy
    ``Token`` objects)."""
    if not len(starts):
        return [], [], []
    bounds = first_of_sentence.tolist() + [len(starts)]
    sentences = list(zip(bounds[:-1], bounds[1:]))
    # one int object per sentence, repeated for its tokens (not one per token: long texts)
    lengths = map(operator.sub, bounds[1:], bounds[:-1])
    sentence_column = itertools.chain.from_iterable(map(itertools.repeat, range(len(sentences)), lengths))
    starts_list, ends_list = starts.tolist(), ends.tolist()
    if len(starts_list) >= _INTERN_FROM:
        # a long text: a token that ends where the next one starts (a word and its comma, a
        # quotation mark and its word) shares that int object with it, one object fewer each
        for k in (ends[:-1] == starts[1:]).nonzero()[0].tolist():
            ends_list[k] = starts_list[k + 1]
    make = functools.partial(tuple.__new__, Token)  # NamedTuple's own __new__ is a slow Python function
    none = itertools.repeat(None)
    # hundreds of thousands of tuples on a long text: a tuple subclass stays tracked by the cyclic
    # collector, so every collection while they are young would walk them all (see collector.py)
    with collector.paused():
        if len(starts_list) < _INTERN_FROM:
            texts = [text[a:b] for a, b in zip(starts_list, ends_list)]
        else:  # a long text: each repeated word once (see `_Interned`)
            texts = list(map(_Interned().__getitem__, map(text.__getitem__, map(slice, starts_list, ends_list))))
        tokens = list(map(make, zip(range(len(texts)), starts_list, ends_list, texts, sentence_column, none, none, none, none)))
        tokens, sentences = reattach_opening_marks(text, tokens, sentences)
    return tokens, sentences, texts


_INTERN_FROM = 20_000  # tokens from which a text's repeated words and offsets share their objects


class _Interned(dict):
    """Every distinct token string of a text, once: `_plain_tokens` keeps the first slice of a
    repeated word of a long text and drops the others. A string costs 50 bytes or more, and the
    tokens' strings were a tenth of the memory used on 1 MB of text (18 MB less with this); on a
    news article the look-ups would cost more time than the memory is worth. Looked up in C;
    ``__missing__`` runs once per distinct word."""

    __slots__ = ()

    def __missing__(self, word: str) -> str:
        self[word] = word
        return word


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
