"""Dates in news text: resolve expressions, and find publication dates in headers and URLs.

Four public helpers, used by the cleaning stage (publication date, dateline) and by the
event stage (when did a meeting happen):

* :func:`resolve_date` turns an expression such as ``"on Saturday"``, ``"Nov. 29"`` or
  ``"last month"`` into an ISO value with a precision, relative to a publication date.
* :func:`date_from_url` / :func:`month_from_url` / :func:`year_from_url` read a date carried in a URL path.
* :func:`find_header_date` finds a full publication date in an article's header lines.
* :func:`find_dateline` finds a news dateline (``"BEIJING, Nov. 29 (Xinhua) --"``).

All four accept any ``str`` and never raise on it: a string that holds nothing usable
gives ``None``.

Rules for ambiguous expressions (``base`` is the publication date; ``tense`` is ``"past"``,
``"future"`` or ``None``):

* With no tense to go on, an expression without a direction resolves to its latest
  occurrence on or before ``base``, unless the next one is nearer and close ahead: within a
  quarter for a month or a day and month (``"May"`` in a March article is this May, ``"Jan.
  14"`` on Jan. 6 is Jan. 14 this year, ``"Aug. 6"`` in March last August), within a day for a
  weekday (``"Monday"`` in a Sunday article is tomorrow). News reports the past more than the
  future; the events stage passes the tense of the verb, which then decides:
* A bare weekday (``"Saturday"``, ``"this Thursday"``) is the last such day on or before
  ``base`` in the past tense, the next one on or after ``base`` in the future tense (a
  weekday equal to the publication day is that day). ``"last Friday"`` and ``"the previous
  Friday"`` are strictly before ``base``, ``"next Monday"`` and ``"the following Monday"``
  strictly after, whatever the tense.
* A day and month without a year (``"Sept. 12"``) take ``base``'s year, moved back a year
  if that is after ``base`` (past) or forward a year if it is before ``base`` (future).
* A bare ordinal day (``"the 23rd"``) is that day in ``base``'s month, or in the previous
  (past) / next (future) month when it would fall after / before ``base``; months without
  that day (the 31st in April) are skipped.
* A month without a year (``"in October"``) is the latest such month on or before
  ``base``'s month (past) or the first on or after it (future); ``"last October"`` is
  strictly before, ``"next October"`` strictly after.
* Named days (Christmas, New Year's Day, Thanksgiving, Election Day, Easter, Good Friday,
  Memorial Day, Labor Day ...) are computed for the years around ``base`` and chosen like a
  day and month.
* ``"the same day"``, ``"that day"``, ``"earlier that day"`` are ``base`` (the events stage
  gives them the day of the event they follow); ``"that year"`` is ``base``'s year and ``"a
  year earlier"`` the year before. ``"Earlier Sunday"`` and ``"later Saturday"`` are the
  weekday. ``"The day before"``, ``"the previous day"``, ``"two days earlier"``, ``"the
  following day"``, ``"3 days later"`` count days from ``base`` (the events stage gives them the
  day of the event reported before).
* Parts of a period keep the period's precision: ``"the middle of October"`` is the month,
  ``"the end of the year"`` and ``"a good part of 1990"`` the year, ``"1994 or later"`` 1994.
  Years in words (``"nineteen seventy-nine"``, ``"the year two thousand"``) are read.
* A span of days (``"from April 14 to 15"``, ``"on 6-7 October"``, ``"from 30 April to 2
  May"``, ``"on the 6th and 7th"``, ``"from Monday to Wednesday"``) is the month of its first
  day, resolved like that day: a meeting within it has no known day.
* A season is its year (``"this spring"``, ``"last summer"`` the one before the current,
  ``"in the autumn of 2019"``; a winter, which spans two years, only with its year written).
  Parts of a week or a month are the month they fall in (``"earlier in the month"``, ``"at the
  start of the week"``, ``"the week before last"``, ``"the second half of April"``).
* Weeks cannot be written as ISO values, so ``"this week"``, ``"earlier this week"``,
  ``"this month"`` and ``"earlier this month"`` give ``base``'s month, ``"last week"``
  (and ``"the past week"``) the month of ``base`` minus 7 days, ``"next week"`` the month
  of ``base`` plus 7 days, all with precision ``"month"``; the weekend works the same way,
  using the Saturday it refers to. A weekday of a named week (``"Tuesday last week"``,
  ``"Friday of next week"``) is that week's day (weeks start on Monday); a week of a month
  (``"the first week of June"``) is the month.
* ``"N days/weeks ago"`` is day precision, ``"N months ago"`` month precision and
  ``"N years ago"`` year precision. ``"last night"`` is the day before ``base``.
* Vague expressions (``"a few days ago"``, ``"in the 1990s"``) give ``None``, and so does a
  duration (``"eight days"``, ``"48 hours"``, ``"a 14-minute"`` meeting, ``"nearly four
  hours"``): how long, not when.

Forms these rules do not cover go to dateparser (English only, no language detection,
no network), with ``RELATIVE_BASE`` set to ``base``; without ``base`` a dateparser result
is kept only if it does not depend on the base, which is checked by parsing against two
different anchors. What neither reads may still fix a date: a whole date written inside it
(``"Today, 5 May 2024"``, ``"Thursday (July 25, 2024)"``), or a day in a year named relative
to ``base`` (``"January 30 this year"``, ``"12 March last year"``).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import urllib.parse
import unicodedata
from typing import Callable, Iterator, NamedTuple, Union

__all__ = [
    "ResolvedDate",
    "date_from_url",
    "find_dateline",
    "find_dateline_span",
    "find_header_date",
    "resolve_date",
    "year_from_url",
    "month_from_url",
]

BaseDate = Union[dt.date, str, None]


class ResolvedDate(NamedTuple):
    """A resolved date: ISO ``value`` and its ``precision`` (``day``, ``month`` or ``year``)."""

    value: str
    precision: str


# ---------------------------------------------------------------------------
# Shared vocabulary

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
# Longest names first so that alternation never stops at a prefix ("mar" of "march").
_MON = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WD_FULL = "(?:" + "|".join(WEEKDAYS) + ")"
# Abbreviations are accepted only as a prefix of an explicit date ("Fri., July 26").
_WD_ANY = r"(?:" + "|".join(WEEKDAYS) + r"|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
_WD_NAMED = rf"(?P<wd>{_WD_ANY})"
_ORD = r"(?:st|nd|rd|th)?"
# for other modules' patterns: a month's name; a weekday or a day of a month ("May 31", "31 May")
MONTH_WORD = _MON
DAY_WORD = rf"(?:{_WD_FULL}|{_MON}\s+\d{{1,2}}{_ORD}|\d{{1,2}}{_ORD}\s+{_MON})"

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "couple of": 2,
}
_VAGUE_NUMBERS = ("a few", "few", "several", "some", "many")

_MIN_YEAR, _MAX_YEAR = 1000, 2999       # any explicit four-digit year in an expression
_HEADER_YEARS = (1900, 2100)            # publication dates in article headers
_URL_YEARS = (1990, 2100)               # publication dates in URLs

_F = re.IGNORECASE | re.ASCII
_BARE_DAYS = re.compile(r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013/]\s*\d{1,2}(?:st|nd|rd|th)?)?", re.I)


def _month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")]


# words that put a journey at another time than the one a report is about ("after his visit
# to X", "ahead of her trip to Y", "his last visit to Z"); read by the relations and events stages
OTHER_TIME_WORDS = frozenset({"after", "since", "following", "before", "ahead", "prior", "recent", "last", "previous",
                              "past", "earlier", "upcoming", "next", "planned", "forthcoming"})


def bare_days(text: str) -> bool:
    """Whether an expression is a number or two with no month ("22nd", "26-27"): no date
    on its own (often an ordinal: "the 22nd summit")."""
    return bool(_BARE_DAYS.fullmatch(text.strip()))


def is_month_name(word: str) -> bool:
    """Whether a word names a month ("May", "Sept.")."""
    return word.lower().rstrip(".") in _MONTHS


def _weekday_index(name: str) -> int:
    prefix = name.lower().rstrip(".")[:3]
    return [w[:3] for w in WEEKDAYS].index(prefix)


def _make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def _day(d: dt.date) -> ResolvedDate:
    return ResolvedDate(d.isoformat(), "day")


def _month(year: int, month: int) -> ResolvedDate | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return ResolvedDate(f"{year:04d}-{month:02d}", "month")


def _year(year: int) -> ResolvedDate | None:
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    return ResolvedDate(f"{year:04d}", "year")


# ---------------------------------------------------------------------------
# resolve_date

# Returned by a rule that recognised the expression but cannot resolve it (relative
# without a base, or vague): resolve_date gives None without trying dateparser.
_UNRESOLVABLE = object()

_LEAD = re.compile(
    r"^(?:"
    r"(?:on|in|at|during|since|by|from|until|till|as\s+of|around|about|circa|of)\s+"
    r"|(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|noon|midnight)\s+of\s+"
    r"|(?:early|late|mid)(?:\s+|-)(?=\S)"
    r"|(?:earlier|later)\s+(?=\S)"
    r"|(?:(?:a|the)\s+)?(?:good\s+|large\s+|greater\s+|better\s+)?(?:part|most|rest|remainder)\s+of\s+"
    r"|(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|close|turn)\s+of\s+"
    r"|(?:the\s+)?(?:first|second|latter|last)\s+half\s+of\s+"
    r")",
    _F,
)
_TRAIL = re.compile(
    r"(?:,?\s+(?:"
    r"morning|afternoon|evening|night|noon|midnight|local\s+time|or\s+(?:later|earlier|so|after|before)"
    r"|(?:at\s+)?\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?"
    r"|(?:at\s+)?\d{1,2}\s*[ap]\.?m\.?"
    r"|(?:gmt|utc)(?:\s*[+-]\s*\d{1,2})?"
    r"))+$",
    _F,
)
_PUNCT_EDGES = " \t.,;:!?\"'()[]{}<>"

# Fixed phrases: (kind, amount). kind "day" shifts base by days; "month-of" gives the
# month of base shifted by days; "month"/"year" shift by calendar months/years.
_FIXED: dict[str, tuple[str, int]] = {}
for _phrases, _value in [
    (("today", "tonight", "this morning", "this afternoon", "this evening",
      "earlier today", "later today", "today's", "tonight's"), ("day", 0)),
    (("yesterday", "last night", "yesterday's", "last evening"), ("day", -1)),
    (("the day before yesterday", "day before yesterday"), ("day", -2)),
    (("tomorrow", "tomorrow's"), ("day", 1)),
    (("the day after tomorrow", "day after tomorrow"), ("day", 2)),
    (("this week", "earlier this week", "later this week", "this month",
      "earlier this month", "later this month", "the current month",
      "the current week", "earlier in the month", "later in the month", "earlier in the week",
      "later in the week", "the month", "the week"), ("month-of", 0)),
    (("the week before last",), ("month-of", -14)),
    (("the week after next",), ("month-of", 14)),
    (("last week", "the last week", "the previous week", "previous week",
      "the past week", "past week", "this past week", "the week before",
      "earlier last week", "over the past week"), ("month-of", -7)),
    (("next week", "the coming week", "the next week", "coming week",
      "later next week"), ("month-of", 7)),
    (("last month", "the previous month", "previous month", "the past month",
      "past month", "the last month", "earlier last month"), ("month", -1)),
    (("next month", "the coming month", "the next month", "coming month"), ("month", 1)),
    (("last year", "the previous year", "previous year", "the past year", "past year",
      "the last year", "earlier last year"), ("year", -1)),
    (("this year", "earlier this year", "later this year", "the current year"), ("year", 0)),
    (("next year", "the coming year", "the next year", "coming year"), ("year", 1)),
    (("the same day", "that day", "that same day", "the day", "earlier that day", "later that day",
      "this day"), ("day", 0)),
    (("that year", "the year", "earlier that year", "later that year", "that same year"), ("year", 0)),
    (("a year earlier", "one year earlier", "a year before", "the year before", "a year ago",
      "one year ago"), ("year", -1)),
]:
    for _phrase in _phrases:
        _FIXED[_phrase] = _value

_WEEKEND = re.compile(
    r"(?:over\s+)?(?:(?P<rel>last|past|this\s+past|next|coming|this\s+coming|this|the)\s+)?weekend",
    _F,
)
_NUM = r"\d{1,3}|" + "|".join(
    sorted((re.escape(w) for w in [*_NUMBER_WORDS, *_VAGUE_NUMBERS]), key=len, reverse=True)
)
_AGO = re.compile(rf"(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?\s+ago", _F)
_AHEAD = re.compile(
    rf"(?:in|within)\s+(?P<n>{_NUM})\s+(?P<unit>day|week|month|year)s?"
    rf"|(?P<n2>{_NUM})\s+(?P<unit2>day|week|month|year)s?\s+from\s+(?:now|today)",
    _F,
)
_DECADE = re.compile(r"(?:the\s+)?(?:early\s+|late\s+|mid-?\s*)?(?:'|\d{2})?\d0'?s", _F)
_ISO_DAY = re.compile(
    r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})(?:t[\d:.]+z?)?", _F
)
_ISO_MONTH = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})", _F)
_MDY = re.compile(
    rf"(?:{_WD_NAMED},?\s+)?(?P<mon>{_MON})\s*(?P<d>\d{{1,2}}){_ORD}(?:,?\s*(?P<y>\d{{4}}))?", _F
)
_DMY = re.compile(
    rf"(?:{_WD_NAMED},?\s+)?(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?[\s-]+(?P<mon>{_MON}),?"
    rf"(?:[\s-]*(?P<y>\d{{4}}))?",
    _F,
)
_MONTH_ONLY = re.compile(
    rf"(?:(?P<rel>last|past|previous|this\s+past|next|coming|this\s+coming|this)\s+)?"
    rf"(?P<mon>{_MON})"
    rf"(?:,?\s*(?:of\s+)?(?:(?P<y>\d{{4}})|(?P<yrel>last|this|next)\s+year))?",
    _F,
)
_YEAR = re.compile(r"(?:the\s+year\s+)?(?P<y>\d{4})", _F)
_NUMERIC_DMY = re.compile(r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})", _F)
_BARE_NUMBER = re.compile(r"\d{1,3}|\d{5,}", _F)
_ORDINAL_DAY = re.compile(
    r"(?:the\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th))"
    r"(?:\s+of\s+(?:this|the)\s+month)?",
    _F,
)
_WEEKDAY = re.compile(
    rf"(?:(?:the\s+)?(?P<rel>last|past|previous|this\s+past|next|coming|following|this\s+coming|this)\s+)?"
    rf"(?P<wd>{_WD_FULL})",
    _F,
)
_DATEISH = re.compile(
    rf"\d|\b(?:{_MON}|{_WD_ANY}|days?|weeks?|fortnight|months?|years?|ago|yesterday"
    rf"|today|tonight|tomorrow|noon|midnight)\b",
    _F,
)
_FALLBACK_MAX_CHARS = 60
_STRICTLY_BEFORE = {"last", "past", "previous", "this past"}
# Without a tense, an expression resolves to its latest occurrence on or before the base date,
# unless the next one is nearer and no further ahead than this: a quarter for a day or a month
# ("May" in a March article), a day for a weekday ("Monday" in a Sunday article).
NEAR_FUTURE_DAYS = 92
NEAR_FUTURE_MONTHS = 3
# A day named as past that falls this many days after the base is still the base's year: the
# base is a publication date in another time zone or the day of a crawl, not a year later
# ("met on November 18" in a report dated November 17 in Washington).
PAST_GRACE_DAYS = 2
NEAR_FUTURE_WEEKDAY = 1
_STRICTLY_AFTER = {"next", "coming", "this coming", "following"}


def _coerce_base(base_date: BaseDate) -> dt.date | None:
    if isinstance(base_date, dt.datetime):
        return base_date.date()
    if isinstance(base_date, dt.date):
        return base_date
    if isinstance(base_date, str):
        try:
            return dt.date.fromisoformat(base_date.strip()[:10])
        except ValueError:
            return None
    return None


def _normalize(expression: str) -> str:
    s = unicodedata.normalize("NFKC", expression)
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = " ".join(s.split()).lower()
    s = s.strip(_PUNCT_EDGES)
    # "Thursday's summit", "last year's visit": the day or period the possessive names
    return re.sub(r"(?<=[a-z])'s?$", "", s)


def _strip_lead(s: str) -> str:
    for _ in range(4):
        stripped = _LEAD.sub("", s, count=1)
        if stripped == s:
            break
        s = stripped
    return s


def _number(text: str) -> int | None:
    text = " ".join(text.split())
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


def _rule_fixed(s: str, base: dt.date | None, future: bool) -> object:
    entry = _FIXED.get(s)
    if entry is None:
        return None
    if base is None:
        return _UNRESOLVABLE
    kind, amount = entry
    if kind == "day":
        return _day(base + dt.timedelta(days=amount))
    if kind == "month-of":
        shifted = base + dt.timedelta(days=amount)
        return _month(shifted.year, shifted.month) or _UNRESOLVABLE
    if kind == "month":
        return _month(*_add_months(base.year, base.month, amount)) or _UNRESOLVABLE
    return _year(base.year + amount) or _UNRESOLVABLE


def _rule_weekend(s: str, base: dt.date | None, future: bool) -> object:
    m = _WEEKEND.fullmatch(s)
    if not m:
        return None
    if base is None:
        return _UNRESOLVABLE
    rel = " ".join((m.group("rel") or "").split())
    saturday = _weekday_date(base, 5, rel, future)
    return _month(saturday.year, saturday.month) or _UNRESOLVABLE


def _offset(base: dt.date, n: int, unit: str, sign: int) -> ResolvedDate | None:
    unit = unit.lower()
    if unit == "day":
        return _day(base + dt.timedelta(days=sign * n))
    if unit == "week":
        return _day(base + dt.timedelta(weeks=sign * n))
    if unit == "month":
        return _month(*_add_months(base.year, base.month, sign * n))
    return _year(base.year + sign * n)


# "eight days", "the two days", "48 hours", "a 14-minute (meeting)", "nearly four hours": how
# long, not when ("a year" is left to dateparser, which reads it as a year back, as TimeBank's
# annotators did)
_DURATION = re.compile(rf"(?:(?:about|nearly|almost|around|roughly|some|over|(?:more|less)\s+than|at\s+least)\s+)?"
                       rf"(?:the\s+|an?\s+(?=\d))?(?!an?\s)(?:{_NUM})(?:\s+|-)"
                       rf"(?:second|minute|hour|day|week|month|year)s?(?:-long)?", _F)


def _rule_duration(s: str, base: dt.date | None, future: bool) -> object:
    return _UNRESOLVABLE if _DURATION.fullmatch(s) else None


def _rule_ago(s: str, base: dt.date | None, future: bool) -> object:
    m = _AGO.fullmatch(s)
    sign = -1
    if m:
        n_text, unit = m.group("n"), m.group("unit")
    else:
        m = _AHEAD.fullmatch(s)
        if not m:
            return None
        n_text = m.group("n") or m.group("n2")
        unit = m.group("unit") or m.group("unit2")
        sign = 1
    n = _number(n_text)
    if n is None or base is None:
        return _UNRESOLVABLE
    return _offset(base, n, unit, sign) or _UNRESOLVABLE


# "the day before", "the previous day", "two days earlier", "the following day", "a day later":
# days counted from the reference date (the publication date here; the events stage passes
# the date of the event the sentence follows on from)
ADJACENT_DAY = re.compile(
    rf"(?:the\s+)?(?:day|night|evening)\s+(?P<before>before)|(?:the\s+)?(?:previous|preceding)\s+day"
    rf"|(?:(?P<n>{_NUM})|a)\s+days?\s+(?P<earlier>earlier|before|previously)"
    rf"|(?:the\s+)?(?:following|next)\s+day|(?:the\s+)?day\s+after|(?:(?P<n2>{_NUM})|a)\s+days?\s+(?:later|after)",
    _F)


def _rule_adjacent_day(s: str, base: dt.date | None, future: bool) -> object:
    m = ADJACENT_DAY.fullmatch(s)
    if not m:
        return None
    if base is None:
        return _UNRESOLVABLE
    before = bool(m.group("before") or m.group("earlier") or re.search(r"previous|preceding", s, re.I))
    n = _number(m.group("n") or m.group("n2") or "1") or 1
    return _day(base + dt.timedelta(days=-n if before else n))


def _rule_decade(s: str, base: dt.date | None, future: bool) -> object:
    return _UNRESOLVABLE if _DECADE.fullmatch(s) else None


def _rule_iso(s: str, base: dt.date | None, future: bool) -> object:
    m = _ISO_DAY.fullmatch(s)
    if m:
        d = _make_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d is None or not _MIN_YEAR <= d.year <= _MAX_YEAR:
            return _UNRESOLVABLE
        return _day(d)
    m = _ISO_MONTH.fullmatch(s)
    if m:
        month = int(m.group("m"))
        return _month(int(m.group("y")), month) if 1 <= month <= 12 else _UNRESOLVABLE
    return None


def _day_month(day: int, month: int, year_text: str | None,
               base: dt.date | None, future: bool) -> object:
    if year_text:
        d = _make_date(int(year_text), month, day)
        if d is None or not _MIN_YEAR <= d.year <= _MAX_YEAR:
            return _UNRESOLVABLE
        return _day(d)
    if base is None:
        return _UNRESOLVABLE
    if future is None:
        near = [d for d in (_make_date(base.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
        if near:
            return _day(_nearest(near, base, NEAR_FUTURE_DAYS))
        future = False
    step = 1 if future else -1
    for k in range(9):   # 9 years always reach a leap year for February 29
        d = _make_date(base.year + step * k, month, day)
        if d is not None and (d >= base if future else d <= base + dt.timedelta(days=PAST_GRACE_DAYS)):
            return _day(d)
    return _UNRESOLVABLE


def _rule_explicit(s: str, base: dt.date | None, future: bool) -> object:
    m = _MDY.fullmatch(s) or _DMY.fullmatch(s)
    if not m:
        return None
    day, month = int(m.group("d")), _month_number(m.group("mon"))
    weekday = m.group("wd")
    if weekday and not m.group("y") and base is not None:
        # "Friday, July 26": the weekday picks the year among the nearest three.
        target = _weekday_index(weekday)
        resolved = _day_month(day, month, None, base, future)
        first = int(resolved.value[:4]) if isinstance(resolved, ResolvedDate) else base.year
        for year in (first, first - 1, first + 1):
            d = _make_date(year, month, day)
            if d is not None and d.weekday() == target:
                return _day(d)
        return resolved
    return _day_month(day, month, m.group("y"), base, future)


def _rule_numeric(s: str, base: dt.date | None, future: bool) -> object:
    if _BARE_NUMBER.fullmatch(s):
        return _UNRESOLVABLE
    m = _NUMERIC_DMY.fullmatch(s)
    if not m:
        return None
    # 05/07/2024 is 5 July in most of the world and May 7 in the US: resolve it only when
    # the reading is unambiguous (a part above 12, or both parts equal, or dots between them).
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if m.group("sep") == "." and b <= 12:
        return _day_month(a, b, str(year), base, future)       # 21.05.2018: dots write the day first
    if a != b and a <= 12 and b <= 12:
        return _UNRESOLVABLE
    day, month = (a, b) if a > 12 or a == b else (b, a)
    return _day_month(day, month, str(year), base, future)


def _rule_month(s: str, base: dt.date | None, future: bool) -> object:
    m = _MONTH_ONLY.fullmatch(s)
    if not m:
        return None
    month = _month_number(m.group("mon"))
    if m.group("y"):
        return _month(int(m.group("y")), month) or _UNRESOLVABLE
    if base is None:
        return _UNRESOLVABLE
    if m.group("yrel"):
        shift = {"last": -1, "this": 0, "next": 1}[m.group("yrel").lower()]
        return _month(base.year + shift, month) or _UNRESOLVABLE
    rel = " ".join((m.group("rel") or "").lower().split())
    if rel in _STRICTLY_BEFORE:
        year = base.year if month < base.month else base.year - 1
    elif rel in _STRICTLY_AFTER:
        year = base.year if month > base.month else base.year + 1
    elif rel == "this":
        year = base.year
    elif future is None:
        # "May" in a March article is this May; "October" in a March article last October
        gap = month - base.month
        year = base.year + (1 if gap < NEAR_FUTURE_MONTHS - 12 else -1 if gap > NEAR_FUTURE_MONTHS else 0)
    elif future:
        year = base.year if month >= base.month else base.year + 1
    else:
        year = base.year if month <= base.month else base.year - 1
    return _month(year, month) or _UNRESOLVABLE


# Seasons (northern, as news in English mostly means them): the months they open and close.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
_SEASON = re.compile(r"(?:(?P<rel>this|last|next|the|this\s+past|this\s+coming)\s+)?(?:early\s+|late\s+|mid-?\s*)?"
                     r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?", _F)


def _rule_season(s: str, base: dt.date | None, future: bool) -> object:
    """ "this spring", "last summer", "in the autumn of 2019": the year of that season (a
    winter, which spans two years, only with its year written)."""
    m = _SEASON.fullmatch(s)
    if not m:
        return None
    if m.group("y"):
        return _year(int(m.group("y"))) or _UNRESOLVABLE
    season, rel = m.group("season").lower(), " ".join((m.group("rel") or "").lower().split())
    if base is None or season == "winter":
        return _UNRESOLVABLE
    opens, closes = _SEASONS[season]
    if rel == "this":
        year = base.year
    elif rel in ("last", "this past"):
        year = base.year if base.month > closes else base.year - 1
    elif rel in ("next", "this coming"):
        year = base.year if base.month < opens else base.year + 1
    elif future:
        year = base.year if base.month <= closes else base.year + 1
    else:
        year = base.year if base.month >= opens else base.year - 1
    return _year(year) or _UNRESOLVABLE


def _rule_year(s: str, base: dt.date | None, future: bool) -> object:
    m = _YEAR.fullmatch(s)
    if not m:
        spelled = _spelled_year(s)
        return _year(spelled) if spelled else None
    return _year(int(m.group("y"))) or _UNRESOLVABLE


_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                      "fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}


def _below_100(words: list[str]) -> int | None:
    if len(words) == 1 and words[0] in _UNITS:
        return _UNITS[words[0]]
    if len(words) == 1 and words[0] in _TENS:
        return _TENS[words[0]]
    if len(words) == 2 and words[0] in _TENS and words[1] in _UNITS and 0 < _UNITS[words[1]] < 10:
        return _TENS[words[0]] + _UNITS[words[1]]
    return None


def _spelled_year(s: str) -> int | None:
    """A year in words, as broadcasts say it: "nineteen seventy-nine", "the year two thousand",
    "two thousand and eight"."""
    words = re.sub(r"^(?:in\s+)?(?:the\s+year\s+)", "", s).replace("-", " ").split()
    if len(words) >= 2 and words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        tail = _below_100(rest) if rest else 0
        return 2000 + tail if tail is not None else None
    if len(words) >= 2 and words[0] in ("nineteen", "twenty") and words[1] != "hundred":
        tail = _below_100(words[1:])
        return (1900 if words[0] == "nineteen" else 2000) + tail if tail is not None and tail >= 10 else None
    return None


def _rule_ordinal_day(s: str, base: dt.date | None, future: bool) -> object:
    m = _ORDINAL_DAY.fullmatch(s)
    if not m:
        return None
    day = int(m.group("d1") or m.group("d2"))
    if base is None or not 1 <= day <= 31:
        return _UNRESOLVABLE
    if future is None:
        near = [d for d in (_make_date(*_add_months(base.year, base.month, k), day) for k in (-1, 0, 1))
                if d is not None]
        return _day(_nearest(near, base, NEAR_FUTURE_DAYS)) if near else _UNRESOLVABLE
    step = 1 if future else -1
    for k in range(3):   # at most two consecutive months lack a given day
        year, month = _add_months(base.year, base.month, step * k)
        d = _make_date(year, month, day)
        if d is not None and (d >= base if future else d <= base):
            return _day(d)
    return _UNRESOLVABLE


def _weekday_date(base: dt.date, target: int, rel: str, future: bool) -> dt.date:
    rel = rel.lower()
    if rel in _STRICTLY_BEFORE:
        back = (base.weekday() - target) % 7 or 7
        return base - dt.timedelta(days=back)
    if rel in _STRICTLY_AFTER:
        ahead = (target - base.weekday()) % 7 or 7
        return base + dt.timedelta(days=ahead)
    ahead, back = (target - base.weekday()) % 7, (base.weekday() - target) % 7
    if future is None:
        future = ahead < back and ahead <= NEAR_FUTURE_WEEKDAY   # the nearest such day, if close ahead
    if future:
        return base + dt.timedelta(days=ahead)
    return base - dt.timedelta(days=back)


def _rule_weekday(s: str, base: dt.date | None, future: bool) -> object:
    m = _WEEKDAY.fullmatch(s)
    if not m:
        return None
    if base is None:
        return _UNRESOLVABLE
    rel = " ".join((m.group("rel") or "").split())
    target = _weekday_index(m.group("wd"))
    return _day(_weekday_date(base, target, rel, future))


_WEEKDAY_OF_WEEK = re.compile(
    rf"(?P<wd>{_WD_FULL})\s+(?:of\s+)?(?P<rel>last|next|this|the\s+previous|the\s+following)\s+week", _F)
_WEEK_OF_MONTH = re.compile(r"(?:the\s+)?(?:first|second|third|fourth|final|last|same)\s+week\s+of\s+(?P<rest>.+)", _F)


def _rule_week(s: str, base: dt.date | None, future: bool) -> object:
    """ "Tuesday last week" (that week's Tuesday); "the first week of May" (the month)."""
    m = _WEEK_OF_MONTH.fullmatch(s)
    if m:
        found = _rule_month(m.group("rest").strip(), base, future)
        return found if isinstance(found, ResolvedDate) else None
    m = _WEEKDAY_OF_WEEK.fullmatch(s)
    if not m:
        return None
    if base is None:
        return _UNRESOLVABLE
    rel = m.group("rel").lower().split()[-1]
    weeks = {"last": -1, "previous": -1, "this": 0, "next": 1, "following": 1}[rel]
    monday = base - dt.timedelta(days=base.weekday())
    return _day(monday + dt.timedelta(weeks=weeks, days=_weekday_index(m.group("wd"))))


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 the last) given weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return dt.date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


