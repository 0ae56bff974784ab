"""Lists of bodies under a lead-in: "The partners are:", "Grants went to the
following groups:", "Our funders:", "Members of the network include:", followed
by bulleted lines, table rows or numbered lines, one body each (list items,
`layout.py`). The lead-in's words say what the list is (`vocab/list_leads.txt`),
the body or programme it names is the subject (else the page's own), and each
item takes the relation the kind implies (corpus/GOLD.md):

- partner: PARTICIPATED_IN the programme (role partner); MEMBER_OF a
  partnership, network or alliance (role member); on a page about no programme or
  event, PARTNER_OF the page's own body ("Our partners" over lines of bodies); the
  partners of a body the lead-in names are left (which tie, the page does not say);
- grantee: the funder (the lead-in's body, the funder in view, the page's own)
  FUNDED the item;
- funder: the item FUNDED the subject (a programme, an event, the page's own);
- member: MEMBER_OF the subject (role member);
- runner, organiser: the item RUNS the programme, ORGANISED the event.

A partner marked "(Lead Partner)" also RUNS the programme (`vocab/lead_partner_words.txt`).

The lead-in's subject and the relation its kind implies: `lead_subjects`. A place
in brackets after an item, "Foo Trust (Kelby)", is where it is: LOCATED_IN. People's
lists (speakers, trustees) are read by `speaker_lists` and `boards`.
"""

from __future__ import annotations

from dataclasses import replace

