"""Who is writing and unusual person lines: a writer introducing themselves ("Hi
all - Jo here, Officer at Foo"), "Name, 17, of Body", "Foo Harriers' own Jane Doe",
and seats told the other way round ("Also joining the board of Foo is Jane Doe")."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.self_intros import introduced, piped_byline
from tests.extract.reading import pairs, with_roles


def test_a_writer_introducing_themselves_works_for_the_body_and_speaks_for_it():
    seed = extract_text(
        "Our day at the town hall\n\n"
        "Hello everyone – Priya here, Youth Worker at Dunholm Young Carers.\n\n"
        "Our chair, Dr Wes Mora, spoke about respite breaks.\n\n"
        "Priya Khan\n"
    )
    assert ("Priya Khan", "Dunholm Young Carers") in pairs(seed, "WORKS_FOR")
    assert ("Wes Mora", "Dunholm Young Carers") in pairs(seed, "MEMBER_OF")


def test_self_introductions_in_other_wordings():
    assert introduced("Hi, I'm Rob Sille, Outreach Lead at Fenby Food Bank. We met.") == (
        "Rob Sille, Outreach Lead at Fenby Food Bank",
        "We met.",
    )
    assert introduced("My name is Ida Penn and I'm the Secretary of Ayton Ramblers.") == (
        "Ida Penn, Secretary of Ayton Ramblers",
        "",
    )


def test_lines_that_are_no_self_introduction():
    assert introduced("Jo here, back from the Fenby Fair with news.") is None
    assert introduced("Hi all, we are back from the Ayton Show.") is None
    assert introduced("I am Jo Tern, a keen walker from Ayton Vale.") is None


def test_an_age_between_a_name_and_its_body():
    seed = extract_text(
        "Awards night\n\n"
        "Young Leader of the Year: Cal Rudd, 16, of Wexby Youth Forum.\n\n"
        "Also praised was Nell Ames, 71, from the Orton Walking Club.\n"
    )
    members = pairs(seed, "MEMBER_OF")
    assert ("Cal Rudd", "Wexby Youth Forum") in members
    assert ("Nell Ames", "Orton Walking Club") in members


def test_an_age_before_a_place_is_no_body():
    seed = extract_text("Race report\n\nThe winner was Cal Rudd, 16, of Wexby.\n")
    assert not [
        r
        for r in seed["relations"]
        if r["from"] == "Cal Rudd"
        and r["to"] == "Wexby"
        and r["type"] in {"WORKS_FOR", "MEMBER_OF"}
    ]


def test_a_clubs_own_member():
    seed = extract_text(
        "Race report\n\nThe fastest woman was Tolby Running Club's own Mia Leck in 19 minutes.\n"
    )
    assert ("Mia Leck", "Tolby Running Club", "member") in with_roles(seed, "MEMBER_OF")


def test_seats_told_the_other_way_round():
    seed = extract_text(
        "Board news\n\n"
        "Also joining the board of the Hulme Arts Trust is Ray Dorr, formerly of Gisby "
        "Council.\n\n"
        "Joining the board of trustees of Weald Carers Trust as treasurer are Uma Bell and "
        "Kit Shaw.\n"
    )
    seats = {(a, b, (role or "").lower()) for a, b, role in with_roles(seed, "MEMBER_OF")}
    assert ("Ray Dorr", "Hulme Arts Trust", "board member") in seats
    assert ("Uma Bell", "Weald Carers Trust", "treasurer") in seats
    assert ("Kit Shaw", "Weald Carers Trust", "treasurer") in seats


def test_joining_someone_at_an_event_is_no_seat():
    seed = extract_text("Fair day\n\nJoining them at the Hulme Arts Trust stall was Ray Dorr.\n")
    assert ("Ray Dorr", "Hulme Arts Trust") not in pairs(seed, "MEMBER_OF")


def test_a_byline_set_out_between_bars():
    seed = extract_text(
        "Why the library matters\n\n"
        "Rhea Dunn | Campaigns Manager | Orton Civic Society\n\n"
        "Our chair, Ivo Bram, counted 400 letters of support.\n"
    )
    assert ("Rhea Dunn", "Orton Civic Society", "Campaigns Manager") in with_roles(
        seed, "WORKS_FOR"
    )
    assert ("Ivo Bram", "Orton Civic Society") in pairs(seed, "MEMBER_OF")


def test_bars_that_are_no_byline():
    assert piped_byline("Home | News | Events") is None
    assert piped_byline("Rhea Dunn | Orton Civic Society") is None
    assert piped_byline("Orton Civic Society | Chair | Rhea Dunn") is None


def test_a_post_placed_at_another_body_is_not_the_pages_too():
    seed = extract_text(
        "Our visit to the council\n\n"
        "Hi all – Noor here, Project Officer at Calder Tenants Voice.\n\n"
        "Many thanks to the Orton Housing Forum's policy officer, Lex Amory, for the tour.\n"
    )
    works = pairs(seed, "WORKS_FOR")
    assert ("Lex Amory", "Orton Housing Forum") in works
    assert ("Lex Amory", "Calder Tenants Voice") not in works
