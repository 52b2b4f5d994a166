"""Tests for pipeline.events: normalised interaction events with dates, places, parties and codes."""

from __future__ import annotations

import pytest

import pipeline
from pipeline import ContractError, normalise_events, schemas

from tests.conftest import events_of as _events
from tests.conftest import names as _names
from tests.conftest import one_event as _one
from tests.conftest import party as _party
from tests.conftest import run_ok as _run


def _pairs(events: list[dict]) -> list[tuple[str, ...]]:
    """Each event's party names, sorted, in sorted order."""
    return sorted(tuple(sorted(_names(e))) for e in events)


pytestmark = pytest.mark.model

PUBLISHED = "2024-07-28"   # a Sunday: "on Saturday" is 07-27, "will ... on Friday" is 08-02


# (text, type, status, date, city, country, participants in order, CAMEO code)
EVENTS = [
    # verbs and nominal triggers; CAMEO 042 = in the second party's country, 043 = the first's
    ("Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday.",
     "meeting", "happened", "2024-07-22", "Paris", "FRA", ("Xi Jinping", "Emmanuel Macron"), "042"),
    ("French President Emmanuel Macron met with Chinese President Xi Jinping in Paris on Monday.",
     "meeting", "happened", "2024-07-22", "Paris", "FRA", ("Emmanuel Macron", "Xi Jinping"), "043"),
    ("Russian President Vladimir Putin met with Turkish President Recep Tayyip Erdogan in Astana on "
     "Wednesday.",
     "meeting", "happened", "2024-07-24", "Astana", "KAZ", ("Vladimir Putin", "Recep Tayyip Erdogan"),
     "044"),
    ("Indian Prime Minister Narendra Modi held talks with Austrian Chancellor Karl Nehammer in Vienna "
     "on Wednesday.",
     "meeting", "happened", "2024-07-24", "Vienna", "AUT", ("Narendra Modi", "Karl Nehammer"), "042"),
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks in "
     "Washington on Thursday.",
     "meeting", "happened", "2024-07-25", "Washington", "USA", ("Fumio Kishida", "Yoon Suk Yeol"),
     "044"),
    ("The talks between Chinese Foreign Minister Wang Yi and U.S. Secretary of State Antony Blinken "
     "in Vientiane on Friday focused on trade.",
     "meeting", "happened", "2024-07-26", "Vientiane", "LAO", ("Wang Yi", "Antony Blinken"), "044"),
    ("Talks between Chinese Foreign Minister Wang Yi and U.S. Secretary of State Antony Blinken "
     "were held in Vientiane on Friday.",
     "meeting", "happened", "2024-07-26", "Vientiane", "LAO", ("Wang Yi", "Antony Blinken"), "044"),
    ("Brazilian President Luiz Inacio Lula da Silva's meeting with Argentine President Javier Milei "
     "in Buenos Aires on Thursday focused on trade.",
     "meeting", "happened", "2024-07-25", "Buenos Aires", "ARG",
     ("Luiz Inacio Lula da Silva", "Javier Milei"), "042"),
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
     "Saturday.",
     "meeting", "happened", "2024-07-27", "Nairobi", "KEN", ("William Ruto", "Samia Suluhu Hassan"),
     "043"),
    ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on "
     "Saturday.",
     "meeting", "happened", "2024-07-27", "Arusha", "TZA", ("William Ruto", "Samia Suluhu Hassan"),
     "042"),
    ("Greek Prime Minister Kyriakos Mitsotakis met with Cypriot President Nikos Christodoulides in "
     "Nicosia on Monday.",
     "meeting", "happened", "2024-07-22", "Nicosia", "CYP",
     ("Kyriakos Mitsotakis", "Nikos Christodoulides"), "042"),
    # "received" a named guest; a venue gives its city
    ("Chinese Premier Li Qiang received Malaysian Prime Minister Anwar Ibrahim at the Great Hall of "
     "the People on Friday.",
     "meeting", "happened", "2024-07-26", "Beijing", "CHN", ("Li Qiang", "Anwar Ibrahim"), "043"),
    ("Chinese President Xi Jinping received Malaysian Prime Minister Anwar Ibrahim in Beijing on "
     "Friday.",
     "meeting", "happened", "2024-07-26", "Beijing", "CHN", ("Xi Jinping", "Anwar Ibrahim"), "043"),
    ("Chinese Premier Li Qiang met with visiting Malaysian Prime Minister Anwar Ibrahim at the Great "
     "Hall of the People on Friday.",
     "meeting", "happened", "2024-07-26", "Beijing", "CHN", ("Li Qiang", "Anwar Ibrahim"), "043"),
    # "during his visit" / "while meeting with"
    ("During his visit, Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Fumio "
     "Kishida in Tokyo on Tuesday.",
     "meeting", "happened", "2024-07-23", "Tokyo", "JPN", ("Ferdinand Marcos Jr.", "Fumio Kishida"),
     "042"),
    ("Philippine President Ferdinand Marcos Jr. discussed maritime security while meeting with "
     "Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday.",
     "meeting", "happened", "2024-07-23", "Tokyo", "JPN", ("Ferdinand Marcos Jr.", "Fumio Kishida"),
     "042"),
    ("Speaking to reporters in Rome on Friday, Spanish Prime Minister Pedro Sanchez said he raised "
     "the issue while meeting with Italian Prime Minister Giorgia Meloni.",
     "meeting", "happened", "2024-07-26", "Rome", "ITA", ("Pedro Sanchez", "Giorgia Meloni"), "042"),
    # calls and letters: no place, CAMEO 041 for calls
    ("Turkish President Recep Tayyip Erdogan had a phone conversation with Russian President "
     "Vladimir Putin on Tuesday.",
     "phone_call", "happened", "2024-07-23", None, None, ("Recep Tayyip Erdogan", "Vladimir Putin"),
     "041"),
    ("Turkish President Recep Tayyip Erdogan had a phone conversation with Russian President "
     "Vladimir Putin in Ankara on Tuesday.",
     "phone_call", "happened", "2024-07-23", None, None, ("Recep Tayyip Erdogan", "Vladimir Putin"),
     "041"),
    ("German Chancellor Olaf Scholz held a video call with Ukrainian President Volodymyr Zelensky "
     "on Thursday.",
     "video_call", "happened", "2024-07-25", None, None, ("Olaf Scholz", "Volodymyr Zelensky"), "041"),
    ("Italian Prime Minister Giorgia Meloni spoke with Canadian Prime Minister Justin Trudeau via "
     "video link on Wednesday.",
     "video_call", "happened", "2024-07-24", None, None, ("Giorgia Meloni", "Justin Trudeau"), "041"),
    ("Chinese President Xi Jinping and Russian President Vladimir Putin exchanged congratulatory "
     "messages on Saturday.",
     "correspondence", "happened", "2024-07-27", None, None, ("Xi Jinping", "Vladimir Putin"), "040"),
    ("Chinese President Xi Jinping exchanged congratulatory messages with Russian President "
     "Vladimir Putin on Saturday.",
     "correspondence", "happened", "2024-07-27", None, None, ("Xi Jinping", "Vladimir Putin"), "040"),
    # planned: the weekday is resolved forward, CAMEO 036
    ("French President Emmanuel Macron will meet German Chancellor Olaf Scholz in Berlin on Friday.",
     "meeting", "planned", "2024-08-02", "Berlin", "DEU", ("Emmanuel Macron", "Olaf Scholz"), "036"),
    ("Spanish Prime Minister Pedro Sanchez will hold talks with Portuguese Prime Minister Luis "
     "Montenegro in Lisbon on Friday.",
     "meeting", "planned", "2024-08-02", "Lisbon", "PRT", ("Pedro Sanchez", "Luis Montenegro"), "036"),
    ("Spanish Prime Minister Pedro Sanchez is due to meet Portuguese Prime Minister Luis Montenegro "
     "in Lisbon on Friday.",
     "meeting", "planned", "2024-08-02", "Lisbon", "PRT", ("Pedro Sanchez", "Luis Montenegro"), "036"),
    ("U.S. President Joe Biden will host Israeli Prime Minister Benjamin Netanyahu at the White "
     "House on Thursday.",
     "meeting", "planned", "2024-08-01", "Washington", "USA", ("Joe Biden", "Benjamin Netanyahu"), "036"),
    ("Egyptian President Abdel Fattah al-Sisi received Jordanian King Abdullah II in Cairo on "
     "Tuesday.",
     "meeting", "happened", "2024-07-23", "Cairo", "EGY", ("Abdel Fattah al-Sisi", "Abdullah II"), "043"),
    # a dateline gives "here" its city
    ("BEIJING, July 27 (Xinhua) -- Chinese Vice President Han Zheng met Cuban Vice President "
     "Salvador Valdes Mesa here on Saturday.",
     "meeting", "happened", "2024-07-27", "Beijing", "CHN", ("Han Zheng", "Salvador Valdes Mesa"), "043"),
    # a pronoun or a bare title resolved to the person named earlier
    ("Kenyan President William Ruto arrived in Tokyo on Friday. He later met with Japanese Prime "
     "Minister Fumio Kishida.",
     "meeting", "happened", "2024-07-26", "Tokyo", "JPN", ("William Ruto", "Fumio Kishida"), "042"),
    ("French President Emmanuel Macron arrived in Beijing on Thursday. Chinese President Xi Jinping "
     "met the French president on Friday.",
     "meeting", "happened", "2024-07-26", "Beijing", "CHN", ("Xi Jinping", "Emmanuel Macron"), "043"),
    ("Ukrainian President Volodymyr Zelensky arrived in Washington on Tuesday. U.S. President Joe "
     "Biden received the Ukrainian president at the White House on Wednesday.",
     "meeting", "happened", "2024-07-24", "Washington", "USA", ("Joe Biden", "Volodymyr Zelensky"), "043"),
    ("The International Olympic Committee (IOC) opened its session in Paris on Wednesday. IOC "
     "President Thomas Bach met French President Emmanuel Macron at the Elysee Palace on Thursday.",
     "meeting", "happened", "2024-07-25", "Paris", "FRA", ("Thomas Bach", "Emmanuel Macron"), "042"),
]


