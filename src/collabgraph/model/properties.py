"""Extra properties of entities and relations: their names, their types, one rule for both stores.

A seed file's extra columns (an elements table's `Website`, a grants table's
`Amount`, `Currency`, `Title`) and `properties:` keys are kept, on entities
and relations alike:

- names are kept as written, trimmed (a table's headers in lower case, as
  they always were: `Amount Awarded` -> `amount awarded`);
- a name that is one of the built-in fields (`id`, `name`, `type`, `date`,
  `sources`, ...) is a property like any other: `Entity.properties["name"]` is
  never the entity's name. A store that keeps properties beside the built-in
  fields (Neo4j: on the node) stores such a name, and any name starting with
  `property_`, as `property_<name>` (`stored_name`) and reads it back as
  written (`read_name`): one rule, the same answers on both stores;
- a table cell that is a number is stored as one (`1200`, `-3.5`, `1,200,000`);
  digits with a leading zero (`01234`, a company number) stay text;
- `amount` must be a number (a currency sign before it, `£5,000`, gives the
  `currency` when none is given) and `currency` is an ISO 4217 code (`GBP`).
"""

from __future__ import annotations

import re
from typing import Any

ENTITY_FIELDS = frozenset(
    {"id", "type", "name", "aliases", "title", "description", "date", "properties",
     "sources", "keys", "names", "merged_names", "external_ids", "label", "unreviewed"}
)  # fmt: skip
RELATION_FIELDS = frozenset(
    {"id", "type", "source", "target", "from", "to", "role", "since", "until", "date",
     "confidence", "sources", "evidence", "external_id", "said", "properties", "unreviewed"}
)  # fmt: skip
RESERVED_PREFIX = "property_"

_NUMBER_RE = re.compile(r"[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
_LEADING_ZERO_RE = re.compile(r"[-+]?0\d")
_CURRENCY_SIGNS = {"£": "GBP", "€": "EUR", "$": "USD"}
_CURRENCY_RE = re.compile(r"[A-Z]{3}")

Scalar = str | int | float | bool


def property_name(raw: str) -> str:
    """A property's name: as written, trimmed. Raises ValueError when that is empty."""
    name = raw.strip()
    if not name:
        raise ValueError("a property needs a name")
    return name


def stored_name(name: str, reserved: frozenset[str]) -> str:
    """The name a property is stored under beside built-in fields (`reserved`):
    `property_<name>` for a built-in name or one starting `property_`."""
    if name in reserved or name.startswith(RESERVED_PREFIX):
        return RESERVED_PREFIX + name
    return name


def read_name(stored: str) -> str:
    """The inverse of `stored_name`."""
    return stored[len(RESERVED_PREFIX) :] if stored.startswith(RESERVED_PREFIX) else stored


def typed_cell(text: str) -> Scalar:
    """A table cell as stored: an int or float when it is a number, else the text."""
    if _NUMBER_RE.fullmatch(text) and not _LEADING_ZERO_RE.match(text):
        plain = text.replace(",", "")
        return float(plain) if "." in plain else int(plain)
    return text


def check_value(name: str, value: Any) -> Scalar:
    """A property value as stored: text, a number or true/false (ValueError otherwise)."""
    if isinstance(value, bool | int | float | str):
        return value
    raise ValueError(f"property {name!r} must be text, a number or true/false")


def amount_and_currency(
    amount: Scalar | None, currency: Scalar | None
) -> tuple[int | float | None, str | None]:
    """A relation's `amount` as a number and `currency` as an ISO 4217 code.

    `£5,000` gives (5000, "GBP") when no currency is given. Raises ValueError
    for an amount that is not a number, an unknown code, or a sign that
    contradicts the currency given.
    """
    code = str(currency).strip().upper() if currency not in (None, "") else None
    if code is not None and not _CURRENCY_RE.fullmatch(code):
        raise ValueError(f"currency {currency!r} is not a three-letter ISO 4217 code (GBP)")
    if amount in (None, ""):
        return None, code
    if isinstance(amount, bool):
        raise ValueError("amount must be a number")
    if isinstance(amount, int | float):
        return amount, code
    text = str(amount).strip().replace(" ", "")
    sign = _CURRENCY_SIGNS.get(text[:1])
    if sign:
        text = text[1:]
        if code not in (None, sign):
            raise ValueError(f"amount {amount!r} is in {sign}, but the currency says {code}")
        code = sign
    number = typed_cell(text)
    if not isinstance(number, int | float):
        raise ValueError(f"amount {amount!r} is not a number")
    return number, code
