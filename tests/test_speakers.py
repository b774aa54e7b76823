"""Speaker mentions and entities for direct quotations, one test per attribution pattern.

Every sentence here is written for the tests in the style of German news; none is taken from a
corpus or from the seed articles.
"""

from __future__ import annotations

import pytest

import quotekit
from quotekit import Person, SpeakerKind


def only(text: str, **kwargs):
    quotes = [q for q in quotekit.extract(text, **kwargs) if q.type is quotekit.QuoteType.DIRECT]
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_cue_after_with_pronoun_resolves_to_last_named_person():
    text = (
        "Finanzministerin Petra Kowalski hat den Haushalt verteidigt. "
        "„Wir sparen nicht an der Bildung“, sagte sie am Mittwoch."
    )
    quote = only(text)
    assert quote.mention.text == "sie"
    assert quote.cue.text == "sagte"
    assert quote.speaker.name == "Petra Kowalski"
    assert quote.evidence.endswith("cue-after+pronoun")


def test_inverted_subject_with_role_and_name():
    text = "„Die Lage ist ernst“, erklärte der bayerische Innenminister Hubert Brandl in München."
    quote = only(text)
    assert quote.mention.text == "der bayerische Innenminister Hubert Brandl"
    assert quote.speaker.name == "Hubert Brandl"
    assert quote.speaker.kind is SpeakerKind.PERSON


def test_subject_before_cue_and_colon():
    text = "Der Gewerkschaftschef Tobias Reimann erklärte: „Wir werden weiter streiken.“"
    quote = only(text)
    assert quote.mention.text == "Der Gewerkschaftschef Tobias Reimann"
    assert quote.speaker.name == "Tobias Reimann"


def test_so_cue_after_quote():
    text = "Trainer Marco Lenz war zufrieden. „Die Mannschaft hat gekämpft“, so der Trainer."
    quote = only(text)
    assert quote.mention.text == "der Trainer"
    assert quote.speaker.name == "Marco Lenz"


def test_role_noun_links_through_apposition_seen_later():
    text = (
        "„Wir ziehen unsere Botschafter ab“, sagte der kanadische Außenminister am Montag.\n\n"
        "Bis Ende des Monats, sagte Außenminister Daniel Fournier, werde die Botschaft geschlossen."
    )
    quote = only(text)
    assert quote.mention.text == "der kanadische Außenminister"
    assert quote.speaker.name == "Daniel Fournier"


def test_surname_links_to_full_name():
    text = (
        "Die Grünen-Politikerin Anna Berger kritisierte den Plan. "
        "„Das ist ein Rückschritt“, sagte Berger der Zeitung."
    )
    quote = only(text)
    assert quote.speaker.name == "Anna Berger"
    assert {m.text for m in quote.speaker.mentions} >= {"Anna Berger", "Berger"}


def test_colon_paragraph_introducer():
    text = "Der Bürgermeister der Stadt, Klaus Wendt, sagte:\n\n„Wir bauen die Brücke neu.“"
    quote = only(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Klaus Wendt"
    assert quote.mention.text.startswith("Der Bürgermeister")


def test_apposition_between_name_and_cue():
    text = "Jonas Pfeiffer, Sprecher des Verkehrsministeriums, sagte: „Die Strecke bleibt gesperrt.“"
    quote = only(text)
    assert quote.mention.text == "Jonas Pfeiffer, Sprecher des Verkehrsministeriums"
    assert quote.speaker.name == "Jonas Pfeiffer"


def test_interrupted_quote_is_one_quote_with_two_parts():
    text = "„Wir sind bereit“, sagte die Ministerin, „aber wir brauchen mehr Zeit.“"
    quote = only(text)
    assert len(quote.parts) == 2
    assert quote.mention.text == "die Ministerin"


def test_continuation_in_next_paragraph_keeps_speaker():
    text = (
        "„Wir haben alles versucht“, sagte Kapitänin Maria Olsen.\n\n"
        "„Am Ende war das Wetter stärker als wir.“"
    )
    quotes = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]
    assert len(quotes) == 2
    assert quotes[1].speaker is not None and quotes[1].speaker.name == "Maria Olsen"
    assert "continuation" in quotes[1].evidence


