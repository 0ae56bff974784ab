"""Participation, continued: lists of the people and bodies who took part in the
event in focus, with the list's role: "Speakers included A, B and C", "A and B
were the keynote speakers", "Exhibitors included X, Y and Z", list items under
"Speakers:", "the event was joined by A" (`joined_by` cues), "we heard from A
and B" (`heard_from`; "the panel heard from A": panellists), "Among those taking
part were A and B" (`those_list`); vocab/list_roles.txt, list_introducers.txt.
"Stalls included A, B" and the bodies under "Some of the stalls:" ran stalls
("stallholder", written participant; bodies only, in a sentence only after an
include-word); items under "Our chair, A, was joined by:" or "Chaired by A, with:"
spoke, or sat on the panel a heading over them names (`leads.company_lead`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.leads import company_lead, marked_lead, phrase_role, present_lead
from collabgraph.extract.rules.event_roles import host_title
from collabgraph.extract.rules.present_lines import chair_marked, opening_label
from collabgraph.extract.rules.programme_lines import session_dash
from collabgraph.extract.rules.reader import POSSESSIVE, SentenceReader, first_id
from collabgraph.extract.rules.represented_bodies import bodies_represented, organisations_including
from collabgraph.extract.rules.session_agents import chair_in_list

LABELS = frozenset({"joined_by", "joined_for", "heard_from", "those_list"})
"""The cue labels (pattern files) this module's rules read."""

_BODIES_TOO = vocab.words("list_roles_of_bodies_too")
_BODIES_ONLY = vocab.words("list_roles_of_bodies_only")


def lead_in(reader: SentenceReader, lead: str) -> bool:
    """A list item under "A panel ... brought together:" or "Our partners:".
    Returns whether the lead-in names a list's role (False: "Breakout workshops:")."""
    words = {w.strip(".,:;").lower() for w in lead.split()}
    role = next((lx.LIST_ROLE_CUES[w] for w in lx.LIST_ROLE_CUES if w in words), None)
    phrased = phrase_role(lead) if role in {None, "attendee"} else None
    role = phrased or role  # "Guests heard from:": those listed spoke
    if role is None and present_lead(lead):
        if opening_label(reader)[0] is not None:
            return False  # "Apologies: C (Foo Trust)" after the lines of who came
        role = "attendee"  # "Present:" over a meeting record's lines of who came
    if role in {None, "attendee"} and company_lead(lead):
        role = _company_role(reader)  # "She was joined by:", "Chaired by A, with:"
    if role is None or (role == "attendee" and session_dash(reader) is not None):
        return False  # "Delegates chose from:" over "- Caring at home - Jane Doe": she led it
    kinds = {"Organisation"} if role == "partner" else {"Person"}
    if role in _BODIES_TOO or phrased:  # "Exhibitors:", "Teams taking part" over bodies
        kinds = {"Organisation"} if role in _BODIES_ONLY else {"Person", "Organisation"}
    item = next((m for m in reader.ms if reader.kind(m) in kinds), None)
    if item is None:
        return True
    project = reader.ctx.focus_of(reader.section, "Project") if role == "partner" else None
    if role == "partner":
        target = first_id(project, reader.ctx.focus_of(reader.section, "Event"))
    else:
        target = reader.ctx.focus_of(reader.section, "Event")
    evidence = f"{lead} {reader.evidence}"
    if role == "attendee" and chair_marked(_after(reader, item)):
        role = "chair"  # "Cllr A, Foo Council – Chair": the meeting's chair
    if role == "partner" and marked_lead(reader.words, item.end, reader.sent.end):
        role = "lead partner"  # "Foo Homes (Lead Partner)": it runs the programme too
        if project is not None:
            reader.ctx.relate(item.id, "RUNS", project, evidence=evidence, confidence=0.7)
    reader.ctx.relate(
        item.id, "PARTICIPATED_IN", target, evidence=evidence, role=role, confidence=0.7
    )
    return True


def _company_role(reader: SentenceReader) -> str:
    """The role of those who joined a session's chair or host on a list: panellists
    under a heading naming a panel ("Panel: Energy after the share offer"), else
    speakers."""
    over = {w.strip(".,:;?").lower() for w in (reader.over_items or "").split()}
    panel = any(lx.LIST_ROLE_CUES.get(w) == "panellist" for w in over)
    return "panellist" if panel else "speaker"


def _after(reader: SentenceReader, item) -> str:
    """The sentence's text after the mention `item`."""
    doc, last = reader.doc, reader.doc[reader.sent.end - 1]
    return doc.text[doc[item.end - 1].idx + len(doc[item.end - 1]) : last.idx + len(last)]


