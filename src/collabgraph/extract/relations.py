"""Relations in one sentence, read from the phrases the genre uses.

Each rule looks for a cue ("published by", "in partnership with", "a panel
including", "X's Director of Y Z", "spoke at") and the mentions around it, and
records a `Candidate`: the relation types it may be, most likely first. Which
one it becomes is settled when the types of both ends are known.
"""

from __future__ import annotations

from collabgraph.extract import lexicon as lx
from collabgraph.extract import vocab
from collabgraph.extract.context import DocumentContext
from collabgraph.extract.mentions import Mention, RoleSpan

_POSS = {"'s", "’s", "'", "’"}
_SEPARATORS = {",", "(", "–", "—", "-", ":"}
_BY_CUES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "published": (("PUBLISHED", "AUTHORED"), None),
    "publish": (("PUBLISHED", "AUTHORED"), None),
    "funded": (("FUNDED",), None),
    "supported": (("FUNDED",), None),
    "backed": (("FUNDED",), None),
    "sponsored": (("FUNDED",), None),
    "commissioned": (("FUNDED",), None),
    "financed": (("FUNDED",), None),
    "run": (("RUNS", "ORGANISED"), None),
    "led": (("RUNS", "ORGANISED", "AUTHORED"), None),
    "delivered": (("RUNS", "ORGANISED"), None),
    "managed": (("RUNS",), None),
    "coordinated": (("RUNS", "ORGANISED"), None),
    "co-ordinated": (("RUNS", "ORGANISED"), None),
    "hosted": (("ORGANISED",), None),
    "co-hosted": (("ORGANISED",), None),
    "organised": (("ORGANISED",), None),
    "organized": (("ORGANISED",), None),
    "co-organised": (("ORGANISED",), None),
    "convened": (("ORGANISED",), None),
    "chaired": (("PARTICIPATED_IN",), "chair"),
    "opened": (("PARTICIPATED_IN",), "speaker"),
    "closed": (("PARTICIPATED_IN",), "speaker"),
    "introduced": (("PARTICIPATED_IN",), "speaker"),
    "welcomed": (("PARTICIPATED_IN",), "speaker"),
    "addressed": (("PARTICIPATED_IN",), "speaker"),
    "presented": (("PARTICIPATED_IN",), "speaker"),
    "facilitated": (("PARTICIPATED_IN",), "facilitator"),
    "moderated": (("PARTICIPATED_IN",), "facilitator"),
    "written": (("AUTHORED",), None),
    "authored": (("AUTHORED",), None),
    "co-authored": (("AUTHORED",), None),
    "produced": (("AUTHORED", "PUBLISHED", "RUNS"), None),
    "developed": (("RUNS", "AUTHORED"), None),
    "launched": (("PUBLISHED", "RUNS", "ORGANISED"), None),
}
_TARGET_KINDS: dict[str, tuple[str, ...]] = {
    "PUBLISHED": ("Report",),
    "AUTHORED": ("Report",),
    "FUNDED": ("Project", "Report", "Event", "Organisation"),
    "RUNS": ("Project",),
    "ORGANISED": ("Event",),
    "PARTICIPATED_IN": ("Event", "Project"),
}
_ACTIVE_CUES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "hosted": (("ORGANISED",), None),
    "hosts": (("ORGANISED",), None),
    "hold": (("ORGANISED",), None),
    "holds": (("ORGANISED",), None),
    "held": (("ORGANISED",), None),
    "organised": (("ORGANISED",), None),
    "organized": (("ORGANISED",), None),
    "convened": (("ORGANISED",), None),
    "co-hosted": (("ORGANISED",), None),
    "published": (("PUBLISHED", "AUTHORED"), None),
    "publishes": (("PUBLISHED", "AUTHORED"), None),
    "wrote": (("AUTHORED",), None),
    "authored": (("AUTHORED",), None),
    "co-authored": (("AUTHORED",), None),
    "funds": (("FUNDED",), None),
    "funded": (("FUNDED",), None),
    "funding": (("FUNDED",), None),
    "runs": (("RUNS",), None),
    "leads": (("RUNS",), None),
    "delivers": (("RUNS",), None),
    "ran": (("RUNS", "ORGANISED"), None),
    "manages": (("RUNS",), None),
    "coordinates": (("RUNS",), None),
    "attended": (("PARTICIPATED_IN",), "attendee"),
}
_FOCUS_NOUNS = vocab.table("focus_nouns")
_PARTNER_CUES = (
    ("in", "partnership", "with"),
    ("in", "collaboration", "with"),
    ("working", "in", "partnership", "with"),
    ("together", "with"),
    ("alongside",),
)
_COLLAB_CUES = (
    ("worked", "with"), ("working", "with"), ("work", "with"), ("works", "with"),
    ("collaborated", "with"), ("collaborating", "with"), ("collaborates", "with"),
    ("co-founded",), ("cofounded",), ("teamed", "up", "with"), ("joined", "forces", "with"),
    ("worked", "closely", "with"), ("working", "closely", "with"),
)  # fmt: skip
_MEMBER_CUES = (
    ("member", "of"), ("members", "of"), ("trustee", "of"), ("trustees", "of"),
    ("board", "of"), ("board", "member", "of"), ("board", "member", "at"), ("sits", "on"),
    ("part", "of"), ("joined",), ("member", "organisation", "of"), ("fellow", "of"),
    ("patron", "of"), ("ambassador", "for"), ("ambassador", "of"), ("signatory", "to"),
    ("signatories", "to"), ("steering", "group", "of"), ("members", "include"), ("joins",),
    ("sits", "on", "the", "board", "of"), ("on", "the", "board", "of"),
)  # fmt: skip
_MEMBER_ROLES = vocab.words("role_member")
_QUALIFIERS = vocab.words("role_qualifiers")
_APPOINTED = vocab.words("appointment_words")
_AGENT_GROUPS = vocab.words("agent_group_nouns")
_TALK = vocab.words("talk_nouns") | {"the", "a", "an", "with", "by"}
_TALK_ADJECTIVES = vocab.words("talk_adjectives")
_NEEDS_TALK = vocab.words("talk_verbs_need_object")
_JOINT_WORK = vocab.words("joint_work_words")
_JOINT_PARTNERS = vocab.words("joint_work_partner_words")
_REPORT_LEAD = {",", ":", "“", '"', "‘"} | vocab.words("report_adjectives")
_DESCRIBED_AS: dict[str, set[str]] = {}
for _noun, _kind in vocab.table("description_nouns").items():
    _DESCRIBED_AS.setdefault(_kind, set()).add(_noun)
