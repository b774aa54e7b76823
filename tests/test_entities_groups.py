"""Who a pronoun or role means: groups, the person right before a quote, a role in the genitive.

Sentences written for these tests.
"""

from __future__ import annotations

import quotekit


def _speaker_of(text: str, fragment: str) -> str | None:
    quote = next(q for q in quotekit.extract(text) if fragment in q.text)
    return quote.speaker.name if quote.speaker is not None else None


def test_two_people_joined_by_und_are_the_group_of_a_plural_pronoun() -> None:
    text = (
        "Landrätin Ida Wendt und Bürgermeister Olaf Kranich besuchten am Morgen das Flutgebiet. "
        "Sie versprachen schnelle Hilfe. „Niemand wird allein gelassen“, sagten sie."
    )
    name = _speaker_of(text, "Niemand")
    assert name is not None and "Ida Wendt" in name and "Olaf Kranich" in name


def test_a_singular_pronoun_still_picks_one_of_the_pair() -> None:
    text = (
        "Landrätin Ida Wendt und Bürgermeister Olaf Kranich besuchten am Morgen das Flutgebiet. "
        "„Wir lassen niemanden allein“, sagte sie."
    )
    assert _speaker_of(text, "niemanden") == "Ida Wendt"


def test_people_not_at_the_start_of_a_sentence_form_no_group() -> None:
    text = (
        "Am Morgen traf die Delegation auf dem Marktplatz von Felsbach den Landrat Olaf Kranich und die Ärztin Ida Wendt. "
        "„Wir sind zufrieden“, sagten sie."
    )
    name = _speaker_of(text, "zufrieden")
    assert name is None or "und" not in name


def test_the_plural_of_an_organisation_noun_is_a_group() -> None:
    text = (
        "Zwei Bürgerinitiativen klagen gegen die neue Umgehungsstraße. Die Richterin Anke Bolle wies die Klage ab. "
        "Die Initiativen kündigten Berufung an. „Wir geben nicht auf“, erklärten sie."
    )
    name = _speaker_of(text, "geben nicht auf")
    assert name is not None and "Initiativen" in name


def test_a_person_named_right_before_the_quote_is_who_er_means() -> None:
    text = (
        "Der FC Lindau trennte sich unentschieden von Tennstedt. In der 35. Minute gab es Gelb für Ole Brink. "
        "Da Tennstedt zuletzt siebenmal gewann, war Trainer Paul Weiland zufrieden: „Ein guter Start“, sagte er."
    )
    assert _speaker_of(text, "guter Start") == "Paul Weiland"


def test_a_role_before_a_surname_in_the_genitive_is_someone_else() -> None:
    text = (
        "Der Verteidiger Jonas Haller stürzte im Training. Haller wurde am Mittwoch operiert. "
        "Der behandelnde Arzt Hallers äußerte sich optimistisch. Er sagte: „Er kann in drei Wochen wieder spielen.“"
    )
    name = _speaker_of(text, "drei Wochen")
    assert name is not None and "Arzt" in name and name != "Jonas Haller"
