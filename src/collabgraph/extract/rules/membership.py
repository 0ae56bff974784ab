"""Membership and boards: "a member of", "trustee of", "sits on the board of",
"joined the alliance", "members include A, B and C": MEMBER_OF.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.rules.reader import SentenceReader

_MEMBER_CUES = (
    ("member", "of"), ("members", "of"), ("trustee", "of"), ("trustees", "of"),
    ("board", "of"), ("board", "member", "of"), ("board", "member", "at"), ("sits", "on"),
    ("part", "of"), ("joined",), ("member", "organisation", "of"), ("fellow", "of"),
    ("patron", "of"), ("ambassador", "for"), ("ambassador", "of"), ("signatory", "to"),
    ("signatories", "to"), ("steering", "group", "of"), ("members", "include"), ("joins",),
    ("sits", "on", "the", "board", "of"), ("on", "the", "board", "of"),
)  # fmt: skip


def membership(reader: SentenceReader) -> None:
    # "the network welcomed three new member organisations: A, B and C"
    for i in range(reader.sent.start, reader.sent.end - 1):
        if reader.words[i] not in {"members", "organisations"}:
            continue
        if reader.words[i] == "organisations" and reader.words[i - 1] != "member":
            continue
        j = i + 1
        while j < reader.sent.end and reader.words[j] in {
            ":",
            "-",
            "–",
            "include",
            "including",
            "are",
            "were",
            "is",
        }:
            j += 1
        if j == i + 1:
            continue
        body = None
        for k in range(reader.sent.start, i):
            if reader.words[k] in {"the", "our", "its"} and k + 1 < i:
                body = (
                    reader.definite_org(k)
                    if reader.words[k] != "our"
                    else reader.ctx.recent_with_word(reader.words[k + 1], "Organisation")
                )
                if body is not None:
                    break
        if body is None:
            body = reader.before(i, kinds={"Organisation"})
        for x in reader.list_after(j, kinds={"Organisation", "Person"}):
            reader.relate(x, "MEMBER_OF", body, confidence=0.7)
    for cue in _MEMBER_CUES:
        for i in reader.find(cue):
            if cue == ("members", "include"):
                body = reader.before(i, kinds={"Organisation"})
                for x in reader.list_after(i + 2, kinds={"Person", "Organisation"}):
                    reader.relate(x, "MEMBER_OF", body, confidence=0.75)
                continue
            body = reader.mention_at(i + len(cue))
            if body is None or reader.kind(body) != "Organisation":
                continue
            if cue == ("sits", "on") and reader.words[i + 2 : i + 4] == ["the", "board"]:
                continue
            if cue in {("joined",), ("joins",)} and not any(
                w
                in lx.STRONG_ORG_HEADS
                | {"network", "alliance", "coalition", "partnership", "board"}
                for w in body.text.lower().split()[-1:]
            ):
                continue
            subjects = reader.subjects_before(i) or [
                s for s in [reader.sentence_subject()] if s is not None and s is not body
            ]
            role = None
            if cue[0] in {"trustee", "trustees", "patron", "ambassador", "fellow"}:
                role = cue[0].rstrip("s") if cue[0] != "trustees" else "trustee"
            elif "board" in cue:
                role = "board member"
            for s in subjects:
                if s is not body:
                    reader.relate(s, "MEMBER_OF", body, role=role, confidence=0.75)
