"""Many requests at once share one store: imports and reads must not trip over each other."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from collabgraph.api.store_holder import StoreHolder
from collabgraph.importer import import_paths


def test_simultaneous_uploads_and_reads_all_succeed(client, upload, make_seed):
    def post(i: int):
        entities = [{"type": "Event", "name": f"Round table {i}"}]
        relations = [{"from": "Anna Randle", "type": "PARTICIPATED_IN", "to": f"Round table {i}"}]
        return upload(f"round-table-{i}.json", make_seed(entities, relations, title=f"rt {i}"))

    def read(i: int):
        return client.get("/entities/Anna%20Randle/collaborators")

    with ThreadPoolExecutor(max_workers=8) as pool:
        writes = [pool.submit(post, i) for i in range(8)]
        reads = [pool.submit(read, i) for i in range(16)]
        answers = [f.result() for f in writes + reads]
    assert [a.status_code for a in answers] == [200] * len(answers)
    assert {a.json()["status"] for a in answers[:8]} == {"imported"}
    events = client.get("/entities", params={"q": "Round table", "limit": 50}).json()["items"]
    assert len(events) == 8


def test_the_shared_store_takes_one_write_transaction_at_a_time(api_settings, tmp_path):
    files = []
    for i in range(8):
        path = tmp_path / f"table-{i}.yaml"
        path.write_text(
            f"entities:\n  - {{type: Event, name: Table {i}}}\n  - {{type: Person, name: P{i}}}\n"
            f"relations:\n  - {{from: P{i}, type: PARTICIPATED_IN, to: Table {i}}}\n"
        )
        files.append(path)
    holder = StoreHolder(api_settings)
    store = holder.get()
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            reports = [r for rs in pool.map(lambda p: import_paths(store, [p]), files) for r in rs]
        assert [r.status for r in reports] == ["imported"] * 8
        assert store.stats().sources == 8
    finally:
        holder.close()
