"""Publishing and authoring: "the partnership's new toolkit, X", "X, which Y
published", and report launches ("the launch of X", "X was launched at Y"):
PUBLISHED, AUTHORED, and the launch event ABOUT the report.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.tokens import CLOSING_QUOTES, OPENING_QUOTES
from collabgraph.extract.rules.launch_crews import launch_crews
from collabgraph.extract.rules.line_labels import opens_with_time
from collabgraph.extract.rules.reader import FOCUS_NOUNS, POSSESSIVE, SentenceReader

LABELS = frozenset({"which_verb", "launch_of", "launched"})
"""The cue labels (pattern files) this family's rules read."""

_REPORT_LEAD = {",", ":", "“", '"', "‘"} | vocab.words("report_adjectives")


def publications(reader: SentenceReader) -> None:
    """ "the partnership's new toolkit, X", "its report X", "our 2024 report, X", "X, our
    new study of ..." (the page's body, or a quote's speaker's); "the review, which Y
    published" (`which_verb` cues)."""
    for m in reader.ms:
        if reader.kind(m) != "Report":
            continue
        named_report = reader.words[m.end - 1] in lx.REPORT_HEADS
        k = m.start - 1
        # "its ambitious Twenty-Year Plan": adjectives are passed over only before a
        # name its own last word calls a report (not "their free Foo platform")
        while k > reader.sent.start and (
            reader.words[k] in _REPORT_LEAD
            or reader.words[k] in FOCUS_NOUNS
            or (named_report and _describing(reader.doc[k]))
        ):
            k -= 1
        if k > reader.sent.start and reader.doc[k].like_num and reader.words[k - 1] == "our":
            k -= 1  # "our 2024 report, X"
        owner = None
        if reader.words[k] in POSSESSIVE:
            owner = reader.by_end.get(k) or (reader.definite_org(k - 2) if k >= 2 else None)
        elif reader.words[k] in {"its", "their"}:
            owner = next(
                (o for o in reader.ms if o.end <= k and reader.kind(o) == "Organisation"), None
            )
        elif (ours := k if reader.words[k] == "our" else _our_after(reader, m.end)) is not None:
            owner = _our_body(reader, ours)
        owners = [owner] if owner is not None else []
        if reader.words[k] == "their" and owner is not None:
            owners = _their_subjects(reader, k) or owners
        for owner in owners:
            if owner is not m:
                reader.relate(owner, ("PUBLISHED", "AUTHORED"), m, confidence=0.7)
        # "X, which Y published last year"
        j = m.end
        if (
            j + 2 < reader.sent.end
            and reader.words[j] == ","
            and reader.words[j + 1] in {"which", "that"}
        ):
            agent = reader.by_start.get(j + 2)
            cue = reader.cue_at("which_verb", agent.end) if agent is not None else None
            if cue is not None:
                reader.relate(agent, cue.cue.relations, m, confidence=0.75)
        word, agents = _apposition_from(reader, m.end)
        for agent in agents:
            # "a report from A": A published it; "a study by A": A wrote it (GOLD.md)
            reader.relate(agent, "AUTHORED" if word == "by" else "PUBLISHED", m, confidence=0.7)


def _their_subjects(reader: SentenceReader, k: int) -> list:
    """ "A and B launched their joint report, X": the bodies "their" at token k stands
    for, the subjects (with their conjuncts) of the verb it hangs on, named before it."""
    verb = reader.doc[k].head
    while verb.dep_ not in {"ROOT", "conj", "relcl", "advcl"} and verb.head.i != verb.i:
        if verb.pos_ in {"VERB", "AUX"}:
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < k]
    return reader.named_by(subjects, {"Organisation"})


def _our_after(reader: SentenceReader, j: int) -> int | None:
    """ "X, our new study of ...", "“X”, our 2024 report": after a report's name ending at
    token j, "our" and words describing it before a report's noun (the page's body
    published it): where "our" stands, or None."""
    words, end = reader.words, reader.sent.end
    while j < end and words[j] in CLOSING_QUOTES:
        j += 1
    if j + 2 >= end or words[j] != "," or words[j + 1] != "our":
        return None
    k = j + 2
    while k < end and k - j < 6 and not _report_word(words[k]):
        if not (_describing(reader.doc[k]) or reader.doc[k].like_num):
            return None
        k += 1
    return j + 1 if k < end and _report_word(words[k]) else None


