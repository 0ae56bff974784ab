"""Who did what a cue verb says, for every family's verbs: "hosted by X", "funded
by A and B", "X published the report", "X runs the programme".
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

_BY_CUES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "published": (("PUBLISHED", "AUTHORED"), None),
    "publish": (("PUBLISHED", "AUTHORED"), None),
    "funded": (("FUNDED",), None),
    "supported": (("FUNDED",), None),
    "backed": (("FUNDED",), None),
    "sponsored": (("FUNDED",), None),
    "commissioned": (("FUNDED",), None),
    "financed": (("FUNDED",), None),
    "run": (("RUNS", "ORGANISED"), None),
    "led": (("RUNS", "ORGANISED", "AUTHORED"), None),
    "delivered": (("RUNS", "ORGANISED"), None),
    "managed": (("RUNS",), None),
    "coordinated": (("RUNS", "ORGANISED"), None),
    "co-ordinated": (("RUNS", "ORGANISED"), None),
    "hosted": (("ORGANISED",), None),
    "co-hosted": (("ORGANISED",), None),
    "organised": (("ORGANISED",), None),
    "organized": (("ORGANISED",), None),
    "co-organised": (("ORGANISED",), None),
    "convened": (("ORGANISED",), None),
    "chaired": (("PARTICIPATED_IN",), "chair"),
    "opened": (("PARTICIPATED_IN",), "speaker"),
    "closed": (("PARTICIPATED_IN",), "speaker"),
    "introduced": (("PARTICIPATED_IN",), "speaker"),
    "welcomed": (("PARTICIPATED_IN",), "speaker"),
    "addressed": (("PARTICIPATED_IN",), "speaker"),
    "presented": (("PARTICIPATED_IN",), "speaker"),
    "facilitated": (("PARTICIPATED_IN",), "facilitator"),
    "moderated": (("PARTICIPATED_IN",), "facilitator"),
    "written": (("AUTHORED",), None),
    "authored": (("AUTHORED",), None),
    "co-authored": (("AUTHORED",), None),
    "produced": (("AUTHORED", "PUBLISHED", "RUNS"), None),
    "developed": (("RUNS", "AUTHORED"), None),
    "launched": (("PUBLISHED", "RUNS", "ORGANISED"), None),
}
_TARGET_KINDS: dict[str, tuple[str, ...]] = {
    "PUBLISHED": ("Report",),
    "AUTHORED": ("Report",),
    "FUNDED": ("Project", "Report", "Event", "Organisation"),
    "RUNS": ("Project",),
    "ORGANISED": ("Event",),
    "PARTICIPATED_IN": ("Event", "Project"),
}
_ACTIVE_CUES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "hosted": (("ORGANISED",), None),
    "hosts": (("ORGANISED",), None),
    "hold": (("ORGANISED",), None),
    "holds": (("ORGANISED",), None),
    "held": (("ORGANISED",), None),
    "organised": (("ORGANISED",), None),
    "organized": (("ORGANISED",), None),
    "convened": (("ORGANISED",), None),
    "co-hosted": (("ORGANISED",), None),
    "published": (("PUBLISHED", "AUTHORED"), None),
    "publishes": (("PUBLISHED", "AUTHORED"), None),
    "wrote": (("AUTHORED",), None),
    "authored": (("AUTHORED",), None),
    "co-authored": (("AUTHORED",), None),
    "funds": (("FUNDED",), None),
    "funded": (("FUNDED",), None),
    "funding": (("FUNDED",), None),
    "runs": (("RUNS",), None),
    "leads": (("RUNS",), None),
    "delivers": (("RUNS",), None),
    "ran": (("RUNS", "ORGANISED"), None),
    "manages": (("RUNS",), None),
    "coordinates": (("RUNS",), None),
    "attended": (("PARTICIPATED_IN",), "attendee"),
}
_AGENT_GROUPS = vocab.words("agent_group_nouns")


def by_phrases(reader: SentenceReader) -> None:
    first_subject: Mention | None = None
    for i in range(reader.sent.start + 1, reader.sent.end - 1):
        if reader.words[i] != "by":
            continue
        verb = reader.words[i - 1]
        if verb in {"jointly", "also", "generously", "kindly", "proudly"} and i >= 2:
            verb = reader.words[i - 2]
        if verb not in _BY_CUES:
            # "has been awarded £2m by X"
            back = [w for w in reader.words[max(reader.sent.start, i - 5) : i]]
            if any(w in {"awarded", "granted", "given"} for w in back):
                verb = "funded"
            else:
                continue
        rels, role = _BY_CUES[verb]
        start = i + 1
        if (
            start + 2 < reader.sent.end
            and reader.words[start] in {"a", "an"}
            and reader.words[start + 1] in _AGENT_GROUPS
            and reader.words[start + 2] == "of"
        ):
            start += 3
        agents = reader.list_after(start)
        if not agents:
            continue
        v = i - 1 if reader.words[i - 1] == verb else i - 2
        kinds: list[str] = []
        for rel in rels:
            kinds += [k for k in _TARGET_KINDS[rel] if k not in kinds]
        if reader.words[v - 1] == "and" and first_subject is not None:
            # "X is hosted by A and funded by B": B funded X, not A
            target = first_subject.id if reader.kind(first_subject) in kinds else None
        else:
            target = reader.target_before(v, tuple(kinds))
            if first_subject is None:
                first_subject = _subject_before(reader, v)
        for agent in agents:
            reader.relate(agent, rels, target, role=role, confidence=0.85)


def _subject_before(reader: SentenceReader, v: int) -> Mention | None:
    k = v - 1
    while k >= reader.sent.start and reader.words[k] in {
        ",",
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "been",
        "be",
        "being",
        "also",
    }:
        k -= 1
    return reader.by_end.get(k + 1)


def active_verbs(reader: SentenceReader) -> None:
    for i in range(reader.sent.start + 1, reader.sent.end - 1):
        cue = _ACTIVE_CUES.get(reader.words[i])
        if cue is None or (i + 1 < reader.sent.end and reader.words[i + 1] == "by"):
            continue
        subject = reader.by_end.get(i)
        if (
            subject is None
            and i >= 2
            and reader.words[i - 1]
            in {
                "has",
                "have",
                "had",
                "also",
                "recently",
                "jointly",
                "proudly",
                "successfully",
                "will",
                "would",
                "again",
            }
        ):
            subject = reader.by_end.get(i - 1)
            if subject is None and i >= 3:
                subject = reader.definite_org(i - 3)
            if subject is None and i >= 3 and reader.words[i - 2] in {"has", "have", "had", "also"}:
                subject = reader.by_end.get(i - 2)
        if subject is None:
            continue
        rels, role = cue
        target = reader.mention_at(i + 1)
        if target is None:
            # "X hosted the event", "X published a new report"
            for k in range(i + 1, min(i + 6, reader.sent.end)):
                w = reader.words[k]
                if w in FOCUS_NOUNS:
                    target_id = reader.ctx.focus_of(reader.section, FOCUS_NOUNS[w])
                    if target_id is not None:
                        reader.relate(subject, rels, target_id, role=role, confidence=0.6)
                    break
                m = reader.by_start.get(k)
                if m is not None:
                    target = m
                    break
        if target is not None:
            reader.relate(subject, rels, target, role=role, confidence=0.8)
