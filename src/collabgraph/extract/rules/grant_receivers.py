"""Grants, continued: who a sentence says received money (for `rules/grants.py`,
which gives each the funder in view).

A cue of receiving and its subject or list ("A and B have each been awarded
£5,000", "Projects receiving grants include A"), the examples of grantees a
plural noun stands for ("good causes across Kelby, including A and B"), the
body a sum goes to ("a grant of £40,000 to Foo", "£9,980 for Foo to offer"),
and what funding is said to be for ("funding for our Foo project").
"""

from __future__ import annotations

from collabgraph.extract import vocab
from collabgraph.extract.mentions import Mention
from collabgraph.extract.patterns import CueMatch
from collabgraph.extract.rules.collab_subjects import definite_noun_subject
from collabgraph.extract.rules.grant_subjects import (
    GRANTEE_KINDS,
    body_pronoun,
    coordinated_subject,
    described_subject,
    head_of_partners,
    inside_relative,
    parsed_subject,
    set_off_subject,
)
from collabgraph.extract.rules.grantee_names import (
    building_named,
    can_receive,
    joined_past_place,
    unnamed_body_in,
    used_by,
)
from collabgraph.extract.rules.reader import FOCUS_NOUNS, SentenceReader

_GRANT_NOUNS = vocab.words("grant_nouns")
_FUNDING_WORDS = _GRANT_NOUNS | {"support"}  # before "for": "support ... for this project"
_LIST_VERBS = {"is", "are", "include", "includes", "included", "were", "was"}


def _focus_noun_subject(reader: SentenceReader, b: int) -> bool:
    """Whether token b, right before a verb of receiving, is a noun "the"/"this"
    sets off that opens the sentence ("The project has received") or is the parse's
    subject after an opening phrase ("In 2031 the project received")."""
    if b - 1 < reader.sent.start or reader.words[b - 1] not in {"the", "this"}:
        return False
    return b - 1 == reader.sent.start or reader.doc[b].dep_ in {"nsubj", "nsubjpass"}


def receivers(reader: SentenceReader, cue: CueMatch) -> list[Mention | int]:
    """The grantees a `received_funding` cue tells: a list after it ("Other
    recipients include A, B and C", "One of the groups funded this week is A"), the
    examples of a plural noun of grantees ("Many groups have benefited from Foo
    grants, including A and B"), else the verb's subject ("Foo Trust in Kelby has
    been awarded £5,000"; "we": the page's own body) and those listed with it."""
    start, end = cue.start, cue.end
    words = reader.words
    if cue.cue.params.get("past_of"):  # "The recipients of the Foo Fund are A and B"
        end = _list_verb_after(reader, end)
        if end is None:
            return []
    if cue.cue.params.get("listed"):  # "Other recipients include A, B and C"
        return reader.list_after(end, kinds=GRANTEE_KINDS)
    if cue.cue.params.get("funded_list"):  # "One of the groups funded this week is A"
        if start == reader.sent.start or words[start - 1] not in _GRANTEE_GROUPS:
            return []
        return _funded_list(reader, end)
    k = end
    while k < reader.sent.end and k - end < 8 and not (reader.is_funding(k)):
        k += 1
    if k >= reader.sent.end or k - end >= 8:
        return []  # nothing received that is money
    if cue.cue.params.get("named_funder_only") and k - end > 2:
        return []  # "A is sharing its kitchen with B, after £3,000 from Foo"
    j = k + 1
    while j < reader.sent.end and (reader.is_funding(j)):
        j += 1
    given_by = j < reader.sent.end and words[j] == "from"
    funder = reader.mention_at(j + 1) if given_by else None
    if funder is not None:
        j = funder.end  # "Among the charities sharing £1m from Foo are X and Y"
    elif given_by:
        return []  # "Foo receives donations from local people": not the funder in view's
    if j < reader.sent.end and words[j] in _LIST_VERBS and k == end:
        # "One of the groups receiving funding is X", "Projects receiving grants include X"
        return reader.list_after(j + 1, kinds=GRANTEE_KINDS)
    examples = _examples_after(reader, start, j)
    if examples:  # "Many groups have benefited from Foo grants, including A and B"
        return examples
    b = reader.before_verb(start)
    place = reader.by_end.get(b) if b >= reader.sent.start and words[b] == "," else None
    if place is not None and reader.kind(place) == "Place":
        b -= 1  # "Foo Trust, Kelby, picked up £5,000"
    subject = reader.by_end.get(b + 1)
    comma_after = subject is not None and b + 1 < reader.sent.end and words[b + 1] == ","
    if comma_after and inside_relative(reader, subject.start):
        subject = set_off_subject(reader, b + 1)  # "The choir, which meets in Foo Hall, is"
        return [subject] if subject is not None else []
    if unnamed_body_in(reader, subject):
        return []  # "A youth charity in Kelby has received": a body not named here
    if (
        subject is not None
        and reader.kind(subject) == "Place"
        and not building_named(subject)  # "As reported by X, Foo Theatre will ..."
        and subject.start >= 2
        and words[subject.start - 1] in {"in", "at", "from", ","}
    ):
        subject = reader.by_end.get(subject.start - 1)  # "Foo Trust in Kelby has been"
    if subject is None and b >= reader.sent.start and words[b] in {"which", "who", "that"}:
        subject = reader.by_end.get(b - (words[b - 1] == ","))
        if subject is not None and reader.kind(subject) == "Place" and subject.start >= 2:
            subject = reader.by_end.get(subject.start - 1)  # "Foo Trust in Kelby, which gets"
    if subject is None and b > reader.sent.start and words[b] == ",":
        set_off = set_off_subject(reader, b)  # "One group in Kelby, Foo Trust, was given"
        if set_off is not None:
            return [set_off]  # one name, not the list a sentence opens with
    if subject is None and b >= reader.sent.start:
        subject = described_subject(reader, b)  # "The Foo project has received £5,000"
    if subject is None and b >= reader.sent.start:
        subject = body_pronoun(reader, b)  # "It will receive £5,000", "The charity received"
    if subject is None and b > reader.sent.start:
        # "and the club received £5,000 from Foo", "When the trust got money from Foo"
        subject = next(iter(definite_noun_subject(reader, start)), None)
    if subject is None and b >= reader.sent.start:
        subject = coordinated_subject(reader, b)  # "Foo Line launched ... and has received"
    if subject is None and _focus_noun_subject(reader, b):
        kind = FOCUS_NOUNS.get(words[b])  # "The project has received a grant of £40,000"
        focus = reader.focus_before(kind, b) if kind in {"Project", "Event"} else None
        if focus is not None:
            return [focus]
    if subject is None:
        subject = reader.sentence_subject()
    if subject is None:
        subject = parsed_subject(reader, start)  # "Amid strong competition, Foo Trust is ..."
    if subject is None:
        return []
    if can_receive(reader, subject):  # "Fenby Village Hall has been awarded"
        listed = reader.subjects_before(subject.end, frozenset({"Organisation"}))
        joined = joined_past_place(reader, subject)  # "A in Kelby and B are among ..."
        # "A and B will share £30,000 from Foo": both received
        if subject not in listed:
            return [subject, *joined]
        head = head_of_partners(reader, min(m.start for m in listed))
        # "A and its partner charities, B and C, were awarded": A too
        others = [m for m in listed if m is not subject]
        return [subject, *others, *([head] if head else []), *joined]
    return []