def test_alternating_speakers_keep_their_own_quotes():
    text = (
        "„Die Reform kommt zu spät“, sagte Oppositionsführer Peter Brandt. "
        "„Sie kommt genau richtig“, entgegnete Regierungssprecherin Lena Vogt."
    )
    quotes = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]
    assert [q.speaker.name for q in quotes] == ["Peter Brandt", "Lena Vogt"]


def test_organisation_as_speaker():
    text = "„Die Vorwürfe sind haltlos“, teilte das Verteidigungsministerium mit."
    quote = only(text)
    assert quote.mention.text == "das Verteidigungsministerium"
    assert quote.speaker.kind is SpeakerKind.ORGANISATION


def test_pronoun_gender_skips_incompatible_person():
    text = (
        "Kanzlerin Sabine Roth traf Präsident Marco Ferri in Rom. "
        "„Wir stehen an der Seite Italiens“, sagte sie."
    )
    quote = only(text)
    assert quote.speaker.name == "Sabine Roth"


def test_no_cue_gives_no_speaker():
    text = "Die Ausstellung trägt den Titel „Licht und Schatten im Norden der Stadt am Meer“."
    quotes = quotekit.extract(text)
    assert all(q.speaker is None for q in quotes)


def test_registry_links_entity_to_user_id():
    text = "„Wir bleiben hart“, sagte Ministerpräsident Karl Hofer."
    quote = only(text, speakers=[Person("Karl Hofer", aliases=["Hofer"], id="Q999001")])
    assert quote.speaker.id == "Q999001"


def test_quotes_group_by_speaker():
    text = (
        "„Das Projekt ist tot“, sagte Stadtrat Uwe Kranz. „Wir fangen neu an“, fügte Kranz hinzu."
    )
    result = quotekit.extract(text)
    groups = result.by_speaker()
    person = next(s for s in result.speakers if s.name == "Uwe Kranz")
    assert len(groups[person]) == 2


@pytest.mark.parametrize(
    "text, mention",
    [
        ("„Es reicht“, sagte er.", "er"),
        ("„Es reicht“, betonte die Sprecherin der Polizei.", "die Sprecherin der Polizei"),
        ("„Es reicht“, sagte am Dienstag der SPD-Politiker.", "der SPD-Politiker"),
        ("Laut Innenministerin Katrin Graf ist die Lage „unter Kontrolle“.", "Innenministerin Katrin Graf"),
    ],
)
def test_mention_patterns(text, mention):
    quotes = quotekit.extract(text, include_terms=True)
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == mention


# --- regression tests: one per category of miss found in the error analysis on the train split,
# each with a sentence written for the test in the same pattern.


def test_regression_prepositional_vorfeld_is_not_the_subject():
    text = "In einem Gespräch mit Reportern äußerte sich die Bürgermeisterin Eva Hahn zuversichtlich: „Wir schaffen das.“"
    quote = only(text)
    assert quote.mention.text == "die Bürgermeisterin Eva Hahn"


def test_regression_als_phrase_before_verb_is_not_the_subject():
    text = "Als Antwort auf die Kritik sagte ein Sprecher der Stadtwerke: „Die Preise bleiben stabil.“"
    quote = only(text)
    assert quote.mention.text == "ein Sprecher der Stadtwerke"


def test_regression_auxiliary_after_quote_then_participle():
    text = "„Wir werden die Fabrik erweitern“, hatte Firmenchef Lukas Brenner im Frühjahr erklärt."
    quote = only(text)
    assert quote.mention.text == "Firmenchef Lukas Brenner"
    assert quote.cue.text == "erklärt"


def test_regression_so_followed_by_verb_after_quote():
    text = "„Er ist ein harter Verhandler“, so charakterisierte ihn der Gewerkschafter Timo Kranz."
    quote = only(text)
    assert quote.mention.text == "der Gewerkschafter Timo Kranz"


def test_regression_nach_angaben_speaker_includes_the_noun():
    quotes = quotekit.extract("Nach Angaben der Feuerwehr sei das Feuer am Morgen ausgebrochen.")
    assert quotes and quotes[0].mention is not None
    assert quotes[0].mention.text == "Angaben der Feuerwehr"


