"""Joint clauses: "... by Kelby Trust and Fenby Advice, who have teamed up to create
the Orton Fund", "A and B, which have worked together since 2019, opened ...": a
relative clause set off after two or more names listed together, whose verb is one
of joint work (`vocab/joint_work_words.txt`, as `collaboration.joint_work` reads
for names opening a sentence): the names listed work together, each with each
(partners for the words of `vocab/joint_work_partner_words.txt`, "joined forces").
A clause after one name ("B, which works with C") is `collaboration`'s.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels this family reads: none (it reads the clause's words itself)."""

_JOINT_WORK = vocab.words("joint_work_words")
_JOINT_PARTNERS = vocab.words("joint_work_partner_words")
_RELATIVES = frozenset({"who", "which", "that"})
_AUXILIARIES = frozenset(
    {"have", "has", "had", "are", "were", "will", "would", "been", "now", "also", "recently"}
)
_WORKING = frozenset({"work", "works", "worked", "working"})
_LIST_GLUE = frozenset({",", "and", "&", "the"})
_PARTIES = frozenset({"Person", "Organisation", None})  # a name not typed yet may be a body


def joint_clauses(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    words, end = reader.words, reader.sent.end
    for c in range(reader.sent.start + 2, end - 2):
        if words[c] != "," or words[c + 1] not in _RELATIVES:
            continue
        listed = _listed_before(reader, c)
        if len(listed) < 2:
            continue
        j = c + 2
        while j < end and words[j] in _AUXILIARIES:
            j += 1
        verb = words[j : j + 4]
        if len(verb) >= 3 and verb[1] == "-":  # "co - founded" as the list writes it
            verb = [f"{verb[0]}-{verb[2]}", *verb[3:]]
        hit = _joint_words(verb[:2])
        if hit is None:
            continue
        remember_joint(reader, listed)
        relate_jointly(reader, listed, partners=hit in _JOINT_PARTNERS, confidence=0.65)


def relate_jointly(reader: SentenceReader, names: list, *, partners: bool, confidence: float):
    """Tie each two of `names` who worked together: PARTNER_OF when the words say
    partners (`vocab/joint_work_partner_words.txt`: both end up bodies; a name not typed
    yet may still be one), else COLLABORATES_WITH, two bodies on a page that calls
    their work a partnership being partners ("if a partnership")."""
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            bodies = {reader.kind(a), reader.kind(b)} == {"Organisation"}
            if partners:
                rels = ("PARTNER_OF", "COLLABORATES_WITH")
            elif bodies:
                rels = ("COLLABORATES_WITH", "if a partnership")
            else:
                rels = ("COLLABORATES_WITH",)
            reader.relate(a, rels, b, confidence=confidence)


def _joint_words(pair: list[str]) -> str | None:
    """The joint-work words the clause's verb starts with ("teamed up", "joined
    forces", "worked together", "co-founded"); None for any other verb."""
    if len(pair) == 2 and pair[0] in _WORKING and pair[1] == "together":
        return "together"
    two = " ".join(pair)
    if two in _JOINT_WORK:
        return two
    return pair[0] if pair and pair[0] in _JOINT_WORK and pair[0] != "together" else None


def _listed_before(reader: SentenceReader, c: int) -> list:
    """The names joined by commas and "and" ending right before token c, in
    order ("Kelby Trust and the Fenby Advice" -> both); [] when no "and" joins
    them (a list that is only commas may be an apposition)."""
    out = []
    j, joined = c, False
    while j > reader.sent.start:
        m = reader.by_end.get(j)
        if m is None or reader.kind(m) not in _PARTIES:
            break
        out.insert(0, m)
        j = m.start
        glue = j
        while glue - 1 >= reader.sent.start and reader.words[glue - 1] in _LIST_GLUE:
            glue -= 1
            joined = joined or reader.words[glue] in {"and", "&"}
        if glue == j or reader.by_end.get(glue) is None:
            break
        j = glue
    return out if joined else []


def remember_joint(reader: SentenceReader, names: list) -> None:
    """Keep the names this sentence says work together, for a "They" opening the
    next ("A and B teamed up to paint a mural. They worked with pupils from C")."""
    reader.ctx.joint_subjects = (len(reader.ctx.sentences), tuple(m.id for m in names))


def they_before(reader: SentenceReader, i: int) -> list:
    """The names the sentence just before said work together, when "they" opens
    this one and is the subject of the verb at token i (a few words apart); []."""
    last = reader.ctx.joint_subjects
    start = reader.sent.start
    if last is None or last[0] != len(reader.ctx.sentences) - 1 or reader.words[start] != "they":
        return []
    if i - start > _THEY_GAP or reader.in_quote(start):
        return []
    return [reader.ctx.mentions[m] for m in last[1]]


_THEY_GAP = 4  # "They have also worked with": words at most from "They" to the verb


__all__ = ["LABELS", "joint_clauses", "remember_joint", "they_before"]
