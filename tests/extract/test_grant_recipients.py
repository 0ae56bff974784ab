"""A one-word name that receives money is a body: "Kelbywatch has been granted
£8,000", "Kelbywatch, which links the town's groups, has been awarded £1,000".
Made-up write-ups, one kind of fault from real pages (issue 11)."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text
from tests.extract.reading import entities, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Kelbywatch has been granted £8,000 to contribute towards a programme.",
        "Kelbywatch was given £500 towards a booklet for older people.",
        "Kelbywatch, which links together the ten watch groups in Westshire, has been "
        "awarded £1,000 to help pay for a booklet.",
    ],
)
def test_a_name_that_receives_money_is_an_organisation(text):
    assert ("Organisation", "Kelbywatch") in entities(text)


def test_a_body_that_receives_money_after_a_who_clause():
    found = entities(
        "Renewal CPR, who provide a foodbank and related services in Northtown, "
        "were awarded £2,000 from the community fund."
    )
    assert ("Organisation", "Renewal CPR") in found


def test_an_occasion_that_receives_money_stays_an_occasion():
    found = entities(
        "Arts fund awards grants\n\n"
        "Westshire Arts Trust has announced grants to twelve groups.\n\n"
        "Kelby Design Festival has received an award to support this year’s programme.\n\n"
        "Dalby Spring Festival and Fenby International Jazz Festival have received funding "
        "towards the development of their respective programmes.\n"
    )
    assert ("Event", "Fenby International Jazz Festival") in found
    assert ("Organisation", "Fenby International Jazz Festival") not in found


def test_a_name_given_no_money_is_not_made_a_body():
    found = entities("Kelbywatch was given a warm welcome at the Northtown Fair.")
    assert ("Organisation", "Kelbywatch") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Dalby Special School in Ashby has also been awarded a £7,702 grant to run a choir.",
        "Kestrel Youth Club in Beeford has been awarded £5,000 for a minibus.",
    ],
)
def test_a_grantee_in_a_place_gets_the_grant_not_the_place(sentence):
    seed = extract_text(
        "The Westshire Community Fund has awarded funding to 12 groups in Northtown.\n\n"
        f"{sentence}\n"
    )
    funded = {to for frm, to in pairs(seed, "FUNDED") if frm == "Westshire Community Fund"}
    grantee = sentence.split(" in ")[0]
    place = sentence.split(" in ")[1].split()[0]
    assert funded == {grantee}
    assert (grantee, place) in pairs(seed, "LOCATED_IN")


@pytest.mark.parametrize(
    "sentence",
    [
        "Owl Friendship Group is using a £10,000 grant to run activities for older members.",
        "Heron Men's Shed used a £2,500 award to buy new tools.",
    ],
)
def test_a_body_using_a_sum_received_it(sentence):
    seed = extract_text(
        "The Westshire Community Fund has awarded funding to 12 groups in Northtown.\n\n"
        f"{sentence}\n"
    )
    funded = {to for frm, to in pairs(seed, "FUNDED") if frm == "Westshire Community Fund"}
    assert funded == {sentence.split(" is using")[0].split(" used")[0]}


@pytest.mark.parametrize(
    "lead",
    ["Other local recipients include", "This year's grantees were"],
)
def test_recipients_listed_after_the_funder_got_its_money(lead):
    seed = extract_text(
        "Westshire Community Foundation (WCF) marked ten years of grant-making.\n\n"
        "Many groups across Northtown have benefited from WCF grants."
        f" {lead} Ayton Pantry, Friends of Beeford Park and Cowton Cricket Club amongst others.\n"
    )
    funded = {to for frm, to in pairs(seed, "FUNDED") if frm == "Westshire Community Foundation"}
    assert funded == {"Ayton Pantry", "Friends of Beeford Park", "Cowton Cricket Club"}


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers from Friends of Dalby Woods planted trees.",
        "We met members of Friends of Ayton Park.",
    ],
)
def test_the_friends_of_a_place_are_a_body(text):
    (name,) = [n for kind, n in entities(text) if n.startswith("Friends of")]
    assert ("Organisation", name) in entities(text)
