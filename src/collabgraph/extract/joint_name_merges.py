"""A body named for two areas, written once in full and elsewhere with one area:
"Fenby Growth Board" and "Dunhallow Growth Board" are "the Fenby and Dunhallow
Growth Board" when the page names it so (a headline often drops an area).

`merge_joint_area_halves`: a name of two words or more, of the same type as a
longer name "<A> and <B ...> <rest>" (or "&"), that is "<A> <rest>" or
"<B ...> <rest>" with `rest` closed by a head word of that type; merged when only
one longer name fits. Run by `coref` after `name_variant_merges`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract.name_forms import head_type

if TYPE_CHECKING:
    from collabgraph.extract.coref import Entity
    from collabgraph.extract.entity_merges import Merges

_AND = {"and", "&"}


def _halves(words: list[str]) -> list[tuple[str, ...]]:
    """The one-area forms of a joint name's lower-case words: "a and b c board" ->
    ("a", "c", "board") and ("b", "c", "board"); none when "and" is not the second
    word or more than one stands in the name."""
    ands = [k for k, w in enumerate(words) if w in _AND]
    if len(ands) != 1 or ands[0] != 1 or len(words) < 4:
        return []
    first, after = words[0], words[2:]
    out = [tuple(after)]
    for cut in range(1, len(after)):  # "b c board": the second area is one or more words
        out.append((first, *after[cut:]))
    return out


def merge_joint_area_halves(entities: list[Entity], merges: Merges) -> None:
    """Merge "Fenby Growth Board" and "Dunhallow Growth Board" into the one
    "Fenby and Dunhallow Growth Board" of the same type when only it fits."""
    kinds = {"Organisation", "Project", "Event"}
    bodies = [e for e in entities if e.type in kinds and not merges.gone(e)]
    forms: dict[tuple[str, ...], list[Entity]] = {}
    for o in bodies:
        words = [w.lower() for w in o.words()]
        for half in _halves(words):
            forms.setdefault(half, []).append(o)
    for e in bodies:
        words = tuple(w.lower() for w in e.words())
        if merges.gone(e) or len(words) < 2 or head_type(words[-1]) != e.type:
            continue
        found = {id(merges.target(o)): o for o in forms.get(words, []) if o.type == e.type}
        found.pop(id(merges.target(e)), None)
        if len(found) == 1:
            merges.merge(e, next(iter(found.values())))


__all__ = ["merge_joint_area_halves"]
