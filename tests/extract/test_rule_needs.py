"""What a rule needs in a sentence is data (`rules/needs.txt`): the file names real
rules, cues and word sets, a sentence lacking a rule's needs skips it, and the
skipping changes nothing the extractor gives."""

from __future__ import annotations

from pathlib import Path

import pytest

import collabgraph.extract.rules as rules
from collabgraph.errors import RulesFileError
from collabgraph.extract import extract_file, extract_text, to_yaml
from collabgraph.extract.rules import CUE_LABELS
from collabgraph.extract.rules.needs import NEEDS_FILE, RuleGate, read_needs
from collabgraph.extract.rules.order import ORDER

DOCUMENTS = Path(__file__).parent / "documents"


def _needs_file(tmp_path, lines: list[str]) -> Path:
    path = tmp_path / "needs.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_declared_rule_is_a_rule_of_the_order_with_real_needs():
    needs = read_needs()
    assert len(needs) >= 40
    assert set(needs) <= set(ORDER)
    for (module, function), (words, cues) in needs.items():
        assert words or cues, f"{module}.{function} needs nothing"
        assert cues <= CUE_LABELS, f"{module}.{function}: no rule reads {cues - CUE_LABELS}"
        assert all(w == w.lower() and w.strip() == w and w for w in words), (module, function)


def test_the_packaged_file_lists_each_rule_once_in_order_txt_form():
    listed = [
        line.split("#", 1)[0].split()[0]
        for line in NEEDS_FILE.read_text(encoding="utf-8").splitlines()
        if line.split("#", 1)[0].strip()
    ]
    assert len(listed) == len(set(listed)) == len(read_needs())


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("event_hosts.no_such_rule by", "event_hosts.no_such_rule is no rule of order.txt"),
        ("event_hosts.hosts", "expected 'module.function need ...'"),
        ("event_hosts.hosts cue:", "expected 'cue:LABEL'"),
        ("event_hosts.hosts Hosted", "expected 'cue:LABEL'"),
        ("event_hosts.hosts event_hosts._NO_SUCH_SET", "event_hosts._NO_SUCH_SET is no word set"),
        ("event_hosts.hosts no_such_module._SET", "no module 'no_such_module'"),
    ],
)
def test_a_bad_line_is_an_error_naming_file_and_line(tmp_path, line, message):
    path = _needs_file(tmp_path, ["# needs", "event_hosts.inviters cue:leads", line])
    with pytest.raises(RulesFileError, match=r"needs\.txt:3: ") as raised:
        read_needs(path)
    assert message in str(raised.value)


def test_a_rule_listed_twice_is_an_error(tmp_path):
    path = _needs_file(tmp_path, ["event_hosts.hosts by", "event_hosts.hosts on"])
    with pytest.raises(RulesFileError, match=r"needs\.txt:2: event_hosts\.hosts is listed twice"):
        read_needs(path)


def test_needs_of_each_kind_are_read(tmp_path):
    path = _needs_file(
        tmp_path,
        ["event_hosts.hosts  cue:leads  by  event_hosts._RAN  vocab:event_invite_verbs"],
    )
    words, cues = read_needs(path)[("event_hosts", "hosts")]
    assert cues == {"leads"}
    assert {"by", "ran", "runs"} <= words
    assert "invited" in words


def _sentences_run(monkeypatch, rule: tuple[str, str], text: str) -> list[str]:
    """The sentences of `text` the rule of `ORDER` named `rule` was called on."""
    at = ORDER.index(rule)
    seen: list[str] = []
    original = rules.RULES[at]

    def spy(reader):
        seen.append(reader.evidence)
        original(reader)

    monkeypatch.setattr(rules, "RULES", (*rules.RULES[:at], spy, *rules.RULES[at + 1 :]))
    extract_text(text, path="page.txt")
    return seen


def test_a_sentence_lacking_a_rules_words_skips_it_and_one_holding_them_runs_it(monkeypatch):
    text = (
        "Jane Doe spoke at the Kelby Summit in March.\n\n"
        "The Kelby Summit was hosted by Tern Trust.\n"
    )
    seen = _sentences_run(monkeypatch, ("event_hosts", "hosts"), text)
    assert seen == ["The Kelby Summit was hosted by Tern Trust."]


def test_a_sentence_lacking_a_rules_cue_skips_it(monkeypatch):
    text = "Jane Doe spoke at the Kelby Summit.\n\nTern Trust partnered with Foo Homes.\n"
    seen = _sentences_run(monkeypatch, ("collaboration", "collaboration"), text)
    assert seen == []
    seen = _sentences_run(
        monkeypatch, ("collaboration", "collaboration"), "Tern Trust worked with Foo Homes.\n"
    )
    assert seen == ["Tern Trust worked with Foo Homes."]


def test_an_undeclared_rule_runs_on_every_sentence(monkeypatch):
    assert ("places", "places") not in read_needs()
    text = "Jane Doe spoke at the Kelby Summit.\n\nTern Trust worked with Foo Homes.\n"
    assert len(_sentences_run(monkeypatch, ("places", "places"), text)) == 2


def test_skipping_rules_changes_no_output_on_the_test_documents(monkeypatch):
    paths = sorted(p for p in DOCUMENTS.iterdir() if p.suffix in {".md", ".txt", ".html"})
    assert len(paths) >= 10
    gated = [to_yaml(extract_file(p)) for p in paths]
    monkeypatch.setattr(rules, "GATE", RuleGate(ORDER, {}))
    ungated = [to_yaml(extract_file(p)) for p in paths]
    assert gated == ungated
