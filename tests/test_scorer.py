"""The relation scorer: candidates, features, prediction, calibration, training and
cross-validation. Sentences and the small annotated corpus are our own."""

from __future__ import annotations

import json

import pytest

from pipeline import events, io, runner, scorer, train
from tests.conftest import events_of, names, one_event, run_ok


# ---------------------------------------------------------------- prediction and calibration

MODEL = {"bias": -1.0, "threshold": 0.5, "weights": {"rule": 2.0, "cue=meet": 0.5, "same_list": -3.0},
         "calibration": {"x": [0.2, 0.6, 0.9], "y": [0.1, 0.5, 0.95]}}


@pytest.mark.parametrize("feats, expected", [
    ([], 0.2689), (["rule"], 0.7311), (["rule", "cue=meet"], 0.8176), (["rule", "rule"], 0.7311),
    (["rule", "unknown"], 0.7311), (["same_list", "rule"], 0.1192),
])
def test_scorer_predict_is_the_logistic_of_the_summed_weights(feats, expected):
    assert round(scorer.predict(feats, MODEL), 4) == expected


@pytest.mark.parametrize("score, expected", [(0.1, 0.1), (0.2, 0.1), (0.4, 0.3), (0.6, 0.5), (0.75, 0.725), (0.99, 0.95)])
def test_scorer_calibrate_reads_the_curve(score, expected):
    assert scorer.calibrate(score, MODEL) == pytest.approx(expected)


def test_scorer_calibrate_without_a_curve_keeps_the_score():
    assert scorer.calibrate(0.6789, {"weights": {}}) == 0.6789


def test_scorer_committed_weights_are_plain_data_with_a_threshold_and_a_calibration():
    model = json.loads(scorer.WEIGHTS.read_text(encoding="utf-8"))
    assert set(model) >= {"bias", "weights", "threshold", "calibration", "C"}
    xs, ys = model["calibration"]["x"], model["calibration"]["y"]
    assert xs == sorted(xs) and ys == sorted(ys) and 0 <= ys[0] and ys[-1] <= 1


def test_scorer_calibration_curve_follows_how_often_a_score_was_right():
    from pipeline.train import _calibration_curve

    # scores near 0.9 right 9 times in 10, near 0.3 right 2 times in 10
    scores = [0.9] * 10 + [0.3] * 10
    right = [1.0] * 9 + [0.0] + [1.0] * 2 + [0.0] * 8
    curve = _calibration_curve(scores, right)
    assert curve["y"] == sorted(curve["y"])
    assert curve["y"][90] == pytest.approx(0.9, abs=0.02) and curve["y"][30] == pytest.approx(0.2, abs=0.02)
    assert _calibration_curve([0.5, 0.7], [1.0, 1.0]) is None


def test_scorer_calibration_curve_of_perfectly_separated_scores_does_not_overflow():
    from pipeline.train import _calibration_curve

    curve = _calibration_curve([0.1] * 5 + [0.9] * 5, [0.0] * 5 + [1.0] * 5)
    assert curve["y"][0] == pytest.approx(0.0, abs=0.01) and curve["y"][100] == pytest.approx(1.0, abs=0.01)
    assert curve["y"] == sorted(curve["y"])


# ---------------------------------------------------------------- features

@pytest.fixture(scope="module")
def parsed(nlp):
    return lambda text: nlp(text)


def _tokens(doc, *words):
    return tuple(next(t for t in doc if t.text == w) for w in words)


@pytest.mark.model
def test_scorer_features_of_a_plain_meeting(parsed):
    doc = parsed("Otieno met Mensah in Nairobi on Monday.")
    sent = next(doc.sents)
    feats = scorer.features(sent, None, _tokens(doc, "Otieno", "Mensah"), ("person", "person"), ("KEN", "GHA"),
                            2, False, 0)
    assert {"candidate", "cue=meet", "cue_kind=meeting", "lca=cue", "one_subject", "kinds=person-person",
            "two_countries", "C&cue=meet", "role=subj", "role=obj", "subj_and_obj"} <= set(feats)
    assert "same_list" not in feats


