"""The learned scorer of the relations stage: candidate pairs, their features, their score.

The rules of :mod:`pipeline.relations` propose relations; this module adds, for every sentence
with an interaction cue (``models/cues.tsv``: verbs, nouns and phrases of meeting, calling,
writing, receiving, visiting ...), every other pair of named parties in it as a candidate. Each
relation, rule-made or candidate, gets a list of binary features (:func:`features`): which rule
found it and how, the cue words of its sentence and where the parties stand to them, modality
and negation, distance, the kinds of the parties. A logistic regression over those features
(weights in ``models/scorer.json``, fitted by ``make train`` with :mod:`pipeline.train`)
gives the relation's ``confidence``; the events stage keeps relations scored at or above the
threshold stored with the weights. Without a weights file the rules decide alone, as before.

Keep the three parts apart: :func:`features` (a pure function of a candidate and its Doc),
:func:`predict` (weights in, score out), and the stages that write the scores.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from .lexicon import MODELS_DIR

WEIGHTS = MODELS_DIR / "scorer.json"
CUES = MODELS_DIR / "cues.tsv"
_SUBJECT = {"nsubj", "nsubjpass", "csubj", "agent"}
_OBJECT = {"dobj", "pobj", "dative", "attr", "appos", "conj"}
_NEGATIONS = {"not", "n't", "never", "no", "denied", "deny", "denies", "refused", "cancelled", "canceled",
              "postponed", "called off", "rejected"}
_FUTURE = {"will", "would", "shall", "'ll", "plan", "plans", "planned", "scheduled", "expected", "due",
           "upcoming", "next", "to", "may", "might", "could", "hope", "hopes", "invite", "invited", "invitation"}
SAY = {"say", "tell", "add", "note", "state", "stress", "announce", "report", "quote"}   # verbs of saying


@lru_cache(maxsize=1)
def cues() -> dict[str, str]:
    """``lemma or lowercase word -> kind`` (meeting, phone_call, video_call, correspondence, visit,
    receive, event) from ``models/cues.tsv``."""
    out = {}
    for line in CUES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, kind = line.split("\t")[:2]
        out[word.strip().lower()] = kind.strip()
    return out


def cue_tokens(sent: Span) -> list[Token]:
    """The tokens of ``sent`` that are interaction cues."""
    table = cues()
    return [t for t in sent if ((t.lemma_.lower() in table or t.lower_ in table) and not t.is_stop
                                or t.lower_ in ("met", "meets", "call", "called", "spoke", "talks"))
            and not _calls_for(t) and not names_as(t) and not _of_ties(t)]


_SIDED = {"bilateral", "trilateral"}
_TIES = {"relation", "relations", "tie", "ties", "cooperation", "collaboration", "partnership", "trade", "issue",
         "issues", "agenda", "matter", "matters", "friendship"}


def _of_ties(tok: Token) -> bool:
    """ "bilateral relations", "trilateral cooperation": the adjective describes ties, not a
    meeting ("bilateral talks" is a meeting by its noun; "held a bilateral" by the adjective)."""
    if tok.lower_ not in _SIDED or tok.dep_ != "amod":
        return False
    head = tok.head
    while head.dep_ == "compound":      # "bilateral defence cooperation"
        head = head.head
    return head.lower_ in _TIES or head.lemma_.lower() in _TIES


def _calls_for(tok: Token) -> bool:
    """ "called for restraint", "calling for talks", "called on X to release them": a demand,
    not a call."""
    if tok.lemma_.lower() != "call":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True
    return _called_on(tok) and _urges(tok)


def names_as(tok: Token) -> bool:
    """ "called X a liar", "X was called a traitor", "has called X 'a true friend'": a name
    given, not a call made."""
    if tok.lemma_.lower() != "call" or tok.pos_ not in ("VERB", "AUX"):
        return False
    # (a person's name read as what someone was called: "called President X on Monday" is a call)
    return any(c.dep_ == "oprd" and c.ent_type_ != "PERSON" and c.pos_ != "PROPN" for c in tok.children) or any(
        a.dep_ == "appos" and a.left_edge.i > 0 and tok.doc[a.left_edge.i - 1].text in _QUOTES
        for c in tok.children if c.dep_ == "dobj" for a in c.children)


_QUOTES = {'"', "“", "‘", "'", "``"}


def _called_on(tok: Token) -> bool:
    """ "called on X" (not "called X on Monday"): someone called on, in person or to act."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "upon") and any(
        p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children) for c in tok.children)


def _urges(tok: Token) -> bool:
    """Whether a verb goes on with what someone is to do: "called on X to release them"."""
    for t in tok.subtree:
        if t.pos_ in ("VERB", "AUX") and t.i > tok.i and t.dep_ in ("xcomp", "advcl", "ccomp", "relcl", "acl") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            return True
    return False


