"""Stage 6, interactions: events from many articles -> one row per real-world interaction.

Input  ``events`` (schemas.EVENTS), across every document of a run
Output ``interactions`` (schemas.INTERACTIONS): interaction_id, type, status, date,
       location_city, location_country, participants, n_sources, event_ids, doc_ids, ...

Several articles often report the same meeting. Events are merged when they have the
same parties (names compared after folding case, diacritics and titles), the same type
and status, dates that agree (equal, or one a month or year that contains the other, or
missing) and places that agree (same country, or missing). The merged row keeps the most
precise date and place and the earliest evidence; ``n_sources`` counts the documents.
"""

from __future__ import annotations

import hashlib

import pyarrow as pa

from . import dates, schemas
from .evaluate import name_key

INPUT, OUTPUT = schemas.EVENTS, schemas.INTERACTIONS


def merge_interactions(events: pa.Table) -> pa.Table:
    """Group the events of many documents into interactions.

    Args:
        events: an ``EVENTS`` table (all documents of a run).

    Returns:
        An ``INTERACTIONS`` table sorted by interaction_id.
    """
    schemas.validate(events, INPUT)
    groups: dict[tuple, list[dict]] = {}
    for event in sorted(events.to_pylist(), key=lambda e: (e["doc_id"], e["sent_id"], e["event_id"])):
        key = (event["type"], event["status"], party_key(event["participants"]))
        for group in groups.setdefault(key, []):
            if _compatible(group, event):
                _absorb(group, event)
                break
        else:
            groups[key].append(_start(event, key))
    rows = [_row(g) for gs in groups.values() for g in gs]
    return schemas.conform(rows, OUTPUT)


def party_key(participants: list[dict]) -> tuple:
    """The parties of an event, order-free, by ``actor_key`` (the knowledge base's id, so
    "President Xi" and "Xi Jinping" are one party), else as folded names ("Xi Jinping" =
    "XI JINPING")."""
    return tuple(sorted(_party(p) for p in participants))


def _party(p: dict) -> str:
    return p.get("actor_key") or " ".join(sorted(name_key(p["name"]))) or (p["name"] or "").lower()


def _compatible(group: dict, event: dict) -> bool:
    if not dates.dates_agree(group["date"], event["date"]):
        return False
    a, b = group["location_country"], event["location_country"]
    return not a or not b or a == b


def _start(event: dict, key: tuple) -> dict:
    group = {k: event[k] for k in ("type", "status", "date", "date_precision", "location_city",
                                   "location_country", "location_lat", "location_lon", "participants",
                                   "evidence", "confidence")}
    group.update(key=key, event_ids=[event["event_id"]], doc_ids=[event["doc_id"]])
    return group


def _absorb(group: dict, event: dict) -> None:
    group["event_ids"].append(event["event_id"])
    if event["doc_id"] not in group["doc_ids"]:
        group["doc_ids"].append(event["doc_id"])
    if event["date"] and len(event["date"]) > len(group["date"] or ""):
        group["date"], group["date_precision"] = event["date"], event["date_precision"]
    if event["location_country"] and (not group["location_country"] or
                                      (event["location_city"] and not group["location_city"])):
        for f in ("location_city", "location_country", "location_lat", "location_lon"):
            group[f] = event[f]
    # Keep each party's fullest description.
    by_key = {_party(p): p for p in group["participants"]}
    for p in event["participants"]:
        mine = by_key.get(_party(p))
        if mine is not None:
            for f in ("title", "country", "org"):
                if not mine[f] and p[f]:
                    mine[f] = p[f]
    group["confidence"] = max(group["confidence"], event["confidence"])


def _row(group: dict) -> dict:
    ident = "|".join([group["type"], group["status"], *group["key"][2], group["date"] or "",
                      min(group["event_ids"])])
    return {
        "interaction_id": hashlib.sha1(ident.encode()).hexdigest()[:16],
        "type": group["type"], "status": group["status"], "date": group["date"],
        "date_precision": group["date_precision"], "location_city": group["location_city"],
        "location_country": group["location_country"], "location_lat": group["location_lat"],
        "location_lon": group["location_lon"],
        "participants": [{k: p.get(k) for k in ("name", "title", "country", "org", "actor_key")}
                         for p in group["participants"]],
        "n_sources": len(group["doc_ids"]), "event_ids": sorted(group["event_ids"]),
        "doc_ids": sorted(group["doc_ids"]), "evidence": group["evidence"], "confidence": group["confidence"],
    }
