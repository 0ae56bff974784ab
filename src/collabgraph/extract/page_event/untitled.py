"""An event a page opens on without naming it, on a page with no headline.

"A conference was held at the Kelby Exchange on Saturday ..." or "A street party
marked the opening of ...": the page is about that event and gives it no name.
A reader names it as the page describes it (corpus/GOLD.md): its noun, and the
venue when the sentence says where it was held ("Conference at the Corn
Exchange"); the noun as written is an alias. When nothing else names the page's
event, one its first sentences place without naming it is the page's event too
("gathered at a special reception in Parliament": `placed_event`), and so is one
they say people gathered in ("came together in a joint workshop": `gathered_event`).
An event the page calls only "the event" is named as the page says it elsewhere
(`renamed_vague`): as its address names it, or where its first sentences place it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.name_forms import unshout
from collabgraph.extract.page_event.address import named_before
from collabgraph.extract.page_event.phrases import Phrase
from collabgraph.extract.page_event.reading import PageEvent

_HELD = lx.HOST_VERBS  # "was held at", "was hosted at"
_AT = vocab.words("event_held_prepositions")


def untitled_event(doc, p: Phrase) -> PageEvent:
    """The event of a page's opening phrase `p` (not named, at the start of its
    sentence), named after its noun and where it was held: "A conference was
    held at the Foo Hotel" -> "Conference at the Foo Hotel" (alias
    "conference"); "A street party marked ..." -> "Street party"."""
    sent = doc[p.start].sent
    noun = unshout(" ".join(p.name_words)).lower()
    name = noun[:1].upper() + noun[1:]
    venue = _held_at(doc, p.end, sent)
    event = PageEvent(f"{name} {venue[0]}" if venue else name, evidence=sent.text)
    event.aliases.append(noun)
    if venue is not None and len(p.text.split()) > 1:  # "special event held at Foo Hall"
        event.aliases.append(doc[p.start : venue[1]].text)
    return event


def _held_at(doc, k: int, sent) -> tuple[str, int] | None:
    """ "was held at the Foo Hotel" (or "at the Foo Hotel") just after token k:
    "at the Foo Hotel" and the token it ends before; None when the sentence does
    not say where."""
    if k + 1 < sent.end and doc[k].lower_ in lx.BE_FORMS and doc[k + 1].lower_ in _HELD:
        k += 2
    elif k < sent.end and doc[k].lower_ in _HELD and doc[k].tag_ == "VBN":
        k += 1  # "a special event held at Foo Hall"
    if k >= sent.end or doc[k].lower_ not in _AT:
        return None
    m = k + 1 + (k + 1 < sent.end and doc[k + 1].lower_ == "the")
    run = next((r for r in capital_runs(doc, sent) if r[0] == m), None)
    if run is None or any(t.ent_type_ == "DATE" for t in doc[run[0] : run[1]]):
        return None  # "in March": when, not where
    return doc[k : run[1]].text, run[1]


_INDEFINITE = {"a", "an"}


def placed_event(doc, p: Phrase) -> PageEvent | None:
    """The event of an opening phrase `p` the page does not name but places: no
    name, no owner, after "a" or "an" (past describing words), just before where it
    was held and not still to come: "gathered at a special reception in Parliament"
    -> "Reception in Parliament" (aliases "reception", "special reception in
    Parliament"); "part of a special event held at Foo Hall" -> "Event at Foo
    Hall". None otherwise ("a meeting in March": when, not where)."""
    sent = doc[p.start].sent
    if p.named or p.owner is not None or p.start <= sent.start:
        return None
    if doc[p.start - 1].lower_ not in _INDEFINITE or _held_at(doc, p.end, sent) is None:
        return None
    if any(t.tag_ == "MD" for t in sent):
        return None  # "a reception will be held at ...": not what the page reports
    return untitled_event(doc, p)


_GATHERED = {tuple(line.split()) for line in vocab.ordered("event_gathering_words")}
_GATHERED_IN = {"in", "at", "for"}


def gathered_event(doc, p: Phrase) -> PageEvent | None:
    """The event of an opening phrase `p` the page does not name but says people
    gathered in, in the past: no name, no owner, after "a" or "an" (past describing
    words), the object of "in", "at" or "for" after a verb of gathering
    (vocab/event_gathering_words.txt): "came together in a joint workshop" -> "Joint
    workshop" (alias "joint workshop"). None otherwise ("will come together in a
    workshop", "come together in a workshop every spring")."""
    sent = doc[p.start].sent
    if p.named or p.owner is not None or p.start <= sent.start:
        return None
    k = p.start - 1
    while k > sent.start and doc[k].lower_ not in _INDEFINITE and doc[k].pos_ in {"ADJ", "NOUN"}:
        k -= 1  # past describing words the phrase leaves out
    if doc[k].lower_ not in _INDEFINITE or k - 1 <= sent.start:
        return None
    if doc[k - 1].lower_ not in _GATHERED_IN or any(t.tag_ == "MD" for t in sent):
        return None
    said = {
        tuple(t.lower_ for t in doc[j : k - 1])
        for j in (k - 2, k - 3)
        if j >= sent.start and doc[j].tag_ == "VBD"
    }
    if not said & _GATHERED:
        return None
    # "a joint workshop": the describing words too, as the page writes them
    return untitled_event(doc, replace(p, name_words=[t.text for t in doc[k + 1 : p.end]]))


def says_gathered(sent) -> bool:
    """Whether a sentence says people gathered, in the past (a verb of
    vocab/event_gathering_words.txt): "Members old and new gathered to look
    back on a decade"; not "will gather", nor "met its target" (a verb with an object)."""
    if any(t.tag_ == "MD" for t in sent):
        return False
    for t in sent:
        if t.tag_ != "VBD" or any(c.dep_ == "dobj" for c in t.children):
            continue
        if any(tuple(w.lower_ for w in sent.doc[t.i : t.i + len(g)]) == g for g in _GATHERED):
            return True
    return False


_VAGUE = vocab.words("event_vague_heads")


def renamed_vague(event: PageEvent, first: list[Phrase], docs: list, url_words, text: str):
    """The page's event named better when its name is a vague noun alone ("Event",
    from "The event was attended by ..."; vocab/event_vague_heads.txt): as the
    page address names it before that noun, where the page writes those words in
    capitals (".../westmoor-village-awards-event-honouring-..." and "the Westmoor
    Village Awards": "Westmoor Village Awards"), or else as the first sentences
    place it ("welcomed guests to a reception at Kelby Guildhall": "Reception at
    Kelby Guildhall"). The vague noun stays an alias; `event` as it was otherwise."""
    if event.name.lower() not in _VAGUE:
        return event
    written = _written(named_before(url_words, _VAGUE), text)
    better = PageEvent(written, evidence=event.evidence) if written else None
    if better is None:
        better = next((e for p in first if (e := placed_event(docs[p.block], p))), None)
    return event if better is None else told_for_vague(event, better)


def told_for_vague(event: PageEvent, told: PageEvent) -> PageEvent:
    """An event called only "the event", named as `told` names it: as the page says
    it elsewhere (`renamed_vague`), or by the occasion the first sentences tell
    ("Jane Doe cut the ribbon to officially open the Foo Centre. The event was
    watched by ..." -> "Official opening of the Foo Centre"); the vague noun and
    the event's other forms are aliases."""
    for alias in (event.name.lower(), *event.aliases):
        if alias not in told.aliases:
            told.aliases.append(alias)
    for block, spans in event.spans.items():
        told.spans.setdefault(block, []).extend(spans)
    told.date = told.date or event.date
    return told


def _written(words: list[str] | None, text: str) -> str | None:
    """The page's own writing of an address's name words, each capitalised ("the
    Westmoor Village Awards", "WESTMOOR VILLAGE AWARDS" as "Westmoor Village
    Awards"); None when the page never writes them so."""
    if not words:
        return None
    pattern = r"\b" + r"\s+".join(map(re.escape, words)) + r"\b"
    for m in re.finditer(pattern, text, flags=re.I):
        if all(w[:1].isupper() for w in m.group().split()):
            return unshout(" ".join(m.group().split()))
    return None
