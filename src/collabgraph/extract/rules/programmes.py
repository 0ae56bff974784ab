"""Running, continued: a body's own programmes. "through its Healthy Towns Fund",
"the charity's Small Steps programme", "a new Foo Trust funding programme,
'Bar'", "the Foo programme of Bar": RUNS (FUNDED for a funding programme). A
facility named "at" a body ("the Sunrise Wellbeing Centre at Kelby Hospice"):
`rules/facilities_at.py`.
A programme a noun describes as run by a body ("Bar, a campaign run by Foo"):
`rules/described_run_by.py`; one named after "called" ("a course called Bar"):
`rules/called_programmes.py`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.kind_evidence import without_year
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.service_nouns import owned_noun_after, service_named
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS, hyphened_word
from collabgraph.extract.rules.collab_subjects import possessor_body
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader

LABELS: frozenset[str] = frozenset()
"""This rule reads no cues: it reads a programme noun after a body's name."""

_OWNED_HEADS = tuple(" " + w for w in vocab.ordered("owned_programme_heads"))
_GRANT_NOUNS = vocab.words("grant_nouns")
_OWNED_FACILITIES = tuple(" " + w for w in vocab.ordered("facility_heads"))
_OWNED_GRANTS = tuple(" " + w for w in vocab.ordered("owned_grant_heads"))
_FUND_HEADS = vocab.words("fund_heads")


def owned_programmes(reader: SentenceReader) -> None:
    """ "through its Healthy Towns Fund", "the Department's Big Ideas Fund", "the
    charity's Small Steps programme", "Tern Trust's Kelby Sparrow Hub" (a facility's
    head word: vocab/facility_heads.txt): a fund, programme or facility that belongs
    to someone is a programme they run; "the Foo programme of Bar": Foo runs Bar."""
    words, end = reader.words, reader.sent.end
    for m in reader.ms:
        if reader.kind(m) == "Organisation" and _named_programme(reader, m):
            continue
        # "their “Safe Online” project": the quotation marks read past
        quoted = reader.quoted(m)
        after = m.end + quoted
        head_after = after < end and " " + hyphened_word(reader.doc, after, end) in _OWNED_HEADS
        # "Foo's Move More classes", "its Home Safe discharge service"
        head_after = head_after or (not quoted and service_named(reader.doc, m, end) >= 0)
        before = m.start - 1 - quoted
        owned = before >= reader.sent.start and words[before] in {"its", "their", _WHOSE}
        # "Tern Trust's Warm Homes programme": the name after a body's "'s" is the
        # programme's, whatever its head word ("Homes") makes it
        possessed = before > reader.sent.start and words[before] in POSSESSIVE
        # "the hospice's Kelby Lights appeal": a noun making a programme only of an owned name
        head_after = head_after or (
            (owned or possessed) and not quoted and owned_noun_after(reader.doc, after, end)
        )
        if head_after and reader.kind(m) == "Organisation" and not (owned or possessed):
            _programme_of(reader, m)
            _described_as_ours(reader, m)
            continue
        last = without_year(m.text).lower()
        # "Tern Trust's Kelby Sparrow Hub", "its Fenby Teapot Café": a facility a body owns too
        # "Fenby Council's Green Grants", "through its Healthier Kelby grants"
        granted = last.endswith(_OWNED_GRANTS) or (
            after < end and " " + words[after] in _OWNED_GRANTS
        )
        if not (
            last.endswith(_OWNED_HEADS) or last.endswith(_OWNED_FACILITIES) or head_after or granted
        ):
            continue
        k = _past_describing(reader, m.start - 1 - quoted)
        owner = None
        if k >= reader.sent.start and words[k] in {"its", "their"}:
            orgs = [o for o in reader.ms if o.end <= k and reader.kind(o) == "Organisation"]
            givers = [
                o for o in reader.ms
                if o.end <= k and _after_from(reader, o) and reader.kind(o) not in _NOT_GIVERS
            ]  # fmt: skip
            # "£5 from Foo as part of its Bar scheme": the giver's, else the clause subject's
            owner = givers[-1] if givers else possessor_body(reader, k) or next(iter(orgs), None)
            if owner is None:
                _fronted_owners(reader, m)
                continue
        elif not quoted and _council_fund(reader, m):
            owner = reader.by_end[m.start]  # "the Kelby Town Council Green Fund": the council's
            # the fund as written whole, the council's name with it, is the fund's too
            reader.ctx.aliases.setdefault(m.id, []).append(f"{owner.text} {m.text}")
        elif k > reader.sent.start and words[k] == _WHOSE:  # "Kelby Trust, whose Bar scheme"
            owner = reader.by_end.get(k - (words[k - 1] == ","))
        elif k > reader.sent.start and words[k] in POSSESSIVE:
            owner = reader.by_end.get(_past_acronym(reader, k))
            if owner is None and k - 2 >= reader.sent.start:
                owner = reader.definite_org(k - 2)  # "the trust's Small Steps programme"
            last = reader.ctx.last_org_subject
            if owner is None and last is not None and generic_body(reader, k - 2):
                # "the charity's Small Steps programme" when no name ends "Charity": the
                # body the last sentence opened with
                owner = reader.ctx.mentions[last]
        if owner is None or not _may_own(reader, owner):
            continue  # a body's name the page types only later ("Foo Health's Bar project")
        m.votes["Project"] += 7
        m.run_by_body = True  # "its Foo Fund": outweighs the fund's head word elsewhere
        reader.ctx.votes_for(m)["Project"] += 7
        reader.relate(owner, "RUNS", m, confidence=0.75)


