"""No import path merges two differently declared entities without saying so (both backends).

Two declarations are different when they give different ids, or names with
different keys (`collabgraph.model.names`: organisations by their full name,
legal ending kept). Each pair below is imported along each path a user has
(one YAML file, one Kumu table, two files of either kind, YAML then a table);
the graph must hold two entities, or a report of the run must name the
second declaration in a warning. Names with one key and no ids are one
entity by design across files; inside one file they are said too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from collabgraph.importer import import_paths

LONG = "Annual Conference of the North East Voluntary and Community Sector Partnerships"
PAIRS = [
    # (type, first name, first id, second name, second id)
    ("Person", "David Pryce", "p-001", "David Pryce", "p-002"),
    ("Person", "Sam Hale", "P1", "Sam Hale", "p1"),
    ("Organisation", "The Bridge", None, "The Bridge Trust", None),
    ("Organisation", "Acme Housing", None, "Acme Housing Ltd", None),
    ("Event", f"{LONG}: Morning Plenary", None, f"{LONG}: Afternoon Workshops", None),
    ("Person", "Lukas Müller", None, "Lukas Muller", None),
    ("Person", "Ann Lee", "a-1", "Ann Lee", None),
]
SAME_KEY = [
    ("Person", "David Pryce", None, "David Pryce", None),
    ("Organisation", "St. Mary's Centre", None, "St Marys Centre", None),
    ("Person", "Dr Jane Smith", None, "Jane Smith", None),
]


def _yaml(decls) -> str:
    lines = ["entities:"]
    for etype, name, ident in decls:
        extra = f", id: '{ident}'" if ident else ""
        lines.append(f'  - {{type: {etype}, name: "{name}"{extra}}}')
    return "\n".join(lines) + "\n"


def _table(decls) -> str:
    rows = ["ID,Label,Type"] + [f'{ident or ""},"{name}",{etype}' for etype, name, ident in decls]
    return "\n".join(rows) + "\n"


PATHS = {
    "one yaml": lambda a, b: [("all.yaml", _yaml([a, b]))],
    "one table": lambda a, b: [("all.csv", _table([a, b]))],
    "two yaml": lambda a, b: [("a.yaml", _yaml([a])), ("b.yaml", _yaml([b]))],
    "two tables": lambda a, b: [("a.csv", _table([a])), ("b.csv", _table([b]))],
    "yaml then table": lambda a, b: [("a.yaml", _yaml([a])), ("b.csv", _table([b]))],
}


def _run(store, folder: Path, files) -> list:
    paths = []
    for name, text in files:
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    reports = []
    for path in paths:  # one run per file, so "a" is in the graph before "b"
        reports += import_paths(store, [path])
    assert all(r.ok for r in reports), [r.errors for r in reports]
    return reports


@pytest.mark.parametrize("path", PATHS)
def test_different_declarations_stay_apart_or_are_said(store, in_tmp_cwd, path):
    for i, (etype, name_a, id_a, name_b, id_b) in enumerate(PAIRS):
        store.clear()
        folder = in_tmp_cwd / str(i)
        folder.mkdir()
        reports = _run(store, folder, PATHS[path]((etype, name_a, id_a), (etype, name_b, id_b)))
        found = store.search("", entity_type=etype, limit=10)
        said = [w for r in reports for w in r.warnings if name_b in w or name_a in w]
        assert len(found) == 2 or said, (path, name_a, name_b, [e.id for e in found])


@pytest.mark.parametrize("path", ["one yaml", "one table"])
def test_one_file_declaring_one_name_twice_says_so(store, in_tmp_cwd, path):
    for i, (etype, name_a, id_a, name_b, id_b) in enumerate(SAME_KEY):
        store.clear()
        folder = in_tmp_cwd / str(i)
        folder.mkdir()
        [report] = _run(store, folder, PATHS[path]((etype, name_a, id_a), (etype, name_b, id_b)))
        assert len(store.search("", entity_type=etype, limit=10)) == 1
        assert any("also declared" in w for w in report.warnings), (name_a, report.warnings)
