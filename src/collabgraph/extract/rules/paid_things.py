"""Funding, continued: money paid for a part of what a write-up is about.

"Fenby Council paid for the saplings", "Foo, which paid for the new benches",
"Foo will continue to pay for repairs to the roof", "Local firm Foo sponsored the
medals", "Foo covered the cost of the minibus" (`vocab/paying_verbs.txt`,
`paying_object_verbs.txt`, `paying_cost_verbs.txt`): the body paying (the verb's
subject, or the name a "which" clause hangs on) FUNDED what the write-up is about
(`thing_in_view`), or the name paid for when one is ("Foo paid for the Kelby Fun
Day"). The passive ("The refit was paid for by Foo") is `agents.by_phrases`',
which asks `thing_in_view` through `passive_targets.work_in_view`. "Funding came
from Foo": Foo FUNDED the same (`money_came_from`).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.rules.focus_targets import first_id
from collabgraph.extract.rules.grant_funders import programme_owner
from collabgraph.extract.rules.partner_leads import ours_at, said_ours
from collabgraph.extract.rules.reader import SentenceReader
from collabgraph.extract.rules.thanked_payers import thanked_payers

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the parse around verbs of paying."""

_PAYING = vocab.words("paying_verbs")
_PAYING_OBJECT = vocab.words("paying_object_verbs")
_PAYING_COST = vocab.words("paying_cost_verbs")
_ANY_PAYING = _PAYING | _PAYING_OBJECT | _PAYING_COST
_COSTS = {"cost", "costs", "bill", "bills"}
_PAID_COSTS = vocab.words("paid_cost_nouns")  # "covered our travel": the travel was paid for
_BUILDING_WORK = vocab.words("building_work_nouns")
_RELATIVES = {"which", "who", "that"}
_PAID_KINDS = {"Organisation", "Project", "Event", "Report"}
_CARRYING = {"xcomp"}  # "Foo will continue to pay for", "Foo has agreed to fund"
PAID_CUES = _PAYING | _PAYING_OBJECT | {"underwritten"}
"""Words of a passive cue that say money was paid ("paid for by", "sponsored by"),
unlike "backed by" or "supported by", which may be help of any kind."""


def paid_for(reader: SentenceReader) -> None:
    """FUNDED for "Foo paid for the saplings" and "Foo sponsored the medals" (see the module)."""
    for tok in reader.tokens_among(_ANY_PAYING):  # the others: no branch reads them
        word, thanked = tok.lower_, None
        if (
            tok.pos_ != "VERB"
            and word in _PAYING_OBJECT
            and (thanked := thanked_payers(reader, tok))
        ):
            paid = [tok.head] if tok.dep_ == "compound" else []  # "for funding travel
            # bursaries", read as one noun: the bursaries were paid for
        elif tok.pos_ != "VERB" or any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children):
            continue
        elif word in _PAYING:
            paid = [g for c in tok.children if c.lower_ == "for" for g in c.children]
            paid = [g for g in paid if g.dep_ == "pobj"]
        elif word in _PAYING_OBJECT:
            paid = [c for c in tok.children if c.dep_ == "dobj"]
        elif word in _PAYING_COST:
            costs = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _COSTS]
            paid = [g for c in costs for p in c.children if p.lower_ == "of" for g in p.children]
            paid = paid or [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _PAID_COSTS]
        else:
            continue
        if not paid or reader.in_quote(tok.i):
            continue
        payer = _payer(reader, tok)
        if payer is not None:
            payers = [payer]
        else:  # read once: the thanks already read on the non-verb path
            payers = thanked if thanked is not None else thanked_payers(reader, tok)
        if not payers:  # "Thanks to Foo for funding the bursaries": Foo paid
            continue
        target = _paid_thing(reader, paid[0])
        if payer is None and paid[0].i not in reader.covering and not said_ours(paid[0]):
            # thanks for paying for a part of the page's event: that event
            target = first_id(reader.own_event(), target)
        for payer in payers:
            if target is not None and target != payer.id:
                reader.relate(payer, "FUNDED", target, confidence=0.65)