@pytest.mark.model
@pytest.mark.parametrize("sentence, pair, role", [
    # the ones met by a host: one meeting each, none between them
    ("Otieno met Mensah and Lindqvist in Nairobi on Monday.", ("Mensah", "Lindqvist"), "obj"),
    ("Otieno held talks with Mensah, Lindqvist and Virtanen.", ("Lindqvist", "Virtanen"), "obj"),
    # the ones who meet
    ("Otieno and Mensah met Lindqvist in Nairobi on Monday.", ("Otieno", "Mensah"), "subj"),
])
def test_scorer_features_say_where_a_list_stands(parsed, sentence, pair, role):
    doc = parsed(sentence)
    feats = scorer.features(next(doc.sents), None, _tokens(doc, *pair), ("person", "person"), (None, None),
                            3, False, 0)
    assert "same_list" in feats
    assert [f for f in feats if f.startswith("list_role=")] == [f"list_role={role}"]


@pytest.mark.model
@pytest.mark.parametrize("sentence, pair, prep", [
    ("Otieno held talks with Mensah, Lindqvist and Virtanen.", ("Lindqvist", "Virtanen"), "with"),
    ("The talks between Otieno and Mensah lasted two hours.", ("Otieno", "Mensah"), "between"),
    ("The ministers held talks among Otieno, Mensah and Lindqvist.", ("Mensah", "Lindqvist"), "among"),
    ("Otieno and Mensah met Lindqvist in Nairobi on Monday.", ("Otieno", "Mensah"), None),
])
def test_scorer_features_say_what_word_a_list_hangs_on(parsed, sentence, pair, prep):
    doc = parsed(sentence)
    feats = scorer.features(next(doc.sents), None, _tokens(doc, *pair), ("person", "person"), (None, None),
                            3, False, 0)
    assert [f for f in feats if f.startswith("list_prep=")] == ([f"list_prep={prep}"] if prep else [])


@pytest.mark.model
@pytest.mark.parametrize("sentence, pair, host", [
    # someone outside the list meets each of them: a name, a pronoun, a title ...
    ("Otieno met Mensah and Lindqvist in Nairobi on Monday.", ("Mensah", "Lindqvist"), True),
    ("He held talks with Mensah, Lindqvist and Virtanen.", ("Lindqvist", "Virtanen"), True),
    ("The president received Mensah and Lindqvist at the palace.", ("Mensah", "Lindqvist"), True),
    # ... also from the clause a subjectless one hangs on
    ("Otieno went on to meet Mensah and Lindqvist.", ("Mensah", "Lindqvist"), True),
    # nobody outside: they met together
    ("The talks were attended by Otieno, Mensah and Lindqvist.", ("Mensah", "Lindqvist"), False),
    ("Otieno, Mensah and Lindqvist met in Nairobi on Monday.", ("Mensah", "Lindqvist"), False),
    ("The meeting brought together Otieno and Mensah.", ("Otieno", "Mensah"), False),
])
def test_scorer_features_say_whether_a_host_meets_the_list(parsed, sentence, pair, host):
    doc = parsed(sentence)
    feats = scorer.features(next(doc.sents), None, _tokens(doc, *pair), ("person", "person"), (None, None),
                            3, False, 0)
    assert "same_list" in feats
    assert ("list_host" in feats, "list_hostless" in feats) == (host, not host)


@pytest.mark.model
@pytest.mark.parametrize("sentence, cues", [
    ("Otieno called for calm after meeting Mensah.", ["meeting"]),
    ("Protesters are calling for talks between Otieno and Mensah.", ["talks"]),
    ("Otieno called Mensah on Monday.", ["called"]),
    ("Otieno called on Mensah to release the prisoners.", []),
    ("Otieno called Mensah on Monday to discuss trade.", ["called", "discuss"]),
])
def test_scorer_a_call_for_something_is_no_cue(parsed, sentence, cues):
    assert [t.text for t in scorer.cue_tokens(next(parsed(sentence).sents))] == cues


