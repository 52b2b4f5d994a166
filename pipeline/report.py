"""``parley report``: one self-contained HTML page to look at an output folder.

The page holds a summary (documents by status, events by type, the date range), a
who-met-whom network and a timeline (SVG drawn here, so they show without scripts), the
events table (sortable and filterable by a small inline script, each row linking to its
evidence) and, per document with events, its text with entities highlighted by spaCy's
displacy and the evidence sentences marked.

Everything an article supplies (text, titles, names, file names) is escaped before it
reaches the page, and a Content-Security-Policy lets only the page's own script run, so an
article can neither run code nor load anything. The page needs no network.
"""

from __future__ import annotations

import base64
import hashlib
import html
import math
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

from . import io
from .clean import analysed_text

TYPE_COLOURS = {"meeting": "#1f77b4", "phone_call": "#ff7f0e", "video_call": "#2ca02c", "correspondence": "#9467bd"}
OTHER_COLOUR = "#7f7f7f"
MAX_NODES = 150             # the network shows the most connected actors
MAX_LABELS = 40             # and names the most connected of them (the others on hover)
MAX_DOCUMENTS = 300         # documents shown with their text (those with events, in order)
MAX_EVENTS = 5000           # rows of the events table

_SCRIPT = """
"use strict";
window.addEventListener("error", (e) => { document.body.dataset.errors = (document.body.dataset.errors || "") + e.message + ";"; });
(function () {
  const table = document.getElementById("events");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  table.querySelectorAll("th").forEach((th, col) => {
    th.addEventListener("click", () => {
      const up = th.dataset.dir !== "asc";
      table.querySelectorAll("th").forEach((h) => { delete h.dataset.dir; });
      th.dataset.dir = up ? "asc" : "desc";
      const key = (r) => r.cells[col].dataset.sort ?? r.cells[col].textContent;
      const sorted = rows.slice().sort((a, b) => {
        const x = key(a), y = key(b);
        const nx = parseFloat(x), ny = parseFloat(y);
        const c = (!isNaN(nx) && !isNaN(ny) && th.dataset.numeric) ? nx - ny : x.localeCompare(y);
        return up ? c : -c;
      });
      sorted.forEach((r) => body.appendChild(r));
    });
  });
  const filter = document.getElementById("filter");
  const count = document.getElementById("shown");
  filter.addEventListener("input", () => {
    const words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let shown = 0;
    rows.forEach((r) => {
      const text = r.textContent.toLowerCase();
      const keep = words.every((w) => text.includes(w));
      r.hidden = !keep;
      if (keep) shown += 1;
    });
    count.textContent = String(shown);
  });
  document.body.dataset.ready = "1";
})();
"""

_STYLE = """
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 1200px; padding: 1em 2em; color: #222; }
h1 { margin-bottom: 0.2em; } h2 { border-bottom: 1px solid #ddd; padding-bottom: 0.2em; margin-top: 2em; }
table { border-collapse: collapse; } th, td { padding: 3px 8px; border-bottom: 1px solid #eee; text-align: left; vertical-align: top; }
#events th { cursor: pointer; background: #f4f4f4; position: sticky; top: 0; }
#events th[data-dir=asc]::after { content: " \\25B2"; } #events th[data-dir=desc]::after { content: " \\25BC"; }
.cards { display: flex; gap: 2em; flex-wrap: wrap; } .cards > div { min-width: 14em; }
.swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 50%; margin-right: 0.3em; vertical-align: -0.1em; }
svg text { font: 11px system-ui, sans-serif; fill: #222; }
.doc { border: 1px solid #ddd; border-radius: 6px; padding: 0.5em 1em; margin: 1em 0; }
.doc .entities { line-height: 2.2 !important; margin: 0.3em 0; }
.evidence { background: #fff6d5; border-left: 4px solid #e0b000; padding-left: 0.5em; }
.evidence:target { outline: 2px solid #e0b000; }
.meta { color: #666; font-size: 0.9em; } .empty { color: #888; font-style: italic; }
#filter { font-size: 1em; padding: 4px 8px; width: 24em; margin-bottom: 0.5em; }
"""


