"""The ``quotekit`` command line: formats, inputs, and what happens with bad files.

Most tests call ``cli.main(argv)`` in-process (fast, and monkeypatch works); a few start real
processes for what only a process shows: the console script, ``python -m quotekit``, worker
processes and a reader that closes the pipe early.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from quotekit import cli
from quotekit.io.jsonl import CSV_COLUMNS, RECORD_KEYS, read_jsonl

# Sentences written for these tests, in the style of German news.
MINISTER = "„Wir werden die Gespräche fortsetzen“, sagte die Ministerin am Dienstag in Berlin.\n"
MAYOR = "Der Bürgermeister erklärte am Abend:\n\n»Die Brücke wird im Frühjahr saniert.«\n"
TWO_QUOTES = (
    "„Das ist ein wichtiger Schritt“, sagte die Sprecherin des Verkehrsministeriums. "
    "„Wir rechnen im Sommer mit deutlich weniger Staus.“\n"
)
TERM_ONLY = "Die Fähre „Nordlicht“ lief am Morgen mit zwei Stunden Verspätung in den Hafen ein.\n"

SPAN_KEYS = {"text", "start", "end"}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = cli.main(argv)
    out, err = capsys.readouterr()
    return status, out, err


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def jsonl(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def error_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("quotekit: error:")]


# --------------------------------------------------------------------------- JSONL


def test_jsonl_records_have_exactly_the_documented_keys(tmp_path, capsys):
    path = write(tmp_path / "minister.txt", MINISTER)

    status, out, err = run(["extract", str(path)], capsys)

    assert status == 0, err
    records = jsonl(out)
    assert len(records) == 1
    record = records[0]
    assert list(record) == list(RECORD_KEYS) == [
        "source", "type", "text", "start", "end", "parts",
        "speaker", "mention", "cue", "medium", "confidence", "evidence",
    ]  # fmt: skip
    assert record["source"] == str(path)
    assert record["type"] == "Direct"
    assert record["text"] == "„Wir werden die Gespräche fortsetzen“"
    assert record["parts"] == [[record["start"], record["end"]]]
    assert record["speaker"] is None or set(record["speaker"]) == {"name", "id"}
    for role in ("mention", "cue"):
        assert record[role] is None or set(record[role]) == SPAN_KEYS
    assert record["medium"] == "Speech"
    assert 0.0 < record["confidence"] <= 1.0
    assert isinstance(record["evidence"], str) and record["evidence"]


def test_jsonl_offsets_index_the_file_text_exactly_even_with_crlf_and_bom(tmp_path, capsys):
    text = "\ufeffBerlin (dpa) – Die Behörde teilte mit:\r\n\r\n" + TWO_QUOTES.replace("\n", "\r\n")
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("utf-8"))

    status, out, _ = run(["extract", str(path)], capsys)

    assert status == 0
    records = jsonl(out)
    assert [r["text"] for r in records if r["type"] == "Direct"] == [
        "„Das ist ein wichtiger Schritt“",
        "„Wir rechnen im Sommer mit deutlich weniger Staus.“",
    ]
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
        for start, end in record["parts"]:
            assert record["start"] <= start < end <= record["end"]
        for role in ("mention", "cue"):
            if record[role] is not None:
                assert text[record[role]["start"] : record[role]["end"]] == record[role]["text"]
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)


def test_jsonl_reader_reads_what_the_cli_wrote(tmp_path, capsys):
    path = write(tmp_path / "two.txt", TWO_QUOTES)
    out_file = tmp_path / "out.jsonl"

    status, out, _ = run(["extract", str(path), "-o", str(out_file)], capsys)

    assert status == 0
    assert out == ""  # -o: nothing on stdout
    records = list(read_jsonl(out_file))
    assert [r["text"] for r in records] == [
        "„Das ist ein wichtiger Schritt“",
        "„Wir rechnen im Sommer mit deutlich weniger Staus.“",
    ]


# --------------------------------------------------------------------------- CSV and table


def test_csv_has_a_header_and_the_fields_flattened(tmp_path, capsys):
    first = write(tmp_path / "a.txt", MINISTER)
    second = write(tmp_path / "b.txt", TWO_QUOTES)
    out_file = tmp_path / "quotes.csv"

    status, _, _ = run(["extract", str(first), str(second), "--format", "csv", "-o", str(out_file)], capsys)

    assert status == 0
    with open(out_file, encoding="utf-8", newline="") as stream:
        reader = csv.DictReader(stream)
        rows = list(reader)
    assert tuple(reader.fieldnames) == CSV_COLUMNS
    assert "speaker_name" in CSV_COLUMNS and "cue_start" in CSV_COLUMNS
    assert [row["source"] for row in rows] == [str(first), str(second), str(second)]
    for row in rows:
        text = Path(row["source"]).read_text(encoding="utf-8")
        start, end = int(row["start"]), int(row["end"])
        assert text[start:end] == row["text"]
        assert json.loads(row["parts"]) == [[start, end]]
        assert row["type"] == "Direct"
        if row["mention_text"]:
            assert text[int(row["mention_start"]) : int(row["mention_end"])] == row["mention_text"]


def test_csv_to_stdout_with_no_quotes_is_still_a_valid_csv(tmp_path, capsys):
    path = write(tmp_path / "none.txt", "Der Rat tagt am Montag in Brüssel.\n")

    status, out, _ = run(["extract", str(path), "-f", "csv"], capsys)

    assert status == 0
    assert out.splitlines() == [",".join(CSV_COLUMNS)]


def test_table_fits_the_terminal_and_shows_location_type_and_quote(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    long_quote = "„" + "Wir werden alle Möglichkeiten prüfen, " * 6 + "und zwar sorgfältig.“ sagte er.\n"
    path = write(tmp_path / "long.txt", MINISTER + long_quote)

    status, out, _ = run(["extract", str(path), "--format", "table"], capsys)

    assert status == 0
    lines = out.splitlines()
    assert lines[0].split() == ["SOURCE:START", "TYPE", "SPEAKER", "QUOTE"]
    assert all(len(line) <= 80 for line in lines), lines
    assert "long.txt:0 " in lines[1] and "Direct" in lines[1] and "„Wir werden die Gespräche" in lines[1]
    assert lines[2].endswith("…")  # the long quotation is cut, not wrapped
    assert lines[-1] == "2 quotes in 1 document"


# --------------------------------------------------------------------------- inputs


def test_dash_reads_stdin_and_is_named_dash(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MAYOR.encode("utf-8")), encoding="utf-8"))

    status, out, _ = run(["extract", "-"], capsys)

    assert status == 0
    [record] = jsonl(out)
    assert record["source"] == "-"
    assert record["text"] == "»Die Brücke wird im Frühjahr saniert.«"
    assert MAYOR[record["start"] : record["end"]] == record["text"]


def test_directory_means_its_txt_files_recursively_in_sorted_order(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    write(corpus / "b.txt", MINISTER)
    write(corpus / "a.txt", MAYOR)
    write(corpus / "sub" / "c.txt", TWO_QUOTES)
    write(corpus / "zz.txt", MINISTER)
    write(corpus / "notes.md", MINISTER)  # not a .txt file
    write(corpus / ".hidden.txt", MINISTER)  # hidden: skipped
    write(corpus / ".cache" / "d.txt", MINISTER)  # inside a hidden folder: skipped

    status, out, _ = run(["extract", str(corpus)], capsys)

    assert status == 0
    sources = [Path(r["source"]).relative_to(corpus).as_posix() for r in jsonl(out)]
    assert sources == ["a.txt", "b.txt", "sub/c.txt", "sub/c.txt", "zz.txt"]


def test_glob_patterns_are_expanded_sorted(tmp_path, capsys):
    write(tmp_path / "2024" / "b.txt", MINISTER)
    write(tmp_path / "2023" / "a.txt", MAYOR)
    write(tmp_path / "2023" / "a.md", MAYOR)

    status, out, _ = run(["extract", str(tmp_path / "**" / "*.txt")], capsys)

    assert status == 0
    assert [Path(r["source"]).name for r in jsonl(out)] == ["a.txt", "b.txt"]


# --------------------------------------------------------------------------- bad inputs


def test_missing_file_is_reported_on_one_line_and_the_others_still_run(tmp_path, capsys):
    before = write(tmp_path / "before.txt", MINISTER)
    missing = tmp_path / "does-not-exist.txt"
    after = write(tmp_path / "after.txt", MAYOR)

    status, out, err = run(["extract", str(before), str(missing), str(after)], capsys)

    assert status == 1
    assert [r["source"] for r in jsonl(out)] == [str(before), str(after)]
    assert error_lines(err) == [f"quotekit: error: {missing}: no such file or directory"]
    assert err.count("\n") == 1


def test_non_utf8_file_is_reported_and_the_others_still_run(tmp_path, capsys):
    good = write(tmp_path / "good.txt", MINISTER)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("„Wir prüfen das“, sagte er.".encode("cp1252"))

    status, out, err = run(["extract", str(latin1), str(good)], capsys)

    assert status == 1
    assert [r["source"] for r in jsonl(out)] == [str(good)]
    [line] = err.splitlines()
    assert line.startswith(f"quotekit: error: {latin1}: not UTF-8")


def test_directory_without_text_files_is_an_error(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    good = write(tmp_path / "good.txt", MINISTER)

    status, out, err = run(["extract", str(empty), str(good)], capsys)

    assert status == 1
    assert len(jsonl(out)) == 1
    assert error_lines(err) == [f"quotekit: error: {empty}: no .txt files in this directory"]


def test_unreadable_file_is_reported_and_the_others_still_run(tmp_path, capsys, monkeypatch):
    # Simulated: the test suite runs as root in CI, and root may read a chmod 000 file.
    secret = write(tmp_path / "secret.txt", MINISTER)
    good = write(tmp_path / "good.txt", MAYOR)
    real_open = open

    def guarded_open(file, *args, **kwargs):
        if os.fspath(file) == str(secret):
            raise PermissionError(13, "Permission denied", str(secret))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(cli, "open", guarded_open, raising=False)

    status, out, err = run(["extract", str(secret), str(good)], capsys)

    assert status == 1
    assert [r["source"] for r in jsonl(out)] == [str(good)]
    assert error_lines(err) == [f"quotekit: error: {secret}: permission denied"]


def test_a_pattern_that_matches_nothing_is_an_error(tmp_path, capsys):
    good = write(tmp_path / "good.txt", MINISTER)

    status, out, err = run(["extract", str(tmp_path / "*.text"), str(good)], capsys)

    assert status == 1
    assert len(jsonl(out)) == 1
    assert error_lines(err) == [f"quotekit: error: {tmp_path / '*.text'}: no file matches this pattern"]


def test_a_document_that_fails_inside_quotekit_is_reported_and_the_others_still_run(tmp_path, capsys, monkeypatch):
    from quotekit import pipeline

    real_run = pipeline.run

    def failing_run(ann, **options):
        if "Brücke" in ann.text:
            raise RuntimeError("simulated engine failure")
        return real_run(ann, **options)

    monkeypatch.setattr(pipeline, "run", failing_run)
    broken = write(tmp_path / "a-broken.txt", MAYOR)
    good = write(tmp_path / "b-good.txt", MINISTER)

    status, out, err = run(["extract", str(tmp_path)], capsys)

    assert status == 1
    assert [r["source"] for r in jsonl(out)] == [str(good)]
    [line] = error_lines(err)
    assert line.startswith(f"quotekit: error: {broken}: extraction failed")
    assert "simulated engine failure" in line


def test_output_file_that_cannot_be_created_is_an_error(tmp_path, capsys):
    good = write(tmp_path / "good.txt", MINISTER)
    target = tmp_path / "no-such-dir" / "out.jsonl"

    status, out, err = run(["extract", str(good), "-o", str(target)], capsys)

    assert status == 1
    assert out == ""
    assert error_lines(err) == [f"quotekit: error: {target}: no such file or directory"]


def test_the_output_file_is_never_read_as_an_input(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", MINISTER)
    write(corpus / "quotes.txt", "„Alte Ausgabe“, sagte jemand.\n")  # an earlier run's output, about to be overwritten

    status, _, err = run(["extract", str(corpus), "-o", str(corpus / "quotes.txt")], capsys)

    assert status == 0
    assert [r["source"] for r in read_jsonl(corpus / "quotes.txt")] == [str(corpus / "a.txt")]
    assert err.strip() == f"quotekit: warning: {corpus / 'quotes.txt'}: skipped: it is the output file"


# --------------------------------------------------------------------------- options


def test_include_terms_adds_short_quoted_terms_with_low_confidence(tmp_path, capsys):
    path = write(tmp_path / "term.txt", TERM_ONLY)

    _, default_out, _ = run(["extract", str(path)], capsys)
    status, terms_out, _ = run(["extract", str(path), "--include-terms"], capsys)

    assert status == 0
    assert jsonl(default_out) == []
    [term] = jsonl(terms_out)
    assert term["text"] == "„Nordlicht“"
    assert term["confidence"] < 0.5


def test_version(capsys):
    import quotekit

    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"quotekit {quotekit.__version__}"


def test_no_command_prints_help_and_fails(capsys):
    status, out, err = run([], capsys)
    assert status == 2
    assert out == ""
    assert "extract" in err


@pytest.mark.parametrize("argv", [["extract"], ["extract", "x.txt", "--format", "xml"], ["extract", "x", "-w", "0"]])
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(argv)
    assert exit_info.value.code == 2


# --------------------------------------------------------------------------- wikinews wiring


def fake_wikinews_module() -> types.ModuleType:
    module = types.ModuleType("quotekit.cli_wikinews")

    def add_commands(subparsers):
        wikinews = subparsers.add_parser("wikinews")
        commands = wikinews.add_subparsers(metavar="COMMAND")
        ping = commands.add_parser("ping")
        ping.add_argument("value", type=int)
        ping.set_defaults(func=lambda args: args.value)
        return wikinews

    module.add_commands = add_commands
    return module


def test_wikinews_commands_are_dispatched_through_func(monkeypatch, capsys):
    monkeypatch.setattr(cli, "_load_wikinews", fake_wikinews_module)
    assert cli.main(["wikinews", "ping", "7"]) == 7


def test_without_the_wikinews_module_extract_still_works(monkeypatch, tmp_path, capsys):
    def missing():
        raise ModuleNotFoundError("No module named 'quotekit.cli_wikinews'", name="quotekit.cli_wikinews")

    monkeypatch.setattr(cli, "_load_wikinews", missing)
    assert "wikinews" not in cli.build_parser().format_help()
    status, out, _ = run(["extract", str(write(tmp_path / "a.txt", MINISTER))], capsys)
    assert status == 0 and len(jsonl(out)) == 1


def test_a_broken_wikinews_module_is_reported_only_when_used(monkeypatch, tmp_path, capsys):
    def broken():
        raise ModuleNotFoundError("No module named 'scipy'", name="scipy")

    monkeypatch.setattr(cli, "_load_wikinews", broken)
    status, _, err = run(["wikinews", "score", "a", "b"], capsys)
    assert status == 2
    assert "scipy" in err
    status, out, _ = run(["extract", str(write(tmp_path / "a.txt", MINISTER))], capsys)
    assert status == 0 and len(jsonl(out)) == 1


def test_the_real_wikinews_module_plugs_in_when_present():
    try:
        cli._load_wikinews()
    except ImportError:
        pytest.skip("quotekit.cli_wikinews is not importable here")
    assert "wikinews" in cli.build_parser().format_help()


# --------------------------------------------------------------------------- real processes


def quotekit_command() -> list[str]:
    script = Path(sys.executable).with_name("quotekit")
    if not script.exists():
        pytest.skip("the quotekit console script is not installed next to this Python")
    return [str(script)]


def test_console_script_reads_stdin_and_python_dash_m_is_the_same_program():
    from_script = subprocess.run(
        quotekit_command() + ["extract", "-"], input=TWO_QUOTES.encode("utf-8"), capture_output=True, check=True
    )
    records = jsonl(from_script.stdout.decode("utf-8"))
    assert [r["source"] for r in records] == ["-", "-"]
    assert [TWO_QUOTES[r["start"] : r["end"]] for r in records] == [r["text"] for r in records]

    import quotekit

    version = subprocess.run([sys.executable, "-m", "quotekit", "--version"], capture_output=True, check=True)
    assert version.stdout.decode().strip() == f"quotekit {quotekit.__version__}"


def test_workers_give_the_same_output_in_the_same_order_with_progress(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    texts = [MINISTER, MAYOR, TWO_QUOTES, TERM_ONLY]
    for index in range(40):  # more files than the reading window of 2 workers (16), so it is exercised
        write(corpus / f"{index:03d}.txt", texts[index % len(texts)])
    (corpus / "015.txt").write_bytes(b"\xff\xfe kaputt")

    status, serial_out, serial_err = run(["extract", str(corpus)], capsys)
    parallel = subprocess.run(
        [sys.executable, "-m", "quotekit", "extract", str(corpus), "--workers", "2", "--progress"],
        capture_output=True,
        timeout=300,
        check=False,
    )

    assert status == parallel.returncode == 1
    assert parallel.stdout.decode("utf-8") == serial_out
    assert len(jsonl(serial_out)) == 40  # 10 + 10 + 2 * 10 quotes; the terms (and the broken file) give none
    assert error_lines(parallel.stderr.decode("utf-8")) == error_lines(serial_err)
    assert len(error_lines(serial_err)) == 1


class ClosedPipe(io.StringIO):
    """Standard output whose reader went away (``quotekit extract … | head -1``)."""

    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path, capsys, monkeypatch):
    path = write(tmp_path / "a.txt", MINISTER)
    monkeypatch.setattr(sys, "stdout", ClosedPipe())

    status = cli.main(["extract", str(path)])

    assert status == 1
    assert "Traceback" not in capsys.readouterr().err


# --------------------------------------------------------------------------- quotekit.io.jsonl from Python


def test_writers_accept_every_result_shape_quotekit_produces():
    import quotekit
    from quotekit.io.jsonl import write_jsonl

    texts = [MINISTER, TWO_QUOTES]

    def sources(shape) -> list:
        buffer = io.StringIO()
        write_jsonl(shape, buffer, source="given")
        return [r["source"] for r in read_jsonl(io.StringIO(buffer.getvalue()))]

    assert sources(quotekit.extract(TWO_QUOTES)) == ["given", "given"]  # one document's quotes
    assert sources(quotekit.extract_many(texts)) == ["given", "given", "given"]  # the label wins
    assert sources(zip(["a.txt", "b.txt"], quotekit.extract_many(texts))) == ["a.txt", "b.txt", "b.txt"]

    buffer = io.StringIO()
    write_jsonl(quotekit.extract_many(texts), buffer)  # no label: documents are numbered
    assert [r["source"] for r in read_jsonl(io.StringIO(buffer.getvalue()))] == ["0", "1", "1"]

    with pytest.raises(TypeError, match="int"):
        write_jsonl([1, 2], io.StringIO())


def test_write_table_without_a_source_shows_offsets():
    import quotekit
    from quotekit.io.jsonl import write_table

    buffer = io.StringIO()
    count = write_table(quotekit.extract(TWO_QUOTES), buffer, width=100)
    lines = buffer.getvalue().splitlines()
    assert count == 2
    assert lines[1].startswith("0 ") and "„Das ist ein wichtiger Schritt“" in lines[1]
    assert lines[-1] == "2 quotes in 1 document"


def test_read_jsonl_names_the_broken_line(tmp_path):
    path = tmp_path / "quotes.jsonl"
    path.write_text('{"text": "a"}\n\n{"text": \n', encoding="utf-8")
    records = read_jsonl(path)
    assert next(records) == {"text": "a"}
    with pytest.raises(ValueError, match=r"line 3: not valid JSON"):
        next(records)
    path.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 1: expected a JSON object"):
        list(read_jsonl(path))
