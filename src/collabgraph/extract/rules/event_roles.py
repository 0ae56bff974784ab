"""Participation, with the page's own word for the part: "We were delighted to
have Jane Doe as guest of honour", "Tom Ray joined us as compere for the
evening", "with Ella Moss as our keynote speaker": on a page about one event,
the person before "as" took part in it, with the role the page names
(vocab/event_roles_as.txt holds the words such a role ends in). "Music by the
Kelby Fiddlers", "Entertainment included A and B": the performers. "Headlining the
main stage were A and B", "Headliners included C": the acts on its bill.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset()
"""The cue labels (pattern files) this module's rule reads (none: it reads words)."""

_ROLE_ENDS = vocab.words("event_roles_as")
_DETERMINERS = {"our", "the", "a", "an", "its", "their", "special"}
# Words between the person and "as": "A joined us as", "A attended as", "A was there as".
_BETWEEN = {"joined", "join", "joins", "us", "them", "attended", "was", "were", "there",
            "acted", "served", "appeared", "came", "along", ","}  # fmt: skip
_ROLE_STOPS = {"at", "for", "to", "on", "in", "and", ",", ".", ";", ":", "who", "with"}
_LONGEST = 4  # words in a role phrase: "guest of honour", "keynote speaker"


def as_role(reader: SentenceReader) -> None:
    """A person named before "as <role>" on a page about one event (see the module)."""
    event = reader.page_event_here()
    if event is None:
        return
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start + 1, end - 1):
        if words[i] != "as" or reader.in_quote(i):
            continue
        role = _role_after(reader, i + 1)
        person = _person_before(reader, i)
        if role is not None and person is not None and not _said_already(reader, person, role):
            reader.relate(person, "PARTICIPATED_IN", event, role=role, confidence=0.65)


def _said_already(reader: SentenceReader, person, role: str) -> bool:
    """Whether the sentence already gave the person a part whose words are all in
    the role ("speaker" for "a guest speaker"): the longer phrase says no more."""
    words = set(role.split())
    return any(
        c.source == person.id
        and "PARTICIPATED_IN" in c.relations
        and c.role
        and set(c.role.lower().split()) <= words
        for c in reader.ctx.by_source.get(person.id, ())
        if c.evidence == reader.evidence[:500]
    )


def _role_after(reader: SentenceReader, k: int) -> str | None:
    """The role phrase from token k ("our keynote speaker" -> "keynote speaker"),
    when it ends in a role word; else None."""
    words = reader.words
    while k < reader.sent.end and words[k] in _DETERMINERS:
        k += 1
    stop = k
    while stop < reader.sent.end and stop - k < _LONGEST and words[stop] not in _ROLE_STOPS:
        named = reader.covering.get(stop)
        if named is not None and not _only_role_words(named.text):
            return None  # "as Foo Trust's judge": a body's, not the event's
        stop += 1
    if stop == k or words[stop - 1] not in _ROLE_ENDS:
        return None
    if words[stop - 1] == "honour" and "guest" not in words[k:stop]:
        return None
    return " ".join(t.text for t in reader.doc[k:stop]).lower()


def _only_role_words(name: str) -> bool:
    """Whether a name is the role in capitals ("Guest of Honour", "Guest"), read
    as a name: only role words (and "of")."""
    return all(w in _ROLE_ENDS or w == "of" for w in name.lower().split())


def _person_before(reader: SentenceReader, i: int):
    """The person named just before "as" at token i, over a few words ("joined us")."""
    k = i - 1
    while k >= reader.sent.start and reader.words[k] in _BETWEEN and i - k <= 3:
        k -= 1
    m = reader.by_end.get(k + 1)
    return m if m is not None and reader.kind(m) == "Person" else None


_PERFORMANCE = vocab.words("performance_nouns")
_PROVIDED = {"was", "is", "will", "be", "were", "provided", "given", "laid", "on", "came",
             "played", "performed", "live"}  # fmt: skip