def panel_lists(reader: SentenceReader) -> None:
    """ "Speakers included A, B and C", "Key speakers were A, Chief Executive of X,
    and B", "A and B were the keynote speakers", "Our panellists, A (X) and B (Y)",
    "Speakers from X, Y and Z", "attendees from organisations including X and Y"
    (list_roles.txt, list_introducers.txt); "the event was joined by A" (`joined_by`
    cues), "we heard from A and B" (`heard_from`): each took part in the event, with
    the list's role."""
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end):
        role = lx.LIST_ROLE_CUES.get(words[i])
        if role is None or role == "partner" or _verb_not_modifier(reader, i):
            continue  # not "Jane talks about housing with Tom", "Foo hosts a summit with"
        if i + 1 < end and words[i + 1] in lx.ROLE_CORE:
            continue  # "our tenant panel chair, A": a seat on a panel, not a panellist
        if i > reader.sent.start and words[i - 1] in {"keynote", "keynotes"} and role == "speaker":
            role = "keynote speaker"
        event = first_id(
            reader.target_before(i, ("Event",)), reader.ctx.focus_of(reader.section, "Event")
        )
        people: list = []
        start = _list_start(reader, i)
        if start is not None:
            first = reader.mention_at(start)
            org_first = first is not None and reader.kind(first) != "Person"
            if words[start - 1] in {"from", "of"} and org_first:
                people = reader.list_after(start, kinds={"Organisation"})  # "Speakers from X, Y"
            else:
                people = reader.items_between(start, end, {"Person"})
            if not people and org_first and _bodies_listed(reader, first):
                # "Exhibitors included Foo Credit Union, Bar Housing and Baz Library"
                people = reader.list_after(start, kinds={"Organisation"})
            people += organisations_including(reader, start)
            people += bodies_represented(reader, start, people)
        if not people and i >= 2 and words[i - 1] in _BACK_GAP_OR_THE and _copula_before(reader, i):
            # "A and B were the speakers", "A was among the speakers", "A was welcomed
            # as the first guest speaker of the afternoon" (no list after "of")
            people = reader.items_between(reader.sent.start, i, {"Person"})
        elif (
            start is None
            and not words[i].endswith("s")
            and (m := reader.mention_at(i + 1)) is not None
        ):
            people = [m] if m.start - i <= 2 and reader.kind(m) == "Person" else []
            # "Guest speaker Rob Lyle shared his story"
        if role in _BODIES_ONLY:  # "toured the stalls with A": A ran none of them
            including = start is not None and not _INCLUDING.isdisjoint(words[i + 1 : start])
            people = [p for p in people if reader.kind(p) != "Person"] if including else []
        for p in people:  # "A (Foo), B (Bar) and chair C (Baz)": C chaired the panel
            own = "chair" if role == "panellist" and chair_in_list(reader, p) else role
            reader.relate(p, "PARTICIPATED_IN", event, role=own, confidence=0.8)
    # "chaired by X", "joined by X" after an event noun are in by_phrases / here
    for cue in reader.cues("joined_by"):
        event = reader.target_before(cue.start, ("Event",))
        role = cue.cue.role
        if event is None and "we" in words[reader.sent.start : cue.start]:
            event = reader.ctx.focus_of(reader.section, "Event")  # "we were joined by A"
        joining = reader.list_after(cue.end, kinds={"Person"})
        joining += bodies_represented(reader, cue.end, joining)
        if event is None and joining:
            event, role, hosts = _joined_company(reader, cue.start)
            # "Host A was joined by B": B spoke, A hosted; on a panel, all were panellists
            titled = host_title(reader, hosts) if role != "panellist" else None
            role, joining = ("speaker", joining) if titled else (role, hosts + joining)
            for p in hosts if titled else ():
                reader.relate(p, cue.cue.relations, event, role=titled, confidence=0.6)
        if event is None:
            continue
        for p in joining:
            reader.relate(p, cue.cue.relations, event, role=role, confidence=0.6)
    # "we were joined for a roundtable discussion with A": the event named, or in focus
    for cue in reader.cues("joined_for"):
        event = first_id(
            reader.event_ref_after(cue.end), reader.ctx.focus_of(reader.section, "Event")
        )
        k = next((k for k in range(cue.end, min(cue.end + 8, end)) if words[k] == "with"), None)
        if event is None or k is None:
            continue
        people = reader.list_after(k + 1, kinds={"Person"})
        for p in people + bodies_represented(reader, k + 1, people):
            reader.relate(p, cue.cue.relations, event, role=cue.cue.role, confidence=0.6)
    # "Among those taking part were A and B", "Those attending included X": the event in focus
    for cue in reader.cues("those_list"):
        copula = words[cue.end - 1] in {"was", "is", "be"}  # "The chair was A": A follows it
        start = cue.end if copula and cue.end < end else _list_start(reader, cue.end - 1)
        event = reader.ctx.focus_of(reader.section, "Event")
        if start is None or event is None:
            continue
        first = reader.mention_at(start)
        # "Those attending included Foo's chair A and B": people, each described by a body
        people = reader.items_between(start, end, {"Person"})
        if not people and first is not None and reader.kind(first) == "Organisation":
            people = reader.list_after(start, kinds={"Organisation"})
        people += organisations_including(reader, start)
        for p in people + bodies_represented(reader, start, people):
            reader.relate(p, cue.cue.relations, event, role=cue.cue.role, confidence=0.65)
    # "we heard from A and B", "delegates heard talks from A": the event in focus
    for cue in reader.cues("heard_from"):
        event = reader.ctx.focus_of(reader.section, "Event")
        people = reader.items_between(
            _described_start(reader, cue.end), reader.sent.end, {"Person"}
        )
        people = people or reader.list_after(cue.end, kinds={"Organisation"})
        role = cue.cue.role  # "A panel on housing, chaired by A, heard from B": panellists
        if "panel" in reader.words[reader.sent.start : min(cue.start, reader.sent.start + 3)]:
            role = "panellist"
        for p in people + bodies_represented(reader, cue.end, people):
            reader.relate(p, cue.cue.relations, event, role=role, confidence=0.65)


