"""Words the page uses as an area's name, to read "<Area> and <Area> <head>" as one
body named for the two areas it serves when the areas are made-up or unknown
places: "the Fenby and Kelby Moor Combined Authority" on a page that also names
"Fenby District Council" or says "in Fenby".

A word is an area the page names (`area_keys`, kept in `memory.names_seen`'s set)
when, inside a sentence, it:
- opens a run of two capitalised words or more, the second no connector, or
  opens them after the run's small word ("Fenby District Council", "Leader of
  Fenby Youth Trust"), itself no head word nor given
  name (at a sentence's start, a run of three words or more closed by a head word);
- or stands alone after "in", "across", "around" or "throughout", or after "and"
  or a comma in such a list ("in Kelby and Fenby").
Read by `across_and._joint_area_body`, which also asks the words after "and" to
end in a joint area's head (`vocab/joint_area_heads.txt`).
"""

from __future__ import annotations

from spacy.tokens import Token

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_WHERE = vocab.words("where_list_prepositions")  # "in Fenby", "across Kelby and ..."
_LIST_JOINS = {"and", ",", "&"}


def area_key(word: str) -> str:
    """The key a word the page names as an area is remembered by."""
    return "area-word:" + word.casefold()


def _area_like(tok: Token) -> bool:
    return (
        is_cap(tok)
        and tok.is_alpha
        and not tok.is_stop
        and head_kind(lower_word(tok))[0] is None
        and lower_word(tok) not in lx.NAME_CONNECTORS
        and not is_given_name(tok.text)
    )


def area_keys(doc, sent_start: int, start: int, end: int) -> list[str]:
    """`area_key`s of the words a capitalised run doc[start:end] names as areas."""
    out = []
    for i in range(start, end - 1):
        # the run's first word, or a word after its small word ("Leader of Fenby
        # District Council"), opening two capitalised words or more
        if i > start and (is_cap(doc[i - 1]) or lower_word(doc[i - 1]) not in lx.NAME_CONNECTORS):
            continue
        opens = i > sent_start or (end - i >= 3 and head_kind(lower_word(doc[end - 1]))[0])
        if (
            opens
            and _area_like(doc[i])
            and is_cap(doc[i + 1])
            and lower_word(doc[i + 1]) not in lx.NAME_CONNECTORS
        ):
            out.append(area_key(doc[i].text))
    k = start
    while start > sent_start and lower_word(doc[start - 1]) in _WHERE and k < end:
        # "in Kelby", "in Kelby and Fenby", "across Kelby, Fenby and Dalby"
        after = doc[k + 1].text if k + 1 < len(doc) else "."
        if not _area_like(doc[k]) or (k + 1 < end and after not in _LIST_JOINS):
            break
        out.append(area_key(doc[k].text))
        k += 2
    return out


def area_named_on_page(tok: Token, seen: frozenset[str]) -> bool:
    """Whether the page names the word `tok` as an area elsewhere (`area_keys`)."""
    return area_key(tok.text) in seen


__all__ = ["area_key", "area_keys", "area_named_on_page"]
