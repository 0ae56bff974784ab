"""Score extractions against gold seeds from the command line.

    python -m collabgraph.extract.evaluate PREDICTED_OR_TEXT GOLD.yaml [-v]
    python -m collabgraph.extract.evaluate tests/extract/documents/ [-v]

The functions live in `collabgraph.extract.scoring` (also exported by
`collabgraph.extract`: `evaluate`, `evaluate_dir`, `Scores`).
"""

from __future__ import annotations

from collabgraph.extract.scoring import main

if __name__ == "__main__":
    raise SystemExit(main())
