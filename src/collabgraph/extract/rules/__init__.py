"""The relation rules, one module per family, run in order over each sentence.

Each rule is a function of a `SentenceReader` (`rules.reader`): it looks for
its cues in the sentence, asks the reader what is around them, and records
relation candidates in the document context (`reader.relate`). Rules never
call each other; this registry calls them, so family modules import only the
reader and never this package (no import cycles). The order they run in is
`rules.order.RULES`.
"""

from __future__ import annotations

from functools import cache

from collabgraph.errors import RulesFileError
from collabgraph.extract.leads import phrase_role
from collabgraph.extract.patterns import CueFinder, read_cues
from collabgraph.extract.rules import (
    boards,
    conjuncts,
    lead_lists,
    programme_items,
    speaker_lists,
)
from collabgraph.extract.rules.families import CUE_LABELS, FAMILIES
from collabgraph.extract.rules.needs import GATE
from collabgraph.extract.rules.order import RULES, Rule
from collabgraph.extract.rules.reader import SentenceReader


def family_of(rule: Rule) -> str:
    """The family a rule belongs to: its module's name ("employment", "places")."""
    return rule.__module__.rsplit(".", 1)[-1]


def read_sentence(
    reader: SentenceReader, *, lead: str | None = None, heading: str | None = None
) -> None:
    """Run every rule over one sentence; `lead` is the line a list item sits under
    ("Speakers:"), `heading` the heading over a list item ("Our trustees"), read
    first; a programme's item ("Keynote presentations" over "Title: Jane Doe,
    Chair") last, once the posts it names are read (`page_posts` reads a post
    only of someone not yet related). A tie read for one name of a list is then
    given to the others listed with it (`conjuncts.spread`). A rule whose needs
    (`rules/needs.txt`: a cue label, a word) the sentence lacks is not called."""
    since = len(reader.ctx.candidates)
    listed = bool(lead or heading) and lead_lists.list_item(reader, lead or heading)
    # a heading that says its items took part is their lead too ("Teams taking part")
    under = lead or (heading if heading and phrase_role(heading) else None)
    read_as_list = bool(under) and not listed and speaker_lists.lead_in(reader, under)
    if lead or heading:
        # an item's lead that is the heading over it ("Trustees" over "Jo Tern - GP") is one
        boards.seat_lead(reader, lead or heading, heading=not lead or lead == heading)
    skipped = GATE.skipped(reader)  # rules the sentence lacks every need of (rules/needs.txt)
    for i, rule in enumerate(RULES):
        if i not in skipped:
            rule(reader)
    if (lead or heading) and not listed and not read_as_list:
        programme_items.programme_item(reader, lead or heading)
    conjuncts.spread(reader, since)


@cache
def cue_finder(vocab, folder: str) -> CueFinder:
    """The cues of a pattern folder, ready to find in Docs of `vocab`; built once.

    Raises RulesFileError naming file and line for a bad line, or for a label no
    rule reads (a cue that would silently do nothing).
    """
    cues = read_cues(folder)
    for cue in cues:
        if cue.label not in CUE_LABELS:
            raise RulesFileError(
                f"{cue.source}: no rule reads cues labelled {cue.label!r} "
                f"(labels: {', '.join(sorted(CUE_LABELS))})"
            )
    return CueFinder(vocab, cues)


__all__ = [
    "CUE_LABELS",
    "FAMILIES",
    "RULES",
    "SentenceReader",
    "cue_finder",
    "family_of",
    "read_sentence",
]
