"""Read and write the German news quotation corpus format (Petersen-Frey & Biemann 2024).

One JSON file per article: ``documentName``, ``originalText``, a document-level ``tokens`` list
with character offsets, ``sentences`` and the gold ``annotations``. Each annotation has the roles
``quote``, ``speaker``, ``cue``, ``frame`` and ``addressee`` as ``{text, tokenIds, spans}`` plus a
``type`` and a ``medium``.

quotekit works on characters, the corpus on its own tokens. Predictions are therefore mapped onto
the document's tokens: a token belongs to a predicted span when their characters overlap. That
keeps the comparison fair whatever tokeniser produced the prediction.
"""

from __future__ import annotations

import bisect
import json
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import attrs

from ..errors import CorpusError
from ..evaluation import COMPONENTS, Scores, score
from ..model import Quote, QuoteType, Span

ROLE_OF_ATTRIBUTE = {"mention": "speaker", "cue": "cue", "frame": "frame", "addressee": "addressee"}


@attrs.frozen
class Problem:
    """A file that was skipped, and why; `predict_dir` returns these instead of stopping."""

    path: Path
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@attrs.frozen
class RoleSpan:
    """One role of a quotation: the corpus tokens it covers and their character extents.

    ``char_spans`` has one ``(start, end)`` per run of consecutive tokens, so a quote interrupted
    by ``sagte er`` has two. An absent role is the empty `RoleSpan`.
    """

    token_ids: tuple[int, ...] = ()
    char_spans: tuple[tuple[int, int], ...] = ()
    text: str = ""

    def __bool__(self) -> bool:
        return bool(self.token_ids)

    def runs(self) -> list[tuple[int, int]]:
        """The token ids as ``(begin, end)`` runs of consecutive ids, end exclusive."""
        runs: list[tuple[int, int]] = []
        for token_id in self.token_ids:
            if runs and runs[-1][1] == token_id:
                runs[-1] = (runs[-1][0], token_id + 1)
            else:
                runs.append((token_id, token_id + 1))
        return runs

    def to_json(self) -> dict[str, Any]:
        spans = [
            {"begin": begin, "end": end, "charBegin": char_begin, "charEnd": char_end}
            for (begin, end), (char_begin, char_end) in zip(self.runs(), self.char_spans, strict=False)
        ]
        return {"text": self.text, "tokenIds": list(self.token_ids), "spans": spans}


EMPTY = RoleSpan()


@attrs.frozen
class Quotation:
    """One quotation in corpus terms (gold or predicted): a `RoleSpan` per role, type and medium.

    ``type`` and ``medium`` are the corpus labels as strings (``"Indirect"``, ``"SW"``, ...); the
    corpus has labels, such as medium ``none``, that quotekit's enums do not.
    """

    quote: RoleSpan
    type: str
    medium: str
    speaker: RoleSpan = EMPTY
    cue: RoleSpan = EMPTY
    frame: RoleSpan = EMPTY
    addressee: RoleSpan = EMPTY
    is_nested: bool = False
    has_nested: bool = False

    def tokens(self, component: str) -> frozenset[int]:
        """Token ids of ``component`` ("quote", "speaker", ...), as `quotekit.evaluation` needs."""
        return frozenset(getattr(self, component).token_ids)

    def to_json(self, index: int) -> dict[str, Any]:
        result: dict[str, Any] = {"id": index}
        for component in COMPONENTS:
            result[component] = getattr(self, component).to_json()
        result.update(type=self.type, medium=self.medium, isNested=self.is_nested, hasNested=self.has_nested)
        return result


@attrs.frozen
class CorpusDocument:
    """An article: its text, the corpus tokens as character spans, and its gold quotations."""

    name: str
    text: str
    tokens: tuple[tuple[int, int], ...]
    quotations: tuple[Quotation, ...]


# --------------------------------------------------------------------------- reading


def read_document(path: str | Path) -> CorpusDocument:
    """Read one corpus JSON file; raises `CorpusError` naming the file when it is broken."""
    path = Path(path)
    return parse_document(_load_json(path), source=str(path))


def parse_document(data: Any, *, source: str = "<document>") -> CorpusDocument:
    """Build a `CorpusDocument` from the parsed JSON of one article."""
    try:
        text = data["originalText"]
        if not isinstance(text, str):
            raise TypeError("originalText is not a string")
        tokens = tuple((int(t["charBegin"]), int(t["charEnd"])) for t in data["tokens"])
        quotations = tuple(_parse_annotation(a) for a in data.get("annotations") or ())
        name = str(data.get("documentName", Path(source).stem))
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise CorpusError(f"{source}: not a corpus document ({_describe(error)})") from error
    return CorpusDocument(name, text, tokens, quotations)


