"""Tests for pipeline.entities: entity mentions and the document-level actors they resolve to."""

from __future__ import annotations

import pytest

from pipeline import ContractError, extract_entities, schemas

pytestmark = pytest.mark.model

PUBLISHED = "2024-07-28"   # a Sunday


def _run(run_text, text: str) -> dict[str, list[dict]]:
    out = run_text({"d": text}, published=PUBLISHED)
    assert [d["status"] for d in out["documents"]] == ["ok"], out["documents"][0]["error"]
    return out


def _actor(out: dict, name: str) -> dict:
    found = [a for a in out["actors"] if a["name"] == name]
    assert len(found) == 1, f"no single actor named {name!r} in {[a['name'] for a in out['actors']]}"
    return found[0]


def _of_kind(out: dict, kind: str) -> list[str]:
    return sorted(a["name"] for a in out["actors"] if a["kind"] == kind)


# (text, actor name, kind, title, country, org)
ACTORS = [
    # "the foreign ministers of A and B, X and Y": each name the country in its place
    ("Foreign Minister Tomas Berg met the foreign ministers of Malta and Libya, Ana Borg and Sami Idris, "
     "respectively, on Monday.", "Sami Idris", "person", None, "LBY", None),
    # a ruler's style set off after the name, with the state's formal name
    ("Prime Minister Imran Qureshi received a telephone call on Monday from Sheikh Hamad bin Ali Al-Thani, Amir of "
     "the State of Qatar.", "Hamad bin Ali Al-Thani", "person", "Sheikh", "QAT", None),
    # a role with its posting set off before the name: the envoy's own country, not the posting
    ("President Tomas Adomako held a meeting with the United States Ambassador to Ghana, Laura Fisk, at the "
     "Jubilee House.", "Laura Fisk", "person", "Ambassador", "USA", None),
    ("The newly posted Ethiopian Ambassador to Kenya, Dawit Bekele, on Wednesday presented his credentials to "
     "President Samuel Kiprono.", "Dawit Bekele", "person", "Ambassador", "ETH", None),
    # a posting is no part of the title, nor the envoy's country
    ("Prime Minister Tran Van Long on Monday received Japanese Ambassador to Vietnam Ito Kenji in Hanoi.",
     "Ito Kenji", "person", "Ambassador", "JPN", None),
    ("Chinese Vice President Han Zheng arrived in Paris on Friday for the opening of the Olympic "
     "Games. Han said China supports the Games.",
     "Han Zheng", "person", "Vice President", "CHN", None),
    ("Wang Yi, Chinese State Councilor and Foreign Minister, said on Saturday that both sides "
     "should deepen cooperation.",
     "Wang Yi", "person", "State Councilor and Foreign Minister", "CHN", None),
    ("President William Ruto of Kenya addressed the parliament in Nairobi on Thursday.",
     "William Ruto", "person", "President", "KEN", None),
    ("Prime Minister Narendra Modi of India arrived in Moscow on Monday.",
     "Narendra Modi", "person", "Prime Minister", "IND", None),
    ("Tanaka Hiroshi, Japanese Deputy Foreign Minister, said on Thursday the talks were constructive.",
     "Tanaka Hiroshi", "person", "Deputy Foreign Minister", "JPN", None),
    ("German Chancellor Olaf Scholz said on Friday that aid would continue. Scholz added that "
     "Germany would not waver.",
     "Olaf Scholz", "person", "Chancellor", "DEU", None),
    ("The International Olympic Committee (IOC) opened its session in Paris on Wednesday. "
     "IOC President Thomas Bach met French President Emmanuel Macron on Thursday.",
     "Thomas Bach", "person", "President", None, "International Olympic Committee"),
    ("The International Olympic Committee (IOC) announced the decision on Friday. The IOC said it "
     "would review the case.",
     "International Olympic Committee", "organization", None, None, None),
    ("The World Health Organization (WHO) warned on Tuesday that cases were rising. The WHO urged "
     "vigilance.",
     "World Health Organization", "organization", None, None, None),
    # a role set off by commas, before the name or after it
    ("Kenyan President Samuel Otieno met with his Ghanaian counterpart, Kwame Mensah, in Accra on Monday.",
     "Kwame Mensah", "person", "counterpart", "GHA", None),
    ("On Monday, the Tanzanian foreign minister, Joseph Kasanga, received the envoy in Dodoma.",
     "Joseph Kasanga", "person", "foreign minister", "TZA", None),
    ("Kenyan President Samuel Otieno met Kwame Mensah, his Ghanaian counterpart, in Accra on Monday.",
     "Kwame Mensah", "person", "counterpart", "GHA", None),
    # a lowercase noun or participle inside the phrase does not cut it
    ("President Kwame Mensah met Kenyan opposition leader Peter Kamau in Accra on Monday.",
     "Peter Kamau", "person", "opposition leader", "KEN", None),
    ("President Kwame Mensah received the visiting Kenyan leader, Samuel Otieno, on Monday.",
     "Samuel Otieno", "person", "leader", "KEN", None),
    # a title that begins with "First"
    ("Ghanaian President Kofi Mensah had dinner with Kenyan First Lady Amina Otieno on Thursday.",
     "Amina Otieno", "person", "First Lady", "KEN", None),
    ("Scottish First Minister Ewan Ross met Irish Taoiseach Sean Walsh in Dublin on Monday.",
     "Ewan Ross", "person", "First Minister", "GBR", None),
    ("Russian First Deputy Prime Minister Ivan Petrov held talks with Chinese Vice Premier Li Wei in Beijing.",
     "Ivan Petrov", "person", "First Deputy Prime Minister", "RUS", None),
    # a list of roles set off by commas: each name keeps its own
    ("Samoan Prime Minister Tala Fono held talks with the Fijian President, Ratu Tevita Tui, and Tongan Prime "
     "Minister, Sione Lata.", "Tevita Tui", "person", "President", "FJI", None),
    ("Samoan Prime Minister Tala Fono held talks with the Fijian President, Ratu Tevita Tui, and Tongan Prime "
     "Minister, Sione Lata.", "Sione Lata", "person", "Prime Minister", "TON", None),
    # ... but not a clause that ends before the name
    ("After talks with the Kenyan president, Kwame Mensah flew home to Accra.",
     "Kwame Mensah", "person", None, None, None),
    # a title and "of <country>" set off before the name, with or without a form of address
    ("The President of Ghana, Kwame Mensah, met Kenyan President Samuel Otieno in Accra on Monday.",
     "Kwame Mensah", "person", "President", "GHA", None),
    ("The Emir of Qatar, Sheikh Hamad Al Farsi, received the envoy in Doha on Monday.",
     "Hamad Al Farsi", "person", "Emir", "QAT", None),
    ("The Prime Minister of the Netherlands, Pieter de Vries, spoke by phone with Lena Brandt on Monday.",
     "Pieter de Vries", "person", "Prime Minister", "NLD", None),
    ("Lena Brandt met the King of Jordan, Faisal Haddad, in Amman.",
     "Faisal Haddad", "person", "King", "JOR", None),
    ("The President of the Republic of Korea, Kim Min-jun, met Lena Brandt in Seoul.",
     "Kim Min-jun", "person", "President", "KOR", None),
    # ... one of a list of them, its name untagged by the model
    ("Tomas Reyes met the Foreign Minister of Peru, Ana Quispe, and the Ambassador of Chile, Lena Brandt.",
     "Ana Quispe", "person", "Foreign Minister", "PER", None),
    ("Tomas Reyes met the Foreign Minister of Peru, Ana Quispe, and the Ambassador of Chile, Lena Brandt.",
     "Lena Brandt", "person", "Ambassador", "CHL", None),
    # a counterpart, a possessive country, a role opened by the country's possessive
    ("Talks between Kenyan President Amara Kone and his Ugandan counterpart Moses Okello focused on trade.",
     "Moses Okello", "person", "counterpart", "UGA", None),
    ("Indian Prime Minister Arjun Mehta met Japan's Haruto Sato in Tokyo on Monday.",
     "Haruto Sato", "person", None, "JPN", None),
    ("Kenya's foreign minister, Wanjiru Kamau, met Ethiopian Foreign Minister Abebe Tadesse on Monday.",
     "Wanjiru Kamau", "person", "foreign minister", "KEN", None),
    # a name that holds a city's name ("Van") after a form of address
    ("The Honourable Pieter Van Dam, Dutch trade minister, met Kenyan President Amara Kone on Monday.",
     "Pieter Van Dam", "person", "trade minister", "NLD", None),
    # a name right after a title and "of <country>", which the model left untagged
    ("Newly appointed Ambassador of India Ravi Iyer presented his letter of credence to Ugandan President "
     "Moses Okello on Friday.", "Ravi Iyer", "person", "Ambassador", "IND", None),
    ("The Foreign Minister of Saudi Arabia Faisal Al Harbi met Ethiopian Foreign Minister Abebe Tadesse.",
     "Faisal Al Harbi", "person", "Foreign Minister", "SAU", None),
    # a hyphenated name with a lowercase particle, set off after a role, that the model took for a place
    ("President Grace Nabirye received the outgoing Ambassador of the Netherlands, Pieter-Jan de Groot, at "
     "State House on Monday.", "Pieter-Jan de Groot", "person", "outgoing Ambassador", "NLD", None),
    # a list of countries each with its person: each person has their own country
    ("Colombian President Luis Soto met the presidents of Chile, Gabriel Ortiz Valdes, and Ecuador, Daniel "
     "Borja Andrade, in Bogota on Monday.", "Daniel Borja Andrade", "person", None, "ECU", None),
    # a vague role first, the office later: the office
    ("The leader of Ghana, Kwame Mensah, will visit Lagos next week. President Kwame Mensah will meet "
     "Nigerian leaders there.", "Kwame Mensah", "person", "President", "GHA", None),
]


