"""Minutes that call people by the initials they give beside their names: the
letters are the person, not a body, and the person keeps what the sentence says."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.initials_names import spell_out_initials
from tests.extract.reading import pairs

MINUTES = """Fenby Tenants Association
Minutes of the committee meeting, 3 March 2025, Fenby Library

Present: Ada Foss (AF, Chair), Jo Tern (JT), Sam Penn (SP)

1. Welcome. AF welcomed members.
2. Youth club. JT said the youth club, run by Kelby Trust with the association, had 40
members. Kelby Trust's manager, SP, thanked the committee.
3. Grants. SP to write to Fenby Council. ACTION: SP
"""


def test_initials_are_not_bodies():
    seed = extract_text(MINUTES, path="page.txt")
    names = {e["name"] for e in seed["entities"] if e["type"] != "Person"}
    assert not names & {"AF", "JT", "SP"}
    assert all(r["to"] not in {"AF", "JT", "SP"} for r in seed["relations"])


def test_person_called_by_initials_keeps_the_sentence_relation():
    seed = extract_text(MINUTES, path="page.txt")
    assert ("Sam Penn", "Kelby Trust") in pairs(seed, "WORKS_FOR")


def test_letters_after_the_post_or_closing_the_entry():
    text = (
        "Present: Ada Foss (Chair, AF) - Kelby Trust; Jo Tern - Treasurer, Fenby Council (JT)\n"
        "AF welcomed members. JT to circulate the accounts.\n"
    )
    out = spell_out_initials(text)
    assert "Ada Foss (Chair) - Kelby Trust; Jo Tern - Treasurer, Fenby Council\n" in out
    assert "Ada Foss welcomed members. Jo Tern to circulate the accounts." in out


def test_letters_opening_the_line_or_after_the_bracket():
    text = "AF  Ada Foss, Kelby Trust\nJo Tern (Treasurer) JT, Sam Penn\n\nJT and AF to meet.\n"
    out = spell_out_initials(text)
    assert out.startswith("Ada Foss, Kelby Trust\nJo Tern (Treasurer), Sam Penn\n")
    assert "Jo Tern and Ada Foss to meet." in out


def test_initials_of_one_person_the_page_names():
    text = "Present: Ada Foss (AF), Jo Tern.\n\nAF welcomed members. JT to circulate the notes.\n"
    assert "Jo Tern to circulate the notes." in spell_out_initials(text)


def test_a_body_going_by_letters_stays():
    text = (
        "Present: Ada Foss (AF), Kelby Community Energy (KCE).\n\n"
        "KCE reported on the solar roof. AF thanked KCE.\n"
    )
    out = spell_out_initials(text)
    assert "Kelby Community Energy (KCE)" in out and "thanked KCE" in out
