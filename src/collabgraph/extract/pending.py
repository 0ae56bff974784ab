"""What a sentence announced that a later sentence completes.

"Foo has appointed a new chief executive." names no one yet; "Two projects
have been awarded £5,000 by Foo." names neither; "A new partnership was
launched at Y Hall." leaves the partnership to the next sentence. The rule
that reads the first sentence leaves a `Pending` entry; the rule that reads
the later one takes it up (and clears it). One `Pending` per document, kept
on `DocumentContext.pending`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Pending:
    # (grantee, section, evidence): "Foo has been awarded £5,000" before the page
    # names its funder (rules/grants.py)
    grantees: list[tuple[int, int, str]] = field(default_factory=list)
    # (funder, grantees left, section): "Two projects have been awarded £5,000 by
    # Foo." before the sentences naming them (rules/counted_grantees.py)
    counted_grantees: tuple[int, int, int] | None = None
    # (sentence number, fund): a fund a sentence said money went into ("The Foo
    # Fund was launched with £5,000 from Bar"), for "It" opening the next
    fund: tuple[int, int] | None = None
    # (organisation, post, section, evidence): "Foo has appointed a new chief
    # executive." with nobody named yet (rules/new_posts.py)
    post: tuple[int, str, int, str] | None = None
    # (organisation or None: the page's, seat, section, evidence, sentences left):
    # "Foo has four new trustees." (rules/boards.py, rules/seat_paragraphs.py)
    seats: tuple[int | None, str, int, str, int] | None = None
    seat_paragraphs: list | None = None  # those seats, told one a paragraph
    # (sentence number, evidence, place, held): "A new partnership was launched at
    # Y Hall." before the next names it; not held ("has been launched to ...")
    # waits for a later "launch" (rules/body_launches.py)
    launch: tuple[int, str, int | None, bool] | None = None
    body_launch: int | None = None  # the launch so made, put in view by "the launch"
    # (body, launcher, evidence): "Foo launched Bar, a new alliance": its launch
    # made when a later sentence says "launch"
    spoken_launch: tuple[int, int | None, str] | None = None


__all__ = ["Pending"]
