"""PDF reports, Word files and web pages import with their people, organisations and
relations, on every backend; pages come from a local HTTP server, never the internet."""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import docx
import pytest

from collabgraph.errors import SeedError
from collabgraph.importer import import_paths
from collabgraph.ingest import web
from collabgraph.ingest.web import check_address, fetch
from tests.pages_server import PAGES, pdf_report

MINUTES_PARAGRAPHS = [
    "Joan Feld, Chair of Westerly Carers Alliance, welcomed everyone to the meeting.",
    "Omar Haddad, Commissioning Manager at Westerly City Council, spoke at the Westerly"
    " Carers Assembly about short breaks for carers.",
    "Westerly Carers Alliance is working in partnership with Westerly City Council on a"
    " new carers' strategy.",
]


def word_minutes(path: Path) -> Path:
    document = docx.Document()
    document.core_properties.title = "Minutes of the Westerly Carers Assembly"
    document.core_properties.author = "Lena Brook"
    document.core_properties.created = dt.datetime(2024, 6, 20, 10, 0)
    document.add_heading("Minutes of the Westerly Carers Assembly", level=1)
    for paragraph in MINUTES_PARAGRAPHS:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Present"
    table.rows[0].cells[1].text = "Joan Feld, Omar Haddad"
    document.save(str(path))
    return path


def relation_set(store) -> set[tuple[str, str, str]]:
    subgraph = store.subgraph()
    names = {e.id: e.name for e in subgraph.entities}
    return {(names[r.source], r.type, names[r.target]) for r in subgraph.relations}


def source(store, ident: str) -> dict:
    return next(s for s in store.list_sources() if s["id"] == ident)


def test_a_pdf_report_imports_with_its_people_and_relations(store, in_tmp_cwd):
    path = pdf_report(in_tmp_cwd / "report.pdf")
    [report] = import_paths(store, [path])
    assert report.status == "imported", report.errors
    relations = relation_set(store)
    assert ("Hannah Okafor", "WORKS_FOR", "Millbrook Food Network") in relations
    assert ("Daniel Reyes", "WORKS_FOR", "Millbrook Borough Council") in relations
    assert {r[1] for r in relations} >= {"PARTNER_OF"}
    info = source(store, "source:report.pdf")
    assert (info["title"], info["author"], info["published"]) == (
        "Millbrook Food Network annual report 2023",
        "Ruth Abernethy",
        "2024-02-01",
    )


def test_a_word_file_imports_with_its_people_and_relations(store, in_tmp_cwd):
    path = word_minutes(in_tmp_cwd / "minutes.docx")
    [report] = import_paths(store, [path])
    assert report.status == "imported", report.errors
    relations = relation_set(store)
    # A chair of a charity sits on its board: MEMBER_OF (role chair), as in corpus/GOLD.md.
    assert ("Joan Feld", "MEMBER_OF", "Westerly Carers Alliance") in relations
    assert ("Omar Haddad", "WORKS_FOR", "Westerly City Council") in relations
    assert ("Westerly Carers Alliance", "PARTNER_OF", "Westerly City Council") in relations or (
        "Westerly City Council",
        "PARTNER_OF",
        "Westerly Carers Alliance",
    ) in relations
    info = source(store, "source:minutes.docx")
    assert (info["author"], info["published"]) == ("Lena Brook", "2024-06-20")


