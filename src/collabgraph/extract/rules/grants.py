"""Grants: who funds whom, read across a grant announcement (the organising
family's funding, continued).

A page names its funder once ("£7m from the Foo Fund", "Foo Lottery
funding", "awarded by Foo") and its grantees after ("One of the groups receiving
funding is X", "Y has also been awarded a £5,000 grant", "a grant of £40,000 to
Z", "funding for our W project"). The funder named in the sentence, else the one
last named (`ctx.last_funder`), FUNDED each grantee (`received_funding` cues,
`vocab/grant_nouns.txt`). Who a sentence says received the money:
`rules/grant_receivers.py`. A body backing others "with" money, or thanked for
it: `rules/grant_backers.py`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.grant_funders import (
    programme_sources,
    sentence_funder,
    sentence_funders,
)
from collabgraph.extract.rules.grant_givers import distributor
from collabgraph.extract.rules.grant_lists import line_grantee
from collabgraph.extract.rules.grant_receivers import funding_for, granted_to, receivers
from collabgraph.extract.rules.grant_subjects import GRANTEE_KINDS, fund_receiving, into_round
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset({"received_funding", "selected_to_fund"})
"""The cue labels (pattern files) this family's rules read."""


def funders(reader: SentenceReader) -> None:
    """The funder a sentence names becomes the page's funder in view: "£7m from
    Foo", "with funding from Foo", "Foo funding", "a grant from Foo"; not a
    supporter beside an organisation said to award ("X has awarded £2m ..., with
    support from Y", "A was awarded £5,000 by X": X stays in view); "A has been
    awarded £2m from Foo" puts Foo in view; with no funder named, a fund the money
    is said to come from or be part of ("The money forms part of the Foo Fund")
    is in view, its runners' money (`programme_money`); a body announcing its grants
    "with support from" another stays in view (`_with_support`); a grant list's line
    ("Foo Club – £500 for ...", `grant_lists.line_grantee`) puts no one in view; a
    body announcing grants "awarded" with no name before the verb ("Foo is pleased to
    announce the grants awarded in Round 3") is in view."""
    words = reader.words
    if any(words[c.start - 1] not in lx.BE_FORMS for c in reader.cues("award")) or (
        reader.cues("passive_award") and "by" in words[reader.sent.start : reader.sent.end]
    ):
        giver = distributor(reader)  # "Foo is pleased to announce the grants awarded":
        if giver is not None and not any(reader.by_end.get(c.start) for c in reader.cues("award")):
            reader.ctx.last_funder = giver.id  # no name before "awarded", Foo in view
        return
    if line_grantee(reader, vote=False) is not None:
        return  # "Foo Club – £500 for a trip with women from Bar": a grantee's line
    found = sentence_funder(reader)
    giver = distributor(reader)
    if found is None or (giver is not None and _with_support(reader, giver, found)):
        found = giver  # "Foo has announced the awardees of its fund, with support from Bar"
    if found is None:  # "The money forms part of the Foo Fund": the fund's runners' money
        source = programme_sources(reader)
        if source:
            reader.ctx.last_funder = source[0].id
        return
    fund = fund_receiving(reader)  # "The Foo Fund was launched with £5m from Bar":
    # the fund's grantees are funded by the fund (its runners), not by Bar
    if fund is None and into_round(reader):
        return  # "The round was made possible by £5m from Bar": Bar gave to the round
    reader.ctx.last_funder = fund if fund is not None and fund != found.id else found.id


def _with_support(reader: SentenceReader, giver: Mention, named: Mention) -> bool:
    """Whether the money `named` gives is told as support "with" which the body
    announcing or passing on grants (`giver`, named before it) does so: "Foo has
    announced the awardees of the Bar Fund with support from Baz": Foo in view; or
    as the fund the grants it announces come "from": "Foo is pleased to confirm
    the following grants from the Bar Fund": Foo in view (the fund is its own)."""
    between = reader.words[giver.end : named.start]
    return giver.end <= named.start and ("with" in between or "from" in between)


def grantees(reader: SentenceReader) -> None:
    """ "X has been awarded £2m", "X received a grant", "groups receiving funding
    include X and Y" (`received_funding` cues); "a grant of £40,000 to X";
    "funding for our X project": the funder funded them."""
    named = [f.id for f in sentence_funders(reader) or programme_sources(reader)]
    funder_ids = named or [reader.ctx.last_funder]
    if funder_ids[0] is None:  # the funder may be named further on: `earlier_grantees`
        reader.ctx.pending.grantees += [
            (m.id, reader.section, reader.evidence) for m in _opening_grantees(reader)
        ]
        return
    fund = fund_receiving(reader) if named else None
    if fund is not None:  # "The Foo Fund, with £5m from Bar, has awarded ...": Bar
        for funder_id in funder_ids:  # funded the fund, the fund the groups
            if funder_id != fund:
                reader.relate(funder_id, "FUNDED", fund, confidence=0.7)
        funder_ids = [fund]
    got = _received(reader, named)
    for funder_id in funder_ids:
        for m in got:  # a mention, or PAGE_ORG: "we" before the page names itself
            if (m.id if isinstance(m, Mention) else m) != funder_id:
                reader.relate(funder_id, "FUNDED", m, confidence=0.7)
        for target in funding_for(reader):
            reader.relate(funder_id, "FUNDED", target, confidence=0.65)


