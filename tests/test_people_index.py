"""`PeopleIndex` answers by group what a scan over every person would answer.

The role resolution asks the index for the person of a role nearest to a mention; the index
groups people by roles and gender and keeps each group's mentions sorted. These tests compare it
with the plain definition (`min` of `Entity.distance` over the fitting people, in table order)
while people gain spans, roles and a gender after the index took them in.
"""

from __future__ import annotations

import cProfile
import pstats
import random

import quotekit
from quotekit.entity_table import Entity, PeopleIndex
from quotekit.model import SpeakerKind


def _odd_key(entity: Entity) -> bool:
    return len(entity.key) % 2 == 1


def _scan(entities: dict[str, Entity], fits, position: int, accept=None) -> Entity | None:
    people = [
        e for e in entities.values() if e.kind is SpeakerKind.PERSON and not e.plural and fits(e.roles, e.gender) and (accept is None or accept(e))
    ]
    return min(people, key=lambda e: e.distance(position)) if people else None


def test_nearest_matches_a_scan_over_all_single_people_while_they_change() -> None:
    rng = random.Random(5)
    entities: dict[str, Entity] = {}
    index = PeopleIndex(entities)
    roles = ["minister", "sprecher", "bürgermeister", "trainer"]
    tests = [
        lambda r, g: "minister" in r,
        lambda r, g: "sprecher" in r and g in (None, "f"),
        lambda r, g: bool(r),
        lambda r, g: True,
    ]
    for step in range(600):
        roll = rng.random()
        if roll < 0.2 or not entities:
            kind = SpeakerKind.ORGANISATION if rng.random() < 0.1 else SpeakerKind.PERSON
            group = rng.random() < 0.1  # a group ("die Demonstranten") holds no single person's role
            entity = entities[f"e{step}"] = Entity(kind, f"e{step}", gender=rng.choice([None, "f", "m"]), plural=group)
            if rng.random() < 0.3:
                entities[f"alias{step}"] = entity  # one person under two keys
        entity = rng.choice(list(entities.values()))
        if roll < 0.6:
            start = rng.randrange(0, 500, 5)  # often shared by several people
            entity.add(start, start + 3)
        elif roll < 0.8:
            entity.add_roles([rng.choice(roles)])
        elif entity.gender is None:
            entity.add(entity.spans[0][0] if entity.spans else 0, 3, gender=rng.choice(["f", "m"]))
        position = rng.randrange(-10, 510)
        for fits in tests:
            assert index.nearest(fits, position) is _scan(entities, fits, position)
            assert index.nearest(fits, position, _odd_key) is _scan(entities, fits, position, _odd_key)
            assert index.any_holder(fits) == (_scan(entities, fits, position) is not None)


def test_many_people_sharing_a_role_resolve_in_near_linear_work() -> None:
    """A text naming thousands of mayors, each taken up as ``der Bürgermeister``: each role
    phrase costs about the same whatever the number of people before it. Counted in Python
    function calls (deterministic), not seconds: a timed ratio failed on a loaded machine."""

    def text(people: int) -> str:
        return " ".join(
            f"„Das ist gut“, sagte Bürgermeister Lo{n:05d}o Ma{n:05d}mann. „Wir machen weiter“, sagte der Bürgermeister."
            for n in range(people)
        )

    def calls(people: int) -> int:
        profile = cProfile.Profile()
        profile.enable()
        quotes = quotekit.extract(text(people))
        profile.disable()
        assert quotes[-1].speaker is not None and quotes[-1].speaker.name.endswith(f"Ma{people - 1:05d}mann")
        return pstats.Stats(profile).total_calls

    quotekit.extract(text(50))  # warm-up: lexicons and caches
    small, large = calls(200), calls(1600)
    # 8x the text: about 8x the calls (8.2 when written); a test per person for each role phrase
    # would add 1600 x 1600 calls, several times the whole run
    assert large < 10 * small
