"""The corpus metric on hand-made cases whose scores are worked out by hand in the comments."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.evaluation import (
    PRF,
    hungarian,
    overlap_f1,
    pair,
    pair_precision_recall,
    score,
)
from quotekit.io.wikinews import Quotation, RoleSpan


def q(quote, type="Indirect", medium="Speech", **roles) -> Quotation:
    """A quotation from token ids: ``q(range(0, 5), speaker=[7], cue=[8])``."""
    spans = {name: RoleSpan(tuple(sorted(ids))) for name, ids in roles.items()}
    return Quotation(quote=RoleSpan(tuple(sorted(quote))), type=type, medium=medium, **spans)


def assert_prf(prf: PRF, precision: float, recall: float, f1: float) -> None:
    assert (prf.precision, prf.recall, prf.f1) == pytest.approx((precision, recall, f1))


# --------------------------------------------------------------------------- Hungarian


def brute_force_best(weights: list[list[int]]) -> int:
    rows, columns = len(weights), len(weights[0])
    if rows <= columns:
        return max(
            sum(weights[r][c] for r, c in enumerate(chosen))
            for chosen in itertools.permutations(range(columns), rows)
        )
    return max(
        sum(weights[r][c] for c, r in enumerate(chosen)) for chosen in itertools.permutations(range(rows), columns)
    )


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda rows: st.integers(1, 5).flatmap(
            lambda columns: st.lists(
                st.lists(st.integers(-20, 50), min_size=columns, max_size=columns), min_size=rows, max_size=rows
            )
        )
    )
)
def test_hungarian_finds_the_best_total_weight_like_brute_force(weights):
    assignment = hungarian(weights)
    rows = [r for r, _ in assignment]
    columns = [c for _, c in assignment]
    assert len(assignment) == min(len(weights), len(weights[0]))
    assert len(set(rows)) == len(rows) and len(set(columns)) == len(columns)
    assert sum(weights[r][c] for r, c in assignment) == brute_force_best(weights)


def test_hungarian_is_not_greedy():
    # greedy takes (0,0)=9 first and is left with (1,1)=0: total 9; the optimum is 8+8=16
    assert hungarian([[9, 8], [8, 0]]) == [(0, 1), (1, 0)]


def test_hungarian_on_empty_input():
    assert hungarian([]) == []
    assert hungarian([[], []]) == []


# --------------------------------------------------------------------------- pairing


def test_overlap_f1_is_dice_of_token_sets():
    # |A∩B| = 2, |A| = 4, |B| = 2: 2*2 / (4+2) = 2/3
    assert overlap_f1(frozenset({1, 2, 3, 4}), frozenset({3, 4})) == pytest.approx(2 / 3)
    assert overlap_f1(frozenset(), frozenset({1})) == 0.0


def test_pairing_maximises_total_overlap_not_the_first_best_match():
    # P0 = 0..9 overlaps G0 = 0..7 (F1 16/18 = .89) and G1 = 8..9 (F1 4/12 = .33);
    # P1 = 0..5 overlaps only G0 (F1 12/14 = .86). Greedy: P0-G0, then P1 alone (total .89).
    # Optimum: P0-G1 + P1-G0 = .33 + .86 = 1.19.
    predicted = [q(range(0, 10)), q(range(0, 6))]
    gold = [q(range(0, 8)), q(range(8, 10))]
    assert pair(predicted, gold) == [(0, 1), (1, 0)]


def test_equal_overlap_is_broken_by_type_then_by_medium():
    gold = [q(range(0, 4), type="Direct", medium="Writing")]
    # all three cover the same tokens; only the last has the same type and medium
    predicted = [
        q(range(0, 4), type="Indirect", medium="Writing"),
        q(range(0, 4), type="Direct", medium="Speech"),
        q(range(0, 4), type="Direct", medium="Writing"),
    ]
    assert pair(predicted, gold) == [(2, 0)]
    # same type wins over same medium
    assert pair(predicted[:2], gold) == [(1, 0)]


def test_better_overlap_beats_equal_type():
    gold = [q(range(0, 4), type="Direct")]
    predicted = [q(range(0, 3), type="Direct"), q(range(0, 4), type="Reported")]
    assert pair(predicted, gold) == [(1, 0)]


def test_quotations_without_shared_tokens_stay_unpaired():
    assert pair([q(range(0, 3), type="Direct")], [q(range(5, 8), type="Direct")]) == []


# --------------------------------------------------------------------------- scores


def test_identical_predictions_score_100_everywhere():
    gold = [q(range(0, 5), speaker=[6], cue=[7], frame=[6, 7]), q(range(10, 14), type="Direct")]
    scores = score([(gold, gold)])
    for name in ("messages", "roles", "joint", "speaker", "cue", "frame", "addressee"):
        assert_prf(scores.groups[name], 1, 1, 1)
    assert_prf(scores.type, 1, 1, 1)
    assert (scores.gold, scores.predicted, scores.paired) == (2, 2, 2)


def test_nothing_predicted_scores_zero_and_nothing_gold_too():
    gold = [q(range(0, 5))]
    assert_prf(score([([], gold)]).messages, 0, 0, 0)
    assert_prf(score([(gold, [])]).joint, 0, 0, 0)
    assert_prf(score([]).messages, 0, 0, 0)


def test_partial_pair_with_unpaired_prediction_and_unpaired_gold():
    # gold G1: quote 0..9 (10 tokens), speaker {10}, cue {11}; type Indirect, medium Speech
    # gold G2: quote 20..24, Direct                      -> no prediction overlaps: unpaired gold
    # pred P1: quote 0..4 (5 tokens), speaker {10, 12}, no cue; type Direct, medium Speech
    # pred P2: quote 30..31, Direct                      -> overlaps nothing: unpaired prediction
    gold = [q(range(0, 10), speaker=[10], cue=[11]), q(range(20, 25), type="Direct")]
    predicted = [q(range(0, 5), type="Direct", speaker=[10, 12]), q(range(30, 32), type="Direct")]
    scores = score([(predicted, gold)])
    assert (scores.gold, scores.predicted, scores.paired) == (2, 2, 1)
    # messages, pair P1-G1: tp 5, fp 0, fn 5 -> P 1, R .5; unpaired P2 adds P 0, unpaired G2 R 0
    #   P = (1 + 0)/2 = .5, R = (.5 + 0)/2 = .25, F1 = 2*.5*.25/.75 = 1/3
    assert_prf(scores.messages, 0.5, 0.25, 1 / 3)
    # roles, pair: speaker tp 1 fp 1 fn 0, cue tp 0 fp 0 fn 1, frame/addressee empty on both sides
    #   summed tp 1 fp 1 fn 1 -> P .5, R .5; averaged with the unpaired: P .25, R .25, F1 .25
    assert_prf(scores.roles, 0.25, 0.25, 0.25)
    # joint, pair: tp 5+1 = 6, fp 0+1 = 1, fn 5+1 = 6 -> P 6/7, R 1/2
    #   averaged: P 3/7, R 1/4, F1 = 2*(3/7)*(1/4) / (3/7 + 1/4) = 6/19
    assert_prf(scores.joint, 3 / 7, 1 / 4, 6 / 19)
    # single roles: speaker P .5 R 1 -> averaged P .25, R .5, F1 1/3
    assert_prf(scores.groups["speaker"], 0.25, 0.5, 1 / 3)
    # cue: gold has one token, prediction none -> P 0, R 0
    assert_prf(scores.groups["cue"], 0, 0, 0)
    # frame: empty on both sides counts as perfect for the pair -> P (1+0)/2, R (1+0)/2
    assert_prf(scores.groups["frame"], 0.5, 0.5, 0.5)
    # type: Direct vs Indirect is wrong on the only pair; medium Speech = Speech is right
    assert_prf(scores.type, 0, 0, 0)
    assert_prf(scores.medium, 1, 1, 1)
    # per gold type: Indirect holds the pair (P 1, R .5, F1 2/3); Direct holds unpaired G2 (gold
    # type Direct) and unpaired P2 (predicted type Direct): P 0, R 0. P1 counts under Indirect.
    assert set(scores.by_type) == {"Direct", "Indirect"}
    assert_prf(scores.by_type["Indirect"].messages, 1, 0.5, 2 / 3)
    assert_prf(scores.by_type["Direct"].messages, 0, 0, 0)
    assert (scores.by_type["Direct"].gold, scores.by_type["Direct"].predicted) == (1, 1)


def test_multi_span_gold_quote_predicted_as_two_quotes():
    # gold: one Direct quote in two pieces, tokens 0..2 and 6..8 ("…", sagte sie, "…")
    # pred: the two pieces as two quotations, each F1 2*3/(3+6) = 2/3 with the gold; the one with
    #   the gold's type (the second) is paired: P 1, R 3/6 = .5; the first is unpaired: P 0
    #   P = (1 + 0)/2 = .5, R = .5 (one pair only), F1 .5
    gold = [q([0, 1, 2, 6, 7, 8], type="Direct")]
    predicted = [q([0, 1, 2], type="Indirect"), q([6, 7, 8], type="Direct")]
    assert pair(predicted, gold) == [(1, 0)]
    assert_prf(score([(predicted, gold)]).messages, 0.5, 0.5, 0.5)
    # the same quote predicted as one two-part quotation is perfect
    assert_prf(score([([q([0, 1, 2, 6, 7, 8], type="Direct")], gold)]).messages, 1, 1, 1)


def test_empty_roles_on_both_sides_count_as_perfect_one_side_as_zero():
    # document 1: gold and prediction both have no role at all -> roles P 1, R 1
    # document 2: gold has speaker {5}, prediction has no role -> roles P 0, R 0
    #   averaged over the two pairs: P .5, R .5, F1 .5
    # the quote spans are identical, so messages is perfect
    first = ([q(range(0, 3))], [q(range(0, 3))])
    second = ([q(range(0, 3))], [q(range(0, 3), speaker=[5])])
    scores = score([first, second])
    assert_prf(scores.roles, 0.5, 0.5, 0.5)
    assert_prf(scores.messages, 1, 1, 1)
    # joint, pair 2: quote tp 3 + speaker fn 1 -> P 3/3 = 1, R 3/4; pair 1 perfect
    #   P = (1 + 1)/2 = 1, R = (1 + .75)/2 = .875, F1 = 2*.875/1.875 = 14/15
    assert_prf(scores.joint, 1, 0.875, 14 / 15)
    # addressee is empty on both sides in both pairs: perfect
    assert_prf(scores.groups["addressee"], 1, 1, 1)


def test_predicted_role_where_gold_has_none_costs_precision_only_in_the_group():
    # gold: speaker {5}; prediction: speaker {5} and a spurious addressee {6}
    # roles summed: tp 1, fp 1, fn 0 -> P .5, R 1, F1 2/3; addressee alone: P 0, R 0
    gold = [q(range(0, 3), speaker=[5])]
    predicted = [q(range(0, 3), speaker=[5], addressee=[6])]
    scores = score([(predicted, gold)])
    assert_prf(scores.roles, 0.5, 1, 2 / 3)
    assert_prf(scores.groups["addressee"], 0, 0, 0)


def test_pairs_are_pooled_over_documents():
    # doc A: perfect pair (P 1, R 1); doc B: one unpaired gold (R 0); doc C: one unpaired
    # prediction (P 0). P = (1 + 0)/2 = .5, R = (1 + 0)/2 = .5, F1 .5
    documents = [
        ([q(range(0, 3))], [q(range(0, 3))]),
        ([], [q(range(0, 3))]),
        ([q(range(0, 3))], []),
    ]
    assert_prf(score(documents).messages, 0.5, 0.5, 0.5)


@pytest.mark.parametrize(
    ("counts", "expected"),
    [((0, 0, 0), (1.0, 1.0)), ((0, 2, 0), (0.0, 0.0)), ((0, 0, 2), (0.0, 0.0)), ((1, 1, 3), (0.5, 0.25))],
)
def test_pair_precision_recall_conventions(counts, expected):
    assert pair_precision_recall(*counts) == pytest.approx(expected)


def test_scores_to_dict_has_the_reported_figures():
    gold = [q(range(0, 5))]
    result = score([(gold, gold)]).to_dict()
    assert {"messages", "roles", "joint", "type", "medium", "counts", "by_type"} <= set(result)
    assert result["messages"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