# Named days, each a function of the year. US federal days are the ones English news names
# without a country; a name that differs between countries (Independence Day) is left out.
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "new year's day": lambda y: dt.date(y, 1, 1), "new year's eve": lambda y: dt.date(y, 12, 31),
    "christmas": lambda y: dt.date(y, 12, 25), "christmas day": lambda y: dt.date(y, 12, 25),
    "christmas eve": lambda y: dt.date(y, 12, 24), "boxing day": lambda y: dt.date(y, 12, 26),
    "valentine's day": lambda y: dt.date(y, 2, 14), "halloween": lambda y: dt.date(y, 10, 31),
    "fourth of july": lambda y: dt.date(y, 7, 4), "july fourth": lambda y: dt.date(y, 7, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4), "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1), "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "easter": _easter, "easter sunday": _easter, "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
}


HOLIDAY_NAMES = frozenset(_HOLIDAYS)     # lowercase; the entities stage reads them as dates


def _nearest(days: list[dt.date], base: dt.date, ahead: int) -> dt.date:
    """Without a tense: the latest day on or before ``base``, unless one lies no more than
    ``ahead`` days after it and nearer (news reports the past more than the future)."""
    past = [d for d in days if d <= base]
    soon = [d for d in days if base < d <= base + dt.timedelta(days=ahead)]
    if past and (not soon or (base - max(past)).days <= (min(soon) - base).days):
        return max(past)
    return min(soon) if soon else min(days, key=lambda d: abs((d - base).days))


