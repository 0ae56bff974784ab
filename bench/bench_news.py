"""Benchmark: person and organisation names on Reuters news, `extract` beside bare spaCy.

Data: whole documents of the CoNLL-2003 English test set (eng.testb, Reuters
news of December 1996, tagged PER/ORG/LOC/MISC by hand; Tjong Kim Sang and De
Meulder, CoNLL 2003), kept out of git under bench/data/conll2003/ and rebuilt
as bench/conll2003-manifest.json says. Each document's text is rebuilt from its
tokens; per document, the set of unique (type, name) pairs for persons and
organisations is scored against the gold PER and ORG names, for
`collabgraph.extract` (Person and Organisation names and aliases) and for bare
spaCy `nlp.pipe` (PERSON and ORG entities) on the same texts, with the time of
each. Counts are micro-averaged over documents.

`--heldout` scores the held-out sample instead: documents from 12 other chunks
of the same file, which nobody tunes the extractor on (bench/data/conll2003-heldout/,
rebuilt as bench/conll2003-heldout-manifest.json says).

    python bench/bench_news.py
    python bench/bench_news.py --rounds 5 --out bench/results/news.md
    python bench/bench_news.py --heldout --rounds 5
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DATA = ROOT / "bench" / "data" / "conll2003"
MANIFEST = ROOT / "bench" / "conll2003-manifest.json"
HELDOUT_DATA = ROOT / "bench" / "data" / "conll2003-heldout"
HELDOUT_MANIFEST = ROOT / "bench" / "conll2003-heldout-manifest.json"
TYPES = ("PER", "ORG")
SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG"}
EXTRACT_TYPES = {"Person": "PER", "Organisation": "ORG"}
DOCSTART = "-DOCSTART-"

# Detokenisation of the Penn-style tokens: what glues to the token before / after.
_NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "}", "%", "...", "'", "n't"}
_NO_SPACE_BEFORE |= {"'s", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$"}

Sentence = list[tuple[str, str]]  # (token, NER tag)


@dataclass
class Document:
    """A news document rebuilt as text, with its gold entities as character spans."""

    text: str
    entities: list[tuple[str, int, int]]  # (type, start, end), end exclusive
    tokens: int

    def gold(self) -> set[tuple[str, str]]:
        """Unique (type, normalised name) pairs of the scored types."""
        return {
            (kind, normalise(self.text[start:end]))
            for kind, start, end in self.entities
            if kind in TYPES
        }


# ------------------------------------------------------------------ reading


def read_conll(text: str) -> list[list[Sentence]]:
    """Documents of a CoNLL file: lines `token ... TAG` (the last column is the NER
    tag), a blank line between sentences, `-DOCSTART-` between documents."""
    docs: list[list[Sentence]] = [[]]
    sentence: Sentence = []
    for line in [*text.splitlines(), ""]:
        fields = line.split()
        if fields and fields[0] != DOCSTART:
            sentence.append((fields[0], fields[-1]))
            continue
        if sentence:
            docs[-1].append(sentence)
            sentence = []
        if fields and docs[-1]:
            docs.append([])
    return [d for d in docs if d]


def entity_spans(sentence: Sentence) -> list[tuple[str, int, int]]:
    """(type, first token, last token + 1) of each entity, IOB1 or IOB2 tags."""
    spans: list[tuple[str, int, int]] = []
    for i, (_, tag) in enumerate(sentence):
        if tag == "O":
            continue
        prefix, kind = tag.split("-", 1)
        if prefix == "I" and spans and spans[-1][0] == kind and spans[-1][2] == i:
            spans[-1] = (kind, spans[-1][1], i + 1)
        else:
            spans.append((kind, i, i + 1))
    return spans


def detokenise(sentences: list[list[str]]) -> tuple[str, list[list[tuple[int, int]]]]:
    """Text from tokens, one paragraph per sentence, with each token's (start, end).

    No space before closing punctuation, clitics and possessives, none after
    opening brackets and `$`; straight double quotes alternate open and close
    through the document.
    """
    out: list[str] = []
    offsets: list[list[tuple[int, int]]] = []
    pos = 0
    quote_open = False
    for n, tokens in enumerate(sentences):
        if n:
            out.append("\n\n")
            pos += 2
        glue = True
        spans = []
        for token in tokens:
            if token == '"':
                space = not glue and not quote_open
                quote_open = not quote_open
                glue_next = quote_open
            else:
                space = not glue and token.lower() not in _NO_SPACE_BEFORE
                glue_next = token in _NO_SPACE_AFTER
            if space:
                out.append(" ")
                pos += 1
            spans.append((pos, pos + len(token)))
            out.append(token)
            pos += len(token)
            glue = glue_next
        offsets.append(spans)
    return "".join(out), offsets


def build_document(sentences: list[Sentence]) -> Document:
    """The document's text and its gold entities as character spans of that text."""
    text, offsets = detokenise([[tok for tok, _ in s] for s in sentences])
    entities = [
        (kind, spans[first][0], spans[last - 1][1])
        for sentence, spans in zip(sentences, offsets, strict=True)
        for kind, first, last in entity_spans(sentence)
    ]
    return Document(text, entities, sum(len(s) for s in sentences))


