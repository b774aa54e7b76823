"""Pairing marks into direct quotations: styles, nesting, paragraphs, headlines, terms, anomalies."""

from __future__ import annotations

import pytest

from quotekit import scanner
from quotekit.scanner import DirectQuote, scan


def texts(text: str, quotes=None) -> list[str]:
    """The text of every quotation (parts joined by |), in order."""
    found = scan(text).quotes if quotes is None else quotes
    return ["|".join(text[s:e] for s, e in q.parts) for q in found]


def speech(text: str) -> list[DirectQuote]:
    return [q for q in scan(text).quotes if not q.is_term]


def kinds(text: str) -> list[str]:
    return [a.kind for a in scan(text).anomalies]


# --------------------------------------------------------------------------- every style


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("„Wir bleiben bei unserer Linie“, sagte die Ministerin.", "„Wir bleiben bei unserer Linie“"),
        ("“Wir bleiben bei unserer Linie”, sagte die Ministerin.", "“Wir bleiben bei unserer Linie”"),
        ('"Wir bleiben bei unserer Linie", sagte die Ministerin.', '"Wir bleiben bei unserer Linie"'),
        ("»Wir bleiben bei unserer Linie«, sagte die Ministerin.", "»Wir bleiben bei unserer Linie«"),
        ("«Wir bleiben bei unserer Linie», sagte die Ministerin.", "«Wir bleiben bei unserer Linie»"),
        ("‚Wir bleiben bei unserer Linie‘, sagte die Ministerin.", "‚Wir bleiben bei unserer Linie‘"),
        ("'Wir bleiben bei unserer Linie', sagte die Ministerin.", "'Wir bleiben bei unserer Linie'"),
        ("''Wir bleiben bei unserer Linie'', sagte die Ministerin.", "''Wir bleiben bei unserer Linie''"),
    ],
)
def test_every_mark_style(text, quoted):
    result = scan(text)
    assert texts(text) == [quoted]
    assert result.quotes[0].depth == 0 and not result.quotes[0].is_term
    assert result.anomalies == ()


def test_straight_quotes_say_so_in_the_evidence():
    quote = scan('Der Trainer sagte: "Wir haben verdient gewonnen."').quotes[0]
    assert quote.evidence == "marks+straight-inferred"
    assert 0 < quote.confidence < 1


def test_typographic_quotes_have_full_confidence():
    quote = scan("„Wir haben verdient gewonnen“, sagte der Trainer.").quotes[0]
    assert (quote.evidence, quote.confidence) == ("marks", 1.0)


@pytest.mark.parametrize(
    "text",
    [
        '„Die Verhandlungen gehen weiter", sagte der Sprecher.',
        "„Die Verhandlungen gehen weiter”, sagte der Sprecher.",
        '“Die Verhandlungen gehen weiter", sagte der Sprecher.',
    ],
)
def test_mixed_styles_in_one_quotation(text):
    assert texts(text) == [text[: text.index(",")]]


def test_mixed_styles_in_one_text():
    text = (
        "„Das Budget reicht nicht“, sagte der Kämmerer. “Wir müssen sparen”, ergänzte er. "
        'Die Opposition entgegnete: "Das haben wir lange gesagt."'
    )
    assert len(speech(text)) == 3


def test_german_closer_after_a_space_still_closes():
    text = "„Wir bleiben hart “, rief der Gewerkschafter."
    assert texts(text) == ["„Wir bleiben hart “"]


# --------------------------------------------------------------------------- apostrophes inside


def test_apostrophes_inside_a_quotation_do_not_end_it():
    text = "„Wie geht's weiter mit dem Merkel'schen Kurs und Lenz' Plänen?“, fragte der Reporter."
    assert texts(text) == [text[: text.index(",")]]
    assert kinds(text) == []


def test_possessive_apostrophe_closes_an_open_single_quote_only():
    text = "Er sprach von 'Klaus' Garten' und lachte."  # Klaus' is a possessive, the last ' closes
    quotes = scan(text).quotes
    assert len(quotes) == 1


# --------------------------------------------------------------------------- nesting


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        ("»Er sagte ›nie wieder‹ und ging«, berichtete sie.", "»Er sagte ›nie wieder‹ und ging«", "›nie wieder‹"),
        ("„Sie nannte das ‚völlig absurd‘ und ging“, sagte er.", "„Sie nannte das ‚völlig absurd‘ und ging“", "‚völlig absurd‘"),
        ("\"Er rief 'Hilfe' und lief weg\", sagte die Zeugin.", "\"Er rief 'Hilfe' und lief weg\"", "'Hilfe'"),
    ],
)
def test_nested_quotations_get_depth(text, outer, inner):
    quotes = scan(text).quotes
    assert texts(text) == [outer, inner]
    assert [q.depth for q in quotes] == [0, 1]


