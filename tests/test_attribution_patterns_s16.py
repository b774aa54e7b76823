"""Regression tests for attribution and resolution patterns fixed in session 16.

Each text is written for these tests in the style of German regional news (fictional people,
places and organisations). The patterns come from the misses of our own resolution batches, where
a quotation had no speaker at all. No sentence or name is taken from a corpus.
"""

from __future__ import annotations

import quotekit
from quotekit import QuoteType

from support import quote_with, speaker_of


def test_a_direct_quote_after_a_report_keeps_its_unlisted_epithet_speaker() -> None:
    # "…, erzählte die Lokalmatadorin. „…“": the quote without a cue goes on with the speaker of
    # the report just before, though no lexicon lists the epithet
    text = (
        "Die Läuferin Hanna Wiesholz kam als Dritte ins Ziel. Sie sei selbst überrascht gewesen, "
        "erzählte die Lokalmatadorin. „Ich wollte eigentlich nur ankommen.“"
    )
    assert speaker_of(text, "nur ankommen").name == "Hanna Wiesholz"


def test_an_unambiguous_konjunktiv_two_goes_on_with_the_report_before() -> None:
    text = (
        "Vereinschef Bernd Aschauer freut sich über den Zuschuss. „Das ist ein großer Tag für uns“, sagte der 64-Jährige. "
        "Bisher müssten die Jugendteams im Winter in die Nachbarorte fahren."
    )
    quote = quote_with(text, "Jugendteams")
    assert quote.type is QuoteType.INDIRECT_FREE_INDIRECT
    assert quote.speaker is not None and quote.speaker.name == "Bernd Aschauer"


def test_a_konjunktiv_two_that_looks_like_a_preterite_reports_nothing() -> None:
    # "gingen" is as much a preterite as a Konjunktiv II; "möchte" a wish in the author's voice
    text = (
        "„Wir haben gut gespielt“, sagte Trainerin Petra Kolb. Beide Mannschaften gingen mit neuen Aufstellungen ins Spiel. "
        "„Ich bin zufrieden“, sagte Kolb. Der Verein möchte im Sommer ein Turnier ausrichten."
    )
    quotes = list(quotekit.extract(text))
    assert not any("Aufstellungen" in q.text or "Turnier" in q.text for q in quotes)


def test_a_konjunktiv_two_is_no_report_in_a_new_paragraph_or_two_sentences_on() -> None:
    text = (
        "„Wir haben gut gespielt“, sagte Trainerin Petra Kolb.\n\nDas könnte sich im Rückspiel ändern. "
        "„Ich bin zufrieden“, sagte Kolb. Die Halle ist voll. Das dürfte die Kasse freuen."
    )
    quotes = list(quotekit.extract(text))
    assert not any("Rückspiel" in q.text or "Kasse" in q.text for q in quotes)


def test_a_cue_noun_inside_a_konjunktiv_clause_is_part_of_what_is_said() -> None:
    # "Man sei im Gespräch": the noun is said, it opens no report of its own
    text = (
        "„Das hat uns überrascht“, sagte Geschäftsführerin Anke Dorfner. Man sei mit zwei Firmen im Gespräch, "
        "Einzelheiten könne sie noch nicht nennen."
    )
    quote = quote_with(text, "zwei Firmen")
    assert quote.text.startswith("Man sei mit zwei Firmen")
    assert quote.speaker is not None and quote.speaker.name == "Anke Dorfner"


def test_the_name_after_a_copula_is_what_the_next_pronoun_takes_up() -> None:
    # "Kurator der Schau ist X. …, sagte er": the sentence is about X, not about the painter quoted before
    text = (
        "Die Galerie zeigt Bilder des Malers Anton Wirtl. „Das Licht lügt nicht“, sagt der 81-Jährige. "
        "Leiter der Schau ist Vereinschef Gregor Haslbeck. Man habe 300 Bilder gesichtet, berichtete er."
    )
    assert speaker_of(text, "300 Bilder").name == "Gregor Haslbeck"


def test_a_role_phrase_as_subject_right_after_someone_new_is_about_them() -> None:
    # "Der Sanierer hat …" (no cue) after the sentence that introduced the expert: the pronoun
    # at the cue after it takes up the expert, not the manager quoted before
    text = (
        "„Es tut mir weh“, sagte Geschäftsführer Tobias Wendling. Als Verwalter wurde der Jurist Holger Brenzinger eingesetzt. "
        "Der Sanierer hat schon viele Firmen gerettet. Einige Filialen werde man schließen müssen, sagte er."
    )
    assert speaker_of(text, "Filialen").name == "Holger Brenzinger"


