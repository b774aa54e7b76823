"""The published metric of the German news quotation corpus, reimplemented from its description.

Petersen-Frey & Biemann (LREC-COLING 2024) score a system per document: predicted and gold
quotations are paired one-to-one by a Hungarian assignment that maximises the token-overlap F1 of
the quote spans (equal type, then equal medium, break ties). Every pair is then scored at the
token level for the quote span and for each role (speaker, cue, frame, addressee); precision and
recall are averaged over the pairs (macro), unpaired predictions count as precision 0 and unpaired
gold quotations as recall 0, and F1 is computed from the averaged P and R.

The description leaves a few choices open; this module makes them explicitly (and
``docs/evaluation.md`` repeats them for users):

* **Empty components.** A component (the quote, one role, or a group of them) on which a pair has
  no token on either side is *perfect*: P = R = 1. Predicting "no addressee" where the annotators
  marked none is correct. When exactly one side is empty the component scores P = R = 0. Groups
  ("roles", "joint") add up the token counts of their components first, so a role that is empty on
  both sides simply adds nothing to the group; the group is perfect only when all its components
  are empty on both sides.
* **Pairs need overlap.** A pair whose quote spans share no token is dropped after the assignment,
  and both quotations count as unpaired.
* **Type and medium** are compared by exact label (``SW`` is its own label, not Speech + Writing).
  Over paired quotations the micro P, R and F1 are then all equal to the accuracy; they are
  reported as P/R/F1 to match the published tables.
* **Per type.** The breakdown by quotation type takes the pairs and unpaired gold quotations whose
  *gold* type is that type, and the unpaired predictions whose *predicted* type is that type.
* **Pooling.** Pairs are pooled over the whole corpus (not averaged per document first).

The Hungarian assignment is implemented here in pure Python: the matrices are a few dozen rows at
most, and the metric should not pull in scipy.
"""

from __future__ import annotations

from typing import Any, Iterable, Protocol, Sequence

import attrs

ROLES: tuple[str, ...] = ("speaker", "cue", "frame", "addressee")
COMPONENTS: tuple[str, ...] = ("quote",) + ROLES
GROUPS: dict[str, tuple[str, ...]] = {
    "messages": ("quote",),
    "roles": ROLES,
    "joint": COMPONENTS,
    **{role: (role,) for role in ROLES},
}


class Scorable(Protocol):
    """What the metric needs from a quotation: token ids per component, a type and a medium."""

    @property
    def type(self) -> str: ...

    @property
    def medium(self) -> str: ...

    def tokens(self, component: str) -> frozenset[int]:
        """Document-level token ids of ``component`` (one of `COMPONENTS`); empty when absent."""
        ...


@attrs.frozen
class PRF:
    """Precision, recall and F1 as fractions in [0, 1]."""

    precision: float
    recall: float
    f1: float

    @classmethod
    def from_pr(cls, precision: float, recall: float) -> "PRF":
        total = precision + recall
        return cls(precision, recall, 0.0 if total == 0 else 2 * precision * recall / total)

    def to_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


@attrs.frozen
class Scores:
    """All figures of the metric for one set of documents (or one quotation type).

    ``groups`` maps "messages", "roles", "joint" and each single role to its `PRF`;
    ``by_type`` holds the same scores restricted to each gold quotation type.
    """

    groups: dict[str, PRF]
    type: PRF
    medium: PRF
    gold: int  # gold quotations
    predicted: int  # predicted quotations
    paired: int
    by_type: dict[str, "Scores"] = attrs.field(factory=dict)

    @property
    def messages(self) -> PRF:
        return self.groups["messages"]

    @property
    def roles(self) -> PRF:
        return self.groups["roles"]

    @property
    def joint(self) -> PRF:
        return self.groups["joint"]

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = {name: prf.to_dict() for name, prf in self.groups.items()}
        result["type"] = self.type.to_dict()
        result["medium"] = self.medium.to_dict()
        result["counts"] = {"gold": self.gold, "predicted": self.predicted, "paired": self.paired}
        if self.by_type:
            result["by_type"] = {name: scores.to_dict() for name, scores in self.by_type.items()}
        return result


# --------------------------------------------------------------------------- assignment