def test_regression_neuter_es_is_no_speaker():
    text = "„Wir prüfen alle Möglichkeiten“, hieß es aus dem Rathaus."
    quotes = quotekit.extract(text)
    assert all(q.mention is None or q.mention.text.lower() != "es" for q in quotes)


def test_regression_reflexive_sich_is_skipped_before_inverted_subject():
    text = "Zuversichtlich äußerte sich der Trainer Jan Roth: „Wir gewinnen das Rückspiel.“"
    quote = only(text)
    assert quote.mention.text == "der Trainer Jan Roth"


def test_regression_sentence_initial_adverb_is_not_a_speaker():
    text = "„Die Reform ist gescheitert“, sagte die Abgeordnete Mia Wolf. Demgegenüber erklärte Minister Paul Frei: „Sie wirkt.“"
    quotes = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]
    assert quotes[1].mention.text == "Minister Paul Frei"


def test_regression_name_with_von_der_particles():
    text = "Ministerin Johanna von der Mühlen besuchte die Truppe. „Ich bin stolz auf Sie“, sagte sie."
    quote = only(text)
    assert quote.speaker.name == "Johanna von der Mühlen"


def test_regression_plural_role_is_not_resolved_to_a_single_person():
    text = (
        "Bürgermeister Rolf Anders eröffnete das Fest. "
        "„Wir erwarten zehntausend Gäste“, sagten die Veranstalter."
    )
    quote = only(text)
    assert quote.mention.text == "die Veranstalter"
    assert quote.speaker is None or "Anders" not in quote.speaker.name


def test_regression_pronoun_skips_capitalised_word_without_person_evidence():
    text = (
        "Die Sprecherin Lea Brandt bestätigte den Unfall. Augenzeugen berichteten von Rauch. "
        "„Niemand wurde verletzt“, sagte sie."
    )
    quote = only(text)
    assert quote.speaker.name == "Lea Brandt"


# --- with a tagger: the same rules read POS and NER from the user's pipeline (annotations set by
# hand here, as no German model can be downloaded in the test environment)


def _annotated_doc(words, spaces, pos, ents=()):
    import spacy
    from spacy.tokens import Doc, Span as SpacySpan

    nlp = spacy.blank("de")
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos)
    doc.ents = [SpacySpan(doc, start, end, label=label) for start, end, label in ents]
    return nlp, doc


def test_annotated_path_uses_ner_for_an_unknown_surname():
    words = ["„", "Wir", "bleiben", "hart", "“", ",", "sagte", "Okonkwo", "."]
    spaces = [False, True, True, False, False, True, True, False, False]
    pos = ["PUNCT", "PRON", "VERB", "ADJ", "PUNCT", "PUNCT", "VERB", "PROPN", "PUNCT"]
    nlp, doc = _annotated_doc(words, spaces, pos, ents=[(7, 8, "PER")])
    nlp.add_pipe("quotekit")
    doc = nlp.get_pipe("quotekit")(doc)
    [quote] = doc._.quotes
    assert quote.mention.text == "Okonkwo"
    assert quote.speaker.name == "Okonkwo"


def test_annotated_path_pos_tag_rules_out_a_capitalised_adverb():
    # "Folglich" is unknown to the lexicons; the tagger says ADV, so the subject is after the verb
    words = ["Folglich", "erklärte", "die", "Ärztin", ":", "„", "Es", "geht", "ihm", "gut", ".", "“"]
    spaces = [True, True, True, False, True, False, True, True, True, False, False, False]
    pos = ["ADV", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "PRON", "VERB", "PRON", "ADV", "PUNCT", "PUNCT"]
    nlp, doc = _annotated_doc(words, spaces, pos)
    nlp.add_pipe("quotekit")
    doc = nlp.get_pipe("quotekit")(doc)
    [quote] = doc._.quotes
    assert quote.mention.text == "die Ärztin"


def test_regression_heisst_es_in_takes_the_source_after_es():
    text = "„Die Preise steigen weiter“, heißt es in dem Bericht der Verbraucherzentrale."
    quote = only(text)
    assert quote.mention.text == "dem Bericht der Verbraucherzentrale"


