"""Who holds an event noun phrase: "Foo's AGM", "the AGM of Foo Trust", "Foo
held its AGM", "their AGM" (the body named before), "we held an open day"."""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.entity_names import council_place
from collabgraph.extract.lexicon import HOST_VERBS
from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.mentions.tokens import POSSESSIVE
from collabgraph.extract.page_event.around import conjoined_end

_PLACING = {"at", "in", "on", "by"}  # "Held at", "Hosted by": the verb, not a word of the name
# Event nouns for a sitting of a body, named "<noun> of <body>" when the page says so
_BODY_MEETINGS = vocab.words("body_meeting_heads")


def host(doc, i: int, start: int, end: int) -> tuple[int, int] | None:
    """ "Foo Trust held its AGM", "Northtown Council, with Bar, organised a
    roundtable": the subject of the verb the event noun at token i is the
    object of, as a run of capitals."""
    tok = doc[i]
    verb = tok.head
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lower_ not in HOST_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or not (start <= subject.i < end):
        return None
    runs = [_cut_run(doc, r) for r in capital_runs(doc, doc[i].sent)]
    return next((r for r in runs if r[0] <= subject.i < r[1]), None)


def we_host(doc, i: int) -> bool:
    """ "we held an open day", "we hosted a roundtable": the page's own event."""
    tok = doc[i]
    verb = tok.head
    if tok.dep_ != "dobj" or verb.lower_ not in HOST_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "we" for c in verb.children)


def owner_of(doc, p_start: int, p_end: int, start: int, end: int) -> tuple[int, int] | None:
    """ "Foo's AGM", "the AGM of Foo Trust", "the event for Foo's partners"."""
    sent = doc[p_start].sent
    runs = capital_runs(doc, sent)
    runs = [_cut_run(doc, r) for r in runs]
    k = p_start - 1
    if k > start and doc[k].text in POSSESSIVE:
        run = next((r for r in runs if r[1] == k), None)
        if run is not None and _office_of(doc, run[0], start, run[1]):
            return None  # "the Mayor of Kelby's Civic Awards": an office's, not Kelby's
        if run is not None:
            return run
    k = conjoined_end(doc, p_end, end) or p_end
    if k + 1 < end and doc[k].lower_ in {"of", "for"}:
        m = k + 1 + (doc[k + 1].lower_ == "the")
        run = next((r for r in runs if r[0] == m), None)
        if run is None and doc[p_start:p_end].text.lower() in _BODY_MEETINGS:
            # "the Meeting of Foo Members": the capitals run on from the bare noun (not
            # "the Annual General Meeting of Foo Trust", an event named on its own)
            run = next(((m, r[1]) for r in runs if r[0] <= p_start and m < r[1]), None)
        if run is not None:
            possessive = run[1] < end and doc[run[1]].text in POSSESSIVE
            if doc[k].lower_ == "of" or possessive:
                return run
    return None


_CIVIC_OFFICES = vocab.words("civic_offices")


def _office_of(doc, run_start: int, start: int, run_end: int) -> bool:
    """Whether a run of capitals follows or opens with "<office> of" ("Mayor of",
    "High Sheriff of": `vocab/civic_offices.txt`): an office and its place, not a
    body holding an event."""
    k = run_start - 1
    if k - 1 >= start and doc[k].lower_ == "of" and doc[k - 1].lower_ in _CIVIC_OFFICES:
        return True
    return (
        run_start + 1 < run_end
        and doc[run_start].lower_ in _CIVIC_OFFICES
        and doc[run_start + 1].lower_ == "of"
    )


def their(doc, p_start: int, start: int) -> tuple[int, int] | None:
    """ "by a housing association, Foo, and then ... at their AGM": the body named
    last before "its"/"their"."""
    k = p_start - 1
    if k < start or doc[k].lower_ not in {"its", "their"}:
        return None
    runs = [_cut_run(doc, r) for r in capital_runs(doc, doc[p_start].sent)]
    before = [r for r in runs if r[1] <= k and _could_hold(doc, r)]
    return before[-1] if before else None


def _could_hold(doc, run: tuple[int, int]) -> bool:
    """Whether a run of capitals could be a body holding an event: not a person's
    name, "I", or one capitalised word opening the sentence ("Later")."""
    toks = doc[run[0] : run[1]]
    if any(t.ent_type_ == "PERSON" for t in toks) or toks.text == "I":
        return False
    return not (len(toks) == 1 and toks[0].is_sent_start)


def _cut_run(doc, run: tuple[int, int]) -> tuple[int, int]:
    """A run of capitals up to "on", "in", "at": "Foo Trust on World Health Day" is Foo
    Trust; up to a title-case verb of holding before one ("Foo Members Held at Bar
    House" is Foo Members)."""
    for k in range(run[0] + 1, run[1]):
        if doc[k].lower_ in {"on", "in", "at", "to"}:
            return run[0], k
        if doc[k].lower_ in HOST_VERBS and k + 1 < len(doc) and doc[k + 1].lower_ in _PLACING:
            return run[0], k
    return run


def sitting_name(
    doc, noun: str, owner: tuple[int, int], head_i: int, *, any_noun: bool = False
) -> str | None:
    """ "Meeting of the Foo Partnership Forum" for the noun "meeting" and its owner
    written after it ("attended a meeting of the Foo Partnership Forum"), as the page
    says it (vocab/body_meeting_heads.txt; `any_noun`: whatever the noun, "Launch of
    the Foo Centre"); None for another noun or an owner before it ("Foo Forum's
    meeting")."""
    if owner[0] <= head_i or not (any_noun or noun.lower() in _BODY_MEETINGS):
        return None
    the = doc[owner[0] - 1].lower_ == "the"
    return sitting_of(noun, doc[owner[0] : owner[1]].text, the=the)


def sitting_of(noun: str, body: str, *, the: bool = True) -> str:
    """ "Meeting of the Foo Forum", "First meeting of the association": a body's
    sitting with no name of its own, named "<noun> of <body>" as the gold names it
    (the noun capitalised; the body's own "The" dropped, "the" put before it when
    `the`). Read by `sitting_name` and `owned_events` (a meeting told as held)."""
    name = " ".join(re.sub(r"^[Tt]he ", "", body).split())
    return f"{noun[:1].upper()}{noun[1:]} of {'the ' if the else ''}{name}"


def drop_place_owners(event, docs: list, page_text: str) -> None:
    """Take from the page's event (`PageEvent`) the holders that are places, not
    bodies: a one-word possessive before the event ("Dunholt's third Food Poverty
    Summit") that the spaCy parse calls a place, or whose council the page names
    ("Dunholt Borough Council": a council's place is a place, corpus/GOLD.md). The
    event is the place's occasion; no one organised it by that word."""
    for block, spans in event.owner_spans.items():
        kept = [(s, e) for s, e in spans if not _a_place(docs[block][s:e], page_text)]
        spans[:] = kept
    if event.owner and " " not in event.owner and _council_of(event.owner, page_text):
        event.owner = None


def _a_place(span, page_text: str) -> bool:
    if len(span) != 1:
        return False
    return span[0].ent_type_ in {"GPE", "LOC"} or _council_of(span.text, page_text)


def _council_of(word: str, page_text: str) -> bool:
    pattern = rf"\b{re.escape(word)}(?: [A-Z][\w'’-]*){{0,3}} Council\b"
    return any(council_place(m.group(0)) == word for m in re.finditer(pattern, page_text))
