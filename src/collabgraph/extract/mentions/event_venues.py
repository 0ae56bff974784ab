"""Where an event was held: "took place at the Old Mill College", "was held at
Dale Museum", "a sharing event at Dale Chapel", "an event held in the Dale
Institute". The name there is a venue, a
place (corpus/GOLD.md: venues are places), whatever body's word ends it;
`name_evidence` keeps it a body when the page has it act as one.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.mention import Mention

_HOLDING_VERBS = vocab.words("event_venue_verbs")
_TAKING = vocab.words("venue_taking_place_verbs")
_ROUTE_VERBS = vocab.words("event_route_verbs")
_ARRIVAL_VERBS = vocab.words("event_arrival_verbs")
_FILLING_VERBS = vocab.words("event_filling_verbs")
_CROWDING_VERBS = vocab.words("event_crowding_verbs")
ROUTE_NOUNS = vocab.words("event_route_nouns") | vocab.words("event_race_heads")
"""Nouns of occasions that follow a route ("the parade", "the run")."""
_OCCASION_NOUNS = lx.EVENT_HEADS | ROUTE_NOUNS | {"event", "day", "evening"}
_ACTIVITIES = vocab.words("venue_activity_nouns")
_BUILDINGS = vocab.words("grantee_building_heads")
_PREPOSITIONS = {"at", "in", "from"}  # "held in the Senedd", "set off from Dale Chapel"
VENUE_VOTES = 3
"""The votes for a place that `event_venue` gives a mention."""


def event_venue(doc, m: Mention, sent, mentions: list[Mention] = ()) -> bool:
    """The name is where an event was: after "at" or "in" (and "the") that hangs from a
    verb of holding ("was held at", `vocab/event_venue_verbs.txt`), from "took place"
    (`vocab/venue_taking_place_verbs.txt`), from an event's noun in lower case
    ("a sharing event at Dale Chapel", `vocab/head_event.txt`) or right after a
    named event ("our Annual KYA at Dale Academy": `mentions`, the sentence's); or
    after "at"/"from" that hangs from a verb of the occasion's route whose subject is
    the occasion ("the parade set off from Dale Chapel", `vocab/event_route_verbs.txt`);
    or after "to" or as the object of a verb of an occasion coming or filling
    ("the fun run returned to Dale Park", "the expo filled the Wool Exchange":
    `_came_or_filled`), or after "into" that hangs from a verb of people crowding
    in for an occasion ("squeezed into Dale Hall for the hackathon":
    `vocab/event_crowding_verbs.txt`)."""
    k = m.start - 1
    if k > sent.start and doc[k].lower_ == "the":
        k -= 1
    if k < sent.start or doc[m.start : m.end].root.head.i != k:
        return False
    if _came_or_filled(doc[k], mentions):
        return True  # "the fun run returned to Y Park", "the expo filled Y Hall"
    if doc[k].lower_ == "on" and doc[k].head.lower_ in _ROUTE_VERBS:
        return _occasion_subject(doc[k].head, mentions)  # "the race started on Y Promenade"
    if doc[k].lower_ not in _PREPOSITIONS:
        return False
    head = past_date(doc[k].head)  # "meets on 12 July at Y Hub": the verb
    if head.lower_ in _ROUTE_VERBS and _occasion_subject(head, mentions):
        return True  # "the parade set off from St Bede's Church"
    if doc[k].lower_ == "from":
        return False
    if head.pos_ == "VERB" and head.lower_ in _HOLDING_VERBS:
        return True
    if _building(doc, m) and _held_above(doc[k]):
        return True  # "convened a roundtable of youth workers at the Y Hub"
    if head.lower_ in _TAKING and any(c.lower_ == "place" for c in head.children):
        return True
    noun = doc[k - 1] if k > sent.start else head  # the parse may hang "at" elsewhere
    if any(t.is_lower and t.lower_ in lx.EVENT_HEADS for t in (head, noun)):
        return True
    if doc[k].lower_ == "at" and _activity_at_building(doc, m, head, noun):
        return True
    return doc[k].lower_ == "at" and any(o.end == k and _named_event(o) for o in mentions)


_DATE_ENTS = {"DATE", "TIME"}
_CLIMB_DEPS = {"pobj", "prep", "dobj"}
_VENUE_WORDS = _BUILDINGS | lx.VENUE_HEADS


def _building(doc, m: Mention) -> bool:
    """The name's last word is a building's or a venue's ("Y Hub", "Y Gallery", "Y
    Works": `vocab/grantee_building_heads.txt`, `vocab/head_venue.txt`)."""
    return doc[m.end - 1].lower_ in _VENUE_WORDS


def _held_above(prep) -> bool:
    """ "at" or "in" hangs, through the objects and phrases of a verb's object, from a
    verb of holding: "convened a roundtable of youth workers at Y Hub", "will host a
    launch event for GP practices at Y Hall", "held under the rule at the Y Works";
    not through a subject or an apposition ("Jo Tern, manager at Y Hub, hosted")."""
    word = prep.head
    for _ in range(4):
        word = past_date(word)
        if word.pos_ == "VERB":
            return word.lower_ in _HOLDING_VERBS
        if word.dep_ not in _CLIMB_DEPS or word.head is word:
            return False
        word = word.head
    return False


def past_date(word):
    """The word a date phrase hangs from, for a phrase the parse hangs from the date:
    "meets on 12 July at Y Hub" ("at" under "July" under "on" under "meets"), "held
    its first summit on 7 February at Y Academy", "opens at 7pm at Y Hall"; else the
    word itself."""
    for _ in range(2):
        if word.ent_type_ not in _DATE_ENTS:
            break
        if word.dep_ == "pobj" and word.head.dep_ == "prep":
            word = word.head.head
        elif word.dep_ in {"npadvmod", "appos"}:
            word = word.head
        else:
            break
    return word


def _activity_at_building(doc, m: Mention, head, noun) -> bool:
    """ "runs the lunch club at Fenby Church", "a food club, based at Kelby Chapel": a
    building's name (`vocab/grantee_building_heads.txt`) after "at" that hangs from a
    lower-case noun of a regular activity (`vocab/venue_activity_nouns.txt`), or
    from "based" set after one."""
    if doc[m.end - 1].lower_ not in _BUILDINGS:
        return False
    if head.lower_ == "based" and head.dep_ == "acl":
        head = head.head
    return any(t.is_lower and t.lower_ in _ACTIVITIES for t in (head, noun))


def _came_or_filled(word, mentions) -> bool:
    """ "returned to" (`vocab/event_arrival_verbs.txt`) or "filled"
    (`vocab/event_filling_verbs.txt`), the word `word` being "to" or the verb,
    whose subject is an occasion."""
    if word.lower_ == "into" and word.head.lower_ in _CROWDING_VERBS:
        return _for_occasion(word.head, mentions)  # "squeezed into Y Hall for the Foo Day"
    if word.lower_ == "to" and word.head.lower_ in _ARRIVAL_VERBS:
        verb = word.head.pos_ == "VERB" or word.head.dep_ == "ROOT"  # "returns" read as a noun
        return verb and _occasion_subject(word.head, mentions)
    return (
        word.lower_ in _FILLING_VERBS and word.pos_ == "VERB" and _occasion_subject(word, mentions)
    )


def _for_occasion(verb, mentions) -> bool:
    """The verb's "for" phrase names an occasion: a named event among the sentence's
    mentions, or an occasion's noun ("for a public meeting", "for our AGM")."""
    heads = [verb, *(g for c in verb.children if c.dep_ == "prep" for g in c.children)]
    fors = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "for"]
    for prep in fors:  # the parse may hang "for ..." from the place named before it
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lower_ in _OCCASION_NOUNS or obj.text in {"AGM", "EGM"}:
                return True
            if any(o.start <= obj.i < o.end and _named_event(o) for o in mentions):
                return True
    return False