def write_report(out_dir: str | Path, html_path: str | Path | None = None) -> Path:
    """Write the report of ``out_dir`` (default ``OUT/report.html``) atomically; return its path."""
    out_dir = Path(out_dir)
    target = Path(html_path) if html_path else out_dir / "report.html"
    page = build_report(out_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with io.atomic_path(target) as tmp:
        tmp.write_text(page, encoding="utf-8")
    return target


def build_report(out_dir: str | Path) -> str:
    """The report page of an output folder, as HTML text.

    Raises:
        pipeline.io.InputError: when ``out_dir`` holds no documents or events table.
    """
    out_dir = Path(out_dir)
    docs = _read(out_dir, "documents", ["doc_id", "title", "url", "published", "status", "error", "text",
                                         "captions"])
    events = _read(out_dir, "events", None)
    sentences = _read(out_dir, "sentences", ["doc_id", "sent_id", "start_char", "end_char"], optional=True)
    entities = _read(out_dir, "entities", ["doc_id", "start_char", "end_char", "label"], optional=True)
    events.sort(key=lambda e: (e["date"] or "9999", e["doc_id"], e["sent_id"], e["event_id"]))
    anchors = {d["doc_id"]: f"d{i}" for i, d in enumerate(docs)}
    body = [
        f"<h1>Parley report</h1><p class=meta>{_e(out_dir.resolve().name)}: {len(docs)} documents, "
        f"{len(events)} events</p>",
        _summary(docs, events),
        _network(events),
        _timeline(events, anchors),
        _events_table(events, anchors),
        _documents(docs, events, sentences, entities, anchors),
    ]
    script_hash = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode()
    csp = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{script_hash}'"
    return ("<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
            f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
            "<meta name=viewport content='width=device-width, initial-scale=1'>"
            f"<title>Parley report: {_e(out_dir.resolve().name)}</title><style>{_STYLE}</style></head>\n<body>\n"
            + "\n".join(body) + f"\n<script>{_SCRIPT}</script>\n</body></html>\n")


def _read(out_dir: Path, name: str, columns: list[str] | None, optional: bool = False) -> list[dict]:
    if optional and not (out_dir / name).is_dir():
        return []
    return io.read_table(out_dir, name, columns).to_pylist()


def _e(value) -> str:
    """Article data as inert HTML text."""
    return html.escape("" if value is None else str(value), quote=True)


def _party(p: dict) -> str:
    return p["name"] or p["org"] or "?"


def _party_label(p: dict) -> str:
    extra = p["country"] or (p["org"] if p["name"] else None)
    return " ".join(x for x in (p["title"], p["name"] or p["org"] or "?") if x) + (f" ({extra})" if extra else "")


def _place(e: dict) -> str:
    return ", ".join(x for x in (e["location_city"], e["location_country"]) if x)


def _swatch(kind: str) -> str:
    return f'<span class=swatch style="background:{TYPE_COLOURS.get(kind, OTHER_COLOUR)}"></span>'


# ---------------------------------------------------------------- summary

def _summary(docs: list[dict], events: list[dict]) -> str:
    status = Counter(d["status"] for d in docs)
    kinds = Counter(e["type"] for e in events)
    dates = sorted(e["date"] for e in events if e["date"])
    rows_status = "".join(f"<tr><td>{_e(k)}</td><td>{v}</td></tr>" for k, v in sorted(status.items()))
    rows_kinds = "".join(f"<tr><td>{_swatch(k)}{_e(k)}</td><td>{v}</td></tr>" for k, v in sorted(kinds.items()))
    span = f"{_e(dates[0])} to {_e(dates[-1])}" if dates else "no dated events"
    planned = sum(e["status"] == "planned" for e in events)
    problems = [d for d in docs if d["status"] != "ok"]
    problem_rows = "".join(f"<tr><td>{_e(d['doc_id'])}</td><td>{_e(d['status'])}</td><td>{_e(d['error'])}</td></tr>"
                           for d in problems[:200])
    more = f"<p class=meta>and {len(problems) - 200} more</p>" if len(problems) > 200 else ""
    problems_html = (f"<h3>Documents not processed</h3><table><tr><th>document</th><th>status</th><th>reason</th>"
                     f"</tr>{problem_rows}</table>{more}") if problems else ""
    return (f"<h2 id=summary>Summary</h2><div class=cards>"
            f"<div><h3>Documents by status</h3><table>{rows_status}</table></div>"
            f"<div><h3>Events by type</h3><table>{rows_kinds or '<tr><td class=empty>none</td></tr>'}</table></div>"
            f"<div><h3>Dates</h3><p>{span}</p><p>{planned} planned, {len(events) - planned} happened</p></div>"
            f"</div>{problems_html}")


# ---------------------------------------------------------------- network

def _network(events: list[dict]) -> str:
    degree: Counter = Counter()
    edges: Counter = Counter()
    country: dict[str, str] = {}
    for e in events:
        names = [_party(p) for p in e["participants"]]
        for p in e["participants"]:
            country.setdefault(_party(p), p["country"] or p["org"] or "")
        for name in set(names):
            degree[name] += 1
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if a != b:
                    edges[(min(a, b), max(a, b), e["type"])] += 1
    if not degree:
        return "<h2 id=network>Who met whom</h2><p class=empty>No interactions.</p>"
    nodes = [n for n, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NODES]]
    index = {n: i for i, n in enumerate(nodes)}
    kept = [(a, b, t, w) for (a, b, t), w in sorted(edges.items()) if a in index and b in index]
    width = 1100
    pos, height = _layout(len(nodes), [(index[a], index[b]) for a, b, _, _ in kept], width)
    lines = []
    for a, b, kind, weight in kept:
        (x1, y1), (x2, y2) = pos[index[a]], pos[index[b]]
        lines.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                     f'stroke="{TYPE_COLOURS.get(kind, OTHER_COLOUR)}" stroke-opacity="0.7" '
                     f'stroke-width="{1.5 + math.log2(weight):.1f}"><title>{_e(a)} and {_e(b)}: '
                     f'{weight} {_e(kind)}</title></line>')
    circles = []
    for name in nodes:
        x, y = pos[index[name]]
        r = 4 + 3 * math.sqrt(degree[name])
        label = name + (f" ({country[name]})" if country.get(name) else "")
        text = (f'<text x="{x + r + 2:.1f}" y="{y + 4:.1f}">{_e(label)}</text>'
                if index[name] < MAX_LABELS else "")
        circles.append(f'<g class=node><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#cfe3f7" stroke="#2b6cb0">'
                       f'<title>{_e(label)}: {degree[name]} interactions</title></circle>{text}</g>')
    legend = " ".join(f"{_swatch(k)}{_e(k)}" for k in TYPE_COLOURS)
    note = (f" The {MAX_NODES} most connected of {len(degree)} actors are shown."
            if len(degree) > MAX_NODES else "")
    if len(nodes) > MAX_LABELS:
        note += f" The {MAX_LABELS} most connected are named; hover over a node for the others."
    return (f"<h2 id=network>Who met whom</h2><p class=meta>Nodes are actors sized by their number of "
            f"interactions; edges are interactions, coloured by type: {legend}.{note}</p>"
            f'<svg id=network-graph role=img aria-label="who-met-whom network" viewBox="0 0 {width} {height}" '
            f'width="100%">{"".join(lines)}{"".join(circles)}</svg>')


