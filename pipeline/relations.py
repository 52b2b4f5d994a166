"""Stage 4, relations: parses + entities + actors -> relations (who-met-whom candidates).

Input  ``parses`` (schemas.PARSES), ``entities`` (schemas.ENTITIES), ``actors`` (schemas.ACTORS)
Output ``relations`` (schemas.RELATIONS): doc_id, sent_id, rel_id, trigger, predicate,
       actor_ids, location_text, time_text, negated, modality, confidence

A relation is an interaction trigger (``models/triggers.json``: "met", "held talks",
"had a phone conversation", "exchanged congratulatory messages") with the parties the
dependency parse attaches to it: the subject side ("X met", "X's meeting", "X and Y held
talks") and the counterpart side ("met Y", "with Y", "between X and Y"). A party may be
named, a surname, a pronoun ("he"), a title ("the French president") or a group
("representatives of X", "a delegation led by Y"); each is resolved to a document actor.
Several counterparts who do not act together give one relation each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pyarrow as pa
from spacy.tokens import Doc, Span, Token

from . import dates, geo, lexicon, schemas, scorer
from .entities import _QUOTES, _STYLE_WORDS, _TITLE_SPELLINGS, _is_honorific, _is_title_word, envoy_title
from .sentences import docs_by_id

INPUTS = (schemas.PARSES, schemas.ENTITIES, schemas.ACTORS)
OUTPUT = schemas.RELATIONS

PARTY_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_PRONOUNS = {"he", "she", "him", "her"}


@dataclass
class DocIndex:
    """What the relation rules need to know about one document's entities and actors."""

    doc: Doc
    tok_actor: dict[int, str]
    tok_label: dict[int, str]
    actors: dict[str, dict]
    mentions: list[tuple[int, int, str, str]]   # (start_tok, end_tok, label, actor_id)


def extract_relations(parses: pa.Table, entities: pa.Table, actors: pa.Table) -> pa.Table:
    """Find interaction candidates in every parsed document.

    Args:
        parses: a ``PARSES`` table.
        entities: an ``ENTITIES`` table.
        actors: an ``ACTORS`` table.

    Returns:
        A ``RELATIONS`` table.
    """
    for table, schema in ((parses, schemas.PARSES), (entities, schemas.ENTITIES), (actors, schemas.ACTORS)):
        schemas.validate(table, schema)
    ents_by_doc: dict[str, list[dict]] = {}
    for row in entities.to_pylist():
        ents_by_doc.setdefault(row["doc_id"], []).append(row)
    actors_by_doc: dict[str, dict[str, dict]] = {}
    for row in actors.to_pylist():
        actors_by_doc.setdefault(row["doc_id"], {})[row["actor_id"]] = row
    rows = []
    model = scorer.weights()
    for doc_id, doc in docs_by_id(parses):
        index = build_index(doc, ents_by_doc.get(doc_id, []), actors_by_doc.get(doc_id, {}))
        for sent_id, sent in enumerate(_sentences(doc)):
            if _LINE_UP.search(sent.text):
                continue        # a photo's line-up "from left to right": there together, no exchange
            mentions = [m for m in index.mentions if sent.start <= m[0] < sent.end]
            rels = sentence_relations(index, sent)
            rels += candidate_relations(index, sent, rels, mentions)
            context = _sentence_context(sent, sent_id, mentions) if rels else None
            for n, rel in enumerate(rels):
                rel["features"] = _features(index, sent, rel, mentions, context)
                if model is not None:
                    rel["confidence"] = round(scorer.predict(rel["features"], model), 4)
                if rel["how"] is None:          # a candidate: the rules' vetoes
                    if _met_together(index, mentions, rel, sent, context[0].cues):
                        rel["features"].append(f"{scorer.VETO}met_together")
                    if any(_represented(index, mentions, a) for a in rel["actor_ids"]):
                        rel["features"].append(f"{scorer.VETO}represented")
                    if _welcomed_thing(index, mentions, rel, sent, context[0].cues):
                        rel["features"].append(f"{scorer.VETO}welcomed_thing")
                    if _narrator(index, mentions, rel, sent):
                        rel["features"].append(f"{scorer.VETO}narrator")
                    if _with_spouse(index, mentions, rel, sent):
                        rel["features"].append(f"{scorer.VETO}spouse")
                    if _envoys_at_credentials(index, rel["actor_ids"], sent):
                        rel["features"].append(f"{scorer.VETO}envoys")
                    if _travelled_together(index, mentions, rel, sent):
                        rel["features"].append(f"{scorer.VETO}travelled_together")
                rel.pop("how", None)
                rel.update(doc_id=doc_id, sent_id=sent_id, rel_id=f"{sent_id:04d}-{n:02d}")
                rows.append(rel)
    return schemas.conform(rows, OUTPUT)


_LINE_UP = re.compile(r"\b(?:from )?(?:left to right|right to left)\b|\(\s*(?:from )?L\s*(?:-|to)\s*R\s*\)", re.I)
MAX_CANDIDATE_PARTIES = 8     # a sentence listing more named parties pairs only its first eight


def candidate_relations(index: DocIndex, sent: Span, rule_rels: list[dict],
                        mentions: list[tuple[int, int, str, str]]) -> list[dict]:
    """Every other pair of named parties (persons and organisations) in a sentence with an
    interaction cue, for the scorer to judge: the rules' misses ("sat down with", "took a call
    from", "an audience with", a list of guests) are among them. ``mentions`` are the
    sentence's entity mentions."""
    # not "met three times"; not "both attended the summit meeting" (there together, not with each other);
    # not "met the deadline"
    cues = [c for c in scorer.cue_tokens(sent) if not _aggregate(c) and not _attended(c) and not _present_at(c)
            and not _met_a_thing(c) and not _press_event(c) and not _spoke_to_no_one(c) and not _to_the_press(c)
            and not _sat_in(c)]
    if not cues:
        return []
    covered = {frozenset(p) for r in rule_rels for p in _pairs(r["actor_ids"])}
    # "X received the credentials of A, B and C": the rules met each with X, so A and B did
    # not meet each other
    partners: dict[str, set[str]] = {}
    for r in rule_rels:
        if len(r["actor_ids"]) == 2:
            a, b = r["actor_ids"]
            partners.setdefault(a, set()).add(b)
            partners.setdefault(b, set()).add(a)
    covered |= {frozenset((a, b)) for ps in partners.values() for a in ps for b in ps if a != b}
    parties: list[str] = []
    dead = _set_aside(index, sent)
    for _, _, label, actor_id in mentions:
        if actor_id and label in ("PERSON", "ORG") \
                and index.actors.get(actor_id, {}).get("kind") in ("person", "organization") \
                and actor_id not in parties and actor_id not in dead:
            parties.append(actor_id)
    parties = parties[:MAX_CANDIDATE_PARTIES]
    cue = cues[0]
    kind = scorer.cue_kind(cue)
    typ = kind if kind in ("phone_call", "video_call", "correspondence", "visit") else "meeting"
    # "congratulated X by phone", "held consultations via video conference": the words
    # around a meeting cue say how (not "met after a phone call between A and B")
    typ = next((m for c in cues if c == cue or scorer.cue_kind(c) not in ("phone_call", "video_call")
                for m in [_mode(c)] if m), None) or typ
    modality, negated = _modality(cue)
    location, time_text = _location(index, cue, sent), _time(index, cue, sent)
    out = []
    for i, a in enumerate(parties):
        for b in parties[i + 1:]:
            if frozenset((a, b)) in covered:
                continue
            out.append({"trigger": cue.text, "trigger_start": cue.idx, "predicate": typ, "actor_ids": [a, b],
                        "location_text": location, "host_id": None, "time_text": time_text,
                        "negated": negated, "modality": modality, "confidence": 0.0, "how": None})
    return out


_IN_LIST = {"conj", "appos", "compound", "punct", "cc", "flat"}


def _trigger_token(sent: Span, rel: dict) -> Token:
    """The token a relation's trigger starts at (the sentence's root if none does)."""
    return next((t for t in sent if t.idx == rel["trigger_start"]), sent.root)


_CALLING = {"present", "submit", "hand", "deliver", "call", "pay", "visit"}


def _guests_listed(top: Token, cues: set[int]) -> bool:
    """ "The ambassadors presenting their credentials included: A (Japan); B (Chad)", "The envoys
    who called on the President were A, B and C": those a group of callers or envoys is spelled
    out as, each calling on someone else, not on one another."""
    if top.dep_ == "nsubj":
        groups = [top]              # the group itself, the list its apposition
    elif top.dep_ == "appos" and top.head.dep_ == "nsubj":
        groups = [top.head]
    elif top.dep_ in ("dobj", "attr", "dep", "appos") and top.head.lemma_.lower() in ("include", "be"):
        groups = [s for s in top.head.children if s.dep_ == "nsubj"]
    else:
        return False
    return any(g.tag_ in ("NNS", "NNPS") and any(c.dep_ in ("acl", "relcl") and any(
        t.i in cues and _calls_on_someone(t) for t in c.subtree) for c in g.children) for g in groups)


def _calls_on_someone(cue: Token) -> bool:
    """A cue of going to someone: received by them (credentials, an audience) or paid them."""
    return scorer.cue_kind(cue) == "receive" or cue.lemma_.lower() in _CALLING


def _met_together(index: DocIndex, mentions: list[tuple[int, int, str, str]], rel: dict, sent: Span,
                  cue_tokens: list[Token]) -> bool:
    """Whether a candidate's two parties are listed together as the ones someone met, received
    or phoned ("met with A, B and C", "received the credentials of A, B and C", "called A and
    B", "A and B were received by X"): one interaction each with the one who met them, none
    between them. The scorer still learns from such pairs; the rule's veto keeps them from
    becoming events."""
    trigger = _trigger_token(sent, rel)
    a, b = (_party_token(index, mentions, actor, trigger) for actor in rel["actor_ids"][:2])
    cues = {t.i for t in cue_tokens}
    inside = _same_object(a, cues)
    if a.i != b.i and inside is not None and inside == _same_object(b, cues):
        return True             # "received the credentials of the envoys of A, of B and of C"
    top = scorer.list_top(a, _IN_LIST)
    if a.i == b.i or top.i != scorer.list_top(b, _IN_LIST).i:
        return False
    if _held_separately(sent):
        return True                                     # "the meetings with A, B and C, each held separately"
    if top.dep_ == "dobj":
        return top.head.i in cues                       # "met A, B and C", "called A and B"
    if top.dep_ == "nsubjpass":
        return top.head.i in cues                       # "A, B and C were received by X"
    if top.dep_ in ("nsubj", "attr") and top.head.lemma_ == "be" and (top.sent[0].lower_ == "among" or any(
            c.dep_ == "prep" and c.lower_ == "among" for c in top.head.children)):
        return True                                     # "Among those to send congratulations to X are A and B"
    if top.dep_ == "nsubj" and top.head.lemma_ == "be":
        # "A, B and C were among those received by X": the ones received
        return any(t.i in cues and t.tag_ == "VBN" for t in top.head.subtree)
    if _guests_listed(top, cues):
        return True
    if top.dep_ == "nsubj" and any(t.i in cues and scorer.cue_kind(t) == "correspondence" and _addressed_to_another(t)
                                   for t in [top.head] + [c for c in top.head.children if c.dep_ == "dobj"]):
        return True                                     # "A, B and C congratulated Hungary": co-senders
    if top.dep_ in ("nsubj", "attr", "dobj") and top.head.dep_ in ("ccomp", "advcl") and top.head.head.i in cues \
            and _listed_clause(top.head.head) is top.head:
        return True                                     # "Among the leaders X met were A and B"
    if top.dep_ != "pobj":
        return False
    prep = top.head
    if prep.lower_ == "of":                             # "the credentials of A, B and C", not "a meeting of A and B"
        return prep.head.i not in cues
    return prep.lower_ in ("with", "to", "from")        # "met with", "wrote to", "calls from A and B"


def _held_separately(sent: Span) -> bool:
    """Whether a sentence says its meetings were held one by one ("each held separately",
    "separate talks with A and B"), not "their separate meeting" (one, apart from a summit)."""
    return any(t.lower_ == "separately" or t.lower_ == "separate" and t.head.tag_ in ("NNS", "NNPS") for t in sent)


def _same_object(tok: Token, cues: set[int]) -> int | None:
    """The object (or passive subject) of a receiving or meeting verb a party is named inside,
    when no meeting word (a credential is none) or "between" stands on the way up to it: two
    parties inside the same one were received or met together, not with each other ("a
    meeting of A and B" is theirs)."""
    node = tok
    for _ in range(12):
        head = node.head
        if head.i == node.i:
            return None
        if head.i in cues and head.pos_ in ("VERB", "AUX") and node.dep_ in ("dobj", "nsubjpass"):
            return node.i
        if (head.i in cues and head.pos_ in ("NOUN", "PROPN") and scorer.cue_kind(head) != "receive") \
                or head.lower_ in ("between", "among") \
                or node.dep_ in ("nsubj", "relcl", "acl", "advcl", "ccomp", "xcomp"):
            return None
        node = head
    return None


_REPORTING = scorer.SAY | {"recall", "explain", "remember", "write", "claim", "confirm", "reveal", "insist"}


def _consort(index: DocIndex, actor_id: str, together: list[str]) -> bool:
    """ "paid a courtesy call on King A and Queen B": the queen beside a king is his consort;
    "President-elect A Hale and Mrs. B Hale": a wife of the same name beside her husband."""
    def title(a: str) -> str:
        return (index.actors.get(a, {}).get("title") or "").lower()
    if title(actor_id) == "queen" and any(title(a) == "king" for a in together if a != actor_id):
        return True
    surname = index.actors.get(actor_id, {}).get("name", "").split()[-1:]
    return bool(surname) and any(index.actors.get(a, {}).get("name", "").split()[-1:] == surname
                                 for a in together if a != actor_id) \
        and any(aid == actor_id and start > 0 and index.doc[start - 1].lower_.rstrip(".") in _WIVES
                for start, _, _, aid in index.mentions)


def _is_spouse(index: DocIndex, actor_id: str) -> bool:
    return (index.actors.get(actor_id, {}).get("title") or "").lower() in _SPOUSE_TITLES


def _with_spouse(index: DocIndex, mentions: list[tuple[int, int, str, str]], rel: dict, sent: Span) -> bool:
    """Whether a candidate pairs a principal with the spouse named beside them ("President X and
    first lady Y hosted Z"): they came together, they did not meet."""
    a, b = rel["actor_ids"][:2]
    trigger = _trigger_token(sent, rel)
    # "King A and Queen B received Z": the queen came with the king, whoever the other party is
    here = [m[3] for m in mentions if index.actors.get(m[3], {}).get("kind") == "person"]
    for x in (a, b):
        if _consort(index, x, here):
            tx = _party_token(index, mentions, x, trigger)
            if tx.dep_ == "conj" and _consort(index, x, [index.tok_actor.get(tx.head.i, "")]):
                return True
    if not (_is_spouse(index, a) or _is_spouse(index, b)):
        return False
    ta, tb = (_party_token(index, mentions, x, trigger) for x in (a, b))
    return ta.i != tb.i and (ta.dep_ == "conj" and ta.head.i == tb.i or tb.dep_ == "conj" and tb.head.i == ta.i)


def _travelled_together(index: DocIndex, mentions: list[tuple[int, int, str, str]], rel: dict, sent: Span) -> bool:
    """Whether a candidate pairs two who are the subject of one journey to a place ("Presidents A
    and B visited Kyiv on Monday", "A and B arrived in Kyiv"): they went together, no one met
    them there in that clause."""
    a, b = rel["actor_ids"][:2]
    trigger = _trigger_token(sent, rel)
    ta, tb = (_party_token(index, mentions, x, trigger) for x in (a, b))
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _JOURNEYS | {"visit", "tour"}:
            continue
        subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        if ta not in subjects or tb not in subjects:
            continue
        met = [t for c in verb.children if c.dep_ in ("dobj", "prep", "dative") for t in c.subtree
               if index.actors.get(index.tok_actor.get(t.i, ""), {}).get("kind") == "person"
               or t.lemma_.lower() in scorer.cues()]
        return not met
    return False


def _narrator(index: DocIndex, mentions: list[tuple[int, int, str, str]], rel: dict, sent: Span) -> bool:
    """Whether a candidate pairs the one who tells of a meeting with a party of it ("X recalled
    that Y had met Z in 1994": X told, Y and Z met): the meeting verb has a subject of its own,
    and the other party is the subject of the verb of saying it hangs on."""
    trigger = _trigger_token(sent, rel)
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else _clause_verb(trigger)
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    teller = verb.head if verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _REPORTING else None
    if not own or teller is None or any(c.pos_ == "PRON" for c in own):
        return False        # ("X said he met Y": the teller met)
    tellers = {index.tok_actor.get(t.i) for c in teller.children if c.dep_ == "nsubj" for t in c.subtree}
    doers = {index.tok_actor.get(t.i) for c in own for t in c.subtree}
    a, b = rel["actor_ids"][:2]
    return bool(({a, b} & tellers) and not ({a, b} & tellers & doers) and (tellers - doers) & {a, b})


def _represented(index: DocIndex, mentions: list[tuple[int, int, str, str]], actor_id: str) -> bool:
    """Whether a party is named in the sentence only as the one another speaks or acts for
    ("X's spokesperson, Y, said the call went well", "met X's envoy Y"): no party of its own."""
    roots = [index.doc[s:e].root for s, e, _, aid in mentions if aid == actor_id]
    return bool(roots) and all(r.dep_ == "poss" and _is_title_word(r.head) or _affiliation(index, r, actor_id)
                               or _sender_of(r) for r in roots) or _office_before_holder(index, mentions, actor_id)


def _sender_of(tok: Token) -> bool:
    """ "the envoys sent by X met Y": X is named as the one who sent them."""
    return tok.dep_ == "pobj" and tok.head.dep_ == "agent" and tok.head.head.lemma_.lower() in _SENT_BY


_SENT_BY = {"send", "dispatch", "appoint", "nominate", "accredit", "mandate", "commission", "designate"}


def _addressed_to_another(tok: Token) -> bool:
    """Whether a message or congratulation names an addressee of its own ("sent messages to the
    people of X", "congratulated Hungary"), not one another ("exchanged messages", "congratulated
    each other")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    nodes = [tok] + ([verb] if verb is not None and verb is not tok else [])
    if any(c.lower_ in _RECIPROCAL for n in nodes for c in n.subtree) or verb is not None and verb.lemma_.lower() == "exchange":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.subtree) \
        or any(c.dep_ == "prep" and c.lower_ == "to" or c.dep_ in ("dobj", "dative") and c is not tok
               for n in nodes for c in n.children)


def _spoken_for(index: DocIndex, actor_id: str, together: list[str]) -> bool:
    """Whether an organisation is named beside a person who represents it."""
    name = index.actors.get(actor_id, {}).get("name")
    return index.actors.get(actor_id, {}).get("kind") == "organization" and any(
        index.actors.get(a, {}).get("kind") == "person" and index.actors[a].get("org") == name for a in together)


def _office_before_holder(index: DocIndex, mentions: list[tuple[int, int, str, str]], actor_id: str) -> bool:
    """ "received Organization of American States (OAS) Secretary General A": the organisation
    whose title its representative holds, right before the name (past an acronym and the title)."""
    org = index.actors.get(actor_id, {})
    if org.get("kind") != "organization":
        return False
    doc = index.doc
    for start, end, _, aid in mentions:
        if aid != actor_id:
            continue
        k = end
        while k < len(doc) and k - end < 10 and (doc[k].text in "()" or _is_title_word(doc[k]) or doc[k].is_upper
                                                 or index.tok_actor.get(k) == actor_id):
            k += 1
        holder = index.actors.get(index.tok_actor.get(k, ""), {})
        if k > end and holder.get("kind") == "person" and holder.get("org") == org.get("name"):
            return True
    return False


def _affiliation(index: DocIndex, root: Token, actor_id: str) -> bool:
    """ "Y, Chairman of the State Great Khural", "Y, chief executive of shipping group Z": an
    organisation named in a person's role is whom the person speaks for."""
    if index.actors.get(actor_id, {}).get("kind") != "organization":
        return False
    while root.dep_ in ("compound", "appos", "flat") and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("of", "at", "for") and _is_title_word(root.head.head)


