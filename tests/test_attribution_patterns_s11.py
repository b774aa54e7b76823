"""Regression tests for speaker attribution patterns of direct quotes fixed in session 11.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus). The assertion is
on the mention text: the words that name who speaks.
"""

from __future__ import annotations

import pytest

import quotekit

from support import mention_of

# --------------------------------------------------------------------------- extended attributes


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Tausende zogen durch die Stadt und der sich selbst gern als Retter der Stadt darstellende Unternehmer Jonas Kellermann "
            "rief vor den versammelten Anhängern aus: „Der Bürgermeister muss gehen!“",
            "der sich selbst gern als Retter der Stadt darstellende Unternehmer Jonas Kellermann",
        ),
        (
            "Die Menge rief Parolen und der wie ein Star gefeierte Sänger Jonas Kellermann sagte: „Ich komme wieder.“",
            "der wie ein Star gefeierte Sänger Jonas Kellermann",
        ),
    ],
)
def test_clause_word_inside_an_extended_participle_attribute_ends_no_subject(text: str, speaker: str) -> None:
    # "als" / "wie" open clauses, but inside "der … als Retter … darstellende X" they are part of the attribute
    assert mention_of(text, "„") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Jonas Kellermann, ein langjähriges, dem linken Flügel der Partei zugehöriges Mitglied des Stadtrats, "
            "wollte sich noch nicht festlegen, sagte aber, die Partei müsse „jetzt über ihre Fehler reden“.",
            "Jonas Kellermann, ein langjähriges, dem linken Flügel der Partei zugehöriges Mitglied des Stadtrats",
        ),
        (
            "Jonas Kellermann, ein langjähriges, erfahrenes Mitglied des Stadtrats, sagte: „Wir müssen reden.“",
            "Jonas Kellermann, ein langjähriges, erfahrenes Mitglied des Stadtrats",
        ),
        ("Der junge, in Hamburg geborene Sänger Jonas Kellermann sagte: „Ich komme wieder.“", "Der junge, in Hamburg geborene Sänger Jonas Kellermann"),
    ],
)
def test_comma_between_coordinated_attributes_of_one_noun_ends_no_phrase(text: str, speaker: str) -> None:
    assert mention_of(text, "„") == speaker


def test_participle_before_a_comma_and_an_object_is_no_coordinated_attribute():
    # guard: "vorgesehen, die … geleisteten Stunden" is a verb and the object of the next clause
    import quotekit

    text = "Im ursprünglichen Entwurf war vorgesehen, die über Jahre von den Lehrern geleisteten Stunden nicht zu zählen."
    assert all(q.mention is None or "vorgesehen" not in q.mention.text for q in quotekit.extract(text))


# --------------------------------------------------------------------------- cues inside other quotes


def test_verb_inside_another_quote_of_the_sentence_is_no_cue():
    # "rechne" is the quoted speaker's own word in the first quote, not a verb of the sentence
    text = "Der Kanzler hatte damals zwei Sätze zum Maßstab erklärt, „Ich rechne damit, dass es uns gelingt“ und „Wir werden das schaffen“."
    assert mention_of(text, "„Wir werden") == "Der Kanzler"


# --------------------------------------------------------------------------- sentence ends


def test_lowercase_word_after_a_full_stop_goes_on_with_the_sentence():
    # "XIV." closes a Roman numeral, not the sentence: the report runs on to its Konjunktiv verb
    import quotekit

    text = "Der Bischof sagte, wegen der von Papst Leo XIV. erlassenen Regeln gebe es „keinen Spielraum“."
    reports = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.INDIRECT]
    assert [q.text for q in reports] == ["wegen der von Papst Leo XIV. erlassenen Regeln gebe es „keinen Spielraum“"]
    (quote,) = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]
    assert quote.cue is not None and quote.cue.text == "sagte"


# --------------------------------------------------------------------------- relative clauses in quotes


def test_quote_opening_a_relative_clause_is_no_content_of_the_verb_before():
    # "findet, „die die …“": the quote describes "eine Person"; the report of the sentence before goes on
    text = (
        "Bischof Jonas Kellermann hofft, „dass der Rat nicht nachgibt.“ "
        "Es sei ohnehin schwierig, dass der Rat in so kurzer Zeit eine Person findet, „die die Kirche aus der Krise führen könnte.“"
    )
    assert mention_of(text, "„die die") == "Bischof Jonas Kellermann"


def test_quote_opening_with_an_article_is_content_of_the_verb_before():
    # guard: "„die Stadt …“" opens with an article, not a relative pronoun
    text = "Der Bürgermeister erklärte am Montag, „die Stadt wird das Geld zurückzahlen.“"
    assert mention_of(text, "„die Stadt") == "Der Bürgermeister"


