"""The ``quotekit`` command line (console script and ``python -m quotekit``).

``quotekit extract FILE…`` streams quotations as JSONL, CSV or a terminal table. It is built for
corpora: files are read one at a time while earlier ones are being processed, so memory stays
constant however many files there are, and a bad file (missing, unreadable, not UTF-8) costs one
line on stderr, not the run: the other files are still processed and the exit status is 1.

Offsets in the output are character offsets into the file's text decoded as UTF-8, exactly as
read (no newline translation, a byte-order mark counts as one character), so
``text[start:end] == record["text"]`` holds for a reader who decodes the file the same way.

Every subcommand sets ``func`` (parsed args → exit status); `main` dispatches to it. The
``wikinews`` commands live in `quotekit.cli_wikinews` and are added when that module imports.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import io
import os
import stat
import sys
import threading
from typing import IO, Any, Callable, Iterator, Sequence

PROG = "quotekit"
FORMATS = ("jsonl", "csv", "table")  # mirrors quotekit.io.jsonl.FORMATS without importing it early
GLOB_CHARS = frozenset("*?[")
CLI_BATCH_SIZE = 4  # documents per worker task: files can be long, so small batches keep memory low

Report = Callable[[str, str], None]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(func(args) or 0)
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`quotekit extract … | head`): stop quietly, as Unix tools do.
        # Point stdout at /dev/null so the interpreter's final flush does not raise again.
        with contextlib.suppress(OSError, ValueError, AttributeError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="German quotation attribution: direct, indirect and reported speech with their speakers.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_extract(subparsers)
    _add_wikinews(subparsers)
    return parser


def _version() -> str:
    from . import __version__

    return __version__


# --------------------------------------------------------------------------- extract


def _add_extract(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="find the quotations in text files",
        description=(
            "Find the quotations in German text files and write one record per quotation. "
            "FILE may be a file, '-' for standard input, a directory (all *.txt files below it, "
            "sorted) or a glob pattern such as 'corpus/**/*.txt'. Files must be UTF-8."
        ),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="input file, directory, glob pattern or '-'")
    parser.add_argument("--format", "-f", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    parser.add_argument("-o", "--output", metavar="OUT", default="-", help="write to OUT instead of standard output")
    parser.add_argument(
        "--workers", "-w", type=_positive_int, default=1, metavar="N", help="worker processes (default: 1)"
    )
    parser.add_argument(
        "--include-terms",
        action="store_true",
        help="also report short quoted terms (scare quotes, nicknames) with low confidence",
    )
    parser.add_argument("--progress", action="store_true", help="show a progress bar on standard error")
    parser.set_defaults(func=run_extract)


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def run_extract(args: argparse.Namespace) -> int:
    """``quotekit extract``: stream every input's quotations to the output; 1 if any input failed."""
    from .api import extract_many
    from .io.jsonl import make_writer

    failures = _FailureLog(progress=args.progress)
    try:
        output = _open_output(args.output, args.format)
    except OSError as error:
        failures.report(args.output, _os_reason(error))
        return 1
    with output as stream:
        writer = make_writer(args.format, stream)
        inputs = _skip_output_file(expand_inputs(args.files, failures.report), stream, failures.warn)
        feeder = _Feeder(inputs, failures.report, args.workers)
        results = extract_many(
            feeder.texts(),
            include_terms=args.include_terms,
            n_process=args.workers,
            batch_size=CLI_BATCH_SIZE,
            progress=args.progress,
        )
        try:
            for quotes in results:
                source = feeder.next_done()
                if quotes.error is not None:
                    cause = getattr(quotes.error, "cause", quotes.error)
                    failures.report(source, f"extraction failed: {type(cause).__name__}: {cause}")
                    continue
                writer.write(quotes, source)
                stream.flush()  # downstream tools see each document as soon as it is done
        finally:
            feeder.close()
            close = getattr(results, "close", None)
            if close is not None:
                close()
        writer.close()
    return 1 if failures.count else 0


