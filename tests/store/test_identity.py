"""Nothing a file says is lost or merged in silence, on every backend.

The cases of ../shared/cases/formats/ (right answers in its README) and inputs
of the same kinds: relation identity, ids, duplicate labels, styles and
post-nominals, cut slugs, ids differing in case, suffixes, invisible and
control characters, dates, sources that move.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import networkx as nx
import pytest

from collabgraph.analysis.graph import filter_graph, to_networkx
from collabgraph.exporting import export_graph
from collabgraph.importer import import_paths
from collabgraph.queries import find_entity
from tests.conftest import CASES_ROOT

CASES = CASES_ROOT / "formats"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def imported(store, *paths, dry_run=False):
    reports = import_paths(store, list(paths), dry_run=dry_run)
    assert all(r.ok for r in reports), [r.errors for r in reports]
    return reports


def people(store) -> list:
    return sorted(store.search("", entity_type="Person", limit=100), key=lambda e: e.id)


def relations(store, rtype: str | None = None) -> list:
    return [r for r in store.subgraph().relations if rtype in (None, r.type)]


# --- relation identity ----------------------------------------------------------


def test_two_tenures_at_one_council_are_two_relations_in_a_dry_run_too(store, in_tmp_cwd):
    seed = Path(shutil.copy(CASES / "04-repeat-tenures.yaml", in_tmp_cwd))
    [dry] = imported(store, seed, dry_run=True)
    assert (dry.status, dry.relations.added) == ("would import", 2)
    [report] = imported(store, seed)
    assert report.relations.added == 2
    posts = sorted((r.since, r.until, r.role) for r in relations(store, "WORKS_FOR"))
    assert posts == [
        ("2010", "2014", "Cabinet Member for Housing"),
        ("2018", "2022", "Council Leader"),
    ]
    assert len({r.id for r in relations(store)}) == 2


def test_the_same_statement_in_two_files_is_one_relation_with_both(store, in_tmp_cwd):
    rel = "{from: Ada, from_type: Person, type: MEMBER_OF, to: Club, to_type: Organisation"
    a = write(in_tmp_cwd / "a.yaml", f"relations:\n  - {rel}, role: Chair, since: 2019}}\n")
    b = write(in_tmp_cwd / "b.yaml", f"relations:\n  - {rel}, role: chair, since: 2019}}\n")
    _, second = imported(store, a, b)
    assert (second.relations.added, second.relations.updated) == (0, 1)
    [one] = relations(store)
    assert one.sources == ["source:a.yaml", "source:b.yaml"]


FUNDER, SHED = "Northfield Community Foundation", "Kirkby Men's Shed"
GRANTS = (
    "From,To,Type,ID,Amount,Currency,Date,Title,Programme\n"
    f'{FUNDER},{SHED},FUNDED,360G-NCF-001,"5,000",GBP,01/04/2019,Tools,Small grants\n'
    f"{FUNDER},{SHED},FUNDED,360G-NCF-002,£2500.50,,01/04/2019,Heating,Small grants\n"
    f"{FUNDER},{SHED},FUNDED,360G-NCF-003,12000,GBP,2020-06,Rent,Core costs\n"
    f"{FUNDER},Fenwick Food Bank,FUNDED,360G-NCF-004,750,GBP,2020,Vans,Small grants\n"
)


def test_every_grant_of_a_funder_to_a_recipient_is_kept_with_its_amount(store, in_tmp_cwd):
    elements = write(
        in_tmp_cwd / "orgs.csv",
        "Label,Type,Charity Number\nNorthfield Community Foundation,Organisation,01122334\n"
        "Kirkby Men's Shed,Organisation,1099887\nFenwick Food Bank,Organisation,\n",
    )
    grants = write(in_tmp_cwd / "grants.csv", GRANTS)
    _, report = imported(store, elements, grants)
    assert report.relations.added == 4
    funder = find_entity(store, "Northfield Community Foundation")
    assert funder.properties == {"charity number": "01122334"}  # a leading zero stays text
    assert find_entity(store, "Kirkby Men's Shed").properties == {"charity number": 1099887}
    shed = {
        r.external_id: r
        for r in store.relations_of(funder.id)
        if r.target == find_entity(store, "Kirkby Men's Shed").id
    }
    assert {k: (r.properties["amount"], r.properties["currency"]) for k, r in shed.items()} == {
        "360G-NCF-001": (5000, "GBP"),
        "360G-NCF-002": (2500.5, "GBP"),
        "360G-NCF-003": (12000, "GBP"),
    }
    assert shed["360G-NCF-001"].date == "2019-04-01"
    assert shed["360G-NCF-003"].properties["title"] == "Rent"
    assert shed["360G-NCF-003"].properties["programme"] == "Core costs"
    assert isinstance(shed["360G-NCF-001"].properties["amount"], int)


def test_a_changed_grant_file_takes_back_what_it_no_longer_says(store, in_tmp_cwd):
    grants = write(in_tmp_cwd / "grants.csv", GRANTS)
    elements = write(
        in_tmp_cwd / "orgs.csv",
        "Label,Type\nNorthfield Community Foundation,Organisation\n"
        "Kirkby Men's Shed,Organisation\nFenwick Food Bank,Organisation\n",
    )
    imported(store, elements, grants)
    lines = GRANTS.splitlines()
    write(grants, "\n".join([lines[0], lines[1].replace('"5,000"', "5200"), lines[3]]) + "\n")
    [report] = imported(store, grants)
    assert (report.relations.added, report.relations.updated, report.relations.removed) == (
        0,
        1,
        2,
    )
    amounts = sorted(r.properties["amount"] for r in relations(store, "FUNDED"))
    assert amounts == [5200, 12000]


# --- ids and duplicate labels -----------------------------------------------------


def test_an_id_column_tells_apart_two_people_sharing_a_label(store, in_tmp_cwd):
    case = CASES / "03-kumu-id-duplicate-labels"
    elements = Path(shutil.copy(case / "elements.csv", in_tmp_cwd))
    connections = Path(shutil.copy(case / "connections.csv", in_tmp_cwd))
    imported(store, elements, connections)
    davids = [p for p in people(store) if p.name == "David Pryce"]
    assert len(davids) == 2
    employers = {
        tuple(p.external_ids): {
            store.entity(r.target).name for r in store.relations_of(p.id) if r.type == "WORKS_FOR"
        }
        for p in davids
    }
    assert employers == {
        ("p-001",): {"Llanfair Council"},
        ("p-002",): {"Cwm Valley Youth Project"},
    }


def test_an_id_key_in_yaml_tells_apart_two_people_sharing_a_name(store, in_tmp_cwd):
    seed = Path(shutil.copy(CASES / "03-kumu-id-duplicate-labels" / "seed.yaml", in_tmp_cwd))
    imported(store, seed)
    davids = {p.id: p for p in people(store)}
    assert set(davids) == {"person:david-pryce-llanfair", "person:david-pryce-cwm"}
    works = {(r.source, store.entity(r.target).name) for r in relations(store, "WORKS_FOR")}
    assert works == {
        ("person:david-pryce-llanfair", "Llanfair Council"),
        ("person:david-pryce-cwm", "Cwm Valley Youth Project"),
    }


def test_an_id_identifies_across_files(store, in_tmp_cwd):
    a = write(in_tmp_cwd / "a.csv", "ID,Label,Type\nx-17,Rhian Cole,Person\n")
    b = write(in_tmp_cwd / "b.csv", "ID,Label,Type\nx-17,Rhian Cole-Evans,Person\n")
    _, report = imported(store, a, b)
    assert len(people(store)) == 1
    assert any("id 'x-17'" in w and "one entity" in w for w in report.warnings)
    assert "Rhian Cole-Evans" in people(store)[0].aliases


def test_ids_differing_only_in_case_are_two_entities(store, in_tmp_cwd):
    table = write(in_tmp_cwd / "t.csv", "ID,Label,Type\nP1,Sam Hale,Person\np1,Sam Hale,Person\n")
    imported(store, table)
    assert [p.external_ids for p in people(store)] in ([["P1"], ["p1"]], [["p1"], ["P1"]])


def test_one_id_given_to_two_names_is_an_error_with_both_lines(store, in_tmp_cwd):
    table = write(in_tmp_cwd / "t.csv", "ID,Label,Type\nk9,Sam Hale,Person\nk9,Jo Ode,Person\n")
    [report] = import_paths(store, [table])
    assert report.status == "failed"
    assert report.errors == [
        f"{table}:3: id 'k9' is given to 'Jo Ode' here and to 'Sam Hale' on line 2"
    ]


def test_a_label_listed_twice_without_ids_is_one_entity_with_a_warning_naming_both(
    store, in_tmp_cwd
):
    table = write(in_tmp_cwd / "t.csv", "Label,Type\nDavid Pryce,Person\nDavid Pryce,Person\n")
    [report] = imported(store, table)
    assert len(people(store)) == 1
    assert any("line 3" in w and "line 2" in w for w in report.warnings), report.warnings


# --- names ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "plain"),
    [
        ("The Rt Hon Dame Jane Smith DBE MP", "Jane Smith"),
        ("Sarah Jones KC", "Sarah Jones"),
        ("Tom Green FRSA", "Tom Green"),
        ("Alan Brown JP DL", "Alan Brown"),
        ("Revd Canon Mary White", "Mary White"),
        ("Sgt Hollie Fenn", "Hollie Fenn"),
        ("Cllr. Jean Stretton", "Jean Stretton"),
    ],
)
def test_styles_and_post_nominals_name_the_same_person(store, in_tmp_cwd, written, plain):
    a = write(in_tmp_cwd / "a.yaml", f"entities:\n  - {{type: Person, name: {plain}}}\n")
    b = write(
        in_tmp_cwd / "b.yaml",
        f"relations:\n  - {{from: '{written}', type: MEMBER_OF, to: Board,"
        " to_type: Organisation}\n",
    )
    imported(store, a, b)
    [person] = people(store)
    assert person.name == plain
    [rel] = relations(store)
    assert rel.source == person.id


def test_names_cut_at_the_slug_length_keep_their_own_ids(store, in_tmp_cwd):
    stem = "Annual Conference of the North East Voluntary and Community Sector Partnerships"
    seed = write(
        in_tmp_cwd / "events.yaml",
        f"entities:\n  - {{type: Event, name: '{stem}: Morning Plenary'}}\n"
        f"  - {{type: Event, name: '{stem}: Afternoon Workshops'}}\n",
    )
    [report] = imported(store, seed)
    assert report.entities.added == 2
    events = store.search("", entity_type="Event", limit=10)
    assert len({e.id for e in events}) == 2 and len(events) == 2


def test_letters_are_kept_in_ids_and_accents_do_not_join_names(store, in_tmp_cwd):
    seed = write(
        in_tmp_cwd / "p.yaml",
        "entities:\n  - {type: Person, name: Łukasz Nowak}\n"
        "  - {type: Person, name: Lukas Müller}\n  - {type: Person, name: Lukas Muller}\n",
    )
    imported(store, seed)
    ids = [p.id for p in people(store)]
    assert len(ids) == 3
    assert any(i.startswith("person:lukasz-nowak") for i in ids)


def test_declared_organisations_are_not_joined_by_their_suffix(store, in_tmp_cwd):
    a = write(in_tmp_cwd / "a.csv", "Label,Type\nThe Bridge,Organisation\n")
    b = write(in_tmp_cwd / "b.csv", "Label,Type\nThe Bridge Trust,Organisation\nAmy Lowe,Person\n")
    c = write(in_tmp_cwd / "c.csv", "From,To,Type\nAmy Lowe,Bridge Trust,WORKS_FOR\n")
    _, second, _ = imported(store, a, b, c)
    orgs = store.search("", entity_type="Organisation", limit=10)
    assert sorted(o.name for o in orgs) == ["The Bridge", "The Bridge Trust"]
    assert any("kept apart" in w for w in second.warnings), second.warnings
    [works] = relations(store, "WORKS_FOR")
    assert store.entity(works.target).name == "The Bridge Trust"


def test_a_name_mentioned_without_its_legal_suffix_still_finds_the_organisation(store, in_tmp_cwd):
    a = write(in_tmp_cwd / "a.csv", "Label,Type\nCollaborate CIC,Organisation\nAmy Lowe,Person\n")
    b = write(in_tmp_cwd / "b.csv", "From,To,Type\nAmy Lowe,Collaborate,WORKS_FOR\n")
    imported(store, a, b)
    [works] = relations(store, "WORKS_FOR")
    assert store.entity(works.target).name == "Collaborate CIC"


def test_invisible_characters_inside_a_name_make_no_second_entity(store, in_tmp_cwd):
    case = CASES / "11-invisible-characters"
    files = [Path(shutil.copy(case / n, in_tmp_cwd)) for n in ("elements.csv", "elements2.csv")]
    imported(store, *files)
    [org] = store.search("", entity_type="Organisation", limit=10)
    assert org.name == "Harrow Carers Centre"
    assert all("\u200b" not in a and "\u00ad" not in a for a in org.aliases)


def test_people_in_a_page_with_invisible_characters_work_for_the_one_organisation(
    store, in_tmp_cwd
):
    pytest.importorskip("spacy")
    case = CASES / "11-invisible-characters"
    files = [
        Path(shutil.copy(case / n, in_tmp_cwd))
        for n in ("elements.csv", "elements2.csv", "page.html")
    ]
    imported(store, *files)
    [org] = store.search("Harrow Carers Centre", entity_type="Organisation", limit=10)
    workers = {store.entity(r.source).name for r in relations(store, "WORKS_FOR")}
    assert {"Priti Solanki", "Marek Zielinski"} <= workers
    assert all(r.target == org.id for r in relations(store, "WORKS_FOR"))


def test_control_characters_are_removed_with_a_warning_and_exports_are_valid_xml(store, in_tmp_cwd):
    table = Path(shutil.copy(CASES / "01-xml-control-chars.csv", in_tmp_cwd))
    [report] = imported(store, table)
    assert any(w.startswith("line 2: control characters removed (U+000B)") for w in report.warnings)
    assert any(w.startswith("line 3: control characters removed (U+001E)") for w in report.warnings)
    sub = store.subgraph()
    assert (
        "second line of the field"
        in find_entity(store, "Fenwick Valley Food Partnership").description
    )
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        export_graph(sub, fmt, in_tmp_cwd / f"g.{fmt}")
        assert read(in_tmp_cwd / f"g.{fmt}").number_of_nodes() == 2


# --- dates ------------------------------------------------------------------------------


def test_uk_dates_are_read_day_first_and_compared_as_dates(store, in_tmp_cwd):
    table = write(
        in_tmp_cwd / "t.csv",
        "From,To,Type,From_type,Since\nAda,Club,MEMBER_OF,,01/12/2016\n",
    )
    elements = write(in_tmp_cwd / "e.csv", "Label,Type\nAda,Person\nClub,Organisation\n")
    imported(store, elements, table)
    [rel] = relations(store)
    assert rel.since == "2016-12-01"
    G = filter_graph(to_networkx(store.subgraph()), since="2015")
    assert G.number_of_edges() == 1


def test_an_unreadable_date_is_an_error_naming_file_and_line(store, in_tmp_cwd):
    seed = write(
        in_tmp_cwd / "d.yaml", "entities:\n  - {type: Event, name: Fair, date: 31/02/2020}\n"
    )
    [report] = import_paths(store, [seed])
    assert report.status == "failed"
    assert report.errors[0].startswith(f"{seed}:2: impossible date '31/02/2020'")
    assert store.stats().entities == {}


# --- vocabulary, self-loops, summaries ---------------------------------------------------


def test_part_of_joins_organisations_and_events_but_not_across(store, in_tmp_cwd):
    seed = write(
        in_tmp_cwd / "p.yaml",
        "entities:\n  - {type: Organisation, name: Audit Board}\n"
        "  - {type: Organisation, name: Dunmore Council}\n"
        "  - {type: Event, name: Keynote}\n  - {type: Event, name: Summit 2024}\n"
        "relations:\n  - {from: Audit Board, type: PART_OF, to: Dunmore Council}\n"
        "  - {from: Keynote, type: PART_OF, to: Summit 2024}\n",
    )
    imported(store, seed)
    assert store.stats().relations == {"PART_OF": 2}
    bad = write(
        in_tmp_cwd / "bad.yaml",
        "relations:\n  - {from: Keynote, type: PART_OF, to: Dunmore Council}\n",
    )
    [report] = import_paths(store, [bad])
    assert report.status == "failed" and "PART_OF joins" in report.errors[0]


def test_a_self_loop_row_is_skipped_with_a_warning(store, in_tmp_cwd):
    elements = write(in_tmp_cwd / "e.csv", "Label,Type\nAda,Person\nBo,Person\n")
    ties = write(
        in_tmp_cwd / "t.csv", "From,To,Type\nAda,Ada,COLLABORATES_WITH\nAda,Bo,COLLABORATES_WITH\n"
    )
    _, report = imported(store, elements, ties)
    assert report.relations.added == 1
    assert any(w.startswith("line 2:") and "itself: skipped" in w for w in report.warnings)


def test_the_summary_counts_what_is_new_to_the_graph(store, in_tmp_cwd):
    elements = write(in_tmp_cwd / "e.csv", "Label,Type\nAda,Person\nBo,Person\n")
    ties = write(in_tmp_cwd / "t.csv", "From,To,Type\nAda,Bo,COLLABORATES_WITH\n")
    first, second = imported(store, elements, ties)
    assert first.entities.added == 2
    assert (second.entities.added, second.relations.added) == (0, 1)
    again = write(in_tmp_cwd / "again.csv", "Label,Type\nAda,Person\nCy,Person\n")
    [third] = imported(store, again)
    assert (third.entities.added, third.entities.unchanged) == (1, 1)


# --- properties ---------------------------------------------------------------------------


def test_properties_named_like_built_in_fields_are_kept_under_one_rule(store, in_tmp_cwd):
    table = write(
        in_tmp_cwd / "t.csv",
        "Label,Type,Name,Sources,Property_x,Staff Count\n"
        "Ada Club,Organisation,ADA CLUB LTD,Companies House,x,12\n",
    )
    relation = write(
        in_tmp_cwd / "r.yaml",
        "relations:\n  - {from: Bo, from_type: Person, type: MEMBER_OF, to: Ada Club,"
        " properties: {id: M-1, role: treasurer, sources: minutes}}\n",
    )
    imported(store, table, relation)
    org = find_entity(store, "Ada Club")
    assert (org.name, org.sources) == ("Ada Club", ["source:r.yaml", "source:t.csv"])
    assert org.properties == {
        "name": "ADA CLUB LTD",
        "sources": "Companies House",
        "property_x": "x",
        "staff count": 12,
    }
    [member] = relations(store)
    assert (member.role, member.sources) == (None, ["source:r.yaml"])
    assert member.properties == {"id": "M-1", "role": "treasurer", "sources": "minutes"}


def test_a_file_that_drops_a_description_takes_it_back(store, in_tmp_cwd):
    a = write(in_tmp_cwd / "a.yaml", "entities:\n  - {type: Person, name: Ada, description: Old}\n")
    b = write(in_tmp_cwd / "b.yaml", "entities:\n  - {type: Person, name: Ada, description: New}\n")
    imported(store, a, b)
    assert find_entity(store, "Ada").description == "New"
    write(b, "entities:\n  - {type: Person, name: Ada}\n")
    imported(store, b)
    assert find_entity(store, "Ada").description == "Old"


# --- sources are their content --------------------------------------------------------------


def test_a_moved_file_is_the_same_source(store, in_tmp_cwd):
    seed = write(in_tmp_cwd / "old" / "s.yaml", "entities:\n  - {type: Person, name: Ada}\n")
    imported(store, seed)
    moved = in_tmp_cwd / "new" / "renamed.yaml"
    moved.parent.mkdir()
    seed.rename(moved)
    [report] = imported(store, moved)
    assert report.status == "unchanged"
    [source] = store.list_sources()
    assert source["id"] == "source:old/s.yaml" and Path(source["path"]).name == "renamed.yaml"
    write(moved, "entities:\n  - {type: Person, name: Bo}\n")
    imported(store, moved)
    assert [p.name for p in people(store)] == ["Bo"]
    assert len(store.list_sources()) == 1


def test_a_changed_file_at_a_new_path_replaces_its_old_self_when_it_says_so(store, in_tmp_cwd):
    old = write(in_tmp_cwd / "2023.yaml", "entities:\n  - {type: Person, name: Ada}\n")
    imported(store, old)
    old.unlink()
    new = write(
        in_tmp_cwd / "2024.yaml",
        "source: {id: 2023.yaml}\nentities:\n  - {type: Person, name: Bo}\n",
    )
    imported(store, new)
    assert [p.name for p in people(store)] == ["Bo"]
    assert [s["id"] for s in store.list_sources()] == ["source:2023.yaml"]


# --- descriptions are no names ---------------------------------------------------


def test_two_events_each_page_calls_the_conference_stay_two(store, in_tmp_cwd):
    """A write-up's event carries the forms the page refers back to it by ("the
    conference"); another page's event has them too. Such a description joins
    nothing, in the graph or in a file; a real alias still does."""
    for n, (name, alias) in enumerate(
        [("Westshire Housing Conference 2031", "WHC 2031"), ("Dalby Carers Conference", "DCC")]
    ):
        write(
            in_tmp_cwd / f"page{n}.yaml",
            "entities:\n"
            f"  - {{type: Event, name: {name}, aliases: [the conference, our annual"
            f" conference, {alias}]}}\n",
        )
    imported(store, in_tmp_cwd / "page0.yaml", in_tmp_cwd / "page1.yaml")
    events = store.search("", entity_type="Event", limit=10)
    assert sorted(e.name for e in events) == [
        "Dalby Carers Conference",
        "Westshire Housing Conference 2031",
    ]
    assert all("the conference" in e.aliases for e in events)  # still shown
    write(
        in_tmp_cwd / "page2.yaml",
        "entities:\n  - {type: Event, name: WHC 2031}\n"
        "  - {type: Person, name: Ada Brook}\n"
        "relations:\n  - {from: Ada Brook, type: PARTICIPATED_IN, to: WHC 2031}\n",
    )
    imported(store, in_tmp_cwd / "page2.yaml")
    assert len(store.search("", entity_type="Event", limit=10)) == 2


@pytest.mark.parametrize(
    "generic", [["Annual General Meeting", "AGM"], ["Spring Conference"], ["The Annual Summit"]]
)
def test_two_bodies_events_with_one_kind_of_occasion_for_alias_stay_two(store, in_tmp_cwd, generic):
    """Two bodies each hold an "Annual General Meeting" (their "AGM"): a name
    that says only the kind of occasion is a description too, and joins nothing;
    each event is still found by its own name."""
    for n, name in enumerate(["Northtown Arts Forum AGM", "Westshire Carers Network AGM"]):
        write(
            in_tmp_cwd / f"page{n}.yaml",
            f"entities:\n  - {{type: Event, name: {name}, aliases: [{', '.join(generic)}]}}\n",
        )
    imported(store, in_tmp_cwd / "page0.yaml", in_tmp_cwd / "page1.yaml")
    events = store.search("", entity_type="Event", limit=10)
    assert sorted(e.name for e in events) == [
        "Northtown Arts Forum AGM",
        "Westshire Carers Network AGM",
    ]
    assert all(generic[0] in e.aliases for e in events)  # still shown
    assert find_entity(store, "Westshire Carers Network AGM").aliases == generic
