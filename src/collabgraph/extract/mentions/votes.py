"""Votes for a mention's type from the recogniser, from the words of the name
("... Council", "Age ... UK", "London Borough of ...") and from what the graph
already holds. The words around a name vote in `context_votes`.
"""

from __future__ import annotations

from collections import Counter

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.extract.mentions.common_words import is_common_word
from collabgraph.extract.mentions.given_names import is_given_name, usual_given_name
from collabgraph.extract.mentions.head_of_names import HEADS_BEFORE_OF
from collabgraph.extract.mentions.heads import head_kind, newspaper_title
from collabgraph.extract.mentions.mention import Mention
from collabgraph.extract.mentions.person_shape import trade_word
from collabgraph.extract.mentions.shape import ranked_name
from collabgraph.extract.mentions.tokens import is_ordinal, lower_text, lower_word
from collabgraph.extract.mentions.town_shapes import TOWN_SHAPE_VOTES, town_shaped
from collabgraph.model.names import is_generic_occasion

_LEGAL_FORMS = vocab.words("legal_endings") | vocab.words("name_public_body_forms")
_NATIONS = vocab.words("name_nations")
_PLACE_BODY_HEADS = vocab.words("place_body_heads")
_BODY_FIRST_WORDS = vocab.words("name_body_first_words")
_BODY_OPENERS_OF = vocab.words("name_body_openers_of")
_PLACE_OPENERS_OF = vocab.words("place_openers_of")
_DIRECTIONS = vocab.words("place_directions")
_TIME_SPANS = vocab.words("time_span_nouns")
_SITE_HEADS = vocab.words("head_site")
_STREET_HEADS = vocab.words("place_street_heads")
_RECURRING = vocab.words("name_recurring_words")
_DATED_NOT_OCCASIONS = vocab.words("dated_not_occasion_heads")
_BODY_LAST_WORDS = vocab.words("body_name_last_words")
_SMALL_WORDS = vocab.words("title_small_words")
EVENT_SHORT_FORMS = {v.lower() for v in vocab.table("event_abbreviations").values()}
"""Short forms of kinds of occasion, lower case ("agm"): `vocab/event_abbreviations.txt`."""


_OCCASION_MISREADS = {"WORK_OF_ART", "FAC", "GPE", "LOC"}
"""What the recogniser reads a name ending in an event's word as, that it is not."""
_NER_WEIGHTS = {"PERSON": ("Person", 2), "ORG": ("Organisation", 2), "GPE": ("Place", 3),
                "LOC": ("Place", 3), "FAC": ("Place", 1), "EVENT": ("Event", 2),
                "WORK_OF_ART": ("Report", 1), "LAW": ("Report", 1), "NORP": (None, 0),
                "PRODUCT": ("Project", 1)}  # fmt: skip
"""The type a recogniser's label votes for, and how strongly."""


