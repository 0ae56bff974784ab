"""Titles in quotes, or named right after "report", "toolkit": of publications,
and of events when right after an event noun ("the workshop 'Food or Friends?'")."""

from __future__ import annotations

from spacy.tokens import Span

from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms, token_texts
from collabgraph.extract.mentions.tokens import is_cap

# opening quote -> the marks that close it (straight and curly quotes get mixed)
_QUOTES = {"“": {"”", '"'}, '"': {'"', "”"}, "‘": {"’", "'"}, "'": {"’", "'"}}
_TITLE_NOUNS = vocab.words("title_nouns")
_QUOTED_NOT_NAMES = vocab.words("quoted_not_names")
_TITLE_SMALL = vocab.words("title_small_words")
_REPORT_HEADS = vocab.words("head_report")
_PUBLISHING_VERBS = vocab.words("title_publishing_verbs")
_TYPE_NOUNS = vocab.table("type_nouns")
_FRAMES = vocab.words("name_frame_words")  # "a seminar entitled 'X'"
_PUBLICATION_NOUNS = _REPORT_HEADS | _TITLE_NOUNS
_EVENT_NOUNS = vocab.words("page_event_heads") | {n for n, k in _TYPE_NOUNS.items() if k == "Event"}
_LOOKED_AT = _TITLE_NOUNS | _EVENT_NOUNS
_OPENING_VERBS = _PUBLISHING_VERBS | vocab.words("title_opening_verbs")  # "endorsed Foo: Bar"
_LAUNCH_NOUNS = vocab.words("title_launch_nouns")  # "the launch of Foo: Bar"
_LAUNCH_LINKS = frozenset({"of", "for"})  # "the launch of", "the launch event for"
_OPENING_TITLES = _OPENING_VERBS | _LAUNCH_LINKS
UNTYPED = ""
"""The type given to a quoted name nothing around it calls a publication."""


def publication_titles(doc, sent: Span) -> list[tuple[int, int, str | None]]:
    """Titles of publications: quoted ("“Mind the Gap: ...”"), or unquoted with a
    subtitle after a colon where `_colon_title_start` says one may open (after a word
    like "report"/"toolkit": "the new toolkit, Care Together: A Practical Guide to
    Shared Care Records, produced ...", a verb of publishing, "the launch of", or
    opening the sentence); an event's title, quoted after an event noun or framed
    unquoted (`framed_title`), is typed "Event". The type is None for a quoted
    phrase that names nothing ("the theme was 'Working Together'"), and `UNTYPED`
    for a quoted name nothing around calls a publication (a song, a campaign, words
    someone said: "the 'Warm Welcome' campaign")."""
    out: list[tuple[int, int, str | None]] = []
    texts, lows = token_texts(doc), lower_forms(doc)
    i = sent.start
    while i < sent.end:
        if (
            texts[i] not in _QUOTES
            and texts[i] != "'"
            and lows[i] not in _LOOKED_AT
            and lows[i] not in _OPENING_TITLES
            and i != sent.start
        ):
            i += 1  # most words: no quote, nor a word a title follows, nor the first
            continue
        tok = doc[i]
        close = _QUOTES.get(tok.text)
        if tok.text == "'":
            glued = i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text[-1:].isalnum()
            spaced = tok.whitespace_ and not (i > sent.start and doc[i - 1].lower_ in _FRAMES)
            if spaced or glued:
                close = None  # "carers' groups": an apostrophe; not "entitled ' The River'"
        if close is not None:
            j = i + 1
            while j < sent.end and doc[j].text not in close and j - i < 40:
                j += 1
            if j < sent.end and doc[j].text in close and _event_title(doc, sent, i, j):
                out.append((i + 1, j, "Event"))  # "the first workshop 'Food or Friends?'"
                i = j + 1
                continue
            named = j < sent.end and doc[j].text in close and _appositive_report(doc, sent, i, j)
            named = named or (j < sent.end and _question_after_noun(doc, sent, i, j))
            if j < sent.end and doc[j].text in close and (named or _title_like(doc, i + 1, j)):
                phrase = any(t.lower_ in _QUOTED_NOT_NAMES for t in doc[max(sent.start, i - 4) : i])
                said = named or _said_to_be_published(doc, sent, i, j)
                kind = "Report" if said else UNTYPED
                out.append((i + 1, j, None if phrase else kind))
                i = j + 1
                continue
        low = tok.lower_
        k = _colon_title_start(doc, sent, i)
        if k is not None:
            j = _unquoted_end(doc, k, sent.end)
            # opening the sentence, a verb must follow: "Foo: Bar was written by"
            verb_after = j is not None and j < sent.end and doc[j].is_lower and doc[j].is_alpha
            if (
                j is not None
                and (k > i or verb_after)
                and _colon_title(doc, k, j)
                and _title_like(doc, k, j)
            ):
                out.append((k, j, "Report"))
                i = j
                continue
        framed = framed_title(doc, i, sent.end) if low in _EVENT_NOUNS else None
        if framed is not None:  # "a seminar entitled Working Together: Foo and Bar was held"
            out.append((*framed, "Event"))
            i = framed[1]
            continue
        i += 1
    return out