def _welcomed_thing(index: DocIndex, mentions: list[tuple[int, int, str, str]], rel: dict, sent: Span,
                    cue_tokens: list[Token]) -> bool:
    """Whether a candidate's party is named only inside the thing a host verb takes ("welcomed
    the agreement with X", "received the news of X's victory", "hosted a dinner by X" aside):
    "welcomed the deal with X" receives no one. The thing is a common noun that is no
    interaction cue, role or group ("received the credentials of X" and "welcomed members of
    X's delegation" receive people)."""
    trigger = _trigger_token(sent, rel)
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _HOST_VERBS:
        return False
    cues = {t.i for t in cue_tokens}
    for actor in rel["actor_ids"][:2]:
        top = scorer.list_top(_party_token(index, mentions, actor, trigger), _IN_LIST)
        while top.dep_ in ("pobj", "poss") and top.head.i != trigger.i:
            top = top.head.head if top.dep_ == "pobj" else top.head
            if top.dep_ == "dobj" and top.head.i == trigger.i:
                return top.pos_ == "NOUN" and top.i not in cues and not _is_title_word(top) \
                    and top.lemma_.lower() not in _RECEIVED_PEOPLE | lexicon.words("group_words.txt")
    return False


_RECEIVED_PEOPLE = {"credential", "credentials", "letter", "copy"}


def _pairs(ids: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]


def _sentence_context(sent: Span, sent_id: int,
                      mentions: list[tuple[int, int, str, str]]) -> tuple[scorer.SentenceFeatures, int, bool]:
    """What all relations of one sentence share: its scorer features, named parties, caption or not."""
    caption = _is_caption(sent.text)
    n_parties = len({m[3] for m in mentions if m[3] and m[2] in ("PERSON", "ORG")})
    return scorer.sentence_features(sent, n_parties, caption, sent_id), n_parties, caption


def _features(index: DocIndex, sent: Span, rel: dict, mentions: list[tuple[int, int, str, str]],
              context: tuple[scorer.SentenceFeatures, int, bool]) -> list[str]:
    """The scorer's features of a relation (of its first two parties)."""
    a, b = rel["actor_ids"][:2]
    trigger = _trigger_token(sent, rel)
    rule = rel if rel.get("how") is not None else None      # candidates have no "how"
    actors = index.actors
    shared, n_parties, caption = context
    return scorer.features(
        sent, rule, (_party_token(index, mentions, a, trigger), _party_token(index, mentions, b, trigger)),
        (actors.get(a, {}).get("kind"), actors.get(b, {}).get("kind")),
        (actors.get(a, {}).get("country"), actors.get(b, {}).get("country")), n_parties, caption,
        shared.sent_id, shared)


def _party_token(index: DocIndex, mentions: list[tuple[int, int, str, str]], actor_id: str,
                 trigger: Token) -> Token:
    """The root of the party's mention in the sentence nearest the trigger, else the trigger."""
    spans = [index.doc[s:e] for s, e, _, aid in mentions if aid == actor_id]
    if not spans:
        return trigger
    tok = min(spans, key=lambda sp: abs(sp.root.i - trigger.i)).root
    # An organisation takes part through its people: in "met representatives of (the session
    # of) the committee" the committee stands where "representatives" stands.
    groups = lexicon.words("group_words.txt")
    node = tok
    for _ in range(3):
        if node.dep_ != "pobj" or node.head.lower_ != "of":
            break
        node = node.head.head               # the noun the "of" phrase belongs to
        if node.lemma_.lower() in groups:
            return node
    return tok


def _sentences(doc: Doc) -> list[Span]:
    """The same non-blank sentences, in order, that the sentences stage numbered."""
    out = []
    for sent in doc.sents:
        if any(not t.is_space for t in sent):
            out.append(sent)
    return out


def build_index(doc: Doc, entity_rows: list[dict], actor_rows: dict[str, dict]) -> DocIndex:
    _double_objects(doc)
    tok_actor: dict[int, str] = {}
    tok_label: dict[int, str] = {}
    mentions = []
    for row in entity_rows:
        span = doc.char_span(row["start_char"], row["end_char"], alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            tok_label[tok.i] = row["label"]
            if row["actor_id"]:
                tok_actor[tok.i] = row["actor_id"]
        mentions.append((span.start, span.end, row["label"], row["actor_id"]))
    mentions.sort()
    return DocIndex(doc, tok_actor, tok_label, actor_rows, mentions)


def _double_objects(doc: Doc) -> None:
    """ "X handed President Y a letter from Z": the parse makes the letter an object of Y; it is
    the verb's, and Y the one it is handed to (as in "handed a letter to Y")."""
    for tok in doc:
        head = tok.head
        if tok.dep_ == "dobj" and tok.lemma_.lower() in _WRITTEN and head.dep_ == "dobj" and head.pos_ == "PROPN" \
                and head.i < tok.i and head.head.pos_ == "VERB" and head.head.lemma_.lower() in _CONVEY | _HANDED:
            verb = head.head
            tok.head = verb
            head.dep_ = "dative"


_WRITTEN = {"letter", "message", "missive", "note", "invitation"}


# ---------------------------------------------------------------- triggers

def trigger_type(tok: Token) -> str | None:
    """The interaction type a token would trigger, before its parties are checked."""
    lex = lexicon.triggers()
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma == "catch" and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children) \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return _mode(tok) or "meeting"      # "caught up with X over coffee"
    if tok.pos_ == "VERB" and lemma == "accept" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in ("credential", "credentials")
                                  or any(t.lower_ == "credence" for t in c.subtree)) for c in tok.children):
        return "meeting"        # "accepted the credentials of A": received them, in person
    if tok.pos_ == "VERB" and lemma == "accept" and _invited_to_visit(tok):
        return "visit"          # "accepted an invitation from X to visit Brazil": a visit X will host
    if tok.pos_ in ("NOUN", "PROPN") and _phrase_verb(tok) is not None:
        return _mode(tok) or "meeting"      # "exchanged views with X", "bade farewell to X"
    if tok.pos_ == "NOUN" and tok.lower_ == "wishes" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _SENDING:
        return _mode(tok) or "correspondence"   # "sent warm wishes to X": a message (not "expressed best wishes")
    if tok.pos_ == "VERB" and lemma in _JOURNEYS and any(
            c.dep_ == "prep" and c.lower_ == "at" and any(
                p.dep_ == "pobj" and p.lemma_.lower() == "invitation"
                and any(o.dep_ == "prep" and o.lower_ == "of" for o in p.children) for p in c.children)
            for c in tok.children):
        return "visit"      # "will travel to Uruguay at the invitation of President X": a visit X hosts
    if tok.pos_ in ("VERB", "AUX") and lemma in lex["verbs"]:
        typ = lex["verbs"][lemma]
        mode = _mode(tok)
        if _spoke_to_no_one(tok):
            return None
        if lemma == "call" and mode is None and _called_on(tok):
            return "meeting"        # "called on President X at State House": a visit
        if lemma == "call" and mode is None and not scorer.names_as(tok) and any(
                c.dep_ in ("dobj", "oprd") and c.ent_type_ == "PERSON" for c in tok.children):
            return "phone_call"     # "X called President Y on Monday and discussed ...": a person called
        if lemma in lex["verbs_needing_mode"] and mode is None and lemma not in ("talk", "speak") \
                and not (lemma == "write" and _written_to_someone(tok)):
            return None
        return mode or typ
    if tok.lower_ in ("tête", "tete") and tok.i >= 4 and tok.doc[tok.i - 2].lower_ in ("à", "a") \
            and tok.doc[tok.i - 1].text == "-" and tok.doc[tok.i - 3].text == "-":
        return "meeting"    # "had a tête-à-tête with X", which the tokenizer splits at its hyphens
    # (a noun the tagger read as an adjective where it heads a phrase: "held a bilateral with X")
    nominal = tok.pos_ in ("NOUN", "PROPN") or tok.pos_ == "ADJ" and tok.dep_ in ("dobj", "pobj", "nsubj", "attr")
    if nominal and (lemma in lex["nouns"] or tok.lower_ in lex["nouns"]):
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in lex["nouns"]:
            return None             # "phone" in "phone conversation": the head triggers
        typ = lex["nouns"].get(lemma) or lex["nouns"][tok.lower_]
        if _conveyed(tok) or _handed_over(tok):
            mode = _mode(tok)       # an envoy hands over a leader's message in person
            return mode if mode in _SPECIFIC else "meeting"
        return _mode(tok) or typ
    if tok.pos_ in ("NOUN", "PROPN") and lemma in lex["nouns_needing_mode"]:
        mode = _mode(tok)   # "a video conference with X", "a telephone conference", not "a press conference"
        return mode if mode in _SPECIFIC else None
    return None


_JOINT_WORDS = {"trilateral", "tripartite", "quadrilateral", "quadripartite"}


def _invited_to_visit(tok: Token) -> Token | None:
    """The invitation "accepted an invitation from X to visit Brazil" accepts, if it names its
    sender and a visit."""
    return next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "invitation"
                 and any(p.dep_ == "prep" and p.lower_ in ("from", "of") for p in c.children)
                 and any(t.lemma_.lower() == "visit" for t in c.subtree)), None)


def _joint_marker(tok: Token) -> bool:
    """Whether the trigger's clause calls the meeting one of three or four ("a trilateral
    summit", "a three-way video conference", "for a tripartite meeting", "in a joint call",
    "received jointly"), and not "separate" talks ("held separate talks with A and B ahead of
    the trilateral session": the session is another meeting)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
    doc = tok.doc
    words = [t for t in verb.subtree if _clause_verb(t) == verb and not _in_sequence_phrase(t, verb)]
    if any(t.lower_ in ("separate", "separately", "individually", "respectively") for t in words):
        return False
    for t in words:
        if t.lower_ in _JOINT_WORDS or t.lower_ in ("way", "nation", "party") and t.i >= 2 \
                and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in ("three", "four"):
            return True
        if t.lower_ == "jointly" and t.head == verb or t.lower_ == "joint" and t.head.lemma_.lower() in _JOINT_NOUNS:
            return True
    return False


_JOINT_NOUNS = {"call", "meeting", "talks", "talk", "conference", "videoconference", "session", "conversation"}


def _in_sequence_phrase(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` lies in a phrase of time order under ``verb`` ("ahead of the summit")."""
    node = tok
    while node != verb and node.head != node:
        if node.dep_ == "prep" and node.lower_ in _SEQUENCE_PREPS:
            return True
        node = node.head
    return False


_WHEN = {"DATE", "TIME"}