def _payer(reader: SentenceReader, verb):
    """The body that paid: the verb's subject ("Foo paid for"), the subject of the
    verb it completes ("Foo will continue to pay for"), or the name a relative
    clause hangs on ("Foo, which paid for"); None for anyone but an organisation."""
    tok = verb
    subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    while subject is None and tok.dep_ in _CARRYING and tok.head is not tok:
        tok = tok.head
        if any(c.dep_ == "dobj" for c in tok.children):
            return None  # "Foo is using a grant from Bar to pay for a van": Bar's money
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lower_ in _RELATIVES:
        if tok.dep_ != "relcl":
            return None
        subject = tok.head
    m = reader.covering.get(subject.i)
    return m if m is not None and reader.kind(m) == "Organisation" else None


def _paid_thing(reader: SentenceReader, tok) -> int | None:
    """What was paid for: the name `tok` is part of ("paid for the Kelby Fun Day"),
    else what the write-up is about when `tok` is a common noun ("the saplings"), or
    the page's own body for "our core costs"; None for a person, a pronoun or
    anything else."""
    m = reader.covering.get(tok.i)
    if m is not None:
        return m.id if reader.kind(m) in _PAID_KINDS else None
    if tok.pos_ != "NOUN" or not tok.is_lower:
        return None
    if said_ours(tok) and not reader.in_quote(tok.i):  # "Foo, which funds our core costs":
        return ours_at(reader, tok.i)  # the page's body, once it is known
    return thing_in_view(reader, {t.lower_ for t in tok.subtree})


_MONEY_NOUNS = vocab.words("grant_nouns") | {"sponsorship", "backing", "support"}
_COMING = {"came", "comes", "come", "coming"}
_IN_KIND = vocab.table("in_kind_nouns")
_SUBJECTS = {"nsubjpass", "nsubj"}


def money_came_from(reader: SentenceReader) -> None:
    """ "Funding came from the Foo Trust", "Most of the money came from A and B",
    "Funding came from Foo's Bar Fund" (Foo: `grant_funders.programme_owner`),
    "Funding for the Bar Trail came from Foo", "Bar's funding comes from Foo": the
    bodies named after "from" FUNDED the name the money is for (or whose it is), else,
    when the money is not said to be for anything, what the write-up is about
    (`thing_in_view`). Not when
    grantees named before any funder wait for one (`grants.earlier_grantees`)."""
    if reader.ctx.pending.grantees:
        return
    for verb in reader.tokens_among(_COMING):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        source = next((c for c in verb.children if c.lower_ == "from"), None)
        if subject is None or source is None or reader.in_quote(verb.i):
            continue
        said = list(subject.subtree)
        if not any(t.lower_ in _MONEY_NOUNS for t in said):
            continue
        funders = reader.list_after(source.i + 1, kinds={"Organisation"})
        owner = programme_owner(reader, source.i + 1)  # "came from Foo's Bar Fund": Foo's
        funders = funders or ([owner] if owner is not None else [])
        named_for = {g.i for c in _owners(subject) for g in c.subtree}
        if not funders or any(t.i in reader.covering and t.i not in named_for for t in said):
            continue  # "Funding from Baz came from Foo": unread
        target = _money_for(reader, subject)
        if target is None and _owners(subject):
            continue  # "Funding for the first phase comes from Foo": a thing not named
        if target is None:
            target = thing_in_view(reader, {t.lower_ for t in said}, verb.i)
        for funder in funders:
            if funder.id != target:
                reader.relate(funder, "FUNDED", target, confidence=0.65)


