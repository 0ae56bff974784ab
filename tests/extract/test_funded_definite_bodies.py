"""A body funded when named again only by its kind of body: "The network is hosted by
Fenby Community Action and funded by A and B", "The network is run by A with support
from C", "The partnership is funded by A" (`reader.definite_org`, read by
`passive_targets.joined_unnamed`, `grant_subjects.focus_opening` and
`focus_targets.target_before`): the body last named with that word, not the doer of the
first verb nor the project in focus. Fictional bodies."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def test_a_network_hosted_by_one_body_and_funded_by_others():
    seed = extract_text(
        "Kelby Fair Work Network brings together employers across Kelby to improve pay.\n\n"
        "The network is hosted by Fenby Community Action and funded by Kelby City Council "
        "and the Tern Foundation.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Kelby City Council", "Kelby Fair Work Network") in funded
    assert ("Tern Foundation", "Kelby Fair Work Network") in funded
    assert not any(to == "Fenby Community Action" for _, to in funded)


def test_a_network_coordinated_by_a_person_and_funded_by_a_trust():
    seed = extract_text(
        "Kelby Youth Network links youth clubs across the district.\n\n"
        "The network is coordinated by Jo Tern, who is based at Fenby Council for Voluntary "
        "Service, and is funded by the Ada Foss Foundation.\n"
    )
    assert ("Ada Foss Foundation", "Kelby Youth Network") in pairs(seed, "FUNDED")


def test_a_network_run_by_one_body_with_support_from_another():
    seed = extract_text(
        "Kelby Youth Network links youth clubs across the district.\n\n"
        "The network is run by Fenby Community Action with support from the Ada Foss "
        "Foundation.\n"
    )
    assert ("Ada Foss Foundation", "Kelby Youth Network") in pairs(seed, "FUNDED")


def test_the_partnership_funded_is_the_named_partnership_not_its_project():
    seed = extract_text(
        "The Kelby Connected Communities Partnership brings together the council, the NHS "
        "and local charities.\n\n"
        "Its first project, Next Steps, helps young people find work.\n\n"
        "The partnership is funded by the Kelby Health and Wellbeing Board and the Tern "
        "Places Fund.\n"
    )
    funded = pairs(seed, "FUNDED")
    assert ("Kelby Health and Wellbeing Board", "Kelby Connected Communities Partnership") in funded
    assert ("Kelby Health and Wellbeing Board", "Next Steps") not in funded
