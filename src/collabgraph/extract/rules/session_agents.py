"""What those named after "by" did at a session, for the passive cues
(`agents.by_phrases`), and who chaired a panel whose people are listed
(`chair_in_list`, `panel_subject`: `speaker_lists`, `event_story`).

Who sat beside a chair: "The panel was chaired by A, with B and C", "The debate
was chaired by A (Foo) with B (Bar) and C (Baz)": A chaired it; B and C, named
after "with" in the same "by" list, are not chairs but sat on the panel
(panellist) or, when what was chaired is no panel or debate ("The session was
chaired by A, with B and C"), took part (participant). "Co-chaired by A and B"
keeps both chairs.

Who hosted the session a page is about: "The session was hosted by Foo" (the
noun alone after "the" or "this", a host verb: vocab/event_host_verbs.txt) tells
who held the event in focus, not who led a part of it, as "An afternoon session
was hosted by Foo" or "Workshops were hosted by Foo" do.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

_CHAIR = "chair"
_PANEL_NOUNS = {w for w, role in lx.LIST_ROLE_CUES.items() if role == "panellist"}
_PANEL_NOUNS |= vocab.words("led_talk_nouns")  # "the debate", "the discussion"
_THE_ONE = {"the", "this"}


def agent_roles(
    reader: SentenceReader, agents: list[Mention], role: str | None, nouns: tuple[str, ...]
) -> list[tuple[Mention, str | None]]:
    """Each agent of a "by" list with its role: `role` for all, except when the
    role is chair and a later agent follows "with" (see the module); `nouns` are
    the lower-case words for what was chaired ("panel")."""
    if role != _CHAIR or len(agents) < 2:
        return [(a, role) for a in agents]
    beside_role = "panellist" if _PANEL_NOUNS & set(nouns) else "participant"
    out: list[tuple[Mention, str | None]] = []
    beside = False
    for n, agent in enumerate(agents):
        if n and "with" in reader.words[agents[n - 1].end : agent.start]:
            beside = True
        out.append((agent, beside_role if beside else role))
    return out


# a chair's noun ("chair", "chairman") or verb ("chaired", "chairing")
_CHAIR_WORDS = vocab.words("meeting_chair_words") | vocab.words("participation_role_chair")


def chair_in_list(reader: SentenceReader, m: Mention) -> bool:
    """Whether a name in a list of a panel's people has a chair word right before
    it: "A (Foo), B (Bar) and chair C (Baz)", "with A, B and chair C": C chaired."""
    k = m.start - 1
    return k >= reader.sent.start and reader.words[k] in _CHAIR_WORDS


def panel_subject(verb) -> bool:
    """Whether a verb's subject is a panel ("A panel discussion followed with ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(t.lower_ in _PANEL_NOUNS for s in subjects for t in s.subtree)


def hosted_session(reader: SentenceReader, v: int, noun: str) -> bool:
    """Whether the passive host verb at token v has "the session" (the noun alone
    after "the" or "this", singular) for its subject: the event in focus itself."""
    words = reader.words
    if words[v] not in lx.HOST_VERBS or noun.endswith("s"):
        return False
    k = v - 1
    while k > reader.sent.start and words[k] != noun:
        k -= 1
    return k > reader.sent.start and words[k - 1] in _THE_ONE
