"""Publishing and authoring: "the partnership's new toolkit, X", "X, which Y
published", and report launches ("the launch of X", "X was launched at Y"):
PUBLISHED, AUTHORED, and the launch event ABOUT the report.
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.rules.reader import FOCUS_NOUNS, POSSESSIVE, SentenceReader

_REPORT_LEAD = {",", ":", "“", '"', "‘"} | vocab.words("report_adjectives")


def publications(reader: SentenceReader) -> None:
    """ "the partnership's new toolkit, X", "its report X", "the review, which Y published"."""
    for m in reader.ms:
        if reader.kind(m) != "Report":
            continue
        k = m.start - 1
        while k > reader.sent.start and (
            reader.words[k] in _REPORT_LEAD or reader.words[k] in FOCUS_NOUNS
        ):
            k -= 1
        owner = None
        if reader.words[k] in POSSESSIVE:
            owner = reader.by_end.get(k) or (reader.definite_org(k - 2) if k >= 2 else None)
        elif reader.words[k] in {"its", "their"}:
            owner = next(
                (o for o in reader.ms if o.end <= k and reader.kind(o) == "Organisation"), None
            )
        if owner is not None and owner is not m:
            reader.relate(owner, ("PUBLISHED", "AUTHORED"), m, confidence=0.7)
        # "X, which Y published last year"
        j = m.end
        if (
            j + 2 < reader.sent.end
            and reader.words[j] == ","
            and reader.words[j + 1] in {"which", "that"}
        ):
            agent = reader.by_start.get(j + 2)
            if (
                agent is not None
                and agent.end < reader.sent.end
                and reader.words[agent.end]
                in {"published", "wrote", "produced", "commissioned", "funded", "launched"}
            ):
                verb = reader.words[agent.end]
                rels = (
                    ("FUNDED",) if verb in {"commissioned", "funded"} else ("PUBLISHED", "AUTHORED")
                )
                reader.relate(agent, rels, m, confidence=0.75)


def launches(reader: SentenceReader) -> None:
    for i in range(reader.sent.start, reader.sent.end - 1):
        if reader.words[i] != "launch" and not (
            reader.words[i] == "launched"
            and reader.words[i - 1] in {"was", "were", "been", "is", "be", "being"}
        ):
            continue
        j = i + 1
        if reader.words[i] == "launch":
            while j < reader.sent.end and reader.words[j] in {
                "event",
                "events",
                "party",
                "meeting",
                "conference",
            }:
                j += 1
            if j >= reader.sent.end or reader.words[j] not in {"of", "for"}:
                continue
            target = reader.mention_at(j + 1)
            if target is None or reader.kind(target) not in {"Report", "Project"}:
                kind = None
                for k in range(j + 1, min(j + 8, reader.sent.end)):
                    if reader.words[k] in FOCUS_NOUNS and FOCUS_NOUNS[reader.words[k]] in {
                        "Report",
                        "Project",
                    }:
                        kind = FOCUS_NOUNS[reader.words[k]]
                        break
                found = reader.ctx.focus_of(reader.section, kind) if kind else None
                target_id = found
            else:
                target_id = target.id
            if target_id is not None:
                event = reader.ctx.launch_event(target_id, reader.section, reader.evidence)
                reader.ctx.set_focus(reader.section, "Event", event)
        else:
            # "the report was launched at the Foo Conference"
            subject = reader.before(i, kinds={"Report", "Project"})
            if subject is None:
                noun = next(
                    (w for w in reader.words[reader.sent.start : i] if w in FOCUS_NOUNS), None
                )
                kind = FOCUS_NOUNS.get(noun) if noun else None
                found = (
                    reader.ctx.focus_of(reader.section, kind)
                    if kind in {"Report", "Project"}
                    else None
                )
                subject = reader.ctx.mentions[found] if found is not None else None
            event = None
            if j < reader.sent.end and reader.words[j] in {"at", "during"}:
                event = reader.mention_at(j + 1)
                if event is not None and reader.kind(event) != "Event":
                    event = None
            if subject is None:
                continue
            if event is not None:
                reader.relate(event, "ABOUT", subject, confidence=0.8)
                continue
            # "X was launched on Monday at the Town Library"
            launch = reader.ctx.launch_event(subject.id, reader.section, reader.evidence)
            reader.ctx.set_focus(reader.section, "Event", launch)
            for m in reader.ms:
                if m.start > i and reader.kind(m) == "Place":
                    reader.relate(launch, "LOCATED_IN", m, confidence=0.65)
                    break
