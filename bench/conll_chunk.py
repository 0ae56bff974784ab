"""Write one rebuilt CoNLL-2003 chunk file from a saved read_file excerpt and check its SHA-256.

The news benchmark's data (bench/conll2003*-manifest.json) is rebuilt by reading
16,000 characters of the source file at each chunk's offset with the code index's
`read_file`. The surest copy is the `text` field's JSON string literal exactly as
the tool prints it (quotes, `\\n` escapes and all), saved to a file and decoded
here, so no tab or line break is retyped by hand.

Usage:
    python bench/conll_chunk.py 72000 chunk.json              # the tuned sample
    python bench/conll_chunk.py 36000 chunk.json --heldout    # the held-out sample
    python bench/conll_chunk.py 72000 chunk.txt --text        # the excerpt as plain text

Keeps the documents wholly inside the chunk (from a -DOCSTART- line, or the start
of the file at offset 0, to the next -DOCSTART- line, or the end of the file),
writes them as `token TAG` lines under bench/data/, and prints `<file>: ok` or
`<file>: DIFFERS`. Exit code 0 only when the digest matches the manifest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SAMPLES = {
    False: (BENCH / "conll2003-manifest.json", BENCH / "data" / "conll2003"),
    True: (BENCH / "conll2003-heldout-manifest.json", BENCH / "data" / "conll2003-heldout"),
}
DOCSTART = "-DOCSTART-"


def whole_documents(excerpt: str, at_start: bool, at_end: bool) -> list[list[list[str]]]:
    """Documents wholly inside `excerpt`, each a list of sentences of `token TAG` lines.

    `at_start` / `at_end`: the excerpt begins / ends the source file, so its first /
    last document counts as whole without a -DOCSTART- line before / after it.
    """
    lines = excerpt.split("\n")
    if not at_end:
        lines = lines[:-1]  # the last line may be cut; a whole document ends before it
    docs: list[list[list[str]]] = []
    current: list[list[str]] | None = [] if at_start else None
    sentence: list[str] = []
    for line in lines:
        fields = line.split()
        if fields and fields[0] == DOCSTART:
            if current is not None:
                if sentence:
                    current.append(sentence)
                docs.append(current)
            current, sentence = [], []
        elif current is None:
            continue
        elif fields:
            sentence.append(f"{fields[0]} {fields[-1]}")
        elif sentence:
            current.append(sentence)
            sentence = []
    if at_end and current is not None:
        if sentence:
            current.append(sentence)
        docs.append(current)
    return [d for d in docs if d]


def conll_text(docs: list[list[list[str]]]) -> str:
    """The file's text: sentences split by a blank line, `-DOCSTART- O` between documents."""
    blocks = ["\n\n".join("\n".join(s) for s in doc) for doc in docs]
    return "\n\n-DOCSTART- O\n\n".join(blocks) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("offset", type=int, help="the chunk's offset in the manifest")
    parser.add_argument("excerpt", type=Path, help="file holding the excerpt")
    parser.add_argument("--text", action="store_true", help="the file is plain text, not JSON")
    parser.add_argument("--heldout", action="store_true", help="a chunk of the held-out sample")
    args = parser.parse_args(argv)
    manifest_path, folder = SAMPLES[args.heldout]
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    chunks = {c["offset"]: c for c in manifest["chunks"]}
    if args.offset not in chunks:
        print(f"no chunk at offset {args.offset} in {manifest_path.name}", file=sys.stderr)
        return 2
    chunk = chunks[args.offset]
    raw = args.excerpt.read_text(encoding="utf-8")
    excerpt = raw if args.text else json.loads(raw)
    total = manifest["source"]["total_chars"]
    # The end is the manifest's (read_file drops the source's "\r", so the excerpt is shorter).
    docs = whole_documents(excerpt, args.offset == 0, args.offset + chunk["chars"] >= total)
    data = conll_text(docs).encode("utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / chunk["file"]).write_bytes(data)
    ok = hashlib.sha256(data).hexdigest() == chunk["sha256"]
    tokens = sum(len(s) for d in docs for s in d)
    print(
        f"{chunk['file']}: {'ok' if ok else 'DIFFERS'} ({len(docs)} documents, {tokens} tokens;"
        f" manifest {chunk['documents']}, {chunk['tokens']})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
