"""Score quotekit's direct quotations against the gold Direct quotes of the wikinews corpus.

    python scripts/eval_direct_spans.py dev            # scores on the dev split
    python scripts/eval_direct_spans.py train --timing # also time normal vs pathological input
    python scripts/eval_direct_spans.py dev --errors 20  # print some misses and false alarms

Predictions are ``quotekit.extract(text)`` with default settings, type Direct only
(``--source scan``: the scanner stage alone, top-level quotations not flagged ``is_term``). Gold: the
annotations of type Direct, one span per quotation from the first part's start to the last
part's end (gold spans include the quotation marks); exact duplicates are counted once.

Figures printed:
* exact span match *with* marks: (start, end) of prediction == gold;
* exact span match *without* marks: both sides compared after stripping one quotation mark and
  whitespace at each end (forgives a missing or extra mark, not a different extent);
* quote overlap: a prediction matches a gold quote when they share at least one corpus token
  (one-to-one, greedily by the number of shared tokens);
* token level: corpus tokens inside any predicted quote vs inside any gold Direct quote.

The corpus is read from ../shared/corpora/wikinews-quotes-de (CC BY-NC-SA): nothing from it is
written anywhere, the script only prints counts and - with ``--errors`` - short excerpts.
"""

from __future__ import annotations

import argparse
import bisect
import glob
import json
import os
import random
import sys
import time
from pathlib import Path
from typing import Iterable

import quotekit
from quotekit.marks import strip_marks
from quotekit.model import QuoteType

CORPUS = Path(os.environ.get("QUOTEKIT_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews-quotes-de"))


def load(split: str) -> list[dict]:
    files = sorted(glob.glob(str(CORPUS / split / "*.json")))
    if not files:
        sys.exit(f"no corpus files in {CORPUS / split}")
    return [json.loads(Path(f).read_text(encoding="utf-8")) for f in files]


def gold_direct(doc: dict) -> list[tuple[int, int, frozenset[int]]]:
    """Unique gold Direct quotes: (start, end, token ids)."""
    seen: dict[tuple[int, int], frozenset[int]] = {}
    for annotation in doc["annotations"]:
        spans = annotation["quote"]["spans"]
        if annotation["type"] != "Direct" or not spans:
            continue
        key = (spans[0]["charBegin"], spans[-1]["charEnd"])
        seen.setdefault(key, frozenset(annotation["quote"]["tokenIds"]))
    return [(start, end, tokens) for (start, end), tokens in seen.items()]