def _called_on(tok: Token) -> bool:
    """ "called on President X (at State House)": a visit paid to X; not a call on X to act
    ("called on X to release ...", "called on X for restraint")."""
    named = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
             if p.dep_ == "pobj" and (p.ent_type_ == "PERSON" or p.pos_ == "PROPN" and p.ent_type_ not in _WHEN
                                      # ("called on party co-chair and former premier X": roles, then the name)
                                      or p.pos_ == "NOUN" and _is_title_word(p)
                                      and any(t.ent_type_ == "PERSON" for t in p.subtree))]
    named += _on_then_object(tok)
    if tok.pos_ != "VERB" or not named or any(
            c.dep_ in ("xcomp", "ccomp") or c.dep_ == "dobj" and c not in named
            or c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return False
    # (not in a clause of its own joined on: "called on X and handed over an invitation to attend")
    joined = {t.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
    joined |= {c.i for c in tok.children if c.dep_ == "aux"}       # ("is to call on X": its own "to")
    # (nor the subject's words: "Minister of State for External Affairs A called on X")
    joined |= {t.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return not any(t.lower_ == "to" and t.pos_ == "PART" or t.dep_ == "prep" and t.lower_ == "for"
                   for t in tok.subtree if t.i not in joined)


def _on_then_object(tok: Token) -> list[Token]:
    """ "called on President X", parsed as a bare "on" and X the object: [X]."""
    bare_on = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" and not list(c.children)]
    return [c for c in tok.children if c.dep_ == "dobj" and bare_on and bare_on[0].i < c.i
            and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")]


def _written_to_someone(tok: Token) -> bool:
    """ "wrote to President X": a letter to a named person (not "wrote in an op-ed")."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.dep_ == "pobj" and (p.ent_type_ == "PERSON" or p.pos_ == "PROPN") for p in c.children) for c in tok.children)


def _credentials_each(index: DocIndex, tok: Token, groups: list[list[str]]) -> list[list[str]]:
    """ "Ambassadors A, B and C presented their credentials to X": each envoy presents his own,
    so X meets each of them, not a meeting of all four."""
    if tok.lemma_.lower() not in ("credential", "credentials") or tok.dep_ != "dobj":
        return groups
    to = [index.tok_actor.get(g.i) for c in tok.head.children if c.dep_ == "dative" or c.dep_ == "prep"
          and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    host = to[0] if len(to) == 1 else None
    if host is None:
        # "The envoys who presented their credentials are A, B and C": each to a host named
        # elsewhere, never to one another
        by_envoys = any(c.dep_ == "nsubj" and envoy_title(c.lemma_) for c in tok.head.children)
        return [] if by_envoys or _envoys_at_credentials(index, [a for g in groups for a in g], tok.sent) \
            else groups         # ("The ambassadors presented their credentials": to someone else)
    out: list[list[str]] = []
    for group in groups:
        for a in group:
            if a != host and [a, host] not in out:
                out.append([a, host])
    return out


def _envoys_at_credentials(index: DocIndex, actor_ids: list[str], sent: Span, envoys: int = 2) -> bool:
    """Envoys named in a sentence about presenting credentials (``envoys`` or more with an
    envoy's title, none with another): each presents them to a host, never to one another."""
    if not any(t.lemma_.lower() in ("credential", "credentials", "credence") for t in sent):
        return False
    titles = [index.actors.get(a, {}).get("title") for a in actor_ids]
    return sum(envoy_title(t) for t in titles) >= envoys and all(envoy_title(t) or not t for t in titles)


def _spoke_to_no_one(tok: Token) -> bool:
    """ "spoke highly of X", "Speaking after talks with X, Y said", "spoke at a conference
    attended by X", "Speaking alongside X, Y said": speaking about someone, about another
    interaction, to an audience or beside someone, with no one spoken with or to (and no phone
    or video word to say it was a call)."""
    if tok.lemma_.lower() not in ("speak", "talk") or tok.pos_ not in ("VERB", "AUX") or _mode(tok) is not None:
        return False
    preps = {c.lower_ for c in tok.children if c.dep_ == "prep"
             and not (c.lower_ == "at" and any(g.lower_ == "length" for g in c.children))}
    # ("spoke at length with X": the "with" may hang on "length")
    spoken_to = {g.lower_ for c in tok.children if c.dep_ == "prep" for p in c.children if p.lower_ == "length"
                 for g in p.children if g.dep_ == "prep"}
    return not (preps | spoken_to) & {"with", "to"} \
        and bool(preps & ({"of", "about", "at", "alongside", "beside"} | _SEQUENCE_PREPS))


_CONVEY = {"convey", "deliver", "relay", "hand", "pass", "bring", "present"}


def _conveyed(tok: Token) -> bool:
    """ "Xiao conveyed Xi's congratulations to Ramaphosa": someone else's message, handed
    over by the verb's subject. The parties are the envoy and the recipient."""
    return tok.lemma_.lower() in ("message", "letter", "congratulation", "greeting", "wish", "condolence") \
        and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CONVEY \
        and (any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in tok.children)
             or any(c.dep_ == "prep" and c.lower_ in ("from", "of")
                    for c in list(tok.children) + list(tok.head.children)))


def _passive_subjects(verb: Token) -> list[Token]:
    """The passive subject of a verb, or of the verb it is coordinated with ("X was driven to
    the square and given a welcome")."""
    own = [g for g in verb.children if g.dep_ == "nsubjpass"]
    if own or verb.dep_ != "conj" or any(g.dep_ == "nsubj" for g in verb.children):
        return own
    return [g for g in verb.head.children if g.dep_ == "nsubjpass"]


def _handed_over(tok: Token) -> bool:
    """ "X handed over a letter to Y", "X delivered a message to Y": X came to Y in person (a letter
    sent or written is correspondence)."""
    return tok.lemma_.lower() in ("message", "letter") and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in ("hand", "deliver")


_ABOUT = {"outcome", "result", "detail", "readout", "aftermath", "success", "conclusion", "summary",
          "transcript", "minutes", "substance", "tone", "atmosphere", "content"}


def _referred(tok: Token) -> bool:
    """Whether a meeting noun is named as what something else is about ("the outcome of their
    meeting", "details of the call", "briefed lawmakers about the results of the talks")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    node = tok
    while node.dep_ == "compound" and node.head != node:
        node = node.head
    return node.dep_ == "pobj" and node.head.lower_ in ("of", "from") \
        and node.head.head.lemma_.lower() in _ABOUT


_SEQUENCE_PREPS = {"after", "following", "before", "during", "since", "ahead", "prior", "until", "pending"}


def _mode(tok: Token) -> str | None:
    """phone_call / video_call / correspondence when the words around a trigger say so."""
    lex = lexicon.triggers()
    near = [tok] + list(tok.children)
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in _SEQUENCE_PREPS:
            continue            # "met after a phone call between A and B": another event
        if child.dep_ in ("prep", "agent", "advmod", "compound", "amod", "npadvmod"):
            near.extend(child.subtree)
    if tok.dep_ in ("dobj", "pobj", "attr") and tok.head.pos_ in ("VERB", "ADP"):
        near.extend(t for c in tok.head.children if c.dep_ == "prep" for t in c.subtree)
    words = {t.lower_ for t in near} | {t.lemma_.lower() for t in near}
    if words & {"courtesy", "introductory", "farewell", "credence"} and not words & lex["phone_words"] \
            or _call_paid(tok):
        return "meeting"        # a (courtesy) call paid on someone; letters of credence are presented in person
    if words & lex["video_words"] or re.search(r"\bvideo", " ".join(t.lower_ for t in near)):
        # ("videoconferencing", "video-link"; not "Montevideo")
        return "video_call"
    if words & lex["phone_words"]:
        return "phone_call"
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ("call", "ring") \
            and any(c.dep_ == "prt" and c.lower_ == "up" for c in tok.children):
        return "phone_call"     # "called up X", "rang up X"
    if tok.lemma_.lower() in ("message", "letter", "congratulation"):
        return "correspondence"
    received = [c for c in tok.children if c.dep_ == "dobj" and lex["nouns"].get(c.lemma_.lower()) == "correspondence"]
    if tok.pos_ in ("VERB", "AUX") and received:
        if any(t.lower_ == "credence" for c in received for t in c.subtree):
            return "meeting"        # "received the letters of credence of X": presented in person
        return "correspondence"     # "received a letter from X": what is received says how
    return None


def sentence_relations(index: DocIndex, sent: Span) -> list[dict]:
    """Relations whose trigger is in ``sent``."""
    out = []
    used: set[tuple] = set()
    dead = _set_aside(index, sent)
    for tok in sent:
        typ = trigger_type(tok)
        if typ is None or _aggregate(tok) or _present_at(tok):
            continue
        courier = _delivered_by(index, tok, sent)
        if courier is not None:
            # (the verb "received" may have paired the courier as a correspondent already)
            key = tuple(sorted(courier["actor_ids"]))
            out = [r for r in out if tuple(sorted(r["actor_ids"])) != key] + [courier]
            used.add(key)
        parties = _parties(index, tok, typ)
        if parties is None:
            carried = _carried_letter(index, tok, sent)
            if carried is not None and tuple(sorted(carried["actor_ids"])) not in used:
                used.add(tuple(sorted(carried["actor_ids"])))
                out.append(carried)
            continue
        groups, how = parties
        groups = _credentials_each(index, tok, groups)
        joint_host = None
        if len(groups) > 1 and _joint_marker(tok):
            # "hosted a trilateral summit with A and B": one meeting of the three, hosted by the
            # one in every pair when the verb says so
            common = set(groups[0]).intersection(*groups[1:])
            verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
            if len(common) == 1 and verb.lemma_.lower() in _HOST_VERBS:
                joint_host = next(iter(common))
            groups = [_dedupe([a for g in groups for a in g])]
        modality, negated = _modality(tok)
        location = _location(index, tok, sent)
        if location is not None and _in_own_clause(tok, sent, location):
            how = how | {"placed"}      # the place is said of this trigger's clause, not another's
        time_text = _time(index, tok, sent)
        if _referred(tok):
            # "is to report the outcome of their talks on Sunday": a meeting already held,
            # whose time is not the clause's
            modality, time_text = "asserted", None
        if typ == "meeting" and tok.lemma_.lower() == "speak" and location is None:
            typ = "phone_call"      # "X spoke with Y" with no place is a call
        # one time for the trigger's only pair; counterparts of several pairs may have their own
        gap_times = _gapped_times(index, tok, sent) if len(groups) > 1 else {}
        gap_places = _gapped_times(index, tok, sent, ("GPE", "LOC", "FAC")) if len(groups) > 1 and location else {}
        for actor_ids in groups:
            actor_ids = [a for a in actor_ids if a not in dead]
            key = tuple(sorted(actor_ids))
            if len(set(actor_ids)) < 2 or len(actor_ids) >= 3 and _envoys_at_credentials(index, actor_ids, sent, 1):
                continue        # ("The envoys who presented credentials were A, B and C": each to a host)
            own_time = next((gap_times[a] for a in actor_ids if a in gap_times), gap_times.get("", time_text))
            own_place = next((gap_places[a] for a in actor_ids if a in gap_places), gap_places.get("", location))
            rel = {
                "trigger": tok.text, "trigger_start": tok.idx, "predicate": typ,
                "actor_ids": actor_ids, "location_text": own_place, "host_id": joint_host or _host(index, tok, actor_ids),
                "time_text": own_time,
                "negated": negated, "modality": modality,
                "confidence": _confidence(index, tok, actor_ids, how, typ), "how": sorted(how)}
            sender = _letter_sender(index, tok)
            if sender is not None and len(actor_ids) == 2 and sender not in actor_ids \
                    and tuple(sorted((sender, actor_ids[1]))) not in used:
                # "the envoy handed over a letter from X to Y": X wrote to Y as well
                pair = [sender, actor_ids[1]]
                used.add(tuple(sorted(pair)))
                out.append({**rel, "predicate": "correspondence", "actor_ids": pair, "location_text": None,
                            "host_id": None, "how": sorted(how | {"carried"}),
                            "confidence": _confidence(index, tok, pair, how | {"carried"}, "correspondence")})
            if key in used:
                # the same pair again: "discuss ... during a phone conversation on Thursday"
                # says how, and its words are the report's own
                same = next(i for i, r in enumerate(out) if tuple(sorted(r["actor_ids"])) == key)
                if typ in _SPECIFIC and out[same]["predicate"] not in _SPECIFIC:
                    out[same] = rel
                continue
            used.add(key)
            out.append(rel)
    return out


_HANDED = {"hand", "deliver", "present", "submit"}
_RECEIVING_GUESTS = {"receive", "meet", "welcome", "host", "greet"}


_RELATIVE = {"who", "that", "which", "whom"}


def _passive_subject(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """The one a passive verb with no subject of its own is said of: "A arrived and was received
    by B", "A, who was received by B, said", "A, who arrived and was received by B"."""
    node = tok
    if tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        node = tok.head
        subject = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVE]
        if subject:
            return _resolve_all(index, subject[0], how)
    if node.dep_ == "relcl" and node.head.pos_ in ("PROPN", "NOUN"):
        return _resolve_all(index, node.head, how)
    return []


_DELIVERING = {"deliver", "hand", "convey", "carry", "bring", "pass", "present"}


def _delivered_by(index: DocIndex, tok: Token, sent: Span) -> dict | None:
    """ "X received a letter from Y, delivered by Z": Z, who brought it, met X (the letter
    itself is Y's to X). The parser may hang "delivered by" on any word after the letter."""
    receive = tok.head
    if tok.lemma_.lower() not in ("letter", "message", "missive") or tok.dep_ != "dobj" \
            or receive.lemma_.lower() not in ("receive", "get"):
        return None
    couriers = [a for t in sent if t.i > tok.i and t.tag_ == "VBN" and t.lemma_.lower() in _DELIVERING
                and t.dep_ in ("acl", "advcl", "conj") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
                for c in t.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                for a in resolve_party(index, p, set())]
    recipients = [a for c in receive.children if c.dep_ == "nsubj" for a in resolve_party(index, c, set())]
    if not couriers or not recipients or couriers[0] == recipients[0]:
        return None
    pair = [recipients[0], couriers[0]]
    modality, negated = _modality(receive)
    return {"trigger": tok.text, "trigger_start": tok.idx, "predicate": "meeting", "actor_ids": pair,
            "location_text": None, "host_id": recipients[0],      # the courier came to the recipient
            "time_text": _time(index, receive, sent), "negated": negated, "modality": modality,
            "confidence": _confidence(index, tok, pair, {"carried"}, "meeting"), "how": ["carried"]}


def _carried_letter(index: DocIndex, tok: Token, sent: Span) -> dict | None:
    """ "X received envoy E, who delivered a letter from Y": Y wrote to X (the relative clause
    has no recipient of its own; E's meeting with X is the main clause's)."""
    sender = _letter_sender(index, tok)
    verb = tok.head
    if sender is not None and tok.dep_ == "dobj" and verb.lemma_.lower() in _HANDED | _CONVEY:
        # "The minister presented a letter from President Y to President Z": an envoy not named,
        # the letter's writer and its recipient still are
        to = [a for c in [*verb.children, *tok.children] if c.dep_ in ("dative", "prep") and c.lower_ == "to"
              for p in c.children if p.dep_ == "pobj" for a in resolve_party(index, p, set())]
        if to and to[0] != sender and index.actors.get(to[0], {}).get("kind") == "person":
            modality, negated = _modality(verb)
            return {"trigger": tok.text, "trigger_start": tok.idx, "predicate": "correspondence",
                    "actor_ids": [sender, to[0]], "location_text": None, "host_id": None,
                    "time_text": _time(index, verb, sent), "negated": negated, "modality": modality,
                    "confidence": _confidence(index, tok, [sender, to[0]], {"carried"}, "correspondence"),
                    "how": ["carried"]}
    if sender is None or verb.dep_ != "relcl" or verb.head.dep_ not in ("dobj", "pobj"):
        return None
    # (the envoy the object, or the object of a preposition the parse hangs it on: "received at
    # the palace on Sunday envoy E, who ...")
    receiving = verb.head.head if verb.head.dep_ == "dobj" else verb.head.head.head
    if receiving.lemma_.lower() not in _RECEIVING_GUESTS:
        return None
    if verb.head.dep_ == "pobj" and sender not in {index.tok_actor.get(t.i) for t in sent}:
        return None     # (a parse this broken names a writer only by a name in the sentence)
    recipients = [a for c in receiving.children if c.dep_ == "nsubj" for a in resolve_party(index, c, set())]
    if not recipients or recipients[0] == sender:
        return None
    pair = [sender, recipients[0]]
    modality, negated = _modality(receiving)
    return {"trigger": tok.text, "trigger_start": tok.idx, "predicate": "correspondence", "actor_ids": pair,
            "location_text": None, "host_id": None, "time_text": _time(index, receiving, sent),
            "negated": negated, "modality": modality,
            "confidence": _confidence(index, tok, pair, {"carried"}, "correspondence"), "how": ["carried"]}


def _letter_sender(index: DocIndex, tok: Token) -> str | None:
    """The writer of a letter an envoy hands over ("handed over a letter from X", "delivered
    X's written message"), or None. A written letter or message is correspondence between
    its writer and its recipient; a message passed on by word of mouth ("conveyed X's
    greetings") is not."""
    lemma = tok.lemma_.lower()
    written = lemma in ("letter", "missive") or lemma == "message" and (
        tok.head.lemma_.lower() in _HANDED or any(c.lower_ == "written" for c in tok.children))
    if not written or not _conveyed(tok):
        return None
    for c in [*tok.children, *tok.head.children]:
        node = c if c.dep_ == "poss" else next(
            (p for p in c.children if p.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "from" else None
        found = resolve_party(index, node, set()) if node is not None else []
        if found:
            return found[0]
    return None


_SPECIFIC = {"phone_call", "video_call"}
_MEMORIALS = {"grave", "tomb", "mausoleum", "memorial", "statue", "monument", "shrine", "bust", "birthplace", "cemetery",
              "resting", "death", "passing", "demise", "funeral", "burial", "assassination", "late"}
_MEMORIAL_WORD = re.compile(r"\b(?:" + "|".join(sorted(_MEMORIALS)) + r")", re.I)


_SPOUSES = {"wife", "husband", "spouse"}
_WIVES = {"mrs", "madam", "madame", "mme"}      # forms of address a wife beside her husband goes by
_SPOUSE_TITLES = _SPOUSES | {"first lady", "first gentleman"}     # a party's title that says so
_SPOUSE_WORD = re.compile(r"\b(?:" + "|".join(sorted(_SPOUSES)) + r")\b", re.I)


# a person whose role is to report or interview: "Reuters Managing Editor X", "CNN anchor X"
_MEDIA_ROLES = {"editor", "editor-in-chief", "journalist", "reporter", "correspondent", "anchor", "anchorman",
                "anchorwoman", "columnist", "interviewer", "presenter", "newscaster", "broadcaster"}


def _set_aside(index: DocIndex, sent: Span) -> set[str]:
    """The parties of a sentence that are no counterpart: the dead, spouses, and the press (an
    interview with a media outlet is no diplomatic interaction)."""
    roots = [(a, t) for t in sent if (a := index.tok_actor.get(t.i)) and index.tok_actor.get(t.head.i) != a]
    media = {a for a, t in roots if _media_role(t)}
    # "under the leadership of X and Y": who leads, not who meets (every mention of them)
    leading = [(a, _under_leadership(t)) for a, t in roots]
    led = {a for a, under in leading if under} - {a for a, under in leading if not under}
    return _remembered(index, sent) | media | led


_LEADERSHIP = {"leadership", "guidance", "auspices", "presidency", "chairmanship", "stewardship", "rule", "tenure"}


def _under_leadership(tok: Token) -> bool:
    """Whether a name is the one something happens under ("under the leadership of X and Y")."""
    node = tok
    while node.dep_ == "conj" and node.head != node:
        node = node.head
    of = node.head
    return node.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _LEADERSHIP \
        and of.head.dep_ == "pobj" and of.head.head.lower_ in ("under", "during")


def _media_role(root: Token) -> bool:
    """Whether a name's own words, premodifiers or apposition give it a media role
    ("Reuters Managing Editor X", "journalist X", "X, a CNN anchor")."""
    words = [root] + [g for c in root.children if c.dep_ in ("compound", "amod", "nmod", "appos", "flat")
                      for g in c.subtree]
    return any(w.lower_ in _MEDIA_ROLES for w in words)


def _remembered(index: DocIndex, sent: Span) -> set[str]:
    """The parties every mention of which in the sentence is a memorial's ("visited the grave of
    X", "laid a wreath at the statue of X": the dead are no counterparts) or a spouse's ("the
    prime minister and his wife Akiko": a spouse accompanies, and is no party)."""
    memorials, spouses = _MEMORIAL_WORD.search(sent.text), _SPOUSE_WORD.search(sent.text)
    if not memorials and not spouses:
        return set()
    aside: set[str] = set()
    alive: set[str] = set()
    for t in sent:
        actor_id = index.tok_actor.get(t.i)
        if actor_id:
            beside = (memorials and _memorial_of(t)) or (spouses and _spouse(t))
            (aside if beside else alive).add(actor_id)
    return aside - alive


def _spouse(tok: Token) -> bool:
    node = tok
    while node.dep_ in ("compound", "flat") and node.head != node:
        node = node.head
    if node.dep_ == "appos" and node.head.lemma_.lower() in _SPOUSES:
        return True
    first = node.left_edge
    prev = tok.doc[first.i - 1] if first.i > 0 else None
    return prev is not None and prev.lower_ in _SPOUSES


def _memorial_of(tok: Token) -> bool:
    """ "the grave of X", "the death of X", "the late President X": X is dead."""
    node = tok
    while node.dep_ in ("compound", "flat", "appos") and node.head != node:
        node = node.head
    if any(t.lower_ == "late" and t.dep_ == "amod" for t in node.subtree if t.i < tok.i):
        return True
    return node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lemma_.lower() in _MEMORIALS


def _aggregate(tok: Token) -> bool:
    """ "87 virtual meetings", "no talks", "many calls", "dozens of meetings and calls": not
    one interaction."""
    if tok.dep_ in ("conj", "amod", "compound") and tok.head != tok and _aggregate(tok.head):
        return True                 # "87 meetings and phone calls", "87 virtual meetings"
    if tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX") and _aggregate(tok.head.head):
        return True                 # "have spoken on the phone four times"
    if _names_each(tok):
        return False                # "held five meetings with A, B, C, D and E": one with each
    for child in tok.children:
        if child.dep_ == "nummod" and child.lower_ not in ("one", "1") \
                and not any(t.text == "+" for t in child.subtree):
            return True             # (not the "2+2" talks of two ministers a side: a format)
        if child.dep_ == "det" and child.lower_ in ("no", "many", "several", "numerous", "some", "these", "those"):
            return True
        if child.dep_ == "amod" and child.lower_ in ("many", "numerous", "several", "frequent", "regular"):
            return True
    near = list(tok.children) + [g for c in tok.children if c.dep_ in ("npadvmod", "advmod", "prep") for g in c.children]
    # "a number of times", "a couple of times": the count's noun hangs on the verb
    near += [g for c in tok.children if c.dep_ in ("dobj", "npadvmod") and c.pos_ == "NOUN"
             for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return any(t.lower_ in _REPEATED for t in near)


def _names_each(tok: Token) -> bool:
    """Whether counted meetings name their counterparts: "held five meetings with A, B and C"."""
    if tok.tag_ not in ("NNS", "NNPS"):
        return False
    names = [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"
             for t in c.subtree if t.pos_ == "PROPN" and t.dep_ in ("pobj", "appos", "conj")]
    return len(names) >= 2


_REPEATED = {"twice", "repeatedly", "regularly", "often", "frequently", "times", "routinely", "occasions"}
_RECIPROCAL = {"other", "one", "another"}       # "met each other", "met one another"


# ---------------------------------------------------------------- parties

# Which prepositions introduce the counterpart, by trigger lemma ("met with", "talked to",
# "paid a call on"); "welcomed X to Beijing" has no counterpart in its "to".
_COUNTER_PREPS = {"meet": {"with"}, "talk": {"with", "to"}, "speak": {"with", "to"}, "confer": {"with"},
                  "write": {"to"}, "call": {"on"}, "phone": {"with"}, "telephone": {"with"},
                  "discuss": {"with"}, "negotiate": {"with"}, "consult": {"with"}, "chat": {"with"},
                  "dine": {"with"}, "converse": {"with"}, "huddle": {"with"}, "sit": {"with"}, "catch": {"with"},
                  "interact": {"with"}}
# a verb that reports an exchange only with its object, which takes the counterpart: "exchanged
# views with X", "bade farewell to X"
_PHRASE_OBJECTS = {"exchange": ({"view", "idea", "opinion", "pleasantry"}, "with"),
                   "bid": ({"farewell", "goodbye", "adieu"}, "to")}


def _phrase_verb(tok: Token) -> Token | None:
    """The verb of "exchanged views with X" or "bade farewell to X" when ``tok`` is its object
    and the counterpart's preposition hangs on the object or the verb (the parse may read "bid"
    as a modifier of "farewell")."""
    lemma = tok.lemma_.lower()

    def lemma_of(t: Token) -> str:
        return "bid" if t.lower_ == "bade" else t.lemma_.lower()     # ("bade", which the model does not know)

    verb = tok.head if tok.dep_ == "dobj" else next(
        (c for c in tok.children if c.dep_ == "compound" and lemma_of(c) in _PHRASE_OBJECTS), None)
    if verb is None or lemma_of(verb) not in _PHRASE_OBJECTS:
        return None
    objects, prep = _PHRASE_OBJECTS[lemma_of(verb)]
    if lemma not in objects and lemma.rstrip("s") not in objects:
        return None
    return verb if any(c.dep_ in ("prep", "dative") and c.lower_ == prep
                       for c in (*tok.children, *verb.children)) else None


_NOUN_PREPS = {"with", "to", "between", "among", "on"}
_RECEIVING = {"get", "receive", "take", "have", "answer", "accept"}
_SENDING = {"send", "write", "address", "deliver", "dispatch", "pen"}


def _sender(tok: Token) -> bool:
    """Whether "from X" after this nominal trigger names the counterpart: "took a phone call
    from X", "a visit from X", "got a letter from X"; not "handed over a message from X" (the
    envoy passes on someone else's words)."""
    lemma = tok.lemma_.lower()
    if lemma in ("call", "visit"):
        return True
    # ("received a warm welcome from X": X welcomed the one who received it)
    return lemma in ("letter", "message", "congratulation", "welcome", "reception") and tok.dep_ == "dobj" \
        and tok.head.lemma_.lower() in _RECEIVING
_SERIES = {"series", "round", "set"}
_JOINING = {"join", "accompany"}        # "joined X for a meeting with Y": the meeting is X's
_TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
# verbs whose subject, a meeting, has its parties as object ("the talks involved A and B")
_GATHERING_VERBS = {"involve", "bring", "gather", "feature", "include"}
# gatherings that name no one's exchange with another (a summit's attendance is co-presence)
_NOT_OWN_PARTIES = {"summit", "conference", "reception", "banquet", "dinner", "lunch", "luncheon", "breakfast"}


def _addressed_elsewhere(tok: Token) -> list[Token]:
    """The "to" of a letter "addressed to" someone ("received a letter from X, addressed to the
    President, Y"), where the parse hangs it on the letter."""
    return [g for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() == "address"
            for g in c.children if g.dep_ == "prep" and g.lower_ == "to"]


def _parties(index: DocIndex, tok: Token, typ: str):
    """``([actor_ids, ...], how)`` for a trigger, or None when it lacks two parties."""
    lex = lexicon.triggers()
    agents: list[str] = []
    counter: list[str] = []
    joint: list[str] = []
    how: set[str] = set()
    each = False
    lemma = tok.lemma_.lower()

    def pobjs(prep: Token) -> list[str]:
        objects = [p for p in prep.children if p.dep_ == "pobj"]
        if not objects and (prep.lower_ == "to" or prep.lower_ == "with" and prep.i > 0
                            and prep.nbor(-1).text != "," and prep.head == tok):
            # "a message to X proposing a meeting", "a telephone conversation with X focusing on
            # trade": the parser reads X as the subject of the participle after it (not ", with
            # the king stressing ...": an absolute clause)
            objects = [s for p in prep.children if p.dep_ == "pcomp" and p.tag_ == "VBG"
                       for s in p.children if s.dep_ == "nsubj" and s.i < p.i]
        return [a for p in objects for a in _resolve_all(index, p, how)]

    if typ == "visit":
        # "will pay a state visit to Kenya at the invitation of President X": X hosts
        counter += [a for t in tok.sent if t.lemma_.lower() == "invitation" for c in t.children
                    if c.dep_ == "prep" and c.lower_ == "of" for a in pobjs(c)]
    if tok.pos_ in ("VERB", "AUX"):
        if lemma == "welcome" and any(c.dep_ == "dobj" and _approved(c) for c in tok.children):
            return None         # "welcomed the visit of X", "welcomed the decision": approval, not a host
        if _met_a_thing(tok):
            return None         # "met the demands of X": no one met
        if any(c.dep_ == "dobj" and _addressed_elsewhere(c) and any(p.dep_ == "prep" and p.lower_ == "from"
                                                                      for p in c.children) for c in tok.children):
            return None         # "received a letter from X addressed to Y": X's letter is to Y (the noun says so)
        if scorer.names_as(tok):
            return None         # "called X a liar": a name given, no call
        if _press_event(tok) and not any(c.dep_ == "prep" and c.lower_ in _COUNTER_PREPS.get(lemma, ())
                                         for c in tok.children):
            return None         # "A and B spoke at a joint press conference": co-presence, no exchange
        if lemma == "sit" and not (any(c.dep_ == "prt" and c.lower_ == "down" for c in tok.children)
                                   or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "with")):
            return None         # "sat down with X", "sat with X"; not "sat on the committee with X"
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        preps = _COUNTER_PREPS.get(lemma, set())
        for c in tok.children:
            if c.dep_ == "nsubj" and not passive:
                agents += _resolve_all(index, c, how)
            elif c.dep_ == "nsubjpass":
                counter += _resolve_all(index, c, how)
            elif c.dep_ == "agent":
                agents += pobjs(c)
            elif c.dep_ == "dobj" and lemma == "discuss":
                pass            # the topic ("discussed the two detained citizens, A and B"), not a counterpart
            elif c.dep_ == "dobj" and (lemma != "call" or typ == "phone_call" or c in _on_then_object(tok)):
                counter += _resolve_all(index, c, how)
            elif c.dep_ == "prep" and c.lower_ in preps:
                counter += pobjs(c)
            elif c.dep_ == "oprd" and c.ent_type_ == "PERSON" and not any(d.dep_ == "dobj" for d in tok.children):
                counter += _resolve_all(index, c, how)  # "X on Monday called Y": the parse reads Y as what X was called
            elif "with" in preps and _with_to_clause(c):
                counter += [a for s in _with_to_clause(c) for a in _resolve_all(index, s, how)]
            elif c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN") and c.ent_type_ not in ("DATE", "TIME") \
                    and lemma in _HOST_VERBS | {"meet"} and not any(d.dep_ == "dobj" for d in tok.children):
                counter += _resolve_all(index, c, how)      # "received in Manama yesterday the Jordanian minister, X"
            elif _list_goes_on(c, counter):
                counter += _resolve_all(index, c, how)
        if not counter and (lemma in _HOST_VERBS or lemma == "meet"):
            # "received at Seif Palace on Sunday Foreign Minister X": the parse makes X the object of
            # the day's "on"
            counter += [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "in", "at")
                        for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "PERSON"
                        and p.left_edge.ent_type_ in ("DATE", "TIME") for a in _resolve_all(index, p, how)]
        if not counter and tok.dep_ == "amod" and tok.tag_ in ("VBD", "VBN") and tok.i < tok.head.i \
                and any(c.dep_ == "nsubj" for c in tok.children):
            # "A hosted Ghanaian President B for talks": the parse makes the verb a modifier of its object
            head = tok.head
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head
            counter += _resolve_all(index, head, how)
        if not counter:
            # "spoke by telephone with X": the parse hangs the "with" on the means
            counter += [a for q in _means_preps(tok, preps) for a in pobjs(q)]
        if not counter and lemma in _RECEIVING_GUESTS and not any(c.dep_ == "dobj" for c in tok.children):
            # "received in Carthage, Palestinian ambassador A": the guest set off after the place
            counter += [a for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "at") and c.i == tok.i + 1
                        for p in c.children if p.dep_ == "pobj" for g in p.children
                        if g.dep_ == "appos" and g.i > p.i for a in _resolve_all(index, g, how)
                        if index.actors.get(a, {}).get("kind") == "person"]
        if passive and not counter:
            counter += _passive_subject(index, tok, how)
        gapped = _gapped(index, tok, preps, how) if counter else []
        if gapped:
            counter += gapped
            how.add("gapped")
        if not counter:
            counter += _met_ones_listed(index, tok, how)    # "Among the leaders X met were A and B"
        members = _spelled_out(index, tok, how)
        if members and tok.dep_ == "acl" and tok.tag_ == "VBN":
            counter += members          # "Leaders received by X included A and B"
        elif members and (tok.dep_ == "xcomp" or any(c.dep_ == "nsubj" and c.lower_ in ("who", "that")
                                                     for c in tok.children)):
            agents, each = members, True    # "The leaders who met X included A and B": one meeting each
        if not counter and any(c.dep_ == "dobj" and c.tag_ in ("NNS", "NNPS") for c in tok.children):
            counter += _including(index, [tok], how)    # "met several leaders on Monday, including A and B"
        if counter and any(c.dep_ == "cc" for c in tok.children):
            # "the credentials of the envoys of Brazil, A, and of Norway, B": the second "of" the
            # parse hangs on the verb continues the object
            counter += [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                        for a in _ordered(index, list(c.subtree), "person")]
        if counter:
            # "met with the ambassadors of Latvia, A, and of Estonia, B": ... or on the "with"
            counter += [a for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                        for g in c.children if g.dep_ == "conj" and g.lower_ == "of"
                        for a in _ordered(index, list(g.subtree), "person")]
        if not agents and passive:
            # "was met on arrival by X", "was greeted at the airport by X": the parse hangs the
            # agent on the noun before it (or reads that noun as an object: "welcomed at OR Tambo
            # International Airport by X")
            nouns = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("on", "at", "upon")
                     for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
            nouns += [c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")
                      and any(t.lower_ in ("at", "on", "upon") for t in tok.doc[tok.i + 1:c.left_edge.i + 1])]
            agents = [a for p in nouns for q in p.children if q.dep_ == "prep" and q.lower_ == "by" for a in pobjs(q)]
        if not agents:
            # "X had, however, spoken with Y": the parse hangs the subject on the auxiliary
            agents = [a for c in tok.children if c.dep_ == "aux" for g in c.children
                      if g.dep_ == "nsubj" for a in _resolve_all(index, g, how)]
        if not agents and not passive:
            agents = _shared_possessor(index, tok, how) or _clause_subject(index, tok, how)
        if not counter:
            counter += _in_honour_of(index, tok, how)   # "hosted a banquet in honour of X"
        if lemma in lex["verbs_needing_person_object"] | lex["verbs_needing_party_object"] and not counter:
            return None
        if (lemma in lex["verbs_needing_person_object"] or lemma == "catch") and not any(
                index.actors.get(c, {}).get("kind") == "person" for c in counter):
            return None         # "hosted the summit", "visited the plant", "caught up with the news"
        if _to_the_press(tok):
            return None         # "spoke to reporters", "briefed journalists"
    else:
        if _sat_in(tok):
            return None
        for c in tok.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in _SENDING and typ == "correspondence":
                # "a letter X sent to Y", "the message that X addressed to Y"
                agents += [a for g in c.children if g.dep_ == "nsubj" for a in _resolve_all(index, g, how)]
                counter += [a for g in c.children if g.dep_ in ("prep", "dative") and g.lower_ == "to"
                            for a in pobjs(g)]
            if c.dep_ == "poss" and not _conveyed(tok) \
                    or c.dep_ == "nmod" and c.i < tok.i and _phrase_verb(tok) is not None and _phrase_verb(tok).i > c.i:
                # ("accompanied B to his meeting with X": "his" is B's; "A bade farewell to X" the
                # parse reads as "A's farewell")
                agents += (c.lower_ in _POSS_PRONOUNS and _escorted(index, tok, how)) or _resolve_all(index, c, how)
            elif c.dep_ == "agent" and tok.dep_ == "dobj" and _passive_subjects(tok.head):
                # "X was accorded a state welcome by Y", "X was driven to the square and given a
                # welcome by Y": Y gives it, X is given it
                agents += pobjs(c)
                counter += [a for g in _passive_subjects(tok.head) for a in _resolve_all(index, g, how)]
            elif c.dep_ == "prep" and (c.lower_ in _NOUN_PREPS or c.lower_ == "from" and _sender(tok)):
                if c.lower_ in ("between", "among"):
                    found = pobjs(c)
                    joint += found if len(found) >= 2 else _listed_between(index, c) or found
                elif c.lower_ != "on" or lemma == "call":
                    counter += pobjs(c)
            if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS and lemma not in _MEALS:
                # "held talks on migration with X": the parse hangs the "with" on the topic (a
                # person there is the counterpart; "talks on cooperation with China" name none)
                counter += [a for p in c.children if p.dep_ == "pobj" for w in p.children
                            if w.dep_ == "prep" and w.lower_ == "with" for a in pobjs(w)
                            if index.actors.get(a, {}).get("kind") == "person"]
        if not counter and not joint and lemma in _MEALS:
            counter += _in_honour_of(index, tok, how)   # "a state banquet in honour of X"
        if not counter and not joint and tok.dep_ == "nsubj" and tok.head.lemma_.lower() == "be":
            # "The first meeting of the day was with X": the "with" the parse hangs on the copula
            counter += [a for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "with" for a in pobjs(c)]
        if not counter and not joint and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _GATHERING_VERBS \
                and lemma not in _NOT_OWN_PARTIES:
            # "The talks involved A and B", "the meeting brought together A, B and C": the ones
            # it gathers meet one another
            joint += [a for c in tok.head.children if c.dep_ == "dobj" for a in _resolve_all(index, c, how)]
        if not agents and tok.dep_ == "dobj" and lemma in ("welcome", "reception") and _passive_subjects(tok.head):
            # "X was given a warm welcome by Y", the agent hung on the verb or read as a "by" of the
            # welcome or of the verb ("X was driven to the square and given a welcome by Y"): Y
            # gives it, X is given it
            agents += [a for g in list(tok.head.children) + list(tok.children)
                       if g.dep_ == "agent" or g.dep_ == "prep" and g.lower_ == "by" for a in pobjs(g)]
            if agents:
                counter += [a for g in _passive_subjects(tok.head) for a in _resolve_all(index, g, how)]
        addressed = [a for g in _addressed_elsewhere(tok) for a in pobjs(g)] if typ == "correspondence" else []
        senders = [a for c in tok.children if c.dep_ == "prep" and c.lower_ == "from" for a in pobjs(c)]
        if addressed and senders:
            # "received a letter from X, addressed to Y": X wrote to Y; the one who received it
            # passed it on
            agents, counter = senders, [a for a in addressed if a not in senders]
        elif addressed:
            counter += addressed        # "sent a letter addressed to Y"
        if not agents:
            agents = _shared_possessor(index, tok, how)
        if not agents and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("include", "involve", "feature"):
            # "X's trip included meetings with A and B", "the President's schedule includes talks
            # with A": the one whose trip or schedule it is
            owner = [p for c in tok.head.children if c.dep_ == "nsubj" and c.lemma_.lower() in _ITINERARIES
                     for p in c.children if p.dep_ == "poss"]
            agents = [a for p in owner for a in resolve_party(index, p, how)]
        if not agents and not counter and not joint:
            joint = _their_clause(index, tok, how)
        if not counter and not joint and tok.dep_ == "pobj" and tok.head.lower_ in _MEANS_PREPS \
                and tok.head.head.pos_ == "VERB" and tok.head.head.lemma_.lower() not in ("discuss", "mention") \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
            # "told X in a phone call that ...", "assured X during a telephone conversation": the
            # one the verb addresses is the other end of the call (not "During the conversation,
            # X thanked Y": the one just reported)
            counter += [a for c in tok.head.head.children if c.dep_ in ("dobj", "dative")
                        for a in _resolve_all(index, c, how) if index.actors.get(a, {}).get("kind") == "person"]
        if not agents and tok.dep_ == "ROOT":
            # "X held talks with Y" read as a noun phrase, "held" a modifier of "talks" with X its subject
            agents = [a for c in tok.children if c.dep_ in ("amod", "acl") and c.i < tok.i
                      and (c.pos_ == "VERB" or c.lower_ in ("held", "had"))      # (tagged an adjective too)
                      for g in c.children if g.dep_ == "nsubj" for a in _resolve_all(index, g, how)]
        carrier = tok
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _SERIES:
            carrier = tok.head.head     # "held a series of meetings with", "a new round of talks"
        head = carrier.head
        light = head if carrier.dep_ in ("dobj", "nsubjpass", "attr") and head.pos_ in ("VERB", "AUX") else None
        if light is not None:
            for c in light.children:
                # ("sent a cable to X": the parser may make "to" a dative)
                if (c.dep_ == "prep" or c.dep_ == "dative" and c.lower_ == "to") \
                        and (c.lower_ in _NOUN_PREPS or c.lower_ == "from" and _sender(tok)) and c.i != tok.i:
                    (joint if c.lower_ in ("between", "among") else counter).extend(pobjs(c))
                elif c.dep_ == "dative" or _list_goes_on(c, counter):
                    counter += _resolve_all(index, c, how)
                elif _with_to_clause(c):
                    counter += [a for s in _with_to_clause(c) for a in _resolve_all(index, s, how)]
            if not agents and not any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children):
                # (not "welcomed the talks between A and B": talks that name their own parties)
                agents = [a for c in light.children if c.dep_ == "nsubj" for a in _resolve_all(index, c, how)]
                # "Visiting Qatari Foreign Minister X held talks with Y": the parse reads a clause
                # "visiting X" as the subject
                agents = agents or [a for c in light.children if c.dep_ == "csubj" and c.lower_ == "visiting"
                                    for d in c.children if d.dep_ == "dobj" for a in _resolve_all(index, d, how)]
            if not agents and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in light.children):
                # "Those who held talks with X included A and B": one meeting each
                agents, each = _spelled_out(index, light, how), True
        if not counter and not joint:
            # "held discussions and signed agreements with X", "held talks and exchanged views with
            # X": the "with" the parse hangs on the second of two coordinated verbs (or on its
            # object) is the talks' too (not "will travel with X": a companion)
            linked = [c for c in (light or tok).children if c.dep_ == "conj" and c.i > tok.i
                      and c.lemma_.lower() not in _JOURNEYS | {"visit"}]
            linked += [o for c in linked if c.pos_ == "VERB" for o in c.children if o.dep_ == "dobj"]
            counter += [a for c in linked for w in c.children if w.dep_ == "prep" and w.lower_ == "with"
                        for a in pobjs(w) if index.actors.get(a, {}).get("kind") == "person"]
        if not agents and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.lemma_.lower() in _JOINING:
            # "A and B joined President X for a meeting with Y": X's meeting; A and B came along
            agents = [a for c in tok.head.head.children if c.dep_ == "dobj" for a in _resolve_all(index, c, how)
                      if index.actors.get(a, {}).get("kind") == "person"]
        # "a phone call between their ministers" names its own parties: not the clause's subject's
        own = any(c.dep_ == "prep" and c.lower_ in ("between", "among") for c in tok.children)
        if not agents and not joint and not own and tok.dep_ not in ("nsubj", "nsubjpass"):
            agents = _clause_subject(index, light or tok, how)
        if not agents and not joint and counter and _unowned(index, tok, counter):
            # "Talks with X focused on trade", "Friday: Meeting with X": talks no one in their
            # sentence is said to hold are those of the person the passage is about, as a
            # pronoun's would be
            agents = [a for a in _pronoun(index, tok) if a not in counter]
            if agents:
                how.add("pronoun")
    if not counter and not joint:
        # "held a telephone conversation at the request of X": X is at the other end
        counter += _requested_by(index, tok, how)
    if "pair" in how and tok.pos_ in ("VERB", "AUX") and lemma != "meet" and _mode(tok) not in _SPECIFIC:
        return None     # "They also spoke about fisheries": the talks just reported, not a new call
                        # ("the two had spoken by phone earlier" is one)
    if joint:
        parties = _dedupe(agents + joint + counter)
        return ([parties], how) if len(parties) >= 2 else None
    agents = _dedupe(agents)
    counter = [c for c in _dedupe(counter) if c not in agents]
    # a spouse who comes along with a principal is no party ("X and first lady Y hosted Z")
    agents = [a for a in agents if not _is_spouse(index, a) and not _consort(index, a, agents)] or agents
    counter = [c for c in counter if not _is_spouse(index, c) and not _consort(index, c, counter)] or counter
    # "received the OAS Secretary General A": the organisation comes with the one who speaks for it
    agents = [a for a in agents if not _spoken_for(index, a, agents)]
    counter = [c for c in counter if not _spoken_for(index, c, counter)]
    if typ == "visit" and not any(index.actors.get(c, {}).get("kind") == "person" for c in counter):
        return None
    if not counter and len(agents) >= 2:
        if tok.pos_ not in ("VERB", "AUX") and tok.head.lemma_.lower() in _ATTEND and tok.dep_ in ("dobj", "pobj"):
            return None     # "A and B both attended the meeting": there together, not with each other
        if typ == "correspondence" and _addressed_to_another(tok):
            return None     # "A and B sent messages to the people of Hungary": co-senders, no letter between them
        if _held_separately(tok.sent):
            return None     # "in the meetings with A, B and C, each held separately": not with one another
        return [agents], how
    if not agents or not counter:
        return None
    if len(agents) > 1 and (each or _separately(tok)):
        # "A, B and C all met separately with X": one meeting each
        return [[a, c] for a in agents for c in counter], how
    if len(counter) == 1:
        # "A and B met C": each of them met C (B often comes along with A; a genuinely joint
        # meeting is named so: "a trilateral", "talks among A, B and C", "A, B and C met")
        return [[a, counter[0]] for a in agents], how
    if _joint(index, tok, counter):
        return [agents + counter], how
    return [[*agents, c] for c in counter], how


_REQUESTS = {"request", "initiative", "behest"}


def _requested_by(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """Who asked for a call or talks that name no counterpart: "at the request of X", "at X's
    initiative", "upon the initiative of X"."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") else [])
    for h in heads:
        for c in h.children:
            if c.dep_ != "prep" or c.lower_ not in ("at", "upon", "on"):
                continue
            for r in c.children:
                if r.dep_ != "pobj" or r.lemma_.lower() not in _REQUESTS:
                    continue
                who = [g for g in r.children if g.dep_ == "poss"] + [
                    p for o in r.children if o.dep_ == "prep" and o.lower_ == "of" for p in o.children if p.dep_ == "pobj"]
                found = [a for g in who for a in _resolve_all(index, g, how)
                         if index.actors.get(a, {}).get("kind") == "person"]
                if found:
                    return found
    return []


def _to_the_press(verb: Token) -> bool:
    """ "spoke to reporters", "briefed journalists": a verb whose object is the press or a crowd
    (not "received X in a private audience")."""
    media = lexicon.triggers()["media_words"]

    def press(t: Token) -> bool:
        return t.lemma_.lower() in media or t.lower_ in media
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "prep" and c.lower_ not in ("in", "at", "during") and any(press(p) for p in c.children)
        or c.dep_ == "dobj" and press(c) for c in verb.children)


_PRESS_WORDS = {"press", "news", "media"}


def _press_event(tok: Token) -> bool:
    """Whether a verb's object or place is a press conference or briefing ("held a joint press
    conference", "spoke at a news conference"): parties there together are no interaction (the
    talks before it are, by their own trigger)."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    things = [c for c in tok.children if c.dep_ == "dobj"]
    things += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "during", "in")
               for p in c.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in ("conference", "briefing", "availability")
               and any(m.lower_ in _PRESS_WORDS for m in t.children if m.dep_ in ("compound", "amod"))
               for t in things)


