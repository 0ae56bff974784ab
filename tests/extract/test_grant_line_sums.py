"""Grant lists whose lines close with their sum in brackets ("Home Again – Age UK
Kelby will visit patients after discharge (£52,000)."): the funder in view FUNDED
the name the line opens with (rules/grant_lists.grant_lines). Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_LINES = (
    "1. Home Again – Age UK Kelby will support older patients after discharge (£52,000).\n"
    "2. Bump Buddies – Kelby Maternity Voices Partnership will train peer supporters for "
    "new mothers (£38,000).\n"
    "3. Fit for Surgery – Kelby Leisure Trust will offer free exercise classes to patients "
    "waiting for operations (£45,000).\n"
)


def test_lines_closing_with_their_sum_are_grants():
    text = (
        "Hospital charity funds three community projects\n\n"
        "Kelby Hospitals Charity has awarded £135,000 to three community projects through "
        "its Healthier Kelby grants.\n\nThe projects are:\n\n" + _LINES
    )
    seed = extract_text(text, path="page.txt")
    found = pairs(seed, "FUNDED")
    for project in ("Home Again", "Bump Buddies", "Fit for Surgery"):
        assert ("Kelby Hospitals Charity", project) in found
    assert ("Age UK Kelby", "Home Again") in pairs(seed, "RUNS")


def test_bulleted_lines_with_a_closing_sum():
    text = (
        "Small grants round\n\nThe Heron Trust has made four awards this spring.\n\n"
        "- Kelby Lunch Club – a weekly lunch for older people in Fenby (£2,500)\n"
        "- Ashby Youth Forum – a summer programme for teenagers (£4,000)\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Heron Trust", "Kelby Lunch Club") in found
    assert ("Heron Trust", "Ashby Youth Forum") in found


def test_priced_lines_with_no_funder_are_no_grants():
    text = (
        "Kelby Food Festival\n\nThe Kelby Food Festival returns to Fenby Park on 3 June.\n\n"
        "What's on:\n\n"
        "- Kelby Bakery Ltd – bread-making for children, book ahead (£5)\n"
        "- Ashby Cookery School – a knife skills class (£12)\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert not any(dst in {"Kelby Bakery Ltd", "Ashby Cookery School"} for _, dst in found)


def test_lines_closing_with_their_sum_after_the_purpose():
    text = (
        "Brindle Valley Foundation\nAnnual Review 2025\n\n"
        "This year our grants panel met four times.\n\nGrants awarded\n\n"
        "Kelby Lunch Club / hall hire and transport / £2,000\n"
        "Orton Youth Theatre / lighting for the summer show / £1,500\n\n"
        "Winter awards\n\n"
        "Dale Food Share: hot meals twice a week - £9,800\n"
        "Marsh Men's Shed: warm workshop sessions and soup - £3,200\n\n"
        "Grants to organisations\n\n"
        "1. Pellow Advice Centre, debt advice in the villages ........ £10,000\n"
        "2. Wickham Young Carers, core costs ........ £4,000\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "FUNDED")
    for grantee in (
        "Kelby Lunch Club",
        "Orton Youth Theatre",
        "Dale Food Share",
        "Marsh Men's Shed",
        "Pellow Advice Centre",
        "Wickham Young Carers",
    ):
        assert ("Brindle Valley Foundation", grantee) in found


def test_a_funders_list_closing_with_sums_names_no_grantees():
    text = (
        "Fenby Community Theatre\nAnnual Review 2025\n\n"
        "We ran 40 workshops and gave out six bursaries with grants from our friends.\n\n"
        "With thanks to our funders\n"
        "Ashby Arts Council (regular funding) .......... £48,000\n"
        "Kelby Town Council ........................... £12,000\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Fenby Community Theatre", "Ashby Arts Council") not in found
    assert ("Fenby Community Theatre", "Kelby Town Council") not in found


def test_a_cabinet_approving_grants_is_no_funder():
    text = (
        "ASHBY DISTRICT COUNCIL\nCABINET - 3 MARCH 2026\n\n"
        "1. RECOMMENDATIONS\n"
        "1.1 That Cabinet approves the grants set out below, totalling £16,000.\n\n"
        "2. PROPOSED AWARDS\n"
        "- Kelby Law Centre / debt advice / £10,000\n"
        "- Orton Foodbank / warehouse rent / £6,000\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Ashby District Council", "Kelby Law Centre") in found
    assert ("Ashby District Council", "Orton Foodbank") in found
    assert not any(src.endswith("Cabinet") for src, _ in found)


def test_a_funders_staff_roll_stays_its_own():
    text = (
        "Brindle Valley Foundation\nAnnual Review 2025\n\n"
        "Our grants panel met four times this year.\n\nGrants awarded\n\n"
        "Kelby Lunch Club / hall hire and transport / £2,000\n"
        "Orton Youth Theatre / lighting for the summer show / £1,500\n\n"
        "Our people\n\n"
        "Staff: Jane Doe (Chief Executive), John Roe (Grants Officer).\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Brindle Valley Foundation", "Kelby Lunch Club") in pairs(seed, "FUNDED")
    assert ("John Roe", "Brindle Valley Foundation") in pairs(seed, "WORKS_FOR")


def test_short_list_lines_laid_out_like_headings_keep_their_grantees():
    text = (
        "News | 3 March 2026\n\n"
        "Fenby Valley Foundation has announced the first awards from its Winter Fund.\n\n"
        "The awards:\n\n"
        "Kelby Food Share: hot lunch club twice a week at the Methodist church - £9,800\n"
        "Ashby Men's Shed: warm workshop sessions and soup - £3,200\n"
        "Orton Tenants' Federation: warm space at Brook Lane Community Room, with housing "
        "staff on hand for repairs queries - £7,500\n"
        "Marsh Refugee Welcome: winter clothing bank and warm welcome café - £8,000\n"
        "Wendle Village Hall Committee: heating costs for a weekly warm hub - £4,500\n"
        "Dale Street Pastors: night outreach kit - £2,000\n\n"
        "A second round will open in January.\n"
    )
    found = pairs(extract_text(text, path="page.txt"), "FUNDED")
    assert ("Fenby Valley Foundation", "Marsh Refugee Welcome") in found
    assert ("Fenby Valley Foundation", "Dale Street Pastors") in found
