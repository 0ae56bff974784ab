"""Events named in passing, in lower case, after the possessive of whoever holds them:
"stepped down at Kelby Homes’ annual general meeting", "spoke at Fenby Trust's
annual conference in May", "presented at the council's cabinet meeting". No run of
capitals finds them, so one mention each is added, named as a reader would ("Kelby
Homes annual general meeting"; after a body's common noun, as written: "Cabinet
meeting", held by the body that noun refers to, `rules/own_words.the_bodys`); the
form the page writes is kept as an alias (`event_owners.add_owner_forms`). A
body's meeting told as happening or planned, with no possessive before it, is one
too (`_told_meeting`: "its first meeting is to be held", "the next meeting of the
association will take place", "Foo Trust is planning a public meeting").

The event nouns and the words a name drops are the page event's
(`page_event/phrases.py`); an activity that recurs ("Foo's weekly coffee
morning") and an owner that is a month or day ("November's board meeting") name
no one event.
"""

from __future__ import annotations

from collections import Counter

from collabgraph.extract import vocab
from collabgraph.extract.lexicon import BODY_NOUNS, HOST_VERBS
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import (
    ARGUMENT_DEPS,
    CALENDAR_WORDS,
    FINITE_TAGS,
    POSSESSIVE,
    PRESENT_TAGS,
    lower_word,
)
from collabgraph.extract.page_event.owners import sitting_of
from collabgraph.extract.page_event.phrase_words import body_possessive
from collabgraph.extract.page_event.phrases import phrases_in

OWNED = "owned event"  # Mention.synthetic of these events
_RECURRING = vocab.words("page_event_recurring")
_ABBREVIATIONS = vocab.table("event_abbreviations")  # "annual general meeting" -> "AGM"
_SHORT = set(_ABBREVIATIONS.values())  # "Foo's AGM"
_SITTINGS = {*_ABBREVIATIONS, *(s.lower() for s in _SHORT)}  # a body's yearly sitting
# above a name's own words ("Annual General Meeting" read by its head word: 1-3)
_EVENT_VOTE = 6


def owned_events(
    doc, sent, mentions: list[Mention], block: int, section: int, sent_no: int, page_event=None
) -> None:
    """Add to `mentions` an Event mention for each lower-case event phrase written
    right after a name's possessive, when that name is a mention of the sentence
    and nothing else claims the phrase's words. `page_event` (a PageEvent or None):
    a phrase of its kind is the page's own event ("Foo's reception" on a page about
    the "Foo Parliamentary reception"), left to be read as that."""
    phrases = phrases_in(doc, sent.start, sent.end, block)
    if not phrases:
        return
    taken = {i for m in mentions for i in range(m.start, m.end)}
    page_words = set()
    if page_event is not None:
        page_words = {w.lower() for n in (page_event.name, *page_event.aliases) for w in n.split()}
    page_names = _page_names(page_event)
    for p in phrases:
        if p.start - 1 <= sent.start:
            continue
        named = _named_before(doc, p, mentions)
        if p.head in page_words and (named is None or named.text.lower() in page_names):
            continue  # not "the Foo Network meeting" beside the page's own "Bar Trust meeting"
        holder = _body_before(doc, p, mentions) or named
        if holder is not None:  # "at the Foo Trust annual general meeting"
            words = doc[holder.end : p.end]
        elif doc[p.start - 1].text in POSSESSIVE - {"'", "’"} or _plural_owner(doc, p):
            words = doc[p.start : p.end]
        elif (bare := _bare_sitting(doc, p)) is not None:
            if not taken & set(range(p.start, p.end)) and not _standing_sitting(doc, p, sent):
                mentions.append(event_mention(bare, bare, block, section, sent_no, p.start, p.end))
            continue
        else:
            told = _told_meeting(doc, p, mentions)
            if told is not None and not taken & set(range(p.start, told[2])):
                text, surface, end = told
                mentions.append(event_mention(text, surface, block, section, sent_no, p.start, end))
            continue
        if any(not t.is_lower and t.text not in _SHORT for t in words if t.is_alpha):
            continue  # "Foo's Annual Conference" is a name; "Foo's AGM" is not
        if taken & set(range(words.start, p.end)):
            continue
        if any(lower_word(t) in _RECURRING for t in words):
            continue  # "Foo's weekly coffee morning": an activity, not one event
        owner = holder or _named_owner(doc, p, mentions)
        if owner is not None:  # "Fenby's annual general meeting"
            text = (
                f"{owner.text} {words.text}" if holder else f"{owner.text} {' '.join(p.name_words)}"
            )
            surface = doc[owner.start : p.end].text
        elif body_possessive(doc, p.start - 1, sent.start) is not None:
            # "the council's cabinet meeting": as written; who held it, `the_bodys`
            text = surface = words.text[:1].upper() + words.text[1:]
        else:
            continue
        mentions.append(event_mention(text, surface, block, section, sent_no, words.start, p.end))


