"""The rendered HTML in a real browser: headless Chromium parses it, applies the styles, finds the marks.

A script in the page collects what the browser itself sees (elements by class, computed
background colours, the visible text) into a ``<pre>``; ``chromium --dump-dom`` returns the DOM
after scripts ran. Needs Debian's ``chromium`` (``apt-get install -y chromium chromium-driver``);
skipped without it, except under CI (env ``CI`` set), where a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from quotekit.model import Quote, Quotes, QuoteType, Span, Speaker
from quotekit.render import NO_SPEAKER_COLOR, PALETTE, render

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
)

TEXT = (
    "Energiewende im Norden\n\n"
    "„Wir brauchen mehr Leitungen“, sagte Netzbetreiberin Ute Sand am Freitag in Husum. "
    "Der Landrat entgegnete, die Planung dauere zu lange.\n\n"
    "Sand betonte: „Ohne <neue> Trassen & Speicher geht es nicht.“ Ein Zuhörer rief „Endlich!“"
)


def cut(piece: str, occurrence: int = 1) -> Span:
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(piece, start + 1)
    return Span.of(TEXT, start, start + len(piece))


def document() -> Quotes:
    sand = Speaker("Ute Sand", (cut("Ute Sand"), cut("Sand", 2)))
    landrat = Speaker("Der Landrat", (cut("Der Landrat"),))
    q1, q2, q3, q4 = (cut("„Wir brauchen mehr Leitungen“"), cut("die Planung dauere zu lange"),
                      cut("„Ohne <neue> Trassen & Speicher geht es nicht.“"), cut("„Endlich!“"))
    return Quotes(
        [
            Quote(q1.text, q1.start, q1.end, (q1,), QuoteType.DIRECT, sand,
                  mention=cut("Netzbetreiberin Ute Sand"), cue=cut("sagte")),
            Quote(q2.text, q2.start, q2.end, (q2,), QuoteType.INDIRECT, landrat,
                  mention=cut("Der Landrat"), cue=cut("entgegnete")),
            Quote(q3.text, q3.start, q3.end, (q3,), QuoteType.DIRECT, sand,
                  mention=cut("Sand", 2), cue=cut("betonte")),
            Quote(q4.text, q4.start, q4.end, (q4,), QuoteType.DIRECT, None, cue=cut("rief")),
        ],
        text=TEXT,
        speakers=(sand, landrat),
    )


PROBE = """
<script>
const pick = (selector) => [...document.querySelectorAll(selector)].map((e) => ({
  text: e.textContent, speaker: e.dataset.speaker ?? null, type: e.dataset.type ?? null,
  title: e.title, background: getComputedStyle(e).backgroundColor,
  weight: getComputedStyle(e).fontWeight, visible: e.getBoundingClientRect().width > 0,
}));
document.getElementById("qk-probe").textContent = JSON.stringify({
  quotes: pick("mark.qk-quote"), cues: pick(".qk-cue"), mentions: pick(".qk-mention"),
  legend: pick(".qk-legend-item"), body: document.querySelector(".qk-text").textContent,
  whiteSpace: getComputedStyle(document.querySelector(".qk-text")).whiteSpace,
});
</script>
"""


def find_browser() -> str | None:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def browser() -> str:
    path = find_browser()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("CI must install Chromium: apt-get install -y chromium chromium-driver")
        pytest.skip("headless Chromium not installed (apt-get install -y chromium chromium-driver)")
    return path


def page(body: str) -> str:
    return f'<!doctype html><html lang="de"><head><meta charset="utf-8"><title>quotekit</title></head><body>{body}<pre id="qk-probe"></pre>{PROBE}</body></html>'


def run_browser(browser: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [browser, *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )


@pytest.fixture(scope="module")
def seen(browser, tmp_path_factory) -> dict:
    tmp_path = tmp_path_factory.mktemp("browser")
    html_file = tmp_path / "quotes.html"
    html_file.write_text(page(render(document())), encoding="utf-8")
    result = run_browser(browser, tmp_path, "--dump-dom", html_file.as_uri())
    match = re.search(r'<pre id="qk-probe">(.*?)</pre>', result.stdout, re.S)
    assert match and match.group(1), f"no probe output; stderr:\n{result.stderr[-2000:]}"
    import html

    return json.loads(html.unescape(match.group(1)))


def rgb(hex_color: str) -> str:
    return "rgb({}, {}, {})".format(*(int(hex_color[i : i + 2], 16) for i in (1, 3, 5)))


def test_browser_finds_every_quote_cue_and_mention(seen):
    assert [q["text"] for q in seen["quotes"]] == [q.text for q in document()]
    assert [c["text"] for c in seen["cues"]] == ["sagte", "entgegnete", "betonte", "rief"]
    assert {m["text"] for m in seen["mentions"]} == {"Netzbetreiberin Ute Sand", "Der Landrat", "Sand"}
    assert all(element["visible"] for element in seen["quotes"] + seen["cues"] + seen["mentions"])
    assert all(element["title"] for element in seen["quotes"])


def test_browser_paints_one_colour_per_speaker(seen):
    colour = {}
    for quote in seen["quotes"]:
        colour.setdefault(quote["speaker"], set()).add(quote["background"])
    assert colour["Ute Sand"] == {rgb(PALETTE[0])}
    assert colour["Der Landrat"] == {rgb(PALETTE[1])}
    assert colour[None] == {rgb(NO_SPEAKER_COLOR)}
    assert {item["speaker"] for item in seen["legend"]} == {"Ute Sand", "Der Landrat", ""}


def test_browser_shows_the_text_unchanged_with_paragraphs(seen):
    assert seen["body"] == TEXT  # escaped <neue> and & come back as the original characters
    assert seen["whiteSpace"] == "pre-wrap"
    assert all(int(cue["weight"]) >= 600 for cue in seen["cues"])


def test_screenshot_can_be_taken(browser, tmp_path):
    """A screenshot of the rendered page (kept in tmp; look at it when changing the styles)."""
    html_file = tmp_path / "quotes.html"
    html_file.write_text(page(render(document())), encoding="utf-8")
    shot = tmp_path / "quotes.png"
    run_browser(browser, tmp_path, f"--screenshot={shot}", "--window-size=1000,600", html_file.as_uri())
    assert shot.exists() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    target = os.environ.get("QUOTEKIT_SCREENSHOT")
    if target:
        shutil.copy(shot, target)
