"""Names callers import keep answering where they always did, whichever module of a
split now defines them (edits, importer, store.sqlite, ingest.threesixtygiving)."""

from __future__ import annotations

import importlib

import pytest

PUBLIC = {
    "collabgraph.edits": [
        "Edited", "accept", "delete_entity", "edit_entity", "edit_relation", "fact_dict",
        "find_relations", "history", "known_relation", "merge_entities", "reject_relation",
        "relate", "split", "undo",
    ],
    "collabgraph.importer": [
        "FileReport", "Sources", "import_paths", "seed_files", "source_id_for",
    ],
    "collabgraph.store.sqlite": ["SqliteStore"],
    "collabgraph.ingest.threesixtygiving": [
        "GrantsReader", "parse_grants_csv", "parse_grants_package", "parse_grants_rows",
    ],
}  # fmt: skip


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_public_names_still_answer(module):
    found = importlib.import_module(module)
    assert [n for n in PUBLIC[module] if not hasattr(found, n)] == []


def test_edits_answers_every_name_it_exports():
    edits = importlib.import_module("collabgraph.edits")
    assert sorted(edits.__all__) == sorted(PUBLIC["collabgraph.edits"])
    assert all(callable(getattr(edits, n)) for n in edits.__all__)
