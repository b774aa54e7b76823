"""A second look at whom a pronoun or role phrase was linked to, by a linear model.

The linking rules (`quotekit.entities`) decide in a fixed order and stop at the first that
fires: a rule written for one pattern wins even where the evidence of the text (gender, distance,
who spoke last, which roles a person holds) points to someone else. This module scores every
candidate — each person, group or organisation mentioned in the few sentences before the mention,
and the rules' own choice — with weights over such evidence, and the linker takes another
candidate only when the model prefers it over the rules' choice by a margin.

The weights (``data/reranker.json``) are learnt by ``scripts/train_reranker.py`` from our own
hand-written resolution cases (``tests/data/resolution_cases.jsonl``: fictional news articles
written for this project), never from the news corpus, whose licence keeps it out of the package.
Why a model and not more rules: across six sessions, rules written for one batch of new articles
moved the next unseen batch by 0–2 cases; the model's features are general by construction.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
from collections.abc import Sequence
from importlib import resources
from typing import TYPE_CHECKING

import attrs

from . import entity_words
from . import vocabulary as vocab
from .entity_table import Entity, EntityTable, Occurrence
from .mentions import Mention, MentionKind
from .model import SpeakerKind

if TYPE_CHECKING:
    from .document import Annotated

# appended to the linker's ``how`` and to the quotation's evidence when the model overrode the rules
OVERRIDE_MARK = "+reranked"
_SENTENCES_BACK = 8  # how far back candidates are gathered
_MAX_DISTANCE = 5  # sentence distances from 5 on share one feature
_MAX_RANK = 4  # recency ranks from 4 on share one feature

# how the rules found their choice (`EntityLinker.resolve`), as features of the chosen candidate
_RULES = frozenset(
    {
        "pronoun",
        "pronoun-plural",
        "role-recent",
        "role-new",
        "role-holder",
        "organisation",
        "role-group",
        "role-relative",
        "role-generation",
        "role-apposition",
        "role-anaphor",
        "role-salient",
        "role-age",
        "role-peer",
        "role-witness",
        "role-party",
        "role-origin",
        "role-deed",
    }
)


# the evidence weighed separately for unnamed, named and other candidates
_STANDING_EVIDENCE = tuple(
    f"{prefix}{name}" for prefix in ("p:", "r:") for name in ("salient", "dist0", "dist1", "rank0", "opens_sentence", "oblique")
) + ("spoke", "fresh", "role_very", "role_shared")


@attrs.frozen
class Model:
    """Feature weights and the margin by which a candidate must beat the rules' choice."""

    weights: dict[str, float]
    margin: float

    def score(self, features: dict[str, float]) -> float:
        weights = self.weights
        return sum(weights.get(name, 0.0) * value for name, value in features.items())


@functools.lru_cache(maxsize=1)
def default_model() -> Model | None:
    """The shipped model, or None when no weights are shipped (rules alone)."""
    source = resources.files("quotekit") / "data" / "reranker.json"
    if not source.is_file():
        return None
    data = json.loads(source.read_text(encoding="utf-8"))
    return Model({str(k): float(v) for k, v in data["weights"].items()}, float(data["margin"]))


def reconsidered(mention: Mention, how: str) -> bool:
    """Whether the model looks at this decision: pronouns and role phrases, not names."""
    return mention.kind in (MentionKind.PRONOUN, MentionKind.ROLE) or how.startswith(("role", "pronoun"))


@attrs.frozen
class Context:
    """What the features need to know of the linker's state at the mention."""

    ann: Annotated
    table: EntityTable
    said: tuple[int, int] | None  # the quotation being attributed
    last_speaker: Entity | None  # who the text's previous quotation was attributed to


@attrs.frozen
class _Phrase:
    """The speaker mention as the features see it."""

    mention: Mention
    text: str
    words: frozenset[str]  # its role words (none for a pronoun)
    kind: str  # `_phrase_type`
    prefix: str  # "p:" for a pronoun, "r:" for anything else
    sentence: int
    ambiguous: bool  # more than one candidate fits the phrase's gender


