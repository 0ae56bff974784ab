"""What the words around a name say of it: a body that receives money ("X has
been awarded £5,000"), a person's age and hometown, a speaker, a job that follows
"as", a programme run by a body ("X, run by Foo"), a body's parts ("the Threshold
board"), a body described before its name ("local charity the Friary").
Small predicates that `context_votes` turns into type votes; the kind a common
noun beside a name gives it is `kind_nouns`'s.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan
from collabgraph.extract.mentions.roles import role_at
from collabgraph.extract.mentions.tokens import (
    POSSESSIVE,
    hyphen_join,
    is_cap,
    lower_word,
)

_NOT_ALONE = vocab.words("role_not_alone")
_RECIPIENT_VERBS = vocab.words("recipient_verbs")
_RECIPIENT_NOUNS = vocab.words("recipient_nouns")
_AWARD_HEADS = vocab.words("name_award_heads")
_RUN_BY = vocab.words("by_verbs_programme")
_RUN_OR_GIVEN_BY = _RUN_BY | vocab.words("by_verbs_programme_given")
_BODY_PARTS = vocab.words("body_part_nouns")
_PLACE_OF = vocab.words("place_of_nouns")
_BODY_NOUNS = lx.ORG_DESCRIPTION_NOUNS - vocab.words("body_nouns_not_before_names")
_OWNED_BY = {"its", "their", "our", "the", "his", "her"}
_BEFORE_VERB = {"has", "have", "had", "been", "was", "were", "is", "are", "will", "also", "now"}


def receives_money(doc, m: Mention, sent) -> bool:
    """A name that receives a grant: "X has been awarded", "X received a grant",
    "a grant of £5,000 to X" (not a person: a person's name is never voted so)."""
    if m.start - 2 >= sent.start and doc[m.start - 1].lower_ == "in" and is_cap(doc[m.start - 2]):
        return False  # "Foo School in Kelby has been awarded": Kelby is where Foo School is
    k = m.end
    if k + 1 < sent.end and doc[k].lower_ == "in" and is_cap(doc[k + 1]):
        k += 1  # "Ashby Youth Project in Dalby has been awarded"
        while k < sent.end and is_cap(doc[k]):
            k += 1
    k = after_relative_clause(doc, k, sent.end)
    verb = k
    while verb < sent.end and doc[verb].lower_ in _BEFORE_VERB:
        verb += 1
    if verb < sent.end and doc[verb].lower_ in _RECIPIENT_VERBS:
        # money follows ("received a £5,000 grant"): not a person's award or a prize
        what = doc[verb + 1 : min(verb + 6, sent.end)]
        if any(_money(t) for t in what):
            return True
    j = m.start - 1
    while j >= sent.start and doc[j].lower_ in lx.ARTICLES:
        j -= 1
    if j < sent.start or doc[j].lower_ != "to":
        return False
    window = doc[max(sent.start, j - 8) : j]
    return any(_money(t) for t in window)


def _money(tok) -> bool:
    """A word that says money is given ("grant", "£", "an award of"), not a named
    prize: "won the Good Neighbour Award" is a person's as well as a body's
    (vocab/name_award_heads.txt)."""
    if tok.text == "£":
        return True
    return tok.lower_ in _RECIPIENT_NOUNS and not (tok.is_title and tok.lower_ in _AWARD_HEADS)


def after_relative_clause(doc, k: int, sent_end: int) -> int:
    """Where the sentence goes on after a clause set off by commas at token k, right
    after a name ("Kelbywatch, which links the town's groups, has been awarded";
    "Renewal CPR, who run a foodbank, were awarded"): the index after the closing
    comma, or k itself when no such clause opens there or none closes it."""
    if k + 1 >= sent_end or doc[k].text != "," or doc[k + 1].lower_ not in {"which", "who"}:
        return k
    for j in range(k + 2, sent_end):
        if doc[j].text == ",":
            return j + 1
    return k


def held_at(doc, noun: int, sent_start: int) -> bool:
    """'CEO of the trust, Jane Doe': the noun names where a job is held, so the
    name after the comma is the holder, not the noun's own name."""
    return any(
        lower_word(t) in lx.ROLE_CORE for t in doc[max(sent_start, noun - 4) : noun]
    ) and any(t.lower_ in {"of", "at", "for"} for t in doc[max(sent_start, noun - 3) : noun])


def age_after(doc, end: int, sent_end: int) -> bool:
    """An age right after the name: "Jane Doe (21) from Dalby", "Jane Doe, 34, of
    Dalby" (a number of one or two digits set off by brackets or commas)."""
    if end + 2 >= sent_end or (doc[end].text, doc[end + 2].text) not in {("(", ")"), (",", ",")}:
        return False
    age = doc[end + 1].text
    return age.isdigit() and len(age) <= 2 and int(age) >= 5


def hometown(doc, m: Mention, sent) -> bool:
    """'Jane Doe (21) from Dalby', 'Jane Doe, 34, of Dalby': where a person given
    an age is from, a place (not where she works: "Jane Doe from Foo Trust")."""
    k = m.start - 4
    return (
        k >= sent.start
        and doc[m.start - 1].lower_ in {"from", "of"}
        and age_after(doc, k, m.start)
        and head_kind(lower_word(doc[m.end - 1]))[0] is None
    )


def speaks(doc, end: int, sent_end: int) -> bool:
    """The name ending at `end` says something: "X said", or "X, Food Lead at
    Foo Trust, said" (what it is between commas, no verb in it)."""
    k = end
    if k < sent_end and doc[k].text == ",":
        close = next((j for j in range(k + 1, min(k + 12, sent_end)) if doc[j].text == ","), None)
        if close is None or any(t.pos_ in {"VERB", "AUX"} for t in doc[k + 1 : close]):
            return False
        k = close + 1
    return k < sent_end and doc[k].lower_ in lx.SPEAKING_VERBS


def opening_phrase(doc, noun: int, sent_start: int, name_end: int, sent_end: int) -> bool:
    """'At the conference, Jane Doe spoke': the noun ends a phrase that opens
    the sentence with a preposition and no verb, and the name after the comma
    runs on into the clause (no comma closes it), so it is the clause's
    subject, not the noun's own name ("At our gathering, Summer Makers Day, we
    ..." still names the gathering); brackets of lower-case words after the name
    ("At the event, Jane Doe (columnist at Foo) chaired") run on too."""
    opening = doc[sent_start : noun + 1]
    return (
        len(opening) > 1
        and opening[0].pos_ in {"ADP", "SCONJ"}
        and not any(t.pos_ in {"VERB", "AUX"} for t in opening)
        and name_end < sent_end
        and doc[name_end].text not in {",", "–", "—"}
        and not (doc[name_end].text == "(" and not _described(doc, name_end + 1, sent_end))
    )


def _described(doc, k: int, sent_end: int) -> bool:
    """Whether brackets opening before token k describe the name before them in
    lower-case words ("Jane Doe (columnist at the Foo Times) chaired"), as a
    person's post, not a short form or another name ("Summer Makers Day (SMD)")."""
    return k < sent_end and doc[k].is_lower


_BEFORE_ROLE = {"a", "an", "the", "its", "their", "our", "his", "her", "new", "interim", "acting"}


def role_follows(doc, i: int, end: int) -> bool:
    """A job a person holds starts at token i ("interim chief executive"), not a
    part an organisation plays ("partner", "member")."""
    while i < end and doc[i].lower_ in _BEFORE_ROLE:
        i += 1
    if i >= end or lower_word(doc[i]) not in lx.ROLE_WORDS:
        return False
    span = role_at(doc, i, end)
    return span is not None and lower_word(doc[span.end - 1]) not in _NOT_ALONE


def runs_by(doc, end: int, sent_end: int) -> bool:
    """'X, run by Foo', 'X is delivered by Foo': what is named before is run by someone;
    not by its own board ("X is run by a volunteer board of trustees": `_governed`)."""
    k = run_by_at(doc, end, sent_end, _RUN_BY, _BY_GAP_NARROW)
    return k is not None and not _governed(doc, k + 1, sent_end)


_GOVERNORS = vocab.words("governing_nouns")


def _governed(doc, k: int, sent_end: int) -> bool:
    """Whether the words from token k (after "by") name a body's own governors in
    lower case within four words ("a volunteer board of trustees", "its management
    committee"), not a named body ("Foo Board")."""
    for j in range(k, min(k + 4, sent_end)):
        if not doc[j].is_lower:
            return False
        if doc[j].lower_ in _GOVERNORS:
            return True
    return False


def run_by_body(doc, end: int, sent_end: int) -> bool:
    """'the Foo Fund is provided by Kelby Council', 'the Foo Fund (FF) has been made
    available by the Government': what is named before is run, given or provided by a
    body named after "by" (a capital after it), so it is that body's programme."""
    k = run_by_at(doc, end, sent_end, _RUN_OR_GIVEN_BY, _BY_GAP, brackets=True)
    if k is None:
        return False
    k += 1
    if k < sent_end and doc[k].lower_ == "the":
        k += 1
    return k < sent_end and is_cap(doc[k])


_BY_GAP_NARROW = {"is", "was", "are", "will", "be", "been", "being"}
_BY_GAP = _BY_GAP_NARROW | {"has", "have", "had", "now"}


def run_by_at(
    doc,
    end: int,
    sent_end: int,
    verbs: frozenset,
    gap: set,
    brackets: bool = False,
    relative: bool = True,
) -> int | None:
    """The index of "by" in 'X, run by', 'X is made available by' after a name
    ending at `end` (its letters in brackets read past when `brackets`, "which" or
    "that" when `relative`: "X, which is run by"), or None."""
    k = end
    if brackets and k < sent_end and doc[k].text == "(":
        close = next((j for j in range(k + 1, min(k + 4, sent_end)) if doc[j].text == ")"), None)
        if close is not None:
            k = close + 1  # "the Foo Fund (FF) is provided by"
    if k < sent_end and doc[k].text == ",":
        k += 1
    if relative and k < sent_end and doc[k].lower_ in {"which", "that"}:
        k += 1  # "the Foo Fund, which is managed by"
    while k < sent_end and doc[k].lower_ in gap:
        k += 1
    if k + 1 < sent_end and doc[k].lower_ == "made" and doc[k + 1].lower_ == "available":
        k += 1  # "made available by": the second word is the verb's
        word = "available"
        j = k + 1
    else:
        j = hyphen_join(doc, k) if k < sent_end else k
        word = "".join(lower_forms(doc)[k:j])
    if j < sent_end and word in verbs and doc[j].lower_ == "by":
        return j
    return None


def determined(doc, role: RoleSpan, sent) -> bool:
    """'its new chair', "the trust's chief executive": a post named as a noun
    with its owner, so the name after the comma holds it."""
    k = role.start - 1
    while k >= sent.start and doc[k].lower_ in {"new", "incoming", "interim", "acting"}:
        k -= 1
    return k >= sent.start and (doc[k].lower_ in _OWNED_BY or doc[k].text in POSSESSIVE)


def job_before(doc, m: Mention, sent, role_ends) -> bool:
    """A job word, then "of" or "at", right before the name ("was director of X",
    "chief executive at the X"), where no other rule voted for it; not
    a name that qualifies what follows ("director of X-based Foo", "of X's ...")."""
    if m.attributive or (m.end < sent.end and doc[m.end].text in {"-", "‐", *POSSESSIVE}):
        return False
    k = m.start - 1
    the = k > sent.start and doc[k].lower_ == "the"
    if the:
        k -= 1  # "Chief Executive of the Tenants Forum": no vote was given past "the"
    if k - 1 < sent.start or doc[k].lower_ not in {"of", "at"}:
        return False
    if k in role_ends:
        return the
    return lower_word(doc[k - 1]) in lx.ROLE_CORE and not is_cap(doc[k - 1])


def body_part_after(doc, m: Mention, sent) -> bool:
    """'the Threshold board', "Threshold's trustees": a lower-case noun only a body has."""
    k = m.end
    if k < sent.end and doc[k].text in POSSESSIVE:
        k += 1
    return k < sent.end and doc[k].lower_ in _BODY_PARTS and not is_cap(doc[k])


def place_of(doc, m: Mention, sent) -> bool:
    """'the district of Craven', "residents of Dalby": a noun for a place or its
    people, then "of", right before the name."""
    k = m.start - 1
    return k - 1 >= sent.start and doc[k].lower_ == "of" and doc[k - 1].lower_ in _PLACE_OF


def described_as_body(doc, m: Mention, sent) -> bool:
    """'local charity the Friary', "community interest company Foo Together": a noun
    saying what kind of body, in lower case right before the name ("the" between
    or not); not before a person's name the recogniser reads ("the charity Jane
    Doe founded")."""
    k = m.start - 1
    if k > sent.start and doc[k].lower_ == "the":
        k -= 1
    return (
        k >= sent.start
        and doc[k].is_lower
        and doc[k].lower_ in _BODY_NOUNS
        and not m.title
        and not all(t.ent_type_ == "PERSON" for t in doc[m.start : m.end])
    )
