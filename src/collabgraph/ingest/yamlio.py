"""YAML loading that remembers lines and stays bounded, whatever the file holds.

The document is built straight from the parser's events (LibYAML's when it is
installed), never as PyYAML's node graph: a 20 MB seed then costs the objects
it describes rather than several times that in nodes and marks, and takes
seconds rather than minutes. Building from events also lets every limit be
checked before anything is expanded (`collabgraph.ingest.limits`):

- nesting deeper than MAX_DEPTH is refused at its line, so no input reaches
  Python's recursion limit;
- an alias is the object its anchor made, never a copy, and the size that
  aliases add (counted as if each were written out in full) is capped: a
  "billion laughs" file is refused after a handful of aliases, not expanded;
- an alias can only name a finished anchor, so no value contains itself;
- only the plain data tags are read (text, numbers, booleans, null; dates stay
  text); a duplicate key, a key that is not plain text, a second document and
  a lone surrogate (from a `\\ud800` escape) are errors.

Every error is a `yaml.YAMLError` with a mark, so `error_line` names its line.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.constructor import ConstructorError

from collabgraph.ingest.limits import ALIAS_EXPANSION_FLOOR, MAX_DEPTH

_PARSER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # LibYAML's parser when installed
# The plain-scalar rules of yaml.resolver.Resolver.resolve, by first character.
_IMPLICIT = {
    first: tuple(rules + yaml.resolver.Resolver.yaml_implicit_resolvers.get(None, []))
    for first, rules in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_TAG = "tag:yaml.org,2002:"
STR, MERGE = _TAG + "str", _TAG + "merge"
_MERGE_KEY = object()  # `<<` where a key goes
_SCALARS = {_TAG + t for t in ("int", "float", "bool", "null")}
_AS_TEXT = {_TAG + "timestamp", _TAG + "value"}  # kept as written: "2017-02-01" stays text
_MAPS, _SEQS = {None, "!", _TAG + "map"}, {None, "!", _TAG + "seq"}
_SURROGATE = re.compile("[\ud800-\udfff]")


class LineDict(dict):
    """A mapping that knows its line and the line of each key (1-based).

    The loader keeps key lines as a list beside the keys (a dict per mapping would
    cost more than the mapping); `key_lines` gives them as a dict, and may be set.
    """

    __slots__ = ("_key_lines", "line")

    def __init__(self, *args: Any, line: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.line = line
        self._key_lines: list[int] | dict[Any, int] = []

    @property
    def key_lines(self) -> dict[Any, int]:
        """Each key's line."""
        if isinstance(self._key_lines, dict):
            return self._key_lines
        return dict(zip(self, self._key_lines, strict=False))

    @key_lines.setter
    def key_lines(self, lines: dict[Any, int]) -> None:
        self._key_lines = lines


def load_yaml(text: str) -> Any:
    """Parse one YAML (or JSON) document within the limits above; mappings come
    back as LineDict.

    Raises yaml.YAMLError with a `problem_mark` giving the line.
    """
    parser = _PARSER(text)
    try:
        return _Builder(len(text)).build(iter(parser.get_event, None))
    finally:
        parser.dispose()


def error_line(exc: yaml.YAMLError) -> int | None:
    """The 1-based line a YAML error points at, if it says."""
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    return mark.line + 1 if mark is not None else None


class _Frame:
    """A mapping or sequence being filled, with the size of what is in it so far."""

    __slots__ = ("anchor", "key", "key_line", "merged", "size", "value")

    def __init__(self, value: Any, anchor: str | None) -> None:
        self.value, self.anchor = value, anchor
        self.size = 1
        self.key: Any = _Frame
        self.key_line = 0
        self.merged: list[dict] = []


