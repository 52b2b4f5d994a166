"""Stage 2, sentences: documents -> sentences (+ parses).

Input  ``documents`` (schemas.DOCUMENTS): doc_id, text, status, ...
Output ``sentences`` (schemas.SENTENCES): doc_id, sent_id, start_char, end_char, text
       ``parses``    (schemas.PARSES):    doc_id, model, docbin

This is the one stage that runs the spaCy model. It reads each document's body and then
its photo captions (:func:`pipeline.clean.analysed_text`), so an interaction stated only in
a caption is found; offsets past the end of ``text`` point into the captions. Its full analysis (tags, lemmas,
dependencies, entities) is kept as DocBin bytes in ``parses`` so that later stages read
it instead of parsing again.
"""

from __future__ import annotations

from typing import Iterable

import pyarrow as pa
import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from . import nlp as nlp_mod
from . import schemas
from .clean import analysed_text

INPUT = schemas.DOCUMENTS
OUTPUTS = (schemas.SENTENCES, schemas.PARSES)
BATCH_SIZE = 16


def split_sentences(documents: pa.Table, *, nlp: Language) -> dict[str, pa.Table]:
    """Parse every ``ok`` document once and split it into sentences.

    Args:
        documents: a ``DOCUMENTS`` table.
        nlp: a loaded pipeline (see :func:`pipeline.nlp.load`).

    Returns:
        ``{"sentences": ..., "parses": ...}``, each sorted by key.
    """
    schemas.validate(documents, INPUT)
    ok = [r for r in documents.select(["doc_id", "text", "captions", "status"]).to_pylist() if r["status"] == "ok"]
    model = nlp_mod.model_id(nlp)
    sent_rows, parse_rows, parsed = [], [], {}
    texts = (analysed_text(r["text"], r["captions"]) for r in ok)
    with nlp_mod.one_thread():
        for row, doc in zip(ok, nlp.pipe(texts, batch_size=BATCH_SIZE)):
            sent_rows.extend(sentence_rows(row["doc_id"], doc))
            parse_rows.append({"doc_id": row["doc_id"], "model": model, "docbin": to_bytes(doc)})
            parsed[row["doc_id"]] = doc
    parses = schemas.conform(parse_rows, schemas.PARSES)
    _remember(parses, [(doc_id, parsed[doc_id]) for doc_id in parses.column("doc_id").to_pylist()])
    return {"sentences": schemas.conform(sent_rows, schemas.SENTENCES), "parses": parses}


def sentence_rows(doc_id: str, doc: Doc) -> list[dict]:
    """One row per non-blank sentence of a parsed document, numbered from 0."""
    rows = []
    for sent in doc.sents:
        span = _trim(sent)
        if span is None:
            continue
        rows.append({"doc_id": doc_id, "sent_id": len(rows), "start_char": span.start_char,
                     "end_char": span.end_char, "text": span.text})
    return rows


def _trim(sent):
    start, end = sent.start, sent.end
    doc = sent.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return doc[start:end] if end > start else None


def to_bytes(doc: Doc) -> bytes:
    """Serialise a parsed Doc (no user data) for the ``parses`` table."""
    db = DocBin(attrs=["ORTH", "TAG", "POS", "MORPH", "LEMMA", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE",
                       "SENT_START"], store_user_data=False)
    db.add(doc)
    return db.to_bytes()


_VOCAB: Vocab | None = None


def from_bytes(data: bytes) -> Doc:
    """Rebuild a Doc from ``parses.docbin`` without loading a model."""
    global _VOCAB
    if _VOCAB is None:
        # An English vocab, so lexical attributes (lower_, is_title, like_num) are right.
        _VOCAB = spacy.blank("en").vocab
    return next(iter(DocBin().from_bytes(data).get_docs(_VOCAB)))


_LAST: tuple[pa.Table, list[tuple[str, Doc]]] | None = None


def docs_by_id(parses: pa.Table) -> list[tuple[str, Doc]]:
    """``(doc_id, Doc)`` for each row of a ``parses`` table.

    The stages after ``sentences`` (entities, relations) read the same partition's parses
    one after the other. The Docs of the last parses table are kept: the ones
    :func:`split_sentences` just parsed when the table is its output (so a chained run
    rebuilds no Doc), else the ones rebuilt from the table's bytes for the first stage that
    asks. The stages only read the Docs, and read nothing the bytes do not keep, so both
    give the same rows (``tests/test_runner.py`` checks a stage rerun from Parquet against
    the chained run).
    """
    last = _LAST
    if last is not None and last[0] is parses:
        return last[1]
    docs = [(row["doc_id"], from_bytes(row["docbin"])) for row in parses.select(["doc_id", "docbin"]).to_pylist()]
    _remember(parses, docs)
    return docs


def _remember(parses: pa.Table, docs: list[tuple[str, Doc]]) -> None:
    global _LAST
    _LAST = (parses, docs)
