"""Collaboration: "A worked with B", "our relationships with groups such as A and
B", "A and B co-founded ...", "A, B and C will work together": COLLABORATES_WITH,
or PARTNER_OF for bodies on a page that calls their work a partnership (the
partnership family, continued).
"""

from __future__ import annotations

from itertools import pairwise

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.rules.collab_subjects import (
    definite_noun_subject,
    definite_subject,
    gerund_doers,
    parse_subjects,
    participle_doers,
    pronoun_led,
    pronoun_subject_of,
    pronoun_subjects,
    set_off_doer,
    work_owner,
)
from collabgraph.extract.rules.founders import TOGETHER, past_own_word
from collabgraph.extract.rules.help_givers import PEOPLE_OF_BODIES, helped_subjects
from collabgraph.extract.rules.joint_clauses import relate_jointly, remember_joint, they_before
from collabgraph.extract.rules.openers import (
    counted_back,
    opening_subject,
    opening_subjects,
    past_relative_clause,
)
from collabgraph.extract.rules.partner_leads import us_after
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader
from collabgraph.extract.rules.second_withs import second_withs
from collabgraph.extract.rules.signed_agreements import SIGN_VERBS, tells_signing

LABELS = frozenset({"collaborate_with"})
"""The cue labels (pattern files) this family's rules read."""

_JOINT_WORK = vocab.words("joint_work_words")
_JOINT_PARTNERS = vocab.words("joint_work_partner_words")
_AUXILIARIES = lx.BE_FORMS | vocab.words("adverbs_before_verb")
_PARTIES = frozenset({"Person", "Organisation"})
_ORGANISING_BY = vocab.words("by_verbs_organiser") | {"on", "staged", "arranged"}  # "put on by"
_COUNTED_TO_CUE = 8  # "Both charities will continue to work closely with": words to the cue
_WISHED = [[w, "to"] for w in vocab.words("collaboration_wish_words")]


def collaboration(reader: SentenceReader) -> None:
    """ "A worked closely with B" (`collaborate_with` cues): collaborators, or
    partners when both are organisations; "A and B co-founded" (`founders`)."""
    for cue in reader.cues("collaborate_with"):
        i = cue.start
        partnered = reader.cue_ending_at("partner_with", cue.end)
        if partnered is not None and partnered.start <= i:
            continue  # "in collaboration with": read as a partnership (not "working alongside")
        if i - 2 >= reader.sent.start and reader.words[i - 2 : i] in _WISHED:
            continue  # "looks forward to working with Foo": a wish, not work done
        partners = reader.list_after(
            past_own_word(reader, cue.end, people_only=True), kinds=_PARTIES
        )
        if partners:  # "working with A, whose members ..., and with B": B too
            partners += second_withs(reader, partners[-1].end)
        if reader.doc[i].dep_ == "csubj":  # "Working alongside A means we can ...": the we
            for s in gerund_doers(reader, cue.end):
                for p in partners:
                    reader.relate(s, TOGETHER, p, confidence=0.6)
            continue
        opener = opening_subject(reader, partners)[0] if i == reader.sent.start else None
        if opener is not None:  # "Working with A and B, Foo has opened ...": Foo worked with them
            for p in opening_subject(reader, partners)[1]:
                reader.relate(opener, cue.cue.relations or ("COLLABORATES_WITH",), p,
                              confidence=0.65)  # fmt: skip
            continue
        v = i  # "A and B have worked with", "A and B will also work with": the verb's subjects
        while v - 1 > reader.sent.start and reader.words[v - 1] in _AUXILIARIES:
            v -= 1
        read_back = [m for m in reader.subjects_before(v, _PARTIES) if not owns_next(reader, m)]
        subjects = (
            set_off_doer(reader, i)  # "Foo, £9,000 — advice, working with A": Foo
            or participle_doers(reader, i)  # "we deliver it for Bar, working with A": we
            or work_owner(reader, i)  # "the trust's work with A": the trust
            or definite_noun_subject(reader, i)  # "The Trust is working with A"
            or parse_subjects(reader, i, read_back)
            or pronoun_subject_of(reader, i)
        )
        if not subjects and not pronoun_led(reader, i):  # "I sit on Foo and I work with B"
            subjects = [s for s in [reader.before(i, kinds=_PARTIES, limit=8)] if s]
        if reader.words[i] == "with":  # "Members of Foo launched Bar, with help from Baz": Foo
            subjects = helped_subjects(reader, i) or subjects
        if reader.words[i] == "with" and any(_organiser_by(reader, m) for m in subjects):
            continue  # "The race is put on by Foo, with help from Bar": Bar helps run it
        if (
            not subjects
            and i >= 2
            and reader.words[i - 1] == "team"
            and reader.words[i - 2] in {"my", "our"}
        ):
            author = reader.ctx.authors.get(reader.section)
            subjects = [reader.ctx.mentions[author]] if author is not None else []
        if not subjects:  # "The café has since worked with B": the café last named;
            # "Both charities will work closely with B": the two the sentence before names
            subjects = definite_subject(reader, i) or (
                counted_back(reader) if i - reader.sent.start <= _COUNTED_TO_CUE else []
            )
        if cue.cue.params.get("founders"):
            if len(subjects) >= 2:
                for a in range(len(subjects)):
                    for b in range(a + 1, len(subjects)):
                        reader.relate(subjects[a], "COLLABORATES_WITH", subjects[b], confidence=0.7)
            for s in subjects[:1] if len(subjects) == 1 else ():
                for p in _cofounders_after(reader, cue.end):
                    reader.relate(s, "COLLABORATES_WITH", p, confidence=0.7)
            continue  # what they founded is no collaborator
        if not subjects:
            subjects = pronoun_subjects(reader, i) or they_before(reader, i)
        called_partners = False
        us = us_after(reader, cue.end)  # "Foo has worked with us": the page's own body
        if not partners and us is not None:
            partners = [] if any(s.id == us for s in subjects) else [us]
        if not partners:
            partners = (
                _org_of_post_after(reader, cue.end)
                or _examples_after(reader, cue.end)
                or _bodies_of_people_after(reader, cue.end)
            )
            called_partners = (
                bool(partners) and "partners" in reader.words[cue.end : partners[0].start]
            )
        rels = cue.cue.relations or ("COLLABORATES_WITH",)
        if called_partners:  # "working with partners including A and B": partners
            rels = ("PARTNER_OF", "COLLABORATES_WITH")
        elif rels == ("COLLABORATES_WITH",):
            rels = TOGETHER  # settled by `partnership_word`
        for s in subjects:
            for p in partners:
                reader.relate(s, rels, p, confidence=0.65)


