"""A generator of hostile input folders: every kind of bad file a crawl produces, mixed
with the user's real seed articles. ``build(folder)`` writes the corpus and returns
``{doc_id: expected status}`` for every regular file that should get a documents row."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
STORY = "Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday."


def build(folder: Path, outside: Path) -> dict[str, str]:
    """Write the corpus under ``folder`` (and a target file under ``outside`` for a symlink)."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, str] = {}

    def put(rel: str, data: bytes, status: str) -> None:
        path = folder / f"{rel}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expected[rel] = status

    for seed in sorted(SEEDS.glob("*.txt")):
        put(f"seeds/{seed.stem}", seed.read_bytes(), "ok")
    rng = random.Random(1)
    put("empty", b"", "empty")
    put("whitespace", b" \n\t\r\n  \n", "empty")
    put("binary_nul", b"\x00\x01\x02\x03PK\x03\x04" * 100, "failed")
    put("random_bytes", bytes(rng.randrange(256) for _ in range(4096)), "failed")
    put("latin1", f"Le pr\xe9sident {STORY}".encode("latin-1"), "ok")
    put("utf16_bom", STORY.encode("utf-16"), "ok")
    put("utf8_bom", b"\xef\xbb\xbf" + STORY.encode(), "ok")
    put("crlf", (STORY + "\r\nSecond line of the article, which ends properly.\r\n").encode(), "ok")
    put("truncated_utf8", ((STORY + " ") * 3 + "Talks went on in Tōkyō").encode()[:-1], "ok")  # cut mid-character
    put("control_chars", ("\x07\x1b[31m" + STORY.replace(" ", " \u200b") + "\u202e\u2066\x0c").encode(), "ok")
    put("html_page", (
        "<!DOCTYPE html><html><head><title>Talks</title><style>p{color:red}</style>"
        "<script>alert('x'); document.cookie</script></head><body><p>" + STORY.replace("met", "met&nbsp;with")
        + " &amp; more.</p><script>var s = '<p>not text</p>';</script></body></html>").encode(), "ok")
    put("multi_megabyte", ((STORY + " ") * 40 + "\n\n").encode() * 700, "ok")
    put("long_line_no_spaces", b"x" * 2_000_000, "empty")
    put("name with spaces", STORY.encode(), "ok")
    put("ünïcødé 名前", STORY.encode(), "ok")
    put("shell;$(rm -rf ~)`x`&|>", STORY.encode(), "ok")
    put("a/b/c/d/deeply_nested", STORY.encode(), "ok")
    # A symlink leaving the input tree is reported and never followed.
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_text("Outside secret: " + STORY, encoding="utf-8")
    os.symlink(outside / "secret.txt", folder / "escape.txt")
    expected["escape"] = "skipped"
    # A symlink inside the tree is read like any file.
    os.symlink(folder / "crlf.txt", folder / "inside_link.txt")
    expected["inside_link"] = "ok"
    # An unreadable file (root can read anything, so only when not running as root).
    if os.geteuid() != 0:
        put("unreadable", STORY.encode(), "failed")
        os.chmod(folder / "unreadable.txt", 0)
    (folder / "not_an_article.bin").write_bytes(b"\x00ignored")
    return expected


def remove(folder: Path) -> None:
    for path in folder.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o700)
    shutil.rmtree(folder)
