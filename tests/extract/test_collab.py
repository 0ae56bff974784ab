"""Working together told in the shapes other writers use: a body named by a definite
noun ("The café has since worked with B"), founders described before their names
("set up by retired electrician A and his neighbour B"), a founder and who they
founded a thing with ("A set up the Foo with B", "a project she started with B")
(rules/collab_subjects.py, rules/founders.py, rules/lists.py). Near misses must give
nothing. All names and sentences made up."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import pairs, together


@pytest.mark.parametrize(
    ("text", "body", "partner"),
    [
        ("The Kelby Tea Café opened in a former bank in 2017. The café has since worked "
         "with Fenby Junior School on a baking club.", "Kelby Tea Café", "Fenby Junior School"),
        ("The Orton Food Partnership was formed last spring. The partnership has also "
         "teamed up with Dalby College, whose students will cook at the hub.",
         "Orton Food Partnership", "Dalby College"),
        ("Westmoor Repair Hub fixes bikes and toasters. This spring the hub will work "
         "closely with Ayton Credit Union on a tool loan scheme.", "Westmoor Repair Hub",
         "Ayton Credit Union"),
    ],
)  # fmt: skip
def test_a_body_named_by_a_definite_noun_works_with_them(text, body, partner):
    assert (body, partner) in together(text + "\n")


def test_a_definite_noun_of_no_body_named_gives_nothing():
    text = (
        "Jo Tern has joined Fenby Advice as its new manager. The project has since worked "
        "with Orton College on a study.\n"
    )
    assert not any("Orton College" in pair for pair in together(text))


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The Fenby Tool Library was set up in 2021 by retired electrician Ravi Mohan and "
         "his neighbour Ada Foss.", "Ravi Mohan", "Ada Foss"),
        ("Kelby Swap Shop was started by former teacher Lena Cole and her friend Jo Tern "
         "in 2019.", "Lena Cole", "Jo Tern"),
    ],
)  # fmt: skip
def test_founders_described_before_their_names_workedtogether(text, a, b):
    assert (a, b) in together(text + "\n")


@pytest.mark.parametrize(
    ("text", "founder", "partner"),
    [
        ("Jo Tern set up the Fenby Seed Swap with Orton Allotments Society.", "Jo Tern",
         "Orton Allotments Society"),
        ("Ada Foss runs Kelby Greens, a growing project she started with Fenby Academy "
         "Trust.", "Ada Foss", "Fenby Academy Trust"),
        ("Dalby Men's Shed founded the Ayton Bike Kitchen in 2020 with Westmoor Cycling "
         "Club.", "Dalby Men's Shed", "Westmoor Cycling Club"),
    ],
)  # fmt: skip
def test_a_founder_and_who_they_founded_it_with(text, founder, partner):
    assert (founder, partner) in together(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Ada Foss joined Kelby Trust in 2012. She started with Orton Trust in 2015.",
        "The Fenby Larder was set up with funding from Kelby Trust.",
        "Jo Tern set up the group with support from the Orton Trust.",
        "The Ayton Hub was established with Kelby Council in 2019.",
    ],
)
def test_no_founding_with_a_body_gives_no_collaborator(text):
    found = together(text + "\n")
    assert not any("Trust" in a or "Council" in a for pair in found for a in pair)


_GRANTS = "# Fenby Fund grants\n\nThe Fenby Fund has agreed six grants this round.\n\n"


@pytest.mark.parametrize(
    ("line", "grantee", "partner"),
    [
        ("- Kelby Youth Trust – £3,750 for a summer club run with Fenby Police Cadets",
         "Kelby Youth Trust", "Fenby Police Cadets"),
        ("Orton Heritage Society – £4,500 for an oral history project with Dalby Museum Trust",
         "Orton Heritage Society", "Dalby Museum Trust"),
        ("Ayton Wildlife Trust has been awarded £9,000 for a pond survey with Westmoor "
         "Academy.", "Ayton Wildlife Trust", "Westmoor Academy"),
    ],
)  # fmt: skip
def test_a_grantee_works_with_whom_the_grant_is_spent_with(line, grantee, partner):
    assert (grantee, partner) in together(_GRANTS + line + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "- Orton Heritage Society – £500 for new display cases, with match funding from "
        "Kelby Trust",
        "Orton Heritage Society has received £2,000 from Kelby Trust for new display cases.",
        "- Orton Heritage Society – £800 for a day trip to Dalby Museum Trust",
    ],
)
def test_a_grant_with_no_one_to_work_with_gives_no_collaborator(line):
    found = together(_GRANTS + line + "\n")
    assert not any("Orton Heritage Society" in pair for pair in found)


def test_people_of_two_bodies_listed_after_with():
    text = (
        "The mural was painted by artist Jo Tern, who worked with pupils from Fenby "
        "Academy and members of the Fenby Traders' Association over six months.\n"
    )
    found = together(text)
    assert {("Jo Tern", "Fenby Academy"), ("Jo Tern", "Fenby Traders' Association")} <= found


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Kelby Healthwatch and the Centre for Rural Health at Orton University launched "
         "their joint report at a morning event.", "Kelby Healthwatch",
         "Centre for Rural Health"),
        ("The University of Fenby and Fenby Young Carers have published a joint study into "
         "how schools support young carers.", "University of Fenby", "Fenby Young Carers"),
        ("Kelby Citizens Advice and the Orton Money Advice Centre are to merge on 1 April, "
         "creating one advice charity for the borough.", "Kelby Citizens Advice",
         "Orton Money Advice Centre"),
    ],
)  # fmt: skip
def test_two_bodies_making_one_thing_or_merging_worktogether(text, a, b):
    assert (a, b) in together(text + "\n")


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Healthwatch and Orton Advice both received grants from the Fenby Fund.",
        "Kelby Healthwatch and Orton Advice each published a report this year.",
    ],
)
def test_two_bodies_doing_the_same_apart_are_no_collaborators(text):
    assert ("Kelby Healthwatch", "Orton Advice") not in together(text + "\n")


def test_agents_after_by_partner_whom_they_work_in_partnership_with():
    text = (
        "Talk Time is a free programme for families in Fenby. It is delivered by Fenby "
        "Advice Centre and the charity Orton Carers Trust, in partnership with Kelby "
        "Housing Association.\n"
    )
    found = together(text)
    assert ("Fenby Advice Centre", "Kelby Housing Association") in found
    assert ("Orton Carers Trust", "Kelby Housing Association") in found


def test_hosts_after_by_are_not_made_partners_of_a_co_organiser():
    text = (
        "The Fenby Summit was hosted by Fenby Advice Centre and Orton Carers Trust, in "
        "partnership with Kelby Housing Association.\n"
    )
    found = together(text)
    assert ("Fenby Advice Centre", "Kelby Housing Association") not in found


@pytest.mark.parametrize(
    ("text", "partner", "kind"),
    [
        ("The Fenby Memory Walk is hosted by Kelby Dementia Trust in partnership with "
         "Orton Carers Trust.", "Orton Carers Trust", "PARTNER_OF"),
    ],
)  # fmt: skip
def test_one_host_in_partnership_with_a_body_is_its_partner(text, partner, kind):
    seed = extract_text(text + "\n", path="page.txt")
    assert ("Kelby Dementia Trust", partner) in pairs(seed, kind)


@pytest.mark.parametrize(
    "text",
    [
        "The Fenby Memory Webinar was organised by Kelby Dementia Friends in association "
        "with Orton Carers Trust.",
        "The Fenby Memory Walk is organised every year by Kelby Dementia Friends, a "
        "volunteer group, together with Orton Carers Trust.",
    ],
)
def test_a_co_organiser_not_said_to_be_a_partner_is_none(text):
    assert ("Kelby Dementia Friends", "Orton Carers Trust") not in together(text + "\n")


def test_both_bodies_named_before_work_with_a_third_as_collaborators():
    text = (
        "Kelby Family Support and Fenby Children's Trust have joined forces in a new "
        "partnership. Both charities will continue to work closely with health visitors "
        "from Orton Community Health Services.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Kelby Family Support", "Fenby Children's Trust") in pairs(seed, "PARTNER_OF")
    collaborators = pairs(seed, "COLLABORATES_WITH")
    assert ("Kelby Family Support", "Orton Community Health Services") in collaborators
    assert ("Fenby Children's Trust", "Orton Community Health Services") in collaborators
    assert not any("Orton" in b for _, b in pairs(seed, "PARTNER_OF"))


def test_a_page_calling_the_work_a_partnership_still_makes_partners():
    text = (
        "Kelby Family Support has worked with Fenby Children's Trust since 2019. The "
        "partnership will now open a second hub.\n"
    )
    seed = extract_text(text, path="page.txt")
    assert ("Kelby Family Support", "Fenby Children's Trust") in pairs(seed, "PARTNER_OF")


def test_a_gerund_subject_is_the_work_of_the_speakers_body():
    text = (
        'Dr Jo Tern, a GP at Kelby Medical Group, chairs the group. She said: "Working '
        'alongside Fenby Lifelines means we see people we would never see."\n'
    )
    found = together(text)
    assert ("Kelby Medical Group", "Fenby Lifelines") in found
    assert ("Jo Tern", "Fenby Lifelines") not in found


def test_a_gerund_subject_with_no_we_names_no_collaborator():
    text = "Working with Kelby Trust is a joy, said Jo Tern of Fenby Advice.\n"
    assert not any("Kelby Trust" in pair for pair in together(text))


@pytest.mark.parametrize(
    ("text", "doer", "partner"),
    [
        ("Fenby Museum ran a cooking club for families with Kelby Junior School.",
         "Fenby Museum", "Kelby Junior School"),
        ("Ada Foss wrote the new tenants' guide with Orton Advice Centre.", "Ada Foss",
         "Orton Advice Centre"),
        ("Kelby Trust delivered the project with Orton Advice Centre and Fenby Carers "
         "Trust.", "Kelby Trust", "Fenby Carers Trust"),
    ],
)  # fmt: skip
def test_a_thing_done_with_someone_is_workingtogether(text, doer, partner):
    assert (doer, partner) in together(text + "\n")


def test_the_author_and_whom_they_ran_a_workshop_with():
    text = (
        "# My first youth summit\n\nby Ravi Mohan, 16\n\nI helped run a workshop on bus "
        "fares with my friend Lena Cole from the Fenby Youth Council.\n"
    )
    found = together(text)
    assert ("Ravi Mohan", "Lena Cole") in found
    assert ("Ravi Mohan", "Fenby Youth Council") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kelby Trust ran a Q&A with Jo Tern at the library.",
        "Kelby Trust ran a workshop with funding from Orton Trust.",
        "The club is run with Orton Trust.",
        "Kelby Trust held a meeting with Orton Trust.",
    ],
)
def test_talks_money_and_meetings_done_with_someone_are_not_collaboration(text):
    found = together(text + "\n")
    assert ("Kelby Trust", "Jo Tern") not in found
    assert ("Kelby Trust", "Orton Trust") not in found