@pytest.mark.model
def test_scorer_features_of_parties_listed_together(parsed):
    doc = parsed("The summit was attended by Otieno, Mensah and Lindqvist, who later held talks.")
    sent = next(doc.sents)
    feats = scorer.features(sent, None, _tokens(doc, "Mensah", "Lindqvist"), ("person", "person"), (None, None),
                            3, False, 4)
    assert "same_list" in feats and "one_subject" not in feats


@pytest.mark.model
@pytest.mark.parametrize("sentence, negative", [
    ("Otieno did not meet Mensah in Nairobi.", True),
    ("Otieno will meet Mensah in Nairobi next week.", False),
])
def test_scorer_features_see_negation_and_the_future(parsed, sentence, negative):
    doc = parsed(sentence)
    feats = scorer.features(next(doc.sents), None, _tokens(doc, "Otieno", "Mensah"), ("person", "person"),
                            (None, None), 2, False, 0)
    assert ("neg_word" in feats) is negative
    assert ("future_word" in feats) is (not negative)


# ---------------------------------------------------------------- in the pipeline

@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("Ghanaian President Kofi Mensah was granted an audience with Kenyan President Amina Otieno in Nairobi on Monday.",
     ("Kofi Mensah", "Amina Otieno")),
])
def test_scorer_candidates_find_what_the_rules_miss(run_text, text, pair):
    out = run_ok(run_text, text)
    rels = out["relations"]
    assert any("candidate" in r["features"] for r in rels)
    event = one_event(run_text, text)
    assert set(names(event)) == set(pair)
    assert 0.0 <= event["confidence"] <= 1.0


@pytest.mark.model
@pytest.mark.parametrize("text, host", [
    ("On the sidelines of the summit, Kenyan President William Ruto granted an audience to Ghanaian President "
     "Kofi Mensah, Chilean President Rosa Valdivia and Finnish President Mikko Laine.", "William Ruto"),
    ("On Monday, Kenyan President William Ruto granted an audience to Ghanaian President Kofi Mensah, "
     "Chilean President Rosa Valdivia and Finnish President Mikko Laine in Nairobi.", "William Ruto"),
    ("Ghanaian President Kofi Mensah, Chilean President Rosa Valdivia and Finnish President Mikko Laine were "
     "among those warmly received by Kenyan President William Ruto at the summit venue on Monday.",
     "William Ruto"),
])
def test_scorer_the_ones_met_together_are_vetoed_as_a_pair(run_text, text, host):
    out = run_ok(run_text, text)
    by_id = {a["actor_id"]: a["name"] for a in out["actors"]}
    guests = {"Kofi Mensah", "Rosa Valdivia", "Mikko Laine"}
    # a pair of guests is a vetoed candidate, or no relation at all where the rules paired each with the host
    among_guests = [r for r in out["relations"] if {by_id[a] for a in r["actor_ids"]} <= guests]
    assert all(scorer.vetoed(r["features"]) for r in among_guests)
    hosted = [r for r in out["relations"] if host in {by_id[a] for a in r["actor_ids"]}]
    assert len(among_guests) + len(hosted) == len(out["relations"]) and len(hosted) == len(guests)
    assert all(host in names(e) for e in events_of(run_text, text))


@pytest.mark.model
def test_scorer_those_under_whose_leadership_something_happens_are_no_party(run_text):
    text = ("The speaker said that under the leadership of Kofi Mensah and Amina Otieno, the two "
            "sides would hold regular talks.")
    out = run_ok(run_text, text)
    assert out["relations"] == [] and events_of(run_text, text) == []


@pytest.mark.model
def test_scorer_a_press_conference_held_together_is_no_cue(run_text):
    text = "Kenyan President Amina Otieno and Ghanaian President Kofi Mensah held a joint press conference in Nairobi."
    out = run_ok(run_text, text)
    assert out["relations"] == [] and events_of(run_text, text) == []


