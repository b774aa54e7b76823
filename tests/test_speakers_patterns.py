"""Regression tests for speaker-phrase patterns that once failed, one test per pattern.

Each sentence is written for these tests in the style of German news (the pattern comes from the
error analysis of the train split; no sentence or name is taken from a corpus or the seeds). The
assertion is on the mention text: the words that name who speaks.
"""

from __future__ import annotations

import quotekit
from support import direct_quotes, mention_of, no_speaker





# --------------------------------------------------------------------------- phrase boundaries


def test_focus_particle_before_subject_is_not_part_of_it():
    text = "Auch die Sprecherin des Landkreises, Miriam Sauer, zeigte sich erleichtert: „Wir hatten großes Glück.“"
    assert mention_of(text, "„Wir hatten") == "die Sprecherin des Landkreises, Miriam Sauer"


def test_focus_particle_before_subject_of_reported_clause():
    text = "Auch der frühere Innenminister Karl Weber kritisierte, die Regierung habe „völlig versagt“."
    assert mention_of(text, "„völlig") == "der frühere Innenminister Karl Weber"


def test_preposition_after_full_name_ends_the_name():
    text = "„Das war ein hartes Spiel“, sagte Trainer Felix Moser zum Sender Radio Nord."
    assert mention_of(text, "„Das war") == "Trainer Felix Moser"


def test_name_particle_after_first_name_stays_in_the_name():
    text = "„Wir bleiben bei unserem Kurs“, sagte Anna von der Au am Freitag."
    assert mention_of(text, "„Wir bleiben") == "Anna von der Au"


def test_quoted_newspaper_title_ends_before_the_quoted_person():
    text = "„Der Umbau kostet uns ein Jahr“, zitiert die „Nordpost“ Werkleiter Jonas Albers in ihrer Ausgabe."
    assert mention_of(text, "„Der Umbau") == "die „Nordpost“"


def test_article_of_nach_den_worten_belongs_to_the_source():
    text = "Nach den Worten des Bürgermeisters ist die Brücke „nicht mehr zu retten“."
    assert mention_of(text, "„nicht mehr") == "den Worten des Bürgermeisters"


def test_heading_line_is_not_part_of_the_subject():
    text = (
        "Die Bewerbung wurde gestern eingereicht.\n\n"
        "Unterstützung aus Berlin\n"
        "Schon im Mai hatte Wirtschaftsministerin Carla Brenner vor Unternehmern betont: „Wir stehen hinter dem Projekt.“"
    )
    assert mention_of(text, "„Wir stehen") == "Wirtschaftsministerin Carla Brenner"


def test_first_position_without_a_person_yields_to_the_inverted_subject():
    text = "Bezeichnend für die Stimmung im Saal rief der Sprecher der Anwohner: „Wir geben nicht auf.“"
    assert mention_of(text, "„Wir geben") == "der Sprecher der Anwohner"


def test_impersonal_man_quoting_someone_gives_the_quoted_person():
    text = "„Die Lage ist unübersichtlich“, zitierte man den Korrespondenten Marco Blum vom Radiosender West."
    assert mention_of(text, "„Die Lage") == "den Korrespondenten Marco Blum vom Radiosender West"


# --------------------------------------------------------------------------- appositions and relative clauses


def test_apposition_with_coordinated_roles_before_the_verb():
    text = "Anna Roth, eine Stadträtin aus Kiel und Lehrerin im Ruhestand, erklärte am Abend: „Das Geld fehlt an den Schulen.“"
    assert mention_of(text, "„Das Geld") == "Anna Roth, eine Stadträtin aus Kiel und Lehrerin im Ruhestand"


def test_relative_clause_between_subject_and_verb_is_left_out():
    text = "Die 61-jährige Hansen, die den Verein seit 1990 führt, hofft nun, „dass der Sportplatz erhalten bleibt“."
    assert mention_of(text, "„dass der") == "Die 61-jährige Hansen"


