"""The span model's candidates and what it makes of them (`learned.spans`): small
made-up sentences; the model is a hand-written one, since none is shipped."""

from __future__ import annotations

from collabgraph.extract.context import DocumentContext
from collabgraph.extract.learned.model import LinearModel
from collabgraph.extract.learned.spans import SpanFinder, candidates
from collabgraph.extract.mentions import Mention
from collabgraph.extract.nlp_model import load_nlp


def _texts(text: str) -> set[str]:
    doc = load_nlp()(text)
    return {doc[s:e].text for sent in doc.sents for s, e, _ in candidates(sent)}


def test_title_case_runs_keep_small_words_inside_and_drop_a_leading_the():
    found = _texts("Families joined the Friends of Elm Park Walk and the Garden & Play Club.")
    assert {"Friends of Elm Park Walk", "Garden & Play Club"} <= found
    assert not any(t.startswith("the ") for t in found)


def test_a_quoted_title_and_a_run_opening_the_sentence_without_its_first_word():
    found = _texts("Funded by Harbour Arts, the ‘Grow Together’ sessions ran weekly.")
    assert "Grow Together" in found
    assert "Harbour Arts" in found  # the run without "Funded"


def test_a_possessive_ends_a_run():
    assert "Millbrook Trust" in _texts("Millbrook Trust's Step Up scheme opened.")


def _finder(text: str, weights: dict[str, tuple[float, ...]]):
    doc = load_nlp()(text)
    finder = SpanFinder([doc], event=False)
    finder.model = LinearModel(("NONE", "Project", "Event"), (0.0, -5.0, -5.0), weights, 0.6)
    return doc, finder


def test_a_span_the_model_reads_as_a_programme_becomes_a_mention_of_one():
    doc, finder = _finder(
        "Residents joined Grow Together in the spring.", {"pre=joined": (0.0, 8.0, 0.0)}
    )
    sent = next(doc.sents)
    found = finder.mentions_in(
        DocumentContext(), doc, sent, [], block=0, block_kind="para", section=0, sent_no=0
    )
    assert [(m.text, m.votes.most_common(1)[0][0]) for m in found] == [("Grow Together", "Project")]


def test_the_finders_own_name_is_given_the_models_type_and_a_part_is_left_alone():
    doc, finder = _finder("Residents joined Grow Together.", {"pre=joined": (0.0, 0.0, 8.0)})
    sent = next(doc.sents)
    own = Mention(0, "Grow Together", None, 0, 0, 0, 2, 4)
    own.votes["Organisation"] = 3
    ctx = DocumentContext()
    found = finder.mentions_in(
        ctx, doc, sent, [own], block=0, block_kind="para", section=0, sent_no=0
    )
    assert found == [own] and own.votes.most_common(1)[0][0] == "Event"
    part = Mention(0, "Grow", None, 0, 0, 0, 2, 3)
    found = finder.mentions_in(
        ctx, doc, sent, [part], block=0, block_kind="para", section=0, sent_no=0
    )
    assert found == [part] and not part.votes


def test_without_a_model_nothing_is_added():
    doc = load_nlp()("Residents joined Grow Together.")
    finder = SpanFinder([doc], event=False)
    finder.model = None
    sent = next(doc.sents)
    assert (
        finder.mentions_in(
            DocumentContext(), doc, sent, [], block=0, block_kind="para", section=0, sent_no=0
        )
        == []
    )
