"""The subject after an opening phrase: "Working with A and B, Foo has opened ...",
"Partnering with A, the Foundation gave ...": who the phrase before the comma is
about (the partnership and collaboration rules read the phrase's names as that
subject's partners).
"""

from __future__ import annotations

from collabgraph.extract.mentions import Mention
from collabgraph.extract.rules.reader import SentenceReader

_DEFINITE = {"the", "its", "their"}


def opening_subject(
    reader: SentenceReader, names: list[Mention], kinds: set[str] | None = None
) -> tuple[Mention | None, list[Mention]]:
    """(the sentence's subject, the opening phrase's names) for the names read after
    an opening cue, when a comma closes the phrase and a name (after "the") and a
    verb follow: "Working with A and B, Foo has ..." -> (Foo, [A, B]); "Partnering
    with A, the Foundation gave ..." -> (the Foo Foundation named before, [A]);
    (None, names) when no subject follows the phrase. `kinds` limits the subject's
    type (None: any)."""
    if not names:
        return None, names
    last, words, end = names[-1], reader.words, reader.sent.end
    k = last.start - (last.start - 1 > reader.sent.start and words[last.start - 1] in _DEFINITE)
    if (
        len(names) >= 2
        and words[k - 1] == ","
        and last.end < end
        and reader.doc[last.end].pos_ in {"VERB", "AUX"}
        and (kinds is None or reader.kind(last) in kinds)
    ):
        return last, names[:-1]
    k = last.end  # "..., the Foundation gave": a body named before, by its last word
    if k + 3 < end and words[k] == "," and reader.doc[k + 3].pos_ in {"VERB", "AUX"}:
        body = reader.definite_org(k + 1)
        if body is not None and (kinds is None or "Organisation" in kinds):
            return body, names
    return None, names
