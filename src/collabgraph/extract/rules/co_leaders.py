"""Two people leading one thing jointly: "The group is co-led by Jo Tern and
retired teacher Ada Foss", "The project is coordinated by Jo Tern, a volunteer
from Kelby Trust, and Ada Foss": the people after a verb of joint leading
(`vocab/joint_lead_verbs.txt`) and "by", two of them joined by "and", work
together (COLLABORATES_WITH: corpus/GOLD.md "worked with"). Only people: bodies
leading a thing together are read by the partnership rules, and a list of more
than two is a team, not a pair.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This family reads no cues: it reads the verbs of `vocab/joint_lead_verbs.txt`."""

_LEADING = vocab.words("joint_lead_verbs")


def co_leaders(reader: SentenceReader) -> None:
    """The kind in the module docstring."""
    words = reader.words
    for k in range(reader.sent.start, reader.sent.end - 2):
        verb = words[k]
        if k - 2 >= reader.sent.start and words[k - 2 : k] == ["co", "-"]:
            verb = f"co-{verb}"  # "co - led" as the list writes it
        if verb not in _LEADING or words[k + 1] != "by":
            continue
        first = _person_near(reader, k + 2)
        if first is None:
            continue
        glue = next(
            (j for j in range(first.end, min(first.end + _REACH, reader.sent.end - 1))
             if words[j] in {"and", ";", "who", "which"} and j not in reader.covering),
            None,
        )  # fmt: skip
        second = _person_near(reader, glue + 1) if glue is not None else None
        if second is None or words[glue] != "and" or _more_people(reader, first, second):
            continue
        reader.relate(first, "COLLABORATES_WITH", second, confidence=0.6)


_REACH = 16  # "Jo Tern of the Kelby Department of Geography and": tokens to "and"
_SKIP = 3  # "retired teacher Ada Foss": lower-case words before a person's name


def _person_near(reader: SentenceReader, k: int):
    """The person named at token k, past a few lower-case words or a title
    ("outreach librarian Jo Tern", "Dr Jo Tern"); else None."""
    for j in range(k, min(k + _SKIP + 1, reader.sent.end)):
        named = reader.by_start.get(j)
        if named is not None:
            return named if reader.kind(named) == "Person" else None
        if not reader.doc[j].is_lower and reader.words[j].rstrip(".") not in lx.HONORIFICS:
            return None
    return None


def _more_people(reader: SentenceReader, first, second) -> bool:
    """Whether another person is named between the two, or one more is listed right
    after the second ("led by A, B and C", "A and B, and C"): a team, not a pair."""
    between = [m for m in reader.ms if first.end <= m.start < second.start]
    after = second.end
    while after < reader.sent.end and reader.words[after] in {",", "and"}:
        after += 1
    listed_on = after > second.end and reader.kind(reader.by_start.get(after)) == "Person"
    return listed_on or any(reader.kind(m) == "Person" for m in between)