def test_the_authors_comment_on_a_report_in_konjunktiv_two_is_no_quotation() -> None:
    # the author's own estimate or comment right after a quotation: "Das könnte …", "Für X dürfte
    # das …", an epistemic "dürfte"; but a negated "dürften nicht" forbids and is reported
    comments = [
        "„Wir steigen auf“, sagte Trainerin Vera Lindt. Das könnte für den Verein teuer werden.",
        "„Die Halle wird abgerissen“, sagte Bauamtsleiter Kai Fromm. Für viele Vereine dürfte das ein Problem sein.",
        "„Wir klagen“, sagte Anwalt Jens Moor. Ein Urteil dürfte frühestens im Sommer fallen.",
    ]
    for text in comments:
        assert len(list(quotekit.extract(text))) == 1, text
    text = "„Der Steg ist morsch“, sagte Hafenmeister Uwe Brack. Die Boote dürften dort nicht mehr anlegen."
    assert speaker_of(text, "Boote dürften").name == "Uwe Brack"


def test_a_konjunktiv_two_after_a_bare_verb_of_saying_is_no_quotation() -> None:
    # "Der Rat stimmte zu" reports nothing itself: the next sentence's Konjunktiv II is no report
    text = "Kämmerer Olaf Hirt sagte, die Kasse sei leer. Der Rat stimmte zu. Neue Straßen müssten warten."
    assert not any("Straßen" in q.text for q in quotekit.extract(text))


def test_a_result_named_by_a_copula_leaves_the_pronoun_to_the_speaker_before() -> None:
    text = (
        "„Die Wahl fiel schwer“, sagte Jurorin Helga Brandt. Siegerin ist die Schülerin Lea Funk. "
        "Alle Bilder seien stark gewesen, sagte sie."
    )
    assert speaker_of(text, "Alle Bilder").name == "Helga Brandt"


def test_a_capitalised_adjective_and_a_field_belong_to_an_organisations_name() -> None:
    text = (
        "Nach dem Grubenunglück rückten Retter der Chilenischen Behörde für Bergbausicherheit an. "
        "Man habe zwölf Teams entsandt, teilte die Behörde mit."
    )
    assert speaker_of(text, "zwölf Teams").name == "Chilenische Behörde für Bergbausicherheit"
    text = (
        "Ein Team der Hochschule für angewandte Informatik Lindau hat den Preis gewonnen. "
        "Man sei sehr stolz, teilte die Hochschule mit."
    )
    assert speaker_of(text, "sehr stolz").name == "Hochschule für angewandte Informatik Lindau"
    # an article after "für" is no adjective of a field: the name is not cut after its noun
    text = (
        "In den Mensen des Studierendenwerks für die Hochschulen der Region Talberg steigen die Preise. "
        "Man müsse die Kosten decken, teilte die Einrichtung mit."
    )
    assert speaker_of(text, "Kosten decken").name != "Studierendenwerk für die Hochschulen"


def test_reported_speech_says_er_of_its_own_speaker() -> None:
    # "Überrascht habe ihn …, sagte der Statistiker": in Konjunktiv the speaker speaks of himself
    # in the third person, so the "ihn" does not make him someone the quotation is about
    text = (
        "Ihr Kollege Jonas Wernick hat die Daten ausgewertet. Überrascht habe ihn vor allem der Anstieg, "
        "sagte der Statistiker."
    )
    assert speaker_of(text, "Anstieg").name == "Jonas Wernick"
    # in direct speech the pronoun still names someone else
    text = "Torwart Lars Behring verletzte sich im Training. „Er fällt sechs Wochen aus“, sagte der Mannschaftsarzt."
    assert speaker_of(text, "sechs Wochen").name != "Lars Behring"


def test_a_relative_or_someone_pointing_back_is_no_description_of_the_new_person() -> None:
    # the guards a review found: "Die Schwester" and a clause with "ihn" name someone else
    text = "Vermisst wird die Joggerin Nina Kempf. Die Schwester hat eine Suche gestartet. „Nina läuft immer dieselbe Runde“, sagte sie."
    assert speaker_of(text, "dieselbe Runde").name != "Nina Kempf"
    text = "Neu im Rat ist der Schreiner Paul Wendt. Der Ortsvorsteher hat ihn vereidigt. „Wir freuen uns“, sagte er."
    assert speaker_of(text, "Wir freuen uns").name != "Paul Wendt"


def test_a_noun_of_origin_carries_a_direct_quote_from_the_sentence_before() -> None:
    text = (
        "Trainer Dragan Ilić zollte dem Gegner Respekt. Seine Mannschaft habe die Partie unterschätzt, gab der Serbe zu. "
        "„Wir waren mit dem Kopf woanders.“"
    )
    assert speaker_of(text, "Kopf woanders").name == "Dragan Ilić"


def test_der_junge_is_no_one_known_by_an_adults_role() -> None:
    text = (
        "Vereinschef Olaf Brandt lobte die Helfer. Sein Stellvertreter Bernd Lasko hatte einen Grill organisiert. "
        "Auch Familie Kaya war dabei. Man habe um acht Uhr angefangen, erzählt Mutter Selin Kaya. Der Jüngere, "
        "der siebenjährige Deniz, hatte einen Kochtopf gefunden. „Das ist ein echter Schatz, Mama!“, rief der Junge begeistert."
    )
    assert speaker_of(text, "echter Schatz").name != "Bernd Lasko"