@pytest.mark.parametrize("text, name, kind, title, country, org", ACTORS)
def test_entities_actor_name_kind_title_country_org(run_text, text, name, kind, title, country, org):
    actor = _actor(_run(run_text, text), name)
    assert (actor["kind"], actor["title"], actor["country"], actor["org"]) == (kind, title, country, org)


@pytest.mark.parametrize("text, name, country", [
    ("President Xi Jinping spoke with his Brazilian counterpart Luiz Inacio Lula da Silva on Tuesday.",
     "Luiz Inacio Lula da Silva", "BRA"),
    ("Indonesian President Joko Widodo flew to Jakarta on Monday. Widodo said the trip was a success.",
     "Joko Widodo", "IDN"),
    # a country of several words the model tags as a person's name, opening the sentence
    ("Papua New Guinea Prime Minister John Kaupa met Indian Prime Minister Ravi Singh in Delhi.",
     "John Kaupa", "PNG"),
    ("Solomon Islands Prime Minister Peter Tala met New Zealand Prime Minister Anna Scott in Honiara.",
     "Peter Tala", "SLB"),
    ("Sri Lankan President Nimal Perera met Indian Prime Minister Ravi Singh in Colombo.",
     "Nimal Perera", "LKA"),
    # ... or as a building
    ("Fijian Prime Minister Peter Tala phoned his Papua New Guinea counterpart John Kaupa on Friday.",
     "John Kaupa", "PNG"),
    # two adjectives that name another state together than the first alone
    ("Greek Cypriot President Nikos Andreou met Greek Prime Minister Kostas Lainis in Athens.",
     "Nikos Andreou", "CYP"),
    ("Greek Cypriot President Nikos Andreou met Greek Prime Minister Kostas Lainis in Athens.",
     "Kostas Lainis", "GRC"),
    # a lower-case role after the state's possessive
    ("Ukraine's top diplomat Olena Hrytsenko met President Jorge Ortega on Monday.", "Olena Hrytsenko", "UKR"),
    ("China's top legislator Zhao Wei met President Jorge Ortega on Monday.", "Zhao Wei", "CHN"),
    # a role set off by commas that opens the sentence
    ("Polish Foreign Minister, Jan Kowal, met President Ana Ruiz in Lima on Monday.", "Jan Kowal", "POL"),
    # a state's legislature or seat named in the title
    ("State Duma member Pavel Orlov met President Ana Ruiz on Monday.", "Pavel Orlov", "RUS"),
    ("Knesset Speaker Amir Levi met President Ana Ruiz on Monday.", "Amir Levi", "ISR"),
    # a title after a role set off by a comma
    ("General Tom Hale met his Russian counterpart, Chief of Staff Gen. Ivan Orlov, in Geneva on Monday.",
     "Ivan Orlov", "RUS"),
    # a royal's "of" is a title, no town's country; a country after it stays
    ("King Hamad received Prince Edward of Kent in Manama on Monday.", "Edward", None),
    ("King Hamad received King Abdullah of Jordan in Manama on Monday.", "Abdullah", "JOR"),
    # a province's office gives the province's state
    ("Bali Governor Made Wira met Australian Ambassador Tom Reed in Denpasar on Monday.", "Made Wira", "IDN"),
    ("Consul General Mira Shah called on Assam Governor Arun Bora at Raj Bhavan on Monday.", "Arun Bora", "IND"),
    # an envoy of a leader serves the leader's state
    ("Chinese President Li Wen's special envoy Zhang Hao met President Ana Ruiz in Lima on Monday.", "Zhang Hao",
     "CHN"),
    # "Benin Republic", as Nigerian papers write it
    ("President Bola Adeyemi met President Paul Tano of Benin Republic in Abuja.", "Paul Tano", "BEN"),
])
def test_entities_demonym_premodifier_gives_country(run_text, text, name, country):
    actor = _actor(_run(run_text, text), name)
    assert (actor["kind"], actor["country"]) == ("person", country)


@pytest.mark.parametrize("text, full, short", [
    ("Chinese Vice President Han Zheng arrived in Paris on Friday for the opening of the Olympic "
     "Games. Han said China supports the Games.", "Han Zheng", "Han"),
    ("Indonesian President Joko Widodo flew to Jakarta on Monday. Widodo said the trip was a success.",
     "Joko Widodo", "Widodo"),
    ("German Chancellor Olaf Scholz said on Friday that aid would continue. Scholz added that "
     "Germany would not waver.", "Olaf Scholz", "Scholz"),
    # a part of a hyphenated surname
    ("Moroccan Foreign Minister Youssef El-Amrani arrived in Rabat on Monday. Amrani said the talks "
     "went well.", "Youssef El-Amrani", "Amrani"),
    ("Egyptian Prime Minister Karim Abdel-Rahman flew to Cairo on Friday. Rahman said the visit was "
     "a success.", "Karim Abdel-Rahman", "Rahman"),
])
def test_entities_surname_joins_full_name(run_text, text, full, short):
    out = _run(run_text, text)
    assert _of_kind(out, "person") == [full]
    actor = _actor(out, full)
    persons = [(e["text"], e["actor_id"]) for e in out["entities"] if e["label"] == "PERSON"]
    assert persons == [(full, actor["actor_id"]), (short, actor["actor_id"])]
    assert actor["n_mentions"] == 2


@pytest.mark.parametrize("text, name, mentions", [
    ("The International Olympic Committee (IOC) announced the decision on Friday. The IOC said it "
     "would review the case.",
     "International Olympic Committee", ["International Olympic Committee", "IOC", "IOC"]),
    ("The World Health Organization (WHO) warned on Tuesday that cases were rising. The WHO urged "
     "vigilance.",
     "World Health Organization", ["World Health Organization", "WHO", "WHO"]),
])
def test_entities_acronym_joins_its_organization(run_text, text, name, mentions):
    out = _run(run_text, text)
    assert _of_kind(out, "organization") == [name]
    actor = _actor(out, name)
    orgs = [e for e in out["entities"] if e["label"] == "ORG"]
    assert [e["text"] for e in orgs] == mentions
    assert {e["actor_id"] for e in orgs} == {actor["actor_id"]}


@pytest.mark.parametrize("text, mention, code, state", [
    ("Chinese Vice President Han Zheng arrived in Paris on Friday.", "Chinese", "CHN", "China"),
    ("President William Ruto of Kenya addressed the parliament in Nairobi on Thursday.",
     "Kenya", "KEN", "Kenya"),
    ("German Chancellor Olaf Scholz said on Friday that aid would continue.", "German", "DEU", "Germany"),
])
def test_entities_country_and_demonym_resolve_to_state(run_text, text, mention, code, state):
    out = _run(run_text, text)
    ent = next(e for e in out["entities"] if e["text"] == mention)
    assert ent["actor_id"] == f"S:{code}"
    actor = _actor(out, state)
    assert (actor["actor_id"], actor["kind"], actor["country"]) == (f"S:{code}", "state", code)


