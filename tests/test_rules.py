"""Tests for the general extraction rules: spelled-out groups, media and non-diplomatic verbs,
organisations beside their own representatives, hard-wrapped copy, merged reports, publication
and dateline dates, conditionals and schedules, "during his visit to", titles resolved to an
organisation's officer, and repeated meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.clean import unwrap

from tests.conftest import events_of as _events
from tests.conftest import names as _names
from tests.conftest import one_event as _one
from tests.conftest import party as _party
from tests.conftest import run_ok as _run

pytestmark = pytest.mark.model

PUBLISHED = "2024-07-28"   # a Sunday: "on Wednesday" is 07-24, "will ... on Wednesday" is 07-31


# ---------------------------------------------------------------- 1. a group spelled out later

# (text, host, members, date, city, country); a sentence with no place leaves the place empty
GROUPS = [
    ("Chinese President Xi Jinping received the credentials presented by three new ambassadors at "
     "the Great Hall of the People in Beijing on Wednesday. The ambassadors are Markus Weinberger "
     "from Austria, Kwame Asante Boateng from Ghana and Lucia Fernandez Rojas from Peru.",
     "Xi Jinping", {"Markus Weinberger", "Kwame Asante Boateng", "Lucia Fernandez Rojas"},
     "2024-07-24", "Beijing", "CHN"),
    ("Russian President Vladimir Putin received the credentials of three new ambassadors at the "
     "Kremlin in Moscow on Tuesday. The ambassadors are Jorge Alvarez from Chile, Samuel Okonkwo "
     "from Nigeria and Henrik Larsen from Denmark.",
     "Vladimir Putin", {"Jorge Alvarez", "Samuel Okonkwo", "Henrik Larsen"},
     "2024-07-23", "Moscow", "RUS"),
    ("Indian Foreign Minister Subrahmanyam Jaishankar held bilateral meetings with several foreign "
     "ministers on Tuesday. Among the dignitaries were Daniel Kiprono of Kenya and Moussa Diop of "
     "Senegal.",
     "Subrahmanyam Jaishankar", {"Daniel Kiprono", "Moussa Diop"}, "2024-07-23", None, None),
    ("Japanese Foreign Minister Yoko Kamikawa held bilateral meetings with several foreign "
     "ministers on Tuesday. Among the dignitaries were Peter Odhiambo of Kenya and Moussa Diop of "
     "Senegal.",
     "Yoko Kamikawa", {"Peter Odhiambo", "Moussa Diop"}, "2024-07-23", None, None),
    # the list sentence's subject is the group's number, or another plural role
    ("Indian Prime Minister Narendra Modi met with three of his foreign counterparts in New Delhi on "
     "Friday. The three included Ghanaian President Kwaku Mensah, Chilean President Rosa Valdivia "
     "and Finnish President Mikko Laine.",
     "Narendra Modi", {"Kwaku Mensah", "Rosa Valdivia", "Mikko Laine"}, "2024-07-26", "New Delhi", "IND"),
    ("Turkish President Recep Tayyip Erdogan received a group of visiting foreign politicians in "
     "Ankara on Tuesday. The dignitaries included former Dutch prime minister Hendrik Vos and "
     "former Polish foreign minister Janusz Nowicki.",
     "Recep Tayyip Erdogan", {"Hendrik Vos", "Janusz Nowicki"}, "2024-07-23", "Ankara", "TUR"),
    # "They" right after the group, with no other plural in its sentence it could take up
    ("Ugandan President Yoweri Museveni received credentials from three new ambassadors in Kampala "
     "on Monday. They included Maria Lopez of Peru, Kwame Mensah of Ghana and Li Wei of Singapore.",
     "Yoweri Museveni", {"Maria Lopez", "Kwame Mensah", "Li Wei"}, "2024-07-22", "Kampala", "UGA"),
    ("Kenyan President William Ruto met seven new envoys of European countries in Nairobi on Monday. "
     "They included Maria Lopez of Spain, Hans Meier of Germany and Jan Novak of Poland.",
     "William Ruto", {"Maria Lopez", "Hans Meier", "Jan Novak"}, "2024-07-22", "Nairobi", "KEN"),
]


@pytest.mark.parametrize("text, host, members, date, city, country", GROUPS)
def test_rules_group_spelled_out_later_gives_one_event_per_member(run_text, text, host, members,
                                                                  date, city, country):
    events = _events(run_text, text)
    assert sorted(_names(e) for e in events) == sorted((host, m) for m in members)
    assert len({e["event_id"] for e in events}) == len(members)
    for event in events:
        assert (event["type"], event["status"], event["date"]) == ("meeting", "happened", date)
        assert (event["location_city"], event["location_country"]) == (city, country)


# (text, {member: the country after "from"})
GROUP_COUNTRIES = [
    ("Chinese President Xi Jinping received the credentials presented by three new ambassadors at "
     "the Great Hall of the People in Beijing on Wednesday. The ambassadors are Markus Weinberger "
     "from Austria, Kwame Boateng from Ghana, and Carlos Mendoza from Peru.",
     {"Markus Weinberger": "AUT", "Kwame Boateng": "GHA", "Carlos Mendoza": "PER"}),
]


@pytest.mark.parametrize("text, members", GROUP_COUNTRIES)
def test_rules_group_member_country_comes_from_their_own_from_phrase(run_text, text, members):
    events = _events(run_text, text)
    assert {_names(e)[1]: e["participants"][1]["country"] for e in events} == members


def test_rules_group_spelled_out_as_name_dash_country(run_text):
    text = ("Kenyan President William Ruto received credentials from three new envoys at State House "
            "on Monday. The envoys included H.E. Maria Oyelaran - Nigeria, H.E Tomas Lindqvist - Sweden "
            "and Akira Hoshino- Japan.")
    events = _events(run_text, text)
    assert sorted(_names(e) for e in events) == [("William Ruto", "Akira Hoshino"),
                                                 ("William Ruto", "Maria Oyelaran"),
                                                 ("William Ruto", "Tomas Lindqvist")]
    assert {_names(e)[1]: e["participants"][1]["country"] for e in events} == {
        "Maria Oyelaran": "NGA", "Tomas Lindqvist": "SWE", "Akira Hoshino": "JPN"}


@pytest.mark.parametrize("text", [
    # another plural after the group: "They" may be the deals
    "Ugandan President Yoweri Museveni met the ambassadors to discuss trade deals on Monday. They "
    "included Maria Lopez of Spain and Hans Meier of Germany.",
    # a plural subject before it: "They" may be the presidents
    "The two presidents received the new ambassadors on Monday. They included Maria Lopez of Spain "
    "and Hans Meier of Germany.",
    # not the next sentence
    "Ugandan President Yoweri Museveni received the new ambassadors on Monday. The talks were long. "
    "They included Maria Lopez of Spain and Hans Meier of Germany.",
])
def test_rules_they_is_no_group_it_may_not_take_up(run_text, text):
    assert [_names(e) for e in _events(run_text, text)] == []


def test_rules_a_list_after_no_meeting_gives_no_event(run_text):
    text = ("Turkish President Recep Tayyip Erdogan spoke at a forum of foreign politicians in Ankara on "
            "Tuesday. The speakers included former Dutch prime minister Hendrik Vos and former Polish "
            "foreign minister Janusz Nowicki.")
    assert [_names(e) for e in _events(run_text, text)] == []


def test_rules_group_without_names_gives_no_event(run_text):
    text = ("Chinese President Xi Jinping received the credentials presented by three new ambassadors "
            "at the Great Hall of the People in Beijing on Wednesday.")
    assert [_names(e) for e in _events(run_text, text)] == []


# ---------------------------------------------------------------- 2. media and non-diplomatic verbs

@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto spoke to reporters in Nairobi on Friday.",
    "German Foreign Minister Annalena Baerbock talked to journalists in Berlin on Monday.",
    "Speaking to reporters in Manila on Thursday, Philippine President Ferdinand Marcos Jr. said the "
    "talks would continue.",
    "Indonesian President Joko Widodo hosted the summit in Jakarta on Thursday.",
    "Lao Prime Minister Sonexay Siphandone hosted the summit in Vientiane on Saturday.",
    "South Korean President Yoon Suk Yeol visited the factory in Ulsan on Tuesday.",
    "Spanish Prime Minister Pedro Sanchez visited the factory outside Seville on Monday.",
    # those present at a meeting sat in on it
    "Also present at the meeting were Foreign Minister Joseph Mwangi and Trade Minister Ruth Achieng.",
    # two who brief the press together brief no one of each other
    "Prime Minister Lars Holm and Foreign Minister Erik Lund briefed reporters in Oslo afterwards.",
])
def test_rules_reporters_summits_and_factories_give_no_event(run_text, text):
    assert [(e["type"], _names(e)) for e in _events(run_text, text)] == []


# ---------------------------------------------------------------- 3. an organisation beside its officer

# (text, participants in order, date, city, country, the officer's organisation)
ORG_BESIDE_OFFICER = [
    ("Secretary-General of the North Atlantic Treaty Organization (NATO) Jens Stoltenberg met with "
     "Polish President Andrzej Duda in Warsaw on Monday.",
     ("Jens Stoltenberg", "Andrzej Duda"), "2024-07-22", "Warsaw", "POL",
     "North Atlantic Treaty Organization"),
    ("Director-General of the International Atomic Energy Agency (IAEA) Rafael Grossi met with "
     "Iranian President Masoud Pezeshkian in Tehran on Friday.",
     ("Rafael Grossi", "Masoud Pezeshkian"), "2024-07-26", "Tehran", "IRN",
     "International Atomic Energy Agency"),
]


@pytest.mark.parametrize("text, names, date, city, country, org", ORG_BESIDE_OFFICER)
def test_rules_organisation_beside_its_officer_is_no_party(run_text, text, names, date, city,
                                                           country, org):
    event = _one(run_text, text)
    assert _names(event) == names
    assert (event["type"], event["date"]) == ("meeting", date)
    assert (event["location_city"], event["location_country"]) == (city, country)
    assert event["participants"][0]["org"] == org


# ---------------------------------------------------------------- 4. hard-wrapped wire copy

WRAPPED_LINES = [
    "Kenya and Tanzania agreed on Saturday to speed up work on a",
    "new cross-border railway linking the port of Mombasa with",
    "the northern Tanzanian town of Arusha, officials said. Kenyan",
    "President William Ruto met Tanzanian President Samia Suluhu",
    "Hassan in Arusha on Saturday to review the railway project.",
    "The two leaders also discussed trade, energy supplies and",
    "the security situation in the east of the Democratic Republic",
    "of Congo, according to a joint statement issued afterwards.",
    "Officials will meet again next month.",
]
WRAPPED = "\n".join(WRAPPED_LINES)
WRAPPED_SENTENCE = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in "
                    "Arusha on Saturday to review the railway project.")

PARAGRAPHS = (
    "Kenya and Tanzania agreed on Saturday to speed up work on a new cross-border railway linking "
    "the port of Mombasa with the northern Tanzanian town of Arusha, officials said.\n\n"
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Saturday "
    "to review the railway project.\n\n"
    "The two leaders also discussed trade, energy supplies and the security situation in the east of "
    "the Democratic Republic of Congo, according to a joint statement issued afterwards.\n\n"
    "Officials will meet again next month."
)


def test_rules_unwrap_joins_hard_wrapped_lines():
    assert unwrap(WRAPPED) == " ".join(WRAPPED_LINES)


@pytest.mark.parametrize("text", [
    PARAGRAPHS,
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Saturday.",
    "Ruto meets Hassan\n\nKenyan President William Ruto met Tanzanian President Samia Suluhu Hassan "
    "in Arusha on Saturday.",
])
def test_rules_unwrap_leaves_unwrapped_text_unchanged(text):
    assert unwrap(text) == text


def test_rules_hard_wrapped_sentence_is_found_whole(run_text):
    out = _run(run_text, WRAPPED)
    assert len(out["events"]) == 1, [_names(e) for e in out["events"]]
    event = out["events"][0]
    assert _names(event) == ("William Ruto", "Samia Suluhu Hassan")
    assert (event["type"], event["date"]) == ("meeting", "2024-07-27")
    assert (event["location_city"], event["location_country"]) == ("Arusha", "TZA")
    assert event["evidence"] == WRAPPED_SENTENCE
    doc_text = out["documents"][0]["text"]
    assert doc_text[event["start_char"]:event["end_char"]] == WRAPPED_SENTENCE


# ---------------------------------------------------------------- 5. two reports of one meeting

# (text, participants, date, city, country, words of the first report)
MERGED = [
    ("Italian Prime Minister Giorgia Meloni met Algerian President Abdelmadjid Tebboune in Rome on "
     "Sunday. The two leaders signed agreements on gas supplies and renewable power. Italy wants to "
     "become a hub for African energy, officials said. Meloni's meeting with Tebboune focused on "
     "energy.",
     {"Giorgia Meloni", "Abdelmadjid Tebboune"}, "2024-07-28", "Rome", "ITA", "in Rome on Sunday"),
    ("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens "
     "on Thursday. Both sides agreed to keep channels of communication open. Mitsotakis's talks "
     "with Erdogan focused on migration.",
     {"Kyriakos Mitsotakis", "Recep Tayyip Erdogan"}, "2024-07-25", "Athens", "GRC",
     "in Athens on Thursday"),
]


@pytest.mark.parametrize("text, names, date, city, country, first", MERGED)
def test_rules_two_reports_of_one_meeting_are_merged(run_text, text, names, date, city, country,
                                                     first):
    event = _one(run_text, text)
    assert set(_names(event)) == names
    assert (event["type"], event["date"]) == ("meeting", date)
    assert (event["location_city"], event["location_country"]) == (city, country)
    assert first in event["evidence"]


# ---------------------------------------------------------------- 6. the publication date

@pytest.mark.parametrize("text", [
    "Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius.",
    "Leaders of the Baltic region are stepping up cooperation on defence. Polish President Andrzej "
    "Duda met Lithuanian President Gitanas Nauseda in Vilnius.",
    "Leaders of the Baltic region are stepping up cooperation on defence. Energy links are also on "
    "the agenda. Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius.",
])
def test_rules_undated_early_event_takes_the_publication_date(run_text, text):
    event = _one(run_text, text)
    assert _names(event) == ("Andrzej Duda", "Gitanas Nauseda")
    assert (event["date"], event["date_precision"], event["date_text"]) == (
        PUBLISHED, "day", "publication date")


LATE = (
    "Poland and Lithuania share a short but strategically important border. "
    "Trade between the two neighbours has grown steadily. "
    "Energy security has become a central concern for both governments. "
    "Analysts say the region faces growing pressure from high prices. "
    "Farmers in border areas have called for better roads and rail links. "
    "Business groups have urged simpler customs procedures. "
    "Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius."
)


def test_rules_undated_late_event_does_not_take_the_publication_date(run_text):
    # past the lede the day is unknown: only the month of publication is kept
    event = _one(run_text, LATE)
    assert _names(event) == ("Andrzej Duda", "Gitanas Nauseda")
    assert event["date_text"] != "publication date"
    assert (event["date"], event["date_precision"]) == (PUBLISHED[:7], "month")


# ---------------------------------------------------------------- 7. a dateline with a year

@pytest.mark.parametrize("text, published", [
    ("Addis Ababa, October 21, 2024 (FBC) – Ethiopian Prime Minister Abiy Ahmed met Kenyan "
     "President William Ruto today.", dt.date(2024, 10, 21)),
    ("Nairobi, March 5, 2024 (KNA) – Kenyan President William Ruto met Ugandan President Yoweri "
     "Museveni today.", dt.date(2024, 3, 5)),
])
def test_rules_dateline_with_year_gives_the_publication_date(run_text, text, published):
    out = _run(run_text, text, published=None)
    doc = out["documents"][0]
    assert (doc["published"], doc["published_source"]) == (published, "dateline")
    assert [e["date"] for e in out["events"]] == [published.isoformat()]


# ---------------------------------------------------------------- 8. conditionals and schedules

@pytest.mark.parametrize("text", [
    "If German Chancellor Olaf Scholz meets Chinese Premier Li Qiang in Berlin, they will discuss "
    "trade.",
    "If French President Emmanuel Macron meets Indian Prime Minister Narendra Modi in Paris next "
    "month, they will sign a defence deal.",
    "Turkish President Recep Tayyip Erdogan will meet Russian President Vladimir Putin only if "
    "Ukrainian President Volodymyr Zelensky agrees.",
    "Serbian President Aleksandar Vucic will meet Kosovo Prime Minister Albin Kurti only if the "
    "European Union agrees.",
])
def test_rules_conditional_meeting_gives_no_event(run_text, text):
    assert [(e["type"], _names(e)) for e in _events(run_text, text)] == []


# (text, date, city, country, participants)
SCHEDULED = [
    ("Kazakh President Kassym-Jomart Tokayev is scheduled to meet Chinese President Xi Jinping in "
     "Astana on Wednesday.",
     "2024-07-31", "Astana", "KAZ", ("Kassym-Jomart Tokayev", "Xi Jinping")),
    ("Hungarian Prime Minister Viktor Orban is scheduled to meet Slovak Prime Minister Robert Fico "
     "in Bratislava on Friday.",
     "2024-08-02", "Bratislava", "SVK", ("Viktor Orban", "Robert Fico")),
    ("Estonian Foreign Minister Mart Kask is slated to meet Latvian Foreign Minister Ilze Berzina "
     "in Riga on Friday.",
     "2024-08-02", "Riga", "LVA", ("Mart Kask", "Ilze Berzina")),
]


@pytest.mark.parametrize("text, date, city, country, names", SCHEDULED)
def test_rules_scheduled_meeting_is_planned(run_text, text, date, city, country, names):
    event = _one(run_text, text)
    assert (event["type"], event["status"]) == ("meeting", "planned")
    assert (event["date"], event["date_precision"]) == (date, "day")
    assert (event["location_city"], event["location_country"]) == (city, country)
    assert _names(event) == names
    assert event["cameo_code"] == "036"


# ---------------------------------------------------------------- 9. "during his visit to <city>"

# (text, date, city, country, participants)
DURING_VISIT = [
    ("During his visit to Tokyo, Philippine President Ferdinand Marcos Jr. met Japanese Prime "
     "Minister Fumio Kishida on Tuesday.",
     "2024-07-23", "Tokyo", "JPN", ("Ferdinand Marcos Jr.", "Fumio Kishida")),
    ("During her visit to Canberra, Italian Prime Minister Giorgia Meloni met Australian Prime "
     "Minister Anthony Albanese on Monday.",
     "2024-07-22", "Canberra", "AUS", ("Giorgia Meloni", "Anthony Albanese")),
]


@pytest.mark.parametrize("text, date, city, country, names", DURING_VISIT)
def test_rules_during_visit_to_city_gives_the_place(run_text, text, date, city, country, names):
    event = _one(run_text, text)
    assert (event["type"], event["status"], event["date"]) == ("meeting", "happened", date)
    assert (event["location_city"], event["location_country"]) == (city, country)
    assert _names(event) == names


# ---------------------------------------------------------------- 10. "the <organisation> chief"

# (text, participants in order, the officer, the officer's organisation)
ORG_TITLE = [
    ("World Bank President Ajay Banga arrived in Nairobi on Monday for a three-day visit. Kenyan "
     "President William Ruto met the World Bank chief in Nairobi on Tuesday.",
     ("William Ruto", "Ajay Banga"), "Ajay Banga", "World Bank"),
    ("World Health Organization Director-General Tedros Adhanom Ghebreyesus arrived in Kathmandu "
     "on Thursday. Nepali President Ram Chandra Poudel met the WHO high official in Kathmandu on "
     "Friday.",
     ("Ram Chandra Poudel", "Tedros Adhanom Ghebreyesus"), "Tedros Adhanom Ghebreyesus",
     "World Health Organization"),
    ("IMF Managing Director Kristalina Georgieva arrived in Cairo on Sunday. Egyptian President "
     "Abdel Fattah al-Sisi met the IMF chief in Cairo on Monday.",
     ("Abdel Fattah al-Sisi", "Kristalina Georgieva"), "Kristalina Georgieva", "IMF"),
]


@pytest.mark.parametrize("text, names, officer, org", ORG_TITLE)
def test_rules_organisation_title_resolves_to_its_officer(run_text, text, names, officer, org):
    events = [e for e in _events(run_text, text) if e["type"] == "meeting"]
    assert [_names(e) for e in events] == [names]
    assert _party(events[0], officer)["org"] == org
    assert _party(events[0], officer)["actor_id"]


# ---------------------------------------------------------------- 11. repeated meetings

@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida twice last year.",
    "German Chancellor Olaf Scholz met French President Emmanuel Macron twice in Paris last year.",
    "Brazilian President Luiz Inacio Lula da Silva has met Chinese President Xi Jinping twice since "
    "January.",
])
def test_rules_repeated_meetings_give_no_event(run_text, text):
    assert [(e["type"], _names(e)) for e in _events(run_text, text)] == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a state visit "at the invitation of" a named host is a planned meeting with that host
    ("Ghanaian President Kofi Mensah will pay a state visit to Kenya next month at the invitation of "
     "President William Ruto.", [("planned", ("Kofi Mensah", "William Ruto"))]),
    ("Ghanaian President Kofi Mensah will visit Nairobi next week at the invitation of Kenyan President "
     "William Ruto.", [("planned", ("Kofi Mensah", "William Ruto"))]),
    # attending the same meeting is no meeting with each other; holding one is
    ("Kenyan Foreign Minister Amina Otieno and her Ghanaian counterpart Kofi Mensah both attended the summit "
     "meeting in Accra on Wednesday.", []),
    ("Kenyan Foreign Minister Amina Otieno and her Ghanaian counterpart Kofi Mensah held a meeting in Accra "
     "on Wednesday.", [("happened", ("Amina Otieno", "Kofi Mensah"))]),
])
def test_rules_invitation_hosts_and_co_attendance(run_text, text, expected):
    events = run_text({"d": text}, published="2024-07-28")["events"]
    assert sorted((e["status"], tuple(sorted(p["name"] for p in e["participants"]))) for e in events) == \
        sorted((s, tuple(sorted(n))) for s, n in expected)


# ---------------------------------------------------------------- one by one, and line-ups

@pytest.mark.parametrize("text, pairs", [
    # active, with the adverb after the verb or before it, and with "each"
    ("Estonian Prime Minister Kaja Tamm, Foreign Minister Mart Kask and Defence Minister Priit Saar "
     "all met separately with US Senator Laura Bennett on Monday.",
     {("Priit Saar", "Laura Bennett"), ("Mart Kask", "Laura Bennett"), ("Kaja Tamm", "Laura Bennett")}),
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni separately met Chinese Foreign "
     "Minister Wang Yi in Beijing on Friday.",
     {("William Ruto", "Wang Yi"), ("Yoweri Museveni", "Wang Yi")}),
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni each held talks with Chinese "
     "Foreign Minister Wang Yi in Beijing on Friday.",
     {("William Ruto", "Wang Yi"), ("Yoweri Museveni", "Wang Yi")}),
])
def test_rules_subjects_acting_one_by_one_meet_the_counterpart_pairwise(run_text, text, pairs):
    assert {frozenset(_names(e)) for e in _events(run_text, text)} == {frozenset(p) for p in pairs}


def test_rules_subjects_who_meet_one_counterpart_each_meet_it(run_text):
    # the minister often comes along with the prime minister: one meeting each with the senator,
    # none between the two of one side
    events = _events(run_text, "Estonian Prime Minister Kaja Tamm and Foreign Minister Mart Kask met US Senator "
                               "Laura Bennett in Tallinn on Monday.")
    assert {frozenset(_names(e)) for e in events} == {frozenset({"Kaja Tamm", "Laura Bennett"}),
                                                      frozenset({"Mart Kask", "Laura Bennett"})}


def test_rules_a_meeting_named_joint_is_one_group(run_text):
    event = _one(run_text, "Estonian Prime Minister Kaja Tamm, Latvian Prime Minister Ilze Berzina and "
                           "Lithuanian Prime Minister Tomas Petrauskas met in Tallinn on Monday.")
    assert set(_names(event)) == {"Kaja Tamm", "Ilze Berzina", "Tomas Petrauskas"}


@pytest.mark.parametrize("text, typ", [
    ("President Babatunde Adeyemi on Thursday held a virtual meeting with President Kwabena Ofori of Ghana and "
     "President Cheikh Sarr of Senegal.", "video_call"),
    ("Foreign Minister Ana Koval will hold a meeting on Monday with Latvian Foreign Minister Janis Berzins and "
     "Estonian Foreign Minister Mart Tamm.", "meeting"),
])
def test_rules_one_meeting_with_several_counterparts_is_one_group(run_text, text, typ):
    event = _one(run_text, text)
    assert len(event["participants"]) == 3 and event["type"] == typ


@pytest.mark.parametrize("text", [
    # ... but a list of meetings, or "separate" ones, are one each
    "President Babatunde Adeyemi on Thursday held meetings with President Kwabena Ofori of Ghana and President "
    "Cheikh Sarr of Senegal.",
    "President Babatunde Adeyemi on Thursday held separate meetings with President Kwabena Ofori of Ghana and "
    "President Cheikh Sarr of Senegal.",
    "President Babatunde Adeyemi also met President Kwabena Ofori of Ghana and President Cheikh Sarr of Senegal.",
])
def test_rules_meetings_with_several_counterparts_are_one_each(run_text, text):
    assert sorted(len(e["participants"]) for e in _events(run_text, text)) == [2, 2]


@pytest.mark.parametrize("text", [
    "Leaders at the summit, from left to right: Indonesian President Joko Widodo, Philippine President "
    "Rodrigo Duterte and Singapore Prime Minister Lee Hsien Loong, before their meeting in Manila.",
    "Indonesian President Joko Widodo, Philippine President Rodrigo Duterte and Singapore Prime Minister "
    "Lee Hsien Loong (L-R) pose before the summit meeting in Manila.",
])
def test_rules_a_photo_line_up_is_no_interaction(run_text, text):
    assert _events(run_text, text) == []


def test_rules_a_caption_with_left_and_right_is_still_a_meeting(run_text):
    event = _one(run_text, "Indonesian President Joko Widodo (L) meets Philippine President Rodrigo Duterte (R) "
                           "in Manila on Monday.")
    assert set(_names(event)) == {"Joko Widodo", "Rodrigo Duterte"}


@pytest.mark.parametrize("text, typ", [
    ("Kenyan President William Ruto took a phone call from Brazilian President Luiz Inacio Lula da Silva "
     "on Monday.", "phone_call"),
    ("Kenyan President William Ruto answered a call from Brazilian President Luiz Inacio Lula da Silva "
     "on Monday.", "phone_call"),
    ("Kenyan President William Ruto got a letter from Brazilian President Luiz Inacio Lula da Silva "
     "on Monday.", "correspondence"),
])
def test_rules_a_call_or_letter_taken_from_someone_is_with_them(run_text, text, typ):
    event = _one(run_text, text)
    assert (event["type"], set(_names(event))) == (typ, {"William Ruto", "Luiz Inacio Lula da Silva"})


def test_rules_an_envoy_handing_over_a_message_from_someone_is_not_their_correspondence(run_text):
    events = _events(run_text, "The Brazilian envoy handed Kenyan President William Ruto a message from "
                               "Brazilian President Luiz Inacio Lula da Silva on Monday.")
    assert not any(set(_names(e)) == {"The Brazilian envoy", "Luiz Inacio Lula da Silva"} for e in events)
    assert not any(e["type"] == "correspondence" and "William Ruto" not in _names(e) for e in events)


def test_rules_a_letters_writer_is_one_its_sentence_names(run_text):
    # the envoy parsed as the object of "in": the writer is the one named after "from", never a
    # bare name from elsewhere that the title lookup falls back on
    events = _events(run_text, "Chadian President Mahamat Saleh Djibrine on Wednesday received in N'Djamena "
                               "Abdoulaye Moussa Issoufou, Niger's Minister of Foreign Affairs, who delivered a written "
                               "message from Nigerien head of state General Souley Garba Maïga. The content of the "
                               "message was not made public, but it concerned the fight against Boko Haram in the "
                               "Lake Chad basin.")
    assert not any("Boko Haram" in _names(e) for e in events)


def test_rules_guests_of_one_host_are_not_paired_with_each_other(run_text):
    events = _events(run_text, "Kenyan President William Ruto received the credentials of Ambassador of Japan "
                               "Hideo Tanaka, Ambassador of Brazil Carlos Mendes and Ghana's Ambassador Kwame "
                               "Boateng at State House on Tuesday.")
    assert {frozenset(_names(e)) for e in events} == {
        frozenset({"William Ruto", "Hideo Tanaka"}), frozenset({"William Ruto", "Carlos Mendes"}),
        frozenset({"William Ruto", "Kwame Boateng"})}


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi visited the grave of Mahatma Gandhi on Monday.",
    "Indian Prime Minister Narendra Modi laid a wreath at the statue of Mahatma Gandhi in Durban on Monday.",
    "The tomb of Kemal Ataturk was visited by Indian Prime Minister Narendra Modi on Monday.",
])
def test_rules_the_dead_of_a_memorial_are_no_counterparts(run_text, text):
    assert _events(run_text, text) == []


@pytest.mark.parametrize("text, pair", [
    ("Canadian Prime Minister Mark Carney and his wife Diana will have lunch with Italian Prime Minister "
     "Giorgia Meloni in Rome on Thursday.", {"Mark Carney", "Giorgia Meloni"}),
    ("Kenyan President William Ruto, accompanied by his wife, Rachel Ruto, met Ghanaian President Nana "
     "Akufo-Addo in Accra on Monday.", {"William Ruto", "Nana Akufo-Addo"}),
])
def test_rules_a_spouse_who_accompanies_is_no_party(run_text, text, pair):
    assert [set(_names(e)) for e in _events(run_text, text)] == [pair]


@pytest.mark.parametrize("text, name, country", [
    ("Kenyan President William Ruto met the visiting Japanese delegation led by Taro Yamada on Monday.",
     "Taro Yamada", "JPN"),
    ("Kenyan President William Ruto received a Brazilian trade delegation headed by Carlos Mendes in Nairobi.",
     "Carlos Mendes", "BRA"),
])
def test_rules_a_delegation_head_has_the_delegation_country(run_text, text, name, country):
    event = _one(run_text, text)
    assert _party(event, name)["country"] == country