def hungarian(weights: Sequence[Sequence[int | float]]) -> list[tuple[int, int]]:
    """Pairs ``(row, column)`` of a one-to-one assignment with the largest total weight.

    Works on rectangular matrices: every row is assigned when there are at least as many columns,
    every column otherwise. O(n²·m) with potentials (Kuhn-Munkres, shortest augmenting paths).
    Integer weights give an exact optimum.
    """
    rows = len(weights)
    columns = len(weights[0]) if rows else 0
    if rows == 0 or columns == 0:
        return []
    if rows > columns:
        return [(r, c) for c, r in hungarian([list(column) for column in zip(*weights, strict=True)])]
    # minimise cost = -weight; 1-based arrays with a virtual column 0, as in the textbook version
    cost = [[-value for value in row] for row in weights]
    u = [0] * (rows + 1)
    v = [0] * (columns + 1)
    owner = [0] * (columns + 1)  # owner[c] = row assigned to column c (1-based), 0 = free
    way = [0] * (columns + 1)
    for row in range(1, rows + 1):
        owner[0] = row
        column0 = 0
        slack: list[Any] = [None] * (columns + 1)  # None = infinity
        used = [False] * (columns + 1)
        while True:
            used[column0] = True
            row0 = owner[column0]
            delta: Any = None
            column1 = 0
            for c in range(1, columns + 1):
                if used[c]:
                    continue
                reduced = cost[row0 - 1][c - 1] - u[row0] - v[c]
                if slack[c] is None or reduced < slack[c]:
                    slack[c] = reduced
                    way[c] = column0
                if delta is None or slack[c] < delta:
                    delta = slack[c]
                    column1 = c
            for c in range(columns + 1):
                if used[c]:
                    u[owner[c]] += delta
                    v[c] -= delta
                else:
                    slack[c] -= delta
            column0 = column1
            if owner[column0] == 0:
                break
        while column0:  # flip the augmenting path
            column1 = way[column0]
            owner[column0] = owner[column1]
            column0 = column1
    return sorted((owner[c] - 1, c - 1) for c in range(1, columns + 1) if owner[c])


def overlap_f1(predicted: frozenset[int], gold: frozenset[int]) -> float:
    """Token-overlap F1 (Dice) of two token sets; 0 when either is empty."""
    if not predicted or not gold:
        return 0.0
    return 2 * len(predicted & gold) / (len(predicted) + len(gold))


_F1_SCALE = 10**9  # F1 is compared to 9 decimals; below that two pairings count as equally good


def pair(predicted: Sequence[Scorable], gold: Sequence[Scorable]) -> list[tuple[int, int]]:
    """Pair the quotations of one document: ``(predicted index, gold index)``, overlapping only.

    The assignment maximises the summed quote-span F1; among equally good assignments the one with
    more equal types wins, then the one with more equal media (lexicographic integer weights).
    """
    if not predicted or not gold:
        return []
    n = min(len(predicted), len(gold))
    medium_unit = 1
    type_unit = n + 1  # more than any possible sum of medium bonuses
    f1_unit = (n + 1) ** 2  # more than any possible sum of type and medium bonuses
    pred_tokens = [p.tokens("quote") for p in predicted]
    gold_tokens = [g.tokens("quote") for g in gold]
    weights = []
    for p, p_tokens in zip(predicted, pred_tokens, strict=True):
        row = []
        for g, g_tokens in zip(gold, gold_tokens, strict=True):
            f1 = round(overlap_f1(p_tokens, g_tokens) * _F1_SCALE)
            row.append(f1 * f1_unit + (p.type == g.type) * type_unit + (p.medium == g.medium) * medium_unit)
        weights.append(row)
    return [(i, j) for i, j in hungarian(weights) if pred_tokens[i] & gold_tokens[j]]


# --------------------------------------------------------------------------- scoring


@attrs.define
class _Average:
    """Running sums of per-pair precision and recall for one group."""

    precision_sum: float = 0.0
    precision_count: int = 0
    recall_sum: float = 0.0
    recall_count: int = 0

    def result(self) -> PRF:
        precision = self.precision_sum / self.precision_count if self.precision_count else 0.0
        recall = self.recall_sum / self.recall_count if self.recall_count else 0.0
        return PRF.from_pr(precision, recall)


