"""Tests for pipeline.relations: interaction triggers, their parties, place, time and modality."""

from __future__ import annotations

import pytest

from pipeline import ContractError, extract_relations, schemas

pytestmark = pytest.mark.model

PUBLISHED = "2024-07-28"   # a Sunday


def _relations(run_text, text: str) -> list[dict]:
    """The relation rows of one article, each with ``parties``: its actors' names in order."""
    out = run_text({"d": text}, published=PUBLISHED)
    assert [d["status"] for d in out["documents"]] == ["ok"], out["documents"][0]["error"]
    names = {a["actor_id"]: a["name"] for a in out["actors"]}
    # the rules' relations; the candidate pairs added for the scorer are tested in test_scorer.py
    return [dict(r, parties=tuple(names[a] for a in r["actor_ids"])) for r in out["relations"]
            if "candidate" not in r["features"]]


def _event_pairs(run_text, text: str) -> list[tuple[str, ...]]:
    """The events of one article, each as its participants' names in order, sorted."""
    events = run_text({"d": text}, published=PUBLISHED)["events"]
    return sorted(tuple(sorted(p["name"] for p in e["participants"])) for e in events)


def _one(run_text, text: str) -> dict:
    rels = _relations(run_text, text)
    assert len(rels) == 1, [(r["trigger"], r["parties"]) for r in rels]
    return rels[0]


# (text, trigger, predicate, parties in order)
TRIGGERS = [
    # a visit paid on someone named after their roles
    ("Chinese Foreign Minister Li Wen called on party co-chair and former premier Hari Koirala in Kathmandu on "
     "Monday.", "called", "meeting", ("Li Wen", "Hari Koirala")),
    # a tête-à-tête, however the tokenizer splits it
    ("President Amadou Diallo had a tête-à-tête with Moussa Keita on Monday.", "tête", "meeting",
     ("Amadou Diallo", "Moussa Keita")),
    # what is received says how: a letter is correspondence, a guest a meeting
    ("Kenyan President William Ruto received on Friday a handwritten letter from Ghanaian President John "
     "Mahama.",
     "received", "correspondence", ("William Ruto", "John Mahama")),
    ("Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday.",
     "met", "meeting", ("Xi Jinping", "Emmanuel Macron")),
    # a dialogue held is a meeting; talks that name their own parties are theirs, not the clause subject's
    ("Foreign Minister Kenji Arata held the fifth Japan-Chile Strategic Dialogue with Foreign Minister Rosa "
     "Pinto in Tokyo on Monday.", "Dialogue", "meeting", ("Kenji Arata", "Rosa Pinto")),
    ("President Ana Silva welcomed the talks between Carlos Mena and Jorge Rivas.", "talks", "meeting",
     ("Carlos Mena", "Jorge Rivas")),
    # a welcome given by Y, however the parse hangs the "by" or "from"
    ("Prime Minister Arjun Thapa was accorded a warm welcome by President Meera Pillai on Monday.", "welcome",
     "meeting", ("Meera Pillai", "Arjun Thapa")),
    ("Prime Minister Arjun Thapa was given a warm welcome by President Meera Pillai on Monday.", "welcome",
     "meeting", ("Meera Pillai", "Arjun Thapa")),
    ("Prime Minister Arjun Thapa received a warm welcome from President Meera Pillai on Monday.", "welcome",
     "meeting", ("Arjun Thapa", "Meera Pillai")),
    # a letter sent "addressed to" someone
    ("President Ana Silva sent a letter addressed to President Jorge Rivas on Monday.", "letter", "correspondence",
     ("Ana Silva", "Jorge Rivas")),
    # a letter received for someone else: its writer and the one it is addressed to
    ("Vice-President Omar Rashid has received a letter from King Tariq bin Nasser, addressed to President Khalid "
     "Hamad.", "letter", "correspondence", ("Tariq bin Nasser", "Khalid Hamad")),
    # a title "in" a city before the name; a title "to" a country before the name
    ("Chinese Consul General in Karachi Zhou Lanfeng called on Sindh Governor Rafiq Ahmed Soomro on Saturday.",
     "called", "meeting", ("Zhou Lanfeng", "Rafiq Ahmed Soomro")),
    ("Japanese Ambassador to Malaysia Makoto Ishiguro paid a courtesy call on Foreign Minister Haniff Rosli at "
     "Wisma Putra yesterday.", "call", "meeting", ("Makoto Ishiguro", "Haniff Rosli")),
    # ... which the parse hangs on the verb ("received [Ambassador] [to Ghana Laura Fisk]")
    ("President Tomas Adomako received United States Ambassador to Ghana Laura Fisk at the Jubilee House on "
     "Monday.", "received", "meeting", ("Tomas Adomako", "Laura Fisk")),
    # the agent the parse hangs on a place read as the object
    ("On Tuesday, President Marcos Ribeiro was welcomed at OR Tambo International Airport in Johannesburg by "
     "Deputy President Paul Mashaba-Reddy.", "welcomed", "meeting", ("Paul Mashaba-Reddy", "Marcos Ribeiro")),
    # an audience is a meeting, not a crowd spoken to
    ("Pope Innocent XIV on Monday received the Grand Imam of Al-Azhar, Sheikh Abdel-Moneim Hassan Shalaby, in a "
     "private audience at the Apostolic Palace.", "received", "meeting", ("Innocent XIV", "Abdel-Moneim Hassan Shalaby")),
    # views exchanged with a person, a farewell bidden to one
    ("Foreign Minister Tomas Varga exchanged views with Chilean Foreign Minister Rui Ortiz in Lima on Monday.",
     "views", "meeting", ("Tomas Varga", "Rui Ortiz")),
    ("Foreign Minister Tomas Varga on Monday exchanged ideas with his Chilean counterpart Rui Ortiz.",
     "ideas", "meeting", ("Tomas Varga", "Rui Ortiz")),
    ("President Ana Kolar bade farewell to Ambassador Dan Salas of Peru at State House.",
     "farewell", "meeting", ("Ana Kolar", "Dan Salas")),
    # an interaction with a person: by phone, by video, or in person
    ("General Ivo Tamm held a telephonic interaction with General Rui Sava of Greece on Thursday.",
     "interaction", "phone_call", ("Ivo Tamm", "Rui Sava")),
    ("General Ivo Tamm interacted with General Rui Sava of Greece on Monday.", "interacted", "meeting",
     ("Ivo Tamm", "Rui Sava")),
    # the holder named right after an office opened by a title, past its acronym
    ("Gen. Tomas Relvo called on Chairman Joint Chiefs of Staff Committee (CJCSC) General Amir Kadeh at GHQ.",
     "called", "meeting", ("Tomas Relvo", "Amir Kadeh")),
    ("General Rudi Mapha called on Chief of Army Staff (COAS) General Qamar Bajra at GHQ on Tuesday.",
     "called", "meeting", ("Rudi Mapha", "Qamar Bajra")),
    # an office's abbreviation after its holder's name is no part of it
    ("General Manoj Nara COAS had a telephonic interaction with General Purna Thapa on Friday.",
     "interaction", "phone_call", ("Manoj Nara", "Purna Thapa")),
    # a call an envoy pays to introduce himself or take leave is paid in person; one by phone is a call
    ("Foreign Minister Ana Lind received an introductory call from High Commissioner Sione Kata on Monday.",
     "received", "meeting", ("Ana Lind", "Sione Kata")),
    ("Foreign Minister Ana Lind received a farewell phone call from Ambassador Sione Kata on Monday.",
     "call", "phone_call", ("Ana Lind", "Sione Kata")),
    ("Foreign Minister Kenji Sato held a telephone communication with Secretary of State Tom Blake on Friday.",
     "communication", "phone_call", ("Kenji Sato", "Tom Blake")),
    # "called up" a person is a call
    ("President Jack Hill on Friday called up Prime Minister Ravi Mehta to congratulate him.",
     "called", "phone_call", ("Jack Hill", "Ravi Mehta")),
    # "caught up with" a person is a meeting
    ("On Monday, Minister for Foreign Affairs Declan Brophy caught up with Portuguese foreign minister Ines "
     "Machado over coffee in Lisbon.", "caught", "meeting", ("Declan Brophy", "Ines Machado")),
    # the one a verb addresses "in a phone call" is the other end of the call
    ("President Amina Otieno told Ghanaian President Kofi Mensah in a phone call that Kenya supports the plan.",
     "call", "phone_call", ("Amina Otieno", "Kofi Mensah")),
    ("President Amina Otieno assured Ghanaian President Kofi Mensah of Kenya's support during a telephone "
     "conversation.", "conversation", "phone_call", ("Amina Otieno", "Kofi Mensah")),
    ("Kenyan President William Ruto congratulated Ghanaian President Kofi Mensah in a letter on Monday.",
     "letter", "correspondence", ("William Ruto", "Kofi Mensah")),
    # a welcome accorded to someone, actively or in the passive
    ("President Kofi Mensah accorded a red-carpet welcome to Kenyan President Amina Otieno at the airport.",
     "welcome", "meeting", ("Kofi Mensah", "Amina Otieno")),
    ("President Amina Otieno was accorded a state welcome by Ghanaian President Kofi Mensah at Jubilee House.",
     "welcome", "meeting", ("Kofi Mensah", "Amina Otieno")),
    # "talks between A and B" where the parse breaks the list (B read as the verb's subject)
    ("Talks between Kazakh Foreign Minister Kairat Abenov and Qatari Emir Fahad Hassan focused on trade.",
     "Talks", "meeting", ("Kairat Abenov", "Fahad Hassan")),
    # "their meeting" is the two its clause names
    ("President Amina Otieno shakes hands with Ghanaian President Kofi Mensah during their meeting in Nairobi.",
     "meeting", "meeting", ("Amina Otieno", "Kofi Mensah")),
    # the verb the parse makes a modifier of its own object
    ("President Amina Otieno hosted Ghanaian President Kofi Mensah for talks at State House on Monday.",
     "hosted", "meeting", ("Amina Otieno", "Kofi Mensah")),
    # "the two presidents, A and B": a pair that names itself
    ("The two presidents, Amina Otieno and Kofi Mensah, met in Accra on Friday.",
     "met", "meeting", ("Amina Otieno", "Kofi Mensah")),
    # "a bilateral" is a meeting, whatever the tagger calls the word
    ("Prime Minister Lars Holm held a bilateral with Prime Minister Kenji Sato on the margins of the summit.",
     "bilateral", "meeting", ("Lars Holm", "Kenji Sato")),
    # the counterpart's "with" hung on the means of the call
    ("On Monday, President Daniel Kamau also spoke by telephone with Tanzanian President Amina Juma about the "
     "trade corridor.", "spoke", "phone_call", ("Daniel Kamau", "Amina Juma")),
    ("Foreign Minister Ana Koval spoke over the phone with her Latvian counterpart Edgars Ozols on Friday.",
     "spoke", "phone_call", ("Ana Koval", "Edgars Ozols")),
    # "X held talks with Y" read as a noun phrase: "held" its modifier, X the modifier's subject
    ("Kenyan Foreign Minister Achieng Mwangi-Otieno held talks with her Norwegian counterpart Sigrid Holmvik in Oslo on "
     "Tuesday, the first visit by a Kenyan foreign minister to Norway in more than a decade.",
     "talks", "meeting", ("Achieng Mwangi-Otieno", "Sigrid Holmvik")),
    ("Russian President Vladimir Putin met with Turkish President Recep Tayyip Erdogan in Astana on "
     "Wednesday.",
     "met", "meeting", ("Vladimir Putin", "Recep Tayyip Erdogan")),
    ("Indian Prime Minister Narendra Modi held talks with Austrian Chancellor Karl Nehammer in Vienna "
     "on Wednesday.",
     "talks", "meeting", ("Narendra Modi", "Karl Nehammer")),
    ("Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held talks in "
     "Washington on Thursday.",
     "talks", "meeting", ("Fumio Kishida", "Yoon Suk Yeol")),
    ("The talks between Chinese Foreign Minister Wang Yi and U.S. Secretary of State Antony Blinken "
     "in Vientiane on Friday focused on trade.",
     "talks", "meeting", ("Wang Yi", "Antony Blinken")),
    ("Talks between Chinese Foreign Minister Wang Yi and U.S. Secretary of State Antony Blinken "
     "were held in Vientiane on Friday.",
     "Talks", "meeting", ("Wang Yi", "Antony Blinken")),
    ("Brazilian President Luiz Inacio Lula da Silva's meeting with Argentine President Javier Milei "
     "in Brasilia on Thursday focused on trade.",
     "meeting", "meeting", ("Luiz Inacio Lula da Silva", "Javier Milei")),
    ("Turkish President Recep Tayyip Erdogan had a phone conversation with Russian President "
     "Vladimir Putin on Tuesday.",
     "conversation", "phone_call", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    ("Turkish President Recep Tayyip Erdogan spoke by phone with Russian President Vladimir Putin "
     "on Tuesday.",
     "spoke", "phone_call", ("Recep Tayyip Erdogan", "Vladimir Putin")),
    ("German Chancellor Olaf Scholz held a video call with Ukrainian President Volodymyr Zelensky "
     "on Thursday.",
     "call", "video_call", ("Olaf Scholz", "Volodymyr Zelensky")),
    ("Italian Prime Minister Giorgia Meloni spoke with Canadian Prime Minister Justin Trudeau via "
     "video link on Wednesday.",
     "spoke", "video_call", ("Giorgia Meloni", "Justin Trudeau")),
    ("Australian Prime Minister Anthony Albanese held talks with New Zealand Prime Minister "
     "Christopher Luxon via video link on Wednesday.",
     "talks", "video_call", ("Anthony Albanese", "Christopher Luxon")),
    ("Australian Prime Minister Anthony Albanese held a virtual meeting with New Zealand Prime "
     "Minister Christopher Luxon on Wednesday.",
     "meeting", "video_call", ("Anthony Albanese", "Christopher Luxon")),
    ("Chinese President Xi Jinping and Russian President Vladimir Putin exchanged congratulatory "
     "messages on Saturday.",
     "messages", "correspondence", ("Xi Jinping", "Vladimir Putin")),
    ("Chinese President Xi Jinping exchanged congratulatory messages with Russian President "
     "Vladimir Putin on Saturday.",
     "messages", "correspondence", ("Xi Jinping", "Vladimir Putin")),
    ("Chinese President Xi Jinping sent a congratulatory message to Russian President Vladimir "
     "Putin on Saturday.",
     "message", "correspondence", ("Xi Jinping", "Vladimir Putin")),
    ("Chinese Premier Li Qiang received Malaysian Prime Minister Anwar Ibrahim at the Great Hall of "
     "the People on Friday.",
     "received", "meeting", ("Li Qiang", "Anwar Ibrahim")),
    ("Egyptian President Abdel Fattah al-Sisi received Jordanian King Abdullah II in Cairo on "
     "Tuesday.",
     "received", "meeting", ("Abdel Fattah al-Sisi", "Abdullah II")),
    ("During his visit to Tokyo, Philippine President Ferdinand Marcos Jr. met Japanese Prime "
     "Minister Fumio Kishida on Tuesday.",
     "met", "meeting", ("Ferdinand Marcos Jr.", "Fumio Kishida")),
    ("Philippine President Ferdinand Marcos Jr. discussed maritime security while meeting with "
     "Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday.",
     "meeting", "meeting", ("Ferdinand Marcos Jr.", "Fumio Kishida")),
    ("While meeting with Japanese Prime Minister Fumio Kishida in Tokyo on Tuesday, Philippine "
     "President Ferdinand Marcos Jr. discussed maritime security.",
     "meeting", "meeting", ("Ferdinand Marcos Jr.", "Fumio Kishida")),
    # light verbs with a meal, verbs of negotiating and chatting, a cable
    ("Kenyan President William Ruto had a working lunch with German Chancellor Olaf Scholz in Berlin "
     "on Monday.",
     "lunch", "meeting", ("William Ruto", "Olaf Scholz")),
    ("Brazilian President Lula and Chilean President Gabriel Boric had breakfast together in Brasilia "
     "on Friday.",
     "breakfast", "meeting", ("Lula", "Gabriel Boric")),
    ("Foreign Minister Penny Wong negotiated with Chinese Foreign Minister Wang Yi for three hours "
     "in Beijing on Tuesday.",
     "negotiated", "meeting", ("Penny Wong", "Wang Yi")),
    ("Indian Prime Minister Narendra Modi chatted with US President Joe Biden in Hiroshima on Saturday.",
     "chatted", "meeting", ("Narendra Modi", "Joe Biden")),
    ("Chinese President Xi Jinping sent a congratulatory cable to Indonesian President Prabowo "
     "Subianto on Sunday.",
     "cable", "correspondence", ("Xi Jinping", "Prabowo Subianto")),
    # condolences and greetings are sent; handed over from someone else, the envoy met the recipient
    ("President Marie Laurent extended her sincere condolences to President Amina Otieno on Thursday.",
     "condolences", "correspondence", ("Marie Laurent", "Amina Otieno")),
    ("Chinese President Xi Jinping sent greetings to Kenyan President William Ruto on Sunday.",
     "greetings", "correspondence", ("Xi Jinping", "William Ruto")),
    ("Chile's Ambassador to Peru, Jorge Rivas, conveyed greetings from President Rosa Valdivia "
     "to President Luis Vega.",
     "greetings", "meeting", ("Jorge Rivas", "Luis Vega")),
    # "sat down with", "sat with": a meeting
    ("Kenyan President William Ruto sat down with Chilean President Rosa Valdivia at the summit venue.",
     "sat", "meeting", ("William Ruto", "Rosa Valdivia")),
    ("Kenyan President William Ruto sat with Chilean President Rosa Valdivia for an hour on Monday.",
     "sat", "meeting", ("William Ruto", "Rosa Valdivia")),
    # a person named by kinship, or two who met each other, are met
    ("Ghanaian President Kofi Mensah meets Togolese leader Jean Akou's sister Ama Akou at the border on "
     "Monday.",
     "meets", "meeting", ("Kofi Mensah", "Ama Akou")),
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni met each other in Kampala on "
     "Monday.",
     "met", "meeting", ("William Ruto", "Yoweri Museveni")),
    # a conference is a call when the words on it say how; a press conference is none
    ("Ugandan President Yoweri Museveni held a video conference with Kenyan President William Ruto on "
     "Tuesday.",
     "conference", "video_call", ("Yoweri Museveni", "William Ruto")),
    ("French President Emmanuel Macron had a telephone conference with German Chancellor Olaf Scholz "
     "on Friday.",
     "conference", "phone_call", ("Emmanuel Macron", "Olaf Scholz")),
    ("Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese held a virtual "
     "session on Thursday.",
     "session", "video_call", ("Narendra Modi", "Anthony Albanese")),
    # the one received, put after the place and the day (the parse reads it as an adverbial)
    ("Bahraini King Faris bin Hamad received in Manama yesterday the Jordanian Deputy Interior Minister, "
     "Prince Zaid bin Faisal, who was on a working visit to Bahrain.",
     "received", "meeting", ("Faris bin Hamad", "Zaid bin Faisal")),
]


