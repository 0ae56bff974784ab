"""Every parser over every file in tests/hostile/, and the whole folder imported at once.

Each hostile file stands for a kind of fault (see tests/hostile/README.md). The
folder is the standing robustness suite: a new parser, or a new kind of file
that broke one, belongs here. Whatever a file holds, a parser returns a
document or refuses the file with a SeedError naming it; the import of the
folder goes on past every refused file, and nothing of those files is stored.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from collabgraph.errors import SeedError
from collabgraph.importer import import_paths
from collabgraph.ingest import parse_document
from collabgraph.ingest.document import SeedDocument
from tests.conftest import REPO

HOSTILE = REPO / "tests" / "hostile"
FILES = sorted(p.name for p in HOSTILE.iterdir() if not p.name.lower().startswith("readme"))
# Every reader, whatever the file is: seeds, tables, write-ups, documents, graph files.
PARSERS = [".yaml", ".json", ".csv", ".txt", ".html", ".pdf", ".docx", ".graphml", ".gexf"]

GOOD = """
entities:
  - {type: Person, name: Good Person}
  - {type: Organisation, name: Good Org}
relations:
  - {from: Good Person, type: WORKS_FOR, to: Good Org}
"""

# How each file ends: refused at a line with a reason, or imported (with warnings).
REFUSED = {
    "billion-laughs.yaml": (6, "aliases would expand this file"),
    "laughs-in-source.yaml": (2, "source title must be text"),
    "long-string-aliases.yaml": (19, "aliases would expand this file"),
    "deep-nesting.json": (1, "nested more than 64 levels deep"),
    "deep-nesting.yaml": (2, "nesting depth"),
    "deep-block-nesting.yaml": (65, "nested more than 64 levels deep"),
    "lone-surrogate.json": (2, "lone surrogate"),
    "lone-surrogate.yaml": (2, "invalid Unicode character escape"),
    "huge-cell.csv": (2, "a cell is longer than 131,072 characters"),
    "unclosed-quote.csv": (3, "a cell is longer than 131,072 characters"),
    "many-columns.csv": (1, "602 columns; a table has at most 500"),
    "many-properties.yaml": (2, "600 properties; an entity or relation has at most 500"),
    "markup-names.yaml": (6, "unknown name '[/]Nobody'"),
    "escape-sequences.yaml": (7, "Red[0m Nobody' (from): not in this file"),  # ESC removed
    "wrong-types.yaml": (8, "unsupported YAML tag !!binary"),
    "python-object.yaml": (2, "unsupported YAML tag !!python/object/apply"),
    "recursive-alias.yaml": (2, "names no finished anchor"),
    "huge-name.yaml": (2, "a name is at most 300 characters"),
    "binary.yaml": (None, "binary file"),
    "bom-only.json": (1, "invalid JSON"),
    "two-documents.yaml": (2, "one YAML document"),
    "xml-bomb.graphml": (1, "Maximum entity amplification"),
    "deep.gexf": (2, "Excessive depth"),
    "truncated.pdf": (None, "not a readable PDF"),
    "broken.docx": (None, "not a readable Word .docx file"),
}
IMPORTED = {
    "empty.yaml": None,
    "nul-late.csv": None,
    "not-utf8.csv": "not UTF-8: read as Windows-1252",  # a spreadsheet's encoding (issue 17)
    "front-matter-laughs.md": "front matter is not valid YAML",
    "deep-html.html": None,
    "script.html": None,
    "control-chars.txt": None,
    "external-entity.graphml": None,  # imported; its entity is not fetched
}


def test_every_hostile_file_has_an_expected_outcome():
    assert sorted({**REFUSED, **IMPORTED}) == FILES


@pytest.mark.timeout(120)
@pytest.mark.parametrize("suffix", PARSERS)
@pytest.mark.parametrize("name", FILES)
def test_every_parser_reads_or_refuses_every_hostile_file(name, suffix):
    """Read as YAML, JSON, CSV, text or HTML, a file gives a document or a SeedError
    that names it; never another exception, never a hang (the timeout)."""
    data = (HOSTILE / name).read_bytes()
    path = Path("hostile") / f"{Path(name).stem}{suffix}"
    try:
        doc = parse_document(path, data)
    except SeedError as exc:
        assert exc.problems and all(p.path == str(path) for p in exc.problems)
    else:
        assert isinstance(doc, SeedDocument)


def test_the_folder_imports_past_every_hostile_file(store, in_tmp_cwd):
    shutil.copytree(HOSTILE, in_tmp_cwd / "hostile")
    (in_tmp_cwd / "hostile" / "zz-good.yaml").write_text(GOOD, encoding="utf-8")
    reports = {Path(r.path).name: r for r in import_paths(store, [Path("hostile")])}
    assert reports.pop("zz-good.yaml").status == "imported"
    for name, (line, reason) in REFUSED.items():
        report = reports[name]
        assert report.status == "failed", name
        where = f"hostile/{name}:{line}:" if line else f"hostile/{name}:"
        assert any(e.startswith(where) and reason in e for e in report.errors), report.errors
    for name, warning in IMPORTED.items():
        assert reports[name].status == "imported", (name, reports[name].errors)
        if warning:
            assert any(warning in w for w in reports[name].warnings), reports[name].warnings
    sources = {Path(s["path"]).name for s in store.list_sources()}
    assert sources == {"zz-good.yaml", *IMPORTED}
    names = {e.name for e in store.search("", limit=1000)}
    assert {"Good Person", "Good Org"} <= names
    assert not any("Bold" in n or "lol" in n or "Big Alias" in n for n in names)
    assert not any("root:" in n for n in names)  # no /etc/passwd through an XML entity


PEAK_RSS = """
import json, resource, sys
from pathlib import Path
from collabgraph.importer import import_paths
from collabgraph.settings import Settings
from collabgraph.store import open_store

settings = Settings(neo4j_uri=sys.argv[2] or None, data_dir=Path(sys.argv[3]), _env_file=None)
with open_store(settings) as store:
    reports = import_paths(store, [Path(sys.argv[1])])
try:  # this process's own peak: ru_maxrss would also count the parent it was forked from
    status = Path("/proc/self/status").read_text()
    peak = int(next(x for x in status.splitlines() if x.startswith("VmHWM:")).split()[1]) // 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({"peak_mb": peak, "statuses": sorted({r.status for r in reports})}))
"""

# The hostile folder with the spaCy model loaded for its write-ups: about 190 MB.
HOSTILE_PEAK_MB = 400


def peak_rss_of_import(folder: Path, store_settings, data_dir: Path) -> dict:
    """Import `folder` in a fresh process on the store of `store_settings`; its peak RSS."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            PEAK_RSS,
            str(folder),
            store_settings.neo4j_uri or "",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
        cwd=folder.parent,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.timeout(600)
def test_peak_memory_of_importing_the_hostile_files_is_bounded(store_settings, tmp_path):
    shutil.copytree(HOSTILE, tmp_path / "hostile")
    found = peak_rss_of_import(tmp_path / "hostile", store_settings, store_settings.data_dir)
    assert found["statuses"] == ["failed", "imported"]
    assert found["peak_mb"] < HOSTILE_PEAK_MB, found