def test_apposition_kept_and_following_relative_clause_left_out():
    text = "Peter Lang, der Bürgermeister der Stadt, der seit 2010 im Amt ist, sagte am Abend: „Wir bauen neu.“"
    assert mention_of(text, "„Wir bauen") == "Peter Lang, der Bürgermeister der Stadt"


def test_colon_clause_whose_subject_has_a_relative_clause():
    text = "Die Pflegerin, die seit zwanzig Jahren im Heim arbeitet, hat nun gekündigt: „Ich kann nicht mehr.“"
    assert mention_of(text, "„Ich kann") == "Die Pflegerin"


# --------------------------------------------------------------------------- where the cue is


def test_verb_subject_speaks_rather_than_hearsay_particle_in_colon_clause():
    text = "Im Ausschuss sagte der Minister nach Angaben von Teilnehmern: „Ich trete nicht zurück.“"
    assert mention_of(text, "„Ich trete") == "der Minister"


def test_cue_verb_after_a_prepositional_phrase_following_the_quote():
    text = "Die Feier begann pünktlich. „Schön, euch alle zu sehen“, mit diesen Worten begrüßte sie die Gäste im Rathaus."
    assert mention_of(text, "„Schön") == "sie"


def test_mit_den_worten_before_the_quote_takes_the_subject_after_it():
    text = "Mit den Worten „Ich bleibe in dieser Stadt“ beendete die Bürgermeisterin ihre Rede."
    assert mention_of(text, "„Ich bleibe") == "die Bürgermeisterin"


# --------------------------------------------------------------------------- quotes without a cue of their own


def test_previous_sentence_cue_of_a_thing_gives_no_speaker():
    text = (
        "Viele Regierungen reagierten mit Kritik. Der Prüfbericht verlangte eine Erklärung der Betreiber.\n\n"
        "„Die Sicherheit der Anlage ist nicht gewährleistet.“ Weitere Gespräche sind geplant."
    )
    assert no_speaker(text, "„Die Sicherheit")


def test_previous_sentence_cue_of_a_group_of_people_gives_no_speaker():
    text = (
        "Die Lage blieb ruhig. Viele Abgeordnete forderten eine Erklärung der Regierung.\n\n"
        "„Die Sicherheit der Anlage ist nicht gewährleistet.“ Weitere Gespräche sind geplant."
    )
    assert no_speaker(text, "„Die Sicherheit")


def test_previous_sentence_cue_of_an_organisation_carries_a_standalone_quote():
    text = (
        "Die Tarifrunde ist gescheitert. Die Gewerkschaft kündigte für Montag Streiks an. "
        "„Wir lassen uns nicht länger hinhalten.“ Die Arbeitgeber reagierten gelassen."
    )
    assert mention_of(text, "„Wir lassen") == "Die Gewerkschaft"


def test_previous_sentence_cue_of_a_named_person_carries_a_standalone_quote():
    text = (
        "Die Abgeordnete Helga Brandt sagte, die Schule müsse erhalten bleiben. "
        "„Die Kinder brauchen kurze Wege.“ Der Rat entscheidet im Juni."
    )
    assert mention_of(text, "„Die Kinder") == "Die Abgeordnete Helga Brandt"


def test_sentence_about_a_new_person_ends_the_previous_speakers_turn():
    text = (
        "„Wir haben lange darüber beraten“, sagte der Vorsitzende. "
        "Die Tochter der Gründerin, Maria Keller, leitet seit Jahren die Filiale in Bremen. "
        "„Meine Mutter hat immer an den Laden geglaubt.“"
    )
    assert mention_of(text, "„Meine Mutter") == "Die Tochter der Gründerin, Maria Keller"


def test_quoted_sentence_with_full_stop_then_cue_verb_without_comma():
    text = "Die Schulen öffnen wieder. „Der Unterricht beginnt am Montag.“ erklärte Schulsenatorin Brigitte Haas."
    assert mention_of(text, "„Der Unterricht") == "Schulsenatorin Brigitte Haas"


