"""Whether capitalised words are shaped like a person's name, by their words alone:
two or three capitalised words with no word of a body, a place, a field of work or a
job in them ("Tamsin Okafor", not "Westmoor Health"), opening with a given name or
not. Read where a name's kind is decided from what stands next to it (`role_fit`,
`work_votes`, `body_slots`, `person_owners`, `rules.type_votes`).
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.tokens import lower_word


def given_persons_name(words) -> bool:
    """A given name, then words `looks_like_persons_name` takes ("Jane Doe"): the
    one test of a person's name that opens with a given name."""
    return len(words) > 0 and is_given_name(words[0].text) and looks_like_persons_name(words)


def looks_like_persons_name(words) -> bool:
    """Two or three capitalised words with no word of a body, a place or a field of
    work in them, nor a role ("Tamsin Okafor", not "Westmoor Health")."""
    lows = [lower_word(t) for t in words]
    return (
        all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words)
        and not any(head_kind(w)[0] for w in lows)
        and not any(
            w in lx.DOMAIN_WORDS or w in lx.ROLE_CORE or w in lx.ROLE_MODIFIERS for w in lows
        )
        and not any(is_uk_place(t.text) for t in words)
        and not is_uk_place(" ".join(t.text for t in words))
    )