def candidates(context: Context, mention: Mention, chosen: Entity | None, how: str) -> list[tuple[Entity, dict[str, float]]]:
    """Each candidate entity with its features, the most recently mentioned first (the rules'
    choice first when it was created at the mention)."""
    ann, table = context.ann, context.table
    sentence = _sentence_of(ann, mention.start)
    found: dict[int, tuple[Entity, Occurrence | None, int]] = {}
    i = _occurrences_before(table, mention.start)
    while i >= 0:
        occurrence = table.occurrences[i]
        back = sentence - _sentence_of(ann, occurrence.start)
        if back > _SENTENCES_BACK:
            break
        found.setdefault(id(occurrence.entity), (occurrence.entity, occurrence, back))
        i -= 1
    ordered = list(found.values())
    if chosen is not None and id(chosen) not in found:
        ordered.insert(0, (chosen, None, 0))
    text = ann.text[mention.start : mention.end]
    words = frozenset(entity_words.role_words(mention, text)) if mention.kind is not MentionKind.PRONOUN else frozenset()
    phrase = _Phrase(
        mention,
        text,
        words,
        _phrase_type(mention, text, words),
        "p:" if mention.kind is MentionKind.PRONOUN else "r:",
        sentence,
        sum(1 for entity, _, _ in ordered if _gender_agrees(entity, mention)) > 1,
    )
    result = []
    for rank, (entity, occurrence, back) in enumerate(ordered):
        f = _evidence(context, phrase, entity, occurrence, back, rank)
        if entity is chosen:
            f.update({"choice": 1.0, "choice:" + (how if how in _RULES else "other"): 1.0, phrase.prefix + "choice": 1.0})
            f.update({"choice:ambiguous": float(phrase.ambiguous), "phrase:" + phrase.kind: 1.0})
        # each piece of evidence weighs differently for a pronoun, an age, a role phrase…, and
        # being near or the subject means more for someone named than for an unnamed role
        f.update({f"{phrase.kind}|{name}": value for name, value in list(f.items())})
        standing = "unnamed" if f["unnamed"] else "named" if entity.full_name else "other"
        f.update({f"{standing}&{name}": f[name] for name in _STANDING_EVIDENCE if name in f})
        result.append((entity, f))
    return result


def _evidence(context: Context, phrase: _Phrase, entity: Entity, occurrence: Occurrence | None, back: int, rank: int) -> dict[str, float]:
    """What the text says for ``entity`` as the referent of the phrase: where and how it was
    last mentioned (``back`` sentences before, the ``rank``-th most recent candidate), what it
    is, and whether it fits the phrase."""
    ann, table, mention, prefix = context.ann, context.table, phrase.mention, phrase.prefix
    f: dict[str, float] = {}
    if occurrence is None:
        f["fresh"] = 1.0  # made by the rules for this very mention
    else:
        f[f"{prefix}dist{min(back, _MAX_DISTANCE)}"] = 1.0
        f[f"{prefix}rank{min(rank, _MAX_RANK)}"] = 1.0
        f[prefix + "salient"] = float(occurrence.salient)
        f[prefix + "same_paragraph"] = float("\n" not in ann.text[occurrence.start : mention.start])
        f["in_other_quote"] = float(table.quote_around(occurrence.start) not in (None, table.quote_around(mention.start)))
        f[prefix + "opens_sentence"], f[prefix + "oblique"] = _position(ann, occurrence.start)
    earlier = entity.spans_before(mention.start)
    if earlier:
        introduced = phrase.sentence - _sentence_of(ann, entity.first_span()[0])
        f[f"introduced{min(introduced, 3)}"] = 1.0
    f["mentions"] = math.log1p(earlier)
    f["spoke"] = float(entity.spoke)
    f[prefix + "last_speaker"] = float(entity is context.last_speaker)
    f["full_name"] = float(entity.full_name)
    f["unnamed"] = float(entity.key.startswith("role:"))
    organisation = entity.kind is SpeakerKind.ORGANISATION
    f[prefix + "organisation"] = float(organisation)
    f[prefix + "group"] = float(entity.plural and not organisation)
    f["number_agrees"] = float(bool(mention.plural) == bool(entity.plural))
    if mention.gender in ("m", "f"):
        f[prefix + "gender_agrees"] = float(entity.gender == mention.gender)
        f[prefix + "gender_conflicts"] = float(entity.gender is not None and entity.gender != mention.gender)
    words = phrase.words
    if words and not organisation:
        roles = frozenset(entity.roles)
        very = bool(roles & words)
        shared = not very and entity_words.shares_role(set(roles), set(words))
        f["role_very"] = float(very)
        f["role_shared"] = float(shared)
        f["other_office"] = float(not very and not shared and any(entity_words.blocks_other_roles(role) for role in roles))
    if phrase.kind == "age" and entity.kind is SpeakerKind.PERSON:
        ages = {role for role in entity.roles if role[:1].isdigit()}
        f["age_conflicts"] = float(bool(ages) and not ages & words)
    if context.said is not None:
        said = context.said
        f["named_in_quote"] = float(entity.mentioned_in(said[0], min(said[1], mention.start)))
    return f


