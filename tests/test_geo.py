"""Tests for pipeline.geo: country aliases, venues and city geocoding (no model needed)."""

from __future__ import annotations

import csv
import dataclasses
import importlib.util
import threading

import pycountry
import pytest

from pipeline import geo
from pipeline.geo import Place, country_code, country_name, geocode


def _tsv(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


VALID_ALPHA3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


@pytest.mark.parametrize("text, expected", [
    ("Chinese", "CHN"),
    ("French", "FRA"),
    ("U.S.", "USA"),
    ("the United States", "USA"),
    ("America", "USA"),
    ("Americans", "USA"),
    ("Britain's", "GBR"),
    ("Britain’s", "GBR"),
    ("UK", "GBR"),
    ("South Korean", "KOR"),
    ("Republic of Korea", "KOR"),
    ("North Korea", "PRK"),
    ("DPRK", "PRK"),
    ("Ni-Vanuatu", "VUT"),
    ("Solomon Islander", "SLB"),
    ("Côte d'Ivoire", "CIV"),
    ("Cote d’Ivoire", "CIV"),
    ("Ivory Coast", "CIV"),
    ("the Netherlands", "NLD"),
    ("Dutch", "NLD"),
    ("The Gambia", "GMB"),
    ("Türkiye", "TUR"),
    ("Turkey's", "TUR"),
    ("Czechia", "CZE"),
    ("Holy See", "VAT"),
    ("Kosovo", "XKX"),
    ("Emirati", "ARE"),
    ("Filipino", "PHL"),
    ("Salvadoran", "SLV"),
    ("Equatoguinean", "GNQ"),
    ("Nepalese", "NPL"),
    ("Argentine", "ARG"),
    ("Burma", "MMR"),
    ("Lao People's Democratic Republic", "LAO"),
    ("Korea, Republic of", "KOR"),
    ("DR Congo", "COD"),
    ("Martian", None),
    ("Korean", None),          # ambiguous between KOR and PRK
    ("Congolese", None),       # ambiguous between COD and COG
    ("European Union", None),  # an organisation, not a country
    ("EU", None),
    ("Beijing", None),         # a city, not a country
    ("and", None),             # ISO code AND must not leak in
    ("IN", None),              # ISO alpha-2 code must not leak in
    ("", None),
    ("   ", None),
])
def test_geo_country_code(text, expected):
    assert country_code(text) == expected


@pytest.mark.parametrize("value", [None, 42, ["China"]])
def test_geo_country_code_non_string_is_none(value):
    assert country_code(value) is None


@pytest.mark.parametrize("alpha3, expected", [
    ("KOR", "South Korea"),
    ("prk", "North Korea"),
    ("RUS", "Russia"),
    ("USA", "United States"),
    ("GBR", "United Kingdom"),
    ("VNM", "Vietnam"),
    ("XKX", "Kosovo"),
    ("COD", "Democratic Republic of the Congo"),
    ("ZZZ", None),
    ("", None),
])
def test_geo_country_name(alpha3, expected):
    assert country_name(alpha3) == expected


@pytest.mark.parametrize("place, context, city, country, lat", [
    ("Paris", (), "Paris", "FRA", 48.85),
    # The rule prefers a context-country match: the data hold Paris, Texas.
    ("Alexandria", ("USA",), "Alexandria", "USA", 38.80),
    ("Paris, France", (), "Paris", "FRA", 48.85),
    ("Paris, Texas", (), "Paris", "USA", 33.66),
    ("Beijing, capital of China", (), "Beijing", "CHN", 39.91),
    ("Harbin in Northeast China's Heilongjiang Province", (), "Harbin", "CHN", 45.75),
    ("Washington", (), "Washington", "USA", 38.90),
    ("Washington, D.C.", (), "Washington", "USA", 38.90),
    ("London", (), "London", "GBR", 51.51),
    ("London", ("CAN",), "London", "CAN", 42.98),
    ("New Delhi", (), "New Delhi", "IND", 28.62),
    ("Rio de Janeiro", (), "Rio de Janeiro", "BRA", -22.91),
    ("Naypyitaw", (), "Nay Pyi Taw", "MMR", 19.75),
    ("Nay Pyi Taw", (), "Nay Pyi Taw", "MMR", 19.75),
    ("Kiev", (), "Kyiv", "UKR", 50.45),
    ("Brasilia", (), "Brasília", "BRA", -15.78),
    ("New York", (), "New York City", "USA", 40.71),
    ("the Hague", (), "The Hague", "NLD", 52.08),
    # a city described, the country by a possessive word
    ("the country's far northern port city of Murmansk", (), "Murmansk", "RUS", 68.97),
    ("the nation's capital of Abuja", (), "Abuja", "NGA", 9.06),
])
def test_geo_geocode_city(place, context, city, country, lat):
    found = geocode(place, context)
    assert found is not None
    assert (found.kind, found.city, found.country) == ("city", city, country)
    assert found.lat == pytest.approx(lat, abs=0.05)
    assert found.lon is not None


@pytest.mark.parametrize("place, city, country", [
    ("the Great Hall of the People", "Beijing", "CHN"),
    ("Diaoyutai State Guesthouse", "Beijing", "CHN"),
    ("Downing Street", "London", "GBR"),
    ("No 10", "London", "GBR"),
    ("the White House", "Washington", "USA"),
    ("the Kremlin", "Moscow", "RUS"),
    ("Élysée Palace", "Paris", "FRA"),
    ("the Blue House", "Seoul", "KOR"),
    ("Palais des Nations", "Geneva", "CHE"),
    ("Aso Rock", "Abuja", "NGA"),
    ("United Nations headquarters", "New York", "USA"),
])
def test_geo_geocode_venue(place, city, country):
    found = geocode(place)
    assert found is not None
    assert (found.kind, found.city, found.country) == ("venue", city, country)
    assert found.lat is not None and found.lon is not None


def test_geo_geocode_venue_in_small_town_has_no_coordinates():
    assert geocode("Chequers") == Place("Ellesborough", "GBR", None, None, "venue")


@pytest.mark.parametrize("place, country", [
    ("Myanmar", "MMR"),
    ("the Philippines", "PHL"),
    ("Côte d'Ivoire", "CIV"),
    ("Smallville, Kenya", "KEN"),  # unknown town, known country
])
def test_geo_geocode_country(place, country):
    assert geocode(place) == Place(None, country, None, None, "country")


@pytest.mark.parametrize("place, city, country", [
    ("the Presidential Villa, Abuja", "Abuja", "NGA"),
    ("State House, Nairobi", "Nairobi", "KEN"),
    ("the Grand Hotel, Oslo", "Oslo", "NOR"),
    ("the summit, Nairobi", "Nairobi", "KEN"),
])
def test_geo_a_building_and_its_city_is_in_that_city(place, city, country):
    found = geocode(place)
    assert (found.city, found.country) == (city, country)


@pytest.mark.parametrize("place", ["Nowhereville", "", "   ", ", ,", None, "the Blue Lagoon, Nowhereville",
                                   # a common noun is no town of that name
                                   "the summit", "the airport",
                                   # a continent is no town GeoNames also names so
                                   "Africa", "Asia", "the Middle East"])
def test_geo_geocode_unknown_is_none(place):
    assert geocode(place) is None


@pytest.mark.parametrize("context", [("usa",), ("United States",)])
def test_geo_geocode_context_accepts_codes_and_names(context):
    found = geocode("Alexandria", context)
    assert found is not None and found.country == "USA"


def test_geo_place_is_frozen():
    place = Place("Paris", "FRA", 48.85, 2.35, "city")
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.city = "Lyon"


@pytest.mark.parametrize("alias", [
    "china", "people's republic of china", "united states", "u.s.", "us", "usa", "america",
    "uk", "u.k.", "britain", "great britain", "united kingdom", "russia", "south korea",
    "north korea", "dprk", "iran", "syria", "vietnam", "laos", "bolivia", "venezuela",
    "tanzania", "moldova", "czech republic", "czechia", "turkey", "turkiye",
    "ivory coast", "cote d'ivoire", "vatican", "holy see", "palestine", "taiwan", "kosovo",
    "the netherlands", "the gambia", "the bahamas", "chinese", "american", "british",
    "swiss", "irish", "icelandic", "ni-vanuatu", "solomon islander", "saudi", "somali",
    "sudanese", "mauritian", "senegalese", "mauritanian", "angolan", "nepali", "pakistani",
])
def test_geo_countries_tsv_lists_alias(alias):
    assert alias in {row["alias"] for row in _tsv(geo.COUNTRIES_TSV)}


def test_geo_countries_tsv_is_well_formed():
    rows = _tsv(geo.COUNTRIES_TSV)
    aliases = [row["alias"] for row in rows]
    assert list(rows[0]) == ["alias", "alpha3"]
    assert len(aliases) == len(set(aliases))
    assert all(a == a.lower() and a.strip() == a and a for a in aliases)
    assert {row["alpha3"] for row in rows} <= VALID_ALPHA3
    assert {row["alpha3"] for row in rows} >= VALID_ALPHA3  # every country has an alias
    assert not {"eu", "european union", "un", "united nations", "nato"} & set(aliases)


def test_geo_countries_tsv_matches_build_script():
    path = geo.MODELS / "build_countries.py"
    spec = importlib.util.spec_from_file_location("build_countries", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.build() == [(r["alias"], r["alpha3"]) for r in _tsv(geo.COUNTRIES_TSV)]


def test_geo_venues_tsv_is_well_formed():
    rows = _tsv(geo.VENUES_TSV)
    assert list(rows[0]) == ["venue", "city", "country"]
    assert 40 <= len(rows) <= 500
    assert {row["country"] for row in rows} <= VALID_ALPHA3
    for row in rows:
        found = geocode(row["venue"])
        assert found is not None and found.kind == "venue", row
        assert found.country == row["country"], row


# ---------------------------------------------------------------- geocoding in context

@pytest.mark.parametrize("place, context, city, country", [
    ("Bali", ["CHN", "USA"], None, "IDN"),               # an island, not a village of the same name
    ("Nusa Dua, Bali", [], None, "IDN"),
    ("Camp David", [], "Thurmont", "USA"),
    ("Crimea", [], None, "UKR"),
    ("Georgia", [], None, "GEO"),                        # the country, unless the text says otherwise
    ("Atlanta, Georgia", [], "Atlanta", "USA"),
    ("Paris", ["USA"], "Paris", "FRA"),                  # a capital before a small namesake of the context
    ("Paris, Texas", [], "Paris", "USA"),                # ... unless the text names the state
    ("Alexandria", ["USA"], "Alexandria", "USA"),        # a real city of the context stays preferred
    ("Alexandria", [], "Alexandria", "EGY"),
    ("Hyderabad", ["PAK"], "Hyderabad", "PAK"),
])
def test_geo_ambiguous_places_resolve_in_context(place, context, city, country):
    found = geocode(place, context)
    assert (found.city, found.country) == (city, country)


# ---------------------------------------------------------------- the compiled city index

def test_city_index_is_compiled_once_into_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("PARLEY_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(geo, "_LOCAL", threading.local())     # no connection to the usual file
    geo._cities.cache_clear()
    try:
        path = geo.city_db()
        assert path.parent == tmp_path / "cache" and path.name.startswith("cities-")
        stamp = path.stat().st_mtime_ns
        assert geo.city_db() == path and path.stat().st_mtime_ns == stamp      # reused, not rebuilt
        assert list((tmp_path / "cache").iterdir()) == [path]                  # no temporary file left
        assert geo.geocode("Mombasa") == geo.Place("Mombasa", "KEN", pytest.approx(-4.05, abs=0.1),
                                                   pytest.approx(39.66, abs=0.1), "city")
        primary, alternate = geo._cities(geo._key("Bombay"))
        assert not primary and any(c.name == "Mumbai" for c in alternate)
    finally:
        geo._cities.cache_clear()


def test_city_index_falls_back_when_the_cache_folder_cannot_be_written(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("PARLEY_CACHE", str(blocked / "cache"))
    monkeypatch.setattr(geo.tempfile, "gettempdir", lambda: str(blocked))
    monkeypatch.setattr(geo, "_LOCAL", threading.local())
    geo._cities.cache_clear()
    try:
        assert geo.city_db() is None
        assert geo.geocode("Nairobi").country == "KEN"          # an index in memory instead
    finally:
        geo._cities.cache_clear()


# ---------------------------------------------------------------- places described, not named

@pytest.mark.parametrize("text, city, country", [
    ("the Cambodian capital", "Phnom Penh", "KHM"),
    ("the Russian capital", "Moscow", "RUS"),
    ("Kenya's capital city", "Nairobi", "KEN"),
    ("the capital city of Kenya", "Nairobi", "KEN"),
    ("the Japanese city of Osaka", "Osaka", "JPN"),
    ("Vietnam's central city of Da Nang", "Da Nang", "VNM"),
    ("the Ukrainian capital of Kiev", "Kyiv", "UKR"),
    ("the southern Indian city of Chennai", "Chennai", "IND"),
    ("the city of Nice", "Nice", "FRA"),
    ("the Gulf state of Qatar", None, "QAT"),
    ("Oman's southern province of Dhofar", None, "OMN"),
    ("the Indonesian island of Bali", None, "IDN"),
    ("Beijing, capital of China", "Beijing", "CHN"),
])
def test_geocode_reads_a_place_described_by_its_country_and_kind(text, city, country):
    found = geocode(text)
    assert (found.city, found.country) == (city, country)


def test_geocode_unknown_country_in_a_description_gives_nothing():
    assert geocode("the capital of Nowhereland") is None


@pytest.mark.parametrize("text", ["St. Petersburg", "St Petersburg", "Saint Petersburg", "ST. PETERSBURG"])
def test_geocode_saint_and_st_are_one_name(text):
    assert geocode(text, ("RUS",)).country == "RUS"
    assert geocode(text).country == "RUS"             # the city of five million, not the Florida one


def test_geocode_abbreviated_saints_and_mounts_in_country_names():
    assert geocode("St. Kitts").country == "KNA"
    assert geocode("St Lucia").country == "LCA"


def test_geocode_well_known_city_beats_a_small_namesake_of_the_article_country():
    assert geocode("Geneva", ("USA",)).country == "CHE"    # not Geneva, Illinois, in a US story
    assert geocode("Paris", ("USA",)).country == "FRA"
    assert geocode("Victoria", ("SYC",)).country == "SYC"  # a capital of the article's country stays
    assert geocode("Geneva, Illinois").country == "USA"    # the text names the state


@pytest.mark.parametrize("text, expected", [
    ("the Republic of Togo", "TGO"),
    ("Kingdom of Lesotho", "LSO"),
    ("the Federal Republic of Somalia", "SOM"),
    ("the Independent State of Samoa", "WSM"),
    # a formal name of another state stays that state's
    ("Republic of China", "TWN"),
    ("Democratic Republic of the Congo", "COD"),
    ("Republic of Korea", "KOR"),
    # a nationality's republic or kingdom
    ("the Turkish Republic", "TUR"),
    ("Dominican Republic", "DOM"),
    # no country after it: nothing
    ("the State of Texas", None),
    ("the Weimar Republic", None),
    ("Animal Kingdom", None),
    ("Republic of Letters", None),
])
def test_geo_a_formal_name_is_its_country(text, expected):
    assert geo.country_code(text) == expected
    place = geo.geocode(text)
    assert (place.country if place is not None else None) == expected


def test_geo_a_major_city_is_a_capital_or_one_of_a_million():
    from pipeline.geo import MAJOR_POPULATION, is_well_known_city

    assert is_well_known_city("Lagos", MAJOR_POPULATION) and is_well_known_city("Tallinn", MAJOR_POPULATION)
    assert is_well_known_city("Sochi") and not is_well_known_city("Sochi", MAJOR_POPULATION)
