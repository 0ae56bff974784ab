"""Partnership: "in partnership with", "partnered with", "partners include", "a
partnership between A and B": PARTNER_OF (COLLABORATES_WITH when one side is a
person), and partners' PARTICIPATED_IN the project. Working together is in
`collaboration`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.agents import by_lists
from collabgraph.extract.rules.openers import opening_subject
from collabgraph.extract.rules.partner_leads import (
    fellow_subjects,
    hosted_before,
    lead_before,
    nobody_before,
    ours_at,
    party_pairs,
    we_after,
    with_us,
)
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset(
    {"partner_with", "partnership_between", "partnered_with", "partner_list", "fellow_members"}
)
"""The cue labels (pattern files) this family's rules read."""

# what a partnership's work is called ("the Foo Project", "the Foo Fund"), or a
# facility or service it runs ("the Foo Hub is a joint venture between A and B")
_RUN_HEADS = lx.STRONG_PROJECT_HEADS | {"fund"} | vocab.words("facility_heads")
_LIST_GLUE = vocab.words("partner_list_glue")


def partnerships(reader: SentenceReader) -> None:
    """ "in partnership with A and B" (`partner_with`), "a partnership between A and
    B" (`partnership_between`), "X has partnered with A" (`partnered_with`),
    "partners include A, B and C" (`partner_list`). Partners of a project named
    before the cue take part in it (of an event, the seed keeps no partner's part);
    "the Foo Fund in association with A": A takes part in the fund if it ends up a
    project, else is its partner."""
    for cue in reader.cues("partner_with"):
        partners = reader.list_after(cue.end, kinds={"Organisation", None})
        if not partners:
            with_us(reader, cue)
            continue
        if _group_before(reader, cue.start) is not None:
            continue  # "one of five partners in the Bar Alliance, alongside A": fellow members
        opening = cue.start <= reader.sent.start + 2  # "In a partnership with A and B, ..."
        lead = lead_before(reader, cue.start)
        if lead is None and opening:  # "Working alongside A, Foo will", "..., the Trust will"
            subject, partners = opening_subject(reader, partners, {"Organisation"})
            lead = subject.id if subject is not None else None
        if lead is None:  # "By working in partnership with A and B, we will ..."
            lead = we_after(reader, partners[-1].end)
        if lead is None and opening:
            lead = reader.ctx.last_org_subject
        if lead is None and nobody_before(reader, cue.start):
            # "This has included working in partnership with A", "a screening in
            # partnership with A": no one named before, the body the page speaks for
            lead = ours_at(reader, cue.start)
        target = reader.target_before(cue.start, ("Project", "Event"))
        leads = fellow_subjects(reader, lead) if lead is not None else []
        hosted = target is not None and hosted_before(reader, cue.start, target)
        agents = {m.id for _, names in by_lists(reader, cue.start) for m in names}
        if hosted and lead in agents:
            leads = []  # "the event was hosted by A, in partnership with C": C organised it
            # with A; co-hosts, not said to be partners of each other
        rels = cue.cue.relations
        if cue.cue.params.get("collaboration"):  # settled by `partnership_word`
            rels = ("COLLABORATES_WITH", "if a partnership")
        for p in partners:
            for one in leads:  # "A and B launched it in conjunction with C": both partner C
                reader.relate(one, rels, p, confidence=0.8)
            if hosted:
                reader.relate(p, "ORGANISED", target, confidence=0.75)
            elif target is not None:
                reader.relate(p, "PARTICIPATED_IN", target, role="partner", confidence=0.75)
            elif lead is not None:  # "the Foo Fund in association with A": if Foo Fund
                # ends up a project, A is its partner (the seed keeps the type that fits)
                reader.relate(p, "PARTICIPATED_IN", lead, role="partner", confidence=0.7)
        if opening and lead is not None and cue.cue.params.get("joint"):
            for a, b in party_pairs(partners):  # the partners of one partnership with each other
                reader.relate(a, cue.cue.relations, b, confidence=0.6)
    for cue in reader.cues("fellow_members"):
        group = _group_before(reader, cue.start)
        if group is None:
            continue
        # "Foo is one of five partners in the Bar Alliance, alongside A and B": A and B
        # are members of Bar too, not its partners
        for p in reader.list_after(cue.end, kinds={"Organisation", None}):
            reader.relate(p, "MEMBER_OF", group.id, role="member", confidence=0.7)
    for cue in reader.cues("partnership_between"):
        # names not yet typed, or typed for now as a place or project ("Foo" for "Foo
        # Housing"), count: the seed keeps a pair only if both end up bodies
        start = _past_count(reader, cue.end)  # "between three organisations: A, B and C"
        parties = reader.list_after(start, kinds={"Organisation", "Place", "Project", None})
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
    for cue in reader.cues("partnered_with"):
        i = cue.start
        lead = reader.by_end.get(i) or reader.by_end.get(i - 1)
        if lead is None and reader.words[i - 1] in {"has", "have", "are", "is", "will"}:
            lead = reader.by_end.get(i - 1)
        partners = reader.list_after(cue.end, kinds={"Organisation"})
        if lead is None and i == reader.sent.start:  # "Partnering with A, the Trust gave"
            lead, partners = opening_subject(reader, partners, {"Organisation"})
        leads = (
            [lead] if lead is not None else _copula_subjects(reader, i) or _appositive(reader, i)
        )
        # "Foo and Bar are long-standing partners of Baz", "Foo, a key partner of Baz,"
        lead_ids = [m.id for m in leads] or [reader.we(i)]
        if not partners:
            with_us(reader, cue)
        for p in partners:
            for lead_id in lead_ids:
                reader.relate(lead_id, cue.cue.relations, p, confidence=0.75)
    _partner_lists(reader)


