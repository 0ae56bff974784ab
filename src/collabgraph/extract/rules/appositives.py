"""Appositives: a post written beside its holder's name (the employment
family, continued).

"Jane Doe, debt team manager at Foo Trust", "Jane Doe, Chief Executive of Foo
and Bar", "Jane Doe, Chair, Foo Network,", "Jane Doe, Foo Trust Chair, said":
WORKS_FOR, or MEMBER_OF for board posts (`post_relations`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.appositive_ends import (
    definite_at,
    described_from,
    field_goes_on,
    held_at_later,
    joined_orgs,
    post_then_body,
)
from collabgraph.extract.rules.appositive_words import (
    AFTER_ORG,
    LINKS,
    ROLE_STOP,
    bare_post_at,
    has_role_word,
    holder,
    past_asides,
    past_possessive,
    post_read_as_body,
    role_after,
)
from collabgraph.extract.rules.based_bodies import past_place_based
from collabgraph.extract.rules.civic_posts import post_heads
from collabgraph.extract.rules.page_post_bodies import note_for_the_page, unnamed_body_at
from collabgraph.extract.rules.post_held_at import body_word_owner
from collabgraph.extract.rules.post_kinds import post_relations, role_text
from collabgraph.extract.rules.post_words import plural_post, posts_and, title_list_next
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads punctuation."""

_QUALIFIERS = vocab.words("role_qualifiers")
_NOW = {"currently", "now", "presently", "also"}
_OPENING_QUALIFIERS = (_QUALIFIERS - {"former"}) | _NOW  # "the new ...", "currently ..."
_LINKS_OR_THE = LINKS | {"the"}  # built once, not once a word


