"""The actor knowledge base (models/actors/*.tsv) and its two uses: names the tagger misses
become persons, and a party's country, title and organisation are filled from the office
held at the article's date. Sentences are our own."""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

import pytest

from pipeline import knowledge
from pipeline.events import not_a_party
from tests.conftest import events_of, names, one_event
from tests.test_cli import parley

D = dt.date
HEADER = "\t".join(knowledge.COLUMNS)


# ---------------------------------------------------------------- the committed files

def _all_offices():
    return [(path.name, o) for path in sorted(knowledge.ACTORS_DIR.glob("*.tsv")) for o in knowledge.read_rows(path)]


def test_knowledge_files_parse_with_valid_codes_and_dates():
    offices = _all_offices()           # read_rows checks codes, dates, columns; raises on a bad row
    assert len(offices) > 2000
    countries = {o.country for _, o in offices if o.country}
    assert len(countries) >= 190       # every UN member state has its heads of state and government
    for _, o in offices:
        if o.end:
            assert knowledge._as_date(o.start, True) <= knowledge._as_date(o.end, False), o


def test_knowledge_one_person_has_one_name_in_every_row():
    names_of = defaultdict(set)
    for _, o in _all_offices():
        names_of[o.actor_id].add(o.name)
    assert {k: v for k, v in names_of.items() if len(v) > 1} == {}


def test_knowledge_no_alias_is_claimed_by_two_people_of_one_country_at_once():
    claims = defaultdict(list)
    for _, o in _all_offices():
        for name in {o.name, *o.aliases}:
            claims[(knowledge.fold(name), o.country or o.org)].append(o)
    clashes = []
    for key, offices in claims.items():
        for a, b in itertools.combinations(offices, 2):
            if a.actor_id == b.actor_id:
                continue
            a0, a1 = knowledge._as_date(a.start, True), knowledge._as_date(a.end, False) if a.end else D.max
            b0, b1 = knowledge._as_date(b.start, True), knowledge._as_date(b.end, False) if b.end else D.max
            if a0 <= b1 and b0 <= a1:
                clashes.append((key, a.actor_id, b.actor_id))
    assert clashes == []


# ---------------------------------------------------------------- lookup by date

@pytest.mark.parametrize("name, day, role, country", [
    ("Vladimir Putin", D(2010, 6, 1), "Prime Minister", "RUS"),
    ("Putin", D(2019, 6, 1), "President", "RUS"),
    ("Joe Biden", D(2012, 3, 1), "Vice President", "USA"),
    ("Biden", D(2022, 3, 1), "President", "USA"),
    ("Narendra Modi", D(2020, 1, 1), "Prime Minister", "IND"),
    ("Ban Ki-moon", D(2010, 1, 1), "Secretary-General", None),
])
def test_knowledge_lookup_gives_the_office_held_at_the_date(name, day, role, country):
    office = knowledge.load().lookup([name], day)
    assert (office.role, office.country) == (role, country)


def test_knowledge_a_name_two_people_share_resolves_only_with_the_country():
    kb = knowledge.KnowledgeBase([
        knowledge.Office("ann-lee-ken", "Ann Lee", ("Lee",), "KEN", None, "President", "2010", None),
        knowledge.Office("ann-lee-gha", "Ann Lee", ("Lee",), "GHA", None, "Prime Minister", "2012", None),
    ])
    assert kb.lookup(["Ann Lee"], D(2020, 1, 1)) is None
    assert kb.lookup(["Ann Lee"], D(2020, 1, 1), "GHA").actor_id == "ann-lee-gha"


def test_knowledge_a_bare_surname_is_the_one_office_holder_of_that_name_at_the_date():
    kb = knowledge.KnowledgeBase([
        knowledge.Office("ann-okoro", "Ann Okoro", (), "KEN", None, "President", "2010-01-01", "2015-12-31"),
        knowledge.Office("ben-okoro", "Ben Okoro", (), "GHA", None, "Foreign Minister", "2014-01-01", "2020-12-31"),
        knowledge.Office("cal-diaz", "Cal J. Diaz", (), "PER", None, "President", "2012-01-01", None),
    ])
    assert kb.lookup(["Okoro"], D(2011, 1, 1)).actor_id == "ann-okoro"          # only she held office then
    assert kb.lookup(["Okoro"], D(2018, 1, 1)).actor_id == "ben-okoro"
    assert kb.lookup(["Okoro"], D(2015, 1, 1)) is None                          # two of them in office
    assert kb.lookup(["Okoro", "President Okoro"], D(2015, 1, 1), title="President").actor_id == "ann-okoro"
    assert kb.lookup(["Okoro"], D(2015, 1, 1), title="Prime Minister") is None  # the office names no one
    assert kb.lookup(["Okoro"], D(2009, 1, 1)) is None                          # nobody of that name yet
    assert kb.lookup(["Okoro"], None) is None
    assert kb.lookup(["Diaz"], D(2013, 1, 1)).actor_id == "cal-diaz"            # initials are no surname
    assert kb.lookup(["Ann"], D(2011, 1, 1)) is None                            # a first name is not


