"""Who works with someone, when the verb of working together has no name for its
subject: the person or body a pronoun is ("we are liaising with X", "she will
work closely with X"), the body a definite noun stands for ("The café has since
worked with X", "the partnership has also teamed up with X": the body last named
with that word), or the "we" a gerund subject helps ("Working alongside X means
we ..."). Read by `collaboration`.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract.mentions.tokens import SUBJECT_DEPS
from collabgraph.extract.rules.help_givers import PEOPLE_OF_BODIES
from collabgraph.extract.rules.reader import SentenceReader

_SUBJECT_PRONOUNS = frozenset({"he", "she", "i", "we"})
_DEFINITE = lx.DEFINITE | {"this"}
_ADVERBS = frozenset({"closely", "together", "also", "now"})
_PARTIES = frozenset({"Person", "Organisation"})
_PRONOUN_REACH = 4  # "we have also worked closely with": tokens at most from "we" to the verb


def pronoun_subjects(reader: SentenceReader, i: int) -> list:
    """ "I have worked with X", "we are liaising with X", "our relationships with X",
    "she will work closely with X": the speaker or author, the organisation "we" is,
    or the person "he"/"she" refers to. "we" is read here as well as by the sentence
    reader (rules/voice.py): in a quotation opened in the same sentence ('X said: “In
    the coming year we will work closely with Y”') only this reading finds X's body."""
    for k in range(i - 1, max(reader.sent.start, i - 5) - 1, -1):
        if reader.words[k] in {"he", "she"} and not reader.in_quote(k):
            person = reader.pronoun_person()  # "He will work closely with X"
            return [person] if person is not None else []
        if reader.words[k] == "i":
            person = reader.i_person(k)
            return [person] if person is not None else []
        if reader.words[k] in {"we", "our", "us"}:  # "through our relationships with X"
            org = reader.we_org(k)
            if org is None and not reader.in_quote(k):  # the page's body, named further on
                return [reader.page_body_at(k)]
            return [reader.ctx.mentions[org]] if org is not None else []
    return []


def pronoun_subject_of(reader: SentenceReader, i: int) -> list:
    """ "He was an adviser to the Foo Commission and worked closely with B": when
    the verb at token i (or the verb it is joined to by "and") has a pronoun for
    its subject, who the pronoun is (not the name nearest before the verb)."""
    verb = reader.doc[i]
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.lower_ not in _SUBJECT_PRONOUNS:
        return []
    return pronoun_subjects(reader, subject.i + 1)


def parse_subjects(reader: SentenceReader, i: int, read_back: list) -> list:
    """Who the verb of working together at token i is said of, by the parse: its
    subject's names (with their conjuncts), climbing from a verb joined by "and" to
    the first ("Foo is a member of Bar and works closely with B": Foo, not Bar), past
    an appositive ("Foo, the charity of Bar, has teamed up with B": Foo). Those
    read back from the verb (`read_back`, `subjects_before`) when the parse names none of them or
    agrees with them; the parse's when it names others; none when the subject is a
    pronoun right before the verb (`pronoun_subject_of` reads who it is)."""
    if pronoun_led(reader, i):
        return []  # "I sit on the Foo Partnership, and I work closely with B": who "I" is
    parsed = clause_subjects(reader, i)
    if not parsed or any(m in parsed for m in read_back):
        return read_back
    return parsed


def pronoun_led(reader: SentenceReader, i: int) -> bool:
    """Whether the verb at token i has "I", "we", "he" or "she" for its own subject in
    the parse, right before it (a few auxiliaries and adverbs between)."""
    verb = reader.doc[i]
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None
        and subject.lower_ in _SUBJECT_PRONOUNS
        and reader.sent.start <= subject.i < i
        and i - subject.i <= _PRONOUN_REACH
    )


def work_owner(reader: SentenceReader, i: int) -> list:
    """ "the trust's work with A", "Foo's work with A": whose the noun of working
    together at token i is, by its possessive in the parse: a name, or the body last
    named with a definite noun's word ("the trust"); [] otherwise (no possessive;
    "its", "our" are read elsewhere; "her" is left: the last person spoken of is
    too often not hers)."""
    noun = reader.doc[i]
    if noun.pos_ != "NOUN":
        return []
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not reader.sent.start <= owner.i < i:
        return []
    named = reader.named_by([owner], _PARTIES)
    if named:
        return named
    word = owner.lower_
    if word not in lx.ORG_HEADS and word not in lx.EXTRA_ORG_HEADS:
        return []
    if not any(c.lower_ == "the" for c in owner.children):
        return []
    body = reader.ctx.recent_with_word(word, "Organisation")
    if body is None or (body in reader.ms and body.start > owner.i):
        return []  # "the trust's work with Foo NHS Trust": not the trust named after
    return [body]


def clause_subjects(reader: SentenceReader, i: int) -> list:
    """The names (a person or body, and those listed with it) that the parse gives as
    the active subject of the verb at token i, past verbs joined by "and"; [] when
    the token is no verb, or its subject no name or after it."""
    verb = reader.doc[i]
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not reader.sent.start <= subject.i < i:
        return []
    return reader.named_by([subject], _PARTIES)


def definite_subject(reader: SentenceReader, i: int) -> list:
    """ "The café has since worked with B", "The partnership has also teamed up
    with B": the organisation last named with the subject's head word (the verb at
    token i's subject, or the subject of the verb it is joined to by "and"), read
    from the parse; else "the hub works with B" read by its words before the verb;
    [] when neither is a body."""
    verb = reader.doc[i]
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is not None and subject.pos_ == "NOUN" and reader.sent.start <= subject.i < i:
        det = next((c for c in subject.children if c.dep_ in {"det", "poss"}), None)
        noun = subject.lower_
        if (
            det is not None
            and det.lower_ in _DEFINITE
            and (noun in lx.ORG_HEADS or noun in lx.EXTRA_ORG_HEADS)
        ):
            body = reader.ctx.recent_with_word(noun, "Organisation")
            if body is not None:
                return [body]
    if i < 2:
        return []
    start = i - 2 if reader.words[i - 1] in _ADVERBS else i - 1
    definite = reader.definite_org(start - 1) if start >= 1 else None
    return [definite] if definite is not None else []


def definite_noun_subject(reader: SentenceReader, i: int) -> list:
    """ "The Trust is also working with B", "said the charity had worked with B",
    "The café is part of Bar and works closely with B": the verb at token i (or the
    one it is joined to by "and") has for its subject "the" and a body's noun outside
    any name; the body last named with that word, else the body of the person
    whose words the clause is ("Jo Tern, manager of Foo, said the charity had worked
    with B": Foo); [] when its subject is no such noun, or no body is found."""
    verb = reader.doc[i]
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    while (
        verb.dep_ == "conj"
        and verb.head.i < verb.i
        and not any(c.dep_ == "nsubj" for c in verb.children)
    ):
        verb = verb.head  # "Rent is up, and the club received": the club, its own subject
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or not reader.sent.start < subject.i < i
        or subject.i in reader.covering
        or subject.pos_ not in {"NOUN", "PROPN"}
        or subject.lower_ not in lx.BODY_NOUNS
        or subject.left_edge.i != subject.i - 1
        or reader.words[subject.i - 1] not in {"the", "this"}
    ):
        return []
    body = reader.definite_org(subject.i - 1) or _speaker_body(reader, verb)
    return [body] if body is not None else []


