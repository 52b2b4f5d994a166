"""The actor knowledge base: who held which office, for which state or organisation, when.

``models/actors/*.tsv`` (and a user's ``--actors FILE``) hold one row per person and office:

    actor_id  name  aliases  country  org  role  start  end

``aliases`` is ``|``-separated; ``country`` is ISO 3166-1 alpha-3 (empty for officials of an
international organisation, which name their ``org``); ``start``/``end`` are ``YYYY[-MM[-DD]]``
(``end`` empty while in office). Rows are checked when loaded: a bad row is an error naming
the file and line.

Used twice: the entities stage marks every known name as a person even where the model
missed or mislabelled it (:func:`find_names`), and the events stage fills a party's
country, title and organisation that the text does not state, from the office the person
held at the article's date (:func:`lookup`), and gives each party a stable ``actor_key``.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .lexicon import MODELS_DIR

ACTORS_DIR = MODELS_DIR / "actors"
COLUMNS = ("actor_id", "name", "aliases", "country", "org", "role", "start", "end")
ENV_EXTRA = "PARLEY_ACTORS"        # a user's actors file, set by ``parley extract --actors``
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# The office to report when a person held several at once, most senior first.
_RANK = ("president", "king", "queen", "emir", "sultan", "emperor", "pope", "supreme leader", "chairman",
         "grand duke", "prince", "head of state", "prime minister", "premier", "chancellor", "taoiseach",
         "general secretary", "vice president", "crown prince")


class ActorsError(ValueError):
    """An actors file cannot be used; the message names the file and line."""


@dataclass(frozen=True)
class Office:
    actor_id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    org: str | None
    role: str
    start: str
    end: str | None

    def covers(self, day: dt.date) -> bool:
        iso = day.isoformat()
        return self.start[: len(iso)] <= iso[: len(self.start)] and (
            not self.end or iso[: len(self.end)] <= self.end)

    def distance(self, day: dt.date) -> int:
        """Days from ``day`` to this office's term (0 inside it)."""
        if self.covers(day):
            return 0
        start = _as_date(self.start, first=True)
        end = _as_date(self.end, first=False) if self.end else dt.date.max
        return min(abs((day - start).days), abs((day - end).days) if end != dt.date.max else 10**6)

    def rank(self) -> int:
        role = self.role.lower()
        return next((i for i, r in enumerate(_RANK) if role == r), len(_RANK))


_NON_WORD = re.compile(r"[^\w']+")


@lru_cache(maxsize=200_000)
def fold(text: str) -> tuple[str, ...]:
    """A name's comparable words: diacritics and case folded, hyphens and dots dropped."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("’", "'").replace("-", " ").replace(".", " ")
    return tuple(w for w in _NON_WORD.split(text) if w)


# Initials of two or three letters, as Mongolian names are written ("Kh. Battulga", "Ts. Elbegdorj")
DIGRAPH_INITIALS = frozenset({"kh", "ts", "ch", "sh", "zh", "ya", "yo", "yu", "lkh"})


def _initials_out(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without its initials ("V. Petrov", "Kh. Battulga" give "petrov", "battulga")."""
    return tuple(w for w in words if len(w) > 1 and w not in DIGRAPH_INITIALS)


