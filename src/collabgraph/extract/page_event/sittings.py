"""Bodies the page says met: "The Kelby Carers Forum met online on 12 May" tells a
sitting of the forum, a body (corpus/GOLD.md: networks, partnerships and forums are
organisations), not an event named "Kelby Carers Forum", though its last word is an
event's noun. A headline naming it ("Kelby Carers Forum - notes from the May
meeting") names the body whose meeting the page is about, so the page's event is not
read from that name; an event the page calls only by the kind of sitting ("the
September meeting") is named after that body: "Kelby Carers Forum September meeting".
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.page_event.reading import PageEvent

_MET = vocab.words("sitting_verbs")  # "met", "meets", "meet"
_SITTINGS = vocab.words("body_meeting_heads") | {"agm"}
_MONTHS = vocab.words("calendar_words")  # days and months: "September meeting"
_FIRST_BLOCKS = 2


def sitting_bodies(docs: list, body: list[int], headlines: list[int]) -> dict[str, str]:
    """The names (capitalised words, without "the") that are the subject of
    "met"/"meets" in the page's first paragraphs (`body`: their block numbers), by
    their lower-cased form; none unless the headline or those paragraphs also call
    the sitting by its noun ("the September meeting", "The meeting was chaired by"):
    "The Fenby Transport Assembly met for the first time" alone tells an event."""
    first = body[:_FIRST_BLOCKS]
    if not any(
        t.lower_ in _SITTINGS and t.pos_ in {"NOUN", "PROPN"}
        for b in [*headlines, *first]
        for t in docs[b]
    ):
        return {}
    out = {}
    for b in first:
        for tok in docs[b]:
            if tok.lower_ not in _MET or tok.pos_ not in {"VERB", "AUX"}:
                continue
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is None or not subj.text[:1].isupper():
                continue
            words = [t for t in docs[b][subj.left_edge.i : subj.i + 1] if t.lower_ != "the"]
            if words and all(t.text[:1].isupper() or t.lower_ in {"of", "and", "&"} for t in words):
                name = " ".join(t.text for t in words)
                out[name.lower()] = name
    return out


def held_by_sitting(event: PageEvent, sitting: dict[str, str]) -> None:
    """Name the page's event after the one body the page says met, when its name only
    says what kind of sitting it was ("September meeting" -> "Kelby Carers Forum
    September meeting"; the body's own "<body> meeting" an alias)."""
    words = event.name.split()
    if len(sitting) != 1 or event.owner or not words or words[-1].lower() not in _SITTINGS:
        return
    if any(w[:1].isupper() and w.lower() not in _MONTHS for w in words[1:]):
        return  # a name of its own: "Spring Members Meeting"
    if words[0][:1].isupper() and words[0].lower() not in _MONTHS and len(words) > 1:
        words[0] = words[0].lower()  # "Annual meeting" -> "Foo annual meeting"
    (body,) = sitting.values()
    event.aliases += [event.name, f"{body} {words[-1].lower()}"]
    event.name = f"{body} {' '.join(words)}"
    event.owner = body
