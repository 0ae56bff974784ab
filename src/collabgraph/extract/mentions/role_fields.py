"""The fields and areas a job title names after its core words, for the role
finder (`roles.role_at`): a field after "in" ("Lecturer in Nursing",
vocab/role_in_field_cores.txt; "Entrepreneur in Residence" closes the post,
vocab/role_in_tails.txt), everyday words after "of" ("Head of Volunteer
Involvement", vocab/role_of_field_cores.txt), a comma list of fields (",
Participation and Equalities"), fields or an area after a dash ("– Care,
Protection and Lifestyle, Foo Trust", "– North & West"); never a body's name,
which the post is held at ("Fellow in Public Health Westshire Trust").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.common_words import everyday_word
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.given_names import is_given_name
from collabgraph.extract.mentions.tokens import is_cap, lower_word

_IN_TAILS = vocab.words("role_in_tails")
_IN_FIELD_CORES = vocab.words("role_in_field_cores")
_FIELD_UNITS = vocab.words("field_unit_heads")
_OF_FIELD_CORES = vocab.words("role_of_field_cores")
_DOMAIN_NOT_JOIN = lx.DOMAIN_WORDS - {"and", "&"}  # built once, not once a word


def fields_after_dash(doc, end: int) -> int:
    """Where the fields a post names after a dash end ("– Care, Protection and
    Lifestyle"), when a comma and a body's name follow them; `end` when no such
    fields follow, or when the words after the dash are a body's name."""
    if end + 1 >= len(doc) or doc[end].text not in lx.DASHES or body_name_at(doc, end + 1):
        return end
    if is_given_name(doc[end + 1].text) or doc[end + 1].ent_type_ == "PERSON":
        return end  # "Chair – Jane Doe, Foo Trust": the holder, not a field
    k = end + 1
    while k < len(doc) and k - end <= 8:
        word = doc[k].lower_
        if is_cap(doc[k]) or (word in {"and", "&"} and k + 1 < len(doc) and is_cap(doc[k + 1])):
            k += 1
        elif word == "," and k + 1 < len(doc) and body_name_at(doc, k + 1):
            fields = any(lower_word(t) in lx.DOMAIN_WORDS for t in doc[end + 1 : k])
            return k if fields else end
        elif word == "," and k + 1 < len(doc) and is_cap(doc[k + 1]):
            k += 1
        else:
            break
    return end


def everyday_field(doc, i: int, k: int, end: int) -> bool:
    """ "Head of Volunteer Involvement, said": whether the words from k to `end` after
    a post of vocab/role_of_field_cores.txt (from token i) name its field: at most four,
    each a word of everyday English, no body's head word nor a place among them."""
    if lower_word(doc[k - 2]) not in _OF_FIELD_CORES or not 0 < end - k <= 4:
        return False
    words = doc[k:end]
    return (
        all(is_cap(t) and everyday_word(t.text) for t in words)
        and not any(lower_word(t) in lx.ORG_HEADS or is_uk_place(t.text) for t in words)
        and not body_name_at(doc, k)
        and (end >= len(doc) or not is_cap(doc[end]))
    )


def body_name_at(doc, k: int) -> bool:
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


def in_tail(doc, k: int, end: int) -> bool:
    """ "in Residence" after a post's core word ("Entrepreneur in Residence"): the
    post's last words (vocab/role_in_tails.txt)."""
    return k + 1 < end and doc[k].lower_ == "in" and lower_word(doc[k + 1]) in _IN_TAILS


def in_field_end(doc, k: int, end: int) -> int:
    """ "Lecturer in Nursing", "Professor in Health and Social Care": where a field
    after "in" ends, for a post that takes one (vocab/role_in_field_cores.txt) at
    token k - 1; k when none follows, or when the words run on into a body's name
    ("Fellow in Public Health Westshire Trust")."""
    if k + 1 >= end or doc[k].lower_ != "in" or lower_word(doc[k - 1]) not in _IN_FIELD_CORES:
        return k
    n = k + 1
    while n < end and (
        lower_word(doc[n]) in _DOMAIN_NOT_JOIN
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


def field_runs_on(doc, k: int, end: int) -> bool:
    """Whether the words of a field run on at token k into more lower-case nouns
    ("of food supply organisation Foo"): then "of" names the employer, described."""
    return k < end and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in {"NOUN", "ADJ"}


def area_after_dash(doc, end: int) -> int:
    """Where words naming an area after a dash ("– North & West") end, if they
    follow `end`; `end` itself otherwise."""
    if end >= len(doc) or doc[end].text not in lx.DASHES:
        return end
    k = end + 1
    while k < len(doc) and k - end <= 5 and (is_cap(doc[k]) or doc[k].lower_ in {"and", "&"}):
        k += 1
    return k if k > end + 1 and doc[k - 1].lower_ not in {"and", "&"} else end


def field_list_end(doc, i: int, end: int) -> int:
    """Where a comma list of fields at doc[i] (", Participation and Equalities")
    ends; i itself when the words after the comma are not such a list."""

    def fields_from(n: int) -> int:
        while n < end and lower_word(doc[n]) in _DOMAIN_NOT_JOIN:
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
