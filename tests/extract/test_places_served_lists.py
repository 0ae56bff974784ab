"""Bare names listed after a verb of serving or covering an area ("a charity
serving Quenby and Tarnside", "the Tea Pals service covers A, B and C") are
places where the body or the named service is; bodies listed after such a verb
("the grant covers Foo Trust and Bar Action") stay bodies."""

from __future__ import annotations

from tests.extract.reading import entities, located


def test_a_charity_serving_two_towns_is_in_both():
    pairs = located("News\n\nBrindle Trust is a charity serving Quenby and Tarnside.\n")
    assert {("Brindle Trust", "Quenby"), ("Brindle Trust", "Tarnside")} <= pairs


def test_a_named_service_covering_towns_is_in_them():
    text = "News\n\nThe Tea Pals service now covers Quenby, Tarnside Cross and Wimble.\n"
    assert {("Tea Pals", "Quenby"), ("Tea Pals", "Tarnside Cross")} <= located(text)


def test_bodies_after_covers_stay_bodies():
    text = "News\n\nThe grant covers Brindle Trust and Hollin Action.\n"
    found = entities(text)
    assert ("Place", "Hollin Action") not in found
    assert ("Place", "Brindle Trust") not in found
