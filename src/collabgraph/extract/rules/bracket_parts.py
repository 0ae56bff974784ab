"""A person's body in brackets among other parts (the employment family, continued):
a record's list of who came, or a caption, gives each person their initials, their
post or field and their body in one pair of brackets, cut by commas, semicolons or
dashes: "Jo Tern (JT, Kelby Council, Commissioning)", "Ada Foss (Highways, Fenby City
Council)", "Jo Tern (JT — Fenby Arts Hub)", "Ada Foss (Fenby Homes; tenants' lead)".
Each body filling a part is where the person works; a job in the part beside it is
the post held there; a seat beside it ("Jo Tern (JT, Chair, Fenby Forum)") leaves that
body to the board rules. And the other way round: a body, then its person in
brackets, "Fenby Bus Company (Ada Foss, Commercial Director)", "Apologies from Kelby
Library (Jo Tern)".

A bracket of one part after a person, "Jo Tern (Kelby Council)", is `affiliations`'s;
a part naming another person or anything but a post, letters, a body or a place
("Jo Tern (Kelby Council, by invitation)" is read; "(Kelby Council, who funded it)"
is not: a clause) leaves the bracket alone.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads brackets."""

_OPEN = {"("}
_CUTS = {",", ";"} | lx.DASHES
_MAX_PART = 6  # words in a part that is no name: a post, a field, a note
_MAX_PARTS = 4
_SEAT_WORDS = vocab.words("bracket_seat_words")


def bracket_parts(reader: SentenceReader) -> None:
    """ "Jo Tern (JT, Kelby Council, Commissioning)": Jo Tern works for Kelby Council;
    "Fenby Bus Company (Ada Foss, Commercial Director)": Ada Foss is its commercial
    director."""
    for m in reader.ms:
        if m.end >= reader.sent.end or reader.words[m.end] not in _OPEN:
            continue
        kind = reader.kind(m)
        if kind not in {"Person", "Organisation"}:
            continue
        parts = _parts(reader, m.end + 1)
        if parts is None:
            continue
        if kind == "Person":
            _bodies_of(reader, m, parts)
        else:
            _person_of(reader, m, parts)


def _parts(reader: SentenceReader, k: int) -> list[tuple[int, int]] | None:
    """The parts of the bracket opened before token k, cut at commas, semicolons and
    dashes, as (start, end) token spans; None when it does not close in the sentence,
    opens another, or holds too many or too long parts."""
    words, end = reader.words, reader.sent.end
    parts, start = [], k
    for j in range(k, end):
        if words[j] == "(":
            return None
        # a dash cuts when set apart ("JT – Foo"), not inside a word ("Vice-Chair")
        joined = words[j] in lx.DASHES and not reader.doc[j - 1].whitespace_
        if (words[j] in _CUTS and not joined) or words[j] == ")":
            if j == start:
                return None
            parts.append((start, j))
            start = j + 1
            if words[j] == ")":
                return parts if len(parts) <= _MAX_PARTS else None
    return None


def _filling(reader: SentenceReader, start: int, end: int) -> Mention | None:
    """The mention filling the part from start to end (a "the" before it allowed)."""
    start += reader.words[start] == "the" and end - start > 1
    m = reader.by_start.get(start)
    return m if m is not None and m.end == end else None


def _body_shaped(m: Mention) -> bool:
    """Whether a body filling a part looks like one on its own: two words or more, or
    letters in capitals ("DWP"); not one capitalised word, which a field is as often
    ("Commissioning")."""
    return len(m.text.split()) > 1 or (m.text.isupper() and len(m.text) >= 2)


def _plain(reader: SentenceReader, start: int, end: int) -> bool:
    """Whether a part naming nothing is a post, letters or a short note: no verb,
    no name in it, a few words."""
    if end - start > _MAX_PART:
        return False
    # a capitalised field ("Highways") may be read as a name of no kind yet
    if any(m.start < end and m.end > start and reader.kind(m) is not None for m in reader.ms):
        return False
    return not any(reader.doc[i].pos_ in {"VERB", "AUX", "PRON"} for i in range(start, end))


def _initials(reader: SentenceReader, person: Mention, start: int, end: int) -> bool:
    """Whether the part is the person's initials ("JT", "KAB" for Kwame Asante-Boateng)."""
    return end - start == 1 and _letters_of(reader.doc[start].text, person)