def load_documents(folder: Path, manifest: Path = MANIFEST) -> list[Document]:
    """Every document of every `*.conll` file in `folder`, files in name order.

    Raises FileNotFoundError when there is none.
    """
    paths = sorted(folder.glob("*.conll"))
    if not paths:
        raise FileNotFoundError(
            f"no *.conll files in {folder}: rebuild them as {manifest.name} says"
        )
    return [build_document(doc) for p in paths for doc in read_conll(p.read_text(encoding="utf-8"))]


def check_manifest(folder: Path, manifest: Path = MANIFEST) -> list[str]:
    """Files that differ from the manifest's SHA-256 (a rebuild that went astray)."""
    if not manifest.exists():
        return [f"{manifest.name} missing"]
    chunks = json.loads(manifest.read_text(encoding="utf-8"))["chunks"]
    problems = []
    for chunk in chunks:
        path = folder / chunk["file"]
        if not path.exists():
            problems.append(f"{chunk['file']} missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != chunk["sha256"]:
            problems.append(f"{chunk['file']} differs from the manifest")
    return problems


# ------------------------------------------------------------------ scoring


def normalise(name: str) -> str:
    """A name compared case- and space-insensitively, without a leading "the" or a
    possessive ('s, or ' after s)."""
    key = " ".join(name.replace("’", "'").split()).casefold()
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s"):
        key = key[:-2]
    elif key.endswith("s'"):
        key = key[:-1]
    return key.strip()


def count(predicted: set[tuple[str, str]], gold: set[tuple[str, str]]) -> Counter:
    """Counter of tp/fp/fn per type and in total, for one document's name sets."""
    c: Counter = Counter()
    for kind in TYPES:
        p = {n for t, n in predicted if t == kind}
        g = {n for t, n in gold if t == kind}
        c[kind, "tp"] += len(p & g)
        c[kind, "fp"] += len(p - g)
        c[kind, "fn"] += len(g - p)
    for what in ("tp", "fp", "fn"):
        c["all", what] = sum(c[kind, what] for kind in TYPES)
    return c


def prf(c: Counter, kind: str) -> tuple[float, float, float]:
    """Precision, recall and F1 of one type ("all" for both) from summed counts."""
    tp, fp, fn = c[kind, "tp"], c[kind, "fp"], c[kind, "fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------ the systems


def spacy_names(doc) -> set[tuple[str, str]]:
    return {(SPACY_TYPES[e.label_], normalise(e.text)) for e in doc.ents if e.label_ in SPACY_TYPES}


def extract_names(seed: dict) -> set[tuple[str, str]]:
    return {
        (EXTRACT_TYPES[e["type"]], normalise(name))
        for e in seed["entities"]
        if e["type"] in EXTRACT_TYPES
        for name in (e["name"], *e.get("aliases", ()))
    }


def run(docs: list[Document], rounds: int) -> dict:
    from collabgraph.extract import extract_text, load_nlp
    from collabgraph.extract.nlp_model import model_only

    nlp = load_nlp()
    texts = [d.text for d in docs]
    list(nlp.pipe(texts[:3]))  # warm up
    extract_text(texts[0], path="news.txt")
    times: dict[str, list[float]] = {"bare": [], "extract": []}
    found: dict[str, list[set]] = {}
    for n in range(rounds):
        order = ("bare", "extract") if n % 2 == 0 else ("extract", "bare")
        for system in order:
            started = time.perf_counter()
            if system == "bare":
                with model_only(nlp):
                    names = [spacy_names(doc) for doc in nlp.pipe(texts)]
            else:
                names = [extract_names(extract_text(t, path="news.txt")) for t in texts]
            times[system].append(time.perf_counter() - started)
            found.setdefault(system, names)
    counts = {}
    for system, names in found.items():
        c: Counter = Counter()
        for doc, predicted in zip(docs, names, strict=True):
            c += count(predicted, doc.gold())
        counts[system] = c
    return {
        "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        "counts": counts,
        "seconds": {s: statistics.median(t) for s, t in times.items()},
        "rounds": rounds,
    }


# ------------------------------------------------------------------ report


def report(docs: list[Document], result: dict, sample: str = "eng.testb") -> str:
    mentions = Counter(kind for d in docs for kind, _, _ in d.entities)
    gold_names = Counter(kind for d in docs for kind, _ in d.gold())
    names = {"bare": f"bare spaCy {result['model']}", "extract": "collabgraph extract"}
    lines = [
        f"CoNLL-2003 English test set ({sample}): {len(docs)} documents, "
        f"{sum(d.tokens for d in docs):,} tokens, {sum(len(d.text) for d in docs):,} "
        f"characters; {sum(mentions.values()):,} gold entity mentions "
        f"({', '.join(f'{k} {mentions[k]}' for k in ('PER', 'ORG', 'LOC', 'MISC'))}); "
        f"scored: {sum(gold_names.values())} (type, name) pairs, unique within each "
        f"document (PER {gold_names['PER']}, ORG {gold_names['ORG']}).",
        "",
        "| system | type | correct | predicted | gold | P | R | F1 |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for system in ("bare", "extract"):
        c = result["counts"][system]
        for kind in (*TYPES, "all"):
            tp, fp, fn = c[kind, "tp"], c[kind, "fp"], c[kind, "fn"]
            p, r, f = prf(c, kind)
            label = f"**{f:.3f}**" if kind == "all" else f"{f:.3f}"
            lines.append(
                f"| {names[system]} | {kind} | {tp} | {tp + fp} | {tp + fn} "
                f"| {p:.3f} | {r:.3f} | {label} |"
            )
    bare, full = result["seconds"]["bare"], result["seconds"]["extract"]
    lines += [
        "",
        f"| system | seconds (median of {result['rounds']}) | docs/s | speed vs bare |",
        "|---|---:|---:|---:|",
        f"| {names['bare']} `nlp.pipe` | {bare:.2f} | {len(docs) / bare:.1f} | 1.00x |",
        f"| {names['extract']} `extract_text` | {full:.2f} | {len(docs) / full:.1f} "
        f"| {bare / full:.2f}x |",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.splitlines()[0],
        epilog="examples: python bench/bench_news.py --rounds 3 --out bench/results/news.md;"
        " python bench/bench_news.py --heldout --rounds 3",
    )
    parser.add_argument(
        "--data", type=Path, help=f"folder of *.conll files (default {DATA.relative_to(ROOT)})"
    )
    parser.add_argument(
        "--heldout",
        action="store_true",
        help=f"the held-out sample nobody tunes on: {HELDOUT_DATA.relative_to(ROOT)}, "
        f"checked against {HELDOUT_MANIFEST.name}",
    )
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds (median reported)")
    parser.add_argument("--out", type=Path, help="also write the Markdown tables to this file")
    args = parser.parse_args()
    folder, manifest = (HELDOUT_DATA, HELDOUT_MANIFEST) if args.heldout else (DATA, MANIFEST)
    data = args.data or folder
    try:
        docs = load_documents(data, manifest)
    except FileNotFoundError as e:
        print(f"bench_news: {e}", file=sys.stderr)
        # `make bench` runs every benchmark: without the (rebuildable, unshipped) data
        # this one says so and steps aside; asked for other data, it fails.
        return 0 if data == DATA and not args.heldout else 2
    if data == folder:
        for problem in check_manifest(data, manifest):
            print(f"bench_news: warning: {problem}", file=sys.stderr)
    sample = "eng.testb, held-out sample" if args.heldout and data == folder else "eng.testb"
    text = report(docs, run(docs, max(1, args.rounds)), sample)
    print(text, end="")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