@pytest.mark.parametrize("text, typ, status, date, city, country, names, cameo", EVENTS)
def test_events_type_status_date_place_parties_code(run_text, text, typ, status, date, city, country,
                                                    names, cameo):
    event = _one(run_text, text)
    assert (event["type"], event["status"]) == (typ, status)
    assert event["date"] == date
    assert event["date_precision"] == "day"
    assert (event["location_city"], event["location_country"]) == (city, country)
    assert _names(event) == names
    assert event["cameo_code"] == cameo


@pytest.mark.parametrize("text, location_text, city, country", [
    ("Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday.",
     "Paris", "Paris", "FRA"),
    ("BEIJING, July 27 (Xinhua) -- Chinese Vice President Han Zheng met Cuban Vice President "
     "Salvador Valdes Mesa here on Saturday.", "Beijing", "Beijing", "CHN"),
    # places described rather than named: in the trigger's sentence, active and nominal
    ("Indian Prime Minister Manmohan Singh met US President Barack Obama at the East Asia Summit in "
     "the Cambodian capital on Tuesday.", "the Cambodian capital", "Phnom Penh", "KHM"),
    ("The talks between Chinese President Xi Jinping and Japanese Prime Minister Shinzo Abe took place "
     "in the Japanese city of Osaka on Thursday.", "the Japanese city of Osaka", "Osaka", "JPN"),
    ("Russian President Vladimir Putin received Chinese Vice President Wang Qishan in St. Petersburg "
     "on Thursday.", "St. Petersburg", "St. Petersburg", "RUS"),
    # the journey the trigger's sentence reports goes where they meet
    ("Indian Prime Minister Narendra Modi travels to Lisbon, where he will meet Portuguese Prime "
     "Minister Luis Montenegro.", "Lisbon", "Lisbon", "PRT"),
    ("Indian Prime Minister Narendra Modi arrived in Hanoi on Friday and met Vietnamese Prime Minister "
     "Nguyen Xuan Phuc.", "Hanoi", "Hanoi", "VNM"),
    # ... and in the sentence before ("the Black Sea resort of")
    ("Leaders gathered at the Black Sea resort of Sochi on Monday. Russian President Vladimir Putin met "
     "Turkish President Recep Tayyip Erdogan.", "Sochi", "Sochi", "RUS"),
    # the one gathering the article places: "the summit in X", "the X Olympics"
    ("Leaders arrived for the G20 summit in Rome on Friday.\n\nTrade led the agenda.\n\nClimate came "
     "second.\n\nThe host spoke first.\n\nOn the sidelines, Saudi Foreign Minister "
     "Faisal bin Farhan held talks with Argentine Foreign Minister Santiago Cafiero.", "Rome", "Rome", "ITA"),
    ("Dozens of leaders came for the opening of the Tokyo Olympics.\n\nThe stadium was empty.\n\nFans "
     "watched at home.\n\nThe flame was lit.\n\nJapanese Prime Minister Yoshihide "
     "Suga met French President Emmanuel Macron on Saturday.", "Tokyo", "Tokyo", "JPN"),
])
def test_events_location_text_and_coordinates(run_text, text, location_text, city, country):
    event = _one(run_text, text)
    assert (event["location_text"], event["location_city"], event["location_country"]) == (
        location_text, city, country)
    assert event["location_lat"] is not None and event["location_lon"] is not None