def _speaker_body(reader: SentenceReader, verb):
    """The body the person saying the clause of `verb` works for ("Jo Tern said the
    charity had ..."); None when the clause is no one's words, or theirs has no body."""
    if verb.dep_ != "ccomp" or verb.head.lower_ not in lx.SPEAKING_VERBS:
        return None
    said_by = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    person = reader.covering.get(said_by.i) if said_by is not None else None
    if person is None or reader.kind(person) != "Person":
        return None
    body = reader.ctx.works_at(person.id)
    return reader.ctx.mentions[body] if body is not None else None


_SET_OFF = frozenset({"working", "collaborating", "liaising", "partnering", "teaming"})
_OPENING_GAP = 2  # "1. Kelby Trust", "- Kelby Trust": tokens at most before the line's name


def set_off_doer(reader: SentenceReader, i: int) -> list:
    """ "Kelby Trust, £9,000 — advice sessions, working with B", "Fenby Support will
    train volunteers, working alongside B": the name the sentence or list line opens
    with does the work a participle set off by a comma at token i tells of, when no
    other person or body is named between them; [] otherwise."""
    words = reader.words
    if i - 1 <= reader.sent.start or words[i - 1] != "," or words[i] not in _SET_OFF:
        return []
    named = [m for m in reader.ms if m.end <= i and reader.kind(m) in _PARTIES]
    if len(named) != 1 or named[0].start - reader.sent.start > _OPENING_GAP:
        return []
    if any(m.start < named[0].start for m in reader.ms):
        return []  # "In Orton, Foo ...": the sentence opens with another name
    return named


