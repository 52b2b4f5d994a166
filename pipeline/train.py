"""Fit the relation scorer on annotated articles, and cross-validate it by document.

    python -m pipeline.train OUT GOLD.jsonl [--write models/scorer.json] [--cv 5] [--c C] [--threshold T]

OUT is a ``parley extract`` output of the annotated articles (its ``relations`` table holds every
rule relation and candidate pair with its features); GOLD is their annotations (the format of
``../shared/devset/SCHEMA.md``). A relation is labelled right when at least half of the pairs of
its parties are gold dyads of the document (names matched as ``parley eval`` matches them).

Rows of other annotated articles (``models/training_rows.parquet``: each relation's features and
label, no text, no names; written by ``--export-rows``) are added to every fit, never to what is
scored: cross-validation still holds out dev documents only.

``--write`` fits a logistic regression (scikit-learn, liblinear, L2, ``C``) on all rows, fits the
calibration of event confidence (Platt scaling) on an inner 5-fold split, and writes both as
plain JSON. ``--cv K`` splits the documents into K folds (by a hash of the doc_id,
so the same for everyone), fits on K-1, scores the held-out fold's relations, remakes its events
with the events stage and scores them against gold; the K held-out results are pooled (and their
per-fold F1 averaged) into the figure that predicts unseen text. Nothing here reads OUT's events:
the fit on the training data itself says nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from . import evaluate, events, io, scorer
from .lexicon import MODELS_DIR

C = 0.05                # inverse L2 strength (chosen by 5-fold cross-validation on the dev set)
THRESHOLD = 0.5         # relations scored at or above it become events
SEED = 0                # liblinear's; the solver is deterministic for one row order
EXTRA_ROWS = MODELS_DIR / "training_rows.parquet"   # other annotated articles' rows, added to every fit
EXTRA_WEIGHT = 0.25     # each such row counts a quarter of a dev row (their annotators differ a little)


@dataclass
class Rows:
    table: pa.Table            # the relations table, sorted by key
    features: list[list[str]]
    labels: list[int]
    docs: list[str]
    names: dict                # (doc_id, actor_id) -> the actors row


def labelled(out: str | Path, gold: list[dict]) -> Rows:
    """Every relation of OUT with its features and its label against ``gold``."""
    rel = io.read_table(out, "relations")
    rel = rel.sort_by([("doc_id", "ascending"), ("sent_id", "ascending"), ("rel_id", "ascending")])
    names = {(a["doc_id"], a["actor_id"]): a for a in io.read_table(out, "actors").to_pylist()}
    dyads = {d["doc_id"]: [(e["participants"][i], e["participants"][j]) for e in d["events"]
                           for i in range(len(e["participants"])) for j in range(i + 1, len(e["participants"]))]
             for d in gold}
    feats, labels, docs = [], [], []
    for r in rel.select(["doc_id", "actor_ids", "features"]).to_pylist():
        parties = [_party(names.get((r["doc_id"], a))) for a in r["actor_ids"]]
        pairs = [(parties[i], parties[j]) for i in range(len(parties)) for j in range(i + 1, len(parties))]
        hits = sum(_gold_pair(a, b, dyads.get(r["doc_id"], [])) for a, b in pairs)
        feats.append(r["features"] or [])
        labels.append(int(bool(pairs) and 2 * hits >= len(pairs)))
        docs.append(r["doc_id"])
    return Rows(rel, feats, labels, docs, names)


@dataclass
class Extra:
    """Labelled relations of other annotated articles: features and labels only."""
    features: list[list[str]]
    labels: list[int]
    weight: float = EXTRA_WEIGHT

    @classmethod
    def none(cls) -> "Extra":
        return cls([], [])


def _weights(n: int, extra: Extra) -> list[float] | None:
    """Sample weights: 1 for each of the ``n`` rows of the annotated articles, ``extra.weight``
    for each extra row (None when there are none: plain fit)."""
    return [1.0] * n + [extra.weight] * len(extra.labels) if extra.labels else None


def load_extra(path: str | Path | None = EXTRA_ROWS, weight: float = EXTRA_WEIGHT) -> Extra:
    """The rows of ``path`` (a ``--export-rows`` file), or none when there is no such file."""
    import pyarrow.parquet as pq

    if path is None or not Path(path).exists():
        return Extra.none()
    table = pq.read_table(path, columns=["features", "label"])
    # (rows with an organisation for a party are left out: those annotators named a body as a
    # party less often than SCHEMA.md asks, "met representatives of the X Committee")
    rows = [(list(f or []), int(x)) for f, x in zip(table.column("features").to_pylist(),
                                                   table.column("label").to_pylist())
            if not any("organization" in feature for feature in (f or []))]
    return Extra([f for f, _ in rows], [x for _, x in rows], weight)


def export_rows(rows: Rows, path: str | Path, source: str = "", append: bool = False) -> int:
    """Write ``rows`` as training rows another fit can add (after the rows already in ``path``
    with ``append``): a hash of the document (with ``source``, to tell sets apart), the
    features, the label. No text, no names."""
    import pyarrow.parquet as pq

    data = sorted((hashlib.sha256(f"{source}:{d}".encode("utf-8")).hexdigest()[:16], sorted(rows.features[i]),
                   rows.labels[i]) for i, d in enumerate(rows.docs))
    if append and Path(path).exists():
        old = pq.read_table(path).to_pylist()
        data = sorted([(r["doc"], list(r["features"]), r["label"]) for r in old] + data)
    table = pa.table({"doc": pa.array([d[0] for d in data], pa.string()),
                      "features": pa.array([list(d[1]) for d in data], pa.list_(pa.string())),
                      "label": pa.array([d[2] for d in data], pa.int8())})
    with io.atomic_path(Path(path)) as tmp:
        pq.write_table(table, tmp)
    return table.num_rows


def _party(actor: dict | None) -> dict:
    if actor is None:
        return {"name": None, "org": None}
    org = actor["name"] if actor["kind"] == "organization" else actor.get("org")
    return {"name": actor["name"], "org": org}


def _gold_pair(a: dict, b: dict, dyads: list[tuple[dict, dict]]) -> bool:
    match = evaluate.participant_matches
    return any((match(g1, a) and match(g2, b)) or (match(g1, b) and match(g2, a)) for g1, g2 in dyads)


def fit(features: list[list[str]], labels: list[int], c: float = C, threshold: float = THRESHOLD,
        degenerate_ok: bool = False, weights: list[float] | None = None) -> dict:
    """A logistic regression over binary features, as plain data.

    Raises:
        ValueError: when the rows are all right or all wrong (unless ``degenerate_ok``, used for
            the small inner folds of calibration, where it gives a constant model).
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    if len(set(labels)) < 2:
        if not degenerate_ok:
            raise ValueError("the training rows need both right and wrong relations")
        return {"model": "constant", "C": c, "threshold": threshold, "bias": 4.0 if labels and labels[0] else -4.0,
                "n_rows": len(labels), "n_positive": int(sum(labels)), "weights": {}}
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{f: 1 for f in fs if not f.startswith(scorer.VETO)} for fs in features]).tocsr()
    x.indices = x.indices.astype("int32")
    x.indptr = x.indptr.astype("int32")
    model = LogisticRegression(C=c, solver="liblinear", random_state=SEED, max_iter=1000)
    model.fit(x, labels, sample_weight=weights)
    weights = {name: round(float(w), 6) for name, w in zip(vec.get_feature_names_out(), model.coef_[0])
               if round(float(w), 6) != 0.0}
    return {"model": "logistic regression (scikit-learn liblinear, L2)", "C": c, "threshold": threshold,
            "bias": round(float(model.intercept_[0]), 6), "n_rows": len(labels), "n_positive": int(sum(labels)),
            "weights": dict(sorted(weights.items()))}