@pytest.mark.parametrize("text, trigger, predicate, parties", TRIGGERS)
def test_relations_trigger_predicate_and_parties(run_text, text, trigger, predicate, parties):
    rel = _one(run_text, text)
    assert (rel["trigger"], rel["predicate"], rel["parties"]) == (trigger, predicate, parties)
    assert text[rel["trigger_start"]:rel["trigger_start"] + len(trigger)] == trigger
    assert (rel["negated"], rel["modality"]) == (False, "asserted")


# (text, location_text, time_text)
PLACE_AND_TIME = [
    ("Chinese President Xi Jinping met French President Emmanuel Macron in Paris on Monday.",
     "Paris", "Monday"),
    ("Indian Prime Minister Narendra Modi held talks with Austrian Chancellor Karl Nehammer in Vienna "
     "on Wednesday.", "Vienna", "Wednesday"),
    ("U.S. President Joe Biden will host Israeli Prime Minister Benjamin Netanyahu at the White "
     "House on Thursday.", "White House", "Thursday"),
    ("BEIJING, July 27 (Xinhua) -- Chinese Vice President Han Zheng met Cuban Vice President "
     "Salvador Valdes Mesa here on Saturday.", "here", "Saturday"),
    ("Turkish President Recep Tayyip Erdogan had a phone conversation with Russian President "
     "Vladimir Putin on Tuesday.", None, "Tuesday"),
]


@pytest.mark.parametrize("text, location, time", PLACE_AND_TIME)
def test_relations_location_and_time_text(run_text, text, location, time):
    rel = _one(run_text, text)
    assert (rel["location_text"], rel["time_text"]) == (location, time)


