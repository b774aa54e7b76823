"""The reranker: a linear model's second look at whom a pronoun or role phrase was linked to.

The positive cases are sentences of ours in the patterns the model fixed on blind batches of the
twentieth session (a role phrase or pronoun after a paragraph that introduced a new person in
full, while the rules kept the speaker of the paragraph before); each is checked with the rules
alone too, so that the test shows the model's doing. The guards are traps from the short texts
(`tests/data/short_texts.jsonl`) that a model preferring named people would fall into.
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

import quotekit

from support import speaker_name
from quotekit import reranker
from quotekit.entity_table import Entity, PeopleIndex
from quotekit.model import SpeakerKind

ORGANISER_AFTER_WINNER = (
    "Den Hauptpreis gewann der Schreiner Matthias Oberle mit einem Schaukelstuhl. „Ich habe drei Monate "
    "daran gearbeitet“, sagte der 52-Jährige.\n\nVeranstaltet wird die Messe vom Innungsobermeister Klaus "
    "Reindl, der in diesem Jahr 80 Aussteller gewinnen konnte. „So viele waren es noch nie“, sagte der Organisator."
)
PRONOUN_AFTER_NEW_PERSON = (
    "Beim Stadtlauf siegte die Studentin Jana Lührs in neuer Bestzeit. „Ich bin überglücklich“, sagte die "
    "23-Jährige.\n\nOrganisiert wird der Lauf von der Sportamtsleiterin Beate Frerichs, die mit 1200 "
    "Teilnehmern rechnete. Es seien sogar 1400 gekommen, sagte sie."
)


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reranker, "default_model", lambda: None)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [(ORGANISER_AFTER_WINNER, "So viele", "Klaus Reindl"), (PRONOUN_AFTER_NEW_PERSON, "1400 gekommen", "Beate Frerichs")],
)
def test_the_model_takes_the_person_the_new_paragraph_introduced(text: str, words: str, expected: str) -> None:
    assert speaker_name(text, words) == expected


def test_the_evidence_says_when_the_model_overrode_the_rules() -> None:
    quotes = quotekit.extract(ORGANISER_AFTER_WINNER)
    overridden = next(q for q in quotes if "So viele" in q.text)
    kept = next(q for q in quotes if "drei Monate" in q.text)
    assert overridden.evidence.endswith("+reranked")
    assert "reranked" not in kept.evidence


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [(ORGANISER_AFTER_WINNER, "So viele", "Klaus Reindl"), (PRONOUN_AFTER_NEW_PERSON, "1400 gekommen", "Beate Frerichs")],
)
def test_the_rules_alone_keep_the_earlier_speaker(text: str, words: str, expected: str) -> None:
    assert speaker_name(text, words) != expected


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Geehrt wurde der Sänger Fabian Roloff. Der Landrat hat die Ehrennadel überreicht. "
            "Der Kreis sei stolz auf ihn, sagte er.",
            "Kreis sei stolz",
            "Landrat",
        ),
        (
            "Vermisst wird die Joggerin Tina Maurer. Die Schwester hat eine Suchaktion gestartet. "
            "„Sie läuft sonst immer dieselbe Runde“, sagte sie.",
            "dieselbe Runde",
            "Schwester",
        ),
    ],
)
def test_an_unnamed_subject_just_before_keeps_its_pronoun(text: str, words: str, expected: str) -> None:
    assert speaker_name(text, words) == expected


def test_the_shipped_model_has_finite_weights_and_a_margin() -> None:
    model = reranker.default_model()
    assert model is not None and model.weights
    assert model.margin > 0
    assert all(math.isfinite(weight) for weight in model.weights.values())


def _person(key: str, *spans: tuple[int, int]) -> Entity:
    entity = Entity(SpeakerKind.PERSON, key)
    for start, end in spans:
        entity.add(start, end)
    return entity


def test_another_candidate_must_beat_the_rules_choice_by_the_margin() -> None:
    chosen, other = _person("a"), _person("b")
    model = reranker.Model({"near": 1.0}, margin=0.5)
    assert reranker.better(model, [(chosen, {}), (other, {"near": 0.4})], chosen) is None
    assert reranker.better(model, [(chosen, {}), (other, {"near": 0.6})], chosen) is other
    assert reranker.better(model, [(chosen, {"near": 1.0}), (other, {"near": 0.6})], chosen) is None


def test_a_withdrawn_span_is_gone_from_every_look_up() -> None:
    person = _person("a", (10, 15), (40, 45), (80, 85))
    person.withdraw(10, 15)
    assert person.spans == [(40, 45), (80, 85)]
    assert person.first_span() == (40, 45)
    assert person.last_start_before(50) == 40
    assert person.distance(20) == (1, 20)
    person.withdraw(99, 100)  # a span it never had
    assert len(person.spans) == 2


def test_the_people_index_forgets_a_withdrawn_span() -> None:
    near, far = _person("near", (40, 45)), _person("far", (10, 15))
    index = PeopleIndex({"near": near, "far": far})
    anyone = lambda roles, gender: True  # noqa: E731
    assert index.nearest(anyone, 50) is near
    near.withdraw(40, 45)
    far.add(60, 65)
    assert index.nearest(anyone, 50) is far


def test_training_records_label_the_candidates(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import train_reranker

    short = tmp_path / "short.jsonl"
    short.write_text(
        '{"group": "A", "text": "Trainer Uwe Brandl war bedient. Der Kapitän Jonas Wirth nickte. „Wir waren schlecht“, sagte der Coach.", '
        '"expected": "Uwe Brandl", "quote_key": null}\n',
        encoding="utf-8",
    )
    saved = (reranker.candidates, reranker.better, reranker.default_model)
    try:
        records = train_reranker.decisions(train_reranker.short_text_examples(short))
    finally:
        reranker.candidates, reranker.better, reranker.default_model = saved
    (record,) = records
    assert record["source"] == "short-A"
    assert sum(record["labels"]) == 1 and len(record["labels"]) >= 2
    assert record["choice"] >= 0 and record["right"] == bool(record["labels"][record["choice"]])


# ---------------------------------------------------------------------- how sure a link is

TWO_WOMEN = (
    "Die Ärztin Anna Berg und die Pflegerin Lisa Kurz haben die Station übernommen. Beide wollen mehr "
    "Personal. „Wir arbeiten am Limit“, sagte sie."
)
A_WOMAN_AND_A_MAN = TWO_WOMEN.replace("die Pflegerin Lisa", "der Pfleger Paul")


def _confidence(text: str) -> float:
    return next(q for q in quotekit.extract(text) if "Limit" in q.text).confidence


def test_a_pronoun_two_people_fit_is_less_sure_than_one_only_one_fits() -> None:
    assert _confidence(TWO_WOMEN) < _confidence(A_WOMAN_AND_A_MAN) < _confidence(TWO_WOMEN.replace("sagte sie", "sagte Anna Berg"))


def test_without_a_model_the_link_adds_no_doubt(rules_alone: None) -> None:
    assert _confidence(TWO_WOMEN) == _confidence(A_WOMAN_AND_A_MAN)


def test_the_probabilities_of_the_candidates_add_up_to_one() -> None:
    people = [Entity(SpeakerKind.PERSON, f"person:{name}") for name in ("Berg", "Kurz", "Roth")]
    scored = [(people[0], {"a": 1.0}), (people[1], {"a": 2.0, "b": 1.0}), (people[2], {})]
    model = reranker.Model({"a": 0.7, "b": -0.2}, 1.0)
    probabilities = [reranker.probability(model, scored, person) for person in people]
    assert math.isclose(sum(probabilities), 1.0)
    assert probabilities[1] > probabilities[0] > probabilities[2]
    assert math.isclose(probabilities[1] / probabilities[0], math.exp(0.7 - 0.2))
