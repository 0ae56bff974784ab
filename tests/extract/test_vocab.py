"""Word lists: the plain-text files under extract/vocab/ and how they are read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from collabgraph.errors import RulesFileError
from collabgraph.extract import vocab

SOURCE = Path(vocab.__file__).resolve().parents[1]
VOCAB_DIR = Path(vocab.__file__).resolve().parent


def test_items_are_read_in_order_without_comments_or_blank_lines(tmp_path):
    path = tmp_path / "words.txt"
    path.write_text(
        "# a header comment\n\nchair  # a trailing comment\nco-chair\n\nwrite-?up\nc#\n",
        encoding="utf-8",
    )
    assert vocab.read_items(path) == [(3, "chair"), (4, "co-chair"), (6, "write-?up"), (7, "c#")]


def test_a_table_maps_keys_to_values_in_order(tmp_path):
    path = tmp_path / "table.txt"
    path.write_text("# roles\nspoke -> speaker\nchaired  ->  chair\n", encoding="utf-8")
    assert list(vocab.read_table(path).items()) == [("spoke", "speaker"), ("chaired", "chair")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("spoke speaker\n", r"table\.txt:1: expected 'key -> value'"),
        ("# x\nspoke ->\n", r"table\.txt:2: expected 'key -> value'"),
        ("a -> b\na -> c\n", r"table\.txt:2: 'a' is already given"),
    ],
)
def test_a_bad_table_line_is_refused_with_file_and_line(tmp_path, text, message):
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesFileError, match=message):
        vocab.read_table(path)


def test_an_unreadable_list_names_its_file(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("caf\xe9\n".encode("latin-1"))
    with pytest.raises(RulesFileError, match=r"latin1\.txt: cannot read"):
        vocab.read_items(path)


def test_every_word_list_is_read_by_the_extractor_and_none_is_missing():
    code = "\n".join(p.read_text(encoding="utf-8") for p in SOURCE.rglob("*.py"))
    files = {p.stem for p in VOCAB_DIR.glob("*.txt")}
    named = set(re.findall(r'(?:words|ordered|table)\(\s*"([a-z_]+)"\s*\)', code))
    assert files - named == set(), "word lists no code reads"
    assert named - files == set(), "word lists the code reads that do not exist"


def test_no_list_repeats_an_item_or_has_an_empty_one():
    for path in VOCAB_DIR.glob("*.txt"):
        items = [item for _, item in vocab.read_items(path)]
        assert items, path.name
        assert len(items) == len(set(items)), path.name