def test_regression_quoted_newspaper_title_is_a_speaker():
    text = "„Der Markt ist gesättigt“, schreibt die „Wirtschaftswoche“."
    quote = only(text)
    assert quote.mention.text == "die „Wirtschaftswoche“"


def test_regression_quote_as_object_of_verb_final_clause_is_not_cue_after():
    text = "Der Konzernchef Ole Berg hatte den Bericht als „unseriös“ zurückgewiesen."
    quotes = quotekit.extract(text, include_terms=True)
    assert quotes and quotes[0].mention is not None
    assert quotes[0].mention.text == "Der Konzernchef Ole Berg"


def test_regression_headline_name_after_other_words_on_the_line():
    text = 'Stand 2024-03 Okafor: "Wir verhandeln weiter"\n\nDie Ministerin Grace Okafor traf am Montag die Delegation.'
    quote = only(text)
    assert quote.mention.text == "Okafor"
    assert quote.speaker.name == "Grace Okafor"


def test_regression_full_name_at_the_end_of_a_genitive_tail():
    text = "Der Sprecher des Umweltministeriums Tobias Lange betonte: „Die Werte sind unbedenklich.“"
    quote = only(text)
    assert quote.speaker.name == "Tobias Lange"


def test_regression_pronoun_finds_name_after_genitive_organisation():
    text = (
        "Die Sprecherin des Gesundheitsministeriums Clara Wendt wies den Bericht zurück. Sie sagte:\n\n"
        "„Die Zahlen stimmen nicht.“"
    )
    quote = only(text)
    assert quote.speaker.name == "Clara Wendt"


def test_regression_cue_noun_takes_the_clause_subject():
    quotes = quotekit.extract("Hofmann ist der Ansicht, dass die Reform zu spät komme.")
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == "Hofmann"


def test_regression_dative_addressee_before_the_verb_is_not_the_subject():
    text = "Der Zeitung sagte Bürgermeisterin Ida Kern: „Wir bauen neue Radwege.“"
    quote = only(text)
    assert quote.mention.text == "Bürgermeisterin Ida Kern"


def test_regression_full_sentence_quote_is_not_merged_with_the_next_one():
    text = (
        "Die Zeugin Lena Vogt sagte, der Fahrer sei zu schnell gewesen. „Das Auto kam aus dem Nichts.“ "
        "Sie fuhr fort: „Ich konnte nicht mehr ausweichen.“"
    )
    quotes = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]
    assert len(quotes) == 2
    assert all(len(q.parts) == 1 for q in quotes)
    assert quotes[1].mention.text == "Sie"


def test_regression_short_capitalised_quote_with_its_own_cue_is_speech():
    quote = only("„Glückwunsch!“, rief der Trainer Paul Sander.")
    assert quote.mention.text == "der Trainer Paul Sander"


def test_regression_organisation_with_a_place_name_is_no_person():
    text = (
        "Die Staatsanwaltschaft Kiel hat Anklage erhoben. "
        "„Die Beweislage ist eindeutig“, sagte der Staatsanwalt."
    )
    quote = only(text)
    assert quote.mention.text == "der Staatsanwalt"
    assert quote.speaker is None or "Kiel" not in quote.speaker.name


def test_regression_bare_nach_without_cue_noun_is_no_source():
    text = "Kanzler Ole Brandt begründete den Schritt mit einer „neuen Lage“ nach dem Rücktritt des Ministers."
    quotes = quotekit.extract(text, include_terms=True)
    assert quotes and quotes[0].mention is not None
    assert "Rücktritt" not in quotes[0].mention.text


def test_regression_possessive_object_is_not_the_inverted_subject():
    text = "Fischer begründete seinen Rücktritt mit einer „veränderten Lage“ in der Partei."
    quotes = quotekit.extract(text, include_terms=True)
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == "Fischer"


def test_regression_compound_role_noun_alone_is_a_role_not_a_name():
    text = "Medienvertreter bezeichneten das Auftreten der Polizei als „erstaunlich zurückhaltend“."
    quotes = quotekit.extract(text, include_terms=True)
    assert quotes and quotes[0].mention is not None and quotes[0].mention.text == "Medienvertreter"


