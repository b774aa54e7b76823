"""Peak memory (RSS) of quotekit's default engine over a bare ``import spacy``.

Every measurement runs in a fresh subprocess and reports its own peak resident set size
(``ru_maxrss``), so imports and caches of one case cannot hide in another:

* ``import spacy``                         the floor every spaCy user pays
* ``spacy.blank(de) + sentencizer``        tokenising the whole corpus, and the 1 MB input below
* ``quotekit.extract`` over the corpus     the default engine, document by document
* ``quotekit.extract`` on 800k characters of news as one text, and on 1 MB of pathological text
  (random quote marks and short words, see ``_corpus.pathological_text``)

Target: quotekit's peak minus ``import spacy`` <= 150 MB.

    python benchmarks/memory.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

PRELUDE = f"""
import resource, sys
sys.path.insert(0, {str(HERE)!r})
def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes
"""

CASES = {
    "import spacy": "import spacy",
    "spacy.blank(de) + sentencizer, corpus": """
import spacy
from _corpus import corpus_texts
nlp = spacy.blank("de"); nlp.add_pipe("sentencizer")
for text in corpus_texts():
    nlp(text)
""",
    "spacy.blank(de) + sentencizer, pathological 1 MB": """
import spacy
from _corpus import pathological_text
nlp = spacy.blank("de"); nlp.add_pipe("sentencizer")
nlp(pathological_text())
""",
    "quotekit.extract, corpus": """
import spacy, quotekit
from _corpus import corpus_texts
for text in corpus_texts():
    quotekit.extract(text)
""",
    "quotekit.extract, news 800k chars": """
import spacy, quotekit
from _corpus import news_sample
quotekit.extract(news_sample(800_000))
""",
    "quotekit.extract, pathological 1 MB": """
import spacy, quotekit
from _corpus import pathological_text
quotekit.extract(pathological_text())
""",
}


def measure(code: str) -> float:
    script = PRELUDE + code + "\nprint(peak_mb())\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr else "failed")
    return float(result.stdout.strip().splitlines()[-1])


def main() -> None:
    rows = []
    for name, code in CASES.items():
        try:
            rows.append((name, measure(code)))
        except RuntimeError as error:
            rows.append((name, None))
            print(f"{name}: {error}", file=sys.stderr)
    floor = rows[0][1] or 0.0
    print(f"{'process':<50} {'peak RSS MB':>11} {'over import spacy':>18}")
    for name, peak in rows:
        if peak is None:
            print(f"{name:<50} {'failed':>11}")
        else:
            print(f"{name:<50} {peak:>11.1f} {peak - floor:>18.1f}")
    engine = [peak - floor for name, peak in rows if name.startswith("quotekit") and peak is not None]
    if engine:
        worst = max(engine)
        verdict = "meets" if worst <= 150 else "MISSES"
        print(f"\nworst quotekit case: +{worst:.1f} MB over import spacy; {verdict} the target <= 150 MB")


if __name__ == "__main__":
    main()
