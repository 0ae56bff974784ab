"""A police rank's short form before a name is the post spelt out: "Supt. Ada Foss of
Kelby Police" is Kelby Police's superintendent, "Sgt Jo Tern" its sergeant."""

from __future__ import annotations

from collabgraph.extract import extract_text
from tests.extract.reading import with_roles


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return with_roles(extract_text(text, path="page.txt"), "WORKS_FOR")


def test_short_ranks_are_spelt_out():
    found = _roles(
        "Fenby street safety walk\n\nThe walk was led by Sgt Jo Tern of Kelby Police "
        "and Insp. Ada Foss of Fenby Police, who spoke about the new patrols.\n"
    )
    assert ("Jo Tern", "Kelby Police", "Sergeant") in found
    assert ("Ada Foss", "Fenby Police", "Inspector") in found


def test_a_rank_written_in_full_stays_as_written():
    found = _roles("Fenby news\n\nPC Jo Tern of Kelby Police said the patrols would go on.\n")
    assert ("Jo Tern", "Kelby Police", "PC") in found
