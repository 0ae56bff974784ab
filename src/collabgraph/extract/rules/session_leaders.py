"""Who led a part of an event, named after the "by" of a passive cue, for
`agents.by_phrases` (no rules of its own).

"Workshops led by A", "the stalls were run by B", "a dance session for carers,
run by C": the session noun (vocab/session_nouns.txt) the participle describes,
however far before it (`described_noun`), tells that A took part in the event in
focus, leading a part of it; "The session was hosted by A" (`hosted_session`)
that A held it. "The discussion was led by A and B" (vocab/led_talk_nouns.txt,
a chairing verb): they chaired it.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SESSION_NOUNS, SentenceReader, session_role
from collabgraph.extract.rules.session_agents import agent_roles, hosted_session
from collabgraph.extract.rules.session_phrases import (
    TOPIC_PREPS,
    session_before_comma,
    session_told_before,
)

_LED_TALKS = vocab.words("led_talk_nouns")  # "the discussion was led by A"
_CHAIRING = {"led", "chaired", "facilitated"}
_ONE_OF = {"including", "like", "among"}  # "workshops, including one led by A"


def session_noun(reader: SentenceReader, v: int, noun: str) -> str:
    """The session noun a passive verb at token v was done to: `noun` (the word
    before the verb) when it is one, else the noun the participle describes;
    "" if neither is a session noun."""
    if noun in SESSION_NOUNS:
        return noun
    described = described_noun(reader, v)
    return described if described in SESSION_NOUNS else session_told_before(reader, v)


def session_leaders(reader: SentenceReader, v: int, noun: str, agents: list[Mention]) -> None:
    """Relate the agents of "workshops led by A" to the event in focus: took part
    in it with the session's role, or held it ("The session was hosted by A")."""
    event = reader.own_event()
    held = hosted_session(reader, v, noun)  # "The session was hosted by A": A held it
    rel = "ORGANISED" if held else "PARTICIPATED_IN"
    for agent in _leaders(reader, agents):
        role = None if held else session_role(noun, reader.kind(agent))
        reader.relate(agent, rel, event, role=role, confidence=0.7)


def led_talk(reader: SentenceReader, v: int, noun: str) -> bool:
    """Whether the passive verb at token v says who chaired a talk: "The
    discussion was led by A and B"."""
    return noun in _LED_TALKS and reader.words[v] in _CHAIRING


def talk_chairs(reader: SentenceReader, noun: str, agents: list[Mention]) -> None:
    """Relate the agents of "The discussion was led by A and B" to the event in
    focus: they chaired it (or sat beside its chair, `agent_roles`)."""
    event = reader.own_event()
    for agent, chair in agent_roles(reader, agents, "chair", (noun,)):
        reader.relate(agent, "PARTICIPATED_IN", event, role=chair, confidence=0.7)


def _leaders(reader: SentenceReader, agents: list) -> list:
    """The agents who lead a part of an event, without the body each is "from"
    ("a workshop led by A from the Foo Trust": A, not the trust) or whose post it
    ends ("led by A, adviser, Foo Advice": words of a post, no "and", between)."""
    kept = []
    for agent in agents:
        k = agent.start - 1
        while k > reader.sent.start and reader.words[k] == "the":
            k -= 1
        after_person = bool(kept) and reader.kind(kept[-1]) == "Person"
        if after_person and reader.kind(agent) != "Person":
            between = reader.words[kept[-1].end : agent.start]
            if reader.words[k] in {"from", "of"} or _post_between(between):
                continue
        kept.append(agent)
    return kept


def _post_between(words: list[str]) -> bool:
    """Whether the words between a person and a body are a post set off by commas
    (", adviser,", ", Dementia Champion,"): a comma first and last, no "and" or "&"."""
    inner = words[1:-1]
    return len(words) >= 3 and words[0] == words[-1] == "," and not {"and", "&"} & set(inner)


def described_noun(reader: SentenceReader, v: int) -> str:
    """The lower-case noun a participle at token v describes, however far before it
    ("a dance session for people with dementia, run by A": "session"); "" if none."""
    verb = reader.doc[v]
    if verb.dep_ != "acl":
        # "A session on housing was led by A", "Workshops will be led by B": its subject
        done_to = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
        return done_to[0].lower_ if done_to else session_before_comma(reader, v)
    noun = verb.head
    while noun.dep_ == "pobj" and noun.head.lower_ in TOPIC_PREPS and noun.head.head.i < noun.i:
        noun = noun.head.head  # "a session on housing led by A": the session, not housing
    if noun.lower_ == "one" and noun.dep_ == "pobj" and noun.head.lower_ in _ONE_OF:
        noun = noun.head.head  # "six workshops, including one on bids led by A": workshops
    if noun.pos_ != "NOUN" or noun.i < reader.sent.start or noun.lower_ not in SESSION_NOUNS:
        # "offered workshops on X, led by A", "the workshop on getting your first
        # contract, run by B", "a session on trust in youth work led by C": the parse
        # hangs the participle on the topic's last word, or on no noun
        found = session_before_comma(reader, v, comma=False)
        return found or (noun.lower_ if noun.pos_ == "NOUN" and noun.i >= reader.sent.start else "")
    return noun.lower_


__all__ = ["described_noun", "led_talk", "session_leaders", "session_noun", "talk_chairs"]