@attrs.define
class _Tally:
    """Everything needed for one `Scores`: averages per group plus label agreement counts."""

    averages: dict[str, _Average] = attrs.field(factory=lambda: {name: _Average() for name in GROUPS})
    type_agree: int = 0
    medium_agree: int = 0
    gold: int = 0
    predicted: int = 0
    paired: int = 0

    def add_pair(self, predicted: Scorable, gold: Scorable) -> None:
        self.gold += 1
        self.predicted += 1
        self.paired += 1
        self.type_agree += predicted.type == gold.type
        self.medium_agree += predicted.medium == gold.medium
        counts = {c: _token_counts(predicted.tokens(c), gold.tokens(c)) for c in COMPONENTS}
        for name, components in GROUPS.items():
            tp = sum(counts[c][0] for c in components)
            fp = sum(counts[c][1] for c in components)
            fn = sum(counts[c][2] for c in components)
            precision, recall = pair_precision_recall(tp, fp, fn)
            average = self.averages[name]
            average.precision_sum += precision
            average.precision_count += 1
            average.recall_sum += recall
            average.recall_count += 1

    def add_unpaired_prediction(self) -> None:
        self.predicted += 1
        for average in self.averages.values():
            average.precision_count += 1  # precision 0

    def add_unpaired_gold(self) -> None:
        self.gold += 1
        for average in self.averages.values():
            average.recall_count += 1  # recall 0

    def result(self, by_type: dict[str, Scores] | None = None) -> Scores:
        type_accuracy = self.type_agree / self.paired if self.paired else 0.0
        medium_accuracy = self.medium_agree / self.paired if self.paired else 0.0
        return Scores(
            groups={name: average.result() for name, average in self.averages.items()},
            type=PRF.from_pr(type_accuracy, type_accuracy),
            medium=PRF.from_pr(medium_accuracy, medium_accuracy),
            gold=self.gold,
            predicted=self.predicted,
            paired=self.paired,
            by_type=by_type or {},
        )


def _token_counts(predicted: frozenset[int], gold: frozenset[int]) -> tuple[int, int, int]:
    tp = len(predicted & gold)
    return tp, len(predicted) - tp, len(gold) - tp


def pair_precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    """Precision and recall of one pair from token counts; both sides empty counts as perfect."""
    if tp == fp == fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall


def score(documents: Iterable[tuple[Sequence[Scorable], Sequence[Scorable]]]) -> Scores:
    """Score ``(predicted, gold)`` quotation lists, one tuple per document, with the metric above."""
    overall = _Tally()
    per_type: dict[str, _Tally] = {}

    def tally_of(type_name: str) -> _Tally:
        return per_type.setdefault(type_name, _Tally())

    for predicted, gold in documents:
        pairs = pair(predicted, gold)
        for i, j in pairs:
            overall.add_pair(predicted[i], gold[j])
            tally_of(gold[j].type).add_pair(predicted[i], gold[j])
        paired_predictions = {i for i, _ in pairs}
        paired_golds = {j for _, j in pairs}
        for i, quotation in enumerate(predicted):
            if i not in paired_predictions:
                overall.add_unpaired_prediction()
                tally_of(quotation.type).add_unpaired_prediction()
        for j, quotation in enumerate(gold):
            if j not in paired_golds:
                overall.add_unpaired_gold()
                tally_of(quotation.type).add_unpaired_gold()
    by_type = {name: per_type[name].result() for name in sorted(per_type)}
    return overall.result(by_type)


# --------------------------------------------------------------------------- presentation


def format_table(scores: Scores) -> str:
    """A plain-text table of the scores in percent, for the CLI and test output."""

    def pct(value: float) -> str:
        return f"{100 * value:6.2f}"

    lines = [f"{'':<12} {'P':>6} {'R':>6} {'F1':>6}"]
    for name in ("messages", "roles", "joint"):
        prf = scores.groups[name]
        lines.append(f"{name:<12} {pct(prf.precision)} {pct(prf.recall)} {pct(prf.f1)}")
    for name, prf in (("type", scores.type), ("medium", scores.medium)):
        lines.append(f"{name:<12} {pct(prf.precision)} {pct(prf.recall)} {pct(prf.f1)}")
    for role in ROLES:
        prf = scores.groups[role]
        lines.append(f"  {role:<10} {pct(prf.precision)} {pct(prf.recall)} {pct(prf.f1)}")
    lines.append(
        f"quotations: {scores.gold} gold, {scores.predicted} predicted, {scores.paired} paired"
    )
    if scores.by_type:
        lines.append("")
        lines.append(
            f"{'F1 by gold type':<22} {'gold':>5} {'pred':>5} {'msg':>6} {'roles':>6} {'joint':>6}"
            f" {'type':>6} {'medium':>6}"
        )
        for name, sub in scores.by_type.items():
            lines.append(
                f"{name:<22} {sub.gold:>5} {sub.predicted:>5} {pct(sub.messages.f1)} {pct(sub.roles.f1)}"
                f" {pct(sub.joint.f1)} {pct(sub.type.f1)} {pct(sub.medium.f1)}"
            )
    return "\n".join(lines)
