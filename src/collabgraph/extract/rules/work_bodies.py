"""The body at the top of a place arc (`place_arcs`): the subject of a verb of
work, or of the verb it completes ("Foo will use the grant to work ..."); the name a
body noun stands for ("Foo, a charity serving ...", "Foo is a charity ...", "Kelby
charity Foo Trust"); the one "the trust" refers to, or "It" / "The charity" opening a
sentence, or the programme in focus for "The scheme" opening one
(`vocab/place_programme_subjects.txt`); a noun's possessor ("Foo Trust's work"). No
rules of its own.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.reader import SentenceReader

SITES = vocab.words("site_nouns")
SERVED = vocab.words("place_served_nouns") | SITES
"""The people or services a body serves, and its sites (a place arc climbs through them)."""
# a name not typed yet when the sentence is read stands if it ends up a body or a
# project (the seed checks the ends of every relation)
OWNERS = {"Organisation", "Project", None}
_BODY_NOUNS = lx.ORG_DESCRIPTION_NOUNS
_SERVED_OR_BODIES = SERVED | _BODY_NOUNS
_RELATIVES = {"which", "that", "who"}
_PRONOUNS = {"it", "them"}
_PROGRAMME_SUBJECTS = vocab.words("place_programme_subjects")
_OWN_NOUNS = SITES | vocab.words("place_own_people_nouns")
_UP = {"xcomp", "advcl", "conj", "acl", "relcl", "pcomp", "prep"}  # a verb completing another


def _tells_its_noun(verb) -> bool:
    """Whether a verb is a clause about the noun it hangs from, that noun its
    missing object ("What a day we had at Dale Hall", "the time they spent in Kelby"):
    the place is where that was, not where its subject works; not a noun of
    people served or a body ("the families we support in Kelby")."""
    if any(c.i < verb.i and any(d.lower_ == "what" for d in c.children) for c in verb.children):
        return True  # an exclamation: "What a day we had at Dale Hall"
    return (
        verb.dep_ == "relcl"
        and verb.head.pos_ == "NOUN"
        and verb.head.lower_ not in _SERVED_OR_BODIES
        and not any(c.dep_ in {"dobj", "attr"} for c in verb.children)
    )


def described_body(reader: SentenceReader, noun) -> Mention | None:
    """The body a noun like "charity" stands for: "Foo, a charity ...", "Foo is a
    charity ...", "Kelby charity Foo Trust", "Kelby's oldest charity, Foo, ..."."""
    if noun.dep_ in {"appos", "compound"}:
        return _org_at(reader, noun.head)
    if noun.dep_ == "attr":
        return subject_body(reader, noun.head)
    beside = [c for c in noun.children if c.dep_ == "appos"]
    return _org_at(reader, beside[0]) if beside else None


