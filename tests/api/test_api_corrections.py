"""Corrections through the API (entities, relations, history, undo, review), on
every backend: writes need the key, unknown names answer 404 with the closest
names, a relation type that does not fit answers 422, and every decision can be
undone."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from collabgraph.api.main import create_app
from tests.api.conftest import WRITE

HENRY = "person:henry-kippin"
HOSTILE = ["<script>alert(1)</script>", "Robert'); MATCH (n) DETACH DELETE n; //", "\"x\" 'y'"]


def relation_of(client, ref: str, rel_type: str) -> dict:
    found = client.get(f"/entities/{quote(ref)}").json()["relations"]
    return next(r for r in found if r["type"] == rel_type)


WRITES = [
    ("patch", "/entities/Henry Kippin", {"description": "x"}),
    ("delete", "/entities/Henry Kippin", None),
    ("post", "/entities/Mel Parks/merge", {"into": "Henry Kippin"}),
    ("post", "/relations", {"source": "Henry Kippin", "type": "MEMBER_OF", "target": "Oldham"}),
    ("patch", "/relations/works_for:0000000000000000", {"role": "x"}),
    ("delete", "/relations/works_for:0000000000000000", None),
    ("post", "/history/decision:1/undo", {}),
    ("post", "/reviews/source:x/accept", {"relations": ["works_for:0"]}),
]  # fmt: skip


@pytest.mark.parametrize(("method", "path", "body"), WRITES)
def test_every_correction_needs_the_key(client, method, path, body):
    before = client.get("/health").json()["counts"]
    kwargs = {"json": body} if body is not None else {}
    answer = client.request(method.upper(), path, **kwargs)
    assert answer.status_code == 401, answer.text
    wrong = client.request(method.upper(), path, headers={"X-API-Key": "nope"}, **kwargs)
    assert wrong.status_code == 401
    assert client.get("/health").json()["counts"] == before
    assert client.get("/history").json() == {"decisions": []}


def test_a_corrected_type_shows_in_the_entity_and_the_history(client):
    answer = client.patch(
        "/entities/Ideas Alliance", json={"type": "Project", "note": "a programme", "who": "Ruth"},
        headers=WRITE,
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    done = answer.json()
    assert done["entity"]["type"] == "Project"
    assert done["decision"]["kind"] == "edit" and done["decision"]["who"] == "Ruth"
    assert client.get("/entities/Ideas Alliance").json()["type"] == "Project"
    [decision] = client.get("/history").json()["decisions"]
    assert decision["note"] == "a programme"
    assert client.get("/history", params={"entity": "Ideas Alliance"}).json()["decisions"]


def test_unknown_names_answer_404_with_the_closest_names(client):
    answer = client.patch("/entities/Henry Kipin", json={"title": "Dr"}, headers=WRITE)
    assert answer.status_code == 404
    assert "Henry Kippin" in answer.json()["suggestions"]
    body = {"source": "Henry Kippin", "type": "MEMBER_OF", "target": "Oldam Council"}
    answer = client.post("/relations", json=body, headers=WRITE)
    assert answer.status_code == 404 and "Oldham Council" in answer.json()["suggestions"]
    assert client.get("/relations/works_for:0000000000000000").status_code == 404
    assert client.post("/history/decision:9/undo", headers=WRITE).status_code == 404
    body = {"relations": ["works_for:0000000000000000"]}
    answer = client.post("/reviews/source:nowhere.txt/accept", json=body, headers=WRITE)
    assert answer.status_code == 404 and answer.json()["error"] == "source_not_found"
    assert client.get("/history").json() == {"decisions": []}


def test_a_relation_type_that_does_not_fit_its_ends_answers_422(client):
    body = {"source": "Oldham Council", "type": "WORKS_FOR", "target": "Henry Kippin"}
    answer = client.post("/relations", json=body, headers=WRITE)
    assert answer.status_code == 422 and answer.json()["error"] == "vocabulary"
    works = relation_of(client, HENRY, "WORKS_FOR")
    answer = client.patch(f"/relations/{works['id']}", json={"type": "AUTHORED"}, headers=WRITE)
    assert answer.status_code == 422
    answer = client.patch(f"/relations/{works['id']}", json={"since": "soon"}, headers=WRITE)
    assert answer.status_code == 422 and answer.json()["error"] == "invalid_edit"
    assert client.get("/history").json() == {"decisions": []}


def test_relations_are_stated_corrected_rejected_and_undone(client):
    body = {"source": "Henry Kippin", "type": "member of", "target": "Oldham Council",
            "role": "Adviser", "since": "2016", "note": "minutes of 3 May"}  # fmt: skip
    stated = client.post("/relations", json=body, headers=WRITE)
    assert stated.status_code == 201, stated.text
    rel = stated.json()["relation"]
    assert rel["sources"] == [stated.json()["decision"]["id"]]
    assert rel["evidence"] == ["minutes of 3 May"] and rel["reviewed"] is True
    fixed = client.patch(f"/relations/{rel['id']}", json={"role": "Senior adviser"}, headers=WRITE)
    assert fixed.status_code == 200, fixed.text
    assert fixed.json()["relation"]["role"] == "Senior adviser"
    new_id = fixed.json()["relation"]["id"]
    gone = client.delete(f"/relations/{new_id}", params={"note": "wrong"}, headers=WRITE)
    assert gone.status_code == 200
    assert new_id not in {r["id"] for r in client.get(f"/entities/{HENRY}").json()["relations"]}
    again = client.delete(f"/relations/{new_id}", headers=WRITE)
    assert again.status_code == 409
    undone = client.post(f"/history/{gone.json()['decision']['id']}/undo", headers=WRITE)
    assert undone.status_code == 200
    assert new_id in {r["id"] for r in client.get(f"/entities/{HENRY}").json()["relations"]}
    twice = client.post(f"/history/{gone.json()['decision']['id']}/undo", headers=WRITE)
    assert twice.status_code == 409


def test_delete_and_merge_are_undone_to_what_the_file_says(client):
    before = client.get("/entities/Mel Parks").json()
    merged = client.post("/entities/Mel Parks/merge", json={"into": "Henry Kippin"}, headers=WRITE)
    assert merged.status_code == 200, merged.text
    assert "Mel Parks" in merged.json()["entity"]["aliases"]
    assert client.get("/entities/person:mel-parks").json()["id"] == HENRY
    client.post(f"/history/{merged.json()['decision']['id']}/undo", headers=WRITE)
    after = client.get("/entities/Mel Parks").json()
    assert after["id"] == "person:mel-parks"
    assert {r["id"] for r in after["relations"]} == {r["id"] for r in before["relations"]}
    deleted = client.delete("/entities/Mel Parks", headers=WRITE)
    assert deleted.status_code == 200 and deleted.json()["entity"] is None
    assert client.get("/entities/Mel Parks").status_code == 404


def test_analysis_answers_follow_corrections_and_their_undoing(client):
    def people() -> dict[str, dict]:
        ranked = client.get("/analysis/centrality", params={"limit": 1000}).json()["nodes"]
        return {n["id"]: n for n in ranked}

    def summary() -> dict:
        return client.get("/analysis/summary").json()

    before, counted = people(), summary()  # answers the cache now holds
    assert HENRY in before
    deleted = client.delete("/entities/Henry Kippin", headers=WRITE)
    assert deleted.status_code == 200, deleted.text
    assert HENRY not in people()
    assert summary()["entities"] == counted["entities"] - 1
    undone = client.post(f"/history/{deleted.json()['decision']['id']}/undo", headers=WRITE)
    assert undone.status_code == 200
    assert people()[HENRY] == before[HENRY]
    assert summary() == counted
    retyped = client.patch("/entities/Henry Kippin", json={"type": "Organisation"}, headers=WRITE)
    assert retyped.status_code == 200, retyped.text
    assert HENRY not in people()  # an organisation now: not in the people network
    orgs = client.get("/analysis/centrality", params={"network": "organisations", "limit": 1000})
    assert HENRY in {n["id"] for n in orgs.json()["nodes"]}


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_strings_are_stored_and_answered_as_text(client, text):
    answer = client.patch(
        "/entities/Henry Kippin", json={"name": text, "description": text, "note": text,
                                        "who": text}, headers=WRITE,
    )  # fmt: skip
    assert answer.status_code == 200, answer.text
    entity = client.get(f"/entities/{HENRY}").json()
    assert (entity["name"], entity["description"]) == (text, text)
    [decision] = client.get("/history").json()["decisions"]
    assert (decision["who"], decision["note"]) == (text, text)
    assert client.get("/health").json()["counts"]["entities"]["Person"] == 8


def test_the_openapi_page_describes_corrections_with_examples(client):
    spec = client.get("/openapi.json").json()
    found = {(m, p) for p, ops in spec["paths"].items() for m in ops}
    assert {
        ("patch", "/entities/{ref}"), ("delete", "/entities/{ref}"), ("post", "/relations"),
        ("patch", "/relations/{rid}"), ("delete", "/relations/{rid}"), ("get", "/history"),
        ("post", "/history/{decision_id}/undo"), ("get", "/reviews/{source}"),
    } <= found  # fmt: skip
    schemas = spec["components"]["schemas"]
    for name in ("EntityPatch", "RelationIn", "RelationPatch", "DecisionOut", "MergeIn"):
        assert schemas[name].get("examples"), name
    for path, method in (("/relations", "post"), ("/entities/{ref}", "patch")):
        op = spec["paths"][path][method]
        assert op["security"] and {"401", "404", "422"} <= set(op["responses"])


FORUM = Path(__file__).resolve().parents[1] / "review" / "forum.txt"


def test_with_text_imports_review_an_uploaded_write_up_waits_until_accepted(api_settings):
    settings = api_settings.model_copy(update={"text_imports": "review"})
    with TestClient(create_app(settings)) as client:

        def relations() -> int:
            return sum(client.get("/health").json()["counts"]["relations"].values())

        before = relations()
        answer = client.post(
            "/imports", files={"file": ("forum.txt", FORUM.read_bytes())}, headers=WRITE
        )
        assert answer.status_code == 200, answer.text
        assert answer.json()["relations"]["added"] == 0
        assert any("wait to be reviewed" in w for w in answer.json()["warnings"])
        assert relations() == before
        [listed] = client.get("/reviews").json()["sources"]
        assert listed["review"] is True and listed["to_review"] == listed["facts"] > 0
        review = client.get(f"/reviews/{quote(listed['id'], safe='')}").json()
        first = review["relations"][-1]  # the surest
        accepted = client.post(
            f"/reviews/{quote(listed['id'], safe='')}/accept",
            json={"relations": [first["id"]], "who": "Ruth"}, headers=WRITE,
        )  # fmt: skip
        assert accepted.status_code == 200, accepted.text
        relation = client.get(f"/relations/{first['id']}").json()
        assert relation["reviewed"] is True and relation["sources"] == [listed["id"]]
        assert relations() == before + 1
