"""Every text a seed file gives, as stored: NFC, control characters out (with a
warning naming the line), names and ids without invisible characters."""

from __future__ import annotations

from typing import Any

from collabgraph.errors import SeedError, SeedProblem
from collabgraph.ingest.document import SeedDocument
from collabgraph.model.text import clean_text, control_characters, tidy_name

_NAME_FIELDS = ("name", "source", "target", "external_id")
_TEXT_FIELDS = ("title", "description", "role", "evidence")


def clean_document(doc: SeedDocument) -> SeedDocument:
    """Clean `doc` in place (see `collabgraph.model.text`) and return it.

    Control characters are removed with one warning per line that had them.
    Raises SeedError when a name is left empty (it held only invisible characters).
    """
    problems: list[SeedProblem] = []
    for key, value in list(doc.source.items()):
        doc.source[key] = _clean_source_value(value, doc)
    for item in [*doc.entities, *doc.relations]:
        found: list[str] = []
        for attr in _NAME_FIELDS:
            value = getattr(item, attr, None)
            if isinstance(value, str):
                found += control_characters(value)
                cleaned = tidy_name(value)
                if not cleaned and attr != "external_id":
                    problems.append(SeedProblem(doc.path, item.line, "a name must not be empty"))
                setattr(item, attr, cleaned or None if attr == "external_id" else cleaned)
        if hasattr(item, "aliases"):
            found += [c for a in item.aliases for c in control_characters(a)]
            item.aliases = [a for a in (tidy_name(a) for a in item.aliases) if a]
        for attr in _TEXT_FIELDS:
            value = getattr(item, attr, None)
            if isinstance(value, str):
                found += control_characters(value)
                setattr(item, attr, clean_text(value))
        for key, value in item.properties.items():
            if isinstance(value, str):
                found += control_characters(value)
                item.properties[key] = clean_text(value)
        if found:
            codes = ", ".join(dict.fromkeys(found))
            where = f"line {item.line}" if item.line else "a statement"
            doc.warnings.append(f"{where}: control characters removed ({codes})")
    if problems:
        raise SeedError(problems)
    return doc


def _clean_source_value(value: Any, doc: SeedDocument) -> Any:
    if not isinstance(value, str):
        return value
    codes = control_characters(value)
    if codes:
        doc.warnings.append(f"source: control characters removed ({', '.join(codes)})")
    return clean_text(value)
