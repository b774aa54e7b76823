"""Regression tests for speaker attribution patterns of direct quotes fixed in session 12.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus). The assertion is
on the mention text: the words that name who speaks.
"""

from __future__ import annotations

import pytest

import quotekit

from support import mention_of

# --------------------------------------------------------------------------- statements as speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Ansicht von Bürgermeisterin Lena Hofstetter hat die Verwaltung „viel zu lange gezögert“.",
            "Ansicht von Bürgermeisterin Lena Hofstetter",
        ),
        (
            "Nach Meinung von Pfarrer Jonas Albrecht ist die Gemeinde „auf einem guten Weg“.",
            "Meinung von Pfarrer Jonas Albrecht",
        ),
    ],
)
def test_view_noun_with_von_belongs_to_the_speaker(text: str, speaker: str) -> None:
    # "nach Ansicht von X" is marked like "nach Ansicht der X": the view noun is part of the speaker
    assert mention_of(text, "„") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Ansicht der Bürgermeisterin ist der Umbau des Bahnhofs gescheitert. "
            "„Wir müssen mit der Planung von vorn beginnen. Das wird Jahre dauern.“",
            "Ansicht der Bürgermeisterin",
        ),
        (
            "Nach Ansicht von Bürgermeisterin Lena Hofstetter ist der Umbau des Bahnhofs gescheitert. "
            "„Wir müssen mit der Planung von vorn beginnen. Das wird Jahre dauern.“",
            "Ansicht von Bürgermeisterin Lena Hofstetter",
        ),
    ],
)
def test_statement_of_one_person_speaks_on_in_the_next_sentence(text: str, speaker: str) -> None:
    # the previous-sentence rule judges a statement phrase by its owner, who is one person
    assert mention_of(text, "„Wir") == speaker


def test_statement_of_a_thing_does_not_speak_on():
    # guard: "nach Angaben des Berichts" names no one who goes on speaking
    text = "Nach Angaben des Berichts ist der Umbau des Bahnhofs gescheitert. „Wir müssen mit der Planung von vorn beginnen.“"
    quotes = [q for q in quotekit.extract(text) if q.text.startswith("„Wir")]
    assert all(q.mention is None for q in quotes)


# --------------------------------------------------------------------------- partial quotes after a noun


def test_long_partial_quote_ending_in_its_predicate_after_a_noun_is_no_name():
    # "ein System von Zahlungen „Anfang … üblich“ gewesen sei": a clause piece, not a name of the noun
    text = "Der Gutachter führte aus, dass ein System von Rabatten „Anfang der Achtzigerjahre im ganzen Handel üblich“ gewesen sei."
    assert mention_of(text, "„") == "Der Gutachter"


def test_quoted_name_after_a_noun_stays_nobodys_words():
    # guard: a name after its noun ends in a noun („Farben des Nordens“), whoever speaks around it
    text = "Die Kuratorin sagte, die Ausstellung „Farben des alten Hafens im Norden“ werde verlängert."
    assert all(q.mention is None for q in quotekit.extract(text) if q.type.value == "Direct")


# --------------------------------------------------------------------------- partial quotes in continued reports


def test_partial_quote_with_glue_words_in_a_continued_report_is_the_reports_speaker():
    # a Konjunktiv sentence going on with the report before: no cue of its own, the report names the speaker
    text = (
        "Der Datenschutzbeauftragte übte Kritik an den Plänen. Er sagte, die Regierung habe eine zentrale Datei bisher stets "
        "ausgeschlossen. Auf dem Weg einer „Vernetzung der Melde- und Passregister“ komme sie nun aber zum selben Ergebnis."
    )
    assert mention_of(text, "„Vernetzung") == "Er"


def test_capitalised_term_in_a_continued_report_stays_a_term():
    # guard: a quoted name-like word in such a sentence is still a term, nobody's words
    text = "Er sagte, die Regierung habe eine zentrale Datei bisher stets ausgeschlossen. Das geplante „Meldegesetz“ ändere daran nichts."
    assert all(q.mention is None for q in quotekit.extract(text) if q.type.value == "Direct")


# --------------------------------------------------------------------------- phrase tails


def test_von_phrase_closed_by_bis_is_a_path_not_an_affiliation():
    # "vom Bahnhof bis zum Rathaus" tells where they went, not where the demonstrators belong
    text = "Am Samstag zogen die Demonstranten vom Hauptbahnhof bis zum Rathaus und riefen dabei „Hände weg vom Stadtpark“."
    assert mention_of(text, "„") == "die Demonstranten"


