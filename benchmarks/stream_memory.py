"""Peak memory while streaming 10 000 documents through ``extract_many``: it must stay flat.

The documents are generated lazily by cycling over the train+dev ``originalText`` (a generator,
so the input itself never sits in memory as a list); each result is consumed and dropped, as a
CLI or a database loader would. Every case runs in a fresh subprocess and reports

* the peak RSS of the main process (``ru_maxrss``), and for ``n_process > 1`` of the largest
  worker (``RUSAGE_CHILDREN``: the biggest child, not the sum);
* the RSS of the main process after 10 %, 50 % and 100 % of the documents: equal values mean
  constant memory, a climb would mean results or inputs pile up somewhere.

A baseline row ``import quotekit + first extract`` shows the fixed cost every process pays.

    python benchmarks/stream_memory.py [--documents 10000] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = r"""
import itertools, json, resource, sys, time
sys.path.insert(0, {here!r})
from _corpus import corpus_texts

def rss_mb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")

import quotekit
corpus = corpus_texts(("train", "dev"))
quotekit.extract(corpus[0])
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
documents, workers = {documents}, {workers}
if documents == 0:
    print(json.dumps({{"peak": baseline, "children": 0, "samples": [], "quotes": 0, "seconds": 0}}))
    raise SystemExit
texts = (corpus[i % len(corpus)] for i in range(documents))  # lazy: the input is never a list
checkpoints = {{documents // 10, documents // 2, documents}}
samples, quotes = [], 0
start = time.perf_counter()
for n, result in enumerate(quotekit.extract_many(texts, n_process=workers, batch_size=32), 1):
    quotes += len(result)
    if n in checkpoints:
        samples.append((n, rss_mb()))
seconds = time.perf_counter() - start
print(json.dumps({{
    "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    "samples": samples, "quotes": quotes, "seconds": seconds,
}}))
"""


def measure(documents: int, workers: int) -> dict:
    code = CHILD.format(here=str(HERE), documents=documents, workers=workers)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        sys.exit(f"measurement failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    cases = [("import quotekit + first extract", 0, 1), (f"stream {args.documents}, 1 process", args.documents, 1)]
    if args.workers > 1:
        cases.append((f"stream {args.documents}, n_process={args.workers}", args.documents, args.workers))
    print(f"{'case':<34} {'peak MB':>8} {'worker MB':>9} {'RSS @10%':>9} {'@50%':>7} {'@100%':>7} {'docs/s':>7} {'quotes':>7}")
    for name, documents, workers in cases:
        row = measure(documents, workers)
        samples = [f"{mb:.0f}" for _, mb in row["samples"]] or ["-", "-", "-"]
        speed = f"{documents / row['seconds']:.0f}" if row["seconds"] else "-"
        children = f"{row['children']:.0f}" if row["children"] else "-"
        print(f"{name:<34} {row['peak']:>8.0f} {children:>9} {samples[0]:>9} {samples[1]:>7} {samples[2]:>7} {speed:>7} {row['quotes']:>7}")


if __name__ == "__main__":
    main()
