"""What the extractor read wrong is the extractor's problem: an extracted name over the
limit, or two extracted entities the importer cannot tell apart, is a warning with
its line, and the rest of the write-up imports; on both stores."""

from __future__ import annotations

from pathlib import Path

from collabgraph.importer import import_paths

CLASH = """Harbour Summit 2024

Dara Brien, founder of Dara Brien Ltd, spoke at the Harbour Summit 2024 in Leeds.
Dara Brien Ltd funded the Harbour Summit 2024. Dara Brien worked with Mona Clegg of Leeds Council.
"""
LONG_NAME = " ".join(["Quentin"] + ["Abernathy-Worthington"] * 16)
LONG = f"""Long Names Forum

{LONG_NAME}, Chief Executive of Harbour Trust, spoke at the Long Names Forum in York.
"""


def test_a_clash_between_two_extracted_entities_is_a_warning_with_its_line(store, in_tmp_cwd):
    Path("clash.txt").write_text(CLASH, encoding="utf-8")
    [report] = import_paths(store, [Path("clash.txt")])
    assert report.status == "imported", report.errors
    assert any(
        w.startswith("line 4: 'Dara Brien' (from) could mean any of") for w in report.warnings
    ), report.warnings
    names = {e.name for e in store.search("", limit=100)}
    assert {"Dara Brien", "Dara Brien Ltd", "Harbour Summit 2024", "Mona Clegg"} <= names
    assert report.relations.added >= 3  # the rest of the write-up


def test_an_extracted_name_over_the_limit_is_a_warning_with_its_line(store, in_tmp_cwd):
    Path("long.txt").write_text(LONG, encoding="utf-8")
    [report] = import_paths(store, [Path("long.txt")])
    assert report.status == "imported", report.errors
    assert report.warnings == [
        "line 3: a name is at most 300 characters; 'Quentin Abernathy-Worthington Abernathy-'..."
        f" has {len(LONG_NAME)}; left out of what the extractor read"
    ]
    names = {e.name for e in store.search("", limit=100)}
    assert {"Harbour Trust", "Long Names Forum"} <= names
    assert LONG_NAME not in names
