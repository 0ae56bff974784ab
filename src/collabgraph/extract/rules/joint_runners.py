"""Who runs a thing with the bodies after "run with": "the Night Bus service, which
the trust runs jointly with A", "a club for new mums that we run with A", "Our youth
club is run jointly with A", "- Kelby Arts – £9,000 for a dance course, delivered
with A", "Run in partnership with A." (a line under a body's heading). The runner
is the clause's own subject (a named body, "we", "the trust": `reader.definite_org`),
else the page's own body when "our" owns the thing, else the body a list line or a
section's heading names; it worked with A (COLLABORATES_WITH, corpus/GOLD.md "worked
with"), or is A's partner after "in partnership with" (PARTNER_OF), and runs the
project named before the verb (RUNS) as A does (`joint_runs.run_with_after`).
Nothing for a person or a body running alone ("Foo runs with Fenby Rovers": no
thing run), nor money or help ("run with support from A", "with funding from A").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.joint_runs import relative_head
from collabgraph.extract.rules.member_ends import item_heading_body
from collabgraph.extract.rules.partner_leads import ours_at
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the verbs of `vocab/joint_run_verbs.txt`."""

_RUN_VERBS = vocab.words("joint_run_verbs")
_ORG = frozenset({"Organisation"})
_PARTNER_KINDS = frozenset(
    {"Organisation", None}
)  # a name not yet typed: the seed keeps an Organisation only
_RUN_KINDS = frozenset({"Project", "Event"})
_LINE_GAP = 2  # "- Kelby Arts (Orton) – £9,000": words at most from the name to its dash
_OPENERS = lx.DASHES | {"•", "*"}  # a list line's bullet
_JOINTLY = frozenset({"jointly", "together"})
_RELATIVES = frozenset({"which", "that"})  # "a club that we run with A": the thing run


def joint_runners(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    for start, end, partnership in _run_withs(reader):
        verb = reader.doc[start]
        if verb.pos_ in {"VERB", "AUX"} or verb.tag_.startswith("VB"):
            partners = _partners(reader, end)
            runner = (_clause_runner(reader, verb) or _owner(reader, verb)) if partners else None
            rel = "PARTNER_OF" if partnership else "COLLABORATES_WITH"
            for p in partners if runner is not None else ():
                if _id(runner) != p.id:
                    reader.relate(runner, rel, p, confidence=0.65)
            run = _thing_run(reader, verb) if runner is not None else None
            if run is not None:
                reader.relate(runner, ("RUNS", "ORGANISED"), run, confidence=0.65)


def _id(m) -> int | None:
    return m.id if isinstance(m, Mention) else m


def _run_withs(reader: SentenceReader) -> list[tuple[int, int, bool]]:
    """Each run verb (`vocab/joint_run_verbs.txt`) followed by "(jointly|together)
    with" or "in partnership with": (the verb's token, the token after "with", whether
    it says partnership)."""
    words, end = reader.words, reader.sent.end
    found = []
    for k in range(reader.sent.start, end - 2):
        if words[k] not in _RUN_VERBS:
            continue
        j = k + 1 + (words[k + 1] in _JOINTLY)
        if words[j] == "with":
            found.append((k, j + 1, False))
        elif words[j : j + 3] == ["in", "partnership", "with"]:
            found.append((k, j + 3, True))
    return found


def _partners(reader: SentenceReader, k: int) -> list[Mention]:
    """The bodies named right after the "with" ending at token k ("with the A", "with
    A and B"); [] when a word comes first ("with support from A", "with volunteers")."""
    k += k < reader.sent.end and reader.words[k] == "the"
    listed = reader.list_after(k, kinds=_PARTNER_KINDS)
    return listed if listed and listed[0].start == k else []


def _clause_runner(reader: SentenceReader, verb):
    """The verb's own subject when it names a body and the verb runs a thing ("which
    the trust runs", "that we run", "Foo runs the café"); None otherwise (a person,
    "it", no subject, nothing run)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or not any(c.dep_ == "dobj" or c.lower_ in _RELATIVES for c in verb.children):
        return None  # "Kelby Runners runs with Fenby Rovers": no thing run
    named = reader.mention_at(subj.i)
    if named is not None:
        return named if reader.kind(named) in _ORG else None
    if subj.lower_ == "we":
        return ours_at(reader, subj.i)
    k = subj.i - 1
    if k >= reader.sent.start and subj.lower_ in lx.ORG_HEADS | lx.EXTRA_ORG_HEADS:
        return reader.definite_org(k)
    return None


def _owner(reader: SentenceReader, verb):
    """Whose thing a subjectless run verb is said of: "our" thing ("Our club is run
    with", "our holiday course, delivered with"): the page's own body; a line that
    opens with a body and a dash ("- Kelby Arts – £9,000 for ..., run with"): that
    body; a line that opens with the verb under a body's heading ("Run in partnership
    with A."): the section's body. None otherwise."""
    thing = verb.head if verb.dep_ in {"acl", "relcl"} else None
    thing = thing or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    ours = _our_noun(thing) if thing is not None else None
    if ours is not None:
        return ours_at(reader, ours.i)
    lead = _line_lead(reader)
    if lead is not None:
        return lead
    if verb.i == reader.sent.start and thing is None:
        heading = item_heading_body(reader)
        return heading[0] if heading else None
    return None


def _our_noun(noun):
    """The noun "our" owns, from the noun a run verb hangs on up through "for" and
    "of" phrases ("Our course for 14-18 year olds, delivered with A": "olds" is
    "for" the course "our" owns, past the words compounded with it: "Our youth
    leadership course"); None when no "our" owns it."""
    for _ in range(_UP):
        words = [noun, *(c for c in noun.children if c.dep_ == "compound")]
        if any(c.lower_ == "our" and c.dep_ == "poss" for w in words for c in w.children):
            return noun  # "our course", "our youth leadership course"
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep" or noun.head.lower_ not in _UP_PREPS:
            return None
        noun = noun.head.head
    return None


_UP = 3  # nouns at most climbed to "our"
_UP_PREPS = frozenset({"for", "of"})


def _line_lead(reader: SentenceReader):
    """The body a list line opens with, before a dash: "- Kelby Arts – £9,000 ..."."""
    k = reader.sent.start
    k += k < reader.sent.end and reader.words[k] in _OPENERS
    first = reader.by_start.get(k)
    if first is None or reader.kind(first) not in _ORG:
        return None
    after = reader.words[first.end : first.end + _LINE_GAP + 1]
    return first if any(w in lx.LINE_MARKS for w in after) else None


def _thing_run(reader: SentenceReader, verb):
    """The project or event named right before the verb (past a comma, "which"), or
    the subject of its passive ("Foo is run jointly with"); else None."""
    k = verb.i
    while k > reader.sent.start and reader.words[k - 1] in {",", "which", "that", "is", "are"}:
        k -= 1
    named = reader.by_end.get(k) or relative_head(reader, verb.i)
    return named if named is not None and reader.kind(named) in _RUN_KINDS else None


__all__ = ["LABELS", "joint_runners"]
