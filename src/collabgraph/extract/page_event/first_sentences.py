"""The page's event as its first sentences tell it: named ("attended the Foo
Conference"), owned ("Foo's AGM", "a reception hosted by Foo"), ours ("our open
day"), or a headline's title with the noun the sentences use ("The meeting ...");
failing these, one a named body held, told a paragraph or two on ("Foo held a
public meeting in Kelby on Saturday"). Not a recurring activity, nor one still
to come. Called by `find.find_page_event`.
"""

from __future__ import annotations

import re

from collabgraph.extract import vocab
from collabgraph.extract.mentions.publications import framed_title
from collabgraph.extract.mentions.tokens import OPENING_QUOTES, is_cap, lower_word
from collabgraph.extract.page_event.around import governed, host_named, hosted_by
from collabgraph.extract.page_event.headlines import (
    dated_title,
    labelled,
    opens_with_its_verb,
    page_title,
)
from collabgraph.extract.page_event.occasion_forms import later_sentences
from collabgraph.extract.page_event.owners import sitting_name
from collabgraph.extract.page_event.phrase_heads import MODIFIERS
from collabgraph.extract.page_event.phrase_words import DETERMINERS
from collabgraph.extract.page_event.phrases import Phrase, phrases_in
from collabgraph.extract.page_event.quoted import quoted_event
from collabgraph.extract.page_event.reading import PageEvent
from collabgraph.extract.page_event.untitled import untitled_event
from collabgraph.extract.written_dates import parse_date
from collabgraph.model.names import occasion_words

RECURRING = vocab.words("page_event_recurring")
_ATTENDED = vocab.words("event_went_words")
_NAME_FOLLOWS = {",", ":", "‘", "“", "'", '"'}
_DATE_WORDS = 5


def dated_after(doc, end: int, sent_end: int) -> bool:
    """ "its quarterly meeting on 11 January 2031": one sitting of a recurring
    event, dated by "on" and a day the phrase is followed by."""
    if end >= sent_end or doc[end].lower_ != "on":
        return False
    return parse_date(doc[end + 1 : min(sent_end, end + 1 + _DATE_WORDS)].text) is not None


def from_first_sentences(
    first: list[Phrase], docs: list, generic: str | None, headline_blocks, layout, url_words
) -> PageEvent | None:
    """An event named, or owned, in the first sentences: "The festive event for
    Foo's partners", "attended Foo's Annual General Meeting", "I spoke at the X
    conference", "Foo held its AGM", "Foo hosted a roundtable on X"; or one the
    headline calls "annual general meeting"."""
    for p in first:
        doc = docs[p.block]
        sent = doc[p.start].sent
        recurring = any(
            lower_word(t) in RECURRING for t in doc[max(sent.start, p.start - 2) : p.end]
        )
        if recurring and not dated_after(doc, p.end, sent.end):
            continue  # "a weekly carers forum": an activity, not the page's event
        lead_end = p.owner[0] if p.owner is not None and 0 <= p.start - p.owner[1] <= 1 else p.start
        lead = [lower_word(t) for t in doc[sent.start : lead_end]]
        at_start = all(w in DETERMINERS or w in MODIFIERS or w == "'s" for w in lead[-3:]) and (
            len(lead) <= 3
        )
        attended = any(w in _ATTENDED for w in lead[-4:]) or governed(doc, p.head_i)
        wanted = generic is not None and p.head == generic
        # "... the key point of a roundtable hosted by Ada Brook MP": presented by its host
        presented = host_named(doc, p.end, sent.end)
        # "following the Annual Council meeting on 22 May 2031": a named sitting, dated
        dated = p.named and dated_after(doc, p.end, sent.end)
        if not (at_start or attended or wanted or p.hosted or presented or dated):
            continue
        host = hosted_by(doc, p.end, sent.end) if p.owner is None and not p.named else None
        if not p.named and _name_follows(doc, p.end, p.hosted):
            # "hosted its spring summit, ‘Growing Older Together’": the quoted name, not
            # a later sentence's "Foo hosted the summit"
            quoted = quoted_event(layout, docs, False)
            if quoted is not None:
                return quoted
            continue
        titled = None if p.named else framed_title(doc, p.head_i, sent.end)
        if titled is not None:  # "a seminar entitled Working Together: Foo and Bar"
            event = PageEvent(doc[titled[0] : titled[1]].text, evidence=sent.text)
            event.aliases.append(" ".join(p.name_words))
            if p.owner is not None:
                event.owner_spans.setdefault(p.block, []).append(p.owner)
        elif p.named:
            event = PageEvent(" ".join(p.name_words), evidence=sent.text)
            if p.text[:1] in _NAME_FOLLOWS:  # "the ‘Save Our Parks’ event", as written
                event.aliases.append(p.text)
            if p.owner is not None:  # "Foo hosted the Bright Futures Summit"
                event.owner_spans.setdefault(p.block, []).append(p.owner)
        elif p.owner is not None or host is not None:
            span = p.owner or host  # "Foo's AGM", "a reception hosted by Foo"
            owner = " ".join(re.sub(r"^[Tt]he ", "", doc[span[0] : span[1]].text).split())
            noun = " ".join(p.name_words)
            event = PageEvent(f"{owner} {noun}", evidence=sent.text)
            launched = p.owner is not None and span[0] > p.head_i and p.head in _LAUNCH_HEADS
            if not launched:  # "the launch of the Foo Centre": the centre holds nothing
                event.owner = owner
                event.owner_spans.setdefault(p.block, []).append(span)
            sitting = sitting_name(doc, noun, span, p.head_i) if p.owner is not None else None
            if launched:  # "the launch of the Foo Centre": as the page says it
                sitting = sitting_name(doc, noun, span, p.head_i, any_noun=True)
            if sitting is not None:
                # "attended a meeting of the Foo Partnership Forum": as the page says it
                event.aliases.append(event.name)
                event.name = sitting
            event.aliases.append(noun)
        elif p.ours and (len(p.name_words) > 1 or layout.meta.get("url")):
            # "our AGM", "we held an open day": named after the page's organisation
            name = " ".join(p.name_words)
            event = PageEvent(name[:1].upper() + name[1:], evidence=sent.text, ours=True)
            event.ours_noun = p.ours_noun
            event.aliases.append(name)
        else:
            quoted = quoted_event(layout, docs, False)
            if quoted is not None:  # "The workshop ..." after "a workshop called ‘X’"
                return quoted
            title = page_title(headline_blocks, layout, url_words, docs)
            if not (at_start or presented) or _to_come(sent, p.start):
                continue  # "The AGM will be held in May": not what the page reports
            if title is None and all(labelled(layout.blocks[b].text) for b in headline_blocks):
                # "A conference was held at Foo", under no headline or only "Venue: ..." lines
                event = untitled_event(doc, p)
            elif title is None or _proper(p.name_words):
                continue  # "Dalby Forum has published ...": a name, not the title's meeting
            else:
                # "Foo Group, May 2031" over "The meeting ...": "Foo Group meeting May 2031"
                named, when = dated_title(title)
                # "Celebrating ten years of Foo" over "A celebration ...": no "celebration" again
                noun = () if opens_with_its_verb(named, p.head) else p.name_words
                name = " ".join(w for w in (named, *noun, when) if w)
                event = PageEvent(name, evidence=sent.text)
                event.aliases.append(title)
                event.date = parse_date(when) if when else None
        event.spans.setdefault(p.block, []).append((p.start, titled[1] if titled else p.end))
        if p.also:
            event.spans[p.block].append(p.also)
            also = doc[p.also[0] : p.also[1]].text
            event.aliases.append(also)
            # "Foo held its annual conference and awards ceremony": one event, called both
            event.aliases.append(f"{event.name} and {also}")
        return event
    return None