# (text, negated, modality)
MODALITY = [
    ("Slovak Prime Minister Juraj Hlinka's schedule includes meetings with President Pavel Cerny.", False,
     "planned"),
    # "likely to meet": a guess, no plan
    ("Chilean President Luis Mora is likely to meet Argentine President Juan Pardo in Germany in July.", False,
     "hypothetical"),
    # a demand for a meeting is none; preparations for one are a plan
    ("Hungary repeated its demand for a meeting between Prime Minister Gabor Kiss and Ukrainian President Taras "
     "Bondar.", False, "hypothetical"),
    ("Preparations for a meeting between Prime Minister Gabor Kiss and Ukrainian President Taras Bondar are under "
     "way.", False, "planned"),
    # "is to": what is arranged; "expected" or "due" somewhere for talks: a visit set
    ("Swedish Prime Minister Lars Holm is to meet Finnish President Aino Virtanen on Thursday.", False, "planned"),
    ("Greek Foreign Minister Nikos Alexiou is expected in Sofia on Monday for a meeting with Bulgarian President "
     "Ivan Dimov.", False, "planned"),
    ("Peruvian President Ana Ruiz is due in Quito on Thursday for talks with Ecuadorian President Luis Mora.",
     False, "planned"),
    ("Peruvian President Ana Ruiz went to Quito on Thursday for talks with Ecuadorian President Luis Mora.",
     False, "asserted"),
    # a demand for talks is no talks
    ("Kenyan President Amina Otieno called for talks with opposition leader Carlos Mena.", False, "hypothetical"),
    ("Kenyan President Amina Otieno pushed for dialogue with opposition leader Carlos Mena.", False, "hypothetical"),
    # "would" in a report is its future, where a day says it is set; without one, an intention
    ("Australian Prime Minister Mark Ellison said he would hold a bilateral meeting with Chinese Premier Li Wen "
     "on Tuesday.", False, "planned"),
    ("Mexican President Ana Ruiz announced that she would talk to Brazilian President Joao Costa about trade.",
     False, "hypothetical"),
    ("Estonian Foreign Minister Mart Kask is slated to meet Latvian Foreign Minister Ilze Berzina on Friday.",
     False, "planned"),
    # a call to be paid: its own "to" is no demand ("called on X to release ...")
    ("Indian Foreign Secretary Anand Raghunathan is scheduled to call on President Chandra Sapkota on Thursday "
     "before flying back to New Delhi.", False, "planned"),
    # the negation on the adjective's copula ("was not able to meet")
    ("Chinese Premier Li Wei was not able to meet Ukrainian President Petro Koval since his schedule was "
     "full.", True, "asserted"),
    ("Chinese Premier Li Wei was able to meet Ukrainian President Petro Koval on Friday.", False, "asserted"),
    ("Chinese Premier Li Wei will be able to meet Ukrainian President Petro Koval on Friday.", False, "planned"),
    ("U.S. President Joe Biden will host Israeli Prime Minister Benjamin Netanyahu at the White "
     "House on Thursday.", False, "planned"),
    ("French President Emmanuel Macron will meet German Chancellor Olaf Scholz in Berlin on Friday.",
     False, "planned"),
    ("Spanish Prime Minister Pedro Sanchez is due to meet Portuguese Prime Minister Luis Montenegro "
     "in Lisbon on Friday.", False, "planned"),
    ("French President Emmanuel Macron did not meet German Chancellor Olaf Scholz in Berlin on "
     "Friday.", True, "asserted"),
    ("German Chancellor Olaf Scholz has not met Chinese President Xi Jinping this year.",
     True, "asserted"),
    ("French President Emmanuel Macron never met Russian President Vladimir Putin in Moscow.",
     True, "asserted"),
    ("French President Emmanuel Macron could meet German Chancellor Olaf Scholz in Berlin next week.",
     False, "hypothetical"),
    ("French President Emmanuel Macron might meet German Chancellor Olaf Scholz in Berlin on Friday.",
     False, "hypothetical"),
    ("French President Emmanuel Macron said he would meet German Chancellor Olaf Scholz if the "
     "budget passed.", False, "hypothetical"),
    # the trigger as the object of a preposition, of a request, or after "yet to"
    ("Mexican President Claudia Sheinbaum did not agree to a meeting with Ukrainian President "
     "Volodymyr Zelensky in New York.", True, "planned"),
    ("Armenian Prime Minister Nikol Pashinyan has yet to meet Azerbaijani President Ilham Aliyev.",
     True, "asserted"),
    ("Ukrainian President Volodymyr Zelensky made a request to meet Chinese President Xi Jinping in "
     "Beijing.", False, "hypothetical"),
    ("South Korean President Moon Jae-in is pushing for talks with Japanese Prime Minister Yoshihide "
     "Suga.", False, "hypothetical"),
    ("Indian Prime Minister Narendra Modi will travel to Paris for talks with French President "
     "Emmanuel Macron.", False, "planned"),
    ("Indian Prime Minister Narendra Modi went to the Elysee Palace for talks with French President "
     "Emmanuel Macron on Monday.", False, "asserted"),
    ("Turkish President Recep Tayyip Erdogan looks forward to meeting Brazilian President Lula in "
     "Ankara.", False, "hypothetical"),
    # a meeting envisaged is planned
    ("A meeting between President Ana Lopes and Chancellor Hans Weber is also envisaged.", False, "planned"),
    # meetings among engagements to come are still to come
    ("While in New Zealand, Prime Minister Sitiveni Vula will undertake engagements including bilateral meetings "
     "with Anna Reid.", False, "planned"),
    # ... but one set for a day, or upcoming, is planned
    ("President Alan Reed looks forward to welcoming Chancellor Eva Roth to the White House on Friday, June 26.",
     False, "planned"),
    ("President Alan Reed said he looked forward to his upcoming talks with Chancellor Eva Roth.", False,
     "planned"),
    # a meeting in a "when" clause keeps its own tense: past, or to come under a main clause that is
    ("When President Tom Reyes and Chancellor Lena Vogt met in Lima last November, they agreed to hold regular "
     "talks.", False, "asserted"),
    ("When President Tom Reyes meets Chancellor Lena Vogt next week, they will sign a trade deal.", False,
     "planned"),
    # what was to be and did not happen; what is to be
    ("Finnish Prime Minister Antti Lahti was supposed to meet Latvian President Ivo Berzins on Monday but he "
     "fell ill.", False, "hypothetical"),
    ("Finnish Prime Minister Antti Lahti is supposed to meet Latvian President Ivo Berzins on Friday.", False,
     "planned"),
    # doubted: the text does not say it took place
    ("The party denounced the purported meeting between Kenyan President William Ruto and Ghanaian "
     "President John Mahama.", False, "hypothetical"),
    ("Kenyan President William Ruto allegedly met Ghanaian President John Mahama in Accra.", False,
     "hypothetical"),
    ("Officials ruled out the possibility of talks between Kenyan President William Ruto and Ghanaian "
     "President John Mahama.", False, "hypothetical"),
    # the doubt on the verb that reports the meeting; "reportedly" is how news states what happened
    ("The meeting between Kenyan President William Ruto and Ghanaian President John Mahama allegedly took "
     "place at a secret location in Accra.", False, "hypothetical"),
    ("Talks between Kenyan President William Ruto and Ghanaian President John Mahama supposedly lasted three "
     "hours.", False, "hypothetical"),
    ("The meeting between Kenyan President William Ruto and Ghanaian President John Mahama took place in "
     "Accra on Friday.", False, "asserted"),
    ("Talks between Kenyan President William Ruto and Ghanaian President John Mahama reportedly took place "
     "in Accra on Friday.", False, "asserted"),
    # "going to meet" is still to come; "went to Accra to meet" happened
    ("Kenyan President William Ruto is going to meet Ghanaian President John Mahama in Accra.",
     False, "planned"),
    ("Kenyan President William Ruto later went to the State House to meet Ghanaian President John "
     "Mahama.", False, "asserted"),
    ("Tokyo denied reports that Japanese Prime Minister Shigeru Ishiba will meet Mongolian President "
     "Ukhnaagiin Khurelsukh in Ulaanbaatar.", True, "hypothetical"),
    # a meeting named in an adverbial takes the time of its clause
    ("During their meeting, Kenyan President William Ruto and Ghanaian President Kofi Mensah are expected "
     "to sign a trade deal.", False, "planned"),
    ("During their meeting, Kenyan President William Ruto and Ghanaian President Kofi Mensah signed a "
     "trade deal.", False, "asserted"),
    # a wish, whatever form the verb takes (the lemmatiser reads "hopes" as "hop")
    ("Kenyan President William Ruto hopes to meet Ghanaian President Kofi Mensah later this year.",
     False, "hypothetical"),
    ("Kenyan President William Ruto is hoping to meet Ghanaian President Kofi Mensah later this year.",
     False, "hypothetical"),
    # a try that came to nothing, a request, a readiness: no interaction
    ("Kenyan President William Ruto was unable to meet Ghanaian President Kofi Mensah during the summit.",
     True, "hypothetical"),
    ("Kenyan President William Ruto failed to meet Ghanaian President Kofi Mensah in Accra.", True,
     "hypothetical"),
    ("Kenyan President William Ruto skipped a meeting with Ghanaian President Kofi Mensah.", True,
     "hypothetical"),
    ("Kenyan President William Ruto asked to meet Ghanaian President Kofi Mensah in Accra.", False,
     "hypothetical"),
    ("Kenyan President William Ruto is ready to hold talks with Ghanaian President Kofi Mensah.", False,
     "hypothetical"),
    # one's own expectation is a hope; being expected to, a plan
    ("Kenyan President William Ruto expects to meet Ghanaian President Kofi Mensah next week.",
     False, "hypothetical"),
    ("Kenyan President William Ruto is expected to meet Ghanaian President Kofi Mensah next week.",
     False, "planned"),
    # "before their talks" looks forward, but not in a photo's moment
    ("Ahead of a meeting with Ghanaian President Kofi Mensah, Kenyan President William Ruto says trade "
     "must grow.", False, "planned"),
    ("Kenyan President William Ruto (L) and Ghanaian President Kofi Mensah (R) shake hands before their "
     "talks in Nairobi on Monday.", False, "asserted"),
]


@pytest.mark.parametrize("text, parties", [
    # the name set off after a role and its posting
    ("President John Mensah on Tuesday received the Ambassador of Brazil to Ghana, Ms. Ana Costa, at the "
     "Jubilee House.", ("John Mensah", "Ana Costa")),
    # "HE" before a name is His Excellency, no pronoun
    ("HRH Prince Faisal bin Khalid met with HE Dr. Ali Bagheri Kani on the sidelines of the forum.",
     ("Faisal bin Khalid", "Ali Bagheri Kani")),
    ("Kenyan President William Ruto, accompanied by Foreign Minister Ana Korir, met Ghanaian President "
     "Kofi Mensah in Nairobi on Monday.", ("William Ruto", "Kofi Mensah")),
    ("Kenyan President William Ruto, flanked by Foreign Minister Ana Korir and Trade Minister Joe Mutua, "
     "met Ghanaian President Kofi Mensah in Nairobi on Monday.", ("William Ruto", "Kofi Mensah")),
    ("Prime Minister Tama Ruatapu, supported by Foreign Secretary Ani Marsters, met Samoan Prime Minister Tala "
     "Fono on Monday.", ("Tama Ruatapu", "Tala Fono")),
    # the one escorted to a meeting meets; the escorts do not
    ("Health Minister Sione Vake and Lands Minister Ana Tupa accompanied Prime Minister Tala Fono to meet "
     "President Kofi Mensah on Monday.", ("Tala Fono", "Kofi Mensah")),
    ("Accompanying Prime Minister Tala Fono to meet President Kofi Mensah were Health Minister Sione Vake and "
     "Lands Minister Ana Tupa.", ("Tala Fono", "Kofi Mensah")),
    ("Health Minister Sione Vake accompanied Prime Minister Tala Fono to his meeting with President Kofi Mensah "
     "on Monday.", ("Tala Fono", "Kofi Mensah")),
    # a delegation led by someone is that person
    ("Kenyan President William Ruto met a delegation led by Ghanaian President Kofi Mensah in Nairobi.",
     ("William Ruto", "Kofi Mensah")),
    # the guest named by a visiting clause the parse makes the subject
    ("Visiting Qatari Foreign Minister Sheikh Khalid Al-Thani on Tuesday held talks with Algerian Prime Minister, "
     "Ahmed Benali, in Algiers.", ("Khalid Al-Thani", "Ahmed Benali")),
])
def test_relations_those_who_come_along_are_no_party(run_text, text, parties):
    assert _one(run_text, text)["parties"] == parties


@pytest.mark.parametrize("text, negated, modality", MODALITY)
def test_relations_negation_and_modality(run_text, text, negated, modality):
    rel = _one(run_text, text)
    assert rel["predicate"] == "meeting"
    assert (rel["negated"], rel["modality"]) == (negated, modality)
    assert len(rel["parties"]) == 2