_GROUP_SEATS = frozenset({"partner", "partners", "member", "members"})


def _group_before(reader: SentenceReader, i: int):
    """The body named right before the cue at token i (a comma apart) as one that
    partners or members are "in" or "of" ("one of five partners in the Foo
    Alliance, alongside A"): the group the names after the cue belong to too; else
    None."""
    k = i - 1 if i - 1 > reader.sent.start and reader.words[i - 1] == "," else i
    named = reader.by_end.get(k)
    if named is None or reader.kind(named) != "Organisation":
        return None
    j = named.start - 1
    if j > reader.sent.start and reader.words[j] == "the":
        j -= 1
    if j - 1 < reader.sent.start or reader.words[j] not in {"in", "of"}:
        return None
    return named if reader.words[j - 1] in _GROUP_SEATS else None


_COUNT_WORDS = 3  # lower-case words at most between a count and its plural noun
_COUNT_CLOSERS = frozenset({":", ",", "including", "namely"}) | lx.DASHES


def _past_count(reader: SentenceReader, k: int) -> int:
    """Past "three organisations:" at token k (or after the count at k - 1: "run
    by three | organisations – A, B and C"): a count, a few describing words and a
    plural noun, then a colon, dash, comma or "including"; else k."""
    doc, end = reader.doc, reader.sent.end
    if k < end and doc[k].like_num:
        j = k + 1
    elif k - 1 >= reader.sent.start and doc[k - 1].like_num:
        j = k
    else:
        return k
    for n in range(j, min(j + _COUNT_WORDS, end)):
        if n in reader.by_start:
            return k
        if doc[n].tag_ == "NNS":
            n += 1
            while n < end and reader.words[n] in _COUNT_CLOSERS:
                n += 1
            return n
    return k


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


def _partner_lists(reader: SentenceReader) -> None:
    """ "partners include A, B and C", "partners across the area including A and
    B", "partnering organisations are ..."; "our partner trusts, A and B", "Foo and
    its partners, A and B": "our" organisation's partners, Foo's."""
    cues = {c.end - 1: c for c in reversed(reader.cues("partner_list"))}  # list noun -> cue
    for i in sorted(cues):
        j = _list_start(reader, i)
        if j is None:
            continue
        owner = _possessor(reader, i)
        if owner is not None:  # "Foo's partners include A", "its team and partners like A"
            for p in reader.list_after(j, kinds={"Organisation"}):
                reader.relate(owner, "PARTNER_OF", p, confidence=0.7)
            continue
        w = next((k for k in range(i - 1, max(reader.sent.start, i - 3) - 1, -1)
                  if reader.words[k] in {"our", "its", "their"}), None)  # fmt: skip
        if w is not None and all(_lower_or_dash(reader, k) for k in range(w + 1, i)):
            # "our partners A and B"; "Foo Trust and its partners A and B": Foo Trust's;
            # "The service will work with its delivery partner, A": the body last the subject
            # (before the page names itself, "our" is the page's own body: `ours_at`)
            ours = ours_at(reader, w) if reader.words[w] == "our" else its_body(reader, w)
            for p in reader.list_after(j, kinds={"Organisation"}):
                reader.relate(ours, "PARTNER_OF", p, confidence=0.7)
            continue
        items = reader.list_after(j, kinds={"Organisation"})
        target = reader.target_before(i, ("Project", "Event"))
        if target is None:
            target = reader.ctx.focus_of(reader.section, "Project") or reader.ctx.focus_of(
                reader.section, "Event"
            )
        cue = cues[i].cue
        for p in items:
            reader.relate(p, cue.relations, target, role=cue.role, confidence=0.7)


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


def its_body(reader: SentenceReader, w: int) -> int | None:
    """The body "its"/"their" at token w stands for: one named earlier in the
    sentence, else the one the last sentences were about ("Foo Network met. Its
    members ..." -> Foo Network's id)."""
    named = reader.before(w, kinds={"Organisation"}, limit=12)
    return named.id if named is not None else reader.ctx.last_org_subject


