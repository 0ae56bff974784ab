"""Partner lists: "partners include A, B and C", "partners across the area
including A and B", "our partner trusts, A and B", "Foo and its partners, A and
B": the names after a partner word, the partners of the body that owns the word
(its possessor, "our", "its"), else of the project or event the page is about.
Called by `partnership.partnerships`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import OPENING_QUOTES, SUBJECT_DEPS
from collabgraph.extract.rules.grant_subjects import body_pronoun
from collabgraph.extract.rules.openers import opening_subjects
from collabgraph.extract.rules.partner_leads import ours_at, party_pairs
from collabgraph.extract.rules.reader import SentenceReader, first_id

_LIST_GLUE = vocab.words("partner_list_glue")


def partner_lists(reader: SentenceReader) -> None:
    """ "partners include A, B and C", "partners across the area including A and
    B", "partnering organisations are ..."; "our partner trusts, A and B", "Foo and
    its partners, A and B": "our" organisation's partners, Foo's."""
    cues = {c.end - 1: c for c in reversed(reader.cues("partner_list"))}  # list noun -> cue
    for i in sorted(cues):
        j = _list_start(reader, i)
        if j is None or (reader.mention_at(j) is None and reader.words[j - 1] == ","):
            _named_before_ours(reader, i)  # "Bar Trust, our largest partner(, now ...)"
        if j is None:
            continue
        owner = _possessor(reader, i)
        if owner is not None:  # "Foo's partners include A", "its team and partners like A"
            for p in reader.list_after(j, kinds={"Organisation"}):
                reader.relate(owner, "PARTNER_OF", p, confidence=0.7)
            continue
        w = next((k for k in range(i - 1, max(reader.sent.start, i - 3) - 1, -1)
                  if reader.words[k] in {"our", "its", "their"}), None)  # fmt: skip
        if w is not None and all(lower_or_dash(reader, k) for k in range(w + 1, i)):
            # "our partners A and B"; "Foo Trust and its partners A and B": Foo Trust's;
            # "The service will work with its delivery partner, A": the body last the subject
            # (before the page names itself, "our" is the page's own body: `ours_at`)
            ours = ours_at(reader, w) if reader.words[w] == "our" else its_body(reader, w)
            for p in reader.list_after(j, kinds={"Organisation"}):
                reader.relate(ours, "PARTNER_OF", p, confidence=0.7)
            continue
        items = reader.list_after(j, kinds={"Organisation"})
        if _set_off(reader, i, items):  # "The partners, A and B, will ...": each other's
            for a, b in party_pairs(items):
                reader.relate(a, "PARTNER_OF", b, confidence=0.7)
        host = _joined_by(reader, i)
        for p in items if host is not None else ():
            if p.id != host.id:  # "Foo hosted it, along with key partners A and B": Foo's
                reader.relate(host, "PARTNER_OF", p, confidence=0.7)
        target = reader.target_before(i, ("Project", "Event"))
        if target is None:
            target = first_id(
                reader.ctx.focus_of(reader.section, "Project"),
                reader.ctx.focus_of(reader.section, "Event"),
            )
        if target is None:
            target = _titled_project(reader)
        cue = cues[i].cue
        for p in items:
            reader.relate(p, cue.relations, target, role=cue.role, confidence=0.7)


def _named_before_ours(reader: SentenceReader, i: int) -> None:
    """ "Bar Trust, our largest partner", "Bar Trust - our longest-standing partner",
    "A and B, our partner schools for ...": the bodies set off right before "our"
    and a few lower-case words ending in the partner word at token i, that names no
    one after it, are the partners of the page's own body (the speaker's inside a
    quote: `ours_at`)."""
    back = range(i - 1, max(reader.sent.start, i - 4) - 1, -1)
    w = next((k for k in back if reader.words[k] == "our"), None)
    if w is None or w - 2 < reader.sent.start or reader.words[w - 1] not in lx.SET_OFF:
        return
    if not all(lower_or_dash(reader, k) for k in range(w + 1, i)):
        return
    last = reader.by_end.get(w - 1)
    if last is None or reader.kind(last) != "Organisation":
        return
    k = last.start - (last.start > reader.sent.start and reader.words[last.start - 1] == "the")
    listed = [m for m in reader.list_after(k, kinds={"Organisation"}) if m.end <= last.end]
    ours = ours_at(reader, w)
    for p in listed if listed and listed[-1].id == last.id else [last]:
        reader.relate(ours, "PARTNER_OF", p, confidence=0.7)


