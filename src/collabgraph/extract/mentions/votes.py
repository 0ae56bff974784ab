"""Votes for a mention's type: from the recogniser, the words of the name and the
words around it ("Chief Executive X" is a person, "X's Director" an organisation).
"""

from __future__ import annotations

from collections import Counter

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.roles import holder_after_place_of_work, role_at
from collabgraph.extract.mentions.tokens import LOCATED_SUFFIXES, POSSESSIVE, is_cap, lower_word

_BY_FUNDER = vocab.words("by_verbs_funder")
_BY_ORGANISER = vocab.words("by_verbs_organiser")
_ORG_LIST_NOUNS = vocab.words("list_nouns_organisations")
_PLACE_LIST_NOUNS = vocab.words("list_nouns_places")
_LEGAL_FORMS = vocab.words("name_legal_forms")
_SPEAKING_VERBS = vocab.words("speaking_verbs")
_TYPE_NOUNS = vocab.table("type_nouns")
_NOT_ALONE = vocab.words("role_not_alone")
_NATIONS = vocab.words("name_nations")
_PLACE_BODY_HEADS = vocab.words("place_body_heads")
_BODY_FIRST_WORDS = vocab.words("name_body_first_words")
_OWNER_NOUNS = vocab.words("owner_nouns")
_ORG_CUES = [cue.split() for cue in vocab.ordered("org_cue_phrases")]
_DIRECTIONS = vocab.words("place_directions")


def ner_votes(doc, start: int, end: int) -> tuple[str | None, Counter]:
    votes: Counter = Counter()
    labels = [t.ent_type_ for t in doc[start:end] if t.ent_type_]
    if not labels:
        return None, votes
    label, count = Counter(labels).most_common(1)[0]
    if count * 2 < (end - start) or (label in {"GPE", "LOC", "PERSON"} and count < end - start):
        return label, votes
    if label != "PERSON" and _entity_began_before(doc, start):
        return label, votes  # the recogniser read a longer name: "St Aidan's Emma Lowe"
    if label == "PERSON" and head_kind(lower_word(doc[end - 1]))[0] is not None:
        return label, votes  # "Youth Forum", "Robson Foundation": no person's name ends so
    weight = {"PERSON": ("Person", 2), "ORG": ("Organisation", 2), "GPE": ("Place", 3),
              "LOC": ("Place", 3), "FAC": ("Place", 1), "EVENT": ("Event", 2),
              "WORK_OF_ART": ("Report", 1), "LAW": ("Report", 1), "NORP": (None, 0),
              "PRODUCT": ("Project", 1)}.get(label, (None, 0))  # fmt: skip
    if weight[0]:
        votes[weight[0]] += weight[1]
    return label, votes


def _entity_began_before(doc, start: int) -> bool:
    """The recogniser's entity at `start` began before it, at more than "the",
    and not just before "and" or a comma (a list it read as one name)."""
    if start > 0 and doc[start - 1].lower_ in {"and", "&", ","}:
        return False
    k = start
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return any(t.lower_ not in {"the", "a", "an"} for t in doc[k:start])


def name_votes(words: list[str]) -> Counter:
    votes: Counter = Counter()
    if not words:
        return votes
    if any(w in _LEGAL_FORMS for w in words):
        votes["Organisation"] += 5
    kind, weight = head_kind(words[-1])
    if kind is None and len(words) > 2:
        # "Department for Digital, Culture, Media and Sport", "Festival of Lights":
        # the head comes before "of"/"for"
        first = next((n for n, w in enumerate(words) if w in {"of", "for"}), 0)
        if first:
            kind, weight = head_kind(words[first - 1])
            if words[first - 1] in _PLACE_BODY_HEADS:
                kind, weight = "Organisation", 3  # "London Borough of Dalby": the council
    if kind and (len(words) > 1 or words[-1].isupper()):
        votes[kind] += weight
    # "Healthwatch Dalby", "NHS Westmoor": a body's word first, then where it is
    if len(words) > 1 and words[0] in _BODY_FIRST_WORDS:
        votes["Organisation"] += 3
    # "Carers Voice UK", "Youth Sport Wales": a body named for a nation (not "North Wales")
    if len(words) > 1 and words[-1] in _NATIONS and words[0] not in _DIRECTIONS:
        votes["Organisation"] += 4
    if len(words) > 1 and words[0] in {"launch"} and "of" in words:
        votes["Event"] += 3
    return votes


