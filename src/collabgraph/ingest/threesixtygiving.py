"""360Giving grants files: each grant is one FUNDED relation from funder to recipient.

The 360Giving Data Standard (https://standard.threesixtygiving.org) is how UK
funders publish their grants: a spreadsheet, one row per grant under column
titles such as `Amount Awarded` and `Recipient Org:Charity Number` (CSV, or
XLSX through `collabgraph.ingest.workbook`), or a JSON package
`{"grants": [...]}`. The fields read, and where each goes, are data
(`data/threesixtygiving.yaml`).

Each grant becomes a FUNDED relation from its funding organisation to its
recipient organisation, identified by the grant's `Identifier` (forty grants
from one funder to one recipient are forty relations), with `date` the award
date, `since`/`until` the planned start and end dates, and properties
`amount` (a number), `currency` (ISO 4217), `title`, `description`,
`programme`, ... Organisations keep their identifiers: the file's own
(`GB-CHC-1000888`, `360G-funder:org-12`) and, from a charity or company number,
the org-id.guide one (`GB-CHC-`, `GB-SC-`, `GB-NIC-`, `GB-COH-`); two files
that give one charity number name one organisation, whatever they call it.
Grants to individuals (`Recipient Ind:Identifier`) are skipped with a warning:
FUNDED runs to organisations, and the standard publishes no names for people.

A grant without an identifier, an award date, an amount, a currency, a funder
or a recipient, or with one that cannot be read, refuses the whole file, each
such row (line, or a JSON grant's number and id) named.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from collabgraph.errors import SeedError, SeedProblem
from collabgraph.ingest.document import EntityDecl, RelationDecl, SeedDocument, _date, _name
from collabgraph.ingest.grant_fields import (
    blank,
    date_text,
    field_properties,
    header_fields,
    organisation_identifier,
    plain_cell,
    registered_identifier,
    required,
    spec,
    text_value,
    value_at,
)
from collabgraph.model.names import full_key
from collabgraph.model.properties import amount_and_currency
from collabgraph.model.text import tidy_name

ORGANISATION = "Organisation"


def parse_grants_csv(text: str, *, path: str) -> SeedDocument:
    """Read a 360Giving grants table from CSV text (see the module docstring).

    Raises SeedError naming each bad row's line.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, [])

    def rows() -> Iterable[tuple[int, list[str]]]:
        for row in reader:
            yield reader.line_num, row

    return parse_grants_rows(header, rows(), path=path)


def parse_grants_rows(
    header: Sequence[Any], rows: Iterable[tuple[int, Sequence[Any]]], *, path: str
) -> SeedDocument:
    """Read a 360Giving grants table: its header row and (line, cells) rows.

    Raises SeedError naming each bad row's line.
    """
    reader = GrantsReader(path)
    reader.read_table(header, rows)
    return reader.document()


def parse_grants_package(tree: dict[str, Any], text: str, *, path: str) -> SeedDocument:
    """Read a 360Giving JSON package (`{"grants": [...], "publisher": {...}, ...}`);
    `text` is the file's text, for line numbers. The package's title, publisher,
    date and address become the source's. Raises SeedError naming each bad grant."""
    reader = GrantsReader(path)
    reader.read_package(tree, text)
    return reader.document()