def test_object_first_then_verb_then_subject_before_colon():
    text = "Die Pläne des Senats verfolgte die Verkehrsexpertin Nora Kies mit Sorge: „Das schafft niemand bis 2030.“"
    assert mention_of(text, "„Das schafft") == "die Verkehrsexpertin Nora Kies"


def test_fuer_person_ist_names_whose_view_is_quoted():
    text = "Für den Verkehrsexperten Jonas Pfeiffer ist die Lage auf den Straßen „kaum noch beherrschbar“."
    assert mention_of(text, "„kaum noch") == "den Verkehrsexperten Jonas Pfeiffer"


def test_one_of_a_group_in_the_genitive_is_the_speaker():
    text = "Eine der beiden Lehrerinnen erzählte am Abend: „Die Kinder haben tapfer gewartet.“"
    assert mention_of(text, "„Die Kinder") == "Eine der beiden Lehrerinnen"


def test_extended_participle_attribute_inside_the_subject():
    text = "„Das Konzert war ein Traum“, sagte die in Leipzig aufgewachsene Pianistin nach dem Auftritt."
    quote = next(q for q in direct_quotes(text) if q.text.startswith("„Das Konzert"))
    assert quote.mention.text == "die in Leipzig aufgewachsene Pianistin"
    assert quote.speaker is not None and quote.speaker.gender == "f"  # a role (Sängerin), not the place name


def test_reflexive_pronoun_before_the_subject_of_a_wie_clause():
    text = "Die neue Regel oder, wie sich Brandt ausdrückte, „ein Maulkorb für die Gemeinden“ tritt im Mai in Kraft."
    assert mention_of(text, "„ein Maulkorb") == "Brandt"


def test_heisst_es_with_the_source_in_first_position():
    text = "Der Brief ging an alle Mitglieder. In dem Schreiben heißt es: „Die Beiträge steigen zum Januar.“"
    assert mention_of(text, "„Die Beiträge") == "dem Schreiben"


def test_common_noun_before_colon_is_no_headline_name():
    from quotekit.api import annotate
    from quotekit.speakers import _name_before

    ann = annotate("Die Sitzung endete mit folgenden Worten: „Wir vertagen uns.“")
    colon = next(t.i for t in ann.tokens if t.text == ":")
    assert _name_before(ann, colon, 0) is None
    ann = annotate("Die Reaktion von Klara Brandt: „Wir vertagen uns.“")
    colon = next(t.i for t in ann.tokens if t.text == ":")
    assert _name_before(ann, colon, 0).name == "Klara Brandt"


def test_mit_den_worten_after_a_colon_takes_the_subject_after_the_quote():
    text = (
        "Die Bürgermeisterin blieb ruhig: Mit den Worten „Wir finden gemeinsam eine Lösung“, "
        "beendete sie die Sitzung des Rates."
    )
    assert mention_of(text, "„Wir finden") == "sie"


def test_quoted_title_inside_an_apposition_before_the_verb():
    text = "Jonas Berg, ein Sprecher der Initiative „Grüne Stadt“ (GS), bewertete den Beschluss: „Das ist ein schwarzer Tag.“"
    assert mention_of(text, "„Das ist") == "Jonas Berg, ein Sprecher der Initiative „Grüne Stadt“ (GS)"


def test_wie_clause_after_the_quote_names_the_speaker():
    text = "Die Gruppe wollte „einfach nur feiern“, wie Lorenz später der Zeitung sagte."
    quote = next(q for q in direct_quotes(text) if q.text.startswith("„einfach"))
    assert quote.mention.text == "Lorenz"
    assert "cue-after" in quote.evidence and quote.cue.text == "sagte"  # the quote's own cue, not only the container's