_INCLUDED = {"included", "includes", "include"}  # "Entertainment included A and B"
_PERFORMERS = {"Person", "Organisation"}
_PEOPLE = vocab.words("performer_people_nouns")


def performers(reader: SentenceReader) -> None:
    """ "Music by the Kelby Fiddlers", "with live music from A and B", "Entertainment
    was provided by C", "music played by D", "Entertainment included E and F"
    (vocab/performance_nouns.txt): on a page about one event, the names listed after
    "by", "from" or "included" took part in it as performers; after "pupils of" or
    "students of" (vocab/performer_people_nouns.txt), the body named."""
    event = reader.page_event_here()
    if event is None:
        return
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 1):
        if words[i] not in _PERFORMANCE or reader.in_quote(i):
            continue
        k = i + 1
        while k < end - 1 and words[k] in _PROVIDED and k - i <= 4:
            k += 1
        if words[k] not in {"by", "from"} and words[k] not in _INCLUDED:
            continue
        if k + 3 < end and words[k + 1] in _PEOPLE and words[k + 2] in {"of", "from", "at"}:
            k += 2  # "music from pupils of Kelby School": the school's
        for m in reader.list_after(k + 1, kinds=_PERFORMERS):
            reader.relate(m, "PARTICIPATED_IN", event, role="performer", confidence=0.6)


_HEADLINER_CUES = vocab.words("headliner_cues")
_HEADLINER_LINKS = vocab.words("headliner_links")
_HEADLINING_GAP = 6  # tokens from "Headlining" to its verb: "Headlining the main stage were"


def headliners(reader: SentenceReader) -> None:
    """ "Headlining the main stage were A and B", "Headliners included A and B",
    "headlined by the band C", "Headline act D closed the night", "acts included E"
    (vocab/headliner_cues.txt): on a page about one event, the acts on its bill
    took part in it (its own event, past the names of others on the way)."""
    event = reader.page_own_event()
    if event is None:
        return
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 1):
        if words[i] not in _HEADLINER_CUES or reader.in_quote(i):
            continue
        k = _bill_start(reader, i)
        if k is None:
            continue
        while k < end and words[k] in _HEADLINER_LINKS:
            k += 1
        for m in reader.list_after(k, kinds=_PERFORMERS):
            reader.relate(m, "PARTICIPATED_IN", event, role="participant", confidence=0.6)


def _bill_start(reader: SentenceReader, i: int) -> int | None:
    """The token after the words tying the headliner cue at token i to its names:
    "Headlining ... were", "Headliners included", "headlined by", "Headline act";
    None when the cue lists nobody ("headline sponsor", "acts as")."""
    words, end = reader.words, reader.sent.end
    cue = words[i]
    if cue == "headline":
        return i + 2 if words[i + 1] in {"act", "acts"} else None
    if cue == "headlined":
        return i + 2 if words[i + 1] == "by" else None
    if cue == "headlining":
        verbs = {"were", "was", "are", "is"}
        last = min(end - 1, i + _HEADLINING_GAP)
        return next((k + 1 for k in range(i + 1, last) if words[k] in verbs), None)
    link = words[i + 1]
    return i + 2 if link in _HEADLINER_LINKS and link not in {"act", "acts", "by"} else None


_HOST_TITLES = vocab.table("event_host_titles")


def host_title(reader: SentenceReader, hosts: list) -> str | None:
    """The role a title before the first of `hosts` gives them ("Host A", "Our
    presenter, B,", "Chair C": vocab/event_host_titles.txt): those who join them on a
    page about their event are their guests, its speakers; None with no such title."""
    if not hosts:
        return None
    k = hosts[0].start - 1
    k -= k >= reader.sent.start and reader.words[k] == ","
    if k < reader.sent.start or hosts[0].start - k > 2:
        return None
    return _HOST_TITLES.get(reader.words[k])
