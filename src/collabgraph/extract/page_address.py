"""Which organisation of the page its address is named after.

"northtowncarers.org" is Northtown Carers, the body whose name's letters are the
address's name (or the name the page writes for it: `DocumentContext.site_own`,
from `site_named`, the name the page writes for it); failing that, a body whose name the address
begins ("kelbymuseum.org": Kelby Museum & Gallery, for an address name of six
letters or more, or a council its short name opens: "kelby.gov.uk", Kelby City
Council), then one its initials spell ("kfh.nhs.uk": Kelby and Fenby Hospitals
NHS Trust), then one spelt in a mix of initials and words (`address_spelling`:
"cfkelby.org", the Community Foundation for Kelby). Read by
`DocumentContext.page_org` when no author speaks for the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.address_spelling import spells_mixed
from collabgraph.extract.doc_arrays import doc_text
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_cap, site_letters
from collabgraph.extract.mentions.votes import name_votes

if TYPE_CHECKING:
    from collabgraph.extract.context import DocumentContext
    from collabgraph.extract.mentions import Mention


def site_org(ctx: DocumentContext) -> int | None:
    """The organisation the page address (`ctx.site_name`) is named after, a
    mention id, when the page names it; else None."""
    site_name = ctx.site_name
    if not site_name:
        return None
    begun = None
    for m in ctx.mentions:
        if ctx.type_of(m) != "Organisation":
            continue
        letters = site_letters(m.text)
        if letters == site_name or (
            ctx.site_own and mention_key(m.text) == mention_key(ctx.site_own)
        ):
            return m.id
        if (
            begun is None
            and letters.startswith(site_name)
            and (len(site_name) >= 6 or _site_council(m.text, site_name))
        ):
            begun = m.id
    if begun is None and len(site_name) >= 3:
        begun = next((m.id for m in ctx.mentions if _site_initials(ctx, m)), None)
    if begun is None:  # "cfkelby.org": the Community Foundation for Kelby
        begun = next((m.id for m in ctx.mentions if _site_mixed(ctx, m)), None)
    return begun


def _site_mixed(ctx: DocumentContext, m: Mention) -> bool:
    return ctx.type_of(m) == "Organisation" and spells_mixed(m.text, ctx.site_name)


def _site_initials(ctx: DocumentContext, m: Mention) -> bool:
    """ "kfh.nhs.uk" for Kelby and Fenby Hospitals NHS Trust: an organisation
    whose leading capitalised words' initials spell the address's name ("of",
    "and" passed over), the name a body's staff and its address go by."""
    if ctx.type_of(m) != "Organisation":
        return False
    initials = ""
    for w in m.text.split():
        if not w[:1].isupper():
            continue
        initials += w[0].lower()
        if initials == ctx.site_name:
            return True
        if not ctx.site_name.startswith(initials):
            return False
    return False


def _site_council(name: str, site_name: str) -> bool:
    """ "Kelby City Council" at kelby.gov.uk: a council whose leading words
    (whole words, not a prefix of one) spell a short address's name."""
    words = name.lower().split()
    if words[-1:] != ["council"]:
        return False
    letters = ""
    for w in words[:-1]:
        letters += site_letters(w)
        if letters == site_name:
            return True
    return False


_SITE_TAILS = vocab.ordered("site_name_tails")
_LONGEST = 4  # words in a short name spelt by a page's address


def site_named(docs, site: str) -> str | None:
    """The name the page writes for the organisation its address is named after
    ("K12" at k12.example, "Switched On" at switchedoncharity.example, the address adding
    a word of `vocab/site_name_tails.txt` the text never writes after the name):
    capitalised words (or letters and digits) standing alone, spelling the
    address's name; not a place, nor a person's name with no body's word (a
    person's own blog). None when the page writes no such name."""
    if not site:
        return None
    found = None
    for doc in docs:
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                name = _spelt_at(doc, i, sent.end, site)
                if name is not None and (found is None or (name[1] and not found[1])):
                    found = name
    if found is None or (not found[1] and _written_with_tail(docs, found[0], site)):
        return None
    return found[0]


def _spelt_at(doc, i: int, end: int, site: str) -> tuple[str, bool] | None:
    """(the name at doc[i], whether it spells the whole address) or None."""
    if not is_cap(doc[i]) and not doc[i].text[:1].isdigit():
        return None
    if i > 0 and is_cap(doc[i - 1]) and doc[i - 1].lower_ not in lx.ARTICLES:
        return None  # "St Foo": the name starts before
    letters = ""
    for j in range(i, min(i + _LONGEST, end)):
        tok = doc[j]
        if tok.text in POSSESSIVE or not (is_cap(tok) or tok.text[:1].isdigit()):
            return None
        letters += site_letters(tok.text)
        whole = letters == site
        if not whole and not any(letters + tail == site for tail in _SITE_TAILS):
            if not site.startswith(letters):
                return None
            continue
        if j + 1 < end and is_cap(doc[j + 1]):
            return None  # "Foo Bar Show": a longer name
        span = doc[i : j + 1]
        if is_uk_place(span.text) or _person(span):
            return None
        return span.text, whole
    return None


def _person(span) -> bool:
    """A person's name the recogniser reads, with no word of a body's in it."""
    words = [t.lower_ for t in span]
    return (
        len(span) > 1
        and all(t.ent_type_ == "PERSON" for t in span)
        and not name_votes(words).get("Organisation")
    )


def _written_with_tail(docs, name: str, site: str) -> bool:
    """The page writes the name with the word the address adds ("Foo Foundation")."""
    tail = site[len(site_letters(name)) :]
    return any(f"{name.lower()} {tail}" in doc_text(doc).lower() for doc in docs)
