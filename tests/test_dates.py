"""Tests for pipeline.dates: date expressions, URL dates, header dates and datelines."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.dates import (
    ResolvedDate,
    date_from_url,
    find_dateline,
    find_dateline_span,
    find_header_date,
    resolve_date,
    year_from_url,
)

D = dt.date
R = ResolvedDate
SUN_2024_07_28 = D(2024, 7, 28)   # a Sunday
THU_2023_11_30 = D(2023, 11, 30)
WED_2017_06_14 = D(2017, 6, 14)
WED_2025_07_09 = D(2025, 7, 9)
TUE_2020_04_07 = D(2020, 4, 7)
TUE_2024_01_02 = D(2024, 1, 2)


def _day(value: str) -> ResolvedDate:
    return ResolvedDate(value, "day")


def _month(value: str) -> ResolvedDate:
    return ResolvedDate(value, "month")


def _year(value: str) -> ResolvedDate:
    return ResolvedDate(value, "year")


# ---------------------------------------------------------------------------
# resolve_date


@pytest.mark.parametrize("expression, base, expected", [
    ("July 27, 2024", SUN_2024_07_28, _day("2024-07-27")),
    ("27 July 2024", SUN_2024_07_28, _day("2024-07-27")),
    ("Nov. 29, 2023", SUN_2024_07_28, _day("2023-11-29")),
    ("2024-07-27", SUN_2024_07_28, _day("2024-07-27")),
    ("2024-07-27 10:15", SUN_2024_07_28, _day("2024-07-27")),
    ("on the evening of January 25, 2021", SUN_2024_07_28, _day("2021-01-25")),
    ("On April 22, 2024", SUN_2024_07_28, _day("2024-04-22")),
    ("the 23rd of July", SUN_2024_07_28, _day("2024-07-23")),
    ("Fri., July 26, 2024", SUN_2024_07_28, _day("2024-07-26")),
    # Absolute dates need no base.
    ("July 27, 2024", None, _day("2024-07-27")),
    ("2021-01-25", None, _day("2021-01-25")),
    ("21.05.2018", None, _day("2018-05-21")),       # dots write the day first
    # Impossible dates.
    ("February 30, 2024", SUN_2024_07_28, None),
    ("2021-13-45", SUN_2024_07_28, None),
])
def test_dates_resolve_explicit(expression, base, expected):
    assert resolve_date(expression, base) == expected


@pytest.mark.parametrize("expression, base, tense, expected", [
    ("Sept. 12", SUN_2024_07_28, "past", "2023-09-12"),
    ("Sept. 12", SUN_2024_07_28, "future", "2024-09-12"),
    ("Dec. 30", TUE_2024_01_02, "past", "2023-12-30"),
    ("Dec. 30", TUE_2024_01_02, "future", "2024-12-30"),
    ("Jan. 5", TUE_2024_01_02, "past", "2023-01-05"),
    ("Jan. 5", TUE_2024_01_02, "future", "2024-01-05"),
    ("July 28", SUN_2024_07_28, "past", "2024-07-28"),
    ("July 28", SUN_2024_07_28, "future", "2024-07-28"),
    ("Feb. 29", D(2025, 3, 1), "past", "2024-02-29"),
    # A past day a day or two after the base is the base's year (time zones, a crawl's date), not a year ago.
    ("July 29", SUN_2024_07_28, "past", "2024-07-29"),
    ("30 July", SUN_2024_07_28, "past", "2024-07-30"),
    ("July 31", SUN_2024_07_28, "past", "2023-07-31"),
    # A weekday given with the date picks the year, whatever the tense.
    ("Friday, July 26", SUN_2024_07_28, "future", "2024-07-26"),
    ("Friday, 26 July", SUN_2024_07_28, None, "2024-07-26"),
])
def test_dates_resolve_day_month_without_year(expression, base, tense, expected):
    assert resolve_date(expression, base, tense) == _day(expected)


@pytest.mark.parametrize("expression, base, tense, expected", [
    ("on Saturday", SUN_2024_07_28, None, "2024-07-27"),
    ("Saturday", SUN_2024_07_28, "past", "2024-07-27"),
    ("on Sunday", SUN_2024_07_28, None, "2024-07-28"),
    ("on Wednesday", THU_2023_11_30, None, "2023-11-29"),
    ("Wednesday morning", THU_2023_11_30, None, "2023-11-29"),
    ("on Wednesday", WED_2017_06_14, "past", "2017-06-14"),
    ("on Thursday", WED_2017_06_14, "past", "2017-06-08"),
    ("on Thursday", WED_2025_07_09, "future", "2025-07-10"),
    ("on Wednesday", WED_2025_07_09, "future", "2025-07-09"),
    ("on Tuesday", WED_2025_07_09, "future", "2025-07-15"),
    ("Tuesday night", WED_2025_07_09, None, "2025-07-08"),
    ("this Thursday", THU_2023_11_30, "past", "2023-11-30"),
    ("this Thursday", WED_2025_07_09, "future", "2025-07-10"),
    ("last Friday", SUN_2024_07_28, None, "2024-07-26"),
    ("last Sunday", SUN_2024_07_28, None, "2024-07-21"),
    ("last Sunday", SUN_2024_07_28, "future", "2024-07-21"),
    ("next Monday", SUN_2024_07_28, None, "2024-07-29"),
    ("next Sunday", SUN_2024_07_28, "past", "2024-08-04"),
    # a possessive names the day: "Thursday's summit"
    ("Thursday's", WED_2025_07_09, "future", "2025-07-10"),
    ("Tuesday\u2019s", WED_2025_07_09, "past", "2025-07-08"),
])
def test_dates_resolve_weekdays(expression, base, tense, expected):
    assert resolve_date(expression, base, tense) == _day(expected)


@pytest.mark.parametrize("expression, expected", [
    ("today", "2024-07-28"),
    ("tonight", "2024-07-28"),
    ("this morning", "2024-07-28"),
    ("yesterday", "2024-07-27"),
    ("yesterday afternoon", "2024-07-27"),
    ("last night", "2024-07-27"),
    ("the day before yesterday", "2024-07-26"),
    ("tomorrow", "2024-07-29"),
    ("the day after tomorrow", "2024-07-30"),
    ("at 10:15", "2024-07-28"),
])
def test_dates_resolve_relative_days(expression, expected):
    assert resolve_date(expression, SUN_2024_07_28) == _day(expected)


@pytest.mark.parametrize("expression, base, tense, expected", [
    ("the 23rd", SUN_2024_07_28, None, "2024-07-23"),
    ("the 23rd", TUE_2020_04_07, "past", "2020-03-23"),
    ("on the evening of the 23rd", TUE_2020_04_07, None, "2020-03-23"),
    ("the 23rd", TUE_2020_04_07, "future", "2020-04-23"),
    ("the 3rd", TUE_2020_04_07, "future", "2020-05-03"),
    ("the 7th", TUE_2020_04_07, "past", "2020-04-07"),
    ("the 31st", TUE_2020_04_07, "past", "2020-03-31"),
    ("the 31st", D(2024, 5, 5), "past", "2024-03-31"),    # April has no 31st
    ("the 31st", D(2024, 4, 5), "future", "2024-05-31"),
])
def test_dates_resolve_ordinal_day(expression, base, tense, expected):
    assert resolve_date(expression, base, tense) == _day(expected)


@pytest.mark.parametrize("expression, base, expected", [
    ("this week", SUN_2024_07_28, _month("2024-07")),
    ("earlier this week", SUN_2024_07_28, _month("2024-07")),
    ("earlier this month", SUN_2024_07_28, _month("2024-07")),
    ("this month", SUN_2024_07_28, _month("2024-07")),
    ("last week", SUN_2024_07_28, _month("2024-07")),
    ("last week", D(2024, 8, 3), _month("2024-07")),          # base - 7 days is in July
    ("next week", SUN_2024_07_28, _month("2024-08")),
    ("over the weekend", D(2024, 8, 1), _month("2024-07")),   # Saturday 27 July
    ("last month", SUN_2024_07_28, _month("2024-06")),
    ("last month", TUE_2024_01_02, _month("2023-12")),
    ("late last month", SUN_2024_07_28, _month("2024-06")),
    ("next month", D(2024, 12, 10), _month("2025-01")),
    ("last year", SUN_2024_07_28, _year("2023")),
    ("earlier this year", SUN_2024_07_28, _year("2024")),
    ("this year", SUN_2024_07_28, _year("2024")),
    ("next year", SUN_2024_07_28, _year("2025")),
    # a weekday of a named week is that week's day; a week of a month, the month
    ("Tuesday last week", SUN_2024_07_28, _day("2024-07-16")),
    ("on Friday of last week", SUN_2024_07_28, _day("2024-07-19")),
    ("on Tuesday next week", SUN_2024_07_28, _day("2024-07-30")),
    ("Monday this week", SUN_2024_07_28, _day("2024-07-22")),
    ("in the first week of June", SUN_2024_07_28, _month("2024-06")),
    ("the last week of May 2023", SUN_2024_07_28, _month("2023-05")),
])
def test_dates_resolve_weeks_months_years(expression, base, expected):
    assert resolve_date(expression, base) == expected


@pytest.mark.parametrize("expression, base, tense, expected", [
    ("in October", SUN_2024_07_28, "past", "2023-10"),
    ("in October", SUN_2024_07_28, "future", "2024-10"),
    ("in July", SUN_2024_07_28, "past", "2024-07"),
    ("in July", SUN_2024_07_28, "future", "2024-07"),
    ("in May", SUN_2024_07_28, None, "2024-05"),
    ("mid-October", D(2024, 11, 2), None, "2024-10"),
    ("last October", D(2024, 11, 2), None, "2024-10"),
    ("last October", D(2024, 10, 20), None, "2023-10"),
    ("next October", D(2024, 10, 20), None, "2025-10"),
    ("October of last year", SUN_2024_07_28, None, "2023-10"),
    ("October 2023", SUN_2024_07_28, None, "2023-10"),
    ("in December 2024", SUN_2024_07_28, None, "2024-12"),
    ("December 2024", None, None, "2024-12"),
    ("2024-07", None, None, "2024-07"),
])
def test_dates_resolve_month_only(expression, base, tense, expected):
    assert resolve_date(expression, base, tense) == _month(expected)


@pytest.mark.parametrize("expression, base, expected", [
    ("in 2018", SUN_2024_07_28, _year("2018")),
    ("2018", None, _year("2018")),
    ("early 2023", SUN_2024_07_28, _year("2023")),
    ("the year 2001", None, _year("2001")),
    ("in the 1990s", SUN_2024_07_28, None),
    ("the '90s", SUN_2024_07_28, None),
    ("the 1990's", SUN_2024_07_28, None),           # a decade, not a possessive
    ("last year's", SUN_2024_07_28, _year("2023")),
    ("in 0999", SUN_2024_07_28, None),
])
def test_dates_resolve_year_only(expression, base, expected):
    assert resolve_date(expression, base) == expected


@pytest.mark.parametrize("expression, expected", [
    # a whole date written inside a longer expression fixes the day
    ("Today, 25 July 2024", _day("2024-07-25")),
    ("Thursday (July 25, 2024)", _day("2024-07-25")),
    # a day in a year named relative to the publication
    ("January 30 this year", _day("2024-01-30")),
    ("on 12 March last year", _day("2023-03-12")),
    ("June 3 next year", _day("2025-06-03")),
    # ... and nothing more than the words give
    ("earlier this year", _year("2024")),
])
def test_dates_a_date_inside_a_longer_expression(expression, expected):
    assert resolve_date(expression, SUN_2024_07_28) == expected


@pytest.mark.parametrize("expression, expected", [
    ("two days ago", _day("2024-07-26")),
    ("2 days ago", _day("2024-07-26")),
    ("a week ago", _day("2024-07-21")),
    ("3 weeks ago", _day("2024-07-07")),
    ("a couple of days ago", _day("2024-07-26")),
    ("three months ago", _month("2024-04")),
    ("2 years ago", _year("2022")),
    ("in two days", _day("2024-07-30")),
    ("a few days ago", None),
    ("several weeks ago", None),
    # how long, not when: "an eight-day tour", "talks that lasted two days"
    ("eight days", None),
    ("the two days", None),
    ("48 hours", None),
    ("three weeks", None),
])
def test_dates_resolve_ago(expression, expected):
    assert resolve_date(expression, SUN_2024_07_28) == expected


@pytest.mark.parametrize("expression, expected", [
    ("May 9/10", "2006-05"), ("9/10 May", "2006-05"), ("from 03 - 06 June 2006", "2006-06"),
])
def test_dates_two_days_with_a_slash_are_a_span(expression, expected):
    assert resolve_date(expression, "2006-05-03", "future") == ResolvedDate(expected, "month")


@pytest.mark.parametrize("expression", ["26-27", "on 26-27", "22nd", "15", "3–4"])
def test_dates_numbers_without_a_month_are_no_date(expression):
    # (a dateparser reading "26-27" as a year, or "22nd" of "the 22nd summit" as a day)
    assert resolve_date(expression, SUN_2024_07_28) is None
    assert resolve_date(expression + " July", SUN_2024_07_28) is not None


@pytest.mark.parametrize("expression, expected", [
    ("the day before", _day("2024-07-27")),
    ("the previous day", _day("2024-07-27")),
    ("two days earlier", _day("2024-07-26")),
    ("the night before", _day("2024-07-27")),
    ("the following day", _day("2024-07-29")),
    ("the next day", _day("2024-07-29")),
    ("the day after", _day("2024-07-29")),
    ("3 days later", _day("2024-07-31")),
])
def test_dates_resolve_adjacent_days(expression, expected):
    assert resolve_date(expression, None) is None
    assert resolve_date(expression, SUN_2024_07_28) == expected


@pytest.mark.parametrize("expression", [
    "on Saturday", "yesterday", "the 23rd", "last week", "in October", "Sept. 12",
    "two days ago", "this year",
])
def test_dates_resolve_relative_without_base_is_none(expression):
    assert resolve_date(expression, None) is None
    assert resolve_date(expression, SUN_2024_07_28) is not None


@pytest.mark.parametrize("expression", [
    "", "   ", "asdf", "the meeting", "\U0001f4a5", "\u200b\u200b", "12", "123456",
    "05/07/2024",          # day/month order unknown
])
def test_dates_resolve_garbage_is_none(expression):
    assert resolve_date(expression, SUN_2024_07_28) is None


@pytest.mark.parametrize("expression", [
    "14-minute", "a 14-minute", "45 minutes", "90 minutes", "2-hour", "nearly four hours",
    "more than five hours", "the two days", "three-day", "a 40-minute-long",
])
def test_dates_resolve_duration_is_none(expression):
    # how long a meeting lasted is not when it was: "the 14-minute meeting" is not the 14th
    assert resolve_date(expression, SUN_2024_07_28) is None


@pytest.mark.parametrize("expression, expected", [
    ("two days ago", "2024-07-26"), ("in two days", "2024-07-30"), ("the 14th", "2024-07-14"),
    ("March 14", "2024-03-14"),
])
def test_dates_resolve_counts_that_are_dates(expression, expected):
    assert resolve_date(expression, SUN_2024_07_28).value == expected


@pytest.mark.parametrize("expression, base, expected", [
    # Forms left to dateparser.
    ("a fortnight ago", SUN_2024_07_28, _day("2024-07-14")),
    ("12 Jul 2024 14:00 CET", SUN_2024_07_28, _day("2024-07-12")),
    ("12 Jul 2024 14:00 CET", None, _day("2024-07-12")),
    ("a fortnight ago", None, None),
    # Numeric dates when the order is clear.
    ("13/07/2024", None, _day("2024-07-13")),
    ("07/13/2024", None, _day("2024-07-13")),
])
def test_dates_resolve_other_forms(expression, base, expected):
    assert resolve_date(expression, base) == expected


@pytest.mark.parametrize("base", [
    SUN_2024_07_28, dt.datetime(2024, 7, 28, 23, 30), "2024-07-28", "2024-07-28T23:30:00",
])
def test_dates_resolve_base_types(base):
    assert resolve_date("on Saturday", base) == _day("2024-07-27")


@pytest.mark.parametrize("base", ["", "not a date", "2024-13-01"])
def test_dates_resolve_unparseable_base_counts_as_none(base):
    assert resolve_date("on Saturday", base) is None
    assert resolve_date("July 27, 2024", base) == _day("2024-07-27")


@pytest.mark.parametrize("tense", ["present", "Past", ""])
def test_dates_resolve_rejects_unknown_tense(tense):
    with pytest.raises(ValueError, match="tense"):
        resolve_date("on Saturday", SUN_2024_07_28, tense)


@pytest.mark.parametrize("expression", ["on Saturday", "July 27, 2024"])
def test_dates_resolved_date_fields(expression):
    result = resolve_date(expression, SUN_2024_07_28)
    assert (result.value, result.precision) == ("2024-07-27", "day")


# ---------------------------------------------------------------------------
# date_from_url / year_from_url


@pytest.mark.parametrize("url, expected", [
    ("http://www.xinhuanet.com/english/2017-09/13/c_136606.htm", D(2017, 9, 13)),
    ("https://news.cgtn.com/news/2024-07-28/China-willing-1vBSMNr3EK4/index.html", D(2024, 7, 28)),
    ("http://example.cn/world/20190918/a.html", D(2019, 9, 18)),
    ("http://www.chinadaily.com.cn/a/201909/18/WS5d818f37a310cf3e3556c1e2.html", D(2019, 9, 18)),
    ("http://en.people.cn/n3/2021/0910/c90000-9894459.html", D(2021, 9, 10)),
    ("http://example.com/2017/0913/a.html", D(2017, 9, 13)),
    ("https://example.com/world/2024/07/13/slug", D(2024, 7, 13)),
    ("https://www.fmprc.gov.cn/eng/wjdt/t20240618_11437731.html", D(2024, 6, 18)),
    ("https://example.gov.cn/zxxx/202406/t20240618_11437731.html", D(2024, 6, 18)),
    ("https://www.theguardian.com/world/2024/jul/13/slug", D(2024, 7, 13)),
    ("/2024-07-28/", D(2024, 7, 28)),
    ("http://example.com/2017/a.html", None),
    ("http://example.com/2021-13-45/a.html", None),
    ("http://www.chinadaily.com.cn/a/WS5d818f37a310cf3e3556c1e2.html", None),
    ("http://example.com/1985/01/02/old.html", None),
    ("http://example.com/story/12345678/", None),
    ("http://example.com/a.html?date=2024-07-28", D(2024, 7, 28)),     # the query, when the path has none
    ("https://example.com/14032021-leaders-meet-in-rome/", D(2021, 3, 14)),       # day, month, year, slug
    ("https://example.com/view/20230516093012045", D(2023, 5, 16)),                # a long id opening with the date
    ("https://reader.example/?u=https%3A%2F%2Fnews.example%2F2019%2F06%2F30%2Fslug", D(2019, 6, 30)),  # encoded
    ("https://example.com/14032021/", None),            # no slug: could be an id
    ("https://wire.example/article/worldNews/idUSL1234567820110617", D(2011, 6, 17)),   # a wire id ending with it
    ("https://news.example/view/AEN20251124004851315", D(2025, 11, 24)),   # an id of capitals, date and serial
    ("https://news.example/view/AEN20251324004851315", None),              # ... a date that does not exist
    ("https://wire.example/article/idUSKBN1WA0XY", None),
    ("", None),
])
def test_dates_date_from_url(url, expected):
    assert date_from_url(url) == expected


@pytest.mark.parametrize("url, expected", [
    ("http://example.com/2017/a.html", 2017),
    ("https://example.com/news/2017-09/a.html", 2017),
    ("https://example.gov.cn/zxxx/202406/index.html", 2024),
    ("https://news.cgtn.com/news/2024-07-28/slug/index.html", 2024),
    ("http://www.chinadaily.com.cn/a/WS5d818f37a310cf3e3556c1e2.html", None),
    ("http://example.com/story/1985/", None),
    ("http://example.com/about", None),
])
def test_dates_year_from_url(url, expected):
    assert year_from_url(url) == expected


# ---------------------------------------------------------------------------
# find_header_date


@pytest.mark.parametrize("text, expected", [
    (" date 2023-11-30 Chinese VP emphasizes people-to-people diplomacy with Russian "
     "representatives\n\nXinhua) 08:12, November 29, 2023\n", D(2023, 11, 30)),
    ("Headline\ndate 2024-02-01\nBody.", D(2024, 2, 1)),
    ("Download\nChina to continue to promote cooperation\nUpdated 18:59, 07-Mar-2021\nCGTN\n",
     D(2021, 3, 7)),
    ("Headline\n\n15:27, February 01, 2024 By Zhang Changyue and Zhang Yuying ( Global Times\n",
     D(2024, 2, 1)),
    ("Headline\n\nXinhua) 08:12, November 30, 2023\n\nBEIJING, Nov. 29 (Xinhua) -- Text.",
     D(2023, 11, 30)),
    ("Headline\n(Xinhua) 08:12, November 30, 2023\n", D(2023, 11, 30)),
    ("Headline\nPublished: March 5, 2022\nText.", D(2022, 3, 5)),
    ("Headline\nLast Updated: Friday, 9 December 2005, 14:05 GMT\n", D(2005, 12, 9)),
    ("Headline\n2024-07-28 10:15\nText.", D(2024, 7, 28)),
    ("Headline\nJuly 13, 2024\nText.", D(2024, 7, 13)),
    ("Headline\n13 July 2024\nText.", D(2024, 7, 13)),
    ("Headline\nUpdated 18:59, 07-Mar-2021\nPublished: March 5, 2022", D(2021, 3, 7)),
    # day-first with dots, month-first with slashes (day-first when the first cannot be a month)
    ("Headline\n22.03.2019, 10:41\nText.", D(2019, 3, 22)),
    ("Headline\n09:30 05.11.2018\nText.", D(2018, 11, 5)),
    ("Headline\nTue, 06/04/2019 - 14:20\nText.", D(2019, 6, 4)),
    ("Headline\n25/06/2019\nText.", D(2019, 6, 25)),
    # ordinals, a comma with no space, a time after "at"
    ("Headline\nThu 21st March 2019 | 08:15 PM\nText.", D(2019, 3, 21)),
    ("Headline\nBy Staff Writer - June 3,2018 - Last updated at June 4,2018\nText.", D(2018, 6, 3)),
    ("Headline\nApril 2, 2022 at 09:10 GMT\nText.", D(2022, 4, 2)),
    ("Headline\nUpdated - October 9, 2016 at 11:02 AM.\nText.", D(2016, 10, 9)),
    ("Headline\nAdded on June 5, 2016\nText.", D(2016, 6, 5)),
    # the first date of a long byline line; a site name after the headline
    ("Headline\nJune 5, 2016 11:20 am | Updated March 2, 2020 08:00 am IST - Delhi correspondent\nText.",
     D(2016, 6, 5)),
    ("Leaders meet in Rome to discuss trade and the climate | World | Daily Planet | 14.03.2021\nText.",
     D(2021, 3, 14)),
    # a dateline alone on its line; an agency's credit in parentheses, at the top or the foot
    ("Headline\nKuala Lumpur, March 9, 2017\nText.", D(2017, 3, 9)),
    ("Headline\nHARARE (Agence Presse / Wire - 12th May, 2016) The two leaders met on Friday.", D(2016, 5, 12)),
    ("Headline\nThe two leaders met on Friday.\nThey agreed to meet again.\n(Example News Agency May 12, 2016)\n",
     D(2016, 5, 12)),
    # a byline that ends "on <date>", a bullet, a dash, a place and a colon, hyphens day first,
    # a two-digit year, "Mon.DD - YYYY", a section "... of <date>"
    ("Headline\nPosted by Ann Lee on March 12, 2020\nText.", D(2020, 3, 12)),
    ("Headline\nStory by Example Wire \u2022 March 12, 2020\nText.", D(2020, 3, 12)),
    ("Headline\n\u2014 March 12, 2020\nText.", D(2020, 3, 12)),
    ("Headline\nNEW DELHI: March 12, 2020 10:43 IST\nText.", D(2020, 3, 12)),
    ("Headline\n12-03-2020\nText.", D(2020, 3, 12)),
    ("Headline\nPublication date: 12 March 2020\nText.", D(2020, 3, 12)),
    ("Headline\nUpdated 12:15 GMT (20:15 HKT) March 12, 2021\nText.", D(2021, 3, 12)),
    ("Headline\nIssued on: 14/03/2021 - 10:15\nText.", D(2021, 3, 14)),
    ("Headline\nPosted in Europe | 03-Feb-11 | Source: Example Daily\nText.", D(2011, 2, 3)),
    ("Headline\nMar.05 - 2021 9:12 AM CET\nText.", D(2021, 3, 5)),
    ("Headline\nSports News of Friday, 14 June 2019\nText.", D(2019, 6, 14)),
    ("Headline\nHome > World > 12 March 2020\nText.", D(2020, 3, 12)),
    ("Headline\nBy Ann Lee \u00b7 September 9, 2012\nText.", D(2012, 9, 9)),
    ("Headline\nPosted on September 9, 2012 by admin\nText.", D(2012, 9, 9)),
    ("Headline\nDate of publication: 9 September 2012\nText.", D(2012, 9, 9)),
    # a section's name before the date and its time
    ("Headline\nPolitics 18/11/2014 12:47:00\nKUWAIT, Nov 18 (KUNA) -- Text.", D(2014, 11, 18)),
])
def test_dates_find_header_date(text, expected):
    assert find_header_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the site's banner shows the day the page was read; the article's own date follows, earlier
    ("Monday, June 3, 2024\n\nWORLD | 12-02-2024 09:30\n\nLeaders meet\n\nText.", D(2024, 2, 12)),
    ("menu\nlogo\nTUESDAY, March 5, 2019\nsite name\nLeaders meet\nFRIDAY, February 22, 2019\nText.",
     D(2019, 2, 22)),
    # a later date after the article's is an update, not the publication
    ("Monday, June 3, 2024\n\nUpdated: June 5, 2024\n\nLeaders meet\n\nText.", D(2024, 6, 3)),
    # a long line with a date opens the header: no banner
    ("Leaders meet in Paris - Monday, June 3, 2024 - World News Desk\nFebruary 12, 2024\nText.", D(2024, 6, 3)),
])
def test_dates_a_banner_date_gives_way_to_the_articles_own(text, expected):
    assert find_header_date(text) == expected


@pytest.mark.parametrize("text", [
    "Headline\nOn April 22, 2024, Xi Jinping met Thomas Bach.\n",
    "Headline\nJuly 13, 2024 was the day the two leaders met.\n",
    "Headline\nThe leaders met in Paris, France, on July 27, 2024, and agreed to talk.\n",
    "Headline\nBEIJING, Nov. 29 (Xinhua) -- Text.",     # no year
    "Headline\nMarch 2024\nText.",                     # no day
    "Headline\n2024-02-31\nText.",                     # no such day
    "Headline\nJuly 13, 1850\nText.",                  # implausible year
    "Headline that runs long: date 2023-11-30 appears only after the opening of the line",
    "\n".join(["filler line"] * 15 + ["July 13, 2024"]),   # beyond the header
    "Headline\nThe summit - July 4, 2020 - was cancelled by the hosts.\n",    # dashes in a sentence
    "Headline\nHe said (in a speech on July 4, 2020) that talks would go on.\n",
    "Headline\nIn Paris, July 4, 2020 was a hot day.\n",
    "Headline\nKenya: talks held on March 12, 2020 were fruitful\n",
    "Headline\nBy the way, on March 12, 2020 the two leaders met\n",
    "Headline\nSection 12/05/2014 review of the law\n",             # a date then a sentence
    "",
])
def test_dates_find_header_date_none(text):
    assert find_header_date(text) is None


# ---------------------------------------------------------------------------
# find_dateline


@pytest.mark.parametrize("text, expected", [
    ("BEIJING, Nov. 29 (Xinhua) -- Chinese Vice President Han Zheng met", ("Beijing", "Nov. 29")),
    ("MOSCOW, March 17 (Xinhua) -- Russian President", ("Moscow", "March 17")),
    # an agency's credit closed by a colon, or by nothing before the text (South Asian wires)
    ("LAHORE, May 9 (APP): Chief Minister Asad Malik met the envoy", ("Lahore", "May 9")),
    ("CHENNAI, May 9 (PTI) The state minister met the envoy", ("Chennai", "May 9")),
    ("Bogotá, Jul 5 (EFE).- Colombian President Andrés Mora met his counterpart", ("Bogotá", "Jul 5")),
    ("Addis Abeba, April 15/2021 - The Deputy Chairperson of the Commission met the envoy",
     ("Addis Abeba", "April 15/2021")),
    ("SOCHI, October 24. /TASS/. The Russian president held talks with his Egyptian counterpart",
     ("Sochi", "October 24")),
    ("ASTANA. KAZINFORM - The Kazakh president received the envoy", ("Astana", None)),
    ("RIO DE JANEIRO - Leaders of the G20 gathered", ("Rio de Janeiro", None)),
    ("NAYPYITAW, Myanmar - The visiting minister", ("Naypyitaw, Myanmar", None)),
    ("BEIJING - Chinese Premier Li Qiang", ("Beijing", None)),
    ("UNITED NATIONS, Sept. 1 (Xinhua) -- The UN chief", ("United Nations", "Sept. 1")),
    ("State House, Abuja - President Bola Tinubu on Tuesday received the visiting envoy",
     ("State House, Abuja", None)),
    ("Beijing, Nov. 29 (Xinhua) -- Text follows.", ("Beijing", "Nov. 29")),
    ("WASHINGTON (AP) \u2014 The president said", ("Washington", None)),
    ("BEIJING\u2014Chinese President Xi Jinping", ("Beijing", None)),
    ("PORT-AU-PRINCE, Haiti - Officials", ("Port-au-Prince, Haiti", None)),
    ("DAR ES SALAAM, Tanzania, July 3 (Xinhua) -- Text", ("Dar es Salaam, Tanzania", "July 3")),
    ("Headline of the story\n\nBEIJING, Nov. 29 (Xinhua) -- Text", ("Beijing", "Nov. 29")),
    ("Vienna, 21.05.2018 - The chancellor met his counterpart", ("Vienna", "21.05.2018")),
    # the agency after the date, with a comma or in slashes; the date with no comma before it
    ("YEREVAN, 5 APRIL, ARMENPRESS. President Vahe Sargsyan received", ("Yerevan", "5 APRIL")),
    ("Addis Ababa February 6/2022 /ENA/ Prime Minister Dawit Alemu held talks", ("Addis Ababa", "February 6/2022")),
    ("TASHKENT, March 3 (UzA). President Timur Nazarov received", ("Tashkent", "March 3")),
    # the country in brackets; a colon after a known place in capitals, or after a date
    ("Colombo [Sri Lanka], May 3 (ANI): Minister Ravi Menon met", ("Colombo, Sri Lanka", "May 3")),
    ("LAHORE: Chief Minister Tariq Aslam on Saturday met", ("Lahore", None)),
    ("Kathmandu, 10 September: Prime Minister Ram Thapa met", ("Kathmandu", "10 September")),
    ("LIMA (Peru), 2 May 2006: Chilean President Ana Lorca held talks", ("Lima, Peru", "2 May 2006")),
    ("ABUJA (AFP), June 4 -- The President met", ("Abuja", "June 4")),
    ("Rabat, August 21, 2023, In a recent development, Minister Karim Tazi met", ("Rabat", "August 21, 2023")),
    # an underscore after the agency (older wires); a dash right after the year
    ("NICOSIA, Cyprus (AP) _ Envoy Tom Reed held talks", ("Nicosia, Cyprus", None)),
    ("Asmara, 3 May 2021- President Ali Osman received the envoy", ("Asmara", "3 May 2021")),
    # the date at the end of an agency's note in brackets, after a comma or none
    ("MOSCOW (Sputnik - 04th April, 2019) Deputy Foreign Minister Pavel Orlov met", ("Moscow", "04th April, 2019")),
    ("DOHA (UrduPoint News / Sputnik - 07th October, 2020) The Qatari emir met", ("Doha", "07th October, 2020")),
    ("ABU DHABI, (Pakistan Point News / WAM - 21st Feb, 2021) Minister Ali Saeed received", ("Abu Dhabi", "21st Feb, 2021")),
    # a clock time and a bar before it; the date before the place
    ("Talks in Lima\n18:15 | Lima, Feb. 8.\nForeign Minister Ana Ruiz met", ("Lima", "Feb. 8")),
    ("January 20, 2022 - Paris, France - Global Affairs Canada\nThe minister met", ("Paris, France", "January 20, 2022")),
    # a line of its own: a known city in capitals, or a known city and a date
    ("Envoy holds talks\nNICOSIA\nEnvoy Tom Reed held talks with President Nikos Stavrou.", ("Nicosia", None)),
    ("Envoy holds talks\nCologne, Germany, June 8\nEnvoy Tom Reed held talks.", ("Cologne, Germany", "June 8")),
])
def test_dates_find_dateline(text, expected):
    assert find_dateline(text) == expected


@pytest.mark.parametrize("text", [
    "Chinese Vice President Han Zheng met with representatives in Beijing on Wednesday.",
    "Chinese Vice President Han Zheng met - and talked",
    "China, Russia - partners",
    "Xi Jinping - a profile",
    "US - China talks resume",
    "A - the first point",
    "Beijing - the capital",
    "Updated 18:59, 07-Mar-2021",
    # a sentence's own full stop, or a word after a date that is no agency, ends no dateline
    "Ghana. President Kofi Mensah met his counterpart.",
    "Kenya, Sunday. The President met his counterpart.",
    "Accra, March 3, Monday. The President met his counterpart.",
    "\n".join(["A plain sentence."] * 20 + ["BEIJING - Text"]),   # beyond the first lines
    # a label with a colon is no place
    "NOTE: This story was updated.",
    "WATCH: The minister speaks.",
    "Lahore: Chief Minister met.",
    "On April 22, 2024, Vice Foreign Minister Li Wen met the delegation.",
    # a line of its own that is a heading: no city, or not in capitals without a date
    "Talks resume\nTALKS RESUME\nThe envoy met the president.",
    "Profile\nCHINA\nThe envoy met the president.",
    "Schedule\nSaturday, May 20\nThe president arrives in Riyadh.",
    "Profile\nNicosia\nThe envoy met the president.",
    "Title\nMay 3, 2024 - Talks resume - The minister said",         # no place after the date
    "",
])
def test_dates_find_dateline_none(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize("text, expected", [
    ("BEIJING, Nov. 29 (Xinhua) -- Han met", ("Beijing", "Nov. 29", "BEIJING, Nov. 29 (Xinhua) -- ")),
    ("Title\n\n  RIO DE JANEIRO - Leaders", ("Rio de Janeiro", None, "RIO DE JANEIRO - ")),
])
def test_dates_find_dateline_span(text, expected):
    place, date, (start, end) = find_dateline_span(text)
    assert (place, date, text[start:end]) == expected


# ---------------------------------------------------------------------------
# Never raise on any string

_DATE_WORDS = st.sampled_from([
    "on", "the", "last", "next", "Saturday", "Nov.", "29", "2023", "2024-07-27", "ago", "days",
    "week", "month", "of", "evening", "23rd", "31st", "Feb", "-", "--", "(Xinhua)", "BEIJING",
    ",", "1990s", "/", "t20240618", "0910", "99999", "0000", "date", "Updated", "18:59", "\n",
])
_TEXTS = st.one_of(st.text(), st.lists(_DATE_WORDS, max_size=10).map(" ".join))
_BASES = st.one_of(st.none(), st.dates(), st.text(max_size=12))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS, _BASES, st.sampled_from([None, "past", "future"]))
def test_dates_resolve_date_never_raises(text, base, tense):
    result = resolve_date(text, base, tense)
    assert result is None or result.precision in ("day", "month", "year")


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXTS)
def test_dates_finders_never_raise(text):
    assert date_from_url(text) is None or isinstance(date_from_url(text), D)
    assert year_from_url(text) is None or 1990 <= year_from_url(text) <= 2100
    assert find_header_date(text) is None or isinstance(find_header_date(text), D)
    found = find_dateline(text)
    assert found is None or isinstance(found[0], str)


# ---------------------------------------------------------------- no tense: the nearest, past first

@pytest.mark.parametrize("expression, base, expected", [
    ("Jan. 14", "2024-01-06", "2024-01-14"),        # a week ahead: the coming one
    ("Aug. 6", "2024-03-10", "2023-08-06"),         # five months ahead is too far: last August
    ("May", "2024-03-15", "2024-05"),               # two months ahead
    ("October", "2024-03-15", "2023-10"),
    ("December", "2024-10-15", "2024-12"),          # within a quarter ahead
    ("December", "2024-06-15", "2023-12"),          # half a year either way: the past
    ("Monday", "2024-07-28", "2024-07-29"),         # Sunday's article: tomorrow
    ("Thursday", "2024-07-29", "2024-07-25"),       # Monday's article: last Thursday
    ("the 23rd", "2024-07-21", "2024-07-23"),
])
def test_dates_without_tense_the_nearest_occurrence_with_the_past_first(expression, base, expected):
    resolved = resolve_date(expression, base)
    assert resolved is not None and resolved.value == expected


@pytest.mark.parametrize("expression, tense, expected", [
    ("Jan. 14", "past", "2023-01-14"), ("Jan. 14", "future", "2024-01-14"),
    ("Monday", "past", "2024-01-01"), ("Monday", "future", "2024-01-08"),
])
def test_dates_a_tense_still_decides_the_direction(expression, tense, expected):
    assert resolve_date(expression, "2024-01-06", tense).value == expected


# ---------------------------------------------------------------- holidays and named days

@pytest.mark.parametrize("expression, base, tense, expected", [
    ("Thanksgiving Day", "2024-12-02", None, "2024-11-28"),
    ("on Thanksgiving", "2024-11-20", "future", "2024-11-28"),
    ("Election Day", "2022-10-20", None, "2022-11-08"),
    ("Christmas Day", "2025-01-10", None, "2024-12-25"),
    ("New Year's Day", "2025-01-10", "past", "2025-01-01"),
    ("Easter Sunday", "2024-04-10", None, "2024-03-31"),
    ("Good Friday", "2024-04-10", None, "2024-03-29"),
    ("Memorial Day", "2024-06-01", None, "2024-05-27"),
    ("last Christmas", "2024-12-30", None, "2024-12-25"),
])
def test_dates_holidays(expression, base, tense, expected):
    assert resolve_date(expression, base, tense) == _day(expected)


# ---------------------------------------------------------------- phrases that link to the day or year

@pytest.mark.parametrize("expression, precision, expected", [
    ("the same day", "day", "2024-07-28"), ("earlier that day", "day", "2024-07-28"),
    ("Earlier Sunday", "day", "2024-07-28"), ("later Saturday", "day", "2024-07-27"),
    ("that year", "year", "2024"), ("a year earlier", "year", "2023"),
    ("the previous Friday", "day", "2024-07-26"), ("the following Monday", "day", "2024-07-29"),
])
def test_dates_linking_phrases(expression, precision, expected):
    resolved = resolve_date(expression, SUN_2024_07_28)
    assert (resolved.value, resolved.precision) == (expected, precision)


# ---------------------------------------------------------------- never more precise than the text

@pytest.mark.parametrize("expression, expected", [
    ("the middle of March", ("2024-03", "month")),
    ("the end of the year", ("2024", "year")),
    ("the beginning of 2025", ("2025", "year")),
    ("a good part of 1990", ("1990", "year")),
    ("1994 or later", ("1994", "year")),
    ("nineteen seventy-nine", ("1979", "year")),
    ("the year two thousand", ("2000", "year")),
    ("two thousand and eight", ("2008", "year")),
])
def test_dates_spans_and_spelled_years_keep_their_precision(expression, expected):
    resolved = resolve_date(expression, SUN_2024_07_28)
    assert (resolved.value, resolved.precision) == expected


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.org/stories/201707260084.html", D(2017, 7, 26)),     # an id opening with the date
    ("https://m.example.com/view.php?ud=20141004000227", D(2014, 10, 4)),
    ("https://example.gov/articles/pm+call+with+the+president+3+january+2023+0401", D(2023, 1, 3)),
    ("https://example.lv/politics/17.07.2024-more-visitors.a561439", D(2024, 7, 17)),
    ("https://example.com/news/12345678901.html", None),                      # no valid date in the id
])
def test_dates_more_url_forms(url, expected):
    assert date_from_url(url) == expected


def test_dates_header_date_in_a_byline_with_bars():
    text = "Inflation eases\nBy Ann Lee | May 31, 2011 | 5:59 AM EDT\nFRANKFURT (AP) -- Prices rose."
    assert find_header_date(text) == D(2011, 5, 31)


# ---------------------------------------------------------------------------
# Spans of days: only the month is known for the meeting

@pytest.mark.parametrize("expression, tense, expected", [
    ("from March 3 to 5", "future", R("2024-03", "month")),
    ("March 3-5", None, R("2024-03", "month")),
    ("on Jan. 30-31", "past", R("2024-01", "month")),
    ("between 11 and 13 March", "future", R("2024-03", "month")),
    ("from 30 April to 2 May", "future", R("2024-04", "month")),
    ("on 6-7 October 2021", None, R("2021-10", "month")),
    ("June 3 to 6, 2019", "past", R("2019-06", "month")),
    # days with no month written: the month of the first, resolved like it (2024-02-20 is a Tuesday)
    ("on the 6th and 7th", "past", R("2024-02", "month")),
    ("on the 26th and 27th", "past", R("2024-01", "month")),
    ("from the 6th to the 8th", "future", R("2024-03", "month")),
    ("on Monday and Tuesday", "past", R("2024-02", "month")),
    ("from Thursday to Saturday", "past", R("2024-02", "month")),
    ("between Monday and Wednesday", "future", R("2024-02", "month")),
])
def test_dates_a_span_of_days_gives_its_month(expression, tense, expected):
    assert resolve_date(expression, "2024-02-20", tense) == expected


@pytest.mark.parametrize("expression, base, tense, expected", [
    ("this spring", D(2024, 5, 10), "past", _year("2024")),
    ("last summer", D(2024, 5, 10), "past", _year("2023")),
    ("last summer", D(2024, 11, 10), "past", _year("2024")),
    ("in the autumn", D(2024, 5, 10), "past", _year("2023")),
    ("in the autumn", D(2024, 5, 10), "future", _year("2024")),
    ("next spring", D(2024, 5, 10), None, _year("2025")),
    ("next spring", D(2024, 2, 10), None, _year("2024")),
    ("in the spring of 2019", D(2024, 5, 10), None, _year("2019")),
    ("winter 2022", None, None, _year("2022")),
    # a winter spans two years: only with its year
    ("last winter", D(2024, 5, 10), "past", None),
    ("the fall of the government", D(2024, 5, 10), "past", None),
])
def test_dates_a_season_is_its_year(expression, base, tense, expected):
    assert resolve_date(expression, base, tense) == expected


@pytest.mark.parametrize("expression, expected", [
    # parts of a week or a month: the month they fall in (2024-05-10 is a Friday)
    ("earlier in the month", _month("2024-05")),
    ("later in the week", _month("2024-05")),
    ("at the start of the month", _month("2024-05")),
    ("the week before last", _month("2024-04")),
    ("in the second half of April", _month("2024-04")),
    ("the first half of 2023", _year("2023")),
])
def test_dates_parts_of_weeks_and_months(expression, expected):
    assert resolve_date(expression, D(2024, 5, 10), "past") == expected


def test_dates_a_single_day_is_still_a_day():
    assert resolve_date("on March 3", "2024-02-20", "future") == R("2024-03-03", "day")


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/news/2015/01/leaders-meet/", (2015, 1)),
    ("https://example.org/html/202005/index_en.html", (2020, 5)),
    ("https://example.org/2017-09/story", (2017, 9)),
    ("https://example.org/2015/leaders-meet/", None),          # a year only
    ("https://example.org/2024/07/13/slug", None),             # a full date: date_from_url's
    ("https://example.org/2015/13/slug", None),                # no such month
])
def test_dates_month_from_url(url, expected):
    from pipeline.dates import month_from_url

    assert month_from_url(url) == expected