def _described_start(reader: SentenceReader, k: int) -> int:
    """Where a list after token k starts when its first name follows lower-case
    words that describe it ("introduced to young patient A", "heard from tenant
    B"): at that name; else k."""
    first = next((m for m in reader.ms if m.start >= k), None)
    if first is None or first.start - k > 3 or reader.kind(first) != "Person":
        return k
    between = reader.doc[k : first.start]
    return first.start if all(t.is_lower and t.is_alpha for t in between) else k


_LIST_GAP = vocab.words("speaker_list_gap_words")
_BACK_COPULA_GAP = vocab.words("speaker_copula_gap_words")
_BACK_GAP_OR_THE = _BACK_COPULA_GAP | {"the"}  # these built once, not once a word
_INTRODUCER_ENDS = lx.LIST_INTRODUCERS | {",", ":"}
_INTRODUCER_RUN = lx.LIST_INTRODUCERS | {",", ":", "the", "by"}


def _list_start(reader: SentenceReader, i: int) -> int | None:
    """Where the names after a list word begin: "speakers included A", "speakers
    and thought leaders, A", "panellists: A"; None when no list follows."""
    words, end = reader.words, reader.sent.end
    j = i + 1
    while j < end and j - i <= 5 and words[j] not in _INTRODUCER_ENDS:
        tok = reader.doc[j]
        coordinated = tok.tag_ == "VBD" and words[j - 1] == "and"  # "attended and helped, A"
        if (
            words[j] not in _LIST_GAP
            and not coordinated
            and (tok.pos_ in {"VERB", "AUX"} or tok.text[:1].isupper())
        ):
            return None
        j += 1
    if j >= end or words[j] not in _INTRODUCER_ENDS:
        return None
    if words[j] == "," and j + 1 < end and reader.doc[j + 1].tag_ == "VBN":
        # "The panel, chaired by A, included B and C": the list is after the clause
        j = next((k for k in range(j + 2, end) if words[k] in _LIST_VERBS), j)
    while j < end and words[j] in _INTRODUCER_RUN:
        j += 1
    return j if j < end else None


_LIST_VERBS = {"included", "includes", "include", "were", "was", "comprised", "featured"}
# what opens the holders of a bodies-only role in a sentence ("Stalls this year included
# A and B"); "stalls from A", "run by B" are the passive and `heard_from` rules'
_INCLUDING = frozenset({"included", "includes", "include", "including"})


def _bodies_listed(reader: SentenceReader, first) -> bool:
    """Whether a list opening with body `first` lists bodies, not the posts or
    people they have ("Foo Trust's Director of Health, ...", "Foo Trust Chair A")."""
    k = first.end
    if k < reader.sent.end and reader.words[k] in POSSESSIVE:
        return False
    return reader.role_at(k) is None and not reader.describes_next(first)


def _copula_before(reader: SentenceReader, i: int) -> bool:
    """ "... were the keynote speakers", "... were our panellists"."""
    k = i - 1
    while k > reader.sent.start and reader.words[k] in _BACK_GAP_OR_THE:
        k -= 1
    return reader.words[k] in {"were", "was", "are", "as"}


_JOINED_PRONOUNS = {"they", "he", "she"}


def _joined_company(reader: SentenceReader, i: int) -> tuple[int | None, str | None, list]:
    """ "They were joined by A and B", "Our chair, A, was joined by B": on a page
    about one event, the people joined (A) and those joining them (B) were there
    together: the page's event, the role its kind gives ("panellist" on a panel,
    else "attendee"), and the people named as the subject (A)."""
    event = reader.page_event_here()
    if event is None or reader.in_quote(i):
        return None, None, []
    k = i
    while k > reader.sent.start and reader.words[k - 1] in {"was", "were", "been", "be", "later"}:
        k -= 1  # "A was joined by", "A had later been joined by"
    hosts = reader.subjects_before(k)
    pronoun = reader.words[reader.sent.start] in _JOINED_PRONOUNS and i - reader.sent.start <= 3
    if not hosts and not pronoun:
        return None, None, []
    name = reader.ctx.mentions[event].text.lower().split()
    role = "panellist" if any(w.startswith("panel") for w in name) else "attendee"
    return event, role, hosts


def _verb_not_modifier(reader: SentenceReader, i: int) -> bool:
    """Whether token i is a verb, not a participle before the noun it describes
    ("the shortlisted groups were A and B" names a list; "Foo talks with" does not)."""
    tok = reader.doc[i]
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    nxt = reader.doc[i + 1] if i + 1 < reader.sent.end else None
    return not (tok.tag_ == "VBN" and nxt is not None and nxt.pos_ == "NOUN")
