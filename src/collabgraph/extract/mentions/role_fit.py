"""Whether a job title `roles.role_at` found stands there as a post: in lower
case next to a name ("Jane Doe, chief executive"), inside a run of capitals
only when a name follows it or it stands apart ("the Health Champions
programme" holds none), its holder's name left out of it ("Director of Housing
Services Amy Roe"); where a post's holder is named ("CEO of the trust, Jane Doe",
"Chair – Jane Doe"). The fields a post names after it, which are no bodies, are
`field_mentions`'s; whether words are shaped like a person's name, `persons_names`'s.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.persons_names import looks_like_persons_name
from collabgraph.extract.mentions.post_bodies import acronym_then_post
from collabgraph.extract.mentions.programme_votes import programme_noun_after
from collabgraph.extract.mentions.styles import is_style
from collabgraph.extract.mentions.tokens import POSSESSIVE, hyphen_join, is_cap, lower_word

_POSSESSIVE_NOUNS = vocab.words("name_possessive_nouns")

_QUALIFIERS = vocab.words("role_qualifiers")
_GRADE_WORDS = vocab.words("role_grade_words")


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
        if m.end + 1 == span.start and doc[m.end].text in {",", "("} | lx.DASHES:
            return True
        gap = [t.lower_ for t in doc[m.end : span.start]]
        skippable = {",", "(", "a", "an", "the", "former", "our", "its", "new", "interim", "acting"}
        if gap and gap[0] in {",", "("} and all(w in skippable for w in gap):
            return True
        if span.end + 1 == m.start and doc[span.end].text == ",":
            return True
        if holder_after_place_of_work(doc, span, m.start) or holder_after_dash(doc, span, m):
            return True
        if holder_said_after_body(doc, span, m, mentions):
            return True
    # "Foo Trust's chief executive", "Foo Trust's new chair", "... current chair";
    # "the trust's freshwater officer": a field's lower-case words before the post
    k = _before_field_words(doc, span.start - 1)
    while k >= 2 and doc[k].lower_ in _QUALIFIERS - {"former", "next"}:
        k -= 1
    return span.start >= 2 and doc[k].text in POSSESSIVE


_MOST_FIELD_WORDS = 3  # "the club's community cricket coach"
_FIELD_TAGS = frozenset({"NOUN", "ADJ"})
_FIELD_TAGS_WITH_LETTERS = _FIELD_TAGS | {"PROPN"}


def field_words_start(doc, k: int, lo: int, letters: bool = False, covered=()) -> int:
    """The index of the token before the words of a post's field that end at token k
    ("Foo's anchor network manager": the "'s" before "anchor network" when k is
    "network"), or k when there are none: up to three alphabetic nouns and adjectives
    in lower case, never at or before token `lo` or on a token in `covered` (the
    tokens of names). With `letters`, proper nouns and short capitals count too
    ("Foo's HR Director"). The one walk back over a field both post readings use."""
    tags = _FIELD_TAGS_WITH_LETTERS if letters else _FIELD_TAGS
    i = k
    while k - i < _MOST_FIELD_WORDS and i > lo and i not in covered:
        tok = doc[i]
        if tok.pos_ not in tags or not tok.is_alpha:
            break
        if not (tok.is_lower or (letters and tok.is_upper and len(tok) <= 4)):
            break
        i -= 1
    return i


def _before_field_words(doc, k: int) -> int:
    """Token k, or the token before up to three lower-case nouns and adjectives of a
    post's field ending at k ("freshwater", "passenger transport") when a body's word
    after "the" and a possessive mark stand right before them ("the trust's", "the
    ICB's"; not "Kelby's town mayor", whose words the civic posts read); else k."""
    i = field_words_start(doc, k, 0)
    if i == k or i < 2 or doc[i].text not in POSSESSIVE or doc[i - 2].lower_ not in {"the", "this"}:
        return k
    return i


def holder_said_after_body(doc, span: RoleSpan, body: Mention, mentions: list[Mention]) -> bool:
    """ "the new chairman of Foo Trust is Jane Doe", "the chief executive of Foo will
    be Jane Doe": a post of the name `body`, said to be the name after "is", "was"
    or "will be"."""
    k = span.end
    if k + 1 >= len(doc) or doc[k].lower_ not in {"of", "at"}:
        return False
    k += 1 + (doc[k + 1].lower_ == "the")
    if body.start != k:
        return False
    j = after_copula(doc, body.end, len(doc))
    return j is not None and any(m.start == j for m in mentions)


def after_copula(doc, j: int, end: int) -> int | None:
    """The token after "is", "was" or "will be" at token j ("... of Foo is Jane Doe"),
    before `end`; None when none stands there."""
    if j + 1 < end and doc[j].lower_ == "will" and doc[j + 1].lower_ == "be":
        return j + 2
    if j < end and doc[j].lower_ in {"is", "was"}:
        return j + 1
    return None


def holder_after_dash(doc, span: RoleSpan, m: Mention) -> bool:
    """ "Chair – Jane Doe, Foo Trust", "Trustee - Jane Doe", "Treasurer: Jane Doe":
    a post opening a line, a dash or a colon, then the name `m` of its holder."""
    before = doc[span.start - 1] if span.start > 0 else None
    opens_line = before is None or before.is_space or doc[span.start].is_sent_start
    return (
        opens_line
        and m.start == span.end + 1
        and doc[span.end].text in lx.LINE_MARKS
        and looks_like_persons_name([t for t in doc[m.start : m.end] if t.text != "-"])
    )  # "Jane Ffoulkes-Orr": her name's hyphen


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
    if _post_of_owner(doc, span, piece_start):
        return True  # "Jane Doe, Westshire's Crime Commissioner, said"
    if body_before_post(doc, span, run_start, run_end, piece_start):
        return True  # "Jane Doe, NHS Westshire CEO, said"
    if span.start == piece_start + 1 and acronym_then_post(doc, span):
        return True  # "Jane Doe, KFHA Chief Executive, said", "(DVA Board Member)"
    if _after_persons_name(doc, span, piece_start):
        return True  # "Jane Doe Deputy Director, Foo Trust": a speaker list's line
    if _body_post_after_holder(doc, span, piece_start):
        return True  # "Jane Doe, Fenby CEO, said"
    if span.start == run_start and span.start > 0 and doc[span.start - 1].lower_ in _QUALIFIERS:
        return True  # "incoming CEO at Foo"
    before = lower_word(doc[span.start - 1]) if span.start > 0 else ""
    if span.start == run_start and before in lx.ROLE_MODIFIERS:
        return True  # "Senior Lecturer in Nursing at Foo, ...": a first word left out
    if span.start == run_start and _names_next(doc, span):
        return True  # "Chair: Jane Doe", "Chief Executive – Jane Doe"
    if span.start == run_start:
        before = doc[span.start - 1].text if span.start > 0 else ""
        return (
            before in {",", "(", "as", "our", "their", "the", "new", "its"} | lx.DASHES
            or before in POSSESSIVE
            or doc[span.start - 1].lower_
            in {"as", "our", "their", "the", "new", "its", "former", "interim", "a", "an"}
        )
    return False


def _post_of_owner(doc, span: RoleSpan, piece_start: int) -> bool:
    """A post of more than one word right after a place's or a body's "'s"
    ("Westshire's Crime Commissioner", "Foo Trust's Chief Executive"):
    the post of what is named before it (not "the People's Health Trust": names
    made with a possessive, vocab/name_possessive_nouns.txt, stay whole)."""
    k = span.start - 1
    return (
        k - 1 >= piece_start
        and span.end - span.start > 1
        and doc[k].text in POSSESSIVE
        and lower_word(doc[k - 1]) not in _POSSESSIVE_NOUNS
    )


def body_before_post(doc, span: RoleSpan, run_start: int, run_end: int, piece_start: int) -> bool:
    """A run of capitals ending in a post, set apart by commas from a person's name
    the recogniser reads right before it ("Jane Doe, NHS Westshire CEO, said") or
    right after it ("NHS Westshire Medical Director, Professor Jane Doe, said"): the
    post's holder is that person, and the words before the post name its body:
    two words or more (one word may be a kind, "Hospice Chief Executive", or open
    the post's own words), not ending in "and" ("Patient Voice and Engagement Lead"
    is one post), nor a name the recogniser reads as a person's;
    the post opens with a core word or a grade (`vocab/role_grade_words.txt`)."""
    body = doc[piece_start : span.start]
    if span.end != run_end or len(body) < 2 or body[-1].lower_ in {"and", "&", "of", "for"}:
        return False
    first = lower_word(doc[span.start])
    if first not in lx.ROLE_CORE and first not in _GRADE_WORDS:
        return False  # "Kelby Community Engagement Lead": the post may take the body's words
    if lower_word(body[-1]) in lx.ROLE_MODIFIERS:
        return False  # "Kelby Community Centre Manager": a word a post may open with before it
    if all(t.ent_type_ == "PERSON" for t in body):
        return False
    before = run_start >= 2 and doc[run_start - 1].text in {",", "("}
    if before and doc[run_start - 2].ent_type_ == "PERSON":
        return run_end >= len(doc) or doc[run_end].text in {",", ")", ";", "."}
    if run_end + 1 >= len(doc) or doc[run_end].text != ",":
        return False
    k = run_end + 1
    while k < len(doc) and is_style(doc, k, len(doc)):
        k += 1  # "Professor Sir Jane Doe"
    return k < len(doc) and doc[k].ent_type_ == "PERSON" and doc[k].ent_iob_ == "B"


def _names_next(doc, span: RoleSpan) -> bool:
    """Whether a colon or dash after a role leads to a capitalised word (a name)."""
    k = span.end
    return k + 1 < len(doc) and doc[k].text in {":", "–", "—"} and is_cap(doc[k + 1])


def _body_post_after_holder(doc, span: RoleSpan, piece_start: int) -> bool:
    """A post set off by commas after a person's name, with one word before it: the
    short name of the body it is held at, whatever the recogniser says ("Jane Doe,
    Fenby CEO, said"). Two words or more are `body_before_post`'s."""
    after = doc[span.end].text if span.end < len(doc) else ""
    if span.start - piece_start != 1 or piece_start < 2 or doc[piece_start - 1].text != ",":
        return False
    if after not in {",", ")", ";", "."} and after.lower() not in lx.SPEAKING_VERBS:
        return False
    return doc[piece_start - 2].ent_type_ == "PERSON" and is_cap(doc[piece_start])


def _after_persons_name(doc, span: RoleSpan, piece_start: int) -> bool:
    """The words before the title read as a person's name: two or three capitalised
    words, the recogniser's PERSON or no word of a body, a place or a field in
    them ("Westmoor Health Programme Manager" is not); and a comma, a bracket,
    a dash or the end of the line follows the title."""
    before = doc[piece_start : span.start]
    after = doc[span.end].text if span.end < len(doc) else ""
    if not 2 <= len(before) <= 3:
        return False
    if doc[span.start].ent_type_ == "PERSON" and doc[span.start].ent_iob_ == "I":
        return False  # the recogniser's name runs on into the title
    recognised = all(t.ent_type_ == "PERSON" for t in before) and before[0].ent_iob_ == "B"
    if after not in {",", "(", ""} | lx.DASHES:
        # "Jane Doe Deputy Director at Foo Trust said", "Jane Doe Chief Executive
        # said": a name the recogniser reads whole, then the title, then its body
        # or the verb of the sentence
        return recognised and _title_then_body_or_verb(doc, span.end)
    return recognised or looks_like_persons_name(before)


def _title_then_body_or_verb(doc, k: int) -> bool:
    """After a title at k: "at"/"of"/"for" and a capitalised word, or a verb."""
    if k >= len(doc):
        return False
    if doc[k].lower_ in {"at", "of", "for", "from"}:
        return k + 1 < len(doc) and is_cap(doc[k + 1])
    return doc[k].pos_ in {"VERB", "AUX"} and doc[k].is_lower


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