class GrantsReader:
    """The grants of one file, read into a SeedDocument: one organisation per set
    of identifiers (or, without any, per full name), one FUNDED relation per grant.
    A workbook's sheets of grants are read into one reader."""

    def __init__(self, path: str):
        self.doc = SeedDocument(path=path, kind="table")
        self.where = ""  # what each problem starts with ("sheet 'Grants': ")
        self.problems: list[SeedProblem] = []
        self.orgs: dict[str, EntityDecl] = {}  # an identifier or full name -> its organisation
        self.names: dict[int, dict[str, int | None]] = {}  # id(decl) -> {name: first line}
        self.grant_lines: dict[str, int | None] = {}
        self.individuals: list[int | None] = []

    def read_table(
        self, header: Sequence[Any], rows: Iterable[tuple[int, Sequence[Any]]], *, where: str = ""
    ) -> None:
        """Read a table's rows: (line, cells), cells as text or as a workbook gives
        them (numbers, dates); `where` starts each problem's message."""
        self.where = where
        columns = header_fields(header)
        missing = [f for f in spec().detect if f not in columns.values()]
        if missing:
            titles = ", ".join(spec().fields[f].title for f in missing)
            self.problem(1, f"not a 360Giving grants table: no {titles} column")
            return
        for line, cells in rows:
            values = {
                name: cells[i]
                for i, name in columns.items()
                if i < len(cells) and not blank(cells[i])
            }
            if values:
                self.add(values, line)

    def read_package(self, tree: dict[str, Any], text: str) -> None:
        """Read a JSON package's grants; `text` is the file's, for line numbers."""
        self.doc.source.update(_package_source(tree))
        fields = spec().fields.values()
        at, at_line = 0, 1  # the last grant id found in the text, and its line
        for n, grant in enumerate(tree["grants"], start=1):
            line = None
            gid = grant.get("id") if isinstance(grant, dict) else None
            if isinstance(gid, str) and gid:
                found = text.find(json.dumps(gid, ensure_ascii=False), at)
                if found >= 0:
                    at_line += text.count("\n", at, found)
                    line, at = at_line, found
            if not isinstance(grant, dict):
                self.problem(line, f"grant {n}: expected an object, got {type(grant).__name__}")
                continue
            values = {f.name: v for f in fields if not blank(v := value_at(grant, f.path))}
            label = f"grant {n}" + (f" ({gid!r})" if gid else "")
            for key in ("fundingOrganization", "recipientOrganization"):
                if isinstance(grant.get(key), list) and len(grant[key]) > 1:
                    self.doc.warnings.append(
                        f"line {line}: {label} gives {len(grant[key])} {key}s: the first read"
                    )
            self.add(values, line, label=label)

    def problem(self, line: int | None, message: str) -> None:
        self.problems.append(SeedProblem(self.doc.path, line, self.where + message))

    def add(self, values: dict[str, Any], line: int | None, label: str = "") -> None:
        try:
            self._add(values, line)
        except ValueError as exc:
            self.problem(line, f"{label}: {exc}" if label else str(exc))

    def _add(self, values: dict[str, Any], line: int | None) -> None:
        fields = spec().fields
        grant_id = text_value(values.get("grant_id"))
        if not grant_id:
            raise ValueError(f"no grant {fields['grant_id'].title}")
        grant_id = tidy_name(grant_id)
        if grant_id in self.grant_lines:
            first = self.grant_lines[grant_id]
            raise ValueError(
                f"grant {grant_id!r} is given twice{f' (line {first})' if first else ''}:"
                " a grant's Identifier is its own"
            )
        self.grant_lines[grant_id] = line
        award = _date(date_text(required(values, "award_date")))
        amount, currency = amount_and_currency(
            required(values, "amount"), text_value(values.get("currency"))
        )
        if currency is None:
            raise ValueError(f"no {fields['currency'].title} for the amount {amount}")
        since = _date(date_text(values.get("start_date")))
        until = _date(date_text(values.get("end_date")))
        funder = self._organisation("funder", values, line)
        if not (values.get("recipient_name") or values.get("recipient_id")):
            if values.get("recipient_individual_id"):
                self.individuals.append(line)
                return
            raise ValueError(
                f"no recipient: {fields['recipient_name'].title} and"
                f" {fields['recipient_id'].title} are empty"
            )
        recipient = self._organisation("recipient", values, line)
        props: dict[str, Any] = {"amount": amount, "currency": currency}
        props.update(field_properties(values, "grant"))
        self.doc.relations.append(
            RelationDecl(
                type="FUNDED",
                source=funder,
                target=recipient,
                source_type=ORGANISATION,
                target_type=ORGANISATION,
                date=award,
                since=since,
                until=until,
                line=line,
                external_id=grant_id,
                properties=props,
            )
        )

    def _organisation(self, role: str, values: dict[str, Any], line: int | None) -> str:
        """The funder's or recipient's declaration (found or made); returns what the
        relation names it by: its first identifier, else its name."""
        fields = spec().fields
        ids: list[str] = []
        given = text_value(values.get(f"{role}_id"))
        if given and tidy_name(given):
            ids.append(organisation_identifier(given))
        props = field_properties(values, role)
        for kind in ("charity_number", "company_number"):
            number = values.get(f"{role}_{kind}")
            if number is None:
                continue
            props[kind] = plain_cell(number)
            ident = registered_identifier(kind, number)
            if ident is None:
                self.doc.warnings.append(
                    f"line {line}: {fields[f'{role}_{kind}'].title} {plain_cell(number)!r} is not a"
                    f" registered {kind.replace('_', ' ')}: kept as a property, not an identifier"
                )
            elif ident not in ids:
                ids.append(ident)
        name = text_value(values.get(f"{role}_name"))
        if not name and not ids:
            raise ValueError(
                f"no {role}: {fields[f'{role}_name'].title} and {fields[f'{role}_id'].title}"
                " are empty"
            )
        found = self._find(ids, name)
        if not name:
            if found is None:
                raise ValueError(f"the {role} {ids[0]!r} has no {fields[f'{role}_name'].title}")
            name = found.name
        name = _name(name)
        if found is None:
            found = EntityDecl(
                type=ORGANISATION,
                name=name,
                line=line,
                properties=props,
                external_id=ids[0] if ids else None,
                identifiers=ids[1:],
            )
            self.doc.entities.append(found)
            self.names[id(found)] = {name: line}
        else:
            for key, value in props.items():
                found.properties.setdefault(key, value)
            self.names[id(found)].setdefault(name, line)
            if name != found.name and name not in found.aliases:
                found.aliases.append(name)
            for ident in ids:
                if ident != found.external_id and ident not in found.identifiers:
                    if found.external_id is None:
                        found.external_id = ident
                    else:
                        found.identifiers.append(ident)
        for ident in ids:
            self.orgs[ident] = found
        if not ids:
            self.orgs.setdefault(full_key(name, ORGANISATION), found)
        return found.external_id or found.name

    def _find(self, ids: list[str], name: str | None) -> EntityDecl | None:
        """The organisation an earlier row declared with one of these identifiers
        (rows joining two of them make them one), else, without identifiers, by name."""
        found = list({id(d): d for i in ids if (d := self.orgs.get(i)) is not None}.values())
        if not found:
            if ids or not name:
                return None
            decl = self.orgs.get(full_key(name, ORGANISATION))
            return decl if decl is not None and decl.external_id is None else None
        keep, *others = found
        for other in others:  # one row gives identifiers of two organisations
            self.doc.entities.remove(other)
            for alias in [other.name, *other.aliases]:
                if alias != keep.name and alias not in keep.aliases:
                    keep.aliases.append(alias)
            for ident in [other.external_id, *other.identifiers]:
                if ident and ident != keep.external_id and ident not in keep.identifiers:
                    keep.identifiers.append(ident)
                    self.orgs[ident] = keep
            for key, value in other.properties.items():
                keep.properties.setdefault(key, value)
            for n, first in self.names.pop(id(other)).items():
                self.names[id(keep)].setdefault(n, first)
        return keep

    def document(self) -> SeedDocument:
        if self.problems:
            raise SeedError(self.problems)
        for decl in self.doc.entities:
            names = self.names[id(decl)]
            if len(names) > 1:
                said = "; ".join(
                    f"{n!r}" + (f" (line {first})" if first else "") for n, first in names.items()
                )
                self.doc.warnings.append(
                    f"line {decl.line}: one organisation ({decl.external_id}) is named {said}:"
                    f" kept as {decl.name!r}, the other names as aliases (its identifiers match)"
                )
        if self.individuals:
            lines = ", ".join(str(n) for n in self.individuals[:10] if n)
            more = ", ..." if len(self.individuals) > 10 else ""
            self.doc.warnings.append(
                f"{len(self.individuals)} grant(s) to individuals skipped"
                + (
                    f" (line{'s' if len(self.individuals) > 1 else ''} {lines}{more})"
                    if lines
                    else ""
                )
                + ": FUNDED runs to organisations, and 360Giving publishes no names of people"
            )
        return self.doc


def _package_source(tree: dict[str, Any]) -> dict[str, str]:
    """A package's title, publisher, date and address, as the source's."""
    source: dict[str, str] = {}
    publisher = tree.get("publisher")
    for key, value in (
        ("title", tree.get("title")),
        ("author", publisher.get("name") if isinstance(publisher, dict) else None),
        ("url", tree.get("accessURL") or tree.get("downloadURL")),
    ):
        if isinstance(value, str) and value.strip():
            source[key] = value.strip()
    for key in ("modified", "issued"):
        value = tree.get(key)
        if isinstance(value, str):
            try:
                source["published"] = _date(value)
                break
            except ValueError:
                continue
    return source
