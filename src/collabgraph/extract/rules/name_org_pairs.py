"""People named with their organisation and nothing else (the employment family,
continued): a line "Jane Doe, Foo Trust" under "Speakers", or a list of such
pairs cut by semicolons ("Jane Doe, Foo Trust; John Roe, Bar Housing; and Ann
Lee, Baz Council"). Each person works for the organisation beside them
(corpus/GOLD.md: WORKS_FOR, no role said). A name and an organisation side by
side in a plain list ("Jane Doe, Foo Trust and Bar Housing signed ...") are not
read: only a line that is the pair alone, or pairs a semicolon sets apart.
A line that opens with a post and a dash ("Manager – Jane Doe, Foo Trust") gives
that post there, but for a seat on a roll of officers ("Chair – Jane Doe, Foo Trust"
over "Treasurer – John Roe"): the seat is the page's body's (`page_posts`), the pair
a plain one; a pair closing a programme line after a session's title and a
dash, or after "by" ("Workshop – led by Jane Doe, Foo Trust"), is alone too. On a
line that is the pair alone, a dash may stand for the comma ("Jane Doe – Foo
Trust"), and a note after a dash naming no one ("Jane Doe, Foo Trust – see
presentation here") leaves the pair alone.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention, RoleSpan
from collabgraph.extract.rules.line_labels import LINE_SEPARATORS, line_label
from collabgraph.extract.rules.page_post_bodies import label_seat
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads the shape of a line or a list."""

_ENDS = {".", ";", ""}
_OPENERS = {"•", "*", ":"} | lx.DASHES
# styles that say a seat or a post ("Cllr", "Sgt"), not a minister's ("Rabbi", "Pastor")
_POST_STYLES = (vocab.words("councillor_words") | vocab.words("style_posts")) - vocab.words(
    "faith_styles"
)


def pairs(reader: SentenceReader) -> None:
    """Each person in a "Person, Organisation" line or semicolon list works for
    the organisation (confidence 0.6)."""
    found = _pairs(reader)
    if not found:
        return
    whole = len(found) == 1 and _alone(reader, *found[0])
    cut = len(found) > 1 and any(reader.words[org.end : org.end + 1] == [";"] for _, org in found)
    if whole or cut:
        for person, org in found:
            post = _post_before(reader, person) if whole else None
            if post is None:
                reader.relate(person, "WORKS_FOR", org, confidence=0.6)
                continue
            role = role_text(post.text, org)  # "Manager – Jane Doe, Foo Trust"
            if label_seat(reader, role):  # "Chair – Jane Doe, Foo Trust": her body, the page's seat
                reader.relate(person, "WORKS_FOR", org, confidence=0.6)
                continue
            reader.relate(person, post_relations(role, org), org, role=role, confidence=0.6)


def _pairs(reader: SentenceReader) -> list[tuple[Mention, Mention]]:
    """(person, organisation) for each person followed by a comma and a body whose
    name ends the pair: a semicolon, the sentence's end, ", and" before the next, or a
    dash before a note naming no one; a dash for the comma on a line of the pair alone."""
    out = []
    for person in reader.ms:
        mark = reader.words[person.end] if person.end < reader.sent.end else ""
        if reader.kind(person) != "Person" or (mark != "," and mark not in lx.DASHES):
            continue
        org = reader.by_start.get(person.end + 1)
        if org is None or reader.kind(org) != "Organisation":
            continue
        after = reader.words[org.end] if org.end < reader.sent.end else ""
        if mark != "," and not (_line_end(reader, org.end) and _opens_line(reader, person)):
            continue  # "Jane Doe – Foo Trust" only as a line of its own
        if after in _ENDS or (after == "," and reader.words[org.end + 1 : org.end + 2] == ["and"]):
            out.append((person, org))
        elif _line_end(reader, org.end):
            out.append((person, org))  # "Jane Doe, Foo Trust – see presentation here"
    return out


def _line_end(reader: SentenceReader, k: int) -> bool:
    """Whether the sentence ends at token k, but for its last marks or a note after a
    dash naming no one ("– see presentation here;")."""
    if all(w in _ENDS for w in reader.words[k : reader.sent.end]):
        return True
    if reader.words[k] not in lx.DASHES:
        return False
    return not any(k < m.start < reader.sent.end for m in reader.ms)


def _opens_line(reader: SentenceReader, person: Mention) -> bool:
    """Whether only list marks are before the person (and their style: "Cllr Jane
    Doe – Foo Council") in the sentence."""
    return all(w in _OPENERS for w in reader.words[reader.sent.start : _styled_start(person)])


def _styled_start(person: Mention) -> int:
    """Where the person's name starts with their style, when the style says a seat
    or a post ("Cllr Jane Doe", "Sgt Jo Tern": `vocab/councillor_words.txt`,
    `style_posts.txt`), not a degree or a minister's ("Dr Jane Doe", "Rabbi Jane Doe,
    Kelby Interfaith Forum": they speak for a congregation there; `faith_styles.txt`)."""
    style = (person.title or "").lower().replace(".", " ").split()
    return person.titled_start if style and set(style) <= _POST_STYLES else person.start


def _alone(reader: SentenceReader, person: Mention, org: Mention) -> bool:
    """Whether the sentence is the pair alone, but for a list mark before it and a
    full stop after ("- Jane Doe, Foo Trust", "Cllr Jane Doe, Foo Council")."""
    before = reader.words[reader.sent.start : _styled_start(person)]
    labelled = line_label(reader, person.start) is not None  # "10:00 Welcome - Jane Doe, Foo"
    labelled = labelled or _post_before(reader, person) is not None
    labelled = labelled or _after_a_session(reader, person)
    return (labelled or all(w in _OPENERS for w in before)) and _line_end(reader, org.end)


def _after_a_session(reader: SentenceReader, person: Mention) -> bool:
    """Whether the person follows what a programme line says of a session: a
    separator closing its title ("Keynote: 'Small groups' - Jane Doe, Foo Trust") or
    "by" ("Dementia session - led by Jane Doe, Foo Trust", "Chair: Jane Doe, Foo
    Trust", which the reader reads as "Chaired by"). The pair must still end the line."""
    k = person.start - 1
    if person.title:  # "- Professor Jane Doe", "led by Revd Jane Doe": past the style
        while k > person.start - 4 and k > reader.sent.start and reader.doc[k].is_title:
            k -= 1
    if k <= reader.sent.start:
        return False
    return reader.words[k] == "by" or reader.words[k] in LINE_SEPARATORS


def _post_before(reader: SentenceReader, person: Mention) -> RoleSpan | None:
    """The post that opens the line before a dash and the person ("Vice Chair –
    Jane Doe"), else None."""
    start, mark = reader.sent.start, person.start - 1
    if mark <= start or reader.words[mark] not in LINE_SEPARATORS:
        return None
    return next((r for r in reader.roles if r.start == start and r.end == mark), None)


__all__ = ["LABELS", "pairs"]