# --------------------------------------------------------------------------- separable particles


@pytest.mark.parametrize(
    "text",
    [
        "Die Feier findet nach Angaben der Veranstalter am kommenden Montag im Rathaus statt.",
        "Der Minister sagte seinen Besuch in der Hauptstadt wegen des Streiks ab.",
        "Es sah zunächst so aus, als ob der Zug pünktlich ankommen würde.",
    ],
)
def test_verb_of_saying_with_the_particle_of_another_verb_is_no_cue(text: str) -> None:
    # stattfinden, absagen, aussehen: the particle closing the clause makes another verb
    from quotekit.api import annotate
    from quotekit.cues import CueKind, find_cues

    assert [c.lemma for c in find_cues(annotate(text)) if c.kind is CueKind.VERB] == []


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("„Guten Tag, da bin ich wieder“, mit diesen Worten meldete sich der Trainer auf der Pressekonferenz zurück.", "„Guten", "der Trainer"),
        (
            "Die Kanzlerin begrüßte den Beschluss und griff die Regierung in Teheran scharf an: „Das ist nicht hinnehmbar.“",
            "„Das ist",
            "Die Kanzlerin",
        ),
        ("Der Abgeordnete Jonas Kellermann bezeichnete den Besuch als ein „wichtiges Signal“.", "„wichtiges", "Der Abgeordnete Jonas Kellermann"),
    ],
)
def test_particle_of_a_listed_verb_or_a_second_predicate_keeps_the_cue(text: str, quote: str, speaker: str) -> None:
    assert mention_of(text, quote) == speaker


def test_ansehen_als_reports_a_view():
    import quotekit

    text = "Das Gericht sah es als erwiesen an, dass die Männer den Anschlag geplant hatten."
    (report,) = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.INDIRECT]
    assert report.mention is not None and report.mention.text == "Das Gericht"


def test_question_asked_back_keeps_its_cue():
    # guard: zurückfragen is a verb of saying of its own
    text = "Der Bürgermeister versprach feste Zeiten. „Wer soll das kontrollieren?“, fragte der Anwohner zurück."
    assert mention_of(text, "„Wer") == "der Anwohner"


# --------------------------------------------------------------------------- quoted names in a colon clause


def test_quoted_name_after_a_preposition_does_not_end_the_clause_before_a_colon():
    # "von „nova energie“": the preposition's object; the clause and its "heißt es" go on before it
    text = "So heißt es in der Meldung auf der Seite von „nova energie“ wörtlich: „Ziel ist eine bessere Versorgung.“"
    # (the place of the statement belongs to it since session 13: test_attribution_patterns_s13.py)
    assert mention_of(text, "„Ziel") == "der Meldung auf der Seite"


# --------------------------------------------------------------------------- separated particles after appositions


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Am Montag teilte der Sprecher der Polizei, Hans Muster, der Zeitung mit, der Täter sei gefasst.",
            "der Täter sei gefasst",
            "der Sprecher der Polizei, Hans Muster",
        ),
        (
            "Am Abend gab die Leiterin der Behörde, Dr. Anna Muster (SPD), bekannt, das Amt werde geschlossen.",
            "das Amt werde geschlossen",
            "die Leiterin der Behörde, Dr. Anna Muster (SPD)",
        ),
        ("Am Montag teilte die Polizei der Stadt mit, der Täter sei gefasst.", "der Täter sei gefasst", "die Polizei der Stadt"),
    ],
)
def test_separated_particle_after_a_comma_apposition_closes_the_cue(text: str, content: str, speaker: str) -> None:
    import quotekit

    (report,) = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.INDIRECT]
    assert report.text == content
    assert report.mention is not None and report.mention.text == speaker


# --------------------------------------------------------------------------- Stellung nehmen, generic subjects


def test_stellung_nehmen_is_a_verb_of_saying():
    text = "Am Abend nahm der Bürgermeister zu den Vorwürfen Stellung: „Ich habe nichts zu verbergen.“"
    assert mention_of(text, "„Ich") == "der Bürgermeister"


def test_generic_subject_of_a_konjunktiv_sentence_leaves_its_quote_to_the_speaker_before():
    # "Jeder Schüler" names everyone: the quoted phrase is the minister's, who took a stand before
    text = (
        "Am Rande der Sitzung nahm auch die Ministerin Jana Kellner zu dem Streit Stellung. "
        "Jeder Schüler könne „die Prüfung im nächsten Jahr wiederholen“."
    )
    assert mention_of(text, "„die Prüfung") == "die Ministerin Jana Kellner"


# --------------------------------------------------------------------------- interrupted quotes


