"""Bad seed files are refused with file and line, and nothing of them is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from collabgraph.importer import import_paths

GOOD = """
entities:
  - {type: Person, name: Good Person}
  - {type: Organisation, name: Good Org}
relations:
  - {from: Good Person, type: WORKS_FOR, to: Good Org}
"""

BAD = {
    "unknown-type.yaml": (
        "entities:\n  - {type: Person, name: A}\n  - {type: Spaceship, name: B}\n",
        "bad/unknown-type.yaml:3: unknown entity type 'Spaceship'",
    ),
    "unknown-name.yaml": (
        "entities:\n  - {type: Person, name: A}\nrelations:\n"
        "  - {from: A, type: WORKS_FOR, to: Nobody Ltd}\n",
        "bad/unknown-name.yaml:4: unknown name 'Nobody Ltd' (to)",
    ),
    "broken.yaml": (
        "entities:\n  - {type: Person, name: A\n  - {type: Person, name: B}\n",
        "bad/broken.yaml:3: invalid YAML",
    ),
    "wrong-endpoints.yaml": (
        "entities:\n  - {type: Person, name: A}\n  - {type: Place, name: P}\nrelations:\n"
        "  - {from: A, type: WORKS_FOR, to: P}\n",
        "bad/wrong-endpoints.yaml:5: WORKS_FOR joins Person to Organisation, not Person to Place",
    ),
    "unknown-key.yaml": (
        "entities:\n  - {type: Person, name: A, shoe_size: 9}\n",
        "bad/unknown-key.yaml:2: unknown entity key 'shoe_size'",
    ),
    "bad-relation.csv": (
        "From,To,Type\nGood Person,Good Org,EMPLOYS\n",
        "bad/bad-relation.csv:2: row 2, column C (Type): unknown relation type 'EMPLOYS'",
    ),
    "binary.yaml": (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "bad/binary.yaml: binary file"),
    "latin1.yaml": (
        b"entities:\n  - {type: Person, name: Jos\xe9}\n",
        "bad/latin1.yaml:2: not UTF-8",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_refused_with_file_and_line_and_stores_nothing(store, in_tmp_cwd, name):
    content, expected = BAD[name]
    folder = in_tmp_cwd / "bad"
    folder.mkdir()
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    good = in_tmp_cwd / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    reports = {Path(r.path).name: r for r in import_paths(store, [good, Path("bad") / name])}
    bad = reports[name]
    assert bad.status == "failed"
    assert any(e.startswith(expected) for e in bad.errors), bad.errors
    assert reports["good.yaml"].status == "imported"
    assert store.stats().entities == {"Person": 1, "Organisation": 1}
    assert [s["path"] for s in store.list_sources()] == [str(good)]


def test_huge_file_is_refused_before_reading(store, in_tmp_cwd):
    huge = in_tmp_cwd / "huge.yaml"
    with huge.open("wb") as f:
        f.write(b"entities:\n")
        f.truncate(50 * 1024 * 1024)
    [report] = import_paths(store, [huge])
    assert report.status == "failed"
    assert "limited to" in report.errors[0] and "huge.yaml" in report.errors[0]
    assert store.stats().entities == {}


def test_every_problem_in_a_file_is_reported_at_once(store, in_tmp_cwd):
    seed = in_tmp_cwd / "many.yaml"
    seed.write_text(
        "entities:\n  - {type: Persn, name: A}\n  - {type: Person}\n"
        "relations:\n  - {from: X, type: KNOWS, to: Y}\n",
        encoding="utf-8",
    )
    [report] = import_paths(store, [seed])
    assert [e.split(":")[1] for e in report.errors] == ["2", "3", "5"]
