"""Mentions: the names in a sentence, the roles around them and what they look like.

spaCy's entity recogniser finds most names but types many of them wrongly in
this genre, and misses names made of ordinary words ("Bright Futures
Project"). A mention here is a run of capitalised words cut at honorifics, job
titles and possessives, carrying weighted *votes* for each entity type: from the
words it ends in (Council, Trust, Symposium, Programme, Report), from the
recogniser, and from the words around it ("Chief Executive X" is a person,
"X's Director" an organisation).

- `runs`: where names are (runs of capitals, publication titles);
- `memory`: names the document writes mid-sentence, known when they open one;
- `roles`: job titles ("Director of Public Services");
- `role_fit`: whether a job title stands where it is found as a post;
- `styles`: styles and offices before names ("Cllr", "Labour MP", "Lord Mayor");
- `split`: where one name ends and the next begins;
- `shape`: what is not a name (furniture, groups, adjectives); `bracket_acronyms`:
  acronyms in brackets; `parties`: party names;
- `gazetteer`: whether a name is a UK place (`vocab/places_uk.txt`);
- `heads`, `votes`, `context_votes`, `around`: what type each mention is likely to be;
- `segments`: a run of capitals cut into names at styles and job titles;
- `finder`: all of it for one sentence (`find_mentions`).
"""

from collabgraph.extract.mentions.finder import find_mentions
from collabgraph.extract.mentions.heads import head_kind
from collabgraph.extract.mentions.mention import Mention, RoleSpan, SentenceMentions
from collabgraph.extract.mentions.shape import reads_as_clause

__all__ = [
    "Mention",
    "RoleSpan",
    "SentenceMentions",
    "find_mentions",
    "head_kind",
    "reads_as_clause",
]
