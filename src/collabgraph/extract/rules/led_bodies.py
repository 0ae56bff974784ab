"""A person leading a body, said with a verb: "Jane Doe, who heads the Foo
Partnership", "He has led Foo Council for 25 years", "Jane Doe, who coordinates the
network" (`leads` cues). The employment family, continued.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.named_tails import body_named_back
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset({"leads"})

_BEFORE_LEADS = vocab.words("leads_gap_words")
_HE_SHE = {"he", "she"}
_FOR_REACH = 8  # "coordinates all the volunteer drivers for Foo Wheels"


def leaders(reader: SentenceReader) -> None:
    """ "Jane Doe, who heads the Foo Partnership", "He has led Foo Council for 25
    years" (`leads` cues): the person works for the body named right after the verb
    (or runs the project), in the cue's role; "who coordinates the network": the body
    last named with that word (`body_named_back`). Not "led by" (a passive) nor a
    body leading ("Foo Council led the bid")."""
    for cue in reader.cues("leads"):
        if cue.end < reader.sent.end and reader.words[cue.end] == "by":
            continue
        target = reader.mention_at(cue.end)
        if target is None and cue.cue.params.get("named_back"):
            target = next(iter(body_named_back(reader, cue.end)), None)
        if cue.cue.params.get("for_body"):
            target = _body_done_for(reader, cue.end) or target
        if target is None or reader.kind(target) not in {"Organisation", "Project"}:
            continue
        if reader.names_something_else(target):
            continue  # "leads the Foo Council housing team"
        k = cue.start
        while k - 1 > reader.sent.start and reader.words[k - 1] in _BEFORE_LEADS:
            k -= 1
        person = reader.by_end.get(k)
        if person is None and k - 1 >= reader.sent.start and reader.words[k - 1] in _HE_SHE:
            person = reader.pronoun_person()
        if person is None or reader.kind(person) != "Person":
            continue
        if cue.cue.params.get("full_name") and " " not in person.text.strip():
            continue  # "Sol coordinates ...": met before, at their employer
        reader.relate(person, cue.cue.relations, target, role=cue.cue.role, confidence=0.65)


def _body_done_for(reader: SentenceReader, k: int):
    """ "coordinates the Safe Home service for Foo Housing": the body named after the
    first "for" within a few words of token k, before the clause ends; else None."""
    end = min(reader.sent.end, k + _FOR_REACH)
    for j in range(k, end):
        if reader.words[j] in lx.CLAUSE_ENDS:
            return None
        if reader.words[j] == "for" and j + 1 < reader.sent.end:
            body = reader.mention_at(j + 1)
            return body if body is not None and reader.kind(body) == "Organisation" else None
    return None
