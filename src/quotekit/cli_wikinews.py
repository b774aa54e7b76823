"""``quotekit wikinews predict|score``: run and score quotekit on the German news quotation corpus.

`add_commands` plugs the commands into the main ``quotekit`` parser (``cli.py``); every command
sets ``func``, which takes the parsed arguments and returns the exit code. The module also runs
on its own: ``python -m quotekit.cli_wikinews score PRED GOLD``.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Sequence

EXIT_OK = 0
EXIT_PROBLEMS = 1  # predict: some input files were skipped
EXIT_UNUSABLE = 2  # the directories cannot be read or scored


def add_commands(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``wikinews`` with its ``predict`` and ``score`` subcommands to ``subparsers``."""
    wikinews = subparsers.add_parser(
        "wikinews",
        help="predict and score on the German news quotation corpus",
        description="Run quotekit on the German news quotation corpus format and score it with "
        "the published metric (Petersen-Frey & Biemann 2024).",
    )
    commands = wikinews.add_subparsers(dest="wikinews_command", metavar="COMMAND")
    commands.required = True

    predict = commands.add_parser(
        "predict",
        help="write one prediction JSON per corpus JSON",
        description="Run quotekit on the originalText of every *.json in INPUT_DIR (gold "
        "annotations are ignored) and write predictions with the same file names to OUTPUT_DIR. "
        "Files that cannot be read are reported and skipped (exit code 1).",
    )
    predict.add_argument("input_dir", metavar="INPUT_DIR")
    predict.add_argument("output_dir", metavar="OUTPUT_DIR")
    predict.set_defaults(func=run_predict)

    score = commands.add_parser(
        "score",
        help="score prediction files against gold files",
        description="Score the predictions in PRED against the corpus files in GOLD (matched by "
        "file name): messages, roles and joint P/R/F1, type and medium, per quotation type.",
    )
    score.add_argument("pred", metavar="PRED")
    score.add_argument("gold", metavar="GOLD")
    score.add_argument("--json", action="store_true", help="print the scores as JSON (fractions in [0, 1])")
    score.set_defaults(func=run_score)
    return wikinews


def run_predict(args: argparse.Namespace) -> int:
    from .io.wikinews import CorpusError, predict_dir

    try:
        problems = predict_dir(args.input_dir, args.output_dir)
    except CorpusError as error:
        print(f"quotekit wikinews predict: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    for problem in problems:
        print(f"skipped {problem}", file=sys.stderr)
    return EXIT_PROBLEMS if problems else EXIT_OK


def run_score(args: argparse.Namespace) -> int:
    from .evaluation import format_table
    from .io.wikinews import CorpusError, score_dirs

    try:
        scores = score_dirs(args.pred, args.gold)
    except CorpusError as error:
        print(f"quotekit wikinews score: {error}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.json:
        print(json.dumps(scores.to_dict(), indent=2))
    else:
        print(format_table(scores))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Stand-alone entry point, the same commands as ``quotekit wikinews …``."""
    parser = argparse.ArgumentParser(prog="python -m quotekit.cli_wikinews")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    add_commands(subparsers)
    # allow `python -m quotekit.cli_wikinews score …` as well as `… wikinews score …`
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in ("predict", "score"):
        arguments.insert(0, "wikinews")
    args = parser.parse_args(arguments)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
