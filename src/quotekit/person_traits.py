"""What the text has told about a person, as tests the linker asks of its candidates: the
roles that keep someone from another role, ages, children, offices, situations.
"""

from __future__ import annotations

from collections.abc import Iterable


from . import entity_words
from . import vocabulary as vocab
from .entity_table import Entity

_YOUNG_UP_TO, _OLD_FROM = 30, 65  # the ages "die junge Frau" and "die alte Dame" surely describe
_NOT_YOUNG_FROM, _NOT_OLD_BELOW = 40, 50  # the ages they never describe


def anyone(entity: Entity) -> bool:
    """Every candidate fits."""
    return True


def no_office(entity: Entity) -> bool:
    """Who an age describes (``der 31-Jährige``) rather than an office holder: a text gives the
    age of the people it tells about, seldom of the judge or the mayor."""
    return not any(map(entity_words.public_office, current_roles(entity)))


def origin_stems(words: set[str]) -> set[str]:
    """The stems of the words for where someone is from among role ``words`` (``chinese`` →
    ``chines``)."""
    return {stem for word in words if vocab.demonym(word) and (stem := entity_words.origin_stem(word, shortest=3)) is not None}


def age_roles(entity: Entity) -> set[str]:
    """The ages the text gave ``entity``, as role words (``63-jährige``)."""
    return {role for role in entity.roles if role[:1].isdigit() and entity_words.is_age(role)}


def age_belies_adjective(entity: Entity, text: str) -> bool:
    """The text gave ``entity`` an age that an adjective of age in ``text`` cannot describe
    (``Hausmeister X, 58`` is no ``junge Mann``, a 45-year-old no ``alte Dame``)."""
    return roles_belie_adjective(entity.roles, text)


def roles_belie_adjective(roles: Iterable[str], text: str) -> bool:
    """`age_belies_adjective` on a person's role words (where an age is one: ``66-jährige``)."""
    age = age_in_roles(roles)
    if age is None:
        return False
    words = set(text.lower().split())
    if words & entity_words.of_class("age_adjective_young"):
        return age >= _NOT_YOUNG_FROM
    return bool(words & entity_words.of_class("age_adjective_old")) and age < _NOT_OLD_BELOW


def age_fits_adjective(entity: Entity, text: str) -> bool:
    """``Betriebshelferin Sophie X, 23, … sagte die junge Frau``: a bare person noun with an
    adjective of age describes someone whose age the text gave in that range, even one with a
    role (an age is told of the people a story is about)."""
    age = age_of(entity)
    if age is None:
        return False
    words = set(text.lower().split())
    if words & entity_words.of_class("age_adjective_young"):
        return age <= _YOUNG_UP_TO
    return bool(words & entity_words.of_class("age_adjective_old")) and age >= _OLD_FROM


def another_age(entity: Entity, age: str) -> bool:
    """The text gave ``entity`` an age (``63-jährige``) other than ``age`` (``58-jährige``)."""
    ages = age_roles(entity)
    return age[:1].isdigit() and bool(ages) and age not in ages


def in_situation(entity: Entity) -> bool:
    """The person is in the text as a patient, resident, tenant or party to a case
    (``situation_role``, ``case_party``): someone things happen to, in no one's profession."""
    roles = current_roles(entity)
    return bool(roles & (entity_words.of_class("situation_role") | entity_words.of_class("case_party")))


def unnamed_or_without_office(entity: Entity) -> bool:
    """Who ``der Mann`` / ``die Frau`` alone may be: someone introduced without a name (``Ein
    Anwohner``), or a person without an office (not ``Richterin X``; but ``Die Angeklagte X …
    sagte die Frau``, ``Die Großmutter, Erika S., … sagte die Frau``: a party to the case or a
    relative holds none); never a child."""
    if is_child(entity):
        return False  # "Der Junge kam ins Krankenhaus. …, sagte der Mann": a child is no man
    # (a party to the case, a relative, also a former one, or a resident or patient holds no office:
    # "seine frühere Lebensgefährtin X … berichtete die junge Frau")
    offices = {role for role in current_roles(entity) if not entity_words.no_office_in_story(role.removeprefix(entity_words.FORMER))}
    # (an occupation is no office: "Lehrerin Tina Berg … sagte die Frau")
    return entity.key.startswith("role:") or not {role for role in offices if not entity_words.occupation_epithet({role})}


def is_child(entity: Entity) -> bool:
    """Known as a child (``der Junge``, ``das Mädchen``): never ``der Mann`` or ``die Frau``."""
    return bool(entity.roles & entity_words.of_class("child_noun"))


def known_by_no_office(entity: Entity) -> bool:
    """Who ``die Winzerin`` / ``der Student`` may describe: a person known by no public office
    or function (``Landrat X`` is no baker; ``Kugelstoßerin X`` may be a student), nor as a
    party to the case told (``Die Angeklagte X … Die Verkäuferin sagte als Zeugin`` is someone
    else)."""
    return no_office(entity) and not current_roles(entity) & entity_words.of_class("case_party")


def age_of(entity: Entity) -> int | None:
    """The age the text gave a person (a role word like ``67-jährige``), if one."""
    return age_in_roles(entity.roles)


def age_in_roles(roles: Iterable[str]) -> int | None:
    """The one age among role words (``67-jährige``), if there is exactly one."""
    ages = {int(role.split("-", 1)[0]) for role in roles if role[:1].isdigit() and entity_words.is_age(role)}
    return ages.pop() if len(ages) == 1 else None


def current_roles(entity: Entity) -> set[str]:
    """The roles that keep a person from taking another role: a description (``die
    61-Jährige``, ``der Politiker``) does not; a former office still does (letting it go linked
    an unnamed ``der Staatsanwalt`` to a former athlete on real text)."""
    return {role for role in entity.roles if entity_words.blocks_other_roles(role)}
