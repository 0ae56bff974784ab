"""Partnership: "in partnership with", "partnered with", "partners include",
"worked with", "A and B co-designed": PARTNER_OF, COLLABORATES_WITH, and
partners' PARTICIPATED_IN the project.
"""

from __future__ import annotations

from itertools import pairwise

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset(
    {"partner_with", "partnership_between", "partnered_with", "partner_list", "collaborate_with"}
)
"""The cue labels (pattern files) this family's rules read."""

# Words between a list noun and the list: "partners include", "partner organisations are:".
_LIST_GLUE = {
    "organisations", "include", "included", "including", "are", "were", "is", ":", "-", "–",
    "such", "as",
}  # fmt: skip
_JOINT_WORK = vocab.words("joint_work_words")
_JOINT_PARTNERS = vocab.words("joint_work_partner_words")


def partnerships(reader: SentenceReader) -> None:
    """ "in partnership with A and B" (`partner_with`), "a partnership between A and
    B" (`partnership_between`), "X has partnered with A" (`partnered_with`),
    "partners include A, B and C" (`partner_list`)."""
    for cue in reader.cues("partner_with"):
        partners = reader.list_after(cue.end, kinds={"Organisation", None})
        if not partners:
            continue
        opening = cue.start <= reader.sent.start + 2  # "In a partnership with A and B, ..."
        lead = _lead_before(reader, cue.start)
        if lead is None and opening and _is_subject(reader, partners):
            lead, partners = partners[-1].id, partners[:-1]  # "Working alongside A, Foo will"
        if lead is None and opening:
            lead = reader.ctx.last_org_subject
        target = reader.target_before(cue.start, ("Project", "Event"))
        for p in partners:
            if lead is not None:
                reader.relate(lead, cue.cue.relations, p, confidence=0.8)
            if target is not None:
                reader.relate(p, "PARTICIPATED_IN", target, role="partner", confidence=0.75)
        if opening and lead is not None and cue.cue.params.get("joint"):
            for a in range(len(partners)):  # the partners of one partnership with each other
                for b in range(a + 1, len(partners)):
                    reader.relate(partners[a], cue.cue.relations, partners[b], confidence=0.6)
    for cue in reader.cues("partnership_between"):
        # names not yet typed, or typed for now as a place or project ("Foo" for "Foo
        # Housing"), count: the seed keeps a pair only if both end up bodies
        parties = reader.list_after(cue.end, kinds={"Organisation", "Place", "Project", None})
        if len(parties) > 1 and not any(reader.kind(p) == "Organisation" for p in parties):
            continue  # "the partnership between Jane and Tom": nobody said to be a body
        for a in range(len(parties)):
            for b in range(a + 1, len(parties)):
                reader.relate(parties[a], cue.cue.relations, parties[b], confidence=0.8)
    for cue in reader.cues("partnered_with"):
        i = cue.start
        lead = reader.by_end.get(i) or reader.by_end.get(i - 1)
        if lead is None and reader.words[i - 1] in {"has", "have", "are", "is", "will"}:
            lead = reader.by_end.get(i - 1)
        lead_id = lead.id if lead is not None else reader.we(i)
        for p in reader.list_after(cue.end, kinds={"Organisation"}):
            reader.relate(lead_id, cue.cue.relations, p, confidence=0.75)
    _partner_lists(reader)


def _partner_lists(reader: SentenceReader) -> None:
    """ "partners include A, B and C", "partners across the area including A and
    B", "partnering organisations are ..."; "our partner trusts, A and B", "Foo and
    its partners, A and B": "our" organisation's partners, Foo's."""
    cues = {c.end - 1: c for c in reversed(reader.cues("partner_list"))}  # list noun -> cue
    for i in sorted(cues):
        j = _list_start(reader, i)
        if j is None:
            continue
        if i >= 1 and reader.words[i - 1] in {"our", "its", "their"}:
            # "our partners A and B"; "Foo Trust and its partners A and B": Foo Trust's
            ours = (
                reader.we_org(i)
                if reader.words[i - 1] == "our"
                else reader.before(i - 1, kinds={"Organisation"}, limit=12)
            )
            for p in reader.list_after(j, kinds={"Organisation"}):
                reader.relate(ours, "PARTNER_OF", p, confidence=0.7)
            continue
        items = reader.list_after(j, kinds={"Organisation"})
        target = reader.target_before(i, ("Project", "Event"))
        if target is None:
            target = reader.ctx.focus_of(reader.section, "Project") or reader.ctx.focus_of(
                reader.section, "Event"
            )
        cue = cues[i].cue
        for p in items:
            reader.relate(p, cue.relations, target, role=cue.role, confidence=0.7)