@pytest.mark.model
def test_scorer_the_ones_inside_one_object_were_received_together(run_text):
    # the host is no named party, so only the guests' pairs are candidates: none is an event
    text = ("His Majesty received the credentials of Ambassador of Peru Luis Vega, Ambassador of Japan Kenji "
            "Sato and Chile's Ambassador Rosa Valdivia.")
    out = run_ok(run_text, text)
    by_id = {a["actor_id"]: a["name"] for a in out["actors"]}
    pairs = {frozenset(by_id[a] for a in r["actor_ids"]): scorer.vetoed(r["features"]) for r in out["relations"]}
    assert pairs == {frozenset(p): True for p in (("Luis Vega", "Kenji Sato"), ("Luis Vega", "Rosa Valdivia"),
                                                  ("Kenji Sato", "Rosa Valdivia"))}
    assert events_of(run_text, text) == []


@pytest.mark.model
def test_scorer_envoys_presenting_credentials_to_a_title_never_meet_one_another(run_text):
    # the host only a title: every pair of the envoys listed is a vetoed candidate
    text = ("The newly appointed ambassadors who presented credentials to the president are Ambassador Luis Vega "
            "of Peru, Ambassador Kenji Sato of Japan, Ambassador Rosa Valdivia of Chile and Ambassador Mikko "
            "Laine of Finland.")
    out = run_ok(run_text, text)
    by_id = {a["actor_id"]: a["name"] for a in out["actors"]}
    among = [r for r in out["relations"] if len(r["actor_ids"]) == 2]
    assert len(among) == 6 and all(scorer.vetoed(r["features"]) for r in among), \
        [(sorted(by_id[a] for a in r["actor_ids"]), r["features"][-1]) for r in among]
    assert events_of(run_text, text) == []


@pytest.mark.model
def test_scorer_a_meeting_of_two_hosted_by_a_third_is_not_vetoed(run_text):
    text = "His Highness hosted a meeting of Kenyan President Amina Otieno and Ghanaian President Kofi Mensah in Doha."
    out = run_ok(run_text, text)
    assert out["relations"] and not any(scorer.vetoed(r["features"]) for r in out["relations"])


@pytest.mark.model
@pytest.mark.parametrize("text, events_expected", [
    ("Ghanaian President Kofi Mensah's spokesperson, Ama Owusu, said the phone call went well.", []),
    ("Kenyan President William Ruto met Ghanaian President Kofi Mensah's envoy Ama Owusu in Nairobi on Monday.",
     [("William Ruto", "Ama Owusu")]),
])
def test_scorer_the_one_another_speaks_for_is_no_party(run_text, text, events_expected):
    out = run_ok(run_text, text)
    by_id = {a["actor_id"]: a["name"] for a in out["actors"]}
    for r in out["relations"]:
        if "Kofi Mensah" in {by_id[a] for a in r["actor_ids"]} and "candidate" in r["features"]:
            assert scorer.vetoed(r["features"])
    assert [names(e) for e in events_of(run_text, text)] == events_expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "French President Paul Girard welcomed the peaceful relations with Rwandan President Jean Habimana.",
    "US President Tom Baker welcomed the agreement with Iraqi Prime Minister Ali Kareem on Monday.",
    "US President Tom Baker welcomed Iraqi Prime Minister Ali Kareem's decision to join the talks.",
    "King Omar received the news of Peruvian President Luis Vega's victory with joy.",
])
def test_scorer_a_thing_welcomed_is_no_guest(run_text, text):
    out = run_ok(run_text, text)
    assert any(scorer.vetoed(r["features"]) for r in out["relations"])
    assert events_of(run_text, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, pair", [
    ("King Omar received the credentials of Peru's envoy, Luis Vega, on Monday.",
     ("Omar", "Luis Vega")),
    ("King Omar received members of the delegation of Peruvian President Luis Vega on Monday.",
     ("Omar", "Luis Vega")),
    ("King Omar warmly welcomed the President of Peru, Luis Vega, to the palace on Monday.",
     ("Omar", "Luis Vega")),
])
def test_scorer_people_welcomed_are_guests(run_text, text, pair):
    assert [set(names(e)) for e in events_of(run_text, text)] == [set(pair)]


def test_scorer_a_veto_is_never_fitted():
    feats = [["rule", "veto=met_together"], ["rule"], ["candidate"], ["candidate", "veto=met_together"]]
    model = train.fit(feats, [1, 1, 0, 0])
    assert not any(f.startswith(scorer.VETO) for f in model["weights"])
    assert scorer.vetoed(feats[0]) and not scorer.vetoed(feats[1]) and not scorer.vetoed(None)


