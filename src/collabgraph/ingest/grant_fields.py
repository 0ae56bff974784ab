"""The 360Giving fields collabgraph reads, and the identifiers of organisations.

Which columns (or JSON paths) name which field, where each field goes, and the
patterns of charity and company numbers are data (`data/threesixtygiving.yaml`);
this module reads them once (`spec`) and answers from them: which of a header's
columns are fields (`header_fields`), whether a table or JSON is a grants file,
and an organisation's identifier as matched (`organisation_identifier`,
`registered_identifier`); and a grant's values as read (`text_value`,
`date_text`, `field_properties`, ...). The grants themselves are read by
`collabgraph.ingest.threesixtygiving`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from importlib import resources
from typing import Any

import yaml

from collabgraph.model.properties import typed_cell
from collabgraph.model.text import tidy_name


@dataclass(frozen=True)
class Field:
    """One 360Giving field as `data/threesixtygiving.yaml` gives it."""

    name: str
    path: tuple[str, ...]  # in one grant of a JSON package
    title: str  # its spreadsheet column
    to: str | None  # "grant", "recipient" or "funder": kept as a property there
    as_name: str  # the property's name
    number: bool


@dataclass(frozen=True)
class Spec:
    """Every field read, the column keys naming each, the fields that identify a
    grants table, and the patterns of registered numbers."""

    fields: dict[str, Field]
    columns: dict[str, str]  # column key (title or path) -> field name
    detect: tuple[str, ...]
    registers: dict[str, tuple[tuple[re.Pattern[str], str, int], ...]]
    schemes: dict[str, int]  # scheme -> width its number is padded to (0: none)


def column_key(text: Any) -> str:
    """A column title or JSON path as matched: lower case, single spaces, none
    around `:` and `/`, and `/` read as `.` ("Recipient Org: Name" is
    "recipient org:name", "recipientOrganization/0/id" "recipientorganization.0.id")."""
    key = re.sub(r"\s*([:/.])\s*", r"\1", " ".join(str(text).split()).lower())
    return key.replace("/", ".")


@cache
def spec() -> Spec:
    """`data/threesixtygiving.yaml`, read once."""
    text = resources.files("collabgraph.ingest").joinpath("data/threesixtygiving.yaml")
    raw = yaml.safe_load(text.read_text("utf-8"))
    fields = {
        name: Field(
            name,
            tuple(str(f["path"]).split(".")),
            f["title"],
            f.get("to"),
            f.get("as", name),
            bool(f.get("number")),
        )
        for name, f in raw["fields"].items()
    }
    columns = {}
    for f in fields.values():
        columns[column_key(f.title)] = f.name
        columns[column_key(".".join(f.path))] = f.name
    registers = {
        kind: tuple(
            (re.compile(rule["pattern"]), rule["prefix"], int(rule.get("pad", 0))) for rule in rules
        )
        for kind, rules in raw["registers"].items()
    }
    schemes = {scheme: int((rule or {}).get("pad", 0)) for scheme, rule in raw["schemes"].items()}
    return Spec(fields, columns, tuple(raw["detect"]), registers, schemes)


def header_fields(header: Sequence[Any]) -> dict[int, str]:
    """{column index: field name} for each column of `header` naming a 360Giving field."""
    columns = spec().columns
    found: dict[int, str] = {}
    for i, title in enumerate(header):
        name = columns.get(column_key(title)) if title is not None else None
        if name is not None and name not in found.values():
            found[i] = name
    return found


def is_grants_header(header: Sequence[Any]) -> bool:
    """Whether a spreadsheet's header row is a 360Giving grants table's (it names
    the grant's Identifier, Amount Awarded and Funding Org:Name)."""
    named = set(header_fields(header).values())
    return all(f in named for f in spec().detect)


def is_grants_package(tree: Any) -> bool:
    """Whether parsed JSON is a 360Giving package: an object with a `grants` list."""
    return isinstance(tree, dict) and isinstance(tree.get("grants"), list)


def registered_identifier(kind: str, number: Any) -> str | None:
    """The org-id.guide identifier of a charity or company number (`kind`:
    "charity_number" or "company_number"): `1000888` -> `GB-CHC-1000888`,
    `SC012345` -> `GB-SC-SC012345`, `1234567` (company) -> `GB-COH-01234567`.
    None when the number fits none of `data/threesixtygiving.yaml`'s patterns."""
    text = plain_cell(number).replace(" ", "").upper()
    text = re.sub(r"^(\d+)\.0+$", r"\1", text)  # a number cell saved as text: 1000888.0
    for pattern, prefix, pad in spec().registers[kind]:
        match = pattern.fullmatch(text)
        if match:
            return prefix + match["number"].zfill(pad)
    return None


def organisation_identifier(text: str) -> str:
    """An organisation identifier as matched: trimmed, and in the registered schemes
    (GB-CHC, GB-SC, GB-NIC, GB-COH) the scheme in upper case and the number tidied
    (`gb-coh-1234567` -> `GB-COH-01234567`); others as written."""
    ident = tidy_name(text)
    scheme, _, number = ident.rpartition("-") if ident.count("-") >= 2 else ("", "", "")
    pad = spec().schemes.get(scheme.upper())
    if pad is None or not number:
        return ident
    number = number.replace(" ", "").upper()
    return f"{scheme.upper()}-{number.zfill(pad) if number.isdigit() else number}"


def plain_cell(value: Any) -> str:
    """A cell as text: whole numbers without `.0` (a workbook's charity number 1000888.0)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


# --- a grant's values, as read -------------------------------------------------


def field_properties(values: dict[str, Any], to: str) -> dict[str, Any]:
    """The properties `data/threesixtygiving.yaml` sends to the grant, the recipient
    or the funder; ValueError for a number field that is not a number."""
    props: dict[str, Any] = {}
    for f in spec().fields.values():
        if f.to != to or f.name not in values:
            continue
        value = values[f.name]
        if f.number:
            number = value if isinstance(value, int | float) else typed_cell(plain_cell(value))
            if isinstance(number, bool) or not isinstance(number, int | float):
                raise ValueError(f"{f.title} {value!r} is not a number")
            props[f.as_name] = number
        else:
            props[f.as_name] = plain_cell(value)
    return props


def value_at(node: Any, path: tuple[str, ...]) -> Any:
    """What a JSON grant holds at a field's path (`Field.path`), or None."""
    for part in path:
        if isinstance(node, list) and part.isdigit():
            node = node[int(part)] if int(part) < len(node) else None
        elif isinstance(node, dict):
            node = node.get(part)
        else:
            return None
    return node


def blank(value: Any) -> bool:
    """Whether a cell or value says nothing (None, or only spaces)."""
    return value is None or (isinstance(value, str) and not value.strip())


def required(values: dict[str, Any], name: str) -> Any:
    """A grant's value of field `name`; ValueError naming its column when it has none."""
    value = values.get(name)
    if value is None:
        raise ValueError(f"no {spec().fields[name].title}")
    return value


def text_value(value: Any) -> str | None:
    """A value as trimmed text, None when empty; ValueError for an object, list or
    true/false where text belongs."""
    if value is None:
        return None
    if isinstance(value, dict | list | bool):
        raise ValueError(f"expected text, got {type(value).__name__}")
    return plain_cell(value).strip() or None


def date_text(value: Any) -> Any:
    """A workbook's date cell as ISO text, a number cell (a year) as its digits;
    anything else as given."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return plain_cell(value)
    return value