def event_mention(
    text: str, surface: str, block: int, section: int, sent_no: int, start: int, end: int
) -> Mention:
    """An Event mention the sentence's capitals did not find, over tokens start:end."""
    return Mention(
        id=-1,
        text=text,
        title=None,
        block=block,
        section=section,
        sent=sent_no,
        start=start,
        end=end,
        votes=Counter({"Event": _EVENT_VOTE}),
        surface=surface,
        synthetic=OWNED,
    )


_MEETINGS = vocab.words("body_meeting_heads")
_TOLD = vocab.words("meeting_told_verbs")
_TOLD_OBJECT = HOST_VERBS | _TOLD  # "Foo Trust is planning a public meeting"


def _told_meeting(doc, p, mentions: list[Mention]) -> tuple[str, str, int] | None:
    """(name, form as written, end) of a body's meeting told as happening, with no
    possessive of a name before it: the subject of "be held", "take place" ("its
    first meeting is to be held today", "the next meeting of the association will take
    place on ..."; "First meeting of the Foo Board", "Meeting of the association" as
    "<noun> of <body>", vocab/body_meeting_heads.txt) or the object of a verb
    whose subject is a body ("Foo Trust is planning a public meeting": "Foo Trust
    public meeting"). Not a
    meeting that is only the setting of another deed ("at its meeting"). None
    when no body owns it or no such verb tells it."""
    tok = doc[p.head_i]
    if p.named or p.head not in _MEETINGS:
        return None
    verb = tok.head
    said = next((c for c in tok.children if c.dep_ in {"acl", "relcl"} and c.lower_ in _TOLD), None)
    if said is not None:  # "with its first meeting to be held today": as its subject
        verb = said
    elif tok.dep_ not in ARGUMENT_DEPS:  # the meeting told as subject or object
        return None
    if verb.lower_ not in (_TOLD if said is not None or tok.dep_ != "dobj" else _TOLD_OBJECT):
        return None
    if verb.lemma_ == "take" and not any(c.lower_ == "place" for c in verb.children):
        return None
    first = p.start  # "its first meeting": the ordinal kept; "the next meeting": not
    while first > 0 and doc[first - 1].ent_type_ == "ORDINAL" and doc[first - 1].is_lower:
        first -= 1
    written = doc[first : p.end].text  # "first meeting", "public meeting"
    if tok.dep_ == "dobj" and said is None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        body = body_at(subject.i, mentions) if subject is not None else None
        if body is None:
            return None
        name = f"{body.text} {written}"  # named as a reader would: "Foo Trust public meeting"
        return name, name, p.end
    body = body_at(p.owner[0], mentions) if p.owner is not None else None
    if body is not None:  # "its first meeting": the body named before
        name = sitting_of(written, body.text)
        return name, name, p.end
    k = p.end
    if k + 2 < len(doc) and doc[k].lower_ == "of" and doc[k + 1].lower_ == "the":
        after = body_at(k + 2, mentions)
        if after is not None:  # "the next meeting of the Foo Forum"
            name = sitting_of(written, after.text)
            return name, name, p.end
        if doc[k + 2].lower_ in BODY_NOUNS and doc[k + 2].is_lower:
            name = sitting_of(written, doc[k + 2].text)
            return name, name, k + 3  # "the next meeting of the association"
    return None