@pytest.mark.model
def test_scorer_without_weights_the_rules_decide_alone(nlp):
    text = ("Ghanaian President Kofi Mensah was granted an audience with Kenyan President Amina Otieno in Nairobi on Monday. "
            "Mensah also met Tanzanian President Juma Mrisho on Tuesday.")
    tables = runner.run_partition(runner.articles_table(
        [io.article_row("d", text=text, published="2024-07-28", encoding="utf-8")]), nlp)
    rules_alone = events.normalise_events(tables["documents"], tables["sentences"], tables["entities"],
                                          tables["actors"], tables["relations"], model=None).to_pylist()
    assert [sorted(p["name"] for p in e["participants"]) for e in rules_alone] == [["Juma Mrisho", "Kofi Mensah"]]


# ---------------------------------------------------------------- training and cross-validation

CORPUS = {
    "a": ("Kenyan President Amina Otieno met Ghanaian President Kofi Mensah in Nairobi on Monday.",
          [("Amina Otieno", "Kofi Mensah")]),
    "b": ("Tanzanian President Juma Mrisho held talks with Ugandan Prime Minister Ruth Kabanda in Dodoma on Friday.",
          [("Juma Mrisho", "Ruth Kabanda")]),
    "c": ("Swedish Prime Minister Erik Lindqvist and Finnish President Aino Virtanen held separate press "
          "conferences in Oslo after the summit.", []),
    "d": ("Chilean President Rosa Fuentes received Peruvian Foreign Minister Diego Salas in Santiago on Tuesday.",
          [("Rosa Fuentes", "Diego Salas")]),
    "e": ("Nigerian President Ade Okafor spoke about trade at the summit, and Senegalese President Moussa Diop "
          "praised the talks.", []),
    "f": ("Indian Prime Minister Ravi Menon met Nepalese Prime Minister Sita Thapa in Kathmandu on Sunday.",
          [("Ravi Menon", "Sita Thapa")]),
    "g": ("Polish President Jan Nowak did not meet Czech Prime Minister Petr Dvorak in Prague, officials said.", []),
    "h": ("Mexican President Lucia Ramos held a phone call with Colombian President Andres Vega on Thursday.",
          [("Lucia Ramos", "Andres Vega")]),
    "i": ("Austrian Chancellor Karl Huber and Swiss President Lena Meier both gave speeches at the summit "
          "dinner in Vienna.", []),
    "j": ("Japanese Prime Minister Kenji Sato met South Korean President Min-ho Park in Tokyo on Friday.",
          [("Kenji Sato", "Min-ho Park")]),
}