def framed_title(doc, noun: int, end: int) -> tuple[int, int] | None:
    """The title an event noun at token `noun` is given unquoted after a word that
    frames a name (vocab/name_frame_words.txt): "a seminar entitled Working Together:
    Foo and Bar was held", "the workshop, called Growing Kelby, ...": the title's
    (start, end); None when no capitalised title follows (a quoted one is read as quoted)."""
    k = noun + 1 + (noun + 1 < end and doc[noun + 1].text == ",")
    if k >= end or doc[k].lower_ not in _FRAMES:
        return None
    j = _unquoted_end(doc, k + 1, end)
    return (k + 1, j) if j is not None and _title_like(doc, k + 1, j) else None


def _colon_title_start(doc, sent: Span, i: int) -> int | None:
    """Where an unquoted title with a subtitle may open from token `i`: after a
    publication's noun ("the new toolkit, Care Together: A Guide to ..."), a verb of
    publishing ("endorsed Kelby Together: Our Plan 2030"), "the launch of" ("the
    launch of No Way Home: Ending Foo"), or at the sentence's start ("Left Out: Fenby
    Homes in Winter was written by ...", `publication_titles` checks a lower-case
    verb follows); None elsewhere."""
    low, end = doc[i].lower_, sent.end
    if i == sent.start and is_cap(doc[i]):
        return i
    if i + 2 >= end:
        return None
    if low in _TITLE_NOUNS:
        return i + 1 + (doc[i + 1].text in {",", ":"})
    if low in _OPENING_VERBS:
        return i + 1
    if low in _LAUNCH_LINKS and i > sent.start and doc[i - 1].lower_ in _LAUNCH_NOUNS:
        return i + 1
    return None


def _colon_title(doc, k: int, j: int) -> bool:
    """Whether the words k..j are a title and its subtitle: a colon with at least two
    words before it and a capitalised word and another after it ("Ageing at Home in
    Kelby: Views from Fenby"; not "Date: 5 June")."""
    colon = _colon_at(doc, k, j)
    if colon is None:
        return False
    before = [t for t in doc[k:colon] if t.is_alpha]
    after = [t for t in doc[colon + 1 : j] if t.is_alpha or t.like_num]
    return len(before) >= 2 and len(after) >= 2 and is_cap(doc[colon + 1])


def _colon_at(doc, k: int, j: int) -> int | None:
    """The first colon among tokens k..j, None if there is none."""
    return next((n for n in range(k, j) if doc[n].text == ":"), None)


def _unquoted_end(doc, k: int, end: int) -> int | None:
    """Where an unquoted title opening at token `k` ends: its capitalised words, and
    the small words, colons and numbers between them ("Care Together: A Practical
    Guide to Shared Care Records"); None when token `k` opens no title, or when the
    words before its colon (or all of it, with no colon) are a person's name."""
    if k >= end or not is_cap(doc[k]):
        return None
    j = k
    while j < end and (
        is_cap(doc[j]) or doc[j].lower_ in _TITLE_SMALL or doc[j].text[:1].isdigit()
    ):
        j += 1
    while j > k and doc[j - 1].lower_ in _TITLE_SMALL:
        j -= 1
    if doc[k].ent_type_ == "PERSON":  # "Ada Foss: ..." is no title; "Ageing at Home in Foo: ..."
        colon = _colon_at(doc, k, j)
        if colon is None or all(t.ent_type_ == "PERSON" for t in doc[k:colon]):
            return None
    return j


def _said_to_be_published(doc, sent: Span, open_quote: int, close_quote: int) -> bool:
    """A quoted name's own words or what is around it call it a publication: a
    report's noun in it ("Dalby Food Strategy 2030"), just before it ("its new
    strategy, 'X'") or right after it ("the 'X' report"), or a verb of publishing
    in the sentence ("published 'X'") with no other kind of thing named right
    after it ("launched its 'X' campaign" is no publication)."""
    own = {t.lower_ for t in doc[open_quote + 1 : close_quote]}
    if own & _PUBLICATION_NOUNS:
        return True  # "its draft 'Dalby Food Strategy 2030'"
    before = {t.lower_ for t in doc[max(sent.start, open_quote - 4) : open_quote]}
    after = doc[close_quote + 1] if close_quote + 1 < sent.end else None
    after_kind = _TYPE_NOUNS.get(after.lower_) if after is not None and after.is_lower else None
    if before & _PUBLICATION_NOUNS or after_kind == "Report":
        return True
    verbs = any(t.lower_ in _PUBLISHING_VERBS for t in doc[sent.start : sent.end])
    return after_kind is None and verbs


