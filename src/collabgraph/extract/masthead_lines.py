"""A masthead line under a page's title: the body whose page it is, on a line of its
own, alone or beside a label and a date.

    Three new trustees join our board
    Kelby Village Hall Association

    Council agrees new carers' contract
    Fenby Borough Council – news release, 11 March 2025

    University and charities sign civic agreement
    News | Kelby University | 4 December 2024

The body is the page's author (as "Posted by the Foo Trust team" is: `voice_lines`),
so the page's "we", "our AGM" and "our funders" are it. Read by `layout.lay_out` on
the one line right after the title, before the body starts. A name alone must end
in a strong body word (`vocab/head_organisation_strong.txt`: "Association",
"Trust", "Council"), not "Repair Café" heading a listing; beside a label or a
date, any body word will do, and beside a label even none ("Blog | Foo Youth Project";
not a paper's or a person's name: `_labelled_name`).
The label words: `vocab/masthead_labels.txt`, and "Issue 31"; "Newsletter of the
Foo Association - Issue 31, Autumn 2031" names the Foo Association, and so does
"The newsletter of the Foo Association — Autumn 2031" (the opening a label). A
note that the body is a registered charity after its name, and a part saying where
the page was published ("Foo PCN | Published in the Kelby Bulletin, April 2031"),
are passed over. A newspaper
("Kelby Gazette") ends in no body word and is left; so is a body beside a month and
year with no label ("Kelby Safer Streets Board, March 2031"), the heading of a record
of its meeting. The title itself names the page's body when a label follows the
name after a dash ("Kelby Community Association - AGM report": `titled_body`).
A body named first in a line of bars or dots, beside its site's sections ("Foo
Trust | Our impact | Stories", "Kelby City Council · Staff networks") and naming
no other body nor a person, is the page's (`_body_first`), with no body word when
a part is the body's own ("Foo Link Kelby | Our impact", "Foo Link Kelby - Our
team": `_ours`, in `titled_body` too); a part closing in a
label word names the body before it ("Kelby Council newsroom"), or none ("Grants
blog": a label), and a "Posted: 3 May 2031" part is a date.
A blog's masthead naming its writer beside the body ("Blog | Jo Tern, Director,
Kelby Trust | 3 May 2031") is a byline (`masthead_byline`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from collabgraph.extract import vocab
from collabgraph.extract.lexicon import (
    ANY_ORG_HEADS,
    ARTICLES,
    EVENT_HEADS,
    NAME_CONNECTORS,
    REPORT_HEADS,
    ROLE_CORE,
    STRONG_ORG_HEADS,
)
from collabgraph.extract.meeting_pages import says_meeting_record
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.name_forms import without_the
from collabgraph.extract.written_dates import is_date_alone

_LABELS = vocab.words("masthead_labels")
_LISTING = re.compile(r"^(?:%s)" % "|".join(vocab.ordered("listing_title_openings")), re.I)
_SEPARATORS = re.compile(r"\s+[|–—·-]\s+|\s*\|\s*|,\s+")  # "Foo Association · Issue 31"
_MAX_WORDS = 9
_FROM = re.compile(  # "News release from Foo", "Newsletter of the Foo Association"
    r"^(?:(?:news|press|media)\s+release\s+from|(?:the\s+)?(?:newsletter|e-?bulletin)\s+of)"
    r"\s+(?:the\s+)?",
    re.I,
)
# "From the Foo Forum newsletter, April 2031": the body whose newsletter it is
_FROM_PAPER = re.compile(r"^from\s+the\s+(?P<name>.+?)\s+(?:newsletter|e-?bulletin)\b", re.I)
_CHARITY_NOTE = re.compile(r"\s*\((?:a\s+)?registered charity[^)]*\)$", re.I)
_PUBLISHED_IN = re.compile(r"^(?:first\s+)?published\s+(?:in|by)\s", re.I)  # where it ran
_ISSUE = re.compile(r"^issue\s+(?:no\.?\s*)?\d+$", re.I)  # "Issue 31": a label
_BARS = re.compile(r"\s\|\s|\s·\s")  # "Foo Trust | Stories", "Foo Council · Staff networks"
_POSTED_ON = re.compile(r"^(?:posted|published|updated)(?:\s+on)?:?\s+", re.I)  # "Posted: 3 May"
_MONTH_YEAR = re.compile(r"^(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d$")
_NOT_OPENING = vocab.words("masthead_not_opening_words")  # "From the Parish Council"
_TITLE_LABELS = vocab.words("title_label_words")  # "Foo Association - AGM report"
_TITLE_MARK = re.compile(r"\s+[|–—-]\s+|:\s+")
_LEAD_LABELS = vocab.words("title_lead_label_words")  # "Meet the team - Kelby Trust"
_FIRST_PERSON = {"our", "we"}  # "Fenby Food Alliance - who we are"
_LABEL_REACH = 4  # a label word opens it: "Foo: autumn update", not "Foo: Kelby Summit - report"
_EVENT_ENDS = (EVENT_HEADS - ANY_ORG_HEADS) | {"agm"}  # "Club news: Kelby Lions AGM"
_QUOTES = {'"', "“", "'", "‘"}  # "Foo Team: \"Our high street...\"": a quotation
_PUBLICATION = vocab.words("name_publication_words")  # "Foo Voices News": a newsletter's
_RECORDS = re.compile(r"\bnotes\s+of\b|\bmeeting\b", re.I)  # "Notes of the open meeting"
_NEWSPAPER = vocab.words("newspaper_words")  # "Kelby Gazette | News": a paper's masthead
_NOT_LAST = _PUBLICATION | _EVENT_ENDS | _NEWSPAPER | _TITLE_LABELS  # "Foo Update": a paper
_LEGAL_ENDINGS = vocab.words("legal_endings")  # "Foo Energy plc - Sustainability Report"


def masthead_line(line: str, title: str = "") -> tuple[str, str] | None:
    """The body a masthead line names and its date's text ("" when none), else None;
    none under a listing's `title` ("What's on in Kelby": `vocab/listing_title_openings.txt`)."""
    if _LISTING.match(title.strip()):
        return None
    line = _CHARITY_NOTE.sub("", line.strip())  # "Foo Riding Group (a registered charity)"
    labelled = bool(_FROM.match(line) or _FROM_PAPER.match(line))  # "The newsletter of Foo"
    line = _FROM_PAPER.sub(r"\g<name>", _FROM.sub("", line))
    if not line or len(line) > 120 or line[-1:] in ".!?:":
        return None
    parts = [p.strip() for p in _SEPARATORS.split(line) if p.strip()]
    ran = [p for p in parts if _PUBLISHED_IN.match(p)]  # "Published in the Foo Bulletin"
    parts, labelled = [p for p in parts if p not in ran], labelled or bool(ran)
    parts = [_label_trimmed(p) for p in parts]  # "Foo Council newsroom", "Grants blog"
    names = [p for p in parts if p and not _label(p) and not _dated(p)]
    if len(names) != 1:
        names = _body_first(line, parts, names)
        if names is None:
            return None
    name = without_the(names[0])
    alone = len(parts) == 1
    if not _body_name(name, STRONG_ORG_HEADS if alone else ANY_ORG_HEADS) and not (
        (any(_label(p) for p in parts) or _ours(parts[1:])) and _labelled_name(name)
    ):
        return None
    date = _POSTED_ON.sub("", next((p for p in parts if _dated(p)), ""))
    if _MONTH_YEAR.match(date) and not labelled and not any(_label(p) for p in parts):
        return None  # "Kelby Safer Streets Board, March 2031": a record of its meeting
    return name, date


