"""What a cue is about: a reader mixin for `SentenceReader`.

A passive cue ("run by", "funded by", "hosted by") is about the name just
before it, a noun standing for the thing in focus ("the project", "this
event", "a workshop, chaired by A": the page's own event), or the focus
itself ("It is funded by X", "The week was funded by X"); an event is
referred to after a cue by its name or a noun ("the launch event").
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.mentions.heads import head_kind

FOCUS_NOUNS = vocab.table("focus_nouns")
"""Nouns that refer back to the thing in focus, and its type ("the event" -> Event)."""
FOCUS_EVENT_NOUNS = frozenset(w for w, kind in FOCUS_NOUNS.items() if kind == "Event")
"""The FOCUS_NOUNS that refer back to an event ("the conference", "the launch")."""
SESSION_NOUNS = vocab.words("session_nouns")
"""Parts of an event someone leads: "workshop", "session", "stall"."""
_SESSION_ROLES = vocab.table("session_roles")
_LEADER_ROLES = vocab.table("session_leader_roles")


def first_id(*ids: int | None) -> int | None:
    """The first of `ids` that is a mention's id, not None: "the event named after
    the cue, else the one in focus". Not `a or b`: the page's first mention has id 0."""
    return next((i for i in ids if i is not None), None)


def session_role(noun: str, kind: str | None = None) -> str:
    """The role of one who leads or keeps the part of an event `noun` names (one of
    SESSION_NOUNS): "stalls" -> "exhibitor" (vocab/session_roles.txt); else, by the
    leader's `kind`, "speaker" for a person and "participant" for a body
    (vocab/session_leader_roles.txt); else the noun's singular and "leader"
    ("workshops" -> "workshop leader")."""
    if noun in _SESSION_ROLES:
        return _SESSION_ROLES[noun]
    if kind is not None and kind.lower() in _LEADER_ROLES:
        return _LEADER_ROLES[kind.lower()]
    return f"{noun[:-2] if noun.endswith('sses') else noun.rstrip('s')} leader"


_BEFORE_PASSIVE = vocab.words("passive_cue_gap_words")
# Nouns that name only a body ("the museum", "the trust"), not an event or project.
# Head words of what can be in focus: "the week", "the 2023 assembly", "the new scheme".
_FOCUS_HEADS = {
    "Event": lx.EVENT_HEADS,
    "Project": lx.PROJECT_HEADS,
    "Report": lx.REPORT_HEADS,
}
_HEAD_REACH = 4  # "the" and up to three words after it
_BACK_DETERMINERS = {"the", "this"}