@pytest.mark.parametrize("text, date, date_text", [
    ("BEIJING, July 27 (Xinhua) -- Chinese Vice President Han Zheng met Cuban Vice President "
     "Salvador Valdes Mesa here.", "2024-07-27", "dateline"),
    ("Chinese Vice President Han Zheng met Cuban Vice President Salvador Valdes Mesa in Beijing on "
     "Saturday.", "2024-07-27", "Saturday"),
    ("Chinese Vice President Han Zheng met Cuban Vice President Salvador Valdes Mesa in Beijing on "
     "July 25.", "2024-07-25", "July 25"),
])
def test_events_date_from_text_or_dateline(run_text, text, date, date_text):
    event = _one(run_text, text)
    assert (event["date"], event["date_precision"], event["date_text"]) == (date, "day", date_text)
    assert (event["location_city"], event["location_country"]) == ("Beijing", "CHN")


# (text, first party, its counterparts, each in its own event)
SEVERAL = [
    ("On the sidelines of the summit, U.S. President Joe Biden met Japanese Prime Minister Fumio "
     "Kishida, South Korean President Yoon Suk Yeol and Australian Prime Minister Anthony Albanese "
     "on Thursday.",
     "Joe Biden", {"Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese"}),
    ("Chinese Foreign Minister Wang Yi held separate meetings with Russian Foreign Minister Sergei "
     "Lavrov and Thai Foreign Minister Maris Sangiampongsa in Vientiane on Thursday.",
     "Wang Yi", {"Sergei Lavrov", "Maris Sangiampongsa"}),
]


@pytest.mark.parametrize("text, host, guests", SEVERAL)
def test_events_several_counterparts_one_event_each(run_text, text, host, guests):
    events = _events(run_text, text)
    assert sorted(_names(e) for e in events) == sorted((host, g) for g in guests)
    assert {(e["type"], e["status"], e["date"]) for e in events} == {("meeting", "happened", "2024-07-25")}
    assert len({e["event_id"] for e in events}) == len(guests)


@pytest.mark.parametrize("text", [
    # negated
    "French President Emmanuel Macron did not meet German Chancellor Olaf Scholz in Berlin on Friday.",
    "German Chancellor Olaf Scholz has not met Chinese President Xi Jinping this year.",
    "French President Emmanuel Macron never met Russian President Vladimir Putin in Moscow.",
    # hypothetical
    "French President Emmanuel Macron could meet German Chancellor Olaf Scholz in Berlin next week.",
    "French President Emmanuel Macron might meet German Chancellor Olaf Scholz in Berlin on Friday.",
    "French President Emmanuel Macron said he would meet German Chancellor Olaf Scholz if the budget "
    "passed.",
    "Officials said Russian President Vladimir Putin could meet Chinese President Xi Jinping if they "
    "meet in Astana next week.",
    # aggregates
    "Indian Prime Minister Narendra Modi held 87 virtual meetings with foreign leaders last year.",
    "Indian Prime Minister Narendra Modi held 87 virtual meetings with foreign leaders during the "
    "pandemic.",
    "German Chancellor Olaf Scholz has held dozens of meetings with foreign leaders this year.",
    # a count covers the nouns coordinated with it, and "virtual" and "phone" go with their noun
    "Kenyan President Amina Otieno held 40 virtual meetings and phone calls with foreign leaders last "
    "year, Foreign Minister Kofi Mensah said on Sunday.",
    "Peruvian President Rosa Salas had 12 phone calls and video conferences with other heads of state "
    "in March, her spokesman Diego Campos said.",
    "Indian Prime Minister Narendra Modi met Ukrainian President Volodymyr Zelensky three times last "
    "year.",
    # press conferences and interviews with the media
    "Kenyan President William Ruto held a press conference in Nairobi on Friday.",
    "Hungarian Prime Minister Viktor Orban gave an interview to the German newspaper Bild on Friday.",
    "In an interview with CNN on Friday, Ukrainian President Volodymyr Zelensky said the war must end.",
    "Polish President Andrzej Duda told the BBC in an interview on Friday that Warsaw would increase "
    "defense spending.",
])
def test_events_none_for_negated_hypothetical_aggregate_or_media(run_text, text):
    assert [(e["type"], _names(e)) for e in _events(run_text, text)] == []


@pytest.mark.parametrize("text, name, title, country, org", [
    ("Chinese Vice President Han Zheng met IOC President Thomas Bach in Paris on Friday.",
     "Han Zheng", "Vice President", "CHN", None),
    ("The International Olympic Committee (IOC) opened its session in Paris on Wednesday. IOC "
     "President Thomas Bach met French President Emmanuel Macron at the Elysee Palace on Thursday.",
     "Thomas Bach", "President", None, "International Olympic Committee"),
    ("President Xi Jinping spoke by phone with his Brazilian counterpart Luiz Inacio Lula da Silva "
     "on Tuesday.",
     "Luiz Inacio Lula da Silva", "President", "BRA", None),
    ("Wang Yi, Chinese State Councilor and Foreign Minister, met Russian Foreign Minister Sergei "
     "Lavrov in Vientiane on Thursday.",
     "Wang Yi", "State Councilor and Foreign Minister", "CHN", None),
    ("President William Ruto of Kenya met Tanzanian President Samia Suluhu Hassan in Arusha on "
     "Saturday.",
     "William Ruto", "President", "KEN", None),
])
def test_events_participant_title_country_org(run_text, text, name, title, country, org):
    party = _party(_one(run_text, text), name)
    assert (party["title"], party["country"], party["org"]) == (title, country, org)
    assert party["actor_id"]


