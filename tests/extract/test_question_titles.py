"""A report titled with a question keeps its question mark and is found whole when
an apposition or its noun says it is a publication ("‘Where Next?’, a new report
on ...", "The report, ‘Who Cares?’, was written by ..."): mentions/publications.py.
A question someone asks in quotes is no title."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import pairs


def _seed(text: str) -> dict:
    return extract_text(text, path="page.txt")


def test_a_question_an_apposition_calls_a_report_is_its_title():
    seed = _seed(
        '"Where Next?", a new report on housing for young people in Fenby, was launched '
        "on 6 May at Kelby Library. The report was written by Jo Tern and published by "
        "Fenby Youth Trust."
    )
    assert ("Jo Tern", "Where Next?") in pairs(seed, "AUTHORED")
    assert ("Fenby Youth Trust", "Where Next?") in pairs(seed, "PUBLISHED")


def test_a_question_after_a_report_noun_is_its_title():
    seed = _seed("The study, ‘Who Cares?’, was written by Jo Tern and published by Tern Trust.")
    assert ("Jo Tern", "Who Cares?") in pairs(seed, "AUTHORED")
    assert ("Tern Trust", "Who Cares?") in pairs(seed, "PUBLISHED")


def test_a_question_someone_asks_is_no_title():
    for text in (
        '"Are We There Yet?" she asked the crowd at Kelby Library.',
        'Jo Tern asked: "Who Cares Now?", a question the board must answer.',
    ):
        assert "Report" not in {e["type"] for e in _seed(text)["entities"]}
