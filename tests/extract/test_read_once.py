"""What the extractor reads once and keeps (per Doc or per spelling) gives the
same answers as reading it afresh: a sentence's capital runs with and without
the document's known name openings, a Doc's lower-case words from its array
(and its other per-Doc lists: spellings, tags, number and capital flags, a
stretch's text without a Span), a results line's bounds from the Doc's line
ends. Made-up names."""

from __future__ import annotations

import pytest

from collabgraph.extract import load_nlp
from collabgraph.extract.doc_arrays import (
    like_nums,
    lower_forms,
    pos_tags,
    span_text,
    texts_with_ws,
    token_texts,
)
from collabgraph.extract.mentions import results_rows
from collabgraph.extract.mentions.run_starts import may_open_name
from collabgraph.extract.mentions.runs import _capital_runs, capital_runs
from collabgraph.extract.mentions.tokens import (
    capitals,
    is_cap,
    lower_text,
    lower_word,
    lower_words,
)
from collabgraph.extract.rules.reader import doc_words


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def test_runs_kept_without_seen_give_way_to_a_seen_opening(nlp):
    doc = nlp("Better Lives Fenby runs a food bank with the Westshire Trust.")
    sent = next(iter(doc.sents))
    plain = capital_runs(doc, sent)  # kept on the doc
    assert plain == _capital_runs(doc, sent, False, frozenset())
    seen = frozenset({"better lives"})
    fresh = _capital_runs(doc, sent, False, seen)
    assert fresh != plain  # the opening words name something elsewhere in the page
    assert capital_runs(doc, sent, seen=seen) == fresh
    assert capital_runs(doc, sent, seen=frozenset({"kelby aid"})) == plain


def test_runs_after_a_quote_mark_ask_seen_too(nlp):
    doc = nlp('She said: "Better Lives Fenby runs a food bank with Dalby Council."')
    for sent in doc.sents:
        capital_runs(doc, sent)
        seen = frozenset({"better lives"})
        assert capital_runs(doc, sent, seen=seen) == _capital_runs(doc, sent, False, seen)


def test_lower_forms_and_rule_words_as_the_tokens_give_them(nlp):
    for text in ("", "Ada Brook’s ST. AIDAN’S Trust met 4Sight in Kelby.\n\nÉcole Fenby"):
        doc = nlp(text)
        assert lower_forms(doc) == [t.lower_ for t in doc]
        assert lower_forms(doc) == [t.lower_ for t in doc]  # from the kept strings
        assert doc_words(doc) == [t.lower_.replace("’", "'") for t in doc]


def test_word_tests_kept_per_spelling(nlp):
    doc = nlp("Tom Reed of 4Sight and St. Aidan’s met the KELBY panel, 2024.")
    for _ in range(2):
        for t in doc:
            assert lower_word(t) == lower_text(t.lower_)
            cap = t.text[:1].isupper() and any(c.isalpha() for c in t.text)
            assert is_cap(t) == (cap or t.text == "4Sight")


def _line_afresh(doc, sent):
    start, end = sent.start, sent.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    return start, end


def test_results_line_bounds_from_line_ends(nlp):
    doc = nlp(
        "Kelby Rovers 2 Dalby Town 1. Northam 3 Southby 0\nPostponed: Ayton v Fenby.\n\nA note."
    )
    for sent in doc.sents:
        line = results_rows._line(doc, sent)
        assert (line.start, line.end) == _line_afresh(doc, sent)


_ODD_SPACING = (
    "",
    "Kelby",
    "  The  Fenby Trust’s  board\n\nmet Jo Tern (chair) in  Dalby-on-Sea,  UK.  Then “Ada” spoke.",
    "Ten volunteers, 1,000 meals and the 3rd Kelby Scouts: £5,000 from Fenby Council!",
)


def test_per_doc_lists_as_the_tokens_give_them(nlp):
    for text in _ODD_SPACING:
        doc = nlp(text)
        for _ in range(2):  # built, then kept on the Doc
            assert token_texts(doc) == [t.text for t in doc]
            assert texts_with_ws(doc) == [t.text_with_ws for t in doc]
            assert pos_tags(doc) == [t.pos_ for t in doc]
            assert like_nums(doc) == [t.like_num for t in doc]
            assert lower_words(doc) == [lower_word(t) for t in doc]
            assert capitals(doc) == [is_cap(t) for t in doc]
            assert may_open_name(doc) == [
                is_cap(t) or t.like_num or t.text[:1].isdigit() for t in doc
            ]


def test_span_text_as_the_span_gives_it(nlp):
    for text in _ODD_SPACING:
        doc = nlp(text)
        n = len(doc)
        for start in range(-n - 2, n + 3):
            for end in range(-n - 2, n + 3):
                assert span_text(doc, start, end) == doc[start:end].text


def test_glued_sentences_keep_the_tags_read_after_the_glue(nlp):
    # the glue reads words before the parser and the attribute ruler: nothing it
    # reads is kept on the Doc, so the lists read later hold the final tags
    doc = nlp("The Westshire Academy (WA)’s Thriving Towns Fund helps. It runs in Kelby.")
    assert pos_tags(doc) == [t.pos_ for t in doc]
    assert "PROPN" in pos_tags(doc)