@pytest.mark.parametrize("text", [
    "German Chancellor Olaf Scholz arrived in Paris on Friday. He met French President Emmanuel "
    "Macron at the Elysee Palace.",
    "Chinese Premier Li Qiang received Malaysian Prime Minister Anwar Ibrahim at the Great Hall of the "
    "People on Friday.",
])
def test_events_evidence_is_the_sentence_in_the_document(run_text, text):
    out = _run(run_text, text)
    event = out["events"][0]
    doc_text = out["documents"][0]["text"]
    sentence = next(s for s in out["sentences"] if s["sent_id"] == event["sent_id"])
    assert event["evidence"] == doc_text[event["start_char"]:event["end_char"]] == sentence["text"]
    assert "met" in event["evidence"] or "received" in event["evidence"]


@pytest.mark.parametrize("expression, tense, expected", [
    ("on Saturday", None, ("2024-07-27", "day")),
    ("on Friday", "future", ("2024-08-02", "day")),
    ("July 27", "past", ("2024-07-27", "day")),
])
def test_events_resolve_date_is_public(expression, tense, expected):
    assert "resolve_date" in pipeline.__all__
    assert tuple(pipeline.resolve_date(expression, PUBLISHED, tense)) == expected


@pytest.mark.parametrize("table, missing", [("relations", "modality"), ("documents", "published")])
def test_events_contract_violation_names_the_column(table, missing):
    tables = {name: schemas.empty(schemas.SCHEMAS[name])
              for name in ("documents", "sentences", "entities", "actors", "relations")}
    tables[table] = tables[table].drop_columns([missing])
    with pytest.raises(ContractError, match=rf"table '{table}'.*missing \['{missing}'\]"):
        normalise_events(**tables)


@pytest.mark.model
@pytest.mark.parametrize("link", ["later that day", "on the same day", "that same day"])
def test_events_a_linked_day_is_the_day_of_the_report_before(run_text, link):
    text = (f"Kenyan President Amina Otieno arrived in Accra on Tuesday for a two-day visit. "
            f"She met Ghanaian President Kofi Mensah {link}.")
    events = [e for e in _events(run_text, text)]
    assert [(sorted(p["name"] for p in e["participants"]), e["date"]) for e in events] == [
        (["Amina Otieno", "Kofi Mensah"], "2024-07-23")]


@pytest.mark.model
@pytest.mark.parametrize("link, date", [("The day before", "2024-07-22"), ("The following day", "2024-07-24"),
                                        ("Two days earlier", "2024-07-21")])
def test_events_an_adjacent_day_counts_from_the_report_before(run_text, link, date):
    text = ("Kenyan President Amina Otieno met Ghanaian President Kofi Mensah in Accra on Tuesday. "
            f"{link}, Otieno had held talks with Nigerian President Bola Tinubu in Abuja.")
    events = _events(run_text, text)
    dates = {tuple(sorted(p["name"] for p in e["participants"])): e["date"] for e in events}
    assert dates == {("Amina Otieno", "Kofi Mensah"): "2024-07-23", ("Amina Otieno", "Bola Tinubu"): date}


@pytest.mark.model
@pytest.mark.parametrize("text, countries", [
    # a delegation "of" or "from" a state's body: its head is of that state ...
    ("Speaker Carlos Vega received a delegation of Peru's parliament led by Congressman Luis Soto on Monday.",
     {"Luis Soto": "PER"}),
    ("Speaker Carlos Vega received a delegation from the Chilean Senate headed by Senator Luis Soto on Monday.",
     {"Luis Soto": "CHL"}),
    # ... and the one its head met is not, unless the text says so
    ("The visiting Japanese delegation led by Taro Yamada met President Ana Lopes.",
     {"Taro Yamada": "JPN", "Ana Lopes": None}),
    # the host of a visit is at the place visited, the guest of the article's country (from Islamabad)
    ("ISLAMABAD: Minister Sara Malik concluded a visit to Chile at the invitation of Foreign Minister Pablo Soto.",
     {"Sara Malik": "PAK", "Pablo Soto": "CHL"}),
    # an officer of no stated state is of the article's country once the guest's is left out
    ("On May 24, President Ivan Petrov of Russia met in St. Petersburg with Vice President Li Wenhai. Li said China "
     "and Russia are partners. He conveyed Chinese greetings to Russia. China will deepen ties, Li said.",
     {"Ivan Petrov": "RUS", "Li Wenhai": "CHN"}),
])
def test_events_the_state_of_a_party_the_text_does_not_name_with_it(run_text, text, countries):
    got = {p["name"]: p["country"] for e in _events(run_text, text) for p in e["participants"] if p["name"] in countries}
    assert got == countries


@pytest.mark.model
def test_events_an_adjacent_day_counts_from_the_sentence_before_when_no_event_dates_it(run_text):
    # the arrival is no event: "the following day" counts from the day the sentence before names
    text = ("On Sunday 21 July, Kenyan President Amina Otieno arrived in Accra. The following day, she met "
            "Ghanaian President Kofi Mensah.")
    assert [e["date"] for e in _events(run_text, text)] == ["2024-07-22"]


@pytest.mark.model
def test_events_a_visit_meeting_takes_the_one_city_the_article_names_in_that_country(run_text):
    text = ("Kenyan President Amina Otieno arrived in Madrid on Monday for a three-day official visit "
            "to Spain.\n\nThe visit is her first to Europe this year.\n\nTrade will top the agenda.\n\n"
            "Otieno held talks with Spanish Prime Minister Luis Ortega on Tuesday.")
    event = _one(run_text, text)
    assert (event["location_city"], event["location_country"]) == ("Madrid", "ESP")


@pytest.mark.model
@pytest.mark.parametrize("opening, city, country", [
    ("Leaders gathered in Madrid on Monday for talks on trade.", "Madrid", "ESP"),
    ("Leaders gathered in Madrid on Monday, and a second round opens in Lisbon next week.", None, None),
])
def test_events_an_unplaced_meeting_takes_the_one_city_the_article_names(run_text, opening, city, country):
    text = (f"{opening}\n\nThe agenda was long.\n\nTrade came first.\n\nClimate came second.\n\n"
            "Kenyan President Amina Otieno held talks with Peruvian President Luis Ortega on Tuesday.")
    event = _one(run_text, text)
    assert (event["location_city"], event["location_country"]) == (city, country)


