"""Small hand-built output folders for the export, query and load tests: events rows
with chosen types, codes, dates and places, written as Parley table folders."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline import schemas


def party(name: str, country: str | None = None, org: str | None = None, title: str | None = None) -> dict:
    """One participant struct."""
    return {"name": name, "title": title, "country": country, "org": org, "actor_id": name[:2]}


def event(event_id: str, parties: list[dict], *, type: str = "meeting", status: str = "happened",
          cameo: str = "040", date: str | None = "2024-07-27", precision: str | None = "day",
          city: str | None = None, country: str | None = None, lat: float | None = None,
          lon: float | None = None, evidence: str = "They met.", doc_id: str = "d1", sent_id: int = 0) -> dict:
    """One events row (schema ``EVENTS``)."""
    return {
        "event_id": event_id, "doc_id": doc_id, "rel_id": f"{sent_id:04d}-00", "type": type, "status": status,
        "date": date, "date_precision": precision if date else None, "date_text": "on Saturday" if date else None,
        "location_text": city, "location_city": city, "location_country": country,
        "location_lat": lat, "location_lon": lon, "participants": parties, "cameo_code": cameo,
        "evidence": evidence, "sent_id": sent_id, "start_char": 0, "end_char": len(evidence), "confidence": 0.8,
    }


def document(doc_id: str, url: str | None = None) -> dict:
    """One documents row (schema ``DOCUMENTS``)."""
    return {
        "doc_id": doc_id, "path": f"{doc_id}.txt", "url": url, "source": None, "sha256": None, "input_key": None,
        "n_chars": 10, "title": None, "published": None, "published_source": "none", "dateline": None,
        "dateline_place": None, "captions": [], "n_dropped_lines": 0, "encoding": "utf-8", "text": "They met.",
        "status": "ok", "error": None,
    }


def interaction(interaction_id: str, event_ids: list[str], n_sources: int) -> dict:
    """One interactions row (schema ``INTERACTIONS``)."""
    return {
        "interaction_id": interaction_id, "type": "meeting", "status": "happened", "date": None,
        "date_precision": None, "location_city": None, "location_country": None, "location_lat": None,
        "location_lon": None, "participants": [], "n_sources": n_sources, "event_ids": event_ids,
        "doc_ids": [f"doc{i}" for i in range(n_sources)], "evidence": "They met.", "confidence": 0.8,
    }


def write_folder(out: Path, **tables: list[dict]) -> Path:
    """Write ``name=rows`` tables into ``out`` as one-part table folders; return ``out``."""
    for name, rows in tables.items():
        schema = schemas.SCHEMAS[name]
        (out / name).mkdir(parents=True, exist_ok=True)
        pq.write_table(schemas.conform(rows, schema), out / name / "part-00000.parquet")
    return out
