"""Stage 5, events: relations -> normalised interaction events.

Input  ``documents``, ``sentences``, ``entities``, ``actors``, ``relations``
Output ``events`` (schemas.EVENTS): event_id, doc_id, type, status, date, date_precision,
       location_city, location_country, participants, cameo_code, evidence, confidence, ...

Negated and hypothetical relations are dropped. Dates are resolved against the
publication date (weekdays by tense); a relation with no date or place of its own takes
them from the sentences just before it ("said in Paris on Saturday. ... while meeting
with ...") or from the dateline. Places are geocoded; calls and letters get none.
Participants carry the actor's canonical name, title, country and organisation.
"""

from __future__ import annotations

import dataclasses
import functools
import datetime as dt
import hashlib
import re
from collections import Counter

import pyarrow as pa

from . import dates, geo, knowledge, lexicon, schemas, scorer
from .entities import envoy_title

INPUTS = (schemas.DOCUMENTS, schemas.SENTENCES, schemas.ENTITIES, schemas.ACTORS, schemas.RELATIONS)
OUTPUT = schemas.EVENTS

CONTEXT_SENTENCES = 2          # how far back a relation looks for a date or place
FOLLOW_GAP = 5                 # a report this few sentences after the last event goes on where it was
LEDE_SENTENCES = 5             # an undated event this early in an article is dated by its publication
_WEEKDAY_ONLY = re.compile(rf"(?:on )?(?:the )?({'|'.join(dates.WEEKDAYS)})(?: (?:morning|afternoon|evening|night))?")
_TRIP = re.compile(r"\b(?:visit(?:s|ed)?|(?:is|are|was|were|be|while)(?: currently| now)? visiting|(?<=, )visiting|trips?|tours?|journey|"
                   r"travel(?:s|led|ed|ling|ing)?|arriv(?:ed|es|ing))"
                   r"(?: (?:to|in|at))? (?:the )?(?:(?:city|capital|town|port) of )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3})")
# "in Japan's city of Osaka", "at the Black Sea resort of Sochi": the place after "of" is
# where things happen
_PLACE_OF_BEFORE = re.compile(r"\b(?:in|at) (?:the )?(?:[\w'’.-]+ ){0,4}(?:" + "|".join(geo.PLACE_KINDS) + r")"
                              r"(?: city)? of$")
_CAPITAL_PHRASE = re.compile(r"\b(?:in|at) ((?:the )?[A-Z][\w-]+(?: [A-Z][\w-]+)?(?:['’]s?)? capital)\b(?! of| city of)")
_GATHERING_WORDS = r"(?i:summit|conference|forum|games|olympics|congress|general assembly|leaders'? meeting)"
_PLACE_WORDS = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"
# "the last EU summit in Brussels", "last year's summit": a gathering as a topic, not
# where the article's meetings happen (a coming one is where planned meetings will)
_ANOTHER_TIME_IN = re.compile(
    r"\b(?:recent|last|previous|past|earlier)\s+(?:[\w'’-]+\s+){0,4}(?:in|at)\s+(?:the\s+)?$", re.I)
# "fly to Japan on Friday for an embassy opening in Tokyo next week": a journey still to come
_JOURNEY_BEFORE = re.compile(r"\b(?:(?:head(?:ing|s|ed)?|travel(?:l?ing|s|l?ed)?|fly(?:ing)?|go(?:ing)?)\s+to"
                             r"|(?:leav(?:e|es|ing)|depart(?:s|ing)?)\s+for|visit(?:ing|s)?)\b", re.I)
_LATER_AFTER = re.compile(r"\s*(?:,\s*)?(?:next\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)|tomorrow"
                          r"|in\s+the\s+coming\s+(?:days|weeks|months))\b", re.I)
# "... in March last year", "... two years ago", "... in 2015": the year of a journey the text names
_TIME_AFTER = re.compile(r"\s*(?:,\s*)?(?:(?:in|on)\s+(?:\w+\s+){0,2}?)?(?:(?:last|previous|past)\s+year\b"
                         r"|(?:a|one|two|three|several|many)\s+years\s+ago\b|(?P<year>(?:19|20)\d\d)\b)",
                         re.I)
_SEVERAL_DAYS = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]days?[- ](?:state |official |working "
                           r"|foreign |overseas |regional )?(?:visit|trip|tour|journey|stay|mission)", re.I)
# a visit or trip given a span of days ("paid a visit to Russia from Wednesday to Saturday", "a
# state visit on February 21-23"): its meetings' day is not the span's first or last
_VISIT_SPAN = re.compile(
    r"\b(?:visits?|trip|tour|stay|mission)\b[^.;]{0,80}?\b(?:from\s+" + dates.DAY_WORD + r"\s+(?:to|through|until|till)\s+"
    + dates.DAY_WORD + r"|(?:on|from|between)\s+" + dates.MONTH_WORD + r"\s+\d{1,2}\s*[-–]\s*\d{1,2}\b"
    r"|(?:on|from|between)\s+\d{1,2}\s*[-–]\s*\d{1,2}\s+" + dates.MONTH_WORD + r")", re.I)
# the words a date of a career or a vote comes after or before (see _DocContext._of_another_event)
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:sworn\s+in|(?:re-?)?elected|inaugurated|appointed|born|died|took\s+office|assumed\s+office|won|"
    r"declared|(?:re-?)?election|inauguration|victory|swearing-in|appointment|death|birthday|anniversary|"
    r"vote|polls?|referendum|coup)(?:\s+as(?:\s+[\w'’-]+){1,3})?\s+(?:on\s+)?$", re.I)   # "sworn in as President on"
_OTHER_EVENT_AFTER = re.compile(r"\s*(?:,\s*)?(?:won|(?:was|were)\s+(?:re-?)?elected|(?:was|were)\s+sworn|took\s+office|"
                                r"assumed\s+office|died|(?:was|were)\s+inaugurated)\b", re.I)
_JOURNEY_WORD = re.compile(r"(?:arriv|travel|flew|fly|flies|came|come|went|go|head|land|jet)", re.I)
# what a sentence that says where people met or went says it with
_ABOUT_A_MEETING = re.compile(r"\b(?:me(?:et|ets|eting|etings|t)|talks|receiv(?:e|es|ed|ing)|host(?:s|ed|ing)?|"
                              r"visit\w*|arriv\w*|attend\w*|summit|trip|tour|welcom\w+|greet\w*|land(?:s|ed)|flew|travel\w*)\b",
                              re.I)
# a journey before or after the one a meeting is on ("after his visit to X", "ahead of her trip to Y")
_OTHER_TRIP = re.compile(r"\b(?:" + "|".join(sorted(dates.OTHER_TIME_WORDS)) + r")(?:\s+(?:of|to))?\s+(?:[\w'’-]+\s+){0,3}$",
                         re.I)