def test_von_phrase_without_bis_stays_an_affiliation():
    # guard: "der Sprecher vom Bauernverband" is one phrase
    text = "Der Sprecher vom Bauernverband sagte, die Ernte sei „katastrophal schlecht“."
    assert mention_of(text, "„") == "Der Sprecher vom Bauernverband"


def test_genitive_tail_before_bis_stays_part_of_the_speaker():
    # guard: only a von-phrase opens a path; "des Unternehmens X bis Montag" is a genitive and a time
    text = "Nach Angaben eines Sprechers des Unternehmens Halbach bis Montag bleibt die Baustelle „aus Sicherheitsgründen gesperrt“."
    assert mention_of(text, "„") == "Angaben eines Sprechers des Unternehmens Halbach"


# --------------------------------------------------------------------------- words found in a place


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Im Bericht des Rechnungshofs findet sich der Satz: „Die Stadt hat über ihre Verhältnisse gelebt.“", "Bericht des Rechnungshofs"),
        ("Auf der Website der Partei findet sich die Forderung: „Die Stadt muss endlich sparen.“", "der Website der Partei"),
    ],
)
def test_words_found_in_a_place_come_from_that_place(text: str, speaker: str) -> None:
    # "findet sich" with a reflexive: its subject is the words, the place is their source
    assert mention_of(text, "„") == speaker


def test_finden_of_an_opinion_keeps_its_subject():
    # guard: "Die Ministerin findet: …" states her opinion
    assert mention_of("Die Ministerin findet: „Das ist ein guter Tag für die Stadt.“", "„") == "Die Ministerin"


def test_quoted_sentence_after_a_noun_is_longer_than_a_name():
    # a quote of more than ten words after "die Feststellung" is a sentence, not the name of the noun
    text = (
        "In der Lokalzeitung fand sich dazu die Feststellung „Mit dieser Ausgabe stellt die Redaktion ihre gesamte "
        "Arbeit im Landkreis auf ganz neue Beine“."
    )
    assert mention_of(text, "„") == "der Lokalzeitung"


def test_short_phrase_repeating_the_quote_before_is_no_new_quotation():
    # "Wie wörtlich „neue Beine“ zu verstehen ist": the words of the quote before, mentioned again
    text = (
        "Die Verlegerin sagte: „Wir stellen die Zeitung auf neue Beine.“ Wie wörtlich „neue Beine“ zu verstehen ist, "
        "wurde erst gestern bekannt."
    )
    assert [q.text for q in quotekit.extract(text) if q.type.value == "Direct"] == ["„Wir stellen die Zeitung auf neue Beine.“"]


# --------------------------------------------------------------------------- names announced before a colon


def test_name_announced_before_a_colon_is_nobodys_words():
    # "Den Namen der Sendung gab der Sender bekannt: „…“": the quote is the name, not the sender's words
    text = "Den Namen der neuen Sendung gab der Sender bereits bekannt: „Stimmen aus dem Tal – Geschichten einer Region“."
    assert all(q.mention is None for q in quotekit.extract(text) if q.type.value == "Direct")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Unter dem Motto „Frieden jetzt“ rief der Redner: „Wir bleiben hier“.", "der Redner"),
        ("Den Namen der neuen Sendung gab der Sender am Montag bekannt: „Wir haben lange gesucht. Jetzt steht er fest.“", "der Sender"),
    ],
)
def test_speech_after_a_colon_near_a_label_keeps_its_speaker(text: str, speaker: str) -> None:
    # guards: a label that names its own quote, and a full sentence after the colon, are still speech
    assert mention_of(text, "„W") == speaker


# --------------------------------------------------------------------------- two bodies in a genitive


def test_second_genitive_body_named_by_an_acronym_and_a_place_joins_the_speaker():
    # "des Betriebsrates und der IG Metall Nord": the acronym marks a body even with a place after it
    text = "Die Stellen sollen „ohne Kündigungen“ abgebaut werden, so heißt es in einer Erklärung des Betriebsrates und der IG Metall Nord."
    assert mention_of(text, "„") == "einer Erklärung des Betriebsrates und der IG Metall Nord"


def test_second_genitive_of_people_does_not_join_the_speaker():
    # guard: "und der Kinder" is no second body
    text = "Die Stellen sollen „ohne Kündigungen“ abgebaut werden, so heißt es in einer Erklärung des Betriebsrates und der Kinder Hamburgs."
    assert mention_of(text, "„") == "einer Erklärung des Betriebsrates"


