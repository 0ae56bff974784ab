"""The page's own event: what an event write-up is about, found and named whole.

A write-up is usually about one event. Its name is in the headline ("The first
Carers and Families summit takes place in Kelby"), the page address
(".../event/village-voices-summit"), or the first sentences ("Over 140
people attended Foo's combined Annual General Meeting"). An event the page
leaves unnamed is named the way a reader would: after its organiser ("Foo
Annual General Meeting", "<Organisation> annual general meeting") or after the
page's title ("Rethinking Rural Transport workshop"), with the forms the page uses
as aliases and the date the page gives.

`find_page_event` reads the headline, the address and the first sentences
before the sentence rules run, so that "the summit", "speakers included" and
"hosted by" are about this event. The event nouns and the words that do not
name an event are data: `vocab/page_event_heads.txt`,
`vocab/event_modifiers.txt`, `vocab/event_abbreviations.txt`.
"""

from collabgraph.extract.page_event.find import find_page_event
from collabgraph.extract.page_event.reading import (
    PageEvent,
    add_page_event,
    claim,
    name_after_page,
)

__all__ = ["PageEvent", "add_page_event", "claim", "find_page_event", "name_after_page"]