_OF_REACH = 8  # words at most in "recipients of [the £600,000 Foo Fund] are"


def _list_verb_after(reader: SentenceReader, k: int) -> int | None:
    """The token after the verb of listing that closes "recipients of the £600,000
    Foo Fund are" (the words from token k: what was received); None when a mark, a
    verb or more than a few words come first ("the recipients of grants said ...")."""
    words = reader.words
    for j in range(k, min(k + _OF_REACH, reader.sent.end - 1)):
        if words[j] in _LIST_VERBS:
            return j + 1
        tok = reader.doc[j]
        if (tok.is_punct and not reader.is_money(j)) or tok.pos_ in {"VERB", "AUX"}:
            return None
    return None


_GRANTEE_GROUPS = vocab.words("grantee_group_nouns")
_PLACE_GLUE = {"in", "across", "around", "from", "throughout"}
_EXAMPLE_CUES = {"including", "such", "like", "among", "notably"}
_EXAMPLE_LEAD = 4  # lower-case words at most before the first name: "the very first recipient"


def _examples_after(reader: SentenceReader, start: int, j: int) -> list[Mention]:
    """The grantees a plural noun of grantees before the verb at token `start` is
    exemplified by after the money (ending at token j): "Many groups have
    benefited from Foo grants, including A and B", "... such as A"; none when
    a name is the subject."""
    words, end = reader.words, reader.sent.end
    b = reader.before_verb(start)
    place = reader.by_end.get(b + 1)
    if (
        place is not None
        and reader.kind(place) == "Place"
        and place.start - 2 >= reader.sent.start
        and words[place.start - 1] in _PLACE_GLUE
    ):
        b = place.start - 2  # "Many groups across Kelby have benefited ..."
    if b < reader.sent.start or words[b] not in _GRANTEE_GROUPS or reader.by_end.get(b + 1):
        return []
    k = j + (j < end and words[j] == ",")
    if k >= end or words[k] not in _EXAMPLE_CUES:
        return []
    k += 1 + (words[k] == "such" and k + 1 < end and words[k + 1] == "as")
    lead = k
    while k < end and k - lead < _EXAMPLE_LEAD and k not in reader.by_start:
        if not reader.doc[k].is_lower:
            return []
        k += 1
    return reader.list_after(k, kinds=GRANTEE_KINDS)


