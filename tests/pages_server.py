"""A local HTTP server of saved pages for import tests: never the internet."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
from pathlib import Path

import pytest
from fpdf import FPDF

PAGES = Path(__file__).parent / "ingest" / "pages"

REPORT_PARAGRAPHS = [
    "Annual report of the Millbrook Food Network, 2023",
    "Hannah Okafor, Coordinator of Millbrook Food Network, led the work on the new"
    " community pantry this year.",
    "Daniel Reyes, Head of Communities at Millbrook Borough Council, spoke at the"
    " Millbrook Food Summit about the council's support for local food projects.",
    "Millbrook Food Network is working in partnership with Millbrook Borough Council on a"
    " shared referral scheme for families in crisis.",
]


def pdf_report(path: Path) -> Path:
    pdf = FPDF()
    pdf.set_title("Millbrook Food Network annual report 2023")
    pdf.set_author("Ruth Abernethy")
    pdf.set_creation_date(dt.datetime(2024, 2, 1, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for paragraph in REPORT_PARAGRAPHS:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(4)
    pdf.output(str(path))
    return path


class _Pages(http.server.SimpleHTTPRequestHandler):
    """Serves tests/ingest/pages, plus a few answers a real server may give."""

    hits: list[str]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(PAGES), **kwargs)

    def do_GET(self):
        self.server.hits.append(self.path)
        if self.path == "/moved":
            self._redirect("/harbourside-forum.html")
        elif self.path == "/to-inside":
            port = self.server.server_address[1]
            self._redirect(f"http://127.0.0.2:{port}/harbourside-forum.html")
        elif self.path == "/picture.png":
            self._send(b"\x89PNG\r\n\x1a\n", "image/png")
        elif self.path == "/report.pdf":
            self._send(self.server.pdf, "application/pdf")
        else:
            super().do_GET()

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send(self, body: bytes, media: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:  # keep test output quiet
        pass


@pytest.fixture
def pages(tmp_path):
    """A local HTTP server of saved pages on 127.0.0.1; `pages.url(path)`, `pages.hits`."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.hits = []
    server.pdf = pdf_report(tmp_path / "served.pdf").read_bytes()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.url = lambda path: f"http://127.0.0.1:{server.server_address[1]}{path}"
    yield server
    server.shutdown()
    server.server_close()
