"""Cue pattern files: how they are read, and that a new cue needs no code."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from collabgraph.errors import RulesFileError
from collabgraph.extract import extract_text, load_nlp
from collabgraph.extract.patterns import PATTERNS_DIR, CueFinder, read_cues
from collabgraph.extract.rules import CUE_LABELS, FAMILIES, RULES, cue_finder, family_of
from collabgraph.model.vocabulary import RELATIONS


def _relations(seed: dict) -> set[tuple[str, str, str]]:
    return {(r["from"], r["type"], r["to"]) for r in seed["relations"]}


def _write(folder, name: str, lines: list[str]) -> None:
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_every_packaged_cue_is_read_by_a_rule_of_its_family():
    cues = read_cues()
    assert len(cues) > 100
    families = {family.__name__.rsplit(".", 1)[-1]: family for family in FAMILIES}
    for cue in cues:
        assert cue.label in CUE_LABELS, cue.source
        assert cue.family in families, cue.source
        assert cue.source.startswith(f"{cue.family}.jsonl:"), cue.source
        assert all(r in RELATIONS for r in cue.relations), cue.source
    # each file is one family, and every family of the issue has one
    assert {c.family for c in cues} == {
        "employment",
        "membership",
        "participation",
        "organising",
        "publishing",
        "partnership",
        "places",
    }


def test_rules_run_in_one_order_and_belong_to_a_family_module():
    assert len(set(RULES)) == len(RULES)
    names = {family.__name__.rsplit(".", 1)[-1] for family in FAMILIES}
    assert {family_of(rule) for rule in RULES} <= names


def test_the_finder_returns_cues_in_file_order_with_their_parameters(tmp_path):
    _write(
        tmp_path,
        "membership.jsonl",
        [
            "// a comment line, then a blank one",
            "",
            '{"family": "membership", "label": "member_of", "role": "trustee",'
            ' "pattern": [{"LOWER": "trustee"}, {"LOWER": "of"}], "relations": ["MEMBER_OF"]}',
            '{"family": "membership", "label": "member_of",'
            ' "pattern": [{"LOWER": "of", "POS": "ADP"}], "relations": ["MEMBER_OF"]}',
        ],
    )
    cues = read_cues(tmp_path)
    assert [c.source for c in cues] == ["membership.jsonl:3", "membership.jsonl:4"]
    assert cues[0].role == "trustee" and cues[0].relations == ("MEMBER_OF",)
    nlp = load_nlp()
    doc = nlp("Ann is a trustee of the Hill Trust.")
    found = CueFinder(nlp.vocab, cues)(doc)
    assert [(m.cue.source, doc[m.start : m.end].text) for m in found] == [
        ("membership.jsonl:3", "trustee of"),
        ("membership.jsonl:4", "of"),
    ]


def test_the_finder_finds_what_one_matcher_of_every_cue_finds():
    # the finder runs a cue's matcher only on texts holding one of the cue's anchor
    # words; on real write-ups it must find exactly what spaCy's Matcher finds
    from spacy.matcher import Matcher

    nlp = load_nlp()
    cues = read_cues()
    reference = Matcher(nlp.vocab)
    for cue in cues:
        reference.add(f"cue{cue.order}", [cue.pattern])
    finder = CueFinder(nlp.vocab, cues)
    documents = Path(__file__).parent / "documents"
    texts = [p.read_text(encoding="utf-8") for p in sorted(documents.glob("*.txt"))]
    assert len(texts) >= 5
    matches = 0
    for doc in nlp.pipe(texts):
        want = sorted((nlp.vocab.strings[k], s, e) for k, s, e in reference(doc))
        got = sorted((f"cue{m.cue.order}", m.start, m.end) for m in finder(doc))
        assert got == want
        matches += len(got)
    assert matches > 100


def test_a_cue_is_not_looked_for_where_a_word_it_needs_is_missing(tmp_path):
    # "liaised with" is looked for only in a text that has both a "liaise" word and
    # "with"; a text with "with" alone does not run that cue's matcher, and what is
    # found is still what one matcher of every cue finds
    from spacy.matcher import Matcher

    _write(
        tmp_path,
        "employment.jsonl",
        [
            '{"family": "employment", "label": "worked_at", "pattern": '
            '[{"LOWER": {"IN": ["liaised", "liaises"]}}, {"LOWER": "with"}]}',
            '{"family": "employment", "label": "worked_at", "pattern": '
            '[{"LOWER": {"IN": ["years", "decades"]}}, {"OP": "?"}, {"LOWER": "with"}]}',
        ],
    )
    nlp = load_nlp()
    cues = read_cues(tmp_path)
    finder = CueFinder(nlp.vocab, cues)
    reference = Matcher(nlp.vocab)
    for cue in cues:
        reference.add(f"cue{cue.order}", [cue.pattern])
    alone = nlp("Ada Brook went to Kelby with Tom Reed.")
    assert finder.matchers_for({t.lower_ for t in alone}) == []
    assert finder(alone) == []
    for text in (
        "Ada Brook liaised with the Westshire Trust.",
        "Tom Reed spent years working with Fenby Council.",
    ):
        doc = nlp(text)
        assert finder.matchers_for({t.lower_ for t in doc})
        want = sorted((nlp.vocab.strings[k], s, e) for k, s, e in reference(doc))
        got = sorted((f"cue{m.cue.order}", m.start, m.end) for m in finder(doc))
        assert got == want and len(got) == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "membership.jsonl:2: not JSON"),
        ('["a list"]', "membership.jsonl:2: expected a JSON object"),
        ('{"family": "membership", "pattern": []}', "'label' and 'family' must be strings"),
        ('{"family": "membership", "label": "member_of", "pattern": "of"}', "'pattern' must"),
        (
            '{"family": "membership", "label": "member_of", "pattern": [{"LOWER": "of"}],'
            ' "relations": ["MEMBER"]}',
            "unknown relation type 'MEMBER'",
        ),
    ],
)
def test_a_bad_line_is_refused_with_file_and_line(tmp_path, line, message):
    _write(tmp_path, "membership.jsonl", ["// first line", line])
    with pytest.raises(RulesFileError, match=message):
        read_cues(tmp_path)


def test_a_bad_pattern_or_an_unknown_label_is_refused_with_file_and_line(tmp_path):
    vocab = load_nlp().vocab
    bad = tmp_path / "bad"
    bad.mkdir()
    _write(
        bad,
        "places.jsonl",
        ['{"family": "places", "label": "based_in", "pattern": [{"LOWR": "x"}]}'],
    )
    with pytest.raises(RulesFileError, match=r"places\.jsonl:1: bad pattern"):
        cue_finder(vocab, str(bad))
    typo = tmp_path / "typo"
    typo.mkdir()
    _write(
        typo,
        "places.jsonl",
        ['{"family": "places", "label": "basedin", "pattern": [{"LOWER": "x"}]}'],
    )
    with pytest.raises(RulesFileError, match=r"places\.jsonl:1: no rule reads .*'basedin'"):
        cue_finder(vocab, str(typo))


@pytest.mark.parametrize(
    ("text", "cue", "relation"),
    [
        (
            # spaCy reads "co-steered" as co - steered: the packaged files do not have it
            "The Bright Lanes Project was co-steered by Northtown Trust.",
            {
                "family": "organising",
                "label": "passive",
                "pattern": [{"LOWER": "co"}, {"ORTH": "-"}, {"LOWER": "steered"}],
                "relations": ["RUNS", "ORGANISED"],
            },
            ("Northtown Trust", "RUNS", "Bright Lanes Project"),
        ),
        (
            "Ruth Lee was co-opted onto Hill Lane Trust.",
            {
                "family": "membership",
                "label": "member_of",
                "pattern": [{"LOWER": "co"}, {"ORTH": "-"}, {"LOWER": "opted"}, {"LOWER": "onto"}],
                "relations": ["MEMBER_OF"],
                "role": "governor",
            },
            ("Ruth Lee", "MEMBER_OF", "Hill Lane Trust"),
        ),
    ],
)
def test_a_cue_added_to_a_copy_of_the_pattern_files_is_used_with_no_code_change(
    tmp_path, text, cue, relation
):
    before = extract_text(text, path="note.txt")
    assert relation not in _relations(before)
    folder = tmp_path / "patterns"
    shutil.copytree(PATTERNS_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    with (folder / f"{cue['family']}.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(cue) + "\n")
    after = extract_text(text, path="note.txt", patterns=folder)
    assert relation in _relations(after)
    # everything read before is still read: the copy only adds
    assert _relations(before) <= _relations(after)


def test_the_extraction_guide_lists_every_family_file_and_label():
    guide = (Path(__file__).resolve().parents[2] / "docs" / "extraction.md").read_text("utf-8")
    rows = re.findall(r"^\| `(\w+)\.jsonl` \| (.+) \|$", guide, re.M)
    listed = {family: set(re.findall(r"`(\w+)`", labels)) for family, labels in rows}
    actual: dict[str, set[str]] = {}
    for cue in read_cues():
        actual.setdefault(cue.family, set()).add(cue.label)
    assert listed == actual
    for name in re.findall(r"`vocab/(\w+)\.txt`", guide):
        assert (PATTERNS_DIR.parent / "vocab" / f"{name}.txt").exists(), name