def _met_a_thing(tok: Token) -> bool:
    """ "met the deadline", "meet the demands", "meet any incursion with force": the verb's object
    is a thing, so no one met anyone (not "met each other", "met the delegation"). Only the first
    object counts: a second is the parse's misreading of words further on ("met X ... which
    Morocco will co-host")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if tok.lemma_.lower() != "meet" or tok.pos_ not in ("VERB", "AUX") or not objects:
        return False
    c = objects[0]
    doc = tok.doc
    if c.i >= 2 and doc[c.i - 1].text == "-" and not doc[c.i - 2].whitespace_ and doc[c.i - 2].text[:1].isupper():
        return False        # "met President Lee Jae-won": the end of a hyphenated name the tagger read as a noun
    return c.lower_ not in _RECIPROCAL and c.ent_type_ not in ("DATE", "TIME") and _approved(c) \
        and c.lemma_.lower() not in _KIN and not any(g.dep_ in ("appos", "compound") and g.pos_ == "PROPN"
                                                      and g.i > c.i for g in c.children)


# people named by kinship ("met the leader's sister, X")
_KIN = {"sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "widow", "widower",
        "spouse", "family", "relative", "uncle", "aunt", "nephew", "niece", "cousin", "child", "heir"}


_DAY_PARTS = {"morning", "afternoon", "evening", "night"}


def _gapped(index: DocIndex, verb: Token, preps: set[str], how: set[str]) -> list[str]:
    """A second counterpart with its own time, the verb not repeated: "met A on Tuesday and B on
    Wednesday", "spoke with A in the morning and with B in the afternoon"."""
    found = [a for q in _gapped_tokens(verb, preps) for a in _resolve_all(index, q, how)]
    return [a for a in found if index.actors.get(a, {}).get("kind") == "person"]


