"""Regression tests for the third round of direct-quote speaker fixes, one test per pattern.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus or the seeds).
"""

from __future__ import annotations

import quotekit


def direct_quotes(text: str) -> list[quotekit.Quote]:
    return [q for q in quotekit.extract(text) if q.type is quotekit.QuoteType.DIRECT]


def no_speaker(text: str, quote_start: str) -> bool:
    """True when the quote starting with ``quote_start`` has no speaker (or was left out as a term)."""
    return all(q.mention is None for q in direct_quotes(text) if q.text.startswith(quote_start))


def mention_of(text: str, quote_start: str) -> str | None:
    """The mention text of the direct quote whose text starts with ``quote_start``."""
    for quote in direct_quotes(text):
        if quote.text.startswith(quote_start):
            return quote.mention.text if quote.mention is not None else None
    raise AssertionError(f"no direct quote starting with {quote_start!r} in {direct_quotes(text)}")


# --------------------------------------------------------------------------- quoted names and titles


def test_newspaper_title_inside_clause_before_wonach_is_no_quote():
    text = "Der Sender zitiert die spanische Zeitung „Diario Nuevo“, wonach der Minister zurücktreten wolle."
    assert no_speaker(text, "„Diario")


def test_group_name_after_nach_angaben_is_no_quote():
    text = "Nach Angaben der Helfer von „Retter ohne Grenzen“ wurden zwölf Menschen verletzt."
    assert no_speaker(text, "„Retter")


def test_label_after_colon_name_is_no_quote():
    text = "Die Firma zeigte die kommende Version ihres Browsers (Codename: „Nordlicht“) und ein neues Werkzeug."
    assert no_speaker(text, "„Nordlicht")


def test_short_quote_with_its_own_frame_keeps_its_speaker():
    text = "„Großartig!“, sagte die Trainerin nach dem Spiel."
    assert mention_of(text, "„Großartig") == "die Trainerin"


# --------------------------------------------------------------------------- "heißt es" sources


def test_heisst_es_with_adverb_before_source():
    text = "„Wir bleiben bei unserer Linie“, heißt es dazu in einer Mitteilung des Vereins."
    assert mention_of(text, "„Wir bleiben") == "einer Mitteilung des Vereins"


def test_heisst_es_after_auf_phrase():
    text = "Auf der Website der Stadt heißt es zur Begründung: „Die Brücke wird im Mai gesperrt.“"
    assert mention_of(text, "„Die Brücke") == "der Website der Stadt"


# --------------------------------------------------------------------------- sentence subject


def test_subject_of_gelten_is_not_the_speaker():
    text = "Der Bürgermeister regierte die Stadt zwanzig Jahre lang. Er galt lange als „stiller Reformer der Region“."
    assert no_speaker(text, "„stiller")


def test_subject_of_passive_is_not_the_speaker():
    text = "Ein Radfahrer fuhr bei Rot über die Kreuzung. Er wurde daraufhin wegen „fahrlässiger Gefährdung des Verkehrs“ belangt."
    assert no_speaker(text, "„fahrlässiger")


def test_subject_of_copula_is_not_the_speaker():
    text = "Die Sängerin trat vierzig Jahre lang auf. Im Dorf war sie bald nur noch „die Frau mit der Geige“."
    assert no_speaker(text, "„die Frau")


# --------------------------------------------------------------------------- partial quotes in reports


def test_own_verb_of_saying_beats_inherited_report():
    text = (
        "Die Ministerin erklärte, das Gesetz sei nötig. Die Schulen seien nun gefordert. Der Sprecher des "
        "Elternvereins, Jan Roth, sagte am Abend, es sei „völlig unverständlich, wie man so mit Familien umgeht“."
    )
    assert mention_of(text, "„völlig") == "Der Sprecher des Elternvereins, Jan Roth"


def test_partial_quote_in_plural_speakers_report_keeps_its_speaker():
    text = "Die Schweden dagegen erklärten, der Schiedsrichter habe ein „klares Foul“ übersehen."
    assert mention_of(text, "„klares") == "Die Schweden"


def test_quoted_phrase_in_continued_report_inherits_the_report_speaker():
    text = (
        "Die Stadtbibliothek teilte mit, dass der Lesesaal bald wieder öffne. "
        "Ein „kleiner Wasserschaden im Keller“ habe den Umbau verzögert."
    )
    assert mention_of(text, "„kleiner") == "Die Stadtbibliothek"


# --------------------------------------------------------------------------- naming verbs


def test_capitalised_word_after_naming_verb_and_article_is_a_quote():
    text = "Der Fraktionschef Paul Brenner nannte die neue Umfrage eine „Luftnummer“."
    assert mention_of(text, "„Luftnummer") == "Der Fraktionschef Paul Brenner"


