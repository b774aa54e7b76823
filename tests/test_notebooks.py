"""Every notebook in docs/examples/ executes without error, so the examples cannot rot.

Run with nbclient and the ``python3`` kernel of the environment running the tests (ipykernel),
with the notebook's own folder as working directory, as a reader would open it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from support import optional as _optional  # noqa: E402


nbformat = _optional("nbformat", "pip install nbclient nbformat ipykernel")
nbclient = _optional("nbclient", "pip install nbclient nbformat ipykernel")
_optional("ipykernel", "pip install ipykernel")
_optional("pandas", "pip install 'quotekit[pandas]'")

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))


def execute(path: Path):
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    return notebook


def outputs(notebook, mime: str) -> list[str]:
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", ()):
            data = output.get("data", {})
            if mime in data:
                found.append(data[mime])
    return found


def test_there_are_example_notebooks():
    assert NOTEBOOKS, f"no notebooks in {EXAMPLES}"


@pytest.fixture(scope="module")
def seeds_notebook():
    return execute(EXAMPLES / "seeds.ipynb")


def test_seeds_notebook_renders_quotes_and_a_speaker_table(seeds_notebook):
    html = outputs(seeds_notebook, "text/html")
    assert any('class="qk-render"' in block and 'class="qk-text"' in block for block in html)
    assert any("<table" in block and "speaker_name" in block for block in html)  # the grouped DataFrame
    assert not [o for c in seeds_notebook.cells for o in c.get("outputs", ()) if o.get("output_type") == "error"]