@pytest.mark.parametrize("text, mention, label", [
    ("Chinese Vice President Han Zheng arrived in Paris on Friday.", "Paris", "GPE"),
    ("Chinese Vice President Han Zheng arrived in Paris on Friday.", "Friday", "DATE"),
    ("Chinese Vice President Han Zheng arrived in Paris on Friday.", "Chinese", "NORP"),
    ("Chinese Vice President Han Zheng arrived in Paris on Friday.", "Han Zheng", "PERSON"),
    # a well-known city after "in" is a place, whatever the tagger made of it
    ("Kenyan President William Ruto's meeting with Zambian President Hakainde Hichilema in Windhoek "
     "on Friday covered trade.", "Windhoek", "GPE"),
    # a city the tagger cut short is read whole
    ("Prime Minister Ana Vidal met President Luis Soto in Port Moresby yesterday.", "Port Moresby", "GPE"),
    ("Prime Minister Ana Vidal met President Luis Soto in Santo Domingo yesterday.", "Santo Domingo", "GPE"),
    ("Prime Minister Ana Vidal met President Luis Soto in Paris Tuesday.", "Paris", "GPE"),
    # a name coordinated with a person is a person, tagged as a place or not tagged at all
    ("President Amara Kone met Lena Brandt and Pavel Orlov in Accra on Monday.", "Pavel Orlov", "PERSON"),
    ("The leaders of Ghana, Austria and Belarus, Amara Kone, Lena Brandt and Pavel Orlov, held a "
     "trilateral summit in Accra.", "Amara Kone", "PERSON"),
    # ... but a place coordinated with a place stays one
    ("President Amara Kone travelled to Lagos and Port Harcourt on Monday.", "Port Harcourt", "GPE"),
    # a named day is a date, whatever the model made of it
    ("Kwame Mensah met Lena Brandt on New Year's Day.", "New Year's Day", "DATE"),
    ("Kwame Mensah met Lena Brandt on Boxing Day.", "Boxing Day", "DATE"),
    # a name the model calls an organisation is a person where it meets someone ...
    ("Amara Kone met Lena Brandt in Accra on Monday.", "Amara Kone", "PERSON"),
    # ... not where an organisation meets targets, or says something
    ("Deutsche Telekom met its targets for the year, the company said on Monday.", "Deutsche Telekom", "ORG"),
    ("Goldman Sachs said it would meet the deadline on Monday.", "Goldman Sachs", "ORG"),
])
def test_entities_mention_labels(run_text, text, mention, label):
    out = _run(run_text, text)
    assert [e["label"] for e in out["entities"] if e["text"] == mention] == [label]


def test_entities_a_place_of_a_country_is_no_person(run_text):
    out = _run(run_text, "Tourists flocked to Kenya's Rift Valley and Japan's Mount Fuji this year, and the "
                         "minister visited Japan's Tokyo Tower.")
    assert _of_kind(out, "person") == []


@pytest.mark.parametrize("text, mention, label", [
    # a one-word name the model calls a place and no gazetteer knows: a person where it acts as one
    ("Valdemar flew in from Lisbon on Monday. Valdemar hopes that the talks will help.", "Valdemar", "PERSON"),
    # ... but a known place stays a place, whatever it is the subject of
    ("Kenya hopes the talks will succeed, and Gaza said the crossing would reopen.", "Kenya", "GPE"),
    ("Kenya hopes the talks will succeed, and Gaza said the crossing would reopen.", "Gaza", "GPE"),
])
def test_entities_a_name_read_as_an_unknown_place_is_a_person_where_it_acts_as_one(run_text, text, mention, label):
    out = _run(run_text, text)
    assert {e["label"] for e in out["entities"] if e["text"] == mention} == {label}


@pytest.mark.parametrize("text, title", [
    ("Chinese Vice President Han Zheng arrived in Paris on Friday.", "Vice President"),
])
def test_entities_title_words_stay_out_of_the_name(run_text, text, title):
    out = _run(run_text, text)
    person = next(e for e in out["entities"] if e["label"] == "PERSON")
    assert person["text"] == "Han Zheng"
    assert text[person["start_char"]:person["end_char"]] == "Han Zheng"
    assert title not in person["text"]


# (text, the person's name, the title read beside it): forms of address, title abbreviations,
# institutions and nicknames are not part of a name
NAME_FORMS = [
    # a hyphenated surname the tagger cut, a spaced dash it ran on over
    ("President Tinubu received Governor Babajide Sanwo-Olu at his Lagos office.",
     "Babajide Sanwo-Olu", "Governor"),
    ("Kenyan President William Ruto met Ghanaian President Kofi Mensah - Ghana's leader since 2017 - in "
     "Nairobi on Monday.", "Kofi Mensah", "President"),
    ("Governor Ade Bello received Alhaji Musa Danjuma at the Government House on Monday.",
     "Musa Danjuma", None),
    ("The minister held talks with FM Ivan Petrov in Sofia on Monday.", "Ivan Petrov", "FM"),
    ("Datuk Seri Ahmad Zahid met the visiting delegation in Putrajaya.", "Ahmad Zahid", None),
    ("Tan Sri Rahman Osman met the ambassador in Kuala Lumpur.", "Rahman Osman", None),
    ("The envoy called on the Speaker of the State Duma Pavel Orlov in Moscow.",
     "Pavel Orlov", "Speaker"),
    ("She met UN High Commissioner for Refugees Maria Lopez in Geneva.",
     "Maria Lopez", "High Commissioner for Refugees"),
    ('President Bambang "Bams" Sutrisno welcomed the guests in Jakarta.', "Bambang Sutrisno", "President"),
    ("Indian Prime Minister Ravi Menon met Prime Minister Dasho Pema Wangdi in Thimphu.", "Pema Wangdi",
     "Prime Minister"),
    # a letter written as an apostrophe inside a name
    ("Turkish President Selim Aydin was welcomed by Iraqi Prime Minister Haider Shia' al Khafaji in Baghdad.",
     "Haider Shia' al Khafaji", "Prime Minister"),
    # the name after an envoy's posting, which the model missed
    ("Iraqi Foreign Minister Ali Hassan met Turkey's Ambassador to Baghdad Emre Kaya on Monday.", "Emre Kaya",
     "Ambassador"),
    ("The President received Doctor Kofi Mensah and Professor Ama Owusu in Accra.", "Ama Owusu", None),
    ("His Highness the Amir Sheikh Tamim bin Hamad Al Thani received the minister.", "Tamim bin Hamad Al Thani",
     "Amir Sheikh"),
    ("The delegation met the Chairman of the Russian State Duma Pavel Sokolov in Moscow.",
     "Pavel Sokolov", "Chairman"),
    # a chamber named by its members ("of Representatives", "of Deputies") before a name
    ("Speaker of the US House of Representatives Ann Roe met President Ivo Berzins on Monday.", "Ann Roe",
     "Speaker"),
    ("The Speaker of the Chamber of Deputies Marco Ricci met President Ivo Berzins on Monday.", "Marco Ricci",
     "Speaker"),
    # Sarawak's and Malaysia's forms of address, Nigeria's "Engineer", national honours after the name
    ("Datuk Patinggi Tan Sri Hamid Rosli received the ambassador in Kuching on Monday.", "Hamid Rosli", None),
    ("Dato Sri Dr Lee Wen met the ambassador in Kuala Lumpur on Monday.", "Lee Wen", None),
    ("Engineer Musa Bello met the ambassador in Abuja on Monday.", "Musa Bello", None),
    ("The ambassador met Dr Sani Garba OFR in Abuja on Monday.", "Sani Garba", None),
    # a country that is a given name, after a title
    ("Foreign Minister Israel Katz met President Pablo Lema on Friday.", "Israel Katz", "Foreign Minister"),
    ("Prime Minister Georgia Conti met President Pablo Lema on Friday.", "Georgia Conti", "Prime Minister"),
    # a province between the title and the name
    ("Governor Khyber Pakhtunkhwa Javed Aslam met the ambassador in Peshawar on Monday.", "Javed Aslam",
     "Governor Khyber Pakhtunkhwa"),
]


