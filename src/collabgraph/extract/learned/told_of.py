"""The verbs of a sentence that tell of someone other than a name written in it
("Jane Doe explained why A mattered": A did not explain; "He introduced A": A did
not speak), for the participation model's words (`participants.takers`), read from
the parse (`told_of_others`; `vocab/participation_role_object_verbs.txt`,
`participation_role_with_words.txt`, `participation_role_speaker.txt`)."""

from __future__ import annotations

from spacy.tokens import Doc

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.standing_bodies import chairs_a_body

_SPEAKER_WORDS = vocab.words("participation_role_speaker")
_TO_OBJECTS = vocab.words("participation_role_object_verbs")
_CHAIRED = {"chaired", "co-chaired"}


def told_of_others(doc: Doc, m: Mention, names: list[tuple[int, int]]) -> frozenset[str]:
    """The verbs of the mention's sentence that tell of someone else, not of the
    mention: one whose subject is another name of the sentence ("Jane Doe
    explained why A and B mattered": Jane Doe explained, not A), unless the mention
    is written inside the subject's phrase or as the subject's companion ("A, in
    conversation with B, spoke": B spoke too); a speaker's word
    (vocab/participation_role_speaker.txt) the mention is the subject of in the
    passive ("A was introduced", "A and B were presented with awards": it was done
    to them); one whose object the mention is, of the
    speaker's words that tell of who said them ("He introduced A and B", "the Mayor
    thanked C": vocab/participation_role_object_verbs.txt); "chaired" done to a
    standing body ("the hall committee, chaired by A": `standing_bodies`). A word
    written again in a clause of the mention's own stays."""
    own = _top(doc[m.start : m.end].root)
    own_span = set(range(m.start, m.end))
    others = {i for a, b in names if (a, b) != (m.start, m.end) for i in range(a, b)}
    told, kept = set(), set()
    for verb in doc[m.start].sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [_top(c) for c in verb.children if c.dep_ == "nsubj"]
        passive = [_top(c) for c in verb.children if c.dep_ == "nsubjpass"]
        objects = [_top(c) for c in verb.children if c.dep_ == "dobj"]
        of_others = (
            (
                any(s.i in others and s.i != own.i and not _within(m, s) for s in subjects)
                and not _beside(own, verb)
            )
            or (own in passive and verb.lower_ in _SPEAKER_WORDS)
            or (verb.lower_ in _SPEAKER_WORDS and _talk_apart(verb, others | own_span))
            or (own in objects and verb.lower_ in _TO_OBJECTS)
            or (verb.lower_ in _CHAIRED and chairs_a_body(verb))
        )
        (told if of_others else kept).add(verb.lower_)
    return frozenset(told - kept)


_APART = {"after", "following", "before"}  # "Speaking after the summit": not at it
_ABOUT = {"about", "of", "on"}
_EVENT_NOUNS = {w for w, kind in vocab.table("focus_nouns").items() if kind == "Event"}


def _talk_apart(verb, named: set[int]) -> bool:
    """Whether a speaker's word with no subject of its own tells of a talk before,
    after or about an event, not given at it ("Speaking after the summit, A said",
    "Speaking about the launch, B said"; not "Speaking at the summit, C said"):
    what follows "about" is a name or an event noun (vocab/focus_nouns.txt)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _APART | _ABOUT:
            continue
        if prep.lower_ in _APART:
            return True
        objects = [g for g in prep.children if g.dep_ == "pobj"]
        if any(g.i in named or g.lower_ in _EVENT_NOUNS for g in objects):
            return True
    return False


def _within(m: Mention, tok) -> bool:
    """Whether the mention is written inside the phrase `tok` heads ("A, in
    conversation with B,": B is in A's phrase, and spoke with A)."""
    return tok.left_edge.i <= m.start and m.end - 1 <= tok.right_edge.i


_WITH = vocab.words("participation_role_with_words")


def _beside(tok, verb) -> bool:
    """Whether `tok` hangs from `verb` through a companion's preposition ("A, in
    conversation with B, spoke": vocab/participation_role_with_words.txt)."""
    for up in tok.ancestors:
        if up.i == verb.i:
            return False
        if up.dep_ == "prep" and up.lower_ in _WITH:
            return verb in up.ancestors
    return False


def _top(tok):
    """The token a name and the names joined to it hang from ("A and B": B's top is
    A; "the Mayor, C": C's top is "Mayor")."""
    while tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    return tok
