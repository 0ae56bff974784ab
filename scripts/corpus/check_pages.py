"""Check a rebuilt corpus: each page's text against the digest it was scored with.

The page texts (`corpus/pages/<id>.txt`) are other people's words and stay out of
git, so every new checkout rebuilds them by hand from the search tool (see
`corpus/REBUILD.md`). `corpus/page-digests.txt` keeps, for each page, the SHA-256
of the text the gold was checked against, so a rebuild can be proved faithful
page by page.

The digest is taken over the text with its front matter, with line ends stripped
of trailing spaces and blank lines at either end dropped, so a copy that differs
only in invisible whitespace still matches.

Usage:
    python scripts/corpus/check_pages.py            # every page: ok, differs or missing
    python scripts/corpus/check_pages.py -v         # and gold names the text lacks
    python scripts/corpus/check_pages.py --write    # record the digests (new pages only)

Exit code: 0 when every page with a recorded digest matches, 1 otherwise.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import unicodedata
from pathlib import Path

import yaml

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
DIGESTS = "page-digests.txt"


def page_digest(text: str) -> str:
    """SHA-256 (hex) of a page's text, trailing spaces and outer blank lines ignored."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    return hashlib.sha256("\n".join(lines).strip("\n").encode("utf-8")).hexdigest()


def read_digests(corpus: Path) -> dict[str, str]:
    """Page id -> recorded digest, from `corpus/page-digests.txt` (`<id> <sha256>` lines)."""
    path = corpus / DIGESTS
    if not path.exists():
        return {}
    pairs = (line.split() for line in path.read_text(encoding="utf-8").splitlines())
    return {p[0]: p[1] for p in pairs if len(p) == 2 and not p[0].startswith("#")}


def _folded(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"\s+", " ", text.translate(str.maketrans("‘’“”", "''\"\"")))


def absent_names(corpus: Path, page_id: str, text: str) -> list[str]:
    """Gold entity names that do not occur in the text, case and spacing ignored."""
    gold = yaml.safe_load((corpus / "gold" / f"{page_id}.gold.yaml").read_text("utf-8")) or {}
    body = _folded(text)
    return [e["name"] for e in gold.get("entities") or () if _folded(e["name"]) not in body]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list absent gold names")
    parser.add_argument("--write", action="store_true", help="record digests of new pages")
    args = parser.parse_args(argv)
    manifest = yaml.safe_load((args.corpus / "manifest.yaml").read_text("utf-8")) or []
    recorded = read_digests(args.corpus)
    bad = 0
    new: dict[str, str] = {}
    for entry in manifest:
        page_id = entry["id"]
        path = args.corpus / "pages" / f"{page_id}.txt"
        if not path.is_file():
            print(f"{page_id}: missing")
            bad += page_id in recorded
            continue
        text = path.read_text(encoding="utf-8")
        digest = page_digest(text)
        if not text.startswith(f"---\nurl: {entry['url']}\n---\n"):
            print(f"{page_id}: front matter must be '---', 'url: {entry['url']}', '---'")
            bad += 1
        if page_id not in recorded:
            new[page_id] = digest
            status = "new (no digest recorded)"
        elif recorded[page_id] == digest:
            status = "ok"
        else:
            status = "DIFFERS from the recorded text"
            bad += 1
        absent = absent_names(args.corpus, page_id, text) if args.verbose else []
        print(f"{page_id}: {status}" + (f"; gold names absent: {absent}" if absent else ""))
    if args.write and new:
        with (args.corpus / DIGESTS).open("a", encoding="utf-8") as out:
            out.writelines(f"{k} {v}\n" for k, v in new.items())
        print(f"recorded {len(new)} digests in {args.corpus / DIGESTS}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