@pytest.mark.model
def test_knowledge_a_leader_the_text_calls_by_title_and_surname_gets_the_state(run_text):
    out = run_text({"d": "President Clinton met Chinese President Jiang Zemin in Washington on Monday."},
                   published="1998-03-20")
    (event,) = out["events"]
    assert {p["name"]: (p["country"], p["actor_key"]) for p in event["participants"]}["Clinton"] == (
        "USA", "bill-clinton")


@pytest.mark.parametrize("words, caps, found", [
    (["Xi", "Jinping", "met", "Joe", "Biden"], None, [(0, 2, "xi-jinping"), (3, 5, "joe-biden")]),
    (["Kim", "Jong", "-", "un", "spoke"], [True, True, False, True, False], [(0, 4, "kim-jong-un")]),
    (["the", "modi", "plan"], None, []),                                # lower case is no name
    (["Lula", "da", "Silva", "met", "Macron"], None, [(0, 3, "luiz-inacio-lula-da-silva"), (4, 5, "emmanuel-macron")]),
])
def test_knowledge_find_names(words, caps, found):
    caps = caps or [w[:1].isupper() for w in words]
    assert knowledge.find_names(words, caps) == found


# ---------------------------------------------------------------- an actors file of your own

def test_knowledge_bad_actors_file_names_the_row(tmp_path):
    path = tmp_path / "mine.tsv"
    path.write_text(f"{HEADER}\nann-otieno\tAnn Otieno\t\tKEN\t\tGovernor\t2020\t\n"
                    f"bo-chen\tBo Chen\t\tXYZ\t\tMayor\t2021\t\n", encoding="utf-8")
    with pytest.raises(knowledge.ActorsError, match=r"mine\.tsv:3: country 'XYZ'"):
        knowledge.read_rows(path)
    path.write_text("name\tcountry\n", encoding="utf-8")
    with pytest.raises(knowledge.ActorsError, match=r"mine\.tsv:1: the header"):
        knowledge.read_rows(path)
    path.write_text(f"{HEADER}\nbo-chen\tBo Chen\t\tKEN\t\tMayor\t2021\t2019\n", encoding="utf-8")
    with pytest.raises(knowledge.ActorsError, match=r"mine\.tsv:2: end 2019 is before start 2021"):
        knowledge.read_rows(path)


@pytest.mark.model
def test_knowledge_cli_actors_file_adds_people_and_a_bad_one_is_a_one_line_error(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Talks in Nairobi\nGovernor Wanjiru Kamau met Mayor Tomas Lindqvist in Nairobi on Monday, "
        "the county said in a statement.\n", encoding="utf-8")
    mine = tmp_path / "mine.tsv"
    mine.write_text(f"{HEADER}\nwanjiru-kamau\tWanjiru Kamau\tKamau\tKEN\t\tGovernor\t2020\t\n", encoding="utf-8")
    proc = parley("extract", tmp_path / "in", "--out", tmp_path / "out", "--actors", mine, "-q")
    assert proc.returncode == 0, proc.stderr
    proc = parley("query", tmp_path / "out", "select unnest(participants, recursive := true) from events", "--to",
                  tmp_path / "p.csv")
    text = (tmp_path / "p.csv").read_text()
    assert "Wanjiru Kamau,Governor,KEN,,P1,wanjiru-kamau" in text.replace('"', "")
    mine.write_text(f"{HEADER}\nwanjiru-kamau\tWanjiru Kamau\tKamau\tKEN\t\tGovernor\tsoon\t\n", encoding="utf-8")
    proc = parley("extract", tmp_path / "in", "--out", tmp_path / "out2", "--actors", mine)
    assert proc.returncode == 2
    assert proc.stderr.strip() == f"error: {mine}:2: start 'soon' is not YYYY, YYYY-MM or YYYY-MM-DD"


