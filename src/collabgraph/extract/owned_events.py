"""Events named in passing, in lower case, after the possessive of whoever holds them:
"stepped down at Kelby Homes’ annual general meeting", "spoke at Fenby Trust's
annual conference in May", "presented at the council's cabinet meeting". No run of
capitals finds them, so one mention each is added, named as a reader would ("Kelby
Homes annual general meeting"; after a body's common noun, as written: "Cabinet
meeting", held by the body that noun refers to, `rules/own_words.the_bodys`); the
form the page writes is kept as an alias (`event_owners.add_owner_forms`).

The event nouns and the words a name drops are the page event's
(`page_event/phrases.py`); an activity that recurs ("Foo's weekly coffee
morning") and an owner that is a month or day ("November's board meeting") name
no one event.
"""

from __future__ import annotations

from collections import Counter

from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import CALENDAR_WORDS, POSSESSIVE, lower_word
from collabgraph.extract.page_event.phrase_words import body_possessive
from collabgraph.extract.page_event.phrases import phrases_in

OWNED = "owned event"  # Mention.synthetic of these events
_RECURRING = vocab.words("page_event_recurring")
_ABBREVIATIONS = vocab.table("event_abbreviations")  # "annual general meeting" -> "AGM"
_SHORT = set(_ABBREVIATIONS.values())  # "Foo's AGM"
_SITTINGS = {*_ABBREVIATIONS, *(s.lower() for s in _SHORT)}  # a body's yearly sitting
# above a name's own words ("Annual General Meeting" read by its head word: 1-3)
_EVENT_VOTE = 6


def owned_events(
    doc, sent, mentions: list[Mention], block: int, section: int, sent_no: int, page_event=None
) -> None:
    """Add to `mentions` an Event mention for each lower-case event phrase written
    right after a name's possessive, when that name is a mention of the sentence
    and nothing else claims the phrase's words. `page_event` (a PageEvent or None):
    a phrase of its kind is the page's own event ("Foo's reception" on a page about
    the "Foo Parliamentary reception"), left to be read as that."""
    phrases = phrases_in(doc, sent.start, sent.end, block)
    if not phrases:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    page_words = set()
    if page_event is not None:
        page_words = {w.lower() for n in (page_event.name, *page_event.aliases) for w in n.split()}
    for p in phrases:
        if p.head in page_words or p.start - 1 <= sent.start:
            continue
        holder = _body_before(doc, p, mentions)
        if holder is not None:  # "at the Foo Trust annual general meeting"
            words = doc[holder.end : p.end]
        elif doc[p.start - 1].text in POSSESSIVE - {"'", "’"} or _plural_owner(doc, p):
            words = doc[p.start : p.end]
        else:
            continue
        if any(not t.is_lower and t.text not in _SHORT for t in words if t.is_alpha):
            continue  # "Foo's Annual Conference" is a name; "Foo's AGM" is not
        if taken & set(range(words.start, p.end)):
            continue
        if any(lower_word(t) in _RECURRING for t in words):
            continue  # "Foo's weekly coffee morning": an activity, not one event
        owner = holder or _named_owner(doc, p, mentions)
        if owner is not None:  # "Fenby's annual general meeting"
            text = (
                f"{owner.text} {words.text}" if holder else f"{owner.text} {' '.join(p.name_words)}"
            )
            surface = doc[owner.start : p.end].text
        elif body_possessive(doc, p.start - 1, sent.start) is not None:
            # "the council's cabinet meeting": as written; who held it, `the_bodys`
            text = surface = words.text[:1].upper() + words.text[1:]
        else:
            continue
        mentions.append(
            Mention(
                id=-1,
                text=text,
                title=None,
                block=block,
                section=section,
                sent=sent_no,
                start=words.start,
                end=p.end,
                votes=Counter({"Event": _EVENT_VOTE}),
                surface=surface,
                synthetic=OWNED,
            )
        )


def _named_owner(doc, p, mentions: list[Mention]) -> Mention | None:
    """The sentence's mention whose possessive opens the phrase `p` (not a month's
    or a day's: "November's board meeting"); None when no name owns it."""
    if p.named or p.owner is None or p.owner[1] != p.start - 1:
        return None
    owner = next((m for m in mentions if m.end == p.owner[1] and m.start >= p.owner[0]), None)
    if owner is None or lower_word(doc[owner.end - 1]) in CALENDAR_WORDS:
        return None
    return owner


def _body_before(doc, p, mentions: list[Mention]) -> Mention | None:
    """The body whose name opens the phrase `p`, written with no possessive before
    the words of the yearly sitting a body holds (vocab/event_abbreviations.txt, in
    full or short): "at the Foo Trust annual general meeting", "the FHG AGM". Only
    a name read as a body (more votes for an organisation than for anything else);
    not before other event words, which as often name a body's part or a topic
    ("the Foo Trust events team", "the Kelby housing conference"). None otherwise."""
    if not p.named:
        return None
    body = next((m for m in mentions if m.start == p.start and m.end < p.end), None)
    if body is None or not body.votes or body.votes.most_common(1)[0][0] != "Organisation":
        return None
    words = " ".join(doc[body.end : p.end].text.lower().split())
    return body if words in _SITTINGS else None


def _plural_owner(doc, p) -> bool:
    """ "Kelby Homes’ annual general meeting": a bare apostrophe after a name
    ending in "s" is its possessive."""
    k = p.start - 1
    return doc[k].text in {"'", "’"} and k > 0 and doc[k - 1].text.endswith("s")