# (text, counterparts of the first party, each in its own relation)
SEVERAL = [
    ("At the summit venue, Kenyan President William Ruto sat down with Chilean President Rosa Valdivia, "
     "Finnish President Mikko Laine and Ghanaian President Kofi Mensah.",
     "William Ruto", {"Rosa Valdivia", "Mikko Laine", "Kofi Mensah"}),
    ("On the sidelines of the summit, U.S. President Joe Biden met Japanese Prime Minister Fumio "
     "Kishida, South Korean President Yoon Suk Yeol and Australian Prime Minister Anthony Albanese "
     "on Thursday.",
     "Joe Biden", {"Fumio Kishida", "Yoon Suk Yeol", "Anthony Albanese"}),
    ("Chinese Foreign Minister Wang Yi held separate meetings with Russian Foreign Minister Sergei "
     "Lavrov and Thai Foreign Minister Maris Sangiampongsa in Vientiane on Thursday.",
     "Wang Yi", {"Sergei Lavrov", "Maris Sangiampongsa"}),
    ("Chinese Foreign Minister Wang Yi held separate meetings with Russian Foreign Minister Sergei "
     "Lavrov and Indian External Affairs Minister Subrahmanyam Jaishankar in Vientiane on Thursday.",
     "Wang Yi", {"Sergei Lavrov", "Subrahmanyam Jaishankar"}),
    # a group spelled out by "including", under a quantity noun or after the verb's other words
    ("Brazilian President Lula on Monday welcomed a group of visiting presidents, including South African "
     "President Cyril Ramaphosa and Chilean President Gabriel Boric, at the venue in Rio de Janeiro.",
     "Lula", {"Cyril Ramaphosa", "Gabriel Boric"}),
    ("Chinese President Xi Jinping met several African leaders in Beijing on Monday, including Kenyan "
     "President William Ruto and Nigerian President Bola Tinubu.",
     "Xi Jinping", {"William Ruto", "Bola Tinubu"}),
    # an "including" list that goes on in the next sentence's "Others include"
    ("Rwandan Foreign Minister Vincent Mugabo met his counterparts from several countries, including Augusto Silva "
     "of Portugal. Others include Nikos Dendias of Greece and Karl Berg of Sweden.",
     "Vincent Mugabo", {"Augusto Silva", "Nikos Dendias", "Karl Berg"}),
    # the one whose trip or schedule includes the meetings
    ("Spanish President Ana Ruiz arrived in Lima on Monday. The President's trip included meetings with King "
     "Carlos Mendez and Prime Minister Diego Soto.", "Ana Ruiz", {"Carlos Mendez", "Diego Soto"}),
    # ... or under the group's "from" phrase
    ("Rwandan Foreign Minister Vincent Mugabo also met with his counterparts from several other countries, "
     "including Augusto Silva of Portugal and Nikos Dendias of Greece.",
     "Vincent Mugabo", {"Augusto Silva", "Nikos Dendias"}),
    # a second "of" the parse hangs on the verb continues the object
    ("Kenyan President William Ruto received the letters of credence of the incoming envoys of Brazil, Carlos "
     "Mendes, and of Norway, Lars Holm, in Nairobi on Tuesday.",
     "William Ruto", {"Carlos Mendes", "Lars Holm"}),
    # a group spelled out right after it, set off by a comma or a dash
    ("Malaysian Prime Minister Razak Musa met two of his counterparts, Australian Prime Minister Jack "
     "Brown and Thai Prime Minister Somchai Thep, on Tuesday.",
     "Razak Musa", {"Jack Brown", "Somchai Thep"}),
    ("Malaysian Prime Minister Razak Musa met three leaders - Jack Brown, Somchai Thep and Tran Minh - "
     "in Hanoi.",
     "Razak Musa", {"Jack Brown", "Somchai Thep", "Tran Minh"}),
    # ", and B" the parse hangs on the verb continues the list
    ("Prime Minister Tran Van Minh had telephone talks with Lao Prime Minister Somsak Vongsa, and Thai "
     "Prime Minister Anan Chaiyo on Friday.",
     "Tran Van Minh", {"Somsak Vongsa", "Anan Chaiyo"}),
    # a second titled name after a comma the parse hangs loose on the verb continues the list
    ("King Omar of Jordan met Kenyan President Amina Otieno, Ghanaian President Kofi Mensah and Chilean "
     "President Rosa Valdivia in Amman on Monday.",
     "Omar", {"Amina Otieno", "Kofi Mensah", "Rosa Valdivia"}),
    ("King Omar met Kenyan President Amina Otieno, President Kofi Mensah of Ghana and Chilean President "
     "Rosa Valdivia in Amman.",
     "Omar", {"Amina Otieno", "Kofi Mensah", "Rosa Valdivia"}),
    # a group ", among them A and B"; a later item "and of <country>, B" of a list of envoys
    ("President Amina Otieno held talks with a number of visiting leaders, among them Ghanaian President Kofi "
     "Mensah and Zambian President Ana Moyo.", "Amina Otieno", {"Kofi Mensah", "Ana Moyo"}),
    ("Minister Ana Koval met with the Ambassadors of Latvia, Edgars Ozols, and of Estonia, Mart Tamm.",
     "Ana Koval", {"Edgars Ozols", "Mart Tamm"}),
    # members of a body listed one by one: its first-named member stands for it
    ("On Monday, Governor Almaz Toktorov met members of the Uzbek border commission Dilshod Yusupov, Bakhrom "
     "Tursunov and Nodira Alimova in Batken.", "Almaz Toktorov", {"Dilshod Yusupov"}),
    # whom a counterpart represents is no counterpart
    ("Emir Fahad Hassan met Sudan's President Omar Haddad, Sayyid Faisal bin Nasser, representative of Sultan "
     "Salim Said of Oman, and Karim Saleh, Speaker of the National Assembly of Algeria.",
     "Fahad Hassan", {"Omar Haddad", "Faisal bin Nasser", "Karim Saleh"}),
    # "with A and B to affirm ...": the parse reads a clause of its own, A and B its subject
    ("Foreign Minister Ana Koval will also hold talks Monday with Latvian Foreign Minister Janis Berzins and "
     "Estonian Foreign Minister Mart Tamm to affirm their coordination.",
     "Ana Koval", {"Janis Berzins", "Mart Tamm"}),
]


@pytest.mark.parametrize("text, host, guests", SEVERAL)
def test_relations_several_counterparts_one_relation_each(run_text, text, host, guests):
    rels = _relations(run_text, text)
    assert sorted(r["parties"] for r in rels) == sorted((host, g) for g in guests)


@pytest.mark.parametrize("text", [
    "The leaders who met Ghanaian President Kofi Mensah on Monday included Kenyan President Amina Otieno and "
    "Chilean President Rosa Valdivia.",
    "Among the leaders who met Ghanaian President Kofi Mensah on Monday were Kenyan President Amina Otieno and "
    "Chilean President Rosa Valdivia.",
    "Those who held talks with Ghanaian President Kofi Mensah on Monday included Kenyan President Amina Otieno "
    "and Chilean President Rosa Valdivia.",
    "Leaders received by Ghanaian President Kofi Mensah on Monday included Kenyan President Amina Otieno and "
    "Chilean President Rosa Valdivia.",
    "Some of the leaders who met Ghanaian President Kofi Mensah on Monday included Kenyan President Amina "
    "Otieno and Chilean President Rosa Valdivia.",
    # "said to have met": the parse makes "said" the root and "included" its clause
    "Some of the leaders said to have met with President Kofi Mensah on Monday included President Amina "
    "Otieno of Kenya and Rosa Valdivia of Chile.",
    # a list set off by semicolons, which the parse breaks after the first item
    "Leaders who met with President Kofi Mensah on Monday included President Amina Otieno of Kenya; "
    "and Rosa Valdivia of Chile.",
])
def test_relations_a_group_spelled_out_in_its_own_sentence_meets_one_by_one(run_text, text):
    rels = _relations(run_text, text)
    assert sorted(tuple(sorted(r["parties"])) for r in rels) == [
        ("Amina Otieno", "Kofi Mensah"), ("Kofi Mensah", "Rosa Valdivia")]


@pytest.mark.parametrize("text", [
    "President Samuel Okoro on Tuesday received letters of credence from new ambassadors at the State House. "
    "He urged the envoys to work with the foreign ministry. The ambassadors presenting their credentials "
    "included: Lena Varga (Hungary); Tomas Ruiz (Chile); Aiko Mori (Japan).",
    "President Samuel Okoro on Tuesday received letters of credence from new ambassadors at the State House. "
    "The ambassadors presenting their credentials included: Mr. Kenji Sato (Japan); Brahim Saleh (Chad); "
    "Rodolphe Mba (Gabon).",
    # the list some sentences after the group it spells out
    "President Samuel Okoro on Tuesday received letters of credence from new ambassadors at the State House. "
    "He urged the envoys to work with the foreign ministry. \"Your arrival marks a new chapter,\" Okoro said. "
    "He named trade and security as priorities. The ambassadors included Lena Varga of Hungary, Tomas Ruiz "
    "of Chile and Aiko Mori of Japan.",
    # "the envoys who presented their credentials are ...": each to the host, not to one another
    "President Samuel Okoro on Tuesday received the credentials of three new envoys at State House. The new "
    "envoys who presented their credentials are Mrs Lena Varga, Ambassador of Hungary; Mr Tomas Ruiz, "
    "Ambassador of Chile; and Ms Aiko Mori, High Commissioner of Japan.",
])
def test_relations_envoys_listed_after_a_ceremony_each_meet_the_host_not_one_another(run_text, text):
    out = run_text({"d": text}, published=PUBLISHED)
    events = [tuple(sorted(p["name"] for p in e["participants"])) for e in out["events"]]
    assert sorted(events) == sorted(tuple(sorted(("Samuel Okoro", g))) for g in
                                    [p for e in events for p in e if p != "Samuel Okoro"]), events
    assert len(events) == 3


@pytest.mark.parametrize("text", [
    "Leaders who met with President Kofi Mensah on Monday included President Jean Koffi of Cote d’Ivoire; "
    "Paul Tano of Benin Republic; and Rock Ouedraogo of Burkina Faso.",
    "President Kofi Mensah on Monday met President Jean Koffi of Cote d’Ivoire; Paul Tano of Benin "
    "Republic; Ali Kamara of Liberia and Rock Ouedraogo of Burkina Faso.",
])
def test_relations_a_list_set_off_by_semicolons_meets_the_host_item_by_item(run_text, text):
    out = run_text({"d": text}, published=PUBLISHED)
    events = sorted((p["name"], p["country"]) for e in out["events"] for p in e["participants"]
                    if p["name"] != "Kofi Mensah")
    guests = [("Jean Koffi", "CIV"), ("Paul Tano", "BEN"), ("Rock Ouedraogo", "BFA")]
    if "Kamara" in text:
        guests.append(("Ali Kamara", "LBR"))
    assert events == sorted(guests)
    assert all(any(p["name"] == "Kofi Mensah" for p in e["participants"]) for e in out["events"])


def test_relations_the_last_item_after_a_serial_comma_meets_the_host(run_text):
    # the parse hangs "Arturs Janis Berzins" on "scheduled", past ", and"
    text = ("Foreign Minister Anna Berg arrived in Riga on Monday. She is scheduled to meet with President Andris "
            "Ozols, Speaker Ilze Kalnina, and Prime Minister Arturs Janis Berzins.")
    out = run_text({"d": text}, published=PUBLISHED)
    assert sorted(p["name"] for e in out["events"] for p in e["participants"] if p["name"] != "Anna Berg") == [
        "Andris Ozols", "Arturs Janis Berzins", "Ilze Kalnina"]


@pytest.mark.parametrize("text, pairs", [
    ("President Kofi Mensah met President Jean Koffi of Cote d’Ivoire; Paul Tano met Ali Kamara in Accra.",
     [("Ali Kamara", "Paul Tano"), ("Jean Koffi", "Kofi Mensah")]),
    ("President Kofi Mensah met President Jean Koffi of Cote d’Ivoire; Paul Tano, who chairs the bloc, was "
     "absent.", [("Jean Koffi", "Kofi Mensah")]),
])
def test_relations_a_clause_after_a_semicolon_is_no_list_item(run_text, text, pairs):
    assert _event_pairs(run_text, text) == pairs


@pytest.mark.parametrize("text", [
    "Six ambassadors called on Governor Rosa Delgado yesterday. The group was made up of Ambassadors Tomas "
    "Vrana of Czechia and Amina Keita of Mali.",
    "Six ambassadors called on Governor Rosa Delgado yesterday. The group comprised Ambassadors Tomas Vrana of "
    "Czechia and Amina Keita of Mali.",
    "Governor Rosa Delgado received four ambassadors on Monday. The delegation consisted of Tomas Vrana of "
    "Czechia and Amina Keita of Mali.",
])
def test_relations_a_group_spelled_out_as_what_it_is_made_of_meets_the_host(run_text, text):
    out = run_text({"d": text}, published=PUBLISHED)
    assert sorted(tuple(sorted((p["name"], p["country"] or "") for p in e["participants"]))
                  for e in out["events"]) == [(("Amina Keita", "MLI"), ("Rosa Delgado", "")),
                                              (("Rosa Delgado", ""), ("Tomas Vrana", "CZE"))]


