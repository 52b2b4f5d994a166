"""Score an events table against gold annotations (``/work/shared/devset/SCHEMA.md``).

Input  gold JSONL: one document per line, ``{"doc_id", "events": [...]}``.
Input  ``events`` (schemas.EVENTS), as a pandas DataFrame or a pyarrow Table.
Output a :class:`Report`: dyad and event precision/recall/F1, attribute accuracies over
matched dyads and events, precision per confidence bucket, and a list of errors.

Matching rules, as implemented here:

* Names (:func:`names_match`): case and diacritics folded, leading titles and trailing
  suffixes dropped (``models/name_stopwords.txt``), punctuation dropped, middle initials and
  name particles ("da", "von", "al-") dropped; then two names match when their words are
  equal in any order, when one is a single word found in the other ("Xi" = "Xi Jinping"),
  when they spell the same letters ("Jae-in" = "Jaein"), or when one is an all-capitals
  acronym of the other's capitalised words ("IOC" = "International Olympic Committee").
  There is no nickname table: "Joe Biden" does not match "Joseph R. Biden, Jr.", while
  "Biden" and "Joseph Biden" do.
* Participants (:func:`participant_matches`): a gold participant matches a system
  participant by name, or when the gold participant's name (a group such as "European
  Commission") equals the system participant's ``org`` under the stricter organisation
  rule (same words or acronym, no one-word rule). A gold *person* is never matched by
  the organisation they represent.
* Dyads: per document, every event with parties {a, b, c} gives the unordered pairs
  (a,b), (a,c), (b,c). A gold dyad and a system dyad are candidates when both parties
  match in either orientation. Candidates are assigned one-to-one by a maximum-weight
  matching that first maximises the number of matched dyads and then their agreement
  (type, date and country weigh 10 each, status and city 1 each).
* Events: candidates when the participant sets match: the counts are equal and every
  gold participant matches a distinct system participant. An extracted event with an
  extra party (an accompanying official, say) therefore does not match; its dyads still
  earn partial credit. Assignment as for dyads.
* Attributes: ``type`` and ``status`` (gold default "happened") over every matched pair;
  ``date`` (exact string), ``country`` (alpha-3, case-insensitive) and ``city`` (folded)
  only where gold has a value.
* A ratio with a zero denominator is ``None`` (shown as "n/a"), never 0 or 1.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, NamedTuple

import pyarrow as pa

from . import schemas

if TYPE_CHECKING:
    import pandas as pd
from .lexicon import MODELS_DIR

__all__ = [
    "Accuracy", "Bucket", "PRF", "Report",
    "format_errors", "format_report", "load_gold", "name_key", "names_match",
    "participant_matches", "score",
]

STOPWORDS_FILE = MODELS_DIR / "name_stopwords.txt"
REQUIRED_COLUMNS = ("doc_id", "type", "participants")
DYAD_ATTRIBUTES = ("type", "status", "date", "country", "city", "party_country")
_PLAIN_DYAD_ATTRIBUTES = DYAD_ATTRIBUTES[:-1]
EVENT_ATTRIBUTES = ("type", "date", "country", "city")
CONFIDENCE_THRESHOLD = 0.5
# Agreement weights used to choose between candidates with matching parties.
AGREEMENT_WEIGHTS = {"type": 10, "date": 10, "country": 10, "status": 1, "city": 1}


# ---------------------------------------------------------------- names

_EXTRA_FOLD = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                             "æ": "ae", "œ": "oe", "ı": "i"})
_APOSTROPHES = re.compile(r"['’ʼ`´]")
_NON_WORD = re.compile(r"[^\w\s.]|_")
_PARENS = re.compile(r"\([^)]*\)")


def _fold(text: str) -> str:
    """Casefold and strip diacritics (NFKD, combining marks removed)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.casefold().translate(_EXTRA_FOLD)


