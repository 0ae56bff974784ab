"""A partnership between named parties (the `partnership_between` cue, for
`partnership.partnerships`): "a partnership between A and B", "between three
organisations: A, B and C", "signed between the University and Foo": each party
PARTNER_OF each other (`party_pairs`); and what the partnership is, when named
before the cue ("The Foo Project, a partnership between A and B", "The Foo Service
will be run jointly by A and B"): its parties run it (a fund, they pay into it).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.group_bodies import past_count
from collabgraph.extract.rules.openers import two_named_back
from collabgraph.extract.rules.partner_leads import party_pairs
from collabgraph.extract.rules.reader import SentenceReader

# what a partnership's work is called ("the Foo Project", "the Foo Fund"), or a
# facility or service it runs ("the Foo Hub is a joint venture between A and B")
_RUN_HEADS = lx.STRONG_PROJECT_HEADS | {"fund"} | vocab.words("facility_heads")
# what a named thing is called when the noun follows its name ("the Foo course")
_RUN_NOUNS = vocab.words("programme_run_nouns")
_PARTY_KINDS = frozenset({"Organisation", "Place", "Project", "Person", None})


def partnerships_between(reader: SentenceReader) -> None:
    """ "a partnership between A and B" (`partnership_between`): the parties are
    partners of each other, and run what the partnership is (see the module)."""
    for cue in reader.cues("partnership_between"):
        # names not yet typed, or typed for now as a place, project or person ("Foo" for
        # "Foo Housing", "Kelby Family Hubs"), count: the seed keeps a pair only if both
        # end up bodies
        start = past_count(reader, cue.end)  # "between three organisations: A, B and C"
        # "between A, an arts charity in Kelby, and B": what A is, set off by commas
        named_back, start = two_named_back(reader, start)  # "between the two groups and C"
        parties = named_back + reader.list_after(start, kinds=_PARTY_KINDS, apposed=True)
        named = _named_back(reader, cue.end)  # "signed between the University and Foo"
        if named is not None:
            parties = [named, *reader.list_after(cue.end + 3, kinds={"Organisation", None})]
        if len(parties) > 1 and not any(reader.kind(p) == "Organisation" for p in parties):
            continue  # "the partnership between Jane and Tom": nobody said to be a body
        for a, b in party_pairs(parties):
            reader.relate(a, cue.cue.relations, b, confidence=0.8)
        if cue.cue.params.get("made"):
            continue  # "a guide developed jointly by A and B": they made it, not run it
        joint = _described_by(reader, cue.start)
        fund = joint is not None and joint.text.split()[-1].lower() == "fund"
        for p in parties if joint is not None else ():
            reader.relate(p, ("RUNS", "ORGANISED"), joint, confidence=0.7)
            if fund:  # "the Foo Fund, a partnership between A and B": they pay into it
                reader.relate(p, "FUNDED", joint, confidence=0.65)


_AUXILIARIES = frozenset({"will", "would", "be", "been", "is", "was", "are", "has", "have", "had"})


def _described_by(reader: SentenceReader, cue: int):
    """ "The Foo Fund, a partnership between A and B, ...", "The Foo Project is a
    partnership of A and B": the project or event the partnership is (its parties
    run it; a fund, whatever it is read as, they fund), when the noun before the
    cue is set off after its name or is what the name is."""
    k = cue - 1
    while k > reader.sent.start and reader.words[k] in {"a", "an", "the", "new", "joint"}:
        k -= 1
    named = reader.by_end.get(k) if reader.words[k] in {",", "is", "was"} else None
    if named is None and reader.words[k] == "," and reader.words[k - 1] in _RUN_NOUNS:
        named = reader.by_end.get(k - 1)  # "The Foo course, co-delivered by A and B"
        if named is not None and reader.kind(named) != "Person":  # the noun says what it is
            named.votes["Project"] += 6
            reader.ctx.votes_for(named)["Project"] += 6
    j = k
    while j > reader.sent.start and reader.words[j] in _AUXILIARIES:
        j -= 1  # "The Foo Service will be run jointly by A and B": what they will run
    if named is None and j < k:
        named = reader.by_end.get(j + 1)
    if named is None:
        return None
    if reader.kind(named) == "Organisation" and named.text.split()[-1].lower() in _RUN_HEADS:
        # "The Foo Project, a partnership between A and B": the partnership's work, a
        # project by its name, though "a partnership" first read it as a body
        named.votes["Project"] += 6
        reader.ctx.votes_for(named)["Project"] += 6
        named.run_by_body = True  # outweighs its head word at every other mention
    fund = named.text.split()[-1].lower() == "fund"
    return named if reader.kind(named) in {"Project", "Event"} or fund else None


def _named_back(reader: SentenceReader, k: int):
    """ "between the University and Foo": the body named earlier that "the" and
    its last word at token k stand for, when "and" follows; else None."""
    if (
        k + 2 >= reader.sent.end
        or reader.words[k + 2] not in {"and", "&"}
        or k + 1 in reader.by_start
    ):
        return None
    return reader.definite_org(k)


__all__ = ["partnerships_between"]
