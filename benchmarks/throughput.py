"""Throughput of quotekit's default engine against spaCy tokenisation alone, in the same run.

The baseline is what any German pipeline pays anyway: ``spacy.blank("de")`` + sentencizer over the
same texts. quotekit's default engine runs that too, so the ratio (quotekit tokens/s over baseline
tokens/s) is at most 1 and says how much quotekit's rules add. Target: ratio >= 0.5.

Rounds alternate the order of the two systems and the table reports medians, so that warm-up,
frequency scaling and noisy neighbours hit both sides alike.

    python benchmarks/throughput.py [--repeats 5] [--splits dev train]
"""

from __future__ import annotations

import argparse
import time

import spacy
from _corpus import corpus_texts, median

import quotekit


def make_baseline():
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    return nlp


def time_baseline(nlp, texts: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    tokens = 0
    for text in texts:
        tokens += len(nlp(text))
    return time.perf_counter() - start, tokens


def time_quotekit(texts: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    quotes = 0
    for text in texts:
        quotes += len(quotekit.extract(text))
    return time.perf_counter() - start, quotes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--splits", nargs="+", default=["dev", "train"])
    args = parser.parse_args()

    texts = corpus_texts(tuple(args.splits))
    nlp = make_baseline()
    # warm-up: lexicons, caches and the default pipeline are built once, outside the timings
    time_baseline(nlp, texts[:20])
    time_quotekit(texts[:20])

    baseline_times, quotekit_times, ratios = [], [], []
    tokens = quotes = 0
    for round_number in range(args.repeats):
        if round_number % 2 == 0:
            base, tokens = time_baseline(nlp, texts)
            mine, quotes = time_quotekit(texts)
        else:
            mine, quotes = time_quotekit(texts)
            base, tokens = time_baseline(nlp, texts)
        baseline_times.append(base)
        quotekit_times.append(mine)
        ratios.append(base / mine)

    characters = sum(map(len, texts))
    base, mine = median(baseline_times), median(quotekit_times)
    print(f"{len(texts)} documents ({', '.join(args.splits)}), {characters:,} characters, {tokens:,} tokens, "
          f"{quotes:,} quotes found; median of {args.repeats} interleaved rounds")
    print()
    print(f"{'system':<36} {'seconds':>8} {'tokens/s':>10} {'chars/s':>11}")
    print(f"{'spacy.blank(de) + sentencizer':<36} {base:8.3f} {tokens / base:10,.0f} {characters / base:11,.0f}")
    print(f"{'quotekit.extract (default engine)':<36} {mine:8.3f} {tokens / mine:10,.0f} {characters / mine:11,.0f}")
    print()
    spread = f"{min(ratios):.2f}-{max(ratios):.2f}"
    verdict = "meets" if median(ratios) >= 0.5 else "MISSES"
    print(f"ratio quotekit/baseline tokens/s: {median(ratios):.2f} (rounds {spread}); {verdict} the target >= 0.5")


if __name__ == "__main__":
    main()