def _no_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a name of two or more words without its initials, if two or more are left."""
    kept = _initials_out(words)
    return kept if len(kept) >= 2 else words


def key_for(name: str | None) -> str | None:
    """The normalised-name key of a party the knowledge base does not know."""
    words = fold(name or "")
    return "-".join(words) or None


def _as_date(value: str, first: bool) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1) if first else dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        if first:
            return dt.date(parts[0], parts[1], 1)
        nxt = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    return dt.date(*parts)


def read_rows(path: Path) -> list[Office]:
    """Read and check one actors file.

    Raises:
        ActorsError: naming the file and line of the first bad row.
    """
    import pycountry

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ActorsError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from exc
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != COLUMNS:
        raise ActorsError(f"{path}:1: the header must be the tab-separated columns {' '.join(COLUMNS)}")
    out = []
    for n, line in enumerate(lines[1:], 2):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        where = f"{path}:{n}"
        if len(cols) != len(COLUMNS):
            raise ActorsError(f"{where}: {len(cols)} tab-separated columns, expected {len(COLUMNS)}")
        actor_id, name, aliases, country, org, role, start, end = (c.strip() for c in cols)
        if not _ID.match(actor_id):
            raise ActorsError(f"{where}: actor_id {actor_id!r} is not a lowercase slug (xi-jinping)")
        if not name or not role:
            raise ActorsError(f"{where}: name and role are required")
        if bool(country) == bool(org):
            raise ActorsError(f"{where}: give a country or an org, not both or neither")
        if country and country not in ("XKX", "PSE", "TWN", "VAT") and pycountry.countries.get(alpha_3=country) is None:
            raise ActorsError(f"{where}: country {country!r} is not an ISO 3166-1 alpha-3 code")
        for value, what in ((start, "start"), (end, "end")):
            if (value or what == "start") and not _DATE.match(value):
                raise ActorsError(f"{where}: {what} {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if end and _as_date(end, first=False) < _as_date(start, first=True):
            raise ActorsError(f"{where}: end {end} is before start {start}")
        out.append(Office(actor_id, name, tuple(a.strip() for a in aliases.split("|") if a.strip()),
                          country or None, org or None, role, start, end or None))
    return out


class KnowledgeBase:
    """Offices by actor and by folded name."""

    def __init__(self, offices: Iterable[Office]):
        self.offices: dict[str, list[Office]] = {}
        for office in offices:
            self.offices.setdefault(office.actor_id, []).append(office)
        self.by_name: dict[tuple[str, ...], set[str]] = {}
        # surnames of the names of two or more words: "President Clinton" in a text that never
        # gives his first name
        self.by_surname: dict[str, set[str]] = {}
        for actor_id, rows in self.offices.items():
            for office in rows:
                for name in (office.name, *office.aliases):
                    for words in {fold(name), _no_initials(fold(name))}:
                        if words:
                            self.by_name.setdefault(words, set()).add(actor_id)
                    surname = _no_initials(fold(name))
                    if len(surname) >= 2:
                        self.by_surname.setdefault(surname[-1], set()).add(actor_id)
        self.max_words = max((len(k) for k in self.by_name), default=0)
        self.first_words = {k[0] for k in self.by_name}      # a name can only start with one of these

    def one_state(self, actor_id: str) -> bool:
        """Whether every office the base lists for this person is one state's."""
        offices = self.offices.get(actor_id, ())
        return bool(offices) and all(o.country and not o.org for o in offices) \
            and len({o.country for o in offices}) == 1

    def lookup(self, names: Iterable[str], day: dt.date | None,
               country: str | None = None, title: str | None = None) -> Office | None:
        """The office of the person one of ``names`` refers to, at ``day``.

        A name that several people share resolves only when ``country`` (what the text
        says) or the date singles one out. Among one person's offices, the one held at
        ``day`` wins (the most senior when several), else the nearest in time. A bare
        surname the base lists under no alias ("President Clinton") is the one person of
        that surname holding an office at ``day`` (the office ``title`` names, if given).
        """
        names = list(names)
        ids: set[str] = set()
        for name in names:
            ids |= self.by_name.get(fold(name or ""), set())
        for name in names if not ids else ():
            ids |= self.by_name.get(_no_initials(fold(name or "")), set())     # "Sergey V. Lavrov"
        if not ids:
            return self._by_surname(names, day, title)
        candidates = [o for i in sorted(ids) for o in self.offices[i]]
        if country:
            same = [o for o in candidates if o.country == country]
            candidates = same or candidates
        if day is not None:
            current = [o for o in candidates if o.covers(day)]
            if len({o.actor_id for o in current}) == 1:
                candidates = current
        if len({o.actor_id for o in candidates}) != 1:
            return None
        if day is None:
            return min(candidates, key=lambda o: (o.rank(), o.start))
        return min(candidates, key=lambda o: (o.distance(day), o.rank(), o.start))

    def _by_surname(self, names: list[str], day: dt.date | None, title: str | None) -> Office | None:
        words = _initials_out(fold(names[0] or "")) if names else ()
        if day is None or len(words) != 1:      # (a surname with its initials: "V. Petrov", "Kh. Battulga")
            return None
        role = " ".join(fold(title or ""))
        held = [o for i in sorted(self.by_surname.get(words[0], ())) for o in self.offices[i]
                if o.covers(day) and (not role or role == " ".join(fold(o.role)))]
        return min(held, key=lambda o: (o.rank(), o.start)) if len({o.actor_id for o in held}) == 1 else None


@lru_cache(maxsize=4)
def _load(extra: str | None) -> KnowledgeBase:
    offices = [o for path in sorted(ACTORS_DIR.glob("*.tsv")) for o in read_rows(path)]
    if extra:
        own = read_rows(Path(extra))
        replaced = {o.actor_id for o in own}
        offices = [o for o in offices if o.actor_id not in replaced] + own
    return KnowledgeBase(offices)


def load() -> KnowledgeBase:
    """The knowledge base of ``models/actors/``, with the rows of the file named by the
    ``PARLEY_ACTORS`` environment variable (``parley extract --actors FILE``) added; a
    user's row replaces every row of the same ``actor_id``."""
    return _load(os.environ.get(ENV_EXTRA) or None)


def find_names(words: list[str], capitalised: list[bool], kb: KnowledgeBase | None = None) -> list[tuple[int, int, str]]:
    """Known names in a run of tokens: ``(start, end, actor_id)``, longest first, not overlapping.

    Args:
        words: the tokens' texts.
        capitalised: whether each token starts with a capital letter (or ends a hyphenated
            capitalised word, "Jong-un"); a name must start and end on one (so "may" and
            "lula" in lower case are not names).
    """
    kb = kb or load()
    folded = [fold(w) for w in words]
    hits = []                   # the longest known name starting at each token
    for i in range(len(words)):
        if capitalised[i] and folded[i] and folded[i][0] in kb.first_words:
            for n in range(min(kb.max_words * 2, len(words) - i), 0, -1):
                if not capitalised[i + n - 1]:
                    continue
                key = tuple(w for f in folded[i:i + n] for w in f)
                ids = kb.by_name.get(key)
                if ids and len(key) <= kb.max_words:
                    hits.append((i, i + n, sorted(ids)[0]))
                    break
    # the longest first, then the earliest: "Sheikh Omar al-Nuri" is an alias, but the full
    # "Omar Al Nuri Al Hadi" after "Sheikh" is the name
    out: list[tuple[int, int, str]] = []
    for hit in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if all(hit[1] <= o[0] or o[1] <= hit[0] for o in out):
            out.append(hit)
    return sorted(out)
