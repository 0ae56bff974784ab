"""Who held the page's meeting when the page calls it by its kind alone: the one
body its title names.

    Minutes in brief: Fenby Parish Council, April meeting
    The meeting was held on 8 April in the Jubilee Room ...

    Key messages from the Kelby Place Partnership Board - March 2031
    ... The March meeting took place online on 6 March ...

A meeting named only by its kind ("April meeting", "The March meeting": the words
of `meeting_forms.meeting_words`) is a sitting of some body; when no one is said to
have organised it, it is the sitting of the one organisation the title names, which
ORGANISED it (`meeting_forms` then names it after that body). A title naming no body,
or two, gives none.
"""

from __future__ import annotations

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.coref import Entity
from collabgraph.extract.meeting_forms import YEAR as _YEAR
from collabgraph.extract.meeting_forms import meeting_words
from collabgraph.extract.meeting_pages import title_bodies
from collabgraph.extract.owned_events import OWNED


def title_holder(
    ctx: DocumentContext, by_mention: dict[int, Entity], kept: set[int], relations: list[dict]
) -> tuple[Entity, Entity] | None:
    """(the title's one organisation, the page's event) as above, or None.
    `by_mention` is mention id -> resolved entity, `kept` the ids of the listed
    entities, `relations` the seed's relations so far."""
    if ctx.page_event is None:
        return None
    event = by_mention.get(ctx.page_event)
    if event is None or event.type != "Event" or id(event) not in kept:
        return None
    if not meeting_words(event.name):
        return None
    if any(r["type"] == "ORGANISED" and r["to"] == event.name for r in relations):
        return None
    named = [m for key, m in title_bodies(ctx, by_mention).items() if key in kept]
    if len(named) != 1:
        return None
    return by_mention[named[0].id], event


_YEARLY = {"agm", "annual general meeting"}


def own_sitting_holders(
    ctx: DocumentContext,
    by_mention: dict[int, Entity],
    kept: set[int],
    sittings: list[Entity],
    relations: list[dict],
) -> list[tuple[Entity, Entity]]:
    """(the page's own organisation, the event) for each of `sittings`, the yearly
    sittings the page names by their kind alone in passing (`bare_sittings`: "At
    the AGM, Jo Tern was elected chair"), that no one is said to have organised:
    the page's body held it (`meeting_forms` then names it after that body). None
    when the page speaks for no organisation."""
    from collabgraph.extract.page_organisation import own_organisation

    if not sittings:
        return []  # most pages: no page body to look for
    own = own_organisation(ctx, by_mention)
    if own is None and len(named := title_bodies(ctx, by_mention)) == 1:
        own = next(iter(named.values()))  # "Kelby Council of Faiths newsletter"
    org = by_mention.get(own.id) if own is not None else None
    if org is None or org.type != "Organisation" or id(org) not in kept:
        return []
    held = {r["to"] for r in relations if r["type"] == "ORGANISED"}
    return [(org, e) for e in sittings if e.name not in held]


def bare_sittings(by_mention: dict[int, Entity], kept: set[int]) -> list[Entity]:
    """The events of the yearly sittings the page names by their kind alone in
    passing ("At the AGM", "our AGM": found by `owned_events`, not the page's title
    or its event), each once."""
    found, seen = [], set()
    for e in by_mention.values():
        if e.type != "Event" or id(e) not in kept or id(e) in seen:
            continue
        seen.add(id(e))
        if not any(m.synthetic == OWNED for m in e.mentions):
            continue  # an "AGM" the page names otherwise (its title, its event): not read here
        if " ".join(_YEAR.sub("", e.name).lower().split()) in _YEARLY:
            found.append(e)
    return found


__all__ = ["bare_sittings", "own_sitting_holders", "title_holder"]
