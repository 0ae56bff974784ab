"""Succession: "She succeeds Jane Doe", "he will replace Jane Doe, who retires in
May", "takes over from Jane Doe" (the employment family, continued): the person
succeeded held the post the successor was appointed to, at the same place; and
"Jane Doe succeeds John Roe as chair of Foo": the post said after the one succeeded
is the successor's too (`with_successor`, read by `posts.appointments`). The other
way round, a successor named with no post of their own ("Jo Tern steps down as
treasurer; Ada Foss takes over", "Ada Foss was elected in her place", "Jo Tern hands
over to Ada Foss") takes the seat the one before held (`successors`).
"""

from __future__ import annotations

import re
from collections import Counter

from collabgraph.extract import vocab
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.appointers import appointer_of
from collabgraph.extract.rules.post_homes import page_post
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset({"succeeds", "succeeded_by"})
"""The cue labels (pattern files) this family's rules read."""

_POSTS = {"WORKS_FOR", "MEMBER_OF"}
_LEAVING = vocab.words("post_leaving_words")
_NEAR = 6
"""How many words before a post a leaving word is read as the post's (`_left`)."""
_NOT_SHARED = vocab.words("seats_not_shared")  # "chair": one person's seat
_OFFICERS = vocab.words("role_board_officers")


def successions(reader: SentenceReader) -> None:
    """ "He succeeds Jane Doe": Jane Doe held the successor's new post (the board
    post or chief executive the page gave the successor), with the same relation."""
    for cue in reader.cues("succeeds"):
        successor = reader.person_before(cue.start, limit=12)
        before = reader.mention_at(cue.end)
        if before is None or not reader.vote_person(before):
            continue
        if successor is None:
            _unnamed_successor(reader, cue.start, before)
            _their_predecessors(reader, cue.start, before)
            continue
        post = _new_post(reader, successor)
        if post is None:
            continue
        relations, target, role, home = post
        if target is not None:
            reader.relate(before, relations, target, role=role, confidence=0.6)
        else:
            reader.ctx.unplaced_posts.append((before.id, role, reader.evidence, home))


# A word after "takes over" that makes what follows its object ("took over the old
# hall", "take over this work"), not the seat just said.
_OBJECT_TAGS = frozenset({"DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"})
_OWN_POST = frozenset({"as", "from"})  # "takes over as chair", "takes over from": said there
# A place on a board or in a body, no office: one who "takes over" takes an office over
# ("stepped down from the board" gives "board member"; the successor's office is not said).
_NO_OFFICE = frozenset({"board member", "member"})


def successors(reader: SentenceReader) -> None:
    """ "Jo Tern steps down as treasurer; Ada Foss takes over", "Ada Foss was
    elected in her place", "Ada Foss, who has taken his place", "Jo Tern hands over
    to Ada Foss", "was replaced by Ada Foss" (`succeeded_by` cues): the successor
    holds the seat (MEMBER_OF) last given, in this sentence or the one before, to
    another person named before the cue, at the same body with the same role."""
    end = reader.sent.end
    for cue in reader.cues("succeeded_by"):
        after = reader.words[cue.end] if cue.end < end else ""
        if reader.words[cue.end - 1] == "over" and (
            after in _OWN_POST or (cue.end < end and reader.doc[cue.end].pos_ in _OBJECT_TAGS)
        ):
            continue  # "takes over from Jo Tern" (`successions`), "took over the hall"
        left = None  # "Jo Tern hands over to", "Jo Tern was replaced by": who left, said
        if reader.words[cue.end - 1] in {"to", "by"}:
            successor = reader.mention_at(cue.end)
            left = reader.person_before(cue.start, limit=12)
            if left is None:
                continue
        else:
            successor = reader.person_before(cue.start, limit=12)
        if successor is None or reader.kind(successor) != "Person":
            continue
        seat = _seat_before(reader, min(cue.start, successor.start), successor, left)
        if seat is None:
            continue
        target, role, home = seat
        if role.lower() in _NO_OFFICE:
            continue
        if target is not None:
            reader.relate(successor, ("MEMBER_OF",), target, role=role, confidence=0.55)
        else:
            reader.ctx.unplaced_posts.append((successor.id, role, reader.evidence, home))