_BARE_BEFORE = vocab.words("bare_sitting_openers")


def _bare_sitting(doc, p) -> str | None:
    """A body's yearly sitting named by its kind alone, after "the", "our", "its"
    or a label's colon ("At the AGM, Jo Tern was elected chair", "following our
    annual general meeting", "Diary: AGM, 4 June"): its words as written, the first
    capitalised; whose it is, the page's own body, is read once the page is
    (`meeting_holders.own_sitting_holder`). None for any other phrase."""
    words = doc[p.start : p.end]
    if " ".join(words.text.lower().split()) not in _SITTINGS:
        return None
    if lower_word(doc[p.start - 1]) not in _BARE_BEFORE:
        return None
    return words.text[:1].upper() + words.text[1:]


_STANDING_MODALS = vocab.words("standing_sitting_modals")
_EVERY = vocab.words("standing_sitting_every")
_AUX_DEPS = frozenset({"aux", "auxpass"})
_UP_TO = 12  # heads read above the sitting, at most


def _standing_sitting(doc, p, sent) -> bool:
    """A body's yearly sitting named by its kind alone (`_bare_sitting`) that the
    sentence tells as a standing arrangement, not as one sitting: the clause over it
    in the simple present ("Every member has one vote at our AGM", "Our trustees are
    elected at the AGM", "gives your group a vote at our AGM", "elected each year at
    our annual general meeting", under "is governed by") or with "can"/"may" ("any
    resident can become a member and vote at our AGM"), and no day, month or year in
    the sentence but after "each"/"every" ("elected at our AGM each November"). Not
    a sitting told as done, to come or under way ("At the AGM, Jo Tern was elected",
    "will report at the AGM", "is stepping down at the AGM"), nor one dated ("Our AGM
    is on 4 June")."""
    if _dated(doc, sent):
        return False
    tok = doc[p.head_i]
    for _ in range(_UP_TO):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        auxes = [c for c in tok.children if c.dep_ in _AUX_DEPS]
        if any(a.tag_ == "MD" for a in auxes):
            return any(lower_word(a) in _STANDING_MODALS for a in auxes if a.tag_ == "MD")
        if not auxes and tok.tag_ in PRESENT_TAGS:
            return True  # "has one vote at our AGM"
        if tok.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ in PRESENT_TAGS for a in auxes):
            return len(auxes) == 1  # "are elected at the AGM"; not "has been elected"
        if auxes or tok.tag_ in FINITE_TAGS:
            return False  # "was elected", "is stepping down", "has agreed"
        # a participle or a bare conjunct ("elected by members at the AGM", "and
        # vote at our AGM"): told by the verb it hangs from
    return False


def _dated(doc, sent) -> bool:
    """Whether the sentence names a day, month or year (a date entity holding one,
    not after "each"/"every": "each November" is no date)."""
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if ent.start > sent.start and lower_word(doc[ent.start - 1]) in _EVERY:
            continue
        if lower_word(doc[ent.start]) in _EVERY:
            continue
        if any(lower_word(t) in CALENDAR_WORDS or _year(t.text) for t in ent):
            return True
    return False


def _year(text: str) -> bool:
    """Whether `text` is a year written in figures ("2025")."""
    return len(text) == 4 and text.isdigit() and text[:2] in {"19", "20"}


def body_at(i: int, mentions: list[Mention]) -> Mention | None:
    """The sentence's mention holding token i, read as a body (not an event this
    module or `told_sittings` added on it: those have Event votes only)."""
    m = next((m for m in mentions if m.start <= i < m.end and m.synthetic != OWNED), None)
    if m is None or not m.votes or m.votes.most_common(1)[0][0] != "Organisation":
        return None
    return m


