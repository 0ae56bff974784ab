"""Who a partnership is between, for the partnership rules: the body that leads
("our partnership with A", "the University has signed ... with A", "by A ... in
partnership with B", "By working in partnership with A, we ..."), the bodies a
sentence opens with, the pairs one partnership makes (`party_pairs`), whether
an event is said to be hosted before its partners are named, and the page's own
body as a partner ("A is working in partnership with us": `with_us`; "a screening
in partnership with A", no one named before: `nobody_before`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.tokens import OPENING_QUOTES
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.openers import opening_subjects
from collabgraph.extract.rules.reader import SentenceReader

_FEW_PARTIES = 4  # parties at most a partnership is read as each one with each


def party_pairs(parties: list) -> list[tuple]:
    """The pairs of partners one partnership makes: each with each among a few
    ("a partnership between A, B and C" -> A-B, A-C, B-C); among more than
    `_FEW_PARTIES`, the first named with each of the others ("a partnership between
    A, B, C, D and E" -> A-B ... A-E): a long list is the first body and those it
    brought in, not 10 pairs the page never spoke of."""
    if len(parties) > _FEW_PARTIES:
        return [(parties[0], p) for p in parties[1:]]
    return [(a, b) for i, a in enumerate(parties) for b in parties[i + 1 :]]


def hosted_before(reader: SentenceReader, i: int, target: int) -> bool:
    """Whether the event `target` is said to be hosted or organised between its name
    and the cue at token i: "the event was hosted by A and B, in partnership with
    C", "The summit, organised in partnership with C" (C organised it too)."""
    m = reader.ctx.mentions[target]
    if reader.kind(m) != "Event":
        return False
    here = m in reader.ms and m.end <= i  # named in this sentence, before the cue
    return any(
        reader.words[k] in lx.HOST_VERBS for k in range(m.end if here else reader.sent.start, i)
    )


def fellow_subjects(reader: SentenceReader, lead: int, i: int | None = None) -> list[int]:
    """The lead and the names it opens the sentence with before its verb ("A and B
    have launched ...": both), when the lead is the last of them; or the agents
    listed with it after the last "by" before the cue at token i ("It is delivered
    by A and the charity B, in partnership with C": both); else [lead]."""
    subjects = opening_subjects(reader)
    if subjects and subjects[-1].id == lead:
        return [m.id for m in subjects if reader.kind(m) == "Organisation"] or [lead]
    back = range(i - 1, reader.sent.start, -1) if i is not None else ()
    by = next((k for k in back if reader.words[k] == "by"), None)
    agents = reader.list_after(by + 1) if by is not None else []
    if len(agents) > 1 and agents[-1].id == lead:  # a person's tie is read as collaboration
        return [m.id for m in agents if reader.kind(m) != "Place"]
    return [lead]


def we_after(reader: SentenceReader, k: int) -> int | None:
    """The organisation "we" is when the phrase naming the partners ends at token k
    with a comma and "we" opens the main clause ("By working in partnership with A
    and B, we will ...", "To work alongside A, we have ..."): the speaker's inside a
    quote, else the page's own; None otherwise."""
    if k + 1 >= reader.sent.end or reader.words[k] != "," or reader.words[k + 1] != "we":
        return None
    ours = reader.we_org(k + 1)
    return ours if ours is not None else PAGE_ORG


def lead_before(reader: SentenceReader, i: int) -> int | None:
    """Who is in partnership: the organisation "our" stands for right before the cue
    ("our partnership with A", "our new partnership with A"), else the agent of an
    earlier "by X", else the nearest organisation, named or called by its kind ("the
    University" for the university named before); a "we" before the cue is a mention
    of its body in the sentence reader (rules/voice.py)."""
    ours = _our_before(reader, i)
    if ours is not None:
        return ours
    for k in range(i - 1, reader.sent.start, -1):
        if reader.words[k] == "by":
            agents = reader.list_after(k + 1)
            if agents:
                return agents[-1].id
    opener = _opener_past_comma(reader, i)
    if opener is not None:
        return opener
    m = reader.before(i, kinds={"Organisation"})
    if m is not None:
        return m.id
    # "The University has signed an agreement with A": the university named before
    for k in range(i - 2, reader.sent.start - 1, -1):
        named = reader.definite_org(k)
        if named is not None:
            return named.id
    if _possessive_before(reader, i, "its"):
        # "Foo is a housing body. Its plan is to build homes through its partnership
        # with A": the body the last sentences were about
        return reader.ctx.last_org_subject
    return None


def _opener_past_comma(reader: SentenceReader, i: int) -> int | None:
    """ "Foo has opened the Bar Cafe, alongside partners A and B": for a cue set off
    by a comma at token i, the organisation the sentence opens with (the doer), not
    the name nearest before the comma (what Foo opened); None when the cue has no
    comma before it or no organisation opens the sentence."""
    if i - 1 <= reader.sent.start or reader.words[i - 1] != ",":
        return None
    opener = next(iter(opening_subjects(reader)), None)
    if opener is None or opener.end >= i - 1 or reader.kind(opener) != "Organisation":
        return None
    return opener.id


_OUR_GAP = 3  # words at most between "our" and the cue: "our long - standing"


def _our_before(reader: SentenceReader, i: int) -> int | None:
    """The organisation "our" right before the cue at token i is, a few describing
    words apart (the speaker's inside a quote, else the page's own, `PAGE_ORG`
    before the page names itself): "our partnership with A", "our long-standing
    partnership with A"; None when no "our" is there, or a noun comes between
    ("our volunteers alongside A": the volunteers' work, not a partnership)."""
    if not _possessive_before(reader, i, "our"):
        return None
    k = next(k for k in range(i - 1, reader.sent.start - 1, -1) if reader.words[k] == "our")
    ours = reader.we_org(k)
    return ours if ours is not None else PAGE_ORG


def _possessive_before(reader: SentenceReader, i: int, word: str) -> bool:
    """Whether the possessive `word` ("our", "its") comes right before the cue at
    token i, a few describing words apart ("its long-standing partnership with")."""
    for k in range(i - 1, max(reader.sent.start, i - 1 - _OUR_GAP) - 1, -1):
        if reader.words[k] == word:
            return True
        tok = reader.doc[k]
        if tok.dep_ == "compound" and tok.head.i == i and tok.is_lower:
            continue  # "our research partnership with": a noun describing the cue's
        if (not tok.is_lower and tok.text != "-") or tok.pos_ in {"NOUN", "PROPN", "AUX"}:
            return False
        if tok.pos_ == "VERB" and tok.tag_ not in {"VBG", "VBN"}:
            return False  # "our staff worked alongside A"
    return False


def us_after(reader: SentenceReader, k: int) -> int | None:
    """The organisation "us" at token k is, right after a cue of working together
    ("A is working in partnership with us", "B has partnered with us"): `ours_at`;
    None when no "us" is there (nor "US", the country)."""
    if k >= reader.sent.end or reader.doc[k].text != "us":
        return None
    return ours_at(reader, k)


def ours_at(reader: SentenceReader, k: int) -> int | None:
    """The organisation "we", "us" or "our" at token k is: the speaker's inside a
    quote (None when the speaker's body is not known), else the page's own
    (`PAGE_ORG` before the page names itself)."""
    ours = reader.we_org(k)
    if ours is None and not reader.in_quote(k):
        return PAGE_ORG
    return ours


def said_ours(noun) -> bool:
    """Whether "our" owns the noun (a spaCy Token): "our (core) funders", "our core
    costs"."""
    return any(c.dep_ == "poss" and c.lower_ == "our" for c in noun.children)


def doers_before(reader: SentenceReader, i: int) -> list:
    """The people and bodies whose verb ends at the cue at token i, over its
    auxiliaries and adverbs ("A and B are now working in partnership with us":
    A and B)."""
    j = i
    while (
        j > reader.sent.start
        and reader.doc[j - 1].is_lower
        and (
            reader.doc[j - 1].pos_ in {"AUX", "ADV", "PART"}
            or reader.doc[j - 1].tag_ in {"VBG", "VBN"}
        )
    ):
        j -= 1
    return reader.subjects_before(j, frozenset({"Person", "Organisation"}))


def nobody_before(reader: SentenceReader, i: int) -> bool:
    """Whether no person or body is named before the cue at token i, and a name
    right before it is of what is done in partnership ("a premiere of 'Foo' in
    partnership with A": an event, a project, a title in quotes), not a place
    ("Kelby, in partnership with A": the town's work, not the page's) nor another
    name not yet typed; no "we", "our" or "their" before it either. With no name
    right before ("This has included working in partnership with A"), False: the
    page's own body is then too often not the one in partnership (a news site's)."""
    if reader.before(i, kinds={"Person", "Organisation"}) is not None:
        return False
    if any(reader.words[k] in _SOMEONES for k in range(reader.sent.start, i)):
        return False  # "Our volunteers worked alongside A": their work, read by `lead_before`
    nearest = reader.before(i, limit=_NEAR)
    if nearest is None:
        return False
    if reader.kind(nearest) in {"Event", "Project", "Report"}:
        return True
    # a title in quotes, whatever it is read as yet ("a premiere of ‘Foo’ in partnership")
    k = nearest.start - 1 - (reader.words[nearest.start - 1] in lx.ARTICLES)
    return reader.kind(nearest) is None and k >= 0 and reader.doc[k].text in OPENING_QUOTES


_SOMEONES = frozenset({"we", "our", "us", "i", "my", "their", "his", "her"})
_NEAR = 4  # tokens at most between a name and the cue it says whose partnership is


def with_us(reader: SentenceReader, cue) -> None:
    """ "A and B are working in partnership with us", "Foo has partnered with us":
    the page's own body (or the speaker's) is the partner of the cue's doers."""
    us = us_after(reader, cue.end)
    if us is None:
        return
    for doer in doers_before(reader, cue.start):
        if doer.id != us:
            reader.relate(doer, cue.cue.relations, us, confidence=0.7)
