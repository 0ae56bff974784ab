"""Who was at a launch the same sentence tells ("The report was launched at an event
at Foo Hall, hosted by A, chaired by B and attended by C, with speakers from D and
E"; "The service was launched on Monday at Foo Hall by Jane Doe"): the names after
a participle's "by" (vocab/launch_crew_verbs.txt) organised the launch or took part
in it, a person the launch's own "by" names spoke at it, and the bodies after "with
speakers from" spoke. Only for the "Launch of X" that `publishing.launches` makes
from the sentence, not for a named event the launch was held at ("launched at the
Foo Conference, hosted by A": the conference's, read by the event rules).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

_CREW_VERBS = vocab.table("launch_crew_verbs")
_ORGANISED = "ORGANISED"
_AGENTS = {"Person", "Organisation"}
_SPEAKER = "speaker"
_SPEAKER_NOUNS = {"speaker", "speakers"}  # "with speakers from A, B and C"
_CONFIDENCE = 0.6


def launch_crews(reader: SentenceReader, launched: int, launch: int) -> None:
    """Relate to the launch event `launch` the agents of the participles after the
    verb "launched" at token `launched` (module docstring)."""
    doc, end = reader.doc, reader.sent.end
    for k in range(launched, end):
        tok = doc[k]
        if k == launched:
            for person in _agents(reader, tok, {"Person"}):
                reader.relate(
                    person, "PARTICIPATED_IN", launch, role=_SPEAKER, confidence=_CONFIDENCE
                )
            continue
        part = _CREW_VERBS.get(reader.words[k])
        if part is not None and tok.tag_ == "VBN":
            for agent in _agents(reader, tok, _AGENTS):
                if part == _ORGANISED:
                    reader.relate(agent, _ORGANISED, launch, confidence=_CONFIDENCE)
                else:
                    reader.relate(
                        agent, "PARTICIPATED_IN", launch, role=part, confidence=_CONFIDENCE
                    )
        elif reader.words[k] in _SPEAKER_NOUNS and k + 1 < end and reader.words[k + 1] == "from":
            for agent in reader.list_after(k + 2, kinds=_AGENTS):
                reader.relate(
                    agent, "PARTICIPATED_IN", launch, role=_SPEAKER, confidence=_CONFIDENCE
                )


def _agents(reader: SentenceReader, verb, kinds: set[str]) -> list:
    """The names after the verb's "by": a list ("by A and B"), or the name "by" governs
    past a post or a description ("by the group's co-chair, Lord Foo")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) or _by_below(verb)
    if agent is None:
        return []
    found = reader.list_after(agent.i + 1, kinds=kinds)
    if found:
        return found
    objects = [c for c in agent.children if c.dep_ == "pobj"]
    objects += [a for o in objects for a in o.children if a.dep_ == "appos"]
    return reader.named_by(objects, kinds)


def _by_below(verb):
    """A "by" the parse hangs lower under the verb ("launched on 3 May at Foo Hall by
    A": under "Hall"), with no other participle between: the verb's agent."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.lower_ != "by":
            continue
        path = [a for a in tok.ancestors if a.i > verb.i and a.i < tok.i]
        if all(a.tag_ != "VBN" for a in path) and verb in tok.ancestors:
            return tok
    return None
