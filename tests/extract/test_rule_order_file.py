"""The rule order is data (`rules/order.txt`): how it is read, and its errors."""

from __future__ import annotations

import re

import pytest

from collabgraph.errors import RulesFileError
from collabgraph.extract.rules import FAMILIES, RULES
from collabgraph.extract.rules.order import ORDER, ORDER_FILE, load_rules, read_order


def _order_file(tmp_path, lines: list[str]):
    path = tmp_path / "order.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_packaged_file_gives_every_rule_in_its_order():
    lines = [
        line.split("#", 1)[0].strip()
        for line in ORDER_FILE.read_text(encoding="utf-8").splitlines()
    ]
    listed = [line for line in lines if line]
    assert len(listed) > 100
    assert [f"{r.__module__.rsplit('.', 1)[-1]}.{r.__name__}" for r in RULES] == listed
    # every module the file names is a family, so its cue labels are known
    families = {family.__name__.rsplit(".", 1)[-1] for family in FAMILIES}
    assert {module for module, _ in ORDER} <= families


def test_notes_and_blank_lines_are_skipped_and_the_order_kept(tmp_path):
    path = _order_file(
        tmp_path,
        ["# a note", "", "posts.appointments  # after the titles", "focus.update_focus"],
    )
    entries = read_order(path)
    assert entries == (("posts", "appointments"), ("focus", "update_focus"))
    rules = load_rules(entries, path)
    assert [rule.__name__ for rule in rules] == ["appointments", "update_focus"]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("posts appointments", "expected 'module.function'"),
        ("posts.appointments(reader)", "expected 'module.function'"),
        ("../x.y", "expected 'module.function'"),
    ],
)
def test_a_line_that_is_not_a_rule_name_is_an_error_naming_file_and_line(tmp_path, line, message):
    path = _order_file(tmp_path, ["# rules", "focus.update_focus", line])
    with pytest.raises(RulesFileError, match=rf"order\.txt:3: {re.escape(message)}"):
        read_order(path)


def test_a_rule_listed_twice_is_an_error(tmp_path):
    path = _order_file(tmp_path, ["focus.update_focus", "focus.update_focus"])
    with pytest.raises(RulesFileError, match=r"order\.txt:2: focus\.update_focus is listed twice"):
        read_order(path)


def test_a_rule_that_does_not_exist_is_an_error_naming_it(tmp_path):
    path = _order_file(tmp_path, ["no_such_family.rule"])
    with pytest.raises(RulesFileError, match="no rule module 'no_such_family'"):
        load_rules(read_order(path), path)
    path = _order_file(tmp_path, ["posts.no_such_rule"])
    with pytest.raises(RulesFileError, match="posts has no rule 'no_such_rule'"):
        load_rules(read_order(path), path)
