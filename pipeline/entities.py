"""Stage 3, entities: parses -> entities + actors.

Input  ``sentences`` (schemas.SENTENCES), ``parses`` (schemas.PARSES)
Output ``entities`` (schemas.ENTITIES): doc_id, sent_id, ent_id, text, label, start_char,
       end_char, actor_id
       ``actors``   (schemas.ACTORS):   doc_id, actor_id, name, kind, title, country, org

Named-entity mentions from the spaCy parse are repaired with the lexicons in ``models/``
(a country name is a GPE whatever the tagger said, "Han" is a PERSON once "Han Zheng"
appears, an organisation name runs on through "for Peace and Development"), then
grouped into document-level actors: a surname joins the full name, an acronym joins the
name it abbreviates, a country name or demonym joins its state. Each person gets a title,
a country and an organisation from the words around its mentions ("Chinese Vice
President Han Zheng", "Wang Yi, Chinese State Councilor and Foreign Minister", "Jeremiah
Manele of the Solomon Islands").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyarrow as pa
from spacy.tokens import Doc, Span, Token

from . import dates, geo, knowledge, lexicon, schemas
from .nlp import HYPHENATED_GIVEN_NAME
from .sentences import docs_by_id

INPUTS = (schemas.SENTENCES, schemas.PARSES)
OUTPUTS = (schemas.ENTITIES, schemas.ACTORS)

ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
KEEP_LABELS = ACTOR_LABELS | {"FAC", "LOC", "DATE", "TIME", "EVENT"}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")
_POSSESSIVE = {"'s", "’s", "'", "’"}
_JOINERS = {"of", "for", "and", "on", "the", "de", "del", "des", "du", "la", "&", "-"}


@dataclass
class Mention:
    start: int            # token offsets in the Doc
    end: int
    label: str
    text: str
    actor_id: str | None = None


@dataclass
class Actor:
    actor_id: str
    kind: str
    name: str
    tokens: frozenset[str] = frozenset()     # the name's words, and the parts of hyphenated ones
    title: str | None = None
    country: str | None = None
    org: str | None = None
    aliases: set[str] = field(default_factory=set)
    n_mentions: int = 0
    first: int = 0


def extract_entities(sentences: pa.Table, parses: pa.Table) -> dict[str, pa.Table]:
    """Find entity mentions and resolve them to document-level actors.

    Args:
        sentences: a ``SENTENCES`` table (gives each mention its sent_id).
        parses: a ``PARSES`` table.

    Returns:
        ``{"entities": ..., "actors": ...}``.
    """
    schemas.validate(sentences, schemas.SENTENCES)
    schemas.validate(parses, schemas.PARSES)
    starts: dict[str, list[int]] = {}
    for row in sentences.select(["doc_id", "start_char"]).to_pylist():
        starts.setdefault(row["doc_id"], []).append(row["start_char"])
    ent_rows, actor_rows = [], []
    for doc_id, doc in docs_by_id(parses):
        mentions, actors = analyse(doc)
        sent_starts = starts.get(doc_id, [0])
        for i, m in enumerate(mentions):
            span = doc[m.start:m.end]
            ent_rows.append({
                "doc_id": doc_id, "sent_id": _sent_of(sent_starts, span.start_char), "ent_id": i,
                "text": span.text, "label": m.label, "start_char": span.start_char,
                "end_char": span.end_char, "actor_id": m.actor_id})
        for a in actors:
            actor_rows.append({"doc_id": doc_id, "actor_id": a.actor_id, "name": a.name, "kind": a.kind,
                               "title": a.title, "country": a.country, "org": a.org,
                               "n_mentions": a.n_mentions})
    return {"entities": schemas.conform(ent_rows, schemas.ENTITIES),
            "actors": schemas.conform(actor_rows, schemas.ACTORS)}


def _sent_of(starts: list[int], char: int) -> int:
    import bisect

    return max(0, bisect.bisect_right(starts, char) - 1)


# ---------------------------------------------------------------- mentions

def analyse(doc: Doc) -> tuple[list[Mention], list[Actor]]:
    """Mentions (sorted by position) and the actors they resolve to, for one Doc."""
    mentions = _repair(doc, [_trimmed(ent) for ent in doc.ents if ent.label_ in KEEP_LABELS])
    mentions = _syllable_given_names(doc, [m for m in mentions if m is not None])
    # ("His Royal Highness", which the model or a repair may make a person, is a style of address)
    for m in mentions:
        if m is not None and m.end > m.start + 1 and doc[m.start].text in _POSSESSIVE:
            # "Nepal's Foreign Secretary A": no mention opens with the possessive, and what is
            # left of one may be only title words
            m.start += 1
            m.end = m.start if all(_is_title_word(t) for t in doc[m.start:m.end]) else m.end
            m.text = doc[m.start:m.end].text
    mentions = [m for m in mentions if m is not None and m.end > m.start
                and not (m.label == "PERSON" and all(t.lower_ in _STYLE_WORDS for t in doc[m.start:m.end]))
                and not _ordinal_of_office(doc, m)]
    mentions.sort(key=lambda m: (m.start, m.end))
    for m in mentions:
        if m.label == "PERSON" and _portfolio_of_title(doc, m.start, m.end):
            # "National Security Advisor Jake Collins", joined by a repair: the role leaves the name
            while m.start < m.end - 1 and (_portfolio_of_title(doc, m.start, m.end) or _is_title_word(doc[m.start])):
                m.start += 1
            m.text = doc[m.start:m.end].text
    for m in mentions:
        if m.label in ("PERSON", "ORG") and (_portfolio_goes_on(doc, m) or _portfolio_after_title(doc, m)):
            m.label = "LAW"     # (a portfolio's rest a repair cut out of a longer mention)
    mentions = _digraph_initials(doc, mentions)
    mentions = [m for m in mentions if not (m.label == "PERSON" and _government_of(doc, m))
                and not _RELEASE.match(m.text)]     # "Press Release - State House - Banjul": a page's label
    for m in mentions:
        while m.label == "PERSON" and m.end > m.start + 1 and doc[m.end - 1].text in _PLATFORMS:
            m.end -= 1          # "Photo: Daniel Roy Twitter": the account's platform, no part of the name
            m.text = doc[m.start:m.end].text
    for m, nxt in zip(mentions, mentions[1:]):
        if m.label == "PERSON" and nxt.label == "PERSON" and m.end - m.start == 1 \
                and 1 <= nxt.start - m.end <= 3 and all(_is_title_word(t) for t in doc[m.end:nxt.start]):
            m.label = "ORG"     # "Riigikogu speaker Mart Kivi": the body whose title the person holds
    actors = _resolve(doc, mentions)
    return mentions, actors


_RELEASE = re.compile(r"(?:press|news|media)\s+(?:release|statement|briefing)\b", re.I)


def _government_of(doc: Doc, m: Mention) -> bool:
    """ "officials of the Trump administration", "the Modi government": the government a person
    leads, not the person."""
    return m.end < len(doc) and doc[m.end].lower_ in _GOVERNMENTS and m.start > 0 and doc[m.start - 1].lower_ == "the"


def _syllable_given_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Park Min-ho", "Kim Dae-jung": a capitalised word and a given name of hyphenated
    syllables after it are a person, whatever the tagger made of the word (a place, a body, or
    nothing: the one-token given name is a shape it rarely saw)."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not HYPHENATED_GIVEN_NAME.fullmatch(tok.text) or not prev.is_title or not prev.whitespace_ \
                or _is_title_word(prev) or prev.lower_ in _HYPHEN_SUFFIXES:
            continue
        if any(m.start <= tok.i < m.end for m in mentions):
            continue        # (a name the tagger found whole)
        before = [m for m in mentions if m.start <= prev.i < m.end]
        if before and before[0].end == tok.i and (before[0].label == "PERSON" or before[0].end - before[0].start <= 2
                                                  and before[0].label in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT")):
            before[0].label, before[0].end = "PERSON", tok.i + 1      # ("Choi" + "Min-jae", "Park" read as a body)
            before[0].text = doc[before[0].start:before[0].end].text
        elif not before:
            mentions.append(Mention(prev.i, tok.i + 1, "PERSON", doc[prev.i:tok.i + 1].text))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def _digraph_initials(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "Kh. Battulga", "Ts. Elbegdorj": a Mongolian initial and the name after it are one person,
    whichever of the two the tagger took for a person."""
    def initial(i: int) -> bool:
        return i + 2 < len(doc) and doc[i].is_title and doc[i].lower_ in knowledge.DIGRAPH_INITIALS \
            and doc[i + 1].text == "." and doc[i + 2].is_title
    if not any(t.lower_ in knowledge.DIGRAPH_INITIALS for t in doc):
        return mentions         # (most documents: nothing to do)
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label == "PERSON" and m.start >= 2 and initial(m.start - 2) and m.start - 2 not in taken:
            m.start -= 2                                # the name tagged, its initial not
            m.text = doc[m.start:m.end].text
        elif m.end - m.start == 1 and initial(m.start) and m.end + 1 not in taken:
            end = m.end + 1                             # the initial tagged, the name not
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end not in taken:
                end += 1
            m.label, m.end, m.text = "PERSON", end, doc[m.start:end].text
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for i in range(len(doc)):
        if initial(i) and not taken & {i, i + 2}:      # neither tagged ("Ts. Bold")
            end = i + 2
            while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "ADJ", "NOUN") \
                    and end not in taken and end - i < 5:
                end += 1
            mentions.append(Mention(i, end, "PERSON", doc[i:end].text))
    out: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if out and out[-1].label == "PERSON" and initial(out[-1].start) and out[-1].end == m.start - 1 \
                and m.label == "PERSON" and out[-1].end - out[-1].start == 1:
            out[-1].end, out[-1].text = m.end, doc[out[-1].start:m.end].text     # both tagged, apart
            continue
        out.append(m)
    return out


_ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
             "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"}


def _ordinal_of_office(doc: Doc, m: Mention) -> bool:
    """Whether a "name" is the ordinal before an office ("Zambia's Fourth Republican President
    X", "the Fifth President"): which holder someone is, no one's name."""
    words = doc[m.start:m.end]
    return m.label in ("PERSON", "ORG") and words[0].lower_ in _ORDINALS and len(words) <= 2 \
        and m.end < len(doc) and _is_title_word(doc[m.end])


_PLATFORMS = {"Twitter", "Facebook", "Instagram", "YouTube", "LinkedIn", "TikTok", "Weibo", "Telegram"}
_GOVERNMENTS = {"administration", "government", "regime", "era", "cabinet", "camp"}


def _trimmed(ent: Span) -> Mention | None:
    doc = ent.doc
    start, end = ent.start, ent.end
    while start < end and doc[start].lower_ in ("the", "a", "an", "of", "for", "and"):
        start += 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct
                           or doc[end - 1].pos_ in ("ADP", "DET", "CCONJ")):
        end -= 1
    for i in range(start, end):
        if doc[i].text == "(":
            end = i
            break
        if ")" in doc[i].text:              # "Nairobi (KNA)- Ghanaian": the tail of a credit line
            start = i + 1
    while start < end and doc[start].is_punct:
        start += 1
    label = ent.label_
    if start < end and (doc[start].text.startswith("@") or start > 0 and doc[start - 1].text == "@"):
        return None             # "@StateHouseKE": a social-media handle, no name
    if label == "ORG" and start < end and doc[start].text in CAPITAL_HONORIFICS:
        if end - start == 1:
            return None         # "HRH" alone: a form of address, no organisation
        label = "PERSON"        # "HRH Prince Faisal bin Nasser", tagged ORG for its capitals: a person addressed
    if label == "PERSON":
        # "Ruto Holds", "Rejects Talks": a title-case headline's verb or noun ends the name
        end = next((i for i in range(start, end) if doc[i].text[:1].isupper()
                    and doc[i].lower_ in lexicon.words("headline_words.txt")), end)
        while start < end and (_is_honorific(doc[start].lower_) or doc[start].text in CAPITAL_HONORIFICS
                               or _is_title_word(doc[start]) or _portfolio_of_title(doc, start, end)
                               or doc[start].lower_ in _JOINERS
                               or (doc[start].text[:1].isupper() and geo.country_code(doc[start].text))):
            if start > 0 and doc[start - 1].lower_ in _SHEIKHS and not _is_honorific(doc[start].lower_) \
                    and doc[start].is_title and end - start >= 2:
                break           # "Sheikh Sultan bin Khalid": after "Sheikh" comes a given name, title or not
            if _country_given_name(doc, start, end):
                break           # "Foreign Minister Israel Katz": a given name
            start += 1
        if start < end and _org_like(doc[start:end].text):
            label = "ORG"       # "the Chairperson of African Union Commission" tagged PERSON
        if end - start == 1 and doc[start].lower_ in _TITLE_SPELLINGS and start > 0 and doc[start - 1].text == "," \
                and end < len(doc) and doc[end].lower_ == "of" \
                and any(geo.country_code(doc[end + 1:end + 1 + k].text.removeprefix("the ")) for k in range(1, 6)):
            return None         # "A, Amir of the State of Qatar": a ruler's style set off after the name
    if end <= start:
        return None
    return Mention(start, end, label, doc[start:end].text)


def _portfolio_of_title(doc: Doc, i: int, end: int) -> bool:
    """Whether token ``i`` opens a run of portfolio words that a title word ends before the name
    ("National Security Advisor Jake Collins", "Homeland Security Secretary A B")."""
    portfolios = lexicon.words("portfolios.txt")
    k = i
    while k < end and doc[k].lower_ in portfolios:
        k += 1
    return k > i and k < end - 1 and _is_title_word(doc[k])


def _credited_agency(doc: Doc, m: Mention) -> bool:
    """Whether a mention is the news agency a dateline credits ("Hanoi (VNA) - ...", "NAIROBI
    (KNA) --"): in parentheses after a place, a dash after them. A source, never a party."""
    return m.label in ("ORG", "PERSON", "NORP", "GPE") and 2 <= m.start and m.end + 1 < len(doc) \
        and doc[m.start - 1].text == "(" and doc[m.end].text == ")" and doc[m.end + 1].text in _DASHES \
        and (doc[m.start - 2].ent_type_ in ("GPE", "LOC", "FAC") or doc[m.start - 2].is_upper)


def _dateline_place(doc: Doc, m: Mention) -> bool:
    """Whether a mention opening a line is a known place followed by an agency's credit and a
    dash ("Brasilia (AFP) -", "Quito (EFE) --"), or a place in capitals followed by a date
    ("LIMA, 3 Jun. President X ...")."""
    if not (m.start == 0 or doc[m.start - 1].is_space or "\n" in doc[m.start - 1].text_with_ws) \
            or m.end + 3 >= len(doc):
        return False
    if doc[m.end].text == "," and m.text.isupper() and (doc[m.end + 1].ent_type_ == "DATE" or doc[m.end + 1].like_num) \
            and geo.geocode(m.text.title()) is not None:
        return True
    if doc[m.end].text != "(":
        return False
    close = next((k for k in range(m.end + 1, min(m.end + 5, len(doc))) if doc[k].text == ")"), None)
    return close is not None and close + 1 < len(doc) and doc[close + 1].text in _DASHES \
        and geo.geocode(m.text) is not None


