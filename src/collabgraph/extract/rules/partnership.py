"""Partnership: "in partnership with", "partnered with", "partners include", "a
partnership between A and B": PARTNER_OF (COLLABORATES_WITH when one side is a
person), and partners' PARTICIPATED_IN the project. Working together is in
`collaboration`; the names after "partners include" are read in `partner_lists`;
"a partnership between A and B" in `partnership_between`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.help_givers import maker_of_thing
from collabgraph.extract.rules.joint_runs import joint_runs, partnered_for, run_with_after
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
from collabgraph.extract.rules.partner_lists import lower_or_dash, partner_lists
from collabgraph.extract.rules.partnership_between import partnerships_between
from collabgraph.extract.rules.passive_bys import by_lists
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset(
    {
        "partner_with",
        "partnership_between",
        "partnered_with",
        "partner_list",
        "fellow_members",
        "joint_run_with",
        "run_jointly_with",
    }
)
"""The cue labels (pattern files) this family's rules read."""


def partnerships(reader: SentenceReader) -> None:
    """ "in partnership with A and B" (`partner_with`), "a partnership between A and
    B" (`partnership_between`), "X has partnered with A" (`partnered_with`),
    "partners include A, B and C" (`partner_list`). Partners of a project named
    before the cue take part in it (of an event, the seed keeps no partner's part);
    "the Foo Fund in association with A": A takes part in the fund if it ends up a
    project, else is its partner."""
    for cue in reader.cues("partner_with"):
        working = reader.cue_ending_at("collaborate_with", cue.end)
        if working is not None and working.start < cue.start:
            continue  # "working alongside A": working with A (`collaboration`)
        named = reader.covering.get(cue.start)
        if named is not None and named.start < cue.start:
            continue  # "the Kelby Safety Partnership with Fenby Trust": a name's last word
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
        # "By working in partnership with A and B, we will ...": read here, for a
        # quotation opened in the same sentence has no "we" mention (rules/voice.py)
        if lead is None:
            lead = we_after(reader, partners[-1].end)
        if lead is None and opening:
            lead = reader.ctx.last_org_subject
        if lead is None and nobody_before(reader, cue.start):
            # "This has included working in partnership with A", "a screening in
            # partnership with A": no one named before, the body the page speaks for
            lead = ours_at(reader, cue.start)
        if lead is None:  # "The beds were designed in collaboration with A": their maker
            lead = maker_of_thing(reader, cue.start)
        target = reader.target_before(cue.start, ("Project", "Event"))
        leads = fellow_subjects(reader, lead, cue.start) if lead is not None else []
        hosted = target is not None and hosted_before(reader, cue.start, target)
        if target is None and _host_line(reader):  # "Hosted by A in association with B"
            target = reader.ctx.focus_of(reader.section, "Event")  # the page's event
            hosted = target is not None
        agents = {m.id for _, names in by_lists(reader, cue.start) for m in names}
        said = "partnership" in reader.words[cue.start : cue.end] and len(agents) == 1
        if hosted and lead in agents and not said:
            leads = []  # "the event was hosted by A (and B), in association with C": C
            # organised it with them; co-hosts, not said to be partners of each other
            # (one host "in partnership with C" is: A and C partners, as the words say)
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
    partnerships_between(reader)
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
        # a "we" before the cue, read here too: a quotation opened in the same sentence
        # ('X said: “We are delighted to be partnering with A”') has no "we" mention
        lead_ids = [m.id for m in leads] or [reader.we(i)]
        if not partners:
            with_us(reader, cue)
        for p in partners:
            for lead_id in lead_ids:
                reader.relate(lead_id, cue.cue.relations, p, confidence=0.75)
    partner_lists(reader)
    joint_runs(reader)
    partnered_for(reader)
    run_with_after(reader)


_HOST_LINE_VERBS = vocab.words("host_line_verbs")


def _host_line(reader: SentenceReader) -> bool:
    """Whether the sentence opens with a verb of hosting and "by" ("Hosted by A in
    association with B", "Presented by A with B": a line under an event's title,
    `vocab/host_line_verbs.txt`): its names host the page's event."""
    k = reader.sent.start
    return (
        k + 1 < reader.sent.end
        and reader.words[k] in _HOST_LINE_VERBS
        and (reader.words[k + 1] == "by")
    )


_GROUP_SEATS = frozenset({"partner", "partners", "member", "members", "part"})


def _group_before(reader: SentenceReader, i: int):
    """The body named right before the cue at token i (a comma apart) as one that
    partners or members are "in" or "of" ("one of five partners in the Foo Alliance,
    alongside A"), or that one is "part of" ("part of the Foo Partnership, alongside
    A"): the group the names after the cue belong to too; else None."""
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


def _copula_subjects(reader: SentenceReader, i: int) -> list:
    """ "Foo is a long-standing partner of", "Foo and Bar are partners of", "Foo has
    been a sponsor partner of": the bodies before "is"/"are" and a few lower-case
    words ending before token i."""
    k = i - 1
    while (
        k > reader.sent.start and i - k <= 5 and (reader.doc[k].is_lower or reader.words[k] == "-")
    ):
        if reader.words[k] in {"is", "was", "are", "were", "remains", "became", "been"}:
            v = reader.before_verb(k) + 1  # "Foo has been": back over "has"
            return reader.subjects_before(v, frozenset({"Organisation"}))
        k -= 1
    return []


def _appositive(reader: SentenceReader, i: int) -> list:
    """ "Foo, a long-standing partner of", "Foo, the main delivery partner for": the
    body set off by a comma before "a"/"the" and a few lower-case words ending
    before token i."""
    k = i - 1
    while k > reader.sent.start and i - k <= 5 and lower_or_dash(reader, k):
        if reader.words[k] in lx.ARTICLES and reader.words[k - 1] == ",":
            named = reader.by_end.get(k - 1)
            return [named] if named is not None and reader.kind(named) == "Organisation" else []
        k -= 1
    return []


def partnership_word(reader: SentenceReader) -> None:
    """ "The partnership will ...", "this new partnership", "a three-year
    partnership": the page calls what its organisations do together a partnership
    (their working together is PARTNER_OF)."""
    words = reader.words
    for i in range(reader.sent.start + 1, reader.sent.end):
        if words[i] != "partnership":
            continue
        before = reader.doc[i - 1]  # "the partnership", "a three-year / formal partnership"
        if words[i - 1] in {"the", "this", "our", "new", "a"} or (
            reader.doc[i].is_lower and before.is_lower and before.pos_ in {"ADJ", "NOUN"}
        ):
            nxt = reader.doc[i + 1] if i + 1 < reader.sent.end else None
            if words[i - 1] == "the" and named_partnership(reader):
                continue  # "advise the partnership": the Kelby Food Partnership named before
            if nxt is None or not nxt.text[:1].isupper():
                reader.ctx.calls_it_partnership = True


def named_partnership(reader: SentenceReader) -> bool:
    """Whether the page has named a body "... Partnership" before ("the Kelby Food
    Partnership"): "the partnership" after it is that body, not a word for how others
    work together."""
    return reader.ctx.recent_with_word("partnership", "Organisation") is not None