@pytest.mark.parametrize("text", [
    "Hungarian Foreign Minister Lena Varga held a telephone conversation at the request of Chilean Foreign "
    "Minister Tomas Irarrazaval on Monday.",
    "Hungarian Foreign Minister Lena Varga spoke by telephone at the initiative of Chilean Foreign Minister Tomas "
    "Irarrazaval on Monday.",
])
def test_relations_a_call_at_someones_request_is_with_them(run_text, text):
    (rel,) = _relations(run_text, text)
    assert sorted(rel["parties"]) == ["Lena Varga", "Tomas Irarrazaval"]


def test_relations_a_welcome_given_after_a_second_passive_verb(run_text):
    text = ("Prime Minister Tala Fono arrived in Apia on Monday. He was driven to the square and given a welcome by "
            "President Rose Hill.")
    assert sorted(tuple(sorted(r["parties"])) for r in _relations(run_text, text)) == [("Rose Hill", "Tala Fono")]


def test_relations_an_object_pronoun_after_two_verbs_is_not_their_shared_subject(run_text):
    # "escorted him": not the general who met the minister and escorted him
    text = ("General Roy Hale met Defence Minister Hal Oake on Monday and escorted him to a dinner with "
            "President Ana Ruiz.")
    pairs = sorted(tuple(sorted(r["parties"])) for r in _relations(run_text, text))
    assert pairs == [("Ana Ruiz", "Hal Oake"), ("Hal Oake", "Roy Hale")]


def test_relations_a_group_that_only_attended_meets_no_one(run_text):
    text = ("The leaders who attended the summit on Monday included Kenyan President Amina Otieno and Chilean "
            "President Rosa Valdivia.")
    assert _relations(run_text, text) == []


@pytest.mark.parametrize("text, predicate", [
    ("Kenyan President Amina Otieno and Ghanaian President Kofi Mensah held talks in Nairobi on Monday before a "
     "joint press conference.", "meeting"),
    ("Kenyan President Amina Otieno spoke with Ghanaian President Kofi Mensah at a news conference in Nairobi on "
     "Monday.", "meeting"),
])
def test_relations_talks_beside_a_press_conference_stay(run_text, text, predicate):
    rel = _one(run_text, text)
    assert (rel["predicate"], rel["parties"]) == (predicate, ("Amina Otieno", "Kofi Mensah"))


def test_relations_a_past_in_the_press_leaves_a_party(run_text):
    text = ("Kenyan President Amina Otieno met Ghanaian President Kofi Mensah, who once worked as a journalist, "
            "in Nairobi on Monday.")
    assert [r["parties"] for r in _relations(run_text, text)] == [("Amina Otieno", "Kofi Mensah")]


@pytest.mark.parametrize("text", [
    "Ghanaian President Kofi Mensah arrived in Nairobi on Monday. Mensah's two-day visit and meeting with "
    "Kenyan President Amina Otieno was meant to deepen ties.",
    "Ghanaian President Kofi Mensah's arrival and talks with Kenyan President Amina Otieno on Monday drew crowds.",
])
def test_relations_the_possessor_of_a_visit_has_the_meeting_joined_to_it(run_text, text):
    assert [r["parties"] for r in _relations(run_text, text)] == [("Kofi Mensah", "Amina Otieno")]


# (text, parties): a pronoun or a bare title resolved in the document
COREFERENCE = [
    # "I" or "we" in a quote: the one quoted
    ("Trade was discussed in Munich. \"I talked with Prime Minister Ivan Petrov in Munich,\" wrote President "
     "Goran Trajkov.", ("Goran Trajkov", "Ivan Petrov")),
    ("Trade was discussed in Munich. \"We held talks with Prime Minister Ivan Petrov on trade,\" President Goran "
     "Trajkov said.", ("Goran Trajkov", "Ivan Petrov")),
    # "you" in a quote: the one it is told to
    ("Trade was discussed in Munich. \"We held talks with you on September 3,\" Defence Minister Ivan Petrov told "
     "French Minister Claire Dubois.", ("Ivan Petrov", "Claire Dubois")),
    # "the WHO chief": the one whose title names that organisation
    ("WHO Director-General Dr Amara Kone arrived in Kathmandu on Wednesday. The WHO chief met Health Minister "
     "Sita Thapa on Thursday.", ("Amara Kone", "Sita Thapa")),
    # "between the two leaders": the pair named before
    ("US President Mark Hale arrived in Vienna on Monday with Russian President Ivan Orlov. The first bilateral "
     "meeting between the two leaders took place in Helsinki in July.", ("Mark Hale", "Ivan Orlov")),
    # the one an object-control verb lets meet: its object ("enabled him to meet", "gave her the chance to meet")
    ("Crown Prince Faisal bin Tariq left Kuwait on Monday. He said the visit enabled him to meet with Amir Sheikh "
     "Nasser Al-Fahad and senior officials.", ("Faisal bin Tariq", "Nasser Al-Fahad")),
    ("Foreign Minister Ana Lopes left Lima on Monday. The trip gave her the opportunity to meet President Jorge "
     "Rivas.", ("Ana Lopes", "Jorge Rivas")),
    # a role by another of its names: "PM" for Prime Minister, "the foreign minister" for a Minister of Foreign Affairs
    ("Lao Prime Minister Bounmy Keola arrived in Hanoi on Monday. The Lao PM earlier sent a message of "
     "congratulations to Prime Minister Pham Van Long.", ("Bounmy Keola", "Pham Van Long")),
    ("Minister of Foreign Affairs Ana Lopes arrived in Lima on Monday. The foreign minister met President Jorge "
     "Rivas on Tuesday.", ("Ana Lopes", "Jorge Rivas")),
    # the one a relative clause is about, whatever role that one has in the sentence
    ("Chinese Foreign Minister Zhao Min arrived in Lima on Monday. The talks are a priority for Secretary Alan "
     "Price, who met with Zhao Min in New York last month.", ("Alan Price", "Zhao Min")),
    # "the ambassador" is the one whose role, with its posting, was set off before the name
    ("The Kenyan Ambassador to Egypt, Peter Otieno, arrived in Cairo last week. The ambassador met Foreign "
     "Minister Sami Adel on Tuesday.", ("Peter Otieno", "Sami Adel")),
    # a title that is also a given name, made a role by its article
    ("His Highness the Amir Sheikh Nasser bin Fahad visited Kigali on Sunday. Separately, HH the Amir received "
     "a phone call from President of the Republic of Tunisia Hichem Ben Ammar.",
     ("Nasser bin Fahad", "Hichem Ben Ammar")),
    # "called on X" with another clause joined on that has its own "to"
    ("Indian Foreign Minister Meenakshi Iyer arrived in Nairobi on Monday. She also called on President Daniel "
     "Mwangi on Tuesday and handed over an invitation to attend the summit in New Delhi.",
     ("Meenakshi Iyer", "Daniel Mwangi")),
    # an object pronoun is never the subject of its own clause
    ("Kenyan President William Ruto arrived in Accra on Monday. Ghanaian President Kofi Mensah met him "
     "at the airport.", ("Kofi Mensah", "William Ruto")),
    ("Kenyan President William Ruto arrived in Accra on Monday. Ghanaian President Kofi Mensah held talks "
     "with him on Tuesday.", ("Kofi Mensah", "William Ruto")),
    ("Kenyan President William Ruto arrived in Accra on Monday. Later, Ghanaian President Kofi Mensah "
     "phoned him.", ("Kofi Mensah", "William Ruto")),
    ("Kenyan President William Ruto arrived in Tokyo on Friday. He later met with Japanese Prime "
     "Minister Fumio Kishida.", ("William Ruto", "Fumio Kishida")),
    ("German Chancellor Olaf Scholz arrived in Paris on Friday. He met French President Emmanuel "
     "Macron at the Elysee Palace.", ("Olaf Scholz", "Emmanuel Macron")),
    ("French President Emmanuel Macron arrived in Beijing on Sunday. Chinese President Xi Jinping "
     "met the French president on Monday.", ("Xi Jinping", "Emmanuel Macron")),
    ("Ukrainian President Volodymyr Zelensky arrived in Washington on Tuesday. U.S. President Joe "
     "Biden received the Ukrainian president at the White House on Wednesday.",
     ("Joe Biden", "Volodymyr Zelensky")),
    # the name set off after a role, which the parse hangs elsewhere
    ("Andean Community Secretary-General Ana Torres arrived in Lima on Sunday. On Monday, the "
     "Secretary-General will meet the President of Chile, Mr. Jorge Salcedo.",
     ("Ana Torres", "Jorge Salcedo")),
    # surnames the tagger read as one event
    ("Swedish Defence Minister Erik Lindqvist visited Helsinki on Monday. After an afternoon meeting "
     "between Lindqvist and Virtanen, the Swedish minister said the alliance would grow. Finnish "
     "Defence Minister Aino Virtanen agreed.", ("Erik Lindqvist", "Aino Virtanen")),
    # a role named another way: "the premier" is the Prime Minister, and the reverse
    ("Vietnamese Prime Minister Tran Van Long is on a visit to Japan. The premier met Acme Motors "
     "Chairman Kim Dae-ho in Tokyo on Tuesday.", ("Tran Van Long", "Kim Dae-ho")),
    ("Premier Wang Lei of China arrived in Canberra on Sunday. The prime minister met Australian "
     "Governor-General Anne Hill on Monday.", ("Wang Lei", "Anne Hill")),
    # an office named by what it is: the head of state is the president or the king named earlier
    ("Gabonese President Ali Bongo arrived in Beijing on Sunday. On Monday the head of state held "
     "negotiations with Chinese Premier Wen Jiabao.", ("Ali Bongo", "Wen Jiabao")),
    ("King Hamad of Bahrain flew to Paris on Sunday. The head of state met French Prime Minister "
     "Gabriel Attal on Monday.", ("Hamad", "Gabriel Attal")),
    ("Prime Minister Kamla Persad-Bissessar of Trinidad and Tobago travelled to Madrid. The head of "
     "government held talks with King Felipe of Spain on Tuesday.", ("Kamla Persad-Bissessar", "Felipe")),
    # "the delegation" an earlier sentence says someone led: its head is the party
    ("A North Korean delegation led by Choe Ryong arrived in Seoul on Saturday. South Korean Prime "
     "Minister Lee Joon met the delegation for an hour.", ("Lee Joon", "Choe Ryong")),
    ("Choe Ryong headed a North Korean delegation that arrived in Seoul on Saturday. Prime Minister Lee "
     "Joon met the North Korean delegation for an hour.", ("Lee Joon", "Choe Ryong")),
]


@pytest.mark.parametrize("text", [
    # another delegation than the one named earlier
    "A North Korean delegation led by Choe Ryong arrived in Seoul on Saturday. Prime Minister Lee Joon "
    "met a Japanese delegation on Sunday.",
    "A North Korean delegation led by Choe Ryong arrived in Seoul on Saturday. Prime Minister Lee Joon "
    "met the Japanese delegation on Sunday.",
])
def test_relations_a_delegation_named_earlier_is_not_any_delegation(run_text, text):
    assert _relations(run_text, text) == []


@pytest.mark.parametrize("text", [
    "Vice Premier Wang Lei of China arrived in Canberra on Sunday. The premier met Australian "
    "Governor-General Anne Hill on Monday.",
    "Vice President Kashim Shettima and President Bola Tinubu flew to Paris. The deputy head of state "
    "met French Prime Minister Gabriel Attal.",
    "Deputy Prime Minister Ana Costa of Portugal arrived in Rome on Sunday. The prime minister met "
    "Italian President Marco Rossi on Monday.",
])
def test_relations_a_deputy_is_not_the_role_itself(run_text, text):
    assert _relations(run_text, text) == []


