"""What "we" did with a body on a page that names its own body only in its heading
and sign-off: "we are piloting a repair café with B", "the hub, which we share with
B", "With B, we now run ...": the page's body worked with B. Not a meeting or a
feeling ("we met with B", "we were delighted with"), nor a body that only says
where the people after "with" come from. Made-up bodies."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import together

HEAD = "Kelby Carers Trust\n\nKelby Carers Trust supports unpaid carers across Kelby.\n\n"
FOOT = "\n\nJo Tern, Director, Kelby Carers Trust\n"


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        ("From April we are piloting a repair cafe with Fenby Men's Shed.", "Fenby Men's Shed"),
        ("Advice sessions now run at the Mill Hub, which we share with Fenby Homes.",
         "Fenby Homes"),
        ("In 2026 we will publish a report on the county with the University of Fenby.",
         "University of Fenby"),
        ("With Fenby Libraries, we now run help sessions each month.", "Fenby Libraries"),
        ("We now share a booking system with Fenby Community Minibus.",
         "Fenby Community Minibus"),
    ],
)  # fmt: skip
def test_what_we_did_with_a_body_is_the_pages_work_with_it(sentence, other):
    assert ("Kelby Carers Trust", other) in together(HEAD + sentence + FOOT)


@pytest.mark.parametrize(
    "sentence",
    [
        "We met with Fenby Council to discuss the plans.",
        "We were delighted with the support of Fenby Council.",
        "We now have an advice surgery with solicitors from Fenby Law.",
        "Fenby Council met with us in May.",
        "We shared our findings with Fenby Council in March.",
        "With Fenby Council we took part in a national study.",
    ],
)
def test_meetings_feelings_and_where_people_come_from_tie_no_one(sentence):
    found = together(HEAD + sentence + FOOT)
    assert not {b for a, b in found if a == "Kelby Carers Trust"}


def test_a_we_inside_someone_elses_quote_is_not_the_pages():
    text = (
        HEAD
        + 'Ada Foss, chief executive of Fenby Homes, said: "We are piloting a new '
        + 'service with Orton Advice."'
        + FOOT
    )
    seed = extract_text(text, path="page.txt")
    assert not any(
        {r["from"], r["to"]} == {"Kelby Carers Trust", "Orton Advice"} for r in seed["relations"]
    )


def test_joining_forces_makes_partners():
    seed = extract_text(HEAD + "In May we joined forces with Fenby Homes." + FOOT, path="page.txt")
    partners = {frozenset((r["from"], r["to"])) for r in seed["relations"]
                if r["type"] == "PARTNER_OF"}  # fmt: skip
    assert frozenset({"Kelby Carers Trust", "Fenby Homes"}) in partners