class TargetReading:
    """Methods for `SentenceReader`: what a cue is about, the event in focus."""

    def page_event_here(self) -> int | None:
        """The event in focus when the page is about an event and the sentence is
        in a paragraph of its first section (where a write-up tells its day), else None."""
        if self.ctx.main.get("Event") is None or self.section != 0 or self.block_kind != "para":
            return None
        return self.ctx.focus_of(self.section, "Event")

    def own_event(self) -> int | None:
        """The event a part of an event named with no event ("a workshop, chaired
        by A") belongs to: the page's own event, when the page is about one and
        the sentence is in its first section, even if another event's name came
        up since (the title of a play, a festival mentioned in passing); else
        the event in focus."""
        main = self.ctx.main.get("Event")
        if main is not None and self.section == 0:
            return main
        return self.ctx.focus_of(self.section, "Event")

    def page_own_event(self) -> int | None:
        """The event the sentence is at when the page is about one event: its own
        (`own_event`, the event in focus outside its first section); else None."""
        return self.own_event() if self.ctx.main.get("Event") is not None else None

    def named_back(self, k: int, kinds: tuple[str, ...]) -> int | None:
        """The thing a noun after "the" or "this" (token k) refers back to by its name's
        last word: "the challenge" for the "Kelby Reading Challenge" named before, "the
        line" for "Fenby Advice Line": the last mention before token k, of `kinds`, whose
        name ends with the noun. A name the reader typed a body whose last word says it
        is a project ("the Kelby Heritage Project ... The project is led by Foo") is that
        project: it gets the project's votes. None when no determiner comes before the
        noun (past sums and adjectives: "the £14 million centre") or no such name came
        before."""
        j = k - 1  # "the £14 million centre", "the new line": past sums and adjectives
        while j > self.sent.start and (
            self.is_money(j)
            or self.doc[j].like_num
            or (self.doc[j].pos_ == "ADJ" and self.doc[j].is_lower)
        ):
            j -= 1
        if k <= self.sent.start or self.words[j] not in _BACK_DETERMINERS:
            return None
        noun = self.words[k]
        if self.doc[k].pos_ != "NOUN":
            return None
        for m in reversed(self.ctx.mentions):
            if m.id in self.by_id and m.end > k:
                continue  # the same sentence, from the noun on
            last = m.text.lower().replace("’", "'").split()[-1:]
            if last != [noun]:
                continue
            kind = self.ctx.type_of(m)
            if kind in kinds:
                return m.id
            head, strength = head_kind(noun)
            if kind == "Organisation" and head in kinds and head == "Project" and strength >= 3:
                m.votes[head] += 4
                self.ctx.votes_for(m)[head] += 4
                return m.id
            return None  # the last name so ending is of another kind
        return None

    def target_before(self, i: int, kinds: tuple[str, ...]) -> int | None:
        """What a cue at token i is about: a mention just before it, a noun like
        "the project" (the section's project in focus), or the focus itself."""
        if self.fallback_to_main:
            for kind in kinds:
                found = self.ctx.main.get(kind)
                if found is not None:
                    return found
        k = i - 1
        # "project run by", "report, published by", "event hosted by"
        while k >= self.sent.start and self.words[k] in _BEFORE_PASSIVE:
            k -= 1
        if k >= self.sent.start:
            m = self.by_end.get(k + 1)
            if m is not None and self.kind(m) in kinds:
                return m.id
            noun = self.words[k]
            named = self.covering.get(self.doc[k].head.i) if self.doc[k].dep_ == "appos" else None
            j = k - 1  # "X is a (community) project run by": past words saying what kind
            while j > self.sent.start and k - j <= 3 and self.doc[j].pos_ in {"ADJ", "NOUN"}:
                j -= 1
            if named is None and j - 1 > self.sent.start and self.words[j] in {"a", "an"}:
                named = self.by_end.get(j - 1) if self.words[j - 1] in {"is", "was"} else None
            if named is not None and FOCUS_NOUNS.get(noun) in kinds:
                # "the Foo Fund, a £2m programme set up by": the noun says what Foo Fund is
                named.votes[FOCUS_NOUNS[noun]] += 3
                self.ctx.votes_for(named)[FOCUS_NOUNS[noun]] += 3
                return named.id
            if noun in FOCUS_NOUNS and FOCUS_NOUNS[noun] in kinds:
                if k - 1 == self.sent.start and self.words[k - 1] in {"a", "an"}:
                    return None  # "A project led by Foo that will ...": one not named
                if noun in SESSION_NOUNS and noun in FOCUS_EVENT_NOUNS:
                    return self.own_event()  # "a workshop, chaired by A"
                body = self.definite_org(k - 1) if "Organisation" in kinds else None
                if body is not None:  # "The partnership is funded by A": the Foo Partnership
                    return body.id
                found = self.focus_before(FOCUS_NOUNS[noun], i)  # not one named after the cue
                if found is not None and self.words[k - 1] in _BACK_DETERMINERS:
                    found = self._kept_focus(found, noun, FOCUS_NOUNS[noun])  # "The conference was"
                return found if found is not None else self.named_back(k, kinds)
            named = self.named_back(k, kinds)  # "The line is run by Foo": "Kelby Help Line"
            if named is not None:
                return named
        m = self.before(i, kinds=set(kinds))
        if m is not None:
            return m.id
        # "This is a ... run by" / "It is funded by": the section's focus
        for kind in kinds:
            found = self.ctx.focus_of(self.section, kind)
            noun = next(
                (w for w in self.words[self.sent.start : i] if FOCUS_NOUNS.get(w) == kind), None
            )
            if found is not None and noun is not None:
                # "The conference is free thanks to funding from X": the conference
                # named before, not a later-named event in focus (a mistyped clinic)
                return first_id(self._named_with(noun, kind), found)
        return self._opening_focus(i, kinds)

    def _opening_focus(self, i: int, kinds: tuple[str, ...]) -> int | None:
        """The thing in focus a sentence opens on, for a cue at token i: "The week was
        funded by X", "It is funded by X"; not "The Museum, which is run by X" (a
        body) nor "The work was funded by X" (no word of its kind)."""
        first = self.words[self.sent.start]
        opening = self.words[self.sent.start + 1 : min(i, self.sent.start + _HEAD_REACH)]
        for kind in kinds:
            heads = _FOCUS_HEADS.get(kind, frozenset())
            if first in {"this", "it"} or (first == "the" and any(w in heads for w in opening)):
                head = next((w for w in opening if w in heads), None) if first == "the" else None
                found = first_id(
                    self._named_with(head, kind) if head is not None else None,
                    self.focus_before(kind, i),  # not "funded through the Foo Fund"
                )
                if found is not None:
                    return found
        return None

    def _kept_focus(self, found: int, noun: str, kind: str) -> int:
        """The thing "the <noun>" before a cue refers back to, given `found` in focus:
        the page's own `kind` when its name holds the noun and the focus's does not
        ("The conference was sponsored by X" on a page about the "Foo Health
        Conference 2031", after a plan read as an event), else the focus (also when
        the page's name holds the focus's: "Foo Day - Bar's annual conference")."""
        main = self.ctx.main.get(kind)
        if main is None or main == found or self._has_word(found, noun):
            return found
        said = self.ctx.mentions[found].text.lower()
        if said in self.ctx.mentions[main].text.lower():
            return found  # the title's longer name of the same event
        return main if self._has_word(main, noun) else found

    def _has_word(self, mention: int, noun: str) -> bool:
        """Whether a mention's name holds the word `noun`."""
        return noun in self.ctx.mentions[mention].text.lower().replace("’", "'").split()

    def _named_with(self, head: str, kind: str) -> int | None:
        """The last `kind` named before this sentence with `head` among its words
        ("the conference": the "Foo Voices Conference 2024"), else None."""
        if not self.ms:
            return None
        here = self.ms[0].sent
        for m in reversed(self.ctx.mentions):
            if m.sent >= here:
                continue  # this sentence's own or later; a title's counts (sentence -1)
            words = m.text.lower().replace("’", "'").split()
            if head in words and self.ctx.type_of(m) == kind:
                return m.id
        return None

    def focus_before(self, kind: str, i: int) -> int | None:
        """The section's `kind` in focus as it was before token i: not one this
        sentence names from token i on ("The service is funded through the Foo
        Fund": the project in focus before the fund), but the last named before."""
        found = self.ctx.focus_of(self.section, kind)
        later = {m.id for m in self.ms if m.start >= i}
        if found is None or found not in later:
            return found
        for m in reversed(self.ctx.mentions):
            if m.id in later or m.section != self.section or m.in_heading or m.sent < 0:
                continue
            if self.ctx.type_of(m) == kind:
                return m.id
        return None

    def event_ref_after(self, i: int) -> int | None:
        """An event named or referred to ("the launch event") from token i on."""
        k = i
        while k < self.sent.end and k < i + 6:
            m = self.by_start.get(k)
            if m is not None:
                return m.id if self.kind(m) in {"Event", "Project"} else None
            if self.words[k] in FOCUS_EVENT_NOUNS:
                return self.ctx.focus_of(self.section, "Event")
            k += 1
        return None
