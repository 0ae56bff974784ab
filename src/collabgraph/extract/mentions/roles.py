"""Job titles in a sentence: "Deputy Chief Executive", "Director of Public Services"."""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.post_bodies import acronym_then_post, heads_a_body
from collabgraph.extract.mentions.programme_votes import programme_noun_after
from collabgraph.extract.mentions.tokens import POSSESSIVE, hyphen_join, is_cap, joined, lower_word

_NOT_ALONE = vocab.words("role_not_alone")
_QUALIFIERS = vocab.words("role_qualifiers")


def role_at(doc, i: int, end: int) -> RoleSpan | None:
    """The role phrase starting at token i (and ending before `end`), if one does.

    A role is modifiers and core words ending in a core word ("Deputy Chief
    Executive", "Programme Lead"), optionally followed by "of"/"for" and words
    naming a field ("Director of Public Services"). Plural words never count:
    "Directors of Public Health" is a body, not a job.
    """
    j = i
    last_core = -1
    while j < end:
        word = lower_word(doc[j])
        nxt = hyphen_join(doc, j)
        if nxt > j + 1:
            word = "".join(t.lower_ for t in doc[j:nxt])
        if word in lx.ROLE_CORE:
            last_core = nxt
        elif (
            word in {"and", "&"}
            and j > i
            and nxt < end
            and (lower_word(doc[nxt]) in lx.ROLE_MODIFIERS or lower_word(doc[nxt]) in lx.ROLE_CORE)
        ):
            pass  # "Health and Wellbeing Lead"
        elif word not in lx.ROLE_MODIFIERS:
            break
        j = nxt
    if last_core < 0:
        return None
    core_words = [lower_word(t) for t in doc[i:last_core]]
    if core_words == ["executive"] or core_words[-1] == "chief":
        return None
    if len(core_words) == 1 and core_words[0] in _NOT_ALONE:
        return None
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
        # "Director of Wales – North & West at Foo": an area after a dash is the field's
        at = _area_after_dash(doc, end)
        if (
            stop == last_core
            and end - k <= 5
            and at + 1 < len(doc)
            and doc[at].lower_ in {"at", "for", "with"}
            and is_cap(doc[at + 1])
            and all(is_cap(t) or lower_word(t) in {"and", "&", "of"} for t in doc[k:end])
        ):
            stop = at
    if stop == end:
        # "Head of Policy – Scotland at Foo": the area after a dash is the role's
        at = _area_after_dash(doc, end)
        if at > end and at + 1 < len(doc) and doc[at].lower_ in {"at", "for", "with"}:
            stop = at if is_cap(doc[at + 1]) else stop
    return RoleSpan(doc[i:stop].text, i, stop)


def _runs_on(doc, k: int, end: int) -> bool:
    """Whether the words of a field run on at token k into more lower-case nouns
    ("of food supply organisation Foo"): then "of" names the employer, described."""
    return k < end and doc[k].is_lower and doc[k].is_alpha and doc[k].pos_ in {"NOUN", "ADJ"}


def _area_after_dash(doc, end: int) -> int:
    """Where words naming an area after a dash ("– North & West") end, if they
    follow `end`; `end` itself otherwise."""
    if end >= len(doc) or doc[end].text not in {"–", "—", "-"}:
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


def role_is_lower_ok(doc, span: RoleSpan) -> bool:
    """Whether a core word of a job is in the span, hyphenated words read whole
    ("volunteer co-ordinator", "vice-chair")."""
    i = span.start
    while i < span.end:
        nxt = min(hyphen_join(doc, i), span.end)
        if "".join(t.lower_ for t in doc[i:nxt]) in lx.ROLE_CORE:
            return True
        i = nxt
    return False


def next_to_name(doc, span: RoleSpan, mentions: list[Mention]) -> bool:
    for m in mentions:
        if m.start == span.end or m.end == span.start:
            return True
        if m.end + 1 == span.start and doc[m.end].text in {",", "(", "–", "—", "-"}:
            return True
        gap = [t.lower_ for t in doc[m.end : span.start]]
        skippable = {",", "(", "a", "an", "the", "former", "our", "its", "new", "interim", "acting"}
        if gap and gap[0] in {",", "("} and all(w in skippable for w in gap):
            return True
        if span.end + 1 == m.start and doc[span.end].text == ",":
            return True
        if holder_after_place_of_work(doc, span, m.start):
            return True
    # "Foo Trust's chief executive", "Foo Trust's new chair"
    k = span.start - 1
    while k >= 2 and doc[k].lower_ in {"new", "interim", "acting", "incoming", "outgoing"}:
        k -= 1
    return span.start >= 2 and doc[k].text in POSSESSIVE


def holder_after_place_of_work(doc, span: RoleSpan, start: int) -> bool:
    """'CEO of the trust, Jane Doe said': the name at `start` holds the job."""
    gap = list(doc[span.end : start])
    return (
        len(gap) >= 4
        and gap[0].lower_ in {"of", "at"}
        and gap[1].lower_ == "the"
        and gap[-1].text == ","
        and all(not is_cap(t) and t.is_alpha for t in gap[2:-1])
    )