class _FailureLog:
    """Prints ``quotekit: error: FILE: reason`` lines and counts them (→ exit status 1).

    With a progress bar on stderr, messages go through ``tqdm.write`` so they get a line of
    their own instead of being glued to the bar. With worker processes the reading thread
    reports too, hence the lock: whole lines, exact count.
    """

    def __init__(self, *, progress: bool = False) -> None:
        self.progress = progress
        self.count = 0
        self._lock = threading.Lock()

    def report(self, source: str, reason: str) -> None:
        with self._lock:
            self.count += 1
            self._print(f"{PROG}: error: {_printable(source)}: {reason}")

    def warn(self, source: str, reason: str) -> None:
        with self._lock:
            self._print(f"{PROG}: warning: {_printable(source)}: {reason}")

    def _print(self, line: str) -> None:
        if self.progress:
            try:
                from tqdm import tqdm
            except ImportError:  # the plain counter of extract_many uses \r: start a fresh line
                line = "\n" + line
            else:
                tqdm.write(line, file=sys.stderr)
                return
        print(line, file=sys.stderr, flush=True)


def _printable(source: str) -> str:
    """The file name as given, or its repr when it holds line breaks or control characters."""
    return source if source.isprintable() else repr(source)


def _skip_output_file(sources: Iterator[str], output: IO[str], warn: Report) -> Iterator[str]:
    """Leave out the output file itself (``quotekit extract . > quotes.txt`` would read its own output)."""
    try:
        output_stat = os.fstat(output.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        output_stat = None
    if output_stat is None or not stat.S_ISREG(output_stat.st_mode):
        yield from sources
        return
    for source in sources:
        if source != "-":
            try:
                source_stat = os.stat(source)
            except OSError:
                source_stat = None  # reading it will report the problem
            if source_stat is not None and (source_stat.st_dev, source_stat.st_ino) == (
                output_stat.st_dev,
                output_stat.st_ino,
            ):
                warn(source, "skipped: it is the output file")
                continue
        yield source


def _open_output(path: str, format: str) -> contextlib.AbstractContextManager[IO[str]]:
    """Standard output for ``-`` (left open), else the file, opened now so errors show at once.

    Files are UTF-8; CSV gets ``newline=""`` as the csv module asks.
    """
    if path == "-":
        return contextlib.nullcontext(sys.stdout)
    return open(path, "w", encoding="utf-8", newline="" if format == "csv" else None)


def expand_inputs(patterns: Sequence[str], report: Report) -> Iterator[str]:
    """Turn the FILE arguments into input names, lazily and in a predictable order.

    ``-`` stays ``-`` (stdin); a directory becomes its ``*.txt`` files, recursively, sorted by
    path (hidden files and folders skipped, symlinked folders not followed, so no loops); a
    pattern with ``* ? [`` is expanded with `glob` (``**`` recursive), sorted. Anything else is
    passed through: if it is missing, reading it reports so, naming the file.
    """
    import glob

    for pattern in patterns:
        if pattern == "-":
            yield pattern
        elif os.path.isdir(pattern):
            yield from _directory_inputs(pattern, report)
        elif os.path.lexists(pattern) or not (GLOB_CHARS & set(pattern)):
            yield pattern
        else:
            matches = sorted(glob.iglob(pattern, recursive=True))
            if not matches:
                report(pattern, "no file matches this pattern")
            for match in matches:
                if os.path.isdir(match):
                    yield from _directory_inputs(match, report)
                else:
                    yield match


def _directory_inputs(directory: str, report: Report) -> Iterator[str]:
    found = False
    for path in _walk_text_files(directory, report):
        found = True
        yield path
    if not found:
        report(directory, "no .txt files in this directory")


def _walk_text_files(directory: str, report: Report) -> Iterator[str]:
    """``*.txt`` below ``directory`` in sorted path order, one folder listing in memory at a time."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        report(directory, _os_reason(error))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(directory, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk_text_files(path, report)
        elif entry.name.endswith(".txt"):
            yield path


class InputFileError(Exception):
    """An input that cannot be read as UTF-8 text; ``reason`` is the message shown to the user."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def read_input(source: str, stdin: IO[bytes] | None = None) -> str:
    """The text of one input (``-`` = stdin), decoded as strict UTF-8; `InputFileError` if not."""
    try:
        if source == "-":
            data = (stdin or sys.stdin.buffer).read()
        else:
            with open(source, "rb") as file:
                data = file.read()
    except OSError as error:
        raise InputFileError(source, _os_reason(error)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        bad = data[error.start]
        raise InputFileError(
            source, f"not UTF-8 text (byte 0x{bad:02x} at offset {error.start}); convert it, e.g. with iconv"
        ) from None


def _os_reason(error: OSError) -> str:
    if isinstance(error, IsADirectoryError):
        return "is a directory"
    if isinstance(error, FileNotFoundError):
        return "no such file or directory"
    if isinstance(error, PermissionError):
        return "permission denied"
    return (error.strerror or str(error)).lower()


class _Feeder:
    """Reads inputs lazily for `extract_many` and remembers, in order, which input each text was.

    With worker processes, `multiprocessing.Pool.imap` pulls its input from a background thread
    as fast as it can; left alone it would read every file into memory before the first result
    is written. So the reading thread takes a slot per text and waits when ``window`` texts are in
    flight; every written result frees one. In the main thread (one process) reading is already
    lazy, so it never waits there, and it stops waiting once the consumer closed it.
    """

    def __init__(self, sources: Iterator[str], report: Report, workers: int) -> None:
        self.sources = sources
        self.report = report
        self.window = 2 * CLI_BATCH_SIZE * workers  # ≥ one batch, or a half-read batch would wait forever
        self._slots = threading.Semaphore(self.window)
        self._pending: collections.deque[str] = collections.deque()
        self._closed = False

    def texts(self) -> Iterator[str]:
        for source in self.sources:
            if self._closed:
                return
            try:
                text = read_input(source)
            except InputFileError as error:
                self.report(error.source, error.reason)
                continue
            if not self._take_slot():
                return
            self._pending.append(source)
            yield text

    def _take_slot(self) -> bool:
        if threading.current_thread() is threading.main_thread():
            self._slots.acquire(blocking=False)
            return True
        while not self._slots.acquire(timeout=0.2):
            if self._closed:
                return False
        return True

    def next_done(self) -> str:
        """The name of the input whose result just arrived (results come in input order)."""
        source = self._pending.popleft()
        self._slots.release()
        return source

    def close(self) -> None:
        self._closed = True


# --------------------------------------------------------------------------- wikinews


def _add_wikinews(subparsers: argparse._SubParsersAction) -> None:
    """``quotekit wikinews …``: the corpus commands that `quotekit.cli_wikinews` adds, when available.

    A missing module (an older checkout) just means no such command. If the module exists but
    cannot be imported (say an optional dependency is missing), ``quotekit wikinews`` still
    appears and says why, while ``quotekit extract`` keeps working.
    """
    try:
        cli_wikinews = _load_wikinews()
    except ModuleNotFoundError as error:
        if error.name == f"{__package__}.cli_wikinews":
            return
        _add_unavailable(subparsers, "wikinews", error)
        return
    except ImportError as error:
        _add_unavailable(subparsers, "wikinews", error)
        return
    cli_wikinews.add_commands(subparsers)  # adds the `wikinews` command and its subcommands


def _load_wikinews() -> Any:
    import importlib

    return importlib.import_module(f"{__package__}.cli_wikinews")


def _add_unavailable(subparsers: argparse._SubParsersAction, name: str, error: ImportError) -> None:
    parser = subparsers.add_parser(name, help=f"(unavailable: {error})")
    parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)

    def unavailable(args: argparse.Namespace) -> int:
        print(f"{PROG}: error: the {name} commands cannot be loaded: {error}", file=sys.stderr)
        return 2

    parser.set_defaults(func=unavailable)


if __name__ == "__main__":  # pragma: no cover - `python -m quotekit.cli`
    sys.exit(main())