def _council_fund(reader: SentenceReader, m) -> bool:
    """Whether `m` is a fund named right after a council's name, written close with
    no "'s" ("the Kelby Town Council Green Fund", cut by `piece_cuts`): the council's
    own pot, as "Kelby Town Council's Green Fund" is."""
    council = reader.by_end.get(m.start)
    return (
        council is not None
        and reader.words[m.start - 1] == "council"
        and m.text.split()[-1].lower() in _FUND_HEADS
    )


def _may_own(reader: SentenceReader, owner) -> bool:
    """Whether a name may be the body a programme is owned by: read as one, or as
    nothing yet, or as a title or a person only the recogniser's guess makes ("Active
    Kelby's Move More classes": no head word of a report's, no given name); then it is
    voted a body."""
    kind = reader.kind(owner)
    head = head_kind(owner.text.split()[-1].lower())[0]  # (it may be another block's)
    # "Kelby Hospital's Home Again service": a building's name whose head word is a
    # body's (vocab/head_organisation.txt) is the body when it owns a programme
    if (_guessed_only(reader, owner, kind) and head is None) or (
        kind == "Place" and head == "Organisation"
    ):
        owner.votes["Organisation"] += 3
        reader.ctx.votes_for(owner)["Organisation"] += 3
        return True
    return kind in {"Organisation", None}


def _guessed_only(reader: SentenceReader, owner, kind: str | None) -> bool:
    """A report's reading, or a person's that only the recogniser gives a name no
    given name opens ("Fenby Leisure's"): a guess a body's possessive outweighs."""
    if kind == "Report":
        return True
    return (
        kind == "Person"
        and sum(owner.votes.values()) == owner.recogniser_votes("Person")
        and not is_given_name(owner.text.split()[0])
    )


_NOT_GIVERS = {"Person", "Place"}


def generic_body(reader: SentenceReader, k: int) -> bool:
    """Whether tokens k, k+1 are "the charity", "the organisation": a noun for any
    body, whatever its name ends with (`vocab/body_generic_nouns.txt`)."""
    return (
        k >= reader.sent.start
        and reader.words[k] == "the"
        and reader.words[k + 1] in lx.GENERIC_BODY_NOUNS
    )


def _past_describing(reader: SentenceReader, k: int) -> int:
    """Token k, or the "its"/"their" or a body's "'s" before the describing words
    ending at k ("their successful Foo scheme", "its new flagship Foo programme",
    "the council's new Foo Scheme")."""
    j = k
    while j > reader.sent.start and k - j < _DESCRIBING and reader.doc[j].is_lower:
        if reader.doc[j].pos_ != "ADJ":
            break
        j -= 1
    words = reader.words
    return j if j < k and (words[j] in {"its", "their", _WHOSE} or words[j] in POSSESSIVE) else k


_DESCRIBING = 2  # describing words at most between "their" and the name
_WHOSE = "whose"


def _fronted_owners(reader: SentenceReader, m) -> None:
    """ "Through its Helping Hands initiative, Foo Council has ...", "As part of
    their Open Doors scheme, Foo and Bar offer ...": a programme named in a phrase
    before the clause belongs to the clause's subject (each body, when several)."""
    verb = reader.doc[m.start : m.end].root
    while (verb.pos_ not in {"VERB", "AUX"} or verb.i < m.end) and verb.head.i != verb.i:
        verb = verb.head  # past the name's own words ("Growing Kelby" reads as a verb)
    if verb.i < m.end:
        return  # the programme's own clause ("its Foo scheme has helped ..."): no owner here
    subjects = [t for t in verb.children if t.dep_ in SUBJECT_DEPS and t.i > m.end]
    found = reader.named_by(subjects, {"Organisation"})
    if not found:
        return
    m.votes["Project"] += 7
    reader.ctx.votes_for(m)["Project"] += 7
    for owner in found:
        reader.relate(owner, "RUNS", m, confidence=0.7)