def scores_of(model: Model, scored: Sequence[tuple[Entity, dict[str, float]]]) -> list[float]:
    """The model's score of each candidate, in order (to be passed to `better` and
    `probability`, which would otherwise each score them again)."""
    return [model.score(features) for _, features in scored]


def better(
    model: Model, scored: Sequence[tuple[Entity, dict[str, float]]], chosen: Entity | None, scores: Sequence[float] | None = None
) -> Entity | None:
    """The candidate the model prefers to the rules' choice by its margin, if any."""
    if chosen is None or len(scored) < 2:
        return None
    pairs = list(zip(scores if scores is not None else scores_of(model, scored), (entity for entity, _ in scored)))
    own = next(score for score, entity in pairs if entity is chosen)
    best_score, best = max(pairs, key=lambda pair: pair[0])
    return best if best is not chosen and best_score - own > model.margin else None


def probability(
    model: Model, scored: Sequence[tuple[Entity, dict[str, float]]], entity: Entity, scores: Sequence[float] | None = None
) -> float:
    """The model's probability that ``entity`` (one of the scored candidates) is the one meant:
    the softmax of the conditional logit it was trained as. Not calibrated on its own; what it is
    good for is ranking (``docs/evaluation.md``, "How sure")."""
    scores = scores if scores is not None else scores_of(model, scored)
    top = max(scores, default=0.0)
    weights = [math.exp(score - top) for score in scores]
    own = sum(weight for (candidate, _), weight in zip(scored, weights) if candidate is entity)
    return own / sum(weights) if weights else 1.0


def _phrase_type(mention: Mention, text: str, words: frozenset[str]) -> str:
    """What kind of phrase names the speaker: the rules are surer of some than of others."""
    if mention.kind is MentionKind.PRONOUN:
        return "pronoun"
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    if entity_words.is_age(text):
        return "age"
    if entity_words.bare_person_noun(text):
        return "person-noun"
    if first in entity_words.of_class("his_possessive") or first in entity_words.of_class("her_possessive"):
        return "possessive"
    if entity_words.describes(set(words), text):
        return "descriptive"
    return "role"


def _position(ann: Annotated, start: int) -> tuple[float, float]:
    """Whether the mention at ``start`` opens its sentence (a subject, mostly), and whether an
    oblique article or a preposition stands right before it (an object)."""
    k = ann.token_at(start)
    if k < 0 or k >= len(ann.tokens):
        return 0.0, 0.0
    opens = ann.sentences[ann.tokens[k].sent][0] == k
    before = ann.texts[k - 1].lower() if k > 0 and not opens else ""
    return float(opens), float(before in vocab.word_class("oblique_determiner") or before in vocab.word_class("preposition"))


def _gender_agrees(entity: Entity, mention: Mention) -> bool:
    return mention.gender not in ("m", "f") or entity.gender in (None, mention.gender)


def _sentence_of(ann: Annotated, position: int) -> int:
    token = min(ann.token_at(position), len(ann.tokens) - 1)
    return ann.tokens[token].sent if token >= 0 else 0


def _occurrences_before(table: EntityTable, position: int) -> int:
    """The index of the last occurrence that starts before ``position`` (-1 for none)."""
    return bisect.bisect_left(table.starts, position) - 1
