"""Events named with their owner's possessive: "the Mayor of Kelby's Civic Awards",
"Kelby Trust's Volunteer Awards". The reader names the event by the words after
the possessive ("Civic Awards"); the page's own fuller form, owner and all, is
kept as an alias, the form a reader of the page (and its gold) would write.

The page's own event with no organiser said is held by the page's own
organisation (`publisher_hosted`): a council's page about "the Health and Social
Care summit", a body's news of "the reopening of our day centre".
"""

from __future__ import annotations

from spacy.tokens import Doc

from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import CALENDAR_WORDS, POSSESSIVE, is_cap
from collabgraph.extract.owned_events import OWNED
from collabgraph.extract.page_speaker import speaks_as_we

_NAMED_HOLDERS = tuple(vocab.words("event_named_holders"))
_OWNER_JOINS = {"of", "for", "and", "&"}  # "Mayor of Kelby", "Friends of Dalby Park"
_MAX_OWNER_WORDS = 8


def owner_form(doc: Doc, m: Mention) -> str | None:
    """ "Mayor of Kelby's Civic Awards" for the mention "Civic Awards" written right
    after "Mayor of Kelby's": the capitalised words before the possessive (with
    "of", "for", "and" between them), then the mention as written; None when no
    possessive or no capitalised owner comes right before it, when the mention
    opens with a small word ("Foo's first Annual Conference") and when the owner is
    a month or day ("November's board meeting")."""
    k = m.start
    if k < 2 or doc[k - 1].text not in POSSESSIVE or doc[k - 1].text in {"'", "’"}:
        return None
    if not is_cap(doc[k]) or doc[k - 2].lower_ in CALENDAR_WORDS:
        return None  # "Foo's first Annual Conference", "November's board meeting"
    j = k - 1
    while j > 0 and k - 1 - j < _MAX_OWNER_WORDS:
        tok = doc[j - 1]
        if is_cap(tok) or (tok.lower_ in _OWNER_JOINS and j - 2 >= 0 and is_cap(doc[j - 2])):
            j -= 1
            continue
        break
    while j < k - 1 and (doc[j].lower_ in _OWNER_JOINS or doc[j].lower_ == "the"):
        j += 1  # "The Kelby Trust's": no leading article
    if j == k - 1 or doc[j].sent != doc[m.start].sent:
        return None
    return doc[j : m.end].text


def add_owner_forms(ctx: DocumentContext, by_mention: dict[int, Entity], docs: list[Doc]) -> None:
    """Give each event written right after its owner's possessive that fuller form
    as an alias (`owner_form`)."""
    for m in ctx.mentions:
        e = by_mention.get(m.id)
        if e is None or e.type != "Event" or not m.start < m.end <= len(docs[m.block]):
            continue
        # "Foo’s annual general meeting" named "Foo annual general meeting": as written too
        form = m.surface if m.synthetic == OWNED else owner_form(docs[m.block], m)
        if form and form != e.name and form not in e.aliases:
            e.aliases.append(form)


def publisher_hosted(
    ctx: DocumentContext, by_mention: dict[int, Entity], kept: set[int], relations: list[dict]
) -> tuple[Entity, Entity] | None:
    """(the page's organisation, the page's event) when the page is about one event
    and says of no one but the body's own staff that they organised it: the body
    that writes up its own summit, open day or visit held it (and may have taken
    part in it too). None
    when a person's byline heads a page that speaks as "I" but never "we" or "our"
    (a writer's notes on an event they went to, not their body's event), or
    when the event's name says who held or made it ("Signing of ...", "Meeting of the Foo Forum":
    `vocab/event_named_holders.txt`)."""
    if ctx.page_event is None:
        return None
    event = by_mention.get(ctx.page_event)
    org_id = ctx.page_org(0)
    org = by_mention.get(org_id) if org_id is not None else None
    if event is None or org is None or org.type != "Organisation" or event.type != "Event":
        return None
    if id(event) not in kept or id(org) not in kept:
        return None
    if event.name.lower().startswith(_NAMED_HOLDERS):
        return None
    author = ctx.authors.get(0)
    if (
        author is not None
        and ctx.type_of(ctx.mentions[author]) == "Person"
        and not speaks_as_we(ctx)
    ):
        return None  # "I went along to the summit": the writer came, not their body's own
    hosts = {r["from"] for r in relations if r["type"] == "ORGANISED" and r["to"] == event.name}
    if hosts - _staff(org, relations):
        return None
    return org, event


def _staff(org: Entity, relations: list[dict]) -> set[str]:
    """The names said to work for `org` or hold a post on it: "hosted by our chief
    executive Ada Brook and our chair Tom Reed" leaves the body's own event its own
    (not a plain member's: "members of the Kelby Forum" are no hosts for it)."""
    return {
        r["from"]
        for r in relations
        if r["to"] == org.name
        and (
            r["type"] == "WORKS_FOR"
            or (r["type"] == "MEMBER_OF" and (r.get("role") or "member").lower() != "member")
        )
    }
