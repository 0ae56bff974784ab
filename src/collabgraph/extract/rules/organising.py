"""Organising, running and funding: "its Healthy Towns Fund", "co-hosted with X",
"with funding from X", "X has awarded grants to A and B": ORGANISED, RUNS,
FUNDED.
"""

from __future__ import annotations

from collabgraph.extract.rules.reader import FOCUS_NOUNS, POSSESSIVE, SentenceReader


def owned_programmes(reader: SentenceReader) -> None:
    """ "through its Healthy Towns Fund", "the Department's Big Ideas Fund": a fund
    that belongs to someone is a programme they run."""
    for m in reader.ms:
        if not m.text.lower().endswith((" fund", " programme", " scheme", " initiative")):
            continue
        k = m.start - 1
        owner = None
        if k >= reader.sent.start and reader.words[k] in {"its", "their"}:
            owner = next(
                (o for o in reader.ms if o.end <= k and reader.kind(o) == "Organisation"), None
            )
        elif k > reader.sent.start and reader.words[k] in POSSESSIVE:
            owner = reader.by_end.get(k)
        if owner is None or reader.kind(owner) != "Organisation":
            continue
        m.votes["Project"] += 7
        reader.ctx.votes_for(m)["Project"] += 7
        reader.relate(owner, "RUNS", m, confidence=0.75)


def co_hosts(reader: SentenceReader) -> None:
    """ "It is co-hosted with X", "organised with X": X organised the event too."""
    for verb in (
        "co-hosted",
        "hosted",
        "organised",
        "organized",
        "co-organised",
        "run",
        "delivered",
        "convened",
    ):
        for i in reader.find((verb, "with")):
            event = reader.target_before(i, ("Event", "Project"))
            if event is None:
                event = reader.ctx.focus_of(reader.section, "Event")
            for x in reader.list_after(i + 2, kinds={"Organisation", "Person"}):
                reader.relate(x, ("ORGANISED", "RUNS"), event, confidence=0.7)


def funding_phrases(reader: SentenceReader) -> None:
    for cue in (
        ("funding", "from"),
        ("grant", "from"),
        ("support", "from"),
        ("funded", "through"),
        ("investment", "from"),
        ("funds", "from"),
        ("grants", "from"),
    ):
        for i in reader.find(cue):
            funders = reader.list_after(i + len(cue), kinds={"Organisation"})
            target = reader.target_before(i, ("Project", "Event", "Report", "Organisation"))
            if target is None:
                subj = reader.before(i, kinds={"Organisation", "Project", "Event"})
                target = subj.id if subj is not None else None
            for f in funders:
                reader.relate(f, "FUNDED", target, confidence=0.75)
    # "Other grants went to A, B and C": from the funder last named as awarding
    for i in range(reader.sent.start, reader.sent.end - 2):
        if (
            reader.words[i] in {"grant", "grants", "funding", "award", "awards"}
            and reader.ctx.last_funder is not None
        ):
            for k in range(i + 1, min(i + 12, reader.sent.end - 1)):
                if (
                    reader.words[k] in {"went", "goes", "go", "going"}
                    and reader.words[k + 1] == "to"
                ):
                    for r in reader.list_after(k + 2, kinds={"Organisation", "Project", "Event"}):
                        reader.relate(reader.ctx.last_funder, "FUNDED", r, confidence=0.7)
                    break
    # "X has awarded/granted ... to Y"
    for verb in ("awarded", "granted", "gave", "invested"):
        for i in reader.find((verb,)):
            funder = reader.by_end.get(i) or reader.by_end.get(i - 1)
            if funder is None or reader.kind(funder) != "Organisation":
                continue
            reader.ctx.last_funder = funder.id
            for k in range(i + 1, reader.sent.end - 1):
                if reader.words[k] in {"to", "in"}:
                    for r in reader.list_after(k + 1, kinds={"Organisation", "Project", "Event"}):
                        reader.relate(funder, "FUNDED", r, confidence=0.75)
                    break
    # "a lottery funded project": the lottery funder, when the document names one
    for i in range(reader.sent.start, reader.sent.end - 1):
        if reader.words[i] in {"lottery", "lottery-funded"} and (
            reader.words[i] == "lottery-funded" or reader.words[i + 1] in {"funded", "-"}
        ):
            funder = reader.ctx.find_named("lottery", "Organisation")
            target = reader.target_before(i + 2, ("Project", "Event"))
            if target is None:
                for k in range(i, min(i + 5, reader.sent.end)):
                    if reader.words[k] in FOCUS_NOUNS:
                        target = reader.ctx.focus_of(reader.section, FOCUS_NOUNS[reader.words[k]])
                        break
            reader.relate(funder, "FUNDED", target, confidence=0.6)
