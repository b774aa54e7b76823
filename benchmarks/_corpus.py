"""Inputs shared by the benchmarks: corpus texts and a pathological quote-mark soup.

Nothing here writes files. The corpus is read from ``$QUOTEKIT_CORPUS`` or
``<repo>/../shared/corpora/wikinews-quotes-de`` (the same rule as tests/test_quality.py).
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUOTE_MARKS = ["„", "“", "”", '"', "»", "«", "‚", "‘", "'", "›", "‹"]
SHORT_WORDS = ["er", "sie", "ja", "so", "und", "sagte", "Die", "das", "es", "nie", "A", "wir", "im"]
PUNCTUATION = [".", ",", ":", "?", "!", "\n", "\n\n"]


def corpus_dir() -> Path:
    return Path(os.environ.get("QUOTEKIT_CORPUS") or REPO.parent / "shared" / "corpora" / "wikinews-quotes-de")


def corpus_texts(splits: tuple[str, ...] = ("dev", "train")) -> list[str]:
    """The ``originalText`` of every document of ``splits``, in file-name order."""
    texts = []
    for split in splits:
        directory = corpus_dir() / split
        if not directory.is_dir():
            sys.exit(f"corpus split not found: {directory} (set QUOTEKIT_CORPUS)")
        for path in sorted(directory.glob("*.json")):
            texts.append(json.loads(path.read_text(encoding="utf-8"))["originalText"])
    return texts


def news_sample(characters: int) -> str:
    """Whole dev articles joined by blank lines, up to about ``characters`` characters."""
    pieces, size = [], 0
    for text in corpus_texts(("dev",)):
        if size >= characters:
            break
        pieces.append(text)
        size += len(text) + 2
    return "\n\n".join(pieces)


def pathological_text(utf8_bytes: int = 1_000_000, seed: int = 7) -> str:
    """Random quote marks, short words and punctuation, ``utf8_bytes`` long when encoded."""
    rng = random.Random(seed)
    pieces, size = [], 0
    while size < utf8_bytes:
        roll = rng.random()
        if roll < 0.35:
            piece = rng.choice(QUOTE_MARKS) + rng.choice(SHORT_WORDS)
        elif roll < 0.5:
            piece = rng.choice(SHORT_WORDS) + rng.choice(QUOTE_MARKS)
        elif roll < 0.6:
            piece = rng.choice(QUOTE_MARKS)
        elif roll < 0.7:
            piece = rng.choice(SHORT_WORDS) + rng.choice(PUNCTUATION)
        else:
            piece = rng.choice(SHORT_WORDS)
        piece += " "
        pieces.append(piece)
        size += len(piece.encode("utf-8"))
    text = "".join(pieces)
    while len(text.encode("utf-8")) > utf8_bytes:
        text = text[:-1]
    return text


def median(values: list[float]) -> float:
    return statistics.median(values)
