"""The limits every seed file is read within, so that no file can exhaust
memory, time or the stack, whatever it holds.

Each is far above what a hand-written or exported seed needs, and each is
enforced where the file is read, with an error naming file and line.
"""

from __future__ import annotations

# Nesting of YAML and JSON collections. A seed nests four levels (file,
# entities, entity, aliases); Python's recursion limit (1,000) is the danger.
MAX_DEPTH = 64

# YAML aliases may add at most as much as the file itself holds (counted as if
# each alias were written out in full), or this many characters in a small file.
# "Billion laughs" files need thousands of times their size.
ALIAS_EXPANSION_FLOOR = 1_000_000

# One CSV cell: the csv module's own default field limit (128 KiB).
MAX_CELL_CHARS = 131_072

# Columns of a CSV table, and properties of one entity in a YAML/JSON seed:
# each becomes a property in the store (Kumu tables have a few dozen).
MAX_COLUMNS = 500
MAX_PROPERTIES = MAX_COLUMNS
