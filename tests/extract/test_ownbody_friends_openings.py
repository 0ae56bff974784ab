"""A friends' group named at the start of a line or sentence, "Friends of Foo Park
held its annual general meeting", "- Friends of Foo Woods": the whole name is the
body, not the park alone (`mentions/run_starts.name_start_ok`,
`vocab/name_body_openers_of.txt`). When it is the page's own body, its seats sit
there. All names and sentences are made up."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import entities, with_roles


def test_friends_group_opening_a_sentence_is_the_body():
    found = entities(
        "AGM report\n\nFriends of Orrin Vale Park held its annual general meeting on "
        "Tuesday at the bowls pavilion. Twenty members attended.\n"
    )
    assert ("Organisation", "Friends of Orrin Vale Park") in found


def test_friends_group_opening_a_list_item_is_the_body():
    found = entities("Our member groups\n\n- Friends of Kelby Woods\n- Fenby Tenants Forum\n")
    assert ("Organisation", "Friends of Kelby Woods") in found


def test_the_groups_chair_sits_at_the_whole_body():
    seed = extract_text(
        "AGM report: new faces on the committee\n\n"
        "Friends of Orrin Vale Park held its annual general meeting on Tuesday 3 March "
        "at the bowls pavilion.\n\n"
        "Twenty members attended. Our chair, Hester Quill, thanked the volunteers.\n",
        path="page.txt",
    )
    members = with_roles(seed, "MEMBER_OF")
    assert any(p == "Hester Quill" and b == "Friends of Orrin Vale Park" for p, b, _ in members)


def test_friends_as_a_plain_word_opens_no_name():
    found = entities("Fair news\n\nFriends of ours came along to the fair on Saturday.\n")
    assert not any(name.startswith("Friends") for _, name in found)
