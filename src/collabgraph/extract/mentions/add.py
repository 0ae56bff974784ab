"""One mention from a span of a sentence: the span trimmed of articles,
possessives and post-nominals, refused when it is no name, and given the type
votes its own words, the recogniser and the gazetteer give it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms, span_text, token_texts
from collabgraph.extract.mentions.acronyms import kind_letters
from collabgraph.extract.mentions.body_fields import field_before_body_noun
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.kinds import award_category, names_a_kind
from collabgraph.extract.mentions.lower_tails import (
    alias_tail,
    lower_tailed,
    occasion_tail,
    site_tail,
)
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.name_ends import (
    council_after,
    letters_of_a_body,
    publication_of_body,
)
from collabgraph.extract.mentions.name_trim import trimmed_run
from collabgraph.extract.mentions.one_word_names import (
    held_at_venue,
    named_as_a_body,
    one_of_a_people,
    people_of_place,
    qualified_body,
)
from collabgraph.extract.mentions.person_shape import person_shape_vote
from collabgraph.extract.mentions.run_words import office_programme_end, without_tail
from collabgraph.extract.mentions.sectors import sector_list
from collabgraph.extract.mentions.shape import (
    attributive,
    has_particle,
    not_a_name,
    not_proper_noun,
)
from collabgraph.extract.mentions.title_words import area_of_office, ends_a_title, field_of_role
from collabgraph.extract.mentions.tokens import (
    ARGUMENT_DEPS,
    PLACE_ENTS,
    is_cap,
    lower_word,
    lower_words,
)
from collabgraph.extract.mentions.votes import (
    EVENT_SHORT_FORMS,
    dated_occasion,
    name_votes,
    ner_votes,
    recurring_occasion,
)
from collabgraph.extract.mentions.worded_names import worded_name
from collabgraph.extract.written_dates import closed_by_years_span, undated_words
from collabgraph.model import titles

_GENERIC_SINGLE = vocab.words("name_generic_words")
_SPEECH = vocab.words("language_words") | vocab.words("nationality_words")
"""A language or nationality word: alone ("in Dari", "a session in Polish"), no name."""
_TYPE_NOUNS = vocab.table("type_nouns")
_COMPASS = vocab.words("place_compass")
_KIND_HEADS = lx.EVENT_HEADS | lx.PROJECT_HEADS | lx.REPORT_HEADS | lx.STRONG_ORG_HEADS
"""Head words of an event, project, report or body: alone, no name."""
# A name in the UK gazetteer is a place unless its words or context say more
# (the recogniser's ORG vote is 2, a name's head word 1-3, a title 5).
PLACE_VOTE = 3
# An office's possessive opening a programme's name ("the Mayor's Fenby Arts Scheme"):
# a programme, whatever its last word says otherwise ("Fund" is a body's word too).
OFFICE_PROGRAMME_VOTE = 6
# A body's one-word name that is also its head word, given as a body's by the words
# before it ("charities including Action"): enough to outweigh the recogniser's guess
# of a person and to count as what the page says, not its head word alone.
NAMED_BODY_VOTE = 5
WORDED_NAME_VOTE = 2
# "Kelby Men in Sheds", "Transport for Northam": a name of everyday words across a small
# word (`worded_names`) that nothing else types is more often a body's than anything's.


def add_mention(
    doc, start, end, mentions, block, section, sent_no, *, title, person_hint, heading, quoted=False
):
    """Append to `mentions` the name tokens start..end of `doc` stand for, trimmed
    (`name_trim.trimmed_run`) and with its type votes, or nothing when the words are no name (a
    post alone, a generic word, an award's category, ...)."""
    lows, raw, texts = lower_words(doc), lower_forms(doc), token_texts(doc)
    surface_start = start
    start, end, postcode = trimmed_run(doc, start, end, heading)
    if start >= end:
        return
    # "the Pellow review": a surname alone is no report's name; with the noun it is
    if (
        end - start == 1
        and end < len(doc)
        and start > 0
        and doc[start - 1].lower_ == "the"
        and doc[end].is_lower
        and _TYPE_NOUNS.get(doc[end].lower_) == "Report"
        and head_kind(lower_word(doc[start]))[0] is None
        and not is_uk_place(doc[start].text)
    ):
        end += 1
    end += council_after(doc, start, end)
    end += occasion_tail(doc, start, end)  # "our Volunteers' Week lunch"
    text = span_text(doc, start, end)
    words = [
        w for w, t in zip(lows[start:end], texts[start:end], strict=True) if t not in {"-", "‐"}
    ]
    # Post-nominals belong to no name, and only people have them: "Jane Doe MP"
    post_nominals = False
    while (
        len(words) > 1
        and words[-1] in lx.POST_NOMINALS
        and texts[end - 1].isupper()
        and not letters_of_a_body(doc, start, end)
    ):
        end -= 1
        words.pop()
        text = span_text(doc, start, end)
        post_nominals = post_nominals or texts[end] in titles.WRITTEN_POST_NOMINALS
    if not words:
        return
    if publication_of_body(doc, start, end, words) and lows[end - 1] == words[-1]:
        end -= 1
        words.pop()
        text = span_text(doc, start, end)
    if not quoted and (
        not_a_name(doc, start, end, words)
        or award_category(doc, start, end, words)
        or ends_a_title(doc, start)
        or field_of_role(doc, end, words)
        or field_before_body_noun(doc, start, end)
        or sector_list(doc, start, end)
    ):
        return
    if text.lower() in lx.ROLE_CORE and doc[start].ent_type_ != "PERSON":
        return  # a post alone, hyphened ("Chair-Elect", "Vice-Chair")
    # "charities including Action": a one-word name the words before give as a body's
    held_at = len(words) == 1 and held_at_venue(doc, start, words[0])  # "held in Parliament"
    named_body = (
        len(words) == 1
        and not heading
        and words[0] in lx.STRONG_ORG_HEADS
        and named_as_a_body(doc, start)
    )
    if len(words) == 1 and (
        (words[0] in lx.ROLE_CORE and doc[start].ent_type_ != "PERSON")
        or (words[0] in _GENERIC_SINGLE and not held_at)
        or words[0] in EVENT_SHORT_FORMS  # "held its AGM at ...": a kind of occasion
        or words[0] in _SPEECH  # "classes in Welsh and Cornish": languages
        or len(words[0]) < 2
        or people_of_place(doc[start].text)  # "Riponers"
        or one_of_a_people(doc, start)  # "herself a Marlower,"
        or (
            words[0] in _KIND_HEADS
            and not qualified_body(doc, start)
            and not named_body
            and not kind_letters(doc[start].text)
        )
    ):
        return
    ner, votes = ner_votes(doc, start, end)
    ner_vote = next(iter(votes.items()), None)
    undated = undated_words(doc, start, end, words)  # "Kelby Plan 2025-2030": "Kelby Plan"
    dated = len(undated) < len(words)
    own_votes = name_votes(undated if dated else without_tail(words))
    votes.update(own_votes)
    if not votes and worded_name(doc, start, end):
        votes["Organisation"] += WORDED_NAME_VOTE  # "Kelby Men in Sheds"
    place = is_uk_place(text)
    if place:
        votes["Place"] += PLACE_VOTE
    # "east London", "north Wales": a compass word in lower case is part of the place
    compass = start > 0 and _compass(doc[start - 1])
    # "south Gwent": one name after a compass word in lower case is a place, whatever
    # the recogniser calls it (not a people: "south Asian")
    lone = compass and end - start == 1 and ner not in {"NORP", "ORG"} and not title
    if lone and not place:
        votes["Place"] += PLACE_VOTE
    if compass and (place or lone or ner in PLACE_ENTS):
        start = surface_start = min(surface_start, start - 1)
        if start > 0 and _compass(doc[start - 1]) and doc[start - 1].lower_ != doc[start].lower_:
            start = surface_start = start - 1  # "north west London": a point of two words
        if start > 1 and doc[start - 1].lower_ in {"and", "&"} and _compass(doc[start - 2]):
            start = surface_start = start - 2  # "mid and south Westshire": one area, its two parts
        text = span_text(doc, start, end)
    if not title and (tailed := lower_tailed(doc, start, end)) is not None:
        start, end = tailed  # "across the Teg valley": the place's name closes with it
        surface_start = min(surface_start, start)
        votes["Place"] += PLACE_VOTE + 2
        text = span_text(doc, start, end)
    elif not title and _placeish(own_votes) and (sited := site_tail(doc, start, end)) > end:
        end = sited  # "at Kelby bus station": the site's name closes with its noun
        votes["Place"] += PLACE_VOTE + 2
        text = span_text(doc, start, end)
    # "the Commissioner's Kelby Lanes Fund": a programme named after an office
    if any(office_programme_end(doc, k, end) == end for k in range(start + 1, end - 2)):
        votes["Project"] += OFFICE_PROGRAMME_VOTE
    # "Stronger Futures 2023" an event; "Rural Youth Project 2023", "Kelby Plan 2025-2030" not
    if dated and not closed_by_years_span(doc, start, end) and dated_occasion(undated[-1]):
        votes["Event"] += 3
    elif recurring_occasion(texts[start:end]):
        votes["Event"] += 3  # "the Annual Village Fair", "our Annual KYA"
    if held_at or postcode:
        votes["Place"] += PLACE_VOTE + 2  # "held in Parliament": where, not the body
    if named_body:
        votes["Organisation"] += NAMED_BODY_VOTE
    if title:
        votes["Person"] += 5
    elif (post_nominals and head_kind(words[-1])[0] is None) or person_hint:
        votes["Person"] += 4
    elif has_particle(doc, start, end) and head_kind(words[-1])[0] is None:
        votes["Person"] += 3  # "Dafydd ab Owain", "Ursula van der Berg"
    elif not votes.get("Person") and (shape := person_shape_vote(doc, start, end)):
        votes["Person"] += shape  # "Ines Rowe", "Kerry-Ann Walsh"
    mentions.append(
        Mention(
            id=-1,
            text=_tidy(text),
            title=title,
            block=block,
            section=section,
            sent=sent_no,
            start=start,
            end=end,
            votes=votes,
            ner=ner,
            surface=span_text(doc, surface_start, end),
            in_heading=heading,
            gazetteer=place,
            not_proper_noun=not_proper_noun(doc, start, end),
            ner_vote=ner_vote,
            attributive=attributive(doc, start, end) or area_of_office(doc, start, end, place),
            kind=names_a_kind(words),
            word_before=_word_before(doc, surface_start),
            after_the=start > 0 and raw[start - 1] == "the",
            opens_sentence=bool(doc[surface_start].is_sent_start),
            verb_argument=doc[start:end].root.dep_ in ARGUMENT_DEPS,
            noun_after=None if title else alias_tail(doc, start, end),
        )
    )


def _placeish(votes) -> bool:
    """Whether a name's words read it as a place or as nothing: not as a body's, a
    programme's or a person's ("the Kelby Mission hall" is the mission's)."""
    return all(kind == "Place" for kind, weight in votes.items() if weight > 0)


def _word_before(doc, start: int) -> str:
    raw = lower_forms(doc)
    k = start - 1
    if k >= 0 and raw[k] in lx.ARTICLES:
        k -= 1
    return raw[k] if k >= 0 else ""


_AROUND_HYPHEN = re.compile(r"\s*([-‐])\s*")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=65_536)  # a function of the text alone, asked again and again
def _tidy(text: str) -> str:
    text = _AROUND_HYPHEN.sub(r"\1", text)
    text = text.replace("’", "'")
    return _SPACES.sub(" ", text).strip()


def _compass(tok) -> bool:
    """A compass word in lower case ("east", "mid"), taken into the place after it."""
    return tok.lower_ in _COMPASS and not is_cap(tok)