def ner_votes(doc, start: int, end: int) -> tuple[str | None, Counter]:
    votes: Counter = Counter()
    labels = [t.ent_type_ for t in doc[start:end] if t.ent_type_]
    if not labels:
        return None, votes
    label, count = Counter(labels).most_common(1)[0]
    if count * 2 < (end - start) or (label in {"GPE", "LOC", "PERSON"} and count < end - start):
        return label, votes
    if label != "PERSON" and _entity_began_before(doc, start):
        return label, votes  # the recogniser read a longer name: "St Aidan's Emma Lowe"
    if label == "PERSON" and (
        head_kind(lower_word(doc[end - 1]))[0] is not None
        or (end - start > 2 and lower_text(doc[end - 2 : end].text) in lx.EVENT_COMPOUND_HEADS)
    ):
        return label, votes  # "Youth Forum", "Kelby Fun Run": no person's name ends so
    if label in {"GPE", "LOC"} and lower_word(doc[end - 1]) in lx.CLUB_HEADS:
        return label, votes  # "Kelby Sea Cadets": no place is named for its members
    if label == "EVENT" and head_kind(lower_word(doc[end - 1]))[0] not in {None, "Event"}:
        return label, votes  # "Foo Day Centre", "Foo Festival Trust": no event's name ends so
    if label in _OCCASION_MISREADS and head_kind(lower_word(doc[end - 1]))[0] == "Event":
        return label, votes  # "another Lantern Carnival", "the Carol Concert": an occasion
    if label == "ORG" and _occasion_not_body(doc, start, end):
        return label, votes  # "joined the Peace Walk": an occasion, no body's word in it
    if label == "EVENT" and lower_word(doc[end - 1]) in _TIME_SPANS:
        return label, votes  # "the Christmas Period", "the Summer Term": a span of time
    if label == "PERSON" and end - start == 1 and _letters(doc[start].text):
        label = "ORG"  # "KRTH's research": letters are a body's, not a person's name
    if label == "PERSON" and (unpersoned := no_persons_name(doc, start, end)):
        if unpersoned == "words":
            return label, votes  # "Kelby Community Transport": the name's words type it
        label = "ORG"  # "Fenby Leisure", "Fenby Good Neighbours": a field, a plural
    weight = _NER_WEIGHTS.get(label, (None, 0))
    if weight[0]:
        votes[weight[0]] += weight[1]
    return label, votes


def _occasion_not_body(doc, start: int, end: int) -> bool:
    """Whether doc[start:end], two words or more, ends in an event's word ("... Walk",
    "... Fair") and has no word of a body's name before it ("Peace Walk", not "Fenby
    Walk Trust" nor "Kelby Choir Concert"): an occasion the recogniser reads as a body."""
    lows = [lower_word(t) for t in doc[start:end]]
    if len(lows) < 2 or head_kind(lows[-1])[0] != "Event":
        return False
    return not any(w in lx.ANY_ORG_HEADS or w in lx.STRONG_ORG_HEADS for w in lows[:-1])


def no_persons_name(doc, start: int, end: int) -> str | None:
    """A name the recogniser reads as a person's that no person bears: two to four
    capitalised words, the first no usual given name, and after it a word of a
    body, a place or a field of work ("Kelby Community Transport", "Fenby Valley
    Radio") or, last, the plural of an everyday noun ("Fenby Good Neighbours",
    "Kelby Young Carers", "Orton Events"). A usual given name first ("Jo Green") or
    a given name last keeps the person. "words" when a head word of the name says
    what it is (it votes then), "field" for a field of work's word, "plural" for the
    plural noun, else None."""
    words = doc[start:end]
    if not 2 <= len(words) <= 4 or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return None
    if usual_given_name(words[0].text) or is_given_name(words[-1].text):
        return None
    lows = [lower_word(t) for t in words[1:]]
    if any(head_kind(w)[0] for w in lows):
        return "words"
    if any(w in lx.DOMAIN_WORDS for w in lows):
        return "field"  # "Fenby Leisure", "Kelby Community Transport": a body
    last = lows[-1]
    plural = last.endswith("s") and not last.endswith("ss")
    return "plural" if plural and trade_word(last) else None


def _letters(word: str) -> bool:
    """A word of three capital letters or more ("KRTH", "KVA"): letters, which
    the recogniser may read as a person's name, never are one."""
    return len(word) >= 3 and word.isalpha() and word.isupper()


def _entity_began_before(doc, start: int) -> bool:
    """The recogniser's entity at `start` began before it, at more than "the",
    and not just before "and" or a comma (a list it read as one name)."""
    if start > 0 and doc[start - 1].lower_ in {"and", "&", ","}:
        return False
    k = start
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1
    return any(w not in lx.ARTICLES for w in lower_forms(doc)[k:start])


