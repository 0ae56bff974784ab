"""POST /imports: the CLI's import over HTTP, behind an API key and a size limit."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from collabgraph.api.main import create_app
from collabgraph.api.routers.imports import upload_name

EVENT = [
    {"type": "Event", "name": "Oldham Leaders Breakfast", "date": "2017-03"},
    {"type": "Person", "name": "Mel Parks"},
]
AT_BREAKFAST = [
    {"from": "Mel Parks", "type": "PARTICIPATED_IN", "to": "Oldham Leaders Breakfast"},
    {"from": "Cllr Stretton", "type": "PARTICIPATED_IN", "to": "Oldham Leaders Breakfast"},
]
HOSTILE = (
    '<script>alert(1)</script> "Bobby" O\'Brien `whoami` MATCH (n) DETACH DELETE n'
    " {id: 1} $param \\ 🎉🏳️‍🌈 café\nsecond line"
)


def test_a_new_seed_file_is_imported_and_queryable(client, upload, make_seed):
    response = upload("breakfast.json", make_seed(EVENT, AT_BREAKFAST))
    assert response.status_code == 200
    report = response.json()
    assert report["path"] == "breakfast.json"
    assert report["status"] == "imported"
    assert report["entities"]["added"] >= 1
    assert report["relations"]["added"] == 2
    jean = client.get("/entities/Jean%20Stretton/collaborators").json()
    mel = next(c for c in jean["collaborators"] if c["name"] == "Mel Parks")
    assert mel["contexts"][0]["via"]["name"] == "Oldham Leaders Breakfast"


def test_uploading_the_same_file_again_changes_nothing(client, upload, make_seed):
    seed = make_seed(EVENT, AT_BREAKFAST)
    assert upload("breakfast.json", seed).json()["status"] == "imported"
    before = client.get("/health").json()["counts"]
    again = upload("breakfast.json", seed).json()
    assert again["status"] == "unchanged"
    assert client.get("/health").json()["counts"] == before


def test_a_changed_file_replaces_what_it_said_before(client, upload, make_seed):
    upload("breakfast.json", make_seed(EVENT, AT_BREAKFAST))
    changed = upload("breakfast.json", make_seed(EVENT, AT_BREAKFAST[:1])).json()
    assert changed["status"] == "imported"
    assert changed["relations"]["removed"] == 1
    jean = client.get("/entities/Jean%20Stretton/collaborators").json()
    assert "Mel Parks" not in {c["name"] for c in jean["collaborators"]}


def test_a_dry_run_reports_and_writes_nothing(client, upload, make_seed):
    before = client.get("/health").json()["counts"]
    report = upload("breakfast.json", make_seed(EVENT, AT_BREAKFAST), dry_run=True).json()
    assert report["status"] == "would import"
    assert report["relations"]["added"] == 2
    assert client.get("/health").json()["counts"] == before


def test_a_broken_file_is_422_with_file_and_line_and_imports_nothing(client, upload):
    before = client.get("/health").json()["counts"]
    broken = (
        "entities:\n  - {type: Persn, name: X}\nrelations:\n  - {from: X, type: KNOWS, to: Y}\n"
    )
    response = upload("broken.yaml", broken)
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "seed_invalid"
    assert body["file"] == "broken.yaml"
    assert any(p.startswith("broken.yaml:2:") and "Persn" in p for p in body["problems"])
    assert any(p.startswith("broken.yaml:4:") and "KNOWS" in p for p in body["problems"])
    assert body["report"]["status"] == "failed"
    assert client.get("/health").json()["counts"] == before


def test_a_broken_version_keeps_the_previous_upload(client, upload, make_seed, api_settings):
    upload("breakfast.json", make_seed(EVENT, AT_BREAKFAST))
    stored = api_settings.data_dir / "uploads" / "breakfast.json"
    kept = stored.read_bytes()
    assert upload("breakfast.json", "{not json").status_code == 422
    assert stored.read_bytes() == kept
    assert upload("breakfast.json", kept).json()["status"] == "unchanged"


def test_an_unsupported_file_type_is_422(client, upload):
    response = upload("notes.exe", "MZ")
    assert response.status_code == 422
    assert "unsupported file type" in response.json()["problems"][0]


def test_writes_need_the_api_key(client, upload, make_seed, api_key):
    seed = make_seed(EVENT)
    assert upload("a.json", seed, headers={}).status_code == 401
    assert upload("a.json", seed, headers={"X-API-Key": api_key + "x"}).status_code == 401
    assert upload("a.json", seed, headers={"X-API-Key": api_key[:-1]}).status_code == 401
    assert upload("a.json", seed, headers={"X-API-Key": ""}).status_code == 401
    assert client.get("/entities/Oldham%20Leaders%20Breakfast").status_code == 404


def test_writes_are_forbidden_when_no_key_is_configured(seeded_settings, make_seed, api_key):
    read_only = seeded_settings.model_copy(update={"api_key": None})
    with TestClient(create_app(read_only)) as client:
        files = {"file": ("a.json", make_seed(EVENT))}
        response = client.post("/imports", files=files, headers={"X-API-Key": api_key})
        assert response.status_code == 403
        assert client.get("/health").status_code == 200


def test_a_file_over_the_limit_is_413(client, upload, api_settings):
    response = upload("big.yaml", "#" * (api_settings.max_upload_bytes + 1))
    assert response.status_code == 413


def test_a_file_of_exactly_the_limit_is_imported(client, upload, make_seed, api_settings):
    seed = make_seed(EVENT).encode()
    padded = seed + b" " * (api_settings.max_upload_bytes - len(seed))
    response = upload("big.json", padded)
    assert response.status_code == 200
    assert response.json()["status"] == "imported"


def test_a_body_far_over_the_limit_is_413_before_it_is_read(client, upload, api_settings):
    response = upload("huge.yaml", "#" * (api_settings.max_upload_bytes * 4))
    assert response.status_code == 413


def test_a_declared_content_length_over_the_limit_is_413(client, api_key, api_settings):
    response = client.post(
        "/imports",
        content=b"x" * 10,
        headers={
            "X-API-Key": api_key,
            "Content-Type": "multipart/form-data; boundary=b",
            "Content-Length": str(api_settings.max_upload_bytes * 4),
        },
    )
    assert response.status_code == 413


def test_a_hostile_name_comes_back_byte_for_byte(client, upload, make_seed):
    entities = [
        {"type": "Person", "name": HOSTILE, "description": HOSTILE},
        {"type": "Organisation", "name": "Robert'); DROP TABLE entities;--"},
    ]
    relations = [
        {
            "from": HOSTILE,
            "type": "WORKS_FOR",
            "to": "Robert'); DROP TABLE entities;--",
            "role": HOSTILE,
            "evidence": HOSTILE,
        }
    ]
    before = client.get("/health").json()["counts"]
    assert upload("hostile.json", make_seed(entities, relations)).status_code == 200

    found = client.get("/entities", params={"q": "<script>"}).json()["items"]
    assert [e["name"] for e in found] == [HOSTILE]
    person = found[0]
    assert person["description"] == HOSTILE
    assert client.get(f"/entities/{quote(person['id'])}").json()["name"] == HOSTILE
    by_name = client.get("/entities/" + quote(HOSTILE, safe=""))
    assert by_name.status_code == 200
    assert by_name.json()["id"] == person["id"]
    around = client.get(f"/entities/{quote(person['id'])}/neighbourhood").json()
    [relation] = around["relations"]
    assert relation["role"] == HOSTILE
    assert relation["evidence"] == [HOSTILE]
    # Nothing in the name ran as a query: everything that was there is still there.
    after = client.get("/health").json()["counts"]
    assert sum(after["entities"].values()) == sum(before["entities"].values()) + 2
    assert client.get("/entities/Henry%20Kippin").status_code == 200


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("new-event.yaml", "new-event.yaml"),
        ("../../etc/passwd.yaml", "passwd.yaml"),
        ("C:\\Users\\me\\Desktop\\board list.csv", "board-list.csv"),
        (".hidden.yaml", "hidden.yaml"),
        ("café notes.md", "café-notes.md"),
    ],
)
def test_upload_names_stay_inside_the_uploads_folder(given, kept):
    assert upload_name(given) == kept


@pytest.mark.parametrize("given", ["", None, "../", "..."])
def test_an_upload_without_a_usable_name_is_refused(given):
    from fastapi import HTTPException

    with pytest.raises(HTTPException) as refused:
        upload_name(given)
    assert refused.value.status_code == 400


THREESIXTYGIVING = Path(__file__).resolve().parents[1] / "data" / "threesixtygiving"


def test_a_360giving_file_is_detected_and_each_grant_shown(client, upload):
    """POST /imports reads a funder's 360Giving file as it reads any seed file."""
    indigo = (THREESIXTYGIVING / "indigo-trust-slice.csv").read_bytes()
    report = upload("indigo.csv", indigo).json()
    assert (report["status"], report["relations"]["added"]) == ("imported", 21)
    kids_vip = client.get("/entities/Kids VIP").json()
    assert "GB-CHC-1031291" in kids_vip["external_ids"]
    grants = sorted(
        (r["date"], r["external_id"], r["properties"]["amount"])
        for r in kids_vip["relations"]
        if r["type"] == "FUNDED"
    )
    assert grants == [
        ("2002-03-25", "360G-indigotrust:IND5", 20000),
        ("2002-11-12", "360G-indigotrust:IND16", 50000),
        ("2004-06-04", "360G-indigotrust:IND24", 50000),
    ]
    bad = indigo.replace(b",20000,,25/03/2002", b",twenty,,25/03/2002")
    refused = upload("indigo-2.csv", bad)
    assert refused.status_code == 422
    assert refused.json()["report"]["errors"] == ["indigo-2.csv:6: amount 'twenty' is not a number"]
