"""Names that only name a post's field of work, dropped from a sentence's mentions
(for `finder`): fields after a title and a comma ("Deputy Director, Equality and
Health Inequalities, Westmoor Health Trust"), the rest of a post's list of fields
("Cabinet Member for Skills, Young People and Sport"), fields inside a post's words,
and a field in brackets after a name ("Jane Doe (Finance)": her field, read as a
post; `vocab/role_fields.txt`, `vocab/field_unit_heads.txt`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.shape import field_unit
from collabgraph.extract.mentions.tokens import lower_words


def fields_after_roles(doc, mentions: list[Mention], roles: list[RoleSpan]) -> list[Mention]:
    """The mentions without those that only name a job's field (words of
    `vocab/role_fields.txt` only): after its title and a comma, before another
    comma ("Deputy Director, Equality and Health Inequalities, Westmoor Health
    Trust"); the rest of a post's list of fields, up to the sentence's end or an
    "and" ("Secretary of State for Transport, Heritage and Rural Affairs", "Cabinet
    Member for Skills, Young People and Sport"); or inside a post's words
    ("minister of state for Digital and Rural Affairs")."""
    # a post's end -> whether its words name a field ("... for Housing")
    raw = lower_forms(doc)
    ends = {r.end: any(w in {"of", "for"} for w in raw[r.start : r.end]) for r in roles}
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        words = lower_words(doc)[m.start : m.end]
        if not all(w in lx.DOMAIN_WORDS or w == "," for w in words) or m.start < 2:
            out.append(m)
            continue
        before = doc[m.start - 1].text
        if m.start - 1 in ends and before in {",", "and", "&"}:
            listed = ends[m.start - 1]
        elif m.start in ends and before == ",":  # the post's words took the comma
            listed = ends[m.start]
        else:
            listed = None
        closes = m.end < len(doc) and doc[m.end].text in {",", ")"}
        if listed and not closes:
            # the last of a post's fields: "... for Transport, Heritage and Rural Affairs."
            closes = m.end >= len(doc) or doc[m.end].text in {".", ";", "and", "&"}
        inside = any(r.start < m.start and m.end <= r.end for r in roles)
        follows = listed is not None and (before == "," or listed)  # "and" in a field list
        if (follows and closes) or inside:
            ends[m.end] = bool(listed) or inside  # a further field may follow
            continue
        out.append(m)
    return out


def fields_in_brackets(doc, mentions: list[Mention]) -> tuple[list[Mention], list[RoleSpan]]:
    """The mentions without those that only name a field of work (a word of
    `vocab/role_fields.txt`, or such words before a part's head word of
    `vocab/field_unit_heads.txt`) in brackets right after another name, and those
    fields as posts: a caption's "Jane Doe (Finance)" is her field at her body, no
    body called "Finance"; "Jane Doe (Wellbeing Sport)" keeps its body."""
    ends = {m.end for m in mentions}
    kept, fields = [], []
    for m in mentions:
        words = lower_words(doc)[m.start : m.end]
        if (
            m.start >= 2
            and m.end < len(doc)
            and doc[m.start - 1].text == "("
            and doc[m.end].text == ")"
            and m.start - 1 in ends
            # one field word, or a part of a body ("Finance Team"); not "(Wellbeing Sport)"
            and ((len(words) == 1 and words[0] in lx.DOMAIN_WORDS) or field_unit(words))
        ):
            fields.append(RoleSpan(doc[m.start : m.end].text, m.start, m.end))
            continue
        kept.append(m)
    return kept, fields