def _seat_before(reader: SentenceReader, k: int, successor: Mention, left: Mention | None):
    """(body id or None, role, home) of the post last given to a person named from
    the sentence before this one up to token k (the one who `left`, when said),
    other than the successor, when it is a seat: a MEMBER_OF candidate with a role,
    or a seat left for the page's body (`unplaced_posts`, a board seat or an
    officer's); None when there is none or the last post given is a job ("Jo Tern
    retired as manager and was replaced by")."""
    ctx, here = reader.ctx, successor.sent
    found, at = None, (-1, -1)

    def place(who: int, evidence: str) -> tuple[int, int] | None:
        """Where the person `who` stands, (sentence, token), when named before k from
        the sentence before on, in the sentence giving the post (not a "he" there),
        and not the successor; else None."""
        m = ctx.mentions[who] if who >= 0 else None
        if m is None or not (m.sent == here - 1 or (m.sent == here and m.start < k)):
            return None
        if m.sentence and m.sentence != evidence:
            return None
        if reader.kind(m) != "Person" or _same_person(m.text, successor.text):
            return None
        if left is not None and not _same_person(m.text, left.text):
            return None
        return m.sent, m.start

    for c in ctx.candidates:
        where = place(c.source, c.evidence) if _POSTS & set(c.relations) and c.role else None
        if where is not None and where >= at:  # a job held by the last named: no seat
            seat = "MEMBER_OF" in c.relations
            found, at = ((c.target, c.role, None) if seat else None), where
    for who, role, evidence, home in ctx.unplaced_posts:
        where = place(who, evidence) if _board_seat(role) else None
        if where is not None and where >= at:
            found, at = (None, role, home), where
    return found


def _board_seat(role: str) -> bool:
    """Whether a post left for the page's body is a seat there: a board seat or an
    officer's ("treasurer", "secretary": `vocab/role_board_officers.txt`)."""
    last = role.lower().split()[-1:]
    return "MEMBER_OF" in post_relations(role, None) or (bool(last) and last[0] in _OFFICERS)


def with_successor(reader: SentenceReader, person: Mention | None) -> list[Mention]:
    """The person a post "as ..." is said of, and, when that person is the one
    succeeded ("Jane Doe succeeds John Roe as chair of Foo", "replaces", "takes over
    from"), the successor too: the post is the successor's now, as it was John Roe's."""
    if person is None:
        return []
    for cue in reader.cues("succeeds"):
        if cue.end == person.start:
            successor = reader.person_before(cue.start, limit=12)
            return [person] if successor is None else [person, successor]
    return [person]


def _unnamed_successor(reader: SentenceReader, k: int, before: Mention) -> None:
    """ "Foo Trust has appointed a new Chair to succeed Jane Doe": no successor named,
    the post appointed to right before "to" at token k; Jane Doe held it at the
    body that appoints (else, a board post or chief executive, the page's own)."""
    if k - 2 < reader.sent.start or reader.words[k - 1] != "to":
        return
    spans = (reader.role_phrase_at(i) for i in range(max(reader.sent.start + 1, k - 6), k - 1))
    span = next((s for s in spans if s is not None and s.end == k - 1), None)
    if span is None or reader.words[span.start - 1] not in {"new", "a", "an"}:
        return  # "a new Chair to succeed", not "Jane Doe, Chair, is to succeed"
    org = appointer_of(reader, span.end - 1)
    role = role_text(reader.doc[span.start : span.end].text, org)
    if org is not None:
        reader.relate(before, post_relations(role, org), org, role=role, confidence=0.6)
    elif page_post(role):
        reader.ctx.unplaced_posts.append((before.id, role, reader.evidence, "page"))