_PARTICIPATE_CUES = (
    ("took", "part", "in"), ("taking", "part", "in"), ("participated", "in"),
    ("spoke", "at"), ("speaking", "at"), ("presented", "at"), ("attended",), ("were", "at"),
    ("was", "at"), ("went", "to"), ("joined", "us", "at"), ("exhibited", "at"),
    ("performed", "at"), ("contributed", "to"), ("involved", "in"),
)  # fmt: skip


def _is_capital(text: str) -> bool:
    return text[:1].isupper()


class SentenceReader:
    """Reads the relations of one sentence into the document context."""

    def __init__(
        self,
        ctx: DocumentContext,
        doc,
        sent,
        mentions: list[Mention],
        roles: list[RoleSpan],
        *,
        section: int,
        block_kind: str,
    ):
        self.ctx = ctx
        self.doc = doc
        self.sent = sent
        self.ms = sorted(mentions, key=lambda m: m.start)
        self.roles = roles
        self.section = section
        self.block_kind = block_kind
        self.fallback_to_main = False
        self.words = [t.lower_.replace("’", "'") for t in doc]
        self.evidence = sent.text.strip()
        self.by_start = {m.start: m for m in self.ms}
        self.by_end: dict[int, Mention] = {}
        for m in self.ms:
            self.by_end.setdefault(m.end, m)

    # -------------------------------------------------------------- helpers

    def kind(self, m: Mention | None) -> str | None:
        return None if m is None else self.ctx.type_of(m)

    def relate(self, src, rels, dst, *, role=None, confidence=0.8) -> None:
        src_id = src.id if isinstance(src, Mention) else src
        dst_id = dst.id if isinstance(dst, Mention) else dst
        self.ctx.relate(
            src_id, rels, dst_id, evidence=self.evidence, role=role, confidence=confidence
        )

    def mention_at(self, i: int) -> Mention | None:
        """The mention starting at token i, after an article or "our"."""
        while i < self.sent.end and (
            self.words[i] in {"the", "a", "an", "our", "their", "its"}
            or self.words[i].rstrip(".") in lx.HONORIFICS
        ):
            i += 1
        return self.by_start.get(i)

    def match(self, i: int, words: tuple[str, ...]) -> bool:
        return tuple(self.words[i : i + len(words)]) == words and i + len(words) <= self.sent.end

    def find(self, words: tuple[str, ...]) -> list[int]:
        first = words[0]
        return [
            i
            for i in range(self.sent.start, self.sent.end)
            if self.words[i] == first and self.match(i, words)
        ]

    def list_after(self, i: int, *, kinds: set[str] | None = None) -> list[Mention]:
        """Mentions from token i on, joined by commas, "and", "&", "as well as".

        Roles and possessives inside an item ("X's Director of Y Z") are
        skipped, the item's last mention being the one listed.
        """
        out: list[Mention] = []
        j = i
        end = self.sent.end
        while j < end:
            w = self.words[j]
            m = self.by_start.get(j)
            if m is not None:
                nxt = m.end
                # "X's Role Y" or "X Role Y": the item is Y
                if nxt < end and self.words[nxt] in _POSS and self._role_at(nxt + 1):
                    j = nxt + 1
                    continue
                inner = next(
                    (r for r in self.roles if m.start < r.start <= nxt and r.end in self.by_start),
                    None,
                )
                if inner is not None:
                    j = inner.end
                    continue
                if nxt < end and self.words[nxt] in _POSS and (nxt + 1) in self.by_start:
                    j = nxt + 1
                    continue
                if kinds is None or self.kind(m) in kinds:
                    out.append(m)
                j = nxt
                continue
            role = self._role_at(j)
            if role is not None:
                j = role.end
                continue
            if (
                w
                in {
                    ",",
                    "and",
                    "&",
                    "the",
                    "our",
                    "as",
                    "well",
                    "plus",
                    "both",
                    ";",
                    "from",
                    "including",
                    "also",
                    "then",
                    "'s",
                    ".",
                }
                or w in _POSS
                or w.rstrip(".") in lx.HONORIFICS
            ):
                if w in {"then"}:
                    break
                j += 1
                continue
            if w == "with" and out and self.mention_at(j + 1) is not None:
                j += 1
                continue
            if w == "(":  # "Jane Doe (Foo Trust)"
                close = next((k for k in range(j, end) if self.words[k] == ")"), None)
                if close is None:
                    break
                j = close + 1
                continue
            # "the charity X", "five local authorities and the housing association Y"
            skip = self._skip_descriptor(j)
            if skip is not None:
                j = skip
                continue
            break
        return out

    def _skip_descriptor(self, j: int) -> int | None:
        """Where a list goes on after a few lower-case words ("the charity", "five
        local authorities and"), or None when those words end the list."""
        k = j
        while k < self.sent.end and k - j < 5:
            tok = self.doc[k]
            if tok.pos_ in {"VERB", "AUX", "ADP", "SCONJ", "PRON", "ADV"} or tok.text in {
                ".",
                ";",
                ":",
                "(",
                ")",
            }:
                return None
            if k in self.by_start:
                return k if k > j else None
            if self.words[k] in {",", "and", "&"}:
                return k + 1 if k > j else None
            if _is_capital(tok.text):
                return None
            k += 1
        return None

    def _role_at(self, i: int) -> RoleSpan | None:
        for r in self.roles:
            if r.start == i:
                return r
        return None

    def before(self, i: int, *, kinds: set[str] | None = None, limit: int = 40) -> Mention | None:
        """The nearest mention ending before token i (of one of `kinds`)."""
        best = None
        for m in self.ms:
            if m.end <= i and i - m.end <= limit and (kinds is None or self.kind(m) in kinds):
                best = m
        return best

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
        while k >= self.sent.start and self.words[k] in {
            ",",
            "is",
            "was",
            "are",
            "were",
            "being",
            "been",
            "has",
            "have",
            "be",
            "jointly",
            "co",
            "-",
            "also",
            "proudly",
            "kindly",
            "generously",
        }:
            k -= 1
        if k >= self.sent.start:
            m = self.by_end.get(k + 1)
            if m is not None and self.kind(m) in kinds:
                return m.id
            noun = self.words[k]
            if noun in _FOCUS_NOUNS and _FOCUS_NOUNS[noun] in kinds:
                return self.ctx.focus_of(self.section, _FOCUS_NOUNS[noun])
        m = self.before(i, kinds=set(kinds))
        if m is not None:
            return m.id
        # "This is a ... run by" / "It is funded by": the section's focus
        for kind in kinds:
            found = self.ctx.focus_of(self.section, kind)
            if found is not None and any(
                self.words[j] == noun
                for j in range(self.sent.start, i)
                for noun, k2 in _FOCUS_NOUNS.items()
                if k2 == kind
            ):
                return found
        first = self.words[self.sent.start]
        if first in {"this", "it", "the"}:
            for kind in kinds:
                found = self.ctx.focus_of(self.section, kind)
                if found is not None:
                    return found
        return None

    def subjects_before(self, v: int) -> list[Mention]:
        """People named as the subject of the verb at token v ("A and B introduced")."""
        out: list[Mention] = []
        j = v - 1
        while j >= self.sent.start:
            w = self.words[j]
            m = self.by_end.get(j + 1)
            if m is not None:
                if self.kind(m) == "Person":
                    out.append(m)
                j = m.start - 1
                continue
            role = next((r for r in self.roles if r.end == j + 1), None)
            if role is not None:
                j = role.start - 1
                continue
            if (
                w
                in {
                    ",",
                    "and",
                    "&",
                    "both",
                    "then",
                    "also",
                    "later",
                    "first",
                    "finally",
                    "briefly",
                    "together",
                    "jointly",
                }
                or w in _POSS
                or w.endswith("ly")
            ):
                j -= 1
                continue
            break
        return list(reversed(out))

    def event_ref_after(self, i: int) -> int | None:
        """An event named or referred to ("the launch event") from token i on."""
        k = i
        while k < self.sent.end and k < i + 6:
            m = self.by_start.get(k)
            if m is not None:
                return m.id if self.kind(m) in {"Event", "Project"} else None
            if self.words[k] in _FOCUS_NOUNS and _FOCUS_NOUNS[self.words[k]] == "Event":
                return self.ctx.focus_of(self.section, "Event")
            k += 1
        return None

    # -------------------------------------------------------------- rules

    def read(self) -> None:
        self.owned_programmes()
        self.update_focus()
        self.roles_of_people()
        self.by_phrases()
        self.active_verbs()
        self.partnerships()
        self.co_hosts()
        self.panel_lists()
        self.launches()
        self.speech()
        self.pronouns()
        self.places()
        self.membership()
        self.collaboration()
        self.publications()
        self.joint_work()
        self.participation()
        self.funding_phrases()
        self.descriptions()

    def definite_org(self, i: int) -> Mention | None:
        """ "the foundation", "the hub", "its council": the organisation last named
        with that word, read from token i."""
        if i + 1 >= self.sent.end or self.words[i] not in {"the", "its", "their", "this"}:
            return None
        noun = self.words[i + 1]
        if noun not in lx.ORG_HEADS and noun not in lx.EXTRA_ORG_HEADS:
            return None
        return self.ctx.recent_with_word(noun, "Organisation")

    def lead_in(self, lead: str) -> None:
        """A list item under "A panel ... brought together:" or "Our partners:"."""
        words = {w.strip(".,:;").lower() for w in lead.split()}
        role = next((lx.LIST_ROLE_CUES[w] for w in lx.LIST_ROLE_CUES if w in words), None)
        if role is None:
            return
        kinds = {"Organisation"} if role == "partner" else {"Person"}
        item = next((m for m in self.ms if self.kind(m) in kinds), None)
        if item is None:
            return
        if role == "partner":
            target = self.ctx.focus_of(self.section, "Project") or self.ctx.focus_of(
                self.section, "Event"
            )
        else:
            target = self.ctx.focus_of(self.section, "Event")
        self.ctx.relate(
            item.id,
            "PARTICIPATED_IN",
            target,
            evidence=f"{lead} {self.evidence}",
            role=role,
            confidence=0.7,
        )

    def owned_programmes(self) -> None:
        """ "through its Healthy Towns Fund", "the Department's Big Ideas Fund": a fund
        that belongs to someone is a programme they run."""
        for m in self.ms:
            if not m.text.lower().endswith((" fund", " programme", " scheme", " initiative")):
                continue
            k = m.start - 1
            owner = None
            if k >= self.sent.start and self.words[k] in {"its", "their"}:
                owner = next(
                    (o for o in self.ms if o.end <= k and self.kind(o) == "Organisation"), None
                )
            elif k > self.sent.start and self.words[k] in _POSS:
                owner = self.by_end.get(k)
            if owner is None or self.kind(owner) != "Organisation":
                continue
            m.votes["Project"] += 7
            self.ctx.votes_for(m)["Project"] += 7
            self.relate(owner, "RUNS", m, confidence=0.75)

    def update_focus(self) -> None:
        for m in self.ms:
            kind = self.kind(m)
            if (kind in {"Event", "Report", "Project"} and not m.in_heading) or (
                kind in {"Event", "Report", "Project"} and self.section not in self.ctx.focus
            ):
                self.ctx.set_focus(self.section, kind, m.id)
            elif kind in {"Event", "Report", "Project"}:
                self.ctx.focus[self.section].setdefault(kind, m.id)

    def roles_of_people(self) -> None:
        doc = self.doc
        inherited_org: Mention | None = None
        for r in self.roles:
            person = self.by_start.get(r.end)
            if person is None and r.end + 1 < self.sent.end and self.words[r.end] == ",":
                # "Foo Trust's Director of Housing, Jane Doe, said"
                person = self.by_start.get(r.end + 1)
            if person is not None and self.kind(person) not in {"Person", None}:
                person = None
            if person is None:
                # "Jane Doe, Director of ...", "Jane Doe (Chair, ...)", "Jane Doe, the chair of"
                k = r.start - 1
                while k >= self.sent.start and self.words[k] in _QUALIFIERS:
                    k -= 1
                if k >= self.sent.start and self.words[k] in _SEPARATORS | {"is", "was", "as"}:
                    cand = self.by_end.get(k)
                    if cand is not None and self.kind(cand) in {"Person", None}:
                        person = cand
                if person is None and k >= self.sent.start and self.words[k] in _APPOINTED:
                    cand = self.before(k + 1, kinds={"Person"}, limit=8)
                    if cand is not None:
                        person = cand
            org: Mention | None = None
            # "X's Role": possessive before the role
            k = r.start - 1
            if k > self.sent.start and self.words[k] in _POSS:
                org = self.by_end.get(k) or (self.definite_org(k - 2) if k >= 2 else None)
            # "X Council Leader Y": the organisation runs into the role
            if org is None:
                for m in self.ms:
                    if (
                        m.start < r.start
                        and m.end in {r.start, r.start + 1}
                        and m is not person
                        and self.kind(m) == "Organisation"
                    ):
                        org = m
            # "Role of/at X", "Role, X"
            if org is None:
                k = r.end
                if k < self.sent.end and self.words[k] in {
                    "of",
                    "at",
                    "for",
                    ",",
                    "with",
                    "from",
                    "in",
                }:
                    cand = self.mention_at(k + 1)
                    if cand is not None and self.kind(cand) == "Organisation":
                        org = cand
                    elif cand is None and self.words[k] in {"of", "at", "for"}:
                        org = self.definite_org(k + 1)
            board = False
            if r.end + 2 < self.sent.end and self.words[r.end] == "of":
                after = self.words[r.end + 1 : r.end + 4]
                board = "board" in after or "trustees" in after
                if org is None and after[:1] and after[0] in {"its", "their"}:
                    # "X has appointed Jane Doe as chair of its board"
                    org = next(
                        (m for m in self.ms if self.kind(m) == "Organisation" and m.end <= r.start),
                        None,
                    )
            if org is not None and person is None:
                # "Jane Doe, Foo Trust's Director"
                k = org.start - 1
                if k >= self.sent.start and self.words[k] in _SEPARATORS:
                    cand = self.by_end.get(k)
                    if cand is not None and self.kind(cand) == "Person":
                        person = cand
                # "The Mayor of the Northtown Combined Authority, Jane Doe, said"
                if person is None and org.end + 1 < self.sent.end and self.words[org.end] == ",":
                    cand = self.by_start.get(org.end + 1)
                    if cand is not None and self.kind(cand) == "Person":
                        person = cand
            if org is None and inherited_org is not None:
                k = r.start - 1
                if k >= self.sent.start and self.words[k] in {"and", ","}:
                    org = inherited_org
            if org is not None and self.words[r.start - 1] in _POSS if r.start > 0 else False:
                inherited_org = org
            if person is None or org is None:
                continue
            role = _role_text(doc[r.start : r.end].text, org)
            member = role.lower() in _MEMBER_ROLES or board
            rels = ("MEMBER_OF", "WORKS_FOR") if member else ("WORKS_FOR",)
            self.relate(person, rels, org, role=role, confidence=0.9)
        # "Acme's Ann Lee", "Jane Doe from/of/at Foo Trust", "Jane Doe (Foo Trust)"
        for m in self.ms:
            if self.kind(m) != "Person":
                continue
            k = m.start - 1
            if k > self.sent.start and self.words[k] in _POSS:
                org = self.by_end.get(k)
                if org is not None and self.kind(org) == "Organisation":
                    self.relate(m, "WORKS_FOR", org, confidence=0.7)
            k = m.end
            if k < self.sent.end and self.words[k] in {"from", "of", "at", "("}:
                org = self.mention_at(k + 1)
                if org is not None and self.kind(org) == "Organisation":
                    closes = self.words[k] != "(" or (
                        org.end < self.sent.end and self.words[org.end] == ")"
                    )
                    if closes:
                        self.relate(m, "WORKS_FOR", org, confidence=0.7)

    def by_phrases(self) -> None:
        first_subject: Mention | None = None
        for i in range(self.sent.start + 1, self.sent.end - 1):
            if self.words[i] != "by":
                continue
            verb = self.words[i - 1]
            if verb in {"jointly", "also", "generously", "kindly", "proudly"} and i >= 2:
                verb = self.words[i - 2]
            if verb not in _BY_CUES:
                # "has been awarded £2m by X"
                back = [w for w in self.words[max(self.sent.start, i - 5) : i]]
                if any(w in {"awarded", "granted", "given"} for w in back):
                    verb = "funded"
                else:
                    continue
            rels, role = _BY_CUES[verb]
            start = i + 1
            if (
                start + 2 < self.sent.end
                and self.words[start] in {"a", "an"}
                and self.words[start + 1] in _AGENT_GROUPS
                and self.words[start + 2] == "of"
            ):
                start += 3
            agents = self.list_after(start)
            if not agents:
                continue
            v = i - 1 if self.words[i - 1] == verb else i - 2
            kinds: list[str] = []
            for rel in rels:
                kinds += [k for k in _TARGET_KINDS[rel] if k not in kinds]
            if self.words[v - 1] == "and" and first_subject is not None:
                # "X is hosted by A and funded by B": B funded X, not A
                target = first_subject.id if self.kind(first_subject) in kinds else None
            else:
                target = self.target_before(v, tuple(kinds))
                if first_subject is None:
                    first_subject = self._subject_before(v)
            for agent in agents:
                self.relate(agent, rels, target, role=role, confidence=0.85)

    def _subject_before(self, v: int) -> Mention | None:
        k = v - 1
        while k >= self.sent.start and self.words[k] in {
            ",",
            "is",
            "was",
            "are",
            "were",
            "has",
            "have",
            "been",
            "be",
            "being",
            "also",
        }:
            k -= 1
        return self.by_end.get(k + 1)

    def active_verbs(self) -> None:
        for i in range(self.sent.start + 1, self.sent.end - 1):
            cue = _ACTIVE_CUES.get(self.words[i])
            if cue is None or (i + 1 < self.sent.end and self.words[i + 1] == "by"):
                continue
            subject = self.by_end.get(i)
            if (
                subject is None
                and i >= 2
                and self.words[i - 1]
                in {
                    "has",
                    "have",
                    "had",
                    "also",
                    "recently",
                    "jointly",
                    "proudly",
                    "successfully",
                    "will",
                    "would",
                    "again",
                }
            ):
                subject = self.by_end.get(i - 1)
                if subject is None and i >= 3:
                    subject = self.definite_org(i - 3)
                if (
                    subject is None
                    and i >= 3
                    and self.words[i - 2] in {"has", "have", "had", "also"}
                ):
                    subject = self.by_end.get(i - 2)
            if subject is None:
                continue
            rels, role = cue
            target = self.mention_at(i + 1)
            if target is None:
                # "X hosted the event", "X published a new report"
                for k in range(i + 1, min(i + 6, self.sent.end)):
                    w = self.words[k]
                    if w in _FOCUS_NOUNS:
                        target_id = self.ctx.focus_of(self.section, _FOCUS_NOUNS[w])
                        if target_id is not None:
                            self.relate(subject, rels, target_id, role=role, confidence=0.6)
                        break
                    m = self.by_start.get(k)
                    if m is not None:
                        target = m
                        break
            if target is not None:
                self.relate(subject, rels, target, role=role, confidence=0.8)

    def co_hosts(self) -> None:
        """ "It is co-hosted with X", "organised with X": X organised the event too."""
        for verb in (
            "co-hosted",
            "hosted",
            "organised",
            "organized",
            "co-organised",
            "run",
            "delivered",
            "convened",
        ):
            for i in self.find((verb, "with")):
                event = self.target_before(i, ("Event", "Project"))
                if event is None:
                    event = self.ctx.focus_of(self.section, "Event")
                for x in self.list_after(i + 2, kinds={"Organisation", "Person"}):
                    self.relate(x, ("ORGANISED", "RUNS"), event, confidence=0.7)

    def partnerships(self) -> None:
        for cue in _PARTNER_CUES:
            for i in self.find(cue):
                partners = self.list_after(i + len(cue), kinds={"Organisation", None})
                if not partners:
                    continue
                lead = self._lead_before(i)
                target = self.target_before(i, ("Project", "Event"))
                for p in partners:
                    if lead is not None:
                        self.relate(lead, ("PARTNER_OF", "COLLABORATES_WITH"), p, confidence=0.8)
                    if target is not None:
                        self.relate(p, "PARTICIPATED_IN", target, role="partner", confidence=0.75)
        for i in self.find(("partnership", "between")):
            parties = self.list_after(i + 2, kinds={"Organisation"})
            for a in range(len(parties)):
                for b in range(a + 1, len(parties)):
                    self.relate(parties[a], "PARTNER_OF", parties[b], confidence=0.8)
        for verb in ("partnered", "partnering", "partner"):
            for i in self.find((verb, "with")):
                lead = self.by_end.get(i) or self.by_end.get(i - 1)
                if lead is None and self.words[i - 1] in {"has", "have", "are", "is", "will"}:
                    lead = self.by_end.get(i - 1)
                lead_id = lead.id if lead is not None else self._we(i)
                for p in self.list_after(i + 2, kinds={"Organisation"}):
                    self.relate(lead_id, ("PARTNER_OF", "COLLABORATES_WITH"), p, confidence=0.75)
        # "partners include A, B and C", "partnering organisations are ..."
        for i in range(self.sent.start, self.sent.end):
            w = self.words[i]
            if w not in {"partners", "partner", "partnering", "organisations"}:
                continue
            if w == "organisations" and (
                i == self.sent.start
                or self.words[i - 1] not in {"partner", "partnering", "delivery", "member"}
            ):
                continue
            j = i + 1
            while j < self.sent.end and self.words[j] in {
                "organisations",
                "include",
                "included",
                "including",
                "are",
                "were",
                "is",
                ":",
                "-",
                "–",
                "such",
                "as",
            }:
                j += 1
            if j == i + 1:
                continue
            items = self.list_after(j, kinds={"Organisation"})
            target = self.target_before(i, ("Project", "Event"))
            if target is None:
                target = self.ctx.focus_of(self.section, "Project") or self.ctx.focus_of(
                    self.section, "Event"
                )
            for p in items:
                self.relate(p, "PARTICIPATED_IN", target, role="partner", confidence=0.7)

    def _lead_before(self, i: int) -> int | None:
        """Who is in partnership: the agent of an earlier "by X", else the nearest organisation."""
        for k in range(i - 1, self.sent.start, -1):
            if self.words[k] == "by":
                agents = self.list_after(k + 1)
                if agents:
                    return agents[-1].id
        m = self.before(i, kinds={"Organisation"})
        if m is not None:
            return m.id
        return self._we(i)

    def _we(self, i: int) -> int | None:
        if any(self.words[k] == "we" for k in range(self.sent.start, i)):
            author = self.ctx.authors.get(self.section)
            if author is not None and self.ctx.type_of(self.ctx.mentions[author]) == "Organisation":
                return author
        return None

    def panel_lists(self) -> None:
        for i in range(self.sent.start, self.sent.end):
            w = self.words[i]
            role = lx.LIST_ROLE_CUES.get(w)
            if role is None or role == "partner":
                continue
            j = i + 1
            if j < self.sent.end and self.words[j] in {"members", "discussion", "session", ","}:
                j += 1
            while j < self.sent.end and self.words[j] in {"will", "would", "also", "have", "has"}:
                j += 1
            if j >= self.sent.end or self.words[j] not in lx.LIST_INTRODUCERS:
                continue
            while j < self.sent.end and self.words[j] in lx.LIST_INTRODUCERS | {"the", "by"}:
                j += 1
            people = self.list_after(j, kinds={"Person"})
            event = self.target_before(i, ("Event",)) or self.ctx.focus_of(self.section, "Event")
            for p in people:
                self.relate(p, "PARTICIPATED_IN", event, role=role, confidence=0.8)
        # "chaired by X", "joined by X" after an event noun are in by_phrases / here
        for i in self.find(("joined", "by")):
            event = self.target_before(i, ("Event",))
            if event is None:
                continue
            for p in self.list_after(i + 2, kinds={"Person"}):
                self.relate(p, "PARTICIPATED_IN", event, role="speaker", confidence=0.6)

    def speech(self) -> None:
        event = self.ctx.focus_of(self.section, "Event")
        for i in range(self.sent.start + 1, self.sent.end):
            tok = self.doc[i]
            w = self.words[i]
            role = lx.SPEECH_ROLES.get(w)
            if (
                w == "took"
                and self.match(i, ("took",))
                and any(self.words[k] == "notes" for k in range(i + 1, min(i + 4, self.sent.end)))
            ):
                visual = any(self.words[k] in {"visual", "graphic"} for k in range(i + 1, i + 3))
                role = "visual note-taker" if visual else "note-taker"
                target = event or self.ctx.focus_of(self.section, "Project")
            elif (
                role is None
                or tok.pos_ not in {"VERB", "AUX"}
                or w in lx.ATTEND_VERBS
                or (w in _NEEDS_TALK and not self._object_is_talk(i))
            ):
                continue
            else:
                target = self.event_ref_after(i + 1) or event
            if target is None:
                continue
            for p in self.subjects_before(i):
                self.relate(p, "PARTICIPATED_IN", target, role=role, confidence=0.6)

    def _object_is_talk(self, i: int) -> bool:
        nxt = self.words[i + 1] if i + 1 < self.sent.end else ""
        nxt2 = self.words[i + 2] if i + 2 < self.sent.end else ""
        return nxt in _TALK and (nxt not in {"the", "a", "an"} or nxt2 in _TALK | _TALK_ADJECTIVES)

    def pronouns(self) -> None:
        """ "we"/"I" is the author: "Today we were at the launch event"."""
        author = self.ctx.authors.get(self.section)
        if author is None:
            return
        author_kind = self.ctx.type_of(self.ctx.mentions[author])
        for i in range(self.sent.start, self.sent.end - 1):
            if self.words[i] not in {"we", "i"}:
                continue
            for cue in (*_PARTICIPATE_CUES, ("joined",), ("visited",), ("went",)):
                if self.match(i + 1, cue):
                    target = self.event_ref_after(i + 1 + len(cue))
                    if target is None:
                        later = next(
                            (m for m in self.ms if m.start > i and self.kind(m) == "Event"), None
                        )
                        target = later.id if later is not None else None
                    if target is not None:
                        self.relate(
                            author,
                            "PARTICIPATED_IN",
                            target,
                            role="attendee"
                            if cue[0] in {"were", "was", "attended", "went", "joined"}
                            else "participant",
                            confidence=0.6,
                        )
            if author_kind == "Organisation":
                nxt = self.words[i + 1]
                if nxt in {"hosted", "organised", "organized", "convened", "ran", "held"}:
                    target = self.event_ref_after(i + 2)
                    self.relate(author, "ORGANISED", target, confidence=0.6)
                if nxt in {"published", "launched"}:
                    target = self.mention_at(i + 2)
                    if target is not None:
                        self.relate(author, ("PUBLISHED", "RUNS"), target, confidence=0.6)

    def launches(self) -> None:
        for i in range(self.sent.start, self.sent.end - 1):
            if self.words[i] != "launch" and not (
                self.words[i] == "launched"
                and self.words[i - 1] in {"was", "were", "been", "is", "be", "being"}
            ):
                continue
            j = i + 1
            if self.words[i] == "launch":
                while j < self.sent.end and self.words[j] in {
                    "event",
                    "events",
                    "party",
                    "meeting",
                    "conference",
                }:
                    j += 1
                if j >= self.sent.end or self.words[j] not in {"of", "for"}:
                    continue
                target = self.mention_at(j + 1)
                if target is None or self.kind(target) not in {"Report", "Project"}:
                    kind = None
                    for k in range(j + 1, min(j + 8, self.sent.end)):
                        if self.words[k] in _FOCUS_NOUNS and _FOCUS_NOUNS[self.words[k]] in {
                            "Report",
                            "Project",
                        }:
                            kind = _FOCUS_NOUNS[self.words[k]]
                            break
                    found = self.ctx.focus_of(self.section, kind) if kind else None
                    target_id = found
                else:
                    target_id = target.id
                if target_id is not None:
                    event = self.ctx.launch_event(target_id, self.section, self.evidence)
                    self.ctx.set_focus(self.section, "Event", event)
            else:
                # "the report was launched at the Foo Conference"
                subject = self.before(i, kinds={"Report", "Project"})
                if subject is None:
                    noun = next(
                        (w for w in self.words[self.sent.start : i] if w in _FOCUS_NOUNS), None
                    )
                    kind = _FOCUS_NOUNS.get(noun) if noun else None
                    found = (
                        self.ctx.focus_of(self.section, kind)
                        if kind in {"Report", "Project"}
                        else None
                    )
                    subject = self.ctx.mentions[found] if found is not None else None
                event = None
                if j < self.sent.end and self.words[j] in {"at", "during"}:
                    event = self.mention_at(j + 1)
                    if event is not None and self.kind(event) != "Event":
                        event = None
                if subject is None:
                    continue
                if event is not None:
                    self.relate(event, "ABOUT", subject, confidence=0.8)
                    continue
                # "X was launched on Monday at the Town Library"
                launch = self.ctx.launch_event(subject.id, self.section, self.evidence)
                self.ctx.set_focus(self.section, "Event", launch)
                for m in self.ms:
                    if m.start > i and self.kind(m) == "Place":
                        self.relate(launch, "LOCATED_IN", m, confidence=0.65)
                        break

    def places(self) -> None:
        for m in self.ms:
            if self.kind(m) != "Place":
                continue
            k = m.start - 1
            while k > self.sent.start and self.words[k] in {"the", "of"}:
                k -= 1
            prep = self.words[k] if k >= self.sent.start else ""
            if prep not in {"in", "across", "throughout", "around", "at", "within"}:
                continue
            based = k > self.sent.start and self.words[k - 1] in {
                "based",
                "located",
                "headquartered",
            }
            owner = self.before(k + 1, kinds={"Event", "Project"})
            if owner is None or based:
                org = self.before(k + 1, kinds={"Organisation"}, limit=3)
                owner = org if (org is not None and (based or org.end >= k - 1)) else owner
            if owner is None:
                continue
            self.relate(owner, "LOCATED_IN", m, confidence=0.75 if based else 0.65)

    def membership(self) -> None:
        # "the network welcomed three new member organisations: A, B and C"
        for i in range(self.sent.start, self.sent.end - 1):
            if self.words[i] not in {"members", "organisations"}:
                continue
            if self.words[i] == "organisations" and self.words[i - 1] != "member":
                continue
            j = i + 1
            while j < self.sent.end and self.words[j] in {
                ":",
                "-",
                "–",
                "include",
                "including",
                "are",
                "were",
                "is",
            }:
                j += 1
            if j == i + 1:
                continue
            body = None
            for k in range(self.sent.start, i):
                if self.words[k] in {"the", "our", "its"} and k + 1 < i:
                    body = (
                        self.definite_org(k)
                        if self.words[k] != "our"
                        else self.ctx.recent_with_word(self.words[k + 1], "Organisation")
                    )
                    if body is not None:
                        break
            if body is None:
                body = self.before(i, kinds={"Organisation"})
            for x in self.list_after(j, kinds={"Organisation", "Person"}):
                self.relate(x, "MEMBER_OF", body, confidence=0.7)
        for cue in _MEMBER_CUES:
            for i in self.find(cue):
                if cue == ("members", "include"):
                    body = self.before(i, kinds={"Organisation"})
                    for x in self.list_after(i + 2, kinds={"Person", "Organisation"}):
                        self.relate(x, "MEMBER_OF", body, confidence=0.75)
                    continue
                body = self.mention_at(i + len(cue))
                if body is None or self.kind(body) != "Organisation":
                    continue
                if cue == ("sits", "on") and self.words[i + 2 : i + 4] == ["the", "board"]:
                    continue
                if cue in {("joined",), ("joins",)} and not any(
                    w
                    in lx.STRONG_ORG_HEADS
                    | {"network", "alliance", "coalition", "partnership", "board"}
                    for w in body.text.lower().split()[-1:]
                ):
                    continue
                subjects = self.subjects_before(i) or [
                    s for s in [self.sentence_subject()] if s is not None and s is not body
                ]
                role = None
                if cue[0] in {"trustee", "trustees", "patron", "ambassador", "fellow"}:
                    role = cue[0].rstrip("s") if cue[0] != "trustees" else "trustee"
                elif "board" in cue:
                    role = "board member"
                for s in subjects:
                    if s is not body:
                        self.relate(s, "MEMBER_OF", body, role=role, confidence=0.75)

    def joint_work(self) -> None:
        """ "A and B have spent a year co-designing ...": A and B work together."""
        if len(self.ms) < 2:
            return
        a, b = self.ms[0], self.ms[1]
        between = self.words[a.end : b.start]
        if a.start - self.sent.start > 2 or between not in (["and"], ["and", "the"], ["&"]):
            return
        rest = self.words[b.end : self.sent.end]
        hit = next((w for w in rest if w in _JOINT_WORK), None)
        if hit is None:
            return
        kinds = {self.kind(a), self.kind(b)}
        rel = (
            "PARTNER_OF"
            if hit in _JOINT_PARTNERS and kinds == {"Organisation"}
            else ("COLLABORATES_WITH")
        )
        self.relate(a, rel, b, confidence=0.7)

    def sentence_subject(self) -> Mention | None:
        """The person or organisation a sentence starts with ("Dame Jane is also ...")."""
        for m in self.ms:
            if m.start - self.sent.start <= 3 and self.kind(m) in {"Person", "Organisation"}:
                return m
            break
        return None

    def publications(self) -> None:
        """ "the partnership's new toolkit, X", "its report X", "the review, which Y published"."""
        for m in self.ms:
            if self.kind(m) != "Report":
                continue
            k = m.start - 1
            while k > self.sent.start and (
                self.words[k] in _REPORT_LEAD or self.words[k] in _FOCUS_NOUNS
            ):
                k -= 1
            owner = None
            if self.words[k] in _POSS:
                owner = self.by_end.get(k) or (self.definite_org(k - 2) if k >= 2 else None)
            elif self.words[k] in {"its", "their"}:
                owner = next(
                    (o for o in self.ms if o.end <= k and self.kind(o) == "Organisation"), None
                )
            if owner is not None and owner is not m:
                self.relate(owner, ("PUBLISHED", "AUTHORED"), m, confidence=0.7)
            # "X, which Y published last year"
            j = m.end
            if (
                j + 2 < self.sent.end
                and self.words[j] == ","
                and self.words[j + 1] in {"which", "that"}
            ):
                agent = self.by_start.get(j + 2)
                if (
                    agent is not None
                    and agent.end < self.sent.end
                    and self.words[agent.end]
                    in {"published", "wrote", "produced", "commissioned", "funded", "launched"}
                ):
                    verb = self.words[agent.end]
                    rels = (
                        ("FUNDED",)
                        if verb in {"commissioned", "funded"}
                        else ("PUBLISHED", "AUTHORED")
                    )
                    self.relate(agent, rels, m, confidence=0.75)

    def collaboration(self) -> None:
        for cue in _COLLAB_CUES:
            for i in self.find(cue):
                partners = self.list_after(i + len(cue), kinds={"Person", "Organisation"})
                subjects = self.subjects_before(i) or [
                    s for s in [self.before(i, kinds={"Person", "Organisation"}, limit=8)] if s
                ]
                if (
                    not subjects
                    and i >= 2
                    and self.words[i - 1] == "team"
                    and self.words[i - 2] in {"my", "our"}
                ):
                    author = self.ctx.authors.get(self.section)
                    subjects = [self.ctx.mentions[author]] if author is not None else []
                if not subjects and i >= 2:
                    start = (
                        i - 2
                        if self.words[i - 1] in {"closely", "together", "also", "now"}
                        else i - 1
                    )
                    definite = self.definite_org(start - 1) if start >= 1 else None
                    subjects = [definite] if definite is not None else []
                if cue[0] in {"co-founded", "cofounded"} and len(subjects) >= 2:
                    for a in range(len(subjects)):
                        for b in range(a + 1, len(subjects)):
                            self.relate(
                                subjects[a], "COLLABORATES_WITH", subjects[b], confidence=0.7
                            )
                    continue
                for s in subjects:
                    for p in partners:
                        if self.kind(s) == "Organisation" and self.kind(p) == "Organisation":
                            self.relate(s, ("PARTNER_OF",), p, confidence=0.6)
                        else:
                            self.relate(s, "COLLABORATES_WITH", p, confidence=0.65)

    def participation(self) -> None:
        for cue in _PARTICIPATE_CUES:
            if cue in {("were", "at"), ("was", "at")}:
                continue
            for i in self.find(cue):
                target = self.mention_at(i + len(cue))
                target_id = (
                    target.id
                    if target is not None and self.kind(target) in {"Event", "Project"}
                    else self.event_ref_after(i + len(cue))
                )
                if target_id is None:
                    continue
                role = {
                    "spoke": "speaker",
                    "speaking": "speaker",
                    "presented": "speaker",
                    "attended": "attendee",
                    "exhibited": "exhibitor",
                    "performed": "performer",
                }.get(cue[0], "participant")
                subjects = self.subjects_before(i) or [
                    s for s in [self.before(i, kinds={"Person", "Organisation"}, limit=4)] if s
                ]
                for s in subjects:
                    self.relate(s, "PARTICIPATED_IN", target_id, role=role, confidence=0.7)

    def funding_phrases(self) -> None:
        for cue in (
            ("funding", "from"),
            ("grant", "from"),
            ("support", "from"),
            ("funded", "through"),
            ("investment", "from"),
            ("funds", "from"),
            ("grants", "from"),
        ):
            for i in self.find(cue):
                funders = self.list_after(i + len(cue), kinds={"Organisation"})
                target = self.target_before(i, ("Project", "Event", "Report", "Organisation"))
                if target is None:
                    subj = self.before(i, kinds={"Organisation", "Project", "Event"})
                    target = subj.id if subj is not None else None
                for f in funders:
                    self.relate(f, "FUNDED", target, confidence=0.75)
        # "Other grants went to A, B and C": from the funder last named as awarding
        for i in range(self.sent.start, self.sent.end - 2):
            if (
                self.words[i] in {"grant", "grants", "funding", "award", "awards"}
                and self.ctx.last_funder is not None
            ):
                for k in range(i + 1, min(i + 12, self.sent.end - 1)):
                    if (
                        self.words[k] in {"went", "goes", "go", "going"}
                        and self.words[k + 1] == "to"
                    ):
                        for r in self.list_after(k + 2, kinds={"Organisation", "Project", "Event"}):
                            self.relate(self.ctx.last_funder, "FUNDED", r, confidence=0.7)
                        break
        # "X has awarded/granted ... to Y"
        for verb in ("awarded", "granted", "gave", "invested"):
            for i in self.find((verb,)):
                funder = self.by_end.get(i) or self.by_end.get(i - 1)
                if funder is None or self.kind(funder) != "Organisation":
                    continue
                self.ctx.last_funder = funder.id
                for k in range(i + 1, self.sent.end - 1):
                    if self.words[k] in {"to", "in"}:
                        for r in self.list_after(k + 1, kinds={"Organisation", "Project", "Event"}):
                            self.relate(funder, "FUNDED", r, confidence=0.75)
                        break
        # "a lottery funded project": the lottery funder, when the document names one
        for i in range(self.sent.start, self.sent.end - 1):
            if self.words[i] in {"lottery", "lottery-funded"} and (
                self.words[i] == "lottery-funded" or self.words[i + 1] in {"funded", "-"}
            ):
                funder = self.ctx.find_named("lottery", "Organisation")
                target = self.target_before(i + 2, ("Project", "Event"))
                if target is None:
                    for k in range(i, min(i + 5, self.sent.end)):
                        if self.words[k] in _FOCUS_NOUNS:
                            target = self.ctx.focus_of(self.section, _FOCUS_NOUNS[self.words[k]])
                            break
                self.relate(funder, "FUNDED", target, confidence=0.6)

    def descriptions(self) -> None:
        """ "X is a community interest company which ..." describes and types X."""
        if not self.ms:
            return
        first = self.ms[0]
        k = first.end
        if first.start > self.sent.start + 1 or k + 2 >= self.sent.end:
            return
        copula = self.words[k] in {"is", "are", "was"} and self.words[k + 1] in {"a", "an", "the"}
        apposition = self.words[k] == "," and self.words[k + 1] in {"a", "an"}
        if not (copula or apposition):
            return
        text = self.evidence
        self.ctx.descriptions.setdefault(first.id, text)
        rest = set(self.words[k + 1 : min(k + 10, self.sent.end)])
        for kind, words in _DESCRIBED_AS.items():
            if rest & words:
                first.votes[kind] += 3
                self.ctx.votes_for(first)[kind] += 3
                break


def _role_text(text: str, org: Mention | None) -> str:
    text = " ".join(text.replace("’", "'").split())
    low = text.lower()
    if low.startswith(("the ", "our ", "its ", "their ", "a ", "an ")):
        text = text.split(" ", 1)[1]
        low = text.lower()
    if (
        low in {"leader", "deputy leader"}
        and org is not None
        and org.text.lower().endswith("council")
    ):
        text = "Council " + text if low == "leader" else "Deputy Council Leader"
    if text.islower() or (text.isupper() and len(text) > 4):
        text = text.title() if not text.isupper() else text
    return text
