"""Entities: search, lookup by id, name or alias, collaborators, neighbourhood."""

from __future__ import annotations

from urllib.parse import quote


def names(items: list[dict]) -> list[str]:
    return [item["name"] for item in items]


def test_search_finds_names_containing_the_query(client):
    page = client.get("/entities", params={"q": "anna"}).json()
    assert {"Anna Eaton", "Anna Randle"} <= set(names(page["items"]))
    assert page["next_offset"] is None


def test_search_filters_by_type_in_any_case(client):
    items = client.get("/entities", params={"type": "organisation", "limit": 50}).json()["items"]
    assert "Collaborate CIC" in names(items)
    assert {item["type"] for item in items} == {"Organisation"}


def test_pages_follow_each_other_without_gaps(client):
    everything = names(client.get("/entities", params={"limit": 100}).json()["items"])
    first = client.get("/entities", params={"limit": 5}).json()
    second = client.get("/entities", params={"limit": 5, "offset": first["next_offset"]}).json()
    assert first["next_offset"] == 5
    assert names(first["items"]) + names(second["items"]) == everything[:10]


def test_a_page_larger_than_the_configured_maximum_is_refused(client):
    response = client.get("/entities", params={"limit": 100000})
    assert response.status_code == 422
    body = response.json()
    assert body["error"] == "invalid_request"
    assert body["problems"][0].startswith("query.limit: Input should be less than or equal to")


def test_nonsense_paging_and_unknown_types_are_refused(client):
    assert client.get("/entities", params={"limit": 0}).status_code == 422
    assert client.get("/entities", params={"offset": -1}).status_code == 422
    huge = client.get("/entities", params={"offset": 2**63})  # was a 500 on Neo4j
    assert huge.status_code == 422
    assert huge.json()["problems"][0].startswith("query.offset:")
    response = client.get("/entities", params={"type": "Robot"})
    assert response.status_code == 422
    assert "Person" in response.json()["detail"]


def test_an_alias_finds_the_entity(client):
    response = client.get("/entities/Cllr%20Stretton")
    assert response.status_code == 200
    jean = response.json()
    assert jean["name"] == "Jean Stretton"
    assert "Cllr Stretton" in jean["aliases"]
    assert client.get(f"/entities/{jean['id']}").json() == jean
    assert client.get("/entities/jean%20stretton").json()["id"] == jean["id"]


def test_a_misspelt_name_is_404_with_the_closest_names(client):
    response = client.get("/entities/Henry%20Kipin")
    assert response.status_code == 404
    body = response.json()
    assert body["error"] == "entity_not_found"
    assert "Henry Kippin" in body["suggestions"]


def test_a_name_fitting_two_entities_is_409_with_both(client, upload, make_seed):
    upload("city.json", make_seed([{"type": "Organisation", "name": "Birmingham"}]))
    response = client.get("/entities/Birmingham")
    assert response.status_code == 409
    body = response.json()
    assert body["error"] == "ambiguous_name"
    assert len(body["candidates"]) == 2
    types = {client.get(f"/entities/{quote(c)}").json()["type"] for c in body["candidates"]}
    assert types == {"Place", "Organisation"}


def test_collaborators_say_through_what_they_work_together(client):
    body = client.get("/entities/Henry%20Kippin/collaborators").json()
    assert body["entity"]["name"] == "Henry Kippin"
    assert [a["name"] for a in body["affiliations"]] == ["Collaborate CIC"]
    assert {c["type"] for c in body["collaborators"]} == {"Person"}
    anna = next(c for c in body["collaborators"] if c["name"] == "Anna Randle")
    via = {ctx["via"]["name"]: ctx for ctx in anna["contexts"] if ctx["via"]}
    assert {"Collaborate CIC", "Launch of Building Collaborative Places"} <= set(via)
    assert anna["weight"] == len(anna["contexts"])
    at_work = via["Collaborate CIC"]
    assert [(r["type"], r["role"]) for r in at_work["own"]] == [("WORKS_FOR", "Chief Executive")]
    assert [r["role"] for r in at_work["other"]] == ["Director of Public Services"]
    sentences = [e["text"] for r in at_work["other"] for e in r["evidence"]]
    assert sentences and all("Anna Randle" in s for s in sentences)
    assert [r["role"] for r in via["Launch of Building Collaborative Places"]["other"]] == [
        "panellist"
    ]
    names = [c["name"] for c in body["collaborators"]]
    assert len(names) == len(set(names))