def _raw_tokens(text: str, join_hyphens: bool = False) -> list[str]:
    """Folded tokens, dots kept ("h.e.", "jr."); other punctuation splits or vanishes."""
    text = _APOSTROPHES.sub("", _fold(text))
    if join_hyphens:
        text = re.sub(r"(?<=\w)[-‐‑–](?=\w)", "", text)
    return _NON_WORD.sub(" ", text).split()


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset]:
    """Sections of ``models/name_stopwords.txt``: titles (as word tuples), suffixes, particles."""
    if not STOPWORDS_FILE.is_file():
        raise FileNotFoundError(f"name stopword list not found: {STOPWORDS_FILE}")
    sections: dict[str, set] = {"titles": set(), "suffixes": set(), "particles": set()}
    current = None
    for n, line in enumerate(STOPWORDS_FILE.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip().lower()
            if current not in sections:
                raise ValueError(f"{STOPWORDS_FILE.name} line {n}: unknown section {line}")
            continue
        if current is None:
            raise ValueError(f"{STOPWORDS_FILE.name} line {n}: entry before any [section]")
        words = tuple(t.strip(".") for t in _raw_tokens(line))
        sections[current].add(words if current == "titles" else " ".join(words))
    return {k: frozenset(v) for k, v in sections.items()}


def _strip_titles(tokens: list[str], titles: frozenset) -> list[str]:
    longest = max((len(t) for t in titles), default=0)
    changed = True
    while changed and tokens:
        changed = False
        for size in range(min(longest, len(tokens)), 0, -1):
            if tuple(t.strip(".") for t in tokens[:size]) in titles:
                tokens = tokens[size:]
                changed = True
                break
    return tokens


def name_key(name: str | None) -> tuple[str, ...]:
    """Normalise a name into its comparable words, in their original order.

    Folds case and diacritics, drops a parenthesised aside ("(IOC)"), leading titles and
    honorifics, trailing suffixes ("Jr.", "III"), punctuation, single-letter initials and
    name particles. A step that would leave no word is skipped, so "President" keeps
    its word.

    Args:
        name: a participant name as written; None or blank gives ``()``.

    Returns:
        A tuple of lowercase ASCII-folded words, e.g. ``("jose", "nunez")`` for
        "H.E. Mr. José Núñez, Jr.". A hyphen splits words ("Jae-in" gives "jae", "in").
    """
    return _key(name, False)


@lru_cache(maxsize=65536)
def _key(name: str | None, join_hyphens: bool) -> tuple[str, ...]:
    if not name or not str(name).strip():
        return ()
    name = str(name)
    no_aside = _PARENS.sub(" ", name)
    tokens = _raw_tokens(no_aside if no_aside.strip() else name, join_hyphens)
    # ("Kh.Battulga", "Dr.Ali": a word glued to the name by its full stop is a word of its own)
    tokens = [part for t in tokens for part in re.split(r"(?<=\.)(?=\w{2})", t)]
    stop = _stopwords()
    tokens = _strip_titles(tokens, stop["titles"]) or tokens
    while len(tokens) > 1 and tokens[-1].strip(".") in stop["suffixes"]:
        tokens = tokens[:-1]
    tokens = [t.replace(".", "") for t in tokens]
    tokens = [t for t in tokens if t]
    for drop in (lambda t: len(t) == 1, lambda t: t in stop["particles"]):
        kept = [t for t in tokens if not drop(t)]
        tokens = kept or tokens
    return tuple(tokens)


def _acronym_of(short: str, long: str) -> bool:
    """True when ``short`` is written in capitals and spells the initials of ``long``'s capitalised words."""
    short = _PARENS.sub(" ", short).replace(".", "").strip()
    if not (2 <= len(short) <= 10 and short.isalpha() and short.isupper()):
        return False
    words = re.split(r"[\s\-]+", unicodedata.normalize("NFKD", _PARENS.sub(" ", long)).strip())
    if words and words[0].lower() == "the":
        words = words[1:]
    capitals = [w for w in words if w[:1].isupper()]
    if len(capitals) < 2:
        return False
    initials = "".join(w[0] for w in capitals)
    return _fold(initials) == _fold(short)


def _same_words(ka: tuple[str, ...], kb: tuple[str, ...]) -> bool:
    return sorted(ka) == sorted(kb) or "".join(ka) == "".join(kb)


def names_match(a: str | None, b: str | None) -> bool:
    """Whether two mentions name the same party (SCHEMA.md's name rule).

    Args:
        a: one name as written (order of the two arguments does not matter).
        b: the other name.

    Returns:
        True when, after :func:`name_key`, the words are equal in any order, one name is a
        single word that occurs in the other, or one is a capitalised acronym of the other.
        A hyphenated word counts as one word too ("Oyun-Erdene" matches "Luvsannamsrai
        Oyun-Erdene"). False whenever either name is empty.
    """
    if not name_key(a) or not name_key(b):
        return False
    for join in (False, True):
        ka, kb = _key(a, join), _key(b, join)
        if _same_words(ka, kb):
            return True
        if (len(ka) == 1 and ka[0] in kb) or (len(kb) == 1 and kb[0] in ka):
            return True
    return _acronym_of(str(a), str(b)) or _acronym_of(str(b), str(a))


def _org_match(a: str | None, b: str | None) -> bool:
    """Organisation names: same words in any order, or acronym; no one-word rule."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    return _same_words(ka, kb) or _acronym_of(str(a), str(b)) or _acronym_of(str(b), str(a))


def participant_matches(gold: dict, system: dict) -> bool:
    """Whether a system participant matches a gold participant.

    Args:
        gold: a gold participant (``name``, ``org``, ...). A gold entry without a name is
            identified by its ``org``.
        system: a system participant (``name``, ``org``, ...).

    Returns:
        True when the gold name matches the system name (:func:`names_match`), or the gold
        name, taken as a group, equals the system participant's ``org``.
    """
    gname = gold.get("name") or gold.get("org")
    if not gname:
        return False
    return names_match(gname, system.get("name")) or _org_match(gname, system.get("org"))


# ---------------------------------------------------------------- gold

def load_gold(path: str | Path) -> list[dict]:
    """Read a gold JSONL file.

    Args:
        path: the file; blank lines are skipped.

    Returns:
        One dict per document, in file order.

    Raises:
        ValueError: naming the line of malformed JSON, a record that is not an object, a
            missing or non-string ``doc_id``, an ``events`` value that is not a list, or a
            repeated ``doc_id``.
    """
    from .io import read_jsonl

    docs: list[dict] = []
    seen: dict[str, int] = {}
    for n, rec in read_jsonl(Path(path)):
        doc_id = rec.get("doc_id")
        if not isinstance(doc_id, str) or not doc_id:
            raise ValueError(f"{path}:{n}: missing or non-string 'doc_id'")
        if not isinstance(rec.get("events", []), list):
            raise ValueError(f"{path}:{n}: 'events' must be a list")
        if doc_id in seen:
            raise ValueError(f"{path}:{n}: doc_id {doc_id!r} repeats line {seen[doc_id]}")
        seen[doc_id] = n
        docs.append(rec)
    return docs


# ---------------------------------------------------------------- report types

def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


class Accuracy(NamedTuple):
    """An attribute accuracy: ``(correct, total, accuracy)``; accuracy is None when total is 0."""
    correct: int
    total: int
    accuracy: float | None


class Bucket(NamedTuple):
    """Precision of the system events in one confidence bucket."""
    label: str
    n: int
    correct: int
    precision: float | None


@dataclass(frozen=True)
class PRF:
    """True/false positive and false negative counts, with the derived scores."""
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def to_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


@dataclass
class Report:
    """The result of :func:`score`.

    Attributes:
        dyad: dyad-level counts and P/R/F1 (the primary score).
        event: event-level counts and P/R/F1.
        dyad_attributes: ``type``, ``status``, ``date``, ``country``, ``city`` over matched dyads, and
            ``party_country``: each matched party's country, where gold gives one.
        event_attributes: ``type``, ``date``, ``country``, ``city`` over matched events.
        confidence: precision of system events with confidence >= 0.5 and < 0.5.
        reliability: precision of system events by confidence band (``RELIABILITY_EDGES``), to
            check calibration: events scored 0.8 to 0.9 should be right 80-90% of the time.
        errors: one dict per missed, spurious or wrongly attributed item.
        docs: the scored doc ids.
        docs_not_in_gold: requested doc ids that have no gold record (not scored).
        n_gold_events, n_system_events: events in the scored documents.
        n_ignored_events: system events outside the scored documents.
    """
    dyad: PRF
    event: PRF
    dyad_attributes: dict[str, Accuracy]
    event_attributes: dict[str, Accuracy]
    confidence: list[Bucket]
    errors: list[dict] = field(default_factory=list)
    docs: list[str] = field(default_factory=list)
    reliability: list[Bucket] = field(default_factory=list)
    docs_not_in_gold: list[str] = field(default_factory=list)
    n_gold_events: int = 0
    n_system_events: int = 0
    n_ignored_events: int = 0

    def to_dict(self) -> dict:
        """A JSON-serialisable view of the report (for ``--json``)."""
        return {
            "n_docs": len(self.docs),
            "docs": list(self.docs),
            "docs_not_in_gold": list(self.docs_not_in_gold),
            "n_gold_events": self.n_gold_events,
            "n_system_events": self.n_system_events,
            "n_ignored_events": self.n_ignored_events,
            "dyad": self.dyad.to_dict(),
            "event": self.event.to_dict(),
            "dyad_attributes": {k: v._asdict() for k, v in self.dyad_attributes.items()},
            "event_attributes": {k: v._asdict() for k, v in self.event_attributes.items()},
            "confidence": [b._asdict() for b in self.confidence],
            "reliability": [b._asdict() for b in self.reliability],
            "errors": [dict(e) for e in self.errors],
        }


# ---------------------------------------------------------------- items

@dataclass
class _Item:
    """One gold or system event, or one dyad cut from it."""
    doc_id: str
    parties: list[dict]
    attrs: dict[str, str | None]
    evidence: str | None
    event_id: str | None = None
    confidence: float | None = None


def _clean(value: Any) -> Any:
    """None for missing scalars (None, NaN, pd.NA) and blank strings."""
    if value is None or isinstance(value, (list, tuple, dict)):
        return value
    import pandas as pd     # here, not at the top: the pipeline imports this module for name_key

    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        return value
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _party(p: Any) -> dict:
    p = dict(p) if p is not None else {}
    return {k: _clean(p.get(k)) for k in ("name", "title", "country", "org", "actor_id")}


def _gold_items(doc: dict) -> list[_Item]:
    items = []
    for e in doc.get("events") or []:
        loc = e.get("location") or {}
        items.append(_Item(
            doc_id=doc["doc_id"],
            parties=[_party(p) for p in e.get("participants") or []],
            attrs={"type": _clean(e.get("type")),
                   "status": _clean(e.get("status")) or "happened",
                   "date": _clean(e.get("date")),
                   "country": _clean(loc.get("country")),
                   "city": _clean(loc.get("city"))},
            evidence=_clean(e.get("evidence"))))
    return items


def _system_items(events: pd.DataFrame | pa.Table) -> list[_Item]:
    if isinstance(events, pa.Table):
        events = events.to_pandas()
    missing = [c for c in REQUIRED_COLUMNS if c not in events.columns]
    if missing:
        raise schemas.ContractError(f"table 'events': missing columns {missing} needed for scoring")
    items = []
    for row in events.to_dict("records"):
        get = lambda c: _clean(row.get(c))  # noqa: E731
        parts = row.get("participants")
        parts = [] if parts is None or (not hasattr(parts, "__len__")) else list(parts)
        conf = get("confidence")
        items.append(_Item(
            doc_id=str(get("doc_id")),
            parties=[_party(p) for p in parts],
            attrs={"type": get("type"),
                   "status": get("status") or "happened",
                   "date": None if get("date") is None else str(get("date")),
                   "country": get("location_country"),
                   "city": get("location_city")},
            evidence=get("evidence"),
            event_id=get("event_id"),
            confidence=None if conf is None else float(conf)))
    return items


def _dyads(item: _Item) -> list[_Item]:
    out = []
    ps = item.parties
    for i in range(len(ps)):
        for j in range(i + 1, len(ps)):
            out.append(_Item(item.doc_id, [ps[i], ps[j]], item.attrs, item.evidence,
                             item.event_id, item.confidence))
    return out


def _same(attr: str, g: str | None, s: str | None) -> bool:
    if g is None or s is None:
        return g is None and s is None
    if attr == "country":
        return str(g).strip().upper() == str(s).strip().upper()
    if attr == "city":
        return " ".join(_raw_tokens(str(g))) == " ".join(_raw_tokens(str(s)))
    return str(g).strip() == str(s).strip()


def _agreement(g: _Item, s: _Item) -> int:
    return sum(w for a, w in AGREEMENT_WEIGHTS.items() if _same(a, g.attrs[a], s.attrs[a]))


def _pair_matches(g: _Item, s: _Item) -> bool:
    (ga, gb), (sa, sb) = g.parties, s.parties
    return ((participant_matches(ga, sa) and participant_matches(gb, sb))
            or (participant_matches(ga, sb) and participant_matches(gb, sa)))


def _sets_match(g: _Item, s: _Item) -> bool:
    """Equal counts and a perfect matching of gold onto distinct system participants."""
    if len(g.parties) != len(s.parties) or not g.parties:
        return False
    adj = [[j for j, sp in enumerate(s.parties) if participant_matches(gp, sp)] for gp in g.parties]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set) -> bool:
        for j in adj[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return all(augment(i, set()) for i in range(len(g.parties)))


# ---------------------------------------------------------------- assignment

def _hungarian(cost: list[list[float]]) -> list[int]:
    """Minimum-cost assignment for ``n <= m``: the column given to each row."""
    n, m = len(cost), len(cost[0])
    inf = math.inf
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    p, way = [0] * (m + 1), [0] * (m + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    col = [0] * n
    for j in range(1, m + 1):
        if p[j]:
            col[p[j] - 1] = j - 1
    return col


def _assign(gold: list[_Item], system: list[_Item], candidate) -> list[tuple[int, int]]:
    """One-to-one pairs: as many as possible, then the best total agreement."""
    if not gold or not system:
        return []
    agree = [[_agreement(g, s) if candidate(g, s) else None for s in system] for g in gold]
    if not any(a is not None for row in agree for a in row):
        return []
    # A base weight larger than any total agreement makes cardinality come first.
    base = (sum(AGREEMENT_WEIGHTS.values()) + 1) * (min(len(gold), len(system)) + 1)
    weight = [[0 if a is None else base + a for a in row] for row in agree]
    transpose = len(gold) > len(system)
    if transpose:
        weight = [list(col) for col in zip(*weight)]
    cols = _hungarian([[-w for w in row] for row in weight])
    pairs = [(r, c) for r, c in enumerate(cols) if weight[r][c] > 0]
    return sorted((c, r) if transpose else (r, c) for r, c in pairs)


# ---------------------------------------------------------------- scoring

def _label(p: dict) -> str:
    return p.get("name") or p.get("org") or "?"


def _error(level: str, kind: str, item: _Item, **extra) -> dict:
    err = {"level": level, "kind": kind, "doc_id": item.doc_id,
           "participants": [_label(p) for p in item.parties],
           "event_id": item.event_id, "evidence": item.evidence}
    err.update(extra)
    return err


def _tally(pairs, attributes, counts, errors=None):
    """Add attribute agreement of matched (gold, system) pairs to ``counts``."""
    for g, s in pairs:
        for attr in attributes:
            if attr not in ("type", "status") and g.attrs[attr] is None:
                continue   # only where gold has a value
            ok = _same(attr, g.attrs[attr], s.attrs[attr])
            counts[attr][0] += ok
            counts[attr][1] += 1
            if not ok and errors is not None:
                errors.append(_error("dyad", f"wrong_{attr}", g, gold=g.attrs[attr],
                                     system=s.attrs[attr], event_id=s.event_id,
                                     system_participants=[_label(p) for p in s.parties],
                                     system_evidence=s.evidence))



RELIABILITY_EDGES = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)


def _band(confidence: float) -> int:
    for i, hi in enumerate(RELIABILITY_EDGES[1:]):
        if confidence < hi:
            return i
    return len(RELIABILITY_EDGES) - 2


def _tally_party_country(pairs, counts: list[int], errors: list[dict]) -> None:
    """Each party of a matched dyad whose country gold gives: is the system's the same?"""
    for g, s in pairs:
        (ga, gb), (sa, sb) = g.parties, s.parties
        if not (participant_matches(ga, sa) and participant_matches(gb, sb)):
            sa, sb = sb, sa
        for gp, sp in ((ga, sa), (gb, sb)):
            if gp.get("country") is None:
                continue
            ok = _same("country", gp["country"], sp.get("country"))
            counts[0] += ok
            counts[1] += 1
            if not ok:
                errors.append(_error("dyad", "wrong_party_country", g, party=gp.get("name"),
                                     gold=gp["country"], system=sp.get("country"), event_id=s.event_id,
                                     system_participants=[_label(p) for p in s.parties],
                                     system_evidence=s.evidence))


def _match_level(level: str, golds: list, systems: list, matcher, counts: list[int],
                 errors: list[dict]) -> list[tuple[int, int]]:
    """Match gold to system items one-to-one; add tp/fp/fn to ``counts`` and the missed and
    spurious items to ``errors``; return the matched index pairs."""
    pairs = _assign(golds, systems, matcher)
    matched_g, matched_s = {i for i, _ in pairs}, {j for _, j in pairs}
    counts[0] += len(pairs)
    counts[1] += len(systems) - len(pairs)
    counts[2] += len(golds) - len(pairs)
    errors += [_error(level, "missed", g) for i, g in enumerate(golds) if i not in matched_g]
    errors += [_error(level, "spurious", x) for j, x in enumerate(systems) if j not in matched_s]
    return pairs


def score(gold: list[dict], events: pd.DataFrame | pa.Table,
          docs: Iterable[str] | None = None) -> Report:
    """Score extracted events against gold.

    Args:
        gold: gold documents as returned by :func:`load_gold`.
        events: the events table (schemas.EVENTS columns; ``doc_id``, ``type`` and
            ``participants`` are required, the others are read when present).
        docs: the doc ids to score; default every gold doc id. Ids without a gold record
            are listed in ``Report.docs_not_in_gold`` and not scored. System events of
            documents that are not scored are ignored (counted in ``n_ignored_events``).

    Returns:
        A :class:`Report`.

    Raises:
        ValueError: a gold doc_id repeats.
        schemas.ContractError: a required column is missing from ``events``.
    """
    by_id: dict[str, dict] = {}
    for doc in gold:
        if doc["doc_id"] in by_id:
            raise ValueError(f"gold doc_id {doc['doc_id']!r} appears twice")
        by_id[doc["doc_id"]] = doc
    wanted = list(by_id) if docs is None else list(dict.fromkeys(docs))
    scored = [d for d in wanted if d in by_id]
    not_in_gold = [d for d in wanted if d not in by_id]

    system_all = _system_items(events)
    keep = set(scored)
    system_by_doc: dict[str, list[_Item]] = {d: [] for d in scored}
    for item in system_all:
        if item.doc_id in keep:
            system_by_doc[item.doc_id].append(item)

    dyad_counts, event_counts = [0, 0, 0], [0, 0, 0]
    dyad_attr = {a: [0, 0] for a in DYAD_ATTRIBUTES}
    event_attr = {a: [0, 0] for a in EVENT_ATTRIBUTES}
    buckets = {True: [0, 0], False: [0, 0]}
    bands = [[0, 0] for _ in RELIABILITY_EDGES[:-1]]
    errors: list[dict] = []
    n_gold = n_system = 0

    for doc_id in scored:
        g_events, s_events = _gold_items(by_id[doc_id]), system_by_doc[doc_id]
        n_gold += len(g_events)
        n_system += len(s_events)

        g_dyads = [d for e in g_events for d in _dyads(e)]
        s_dyads = [d for e in s_events for d in _dyads(e)]
        pairs = _match_level("dyad", g_dyads, s_dyads, _pair_matches, dyad_counts, errors)
        _tally([(g_dyads[i], s_dyads[j]) for i, j in pairs], _PLAIN_DYAD_ATTRIBUTES, dyad_attr, errors)
        _tally_party_country([(g_dyads[i], s_dyads[j]) for i, j in pairs], dyad_attr["party_country"], errors)
        pairs = _match_level("event", g_events, s_events, _sets_match, event_counts, errors)
        _tally([(g_events[i], s_events[j]) for i, j in pairs], EVENT_ATTRIBUTES, event_attr)
        matched_s = {j for _, j in pairs}
        for j, e in enumerate(s_events):
            high = e.confidence is not None and not math.isnan(e.confidence) \
                and e.confidence >= CONFIDENCE_THRESHOLD
            buckets[high][0] += 1
            buckets[high][1] += j in matched_s
            if e.confidence is not None and not math.isnan(e.confidence):
                band = _band(e.confidence)
                bands[band][0] += 1
                bands[band][1] += j in matched_s

    def acc(counts):
        return {a: Accuracy(c, t, _ratio(c, t)) for a, (c, t) in counts.items()}

    t = CONFIDENCE_THRESHOLD
    return Report(
        dyad=PRF(*dyad_counts), event=PRF(*event_counts),
        dyad_attributes=acc(dyad_attr), event_attributes=acc(event_attr),
        confidence=[Bucket(f">= {t}", *buckets[True], _ratio(buckets[True][1], buckets[True][0])),
                    Bucket(f"< {t}", *buckets[False], _ratio(buckets[False][1], buckets[False][0]))],
        errors=errors, docs=scored, docs_not_in_gold=not_in_gold,
        reliability=[Bucket(f"{lo:.1f}-{hi:.1f}", n, c, _ratio(c, n))
                     for (lo, hi), (n, c) in zip(zip(RELIABILITY_EDGES, RELIABILITY_EDGES[1:]), bands)],
        n_gold_events=n_gold, n_system_events=n_system,
        n_ignored_events=len(system_all) - n_system)


# ---------------------------------------------------------------- formatting

def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def _acc_cell(a: Accuracy | None) -> str:
    return "" if a is None else f"{a.correct:>4}/{a.total:<4} {_num(a.accuracy):>5}"


def format_report(report: Report) -> str:
    """A plain-text summary: P/R/F1, attribute accuracies with counts, confidence buckets."""
    lines = [f"documents scored: {len(report.docs)}   gold events: {report.n_gold_events}"
             f"   system events: {report.n_system_events}"
             f"   (ignored, outside scored docs: {report.n_ignored_events})"]
    if report.docs_not_in_gold:
        lines.append(f"requested but not in gold (not scored): {', '.join(report.docs_not_in_gold)}")
    lines += ["", f"{'':<8}{'tp':>6}{'fp':>6}{'fn':>6}{'precision':>11}{'recall':>8}{'f1':>8}"]
    for label, prf in (("dyads", report.dyad), ("events", report.event)):
        lines.append(f"{label:<8}{prf.tp:>6}{prf.fp:>6}{prf.fn:>6}{_num(prf.precision):>11}"
                     f"{_num(prf.recall):>8}{_num(prf.f1):>8}")
    lines += ["", f"{'attribute':<10}{'matched dyads':<18}{'matched events':<18}"]
    for attr in DYAD_ATTRIBUTES:
        lines.append(f"{attr:<10}{_acc_cell(report.dyad_attributes.get(attr)):<18}"
                     f"{_acc_cell(report.event_attributes.get(attr)) or '-':<18}".rstrip())
    lines += ["", f"{'confidence':<12}{'events':>7}{'correct':>9}{'precision':>11}"]
    for b in report.confidence:
        lines.append(f"{b.label:<12}{b.n:>7}{b.correct:>9}{_num(b.precision):>11}")
    if report.reliability:
        lines += ["", "reliability (events by confidence band)"]
        for b in report.reliability:
            lines.append(f"{b.label:<12}{b.n:>7}{b.correct:>9}{_num(b.precision):>11}")
    return "\n".join(lines) + "\n"


def format_errors(report: Report) -> str:
    """One block per error: doc id, level and kind, participants, values, evidence."""
    blocks = []
    for e in report.errors:
        head = f"[{e['doc_id']}] {e['level']} {e['kind']}"
        if e.get("event_id"):
            head += f" (system {e['event_id']})"
        lines = [head, f"  participants: {' / '.join(e['participants'])}"]
        if e["kind"].startswith("wrong_"):
            lines.append(f"  gold: {e['gold']!r}   system: {e['system']!r}")
            lines.append(f"  system participants: {' / '.join(e['system_participants'])}")
            lines.append(f"  system evidence: {e.get('system_evidence') or '-'}")
        lines.append(f"  evidence: {e.get('evidence') or '-'}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")
