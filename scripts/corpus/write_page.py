"""Write one rebuilt page text from a search excerpt and check it against its recorded digest.

A rebuild copies each page's excerpt from the search tool's `pages` corpus (see
`corpus/REBUILD.md`). The surest copy is the excerpt's JSON string literal exactly
as the tool prints it (quotes, `\\n` escapes and all), saved to a file and decoded
here, so no line break or curly quote is retyped by hand.

Usage:
    python scripts/corpus/write_page.py <id> excerpt.json         # a JSON string literal
    python scripts/corpus/write_page.py <id> excerpt.txt --text   # the excerpt as plain text

Writes `corpus/pages/<id>.txt` (front matter with the manifest's url, a blank line,
the excerpt) and prints `<id>: ok`, `<id>: new (no digest recorded)` or
`<id>: DIFFERS; gold names absent: [...]`. Exit code 0 unless the id is unknown
or the copy differs from its recorded digest.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml
from check_pages import CORPUS, absent_names, page_digest, read_digests


def page_text(url: str, excerpt: str) -> str:
    """The page file's text: front matter naming `url`, a blank line, the excerpt."""
    text = f"---\nurl: {url}\n---\n\n{excerpt}"
    return text if text.endswith("\n") else text + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("id", help="the page's manifest id")
    parser.add_argument("excerpt", type=Path, help="file holding the excerpt")
    parser.add_argument("--text", action="store_true", help="the file is plain text, not JSON")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    raw = args.excerpt.read_text(encoding="utf-8")
    excerpt = raw if args.text else json.loads(raw.strip())
    manifest = yaml.safe_load((args.corpus / "manifest.yaml").read_text("utf-8")) or []
    entry = next((e for e in manifest if e["id"] == args.id), None)
    if entry is None:
        print(f"{args.id}: not in {args.corpus / 'manifest.yaml'}", file=sys.stderr)
        return 1
    text = page_text(entry["url"], excerpt)
    (args.corpus / "pages").mkdir(exist_ok=True)
    (args.corpus / "pages" / f"{args.id}.txt").write_text(text, encoding="utf-8")
    recorded = read_digests(args.corpus).get(args.id)
    if recorded is None:
        print(f"{args.id}: new (no digest recorded)")
        return 0
    if recorded == page_digest(text):
        print(f"{args.id}: ok")
        return 0
    print(f"{args.id}: DIFFERS; gold names absent: {absent_names(args.corpus, args.id, text)}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