def appositives(reader: SentenceReader) -> None:
    """ "Jane Doe, debt team manager at Foo Trust", "Jane Doe, Chief Executive of Foo
    and Bar", "Jane Doe, Chair, Foo Network,", "Jane Doe, Foo Trust Chair, said":
    the words between a person and an organisation, when they hold a job title's
    word, are the person's post there (lower-case and unlisted titles included)."""
    words, end = reader.words, reader.sent.end
    for p in reader.ms:
        k = p.end
        while k + 1 < end and (
            words[k].rstrip(".") in lx.POST_NOMINALS
            or (words[k] == "," and words[k + 1].rstrip(".") in lx.POST_NOMINALS)
        ):
            k += 1  # "Jane Doe OBE, DL, Chair of ..."
        k = past_asides(reader, k)  # "Jane Doe (pictured), ...", "Jane Doe, 54, ..."
        bare = bare_post_at(reader, p, k)  # "Jane Doe Managing Director of Foo said"
        if k + 2 >= end:
            continue
        opener = words[k] in {",", "("} or words[k] in lx.DASHES  # "Jane Doe – a GP at Foo"
        if not (bare or opener) or not holder(reader, p, k + 1):
            continue
        start = k + 1 - bare
        if words[start] in {"and", "or", "but", "while", "whose"}:
            continue  # "A and B, and partner members from Foo": the list goes on, no post
        while start < end and words[start] in _OPENING_QUALIFIERS:
            start += 1  # "Jane Doe, the new ...", "Jane Doe, currently ..."
        j, modifier = start, None
        while j < end and j - start < 16:  # "committee vice-chairman for ... at the council"
            if words[j] == "," and field_goes_on(reader, start, j):
                j += 1  # "Director for Housing, Planning and Transport, Foo Agency"
                continue
            if words[j] in {"–", "—"} and "of" in words[start:j]:
                j += 1  # "Director of England – London & South at Foo"
                continue
            if words[j] in ROLE_STOP:
                break
            m = reader.by_start.get(j)
            linked = j > start and words[j - 1] in _LINKS_OR_THE
            if linked and (past := past_place_based(reader, j)) > j:
                modifier, j = j, past  # "..., manager of Kelby-based Foo Trust": where Foo is
                continue
            if m is not None and post_read_as_body(reader, m):
                j = m.end  # "Jane Doe, Award Scheme Co-ordinator at Foo": a post, not a body
                continue
            if m is not None and reader.kind(m) in {"Organisation", "Person"}:
                break
            tok = reader.doc[j]
            if tok.pos_ == "AUX" or (
                tok.pos_ == "VERB" and tok.tag_ != "VBG" and not tok.text[:1].isupper()
            ):
                j = -1
                break
            j += 1
        if j == end and words[end - 1] == ".":
            j -= 1  # the post closes the sentence: "... to Jane Doe, a trustee of the charity."
        if j < 0 or j >= end:
            continue
        org = reader.by_start.get(j)
        first = modifier if org is not None and modifier is not None else j
        link = first - 1 - (first - 2 > start and words[first - 1] == "the")
        if org is not None and words[link] not in LINKS:
            link = described_from(reader, start, j)  # "of food supply organisation Foo"
            if link != j - 1:
                reader.vote_organisation(org)  # what the description says it is
        if org is not None and link > start and words[link] in LINKS:
            role_end = link  # "..., debt team manager at Foo Trust"
            later = held_at_later(reader, org.end)
            if later is not None:  # "director of nursing in the X Division at Y"
                role_end, org = later
        elif org is not None and post_then_body(reader, start, j, org):
            role_end = j  # "Jane Doe, Senior Manager Dalby Health Centre;"
        elif org is None and words[k + 1] in {"its", "their"} and has_role_word(reader, start, j):
            role_end = j  # "Foo Trust's chair, Jane Doe, and John Roe, its chief executive"
            org = reader.before(p.start, kinds={"Organisation"})
        elif org is None and (held := definite_at(reader, start, j)) is not None:
            role_end, org = held  # "..., director at the trust,"
        elif org is None and (body := body_word_owner(reader, start, j)) is not None:
            start, role_end, org = start + 1, j, body  # "Jane Doe, the hospital chairman,"
        elif (
            org is None
            and (unnamed := unnamed_body_at(reader, start, j)) is not None
            and has_role_word(reader, start, unnamed)
        ):
            note_for_the_page(reader, p, reader.doc[start:unnamed].text)
            continue  # "Jane Doe, a trustee of the charity,": no charity named: the page's own
        elif org is None and words[j] == "," and j > start:
            role_end = j  # "..., Chair, Foo Network,"
            org = reader.by_start.get(j + 1)
            if org is None or (org.end < end and words[org.end] not in AFTER_ORG):
                continue
            closed = org.end >= end or words[org.end] in {",", ")", "(", ".", "said", "says"}
            if reader.kind(org) is None and closed and has_role_word(reader, start, role_end):
                org.votes["Organisation"] += 2  # what a post is held at
                reader.ctx.votes_for(org)["Organisation"] += 2
        elif org is not None and j == start:
            role_end = role_after(reader, org)  # "..., Foo Trust Chair, said"
            if role_end is None:
                continue
            start, org_first = past_possessive(reader, org.end), org
            # "Foo Trust's new chair": the post is "chair"
            while start < role_end - 1 and reader.words[start] in lx.POST_NEW_WORDS:
                start += 1
            role = role_text(reader.doc[start:role_end].text, org_first)
            reader.relate(p, post_relations(role, org_first), org_first, role=role,
                          confidence=0.75)  # fmt: skip
            continue
        else:
            continue
        if (
            org is not None
            and reader.kind(p) == "Person"
            and _civic_post(reader, org, start, role_end)
        ):
            role = role_text(reader.doc[start:role_end].text, None)
            home = ("place", org.text)  # "Cllr Jane Doe, the Lord Mayor of Kelby,": the
            reader.ctx.unplaced_posts.append((p.id, role, reader.evidence, home))  # council
            continue  # of Kelby the page names (`civic_posts`), if any
        if (
            org is None
            or reader.kind(org) != "Organisation"
            or not has_role_word(reader, start, role_end)
        ):
            continue
        if title_list_next(reader, p, org.end) is not None:
            continue  # "..., Director, Jane Doe, Chief Executive of Foo, John Roe": John Roe's
        role = role_text(reader.doc[start:role_end].text, org)
        joined = joined_orgs(reader, org)
        for o in joined:
            reader.relate(p, post_relations(role, o), o, role=role, confidence=0.75)
        posts_and(reader, p, joined[-1])  # "..., a trustee of Foo and chair of Bar"


def _civic_post(reader: SentenceReader, org, start: int, role_end: int) -> bool:
    """Whether words [start, role_end) are a civic post (`civic_posts.post_heads`: "Lord
    Mayor") held of `org`, a place: typed a place, or no body's head word ends it."""
    if post_heads(reader.doc[start:role_end].text) is None or reader.kind(org) == "Person":
        return False
    return reader.kind(org) == "Place" or org.text.lower().split()[-1] not in lx.ANY_ORG_HEADS


def plural_appositives(reader: SentenceReader) -> None:
    """ "Jane Doe and John Roe, co-chairs of the Foo Forum, opened the day", "A, B
    and C, all trustees of Foo": people joined before a post in the plural held at
    the organisation named after it each hold the post."""
    words, end = reader.words, reader.sent.end
    for p in reader.ms:
        k = p.end
        if reader.kind(p) != "Person" or k + 3 >= end or words[k] != ",":
            continue
        start = k + 1 + (words[k + 1] in {"both", "all", "the", "joint"})
        seat = plural_post(reader, start)
        if seat is None or seat[1] + 1 >= end or words[seat[1]] not in {"of", "at", "for"}:
            continue
        org = reader.mention_at(seat[1] + 1)
        if org is None or reader.kind(org) != "Organisation":
            continue
        people = reader.people_joined_before(p)
        if not people:
            continue
        role = role_text(seat[0], org)
        for person in [*people, p]:
            reader.relate(person, post_relations(role, org), org, role=role, confidence=0.7)
