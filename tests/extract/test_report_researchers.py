"""The people a report's research is said to be done by wrote it (corpus/GOLD.md:
AUTHORED is wrote, authored, researched): "The research was carried out by",
"The study was conducted by", "It was researched by", "co-authored by" after a
report in focus (patterns/publishing.jsonl, passive); work carried out on a
building or a session conducted at an event is no report's."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs

_LAUNCH = "Kelby Carers Partnership launched its new report, Caring at Home, at the Corn Hall. "


def _authored(text: str) -> set[tuple[str, str]]:
    return pairs(extract_text(text, path="page.txt"), "AUTHORED")


def test_research_carried_out_by_people_is_their_report():
    authored = _authored(
        _LAUNCH + "The research was carried out by Dr Jo Tern and Ada Foss of Fenby University."
    )
    assert ("Jo Tern", "Caring at Home") in authored
    assert ("Ada Foss", "Caring at Home") in authored


def test_a_study_conducted_or_researched_by_someone_is_theirs():
    assert ("Jo Tern", "Caring at Home") in _authored(
        _LAUNCH + "The study was conducted by Dr Jo Tern of Fenby University."
    )
    assert ("Jo Tern", "Caring at Home") in _authored(
        _LAUNCH + "It was researched by Dr Jo Tern of Fenby University."
    )
    assert ("Ada Foss", "Caring at Home") in _authored(
        _LAUNCH + "The report was co-authored by Ada Foss and Jo Tern."
    )


def test_work_or_a_session_carried_out_by_someone_is_no_report():
    assert not _authored(
        "Kelby Carers Partnership opened its new hub at the Corn Hall. "
        "The work was carried out by Tern Builders."
    )
    assert not _authored(
        "The Kelby Fun Run took place on Sunday. The warm-up was conducted by Ada Foss "
        "of Kelby Harriers."
    )