def test_two_roles_joined_by_und_before_an_apposition():
    text = "Die frühere Landrätin und Schulministerin, Petra Sommer (FDP), nannte den Entwurf „völlig unausgegoren“."
    assert mention_of(text, "„völlig") == "Die frühere Landrätin und Schulministerin, Petra Sommer (FDP)"


def test_two_roles_joined_by_und_after_the_verb():
    text = "„Wir lassen uns nicht einschüchtern“, sagte der Landtagsabgeordnete und Fraktionschef Jan Stolz."
    assert mention_of(text, "„Wir lassen") == "der Landtagsabgeordnete und Fraktionschef Jan Stolz"


def test_indefinite_prepositional_phrase_after_a_role_is_no_part_of_it():
    text = "„Ich bin müde geworden“, sagte der Bischof in einem 2015 geführten Gespräch."
    assert mention_of(text, "„Ich bin") == "der Bischof"


def test_quoted_title_in_a_sentence_gets_no_speaker_from_the_subject():
    text = "Der Sänger Paul Kern sang auf der Feier mit dem Chor das Lied „Ein Sommer in der kleinen Stadt am großen Fluss“."
    assert all(q.mention is None for q in direct_quotes(text))


def test_quoted_web_address_gets_no_speaker_from_the_subject():
    text = "Der Kanzler Otto Berger besuchte jeden Morgen die Seite „nachrichten.de“ am Frühstückstisch."
    assert all(q.mention is None for q in direct_quotes(text))


def test_impersonal_man_is_no_speaker_of_a_partial_quote():
    text = "Die Lage in den Heimen war ernst. Dann wollte man „neue Wege“ gehen."
    assert no_speaker(text, "„neue Wege")


def test_partial_quote_inside_a_sentence_without_cue_takes_no_speaker_from_the_sentence_before():
    text = (
        "Der Minister Karl Brenner sprach am Montag im Landtag. "
        "Viele Dörfer gelten seit dem Sturm als „kaum noch erreichbar für die Helfer aus der Stadt“ und warten."
    )
    assert no_speaker(text, "„kaum")


def test_quoted_name_inside_a_sentence_does_not_continue_the_previous_turn():
    text = "„Wir machen weiter“, sagte die Leiterin Eva Stein. Viele Spenden gingen an die Aktion „Kinder in Not brauchen Hilfe“ in Berlin."
    assert no_speaker(text, "„Kinder in Not")


def test_second_verb_of_an_inverted_clause_shares_its_subject():
    text = "Auf dem Parteitag lobte die Vorsitzende Eva Brandt die Delegierten und nannte das Ergebnis „einen klaren Auftrag“."
    assert mention_of(text, "„einen klaren") == "die Vorsitzende Eva Brandt"


def test_lowercase_brand_name_inside_an_apposition_chain():
    text = (
        "Die Vorsitzende des Vereins kiez.net, Nachfolger der Initiative Nord, Sabine Kraus, "
        "lobte den Plan als „mutigen Schritt“."
    )
    assert mention_of(text, "„mutigen") == "Die Vorsitzende des Vereins kiez.net, Nachfolger der Initiative Nord, Sabine Kraus"


def test_passive_zitiert_with_the_subject_and_its_apposition_after_the_auxiliary():
    text = "Die neue Linie sei „ein großer Schritt für die Pendler im Umland“, wird Jana Stein, Sprecherin der Verkehrsbetriebe, zitiert."
    assert mention_of(text, "„ein großer") == "Jana Stein, Sprecherin der Verkehrsbetriebe"


def test_new_sentence_after_a_question_is_not_the_cue_of_the_quote():
    text = (
        "Die Eltern sind empört. Die Schulleiterin fragte: „Wer soll das bezahlen?“ "
        "Der Elternbeirat verlangt eine Antwort des Landes."
    )
    assert mention_of(text, "„Wer soll") == "Die Schulleiterin"


