"""Speed-up of the parallel paths over single-process extraction, on the same input, in one run.

Input: the ``originalText`` of every train+dev document, repeated ``--repeat`` times (a list of
separate documents). Paths timed, each over the whole input and collecting every result:

* ``extract_many`` single-process                         the baseline
* ``extract_many(n_process=N)``                             process pool (includes pool start-up);
  when torch is importable the pool spawns its workers, and a second row forces fork
* ``quotekit.dask.extract_bag`` on a ``LocalCluster``       1 worker, then ``--workers`` workers
  (processes, one thread each; cluster start-up and the workers' first-document warm-up are
  timed separately, as they are paid once per cluster, not per job)

The machine's load average is printed too: on a shared 2-core machine other processes take cores
away and the speed-up shrinks accordingly.

    python benchmarks/parallel.py [--repeat 2] [--workers 2] [--partitions 16]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import time

import quotekit
from _corpus import corpus_texts


def timed(function):
    start = time.perf_counter()
    result = function()
    return time.perf_counter() - start, result


def dask_run(texts: list[str], workers: int, partitions: int) -> tuple[float, float, int]:
    """(cluster start-up + warm-up seconds, extraction seconds, quote count) on a LocalCluster."""
    import dask.bag as db
    import distributed

    from quotekit.dask import extract_bag

    start = time.perf_counter()
    cluster = distributed.LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    client = distributed.Client(cluster)
    client.run(lambda: len(quotekit.extract("„Das ist gut“, sagte sie.")))  # import + lexicons, once per worker
    startup = time.perf_counter() - start
    try:
        bag = db.from_sequence(texts, npartitions=partitions)
        seconds, records = timed(lambda: extract_bag(bag).compute())
    finally:
        client.close()
        cluster.close()
    return startup, seconds, len(records)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=2, help="how many times the corpus is repeated")
    parser.add_argument("--workers", type=int, default=2, help="processes for the parallel paths")
    parser.add_argument("--partitions", type=int, default=16, help="Dask bag partitions")
    parser.add_argument("--batch-size", type=int, default=32, help="extract_many batch size")
    args = parser.parse_args()

    texts = corpus_texts(("train", "dev")) * args.repeat
    characters = sum(map(len, texts))
    quotekit.extract(texts[0])  # warm-up of the parent process, outside the timings

    rows = []
    single, results = timed(lambda: list(quotekit.extract_many(texts)))
    quotes = sum(map(len, results))
    rows.append(("extract_many, 1 process", single, quotes, ""))

    from quotekit import api

    method = "spawn" if api._unsafe_to_fork() else multiprocessing.get_start_method()
    pooled, results = timed(
        lambda: list(quotekit.extract_many(texts, n_process=args.workers, batch_size=args.batch_size))
    )
    rows.append((f"extract_many, n_process={args.workers}", pooled, sum(map(len, results)), f"start method {method}"))
    del results
    if method == "spawn" and sys.platform != "darwin":
        # spaCy's thinc imports torch whenever it is installed, which makes extract_many spawn its
        # workers; the default engine never runs torch, so forking is safe: measure what it gains
        unsafe = api._unsafe_to_fork
        api._unsafe_to_fork = lambda *args: False
        try:
            forked, results = timed(
                lambda: list(quotekit.extract_many(texts, n_process=args.workers, batch_size=args.batch_size))
            )
        finally:
            api._unsafe_to_fork = unsafe
        rows.append((f"extract_many, n_process={args.workers}", forked, sum(map(len, results)), "start method fork (forced)"))
        del results

    try:
        for workers in (1, args.workers):
            startup, seconds, count = dask_run(texts, workers, args.partitions)
            rows.append((f"dask LocalCluster, {workers} worker(s)", seconds, count, f"cluster start-up {startup:.1f} s"))
    except ImportError as error:
        print(f"(dask path skipped: {error}; pip install 'quotekit[dask]')", file=sys.stderr)

    load = os.getloadavg()
    print(f"input: {len(texts)} documents, {characters / 1e6:.2f} M characters "
          f"(train+dev x{args.repeat}); {os.cpu_count()} cores; "
          f"load average before/after not controlled: now {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print()
    print(f"{'path':<34} {'seconds':>8} {'docs/s':>8} {'speed-up':>9} {'quotes':>7}  note")
    for name, seconds, count, note in rows:
        print(f"{name:<34} {seconds:>8.2f} {len(texts) / seconds:>8.1f} {single / seconds:>8.2f}x {count:>7}  {note}")
    dask_rows = [row for row in rows if row[0].startswith("dask")]
    if len(dask_rows) == 2:
        print()
        print(f"dask {args.workers} workers vs 1 worker: {dask_rows[0][1] / dask_rows[1][1]:.2f}x")
    mismatched = {count for _, _, count, _ in rows}
    if len(mismatched) != 1:
        print(f"WARNING: paths found different numbers of quotes: {sorted(mismatched)}")


if __name__ == "__main__":
    main()
