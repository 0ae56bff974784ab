"""The corpus evaluator scores each split apart, per relation type and per page."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from collabgraph.cli import app
from collabgraph.extract.corpus import evaluate_corpus, load_manifest
from collabgraph.extract.scoring import evaluate

PAGE = """---
url: https://example.org/news/new-chief-executive
---

New chief executive for Marlow Valley Foodbank

Priya Raman has been appointed Chief Executive of Marlow Valley Foodbank.
"""
GOLD = {
    "entities": [
        {"type": "Person", "name": "Priya Raman"},
        {"type": "Organisation", "name": "Marlow Valley Foodbank"},
    ],
    "relations": [
        {"from": "Priya Raman", "type": "WORKS_FOR", "to": "Marlow Valley Foodbank",
         "role": "Chief Executive"},
    ],
}  # fmt: skip


def _corpus(root: Path, *, with_test_text: bool = True) -> Path:
    (root / "pages").mkdir(parents=True)
    (root / "gold").mkdir()
    manifest = []
    for page_id, split in (("one", "dev"), ("two", "test")):
        manifest.append({"id": page_id, "url": f"https://example.org/{page_id}",
                         "site": f"{page_id}.example.org", "genre": "news release",
                         "split": split, "query": "new chief executive foodbank"})  # fmt: skip
        (root / "gold" / f"{page_id}.gold.yaml").write_text(yaml.safe_dump(GOLD))
        if split == "dev" or with_test_text:
            (root / "pages" / f"{page_id}.txt").write_text(PAGE)
    (root / "manifest.yaml").write_text(yaml.safe_dump(manifest))
    return root


def test_each_split_is_scored_on_its_own_pages(tmp_path):
    root = _corpus(tmp_path / "corpus", with_test_text=False)
    dev, test = evaluate_corpus(root, "dev"), evaluate_corpus(root, "test")
    assert list(dev.pages) == ["one"] and dev.missing == []
    assert test.pages == {} and test.missing == ["two"]
    assert dev.total.by_type["WORKS_FOR"][2] == 1


def test_per_type_counts_add_up():
    predicted = {
        "entities": GOLD["entities"],
        "relations": [*GOLD["relations"],
                      {"from": "Priya Raman", "type": "MEMBER_OF", "to": "Marlow Valley Foodbank"}],
    }  # fmt: skip
    s = evaluate(predicted, GOLD)
    assert s.by_type == {"WORKS_FOR": [1, 1, 1], "MEMBER_OF": [0, 1, 0]}
    assert s.entity_by_type == {"Person": [1, 1, 1], "Organisation": [1, 1, 1]}
    both = s + s
    assert both.by_type["WORKS_FOR"] == [2, 2, 2]
    assert both.type_prf("MEMBER_OF") == (0.0, 1.0, 0.0)


def test_a_wrong_type_counts_against_both_types():
    predicted = {
        "entities": [{"type": "Place", "name": "Priya Raman"}, GOLD["entities"][1]],
        "relations": [],
    }
    s = evaluate(predicted, GOLD)
    assert s.entity_by_type == {
        "Place": [0, 1, 0],
        "Organisation": [1, 1, 1],
        "Person": [0, 0, 1],
    }
    assert (s + s).entity_type_prf("Organisation") == (1.0, 1.0, 1.0)
    assert (s + s).entity_type_prf("Person") == (0.0, 0.0, 0.0)
    # the report names the confusion, not only a miss and an extra
    assert s.mistyped_entities == ["Priya Raman: Place, gold Person"]
    assert (s + s).type_confusions == {("Place", "Person"): 2}


def test_a_thing_found_under_another_name_is_reported_but_still_missed():
    gold = {
        "entities": [
            {"type": "Event", "name": "12th Annual Kelby Tenants Awards Evening"},
            {"type": "Event", "name": "Garden party at Orrin House"},
        ],
        "relations": [],
    }
    predicted = {
        "entities": [
            {"type": "Event", "name": "Annual Kelby Tenants Awards"},
            {"type": "Event", "name": "Kelby Tenants Forum"},
            {"type": "Project", "name": "Orrin House garden party"},
        ],
        "relations": [],
    }
    s = evaluate(predicted, gold)
    assert s.entity_tp == 0
    # the awards are the same evening named otherwise; the forum is another thing,
    # and a garden party typed Project is a wrong type, not a renaming
    assert s.renamed_entities == [
        "Annual Kelby Tenants Awards ~ 12th Annual Kelby Tenants Awards Evening (Event)"
    ]
    assert (s + s).renamed == {"Event": 2}


def test_the_cli_lists_wrong_types_in_the_split_and_under_the_page(tmp_path):
    root = _corpus(tmp_path / "corpus")
    # the extractor reads the person; a gold that says otherwise is a wrong type
    gold = dict(
        GOLD, entities=[{"type": "Organisation", "name": "Priya Raman"}, GOLD["entities"][1]]
    )
    (root / "gold" / "one.gold.yaml").write_text(yaml.safe_dump(gold))
    result = CliRunner().invoke(app, ["evaluate", str(root), "--split", "dev", "-v"])
    assert result.exit_code == 0, result.output
    assert "Names found with the wrong type (given for gold, count): Person for Organisation 1" in (
        result.output
    )
    assert "one wrong types:" in result.output
    assert "Priya Raman: Person, gold Organisation" in result.output


def test_a_manifest_entry_without_a_split_is_refused(tmp_path):
    (tmp_path / "manifest.yaml").write_text(yaml.safe_dump([{"id": "x", "url": "u"}]))
    with pytest.raises(ValueError, match="entry 1"):
        load_manifest(tmp_path)


def test_the_cli_reports_both_splits(tmp_path):
    root = _corpus(tmp_path / "corpus")
    result = CliRunner().invoke(app, ["evaluate", str(root)])
    assert result.exit_code == 0, result.output
    assert "### dev: 1 pages from 1 sites" in result.output
    assert "### test: 1 pages from 1 sites" in result.output
    assert "| WORKS_FOR |" in result.output
    assert "| Person | 1 / 1 | 1 |" in result.output


def test_the_cli_scores_only_the_splits_the_manifest_uses(tmp_path):
    root = _corpus(tmp_path / "corpus")
    result = CliRunner().invoke(app, ["evaluate", str(root)])
    assert "### dev2" not in result.output and "### test2" not in result.output


def test_a_later_pair_of_splits_is_scored_on_its_own(tmp_path):
    root = _corpus(tmp_path / "corpus")
    manifest = yaml.safe_load((root / "manifest.yaml").read_text())
    manifest[0]["split"] = "dev2"
    (root / "manifest.yaml").write_text(yaml.safe_dump(manifest))
    result = CliRunner().invoke(app, ["evaluate", str(root), "--split", "dev2"])
    assert result.exit_code == 0, result.output
    assert "### dev2: 1 pages from 1 sites" in result.output
    refused = CliRunner().invoke(app, ["evaluate", str(root), "--split", "train"])
    assert refused.exit_code == 2
    shown = " ".join(refused.output.split())  # the terminal may wrap the list
    assert "must be one of dev, test, dev2, test2, dev3, test3, dev4, test4, dev5, test5" in shown


def test_an_unknown_split_in_the_manifest_is_refused_by_name(tmp_path):
    root = _corpus(tmp_path / "corpus")
    manifest = yaml.safe_load((root / "manifest.yaml").read_text())
    manifest[1]["split"] = "holdout"
    (root / "manifest.yaml").write_text(yaml.safe_dump(manifest))
    with pytest.raises(ValueError, match=r"entry 2 \(two\): split must be one of dev, test"):
        load_manifest(root)


def test_every_corpus_page_has_a_recorded_digest():
    # a rebuilt page text can only be proved faithful against a digest taken when
    # it was scored (scripts/corpus/check_pages.py; corpus/REBUILD.md)
    root = Path(__file__).resolve().parents[2] / "corpus"
    recorded = {
        line.split()[0]
        for line in (root / "page-digests.txt").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    }
    assert {page.id for page in load_manifest(root)} == recorded


def _script(name: str):
    import importlib.util

    folder = Path(__file__).resolve().parents[2] / "scripts" / "corpus"
    sys.path.insert(0, str(folder))  # write_page imports check_pages beside it
    try:
        spec = importlib.util.spec_from_file_location(name, folder / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(folder))
    return module


def test_a_rebuilt_page_differing_only_in_trailing_spaces_has_the_same_digest(tmp_path):
    check = _script("check_pages")
    root = _corpus(tmp_path / "corpus", with_test_text=False)
    page = root / "pages" / "one.txt"
    text = PAGE.replace("news/new-chief-executive", "one")  # the manifest's address
    page.write_text(text)
    assert check.main(["--corpus", str(root), "--write"]) == 0
    page.write_text(text.replace("Foodbank\n", "Foodbank   \n") + "\n\n")
    assert check.main(["--corpus", str(root)]) == 0
    page.write_text(text.replace("Priya", "Pryia"))  # a copying slip
    assert check.main(["--corpus", str(root)]) == 1


def test_a_page_written_from_the_excerpts_json_literal_matches_its_digest(tmp_path, capsys):
    # corpus/REBUILD.md: the excerpt is copied as the JSON string the search tool
    # prints, so its line breaks and curly quotes are never retyped by hand
    check, write = _script("check_pages"), _script("write_page")
    root = _corpus(tmp_path / "corpus", with_test_text=False)
    text = PAGE.replace("news/new-chief-executive", "one")
    (root / "pages" / "one.txt").write_text(text)
    assert check.main(["--corpus", str(root), "--write"]) == 0
    capsys.readouterr()
    excerpt = text.split("---\n\n", 1)[1]
    literal = tmp_path / "one.json"
    literal.write_text(json.dumps(excerpt))  # "New chief executive ...\n\nPriya ..."
    assert "\\n" in literal.read_text()
    assert write.main(["one", str(literal), "--corpus", str(root)]) == 0
    assert capsys.readouterr().out == "one: ok\n"
    assert (root / "pages" / "one.txt").read_text() == text
    literal.write_text(json.dumps(excerpt.replace("Priya", "Pryia")))  # a copying slip
    assert write.main(["one", str(literal), "--corpus", str(root)]) == 1
    assert "DIFFERS; gold names absent: ['Priya Raman']" in capsys.readouterr().out
    assert write.main(["nine", str(literal), "--corpus", str(root)]) == 1
    assert "nine: not in" in capsys.readouterr().err


def test_each_second_gold_is_for_a_corpus_page_and_keeps_to_the_vocabulary():
    # corpus/agreement/: second golds written blind, scored against the first by
    # scripts/corpus/agreement.py (how far two readers agree)
    from collabgraph.model.vocabulary import ENTITY_TYPES, RELATIONS

    root = Path(__file__).resolve().parents[2] / "corpus"
    ids = {page.id for page in load_manifest(root)}
    seconds = sorted((root / "agreement").glob("*/*.gold.yaml"))
    assert len(seconds) >= 8
    for path in seconds:
        assert path.name.removesuffix(".gold.yaml") in ids, path
        seed = yaml.safe_load(path.read_text(encoding="utf-8"))
        names = {e["name"] for e in seed["entities"]} | {
            a for e in seed["entities"] for a in e.get("aliases") or ()
        }
        assert {e["type"] for e in seed["entities"]} <= set(ENTITY_TYPES), path
        for r in seed["relations"]:
            assert r["type"] in RELATIONS and {r["from"], r["to"]} <= names, (path, r)