@pytest.mark.model
def test_events_two_gatherings_in_two_countries_place_nothing(run_text):
    text = ("The G20 summit in Rome ended on Sunday, and the next summit in Tokyo is a year away.\n\n"
            "Trade dominated the talks.\n\nClimate finance came second.\n\nThe communique was short.\n\n"
            "Argentine Foreign Minister Santiago Cafiero met Saudi Foreign Minister Faisal bin Farhan on Saturday.")
    event = _one(run_text, text)
    assert event["location_country"] is None


@pytest.mark.model
@pytest.mark.parametrize("text, date, precision", [
    # announced with no date: the month of the announcement, never a day
    ("Kenyan President William Ruto will meet Ghanaian President John Mahama in Accra.", "2024-07", "month"),
    ("Ruto is scheduled to hold talks with Mahama during the visit.\n\nKenyan President William Ruto "
     "arrived in Accra.", "2024-07", "month"),
    # with a date of its own, that date; or the one the sentence before gives, read ahead
    ("Kenyan President William Ruto will meet Ghanaian President John Mahama in Accra on Friday.",
     "2024-08-02", "day"),
    ("Kenyan President William Ruto will fly to Accra on Friday.\n\nHe will hold talks there with "
     "Ghanaian President John Mahama.", "2024-08-02", "day"),
])
def test_events_a_planned_meeting_without_a_date_gets_the_month_it_was_announced(run_text, text, date, precision):
    events = [e for e in run_text({"d": text}, published=PUBLISHED)["events"] if e["status"] == "planned"]
    assert [(e["date"], e["date_precision"]) for e in events] == [(date, precision)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a past gathering the talks were about is not where they happened
    "Estonian Prime Minister Kaja Tamm met US Senator Laura Bennett on Monday.\n\nThey discussed trade.\n\n"
    "They reviewed the aid.\n\nThey also discussed the outcome of the recent EU summit in Brussels.",
    # a common word before "Summit" is no city ("North" names small towns)
    "Leaders gathered for the North American Leaders Summit.\n\nTrade led.\n\nClimate came second.\n\n"
    "The host spoke first.\n\nCanadian Prime Minister Justin Trudeau met Mexican President Andres Manuel "
    "Lopez Obrador on Tuesday.",
])
def test_events_no_place_from_a_past_gathering_or_a_common_word(run_text, text):
    events = run_text({"d": text}, published=PUBLISHED)["events"]
    assert events and all(e["location_country"] is None for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text, country", [
    # a planned meeting is placed as a past one is: the dateline, the visit the article describes
    ("NAIROBI, July 27 (Reuters) - Kenyan President William Ruto will meet Ghanaian President John Mahama "
     "on Friday, his office said.", "KEN"),
    ("Ghanaian President John Mahama arrived in Kenya on Saturday for a three-day state visit.\n\nHe will "
     "hold talks with Kenyan President William Ruto on Monday.", "KEN"),
])
def test_events_a_planned_meeting_is_placed_like_a_past_one(run_text, text, country):
    events = [e for e in run_text({"d": text}, published=PUBLISHED)["events"] if e["status"] == "planned"]
    assert [e["location_country"] for e in events] == [country]


@pytest.mark.model
@pytest.mark.parametrize("text, city, country", [
    # a party "who is visiting" a place, or set off as "visiting" it, meets there
    ("Japanese Prime Minister Kenji Sato, who is visiting New Delhi, held a meeting with Indian Prime Minister "
     "Mark Dunn on Monday.", "New Delhi", "IND"),
    ("Prime Minister Kenji Sato, visiting Apulia, held talks with Prime Minister Alan Reed on Friday.", None, "ITA"),
    ("Prime Minister Ivan Petrov, who is currently visiting the United States, received a courtesy call from Lars "
     "Dahl on Monday.", None, "USA"),
    ("Minister Mara Lind will be visiting Samoa tomorrow.\n\nLind says ties matter.\n\nShe will be meeting Prime "
     "Minister Tui Aleni.", None, "WSM"),
    # a visit to a country for a gathering held in one of its cities: that city
    ("The first lady is visiting Japan for the Olympic Games in Tokyo.\n\nPrime Minister Kenji Sato will have "
     "dinner on Thursday with U.S. First Lady Jane Hale.", "Tokyo", "JPN"),
])
def test_events_the_place_a_party_is_visiting(run_text, text, city, country):
    events = run_text({"d": text}, published=PUBLISHED)["events"]
    # (the meeting of the two persons named: the scorer may also keep a place the tagger took
    # for a person, "visiting Apulia")
    met = [e for e in events if all(" " in p["name"] for p in e["participants"])]
    assert [(e["location_city"], e["location_country"]) for e in met] == [(city, country)]


@pytest.mark.model
@pytest.mark.parametrize("between, city", [
    # four sentences on from the meeting, the story goes on where it was
    (["They agreed on a new fisheries quota.", "Vidal said the talks had been useful.", "Soto agreed with her."],
     "Santiago"),
    # further on, it is no longer the same scene
    (["They agreed on a new fisheries quota.", "Vidal said the talks had been useful.", "Soto agreed with her.",
      "Both praised the quota.", "Fishing groups welcomed it."], None),
])
def test_events_a_report_soon_after_a_meeting_goes_on_where_it_was(run_text, between, city):
    text = ("Peruvian Foreign Minister Ana Vidal met Chilean Foreign Minister Luis Soto in Santiago on Monday. "
            "Their countries have a free trade office in Lima. " + " ".join(between)
            + " Vidal also met Chilean President Rosa Lagos.")
    events = _events(run_text, text)
    places = {tuple(sorted(p["name"] for p in e["participants"])): e["location_city"] for e in events}
    assert places == {("Ana Vidal", "Luis Soto"): "Santiago", ("Ana Vidal", "Rosa Lagos"): city}


_MET_TUESDAY = ("Kenyan President Daniel Mwangi met Ghanaian President Kofi Asante in Nairobi on Tuesday. "
                "The two leaders discussed trade and regional security. ")


@pytest.mark.model
@pytest.mark.parametrize("later", [
    "On Thursday, the foreign ministers of both countries opened a consulate in Mombasa. "
    "Mwangi and Asante also held talks on a joint railway project.",
    "On Thursday, the foreign ministers of both countries opened a consulate in Mombasa. "
    "Talks between Mwangi and Asante also covered a joint railway project.",
    "On Thursday, the foreign ministers of both countries opened a consulate in Mombasa. "
    "Asante was received by Mwangi at State House before the talks.",
])
def test_events_a_pair_reported_again_without_a_date_of_its_own_is_the_same_meeting(run_text, later):
    # the later report borrows Thursday from the sentence before it: that is no second meeting
    events = _events(run_text, _MET_TUESDAY + later)
    assert [(_names(e), e["date"]) for e in events] == [(("Daniel Mwangi", "Kofi Asante"), "2024-07-23")]