def parse_annotations(data: Any, *, source: str = "<predictions>") -> tuple[Quotation, ...]:
    """The quotations of a prediction (or corpus) file; only ``annotations`` is required."""
    try:
        return tuple(_parse_annotation(a) for a in data["annotations"] or ())
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise CorpusError(f"{source}: no readable annotations ({_describe(error)})") from error


def _parse_annotation(data: dict[str, Any]) -> Quotation:
    roles = {component: _parse_role(data.get(component)) for component in COMPONENTS}
    return Quotation(
        type=str(data.get("type", "")),
        medium=str(data.get("medium", "")),
        is_nested=bool(data.get("isNested", False)),
        has_nested=bool(data.get("hasNested", False)),
        **roles,
    )


def _parse_role(data: dict[str, Any] | None) -> RoleSpan:
    if not data:
        return EMPTY
    spans = data.get("spans") or ()
    if "tokenIds" in data:
        token_ids = sorted({int(i) for i in data["tokenIds"]})
    else:  # tolerate files that give only spans
        token_ids = sorted({i for s in spans for i in range(int(s["begin"]), int(s["end"]))})
    char_spans = tuple((int(s["charBegin"]), int(s["charEnd"])) for s in spans if "charBegin" in s)
    return RoleSpan(tuple(token_ids), char_spans, str(data.get("text", "")))


def load_dir(directory: str | Path) -> list[CorpusDocument]:
    """Every ``*.json`` document of a corpus split, sorted by file name; raises on broken files."""
    documents, problems = [], []
    for path in _json_files(directory):
        try:
            documents.append(read_document(path))
        except CorpusError as error:
            problems.append(str(error))
    if problems:
        raise CorpusError(_summarise(problems))
    return documents


def _json_files(directory: str | Path) -> list[Path]:
    directory = Path(directory)
    if not directory.is_dir():
        raise CorpusError(f"{directory}: not a directory")
    return sorted(directory.glob("*.json"))


def _load_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CorpusError(f"{path}: cannot read JSON ({_describe(error)})") from error


def _describe(error: BaseException) -> str:
    if isinstance(error, KeyError):
        return f"missing key {error}"
    return f"{type(error).__name__}: {error}"


def _summarise(problems: list[str], limit: int = 10) -> str:
    shown = "\n  ".join(problems[:limit])
    more = f"\n  ... and {len(problems) - limit} more" if len(problems) > limit else ""
    return f"{len(problems)} file(s) cannot be used:\n  {shown}{more}"


# --------------------------------------------------------------------------- quotes -> tokens


class TokenIndex:
    """Finds the corpus tokens whose characters overlap a character span (binary search)."""

    def __init__(self, tokens: Sequence[tuple[int, int]], text: str) -> None:
        self.tokens = tokens
        self.text = text
        self._starts = [start for start, _ in tokens]

    def overlapping(self, start: int, end: int) -> range:
        """Ids of the tokens sharing at least one character with ``[start, end)``."""
        if end <= start:
            return range(0)
        first = bisect.bisect_right(self._starts, start) - 1
        if first < 0 or self.tokens[first][1] <= start:
            first += 1
        last = bisect.bisect_left(self._starts, end)
        return range(first, max(first, last))

    def role(self, spans: Iterable[Span]) -> RoleSpan:
        """The `RoleSpan` of the tokens that overlap any of ``spans``."""
        token_ids = sorted({i for span in spans for i in self.overlapping(span.start, span.end)})
        role = RoleSpan(tuple(token_ids))
        char_spans = tuple((self.tokens[begin][0], self.tokens[end - 1][1]) for begin, end in role.runs())
        text = " ".join(self.text[start:end] for start, end in char_spans)
        return RoleSpan(tuple(token_ids), char_spans, text)


