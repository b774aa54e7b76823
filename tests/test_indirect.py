"""Indirect, free indirect and reported speech (quotekit.indirect), one news sentence per pattern.

All sentences are written for these tests in the style of German news; none is taken from a
corpus. The stage runs on the default (blank, no POS) annotation with the real cue finder, and
once on hand-tagged tokens to check that a tagger's ``Mood=Sub`` is used when present.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotekit
from quotekit.cues import Cue, CueKind, find_cues
from quotekit.document import Annotated
from quotekit.indirect import IndirectQuote, find_indirect
from quotekit.model import Medium, QuoteType

_DIRECT = re.compile(r"„[^“]*“")


def direct_spans(text: str) -> list[tuple[int, int]]:
    """Direct quotations by their German marks: enough for these sentences, independent of the scanner."""
    return [(m.start(), m.end()) for m in _DIRECT.finditer(text)]


def run(text: str, ann: Annotated | None = None) -> list[IndirectQuote]:
    ann = ann or quotekit.annotate(text)
    return find_indirect(ann, find_cues(ann), direct_spans(text))


def parts(text: str, quote: IndirectQuote) -> list[str]:
    return [text[a:b] for a, b in quote.parts]


def span(text: str, value: tuple[int, int] | None) -> str | None:
    return None if value is None else text[value[0] : value[1]]


def only(quotes: list[IndirectQuote]) -> IndirectQuote:
    assert len(quotes) == 1, quotes
    return quotes[0]


# --------------------------------------------------------------------------- Indirect


def test_cue_verb_then_konjunktiv_clause():
    text = "Der Minister sagte am Montag, die Regierung habe keine Pläne für neue Steuern."
    quote = only(run(text))
    assert quote.type is QuoteType.INDIRECT
    assert parts(text, quote) == ["die Regierung habe keine Pläne für neue Steuern"]
    assert span(text, quote.frame) == "Der Minister sagte am Montag,"
    assert quote.evidence == "cue-verb+konjunktiv"
    assert [text[a:b] for a, b in quote.cue_spans] == ["sagte"]


def test_cue_verb_then_dass_clause():
    text = "Die Sprecherin erklärte, dass die Verhandlungen in der kommenden Woche fortgesetzt würden."
    quote = only(run(text))
    assert parts(text, quote) == ["dass die Verhandlungen in der kommenden Woche fortgesetzt würden"]
    assert quote.evidence == "cue-verb+dass"


def test_separable_verb_before_the_content():
    text = "Der Konzern teilte am Dienstag mit, dass die Produktion im Werk vorerst ruhe."
    quote = only(run(text))
    assert parts(text, quote) == ["dass die Produktion im Werk vorerst ruhe"]
    assert span(text, quote.frame) == "Der Konzern teilte am Dienstag mit,"
    assert [text[a:b] for a, b in quote.cue_spans] == ["teilte", "mit"]


def test_cue_after_the_content():
    text = "Die Gespräche seien konstruktiv gewesen, sagte ein Sprecher des Ministeriums."
    quote = only(run(text))
    assert parts(text, quote) == ["Die Gespräche seien konstruktiv gewesen"]
    assert span(text, quote.frame) == ", sagte ein Sprecher des Ministeriums"
    assert quote.evidence == "cue-verb-after"


def test_separable_verb_after_the_content():
    text = "Der Flughafen bleibe bis zum Abend geschlossen, teilte die Betreibergesellschaft mit."
    quote = only(run(text))
    assert parts(text, quote) == ["Der Flughafen bleibe bis zum Abend geschlossen"]
    assert span(text, quote.frame) == ", teilte die Betreibergesellschaft mit"


def test_cue_inserted_into_the_content():
    text = "Die Lage, sagte der Bürgermeister, sei inzwischen unter Kontrolle."
    quote = only(run(text))
    assert parts(text, quote) == ["Die Lage", "sei inzwischen unter Kontrolle"]
    assert span(text, quote.frame) == ", sagte der Bürgermeister,"


def test_inverted_frame_takes_the_apposition_of_the_speaker():
    text = "Die Arbeiten würden bis Ende Mai dauern, sagte Hans Berger, der Sprecher der Stadtwerke."
    quote = only(run(text))
    assert parts(text, quote) == ["Die Arbeiten würden bis Ende Mai dauern"]
    assert span(text, quote.frame) == ", sagte Hans Berger, der Sprecher der Stadtwerke"


def test_subject_with_apposition_before_the_cue_is_frame_not_content():
    text = "Anna Keller, Sprecherin der Stadtwerke, sagte gegenüber der Presse, dass die Versorgung gesichert sei."
    quote = only(run(text))
    assert parts(text, quote) == ["dass die Versorgung gesichert sei"]
    assert span(text, quote.frame) == "Anna Keller, Sprecherin der Stadtwerke, sagte gegenüber der Presse,"
    assert span(text, quote.addressee) == "der Presse"


def test_dative_addressee_after_the_cue():
    text = "Der Trainer sagte der Zeitung, die Mannschaft werde nicht aufgeben."
    quote = only(run(text))
    assert span(text, quote.addressee) == "der Zeitung"


def test_zu_infinitive_after_a_cue():
    text = "Die Behörden forderten die Anwohner auf, Fenster und Türen geschlossen zu halten."
    quote = only(run(text))
    assert parts(text, quote) == ["Fenster und Türen geschlossen zu halten"]
    assert quote.evidence == "cue-verb+zu"


def test_laut_at_the_start_of_the_sentence():
    text = "Laut Polizei wurden bei dem Unfall drei Menschen leicht verletzt."
    quote = only(run(text))
    assert parts(text, quote) == ["wurden bei dem Unfall drei Menschen leicht verletzt"]
    assert span(text, quote.frame) == "Laut Polizei"
    assert quote.evidence == "laut"


def test_laut_inside_the_sentence_splits_the_content():
    text = "Bei dem Brand sind laut Feuerwehr zwei Lagerhallen zerstört worden."
    quote = only(run(text))
    assert parts(text, quote) == ["Bei dem Brand sind", "zwei Lagerhallen zerstört worden"]
    assert span(text, quote.frame) == "laut Feuerwehr"


def test_zufolge_takes_the_noun_phrase_before_it():
    text = "Medienberichten zufolge ist der Präsident schwer erkrankt."
    quote = only(run(text))
    assert span(text, quote.frame) == "Medienberichten zufolge"
    assert parts(text, quote) == ["ist der Präsident schwer erkrankt"]


def test_nach_angaben_marks_only_nach_as_cue():
    text = "Nach Angaben der Behörden sind mehr als hundert Häuser zerstört worden."
    quote = only(run(text))
    assert span(text, quote.frame) == "Nach Angaben der Behörden"
    assert parts(text, quote) == ["sind mehr als hundert Häuser zerstört worden"]
    assert [text[a:b] for a, b in quote.cue_spans] == ["Nach"]


def test_bare_nach_is_not_a_cue():
    assert run("Nach dem Unfall wurde die Autobahn für drei Stunden gesperrt.") == []


def test_wie_clause_before_the_content():
    text = "Wie die Stadtverwaltung mitteilte, bleibt die Brücke bis Freitag gesperrt."
    quote = only(run(text))
    assert parts(text, quote) == ["bleibt die Brücke bis Freitag gesperrt"]
    assert span(text, quote.frame) == "Wie die Stadtverwaltung mitteilte,"


def test_wie_clause_with_an_apposition_inside():
    text = "Wie die Sprecherin der Stadt, Maria Lang, am Abend mitteilte, bleibt die Brücke gesperrt."
    quote = only(run(text))
    assert parts(text, quote) == ["bleibt die Brücke gesperrt"]
    assert span(text, quote.frame) == "Wie die Sprecherin der Stadt, Maria Lang, am Abend mitteilte,"


def test_wie_clause_inside_the_content_takes_both_commas():
    text = "Die Brücke bleibt, wie die Stadt mitteilte, bis Freitag gesperrt."
    quote = only(run(text))
    assert parts(text, quote) == ["Die Brücke bleibt", "bis Freitag gesperrt"]
    assert span(text, quote.frame) == ", wie die Stadt mitteilte,"


def test_noun_before_the_particle_nach():
    text = "Seiner Ansicht nach ist die Reform gescheitert."
    quote = only(run(text))
    assert span(text, quote.frame) == "Seiner Ansicht nach"
    assert parts(text, quote) == ["ist die Reform gescheitert"]


def test_particle_phrase_takes_a_quoted_name():
    text = "Nach Angaben des Magazins „Der Beobachter“ ist der Vertrag unterschrieben."
    quote = only(find_indirect(quotekit.annotate(text), find_cues(quotekit.annotate(text)), []))
    assert span(text, quote.frame) == "Nach Angaben des Magazins „Der Beobachter“"


def test_cue_noun_with_dass_clause():
    text = "Die Gewerkschaft wies die Behauptung zurück, dass die Löhne zu hoch seien."
    quote = only(run(text))
    assert parts(text, quote) == ["dass die Löhne zu hoch seien"]


def test_w_clause_after_a_verb_that_asks_nothing_is_not_content():
    assert run("Der Trainer lobte die Stadt, wo er aufgewachsen war.") == []


def test_content_stops_where_a_colon_opens_a_direct_quote():
    text = "Der Minister erklärte, dass die Lage ernst sei: „Wir müssen jetzt handeln.“"
    quote = only(run(text))
    assert parts(text, quote) == ["dass die Lage ernst sei"]


def test_so_particle_after_the_content():
    text = "Die Versorgung der Flüchtlinge sei gesichert, so der Sprecher des Roten Kreuzes."
    quote = only(run(text))
    assert parts(text, quote) == ["Die Versorgung der Flüchtlinge sei gesichert"]
    assert span(text, quote.frame) == ", so der Sprecher des Roten Kreuzes"


def test_demonstrative_points_back_to_the_previous_sentence():
    text = "Das Werk in Bremen wird Ende des Jahres geschlossen. Das bestätigte ein Sprecher des Konzerns."
    quotes = run(text)
    quote = quotes[-1]
    assert quote.type is QuoteType.INDIRECT
    assert parts(text, quote) == ["Das Werk in Bremen wird Ende des Jahres geschlossen.", "Das"]


def test_partial_direct_quote_stays_inside_the_indirect_one():
    text = "Der Oppositionsführer sagte, die Regierung habe ein „verbotenes Regime“ errichtet."
    quote = only(run(text))
    assert parts(text, quote) == ["die Regierung habe ein „verbotenes Regime“ errichtet"]


# --------------------------------------------------------------------------- continuations


def test_konjunktiv_sentences_continue_the_report():
    text = (
        "Der Innenminister sagte, die Lage an der Grenze sei ernst. "
        "Man habe alle verfügbaren Kräfte mobilisiert. Weitere Hilfe werde erwartet."
    )
    first, second = run(text)
    assert first.type is QuoteType.INDIRECT
    assert second.type is QuoteType.INDIRECT_FREE_INDIRECT
    assert parts(text, second) == ["Man habe alle verfügbaren Kräfte mobilisiert. Weitere Hilfe werde erwartet."]
    assert second.continues == 0
    assert second.cue is None and second.frame is None


def test_konjunktiv_after_a_direct_quote_continues_that_speaker():
    text = "„Wir bleiben in der Liga“, sagte der Trainer. Er habe keine Angst vor dem Abstieg."
    quote = only(run(text))
    assert quote.type is QuoteType.INDIRECT_FREE_INDIRECT
    assert quote.continues is None
    assert span(text, quote.continues_direct) == "„Wir bleiben in der Liga“"


def test_continuation_starts_after_a_colon():
    text = "Der Minister sagte, die Lage sei ernst. Er besuchte die Helfer im Lager: Sie hätten Großartiges geleistet."
    quotes = run(text)
    assert parts(text, quotes[-1]) == ["Sie hätten Großartiges geleistet."]


def test_cue_in_konjunktiv_continues_the_report():
    text = "Der Sprecher sagte, die Firma sei gesund. Man gehe davon aus, dass der Umsatz steige."
    first, second = run(text)
    assert second.type is QuoteType.INDIRECT_FREE_INDIRECT
    assert parts(text, second) == ["Man gehe davon aus, dass der Umsatz steige."]


def test_indicative_sentence_after_a_report_is_not_a_continuation():
    text = "Der Innenminister sagte, die Lage sei ernst. Am Abend regnete es in der Hauptstadt."
    assert [q.type for q in run(text)] == [QuoteType.INDIRECT]


def test_konjunktiv_without_a_preceding_report_is_not_a_quote():
    assert run("Die Brücke sei marode. Der Verkehr werde umgeleitet.") == []


def test_sollen_hearsay_about_the_past_is_free_indirect():
    text = "Der Täter soll die Bank am Vormittag überfallen haben."
    quote = only(run(text))
    assert quote.type is QuoteType.FREE_INDIRECT
    assert parts(text, quote) == [text]
    assert quote.continues is None


def test_sollen_plan_without_a_report_is_not_a_quote():
    assert run("Die neue Brücke soll im Jahr 2030 fertig werden.") == []


def test_sollen_in_a_relative_clause_is_not_hearsay():
    text = "Die Stadt sagte, es gebe neue Pläne. Sie stellte Lehrer ein, die die Schulen unterstützen sollen."
    assert [q.type for q in run(text)] == [QuoteType.INDIRECT]


# --------------------------------------------------------------------------- Reported


def test_speech_act_without_content_is_reported():
    text = "Die Opposition forderte am Montag den Rücktritt des Ministers."
    quote = only(run(text))
    assert quote.type is QuoteType.REPORTED
    assert parts(text, quote) == [text]
    assert quote.frame is None


def test_a_speech_act_after_an_als_phrase_is_reported():
    text = "Als Grund nannte die Brauerei gestiegene Preise für Gerste und Energie."
    quote = only(run(text))
    assert quote.type is QuoteType.REPORTED and parts(text, quote) == [text]


def test_a_relative_clause_on_the_whole_sentence_is_no_content():
    text = "Die Kosten des Umbaus beziffert die Bauherrin auf vier Millionen Euro, wovon der Bund die Hälfte trägt."
    quote = only(run(text))
    assert quote.type is QuoteType.REPORTED and parts(text, quote) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "Als der Verband vor dem Hochwasser warnte, war es für viele Keller schon zu spät.",
        "Nachdem die Ärztin gewarnt hatte, war es zu spät.",
    ],
)
def test_the_clause_after_an_adverbial_cue_clause_is_no_content(text):
    assert run(text) == []


def test_a_closing_particle_reports_a_sentence_whose_own_cue_is_in_konjunktiv():
    text = "Der Fahrer habe angegeben, er sei nur kurz zum Bäcker gefahren, so der Sprecher."
    quote = only(run(text))
    assert quote.type is QuoteType.INDIRECT and quote.evidence.startswith("so")
    assert parts(text, quote) == ["Der Fahrer habe angegeben, er sei nur kurz zum Bäcker gefahren"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Eltern nannten ihre Tochter Marie.",
        "Das Dorf nennt sich seit 1990 Neuheide.",
        "Der Maler Otto Brand begründete eine neue Schule der Landschaftsmalerei.",
        "Das Amtsgericht verwies den Fall an das Landgericht.",
        "Ein Unwetter kündigte sich am Nachmittag an.",
        "„Die Lage ist ernst“, warnte Bürgermeister Hans Wolf.",
        "„Wir werden klagen“, kündigte Anwalt Dirk Seeger an.",
    ],
)
def test_no_reported_speech_act_for_naming_founding_referring_or_a_quoted_content(text):
    assert not [q for q in run(text) if q.type is QuoteType.REPORTED]


def test_a_closing_cue_reports_a_sentence_with_a_cue_of_its_own():
    text = "Die Bilder zeigten ein Hafenviertel, das es so nicht mehr gebe, sagte er."
    quote = only(run(text))
    assert parts(text, quote) == ["Die Bilder zeigten ein Hafenviertel, das es so nicht mehr gebe"]


@pytest.mark.parametrize(
    "text, mention",
    [
        ("Weitere Kliniken seien geplant, sagte die Ministerin Anna Roth, nannte aber keine Zahlen.", "die Ministerin Anna Roth"),
        ("Die Lage sei ernst, sagte der Bürgermeister, und forderte Konsequenzen.", "der Bürgermeister"),
    ],
)
def test_the_speakers_next_predicate_after_an_inserted_cue_is_no_content(text, mention):
    (quote,) = quotekit.extract(text)
    assert len(quote.parts) == 1 and quote.mention.text == mention


def test_the_subject_after_an_inserted_verb_speaks_not_the_phrase_before_it():
    (quote,) = quotekit.extract("Die Lage, sagte er, sei ernst.")
    assert quote.mention.text == "er"


def test_a_second_predicate_is_no_closing_cue():
    text = "Weitere Kliniken seien geplant, sagte die Ministerin Anna Roth, nannte aber keine Zahlen."
    (quote,) = quotekit.extract(text)
    assert quote.mention is not None and quote.mention.text.startswith("die Ministerin")


def test_a_verb_used_in_another_sense_hands_no_speaker_to_the_next_sentence():
    text = "Das Amtsgericht verwies den Fall an das Landgericht. Dort soll im Mai verhandelt werden."
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Sprecherin der Fraktion, Ina Wolf, nannte die Pläne kurzsichtig.",
        "Die Firma begründete den Schritt mit hohen Kosten.",
        "Der Verband verwies auf die hohen Kosten.",
    ],
)
def test_speech_acts_of_nennen_begruenden_verweisen_are_reported(text):
    assert [q.type for q in run(text)] == [QuoteType.REPORTED]


def test_cue_in_a_relative_clause_is_nothing():
    assert run("Der Bürgermeister, der gestern mit Anwohnern sprach, eröffnete die neue Brücke.") == []


# --------------------------------------------------------------------------- edge cases


def test_no_cue_no_quote():
    assert run("Die Brücke ist seit Montag gesperrt. Der Verkehr wird über die Innenstadt umgeleitet.") == []


def test_direct_quote_with_cue_after_is_not_repeated():
    assert run("„Wir werden nicht nachgeben“, sagte die Ministerin.") == []


def test_direct_quote_after_colon_is_not_repeated():
    assert run("Die Ministerin sagte: „Wir werden nicht nachgeben.“") == []


def test_empty_text():
    assert run("") == []


# --------------------------------------------------------------------------- with a tagger


def _tagged(text: str, tags: dict[str, tuple[str, str | None]]) -> Annotated:
    """The blank annotation of ``text`` with POS/morphology set by hand, as a tagger would."""
    base = quotekit.annotate(text)
    tokens = []
    for tok in base.tokens:
        pos, morph = tags.get(tok.text, ("PUNCT" if not tok.text.isalnum() else ("NOUN" if tok.text[:1].isupper() else "ADV"), None))
        tokens.append(tok._replace(pos=pos, morph=morph))
    return Annotated(text, tokens, base.sentences, has_pos=True, has_morph=True)


_TAGS = {
    "Der": ("DET", None), "die": ("DET", None), "Die": ("DET", None),
    "Sprecher": ("NOUN", None), "Firma": ("NOUN", None), "Märkte": ("NOUN", None),
    "sagte": ("VERB", "Mood=Ind|Tense=Past"),
    "expandiere": ("VERB", "Mood=Sub|Number=Sing|Person=3"),
    "erschließe": ("VERB", "Mood=Sub|Number=Sing|Person=3"),
    "neue": ("ADJ", None), "stark": ("ADV", None), "bald": ("ADV", None),
}


def test_tagger_mood_marks_konjunktiv_that_the_lexicon_lacks():
    text = "Der Sprecher sagte, die Firma expandiere stark. Die Firma erschließe bald neue Märkte."
    plain = run(text)
    assert [q.type for q in plain] == [QuoteType.INDIRECT]  # "erschließe" is in no word list
    tagged = run(text, _tagged(text, _TAGS))
    assert [q.type for q in tagged] == [QuoteType.INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT]
    assert tagged[0].evidence == "cue-verb+konjunktiv"


def test_tagger_indicative_overrides_the_word_list():
    text = "Der Sprecher sagte, die Firma expandiere stark. Die Firma habe neue Märkte."
    tags = dict(_TAGS, habe=("VERB", "Mood=Ind|Number=Sing|Person=1"))
    quotes = run(text, _tagged(text, tags))
    assert [q.type for q in quotes] == [QuoteType.INDIRECT]


def test_hand_made_cue_without_pipeline():
    """The stage only needs `Annotated` and `Cue`: a caller may bring cues of its own."""
    text = "Die Agentur meldete, der Hafen sei wieder geöffnet."
    ann = quotekit.annotate(text)
    verb = next(t for t in ann.tokens if t.text == "meldete")
    cue = Cue((verb.i,), "melden", CueKind.VERB, Medium.WRITING, verb.sent, verb.start, verb.end)
    quote = only(find_indirect(ann, [cue], []))
    assert parts(text, quote) == ["der Hafen sei wieder geöffnet"]
    assert quote.medium is Medium.WRITING


# --------------------------------------------------------------------------- properties

_WORDS = st.sampled_from(
    "Der Minister sagte , die Lage sei ernst . laut Polizei zufolge nach Angaben „ “ : soll haben "
    "Er habe dass wie mitteilte so der Sprecher forderte den Rücktritt und es werde ( ) –".split()
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40))
def test_offsets_are_valid_for_any_word_salad(words):
    text = " ".join(words)
    for quote in run(text):
        assert quote.parts, quote
        previous_end = 0
        for a, b in quote.parts:
            assert 0 <= a < b <= len(text)
            assert a >= previous_end
            previous_end = b
        for role in (quote.frame, quote.addressee, *quote.cue_spans):
            if role is not None:
                assert 0 <= role[0] < role[1] <= len(text)
        assert quote.continues is None or quote.type in (QuoteType.FREE_INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT)


# --------------------------------------------------------------------------- word lists and the fast mood test


def test_indirect_konjunktiv_only_adds_to_the_general_lists():
    """indirect_konjunktiv.txt holds what konjunktiv1.txt leaves out, and the strong subset of the
    Konjunktiv II substitutes; nothing is listed twice."""
    from quotekit import clauses, lexicon

    extra = lexicon.words("indirect_konjunktiv.txt")
    konj1 = lexicon.words("konjunktiv1.txt")
    konj2 = lexicon.words("konjunktiv2_substitutes.txt")
    assert not extra & konj1
    assert {"wäre", "hätten", "würden", "gäbe"} <= extra & konj2
    assert {"folge", "frage", "sorge"} <= extra - konj2
    assert clauses.konjunktiv_forms() == konj1 | extra
    assert "könnte" in clauses.konjunktiv2_forms() - clauses.konjunktiv_forms()


def test_every_rule_word_role_the_code_asks_for_exists():
    import inspect

    from quotekit import indirect

    roles = set(re.findall(r'_(?:rule_words|prefixes)\("(\w+)"\)', inspect.getsource(indirect)))
    assert {"content_conjunction", "postposition", "addressee_preposition"} <= roles
    for role in sorted(roles):
        assert indirect._rule_words(role), role


def test_a_lowercase_konjunktiv_that_is_also_a_noun_continues_the_report():
    text = "Der Minister sagte, die Lage sei ernst. Daraus folge nichts Gutes für die Stadt."
    assert [q.type for q in run(text)] == [QuoteType.INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT]
    text = "Der Minister sagte, die Lage sei ernst. Die Folge war ein Streit in der Stadt."
    assert [q.type for q in run(text)] == [QuoteType.INDIRECT]
    text = "Der Minister sagte, die Lage sei ernst. Gelinge der Plan nicht, kommen Strafen."
    assert [q.type for q in run(text)] == [QuoteType.INDIRECT, QuoteType.INDIRECT_FREE_INDIRECT]


_MOOD_WORDS = st.sampled_from(
    "Der Minister sagte , die Lage sei Sei SEI ernst . habe Habe Folge folge könnte Könnte soll Soll "
    "würden Würden sagt „ “ und Es es wäre".split()
)


@settings(max_examples=80, deadline=None)
@given(st.lists(_MOOD_WORDS, max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_indexed_mood_test_agrees_with_the_token_by_token_rule(words, a, b):
    """`_Finder` answers 'is there a Konjunktiv form in tokens [a, b)' from index lists; it must
    agree with reading the tokens one by one (capitalised forms count only at a sentence start)."""
    from quotekit import clauses
    from quotekit.indirect import _Finder

    text = " ".join(words)
    ann = quotekit.annotate(text)
    finder = _Finder(ann, find_cues(ann), direct_spans(text))
    a, b = sorted((min(a, len(ann.tokens)), min(b, len(ann.tokens))))

    def konjunktiv(i):
        tok = ann.tokens[i]
        if tok.text[:1].isupper() and tok.i != ann.sentences[tok.sent][0]:
            return False
        return tok.text.lower() in clauses.konjunktiv_forms()

    def weak(i):
        tok = ann.tokens[i]
        return tok.text.lower() in clauses.konjunktiv2_forms() and not tok.text[:1].isupper()

    free = [i for i in range(a, b) if not finder.protected[i]]
    assert finder._has_konjunktiv(a, b) == any(konjunktiv(i) for i in free)
    assert finder._has_konjunktiv(a, b, weak=True) == any(konjunktiv(i) or weak(i) for i in free)
    for i in range(len(ann.tokens)):
        assert finder._is_konjunktiv(ann.tokens[i]) == konjunktiv(i)


def test_a_report_going_on_after_a_direct_quote_keeps_its_medium():
    text = "„Wir haben alles versucht“, sagte der Trainer nach dem Spiel. Die Mannschaft sei nach der langen Reise müde gewesen."
    direct, continuation = quotekit.extract(text)
    assert continuation.type is QuoteType.INDIRECT_FREE_INDIRECT
    assert continuation.medium is Medium.SPEECH  # the speech goes on, not "speech or writing"
    text = "„Wir haben alles versucht“, schrieb der Trainer am Abend. Die Mannschaft sei nach der langen Reise müde gewesen."
    assert quotekit.extract(text)[1].medium is Medium.WRITING


def test_a_particle_opening_a_later_clause_reports_only_that_clause():
    (quote,) = quotekit.extract("Es gibt einen Bericht, wonach Zeugen eine Explosion gehört haben wollen.")
    assert [p.text for p in quote.parts] == ["Zeugen eine Explosion gehört haben wollen"]
    (quote,) = quotekit.extract("Die Polizei verwies auf Zeugen, denen zufolge der Wagen viel zu schnell fuhr.")
    assert [p.text for p in quote.parts] == ["der Wagen viel zu schnell fuhr"]
    # fenced by commas, the phrase is inserted into the report, which goes round it
    (quote,) = quotekit.extract("Die Brücke bleibt, nach Angaben der Stadt, bis Freitag gesperrt.")
    assert [p.text for p in quote.parts] == ["Die Brücke bleibt", "bis Freitag gesperrt"]


def test_a_cue_in_konjunktiv_passive_continues_the_report():
    # "sei … abgeraten worden": the speech verb is itself reported (its auxiliary is Konjunktiv)
    text = (
        "Der Präsident wies die Darstellung zurück, die Urlauber seien zur Abreise gezwungen worden. "
        "Urlaubern sei angesichts der Lage lediglich abgeraten worden, jetzt in die Region zu reisen."
    )
    first, second = quotekit.extract(text)
    assert second.type is QuoteType.INDIRECT_FREE_INDIRECT
    assert second.text.startswith("Urlaubern sei") and second.mention.text == "Der Präsident"


def test_so_between_dashes_interrupts_the_report():
    (quote,) = quotekit.extract("Die Lage an der Grenze – so der Minister – sei inzwischen ruhig.")
    assert [p.text for p in quote.parts] == ["Die Lage an der Grenze", "sei inzwischen ruhig"]
    assert quote.mention.text == "der Minister"


# (text, the reported words, the speaker mention): a report whose own cue closes the sentence is
# attributed to that cue, not continued from the report before
OWN_CUE_AT_THE_END = [
    pytest.param(
        "Die Bürgermeisterin lobte den Plan. Die Studie beweise, dass sich der Umbau rechne, sagt Kramer.",
        "Die Studie beweise",
        "Kramer",
        id="a Konjunktiv cue verb inside the content yields to the indicative cue at the end",
    ),
    pytest.param(
        "Der Landrat lobte das Programm. Eine Sprecherin der Behörde widersprach. "
        "Dörfer, die schon gebaut hätten, könnten Geld zurückfordern, sagte sie.",
        "Dörfer, die schon gebaut hätten",
        "sie",
        id="a main clause resuming in Konjunktiv II after a relative clause is content",
    ),
    pytest.param(
        "Der Bürgermeister zeigte sich zufrieden. Die Spender hätten schon viel Geld gegeben, der Rest komme bald, so der Verein.",
        "Die Spender hätten",
        "der Verein",
        id="so X closing a sentence of two Konjunktiv clauses",
    ),
    pytest.param(
        "Die Ministerin verteidigte die Reform. Ihr Vorgänger Karl Brandt widersprach. "
        "Sie wisse nicht, wie es in den Schulen aussehe, sagte er.",
        "Sie wisse nicht",
        "er",
        id="a wie clause with its own verb before the cue is content, not a wie frame",
    ),
    pytest.param(
        "Der Kläger verlangt den Rückschnitt. Die Hecke habe schon gestanden, als er eingezogen sei, sagte Brandl.",
        "Die Hecke habe",
        "Brandl",
        id="a participle that looks finite is in Konjunktiv by its auxiliary and yields to the cue at the end",
    ),
    pytest.param(
        "Die Initiative sammelt Spenden. Rund 5.000 Euro seien schon da, so der Verein.",
        "Rund 5.000 Euro",
        "der Verein",
        id="so X closing a sentence of one Konjunktiv clause",
    ),
]


@pytest.mark.parametrize(("text", "reported", "mention"), OWN_CUE_AT_THE_END)
def test_a_cue_closing_the_sentence_starts_a_new_report(text: str, reported: str, mention: str) -> None:
    quote = next(q for q in quotekit.extract(text) if reported in q.text)
    assert quote.mention is not None and quote.mention.text == mention


# (text, what was reported, its cue, the words that name its speaker)
SECOND_PREDICATE = [
    pytest.param(
        "Die Trainerin lobte die Abwehr, sagte aber, das Team müsse im Angriff zulegen.",
        "das Team müsse im Angriff zulegen",
        "sagte",
        "Die Trainerin",
        id="a second cue verb with aber frames the report, not the first one",
    ),
    pytest.param(
        "Er räumte Versäumnisse ein, betonte jedoch, die Entscheidung sei richtig gewesen.",
        "die Entscheidung sei richtig gewesen",
        "betonte",
        "Er",
        id="a second cue verb with jedoch after a separable first one",
    ),
    pytest.param(
        "Die Prüfer rügten einzelne Mängel, sprechen aber davon, dass die Wahl fair verlaufen sei.",
        "dass die Wahl fair verlaufen sei",
        "sprechen",
        "Die Prüfer",
        id="a second cue verb with aber and a pronominal adverb",
    ),
    pytest.param(
        "Die Lage im Hafen sei ernst, sagte aber der Sprecher der Feuerwehr.",
        "Die Lage im Hafen sei ernst",
        "sagte",
        "der Sprecher der Feuerwehr",
        id="a cue with aber after Konjunktiv content is still an inverted frame",
    ),
]


@pytest.mark.parametrize(("text", "reported", "cue", "mention"), SECOND_PREDICATE)
def test_a_second_predicate_of_the_subject_frames_its_own_report(text: str, reported: str, cue: str, mention: str) -> None:
    quote = next(q for q in quotekit.extract(text) if q.type is not quotekit.QuoteType.DIRECT and reported in q.text)
    assert quote.text == reported
    assert quote.cue is not None and quote.cue.text.split()[0] == cue
    assert quote.mention is not None and quote.mention.text == mention


def test_a_second_predicate_without_content_is_not_a_frame_with_its_object_as_speaker() -> None:
    """``Die Mieter begrüßten den Plan, fordern aber …``: ``den Plan`` was not said by the object
    of ``fordern``."""
    quotes = quotekit.extract("Die Mieter begrüßten den Plan der Stadt, fordern aber eine schriftliche Zusage.")
    assert all(q.mention is None or q.mention.text != "eine schriftliche Zusage" for q in quotes)


def test_a_report_whose_content_is_mostly_a_partial_quote_stays_a_report() -> None:
    """``kritisiert, die Aktion erinnere „fatal an …“``: words of the report's own before the
    marks make the quotation a partial quote inside it, not the whole content."""
    text = "Der Kritiker Paul Saller schreibt in der Zeitung, die Schau erinnere „fatal an die dunkelsten Jahre der Stadtgeschichte im vorigen Jahrhundert“."
    quotes = quotekit.extract(text)
    report = next(q for q in quotes if q.type is QuoteType.INDIRECT)
    partial = next(q for q in quotes if q.type is QuoteType.DIRECT)
    assert report.text.startswith("die Schau erinnere") and report.cue is not None and report.cue.text == "schreibt"
    assert partial.mention is not None and partial.mention.text == "Der Kritiker Paul Saller"


def test_a_colon_frame_before_a_whole_quote_reports_only_the_direct_quote() -> None:
    quotes = quotekit.extract("Der Kritiker Paul Saller schrieb: „Die Schau erinnert fatal an die dunkelsten Jahre der Stadt.“")
    assert [q.type for q in quotes] == [QuoteType.DIRECT]


@pytest.mark.parametrize(
    "text, reported, mention",
    [
        ("Das Studium mache ihr Spaß. Als Nächstes wolle sie Spanisch lernen, verriet die Seniorin.", "Als Nächstes wolle sie", "die Seniorin"),
        ("Seit zwei Jahren stünden 40 Familien auf der Warteliste, rechnete die Elternsprecherin vor.", "Seit zwei Jahren stünden", "die Elternsprecherin"),
        ("Als die Feuerwehr eintraf, sei der Dachstuhl schon eingestürzt, sagte der Zeuge.", "Als die Feuerwehr eintraf", "der Zeuge"),
    ],
)
def test_a_fronted_phrase_or_clause_before_konjunktiv_is_content(text: str, reported: str, mention: str) -> None:
    """A word that can open a subordinate clause (``Als``, ``Seit``) opens a phrase when a
    Konjunktiv verb follows before the clause ends, or a subordinate clause the Konjunktiv main
    clause resumes after: the words before ``, sagte X`` are what was said."""
    quote = next(q for q in quotekit.extract(text) if q.text.startswith(reported))
    assert quote.mention is not None and quote.mention.text == mention


@pytest.mark.parametrize(
    "text",
    [
        "Als er kam, sagte sie nichts.",
        "Während das reiche Nachbarland nichts ändern wollte, plädierte die Regierung für Kürzungen.",
    ],
)
def test_a_subordinate_clause_before_a_verb_is_no_content(text: str) -> None:
    assert all(q.type is not QuoteType.INDIRECT for q in quotekit.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "„Es war laut“, sagte der Sprecher der Polizei in Kassel, Hans Kurz.",
        "„Es war laut“, sagte Hans Kurz, Sprecher der Polizei.",
        "„Es war laut“, sagte der Polizeisprecher, ein erfahrener Beamter.",
    ],
)
def test_an_apposition_after_the_speaker_is_no_report(text: str) -> None:
    assert [q.type for q in quotekit.extract(text)] == [QuoteType.DIRECT]


@pytest.mark.parametrize(
    "text, reported, mention",
    [
        ("Am Montag lobte der Elternbeirat die Stadt, sagte aber, die Schule sei zu klein.", "die Schule sei zu klein", "der Elternbeirat"),
        ("Den Plan der Stadt lobte der Elternbeirat, kritisierte aber, dass die Schule zu klein sei.", "dass die Schule zu klein sei", "der Elternbeirat"),
        ("Als wäre nichts gewesen, sagte der Trainer, man schaue nach vorn.", "man schaue nach vorn", "der Trainer"),
        ("Der Bürgermeister hält das für falsch, sagte aber der Sprecher der Stadt, Tim Lorenz.", "Der Bürgermeister hält das für falsch", "der Sprecher der Stadt, Tim Lorenz"),
    ],
)
def test_second_predicates_and_inverted_frames_from_the_review(text: str, reported: str, mention: str) -> None:
    """Sentences a review wrote against the second-predicate rule: an adverbial or an object in
    the first position, an ``als ob`` clause, an inverted frame with ``aber``."""
    quote = next(q for q in quotekit.extract(text) if q.type is not QuoteType.DIRECT and q.text == reported)
    assert quote.mention is not None and quote.mention.text == mention