_ANOTHER_TIME = re.compile(r"\b(?:recent|last|previous|past)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_GATHERING_AFTER = re.compile(rf"\b{_GATHERING_WORDS}\b(?: [\w'’-]+){{0,3}}? (?:in|at|hosted by) (?:the )?"
                              rf"(?:(?:[A-Z][\w'’.-]* ){{0,3}}(?:{'|'.join(geo.PLACE_KINDS)})(?: city)? of )?"   # "Peru's city of"
                              rf"(?P<place>{_PLACE_WORDS})")
_GATHERING_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<words>(?:[A-Z][\w'’.-]* ){{1,4}}){_GATHERING_WORDS}\b")
_MONTH_NAME = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.I)
# A time that fixes its own day ("last night", "this morning", "Friday evening"), unlike "10 a.m."
_DAY_TIME = re.compile(rf"\b(?:last|this|yesterday|today|tomorrow|tonight|{'|'.join(dates.WEEKDAYS)})\b", re.I)
_LINKED_DAY = re.compile(r"\b(?:same|that)\s+(?:same\s+)?day\b", re.I)
_LINKED = re.compile(r"\b(?:(?:same|that)\s+(?:same\s+)?(?:day|year)|the\s+day|a\s+year\s+earlier)\b", re.I)
KB_SLACK_DAYS = 60    # an office counts as held this long past its ends (dates in the knowledge base are approximate)
REMOTE_TYPES = {"phone_call", "video_call", "correspondence"}
CAMEO = {"consult": "040", "phone": "041", "visit": "042", "host": "043", "third": "044", "intent": "036"}


USE_WEIGHTS = "weights"


def normalise_events(documents: pa.Table, sentences: pa.Table, entities: pa.Table,
                     actors: pa.Table, relations: pa.Table, model: dict | str | None = USE_WEIGHTS) -> pa.Table:
    """Turn relations into events with resolved dates, places, participants and codes.

    With a scorer ``model`` (by default the weights of ``models/scorer.json``, if any; ``None``
    for the rules alone), relations scored below its threshold are not events, and an event's
    confidence is its relation's score mapped through the model's calibration.

    Returns:
        An ``EVENTS`` table sorted by (doc_id, sent_id, event_id).
    """
    for table, schema in zip((documents, sentences, entities, actors, relations), INPUTS):
        schemas.validate(table, schema)
    docs = {r["doc_id"]: r for r in documents.select(
        ["doc_id", "url", "published", "dateline", "dateline_place", "status"]).to_pylist()}
    sents = _group(sentences.to_pylist())
    ents = _group(entities.to_pylist())
    acts = {}
    for row in actors.to_pylist():
        acts.setdefault(row["doc_id"], {})[row["actor_id"]] = row
    rows = []
    kb = knowledge.load()
    model = scorer.weights() if model is USE_WEIGHTS else model
    threshold = model["threshold"] if model is not None else None
    for doc_id, rels in _group(relations.to_pylist()).items():
        context = _DocContext(docs.get(doc_id, {}), sents.get(doc_id, []), ents.get(doc_id, []))
        for actor in acts.get(doc_id, {}).values():
            known(actor, kb, context.published)
            if actor.get("kind") == "person" and not actor.get("country") and not actor.get("org"):
                actor["country"] = _delegation_country(actor.get("name") or "", context)
                if not actor["country"] and actor.get("title") and not envoy_title(actor["title"]):
                    # (an envoy the text gives no country serves abroad: not the article's state)
                    actor["country"] = context.home_country(set())
                    actor["_guessed"] = actor["country"] is not None
        _not_the_envoys_state(rels, acts.get(doc_id, {}))
        kept: list[dict] = []
        for rel in sorted(rels, key=lambda r: (r["sent_id"], r["rel_id"])):
            if threshold is not None and rel["confidence"] < threshold:
                continue                 # the scorer judged it no reported interaction
            if threshold is None and "candidate" in (rel.get("features") or ()):
                continue                 # no scorer: the rules decide alone
            if scorer.vetoed(rel.get("features")):
                continue                 # a rule ruled it out ("met A and B": not a meeting of A with B)
            event = make_event(rel, context, acts.get(doc_id, {}), kept[-1] if kept else None)
            if event is not None and not any(_merge_into(k, event) for k in kept):
                kept.append(event)
        if model is not None:
            kept = _once_per_pair(kept)
            for event in kept:
                event["confidence"] = scorer.calibrate(event["confidence"], model)
        for event in kept:
            if event["status"] == "planned" and event["date"] is None and context.published:
                # announced with no date (after merging, so it joins any dated report of it):
                # the month of the announcement is all that is known
                event.update(date=context.published.isoformat()[:7], date_precision="month",
                             date_text="publication month")
        for event in kept:
            del event["_own_date"], event["_rule"], event["_own_place"]
        rows.extend(kept)
    return schemas.conform(rows, OUTPUT)


_LOCATION_FIELDS = ("location_text", "location_city", "location_country", "location_lat", "location_lon")


def _merge_into(kept: dict, new: dict) -> bool:
    """Fold ``new`` into ``kept`` when both report one interaction: the same parties, type
    and status, and dates that agree or are missing on one side, or a later report with no
    date of its own (one borrowed from the sentences around it is no second meeting). The
    first report stays the evidence; a date or place only the later one gives is filled in, and
    a place the later one's own clause gives replaces one the first was given from elsewhere."""
    if (kept["type"], kept["status"]) != (new["type"], new["status"]):
        return False
    if {p["actor_id"] for p in kept["participants"]} != {p["actor_id"] for p in new["participants"]}:
        return False
    if new["_own_date"] and kept["_own_date"] and not dates.dates_agree(kept["date"], new["date"]):
        return False
    if new["_own_date"] and not kept["_own_date"] and not dates.dates_agree(kept["date"], new["date"]):
        if not (kept["type"] == "meeting" and _days_before(new["date"], kept["date"]) in range(0, 8)):
            return False
        # "X has met Y in New York." (dated by the day it was reported) then "X and Y met on
        # Wednesday": the day in the week before that the text gives the meeting
        for f in ("date", "date_precision", "date_text"):
            kept[f] = new[f]
        kept["_own_date"] = True
    placed = new["_own_place"] and not kept["_own_place"]    # a place the text gives beats one inferred
    if kept["location_country"] and new["location_country"] and kept["location_country"] != new["location_country"] \
            and not placed:
        return False
    if new["date"] and (not kept["date"] or len(new["date"]) > len(kept["date"])
                        and dates.dates_agree(kept["date"], new["date"])):
        for f in ("date", "date_precision", "date_text"):
            kept[f] = new[f]
    if (not kept["location_country"] or placed) and new["location_country"]:
        _take_place(kept, new)
    kept["confidence"] = max(kept["confidence"], new["confidence"])
    return True


def _days_before(day: str | None, later: str | None) -> int | None:
    """How many days ``day`` is before ``later`` (both ISO days), else None."""
    if not day or not later or len(day) != 10 or len(later) != 10:
        return None
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(day)).days


def _take_place(kept: dict, other: dict) -> None:
    """Give ``kept`` the place of ``other`` (and the CAMEO code that follows from it)."""
    for f in _LOCATION_FIELDS:
        kept[f] = other[f]
    kept["cameo_code"], kept["_own_place"] = other["cameo_code"], kept["_own_place"] or other["_own_place"]


def _once_per_pair(kept: list[dict]) -> list[dict]:
    """With the scorer on, the same parties reported twice in one article (a rule's "met" and a
    candidate in a later sentence about the talks) are one interaction unless their dates
    differ (or a call and a meeting the rules each date), or, in person, unless the lesser
    report dates itself: the better-scored report stays, filled in with a date only the
    other gives, and with the other's place where that is the other's own and its is not."""
    out: list[dict] = []
    for event in sorted(kept, key=lambda e: -e["confidence"]):
        parties = {p["actor_id"] for p in event["participants"]}
        twin = next((k for k in out if {p["actor_id"] for p in k["participants"]} == parties
                     and k["status"] == event["status"]
                     and (dates.dates_agree(k["date"], event["date"]) and not _told_apart(k, event)
                          or not event["_own_date"] and k["type"] == event["type"] not in REMOTE_TYPES)), None)
        if twin is None:
            out.append(event)
        else:
            if not twin["date"] and event["date"] and event["_own_date"]:
                for f in ("date", "date_precision", "date_text"):
                    twin[f] = event[f]
            if event["_own_place"] and not twin["_own_place"] and event["location_country"]:
                # "Ahead of a meeting with X, Y said ..." then "... their meeting in Nairobi": the
                # place the text gives the meeting, not one the lede's report was given
                _take_place(twin, event)
    return sorted(out, key=lambda e: (e["sent_id"], e["event_id"]))


def _told_apart(a: dict, b: dict) -> bool:
    """A call and a meeting the rules each find with a time of their own ("phoned X on Sunday
    ... when they met earlier this month") are two interactions, though their dates overlap."""
    return a["type"] != b["type"] and a["_own_date"] and b["_own_date"] and a["_rule"] and b["_rule"]


def _group(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in rows:
        out.setdefault(row["doc_id"], []).append(row)
    return out


class _DocContext:
    def __init__(self, doc: dict, sentences: list[dict], entities: list[dict]):
        self.published: dt.date | None = doc.get("published")
        self.dateline_place = doc.get("dateline_place")
        self.dateline_date = None
        if doc.get("dateline") and self.published:
            found = dates.find_dateline(doc["dateline"])
            parts = doc["dateline"].split(",", 1)
            # the dateline's own date ("OSAKA (Sputnik - 28th June, 2019)"), else what follows its comma
            expr = found[1] if found and found[1] else parts[1].split("(")[0] if len(parts) == 2 else None
            if expr:
                self.dateline_date = dates.resolve_date(expr, self.published, "past")
        self.sentences = {s["sent_id"]: s for s in sentences}
        self.dates_by_sent: dict[int, list[str]] = {}
        self.places_by_sent: dict[int, list[str]] = {}
        self.country_mentions: Counter = Counter()     # countries the article names, by name or demonym
        self._place_texts: set[str] = set()           # the places it names that are no countries
        # the cities the article says things happen in ("in Madrid", the dateline), by country;
        # not where something happened another time ("the last EU summit in Brussels")
        self.cities: dict[str, set[str]] = {}
        for e in entities:
            if (e["label"] == "DATE" or e["label"] == "TIME" and _DAY_TIME.search(e["text"])) \
                    and not self._of_another_event(e):
                self.dates_by_sent.setdefault(e["sent_id"], []).append(e["text"])
            elif e["label"] in ("GPE", "FAC", "LOC") and self._after_in(e):
                sent = self.sentences[e["sent_id"]]
                before = sent["text"][:max(0, e["start_char"] - sent["start_char"])]
                after = sent["text"][max(0, e["end_char"] - sent["start_char"]):][:40]
                if not _ANOTHER_TIME_IN.search(before) and not _topic_in(before) \
                        and not (_LATER_AFTER.match(after) and _JOURNEY_BEFORE.search(before)):
                    self.places_by_sent.setdefault(e["sent_id"], []).append(e["text"])
                    self._add_city(e["text"])
            if e["label"] in ("GPE", "NORP"):
                code = geo.country_code(e["text"])
                if code:
                    self.country_mentions[code] += 1
                elif e["label"] == "GPE":
                    self._place_texts.add(e["text"])
        for sent in sentences:                  # "in the Cambodian capital": a city with no name
            for m in _CAPITAL_PHRASE.finditer(sent["text"]):
                self.places_by_sent.setdefault(sent["sent_id"], []).append(m.group(1))
        self.trip_country = self._trip_country()
        self.gatherings_by_sent = {sent["sent_id"]: gatherings(sent["text"]) for sent in sentences}
        # "BEIJING - X visited Afghanistan and met Y": a report filed at home about a trip abroad
        # places its meetings where the trip goes, not where it is filed
        home_place = geo.geocode(self.dateline_place) if self.dateline_place else None
        self.filed_from_home = bool(self.trip_country and home_place is not None
                                    and home_place.country != self.trip_country)
        # "a three-day state visit", "from Wednesday to Saturday": the article reports several days, not one
        self.several_days = any(_SEVERAL_DAYS.search(sent["text"]) or _VISIT_SPAN.search(sent["text"])
                                for sent in sentences)
        self.gathering = self._gathering()
        if self.dateline_place:
            self._add_city(self.dateline_place)
            home = geo.geocode(self.dateline_place)
            if home is not None:
                # the place the story is filed from weighs as three mentions of its country
                # ("NAIROBI (KNA) -- the President received the visiting Ugandan minister ...")
                self.country_mentions[home.country] += 3
        named = [city for cities in self.cities.values() for city in cities]
        self.only_city = named[0] if len(named) == 1 else None     # the one city the article names
        # (state, the words after "led by") of each delegation the article names with its state
        self.delegations = [(code, m.group("rest")) for sent in sentences
                            for pattern in (_LED_BY, _DELEGATION_OF) for m in pattern.finditer(sent["text"])
                            for code in [geo.country_code(m.group(1)) or geo.country_code(m.group(1).split()[0])]
                            if code]
        # Relative dates resolve against the publication date; an article that does not show
        # one is anchored on the latest full date it states ("Aug. 9, 2014 ... on Sunday"),
        # taking the year from its URL ("/2017/") when the text gives only day and month.
        self.url_year = None if self.published else dates.year_from_url(doc.get("url") or "")
        self.base = self.published or self._latest_explicit_date()
        if self.dateline_date is not None and self.dateline_date.precision == "day" and self.published \
                and 0 < (self.published - dt.date.fromisoformat(self.dateline_date.value)).days <= 2:
            # "ABU DHABI, 12th November (WAM) -- ... received today", put online the next day:
            # the story's "today" is its dateline's
            self.base = dt.date.fromisoformat(self.dateline_date.value)
        self.anchored = self.published is None and self.base is not None
        # With no day to resolve against, the month or year the URL carries ("/2015/01/") is
        # what relative words ("on Sunday", "yesterday") can be resolved to.
        self.coarse = None
        if self.base is None:
            month = dates.month_from_url(doc.get("url") or "")
            self.coarse = dates.ResolvedDate(f"{month[0]:04d}-{month[1]:02d}", "month") if month else \
                dates.ResolvedDate(str(self.url_year), "year") if self.url_year else None
        # With no date to resolve against, the year the lede names ("ahead of the 2018
        # summit") is the best an undated report can get.
        lede = " ".join(self.sentences[i]["text"] for i in sorted(self.sentences)[:LEDE_SENTENCES])
        self.lede_year = None if self.base else _named_year(lede)

    def stray_town(self, place: geo.Place | None, text: str, parties: list[str]) -> bool:
        """Whether a town (no capital, no city of a million, no venue) is the only tie to its
        country: no party, country or other place of the article is there ("after arriving at
        Bole" in a report from Addis Ababa is no town in China)."""
        if place is None or place.kind != "city" or not place.country \
                or geo.is_well_known_city(text, geo.MAJOR_POPULATION) \
                or geo.is_area(text) or geo.is_venue(text):
            return False
        known = set(self.country_mentions) | set(parties) | {
            c for c, names in self._place_countries.items() if any(n != text for n in names)}
        return bool(known) and place.country not in known

    @functools.cached_property
    def _place_countries(self) -> dict[str, set[str]]:
        """The countries of the places the article names (geocoded only when a town is in doubt)."""
        out: dict[str, set[str]] = {}
        for text in self._place_texts:
            town = geo.geocode(text)
            if town is not None and town.country:
                out.setdefault(town.country, set()).add(text)
        return out

    def _add_city(self, text: str, place: geo.Place | None = None) -> None:
        place = place or geo.geocode(text)
        if place is not None and place.kind == "city" and place.city and place.country:
            self.cities.setdefault(place.country, set()).add(text)

    def _trip_country(self) -> str | None:
        """The one country the article says a visit goes to ("a three-day official visit to
        Nepal", "arrived in Hanoi"), or None when it names none or several."""
        found = set()
        for sent in self.sentences.values():
            for m in _TRIP.finditer(sent["text"]):
                if _another_trip(sent["text"], m) or self._another_year(sent["text"][m.end():]):
                    continue            # "his last visit to Japan", "a visit to China in 2015"
                place = geo.geocode(m.group(1))
                if place is not None and place.country and not self.stray_town(place, m.group(1), []):
                    found.add(place.country)
                    if place.kind == "city" and place.city:
                        self._add_city(m.group(1), place)   # "travels to Caracas today": a city things happen in
        return found.pop() if len(found) == 1 else None

    def _another_year(self, after: str) -> bool:
        """Whether the words after a journey put it in another year ("in March last year",
        "in 2015" in an article of 2017)."""
        m = _TIME_AFTER.match(after)
        if m is None:
            return False
        year = m.group("year")
        return year is None or (self.published is not None and int(year) != self.published.year)

    def _gathering(self) -> tuple[str, geo.Place] | None:
        """Where the one summit, conference or games the article names is held ("the G20
        summit in Rome", "the Tokyo Olympics"), or None when it names none or several places."""
        found: dict[str, tuple[str, geo.Place]] = {}
        for held in self.gatherings_by_sent.values():
            for text, place in held:
                found.setdefault(place.country, (text, place))
        return next(iter(found.values())) if len(found) == 1 else None

    @functools.cached_property
    def only_day(self) -> tuple[str, dates.ResolvedDate] | None:
        """(text, date) of the one past day the article names, when every date it names is that
        day ("on Thursday" in the lede, "Thursday's talks" further on); else None."""
        found = [(t, self.resolve(t, "past")) for texts in self.dates_by_sent.values() for t in texts]
        found = [(t, r) for t, r in found if r is not None]
        return found[0] if len({r.value for _, r in found}) == 1 and found[0][1].precision == "day" else None

    def home_country(self, exclude: set[str]) -> str | None:
        """The country the article is mostly about, leaving out ``exclude`` (the guests'):
        named at least twice and more than twice as often as any other."""
        ranked = [(n, c) for c, n in self.country_mentions.most_common() if c not in exclude]
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[0][0] <= 2 * ranked[1][0]):
            return None
        return ranked[0][1]

    def _latest_explicit_date(self) -> dt.date | None:
        found = [self._explicit(t) for texts in self.dates_by_sent.values() for t in texts]
        days = [dt.date.fromisoformat(r.value) for r in found if r is not None and r.precision == "day"]
        return max(days) if days else None

    def _explicit(self, text: str) -> dates.ResolvedDate | None:
        resolved = dates.resolve_date(text, None)
        if resolved is None and self.url_year and _MONTH_NAME.search(text):
            # "Wednesday, 15 February" in a page whose URL says 2017
            resolved = dates.resolve_date(text, dt.date(self.url_year, 12, 31), "past")
            if resolved is not None and not resolved.value.startswith(str(self.url_year)):
                resolved = None
        return resolved

    def resolve(self, text: str, tense: str) -> dates.ResolvedDate | None:
        """A date expression of the article, resolved against its base date. Without a
        publication date, a bare weekday ("on Thursday morning") is the one nearest the
        date the article last stated: a narrative moves on from its dates."""
        if self.base is None and self.coarse is not None:
            return self._resolve_coarse(text, tense)
        resolved = dates.resolve_date(text, self.base, tense)
        weekday = _WEEKDAY_ONLY.fullmatch(text.strip(" ,.").lower())
        if resolved is not None and self.anchored and weekday:
            target = dates.WEEKDAYS.index(weekday.group(1))
            delta = (target - self.base.weekday() + 3) % 7 - 3
            day = self.base + dt.timedelta(days=delta)
            resolved = dates.ResolvedDate(day.isoformat(), "day")
        return resolved

    def _resolve_coarse(self, text: str, tense: str) -> dates.ResolvedDate | None:
        """A date expression resolved against the month or year of the URL: a date that names
        its month keeps its day ("March 5" of that year); a relative one ("on Sunday",
        "yesterday") is known no better than the URL's month or year."""
        resolved = dates.resolve_date(text, None, tense)
        if resolved is not None:
            return resolved                     # "Aug. 9, 2014": it needs no base
        year = int(self.coarse.value[:4])
        month = int(self.coarse.value[5:7]) if self.coarse.precision == "month" else 12
        end = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
        if _MONTH_NAME.search(text):
            resolved = dates.resolve_date(text, end, "past" if self.coarse.precision == "year" else tense)
            return resolved if resolved is not None and resolved.value.startswith(str(year)) else None
        resolved = dates.resolve_date(text, end.replace(day=min(end.day, 15)) if month != 12 or
                                      self.coarse.precision == "month" else dt.date(year, 7, 1), tense)
        if resolved is None:
            return None
        rank = {"day": 2, "month": 1, "year": 0}
        if rank[resolved.precision] > rank[self.coarse.precision]:
            size = 7 if self.coarse.precision == "month" else 4
            return dates.ResolvedDate(resolved.value[:size], self.coarse.precision)
        return resolved

    def _of_another_event(self, entity: dict) -> bool:
        """Whether a date is said of a career or a vote ("sworn in on Friday", "who last month
        won re-election", "his election on May 3"), which dates no meeting in other sentences."""
        sent = self.sentences.get(entity["sent_id"])
        if sent is None:
            return False
        before = sent["text"][:max(0, entity["start_char"] - sent["start_char"])][-60:]
        after = sent["text"][max(0, entity["end_char"] - sent["start_char"]):][:30]
        return bool(_OTHER_EVENT_BEFORE.search(before) or _OTHER_EVENT_AFTER.match(after))

    def _after_in(self, entity: dict) -> bool:
        """Whether a place is introduced by "in" or "at" ("said in Paris"), not a modifier."""
        sent = self.sentences.get(entity["sent_id"])
        if sent is None:
            return False
        before = sent["text"][: entity["start_char"] - sent["start_char"]].rstrip().lower()
        before = before[:-4].rstrip() if before.endswith(" the") else before
        return before.endswith((" in", " at")) or before in ("in", "at") or bool(_PLACE_OF_BEFORE.search(before))


def make_event(rel: dict, ctx: _DocContext, actors: dict[str, dict], previous: dict | None = None) -> dict | None:
    """One event row for a relation, or None when it is negated or hypothetical.

    ``previous`` is the document's event before it: a report that goes on ("On the same
    day, he also met ...") shares its date, and its place when both are in person.
    """
    if rel["negated"] or rel["modality"] == "hypothetical":
        return None
    status = "planned" if rel["modality"] == "planned" else "happened"
    tense = "future" if status == "planned" else "past"
    typ = "meeting" if rel["predicate"] == "visit" else rel["predicate"]
    participants = [_participant(actors.get(a, {"actor_id": a, "name": a})) for a in rel["actor_ids"]]
    participants = [p for p in participants if not not_a_party(p["name"])]
    # An organisation named beside its own representative is not a separate party.
    person_orgs = {p["org"] for p in participants if p["org"] and p["name"] != p["org"]}
    participants = [p for p in participants if not (p["name"] == p["org"] and p["name"] in person_orgs)]
    if len(participants) < 2:
        return None
    _fill_counterpart_titles(participants)
    for p in participants:
        others = {q["country"] for q in participants if q is not p and q["country"]}
        if p["country"] is None and p["org"] is None and others and _national_office(p["title"]) \
                and not envoy_title(p["title"]):
            # "Foreign Minister A met his Egyptian counterpart B" in a story from Amman: A is of the
            # country the article is about once B's is left out
            home = ctx.home_country(others)
            p["country"] = home if home not in others else None
        stated = _stated_others(p, participants, actors)
        if p["country"] is None and (p["org"] is None or _STATE_BODY.search(p["org"])) and _national_office(p["title"]) \
                and not envoy_title(p["title"]) \
                and typ not in REMOTE_TYPES | {"correspondence"} and ctx.trip_country \
                and (rel["predicate"] != "visit" or rel.get("host_id") in (None, p["actor_id"])) \
                and stated and ctx.trip_country not in stated:
            # "Peruvian President A arrived in Brazil ... A visited Senate President B": in a report
            # of a visit, the official the guest calls on is of the country visited
            p["country"] = ctx.trip_country

    date_text = rel["time_text"]
    # "on the same day, X also met Y", "later that day": the day of the report before it
    same_day = bool(_LINKED_DAY.search(date_text or ctx.sentences.get(rel["sent_id"], {}).get("text", "")))
    if date_text and dates.ADJACENT_DAY.search(date_text):
        # "the day before", "the following day": counted from the day its sentence names ("announced
        # on Wednesday that they would meet the following day"), else from the event the report was on
        on = next((d for sent_id in (rel["sent_id"], rel["sent_id"] - 1)
                   for d in (ctx.resolve(t, "past") for t in ctx.dates_by_sent.get(sent_id, ())
                             if t != date_text and not dates.ADJACENT_DAY.search(t))
                   if d is not None and d.precision == "day"), None)
        # (... or the sentence before: "On Sunday 14 August X arrived in Toronto. The following
        # day, he met Y")
        on = dt.date.fromisoformat(on.value) if on is not None else \
            previous["date"] if previous is not None and previous["date_precision"] == "day" else ctx.base
        resolved = dates.resolve_date(date_text, on, tense)
    else:
        resolved = ctx.resolve(date_text, tense) if date_text and not _LINKED.search(date_text) else None
    # "arrived on Sunday at the invitation of X": the day of the journey, not of the talks
    own_date = resolved is not None and not (rel["predicate"] == "visit" and _JOURNEY_WORD.match(rel["trigger"]))
    borrowed = False
    if resolved is None and not same_day:
        # "X met Y in Accra. The talks took place on Wednesday.": the next sentence dates it
        date_text, resolved = _next_sentence_date(rel["sent_id"], ctx, tense)
        own_date = resolved is not None
    if resolved is None:
        reach = rel["sent_id"] if same_day else CONTEXT_SENTENCES
        date_text, resolved = _context_date(rel["sent_id"], ctx, reach, tense)
        borrowed = resolved is not None and not same_day
        own_date = resolved is not None and same_day       # "on the same day" dates it as much as a day would
    if resolved is None and status == "happened" and ctx.dateline_date and rel["sent_id"] <= 1:
        date_text, resolved = "dateline", ctx.dateline_date
    own_place = geo.geocode(rel["location_text"]) if rel["location_text"] not in (None, "here") else None
    same_story = previous is not None and previous["status"] == status == "happened" \
        and (own_place is None or own_place.country == previous["location_country"])
    gap = rel["sent_id"] - previous["sent_id"] if previous is not None else None
    follows = same_story and (same_day or gap <= CONTEXT_SENTENCES + 2)
    # ... and in the same place a little further on (no date came up, or not: a place stays)
    follows_place = same_story and (same_day or gap <= FOLLOW_GAP)
    # A report goes on in the time its last event set until another date comes up.
    continues = follows or same_story and not any(
        ctx.dates_by_sent.get(i) for i in range(previous["sent_id"] + 1, rel["sent_id"] + 1))
    if resolved is None and continues and previous["date"]:
        date_text = previous["date_text"]
        resolved = dates.ResolvedDate(previous["date"], previous["date_precision"])
        borrowed = not same_day
    if resolved is None and status == "happened" and ctx.published and rel["sent_id"] < LEDE_SENTENCES:
        # A news lede with no date of its own reports the day's news.
        date_text, resolved = "publication date", dates.ResolvedDate(ctx.published.isoformat(), "day")
        borrowed = True
    elif resolved is None and status == "happened" and ctx.coarse and rel["sent_id"] < LEDE_SENTENCES:
        date_text, resolved = "URL date", ctx.coarse        # ... of the month or year the URL gives
    if borrowed and ctx.several_days and resolved.precision == "day":
        # a visit of several days: another sentence's day, or the day of publication, is not this meeting's
        resolved = dates.ResolvedDate(resolved.value[:7], "month")
    if resolved is None and status == "happened" and not ctx.several_days and ctx.only_day is not None:
        # further on, a report with no date of its own in an article that names one day only
        date_text, resolved = ctx.only_day
    if resolved is None and status == "happened" and ctx.published:
        # further on, a report with no date of its own: its month is known, its day is not
        date_text, resolved = "publication month", dates.ResolvedDate(ctx.published.isoformat()[:7], "month")
    if resolved is None and status == "happened" and ctx.lede_year:
        year = _named_year(ctx.sentences.get(rel["sent_id"], {}).get("text", "")) or ctx.lede_year
        date_text, resolved = str(year), dates.ResolvedDate(str(year), "year")

    place = None
    location_text = rel["location_text"]
    countries = [p["country"] for p in participants if p["country"]]
    own_place = False
    if typ not in REMOTE_TYPES:
        if location_text == "here":
            location_text = ctx.dateline_place
        if location_text is None:
            # "on the sidelines of the Lisbon Ocean Forum": where the sentence's gathering is
            held = ctx.gatherings_by_sent.get(rel["sent_id"], [])
            location_text = held[0][0] if len({p.country for _, p in held}) == 1 else None
        own_text = location_text
        # (a rule's place said in its trigger's clause; a candidate's is only somewhere in its sentence)
        own_place = own_text is not None and "rule_how=placed" in (rel.get("features") or ())
        if location_text is None:
            # "X will visit Chile on Monday for talks with Y", "travels to Lisbon, where he
            # will meet Y": the journey the sentence itself reports goes where they meet
            location_text = _sentence_trip(ctx.sentences.get(rel["sent_id"], {}).get("text", ""))
        if location_text is None:
            location_text = _context_place(rel["sent_id"], ctx, countries)
        if location_text is None and follows_place and previous["type"] not in REMOTE_TYPES:
            location_text = previous["location_text"]
        if location_text is None and ctx.dateline_place and not ctx.filed_from_home:
            location_text = ctx.dateline_place
        if location_text:
            place = _written_city(geo.geocode(location_text, countries), location_text, countries)
            if location_text != own_text and ctx.stray_town(place, location_text, countries):
                location_text, place = None, None       # (a place the sentence states is kept)
        host_id = rel["host_id"]
        host = actors.get(host_id or "", {}).get("country")
        if own_text is None and place is not None and host and place.country != host \
                and (rel["trigger"] or "").lower() not in ("call", "calls"):
            # "X will host Y on Friday" after a sentence set in another country: the host is at
            # home (a courtesy call may be paid on a fellow guest at a summit abroad)
            location_text, place = None, None
        if host_id and host is None and place is None:
            # a host with no stated country receives guests from elsewhere in the country
            # the article is about ("the Chinese side")
            guests = {p["country"] for p in participants if p["actor_id"] != host_id and p["country"]}
            host = ctx.home_country(guests) if guests else None
        if place is None and host:      # "met with a visiting delegation": in the host's country
            location_text, place = None, geo.Place(None, host, None, None, "country")
        if place is None and ctx.trip_country and \
                any(p["country"] != ctx.trip_country for p in participants):
            # meetings during a visit the article describes take place where the visit goes
            location_text, place = None, geo.Place(None, ctx.trip_country, None, None, "country")
        if place is None and ctx.gathering is not None:
            # "on the sidelines of the summit": where the article says the gathering is held
            location_text, place = ctx.gathering
        if place is None and ctx.only_city:
            # the one city the article says anything happens in
            location_text = ctx.only_city
            place = _written_city(geo.geocode(location_text, countries), location_text, countries)
        home = ctx.home_country(set()) if place is None else None
        if home and home in [p["country"] for p in participants if not envoy_title(p["title"])]:
            # nothing else to go on: a party of the country the article is about met at home
            location_text, place = None, geo.Place(None, home, None, None, "country")
        if place is not None and place.kind == "country":
            # "on a visit to France ... a meeting": the city the article places it in, if any
            city_text = _context_place(rel["sent_id"], ctx, countries) or ctx.dateline_place
            city = geo.geocode(city_text, countries) if city_text else None
            named = ctx.cities.get(place.country, set())
            if (city is None or city.country != place.country) and len(named) == 1:
                # the one city of that country the article says anything happens in
                city_text = next(iter(named))
                city = geo.geocode(city_text, countries)
            if (city is None or city.country != place.country) and ctx.gathering is not None \
                    and ctx.gathering[1].country == place.country:
                city_text, city = ctx.gathering     # "visiting Japan" for the Games in Tokyo
            if city is not None and city.city and city.country == place.country:
                location_text, place = city_text, _written_city(city, city_text, countries)
        if place is not None and rel["predicate"] == "visit" and host_id and actors.get(host_id, {}).get("_guessed"):
            # "ISLAMABAD: Minister A concluded a visit to Chile at the invitation of B": the host
            # is at the place visited, and the article's own country is the guest's
            host_party = next((p for p in participants if p["actor_id"] == host_id), None)
            if host_party is not None and host_party["country"] != place.country:
                home, host_party["country"] = host_party["country"], place.country
                for guest in participants:
                    if guest is not host_party and guest["country"] is None:
                        guest["country"] = home
        if place is not None and ctx.gathering is None and not ctx.gatherings_by_sent.get(rel["sent_id"]):
            # "In Kampala, the Indian minister met President X": a leader of no stated country
            # whom a guest from elsewhere meets, away from any summit, is of the country they meet in
            unknown = [p for p in participants if p["country"] is None and p["org"] is None
                       and _national_office(p["title"])]
            others = {p["country"] for p in participants if p["country"]}
            if len(unknown) == 1 and others and place.country not in others:
                unknown[0]["country"] = place.country
        if place is not None and host_id:
            # "X received the visiting Y in Accra": a host the text gives no country is at home
            guests = {p["country"] for p in participants if p["actor_id"] != host_id}
            for p in participants:
                if p["actor_id"] == host_id and p["country"] is None and place.country not in guests:
                    p["country"] = place.country
    else:
        location_text = None

    sent = ctx.sentences.get(rel["sent_id"], {})
    names = sorted(p["name"] or "" for p in participants)
    event_id = hashlib.sha1("|".join([rel["doc_id"], str(rel["sent_id"]), typ, status, *names]).encode()).hexdigest()[:16]
    return {
        "event_id": event_id, "doc_id": rel["doc_id"], "rel_id": rel["rel_id"], "type": typ, "status": status,
        "date": resolved.value if resolved else None,
        "date_precision": resolved.precision if resolved else None,
        "date_text": date_text if resolved else None,
        "location_text": location_text if place else None,
        "location_city": place.city if place else None,
        "location_country": place.country if place else None,
        "location_lat": place.lat if place else None,
        "location_lon": place.lon if place else None,
        "participants": participants,
        "cameo_code": cameo_code(typ, status, participants, place.country if place else None),
        "evidence": sent.get("text", ""), "sent_id": rel["sent_id"],
        "start_char": sent.get("start_char", 0), "end_char": sent.get("end_char", 0),
        "confidence": rel["confidence"],
        "_own_date": own_date, "_rule": "candidate" not in (rel.get("features") or ()),
        "_own_place": own_place,
    }


def _topic_in(before: str) -> bool:
    """Whether a place comes after what talks are about and its "in" ("discussed the situation
    in Gaza"): the topic's place (the words of ``models/topic_words.txt``)."""
    m = re.search(r"([A-Za-z]+)\s+(?:in|at)\s+(?:the\s+)?$", before)
    return m is not None and m.group(1).lower() in lexicon.words("topic_words.txt")


def _not_the_envoys_state(rels: list[dict], actors: dict[str, dict]) -> None:
    """An official given the country the article is about for want of a stated one is not of
    the state whose envoy they meet ("the Prime Minister received the Japanese Ambassador" in
    an article about Japan): an envoy serves abroad; nor is a guest of the host's state."""
    for rel in rels:
        host = rel.get("host_id")
        for a in rel["actor_ids"]:
            actor = actors.get(a, {})
            if actor.get("_guessed") and any(
                    b != a and actors.get(b, {}).get("country") == actor["country"]
                    and envoy_title(actors.get(b, {}).get("title")) for b in rel["actor_ids"]):
                actor["country"], actor["_guessed"] = None, False
            elif actor.get("_guessed") and host and host != a and host in rel["actor_ids"] \
                    and actors.get(host, {}).get("country") == actor["country"]:
                # "The Amir received X, Foreign Minister": a guest the host receives comes from elsewhere
                actor["country"], actor["_guessed"] = None, False
            elif actor.get("_guessed") and rel["predicate"] in REMOTE_TYPES | {"correspondence"} and any(
                    b != a and actors.get(b, {}).get("country") == actor["country"] and not actors.get(b, {}).get("_guessed")
                    for b in rel["actor_ids"]):
                # "The Amir sent a cable to the King of Tonga ... prosperity for Tonga": a letter or a
                # call goes to another state than the writer's, however often the article names it
                actor["country"], actor["_guessed"] = None, False


def gatherings(text: str) -> list[tuple[str, geo.Place]]:
    """Where the summits, conferences and games a text names are held: "the summit in Rome",
    "the Leaders' Meeting in Peru's city of Trujillo", "the Tokyo Olympics"; not one of another
    time ("the last EU summit in Brussels")."""
    found = []
    for m in _GATHERING_AFTER.finditer(text):
        place = geo.geocode(m.group("place"))
        if place is not None and place.country and not _ANOTHER_TIME.search(text[:m.start()]):
            found.append((m.group("place").rstrip("."), place))
    for m in _GATHERING_BEFORE.finditer(text):
        if _ANOTHER_TIME.search(text[:m.start()]):
            continue
        words = m.group("words").split()
        word = next((w for w in words if geo.is_well_known_city(w)), None) \
            or next((w for w in words if geo.is_area(w)), None)      # "the Kerala Investment Summit"
        place = geo.geocode(word) if word is not None else None
        if place is not None:
            found.append((word, place))
    return found


def _written_city(place, text: str, countries: list[str]):
    """Keep the article's spelling of a city the gazetteer knows by another name
    ("Naypyitaw" for "Nay Pyi Taw", "Kiev" for "Kyiv"), in its usual English form ("New York",
    not "New York City": ``geo.USUAL_NAMES``)."""
    if place is None or place.kind != "city" or not place.city:
        return place
    head = text.split(",")[0].strip()
    head = head[4:] if head.lower().startswith("the ") else head
    if head.endswith(".") and "." not in head[:-1]:
        head = head[:-1]        # "... a visit to the city of Beijing.": the sentence's full stop
    if head != place.city and head.istitle() and geo.geocode(head, countries) == place:
        place = dataclasses.replace(place, city=head)
    return dataclasses.replace(place, city=geo.USUAL_NAMES.get(place.city, place.city))


_BUILDINGS = {"palace", "castle", "mansion", "residence", "diwan", "palais", "hotel", "airport", "stadium"}
_OCCASIONS = {"ceremony", "festival", "parade", "celebration", "celebrations", "anniversary",
              "chairmanship", "chairship"}      # ("Kazakhstan's OSCE Chairmanship": a term of office)


def not_a_party(name: str | None) -> bool:
    """News outlets ("Xinhua", "Reuters"), buildings that stand for an office ("Cheong Wa
    Dae", "the Amiri Diwan", "the National Palace"), nationality adjectives ("Saudi-American"),
    bodies named by their kind alone ("Cabinet", "the Government"), offices no name fills ("the
    Minister of Foreign Affairs") and occasions ("a State Welcoming Ceremony") are never parties
    to a meeting."""
    if not name or not name.strip():
        return True
    key = re.sub(r"^the\s+", "", name.strip().lower())
    if key in lexicon.words("media.txt") or geo.is_venue(name) or key.split()[-1] in _BUILDINGS | _OCCASIONS:
        return True         # (also "a State Welcoming Ceremony for X": an occasion, no party)
    if _region_word(key):
        return True         # "West African" (leaders), "European", "Middle Eastern"
    if key in _GENERIC_BODIES:
        return True         # "met the Prime Minister and Cabinet": a body no name singles out
    if _only_an_office(key):
        return True         # "the Minister of Foreign Affairs": an office no name fills
    parts = [w for w in re.split(r"[-\u2013\s]+", name) if w]
    return len(parts) >= 2 and "-" in name and all(geo.country_code(w) for w in parts)


def _only_an_office(key: str) -> bool:
    """Whether a party's name is a title and its portfolio, with no name ("Minister of Foreign
    Affairs", "Deputy Prime Minister")."""
    words = [w for w in re.split(r"[\s,]+", key) if w and w not in ("of", "the", "and", "for", "&")]
    titles, portfolios = lexicon.words("titles.txt"), lexicon.words("portfolios.txt")
    return bool(words) and any(w in titles for w in words) and all(w in titles or w in portfolios for w in words)


_GENERIC_BODIES = {"cabinet", "government", "parliament", "senate", "congress", "assembly", "council",
                   "committee", "ministry", "delegation", "administration", "embassy"}


def _region_word(key: str) -> bool:
    """A world region or its adjective ("west africa", "west african", "european", "middle
    eastern", "balkan"), lowercase."""
    regions = lexicon.words("regions.txt")
    cut = 3 if key.endswith("ern") else 2 if key.endswith("ean") else 1 if key.endswith("n") else 0
    return any(form in regions for form in (key, key[:len(key) - cut], key + "s"))


def known(actor: dict, kb: knowledge.KnowledgeBase, day: dt.date | None) -> None:
    """Fill what the text leaves unsaid of a person from the office they held at ``day``
    (the publication date): country (or organisation), title; and set ``actor_key``, the
    knowledge base's id, else the folded name. What the text states is never replaced."""
    actor["actor_key"] = knowledge.key_for(actor.get("name"))
    if actor.get("kind") == "state" and actor.get("country"):
        actor["actor_key"] = actor["country"]
    if actor.get("kind") != "person":
        return
    names = [actor.get("name")]
    if actor.get("title"):
        names.append(f"{actor['title']} {actor.get('name')}")       # "King Abdullah", "Pope Francis"
    office = kb.lookup(names, day, actor.get("country"), actor.get("title"))
    if office is not None:
        actor["actor_key"] = office.actor_id
    if office is not None and (day is None or office.distance(day) <= KB_SLACK_DAYS):
        # (else not in office then: a former or future holder)
        if actor.get("country") and not actor.get("title") and office.country and not office.org \
                and office.country != actor["country"] and day is not None and office.covers(day) \
                and len((actor.get("name") or "").split()) >= 2:
            # a serving head of state, government or foreign ministry under their full name, and
            # a country the text gives with no office of theirs: read beside the name, it belongs
            # to someone else ("the ministers of Brazil, Australia and the United States - A, B
            # and C"); a stated office ("Kenyan envoy X") keeps its country
            actor["country"] = office.country
        if not actor.get("country") and not actor.get("org"):
            actor["country"], actor["org"] = office.country, office.org
        elif not actor.get("country") and office.country and not office.org:
            actor["country"] = office.country           # a state's officer, whatever party the text names
        if not actor.get("title") and (office.country == actor.get("country") or office.org == actor.get("org")):
            actor["title"] = office.role
    elif office is not None and not actor.get("country") and office.country and not office.org \
            and kb.one_state(office.actor_id) and not _FORMER.search(actor.get("title") or ""):
        # between two of their state's offices ("Wang Yi, director of the party's foreign affairs
        # office"): still that state's official, though not in an office the base lists
        actor["country"] = office.country
    if not actor.get("country") and actor.get("org"):
        actor["country"] = org_country(actor["org"])
    if not actor.get("country") and not actor.get("org"):
        actor["country"] = lexicon.state_of_title(actor.get("title"))     # "Secretary of State X"


_LED_BY = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?) (?:government |parliamentary |business |military |high-level |"
                     r"official |trade )?(?:delegation|team|mission|side) (?:led|headed) by\b(?P<rest>.{0,80})")


# "a delegation of Peru's parliament led by X", "a delegation from the Chilean Senate headed by X"
_DELEGATION_OF = re.compile(r"\b(?:delegation|team|mission) (?:of|from) (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)"
                            r"(?:['’]s?)?(?: [\w-]+){0,3} (?:led|headed) by\b(?P<rest>.{0,80})")


def _delegation_country(name: str, ctx: "_DocContext") -> str | None:
    """ "the visiting Japanese delegation led by Taro Yamada": the delegation's state is its head's."""
    return next((code for code, rest in ctx.delegations if name and name in rest
                 and _titles_only(rest[:rest.find(name)])), None)


def _titles_only(words: str) -> bool:
    """Whether what stands between "led by" and a name is only its title ("Deputy Foreign
    Minister", "the Speaker of Parliament"), not a clause that names someone else ("Taro Yamada
    met President")."""
    return all(w[:1].isupper() or w in ("the", "of", "and", "for", "to", "&") for w in re.findall(r"[\w'’.-]+", words))


_FORMER = re.compile(r"\b(?:former|ex|late|then)\b", re.I)
_ORG_OF_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*$")
_OF_NAME = re.compile(r"\bof\s+(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=\s*(?:\(|,|$|\s+[A-Z(]))")


def org_country(org: str) -> str | None:
    """The state an organisation belongs to when its name says so: "Communist Party of
    China", "the South African Communist Party", "Chinese conglomerate Wanda"; not
    "Organization of American States"."""
    for of in re.finditer(r"\bof\s+", org):
        code = geo.country_code(org[of.end():].strip())     # "National Assembly of the Republic of Korea"
        if code:
            return code
    m = _ORG_OF_COUNTRY.search(org)
    if m:
        return geo.country_code(m.group(1))
    for m in _OF_NAME.finditer(org):        # "Political Bureau of the Communist Party of China (CPC) ..."
        code = geo.country_code(m.group(1))
        if code:
            return code
    words = org.split()
    for n in (3, 2, 1):
        if len(words) > n:
            code = geo.country_code(" ".join(words[:n]))
            if code:
                return code
    return None


def _participant(actor: dict) -> dict:
    kind = actor.get("kind")
    return {
        "name": actor.get("name"),
        "title": actor.get("title"),
        "country": actor.get("country"),
        "org": actor.get("name") if kind == "organization" else actor.get("org"),
        "actor_id": actor.get("actor_id"),
        "actor_key": actor.get("actor_key") or knowledge.key_for(actor.get("name")),
    }


def _fill_counterpart_titles(participants: list[dict]) -> None:
    """ "his Brazilian counterpart X": X holds the same office as the other party."""
    for p in participants:
        if p["title"] and p["title"].lower() == "counterpart":
            others = [q["title"] for q in participants if q is not p and q["title"]
                      and q["title"].lower() != "counterpart"]
            p["title"] = others[0] if others else None


_YEAR = re.compile(r"(?<![\w-])(?<!by )(?<!until )(?<!before )((?:19[5-9]|20\d)\d)(?![\w-])")


def _sentence_trip(text: str) -> str | None:
    """The first place a sentence says someone travels to ("will visit Qatar", "arrived in
    Hanoi"), if the gazetteer knows it."""
    for m in _TRIP.finditer(text):
        if _another_trip(text, m):
            continue            # "less than a month after his visit to Beijing": not this meeting's trip
        if geo.geocode(m.group(1)) is not None:
            return m.group(1)
    return None


def _another_trip(text: str, trip: re.Match) -> bool:
    """Whether a journey a sentence names is before or after the one it reports ("after his
    visit to Beijing", "ahead of her trip to Tokyo"); arriving is how a trip begins ("after
    arriving in Manila, he met ...")."""
    return not trip.group(0).lower().startswith("arriv") and bool(_OTHER_TRIP.search(text[:trip.start()]))


def _named_year(text: str) -> int | None:
    """The first year a text names as such ("the 2018 Beijing Summit", "in 2016"), not a
    deadline ("by 2030")."""
    m = _YEAR.search(text)
    return int(m.group(1)) if m else None


# A sentence that opens on the interaction just reported: "The talks took place on Wednesday",
# "Their meeting, on Tuesday, lasted two hours"
_SAME_MEETING = re.compile(r"^\W*(?:the|their|this|that)\s+(?:two\s+(?:leaders|sides|ministers)['\u2019]\s+)?"
                           r"(?:bilateral\s+|official\s+|closed-door\s+|first\s+|latest\s+)?"
                           r"(?:meeting|talks|call|phone\s+call|telephone\s+call|conversation|discussions?|encounter"
                           r"|(?:written\s+)?(?:message|letter)\s+was\s+(?:presented|handed|delivered|conveyed|sent))\b",
                           re.IGNORECASE)
# ... or on the parties to it, going on about it: "The two leaders discussed trade on Tuesday"
# (not "The two leaders will meet again on Friday", "Both sides last met in May")
_SAME_PARTIES = re.compile(r"^\W*(?:the\s+two|both)\s+(?:leaders|sides|ministers|presidents|premiers|prime\s+ministers|"
                           r"heads\s+of\s+state|officials|diplomats|men|women)\b(?!\s+(?:will|would|are|were|had|have|"
                           r"last|previously|also|again|first|later|then|could|may|might|should)\b)", re.IGNORECASE)


_NATIONAL_OFFICES = {"president", "minister", "premier", "king", "queen", "amir", "emir", "sultan", "chancellor",
                     "taoiseach", "monarch", "prince", "speaker"}


# a body of a state (a person of it serves that state): "Senate", "National Assembly", "Supreme Court"
_STATE_BODY = re.compile(r"\b(?:senate|parliament|congress|national assembly|assembly|supreme court|"
                         r"constitutional court|cabinet|government|ministry)\b", re.I)


def _stated_others(p: dict, participants: list[dict], actors: dict[str, dict]) -> set[str]:
    """The countries of the other participants that the text states (not guessed)."""
    return {q["country"] for q in participants if q is not p and q["country"]
            and not actors.get(q["actor_id"], {}).get("_guessed")}


def _national_office(title: str | None) -> bool:
    """Whether a title is an office of a state ("Prime Minister", "Minister of Foreign Affairs",
    "Foreign Secretary"), not of an organisation ("Secretary-General", "Chairperson")."""
    words = set(re.findall(r"[a-z]+", (title or "").lower()))
    return bool(words & _NATIONAL_OFFICES or {"foreign", "secretary"} <= words) \
        and not words & {"general", "commission", "commissioner", "chairperson", "chairman", "former", "ex"}


def _next_sentence_date(sent_id: int, ctx: _DocContext, tense: str):
    """(text, date) of the day the next sentence gives the interaction when it opens on it."""
    following = ctx.sentences.get(sent_id + 1, {}).get("text", "")
    if not (_SAME_MEETING.match(following) or _SAME_PARTIES.match(following)):
        return None, None
    for text in ctx.dates_by_sent.get(sent_id + 1, []):
        resolved = ctx.resolve(text, tense)
        if resolved is not None and resolved.precision == "day":
            return text, resolved
    return None, None


def _context_date(sent_id: int, ctx: _DocContext, reach: int = CONTEXT_SENTENCES, tense: str = "past"):
    for sid in range(sent_id - 1, max(-1, sent_id - 1 - reach), -1):
        for text in ctx.dates_by_sent.get(sid, []):
            # a day borrowed from an earlier sentence is that sentence's: resolved in its tense ("X
            # received Y on Monday. He will also meet Z": the Monday past, whatever is to come)
            resolved = ctx.resolve(text, _tense_of(ctx.sentences.get(sid, {}).get("text", ""), tense))
            if resolved and resolved.precision == "day":
                return text, resolved
    return None, None


_FUTURE = re.compile(r"\b(?:will|shall|'ll|is to|are to|(?:is|are) (?:scheduled|expected|due|set|slated) to|"
                     r"(?:is|are) going to|plans? to|tomorrow|next (?:week|month))\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|met|held|received|arrived|visited|said|told|spoke|discussed|signed|"
                   r"welcomed|hosted|paid|left|returned|called|agreed|began|started|ended|concluded)\b", re.I)


def _tense_of(text: str, default: str) -> str:
    """The tense a sentence tells in: future with a word of what is to come, past with a past
    form and none of those, else ``default``."""
    if _FUTURE.search(text):
        return "future"
    return "past" if _PAST.search(text) else default


def _context_place(sent_id: int, ctx: _DocContext, countries: list[str]) -> str | None:
    for sid in range(sent_id - 1, max(-1, sent_id - 1 - CONTEXT_SENTENCES), -1):
        if ctx.dateline_place and not _ABOUT_A_MEETING.search(ctx.sentences.get(sid, {}).get("text", "")):
            continue        # "... asked about the attack in X.": the dateline says more of where they met
        for text in ctx.places_by_sent.get(sid, []):
            place = geo.geocode(text, countries)
            if place is not None and place.city:
                return text
    return None


def cameo_code(typ: str, status: str, participants: list[dict], country: str | None) -> str:
    """CAMEO 04x consult codes from the type, status and where the event took place.

    036 intent to meet (planned), 041 telephone, 043 the first party hosts (the place is in
    its country), 042 the first party visits (the place is in the second party's country),
    044 a third location, 040 otherwise.
    """
    if status == "planned":
        return CAMEO["intent"]
    if typ in ("phone_call", "video_call"):
        return CAMEO["phone"]
    if typ != "meeting" or country is None or len(participants) < 2:
        return CAMEO["consult"]
    first, second = participants[0]["country"], participants[1]["country"]
    if first == country:
        return CAMEO["host"]
    if second == country:
        return CAMEO["visit"]
    if first and second:
        return CAMEO["third"]
    return CAMEO["consult"]