def quotations_from_quotes(quotes: Iterable[Quote], tokens: Sequence[tuple[int, int]], text: str) -> list[Quotation]:
    """Map quotekit's quotes (nested ones included) onto the corpus tokens of their document.

    ``quote.parts`` gives the quote span and ``quote.mention`` the speaker role (the words at the
    cue, which is what the annotators marked), ``cue``, ``frame`` and ``addressee`` the others.
    """
    index = TokenIndex(tokens, text)
    result: list[Quotation] = []
    seen: set[tuple[Any, ...]] = set()
    for quote, is_nested in _flatten(quotes):
        key = (quote.type, tuple((p.start, p.end) for p in quote.parts))
        if key in seen:  # a nested quote that the list also holds at top level
            continue
        seen.add(key)
        roles = {
            role: index.role([span]) if (span := getattr(quote, attribute)) is not None else EMPTY
            for attribute, role in ROLE_OF_ATTRIBUTE.items()
        }
        if quote.cue_parts:  # the corpus marks every word of the cue: "teilte … mit"
            roles["cue"] = index.role(quote.cue_parts)
        if quote.type is QuoteType.REPORTED:
            # the corpus marks no cue and no frame in reported speech: the speech act ("forderte
            # den Rücktritt") is part of the quotation itself (train: 291 of 297 without a cue)
            roles["cue"] = roles["frame"] = EMPTY
        quote_span = index.role(quote.parts)
        if not quote_span:  # nothing of the corpus text (e.g. only whitespace) is covered
            continue
        result.append(
            Quotation(
                quote=quote_span,
                type=str(quote.type),
                medium=str(quote.medium),
                is_nested=is_nested,
                has_nested=bool(quote.nested),
                **roles,
            )
        )
    return result


def _flatten(quotes: Iterable[Quote], nested: bool = False) -> Iterator[tuple[Quote, bool]]:
    for quote in quotes:
        yield quote, nested
        yield from _flatten(quote.nested, True)


def predict(document: CorpusDocument, *, nlp: Any = None) -> list[Quotation]:
    """Run quotekit on the document's ``originalText`` (never its gold) and map to its tokens."""
    from ..api import extract  # local: the reader/writer works without the pipeline

    return quotations_from_quotes(extract(document.text, nlp=nlp), document.tokens, document.text)


def prediction_json(name: str, quotations: Sequence[Quotation]) -> dict[str, Any]:
    """A prediction file's content: ``documentName`` and ``annotations`` in the corpus format."""
    return {"documentName": name, "annotations": [q.to_json(i) for i, q in enumerate(quotations)]}


# --------------------------------------------------------------------------- directories


def predict_dir(input_dir: str | Path, output_dir: str | Path, *, nlp: Any = None) -> list[Problem]:
    """Predict every ``*.json`` of ``input_dir`` into ``output_dir`` (same file names).

    Gold annotations in the input are ignored. A file that cannot be read, or on which extraction
    fails, is skipped and returned as a `Problem`; the other files are still written.
    """
    output = Path(output_dir)
    files = _json_files(input_dir)
    output.mkdir(parents=True, exist_ok=True)
    problems: list[Problem] = []
    for path in files:
        try:
            document = read_document(path)
            quotations = predict(document, nlp=nlp)
        except CorpusError as error:
            problems.append(Problem(path, str(error).removeprefix(f"{path}: ")))
            continue
        except Exception as error:  # one failing document must not stop the run
            problems.append(Problem(path, f"extraction failed ({_describe(error)})"))
            continue
        target = output / path.name
        with target.open("w", encoding="utf-8") as handle:
            json.dump(prediction_json(document.name, quotations), handle, ensure_ascii=False, indent=1)
            handle.write("\n")
    return problems


def score_dirs(pred_dir: str | Path, gold_dir: str | Path) -> Scores:
    """Score the prediction files in ``pred_dir`` against the corpus files in ``gold_dir``.

    Files are matched by name; every gold file needs a prediction (an empty ``annotations`` list
    is fine), extra prediction files are ignored. Raises `CorpusError` listing every missing or
    broken file, since a score over part of the data would mislead.
    """
    pred_dir = Path(pred_dir)
    gold_files = _json_files(gold_dir)
    if not pred_dir.is_dir():
        raise CorpusError(f"{pred_dir}: not a directory")
    if not gold_files:
        raise CorpusError(f"{gold_dir}: no *.json files")
    documents: list[tuple[tuple[Quotation, ...], tuple[Quotation, ...]]] = []
    problems: list[str] = []
    for gold_path in gold_files:
        pred_path = pred_dir / gold_path.name
        try:
            gold = parse_annotations(_load_json(gold_path), source=str(gold_path))
            if not pred_path.is_file():
                raise CorpusError(f"{pred_path}: missing prediction for {gold_path.name}")
            predicted = parse_annotations(_load_json(pred_path), source=str(pred_path))
        except CorpusError as error:
            problems.append(str(error))
            continue
        documents.append((predicted, gold))
    if problems:
        raise CorpusError(_summarise(problems))
    return score(documents)


def score_documents(documents: Iterable[CorpusDocument], *, nlp: Any = None) -> Scores:
    """Predict and score corpus documents in memory (no files), e.g. for the quality test."""
    return score((predict(document, nlp=nlp), document.quotations) for document in documents)