def _rule_holiday(s: str, base: dt.date | None, future: bool | None) -> object:
    day_of = _HOLIDAYS.get(s.removeprefix("on ").removeprefix("this ").removeprefix("last ").strip())
    if day_of is None:
        return None
    if base is None:
        return _UNRESOLVABLE
    days = [day_of(base.year + k) for k in (-1, 0, 1)]
    if s.startswith("last "):
        future = False
    if future is None:
        return _day(_nearest(days, base, NEAR_FUTURE_DAYS))
    if future:
        return _day(min(d for d in days if d >= base))
    return _day(max(d for d in days if d <= base))


_RULES: tuple[Callable[[str, dt.date | None, bool], object], ...] = (
    _rule_holiday, _rule_fixed, _rule_weekend, _rule_duration, _rule_ago, _rule_adjacent_day, _rule_decade,
    _rule_numeric,
    _rule_iso,
    _rule_explicit,
    _rule_month, _rule_season, _rule_year, _rule_ordinal_day, _rule_weekday, _rule_week,
)


def _apply_rules(s: str, base: dt.date | None, future: bool) -> object:
    # The expression as written ("in two days"), without leading prepositions ("on the
    # evening of the 23rd"), and without a trailing time of day ("Wednesday morning").
    candidates = [s]
    for candidate in (_strip_lead(s), _strip_lead(_TRAIL.sub("", s).strip(_PUNCT_EDGES))):
        if candidate and candidate not in candidates:
            candidates.append(candidate)
    for candidate in candidates:
        for rule in _RULES:
            try:
                result = rule(candidate, base, future)
            except OverflowError:   # date arithmetic next to date.min / date.max
                return _UNRESOLVABLE
            if result is not None:
                return result
    return None