def _organiser_by(reader: SentenceReader, m) -> bool:
    """Whether a name is the agent of an organising verb ("put on by Foo", "hosted
    by Foo": `vocab/by_verbs_organiser.txt`): help given to it is help with an event."""
    k = m.start - 1 - (m.start - 1 > reader.sent.start and reader.words[m.start - 1] == "the")
    return (
        k - 1 >= reader.sent.start
        and reader.words[k] == "by"
        and reader.words[k - 1] in _ORGANISING_BY
    )


def owns_next(reader: SentenceReader, m) -> bool:
    """Whether a name is a possessive before another ("Foo Trust's Jane Doe")."""
    return m.end < reader.sent.end and reader.words[m.end] in POSSESSIVE


_FOUNDED_WORDS = 8  # "co-founded the Kelby Food Share with B": words at most before "with"


def _cofounders_after(reader: SentenceReader, k: int) -> list:
    """ "A co-founded Foo with B and C", "A co-founded it in 2019 with her
    neighbour B": the people or bodies after "with" past what was founded (a few
    words, no clause break); [] when no "with" follows."""
    for j in range(k, min(k + _FOUNDED_WORDS, reader.sent.end - 1)):
        if reader.words[j] in {",", ";", ".", "and", "which", "who"}:
            return []
        if reader.words[j] == "with":  # "with her neighbour B": B
            return reader.list_after(past_own_word(reader, j + 1), kinds=_PARTIES)
    return []


_EXAMPLES = {("such", "as"), ("including",), ("like",)}


def _examples_after(reader: SentenceReader, k: int) -> list:
    """ "work with charities across the region, such as A, B and C": the
    organisations given as examples of a group named in lower-case words."""
    words = reader.words
    for j in range(k, min(k + 12, reader.sent.end - 1)):
        if reader.by_start.get(j) is not None or words[j] in {".", ";", "to", "who", "which"}:
            return []
        if not (reader.doc[j].is_lower or reader.doc[j].is_punct):
            return []  # only a group named in lower-case words before the examples
        for cue in _EXAMPLES:
            if tuple(words[j : j + len(cue)]) == cue and j > k:
                return reader.list_after(j + len(cue), kinds={"Organisation"})
    return []


_PEOPLE_WORDS = 4  # "with year six pupils from Foo": words at most before "from"