@pytest.mark.parametrize("text, host, guests", [
    ("French Foreign Minister Anne Roux and German Foreign Minister Jens Vogel arrived in Kyiv on Friday. "
     "Ukrainian President Olena Shevchuk met the French and German foreign ministers on Saturday.",
     "Olena Shevchuk", {"Anne Roux", "Jens Vogel"}),
    ("Kenyan President Amina Otieno and Ghanaian President Kofi Mensah arrived in Lima on Sunday. "
     "Peruvian President Rosa Quispe received the Kenyan and Ghanaian leaders on Monday.",
     "Rosa Quispe", {"Amina Otieno", "Kofi Mensah"}),
    ("Kenyan President Amina Otieno and Ghanaian President Kofi Mensah arrived in Lima on Sunday. "
     "The Kenyan and Ghanaian presidents held talks with Peruvian President Rosa Quispe on Monday.",
     "Rosa Quispe", {"Amina Otieno", "Kofi Mensah"}),
])
def test_relations_a_plural_role_with_nationalities_is_each_country_holder(run_text, text, host, guests):
    rels = [r for r in _relations(run_text, text) if r["sent_id"] == 1]
    # one meeting each, or one with all of them ("The Kenyan and Ghanaian presidents held talks with X")
    met = {p for r in rels if host in r["parties"] for p in r["parties"]} - {host}
    assert rels and met == guests


@pytest.mark.parametrize("text", [
    "Thai Prime Minister Somchai Wongsa visited Paris on Monday. Talks with French President Claire Dubois "
    "focused on trade.",
    "Thai Prime Minister Somchai Wongsa visited Paris on Monday. The meeting with French President Claire "
    "Dubois lasted an hour.",
    "Thai Prime Minister Somchai Wongsa arrived in Paris on Sunday.\nMonday (noon): Talks with French "
    "President Claire Dubois followed by lunch.",
    "Thai Prime Minister Somchai Wongsa arrived in Paris on Sunday.\nMonday: Meeting with French President "
    "Claire Dubois.",
    # a meeting that "was with" someone, the parse hanging the "with" on the copula
    "Thai Prime Minister Somchai Wongsa attended the summit in Paris.\nThe first bilateral meeting of the day was "
    "with the President of France, Claire Dubois.",
    "Thai Prime Minister Somchai Wongsa attended the summit in Paris.\nAnother meeting was with French President "
    "Claire Dubois.",
])
def test_relations_talks_no_one_is_said_to_hold_are_the_passage_subjects(run_text, text):
    rels = [r for r in _relations(run_text, text) if r["sent_id"] >= 1]
    assert [r["parties"] for r in rels] == [("Somchai Wongsa", "Claire Dubois")]


@pytest.mark.parametrize("text", [
    # someone else in the sentence may hold them
    "Thai Prime Minister Somchai Wongsa visited Paris on Monday. Talks with French President Claire Dubois "
    "focused on trade, Spanish Prime Minister Pedro Ruiz said.",
    # "a meeting with X" is any meeting, not one held
    "Thai Prime Minister Somchai Wongsa visited Paris on Monday. A meeting with French President Claire "
    "Dubois was not possible.",
    # the talks are someone's own
    "Thai Prime Minister Somchai Wongsa visited Paris on Monday. Their talks with French President Claire "
    "Dubois focused on trade.",
])
def test_relations_talks_held_by_someone_else_are_not_the_passage_subjects(run_text, text):
    rels = [r for r in _relations(run_text, text) if r["sent_id"] >= 1]
    assert ("Somchai Wongsa", "Claire Dubois") not in [r["parties"] for r in rels]


def test_relations_a_plural_role_names_only_holders_of_that_role(run_text):
    # Merz is no president: "the French and German presidents" is Macron alone
    text = ("French President Emmanuel Macron and German Chancellor Friedrich Merz arrived in Kyiv on Friday. "
            "Ukrainian President Volodymyr Zelensky met the French and German presidents on Saturday.")
    rels = [r for r in _relations(run_text, text) if r["sent_id"] == 1]
    assert [r["parties"] for r in rels] == [("Volodymyr Zelensky", "Emmanuel Macron")]


@pytest.mark.parametrize("text, parties", COREFERENCE)
def test_relations_pronoun_and_title_resolve_to_named_actor(run_text, text, parties):
    rel = _one(run_text, text)
    assert rel["parties"] == parties
    assert rel["sent_id"] == 1


@pytest.mark.parametrize("text", [
    "Indian Prime Minister Narendra Modi held 87 virtual meetings with foreign leaders last year.",
    "Kenyan President William Ruto held 40 meetings and phone calls with foreign leaders last year.",
    # what is discussed is the topic, people included
    "Kenyan President William Ruto discussed the two detained journalists, Ana Ruiz and Marta Gil, "
    "on Friday.",
    "German Chancellor Olaf Scholz has held dozens of meetings with foreign leaders this year.",
    "Indian Prime Minister Narendra Modi met Ukrainian President Volodymyr Zelensky three times "
    "last year.",
    "Kenyan President William Ruto held a press conference in Nairobi on Friday.",
    "Kenyan President William Ruto held a press conference in Nairobi on Friday with the visiting "
    "Ghanaian President Kofi Mensah.",
    "Ghanaian President Kofi Mensah flew to Nairobi. The head of state addressed a news conference "
    "with Kenyan President William Ruto.",
    "Hungarian Prime Minister Viktor Orban gave an interview to the German newspaper Bild on Friday.",
    "In an interview with CNN on Friday, Ukrainian President Volodymyr Zelensky said the war must end.",
    "Polish President Andrzej Duda told the BBC in an interview on Friday that Warsaw would increase "
    "defense spending.",
    "Chinese President Xi Jinping received credentials from new ambassadors in Beijing on Friday.",
    "Kenyan President William Ruto had dinner at the State House in Nairobi on Monday.",
    "Chilean President Gabriel Boric negotiated a new trade deal in Santiago on Monday.",
    "French President Emmanuel Macron welcomed the visit of Indian Foreign Minister Subrahmanyam "
    "Jaishankar to Paris next month.",
    # "meet" whose object is a thing: no one met anyone
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni pledged to meet the deadline for "
    "the pipeline.",
    "Venezuelan President Hugo Chavez and Bolivian President Evo Morales sent troops to the border, vowing "
    "to meet any incursion with force.",
    "Kenyan President William Ruto met the demands of Ugandan President Yoweri Museveni.",
    # the dead are no counterparts
    "President Marie Laurent expressed sympathy over the death of President Jonas Berg.",
    "President Marie Laurent sent a message on the passing of President Jonas Berg.",
    # a count of meetings
    "Kenyan President William Ruto has met Ugandan President Yoweri Museveni a number of times in the "
    "past few years.",
    "Kenyan President William Ruto has met Ugandan President Yoweri Museveni on several occasions.",
    "Kenyan President William Ruto sat on the committee with Chilean President Rosa Valdivia.",
    "Kenyan President William Ruto sat next to Chilean President Rosa Valdivia at the dinner.",
    "Ukrainian President Petro Koval and Russian President Ivan Sokolov have spoken on the phone four times.",
    # a demand
    "Ghana's President Kofi Mensah called on Kenyan President William Ruto to release the detained "
    "journalists.",
    # an interview: the press is no counterpart
    "Chinese Foreign Minister Wang Li sat down with Daily Courier Managing Editor Anna Berg in Geneva for an "
    "interview.",
    "Kenyan President Amina Otieno met Ghanaian journalist Kofi Mensah in Nairobi on Monday.",
    "Kenyan President Amina Otieno met Kofi Mensah, a Ghanaian journalist, in Nairobi on Monday.",
    # a joint press conference on its own: there together, no exchange
    "Kenyan President Amina Otieno and Ghanaian President Kofi Mensah spoke at a joint news conference in "
    "Nairobi on Monday.",
    # "we" of a quote whose own verb is no interaction; an "I" no one is quoted as saying
    "\"We commend President Ivan Petrov for sending greetings to President Goran Trajkov,\" spokesman Lu Wen said.",
    "I met President Goran Trajkov in Skopje last week, and he spoke of trade with Prime Minister Ivan Petrov.",
])
def test_relations_no_interaction(run_text, text):
    assert [(r["trigger"], r["parties"]) for r in _relations(run_text, text)] == []


@pytest.mark.parametrize("text", [
    # an office no name fills; an occasion held for someone
    "In addition, the Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates held talks with "
    "the Emirati Minister of State, Khalifa Almarar.",
    "Israeli President Isaac Hertz on Monday hosted a State Welcoming Ceremony at the President's Residence in "
    "Jerusalem for President Tom Hale.",
])
def test_relations_an_office_or_an_occasion_is_no_party(run_text, text):
    out = run_text({"d": text}, published=PUBLISHED)
    parties = {p["name"] for e in out["events"] for p in e["participants"]}
    assert not parties & {"Minister of Foreign Affairs", "Welcoming Ceremony", "State Welcoming Ceremony"}, parties


@pytest.mark.parametrize("text", [
    "Foreign Minister Ali Hassan met US Envoy Tom Bell on Monday. Assistant Minister Ayman Saleh and Ambassador "
    "Rami Jaber were present at the meeting.",
    "Norwegian Prime Minister Lars Holm held talks with Chinese Premier Li Wen on Monday. Minister Ivo Brandt, "
    "Governor Lena Hart and Mayor Tomas Vik took part in the talks on the Norwegian side.",
])
def test_relations_those_in_the_room_at_talks_reported_meet_no_one(run_text, text):
    out = run_text({"d": text}, published=PUBLISHED)
    assert [len(e["participants"]) for e in out["events"]] == [2]


@pytest.mark.parametrize("table, missing", [("entities", "actor_id"), ("actors", "kind")])
def test_relations_contract_violation_names_the_column(table, missing):
    tables = {"parses": schemas.empty(schemas.PARSES), "entities": schemas.empty(schemas.ENTITIES),
              "actors": schemas.empty(schemas.ACTORS)}
    tables[table] = tables[table].drop_columns([missing])
    with pytest.raises(ContractError, match=rf"table '{table}'.*missing \['{missing}'\]"):
        extract_relations(tables["parses"], tables["entities"], tables["actors"])


@pytest.mark.model
@pytest.mark.parametrize("text, word, aggregate", [
    ("Ruto held 40 virtual meetings and phone calls with foreign leaders.", "calls", True),
    ("Ruto held 40 virtual meetings and phone calls with foreign leaders.", "virtual", True),
    ("Ruto held 40 virtual meetings and phone calls with foreign leaders.", "phone", True),
    ("Ruto held a virtual meeting and a phone call with Mensah.", "virtual", False),
    ("Ruto held a virtual meeting and a phone call with Mensah.", "call", False),
])
def test_relations_a_count_covers_the_words_that_go_with_its_noun(nlp, text, word, aggregate):
    from pipeline.relations import _aggregate

    doc = nlp(text)
    assert _aggregate(next(t for t in doc if t.text == word)) is aggregate


@pytest.mark.parametrize("text, predicate", [
    ("Kenyan President William Ruto congratulated Ghanaian President Kofi Mensah by phone on Monday.",
     "phone_call"),
    ("Kenyan President William Ruto discussed trade with Ghanaian President Kofi Mensah via video link on "
     "Monday.", "video_call"),
])
def test_relations_a_candidate_is_of_the_kind_the_words_around_its_cue_say(run_text, text, predicate):
    # no rule reads "congratulated X", so these are the scorer's candidates
    assert _candidates(run_text, text) == [(predicate, ("William Ruto", "Kofi Mensah"))]


