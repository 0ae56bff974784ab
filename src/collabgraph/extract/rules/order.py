"""The order the rules read a sentence in (`RULES`, run by `rules.read_sentence`).

The order is data: `rules/order.txt` names one rule a line as `module.function`
(a family module of this package; `#` starts a note). It is part of the reading:
earlier rules settle things later ones use (a fund owned by an organisation is a
project; the event in focus; the launch event a sentence makes), and the first
candidate for a pair gives the relation its place in the output. A new rule goes
in the file where what it needs has been read; its module needs no other listing
(`rules/families.py` reads the modules named here).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from collabgraph.errors import RulesFileError
from collabgraph.extract.rules.reader import SentenceReader

Rule = Callable[[SentenceReader], None]

ORDER_FILE = Path(__file__).with_name("order.txt")
"""The rule order's data file."""

_ENTRY = re.compile(r"([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)")


def read_order(path: Path = ORDER_FILE) -> tuple[tuple[str, str], ...]:
    """The (module, function) names a rule order file lists, in its order.

    Raises RulesFileError naming file and line for a line that is not
    `module.function`, or for a rule listed twice.
    """
    entries: list[tuple[str, str]] = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        match = _ENTRY.fullmatch(text)
        if match is None:
            raise RulesFileError(f"{path}:{line_no}: expected 'module.function', got {text!r}")
        if match.groups() in entries:
            raise RulesFileError(f"{path}:{line_no}: {text} is listed twice")
        entries.append(match.groups())
    return tuple(entries)


def load_rules(entries: tuple[tuple[str, str], ...], path: Path = ORDER_FILE) -> tuple[Rule, ...]:
    """The rule functions `entries` name, imported from this package's modules.

    Raises RulesFileError naming the file for a module or function that does not exist.
    """
    rules: list[Rule] = []
    for module_name, function_name in entries:
        try:
            module = import_module(f"{__package__}.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.{module_name}":
                raise
            raise RulesFileError(f"{path}: no rule module {module_name!r}") from None
        rule = getattr(module, function_name, None)
        if not callable(rule):
            raise RulesFileError(f"{path}: {module_name} has no rule {function_name!r}")
        rules.append(rule)
    return tuple(rules)


ORDER = read_order()
"""Every rule's (module, function) names, in the order they read a sentence."""

RULES: tuple[Rule, ...] = load_rules(ORDER)
"""Every rule, in the order they read a sentence."""

__all__ = ["ORDER", "ORDER_FILE", "RULES", "Rule", "load_rules", "read_order"]