# ---------------------------------------------------------------- in the pipeline

@pytest.mark.model
@pytest.mark.parametrize("text, pair, countries", [
    ("Xi Jinping met Joe Biden in Bali on Monday.", ("Xi Jinping", "Joe Biden"), ("CHN", "USA")),
    ("Putin met Modi in Delhi on Friday.", ("Putin", "Modi"), ("RUS", "IND")),
    ("Ramaphosa held talks with Lula in Brasilia on Friday.", ("Ramaphosa", "Lula"), ("ZAF", "BRA")),
    ("Macron received Scholz at the Elysee Palace on Friday.", ("Macron", "Scholz"), ("FRA", "DEU")),
])
def test_knowledge_names_the_tagger_misses_are_parties_with_their_countries(run_text, text, pair, countries):
    event = one_event(run_text, text)
    assert names(event) == pair
    assert tuple(p["country"] for p in event["participants"]) == countries


@pytest.mark.model
def test_knowledge_the_text_wins_over_the_knowledge_base(run_text):
    # an invented office the text states: not replaced by the knowledge base's
    event = one_event(run_text, "Kenyan envoy Joe Biden met Ghanaian President Kofi Mensah in Accra on Friday.")
    biden = next(p for p in event["participants"] if p["name"] == "Joe Biden")
    assert biden["country"] == "KEN"


@pytest.mark.model
def test_knowledge_a_country_read_beside_a_serving_leaders_full_name_with_no_office_yields(run_text):
    # the countries of a list, then the names: the countries do not go to the nearest name
    text = ("The foreign ministers of Brazil, Australia and the United States - Hillary Clinton, Celso "
            "Amorim and Stephen Smith - met in Paris on Monday to discuss climate finance.")
    out = run_text({"d": text}, published="2009-11-10")
    got = {p["name"]: p["country"] for e in out["events"] for p in e["participants"]}
    assert got == {"Hillary Clinton": "USA", "Celso Amorim": "BRA", "Stephen Smith": "AUS"}


@pytest.mark.model
def test_knowledge_title_country_and_key_from_the_office_at_the_publication_date(run_text):
    event = one_event(run_text, "Modi met Sheikh Hasina in New Delhi on Friday.")
    by_name = {p["name"]: p for p in event["participants"]}
    assert (by_name["Modi"]["title"], by_name["Modi"]["country"], by_name["Modi"]["actor_key"]) == (
        "Prime Minister", "IND", "narendra-modi")
    assert next(p for n, p in by_name.items() if "Hasina" in n)["country"] == "BGD"


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    # the text names a party, not a state: a serving officer still has the state's country
    ("Xi Jinping, general secretary of the Communist Party of China Central Committee, met Joe Biden in "
     "Bali on Monday.", "Xi Jinping", "CHN"),
    # with no office known, the organisation's own name says whose it is
    ("Wanjiru Kamau, general secretary of the Communist Party of Kenya, met Joe Biden in Nairobi on Monday.",
     "Wanjiru Kamau", "KEN"),
    ("Joe Biden met Sipho Nkosi, general secretary of the South African Communist Party, in Pretoria on "
     "Monday.", "Sipho Nkosi", "ZAF"),
])
def test_knowledge_country_of_a_party_official(run_text, text, name, country):
    event = one_event(run_text, text)
    assert next(p for p in event["participants"] if p["name"] == name)["country"] == country


@pytest.mark.model
@pytest.mark.parametrize("text, published, name, country", [
    # between two terms in the same state's offices: still that state's official
    ("Benjamin Netanyahu met Joe Biden in Washington on Monday.", "2005-06-01", "Benjamin Netanyahu", "ISR"),
    ("Shinzo Abe met Joe Biden in Tokyo on Monday.", "2010-06-01", "Shinzo Abe", "JPN"),
    # ... unless the text says the office is behind them
    ("Former prime minister Benjamin Netanyahu met Joe Biden in Washington on Monday.", "2005-06-01",
     "Benjamin Netanyahu", None),
])
def test_knowledge_an_official_between_offices_keeps_the_state(run_text, text, published, name, country):
    out = run_text({"d": text}, published=published)
    (event,) = out["events"]
    assert next(p for p in event["participants"] if p["name"] == name)["country"] == country


