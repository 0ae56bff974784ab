"""Words before an event noun that say how long it ran or how it was seen ("this
high-profile event", "a two-day conference", "the flagship event") do not name
it; an event the body presents as hosted ("this event was hosted by Foo") under a
headline the page address spells is named after that headline."""

from __future__ import annotations

from collabgraph.extract import extract_text
from collabgraph.extract.nlp_model import load_nlp
from collabgraph.extract.page_event.phrases import phrases_in
from tests.extract.reading import events as _events


def _phrase(text: str):
    doc = load_nlp()(text)
    (phrase,) = phrases_in(doc, 0, len(doc), 0)
    return phrase


def test_a_hyphened_word_of_standing_does_not_name_the_event():
    for text in (
        "Funded by the Kelby Trust, this high-profile event was hosted by Fenby CVS.",
        "Funded by the Kelby Trust, this two-day event was hosted by Fenby CVS.",
        "The flagship event was hosted by Fenby CVS.",
    ):
        phrase = _phrase(text)
        assert not phrase.named, text
        assert phrase.name_words == ["event"], text


def test_a_describing_noun_still_names_the_event():
    phrase = _phrase("The community gardening event was hosted by Fenby CVS.")
    assert phrase.named
    assert phrase.name_words == ["Community", "gardening", "event"]


def test_an_event_hosted_in_the_body_is_named_after_a_long_headline():
    seed = extract_text(
        "---\nurl: https://example.org/news/2031/3/2/"
        "building-stronger-rural-voices-across-northtown-for-the-decade-to-come\n---\n\n"
        "Building stronger rural voices across Northtown for the decade to come\n\n"
        "Community leaders from across Westshire gathered in Kelby on 1 March 2031 to agree "
        "shared priorities. Funded by the Dalby Foundation, this high-profile event was hosted "
        "by Fenby Rural Action and the Northtown Policy Centre.\n\n"
        "Ada Brook, Chief Executive of Fenby Rural Action, welcomed delegates to the event.\n"
    )
    (event,) = _events(seed)
    title = "Building stronger rural voices across Northtown for the decade to come"
    assert title in {event["name"], *(event.get("aliases") or ())}
    assert "High-profile" not in event["name"]
