"""`extract_many` with worker processes: input order, same results, per-document errors survive."""

from __future__ import annotations

import pickle

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


def test_two_processes_keep_input_order_and_match_single_process():
    texts = [f"{text} ({i})" for i, text in enumerate(TEXTS * 3)]  # every text unique: order is visible
    single = list(quotekit.extract_many(texts))
    parallel = list(quotekit.extract_many(texts, n_process=2, batch_size=2))
    assert [quotes.text for quotes in parallel] == texts
    assert summary(parallel) == summary(single)


def test_a_non_text_item_fails_alone():
    batch = [TEXTS[0], 42, TEXTS[2], None, TEXTS[3]]
    results = list(quotekit.extract_many(batch, n_process=2, batch_size=2))
    assert len(results) == len(batch)
    errors = [quotes.error for quotes in results]
    assert [error is not None for error in errors] == [False, True, False, True, False]
    assert isinstance(errors[1], DocumentError) and errors[1].index == 1
    assert isinstance(errors[1].cause, InputError) and "int" in str(errors[1])
    assert errors[3].index == 3
    assert results[1] == [] and results[3] == []
    assert summary([results[0], results[2], results[4]]) == summary(
        quotekit.extract_many([TEXTS[0], TEXTS[2], TEXTS[3]])
    )


def test_document_error_survives_pickling_with_its_details():
    # results come back from worker processes by pickle; a lossy error would hang or mislabel
    error = DocumentError(5, "a.txt", InputError("quotekit expected text as str, got int"))
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.index, copy.source, str(copy.cause), str(copy)) == (5, "a.txt", str(error.cause), str(error))


def test_progress_does_not_change_results(capsys):
    plain = summary(quotekit.extract_many(TEXTS))
    with_progress = summary(quotekit.extract_many(TEXTS, progress=True))
    assert with_progress == plain
