"""Measure quotekit.indirect against the corpus: quote-span token P/R/F1 per type (+ the metric).

Usage: python scripts/eval_indirect.py [train|dev] [--gold-direct] [--errors FILE] [--limit N]

For every document: ``quotekit.annotate(originalText)`` → ``cues.find_cues`` → direct spans from
``scanner.scan`` (or, with ``--gold-direct``, the gold Direct quotations) → ``find_indirect``.
Gold and predicted non-Direct quotations are paired greedily by token overlap, per type and over
all types ("any"), and token-level P/R/F1 of the quote spans is printed. When
``quotekit.evaluation`` is importable, its published metric (Hungarian pairing, roles) is printed
too, restricted to the non-Direct quotations. ``--errors`` writes a per-document listing of misses
and false alarms for error analysis (for the developer's eyes: it contains corpus text, so keep
it outside the repository).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

import quotekit
from quotekit import cues as cue_stage
from quotekit.indirect import find_indirect
from quotekit.io import wikinews

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews-quotes-de"
TYPES = ("Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")


class Predicted:
    """A prediction in corpus tokens, shaped like `wikinews.Quotation` for the metric."""

    def __init__(self, quote, type_, medium, cue, frame, addressee, speaker, evidence):
        self.quote, self.type, self.medium = quote, type_, medium
        self.cue, self.frame, self.addressee, self.speaker = cue, frame, addressee, speaker
        self.evidence = evidence

    def tokens(self, component: str) -> frozenset[int]:
        return frozenset(getattr(self, component).token_ids)


def direct_spans(doc, text: str, gold_direct: bool) -> list[tuple[int, int]]:
    if gold_direct:
        return [span for q in doc.quotations if q.type == "Direct" for span in q.quote.char_spans]
    from quotekit import scanner

    return [(p[0], p[1]) for found in scanner.scan(text).quotes if not found.is_term for p in found.parts]


def predict(doc, gold_direct: bool) -> list[Predicted]:
    ann = quotekit.annotate(doc.text)
    cues = cue_stage.find_cues(ann)
    found = find_indirect(ann, cues, direct_spans(doc, doc.text, gold_direct))
    index = wikinews.TokenIndex(doc.tokens, doc.text)
    speakers = _speakers(ann, found)
    result = []
    for k, quote in enumerate(found):
        def role(span):
            return index.role([quotekit.Span.of(doc.text, *span)]) if span else wikinews.EMPTY

        cue_spans = quote.cue_spans or ((quote.cue.start, quote.cue.end),) if quote.cue is not None else ()
        cue = index.role([quotekit.Span.of(doc.text, a, b) for a, b in cue_spans]) if cue_spans else wikinews.EMPTY
        result.append(
            Predicted(
                index.role([quotekit.Span.of(doc.text, a, b) for a, b in quote.parts]),
                str(quote.type), str(quote.medium), cue, role(quote.frame), role(quote.addressee),
                role(speakers[k]), quote.evidence,
            )
        )
    return result


def _speakers(ann, found):
    """The speaker span of each quote via speakers.mention_for_cue (continuations inherit)."""
    try:
        from quotekit.mentions import mention_for_cue
    except ImportError:
        return [None] * len(found)
    spans: list = []
    for quote in found:
        span = None
        if quote.cue is not None:
            mention = mention_for_cue(ann, quote.cue)
            span = (mention.start, mention.end) if mention is not None else None
        elif quote.continues is not None:
            span = spans[quote.continues]
        spans.append(span)
    return spans


def greedy_pairs(pred, gold):
    candidates = []
    for i, p in enumerate(pred):
        pt = p.tokens("quote")
        for j, g in enumerate(gold):
            overlap = len(pt & g.tokens("quote"))
            if overlap:
                candidates.append((overlap, i, j))
    candidates.sort(reverse=True)
    used_p, used_g, pairs = set(), set(), []
    for overlap, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i), used_g.add(j), pairs.append((i, j))
    return pairs


class Tally:
    def __init__(self):
        self.tp = self.pred = self.gold = 0
        self.n_pred = self.n_gold = self.n_paired = 0

    def add(self, pred, gold):
        for i, j in greedy_pairs(pred, gold):
            self.tp += len(pred[i].tokens("quote") & gold[j].tokens("quote"))
            self.n_paired += 1
        self.pred += sum(len(p.tokens("quote")) for p in pred)
        self.gold += sum(len(g.tokens("quote")) for g in gold)
        self.n_pred += len(pred)
        self.n_gold += len(gold)

    def row(self, name):
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:<22} {100*p:6.2f} {100*r:6.2f} {100*f:6.2f}   gold {self.n_gold:4d} pred {self.n_pred:4d} paired {self.n_paired:4d}"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", default="train", choices=["train", "dev"])
    parser.add_argument("--gold-direct", action="store_true", help="use gold Direct spans instead of the scanner")
    parser.add_argument("--errors", help="write misses and false alarms to this file (outside the repo)")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument(
        "--with-direct", action="store_true",
        help="also score the scanner's direct quotes (without roles) against all gold quotations: "
        "a rough whole-system messages figure before speakers are attached",
    )
    args = parser.parse_args(argv)
    docs = wikinews.load_dir(CORPUS / args.split)
    if args.limit:
        docs = docs[: args.limit]
    tallies = collections.defaultdict(Tally)
    whole: list = []
    scored = []
    evidence = collections.Counter()
    by_rule = collections.defaultdict(lambda: [0, 0, 0, 0])  # predictions, paired, tokens, tp tokens
    errors = open(args.errors, "w", encoding="utf-8") if args.errors else None
    for doc in docs:
        gold = [q for q in doc.quotations if q.type != "Direct"]
        pred = predict(doc, args.gold_direct)
        if args.with_direct:
            whole.append((pred + scanner_quotations(doc), list(doc.quotations)))
        for p in pred:
            evidence[p.evidence] += 1
        pairs = dict(greedy_pairs(pred, gold))
        for i, p in enumerate(pred):
            row = by_rule[p.evidence]
            row[0] += 1
            row[2] += len(p.tokens("quote"))
            if i in pairs:
                row[1] += 1
                row[3] += len(p.tokens("quote") & gold[pairs[i]].tokens("quote"))
        tallies["any"].add(pred, gold)
        for t in TYPES:
            tallies[t].add([p for p in pred if p.type == t], [g for g in gold if g.type == t])
        scored.append((pred, gold))
        if errors is not None:
            _write_errors(errors, doc, pred, gold)
    print(f"{'quote tokens (greedy)':<22} {'P':>6} {'R':>6} {'F1':>6}")
    for name in ("any",) + TYPES:
        print(tallies[name].row(name))
    print(f"{'rule':<26} {'pred':>5} {'paired%':>8} {'tokenP%':>8}")
    for rule, (n, paired, tokens, tp) in sorted(by_rule.items(), key=lambda item: -item[1][0]):
        print(f"{rule:<26} {n:5d} {100*paired/n:8.1f} {100*tp/max(tokens,1):8.1f}")
    try:
        from quotekit import evaluation
    except ImportError:
        return 0
    print()
    print("published metric, non-Direct quotations only:")
    print(evaluation.format_table(evaluation.score(scored)))
    if args.with_direct:
        print()
        print("published metric, all quotations (scanner Direct without roles + indirect stage):")
        print(evaluation.format_table(evaluation.score(whole)))
    return 0


def scanner_quotations(doc) -> list[Predicted]:
    """The scanner's direct quotes (terms left out) as Direct predictions without roles."""
    from quotekit import scanner

    index = wikinews.TokenIndex(doc.tokens, doc.text)
    result = []
    for found in scanner.scan(doc.text).quotes:
        if found.is_term:
            continue
        quote = index.role([quotekit.Span.of(doc.text, a, b) for a, b in found.parts])
        if quote:
            empty = wikinews.EMPTY
            result.append(Predicted(quote, "Direct", "Speech", empty, empty, empty, empty, "marks"))
    return result


def _write_errors(out, doc, pred, gold) -> None:
    pairs = greedy_pairs(pred, gold)
    paired_p = {i: j for i, j in pairs}
    paired_g = {j for _, j in pairs}
    text = doc.text

    def show(role):
        return " | ".join(text[a:b] for a, b in role.char_spans)

    out.write(f"=== {doc.name}\n")
    for j, g in enumerate(gold):
        if j not in paired_g:
            out.write(f"MISS {g.type}: {show(g.quote)}  [cue: {show(g.cue)}] [frame: {show(g.frame)}]\n")
    for i, p in enumerate(pred):
        if i not in paired_p:
            out.write(f"FALSE {p.type} ({p.evidence}): {show(p.quote)}\n")
        else:
            g = gold[paired_p[i]]
            if p.quote.token_ids != g.quote.token_ids or p.type != g.type:
                out.write(f"DIFF {p.type}/{g.type} ({p.evidence}):\n  pred: {show(p.quote)}\n  gold: {show(g.quote)}\n"
                          f"  pframe: {show(p.frame)}  gframe: {show(g.frame)}\n")


if __name__ == "__main__":
    sys.exit(main())