def _gapped_tokens(verb: Token, preps: set[str]) -> list[Token]:
    """The parse hangs the second counterpart on the first one's time as its conjunct, or the
    second "with" on the first time's preposition."""
    found = []
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ in preps:
            continue
        for p in c.children:
            if p.dep_ == "conj" and p.lower_ in preps:
                found += [q for q in p.children if q.dep_ == "pobj"]
            if p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or p.lower_ in _DAY_PARTS):
                found += [q for q in p.children if q.dep_ == "conj" and (q.pos_ == "PROPN" or q.pos_ == "NOUN"
                                                                        and q.text[:1].isupper())
                          and q.ent_type_ not in ("DATE", "TIME") and not any(d.dep_ == "case" for d in q.children)]
            if p.dep_ == "pobj" and p.pos_ == "PROPN" and p.ent_type_ not in ("DATE", "TIME") \
                    and p.left_edge.ent_type_ in ("DATE", "TIME") \
                    and any(t.lower_ == "and" for t in p.doc[p.left_edge.i:p.i]):
                found.append(p)     # "... on Tuesday and B on Monday": B read as the object of "on"
    for q in verb.children:     # ... or on the verb itself, right after "on Tuesday and"
        left = q.left_edge.i
        if q.dep_ in ("npadvmod", "dobj") and q.ent_type_ not in ("DATE", "TIME") and left > 1 \
                and (q.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in q.subtree)) \
                and q.doc[left - 1].lower_ == "and" and q.doc[left - 1].head.ent_type_ in ("DATE", "TIME") \
                and q.doc[left - 1].head.dep_ == "pobj" and q.doc[left - 1].head.head.head == verb:
            found.append(q)
        elif q.dep_ == "conj" and q.pos_ in ("PROPN", "NOUN") and any(t.ent_type_ == "PERSON" for t in q.subtree) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "cc") for c in q.children):
            found.append(q)     # "met with A in Seoul on Tuesday and B on Monday": B as the verb's conjunct
    return found


def _gapped_times(index: DocIndex, tok: Token, sent: Span, labels: tuple[str, ...] = ("DATE", "TIME")) -> dict[str, str]:
    """Each gapped counterpart's own time: the first date or time named after it ("... and B on
    Wednesday"); with ``labels`` of places, its own place ("met A in Prague and B in Brussels")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return {}
    timed = labels == ("DATE", "TIME")
    text = _with_time_context if timed else (lambda span: span.text)
    out = {}
    listed = [c for c in tok.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i > tok.i
              and not any(d.dep_ in ("nsubj", "nsubjpass", "dobj", "case") for d in c.children)]
    times = sorted((start, end) for start, end, label, _ in index.mentions
                   if label in labels and sent.start <= start < sent.end)
    if timed:       # ("in the afternoon" the tagger left out)
        times = sorted(times + [(t.i, t.i + 1) for t in sent if t.lower_ in _DAY_PARTS and t.dep_ == "pobj"
                                and not any(s <= t.i < e for s, e in times)])
    first_gap = None
    for q in _gapped_tokens(tok, _COUNTER_PREPS.get(tok.lemma_.lower(), set())) + listed:
        when = next((index.doc[start:end] for start, end in times if q.i < start), None)
        if when is not None and (tok in when.root.ancestors or q in when.root.ancestors) and not any(
                label in ("PERSON", "ORG") and q.i < start < when.start for start, _, label, _ in index.mentions):
            for a in _resolve_all(index, q, set()):
                out.setdefault(a, text(when))
            begin = next((m[0] for m in index.mentions if m[0] <= q.i < m[1]), q.i)
            first_gap = begin if first_gap is None else min(first_gap, begin)
    if first_gap is not None:
        # the counterpart before the gap has the time named before it ("met A on Tuesday and B
        # on Monday"), whatever the parse hangs that time on
        lead = next((index.doc[start:end] for start, end in times if tok.i < start and end <= first_gap
                     and not (timed and _time_of_something_else(index.doc[start:end], tok))), None)
        if lead is not None:
            out[""] = text(lead)
    return out


def _list_goes_on(tok: Token, counter: list[str]) -> bool:
    """ "held talks with A, and B", "met Kenyan President A, Ghanaian President B and C": a
    name the parse hangs on the verb as a conjunct, or as a loose dependent right after a
    comma, with no verb or subject of its own, continues the list of counterparts."""
    if not counter or tok.pos_ != "PROPN" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        return False
    if tok.dep_ == "conj":
        return True
    start = tok.left_edge.i
    return tok.dep_ in ("dep", "npadvmod") and start > tok.head.i and start > 0 and tok.doc[start - 1].text == ","


_MEANS_PREPS = {"in", "during", "over", "via", "through"}
_MEANS = {"phone", "telephone", "video", "videoconference", "videolink", "video-link", "teleconference", "link",
          "line", "zoom", "hotline"}


def _means_preps(verb: Token, preps: set[str]) -> list[Token]:
    """The counterpart's prepositions the parse hangs on the means of a call ("spoke by
    telephone with X", "talked over the phone to X") instead of on the verb."""
    return [q for c in verb.children if c.dep_ == "prep" and c.lower_ in ("by", "via", "over", "on")
            for p in c.children if p.dep_ == "pobj" and p.lower_ in _MEANS
            for q in p.children if q.dep_ == "prep" and q.lower_ in preps]


def _with_to_clause(tok: Token) -> list[Token]:
    """ "held a meeting Monday with A and B to affirm ...": the parser reads "with A and B to
    affirm" as a clause of its own (A its subject, "with" its marker); A is the counterpart.
    Only an infinitive: "..., with B expected to join later" is no such clause."""
    if tok.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "with" for c in tok.children) \
            or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
        return []
    return [c for c in tok.children if c.dep_ == "nsubj"]


def _approved(obj: Token) -> bool:
    """Whether a verb's object is a thing, not people: "welcomed the visit", not "welcomed the
    guests" or "welcomed the delegation"."""
    def people(t: Token) -> bool:
        return _is_title_word(t) or t.lemma_.lower() in _LISTABLE or t.lemma_.lower() in lexicon.words(
            "group_words.txt") or t.lower_ in lexicon.words("group_words.txt")

    # "a host of world leaders": the people are the object
    of_people = any(p.pos_ == "NOUN" and people(p) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj")
    return obj.pos_ == "NOUN" and not people(obj) and not of_people


_EACH = {"separately", "individually", "respectively", "each"}


def _separately(tok: Token) -> bool:
    """Whether the trigger says its subjects acted one by one ("met separately", "each met")."""
    verb = tok.head if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubjpass") else tok   # "each held talks"
    heads = [tok] if verb == tok else [tok, verb]
    near = [c for h in heads for c in h.children]
    near += [g for c in near if c.dep_ in ("nsubj", "advmod", "prep") for g in c.children]
    return any(t.lower_ in _EACH and t.dep_ in ("advmod", "det", "appos", "npadvmod", "dep") for t in near)


_ATTEND = {"attend", "participate", "address", "join", "boycott", "skip", "miss", "cover"}


_GATHERINGS = {"summit", "conference", "forum", "session", "assembly", "ceremony", "gathering", "games", "event"}


def _phrase_head(tok: Token) -> Token:
    """The noun a modifier word belongs to ("summit" of "summit meeting")."""
    while tok.dep_ in ("compound", "amod") and tok.head != tok:
        tok = tok.head
    return tok


def _present_at(tok: Token) -> bool:
    """A gathering its parties were at ("X and Y were both at the G20 summit"): there
    together, no interaction between them."""
    if tok.lemma_.lower() not in _GATHERINGS:
        return False
    node = _phrase_head(tok)
    return node.dep_ == "pobj" and node.head.lower_ in ("at", "in") and node.head.head.lemma_ == "be"


def _sat_in(tok: Token) -> bool:
    """ "Also present at the meeting were A and B", "A and B were present during the talks",
    "A and B took part in the talks on the Norwegian side":
    those who sat in on a meeting just reported are no parties to one of their own."""
    node = _phrase_head(tok)
    if not (node.dep_ == "pobj" and node.head.lower_ in ("at", "in", "during")):
        return False
    verb = node.head.head       # ("were present at", the parse hanging "at" on the copula; "took part in")
    return verb.lower_ == "present" or verb.lemma_ == "be" and any(
        c.dep_ == "acomp" and c.lower_ == "present" for c in verb.children) or verb.lemma_ == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children) and not any(
        c.dep_ == "prep" and c.lower_ in ("with", "between") for c in node.children)


