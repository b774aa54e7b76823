"""Regression tests for speaker attribution patterns of direct quotes fixed in session 10.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus). The assertion is
on the mention text: the words that name who speaks.
"""

from __future__ import annotations

import pytest

import quotekit

from quotekit import Medium
from quotekit import vocabulary as vocab
from support import direct_quotes, mention_of

# --------------------------------------------------------------------------- passive agents


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Seine Bilder werden von Kunstkritikern als „Meilensteine der Malerei“ bezeichnet.", "„Meilensteine", "Kunstkritikern"),
        ("Der Plan wird von vielen Beobachtern als „mutiger Schritt“ bewertet.", "„mutiger", "vielen Beobachtern"),
        ("Die Reform wurde von Ärzten als „gefährlich für Kinder“ kritisiert.", "„gefährlich", "Ärzten"),
    ],
)
def test_passive_agent_in_the_dative_plural_speaks(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("word", "key"),
    [("Kritikern", "kritiker"), ("Beobachtern", "beobachter"), ("Ärzten", "ärzte")],
)
def test_dative_plural_of_a_role_noun_is_that_role(word: str, key: str) -> None:
    info = vocab.dative_plural_role(word)
    assert info is not None and info.key == key and info.plural


@pytest.mark.parametrize("word", ["Kritiker", "Lindern", "Bern", "Ministerin"])
def test_words_that_are_no_dative_plural_of_a_role(word: str) -> None:
    assert vocab.dative_plural_role(word) is None


# --------------------------------------------------------------------------- passive of zitieren


def test_passive_zitiert_after_a_quoted_newspaper_name():
    text = "„Wir haben verdient gewonnen“, wird Trainer Jonas Kellermann in der „Abendpost“ zitiert."
    assert mention_of(text, "„Wir haben") == "Trainer Jonas Kellermann"


def test_passive_zitiert_right_after_a_quote_that_follows_a_colon():
    text = (
        "Der Trainer stellte sich vor seine Spieler: „Die Mannschaft hat alles gegeben. Die Schuld liegt bei mir“ "
        "wird der Niederländer im Fachblatt „Sport am Montag“ zitiert."
    )
    assert mention_of(text, "„Die Mannschaft") == "der Niederländer"


def test_quoted_person_of_a_passive_zitiert_speaks():
    text = "„Wir haben verdient gewonnen“, wird Trainer Jonas Kellermann in der Zeitung zitiert."
    (quote,) = direct_quotes(text)
    assert quote.medium is Medium.SPEECH


def test_report_going_on_after_a_passive_zitiert_keeps_the_written_medium():
    # guard: only the quoted words are speech; the report after them is what the paper wrote
    text = "„Wir haben verdient gewonnen“, wird Trainer Jonas Kellermann in der Zeitung zitiert. Die Mannschaft habe alles gegeben."
    quotes = quotekit.extract(text)
    assert [q.medium for q in quotes] == [Medium.SPEECH, Medium.WRITING]


def test_medium_quoting_in_the_active_still_writes():
    text = "Die Abendpost zitierte Trainer Jonas Kellermann mit den Worten: „Wir haben verdient gewonnen.“"
    (quote,) = direct_quotes(text)
    assert quote.mention is not None and quote.mention.text == "Trainer Jonas Kellermann"
    assert quote.medium is Medium.WRITING