def test_knowledge_one_state_means_every_office_is_one_states():
    kb = knowledge.load()
    assert kb.one_state("xi-jinping")
    assert not kb.one_state("antonio-guterres")        # Portugal, then the UN
    assert not kb.one_state("no-such-person")


def test_org_country_reads_only_a_state_in_the_name():
    from pipeline.events import org_country

    assert org_country("Communist Party of China") == "CHN"
    assert org_country("the Kenyan Senate") == "KEN"
    assert org_country("Government of the Republic of Kenya") == "KEN"
    # a formal name whose short form alone names no one state
    assert org_country("National Assembly of the Republic of Korea") == "KOR"
    assert org_country("Ministry of Foreign Affairs of the Kingdom of Thailand") == "THA"
    assert org_country("Organization of American States") is None
    assert org_country("African Union Commission") is None
    assert org_country("United Nations") is None


@pytest.mark.model
def test_knowledge_actor_key_merges_name_forms_across_articles(run_text):
    out = run_text({"a": "President Xi met Putin in Moscow on Tuesday.",
                    "b": "Chinese President Xi Jinping held talks with Vladimir Putin in Moscow on Tuesday."},
                   published="2024-07-28")
    keys = {tuple(sorted(p["actor_key"] for p in e["participants"])) for e in out["events"]}
    assert keys == {("vladimir-putin", "xi-jinping")}


@pytest.mark.parametrize("name, dropped", [
    ("Xinhua", True), ("the Associated Press", True), ("Yonhap", True),
    ("Saudi-American", True), ("Cheong Wa Dae", True), ("the Amiri Diwan", True), ("National Palace", True),
    ("Xi Jinping", False), ("African Union Commission", False), ("Kenya", False), ("Palace Guard Union", False),
    # a region or its adjective ("leaders from across the European continent")
    ("West African", True), ("European", True), ("Middle Eastern", True), ("Latin America", True),
    ("European Union", False), ("Caribbean Community", False), ("Asiana", False),
    # a body named by its kind alone
    ("Cabinet", True), ("the Government", True), ("Parliament", True),
    ("Cabinet Office of Japan", False), ("Government of Ghana", False), ("European Parliament", False),
])
def test_knowledge_media_buildings_and_adjectives_are_not_parties(name, dropped):
    assert not_a_party(name) is dropped


@pytest.mark.model
def test_knowledge_a_news_agency_is_never_a_party(run_text):
    events = events_of(run_text, "President William Ruto met Xinhua in Nairobi on Monday.")
    assert all("Xinhua" not in names(e) for e in events)


@pytest.mark.parametrize("names_, actor_id", [
    (["Sergey V. Lavrov"], "sergey-lavrov"),            # a middle initial the knowledge base does not give
    (["Abdullah", "King Abdullah"], "abdullah-ii"),     # the title makes the name
])
def test_knowledge_lookup_forgives_initials_and_uses_the_title(names_, actor_id):
    assert knowledge.load().lookup(names_, D(2016, 5, 1)).actor_id == actor_id


def test_knowledge_find_names_takes_the_longest_name_not_the_first():
    # an alias with a form of address ("Sheikh Omar al-Nuri") ends inside the full name that
    # starts one word later: the full name is the one named
    kb = knowledge.KnowledgeBase([
        knowledge.Office("omar-al-nuri", "Omar Al-Nuri Al-Hadi Al-Tamir", ("Sheikh Omar al-Nuri",), "KWT", None,
                         "Emir", "2010", None),
        knowledge.Office("ana-moyo", "Ana Moyo", (), "ZMB", None, "President", "2010", None),
    ])
    words = "Emir Sheikh Omar Al Nuri Al Hadi Al Tamir met Ana Moyo".split()
    caps = [w[:1].isupper() for w in words]
    assert knowledge.find_names(words, caps, kb) == [(2, 9, "omar-al-nuri"), (10, 12, "ana-moyo")]
    words = "Sheikh Omar Al Nuri met Ana Moyo".split()       # the alias alone
    assert knowledge.find_names(words, [w[:1].isupper() for w in words], kb) == \
        [(0, 4, "omar-al-nuri"), (5, 7, "ana-moyo")]