def test_relations_a_candidate_takes_its_kind_from_the_first_cue_that_says_how(run_text):
    # the parse leaves the rules nothing; the first cue ("held") says nothing of how, the
    # meeting noun after it does
    text = ("Kofi Mensah, Deputy Foreign Minister of Ghana, and Kenya's First Vice Foreign Minister Amina Otieno "
            "held consultations via video conference.")
    assert _candidates(run_text, text) == [("video_call", ("Kofi Mensah", "Amina Otieno"))]


def _candidates(run_text, text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = run_text({"d": text}, published=PUBLISHED)
    names = {a["actor_id"]: a["name"] for a in out["actors"]}
    return [(r["predicate"], tuple(names[a] for a in r["actor_ids"])) for r in out["relations"]
            if "candidate" in r["features"]]


@pytest.mark.parametrize("text, predicate", [
    ("Kenyan President William Ruto and Ghanaian President Kofi Mensah met in Accra after a phone call "
     "between their foreign ministers last week.", "meeting"),
    ("Kenyan President William Ruto met Ghanaian President Kofi Mensah in Accra on Monday, a week after a "
     "video conference with the Togolese leader.", "meeting"),
    ("Kenyan President William Ruto spoke with Ghanaian President Kofi Mensah by phone on Monday after the "
     "summit.", "phone_call"),
])
def test_relations_a_call_before_or_after_is_another_event_not_the_mode(run_text, text, predicate):
    rel = _one(run_text, text)
    assert (rel["predicate"], rel["parties"]) == (predicate, ("William Ruto", "Kofi Mensah"))


@pytest.mark.parametrize("text, pairs", [
    # the verb not repeated: each counterpart with its own day
    ("Kenyan President William Ruto met Ghanaian President Kofi Mensah on Tuesday and Zambian President Ana "
     "Moyo on Wednesday.", {("William Ruto", "Kofi Mensah"): "Tuesday", ("William Ruto", "Ana Moyo"): "Wednesday"}),
    ("Kenyan President William Ruto met with Park Min-ho on Tuesday and Kim Dae-jung on Friday.",
     {("William Ruto", "Park Min-ho"): "Tuesday", ("William Ruto", "Kim Dae-jung"): "Friday"}),
    ("Kenyan President William Ruto spoke with Park Min-ho in the morning and with Kim Dae-jung in the "
     "afternoon.", {("William Ruto", "Park Min-ho"): "morning", ("William Ruto", "Kim Dae-jung"): "afternoon"}),
    # one day for both, or two days for one
    ("Kenyan President William Ruto met Ghanaian President Kofi Mensah and Zambian President Ana Moyo on "
     "Wednesday.", {("William Ruto", "Kofi Mensah"): "Wednesday", ("William Ruto", "Ana Moyo"): "Wednesday"}),
    ("Kenyan President William Ruto met Ghanaian President Kofi Mensah on Tuesday and Wednesday.",
     {("William Ruto", "Kofi Mensah"): "Tuesday"}),
    # the second counterpart read as the object of the first one's "on"
    ("Prime Minister Pham Van Duc met with Nordic Steel chairman Rolf Hansen in Oslo on Tuesday and Fjord Energy "
     "chairman Erik Lund on Wednesday.",
     {("Pham Van Duc", "Rolf Hansen"): "Tuesday", ("Pham Van Duc", "Erik Lund"): "Wednesday"}),
    # ... or as the verb's own conjunct (the place given only for the first)
    ("Prime Minister Tran Van Binh met with Daewoo chairman Park Min-ho in Seoul on Tuesday and Kia chairman Lee "
     "Sang-woo on Monday.", {("Tran Van Binh", "Park Min-ho"): "Tuesday", ("Tran Van Binh", "Lee Sang-woo"): "Monday"}),
    ("Kenyan President William Ruto met with Nordic Steel chairman Rolf Hansen in Oslo on Tuesday and Fjord "
     "Energy chairman Erik Lund-Berg on Wednesday.",
     {("William Ruto", "Rolf Hansen"): "Tuesday", ("William Ruto", "Erik Lund-Berg"): "Wednesday"}),
    # a possessor is no second counterpart
    ("Kenyan President William Ruto met Ghanaian President Kofi Mensah on Tuesday and Mensah's deputy on "
     "Wednesday.", {("William Ruto", "Kofi Mensah"): "Tuesday"}),
])
def test_relations_a_second_counterpart_with_its_own_time(run_text, text, pairs):
    rels = _relations(run_text, text)
    assert {r["parties"]: r["time_text"] for r in rels} == pairs


@pytest.mark.parametrize("text, time", [
    # a year that names what was talked about is no time of the talks; the summit's year is
    ("President Jack Hill spoke this afternoon with Prime Minister Ravi Mehta about the 2009 flu strain.",
     "this afternoon"),
    ("President Jack Hill met Prime Minister Ravi Mehta at the 2018 summit in Kyoto.", "2018"),
    # the time of a meeting the interaction comes before is that meeting's
    ("Prime Minister Tane Rua met Premier Kim Moko in Auckland ahead of the leaders' meeting at the end of "
     "August.", None),
    ("Prime Minister Tane Rua met Premier Kim Moko ahead of the summit on Friday.", None),
])
def test_relations_a_year_that_names_a_thing_is_no_time(run_text, text, time):
    assert [r["time_text"] for r in _relations(run_text, text)] == [time]


@pytest.mark.parametrize("text, pair", [
    # "the guest", "the visitor": the one who arrived or is visiting
    ("Chilean Foreign Minister Luis Mora arrived in Lima on Monday. Foreign Minister Jorge Salas welcomed the "
     "guest at the airport.", ("Jorge Salas", "Luis Mora")),
    ("Chilean Foreign Minister Luis Mora is visiting Peru. President Ana Quispe received the visitor at the "
     "palace on Monday.", ("Ana Quispe", "Luis Mora")),
    # the guest of honour of a meal
    ("President Nimal Perera hosted a state banquet in honour of Prime Minister Arjun Rao on Monday.",
     ("Nimal Perera", "Arjun Rao")),
    ("A state banquet was hosted in Colombo by President Nimal Perera in honour of Prime Minister Arjun Rao.",
     ("Nimal Perera", "Arjun Rao")),
])
def test_relations_a_guest_named_by_role_or_honoured(run_text, text, pair):
    assert [r["parties"] for r in _relations(run_text, text)] == [pair]


@pytest.mark.parametrize("text, pairs", [
    # the ones a subject met, listed by "were" or "include" the parse makes a clause of the verb
    ("Among the leaders President Tom Hale met were Turkish President Kemal Aydin, Indian Prime Minister Raj Das "
     "and Japanese Prime Minister Ken Mori.",
     [("Tom Hale", "Kemal Aydin"), ("Tom Hale", "Raj Das"), ("Tom Hale", "Ken Mori")]),
    ("Leaders President Tom Hale will meet include Turkish President Kemal Aydin and Indian Prime Minister Raj "
     "Das.", [("Tom Hale", "Kemal Aydin"), ("Tom Hale", "Raj Das")]),
    # counted meetings that name their counterparts are one with each
    ("On May 10, President Ivan Petrov held three meetings with Prime Minister of Latvia Anna Ozola, leader of "
     "Ghana Kwame Asante and President of Peru Rosa Quispe.",
     [("Ivan Petrov", "Anna Ozola"), ("Ivan Petrov", "Kwame Asante"), ("Ivan Petrov", "Rosa Quispe")]),
    # an organisation named beside the one who speaks for it is no party of its own
    ("President Ana Ruiz on Wednesday received Organization of American States (OAS) Secretary General Lars Dahl.",
     [("Ana Ruiz", "Lars Dahl")]),
    # the end of a title joined by a hyphen is no part of the name
    ("President Omar Diallo congratulated US President-Elect John Carter in a phone call on Monday.",
     [("Omar Diallo", "John Carter")]),
    # credentials accepted are received from each envoy
    ("President Daniel Ortiz accepted the credentials of ambassadors Tomas Berg of Norway, Ana Silva of Brazil and "
     "Kofi Mensah of Ghana on Monday.",
     [("Daniel Ortiz", "Tomas Berg"), ("Daniel Ortiz", "Ana Silva"), ("Daniel Ortiz", "Kofi Mensah")]),
    # an invitation to visit accepted: a visit the inviter will host (planned), none with no inviter named
    ("President Daniel Ortiz accepted an invitation from Prime Minister Ana Silva to visit Brazil.",
     [("Daniel Ortiz", "Ana Silva")]),
    ("President Daniel Ortiz accepted an invitation to visit Brazil from next week.", []),
    # the guest set off after the place the host received them in
    ("President Kais Salem received in Carthage, Palestinian ambassador Hani Saleh, on Wednesday.",
     [("Kais Salem", "Hani Saleh")]),
    # co-senders of congratulations or messages to a third wrote none to one another
    ("Polish President Adam Wrona, Slovak President Ivo Hrasko and Czech Prime Minister Petr Kral also "
     "congratulated Hungary on its national day.", []),
    ("Polish President Adam Wrona and Slovak President Ivo Hrasko sent messages of congratulations to the people "
     "of Hungary.", []),
    ("Among those to send their congratulations to the Kingdom are Iranian President Ali Rezaei and Emirati "
     "President Sheikh Khalid Al Nahyan.", []),
    ("Polish President Adam Wrona and Slovak President Ivo Hrasko exchanged congratulatory messages on Monday.",
     [("Adam Wrona", "Ivo Hrasko")]),
    ("Polish President Adam Wrona and Slovak President Ivo Hrasko congratulated each other on Monday.",
     [("Adam Wrona", "Ivo Hrasko")]),
    # "They included" after envoys who presented their credentials (no people, those): each met the host
    ("Six ambassadors presented their letters of credence to President Lena Moyo on Friday. They included Irish "
     "envoy Conor Daly and Peruvian envoy Rosa Quispe.", [("Lena Moyo", "Conor Daly"), ("Lena Moyo", "Rosa Quispe")]),
    ("The ambassadors presented their credentials today at State House. They included Mohamed Kheir of Algeria "
     "and Simone Kapp of Austria.", []),
    # a possessive opens no name ("Nepal's Foreign Secretary A")
    ("Minister Anil Rana arrived in Kathmandu on Monday. He was received by Nepal's Foreign Secretary Bikash "
     "Karki.", [("Anil Rana", "Bikash Karki")]),
    # the one who sent the envoys is no party of their meeting
    ("The envoys sent by President Ana Ruiz of Chile yesterday met President Tom Banda.", []),
    ("Special Envoy Luis Vega, sent by President Ana Ruiz of Chile, met President Tom Banda yesterday.",
     [("Luis Vega", "Tom Banda")]),
    # a queen beside a king came with him
    ("Lao Prime Minister Somsak Vong paid a courtesy visit to King Rama and Queen Suda on Monday.",
     [("Rama", "Somsak Vong")]),
    ("King Rama and Queen Suda received Lao Prime Minister Somsak Vong on Monday.", [("Rama", "Somsak Vong")]),
    # meetings held one by one are none among the ones met; "their separate meeting" is theirs
    ("In the meetings with the President of France, Luc Bernier, the President of Chile, Rosa Valdes, and "
     "Nepal's Prime Minister, Hari Thapa, each held separately, bilateral ties were reviewed.", []),
    ("Following their separate meeting on Monday, President Luc Bernier and President Rosa Valdes discussed "
     "trade.", [("Luc Bernier", "Rosa Valdes")]),
])
def test_relations_events_of_the_ones_met_listed_or_accompanied(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


def test_relations_honours_and_a_joint_staff_in_the_subject_are_no_parties(run_text):
    # "NI (M)" is an honour set off after the name; "Joint Chiefs of Staff Committee" a body
    text = ("Chairman Joint Chiefs of Staff Committee (CJCSC) General Tariq Aslam, NI (M), who is on an official "
            "visit to Nigeria, called on Defence Minister Musa Bello and General Ade Okon, Chief of Defence Staff.")
    pairs = sorted(tuple(sorted(r["parties"])) for r in _relations(run_text, text))
    assert pairs == [("Ade Okon", "Tariq Aslam"), ("Musa Bello", "Tariq Aslam")]


@pytest.mark.parametrize("text, pairs", [
    # Korean given names of hyphenated syllables: the name's holder keeps the verb
    ("Ravi Kumar and Lee Dong-hoon held talks in Seoul on Monday.", [("Lee Dong-hoon", "Ravi Kumar")]),
    ("Foreign Minister Park Ji-hoon received Ambassador Ravi Kumar on Monday.", [("Park Ji-hoon", "Ravi Kumar")]),
    ("Ambassador Ravi Kumar was received by Foreign Minister Park Ji-hoon on Monday.",
     [("Park Ji-hoon", "Ravi Kumar")]),
    ("President Yoon Min-ho spoke by phone with Chancellor Anna Berg and Prime Minister Tom Hale.",
     [("Anna Berg", "Yoon Min-ho"), ("Tom Hale", "Yoon Min-ho")]),
    ("Lee Dong-hoon, the new envoy, met Ravi Kumar. He thanked him for the welcome.",
     [("Lee Dong-hoon", "Ravi Kumar")]),
])
def test_relations_hyphenated_given_names_hold_their_verbs(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, parties", [
    # a meeting that involves or brings together its parties: one meeting of them all
    ("The talks involved Foreign Minister Adam Clarke and his Peruvian counterpart Luis Rojas.",
     [("Adam Clarke", "Luis Rojas")]),
    ("Monday's meeting brought together Minister Adam Clarke, Minister Luis Rojas and Minister Ana Soto.",
     [("Adam Clarke", "Ana Soto", "Luis Rojas")]),
    ("The so-called 2+2 talks involve Secretary Adam Clarke and Secretary Bob Hines, as well as Foreign "
     "Minister Taro Sato and Defense Minister Ken Ito.", [("Adam Clarke", "Bob Hines", "Ken Ito", "Taro Sato")]),
    ("The talks included discussions of trade with Peru.", []),
])
def test_relations_a_meeting_that_involves_its_parties(run_text, text, parties):
    assert _event_pairs(run_text, text) == parties


@pytest.mark.parametrize("text, pairs", [
    # a person called is a phone call, the day before the verb or after its object
    ("Afghan President Omar Davlat on Monday called Prime Minister Tariq Hamid and discussed bilateral ties.",
     [("Omar Davlat", "Tariq Hamid")]),
    ("President Omar Davlat called Prime Minister Tariq Hamid on Monday to congratulate him.",
     [("Omar Davlat", "Tariq Hamid")]),
    # a name given, a demand, a bluff: no call
    ("President Omar Davlat on Monday called Prime Minister Tariq Hamid a liar.", []),
    ("President Omar Davlat called on Prime Minister Tariq Hamid to release them.", []),
    ("President Omar Davlat called Tariq Hamid's bluff.", []),
])
def test_relations_a_person_called_is_a_phone_call(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    # a style and a bare title ("His Highness the Amir") stand for the one who holds the title
    ("KUWAIT: His Highness the Amir Sheikh Fadel Nouri received Speaker Rami Hadid. His Highness the Amir also "
     "received Minister Tarek Salmi.", [("Fadel Nouri", "Rami Hadid"), ("Fadel Nouri", "Tarek Salmi")]),
    ("His Majesty Sultan Hamad bin Ali received Minister Tarek Salmi. His Majesty the Sultan also received "
     "Ambassador Karl Berg.", [("Hamad bin Ali", "Karl Berg"), ("Hamad bin Ali", "Tarek Salmi")]),
    ("His Highness the Crown Prince Sheikh Ali Nouri met Minister Tarek Salmi. His Highness the Amir Sheikh Fadel "
     "Nouri received Speaker Rami Hadid. His Highness the Crown Prince also received Ambassador Karl Berg.",
     [("Ali Nouri", "Karl Berg"), ("Ali Nouri", "Tarek Salmi"), ("Fadel Nouri", "Rami Hadid")]),
])
def test_relations_a_style_with_a_bare_title_is_its_holder(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    # "held talks on X with Y": the parse hangs the "with" on the topic
    ("Foreign Secretary Elena Ruiz held talks on migration with U.S. Secretary of State Mark Holloway on Tuesday.",
     [("Elena Ruiz", "Mark Holloway")]),
    ("Minister Elena Ruiz had a phone call on the crisis with President Mark Holloway.",
     [("Elena Ruiz", "Mark Holloway")]),
    # a country there is what the topic is with, no counterpart
    ("Foreign Secretary Elena Ruiz held talks on cooperation with China on Tuesday.", []),
])
def test_relations_a_counterpart_after_the_topic(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    # a wife of the same name beside her husband came with him
    ("President-elect Tom Hale and Mrs. Rita Hale were warmly welcomed at the White House by President Sam "
     "Ward.", [("Sam Ward", "Tom Hale")]),
    ("President Sam Ward and Mrs. Nora Ward received President Tom Hale.", [("Sam Ward", "Tom Hale")]),
    ("Minister Ana Hale met President Tom Hale.", [("Ana Hale", "Tom Hale")]),
    # "both presidents": the pair named before
    ("President Arman Seitov and his Kyrgyz counterpart, Bolat Ismailov, stressed the need to expand trade. "
     "Both presidents made these remarks during a phone conversation on Thursday.",
     [("Arman Seitov", "Bolat Ismailov")]),
    # "both sides" are their countries, no pair of persons: no second meeting of the two
    ("Premier Liu Wen held talks with visiting Prime Minister Ana Quispe on Tuesday. During the talks, both sides "
     "agreed to deepen cooperation.", [("Ana Quispe", "Liu Wen")]),
    # two who travel together to a place did not meet each other; whom they met there they did
    ("Presidents Jiri Novak and Eva Horvath visited Kyiv on Monday.", []),
    ("President Jiri Novak and President Eva Horvath visited Kyiv on Monday and met President Oleh Marko.",
     [("Eva Horvath", "Oleh Marko"), ("Jiri Novak", "Oleh Marko")]),
])
def test_relations_who_came_together(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    # "handed Y a letter from Z": the envoy met Y, and Z wrote to Y (as "handed a letter from Z to Y")
    ("Minister Yusuf Tarabi handed President Nabil Darwish a letter from King Faisal Munir.",
     [("Faisal Munir", "Nabil Darwish"), ("Nabil Darwish", "Yusuf Tarabi")]),
    ("Minister Yusuf Tarabi handed over a letter from King Faisal Munir to President Nabil Darwish.",
     [("Faisal Munir", "Nabil Darwish"), ("Nabil Darwish", "Yusuf Tarabi")]),
])
def test_relations_a_letter_handed_to_someone_named_first(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


def test_relations_a_listed_office_and_its_holder_the_parse_set_apart(run_text):
    # "... and Minister for Foreign Affairs Dr C": the parse makes C an object of its own
    text = ("Director-General Tomas Adhan arrived in Kathmandu. He has already held meetings with Speaker Ganesh "
            "Timal, Health Minister Ravi Khatiwada and Minister for Foreign Affairs Dr Suresh Bhatta on Thursday.")
    assert ("Suresh Bhatta", "Tomas Adhan") in _event_pairs(run_text, text)


@pytest.mark.parametrize("text, pairs", [
    # the "with" of the second of two coordinated verbs is the talks' too
    ("President Ana Ruiz held discussions and signed agreements with President Luis Rojas.",
     [("Ana Ruiz", "Luis Rojas")]),
    ("President Ana Ruiz held talks and exchanged views with President Luis Rojas.", [("Ana Ruiz", "Luis Rojas")]),
    # not a journey's companion
    ("President Ana Ruiz held talks on Monday and will travel with President Luis Rojas to Lima.", []),
])
def test_relations_the_with_of_a_coordinated_verb(run_text, text, pairs):
    # the rules' relations (whether a bare candidate pair is an event the scorer decides)
    assert sorted(tuple(sorted(r["parties"])) for r in _relations(run_text, text)) == sorted(
        tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    # envoys listed as those who presented credentials met the host, not one another
    ("President Musa Jallow received the credentials of four new ambassadors at State House on Tuesday. The envoys "
     "who presented credentials were the Ambassadors of Peru, Ana Ruiz; Chile, Pedro Soto and Japan, Kenji Mori.",
     [("Ana Ruiz", "Musa Jallow"), ("Kenji Mori", "Musa Jallow"), ("Musa Jallow", "Pedro Soto")]),
    # a letter presented by an envoy not named: its writer wrote to its recipient
    ("The minister presented a letter from President Ana Ruiz to President Musa Jallow.",
     [("Ana Ruiz", "Musa Jallow")]),
    ("Minister Tom Berg presented a letter from President Ana Ruiz to President Musa Jallow.",
     [("Ana Ruiz", "Musa Jallow"), ("Musa Jallow", "Tom Berg")]),
])
def test_relations_envoys_and_the_letters_they_present(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    # "a conversation with X focusing on trade": the parse reads X as the participle's subject
    ("Foreign Minister Ivo Marek on Wednesday held a telephone conversation with Foreign Minister Ana Ruiz "
     "focusing on trade.", [("Ana Ruiz", "Ivo Marek")]),
    # a try is no call
    ("Prime Minister Ivo Marek tried to call President Lina Torres on Monday but was refused.", []),
    # a long title with "of State for" in the subject; "for restraint" still a demand
    ("Minister of State for External Affairs Ravi Nair on Monday called on Fiji Prime Minister Jone Vula.",
     [("Jone Vula", "Ravi Nair")]),
    ("Minister Ravi Nair called on President Jone Vula for restraint.", []),
])
def test_relations_participles_attempts_and_long_titles(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    # wishes sent are a message; wishes expressed in talks are none of their own
    ("Chilean President Lina Torres sent warm wishes to Peruvian President Marco Salas on his birthday.",
     [("Lina Torres", "Marco Salas")]),
    ("President Lina Torres expressed her best wishes to President Marco Salas during their talks.", []),
    # a page's label is no party
    ("Press Release - State House - Banjul: President Musa Jallow received Ambassador Ana Ruiz on Monday.",
     [("Ana Ruiz", "Musa Jallow")]),
])
def test_relations_wishes_sent_and_a_pages_label(run_text, text, pairs):
    # the rules' relations (whether a bare candidate pair is an event the scorer decides)
    assert sorted(tuple(sorted(r["parties"])) for r in _relations(run_text, text)) == sorted(
        tuple(sorted(p)) for p in pairs)


@pytest.mark.parametrize("text, pairs", [
    # those who join or accompany X for a meeting with Y came along: the meeting is X's
    ("Foreign Minister Ana Ruiz and Ambassador Jorge Paz joined President Mark Holloway for a bilateral meeting "
     "with Mexican President Luis Andrade.", [("Luis Andrade", "Mark Holloway")]),
    ("Minister Ana Ruiz accompanied President Mark Holloway for talks with President Luis Andrade.",
     [("Luis Andrade", "Mark Holloway")]),
    ("Minister Ana Ruiz joined the delegation for talks with President Luis Andrade.", [("Ana Ruiz", "Luis Andrade")]),
])
def test_relations_who_joins_another_for_a_meeting(run_text, text, pairs):
    assert _event_pairs(run_text, text) == sorted(tuple(sorted(p)) for p in pairs)