# --------------------------------------------------------------------------- adverbial clauses of saying


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Die Kammer blieb hart, obwohl Verteidiger Jonas Kellermann mehrfach betont hatte, sein Mandant sei „kein schlechter Mensch“.",
            "„kein",
            "Verteidiger Jonas Kellermann",
        ),
        (
            "Die Richterin wollte ihm eine Chance geben, zumal Verteidiger Jonas Kellermann betont hatte, der Angeklagte sei „kein schlechter Mensch“.",
            "„kein",
            "Verteidiger Jonas Kellermann",
        ),
        ("Der Vorschlag scheiterte, weil die Regierung den Plan als „viel zu teuer“ bezeichnet hatte.", "„viel", "die Regierung"),
    ],
)
def test_subject_of_a_participle_and_auxiliary_closing_an_adverbial_clause(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


def test_cue_in_a_later_adverbial_clause_is_not_the_speaker_of_an_earlier_quote():
    # guard for the rule above: the reason clause has its own speaker
    text = (
        "Richterin Maria Kellner wollte dem Angeklagten „persönlich“ eine Chance geben, "
        "zumal Verteidiger Jonas Kellermann betont hatte, der Angeklagte sei „kein schlechter Mensch“."
    )
    assert mention_of(text, "„persönlich“") == "Richterin Maria Kellner"
    assert mention_of(text, "„kein") == "Verteidiger Jonas Kellermann"


# --------------------------------------------------------------------------- reported speech going on


def test_pronoun_subject_of_a_reported_sentence_yields_to_the_named_speaker_before():
    text = (
        "In seiner ersten Rede im Parlament erklärte Kellermann, er wolle die Rechte der Arbeitnehmer schützen. "
        "Er werde „einen neuen Vertrag, einen besseren Vertrag“ aushandeln. "
        "Alle im Land würden bereit sein, drei Jahre „unnötiger Zweifel“ seien vorbei."
    )
    assert mention_of(text, "„einen neuen") == "Kellermann"
    assert mention_of(text, "„unnötiger") == "Kellermann"


def test_named_subject_of_a_reported_sentence_keeps_its_quote():
    # guard: a full name as subject of the reported sentence is its speaker, not the report before
    text = (
        "Der Ausschuss sei zerstritten, hieß es. Er geht davon aus, dass die Abstimmung scheitert. "
        "Auch die Sprecherin der Fraktion, Jana Kellner, will „in den kommenden Wochen alles genau prüfen“, ob ein Verbot möglich sei."
    )
    assert mention_of(text, "„in den") == "die Sprecherin der Fraktion, Jana Kellner"


# --------------------------------------------------------------------------- phrase boundaries


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Nach der Wahl erklärte Kellermann, die Rechte der Arbeitnehmer schützen zu wollen.", "die Rechte", "Kellermann"),
        ("Deshalb forderte die NASA, den Astronauten mehr Zeit zu geben.", "den Astronauten", "die NASA"),
    ],
)
def test_object_of_an_infinitive_clause_is_no_apposition_of_the_speaker(text: str, quote: str, speaker: str) -> None:
    (reported,) = [q for q in quotekit.extract(text) if q.text.startswith(quote)]
    assert reported.mention is not None and reported.mention.text == speaker


def test_frame_before_a_colon_runs_across_a_quoted_name():
    text = "Gegenüber der Nachrichtenagentur „Nordpress“ sagte Jonas Kellermann, der Geschäftsführer des Unternehmens: „Wir haben alles verloren.“"
    (quote,) = direct_quotes(text)
    assert quote.mention is not None and quote.mention.text == "Jonas Kellermann, der Geschäftsführer des Unternehmens"
    assert quote.frame is not None and quote.frame.text.startswith("Gegenüber der Nachrichtenagentur „Nordpress“ sagte")


