"""A list of the page's projects or services under a line that says so ("OUR
SERVICES", "What we do", "The projects are:": `vocab/project_list_words.txt`,
`vocab/project_item_leads.txt`), each item a name, a colon or dash, and what it is:

    - Kelby Kites: a weekly kite club for families
    - Tern Buddies - volunteers who visit older people at home

The name an item opens with is a project's (corpus/GOLD.md: services and programmes
are Projects), voted so while the page is read. When the line over the list is the
page's own ("our", "we"), the name is kept in `ctx.project_headings` too, so
`rules/heading_projects.py` has the page's body run it.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.list_items import item_name
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.project_headings import LIST_WORDS, OURS, VOTE, WORD

_LEADS = vocab.words("project_item_leads")
_STOPS = vocab.words("project_item_lead_stops")
_SEPARATORS = {":"} | lx.DASHES
_TITLE_WORDS = frozenset({"from", "to", "with", "a"})


def lead_names_projects(lead: str | None) -> bool:
    """Whether the line over a list says its items are projects or services."""
    if not lead:
        return False
    text = lead.lower().strip(" :.")
    words = set(WORD.findall(text))
    return not words & _STOPS and (bool(words & LIST_WORDS) or text in _LEADS)


def item_mentions(ctx, lead: str | None, block, block_no: int, doc, sent, mentions, sent_no: int):
    """The mentions of a list item's first sentence, its opening name voted a
    project's when the line over the list names projects (the module docstring):
    the name the finder read whole, or the item's words before the separator as one
    name ("Dial-a-Ride", which the finder may cut). A one-word name ("Casework") or
    one the finder holds for a person is left."""
    if sent.start != 0 or not lead_names_projects(lead):
        return mentions
    span = item_name(doc, sent, _TITLE_WORDS)
    if span is None or span[1] >= sent.end - 1 or doc[span[1]].text not in _SEPARATORS:
        return mentions
    start, end = span
    if end - start < 2 and "-" not in doc[start].text:
        return mentions
    over = [m for m in mentions if m.start < end and start < m.end]
    if any(m.title is not None or m.votes.get("Person", 0) > 0 for m in over):
        return mentions
    whole = next((m for m in over if (m.start, m.end) == (start, end)), None)
    if whole is None:
        if len(over) > 1 or any(not (start <= m.start and m.end <= end) for m in over):
            return mentions  # the finder read other names, or one across the separator
        whole = Mention(
            id=over[0].id if over else len(ctx.mentions), text=doc[start:end].text,
            title=None, block=block_no, section=block.section, sent=sent_no,
            start=start, end=end, surface=doc[sent.start:end].text,
            ner=over[0].ner if over else None,
        )  # fmt: skip
        mentions = [whole] + [m for m in mentions if not any(m is o for o in over)]
    whole.votes["Project"] += VOTE
    if OURS.search(lead or "") or lead.lower().strip(" :.") in _LEADS:
        if not ctx.project_headings:
            ctx.projects_owner = ctx.last_org_subject
        ctx.project_headings.append(whole)
    return mentions


__all__ = ["item_mentions", "lead_names_projects"]
