"""One bad file never takes down a run: whatever goes wrong with it, it is refused with
its message, and every other file imports; on both stores.

Faults in a file's content are real files (here and in tests/hostile/). A store
that refuses one file's write is a real store with that one write made to fail
(`FailingWrite`): the store itself is never replaced.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from collabgraph.errors import StoreError, StoreUnavailable
from collabgraph.importer import import_paths, source_id_for

A = "entities:\n  - {type: Organisation, name: Alpha Trust}\n"
B = (
    "entities:\n  - {type: Person, name: Bea Stone}\n"
    "relations:\n  - {from: Bea Stone, type: WORKS_FOR, to: Alpha Trust}\n"
)
C = "entities:\n  - {type: Person, name: Cy Rowe}\n"


class FailingWrite:
    """A real store, except that writing the file named `path` raises `error`."""

    def __init__(self, store, path: str, error: Exception):
        self._store, self._path, self._error = store, path, error

    def write_batch(self, batch):
        if Path(batch.source.path).name == self._path:
            raise self._error
        return self._store.write_batch(batch)

    def __getattr__(self, name):
        return getattr(self._store, name)


def write(folder: Path, **files: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in files.items():
        path = folder / f"{name}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize(
    "error, message",
    [
        (StoreError("Neo4j refused it (Neo.ClientError.Statement.X): no"), "Neo4j refused it"),
        (RuntimeError("a fault of ours"), "could not be imported (RuntimeError: a fault of ours)"),
        (UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), "UnicodeEncode"),
    ],
    ids=["store error", "bug", "encoding"],
)
def test_a_failed_write_refuses_that_file_and_the_others_import(store, in_tmp_cwd, error, message):
    files = write(in_tmp_cwd / "seeds", c=C, a=A)
    reports = {
        Path(r.path).name: r
        for r in import_paths(FailingWrite(store, "c.yaml", error), [in_tmp_cwd / "seeds"])
    }
    assert reports["a.yaml"].status == "imported"
    failed = reports["c.yaml"]
    assert failed.status == "failed"
    assert failed.errors[0].startswith(str(files[0])) and message in failed.errors[0]
    assert {e.name for e in store.search("")} == {"Alpha Trust"}


def test_what_a_refused_file_declared_is_not_seen_by_the_files_after_it(store, in_tmp_cwd):
    """A names Alpha Trust; B relates to it. A's write fails: B is refused for naming
    an entity the graph does not hold, not written with a dangling end."""
    write(in_tmp_cwd / "seeds", a=A, b=B)
    failing = FailingWrite(store, "a.yaml", StoreError("refused"))
    reports = {Path(r.path).name: r for r in import_paths(failing, [in_tmp_cwd / "seeds"])}
    assert reports["a.yaml"].status == "failed"
    assert reports["b.yaml"].status == "failed"
    assert any("unknown name 'Alpha Trust'" in e for e in reports["b.yaml"].errors)
    assert store.stats().entities == {}


def test_an_unreachable_store_ends_the_run(store, in_tmp_cwd):
    write(in_tmp_cwd / "seeds", a=A, c=C)
    failing = FailingWrite(store, "a.yaml", StoreUnavailable("Neo4j is unreachable: gone"))
    with pytest.raises(StoreUnavailable, match="unreachable"):
        import_paths(failing, [in_tmp_cwd / "seeds"])


def test_a_link_leading_outside_the_folder_is_skipped_with_a_warning(store, in_tmp_cwd):
    outside = in_tmp_cwd / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text("Zed Quill, Director of Hidden Trust, spoke.", "utf-8")
    seeds = in_tmp_cwd / "seeds"
    write(seeds, a=A)
    (seeds / "secret.txt").symlink_to(outside / "secret.txt")
    (seeds / "also-a.yaml").symlink_to(seeds / "a.yaml")  # a link within the folder is read
    reports = {Path(r.path).name: r for r in import_paths(store, [seeds])}
    skipped = reports["secret.txt"]
    assert skipped.status == "skipped" and skipped.ok
    assert "outside the folder" in skipped.warnings[0]
    assert reports["also-a.yaml"].status == "imported"
    assert not any("Hidden" in e.name or "Zed" in e.name for e in store.search(""))


def test_a_file_name_that_is_not_utf8_is_refused_and_the_run_goes_on(store, in_tmp_cwd):
    seeds = in_tmp_cwd / "seeds"
    write(seeds, a=A)
    odd = Path(os.fsdecode(bytes(seeds) + b"/caf\xe9.yaml"))
    odd.write_text(C, encoding="utf-8")
    reports = import_paths(store, [seeds])
    assert sorted(r.status for r in reports) == ["failed", "imported"]
    [refused] = [r for r in reports if r.status == "failed"]
    assert "file name is not UTF-8" in refused.errors[0]


def test_source_ids_outside_the_working_folder_are_relative_to_the_seeds_folder(tmp_path):
    seeds = tmp_path / "elsewhere" / "seeds"
    [path] = write(seeds, a=A)
    assert source_id_for(path, seeds) == "source:seeds/a.yaml"
    assert source_id_for(path) == "source:seeds/a.yaml"  # a file named alone: its folder
    assert str(tmp_path) not in source_id_for(path, seeds)
