"""Stage 1, clean: raw articles -> documents.

Input  ``articles`` (schemas.ARTICLES): doc_id, path, text, url, published, source, title, ...
Output ``documents`` (schemas.DOCUMENTS): doc_id, title, published, published_source,
dateline, captions, text (the cleaned body), status, error, ...

Cleaning removes page furniture (menus, bylines, timestamps, share links, lists of
unrelated headlines, HTML), moves photo captions out of the body, and finds the title,
the publication date (given > URL > header line > dateline) and the dateline place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import unicodedata

import pyarrow as pa

from . import cache, dates, lexicon, schemas

INPUT, OUTPUT = schemas.ARTICLES, schemas.DOCUMENTS

MAX_CHARS = 200_000           # longer bodies (news articles are far shorter) are truncated, with the reason recorded
HEADLINE_MAX_WORDS = 25
DATELINE_SCAN_CHARS = 3000      # a dateline run into a line is looked for this far into it
RUN_ON_CHARS = 600             # a longer line may hold several paragraphs run together (a crawl dump's text)
SHORT_LINE_WORDS = 20          # a line this short with no sentence-final punctuation is furniture

_URL = re.compile(r"https?://[^\s'\"<>)]+")
_HTML_HINT = re.compile(r"<(html|body|div|p|br|span|script|style|a|img|h[1-6])\b", re.I)
_SCRIPT = re.compile(r"<(script|style|noscript|template)\b.*?(</\1\s*>|\Z)", re.I | re.S)
_IMG_OPEN = re.compile(r"<img\b", re.I)
_ATTRS_TO_END = re.compile(r"""(?:\s+[\w-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*\s*/?>?\s*""")
# Quoted attribute values in crawled pages often hold the other quote ("Xi's"), so a value
# runs to the quote that is followed by another attribute, the tag's end or the line's end.
_ALT = re.compile(r"""\balt\s*=\s*(?:'(.*?)'(?=\s+[\w-]+\s*=|\s*/?>|\s*$)|"(.*?)"(?=\s+[\w-]+\s*=|\s*/?>|\s*$))""",
                  re.I | re.M)
_ALT_RUN_ON = re.compile(r"""\balt\s*=\s*(?:'(.*?)'|"(.*?)")(?=\s+["“]?[A-Z])""", re.I)
_BLOCK = re.compile(r"</?(p|div|br|li|ul|ol|h[1-6]|tr|table|section|article|header|footer|blockquote)\b[^>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>\n]*>|<!--.*?-->", re.S)
_LEADING_DATE = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*")
_END_PUNCT = re.compile(r"""[.!?:;"'”’)\]]\s*\Z""")
_INVISIBLE = dict.fromkeys(
    [c for c in range(0x20) if c not in (0x09, 0x0A)] + [0x7F]
    + list(range(0x80, 0xA0)) + [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]
    + list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)) + [0x200E, 0x200F, 0x061C])
# the horizontal bar and figure dash some outlets set for a dash ("KUALA LUMPUR, April 4 \u2015 ...")
_INVISIBLE.update({0x2015: "\u2014", 0x2012: "\u2013"})


def clean(articles: pa.Table) -> pa.Table:
    """Turn raw articles into cleaned documents, one row per article.

    Args:
        articles: a table of schema ``ARTICLES``.

    Returns:
        A ``DOCUMENTS`` table sorted by doc_id. Every input row gets a row: ``status`` is
        ``ok``, ``empty`` (no article text after cleaning), ``failed`` (unreadable or
        undecodable) or ``skipped`` (deliberately not processed), with ``error`` saying why.
    """
    schemas.validate(articles, INPUT)
    return schemas.conform([clean_article(row) for row in articles.to_pylist()], OUTPUT)


def clean_article(row: dict) -> dict:
    """Clean one article row (a dict of ``ARTICLES`` columns) into a ``DOCUMENTS`` row."""
    out = {
        "doc_id": row["doc_id"], "path": row.get("path"), "url": row.get("url"),
        "source": row.get("source"), "sha256": None, "input_key": cache.input_key(row), "n_chars": 0,
        "title": row.get("title"),
        "published": None, "published_source": "none", "dateline": None, "dateline_place": None,
        "captions": [], "n_dropped_lines": 0, "encoding": row.get("encoding"), "text": "",
        "status": "ok", "error": None,
    }
    error = row.get("read_error")
    raw = row.get("text")
    if error:
        out["status"] = "skipped" if error.startswith("skipped") else "failed"
        out["error"] = error
        return out
    if raw is None:
        out.update(status="failed", error="no text")
        return out
    out["sha256"] = hashlib.sha256(raw.encode("utf-8", errors="surrogatepass")).hexdigest()
    out["n_chars"] = len(raw)

    text = normalise(raw)
    urls = _URL.findall(text)
    header_date = None
    m = _LEADING_DATE.match(text)
    if m:
        header_date = _iso(m.group(1))
        text = text[m.end():]
    if _HTML_HINT.search(text):
        text = strip_html(text, out["captions"])
    body, title, dropped = _split_body(unwrap(text), out["captions"])
    if not body.strip() and _PROSE.search(text[:PROSE_SCAN_CHARS]):
        # Every line went as furniture or caption, yet the page has prose: read it sentence
        # by sentence (a one-line page whose first words look like a caption or a menu).
        del out["captions"][:]
        body, title, dropped = _split_body(unwrap(text), out["captions"], run_on=0)
    out["n_dropped_lines"] = dropped
    if not out["title"]:
        out["title"] = title

    dateline = dates.find_dateline_span(body) or _place_line(body)
    if dateline:
        place, date_expr, span = dateline
        out["dateline"] = body[span[0]:span[1]].strip(" -—–")
        out["dateline_place"] = place
        rest = body[span[1]:]
        body = body[:span[0]] + (rest.lstrip("\n") if span[0] == 0 else rest)     # (no blank opening line)

    dateline_date = _given_date(dateline[1]) if dateline else None   # only a dateline with a year
    header = header_date or dates.find_header_date(text)
    if header is not None and (header.month, header.day) == (1, 1) and not _NEW_YEAR.search(body):
        header = None       # "date 2014-01-01": a page's placeholder for an unknown date
    if header is not None and dateline and dateline_date is None and header.day <= 12:
        # "06/09/2023" read month first, then "JAKARTA, Sept 6 (Bernama)": the page writes day first
        said = dates.resolve_date(dateline[1], header, "past") if dateline[1] else None
        if said is not None and said.precision == "day" and said.value[5:] == f"{header.day:02d}-{header.month:02d}":
            header = dt.date(header.year, header.day, header.month)
    published, source = _publication_date(row, header, urls, dateline_date)
    out["published"], out["published_source"] = published, source

    if len(body) > MAX_CHARS:
        cut = body.rfind("\n", 0, MAX_CHARS)
        body = body[: cut if cut > 0 else MAX_CHARS]
        out["error"] = f"truncated to {len(body)} characters (limit {MAX_CHARS})"
    out["text"] = _spaced_initials(social_words(_notes_out(body)))
    out["captions"] = [_spaced_initials(social_words(_notes_out(c))) for c in out["captions"]]
    if not body.strip() and not out["captions"]:
        out["status"] = "empty"
        out["error"] = "no article text after cleaning"
    return out


def analysed_text(text: str, captions: list[str] | None) -> str:
    """The text the later stages read: the body, then each caption after a blank line.

    Offsets in ``sentences``, ``entities`` and ``events`` index this string; an offset at or
    past ``len(text)`` points into the captions.
    """
    return "\n\n".join([text or "", *(captions or [])]) if captions else (text or "")


def normalise(text: str) -> str:
    """Unify line ends and dashes, drop control, zero-width and bidi characters, NFC-normalise."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.translate(_INVISIBLE).replace("\t", " ").replace("\u00a0", " ")
    return unicodedata.normalize("NFC", text)


# A link's note a page leaves in its text ("the President of Kosovo, A B(link is external).")
_LINK_NOTES = re.compile(r"[ ]?\((?:link is external|external link|opens in (?:a )?new (?:window|tab))\)", re.I)
# ... and a photo's credit: "(Tom Bell/PA)", "(AP Photo/Ann Lee)", "(Xinhua/Li Wen)", "(Photo: Ann Lee/Reuters)"
_CREDIT_WORDS = r"[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*){0,3}"
_PHOTO_CREDITS = re.compile(rf"[ ]?\((?:Photo:[ ]*)?{_CREDIT_WORDS}[ ]*/[ ]*{_CREDIT_WORDS}\)")
_HANDLE = re.compile(r"(?<![\w@])@([A-Z][A-Za-z]{2,40})\b")
_HASHTAG = re.compile(r"(?<![\w#&])#(?=[A-Za-z])")


def _notes_out(text: str) -> str:
    """The text without link notes and photo credits, which name no one in the story."""
    return _PHOTO_CREDITS.sub("", _LINK_NOTES.sub("", text))


# an initial glued to the name after it ("V.Petrov", "A.Nasser", Mongolian "Kh.Battulga", "Ts.Bold"), not
# a letter of an abbreviation ("U.S.Army")
_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z][a-z]?)\.(?=[A-Z][a-z]{2,})")


def _spaced_initials(text: str) -> str:
    """ "V.Petrov" as "V. Petrov": the tokenizer keeps a glued initial and name as one word."""
    return _GLUED_INITIAL.sub(r"\1. ", text)


def social_words(text: str) -> str:
    """A post's handles and hashtags read as the words they are made of: "@AnaVidalRuiz" as
    "Ana Vidal Ruiz", "@DrKMensah" as "Dr K Mensah", "#Lima" as "Lima". A handle that does not
    split into two to four capitalised words ("@POTUS", "@PMOIndia") stays as it is."""
    def words(m: re.Match) -> str:
        parts = re.findall(r"[A-Z][a-z]*", m.group(1))
        if "".join(parts) != m.group(1) or not 2 <= len(parts) <= 4 or sum(len(p) == 1 for p in parts) > 1:
            return m.group(0)
        return " ".join(parts)
    return _HASHTAG.sub("", _HANDLE.sub(words, text))


def strip_html(text: str, captions: list[str]) -> str:
    """Remove markup, keeping image alt text as captions and block tags as line breaks."""
    text = _SCRIPT.sub(" ", text)

    out, pos = [], 0
    for m in _IMG_OPEN.finditer(text):
        if m.start() < pos:
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        gt = text.find(">", m.end(), line_end)
        end = gt + 1 if gt >= 0 else line_end
        alt = _ALT.search(text, m.end(), end)
        if alt is None or not _ATTRS_TO_END.fullmatch(text, alt.end(), end):
            # a tag cut short (a crawl dump's one-line page): it ends with its alt text
            alt = _ALT_RUN_ON.search(text, m.end(), end) or alt
            if alt is not None:
                end = alt.end()
        if alt:
            value = html.unescape(alt.group(1) or alt.group(2) or "").strip()
            if value:
                captions.append(value)
        out.append(text[pos:m.start()] + "\n")
        pos = end
    text = "".join(out) + text[pos:]
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub(" ", text)
    return html.unescape(text)


def unwrap(text: str) -> str:
    """Join hard-wrapped lines (wire copy broken at ~70 characters) back into paragraphs.

    A text counts as hard-wrapped when at least five lines, and two in five of its lines,
    are of wrap length and stop mid-sentence. Then lines run on into the next one unless
    they end a sentence well short of the wrap width or a blank line follows.
    """
    lines = text.split("\n")
    body = [ln.strip() for ln in lines if ln.strip()]
    if len(body) < 5:
        return text
    wrapped = [ln for ln in body if 30 <= len(ln) <= 100 and not _END_PUNCT.search(ln)]
    if len(wrapped) < 5 or len(wrapped) < 0.4 * len(body):
        return text
    width = sorted(len(ln) for ln in wrapped)[len(wrapped) // 2]
    out: list[str] = []
    current = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            if current:
                out.append(current)
                current = ""
            out.append("")
            continue
        current = f"{current} {line}" if current else line
        if _END_PUNCT.search(line) and len(line) < 0.8 * width:
            out.append(current)
            current = ""
    if current:
        out.append(current)
    return "\n".join(out)


def _split_body(text: str, captions: list[str], run_on: int = RUN_ON_CHARS) -> tuple[str, str | None, int]:
    clutter = lexicon.patterns("clutter.txt", full=True)
    caption = lexicon.patterns("caption_markers.txt")
    keep: list[str] = []
    title = None
    dropped = 0
    after_marker = False
    lines = [re.sub(r"[ ]{2,}", " ", ln).strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if ln]
    if len(lines) <= 2:
        run_on = 0                     # a page given as one or two lines: its parts are run on
    for line in [piece for n, ln in enumerate(lines)
                 for piece in (pieces(ln, datelines=n < 20) if len(ln) > run_on else [ln])]:
        n_words = len(line.split())
        ends = bool(_END_PUNCT.search(line))
        # A long sentence is article text even when it opens like furniture ("Updated figures ...").
        if (n_words < SHORT_LINE_WORDS or not ends) and any(p.match(line) for p in clutter):
            dropped += 1
            after_marker = after_marker or bool(re.match(r"(read more|related|most|you may|more from|latest|top stories|recommended|trending)", line, re.I))
            continue
        if n_words < SHORT_LINE_WORDS and _only_dateline(line):
            keep.append(line)   # "New Delhi, Oct 20 (IANS)" split off a run-on line: no photo credit
            continue
        if any(p.search(line) for p in caption):
            captions.append(line)
            continue
        if title is None and not keep and n_words <= HEADLINE_MAX_WORDS and not line.endswith((".", ":")):
            title = line
            continue
        if n_words < SHORT_LINE_WORDS and (not ends or after_marker):
            if not dates.find_dateline(line):
                dropped += 1
                continue
        if n_words >= SHORT_LINE_WORDS:
            after_marker = False
        keep.append(line)
    return "\n\n".join(keep), title, dropped


def _only_dateline(line: str) -> bool:
    """Whether a line is a dateline and nothing else ("New Delhi, Oct 20 (IANS)")."""
    found = dates.find_dateline_span(line)
    return found is not None and found[2][0] == 0 and not line[found[2][1]:].strip(" -—–:")


# ---------------------------------------------------------------- run-on lines

_PROSE = re.compile(r"(?:[^\W\d_][\w'’,-]{0,30}\s+){7,}[^\W\d_][\w'’-]{0,30}[.!?]")
PROSE_SCAN_CHARS = 50_000      # where a page's prose is looked for
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "capt", "sen", "rep", "gov", "pres", "prof", "jr",
    "sr", "no", "vol", "rev", "hon", "amb", "maj", "sgt", "cmdr", "adm", "fig", "inc", "ltd", "co",
    "corp", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "h.e", "h.h", "h.m", "h.r.h", "e.g", "i.e", "sec", "rt", "eng",
    "engr",
}
_SENTENCE_END = re.compile(
    r"[.!?][\"”’')\]]*(?=\s+(?:[\"“‘]?[^\W\d_]|\(\s*(?:cover|photo|file photo|caption|pictured)\s*:))", re.I)
_CREDIT = re.compile(
    r"\((?:xinhua|photo|file photo|afp|reuters|ap|cfp|ians|pti|anadolu|getty images)(?:/[^()]{0,40})?\)"
    r"|/\s*(?:xinhua|cgtn|afp|reuters|ap|cfp|getty images|vcg)\b\)?"
    r"|\b(?-i:[A-Z]{2,}(?:/[A-Z]{2,})*) (?:photo|file photo)\b",
    re.I)
_STAMP = re.compile(
    r"(?P<updated>\b(?:last updated|updated|published|posted)\s*:?\s*)?"
    r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?"
    r"(?P<date>,?\s+(?:\w+,\s+)?(?:\d{1,2}[- ][a-z]{3,9}\.?[- ,]+\d{4}|[a-z]{3,9}\.? \d{1,2},? \d{4}))?",
    re.I)
_STAMP_LEAD = re.compile(r"(?:^|[)|]|\b(?-i:[A-Z]{2,}))\s*$")   # searched in the few characters before
_MARKER = re.compile(
    r"(?-i:\b(?:Read (?:more|also|full(?: this)? story)|Also read|Related(?: news| stories| articles)?|Most popular"
    r"|Most viewed|You may also like|Recommended|Trending))\b(?:\s*:|…|(?=\s+[\"“]?[A-Z]))", re.I)
_CRUMB = re.compile(r"^home\s*>(?:[^>.]{1,40}>)*", re.I)
_SHARE_RUN = re.compile(
    r"(?:\b(?:share(?: this(?: article| story| page)?)?|print|email|tweet|facebook|twitter|linkedin|whatsapp"
    r"|wechat|weibo|telegram)\b[\s|:/·•]*){2,}", re.I)
_BYLINE = re.compile(
    r"(?-i:\b(?:By|BY))\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})"
    r"(?:\s*(?:,|and)\s+(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}))*"
    r"(?P<outlet>\s*\(\s*(?:[^()|]{1,40}\)|(?:cgtn|xinhua|reuters|afp|ap|global times|china daily|people's daily"
    r"(?: online)?)\b\)?)|\s*\|[^|]{1,40}\|)?"
    r"(?=\s*(?:$|\d{1,2}:\d{2}|[\"“]?[^\W\d_]))", re.I)


def pieces(line: str, datelines: bool = True) -> list[str]:
    """Split a run-on line into the parts a page would give as lines of their own.

    Boundaries: the end of each sentence (not after "Mr." or "Nov."), the end of a photo
    credit ("(Xinhua/Li Wei)", "/AFP", "VNA Photo"), a news dateline ("BEIJING, Nov. 29
    (Xinhua) --"), a timestamp that follows a credit or an "Updated" ("08:12, November 30,
    2023"), a byline that opens a part ("By Ann Lee and Bo Chen ( Global Times"), a run of
    share words ("Share Facebook Twitter"), and a "Read more:" marker. Each part is then
    read as a line: furniture dropped, captions kept apart, prose kept.
    """
    cuts = {0, len(line)}
    for m in _SENTENCE_END.finditer(line):
        word = re.search(r"([\w.]+)$", line[max(0, m.start() - 20): m.start()])   # "Mr", "Nov", "U.S", "J"
        token = word.group(1).lower() if word else ""
        if line[m.start()] == "." and (token in _ABBREVIATIONS or len(token) == 1
                                       or re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", token)):
            continue        # ("J.K. Rowling": initials)
        cuts.add(m.end())
    for m in _CREDIT.finditer(line):
        if re.match(r"\s+[\"“]?[^\W\d_]", line[m.end():]):
            cuts.add(m.end())
    for m in _STAMP.finditer(line):
        # "Xinhua) 08:12, November 30, 2023", "Updated 18:59, 07-Mar-2021": not "at 10:30 on Monday"
        if m.group("updated") or m.group("date") or _STAMP_LEAD.search(line[max(0, m.start() - 12): m.start()]):
            cuts.update((m.start(), m.end()))
    crumb = _CRUMB.match(line)
    if crumb:
        cuts.add(crumb.end())
    for rx in (_MARKER, _SHARE_RUN):
        for m in rx.finditer(line):
            cuts.update((m.start(), m.end()))
    for m in _BYLINE.finditer(line):
        # a byline stands apart: it carries its outlet, or a boundary follows it
        if m.group("outlet") or m.end() in cuts or re.match(r"\s*(?:\d{1,2}:\d{2}|$)", line[m.end():]):
            cuts.update((m.start(), m.end()))
    out: list[str] = []
    bounds = sorted(cuts)
    for a, b in zip(bounds, bounds[1:]):
        part = line[a:b].strip()
        split = _dateline_split(part) if datelines and a < DATELINE_SCAN_CHARS else None
        if split:
            out.extend((part[:split].strip(), part[split:].strip()))
        else:
            out.append(part)
    return [p for p in out if p]


def _dateline_split(part: str) -> int | None:
    """Where a dateline starts inside ``part`` (not at its start), if one does. A part that
    opens with a dateline has none inside it ("NEW YORK, Sept 26 --" is not "NEW" and a
    dateline "YORK, Sept 26 --")."""
    opening = dates.find_dateline_span(part[:300])
    if opening is not None and opening[2][0] == 0:
        return None
    for m in re.finditer(r"\s(?=[^\W\d_])", part[:400]):
        rest = part[m.end():m.end() + 300]
        found = dates.find_dateline_span(rest)
        if found is not None and found[2][0] == 0 and rest[found[2][1]:].strip():
            return m.end()      # (not "... in Nairobi, June 11, 2024.": a place and day that end the part)
    return None


_PLACE_LINE = re.compile(
    r"(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?"
    r"[ ]*(?::[ ]*(?:\n+|$)|\|[^|\n]{1,40}\|[ ]*)")


def _place_line(body: str) -> tuple[str, None, tuple[int, int]] | None:
    """Datelines of other house styles, opening one of the first paragraphs: a line that is
    only a city ("New Delhi:") or "Beijing, China | AFP |". The place must be a known city."""
    from . import geo

    for m in re.finditer(r"(?:\A|\n\n)", body[:3000]):
        found = _PLACE_LINE.match(body, m.end())
        if found:
            place = geo.geocode(found.group("place"))
            if place is not None and place.kind in ("city", "venue"):
                return found.group("place"), None, (found.start(), found.end())
    return None


def _iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _given_date(value: str | None) -> dt.date | None:
    """A given date in a format other than ISO ("July 28, 2024", "2024/07/28"), to the day."""
    resolved = dates.resolve_date(value, None) if value else None
    return _iso(resolved.value) if resolved and resolved.precision == "day" else None


_NEW_YEAR = re.compile(r"\b(?:jan(?:uary|\.)? 1(?:st)?\b|1(?:st)? (?:of )?jan(?:uary)?\b|new year)", re.I)


def _publication_date(row: dict, header: dt.date | None, text_urls: list[str],
                      dateline: dt.date | None = None) -> tuple[dt.date | None, str]:
    given = _iso(row.get("published")) or _given_date(row.get("published"))
    if given:
        return given, "given"
    if row.get("url"):
        from_url = dates.date_from_url(row["url"])
        if from_url:
            return from_url, "url"
    if header:
        return header, "header"
    for url in text_urls:
        from_url = dates.date_from_url(url)
        if from_url:
            return from_url, "url"
    if dateline:
        return dateline, "dateline"
    return None, "none"