# long names the model cut short: every word of them, and nothing of the words around them
NAME_FORMS += [
    ("Ghanaian President Kofi Mensah Boateng was received on Tuesday by Portuguese President Henrique "
     "Salgado Mota at Belem Palace.", "Henrique Salgado Mota", "President"),
    ("Peruvian Foreign Minister Rosa Elena Quispe Mamani said on Friday that she met Chilean Foreign Minister "
     "Tomas Ignacio Vergara in Santiago.", "Rosa Elena Quispe Mamani", "Foreign Minister"),
    ("The Prime Minister later spoke by phone with Samoan Prime Minister Lemalu Seiuli Aumua and offered "
     "condolences.", "Lemalu Seiuli Aumua", "Prime Minister"),
    ("The Amir received a phone call on Sunday from President of the Republic of Kazakhstan Nurlan Serikovich "
     "Abenov.", "Nurlan Serikovich Abenov", "President"),
    ("His Highness Prince Khalid bin Mansour received in Riyadh today Senegalese Foreign Minister Aminata "
     "Diallo Ndiaye.", "Aminata Diallo Ndiaye", "Foreign Minister"),
    ("The President received in Accra Kwame Boateng, the Ambassador of Peru.", "Kwame Boateng", "Ambassador"),
    ("Also on Tuesday, Minister of Foreign Affairs Kamal Eldin Hassan Musa met the country director for Sudan, "
     "Lena Schultz-Andersen.", "Kamal Eldin Hassan Musa", "Minister of Foreign Affairs"),
    # a patronymic and the surname after it; a federal office
    ("Turkish Foreign Minister Mehmet Kaan Yildirim spoke by phone on Sunday with Azerbaijani Foreign Minister "
     "Rauf Ilgar oglu Mammadov, diplomatic sources said.", "Rauf Ilgar oglu Mammadov", "Foreign Minister"),
    ("The Kenyan leader Daniel Mwangi is due to meet Federal President Klaus-Dieter Wendt on Thursday.",
     "Klaus-Dieter Wendt", "Federal President"),
    # a region a title covers, read into one organisation with the name after it
    ("On Tuesday, Mwila held a video call with World Bank Vice President for Eastern and Southern Africa "
     "Marie-Claire Dubois on drought relief financing.", "Marie-Claire Dubois", "Vice President"),
    # a ministry's portfolio ends where the name begins
    ("Prime Minister Tran Van Long hosted a reception for Japanese Minister of Transport Hideki Mori, who is on "
     "a working visit to Vietnam.", "Hideki Mori", "Minister of Transport"),
]


# (text, person, the country read beside the name): a country name of several words is one country
MULTIWORD_COUNTRIES = [
    ("President of South Sudan Salva Kiir met the envoy in Juba on Monday.", "Salva Kiir", "SSD"),
    ("The minister met Saudi Arabia James Carter and the French envoy in Paris.", "James Carter", "SAU"),
]


MULTIWORD_COUNTRIES += [
    # the country set off by commas just before the name, after an "of"
    ("The President received the Ambassador of Japan, Kenji Mori, at State House on Monday.", "Kenji Mori", "JPN"),
    ("Kenyan President William Ruto received the letters of credence of the incoming envoys of Brazil, Carlos "
     "Mendes, and of Norway, Lars Holm, in Nairobi on Tuesday.", "Lars Holm", "NOR"),
]


@pytest.mark.parametrize("text, name", [
    ("His Highness Prince Khalid bin Mansour received in Riyadh today Senegal's Minister of Foreign Affairs, "
     "Aminata Diallo Ndiaye.", "Aminata Diallo Ndiaye"),
    # ... or as a people
    ("The minister Ali Saeed received the credentials of three ambassadors: Kadri Tamm, Ambassador of Estonia; "
     "and Nusrat Jahan Chowdhury, Ambassador of Bangladesh.", "Nusrat Jahan Chowdhury"),
])
def test_entities_a_given_name_read_as_an_organisation_joins_the_name(run_text, text, name):
    assert _actor(_run(run_text, text), name)["kind"] == "person"


@pytest.mark.parametrize("text, name, country", MULTIWORD_COUNTRIES)
def test_entities_the_country_beside_a_name_is_read_whole(run_text, text, name, country):
    assert _actor(_run(run_text, text), name)["country"] == country


@pytest.mark.parametrize("text, name, title", NAME_FORMS)
def test_entities_a_name_keeps_only_its_own_words(run_text, text, name, title):
    person = _actor(_run(run_text, text), name)
    assert person["kind"] == "person"
    assert person["title"] == title


def test_entities_an_elder_named_again_by_the_form_of_address_is_one_person(run_text):
    out = _run(run_text, "President Ana Ruiz was welcomed by Ngunnawal Elder Serena Walsh on Monday. Elder Walsh "
                         "said the visit honoured the land.")
    assert [a["name"] for a in out["actors"] if a["kind"] == "person"] == ["Ana Ruiz", "Serena Walsh"]


def test_entities_a_title_stops_at_the_person_before_it(run_text):
    out = _run(run_text, "Kim met Defense Minister Lee Jun-ho in Seoul and Trade Minister Park Sung-min in Busan.")
    assert _actor(out, "Park Sung-min")["title"] == "Trade Minister"


def test_entities_a_surname_that_is_also_an_honorific_elsewhere_stays(run_text):
    out = _run(run_text, "Tan Wei Ming met the Malaysian envoy in Singapore on Monday.")
    assert _actor(out, "Tan Wei Ming")["kind"] == "person"


@pytest.mark.parametrize("missing", ["sent_id", "text"])
def test_entities_contract_violation_names_the_column(missing):
    sentences = schemas.empty(schemas.SENTENCES)
    broken = sentences.drop_columns([missing])
    with pytest.raises(ContractError, match=rf"table 'sentences'.*missing \['{missing}'\]"):
        extract_entities(broken, schemas.empty(schemas.PARSES))


@pytest.mark.parametrize("table", [schemas.empty(schemas.SENTENCES)])
def test_entities_empty_input_gives_empty_tables(table):
    out = extract_entities(table, schemas.empty(schemas.PARSES))
    assert set(out) == {"entities", "actors"}
    assert out["entities"].num_rows == 0 and out["actors"].num_rows == 0
    assert out["entities"].schema.equals(schemas.ENTITIES)
    assert out["actors"].schema.equals(schemas.ACTORS)


def test_entities_a_region_or_an_event_the_model_calls_a_person_is_relabelled(nlp):
    from pipeline.entities import Mention, _repair

    doc = nlp("Chinese President Xi Jinping visited Africa ahead of the Beijing Summit of the Forum.")
    spans = {"Xi Jinping": (2, 4), "Africa": (5, 6), "Beijing Summit": (9, 11)}
    assert [doc[a:b].text for a, b in spans.values()] == list(spans)
    mentions = [Mention(a, b, "PERSON", text) for text, (a, b) in spans.items()]
    labels = {m.text: m.label for m in _repair(doc, mentions)}
    assert (labels["Xi Jinping"], labels["Africa"], labels["Beijing Summit"]) == ("PERSON", "LOC", "EVENT")


def test_entities_a_venue_the_model_calls_a_person_is_a_facility(nlp):
    from pipeline.entities import Mention, _repair

    doc = nlp("Kishida sent a letter to Albanese on Monday, the Kantei said.")
    mentions = [Mention(0, 1, "PERSON", "Kishida"), Mention(10, 11, "PERSON", "Kantei")]
    assert doc[10:11].text == "Kantei"
    assert [m.label for m in _repair(doc, mentions) if m.text in ("Kishida", "Kantei")] == ["PERSON", "FAC"]


@pytest.mark.parametrize("text, cut, country", [
    ("He met the leader of the Peoples Republic of China Li Wei on Monday.", "Peoples Republic", "CHN"),
    ("The Kingdom of Lesotho sent Prime Minister Thabo Mokoena.", "Kingdom", "LSO"),
    ("She called the President of the United Republic of Tanzania.", "United Republic", "TZA"),
    # the tagger's span stops before the end of the name or starts after its first word
    ("He met President Jean Koffi of Cote d’Ivoire on Monday.", "Cote", "CIV"),
    ("He met President Ali Kamara of Sierra Leone on Monday.", "Sierra", "SLE"),
    ("He met President Rock Ouedraogo of Burkina Faso on Monday.", "Faso", "BFA"),
])
def test_entities_a_state_name_cut_short_is_one_state(nlp, text, cut, country):
    from pipeline import geo
    from pipeline.entities import Mention, _repair

    doc = nlp(text)
    start = next(t.i for t in doc if text[t.idx:].startswith(cut))
    end = start + len(cut.split())
    mentions = [Mention(start, end, "PERSON", doc[start:end].text)]
    (state,) = [m for m in _repair(doc, mentions) if m.start <= start < m.end]
    assert (state.label, geo.country_code(state.text)) == ("GPE", country)