def role_here_ok(doc, span: RoleSpan, run_start: int, run_end: int, piece_start: int) -> bool:
    """A role word inside a capitalised run is a role only if a name follows it
    or it stands apart from other names (run start, after a comma or possessive);
    never when a programme's noun follows the run ("the Health Champions programme")."""
    if span.end == run_end and programme_noun_after(doc, run_end):
        return False
    if span.end < run_end:
        # "Social Prescribing Link Worker Day Conference": the run names an event
        name_end = span.end
        while name_end < run_end and is_cap(doc[name_end]):
            name_end += 1
        kind, weight = head_kind(lower_word(doc[name_end - 1]))
        person_after = any(t.ent_type_ == "PERSON" for t in doc[span.end : name_end])
        return kind is None or weight < 3 or person_after or not is_cap(doc[span.end])
    # "Brackenfield Trust CEO, Jane Doe said", "Jane Doe, Northtown Hospitals Chair, said"
    if span.start > piece_start and head_kind(lower_word(doc[span.start - 1]))[0] == "Organisation":
        return True
    if span.start == piece_start + 1 and acronym_then_post(doc, span):
        return True  # "Jane Doe, KFHA Chief Executive, said", "(DVA Board Member)"
    if _after_persons_name(doc, span, piece_start):
        return True  # "Jane Doe Deputy Director, Foo Trust": a speaker list's line
    if span.start == run_start and span.start > 0 and doc[span.start - 1].lower_ in _QUALIFIERS:
        return True  # "incoming CEO at Foo"
    if span.start == run_start and _names_next(doc, span):
        return True  # "Chair: Jane Doe", "Chief Executive – Jane Doe"
    if span.start == run_start:
        before = doc[span.start - 1].text if span.start > 0 else ""
        return (
            before in {",", "(", "–", "—", "-", "as", "our", "their", "the", "new", "its"}
            or before in POSSESSIVE
            or doc[span.start - 1].lower_
            in {"as", "our", "their", "the", "new", "its", "former", "interim", "a", "an"}
        )
    return False


def _names_next(doc, span: RoleSpan) -> bool:
    """Whether a colon or dash after a role leads to a capitalised word (a name)."""
    k = span.end
    return k + 1 < len(doc) and doc[k].text in {":", "–", "—"} and is_cap(doc[k + 1])


def _after_persons_name(doc, span: RoleSpan, piece_start: int) -> bool:
    """The words before the title read as a person's name: two or three capitalised
    words, the recogniser's PERSON or no word of a body, a place or a field in
    them ("Westmoor Health Programme Manager" is not); and a comma, a bracket,
    a dash or the end of the line follows the title."""
    before = doc[piece_start : span.start]
    after = doc[span.end].text if span.end < len(doc) else ""
    if not 2 <= len(before) <= 3 or after not in {",", "(", "", "–", "—", "-"}:
        return False
    if doc[span.start].ent_type_ == "PERSON" and doc[span.start].ent_iob_ == "I":
        return False  # the recogniser's name runs on into the title
    if all(t.ent_type_ == "PERSON" for t in before) and before[0].ent_iob_ == "B":
        return True
    return looks_like_persons_name(before)


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


def trim_role_before_name(doc, span: RoleSpan, run_end: int) -> RoleSpan:
    """'Director of Housing Services Amy Roe': leave the person their name.

    When a field ("of ...") runs to the end of the capitalised run, the
    recogniser's PERSON entity, or else the last two words, are the name.
    """
    if span.end != run_end:
        return span  # a name follows in the run, or the role ran on past it
    k = span.start
    while k < span.end and lower_word(doc[k]) not in {"of", "for"}:
        k += 1
    if k >= span.end:
        return span
    for j in range(k + 1, span.end):
        if doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ == "B":
            return RoleSpan(doc[span.start : j].text, span.start, j)
    words_after_of = span.end - (k + 1)
    last_two = [lower_word(t) for t in doc[span.end - 2 : span.end]]
    if words_after_of >= 3 and not all(w in lx.DOMAIN_WORDS for w in last_two):
        cut = span.end - 2
        return RoleSpan(doc[span.start : cut].text, span.start, cut)
    return span


def fields_after_roles(doc, mentions: list[Mention], roles: list[RoleSpan]) -> list[Mention]:
    """The mentions without those that only name a job's field after its title and
    a comma, before another comma: "Deputy Director, Equality and Health
    Inequalities, Westmoor Health Trust" (words of `vocab/role_fields.txt` only)."""
    ends = {r.end for r in roles}
    out = []
    for m in sorted(mentions, key=lambda m: m.start):
        words = [lower_word(t) for t in doc[m.start : m.end]]
        if (
            m.start >= 2
            and doc[m.start - 1].text == ","
            and m.start - 1 in ends
            and m.end < len(doc)
            and doc[m.end].text in {",", ")"}
            and all(w in lx.DOMAIN_WORDS for w in words)
        ):
            ends.add(m.end)  # a second field may follow
            continue
        out.append(m)
    return out
