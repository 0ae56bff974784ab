"""A relation's id comes from what identifies it, whatever type a file gave its values in."""

from collabgraph.model.batch import relation_id


def test_a_year_written_as_a_number_gives_the_same_relation_as_the_year_as_text():
    # YAML reads `since: 2016` as an int, a CSV cell gives "2016": one relation either way.
    as_number = relation_id("WORKS_FOR", "person:a", "organisation:b", since=2016, until=2019)
    as_text = relation_id("WORKS_FOR", "person:a", "organisation:b", since="2016", until="2019")
    assert as_number == as_text
    assert as_number.startswith("works_for:")


def test_ids_tell_apart_what_identifies_a_relation():
    base = relation_id("FUNDED", "organisation:f", "organisation:r", external_id="G-1")
    assert base != relation_id("FUNDED", "organisation:f", "organisation:r", external_id="G-2")
    assert base != relation_id("FUNDED", "organisation:f", "organisation:r", external_id=1)
    assert relation_id("WORKS_FOR", "person:a", "organisation:b", role="Chief  Executive") == (
        relation_id("WORKS_FOR", "person:a", "organisation:b", role="chief executive")
    )
