"""Officers named on the lines that head a council's paper ("Report author: Jane
Doe, Community Safety Manager", "Contact officer: John Roe, Grants Officer",
`vocab/council_paper_officer_labels.txt`): the post is at the council, when the
council heads the page above that line (its masthead: "KELBY DISTRICT COUNCIL /
CABINET - 4 MARCH": the first body above it that opens a line, else the first
named), though a staff post named with no body on a page naming a
council is otherwise left unplaced (`page_organisation.place_posts`: "Our
coordinator, Jo Tern" there is more often the page's unnamed group's). Under
another body's masthead ("Foo Healthwatch / Report author: ...") the post stays
that body's.
"""

from __future__ import annotations

from collabgraph.extract import vocab

_LABELS = vocab.words("council_paper_officer_labels")
_LONGEST_LABEL = 3  # words


def paper_home(home: str, evidence: str, council, ctx, by_mention: dict, person: int) -> str:
    """ "council" for a staff post (`home` "staff") read from an officer's line of a
    council's paper, the line of mention `person`, headed by the page's local council
    (`council`, a mention or None); else `home` unchanged."""
    if home != "staff" or council is None or ":" not in evidence:
        return home
    label = evidence.split(":", 1)[0].strip().lower().split()
    if len(label) > _LONGEST_LABEL or " ".join(label) not in _LABELS:
        return home
    above = [m for m in ctx.mentions if m.sent < ctx.mentions[person].sent and _body(m, by_mention)]
    heads = [m for m in above if _opens(ctx, m)] or above
    own = bool(heads) and by_mention.get(heads[0].id) is by_mention.get(council.id)
    return "council" if own else home


def _opens(ctx, m) -> bool:
    """Whether a mention opens its sentence (a line: "KELBY DISTRICT COUNCIL"), or
    is read from the page's headings before any sentence (numbered -1)."""
    if m.sent < 0:
        return True
    line = ctx.sentences[m.sent] if m.sent < len(ctx.sentences) else ""
    return line.lstrip().lower().startswith(m.text.lower())


def _body(m, by_mention: dict) -> bool:
    e = by_mention.get(m.id)
    return e is not None and e.type == "Organisation" and m.section == 0 and not m.synthetic
