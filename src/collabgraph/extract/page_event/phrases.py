"""Event noun phrases in a sentence: "Foo's combined Annual General Meeting".

Which word heads one is `phrase_heads.py`; this module reads the phrase around
it: its name, its owner, an event named with it. The words that do not name an
event are data: `vocab/event_modifiers.txt`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collabgraph.extract.lexicon import DASHES, HOST_VERBS
from collabgraph.extract.mentions.hyphened_names import verb_a_noun_at
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, lower_word, lower_words
from collabgraph.extract.page_event.around import conjoined_end, described, topic
from collabgraph.extract.page_event.owners import host, owner_of, their, we_host
from collabgraph.extract.page_event.phrase_heads import HEAD_WORDS, HEADS, MODIFIERS, event_head
from collabgraph.extract.page_event.phrase_words import (
    DETERMINERS,
    PAIRED_TAILS,
    body_possessive,
    lead_shout,
    lower_run_after_name,
    lower_run_after_owner,
    name_possessive,
    of_name_end,
    paired_half,
    people_possessive,
    quoted_before,
)
from collabgraph.extract.written_dates import YEAR

CONNECTORS = {"and", "of", "&", "for", "on", "in", "to", "with", "without", "/"}
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)?$", re.I)
# "Hosts", "Held" in a title-case headline: the verb, not a word of the event's name
_HEADLINE_VERBS = {w for w in HOST_VERBS if w.endswith(("s", "ed")) or w == "held"}
_PHRASE_STOPS = POSSESSIVE | {",", ":", "(", '"'}  # built once, not once a word


@dataclass
class Phrase:
    """An event noun phrase in one block: "Foo's combined Annual General Meeting"."""

    block: int
    start: int  # first token of the phrase (after an article or possessive)
    end: int  # after the head (and a year)
    head: str  # the event noun, lower case
    name_words: list[str]  # the words a name keeps ("Annual General Meeting")
    named: bool  # a capitalised word names it ("Carers and Families summit")
    owner: tuple[int, int] | None = None  # token span of the organisation it belongs to
    text: str = ""
    also: tuple[int, int] | None = None  # "... and Annual Members Meeting": the same event
    hosted: bool = False  # the owner is the subject of "held", "hosted": "Foo held its AGM"
    ours: bool = False  # "our AGM": the page's own organisation holds it
    ours_noun: str | None = None  # "the organisation's annual awards": the body noun
    described: bool = False  # named by lower-case words ("Community gardening event")
    head_i: int = -1  # the event noun's token


def phrases_in(doc, start: int, end: int, block: int, *, headline: bool = False) -> list[Phrase]:
    """Event noun phrases between tokens `start` and `end` of a Doc (in a
    headline, read as one: `event_head`)."""
    out, lows = [], lower_words(doc)
    for i in range(start, end):
        if lows[i] not in HEAD_WORDS:
            continue  # most words: no event noun (`event_head` would say None)
        found = event_head(doc, i, start, end, headline=headline)
        if found is None or (i - 4 >= start and verb_a_noun_at(doc, i - 4)):  # Dial-a-Ride
            continue
        head, tail = found
        quoted = quoted_before(doc, i - tail, start)
        if quoted is not None:  # "the lively ‘Save Our Parks’ event": named by the quoted words
            phrase = Phrase(
                block, quoted[0] - 1, i + 1, head, doc[quoted[0] : quoted[1]].text.split(), True
            )
            phrase.text, phrase.head_i = doc[quoted[0] - 1 : i + 1].text, i
            out.append(phrase)
            continue
        j = i - 1 - tail
        lower_budget = 1
        while j >= start:
            t = doc[j]
            low = lower_word(t)
            # "Keep Our Libraries event"; not "WHAT IS A FOO SUMMIT": an article opens one
            inside = j > start and is_cap(t) and is_cap(doc[j - 1]) and low not in {"a", "an"}
            if name_possessive(doc, j, start):
                j -= 1  # "the Tenants' Conference", "Young People's Summit": inside the name
                continue
            if people_possessive(doc, j, start):
                j -= 2  # "Foo's annual tenants' conference": whose conference it is for
                continue
            if (low in DETERMINERS and not inside) or t.text in _PHRASE_STOPS:
                break
            if headline and low in _HEADLINE_VERBS:
                break  # "Foo Group Hosts Parliamentary Coffee Morning": title case, a verb
            if headline and _set_off_body(doc, j, start, i):
                j -= 1  # "Foo Association – AGM 2031": the body's own meeting
                continue
            if t.is_punct and t.text not in {"-", "&", "/"}:
                break  # "Home » News » Foo Summit"
            if t.text == "-" and not t.whitespace_ and j > start and is_cap(doc[j - 1]):
                j -= 1  # "All-Wales Allotment Conference"
                continue
            if is_cap(t) or _ORDINAL.match(t.text) or low in MODIFIERS:
                j -= 1
                continue
            if low in CONNECTORS and j > start and is_cap(doc[j - 1]) and is_cap(doc[j + 1]):
                j -= 1
                continue
            if (
                lower_budget
                and t.pos_ in {"NOUN", "ADJ"}
                and j > start
                and is_cap(doc[j - 1])
                and not doc[j - 1].is_sent_start
            ):
                lower_budget -= 1  # "the Green party conference"
                j -= 1
                continue
            owned = lower_run_after_owner(doc, j, start)  # "Foo's volunteer recruitment fair"
            j = owned if owned is not None else lower_run_after_name(doc, j, start)
            break
        p_start, p_end = j + 1, of_name_end(doc, i, end)  # "Festival of Quiet Lanterns"
        of_name = p_end > i + 1
        paired = not of_name and i + 2 < end and paired_half(doc, i + 2, start)
        if paired:  # "the Carer Support Lunch and Learn": one name
            p_end = i + 3
        if p_end < end and YEAR.fullmatch(doc[p_end].text):
            p_end += 1
        p_start += _leading_determiners(doc[p_start:p_end])  # "Hosts Our First Foo Summit"
        words = [t for t in doc[p_start:p_end]]
        first_name = next(
            (
                k
                for k, t in enumerate(words)
                if (is_cap(t) or t.text[:1].isdigit())
                and not lead_shout(t)
                and lower_word(t) not in MODIFIERS
                and lower_word(t) not in HEADS
                and not (k == len(words) - 1 and YEAR.fullmatch(t.text))
                and not (paired and k > i - p_start)
            ),
            None,
        )  # fmt: skip  (a year alone does not name an event: "the conference 2019")
        # "the Lunch and Learn", "the Stitch and Natter": the pair itself names it
        pair = i - p_start if paired else i - 2 - p_start if head in PAIRED_TAILS else None
        if pair is not None and pair >= 0:
            first_name = pair if first_name is None else min(first_name, pair)
        if of_name:  # the noun opens the name "of" goes on in, or a word before it does
            first_name = min(i - p_start, i - p_start if first_name is None else first_name)
        if (
            first_name is None
            and len(words) >= 3
            and YEAR.fullmatch(words[-1].text)
            and all(is_cap(t) for t in words[:-1])
        ):
            first_name = 0  # "our Annual Conference 2031": a name, capitalised with its year
        while (
            first_name
            and is_cap(words[first_name - 1])
            and (MODIFIERS.get(lower_word(words[first_name - 1])) == "keep" or not headline)
            and not words[first_name - 1].is_sent_start
        ):
            first_name -= 1  # "the Annual Youth Worker Day Conference", "the National X Summit"
        named = first_name is not None and not (
            p_start == doc[p_start].sent.start and first_name == 0 and len(words) == 2
        )
        also = conjoined_end(doc, p_end, end)
        if named and also is not None and also - p_end <= 3:
            p_end, also = also, None  # "the Foo conference and exhibition 2019": one name
            if p_end < end and YEAR.fullmatch(doc[p_end].text):
                p_end += 1
        if named:
            name_words = "".join(t.text_with_ws for t in doc[p_start + first_name : p_end]).split()
            name_words = [w for w in name_words if w not in DASHES]  # "Foo Association AGM"
        else:
            # "Foo's first hybrid Regional Summit": a describing word the page
            # capitalises inside a sentence is a word of the name, "Regional Summit"
            kept = [
                t
                for t in words
                if MODIFIERS.get(lower_word(t), "keep") == "keep"
                or (not headline and is_cap(t) and not t.is_sent_start)
            ]
            name_words = "".join(t.text_with_ws for t in kept).split()  # "tenants' conference"
            subject = topic(doc, p_end, end)
            if subject:  # "a roundtable on community wealth building"
                named = True
                noun = [t.text for t in doc[p_start : i + 1] if lower_word(t) not in MODIFIERS]
                noun = noun[-2:] if tail else noun[-1:]
                noun[0] = noun[0].capitalize()
                name_words = [*noun, doc[p_end].lower_, *subject]
        phrase = Phrase(
            block, p_start, p_end, head, name_words, named, text=doc[p_start:p_end].text
        )
        phrase.head_i = i
        phrase.owner = owner_of(doc, p_start, p_end, start, end)
        if phrase.owner is None:
            phrase.owner = host(doc, i, start, end)
            phrase.hosted = phrase.owner is not None
        if phrase.owner is None:
            phrase.owner = their(doc, p_start, start)
        left = None if named else described(doc, i, p_start, start)
        if left is not None:  # "Community gardening event brings together partners"
            phrase.start = left
            phrase.name_words = doc[left:p_end].text.split()
            phrase.named = phrase.owner is None
            phrase.described = True
            if phrase.named:
                phrase.name_words[0] = phrase.name_words[0][:1].upper() + phrase.name_words[0][1:]
            phrase.text = doc[left:p_end].text
        phrase.ours = phrase.owner is None and (
            (p_start > start and doc[p_start - 1].lower_ == "our") or we_host(doc, i)
        )
        if phrase.owner is None and not phrase.ours and p_start > start:
            # "the organisation's annual awards": the body the page is about holds it
            phrase.ours_noun = body_possessive(doc, p_start - 1, start)
            phrase.ours = phrase.ours_noun is not None
        if also is not None:
            phrase.also = (p_end + 1, also)
        out.append(phrase)
    return out


def _set_off_body(doc, j: int, start: int, head: int) -> bool:
    """Whether token j is a spaced dash in a headline between a capitalised name and
    an event phrase that names no event of its own ("Foo Association – AGM 2031",
    "Foo Network - Annual Conference 2031": only describing words, event nouns and a
    year between the dash and the head at token `head`): the name before it holds
    the event and opens its name."""
    t = doc[j]
    if t.text not in DASHES or not t.whitespace_ or j <= start or not doc[j - 1].whitespace_:
        return False
    if not is_cap(doc[j - 1]):
        return False
    return all(
        lower_word(w) in MODIFIERS or lower_word(w) in HEADS or _ORDINAL.match(w.text)
        for w in doc[j + 1 : head]
    )


def _leading_determiners(words) -> int:
    """How many words open a title-case phrase without naming it: a capitalised
    determiner and the dropped describing words after it ("Our First", "Their
    Second" in "Foo Hosts Our First Carers Summit"); 0 when it opens with no
    determiner or the rest names nothing."""
    if not words or lower_word(words[0]) not in DETERMINERS or not is_cap(words[0]):
        return 0
    k = 1
    while k < len(words) and MODIFIERS.get(lower_word(words[k])) == "drop":
        k += 1
    return k if k < len(words) - 1 else 0