@pytest.mark.model
def test_entities_a_list_of_people_is_no_apposition(nlp):
    from pipeline.entities import analyse

    doc = nlp("Xi also met Namibian President Hage Geingob, Sudanese President Omar al-Bashir and "
              "Senegalese President Macky Sall in Beijing on Sunday.")
    _, actors = analyse(doc)
    countries = {a.name: a.country for a in actors if a.kind == "person"}
    assert countries["Hage Geingob"] == "NAM" and countries["Omar al-Bashir"] == "SDN" and \
        countries["Macky Sall"] == "SEN"
    doc = nlp("The minister met Amina Otieno, Kenyan Foreign Minister, in Nairobi on Monday.")
    _, actors = analyse(doc)
    assert {a.name: a.country for a in actors if a.kind == "person"}["Amina Otieno"] == "KEN"   # an apposition


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    ("Kremlin spokesman Dmitry Peskov said the talks went well.", "Dmitry Peskov", "RUS"),
    ("Chinese Foreign Ministry spokesperson Mao Ning said Beijing welcomed the visit.", "Mao Ning", "CHN"),
    ("International Olympic Committee President Thomas Bach met the athletes.", "Thomas Bach", None),
])
def test_entities_a_state_body_in_a_title_gives_the_country(nlp, text, name, country):
    from pipeline.entities import analyse

    _, actors = analyse(nlp(text))
    assert {a.name: a.country for a in actors if a.kind == "person"}[name] == country


@pytest.mark.parametrize("text, persons", [
    # a title-case headline's verb or noun ends a name
    ("Kenya news\n\nPresident Ruto Holds Talks With Ghanaian Counterpart Mahama in Accra on Monday.",
     ["Mahama", "Ruto"]),
    ("Chilean President Refuses Meeting With Rival Leader Tomas Vidal.", ["Tomas Vidal"]),
    # the credit line before a name: "(AGENCY)-" is no part of what follows
    ("Nairobi (KNA)- Ghanaian President Kofi Mensah sent a letter to Kenyan President Amina Otieno, the "
     "state agency reported.", ["Amina Otieno", "Kofi Mensah"]),
])
def test_entities_headline_words_and_credit_lines_are_no_names(run_text, text, persons):
    out = _run(run_text, text)
    assert _of_kind(out, "person") == persons


@pytest.mark.parametrize("text, orgs", [
    # the agency a dateline credits, whatever the dash after it
    ("Hanoi (VNA) \u2013 Prime Minister Tran Van Long held phone talks with Lao Prime Minister Somsack Vong "
     "on Monday.", []),
    ("Nairobi (KNA) \u2013 Ghanaian President Kofi Mensah held talks with Kenyan President Amina Otieno.", []),
    ("NAIROBI (KNA) -- Ghanaian President Kofi Mensah held talks with Kenyan President Amina Otieno.", []),
    # an organisation's acronym in parentheses is no credit
    ("Kenyan President Amina Otieno met the head of the African Union (AU) - Moussa Diallo - on Monday.",
     ["African Union"]),
])
def test_entities_a_dateline_agency_is_no_party(run_text, text, orgs):
    assert _of_kind(_run(run_text, text), "organization") == orgs


@pytest.mark.parametrize("text, persons, orgs", [
    # a gathering's name is an event, never a party
    ("Prime Minister Amina Diallo joined the Nordic-African Leaders Teleconference Meeting hosted by President "
     "Pierre Lenoir.", ["Amina Diallo", "Pierre Lenoir"], []),
    ("Foreign Minister Omar Haddad met Secretary of State Linda Moore at the Pacific Leaders Summit in Suva.",
     ["Linda Moore", "Omar Haddad"], []),
    # forms of address and titles alone are no name
    ("Foreign Minister H.H Prince Khalid bin Saud met with Argentine Foreign Minister H.E Carlos Ruiz on "
     "Monday.", ["Carlos Ruiz", "Khalid bin Saud"], []),
    ("Saudi Arabian Crown Prince Faisal bin Nasser was greeted at the airport by the host.",
     ["Faisal bin Nasser"], []),
    ("The emir later hosted the Lebanese cleric Sayyed Ali Hussein Fadel.", ["Ali Hussein Fadel"], []),
    # "Amir" is a title before a title or a form of address, and after "the" or a possessive; else a name
    ("Kuwait's Amir got a letter from His Highness Amir Sheikh Fahad bin Nasser Al Rashid on Monday.",
     ["Fahad bin Nasser Al Rashid"], []),
    ("Israeli Defence Minister Amir Peretz met Egyptian Foreign Minister Ahmed Aboul Gheit.",
     ["Ahmed Aboul Gheit", "Amir Peretz"], []),
    # an institution the tagger read into a name
    ("The minister met Harwood Institution scholar Peter Lang on Monday.", ["Peter Lang"],
     ["Harwood Institution"]),
    ("The minister met Harwood Institution Peter Lang on Monday.", ["Peter Lang"], ["Harwood Institution"]),
    # a form of address before a name the tagger missed or called an organisation
    ("Chile's Minister of Mines, the Honourable Ana Vidal, opened the trade fair in Lima on Monday.",
     ["Ana Vidal"], []),
    ("The Honourable Ana Vidal met Prime Minister Jon Berg in Oslo.", ["Ana Vidal", "Jon Berg"], []),
    ("His Excellency Omar Diallo met Prime Minister Jon Berg in Oslo.", ["Jon Berg", "Omar Diallo"], []),
    ("The Honourable Society of Lawyers met Prime Minister Jon Berg in Oslo.", ["Jon Berg"],
     ["Honourable Society of Lawyers"]),
    # a royal's name the tagger read as a place or a people, or missed
    ("Britain's Prince Edward met Kenyan President William Ruto in Nairobi on Monday.",
     ["Edward", "William Ruto"], []),
    ("Saudi Prince Turki met Kenyan President William Ruto in Nairobi on Monday.", ["Turki", "William Ruto"], []),
    ("Prince George met Kenyan President William Ruto in Nairobi on Monday.", ["George", "William Ruto"], []),
    # a building the tagger read as a person
    ("Kenyan President William Ruto met Ghanaian President Kofi Mensah at State House Entebbe on Monday.",
     ["Kofi Mensah", "William Ruto"], []),
    ("Ghanaian President Kofi Mensah received Kenyan President William Ruto at Jubilee House on Monday.",
     ["Kofi Mensah", "William Ruto"], []),
    ("Kenyan President William Ruto stayed at Blair House before meeting Kofi Mensah.",
     ["Kofi Mensah", "William Ruto"], []),
    # a place named after one stays a place
    ("Kenyan President William Ruto met Canadian Prime Minister Ann Roy in Prince Edward Island on Monday.",
     ["Ann Roy", "William Ruto"], []),
    # a state's formal name the tagger cut before its "of" is a state, not a person
    ("Kazakh President Nurlan Abenov will meet the leader of the Peoples Republic of China Li Wei in "
     "Astana on Monday.", ["Li Wei", "Nurlan Abenov"], []),
    ("The Kingdom of Lesotho sent Prime Minister Thabo Mokoena to the summit.", ["Thabo Mokoena"], []),
    # a title's abbreviation alone is no person
    ("Accompanying Dr Ali Kani was Amb.", ["Ali Kani"], []),
    # where one is received, a document received and a city after its building are no persons
    ("Kazakh President Daniyar Temirkhanov received Foreign Minister Ana Koval at the Akorda on Monday.",
     ["Ana Koval", "Daniyar Temirkhanov"], []),
    ("President Kwabena Ofori received Letters of Credence from three new Ambassadors at a ceremony held at the "
     "Jubilee House, Accra.", ["Kwabena Ofori"], []),
    # the names after a plural role of a list of countries
    ("The foreign ministers of Lithuania, Latvia and Estonia, Rokas Jankauskas, Elina Ozolina and Priit Kaldvee, "
     "met in Riga on Tuesday to coordinate their approach to border security.",
     ["Elina Ozolina", "Priit Kaldvee", "Rokas Jankauskas"], []),
    # a hyphenated given name set off by its own role; an institution before a noun; a portfolio
    ("Jean-Baptiste Morvan, Minister for Europe and Foreign Affairs, spoke by telephone today with Sri Wulandari "
     "Hasibuan, Minister of Foreign Affairs of the Republic of Indonesia.",
     ["Jean-Baptiste Morvan", "Sri Wulandari Hasibuan"], []),
    ("President Daniyar Temirkhanov received Ana Koval on Monday, the Akorda press service reports.",
     ["Ana Koval", "Daniyar Temirkhanov"], []),
    ("Foreign Minister Aino Lehtikoski met with Kenya's Cabinet Secretary for Foreign and Diaspora Affairs Joseph "
     "Kamau Njoroge in Helsinki on Tuesday.", ["Aino Lehtikoski", "Joseph Kamau Njoroge"], []),
    # armed forces in a person's role stay an organisation
    ("Sheikh Hamdan bin Rashid Al Nuaimi, Deputy Supreme Commander of the UAE Armed Forces, received Nurlan "
     "Bekov in Abu Dhabi.", ["Hamdan bin Rashid Al Nuaimi", "Nurlan Bekov"], ["UAE Armed Forces"]),
    # a list item "Name - Country", the name hyphenated
    ("The envoys included H.E. Omar Khalid Al-Fahd- Kuwait and H.E. Jean-Marc Dupont - France.",
     ["Jean-Marc Dupont", "Omar Khalid Al-Fahd"], []),
    # a portfolio before a title, and a portfolio's rest after "and", are the title's, no party
    ("President Daniyar Temirkhanov received a delegation led by U.S. Homeland Security Advisor Clara Boone on "
     "Monday.", ["Clara Boone", "Daniyar Temirkhanov"], []),
    ("Prime Minister Dawit Alemu received Minister of Foreign Affairs and International Cooperation of the "
     "Republic of Rwanda, Eric Ndahiro, at his office earlier today.", ["Dawit Alemu", "Eric Ndahiro"], []),
    # a portfolio and title the model joined to the name leave it; an honour conferred is no party
    ("President Isaac Levin met Wednesday with U.S. National Security Advisor Jake Collins, who landed in Israel "
     "in the evening.", ["Isaac Levin", "Jake Collins"], []),
    ("Prime Minister Ravi Menon thanked Barbados for conferring the Honorary Order of Freedom of Barbados Award "
     "upon him on Monday.", ["Ravi Menon"], []),
    # a style of address is no person
    ("His Majesty King Idris and His Royal Highness Crown Prince Samir received Sheikh Rashid bin Saeed at the "
     "palace on Monday.", ["Idris", "Rashid bin Saeed", "Samir"], []),
    # a social-media handle is no name
    ("Foreign Minister Faisal bin Nasser receives a phone call from the Iranian Foreign Minister @Rezakarimian.",
     ["Faisal bin Nasser"], []),
    # a nickname quoted after the name is the same person, also when used alone later
    ("Prime Minister Ravi Menon and Nepal Prime Minister Arjun Thapa 'Sagar' held talks on Thursday. Sagar "
     "later met President Meera Pillai.", ["Arjun Thapa", "Meera Pillai", "Ravi Menon"], []),
    ("Nepal Prime Minister Arjun Thapa “Sagar” arrived in Delhi on Monday. Sagar met Prime Minister Ravi Menon "
     "on Tuesday.", ["Arjun Thapa", "Ravi Menon"], []),
    # a father's name inside his son's ("X bin <father>") is another person
    ("Emir Fahad Al-Jassim received a call from King Tariq bin Nasser Al-Rashid on Monday. He also received a "
     "call from Crown Prince Faisal bin Tariq bin Nasser Al-Rashid.",
     ["Fahad Al-Jassim", "Faisal bin Tariq bin Nasser Al-Rashid", "Tariq bin Nasser Al-Rashid"], []),
    # a form of address in capitals, which the model tags as an organisation with the name
    ("Prime Minister Omar Siddiqui received a telephone call from HRH Prince Faisal bin Nasser Al-Rashid, Crown "
     "Prince of Saudi Arabia, on Monday.", ["Faisal bin Nasser Al-Rashid", "Omar Siddiqui"], []),
    ("The Prime Minister, Omar Siddiqui, received a call from HRH Princess Noura bint Salem on Monday.",
     ["Noura bint Salem", "Omar Siddiqui"], []),
])
def test_entities_gatherings_forms_of_address_titles_and_institutions_stay_out_of_names(run_text, text, persons, orgs):
    out = _run(run_text, text)
    assert (_of_kind(out, "person"), _of_kind(out, "organization")) == (persons, orgs)


