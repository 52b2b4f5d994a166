"""`parley report`: a self-contained page, checked as text and in a real headless browser.

The browser tests need Debian's chromium (`.ci/run` installs it and sets
PARLEY_REQUIRE_BROWSER=1, so in CI a missing browser is a failure, not a skip)."""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import io, report, runner
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.model

INJECTED_TEXT = ("&lt;script&gt;document.body.setAttribute('data-pwned', 'text')&lt;/script&gt;\n\n"
                 "Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Friday. "
                 "&lt;img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\"&gt;\n")
INJECTED_TITLE = "<script>document.body.setAttribute('data-pwned', 'title')</script> & more"
INJECTED_NAME = "<img src=x onerror=document.body.setAttribute('data-pwned','name')>"


@pytest.fixture(scope="module")
def report_out(tmp_path_factory):
    """Seeds plus one hostile article, extracted, with its report."""
    folder = tmp_path_factory.mktemp("report") / "in"
    shutil.copytree(SEEDS, folder)
    (folder / f"{INJECTED_NAME}.txt").write_text(INJECTED_TEXT, encoding="utf-8")
    meta = folder.parent / "meta.jsonl"
    meta.write_text(json.dumps({"doc_id": INJECTED_NAME, "title": INJECTED_TITLE, "url": "javascript:alert(1)"})
                    + "\n", encoding="utf-8")
    out = folder.parent / "out"
    runner.run(io.Source(folder, meta), out)
    res = subprocess.run([sys.executable, "-m", "pipeline", "report", str(out)], capture_output=True, text=True,
                         cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == str(out / "report.html")
    return out


def test_report_page_is_self_contained_and_holds_every_part(report_out):
    page = (report_out / "report.html").read_text(encoding="utf-8")
    events = io.read_table(report_out, "events").to_pylist()
    assert len(events) == 4
    # nothing loaded from anywhere: no external scripts, styles, images or fonts
    assert not re.search(r"<(link|img|iframe|object|embed)\b", page)
    assert not re.search(r"\bsrc\s*=", page.replace("src=x", ""))
    assert "Content-Security-Policy" in page
    for part in ("id=summary", "id=network-graph", "id=timeline-graph", "id=events", "id=documents"):
        assert part in page
    assert page.count("<tr><td data-sort=") == len(events)
    for e in events:                                  # every event links to its marked evidence
        anchor = re.search(rf'<a href="#(d\d+-s{e["sent_id"]})">{re.escape(html.escape(e["doc_id"]))}<', page)
        assert anchor and f'class=evidence id="{anchor.group(1)}"' in page
    assert "Vice President Han Zheng (CHN)" in page
    dates = sorted(e["date"] for e in events if e["date"])
    assert f"{dates[0]} to {dates[-1]}" in page


def test_report_escapes_article_text_and_file_names(report_out):
    page = (report_out / "report.html").read_text(encoding="utf-8")
    assert "<script>document.body" not in page and "<img src=x" not in page
    assert ("&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;, &#x27;title&#x27;)&lt;/script&gt; "
            "&amp; more") in page                                            # the title, from --meta
    assert "&amp;lt;img src=x onerror=&quot;document.body" in page          # "&lt;" in the text, shown as typed
    assert "javascript:" not in page.split("<script>")[0].replace("&#x27;", "")   # no link to a script URL
    assert "&lt;img src=x onerror=document.body.setAttribute(&#x27;data-pwned&#x27;,&#x27;name&#x27;)&gt;" in page
    assert page.count("<script>") == 1                # the page's own script only


def test_report_is_the_same_page_on_a_rerun(report_out, tmp_path):
    again = report.write_report(report_out, tmp_path / "again.html")
    assert again.read_bytes() == (report_out / "report.html").read_bytes()


def test_report_missing_folder_is_one_clear_error(tmp_path):
    res = subprocess.run([sys.executable, "-m", "pipeline", "report", str(tmp_path / "nope")],
                         capture_output=True, text=True, cwd=ROOT)
    assert res.returncode == 2 and res.stderr.strip() == f"error: {tmp_path / 'nope'}: no such output folder"


# ---------------------------------------------------------------- in a real browser

def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("PARLEY_REQUIRE_BROWSER"):
        pytest.fail("chromium is not installed (apt-get install -y chromium)")
    pytest.skip("chromium is not installed on this machine; CI installs it")


def _browser(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
           *args, page.as_uri()]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def _console_errors(stderr: str) -> list[str]:
    """Console messages in chromium's log. Its log gives every level as INFO, and the page
    itself logs nothing, so any message counts: an error, an uncaught exception, a blocked
    script (Content-Security-Policy)."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def test_report_the_console_check_sees_errors_and_blocked_scripts(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<html><head><meta http-equiv='Content-Security-Policy' content=\"script-src 'none'\">"
                    "</head><body><script>document.body.dataset.ran = 1</script></body></html>", encoding="utf-8")
    blocked = _browser(page, tmp_path / "p1", "--dump-dom")
    assert "data-ran" not in blocked.stdout and len(_console_errors(blocked.stderr)) == 1
    page.write_text("<html><body><script>console.error('boom'); notDefined();</script></body></html>",
                    encoding="utf-8")
    errors = _console_errors(_browser(page, tmp_path / "p2", "--dump-dom").stderr)
    assert len(errors) == 2 and "boom" in errors[0] and "notDefined is not defined" in errors[1]


def test_report_renders_in_chromium_without_console_errors_and_no_injected_script_runs(report_out, tmp_path):
    res = _browser(report_out / "report.html", tmp_path / "profile", "--dump-dom")
    assert res.returncode == 0, res.stderr[-2000:]
    dom = res.stdout
    body = re.search(r"<body([^>]*)>", dom).group(1)
    assert 'data-ready="1"' in body, "the page's script did not finish"
    assert "data-errors" not in body, body                # no script error on the page
    assert "data-pwned" not in body, body                 # no injected script ran
    assert "<img" not in dom and dom.count("<script") == 1
    assert _console_errors(res.stderr) == []
    network = re.search(r'<svg id="network-graph".*?</svg>', dom, re.S).group(0)
    assert network.count("<circle") == 5 and network.count("<line") == 4     # Xi and Bach twice each
    assert "Emmanuel Macron" in network and "Thomas Bach" in network
    table = re.search(r'<table id="events">.*?</table>', dom, re.S).group(0)
    assert table.count("<tr>") == 1 + 4              # header and the four events


def test_report_screenshot_in_chromium(report_out, tmp_path):
    shot = Path(os.environ.get("PARLEY_SCREENSHOT_DIR", tmp_path)) / "report.png"
    shot.parent.mkdir(parents=True, exist_ok=True)
    res = _browser(report_out / "report.html", tmp_path / "profile", f"--screenshot={shot}",
                   "--window-size=1300,1800", "--hide-scrollbars")
    assert res.returncode == 0, res.stderr[-2000:]
    assert _console_errors(res.stderr) == []
    png = shot.read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 20_000        # a page, not a blank image