def _occasion_subject(verb, mentions) -> bool:
    """The verb's subject (or, for the second of two joined verbs, the first's) is an
    occasion: its head word an event or race noun ("the parade", "the run", "the
    Kelby Memory Walk") or a named event among the sentence's mentions."""
    while verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "started and finished at"
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.pos_ == "NOUN":  # "The Foo Fun Day returns to ..." read as a noun phrase
        subjects += [c for c in verb.children if c.dep_ == "compound"]
    if verb.dep_ == "acl":
        subjects.append(verb.head)  # "The parade set off from": parsed as the noun's clause
    for sub in subjects:
        if sub.lower_ in _OCCASION_NOUNS:
            return True  # "the parade", "The Kelby Memory Walk"
        if any(o.start <= sub.i < o.end and _named_event(o) for o in mentions):
            return True
    return False


def _named_event(m: Mention) -> bool:
    """The mention is an event's name by its own words ("Kelby Carnival", "Annual KYA")."""
    return bool(m.votes) and m.votes.most_common(1)[0][0] == "Event"


_HAPPENED = {"attended", "held", "staged"}  # "The Foo Assembly was attended by A"
_AUXILIARIES = {"was", "were", "is", "will", "be", "has", "have", "had", "been"}
HAPPENED_VOTES = 4
"""The votes for an event that `happened_here` gives a mention."""