def cue_kind(tok: Token) -> str:
    table = cues()
    return table.get(tok.lemma_.lower()) or table.get(tok.lower_) or "meeting"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if n <= edge:
            return f"<={edge}"
    return f">{edges[-1]}"


def _role(tok: Token, cue: Token) -> str:
    """How a party's token stands to a cue: subject, counterpart (object, "with"), or other."""
    node, steps = tok, 0
    while node.head.i != node.i and steps < 6:
        if node.head.i == cue.i or (cue.pos_ in ("NOUN", "PROPN") and node.head.i == cue.head.i and node.i != cue.i):
            if node.dep_ in _SUBJECT:
                return "subj"
            if node.dep_ in ("prep",) or node.dep_ in _OBJECT or node.dep_ == "poss":
                return "poss" if node.dep_ == "poss" else "obj"
            return "near"
        node, steps = node.head, steps + 1
    return "none"


@dataclass(frozen=True)
class SentenceFeatures:
    """What every candidate of one sentence shares: its cue tokens and sentence-level features."""

    cues: list[Token]
    words: list[str]
    sent_id: int


def sentence_features(sent: Span, n_parties: int, caption: bool, sent_id: int) -> SentenceFeatures:
    """The features of a sentence, computed once for all its candidates (see :func:`features`)."""
    found = cue_tokens(sent)
    out = []
    for cue in found[:6]:
        out.append(f"cue={cue.lemma_.lower()}")
        out.append(f"cue_kind={cue_kind(cue)}")
    if not found:
        out.append("no_cue")
    out.append("parties" + _bucket(n_parties, (2, 3, 5)))
    words = {t.lower_ for t in sent}
    if words & _NEGATIONS:
        out.append("neg_word")
    if words & _FUTURE:
        out.append("future_word")
    if any(t.lemma_.lower() in SAY and t.dep_ == "ROOT" for t in sent):
        out.append("say_root")
    if any(t.is_quote for t in sent) or '"' in sent.text or "“" in sent.text:
        out.append("quote")
    if caption:
        out.append("caption")
    out.append("sent" + _bucket(sent_id, (0, 2, 5, 10)))
    out.append("length" + _bucket(len(sent), (15, 30, 50)))
    return SentenceFeatures(found, out, sent_id)


def features(sent: Span, rule: dict | None, toks: tuple[Token, Token], kinds: tuple[str | None, str | None],
             countries: tuple[str | None, str | None], n_parties: int, caption: bool,
             sent_id: int, context: SentenceFeatures | None = None) -> list[str]:
    """Binary features of one candidate pair in ``sent``.

    Args:
        sent: the sentence.
        rule: the rule relation's ``{"predicate", "modality", "negated", "how", "trigger"}`` when a rule
            found this pair here, else None.
        toks: the root tokens of the two parties' mentions (a resolved pronoun or title: the word used).
        kinds: the parties' kinds (person / organization / state).
        countries: the parties' stated countries.
        n_parties: named parties in the sentence.
        caption: whether the sentence is a photo caption.
        sent_id: the sentence's position in the document.
        context: the sentence's :func:`sentence_features`, when already computed.
    """
    ctx = context or sentence_features(sent, n_parties, caption, sent_id)
    out = ["bias_row"]
    if rule is not None:
        out += ["rule", f"rule_pred={rule['predicate']}", f"rule_mod={rule['modality']}"]
        if rule["negated"]:
            out.append("rule_negated")
        out += [f"rule_how={h}" for h in sorted(rule.get("how") or ())]
    else:
        out.append("candidate")
    found = ctx.cues
    out += ctx.words
    a, b = toks
    roles = sorted(_role(t, c) for t in (a, b) for c in found[:3]) if found else []
    best = {r for r in roles if r != "none"}
    out += [f"role={r}" for r in sorted(best)]
    if {"subj", "obj"} <= best:
        out.append("subj_and_obj")
    if a.head.i == b.i or b.head.i == a.i:
        out.append("adjacent_heads")
    out += _path_features(a, b, found)
    if (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i) or (
            a.head.i == b.head.i and a.dep_ == b.dep_ == "conj"):
        out.append("coordinated")
    out.append("dist" + _bucket(abs(a.i - b.i), (3, 8, 15, 30)))
    ka, kb = sorted(k or "none" for k in kinds)
    out.append(f"kinds={ka}-{kb}")
    ca, cb = countries
    if ca and cb:
        out.append("same_country" if ca == cb else "two_countries")
    # A rule's relation and a bare candidate weigh the same evidence differently.
    origin = "R" if rule is not None else "C"
    return out + [f"{origin}&{f}" for f in out if not f.startswith(("rule", "candidate", "bias"))]


def _ancestors(tok: Token) -> list[Token]:
    chain = [tok]
    while chain[-1].head.i != chain[-1].i and len(chain) < 12:
        chain.append(chain[-1].head)
    return chain