def _their_predecessors(reader: SentenceReader, k: int, before: Mention) -> None:
    """ "They replace Jo Tern and Ada Foss, who stepped down": the people a sentence
    opening "They" (before the verb at token k) succeeds held the seat the page
    gave its new board members before: the body most often given such a seat
    (twice at least, no other as often; not one person's seat, `_NOT_SHARED`:
    "chair"), else the page's own body when seats named with no body are given
    twice at least, with the role most often said there."""
    words = [w.lower() for w in reader.words[reader.sent.start : k]]
    if not words or words[0] != "they" or len(words) > 2:
        return  # "They replace", "They will replace"
    seats: Counter = Counter()
    roles: dict[str, Counter] = {}
    target: dict[str, int] = {}
    seen = set()  # (person, body): a seat found by two rules counts once
    for c in reader.ctx.candidates:
        if "MEMBER_OF" not in c.relations or not c.role or min(c.source, c.target) < 0:
            continue
        if not page_post(c.role) or c.role.lower().split()[-1] in _NOT_SHARED:
            continue
        key = mention_key(reader.ctx.mentions[c.target].text)
        pair = (mention_key(reader.ctx.mentions[c.source].text), key)
        if pair in seen:
            continue
        seen.add(pair)
        seats[key] += 1
        roles.setdefault(key, Counter())[c.role] += 1
        target.setdefault(key, c.target)
    top = seats.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        page = {(w, r) for w, r, _, home in reader.ctx.unplaced_posts if home == "page"}
        page = [r for _, r in page if page_post(r) and r.lower().split()[-1] not in _NOT_SHARED]
        if len(page) < 2:
            return
        seats, roles = Counter({"": len(page)}), {"": Counter(page)}  # the page's own seats
        top = seats.most_common(1)
    key = top[0][0]
    role = roles[key].most_common(1)[0][0]
    for person in reader.named_by([reader.doc[before.start : before.end].root], {"Person"}):
        if key:
            reader.relate(person, ("MEMBER_OF",), target[key], role=role, confidence=0.6)
        else:  # placed where the page's own seats are (`page_organisation.place_posts`)
            reader.ctx.unplaced_posts.append((person.id, role, reader.evidence, "page"))


def _new_post(reader: SentenceReader, successor: Mention):
    """The post the page gave the successor: the first board post or chief
    executive recorded for any mention of the same person, not one the sentence
    says the successor leaves ("to leave his post as chief executive of Foo");
    None when none is."""
    ctx = reader.ctx
    for c in ctx.candidates:
        if not _POSTS & set(c.relations) or not c.role or not page_post(c.role):
            continue
        if _left(c.evidence, c.role):
            continue
        if _same_person(ctx.mentions[c.source].text, successor.text):
            return c.relations, ctx.mentions[c.target], c.role, None
    for who, role, _, home in ctx.unplaced_posts:
        if _same_person(ctx.mentions[who].text, successor.text):
            return None, None, role, home
    return None


def _same_person(a: str, b: str) -> bool:
    """ "Jane Doe" / "Doe" / "Jane" / "Jane Doe": the same surname, and the same
    first name when both give one; a name said alone is either of the other's."""
    wa, wb = a.lower().split(), b.lower().split()
    if not wa or not wb:
        return False
    if len(wa) == 1 or len(wb) == 1:  # "Jane joins from Foo. She succeeds John Roe"
        one, full = (wa, wb) if len(wa) == 1 else (wb, wa)
        return one[0] in {full[0], full[-1]}
    return wa[-1] == wb[-1] and wa[0] == wb[0]


def _left(evidence: str, role: str) -> bool:
    """Whether a leaving word comes a few words before the post in its sentence
    ("is to leave his post as chief executive", "stepping down as chair")."""
    words = re.findall(r"[\w']+", evidence.casefold())
    first = re.findall(r"[\w']+", role.casefold())[:1]
    for i, w in enumerate(words):
        if first and w == first[0] and _LEAVING & set(words[max(0, i - _NEAR) : i]):
            return True
    return False
