"""Letters in brackets after a name, for `finder`: "Mid Vale Hospital Services NHS
Trust (MVHT)", "(UoK)", "(KH TDA)": the same body as the name before (and a body,
when a word inside the name is a body's or a venue's); "Ragas Nowydh (Renewal
Project)": a name and, in brackets, what it is called in English.
"""

from __future__ import annotations

from collabgraph.extract.mentions.acronyms import CONNECTORS, acronym_of
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.tokens import lower_word


def acronyms_in_brackets(doc, mentions: list[Mention]) -> None:
    """'Mid Vale Hospital Services NHS Trust (MVHT)': the capitals in brackets
    are the name just before, when they start with its first letter."""
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        short = by_start.get(m.end + 1)
        if (
            short is None
            or doc[m.end].text != "("
            or short.end >= len(doc)
            or doc[short.end].text != ")"
            or not (
                _one_word_letters(short.text, m.text)
                if short.end - short.start == 1
                else _letter_groups(doc[short.start : short.end], m.text)  # "(KH CB)"
            )
            or short.text[0] != m.text[:1].upper()
        ):
            if _gloss_of(doc, m, short):
                short.same_as = m.id  # "Ragas Nowydh (Renewal Project)"
                m.votes[head_kind(lower_word(doc[short.end - 1]))[0]] += 3
            continue
        short.same_as = m.id
        if m.votes["Person"] > m.votes["Organisation"] and any(
            head_kind(lower_word(t))[0] in {"Organisation", "Place"}
            for t in doc[m.start : m.end - 1]
        ):  # "Volunteer Centre Kelby (VCK)": a body going by its letters, whatever the
            # recogniser read it as, when a word inside it is a body's or a venue's
            m.votes["Organisation"] += m.votes["Person"] + 1
        if head_kind(lower_word(doc[m.end - 1]))[0] in {"Event", "Project", "Report"}:
            short.votes.clear()  # "Spring Summit (SS)": the recogniser reads letters as a body


def _one_word_letters(short: str, name: str) -> bool:
    """'(MVHT)', '(UoK)': one word of letters in brackets after a name."""
    return (short.isupper() and 2 <= len(short) <= 8) or acronym_of(short, name.split())


def _letter_groups(span, name: str) -> bool:
    """'Kelby Housing Trust Development Agency (KH TDA)', 'NHS Westshire Care
    Board (NHS WCB)': two or three groups of capitals in brackets whose letters
    are the initials of the name before them, a word in capitals giving all its
    letters."""
    letters = "".join(t.text for t in span)
    words = name.split()
    whole = "".join(w if w.isupper() else w[0] for w in words if w.lower() not in CONNECTORS)
    return (
        2 <= len(span) <= 3
        and all(t.is_alpha and t.text.isupper() for t in span)
        and 3 <= len(letters) <= 8
        and (letters == whole.upper() or acronym_of(letters, words))
    )


def _gloss_of(doc, m: Mention, gloss: Mention | None) -> bool:
    """'Ragas Nowydh (Renewal Project)': a name with no head word of its own and
    no sign of a person's, then in brackets what it is called in English, a
    project's, report's or event's name ("Ann Bell (Dalby Youth Project)" is not)."""
    if gloss is None or doc[m.end].text != "(" or gloss.end >= len(doc):
        return False
    kind, weight = head_kind(lower_word(doc[gloss.end - 1]))
    return (
        doc[gloss.end].text == ")"
        and gloss.end - gloss.start >= 2
        and kind in {"Project", "Report", "Event"}
        and weight >= 3
        and head_kind(lower_word(doc[m.end - 1]))[0] is None
        and not m.title
        and m.ner is None
        and not m.votes.get("Person")
    )