def test_quote_inside_a_clause_keeps_its_cue_when_the_next_clause_has_a_subject_and_cue():
    text = (
        "Die Abgeordnete Ina Krause, die gegen den Etat stimmte, nannte die Kürzungen „sozial ungerecht“, "
        "Finanzminister Paul Roth verteidigte den Haushalt als solide."
    )
    assert mention_of(text, "„sozial") == "Die Abgeordnete Ina Krause"


def test_quoted_name_inside_the_subject_before_an_auxiliary():
    text = "Sogar das Stadtmagazin „Blickpunkt Süd“ hatte im Mai bemängelt, die Verwaltung sei „blind für die Gefahr“."
    assert mention_of(text, "„blind") == "das Stadtmagazin „Blickpunkt Süd“"


def test_quoted_name_is_never_its_own_speaker():
    from quotekit.api import annotate
    from quotekit.cues import find_cues
    from quotekit.speakers import attribute_direct

    text = "Die Organisation „Ärzte für den Frieden“ kritisierte am Montag die Pläne der Regierung."
    ann = annotate(text)
    span = (text.index("„"), text.index("“") + 1)
    assert attribute_direct(ann, [span], find_cues(ann)) == [None]


def test_organisation_with_a_quoted_name_speaks_a_later_quote():
    text = "Die Organisation „Ärzte für den Frieden“ kritisierte die Pläne der Regierung als „gefährlich“."
    assert mention_of(text, "„gefährlich") == "Die Organisation „Ärzte für den Frieden“"


def test_so_after_a_quoted_sentence_without_comma():
    text = "Die Halle wurde neu eröffnet. „Der Umbau hat sich gelohnt.“ so das Urteil der Besucher der Ausstellung."
    assert mention_of(text, "„Der Umbau") == "das Urteil der Besucher der Ausstellung"


def test_mit_den_worten_before_a_quote_of_several_sentences():
    text = (
        "Die Saison ist vorbei. Mit den Worten „Wir haben gekämpft. Am Ende hat das Glück gefehlt“ "
        "verabschiedete sich die Trainerin nach dem Spiel."
    )
    assert mention_of(text, "„Wir haben") == "die Trainerin"


def test_two_first_names_sharing_a_surname_are_one_speaker_phrase():
    text = "„Wir sind unendlich dankbar“, sagten Marta und Georg Lindner nach der Rettung."
    assert mention_of(text, "„Wir sind") == "Marta und Georg Lindner"


# --------------------------------------------------------------------------- sources after "nach"


def source_of(text: str) -> set[str]:
    """The mention texts of all quotations (any type) in ``text``."""
    return {q.mention.text for q in quotekit.extract(text) if q.mention is not None}


def test_adjective_of_nach_eigenen_angaben_belongs_to_the_source():
    assert "eigenen Angaben" in source_of("Nach eigenen Angaben habe der Verein im Sommer viele neue Mitglieder gewonnen.")


def test_possessive_genitive_after_angaben():
    assert "Angaben seines Anwalts" in source_of("Nach Angaben seines Anwalts wolle der Unternehmer gegen das Urteil klagen.")


def test_genitive_plural_without_article_after_angaben():
    assert "Angaben spanischer Behörden" in source_of("Nach Angaben spanischer Behörden sei der Hafen wieder geöffnet worden.")


def test_time_after_the_source_is_not_part_of_it():
    assert "Angaben der Polizei" in source_of("Nach Angaben der Polizei vom Mittwoch seien zwei Radfahrer leicht verletzt worden.")


def test_full_name_takes_no_genitive_tail():
    text = "Niemand wurde, so Jan Voss der Leiter der Wehr, ernsthaft „verletzt“."
    assert "Jan Voss" in source_of(text)


def test_masculine_role_after_der_is_no_genitive():
    from quotekit.api import annotate
    from quotekit.phrases import noun_phrase

    ann = annotate("Laut Satzung der Präsident entscheidet allein.")
    phrase = noun_phrase(ann, 1)
    assert ann.text[ann.tokens[phrase.start].start : ann.tokens[phrase.end - 1].end] == "Satzung"


