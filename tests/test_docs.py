"""Run the examples of README.md and docs/*.md, so the documentation cannot rot.

Every fenced ```python block is run. The blocks of one file share a namespace, in order, like a
reader working through the page. A block with ``>>>`` prompts is checked with `doctest` (its
printed output must match); any other block is executed and its ``assert`` statements must hold.

A block that cannot run here (it needs a cluster, a downloaded model or the reader's own files)
is marked on the line before it with ``<!-- not-tested: reason -->``; the reason is required,
and such blocks are counted so each file still has tested examples.
"""

from __future__ import annotations

import doctest
import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
MUST_HAVE_EXAMPLES = {"README.md", "docs/getting-started.md", "docs/data-model.md"}

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^\n`]*)$")
SKIP_MARK = re.compile(r"<!--\s*not-tested:\s*(?P<reason>\S[^>]*?)\s*-->")


class Block:
    def __init__(self, path: Path, line: int, code: str, skip_reason: str | None) -> None:
        self.path = path
        self.line = line  # 1-based line of the first code line
        self.code = code
        self.skip_reason = skip_reason

    @property
    def is_doctest(self) -> bool:
        return any(line.lstrip().startswith(">>>") for line in self.code.splitlines())

    def where(self) -> str:
        shown = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{shown}:{self.line}"


def python_blocks(path: Path) -> list[Block]:
    """The ```python (or ```py, ```pycon) blocks of a Markdown file, with their skip marks."""
    blocks: list[Block] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            index += 1
            continue
        fence, info = match["fence"], match["info"].strip().split()
        language = info[0].lower() if info else ""
        body_start = index + 1
        end = body_start
        while end < len(lines) and not lines[end].strip().startswith(fence):
            end += 1
        if language in {"python", "py", "pycon", "python3"}:
            previous = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
            skip = SKIP_MARK.search(previous)
            code = textwrap.dedent("\n".join(lines[body_start:end])) + "\n"
            blocks.append(Block(path, body_start + 1, code, skip["reason"] if skip else None))
        index = end + 1
    return blocks


def run_block(block: Block, namespace: dict) -> None:
    if block.is_doctest:
        test = doctest.DocTestParser().get_doctest(
            block.code, namespace, block.where(), str(block.path), block.line - 1
        )
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
        report: list[str] = []
        runner.run(test, out=report.append, clear_globs=False)
        if runner.failures:
            pytest.fail(f"doctest failed in {block.where()}:\n" + "".join(report), pytrace=False)
        return
    code = compile("\n" * (block.line - 1) + block.code, str(block.path), "exec")
    exec(code, namespace)  # a failing assert points at the Markdown file and line


@pytest.mark.parametrize("path", DOC_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_python_examples_run(path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.chdir(ROOT)  # examples refer to seeds/ and docs/ like a reader in the repository
    blocks = python_blocks(path)
    runnable = [block for block in blocks if block.skip_reason is None]
    if not runnable:
        pytest.skip(f"{path.name} has no runnable python examples")
    namespace: dict = {"__name__": f"docs_{path.stem.replace('-', '_')}"}
    for block in runnable:
        run_block(block, namespace)


def test_the_main_documents_exist_and_have_runnable_examples() -> None:
    for name in sorted(MUST_HAVE_EXAMPLES):
        path = ROOT / name
        assert path.exists(), f"{name} is missing"
        runnable = [b for b in python_blocks(path) if b.skip_reason is None]
        assert len(runnable) >= 2, f"{name} should show (and so test) at least two python examples"


def test_the_block_parser_finds_doctests_plain_blocks_and_skip_marks(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Intro\n\n```python\nx = 1\nassert x == 1\n```\n\n"
        "<!-- not-tested: needs a cluster -->\n```python\nconnect()\n```\n\n"
        "```pycon\n>>> 1 + 1\n2\n```\n\n```bash\necho no\n```\n",
        encoding="utf-8",
    )
    blocks = python_blocks(page)
    assert [(b.line, b.skip_reason, b.is_doctest) for b in blocks] == [
        (4, None, False),
        (10, "needs a cluster", False),
        (14, None, True),
    ]
    namespace: dict = {}
    run_block(blocks[0], namespace)
    run_block(blocks[2], namespace)
    assert namespace["x"] == 1


def test_a_wrong_doctest_output_fails(tmp_path: Path) -> None:
    page = tmp_path / "wrong.md"
    page.write_text("```python\n>>> 1 + 1\n3\n```\n", encoding="utf-8")
    [block] = python_blocks(page)
    with pytest.raises(pytest.fail.Exception, match="doctest failed"):
        run_block(block, {})


# --------------------------------------------------------------------------- setup commands


def test_the_readme_gives_the_two_setup_commands_and_ci_runs_the_test_one() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install_and_run = (
        "python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/quotekit extract seeds/ --format table"
    )
    assert install_and_run in readme
    assert "\nbash scripts/test\n" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.startswith("#!/usr/bin/env bash") and "set -euo pipefail" in ci
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == [
        "bash scripts/test"
    ]
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert script.index("torch==$TORCH_VERSION") < script.index('pip install --quiet -e ".[test]"')
    assert '"$status" -eq 5' in script  # "no tests collected" must fail CI
    assert sorted(p.name for p in (ROOT / "seeds").glob("*.txt")), "seeds/ must hold the example articles"


def test_the_readme_command_line_example_runs_on_seeds(monkeypatch, capsys) -> None:
    from quotekit import cli

    monkeypatch.chdir(ROOT)
    assert cli.main(["extract", "seeds/", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split() == ["SOURCE:START", "TYPE", "SPEAKER", "QUOTE"]
    assert "seeds/" in out and "Direct" in out
