"""Places: "a hub in Northtown", "based in X", "held across A and B": LOCATED_IN."""

from __future__ import annotations

from collabgraph.extract.rules.reader import SentenceReader


def places(reader: SentenceReader) -> None:
    for m in reader.ms:
        if reader.kind(m) != "Place":
            continue
        k = m.start - 1
        while k > reader.sent.start and reader.words[k] in {"the", "of"}:
            k -= 1
        prep = reader.words[k] if k >= reader.sent.start else ""
        if prep not in {"in", "across", "throughout", "around", "at", "within"}:
            continue
        based = k > reader.sent.start and reader.words[k - 1] in {
            "based",
            "located",
            "headquartered",
        }
        owner = reader.before(k + 1, kinds={"Event", "Project"})
        if owner is None or based:
            org = reader.before(k + 1, kinds={"Organisation"}, limit=3)
            owner = org if (org is not None and (based or org.end >= k - 1)) else owner
        if owner is None:
            continue
        reader.relate(owner, "LOCATED_IN", m, confidence=0.75 if based else 0.65)