def test_an_organisation_works_with_organisations(client):
    body = client.get("/entities/Collaborate/collaborators").json()
    assert body["collaborators"] and {c["type"] for c in body["collaborators"]} == {"Organisation"}
    assert {"Henry Kippin", "Anna Randle"} <= {a["name"] for a in body["affiliations"]}


def test_collaborators_of_an_event_is_422(client):
    response = client.get("/entities/Launch%20of%20Building%20Collaborative%20Places/collaborators")
    assert response.status_code == 422
    assert "people or organisations" in response.json()["detail"]


def test_a_window_ending_before_it_starts_is_422(client):
    params = {"since": "2023", "until": "2022"}
    response = client.get("/entities/Henry%20Kippin/collaborators", params=params)
    assert response.status_code == 422
    assert response.json()["error"] == "bad_window"
    assert (
        client.get("/entities/Henry%20Kippin/collaborators", params={"since": "22"}).status_code
        == 422
    )


def test_collaborators_of_an_unknown_name_is_404(client):
    response = client.get("/entities/Nobody%20Atall/collaborators")
    assert response.status_code == 404
    assert response.json()["error"] == "entity_not_found"


def test_neighbourhood_grows_with_depth(client):
    one = client.get("/entities/Henry%20Kippin/neighbourhood").json()
    assert one["centre"]["name"] == "Henry Kippin"
    assert {"Henry Kippin", "Collaborate CIC", "Launch of Building Collaborative Places"} <= set(
        names(one["entities"])
    )
    assert "Jean Stretton" not in names(one["entities"])
    two = client.get("/entities/Henry%20Kippin/neighbourhood", params={"depth": 2}).json()
    assert "Jean Stretton" in names(two["entities"])
    ids = {e["id"] for e in two["entities"]}
    assert all(r["source"] in ids and r["target"] in ids for r in two["relations"])


def test_neighbourhood_depth_is_one_to_three(client):
    for depth in (0, 4):
        response = client.get("/entities/Henry%20Kippin/neighbourhood", params={"depth": depth})
        assert response.status_code == 422


GRANTS = "From,To,Type,From_type,To_type,ID,Amount,Currency,Date,Title\n" + "".join(
    f"Northfield Community Foundation,Kirkby Men's Shed,FUNDED,,,G-{i:03d},{1000 + i},GBP,"
    f"2019-{1 + i % 12:02d},Grant {i}\n"
    for i in range(40)
)
ORGS = "Label,Type\nNorthfield Community Foundation,Organisation\nKirkby Men's Shed,Organisation\n"


def test_an_entity_shows_every_grant_with_its_amount(client, upload):
    assert upload("orgs.csv", ORGS).status_code == 200
    report = upload("grants.csv", GRANTS).json()
    assert report["relations"]["added"] == 40
    funder = client.get("/entities/Northfield Community Foundation").json()
    grants = [r for r in funder["relations"] if r["type"] == "FUNDED"]
    assert len(grants) == 40 and len({r["id"] for r in grants}) == 40
    by_id = {r["external_id"]: r for r in grants}
    assert by_id["G-007"]["properties"] == {"amount": 1007, "currency": "GBP", "title": "Grant 7"}
    assert by_id["G-007"]["date"] == "2019-08"
    shed = client.get("/entities/Kirkby Men's Shed").json()
    assert sum(r["properties"]["amount"] for r in shed["relations"]) == sum(
        1000 + i for i in range(40)
    )
