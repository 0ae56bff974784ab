"""Seed file uploads and addresses: the same import as `collabgraph import`, one per request.

An upload is kept under `<data_dir>/uploads/<its name>` and imported from
there, so a source's id and path are stable: uploading the same file again
changes nothing, and a changed file with the same name replaces what it said
before, exactly as re-importing a file from `seeds/` does. A refused file
leaves the previous upload of that name in place.

An address (`url`) is fetched by the server, which refuses addresses on
loopback, private and link-local networks unless COLLABGRAPH_FETCH_PRIVATE_URLS
is set, so the API cannot be used to reach inside the server's network.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Annotated

from fastapi import APIRouter, File, Form, HTTPException, Query, UploadFile, status
from fastapi.responses import JSONResponse

from collabgraph.api.deps import SettingsDep, StoreDep, WriteAccess
from collabgraph.api.import_schemas import FileReportOut, ImportRefusedOut
from collabgraph.api.schemas import UNAVAILABLE, ErrorOut
from collabgraph.errors import StoreBusy
from collabgraph.importer import FileReport, import_paths
from collabgraph.ingest.web import SCHEMES, fetch, is_url
from collabgraph.settings import Settings
from collabgraph.store import GraphStore

router = APIRouter(tags=["imports"])

UPLOADS_FOLDER = "uploads"
MAX_NAME_LENGTH = 120
# Room for the multipart envelope around a file of the largest allowed size.
MULTIPART_OVERHEAD = 64 * 1024

# One upload at a time: two uploads of one name must not overwrite each other's file.
_upload_lock = threading.Lock()


def body_limit(settings: Settings) -> int:
    """The request body size beyond which an upload is refused (413) before it is read."""
    return settings.max_upload_bytes + MULTIPART_OVERHEAD


def upload_name(filename: str | None) -> str:
    """A safe file name for an upload: its last path part, odd characters replaced.

    Raises HTTPException 400 when nothing usable is left.
    """
    name = PurePosixPath((filename or "").replace("\\", "/")).name
    # The end of a long name is kept: it has the extension that says how to read the file.
    name = re.sub(r"[^\w.\-]+", "-", name)[-MAX_NAME_LENGTH:].lstrip(".-")
    if not name:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, "the upload needs a file name, such as new-event.yaml"
        )
    return name


def import_upload(
    store: GraphStore, settings: Settings, name: str, data: bytes, *, dry_run: bool = False
) -> FileReport:
    """Import one uploaded seed file through `import_paths`; the report names the upload."""
    folder = settings.data_dir / UPLOADS_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with _turn(settings):
        previous = path.read_bytes() if path.is_file() else None
        path.write_bytes(data)
        keep = False
        try:
            [report] = import_paths(
                store, [path], dry_run=dry_run, max_bytes=settings.max_seed_bytes,
                review=settings.text_imports == "review",
            )  # fmt: skip
            keep = report.status in ("imported", "unchanged")
        finally:
            if not keep:
                _restore(path, previous)
    return _named(report, stored=str(path), name=name)


def import_url(
    store: GraphStore, settings: Settings, url: str, *, dry_run: bool = False
) -> FileReport:
    """Fetch an http(s) address (public addresses only, unless the settings allow
    others) and import it through `import_paths`. Raises HTTPException 400 for
    anything that is not an http(s) address."""
    if not is_url(url) or url.split(":", 1)[0].lower() not in SCHEMES:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, "url must be an http:// or https:// address"
        )

    def fetcher(address: str):
        return fetch(
            address, max_bytes=settings.max_seed_bytes, timeout=settings.fetch_timeout,
            allow_private=settings.fetch_private_urls,
        )  # fmt: skip

    [report] = import_paths(
        store, [url], dry_run=dry_run, max_bytes=settings.max_seed_bytes, fetcher=fetcher,
        review=settings.text_imports == "review",
    )  # fmt: skip
    return report


@contextmanager
def _turn(settings: Settings) -> Iterator[None]:
    """This upload's turn, waited for at most COLLABGRAPH_BUSY_TIMEOUT seconds
    (StoreBusy, a 503 with Retry-After, after that)."""
    if not _upload_lock.acquire(timeout=settings.busy_timeout):
        raise StoreBusy(
            f"another upload has been importing for over {settings.busy_timeout:g} s;"
            " try again in a moment"
        )
    try:
        yield
    finally:
        _upload_lock.release()


def _restore(path: Path, previous: bytes | None) -> None:
    if previous is None:
        path.unlink(missing_ok=True)
    else:
        path.write_bytes(previous)


def _named(report: FileReport, *, stored: str, name: str) -> FileReport:
    """The report with the upload's name where the stored file's path was."""
    report.path = name
    report.errors = [e.replace(stored, name) for e in report.errors]
    report.warnings = [w.replace(stored, name) for w in report.warnings]
    return report


@router.post(
    "/imports",
    response_model=FileReportOut,
    dependencies=[WriteAccess],
    responses={
        400: {
            "model": ErrorOut,
            "description": "No usable file name; neither or both of file and url; a url"
            " that is not http(s).",
        },
        401: {"description": "Missing or wrong X-API-Key."},
        403: {"description": "Writes are disabled: no API key is configured."},
        413: {"description": "Upload larger than COLLABGRAPH_MAX_UPLOAD_BYTES."},
        422: {"model": ImportRefusedOut, "description": "The file was refused; nothing imported."},
        **UNAVAILABLE,
    },
)
def create_import(
    store: StoreDep,
    settings: SettingsDep,
    file: Annotated[
        UploadFile | None,
        File(
            description="A seed file: YAML/JSON, a Kumu table (CSV or TSV in any common"
            " encoding, an Excel .xlsx workbook, a JSON blueprint), a text write-up, a PDF"
            " or Word .docx document, or a GraphML/GEXF/node-link JSON graph."
        ),
    ] = None,
    url: Annotated[
        str | None,
        Form(
            description="Instead of a file: the http(s) address of a web page or document"
            " for the server to fetch (public addresses only, unless"
            " COLLABGRAPH_FETCH_PRIVATE_URLS is set)."
        ),
    ] = None,
    dry_run: Annotated[bool, Query(description="Report what would change; write nothing.")] = False,
):
    """Import one seed file, or the page or document at one address, validated
    exactly as `collabgraph import` does.

    One transaction: a file with any error imports nothing, and the answer (422)
    lists each problem with file and line; an address that is refused or does not
    answer is a 422 too. Importing unchanged content again answers `unchanged`.
    While another upload or import holds the store longer than
    COLLABGRAPH_BUSY_TIMEOUT seconds the answer is 503 with Retry-After.
    Needs the `X-API-Key` header.
    """
    if (file is None) == (url is None):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "send either a file or a url")
    if url is not None:
        report = import_url(store, settings, url.strip(), dry_run=dry_run)
        return _answer(report, url.strip())
    name = upload_name(file.filename)
    data = file.file.read(settings.max_upload_bytes + 1)
    if len(data) > settings.max_upload_bytes:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"uploads are limited to {settings.max_upload_bytes} bytes",
        )
    report = import_upload(store, settings, name, data, dry_run=dry_run)
    return _answer(report, name)


def _answer(report: FileReport, name: str):
    if report.status in ("failed", "skipped"):
        problems = report.errors or report.warnings
        refused = {
            "error": "seed_invalid" if report.status == "failed" else "seed_skipped",
            "detail": f"{name}: {len(problems)} problem(s); nothing was imported",
            "file": name,
            "problems": problems,
            "report": report.to_dict(),
        }
        return JSONResponse(refused, status_code=status.HTTP_422_UNPROCESSABLE_CONTENT)
    return report.to_dict()