def _head_follows(reader: SentenceReader, k: int) -> bool:
    """Whether token k is a lower-case programme head word ("scheme" after "community
    grants"): the head before it only describes it."""
    return k < reader.sent.end and reader.doc[k].is_lower and " " + reader.words[k] in _OWNED_HEADS


def _named_programme(reader: SentenceReader, org) -> bool:
    """ "a new Foo Trust funding programme, 'Bar'", "the Foo Council scheme called
    Bar": the programme named after the body's own programme noun is theirs (RUNS),
    or theirs to fund when a grant word stands before the noun (FUNDED)."""
    words, end = reader.words, reader.sent.end
    k, rel = org.end, "RUNS"
    owned = k < end and words[k] in POSSESSIVE  # "Foo Council's new scheme, Bar"
    k += owned
    granted = False
    while (
        k < end
        and k - org.end < 4
        and reader.doc[k].is_lower
        and reader.doc[k].pos_ in {"ADJ", "NOUN"}
        and (" " + words[k] not in _OWNED_HEADS or _head_follows(reader, k + 1))
    ):
        granted = granted or words[k] in _GRANT_NOUNS
        k += 1  # "new", "community grants", "latest investment"
    if granted and not owned:
        rel = "FUNDED"  # "a new Foo Trust funding programme": theirs to fund; "Foo's
        # latest investment programme": theirs, run as any programme of theirs
    if k + 2 >= end or " " + words[k] not in _OWNED_HEADS:
        return False
    j = k + 1
    if words[j] in {",", ":", "called", "named", "entitled", "–", "-"}:
        j += 1
    else:
        return False
    while j < end and words[j] in {'"', "“", "‘", "'"}:
        j += 1
    named = reader.by_start.get(j)
    if named is None or reader.kind(named) in {"Person", "Place", "Organisation"}:
        return False
    named.votes["Project"] += 7
    reader.ctx.votes_for(named)["Project"] += 7
    reader.relate(org, rel, named, confidence=0.7)
    return True


_DESCRIBED_BY = {",", "(", "is", "was", "are", "were", "–", "—"}


def _described_as_ours(reader: SentenceReader, org) -> None:
    """ "Warm Spaces, a Kelby Council initiative, ...", "Link Up is a Foo Trust
    project": the programme named just before "a"/"an" and the body's programme noun
    is one the body runs."""
    k = org.start - 1
    if k - 1 <= reader.sent.start or reader.words[k] not in {"a", "an"}:
        return
    k -= 1
    if reader.words[k] not in _DESCRIBED_BY:
        return
    named = reader.by_end.get(k)
    if named is None or named is org or reader.kind(named) in {"Person", "Place"}:
        return
    if reader.kind(named) == "Organisation" and head_kind(reader.words[named.end - 1])[1] >= 3:
        return  # "Foo Trust, a Kelby Council project partner": a body, not the programme
    named.votes["Project"] += 6
    reader.ctx.votes_for(named)["Project"] += 6
    reader.relate(org, "RUNS", named, confidence=0.7)


def _past_acronym(reader: SentenceReader, k: int) -> int:
    """Where a name ending before `k` ends, past its short form in brackets: "the Kelby
    Academy (KA)'s Bar Fund" is the academy's fund."""
    words = reader.words
    if k - 3 > reader.sent.start and words[k - 1] == ")" and words[k - 3] == "(":
        return k - 3
    return k


def _after_from(reader: SentenceReader, m) -> bool:
    """Whether a name is what "from" or "by" introduces ("from the Foo Fund")."""
    k = m.start - 1
    if k >= reader.sent.start and reader.words[k] in {"the", "a"}:
        k -= 1
    return k >= reader.sent.start and reader.words[k] in {"from", "by"}


def _programme_of(reader: SentenceReader, org) -> None:
    """ "the Foo programme of Better Streets": Foo runs the project named after "of"."""
    k = org.end + 1
    if k + 1 < reader.sent.end and reader.words[k] == "of":
        project = reader.mention_at(k + 1)
        if project is not None and reader.kind(project) == "Project":
            reader.relate(org, "RUNS", project, confidence=0.7)


__all__ = ["LABELS", "owned_programmes"]