def _titled_project(reader: SentenceReader) -> int | None:
    """A page titled with nothing but a name the page gives no other kind, or a
    body's only weakly ("Green Lanes" over "Green Lanes plants hedges ... Partners: A
    and B"): the project the page is about, whose partners its list names (and the
    page's project from then on); None when the title is no such name."""
    title = reader.ctx.sentences[0] if reader.ctx.sentences else ""
    key = mention_key(title)
    for m in reader.ctx.mentions:
        if mention_key(m.text) == key and _untyped_name(reader, m):
            votes = reader.ctx.votes_for(m)
            vote = max(4, votes["Organisation"] - votes["Project"] + 1)
            m.votes["Project"] += vote
            votes["Project"] += vote
            reader.ctx.main.setdefault("Project", m.id)  # the page's, for lines after
            return m.id
    return None


_WEAK_BODY = 4  # an Organisation's votes at most from the words around it alone


def _untyped_name(reader: SentenceReader, m) -> bool:
    """Whether `m` is a name the page gives no kind, or a body's only weakly with no
    body's head word ("Hedge Heroes plants hedges": not "Kelby Rivers Trust")."""
    if m.title or m.gazetteer:
        return False
    kind = reader.kind(m)
    if kind is None:
        return True
    last = m.text.lower().split()[-1]
    weak = reader.ctx.votes_for(m)["Organisation"] <= _WEAK_BODY
    return kind == "Organisation" and weak and head_kind(last)[0] is None


def its_body(reader: SentenceReader, w: int) -> int | None:
    """The body "its"/"their" at token w stands for: one named earlier in the
    sentence, else the one the last sentences were about ("Foo Network met. Its
    members ..." -> Foo Network's id); in a clause's subject after a sentence
    opening with "It", what "It" stands for ("It is funded by Bar, and its partners
    include A": not Bar's)."""
    head = reader.doc[w].head
    after = reader.doc[head.i + 1] if head.i + 1 < reader.sent.end else None
    if (
        reader.words[w] == "its"
        and reader.words[reader.sent.start] == "it"
        and (
            head.dep_ in SUBJECT_DEPS
            or (after is not None and after.pos_ in {"VERB", "AUX"})  # "... and its partners are"
        )
    ):
        it = body_pronoun(reader, reader.sent.start)
        if it is not None:
            return it.id
    named = _coordinated_before(reader, w)  # "Foo and its partners"
    if named is None or reader.kind(named) in {"Person", "Event"}:  # a hospital, as a place
        named = reader.before(w, kinds={"Organisation"}, limit=12)
    return named.id if named is not None else reader.ctx.last_org_subject


def its_organisation(reader: SentenceReader, i: int):
    """The organisation "Its"/"Their" at token i stands for (`its_body`), as a
    mention; None when it stands for none, for the page's own placeholder body
    (id < 0: no mention) or for a body of another kind."""
    body = its_body(reader, i)
    if body is None or body < 0:
        return None
    m = reader.ctx.mentions[body]
    return m if reader.kind(m) == "Organisation" else None


def lower_or_dash(reader: SentenceReader, k: int) -> bool:
    return reader.doc[k].is_lower or reader.words[k] == "-"  # "long - standing"


def _possessor(reader: SentenceReader, i: int):
    """The body whose partners the list noun at token i names: "Foo's partners",
    "the council's team and partners like", "its staff and partners such as" (the
    body "its" stands for: the sentence's subject)."""
    tok = reader.doc[i]
    heads = [tok] + ([tok.head] if tok.dep_ == "conj" else [])
    for h in heads:
        for c in h.children:
            if c.dep_ != "poss":
                continue
            named = next((m for m in reader.ms if m.start <= c.i < m.end), None)
            if named is None and c.lower_ in {"its", "their"}:
                named = _coordinated_before(reader, c.i)  # "Foo and its partners"
            if named is None and c.lower_ in {"its", "their"}:
                subjects = [m for m in reader.ms if m.end <= c.i]
                named = (
                    subjects[0] if subjects and subjects[0].start <= reader.sent.start + 1 else None
                )
            if named is None and c.i >= 2 and reader.words[c.i] in {"'s", "’s"}:
                named = reader.definite_org(c.i - 2)  # "the council's team"
            if (
                named is None
                and c.i + 1 < reader.sent.end
                and reader.words[c.i + 1] in {"'s", "’s"}
            ):
                named = reader.definite_org(c.i - 1)  # "the council" the owner, "'s" its case
            if named is not None and reader.kind(named) == "Organisation":
                return named
    return None