def participle_doers(reader: SentenceReader, i: int) -> list:
    """ "Foo staff will be based on the wards, working alongside B", "we deliver the
    service under contract to Bar, working alongside B", "Our youth team will be at
    the fair, working with B": a participle set off by a comma at token i is done by
    the subject the parse gives the clause it hangs on: its names, the body named
    before a people noun ("Foo staff", `help_givers.PEOPLE_OF_BODIES`), the name set
    off after it ("Our caseworker, Jane Doe,"), or the body "we" or "our" is; not the
    name nearest before the comma (Bar); [] otherwise."""
    tok = reader.doc[i]
    if reader.words[i - 1] != "," or reader.words[i] not in _SET_OFF or tok.dep_ != "advcl":
        return []
    verb = tok.head
    while verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or not reader.sent.start <= subject.i < i or verb.i > i:
        return []
    if subject.lower_ == "we":
        return pronoun_subjects(reader, subject.i + 1)
    apposed = [c for c in subject.children if c.dep_ == "appos"]  # "Our caseworker, Jane Doe,"
    named = reader.named_by([subject, *apposed], _PARTIES)
    if named or subject.pos_ not in {"NOUN", "PROPN"}:
        return named
    owner = next((c for c in subject.children if c.dep_ in {"poss", "compound"}), None)
    if owner is not None and owner.lower_ == "our":  # "our youth team", "our Foo service"
        return pronoun_subjects(reader, owner.i + 1)
    if owner is not None and subject.lower_ in PEOPLE_OF_BODIES:  # "Foo staff", "Foo's team"
        return reader.named_by([owner], {"Organisation"})
    return []


def gerund_doers(reader: SentenceReader, k: int) -> list:
    """ "Working alongside A means we see ...", "Working with A has helped us reach
    ...": a working verb that is itself the subject of the sentence names no doer;
    the body its "we", "us" or "our" after token k is (the speaker's in a quote, else
    the page's own); [] when none follows (nobody is said to do the work)."""
    for j in range(k, reader.sent.end):
        if reader.words[j] in {"we", "us", "our"}:
            return pronoun_subjects(reader, j + 1)
    return []


def possessor_body(reader: SentenceReader, k: int):
    """The body an "its" at token k stands for, read from the parse: the named
    organisation that is the subject of the clause holding it ("Foo gave us a van;
    Bar gave us a van through its Kelby Wheels scheme" -> Bar, not Foo); None
    when that subject is no body's name or stands after the "its"."""
    verb = reader.doc[k]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        verb = verb.head  # "Foo met and gave ... its": the subject of the first verb
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if verb.pos_ not in {"VERB", "AUX"} or subject is None:
        return None
    found = reader.named_by([subject], {"Organisation"})
    bodies = [m for m in found if m.end <= k]
    return bodies[-1] if bodies else None


__all__ = [
    "clause_subjects",
    "definite_noun_subject",
    "definite_subject",
    "gerund_doers",
    "parse_subjects",
    "participle_doers",
    "possessor_body",
    "pronoun_led",
    "pronoun_subject_of",
    "pronoun_subjects",
    "set_off_doer",
    "work_owner",
]