def test_regression_pronoun_after_the_verb_is_the_subject_of_a_colon_clause():
    text = "Die Bilanz des Jahres lobte er mit den Worten: „Wir sind stärker als je zuvor.“"
    quote = only(text)
    assert quote.mention.text == "er"


def test_regression_object_of_zitieren_is_the_speaker():
    text = "Ein Radiosender zitierte Bürgermeister Jan Holm mit den Worten: „Wir bauen das Bad neu.“"
    quote = only(text)
    assert quote.mention.text == "Bürgermeister Jan Holm"


def test_regression_contracted_preposition_is_not_a_speaker():
    text = "Im Landtag sagte sie: „Die Schulen bekommen mehr Geld.“"
    quote = only(text)
    assert quote.mention.text == "sie"


def test_partial_direct_quote_is_nested_in_its_reported_speech():
    text = "Der Minister sagte, die Regierung habe ein „verbotenes Regime“ errichtet."
    quotes = quotekit.extract(text)
    indirect = next(q for q in quotes if q.type is quotekit.QuoteType.INDIRECT)
    direct = next(q for q in quotes if q.type is quotekit.QuoteType.DIRECT)
    assert indirect.nested == (direct,)
    assert direct.mention is not None and direct.mention.text == indirect.mention.text


def test_regression_role_fallback_skips_a_person_known_under_another_role():
    text = (
        "Präsident Omar Dallo regiert seit zehn Jahren. "
        "Der Präsidentschaftskandidat der Opposition, Samuel Kora, kritisierte die Wahl. "
        "„Wir erkennen das Ergebnis an“, sagte der Präsident."
    )
    quotes = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]
    assert quotes[-1].speaker.name == "Omar Dallo"


def test_regression_role_fallback_ignores_persons_with_another_role_only():
    text = (
        "Der Präsidentschaftskandidat der Opposition, Samuel Kora, kritisierte die Wahl. "
        "„Wir erkennen das Ergebnis an“, sagte der Präsident."
    )
    quotes = [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]
    assert quotes[-1].speaker is None or quotes[-1].speaker.name != "Samuel Kora"


def test_regression_pronoun_refers_to_an_unnamed_role_subject():
    text = (
        "Ein Feuer zerstörte am Sonntag eine Scheune. Der Landwirt konnte die Tiere retten. "
        "„Es ging alles sehr schnell“, sagte er."
    )
    quote = only(text)
    assert quote.speaker is not None and "Landwirt" in quote.speaker.name


def test_regression_party_in_parentheses_does_not_cut_the_subject_off():
    text = (
        "Bundesbauministerin Petra Lohse (SPD) sagte hierzu der Zeitung, sie halte den Plan für richtig. "
        "„Wir bauen mehr Wohnungen“, sagte sie."
    )
    quotes = quotekit.extract(text)
    indirect = next(q for q in quotes if q.type is quotekit.QuoteType.INDIRECT)
    assert indirect.mention is not None and indirect.mention.text == "Bundesbauministerin Petra Lohse (SPD)"
    direct = next(q for q in quotes if q.type is quotekit.QuoteType.DIRECT)
    assert direct.speaker.name == "Petra Lohse"


def test_a_quote_inside_a_clause_gets_the_clause_of_its_cue_as_frame():
    text = "Die Ministerin nannte den Vorschlag „völlig unausgegoren und gefährlich für alle“ und verließ den Saal."
    (quote,) = (q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT)  # inside a Reported one
    assert quote.mention.text == "Die Ministerin"
    assert quote.frame.text == "Die Ministerin nannte den Vorschlag"


def test_a_quote_after_a_report_gets_the_reporting_sentence_as_frame():
    text = "Der Sprecher des Vereins sagte am Abend, die Hinweise würden ernst genommen. „Wir lassen nichts aus.“"
    direct = next(q for q in quotekit.extract(text) if q.type.value == "Direct")
    assert direct.mention.text == "Der Sprecher des Vereins"
    assert direct.frame.text == "Der Sprecher des Vereins sagte am Abend, die Hinweise würden ernst genommen."