_SPEECH_ENDS = {".", ",", "!", "?", "…"}
_APPOSITION_ARTICLES = {"a", "an"}
_APPOSITION_GAP = 3  # adjectives between the article and the noun: "a major new report"


def _appositive_report(doc, sent: Span, open_quote: int, close_quote: int) -> bool:
    """A quoted title in sentence case that an apposition calls a publication:
    "published ‘Staying well’, a guide to ...", "following ‘Later life at work’, a
    review of ...": a short quotation (2 to 12 words, not ending as words said do,
    its first word capitalised) followed by ", a [adjectives] <report noun>" where
    the noun heads its phrase (no noun after it: "a report writer" is a person)."""
    words = [t for t in doc[open_quote + 1 : close_quote] if t.is_alpha]
    last = doc[close_quote - 1].text
    if not 2 <= len(words) <= 12 or (last in _SPEECH_ENDS and last != "?"):
        return False  # a question may be a title: "‘Where Next?’, a new report on ..."
    if not doc[open_quote + 1].text[:1].isupper():
        return False
    k = close_quote + 1
    if k + 2 >= sent.end or doc[k].text != "," or doc[k + 1].lower_ not in _APPOSITION_ARTICLES:
        return False
    for n in range(k + 2, min(k + 3 + _APPOSITION_GAP, sent.end)):
        tok = doc[n]
        if tok.lower_ in _PUBLICATION_NOUNS:
            after = doc[n + 1] if n + 1 < sent.end else None
            if after is not None and after.lower_ in _PUBLICATION_NOUNS:
                continue  # "a research report"
            return after is None or after.pos_ not in {"NOUN", "PROPN"}
        if not tok.is_alpha or tok.pos_ not in {"ADJ", "ADV", "NOUN"} or not tok.is_lower:
            return False
    return False


def _question_after_noun(doc, sent: Span, open_quote: int, close_quote: int) -> bool:
    """A quoted question right after a publication's noun (and a comma): "the report,
    ‘Who Cares?’, was written by ...": the question is the title."""
    if doc[close_quote - 1].text != "?" or not _title_like(doc, open_quote + 1, close_quote - 1):
        return False
    k = open_quote - 1 - (open_quote - 1 > sent.start and doc[open_quote - 1].text == ",")
    return k >= sent.start and doc[k].lower_ in _PUBLICATION_NOUNS


def _event_title(doc, sent: Span, open_quote: int, close_quote: int) -> bool:
    """A quoted title right after the event noun it names, or after that noun and a
    word that frames a name: "the first workshop 'Food or Friends?' was held",
    "a seminar, entitled 'The River or the Sea?'", a question too."""
    k = open_quote - 1
    if k > sent.start and doc[k].lower_ in _FRAMES:
        k -= 1 + (k - 1 > sent.start and doc[k - 1].text == ",")  # "the seminar, entitled"
    if k < sent.start or doc[k].lower_ not in _EVENT_NOUNS:
        return False
    end = close_quote - (doc[close_quote - 1].text == "?")
    return end > open_quote + 1 and _title_like(doc, open_quote + 1, end)


def _title_like(doc, start: int, end: int) -> bool:
    """Whether quoted words read as a title: 2 to 25 words, not ending as a sentence
    or a clause does (".", ",", "!", "?": words said), most of those that title case
    capitalises capitalised ("After the Summit on Housing, a Guide for Kelby":
    the small words of `vocab/title_small_words.txt` are not counted), and not
    mostly a person's name."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if doc[end - 1].text in _SPEECH_ENDS:
        return False  # “Joining the Foo Trust is an honour.”: words said, no title
    return (
        title_cased(words, lambda t: t.text[0].isupper())
        and sum(1 for t in words if t.ent_type_ == "PERSON") < len(words) / 2
    )


def title_cased(words: list, capitalised) -> bool:
    """Whether `words` (a title's word tokens) are as many as a title's, 2 to 25,
    and most of those title case capitalises (all but the small words of
    `vocab/title_small_words.txt`) are `capitalised`, 60% or more."""
    if not 2 <= len(words) <= 25:
        return False
    full = [t for t in words if t.lower_ not in _TITLE_SMALL] or words
    return sum(1 for t in full if capitalised(t)) >= 0.6 * len(full)