def _our_body(reader: SentenceReader, k: int):
    """The body "our" near token k is: the speaker's in a quote, else the page's own
    (a stand-in until the page has named itself)."""
    return reader.we_org(k) if reader.in_quote(k) else reader.page_body_at(k).id


_FROM = {"from", "by"}


def _report_word(word: str) -> bool:
    return FOCUS_NOUNS.get(word) == "Report" or word in lx.REPORT_HEADS


def _apposition_from(reader: SentenceReader, j: int) -> tuple[str, list]:
    """ "X, a major report from A and B": the word ("from" or "by") and the bodies
    named right after it in an apposition that calls X a report (organisations only;
    a list joined by "and" or commas); ("", []) when there is none."""
    words, end = reader.words, reader.sent.end
    while j < end and words[j] in CLOSING_QUOTES:
        j += 1
    if j + 3 >= end or words[j] != "," or words[j + 1] not in {"a", "an"}:
        return "", []
    k = j + 2
    while k < end and k - j < 6 and not _report_word(words[k]):
        if not _describing(reader.doc[k]):
            return "", []
        k += 1
    if k + 1 >= end or not _report_word(words[k]) or words[k + 1] not in _FROM:
        return "", []
    found, word = [], words[k + 1]
    k += 2
    while k < end:
        agent = reader.mention_at(k)
        if agent is None or reader.kind(agent) != "Organisation":
            break
        found.append(agent)
        k = agent.end
        if k + 1 < end and words[k] in {",", "and"}:
            k += 1
            if words[k] == "and":
                k += 1
            continue
        break
    return word, found


def _describing(tok) -> bool:
    """An adjective or participle in lower case between an owner and its report:
    "its ambitious ten-year strategy", "their long-awaited review", "its updated
    plan", "a six-month study" (both halves of a hyphened word)."""
    if tok.text in {"-", "‐"}:
        return True
    hyphen_after = tok.i + 1 < len(tok.doc) and tok.nbor(1).text in {"-", "‐"}
    if (tok.pos_ == "ADV" or tok.like_num) and hyphen_after:
        return True  # "long" in "long-awaited", "six" in "a six-month study"
    if tok.i > 0 and tok.nbor(-1).text in {"-", "‐"} and tok.is_lower and tok.is_alpha:
        return True  # "month" in "a six-month study", "based" in "a school-based"
    return tok.is_lower and tok.is_alpha and (tok.pos_ == "ADJ" or tok.tag_ == "VBN")


def launches(reader: SentenceReader) -> None:
    """ "the launch of the X report" (`launch_of` cues) puts the launch of X in
    focus, as a programme's line "14.15 Launch: “X”" does when X is named; "X was
    launched at the Y Conference" (`launched`): Y is ABOUT X, or "... in Z": the
    launch of X is located in Z."""
    found_cues = [(c.start, c) for c in reader.cues("launch_of")]
    found_cues += [(c.end - 1, c) for c in reader.cues("launched")]
    for i, cue in sorted(found_cues, key=lambda ic: (ic[0], ic[1].cue.order)):
        if i >= reader.sent.end - 1:
            continue
        j = cue.end
        if cue.cue.label == "launch_of" and reader.words[i + 1] == ":":
            if _opens_line(reader, i):  # "14.15 Launch: "Foo"", a programme's line
                _launch_of(reader, j, named=True, focus=False)
        elif cue.cue.label == "launch_of":
            # "14.15 Launch of "Foo"": one item of the page's event, which stays in focus
            _launch_of(reader, j, focus=not (_opens_line(reader, i) and i > reader.sent.start))
        else:
            _launched(reader, i, j)


_SERVICES = vocab.words("described_service_nouns")  # "the service", "the helpline"
_LAUNCH_PLACE_REACH = 6  # "launched in May 2031 at the Kelby Library": where, with when
_HELD_AT_REACH = 8  # "was launched on Friday 1 December 2023 at Foo Hall": held somewhere
_LAUNCHED_KINDS = {"Organisation", "Project", "Report", None}


def _only_when(reader: SentenceReader, i: int, j: int) -> bool:
    """Whether "was launched" (ending at token i) tells only when something began,
    not an occasion: "in" and a date, or "as" and a clause, right after it, and no
    place named within a few words ("launched in January 2018 after Foo secured
    funding", "is launched as Foo publishes a survey"; not "launched in May 2031 at
    Kelby Library")."""
    end = reader.sent.end
    near = range(i + 1, j + _LAUNCH_PLACE_REACH)
    if j >= end or any(m.start in near and reader.kind(m) == "Place" for m in reader.ms):
        return False
    if reader.words[j] == "as":
        return True
    return reader.words[j] == "in" and j + 1 < end and reader.doc[j + 1].ent_type_ == "DATE"


