"""Quality floors: quotekit's scores on the corpus dev split must not drop below the recorded ones.

The floors live in ``tests/quality_floors.json`` (F1 points). The test predicts the dev split in
memory with the default engine, scores it with the published metric and fails when messages F1 or
joint F1 is more than ``tolerance_points`` below its floor. The scores are printed either way.

Corpus: ``$QUOTEKIT_CORPUS`` or ``<repo>/../shared/corpora/wikinews-quotes-de``. Without it the
test is skipped, except under CI (``$CI`` set), where a missing corpus is a failure.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from quotekit.evaluation import Scores, format_table
from quotekit.io import wikinews

REPO = Path(__file__).resolve().parents[1]
FLOORS_FILE = Path(__file__).with_name("quality_floors.json")
GUARDED = {"messages_f1": lambda s: s.messages.f1, "joint_f1": lambda s: s.joint.f1}


def corpus_dir() -> Path:
    return Path(os.environ.get("QUOTEKIT_CORPUS") or REPO.parent / "shared" / "corpora" / "wikinews-quotes-de")


def load_floors() -> tuple[dict[str, float], float]:
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    return data["dev"], float(data["tolerance_points"])


def regressions(scores: Scores, floors: dict[str, float], tolerance: float) -> list[str]:
    """One message per guarded score that is more than ``tolerance`` points below its floor."""
    failures = []
    for name, floor in floors.items():
        measured = 100 * GUARDED[name](scores)
        if measured < floor - tolerance:
            failures.append(f"{name} = {measured:.2f} is below the floor {floor:.2f} - {tolerance:g}")
    return failures


def test_floors_file_guards_messages_and_joint_f1():
    floors, tolerance = load_floors()
    assert set(floors) == set(GUARDED)
    assert all(0 <= value <= 100 for value in floors.values()) and tolerance >= 0


def test_regressions_flags_only_drops_beyond_the_tolerance():
    from quotekit.evaluation import PRF

    def scores_with(messages_f1: float, joint_f1: float) -> Scores:
        zero = PRF(0, 0, 0)
        groups = {"messages": PRF(0, 0, messages_f1), "roles": zero, "joint": PRF(0, 0, joint_f1)}
        return Scores(groups=groups, type=zero, medium=zero, gold=0, predicted=0, paired=0)

    floors = {"messages_f1": 40.0, "joint_f1": 30.0}
    assert regressions(scores_with(0.391, 0.291), floors, 1.0) == []  # 0.9 points below: fine
    failures = regressions(scores_with(0.3889, 0.35), floors, 1.0)  # 1.11 points below
    assert len(failures) == 1 and failures[0].startswith("messages_f1 = 38.89")


@pytest.mark.corpus
def test_dev_scores_stay_above_the_floors(capsys, record_property):
    dev = corpus_dir() / "dev"
    if not dev.is_dir():
        reason = f"corpus dev split not found at {dev} (set QUOTEKIT_CORPUS to the corpus folder)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    scores = wikinews.score_documents(wikinews.load_dir(dev))
    table = format_table(scores)
    with capsys.disabled():  # show the scores in the normal test output, without -s
        print(f"\n\nquotekit on {dev} (published metric, percent):\n{table}\n")
    for name, value in GUARDED.items():
        record_property(name, round(100 * value(scores), 2))
    floors, tolerance = load_floors()
    failures = regressions(scores, floors, tolerance)
    assert not failures, "\n".join(failures) + f"\n\n{table}\n\nfloors: {FLOORS_FILE}"
