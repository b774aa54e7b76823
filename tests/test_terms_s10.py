"""Regression tests for short quoted words and phrases (scare quotes, terms, partial quotes) fixed
in session 10: which of them are someone's words, with a speaker, and which stay unattributed
names or titles.

Each sentence is written for these tests in the style of German news (the patterns come from the
error analysis of the train split; no sentence or name is taken from a corpus).
"""

from __future__ import annotations

import pytest

import quotekit

from support import direct_quotes, mention_of, no_speaker

# --------------------------------------------------------------------------- an indefinite article in a report


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # dative "einer" after a preposition
        ("Der Sprecher Max Lorenz sprach von einer „Katastrophe“.", "„Katastrophe", "Der Sprecher Max Lorenz"),
        ("Der Verband warnte vor einer „Kostenexplosion“.", "„Kostenexplosion", "Der Verband"),
    ],
)
def test_a_capitalised_term_after_an_indefinite_article_in_a_report_is_the_speakers_word(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # genitive indefinite: a label, as a title would be
        ("Die Ministerin Anna Feldt erklärte, man wolle dem Land den Status eines „Beitrittskandidaten“ geben.", "„Beitrittskandidaten"),
        ("Der Minister sagte, man wolle der Stadt den Status einer „Sonderzone“ geben.", "„Sonderzone"),
        # the quoted words open a compound: a modifier, nobody's phrase
        ("Der Sprecher Tom Wendel sagte, an eine „Eins zu Eins“-Lösung sei nicht gedacht.", "„Eins"),
        # a definite article: a name already known
        ("Kapitän Ole Brandt sagte, die „Nordstern“ liege noch im Hafen.", "„Nordstern"),
        # inside the content of a report: titles and names of things
        ("Er habe einen „Seewolf“ gedreht, sagte Regisseur Jan Holz.", "„Seewolf"),
        ("Die Stadt habe einen „Masterplan Altstadt“ beschlossen, sagte Bürgermeisterin Vera Lunz.", "„Masterplan"),
    ],
)
def test_a_term_in_a_report_without_an_indefinite_article_of_its_own_stays_a_term(text: str, quote: str) -> None:
    assert no_speaker(text, quote)


# --------------------------------------------------------------------------- glosses in parentheses


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # items of a list of names in parentheses
        ("Sie hielt der Regierung die Kürzungen bei den Leistungen („Bürgergeld“, „Rente mit 70“) entgegen.", "„Rente mit 70"),
        ("Die Vorsitzende nannte als Streitpunkte die Sozialreformen („Bürgergeld“, „Rente mit 70“) und die Steuern.", "„Rente mit 70"),
        # a translation in parentheses after the quoted words
        ("Der Angreifer rief laut Zeugen „Freiheit für Norland“ (deutsch „Freiheit für das Nordland“).", "„Freiheit für das"),
    ],
)
def test_a_short_quote_in_parentheses_is_a_gloss_without_speaker(text: str, quote: str) -> None:
    assert no_speaker(text, quote)


def test_a_short_quote_in_parentheses_with_its_own_cue_stays_a_quotation():
    text = "Die Behörde ließ neun Demonstranten (von der Regierung als „gefährliche Unruhestifter“ bezeichnet) frei."
    quotes = [q for q in direct_quotes(text) if q.text.startswith("„gefährliche")]
    assert len(quotes) == 1 and quotes[0].cue is not None and quotes[0].cue.text == "bezeichnet"


# --------------------------------------------------------------------------- names with a gloss


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Sprecher Paul Brenner sagte, der „Rat für regionale Entwicklung“ (Regional Development Council) werde im Mai tagen.", "„Rat"),
        ("Der Verband Freier Verleger feiert im Herbst die „Woche des freien Wortes“ (Free Speech Week).", "„Woche"),
        # a longer name, capitalised
        ("Ministerpräsident Jan Olsen sagte, das „Bündnis für Demokratie gegen die Diktatur“ (BDD) habe den Aufruf unterschrieben.", "„Bündnis"),
        # the abbreviation inside the marks
        ("Die Vorsitzende Lisa Marten sagte, der „Bund der Imker e.V. (BdI)“ unterstütze die Kampagne.", "„Bund"),
    ],
)
def test_a_quote_before_its_abbreviation_or_translation_in_parentheses_is_a_name(text: str, quote: str) -> None:
    assert no_speaker(text, quote)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a lowercase partial quote before its source
        ("Nach der Satzung bestimmt der Vorstand „die Richtlinien der Vereinsarbeit und trägt dafür die Verantwortung“ (Paragraf 7).", "„die", "der Vorstand"),
        # a quoted sentence before a note in parentheses
        ("Der Kommandant meldete: „Wir sind sicher gelandet.“ (Übersetzung der Redaktion)", "„Wir", "Der Kommandant"),
    ],
)
def test_quoted_words_before_a_parenthesis_that_are_no_name_keep_their_speaker(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


# --------------------------------------------------------------------------- a speaker that is no one


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Der Verlust resultiert aus dem Teilchenstrom, der von der Sonne ausgeht und als „Sonnenwind“ bezeichnet wird.", "„Sonnenwind"),
        ("Danach schwanden die Chancen des Herausforderers, bis Kessler ihn im dritten Satz „demontierte“.", "„demontierte"),
    ],
)
def test_a_short_quote_whose_only_speaker_candidate_names_no_one_is_left_out_as_a_term(text: str, quote: str) -> None:
    assert not [q for q in direct_quotes(text) if q.text.startswith(quote)]


def test_include_terms_keeps_a_short_quote_whose_speaker_candidate_names_no_one():
    text = "Der Verlust resultiert aus dem Teilchenstrom, der von der Sonne ausgeht und als „Sonnenwind“ bezeichnet wird."
    quotes = [q for q in quotekit.extract(text, include_terms=True) if q.text.startswith("„Sonnenwind")]
    assert len(quotes) == 1 and quotes[0].mention is None


# --------------------------------------------------------------------------- a quoted phrase in a Konjunktiv sentence


def test_a_quoted_phrase_in_a_konjunktiv_sentence_goes_on_with_the_speaker_of_the_sentence_before():
    text = (
        "Der Bürgermeister Jens Albers forderte alle Bewohner, die bereits in ihre Häuser zurückgekehrt waren, "
        "zum sofortigen Verlassen der Stadt auf. Kämen sie dem nicht nach, so „helfe ihnen der Himmel“."
    )
    assert mention_of(text, "„helfe") == "Der Bürgermeister Jens Albers"


def test_a_quoted_phrase_in_a_konjunktiv_sentence_reaches_back_over_sentences_without_a_verb_of_saying():
    text = (
        "Der Minister Carl Weber weist selbst auf neue Risiken hin. Dazu gehöre unter anderem die Gesichtserkennung. "
        "Auch die Ortung von Mobiltelefonen erschließt weitere Möglichkeiten. So gewonnene Daten seien „in hohem Maße heikel“."
    )
    assert mention_of(text, "„in hohem") == "Der Minister Carl Weber"


def test_a_quoted_phrase_in_a_konjunktiv_sentence_does_not_reach_back_into_the_paragraph_before():
    text = (
        "Der Minister Carl Weber weist selbst auf neue Risiken hin.\n\n"
        "Auch die Ortung von Mobiltelefonen erschließt weitere Möglichkeiten. So gewonnene Daten seien „in hohem Maße heikel“."
    )
    assert no_speaker(text, "„in hohem")
