"""A person described by a post and then its body, "Ada Brook, Chief Operating
Officer, Healthwatch Kelby, attended ...": the appositive is stepped over whole, so
the body is the person's, not a subject of the verb. Every name below is made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import ruled, with_roles


def test_the_body_in_an_attendees_two_part_appositive_did_not_attend_itself():
    seed = extract_text(
        "Partnership Forum update\n\n"
        "Ada Brook, Chief Operating Officer, Healthwatch Kelby, attended a meeting of the "
        "Westshire Partnership Forum on Wednesday 28th August.\n",
        path="page.txt",
    )
    took_part = {who for who, _, _ in with_roles(ruled(seed), "PARTICIPATED_IN")}
    assert "Ada Brook" in took_part
    assert "Healthwatch Kelby" not in took_part