def test_verb_in_the_quotes_clause_speaks_rather_than_a_hearsay_particle():
    text = "Der Stadionsprecher nannte die Stimmung unter Berufung auf Angaben der Polizei „äußerst friedlich“."
    assert mention_of(text, "„äußerst") == "Der Stadionsprecher"


def test_plural_object_with_relative_clause_before_a_singular_verb_is_not_its_subject():
    text = "Die Zuschauer, die nach dem Abpfiff auf den Rasen gelaufen waren, nannte der Trainer später „völlig außer Kontrolle“."
    assert mention_of(text, "„völlig") == "der Trainer"


def test_cue_inside_a_relative_clause_does_not_govern_a_quote_outside_it():
    text = (
        "Die Debatte war hitzig. Die Ärztin Lena Vogt bezeichnete den Plan des Ministers, "
        "der die kleinen Kliniken schließen lassen will, als „Angriff auf die Versorgung auf dem Land“."
    )
    quote = next(q for q in direct_quotes(text) if q.text.startswith("„Angriff"))
    assert quote.mention.text == "Die Ärztin Lena Vogt"
    assert quote.cue is not None and quote.cue.text == "bezeichnete"


# --------------------------------------------------------------------------- mention features at the cue


def cue_mentions(text: str) -> dict[str, object]:
    """The mention of every verb cue in ``text``, by the cue's first word."""
    from quotekit.api import annotate
    from quotekit.cues import CueKind, find_cues
    from quotekit.mentions import mention_for_cue

    ann = annotate(text)
    return {ann.tokens[cue.head].text: mention_for_cue(ann, cue) for cue in find_cues(ann) if cue.kind is CueKind.VERB}


def subject_of(text: str):
    from quotekit.api import annotate
    from quotekit.mentions import clause_subject

    ann = annotate(text)
    return clause_subject(ann, 0, len(ann.tokens))


def test_sie_before_a_plural_verb_is_a_group():
    mention = cue_mentions("Sie kündigten am Abend an, den Streik bis Freitag fortzusetzen.")["kündigten"]
    assert mention.head == "Sie" and mention.plural and mention.gender is None


def test_sie_after_a_plural_verb_is_a_group():
    mention = cue_mentions("„Wir geben nicht auf“, schreiben sie in ihrem offenen Brief.")["schreiben"]
    assert mention.plural and mention.gender is None


def test_sie_next_to_a_singular_verb_stays_one_woman():
    mention = cue_mentions("„Wir geben nicht auf“, schrieb sie in ihrem offenen Brief.")["schrieb"]
    assert not mention.plural and mention.gender == "f"


def test_es_before_a_verb_of_saying_is_the_speaker():
    from quotekit.mentions import MentionKind

    mention = cue_mentions("Das Stadtwerk erhöht die Preise. Es teilte am Montag mit, die Kosten seien gestiegen.")["teilte"]
    assert mention is not None and mention.head == "Es" and mention.kind is MentionKind.PRONOUN and mention.gender == "n"


def test_es_heisst_is_no_speaker():
    assert cue_mentions("Es heißt, die Kosten seien gestiegen.")["heißt"] is None


def test_es_opening_a_clause_is_its_subject_not_the_object_after_the_verb():
    mention = subject_of("Es begründete den Schritt mit gestiegenen Kosten.")
    assert mention is not None and mention.head == "Es"


def test_object_after_the_verb_is_never_the_clause_subject():
    mention = subject_of("Gestern begründete den Schritt niemand.")
    assert mention is None or mention.head != "Schritt"


def test_role_with_von_place_and_named_apposition_as_clause_subject():
    mention = subject_of("Die Bürgermeisterin von Lindhof, Sabine Kerner, ist seit 2018 im Amt.")
    assert mention is not None and mention.name == "Sabine Kerner" and mention.role == "bürgermeisterin"