def test_entities_a_live_reports_clock_is_no_part_of_a_party(nlp):
    from pipeline import entities
    doc = nlp("10:05 GMT - Al-Mannai then met Musa Tirab. At 11:40 GMT talks resumed.")
    tagged = [entities.Mention(1, 6, "ORG", doc[1:6].text), entities.Mention(13, 14, "ORG", "GMT")]
    assert [(m.text, m.label) for m in entities._without_time_zones(doc, tagged)] == [("Al-Mannai", "PERSON")]


def test_entities_a_title_after_a_possessive_is_the_role_alone(run_text):
    out = _run(run_text, "Kenyan President William Ruto met Ghanaian President Kofi Mensah's envoy Ama Owusu in "
                         "Nairobi on Monday.")
    assert _actor(out, "Ama Owusu")["title"] == "envoy"


def test_entities_a_credit_line_leaves_the_demonym_to_the_name(run_text):
    out = _run(run_text, "Nairobi (KNA)- Ghanaian President Kofi Mensah sent a letter to Kenyan President Amina "
                         "Otieno, the state agency reported.")
    assert _actor(out, "Kofi Mensah")["country"] == "GHA"


@pytest.mark.parametrize("text, person", [
    ("On his part, H. E Mwangaza conveyed greetings to President Tomas Banda.", "Mwangaza"),
    ("H. E Amina Wekesa met President Tomas Banda in Lusaka on Monday.", "Amina Wekesa"),
    ("President Tomas Banda received H. E. Joseph Mwangaza at State House.", "Joseph Mwangaza"),
])
def test_entities_a_spaced_excellency_is_no_initial(run_text, text, person):
    # "H. E" is the form of address His/Her Excellency, not an initial of the name
    names = _of_kind(_run(run_text, text), "person")
    assert person in names and not any(n.startswith("E ") for n in names)


@pytest.mark.parametrize("text, persons, others", [
    ("Talks between Banda and Moyo took place in Lusaka on Monday.", ["Banda", "Moyo"], []),
    ("The talks between Moyo and Banda ended on Monday.", ["Banda", "Moyo"], []),
    # a country, an acronym or an organisation's name stays what it is
    ("Talks between Kenya and Moyo took place in Nairobi on Monday.", ["Moyo"], ["Kenya"]),
    ("The meeting between the EU and Moyo took place in Brussels on Monday.", ["Moyo"], ["EU"]),
    ("Talks between the Lusaka Chamber of Commerce and Moyo ended on Monday.", ["Moyo"],
     ["Lusaka Chamber of Commerce"]),
])
def test_entities_a_lone_word_met_between_with_a_person_is_a_person(run_text, text, persons, others):
    out = _run(run_text, text)
    assert _of_kind(out, "person") == persons
    names = {a["name"] for a in out["actors"] if a["kind"] != "person"}
    assert set(others) <= names


@pytest.mark.parametrize("text, place", [
    # en_core_web_sm tags "Malawi" here as a person, and a person's name has no country word
    ("President Kofi Mensah flew on to Malawi, where he held talks with President Ana Moyo on Monday.", "Malawi"),
    ("President Kofi Mensah flew on to South Sudan, where he held talks with President Ana Moyo.", "South Sudan"),
])
def test_entities_a_country_the_tagger_missed_is_a_place(run_text, text, place):
    out = _run(run_text, text)
    assert [e["text"] for e in out["entities"] if e["label"] == "GPE"] == [place]


@pytest.mark.parametrize("text", [
    "President Ana Moyo met Jordan Banda in Lilongwe.",
    "President Ana Moyo received Mr. Chad on Monday.",
])
def test_entities_a_country_word_beside_a_name_is_no_place(run_text, text):
    out = _run(run_text, text)
    assert [e["text"] for e in out["entities"] if e["label"] == "GPE"] == ["Lilongwe"] * ("Lilongwe" in text)


