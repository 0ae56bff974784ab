"""The review page in real headless Chromium, served by uvicorn on 127.0.0.1, on every
backend: a write-up imported, reviewed with the keys and the editors, imported
again after its text changed; every decision holds and the map shows it."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from pydantic import SecretStr

from collabgraph.api.main import create_app
from collabgraph.importer import import_paths
from collabgraph.settings import Settings
from collabgraph.store import open_store
from tests.store.test_review import the_forum

from .conftest import LiveServer, Site, wait_idle

pytestmark = pytest.mark.browser

KEY = "review-key-51d2"
SOURCE = "source:forum.txt"
WRITE_UP = Path(__file__).resolve().parents[1] / "review"
HOSTILE = "<img src=x onerror=alert(1)>\"'); MATCH (n) DETACH DELETE n; //"


def import_files(settings: Settings, *paths: Path) -> None:
    with open_store(settings) as store:
        reports = import_paths(store, list(paths))
    assert all(r.ok for r in reports), [r.errors for r in reports]


@pytest.fixture
def review_site(store_settings: Settings, in_tmp_cwd: Path) -> Iterator[Site]:
    """The app, with an API key, over a store holding people.yaml and the forum write-up."""
    settings = store_settings.model_copy(update={"api_key": SecretStr(KEY)})
    for name in ("people.yaml", "forum.txt"):
        shutil.copy(WRITE_UP / name, in_tmp_cwd / name)
    import_files(settings, in_tmp_cwd / "people.yaml", in_tmp_cwd / "forum.txt")
    with LiveServer(create_app(settings)) as server:
        yield Site(f"http://127.0.0.1:{server.port}", settings)


@pytest.fixture
def shot(backend: str):
    folder = Path(__file__).resolve().parents[2] / "test-artifacts"
    folder.mkdir(exist_ok=True)
    return lambda name: str(folder / f"review-{name}-{backend}.png")


def assert_clean(page) -> None:
    assert page.watched.errors == []
    assert page.watched.offsite() == []
    assert page.evaluate("window.__cspViolations") == []


def open_review(page, site: Site) -> None:
    page.goto(site.url("/review"))
    page.get_by_role("link", name="Spring Housing Forum write-up").click()
    page.wait_for_selector("body[data-state=idle]", state="attached")


def use_key(page, who: str = "Ruth Tester") -> None:
    page.fill("#key-input", KEY)
    page.fill("#who-input", who)
    page.click("#key-form button[type=submit]")
    page.wait_for_selector("#key-set:not([hidden])")


def settle(page) -> str:
    """Wait for the action under way; the status it left."""
    page.wait_for_selector("body[data-busy=no]", state="attached")
    return page.text_content("#status")


def facts(page) -> list[dict]:
    return page.evaluate("window.collabgraphReview.data.relations")


def entities(page) -> list[dict]:
    return page.evaluate("window.collabgraphReview.data.entities")


def current(page) -> dict:
    return facts(page)[page.evaluate("window.collabgraphReview.current")]


def select_fact(page, fact_id: str) -> None:
    page.click(f'#facts li[data-id="{fact_id}"] .evidence')
    page.wait_for_selector(f'#facts li.current[data-id="{fact_id}"]')


def find(items: list[dict], rel_type: str, name: str) -> dict:
    return next(
        f for f in items
        if f["type"] == rel_type and name in (f["source"]["name"], f["target"]["name"])
    )  # fmt: skip


def entity_named(page, name: str) -> dict:
    return next(e for e in entities(page) if name in e["names"])


def entity_by_id(page, entity_id: str) -> dict:
    return next(e for e in entities(page) if e["id"] == entity_id)


def edit_entity(page, name: str):
    row = page.locator("#entities li").filter(has_text=name).first
    row.get_by_role("button", name="Edit").click()
    return row.locator("form.editor")


def test_a_write_up_reviewed_with_keys_and_editors_keeps_every_decision(
    page, review_site, in_tmp_cwd, shot
):
    site = review_site
    open_review(page, site)
    text = page.text_content("#text")
    assert "Gareth Owusu, Director of Acme Housing" in text
    assert page.locator("#text mark.mention").count() >= 8  # the names it read, marked
    shown = [f["confidence"] for f in facts(page)]
    assert shown == sorted(shown) and len(shown) >= 5  # lowest confidence first
    page.screenshot(path=shot("before"), full_page=False)
    use_key(page)

    # Reject the first (least sure) relation with X: the page moves on to the next.
    rejected = current(page)
    page.keyboard.press("x")
    assert settle(page).startswith("Rejected")
    assert next(f for f in facts(page) if f["id"] == rejected["id"])["state"] == "rejected"
    assert current(page)["id"] != rejected["id"]

    # Accept with A, take it back with U; skip with S.
    accepted = current(page)
    page.keyboard.press("a")
    assert settle(page).startswith("Accepted")
    assert next(f for f in facts(page) if f["id"] == accepted["id"])["state"] == "accepted"
    page.keyboard.press("u")
    assert settle(page).startswith("Undone")
    assert next(f for f in facts(page) if f["id"] == accepted["id"])["state"] == "to review"
    before = page.evaluate("window.collabgraphReview.current")
    page.keyboard.press("s")
    assert page.evaluate("window.collabgraphReview.current") == before + 1

    # Edit a role: select the fact, E opens the editor.
    works = find(facts(page), "WORKS_FOR", "Gareth Owusu")
    select_fact(page, works["id"])
    page.keyboard.press("e")
    editor = page.locator("#facts form.editor")
    editor.get_by_label("Role").fill("Director of Housing")
    editor.get_by_label("Why (optional)").fill("as on the website")
    editor.get_by_role("button", name="Save").click()
    assert settle(page).startswith("Corrected")
    edited = find(facts(page), "WORKS_FOR", "Gareth Owusu")
    assert (edited["role"], edited["state"]) == ("Director of Housing", "corrected")

    # Correct a type: the forum is an event (or, if the extractor read one, a project).
    forum = the_forum(entities(page))
    new_type = "Event" if forum["type"] != "Event" else "Project"
    form = edit_entity(page, forum["names"][0])
    form.get_by_label("Type").select_option(new_type)
    form.get_by_role("button", name="Save").click()
    assert settle(page).startswith("Corrected")
    assert entity_by_id(page, forum["id"])["type"] == new_type

    # Merge "Priya Lal" into the Priya Lal-Singh the graph already had, found by search.
    priya = entity_named(page, "Priya Lal")
    form = edit_entity(page, "Priya Lal")
    form.locator("input.merge-search").fill("Lal-Singh")
    form.get_by_role("button", name="Merge into Priya Lal-Singh").click()
    assert settle(page).startswith("Merged")
    assert entity_named(page, "Priya Lal")["state"] == "merged"
    page.screenshot(path=shot("reviewed"), full_page=False)
    assert_clean(page)

    # The text changes and is imported again: every decision holds.
    forum_file = in_tmp_cwd / "forum.txt"
    forum_file.write_text(
        forum_file.read_text().replace("presented findings", "presented new findings")
        + "\nTom Reyes, Chair of Acme Housing, closed the forum.\n"
    )
    import_files(site.settings, forum_file)
    page.reload()
    page.wait_for_selector("body[data-state=idle]", state="attached")
    after = {f["id"]: f for f in facts(page)}
    assert after[rejected["id"]]["state"] == "rejected"
    assert find(facts(page), "WORKS_FOR", "Gareth Owusu")["role"] == "Director of Housing"
    assert entity_by_id(page, forum["id"])["type"] == new_type
    assert entity_named(page, "Priya Lal")["state"] == "merged"
    toms = [f for f in facts(page) if "Tom Reyes" in (f["source"]["name"], f["target"]["name"])]
    assert toms and {f["state"] for f in toms} == {"to review"}  # the new text's word
    page.screenshot(path=shot("reimported"), full_page=False)
    assert_clean(page)

    # The map shows the corrected graph.
    page.goto(site.url("/map"))
    wait_idle(page)
    data = page.evaluate("window.collabgraphMap.data")
    nodes = {n["id"]: n for n in data["nodes"]}
    drawn = {(e["from"], e["type"], e["to"], e.get("role")) for e in data["edges"]}
    gareth, acme = edited["source"]["id"], edited["target"]["id"]
    assert (gareth, "WORKS_FOR", acme, "Director of Housing") in drawn
    assert (gareth, "WORKS_FOR", acme, "Director") not in drawn
    ends = (rejected["source"]["id"], rejected["type"], rejected["target"]["id"])
    assert not any(e[:3] == ends for e in drawn)
    assert nodes[forum["id"]]["type"] == new_type
    assert priya["id"] not in nodes
    assert any(e[0] == "person:priya-lal-singh" and e[1] == "WORKS_FOR" for e in drawn)
    page.screenshot(path=shot("map"), full_page=False)
    assert_clean(page)


def test_hostile_strings_typed_into_the_review_page_are_stored_and_shown_as_text(
    page, review_site, shot
):
    open_review(page, review_site)
    use_key(page, who=HOSTILE)
    form = edit_entity(page, "Acme Housing")
    form.get_by_label("Name").fill(HOSTILE)
    form.get_by_label("Why (optional)").fill(HOSTILE)
    form.get_by_role("button", name="Save").click()
    assert settle(page).startswith("Corrected")
    acme = next(e for e in entities(page) if "Acme Housing" in e["names"])
    assert acme["name"] == HOSTILE
    assert HOSTILE in page.text_content("#entities")
    assert page.locator("#entities img, #facts img, #text img").count() == 0
    [decision] = review_site.get_json("/history")["decisions"]
    assert (decision["who"], decision["note"], decision["change"]["set"]["name"]) == (
        HOSTILE, HOSTILE, HOSTILE,
    )  # fmt: skip
    assert review_site.get_json("/entities/" + quote(acme["id"], safe=""))["name"] == HOSTILE
    page.reload()
    page.wait_for_selector("body[data-state=idle]", state="attached")
    assert HOSTILE in page.text_content("#facts")
    page.screenshot(path=shot("hostile"), full_page=False)
    assert_clean(page)


def test_without_the_key_the_page_reads_but_writes_nothing(page, review_site):
    open_review(page, review_site)
    before = facts(page)
    page.keyboard.press("x")
    assert "API key" in page.text_content("#status")
    assert facts(page) == before
    page.fill("#key-input", "wrong-key")
    page.click("#key-form button[type=submit]")
    page.locator("#facts li.current").click()
    page.keyboard.press("a")
    assert "X-API-Key" in settle(page)
    assert page.locator("#key-form").is_visible()  # a refused key is forgotten
    assert review_site.get_json("/history") == {"decisions": []}
    assert page.context.cookies() == []
    # Chromium logs the refused request itself; nothing else went wrong.
    assert [e for e in page.watched.errors if "401 (Unauthorized)" not in e] == []
    assert page.watched.offsite() == []
    assert page.evaluate("window.__cspViolations") == []


def test_the_map_hides_unreviewed_facts_and_its_panel_edits_with_the_key(page, review_site, shot):
    site = review_site
    page.goto(site.url("/map"))
    wait_idle(page)
    everything = page.evaluate("window.collabgraphMap.data")
    review = site.get_json("/reviews/" + quote(SOURCE, safe=""))
    unreviewed = [f for f in review["relations"] if f["state"] == "to review"]
    assert unreviewed  # what the extractor read, nobody has checked yet
    page.click("#reviewed-toggle")
    wait_idle(page)
    assert "reviewed=true" in page.url
    checked = page.evaluate("window.collabgraphMap.data")
    assert len(checked["edges"]) == len(everything["edges"]) - len(unreviewed)
    names = {n["name"] for n in checked["nodes"]}
    assert {"Priya Lal-Singh", "Northfield Trust"} <= names and "Gareth Owusu" not in names
    assert page.text_content("#reviewed-toggle").startswith("Show")

    page.goto(site.url("/map"))
    wait_idle(page)
    gareth = next(n for n in page.evaluate("window.collabgraphMap.data")["nodes"]
                  if n["name"] == "Gareth Owusu")  # fmt: skip
    page.evaluate("(id) => window.collabgraphMap.select(id)", gareth["id"])
    page.get_by_role("button", name="Edit Gareth Owusu").click()
    form = page.locator("#panel form.edit-form")
    form.get_by_label("API key (kept for this tab)").fill(KEY)
    form.get_by_label("Your name (for the history)").fill("Ruth Tester")
    form.get_by_label("Name", exact=True).fill("Gareth Owusu-Mensah")
    form.get_by_label("Why (optional)").fill("his full name")
    page.screenshot(path=shot("map-edit"), full_page=False)
    with page.expect_navigation():
        form.get_by_role("button", name="Save").click()
    wait_idle(page)
    names = {n["name"] for n in page.evaluate("window.collabgraphMap.data")["nodes"]}
    assert "Gareth Owusu-Mensah" in names and "Gareth Owusu" not in names
    [decision] = site.get_json("/history")["decisions"]
    assert (decision["who"], decision["note"]) == ("Ruth Tester", "his full name")
    assert page.context.cookies() == []
    assert_clean(page)


def test_accept_all_above_a_confidence_from_the_page_and_undo_it_with_one_key(page, review_site):
    open_review(page, review_site)
    use_key(page)
    levels = sorted({f["confidence"] for f in facts(page)})
    line = levels[len(levels) // 2]
    above = {f["id"] for f in facts(page) if f["confidence"] >= line}
    page.fill("#min-confidence", str(line))
    page.click("#accept-all button[type=submit]")
    assert settle(page).startswith("Accepted all")
    states = {f["id"]: f["state"] for f in facts(page)}
    assert {i for i, s in states.items() if s == "accepted"} == above
    assert {s for i, s in states.items() if i not in above} == {"to review"}
    assert [d["kind"] for d in review_site.get_json("/history")["decisions"]] == ["accept"]
    page.locator("#facts li.current").click()
    page.keyboard.press("u")
    assert settle(page).startswith("Undone")
    assert {f["state"] for f in facts(page)} == {"to review"}
    assert_clean(page)


def test_a_relation_s_end_is_corrected_by_name_from_the_review_page(page, review_site):
    open_review(page, review_site)
    use_key(page)
    gareth = find(facts(page), "WORKS_FOR", "Gareth Owusu")
    select_fact(page, gareth["id"])
    page.keyboard.press("e")
    editor = page.locator("#facts form.editor")
    assert editor.get_by_label("To").input_value() == gareth["target"]["name"]
    editor.get_by_label("To").fill("Northfield Trust")
    editor.get_by_role("button", name="Save").click()
    assert settle(page).startswith("Corrected")
    moved = find(facts(page), "WORKS_FOR", "Gareth Owusu")
    assert (moved["target"]["name"], moved["state"]) == ("Northfield Trust", "corrected")
    [decision] = review_site.get_json("/history")["decisions"]
    assert decision["kind"] == "edit_relation"
    assert decision["change"]["set"]["target"] == moved["target"]["id"]
    # An end nobody knows is refused with the closest names, and nothing changes.
    select_fact(page, moved["id"])
    page.keyboard.press("e")
    page.locator("#facts form.editor").get_by_label("To").fill("Northfeld Trust")
    page.locator("#facts form.editor").get_by_role("button", name="Save").click()
    assert "Northfield Trust" in settle(page)
    assert len(review_site.get_json("/history")["decisions"]) == 1
    assert_clean_but_refused(page)


def assert_clean_but_refused(page) -> None:
    """Chromium logs a refused request itself; nothing else went wrong."""
    assert [e for e in page.watched.errors if "404 (Not Found)" not in e] == []
    assert page.watched.offsite() == []
    assert page.evaluate("window.__cspViolations") == []


def test_the_organisations_map_deletes_with_the_key_and_a_wrong_key_changes_nothing(
    page, review_site
):
    site = review_site
    page.goto(site.url("/map?view=organisations"))
    wait_idle(page)
    acme = next(n for n in page.evaluate("window.collabgraphMap.data")["nodes"]
                if n["name"] == "Acme Housing")  # fmt: skip
    page.evaluate("(id) => window.collabgraphMap.select(id)", acme["id"])
    page.get_by_role("button", name="Edit Acme Housing").click()
    form = page.locator("#panel form.edit-form")
    form.get_by_label("API key (kept for this tab)").fill("wrong-key")
    form.get_by_label("Your name (for the history)").fill("Ruth Tester")
    form.get_by_label("Why (optional)").fill("a duplicate")
    form.get_by_role("button", name="Delete from the graph").click()
    page.wait_for_selector("#panel .edit-status.bad")
    assert "X-API-Key" in page.text_content("#panel .edit-status")
    assert site.get_json("/history") == {"decisions": []}
    assert page.evaluate("sessionStorage.getItem('collabgraph.key')") is None  # forgotten
    form.get_by_label("API key (kept for this tab)").fill(KEY)
    with page.expect_navigation():
        form.get_by_role("button", name="Delete from the graph").click()
    wait_idle(page)
    assert "view=organisations" in page.url
    names = {n["name"] for n in page.evaluate("window.collabgraphMap.data")["nodes"]}
    assert "Acme Housing" not in names and "Northfield Trust" in names
    [decision] = site.get_json("/history")["decisions"]
    assert (decision["kind"], decision["who"], decision["note"]) == (
        "delete", "Ruth Tester", "a duplicate",
    )  # fmt: skip
    assert page.context.cookies() == []
    assert [e for e in page.watched.errors if "401 (Unauthorized)" not in e] == []
    assert page.watched.offsite() == []
    assert page.evaluate("window.__cspViolations") == []