# Two anchors that differ in year, month, day and weekday: a dateparser reading that is
# the same against both does not depend on the base date.
_ANCHORS = (dt.date(2001, 3, 14), dt.date(2013, 10, 26))


@functools.lru_cache(maxsize=64)
def _dateparser(base: dt.date, future: bool):  # -> dateparser.date.DateDataParser
    """Return a cached English-only DateDataParser anchored at ``base``.

    dateparser binds settings (``RELATIVE_BASE`` included) when a parser is built, so
    there is one cached parser per (base, tense) rather than a single instance. The
    relative base is the start of the day for the future tense and its end for the past
    tense, so that a bare time of day ("10:15") stays on the base date.
    """
    from dateparser.date import DateDataParser   # imported lazily: slow to import

    moment = dt.datetime.combine(base, dt.time.min if future else dt.time(23, 59, 59) if future is False
                                 else dt.time(12, 0))
    settings = {
        "RELATIVE_BASE": moment,
        "PREFER_DATES_FROM": "current_period" if future is None else "future" if future else "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


_PERIOD_PRECISION = {"day": "day", "week": "day", "time": "day", "part_of_day": "day",
                     "month": "month", "year": "year"}


def _parse_with_dateparser(s: str, base: dt.date, future: bool) -> ResolvedDate | None:
    try:
        data = _dateparser(base, future).get_date_data(s)
    except (ValueError, TypeError, OverflowError, KeyError, IndexError, AttributeError):
        # dateparser's own errors on odd input; the caller treats them as "no date".
        return None
    when, precision = data.date_obj, _PERIOD_PRECISION.get(data.period or "")
    if when is None or precision is None or not _HEADER_YEARS[0] <= when.year <= _HEADER_YEARS[1]:
        return None
    if precision == "day":
        return _day(when.date())
    if precision == "month":
        return _month(when.year, when.month)
    return _year(when.year)


_HAS_YEAR = re.compile(r"\d{4}|['\u2019]\d{2}\b|\d[/.-]\d{2}\b")


def _fallback(s: str, base: dt.date | None, future: bool) -> ResolvedDate | None:
    if len(s) > _FALLBACK_MAX_CHARS or not s.isascii() or not _DATEISH.search(s):
        return None
    if base is not None:
        return _parse_with_dateparser(s, base, future)
    if not _HAS_YEAR.search(s):
        return None         # with no base, only a stated year can make a date (and dateparser is slow)
    first, second = (_parse_with_dateparser(s, anchor, future) for anchor in _ANCHORS)
    return first if first is not None and first == second else None


def resolve_date(expression: str, base_date: BaseDate,
                 tense: str | None = None) -> ResolvedDate | None:
    """Resolve a date expression against a publication date.

    Args:
        expression: Text such as ``"on Saturday"``, ``"Nov. 29, 2023"``, ``"last month"``
            or ``"on the evening of the 23rd"``. Leading prepositions and "on the
            morning/afternoon/evening/night of", and trailing times of day, are ignored.
        base_date: Publication date (a ``date``, a ``datetime`` or an ISO string); relative
            expressions need it. An unparseable string counts as no base.
        tense: ``"past"``, ``"future"`` or ``None`` (the nearest occurrence, the past
            first). Decides which way an expression without a direction ("Saturday", "Sept.
            12", "in October") is resolved; see the module docstring for every rule.

    Returns:
        ``ResolvedDate(value, precision)``: ``YYYY-MM-DD``/``day``, ``YYYY-MM``/``month`` or
        ``YYYY``/``year``; ``None`` when the expression holds no resolvable date, is vague,
        or is relative and there is no base date. Never raises for a ``str`` expression.

    Raises:
        ValueError: ``tense`` is not one of the accepted values.
    """
    if tense not in (None, "past", "future"):
        raise ValueError(f"tense must be 'past', 'future' or None, not {tense!r}")
    if not isinstance(expression, str):
        return None
    s = _normalize(expression)
    if not s or len(s) > 200 or _BARE_DAYS.fullmatch(_strip_lead(s)):
        return None     # "26-27", "15": days of no stated month
    base = _coerce_base(base_date)
    future = None if tense is None else tense == "future"
    span = _span(s, base, tense)
    if span is not None:
        return span
    result = _apply_rules(s, base, future)
    if result is _UNRESOLVABLE:
        return None
    if result is not None:
        return result   # type: ignore[return-value]
    return _fallback(_strip_lead(s), base, future) or _inner_date(s, base, tense)


# "today, 5 May 2024", "Monday (May 6, 2024)": a whole date inside a longer expression
_INNER_DAY = re.compile(rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MON}\s*,?\s+\d{{4}}\b|\b{_MON}\s+\d{{1,2}}{_ORD}\s*,?\s+\d{{4}}\b", _F)
# "January 30 this year", "on 12 March last year": a day in a year named relative to the base
_RELATIVE_YEAR = re.compile(r"^(?P<day>.+?)\s*,?\s+(?P<rel>this|last|next)\s+year$", _F)


def _inner_date(s: str, base: dt.date | None, tense: str | None) -> ResolvedDate | None:
    """A date an expression the rules do not read as a whole still fixes: a whole date written
    inside it, or a day "this year", "last year" or "next year"."""
    inner = _INNER_DAY.search(s)
    if inner is not None and inner.group(0) != s:
        return resolve_date(inner.group(0), base, tense)
    relative = _RELATIVE_YEAR.match(_strip_lead(s))
    if relative is not None and base is not None:
        year = base.year + {"this": 0, "last": -1, "next": 1}[relative.group("rel").lower()]
        found = resolve_date(f"{relative.group('day')} {year}", base, tense)
        return found if found is not None and found.value.startswith(str(year)) else None
    return None


# "(from) April 14 to 15", "on April 6-7, 2024", "between 3 and 5 May", "from 30 April to 2 May":
# several days, so only the month of the first is claimed.
_SPAN_MONTH_FIRST = re.compile(
    rf"^(?:(?:on|from|between)\s+)?(?P<mon>{_MON})\s+(?P<d>\d{{1,2}}){_ORD}\s*(?:-|\u2013|/|to|and|through|until|till)\s*"
    rf"(?:{_MON}\s+)?\d{{1,2}}{_ORD}(?:,?\s+(?P<y>\d{{4}}))?$")
_SPAN_DAY_FIRST = re.compile(
    rf"^(?:(?:on|from|between)\s+)?(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}(?:\s+(?P<mon1>{_MON}))?\s*(?:-|\u2013|/|to|and|through|until|till)\s*"
    rf"(?:the\s+)?\d{{1,2}}{_ORD}\s+(?:of\s+)?(?P<mon>{_MON})(?:,?\s+(?P<y>\d{{4}}))?$")


# "on the 6th and 7th", "from Monday to Wednesday", "on Monday and Tuesday": days with no month
# written, resolved from the first
_SPAN_BARE = re.compile(
    rf"^(?:(?:on|from|between)\s+)?(?P<first>the\s+\d{{1,2}}{_ORD}|\d{{1,2}}(?:st|nd|rd|th)|{_WD_FULL})"
    rf"\s*(?:-|\u2013|to|and|through|until|till)\s*(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)|{_WD_FULL})$", _F)


def _span(s: str, base: dt.date | None, tense: str | None) -> ResolvedDate | None:
    bare = _SPAN_BARE.match(s)
    if bare:
        first = bare.group("first")
        day = resolve_date(first if not first[0].isdigit() else f"the {first}", base, tense)
        return ResolvedDate(day.value[:7], "month") if day is not None and day.precision == "day" else None
    m = _SPAN_MONTH_FIRST.match(s) or _SPAN_DAY_FIRST.match(s)
    if not m:
        return None
    month = m.group("mon1") if m.re is _SPAN_DAY_FIRST and m.group("mon1") else m.group("mon")
    first = f"{month} {m.group('d')}" + (f", {m.group('y')}" if m.group("y") else "")
    day = resolve_date(first, base, tense)
    if day is None or day.precision != "day":
        return None
    return ResolvedDate(day.value[:7], "month")


# ---------------------------------------------------------------------------
# Publication dates in URLs

_NB = r"(?<![0-9A-Za-z])"   # not preceded by a letter or digit
_URL_DATE_PATTERNS = (
    # /2024-07-28/, /2024/07/13/, /2017-09/13/
    re.compile(_NB + r"(?P<y>\d{4})[-_/.](?P<m>\d{1,2})[-_/.](?P<d>\d{1,2})(?!\d)"),
    # /201909/18/
    re.compile(_NB + r"(?P<y>\d{4})(?P<m>\d{2})[-_/](?P<d>\d{2})(?!\d)"),
    # /2021/0910/, /n3/2021/0910/
    re.compile(_NB + r"(?P<y>\d{4})/(?P<m>\d{2})(?P<d>\d{2})(?![0-9A-Za-z])"),
    # /20190918/, /t20240618_11437731.html
    re.compile(r"(?:(?<=/)t|" + _NB + r")(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?!\d)"),
    # /2024/jul/13/
    re.compile(_NB + rf"(?P<y>\d{{4}})/(?P<mon>{_MON})/(?P<d>\d{{1,2}})(?!\d)", re.I),
    # /17.07.2024-title, /3+january+2023+..., /stories/201707260084.html (an id that opens with the date)
    re.compile(_NB + r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\d)"),
    re.compile(_NB + rf"(?P<d>\d{{1,2}})[+_-](?P<mon>{_MON})[a-z]*[+_-](?P<y>\d{{4}})(?!\d)", re.I),
    re.compile(r"(?<=[/=])(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})\d{2,12}(?=\.\w{2,5}$|$|[/&_-])"),
    # /idUSL1234567820110617: a wire story id that ends with its date
    re.compile(r"(?<=/id)[A-Z]{2,5}[A-Z0-9]*?(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})(?=$|[/?#])"),
    # /view/AEN20251124004851315: a story id of capitals, its date and a serial number
    re.compile(r"(?<=/)[A-Z]{1,5}(?P<y>(?:19|20)\d{2})(?P<m>\d{2})(?P<d>\d{2})\d{3,12}(?=$|[/?#._-])"),
    # /28112019-kremlin-aide-...: day, month and year opening a slug
    re.compile(r"(?<=/)(?P<d>\d{2})(?P<m>\d{2})(?P<y>(?:19|20)\d{2})(?=-[A-Za-z])"),
)
_URL_YEAR = re.compile(_NB + r"(?P<y>\d{4})(?:(?P<m>\d{2}))?(?![0-9A-Za-z])")


def _url_path(url: str) -> str:
    s = url.strip()
    s = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://[^/]*", "", s)   # scheme and host
    return re.split(r"[?#]", s, maxsplit=1)[0]


def date_from_url(url: str) -> dt.date | None:
    """Return the publication date carried in a URL path, if any.

    Recognises ``/2024-07-28/``, ``/2024/07/13/``, ``/2017-09/13/``, ``/201909/18/``,
    ``/2021/0910/``, ``/20190918/``, ``/t20240618_11437731.html``, ``/2024/jul/13/``,
    ``/17.07.2024-title``, ``/3+january+2023``, ``/28112019-title``, an id that opens with the
    date (``/201707260084.html``, ``?ud=20141004000227``, ``/AEN20251124004851315``); the query is read when the path has
    none, and a percent-encoded URL is decoded first.
    Digits inside an alphanumeric token (``WS5d818f37...``) are ignored; the year must be
    within 1990..2100 and the date must exist.

    Args:
        url: A URL, with or without scheme and host (the host is ignored).

    Returns:
        The leftmost valid date in the path, or ``None``.
    """
    if not isinstance(url, str):
        return None
    if "%" in url:                      # a URL inside a query: "?url=http%3A%2F%2F...%2F2017%2F02%2F09%2F"
        url = urllib.parse.unquote(url)
    path = _url_path(url)
    query = url.split("?", 1)[1].split("#", 1)[0] if "?" in url else ""
    return _date_in(path) or (_date_in("/" + query.replace("&", "/")) if query else None)


def _date_in(path: str) -> dt.date | None:
    found: list[tuple[int, dt.date]] = []
    for pattern in _URL_DATE_PATTERNS:
        for m in pattern.finditer(path):
            groups = m.groupdict()
            month = _month_number(groups["mon"]) if groups.get("mon") else int(groups["m"])
            year = int(groups["y"])
            d = _make_date(year, month, int(groups["d"])) if 1 <= month <= 12 else None
            if d is not None and _URL_YEARS[0] <= year <= _URL_YEARS[1]:
                found.append((m.start(), d))
                break
    return min(found)[1] if found else None


def year_from_url(url: str) -> int | None:
    """Return the publication year carried in a URL path, if any.

    Uses :func:`date_from_url` when the path holds a full date; otherwise the first
    stand-alone ``YYYY`` or ``YYYYMM`` token with a year in 1990..2100 (``/2017/``,
    ``/2017-09/``, ``/202406/``).

    Args:
        url: A URL, with or without scheme and host.

    Returns:
        The year, or ``None``.
    """
    if not isinstance(url, str):
        return None
    full = date_from_url(url)
    if full is not None:
        return full.year
    for m in _URL_YEAR.finditer(_url_path(url)):
        year, month = int(m.group("y")), m.group("m")
        if _URL_YEARS[0] <= year <= _URL_YEARS[1] and (month is None or 1 <= int(month) <= 12):
            return year
    return None


def month_from_url(url: str) -> tuple[int, int] | None:
    """Return the publication year and month a URL path carries without a day, if any
    (``/2015/01/title``, ``/202005/``, ``/2025-09/``); ``None`` when the path holds a full
    date (see :func:`date_from_url`) or no month.

    Args:
        url: A URL, with or without scheme and host.

    Returns:
        ``(year, month)``, or ``None``.
    """
    if not isinstance(url, str) or date_from_url(url) is not None:
        return None
    for m in _URL_MONTH.finditer(_url_path(url)):
        year, month = int(m.group("y")), int(m.group("m"))
        if _URL_YEARS[0] <= year <= _URL_YEARS[1] and 1 <= month <= 12:
            return year, month
    return None


_URL_MONTH = re.compile(_NB + r"(?P<y>\d{4})[/_-]?(?P<m>\d{2})(?=/|[_-][A-Za-z0-9]|$)")


# ---------------------------------------------------------------------------
# Publication dates in article headers

_HEADER_LINES = 15
_HEADER_MAX_CHARS = 80
_LEADING_DATE_TOKEN = re.compile(r"\s*date\s*:?\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)", _F)
_HEADER_PREFIX = (
    r"(?:"
    r"[-*\u2022\u00b7\u2013\u2014]\s*"                                      # bullet, dash
    r"|(?:last\s+)?(?:updated|modified|published|posted|released|issued|first\s+published|dated?|time|added"
    r"|(?:publication|release|issue)\s+date|date\s+of\s+(?:publication|issue))"
    r"(?:\s+(?:on|at))?\s*:?\s*"
    r"|\(?[A-Za-z][A-Za-z .]{0,20}\)\s*"                                  # (Xinhua)
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[,|]?\s*"  # 08:12,
    r"|\(\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?\s*)?[A-Z]{2,4}\)\s*"                    # (20:15 HKT)
    rf"|{_WD_ANY}\s*,?\s*"                                               # Friday,
    r"|(?-i:[A-Z][a-z]+\s+){1,3}of\s+"                                    # Sports News of
    r"|(?-i:[A-Z][a-z]{2,14}\s+)(?=\d)"                                   # Politics 18/11/2014
    r")*"
)
_HEADER_DATE = re.compile(
    r"^" + _HEADER_PREFIX + r"(?:"
    rf"(?P<d1>\d{{1,2}}){_ORD}[-\s]+(?P<mon1>{_MON})[-\s,]+(?P<y1>\d{{4}})"
    rf"|(?P<mon2>{_MON})\s*(?P<d2>\d{{1,2}}){_ORD}(?:,\s*|\s*[-\u2013\u2014]\s*|\s+)(?P<y2>\d{{4}})"
    rf"|(?P<d7>\d{{1,2}})-(?P<mon7>{_MON})-(?P<y7>\d{{2}})"                   # 03-Feb-11
    r"|(?P<y3>\d{4})(?P<sep>[-/.])(?P<m3>\d{1,2})(?P=sep)(?P<d3>\d{1,2})"
    r"|(?P<d5>\d{1,2})[.-](?P<m5>\d{1,2})[.-](?P<y5>\d{4})"                # 14.02.2011, 14-02-2011: day first
    r"|(?P<a6>\d{1,2})/(?P<b6>\d{1,2})/(?P<y6>\d{4})"                      # 04/12/2009: month first
    r"|(?P<y4>\d{4})\u5e74\s*(?P<m4>\d{1,2})\u6708\s*(?P<d4>\d{1,2})\u65e5"
    r")(?!\d)(?P<rest>.*)$",
    _F,
)


_AT_TIME = re.compile(r"(?:at\s+)?\d{1,2}[:.]\d{2}")


def _header_line_date(line: str) -> dt.date | None:
    m = _HEADER_DATE.match(line)
    if not m:
        return None
    # A date followed by a lower-case word is the start of a sentence, not a header
    # ("March 1, 2023 at 18:42 JST" and "September 9, 2012 by Ann Lee" are headers).
    rest = m.group("rest").lstrip(" \t,.;:|-")
    if rest[:1].islower() and not _AT_TIME.match(rest) and not rest.startswith("by "):
        return None
    if m.group("y5"):
        return _valid_header_date(int(m.group("y5")), int(m.group("m5")), int(m.group("d5")))
    if m.group("y7"):
        yy = int(m.group("y7"))
        return _valid_header_date(yy + (2000 if yy < 70 else 1900), _month_number(m.group("mon7")), int(m.group("d7")))
    if m.group("y6"):
        a, b = int(m.group("a6")), int(m.group("b6"))
        month, day = (a, b) if a <= 12 else (b, a)      # US order unless the first cannot be a month
        return _valid_header_date(int(m.group("y6")), month, day)
    if m.group("y1"):
        y, mo, d = m.group("y1"), _month_number(m.group("mon1")), m.group("d1")
    elif m.group("y2"):
        y, mo, d = m.group("y2"), _month_number(m.group("mon2")), m.group("d2")
    elif m.group("y3"):
        y, mo, d = m.group("y3"), m.group("m3"), m.group("d3")
    else:
        y, mo, d = m.group("y4"), m.group("m4"), m.group("d4")
    return _valid_header_date(int(y), int(mo), int(d))


def _valid_header_date(year: int, month: int, day: int) -> dt.date | None:
    if not _HEADER_YEARS[0] <= year <= _HEADER_YEARS[1]:
        return None
    return _make_date(year, month, day)


def _first_lines(text: str, n: int) -> list[tuple[int, str]]:
    """The first ``n`` non-blank lines, stripped, each with the offset where it starts."""
    lines: list[tuple[int, str]] = []
    for m in re.finditer(r"[^\n\r]+", text[:50_000]):
        raw = m.group()
        line = raw.strip()
        if line:
            lines.append((m.start() + len(raw) - len(raw.lstrip()), line))
            if len(lines) == n:
                break
    return lines


def find_header_date(text: str) -> dt.date | None:
    """Return the publication date in an article's header, if any.

    Looks at the first 15 non-blank lines. A ``date YYYY-MM-DD`` token opening the text
    counts even if the headline follows on the same line; otherwise only lines shorter
    than 80 characters that *start* with a full date (day, month and year) count, after
    optional prefixes such as ``Updated``, ``Published:``, ``Last Updated:``, an agency in
    parentheses, a time of day or a weekday (``"Updated 18:59, 07-Mar-2021"``,
    ``"(Xinhua) 08:12, November 30, 2023"``, ``"Last Updated: Friday, 9 December 2005"``,
    ``"2024-07-28 10:15"``, ``"July 13, 2024"``, ``"14.02.2011"`` day first,
    ``"04/12/2009"`` month first unless the first number cannot be a month). A date followed
    by a lower-case word is read as a body sentence and skipped, unless the word opens a time
    (``"March 1, 2023 at 18:42 JST"``). A line of byline parts split by ``|`` or dashes
    (``"By JT - May 16,2017 - Last updated at ..."``) is read part by part, the first date
    winning, unless a part reads as a sentence; a line of a place and a date (``"Phnom Penh,
    November 20, 2012"``) counts; so does an agency's credit in parentheses ending with a date
    (``"(Example News Agency May 12, 2016)"``, ``"HARARE (Agency / Wire - 12th May, 2016)"``)
    in these lines or in the last five.

    Args:
        text: The article text, header included.

    A short line that is only a date (a site's banner, "Friday, May 24, 2024") gives way to
    the next date the header shows if that one is earlier: the banner is the day the page was
    read, the article's own date comes after it.

    Returns:
        The first date found (see above for a banner), or ``None``.
    """
    if not isinstance(text, str):
        return None
    found = _header_dates(text)
    first = next(found, None)
    if first is None:
        return None
    if first[0] is not None and len(first[1]) <= _BANNER_CHARS:
        # "Friday, May 24, 2024" atop the page, then the article's own "18-01-2024 01:15": the
        # banner shows the day the page was read; the article's date is the earlier one after it
        later = next(found, None)
        if later is not None and later[0] is not None and later[2] < first[2]:
            return later[2]
    return first[2]


_BANNER_CHARS = 40


def _header_dates(text: str) -> Iterator[tuple[int | None, str, dt.date]]:
    """(line number, line, date) of each date :func:`find_header_date` reads, in page order
    (the foot's credit lines last, with no line number)."""
    for i, (_, line) in enumerate(_first_lines(text, _HEADER_LINES)):
        m = _LEADING_DATE_TOKEN.match(line)
        if m and (i == 0 or len(line) < _HEADER_MAX_CHARS):
            d = _valid_header_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if d is not None:
                yield i, line, d
                continue
        # "By Example Wire | May 12, 2016 | 5:59 AM EDT", "By Staff - June 3,2018 - Last
        # updated at June 4,2018": each part of a byline
        parts = [line] if len(line) < _HEADER_MAX_CHARS else []
        if len(line) < 2 * _HEADER_MAX_CHARS and _BYLINE_PARTS.search(line):
            split = [p.strip() for p in _BYLINE_PARTS.split(line)]
            if not any(p[:1].islower() and not _AT_TIME.match(p) and not p.lower().startswith(_LOWER_BYLINE)
                       for p in split):        # "The talks - July 4, 2020 - were cancelled" is a sentence
                parts += [p for p in split if len(p) < _HEADER_MAX_CHARS]
        for part in parts:
            on = _BYLINE_ON.match(part)
            d = _header_line_date(on.group("date") if on else part) or _place_and_date(part)
            if d is not None:
                yield i, line, d
                break
        else:
            d = _credit_date(line)
            if d is not None:
                yield i, line, d
    for line in [ln.strip() for ln in text[-3000:].splitlines() if ln.strip()][-_CREDIT_LINES:]:
        d = _credit_date(line)          # an agency's credit at the foot of the page
        if d is not None:
            yield None, line, d


_CREDIT_LINES = 5


_BYLINE_PARTS = re.compile(r"\s+[|\u2013\u2014\u2022\u00b7>-]\s+|\s*\|\s*")
# "(Example News Agency May 12, 2016)", "HARARE (Agency / Wire - 12th May, 2016)": an
# agency's credit in parentheses, ending with the date
_CREDIT = re.compile(r"\(([A-Z][^()\n]{6,80})\)")
_LOWER_BYLINE = ("by ", "updated", "last updated", "published", "posted")


def _credit_date(line: str) -> dt.date | None:
    for m in _CREDIT.finditer(line):
        d = _ending_date(m.group(1))
        if d is not None:
            return d
    return None


def _ending_date(text: str) -> dt.date | None:
    """The full date a text ends with, after at least one word of something else."""
    words = text.split()
    for k in range(1, len(words)):
        if not re.search(r"[A-Za-z]{2}", " ".join(words[:k])):
            continue
        tail = " ".join(words[k:])
        m = _HEADER_DATE.match(tail)
        if m and not m.group("rest").strip(" ,.;:-"):
            return _header_line_date(tail)
    return None


_PLACE_DATE = re.compile(r"^(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})[,:]\s*(?P<date>.+)$")
# "Posted by Ann Lee on March 12, 2020": a byline that ends with its date
_BYLINE_ON = re.compile(r"^(?:(?:posted|written|published|reported|story)\s+)?by\s+(?:\S+\s+){1,5}?on\s+(?P<date>.+)$",
                        re.I)


def _place_and_date(part: str) -> dt.date | None:
    """ "Phnom Penh, November 20, 2012", "NEW DELHI: March 12, 2020 10:43 IST": a dateline
    standing on its own line."""
    m = _PLACE_DATE.match(part)
    if not m:
        return None
    date = _HEADER_DATE.match(m.group("date"))
    rest = date.group("rest").strip(" ,.;:-") if date else ""
    if not date or rest and not _AT_TIME.match(rest):       # "NEW DELHI: March 12, 2020 10:43 IST"
        return None
    return _header_line_date(m.group("date"))


# ---------------------------------------------------------------------------
# Datelines

_DATELINE_LINES = 20
_WORD = r"[^\W\d_][\w.'\u2019-]*"
_DATELINE = re.compile(
    rf"(?P<place>{_WORD}(?:[ ]{_WORD}){{0,3}})"
    rf"(?:,[ ]*(?P<region>{_WORD}(?:[ ]{_WORD}){{0,2}})|[ ]*\[(?P<bracket>{_WORD}(?:[ ]{_WORD}){{0,2}})\]"
    rf"|[ ]*\((?P<paren>{_WORD}(?:[ ]{_WORD}){{0,2}})\)(?=,))?"     # "LIMA (Peru), 2 May 2006:"
    rf"(?:(?:,[ ]*|[ ]+)(?P<date>{_MON}[ ]*\d{{1,2}}(?:(?:,[ ]*|/)\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?[ ]+{_MON}(?:,?[ ]+\d{{4}})?"
    r"|\d{1,2}\.\d{1,2}\.\d{4}))?"                                            # "Vienna, 21.05.2018 -"
    r",?[ ]*(?P<agency>\([^()\n]{1,80}\)(?:\.(?=[ ]+[A-Z]))?|\.?[ ]*/[A-Z][A-Za-z-]{1,20}/\.?|,[ ]*[A-Z][A-Za-z-]{2,20}\.)?"
    # ("(Xinhua)", ". /TASS/.", "Addis Ababa February 6/2022 /ENA/", "YEREVAN, 5 APRIL, ARMENPRESS.")
    r"(?P<dash>[ ]*(?:--|\u2014|\u2013)|[ ]+-|(?<=\))[ ]*:|(?<=\))\.-|(?<=[)/])(?=[ ]+[A-Z])|(?<=[/.])(?=[ ]+[A-Z])"
    r"|(?<=\d)\.(?=[ ]+[A-Z])"        # "Lima, Nov. 27. Peru's ..."
    r"|(?P<colon>:)(?=[ ]+[A-Z\"\u201c])|(?P<comma>(?<=\d{4}),)(?=[ ]+[A-Z])"     # "Rabat, August 21, 2023, In ..."
    r"|[ ]+_(?=[ ]+[A-Z])|(?<=\d)-(?=[ ]*[A-Z])|(?P<eol>(?<=\d)\.?[ ]*$|[ ]*$))"
    # ("NICOSIA, Cyprus (AP) _ The", "Asmara, 3 May 2021- President", a line that is only the
    # dateline: "NICOSIA", "Cologne, Germany, June 8")
    # ("(APP):", "(EFE).-", "(PTI) The", "/TASS/. Russian", "(UzA). President", "ARMENPRESS. President",
    # "LAHORE: The ...", "Kathmandu, 10 September: ...")
    r"(?P<rest>.*)",
    re.IGNORECASE,
)
# a clock time and a bar before a dateline ("18:15 | Lima, Feb. 8."); a date before the place
# ("January 20, 2022 - Paris, France - ")
_STAMP_PIPE = re.compile(r"\d{1,2}:\d{2}[ ]*\|[ ]*")
_DATE_FIRST = re.compile(
    rf"(?P<date>{_MON}[ ]+\d{{1,2}},[ ]*\d{{4}}|\d{{1,2}}[ ]+{_MON}[ ]+\d{{4}})[ ]+[-\u2013\u2014][ ]+"
    rf"(?P<place>{_WORD}(?:[ ]{_WORD}){{0,3}})(?:,[ ]*(?P<region>{_WORD}(?:[ ]{_WORD}){{0,2}}))?[ ]+[-\u2013\u2014][ ]+",
    re.IGNORECASE)
# the date an agency's note in a dateline ends on: "(UrduPoint News / Sputnik - 07th October, 2020)"
_AGENCY_DATE = re.compile(rf"[-\u2013\u2014][ ]*(\d{{1,2}}(?:st|nd|rd|th)?[ ]+{_MON},?[ ]+\d{{4}}|{_MON}[ ]*\d{{1,2}},?[ ]+\d{{4}})[ ]*\)$",
                          re.IGNORECASE)
# All-caps tokens that open headlines rather than datelines.
_NOT_PLACES = {
    "US", "U.S.", "UK", "U.K.", "UN", "U.N.", "EU", "NATO", "ASEAN", "BRICS", "WHO",
    "IOC", "SCO", "G7", "G20", "AP", "AFP", "CGTN", "XINHUA", "REUTERS", "UPDATE",
    "UPDATED", "BREAKING", "VIDEO", "PHOTO", "PHOTOS", "LIVE", "EXCLUSIVE", "OPINION",
    "EDITORIAL", "ANALYSIS", "FILE", "WATCH", "NEW", "CORRECTED", "FACTBOX", "EXPLAINER",
}
_LOWER_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "des",
                    "la", "le", "les", "es", "el", "al", "au", "aux", "en", "sur", "of",
                    "and", "the", "on", "upon", "am", "im", "an", "der", "van", "von"}