@pytest.mark.model
def test_events_a_pair_meeting_again_on_a_day_of_its_own_is_a_second_meeting(run_text):
    text = _MET_TUESDAY + "On Thursday, Mwangi met Asante again in Mombasa to open a consulate."
    events = _events(run_text, text)
    assert [e["date"] for e in events] == ["2024-07-23", "2024-07-25"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "call" that names someone: no call was made
    "Kenyan President Daniel Mwangi called Ghanaian President Kofi Asante a liar on Tuesday.",
    "Ghanaian President Kofi Asante was called a traitor by Kenyan President Daniel Mwangi on Tuesday.",
    'Kenyan President Daniel Mwangi has called Ghanaian President Kofi Asante "a true friend of Kenya".',
    # nobody did
    '"Nobody talks to Asante, because he does not listen," Kenyan President Daniel Mwangi said on Tuesday.',
    "No one met Ghanaian President Kofi Asante at the airport, Kenyan President Daniel Mwangi said on Tuesday.",
])
def test_events_none_for_a_name_given_or_a_meeting_nobody_had(run_text, text):
    assert [(e["type"], _names(e)) for e in _events(run_text, text)] == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan President Daniel Mwangi called Ghanaian President Kofi Asante on Tuesday to discuss trade.",
    "Ghanaian President Kofi Asante was called by Kenyan President Daniel Mwangi on Tuesday.",
])
def test_events_a_call_to_someone_is_still_a_call(run_text, text):
    assert [(e["type"], set(_names(e))) for e in _events(run_text, text)] == [
        ("phone_call", {"Daniel Mwangi", "Kofi Asante"})]


@pytest.mark.model
def test_events_a_second_object_the_parse_misreads_does_not_make_the_meeting_a_thing(run_text):
    # "co-host" further on is parsed as a second object of "met"
    text = ("FIFA President Gianluca Moretti met Moroccan Head of Government Karim El Idrissi in Rabat on "
            "Wednesday to discuss preparations for the 2030 World Cup, which Morocco will co-host with Spain and "
            "Portugal.")
    assert [set(_names(e)) for e in _events(run_text, text)] == [{"Gianluca Moretti", "Karim El Idrissi"}]


@pytest.mark.model
def test_events_the_prime_minister_as_subject_is_not_the_prime_minister_named_after_it(run_text):
    text = ("Prime Minister Tom Harris spoke by phone this morning with Fijian Prime Minister Ratu Seru Vuki. "
            "The leaders discussed climate finance. The Prime Minister later spoke by phone with Samoan Prime "
            "Minister Tui Leota Faleolo and offered condolences after the floods.")
    assert _pairs(_events(run_text, text)) == [
        ("Seru Vuki", "Tom Harris"), ("Tom Harris", "Tui Leota Faleolo")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "In her meetings with Malaysian Foreign Minister Ahmad Razak and Norwegian Foreign Minister Ola Berg on "
    "Thursday, Bangladesh Foreign Adviser Rina Akter sought support for the repatriation of refugees.",
    "In his talks with Kenyan President Daniel Mwangi on Thursday, Ghanaian President Kofi Asante hoped for "
    "closer trade ties.",
])
def test_events_what_a_party_sought_in_a_meeting_does_not_make_the_meeting_a_wish(run_text, text):
    events = _events(run_text, text)
    assert events and all((e["status"], e["date"]) == ("happened", "2024-07-25") for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    # the subject the parse hangs on the auxiliary, not the speaker reporting it
    ("The spokeswoman Ivana Petrovic denied the report. She said Jovanovic had, however, spoken by phone on "
     "Tuesday with Hungarian Foreign Minister Gabor Szalai about energy supplies.",
     [("Gabor Szalai", "Jovanovic")]),
    # "he" after a sentence whose subject is a bare title: the title's holder, not its counterpart
    ("The presidency released President Paulo Souza's agenda for next week. On Monday, the President will "
     "receive Argentine President Tomas Ruiz in Brasilia. On Tuesday he travels to Lisbon, where he is due to "
     "hold talks with Portuguese Prime Minister Ines Matos.",
     [("Ines Matos", "Paulo Souza"), ("Paulo Souza", "Tomas Ruiz")]),
])
def test_events_the_party_a_later_clause_refers_to(run_text, text, pairs):
    assert _pairs(_events(run_text, text)) == pairs


@pytest.mark.model
def test_events_the_two_holders_of_an_office_and_their_earlier_call(run_text):
    # "the two deputy prime ministers" are the two persons of that office, and the call they had
    # earlier this month is no part of the talks on Monday
    text = ("Deputy Prime Minister Tran Van Long was received by Lao Prime Minister Somsak Vong in Vientiane on "
            "Monday. On the same day, he held talks with Lao Deputy Prime Minister Bounmy Sisouk. The two deputy "
            "prime ministers had spoken by phone earlier this month.")
    events = _events(run_text, text)
    assert sorted((e["type"], tuple(sorted(_names(e))), e["date"]) for e in events) == [
        ("meeting", ("Bounmy Sisouk", "Tran Van Long"), "2024-07-22"),
        ("meeting", ("Somsak Vong", "Tran Van Long"), "2024-07-22"),
        ("phone_call", ("Bounmy Sisouk", "Tran Van Long"), "2024-07")]


@pytest.mark.model
@pytest.mark.parametrize("text, pairs", [
    # a country's formal name is one state, not a state and a person
    ("Choe Yong Nam received Khamphet Souvannavong, ambassador of the Lao People's Democratic Republic to the "
     "DPRK, who paid a farewell call on him on Thursday.", [("Choe Yong Nam", "Khamphet Souvannavong")]),
    # a project the two sides talked about is no party
    ("Liu Jianping held a video call with Pakistani Finance Minister Shahid Nawaz Qureshi on Wednesday, during "
     "which the two sides exchanged views on the second phase of the China-Pakistan Economic Corridor.",
     [("Liu Jianping", "Shahid Nawaz Qureshi")]),
    # a parliament named in a role, whose name begins with a word of titles ("State")
    ("National Assembly Speaker Park Jeong-hoon held talks in Seoul on Tuesday with Batbayaryn Tsogtbaatar, "
     "Chairman of the State Great Khural of Mongolia, who is on an official visit at Park's invitation.",
     [("Batbayaryn Tsogtbaatar", "Park Jeong-hoon")]),
    # a person the model read as a company and a company it read as a person
    ("Kenyan President Samuel Kamau on Tuesday hosted Sigrid Aune, chief executive of Norwegian shipping group "
     "Aune Maritime, at State House in Nairobi.", [("Samuel Kamau", "Sigrid Aune")]),
])
def test_events_only_people_and_bodies_that_act_are_parties(run_text, text, pairs):
    assert _pairs(_events(run_text, text)) == pairs