def _bodies_of_people_after(reader: SentenceReader, k: int) -> list:
    """ "teamed up with students from Kelby College", "worked with local young
    people at Fenby School and Orton Academy", "with members of Fenby Rotary": the
    bodies the people named in lower-case words come from
    (`vocab/collaborator_people_nouns.txt`); on through a second group joined by
    "and" ("with pupils from Fenby School and members of the Orton Traders' Club")."""
    words = reader.words
    for j in range(k, min(k + _PEOPLE_WORDS, reader.sent.end - 2)):
        if not reader.doc[j].is_lower or j in reader.by_start:
            return []
        noun = words[j] if words[j] in PEOPLE_OF_BODIES else " ".join(words[j - 1 : j + 1])
        if noun in PEOPLE_OF_BODIES and words[j + 1] in {"from", "at", "of"}:
            bodies = reader.list_after(j + 2, kinds={"Organisation"})
            last = max((m.end for m in bodies), default=0)
            if bodies and last + 1 < reader.sent.end and words[last] == "and":
                bodies += _bodies_of_people_after(reader, last + 1)
            return bodies
    return []


def _org_of_post_after(reader: SentenceReader, k: int) -> list:
    """ "working with the Chief Nurse of Foo Trust": working with Foo Trust."""
    while k < reader.sent.end and reader.words[k] in {"the", "a", "its", "their"}:
        k += 1
    role = reader.role_phrase_at(k)
    if (
        role is None
        or role.end + 1 >= reader.sent.end
        or reader.words[role.end] not in {"of", "at"}
    ):
        return []
    org = reader.mention_at(role.end + 1)
    return [org] if org is not None and reader.kind(org) == "Organisation" else []


def joint_work(reader: SentenceReader) -> None:
    """ "A and B have spent a year co-designing ...", "A and B have joined forces",
    "A, B and C will work together": the subjects the sentence opens with work
    together, each with each (`vocab/joint_work_words.txt`, one or two words)."""
    subjects = opening_subjects(reader) if len(reader.ms) >= 2 else []
    if len(subjects) < 2:
        subjects = counted_back(reader)
    if len(subjects) < 2:
        return
    # "co - founded" as one word, as the list writes it
    verb = past_relative_clause(reader, subjects[-1].end)  # not "..., which works in partnership"
    rest = " ".join(reader.words[verb : reader.sent.end]).replace(" - ", "-").split()
    pairs = [f"{w} {x}" for w, x in pairwise(rest)]
    hit = next((w for w in pairs + rest if w in _JOINT_WORK), None)  # "joined forces"
    if hit is None and not _joint_thing(reader, verb):
        return
    remember_joint(reader, subjects)
    partners = hit in _JOINT_PARTNERS or tells_signing(reader)  # "have signed a compact"
    relate_jointly(reader, subjects, partners=partners, confidence=0.7)


def _joint_thing(reader: SentenceReader, k: int) -> bool:
    """Whether a "joint" from token k on describes a thing the sentence's verb
    does or makes ("have announced a joint £1.5 million programme", "launch a joint
    appeal"): the adjective on a noun that is the verb's object, not a word list
    of nouns (`vocab/joint_work_words.txt` has the ones told without an object)."""
    for t in reader.doc[k : reader.sent.end]:
        if t.lower_ == "joint" and t.dep_ == "amod" and t.head.dep_ in {"dobj", "nsubjpass"}:
            return True
    return False


_MOST_SIGNATORIES = 6  # one agreement's signatories each with each, up to this many


def signatory_lists(reader: SentenceReader) -> None:
    """ "five organisations signed a new Compact – A, B, C and D – promising to work
    together": the bodies listed between dashes after a signing verb signed one
    agreement, and are partners, each with each."""
    words = reader.words
    signed = next(
        (k for k in range(reader.sent.start, reader.sent.end) if words[k] in SIGN_VERBS), None
    )
    if signed is None:
        return
    for k in range(signed + 1, min(signed + 12, reader.sent.end - 2)):
        if words[k] not in lx.DASHES:
            continue
        parties = reader.list_after(k + 1, kinds={"Organisation", None})
        if len(parties) < 2 or len(parties) > _MOST_SIGNATORIES:
            return
        close = parties[-1].end
        if close >= reader.sent.end or words[close] not in lx.DASHES:
            return  # a list closed by a dash is the signatories, not what follows them
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                reader.relate(a, "PARTNER_OF", b, confidence=0.7)
        return