def name_head(words: list[str]) -> tuple[str | None, int]:
    """The type a name's head word suggests, and how strongly: its last word
    ("... Council"), two last words ("... Medical Centre", "... Leisure Centre"), or the word before
    "of"/"for" ("Department for Digital, Culture, Media and Sport", "House of X"), or
    an event's noun before its subject ("Summit on Rural Transport")."""
    last_two = " ".join(words[-2:])
    if last_two in lx.ORG_COMPOUND_HEADS:
        return "Organisation", 3
    if last_two in lx.EVENT_COMPOUND_HEADS:
        return "Event", 3
    if last_two in lx.VENUE_COMPOUND_HEADS:
        return "Place", 3  # "Kelby Leisure Centre": a venue, though "Centre" ends bodies too
    on = next((n for n, w in enumerate(words) if w == "on"), 0)
    if on and words[on - 1] in lx.EVENT_TOPIC_NAME_HEADS and len(words) - on <= 4:
        return "Event", 3  # "Fenby People's Assembly on Housing": the noun before "on"
    first = next((n for n, w in enumerate(words) if w in {"of", "for"}), 0) if len(words) > 2 else 0
    if words[-1] in _SITE_HEADS and not (first and head_kind(words[first - 1])[0]):
        return "Place", 3  # "Dalby General Hospital": a site (not "Dalby Group of Hospital")
    kind, weight = head_kind(words[-1])
    if kind is None and first:
        kind, weight = head_kind(words[first - 1])
        if words[first - 1] in _SITE_HEADS:
            kind, weight = "Place", 3  # "University Hospital of Dalby"
        if words[first - 1] in _PLACE_BODY_HEADS and (first > 1 or kind is not None):
            kind, weight = "Organisation", 3  # "London Borough of Dalby": the council
        elif words[first - 1] in _PLACE_BODY_HEADS:
            kind, weight = "Place", 2  # "City of Dalby", "the Borough of Dalby": the area
        elif first == 1 and words[0] in _PLACE_OPENERS_OF:
            kind, weight = "Place", 3  # "Isle of Dalby", "Vale of Fenby"
    return kind, weight


def body_last_word_name(words: list[str]) -> bool:
    """'kelby larder', 'orton central pcn', 'kelby gazette' (lower case): two words
    or more ending in a body's last word that is no surname
    (`vocab/body_name_last_words.txt`) or a newspaper's, a name before it (not
    "unpaid carers"), no given name first ("rachel link") and no small word
    ("listening to carers": a title)."""
    return (
        len(words) > 1
        and (words[-1] in _BODY_LAST_WORDS or newspaper_title(words, first=False))
        and not is_given_name(words[0])
        and not _SMALL_WORDS.intersection(words)
        and not all(is_common_word(w) for w in words[:-1])
    )


