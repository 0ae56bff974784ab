"""Mentions: the names in a sentence, the roles around them and what they look like.

spaCy's entity recogniser finds most names but types many of them wrongly in
this genre, and misses names made of ordinary words ("Bright Futures
Project"). A mention here is a run of capitalised words cut at honorifics, job
titles and possessives, carrying weighted *votes* for each entity type: from the
words it ends in (Council, Trust, Symposium, Programme, Report), from the
recogniser, and from the words around it ("Chief Executive X" is a person,
"X's Director" an organisation).

- `runs`: where names are (runs of capitals, publication titles);
- `roles`: job titles ("Director of Public Services");
- `split`: where one name ends and the next begins;
- `heads`, `votes`: what type each mention is likely to be;
- `finder`: all of it for one sentence (`find_mentions`).
"""

from collabgraph.extract.mentions.finder import find_mentions, reads_as_clause
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan, SentenceMentions

__all__ = [
    "Mention",
    "RoleSpan",
    "SentenceMentions",
    "find_mentions",
    "head_kind",
    "reads_as_clause",
]
