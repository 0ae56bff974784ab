"""Posts said with "is", the owner first and the holder last: "Our chief officer is
Jane Doe", "The charity's director is Jane Doe", "Foo Trust's new chair is Jane
Doe", "Our manager is now Jane Doe"; and "Its development manager, Jane Doe, ..."
(the body the sentences before name, `post_holders.opening_owner`) (the employment
family, continued).

The sentence opens with the post's owner (`post_holders.owner_before_post`: "our",
"the trust's", "Foo Trust's"), then the post (`post_words.post_after`), then
"is" or "was" (and "now", "currently"), then the holder's name. The holder holds
the post at the owner: WORKS_FOR, or MEMBER_OF for a board post; "our" and a body
named by its kind with none named before are the page's own (`ctx.unplaced_posts`).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.partner_lists import its_organisation
from collabgraph.extract.rules.post_holders import (
    given_to,
    hold_at_owner,
    opening_owner,
    owner_before_post,
)
from collabgraph.extract.rules.post_words import post_after
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""The cue labels (pattern files) this family's rules read: none, it reads job titles."""

_IS = {"is", "was"}
_ADVERBS = vocab.words("post_time_adverbs")
_GAP_STOPS = {"of", "and", "with", "to", "for", "by"}
_OPENERS = {"and", "but", "so"}  # "... and our treasurer is Jane Doe"


def posts_said_is(reader: SentenceReader) -> None:
    """ "Our chief officer is Jane Doe", "The trust's chair is Jane Doe": the person
    named right after "is" holds the post the sentence opens with, at its owner."""
    words, start, end = reader.words, reader.sent.start, reader.sent.end
    starts = [start] + [k + 1 for k in range(start, end - 1) if words[k] in _OPENERS]
    for i in starts:
        owner, post_start = owner_before_post(reader, i)
        if owner is None and i == start and words[i] in {"its", "their"}:
            # "Its development manager, Jane Doe,"
            owner, post_start = its_organisation(reader, i), i + 1
        if owner is None:
            continue
        post = post_after(reader, post_start)
        if post is None:
            continue
        role, k = post
        if k < end and words[k] == "," and post_start == i + 1 and words[i] in {"its", "their"}:
            person = reader.mention_at(k + 1)
            if person is not None and reader.kind(person) == "Person":
                hold_at_owner(reader, person, role, opening_owner(reader, i, person))
            continue
        if k >= end or words[k] not in _IS:
            continue
        k += 1
        while k < end and words[k] in _ADVERBS:
            k += 1
        person = given_to(reader, k)  # past a style: "is the Reverend Canon Jane Doe"
        if person is None or _GAP_STOPS & set(words[k : person.start]):
            continue  # "Our chair is a friend of Jane Doe"
        if person.end < end and words[person.end] in {"'s", "'"}:
            continue  # "Our chair is Jane Doe's sister": not the holder
        hold_at_owner(reader, person, role, owner)