def test_age_as_a_noun_is_a_speaker():
    text = "„Ich bereue nichts“, sagte der 45-Jährige nach dem Urteil."
    quote = next(q for q in direct_quotes(text) if q.text.startswith("„Ich bereue"))
    assert quote.mention.text == "der 45-Jährige"
    assert quote.speaker is not None and quote.speaker.gender == "m"


def test_age_as_a_noun_takes_the_gender_of_its_article():
    text = "„Ich habe nur meine Arbeit gemacht“, sagte die 30-Jährige bescheiden."
    quote = next(q for q in direct_quotes(text) if q.text.startswith("„Ich habe"))
    assert quote.mention.text == "die 30-Jährige"
    assert quote.speaker is not None and quote.speaker.gender == "f"


def test_occasion_after_an_inverted_subject_is_no_part_of_it():
    text = "„Wir haben allen Grund zu feiern“, sagte die Präsidentin bei der Feier im Rathaus."
    assert mention_of(text, "„Wir haben") == "die Präsidentin"


def test_place_after_an_inverted_role_subject_stays_part_of_it():
    text = "„Die Lage ist ruhig“, sagte ein Sprecher der Polizei in Kassel."
    assert mention_of(text, "„Die Lage") == "ein Sprecher der Polizei in Kassel"


def test_passive_agent_after_the_quoted_person_is_no_part_of_the_mention():
    text = "Die Reform sei „längst überfällig“, wie der Minister von der Lokalzeitung zitiert wird."
    assert mention_of(text, "„längst") == "der Minister"


def test_passive_of_a_naming_verb_has_no_speaker():
    text = "Seit dem Finale nennen ihn alle nur den „Zauberer“, wie er in der Stadt genannt wird."
    assert no_speaker(text, "„Zauberer")


def test_news_role_nouns_are_roles():
    from quotekit.mentions import MentionKind

    mentions = cue_mentions(
        "Der Kommandant lobte die Mannschaft. Der Hafenmeister warnte vor dem Sturm. "
        "Die Pflegekräfte forderten mehr Personal. Eine Pflegekraft berichtete von Nachtschichten."
    )
    kinds = {verb: (m.kind, m.plural) for verb, m in mentions.items()}
    assert kinds["lobte"] == (MentionKind.ROLE, False)
    assert kinds["warnte"] == (MentionKind.ROLE, False)
    assert kinds["forderten"] == (MentionKind.ROLE, True)
    assert kinds["berichtete"] == (MentionKind.ROLE, False)


def test_sentence_initial_surname_used_elsewhere_is_the_subject_not_an_adverb():
    text = "Die Kritik kam von Paula Kessler. Kessler nannte Brandts Entscheidung „eine sehr schlechte Wahl“."
    assert mention_of(text, "„eine sehr") == "Kessler"


def test_quoting_verb_with_mit_den_worten_inside_a_sentence_gives_its_object():
    text = "Die Zeitung zitiert den Prediger mit den Worten „Wir werden siegen und niemand hält uns auf.“"
    assert mention_of(text, "„Wir werden") == "den Prediger"


def test_subject_of_a_reported_clause_before_a_colon_is_not_the_speaker():
    text = (
        "Wie die Ministerin Clara Voss erklärte, habe sie die Helfer alarmiert. "
        "Die Region sei dem Nachbarland zu Dank verpflichtet: „Sie haben uns damals auch geholfen.“"
    )
    assert mention_of(text, "„Sie haben") == "die Ministerin Clara Voss"


def test_leading_infinitive_clause_puts_the_subject_after_the_verb():
    text = (
        "Ministerpräsident Jonas Kramer hat eine Reform angekündigt. Um die Zeit dafür zu gewinnen, "
        "will Kramer die Lehrpläne kürzen. „Nicht jede Formel ist für das Leben notwendig.“ Die Schulen reagierten gelassen."
    )
    assert mention_of(text, "„Nicht jede") == "Kramer"