def name_votes(words: list[str]) -> Counter:
    votes: Counter = Counter()
    if not words:
        return votes
    kind, weight = name_head(words)
    # "Foo CIC", "NHS Dalby": a legal form or a public body's letters; not in the
    # name of a body's report, event or programme ("NHS Long Term Plan")
    owned = kind in {"Event", "Project", "Report"} and weight >= 3
    if any(w in _LEGAL_FORMS for w in words) and not (owned and words[-1] not in _LEGAL_FORMS):
        votes["Organisation"] += 5
    if kind and (len(words) > 1 or words[-1].isupper()):
        votes[kind] += weight
    # "Healthwatch Dalby", "NHS Westmoor": a body's word first, then where it is
    # (not "NHS Long Term Plan", "NHS Expo": a body's report or event)
    if len(words) > 1 and words[0] in _BODY_FIRST_WORDS and kind in {None, "Organisation", "Place"}:
        votes["Organisation"] += 3
    # "Friends of Beeford Park": the park's friends, a body
    if len(words) > 2 and words[0] in _BODY_OPENERS_OF and words[1] == "of":
        votes["Organisation"] += 4
    # "Kelby Chamber of Commerce": a body's head word before "of" (head_of_names.py)
    if any(words[k] in HEADS_BEFORE_OF and words[k + 1] == "of" for k in range(len(words) - 2)):
        votes["Organisation"] += 3
    # "Carers Voice UK", "Youth Sport Wales": a body named for a nation (not "Mid Wales")
    if len(words) > 1 and words[-1] in _NATIONS and words[0] not in _DIRECTIONS:
        votes["Organisation"] += 4
    # "the Dalby Trust AGM": an event by its short form
    if len(words) > 1 and words[-1] in EVENT_SHORT_FORMS:
        votes["Event"] += 3
    # "Kindness Week", "Fenby Volunteering Day": a day or week kept for a cause, which
    # the recogniser reads as a body ("Day Centre" ends in another word)
    if len(words) > 1 and words[-1] in lx.OBSERVANCE_HEADS and kind == "Event":
        votes["Event"] += 2
    # "Annual General Meeting", "Spring Conference": only the kind of an occasion
    # (the recogniser reads such capitals as a body or a date)
    if len(words) > 1 and kind == "Event" and is_generic_occasion(" ".join(words)):
        votes["Event"] += 3
    # "Duchess of Dalby", "Earl of Westshire": a title of rank and its territory
    # name one person (the recogniser reads a place or a body in it)
    if ranked_name(words) and kind is None:
        votes["Person"] += 4
    # "Kelby Larder", "Orton Central PCN", "Kelby Gazette": a body's last word that
    # is no surname (the recogniser reads a person named Larder)
    if kind is None and body_last_word_name(words):
        votes["Organisation"] += 3
    # "Mill Lane", "Hill End Road": a street, which the recogniser may read as a
    # person named Lane (not "Penny Lane", which opens with a given name)
    if len(words) > 1 and words[-1] in _STREET_HEADS and not is_given_name(words[0]):
        votes["Place"] += 3
    # "Brindle Vale", "Harbury Fields": a town's or district's name by its words
    if town_shaped(words):
        votes["Place"] += TOWN_SHAPE_VOTES
    if len(words) > 1 and words[0] in {"launch"} and "of" in words:
        votes["Event"] += 3
    # "18th Annual Foo Show": an ordinal counting the years an occasion has been held
    if len(words) > 2 and is_ordinal(words[0]) and words[1].lower() == "annual" and kind is None:
        votes["Event"] += 3
    return votes


def recurring_occasion(texts: list[str]) -> bool:
    """ "the Annual Village Fair", "our Annual KYA": a name with a word saying it
    comes round every year (`vocab/name_recurring_words.txt`) before an event's
    head word or an occasion's letters, is an occasion's (not "Annual Report",
    "Annual Fund", nor a name cut short: "Annual Social Prescribing Link")."""
    words = [lower_text(t) for t in texts]
    if len(words) < 2 or not _RECURRING & set(words[:-1]):
        return False
    kind = name_head(words)[0]
    return kind == "Event" or (kind is None and _letters(texts[-1]) and len(texts[-1]) <= 5)


def dated_occasion(head: str) -> bool:
    """ "Stronger Futures 2031": a name closed by a year (`head` the lower-case word
    before the year) is an occasion's, unless its head says what else it is: a
    body's, a programme's or a report's strong head
    ("Rural Youth Project 2031"), a law, one prize or grant, a publication's weak
    head ("Foo Act 2031", "Kelby Quality Award 2031", "Residents Survey 2031":
    `vocab/dated_not_occasion_heads.txt`, `vocab/head_report.txt`)."""
    if head in _DATED_NOT_OCCASIONS or head in lx.REPORT_HEADS:
        return False
    kind, weight = head_kind(head)
    return kind in {None, "Event"} or weight < 3


def known_votes(mentions: list[Mention], known_names: dict[str, str]) -> None:
    from collabgraph.model.names import name_key

    for m in mentions:
        for key in (name_key(m.text), name_key(m.text, "Organisation"), name_key(m.text, "Person")):
            kind = known_names.get(key)
            if kind:
                m.votes[kind] += 10
                break