def context_votes(doc, sent, mentions: list[Mention], roles: list[RoleSpan]) -> None:
    role_ends = {r.end: r for r in roles}
    role_starts = {r.start: r for r in roles}
    for m in mentions:
        before = doc[m.start - 1] if m.start > sent.start else None
        after = doc[m.end] if m.end < sent.end else None
        after2 = doc[m.end + 1] if m.end + 1 < sent.end else None
        if m.start in role_ends:
            m.votes["Person"] += 4
        # "X's Director of ..."
        if (
            after is not None
            and after.text in POSSESSIVE
            and after2 is not None
            and (after2.i in role_starts)
        ):
            m.votes["Organisation"] += 4
        # "X Leader Jane Doe": a name right before a role that precedes another name
        if m.end in role_starts and any(o.start == role_starts[m.end].end for o in mentions):
            m.votes["Organisation"] += 3
        # "Jane Doe, Director of ..."
        if after is not None and after.text in {",", "("} and m.end + 1 in role_starts:
            m.votes["Person"] += 3
        if before is not None and before.lower_ == "by" and m.start >= 2:
            verb = doc[m.start - 2].lower_
            if verb in _BY_FUNDER:
                m.votes["Organisation"] += 2
            elif verb in _BY_ORGANISER:
                m.votes["Organisation"] += 1
        # "a hub in Northtown": one word after "in" is a place unless shown otherwise
        if (
            before is not None
            and before.lower_ in {"in", "across", "around", "throughout"}
            and m.end - m.start == 1
            and not any(k in m.votes for k in ("Event", "Project", "Report"))
            and head_kind(lower_word(doc[m.start]))[0] is None
        ):
            m.votes["Place"] += 3
        if (
            after is not None
            and after.lower_ in _SPEAKING_VERBS
            and not m.votes.get("Organisation")
        ):
            m.votes["Person"] += 1
        # "Ashby Youth Project has been awarded £5,000", "a grant to Ashby Youth Project"
        if _receives_money(doc, m, sent):
            m.votes["Organisation"] += 3
        # "the Dalby-based charity": a place
        if (
            after is not None
            and after.text in {"-", "‐"}
            and after2 is not None
            and after2.lower_ in LOCATED_SUFFIXES
        ):
            m.votes["Place"] += 3
        # "appointed Jane Doe as interim chief executive"
        if after is not None and after.lower_ == "as" and _role_follows(doc, m.end + 1, sent.end):
            m.votes["Person"] += 3
        if (
            after is not None
            and after.text == ","
            and after2 is not None
            and after2.lower_ == "who"
        ):
            m.votes["Person"] += 1
        if (
            before is not None
            and before.lower_ in {"based", "in", "across", "throughout"}
            and m.ner in {"GPE", "LOC"}
        ):
            m.votes["Place"] += 1
        # "Jane Doe of/from X", "Chief Executive of X": X is where someone works
        works_at = (
            before is not None
            and m.start >= 2
            and (
                before.lower_ in {"of", "from", "at"}
                or (before.lower_ == "for" and m.start - 1 in role_ends)
            )
        )
        if works_at and (
            (m.start - 1) in role_ends
            or any(o.end == m.start - 1 and o.votes.get("Person", 0) >= 2 for o in mentions)
        ):
            m.votes["Organisation"] += 2 if m.start - 1 not in role_ends else 4
        # "Jane Doe, Secretary, X said": the body after a job title and a comma
        if (
            before is not None
            and before.text == ","
            and m.start - 1 in role_ends
            and not m.votes.get("Person")
            and head_kind(lower_word(doc[m.end - 1]))[0] in {None, "Organisation"}
        ):
            m.votes["Organisation"] += 3
        # "CEO of the trust, Jane Doe said"
        if any(holder_after_place_of_work(doc, r, m.start) for r in roles if r.end < m.start):
            m.votes["Person"] += 4
        # "the Northtown Hubs pilot", "its Doing Good Together series"; but "the
        # Westfield Trust programme of Open Doors" and "a Westfield funding
        # programme" name the programme's owner
        if after is not None and after.lower_ in _TYPE_NOUNS and not is_cap(after):
            if _owner_of(doc, m.end, sent.end):
                m.votes["Organisation"] += 3
            else:
                m.votes[_TYPE_NOUNS[after.lower_]] += 4
        elif (
            after is not None
            and after.lower_ in _OWNER_NOUNS
            and after2 is not None
            and after2.lower_ in _TYPE_NOUNS
        ):
            m.votes["Organisation"] += 3
        # "the programme of Open Doors": the name of the programme
        if (
            before is not None
            and before.lower_ == "of"
            and m.start >= 2
            and _TYPE_NOUNS.get(doc[m.start - 2].lower_) in {"Project", "Event"}
        ):
            m.votes[_TYPE_NOUNS[doc[m.start - 2].lower_]] += 4
        # "on behalf of X", "in partnership with X"
        if _after_org_cue(doc, m.start, sent.start):
            m.votes["Organisation"] += 3
        # "a funding programme, “Core Strength”", "their ‘Core Strength’ programme"
        quoted = _quoted_type(doc, m, sent)
        if quoted:
            m.votes[quoted] += 5
        # "a new programme, Linked Up,", "our annual gathering, Summer Makers Day"
        if (
            before is not None
            and before.text == ","
            and m.start >= 2
            and doc[m.start - 2].lower_ in _TYPE_NOUNS
            and not _held_at(doc, m.start - 2, sent.start)
        ):
            m.votes[_TYPE_NOUNS[doc[m.start - 2].lower_]] += 4
        # "Fresh Start, a school-based programme delivered by ..."
        if after is not None and after.text == "," and m.end + 1 < sent.end:
            nxt = doc[m.end + 1]
            if nxt.lower_ in {"a", "an", "the", "our", "its"}:
                for t in doc[m.end + 2 : min(m.end + 7, sent.end)]:
                    if t.lower_ in _TYPE_NOUNS:
                        m.votes[_TYPE_NOUNS[t.lower_]] += 3
                        break
                    if t.text in {",", "."} or t.pos_ in {"VERB", "AUX"}:
                        break
        if before is not None and before.lower_ in _TYPE_NOUNS and not is_cap(before):
            m.votes[_TYPE_NOUNS[before.lower_]] += 2
        # "returns to the Old Hall", "at Market Hall": a venue
        if (
            m.votes.get("Place")
            and head_kind(lower_word(doc[m.end - 1]))[0] == "Place"
            and any(
                t.lower_ in {"at", "to", "in"} for t in doc[max(m.start - 2, sent.start) : m.start]
            )
        ):
            m.votes["Place"] += 2
    # In a list ("in Ayton, Beeford, Cowton and Dalby") the items share a type.
    _list_votes(doc, sent, mentions)


