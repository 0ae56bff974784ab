"""Names listed after "include" once a passive's agents are read, for
`agents.by_phrases` (no rules): "Groups funded by Foo this year include A and
B" (Foo FUNDED A and B), "Projects run by Foo include A, B and C" (Foo RUNS
each, and each is voted a Project). The noun before the passive verb says which
(vocab/grantee_group_nouns.txt, vocab/programme_run_nouns.txt); the list comes
a few words after the agents, none of them a name or a mark.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.described_run_by import RUN_VOTE
from collabgraph.extract.rules.named_run_by import listed_programme
from collabgraph.extract.rules.reader import SentenceReader

GRANTEES = frozenset({"Organisation", "Project"})
"""The kinds a grant goes to."""

_GRANTEE_GROUPS = vocab.words("grantee_group_nouns")
_RUN_NOUNS = vocab.words("programme_run_nouns")  # "Projects run by Foo include A and B"
_LIST_VERBS = {"include", "includes", "included", "are", "were"}
_LIST_GAP = 4  # words at most between the funder and "include": "this year", "so far"


def listed_after_by(
    reader: SentenceReader, rels: tuple[str, ...], noun: str, agents: list[Mention]
) -> bool:
    """Relate the agents of a "by" to the names listed after "include" when the
    noun before the verb (`noun`, lower case) is one of grantees (FUNDED) or of
    programmes (RUNS) and `rels` holds that relation; whether it did."""
    if "FUNDED" in rels and noun in _GRANTEE_GROUPS:
        listed = _grantees_listed(reader, agents[-1].end)
        if listed:  # "Groups funded by Foo this year include A and B": A and B
            for agent in agents:
                for m in listed:
                    if m.id != agent.id:
                        reader.relate(agent, "FUNDED", m, confidence=0.75)
            return True
    if "RUNS" in rels and noun in _RUN_NOUNS:
        listed = _grantees_listed(reader, agents[-1].end, kinds=None)
        listed = [m for m in listed if listed_programme(reader, m)]
        if listed:  # "Projects run by Foo include A, B and C": Foo runs each
            for m in listed:
                m.votes["Project"] += RUN_VOTE
                reader.ctx.votes_for(m)["Project"] += RUN_VOTE
                for agent in agents:
                    reader.relate(agent, "RUNS", m, confidence=0.75)
            return True
    return False


def _grantees_listed(reader: SentenceReader, k: int, kinds=GRANTEES) -> list[Mention]:
    """The bodies or projects (or names of `kinds`, any when None) listed after
    "include" (or "are") a few words on from token k, the end of a funder's name:
    "[Groups funded by Foo] this year include A and B" -> A, B; none when a name or
    a mark comes first."""
    words = reader.words
    for j in range(k, min(k + _LIST_GAP + 1, reader.sent.end - 1)):
        if words[j] in _LIST_VERBS:
            return reader.list_after(j + 1, kinds=kinds)
        if j in reader.by_start or reader.doc[j].is_punct:
            return []
    return []