_HELD_FURTHER = 2  # paragraphs after the first ones read for "Foo held a meeting"


def held_further(layout, docs, body, headline_blocks, url_words) -> PageEvent | None:
    """An event a body is said to have held, told a paragraph or two after the first
    ones (a news report opening on what followed): "Foo held a public meeting in
    Kelby on Saturday" is the "Foo public meeting". Only a held event, in the past
    ("held", "hosted"; not "will hold"), with its holder named."""
    blocks = sorted({b for b, _ in later_sentences(layout, docs, body)})[:_HELD_FURTHER]
    for b in blocks:
        doc = docs[b]
        for sent in doc.sents:
            for p in phrases_in(doc, sent.start, sent.end, b):
                if p.hosted and doc[p.head_i].head.tag_ in {"VBD", "VBN"}:
                    args = (docs, None, headline_blocks, layout, url_words)
                    return from_first_sentences([p], *args)
    return None


def _proper(words: list[str]) -> bool:
    """Whether a phrase's words hold a proper name, a capitalised word that is no
    kind of occasion ("Dalby Forum"; not "The AGM", "Annual General Meeting")."""
    _, kinds = occasion_words(" ".join(words))
    return any(w[:1].isupper() and w.lower() not in kinds | DETERMINERS for w in words)


_COMING = vocab.words("event_coming_words")
_LAUNCH_HEADS = vocab.words("event_launch_heads")


def _to_come(sent, start: int) -> bool:
    """Whether a sentence speaks of its event as still to come: "The AGM will be
    held on ...", "the next meeting is on ...", "our forthcoming open day"
    (vocab/event_coming_words.txt; "will" and "shall" as the sentence's verbs)."""
    if any(t.lower_ in _COMING for t in sent.doc[max(sent.start, start - 2) : start + 1]):
        return True
    return any(t.tag_ == "MD" and t.lower_ in {"will", "shall", "'ll"} for t in sent)


_FRAMES = vocab.words("name_frame_words")


def _name_follows(doc, i: int, hosted: bool) -> bool:
    """A name in quotes after an event noun: "a workshop called ‘Growing Kelby’",
    "a workshop: ‘X’"; "hosted its spring summit, ‘X’" (after a comma, when hosted)."""
    if hosted and i < len(doc) and doc[i].text in _NAME_FOLLOWS:
        return True
    k = i
    if k < len(doc) and (doc[k].lower_ in _FRAMES or doc[k].text == ":"):
        k += 1
    return (
        k < len(doc) and doc[k].text in OPENING_QUOTES and k + 1 < len(doc) and is_cap(doc[k + 1])
    )


def owner_told_after(event: PageEvent, first: list[Phrase], docs: list) -> PageEvent:
    """The holder the first sentences give a headline's event ("Roundtable: can ...?"
    over "On 4 May Foo Trust convened a roundtable"): Foo Trust holds it (its
    `owner`, where the page writes it); `event` unchanged when it has one already or
    no unnamed phrase of its kind has one."""
    if event.owner is not None:
        return event
    for p in first:
        if p.owner is None or p.named or p.head not in re.findall(r"[\w'-]+", event.name.lower()):
            continue
        doc = docs[p.block]
        event.owner = " ".join(re.sub(r"^[Tt]he ", "", doc[p.owner[0] : p.owner[1]].text).split())
        event.owner_spans.setdefault(p.block, []).append(p.owner)
        return event
    return event