def test_capitalised_word_after_bezeichnen_als_is_a_quote():
    text = "Die Gewerkschaft lehnt die Reform ab. Ihr Vorsitzender Udo Kranz bezeichnete sie als „Mogelpackung“."
    assert mention_of(text, "„Mogelpackung") == "Ihr Vorsitzender Udo Kranz"


def test_name_after_naming_verb_without_article_stays_a_title():
    text = "Für den Herbst plant der Verlag zwei Reihen, er nennt sie „Nordwind“ und „Südlicht“."
    assert no_speaker(text, "„Nordwind")


def test_word_named_by_man_stays_a_term():
    text = "Der Zug hält nur an jedem zweiten Bahnhof. So etwas nennt man einen „Sprinter“."
    assert no_speaker(text, "„Sprinter")


# --------------------------------------------------------------------------- labels


def test_slogan_after_motto_has_no_speaker():
    text = "Die Mieter trafen sich am Bahnhof. Sie liefen unter dem Motto „Die Stadt gehört uns allen! Mieten runter!“ zum Rathaus."
    assert no_speaker(text, "„Die Stadt")


def test_title_is_not_the_speaker_of_its_own_name():
    text = "„Wasser für alle Dörfer“, so lautet der Titel eines Programms, das der Verband am Freitag gestartet hat."
    assert no_speaker(text, "„Wasser")


# --------------------------------------------------------------------------- continuations


def test_turn_goes_on_across_reported_sentences_with_konjunktiv_verbs():
    text = (
        "Die Trainerin des Vereins, Lea Brandt, sagte: „Wir spielen auf Sieg.“ Die Mannschaft sei in guter "
        "Form. Noch bestehe zwar Sorge um zwei Verletzte, doch beide seien auf dem Weg der Besserung. "
        "„Am Samstag stehen alle elf Stammspieler auf dem Platz.“"
    )
    assert mention_of(text, "„Am Samstag") == "Die Trainerin des Vereins, Lea Brandt"


def test_partial_quote_in_konjunktiv_sentence_goes_on_with_previous_speaker():
    text = (
        "Der Bürgermeister Otto Keller sprach sich für den Neubau der Halle aus. Teuer werde das zwar, die Stadt "
        "könne sich „eine marode Sporthalle aber nicht länger leisten“."
    )
    assert mention_of(text, "„eine marode") == "Der Bürgermeister Otto Keller"


# --------------------------------------------------------------------------- colon clauses without a cue


def test_colon_clause_with_thing_subject_names_person_after_verb():
    text = (
        "Die Stadträtin Jana Meier verlässt ihre Partei. Den Vorwurf des Verrats an den Wählern nennt Meier absurd: "
        "„Die Partei hat sich verändert, nicht ich.“"
    )
    assert mention_of(text, "„Die Partei") == "Meier"


def test_colon_clause_with_thing_subject_names_person_in_von_phrase():
    text = "Die Bilanz von Sandra Kolb nach drei Jahren im Amt fällt positiv aus: „Der Hafen ist heute wieder ausgelastet.“"
    assert mention_of(text, "„Der Hafen") == "Sandra Kolb"


def test_colon_clause_opening_with_possessive_goes_on_with_previous_speaker():
    text = (
        "Vor der Abstimmung gab sich der Fraktionschef Jan Holm gelassen: „Wir haben die Mehrheit.“ Seine Ruhe "
        "hat einen Grund: „Drei Abweichler haben inzwischen ihre Zustimmung signalisiert.“"
    )
    assert mention_of(text, "„Drei") == "der Fraktionschef Jan Holm"


# --------------------------------------------------------------------------- zufolge inside a clause


def test_zufolge_source_inside_clause():
    text = "Auslöser des Brandes war dem Gutachten zufolge eine „defekte elektrische Leitung“ im Dachstuhl."
    assert mention_of(text, "„defekte") == "dem Gutachten"


# --------------------------------------------------------------------------- the sentence after a quote


def test_das_after_quote_with_verb_of_saying_names_the_speaker():
    text = "„Wir haben uns verrechnet“. Das musste Stadtkämmerer Karl Berg am Dienstag im Rat eingestehen."
    assert mention_of(text, "„Wir haben") == "Stadtkämmerer Karl Berg"


def test_modal_far_before_infinitive_cue_still_finds_subject():
    text = (
        "„Das Geld reicht nicht.“ Das musste Stadtkämmerer Karl Berg am Dienstag in der langen Sitzung "
        "des Rates zum Haushalt einräumen."
    )
    assert mention_of(text, "„Das Geld") == "Stadtkämmerer Karl Berg"


# --------------------------------------------------------------------------- relative clauses


def test_person_after_object_relative_pronoun_is_the_subject():
    text = (
        "Erfüllt ist nun die Zusage, die Bürgermeister Hans Bauer bei seinem Amtsantritt den Eltern versprochen hatte: "
        "„Jedes Kind bekommt einen Kitaplatz.“"
    )
    assert mention_of(text, "„Jedes Kind") == "Bürgermeister Hans Bauer"