_TITLE_DATELINE_MIN_REST = 30


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_title(text: str) -> bool:
    words = text.split()
    return all(w[0].isupper() or w.lower() in _LOWER_PARTICLES for w in words) and \
        words[0][0].isupper() and not _is_upper(text)


def _title_word(word: str, first: bool) -> str:
    parts = word.split("-")
    out = []
    for j, part in enumerate(parts):
        low = part.lower()
        if (not first or j > 0) and low in _LOWER_PARTICLES:
            out.append(low)
        elif len(low) > 2 and low[1] == "'":                  # N'DJAMENA -> N'Djamena
            out.append(low[0].upper() + "'" + low[2].upper() + low[3:])
        else:
            out.append(low[:1].upper() + low[1:])
    return "-".join(out)


def _title_place(text: str) -> str:
    if not _is_upper(text):
        return text
    return " ".join(_title_word(w, i == 0) for i, w in enumerate(text.split()))


def _dateline_in_line(line: str) -> tuple[str, str | None, int] | None:
    stamp = _STAMP_PIPE.match(line)         # "18:15 | Lima, Feb. 8."
    if stamp:
        found = _dateline_in_line(line[stamp.end():].rstrip().removesuffix("."))     # (its own line)
        return (found[0], found[1], found[2] + stamp.end()) if found else None
    m = _DATELINE.match(line)
    if not m:
        first = _DATE_FIRST.match(line)     # "January 20, 2022 - Paris, France - Global Affairs Canada"
        if first and _known_place(first.group("place")):
            full = _title_place(first.group("place"))
            if first.group("region"):
                full += ", " + _title_place(first.group("region"))
            return full, first.group("date"), first.end()
        return None
    place = m.group("place").rstrip("-")
    region, date = m.group("region") or m.group("bracket"), m.group("date")
    if m.group("paren") and _country_name(m.group("paren")):
        region = m.group("paren")
    agency = m.group("agency") or ""
    if date is None and agency.startswith("("):
        inside = _AGENCY_DATE.search(agency)       # "MOSCOW (Sputnik - 04th April, 2019)"
        date = inside.group(1) if inside else None
    if m.group("comma") is not None and (date is None or agency or not _known_place(place)):
        return None             # (the comma only after a full date with its year, and a known place: not "On")
    if m.group("colon") is not None and not agency and date is None \
            and not (_is_upper(place) and _known_place(place)):
        return None             # "LAHORE: The ..." is a place the gazetteer knows; not "NOTE: ..."
    if agency.startswith(",") and (date is None or not agency.strip(",. ").isupper()):
        return None             # ", ARMENPRESS." only after a date: "YEREVAN, 5 APRIL, ARMENPRESS."
    if m.group("dash") == "" and m.string[m.end("dash") - 1:m.end("dash")] == "." and not agency:
        return None             # a sentence's own full stop is no dateline's end
    if m.group("eol") is not None and not (_known_city(place) and (date or _is_upper(place) and not region)):
        return None             # a line of its own: a known city with a date, or in capitals alone
    head, dot, rest = place.partition(". ")
    if dot and len(head) >= 4 and _is_upper(rest):
        place = head            # "ASTANA. KAZINFORM -": the place, then the agency
    if not place or place.upper() in _NOT_PLACES:
        return None
    if _is_upper(place):
        if region and not (_is_upper(region) or _is_title(region)):
            return None
    elif _is_title(place):
        # A Title-case place needs a date ("Beijing, Nov. 29 --") or a Title-case region
        # opening a paragraph ("State House, Abuja - ..."), never a bare "Word -".
        if date is None and not (region and _is_title(region) and _known_place(region)
                                 and len(m.group("rest").strip()) >= _TITLE_DATELINE_MIN_REST):
            return None
    else:
        return None
    full = _title_place(place)
    if region:
        full += ", " + _title_place(region)
    end = m.end("dash") + len(m.group("rest")) - len(m.group("rest").lstrip())
    return full, (" ".join(date.split()) if date else None), end