def test_two_parts_around_a_source_particle_are_one_quote():
    text = "Die Polizei habe Erfolge erzielt. „Allerdings bleibt das Problem der Verlagerung“ laut Jonas Kellermann „auch in Zukunft bestehen“."
    (quote,) = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]
    assert [p.text for p in quote.parts] == ["„Allerdings bleibt das Problem der Verlagerung“", "„auch in Zukunft bestehen“"]
    assert quote.mention is not None and quote.mention.text == "Jonas Kellermann"


def test_two_quotes_of_a_sentence_with_words_between_stay_two():
    # guard: a verb between the parts ("„A“ nannte X „B“") is no interruption by a particle
    text = "Den Plan nannte Jonas Kellermann „mutig“, die Kosten „viel zu hoch“."
    assert len([q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]) == 2


# --------------------------------------------------------------------------- words read off a place


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Am Rathaus hing ein großes Plakat. Darauf waren die Worte zu lesen: „Wir bleiben hier.“", "Darauf"),
        ("Auf dem Plakat war am Morgen zu lesen: „Wir bleiben hier.“", "dem Plakat"),
        ("Am Eingang hing ein Zettel, auf dem geschrieben stand: „Heute geschlossen.“", "ein Zettel"),
        ("Damals musste an jeder Tür ein Zettel hängen, auf dem geschrieben stand: „Bitte leise sein.“", "ein Zettel"),
        ("Auf dem Schild stand geschrieben: „Betreten verboten.“", "dem Schild"),
    ],
)
def test_place_where_words_are_read_is_their_source(text: str, speaker: str) -> None:
    assert mention_of(text, "„") == speaker


def test_writer_of_a_participle_keeps_the_quote():
    # guard: "hat geschrieben" names who wrote, no place
    assert mention_of("Der Minister hat am Montag geschrieben: „Wir bleiben hier.“", "„") == "Der Minister"


# --------------------------------------------------------------------------- role nouns


def test_head_of_state_is_a_role_of_a_person():
    text = "Das Staatsoberhaupt des Landes, die Königin Anna, bat den Premierminister, ihre „tiefe Anteilnahme den Familien zu übermitteln“."
    assert mention_of(text, "„tiefe") == "Das Staatsoberhaupt des Landes, die Königin Anna"


# --------------------------------------------------------------------------- first conjuncts


def test_subject_of_a_first_conjunct_after_a_quoted_name_in_first_position():
    text = (
        "Unter dem Motto „Freiheit statt Angst“ zogen die Demonstranten durch die Innenstadt und skandierten dabei "
        "Parolen wie „Stoppt den Wahnsinn“ oder „Sinnlos, teuer, einfach dumm“."
    )
    assert mention_of(text, "„Sinnlos") == "die Demonstranten"


def test_quote_after_zum_beispiel_is_no_name_of_the_noun_beispiel():
    text = "Die Demonstranten zogen durch die Innenstadt und skandierten Parolen wie zum Beispiel „Stoppt den Wahnsinn“."
    assert mention_of(text, "„Stoppt") == "Die Demonstranten"


def test_nach_with_a_possessive_idea_names_the_source():
    text = "Der Minister will das Verfahren ändern. Nach Kellermanns Idee soll „im Zweifel die Mehrheit entscheiden“."
    assert mention_of(text, "„im Zweifel") == "Kellermanns Idee"


# --------------------------------------------------------------------------- abbreviations


def test_lowercase_abbreviation_of_single_letters_is_no_speaker():
    text = "Für die Behörden gehört u.a. zu den Verdachtsmomenten, dass der Mann die Route „mehrmals gekreuzt“ haben soll."
    assert all(q.mention is None or q.mention.text != "u.a." for q in quotekit.extract(text))


@pytest.mark.parametrize(("text", "speaker"), [("„Wir sind zufrieden“, teilte kiez.net mit.", "kiez.net"), ("„Wir sind zufrieden“, sagte C.Y. Leung.", "C.Y. Leung")])
def test_web_names_and_initials_stay_names(text: str, speaker: str) -> None:
    assert mention_of(text, "„Wir") == speaker


# --------------------------------------------------------------------------- long inserts


def test_long_relative_clause_between_subject_and_verb():
    text = (
        "Wie der Jurist Jonas Kellermann, der als Begleiter des Anwalts Hans Muster am 20. August 2019 zur Beobachtung "
        "bei der mündlichen Anhörung vor dem Gericht in der Hauptstadt anwesend war, dazu feststellt, verlangt "
        "„das Gesetz einen klaren Beweis. Den gab es nicht.“"
    )
    assert mention_of(text, "„das Gesetz") == "der Jurist Jonas Kellermann"