# The words of a style of address ("His Royal Highness", "Her Majesty")
_STYLE_WORDS = {"his", "her", "their", "royal", "highness", "highnesses", "majesty", "majesties", "excellency",
                "excellencies", "serene", "imperial", "eminence", "holiness", "beatitude"}


# "HE President X", "HH the Amir": forms of address written in capitals without periods, which
# in lowercase would be words ("he")
CAPITAL_HONORIFICS = {"HE", "HH", "HRH", "HM", "HSH", "HIH"}


def _is_honorific(word: str) -> bool:
    """A form of address ("Mr", "H.E.", "Alhaji"), lowercase: not a role, not part of a name."""
    return word in lexicon.words("honorifics.txt")


def _is_title_word(tok: Token) -> bool:
    word = tok.lower_.strip(".")
    titles = _title_words()
    if word == "first":         # "First Lady", "First Deputy Prime Minister"
        return tok.i + 1 < len(tok.doc) and _is_title_word(tok.nbor())
    return word in titles or tok.lower_ in titles or (word.endswith("s") and word[:-1] in titles)


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    out = set()
    for phrase in lexicon.words("titles.txt"):
        out.update(re.split(r"[\s]+", phrase))
    # "first" begins a title ("First Lady", "First Minister") but alone is no role ("for the first time")
    return frozenset(out - _JOINERS - {"to", "a", "an", "first"})


def _ends_title(doc: Doc, i: int) -> bool:
    """Whether a title ends at token i: a role word ("Minister", "Chairman"), or a word that is
    only part of a title where the title is whole ("Secretary of State", not "the State Great
    Khural")."""
    tok = doc[i]
    if not _is_title_word(tok):
        return False
    if tok.lower_.strip(".") not in _title_modifiers():
        return True
    return any(doc[j:i + 1].text.lower() in lexicon.words("titles.txt") for j in range(max(0, i - 3), i))


@lru_cache(maxsize=1)
def _title_modifiers() -> frozenset[str]:
    """Words of titles that never end one ("state" of "secretary of state", "foreign", "vice")."""
    heads, parts = set(), set()
    for phrase in lexicon.words("titles.txt"):
        words = phrase.split()
        if "of" in words:
            heads.add(words[words.index("of") - 1])
            parts.update(words[words.index("of") + 1:])
        else:
            heads.add(words[-1])
            parts.update(words[:-1])
    return frozenset(parts - heads)


def _org_like(text: str) -> bool:
    words = {w.lower().strip(".,") for w in text.split()}
    return bool(words & lexicon.words("org_words.txt")) or bool(_ACRONYM.match(text))


