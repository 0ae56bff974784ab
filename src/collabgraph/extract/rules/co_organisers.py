"""Second organisers named after the first: "the fun run was put on by Foo Rotary
with help from Bar Scouts", "a café run by Foo Collective with nurse Jo Tern",
"hosted by Foo in partnership with Bar": the one after the link word organised
the occasion too. Only for events: a project "run by A in partnership with B"
has B as a partner, not a runner (GOLD.md).

Reads the ORGANISED candidates this sentence has already made from a "by"
phrase (rules/agents.py runs first): each organiser named in the sentence, its
event, and the words right after the last name of its list. The links are data
(vocab/organiser_help_links.txt); a bare "with" counts only when a name follows
at once (one lower-case title word may stand before a person: "with nurse Jo
Tern"), never "with volunteers from Bar" (helpers, not organisers) or "with
funding from Bar" (a funder).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none (it reads the
sentence's candidates and a word list)."""

_LINKS = tuple(tuple(p.split()) for p in sorted(vocab.words("organiser_help_links")))
_KINDS = {"Organisation", "Person"}


def _link_end(words: list[str], k: int, end: int) -> int | None:
    """The index after a link phrase starting at k, or None."""
    for link in _LINKS:
        if k + len(link) <= end and tuple(words[k : k + len(link)]) == link:
            return k + len(link)
    return None


def helpers_after_by(reader: SentenceReader) -> None:
    """ "organised by A with help from B", "run by A with B": B ORGANISED the
    event A organised, when B is a body or person named right after the link."""
    words, sent = reader.words, reader.sent
    made = [
        c
        for c in reader.ctx.candidates
        if c.evidence == reader.evidence[:500]
        and "ORGANISED" in c.relations
        and c.source in reader.by_id
        and 0 <= c.target < len(reader.ctx.mentions)
        and reader.ctx.type_of(reader.ctx.mentions[c.target]) == "Event"
    ]
    done: set[tuple[int, int]] = {(c.source, c.target) for c in made}
    for c in made:
        m = reader.by_id[c.source]
        before = words[max(sent.start, m.start - 2) : m.start]
        if reader.kind(m) not in _KINDS or "by" not in before[-1:] + before[:1] * (
            before[-1:] == ["the"]
        ):
            continue  # only the first name after "by"; its list is walked below
        listed = reader.list_after(m.start)
        k = listed[-1].end if listed and listed[0].id == m.id else m.end
        start = _link_end(words, k, sent.end)
        if start is None and words[k : k + 1] == ["with"]:
            start = k + 1
            if reader.mention_at(start) is None and words[start + 1 : start + 2]:
                nxt = reader.mention_at(start + 1)  # "with nurse Jo Tern"
                if nxt is not None and reader.kind(nxt) == "Person" and words[start].islower():
                    start += 1
            first = reader.mention_at(start)
            helpers = [first] if first is not None else []  # "with nurse Jo Tern of Bar"
        elif start is not None:
            helpers = reader.list_after(start)
        else:
            continue
        for x in helpers:
            if reader.kind(x) in _KINDS and (x.id, c.target) not in done:
                done.add((x.id, c.target))
                reader.relate(x, "ORGANISED", c.target, confidence=0.65)
