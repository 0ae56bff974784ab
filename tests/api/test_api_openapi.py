"""The OpenAPI description: every endpoint, with response models and examples."""

from __future__ import annotations

ENDPOINTS = {
    ("get", "/health"),
    ("get", "/entities"),
    ("get", "/entities/{ref}"),
    ("get", "/entities/{ref}/collaborators"),
    ("get", "/entities/{ref}/neighbourhood"),
    ("get", "/path"),
    ("get", "/analysis/summary"),
    ("get", "/analysis/centrality"),
    ("get", "/analysis/communities"),
    ("get", "/analysis/brokers"),
    ("get", "/analysis/introductions"),
    ("get", "/analysis/changes"),
    ("post", "/imports"),
    ("get", "/export"),
}


def test_every_endpoint_is_described(client):
    spec = client.get("/openapi.json").json()
    found = {(method, path) for path, ops in spec["paths"].items() for method in ops}
    assert not ENDPOINTS - found


def test_answers_and_errors_have_models_with_examples(client):
    spec = client.get("/openapi.json").json()
    schemas = spec["components"]["schemas"]
    for name in ("PathOut", "EntityOut", "HealthOut", "ErrorOut", "FileReportOut"):
        assert schemas[name].get("examples"), name
    lookup = spec["paths"]["/entities/{ref}"]["get"]["responses"]
    assert {"200", "404", "409", "503"} <= set(lookup)
    imports = spec["paths"]["/imports"]["post"]
    assert {"401", "403", "413", "422"} <= set(imports["responses"])
    assert "multipart/form-data" in imports["requestBody"]["content"]


def test_writes_declare_the_api_key(client):
    spec = client.get("/openapi.json").json()
    assert spec["paths"]["/imports"]["post"]["security"]
    schemes = spec["components"]["securitySchemes"]
    assert any(s.get("name") == "X-API-Key" for s in schemes.values())