def _country_name(text: str) -> bool:
    """Whether a dateline's word in parentheses names a country ("LIMA (Peru), ..."), not an agency."""
    from . import geo
    return geo.country_code(text) is not None


def _known_place(text: str) -> bool:
    """Whether a dateline's region is a place the gazetteer knows ("Abuja", "Egypt"), not a
    name in a list ("Nigeria, H.E. Tomas Lindqvist - Sweden")."""
    from . import geo       # the gazetteer; imported here so that resolving dates never loads it
    return geo.geocode(text) is not None


def _known_city(text: str) -> bool:
    """Whether the gazetteer knows ``text`` as a city ("NICOSIA"), not a country or a region."""
    from . import geo
    place = geo.geocode(text)
    return place is not None and place.kind == "city"


def find_dateline(text: str) -> tuple[str | None, str | None] | None:
    """Find a news dateline at the start of one of the first 20 non-blank lines.

    A dateline is a place of 1-4 words, in capitals (``"RIO DE JANEIRO -"``) or in Title
    case followed by a month and day (``"Beijing, Nov. 29 --"``) or by a Title-case region
    and a paragraph (``"State House, Abuja - ..."``); then an optional ``", Region"``, an
    optional ``", <Month> <day>"``, an optional ``"(Agency)"``, and a dash (``-`` after a
    space, ``--``, an en or em dash; after an agency's credit also a colon or nothing:
    ``"LAHORE, May 9 (APP):"``, ``"CHENNAI, May 9 (PTI) The ..."``). Capitalised places are title-cased
    (``"RIO DE JANEIRO"`` -> ``"Rio de Janeiro"``); a region is kept after a comma
    (``"Naypyitaw, Myanmar"``).

    Args:
        text: The article text.

    Returns:
        ``(place, date_expression)``, e.g. ``("Beijing", "Nov. 29")`` or
        ``("Rio de Janeiro", None)``; ``None`` when no line opens with a dateline. The date
        expression is left for :func:`resolve_date`.
    """
    found = find_dateline_span(text)
    return None if found is None else (found[0], found[1])


def find_dateline_span(text: str) -> tuple[str, str | None, tuple[int, int]] | None:
    """Like :func:`find_dateline`, and also where the dateline sits in ``text``.

    Args:
        text: The article text.

    Returns:
        ``(place, date_expression, (start, end))``: ``text[start:end]`` is the dateline
        up to and including its dash and the spaces after it
        (``"BEIJING, Nov. 29 (Xinhua) -- "``); ``None`` when there is no dateline.
    """
    if not isinstance(text, str):
        return None
    for start, line in _first_lines(text, _DATELINE_LINES):
        found = _dateline_in_line(line)
        if found is not None:
            place, date, end = found
            return place, date, (start, start + end)
    return None


def dates_agree(a: str | None, b: str | None) -> bool:
    """Whether two ISO values can name the same day: equal, one missing, or one a month or
    year that contains the other ("2024-07" and "2024-07-27")."""
    return not a or not b or a.startswith(b) or b.startswith(a)
