"""Input a user might feed the extractor by mistake, and what they should see."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from collabgraph.extract import (
    MAX_CHARS,
    extract_bytes,
    extract_file,
    extract_file_with_warnings,
    read_text_seed,
)


def test_bytes_that_are_not_utf8_are_replaced_with_a_warning(tmp_path: Path):
    path = tmp_path / "latin1.txt"
    path.write_bytes(
        "Jane Doe, Chief Executive of Bramble Works, opened the caf\xe9 event.".encode("latin-1")
    )
    text, _meta, warnings = read_text_seed(path)
    assert "\ufffd" in text
    assert any("UTF-8" in w for w in warnings)
    seed, warnings = extract_file_with_warnings(path)
    assert warnings
    assert any(r["type"] == "WORKS_FOR" for r in seed["relations"])


def test_extract_bytes_warns_too():
    seed, warnings = extract_bytes(b"Hello \xff\xfe world from Bramble Works.", path="x.txt")
    assert warnings and isinstance(seed["entities"], list)


def test_an_empty_file_gives_an_empty_seed(tmp_path: Path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    seed, warnings = extract_file_with_warnings(path)
    assert seed["entities"] == [] and seed["relations"] == []
    assert seed["source"]["title"] == "empty"
    assert any("no text" in w for w in warnings)


def test_html_scripts_and_styles_are_never_read_or_stored(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>News</title><style>p::after{content:'Styled Person'}</style>"
        "<script>document.write('<p>Script Person of Injected Trust</p>')</script></head>"
        "<body><p>Jane Doe, Director of Bramble Works, spoke.</p>"
        "<script>var evil = 'Evil Name Foundation';</script><noscript>Noscript Org Ltd</noscript>"
        "</body></html>",
        encoding="utf-8",
    )
    text, meta, _ = read_text_seed(path)
    assert meta["title"] == "News"
    for hidden in ("Script Person", "Injected Trust", "Evil Name", "Styled Person", "Noscript"):
        assert hidden not in text
    seed = extract_file(path)
    dumped = repr(seed)
    assert "Evil Name" not in dumped and "Script Person" not in dumped
    assert any(e["name"] == "Bramble Works" for e in seed["entities"])


def test_a_10_mb_file_is_read_up_to_the_limit_in_bounded_memory(tmp_path: Path):
    paragraph = (
        "Jane Doe, Chief Executive of Bramble Works, spoke at the Harvest Conference in Leeds. "
        "The conference was hosted by the Riverside Trust and funded by the Oak Foundation.\n\n"
    )
    path = tmp_path / "big.txt"
    path.write_text(paragraph * (10_000_000 // len(paragraph)), encoding="utf-8")
    assert path.stat().st_size > 9_000_000
    tracemalloc.start()
    seed, warnings = extract_file_with_warnings(path)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # Bounded time is bounded work: the reader stops at MAX_CHARS and says so. How long
    # that takes is measured in bench/bench_robustness.py, not asserted here.
    assert any(f"{MAX_CHARS:,}" in w for w in warnings)
    assert peak < 1_500_000_000
    assert any(e["name"] == "Bramble Works" for e in seed["entities"])


def test_front_matter_gives_the_source(tmp_path: Path):
    path = tmp_path / "post.md"
    path.write_text(
        "---\ntitle: A day out\nauthor: Jane Doe\ndate: 2021-03-04\nurl: https://example.org/x\n---\n"
        "Today I attended the Harvest Conference in Leeds.\n",
        encoding="utf-8",
    )
    seed = extract_file(path)
    assert seed["source"] == {
        "title": "A day out",
        "author": "Jane Doe",
        "published": "2021-03-04",
        "url": "https://example.org/x",
    }
    assert any(
        r["from"] == "Jane Doe" and r["type"] == "PARTICIPATED_IN" for r in seed["relations"]
    )


def test_bad_front_matter_is_reported_not_fatal(tmp_path: Path):
    path = tmp_path / "bad.md"
    path.write_text(
        "---\ntitle: [unclosed\n---\nJane Doe works at Bramble Works.\n", encoding="utf-8"
    )
    _text, meta, warnings = read_text_seed(path)
    assert meta == {} and any("front matter" in w for w in warnings)
