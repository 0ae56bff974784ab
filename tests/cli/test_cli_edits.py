"""Correcting the graph from the command line, on every backend: each command's
--json answer, the history with who and why, and undo back to the files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from collabgraph.cli import app
from tests.conftest import LAUNCH_YAML

FORUM = Path(__file__).resolve().parents[1] / "review" / "forum.txt"


@pytest.fixture
def run(store_settings, in_tmp_cwd):
    env = {
        "COLLABGRAPH_DATA_DIR": str(store_settings.data_dir),
        "COLLABGRAPH_NEO4J_URI": store_settings.neo4j_uri or "",
        "COLLABGRAPH_USER": "Ruth Tester",
    }
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(app, list(args), env=env, catch_exceptions=False)

    seed = shutil.copy(LAUNCH_YAML, in_tmp_cwd / "launch.yaml")
    assert invoke("import", str(seed)).exit_code == 0
    return invoke


def answer(result) -> dict:
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_edit_delete_relate_unrelate_and_undo_with_json(run):
    done = answer(run("edit", "Ideas Alliance", "--type", "Project", "--alias", "IA",
                      "-m", "a programme", "--json"))  # fmt: skip
    assert done["entity"]["type"] == "Project" and "IA" in done["entity"]["aliases"]
    assert (done["decision"]["who"], done["decision"]["note"]) == ("Ruth Tester", "a programme")
    stated = answer(run("relate", "Henry Kippin", "member of", "Oldham Council", "--role",
                        "Adviser", "--since", "2016", "--json"))  # fmt: skip
    assert stated["relation"]["sources"] == [stated["decision"]["id"]]
    rejected = answer(run("unrelate", "Henry Kippin", "MEMBER_OF", "Oldham Council", "--json"))
    assert [d["decision"]["kind"] for d in rejected] == ["reject"]
    deleted = answer(run("delete", "Mel Parks", "--json"))
    assert deleted["entity"] is None
    found = answer(run("history", "--json"))
    assert [d["kind"] for d in found] == ["delete", "reject", "relate", "edit"]
    assert [d["kind"] for d in answer(run("history", "Oldham Council", "--json"))] == [
        "reject", "relate",
    ]  # fmt: skip
    undone = answer(run("undo", deleted["decision"]["id"], "--json"))
    assert undone["decision"]["undone"]["who"] == "Ruth Tester"
    assert answer(run("query", "collaborators", "Mel Parks", "--json"))["entity"]["name"] == (
        "Mel Parks"
    )
    again = run("undo", deleted["decision"]["id"])
    assert again.exit_code == 1 and "undone already" in again.stderr


def test_merge_and_split_from_the_command_line(run):
    merged = run("merge", "Henry Kippin", "Mel Parks", "--note", "one person")
    assert merged.exit_code == 0, merged.output
    assert "merged into Henry Kippin" in merged.output and "collabgraph split" in merged.output
    assert answer(run("stats", "--json"))["entities"]["Person"] == 7
    split = run("split", "Mel Parks")
    assert split.exit_code == 0, split.output
    assert "undid" in split.output or "decision:" in split.output
    assert answer(run("stats", "--json"))["entities"]["Person"] == 8
    history = run("history")
    assert "merged 'Mel Parks'" in history.output and "undone by Ruth Tester" in history.output


def test_names_are_printed_as_written_never_as_markup(run):
    name = "[bold red]Loud[/bold red] <b>x</b>"
    done = run("edit", "Henry Kippin", "--name", name)
    assert done.exit_code == 0, done.output
    assert name in done.output.replace("\n", "")
    assert name in run("history").output.replace("\n", "")


def test_several_relations_between_two_ends_are_not_rejected_by_guess(run):
    for role in ("Adviser", "Trustee"):
        assert (
            run("relate", "Henry Kippin", "MEMBER_OF", "Oldham Council", "--role", role).exit_code
            == 0
        )
    both = run("unrelate", "Henry Kippin", "MEMBER_OF", "Oldham Council")
    assert both.exit_code == 1 and "2 such relations" in both.stderr
    one = run("unrelate", "Henry Kippin", "MEMBER_OF", "Oldham Council", "--role", "trustee")
    assert one.exit_code == 0, one.output
    assert "rejected Henry Kippin MEMBER_OF Oldham Council (Trustee)" in one.output


def test_a_write_up_imported_with_review_waits_out_of_the_graph(run, in_tmp_cwd):
    forum = shutil.copy(FORUM, in_tmp_cwd / "forum.txt")
    before = answer(run("stats", "--json"))["relations"]
    done = run("import", "--review", str(forum))
    assert done.exit_code == 0, done.output
    assert "wait to be reviewed" in done.output.replace("\n", " ")
    assert answer(run("stats", "--json"))["relations"] == before
