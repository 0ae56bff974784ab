"""Who "we", "our" and "I" are: the speaker inside a quotation, the page's own
organisation or author outside it."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs as _rels


def test_we_in_a_quotation_is_the_speakers_organisation():
    seed = extract_text(
        "Ivo Marsh, general manager of Dale Community Trust, said: “We are delighted to "
        "work in partnership with the Brightwell Fund.\n\n"
        "“We have worked with our partner charities, Wold Youth and Fen Carers, for years.”\n"
    )
    partners = {frozenset(pair) for pair in _rels(seed, "PARTNER_OF")}
    for other in ("Brightwell Fund", "Wold Youth", "Fen Carers"):
        assert frozenset({"Dale Community Trust", other}) in partners


def test_our_event_outside_quotations_is_the_authors_organisation():
    seed = extract_text(
        "by Tara Quill, Events Lead, Kestrel Network\n\n"
        "Last week was our third annual Kestrel Gathering 2031. "
        "Tara said: “I loved it.”\n"
    )
    assert ("Kestrel Network", "Kestrel Gathering 2031") in _rels(seed, "ORGANISED")


def test_i_outside_a_quotation_is_the_author():
    seed = extract_text(
        "This blog was contributed by Omar Hale, Chief Executive of Brightwell Carers\n\n"
        "I spoke at the Northtown Care Conference 2031 this week alongside Ada Crisp.\n"
    )
    assert ("Omar Hale", "Brightwell Carers") in _rels(seed, "WORKS_FOR")
    roles = {
        (r["from"], r.get("role")) for r in seed["relations"] if r["type"] == "PARTICIPATED_IN"
    }
    assert ("Omar Hale", "speaker") in roles


def test_our_project_named_by_the_page_address():
    seed = extract_text(
        "---\nurl: https://www.kestrelcarers.org.uk/news/listening\n---\n\n"
        "Kestrel Carers listened to 400 families this spring. The findings fed our "
        "Caring Futures consultation.\n"
    )
    assert ("Kestrel Carers", "Caring Futures") in _rels(seed, "RUNS")


def test_we_in_a_quotation_in_single_marks_is_the_speakers_organisation():
    seed = extract_text(
        "Ivo Marsh, general manager of Dale Community Trust, said: ‘The charities’ "
        "needs are growing. We are delighted to work in partnership with the Brightwell "
        "Fund.\n\n"
        "‘We have worked with our partner charities, Wold Youth and Fen Carers, for years.’\n"
    )
    partners = {frozenset(pair) for pair in _rels(seed, "PARTNER_OF")}
    for other in ("Brightwell Fund", "Wold Youth", "Fen Carers"):
        assert frozenset({"Dale Community Trust", other}) in partners


def test_an_apostrophe_closes_no_quotation_in_double_marks():
    seed = extract_text(
        "Ivo Marsh, general manager of Dale Community Trust, said: “The charities’ "
        "needs are growing. We are delighted to work in partnership with the Brightwell "
        "Fund.”\n"
    )
    partners = {frozenset(pair) for pair in _rels(seed, "PARTNER_OF")}
    assert frozenset({"Dale Community Trust", "Brightwell Fund"}) in partners


def test_we_is_the_body_the_speaker_holds_a_post_at_not_a_board_they_sit_on():
    for post, seat in (
        ("chair of the Kelby Alliance", "a representative on the Westshire Care Board"),
        ("chief executive of the Kelby Alliance", "a trustee of the Westshire Care Board"),
    ):
        seed = extract_text(
            f"Ivo Marsh, {post} and {seat}, said: ‘This agreement matters. Our partnership "
            "with the Westshire Care Board is essential.’\n"
        )
        partners = {frozenset(pair) for pair in _rels(seed, "PARTNER_OF")}
        assert frozenset({"Kelby Alliance", "Westshire Care Board"}) in partners
