"""Training the pair models on the pooled probe tune halves (scripts/corpus/fitting.py):
a blind writer's tune half in the pool is a development set and is read, while its
check half, the corpus's blind folders and the blindprobes folders never are."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts" / "corpus"))


def _probe_folder(root: Path, *parts: str) -> Path:
    folder = root.joinpath(*parts)
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text("Kelby Trust opens a hub\n\nKelby Trust opened a hub.\n")
    (folder / "01.gold.yaml").write_text("entities: []\nrelations: []\n")
    return folder


def test_a_blind_writers_tune_half_in_the_probe_pool_is_read(tmp_path):
    from fitting import group_of, probe_pages

    _probe_folder(tmp_path, "probes", "blind6", "tune")
    _probe_folder(tmp_path, "probes", "fair", "tune")
    pages = probe_pages(str(tmp_path / "probes" / "*" / "tune"), "train_pairs")
    assert [group_of(p) for p in pages] == ["blind6", "fair"]


@pytest.mark.parametrize(
    "parts",
    [
        ("probes", "blind6", "check"),
        ("corpus", "probes", "blind5"),
        ("corpus", "probes", "blind8", "tune"),
        ("blindprobes5", "probes", "fair", "tune"),
        ("probes", "blind6", "tune", "extra"),
    ],
)
def test_blind_folders_other_than_a_pooled_tune_half_are_refused(tmp_path, parts):
    from fitting import page_files, probe_pages

    folder = _probe_folder(tmp_path, *parts)
    with pytest.raises(SystemExit, match="never trained on"):
        probe_pages(str(folder), "train_pairs")
    with pytest.raises(SystemExit, match="never trained on"):
        page_files(str(folder / "01"), tmp_path)
