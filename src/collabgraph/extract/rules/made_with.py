"""Made by one with another: "The wellbeing tent was run by A with nurses from B",
"The guide was written by A with B and C", "a drop-in run by A with nurse Jo Tern
of B": a passive verb of making or running one thing (`vocab/made_with_verbs.txt`),
its maker after "by" (a name, a name after its role words: "by sound artist Jo
Tern"; a body by its head word: "by the council"; or a body's team: "by Kelby
Council's youth team"), then a "with" or "together with" naming bodies or people, or a body's people
("nurses from B", "volunteers of B": `help_givers.PEOPLE_OF_BODIES`): the maker
worked with each (COLLABORATES_WITH: corpus/GOLD.md "worked with"; partners on a
page that calls it a partnership); a body that leads a thing with others ("a project
led by A with B", "a consortium led by A, with B and C": `vocab/co_lead_verbs.txt`)
is their partner (PARTNER_OF). Not money or help ("with funding from B", "with
support from B": no name or people noun right after "with"), nor a person's own
body ("with nurse Jo Tern of B": Jo, not B). And "a six-month study by A and the
University of B" (`work_by_bodies`): two or more bodies listed after "by" as the
makers of one written work (`vocab/written_work_nouns.txt`) worked together.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.founders import TOGETHER
from collabgraph.extract.rules.help_givers import PEOPLE_OF_BODIES
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the verbs of `vocab/made_with_verbs.txt`."""

_VERBS = vocab.words("made_with_verbs")
_WORKS = vocab.words("written_work_nouns")
_CO_LEADS = vocab.words("co_lead_verbs")
_MOST_MAKERS = 4  # more bodies than this after "by" is a list of many, not one team
_MAKERS = frozenset({"Organisation", "Person"})
_FROM = frozenset({"from", "of", "at"})
_UNITS = vocab.words("post_units")  # "Kelby Council's public health team"
_UNIT_WORDS = 5  # "'s Early Help and Play team with": words at most from "'s" to "with"
_ROLE_WORDS = 3  # "by sound artist Ada Foss": lower-case words at most before the name
_BY_GAP = 2  # "run jointly by", "delivered locally by": words at most from the verb to "by"


def made_with(reader: SentenceReader) -> None:
    """The kinds in the module docstring."""
    words, end = reader.words, reader.sent.end
    for v in range(reader.sent.start + 1, end - 4):
        if words[v] not in _VERBS or reader.doc[v].tag_ != "VBN" or reader.in_quote(v):
            continue
        by = next((k for k in range(v + 1, min(v + 2 + _BY_GAP, end)) if words[k] == "by"), None)
        if by is None:
            continue
        makers, w = _makers_after(reader, by + 1)
        led = words[v] in _CO_LEADS  # "a project led by A with B": A leads B, its partner
        if led and w + 2 < end and words[w] == "," and words[w + 1] == "with":
            w += 1  # "led by A, with B and C as consortium partners"
        if w + 1 < end and words[w] == "together":  # "run by A together with B"
            w += 1
        if not makers or w >= end - 1 or words[w] != "with":
            continue
        for p in _worked_with(reader, w + 1):
            for m in makers:
                if p.id != m.id:
                    both = led and reader.kind(m) == reader.kind(p) == "Organisation"
                    reader.relate(m, "PARTNER_OF" if both else TOGETHER, p, confidence=0.6)


def work_by_bodies(reader: SentenceReader) -> None:
    """ "a study by A and B", "the report by A, B and C": each two of the bodies
    listed right after "by" that follows a lower-case written-work noun worked
    together (not a name's own word: "the Foo Review by A" names a report)."""
    words, end = reader.words, reader.sent.end
    for k in range(reader.sent.start, end - 4):
        if words[k] not in _WORKS or words[k + 1] != "by" or reader.covering.get(k):
            continue
        if not reader.doc[k].is_lower:
            continue
        listed = _until_with(reader, reader.list_after(k + 2 + (words[k + 2] == "the"),
                                                        kinds={"Organisation"}))  # fmt: skip
        if len(listed) < 2 or len(listed) > _MOST_MAKERS or listed[0].start > k + 3:
            continue
        for n, a in enumerate(listed):
            for b in listed[n + 1 :]:
                reader.relate(a, TOGETHER, b, confidence=0.6)


def _makers_after(reader: SentenceReader, k: int) -> tuple[list, int]:
    """The makers named from token k (right after "by") and the token past them: a
    list of names ("A and B"), a name after its lower-case role words ("sound
    artist Ada Foss"), or a body named before by its head word ("the council",
    "the refuge": `reader.definite_org`); then past a team of theirs ("Kelby
    Council's public health team", "the council's youth team": `vocab/post_units.txt`)."""
    words, end = reader.words, reader.sent.end
    if reader.mention_at(k + 1) is None and (body := reader.definite_org(k)) is not None:
        return [body], _past_unit(reader, k + 2)
    first = reader.mention_at(k)  # "Kelby Council's Play Days team": the council
    if (
        first is not None
        and reader.kind(first) == "Organisation"
        and first.end < end
        and (w := _past_unit(reader, first.end)) != first.end
    ):
        return [first], w
    # the list reader runs on over "with" ("A with B"): the makers end before it
    makers = _until_with(reader, reader.list_after(k, kinds=_MAKERS))
    if not makers:
        return [], k
    between = words[k + (words[k] == "the") : makers[0].start]
    if len(between) > _ROLE_WORDS or not all(w.isalpha() and w.islower() for w in between):
        return [], k  # "by the Foo", "by sound artist Foo": the name right after "by"
    if between and not reader.doc[k].is_lower:
        return [], k
    return makers, _past_unit(reader, min(makers[-1].end, end - 1))


def _past_unit(reader: SentenceReader, k: int) -> int:
    """Token k, or past a team of the body that ends at k ("'s youth participation
    team", "'s Play Days team"): the token after the team's noun."""
    words = reader.words
    if words[k] != "'s":
        return k
    for j in range(k + 2, min(k + 2 + _UNIT_WORDS, reader.sent.end)):
        if words[j - 1] in _UNITS and words[j] in {"with", "together"}:
            return j
        if not words[j - 1].isalpha():
            break
    return k


def _until_with(reader: SentenceReader, listed: list) -> list:
    """The names listed before the first "with" among them ("A with B", "A with
    the B", "A with Fenby Libraries and the Orton Trust" when the list reader
    took no name right after "with")."""
    if not listed:
        return listed
    words = reader.words
    stop = next((k for k in range(listed[0].start, listed[-1].start) if words[k] == "with"), None)
    return [m for m in listed if stop is None or m.start < stop]


def _worked_with(reader: SentenceReader, k: int) -> list:
    """Who a "with" at token k-1 names: the names listed right after it, or after
    a body's people noun and "from" ("nurses from B"); [] for anything else."""
    words, end = reader.words, reader.sent.end
    if k < end and words[k] == "the":
        k += 1
    if k + 2 < end and words[k] in PEOPLE_OF_BODIES and words[k + 1] in _FROM:
        k += 2
        k += k < end and words[k] == "the"
        listed = reader.list_after(k, kinds={"Organisation"})
    else:
        listed = reader.list_after(k, kinds=_MAKERS)
    if listed and listed[0].start == k + 1 and reader.doc[k].is_lower:
        return listed  # "with nurse Jo Tern of B": a role word before the name
    return listed if listed and listed[0].start == k else []


__all__ = ["LABELS", "made_with", "work_by_bodies"]
