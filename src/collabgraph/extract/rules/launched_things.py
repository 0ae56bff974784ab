"""A thing launched, then "the launch": "Last night we launched Foo Stories" or
"Foo Stories winter campaign launched at Kelby Hall", and later "Speaking at the
launch, ..." or "The launch was hosted by ...": the launch the page speaks of is the
"Launch of Foo Stories" (GOLD.md: an unnamed event named as the page describes it).

The named report, project or body is the object of "launched" in the simple past
("we launched our Foo Stories", past the article or "our"), or its subject ("Foo
Stories was launched", "Foo Stories winter campaign launched": a lower-case noun or
two between, the headline's shape). "Plans to launch Foo" or "will launch Foo" tells
no launch yet, and "has launched Foo" tells of a new service, not an occasion. The
thing waits in `ctx.pending.spoken_launch`, as a body `body_launches.launched_by`
finds does, for a later sentence with the noun "launch"
(`body_launches.spoken_launches`): no event is made for a launch the page never
speaks of as an occasion. An organisation just before the verb ("Kelby Trust
launched Foo") or the page's "we" organised it. A page with a launch made already
(`publishing.launches`: "the launch of Foo") is left as it is.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.tokens import CLOSING_QUOTES
from collabgraph.extract.rules.reader import SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads words, no cue of its own."""

_VERBS = vocab.words("launch_verbs")
_LAUNCHED = frozenset({"Organisation", "Project", "Report"})
_OBJECT_WORDS = {"the", "our", "its", "their", "a", "new", "'", '"', "“", "‘"}
_NOUNS_BETWEEN = 2  # "Foo Stories winter campaign launched"
_AUXILIARIES = lx.BE_FORMS | {"has", "have", "had"}  # "Foo was launched", "has been"
_LAUNCHER_REACH = 3
_PAST = {"VBD", "VBN"}  # "we launched Foo", "Foo was launched": the launch told


def launched_things(reader: SentenceReader) -> None:
    """Keep the thing this sentence says was launched waiting for a later "the launch"
    (module docstring); nothing when a launch is waiting or made already."""
    pending = reader.ctx.pending
    if pending.spoken_launch is not None or pending.body_launch is not None:
        return
    if any(m.synthetic == "launch" for m in reader.ctx.mentions):
        return  # the page's launch is made already
    words = reader.words
    for i in range(reader.sent.start, reader.sent.end):
        if words[i] not in _VERBS or reader.doc[i].tag_ not in _PAST:
            continue  # "plans to launch Foo", "will launch Foo": no launch told yet
        # "we launched Foo" (a past tense), not "has launched Foo" (a new service)
        thing = _object(reader, i) if reader.doc[i].tag_ == "VBD" else None
        launcher = None
        if thing is None:
            thing = _subject(reader, i)
        else:
            found = reader.before(i, kinds={"Organisation"}, limit=_LAUNCHER_REACH)
            launcher = found.id if found is not None else reader.we(i)
        if thing is None or thing.id == launcher:
            continue
        pending.spoken_launch = (thing.id, launcher, reader.evidence)
        return


def _object(reader: SentenceReader, i: int):
    """The name launched just after the verb at token i: "launched our Foo Stories"."""
    k = i + 1
    while k < reader.sent.end and k - i <= 3 and reader.words[k] in _OBJECT_WORDS:
        k += 1
    m = reader.by_start.get(k)
    return m if m is not None and reader.kind(m) in _LAUNCHED else None


def _subject(reader: SentenceReader, i: int):
    """The name launched just before the verb at token i ("Foo Stories was launched",
    "Foo Stories winter campaign launched"): the verb with no object, the name
    ending at most two lower-case nouns (and a closing quote) before it."""
    verb = reader.doc[i]
    if reader.words[i] != "launched":
        return None
    if any(c.dep_ in {"dobj", "obj"} for c in verb.children):
        return None  # "Foo Trust launched its new report": who launched it
    k = i
    if k - 1 >= reader.sent.start and reader.words[k - 1] in _AUXILIARIES:
        k -= 1
    nouns = 0
    while k - 1 > reader.sent.start:
        tok = reader.doc[k - 1]
        if tok.is_lower and tok.pos_ in {"NOUN", "ADJ"} and nouns < _NOUNS_BETWEEN:
            nouns += 1
        elif tok.text not in CLOSING_QUOTES:
            break
        k -= 1
    m = next((m for m in reader.ms if m.end == k), None)
    return m if m is not None and reader.kind(m) in _LAUNCHED else None
