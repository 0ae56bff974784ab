"""Members of one named group, told in one sentence, are not partners by it.

"The Kelby Food Partnership is made up of A, B and C", "Its member organisations
include A and B", "We sit on the Fenby Board alongside A": the sentence makes each
listed body a member of the group (MEMBER_OF), and its partnership words also read
them as partners of the group, or of each other. A reader lists the membership:
the partnership ties that sentence gave between the group and a member are left
out, and those between two members when the sentence lists them as its members
(`vocab/membership_list_words.txt`). Members a sentence says a group "brings
together", or a partnership that is no body named on the page ("a partnership
between A and B was formed"), stay partners.
"""

from __future__ import annotations

from collections import defaultdict

from collabgraph.extract import vocab

_LISTED_AS_MEMBERS = vocab.words("membership_list_words")


def _lists_members(sentence: str) -> bool:
    """Whether a sentence lists the bodies it names as a group's members."""
    padded = " " + " ".join(sentence.lower().replace(",", " ").split()) + " "
    return any(f" {words} " in padded for words in _LISTED_AS_MEMBERS)


def members_read_as_partners(relations: list[dict]) -> list[dict]:
    """The PARTNER_OF ties of `relations` (the seed's relation dicts) that only
    repeat a membership their own sentence tells: one end the group the other is
    a member of, or both ends members of one group the sentence lists."""
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)  # (member, sentence): groups
    for r in relations:
        if r["type"] == "MEMBER_OF" and r.get("evidence"):
            groups[(r["from"], r["evidence"])].add(r["to"])
    dropped = []
    for r in relations:
        said = r.get("evidence")
        if r["type"] != "PARTNER_OF" or not said:
            continue
        of_a, of_b = groups.get((r["from"], said), set()), groups.get((r["to"], said), set())
        if r["to"] in of_a or r["from"] in of_b or (of_a & of_b and _lists_members(said)):
            dropped.append(r)
    return dropped


__all__ = ["members_read_as_partners"]
