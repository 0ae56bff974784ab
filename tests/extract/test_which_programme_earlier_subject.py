"""A sentence whose running body was named in an earlier paragraph ("The partnership
also runs from the old school.") is read without error: the "which" a programme stands
for is looked for only in the sentence itself."""

from collabgraph.extract import extract_text


def test_a_subject_named_paragraphs_before_is_read_without_error():
    text = (
        "Spring update\n\nThis spring brought plenty of news from across the county, and a "
        "great deal of it came from the Kelby Health Partnership.\n\n"
        "The partnership also runs from the old school.\n"
    )
    seed = extract_text(text, path="page.txt")
    names = {e["name"] for e in seed["entities"]}
    assert "Kelby Health Partnership" in names