def fold_of(doc_id: str, k: int) -> int:
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest(), 16) % k


def cross_validate(out: str | Path, gold: list[dict], k: int = 5, c: float = C,
                   threshold: float = THRESHOLD, extra: Extra | None = None) -> dict:
    """K-fold cross-validation by document: pooled held-out report, per-fold F1, candidate recall.

    Each fold's model is calibrated with an inner cross-validation of its own training
    documents, so the reliability table judges calibration on documents it never saw.
    """
    rows = labelled(out, gold)
    tables = {t: io.read_table(out, t) for t in ("documents", "sentences", "entities", "actors")}
    gold_docs = sorted({d["doc_id"] for d in gold})
    held_events, fold_f1 = [], []
    for fold in range(k):
        train_docs = [d for d in gold_docs if fold_of(d, k) != fold]
        test_docs = [d for d in gold_docs if fold_of(d, k) == fold]
        model = fit_calibrated(rows, tables, gold, train_docs, c, threshold, k, extra)
        ev = _held_out_events(rows, tables, model, test_docs)
        held_events.append(ev)
        fold_f1.append(evaluate.score(gold, ev, docs=test_docs).dyad.f1 or 0.0)
    report = evaluate.score(gold, pa.concat_tables(held_events))
    return {"report": report, "fold_f1": fold_f1, "candidate_recall": candidate_recall(
        rows, gold, set(tables["documents"].column("doc_id").to_pylist()))}


