"""What the words around an event noun say, read from the parse.

- its subject, for an untitled event: "a summit on tackling loneliness and
  social isolation in Northshire" -> "Summit on tackling loneliness and social
  isolation in Northshire";
- who hosted it, after it: "a reception hosted by the Foo Alliance";
- the lower-case words that describe it: "Community gardening event brings
  together ..." (`described`), and "... and annual members' meeting" after it;
- whether the sentence has people go to it, hold it, or has it take place:
  "we attended a workshop on ...", "I spoke at the Foo conference", "the
  summit brought together ...", "a roundtable was held". The verbs are data
  (`vocab/page_event_verbs.txt`, `vocab/page_event_subject_verbs.txt`), every
  inflection listed (the pipeline reads no lemmas).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.lexicon import HOST_VERBS
from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.mentions.tokens import POSSESSIVE, SUBJECT_DEPS, is_cap, lower_word

GO_VERBS = vocab.words("page_event_verbs")
SUBJECT_VERBS = vocab.words("page_event_subject_verbs")
HEADS = vocab.words("page_event_heads")
MODIFIERS = vocab.table("event_modifiers")
HEAD_VERBS = vocab.words("page_event_heads_verbs")
_MONTHS = vocab.words("calendar_words")
_TOPIC_PREPS = vocab.words("event_topic_openers")
_TOPIC_WORDS = 10
_TOPIC_INSIDE = {"and", "of", "in", "for", "the", "our", "their", "its", "a", "an", "to", "'s"}
_TOPIC_STOP = vocab.words("event_topic_stops")
_GO_PREPS = {"at", "to", "for", "in", "into"}
_OBJECT_DEPS = {"dobj", "attr", "oprd"}


def topic(doc, k: int, end: int) -> list[str]:
    """The subject of an untitled event, its words as written: "on community wealth
    building" after "roundtable" -> ["community", "wealth", "building"]; "on
    tackling loneliness in Northshire" keeps the gerund and the place; [] when
    the words after token k are not a subject (a date, a venue, a clause)."""
    if k + 1 >= end or doc[k].lower_ not in _TOPIC_PREPS:
        return []
    prep = doc[k]
    edge = max(prep.right_edge.i, k + 1) if prep.dep_ == "prep" else end - 1
    words: list = []
    for tok in doc[k + 1 : min(end, edge + 1)]:
        low = tok.lower_
        if (
            low in _MONTHS
            or low in _TOPIC_STOP
            or tok.ent_type_ in {"DATE", "TIME"}
            or (tok.is_punct and tok.text not in {"-", "&", "'s", "’s"})
        ):
            break
        words.append(tok)
        if len(words) > _TOPIC_WORDS:
            return []
    while words and (words[-1].lower_ in _TOPIC_INSIDE or words[-1].pos_ not in {"NOUN", "PROPN"}):
        words.pop()
    if not words or not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return []
    if words[0].pos_ in {"VERB", "AUX"} and words[0].tag_ != "VBG":
        return []  # "a meeting on Tuesday was ...": not a subject
    return "".join(t.text_with_ws for t in words).split()


_DESCRIBING_DEPS = {"compound", "amod", "nmod", "npadvmod"}
_DESCRIBING_POS = {"NOUN", "PROPN", "ADJ", "VERB", "NUM"}
_GO_OR_HOST = GO_VERBS | HOST_VERBS
_SUBJECT_OR_HOST = SUBJECT_VERBS | HOST_VERBS
_HOLDS = {w for w in HOST_VERBS if w.endswith("s")}  # "hosts", "holds", "stages"


def described(doc, i: int, p_start: int, start: int) -> int | None:
    """Where an event noun's describing words begin when they are not capitalised
    (so not a name the phrase already holds): "Community gardening event brings
    together", "an allotment holders conference" -> the index of "Community",
    "allotment"; None when nothing but "annual", "great" etc. describes it."""
    mods = [c for c in doc[i].lefts if c.dep_ in _DESCRIBING_DEPS]
    if not mods:
        return None
    left = max(start, min(c.left_edge.i for c in mods))
    while left < i:  # "a new community gardening event", "this high-profile event"
        word, after = _hyphened(doc, left, i)
        if MODIFIERS.get(word) != "drop":
            break
        left = after
    held = [t.i for t in doc[left:i] if lower_word(t) in _HOLDS]
    if held:  # "Mayor hosts reception": the verb the parser took for a noun, and its subject
        left = held[-1] + 1
    words = doc[left:i]
    if left >= p_start or not words or words[0].is_punct:
        return None
    k = left - 1
    while k > start and lower_word(doc[k]) in MODIFIERS:
        k -= 1
    if k >= start and doc[k].lower_ in {"her", "his", "my", "your"}:
        return None  # "her first board meeting": a person's, not the page's event
    if not all(t.pos_ in _DESCRIBING_POS or t.text in {"-", "and", "&"} for t in words):
        return None
    if not any(t.pos_ in {"NOUN", "PROPN"} and lower_word(t) not in MODIFIERS for t in words):
        return None
    return left


def _hyphened(doc, k: int, end: int) -> tuple[str, int]:
    """The word at token k, read whole across a hyphen written without spaces
    ("high-profile", "two-day": three tokens to the parser), and the token after it."""
    if (
        k + 2 < end
        and doc[k + 1].text == "-"
        and not doc[k].whitespace_
        and not doc[k + 1].whitespace_
    ):
        return f"{lower_word(doc[k])}-{lower_word(doc[k + 2])}", k + 3
    return lower_word(doc[k]), k + 1


def hosted_by(doc, p_end: int, end: int) -> tuple[int, int] | None:
    """ "a reception hosted by the Foo Alliance at ...": the run of capitals after
    "<host verb> by" just after the event phrase (a comma may come between, and
    where it was: "a reception in Parliament hosted by ...", "a dinner at the Foo
    Hall, hosted by ...")."""
    runs = capital_runs(doc, doc[p_end - 1].sent)
    k = p_end
    if k + 1 < end and doc[k].lower_ in {"in", "at"}:
        w = k + 1 + (doc[k + 1].lower_ == "the")
        venue = next((r for r in runs if r[0] == w), None)
        if venue is not None:
            k = venue[1]
    k += k < end and doc[k].text == ","
    if k + 2 >= end or doc[k].lower_ not in HOST_VERBS or doc[k + 1].lower_ != "by":
        return None
    m = k + 2 + (doc[k + 2].lower_ == "the")
    run = next((r for r in runs if r[0] == m), None)
    if run is None or (run[1] < end and doc[run[1]].lower_ == "and"):
        return None  # two hosts: the event is not named after one of them
    if any(t.ent_type_ == "PERSON" for t in doc[run[0] : run[1]]):
        return None
    return run


_PASSIVE_AUX = {"was", "were", "is", "are"}


def host_named(doc, p_end: int, end: int) -> bool:
    """Whether "<host verb> by" and a name come just after the event phrase, whoever
    the host is: "a roundtable hosted by Ada Brook MP", "a workshop organised by
    the Foo Trust", "this event was hosted by Foo" (an event the sentence presents,
    wherever it stands in it)."""
    k = p_end + (p_end < end and doc[p_end].text == ",")
    k += k < end and doc[k].lower_ in _PASSIVE_AUX
    if k + 2 >= end or doc[k].lower_ not in HOST_VERBS or doc[k + 1].lower_ != "by":
        return False
    return is_cap(doc[k + 2 + (doc[k + 2].lower_ == "the")])


def governed(doc, i: int) -> bool:
    """Whether the event noun at token i is what people went to, spoke at or held
    ("attended a workshop", "I spoke at the Foo conference", "we hosted a
    roundtable"), or what took place ("the summit brought together", "a forum
    was held")."""
    tok = doc[i]
    if tok.head.tag_ in {"VBZ", "VBP"}:
        return False  # "the trust runs a forum for carers": a habit, not an event
    if tok.dep_ in _OBJECT_DEPS:
        return lower_word(tok.head) in _GO_OR_HOST
    if tok.dep_ == "pobj" and tok.head.lower_ in _GO_PREPS:
        verb = tok.head.head
        if verb.lower_ == "part" and verb.head.pos_ in {"VERB", "AUX"}:
            verb = verb.head  # "took part in"
        return lower_word(verb) in GO_VERBS and verb.pos_ in {"VERB", "AUX"}
    if tok.dep_ in SUBJECT_DEPS:
        verb = tok.head
        return lower_word(verb) in _SUBJECT_OR_HOST and not is_cap(verb)
    return False


def conjoined_end(doc, k: int, end: int) -> int | None:
    """After "the annual general meeting", the end of "and annual members' meeting"."""
    if k + 1 < end and doc[k].lower_ == "and":
        m = k + 1
        while (
            m < end
            and lower_word(doc[m]) not in HEADS
            and (lower_word(doc[m]) in MODIFIERS or doc[m].text in POSSESSIVE or is_cap(doc[m]))
        ):
            m += 1
        if m < end and lower_word(doc[m]) in HEADS:
            while m + 1 < end and lower_word(doc[m + 1]) in HEADS:
                m += 1  # "... and awards ceremony": one event noun of two words
            return m + 1
    return None


def verb_with_object(tok, nxt) -> bool:
    """ "Foo and Bar launch joint projects", "charities showcase their work": an
    event noun that is also a verb (vocab/page_event_heads_verbs.txt), lower case,
    after no article or preposition, with an object opening after it (an article,
    a possessive, an adjective); "at the launch a new fund was ..." is the event."""
    before = tok.nbor(-1) if tok.i > 0 else None
    return (
        lower_word(tok) in HEAD_VERBS
        and not is_cap(tok)
        and before is not None
        and before.pos_ not in {"ADP", "DET"}
        and before.tag_ != "PRP$"
        and nxt is not None
        and not is_cap(nxt)
        and nxt.pos_ in {"DET", "ADJ", "PRON", "NUM"}
    )