def subject_body(reader: SentenceReader, verb) -> Mention | None:
    """The organisation that is the verb's subject, or the subject of the verb it
    completes ("Foo will use the grant to work ..."), or the name beside a noun it
    describes ("Foo, a charity serving ...", "Foo, which works ...")."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if not subjects and verb.dep_ == "xcomp":
            # "the grant will help Foo to expand ...": a body as the object of the verb
            # it completes does it; "help it to expand": the body said to be helped
            done_by = [c for c in verb.head.children if c.dep_ == "dobj"]
            named = _org_at(reader, done_by[0]) if done_by else None
            if named is not None:
                return named
            if done_by and done_by[0].lower_ in _PRONOUNS:
                return subject_body(reader, verb.head.head) if verb.head.dep_ == "ccomp" else None
        if subjects and subjects[0].lower_ in _RELATIVES and verb.dep_ == "relcl":
            # "Foo, which works ...", "Foo, a charity which works ...", "The charity, which ..."
            described = verb.head.lower_ in _BODY_NOUNS and verb.head.pos_ == "NOUN"
            return (described and described_body(reader, verb.head)) or _org_at(reader, verb.head)
        if subjects and _tells_its_noun(verb):
            return None  # "What a day we had at Dale Hall": the day's place, not ours
        if subjects:
            return _org_at(reader, subjects[0])
        if verb.dep_ == "acl" and verb.head.dep_ == "appos":
            return _org_at(reader, verb.head.head)  # "Foo, a charity serving ..."
        if verb.dep_ == "acl" and verb.head.lower_ in _BODY_NOUNS:
            # "Foo is a charity working across A"; "Foo Trust, serving A, ..." (the
            # name's own last word)
            return described_body(reader, verb.head) or _org_at(reader, verb.head)
        if verb.dep_ == "acl":
            return _org_at(reader, verb.head)  # "Foo Trust, based in Kelby, ..."
        if verb.dep_ not in _UP or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _org_at(reader: SentenceReader, tok) -> Mention | None:
    """The organisation named at token `tok`, the one "the trust" refers to, or the
    one the last sentence began with, for "It" or "The charity" opening this one."""
    named = body_at(reader, tok.i)
    if named is not None:
        return named if reader.kind(named) in OWNERS else None
    if tok.lower_ in _PROGRAMME_SUBJECTS and tok.is_lower:
        # "The Tea Pals service covers ...": the name before the programme's noun
        names = [body_at(reader, c.i) for c in tok.children if c.dep_ == "compound"]
        named = next((m for m in names if m is not None), None)
        if named is not None and reader.kind(named) in {"Project", None}:
            return named
    if tok.lower_ in lx.ANY_ORG_HEADS and tok.i > reader.sent.start:
        found = reader.definite_org(tok.i - 1)
        if found is not None:
            return found
    opens = tok.i == reader.sent.start or (
        tok.i == reader.sent.start + 1 and reader.words[reader.sent.start] == "the"
    )
    if (opens and tok.lower_ in _PROGRAMME_SUBJECTS and tok.is_lower) or programme_subject(
        reader, tok
    ):
        # "The scheme will serve people in Kelby": the programme in focus
        focus = reader.ctx.focus_of(reader.section, "Project")
        return reader.ctx.mentions[focus] if focus is not None else None
    named = _project_by_head(reader, tok)
    if named is not None:
        return named
    if (opens and tok.lower_ == "it") or _its_own(reader, tok):
        # "Foo Service is run by Bar. It is based at Y House", "Its team is based
        # at Y House": the project the sentence just before began with
        project = _project_just_before(reader)
        if project is not None:
            return project
    if opens and (tok.lower_ == "it" or tok.lower_ in _BODY_NOUNS):
        last = reader.ctx.last_org_subject
        if last is None and tok.lower_ in _BODY_NOUNS:
            # "The new chief of Foo Trust has been named. The charity, which ...": no
            # sentence began with a body; the one body the sentence before names
            return _sole_body_before(reader)
        return reader.ctx.mentions[last] if last is not None else None
    return None


def programme_subject(reader: SentenceReader, tok) -> bool:
    """ "Until now the service had been open to ...": "the" and a programme's noun
    (`vocab/place_programme_subjects.txt`) as the subject of the sentence's main
    verb after a phrase set before it; the programme in focus."""
    if tok.lower_ not in _PROGRAMME_SUBJECTS or not tok.is_lower:
        return False
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.head.dep_ != "ROOT":
        return False
    dets = [c for c in tok.children if c.dep_ == "det"]
    return [c.lower_ for c in dets] == ["the"] and dets[0].i == tok.left_edge.i


def _project_by_head(reader: SentenceReader, tok) -> Mention | None:
    """ "Foo Lunch Club is run by Bar. The club meets at Y Hall", "The advice point
    is open in Y Hall" (after "Foo Advice Point"): a sentence opening with "the" and
    lower-case words that end a project's name the page has given; the project."""
    if not tok.is_lower or tok.pos_ != "NOUN" or tok.lower_ in _BODY_NOUNS:
        return None
    if tok.left_edge.i != reader.sent.start or reader.words[reader.sent.start] != "the":
        return None
    words = [c.lower_ for c in tok.lefts if c.dep_ == "compound"] + [tok.lower_]
    if not all(w.isalpha() for w in words):
        return None
    named = reader.ctx.recent_with_word(tok.lower_, "Project")
    if named is None or named.text.lower().split()[-len(words) :] != words:
        return None
    return named


def _its_own(reader: SentenceReader, tok) -> bool:
    """ "Its new team", "Their staff" opening a sentence: a noun of a body's own
    people or sites (`vocab/site_nouns.txt`, `vocab/place_own_people_nouns.txt`)
    whose owner is a pronoun."""
    if tok.lower_ not in _OWN_NOUNS or not tok.is_lower:
        return False
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    return owner is not None and owner.i == reader.sent.start and owner.lower_ in {"its", "their"}


def _project_just_before(reader: SentenceReader) -> Mention | None:
    """The project the sentence just before began with ("Foo Service is run by Bar.")."""
    last = reader.ctx.last_project_subject
    if last is None or last[0] != len(reader.ctx.sentences) - 1:
        return None
    return reader.ctx.mentions[last[1]]


def _sole_body_before(reader: SentenceReader) -> Mention | None:
    """The organisation the sentence before names, when it names only one."""
    here = reader.ms[0].sent if reader.ms else -1
    bodies = {
        m.text
        for m in reader.ctx.mentions
        if m.sent == here - 1 and reader.ctx.type_of(m) == "Organisation"
    }
    if len(bodies) != 1:
        return None
    return next(m for m in reversed(reader.ctx.mentions)
                if m.sent == here - 1 and reader.ctx.type_of(m) == "Organisation")  # fmt: skip


def possessor(reader: SentenceReader, noun) -> Mention | None:
    """The body named as the noun's owner: "Foo Trust's work", "Foo's offices"."""
    for child in noun.children:
        if child.dep_ == "poss":
            named = body_at(reader, child.i)
            if named is not None and reader.kind(named) == "Organisation":
                return named
    return None


def body_at(reader: SentenceReader, i: int) -> Mention | None:
    """The sentence's mention holding token i, whatever its kind."""
    return next((m for m in reader.ms if m.start <= i < m.end), None)
