"""`extract_many` with worker processes: input order, same results, per-document errors survive."""

from __future__ import annotations

import pickle
import signal

import pytest

import quotekit
from quotekit.errors import DocumentError, InputError

TEXTS = [
    "„Wir haben alles gegeben“, sagte Trainerin Mara Feld nach dem Spiel.",
    "Der Stadtrat beschloss am Mittwoch den Haushalt.",
    "Laut Feuerwehr wurde niemand verletzt. „Das war knapp“, sagte ein Sprecher.",
    "Die Ministerin betonte: „Die Schulen bleiben offen.“",
    "Ein Anwohner sagte, er habe den Knall gegen drei Uhr gehört.",
    "„Es geht voran“, erklärte der Bürgermeister, „aber langsamer als geplant.“",
    "",
    "Kein Zitat, nur eine Meldung über das Wetter in Hamburg.",
]


def summary(results):
    return [(quotes.text, [q.to_dict() for q in quotes], quotes.error is None) for quotes in results]


# one pool for the whole module: starting worker processes is the slow part
BATCH = [f"{text} ({i})" for i, text in enumerate(TEXTS * 2)]  # every text unique: order is visible
BATCH[3:3] = [42]
BATCH[9:9] = [None]
BAD = {3, 9}


@pytest.fixture(scope="module")
def single():
    return list(quotekit.extract_many(BATCH))  # first: forked workers then start warm


@pytest.fixture(scope="module")
def parallel(single):
    # a result that cannot cross the process boundary makes multiprocessing wait forever:
    # turn such a hang into a failure instead of a stuck CI run (unless pytest-timeout's
    # signal timer already guards this test: then leave its timer alone)
    def run():
        return list(quotekit.extract_many(BATCH, n_process=2, batch_size=2))

    if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
        return run()

    def give_up(signum, frame):
        raise TimeoutError("extract_many(n_process=2) hung: a result or error could not be unpickled?")

    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(120)
    try:
        return run()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_two_processes_keep_input_order_and_match_single_process(single, parallel):
    assert len(parallel) == len(BATCH)
    good = [i for i in range(len(BATCH)) if i not in BAD]
    assert [parallel[i].text for i in good] == [BATCH[i] for i in good]
    assert summary(parallel) == summary(single)
    assert sum(len(parallel[i]) for i in good) > 0  # the comparison is not between empty results


def test_a_non_text_item_fails_alone(parallel):
    errors = [quotes.error for quotes in parallel]
    assert {i for i, error in enumerate(errors) if error is not None} == BAD
    assert isinstance(errors[3], DocumentError) and errors[3].index == 3
    assert isinstance(errors[3].cause, InputError) and "int" in str(errors[3])
    assert errors[9].index == 9 and "NoneType" in str(errors[9])
    assert parallel[3] == [] and parallel[9] == []


def test_document_error_survives_pickling_with_its_details():
    # results come back from worker processes by pickle; a lossy error would hang or mislabel
    error = DocumentError(5, "a.txt", InputError("quotekit expected text as str, got int"))
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.index, copy.source, str(copy.cause), str(copy)) == (5, "a.txt", str(error.cause), str(error))


def test_progress_does_not_change_results(capsys):
    plain = summary(quotekit.extract_many(TEXTS))
    with_progress = summary(quotekit.extract_many(TEXTS, progress=True))
    assert with_progress == plain
