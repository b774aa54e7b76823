"""`quotekit.dask` on a real two-process `distributed.LocalCluster`: same quotes as single-process."""

from __future__ import annotations

import sys

import pytest

from support import optional as _optional  # noqa: E402


pd = _optional("pandas", "pip install 'quotekit[dask]'")
dask = _optional("dask", "pip install 'quotekit[dask]'")
distributed = _optional("distributed", "pip install 'quotekit[dask]'")
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

import quotekit  # noqa: E402
from quotekit.dask import extract_bag, extract_dataframe  # noqa: E402
from quotekit.dataframe import COLUMNS, empty_frame, to_dataframe  # noqa: E402
from quotekit.errors import BackendError, DocumentError, InputError  # noqa: E402

TEXTS = [
    "„Wir haben alles gegeben“, sagte Trainerin Mara Feld nach dem Spiel in Kassel.",
    "Der Stadtrat beschloss am Mittwoch den Haushalt. Kritik kam von der Opposition.",
    "Laut Feuerwehr wurde niemand verletzt. „Das war knapp“, sagte ein Sprecher.",
    "Die Ministerin betonte: „Die Schulen bleiben offen.“",
    "Ein Anwohner sagte, er habe den Knall gegen drei Uhr gehört.",
    "„Es geht voran“, erklärte der Bürgermeister, „aber langsamer als geplant.“",
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    )
    with distributed.Client(cluster) as client:
        yield client
    cluster.close()


def expected_frame() -> pd.DataFrame:
    return to_dataframe(zip([f"id{i}" for i in range(len(TEXTS))], (quotekit.extract(t) for t in TEXTS)))


def test_dataframe_path_matches_single_process_on_two_workers(client):
    frame = pd.DataFrame({"id": [f"id{i}" for i in range(len(TEXTS))], "body": TEXTS})
    ddf = dd.from_pandas(frame, npartitions=3)
    lazy = extract_dataframe(ddf, "body", id_column="id")
    assert list(lazy.columns) == ["doc", *COLUMNS]
    result = lazy.compute().reset_index(drop=True)
    expected = expected_frame()
    assert result["doc"].tolist() == expected["doc"].tolist()
    key = ["source", "start", "end", "type", "text", "speaker_name", "cue_text"]
    pd.testing.assert_frame_equal(result[key], expected[key], check_dtype=False)
    # both worker processes got work: each partition is a task
    assert len(client.scheduler_info()["workers"]) == 2


def test_dataframe_meta_matches_the_computed_dtypes(client):
    ddf = dd.from_pandas(pd.DataFrame({"body": TEXTS}), npartitions=2)
    lazy = extract_dataframe(ddf, "body")
    computed = lazy.compute()
    assert dict(computed.dtypes.astype(str)) == dict(lazy._meta.dtypes.astype(str))


def test_missing_texts_give_no_rows(client):
    frame = pd.DataFrame({"body": [TEXTS[0], None, float("nan"), TEXTS[3]]})
    result = extract_dataframe(dd.from_pandas(frame, npartitions=2), "body").compute()
    assert set(result["doc"]) <= {0, 3}


def test_bag_path_matches_single_process(client):
    bag = db.from_sequence(list(enumerate(TEXTS)), npartitions=3)
    records = extract_bag(bag).compute()
    expected = expected_frame()
    assert [(r["source"], r["start"], r["end"]) for r in records] == [
        (s.removeprefix("id"), a, b) for s, a, b in zip(expected["source"], expected["start"], expected["end"])
    ]
    frame = extract_bag(db.from_sequence(TEXTS, npartitions=2)).to_dataframe(meta=empty_frame(several=False))
    assert len(frame.compute()) == len(expected)


def test_failing_document_raises_by_default_and_can_be_skipped():
    # synchronous scheduler: the policy is the same in a cluster, this keeps the test quick
    bag = db.from_sequence([TEXTS[0], b"bytes are not text"], npartitions=1)
    with dask.config.set(scheduler="synchronous"):
        with pytest.raises(DocumentError, match="bytes"):
            extract_bag(bag).compute()
        assert len(extract_bag(bag, errors="skip").compute()) == len(quotekit.extract(TEXTS[0]))


def test_unknown_column_and_policy_are_rejected_before_any_work():
    ddf = dd.from_pandas(pd.DataFrame({"body": TEXTS}), npartitions=1)
    with pytest.raises(KeyError, match="text"):
        extract_dataframe(ddf, "text")
    with pytest.raises(ValueError, match="errors"):
        extract_dataframe(ddf, "body", errors="ignore")


def test_plain_lists_are_rejected_with_a_hint():
    with pytest.raises(InputError, match="from_sequence"):
        extract_bag(TEXTS)
    with pytest.raises(InputError, match="from_pandas"):
        extract_dataframe(pd.DataFrame({"body": TEXTS}), "body")


def test_without_dask_the_error_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(BackendError, match=r'quotekit\[dask\]'):
        extract_bag([TEXTS[0]])