def masthead_byline(line: str) -> tuple[str, str, None] | None:
    """A masthead naming the writer and their body between bars, a label first:
    "Blog | Jo Tern, Director, Kelby Trust | 3 May 2025", or "Blog | Kelby Trust |
    3 May 2025 | Jo Tern and Ada Foss": the byline it makes ("Jo Tern, Director,
    Kelby Trust"; "Jo Tern and Ada Foss, Kelby Trust": `bylines.read_byline`, so
    the page's "we" is the writer's body), its date's text and None (the byline
    block's key: a writer's, not a body's), else None."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) < 2 or len(line) > 160 or not _label(parts[0]):
        return None
    rest = [p for p in parts[1:] if p and not _dated(p)]
    date = next((p for p in parts[1:] if _dated(p)), "")
    if len(rest) == 2 and "," not in rest[1] and _body_name(rest[0], ANY_ORG_HEADS):
        rest = [f"{rest[1]}, {rest[0]}"]  # the body, then its writers
    if len(rest) != 1 or rest[0].count(",") not in {1, 2}:
        return None
    name, post = rest[0].split(",")[:2]  # a writer's name, then a post or the body
    person = any(is_given_name(w) for w in name.split()) or bool(
        set(post.lower().split()) & ROLE_CORE
    )
    return (rest[0], date, None) if person and not _body_name(name.strip(), ANY_ORG_HEADS) else None


def titled_body(title: str, rest: Sequence[str] = ()) -> str | None:
    """The body a page's title names before a dash, bar or colon, the rest a label of
    what kind of page it is, not a sentence or a name ("Kelby Community Association -
    AGM report", "FENBY ACTION - MEMBERS' BULLETIN, JULY 2031", "Kelby Links: Chair's
    report to the AGM": a word of `vocab/title_label_words.txt` in it, or the page's
    own "our"/"we" ("Fenby Food Alliance - our team and board"); no "the" opening it:
    "FOO - the Kelby Trust e-bulletin" names a newsletter), or after a label of the
    page's own of `vocab/title_lead_label_words.txt` ("Meet the team - Kelby Trust",
    "About us: the Fenby Partnership", "Annual Report 2031: Kelby Links"); else None.
    The name: two to nine capitalised words (connectors and "&" between them), no
    figures, not a section's opening ("From the Parish Council"), a body word among
    them or the name said again in the page's `rest` (its lines after the title),
    or the label the body's own ("Foo Link Kelby - Our team", not "Foo: highlights
    from our lunch"; the name not a person's nor a paper's: `_labelled_name`).
    A title that is the body's name alone names it when the line under it labels
    the page (`body_over_label`)."""
    title = title.strip()
    if len(title) > 120:
        return None
    parts = _TITLE_MARK.split(title, maxsplit=1)
    if len(parts) == 2 and _page_label(parts[1]):
        name = parts[0].strip()
    elif len(parts) == 2 and _lead_label(parts[0]):
        name = without_the(parts[1].strip())
    else:  # "Foo Watch Kelby", then "Annual Report 2031": the body over its page's label
        return body_over_label(title, rest[0], rest[1:]) if rest else None
    names = name.split()
    if not 2 <= len(names) <= _MAX_WORDS or names[0].lower() in _NOT_OPENING:
        return None
    if any(c.isdigit() for c in name) or names[-1].lower() in _PUBLICATION | _EVENT_ENDS:
        return None  # "Club news: Kelby Lions AGM": an event
    own = name == parts[0].strip() and parts[1].lower().startswith("our ")  # "Foo - Our team"
    own = own and _labelled_name(name)
    named = any(w.lower() in ANY_ORG_HEADS for w in names) or any(name in r for r in rest)
    if not (named or own):
        return None  # "KELBY VOICES - Community newsletter": a newsletter's own name
    legal = names[-1] in _LEGAL_ENDINGS  # "Foo Energy plc": its form in lower case
    words = names[:-1] if legal else names
    shaped = all(w[:1].isupper() or w in NAME_CONNECTORS or w == "&" for w in words)
    return name if shaped else None


def body_over_label(title: str, heading: str, rest: Sequence[str] = ()) -> str | None:
    """The body a page's title names alone when the line under it labels the page
    ("Foo Watch Kelby" over "Enter and View Report: Kelby House", "Foo Players
    Trust" over "Annual Review 2031-32", "KELBY HOSPICE" over "QUALITY ACCOUNT
    2031/32"): its name, else None. The title is two to nine capitalised words (all
    in capitals too: a body no word of which the recogniser knows, "FOO YOUTH", is
    named by nothing else), no figures, no label, newsletter or event word last ("Foo
    Update" is a newsletter's name); the heading is no sentence (no full stop, "!" or
    "?" closing it), opens with a label of `vocab/title_label_words.txt` or of the
    body's own page (`vocab/title_lead_label_words.txt`: "Annual Review 2031"), and
    says no record of a meeting ("Minutes of the meeting", "Notes of meeting":
    `meeting_pages.says_meeting_record`; `page_event.body_records` reads those).
    A name in capitals is given as the page's `rest` (its lines after the heading)
    spells it ("The Kelby Hospice is ..."), so the body read is the one named there."""
    name = without_the(title.strip())
    words = name.split()
    if not 2 <= len(words) <= _MAX_WORDS or any(c.isdigit() for c in name):
        return None
    if not all(w[:1].isupper() or w in NAME_CONNECTORS or w == "&" for w in words):
        return None
    if words[-1].lower() in _NOT_LAST or _label(name) or _lead_label(name):
        return None
    if words[0].lower() in _NOT_OPENING | _FIRST_PERSON or is_given_name(words[0]):
        return None
    if name.isupper() and not _capitals_body(name, heading):
        return None
    if heading.rstrip().endswith((".", "!", "?")):
        return None  # "Our Foo scheme, run with Bar, has moved.": a sentence, no label
    if _lead_label(" ".join(heading.split()[:2])):  # "Annual Report 2031, presented to the AGM"
        return _spelt(name, rest)
    if says_meeting_record(heading) or _RECORDS.search(heading):
        return None  # "Minutes of the meeting": a meeting's record reads its title so
    return _spelt(name, rest) if _page_label(heading) else None


def _capitals_body(name: str, heading: str) -> bool:
    """Whether a title in capitals over `heading` may be a body's name: not a
    report's ("KELBY TOWN CENTRE FRAMEWORK" over "Engagement Report"), nor a label's
    ("MEET THE TRUSTEE"), nor a newsletter's own name over a line that says whose it
    is ("HOME FRONT" over "The newsletter for Foo Homes tenants", "FOO MATTERS" over
    "News for donors | Kelby Community Foundation | Winter 2031")."""
    words = name.lower().split()
    if set(words) & REPORT_HEADS or words[0] in _LEAD_LABELS:
        return False
    if set(heading.lower().split()[:1]) & ARTICLES:
        return False  # "The newsletter of Foo Action": the title is the newsletter's
    parts = [p.strip() for p in _SEPARATORS.split(heading) if p.strip()]
    return not any(_body_name(without_the(p), ANY_ORG_HEADS) for p in parts)


def _spelt(name: str, rest: Sequence[str]) -> str:
    """A name written in capitals as the page's `rest` spells it ("FENBY YOUTH":
    "Fenby Youth"), else as it is."""
    if not name.isupper():
        return name
    written = re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", re.I)
    for line in rest:
        if (found := written.search(line)) is not None and not found.group().isupper():
            return found.group()
    return name


def _page_label(label: str) -> bool:
    """Whether a title's part after the body's name labels the page ("AGM report",
    "who we are"), not a sentence or another name ("the Foo e-bulletin")."""
    label = label.strip()
    words = re.findall(r"[\w'’-]+", label.lower())
    if not words or words[0] in ARTICLES or label[:1] in _QUOTES:
        return False
    return bool(set(words[:_LABEL_REACH]) & (_TITLE_LABELS | _FIRST_PERSON))


def _lead_label(label: str) -> bool:
    """Whether a title's part before the body's name is a label of the body's own
    page, its words (figures aside) all of `vocab/title_lead_label_words.txt`
    ("Meet the team", "About us", "Annual report 2031-32"; not "Case study")."""
    words = [w for w in re.findall(r"[\w'’-]+", label.lower()) if not w[:1].isdigit()]
    return bool(words) and all(w in _LEAD_LABELS for w in words)


def _label(part: str) -> bool:
    return part.lower() in _LABELS or bool(_ISSUE.match(part))


def _dated(part: str) -> bool:
    """Whether a part of the line is a date alone ("3 May 2031", "May 2031",
    "Published: 3 May 2031")."""
    part = _POSTED_ON.sub("", part)
    return is_date_alone(part) or bool(_MONTH_YEAR.match(part))


def _label_trimmed(part: str) -> str:
    """A part closing in a label word ("Grants blog", "Foo Council newsroom"): its
    name before the word ("Foo Council"), or "" when those words name no body
    ("Grants blog": a label); else the part as it is."""
    words = part.split()
    if len(words) < 2 or words[-1].lower() not in _LABELS or _label(part):
        return part
    name = " ".join(words[:-1])
    return name if _body_name(without_the(name), ANY_ORG_HEADS) else ""


def _body_first(line: str, parts: list[str], names: list[str]) -> list[str] | None:
    """ "Foo Trust | Our impact | Stories", "Foo City Council · Staff networks": a
    body named first in a line of bars or dots, its other parts naming no body
    and no person (a section of its site, a page's label): [the body], else None."""
    if not _BARS.search(line) or not names or names[0] != parts[0] or not line[:1].isalpha():
        return None
    first = without_the(parts[0])
    if not _body_name(first, ANY_ORG_HEADS) and not (_ours(parts[1:]) and _labelled_name(first)):
        return None  # "Foo Link Kelby | Our impact": a body's own site, though no body word
    for other in names[1:]:
        words = other.split()
        if _body_name(other, ANY_ORG_HEADS) or is_given_name(words[0]) or words[0].lower() == "by":
            return None  # "Foo Trust | Bar Council", "Foo Trust | by Jo Tern"
    return names[:1]


def _ours(parts: Sequence[str]) -> bool:
    """Whether a part after a name is the body's own page ("Our team", "Stories from
    our work"): the name is the body's, though no body word ends it."""
    return any(_FIRST_PERSON & set(re.findall(r"\w+", p.lower())) for p in parts)


def _labelled_name(name: str) -> bool:
    """Whether a name beside a masthead's label ("Blog | Foo Youth Project | 3 May
    2031", "Foo Link Mereshire | Training and events") is the body's though it ends in
    no body word: capitalised words, not a person's (a given name first) nor a
    newspaper's or a newsletter's (`vocab/newspaper_words.txt`, "Kelby Gazette")."""
    words = name.split()
    if not 2 <= len(words) <= _MAX_WORDS or is_given_name(words[0]):
        return False
    if {w.lower() for w in words} & (_NEWSPAPER | _PUBLICATION):
        return False
    if words[0].lower() in _NOT_OPENING:
        return False
    return all(w[:1].isupper() or w in NAME_CONNECTORS or w == "&" for w in words)


def _body_name(name: str, heads: set[str] | frozenset[str]) -> bool:
    """Capitalised words (connectors between them) ending in a body word of `heads`."""
    words = name.split()
    if not 2 <= len(words) <= _MAX_WORDS or words[-1].lower() not in heads:
        return False
    if words[0].lower() in _NOT_OPENING:
        return False  # "From the Parish Council": a section's heading
    return all(w[:1].isupper() or w[:1].isdigit() or w in NAME_CONNECTORS for w in words)


__all__ = ["body_over_label", "masthead_byline", "masthead_line", "titled_body"]