@pytest.mark.parametrize("text, person", [
    # a romanised given name whose second syllable is lowercase: the tagger stops at the hyphen
    ("SEOUL, Dec. 2 (Yonhap) -- Prime Minister Choi Min-jae met Mongolian Prime Minister Batbold Erdene.",
     "Choi Min-jae"),
    ("Foreign Minister Kang Seo-yeon held talks with her Japanese counterpart on Monday.", "Kang Seo-yeon"),
    # ... and a longer lowercase part of a Thai surname
    ("Thailand's Foreign Minister Prasert Wongsa-nukorn met US Secretary of State Mark Hollis on Monday.",
     "Prasert Wongsa-nukorn"),
])
def test_entities_a_lowercase_syllable_after_a_hyphen_stays_in_the_name(run_text, text, person):
    assert person in _of_kind(_run(run_text, text), "person")


@pytest.mark.parametrize("text", [
    "Speaker Park Min-ho criticised the Kim-led government on Monday.",
    "Speaker Park Min-ho criticised the Kim-inspired government on Monday.",
    "Speaker Park Min-ho criticised the Kim-centric government on Monday.",
])
def test_entities_a_hyphen_suffix_is_no_part_of_the_name(run_text, text):
    names = _of_kind(_run(run_text, text), "person")
    assert not any(n.startswith("Kim-") for n in names), names


@pytest.mark.parametrize("text, body, person, title", [
    # a body the tagger read as a person, before the title its member holds
    ("Latvian Prime Minister Liga Ozola also met Seimas speaker Ivars Kalnins on Monday.",
     "Seimas", "Ivars Kalnins", "speaker"),
    ("Finnish Prime Minister Aino Virtanen also met Riigikogu speaker Mart Tamm on Monday.",
     "Riigikogu", "Mart Tamm", "speaker"),
])
def test_entities_a_body_before_a_title_and_a_name_is_no_person(run_text, text, body, person, title):
    out = _run(run_text, text)
    assert body not in _of_kind(out, "person")
    assert _actor(out, person)["title"] == title
    assert all(body not in [p["name"] for p in e["participants"]] for e in out["events"])


@pytest.mark.parametrize("text, party", [
    # the ordinal of an office, the rest of a portfolio after a comma: no one's name
    ("Zambian President Tendai Moyo met Zambia's Fourth Republican President Peter Chirwa on Monday.",
     "Peter Chirwa"),
    ("Karim Tazi, the Moroccan Minister of Foreign Affairs, African Cooperation, and Moroccan Expatriates, held a "
     "phone call on Monday with his Indian counterpart, Arjun Mehta.", "Arjun Mehta"),
])
def test_entities_words_of_an_office_are_no_party(run_text, text, party):
    out = _run(run_text, text)
    assert [sorted(p["name"] for p in e["participants"]) for e in out["events"]] == [
        sorted([party, "Tendai Moyo" if "Moyo" in text else "Karim Tazi"])]


def test_entities_an_abbreviated_member_of_parliament_is_a_title(run_text):
    out = _run(run_text, "Prime Minister Tama Ruatapu met MP Anna Vos and MEP Jan Berg on Monday.")
    assert {(a["name"], a["title"]) for a in out["actors"] if a["kind"] == "person"} >= {
        ("Anna Vos", "MP"), ("Jan Berg", "MEP")}


@pytest.mark.parametrize("text, person, title, country", [
    # a name the tagger read as a body or a place, set off by its own role ...
    ("Separately, Sheikh Hamdan Al Dhaheri received a phone call today from Dawit Gebremeskel, Prime Minister of "
     "the Federal Democratic Republic of Ethiopia.", "Dawit Gebremeskel", "Prime Minister", "ETH"),
    # ... or after its country in a list of countries each with its person
    ("Quito, Sept 20 (EFE).- The presidents of Ecuador, Andres Villacis, and Colombia, Juan Restrepo, met on "
     "Friday in the border city of Tulcan.", "Juan Restrepo", None, "COL"),
])
def test_entities_a_name_set_off_with_its_own_role_or_country_is_a_person(run_text, text, person, title, country):
    got = {a["name"]: (a["kind"], a["title"], a["country"]) for a in _run(run_text, text)["actors"]}
    assert got.get(person) == ("person", title, country), got


@pytest.mark.parametrize("text, countries", [
    # a list whose roles of countries come before their names: each its own country
    ("Indian Prime Minister Raj Das held separate meetings with the President of France, Luc Bernier, the President "
     "of Chile, Rosa Valdes, and Nepal's Prime Minister, Hari Thapa.",
     {"Luc Bernier": "FRA", "Rosa Valdes": "CHL", "Hari Thapa": "NPL"}),
    ("President Tom Hale met the President of the Turkish Republic, Kemal Aydin, the Prime Minister of India, Raj "
     "Das, and the Prime Minister of Japan, Ken Mori.", {"Kemal Aydin": "TUR", "Raj Das": "IND", "Ken Mori": "JPN"}),
])
def test_entities_roles_before_their_names_in_a_list(run_text, text, countries):
    got = {a["name"]: a["country"] for a in _run(run_text, text)["actors"] if a["name"] in countries}
    assert got == countries


def test_entities_a_mongolian_initial_is_part_of_the_name(run_text):
    # the initial neither ends the sentence nor stands as a person of its own
    out = _run(run_text, "President Kh.Batbayar met Prime Minister Ts.Ganbold and L.Enkhjargal in Ulaanbaatar on Monday.")
    assert _of_kind(out, "person") == ["Kh. Batbayar", "L. Enkhjargal", "Ts. Ganbold"]
    assert len(out["sentences"]) == 1


@pytest.mark.parametrize("text, name, title", [
    # Kenya's Cabinet and Principal Secretaries; a procurement portfolio
    ("Trade CS Peter Wanjiru met Chinese Commerce Minister Li Wei on Monday.", "Peter Wanjiru", "Trade CS"),
    ("British Minister for Defence Procurement Tom Walker met Indian Defence Secretary Ravi Mehta.", "Tom Walker",
     "Minister for Defence Procurement"),
])
def test_entities_titles_of_cabinet_secretaries_and_portfolios_stay_out_of_the_name(run_text, text, name, title):
    got = {a["name"]: a["title"] for a in _run(run_text, text)["actors"] if a["kind"] == "person"}
    assert got.get(name) == title, got


def test_entities_a_participle_opening_the_sentence_is_no_part_of_a_name(run_text):
    out = _run(run_text, "Welcoming Mensah to his new post, President Kiprop had a conversation with him.")
    assert _of_kind(out, "person") == ["Kiprop", "Mensah"]


def test_entities_a_symposium_and_an_honour_are_no_party(run_text):
    out = _run(run_text, "The Chief of Naval Staff Admiral Rohan Vel held talks with Vice Admiral Ena Brook. Both "
                         "navies attend the Indian Ocean Naval Symposium. Prime Minister Philip Dawes met with Hon. "
                         "Musa Mudavi, E.G.H., on Friday.")
    assert _of_kind(out, "person") == ["Ena Brook", "Musa Mudavi", "Philip Dawes", "Rohan Vel"]


def test_entities_a_residence_named_after_its_word_is_a_building(run_text):
    out = _run(run_text, "Prime Minister Arjun Rao called on her at her official residence Ganabhavan on Monday.")
    assert _of_kind(out, "person") == ["Arjun Rao"] and out["events"] == []


def test_entities_the_next_persons_role_makes_no_person_of_a_body(run_text):
    out = _run(run_text, "The ministers visited Goldman Sachs, Morgan Stanley and Credit Suisse, President Ana "
                         "Vidal said.")
    assert _of_kind(out, "person") == ["Ana Vidal"]