def _lower_or_dash(reader: SentenceReader, k: int) -> bool:
    return reader.doc[k].is_lower or reader.words[k] == "-"  # "long - standing"


def _copula_subjects(reader: SentenceReader, i: int) -> list:
    """ "Foo is a long-standing partner of", "Foo and Bar are partners of": the
    bodies before "is"/"are" and a few lower-case words ending before token i."""
    k = i - 1
    while (
        k > reader.sent.start and i - k <= 5 and (reader.doc[k].is_lower or reader.words[k] == "-")
    ):
        if reader.words[k] in {"is", "was", "are", "were", "remains", "became"}:
            return reader.subjects_before(k, frozenset({"Organisation"}))
        k -= 1
    return []


def _appositive(reader: SentenceReader, i: int) -> list:
    """ "Foo, a long-standing partner of", "Foo, the main delivery partner for": the
    body set off by a comma before "a"/"the" and a few lower-case words ending
    before token i."""
    k = i - 1
    while k > reader.sent.start and i - k <= 5 and _lower_or_dash(reader, k):
        if reader.words[k] in {"a", "an", "the"} and reader.words[k - 1] == ",":
            named = reader.by_end.get(k - 1)
            return [named] if named is not None and reader.kind(named) == "Organisation" else []
        k -= 1
    return []


def _possessor(reader: SentenceReader, i: int):
    """The body whose partners the list noun at token i names: "Foo's partners",
    "the council's team and partners like", "its staff and partners such as" (the
    body "its" stands for: the sentence's subject)."""
    tok = reader.doc[i]
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    for h in heads:
        for c in h.children:
            if c.dep_ != "poss":
                continue
            named = next((m for m in reader.ms if m.start <= c.i < m.end), None)
            if named is None and c.lower_ in {"its", "their"}:
                subjects = [m for m in reader.ms if m.end <= c.i]
                named = (
                    subjects[0] if subjects and subjects[0].start <= reader.sent.start + 1 else None
                )
            if named is None and c.i >= 2 and reader.words[c.i] in {"'s", "’s"}:
                named = reader.definite_org(c.i - 2)  # "the council's team"
            if (
                named is None
                and c.i + 1 < reader.sent.end
                and reader.words[c.i + 1] in {"'s", "’s"}
            ):
                named = reader.definite_org(c.i - 1)  # "the council" the owner, "'s" its case
            if named is not None and reader.kind(named) == "Organisation":
                return named
    return None


def _list_start(reader: SentenceReader, i: int) -> int | None:
    """Where the names after a partner word begin: "partners include A", "partner
    trusts, A", "partners across the area including A"; None when none follow."""
    j = i + 1
    plural = reader.doc[i].tag_ == "NNS"
    if j < reader.sent.end and reader.doc[j].tag_ == "NNS":
        j, plural = j + 1, True  # "our partner trusts, A and B"
    if not plural and j < reader.sent.end and reader.words[j] == "," and _owned(reader, i):
        return j + 1  # "its delivery partner, the Foo Company": one partner, set off by a comma
    if reader.mention_at(j) is not None and _owned(reader, i):
        return j  # "Foo and its partner Bar Trust", "our partners Bar Trust and Baz"
    start = j
    while j < reader.sent.end and (
        reader.words[j] in _LIST_GLUE or (plural and reader.words[j] == ",")
    ):
        j += 1
    if j > start:
        return j
    # "partners across the area including A": a few words, then "including"
    for k in range(i + 1, min(i + 7, reader.sent.end)):
        if reader.words[k] in {"including", "include", "includes", ":"}:
            return k + 1
        if reader.by_start.get(k) is not None or reader.doc[k].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _owned(reader: SentenceReader, i: int) -> bool:
    """Whether the partner word at token i is someone's: "its partner", "Foo's
    delivery partner", "their long-standing partner"."""
    k = i - 1
    while k > reader.sent.start and i - k <= 3 and _lower_or_dash(reader, k):
        if reader.words[k] in _OWNERS:
            return True
        k -= 1
    return reader.words[k] in _OWNERS


_OWNERS = {"its", "their", "our", "'s", "’s"}


def partnership_word(reader: SentenceReader) -> None:
    """ "The partnership will ...", "this new partnership", "a three-year
    partnership": the page calls what its organisations do together a partnership
    (their working together is PARTNER_OF)."""
    words = reader.words
    for i in range(reader.sent.start + 1, reader.sent.end):
        before = reader.doc[i - 1]  # "the partnership", "a three-year / formal partnership"
        if words[i] == "partnership" and (
            words[i - 1] in {"the", "this", "our", "new", "a"}
            or (reader.doc[i].is_lower and before.is_lower and before.pos_ in {"ADJ", "NOUN"})
        ):
            nxt = reader.doc[i + 1] if i + 1 < reader.sent.end else None
            if nxt is None or not nxt.text[:1].isupper():
                reader.ctx.calls_it_partnership = True
