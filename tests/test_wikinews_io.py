"""Reading, writing, predicting and scoring files in the German news quotation corpus format.

The documents here are written for the tests (news style), not taken from the corpus.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import quotekit.api
from quotekit.io import wikinews
from quotekit.io.wikinews import CorpusError, RoleSpan, TokenIndex
from quotekit.model import Medium, Quote, QuoteType, Span

TEXT = "„Wir bauen die Brücke bis zum Sommer“, sagte der Bürgermeister am Montag. „Danach kommt die Straße.“"


def tokenise(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]


TOKENS = tokenise(TEXT)


def token_id(word: str, occurrence: int = 0) -> int:
    hits = [i for i, (s, e) in enumerate(TOKENS) if TEXT[s:e] == word]
    return hits[occurrence]


def corpus_json(text: str = TEXT, annotations: list | None = None, name: str = "Testartikel") -> dict:
    """A document in the corpus layout (tokens with offsets, one sentence, annotations)."""
    tokens = [
        {"id": i, "charBegin": s, "charEnd": e, "text": text[s:e], "sentence": 1, "word": i + 1}
        for i, (s, e) in enumerate(tokenise(text))
    ]
    sentence = {"id": 0, "begin": 0, "end": len(tokens), "charBegin": 0, "charEnd": len(text), "text": text}
    return {
        "documentName": name,
        "originalText": text,
        "tokens": tokens,
        "sentences": [sentence],
        "annotations": annotations or [],
    }


def role_json(text: str, tokens: list[tuple[int, int]], ids: list[int]) -> dict:
    role = TokenIndex(tokens, text).role([Span.of(text, tokens[i][0], tokens[i][1]) for i in ids])
    return role.to_json()


def the_quote(text: str = TEXT) -> Quote:
    """The two-part direct quote of TEXT with speaker, cue and frame, as quotekit would give it."""
    first = Span.of(text, 0, text.index("“") + 1)
    second = Span.of(text, text.index("„Danach"), len(text))
    cue_start = text.index("sagte")
    mention_start = text.index("der Bürgermeister")
    return Quote(
        text=text,
        start=0,
        end=len(text),
        parts=(first, second),
        type=QuoteType.DIRECT,
        mention=Span.of(text, mention_start, mention_start + len("der Bürgermeister")),
        cue=Span.of(text, cue_start, cue_start + len("sagte")),
        frame=Span.of(text, cue_start, text.index(" am Montag")),
        medium=Medium.SPEECH,
    )


def test_cue_parts_map_to_every_cue_token_and_reported_speech_has_no_cue_or_frame():
    text = "Der Verband teilte am Montag mit, die Brücke sei gesperrt. Die Gewerkschaft forderte den Rücktritt."
    tokens = tokenise(text)
    quotes = quotekit.api.extract(text)
    by_type = {q.type: q for q in quotes}
    assert set(by_type) == {QuoteType.INDIRECT, QuoteType.REPORTED}
    quotations = {q.type: q for q in wikinews.quotations_from_quotes(quotes, tokens, text)}
    assert quotations["Indirect"].cue.text == "teilte mit"  # both words, as the corpus marks them
    reported = quotations["Reported"]
    # the corpus annotates the speech act itself as the quotation, without cue or frame
    assert not reported.cue and not reported.frame and reported.speaker.text == "Die Gewerkschaft"
    assert by_type[QuoteType.REPORTED].cue is not None  # quotekit's own Quote keeps its cue


# --------------------------------------------------------------------------- token mapping


def test_a_token_belongs_to_a_span_when_their_characters_overlap():
    index = TokenIndex(TOKENS, TEXT)
    bruecke = token_id("Brücke")
    start, end = TOKENS[bruecke]
    # a span that cuts into the middle of "Brücke" and ends inside "bis" takes both tokens
    assert list(index.overlapping(start + 2, TOKENS[bruecke + 1][0] + 1)) == [bruecke, bruecke + 1]
    # whitespace between tokens belongs to no token
    assert list(index.overlapping(end, end + 1)) == []
    assert list(index.overlapping(start, start)) == []
    assert list(index.overlapping(0, len(TEXT))) == list(range(len(TOKENS)))


def test_two_part_quote_maps_to_two_runs_with_corpus_offsets():
    [quotation] = wikinews.quotations_from_quotes([the_quote()], TOKENS, TEXT)
    first_run_end = token_id("“") + 1
    second_run_start = token_id("„", 1)
    assert quotation.quote.runs() == [(0, first_run_end), (second_run_start, len(TOKENS))]
    assert quotation.quote.char_spans == ((0, TEXT.index("“") + 1), (TEXT.index("„Danach"), len(TEXT)))
    assert quotation.speaker.token_ids == (token_id("der"), token_id("Bürgermeister"))
    assert quotation.speaker.text == "der Bürgermeister"
    assert quotation.cue.text == "sagte"
    assert quotation.frame.token_ids == (token_id("sagte"), token_id("der"), token_id("Bürgermeister"))
    assert not quotation.addressee
    assert (quotation.type, quotation.medium) == ("Direct", "Speech")


def test_written_annotation_has_the_corpus_layout():
    [quotation] = wikinews.quotations_from_quotes([the_quote()], TOKENS, TEXT)
    written = wikinews.prediction_json("Testartikel", [quotation])
    assert written["documentName"] == "Testartikel"
    [annotation] = written["annotations"]
    assert {"quote", "speaker", "cue", "frame", "addressee", "type", "medium"} <= set(annotation)
    cue = token_id("sagte")
    start, end = TOKENS[cue]
    assert annotation["cue"] == {
        "text": "sagte",
        "tokenIds": [cue],
        "spans": [{"begin": cue, "end": cue + 1, "charBegin": start, "charEnd": end}],
    }
    assert annotation["addressee"] == {"text": "", "tokenIds": [], "spans": []}
    assert len(annotation["quote"]["spans"]) == 2


def test_written_prediction_reads_back_to_the_same_quotations():
    quotations = wikinews.quotations_from_quotes([the_quote()], TOKENS, TEXT)
    data = json.loads(json.dumps(wikinews.prediction_json("Testartikel", quotations)))
    assert wikinews.parse_annotations(data) == tuple(quotations)


def test_nested_quotes_are_written_as_their_own_annotations():
    inner_start = TEXT.index("Brücke")
    inner = Quote(
        text="Brücke", start=inner_start, end=inner_start + 6, parts=(Span.of(TEXT, inner_start, inner_start + 6),)
    )
    outer = Quote(text=TEXT[:38], start=0, end=38, parts=(Span.of(TEXT, 0, 38),), nested=(inner,))
    quotations = wikinews.quotations_from_quotes([outer, inner], TOKENS, TEXT)  # inner listed twice
    assert [(q.is_nested, q.has_nested) for q in quotations] == [(False, True), (True, False)]


# --------------------------------------------------------------------------- reading


def test_read_document_gives_text_tokens_and_gold(tmp_path):
    annotation = {
        "quote": role_json(TEXT, TOKENS, list(range(0, token_id("“") + 1))),
        "speaker": role_json(TEXT, TOKENS, [token_id("der"), token_id("Bürgermeister")]),
        "cue": role_json(TEXT, TOKENS, [token_id("sagte")]),
        "frame": {"text": "", "tokenIds": [], "spans": []},
        "addressee": {"text": "", "tokenIds": [], "spans": []},
        "type": "Direct",
        "medium": "SW",
        "isNested": False,
        "hasNested": False,
    }
    path = tmp_path / "a.json"
    path.write_text(json.dumps(corpus_json(annotations=[annotation])), encoding="utf-8")
    document = wikinews.read_document(path)
    assert document.text == TEXT and document.name == "Testartikel"
    assert document.tokens == tuple(TOKENS)
    [gold] = document.quotations
    assert gold.medium == "SW" and gold.type == "Direct"
    assert gold.tokens("speaker") == {token_id("der"), token_id("Bürgermeister")}
    assert gold.tokens("frame") == frozenset()


def test_role_given_only_by_spans_is_read_from_the_spans():
    data = {"annotations": [{"quote": {"spans": [{"begin": 2, "end": 5}]}, "type": "Indirect", "medium": "Speech"}]}
    [quotation] = wikinews.parse_annotations(data)
    assert quotation.quote.token_ids == (2, 3, 4)
    assert quotation.cue == RoleSpan()


@pytest.mark.parametrize(
    "content",
    ["{not json", json.dumps({"documentName": "x"}), json.dumps({"originalText": 3, "tokens": []}), "[]"],
)
def test_broken_document_raises_corpus_error_naming_the_file(tmp_path, content):
    path = tmp_path / "kaputt.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match="kaputt.json"):
        wikinews.read_document(path)


# --------------------------------------------------------------------------- directories


@pytest.fixture
def fake_engine(monkeypatch):
    """Replace the engine by one that finds the_quote() whenever TEXT is given."""

    def extract(text, nlp=None, **_):
        return [the_quote(text)] if text == TEXT else []

    monkeypatch.setattr(quotekit.api, "extract", extract)


def test_predict_dir_writes_one_file_per_input_and_skips_broken_ones(tmp_path, fake_engine):
    source, target = tmp_path / "in", tmp_path / "out"
    source.mkdir()
    gold_annotation = {"quote": role_json(TEXT, TOKENS, [0]), "type": "Reported", "medium": "Writing"}
    (source / "eins.json").write_text(json.dumps(corpus_json(annotations=[gold_annotation])), encoding="utf-8")
    (source / "zwei.json").write_text(json.dumps(corpus_json(text="Es regnet.", name="Wetter")), encoding="utf-8")
    (source / "kaputt.json").write_text("{", encoding="utf-8")
    (source / "notizen.txt").write_text("not a corpus file", encoding="utf-8")

    problems = wikinews.predict_dir(source, target)

    assert [p.path.name for p in problems] == ["kaputt.json"]
    assert "JSON" in problems[0].message
    assert sorted(p.name for p in target.iterdir()) == ["eins.json", "zwei.json"]
    eins = json.loads((target / "eins.json").read_text(encoding="utf-8"))
    # the gold annotation (Reported) is ignored; the engine's quote is written
    assert [a["type"] for a in eins["annotations"]] == ["Direct"]
    assert eins["annotations"][0]["cue"]["text"] == "sagte"
    zwei = json.loads((target / "zwei.json").read_text(encoding="utf-8"))
    assert zwei == {"documentName": "Wetter", "annotations": []}


def test_predict_dir_reports_a_document_on_which_extraction_fails(tmp_path, monkeypatch):
    def failing(text, nlp=None, **_):
        raise RuntimeError("boom")

    monkeypatch.setattr(quotekit.api, "extract", failing)
    source = tmp_path / "in"
    source.mkdir()
    (source / "eins.json").write_text(json.dumps(corpus_json()), encoding="utf-8")
    [problem] = wikinews.predict_dir(source, tmp_path / "out")
    assert "boom" in problem.message


def test_predict_dir_on_a_missing_directory_raises(tmp_path):
    with pytest.raises(CorpusError, match="not a directory"):
        wikinews.predict_dir(tmp_path / "nirgends", tmp_path / "out")


def write_gold(directory: Path) -> None:
    directory.mkdir()
    [quotation] = wikinews.quotations_from_quotes([the_quote()], TOKENS, TEXT)
    annotations = wikinews.prediction_json("x", [quotation])["annotations"]
    (directory / "eins.json").write_text(json.dumps(corpus_json(annotations=annotations)), encoding="utf-8")
    (directory / "zwei.json").write_text(json.dumps(corpus_json(text="Es regnet.")), encoding="utf-8")


def test_predict_then_score_with_the_gold_engine_is_perfect(tmp_path, fake_engine):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    write_gold(gold)
    assert wikinews.predict_dir(gold, pred) == []
    (pred / "extra.json").write_text(json.dumps({"annotations": []}), encoding="utf-8")  # ignored
    scores = wikinews.score_dirs(pred, gold)
    assert (scores.messages.f1, scores.roles.f1, scores.joint.f1) == (1.0, 1.0, 1.0)
    assert (scores.gold, scores.predicted, scores.paired) == (1, 1, 1)


def test_score_dirs_names_missing_and_broken_prediction_files(tmp_path):
    gold, pred = tmp_path / "gold", tmp_path / "pred"
    write_gold(gold)
    pred.mkdir()
    (pred / "eins.json").write_text("{", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        wikinews.score_dirs(pred, gold)
    assert "eins.json" in str(caught.value) and "missing prediction for zwei.json" in str(caught.value)


def test_score_documents_runs_in_memory(fake_engine):
    document = wikinews.parse_document(corpus_json())
    # no gold quotation, one prediction: precision 0, recall undefined -> 0
    assert wikinews.score_documents([document]).messages.precision == 0.0
    assert wikinews.score_documents([document]).predicted == 1


# --------------------------------------------------------------------------- command line


def test_cli_predict_and_score(tmp_path, fake_engine, capsys):
    from quotekit import cli_wikinews

    gold, pred = tmp_path / "gold", tmp_path / "pred"
    write_gold(gold)
    assert cli_wikinews.main(["wikinews", "predict", str(gold), str(pred)]) == 0
    assert cli_wikinews.main(["score", str(pred), str(gold)]) == 0
    table = capsys.readouterr().out
    assert re.search(r"^messages\s+100\.00\s+100\.00\s+100\.00$", table, re.M)
    assert re.search(r"^Direct\s+1\s+1\s+100\.00", table, re.M)
    assert cli_wikinews.main(["score", str(pred), str(gold), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["joint"]["f1"] == 1.0


def test_cli_exit_codes_for_problems(tmp_path, fake_engine, capsys):
    from quotekit import cli_wikinews

    source = tmp_path / "in"
    source.mkdir()
    (source / "kaputt.json").write_text("{", encoding="utf-8")
    assert cli_wikinews.main(["predict", str(source), str(tmp_path / "out")]) == 1
    assert "skipped" in capsys.readouterr().err
    assert cli_wikinews.main(["score", str(tmp_path / "out"), str(tmp_path / "nirgends")]) == 2
    assert "not a directory" in capsys.readouterr().err


def test_add_commands_sets_func_on_each_command():
    import argparse

    from quotekit import cli_wikinews

    parser = argparse.ArgumentParser(prog="quotekit")
    cli_wikinews.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["wikinews", "score", "p", "g", "--json"])
    assert args.func is cli_wikinews.run_score and args.json
    assert parser.parse_args(["wikinews", "predict", "i", "o"]).func is cli_wikinews.run_predict