def _attended(tok: Token) -> bool:
    """A meeting word that is what someone attended ("attended the summit meeting"; "the
    meeting was attended by A and B": the meeting just reported, with those who sat in on
    it; not "the foreign ministers' meeting was attended by A, B and C", whose parties they are)."""
    node = _phrase_head(tok)
    if node.dep_ == "nsubjpass" and node.head.lemma_.lower() in _ATTEND:
        return node == tok and all(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if node.dep_ == "pobj":
        node = node.head
    return node.pos_ != "VERB" and node.dep_ in ("dobj", "prep") and node.head.lemma_.lower() in _ATTEND


def _dedupe(ids: list[str]) -> list[str]:
    out: list[str] = []
    for i in ids:
        if i not in out:
            out.append(i)
    return out


_ONE_SITTING = {"meeting", "conference", "videoconference", "teleconference", "call", "summit", "session"}


def _joint(index: DocIndex, tok: Token, counter: list[str]) -> bool:
    """Counterparts who act together: the same country or organisation, and not "separate"."""
    if any(c.lower_ in ("separate", "separately", "respective", "individual") for c in tok.subtree):
        return False
    if tok.lower_ in ("meetings", "calls", "conversations", "visits"):
        return False            # "held meetings with A, B and C": one each
    if any(c.dep_ == "advmod" and c.lower_ == "also" for c in tok.children):
        return False            # "X also met A, B and C": a list of further meetings
    if tok.tag_ == "NN" and tok.lemma_.lower() in _ONE_SITTING:
        return True             # "held a video conference with A and B": one sitting of them all
    keys = set()
    for actor_id in counter:
        a = index.actors.get(actor_id, {})
        keys.add(a.get("org") or a.get("country"))
    return len(keys) == 1 and None not in keys      # (a counterpart of no stated side is no proof)


def _escorted(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """The one escorted to a trigger ("A accompanied B to meet X", "to his talks with X"): the
    escort is no party."""
    escort = tok.head if tok.dep_ in ("advcl", "xcomp") else \
        tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "to" else None
    if escort is None or escort.lemma_.lower() not in ("accompany", "escort"):
        return []
    return [a for c in escort.children if c.dep_ == "dobj" for a in _resolve_all(index, c, how)]


def _clause_subject(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """The subject of the clause a participle or nominal trigger hangs from; for a verb an
    object controls, that object ("the visit enabled him to meet X", "gave her the chance to
    meet X"); for one an escort goes to, the one escorted ("A accompanied B to meet X", "A
    accompanied B to his talks with X", "Accompanying B to meet X were A and C")."""
    found = _escorted(index, tok, how)
    if found:
        how.add("clause")
        return found
    if tok.dep_ == "xcomp" or tok.dep_ == "acl" and tok.head.dep_ == "dobj":
        governor = tok.head if tok.dep_ == "xcomp" else tok.head.head
        controllers = [c for c in governor.children
                       if c.dep_ == "dative" or c.dep_ == "dobj" and tok.dep_ == "xcomp" and c.i < tok.i]
        found = [a for c in controllers for a in _resolve_all(index, c, how)]
        if found:
            how.add("clause")
            return found
    if tok.dep_ == "acl" and tok.tag_ in ("VBD", "VBN") and tok.head.dep_ == "ROOT" and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.i > tok.head.i and not any(c.dep_ == "agent" for c in tok.children):
        # "Six ambassadors called on X yesterday": a sentence the parse leaves without a verb
        # reads the verb as the noun's clause; the noun is its subject
        found = _resolve_all(index, tok.head, how)
        if found:
            how.add("clause")
            return found
    cur = tok
    for _ in range(4):
        if cur.dep_ in ("ROOT",) and cur.head == cur:
            break
        came, cur = cur, cur.head
        subs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if came in subs and _calls_on_someone(tok):
            return []       # "The ambassadors presenting credentials included A, B": presented to someone else
        if subs:
            how.add("clause")
            return [a for s in subs for a in _resolve_all(index, s, how)]
    return []


def _resolve_all(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """Actors for a party token and its conjuncts ("A, B and C")."""
    out = []
    for t in [tok] + [c for c in tok.conjuncts if c.i > tok.i]:
        out.extend(resolve_party(index, t, how))
    if index.tok_label.get(tok.i) == "PERSON":
        out += [a for a in _semicolon_items(index, tok) + _last_item(index, tok) if a not in out]
    return out


def _last_item(index: DocIndex, tok: Token) -> list[str]:
    """The list's last name where the parse hangs it on the verb ("meet with A, B, and Prime
    Minister C": C a conjunct of "scheduled"): right after the list, past ", and" and a title."""
    doc, sent = index.doc, tok.sent
    k = max(t.right_edge.i for t in [tok, *tok.conjuncts]) + 1
    k += k < sent.end and doc[k].text == ","
    if not (k < sent.end and doc[k].lower_ == "and"):
        return []
    item = _name_at(index, k + 1)
    if item is None:
        return []
    _, end, actor = item
    root = doc[end - 1]
    return [actor] if root.dep_ == "conj" and root.head.pos_ in ("VERB", "AUX") else []


def _name_at(index: DocIndex, k: int) -> tuple[int, int, str] | None:
    """(start, end, actor) of the person named at token ``k`` of its sentence, after at most a
    few capitalised words (a title: "Prime Minister C", "H.E. D"), or None."""
    doc = index.doc
    sent = doc[k].sent if k < len(doc) else None
    if sent is None:
        return None
    starts = {s: (e, a) for s, e, label, a in index.mentions if label == "PERSON" and sent.start <= s < sent.end}
    first = next((s for s in range(k, min(k + 5, sent.end)) if s in starts), None)
    if first is None or any(not (t.is_title or t.is_upper or t.is_punct) for t in doc[k:first]):
        return None
    return first, *starts[first]


def _semicolon_items(index: DocIndex, tok: Token) -> list[str]:
    """The persons after the first of a list set off by semicolons ("included A of X; B of Y; C of
    Z and D of W"), whose parse the small model breaks after an item or two. Each item is a name,
    perhaps after a title, and its description, with no verb: "A met B; C met D" is two clauses."""
    doc, sent = index.doc, tok.sent
    j = tok.i + 1
    while j < sent.end and doc[j].text != ";":
        if j - tok.i > 8 or doc[j].pos_ in ("VERB", "AUX") or doc[j].text in (".", ":"):
            return []
        j += 1
    out: list[str] = []
    while j < sent.end and doc[j].text in (";", ",", "and"):
        k = j + 1 + (j + 1 < sent.end and doc[j + 1].lower_ == "and")
        item = _name_at(index, k)
        if item is None:
            break
        first, end, actor = item
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[first:end]):
            break           # "...; C, who chairs the bloc, was absent": the next clause's subject
        j = end
        while j < sent.end and doc[j].text not in (";", ",", "and") and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
        if j < sent.end and doc[j].pos_ in ("VERB", "AUX"):
            break
        out.append(actor)
    return out


def resolve_party(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """The actor(s) a party token stands for, or [] when it names none.

    The noun phrase under the token is searched for named persons, leaving out relative
    clauses and possessors ("Xi's envoy Xiao Jie" is Xiao Jie); the phrase may be a
    list ("with A of X and B of Y"), so several persons can come back. Without a person,
    a group ("representatives of X") or an organisation stands for the party; a pronoun
    or a bare title ("the French president") is resolved in the document.
    """
    if tok.lower_ in ("who", "whom") and tok.head.dep_ == "relcl" and tok.head.head.ent_type_ == "PERSON":
        # "talks for Secretary A, who met X in New York": the named person the clause is about
        found = _resolve_all(index, tok.head.head, how)
        if found:
            how.add("relative")
            return found
    if _styled(index, tok):
        # "His Highness received a call from X": the one last given that style, else as "he"
        titled = [_by_title(index, c) for c in tok.children if _bare_title(index, c)]
        found = [a for a in titled if a][:1] or _style_holder(index, tok) or _pronoun(index, tok)
        if found:
            how.add("pronoun")
        return found
    if tok.lower_ in ("i", "we") and tok.dep_ in ("nsubj", "nsubjpass") or tok.lower_ == "you":
        # "'I spoke with X,' wrote President Y": the one quoted; "'We held talks with you,' Y told
        # X": the one the quote is told to
        found = _quoted_speaker(index, tok, addressee=tok.lower_ == "you")
        if found:
            how.add("pronoun")
        return found
    if (tok.lower_ in _PRONOUNS and not tok.is_upper) or (tok.dep_ == "poss" and tok.lower_ in _POSS_PRONOUNS):
        # ("HE Dr. Ali Kani" is His Excellency, no pronoun)
        found = _pronoun(index, tok)
        if found:
            how.add("pronoun")
        return found
    if _pair_word(tok) and not any(c.dep_ == "appos" for c in tok.children):
        # ("the two presidents, A and B," name themselves)
        found = _pair(index, tok)
        if found:
            how.update(("pronoun", "pair"))
        return found
    zone = _np_zone(tok) + _posting_after(tok)
    if tok.lemma_.lower() in lexicon.words("group_words.txt") or tok.lower_ in lexicon.words("group_words.txt"):
        # "a delegation of senators led by A and including B": its head is the party; those it
        # includes come along
        heads = [a for t in zone if t.dep_ == "agent" and t.head.lemma_.lower() in ("lead", "head")
                 for p in t.children if p.dep_ == "pobj" for a in resolve_party(index, p, how)]
        if heads:
            how.add("group")
            return heads[:1]
    persons = _ordered(index, zone, "person")
    if persons and tok.lemma_.lower() == "member" and tok.tag_ == "NNS":
        return persons[:1]      # "met members of the commission A, B and C": its first-named member stands for it
    if persons:
        return persons
    # "other leaders, such as Presidents A of X and B of Y", "a host of leaders, including A and B"
    plural = [tok] if tok.tag_ in ("NNS", "NNPS") else [
        tok, *(p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
               for p in c.children if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS"))]
    if len(plural) > 1 or tok.tag_ in ("NNS", "NNPS"):
        found = _including(index, plural, how) or _among_them(index, plural[-1], how)
        if found:
            # "..., including A of X. Others include B of Y and C of Z": the list goes on
            return found + [a for a in _others_after(index, tok) if a not in found]
    if tok.lemma_.lower() in lexicon.words("group_words.txt") or tok.lower_ in lexicon.words("group_words.txt"):
        for t in zone:
            if t.dep_ == "agent":
                found = [a for p in t.children if p.dep_ == "pobj" for a in resolve_party(index, p, how)]
                if found:
                    how.add("group")
                    return found[:1]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = _group_target(index, p, how)
                        if found:
                            how.add("group")
                            return found
        found = _delegation_head(index, tok)
        if found:
            how.add("group")
            return found
    orgs = _ordered(index, zone, "organization")
    if orgs and _is_title_word(tok) and tok.i not in index.tok_actor:
        # "the WHO high official": the person who represents that organisation, if named
        people = _representatives(index, index.actors[orgs[0]]["name"])
        if people:
            how.add("title")
            return [max(people, key=lambda a: index.actors[a]["n_mentions"])]
    if orgs and _is_title_word(zone[0]):
        # "called on Chairman Joint Chiefs of Staff Committee (CJCSC) General A": the office's
        # holder named right after it, whatever the parse made of the name
        holder = _holder_after(index, zone)
        if holder:
            how.add("title")
            return [holder]
    if orgs:
        return orgs[:1]
    for t in zone:
        if t.dep_ == "agent" and t.head.dep_ == "acl" and t.head.lemma_.lower() not in _SENT_BY:
            # "the credentials presented by X", not "the envoys sent by X" (the envoys met them)
            found = [a for p in t.children if p.dep_ == "pobj" for a in resolve_party(index, p, how)]
            if found:
                return found
    for t in zone:          # "14 new ambassadors", "the credentials of three new ambassadors"
        if t.tag_ in ("NNS", "NNPS") and (_is_title_word(t) or t.lemma_.lower() in _LISTABLE):
            found = _apposed_list(index, t) or _listed_after(index, t)
            if found:
                how.add("list")
                return found
    found = _by_nationalities(index, tok)
    if found:
        how.add("title")
        return found
    if tok.lemma_.lower() in ("guest", "visitor") and tok.tag_ == "NN" \
            and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "his", "her", "their", "our") for c in tok.children):
        found = _arrived_before(index, tok)
        if found:
            how.add("title")
            return [found]
    if (_is_title_word(tok) or _definite_role(tok)) and tok.pos_ in ("NOUN", "PROPN"):
        found = _named_after(index, zone) or _by_title(index, tok)
        if found:
            how.add("title")
            return [found]
    return []


def _named_after(index: DocIndex, zone: list[Token]) -> str | None:
    """The person named right after a role, set off by a comma, where the parse hung the name
    elsewhere: "will meet the President of Chile, Mr. Jorge Salcedo", "received the Ambassador
    of Brazil to Ghana, Ms. Ana Costa"."""
    doc = index.doc
    end = zone[-1].i + 1
    if end + 1 < len(doc) and doc[end].lower_ == "to" and doc[end + 1].ent_type_ in ("GPE", "LOC"):
        end += 1                # "the Ambassador of Brazil to Ghana, Ms. Ana Costa": the posting
        while end < len(doc) and doc[end].ent_type_ in ("GPE", "LOC"):
            end += 1
    if end + 1 >= len(doc):
        return None
    # (also with no comma: "held meetings with A, Health Minister B and Minister for Foreign Affairs
    # Dr C", the parse making C an object of its own)
    start = end + 1 if doc[end].text == "," else end
    while start < len(doc) and _is_honorific(doc[start].lower_):
        start += 1
    aid = index.tok_actor.get(start)
    if aid and index.actors.get(aid, {}).get("kind") == "person" and doc[start].head.i not in {t.i for t in zone}:
        return aid
    return None


def _holder_after(index: DocIndex, zone: list[Token]) -> str | None:
    """The person named right after an office opened by a title ("Chairman Joint Chiefs of
    Staff Committee (CJCSC) General A"): past an acronym in brackets and rank words."""
    doc = index.doc
    k = zone[-1].i + 1
    if k < len(doc) and doc[k].text == "(":
        k = next((j + 1 for j in range(k, min(len(doc), k + 6)) if doc[j].text == ")"), k)
    elif k < len(doc) and doc[k].text == ")":
        k += 1                  # (the acronym inside the zone, its bracket not)
    while k < len(doc) and k - zone[-1].i < 10 and (_is_title_word(doc[k]) or _is_honorific(doc[k].lower_)):
        k += 1
    aid = index.tok_actor.get(k)
    return aid if aid and index.actors.get(aid, {}).get("kind") == "person" and k > zone[-1].i + 1 else None


_PLANS_OF_DAYS = {"schedule", "agenda", "programme", "program", "itinerary"}
_ITINERARIES = {"trip", "visit", "tour", "schedule", "agenda", "programme", "program", "itinerary", "stay", "journey"}


def _including(index: DocIndex, heads: list[Token], how: set[str]) -> list[str]:
    """The persons an "including" or "such as" list under one of ``heads`` names (also one
    the parse hangs on the group's "from" phrase: "his counterparts from several countries,
    including A of X")."""
    for head in heads:
        inner = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                 for p in c.children if p.dep_ == "pobj" and p.tag_ in ("NNS", "NNPS")]
        for c in [c for h in [head, *inner] for c in h.children]:
            if c.dep_ == "prep" and (c.lower_ == "including" or (
                    c.lower_ == "as" and any(a.lower_ == "such" for a in c.children))):
                found = [a for p in c.children if p.dep_ == "pobj" for a in _resolve_all(index, p, how)]
                if found:
                    how.add("list")
                    return found
    return []


def _among_them(index: DocIndex, group: Token, how: set[str]) -> list[str]:
    """The persons named after a plural group's ", among them" ("met several leaders, among
    them A and B"), up to the next verb."""
    doc, end = group.doc, group.right_edge.i + 1
    if not (end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "among"
            and doc[end + 2].lower_ in ("them", "whom")):
        return []
    stop = next((t.i for t in doc[end + 3:group.sent.end] if t.pos_ in ("VERB", "AUX")), group.sent.end)
    found = _ordered(index, list(doc[end + 3:stop]), "person")
    if found:
        how.add("list")
    return found


_POSS_PRONOUNS = {"his", "her"}
_LISTABLE = {"ambassador", "minister", "leader", "dignitary", "envoy", "official", "representative",
             "delegate", "counterpart", "president", "head", "guest", "politician", "diplomat"}
LIST_LOOKAHEAD = 6


_LIST_OPENERS = {",", ":", "-", "\u2013", "\u2014"}


def _apposed_list(index: DocIndex, tok: Token) -> list[str]:
    """The persons a plural group is spelled out as right after it, set off by a comma, a colon
    or a dash: "two of his counterparts, A and B, on Tuesday", "three leaders - A, B and C"."""
    doc = index.doc
    start = tok.i + 1
    if start >= len(doc) or doc[start].text not in _LIST_OPENERS:
        return []
    end = start + 1
    while end < len(doc) and doc[end].pos_ not in ("VERB", "AUX") and doc[end].text not in (".", ";", "(") \
            and not (doc[end].pos_ == "ADP" and doc[end].lower_ != "of"):
        end += 1
    found = _ordered(index, list(doc[start + 1:end]), "person")
    return found if len(found) >= 2 else []


def _their_clause(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """ "A shakes hands with B during their meeting": "their" is the two its clause names, the
    subject and the one "with" it."""
    if not any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children) \
            or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return []
    verb = tok.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = [a for c in verb.children if c.dep_ == "nsubj" for a in _resolve_all(index, c, how)]
    withs = [a for n in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for c in n.children
             if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"
             for a in _resolve_all(index, p, how)]
    parties = _dedupe(subjects + withs)
    return parties if subjects and withs and len(parties) >= 2 else []


def _listed_between(index: DocIndex, prep: Token) -> list[str]:
    """The persons named after "between" up to the next finite verb, where the parse breaks the
    list ("Talks between A and B focused on ...", B read as the verb's subject): two or more."""
    doc = prep.doc
    stop = next((t.i for t in doc[prep.i + 1:prep.sent.end]
                 if t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") or t.text in (";", ":")),
                prep.sent.end)
    found = _ordered(index, list(doc[prep.i + 1:stop]), "person")
    return found if len(found) >= 2 else []


def _shared_possessor(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """ "X's visit and meeting with Y": the possessor of the first noun has the conjoined one too."""
    if tok.dep_ != "conj" or tok.head.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS", "VBG"):
        return []
    return [a for c in tok.head.children if c.dep_ == "poss" for a in _resolve_all(index, c, how)]


_SOME = {"some", "many", "most", "several", "all", "few", "one", "two", "three", "four", "five"}


_SAID_TO = {"say", "report", "believe", "understand", "know", "think"}


def _listed(verb: Token) -> list[Token]:
    """What "included" or "were" lists: its objects, and a name the parse hangs on the verb at
    the list's end ("included A of X; B of Y; and C of Z" makes C a conjunct of "included")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "attr")
            or c.dep_ == "conj" and c.pos_ == "PROPN" and verb.pos_ in ("VERB", "AUX")]


def _spelled_out(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """The persons a group a trigger's clause describes is spelled out as in the same sentence:
    "The leaders who met X included A and B", "Leaders received by X included A and B", "Among
    the leaders who met X were A and B"."""
    group = tok.head
    if tok.dep_ == "xcomp" and group.dep_ == "ROOT" and group.lemma_.lower() in _SAID_TO:
        # "Some of the leaders said to have met X included A and B": the parse makes "said" the
        # root, the group its subject and "included" a clause of it
        verb = next((c for c in group.children if c.dep_ == "ccomp" and c.lemma_.lower() in ("include", "be")), None)
        group = next((c for c in group.children if c.dep_ == "nsubj"), None)
        if verb is None or group is None or not (group.tag_ in ("NNS", "NNPS") or group.lower_ in _SOME):
            return []
        listed = _listed(verb)
        return [a for c in listed for a in _resolve_all(index, c, how)]
    if tok.dep_ not in ("relcl", "acl") or not (group.tag_ in ("NNS", "NNPS") or group.lower_ == "those"):
        return []
    if group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.lower_ in _SOME:
        group = group.head.head     # "Some of the leaders who met X included A and B"
    verb = group.head
    if group.dep_ == "nsubj" and verb.lemma_.lower() in ("include", "be"):
        listed = _listed(verb)
    elif group.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_.lower() == "be":
        listed = [c for c in verb.head.children if c.dep_ in ("nsubj", "attr")]
    else:
        return []
    return [a for c in listed for a in _resolve_all(index, c, how)]


def _listed_clause(tok: Token) -> Token | None:
    """The "were" or "include" that lists the ones a verb's subject met, where the parse makes it
    a clause of that verb: "Among the leaders X met were A and B" (a group before the subject),
    "Leaders X will meet include A and B" (the group read as a modifier of the subject)."""
    if tok.pos_ not in ("VERB", "AUX") or any(c.dep_ == "dobj" for c in tok.children):
        return None
    verb = next((c for c in tok.children if c.dep_ in ("ccomp", "advcl") and c.i > tok.i
                 and c.lemma_.lower() in ("be", "include")), None)
    if verb is None:
        return None
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    group = any(c.dep_ == "prep" and c.lower_ == "among" and c.i < tok.i
                and any(p.dep_ == "pobj" and p.tag_ == "NNS" for p in c.children) for c in tok.children) \
        or subject is not None and subject.left_edge.tag_ == "NNS" and subject.left_edge.dep_ == "compound"
    return verb if group else None


def _met_ones_listed(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """The persons :func:`_listed_clause` lists as the ones the verb's subject met."""
    verb = _listed_clause(tok)
    if verb is None:
        return []
    listed = [c for c in verb.children if c.dep_ in ("nsubj", "attr", "dobj") and c.i > tok.i]
    found = [a for c in listed for a in _resolve_all(index, c, how)]
    if found:
        how.add("list")
    return [a for a in found if index.actors.get(a, {}).get("kind") == "person"]


def _listed_after(index: DocIndex, tok: Token) -> list[str]:
    """The persons a plural group is spelled out as in the next sentences: "14 new
    ambassadors ... The ambassadors are A from X, B from Y", "... with several foreign
    ministers. Among the dignitaries were A of X, B of Y", "... five visiting heads of
    state. The five included A, B and C", "... six envoys. The group was made up of A and B"
    or, right after the group and with no other plural it could take up, "They included A, B
    and C"."""
    sents = list(index.doc.sents)
    here = next((k for k, sent in enumerate(sents) if sent.start <= tok.i < sent.end), None)
    if here is None:
        return []
    for k, sent in enumerate(sents[here + 1: here + 1 + LIST_LOOKAHEAD]):
        root = sent.root
        if root.lemma_.lower() not in _LIST_VERBS:
            continue
        opens_list = sent[0].lower_ == "among" or any(
            c.dep_ in ("nsubj", "nsubjpass") and (_names_group(c, tok) or c.lower_ == "they" and k == 0
                                                  and _last_plural(tok, sents[here])) for c in root.children)
        if opens_list:
            found = _ordered(index, list(sent), "person")
            if len(found) >= 2:
                return found
    return []


def _others_after(index: DocIndex, tok: Token) -> list[str]:
    """The persons the sentence right after a group's "including" list names as "Others"
    ("Others include B of Y and C of Z", "Others were B and C")."""
    sents = list(index.doc.sents)
    here = next((k for k, sent in enumerate(sents) if sent.start <= tok.i < sent.end), None)
    if here is None or here + 1 >= len(sents):
        return []
    sent = sents[here + 1]
    root = sent.root
    if root.lemma_.lower() not in ("be", "include") or not any(
            c.dep_ == "nsubj" and c.lower_ == "others" for c in root.children):
        return []
    return _ordered(index, list(sent), "person")


_LIST_VERBS = {"be", "include", "comprise", "consist", "make"}   # ("The group was made up of A and B")


def _last_plural(group: Token, sent: Span) -> bool:
    """Whether "They" at the start of the next sentence can only take up ``group``: no plural
    noun outside the group's own phrase follows it in its sentence ("received seven new
    ambassadors at State House. They included A, B and C"), and none comes before it as the
    subject ("The two leaders met the ambassadors. They ..." is left alone)."""
    inside = {t.i for t in group.subtree}
    # (the credentials or letters the group presented are no people it could take up)
    return not any(t.tag_ in ("NNS", "NNPS") and t.i not in inside and (t.i > group.i or t.dep_ == "nsubj")
                   and t.lemma_.lower() not in _RECEIVED_PEOPLE and t.lower_ not in _RECEIVED_PEOPLE for t in sent)


def _names_group(subject: Token, group: Token) -> bool:
    """Whether a list sentence's subject takes up the group before it: the same noun ("The
    ambassadors are"), another plural role ("The dignitaries included") or its number ("The
    five included"). Not a pronoun: "They included" may list anything plural before it."""
    if subject.lemma_.lower() == group.lemma_.lower() or subject.like_num:
        return True
    if subject.lemma_.lower() in ("group", "delegation", "team") and subject.tag_ == "NN" \
            and any(c.lower_ == "the" for c in subject.children):
        return True         # "The group was made up of A and B"
    return subject.tag_ in ("NNS", "NNPS") and (_is_title_word(subject) or subject.lemma_.lower() in _LISTABLE)


_SKIP_DEPS = {"relcl", "advcl", "ccomp", "parataxis", "poss", "xcomp", "csubj", "mark", "advmod"}


_AGENT_OF = {"representative", "envoy", "emissary", "spokesman", "spokeswoman", "spokesperson", "aide", "son",
             "daughter", "wife", "husband"}


def _np_zone(tok: Token) -> list[Token]:
    """The token's noun phrase: its subtree without clauses and possessors."""
    out, stack = [], [(tok, False)]
    while stack:
        t, named = stack.pop()
        out.append(t)
        named = named or t.ent_type_ == "PERSON"
        for c in t.children:
            if c.dep_ in _SKIP_DEPS:
                continue
            if c.dep_ in ("appos", "conj") and t.dep_ in ("nsubj", "nsubjpass") and t.i < t.head.i < c.i \
                    and any(x.text == ";" for x in tok.doc[t.head.i:c.i]):
                continue        # "A met B of X; C of Y; ...": the parse hangs C on the subject A
            if c.dep_ == "prep" and c.lower_ == "of" and named and t.is_lower and t.lemma_ in _AGENT_OF:
                continue        # "A, representative of Sultan X": whom A stands for is no party
            if c.dep_ == "acl" and (not any(a.dep_ == "agent" for a in c.children)
                                    or c.lemma_.lower() in _ACCOMPANYING or c.lemma_.lower() in _SENT_BY):
                continue        # "X, accompanied by Y, met Z": Y came along, X is the party ("the
                #                 envoys sent by Y met Z": the envoys)
            if c.dep_ == "prep" and c.lower_ not in ("of", "from", "for", "by") \
                    and not (c.lower_ == "to" and _is_title_word(t)) \
                    and not (c.lower_ == "in" and _is_title_word(t)
                             and any(p.dep_ == "pobj" and p.ent_type_ == "PERSON" for p in c.children)):
                continue        # ("adviser to the president X", "Consul General in Karachi X")
            stack.append((c, named))
    return sorted(out, key=lambda t: t.i)


_ACCOMPANYING = {"accompany", "flank", "escort", "join", "assist", "support"}


def _posting_after(tok: Token) -> list[Token]:
    """ "received United States Ambassador to Ghana X": the parse hangs "to Ghana X" on the verb;
    the name after a bare title's posting is the title's ("to" or "in" right after the title)."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or tok.ent_type_ == "PERSON" or tok.tag_ in ("NNS", "NNPS") or not _is_title_word(tok):
        return []
    prep = doc[tok.i + 1]
    if prep.dep_ != "prep" or prep.lower_ not in ("to", "in") or prep.head != tok.head or prep.head == tok:
        return []
    for p in prep.children:
        zone = _np_zone(p) if p.dep_ == "pobj" else []
        # the place, then the name: "to Ghana Laura Fisk", "in Karachi Omar Ali"
        if zone and (zone[0].ent_type_ in ("GPE", "LOC") or _country(zone[0].text)) \
                and any(t.ent_type_ == "PERSON" for t in zone[1:]):
            return zone
    return []


def _styled(index: DocIndex, tok: Token) -> bool:
    """ "His Highness received a call from X", "Her Majesty hosted X": a style of address with no
    name after it stands for the person it was last given to, as a pronoun would."""
    return tok.lower_ in _STYLE_WORDS and tok.i not in index.tok_actor \
        and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in tok.children) \
        and not any(c.dep_ in ("appos", "compound") and c.i > tok.i and not _bare_title(index, c) for c in tok.children)


def _bare_title(index: DocIndex, tok: Token) -> bool:
    """ "the Amir" in "His Highness the Amir also received X": a title with no name in it."""
    return tok.dep_ == "appos" and (_is_title_word(tok) or tok.lower_ in _TITLE_SPELLINGS) \
        and not any(t.i in index.tok_actor for t in tok.subtree)


def _style_holder(index: DocIndex, tok: Token) -> list[str]:
    """The person last named right after the same style before ``tok`` ("His Highness the Amir
    Sheikh A ..." then "His Highness received ...": A)."""
    doc = index.doc
    best = None
    for start, end, label, aid in index.mentions:
        if label == "PERSON" and aid and end <= tok.i and any(t.lower_ == tok.lower_ for t in doc[max(0, start - 5):start]):
            best = aid
    return [best] if best else []


def _definite_role(tok: Token) -> bool:
    """ "the top Chinese diplomat": a definite role noun with a nationality; "the Amir": a
    title that is also a given name, made a role by its article."""
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return the and (any(c.dep_ in ("amod", "compound") and _country(c.text) for c in tok.children)
                    or tok.lower_ in _TITLE_SPELLINGS)


def _country(text: str) -> str | None:
    return geo.country_code(text) if text[:1].isupper() else None


_QUOTING = scorer.SAY | {"write", "post", "tweet", "recall", "explain", "declare", "remark"}


def _quoted_speaker(index: DocIndex, tok: Token, addressee: bool = False) -> list[str]:
    """The person whose quoted words say "I" or "we" ("'We met X and discussed trade,' Y
    said"): the subject of the verb of saying the quote hangs on, in a sentence with quote
    marks; with ``addressee``, the one it is said to ("'We met you in May,' Y told X")."""
    if not any(t.text in _QUOTES or t.text[:1] in _QUOTES for t in tok.sent):
        return []
    verb = _clause_verb(tok)
    if not (trigger_type(verb) or any(c.dep_ == "dobj" and trigger_type(c) for c in verb.children)):
        return []       # the quote's own verb reports the interaction ("We met X"), not "We commend X for ..."
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "conj", "xcomp", "parataxis") or verb.head == verb:
            return []
        verb = verb.head
        if _verb_is(verb, _QUOTING):
            break
    else:
        return []
    if addressee:
        told = [c for c in verb.children if c.dep_ in ("dobj", "dative")] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        return [a for c in told[:1] for a in (_pronoun(index, c) if c.lower_ in _PRONOUNS
                                              else _ordered(index, _np_zone(c), "person"))][:1]
    for c in verb.children:
        if c.dep_ == "nsubj" and c.lower_ not in ("i", "we"):
            return (_pronoun(index, c) if c.lower_ in _PRONOUNS else _ordered(index, _np_zone(c), "person"))[:1]
    return []


def _pronoun(index: DocIndex, tok: Token) -> list[str]:
    """The person a pronoun refers to: the subject of its own clause for a fronted
    possessive ("In his meeting with X, Wang said"), else the last person who was a
    subject before it, else the last person mentioned (for an object pronoun, not the
    subject of its own clause: "Y received him")."""
    actors = index.actors
    if tok.dep_ == "poss" and _clause_verb(tok).i == tok.sent.root.i:
        root = tok.sent.root
        for c in root.children:
            if c.dep_ == "nsubj" and c.i > tok.i:
                found = _ordered(index, _np_zone(c), "person")
                if found:
                    return found[:1]
    # "X met him": an object pronoun is never the subject of its own clause
    own_subject = set()
    if tok.lower_ in ("him", "her", "them") and tok.dep_ in ("dobj", "pobj", "dative"):
        verb = _clause_verb(tok)
        while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head    # "X met Y and escorted him": the subject the two verbs share
        own_subject = {index.tok_actor.get(t.i) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
                       for t in _np_zone(c)} - {None}
    fallback = fallback_at = None
    for i in range(tok.i - 1, -1, -1):
        aid = index.tok_actor.get(i)
        if aid is None and fallback is not None and _titled_subject(index.doc[i]) \
                and index.doc[fallback_at].sent.start == index.doc[i].sent.start:
            # "On Monday, the President will receive X. On Tuesday he travels to Lisbon": the
            # subject named by a title, not its counterpart X
            aid = _by_title(index, index.doc[i])
            if aid and aid not in own_subject:
                return [aid]
            continue
        if not aid or actors.get(aid, {}).get("kind") != "person" or aid in own_subject:
            continue
        head = index.doc[i]
        while head.dep_ in ("compound", "flat") and head.head != head:
            head = head.head
        if head.dep_ in ("nsubj", "nsubjpass"):
            return [aid]
        if fallback is None:
            fallback, fallback_at = aid, i
    return [fallback] if fallback else []


def _unowned(index: DocIndex, tok: Token, counter: list[str]) -> bool:
    """Whether a nominal trigger stands alone: the subject of its clause or a heading of its own
    ("Talks with X focused on trade", "Friday: Meeting with X"), with no possessor, no
    determiner but "the", and no person in its sentence besides its counterparts."""
    if not (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "ROOT" and tok.pos_ in ("NOUN", "PROPN")):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ not in ("the", "another") for c in tok.children):
        return False
    return not set(_ordered(index, list(tok.sent), "person")) - set(counter)


def _the_subject(tok: Token) -> bool:
    """ "The President will ...", "the two ministers said": a definite subject."""
    return tok.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _titled_subject(tok: Token) -> bool:
    """ "The President will receive ...", "the minister said": a subject that is a bare title."""
    return _the_subject(tok) and _is_title_word(tok) and tok.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ in ("compound", "appos", "flat") and c.ent_type_ == "PERSON" for c in tok.children)


def _role_words(tok: Token) -> list[str]:
    """The title words of a role noun's phrase up to it, without a nationality ("the two deputy
    prime ministers" -> deputy, prime, ministers)."""
    return [t.lower_ for t in tok.subtree if t.i <= tok.i and _is_title_word(t) and not _country(t.text)]


def _title_of(actor: dict) -> str:
    """An actor's title in lower case, hyphens spaced out ("vice-president" -> "vice president")."""
    return re.sub(r"\s*-\s*", " ", (actor.get("title") or "").lower())


def _in_own_clause(tok: Token, sent: Span, place: str) -> bool:
    """Whether the place a trigger was given stands in the trigger's own clause ("ahead of a
    meeting with X in Nairobi, Y said"), not in another verb's ("met X, and will meet Z in Lagos")."""
    first = place.split(",")[0].split()
    first = first[1] if len(first) > 1 and first[0].lower() == "the" else first[0] if first else ""
    spots = [t for t in sent if t.text == first]
    return any(_clause_verb(t) == _clause_verb(tok) for t in spots)


def _clause_verb(tok: Token) -> Token:
    """The verb whose clause a token is in."""
    cur = tok
    while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
        cur = cur.head
    return cur


def _pair_word(tok: Token) -> bool:
    """ "they", "the two", "both", "the two leaders", "a meeting between the two leaders": a pair
    named before."""
    if tok.lower_ in ("they", "both"):
        return True
    if tok.tag_ in ("NNS", "NNPS") and (_is_title_word(tok) or tok.lemma_.lower() == "leader") \
            and any(c.lower_ == "both" and c.i < tok.i for c in tok.children):
        return True         # "both presidents", "both ministers" (not "both sides": their countries)
    return (tok.dep_ in ("nsubj", "nsubjpass") or tok.dep_ == "pobj" and tok.head.lower_ == "between") and (
        tok.lower_ == "two" or any(c.dep_ == "nummod" and c.lower_ == "two" for c in tok.children))


def _pair(index: DocIndex, tok: Token) -> list[str]:
    """The two persons a plural reference stands for: the pair named together in the
    nearest sentence before it (this one or up to two back) that names exactly two."""
    words = _role_words(tok)
    role = " ".join(words[:-1] + [words[-1].removesuffix("s")]) if words else ""
    if role and role not in _VAGUE_ROLES:
        # "the two deputy prime ministers": the two persons named before who hold that office
        before = _ordered(index, list(index.doc[:tok.i]), "person")
        holders = [a for a in before if _holds(_title_of(index.actors[a]), role)]
        if len(holders) == 2:
            return holders
    sents = list(index.doc.sents)
    here = next(k for k, sent in enumerate(sents) if sent.start <= tok.i < sent.end)
    for k in range(here, max(-1, here - 3), -1):
        sent = sents[k]
        end = min(sent.end, tok.i)
        persons = _ordered(index, list(index.doc[sent.start:end]), "person")
        if len(persons) == 2:
            return persons
        if len(persons) > 2:
            return []
    return []


def _delegation_head(index: DocIndex, tok: Token) -> list[str]:
    """The named head of the delegation "the delegation" refers back to ("A North Korean
    delegation led by X arrived ... Y met the delegation"): the one an earlier sentence says
    led or headed a delegation (of the same country, if one is given), the latest one."""
    if tok.lemma_.lower() != "delegation" or tok.tag_ != "NN" \
            or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that") for c in tok.children):
        return []

    def country_of(delegation: Token) -> str | None:
        return next((_country(c.text) for c in delegation.children
                     if c.dep_ in ("amod", "compound") and _country(c.text)), None)

    country = country_of(tok)
    found: list[str] = []
    for t in index.doc[:tok.sent.start]:
        if t.lemma_.lower() != "delegation":
            continue
        heads = [p for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
                 for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
        if t.dep_ == "dobj" and t.head.lemma_.lower() in ("lead", "head"):
            heads += [c for c in t.head.children if c.dep_ == "nsubj"]
        people = [a for h in heads for a in [index.tok_actor.get(h.i)]
                  if a and index.actors.get(a, {}).get("kind") == "person"]
        if people and (country is None or (country_of(t) or index.actors[people[0]].get("country")) == country):
            found = people[:1]
    return found


def _group_target(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """The organisation or person a group belongs to, searching down "of" chains."""
    for t in [tok] + [d for d in tok.subtree if d.i > tok.i]:
        aid = index.tok_actor.get(t.i)
        if aid and index.actors.get(aid, {}).get("kind") in ("organization", "person"):
            return [aid]
    return []


def _ordered(index: DocIndex, toks: list[Token], kind: str) -> list[str]:
    out: list[str] = []
    for t in toks:
        aid = index.tok_actor.get(t.i)
        if aid and index.actors.get(aid, {}).get("kind") == kind and aid not in out:
            out.append(aid)
    return out


_VAGUE_ROLES = {"chief", "head", "leader", "boss", "official", "chairman", "director"}
# Roles news names in more than one way: "the premier" is the Prime Minister named earlier.
_SAME_ROLE = {role: names for names in [("prime minister", "premier", "pm"), ("emir", "amir"),
                                         ("foreign minister", "fm", "minister of foreign affairs",
                                          "foreign affairs minister", "minister for foreign affairs"),
                                         ("vice president", "vp")] for role in names}
# Offices news names by what they are: the titles that hold them.
_HOLDERS = {"head of state": ("president", "king", "queen", "emir", "amir", "sultan", "emperor", "monarch",
                              "grand duke", "prince", "governor-general", "governor general"),
            "head of government": ("prime minister", "premier", "chancellor", "taoiseach")}


def _representatives(index: DocIndex, org: str) -> list[str]:
    """The persons of the document who represent an organisation: its own, or one whose title
    names it ("WHO Director-General A" for "the WHO chief")."""
    name = org.lower()
    return [a for a, row in index.actors.items() if row["kind"] == "person"
            and (row.get("org") == org or name in re.split(r"[^\w-]+", (row.get("title") or "").lower()))]


def _by_title(index: DocIndex, tok: Token) -> str | None:
    """The document's person holding the title a bare role noun names ("the French
    president", "the Secretary-General", "the top Chinese diplomat"): among persons whose
    title contains the role words (and whose country matches a nationality given), the
    most mentioned."""
    phrase = " ".join(_role_words(tok)) or (tok.lower_ if tok.lower_ in _TITLE_SPELLINGS else "")
    if tok.lower_ == "head" and not phrase.startswith(("deputy", "vice")):
        # "the head of state", "the Gabonese head of government": the office, not a vague head
        office = next((f"head of {g.lower_}" for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj" and f"head of {g.lower_}" in _HOLDERS), None)
        phrase = office or phrase
    country = None
    org = None
    for t in tok.subtree:
        if t.i < tok.i and t.dep_ in ("amod", "compound", "poss", "nmod"):
            country = country or _country(t.text)
            aid = index.tok_actor.get(t.i)
            if aid and index.actors.get(aid, {}).get("kind") == "organization":
                org = index.actors[aid]["name"]
    if phrase in _VAGUE_ROLES and not country and not org:
        return None     # "the multilateral lender's chief": no title to look up
    if org and not country:
        # "the World Bank chief": the person who represents that organisation.
        people = _representatives(index, org)
        if people:
            return max(people, key=lambda a: index.actors[a]["n_mentions"])
    holders = []
    for aid, a in index.actors.items():
        if a["kind"] != "person":
            continue
        if phrase and not _holds(_title_of(a), phrase) and not (phrase in _VAGUE_ROLES and country):
            continue            # ("the Ugandan leader": whoever leads for Uganda, whatever the title)
        if not phrase and not country:
            continue
        if country is not None and a.get("country") != country:
            continue
        holders.append(aid)
    # A subject "the Prime Minister" is no holder named after it in its sentence ("The Prime
    # Minister spoke with Samoan Prime Minister X": X is the other party); then the most
    # mentioned, the first named.
    here = {index.tok_actor.get(t.i) for t in tok.sent if t.i > tok.i} if _the_subject(tok) else set()
    first = {}
    for start, _, _, aid in index.mentions:
        first.setdefault(aid, start)
    pool = [a for a in holders if a not in here] or holders
    best = max(pool, key=lambda a: (index.actors[a]["n_mentions"], -first.get(a, 0))) if pool else None
    if best is None and phrase and country:
        # "the UK prime minister" in a story whose only other person is named without
        # title or country ("Tony Blair"): that person holds the role
        here = {index.tok_actor.get(t.i) for t in tok.sent}
        bare = [aid for aid, a in index.actors.items() if a["kind"] == "person" and aid not in here
                and not a.get("title") and not a.get("country") and not a.get("org")]
        others = [aid for aid, a in index.actors.items() if a["kind"] == "person" and aid not in here]
        if len(bare) == 1 and others == bare:
            best = bare[0]
    return best


_MEALS = {"banquet", "dinner", "lunch", "luncheon", "breakfast", "reception", "supper", "tea"}


def _in_honour_of(index: DocIndex, tok: Token, how: set[str]) -> list[str]:
    """The guest of honour of a meal or reception: "hosted a banquet in honour of X", "a dinner was
    given by A in honor of X" (the phrase on the trigger or on the verb it is the object or
    subject of)."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("dobj", "nsubjpass") else [])
    return [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
            for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in ("honour", "honor")
            for o in g.children if o.dep_ == "prep" and o.lower_ == "of"
            for p in o.children if p.dep_ == "pobj" for a in _resolve_all(index, p, how)]


def _arrived_before(index: DocIndex, tok: Token) -> str | None:
    """ "A arrived in Lima on Monday. Minister B welcomed the guest at the airport": the guest is
    the last person before who arrived, travelled or is visiting (a subject of such a verb, or
    "visiting" A)."""
    for i in range(tok.i - 1, max(-1, tok.sent.start - 200), -1):
        aid = index.tok_actor.get(i)
        if aid is None or index.actors.get(aid, {}).get("kind") != "person":
            continue
        head = index.doc[i]
        while head.dep_ in ("compound", "flat") and head.head != head:
            head = head.head
        verb = head.head
        if head.dep_ == "nsubj" and (verb.lemma_.lower() in _JOURNEYS or verb.lemma_.lower() in ("visit", "land")) \
                or any(c.lower_ == "visiting" for c in head.children):
            return aid
    return None


def _by_nationalities(index: DocIndex, tok: Token) -> list[str]:
    """ "the Russian and Chinese leaders", "the French and German foreign ministers": a plural
    role with two or more nationalities stands for the document's holder of the role of each
    country (for a vague role such as "leaders", its most mentioned person); the ones found."""
    if tok.tag_ not in ("NNS", "NNPS") or not _is_title_word(tok):
        return []
    countries = []
    for t in tok.subtree:
        code = _country(t.text) if t.i < tok.i and t.dep_ in ("amod", "compound", "conj") else None
        if code and code not in countries:
            countries.append(code)
    if len(countries) < 2:
        return []
    phrase = " ".join(tok.lemma_.lower() if w == tok.lower_ else w for w in _role_words(tok))
    found = []
    for code in countries:
        holders = [aid for aid, a in index.actors.items() if a["kind"] == "person" and a.get("country") == code
                   and (phrase in _VAGUE_ROLES or _holds(_title_of(a), phrase))]
        if holders:
            found.append(max(holders, key=lambda a: index.actors[a]["n_mentions"]))
    return found


def _holds(title: str, role: str) -> bool:
    """Whether a title is the role a bare role noun names, in any of its names ("Prime
    Minister" for "the premier"), but not a deputy's ("Vice Premier" is not "the premier")."""
    for name in _SAME_ROLE.get(role) or _HOLDERS.get(role) or (role,):
        m = re.search(rf"\b{re.escape(name)}\b", title)
        if m and not (re.search(r"\b(vice|deputy)\s*$", title[:m.start()]) and not re.match(r"(vice|deputy)\b", role)):
            return True
    return False


# ---------------------------------------------------------------- attributes

_DOUBT_WORDS = {"purported", "alleged", "rumoured", "rumored", "possible", "potential", "hypothetical", "putative",
                "supposed", "allegedly", "purportedly", "supposedly"}
_DOUBT_ADVERBS = {"allegedly", "purportedly", "supposedly"}
_CHANCE_NOUNS = {"possibility", "prospect", "chance", "likelihood", "idea", "speculation", "rumour", "rumor"}


def _doubted(tok: Token) -> bool:
    """ "the purported meeting", "their possible summit", "allegedly met", "the possibility of
    talks": an interaction the text does not say took place."""
    if any(c.lower_ in _DOUBT_WORDS and c.dep_ in ("amod", "advmod") for c in tok.children):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in ("of", "for") and tok.head.head.lemma_.lower() in _CHANCE_NOUNS


def _modality(tok: Token) -> tuple[str, bool]:
    lex = lexicon.triggers()
    chain = [tok]
    via_prep = setting = None
    if tok.pos_ not in ("VERB", "AUX") and tok.head.pos_ in ("VERB", "AUX"):
        chain.append(tok.head)
    elif tok.dep_ in ("pobj", "pcomp") and tok.head.head.pos_ in ("VERB", "AUX") \
            and tok.head.lower_ in ("to", "for"):
        via_prep = tok.head.head            # "did not agree to a meeting", "pushed for talks",
        chain.append(via_prep)              # "looks forward to meeting"
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("during", "at", "in") and tok.head.head.pos_ in ("VERB", "AUX"):
        chain.append(tok.head.head)         # "During their meeting, the two are expected to discuss ..."
        setting = tok.head.head             # ... but "In her meetings with X, she sought support": what
                                            # was sought in a meeting held
    if tok.dep_ == "pobj" and tok.head.lower_ == "including" and tok.head.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.head.dep_ in ("dobj", "nsubjpass") and tok.head.head.head.pos_ in ("VERB", "AUX"):
        chain.append(tok.head.head.head)    # "will undertake engagements including meetings with A"
    cur = chain[-1]
    for _ in range(3):
        if cur.dep_ == "advcl" and any((c.dep_ == "mark" or c.dep_ == "advmod" and cur.tag_ == "VBD")
                                       and c.lower_ in ("as", "when", "while") for c in cur.children):
            break       # "agreed to boost ties as they held talks", "When A and B met, they agreed to":
            #             the talks' own time and mood (not "when he meets X tomorrow, they will ...")
        if cur.dep_ in ("xcomp", "ccomp", "advcl", "conj", "acl", "acomp") and cur.head != cur:   # acomp: "was not able to"
            cur = cur.head
            chain.append(cur)
            if cur.pos_ == "NOUN" and cur.dep_ == "dobj":
                cur = cur.head              # "denied reports that X will meet Y"
                chain.append(cur)
        else:
            break
    negated = any(c.dep_ == "neg" for t in chain for c in t.children) or \
        any(c.lower_ == "yet" and c.dep_ == "advmod" for t in chain for c in t.children
            if any(u.dep_ == "xcomp" and u.head == t for u in chain)) or \
        any(c.lower_ in ("no", "never") and c.dep_ in ("det", "neg", "advmod") for c in tok.children) or \
        any(_nobody(c) for t in chain for c in t.children if c.dep_ in ("nsubj", "nsubjpass")) or \
        any(t.lemma_.lower() == "plan" and t.pos_ == "NOUN" and any(c.lower_ == "no" and c.dep_ == "det"
                                                                   for c in t.children) for t in chain)
    modality = "planned" if tok.pos_ == "VERB" and tok.lemma_.lower() == "accept" and _invited_to_visit(tok) \
        else "asserted"     # an accepted invitation to visit: a visit to come
    conditional = False
    for t in chain:
        for c in t.children:
            word = c.lower_
            if c.dep_ in ("aux",) and word in ("will", "shall", "'ll", "wo"):
                modality = "planned" if modality == "asserted" else modality
            elif c.dep_ == "aux" and word == "would" and t.dep_ == "ccomp" and _verb_is(t.head, scorer.SAY) \
                    and modality == "asserted" and any(d.ent_type_ == "DATE" for d in t.subtree):
                modality = "planned"        # "X said he would meet Y on Tuesday": the future of a report, with
                #                             its day (not "said she would talk to Y": an intention)
            elif c.dep_ == "aux" and word in lex["hypothetical_words"] and modality == "asserted":
                modality = "hypothetical"
            elif c.dep_ == "mark" and word in ("if", "unless", "whether"):
                conditional = True
            elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children):
                conditional = True      # "X will meet Y only if Beijing agrees"
        if t != tok and t.lemma_.lower() == "expect" and t.tag_ in ("VBZ", "VBP", "VBD") \
                and any(c.dep_ == "nsubj" for c in t.children):
            modality = "hypothetical"       # "X expects to speak with Y": X's own hope, not a plan
        elif t != tok and t.lemma_.lower() in ("schedule", "slate", "expect", "set", "plan", "due", "agree", "arrange",
                                                  "prepare", "intend", "envisage", "foresee") + (("go",) if t.tag_ == "VBG" else ()) \
                and t.pos_ in ("VERB", "ADJ", "AUX") \
                and (t != via_prep or t.lemma_.lower() in ("agree", "arrange", "expect", "schedule", "slate",
                                                           "set")):   # not "went for talks"
            modality = "planned" if modality == "asserted" else modality
        elif t != tok and t.lemma_.lower() == "be" and any(
                c.dep_ == "acomp" and c.lemma_.lower() in ("due", "set", "scheduled", "slated") for c in t.children):
            modality = "planned" if modality == "asserted" else modality    # "is due in Quito for talks with X"
        elif t != tok and t.lemma_.lower() == "be" and t.tag_ in ("VBZ", "VBP") and any(
                u.head == t and u.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in u.children)
                for u in chain):
            modality = "planned" if modality == "asserted" else modality    # "X is to meet Y"
        if t != tok and t.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in t.children):
            # "looks forward to meeting X": a wish; "to welcoming X on Friday, June 26", "to his
            # upcoming visit": one set for a day
            set_for = any(d.ent_type_ in ("DATE", "TIME") for d in tok.subtree) or any(
                c.lower_ in ("upcoming", "planned", "scheduled", "forthcoming") for c in tok.children)
            modality = "planned" if set_for and modality == "asserted" else "hypothetical"
        if t != tok and t.lower_ == "supposed" and any(c.lower_ in ("was", "were") for c in t.children):
            modality = "hypothetical"       # "X was supposed to meet Y (but fell ill)": it did not happen
        elif t != tok and t.lower_ == "supposed" and any(c.lower_ in ("is", "are", "'s") for c in t.children):
            modality = "planned" if modality == "asserted" else modality    # "X is supposed to meet Y on Friday"
        if t != tok and t != setting and _verb_is(t, _WISHES):
            modality = "hypothetical"
            if _verb_is(t, _REFUSALS):
                negated = True
        if t != tok and t.lemma_.lower() == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in t.children):
            modality, negated = "hypothetical", True        # "ruled out meeting X"
    if tok.pos_ in ("NOUN", "PROPN") and any(c.lower_ in ("upcoming", "planned", "scheduled", "proposed", "next")
                                            for c in tok.children):
        modality = "planned" if modality == "asserted" else modality
    if _doubted(tok) or any(c.lower_ in _DOUBT_ADVERBS and c.dep_ == "advmod" for t in chain[1:] for c in t.children):
        modality = "hypothetical"       # also "the meeting allegedly took place": the verb that reports it
    # "ahead of a summit on Thursday", "before talks with": the interaction is still to come.
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and modality == "asserted":
        prep = tok.head
        if (prep.lower_ == "before" or (prep.lower_ == "of" and prep.head.lower_ in ("ahead", "eve"))) \
                and not _in_a_photo(prep):
            modality = "planned"
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "include" and tok.head.tag_ in ("VBZ", "VBP") \
            and modality == "asserted" and any(c.dep_ == "nsubj" and c.lemma_.lower() in _PLANS_OF_DAYS
                                               for c in tok.head.children):
        modality = "planned"            # "X's schedule includes meetings with A": what is set to come
    if via_prep is not None and tok.head.lower_ == "for" and via_prep.lemma_.lower() in _DEMANDS:
        modality = "hypothetical"       # "called for talks with X", "pushed for dialogue with X": a demand
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
            and tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in _DEMAND_NOUNS:
        modality = "hypothetical"       # "its demand for a meeting between A and B", "a call for talks"
    elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
            and tok.head.head.lemma_.lower() in ("preparation", "plan", "arrangement") and modality == "asserted":
        modality = "planned"            # "preparations for a meeting between A and B"
    return ("hypothetical" if conditional else modality), negated


_DEMANDS = {"call", "push", "press", "appeal", "urge", "ask", "lobby", "campaign", "clamor", "clamour"}
_DEMAND_NOUNS = {"demand", "call", "calls", "push", "appeal", "request", "plea", "proposal", "bid", "hope", "hopes",
                 "need", "wish", "pressure", "campaign"}


def _nobody(subject: Token) -> bool:
    """ "Nobody talks to X", "no one met X", "none of them called X": no one did."""
    return subject.lower_ in ("nobody", "none", "noone") or (
        subject.lower_ == "one" and any(c.lower_ == "no" for c in subject.children))


def _in_a_photo(prep: Token) -> bool:
    """Whether what came "before" the interaction is a photo's moment, so the interaction
    happened too: "X (L) and Y (R) shake hands ahead of their talks" (a caption, by the
    markers of ``models/caption_markers.txt``). ("X and Y have agreed ahead of a summit" still
    looks forward.)"""
    return _is_caption(prep.sent.text)


def _is_caption(text: str) -> bool:
    return any(p.search(text) for p in lexicon.patterns("caption_markers.txt"))


# "refused to meet X", "was unable to meet X", "skipped the talks with X": it did not happen
_REFUSALS = {"refuse", "decline", "cancel", "deny", "fail", "skip", "snub", "boycott", "unable"}
# "hopes to meet X", "asked to meet X", "is ready to talk to X": a wish, not an interaction
_WISHES = {"hope", "want", "wish", "try", "propose", "invite", "offer", "seek", "request", "desire", "aim", "push", "urge",
           "bid", "attempt", "ask", "ready", "willing", "eager", "keen", "unlikely", "likely"} | _REFUSALS


def _verb_is(tok: Token, lemmas: set[str]) -> bool:
    """Whether a word is a form of one of ``lemmas``, also where the lemmatiser missed it
    ("hopes" lemmatised as "hop")."""
    word = tok.lower_
    return tok.lemma_.lower() in lemmas or any(
        word in (lemma + "s", lemma + "es", lemma + "d", lemma + "ed", lemma + "ing", lemma[:-1] + "ing")
        for lemma in lemmas)


def _another_trip(visit: Token) -> bool:
    """Whether a visit is before or after the meeting ("less than a month after his visit to
    Beijing", "ahead of her trip to Tokyo", "his last visit to Cairo"), not the one it is on."""
    if any(c.dep_ == "amod" and c.lower_ in dates.OTHER_TIME_WORDS for c in visit.children):
        return True
    head = visit.head if visit.dep_ == "pobj" else None
    if head is not None and head.lower_ == "of" and head.head.lower_ == "ahead":
        head = head.head
    return head is not None and head.lower_ in dates.OTHER_TIME_WORDS


def _location(index: DocIndex, tok: Token, sent: Span) -> str | None:
    """ "in Paris", "at the Great Hall of the People", "here": where the trigger happened."""
    doc = index.doc
    candidates = []
    topics = lexicon.words("topic_words.txt")
    for t in sent:
        if t.dep_ == "prep" and t.lower_ in ("in", "at", "inside") and (
                t.head.pos_ == "NOUN" and t.head.lemma_.lower() in topics or t.i > 0 and doc[t.i - 1].lemma_.lower() in topics):
            continue        # "discussed developments in South Sudan": where the topic is, not the talks
        if t.dep_ == "prep" and t.lower_ in ("in", "at", "inside"):
            for p in t.children:
                if p.dep_ != "pobj":
                    continue
                label = index.tok_label.get(p.i)
                named = next((a for a in p.children if a.dep_ == "appos"
                              and index.tok_label.get(a.i) in PLACE_LABELS), None)
                if label is None and p.lemma_.lower() in geo.PLACE_KINDS and named is not None:
                    # "in the Portuguese capital, Lisbon": the place named beside the kind
                    _add_place(candidates, abs(t.head.i - tok.i) + (0 if _governs(tok, t) else 50),
                               _place_text(index, named))
                elif label is None and p.lemma_.lower() in geo.PLACE_KINDS:
                    # "in Myanmar's capital", "in the Japanese city of Osaka"
                    _add_place(candidates, abs(t.head.i - tok.i) + (0 if _governs(tok, t) else 50),
                               _span_text(doc, p))
                elif label in PLACE_LABELS or label == "ORG" or (label is None and p.pos_ == "PROPN"):
                    text = _place_text(index, p) if label in PLACE_LABELS else _span_text(doc, p)
                    dist = abs(t.head.i - tok.i) + (0 if _governs(tok, t) else 50)
                    _add_place(candidates, dist, text)
        elif t.dep_ == "prep" and t.lower_ == "to" and t.head.lemma_.lower() in ("visit", "trip", "tour") \
                and not _another_trip(t.head):
            for p in t.children:        # "during his visit to Tokyo, X met Y"
                if p.dep_ == "pobj" and index.tok_label.get(p.i) in PLACE_LABELS:
                    _add_place(candidates, abs(t.i - tok.i) + 25, _place_text(index, p))
        elif t.dep_ == "prep" and t.lower_ == "to" and t.head.i == tok.i and tok.lemma_.lower() in _HOST_VERBS:
            for p in t.children:        # "welcomed X to the White House": where the host received X
                if p.dep_ == "pobj" and (index.tok_label.get(p.i) in PLACE_LABELS or geo.is_venue(_span_text(doc, p))):
                    _add_place(candidates, abs(t.i - tok.i), _place_text(index, p))
        elif t.dep_ == "prep" and t.lower_ == "to" and t.head.lemma_.lower() in _JOURNEYS \
                and tok.dep_ == "pobj" and tok.head.lower_ == "for" and tok.head.head.i == t.head.i:
            for p in t.children:        # "will travel to Canberra for talks with X": where the talks are
                if p.dep_ == "pobj" and index.tok_label.get(p.i) in PLACE_LABELS:
                    _add_place(candidates, abs(t.i - tok.i), _place_text(index, p))
        elif t.dep_ == "prep" and (t.lower_ == "during" or t.lower_ == "of" and t.head.lower_ in _MARGINS):
            for p in t.children:        # "on the sidelines of the UN General Assembly": where it is held
                if p.dep_ == "pobj":
                    place = geo.geocode(_span_text(doc, p))
                    if place is not None and place.kind == "venue":
                        _add_place(candidates, abs(t.i - tok.i) + (0 if _governs(tok, t) else 50), _span_text(doc, p))
        elif t.lower_ == "here" and t.dep_ == "advmod":
            candidates.append((abs(t.i - tok.i) + (0 if _governs(tok, t) else 50), "here"))
    # "visited the Moldovan capital of Chisinau (and met X)": where the visit was
    for visit, dist in ((tok, 0), (tok.head, 5) if tok.dep_ == "conj" else (None, 0)):
        if visit is None or visit.pos_ != "VERB" or visit.lemma_.lower() not in ("visit", "tour"):
            continue
        for c in visit.children:
            if c.dep_ == "dobj" and index.tok_label.get(c.i) in PLACE_LABELS:
                _add_place(candidates, dist, _place_text(index, c))
            elif c.dep_ == "dobj" and c.lemma_.lower() in geo.PLACE_KINDS:
                _add_place(candidates, dist, _np_text(c))
    verb = tok if tok.pos_ in ("VERB", "AUX") else _clause_verb(tok)
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        # "flew into the Moldovan capital of Chisinau, where he met X": the place the clause is about
        place = verb.head
        if index.tok_label.get(place.i) in PLACE_LABELS:
            _add_place(candidates, 0, _place_text(index, place))
        elif place.lemma_.lower() in geo.PLACE_KINDS:
            _add_place(candidates, 0, _np_text(place))
    if not candidates:
        return None
    return min(candidates)[1]


def _call_paid(tok: Token) -> bool:
    """"paid a call on X", "paid a farewell call on X": a visit to X, not a telephone call."""
    if tok.lemma_.lower() != "call" or tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.lemma_.lower() != "pay":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" for c in [*tok.children, *tok.head.children])


def _host(index: DocIndex, tok: Token, actor_ids: list[str]) -> str | None:
    """Which party was visited, when the words say so: a "visiting" counterpart or "visiting"
    guest means the other party hosted; "paid a courtesy call on X" means X did."""
    if len(actor_ids) != 2:
        return None
    first, second = actor_ids
    for t in tok.subtree if tok.pos_ in ("NOUN", "PROPN") else [t for c in tok.children for t in c.subtree]:
        if t.lower_ == "visiting" and t.dep_ == "amod":
            guest = index.tok_actor.get(t.head.i) or next(
                (a for a in resolve_party(index, t.head, set()) if a in actor_ids), None)
            if guest == second:
                return first
            if guest == first:
                return second
    if tok.lemma_.lower() == "call" and (any(c.lower_ == "courtesy" for c in tok.children) or _call_paid(tok)
                                         or _called_on(tok)):
        return second
    around = list(tok.subtree) + ([t for c in tok.head.children if c.dep_ == "prep" for t in c.subtree]
                                  if tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX") else [])
    for t in around:
        # "a state visit to Ghana at the invitation of X", "concluded a visit to Chile at the
        # invitation of X": X is the host
        if t.lemma_.lower() == "invitation" and t.i > tok.i:
            invited_by = [a for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                          for p in c.children if p.dep_ == "pobj" for a in resolve_party(index, p, set())]
            if invited_by and invited_by[0] in actor_ids:
                return invited_by[0]
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in _HOST_VERBS:
        # "X received / hosted / welcomed Y" (and "Y was received by X": the agent comes
        # first among the parties): X is at home
        return first
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "host" and not any(
            c.dep_ == "auxpass" for c in tok.head.children):
        return first            # "X hosted talks with Y": X is at home
    return None


_HOST_VERBS = {"receive", "host", "welcome"}
_MARGINS = {"sidelines", "sideline", "margins", "margin"}
_JOURNEYS = {"fly", "travel", "go", "head", "come", "return", "arrive", "leave", "depart", "set", "jet", "rush"}


def _np_text(tok: Token) -> str:
    """A place noun's phrase without its clauses: "the Moldovan capital of Chisinau" of "the
    Moldovan capital of Chisinau, where he met X"."""
    end = tok.right_edge.i + 1
    for t in tok.subtree:
        if t.i > tok.i and t.dep_ in ("relcl", "acl", "punct", "cc"):
            end = min(end, t.left_edge.i)
    return tok.doc[tok.left_edge.i:end].text.rstrip(" ,")


def _add_place(candidates: list, dist: int, text: str) -> None:
    """Keep a place the gazetteer knows; a city or venue beats a bare country."""
    place = geo.geocode(text)
    if place is not None:
        candidates.append((dist + (20 if place.kind == "country" else 0), text))


def _governs(trigger: Token, tok: Token) -> bool:
    top = trigger.head if trigger.pos_ in ("NOUN", "PROPN") else trigger
    return tok.head in (trigger, top) or tok.head.head in (trigger, top)


def _span_text(doc: Doc, tok: Token) -> str:
    left = min(t.i for t in tok.subtree)
    right = max(t.i for t in tok.subtree)
    return doc[left:right + 1].text


def _place_text(index: DocIndex, tok: Token) -> str:
    """The place's entity text, plus an appended ", France" or "'s Province" context."""
    doc = index.doc
    for start, end, label, _ in index.mentions:
        if start <= tok.i < end:
            text = doc[start:end].text
            if end + 1 < len(doc) and doc[end].text == "," and index.tok_label.get(end + 1) in ("GPE", "LOC"):
                j = end + 1
                while j < len(doc) and index.tok_label.get(j) in ("GPE", "LOC"):
                    j += 1
                text += ", " + doc[end + 1:j].text
            return text
    return _span_text(doc, tok)


def _time(index: DocIndex, tok: Token, sent: Span) -> str | None:
    """The date or time expression attached to the trigger's clause, else the sentence's."""
    best = None
    for start, end, label, _ in index.mentions:
        if label not in ("DATE", "TIME") or not (sent.start <= start < sent.end):
            continue
        span = index.doc[start:end]
        if _time_of_something_else(span, tok) or dates.bare_days(span.text) or _time_of_saying(span, tok):
            continue        # (also "the 22nd summit": an ordinal, no day)
        near = (_governs(tok, span.root) or span.root.head == tok) and not _reported_on(span, tok)
        score = (0 if label == "DATE" else 1, 0 if near else 1, abs(span.root.i - tok.i))
        if best is None or score < best[0]:
            best = (score, _with_time_context(span))
    if best is None:
        # Day words the tagger left unlabelled: "Earlier today, X met Y", "met on Friday".
        for t in sent:
            if t.lower_ in _DAY_WORDS and not t.ent_type_:
                return t.text
        # "The day before, X met Y", "the following day": days counted from the last report
        adjacent = _ADJACENT_DAY.search(sent.text)
        if adjacent:
            return adjacent.group(0)
    return best[1] if best else None


_A_DAY = re.compile(r"\b(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2})\b",
                    re.I)


def _time_of_saying(span: Span, trigger: Token) -> bool:
    """ "X met Y, the ministry said on Monday", "X met Y, according to reports Monday": the time
    of the verb of saying the trigger's clause depends on, or of the source it is told by, is
    when it was told, not the interaction's (a day; "ONA reported in July" bounds the month)."""
    if not _A_DAY.search(span.text):
        return False
    doc = span.doc
    if span.start > 0 and any(t.lower_ == "according" and doc[span.start - 1] in t.subtree
                              for t in doc[max(0, span.start - 8):span.start]):
        return True         # "according to media reports Monday", the day read as the verb's
    node = span.root
    for _ in range(4):
        if node.head.i == node.i or node == trigger or node in trigger.ancestors and node.pos_ in ("VERB", "AUX"):
            break
        node = node.head
        if node.lower_ == "according":
            return trigger not in node.subtree
        if node.pos_ in ("VERB", "AUX"):
            break
    if node.pos_ not in ("VERB", "AUX") or node.lemma_.lower() not in _REPORTING or node == trigger:
        return False
    clause = trigger
    while clause.head.i != clause.i and clause.head != node:
        clause = clause.head
    return clause.head == node and clause.dep_ in ("ccomp", "parataxis") and span.root not in clause.subtree


def _reported_on(span: Span, trigger: Token) -> bool:
    """ "X said on Thursday he met Y on Monday": a time between the verb of saying and the
    reported clause's own subject is when it was said (however the parse attaches it)."""
    if trigger.dep_ != "ccomp" or trigger.head.i > span.start:
        return False
    subj = next((c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < trigger.i), None)
    return subj is not None and span.end <= subj.i


def _time_of_something_else(span: Span, trigger: Token) -> bool:
    """ "last week's flooding", "their first meeting since June": a time that dates another
    thing, or where a span starts, not the interaction (unless the interaction is what the
    "since" names: "the first visit since their talks in 2007")."""
    root, doc = span.root, span.doc
    owner = root.head if root.dep_ == "poss" else None
    if owner is None and span.end < len(doc) and doc[span.end].text in ("'s", "’s"):
        owner = doc[span.end].head if doc[span.end].head.i != span.end else None
    if owner is not None and owner.lemma_.lower() not in scorer.cues() \
            and owner.lower_ not in ("summit", "meeting", "talks", "visit", "call"):
        return True         # (not "Tuesday's summit", "Monday's talks": the interaction's own day)
    if span.start > 0 and doc[span.start - 1].lower_ == "since" and doc[span.start - 1] not in trigger.ancestors:
        return True
    before = span.start - 1
    while before > 0 and span.start - before <= 2 and doc[before].pos_ in ("ADP", "DET"):
        before -= 1
    if before >= 0 and _other_meeting(doc[before], trigger):
        return True         # "met Y ahead of the leaders' meeting at the end of August": that meeting's time
    if re.fullmatch(r"\d{4}", span.text) and root.dep_ in ("compound", "nmod", "amod", "nummod") \
            and root.head.pos_ in ("NOUN", "PROPN") and root.head.lemma_.lower() not in scorer.cues() \
            and root.head.lower_ not in ("summit", "meeting", "talks", "visit", "call"):
        return True         # "talked about the 2009 flu strain": a year that names a thing
    # a day ("on August 3", "Friday"), not a month or year an interaction may share with it
    a_day = span.start > 0 and doc[span.start - 1].lower_ == "on" or root.lower_ in _DAY_WORDS
    if a_day and span.start >= 2 and doc[span.start - 2].lemma_.lower() in _OTHER_EVENTS:
        return True         # "congratulated X on his election on August 3" (however the parse hangs it)
    node = root         # "since January", "since the elections in June"
    interaction = False     # (past an interaction's noun: "the anniversary of the meeting in 1945")
    for _ in range(4):
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            break
        interaction = interaction or node.lemma_.lower() in scorer.cues()
        node = node.head
        if node.lower_ == "since" and node.pos_ in ("ADP", "SCONJ"):
            return node not in trigger.ancestors
        if a_day and not interaction and node.lemma_.lower() in _OTHER_EVENTS:
            return True     # "X, on the eve of his inauguration on Friday, met Y"
    # "X, sworn in on Friday, will meet Y", "X, who won the vote on March 20, met Y"
    return a_day and not interaction and node.pos_ in ("VERB", "AUX") and node.i != trigger.i \
        and node.lemma_.lower() in _OTHER_EVENTS and node not in trigger.ancestors


def _other_meeting(tok: Token, trigger: Token) -> bool:
    """Whether a meeting word is one a trigger's interaction comes before or after ("ahead of
    the summit", "before the talks", "after the meeting"), not the trigger's own."""
    return tok.i != trigger.i and tok.lemma_.lower() in scorer.cues() and tok.dep_ == "pobj" \
        and (tok.head.lower_ in ("before", "after") or tok.head.lower_ == "of" and tok.head.head.lower_ in ("ahead", "eve"))


# what dates a career or a country, not a meeting: "sworn in on Friday", "his election on May 3"
_OTHER_EVENTS = {"swear", "elect", "re-elect", "reelect", "inaugurate", "appoint", "bear", "die", "win", "declare",
                 "assume", "election", "inauguration", "victory", "appointment", "birthday", "death", "anniversary",
                 "independence", "swearing", "vote", "poll", "polls", "referendum", "coup"}


_ADJACENT_DAY = re.compile(rf"\b(?:{dates.ADJACENT_DAY.pattern})\b", dates.ADJACENT_DAY.flags)
_DAY_WORDS = {"today", "yesterday", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
              "friday", "saturday", "sunday"}


def _with_time_context(span: Span) -> str:
    """ "the evening of January 25, 2021" -> keep it whole; "Wednesday" -> "on Wednesday"."""
    doc = span.doc
    start, end = span.start, span.end
    if end < len(doc) and doc[end].lower_ == "of" and end + 1 < len(doc) and doc[end + 1].ent_type_ == "DATE":
        end += 1
        while end < len(doc) and doc[end].ent_type_ == "DATE":
            end += 1
    return doc[start:end].text


def _confidence(index: DocIndex, tok: Token, actor_ids: list[str], how: set[str], typ: str) -> float:
    """A score that is higher for the forms that are right more often: named persons on both
    sides of a plain "met"/"received", rather than organisations, letters (often mentioned
    in passing or carried by an envoy), or parties found through a pronoun or a title."""
    score = 0.5
    kinds = [index.actors.get(a, {}).get("kind") for a in actor_ids]
    if all(k == "person" for k in kinds):
        score += 0.2
    else:
        score -= 0.1
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in ("meet", "receive", "phone", "telephone"):
        score += 0.1
    if typ == "correspondence":
        score -= 0.15
    if "pronoun" in how or "title" in how:
        score -= 0.15
    if "clause" in how:
        score -= 0.05
    return round(max(0.05, min(0.95, score)), 3)
