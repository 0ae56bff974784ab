"""Places only the wording says are places: a list after a preposition of where
("has branches in Ormby, Tassel Rise and Quenby"), a body's branch named for its
place ("the Ulverby branch of Foo"), and the area a programme opening a sentence as
"The scheme" serves. Made-up names the gazetteer does not know."""

from tests.extract.reading import entities, located


def test_places_listed_after_across_are_places_of_the_body():
    found = located("Brightwell Advice Network will now work across Ormby, Tassel Rise and Quenby.")
    assert found >= {
        ("Brightwell Advice Network", "Ormby"),
        ("Brightwell Advice Network", "Tassel Rise"),
        ("Brightwell Advice Network", "Quenby"),
    }


def test_two_places_read_as_one_body_are_cut_at_and():
    text = "Greystone Youth Club is a charity working in Pollard and Vennick."
    assert located(text) >= {
        ("Greystone Youth Club", "Pollard"),
        ("Greystone Youth Club", "Vennick"),
    }
    assert ("Organisation", "Pollard and Vennick") not in entities(text)


def test_places_listed_are_not_people():
    text = "Marden Credit Union has offices in Lusby, Harrow Dene and Stoke Wyvern."
    found = entities(text)
    assert ("Place", "Harrow Dene") in found
    assert ("Person", "Harrow Dene") not in found


def test_fields_and_months_after_in_are_no_places():
    found = entities("Quillan Trust makes grants in Health and Social Care in March and April.")
    assert not {e for e in found if e[0] == "Place"}


def test_bodies_listed_after_in_stay_bodies():
    found = entities("Ada Venn has worked in Pollard Housing Trust and Vennick Foundation.")
    assert ("Organisation", "Pollard Housing Trust") in found
    assert ("Place", "Pollard Housing Trust") not in found


def test_branch_named_for_its_place():
    text = "Jo Ruskin runs the Ulverby branch of Hearing Matters, which meets weekly."
    assert ("Hearing Matters", "Ulverby") in located(text)
    assert ("Place", "Ulverby") in entities(text)


def test_body_possessive_branch_and_office():
    assert ("Tamsin Care Trust", "Dorrick") in located(
        "Tamsin Care Trust supports families. The trust's Dorrick office has moved."
    )
    assert ("Tamsin Care Trust", "Dorrick") in located(
        "Tamsin Care Trust's Dorrick office has moved."
    )


def test_branch_noun_after_a_body_name_is_no_place():
    found = entities(
        "Staff work in the Pollard Housing Trust office and in the Finance office of "
        "Vennick Foundation."
    )
    assert not {e for e in found if e[0] == "Place"}


def test_the_scheme_serves_people_in_places():
    text = (
        "Orla Housing has launched Warm Welcome, a befriending scheme. "
        "The scheme will serve people in Gadby, Lenwick and Ash Tarn."
    )
    assert located(text) >= {
        ("Warm Welcome", "Gadby"),
        ("Warm Welcome", "Lenwick"),
        ("Warm Welcome", "Ash Tarn"),
    }


def test_the_whole_of_a_place_is_covered():
    text = "The Kindle Advice Line, run by Orla Housing, now covers the whole of Westerby."
    assert ("Kindle Advice Line", "Westerby") in located(text)


def test_the_scheme_praised_by_people_is_not_placed():
    text = (
        "Orla Housing has launched Warm Welcome, a befriending scheme. "
        "The scheme was praised by people in Gadby."
    )
    assert ("Warm Welcome", "Gadby") not in located(text)


# (a conference: "Fenby Carers Forum" would be a standing body, test_name_types)
_LATE_VENUE = (
    "Fenby Carers Conference\n\n"
    "The Fenby Carers Conference brings unpaid carers and local services together.\n\n"
    "Date: 3 June 2031\n"
    "Venue: Tolley Chapel Hall, Fenby\n\n"
    "The conference is organised by Fenby Carers Link.\n"
)


def test_a_venue_line_under_the_opening_paragraph_locates_the_event():
    assert located(_LATE_VENUE) >= {
        ("Fenby Carers Conference", "Tolley Chapel Hall"),
        ("Fenby Carers Conference", "Fenby"),
    }


def test_a_venue_sentence_in_the_body_stays_prose():
    text = (
        "Fenby Carers Forum\n\n"
        "The Fenby Carers Forum brings unpaid carers and local services together.\n\n"
        "Venue: we are still looking for one near Tolley, and Ada Quist of Fenby Carers "
        "Link would like to hear from anyone who can offer a room.\n"
    )
    assert ("Fenby Carers Forum", "Tolley") not in located(text)


def test_a_place_after_the_area_of_or_the_north_of():
    assert ("Tilby Pantry", "Marlock") in located(
        "Tilby Pantry, which works in the Highfield area of Marlock, has a new van."
    )
    assert ("Place", "Marlock") in entities("Tilby Pantry works in the north of Marlock.")


def test_a_body_after_the_whole_of_stays_a_body():
    found = entities("Jo Tern spoke for the whole of Marlock Hospice at the meeting.")
    assert ("Organisation", "Marlock Hospice") in found
    assert ("Place", "Marlock Hospice") not in found