def _received(reader: SentenceReader, named: list[int]) -> list[Mention | int]:
    """The grantees a sentence says received money (`received_funding` cues, "a
    grant of £40,000 to X"); `named`: the funders it names."""
    got: list[Mention | int] = []
    for cue in reader.cues("received_funding"):
        passive = cue.start > reader.sent.start and reader.words[cue.start - 1] in lx.BE_FORMS
        if cue.cue.params.get("passive_only") and not passive:
            continue  # "Foo has awarded £2m to ...": Foo is the funder (award cues)
        if cue.cue.params.get("named_funder_only") and not named:
            continue  # "Foo shared £2m between 40 groups": Foo gave, not received
        got += receivers(reader, cue)
    return got + granted_to(reader)


_MONEY_REACH = 8  # words at most from the verb of receiving to the money received


def _opening_grantees(reader: SentenceReader) -> list[Mention]:
    """The body or project a sentence opens with, right before a verb of receiving
    money ("Foo has been awarded £5,000", "Foo receives a grant"), and those named
    with it ("A and B have each received"); none for anything else. Read from the
    words alone, before the sentence names any funder."""
    for cue in reader.cues("received_funding"):
        if cue.cue.params.get("named_funder_only") or cue.cue.params.get("listed"):
            continue
        if cue.cue.params.get("funded_list"):
            continue
        subject = reader.by_end.get(reader.before_verb(cue.start) + 1)
        if subject is None or reader.kind(subject) not in GRANTEE_KINDS:
            continue
        reach = range(cue.end, min(cue.end + _MONEY_REACH, reader.sent.end))
        if not any(reader.is_funding(k) for k in reach):
            continue
        listed = [
            m
            for m in reader.subjects_before(subject.end, frozenset(GRANTEE_KINDS))
            if m.start >= reader.sent.start
        ]
        first = min([subject, *listed], key=lambda m: m.start)
        if first.start <= reader.sent.start + 1:
            return [subject, *(m for m in listed if m is not subject)]
    return []


def earlier_grantees(reader: SentenceReader) -> None:
    """ "Foo has been awarded £5,000 to ... . The funding comes from Bar": the
    grantees told before any funder was in view were funded by the first one the
    same section then puts in view (`ctx.last_funder`), the evidence their own
    sentence; not a grantee some rule already gave a funder ("Foo has selected A
    to receive grants")."""
    ctx = reader.ctx
    funder = ctx.last_funder
    if funder is None or not ctx.pending.grantees:
        return
    funded = {c.target for c in ctx.candidates if "FUNDED" in c.relations}
    for grantee, section, evidence in ctx.pending.grantees:
        if section == reader.section and grantee != funder and grantee not in funded:
            ctx.relate(funder, "FUNDED", grantee, evidence=evidence, confidence=0.6)
    ctx.pending.grantees = []


_TO_FUND = vocab.words("selected_to_verbs")


def selected(reader: SentenceReader) -> None:
    """ "Foo has selected A and B to receive grants", "Foo chose A to fund", "A has
    been selected to receive funding from Foo" (`selected_to_fund` cues): the
    funder (the verb's subject, else the one named or in view) FUNDED them. A "we"
    before the cue is read here too: the sentence reader (rules/voice.py) leaves a
    quotation opened in the same sentence ('X said: “We have selected A ...”') alone."""
    words, end = reader.words, reader.sent.end
    for cue in reader.cues("selected_to_fund"):
        b = reader.before_verb(cue.start)
        passive = any(words[k] in lx.BE_FORMS for k in range(b + 1, cue.start))
        subject = reader.by_end.get(b + 1)
        if passive:
            chosen = [subject] if subject is not None else []
            after = cue.end
            funder = sentence_funder(reader)
            funder_id = funder.id if funder is not None else reader.ctx.last_funder
        else:
            chosen = reader.list_after(cue.end, kinds=GRANTEE_KINDS)
            after = chosen[-1].end if chosen else cue.end
            funder_id = subject.id if subject is not None else reader.we(cue.start)
            if subject is not None and reader.kind(subject) != "Organisation":
                funder_id = None
        k = after
        while k < end and k - after < 3 and words[k] != "to":
            k += 1
        if k + 1 >= end or words[k] != "to" or words[k + 1] not in _TO_FUND:
            continue
        for m in chosen:
            if reader.kind(m) in GRANTEE_KINDS and m.id != funder_id:
                reader.relate(funder_id, "FUNDED", m, confidence=0.7)
