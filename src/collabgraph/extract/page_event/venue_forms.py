"""The page's event as the page writes it with its place: "its annual reception
in parliament", "a social prescribing event in Inverness", "the conference at
the Westshire Hotel", "the first interfaith event at the Palace" (with the
describing words its name leaves out). A reader lists that form as one of the
event's names."""

from __future__ import annotations

from collabgraph.extract.page_event.reading import PageEvent

# Prepositions that put an event somewhere ("in Northtown", "at the Town Hall")
_PLACING = {"in", "at"}
# Entity types of an object that says when, not where ("in May", "at 10am", "in 2031")
_TIMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
_MAX_PLACE = 8  # tokens of "at the local Council for Voluntary Services"
_OPENERS = {"DET", "PRON"}  # "its", "a", "the", "our" before the event's words


def add_venue_forms(event: PageEvent, docs: list) -> None:
    """Add to `event.aliases` each form the page writes it in followed by where
    it was: the span "annual reception" before "in parliament" gives "its annual
    reception in parliament" and "annual reception in parliament". Nothing when
    the words after say when ("the AGM in May") or run on past a short place."""
    for block, spans in event.spans.items():
        doc = docs[block]
        for start, end in spans:
            place_end = _place_after(doc, end)
            if place_end is None:
                continue
            forms = [doc[start:place_end].text]
            if start > 0 and doc[start - 1].pos_ in _OPENERS:
                forms.append(doc[start - 1 : place_end].text)  # "its annual reception in ..."
            written = _described_from(doc, start)
            if written < start:  # "the first interfaith event at ...": as written
                forms.append(doc[written:place_end].text)
            for form in forms:
                if form.lower() not in {a.lower() for a in event.aliases}:
                    event.aliases.append(form)


_DESCRIBING = {"ADJ", "NUM"}  # "first", "interfaith", "three" before the event's words


def _described_from(doc, start: int) -> int:
    """Where the lower-case describing words the event's words leave out begin,
    back from `start` to the opener: "first interfaith" in "the first interfaith
    event" (`start` itself when there are none)."""
    k = start
    while k > 0 and doc[k - 1].pos_ in _DESCRIBING and doc[k - 1].is_lower:
        k -= 1
    return k if k == 0 or doc[k - 1].pos_ in _OPENERS else start


def _place_after(doc, i: int) -> int | None:
    """End of "in <place>" / "at <place>" starting at token `i`, when it hangs on
    the event's words and names a place; None otherwise."""
    if i >= len(doc) or doc[i].lower_ not in _PLACING or doc[i].head.i >= i:
        return None
    prep = doc[i]
    objects = [t for t in prep.children if t.dep_ == "pobj"]
    if not objects or objects[0].ent_type_ in _TIMES or objects[0].like_num:
        return None
    end = max(t.i for t in prep.subtree) + 1
    if end - i - 1 > _MAX_PLACE or doc[i].sent.end < end:
        return None
    return end