@pytest.mark.model
@pytest.mark.parametrize("text, date", [
    # a time that dates something else in the sentence is not the call's
    ("Kenyan President Daniel Mwangi spoke by phone on Tuesday with Ghanaian President Kofi Asante. Mwangi "
     "also spoke by phone with Nigerian President Musa Bello and offered condolences after last week's "
     "floods in Lagos.", "2024-07-23"),
    # "since" says where a span starts, not when they met
    ("Kenyan President Daniel Mwangi met Ghanaian President Kofi Asante in Accra, their first meeting "
     "since the elections in January.", "2024-07-28"),
])
def test_events_a_time_of_something_else_does_not_date_the_interaction(run_text, text, date):
    events = _events(run_text, text)
    assert events and all(e["date"] == date for e in events)


@pytest.mark.model
def test_events_today_is_the_day_of_the_dateline_when_the_story_went_online_the_next_day(run_text):
    text = ("ABU DHABI, 12th November, 2024 (WAM) -- Assistant Minister Salem Al Nuaimi received today the "
            "credentials of Kadri Tamm, Ambassador of Estonia.")
    events = run_text({"d": text}, published="2024-11-13")["events"]
    assert [(set(_names(e)), e["date"]) for e in events] == [({"Salem Al Nuaimi", "Kadri Tamm"}, "2024-11-12")]


@pytest.mark.model
def test_events_a_surname_the_model_joined_to_an_organisation_is_the_person(run_text):
    text = ("Slovak President Marek Hudec met Vietnamese President Le Minh Khoi in Hanoi on Tuesday. A meeting "
            "between Hudec and National Assembly Chairman Vuong Dinh Phuc is set for Friday, before the "
            "president travels on to Ho Chi Minh City.")
    events = _events(run_text, text)
    assert sorted((tuple(sorted(_names(e))), e["status"]) for e in events) == [
        (("Le Minh Khoi", "Marek Hudec"), "happened"), (("Marek Hudec", "Vuong Dinh Phuc"), "planned")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Prime Minister Tran Van Long on Monday hosted a reception for Japanese Minister of Transport Hideki Mori.",
    "Prime Minister Tran Van Long on Monday hosted a reception for Japanese Minister of Land, Infrastructure, "
    "Transport and Tourism Hideki Mori in Hanoi.",
    "President Kofi Asante hosted a state banquet in honour of visiting Japanese Minister Hideki Mori on Monday.",
])
def test_events_a_reception_for_a_guest_is_a_meeting_with_the_host(run_text, text):
    assert [(e["type"], set(_names(e))) for e in _events(run_text, text)] == [
        ("meeting", {next(n for n in ("Tran Van Long", "Kofi Asante") if n in text), "Hideki Mori"})]


@pytest.mark.model
@pytest.mark.parametrize("text, sender, recipient", [
    ("IOC President Henrik Lindqvist held a video conference on Thursday with Indian Sports Minister Arjun "
     "Mehta Rao. The call followed a letter Mehta Rao sent to Lindqvist in December.",
     "Arjun Mehta Rao", "Henrik Lindqvist"),
    ("The President read out the message that Kenyan President Daniel Mwangi had addressed to Ghanaian "
     "President Kofi Asante.", "Daniel Mwangi", "Kofi Asante"),
])
def test_events_a_letter_someone_sent_to_someone(run_text, text, sender, recipient):
    out = _run(run_text, text)
    letters = [e for e in out["events"] if e["type"] == "correspondence"]
    assert [set(_names(e)) for e in letters] == [{sender, recipient}]
    # found by the rule for a letter and its sender, not only among the scorer's candidates
    ids = {a["actor_id"] for a in out["actors"] if a["name"] in (sender, recipient)}
    assert any(set(r["actor_ids"]) == ids and "rule" in r["features"] for r in out["relations"])


@pytest.mark.parametrize("text, events", [
    # the one who hands a letter over came in person; the writer wrote to the recipient
    ("Sudanese Defence Minister Ali Osman on Wednesday delivered a letter to Chadian President Idriss Mahamat "
     "in N'Djamena.", [("meeting", {"Ali Osman", "Idriss Mahamat"})]),
    ("Sudanese Defence Minister Ali Osman on Wednesday handed over a letter from President Omar Bashir to Chadian "
     "President Idriss Mahamat in N'Djamena.",
     [("correspondence", {"Omar Bashir", "Idriss Mahamat"}), ("meeting", {"Ali Osman", "Idriss Mahamat"})]),
    ("Sudanese President Omar Bashir sent a letter to Chadian President Idriss Mahamat on Wednesday.",
     [("correspondence", {"Omar Bashir", "Idriss Mahamat"})]),
])
def test_events_a_letter_handed_over_is_a_meeting_with_its_bearer(run_text, text, events):
    assert sorted((e["type"], set(_names(e))) for e in _events(run_text, text)) == sorted(events)


@pytest.mark.parametrize("text", [
    "A breakthrough in bilateral relations came in 2017 when Baltic Rail and Vistula Energy signed a deal.",
    "Trade between the two countries grew, and trilateral cooperation with Kenya in ports deepened.",
])
def test_events_bilateral_ties_are_no_meeting(run_text, text):
    assert _events(run_text, text) == []


def test_events_the_following_day_counts_from_the_day_its_sentence_names(run_text):
    # published on a Sunday: the announcement was on Wednesday 07-24, the summit on Thursday 07-25
    text = ("The ministry announced on Wednesday that Prime Minister Tomas Lind of Sweden and Prime Minister Aiko "
            "Mori of Japan would hold a video summit the following day.")
    assert [(e["type"], e["date"]) for e in _events(run_text, text)] == [("video_call", "2024-07-25")]


