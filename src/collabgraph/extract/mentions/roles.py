"""Job titles in a sentence: "Deputy Chief Executive", "Director of Public Services"."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.kinds import award_tail_at
from collabgraph.extract.mentions.mention import RoleSpan
from collabgraph.extract.mentions.post_bodies import heads_a_body
from collabgraph.extract.mentions.post_field_words import field_between
from collabgraph.extract.mentions.role_fields import (
    area_after_dash,
    body_name_at,
    everyday_field,
    field_list_end,
    field_runs_on,
    fields_after_dash,
    in_field_end,
    in_tail,
)
from collabgraph.extract.mentions.tokens import (
    hyphen_join,
    is_cap,
    joined,
    lower_word,
    opens_a_person,
)

_NOT_ALONE = vocab.words("role_not_alone")
_RESIDENTS = vocab.words("role_in_residence")
_CLOSING = vocab.words("role_closing_words")


def _closing(word: str, j: int, last_core: int) -> bool:
    """Whether `word` (at token j) closes a post after its core: "General" right
    after "Director", or a hyphened "director-general" (vocab/role_closing_words.txt)."""
    head, _, tail = word.rpartition("-")
    return (word in _CLOSING and last_core == j) or (head in lx.ROLE_CORE and tail in _CLOSING)


def _named_chief(doc, i: int, end: int) -> bool:
    """ "KRA chief Jane Doe", "Foo Trust chief Jane Doe": a lone lower-case "chief"
    between a capitalised name and a person's (not "Chief" opening a longer title)."""
    return (
        doc[i].text == "chief"
        and i > 0
        and i + 1 < end
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].is_title
    )


def role_at(doc, i: int, end: int) -> RoleSpan | None:
    """The role phrase starting at token i (and ending before `end`), if one does.

    A role is modifiers and core words ending in a core word ("Deputy Chief
    Executive", "Programme Lead"), optionally followed by "of"/"for" and words
    naming a field ("Director of Public Services"). Plural words never count:
    "Directors of Public Health" is a body, not a job.
    """
    residence = in_residence(doc, i, end)
    if residence is not None:
        return residence
    j = i
    last_core = -1
    while j < end:
        word = lower_word(doc[j])
        nxt = hyphen_join(doc, j)
        if nxt > j + 1:
            word = "".join(t.lower_ for t in doc[j:nxt])
        if word in lx.HONORIFICS and last_core == j and _styles_a_name(doc, nxt, end):
            break  # "Trust Chairman Professor Jane Doe": the style is the holder's, not the post's
        if word in lx.ROLE_CORE or _closing(word, j, last_core):
            last_core = nxt  # "Director General": the closing word is the post's too
        elif word in {"and", "&"} and last_core == j and _second_post_end(doc, nxt, end) > nxt:
            j = last_core = _second_post_end(doc, nxt, end)  # "Lecturer and Careers Adviser at"
            continue
        elif (
            word in {"and", "&"}
            and j > i
            and nxt < end
            and (lower_word(doc[nxt]) in lx.ROLE_MODIFIERS or lower_word(doc[nxt]) in lx.ROLE_CORE)
            and not (lower_word(doc[nxt]) in lx.HONORIFICS and _styles_a_name(doc, nxt + 1, end))
        ):
            pass  # "Health and Wellbeing Lead"; not "Council and Councillor Jane Doe"
        elif word not in lx.ROLE_MODIFIERS and not field_between(doc, i, j, nxt, end):
            break
        j = nxt
    if last_core < 0:
        return None
    core_words = [lower_word(t) for t in doc[i:last_core]]
    if core_words == ["executive"] or (core_words[-1] == "chief" and not _named_chief(doc, i, end)):
        return None
    if len(core_words) == 1 and core_words[0] in _NOT_ALONE:
        return None
    if award_tail_at(doc, last_core):
        return None  # "Apprentice of the Year": an award's category, no post
    if in_tail(doc, last_core, end):
        return RoleSpan(doc[i : last_core + 2].text, i, last_core + 2)
    field_end = in_field_end(doc, last_core, end)
    if field_end > last_core:
        return RoleSpan(doc[i:field_end].text, i, field_end)
    stop = last_core
    # "... of/for <field words>"; not after the head of a body ("Chief Executive of Foo")
    if stop < end and lower_word(doc[stop]) in {"of", "for"} and not heads_a_body(doc, i, stop):
        k = stop + 1
        if k < end and lower_word(doc[k]) == "the":
            k += 1
        field_end = k
        while field_end < end and (
            lower_word(doc[field_end]) in lx.DOMAIN_WORDS
            or (doc[field_end].text in {"-", "‐"} and joined(doc[field_end - 1]))
        ):
            field_end += 1
            if field_end < end and doc[field_end].text == ",":
                # "Director for Experience, Participation and Equalities"
                field_end = field_list_end(doc, field_end, end)
        if field_runs_on(doc, field_end, end):
            field_end = k  # "chief executive of food supply organisation Foo": a description
        # "Director of Public Health for Foo Council": the field ends before "for"
        while field_end > k + 1 and lower_word(doc[field_end - 1]) in {"of", "for", "the"}:
            field_end -= 1
        # "the Director of Corporate Affairs and Ms Jane Doe": before "and" and a person
        # (not "Fellow of the Society of Ecology and the Royal Society of Fenby")
        if lower_word(doc[field_end - 1]) in {"and", "&"} and opens_a_person(doc, field_end):
            field_end -= 1
        if field_end > k and lower_word(doc[field_end - 1]) not in {"and", "&", "of", "for", "the"}:
            # "Chief Executive of Voluntary Action Northtown": the words run on into
            # an organisation's name, so "of ..." names the employer, not a field.
            rest = field_end
            while rest < end and is_cap(doc[rest]):
                rest += 1
            tail = [lower_word(t) for t in doc[field_end:rest]]
            runs_into_org = bool(tail) and (
                tail[0] in lx.ORG_HEADS
                or tail[-1] in lx.ORG_HEADS
                or tail[-1] in lx.EXTRA_ORG_HEADS
            )
            if not runs_into_org:
                stop = field_end
        # "Director of Estate Services at Foo Homes": a field ends where "at" begins;
        # "Director of Wales – North & West at Foo": an area after a dash is the field's;
        # not "Co-director of KTU at the University of Foo": a lone acronym is a body
        # "Head of Volunteer Involvement, Foo Housing Trust": so too before a comma and a
        # body's name, its last word a body's
        at = area_after_dash(doc, end)
        if (
            stop == last_core
            and end - k <= 5
            and at + 1 < len(doc)
            and (
                (doc[at].lower_ in {"at", "for", "with"} and _name_at(doc, at + 1))
                or (doc[at].text == "," and body_name_at(doc, at + 1) and not body_name_at(doc, k))
            )
            and all(is_cap(t) or lower_word(t) in {"and", "&", "of"} for t in doc[k:end])
            and not (end - k == 1 and len(doc[k].text) > 1 and doc[k].text.isupper())
        ):
            stop = at
        elif stop == last_core and everyday_field(doc, i, k, end):
            stop = end
    if stop == end:
        # "Head of Policy – Scotland at Foo": the area after a dash is the role's
        at = area_after_dash(doc, end)
        if at > end and at + 1 < len(doc) and doc[at].lower_ in {"at", "for", "with"}:
            stop = at if is_cap(doc[at + 1]) else stop
        else:  # "Strategic Director – Care, Protection and Lifestyle, Foo County Council"
            stop = fields_after_dash(doc, end)
    return RoleSpan(doc[i:stop].text, i, stop)


