"""Names a document writes in the middle of sentences, to know them at the start.

A capitalised word opening a sentence may be a name or just the first word
("Growing Roots has been awarded" / "Growing older is"). When the same words
begin a name elsewhere in the document, or a name the graph already holds,
they begin a name at the start of a sentence too.
"""

from __future__ import annotations

from collections.abc import Iterable

from collabgraph.extract.mentions.runs import capital_runs
from collabgraph.extract.mentions.tokens import lower_word


def opening_words(words: Iterable[str]) -> str:
    """The key a name is remembered by: its first two words, lower case."""
    return " ".join(list(words)[:2]).casefold()


def names_seen(docs: Iterable, known: Iterable[str] = ()) -> frozenset[str]:
    """Opening words (`opening_words`) of the names of two words or more that
    start inside a sentence of `docs` (spaCy Docs), and of the `known` names."""
    seen = {opening_words(name.split()) for name in known if len(name.split()) >= 2}
    for doc in docs:
        for sent in doc.sents:
            for start, end in capital_runs(doc, sent):
                if start > sent.start and end - start >= 2:
                    seen.add(opening_words(lower_word(t) for t in doc[start : start + 2]))
    return frozenset(seen)