def _letters_of(text: str, person: Mention) -> bool:
    """Whether `text` is a person's initials: 2-4 capitals opening with their first
    name's letter and closing with their surname's ("JT" for Jo Tern)."""
    names = [w for w in person.text.replace("-", " ").split() if w[:1].isupper()]
    return (
        2 <= len(text) <= 4
        and text.isalpha()
        and text.isupper()
        and len(names) >= 2
        and text[0] == names[0][0]
        and text[-1] == names[-1][0]
    )


def _post(reader: SentenceReader, start: int, end: int) -> bool:
    """Whether the part is a post (a job or a seat), by the role finder: one it found,
    or one it reads from a word of the part ("Principal", "Clinical Director")."""
    if any(start <= r.start and r.end == end for r in reader.roles):
        return True
    for i in range(start, end):
        span = reader.role_phrase_at(i)
        if span is not None and span.end == end:
            return True
    return False


def _field(reader: SentenceReader, person: Mention, start: int, end: int) -> str | None:
    """A field in capitals, a post's stand-in ("Jo Tern (Highways, Foo Council)"):
    a plain part opening with a capital, not the person's initials; else None."""
    if _initials(reader, person, start, end) or not _plain(reader, start, end):
        return None
    text = reader.doc[start:end].text
    return text if text[:1].isupper() and any(c.islower() for c in text) else None


def _job(reader: SentenceReader, start: int, end: int, org: Mention) -> str | None:
    """The post a part names, when it is a job held at `org` (WORKS_FOR), else None."""
    # the role finder may start a post at its core ("Commercial Director": "Director")
    if not _post(reader, start, end):
        return None
    role = role_text(reader.doc[start:end].text, org)
    return role if post_relations(role, org) == ("WORKS_FOR",) else None


def _bodies_of(reader: SentenceReader, person: Mention, parts: list[tuple[int, int]]) -> None:
    if len(parts) < 2:
        return  # "Jo Tern (Kelby Council)": `affiliations`
    if any(reader.words[end - 1] in _SEAT_WORDS for _start, end in parts):
        return  # "Jo Tern (Youth representative, Kelby Youth Council)": no job
    found: list[tuple[int, Mention]] = []
    for n, (start, end) in enumerate(parts):
        if _initials(reader, person, start, end):
            continue  # "Jo Tern (JT, ...)": her letters in the record, no body's
        m = _filling(reader, start, end)
        if m is not None and reader.kind(m) == "Organisation" and _body_shaped(m):
            if not _post(reader, start, end):  # "Cabinet Member for Adult Care" read as a body
                found.append((n, m))
        elif m is not None and reader.kind(m) in {"Place", "Organisation"}:
            continue  # a place, or one capitalised word read as a body: a field
        elif not _plain(reader, start, end):
            return
    for n, org in found:
        near = [parts[i] for i in (n - 1, n + 1) if 0 <= i < len(parts)]
        # the job beside the body, else the only one in the bracket ("Jo Tern (Assistant
        # Director, Adult Care, Foo Council)"), else a field in capitals beside it
        roles = [r for s, e in near if (r := _job(reader, s, e, org)) is not None]
        jobs = [r for s, e in parts if (r := _job(reader, s, e, org)) is not None]
        if len(jobs) <= 1:
            roles = roles or jobs[:1]
        if not roles and any(_post(reader, s, e) for s, e in parts):
            continue  # "Jo Tern (Chair, Foo Forum)": a seat there, the board rules'
        roles = roles or [f for s, e in near if (f := _field(reader, person, s, e))]
        reader.relate(person, "WORKS_FOR", org, role=roles[0] if roles else None, confidence=0.65)


def _person_of(reader: SentenceReader, org: Mention, parts: list[tuple[int, int]]) -> None:
    people = []
    for start, end in parts:
        m = _filling(reader, start, end)
        if m is None:
            # "(manager Ada Foss)": a post, then its holder
            m = reader.by_end.get(end)
            if m is None or reader.kind(m) != "Person" or m.start <= start:
                if not _plain(reader, start, end):
                    return
                continue
            if _job(reader, start, m.start, org) is None:
                return
        if reader.kind(m) != "Person":
            return
        people.append((m, start, end))
    if len(people) != 1:
        return
    person, start, end = people[0]
    if _letters_of(org.text, person):
        return  # "JT (Jo Tern)": a record's letters for her, read as a body's
    role = _job(reader, start, person.start, org) if start < person.start else None
    others = [p for p in parts if p != (start, end)]
    for s, e in others:
        if (
            role is None
            and (role := _job(reader, s, e, org)) is None
            and reader.role_phrase_at(s) is not None
        ):
            return  # "(Jo Tern, Chair)": a seat on its board, `boards`'s
    reader.relate(person, "WORKS_FOR", org, role=role, confidence=0.65)
