"""Does quotekit's cost grow linearly with the input, and does a hostile input stay cheap?

1. News text: whole dev articles joined into one text of about ``--base`` characters, then the
   same text repeated 4x and 16x as ONE document. Linear cost means the same microseconds per
   character at every size (column "vs 1x" close to 1.00).
2. Pathological text: 1 MB (UTF-8) of random quote marks, short words and punctuation. Target:
   cost per character within 2x of news text of similar size.

spaCy tokenisation alone (``spacy.blank("de")`` + sentencizer) is timed on the same inputs in the
same run, so its own scaling can be told apart from quotekit's. Texts stay below spaCy's default
``max_length`` (1,000,000 characters).

    python benchmarks/scaling.py [--base 50000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import time

import spacy
from _corpus import median, news_sample, pathological_text

import quotekit


def seconds(function, text: str, repeats: int) -> float:
    timings = []
    for _ in range(repeats):
        start = time.perf_counter()
        function(text)
        timings.append(time.perf_counter() - start)
    return median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=int, default=50_000, help="characters of news text at 1x")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    base = news_sample(args.base)
    inputs = [(f"news {factor}x", "\n\n".join([base] * factor)) for factor in (1, 4, 16)]
    inputs.append(("pathological 1 MB", pathological_text()))
    quotekit.extract(base[:5000])  # warm-up outside the timings

    print(f"median of {args.repeats} runs per input; us/char = microseconds per character")
    print()
    header = f"{'input':<18} {'chars':>9} {'quotes':>7} {'quotekit s':>10} {'us/char':>8} {'vs 1x':>6}"
    print(header + f" {'spaCy us/char':>13} {'quotekit/spaCy':>14}")
    per_char: dict[str, float] = {}
    for name, text in inputs:
        if len(text) >= nlp.max_length:
            print(f"{name:<18} {len(text):>9,} skipped: longer than spaCy's max_length")
            continue
        mine = seconds(quotekit.extract, text, args.repeats)
        theirs = seconds(nlp, text, args.repeats)
        quotes = len(quotekit.extract(text))
        per_char[name] = mine / len(text)
        relative = per_char[name] / per_char["news 1x"]
        print(
            f"{name:<18} {len(text):>9,} {quotes:>7,} {mine:>10.3f} {1e6 * per_char[name]:>8.3f} {relative:>6.2f}"
            f" {1e6 * theirs / len(text):>13.3f} {mine / theirs:>14.2f}"
        )
    print()
    if "pathological 1 MB" in per_char and "news 16x" in per_char:
        factor = per_char["pathological 1 MB"] / per_char["news 16x"]
        verdict = "meets" if factor <= 2 else "MISSES"
        print(f"pathological cost per character = {factor:.2f}x news 16x; {verdict} the target <= 2x")
    if "news 16x" in per_char:
        growth = per_char["news 16x"] / per_char["news 1x"]
        print(f"cost per character at 16x = {growth:.2f}x the 1x cost (1.00 = linear)")


if __name__ == "__main__":
    main()