def _group_examples(reader: SentenceReader, k: int) -> list[Mention]:
    """The names listed as examples of a plural noun of grantees from token k:
    "[for] good causes across Kelby, including A and B", "[for] local groups such
    as A"; none for anything else ("for a new minibus, including ...")."""
    words, end = reader.words, reader.sent.end
    j = k
    while j < end and j - k < _EXAMPLE_LEAD and reader.doc[j].is_lower:
        if words[j] in _GRANTEE_GROUPS:
            break
        j += 1
    if j >= end or words[j] not in _GRANTEE_GROUPS:
        return []
    j += 1
    if j + 1 < end and words[j] in _PLACE_GLUE:
        place = reader.by_start.get(j + 1) or reader.by_start.get(j + 2)
        if place is not None and reader.kind(place) == "Place":
            j = place.end  # "good causes across the UK"
    j += j < end and words[j] == ","
    if j >= end or words[j] not in _EXAMPLE_CUES:
        return []
    j += 1 + (words[j] == "such" and j + 1 < end and words[j + 1] == "as")
    return reader.list_after(j, kinds=GRANTEE_KINDS)


_FUNDED_LIST_GAP = 4  # words at most between "groups funded" and its "is": "this week"


def _funded_list(reader: SentenceReader, k: int) -> list[Mention]:
    """The bodies listed after "groups funded" (ending at token k) and a verb of
    being a few words on ("this week is A", "so far include A and B"); none when a
    name, a giver ("by", "from") or a clause's comma comes first."""
    words = reader.words
    for j in range(k, min(k + _FUNDED_LIST_GAP + 1, reader.sent.end - 1)):
        if words[j] in _LIST_VERBS:
            return reader.list_after(j + 1, kinds=GRANTEE_KINDS)
        if words[j] in {"by", "from", ",", ";", ":"} or j in reader.by_start:
            return []
    return []


def granted_to(reader: SentenceReader) -> list[Mention]:
    """ "a grant award of £39,826 to Foo", "£550,000 to Foo"; "£9,980 for Foo to
    offer ..." (a body right after the sum, with what it will do or where it is)."""
    out: list[Mention] = []
    words, end = reader.words, reader.sent.end
    for i in range(reader.sent.start, end - 1):
        if not (reader.is_funding(i)):
            continue
        m = reader.mention_at(i + 2) if words[i + 1] == "for" and reader.is_money(i) else None
        if m is not None and m not in out and m.end < end and words[m.end] in {"to", "in"}:
            if reader.kind(m) == "Organisation":
                out.append(m)  # "£9,980 for Foo Trust to offer"; not "£500 for Christmas"
            continue
        for k in range(i + 1, min(i + 7, reader.sent.end - 1)):
            if words[k] == "used":  # "A £5,000 grant will be used by Foo to ..."
                m = used_by(reader, k)
                out += [m] if m is not None and m not in out else []
                break
            if words[k] == "for":  # "£30m is raised for good causes, including A"
                out += [m for m in _group_examples(reader, k + 1) if m not in out]
                break
            if words[k] == "to":
                m = reader.mention_at(k + 1)
                if m is not None and reader.kind(m) in GRANTEE_KINDS and m not in out:
                    out.append(m)
                break
            if words[k] in {",", ".", ";", "from", "by"} or reader.by_start.get(k):
                break
    return out


_FOR_NOUNS = {"funding", "grant", "grants"}  # "grants for Foo Trust": the money is Foo's


def funding_for(reader: SentenceReader) -> list[int]:
    """ "funding for our Foo Project", "support ... for this project"; "grants for
    Foo Trust" (a body right after the grant noun); each name of a list so begun."""
    out = []
    words = reader.words
    for i in range(reader.sent.start, reader.sent.end - 1):
        if words[i] != "for" or not any(
            w in _FUNDING_WORDS for w in words[max(reader.sent.start, i - 6) : i]
        ):
            continue
        k = i + 1
        while k < reader.sent.end and words[k] in {"our", "the", "this", "their", "its"}:
            k += 1
        m = reader.by_start.get(k)
        if m is not None and (
            reader.kind(m) in {"Project", "Event"}
            or (reader.kind(m) == "Organisation" and words[i - 1] in _FOR_NOUNS)
        ):
            out.append(m.id)  # "funds for the Foo Festival, the Bar Festival and Baz Trust":
            out += [n.id for n in reader.list_after(m.end, kinds=GRANTEE_KINDS)]  # each
        elif k < reader.sent.end and FOCUS_NOUNS.get(words[k]) == "Project":
            focus = reader.ctx.focus_of(reader.section, "Project")
            if focus is not None:
                out.append(focus)
    return out