def _named_owner(doc, p, mentions: list[Mention]) -> Mention | None:
    """The sentence's mention whose possessive opens the phrase `p` (not a month's
    or a day's: "November's board meeting"); None when no name owns it."""
    if p.named or p.owner is None or p.owner[1] != p.start - 1:
        return None
    owner = next((m for m in mentions if m.end == p.owner[1] and m.start >= p.owner[0]), None)
    if owner is None or lower_word(doc[owner.end - 1]) in CALENDAR_WORDS:
        return None
    return owner


def _body_before(doc, p, mentions: list[Mention]) -> Mention | None:
    """The body whose name opens the phrase `p`, written with no possessive before
    the words of the yearly sitting a body holds (vocab/event_abbreviations.txt, in
    full or short): "at the Foo Trust annual general meeting", "the FHG AGM". Only
    a name read as a body (more votes for an organisation than for anything else);
    not before other event words, which as often name a body's part or a topic
    ("the Foo Trust events team", "the Kelby housing conference"). None otherwise."""
    if not p.named:
        return None
    body = next((m for m in mentions if m.start == p.start and m.end < p.end), None)
    if body is None or not body.votes or body.votes.most_common(1)[0][0] != "Organisation":
        return None
    words = " ".join(doc[body.end : p.end].text.lower().split())
    return body if words in _SITTINGS else None


_OCCASION_HOLDERS = {"Organisation", "Place"}
_OCCASION_OPENERS = vocab.words("named_occasion_openers")
_THING_HEADS = vocab.words("named_occasion_thing_heads")
_NOT_HOLDERS = vocab.words("event_acronyms_not_holders")  # "a BSL coffee morning": a language
_VAGUE = vocab.words("event_vague_heads")  # "the Foo Trust event": which one, unsaid


def _page_names(page_event) -> str:
    """The names of the page's event (a PageEvent or None), lower case, one string."""
    if page_event is None:
        return ""
    return " | ".join(n.lower() for n in (page_event.name, *page_event.aliases))


def _named_before(doc, p, mentions: list[Mention]) -> Mention | None:
    """The body or venue whose name opens the phrase `p`, with only lower-case
    words between it and the event noun, after an article, "its", "their" or a
    day's possessive (vocab/named_occasion_openers.txt): "At the Kelby Village
    Hall coffee morning", "a Fenby Chamber of Commerce breakfast", "tonight's
    Fenby Residents' Association meeting". The phrase names one occasion of
    that body or at that venue. Not a name the recogniser reads as anything
    else, not one the phrase's words run on from ("the Foo Trust Annual Dinner"
    is a name of its own), nor a noun that as often names a room or a counter
    ("the Foo Shed workshop", "the Guildhall reception":
    vocab/named_occasion_thing_heads.txt). None otherwise."""
    if not p.named or p.start < 2 or p.head in _THING_HEADS:
        return None
    before = doc[p.start - 1]
    if lower_word(before) not in _OCCASION_OPENERS and not (
        before.text in POSSESSIVE - {"'", "’"} and lower_word(doc[p.start - 2]) in _OCCASION_OPENERS
    ):
        return None
    body = next((m for m in mentions if m.start == p.start and m.end < p.end), None)
    if body is None or not body.votes or body.votes.most_common(1)[0][0] not in _OCCASION_HOLDERS:
        return None
    if body.text.lower() in _NOT_HOLDERS:
        return None
    if all(lower_word(t) in _VAGUE for t in doc[body.end : p.end]):
        return None  # "at the Foo Trust event in May"
    if body.synthetic == OWNED or any(not t.is_lower for t in doc[body.end : p.end] if t.is_alpha):
        return None
    return body


def _plural_owner(doc, p) -> bool:
    """ "Kelby Homes’ annual general meeting": a bare apostrophe after a name
    ending in "s" is its possessive."""
    k = p.start - 1
    return doc[k].text in {"'", "’"} and k > 0 and doc[k - 1].text.endswith("s")
