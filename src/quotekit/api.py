"""The small surface users import: `extract` one text, `extract_many` a stream of texts."""

from __future__ import annotations

import itertools
from typing import Any, Iterable, Iterator, Sequence

from . import collector, pipeline
from .document import Annotated
from .errors import DocumentError, InputError, not_text
from .model import Person, Quotes


def extract(
    text: str,
    *,
    nlp: Any = None,
    speakers: Sequence[Person] = (),
    include_terms: bool = False,
) -> Quotes:
    """Find every quotation in ``text`` and its speaker; returns a list of `Quote`, sorted by start.

    ``nlp`` may be a spaCy ``Language`` (its POS/morph/NER are used when present) or a stanza
    ``Pipeline``; by default quotekit runs ``spacy.blank("de")`` + its own rules, offline.
    ``speakers`` links entities to a registry of known people (`Person` with aliases and ids).
    ``include_terms`` keeps short quoted terms (scare quotes, nicknames), marked with low confidence.
    """
    if not isinstance(text, str):
        raise not_text(text)
    if nlp is not None:  # the user's pipeline runs with the garbage collector as they keep it
        return pipeline.run(annotate(text, nlp), speakers=speakers, include_terms=include_terms)
    with collector.paused():  # tokenising and the rules: see quotekit.collector
        # the Annotated is a temporary: freed by reference counting before the collector resumes
        return pipeline.run(annotate(text), speakers=speakers, include_terms=include_terms)


def annotate(text: str, nlp: Any = None) -> Annotated:
    """Tokenise and annotate ``text`` with the default engine or the user's pipeline."""
    if nlp is None:
        from .backends.spacy import default_nlp, from_doc

        # a byte-order mark (a UTF-8 file read without "utf-8-sig", or files pasted together) is
        # no word: the tokeniser sees a space in its place, so offsets stay those of ``text``
        tokenised = text.replace("\ufeff", " ") if "\ufeff" in text else text
        return from_doc(default_nlp()(tokenised), text, keep_doc=False, tokens_only=True)
    if _is_stanza(nlp):
        from .backends.stanza import from_stanza_document

        return from_stanza_document(nlp(text), text=text)
    if callable(nlp):
        from spacy.tokens import Doc

        from .backends.spacy import from_doc

        doc = nlp(text)
        if isinstance(doc, Doc):
            return from_doc(doc)
    raise InputError(
        f"nlp must be a spaCy Language or a stanza Pipeline, got {type(nlp).__name__}"
    )


def _is_stanza(nlp: Any) -> bool:
    return type(nlp).__module__.split(".", 1)[0] == "stanza"


def extract_many(
    texts: Iterable[str],
    *,
    nlp: Any = None,
    speakers: Sequence[Person] = (),
    include_terms: bool = False,
    batch_size: int = 64,
    n_process: int = 1,
    progress: bool = False,
) -> Iterator[Quotes]:
    """Stream `Quotes` for each text, in input order, one result per input.

    A document that fails (not a ``str``, or an internal error) yields an empty `Quotes` whose
    ``error`` is a `DocumentError` naming its index; the other documents are processed normally.
    ``n_process > 1`` spreads batches over worker processes (default engine or a picklable nlp).
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    options = {"nlp": nlp, "speakers": tuple(speakers), "include_terms": include_terms}
    results: Iterator[Quotes]
    if n_process == 1:
        results = (_extract_one(i, text, options) for i, text in enumerate(texts))
    else:
        results = _parallel(texts, options, batch_size, n_process)
    if progress:
        results = _with_progress(results)
    return results


def _extract_one(index: int, text: Any, options: dict[str, Any]) -> Quotes:
    try:
        return extract(text, **options)
    except Exception as error:  # one broken document must not lose the others
        return Quotes(text=text if isinstance(text, str) else "", error=DocumentError(index, None, error))


_worker_options: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    """Receive the options once per worker process instead of with every batch (an nlp is big)."""
    _worker_options.update(options)


def _extract_batch(args: tuple[int, list[Any]]) -> list[Quotes]:
    first, batch = args
    return [_extract_one(first + offset, text, _worker_options) for offset, text in enumerate(batch)]


def _parallel(texts: Iterable[Any], options: dict[str, Any], batch_size: int, n_process: int) -> Iterator[Quotes]:
    import multiprocessing

    def batches() -> Iterator[tuple[int, list[Any]]]:
        iterator = iter(texts)
        first = 0
        while batch := list(itertools.islice(iterator, batch_size)):
            yield first, batch
            first += len(batch)

    context = multiprocessing.get_context("spawn" if _unsafe_to_fork(options["nlp"]) else None)
    with context.Pool(n_process, initializer=_init_worker, initargs=(options,)) as pool:
        # imap keeps input order; the pipe to the workers bounds how far the input is read ahead
        for batch_result in pool.imap(_extract_batch, batches(), chunksize=1):
            yield from batch_result


def _unsafe_to_fork(nlp: Any = None) -> bool:
    """Whether worker processes must be spawned instead of forked.

    A forked child inherits the parent's locks but not its threads: after torch has *run* (a
    stanza or transformer pipeline passed as ``nlp``) its thread pools can deadlock the child.
    The default engine never runs torch - spaCy's thinc merely imports it when it is installed -
    so it forks, which saves each worker seconds of re-importing spaCy and torch.
    """
    import sys

    if sys.platform == "darwin":  # fork is unsafe with macOS system frameworks
        return True
    return nlp is not None and "torch" in sys.modules


def _with_progress(results: Iterator[Quotes]) -> Iterator[Quotes]:
    try:
        from tqdm.auto import tqdm
    except ImportError:  # progress is a nicety; without tqdm print a plain counter to stderr
        return _plain_progress(results)
    return iter(tqdm(results, unit="doc", desc="quotekit"))


def _plain_progress(results: Iterator[Quotes]) -> Iterator[Quotes]:
    import sys

    count = 0
    for count, result in enumerate(results, 1):
        if count % 100 == 0:
            print(f"\rquotekit: {count} documents", end="", file=sys.stderr, flush=True)
        yield result
    print(f"\rquotekit: {count} documents", file=sys.stderr, flush=True)