def test_von_after_a_bare_surname_in_a_passive_is_the_agent():
    text = "Der Betreuer habe jedem Geld gegeben „um uns zu vergnügen“, wie Kramer von Spiegel-Online zitiert wird."
    assert mention_of(text, "„um uns") == "Kramer"


def test_zu_after_a_bare_surname_names_the_addressee_not_part_of_the_name():
    text = "Wie die Zeitung berichtete, soll Brandt zu Keller gesagt haben: „Das vergesse ich dir nie.“"
    assert mention_of(text, "„Das vergesse") == "Brandt"


def test_capitalised_laut_opening_the_sentence_is_no_subject():
    text = "Laut der Zeitung soll Brandt zu Keller gesagt haben: „Das vergesse ich dir nie.“"
    assert mention_of(text, "„Das vergesse") == "Brandt"


def test_direct_quote_mention_takes_the_number_of_the_verb_next_to_sie():
    from quotekit import scanner
    from quotekit.api import annotate
    from quotekit.cues import find_cues
    from quotekit.speakers import attribute_direct

    text = "„Wir geben nicht auf“, schreiben sie. „Ich gebe nicht auf“, schrieb sie."
    ann = annotate(text)
    spans = [(q.start, q.end) for q in scanner.scan(text).quotes if q.depth == 0]
    group, woman = (a.mention for a in attribute_direct(ann, spans, find_cues(ann)))
    assert group.plural and group.gender is None
    assert not woman.plural and woman.gender == "f"


def test_quoted_organisation_name_after_von_der_stays_in_the_subject():
    text = "Jonas Keller von der „Aktion Nachbarn helfen“ sagte: „Die Hilfe ist dringender denn je.“"
    assert mention_of(text, "„Die Hilfe") == "Jonas Keller von der „Aktion Nachbarn helfen“"


def test_extended_adjective_attribute_with_a_preposition_inside_the_subject():
    text = "„Wir haben zu wenige Boote“, sagte der für die Nordregion zuständige Koordinator, Karl Brenner, am Abend."
    assert mention_of(text, "„Wir haben") == "der für die Nordregion zuständige Koordinator, Karl Brenner"


def test_relative_clause_with_an_adjective_after_a_contraction_is_no_apposition():
    from quotekit.api import annotate
    from quotekit.phrases import noun_phrase

    ann = annotate("der Einschätzung eines Experten, der vom staatlichen Sender Radio Nord befragt wurde")
    phrase = noun_phrase(ann, 0)
    assert ann.tokens[phrase.end - 1].text == "Experten"


def test_focus_particle_after_the_verb_is_no_part_of_the_inverted_subject():
    mention = cue_mentions("Von den Behörden erklärten nur die Gefängnisse, nicht an der Aktion teilnehmen zu wollen.")["erklärten"]
    assert mention is not None and mention.head == "Gefängnisse"


def test_demonstrative_standing_alone_before_its_verb_is_the_subject():
    mention = cue_mentions("Zwei Männer sprachen ihn an. Diese baten ihn um Geld und drohten, ihn zu schlagen.")["baten"]
    assert mention is not None and mention.head == "Diese"


def test_der_before_an_adjectival_noun_in_en_is_no_subject():
    mention = cue_mentions("Die Anwältin Eva Celik kam spät. Celik riet der 38-Jährigen, sofort auszuziehen.")["riet"]
    assert mention is not None and mention.head == "Celik"


def test_es_before_a_verb_of_saying_speaks_a_direct_quote():
    text = "Das Stadtwerk erhöht die Preise. Es teilte am Montag mit: „Die Kosten sind gestiegen.“"
    assert mention_of(text, "„Die Kosten") == "Es"


def test_es_before_a_verb_in_konjunktiv_is_part_of_the_report():
    text = "Die Ministerin sagte, man müsse jetzt handeln. Es drohe „eine Katastrophe für die Küsten“."
    assert mention_of(text, "„eine Katastrophe") != "Es"
