"""Lists of bodies under a lead-in ("The partners are:", "Grants went to the
following groups:", "Our funders:"): bulleted, numbered, unbulleted lines and
table rows; each item a body with the lead-in's relation. Lists that are not
of bodies (services, dates, topics, links, what a grant pays for) give nothing.
All names are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import evidence, pairs, rows


def _seed(text: str, path: str = "page.txt") -> dict:
    return extract_text(text, path=path)


def _names(seed: dict) -> set[tuple[str, str]]:
    return {(e["type"], e["name"]) for e in seed["entities"]}


def test_bulleted_partners_of_a_named_programme_took_part_as_partners():
    seed = _seed(
        "Kelby Food Project opens\n\n"
        "The Kelby Food Project opened its first hub this week.\n\n"
        "The partners in the Kelby Food Project are:\n\n"
        "• Lanternfish\n"
        "• Quillwort (Ashby)\n"
        "• Dorrow Valley Community Trust\n"
    )
    assert {
        ("Lanternfish", "PARTICIPATED_IN", "Kelby Food Project", "partner"),
        ("Quillwort", "PARTICIPATED_IN", "Kelby Food Project", "partner"),
        ("Dorrow Valley Community Trust", "PARTICIPATED_IN", "Kelby Food Project", "partner"),
        ("Quillwort", "LOCATED_IN", "Ashby", ""),
    } <= rows(seed)
    assert {("Organisation", "Lanternfish"), ("Organisation", "Quillwort")} <= _names(seed)
    assert evidence(seed, "Lanternfish", "Kelby Food Project").startswith(
        "The partners in the Kelby Food Project are:"
    )


def test_partners_listed_on_a_partnership_page_are_its_members():
    seed = _seed(
        "Dorrow Youth Partnership launched\n\n"
        "The Dorrow Youth Partnership was launched today to support young people.\n\n"
        "The partners are:\n\n"
        "- Lanternfish\n"
        "- Hobnail Arts Collective\n"
    )
    assert {
        ("Lanternfish", "MEMBER_OF", "Dorrow Youth Partnership", "member"),
        ("Hobnail Arts Collective", "MEMBER_OF", "Dorrow Youth Partnership", "member"),
    } <= rows(seed)


def test_numbered_grant_list_with_notes_and_places_names_the_funders_grantees():
    seed = _seed(
        "Spring grants announced\n\n"
        "The Marrowby Foundation has awarded grants to the following organisations:\n\n"
        "1. Quillwort Pantry (Ashby) - £5,000 to run a lunch club\n"
        "2. Tenterfield Men's Shed – £2,500\n"
        "3. Lanternfish, for a new minibus\n"
    )
    assert {
        ("Marrowby Foundation", "FUNDED", "Quillwort Pantry", ""),
        ("Marrowby Foundation", "FUNDED", "Tenterfield Men's Shed", ""),
        ("Marrowby Foundation", "FUNDED", "Lanternfish", ""),
        ("Quillwort Pantry", "LOCATED_IN", "Ashby", ""),
    } <= rows(seed)


def test_table_rows_with_the_name_in_another_column_are_grantees_where_they_are():
    seed = _seed(
        "Marrowby Foundation grants\n\n"
        "The Marrowby Foundation opened its spring round in March.\n\n"
        "Grants were awarded to the following groups:\n\n"
        "| Area | Organisation | Grant |\n"
        "| Dalby | Quillwort Carers | £4,000 |\n"
        "| Redbrook | Tenterfield Pantry | £2,500 |\n"
    )
    assert {
        ("Marrowby Foundation", "FUNDED", "Quillwort Carers", ""),
        ("Marrowby Foundation", "FUNDED", "Tenterfield Pantry", ""),
        ("Quillwort Carers", "LOCATED_IN", "Dalby", ""),
        ("Tenterfield Pantry", "LOCATED_IN", "Redbrook", ""),
    } <= rows(seed)
    assert ("Organisation", "Grant") not in _names(seed)


def test_unbulleted_lines_under_funded_by_fund_the_programme():
    seed = _seed(
        "Kelby Reading Project\n\n"
        "The Kelby Reading Project pairs volunteers with young readers.\n\n"
        "The Kelby Reading Project is funded by:\n\n"
        "Marrowby Foundation\n"
        "Lanternfish\n"
    )
    assert {
        ("Marrowby Foundation", "FUNDED", "Kelby Reading Project", ""),
        ("Lanternfish", "FUNDED", "Kelby Reading Project", ""),
    } <= rows(seed)


def test_member_organisations_of_a_named_network():
    seed = _seed(
        "Network news\n\n"
        "Member organisations of the Dorrow Advice Network include:\n\n"
        "* Quillwort Law Centre\n"
        "* Lanternfish\n"
    )
    assert {
        ("Quillwort Law Centre", "MEMBER_OF", "Dorrow Advice Network", "member"),
        ("Lanternfish", "MEMBER_OF", "Dorrow Advice Network", "member"),
    } <= rows(seed)


def test_markdown_bullets_under_a_lead_in():
    seed = _seed(
        "# Kelby Food Project\n\n"
        "The Kelby Food Project opened its first hub this week.\n\n"
        "Delivery partners include:\n\n"
        "- Lanternfish\n"
        "- Quillwort Trust\n",
        path="page.md",
    )
    assert {
        ("Lanternfish", "PARTICIPATED_IN", "Kelby Food Project", "partner"),
        ("Quillwort Trust", "PARTICIPATED_IN", "Kelby Food Project", "partner"),
    } <= rows(seed)


NOT_BODIES = [
    "Our services:\n\nAdvice\nBefriending\nLunch Club\n",
    "Dates for your diary:\n\n12 March 2031\n3 April 2031\n",
    "The workshop covered these topics:\n\n• Housing\n• Loneliness\n• Transport\n",
    "Useful links:\n\n• Read the Full Report\n• Contact Us\n• Volunteer With Us\n",
    "Grants can pay for:\n\n• Equipment\n• Staff Costs\n• Training\n",
    "Our partners will deliver:\n\n• Cookery Classes\n• Welcome Packs\n",
]


def test_lists_that_are_not_of_bodies_give_no_bodies_and_no_relations():
    for body in NOT_BODIES:
        seed = _seed(
            "Kelby Food Project update\n\n"
            "The Marrowby Foundation funds the Kelby Food Project, which opened this week.\n\n"
            + body
        )
        items = {line.strip("• ") for line in body.splitlines()[1:] if line.strip()}
        named = {name for _, name in _names(seed)}
        assert not items & named, body
        ends = {r[0] for r in rows(seed)} | {r[2] for r in rows(seed)}
        assert not items & ends, body


def test_unbulleted_lines_under_delivered_by_and_a_partners_heading():
    seed = _seed(
        "Kelby Reading Project\n\n"
        "The Kelby Reading Project pairs volunteers with young readers in Dalby.\n\n"
        "The project is delivered by:\n\n"
        "Quillwort Trust\n"
        "Lanternfish\n\n"
        "Our Partners\n\n"
        "Hobnail Arts\n"
        "Dorrow Library Service\n\n"
        "Partner news\n\n"
        "Tenterfield Hub\n"
    )
    assert {
        ("Quillwort Trust", "RUNS", "Kelby Reading Project", ""),
        ("Lanternfish", "RUNS", "Kelby Reading Project", ""),
        ("Hobnail Arts", "PARTICIPATED_IN", "Kelby Reading Project", "partner"),
        ("Dorrow Library Service", "PARTICIPATED_IN", "Kelby Reading Project", "partner"),
    } <= rows(seed)
    # "Partner news" is a heading, not a list of partners
    assert not {r for r in rows(seed) if "Tenterfield Hub" in (r[0], r[2])}


def test_grant_lines_with_the_place_after_a_comma_are_where_the_grantee_is():
    seed = _seed(
        "Marrowby Foundation spring round\n\n"
        "The Marrowby Foundation has awarded grants to the following groups:\n\n"
        "Tenterfield Pantry, Ashby - £5,000\n"
        "Marsh Lane Club, Dalby: £2,000\n"
    )
    assert {
        ("Marrowby Foundation", "FUNDED", "Tenterfield Pantry", ""),
        ("Marrowby Foundation", "FUNDED", "Marsh Lane Club", ""),
        ("Tenterfield Pantry", "LOCATED_IN", "Ashby", ""),
        ("Marsh Lane Club", "LOCATED_IN", "Dalby", ""),
    } <= rows(seed)


def test_people_listed_under_a_lead_in_without_bullets_or_in_a_table():
    seed = _seed(
        "Kelby Housing Summit 2031\n\n"
        "The Kelby Housing Summit 2031 took place at Dalby Town Hall on 4 March.\n\n"
        "Speakers included:\n\n"
        "Jane Holloway\n"
        "Priya Castellan (Dalby Council)\n\n"
        "The Marrowby Foundation's trustees are:\n\n"
        "• Ann Lowry (Chair)\n"
        "• Peter Quince\n\n"
        "Panellists:\n\n"
        "| Name | Organisation |\n"
        "| Owen Marsh | Quillwort Trust |\n"
    )
    assert {
        ("Jane Holloway", "PARTICIPATED_IN", "Kelby Housing Summit 2031", "speaker"),
        ("Priya Castellan", "PARTICIPATED_IN", "Kelby Housing Summit 2031", "speaker"),
        ("Ann Lowry", "MEMBER_OF", "Marrowby Foundation", "chair"),
        ("Peter Quince", "MEMBER_OF", "Marrowby Foundation", "trustee"),
        ("Owen Marsh", "PARTICIPATED_IN", "Kelby Housing Summit 2031", "panellist"),
        ("Owen Marsh", "WORKS_FOR", "Quillwort Trust", ""),
    } <= rows(seed)


def test_a_run_of_names_after_the_lead_in_in_one_sentence():
    seed = _seed(
        "Kelby Food Project\n\n"
        "The Kelby Food Project opened this week.\n\n"
        "The Marrowby Foundation has awarded grants to the following groups: Tenterfield "
        "Pantry, Marsh Lane Club and Dorrow Carers.\n\n"
        "The project is funded by: the Ashgrove Trust and Bellwood Foundation.\n"
    )
    assert {
        ("Marrowby Foundation", "FUNDED", "Tenterfield Pantry", ""),
        ("Marrowby Foundation", "FUNDED", "Marsh Lane Club", ""),
        ("Marrowby Foundation", "FUNDED", "Dorrow Carers", ""),
        ("Ashgrove Trust", "FUNDED", "Kelby Food Project", ""),
        ("Bellwood Foundation", "FUNDED", "Kelby Food Project", ""),
    } <= rows(seed)


_GRANT_TABLE_HTML = (
    "<html><body><article><h1>Marrowby Foundation grants</h1>"
    "<p>The Marrowby Foundation opened its spring round in March.</p>"
    "<p>Grants were awarded to the following groups:</p>\n"
    "<table>\n<tr><th>Organisation</th><th>Area</th><th>Grant</th></tr>\n"
    "<tr><td>Quillwort Carers</td><td>Dalby</td><td>£4,000</td></tr>\n"
    "<tr><td>Tenterfield Pantry</td><td>Redbrook</td><td>£2,500</td></tr>\n</table>"
    "<p>The next round opens in the autumn.</p></article></body></html>"
)
_GRANT_TABLE_MD = (
    "# Marrowby Foundation grants\n\n"
    "The Marrowby Foundation opened its spring round in March.\n\n"
    "Grants were awarded to the following groups:\n\n"
    "| Organisation | Area | Grant |\n"
    "|---|:---|---:|\n"
    "| Quillwort Carers | Dalby | £4,000 |\n"
    "| Tenterfield Pantry | Redbrook | £2,500 |\n\n"
    "The next round opens in the autumn.\n"
)


def test_a_grant_table_in_an_html_or_markdown_page_is_read_row_by_row():
    # A user's page saved as HTML or Markdown: the table's rows are read as the
    # plain-text rows above are, each grantee funded and placed; no cell (a
    # heading, a place, an amount) becomes a body of its own
    for text, path in ((_GRANT_TABLE_HTML, "page.html"), (_GRANT_TABLE_MD, "page.md")):
        seed = _seed(text, path)
        assert {
            ("Marrowby Foundation", "FUNDED", "Quillwort Carers", ""),
            ("Marrowby Foundation", "FUNDED", "Tenterfield Pantry", ""),
            ("Quillwort Carers", "LOCATED_IN", "Dalby", ""),
            ("Tenterfield Pantry", "LOCATED_IN", "Redbrook", ""),
        } <= rows(seed), path
        assert ("Place", "Dalby") in _names(seed), path
        assert not {n for t, n in _names(seed) if t == "Organisation"} & {
            "Organisation", "Area", "Grant", "Dalby", "Redbrook"
        }, path  # fmt: skip


ROUND_UP = (
    "In the past year, the Heron Foundation has awarded £743,000 in grants.\n\n"
    "Projects supported have included:\n\n"
    "Tern Help Trust, who provide a food bank in Kelby, were given £2,000 to set up a "
    "fuel bank.\n\n"
    "Dale Youth Project, an established small charity in Kelby, runs a weekly club for "
    "young people.\n\n"
)


def test_paragraphs_under_a_grantee_lead_in_each_name_a_grantee():
    funded = pairs(extract_text(ROUND_UP), "FUNDED")
    assert ("Heron Foundation", "Tern Help Trust") in funded
    assert ("Heron Foundation", "Dale Youth Project") in funded


def test_the_paragraphs_of_grantees_end_with_one_that_opens_with_no_name():
    seed = extract_text(
        ROUND_UP + "Last year the foundation also thanked its volunteers.\n\n"
        "Westshire Council runs the county's libraries.\n"
    )
    assert ("Heron Foundation", "Westshire Council") not in pairs(seed, "FUNDED")


REGRANT = (
    "The Heron Trust has awarded Northtown Mind £830,000 to support health care across "
    "Kelby.\n\n"
    "Northtown Mind were selected as lead charity on behalf of all local charities, and "
    "will distribute and manage funding to 10 third sector partners.\n\n"
)


def test_the_successful_partners_are_grantees_of_the_body_passing_the_money_on():
    seed = extract_text(
        REGRANT + "The successful partners are as follows:\n- Dale Hospice\n"
        "- Westshire Vision Support\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Heron Trust", "Northtown Mind") in funded
    assert ("Northtown Mind", "Dale Hospice") in funded
    assert ("Northtown Mind", "Westshire Vision Support") in funded
    assert ("Heron Trust", "Dale Hospice") not in funded


def test_partners_not_called_successful_are_no_grantees():
    seed = extract_text(REGRANT + "Our partners are:\n- Dale Hospice\n- Westshire Vision Support\n")
    assert not {("Northtown Mind", "Dale Hospice"), ("Heron Trust", "Dale Hospice")} & pairs(
        seed, "FUNDED"
    )


def test_money_distributed_by_others_makes_no_funder_of_the_sentence_subject():
    seed = extract_text(
        "The Heron Trust runs a grants programme for Kelby.\n\n"
        "Northtown Mind said the funding will be distributed to local groups.\n\n"
        "The successful groups are as follows:\n- Dale Hospice\n- Westshire Vision Support\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Northtown Mind", "Dale Hospice") not in funded


def test_an_item_is_one_name_where_the_finder_saw_only_a_piece_of_it():
    names = _names(
        _seed(
            "The partners are:\n- Dale Hospice\n- Rovers in the Community\n"
            "- Dale Advice 1066\n- Kelby Carers\n"
        )
    )
    assert ("Organisation", "Rovers in the Community") in names
    assert ("Organisation", "Dale Advice 1066") in names
    assert ("Organisation", "Community") not in names


def test_the_lead_in_read_is_the_first_phrase_of_the_list_file_at_its_first_place():
    # "partner organisations" comes before "delivered by" in vocab/list_leads.txt,
    # so it is the lead-in read even when "delivered by" is written first; of two
    # places the phrase is written, the first
    from collabgraph.extract.list_lines import lead_kind

    words = [
        "delivered",
        "by",
        "kelby",
        "trust",
        "with",
        "partner",
        "organisations",
        "and",
        "partner",
        "organisations",
    ]
    assert lead_kind(words) == ("partner", 5, 7)
    assert lead_kind(["delivered", "by", "the", "fenby", "trust"]) == ("runner", 0, 2)
    assert lead_kind(["a", "day", "out", "in", "dalby"]) is None


def test_the_place_a_lead_in_names_its_groups_in_places_each_item():
    for lead, places in (
        ("Foo Trust has awarded grants to three organisations in Goole:", {"Goole"}),
        ("Foo Trust has awarded grants to the following groups across Whitby and Selby:",
         {"Whitby", "Selby"}),
    ):  # fmt: skip
        seed = _seed(f"Latest grants\n\n{lead}\n\n- Heron Care Trust\n- Wren Youth Club\n")
        located = pairs(seed, "LOCATED_IN")
        for body in ("Heron Care Trust", "Wren Youth Club"):
            assert {(body, p) for p in places} <= located, lead
            assert ("Foo Trust", "FUNDED", body, "") in rows(seed), lead


def test_a_place_said_of_the_lead_ins_verb_or_meeting_places_no_item():
    for lead in (
        "Foo Trust grants awarded in Goole went to:",
        "At its meeting in Goole, Foo Trust awarded grants to the following groups:",
    ):
        seed = _seed(f"Latest grants\n\n{lead}\n\n- Heron Care Trust\n- Wren Youth Club\n")
        assert ("Foo Trust", "FUNDED", "Heron Care Trust", "") in rows(seed), lead
        located = pairs(seed, "LOCATED_IN")
        assert not {("Heron Care Trust", "Goole"), ("Wren Youth Club", "Goole")} & located, lead


def test_our_funders_fund_the_pages_body_not_the_programme_or_post_in_view():
    seed = _seed(
        "Quenby Valley Advice Network\n\n"
        "Quenby Valley Advice Network is a charity supporting people across the valley.\n\n"
        "Our Benefit Buddies scheme, run by Tamsin Orrell, reached 300 households this year. "
        "Our Money Mentor, Idris Pellow, supported 40 families.\n\n"
        "Our funders: Quenby District Council, the Harnwick Foundation and the Sollis Trust.\n"
    )
    funded = pairs(seed, "FUNDED")
    for funder in ("Quenby District Council", "Harnwick Foundation", "Sollis Trust"):
        assert (funder, "Quenby Valley Advice Network") in funded
        assert (funder, "Benefit Buddies") not in funded
        assert (funder, "Money Mentor") not in funded
