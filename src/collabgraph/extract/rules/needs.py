"""What a sentence must hold for a rule to possibly fire (`rules/needs.txt`).

Most rules find nothing in most sentences, and many know it from one test: no
cue of their label, none of their verbs. `needs.txt` writes that test down as
data, one rule a line, so the sentence reader can skip a rule whose needs the
sentence lacks instead of calling it. A need is one of

    cue:LABEL      a cue of that label found in the sentence (`reader.cues(LABEL)`)
    module.NAME    any word of the word set a rule module defines (the set its own
                   early exit tests, so the two cannot drift apart)
    vocab:NAME     any word of the list vocab/NAME.txt
    word           that lower-case word

and a listed rule runs when the sentence holds any one of its needs. Words are
compared as the rules compare them: lower case, as `Token.lower_` and with curly
apostrophes straight (`reader.words`). A rule not listed runs on every sentence;
a rule is listed only when its needs are proven from its code (it returns before
any effect unless one of them is there).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from importlib import import_module
from pathlib import Path

from collabgraph.errors import RulesFileError
from collabgraph.extract import vocab
from collabgraph.extract.rules.order import ORDER, ORDER_FILE
from collabgraph.extract.rules.reader import SentenceReader

NEEDS_FILE = Path(__file__).with_name("needs.txt")
"""The rules' needs' data file."""

_RULE = re.compile(r"([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)")
_SET = re.compile(r"([a-z_][a-z0-9_]*)\.([A-Za-z_][A-Za-z0-9_]*)")
_CUE = re.compile(r"cue:([a-z_][a-z0-9_]*)")
_VOCAB = re.compile(r"vocab:([a-z0-9_]+)")


def _word_set(module_name: str, name: str, where: str) -> frozenset[str]:
    """The word set `name` of rule module `module_name` (or of the extractor's module
    of that name: `lexicon`), as the rules compare words; a table's keys."""
    module = None
    for package in (__package__, __package__.rsplit(".", 1)[0]):
        try:
            module = import_module(f"{package}.{module_name}")
            break
        except ModuleNotFoundError as exc:
            if exc.name != f"{package}.{module_name}":
                raise
    if module is None:
        raise RulesFileError(f"{where}: no module {module_name!r}")
    found = getattr(module, name, None)
    if isinstance(found, Mapping):
        found = found.keys()  # a table's words: `lexicon.LIST_ROLE_CUES`
    if not isinstance(found, Collection) or isinstance(found, str):
        raise RulesFileError(f"{where}: {module_name}.{name} is no word set")
    if not all(isinstance(w, str) for w in found):
        raise RulesFileError(f"{where}: {module_name}.{name} holds other things than words")
    return frozenset(found)


def _need(text: str, where: str) -> tuple[str, frozenset[str]]:
    """("cue", labels) or ("word", words) for one need as the file writes it."""
    if match := _CUE.fullmatch(text):
        return "cue", frozenset({match.group(1)})
    if match := _VOCAB.fullmatch(text):
        try:
            return "word", vocab.words(match.group(1))
        except FileNotFoundError:
            raise RulesFileError(f"{where}: no word list vocab/{match.group(1)}.txt") from None
    if match := _SET.fullmatch(text):
        return "word", _word_set(*match.groups(), where)
    if text == text.lower() and ":" not in text:
        return "word", frozenset({text})
    raise RulesFileError(f"{where}: expected 'cue:LABEL', 'module.NAME', 'vocab:NAME' or a word")


def read_needs(
    path: Path = NEEDS_FILE, order: Iterable[tuple[str, str]] = ORDER
) -> dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]]:
    """Each listed rule's (module, function) -> (words, cue labels) it needs one of.

    Raises RulesFileError naming file and line for a line that is not a rule and
    its needs, a rule `order` does not list, a rule listed twice, or a need that
    names no word set or word list.
    """
    known = set(order)
    needs: dict[tuple[str, str], tuple[frozenset[str], frozenset[str]]] = {}
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path}:{line_no}"
        fields = line.split("#", 1)[0].split()
        if not fields:
            continue
        match = _RULE.fullmatch(fields[0])
        if match is None or len(fields) < 2:
            raise RulesFileError(f"{where}: expected 'module.function need ...', got {line!r}")
        if match.groups() not in known:
            raise RulesFileError(f"{where}: {fields[0]} is no rule of {ORDER_FILE.name}")
        if match.groups() in needs:
            raise RulesFileError(f"{where}: {fields[0]} is listed twice")
        words: set[str] = set()
        cues: set[str] = set()
        for text in fields[1:]:
            kind, items = _need(text, where)
            (cues if kind == "cue" else words).update(items)
        needs[match.groups()] = (frozenset(words), frozenset(cues))
    return needs


class RuleGate:
    """Which rules of an order a sentence can skip: those whose needs it lacks."""

    def __init__(self, order, needs) -> None:
        self.gated = frozenset(i for i, entry in enumerate(order) if entry in needs)
        self.by_word: dict[str, list[int]] = {}
        self.by_cue: dict[str, list[int]] = {}
        for i, entry in enumerate(order):
            words, cues = needs.get(entry, ((), ()))
            for w in words:
                self.by_word.setdefault(w, []).append(i)
            for label in cues:
                self.by_cue.setdefault(label, []).append(i)

    def skipped(self, reader: SentenceReader) -> frozenset[int] | set[int]:
        """The positions (in the order) of the rules `reader`'s sentence lacks every need of."""
        met: set[int] = set()
        by_word = self.by_word
        for w in reader.sent_words():
            if w in by_word:
                met.update(by_word[w])
            if "’" in w and (straight := w.replace("’", "'")) in by_word:
                met.update(by_word[straight])
        by_cue = self.by_cue
        for label in reader.cue_labels():
            if label in by_cue:
                met.update(by_cue[label])
        return self.gated - met


GATE = RuleGate(ORDER, read_needs())
"""The gate of the packaged rule order and needs."""

__all__ = ["GATE", "NEEDS_FILE", "RuleGate", "read_needs"]
