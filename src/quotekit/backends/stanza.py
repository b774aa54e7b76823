"""stanza backend: a stanza ``Document`` → quotekit's `Annotated` text (``pip install "quotekit[stanza]"``).

Users whose pipelines already run stanza pass either the ``Pipeline`` (``quotekit.extract(text,
nlp=pipeline)``) or a processed ``Document`` (``quotekit.from_stanza(document)``). quotekit reads
what the document carries: tokens with character offsets, sentences, UPOS, UD features (the rules
look for ``Mood=Sub``), lemmas and NER (BIOES tags on tokens); anything absent is simply not used.

Multi-word tokens: German stanza models split contractions (``im`` → ``in`` + ``dem``, ``zum`` →
``zu`` + ``dem``). quotekit works on *words*, because that is where UPOS, features and lemmas
live; each word of a multi-word token gets the character span of its token (``text[start:end]``
is ``"im"`` for both words), while ``Token.text`` is the word (``"in"``, ``"dem"``).

stanza is imported only inside the functions that need it, so ``import quotekit`` never pays for
torch; a missing package or missing German models give one clear `BackendError`.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..document import Annotated, Token
from ..errors import BackendError, InputError, missing_extra
from ..model import Person, Quotes

GERMAN_PROCESSORS = "tokenize,mwt,pos,lemma,ner"

_ENT_LABELS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC"}


def german_pipeline(**kwargs: Any) -> Any:
    """A stanza German ``Pipeline`` with the processors quotekit uses; never downloads anything.

    ``kwargs`` go to ``stanza.Pipeline`` and override the defaults (``lang="de"``,
    ``processors="tokenize,mwt,pos,lemma,ner"``, ``download_method=None``,
    ``logging_level="WARN"``), e.g. ``german_pipeline(model_dir="/models/stanza", use_gpu=False)``.
    Raises `BackendError` telling how to install stanza or its German models when either is missing.
    """
    try:
        import stanza
    except ImportError:
        raise missing_extra("stanza", "stanza") from None
    options: dict[str, Any] = {
        "lang": "de",
        "processors": GERMAN_PROCESSORS,
        "download_method": None,
        "logging_level": "WARN",
    }
    options.update(kwargs)
    try:
        return stanza.Pipeline(**options)
    except FileNotFoundError as error:  # stanza's ResourcesFileNotFound / LanguageNotDownloaded / model file
        where = f" in {options['model_dir']!r}" if options.get("model_dir") else ""
        raise BackendError(
            f"stanza's German models are not installed{where} ({type(error).__name__}: {error}). "
            "Download them once with:  python -c 'import stanza; stanza.download(\"de\")'"
            + (f"  (add model_dir={options['model_dir']!r})" if where else "")
        ) from None


def from_stanza(
    document: Any, *, speakers: Sequence[Person] = (), include_terms: bool = False
) -> Quotes:
    """The quotations of a processed stanza ``Document`` (exported as ``quotekit.from_stanza``)."""
    from .. import pipeline

    return pipeline.run(from_stanza_document(document), speakers=speakers, include_terms=include_terms)


def from_stanza_document(document: Any, text: str | None = None) -> Annotated:
    """Copy a stanza ``Document`` (with whatever annotations it has) into an `Annotated`.

    ``text`` is the original string when the caller has it (``annotate`` passes it); otherwise the
    document's own ``text`` is used, and as a last resort the tokens are joined with their
    ``spaces_after``. Tokens without character offsets (CoNLL-U without ``start_char``) are aligned
    to the text by searching for them in order.
    """
    sentences_in = getattr(document, "sentences", None)
    if sentences_in is None:
        raise InputError(f"from_stanza expects a stanza Document, got {type(document).__name__}")
    if text is None:
        text = getattr(document, "text", None)
    if text is None:
        text = _joined_text(sentences_in)
    elif not isinstance(text, str):
        raise InputError(f"text must be a str, got {type(text).__name__}")

    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    has_pos = has_morph = has_lemma = has_ner = False
    cursor = 0  # for aligning tokens that carry no offsets
    for sent_index, sentence in enumerate(sentences_in):
        first = len(tokens)
        for stanza_token in sentence.tokens:
            start, end = _offsets(stanza_token, text, cursor)
            cursor = end
            ent = _ent_type(getattr(stanza_token, "ner", None))
            has_ner = has_ner or getattr(stanza_token, "ner", None) is not None
            for word in stanza_token.words:
                pos, feats, lemma = word.upos, word.feats, word.lemma
                has_pos = has_pos or bool(pos)
                has_morph = has_morph or bool(feats)
                has_lemma = has_lemma or bool(lemma)
                tokens.append(
                    Token(
                        len(tokens),
                        start,
                        end,
                        word.text if len(stanza_token.words) > 1 else text[start:end],
                        sent_index,
                        pos or None,
                        feats if feats and feats != "_" else None,
                        lemma or None,
                        ent,
                    )
                )
        sentences.append((first, len(tokens)))
    return Annotated(
        text,
        tokens,
        sentences,
        has_pos=has_pos,
        has_morph=has_morph,
        has_ner=has_ner,
        has_lemma=has_lemma,
        doc=document,
    )


def _offsets(stanza_token: Any, text: str, cursor: int) -> tuple[int, int]:
    start, end = stanza_token.start_char, stanza_token.end_char
    if start is not None and end is not None and 0 <= start <= end <= len(text):
        return start, end
    found = text.find(stanza_token.text, cursor)
    if found < 0:
        raise InputError(
            f"stanza token {stanza_token.text!r} has no character offsets and does not occur in the "
            "text after the previous token; pass the original text: from_stanza_document(doc, text=...)"
        )
    return found, found + len(stanza_token.text)


def _joined_text(sentences: Any) -> str:
    pieces: list[str] = []
    for sentence in sentences:
        for stanza_token in sentence.tokens:
            pieces.append(stanza_token.text)
            spaces = getattr(stanza_token, "spaces_after", None)
            pieces.append(" " if spaces is None else spaces)
    return "".join(pieces).rstrip()


def _ent_type(tag: str | None) -> str | None:
    """``S-PER`` / ``B-ORG`` / ``I-LOC`` / ``E-MISC`` → the entity type; ``O`` or nothing → None."""
    if not tag or tag == "O":
        return None
    label = tag.split("-", 1)[1] if len(tag) > 2 and tag[1] == "-" else tag
    return _ENT_LABELS.get(label, label)