class _Builder:
    """Plain data from a stream of parser events (see the module docstring)."""

    def __init__(self, text_length: int) -> None:
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        # What aliases may add: as much again as the file itself, and a little for tiny files.
        self.alias_budget = max(text_length, ALIAS_EXPANSION_FLOOR)
        self.size_limit = text_length + self.alias_budget
        self.result: Any = None
        self.documents = 0

    def build(self, events) -> Any:
        handlers = {
            yaml.ScalarEvent: self._scalar,
            yaml.AliasEvent: self._alias,
            yaml.MappingStartEvent: self._start_mapping,
            yaml.SequenceStartEvent: self._start_sequence,
            yaml.MappingEndEvent: self._end,
            yaml.SequenceEndEvent: self._end,
            yaml.DocumentStartEvent: self._document,
        }
        for event in events:
            handler = handlers.get(type(event))
            if handler is not None:
                handler(event)
        return self.result

    # --- events --------------------------------------------------------------

    def _document(self, event: yaml.DocumentStartEvent) -> None:
        self.documents += 1
        if self.documents > 1:
            raise _error("a seed file holds one YAML document; found a second", event)

    def _scalar(self, event: yaml.ScalarEvent) -> None:
        value = event.value
        tag = event.tag
        if tag is None or tag == "!":
            tag = _resolve(value) if event.implicit[0] else STR
        if tag == STR:
            if event.style == '"' and not value.isascii() and _SURROGATE.search(value):
                raise _error("a lone surrogate escape (such as \\ud800) is not text", event)
        elif tag in _SCALARS:
            node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark)
            value = _CONSTRUCTOR.yaml_constructors[tag](_CONSTRUCTOR, node)
        elif tag == MERGE:
            value = _MERGE_KEY if self._expects_key() else value
        elif tag not in _AS_TEXT:
            raise _error(f"unsupported YAML tag {_short(event.tag or tag)}", event)
        self._add(value, len(event.value) + 1, event)

    def _alias(self, event: yaml.AliasEvent) -> None:
        found = self.anchors.get(event.anchor)
        if found is None:
            raise _error(f"alias *{event.anchor} names no finished anchor before it", event)
        value, size = found
        self.alias_budget -= size
        if self.alias_budget < 0:
            raise _error(
                f"aliases would expand this file past {self.size_limit:,} characters"
                f" (at *{event.anchor}); write the values out instead",
                event,
            )
        self._add(value, size, event)

    def _start_mapping(self, event: yaml.MappingStartEvent) -> None:
        if event.tag not in _MAPS:
            raise _error(f"unsupported YAML tag {_short(event.tag)}", event)
        self._push(LineDict(line=event.start_mark.line + 1), event)

    def _start_sequence(self, event: yaml.SequenceStartEvent) -> None:
        if event.tag not in _SEQS:
            raise _error(f"unsupported YAML tag {_short(event.tag)}", event)
        self._push([], event)

    def _push(self, value: Any, event: yaml.Event) -> None:
        if len(self.stack) >= MAX_DEPTH:
            raise _error(f"nested more than {MAX_DEPTH} levels deep", event)
        self.stack.append(_Frame(value, event.anchor))

    def _end(self, event: yaml.Event) -> None:
        frame = self.stack.pop()
        value = frame.value
        for merged in frame.merged:  # `<<: *defaults`: keys written here win
            for key, item in merged.items():
                if key not in value:
                    value[key] = item
                    value._key_lines.append(value.line)
        self._add(value, frame.size, event, anchor=frame.anchor)

    # --- filling -------------------------------------------------------------

    def _expects_key(self) -> bool:
        return (
            bool(self.stack)
            and self.stack[-1].key is _Frame
            and isinstance(self.stack[-1].value, dict)
        )

    def _add(self, value: Any, size: int, event: yaml.Event, anchor: str | None = None) -> None:
        anchor = anchor if anchor is not None else getattr(event, "anchor", None)
        if anchor is not None and not isinstance(event, yaml.AliasEvent):
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.result = value
            return
        frame = self.stack[-1]
        frame.size += size
        container = frame.value
        if isinstance(container, list):
            container.append(value)
        elif frame.key is _Frame:
            if value is not _MERGE_KEY and not (
                value is None or isinstance(value, str | int | float | bool)
            ):
                raise _error("a key must be plain text", event)
            frame.key, frame.key_line = value, event.start_mark.line + 1
        else:
            key, frame.key = frame.key, _Frame
            if key is _MERGE_KEY:
                frame.merged.extend(_merge_sources(value, event))
            elif key in container:
                raise _error(f"duplicate key {key!r}", event, line=frame.key_line)
            else:
                container[key] = value
                container._key_lines.append(frame.key_line)


def _resolve(plain: str) -> str:
    """The tag of a plain (unquoted) scalar, as yaml.resolver.Resolver gives it."""
    for tag, pattern in _IMPLICIT.get(plain[:1], ()):
        if pattern.match(plain):
            return tag
    return STR


def _short(tag: str) -> str:
    return "!!" + tag.removeprefix(_TAG) if tag.startswith(_TAG) else tag


def _merge_sources(value: Any, event: yaml.Event) -> list[dict]:
    items = value if isinstance(value, list) else [value]
    if not all(isinstance(m, dict) for m in items):
        raise _error("`<<` merges a mapping or a list of mappings", event)
    return items


def _error(message: str, event: yaml.Event, *, line: int | None = None) -> ConstructorError:
    mark = event.start_mark
    if line is not None and line != mark.line + 1:
        mark = yaml.Mark(mark.name, 0, line - 1, 0, None, None)
    return ConstructorError(None, None, message, mark)