def _opens_line(reader: SentenceReader, i: int) -> bool:
    """Whether token i opens its line, or follows only the time of day that does
    ("14.15 Launch:", "10.00 - 10.30 Launch:")."""
    words = reader.words[reader.sent.start : i]
    return all(opens_with_time(w) or w in lx.DASHES or not w.strip() for w in words)


def _launch_of(reader: SentenceReader, j: int, *, named: bool = False, focus: bool = True) -> None:
    """The launch of the report or project named at token j (in quotation marks or
    not: "the launch of “Foo”"), else, unless `named`, of the one in focus that a
    report's or project's noun a few words on speaks of ("the launch of our new
    report"); put in focus unless it is one line of a programme (`focus`)."""
    while j < reader.sent.end and reader.words[j] in OPENING_QUOTES:
        j += 1
    target = reader.mention_at(j)
    if named and (target is None or reader.kind(target) not in {"Report", "Project"}):
        return
    if target is None or reader.kind(target) not in {"Report", "Project"}:
        kind = None
        for k in range(j, min(j + 7, reader.sent.end)):
            if reader.words[k] in FOCUS_NOUNS and FOCUS_NOUNS[reader.words[k]] in {
                "Report",
                "Project",
            }:
                kind = FOCUS_NOUNS[reader.words[k]]
                break
        target_id = reader.ctx.focus_of(reader.section, kind) if kind else None
    else:
        target_id = target.id
    if target_id is not None:
        event = reader.ctx.launch_event(target_id, reader.section, reader.evidence)
        if focus:
            reader.ctx.set_focus(reader.section, "Event", event)


def _launched(reader: SentenceReader, i: int, j: int) -> None:
    # "the report was launched at the Foo Conference"
    subject = reader.before(i, kinds={"Report", "Project"})
    if subject is None:
        noun = next((w for w in reader.words[reader.sent.start : i] if w in FOCUS_NOUNS), None)
        kind = FOCUS_NOUNS.get(noun) if noun else None
        if kind is None and any(w in _SERVICES for w in reader.words[reader.sent.start : i]):
            kind = "Project"  # "The service was launched on Monday at Foo Hall": the one in view
        found = reader.ctx.focus_of(reader.section, kind) if kind in {"Report", "Project"} else None
        if found is None and i >= 2 and reader.words[i - 2] == "it" and i - 2 == reader.sent.start:
            # "It was launched at a celebration event": the report (or project) in focus
            found = reader.ctx.focus_of(reader.section, "Report")
            found = found if found is not None else reader.ctx.focus_of(reader.section, "Project")
        subject = reader.ctx.mentions[found] if found is not None else None
    if subject is None and "at" in reader.words[j : j + _HELD_AT_REACH]:
        subject = _launched_subject(reader, i)  # "The alliance was launched at Foo Hall"
    event = None
    if j < reader.sent.end and reader.words[j] in {"at", "during"}:
        event = reader.mention_at(j + 1)
        if event is not None and reader.kind(event) != "Event":
            event = None
    if subject is None:
        return
    if event is not None:
        reader.relate(event, "ABOUT", subject, confidence=0.8)
        return
    if _only_when(reader, i, j):
        return  # "The project was launched in January 2018 after ...": when it began
    # "X was launched on Monday at the Town Library"; a body launched is no report
    about = reader.kind(subject) != "Organisation"
    launch = reader.ctx.launch_event(
        subject.id, reader.section, reader.evidence, relate_about=about
    )
    reader.ctx.set_focus(reader.section, "Event", launch)
    launch_crews(reader, i, launch)
    for m in reader.ms:
        if m.start > i and reader.kind(m) == "Place":
            reader.relate(launch, "LOCATED_IN", m, confidence=0.65)
            break


def _launched_subject(reader: SentenceReader, i: int) -> Mention | None:
    """What "launched" (token i) has for its passive subject, by name ("Foo Minds was
    launched on Monday at ...") or by "the" and a body's noun ("The alliance was
    launched at ...": the alliance last named); None for a person, a place, an event
    or a noun that names no body."""
    subject = next((c for c in reader.doc[i].children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return None
    named = next((m for m in reader.ms if m.start <= subject.i < m.end), None)
    if named is not None:
        return named if reader.kind(named) in _LAUNCHED_KINDS else None
    det = subject.i - 1
    return reader.definite_org(det) if det >= reader.sent.start else None
