"""Which files an import reads: folders expanded into their seed files.

A folder is read as the user sees it: hidden files, READMEs and Office lock
files (`~$map.xlsx`, while Excel has the workbook open) are left out,
and a link that leads outside the folder (to `/etc/passwd`, say) is not
followed but reported, so importing a folder never reads what is not in it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from collabgraph.ingest import SEED_SUFFIXES
from collabgraph.ingest.web import is_url

Seed = Path | str  # a file, or an http(s) address


@dataclass(frozen=True)
class SeedFile:
    """One file to import (or an http(s) address), the folder it was found in (a file
    named on its own: its folder; an address: none), and why it is skipped, if it is."""

    path: Seed
    root: Path | None
    skipped: str | None = None


def find_seed_files(paths: Iterable[str | Path]) -> list[SeedFile]:
    """Expand folders into the seed files they hold (sorted; hidden files and READMEs
    left out; links leading outside the folder marked `skipped`); http(s) addresses
    stay as they are. A path that does not exist is kept, so that importing it
    reports the problem."""
    found: dict[Seed, SeedFile] = {}
    for raw in paths:
        if is_url(raw):
            found.setdefault(str(raw), SeedFile(str(raw), None))
            continue
        path = Path(raw)
        if not path.is_dir():
            found.setdefault(path, SeedFile(path, path.parent))
            continue
        inside = path.resolve()
        for p in sorted(path.rglob("*")):
            if (
                p.is_file()
                and p.suffix.lower() in SEED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not p.name.lower().startswith("readme")
                and not p.name.startswith("~$")  # the lock file of a workbook open in Excel
            ):
                found.setdefault(p, SeedFile(p, path, _outside(p, inside)))
    return list(found.values())


def seed_files(paths: Iterable[str | Path]) -> list[Seed]:
    """The files `find_seed_files` would read (those it skips left out)."""
    return [f.path for f in find_seed_files(paths) if f.skipped is None]


def _outside(path: Path, folder: Path) -> str | None:
    target = path.resolve()
    if target.is_relative_to(folder):
        return None
    return f"a link to {target}, outside the folder {folder}; not followed"
