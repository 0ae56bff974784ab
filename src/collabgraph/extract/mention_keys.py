"""The key a mention's text is known by while a page is read: its name's key
(`model.names.name_key`) without a leading "the", so "the Foo Trust" and "Foo
Trust" share their type votes, focus and posts (`context.DocumentContext`)."""

from __future__ import annotations

from functools import lru_cache

from collabgraph.model.names import name_key


@lru_cache(maxsize=100_000)
def mention_key(text: str) -> str:
    # a function of the text alone, asked of the same mentions' texts many times
    # a sentence (`type_of`): kept per text for the process
    key = name_key(text)
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=100_000)
def key_parts(text: str) -> tuple[str, str | None, str | None]:
    """A mention text's key (`mention_key`), its word when it has one alone, and its
    last word when it has two or more; kept per text: `type_of` asks them of the
    same few texts many times a sentence."""
    key = mention_key(text)
    words = key.split()
    return key, words[0] if len(words) == 1 else None, words[-1] if len(words) > 1 else None