from collabgraph.extract import vocab
from collabgraph.extract.leads import marked_lead
from collabgraph.extract.list_lines import lead_kind
from collabgraph.extract.mentions import Mention
from collabgraph.extract.relation_candidates import PAGE_ORG
from collabgraph.extract.rules.lead_items import (
    ITEM_TYPES,
    item_body,
    lead_places,
    place_in_brackets,
    run_of_bodies,
)
from collabgraph.extract.rules.lead_subjects import ListLead, lead_subject
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the lead-in's words and the items' shape."""

_LEAD_VERBS = vocab.words("list_lead_verbs")
_GRANTEE_ENDS = vocab.words("list_grantee_lead_ends")
_RECEIVING = vocab.words("list_receiving_verbs")
_GRANT_WORDS = vocab.words("list_grant_words")
_GRANTEE_GROUPS = vocab.words("grantee_group_nouns")
_SEATS = vocab.words("board_words") | vocab.words("list_nouns_seat_words")


def read_lead(reader: SentenceReader) -> None:
    """Note the list a lead-in sentence opens ("The partners are:"), for its items."""
    sent = reader.sent
    colon = sent.end - 1 if reader.words[sent.end - 1].endswith(":") else None  # or "):"
    short_heading = reader.block_kind == "heading" and sent.end - sent.start <= _HEADING_WORDS
    labelled = ":" in reader.words[sent.start : sent.end]  # "Funder: Foo Trust"
    if colon is None and (not short_heading or labelled):
        _run_of_names(reader)
        return
    end = colon if colon is not None else sent.end
    found = lead_kind(reader.words[sent.start : end])
    if found is None:
        return
    kind, i, j = found
    i, j = sent.start + i, sent.start + j
    if colon is None and j != end:
        return  # a heading "Partner news" is no lead-in: "Our partners" is
    if kind == "member" and i > sent.start and reader.words[i - 1] in _SEATS:
        return  # "Board members:" lists people: boards.seat_lead reads it
    if not _plain_lead(reader, j, end) or (kind == "grantee" and not _grantee_end(reader, end)):
        return
    if kind == "grantee" and colon is None:
        return  # a heading "Grants" over prose is no list
    lead = lead_subject(reader, kind, i, end)
    if lead is not None:
        reader.ctx.list_leads[reader.evidence] = replace(lead, places=lead_places(reader, end))


_LIST_OPENERS = vocab.words("list_openers")
_HEADING_WORDS = 5  # a heading over a list, its noun last: "Thank you to our funders"


def _run_of_names(reader: SentenceReader) -> None:
    """ "The partners are: A, B and C", "Members of the network include A, B and
    C": a run of two or more bodies to the sentence's end after the lead-in; one
    is enough after a funder's label opening the line ("Funder: Foo Trust",
    "Funded by: Bar")."""
    sent, words = reader.sent, reader.words
    found = lead_kind(words[sent.start : sent.end])
    if found is None:
        return
    kind, i, j = found
    i, j = sent.start + i, sent.start + j
    colon = next((k for k in range(j, sent.end) if words[k] == ":"), None)
    if colon is not None:
        start = colon + 1
    elif j < sent.end and words[j] in _LIST_OPENERS:
        start = j + 1
    else:
        return
    if not _plain_lead(reader, j, start - 1):
        return
    if kind == "grantee" and not _grantee_end(reader, start - (colon is not None)):
        return
    items = reader.list_after(start, kinds=ITEM_TYPES)
    label = kind == "funder" and i == sent.start and colon == j  # "Funder: Foo Trust"
    if (
        len(items) < (1 if label else 2)
        or items[-1].end < sent.end - 2
        or any(reader.kind(m) is None and not reader.vote_organisation(m) for m in items)
    ):
        return
    lead = lead_subject(reader, kind, i, start)
    if lead is None or (lead.relation is None and not lead.funded):
        return
    for m in items:
        relate_item(reader, lead, m, reader.evidence)


def _plain_lead(reader: SentenceReader, j: int, end: int) -> bool:
    """No verb but a lead-in's own between the lead-in noun and the colon, outside
    brackets ("Current members (updated May 2025):" is a lead-in)."""
    depth = 0
    for k in range(j, end):
        tok = reader.doc[k]
        depth += (tok.text == "(") - (tok.text == ")")
        if k in reader.covering or depth > 0:
            continue
        if tok.pos_ in {"VERB", "AUX"} and reader.words[k] not in _LEAD_VERBS:
            return False
    return True


def _grantee_end(reader: SentenceReader, end: int) -> bool:
    """ "... went to:", "... the following groups:", "... were awarded:",
    "The following charities will receive funding:"; not "Grants can pay for:"."""
    words = reader.words[reader.sent.start : end]
    last = words[-2:]
    return bool(last) and (
        last[-1] in _GRANTEE_ENDS
        or "following" in words
        or (len(last) == 2 and last[0] in _RECEIVING and last[1] in _GRANT_WORDS)
        or _to_groups(words)
    )


def _to_groups(words: list[str]) -> bool:
    """ "... grants to seven organisations in Kelby:", "... to 12 local charities
    across the county:": the lead-in ends on the groups the money went to, a few
    words after its last "to"."""
    if "to" not in words[-_TO_GROUPS_REACH:]:
        return False
    k = len(words) - 1 - words[::-1].index("to")
    return any(w in _GRANTEE_GROUPS for w in words[k + 1 : k + 1 + _GROUP_NOUN_REACH])


_TO_GROUPS_REACH = 8  # words at most from the last "to" to the colon
_GROUP_NOUN_REACH = 4  # "to 12 small local charities": words at most to the group noun


def lead_of(ctx, lead: str | None) -> ListLead | None:
    """The list lead noted for the line `lead` (its last sentence) in the
    document context `ctx`, if any."""
    if not lead:
        return None
    for sentence, found in reversed(ctx.list_leads.items()):
        if lead.rstrip().endswith(sentence):
            return found
    return None


def list_item(reader: SentenceReader, lead: str) -> bool:
    """Relate the body a list item opens with to the lead-in's subject; whether
    it did."""
    found = lead_of(reader.ctx, lead)
    if found is None or (found.relation is None and not found.funded):
        return False
    item = item_body(reader)  # votes: only under a lead-in of bodies
    if item is None:
        return False
    for m in run_of_bodies(reader, item):
        relate_item(reader, found, m, f"{lead.strip()} {reader.evidence}")
    return True


def relate_item(reader: SentenceReader, found: ListLead, item: Mention, evidence: str) -> None:
    """The lead-in's relation between its subject and one item, and the item's
    place in brackets."""
    in_view = reader.ctx.last_funder if reader.ctx.last_funder is not None else PAGE_ORG
    if found.funded and in_view != item.id:  # "The successful partners are:": each funded
        reader.ctx.relate(in_view, "FUNDED", item.id, evidence=evidence, confidence=0.65)
    subject = found.subject
    if found.kind == "grantee" and subject is None:
        subject = in_view
    if subject is None or subject == item.id:
        return
    if found.kind == "grantee":
        source, target = subject, item.id
    else:
        source, target = item.id, subject
    lead = found.relation == "PARTICIPATED_IN" and marked_lead(
        reader.words, item.end, reader.sent.end
    )
    role = "lead partner" if lead else found.role
    reader.ctx.relate(source, found.relation, target, evidence=evidence, role=role, confidence=0.7)
    if lead and reader.kind(reader.ctx.mentions[target]) == "Project":
        reader.ctx.relate(item.id, "RUNS", target, evidence=evidence, confidence=0.7)
    place = place_in_brackets(reader, item)
    for p in ([place.id] if place is not None else []) + list(found.places):
        reader.ctx.relate(item.id, "LOCATED_IN", p, evidence=evidence, confidence=0.7)


__all__ = [
    "LABELS",
    "ListLead",
    "lead_kind",
    "lead_of",
    "list_item",
    "read_lead",
    "relate_item",
]
