"""Which organisation of the page its address is named after.

"northtowncarers.org" is Northtown Carers, the body whose name's letters are the
address's name (or the name the page writes for it: `DocumentContext.site_own`,
from `page_organisation.site_named`); failing that, a body whose name the address
begins ("kelbymuseum.org": Kelby Museum & Gallery, for an address name of six
letters or more, or a council its short name opens: "kelby.gov.uk", Kelby City
Council), then one its initials spell ("kfh.nhs.uk": Kelby and Fenby Hospitals
NHS Trust), then one spelt in a mix of initials and words (`address_spelling`:
"cfkelby.org", the Community Foundation for Kelby). Read by
`DocumentContext.page_org` when no author speaks for the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collabgraph.extract.address_spelling import spells_mixed
from collabgraph.extract.mention_keys import mention_key
from collabgraph.extract.mentions.tokens import site_letters

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
