"""Scoring an extraction against a hand-written gold seed.

Entities match when their types agree and their names do after resolution (a
name or alias of one is a name or alias of the other, compared by name key).
Relations match when their types agree, both ends match, and, where the gold
gives a role, the roles agree loosely ("Leader" ~ "Council Leader",
"panelist" ~ "panellist").

The scores it gives are `collabgraph.extract.scores.Scores`. Documents and
folders on disk are scored by `collabgraph.extract.score_files`
(`collabgraph evaluate` on the command line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, utils

from collabgraph.extract.scores import Scores
from collabgraph.model.names import name_key
from collabgraph.model.vocabulary import RELATIONS


def _key(name: str, kind: str | None) -> str:
    key = name_key(str(name), kind)
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"[\"“”‘’'`.,]", "", key)
    return re.sub(r"\s+", " ", key).strip()


def _names(entity: dict) -> set[str]:
    kind = entity.get("type")
    names = {_key(entity["name"], kind)}
    names |= {_key(a, kind) for a in entity.get("aliases") or ()}
    return names


_ROLE_SYNONYMS = {"panelist": "panellist", "chairman": "chair", "chairwoman": "chair",
                  "chairperson": "chair", "ceo": "chief executive", "organizer": "organiser",
                  "presenter": "speaker", "keynote": "speaker", "notetaker": "note taker",
                  "co-chair": "chair", "cochair": "chair"}  # fmt: skip


def _role_words(role: str) -> set[str]:
    low = role.lower().replace("-", " ")
    for a, b in _ROLE_SYNONYMS.items():
        low = re.sub(rf"\b{a}\b", b, low)
    return {w for w in re.findall(r"[a-z]+", low) if w not in {"the", "of", "for", "and", "a"}}


def roles_agree(predicted: str | None, gold: str | None) -> bool:
    """Loose role comparison: one's words contain the other's, or the last words agree."""
    if not gold:
        return True
    if not predicted:
        return False
    p, g = _role_words(predicted), _role_words(gold)
    if not p or not g:
        return False
    if p <= g or g <= p:
        return True
    p_last = re.findall(r"[a-z]+", predicted.lower())[-1:]
    g_last = re.findall(r"[a-z]+", gold.lower())[-1:]
    return p_last == g_last and bool(p & g)


def _match_entities(pred: list[dict], gold: list[dict]) -> dict[int, int]:
    """Predicted index -> gold index, one to one; exact names first, then aliases."""
    matched: dict[int, int] = {}
    used: set[int] = set()
    for strict in (True, False):
        for i, p in enumerate(pred):
            if i in matched:
                continue
            p_names = {_key(p["name"], p.get("type"))} if strict else _names(p)
            for j, g in enumerate(gold):
                if j in used or g.get("type") != p.get("type"):
                    continue
                g_names = {_key(g["name"], g.get("type"))} if strict else _names(g)
                if p_names & g_names:
                    matched[i] = j
                    used.add(j)
                    break
    return matched


def _note_wrong_types(
    scores: Scores, pred: list[dict], gold: list[dict], matched: dict[int, int]
) -> set[int]:
    """Names left unmatched on both sides that agree but for their type: the
    extractor found the thing and called it something else. Returns those gold
    entities' indices."""
    used = set(matched.values())
    typed_otherwise: set[int] = set()
    by_name: dict[str, int] = {}
    for j, g in enumerate(gold):
        if j not in used:
            for n in _names(g) | {_key(g["name"], None)}:
                by_name.setdefault(n, j)
    for i, p in enumerate(pred):
        if i in matched:
            continue
        # The first gold entity, in gold order, left free (a name set has no order).
        names = _names(p) | {_key(p["name"], None)}
        free = {by_name[n] for n in names if n in by_name} - used
        j = min(free, default=None)
        if j is None:
            continue
        used.add(j)
        typed_otherwise.add(j)
        kinds = (str(p.get("type")), str(gold[j].get("type")))
        scores.type_confusions[kinds] += 1
        scores.mistyped_entities.append(f"{p['name']}: {kinds[0]}, gold {kinds[1]}")
    return typed_otherwise