def _layout(n: int, edges: list[tuple[int, int]], width: int) -> tuple[np.ndarray, int]:
    """Node positions and the canvas height: each connected component laid out on its own
    (force-directed), the components packed in rows, largest first."""
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in edges:
        parent[root(a)] = root(b)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[root(i)].append(i)
    pos = np.zeros((n, 2))
    x = y = row = 0.0
    label_room, pad = 150.0, 24.0
    for comp in sorted(members.values(), key=lambda c: (-len(c), c[0])):
        side = 70.0 * math.sqrt(len(comp))
        if x > 0 and x + side + label_room > width:
            x, y, row = 0.0, y + row, 0.0
        local = {j: k for k, j in enumerate(comp)}
        inner = [(local[a], local[b]) for a, b in edges if a in local and b in local]
        pos[comp] = np.array([x + pad, y + pad]) + _spring(len(comp), inner) * side
        x += side + label_room
        row = max(row, side + 2 * pad)
    return pos, int(y + row)


def _spring(n: int, edges: list[tuple[int, int]], iterations: int = 200) -> np.ndarray:
    """Fruchterman-Reingold positions in the unit square (deterministic: fixed seed)."""
    if n == 1:
        return np.array([[0.5, 0.5]])
    rng = np.random.default_rng(7)
    pos = rng.random((n, 2))
    k = math.sqrt(1.0 / n)
    step = 0.1
    a = np.array([e[0] for e in edges], dtype=int)
    b = np.array([e[1] for e in edges], dtype=int)
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 0.01)
        disp = (delta * (k * k / dist ** 2)[..., None]).sum(axis=1)        # repulsion
        d = pos[a] - pos[b]
        length = np.maximum(np.linalg.norm(d, axis=1), 0.01)[:, None]
        pull = d * length / k                                              # attraction along edges
        np.add.at(disp, a, -pull)
        np.add.at(disp, b, pull)
        length = np.maximum(np.linalg.norm(disp, axis=1), 1e-9)[:, None]
        pos += disp / length * np.minimum(length, step)
        step *= 0.98
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    return (pos - lo) / np.where(hi - lo > 1e-9, hi - lo, 1.0)