_RECIPIENT_VERBS = vocab.words("recipient_verbs")
_RECIPIENT_NOUNS = vocab.words("recipient_nouns")


_BEFORE_VERB = {"has", "have", "had", "been", "was", "were", "is", "are", "will", "also", "now"}


def _receives_money(doc, m: Mention, sent) -> bool:
    """A name that receives a grant: "X has been awarded", "X received a grant",
    "a grant of £5,000 to X" (not a person: a person's name is never voted so)."""
    k = m.end
    if k + 1 < sent.end and doc[k].lower_ == "in" and is_cap(doc[k + 1]):
        k += 1  # "Ashby Youth Project in Dalby has been awarded"
        while k < sent.end and is_cap(doc[k]):
            k += 1
    verb = k
    while verb < sent.end and doc[verb].lower_ in _BEFORE_VERB:
        verb += 1
    if verb < sent.end and doc[verb].lower_ in _RECIPIENT_VERBS:
        # money follows ("received a £5,000 grant"): not a person's award or a prize
        what = doc[verb + 1 : min(verb + 6, sent.end)]
        if any(t.lower_ in _RECIPIENT_NOUNS or t.text == "£" for t in what):
            return True
    j = m.start - 1
    while j >= sent.start and doc[j].lower_ in {"the", "a", "an"}:
        j -= 1
    if j < sent.start or doc[j].lower_ != "to":
        return False
    window = doc[max(sent.start, j - 8) : j]
    return any(t.lower_ in _RECIPIENT_NOUNS or t.text == "£" for t in window)


def _held_at(doc, noun: int, sent_start: int) -> bool:
    """'CEO of the trust, Jane Doe': the noun names where a job is held, so the
    name after the comma is the holder, not the noun's own name."""
    return any(
        lower_word(t) in lx.ROLE_CORE for t in doc[max(sent_start, noun - 4) : noun]
    ) and any(t.lower_ in {"of", "at", "for"} for t in doc[max(sent_start, noun - 3) : noun])