@pytest.fixture(scope="module")
def annotated(tmp_path_factory, nlp):
    root = tmp_path_factory.mktemp("annotated")
    (root / "docs").mkdir()
    gold = []
    for doc_id, (text, pairs) in CORPUS.items():
        (root / "docs" / f"{doc_id}.txt").write_text(f"Talks\n{text}\n", encoding="utf-8")
        gold.append({"doc_id": doc_id, "published": "2024-07-28", "events": [
            {"type": "meeting", "participants": [{"name": a, "title": None, "country": None, "org": None},
                                                 {"name": b, "title": None, "country": None, "org": None}],
             "location": None, "date": None, "evidence": text} for a, b in pairs]})
    (root / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    meta = root / "meta.jsonl"
    meta.write_text("".join(json.dumps({"doc_id": d, "published": "2024-07-28"}) + "\n" for d in CORPUS))
    runner.run(io.Source(root / "docs", meta), root / "out")
    return root


@pytest.mark.model
def test_train_labels_relations_against_gold(annotated):
    from pipeline import evaluate

    rows = train.labelled(annotated / "out", evaluate.load_gold(annotated / "gold.jsonl"))
    by_doc = {}
    for doc, label in zip(rows.docs, rows.labels):
        by_doc.setdefault(doc, []).append(label)
    assert by_doc["a"] == [1] and by_doc["f"] == [1]
    assert 1 not in by_doc.get("g", []) and 1 not in by_doc.get("c", [])


@pytest.mark.model
def test_train_writes_the_same_plain_weights_twice(annotated, tmp_path):
    args = [str(annotated / "out"), str(annotated / "gold.jsonl"), "--write"]
    assert train.main(args + [str(tmp_path / "one.json")]) == 0
    assert train.main(args + [str(tmp_path / "two.json")]) == 0
    one = (tmp_path / "one.json").read_text()
    assert one == (tmp_path / "two.json").read_text()
    model = json.loads(one)
    assert model["weights"] and model["threshold"] == train.THRESHOLD


@pytest.mark.model
def test_train_cross_validation_reports_held_out_figures(annotated, capsys):
    assert train.main([str(annotated / "out"), str(annotated / "gold.jsonl"), "--cv", "2"]) == 0
    printed = capsys.readouterr().out
    assert "2-fold cross-validation by document" in printed
    assert "reliability (events by confidence band)" in printed
    assert "candidate recall: 6/6 = 1.000" in printed
    assert printed.count("per-fold dyad F1:") == 1


@pytest.mark.model
def test_train_exported_rows_are_added_to_every_fit(annotated, tmp_path):
    from pipeline import evaluate

    rows = train.labelled(annotated / "out", evaluate.load_gold(annotated / "gold.jsonl"))
    path = tmp_path / "rows.parquet"
    assert train.export_rows(rows, path, "mine") == len(rows.labels)
    extra = train.load_extra(path)
    # features and labels only: the documents are hashes, no text and no names
    assert sorted(extra.labels) == sorted(rows.labels) and extra.weight == train.EXTRA_WEIGHT
    assert sorted(map(sorted, extra.features)) == sorted(map(sorted, rows.features))
    import pyarrow.parquet as pq
    assert not set(pq.read_table(path).column("doc").to_pylist()) & set(rows.docs)
    assert train.export_rows(rows, path, "again", append=True) == 2 * len(rows.labels)
    assert train.load_extra(tmp_path / "none.parquet").labels == []
    args = [str(annotated / "out"), str(annotated / "gold.jsonl"), "--write"]
    assert train.main(args + [str(tmp_path / "alone.json"), "--no-extra"]) == 0
    assert train.main(args + [str(tmp_path / "with.json"), "--extra", str(path)]) == 0
    alone, with_rows = (json.loads((tmp_path / f).read_text()) for f in ("alone.json", "with.json"))
    assert with_rows["n_rows"] == alone["n_rows"] + 2 * len(rows.labels)
    assert with_rows["weights"] != alone["weights"]


def test_train_bad_gold_is_a_one_line_error(tmp_path, capsys):
    (tmp_path / "gold.jsonl").write_text("{nope\n")
    assert train.main([str(tmp_path), str(tmp_path / "gold.jsonl"), "--cv", "5"]) == 2
    assert capsys.readouterr().err.startswith("error: ")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenyan President William Ruto and Ugandan President Yoweri Museveni pledged to meet the deadline for "
    "the pipeline.",
    "Venezuelan President Hugo Chavez and Bolivian President Evo Morales sent troops to the border, vowing "
    "to meet any incursion with force.",
])
def test_scorer_a_thing_met_is_no_cue(run_text, text):
    # neither a rule nor a candidate pair: the parties named together met no one
    out = run_ok(run_text, text)
    assert out["relations"] == [] and events_of(run_text, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, events_expected", [
    ("President Kofi Mensah thanked the guests for coming to the funeral of the late President Yaw Boateng "
     "and held talks with President Jean Habimana.", [["Jean Habimana", "Kofi Mensah"]]),
    ("President Marie Laurent expressed sympathy over the death of President Jonas Berg.", []),
])
def test_scorer_the_dead_are_no_party(run_text, text, events_expected):
    out = run_ok(run_text, text)
    by_id = {a["actor_id"]: a["name"] for a in out["actors"]}
    paired = {by_id[a] for r in out["relations"] for a in r["actor_ids"]}
    assert not paired & {"Yaw Boateng", "Jonas Berg"}     # neither as a rule's party nor a candidate's
    assert [sorted(names(e)) for e in events_of(run_text, text)] == events_expected