_OCCASION_OR_BODY_HEADS = vocab.words("occasion_or_body_heads")
_NAME_LEADS = vocab.words("occasion_name_leads")
_HOST_VERBS = vocab.words("event_host_verbs")
_PASSED_BEFORE = {"a", "an", "the", "its", "their", "our", "his", "her", "this", "'s", "\u2019s"}
_PASSED_AFTER = {",", "-", "\u2013", "\u2014", "at", "the", "in", "on"}
_DATE_LEADS = {"on", ",", "-", "\u2013", "\u2014"}
_LOOK = 8


def _once(doc, k: int) -> bool:
    """The verb at `k` tells one holding, past or to come ("hosted", "will host"), not
    a body that keeps another ("Foo hosts the Kelby Assembly, which elects ...")."""
    return doc[k].tag_ in {"VBD", "VBN"} or (k > 0 and doc[k - 1].lower_ in {"will", "to"})


def told_as_held(doc, m: Mention, sent) -> bool:
    """The name, ending in a word of a body and an occasion alike
    (vocab/occasion_or_body_heads.txt: "Assembly"), is told as an occasion: held or
    hosted ("hosted its first Kelby Health Assembly"), once or yearly ("an annual Civic
    Assembly", "this year's Fenby Assembly": vocab/occasion_name_leads.txt), or dated
    after it ("the Fenby Assembly, on 3 March", "Kelby Assembly - Thursday 16 July",
    "the Dale Assembly at the Guildhall on 3 May"). Not "members of the Kelby Assembly"."""
    if doc[m.end - 1].lower_ not in _OCCASION_OR_BODY_HEADS:
        return False
    if all(t.lower_ in _NAME_LEADS for t in doc[m.start : m.end - 1]):
        return False  # "Annual Assembly, Thursday 23 April": a name of no occasion alone
    k = m.start - 1
    while k >= sent.start and m.start - k <= _LOOK:
        word = doc[k].lower_
        if word in _NAME_LEADS or (word in _HOST_VERBS and _once(doc, k)):
            return True
        if word not in _PASSED_BEFORE:
            break
        k -= 1
    for k in range(m.end, min(m.end + _LOOK, sent.end)):
        t = doc[k]
        if t.ent_type_ in _DATE_ENTS and t.ent_iob_ == "B":
            return k == m.end or doc[k - 1].lower_ in _DATE_LEADS
        passed = t.lower_ in _PASSED_AFTER or t.text[:1].isupper()
        if t.pos_ in {"VERB", "AUX"} or not passed:
            break
    return False


def happened_here(doc, m: Mention, sent) -> bool:
    """The name, ending in a word that is an event's as well as a body's ("Assembly",
    "Forum": both in vocab/head_event.txt and head_organisation.txt), is the subject
    of a verb only an occasion takes: "The Orby Climate Assembly was attended by A",
    "the Fenby Youth Forum took place at", "was held on 4 May"."""
    last = doc[m.end - 1].lower_
    if last not in lx.EVENT_HEADS or last not in lx.ORG_HEADS:
        return False
    if told_as_held(doc, m, sent):
        return True
    k = m.end
    while k < sent.end - 1 and doc[k].lower_ in _AUXILIARIES:
        k += 1
    if k >= sent.end - 1:
        return False
    verb, nxt = doc[k].lower_, doc[k + 1].lower_
    if verb in _HAPPENED and k > m.end:  # not "is held in trust", "held in high regard"
        after = doc[k + 2] if k + 2 < sent.end else None
        named_after = after is not None and (after.lower_ == "the" or after.text[:1].isupper())
        return nxt in {"by", "at", "on", "online"} or (nxt == "in" and named_after)
    return verb in _TAKING and nxt == "place"


__all__ = ["HAPPENED_VOTES", "VENUE_VOTES", "event_venue", "happened_here"]
