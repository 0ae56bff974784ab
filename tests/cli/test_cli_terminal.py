"""What the CLI prints is text: names never act as rich markup, and control, escape and
bidirectional characters never reach the terminal raw; on every backend."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.text import Text
from typer.testing import CliRunner

from collabgraph.cli import app
from collabgraph.terminal import markup_safe, shown, to_json
from tests.conftest import REPO

HOSTILE = REPO / "tests" / "hostile"
# C0 controls but the line break, DEL, C1 controls, bidirectional controls, surrogates.
RAW = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


@pytest.fixture
def run(store_settings, in_tmp_cwd):
    env = {
        "COLLABGRAPH_DATA_DIR": str(store_settings.data_dir),
        "COLLABGRAPH_NEO4J_URI": store_settings.neo4j_uri or "",
    }

    def invoke(*args: str):
        return CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("name", ["markup-names.yaml", "escape-sequences.yaml"])
def test_a_refused_file_of_hostile_names_is_reported_as_text(run, in_tmp_cwd, name):
    (in_tmp_cwd / name).write_bytes((HOSTILE / name).read_bytes())
    result = run("import", name)
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "MarkupError" not in result.output
    assert f"error: {name}:" in result.output  # the real message, with file and line
    assert not RAW.search(result.output), repr(result.output)
    if name == "markup-names.yaml":
        assert "[/]Nobody" in result.output  # shown, not read as a closing tag


NAMES = [
    "[bold]Bold[/] Person",
    "Title \x1b]0;pwned\x07 Setter",
    "Link \x1b]8;;file:///etc/passwd\x1b\\Person\x1b]8;;\x1b\\",
    "Over\rwrite",
    "Rev \u202eesrever\u202c Person",
    ":warning: Emoji",
]


def test_names_are_printed_as_text_by_every_command(run, in_tmp_cwd):
    entities = "".join(f"  - {{type: Person, name: {json.dumps(n)}}}\n" for n in NAMES)
    relations = "".join(
        f"  - {{from: {json.dumps(n)}, type: WORKS_FOR, to: Plain Org}}\n" for n in NAMES
    )
    (in_tmp_cwd / "names.yaml").write_text(
        "entities:\n  - {type: Organisation, name: Plain Org}\n"
        + entities
        + "relations:\n"
        + relations,
        encoding="utf-8",
    )
    outputs = [run("import", "names.yaml")]
    assert outputs[0].exit_code == 0, outputs[0].output
    outputs.append(run("query", "collaborators", "Plain Org"))
    outputs.append(run("query", "collaborators", "[bold]Bold[/] Person"))
    outputs.append(run("query", "collaborators", "[bold]Bold[/] Person", "--json"))
    outputs.append(run("stats"))
    outputs.append(run("merge", "[bold]Bold[/] Person", ":warning: Emoji"))
    outputs.append(run("query", "path", "[bold]Bold[/] Person", "Over\rwrite"))
    for result in outputs:
        assert result.exit_code == 0, result.output
        assert not RAW.search(result.output), repr(result.output)
        assert "MarkupError" not in result.output
    person = outputs[2].output
    assert person.startswith("[bold]Bold[/] Person (Person")  # markup shown, not applied
    assert ":warning: Emoji" in person  # not turned into an emoji
    assert "pwned" in person and "write" in person  # the names are there, their controls not
    found = json.loads(outputs[3].stdout)
    assert ":warning: Emoji" in {c["name"] for c in found["collaborators"]}
    assert outputs[5].output.startswith("merged into [bold]Bold[/] Person (person:")
    path = outputs[6].output
    assert path.startswith("[bold]Bold[/] Person to Over\\rwrite: 2 hops")


def test_an_unknown_name_with_markup_is_an_error_line_not_a_traceback(run):
    result = run("query", "collaborators", "[/] \x1b[31mNobody[/red]")
    assert result.exit_code == 1
    assert "[/] \\x1b[31mNobody[/red]" in result.output
    assert not RAW.search(result.output)


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(codec=None)))
def test_shown_text_holds_no_raw_control(text):
    assert not RAW.search(shown(text))


@settings(max_examples=200, deadline=None)
@given(text=st.text(st.characters(codec=None)))
def test_where_rich_reads_markup_user_text_is_shown_as_written(text):
    """A progress bar's description is read as markup: a file name like `[/]x.yaml`
    was a MarkupError there."""
    assert Text.from_markup(markup_safe(text)).plain == shown(text)


@settings(max_examples=200, deadline=None)
@given(data=st.recursive(st.text(), lambda inner: st.lists(inner, max_size=4), max_leaves=10))
def test_json_for_the_terminal_reads_back_and_holds_no_raw_control(data):
    printed = to_json(data)
    assert not RAW.search(printed)
    assert json.loads(printed) == data
