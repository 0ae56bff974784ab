"""Places: "a hub in Northtown", "an organisation based in X", "held across A and
B": the event, project or organisation named before the cue is LOCATED_IN the
place after it (`place_preposition` and `based_in` cues)."""

from __future__ import annotations

from collabgraph.extract.rules.reader import SentenceReader

LABELS = frozenset({"place_preposition", "based_in"})
"""The cue labels (pattern files) this family's rules read."""


def places(reader: SentenceReader) -> None:
    """Each place after a `place_preposition` cue ("in", "across") locates the
    event or project before it, or the organisation just before it; after a
    `based_in` cue ("based in"), the organisation."""
    for m in reader.ms:
        if reader.kind(m) != "Place":
            continue
        k = m.start - 1
        while k > reader.sent.start and reader.words[k] in {"the", "of"}:
            k -= 1
        cue = reader.cue_ending_at("place_preposition", k + 1) if k >= reader.sent.start else None
        if cue is None:
            continue
        based = k > reader.sent.start and reader.cue_ending_at("based_in", k) is not None
        owner = reader.before(k + 1, kinds={"Event", "Project"})
        if owner is None or based:
            org = reader.before(k + 1, kinds={"Organisation"}, limit=3)
            owner = org if (org is not None and (based or org.end >= k - 1)) else owner
        if owner is None:
            continue
        reader.relate(owner, cue.cue.relations, m, confidence=0.75 if based else 0.65)