def test_unclosed_inner_quote_is_dropped_when_the_outer_closes():
    text = "„Er sagte ‚nein und ging“, berichtete sie."
    assert texts(text) == ["„Er sagte ‚nein und ging“"]
    assert kinds(text) == ["unclosed-quote"]


def test_deep_nesting_is_capped():
    text = "„" * 10 + "Hallo" + "“" * 10
    result = scan(text)
    assert max(q.depth for q in result.quotes) == scanner.MAX_OPEN - 1
    assert "nesting-too-deep" in {a.kind for a in result.anomalies}


# --------------------------------------------------------------------------- paragraphs


def test_quotation_over_paragraphs_reopened_is_one_quote_with_parts():
    text = (
        "Die Kanzlerin sagte in ihrer Rede:\n\n"
        "„Wir haben viel erreicht in diesem Jahr.\n\n"
        "„Aber vor uns liegt noch mehr Arbeit.\n"
        "„Ich zähle auf Sie alle“, schloss sie.\n\nDanach gab es Beifall."
    )
    quotes = scan(text).quotes
    assert len(quotes) == 1
    quote = quotes[0]
    assert [text[s:e] for s, e in quote.parts] == [
        "„Wir haben viel erreicht in diesem Jahr.",
        "„Aber vor uns liegt noch mehr Arbeit.",
        "„Ich zähle auf Sie alle“",
    ]
    assert quote.evidence == "marks+multi-paragraph"
    assert scan(text).anomalies == ()


def test_quotation_closed_paragraphs_later_without_reopening():
    text = (
        "Im Gesetz heißt es:\n"
        "„Die Behörde darf folgende Mittel einsetzen:\n"
        "1. verdeckte Beobachtung,\n"
        "2. Auskünfte bei Banken.“\n"
        "Kritiker halten das für zu weit."
    )
    quote = scan(text).quotes[0]
    assert len(quote.parts) == 3
    assert text[quote.start : quote.end].endswith("Banken.“")
    assert quote.confidence < 1


def test_nested_quote_in_a_linked_paragraph_counts_as_nested():
    text = "„Der erste Teil der Erklärung.\nDer Begriff ‚Frieden‘ fiel oft.\nEnde der Erklärung.“"
    quotes = scan(text).quotes
    assert [q.depth for q in quotes] == [0, 1]


def test_unclosed_quote_never_swallows_the_following_paragraphs():
    text = (
        "Der Sprecher nannte das „völlig überzogen und ging.\n\n"
        "Am Abend sagte die Ministerin: „Wir prüfen alle Optionen.“"
    )
    result = scan(text)
    assert texts(text, result.quotes) == ["„Wir prüfen alle Optionen.“"]
    assert [(a.kind, a.text) for a in result.anomalies] == [("unclosed-quote", "„")]
    assert "never closed" in result.anomalies[0].message


def test_reopened_chain_that_never_closes_is_dropped_not_swallowing():
    text = "„Erster Absatz ohne Ende.\n„Zweiter Absatz ohne Ende.\nDritter Absatz."
    result = scan(text)
    assert result.quotes == ()
    assert [a.kind for a in result.anomalies] == ["unclosed-quote"]


def test_keep_unclosed_cuts_at_the_paragraph_end(monkeypatch):
    monkeypatch.setattr(scanner, "KEEP_UNCLOSED", True)
    text = "Er sagte: „Wir kommen wieder\nNeuer Absatz."
    quote = scan(text).quotes[0]
    assert text[quote.start : quote.end] == "„Wir kommen wieder"
    assert not quote.closed and quote.confidence < 0.5


def test_closer_without_opener_is_an_anomaly():
    text = "Die Bilanz sei “ erfreulich, hieß es."
    result = scan(text)
    assert result.quotes == ()
    assert [a.kind for a in result.anomalies] == ["unopened-quote"]


def test_windows_line_breaks_and_blank_lines_are_paragraph_breaks():
    text = "„Wir kommen wieder.\r\n\r\n  „Ganz bestimmt“, sagte sie."
    assert len(scan(text).quotes[0].parts) == 2


# --------------------------------------------------------------------------- headlines


def test_headline_form_sets_the_speaker_span():
    text = "Steinmeier: „Wir brauchen einen langen Atem“\nDer Außenminister reiste am Montag ab."
    quote = scan(text).quotes[0]
    assert quote.evidence == "headline"
    assert text[slice(*quote.headline_speaker)] == "Steinmeier"


def test_headline_with_full_name_after_a_paragraph():
    text = "Vorspann.\nAnnalena von Berg: \"Ein guter Tag\"\nText."
    quote = scan(text).quotes[0]
    assert text[slice(*quote.headline_speaker)] == "Annalena von Berg"
    assert not quote.is_term  # a headline quotation is speech even when short and capitalised


@pytest.mark.parametrize(
    "text",
    [
        "Die Ministerin sagte am Montag: „Wir bleiben dabei.“",  # lowercase words: an introducer
        "Ein Beamter der Polizei: „Wir wissen, wer es war.“",
        "Der Vorsitzende Der Partei Der Arbeit Und Des Fortschritts: „Nein.“",  # too long
    ],
)
def test_colon_introducers_are_not_headlines(text):
    assert scan(text).quotes[0].headline_speaker is None