def _list_start(reader: SentenceReader, i: int) -> int | None:
    """Where the names after a partner word begin: "partners include A", "partner
    trusts, A", "partners across the area including A"; None when none follow."""
    j = i + 1
    plural = reader.doc[i].tag_ == "NNS"
    if j < reader.sent.end and reader.doc[j].tag_ == "NNS":
        j, plural = j + 1, True  # "our partner trusts, A and B"
    start = j
    while j < reader.sent.end and (
        reader.words[j] in _LIST_GLUE or (plural and reader.words[j] == ",")
    ):
        j += 1
    if j > start:
        return j
    # "partners across the area including A": a few words, then "including"
    for k in range(i + 1, min(i + 7, reader.sent.end)):
        if reader.words[k] in {"including", "include", "includes", ":"}:
            return k + 1
        if reader.by_start.get(k) is not None or reader.doc[k].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _is_subject(reader: SentenceReader, partners: list) -> bool:
    """ "Working alongside A, Foo will ...": the last name read after an opening
    phrase follows a comma and comes before a verb (the sentence's subject)."""
    last = partners[-1] if len(partners) >= 2 else None
    return (
        last is not None
        and reader.kind(last) == "Organisation"
        and reader.words[last.start - 1] == ","
        and last.end < reader.sent.end
        and reader.doc[last.end].pos_ in {"VERB", "AUX"}
    )


def _lead_before(reader: SentenceReader, i: int) -> int | None:
    """Who is in partnership: the agent of an earlier "by X", else the nearest organisation."""
    for k in range(i - 1, reader.sent.start, -1):
        if reader.words[k] == "by":
            agents = reader.list_after(k + 1)
            if agents:
                return agents[-1].id
    m = reader.before(i, kinds={"Organisation"})
    if m is not None:
        return m.id
    return reader.we(i)


def collaboration(reader: SentenceReader) -> None:
    """ "A worked closely with B" (`collaborate_with` cues): collaborators, or
    partners when both are organisations; "A and B co-founded" (`founders`)."""
    for cue in reader.cues("collaborate_with"):
        i = cue.start
        if reader.cue_ending_at("partner_with", cue.end) is not None:
            continue  # "in collaboration with": read as a partnership
        partners = reader.list_after(cue.end, kinds={"Person", "Organisation"})
        subjects = reader.subjects_before(i) or [
            s for s in [reader.before(i, kinds={"Person", "Organisation"}, limit=8)] if s
        ]
        if (
            not subjects
            and i >= 2
            and reader.words[i - 1] == "team"
            and reader.words[i - 2] in {"my", "our"}
        ):
            author = reader.ctx.authors.get(reader.section)
            subjects = [reader.ctx.mentions[author]] if author is not None else []
        if not subjects and i >= 2:
            start = (
                i - 2 if reader.words[i - 1] in {"closely", "together", "also", "now"} else i - 1
            )
            definite = reader.definite_org(start - 1) if start >= 1 else None
            subjects = [definite] if definite is not None else []
        if cue.cue.params.get("founders") and len(subjects) >= 2:
            for a in range(len(subjects)):
                for b in range(a + 1, len(subjects)):
                    reader.relate(subjects[a], "COLLABORATES_WITH", subjects[b], confidence=0.7)
            continue
        if not subjects:
            subjects = _pronoun_subjects(reader, i)
        if not partners:
            partners = _org_of_post_after(reader, cue.end) or _examples_after(reader, cue.end)
        rels = cue.cue.relations or ("COLLABORATES_WITH",)
        if rels == ("COLLABORATES_WITH",):
            rels = ("COLLABORATES_WITH", "if a partnership")  # settled by `partnership_word`
        for s in subjects:
            for p in partners:
                reader.relate(s, rels, p, confidence=0.65)