@pytest.mark.parametrize("text, person, title, country", [
    # a name across its lowercase particle, which the tagger splits in two
    ("FIFA President Gianluca Ferraresi had spoken by phone on Sunday with Portugal's Secretary of State for "
     "Sport, Ines Marques da Silva Pereira.", "Ines Marques da Silva Pereira", "Secretary of State for Sport", "PRT"),
    # a role of a city set off before the name, with its particles; a form of address after the comma
    ("ACCRA - The Mayor of Rotterdam, Joost van den Heuvel, on Monday held talks with the Mayor of Accra, Hon. "
     "Victoria Kumasi-Ansah, at Accra City Hall.", "Joost van den Heuvel", "Mayor", "NLD"),
    ("ACCRA - The Mayor of Rotterdam, Joost van den Heuvel, on Monday held talks with the Mayor of Accra, Hon. "
     "Victoria Kumasi-Ansah, at Accra City Hall.", "Victoria Kumasi-Ansah", "Mayor", "GHA"),
    # a chiefly form of address is no part of the name
    ("Prime Minister Ratu Josaia Vakaloloma held a video conference with New Zealand Prime Minister Eleanor "
     "Hartigan-Tui on Monday.", "Josaia Vakaloloma", "Prime Minister", None),
    # a surname that is also a town's name ends the name
    ("MANILA - Defense Secretary Rodolfo Magbanua Ilagan and his Japanese counterpart, Kenjiro Aoyagi, held talks "
     "on Monday.", "Rodolfo Magbanua Ilagan", "Defense Secretary", None),
    # a particle right after a form of address begins the surname
    ("Secretary-General Ana Vidal met Conference President Kirsten Dahl and Mr. de Vries in Bonn.",
     "de Vries", None, None),
    ("Later, Dr van der Berg spoke with Prime Minister Lars Holm of Denmark.", "van der Berg", None, None),
    # a hyphenated surname the tagger read as two persons is one name
    ("A delegation of the regional commission led by its President Oumar Traore-Kabore met Chairperson Awa "
     "Ndiaye on Monday.", "Oumar Traore-Kabore", "President", None),
    # the given name an organisation swallowed goes back to the person named right after it
    ("Sheikh Khaled Al-Mansour sent a cable of condolences to Prime Minister of the Libyan Government of "
     "National Unity Fathi Ali Al-Mabrouk.", "Fathi Ali Al-Mabrouk", "Prime Minister", "LBY"),
    # a name right after a title's portfolio and its country
    ("Minister Yerlan Sapargaliyev held a telephone conversation with Minister of Foreign Affairs of the Republic "
     "of Azerbaijan Elnur Qasimzade.", "Elnur Qasimzade", "Minister of Foreign Affairs", "AZE"),
    # a name whose last word is a town's, in a list of envoys and their countries
    ("President Jabali Kiprono received the letters of credence of three new ambassadors at State House: Helena "
     "Vasconcelos Prado of Brazil, Kenji Moritaka of Japan and Efua Ansah-Boateng of Ghana.",
     "Helena Vasconcelos Prado", None, "BRA"),
    # after "Sheikh" comes a given name, even one that is also a title
    ("Sheikh Sultan bin Khalid Al Nuaimi received Foreign Minister Ana Koval in Abu Dhabi on Monday.",
     "Sultan bin Khalid Al Nuaimi", "Sheikh", None),
    # a portfolio with an article inside it ("... and the Environment") ends where the name begins
    ("Azlan Zulkifli joined a virtual meeting with Singapore's Minister for Sustainability and the Environment Tan "
     "Boon Keat on Monday.", "Tan Boon Keat", "Minister for Sustainability and the Environment", "SGP"),
    # "emeritus" is part of the title, never a name
    ("Chinese envoy Li Wen met Chair Emeritus of the Halden Institution John Wexler in Washington.",
     "John Wexler", "Chair Emeritus", None),
])
def test_entities_whole_names_with_particles_addresses_and_roles_of_cities(run_text, text, person, title, country):
    got = {a["name"]: (a["kind"], a["title"], a["country"]) for a in _run(run_text, text)["actors"]}
    assert got.get(person) == ("person", title, country), got


@pytest.mark.parametrize("text, expected", [
    # countries before a plural role and the names set off after it go together in order
    ("Georgian Foreign Minister Nino Abashidze hosted her Turkish and Azerbaijani counterparts, Selim Kaya and "
     "Rauf Mammadli, in Tbilisi on Tuesday.", {"Selim Kaya": "TUR", "Rauf Mammadli": "AZE"}),
    ("President Ana Lind met the Kenyan and Ugandan presidents, Daniel Mwangi and Joseph Okello, in Nairobi.",
     {"Daniel Mwangi": "KEN", "Joseph Okello": "UGA"}),
])
def test_entities_countries_and_names_set_off_in_the_same_order(run_text, text, expected):
    got = {a["name"]: a["country"] for a in _run(run_text, text)["actors"]}
    assert {name: got.get(name) for name in expected} == expected, got


def test_entities_a_persons_surname_read_as_a_body_is_the_person(run_text):
    text = ("Philippine Foreign Secretary Ramon Dizon-Alcaraz wrapped up a two-day visit to Vietnam on Wednesday with "
            "a pledge to expand coast guard cooperation.\nDuring the June 1-2 visit, Dizon-Alcaraz met Vietnamese "
            "Prime Minister Tran Minh Khoa.")
    out = _run(run_text, text)
    assert [e["label"] for e in out["entities"] if e["text"] == "Dizon-Alcaraz"] == ["PERSON"]
    # ... but not a body's name that merely ends a person's tagged words
    out = _run(run_text, "Senator Mark Ellison Caucus chair Ana Lind met the Caucus on Monday.")
    assert not any(a["name"] == "Caucus" and a["kind"] == "person" for a in out["actors"])


def test_compass_and_lower_case_compounds_are_no_persons(run_text):
    # "inter-Korean" and "South-North" are tagged as peoples: no name, so no one
    out = _run(run_text, "Prime Minister Park Ji-hoon hoped for better inter-Korean ties. \"It will lead to "
                         "South-North exchanges,\" he told the North's delegation.")
    assert _of_kind(out, "person") == ["Park Ji-hoon"]


def test_an_armed_force_is_no_person(run_text):
    # "the US Air Force": the country, then a body, not a person called "Force"
    out = _run(run_text, "Air Marshal Tom Berg, commander of the US Air Force in Europe, met Air Vice Marshal "
                         "Omar Kindi of the Royal Air Force of Oman and the head of the Coast Guard.")
    assert _of_kind(out, "person") == ["Omar Kindi", "Tom Berg"]


@pytest.mark.parametrize("text, name", [
    # "ben" is another spelling of "bin" and "ibn" before a name's next word: the same person
    ("Council head Awad Ibn Karim arrived on Monday. Ben Karim will meet President Paul Kasongo.", "Awad Ibn Karim"),
    ("President Zine bin Salah arrived on Monday. Ben Salah met President Paul Kasongo.", "Zine bin Salah"),
])
def test_ben_bin_and_ibn_are_one_name(run_text, text, name):
    out = _run(run_text, text)
    assert _of_kind(out, "person") == sorted([name, "Paul Kasongo"])
    assert _actor(out, name)["n_mentions"] == 2


@pytest.mark.parametrize("text, persons", [
    # a place in capitals with a date opens a dispatch: no person
    ("LIMA, 3 Jun. President Carlos Quispe held talks on Thursday with former president Jorge Ibarra.",
     ["Carlos Quispe", "Jorge Ibarra"]),
    # clerics' forms of address are no part of the name
    ("Mawlawi Abdul Kabir met Minister Tariq Hamid in Kabul.", ["Abdul Kabir", "Tariq Hamid"]),
    ("Hojatoleslam Ali Navid met President Omar Bashar.", ["Ali Navid", "Omar Bashar"]),
])
def test_dispatch_places_and_clerics_forms_of_address(run_text, text, persons):
    assert _of_kind(_run(run_text, text), "person") == persons



@pytest.mark.parametrize("text, persons", [
    # the platform of a credited account is no part of the name
    ("Photo: Taken from Daniel Roy Twitter account.\n\nPrime Minister Daniel Roy held a private meeting with "
     "President Luis Andrade.", ["Daniel Roy", "Luis Andrade"]),
    # "the X administration" is the government, not X
    ("Officials of the Hale administration met President Luis Andrade on Monday.", ["Luis Andrade"]),
])
def test_an_accounts_platform_and_a_leaders_government(run_text, text, persons):
    assert _of_kind(_run(run_text, text), "person") == persons



@pytest.mark.parametrize("text, persons", [
    # a capitalised adjective before a people's name is no person ("New Tanzanian President A")
    ("New Tanzanian President Baraka Mwinyi arrived in Pretoria on Friday and met President Sipho Dube.",
     ["Baraka Mwinyi", "Sipho Dube"]),
    # the city of a posting before the name is no part of it
    ("The Malian ambassador to Kinshasa Omar Bakari said that the minister met President Paul Kasongo.",
     ["Omar Bakari", "Paul Kasongo"]),
])
def test_a_peoples_name_and_a_posting_city_are_no_part_of_a_person(run_text, text, persons):
    assert _of_kind(_run(run_text, text), "person") == persons