def fit_calibrated(rows: Rows, tables: dict, gold: list[dict], docs: list[str], c: float = C,
                   threshold: float = THRESHOLD, k: int = 5, extra: Extra | None = None) -> dict:
    """Fit on ``docs`` (and the ``extra`` rows); calibrate event confidence on an inner K-fold
    split of ``docs``."""
    extra = extra or Extra.none()
    keep = set(docs)
    idx = [i for i, d in enumerate(rows.docs) if d in keep]
    model = fit([rows.features[i] for i in idx] + extra.features, [rows.labels[i] for i in idx] + extra.labels,
                c, threshold, weights=_weights(len(idx), extra))
    scores, right = [], []
    for inner in range(k):
        inner_test = [d for d in docs if fold_of("inner:" + d, k) == inner]
        inner_train = set(docs) - set(inner_test)
        tr = [i for i in idx if rows.docs[i] in inner_train]
        sub = fit([rows.features[i] for i in tr] + extra.features, [rows.labels[i] for i in tr] + extra.labels,
                  c, threshold, degenerate_ok=True, weights=_weights(len(tr), extra))
        ev = _held_out_events(rows, tables, sub, inner_test, raw=True)
        report = evaluate.score(gold, ev, docs=inner_test)
        wrong = {e["event_id"] for e in report.errors if e["level"] == "event" and e["kind"] == "spurious"}
        for e in ev.select(["event_id", "confidence"]).to_pylist():
            scores.append(e["confidence"])
            right.append(0.0 if e["event_id"] in wrong else 1.0)
    model["calibration"] = _calibration_curve(scores, right)
    return model


def _calibration_curve(scores: list[float], right: list[float]) -> dict | None:
    """Platt scaling: a logistic fit of being right on the logit of the score, kept as 101 points
    of its curve. A smooth curve: an isotonic one fitted the inner folds' few high scores too
    closely and claimed more than the outer folds then showed."""
    from sklearn.linear_model import LogisticRegression

    if len(set(right)) < 2:
        return None          # too few held-out events to calibrate: confidence stays the score
    fitted = LogisticRegression(C=1e6, solver="lbfgs").fit([[_logit(s)] for s in scores], right)
    a, b = float(fitted.coef_[0][0]), float(fitted.intercept_[0])
    xs = [i / 100 for i in range(101)]
    return {"x": xs, "y": [round(_sigmoid(a * _logit(x) + b), 4) for x in xs]}