# --------------------------------------------------------------------------- lowercase brands in compounds


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Eine eBay-Sprecherin sagte am Dienstag: „Wir prüfen den Fall sehr genau.“", "Eine eBay-Sprecherin"),
        ("Auf der expo-Homepage heißt es dazu: „Die Farben wurden wegen ihrer klaren Wirkung gewählt.“", "der expo-Homepage"),
    ],
)
def test_compound_after_a_lowercase_brand_is_a_noun(text: str, speaker: str) -> None:
    # German capitalises a compound's last part: "eBay-Sprecherin" is a role noun, "expo-Homepage" a noun
    assert mention_of(text, "„") == speaker


# --------------------------------------------------------------------------- judging verbs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Im Süden wird die Lawinengefahr vom Landeswarndienst als „erheblich“ eingestuft.", "Landeswarndienst"),
        ("Die Prüfer stuften den Zustand der Brücke als „bedenklich“ ein.", "Die Prüfer"),
    ],
)
def test_einstufen_als_gives_the_judges_word(text: str, speaker: str) -> None:
    # "stuft … als „…“ ein" judges like "bewertet … als": the quoted word is the judge's, also in the passive
    assert mention_of(text, "„") == speaker


# --------------------------------------------------------------------------- guards for the rules above


def test_short_answer_said_again_with_its_own_frame_is_a_new_quotation():
    # a repeated "Nein" with its own verb of saying is said again, not mentioned
    text = "„Nein“, sagte er. „Nein“, sagte auch seine Frau."
    assert [q.mention.text for q in quotekit.extract(text) if q.type.value == "Direct" and q.mention] == ["er", "seine Frau"]


def test_title_after_an_article_and_its_noun_stays_a_name():
    # "den Film „… länger fort“": a title ending in a lowercase word is still the film's name
    text = "Der Regisseur stellte am Abend den Film „Wer früher geht, ist länger fort“ vor."
    assert all(q.mention is None for q in quotekit.extract(text) if q.type.value == "Direct")


def test_label_word_inside_a_prepositional_phrase_announces_no_name():
    # "Auf die Frage nach dem Namen … sagte sie: „…“": she answers, the quote is her words
    text = "Auf die Frage nach dem Namen des Kindes sagte die Mutter: „Das verrate ich nicht“."
    assert mention_of(text, "„") == "die Mutter"


# --------------------------------------------------------------------------- a statement named after the quote


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "„Jeder Vierte hält die Stadt für unsicher.“ Das ist das zentrale Ergebnis einer Umfrage, die der Stadtrat in Auftrag gegeben hatte.",
            "das zentrale Ergebnis einer Umfrage",
        ),
        ("„Wir haben das Spiel verdient verloren.“ Das war das Fazit des Trainers nach dem Derby.", "das Fazit des Trainers"),
    ],
)
def test_das_ist_a_statement_after_the_quote_names_its_source(text: str, speaker: str) -> None:
    # "„…“ Das ist die Aussage/das Fazit von X": the statement phrase is the speaker, as with "nach Angaben X"
    assert mention_of(text, "„") == speaker


def test_das_ist_a_thing_after_the_quote_names_no_source():
    # guard: "Das ist das Ende einer Saison" names no statement
    text = "„Wir haben das Spiel verdient verloren.“ Das war das Ende einer langen Saison."
    assert all(q.mention is None for q in quotekit.extract(text) if q.type.value == "Direct")


# --------------------------------------------------------------------------- a quote filling a continued report


def test_quote_filling_a_konjunktiv_sentence_goes_on_with_the_report_before():
    # "Weiterhin bleibe „…“": the quote fills its sentence, so no report holds it; the Konjunktiv continues the report
    text = (
        "Die Kammer nutzte die Begründung auch zur Verteidigung in eigener Sache. Sie weist den Vorwurf als abwegig zurück, "
        "man habe nur verhandelt, um etwas zu finden. Dieser Vorwurf gehe gegen die Ehre des Gerichts. Weiterhin bleibe "
        "„der Vorwurf im Raum stehen, Richter seien bei Prominenten bereit, Gesetze zu missachten.“"
    )
    assert mention_of(text, "„der Vorwurf") == "Sie"


def test_quote_in_an_indicative_sentence_after_a_report_starts_anew():
    # guard: without a Konjunktiv the sentence is no continuation of the report
    text = (
        "Sie weist den Vorwurf als abwegig zurück, man habe nur verhandelt, um etwas zu finden. Dieser Vorwurf gehe gegen die "
        "Ehre des Gerichts. Am Ende blieb „ein schaler Nachgeschmack bei allen Beteiligten im Saal zurück“."
    )
    assert all(q.mention is None for q in quotekit.extract(text) if q.text.startswith("„ein"))