def test_a_broken_pdf_or_docx_is_refused_with_its_name(store, in_tmp_cwd):
    (in_tmp_cwd / "broken.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\n1 0 obj <<>>\nendobj\n")
    (in_tmp_cwd / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    reports = import_paths(store, [in_tmp_cwd / "broken.pdf", in_tmp_cwd / "broken.docx"])
    errors = {Path(r.path).name: (r.status, r.errors[0]) for r in reports}
    assert errors["broken.pdf"][0] == errors["broken.docx"][0] == "failed"
    assert "broken.pdf: not a readable PDF" in errors["broken.pdf"][1]
    assert "broken.docx: not a Word .docx file" in errors["broken.docx"][1]
    assert store.stats().to_dict()["sources"] == 0


def local_fetch(url: str):
    return fetch(url, max_bytes=1_000_000, timeout=10, allow_private=True)


def test_a_saved_web_page_imports_with_title_author_and_date(store, pages):
    url = pages.url("/harbourside-forum.html")
    [report] = import_paths(store, [url], fetcher=local_fetch)
    assert report.status == "imported", report.errors
    relations = relation_set(store)
    assert ("Priya Sandhu", "WORKS_FOR", "Harbourside Community Trust") in relations
    assert ("Gareth Mwangi", "WORKS_FOR", "Eastbay Council") in relations
    names = {e.name for e in store.subgraph().entities}
    assert not {"Home", "Donate", "Cookie settings"} & names  # menus and footers are not text
    info = source(store, f"source:{url}")
    assert (info["title"], info["author"], info["published"], info["url"]) == (
        "Eastbay Housing Forum brings tenants and council together",
        "Tamsin Oduya",
        "2024-05-14",
        url,
    )
    [again] = import_paths(store, [url], fetcher=local_fetch)
    assert again.status == "unchanged"


def test_a_pdf_and_a_redirect_by_address(store, pages):
    reports = import_paths(
        store, [pages.url("/report.pdf"), pages.url("/moved")], fetcher=local_fetch
    )
    assert [r.status for r in reports] == ["imported", "imported"], [r.errors for r in reports]
    relations = relation_set(store)
    assert ("Hannah Okafor", "WORKS_FOR", "Millbrook Food Network") in relations
    assert ("Priya Sandhu", "WORKS_FOR", "Harbourside Community Trust") in relations


@pytest.mark.parametrize(
    ("path", "max_bytes", "message"),
    [
        ("/no-such-page.html", 1_000_000, "the server answered 404"),
        ("/picture.png", 1_000_000, "holds image/png"),
        ("/harbourside-forum.html", 500, "larger than"),
    ],
)
def test_addresses_that_give_no_page_are_refused_with_the_reason(pages, path, max_bytes, message):
    with pytest.raises(SeedError) as caught:
        from collabgraph.ingest import parse_fetched

        parse_fetched(fetch(pages.url(path), max_bytes=max_bytes, allow_private=True))
    assert message in str(caught.value)
    assert pages.url(path) in str(caught.value)


def test_an_address_that_does_not_answer_is_a_failed_file_not_a_crash(store):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    [report] = import_paths(store, [f"http://127.0.0.1:{port}/page"], fetcher=local_fetch)
    assert report.status == "failed"
    assert "no answer" in report.errors[0]


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.9", "192.168.1.20", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "::1", "fe80::1", "fd00::5", "::ffff:127.0.0.1", "224.0.0.1",
    ],
)  # fmt: skip
def test_inside_addresses_are_refused(address):
    assert check_address(address) is not None


def test_public_addresses_are_allowed():
    assert check_address("93.184.215.14") is None
    assert check_address("2a00:1450:4009:81d::200e") is None


def test_without_permission_loopback_and_local_names_are_never_contacted(pages):
    for url in (
        pages.url("/harbourside-forum.html"),
        pages.url("/x").replace("127.0.0.1", "localhost"),
    ):
        with pytest.raises(SeedError, match="only public"):
            fetch(url, max_bytes=1_000_000, allow_private=False)
    with pytest.raises(SeedError, match="only http"):
        fetch("file:///etc/passwd", max_bytes=1_000_000, allow_private=False)
    assert pages.hits == []


def test_every_redirect_hop_is_checked(pages, monkeypatch):
    # Stand in for a public server: 127.0.0.1 passes the check, nothing else changes.
    real = web.check_address
    monkeypatch.setattr(web, "check_address", lambda a: None if a == "127.0.0.1" else real(a))
    with pytest.raises(SeedError, match=r"127\.0\.0\.2 is a loopback address"):
        fetch(pages.url("/to-inside"), max_bytes=1_000_000, allow_private=False)
    assert pages.hits == ["/to-inside"]
    fetched = fetch(pages.url("/moved"), max_bytes=1_000_000, allow_private=False)
    assert fetched.final_url.endswith("/harbourside-forum.html")
    assert b"Eastbay Housing Forum" in fetched.data


def test_page_text_keeps_only_the_article():
    from collabgraph.ingest.documents import page_text

    text = page_text("http://x/", (PAGES / "harbourside-forum.html").read_bytes())
    assert text.text.startswith("# Eastbay Housing Forum")
    assert "Privacy policy" not in text.text and "Donate" not in text.text
