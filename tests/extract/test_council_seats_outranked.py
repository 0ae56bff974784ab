"""A councillor read twice at the council, once with the bare seat ("Cllr Ada
Foss": Councillor) and once with the post the page gives there ("(Chair)", "Vice-
Chair"): the post is the role kept (vocab/role_rank.txt ranks the seat below a
chair's posts; a job title beats it as it beats every seat). All names and
sentences made up (seed_relations.RelationTable)."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles

_MINUTES = (
    "LARCH PARK PARISH COUNCIL\n\n"
    "Minutes of the meeting of Larch Park Parish Council held on 8 April 2026 in Larch "
    "Park Village Hall. Present: Cllr Ada Foss (Chair), Cllr Tom Reed, Cllr Nina Shah. "
    "Clerk: Sam Pike.\n\n"
    "1. The Chair welcomed members. Cllr Reed was elected Vice-Chair for the year.\n"
)


def test_the_chair_of_the_parish_council_keeps_her_post():
    posts = with_roles(extract_text(_MINUTES, path="page.txt"), "WORKS_FOR")
    assert ("Ada Foss", "Larch Park Parish Council", "Chair") in posts
    assert ("Ada Foss", "Larch Park Parish Council", "Councillor") not in posts


def test_a_councillor_with_no_post_keeps_the_seat():
    posts = with_roles(extract_text(_MINUTES, path="page.txt"), "WORKS_FOR")
    assert ("Nina Shah", "Larch Park Parish Council", "Councillor") in posts
