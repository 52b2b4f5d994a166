"""Tests for pipeline.clean: title, publication date, dateline, captions, clutter, HTML, status."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline import io, schemas
from pipeline.clean import analysed_text, clean, clean_article, pieces

D = dt.date
BODY = ("Chinese President Xi Jinping met with visiting French President Emmanuel Macron in Beijing "
        "on Thursday, and the two sides discussed trade and climate cooperation.")
BODY2 = ("Macron said France was ready to work with China to keep the global economy open and stable, "
         "according to a statement released after the talks.")


def _clean(text, **kw):
    return clean_article(io.article_row("d1", text=text, **kw))


# ---------------------------------------------------------------- title

@pytest.mark.parametrize("text, title", [
    (f"Xi meets Macron in Beijing\n\n{BODY}", "Xi meets Macron in Beijing"),
    (f"\n\n   Xi meets Macron in Beijing   \n{BODY}", "Xi meets Macron in Beijing"),
    (f"Xi  meets   Macron\n{BODY}", "Xi meets Macron"),                    # spaces collapsed
    (f"Home > News\nXi meets Macron\n{BODY}", "Xi meets Macron"),          # furniture is no title
    (f" date 2023-11-30 Xi meets Macron in Beijing\n\n{BODY}", "Xi meets Macron in Beijing"),
    (BODY, None),                                                            # a sentence is no headline
])
def test_clean_title_is_the_first_headline_line(text, title):
    row = _clean(text)
    assert row["title"] == title
    assert row["text"] == BODY


def test_clean_given_title_is_kept():
    row = _clean(f"Xi meets Macron\n{BODY}", title="Given title")
    assert row["title"] == "Given title"


# ---------------------------------------------------------------- publication date

@pytest.mark.parametrize("text, published, header", [
    (f" date 2023-11-30 Xi meets Macron\n\n{BODY}", D(2023, 11, 30), None),
    (f"Xi meets Macron\nUpdated 18:59, 07-Mar-2021\n{BODY}", D(2021, 3, 7), "Updated 18:59"),
    (f"Xi meets Macron\n(Xinhua) 08:12, November 30, 2023\n{BODY}", D(2023, 11, 30), "08:12"),
    (f"Xi meets Macron\nXinhua) 08:12, November 30, 2023\n\n{BODY}", D(2023, 11, 30), "08:12"),
    (f"Xi meets Macron\n15:27, February 01, 2024 By Zhang Wei ( Global Times\n{BODY}", D(2024, 2, 1), "15:27"),
    (f"Xi meets Macron\nJuly 13, 2024\n{BODY}", D(2024, 7, 13), "July 13"),
])
def test_clean_header_date_is_read_and_removed(text, published, header):
    row = _clean(text)
    assert (row["published"], row["published_source"]) == (published, "header")
    assert row["title"] == "Xi meets Macron"
    assert row["text"] == BODY
    if header:
        assert header not in row["text"]


IMG = "<img src='https://x.com/news/2020-01-02/photo.png' alt='Xi and Macron'>"
HEADER = "Updated 18:59, 07-Mar-2021"
META_URL = "https://example.com/world/2022/05/06/xi-macron.html"


@pytest.mark.parametrize("text, given, url, published, source", [
    # given beats everything
    (f"Xi meets Macron\n{HEADER}\n{IMG}\n{BODY}", "2024-07-28", META_URL, D(2024, 7, 28), "given"),
    (f"Xi meets Macron\n{HEADER}\n{BODY}", "2024-07-28T10:00:00Z", None, D(2024, 7, 28), "given"),
    # a given date in another format still counts
    (f"Xi meets Macron\n{HEADER}\n{BODY}", "July 28, 2024", None, D(2024, 7, 28), "given"),
    (f"Xi meets Macron\n{HEADER}\n{BODY}", "2024/07/28", META_URL, D(2024, 7, 28), "given"),
    # an unusable given value falls through
    (f"Xi meets Macron\n{HEADER}\n{BODY}", "unknown", None, D(2021, 3, 7), "header"),
    # then the dated URL in the metadata
    (f"Xi meets Macron\n{HEADER}\n{IMG}\n{BODY}", None, META_URL, D(2022, 5, 6), "url"),
    # then the header line
    (f"Xi meets Macron\n{HEADER}\n{IMG}\n{BODY}", None, "https://example.com/xi-macron", D(2021, 3, 7), "header"),
    # then a dated URL inside the page
    (f"Xi meets Macron\n{IMG}\n{BODY}", None, None, D(2020, 1, 2), "url"),
    # nothing at all
    (f"Xi meets Macron\n{BODY}", None, None, None, "none"),
])
def test_clean_publication_date_precedence(text, given, url, published, source):
    row = _clean(text, published=given, url=url)
    assert (row["published"], row["published_source"]) == (published, source)
    assert row["text"] == BODY


# ---------------------------------------------------------------- dateline

@pytest.mark.parametrize("line, place, dateline", [
    ("BEIJING, Nov. 29 (Xinhua) -- ", "Beijing", "BEIJING, Nov. 29 (Xinhua)"),
    ("WASHINGTON, July 3 (Reuters) - ", "Washington", "WASHINGTON, July 3 (Reuters)"),
    ("PARIS -- ", "Paris", "PARIS"),
    # a city of several words is one place, not a word and a dateline after it
    ("NEW YORK, Sept 26 (BSS) - ", "New York", "NEW YORK, Sept 26 (BSS)"),
    ("ADDIS ABABA, Oct. 8 (ENA) -- ", "Addis Ababa", "ADDIS ABABA, Oct. 8 (ENA)"),
    ("ABU DHABI, 12th November, 2024 (WAM) -- ", "Abu Dhabi", "ABU DHABI, 12th November, 2024 (WAM)"),
])
def test_clean_dateline_is_removed_from_text(line, place, dateline):
    row = _clean(f"Xi meets Macron\n{line}{BODY}\n{BODY2}")
    assert row["dateline_place"] == place
    assert row["dateline"] == dateline
    assert row["text"] == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize("line, place, dateline", [
    ("New Delhi, Oct 20 (IANS) ", "New Delhi", "New Delhi, Oct 20 (IANS)"),
    ("BEIJING, Nov. 29 (Xinhua) -- ", "Beijing", "BEIJING, Nov. 29 (Xinhua)"),
    # a place and a day closed by a full stop
    ("Lima, Nov. 27. ", "Lima", "Lima, Nov. 27."),
])
def test_clean_dateline_of_a_one_paragraph_article(line, place, dateline):
    # a page of one line is split into its parts: the dateline is no photo credit
    row = _clean(f"Xi meets Macron\n{line}{BODY}")
    assert (row["dateline_place"], row["dateline"], row["text"]) == (place, dateline, BODY)


def test_clean_no_dateline_leaves_text_alone():
    row = _clean(f"Xi meets Macron\n{BODY}")
    assert (row["dateline"], row["dateline_place"]) == (None, None)
    assert row["text"] == BODY


# ---------------------------------------------------------------- captions

@pytest.mark.parametrize("caption, kept", [
    # (the photographer's credit, which names no one in the story, goes)
    ("Xi Jinping meets Emmanuel Macron in Beijing, Nov. 29, 2023. (Xinhua/Liu Bin)",
     "Xi Jinping meets Emmanuel Macron in Beijing, Nov. 29, 2023."),
    ("Xi Jinping meets Emmanuel Macron in Beijing. [Photo/Xinhua]", None),
    ("Xi Jinping meets Emmanuel Macron in Beijing. (Photo by Li Tao/Xinhua)", None),
    ("Chinese President Xi Jinping (R) shakes hands with French President Emmanuel Macron in Beijing.", None),
])
def test_clean_photo_captions_leave_the_text(caption, kept):
    row = _clean(f"Xi meets Macron\n{caption}\n{BODY}")
    assert row["captions"] == [kept or caption]
    assert row["text"] == BODY


def test_clean_image_alt_text_is_a_caption():
    row = _clean(f"Xi meets Macron\n<img src='a.png' alt='Xi &amp; Macron in Beijing'>\n{BODY}")
    assert row["captions"] == ["Xi & Macron in Beijing"]
    assert row["text"] == BODY


# ---------------------------------------------------------------- clutter

@pytest.mark.parametrize("lines", [
    ["Home > News"],
    ["Home\u00a0>\u00a0Chinese Diplomatic News"],
    ["<Suggest To A Friend>"],
    ["(Web editor: Zhang Kaiwei, Liang Jun)"],
    ["Search Trends"],
    ["04:49", "03:24"],
    ["Share", "Print", "Download"],
    ["Read more:", "China calls for peace in the region", "What is next for trade talks"],
    ["By Zhang Changyue and Zhang Yuying"],
    ["Copyright 2024 Xinhua. All rights reserved."],
])
def test_clean_page_clutter_is_removed(lines):
    furniture = "\n".join(lines)
    row = _clean(f"Xi meets Macron\n{BODY}\n{furniture}\n{BODY2}")
    assert row["text"] == f"{BODY}\n\n{BODY2}"
    assert row["n_dropped_lines"] == len(lines)
    assert row["status"] == "ok"


@pytest.mark.parametrize("sentence", [
    # long sentences that open like a furniture line are article text
    "Updated figures released by the ministry in 2024 show that Chinese President Xi Jinping met "
    "foreign leaders more than forty times during the year, officials said.",
    "Published on the ministry website on Friday, the statement said both leaders agreed to meet "
    "again in 2025 and to expand cooperation on trade and energy.",
])
def test_clean_long_sentence_is_never_clutter(sentence):
    row = _clean(f"Xi meets Macron\n{BODY}\n{sentence}")
    assert row["text"] == f"{BODY}\n\n{sentence}"


@pytest.mark.parametrize("note", ["(link is external)", "(opens in a new window)", " (External link)"])
def test_clean_a_links_note_leaves_the_name_it_follows(note):
    sentence = f"Foreign Minister Tomas Berg met the President of Kosovo, Drita Berisha{note}, on Monday."
    row = _clean(f"Xi meets Macron\n{BODY}\n{sentence}")
    assert row["text"] == f"{BODY}\n\nForeign Minister Tomas Berg met the President of Kosovo, Drita Berisha, on Monday."


@pytest.mark.parametrize("credit", ["(Tom Bell/PA)", "(AP Photo/Ann Lee)", "(Xinhua/Li Wen)",
                                    "(Photo: Ann Lee/Reuters)"])
def test_clean_a_photo_credit_is_dropped(credit):
    sentence = f"Foreign Minister Tomas Berg met Ghanaian President Kofi Mensah in Accra on Monday {credit}."
    row = _clean(f"Xi meets Macron\n{BODY}\n{sentence}")
    assert row["text"] == f"{BODY}\n\nForeign Minister Tomas Berg met Ghanaian President Kofi Mensah in Accra on Monday."


def test_clean_short_line_after_read_more_is_dropped_but_body_resumes():
    text = f"Xi meets Macron\n{BODY}\nRead more:\nChina calls for peace\n{BODY2}"
    row = _clean(text)
    assert "China calls for peace" not in row["text"]
    assert row["text"].endswith(BODY2)


# ---------------------------------------------------------------- HTML and characters

def test_clean_html_page_becomes_plain_text():
    page = ("<html><head><style>p { color: red; }</style>"
            "<script>var s = 'Xi met nobody'; if (a < b) { go(); }</script></head><body>"
            "<h1>Xi meets Macron</h1><!-- comment -->"
            "<p>Chinese President Xi Jinping met French President Emmanuel Macron &amp; his delegation "
            "and said &quot;welcome&quot; to the guests in Beijing on Thursday, officials said.</p>"
            "<p>The two sides <b>discussed</b> trade and climate cooperation during the long talks "
            "at the Great Hall of the People.</p></body></html>")
    row = _clean(page)
    assert row["title"] == "Xi meets Macron"
    assert row["text"] == (
        "Chinese President Xi Jinping met French President Emmanuel Macron & his delegation and said "
        "\"welcome\" to the guests in Beijing on Thursday, officials said.\n\n"
        "The two sides discussed trade and climate cooperation during the long talks at the Great "
        "Hall of the People.")
    for junk in ("<", ">", "&amp;", "&quot;", "color", "var s", "nobody", "comment"):
        assert junk not in row["text"]


@pytest.mark.parametrize("raw, expected", [
    ("Xi meets Macron\r\n\r\nChinese President Xi Jinping met Macron.\r\n", "Chinese President Xi Jinping met Macron."),
    ("Xi meets Macron\rChinese President Xi Jinping met Macron.", "Chinese President Xi Jinping met Macron."),
    ("Xi meets Macron\nChinese\u200b President Xi\u200d Jinping met Macron.", "Chinese President Xi Jinping met Macron."),
    ("Xi meets Macron\n\u202eChinese President\u202c Xi\u200f Jinping met Macron.\ufeff", "Chinese President Xi Jinping met Macron."),
    ("Xi meets Macron\nChinese\u00a0President\tXi Jinping met Macron.", "Chinese President Xi Jinping met Macron."),
    ("Xi meets Macron\nChinese President Xi Jinping met Macron in Montre\u0301al.",
     "Chinese President Xi Jinping met Macron in Montréal."),                          # NFC
])
def test_clean_line_ends_and_invisible_characters(raw, expected):
    row = _clean(raw)
    assert row["title"] == "Xi meets Macron"
    assert row["text"] == expected


# ---------------------------------------------------------------- status

@pytest.mark.parametrize("text, read_error, status, error", [
    ("", None, "empty", "no article text after cleaning"),
    ("   \n\t\n \u200b ", None, "empty", "no article text after cleaning"),
    ("Xi meets Macron", None, "empty", "no article text after cleaning"),        # a headline only
    ("Home > News\nShare\n04:49", None, "empty", "no article text after cleaning"),
    ("<p>&nbsp;</p>", None, "empty", "no article text after cleaning"),
    (None, None, "failed", "no text"),
    (None, "binary file (contains NUL bytes)", "failed", "binary file (contains NUL bytes)"),
    (BODY, "unreadable: Permission denied", "failed", "unreadable: Permission denied"),
    (None, "skipped: symlink leaves the input folder", "skipped", "skipped: symlink leaves the input folder"),
])
def test_clean_status_and_error(text, read_error, status, error):
    row = _clean(text, read_error=read_error)
    assert (row["status"], row["error"]) == (status, error)
    assert row["text"] == ""


def test_clean_ok_row_records_hash_and_length():
    raw = f"Xi meets Macron\n{BODY}"
    row = _clean(raw)
    assert (row["status"], row["error"]) == ("ok", None)
    assert row["n_chars"] == len(raw)
    assert len(row["sha256"]) == 64


# ---------------------------------------------------------------- the table function

def test_clean_table_gives_one_sorted_row_per_article_and_bad_rows_stay_local():
    rows = [io.article_row("c", text=f"Xi meets Macron\n{BODY}", encoding="utf-8"),
            io.article_row("a", text="   ", encoding="utf-8"),
            io.article_row("b", read_error="binary file (contains NUL bytes)")]
    table = clean(schemas.conform(rows, schemas.ARTICLES))
    assert table.schema.names == schemas.DOCUMENTS.names
    got = [(r["doc_id"], r["status"], r["text"]) for r in table.to_pylist()]
    assert got == [("a", "empty", ""), ("b", "failed", ""), ("c", "ok", BODY)]


def test_clean_table_missing_column_raises_contract_error():
    table = schemas.conform([io.article_row("a", text=BODY)], schemas.ARTICLES).drop_columns(["url"])
    with pytest.raises(schemas.ContractError, match="url"):
        clean(table)


# ---------------------------------------------------------------- one-line pages (crawl dumps)

LEDE = ("Kenyan President Amina Otieno held talks with Ghanaian President Kofi Mensah at State House "
        "in Nairobi on Tuesday, and the two leaders agreed to expand trade between their countries.")
MORE = ("Otieno said the partnership would open new markets for farmers, while Mensah praised the "
        "progress made on the regional energy corridor since the two last met in Accra.")
REST = ("The visit continues on Wednesday with a tour of the port of Mombasa and a business forum "
        "attended by ministers and traders from both countries, officials said.")


def _one_line(*parts):
    return " ".join(parts)


@pytest.mark.parametrize("furniture, title", [
    ("By Lena Fischer and Omar Haddad (Daily Courier)", "Kenya and Ghana agree to expand trade"),
    ("By Lena Fischer | Daily Courier |", "Kenya and Ghana agree to expand trade"),
    ("Updated 09:41, 12-Jun-2024", "Kenya and Ghana agree to expand trade"),
    ("Share Facebook Twitter Email", "Kenya and Ghana agree to expand trade"),
])
def test_clean_furniture_inside_a_one_line_page_is_dropped(furniture, title):
    row = _clean(_one_line(title, furniture, LEDE, MORE, REST))
    assert row["status"] == "ok"
    assert row["text"] == f"{LEDE}\n\n{MORE}\n\n{REST}"
    assert row["title"] == title
    assert row["n_dropped_lines"] >= 1


@pytest.mark.parametrize("caption", [
    "President Amina Otieno (R) welcomes President Kofi Mensah at State House, Nairobi, June 11, 2024.",
    "President Amina Otieno greets President Kofi Mensah in Nairobi, June 11, 2024. (Photo/Daily Courier)",
    "President Amina Otieno greets President Kofi Mensah in Nairobi, June 11, 2024. /AFP",
])
def test_clean_caption_inside_a_one_line_page_is_kept_apart(caption):
    row = _clean(_one_line(LEDE, caption, MORE, REST))
    assert row["captions"] == [caption.removesuffix(" (Photo/Daily Courier)")]     # (less its credit)
    assert row["text"] == f"{LEDE}\n\n{MORE}\n\n{REST}"


def test_clean_breadcrumb_opening_a_one_line_page_is_dropped():
    # A headline with no stop runs into the lede; nothing of either is lost.
    row = _clean(_one_line("Home > World >", "Trade deal", LEDE, MORE, REST))
    assert row["text"] == f"Trade deal {LEDE}\n\n{MORE}\n\n{REST}"
    assert row["n_dropped_lines"] == 1


def test_clean_read_more_list_inside_a_one_line_page_is_dropped():
    row = _clean(_one_line(LEDE, MORE, REST, "Read more: Floods hit the coast again Markets rally on rate cut"))
    assert row["text"] == f"{LEDE}\n\n{MORE}\n\n{REST}"


def test_clean_dateline_inside_a_one_line_page_is_found():
    row = _clean(_one_line("Kenya and Ghana agree to expand trade", "NAIROBI, June 11 (Courier) --", LEDE, MORE, REST))
    assert (row["dateline_place"], row["title"]) == ("Nairobi", "Kenya and Ghana agree to expand trade")
    assert row["text"].startswith(LEDE)


@pytest.mark.parametrize("dateline, place", [
    ("NEW YORK, Sept. 26 (Courier) --", "New York"),
    ("ADDIS ABABA, Oct. 8 (Courier) --", "Addis Ababa"),
    ("ABU DHABI, 12th November, 2024 (Courier) --", "Abu Dhabi"),
])
def test_clean_a_dateline_of_several_words_opening_a_one_line_page_is_one_place(dateline, place):
    row = _clean(_one_line(dateline, LEDE, MORE, REST))        # the page's one line opens with it
    assert row["dateline_place"] == place
    assert row["text"].startswith(LEDE)


def test_clean_a_list_of_names_and_countries_inside_a_one_line_page_is_kept_whole():
    envoys = ("The envoys included H.E. Maria Oyelaran - Nigeria, H.E. Tomas Lindqvist - Sweden and "
              "Akira Hoshino - Japan.")
    row = _clean(_one_line(LEDE, MORE, envoys, REST))
    assert row["dateline"] is None
    assert row["text"] == f"{LEDE}\n\n{MORE}\n\n{envoys}\n\n{REST}"


def test_clean_one_line_page_that_opens_like_a_caption_is_not_emptied():
    text = _one_line("President Amina Otieno (R) and President Kofi Mensah (L).", LEDE, MORE)
    assert len(text) < 600                                  # short enough to be read as one line at first
    row = _clean(text)
    assert row["status"] == "ok"
    assert row["text"] == f"{LEDE}\n\n{MORE}"


def test_clean_ordinary_paragraphs_are_not_split():
    row = _clean(f"Kenya and Ghana agree\n{LEDE} {MORE}\n{REST}")
    assert row["text"] == f"{LEDE} {MORE}\n\n{REST}"


def test_clean_a_page_that_is_only_a_caption_is_ok_with_its_caption():
    caption = "President Amina Otieno (R) meets President Kofi Mensah in Nairobi, June 11, 2024."
    row = _clean(caption)
    assert (row["status"], row["text"], row["captions"]) == ("ok", "", [caption])


def test_clean_unterminated_image_tag_in_a_one_line_page_ends_with_its_alt_text():
    text = _one_line("Kenya and Ghana agree", "<img src='a.png' alt='Otieno's guest Mensah in Nairobi. /AFP'", LEDE, MORE)
    row = _clean(text)
    assert row["captions"] == ["Otieno's guest Mensah in Nairobi. /AFP"]
    assert row["text"] == f"{LEDE}\n\n{MORE}"


@pytest.mark.model
def test_clean_an_interaction_stated_only_in_a_caption_is_an_event(run_text):
    caption = "President Amina Otieno (R) meets President Kofi Mensah in Nairobi, June 11, 2024."
    out = run_text({"d": f"Trade talks\n{caption}\n{REST}"}, published="2024-06-12")
    doc = out["documents"][0]
    assert doc["captions"] == [caption] and caption not in doc["text"]
    (event,) = out["events"]
    assert sorted(p["name"] for p in event["participants"]) == ["Amina Otieno", "Kofi Mensah"]
    assert event["date"] == "2024-06-11"
    full = analysed_text(doc["text"], doc["captions"])
    assert event["start_char"] >= len(doc["text"])        # evidence offsets point into the captions
    assert full[event["start_char"]:event["end_char"]] == event["evidence"] == caption


# ---------------------------------------------------------------- posts quoted in the news

@pytest.mark.parametrize("post, read", [
    ("Spoke with @AnaVidalRuiz about trade today.", "Spoke with Ana Vidal Ruiz about trade today."),
    ("Met @DrKMensah in #Lima on Monday.", "Met Dr K Mensah in Lima on Monday."),
    # handles that are no run of capitalised words stay as they are
    ("Thanks to @POTUS and @PMOIndia and @narendramodi for the call.",
     "Thanks to @POTUS and @PMOIndia and @narendramodi for the call."),
    ("Write to press@Ministry.gov or see C# notes and item #4.", "Write to press@Ministry.gov or see C# notes and item #4."),
])
def test_clean_a_posts_handles_and_hashtags_read_as_words(post, read):
    assert _clean(f"Foreign Minister Ali Haddad wrote on X on Monday.\n\n{post}")["text"].endswith(read)


@pytest.mark.parametrize("text, read", [
    ("V.Petrov and A.Nasser agreed to meet.", "V. Petrov and A. Nasser agreed to meet."),
    ("Kh.Batbayar and Ts.Ganzorig agreed to meet.", "Kh. Batbayar and Ts. Ganzorig agreed to meet."),
    # abbreviations keep their letters together
    ("The U.S.Navy wrote to J.K. Rowling on Monday.", "The U.S.Navy wrote to J.K. Rowling on Monday."),
])
def test_clean_an_initial_glued_to_a_name_is_set_apart(text, read):
    assert _clean(f"Talks in Moscow\n\n{text}")["text"].endswith(read)


def test_clean_a_handle_in_a_post_is_a_party(run_text):
    out = run_text({"d": "#Lima | Foreign Minister Khalid Saud met with #Peruvian Foreign Minister @AnaVidalRuiz on "
                         "the sidelines of the #APECLimaSummit."}, published="2024-07-28")
    assert [sorted(p["name"] for p in e["participants"]) for e in out["events"]] == [["Ana Vidal Ruiz", "Khalid Saud"]]
    countries = {p["name"]: p["country"] for p in out["events"][0]["participants"]}
    assert countries["Ana Vidal Ruiz"] == "PER"


@pytest.mark.parametrize("header, dateline, published", [
    # a numeric header read month first, while the dateline says the day comes first
    ("06/09/2023 08:40 PM", "JAKARTA, Sept 6 (Bernama) -- ", D(2023, 9, 6)),
    # the dateline agrees with the month-first reading: it stays
    ("06/09/2023 08:40 PM", "JAKARTA, June 9 (Bernama) -- ", D(2023, 6, 9)),
    # a day that cannot be a month leaves no doubt
    ("18/11/2014 12:47", "KUWAIT, Nov 18 (KUNA) -- ", D(2014, 11, 18)),
])
def test_clean_the_dateline_settles_a_numeric_headers_order(header, dateline, published):
    row = _clean(f"Leaders meet\n\n{header}\n\n{dateline}Prime Minister Ana Vidal met her counterpart here today.")
    assert row["published"] == published


@pytest.mark.parametrize("line, parts", [
    # a run-on line splits at each sentence's end, not after the abbreviation of a title
    ("The message was received by Vice Minister Eng. Rayan Shammari during his meeting today. He thanked the "
     "envoy.", 2),
    ("Gen. Kwame Mensah met Amb. Lena Brandt and Dr. Pavel Orlov on Monday. Talks followed.", 2),
])
def test_clean_a_run_on_line_splits_at_sentence_ends_only(line, parts):
    assert len(pieces(line)) == parts
