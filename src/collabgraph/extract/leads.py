"""The line a list entry sits under: "Speakers" over "Name, Title, Org" lines.

A bulleted item carries its lead from the layout (`Block.key`); lines that are
not bulleted but sit under a heading naming a list role ("Speakers", "Our
panel", `vocab/list_roles.txt`) or a programme's sessions ("Breakout workshops",
`vocab/programme_headings.txt`) take that heading as their lead, until prose
starts.
"""

from __future__ import annotations

from functools import cache

from collabgraph.extract import vocab
from collabgraph.extract.layout import Block
from collabgraph.extract.lexicon import LIST_ROLE_CUES

_LEAD_WORDS = 20
_HEADINGS = vocab.table("programme_headings")
_MAX_HEADING = 5
_PRESENT = vocab.words("meeting_present_labels")
_PRESENT_GLUE = {"members", "also", "in", "those"}  # "Members present", "In attendance"


def present_lead(text: str) -> bool:
    """Whether a line is only a meeting record's label over its list of who came:
    "Present:", "Members present", "Also in attendance:" (vocab/meeting_present_labels.txt)."""
    words = {w.strip(".,:;").lower() for w in text.split()}
    return bool(words & _PRESENT) and words <= _PRESENT | _PRESENT_GLUE


def heading_lead(block: Block, lead: str | None) -> str | None:
    """The heading a short line sits under when the heading names a role of a
    list ("Speakers", "Our panel") or is a meeting record's "Present:" label, and
    the lines under it are "Name, Title, Org" entries, not prose; None once prose
    starts."""
    if block.kind == "item":
        return lead  # a line read as an item of the list (list_lines.py) is no prose
    words = {w.strip(".,:;").lower() for w in block.text.split()}
    if block.kind == "heading" and len(words) <= 4 and words & LIST_ROLE_CUES.keys():
        return block.text
    if block.kind in {"heading", "para"} and present_lead(block.text):
        return block.text  # "Present:" over "Cllr A (Chair)", "B, Foo Trust" lines
    programme = heading_role(block.text) is not None and not _entry(block.text)
    if block.kind == "heading" and len(words) <= 4 and programme:
        return block.text  # "Breakout workshops" over a programme's lines
    return lead if block.kind in {"para", "heading"} and _entry(block.text) else None


def heading_role(heading: str) -> str | None:
    """The role a programme heading gives the people of its items, or None:
    "Keynote presentations" -> "keynote speaker", "Breakout workshops" ->
    "workshop leader", "Our partners" -> None."""
    words = [w.strip(".,:;()'’").lower() for w in heading.split()]
    if not words or len(words) > _MAX_HEADING:
        return None
    found = [_HEADINGS[w] for w in words if w in _HEADINGS]
    if not found:
        return None
    return next((r for r in found if r != "speaker"), found[0])  # "Panel speakers": panellist


def _entry(text: str) -> bool:
    """A short line that names someone and says more: "Name, Title, Org",
    "Session title – Name (Org)"."""
    short = len(text.split()) <= _LEAD_WORDS and not text.rstrip().endswith(".")
    return short and any(sep in text for sep in (",", " - ", " – ", "("))


_COMPANY_ENDS = [tuple(p.split()) for p in vocab.ordered("list_company_leads")]
_COMPANY_HOLDERS = vocab.words("list_company_holders")
_COMPANY_COUNT = 2  # "joined by three guests:": words a lead's end may carry past its phrase


def company_lead(lead: str) -> bool:
    """Whether a list's lead-in adds company to the one who chaired or hosted: "The
    session was chaired by Jane Doe. She was joined by:", "Chaired by John Roe,
    with:" (`vocab/list_company_leads.txt`, `list_company_holders.txt`)."""
    if not lead.rstrip().endswith(":"):
        return False
    words = [w.strip(".,:;()'’").lower() for w in lead.split()]
    if not _COMPANY_HOLDERS.intersection(words):
        return False
    return any(
        tuple(words[k : k + len(end)]) == end
        for end in _COMPANY_ENDS
        for k in range(max(0, len(words) - len(end) - _COMPANY_COUNT), len(words) - len(end) + 1)
    )


_PHRASES = vocab.table("list_lead_phrases")


@cache  # asked of the heading over every sentence under it
def phrase_role(lead: str) -> str | None:
    """The role a list's lead-in gives its items by a phrase saying they took part
    ("We heard from:" -> speaker, "Teams taking part" -> participant,
    `vocab/list_lead_phrases.txt`); None when it has none."""
    text = f" {' '.join(w.strip('.,:;?!()' + chr(8217)).lower() for w in lead.split())} "
    return next((role for phrase, role in _PHRASES.items() if f" {phrase} " in text), None)


_LEAD_MARKS = vocab.words("lead_partner_words")


def marked_lead(words: list[str], end: int, stop: int) -> bool:
    """Whether the lower-case `words` right after a listed body's name (ending at
    `end`, before `stop`) mark it as the one that leads: "Foo Homes (Lead Partner)"
    (`vocab/lead_partner_words.txt`)."""
    if end >= stop or words[end] != "(":
        return False
    close = next((j for j in range(end + 1, min(end + 6, stop)) if words[j] == ")"), None)
    return close is not None and " ".join(words[end + 1 : close]) in _LEAD_MARKS
