"""The kind a common noun beside a name gives it (`vocab/type_nouns.txt`,
`vocab/programme_after_nouns.txt`), for `context_votes`: a noun in lower case after
the name ("the Northtown Hubs pilot", "its Doing Good Together series": votes for
that kind; "the Dalby Trust report", "a Westfield funding programme": the name is
the owner's, a body), a word like "programme" beside a quoted name, a quoted name
before a lower-case noun ("the ‘Making Moments’ group": a programme).
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions.body_fields import place_before_body_noun
from collabgraph.extract.mentions.common_words import ordinary_words
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.service_nouns import service_named
from collabgraph.extract.mentions.tokens import (
    CLOSING_QUOTES,
    OPENING_QUOTES,
    hyphened_word,
    is_cap,
    lower_word,
    past_name,
)

_TYPE_NOUNS = vocab.table("type_nouns")
_AFTER_NOUNS = _TYPE_NOUNS | dict.fromkeys(vocab.words("programme_after_nouns"), "Project")
_OWNER_NOUNS = vocab.words("owner_nouns")
# "the Heathmoor district", "Selby Moor villages": a name before an area's noun
_AREA_NOUNS = vocab.words("place_nouns") | vocab.words("shared_plural_place_nouns")


def quoted_type(doc, m: Mention, sent) -> str | None:
    """The type a word like "programme" gives a quoted name beside it."""
    if m.start - 1 < sent.start or doc[m.start - 1].text not in OPENING_QUOTES:
        return None
    k = m.start - 2
    if k >= sent.start and doc[k].text == ",":
        k -= 1
    if k >= sent.start and doc[k].lower_ in _TYPE_NOUNS:
        return _TYPE_NOUNS[doc[k].lower_]
    if m.end + 1 < sent.end and doc[m.end].text in CLOSING_QUOTES:
        nxt = doc[m.end + 1].lower_
        if nxt in _TYPE_NOUNS:
            return _TYPE_NOUNS[nxt]
    return None


def owner_of(doc, noun: int, end: int) -> bool:
    """'X programme of Open Doors': the programme has a name of its own after "of"."""
    return noun + 2 < end and doc[noun + 1].lower_ == "of" and is_cap(doc[noun + 2])


def noun_after_votes(doc, m: Mention, sent, mentions: list[Mention]) -> None:
    """Votes from a kind's noun in lower case after a name: "the Northtown Hubs
    pilot", "its Doing Good Together series", "the ‘Kelby Way’ service" (the quote
    closing the name read past; its letters in brackets read past, and voted so
    too: "the Foo (FP) pilot"); but "the Westfield Trust
    programme of Open Doors" and "a Westfield funding programme" name the
    programme's owner, and "a Kelby charity" where it is, as is "Kelby charity Foo"."""
    nxt = past_name(doc, m.start, m.end, sent.end)
    after = doc[nxt] if nxt < sent.end else None
    after2 = doc[nxt + 1] if nxt + 1 < sent.end else None
    if after is None:
        return
    kind = None if is_cap(after) else _AFTER_NOUNS.get(hyphened_word(doc, nxt, sent.end))
    if (kind is not None and m.gazetteer and kind != "Event") or place_before_body_noun(
        doc, m.end, nxt, sent.end
    ):
        m.votes["Place"] += 4
    elif kind is not None:
        if owner_of(doc, nxt, sent.end) or (
            # "the Dalby Trust report": a body's name before the noun is its owner's
            kind in {"Report", "Project"}
            and head_kind(lower_word(doc[m.end - 1])) == ("Organisation", 3)
        ):
            m.votes["Organisation"] += 3
        else:
            m.votes[kind] += 4
            for letters in mentions if nxt > m.end else ():
                if letters.start == m.end + 1:
                    letters.votes[kind] += 4
    elif after.lower_ in _OWNER_NOUNS and after2 is not None and after2.lower_ in _TYPE_NOUNS:
        # "the Westfield Trust grants scheme": the body's; "this year's Kelby Chest
        # grants programme": a name of everyday words no head word or place makes a
        # body's is the grants' own name
        m.votes["Project" if _grants_own_name(doc, m) else "Organisation"] += 3
    elif after.is_lower and after.lower_ in _AREA_NOUNS and _bare_place(doc, m, after):
        m.votes["Place"] += 4  # "the Heathmoor district", "Selby Moor villages"
    elif _quoted_before_noun(doc, m, nxt):
        m.votes["Project"] += 3
    elif service_named(doc, m, sent.end) >= 0:
        m.votes["Project"] += 4  # "our Work Ready job club", "the Home Safe discharge service"


def _grants_own_name(doc, m: Mention) -> bool:
    """Whether a name before "grants programme" is the programme's own: two words or
    more, no kind's head word last, not a place, a person or letters the recogniser
    or gazetteer knows ("Kelby Chest"; not "Westfield", "Fenby Trust", "KCF")."""
    words = doc[m.start : m.end]
    return (
        len(words) >= 2
        and not m.gazetteer
        and head_kind(lower_word(doc[m.end - 1]))[0] is None
        and not any(t.text.isupper() for t in words)
        and not any(t.ent_type_ in {"GPE", "LOC", "PERSON"} for t in words)
    )


def _bare_place(doc, m: Mention, noun) -> bool:
    """A name of no kind's head word ("Heathmoor", not "Kelby Council") that the
    area's noun after it is the head of ("the Heathmoor district"; not "Kelby
    Trust area teams")."""
    if head_kind(lower_word(doc[m.end - 1]))[0] not in {None, "Place"}:
        return False
    return doc[m.end - 1].head.i == noun.i and noun.i == m.end


_NOT_NAMING = {"GPE", "LOC", "PERSON", "NORP", "ORG"}


def _quoted_before_noun(doc, m: Mention, nxt: int) -> bool:
    """ "the ‘Making Moments’ group", "more ‘Safe and Sound’ checks": a quoted name
    before a lower-case noun is a name given to a thing of that kind, a programme
    (`past_name` reads no quote after "a": "a ‘Cinderella’ service"); not before an
    occasion's or a body's noun ("the ‘Open Doors’ events": that noun's own vote), nor
    a place, a person, letters or a body's head word; a body the recogniser reads only
    when everyday words name it ("the ‘Say It Loud’ video workstream")."""
    if nxt != m.end + 1 or doc[m.end].text not in CLOSING_QUOTES:
        return False  # not past a closing quote ("the Foo (FP) pilot": letters)
    if not (doc[nxt].is_lower and doc[nxt].pos_ == "NOUN"):
        return False
    if m.gazetteer or m.title or doc[m.start].text.isupper():
        return False
    if head_kind(lower_word(doc[m.end - 1]))[0] is not None:
        return False
    labels = {t.ent_type_ for t in doc[m.start : m.end]}
    if labels & _NOT_NAMING and not (
        labels <= {"ORG", ""} and ordinary_words([t.text for t in doc[m.start : m.end]])
    ):
        return False
    noun = doc[nxt].lower_
    return _AFTER_NOUNS.get(noun, _AFTER_NOUNS.get(noun[:-1], "Project")) == "Project"
