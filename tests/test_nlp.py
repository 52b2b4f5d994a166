"""pipeline.nlp: the table-driven attribute ruler matching and cached lemmatizer give the very
Docs spaCy's own components give."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import DocBin

from pipeline import nlp as nlp_mod

# Our own sentences, chosen for the attribute ruler's exceptions: pronouns and their cases,
# "n't"/"'d", "that" as determiner and relative, "but" as an adverb, "been"/"being", indefinite
# pronouns, and words the lemmatizer inflects (met, talks, ministers, better, held).
TEXTS = [
    "She met him in Paris, but they didn't sign anything: it'd been a long day.",
    "The ministers, who had been meeting since Monday, said that nobody would leave.\n\n"
    "Those talks were better than these, and we held ours at the palace itself.",
    "I'd told you so; everyone knew it. Being there was all but impossible for them.",
    "President Lula telephoned his counterpart on Tuesday - \"We can't wait,\" he said.",
    "",
    "   \n\n  ",
]


@pytest.fixture(scope="module")
def plain():
    model = spacy.load(nlp_mod.default_model())
    model.add_pipe("parley_paragraphs", before="parser")
    return model


def _bytes(doc) -> bytes:
    db = DocBin(store_user_data=False)
    db.add(doc)
    return db.to_bytes()


@pytest.mark.model
def test_parley_model_gives_the_docs_of_the_unmodified_model(nlp, plain):
    for fast, slow in zip(nlp.pipe(TEXTS * 2), plain.pipe(TEXTS * 2)):        # twice: cold, then cached
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in fast] == \
            [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in slow]
        assert _bytes(fast) == _bytes(slow)


@pytest.mark.model
def test_table_matcher_finds_the_matches_of_the_ruler_matcher(nlp, plain):
    ruler = plain.get_pipe("attribute_ruler")
    table = nlp_mod.TableMatcher(ruler)
    with plain.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(plain.pipe(TEXTS))
    for doc in docs:
        assert table(doc) == ruler.match(doc)
    assert any(len(ids) > 1 for _, _, ids in table.patterns)      # two-token patterns are checked too


@pytest.mark.model
def test_a_cleared_cache_gives_the_same_lemmas(nlp, monkeypatch):
    monkeypatch.setattr(nlp_mod, "CACHE_LIMIT", 3)                # start afresh every few words
    doc = nlp(TEXTS[1])
    assert [t.lemma_ for t in doc if t.lower_ in ("ministers", "had", "been", "talks", "were", "held")] == \
        ["minister", "have", "be", "talk", "be", "hold"]


@pytest.mark.model
def test_dining_is_lemmatized_as_dine_where_the_rules_say_din(nlp, plain):
    text = "The minister dined with her counterpart, dines with envoys and was dining with the Emir in the dining room."
    assert plain("The minister dined with her counterpart.")[2].lemma_ == "din"      # spaCy's own rules
    got = [(t.lower_, t.lemma_) for t in nlp(text) if t.lower_.startswith("din")]
    assert got == [("dined", "dine"), ("dines", "dine"), ("dining", "dine"), ("dining", "dining")]


@pytest.mark.model
def test_slated_is_lemmatized_as_slate_where_the_rules_say_slat(nlp, plain):
    text = "The envoy is slated to meet the President."
    assert plain(text)[3].lemma_ == "slat"      # spaCy's own rules
    assert nlp(text)[3].lemma_ == "slate"


def test_patterns_with_unknown_keys_stay_with_a_matcher():
    assert nlp_mod._understood([{"TAG": "NN", "LOWER": {"IN": ["a", "b"]}}])
    assert not nlp_mod._understood([{"TAG": "NN", "OP": "?"}])
    assert not nlp_mod._understood([{"LEMMA": "be"}])
    assert not nlp_mod._understood([{"LOWER": {"FUZZY": "meet"}}])


@pytest.mark.model
def test_the_layers_multiply_with_numpy_not_blis(nlp, plain):
    def ops_of(model):
        return {type(node.ops).__name__ + ("+blis" if getattr(node.ops, "use_blis", False) else "")
                for _, pipe in model.pipeline if getattr(pipe, "model", None) is not None
                for node in pipe.model.walk()}
    assert ops_of(plain) == {"NumpyOps+blis"}
    assert ops_of(nlp) == {"NumpyOps"}


def test_parsing_keeps_blas_to_one_thread():
    from threadpoolctl import threadpool_info

    before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    with nlp_mod.one_thread():
        assert all(lib["num_threads"] == 1 for lib in threadpool_info() if lib["user_api"] == "blas")
    assert [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] == before


@pytest.mark.model
@pytest.mark.parametrize("text, sentences", [
    # no sentence ends at the period of an abbreviated title before a name
    ("In Kenya, Hon. Derek Ama will meet his Kenyan counterpart on Wednesday.", 1),
    ("Gen. Kwame Mensah met Amb. Lena Brandt and Dr. Pavel Orlov on Monday.", 1),
    # ... a line break still starts one, and so does a sentence after an ordinary word's period
    ("The talks were led by the minister.\nHon. Derek Ama spoke first.", 2),
    ("The talks ended on Monday. Hon. Derek Ama spoke first.", 2),
    # ... and none inside a run of capitalised words with nothing between them
    ("President of Chile Rosa Valdivia (L) meets Sultan of Oman Sayyid Fahd Al Said Al Busaidi (R) in Muscat, "
     "Oman on June 9, 2016.", 1),
    # ... an abbreviated title in capitals included
    ("Mateusz Nowak has also met with Ukrainian PM Denys Melnyk and the head of the European Council Marc "
     "Dubois.", 1),
])
def test_no_sentence_starts_after_an_abbreviated_title_or_inside_a_name(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.model
@pytest.mark.parametrize("text, words", [
    # a given name of hyphenated syllables is one word, as the parser reads names best
    ("Foreign Minister Park Ji-hoon met Ravi Kumar.", ["Ji-hoon"]),
    ("Premier Lin Ya-wen and Somchai Chan-o-rat spoke.", ["Ya-wen", "Chan-o-rat"]),
    # compounds stay split: a country before "led", a two-syllable word, capitals after the hyphen
    ("The US-led and Saudi-owned high-level Sino-US Al-Sisi talks.", []),
])
def test_a_hyphenated_given_name_is_one_token(nlp, text, words):
    assert [t.text for t in nlp(text) if "-" in t.text and t.text != "-"] == words


@pytest.mark.model
def test_a_hyphenated_given_name_keeps_its_holder_the_subject(nlp):
    doc = nlp("Ravi Kumar and Lee Dong-hoon held talks on Monday.")
    held = next(t for t in doc if t.text == "held")
    assert [t.text for t in doc if t.head == held and t.dep_ == "nsubj"] == ["Kumar"]
    assert next(t for t in doc if t.text == "Dong-hoon").head.text == "Kumar"
