"""What the reader knows part-way through a document.

Relations are read sentence by sentence, but whether "Foo Foundation" is a
person or an organisation, or what "the launch event" refers to, depends on
what came before. `DocumentContext` keeps the mentions seen so far, the type
votes gathered for each name, the entity in focus in each section (the event
being written about, the report, the project) and the author.

The relations read so far are `relation_candidates.Candidate`s (`relate`); the
key a mention's name is known by is `mention_keys.mention_key`; the body the
page's address names, which `page_org` falls back on, is read by `page_address`;
what a sentence announced that a later one completes is `pending.Pending`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter

from collabgraph.extract.mention_keys import key_parts, mention_key
from collabgraph.extract.mentions import Mention
from collabgraph.extract.mentions.gazetteer import is_uk_place
from collabgraph.extract.name_evidence import said_to_be_a_person
from collabgraph.extract.page_address import site_org
from collabgraph.extract.pending import Pending
from collabgraph.extract.relation_candidates import PAGE_ORG, Candidate
from collabgraph.model.names import split_title

_FIELD_LINKS = {"on", "for", "of"}  # "Kelby Commission on Food": its head, then its field


def word_fit(name: str, word: str) -> int:
    """How a body's name answers to "the <word>": 2 when it ends with the word ("the
    foundation": "Kelby Foundation"), with words the word abbreviates ("the KDA": "...
    Kelby Development Agency") or with the word and "&" before its last ("the museum":
    "Kelby Museum & Gallery"); 1 when the word opens the field it is for ("the
    commission": "Kelby Commission on Food"); 0 otherwise."""
    words = name.lower().split()
    if (
        words[-1:] == [word]
        or words[-3:-1] in ([word, "&"], [word, "and"])
        or (
            2 <= len(word) <= 4
            and len(words) > len(word)
            and "".join(w[0] for w in words[-len(word) :]) == word
        )
    ):
        return 2
    return int(any(w == word and nxt in _FIELD_LINKS for w, nxt in pairwise(words)))


@dataclass
class DocumentContext:
    known: dict[str, tuple[str, str]] = field(default_factory=dict)  # key -> (type, name)
    mentions: list[Mention] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    by_source: dict[int, list[Candidate]] = field(default_factory=dict)  # the same, by source
    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    focus: dict[int, dict[str, int]] = field(default_factory=lambda: defaultdict(dict))
    authors: dict[int, int] = field(default_factory=dict)  # section -> mention id
    main: dict[str, int] = field(default_factory=dict)  # type -> mention id, whole document
    published: str | None = None
    person_tokens: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    descriptions: dict[int, str] = field(default_factory=dict)  # mention id -> text
    last_funder: int | None = None  # the organisation last said to award grants
    aliases: dict[int, list[str]] = field(default_factory=dict)  # mention id -> other names
    pending: Pending = field(default_factory=Pending)  # what a later sentence completes
    page_event: int | None = None  # the mention of the event the page is about
    sentences: list[str] = field(default_factory=list)  # by document-wide sentence number
    titled_surnames: frozenset[str] = frozenset()  # words written after "Ms", "Dr", ...
    term_letters: frozenset[str] = frozenset()  # "ASB" of "anti-social behaviour (ASB)"
    last_subject: int | None = None  # the person the last sentence was about ("he", "she")
    last_org_subject: int | None = None  # the organisation a sentence last began with
    joint_subjects: tuple[int, tuple[int, ...]] | None = None  # (sentence number, names)
    # a sentence said worked together, for "They" opening the next (rules/joint_clauses.py)
    last_project_subject: tuple[int, int] | None = None  # (sentence number, project) a
    # sentence began with, for "It" opening the next ("It meets at Y Hall")
    speaker: int | None = None  # the person whose words are being quoted
    quote_open: bool | str = False  # a quotation runs on from the last sentence (its mark)
    author_org: int | None = None  # where the byline's author works ("our" outside quotes)
    voiced_org: int | None = None  # whose "we" the page is, read from its text (page_voice)
    event_org: int | None = None  # the page's event's one organiser (page_voice.event_owner)
    site_name: str = ""  # the page address's name, letters only ("northtowncarers")
    site_own: str = ""  # the name the page writes for it (`page_organisation.site_named`)
    calls_it_partnership: bool = False  # the page speaks of "the partnership"
    lists_projects: bool | None = None  # projects under headings (project_headings.py)
    project_headings: list = field(default_factory=list)  # their mentions
    projects_owner: int | None = None  # the body the page's sentences opened with before them
    list_leads: dict = field(default_factory=dict)  # lead-in sentence -> rules.lead_lists.ListLead
    paragraph_lead: object = None  # the grantee lead-in (a ListLead) over paragraphs of grantees
    post_announcer: int | None = None  # "Foo has appointed a new chair": the page's body
    name_line: int | None = None  # the person the last sentence named and nothing else
    profile_name: tuple[int, int, str] | None = None  # a name line (rules/profile_rolls.py)
    profiles: list[tuple[int, str]] = field(default_factory=list)  # (person, evidence) so far
    roll_docs: frozenset[int] = frozenset()  # id()s of Docs by officers' lines (programme_lines)
    entry_name: int | None = None  # the mention id of a heading that is a name alone,
    # over the lines about it (rules/place_entries.py)
    unplaced_posts: list[tuple[int, str, str, str | tuple[str, int] | tuple[str, str]]] = field(
        default_factory=list
    )  # person, role, evidence, home: "page", "council", ("page", fallback organisation)
    # or ("place", its name): "the Mayor of Kelby" at the Kelby council the page names
    places_within: dict[int, list[int]] = field(default_factory=dict)  # "Y Hall in Kelby"

    def add(self, mention: Mention) -> Mention:
        mention.id = len(self.mentions)
        self.mentions.append(mention)
        self.votes[mention_key(mention.text)].update(mention.votes)
        if mention.title:
            self.votes[mention_key(mention.text)]["Person"] += 1
        return mention

    def type_of(self, mention: Mention) -> str | None:
        """The mention's most likely type given everything read so far."""
        key, alone, last = key_parts(mention.text)
        known = self.known.get(key)
        if known is not None:
            return known[0]
        if not (
            mention.title
            or (alone is not None and alone in self.person_tokens)
            or (last is not None and last in self.titled_surnames)
        ):
            # nothing below adds a vote: the first type with most votes, read in
            # place (as `Counter.most_common(1)` would pick it, without a copy)
            votes = self.votes.get(key, mention.votes)
            if not votes:
                return None
            if len(votes) == 1:
                ((kind, weight),) = votes.items()  # most names: one type voted for
            else:
                kind, weight = max(votes.items(), key=itemgetter(1))
            return kind if weight > 0 else None
        # a plain dict copy, its first type with most votes read with `max` (as
        # `Counter.most_common(1)` picks it: a Counter costs more to copy and ask)
        votes = dict(self.votes.get(key, mention.votes))
        person = votes.get("Person", 0)
        if mention.title:
            person = votes["Person"] = person + 5
        if alone is not None and alone in self.person_tokens:
            # "Doe said": a word of a person's name named earlier, alone, is that
            # person, whatever the recogniser read it as ("Doe" an organisation or a
            # place), unless it is a UK place
            if not is_uk_place(alone):
                other = max((w for k, w in votes.items() if k != "Person"), default=0)
                person = votes["Person"] = person + max(3, other + 1 - person)
            elif not votes.get("Organisation"):
                person = votes["Person"] = person + 3
        if (
            last is not None
            and last in self.titled_surnames
            and said_to_be_a_person(mention.text, self.titled_surnames)
        ):
            votes["Person"] = person + 6  # "Ms Whitcombe" further down
        if not votes:
            return None
        kind, weight = max(votes.items(), key=itemgetter(1))
        return kind if weight > 0 else None

    def note_person(self, mention: Mention) -> None:
        bare = split_title(mention.text)[1].split()
        if len(bare) >= 2:
            for word in (bare[0], bare[-1]):
                self.person_tokens[word.casefold()].add(mention_key(mention.text))

    def set_focus(self, section: int, kind: str, mention_id: int) -> None:
        self.focus[section][kind] = mention_id

    def focus_of(self, section: int, kind: str) -> int | None:
        found = self.focus[section].get(kind)
        if found is None and section == 0:
            found = self.main.get(kind)
        return found

    def relate(
        self,
        source: int | None,
        relations: tuple[str, ...] | str,
        target: int | None,
        *,
        evidence: str,
        role: str | None = None,
        confidence: float = 0.8,
    ) -> None:
        if source is None or target is None or source == target or not relations:
            return  # no relations: a post held at no body ("Minister for Housing")
        if isinstance(relations, str):
            relations = (relations,)
        candidate = Candidate(source, target, relations, role, evidence.strip()[:500], confidence)
        self.candidates.append(candidate)
        self.by_source.setdefault(source, []).append(candidate)

    def settle_page_org(self, story: int | None = None) -> None:
        """Put the page's organisation (`page_org`, else `story`: the body a story
        is about) in for `PAGE_ORG` ends; drop those relations when it names none."""
        waiting = [c for c in self.candidates if PAGE_ORG in (c.source, c.target)]
        if not waiting:
            return
        ours = next((o for o in (self.page_org(), story) if o is not None), None)
        self.candidates = [c for c in self.candidates if PAGE_ORG not in (c.source, c.target)]
        self.by_source.pop(PAGE_ORG, None)
        for c in self.by_source.values():
            c[:] = [x for x in c if x.target != PAGE_ORG]
        for c in waiting:
            source = ours if c.source == PAGE_ORG else c.source
            target = ours if c.target == PAGE_ORG else c.target
            self.relate(
                source, c.relations, target,
                evidence=c.evidence, role=c.role, confidence=c.confidence,
            )  # fmt: skip

    def votes_for(self, mention: Mention) -> Counter:
        return self.votes[mention_key(mention.text)]

    def find_named(self, word: str, kind: str) -> int | None:
        """The first mention of type `kind` whose name contains `word`."""
        for m in self.mentions:
            if word in m.text.lower().split() and self.type_of(m) == kind:
                return m.id
        return None

    def launch_event(
        self, about: int, section: int, evidence: str = "", *, relate_about: bool = True
    ) -> int:
        """The event "Launch of X" for the report or project X, made once per X;
        `relate_about=False` for a body launched (no ABOUT: it is no report or project)."""
        subject = self.mentions[about]
        key = mention_key(subject.text)
        for m in self.mentions:
            if (
                m.synthetic == "launch"
                and m.about is not None
                and mention_key(self.mentions[m.about].text) == key
            ):
                return m.id
        event = self.add(
            Mention(
                id=-1,
                text=f"Launch of {subject.text}",
                title=None,
                block=subject.block,
                section=section,
                sent=subject.sent,
                start=0,
                end=0,
                votes=Counter({"Event": 10}),
                synthetic="launch",
                about=about,
            )
        )
        if relate_about:
            self.relate(event.id, "ABOUT", about, evidence=evidence, confidence=0.9)
        return event.id

    def recent_with_word(
        self, word: str, kind: str, skip: frozenset[int] = frozenset()
    ) -> Mention | None:
        """The latest mention of type `kind` whose name ends with `word` ("the
        foundation"), or with words `word` abbreviates ("the ICB": "... Integrated Care
        Board"), else the latest with `word` before the field it is for ("the
        commission": "Kelby Commission on Food"; "the centre": "Centre for Civic
        Research"); not one whose id is in `skip`. A name ending with the word goes
        first, however far back: "the council" is "Kelby Borough Council", not a
        "Kelby Council for Voluntary Service" named since (`word_fit`)."""
        field_first = None  # the latest whose name has the word before its field
        for m in reversed(self.mentions[-2000:]):
            if m.id in skip:
                continue
            fit = word_fit(m.text, word)
            if fit and (fit == 2 or field_first is None) and self.type_of(m) == kind:
                if fit == 2:
                    return m
                field_first = m
        return field_first

    def works_at(self, person: int) -> int | None:
        """The organisation a person was last said to work for, else to be a member
        of: a body they hold a post at speaks for them before one whose board they
        sit on ("Jane Doe, chair of Foo and a representative on the Bar board": Foo)."""
        key = mention_key(self.mentions[person].text)
        best, rank = None, -1
        for c in reversed(self.candidates):
            if c.relations[0] in {"WORKS_FOR", "MEMBER_OF"} and (
                c.source == person or mention_key(self.mentions[c.source].text) == key
            ):
                # a job, then a post that may be one ("chair": a seat or a job), then a seat
                fit = 2 if c.relations[0] == "WORKS_FOR" else int("WORKS_FOR" in c.relations)
                if fit > rank:
                    best, rank = c.target, fit
        return best

    def page_org(self, section: int = 0) -> int | None:
        """The organisation the page (or a section of it) speaks for: its author
        (when an organisation), the author's employer, or the one its address is
        named after, else the one its text says its "we" is (`voiced_org`, once
        the page is read: `page_voice`); a mention id or None."""
        author = self.authors.get(section)
        if author is not None and self.type_of(self.mentions[author]) == "Organisation":
            return author
        if section == 0 and self.author_org is not None:
            return self.author_org
        if author is not None:
            employer = self.works_at(author)
            if employer is not None:
                return employer
        if section != 0:
            return None
        site = site_org(self)
        return site if site is not None else self.voiced_org