# --------------------------------------------------------------------------- subjects that are no persons


def test_group_noun_opening_sentence_before_cue_verb_speaks():
    text = "Das Stadion war ausverkauft. Die Fankurve skandierte nach dem Abpfiff Sätze wie „Nie mehr zweite Liga!“"
    assert mention_of(text, "„Nie mehr") == "Die Fankurve"


def test_heisst_es_after_relative_clause_takes_the_opening_source():
    text = "In der Satzung des Vereins, die im Jahr 1950 beschlossen wurde, heißt es: „Mitglied kann jeder werden.“"
    assert mention_of(text, "„Mitglied") == "der Satzung des Vereins"


def test_name_right_after_a_noun_is_no_speech():
    text = "Ein Forscherteam aus Kiel berichtet, dass die Meeresschnecke „Aplysia borealis“ ihr Gift selbst herstelle."
    assert no_speaker(text, "„Aplysia")


def test_quote_after_frame_noun_keeps_its_speaker():
    text = "Der Trainer begrüßte die Spieler mit den Worten „Heute zählt nur der Sieg“ und ging in die Kabine."
    assert mention_of(text, "„Heute") == "Der Trainer"


def test_nach_aussagen_source_of_partial_quote():
    text = (
        "Die Kammer wies darauf hin dass, wie vom Kläger vorgetragen, nach Aussagen eines Zeugen, "
        "der Wagen „viel zu schnell“ gefahren sei."
    )
    assert mention_of(text, "„viel zu schnell") == "Aussagen eines Zeugen"


def test_man_is_never_the_speaker_of_a_direct_quote():
    text = "Der Richter urteilte ohne lange Beratung. Man nennt das unter Juristen: „kurzer Prozess“."
    assert no_speaker(text, "„kurzer")


def test_thing_in_konjunktiv_report_does_not_take_the_quote():
    text = (
        "„Die Maut ist gerecht“, sagte die Senatorin Eva Lang dem Sender. Die Auswertung zeige sogar, "
        "„dass kaum jemand deshalb auf das Auto verzichtet“."
    )
    assert mention_of(text, "„dass kaum") == "die Senatorin Eva Lang"


# --------------------------------------------------------------------------- cue verbs after a quote


def test_meinen_before_its_subject_is_a_verb_of_saying():
    text = "„Der Vorstand hört nicht mehr zu“, meinen die beiden Gründer Lars Winter und Tom Berg in einem offenen Brief."
    assert mention_of(text, "„Der Vorstand") == "die beiden Gründer Lars Winter und Tom Berg"


def test_meinen_as_possessive_is_no_cue():
    text = "„Das ist mein Haus“ steht auf einem Schild vor meinen Augen."
    assert no_speaker(text, "„Das ist")


def test_quote_opening_sentence_then_heisst_es_without_comma():
    text = "„Wir fordern eine Kennzeichnung aller Beamten“ heißt es dazu in einer Mitteilung des Vereins."
    assert mention_of(text, "„Wir fordern") == "einer Mitteilung des Vereins"


def test_meinen_before_comma_is_a_verb_of_saying():
    text = "Viele Anwohner meinen, der Lärm der Baustelle sei „nicht mehr auszuhalten“."
    assert mention_of(text, "„nicht mehr") == "Viele Anwohner"


# --------------------------------------------------------------------------- phrase boundaries


def test_club_name_with_number_stays_one_phrase():
    text = "„Das war ein glücklicher Punkt“, sagte der Trainer von Rot-Weiß 05 Kleinstadt nach dem Spiel."
    assert mention_of(text, "„Das war") == "der Trainer von Rot-Weiß 05 Kleinstadt"


def test_quoted_term_opens_no_turn_for_later_quotes():
    text = (
        "Der Senat plant eine zentrale „Schülerkartei“, in der viele Daten gespeichert werden sollen. "
        "Darunter sind auch die „Sprache der Familie“ und die „soziale Lage der Eltern“."
    )
    assert no_speaker(text, "„soziale Lage")


def test_participle_used_as_adjective_is_no_cue_before_colon():
    text = (
        "Die Autorin las in Berlin. Sie wandte sich dort gegen die bisher verbreiteten bequemen Ausreden "
        "der Politik: „Wer wegschaut, macht sich mitschuldig.“"
    )
    assert mention_of(text, "„Wer") == "Sie"


def test_quoted_adjective_after_comma_is_no_speech():
    text = "Die Bitte, vorgetragen durch den strengen, „korrekten“ Beamten Keller, klang wie ein Mahnwort."
    assert no_speaker(text, "„korrekten")


def test_name_after_nennt_sich_is_no_speech():
    text = "Die Messe findet alle fünf Jahre statt. Im nächsten Jahr nennt sie sich „expo 30“ und dauert hundert Tage."
    assert no_speaker(text, "„expo")