# ---------------------------------------------------------------- timeline

def _timeline(events: list[dict], anchors: dict[str, str]) -> str:
    dated = [e for e in events if e["date"]]
    if not dated:
        return "<h2 id=timeline>Timeline</h2><p class=empty>No dated events.</p>"
    days = [_ordinal(e["date"]) for e in dated]
    first, last = min(days), max(days)
    kinds = sorted({e["type"] for e in dated})
    width, lane, left = 1100, 34, 110
    height = lane * len(kinds) + 40
    scale = (width - left - 30) / max(last - first, 1)
    marks = []
    for i, kind in enumerate(kinds):
        y = 20 + lane * i + lane / 2
        marks.append(f'<text x="4" y="{y + 4:.0f}">{_e(kind)}</text>'
                     f'<line x1="{left}" x2="{width - 20}" y1="{y:.0f}" y2="{y:.0f}" stroke="#eee"/>')
    seen: Counter = Counter()
    for e, day in zip(dated, days):
        y = 20 + lane * kinds.index(e["type"]) + lane / 2
        x = left + (day - first) * scale
        jitter = (seen[(e["type"], day)] % 5 - 2) * 4
        seen[(e["type"], day)] += 1
        who = " and ".join(_party(p) for p in e["participants"])
        marks.append(f'<a href="#{_ev_anchor(e, anchors)}"><circle cx="{x:.1f}" cy="{y + jitter:.1f}" r="5" '
                     f'fill="{TYPE_COLOURS.get(e["type"], OTHER_COLOUR)}" fill-opacity="0.8"'
                     f'{" stroke=#000 stroke-dasharray=2" if e["status"] == "planned" else ""}>'
                     f'<title>{_e(e["date"])}: {_e(who)} ({_e(e["type"])}, {_e(e["status"])})</title></circle></a>')
    axis = (f'<text x="{left}" y="{height - 4}">{_e(dated[0]["date"] if days[0] == first else _iso(first))}</text>'
            f'<text x="{width - 20}" y="{height - 4}" text-anchor="end">{_e(_iso(last))}</text>')
    return (f"<h2 id=timeline>Timeline</h2><p class=meta>Interactions by date and type (a dashed ring: "
            f"planned); month and year dates sit on their first day.</p>"
            f'<svg id=timeline-graph viewBox="0 0 {width} {height}" width="100%">{"".join(marks)}{axis}</svg>')


def _ordinal(iso: str) -> int:
    from datetime import date

    parts = [int(p) for p in iso.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2]).toordinal()


def _iso(ordinal: int) -> str:
    from datetime import date

    return date.fromordinal(ordinal).isoformat()


# ---------------------------------------------------------------- events table

def _ev_anchor(e: dict, anchors: dict[str, str]) -> str:
    return f"{anchors.get(e['doc_id'], 'x')}-s{e['sent_id']}"