class TokenIndex:
    """Corpus tokens of one document, to turn predicted character spans into token ids."""

    def __init__(self, tokens: list[dict]) -> None:
        self.ids = [t["id"] for t in tokens]
        self.starts = [t["charBegin"] for t in tokens]
        self.ends = [t["charEnd"] for t in tokens]

    def covered(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        found: set[int] = set()
        for start, end in spans:
            i = bisect.bisect_right(self.starts, start) - 1
            i = max(i, 0)
            while i < len(self.starts) and self.starts[i] < end:
                if self.ends[i] > start:
                    found.add(self.ids[i])
                i += 1
        return frozenset(found)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predict_extract(text: str) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """Direct quotes of ``quotekit.extract`` with default settings: (start, end, parts)."""
    return [
        (q.start, q.end, tuple((p.start, p.end) for p in q.parts))
        for q in quotekit.extract(text)
        if q.type is QuoteType.DIRECT
    ]


def predict_scan(text: str) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """The scanner stage alone: top-level quotations that are not terms."""
    from quotekit.scanner import scan

    return [(q.start, q.end, q.parts) for q in scan(text).quotes if q.depth == 0 and not q.is_term]


PREDICTORS = {"extract": predict_extract, "scan": predict_scan}


def evaluate(
    docs: list[dict], errors: int = 0, seed: int = 0, source: str = "extract"
) -> dict[str, tuple[float, float, float]]:
    predict = PREDICTORS[source]
    n_pred = n_gold = 0
    exact = exact_nomarks = overlap_pred = overlap_gold = 0
    tok_pred = tok_gold = tok_both = 0
    misses: list[str] = []
    false_alarms: list[str] = []
    for doc in docs:
        text = doc["originalText"]
        index = TokenIndex(doc["tokens"])
        gold = gold_direct(doc)
        pred_spans = [(start, end, index.covered(parts)) for start, end, parts in predict(text)]
        n_pred += len(pred_spans)
        n_gold += len(gold)
        gold_keys = {(s, e) for s, e, _ in gold}
        exact += sum((s, e) in gold_keys for s, e, _ in pred_spans)
        gold_stripped = {strip_marks(text[s:e]).strip() for s, e, _ in gold}
        exact_nomarks += sum(strip_marks(text[s:e]).strip() in gold_stripped for s, e, _ in pred_spans)
        # one-to-one matching by shared tokens, largest overlaps first
        candidates = sorted(
            ((len(pt & gt), i, j) for i, (_, _, pt) in enumerate(pred_spans) for j, (_, _, gt) in enumerate(gold) if pt & gt),
            reverse=True,
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, i, j in candidates:
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
        overlap_pred += len(used_p)
        overlap_gold += len(used_g)
        all_pred = frozenset().union(*(pt for _, _, pt in pred_spans)) if pred_spans else frozenset()
        all_gold = frozenset().union(*(gt for _, _, gt in gold)) if gold else frozenset()
        tok_pred += len(all_pred)
        tok_gold += len(all_gold)
        tok_both += len(all_pred & all_gold)
        if errors:
            for j, (s, e, _) in enumerate(gold):
                if (s, e) not in {(ps, pe) for ps, pe, _ in pred_spans}:
                    misses.append(_excerpt(text, s, e, doc["documentName"]))
            for s, e, _ in pred_spans:
                if (s, e) not in gold_keys:
                    false_alarms.append(_excerpt(text, s, e, doc["documentName"]))
    result = {
        "exact (with marks)": prf(exact, n_pred, n_gold),
        "exact (marks stripped)": prf(exact_nomarks, n_pred, n_gold),
        "overlap >=1 token (quotes)": (
            overlap_pred / n_pred if n_pred else 0.0,
            overlap_gold / n_gold if n_gold else 0.0,
            0.0,
        ),
        "token level": prf(tok_both, tok_pred, tok_gold),
    }
    p, r, _ = result["overlap >=1 token (quotes)"]
    result["overlap >=1 token (quotes)"] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    print(f"source {source}: documents {len(docs)}  predicted Direct {n_pred}  gold Direct {n_gold}")
    for name, (p, r, f) in result.items():
        print(f"  {name:28} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    if errors:
        rng = random.Random(seed)
        for title, items in (("missed gold", misses), ("false alarms", false_alarms)):
            print(f"\n{title}: {len(items)} (showing up to {errors})")
            for line in rng.sample(items, min(errors, len(items))):
                print("  " + line)
    return result


def _excerpt(text: str, start: int, end: int, name: str) -> str:
    body = text[start:end]
    if len(body) > 90:
        body = body[:60] + " … " + body[-25:]
    before = text[max(0, start - 30) : start]
    after = text[end : end + 25]
    return f"{name[:12]:12} …{before!r} [{body}] {after!r}…".replace("\n", "⏎")


def pathological_text(size: int, seed: int = 7) -> str:
    """``size`` characters of quotation marks, apostrophes, newlines, spaces and short words."""
    rng = random.Random(seed)
    pieces = list("„“”\"»«‚‘’'›‹") + ["''", "\n", "\n\n", " ", " ", " ", "er", "s", "Ja", "die", "80er", ":", ",", "."]
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pieces)
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def timing(docs: list[dict], size: int, extract_size: int) -> None:
    """CPU cost per character of `scan` and `extract` on news text vs pathological text, same run.

    News text is the split's articles concatenated (repeated up to the size); the pathological
    text is random quotation marks, newlines, spaces and short words (`pathological_text`).
    CPU time (``time.process_time``), best of two runs, so a busy machine skews it less.
    """
    from quotekit.marks import find_marks
    from quotekit.scanner import scan

    news_all = "\n\n".join(doc["originalText"] for doc in docs)

    def news_text(n: int) -> str:
        return (news_all * (n // max(1, len(news_all)) + 1))[:n]

    print("\ntiming (CPU µs per character, best of 2):")
    for label, func, n in (("scanner.scan", scan, size), ("quotekit.extract", quotekit.extract, extract_size)):
        costs = []
        for text in (news_text(n), pathological_text(n)):
            func(text[:1000])  # warm up caches and the spaCy pipeline
            best = float("inf")
            for _ in range(2):
                began = time.process_time()
                result = func(text)
                best = min(best, time.process_time() - began)
                del result
            marks = sum(1 for _ in find_marks(text))
            costs.append((best / len(text) * 1e6, best / max(1, marks) * 1e6, marks))
        (news_char, news_mark, news_marks), (odd_char, odd_mark, odd_marks) = costs
        print(
            f"  {label:16} {n:>9,} chars: news {news_char:.3f}/char ({news_marks:,} marks, {news_mark:.1f}/mark)"
            f"  pathological {odd_char:.3f}/char ({odd_marks:,} marks, {odd_mark:.1f}/mark)"
            f"  ratio per char {odd_char / news_char:.1f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("split", nargs="?", default="dev", choices=["train", "dev"])
    parser.add_argument("--errors", type=int, default=0, help="print this many misses and false alarms")
    parser.add_argument("--source", choices=sorted(PREDICTORS), default="extract",
                        help="extract: quotekit.extract (default settings); scan: the scanner stage alone")
    parser.add_argument("--timing", action="store_true", help="time news vs pathological input")
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per timing input (scan)")
    parser.add_argument("--extract-size", type=int, default=None, help="characters per timing input (extract)")
    args = parser.parse_args()
    docs = load(args.split)
    evaluate(docs, errors=args.errors, source=args.source)
    if args.timing:
        timing(docs, args.size, args.extract_size or args.size)


if __name__ == "__main__":
    main()
