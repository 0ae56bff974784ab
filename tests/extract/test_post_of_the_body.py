"""A post "of the <body word>" right before a name with no comma ("Chair of the Trust
Jane Doe said") is held at the page's own organisation, not at the trust named last
(rules/page_posts.py, posts_before_names). Fictional names."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import rows

_OPENING = (
    "Kelby Hospitals NHS Foundation Trust has appointed Tom Reed as its interim chief "
    "executive.\n\n"
    "Kelby Hospitals NHS Foundation Trust runs two hospitals in Westshire.\n\n"
    "He was previously director of operations at Fenby Community Healthcare NHS Trust.\n\n"
)


def test_a_post_of_the_trust_before_a_name_is_at_the_pages_trust():
    seed = extract_text(_OPENING + 'Chair of the Trust Ada Brook said: "We are delighted."\n')
    found = rows(seed, {"MEMBER_OF"})
    assert ("Ada Brook", "MEMBER_OF", "Kelby Hospitals NHS Foundation Trust", "chair") in found
    assert not any(who == "Ada Brook" and "Fenby" in where for who, _, where, _ in found)


def test_a_former_job_of_the_trust_before_a_name_is_not_placed():
    seed = extract_text(_OPENING + "Former chief executive of the Trust Ada Brook retired.\n")
    assert not any(who == "Ada Brook" for who, *_ in rows(seed, {"WORKS_FOR", "MEMBER_OF"}))