def _coordinated_before(reader: SentenceReader, k: int):
    """The body joined by "and" right before the possessive at token k ("Foo and
    its partner organisations"): whose partners they are; else None."""
    if k - 2 < reader.sent.start or reader.words[k - 1] not in {"and", "&"}:
        return None
    named, owned = reader.by_end.get(k - 1), reader.doc[k].head
    # joined as nouns, not clauses ("it is chaired by Foo and its partners include")
    if named is None or owned.dep_ != "conj" or not named.start <= owned.head.i < named.end:
        return None
    verb = reader.doc[owned.i + 1] if owned.i + 1 < reader.sent.end else None
    if verb is not None and verb.pos_ in {"VERB", "AUX"} and verb.tag_ != "VBG":
        return None  # "... and its partners include A": a clause of its own
    return named


def _joined_by(reader: SentenceReader, i: int):
    """The body a sentence opens with, when the unowned partner word at token i is
    what it did its work "with" ("Foo hosted the day, along with key partners A and
    B", "Foo will deliver it together with partners A and B"): whose partners they
    are; else None."""
    k = i - 1
    while (
        k > reader.sent.start and i - k <= 3 and reader.doc[k].is_lower and k not in reader.by_end
    ):
        if reader.words[k] in {"with", "alongside"}:
            orgs = [m for m in opening_subjects(reader) or _subjects(reader, k)
                    if reader.kind(m) == "Organisation"]  # fmt: skip
            return orgs[0] if len(orgs) == 1 else None
        k -= 1
    return None


def _set_off(reader: SentenceReader, i: int, items: list) -> bool:
    """Whether the partner word at token i opens its sentence ("The partners", "The
    two partners") and the names after it are set off by commas as its appositive
    ("The partners, A and B, will ..."): the partners of one partnership."""
    k = i - 1
    while k > reader.sent.start and reader.doc[k].like_num:
        k -= 1  # "The two partners"
    return (
        len(items) > 1
        and k == reader.sent.start
        and reader.words[k] == "the"
        and reader.words[i + 1] == ","
        and items[-1].end < reader.sent.end
        and reader.words[items[-1].end] == ","
    )


def _subjects(reader: SentenceReader, k: int) -> list:
    """The names before token k that are a clause's subject: in the parse, or right
    before a verb ("On 4 May Foo was pleased to host ...": Foo)."""
    return [m for m in reader.ms if m.end < k and (
        any(reader.doc[t].dep_ in SUBJECT_DEPS for t in range(m.start, m.end))
        or reader.doc[m.end].pos_ in {"AUX", "VERB"})]  # fmt: skip


def _list_start(reader: SentenceReader, i: int) -> int | None:
    """Where the names after a partner word begin: "partners include A", "partner
    trusts, A", "partners across the area including A"; None when none follow."""
    j = i + 1
    plural = reader.doc[i].tag_ == "NNS"
    if j < reader.sent.end and reader.doc[j].tag_ == "NNS":
        j, plural = j + 1, True  # "our partner trusts, A and B"
    if not plural and j < reader.sent.end and reader.words[j] == "," and _owned(reader, i):
        return j + 1  # "its delivery partner, the Foo Company": one partner, set off by a comma
    if reader.mention_at(j) is not None and _owned(reader, i):
        return j  # "Foo and its partner Bar Trust", "our partners Bar Trust and Baz"
    if (
        j < reader.sent.end - 1
        and reader.words[j] == "at"
        and reader.mention_at(j + 1) is not None
        and _owned(reader, i)
    ):
        return j + 1  # "our partners at the Bar Trust": the body they work for is the partner
    start = j
    while j < reader.sent.end and (
        reader.words[j] in _LIST_GLUE
        or (plural and reader.words[j] == ",")
        or (j > start and reader.words[j] in OPENING_QUOTES)  # "partners; ‘Foo’ (F), B"
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


def _owned(reader: SentenceReader, i: int) -> bool:
    """Whether the partner word at token i is someone's: "its partner", "Foo's
    delivery partner", "their long-standing partner"."""
    k = i - 1
    while k > reader.sent.start and i - k <= 3 and lower_or_dash(reader, k):
        if reader.words[k] in _OWNERS:
            return True
        k -= 1
    return reader.words[k] in _OWNERS


_OWNERS = {"its", "their", "our", "'s", "’s"}