def _pronoun_subjects(reader: SentenceReader, i: int) -> list:
    """ "I have worked with X", "we are liaising with X", "our relationships with X",
    "she will work closely with X": the speaker or author, the organisation "we" is,
    or the person "he"/"she" refers to."""
    for k in range(i - 1, max(reader.sent.start, i - 5) - 1, -1):
        if reader.words[k] in {"he", "she"} and not reader.in_quote(k):
            person = reader.pronoun_person()  # "He will work closely with X"
            return [person] if person is not None else []
        if reader.words[k] == "i":
            person = reader.i_person(k)
            return [person] if person is not None else []
        if reader.words[k] in {"we", "our", "us"}:  # "through our relationships with X"
            org = reader.we_org(k)
            return [reader.ctx.mentions[org]] if org is not None else []
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
    if len(reader.ms) < 2:
        return
    subjects = _opening_subjects(reader)
    if len(subjects) < 2:
        return
    # "co - founded" as one word, as the list writes it
    rest = " ".join(reader.words[subjects[-1].end : reader.sent.end]).replace(" - ", "-").split()
    pairs = [f"{w} {x}" for w, x in pairwise(rest)]
    hit = next((w for w in pairs + rest if w in _JOINT_WORK), None)  # "joined forces"
    if hit is None:
        return
    for i, a in enumerate(subjects):
        for b in subjects[i + 1 :]:
            bodies = {reader.kind(a), reader.kind(b)} == {"Organisation"}
            if hit in _JOINT_PARTNERS and bodies:
                rels = ("PARTNER_OF",)
            else:  # bodies working together on a page that calls it a partnership are partners
                rels = (
                    ("COLLABORATES_WITH", "if a partnership") if bodies else ("COLLABORATES_WITH",)
                )
            reader.relate(a, rels, b, confidence=0.7)


def _opening_subjects(reader: SentenceReader) -> list:
    """The names a sentence opens with, joined by "and", "&" or commas, when a verb
    follows them: "A and B have", "A, B and the C Trust will"."""
    first = reader.ms[0]
    if first.start - reader.sent.start > 2:
        return []
    out, k = [first], first.end
    while k < reader.sent.end:
        glue = k
        while glue < reader.sent.end and reader.words[glue] in {",", "and", "&", "the"}:
            glue += 1
        nxt = reader.by_start.get(glue)
        if glue == k or nxt is None or ("," in reader.words[k:glue] and glue - k > 3):
            break
        out.append(nxt)
        k = nxt.end
    if k >= reader.sent.end or reader.doc[k].pos_ not in {"VERB", "AUX"}:
        return []
    if reader.words[k - 1] == "," or (len(out) > 2 and reader.words[out[-1].start - 1] == ","):
        return []  # "A, B, C": a list with no "and" before its last name is not one subject
    return [m for m in out if reader.kind(m) in {"Organisation", "Person"}]


def partnership_word(reader: SentenceReader) -> None:
    """ "The partnership will ...", "this new partnership", "a three-year
    partnership": the page calls what its organisations do together a partnership
    (their working together is PARTNER_OF)."""
    words = reader.words
    for i in range(reader.sent.start + 1, reader.sent.end):
        before = reader.doc[i - 1]  # "the partnership", "a three-year / formal partnership"
        if words[i] == "partnership" and (
            words[i - 1] in {"the", "this", "our", "new", "a"}
            or (reader.doc[i].is_lower and before.is_lower and before.pos_ in {"ADJ", "NOUN"})
        ):
            nxt = reader.doc[i + 1] if i + 1 < reader.sent.end else None
            if nxt is None or not nxt.text[:1].isupper():
                reader.ctx.calls_it_partnership = True