def _holidays(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A named day ("New Year's Day", "Boxing Day", "Easter Sunday") is a date, however the
    model tagged it (an event, nothing, or only its weekday)."""
    firsts = _holiday_first_words()
    for i in range(len(doc)):
        if doc[i].lower_ not in firsts:
            continue
        for n in (4, 3, 2, 1):          # "New Year 's Day": four tokens
            span = doc[i:i + n]
            if i + n > len(doc) or not span[0].is_title or span.text.lower() not in dates.HOLIDAY_NAMES:
                continue
            inside = [m for m in mentions if m.start < i + n and i < m.end]
            if all(i <= m.start and m.end <= i + n and m.label != "DATE" or m.label == "DATE" and m.end - m.start < n
                   for m in inside):          # (not a date the model already read whole)
                mentions = [m for m in mentions if m not in inside] + [Mention(i, i + n, "DATE", span.text)]
            break
    return mentions


@lru_cache(maxsize=1)
def _holiday_first_words() -> frozenset[str]:
    return frozenset(name.split()[0] for name in dates.HOLIDAY_NAMES)


def _whole_dates(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A weekday and the date after it, which the model tags apart ("Tuesday, 15 December",
    "Friday, July 5"), are one date: the weekday alone would be read as the nearest Tuesday."""
    mentions = sorted(mentions, key=lambda m: m.start)
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.label == m.label == "DATE" and doc[prev.end - 1].lower_ in dates.WEEKDAYS \
                and all(t.text == "," for t in doc[prev.end:m.start]) and m.start - prev.end <= 1 \
                and any(t.like_num for t in doc[m.start:m.end]):
            prev.end = m.end
            prev.text = doc[prev.start:prev.end].text
            continue
        if m.label == "DATE" and all(t.like_num or t.text in _DASHES for t in doc[m.start:m.end]) \
                and m.end < len(doc) and dates.is_month_name(doc[m.end].text):
            m.end += 1          # "On 26-27 May": the days the model tagged without their month
            m.text = doc[m.start:m.end].text
        if m.label == "DATE" and m.start > 0 and dates.is_month_name(doc[m.start].text) \
                and doc[m.start - 1].is_digit and 1 <= int(doc[m.start - 1].text) <= 31 \
                and not (prev is not None and prev.end > m.start - 1):
            m.start -= 1        # "(5 February 2018)": the day the model left out of the date
            m.text = doc[m.start:m.end].text
        out.append(m)
    return out


def _repair(doc: Doc, mentions: list[Mention | None]) -> list[Mention]:
    mentions = [m for m in mentions if m is not None and not _credited_agency(doc, m)]
    for m in list(mentions):
        if m.label == "ORG" and m.end - m.start >= 3 and not _org_like(m.text) and not geo.country_code(m.text):
            for k in range(min(3, m.end - m.start - 2), 0, -1):       # "Saudi Arabia", not "Saudi"
                if geo.country_code(doc[m.start:m.start + k].text):
                    mentions.append(Mention(m.start, m.start + k, "GPE", doc[m.start:m.start + k].text))
                    m.start += k
                    m.label = "PERSON"
                    m.text = doc[m.start:m.end].text
                    break
        elif m.label == "GPE" and m.end - m.start >= 4 and not geo.country_code(m.text):
            # "President of the Republic of Latvia Edgars Liepins" tagged as one place: the
            # country, then the person
            for k in range(m.end - m.start - 2, 0, -1):
                if geo.country_code(doc[m.start:m.start + k].text) \
                        and all(_name_word(t) or _name_hyphen(t) for t in doc[m.start + k:m.end]):
                    mentions.append(Mention(m.start + k, m.end, "PERSON", doc[m.start + k:m.end].text))
                    m.end = m.start + k
                    m.text = doc[m.start:m.end].text
                    break
    for m in mentions:
        if m.label in ("DATE", "TIME") and _place_read_as_date(doc, m):
            m.label = "GPE"         # "arrived in Montevideo on Monday" with the city tagged a date
        if m.label in ("PERSON", "ORG", "NORP") and _dateline_place(doc, m):
            m.label = "GPE"         # "Brasilia (AFP) -": the place a story is filed from
        elif m.label in ("PERSON", "ORG") and doc[m.end - 1].lower_ in _GATHERING_NAMES:
            m.label = "EVENT"       # "the Leaders Summit", "a Leaders Teleconference Meeting": no party
        elif m.label in ("PERSON", "ORG") and m.end - m.start >= 2 and doc[m.end - 1].lower_ in _BUILT_NAMES:
            m.label = "FAC"         # "the China-Pakistan Economic Corridor": something built, no party
        elif m.label in ("PERSON", "ORG") and m.start >= 2 and doc[m.start - 1].lower_ in geo.BUILDING_WORDS \
                and doc[m.start - 1].is_lower and any(t.lower_ in ("at", "in", "to", "from") for t in doc[max(0, m.start - 5):m.start - 1]):
            m.label = "FAC"         # "at her official residence Ganabhaban": the building's name
        elif m.label in ("PERSON", "ORG") and m.end - m.start >= 2 and doc[m.end - 1].lower_ in _AGREED_NAMES:
            m.label = "LAW"         # "the Minsk Agreement", "the Paris Declaration": no party
        elif m.label in ("NORP", "GPE", "PERSON", "ORG", "LOC", "FAC") and geo.country_code(m.text):
            m.label = "NORP" if m.label == "NORP" or doc[m.end - 1].pos_ == "ADJ" else "GPE"
        elif m.label in ("GPE", "LOC", "ORG", "FAC") and (country_start := _title_of_country(doc, m)):
            m.start = country_start     # "the King of Jordan" tagged as a place: the country
            m.label, m.text = "GPE", doc[m.start:m.end].text
        elif m.label in ("ORG", "FAC") and _org_like(m.text):
            m.label = "ORG"
            _extend_org(doc, m)
        elif m.label in ("ORG", "GPE", "LOC", "NORP", "FAC") and _addressed(doc, m):
            m.label = "PERSON"      # "the Honourable Ana Vidal", "H.E. Omar Diallo" tagged as an organisation
        elif m.label in ("ORG", "GPE", "LOC", "FAC") and _looks_like_person(doc, m) and geo.geocode(m.text) is None:
            m.label = "PERSON"
        elif m.label in ("ORG", "GPE", "LOC", "NORP") and _set_off_name(doc, m) and geo.geocode(m.text) is None:
            m.label = "PERSON"      # "from Dawit Bekele, Prime Minister of Ethiopia", "and Chile, Juan Soto,"
        elif m.label in ("GPE", "LOC") and _acts_as_person(doc, m) and geo.geocode(m.text) is None \
                and not _region(m.text):
            m.label = "PERSON"      # "Valdemar flew in from Lisbon": no place, a name tagged as one
        elif m.label == "ORG" and m.end - m.start >= 2 and (_acts_as_person(doc, m, _MEETING_PERSON_VERBS)
                                                            or _met_by_person(doc, m)) \
                and geo.geocode(m.text) is None and not lexicon.words("media.txt") & {m.text.lower()}:
            m.label = "PERSON"      # "Amara Kone met ...": a name the model read as an organisation
        elif m.label == "NORP" and m.end - m.start >= 2 and all(
                (_is_name_token(t) or t.ent_type_ == "NORP") and not _is_title_word(t) for t in doc[m.start:m.end]) \
                and _person_words(doc[m.start:m.end]):
            m.label = "PERSON"      # "Frans Timmermans" tagged as a nationality
        elif m.label == "PERSON" and _region(m.text):
            m.label = "LOC"         # "visited Africa"
        elif m.label == "PERSON" and m.start > 0 and (doc[m.start - 1].lower_ in ("in", "at", "of", "to", "from")
                                                      or doc[m.start - 1].lemma_.lower() == "visit"
                                                      or doc[m.start - 1].text == "," and m.start > 1
                                                      and doc[m.start - 2].ent_type_ == "FAC") \
                and geo.is_well_known_city(m.text):
            m.label = "GPE"         # "met in Windhoek", "Jubilee House, Accra": a city, whatever the tagger said
        elif m.label == "PERSON" and m.end - m.start == 1 and m.start > 1 and doc[m.start - 1].lower_ == "the" \
                and (doc[m.start - 2].lower_ in ("at", "in", "inside", "outside", "from")
                     or m.end < len(doc) and doc[m.end].is_lower and doc[m.end].pos_ == "NOUN" and "-" not in m.text) \
                and doc[m.start].lower_ not in _TITLE_SPELLINGS and not _is_title_word(doc[m.start]):
            m.label = "FAC"         # "received X at the Akorda", "the Akorda press service": no person
        elif m.label in ("PERSON", "ORG", "NORP") and m.end < len(doc) \
                and (_is_title_word(doc[m.end]) or doc[m.end].lower_ in lexicon.words("portfolios.txt")) \
                and all(t.lower_ in lexicon.words("portfolios.txt") or t.text == "," or t.lower_ in ("and", "&")
                        for t in doc[m.start:m.end]):
            m.label = "LAW"         # "Natural Resources, Environment and Climate Change Minister X": the title's
        elif m.label in ("PERSON", "ORG") and _portfolio_goes_on(doc, m):
            m.label = "LAW"         # "Minister of Foreign Affairs and [International Cooperation of Rwanda], X"
        elif m.label == "ORG" and (doc[m.start].lower_ in _DOCUMENTS or doc[m.start].lower_[:-1] in _DOCUMENTS):
            m.label = "LAW"         # "received Letters of Credence from ...": a document, no party
        elif m.label in ("PERSON", "ORG") and doc[m.end - 1].lower_ in _HONOURS:
            m.label = "LAW"         # "the Order of Freedom of Barbados Award": an honour conferred, no party
        elif m.label == "PERSON" and geo.is_venue(m.text):
            m.label = "FAC"         # "Cheong Wa Dae said": a presidential office
        elif m.label == "PERSON" and any(t.lower_ in lexicon.words("org_words.txt") or t.lower_ in _EVENT_WORDS
                                         for t in doc[m.start:m.end]):
            m.label = "ORG"         # "Beijing Summit", "-Africa Cooperation" tagged as persons
    # the same words the model tagged a person once and a place elsewhere, no place being known
    # by them: the person ("Valdemar arrived ..." then "... said Valdemar")
    named = {m.text for m in mentions if m.label == "PERSON"}
    # ... and a person's surname the model read as an organisation ("Foreign Secretary Ramon
    # Dizon-Alcaraz ..." then "Dizon-Alcaraz met ...")
    surnames = {doc[m.end - 1].text if doc[m.end - 2].text != "-" else doc[m.end - 3:m.end].text
                for m in mentions if m.label == "PERSON" and m.end - m.start >= 2}
    for m in mentions:
        if m.label in ("GPE", "LOC") and m.text in named and geo.geocode(m.text) is None:
            m.label = "PERSON"
        elif m.label == "ORG" and m.text in surnames and not _org_like(m.text) and not geo.country_code(m.text):
            m.label = "PERSON"
    mentions = _split_org_person(doc, mentions)
    mentions = _honours_set_off(doc, mentions)
    mentions = _without_time_zones(doc, mentions)
    mentions = _holidays(doc, mentions)
    mentions = _whole_dates(doc, mentions)
    mentions = _whole_country_names(doc, mentions)
    mentions = _untagged_countries(doc, mentions)
    mentions = _whole_place_names(doc, mentions)
    for m in mentions:
        if m.label in ("GPE", "LOC", "NORP", "FAC", "ORG") and _royal_name(doc, m):
            m.label = "PERSON"      # "Britain's Prince Edward", "Saudi Prince Turki" read as a place or a people
    mentions = [m for m in mentions if not (m.label in ("ORG", "PERSON") and all(
        _is_title_word(t) or t.is_punct for t in doc[m.start:m.end]))]
    # "Kuwait's Amir", "the Amir": the title, not a given name
    mentions = [m for m in mentions if not (
        m.label == "PERSON" and m.end - m.start == 1 and m.start > 0 and doc[m.start].lower_ in _TITLE_SPELLINGS
        and (doc[m.start - 1].lower_ == "the" or doc[m.start - 1].text in _POSSESSIVE))]
    mentions = _names_before_dash_country(doc, mentions)
    _names_after_titles(doc, mentions)
    _untagged_conjuncts(doc, mentions)
    _names_before_origin(doc, mentions)
    _merge_person_fragments(doc, mentions)
    mentions = _known_names(doc, mentions)
    for m in mentions:
        if m.label == "ORG" and m.end - m.start >= 2 and doc[m.start].lower_ in ("state", "government") \
                and doc[m.start + 1].lower_ in geo.BUILDING_WORDS and doc[m.start + 1].is_title:
            m.label = "FAC"         # "State House Entebbe", "Government House": a residence, no party
        elif m.label == "PERSON" and (doc[m.start].lower_ in geo.BUILDING_WORDS or (
                m.end - m.start >= 2 and doc[m.end - 1].is_title and doc[m.end - 1].lower_ in geo.BUILDING_WORDS)):
            m.label = "FAC"         # "House Entebbe" of "State House Entebbe", "Jubilee House": a building
        elif m.label == "PERSON" and _building_after(doc, m.end):
            m.end += 1              # "Blair" of "Blair House": the building, not the person
            m.text, m.label = doc[m.start:m.end].text, "FAC"
    for m in mentions:
        if m.label == "PERSON":
            _clean_name(doc, m)
            _hyphen_rest(doc, m, mentions)
            cut = next((i for i in range(m.start + 1, m.end) if doc[i].text in _DASHES and doc[i - 1].whitespace_), None)
            if cut is not None:             # "Kofi Mensah - Ghana's leader": the name ends at a spaced dash
                m.end = cut
                m.text = doc[m.start:m.end].text
    _between_persons(doc, mentions)
    # Single-word mentions of a surname or given name of a person named in full.
    person_words = {}
    for m in mentions:
        if m.label == "PERSON" and m.end - m.start > 1:
            for tok in doc[m.start:m.end]:
                person_words.setdefault(tok.lower_, m)
    # "a meeting between Lindqvist and Virtanen" tagged as one event: names of persons, not an event
    mentions = [m for m in mentions if not (m.label == "EVENT" and any(
        t.lower_ in person_words for t in doc[m.start:m.end]) and all(
        t.lower_ in person_words or t.lower_ in ("and", "&") or t.is_punct or _is_honorific(t.lower_)
        for t in doc[m.start:m.end]))]
    # "between Hudec and National Assembly Chairman X" tagged as one organisation: a person named
    # before, and the organisation
    for m in list(mentions):
        cut = next((t.i for t in doc[m.start + 1:m.end - 1] if t.lower_ == "and"), None) if m.label == "ORG" else None
        if cut is not None and all(t.lower_ in person_words for t in doc[m.start:cut]):
            mentions.append(Mention(m.start, cut, "PERSON", doc[m.start:cut].text))
            m.start = cut + 1
            m.text = doc[m.start:m.end].text
    taken = set()
    for m in mentions:
        taken.update(range(m.start, m.end))
        if m.end - m.start == 1 and m.label in ("NORP", "ORG", "GPE", "LOC", "FAC") \
                and doc[m.start].lower_ in person_words and not geo.country_code(m.text) \
                and not _ACRONYM.match(m.text):
            m.label = "PERSON"
    for tok in doc:
        if tok.i not in taken and (tok.pos_ == "PROPN" or tok.pos_ == "NOUN" and tok.is_sent_start and not tok.is_stop) \
                and tok.lower_ in person_words and tok.is_title \
                and not _is_title_word(tok):
            mentions.append(Mention(tok.i, tok.i + 1, "PERSON", tok.text))
    # Acronyms introduced in parentheses: "International Olympic Committee (IOC)".
    for tok in doc:
        if tok.text == "(" and tok.i + 2 < len(doc) and doc[tok.i + 2].text == ")" \
                and _ACRONYM.match(doc[tok.i + 1].text) and tok.i + 1 not in taken:
            acronym = Mention(tok.i + 1, tok.i + 2, "ORG", doc[tok.i + 1].text)
            if not _credited_agency(doc, acronym):
                mentions.append(acronym)
                taken.add(tok.i + 1)
    return mentions


def _place_read_as_date(doc: Doc, m: Mention) -> bool:
    """Whether a "date" is a well-known place's name: capitalised words only, no number and no
    word of time."""
    words = doc[m.start:m.end]
    if any(t.like_num or not t.is_title or dates.is_month_name(t.text) or t.lower_ in dates.WEEKDAYS
           or t.lower_ in _TIME_WORDS or t.lower_ in _holiday_first_words() for t in words):
        return False
    return geo.is_well_known_city(m.text) or geo.country_code(m.text) is not None


# (besides months, weekdays and holidays, which the dates module names)
_TIME_WORDS = {"today", "yesterday", "tomorrow", "new", "year", "spring", "summer", "autumn", "fall", "winter", "day",
               "week", "month", "morning", "evening", "night", "afternoon", "noon", "midnight"}


def _title_of_country(doc: Doc, m: Mention) -> int | None:
    """Where the country begins in a mention that is a title and "of <country>" ("King of
    Jordan", "President of the Republic of Korea"), else None."""
    if not _is_title_word(doc[m.start + (doc[m.start].lower_ == "the")]):
        return None
    return next((i + 1 for i in range(m.start + 1, m.end - 1) if doc[i].lower_ == "of"
                 and geo.country_code(doc[i + 1:m.end].text.removeprefix("the "))), None)


def _between_persons(doc: Doc, mentions: list[Mention]) -> None:
    """ "talks between Banda and Moyo" with "Banda" tagged an organisation: a lone capitalised
    word that is not an organisation's name, coordinated after "between" with a person, is a
    person too ("between the EU and Moyo", "between Kenya and Moyo" stay as they are)."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.label != "PERSON":
            continue
        tok = doc[m.end - 1]
        pair = [tok.head] if tok.dep_ == "conj" else [c for c in tok.children if c.dep_ == "conj"]
        for other_tok in pair:
            other = by_start.get(other_tok.i)
            first = min(tok, other_tok, key=lambda t: t.i)
            if other is None or other.label != "ORG" or other.end - other.start != 1 \
                    or first.dep_ != "pobj" or first.head.lower_ != "between":
                continue
            word = doc[other.start]
            if word.is_title and word.pos_ == "PROPN" and not _org_like(word.text) \
                    and not geo.country_code(word.text):
                other.label = "PERSON"


def _known_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Names in the actor knowledge base are persons, whatever the tagger made of them:
    "Xi Jinping" untagged, "Modi" tagged as a place, "External Affairs Minister S Jaishankar"
    tagged as one organisation (the name leaves it, the title stays behind)."""
    words = [t.text for t in doc]
    caps = [w[:1].isupper() or (i >= 2 and words[i - 1] == "-" and words[i - 2][:1].isupper())
            for i, w in enumerate(words)]
    out = list(mentions)
    for start, end, _ in knowledge.find_names(words, caps):
        while end - start > 1 and _is_title_word(doc[start]):
            start += 1                                # "King Abdullah II": the name is "Abdullah II"
        if end - start == 1 and doc[start].text in CAPITAL_HONORIFICS and end < len(doc) \
                and (doc[end].lower_ == "the" or doc[end].text[:1].isupper()):
            continue                                  # "HH the Amir", "HE President X": a form of address
        overlapping = [m for m in out if m.start < end and start < m.end]
        if any(m.label not in ACTOR_LABELS | {"FAC", "LOC", "EVENT"} for m in overlapping):
            continue                                  # "May" in a date, a time
        person = next((m for m in overlapping if m.label == "PERSON"), None)
        if person is not None:
            person.start, person.end = min(person.start, start), max(person.end, end)
            person.text = doc[person.start:person.end].text
            continue
        if any(m.start <= start and end < m.end and _org_like(doc[end:m.end].text) for m in overlapping):
            continue                                  # "the Mandela Foundation": an organisation's name
        keep = []
        for m in out:
            if m not in overlapping:
                keep.append(m)
            elif m.start < start and not all(_is_title_word(t) or t.is_punct or geo.country_code(t.text)
                                             or t.lower_ in _JOINERS for t in doc[m.start:start]):
                m.end = start                         # the part before the name stays what it was
                m.text = doc[m.start:m.end].text
                keep.append(m)
        keep.append(Mention(start, end, "PERSON", doc[start:end].text))
        out = keep
    out.sort(key=lambda m: (m.start, m.end))
    return out


# The last word of a gathering's name ("the Munich Security Conference"): an event, never a party.
_GATHERING_NAMES = {"summit", "conference", "teleconference", "videoconference", "meeting", "talks",
                    "games", "olympics", "expo", "symposium", "seminar", "workshop", "colloquium"}
_EVENT_WORDS = {"summit", "cooperation", "conference", "dialogue", "games", "olympics", "expo", "initiative"}
# the last word of the name of a thing built or agreed, not of someone who acts
_BUILT_NAMES = {"corridor", "pipeline", "railway", "highway", "expressway", "dam", "bridge"}
_AGREED_NAMES = {"project", "programme", "program", "agreement", "treaty", "accord", "accords", "pact",
                 "declaration", "roadmap"}


def _region(text: str) -> bool:
    words = text.lower().removeprefix("the ").strip(" -")
    return words in lexicon.words("regions.txt")


def _name_word(tok: Token) -> bool:
    """A capitalised proper noun that is no title, organisation word or country, whatever the
    tagger's entity over it."""
    return tok.pos_ == "PROPN" and tok.is_title and not _is_title_word(tok) and tok.text not in CAPITAL_HONORIFICS \
        and tok.lower_ not in lexicon.words("org_words.txt") and not geo.country_code(tok.text)


_COMPASS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"})


def _person_words(span: Span) -> bool:
    """Whether the words of a span could be a person's name: each capitalised, not all points
    of the compass, no country's or people's name ("inter-Korean" and "South-North" cooperation,
    a "New Tanzanian" president, are no one)."""
    words = [t for t in span if t.text != "-"]
    return all(t.text[:1].isupper() for t in words) and not all(t.lower_ in _COMPASS for t in words) \
        and not any(geo.country_code(t.text) for t in words)       # "New Tanzanian President A"


def _is_name_token(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not _is_title_word(tok) \
        and tok.text not in CAPITAL_HONORIFICS \
        and tok.lower_ not in lexicon.words("org_words.txt") and not geo.country_code(tok.text) \
        and tok.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")


def _ends_country(doc: Doc, i: int, start: int) -> bool:
    """Whether a country name ends at token i ("Kenya", "Saudi Arabia", "South Sudan")."""
    return any(geo.country_code(doc[j:i + 1].text) for j in range(max(start, i - 2), i + 1))


def _tagged_name_word(tok: Token) -> bool:
    """A capitalised word inside a name the model tagged, whatever its part of speech
    (a given name the tagger read as a verb)."""
    return tok.ent_type_ == "PERSON" and tok.text[:1].isupper() and not _is_title_word(tok) \
        and tok.lower_ not in lexicon.words("org_words.txt")


# a live report's clock ("10:05 GMT - X met Y"): no organisation, no part of a name
_TIME_ZONES = {"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "CET", "CEST", "EET", "EEST", "BST", "IST",
               "JST", "KST", "AEST", "AEDT", "EAT", "WAT", "CAT", "SAST", "MSK", "GST", "AST", "PKT", "WIB", "ICT"}


def _without_time_zones(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Mentions without a leading time zone and the dash after it ("GMT - Al-Mannai" is
    Al-Mannai); a time zone alone is no mention."""
    out = []
    for m in mentions:
        start = m.start
        while m.start < m.end and (doc[m.start].text in _TIME_ZONES or doc[m.start].text in _DASHES
                                   and m.start > 0 and doc[m.start - 1].text in _TIME_ZONES):
            m.start += 1
        if m.start < m.end:
            m.text = doc[m.start:m.end].text
            code = geo.country_code(m.text) if m.start > start else None
            if code:
                # "GMT - Pakistani" is the people, "GMT - Pakistan" the country
                m.label = "GPE" if geo.country_name(code) == m.text else "NORP"
            elif m.start > start and m.label == "ORG" and not _org_like(m.text):
                m.label = "PERSON"      # the clock made the model read the name after it as a body
            out.append(m)
    return out


def _split_org_person(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """ "European Commission Frans Timmermans" (one ORG) -> the ORG and a PERSON."""
    out = []
    person_starts = {m.start for m in mentions if m.label == "PERSON"}
    org_words = lexicon.words("org_words.txt")
    portfolios = lexicon.words("portfolios.txt")
    for m in mentions:
        if m.label == "PERSON" and m.end - m.start >= 4 and any(t.lower_ in org_words for t in doc[m.start:m.end - 2]):
            # "Harwood Institution Peter Lang" tagged as one person: the institution leaves it
            last = max(t.i for t in doc[m.start:m.end - 2] if t.lower_ in org_words)
            if all(_is_name_token(t) or _tagged_name_word(t) for t in doc[last + 1:m.end]):
                out.append(Mention(m.start, last + 1, "ORG", doc[m.start:last + 1].text))
                m.start = last + 1
                m.text = doc[m.start:m.end].text
        if m.label == "ORG" or m.label == "FAC" and any(_is_title_word(t) for t in doc[m.start:m.end - 1]):
            # (also "Assam Governor A B", which the model reads as a building)
            last = max((t.i for t in doc[m.start:m.end] if t.lower_ in org_words or t.is_upper
                        or _ends_country(doc, t.i, m.start) or _ends_title(doc, t.i)
                        or any(_region(doc[j:t.i + 1].text) for j in range(max(m.start, t.i - 2), t.i + 1))
                        or t.lower_ in portfolios and _after_portfolio(doc, t.i + 1)), default=None)
            # A one-word tail is a given name when a person's name follows at once
            # ("National Assembly Chairperson Ganesh" + "Prasad Timalsina").
            name_follows = m.end in person_starts or (m.end < len(doc) and _is_name_token(doc[m.end]))
            shortest = 1 if name_follows else 2
            tail_ok = last is not None and shortest <= m.end - last - 1 <= 4 \
                and all(_is_name_token(t) or _tagged_name_word(t) or _name_hyphen(t) for t in doc[last + 1:m.end])
            if not tail_ok and m.end in person_starts and m.end - m.start >= 3 and _given_name_tail(doc, m):
                # "Government of National Unity Fathi" + "Ali Al-Mabrouk": the given name
                last, tail_ok = m.end - 2, True
            if tail_ok:
                out.append(Mention(last + 1, m.end, "PERSON", doc[last + 1:m.end].text))
                m.end = last + 1
                while m.end > m.start and _is_title_word(doc[m.end - 1]) \
                        and not (m.end - 2 >= m.start and doc[m.end - 2].lower_ == "of"):
                    m.end -= 1          # the title belongs to the person, not the organisation
                    # (not "House of Representatives": the members a chamber is named by)
                if all(t.lower_ in portfolios or t.text == "," or t.lower_ == "and" for t in doc[m.start:m.end]):
                    m.end = m.start     # "Tourism" of "Minister of ... Transport and Tourism": the title's
                m.text = doc[m.start:m.end].text
                if _region(m.text):
                    m.label = "LOC"     # "Vice President for Eastern and Southern Africa X": the region
        if m.end > m.start:
            out.append(m)
    return out


def _given_name_tail(doc: Doc, m: Mention) -> bool:
    """Whether an organisation's last word is the given name of the person named right after
    it: a capitalised name word that is no organisation word, place or title."""
    tok = doc[m.end - 1]
    return tok.is_title and _is_name_token(tok) and not _org_like(tok.text) and not _is_title_word(tok) \
        and not geo.country_code(tok.text) and geo.geocode(tok.text) is None \
        and doc[m.end - 2].lower_ not in ("of", "and", "for", "the", "de")


_DASHES = {"-", "\u2013", "\u2014"}


def _name_hyphen(tok: Token) -> bool:
    """The hyphen inside "Marie-Claire", with no space on either side."""
    return tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_


def _dash_country(doc: Doc, i: int) -> int:
    """The number of tokens of a country name that starts at token i and closes a list item
    (a comma, "and", the end of the sentence follows), or 0."""
    for k in (3, 2, 1):
        end = i + k
        if end <= len(doc) and geo.country_code(doc[i:end].text) and (
                end == len(doc) or doc[end].is_punct or doc[end].lower_ == "and"):
            return k
    return 0


def _names_before_dash_country(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A list item "Name - Country" or "Name- Country" ("The envoys included H.E. A B - Peru,
    C D- Chile and E F - Kenya") is a person and the country they represent, whatever the
    tagger made of it (one organisation, a place, a person with the country in the name)."""
    found: list[tuple[int, int, int, int]] = []
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        if tok.text in _DASHES:
            name_end, country_start = i, i + 1
        elif len(tok.text) > 2 and tok.text[-1] in _DASHES and tok.text[-2].isalpha():
            name_end, country_start = i + 1, i + 1      # "Lang-" "Chile": the tokeniser keeps the dash
        else:
            continue
        k = _dash_country(doc, country_start)
        if not k:
            continue
        start = name_end
        while start > 0 and name_end - start < 6:
            prev = doc[start - 1]
            if prev.text == "-" and start >= 2 and doc[start - 2].text[:1].isupper() and start < name_end:
                start -= 1          # "Al-Otaibi": a hyphen inside the name
                continue
            if not prev.text[:1].isupper() or prev.is_punct or _is_honorific(prev.lower_) \
                    or _is_title_word(prev) or geo.country_code(prev.text):
                break
            start -= 1
        before = doc[start - 1] if start > 0 else None
        opens = before is None or before.is_punct or before.lower_ in ("and", "are", "were", "included", "include") \
            or _is_honorific(before.lower_) or _is_title_word(before)
        if name_end - start >= 2 and opens:
            found.append((start, name_end, country_start, country_start + k))
    if not found:
        return mentions
    spans = [(a, d) for a, _, _, d in found]
    out = [m for m in mentions if not any(m.start < d and a < m.end for a, d in spans)]
    for start, name_end, country_start, country_end in found:
        person = Mention(start, name_end, "PERSON", doc[start:name_end].text.rstrip("".join(_DASHES)))
        out += [person, Mention(country_start, country_end, "GPE", doc[country_start:country_end].text)]
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _names_before_origin(doc: Doc, mentions: list[Mention]) -> None:
    """In a list, an untagged name followed by its country is a person:
    "The ambassadors are A from Austria, Mamadou Ndiaye from Senegal"; also one the tagger
    took for a place no gazetteer knows ("Kenji" of "A of France, Kenji Sato of Japan")."""
    # a place, people or group no gazetteer knows may be the first word of a name
    soft = [m for m in mentions if m.label in ("GPE", "LOC", "NORP") and not geo.country_code(m.text)
            and geo.geocode(m.text) is None]
    taken = {i for m in mentions if m not in soft for i in range(m.start, m.end)}
    countries = {m.start for m in mentions if m.label in ("GPE", "NORP") and geo.country_code(m.text)}
    soft_ids = {i for m in soft for i in range(m.start, m.end)}

    def name_word(k: int) -> bool:
        return _is_name_token(doc[k]) or (k in soft_ids and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper())

    for i in range(1, len(doc) - 2):
        if i in taken or not name_word(i) or doc[i - 1].lower_ not in (",", "and", "are", "were", "is"):
            continue
        j = i
        while j < len(doc) and j - i < 4 and j not in taken and name_word(j):
            j += 1
        nxt = j + 1 if j < len(doc) and doc[j].lower_ in ("from", "of") else None
        if j - i >= 2 and nxt is not None and (nxt in countries or (nxt < len(doc) and doc[nxt].lower_ == "the"
                                                                    and nxt + 1 in countries)):
            mentions[:] = [m for m in mentions if not (m in soft and i <= m.start < j)]
            mentions.append(Mention(i, j, "PERSON", doc[i:j].text))
            taken.update(range(i, j))


def _names_after_titles(doc: Doc, mentions: list[Mention]) -> None:
    """A run of 2-4 capitalised proper nouns right after a title or a form of address, or set off
    after a role ("the Foreign Minister of Peru, Ana Quispe,"), which NER missed, is a person:
    "newly elected ... President Gao Zhidan", "the Honourable Ana Vidal"."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    org_ends = {m.end - 1 for m in mentions if m.label == "ORG"}
    # "Ambassador to Baghdad A B", "Ambassador in Lima A B": the posting, then the name
    postings = {m.end for m in mentions if m.label in ("GPE", "LOC") and _posted_to(doc, m.start, 0)}
    i = 1
    while i < len(doc):
        before = doc[i - 1]
        if i not in taken and _is_name_token(doc[i]) and (before.text[:1].isupper() and (
                _is_title_word(before) or (i - 1) in org_ends or _after_portfolio(doc, i)
                or (_is_honorific(before.lower_) and before.lower_ not in ("his", "her"))
                or before.text in CAPITAL_HONORIFICS)
                or before.is_lower and before.pos_ == "NOUN" and _is_title_word(before)    # "his counterpart A B"
                or before.text in _POSSESSIVE and _country_before(doc, i - 1)              # "Japan's A B"
                or before.text[:1].isupper() and _after_title_of_country(doc, i)   # "Ambassador of India A B"
                or i in postings and _envoy_before(doc, i)
                or before.text == "," and (_role_set_off(doc, i - 1) or _of_country_item(doc, i - 1))):
            j = i
            while j < len(doc) and j - i < 4 and j not in taken and _is_name_token(doc[j]):
                j += 1
                while j + 1 < len(doc) and _name_hyphen(doc[j]) and j + 1 not in taken and _name_part(doc[j + 1]):
                    j += 2          # "Jean-Claude", "Min-jae"
                k = j
                while k < len(doc) and k - j < 3 and doc[k].text in _LOWER_PARTICLES and doc[k].is_lower:
                    k += 1
                if k > j and k < len(doc) and k not in taken and _is_name_token(doc[k]):
                    j = k           # "Joost van den Heuvel": the particles and the surname after them
            # "Kenya's Rift Valley": a place of the country, not a person of it
            thing = before.text in _POSSESSIVE and _thing_name(list(doc[i:j + 1]))
            if (j - i >= 2 or (j - i == 1 and before.lower_ in _ROYAL_TITLES and not geo.country_code(doc[i].text))) \
                    and not thing:
                mentions.append(Mention(i, j, "PERSON", doc[i:j].text))
                taken.update(range(i, j))
            i = j
        i += 1


def _of_country_item(doc: Doc, comma: int) -> bool:
    """Whether "and of <country>," ends at the comma: a later item of a list of countries each
    with its person ("the ambassadors of Latvia, A, and of Estonia, | B"), or a plural role of a
    list of countries ends there ("the foreign ministers of Lithuania, Latvia and Estonia, | A,
    B and C")."""
    for k in (1, 2, 3):
        start = comma - k
        if start >= 2 and geo.country_code(doc[start:comma].text.removeprefix("the ")) \
                and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ("and", ","):
            return True
    i = comma
    while i > 1:
        k = next((k for k in (3, 2, 1) if i - k >= 0 and _word(doc[i - k]) and geo.country_code(doc[i - k:i].text)), 0)
        if not k:
            return False
        i -= k
        if doc[i - 1].lower_ in (",", "and"):
            i -= 1
            continue
        return doc[i - 1].lower_ == "of" and i >= 2 and doc[i - 2].tag_ in ("NNS", "NNPS") \
            and _is_title_word(doc[i - 2]) and i < comma - 2
    return False


def _after_title_of_country(doc: Doc, i: int) -> bool:
    """Whether a title and "of <country>" end just before token i ("Ambassador of India | A B",
    "the President of the Republic of Korea | A B", "Minister of Foreign Affairs of Peru | A B",
    "Ambassador to Malaysia | A B")."""
    for k in range(max(2, i - 4), i):
        if (doc[k - 1].lower_ == "of" and (_is_title_word(doc[k - 2]) or _after_portfolio(doc, k - 1))
                or doc[k - 1].lower_ == "to" and _is_title_word(doc[k - 2])) \
                and geo.country_code(doc[k:i].text.removeprefix("the ")) \
                and not geo.country_code(doc[k:i + 1].text.removeprefix("the ")):    # not "of Saudi | Arabia"
            return True
    return False


def _country_before(doc: Doc, i: int) -> bool:
    """Whether a country's name (of up to three words) ends just before token i."""
    return any(geo.country_code(doc[k:i].text) for k in range(max(0, i - 3), i))


# Words in the names of places and things, not of people ("Kenya's Rift Valley", "Japan's Mount
# Fuji"); a country's possessive before them names a place of it
_THING_ENDS = geo.BUILDING_WORDS | {"valley", "mount", "mountain", "mountains", "river", "sea", "island", "islands",
                                    "bay", "desert", "coast", "gulf", "strait", "peninsula", "plateau", "basin",
                                    "delta", "canal", "square", "street", "avenue", "road", "bridge", "stadium",
                                    "university", "province", "region", "tower", "temple", "shrine", "museum",
                                    "monument", "memorial", "cathedral", "church", "mosque", "garden", "gardens",
                                    "forest", "falls", "beach", "fort", "market", "station", "summit"}


def _thing_name(words: list[Token]) -> bool:
    """Whether words name a place or a thing rather than a person: a word such as "Valley",
    "Mount" or "Tower" in them."""
    return any(t.lower_ in _THING_ENDS for t in words)


def _untagged_conjuncts(doc: Doc, mentions: list[Mention]) -> None:
    """A run of 2-4 capitalised proper nouns that NER missed, coordinated with a person ("met
    Lena Brandt and Pavel Orlov", "A, B and C"), is a person too."""
    taken = {i: m for m in mentions for i in range(m.start, m.end)}
    changed = True
    while changed:
        changed = False
        for tok in doc:
            if tok.dep_ != "conj" or tok.i in taken or not _is_name_token(tok):
                continue
            head = taken.get(tok.head.i)
            if head is None or head.label != "PERSON":
                continue
            start = tok.i
            while start > 0 and start - 1 not in taken and _is_name_token(doc[start - 1]) \
                    and doc[start - 1].head.i == tok.i:
                start -= 1
            if not 2 <= tok.i + 1 - start <= 4 or (tok.i + 1 < len(doc) and _is_name_token(doc[tok.i + 1])):
                continue
            m = Mention(start, tok.i + 1, "PERSON", doc[start:tok.i + 1].text)
            mentions.append(m)
            taken.update({i: m for i in range(start, tok.i + 1)})
            changed = True


def _after_portfolio(doc: Doc, i: int) -> bool:
    """Whether a title's portfolio ends just before token i: "Minister of Transport | Hideki
    Mori", "Minister of Land, Infrastructure, Transport and Tourism | Hideki Morimoto"."""
    portfolios = lexicon.words("portfolios.txt")
    j = i - 1
    while j > 0 and (doc[j].lower_ in portfolios and doc[j].text[:1].isupper() or doc[j].text == ","
                     or doc[j].lower_ in ("and", "&") or doc[j].lower_ == "the" and doc[j - 1].lower_ == "and"):
        j -= 1          # ("Minister for Sustainability and the Environment | Tan Boon Keat")
    return j < i - 1 and doc[j].lower_ in ("of", "for") and j > 0 and _is_title_word(doc[j - 1]) \
        and doc[i - 1].lower_ in portfolios


def _merge_person_fragments(doc: Doc, mentions: list[Mention]) -> None:
    """Adjacent person fragments ("Teodoro Obiang" + "Nguema Mbasogo") and an uncovered
    given name before a person ("Luiz" + "Inácio Lula da Silva") make one name."""
    mentions.sort(key=lambda m: (m.start, m.end))
    for a, b in zip(mentions, mentions[1:]):
        if a.label in ("ORG", "NORP") and b.label == "PERSON" and a.end == b.start and a.end - a.start == 1 \
                and doc[a.start].pos_ == "PROPN" and doc[a.start].is_title and not _is_title_word(doc[a.start]) \
                and not _ACRONYM.match(a.text) and not _org_like(a.text) and not geo.country_code(a.text) \
                and geo.geocode(a.text) is None:
            a.label = "PERSON"      # "Aminata" read as an organisation, "Nusrat" as a people, before the rest
        elif a.label == "PERSON" and b.label in ("ORG", "NORP", "GPE", "LOC") and a.end == b.start \
                and b.end - b.start == 1 and doc[b.start].pos_ == "PROPN" and doc[b.start].is_title \
                and not _is_title_word(doc[b.start]) and not _org_like(b.text) and not geo.country_code(b.text) \
                and geo.geocode(b.text) is None:
            b.label = "PERSON"      # "Jean-Claude" and then "Mugisha" read as a place: the surname
        elif a.label in ("PERSON", "ORG") and b.label in ("GPE", "LOC") and a.end == b.start \
                and b.end - b.start == 1 and a.end - a.start >= 2 and doc[b.start].is_title \
                and all(_is_name_token(t) for t in doc[a.start:a.end]) and not _org_like(a.text) \
                and not geo.country_code(b.text) and _of_country_after(doc, b.end):
            # "Helena Vasconcelos" + "Prado" (a town too) + "of Brazil": a name and the country
            # its bearer is of, in a list of envoys
            a.label, b.label = "PERSON", "PERSON"
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if m.label != "PERSON":
            continue
        while m.start > 0 and m.start - 1 not in taken and _is_name_token(doc[m.start - 1]) \
                and not doc[m.start].is_sent_start and (m.start < 2 or doc[m.start - 2].lower_ not in ("for", "of")) \
                and (m.start < 2 or not doc[m.start - 2].is_title or _is_title_word(doc[m.start - 2])
                     or _is_name_token(doc[m.start - 2]) and m.start - 2 not in taken   # "Kamal Eldin" + "Hassan Musa"
                     or doc[m.start - 2].lower_ in lexicon.words("org_words.txt")      # "Foreign Affairs Kamal"
                     or _ends_country(doc, m.start - 2, 0) and not _ends_country(doc, m.start - 1, 0)):
            # ("of Kazakhstan Nurlan" + "Serikovich Abenov", not "Saudi Arabia" + "Prince X")
            m.start -= 1
            taken.add(m.start)
        k = m.start
        while k > 0 and m.start - k < 3 and k - 1 not in taken and doc[k - 1].text in _LOWER_PARTICLES:
            k -= 1
        if k < m.start and _honoured_particle(doc, k):
            taken.update(range(k, m.start))     # "Mr. de Vries", "Dr van der Berg": the particles are the name's
            m.start = k
        # the rest of a long name the model cut short: "Henrique Salgado" + "Mota",
        # "Rosa Elena" + "Quispe Mamani"
        while m.end < len(doc) and m.end not in taken and m.end - m.start < 5 and _name_goes_on(doc, m.end):
            taken.add(m.end)
            m.end += 1
        glued = next((x for x in mentions if x.start == m.end + 1 and x.label == "PERSON"), None)
        if glued is not None and m.end < len(doc) and doc[m.end].text in ("'", "’") \
                and not doc[m.end - 1].whitespace_ and doc[glued.start].is_lower:
            # "Haider Shia'" + "al Khafaji": one name across a letter written as an apostrophe
            taken.update(range(m.end, glued.end))
            m.end, glued.end = glued.end, glued.start
        rest = next((x for x in mentions if x.start == m.end + 1 and x.label == "PERSON"), None)
        if rest is not None and doc[m.end].text in _LOWER_PARTICLES and doc[m.end].is_lower:
            # "Ines Marques" + "da" + "Silva Pereira": one name across its particle
            taken.update(range(m.end, rest.end))
            m.end, rest.end = rest.end, rest.start
        if m.end + 1 < len(doc) and doc[m.end].lower_ in _NAME_PARTICLES and doc[m.end + 1].pos_ == "PROPN" \
                and doc[m.end + 1].is_title and not _org_like(doc[m.end + 1].text):
            # "Rauf Ilgar" + "oglu Mammadov": a patronymic and the surname (which the model may
            # have read as an organisation of its own)
            rest = next((x for x in mentions if x.start == m.end + 1 and x.end == m.end + 2), None)
            if m.end + 1 not in taken or rest is not None and rest.label != "PERSON":
                if rest is not None:
                    rest.end = rest.start
                taken.update((m.end, m.end + 1))
                m.end += 2
        m.text = doc[m.start:m.end].text
        # A nickname in quotes inside the name: Bambang "Bams" Sutrisno
        e = m.end
        if e + 3 < len(doc) and doc[e].text in _QUOTES and doc[e + 2].text in _QUOTES \
                and doc[e + 1].text[:1].isupper() and doc[e + 3].text[:1].isupper() \
                and (doc[e + 3].ent_type_ == "PERSON" or _is_name_token(doc[e + 3])):
            m.end = e + 4
            taken.update(range(e, e + 4))
            m.text = doc[m.start:m.end].text
    mentions[:] = [m for m in mentions if m.end > m.start]
    i = 0
    while i + 1 < len(mentions):
        a, b = mentions[i], mentions[i + 1]
        if a.label == b.label == "PERSON" and a.end >= b.start:
            a.end = max(a.end, b.end)
            a.text = doc[a.start:a.end].text
            del mentions[i + 1]
            continue
        i += 1


def _of_country_after(doc: Doc, i: int) -> bool:
    """Whether "of <country>" starts at token i."""
    return i + 1 < len(doc) and doc[i].lower_ == "of" and any(
        geo.country_code(doc[i + 1:i + 1 + k].text.removeprefix("the ")) for k in (1, 2, 3) if i + 1 + k <= len(doc))


def _name_goes_on(doc: Doc, i: int) -> bool:
    """Whether the capitalised word at ``i``, right after a person's name, is more of it: a
    proper noun the model left untagged (or tagged a product), no title, place, building,
    date or interaction word ("Mwangi Meets Asante")."""
    tok = doc[i]
    return _is_name_token(tok) and tok.ent_type_ in ("", "PERSON", "PRODUCT") and bool(doc[i - 1].whitespace_) \
        and not tok.is_sent_start and tok.lower_ not in _PLACE_NOUNS \
        and tok.lower_ not in lexicon.words("headline_words.txt") \
        and tok.lemma_.lower() not in lexicon.triggers()["verbs"] \
        and not (geo.is_well_known_city(tok.text) and not _last_word(doc, i)) and not geo.is_venue(tok.text)


def _last_word(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` ends its phrase ("Rodolfo Magbanua Ilagan and ...": a surname
    that is also a town's name)."""
    return i + 1 < len(doc) and (doc[i + 1].pos_ == "CCONJ" or doc[i + 1].is_punct and doc[i + 1].text != "-")


_NAME_PARTICLES = {"oglu", "ogly", "qizi", "kyzy", "uulu", "bin", "binti", "bint", "ibn"}


def _clean_name(doc: Doc, m: Mention) -> None:
    """A person's name without what the repairs above let into it: leading forms of address,
    titles, countries and institutions ("Alhaji", "FM", "Ukraine", "Duma" before the name) and
    a nickname in quotes ("Bambang 'Bams' Sutrisno" is Bambang Sutrisno)."""
    while m.end - m.start > 1:
        # a country of several words first ("South Sudan"), then one word at a time
        k = next((k for k in (3, 2) if m.end - m.start > k and (geo.country_code(doc[m.start:m.start + k].text)
                                                              or _region(doc[m.start:m.start + k].text))), 0)
        city = next((k for k in (2, 1) if m.end - m.start > k and m.start > 0
                     and doc[m.start - 1].lower_ in ("in", "at", "from", "to")
                     and geo.is_well_known_city(doc[m.start:m.start + k].text)), 0)
        area = next((k for k in (3, 2, 1) if m.end - m.start > k + 1 and geo.is_area(doc[m.start:m.start + k].text)
                     and (k > 1 or m.start > 0 and _is_title_word(doc[m.start - 1]))), 0)
        if k:
            m.start += k
        elif area:
            m.start += area     # "Governor Khyber Pakhtunkhwa X", "Chief Minister Punjab X": the province
        elif city:
            m.start += city     # "received in Accra Kwame Boateng", "ambassador to Kinshasa A": the city, then the person
        elif _honoured_particle(doc, m.start):
            break               # "Mr. de Vries": the particle begins the surname
        elif _country_given_name(doc, m.start, m.end):
            break               # "Foreign Minister Israel Katz", "Prime Minister Georgia Conti"
        elif m.start > 0 and doc[m.start - 1].lower_ in _SHEIKHS and doc[m.start].is_title \
                and not _is_honorific(doc[m.start].lower_):
            break               # "Sheikh Sultan bin Khalid": after "Sheikh" comes a given name, title or not
        elif doc[m.start].is_sent_start and (doc[m.start].tag_ == "VBG" or doc[m.start].lower_ in _OPENING_PARTICIPLES):
            m.start += 1        # "Congratulating Baker, the ambassador said": the clause's verb opens no name
        elif doc[m.start].lower_ in ("elect", "designate") and m.start >= 1 and doc[m.start - 1].text == "-":
            m.start += 1        # "President-Elect A", "Prime Minister-designate B": the title's end
        elif _not_name_word(doc[m.start]) or _after_portfolio(doc, m.start + 1):
            m.start += 1        # ("Tourism" of "Minister of ... Transport and Tourism Hideki Morimoto")
        elif (m.start > 0 and doc[m.start - 1].lower_ == "the" or doc[m.start].lower_ in _TITLE_SPELLINGS) \
                and (_is_title_word(doc[m.start + 1]) or _is_honorific(doc[m.start + 1].lower_)):
            m.start += 1        # "the Amir Sheikh X", "Amir Sheikh X": a name has no article or title before it
        elif m.end - m.start > 2 and _is_honorific(f"{doc[m.start].lower_} {doc[m.start + 1].lower_}"):
            m.start += 2
        elif m.start > 0 and _is_honorific(f"{doc[m.start - 1].lower_} {doc[m.start].lower_}"):
            m.start += 1        # "H. E Kamau": the tagger left "H." out, the "E" of the address in
        else:
            break
    while m.end - m.start > 2 and doc[m.end - 1].text.strip("()") in _POST_NOMINALS:
        m.end -= 1              # "Dr Musa Bello OFR": a national honour after the name
    m.text = doc[m.start:m.end].text.rstrip("".join(_DASHES))     # "Lang-" before "Chile"
    quotes = [t.i for t in doc[m.start:m.end] if t.text in _QUOTES]
    if len(quotes) == 1 and doc[quotes[0]].text in ("'", "’") and quotes[0] > m.start \
            and not doc[quotes[0] - 1].whitespace_:
        quotes = []     # an apostrophe alone, glued to the letter before it: "Shia'", a letter of the name
    if quotes:
        after = quotes[1] + 1 if len(quotes) > 1 else m.end
        kept = " ".join(part for part in (doc[m.start:quotes[0]].text, doc[after:m.end].text) if part)
        if len(kept.split()) >= 2:
            m.text = kept


_SHEIKHS = {"sheikh", "sheikha", "shaikh", "shaikha", "sheik"}
# participles that open a sentence before a name ("Congratulating Baker, ..."), which the tagger may
# read as a given name
_OPENING_PARTICIPLES = {"congratulating", "welcoming", "receiving", "meeting", "thanking", "greeting", "hosting",
                        "visiting", "calling", "wishing", "addressing", "briefing", "conveying", "praising",
                        "noting", "stressing", "urging", "accompanying", "inviting", "telling", "quoting"}
# honours and degrees written after a name, as written (Nigeria's national honours, the British orders)
_POST_NOMINALS = {"GCFR", "GCON", "CFR", "CON", "OFR", "OON", "MFR", "MON", "GBE", "KBE", "DBE", "CBE", "OBE", "MBE",
                  "GCMG", "KCMG", "CMG", "GCB", "KCB", "CB", "PhD", "Ph.D.", "Ph.D", "Esq", "Esq.", "SAN", "mni",
                  "rtd", "Rtd", "retd",
                  "NI", "HI", "SI", "TI", "SJ", "TBt",     # (Pakistan's: "General A, NI (M)")
                  "EGH", "E.G.H.", "EBS", "E.B.S.", "CGH", "C.G.H.", "MGH", "M.G.H.",    # (Kenya's)
                  "KC", "K.C.", "QC", "Q.C.",
                  # an office's abbreviation written after its holder's name ("General A COAS")
                  "COAS", "VCOAS", "CNS", "CAS", "CDS", "CGS", "CDF", "CJCSC"}


def _honours_set_off(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Honours set off after a name ("General A, NI (M)", "B, OBE,"): no organisation or person."""
    ends = {m.end for m in mentions if m.label == "PERSON"}
    return [m for m in mentions if not (m.label != "PERSON" and m.text in _POST_NOMINALS and m.start >= 2
                                        and doc[m.start - 1].text == "," and m.start - 1 in ends)]
# what is written, signed or handed over: never a party, whatever its capitals
_HONOURS = {"award", "awards", "medal", "prize", "decoration"}
_DOCUMENTS = {"letter", "credential", "credentials", "memorandum", "treaty", "accord", "communique", "declaration"}


def _honoured_particle(doc: Doc, i: int) -> bool:
    """A lowercase name particle right after a form of address ("Mr. de Vries", "Dr van der
    Berg"): the surname starts there."""
    return doc[i].is_lower and doc[i].text in _LOWER_PARTICLES and i > 0 \
        and _is_honorific(doc[i - 1].lower_) and doc[i - 1].lower_ not in ("his", "her")


# Spellings of a title that are also given names ("Amir Peretz"): a title only before another
# title or a form of address ("Amir Sheikh Fahad", the Emir).
_TITLE_SPELLINGS = {"amir"}
_QUOTES = {'"', "“", "”", "'", "‘", "’"}


# countries that are also given names
_COUNTRY_GIVEN_NAMES = {"israel", "jordan", "georgia", "chad", "india", "kenya"}


def _country_given_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the name ``doc[start:end]`` opens with a country that is a given name here: after a
    title or a form of address and before a surname ("Foreign Minister Israel Katz"), not "Kenya
    President X"."""
    return doc[start].lower_ in _COUNTRY_GIVEN_NAMES and end - start >= 2 and start > 0 \
        and (_is_title_word(doc[start - 1]) or _is_honorific(doc[start - 1].lower_)) \
        and doc[start + 1].is_title and not geo.country_code(doc[start + 1].text) \
        and not _is_title_word(doc[start + 1])


def _not_name_word(tok: Token) -> bool:
    return _is_honorific(tok.lower_) or tok.text in CAPITAL_HONORIFICS or _is_title_word(tok) \
        or tok.lower_ in _JOINERS or tok.is_punct \
        or tok.lower_ in lexicon.words("org_words.txt") \
        or (tok.text[:1].isupper() and geo.country_code(tok.text) is not None)


def _extend_org(doc: Doc, m: Mention) -> None:
    """Run an organisation name on through "for Peace and Development"."""
    end = m.end
    while end + 1 < len(doc) and doc[end].lower_ in ("for", "of") and doc[end + 1].is_title \
            and not doc[end + 1].ent_type_ in ("DATE", "TIME", "PERSON"):
        j = end + 1
        while j < len(doc) and (doc[j].is_title or (doc[j].lower_ in ("and", "&") and j + 1 < len(doc)
                                                     and doc[j + 1].is_title)):
            j += 1
        if geo.country_code(doc[end + 1:j].text) and doc[end].lower_ == "of":
            break
        end = j
    if end > m.end:
        m.end = end
        m.text = doc[m.start:m.end].text


_ROYAL_TITLES = {"prince", "princess", "king", "queen", "emir", "amir", "sheikh", "sheikha", "sultan", "duke",
                 "duchess", "emperor", "empress", "pope"}
# the words of a place named after a royal ("Prince Edward Island", "King George Square")
_PLACE_NOUNS = set(geo.PLACE_KINDS) | geo.BUILDING_WORDS | {
    "islands", "bay", "sound", "strait", "land", "mountain", "mountains", "river", "lake", "street", "road", "avenue",
    "square", "park", "hospital", "university", "college", "school", "bridge", "stadium", "harbour", "harbor",
    "cape", "peninsula", "valley"}


def _building_after(doc: Doc, end: int) -> bool:
    """Whether a name is followed by a building word that makes it a building's ("Blair House",
    "Mariinsky Palace"), not by a title that begins a new name ("House Speaker X")."""
    if end >= len(doc) or not doc[end].is_title or doc[end].lower_ not in geo.BUILDING_WORDS or doc[end].is_sent_start:
        return False
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    return nxt is None or not (nxt.is_title and (_is_title_word(nxt) or nxt.ent_type_ == "PERSON"))


def _hyphen_rest(doc: Doc, m: Mention, mentions: list[Mention]) -> None:
    """A name the tagger cut at a hyphen ("Babajide Sanwo" of "Babajide Sanwo-Olu") takes the
    rest of the hyphenated word."""
    end = m.end
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and _name_part(doc[end + 1]):
        other = next((o for o in mentions if o is not m and o.start <= end + 1 < o.end), None)
        if other is not None:
            if not (other.label == "PERSON" and other.start == end + 1 and other.end == end + 2):
                break
            other.end = other.start     # "Traore" + "-" + "Kabore" read as two persons: one name
        end += 2
    if end > m.end:
        m.end = end
        m.text = doc[m.start:m.end].text


# words that follow a name's hyphen without being part of it: "a Kim-led government"
_HYPHEN_SUFFIXES = {"led", "based", "born", "backed", "run", "owned", "style", "type", "like", "made", "era", "linked",
                    "brokered", "sponsored", "designate", "elect", "aligned", "allied", "friendly", "free", "bound"}


def _name_part(tok: Token) -> bool:
    """The part after a name's hyphen: capitalised ("Sanwo-Olu") or a short lowercase syllable
    of a romanised given name ("Min-jae", "Kyung-wha") or surname ("Siri-nakorn"), not an
    English word that makes the name a modifier ("Kim-led", "Xi-proposed", "Kim-related")."""
    return tok.is_alpha and (tok.is_title or tok.is_lower and tok.lower_ not in _HYPHEN_SUFFIXES and (
        len(tok) <= 5 or len(tok) <= 8 and not tok.lower_.endswith(_ENGLISH_ENDINGS)))


_ENGLISH_ENDINGS = ("ed", "ing", "ly", "ic", "ist", "ism", "ian", "ship", "ness", "ment", "ful", "less", "ive",
                    "ous", "able", "ible", "al", "ward", "wards", "wise")


def _royal_name(doc: Doc, m: Mention) -> bool:
    """Whether a mention the tagger read as a place, a people or a body is a royal's name: a
    ruler's title and one to three capitalised names ("Prince Edward", "Prince Turki" with the
    title before the mention), not a place named after one ("Prince Edward Island")."""
    words = list(doc[m.start:m.end])
    if words and words[0].lower_ in _ROYAL_TITLES:
        words = words[1:]
    elif not (m.start > 0 and doc[m.start - 1].lower_ in _ROYAL_TITLES and doc[m.start - 1].is_title):
        return False
    return 1 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
        and not any(t.lower_ in _PLACE_NOUNS for t in words) and not geo.country_code(" ".join(t.text for t in words))


def _whole_country_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A state's formal name the tagger cut short ("Peoples Republic" of "Peoples Republic of
    China", "Kingdom" of "the Kingdom of Bahrain", "Cote" of "Cote d’Ivoire", "Faso" of "Burkina
    Faso"): the words up to the country join it, one country, not a person or an organisation."""
    drop = set()
    taken = {i for m in mentions for i in range(m.start, m.end)}
    for m in mentions:
        if geo.country_code(m.text):
            continue
        # "Faso" of "Burkina Faso": the untagged words before it
        k = next((k for k in (2, 1) if m.start - k >= 0 and not taken & set(range(m.start - k, m.start))
                  and doc[m.start - k].is_title and geo.country_code(doc[m.start - k:m.end].text)), 0)
        if k:
            m.start, m.label = m.start - k, "GPE"
            m.text = doc[m.start:m.end].text
            continue
        if m.end >= len(doc):
            continue
        # "Republic" of "Republic of X", or "Cote" of "Cote d’Ivoire", "Sierra" of "Sierra Leone"
        skip = 1 if doc[m.end].lower_ == "of" else 0
        for k in range(min(5 if skip else 2, len(doc) - m.end - skip), 0, -1):
            if _word(doc[m.end + skip + k - 1]) and geo.country_code(doc[m.start:m.end + skip + k].text):
                end = m.end + skip + k
                drop.update(id(o) for o in mentions if o is not m and m.start <= o.start and o.end <= end)
                m.end, m.label = end, "GPE"
                m.text = doc[m.start:m.end].text
                break
    return [m for m in mentions if id(m) not in drop]


def _word(tok: Token) -> bool:
    """Letters, perhaps with an apostrophe ("d’Ivoire")."""
    return tok.text.replace("’", "").replace("'", "").isalpha()


def _untagged_countries(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A country's name the tagger left out or took for a person ("flew on to Malawi, where
    ..."): a place, as a tagged one would be. Only where it stands alone: not next to another
    capitalised word ("Jordan Banda", "Chad Mwale") and not after a title or a form of address
    ("Mr. Chad")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or not tok.text[:1].isupper() or tok.pos_ != "PROPN":
            i += 1
            continue
        end = next((i + k for k in (3, 2, 1) if i + k <= len(doc) and all(j not in taken for j in range(i, i + k))
                    and _word(doc[i + k - 1]) and geo.country_code(doc[i:i + k].text)), None)
        before, after = doc[i - 1] if i else None, doc[end] if end is not None and end < len(doc) else None
        if end is not None and not (before is not None and (before.text[:1].isupper() and before.pos_ == "PROPN"
                                                            or _is_honorific(before.lower_) or _is_title_word(before))) \
                and not (after is not None and after.text[:1].isupper() and after.pos_ == "PROPN"):
            added.append(Mention(i, end, "GPE", doc[i:end].text))
            i = end
        else:
            i += 1
    return mentions + added


def _whole_place_names(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A place the tagger cut short ("Port" of "Port Moresby", "Santo" of "Santo Domingo"):
    the capitalised word after it joins it where the whole is a city the gazetteer knows and
    the part alone is another place or none."""
    by_start = {m.start: m for m in mentions}
    drop = set()
    for m in mentions:
        if m.label not in ("GPE", "LOC", "FAC") or m.end >= len(doc):
            continue
        nxt = doc[m.end]
        other = by_start.get(m.end)
        if not (nxt.is_title and nxt.is_alpha) or (other is not None and (other.label != "PERSON"
                                                                         or other.end - other.start > 1)):
            continue
        whole = geo.geocode(doc[m.start:m.end + 1].text)
        if whole is not None and whole.kind == "city" and whole != geo.geocode(m.text):
            m.end += 1
            m.text = doc[m.start:m.end].text
            if other is not None:
                drop.add(id(other))
    return [m for m in mentions if id(m) not in drop]


def _addressed(doc: Doc, m: Mention) -> bool:
    """Whether a mention is a form of address and a name: "the Honourable Ana Vidal", "Dr. Omar
    Diallo" (an honorific, then one to four capitalised words, none a role or an organisation's)."""
    words = [t for t in doc[m.start:m.end] if t.lower_ != "the"]
    lead = 0
    while lead < len(words) and _is_honorific(words[lead].lower_) and words[lead].lower_ not in ("his", "her"):
        lead += 1
    name = words[lead:]
    return lead > 0 and 1 <= len(name) <= 4 and all(
        t.is_title and t.pos_ == "PROPN" and not _is_title_word(t) for t in name) \
        and not _org_like(m.text) and not geo.country_code(" ".join(t.text for t in name))


# Verbs whose subject is a person, not a place: a name the model tagged as a place that no
# gazetteer knows is the person it names when it is their subject.
_PERSON_VERBS = frozenset({"say", "tell", "add", "hope", "travel", "arrive", "fly", "meet", "express", "thank",
                           "urge", "stress", "speak", "wish", "believe", "want", "reply", "insist", "congratulate",
                           "praise", "promise", "vow", "emphasize", "emphasise", "underline", "recall", "explain"})


# ... and of those, the ones an organisation does not do in news ("the company said" is common,
# "the company met the president" is not)
_MEETING_PERSON_VERBS = frozenset({"meet", "travel", "arrive", "thank", "congratulate", "praise", "hope",
                                   "wish"})


def _set_off_name(doc: Doc, m: Mention) -> bool:
    """Whether a two-to-four-word name the tagger read as a place or a body is set off as a
    person's: followed by ", <title>" ("Dawit Bekele, Prime Minister of Ethiopia") or set off
    after a country in a list of countries each with its person ("of Peru, A, and Chile, B,")."""
    words = [t for t in doc[m.start:m.end] if not _name_hyphen(t)]      # ("Jean-Baptiste Morvan")
    if not 2 <= len(words) <= 4 or not all(_name_word(t) for t in words) or _org_like(m.text):
        return False
    if m.end + 1 < len(doc) and doc[m.end].text == "," and _is_title_word(doc[m.end + 1]):
        k = m.end + 1
        while k < len(doc) and _is_title_word(doc[k]):
            k += 1
        # a role of the name's own ("A, Prime Minister of Ethiopia,"), not the next person's
        # ("Credit Suisse, President B said")
        return k == len(doc) or doc[k].lower_ in ("of", "for") or doc[k].is_punct
    if m.start >= 4 and doc[m.start - 1].text == "," and geo.country_code(doc[m.start - 2].text) \
            and doc[m.start - 3].lower_ == "and" and doc[m.start - 4].text == ",":
        return True
    return False


def _acts_as_person(doc: Doc, m: Mention, verbs: frozenset[str] = _PERSON_VERBS) -> bool:
    """A title-case name of 1-4 proper nouns that is the subject of a verb a person does
    ("Valdemar hopes", "Valdemar flew in") or coordinated with a person ("between Valdemar and
    Brandt")."""
    span = doc[m.start:m.end]
    if not 1 <= len(span) <= 4 or not all(t.is_title and t.pos_ == "PROPN" for t in span) or _org_like(m.text):
        return False
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs and _met_someone(root.head) \
        or root.dep_ == "conj" and root.head.ent_type_ == "PERSON" \
        or any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)


def _met_by_person(doc: Doc, m: Mention) -> bool:
    """Whether a title-case name of 2-4 proper nouns is whom a person or a pronoun met,
    received or phoned ("he will meet Pavel Orlov", "Kone held talks with Pavel Orlov")."""
    span = doc[m.start:m.end]
    if not all(t.is_title and t.pos_ == "PROPN" for t in span) or _org_like(m.text):
        return False
    root = span.root
    verb = root.head if root.dep_ == "dobj" else root.head.head if root.dep_ == "pobj" and root.head.lower_ == "with" \
        else None
    if verb is None or verb.lemma_.lower() not in ("meet", "receive", "host", "welcome", "phone", "talk", "speak"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("xcomp", "conj"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ == "PRON" and subject.lower_ in ("he", "she")
                                    or subject.ent_type_ == "PERSON")


def _met_someone(verb: Token) -> bool:
    """Whether a verb is not "meet" or meets someone named ("met Brandt", "met with Brandt"),
    not something ("met its targets", "met the deadline")."""
    if verb.lemma_.lower() != "meet":
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" or o.ent_type_ == "PERSON" for o in objects)


# Lowercase particles inside names ("Pieter-Jan de Groot", "Ursula von der Leyen")
_LOWER_PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den", "ter",
                    "le", "la", "bin", "binti", "bint", "ibn", "al", "el"}


def _looks_like_person(doc: Doc, m: Mention) -> bool:
    span = doc[m.start:m.end]
    words = [t for t in span if t.text != "-" and not (t.text in _LOWER_PARTICLES and t.i > m.start)]
    if not 2 <= len(words) <= 4 or not all(t.is_title and t.pos_ == "PROPN" for t in words):
        return False
    before = doc[m.start - 1] if m.start > 0 else None
    after = doc[m.end] if m.end < len(doc) else None
    if before is not None and _is_title_word(before):
        return True
    if before is not None and before.text == "," and _role_set_off(doc, m.start - 1):
        return True         # "the President of Ghana, Kwame Mensah,"
    if before is not None and before.text in _POSSESSIVE and _country_before(doc, m.start - 1) \
            and not _thing_name(words):
        return True         # "met Japan's Haruto Sato"
    if after is not None and after.text == ",":
        # "Sigrid Aune, chief executive of ...": a role set off after the name
        role = next((t for t in doc[m.end + 1:m.end + 4] if t.pos_ in ("NOUN", "PROPN")), None)
        if role is not None and _is_title_word(role) and role.text[:1].islower():
            return True
    if after is not None and after.lower_ in ("of", "from") and m.end + 1 < len(doc) \
            and not any(_is_title_word(t) for t in words):      # not "the State Great Khural of Mongolia"
        rest = doc[m.end + 1:m.end + 4]
        return any(geo.country_code(rest[:k].text) for k in range(1, len(rest) + 1))
    root = span.root
    # coordinated with a person: "A, B and C" where the model tagged B and C but not A
    return root.dep_ == "conj" and root.head.ent_type_ == "PERSON" \
        or any(c.dep_ == "conj" and c.ent_type_ == "PERSON" for c in root.children)


# ---------------------------------------------------------------- actors

def _norm_tokens(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.findall(r"[\w'’-]+", text.lower().replace("’s", "").replace("'s", ""))
                 if not _is_honorific(w))


def _with_parts(tokens: tuple[str, ...]) -> frozenset[str]:
    """A name's words and the parts of its hyphenated words, so "Rahman" and "Abdel-Rahman" both
    find "Karim Abdel-Rahman"."""
    return frozenset(tokens) | {part for t in tokens if "-" in t for part in t.split("-") if len(part) > 2}


def _nicknames(doc: Doc, persons: list[Mention]) -> dict[int, str]:
    """``end of a name -> the nickname quoted right after it`` ("Arjun Thapa 'Sagar'"): the
    same person, who may be called by it alone later."""
    out = {}
    for m in persons:
        if m.end < len(doc) and doc[m.end].text in _QUOTES:
            close = next((k for k in range(m.end + 2, min(m.end + 5, len(doc))) if doc[k].text in _QUOTES), None)
            if close is not None and all(t.is_title and t.is_alpha for t in doc[m.end + 1:close]):
                out[m.end] = doc[m.end + 1:close].text
    return out


def _portfolio_after_title(doc: Doc, m: Mention) -> bool:
    """Whether an organisation is the portfolio of the title before it ("Minister of State for
    External Affairs A": "State for External Affairs" is no body)."""
    portfolios = lexicon.words("portfolios.txt") | {"state", "for", "of", "and", "the"}
    return m.start >= 2 and doc[m.start - 1].lower_ in ("of", "for") and _is_title_word(doc[m.start - 2]) \
        and all(t.lower_ in portfolios for t in doc[m.start:m.end]) and doc[m.start].lower_ == "state"


def _portfolio_goes_on(doc: Doc, m: Mention) -> bool:
    """Whether a mention is the rest of a minister's portfolio after "and" or a comma: its words up to an
    "of" are portfolio words, and a title with "of" or "for" comes just before ("Minister of
    Foreign Affairs and International Cooperation of the Republic of Rwanda")."""
    if m.start < 3 or doc[m.start - 1].lower_ not in ("and", "&", ","):
        return False
    words = list(doc[m.start:m.end])
    head = next((k for k, t in enumerate(words) if t.lower_ == "of"), len(words))
    portfolios = lexicon.words("portfolios.txt")
    # (a region's adjective may open it: "..., African Cooperation and Moroccan Expatriates")
    if not head or words[head - 1].lower_ not in portfolios or not all(
            t.lower_ in portfolios or t.is_title and k < head - 1 for k, t in enumerate(words[:head])):
        return False
    return any(doc[k].lower_ in ("of", "for") and _is_title_word(doc[k - 1])
               and all(t.lower_ in portfolios or t.text == "," for t in doc[k + 1:m.start - 1])
               for k in range(max(1, m.start - 8), m.start - 1))


_SON_OF = {"bin", "bint", "ibn", "binti"}


def _son_of_spellings(toks: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name and its other spellings of "son of" ("Ben Karim" for "Awad Ibn Karim", "Ben Salah" for
    "Zine bin Salah"): "ben" before another word of the name."""
    if "ben" not in toks[:-1]:
        return [toks]
    return [toks] + [tuple(form if t == "ben" else t for t in toks) for form in ("bin", "ibn")]


def _named_after(toks: tuple[str, ...], longer: str) -> bool:
    """Whether a name of two words or more is the father's in a longer name that carries it
    after "bin" ("Tariq bin Nasser Al-Rashid" in "Faisal bin Tariq bin Nasser Al-Rashid"): the
    father, another person."""
    full = _norm_tokens(longer)
    n = len(toks)
    return n >= 2 and any(full[i:i + n] == toks and full[i - 1] in _SON_OF for i in range(1, len(full) - n + 1))


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", text)
                   if w[0].isupper() and w.lower() not in _JOINERS)


def _resolve(doc: Doc, mentions: list[Mention]) -> list[Actor]:
    actors: list[Actor] = []
    by_key: dict[str, Actor] = {}
    counts = {"person": 0, "organization": 0}

    def new(kind: str, name: str, first: int) -> Actor:
        if kind == "state":
            aid = f"S:{name}"
        else:
            counts[kind] += 1
            aid = f"{kind[0].upper()}{counts[kind]}"
        actor = Actor(aid, kind, name, _with_parts(_norm_tokens(name)), first=first)
        actors.append(actor)
        return actor

    # Persons: longest names first, so a surname finds its full name.
    persons = sorted((m for m in mentions if m.label == "PERSON"), key=lambda m: (-(m.end - m.start), m.start))
    nicknames = _nicknames(doc, persons)
    person_actors: list[Actor] = []
    for m in persons:
        toks = _norm_tokens(m.text)
        if not toks:
            continue
        match = [a for a in person_actors if any(set(v) <= a.tokens for v in _son_of_spellings(toks))
                 and not _named_after(toks, a.name)]
        if match:
            actor = min(match, key=lambda a: (-a.n_mentions, a.first))
        else:
            actor = new("person", m.text, m.start)
            if m.end in nicknames:
                actor.tokens |= _with_parts(_norm_tokens(nicknames[m.end]))
            person_actors.append(actor)
        actor.n_mentions += 1
        m.actor_id = actor.actor_id

    # Organisations: same normalised name, or an acronym of a longer name.
    orgs = sorted((m for m in mentions if m.label == "ORG"), key=lambda m: (-(m.end - m.start), m.start))
    for m in orgs:
        key = " ".join(_norm_tokens(m.text))
        actor = by_key.get(key)
        if actor is None and _ACRONYM.match(m.text):
            actor = next((a for a in actors if a.kind == "organization"
                          and _initials(a.name) == m.text.replace(".", "")), None)
        if actor is None:
            actor = new("organization", re.sub(r"^(the|The)\s+", "", m.text), m.start)
        by_key[key] = actor
        actor.aliases.add(m.text)
        actor.n_mentions += 1
        m.actor_id = actor.actor_id

    # States: every country name and demonym.
    for m in mentions:
        if m.label in ("GPE", "NORP"):
            code = geo.country_code(m.text)
            if code:
                actor = by_key.get(code) or new("state", code, m.start)
                actor.country = code
                by_key[code] = actor
                actor.n_mentions += 1
                m.actor_id = actor.actor_id

    org_by_id = {a.actor_id: a for a in actors if a.kind == "organization"}
    for a in actors:
        if a.kind == "state":
            a.name = geo.country_name(a.country) or a.country
    for m in sorted(persons, key=lambda m: m.start):
        actor = next((a for a in person_actors if a.actor_id == m.actor_id), None)
        if actor is None:
            continue
        title, country, org_id = describe(doc, m, mentions)
        if title and (not actor.title or actor.title.lower() in _VAGUE_TITLES and title.lower() not in _VAGUE_TITLES):
            actor.title = title     # "the leader of Ghana, A" then "President A": the office
        if country and not actor.country:
            actor.country = country
        if org_id and not actor.org and org_id in org_by_id:
            actor.org = org_by_id[org_id].name
    actors.sort(key=lambda a: a.first)
    return actors


_VAGUE_TITLES = {"leader", "head", "chief", "boss", "official", "representative"}


def describe(doc: Doc, m: Mention, mentions: list[Mention]) -> tuple[str | None, str | None, str | None]:
    """Title, country (alpha-3) and organisation actor id stated around one person mention."""
    others = [p.start for p in mentions if p.label == "PERSON" and p is not m]
    # "A, Sudanese President B, ...": a list of people, not an apposition to A
    right = [z for z in _right_zone(doc, m.end) if not any(z[0] <= o < z[1] for o in others)]
    if m.end < len(doc) and doc[m.end].text == "," and _roles_first(doc, m.end):
        # "the envoy of Peru, A, the envoy of Chile, B": in a list whose roles come before
        # their names, the role after A is B's
        right = [z for z in right if not (z[1] + 1 < len(doc) and doc[z[1]].text == "," and z[1] + 1 in others)]
    # "Minister A and Minister for Trade B": B's premodifiers stop at A
    left = [(max([lo] + [p.end for p in mentions if p.label == "PERSON" and lo <= p.start and p.end <= start]), start)
            for lo, start in _left_zone(doc, m.start)]
    zone = [(z, "left") for z in left if z[0] < z[1]] + [(z, "right") for z in right]
    title = org = None
    countries = {}
    for (start, end), side in zone:
        t, c, o = _read_zone(doc, start, end, mentions, prefer_first=side == "right")
        title = title or t
        countries.setdefault(side, c)
        org = org or o
    # "A from Ghana and B from Peru": B's own "from Peru" beats the "Ghana" left of him.
    right = countries.get("right")
    if right and m.start > 0 and doc[m.start - 1].lower_ in _ROYAL_TITLES and m.end + 1 < len(doc) \
            and doc[m.end].lower_ == "of" and not geo.country_code(doc[m.end + 1].text):
        right = None        # "Prince Edward of Kent": a royal's title, not a town's country
    respective = _respective_country(doc, m, mentions)
    country = right or respective or countries.get("left") or _of_country_before(doc, m, mentions)
    if country is None and title and _SERVES.search(title) and left:
        # "Chinese President A's special envoy B": B serves A's state
        start = left[0][0]
        owner = next((p for p in mentions if p.label == "PERSON" and p is not m and start >= 2
                      and doc[start - 1].text in _POSSESSIVE and p.end == start - 1), None)
        if owner is not None:
            country = describe(doc, owner, [p for p in mentions if p is not m])[1]
    return title, country, org


_SERVES = re.compile(r"\b(?:envoy|representative|spokes(?:man|woman|person)|advis[eo]r|aide|emissary)\b", re.I)


def _respective_country(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
    """ "her Turkish and Azerbaijani counterparts, A and B": the countries before a plural role
    and the names set off after it, in the same order."""
    persons = sorted((p for p in mentions if p.label == "PERSON"), key=lambda p: p.start)
    # the run of names "A, B and C" that m is part of
    run = [m]
    for p in reversed([p for p in persons if p.end <= m.start]):
        between = doc[p.end:run[0].start].text.strip()
        if between not in (",", "and", ", and", "&"):
            break
        run.insert(0, p)
    for p in [p for p in persons if p.start >= m.end]:
        between = doc[run[-1].end:p.start].text.strip()
        if between not in (",", "and", ", and", "&"):
            break
        run.append(p)
    first = run[0].start
    if len(run) < 2 or first < 3 or doc[first - 1].text != ",":
        return None
    if doc[first - 2].tag_ not in ("NNS", "NNPS"):
        return _respective_of(doc, first - 1, run, m)
    countries = []
    k = first - 3
    while k >= 0 and doc[k].sent == doc[first].sent:
        code = geo.country_code(doc[k].text)
        if code:
            countries.insert(0, code)
        elif doc[k].lower_ not in ("and", ",", "&") and not (doc[k].pos_ in ("ADJ", "PROPN") and doc[k].is_title
                                                              and countries == []):
            break
        k -= 1
    if len(countries) != len(run):
        return None
    return countries[run.index(m)]


def _respective_of(doc: Doc, comma: int, run: list[Mention], m: Mention) -> str | None:
    """ "the foreign ministers of Malta and Libya, A and B": the countries after a plural role's
    "of" and the names set off after them, in the same order."""
    countries, k = [], comma
    while k > 1:
        size = next((n for n in (3, 2, 1) if k - n >= 0 and _word(doc[k - n])
                     and geo.country_code(doc[k - n:k].text)), 0)
        if not size:
            break
        countries.insert(0, geo.country_code(doc[k - size:k].text))
        k -= size
        if doc[k - 1].lower_ in (",", "and", "&"):
            k -= 1
    # ("the heads of the foreign ministries of A and B, X and Y": the bodies they lead)
    if not (k >= 2 and doc[k - 1].lower_ == "of" and doc[k - 2].tag_ in ("NNS", "NNPS")
            and (_is_title_word(doc[k - 2]) or doc[k - 2].lemma_.lower() in _ORGANS)) \
            or len(countries) != len(run):
        return None
    return countries[run.index(m)]


def _of_country_before(doc: Doc, m: Mention, mentions: list[Mention]) -> str | None:
    """ "the ambassadors of Japan, A, and of Germany, B": the country set off just before the
    name, after an "of"."""
    if m.start < 3 or doc[m.start - 1].text != ",":
        return None
    place = next((p for p in mentions if p.end == m.start - 1 and p.label in ("GPE", "NORP")), None)
    if place is None:
        return None
    i = place.start - 1
    if i >= 0 and doc[i].lower_ == "the":       # "of the Netherlands, A"
        i -= 1
    if i >= 0 and doc[i].lower_ == "and" and _of_country_name_before(doc, i, mentions):
        return geo.country_code(place.text)     # "the presidents of Chile, A, and Ecuador, B"
    return geo.country_code(place.text) if i >= 0 and doc[i].lower_ == "of" else None


def _of_country_name_before(doc: Doc, i: int, mentions: list[Mention]) -> bool:
    """Whether "of <country>, <person>," stands earlier in the sentence of token i: the first
    item of a list of countries each with its person."""
    start = doc[i].sent.start
    for p in mentions:
        if p.label == "PERSON" and start + 3 <= p.start < i and doc[p.start - 1].text == "," \
                and any(c.end == p.start - 1 and c.label in ("GPE", "NORP") and c.start >= 1
                        and doc[c.start - 1].lower_ in ("of", "the") for c in mentions):
            return True
    return False


_ORGANS = {"ministry", "government", "cabinet", "presidency", "embassy", "foreign office", "state department",
           "defence ministry", "defense ministry", "army", "navy", "parliament", "senate", "congress"}


def _state_organ(text: str) -> str | None:
    """The country of a state body named with its country ("the Chinese Foreign Ministry",
    "Kenya's Ministry of Health") or of a seat of government ("the Kremlin", "the White House")."""
    words = text.lower().removeprefix("the ").strip()
    if geo.is_venue(text):
        place = geo.geocode(text)
        return place.country if place is not None else None
    if not any(o in words for o in _ORGANS):
        return None
    codes = {geo.country_code(w) for w in re.split(r"[\s'’]+", text) if w[:1].isupper()} - {None}
    return codes.pop() if len(codes) == 1 else None


# roles written in lower case right before a name that are no titles of their own
_ROLE_NOUNS = {"diplomat", "legislator", "negotiator"}


def _left_zone(doc: Doc, start: int) -> list[tuple[int, int]]:
    """The premodifiers of a name: "the International Olympic Committee (IOC) President"."""
    i = start - 1
    while i >= 0:
        tok = doc[i]
        if tok.text == ")" and i >= 2 and doc[i - 2].text == "(":
            i -= 3
            continue
        if tok.ent_type_ == "PERSON" and not _is_title_word(tok) and not _in_country_name(doc, i) \
                and not _is_honorific(tok.lower_) \
                and not (tok.lower_ in _TITLE_SPELLINGS and i + 1 < start and _is_title_word(doc[i + 1])):
            break           # another person's name ("Papua New Guinea", "Sri Lankan" mistagged go on;
            #                 "Kuwait's Amir Sheikh A": a ruler's title before a rank)
        ok = (tok.is_title or tok.is_upper or _is_title_word(tok) or tok.lower_ in _JOINERS
              or tok.text in _POSSESSIVE or tok.lower_ in ("his", "her", "their") or tok.text == "-"
              or (tok.lower_ == "to" and i > 0 and _is_title_word(doc[i - 1]))    # "Ambassador to Vietnam"
              or (tok.lower_ == "in" and i > 0 and doc[i - 1].lower_ in _ENVOY_WORDS)   # "Ambassador in Lima"
              or (tok.lower_ == "to" and i > 1 and doc[i - 1].ent_type_ == "GPE"
                  and doc[i - 1].text[:1].isupper() and _posting_of(doc, i))   # "Ambassador of Japan to Peru"
              or _inner_modifier(tok, start)                                      # "Kenyan opposition leader"
              or tok.lower_ in _ROLE_NOUNS and i == start - 1
              or tok.lower_ in ("top", "senior", "chief") and i + 1 < start
              and (_is_title_word(doc[i + 1]) or doc[i + 1].lower_ in _ROLE_NOUNS))
        # ("China's top diplomat X", "Russia's chief negotiator X")
        if not ok or tok.is_punct and tok.text != "-":
            break
        if i < start - 1 and doc[i + 1].is_sent_start:
            break
        if tok.is_sent_start:
            i -= 1
            break
        i -= 1
    lo = i + 1
    while lo < start and doc[lo].lower_ in _JOINERS | {"his", "her", "their"}:
        lo += 1
    if lo == start and start >= 3 and doc[start - 1].text == ",":
        return _role_set_off(doc, start - 1)
    if lo >= 3 and doc[lo - 1].text == "," and all(_is_honorific(t.lower_) or _is_title_word(t) or (
            lo < t.i and (t.lower_ in _JOINERS or t.is_title)) for t in doc[lo:start]):
        # "the Emir of Qatar, Sheikh Hamad Al Thani": a form of address or rank after the set-off role;
        # "his Russian counterpart, Chief of Staff Gen. A": a title after it
        return _role_set_off(doc, lo - 1) + [(lo, start)]
    return [(lo, start)] if lo < start else []


_THEIR = {"his", "her", "their"}


def _posting_of(doc: Doc, to: int) -> bool:
    """Whether the "to" at ``to`` follows "<envoy title> of <country>" ("Ambassador of Japan to")."""
    k = to - 1
    while k > 0 and doc[k].ent_type_ == "GPE" and doc[k].lower_ != "of":
        k -= 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    return k > 0 and doc[k].lower_ == "of" and _is_title_word(doc[k - 1])


def _in_country_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is part of a country's name or adjective of up to three words."""
    return any(geo.country_code(doc[a:b].text) for a in range(max(0, i - 2), i + 1)
               for b in range(i + 1, min(len(doc), a + 3) + 1))


def _inner_modifier(tok: Token, start: int) -> bool:
    """A lowercase noun or participle inside the noun phrase of a name, modifying a word after
    it ("Kenyan opposition leader X", "the visiting Kenyan leader, X"); not an adjective of
    time or standing ("former", "late", "new"), which says whether the role is held."""
    return tok.is_alpha and (tok.pos_ == "NOUN" and tok.dep_ == "compound" or tok.tag_ == "VBG" and tok.dep_ == "amod") \
        and tok.i < tok.head.i <= start + 4


def _role_set_off(doc: Doc, comma: int) -> list[tuple[int, int]]:
    """A role set off by a comma just before a name, opened by "the" or a possessive: "met
    the Ghanaian leader, Kwame Mensah", "his Tanzanian counterpart, Joseph Kasanga", "the
    President of Ghana, Kwame Mensah", "the newly appointed Ambassador to Peru, Ana Silva"."""
    j = _of_country_end(doc, comma)
    if not _is_title_word(doc[j]):
        return []
    while j > 0 and comma - j < 8 and doc[j - 1].lower_ not in _THEIR | {"the"} and not doc[j - 1].is_punct \
            and (doc[j - 1].pos_ in ("ADJ", "PROPN", "NOUN") or _inner_modifier(doc[j - 1], comma)
                 or doc[j - 1].tag_ in ("VBN", "RB")) \
            and not doc[j].is_sent_start:
        j -= 1
    opened = False
    if j >= 2 and doc[j - 1].text in _POSSESSIVE:
        # "Kenya's foreign minister, A": opened by the country's possessive
        owner = next((k for k in range(max(0, j - 4), j - 1) if geo.country_code(doc[k:j - 1].text)), None)
        if owner is not None:
            j, opened = owner, True
    # "the Fijian President, A, and Tongan Prime Minister, B": a list item opened by "and"
    # ... or by the comma closing the name before it, in a list whose first role comes before
    # its name ("his Fijian counterpart, A, Australian Prime Minister, B")
    after_name = j >= 2 and doc[j - 1].text == "," and _list_name_word(doc[j - 2]) and _roles_first(doc, j - 1)
    # ("Polish Foreign Minister, A, met ...": a role opening the sentence)
    opening = doc[j].is_sent_start and (geo.country_code(doc[j].text) or doc[j].ent_type_ in ("NORP", "GPE"))
    if not opened and not after_name and not opening and (j == 0 or doc[j - 1].lower_ not in _THEIR | {"the", "and"}):
        return []
    # the parse must join them: "After meeting the president, Kwame Mensah flew home" does not
    role, name = doc[_of_country_end(doc, comma)], doc[comma + 1]
    # (a name closed by a second comma may hang off the role as a conjunct: "met the Foreign
    # Minister of Peru, A, and ...")
    end = comma + 1
    while end < len(doc) and end - comma <= 6 and (doc[end].pos_ == "PROPN" or _name_hyphen(doc[end])):
        end += 1
    closed = end < len(doc) and doc[end].text == ","
    # ("the President of France, A, the President of Chile, B,": a role of a country and a name
    # closed by a comma set each other off, however the parse hangs the name)
    of_country = _of_country_end(doc, comma) != comma - 1
    if closed and of_country and doc[j - 1].lower_ == "the" and end - comma >= 2 \
            and all(t.is_title or _name_hyphen(t) for t in doc[comma + 1:end]):
        return [(j, comma)]
    # (an apposition the parser hangs on the wrong word before the role still sets the name off)
    if not any((t.dep_ == "appos" or t.dep_ == "conj" and closed) and j <= t.head.i < comma
               for t in doc[comma + 1:comma + 7]) \
            and not (closed and any(t.dep_ == "appos" and t.head.i < j and t.head.sent == role.sent
                                    for t in doc[comma + 1:end])) \
            and not (closed and (_is_honorific(name.lower_) or name.text in CAPITAL_HONORIFICS)) \
            and not any(t.dep_ == "appos" and (t.head.i == role.i or t.i == role.i and comma < t.head.i <= comma + 4)
                        for t in doc[comma + 1:comma + 5]) and role.dep_ != "appos" and name.dep_ != "appos":
        return []
    return [(j, comma)]


def _roles_first(doc: Doc, comma: int) -> bool:
    """Whether the list a name closed by ``comma`` belongs to sets each role off before its name:
    its first name is set off by a role opened by "the", a possessive or "his" ("met his Fijian
    counterpart, A, Australian Prime Minister, B"), not followed by its own ("A, Ambassador of
    Peru, B, Ambassador of Chile")."""
    for _ in range(8):
        k = comma - 1
        while k > 0 and _list_name_word(doc[k - 1]):
            k -= 1              # k: where the name closed by the comma starts
        if k < 2 or doc[k - 1].text != ",":
            return False
        before = k - 2          # the name's set-off role ends here; is a name closed before it?
        while before > 0 and doc[before].text != "," and k - before < 10:
            before -= 1
        if doc[before].text == "," and before > 0 and _list_name_word(doc[before - 1]):
            comma = before      # another "name, role," before: go back to the list's first name
            continue
        return bool(_role_set_off(doc, k - 1))
    return False


def _list_name_word(tok: Token) -> bool:
    """A word of a name in a list, however the tagger labelled it: capitalised, proper, not a
    role or a country."""
    return tok.pos_ == "PROPN" and tok.is_title and not _is_title_word(tok) and not geo.country_code(tok.text)


def _of_country_end(doc: Doc, comma: int) -> int:
    """The title word before "of <country>" or a posting "to <country>" ending just before
    ``comma`` ("the Emir of Qatar,", "the Prime Minister of the Netherlands,", "the Ambassador to
    Ghana,"), else the token before the comma."""
    for k in range(1, 9):
        of = comma - k - 1
        if of >= 1 and doc[of].lower_ in ("of", "from") and _is_title_word(doc[of - 1]) \
                and _country_or_body(doc[of + 1:comma]):
            return of - 1       # (also "her counterpart from Ecuador,")
        if of >= 1 and doc[of].lower_ == "to" and _is_title_word(doc[of - 1]) \
                and geo.country_code(doc[of + 1:comma].text.removeprefix("the ")):
            return of - 1       # "the US Ambassador to Ghana,": a posting
    return comma - 1


def _country_or_body(span: Span) -> bool:
    """ "Ghana", "the Netherlands to Kenya" (a posting), "the African Union Commission", "the
    House of Councillors": what a set-off role is of."""
    text = span.text.removeprefix("the ")
    if geo.country_code(text) or geo.is_well_known_city(text):
        return True             # "the President of Ghana,", "the Mayor of Rotterdam,"
    to = next((t.i for t in span if t.lower_ == "to"), None)
    if to is not None and geo.country_code(span.doc[span.start:to].text.removeprefix("the ")) \
            and geo.country_code(span.doc[to + 1:span.end].text.removeprefix("the ")):
        return True
    words = [t for t in span if t.lower_ not in ("the", "of", "and", "for", "&")]
    return 0 < len(words) <= 6 and all(t.is_title or t.is_upper for t in words) \
        and any(t.ent_type_ == "ORG" or t.lower_ in lexicon.words("org_words.txt") for t in words)


# words that open a sentence with a phrase before its subject ("After talks with A, the minister ...")
_OPENERS = {"before", "after", "following", "while", "when", "during", "upon", "on", "ahead", "since", "prior",
            "at", "in", "besides", "apart", "like", "unlike", "having"}


def _right_zone(doc: Doc, end: int) -> list[tuple[int, int]]:
    """An apposition or "of <country>" after a name."""
    if end >= len(doc):
        return []
    tok = doc[end]
    # "A B - Peru, C D - Chile", "C D- Chile": the country closing the list item
    country = end + 1 if tok.text in _DASHES else end if len(doc[end - 1]) > 1 and doc[end - 1].text[-1] in _DASHES \
        else None
    k = _dash_country(doc, country) if country is not None else 0
    if k:
        return [(country, country + k)]
    if tok.lower_ in ("of", "from"):
        j = end + 1
        while j < len(doc) and (doc[j].is_title or doc[j].lower_ in ("the",)
                                or j > end + 1 and _word(doc[j]) and geo.country_code(doc[end + 1:j + 1].text)) \
                and j - end < 6:
            # ("of Cote d’Ivoire": a word in lower case that ends a country's name)
            j += 1
        return [(end, j)]
    if tok.text == "," and end + 1 < len(doc) and doc[end + 1].lower_ not in ("and", "or"):
        # (not ", and Tongan Prime Minister, X": the next item of a list)
        j = end + 1
        while j < len(doc) and doc[j].text not in (",", ";", ")", ".", "--", "—") and j - end < 18 \
                and doc[j].pos_ not in ("VERB", "AUX") \
                and not (doc[j].pos_ == "PRON" and not (j == end + 1 and doc[j].lower_ in _THEIR)):
            j += 1
        span = doc[end + 1:j]
        if j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ not in ("acl", "relcl", "amod") \
                and doc[end].sent[0].lower_ in _OPENERS:
            return []       # "Before meeting A, the Chinese minister visited ...": the next clause's subject
        if any(_is_title_word(t) for t in span if not _is_honorific(t.lower_)):
            return [(end + 1, j)]
    return []


def _posted_to(doc: Doc, i: int, start: int) -> bool:
    """Whether the country at token i is where an envoy is posted ("envoy to Peru", "envoy to
    the UK"), not whose envoy they are."""
    k = i - 1 if i - 1 > start and doc[i - 1].lower_ == "the" else i
    if k > start + 1 and doc[k - 1].lower_ == "in" and doc[k - 2].lower_ in _ENVOY_WORDS:
        return True     # "Saudi Ambassador in Sri Lanka"
    return k > start and doc[k - 1].lower_ == "to"


_ENVOY_WORDS = {"ambassador", "ambassadors", "envoy", "envoys", "commissioner", "consul", "representative",
                "affaires", "chargé", "charge", "ambassador-designate"}


def envoy_title(title: str | None) -> bool:
    """Whether a title is an envoy's ("Ambassador", "High Commissioner", "Special Envoy"):
    someone who serves abroad."""
    return any(w in _ENVOY_WORDS for w in (title or "").lower().split())


def _envoy_before(doc: Doc, i: int) -> bool:
    """Whether an envoy's title comes a few words before token i ("Ambassador to Baghdad")."""
    return any(t.lower_ in _ENVOY_WORDS for t in doc[max(0, i - 6):i])


def _read_zone(doc: Doc, start: int, end: int, mentions: list[Mention], prefer_first: bool = False):
    """Split a span of premodifiers or apposition into title, country and organisation."""
    country = org = None
    skip: set[int] = set()
    for i in range(start, end - 1):
        # "Greek Cypriot President": two adjectives that name another state together
        pair = geo.country_code(doc[i:i + 2].text) if doc[i].is_title and doc[i + 1].is_title else None
        if pair and geo.country_code(doc[i].text) not in (None, pair):
            country = pair
            skip.update((i, i + 1))
            break
    for m in mentions:
        if m.start >= start and m.end <= end:
            if m.label in ("GPE", "NORP") and geo.country_code(m.text):
                if not _posted_to(doc, m.start, start):     # "Ambassador ... to Peru": the posting
                    country = country or geo.country_code(m.text)
                skip.update(range(m.start, m.end))
            elif m.label == "GPE" and m.end < end and doc[m.end].text in _POSSESSIVE and geo.capital_country(m.text):
                country = country or geo.capital_country(m.text)   # "Washington's envoy": the state
                skip.update(range(m.start, m.end))
            elif m.label == "GPE" and m.start > start and doc[m.start - 1].lower_ == "of" \
                    and geo.is_well_known_city(m.text):
                # "the Mayor of Rotterdam": the city's country
                country = country or geo.geocode(m.text).country
                skip.update(range(m.start, m.end))
            elif m.label in ("ORG", "FAC") and _state_organ(m.text):
                # "Kremlin spokesman", "Chinese Foreign Ministry spokesperson": the state speaks
                country = country or _state_organ(m.text)
                skip.update(range(m.start, m.end))
            elif m.label == "ORG":
                org = org or m.actor_id
                skip.update(range(m.start, m.end))
            elif m.label in ("GPE", "LOC", "FAC") and geo.is_area(m.text) and not _posted_to(doc, m.start, start):
                country = country or geo.geocode(m.text).country   # "Assam Governor": the province's state
                skip.update(range(m.start, m.end))
            elif m.label in ("GPE", "LOC", "FAC", "DATE", "TIME"):
                skip.update(range(m.start, m.end))       # "in Moscow and PM B": not a title
    words: list[Token] = []
    for tok in doc[start:end]:
        if tok.text in _POSSESSIVE and not words:
            continue        # "X's envoy Y": the possessive ends X, the title is "envoy"
        if tok.i in skip or tok.text in ("(", ")") or (tok.i - 1 in skip and tok.text in _POSSESSIVE):
            if words and words[-1] is not None and words[-1].lower_ in ("of", "the", "and"):
                words.pop()
            words.append(None)  # a gap
            continue
        if country is None and tok.i > start and doc[tok.i - 1].lower_ == "of" and tok.is_title \
                and geo.is_well_known_city(tok.text) and not geo.country_code(tok.text):
            country = geo.geocode(tok.text).country       # "the Mayor of Accra" (untagged)
            words.append(None)
            continue
        if country is None and tok.is_title:
            # "State Duma member", "Bundestag President", "Assam Governor": a state's body or
            # province in the title, untagged
            body = next((k for k in (3, 2, 1) if tok.i + k <= end and (geo.is_venue(doc[tok.i:tok.i + k].text)
                                                                       or geo.is_area(doc[tok.i:tok.i + k].text))), 0)
            place = geo.geocode(doc[tok.i:tok.i + body].text) if body else None
            country = place.country if place is not None else None
        posting = tok.i > start and doc[tok.i - 1].lower_ == "to"      # "Ambassador to Vietnam"
        if (country is None or posting) and not _is_title_word(tok):
            # the longest country name from here: "South Sudan", not "Sudan"
            k = next((k for k in (3, 2, 1) if tok.i + k <= end and geo.country_code(doc[tok.i:tok.i + k].text)), 0)
            if k:
                if not posting:
                    country = geo.country_code(doc[tok.i:tok.i + k].text)
                skip.update(range(tok.i, tok.i + k))
                words.append(None)
                continue
        words.append(tok)
    # The title is the run of words, nearest the name, that contains a title word.
    best: list[Token] = []
    run: list[Token] = []
    for tok in words + [None]:
        honorific = tok is not None and _is_honorific(tok.lower_) and not (run and run[-1].lower_ == "first")
        if tok is None or honorific or tok.lower_ in ("his", "her", "their", "a", "an"):   # "First Lady" stays
            while run and run[-1].lower_ in _JOINERS | {"to"}:
                run.pop()           # "Ambassador to (Vietnam)": the posting is no part of the title
            while run and run[0].lower_ in _JOINERS:
                run.pop(0)
            if any(_is_title_word(t) and not _is_honorific(t.lower_) for t in run) \
                    and not (prefer_first and best):
                best = run
            run = []
        else:
            run.append(tok)
    title = " ".join(t.text for t in best) if best else None
    if title:
        title = re.sub(r"\s*-\s*", "-", title)
    return title, country, org