# How alike two names must be to count as one thing named otherwise: rapidfuzz's
# token_set_ratio (0-100) on case-folded names, so "Annual Volunteer Awards" and
# "14th Annual Volunteer Awards Evening" agree, "Panel event" and "Panel
# discussion on housing" do not.
RENAMED_SIMILARITY = 80


def _note_renamed(
    scores: Scores, pred: list[dict], gold: list[dict], matched: dict[int, int]
) -> set[int]:
    """Pairs left unmatched on both sides, of one type, whose names are alike: the
    extractor found the thing and named it otherwise (most often an unnamed event
    the gold names "as the page describes it", GOLD.md). One to one, best first.
    A diagnostic only: the entity and its relations still count as missed.
    Returns those gold entities' indices."""
    used = set(matched.values())
    renamed: set[int] = set()
    pairs = sorted(
        (
            (fuzz.token_set_ratio(p["name"], g["name"], processor=utils.default_process), i, j)
            for i, p in enumerate(pred)
            if i not in matched
            for j, g in enumerate(gold)
            if j not in used and g.get("type") == p.get("type")
        ),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    taken_p: set[int] = set()
    for similarity, i, j in pairs:
        if similarity < RENAMED_SIMILARITY:
            break
        if i in taken_p or j in used:
            continue
        taken_p.add(i)
        used.add(j)
        renamed.add(j)
        kind = str(gold[j].get("type"))
        scores.renamed[kind] += 1
        scores.renamed_entities.append(f"{pred[i]['name']} ~ {gold[j]['name']} ({kind})")
    return renamed


# Why a gold relation was missed, first that applies (`Scores.missed_why`): an end
# the extraction lacks, has with another type, or names otherwise (`_note_*`); both
# ends found and related with another role; both found and not related.
END_NOT_FOUND = "an end not found"
END_TYPED_OTHERWISE = "an end typed otherwise"
END_NAMED_OTHERWISE = "an end named otherwise"
ANOTHER_ROLE = "ends found, another role"
NOT_RELATED = "ends found, not related"
MISS_REASONS = (END_NOT_FOUND, END_TYPED_OTHERWISE, END_NAMED_OTHERWISE, ANOTHER_ROLE, NOT_RELATED)


def _why_missed(
    ends: tuple[int | None, int | None], found: set[int], typed: set[int], renamed: set[int]
) -> str | None:
    """Which of a missed relation's gold ends went wrong, worst first; None when
    both were found."""
    lost = [e for e in ends if e is None or e not in found]
    if not lost:
        return None
    if any(e is None or (e not in typed and e not in renamed) for e in lost):
        return END_NOT_FOUND
    return END_TYPED_OTHERWISE if any(e in typed for e in lost) else END_NAMED_OTHERWISE


def _index(entities: list[dict]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for i, e in enumerate(entities):
        for n in _names(e) | {_key(e["name"], None)}:
            out.setdefault(n, []).append(i)
        for a in e.get("aliases") or ():
            out.setdefault(_key(a, None), []).append(i)
    return out


def _end(
    name: str, index: dict[str, list[int]], entities: list[dict], allowed: Iterable[str]
) -> int | None:
    allowed = set(allowed)
    for kind in (None, *allowed):
        for i in index.get(_key(name, kind), ()):
            if entities[i].get("type") in allowed:
                return i
    hits = index.get(_key(name, None), [])
    return hits[0] if hits else None


def _rel_ends(rel: dict, index, entities) -> tuple[int | None, int | None]:
    rule = RELATIONS.get(str(rel.get("type", "")).upper())
    sources = rule.sources if rule else ()
    targets = rule.targets if rule else ()
    return _end(str(rel["from"]), index, entities, sources), _end(
        str(rel["to"]), index, entities, targets
    )


def _label(rel: dict) -> str:
    role = f" ({rel['role']})" if rel.get("role") else ""
    return f"{rel['from']} -{rel['type']}-> {rel['to']}{role}"


def evaluate(predicted: dict, gold: dict) -> Scores:
    """Score a predicted seed document against a gold one."""
    pred_e = [e for e in predicted.get("entities") or () if e.get("name")]
    gold_e = [e for e in gold.get("entities") or () if e.get("name")]
    matched = _match_entities(pred_e, gold_e)
    scores = Scores(entity_tp=len(matched), entity_predicted=len(pred_e), entity_gold=len(gold_e))
    used_gold = set(matched.values())
    scores.missed_entities = [
        f"{g['type']}: {g['name']}" for j, g in enumerate(gold_e) if j not in used_gold
    ]
    scores.spurious_entities = [
        f"{p['type']}: {p['name']}" for i, p in enumerate(pred_e) if i not in matched
    ]
    typed_otherwise = _note_wrong_types(scores, pred_e, gold_e, matched)
    named_otherwise = _note_renamed(scores, pred_e, gold_e, matched)
    for i, p in enumerate(pred_e):
        counts = scores.entity_by_type.setdefault(str(p.get("type")), [0, 0, 0])
        counts[1] += 1
        counts[0] += i in matched
    for g in gold_e:
        scores.entity_by_type.setdefault(str(g.get("type")), [0, 0, 0])[2] += 1

    p_index, g_index = _index(pred_e), _index(gold_e)
    gold_rels = list(gold.get("relations") or ())
    pred_rels = list(predicted.get("relations") or ())
    gold_keys = []
    for r in gold_rels:
        a, b = _rel_ends(r, g_index, gold_e)
        gold_keys.append((str(r["type"]).upper(), a, b, r.get("role")))
    used: set[int] = set()
    related: set[tuple[str, int, int]] = set()  # (type, gold from, gold to) predicted
    tp = 0
    for r in pred_rels:
        a, b = _rel_ends(r, p_index, pred_e)
        ga, gb = (
            matched.get(a) if a is not None else None,
            matched.get(b) if b is not None else None,
        )
        kind = str(r["type"]).upper()
        symmetric = RELATIONS[kind].symmetric if kind in RELATIONS else False
        if ga is not None and gb is not None:
            related |= {(kind, ga, gb)} | ({(kind, gb, ga)} if symmetric else set())
        hit = None
        for j, (g_kind, g_a, g_b, g_role) in enumerate(gold_keys):
            if j in used or g_kind != kind or ga is None or gb is None:
                continue
            same = (g_a, g_b) == (ga, gb) or (symmetric and (g_a, g_b) == (gb, ga))
            if same and roles_agree(r.get("role"), g_role):
                hit = j
                break
        counts = scores.by_type.setdefault(kind, [0, 0, 0])
        counts[1] += 1
        if hit is None:
            scores.spurious_relations.append(_label(r))
        else:
            used.add(hit)
            tp += 1
            counts[0] += 1
    scores.relation_tp = tp
    scores.relation_predicted = len(pred_rels)
    scores.relation_gold = len(gold_rels)
    scores.missed_relations = [_label(r) for j, r in enumerate(gold_rels) if j not in used]
    found = set(matched.values())
    for j, (kind, g_a, g_b, _role) in enumerate(gold_keys):
        if j not in used:
            why = _why_missed((g_a, g_b), found, typed_otherwise, named_otherwise)
            if why is None:
                why = ANOTHER_ROLE if (kind, g_a, g_b) in related else NOT_RELATED
            scores.missed_why[(kind, why)] += 1
    for r in gold_rels:
        scores.by_type.setdefault(str(r["type"]).upper(), [0, 0, 0])[2] += 1
    return scores