# --------------------------------------------------------------------------- quotes in parentheses


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Auch Vereinschef Jonas Kellermann („Das ist ein großer Tag für uns.“) zeigte sich erleichtert.", "„Das ist", "Vereinschef Jonas Kellermann"),
        (
            "Viele gratulierten, so der Bürgermeister und die Sportministerin Jana Kellner („Niemand hat diesen Titel mehr verdient als sie.“).",
            "„Niemand",
            "die Sportministerin Jana Kellner",
        ),
    ],
)
def test_quote_in_parentheses_after_a_person_is_theirs(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


# --------------------------------------------------------------------------- who is told


def test_subject_of_sollte_wissen_is_told_not_telling():
    text = "Der Präsident sagte am Sonntag weiter, das Land sei ein „Opfer der Gewalt“ und der Rebellenführer sollte wissen, „dass wir ihn finden werden.“"
    assert mention_of(text, "„dass wir") == "Der Präsident"


def test_subject_of_will_wissen_still_claims():
    # guard: "will wissen" is the subject's own claim
    text = "Der Sender will wissen, dass der Minister „bald zurücktritt“."
    assert mention_of(text, "„bald") == "Der Sender"


# --------------------------------------------------------------------------- documents as sources


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Von einem „schweren Fehler“ spricht der Bericht, wenn Daten „gezielt gesammelt“ werden.", "„gezielt", "der Bericht"),
        ("Von einem „tiefen Eingriff in die Privatsphäre“ spricht der Gesetzentwurf, wenn Daten gesammelt werden.", "„tiefen", "der Gesetzentwurf"),
    ],
)
def test_document_as_subject_of_a_verb_of_saying_is_the_source(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Die Werbung ist nach Bewertung von Polizei und Staatsanwaltschaft „kein Anlass für Maßnahmen“.", "„kein", "Bewertung von Polizei und Staatsanwaltschaft"),
        ("„Wir sind sehr zufrieden“, heißt es in einer Erklärung von Polizei und Feuerwehr.", "„Wir sind", "einer Erklärung von Polizei und Feuerwehr"),
        (
            "„Wir sind sehr zufrieden“, heißt es in einer gemeinsamen Erklärung des Betriebsrates und der Gewerkschaft.",
            "„Wir sind",
            "einer gemeinsamen Erklärung des Betriebsrates und der Gewerkschaft",
        ),
    ],
)
def test_two_bodies_joined_in_the_source_tail(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Die Ministerin zu den Schulden: „Wir müssen sparen.“", "„Wir müssen", "Die Ministerin"),
        ("Der Sprecher der Polizei zu den Vorwürfen: „Wir prüfen das.“", "„Wir prüfen", "Der Sprecher der Polizei"),
    ],
)
def test_topic_of_a_colon_label_is_not_the_speaker(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


def test_name_of_a_body_before_a_colon_keeps_its_preposition():
    # guard: "zur" inside a body's name is no topic
    text = "Die Kommission zur Untersuchung der Vorfälle: „Wir legen den Bericht vor.“"
    assert mention_of(text, "„Wir legen") == "Die Kommission zur Untersuchung der Vorfälle"


# --------------------------------------------------------------------------- plural modals


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("„Wo ist meine Stimme?“, wollen die Demonstranten in der Hauptstadt seit Tagen wissen.", "„Wo ist", "die Demonstranten in der Hauptstadt"),
        ("„Wir bleiben hier“, sollen die Besetzer am Abend gerufen haben.", "„Wir bleiben", "die Besetzer"),
    ],
)
def test_subject_next_to_a_plural_modal_before_the_cue(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


def test_quote_closing_a_leading_clause_of_saying_is_not_the_main_clause_speakers():
    text = "Während Kellner erklärte, sehr aufgeregt zu sein, „größer wird es nicht“, räumte Jana Brandt ein, nervös zu sein."
    assert mention_of(text, "„größer") == "Kellner"


def test_waehrend_as_a_preposition_opens_no_leading_clause():
    # guard: "Während des Treffens sagte X" is a main clause, the verb after the quote is its cue
    text = "Während des Treffens sagte Kellner, „das wird schwer“, betonte Jana Brandt."
    assert mention_of(text, "„das wird") == "Jana Brandt"


def test_quote_before_the_main_clause_cue_still_has_it():
    # guard: without a leading clause of saying the verb after the quote is its cue
    text = "Während der Sitzung im Rathaus, „wir sind am Ende“, räumte Jana Brandt ein."
    assert mention_of(text, "„wir sind") == "Jana Brandt"


# --------------------------------------------------------------------------- the owner of a noun of speech


def test_konjunktiv_clause_after_a_reproach_belongs_to_its_owner():
    text = (
        "Auf den Vorwurf der Opposition, es handele sich um einen „teuren Plan“, mit dem man die Bürger "
        "„zum Sparen zwingen“ wolle, entgegnete die Ministerin, dass die Kosten gering seien."
    )
    assert mention_of(text, "„teuren") == "der Opposition"
    assert mention_of(text, "„zum Sparen") == "der Opposition"


def test_quote_after_the_answering_verb_stays_with_its_subject():
    # guard: the main clause's own quote belongs to the one who answers
    text = "Auf den Vorwurf der Opposition, es handele sich um einen teuren Plan, entgegnete die Ministerin: „Die Kosten sind gering.“"
    assert mention_of(text, "„Die Kosten") == "die Ministerin"


def test_a_statement_noun_cut_out_of_a_prepositional_phrase_is_no_source() -> None:
    text = (
        "Auf der Website des Vereins (Titel auf der Startseite seiner Website: „Wir stehen zusammen“) gibt es "
        "bislang keine Informationen zu den bekannt gewordenen Vorwürfen."
    )
    mentions = [q.mention for q in quotekit.extract(text) if "zusammen" in q.text]
    assert all(mention is None for mention in mentions)  # a speakerless short quote may be left out altogether