def _sigmoid(z: float) -> float:
    """1 / (1 + e^-z) without overflow: held-out scores that separate right from wrong
    perfectly (a small training set) give a very steep curve."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _held_out_events(rows: Rows, tables: dict, model: dict, docs: list[str], raw: bool = False) -> pa.Table:
    """The events stage on ``docs`` with their relations scored by ``model`` (events keep the
    raw score with ``raw``, else its calibrated value)."""
    keep = set(docs)
    idx = [i for i, d in enumerate(rows.docs) if d in keep]
    rel = rows.table.take(pa.array(idx, pa.int64()))
    conf = [round(scorer.predict(rows.features[i], model), 4) for i in idx]
    rel = rel.set_column(rel.schema.get_field_index("confidence"), "confidence", pa.array(conf, pa.float64()))
    if raw:
        model = {**model, "calibration": None}
    return events.normalise_events(*(_only(tables[t], docs) for t in ("documents", "sentences", "entities",
                                                                     "actors")), rel, model=model)


def _only(table: pa.Table, docs: list[str]) -> pa.Table:
    import pyarrow.compute as pc

    return table.filter(pc.is_in(table.column("doc_id"), pa.array(docs, pa.string())))


def candidate_recall(rows: Rows, gold: list[dict], docs: set[str]) -> tuple[int, int]:
    """(gold dyads present among the relations' pairs, gold dyads), over the documents ``docs``."""
    pairs_by_doc: dict[str, list] = {}
    for r in rows.table.select(["doc_id", "actor_ids"]).to_pylist():
        ps = [_party(rows.names.get((r["doc_id"], a))) for a in r["actor_ids"]]
        pairs_by_doc.setdefault(r["doc_id"], []).extend(
            (ps[i], ps[j]) for i in range(len(ps)) for j in range(i + 1, len(ps)))
    found = total = 0
    for d in gold:
        if d["doc_id"] not in docs:
            continue
        for e in d["events"]:
            ps = e["participants"]
            for i in range(len(ps)):
                for j in range(i + 1, len(ps)):
                    total += 1
                    found += _gold_pair(ps[i], ps[j], pairs_by_doc.get(d["doc_id"], []))
    return found, total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="a parley extract output of the annotated articles")
    parser.add_argument("gold", help="their gold annotations (JSONL)")
    parser.add_argument("--write", metavar="FILE", help="fit on every row and write the weights here")
    parser.add_argument("--cv", type=int, metavar="K", help="K-fold cross-validation by document")
    parser.add_argument("--c", type=float, default=C, help=f"inverse regularisation strength (default {C})")
    parser.add_argument("--threshold", type=float, default=THRESHOLD,
                        help=f"score from which a relation is an event (default {THRESHOLD})")
    parser.add_argument("--extra", metavar="FILE", default=str(EXTRA_ROWS),
                        help="training rows of other annotated articles added to every fit "
                             "(default models/training_rows.parquet, if present)")
    parser.add_argument("--no-extra", action="store_true", help="fit on OUT's articles alone")
    parser.add_argument("--extra-weight", type=float, default=EXTRA_WEIGHT,
                        help=f"the weight of each extra row against one of OUT's (default {EXTRA_WEIGHT})")
    parser.add_argument("--export-rows", metavar="FILE",
                        help="write OUT's labelled relations as training rows another fit can add")
    parser.add_argument("--source", default="", help="a name for OUT's articles in --export-rows (hashed)")
    parser.add_argument("--append", action="store_true", help="--export-rows adds to the rows already in FILE")
    args = parser.parse_args(argv)
    try:
        gold = evaluate.load_gold(args.gold)
        extra = Extra.none() if args.no_extra else load_extra(args.extra, args.extra_weight)
        if extra.labels:
            print(f"adding {len(extra.labels)} training rows of other articles ({args.extra})")
        if args.export_rows:
            n = export_rows(labelled(args.out, gold), args.export_rows, args.source, args.append)
            print(f"{args.export_rows}: {n} training rows")
        if args.cv:
            result = cross_validate(args.out, gold, args.cv, args.c, args.threshold, extra)
            found, total = result["candidate_recall"]
            print(f"{args.cv}-fold cross-validation by document (held-out folds pooled):")
            print(evaluate.format_report(result["report"]))
            mean = sum(result["fold_f1"]) / len(result["fold_f1"])
            print("per-fold dyad F1: " + " ".join(f"{f:.3f}" for f in result["fold_f1"]) + f"   mean {mean:.3f}")
            print(f"candidate recall: {found}/{total} = {found / total:.3f} of gold dyads are among the candidates"
                  if total else "candidate recall: no gold dyads")
        if args.write:
            rows = labelled(args.out, gold)
            tables = {t: io.read_table(args.out, t) for t in ("documents", "sentences", "entities", "actors")}
            docs = sorted({d["doc_id"] for d in gold} & set(rows.docs))
            model = fit_calibrated(rows, tables, gold, docs, args.c, args.threshold, extra=extra)
            path = Path(args.write)
            with io.atomic_path(path) as tmp:
                tmp.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"{path}: {len(model['weights'])} weights from {model['n_rows']} relations "
                  f"({model['n_positive']} right)")
    except (io.InputError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
