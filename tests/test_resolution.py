"""Resolution of pronouns and role phrases to the people (and organisations) of a document.

1. A quality floor on the hand-written articles of `tests/data/resolution_cases.jsonl` (scored
   by `scripts/eval_resolution.py`): the resolved-person accuracy of each split may not drop more
   than `TOLERANCE_POINTS` below the level reached when the rules were written.
2. One regression test per linking rule of `quotekit.entities`, with sentences written for the
   test (fictional people), each failing without its rule.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import quotekit

_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "eval_resolution.py"

# accuracy (%) over all cases of each split when the rules were written; "tune" is what the rules
# were developed on (30 harder articles added in the third session), "heldout" was only measured
# "heldout2" was written later without running quotekit on it (first measured at 85.3, 90.7 after
# the third session's rules, which were written on tune only)
# "heldout3" is a third blind batch, written in the third session and measured once at its end
# (80.7); "heldout4" and "heldout5" are the fourth session's blind batches (69.7 and 62.1 when
# they arrived; rules were then written on their misses, so their floors are the later levels);
# "heldout6" was measured once with that session's rules (74.7), "heldout7" once with its final
# rules (69.8); the floors are the levels after a few rules written on their misses
# "heldout8" is the fifth session's blind batch (67.7 when it arrived, then rules on its misses);
# "heldout9" was written at its start and kept unseen until its rule work was done (61.5 when
# measured once, then rules on its misses); "heldout10" was measured once with the fifth session's
# final rules (61.7), then the sixth session wrote rules on its misses; "heldout11" is the sixth
# session's blind batch, written at its start and measured once when its first rules were done
# (73.4), then rules on its misses; "heldout12", written during that session, was measured once
# with the rules of its middle (67.9), then a few rules on its misses; "heldout13" was written
# during that session and measured once with the rules then final (77.0), then a few more rules;
# "heldout14" was measured once with the rules then final (78.0), then a few more rules;
# "heldout15" was measured once with that session's final rules (79.8: its floor is that figure);
# the thirteenth session's batches heldout45–50 were first measured at 76.5, 82.8, 79.2, 73.5, 77.3
# and 83.2 (see scripts/eval_resolution.py); the fourteenth session's heldout51–53 at 85.8, 81.5
# and 70.0, heldout54–55 at 74.9 and 84.1; the fifteenth session's heldout56–58 at 83.6, 80.4 and
# 80.1, heldout59–60 at 86.0 and 90.5, heldout61–62 at 87.6 and 83.1; the eighteenth session's
# heldout77–83 at 82.8, 86.1, 86.5, 83.0, 85.4, 75.9 and 81.8; the nineteenth session's
# heldout84–90 at 84.4, 85.8, 89.0, 84.7, 83.5, 87.1 and 82.3; the twentieth session's
# heldout91–97 with the rules alone at 86.7, 86.3, 90.5, 81.8, 91.5, 73.0 and 87.7, heldout98–99
# at 84.3 and 83.4 (84.3 and 84.8 with the shipped model, not trained on them); the twenty-first
# session's heldout100–106 with the session-start code at 86.0, 90.8, 86.7, 90.5, 78.3, 86.0 and
# 79.3; the twenty-second session's heldout107–112 at 84.8, 93.1, 88.8, 78.4, 92.0 and 88.2 with
# the session-start code; the twenty-third session's heldout113–118 at 88.4, 88.5, 82.9, 89.4,
# 86.0 and 90.9 with the session-start code; the twenty-fourth session's heldout119–124 at 90.6,
# 86.7, 88.8, 91.0, 84.6 and 87.9 with the session-start code; the twenty-fifth session's
# heldout125–130 at 85.5, 86.7, 92.1, 88.1, 87.3 and 91.4 with the session-start code; the
# twenty-sixth session's heldout131–136 at 92.2, 89.4, 89.7, 83.6, 88.5 and 86.0 with the
# session-start code; the twenty-seventh session's heldout137–142 at 90.1, 84.8, 96.2, 90.9, 89.3
# and 88.3 with the session-start code; the twenty-eighth session's heldout143–148 at 88.2, 88.3,
# 90.1, 94.0, 93.2 and 87.7 with the session-start code; the twenty-ninth session's heldout149–154
# at 92.9, 91.7, 91.9, 92.9, 93.1 and 88.7 with the session-start code (later batches: see
# scripts/eval_resolution.py); every floor is the figure at the twenty-ninth session's end (no
# split fell), with the reranker, whose model is trained on the cases up to heldout106 (so the
# floors are no blind figures)
FLOORS = {
    "tune": 99.0, "heldout": 95.8, "heldout2": 97.3, "heldout3": 97.6, "heldout4": 95.5,
    "heldout5": 93.1, "heldout6": 98.9, "heldout7": 95.3, "heldout8": 92.7, "heldout9": 90.6,
    "heldout10": 93.6, "heldout11": 95.1, "heldout12": 94.3, "heldout13": 96.3, "heldout14": 96.2,
    "heldout15": 95.2, "heldout16": 100.0, "heldout17": 94.0, "heldout18": 93.9, "heldout19": 96.7,
    "heldout20": 96.9, "heldout21": 94.7, "heldout22": 93.9, "heldout23": 91.8, "heldout24": 98.2,
    "heldout25": 88.5, "heldout26": 98.2, "heldout27": 92.1, "heldout28": 93.3, "heldout29": 92.9,
    "heldout30": 93.9, "heldout31": 93.7, "heldout32": 92.9, "heldout33": 96.4, "heldout34": 92.3,
    "heldout35": 95.7, "heldout36": 94.3, "heldout37": 95.0, "heldout38": 86.4, "heldout39": 92.9,
    "heldout40": 90.4, "heldout41": 87.1, "heldout42": 94.9, "heldout43": 91.4, "heldout44": 93.6,
    "heldout45": 87.1, "heldout46": 91.4, "heldout47": 92.5, "heldout48": 85.9, "heldout49": 88.4,
    "heldout50": 91.1, "heldout51": 91.0, "heldout52": 88.4, "heldout53": 83.1, "heldout54": 91.2,
    "heldout55": 91.5, "heldout56": 91.2, "heldout57": 90.8, "heldout58": 85.1, "heldout59": 94.5,
    "heldout60": 94.1, "heldout61": 92.9, "heldout62": 90.7, "heldout63": 87.5, "heldout64": 96.1,
    "heldout65": 90.8, "heldout66": 91.4, "heldout67": 84.5, "heldout68": 92.2, "heldout69": 92.5,
    "heldout70": 84.2, "heldout71": 90.6, "heldout72": 93.0, "heldout73": 79.4, "heldout74": 91.0,
    "heldout75": 79.2, "heldout76": 90.4, "heldout77": 90.2, "heldout78": 94.6, "heldout79": 93.0,
    "heldout80": 90.9, "heldout81": 90.4, "heldout82": 85.3, "heldout83": 89.1, "heldout84": 96.1,
    "heldout85": 93.8, "heldout86": 95.3, "heldout87": 92.0, "heldout88": 91.5, "heldout89": 94.2,
    "heldout90": 87.4, "heldout91": 89.0, "heldout92": 88.8, "heldout93": 90.5, "heldout94": 88.6,
    "heldout95": 92.7, "heldout96": 79.3, "heldout97": 88.9, "heldout98": 88.1, "heldout99": 89.0,
    "heldout100": 88.4, "heldout101": 93.7, "heldout102": 87.3, "heldout103": 92.3,
    "heldout104": 83.2, "heldout105": 88.4, "heldout106": 81.0, "heldout107": 86.5,
    "heldout108": 93.7, "heldout109": 90.7, "heldout110": 84.8, "heldout111": 93.1,
    "heldout112": 90.5, "heldout113": 94.2, "heldout114": 92.5, "heldout115": 88.2,
    "heldout116": 91.8, "heldout117": 89.0, "heldout118": 94.9, "heldout119": 93.4,
    "heldout120": 89.0, "heldout121": 94.4, "heldout122": 91.9, "heldout123": 90.4,
    "heldout124": 88.7, "heldout125": 90.8, "heldout126": 87.2, "heldout127": 93.6,
    "heldout128": 88.6, "heldout129": 94.1, "heldout130": 92.3, "heldout131": 95.0,
    "heldout132": 91.2, "heldout133": 93.8, "heldout134": 85.0, "heldout135": 91.1,
    "heldout136": 87.9, "heldout137": 94.6, "heldout138": 84.8, "heldout139": 97.2,
    "heldout140": 92.2, "heldout141": 93.2, "heldout142": 92.2, "heldout143": 90.9,
    "heldout144": 90.2, "heldout145": 93.4, "heldout146": 94.0, "heldout147": 95.9,
    "heldout148": 89.0, "heldout149": 95.7, "heldout150": 91.7, "heldout151": 93.8,
    "heldout152": 92.9, "heldout153": 96.1, "heldout154": 88.7,
}
TOLERANCE_POINTS = 3.0


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_resolution", _SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores() -> dict[str, dict]:
    module = _eval_module()
    articles = module.load_articles()
    return {split: module.evaluate([a for a in articles if a["split"] == split]) for split in FLOORS}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_resolution_accuracy_stays_above_its_floor(scores: dict[str, dict], split: str) -> None:
    result = scores[split]
    assert result["cases"] >= 60
    wrong = [f"{r['article']}: {r['mention']} → {r['expected']} (got {r['found_speaker']})" for r in result["results"] if r["error"]]
    assert result["accuracy"] >= FLOORS[split] - TOLERANCE_POINTS, wrong


# how well Quote.confidence ranks right speakers above wrong ones over every case whose quote was
# found (`eval_resolution.calibration`): 0.530 when the confidence said only what kind of mention
# named the speaker, 0.689 since it also holds the reranker's probability of the person linked
# (twenty-second session; on six blind batches the model was not trained on, 0.537 → 0.766);
# 0.669 since the twenty-eighth session's six batches joined (0.654 on them with the session-start
# code, 0.662 now; over all cases 0.6705 with the session-start code: new domains the model has
# not seen rank less well)
CONFIDENCE_AUROC_FLOOR = 0.66


def test_the_confidence_tells_right_speakers_from_wrong(scores: dict[str, dict]) -> None:
    calibration = _eval_module().calibration([r for result in scores.values() for r in result["results"]])
    assert calibration["auroc"] >= CONFIDENCE_AUROC_FLOOR
    assert calibration["most_confident"][0.5] > 100 * calibration["right"] / calibration["found"]


def test_the_calibration_counts_ties_as_half() -> None:
    def results(*pairs: tuple[float | None, bool]) -> list[dict]:
        return [{"confidence": confidence, "right_person": right} for confidence, right in pairs]

    calibration = _eval_module().calibration
    ranked = calibration(results((0.9, True), (0.8, True), (0.7, False), (0.6, True), (0.5, False), (None, False)))
    assert (ranked["found"], ranked["right"]) == (5, 3)
    assert ranked["auroc"] == pytest.approx(5 / 6)  # the wrong 0.7 is below two right ones, the wrong 0.5 below three
    assert ranked["most_confident"][0.5] == 100.0
    tied = calibration(results((0.6, True), (0.6, False), (0.6, True), (0.6, False)))
    assert tied["auroc"] == pytest.approx(0.5) and tied["most_confident"][0.5] == pytest.approx(50.0)
    assert calibration(results((0.6, True)))["auroc"] is None  # no wrong case to rank against


def speaker_of(text: str, quote_words: str) -> str | None:
    """The resolved speaker name of the quote containing ``quote_words``."""
    start = text.index(quote_words)
    quotes = [q for q in quotekit.extract(text) if q.start <= start < q.end]
    assert quotes, f"no quote found around {quote_words!r}"
    quote = min(quotes, key=lambda q: q.end - q.start)
    return quote.speaker.name if quote.speaker is not None else None


# ---------------------------------------------------------------------- role ⇄ apposition


def test_bare_role_links_to_the_compound_role_seen_with_the_name() -> None:
    text = (
        "Umweltministerin Doris Fehling hat ein Verbot von Einwegflaschen angekündigt. "
        "Der Handelsverband Jens Ober sprach von einem Fehler. "
        "Die Ministerin sagte, das Verbot komme im Januar."
    )
    assert speaker_of(text, "das Verbot komme im Januar") == "Doris Fehling"


def test_unlisted_word_before_a_full_name_is_its_role() -> None:
    text = (
        "Hafenmeister Ewald Krüger hat die Einfahrt für Frachter gesperrt. Die Reederei Elbtrans "
        "protestierte. „Die Sicherheit geht vor“, sagte der Hafenmeister."
    )
    assert speaker_of(text, "Die Sicherheit geht vor") == "Ewald Krüger"


def test_role_after_copula_is_the_role_of_the_name() -> None:
    text = (
        "Der frühere Torwart Sven Adler ist neuer Sportdirektor des FC Talbach. "
        "Präsident Horst Ebner nannte ihn einen Gewinn. „Er passt zu uns“, sagte er. "
        "Der Sportdirektor will zuerst den Kader verjüngen. „Wir sind zu alt“, sagte er."
    )
    assert speaker_of(text, "Wir sind zu alt") == "Sven Adler"


def test_plural_role_before_names_is_no_apposition() -> None:
    text = (
        "Die Verteidigungsminister Spaniens und Polens, Lucia Romero und Adam Nowak, berieten in Brüssel. "
        "„Wir brauchen mehr Munition“, sagte er."
    )
    assert speaker_of(text, "Wir brauchen mehr Munition") == "Adam Nowak"


def test_place_after_role_is_no_person_named_like_it() -> None:
    text = (
        "Der Präsident von Korvala, Rafael Montes, ist zu einem Staatsbesuch eingetroffen. "
        "Kanzlerin Sabine Keller empfing ihn am Flughafen. "
        "„Wir wollen mehr Handel“, sagte der korvalische Präsident."
    )
    assert speaker_of(text, "Wir wollen mehr Handel") == "Rafael Montes"


# ---------------------------------------------------------------------- salience and agreement


def test_pronoun_prefers_the_subject_of_the_previous_sentence_to_an_earlier_speaker() -> None:
    text = (
        "Der Trainer des SV Talbach, Bernd Lenz, hört auf. Sein Nachfolger wird der Co-Trainer Timo Quast. "
        "Lenz sagte am Sonntag, er habe keine Kraft mehr. „Ich übergebe an einen guten Mann“, sagte er. "
        "Quast will am Donnerstag das erste Training leiten. „Ich freue mich auf die Spieler“, sagte er."
    )
    assert speaker_of(text, "Ich freue mich auf die Spieler") == "Timo Quast"


def test_indefinite_role_subject_is_the_antecedent_of_a_pronoun() -> None:
    text = (
        "Eine Passantin hat den Brand in der Talstraße gemeldet. "
        "Sie sagte, der Rauch sei schon von weitem zu sehen gewesen. "
        "Die Feuerwehr war nach zehn Minuten vor Ort."
    )
    name = speaker_of(text, "der Rauch sei schon von weitem")
    assert name is not None and "Passantin" in name


def test_indefinite_role_is_a_new_person_not_the_apposition() -> None:
    text = (
        "Polizeisprecher Uwe Rahn hat den Einsatz bestätigt. "
        "„Es gab keine Verletzten“, sagte ein Sprecher der Feuerwehr."
    )
    name = speaker_of(text, "Es gab keine Verletzten")
    assert name is not None and "Uwe Rahn" not in name


def test_one_of_a_group_stays_unresolved() -> None:
    text = (
        "Zwei Forscherinnen aus Talbach, Lotte Brink und Hanna Sieg, haben den Preis erhalten. "
        "„Wir sind überwältigt“, sagte eine der Forscherinnen."
    )
    assert speaker_of(text, "Wir sind überwältigt") is None


def test_pronoun_skips_speakers_inside_a_quotation() -> None:
    text = (
        "Der Gutachter Karl Lenz und die Zeugin Anke Wiese wurden am Dienstag gehört. "
        "„Am Abend sagte Paul Riedel zu mir, er habe Angst“, berichtete Wiese. "
        "„Das halte ich für glaubhaft“, sagte er."
    )
    assert speaker_of(text, "Das halte ich für glaubhaft") == "Karl Lenz"


def test_plural_pronoun_after_a_group_subject() -> None:
    text = (
        "Die Fischer im Hafen von Talbach protestieren gegen neue Fangquoten. "
        "Ministerin Gisela Frank verteidigte die Quoten. Die Fischer blieben hart. "
        "Sie erklärten, sie würden den Hafen blockieren."
    )
    name = speaker_of(text, "sie würden den Hafen blockieren")
    assert name is not None and "Fischer" in name


def test_sie_next_to_a_plural_verb_is_no_woman() -> None:
    text = (
        "Die Lehrer der Talschule haben an den Minister geschrieben. "
        "Bürgermeisterin Gisela Frank unterstützt sie. "
        "„Wir brauchen mehr Kollegen“, schreiben sie."
    )
    assert speaker_of(text, "Wir brauchen mehr Kollegen") != "Gisela Frank"


# ---------------------------------------------------------------------- organisations


def test_bare_organisation_noun_links_to_the_compound_organisation() -> None:
    text = (
        "Das Finanzministerium hat die Steuerpläne überarbeitet. Die Opposition sprach von Chaos. "
        "Das Ministerium teilte mit, die Änderungen seien geringfügig."
    )
    assert speaker_of(text, "die Änderungen seien geringfügig") == "Finanzministerium"


def test_pronoun_after_an_organisation_subject_of_its_gender() -> None:
    text = (
        "Die Busfahrer in Talbach streiken seit Montag. "
        "Die Stadtverwaltung nannte den Streik überzogen. Sie erklärte, sie werde ein Angebot vorlegen."
    )
    assert speaker_of(text, "sie werde ein Angebot vorlegen") == "Stadtverwaltung"


def test_generic_noun_links_to_the_company_named_after_its_kind_noun() -> None:
    text = (
        "Der Möbelhersteller Lignova will sein Werk in Talbach schließen. "
        "Die Gewerkschaft sprach von einem Skandal. "
        "Das Unternehmen erklärte, die Nachfrage sei eingebrochen."
    )
    assert speaker_of(text, "die Nachfrage sei eingebrochen") == "Lignova"


def test_authority_noun_links_to_the_named_office() -> None:
    text = (
        "Das Bundesamt für Lebensmittelsicherheit hat einen Rückruf für Tiefkühlpizza veranlasst. "
        "Der Hersteller bedauerte den Vorfall. "
        "Die Behörde teilte mit, es bestehe Gefahr durch Glassplitter."
    )
    assert speaker_of(text, "es bestehe Gefahr durch Glassplitter") == "Bundesamt für Lebensmittelsicherheit"


def test_generic_noun_prefers_the_organisation_sharing_most_kinds() -> None:
    text = (
        "Die Volksbank Talbach schließt drei Filialen. Der Softwarekonzern Nexaro zieht dagegen in die Innenstadt. "
        "Das Geldinstitut teilte mit, Kunden könnten bald per App bezahlen."
    )
    assert speaker_of(text, "Kunden könnten bald per App bezahlen") == "Volksbank Talbach"


def test_object_after_a_kind_noun_is_no_organisation_name() -> None:
    text = (
        "Der Betriebsrat wirft dem Konzern Versäumnisse vor. "
        "Das Unternehmen erklärte, die Sanierung komme voran."
    )
    assert speaker_of(text, "die Sanierung komme voran") == "Unternehmen"


def test_plural_noun_in_kraefte_is_a_group_not_the_school_named_after_it() -> None:
    text = (
        "Die Realschule Talbach wartet seit Jahren auf einen Neubau. "
        "Die Servicekräfte der Realschule Talbach haben an das Ministerium geschrieben. "
        "„Wir sind am Ende unserer Kräfte“, schreiben sie."
    )
    name = speaker_of(text, "Wir sind am Ende unserer Kräfte")
    assert name is not None and "Servicekräfte" in name


# ---------------------------------------------------------------------- roles and descriptions


def test_role_named_before_the_person_links_to_the_next_named_person() -> None:
    text = (
        "Die neue Leiterin des Stadtmuseums steht fest. Der Kulturausschuss wählte am Donnerstag Katrin Albers. "
        "„Ich möchte mehr Schulklassen ins Haus holen“, sagte die Leiterin."
    )
    assert speaker_of(text, "Ich möchte mehr Schulklassen") == "Katrin Albers"


def test_role_that_spoke_is_not_the_person_named_after_it() -> None:
    text = (
        "Der Sprecher der Feuerwehr Talbach nannte am Abend erste Zahlen. "
        "Der Brand sei im Keller ausgebrochen, sagte der Sprecher. Klaus Merten, dem das Haus gehört, wurde leicht verletzt. "
        "Der Sprecher sagte, das Haus sei nicht mehr bewohnbar."
    )
    assert speaker_of(text, "das Haus sei nicht mehr bewohnbar") != "Klaus Merten"


def test_descriptive_role_fits_a_person_introduced_with_another_role() -> None:
    text = (
        "Verkehrsminister Erich Holm hat die Maut verteidigt. Fraktionschef Max Berger nannte sie unsozial. "
        "„Das trifft die Pendler“, sagte Berger. Der Politiker kündigte an, er werde dagegen stimmen."
    )
    assert speaker_of(text, "er werde dagegen stimmen") == "Max Berger"


def test_age_in_a_role_phrase_describes_the_person_just_mentioned() -> None:
    text = (
        "Susanne Kramer, Leiterin der Tafel in Talbach, sucht dringend Helfer. "
        "Der Stadtrat Jonas Wirth sagte Unterstützung zu. "
        "„Wir versorgen jede Woche 400 Familien“, sagte die 61-jährige Rentnerin."
    )
    assert speaker_of(text, "Wir versorgen jede Woche 400 Familien") == "Susanne Kramer"


def test_role_after_a_comma_is_the_role_of_the_name_before() -> None:
    text = (
        "Paul Brückner, Bürgermeister von Hollenstedt, will ein neues Hallenbad bauen. "
        "Der Unternehmer Jan Wolff bot an, es zu betreiben. Ingo Maas hält das Projekt für zu teuer. "
        "Der Bürgermeister erklärte, das Bad sei nötig."
    )
    assert speaker_of(text, "das Bad sei nötig") == "Paul Brückner"


def test_surname_that_is_also_a_role_noun() -> None:
    text = (
        "Bürgermeisterin Anna Fischer hat den Haushalt vorgestellt. Der Kämmerer Jens Koch war zufrieden. "
        "Es gebe kein Defizit, sagte Fischer."
    )
    assert speaker_of(text, "Es gebe kein Defizit") == "Anna Fischer"


def test_unnamed_role_of_unknown_gender_is_no_antecedent_of_sie() -> None:
    text = (
        "Die Pläne des Innenministers stoßen auf Widerstand. Auch die Sprecherin der Grünen, Petra Vogt, "
        "schloss sich der Kritik an: Die Pläne seien überzogen. Sie warf der Regierung vor, die Lage auszunutzen."
    )
    assert speaker_of(text, "die Lage auszunutzen") == "Petra Vogt"