@pytest.mark.parametrize("text, name, country", [
    ("Secretary of State Mark Dole met Foreign Minister Ri Song-chol in Hanoi on Monday.", "Mark Dole", "USA"),
    ("Assistant Secretary of State Paul Dunmore met Foreign Minister Ri Song-chol in Hanoi.", "Paul Dunmore", "USA"),
    ("Taoiseach Sean Kelly met President Ana Ruiz in Dublin on Monday.", "Sean Kelly", "IRL"),
    # what the text states wins
    ("Vatican Secretary of State Cardinal Pietro Rossi met President Ana Ruiz in Rome.", "Pietro Rossi", "VAT"),
    # a title several states use gives none
    ("Defence Secretary Tom Hale met President Ana Ruiz on Monday.", "Tom Hale", None),
])
def test_events_a_title_only_one_state_uses_gives_its_country(run_text, text, name, country):
    parties = {p["name"]: p["country"] for e in _events(run_text, text) for p in e["participants"]}
    assert parties[name] == country


def test_events_the_state_titles_are_well_formed():
    import re

    from pipeline import geo, lexicon

    rows = lexicon.state_titles()
    assert rows and all(isinstance(p, re.Pattern) and geo.country_name(code) for p, code in rows)
    assert lexicon.state_of_title("Foreign Secretary") is None
    assert lexicon.state_of_title("Secretary of State for Foreign Affairs") is None   # the British form


def test_events_a_city_with_video_in_its_name_is_no_video_call(run_text):
    text = "Foreign Minister Ana Ruiz of Chile met her Uruguayan counterpart Pablo Lema on Friday in Montevideo."
    assert [(e["type"], e["location_city"]) for e in _events(run_text, text)] == [("meeting", "Montevideo")]


@pytest.mark.model
@pytest.mark.parametrize("opening, date", [
    # a visit given a span of days: a meeting during it with no day of its own has the month
    ("Speaker Li Wen paid an official visit to Russia from Wednesday to Saturday.", "2024-07"),
    ("Speaker Li Wen will be on a tour of Russia from July 23 to July 26.", "2024-07"),
    ("Speaker Li Wen paid a state visit to Russia on July 23-26.", "2024-07"),
    ("Speaker Li Wen paid a state visit to Russia on 23-26 July.", "2024-07"),
    # one day named: the meeting is the report's
    ("Speaker Li Wen arrived in Russia on Friday.", "2024-07-26"),
])
def test_events_a_meeting_during_a_visit_of_a_span_of_days_has_its_month(run_text, opening, date):
    event = _one(run_text, f"{opening} During his visit, Li met with President Ivan Petrov in Moscow.")
    assert event["date"] == date


@pytest.mark.model
@pytest.mark.parametrize("text, dates_", [
    # the day a report was given is not the meeting's: the day the text gives it is
    ("Prime Minister Tariq Hamid met President Kemal Aslan, according to media reports Friday. The two discussed "
     "trade. Hamid and Aslan held a delegation-level meeting on Thursday.", ["2024-07-25"]),
    ("Prime Minister Tariq Hamid met President Kemal Aslan, the ministry said on Friday. The two discussed "
     "trade. Hamid and Aslan held a delegation-level meeting on Thursday.", ["2024-07-25"]),
    # a month a report was given bounds the meeting's month
    ("Foreign Minister Tariq Hamid met his Omani counterpart Yusuf Alawi in Salalah, the agency reported in "
     "June.", ["2024-06"]),
])
def test_events_the_day_of_saying_is_not_the_meetings(run_text, text, dates_):
    assert [e["date"] for e in _events(run_text, text)] == dates_



@pytest.mark.model
def test_events_each_gapped_counterpart_has_its_own_place(run_text):
    text = ("Speaker Anna Holm met Senate President Jan Novak in Prague on Tuesday and Vice President Eva Klein in "
            "Brussels on Friday.")
    got = sorted((e["participants"][1]["name"], e["location_city"], e["date"]) for e in _events(run_text, text))
    assert got == [("Eva Klein", "Brussels", "2024-07-26"), ("Jan Novak", "Prague", "2024-07-23")]



@pytest.mark.model
@pytest.mark.parametrize("text, countries", [
    # a cable goes to another state than its writer's, however often the article names that state
    ("The Amir Sheikh Fahad Sabah sent a cable on Tuesday to the King of Tonga, Tupou VI. In the cable, the Amir "
     "wished prosperity for Tonga and its people.", {"Fahad Sabah": None, "Tupou VI": "TON"}),
    # in a report of a visit, the officials the guest calls on are of the country visited
    ("Peruvian President Rosa Landa arrived in Brazil on Monday for a state visit. Landa visited Senate President "
     "Joao Prado.", {"Rosa Landa": "PER", "Joao Prado": "BRA"}),
])
def test_events_party_countries_of_a_cable_and_of_a_visits_hosts(run_text, text, countries):
    event = _one(run_text, text)
    assert {p["name"]: p["country"] for p in event["participants"]} == countries



@pytest.mark.model
@pytest.mark.parametrize("text, place, date", [
    # a report filed at home about a trip abroad: the meeting is where the trip goes
    ("BEIJING - Envoy Li Wen visited Afghanistan recently and met Foreign Minister Karim Nazari, the spokesperson "
     "said on Monday.", (None, "AFG"), "2024-07-28"),
    # a dateline with a day and a full stop is no date of the meeting; "the city of X" is the trip's place,
    # without the sentence's full stop
    ("Lima, Jul. 27. Peru's Foreign Minister Ana Ruiz will meet her Chinese counterpart Li Wen during a working "
     "visit to the city of Beijing.", ("Beijing", "CHN"), "2024-07"),
    # a report filed where it happened
    ("KABUL - Chinese envoy Li Wen arrived in Kabul on Sunday and met Foreign Minister Karim Nazari.",
     ("Kabul", "AFG"), "2024-07-28"),
])
def test_events_a_dateline_at_home_and_a_trip_abroad(run_text, text, place, date):
    event = _one(run_text, text)
    assert ((event["location_city"], event["location_country"]), event["date"]) == (place, date)



@pytest.mark.model
def test_events_a_day_borrowed_from_an_earlier_sentence_keeps_that_sentences_tense(run_text):
    # "on Monday" said of a reception held; the meeting to come that borrows it is that Monday's
    text = ("President Ana Mocanu received Prime Minister Ion Rusu on Monday. Rusu will also meet Speaker Vlad "
            "Ciobanu.")
    assert sorted((e["status"], e["date"]) for e in _events(run_text, text)) == [
        ("happened", "2024-07-22"), ("planned", "2024-07-22")]