def _path_features(a: Token, b: Token, found: list[Token]) -> list[str]:
    """The shape of the dependency path between the two parties through their lowest common
    ancestor: its length, whether that ancestor is a cue, whether the parties are listed
    together or one is a subject. Not the path's words or labels themselves: those fit the
    articles the scorer was trained on and did not carry to others."""
    up_a, up_b = _ancestors(a), _ancestors(b)
    common = next((t for t in up_a if t in up_b), None)
    if common is None or a.i == b.i:
        return []
    left = [t.dep_ for t in up_a[: up_a.index(common)]]
    right = [t.dep_ for t in up_b[: up_b.index(common)]]
    cue_ids = {t.i for t in found}
    out = ["path_len" + _bucket(len(left) + len(right), (2, 3, 4, 6)),
           f"lca={'cue' if common.i in cue_ids else common.pos_}"]
    if common.i not in cue_ids and common.head.i in cue_ids:
        out.append("lca_under_cue")
    if set(left + right) <= _LIST_DEPS:
        out.append("same_list")          # "A, B and C": listed together, not facing each other
        # ... and where the list stands: the ones who meet ("A and B met") or the ones met by
        # another ("X met A and B": one meeting each, none between them)
        roles = {_role(common, c) for c in found[:3]} - {"none"}
        out += [f"list_role={r}" for r in sorted(roles)]
        # ... and the word the list hangs on: "talks between A and B" is one meeting of them
        # all, "met with A and B" one meeting each with the one who met them
        top = list_top(common)
        if top.dep_ == "pobj":
            prep = top.head.lower_
            out.append(f"list_prep={prep if prep in _LIST_PREPS else 'other'}")
        # ... and whether someone outside the list does the meeting ("He met A, B and C": each
        # met him) or nobody does ("The talks were attended by A, B and C": they met together)
        out.append("list_host" if _host_outside(top, cue_ids) else "list_hostless")
    subjects = [bool(set(side) & _SUBJECT) for side in (left, right)]
    if subjects[0] != subjects[1]:
        out.append("one_subject")        # "A met B": one side acts, the other is met
    return out


_LIST_PREPS = {"with", "between", "among", "to", "by", "from", "of"}
_LIST_DEPS = {"conj", "appos", "compound", "punct", "cc", "npadvmod", "nmod", "amod"}


_CLIMB = {"pobj", "prep", "dobj", "agent", "dative", "attr", "pcomp"}


def _host_outside(top: Token, cue_ids: set[int]) -> bool:
    """Whether the clause a list of names stands in has a subject outside the list that is not
    itself a cue ("He received A and B", "The president met A and B"; not "The talks were
    attended by A and B", not "A and B met"). A clause with no subject of its own ("went on
    to meet A and B") takes the subject of the clause it hangs on."""
    if top.dep_ in _SUBJECT:
        return False
    node = top
    while node.dep_ in _CLIMB and node.head.i != node.i:
        node = node.head
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != top.i]
        if subjects:
            table = cues()
            return any(s.i not in cue_ids and s.lemma_.lower() not in table and s.lower_ not in table
                       for s in subjects)
        if node.dep_ not in ("xcomp", "advcl", "conj", "relcl", "acl") or node.head.i == node.i:
            return False
        node = node.head
    return False


def list_top(tok: Token, deps: set[str] = _LIST_DEPS) -> Token:
    """The word a list of names stands in for: climbed from a member through ``deps``."""
    while tok.dep_ in deps and tok.head.i != tok.i:
        tok = tok.head
    return tok


@lru_cache(maxsize=4)
def _load(path: str) -> dict | None:
    p = Path(path)
    if not p.exists():
        return None
    return json.loads(p.read_text(encoding="utf-8"))


VETO = "veto="      # a rule's verdict carried among the features: never fitted, and the relation is no event


def vetoed(feats: list[str] | None) -> bool:
    """Whether a rule has ruled the relation out (a feature ``veto=...``)."""
    return any(f.startswith(VETO) for f in feats or ())


def weights(path: str | Path | None = None) -> dict | None:
    """The fitted weights (``{"bias", "weights", "threshold", ...}``), or None when there are none."""
    return _load(str(path or WEIGHTS))


def predict(feats: list[str], model: dict) -> float:
    """The logistic regression's probability that the candidate is a reported interaction."""
    w = model["weights"]
    z = model["bias"] + sum(w.get(f, 0.0) for f in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def calibrate(score: float, model: dict) -> float:
    """The share of events right among those whose relation scored ``score``, read off the
    model's calibration curve (Platt scaling, fitted on held-out folds); the score itself if none."""
    points = model.get("calibration")
    if not points:
        return round(score, 4)
    xs, ys = points["x"], points["y"]
    if score <= xs[0]:
        return ys[0]
    for (x0, y0), (x1, y1) in zip(zip(xs, ys), zip(xs[1:], ys[1:])):
        if score <= x1:
            return round(y0 + (y1 - y0) * (score - x0) / (x1 - x0) if x1 > x0 else y1, 4)
    return ys[-1]