def money_provided(reader: SentenceReader, v: int) -> int | None:
    """What money "provided", "donated" or "made available" (the passive verb at token
    v) was for, when money is the verb's subject: "Match funding for the Foo Hub was
    provided by A" (the name after "for"), "The grant was provided by A" (what the
    write-up is about, `thing_in_view`); the same for a thing given in kind ("with
    paint donated by A"; `vocab/in_kind_nouns.txt`), and for a part of the page's
    event ("Lunch was kindly provided by A"), that event;
    None for anything else provided ("services provided by A") or money for a thing
    not named ("Funding for the second phase")."""
    verb = reader.doc[v]
    passive = {"nsubjpass"} if any(c.dep_ == "auxpass" for c in verb.children) else _SUBJECTS
    subject = next((c for c in verb.children if c.dep_ in passive), None)  # "Lunch kindly
    # sponsored by A": a line with no auxiliary, its subject parsed as an active verb's
    if subject is None and verb.dep_ == "acl" and verb.head.lower_ in _IN_KIND:
        subject = verb.head  # "with paint donated by A"
    if subject is None or (subject.lower_ not in _MONEY_NOUNS and subject.lower_ not in _IN_KIND):
        return None
    target = _money_for(reader, subject)
    if target is None and _IN_KIND.get(subject.lower_) == "event":
        target = reader.own_event()  # "Lunch was provided by A": the page's event
    if target is None and not _owners(subject):
        target = thing_in_view(reader, {t.lower_ for t in subject.subtree})
    return target


def _owners(subject) -> list:
    """The words saying whose the money is: "for the Kelby Trail" in "Funding for the
    Kelby Trail", "Foo's" in "Foo's funding"."""
    return [c for c in subject.children if c.lower_ == "for" or c.dep_ == "poss"]


def _money_for(reader: SentenceReader, subject) -> int | None:
    """The name the money is said to be for: "Funding for the Kelby Trail", "Foo's
    funding"."""
    for c in _owners(subject):
        for g in c.subtree:
            m = reader.covering.get(g.i)
            if m is not None and reader.kind(m) in _PAID_KINDS:
                return m.id
    return None


def thing_in_view(
    reader: SentenceReader, thing: set[str] | frozenset[str] = frozenset(), i: int | None = None
):
    """What a write-up's sentence is about when money pays for a part of it ("the
    medals", "lunch and travel", "the refit"; `thing`: the words naming it): the
    project in focus; else the event the page is about (or, for a page event made
    from its headline about the body the section opens with, "Reopening of Foo Hub",
    that body), unless the part is of a building ("the new roof",
    `vocab/building_work_nouns.txt`); else the body or project the section's first
    sentence opens with; else None (a mention id). `i`: the cue's token, when
    what the sentence names from there on is not what it is about."""
    ctx = reader.ctx
    end = reader.sent.end if i is None else i
    project = reader.focus_before("Project", end)  # not one named after the cue
    if project is not None:
        return project
    opener = _section_opener(reader)
    event = None if thing & _BUILDING_WORK else reader.own_event()
    if event is not None:
        named = ctx.mentions[event]
        if opener is not None and mention_key(opener.text) in mention_key(named.text):
            return opener.id
        return event
    return opener.id if opener is not None else None


def _section_opener(reader: SentenceReader):
    """The body or project the section's first sentence opens with, if any; not
    when that sentence names something else its verb did or made ("Foo has
    created the Bar Trail": the money may be the trail's)."""
    ctx = reader.ctx
    told = [  # not an event made from the words ("Reopening of Foo Hub")
        m
        for m in ctx.mentions
        if m.section == reader.section and not m.in_heading and m.sent >= 0 and not m.synthetic
    ]
    opener = told[0] if told else None
    told_first = opener is not None and opener.sentence.lstrip().lower().removeprefix("the ")
    if not told_first or not (opener.opens_sentence or told_first.startswith(opener.text.lower())):
        return None
    if ctx.type_of(opener) not in {"Organisation", "Project"}:
        return None
    done = [m for m in told[1:] if m.sent == opener.sent and m.verb_argument]
    return None if any(ctx.type_of(m) != "Person" for m in done) else opener


__all__ = [
    "LABELS",
    "PAID_CUES",
    "money_came_from",
    "money_provided",
    "paid_for",
    "thing_in_view",
]
