"""Job titles in a sentence: "Deputy Chief Executive", "Director of Public Services"."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.kinds import award_tail_at
from collabgraph.extract.mentions.mention import RoleSpan
from collabgraph.extract.mentions.post_bodies import heads_a_body
from collabgraph.extract.mentions.tokens import (
    hyphen_join,
    is_cap,
    joined,
    lower_word,
    opens_a_person,
)

_NOT_ALONE = vocab.words("role_not_alone")
_IN_TAILS = vocab.words("role_in_tails")
_RESIDENTS = vocab.words("role_in_residence")
_IN_FIELD_CORES = vocab.words("role_in_field_cores")
_FIELD_UNITS = vocab.words("field_unit_heads")
_OF_FIELD_CORES = vocab.words("role_of_field_cores")
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
        elif word not in lx.ROLE_MODIFIERS:
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
    if _in_tail(doc, last_core, end):
        return RoleSpan(doc[i : last_core + 2].text, i, last_core + 2)
    field_end = _in_field(doc, last_core, end)
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
                field_end = _field_list_end(doc, field_end, end)
        if _runs_on(doc, field_end, end):
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
        at = _area_after_dash(doc, end)
        if (
            stop == last_core
            and end - k <= 5
            and at + 1 < len(doc)
            and (
                (doc[at].lower_ in {"at", "for", "with"} and _name_at(doc, at + 1))
                or (
                    doc[at].text == "," and _body_name_at(doc, at + 1) and not _body_name_at(doc, k)
                )
            )
            and all(is_cap(t) or lower_word(t) in {"and", "&", "of"} for t in doc[k:end])
            and not (end - k == 1 and len(doc[k].text) > 1 and doc[k].text.isupper())
        ):
            stop = at
        elif stop == last_core and _everyday_field(doc, i, k, end):
            stop = end
    if stop == end:
        # "Head of Policy – Scotland at Foo": the area after a dash is the role's
        at = _area_after_dash(doc, end)
        if at > end and at + 1 < len(doc) and doc[at].lower_ in {"at", "for", "with"}:
            stop = at if is_cap(doc[at + 1]) else stop
        else:  # "Strategic Director – Care, Protection and Lifestyle, Foo County Council"
            stop = _fields_after_dash(doc, end)
    return RoleSpan(doc[i:stop].text, i, stop)


def _styles_a_name(doc, k: int, end: int) -> bool:
    """Whether the words from token k start a person's name a style stands before:
    capitalised, and not a post's word ("Chairman Professor Jane Doe", not
    "Professor Emeritus")."""
    return k < end and is_cap(doc[k]) and lower_word(doc[k]) not in lx.ROLE_WORDS


def _fields_after_dash(doc, end: int) -> int:
    """Where the fields a post names after a dash end ("– Care, Protection and
    Lifestyle"), when a comma and a body's name follow them; `end` when no such
    fields follow, or when the words after the dash are a body's name."""
    if end + 1 >= len(doc) or doc[end].text not in lx.DASHES or _body_name_at(doc, end + 1):
        return end
    if is_given_name(doc[end + 1].text) or doc[end + 1].ent_type_ == "PERSON":
        return end  # "Chair – Jane Doe, Foo Trust": the holder, not a field
    k = end + 1
    while k < len(doc) and k - end <= 8:
        word = doc[k].lower_
        if is_cap(doc[k]) or (word in {"and", "&"} and k + 1 < len(doc) and is_cap(doc[k + 1])):
            k += 1
        elif word == "," and k + 1 < len(doc) and _body_name_at(doc, k + 1):
            fields = any(lower_word(t) in lx.DOMAIN_WORDS for t in doc[end + 1 : k])
            return k if fields else end
        elif word == "," and k + 1 < len(doc) and is_cap(doc[k + 1]):
            k += 1
        else:
            break
    return end


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


def _everyday_field(doc, i: int, k: int, end: int) -> bool:
    """ "Head of Volunteer Involvement, said": whether the words from k to `end` after
    a post of vocab/role_of_field_cores.txt (from token i) name its field: at most four,
    each a word of everyday English, no body's head word nor a place among them."""
    if lower_word(doc[k - 2]) not in _OF_FIELD_CORES or not 0 < end - k <= 4:
        return False
    words = doc[k:end]
    return (
        all(is_cap(t) and everyday_word(t.text) for t in words)
        and not any(lower_word(t) in lx.ORG_HEADS or is_uk_place(t.text) for t in words)
        and not _body_name_at(doc, k)
        and (end >= len(doc) or not is_cap(doc[end]))
    )


def _body_name_at(doc, k: int) -> bool:
    """Whether a body's name begins at token k: words in capitals (after "the"), the
    last a body's head word ("Foo Housing Trust", "the Kelby County Council")."""
    if k + 1 < len(doc) and doc[k].lower_ == "the":
        k += 1
    n = k
    while n < len(doc) and n - k < 6 and (is_cap(doc[n]) or (n > k and doc[n].lower_ == "of")):
        n += 1
    last = lower_word(doc[n - 1]) if n > k else ""
    if last in _FIELD_UNITS:  # "Volunteer Services": a part of a body
        return False
    return last in lx.ORG_HEADS or last in lx.EXTRA_ORG_HEADS


def _in_tail(doc, k: int, end: int) -> bool:
    """ "in Residence" after a post's core word ("Entrepreneur in Residence"): the
    post's last words (vocab/role_in_tails.txt)."""
    return k + 1 < end and doc[k].lower_ == "in" and lower_word(doc[k + 1]) in _IN_TAILS


def _in_field(doc, k: int, end: int) -> int:
    """ "Lecturer in Nursing", "Professor in Health and Social Care": where a field
    after "in" ends, for a post that takes one (vocab/role_in_field_cores.txt) at
    token k - 1; k when none follows, or when the words run on into a body's name
    ("Fellow in Public Health Westshire Trust")."""
    if k + 1 >= end or doc[k].lower_ != "in" or lower_word(doc[k - 1]) not in _IN_FIELD_CORES:
        return k
    n = k + 1
    while n < end and (
        lower_word(doc[n]) in lx.DOMAIN_WORDS - {"and", "&"}
        or (lower_word(doc[n]) in {"and", "&"} and n > k + 1 and n + 1 < end)
    ):
        n += 1
    while n > k + 1 and lower_word(doc[n - 1]) in {"and", "&"}:
        n -= 1
    if n == k + 1:
        return k
    rest = n
    while rest < end and is_cap(doc[rest]):
        rest += 1
    tail = [lower_word(t) for t in doc[k + 1 : rest]]
    if rest > n and (tail[-1] in lx.ORG_HEADS or tail[-1] in lx.EXTRA_ORG_HEADS):
        return k
    return n


def in_residence(doc, i: int, end: int) -> RoleSpan | None:
    """ "Entrepreneur in Residence", "writer in residence": a residency post, three
    words from token i (`vocab/role_in_residence.txt`)."""
    if i + 3 > end or lower_word(doc[i]) not in _RESIDENTS:
        return None
    if [lower_word(t) for t in doc[i + 1 : i + 3]] != ["in", "residence"]:
        return None
    return RoleSpan(doc[i : i + 3].text, i, i + 3)


def _runs_on(doc, k: int, end: int) -> bool:
    """Whether the words of a field run on at token k into more lower-case nouns
    ("of food supply organisation Foo"): then "of" names the employer, described."""
    return k < end and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in {"NOUN", "ADJ"}


def _area_after_dash(doc, end: int) -> int:
    """Where words naming an area after a dash ("– North & West") end, if they
    follow `end`; `end` itself otherwise."""
    if end >= len(doc) or doc[end].text not in lx.DASHES:
        return end
    k = end + 1
    while k < len(doc) and k - end <= 5 and (is_cap(doc[k]) or doc[k].lower_ in {"and", "&"}):
        k += 1
    return k if k > end + 1 and doc[k - 1].lower_ not in {"and", "&"} else end


def _field_list_end(doc, i: int, end: int) -> int:
    """Where a comma list of fields at doc[i] (", Participation and Equalities")
    ends; i itself when the words after the comma are not such a list."""

    def fields_from(n: int) -> int:
        while n < end and lower_word(doc[n]) in lx.DOMAIN_WORDS - {"and", "&"}:
            n += 1
        return n

    k = i
    while k < end and doc[k].text == ",":
        last = k + 1 < end and lower_word(doc[k + 1]) in {"and", "&"}
        m = k + 2 if last else k + 1
        n = fields_from(m)
        if n == m:
            return i
        if last:
            return n if _list_closes(doc, n, end) else i
        if n < end and lower_word(doc[n]) in {"and", "&"}:
            after = fields_from(n + 1)
            return after if after > n + 1 and _list_closes(doc, after, end) else i
        k = n
    return i


def _list_closes(doc, n: int, end: int) -> bool:
    """A list of fields ends where no capitalised word follows: in "Director of
    Integrated Care, Health and Social Care Westshire" the last words
    begin a body's name."""
    return n >= end or not is_cap(doc[n])