def _styles_a_name(doc, k: int, end: int) -> bool:
    """Whether the words from token k start a person's name a style stands before:
    capitalised, and not a post's word ("Chairman Professor Jane Doe", not
    "Professor Emeritus")."""
    return k < end and is_cap(doc[k]) and lower_word(doc[k]) not in lx.ROLE_WORDS


def _second_post_end(doc, k: int, end: int) -> int:
    """ "Associate Professor and Rural Programmes Director at Foo": where a second
    post in capitals from token k ends, when it ends in a core word and a body's
    name follows ("at", "of", "from", "for"); k when not, or when its words name a
    body ("Chair and Kelby Council Leader")."""
    n = k
    while n < end and n - k < 4 and is_cap(doc[n]) and lower_word(doc[n]) not in lx.ORG_HEADS:
        n += 1
    if n == k or lower_word(doc[n - 1]) not in lx.ROLE_CORE or n + 1 >= len(doc):
        return k
    if doc[n].lower_ not in {"at", "of", "from", "for"} or not _name_at(doc, n + 1):
        return k
    return n


def _name_at(doc, k: int) -> bool:
    """Whether a name begins at token k, or after "the" there ("at the University of Foo")."""
    if k + 1 < len(doc) and doc[k].lower_ == "the":
        k += 1
    return is_cap(doc[k])


def in_residence(doc, i: int, end: int) -> RoleSpan | None:
    """ "Entrepreneur in Residence", "writer in residence": a residency post, three
    words from token i (`vocab/role_in_residence.txt`)."""
    if i + 3 > end or lower_word(doc[i]) not in _RESIDENTS:
        return None
    if [lower_word(t) for t in doc[i + 1 : i + 3]] != ["in", "residence"]:
        return None
    return RoleSpan(doc[i : i + 3].text, i, i + 3)