def _events_table(events: list[dict], anchors: dict[str, str]) -> str:
    head = ("<tr><th>date</th><th>type</th><th>status</th><th>participants</th><th>place</th>"
            "<th>CAMEO</th><th data-numeric=1>confidence</th><th>evidence</th></tr>")
    rows = []
    for e in events[:MAX_EVENTS]:
        people = "; ".join(_party_label(p) for p in e["participants"])
        rows.append(
            f"<tr><td data-sort=\"{_e(e['date'] or '')}\">{_e(e['date'] or '-')}</td>"
            f"<td>{_swatch(e['type'])}{_e(e['type'])}</td><td>{_e(e['status'])}</td><td>{_e(people)}</td>"
            f"<td>{_e(_place(e) or '-')}</td><td>{_e(e['cameo_code'])}</td>"
            f"<td data-sort=\"{e['confidence']:.3f}\">{e['confidence']:.2f}</td>"
            f"<td><a href=\"#{_ev_anchor(e, anchors)}\">{_e(e['doc_id'])}</a>: {_e(e['evidence'])}</td></tr>")
    more = (f"<p class=meta>The first {MAX_EVENTS} of {len(events)} events are listed; query the rest with "
            f"<code>parley query</code>.</p>") if len(events) > MAX_EVENTS else ""
    return (f"<h2 id=events-list>Events</h2><input id=filter type=search placeholder='filter: words that must all "
            f"appear' aria-label=filter> <span class=meta><span id=shown>{min(len(events), MAX_EVENTS)}</span> shown; "
            f"click a column to sort</span>"
            f"<table id=events><thead>{head}</thead><tbody>{''.join(rows)}</tbody></table>{more}")


# ---------------------------------------------------------------- documents

def _documents(docs: list[dict], events: list[dict], sentences: list[dict], entities: list[dict],
               anchors: dict[str, str]) -> str:
    from spacy import displacy

    evidence: dict[str, set[int]] = defaultdict(set)
    for e in events:
        evidence[e["doc_id"]].add(e["sent_id"])
    sents: dict[str, list[dict]] = defaultdict(list)
    for s in sentences:
        sents[s["doc_id"]].append(s)
    ents: dict[str, list[dict]] = defaultdict(list)
    for ent in entities:
        ents[ent["doc_id"]].append(ent)
    shown = [d for d in docs if d["doc_id"] in evidence][:MAX_DOCUMENTS]
    parts = []
    for d in shown:
        text = analysed_text(d["text"], d["captions"])       # sentence offsets run on into the captions
        blocks = []
        for s in sorted(sents[d["doc_id"]], key=lambda s: s["sent_id"]):
            start, end = s["start_char"], s["end_char"]
            spans = [{"start": x["start_char"] - start, "end": x["end_char"] - start, "label": x["label"]}
                     for x in sorted(ents[d["doc_id"]], key=lambda x: x["start_char"])
                     if start <= x["start_char"] and x["end_char"] <= end]
            rendered = displacy.render({"text": text[start:end], "ents": spans}, style="ent", manual=True,
                                       jupyter=False)
            if s["sent_id"] in evidence[d["doc_id"]]:
                rendered = f'<div class=evidence id="{anchors[d["doc_id"]]}-s{s["sent_id"]}">{rendered}</div>'
            blocks.append(rendered)
        link = f' <a href="{_e(d["url"])}" rel="noreferrer">source</a>' if _is_web(d["url"]) else ""
        parts.append(f'<section class=doc id="{anchors[d["doc_id"]]}"><h3>{_e(d["title"] or d["doc_id"])}</h3>'
                     f'<p class=meta>{_e(d["doc_id"])}, published {_e(d["published"] or "unknown")}{link}</p>'
                     f'{"".join(blocks)}</section>')
    more = (f"<p class=meta>The first {MAX_DOCUMENTS} of {sum(1 for d in docs if d['doc_id'] in evidence)} "
            f"documents with events are shown.</p>") if len(shown) == MAX_DOCUMENTS else ""
    return (f"<h2 id=documents>Documents</h2><p class=meta>Each document with events: entities highlighted, "
            f"the evidence sentences of its events marked.</p>{''.join(parts) or '<p class=empty>None.</p>'}{more}")


def _is_web(url: str | None) -> bool:
    return bool(url) and url.lower().startswith(("http://", "https://"))