_OPENING_QUOTES = {"“", "‘", '"', "'"}
_CLOSING_QUOTES = {"”", "’", '"', "'"}


def _quoted_type(doc, m: Mention, sent) -> str | None:
    """The type a word like "programme" gives a quoted name beside it."""
    if m.start - 1 < sent.start or doc[m.start - 1].text not in _OPENING_QUOTES:
        return None
    k = m.start - 2
    if k >= sent.start and doc[k].text == ",":
        k -= 1
    if k >= sent.start and doc[k].lower_ in _TYPE_NOUNS:
        return _TYPE_NOUNS[doc[k].lower_]
    if m.end + 1 < sent.end and doc[m.end].text in _CLOSING_QUOTES:
        nxt = doc[m.end + 1].lower_
        if nxt in _TYPE_NOUNS:
            return _TYPE_NOUNS[nxt]
    return None


def _owner_of(doc, noun: int, end: int) -> bool:
    """'X programme of Open Doors': the programme has a name of its own after "of"."""
    return noun + 2 < end and doc[noun + 1].lower_ == "of" and is_cap(doc[noun + 2])


def _after_org_cue(doc, start: int, sent_start: int) -> bool:
    words = [
        t.lower_
        for t in doc[max(sent_start, start - 6) : start]
        if t.lower_ not in {"the", "again"}
    ]
    return any(words[-len(cue) :] == cue for cue in _ORG_CUES)


_BEFORE_ROLE = {"a", "an", "the", "its", "their", "our", "his", "her", "new", "interim", "acting"}


def _role_follows(doc, i: int, end: int) -> bool:
    """A job a person holds starts at token i ("interim chief executive"), not a
    part an organisation plays ("partner", "member")."""
    while i < end and doc[i].lower_ in _BEFORE_ROLE:
        i += 1
    if i >= end or lower_word(doc[i]) not in lx.ROLE_CORE | lx.ROLE_MODIFIERS:
        return False
    span = role_at(doc, i, end)
    return span is not None and lower_word(doc[span.end - 1]) not in _NOT_ALONE


def _list_votes(doc, sent, mentions: list[Mention]) -> None:
    groups: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if groups:
            last = groups[-1][-1]
            between = [t.lower_ for t in doc[last.end : m.start]]
            if between and all(w in {",", "and", "&", "the"} for w in between):
                groups[-1].append(m)
                continue
        groups.append([m])
    for g in groups:
        lead = [t.lower_ for t in doc[max(sent.start, g[0].start - 3) : g[0].start]]
        if any(w in _ORG_LIST_NOUNS for w in lead):
            for m in g:
                if not m.title:
                    m.votes["Organisation"] += 3
        elif any(w in _PLACE_LIST_NOUNS for w in lead):
            for m in g:
                if not m.title:
                    m.votes["Place"] += 3
        _people_together(g)
        if len(g) < 3:
            continue
        places = sum(1 for m in g if m.ner in {"GPE", "LOC"})
        if places * 2 >= len(g):
            for m in g:
                m.votes["Place"] += 3


def _people_together(group: list[Mention]) -> None:
    """'Joy Reading and Victoria Park spoke': names listed with people, written
    as two or three words, and weakly typed otherwise (a word like "Park", not
    a gazetteer place), are people too."""
    people = [
        m
        for m in group
        if m.votes.get("Person", 0) >= 2 and m.votes.most_common(1)[0][0] == "Person"
    ]
    if not people or len(people) == len(group):
        return
    for m in group:
        if m in people or m.gazetteer or not 2 <= m.end - m.start <= 3:
            continue
        other = max((v for k, v in m.votes.items() if k != "Person"), default=0)
        last = m.text.split()[-1].lower().rstrip(".") if m.text else ""
        # "Park", "Hall": venue words that are also surnames
        weak_head = head_kind(last) == ("Place", 2) and last not in lx.STRONG_ORG_HEADS
        if other <= 2 and (head_kind(last)[0] is None or weak_head) and last not in lx.ROLE_CORE:
            m.votes["Person"] += 3


def known_votes(mentions: list[Mention], known_names: dict[str, str]) -> None:
    from collabgraph.model.names import name_key

    for m in mentions:
        for key in (name_key(m.text), name_key(m.text, "Organisation"), name_key(m.text, "Person")):
            kind = known_names.get(key)
            if kind:
                m.votes[kind] += 10
                break