# --------------------------------------------------------------------------- quoted terms


@pytest.mark.parametrize(
    "text",
    [
        "Russlands Präsident Wladimir „Wolodja“ Putin reiste nach Minsk.",
        "Die Raumfähre „Kliper“ soll 2015 starten.",
        "Der Film „Das Leben der Anderen“ gewann den Preis.",
        "Die Organisation „Ärzte ohne Grenzen“ schickte Helfer.",
        "Die Partei warb mit dem so genannten „Zukunftsplan für alle“ um Stimmen.",
        "Die Operation „Cast Lead“ („gegossenes Blei“) dauerte drei Wochen.",
        "Er hielt das für „Kapitulation“ und trat zurück.",
    ],
)
def test_names_titles_and_labels_are_terms(text):
    quotes = scan(text).quotes
    assert quotes and all(q.is_term for q in quotes)
    assert all(q.confidence <= 0.3 for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # partial quotations inside reported speech: the corpus annotates them as Direct quotes
        "Der Verband nannte die Pläne „völlig unrealistisch“.",
        "Sie habe ein „verbotenes Regime“ errichtet, sagte der Ankläger.",
        "Der Minister zeigte sich „tief besorgt“ über die Lage.",
        # exclamations and full sentences are speech however short
        "„Raus!“, rief der Schiedsrichter.",
        "„Wir haben gewonnen, und zwar verdient“, sagte die Trainerin.",
        # longer than any title rule
        "„Die Lage an der Grenze ist ruhig, aber angespannt, und wir beobachten sie“, so der Oberst.",
    ],
)
def test_partial_quotes_and_speech_are_not_terms(text):
    quotes = scan(text).quotes
    assert len(quotes) == 1 and not quotes[0].is_term


def test_term_rule_looks_at_a_bounded_window():
    long_title = "„" + " ".join(["Wort"] * 200) + "“"
    assert not scanner.looks_like_term(long_title, 0, len(long_title))


# --------------------------------------------------------------------------- robustness


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "„", "“", '"', "'", "''", "»«", "„“", "Text ohne Zeichen.", "„\n“", "‚", "’’’", '"""'],
)
def test_degenerate_inputs_never_raise(text):
    result = scan(text)
    for quote in result.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)


def test_many_anomalies_are_summarised():
    text = "“ " * (scanner.MAX_ANOMALIES + 50)
    anomalies = scan(text).anomalies
    assert len(anomalies) == scanner.MAX_ANOMALIES + 1
    assert anomalies[-1].kind == "too-many-anomalies"
    assert "50 more" in anomalies[-1].message


def test_quotes_are_sorted_outer_before_inner():
    text = "„A ‚b‘ c“ und „d“."
    quotes = scan(text).quotes
    assert [(q.start, -q.end) for q in quotes] == sorted((q.start, -q.end) for q in quotes)


# --------------------------------------------------------------------------- word lists in data/de


def test_every_label_word_from_the_data_file_marks_a_term():
    from quotekit import lexicon

    labels = lexicon.words("scanner_label_words.txt")
    assert {"sogenannten", "Motto", "Titel"} <= labels
    for word in sorted(labels):
        text = f"Die Gruppe trat unter dem {word} „wir bleiben hier“ auf."
        assert [q.is_term for q in scan(text).quotes] == [True], word
    assert [q.is_term for q in scan("Die Gruppe rief „wir bleiben hier“ laut.").quotes] == [False]


def test_name_glue_from_the_data_file_keeps_a_title_a_term():
    from quotekit import lexicon

    glue = lexicon.words("scanner_name_glue.txt")
    assert {"ohne", "am", "für", "of"} <= glue
    for word in sorted(glue):
        text = f"Sie schrieb für „Hefte {word} Grenzen“ zwei Artikel."
        assert [q.is_term for q in scan(text).quotes] == [True], word
    # a lowercase word that is no glue makes it a partial quotation, not a title
    assert [q.is_term for q in scan("Sie schrieb für „Hefte gegen Grenzen“ zwei Artikel.").quotes] == [False]


def test_headline_names_use_the_particles_and_stop_words_from_data():
    from quotekit import lexicon

    particles = lexicon.words("scanner_headline_name_particles.txt")
    for particle in sorted(particles):
        text = f"Intro.\nKarla {particle} Berg: „Wir haben heute gewonnen.“"
        quote = scan(text).quotes[0]
        assert quote.headline_speaker is not None, particle
        assert text[slice(*quote.headline_speaker)] == f"Karla {particle} Berg"
    for word in sorted(lexicon.words("scanner_headline_non_names.txt")):
        text = f"Intro.\n{word} Sprecher: „Wir haben heute gewonnen.“"
        assert scan(text).quotes[0].headline_speaker is None, word
