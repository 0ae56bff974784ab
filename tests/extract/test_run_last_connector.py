"""A run of capitalised words that ends in a lower-case name connector ("Drop-in":
"Drop", "-", "in") is read, not cut after its last word, which crashed the
mention finder (mentions/split.py). Made-up wording."""

from __future__ import annotations

import pytest

from collabgraph.extract import extract_text


@pytest.mark.parametrize("text", ["Drop-in", "Drop-in\n\nFenby Carers Group has a new drop-in.\n"])
def test_a_title_ending_in_a_connector_is_read(text):
    seed = extract_text(text)
    assert isinstance(seed["entities"], list)
