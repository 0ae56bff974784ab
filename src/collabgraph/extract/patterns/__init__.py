"""Cue phrases, read from the JSONL pattern files in this folder by spaCy's `Matcher`.

Each `FAMILY.jsonl` line is one cue, a JSON object:

    {"family": "membership", "label": "member_of", "role": "trustee",
     "pattern": [{"LOWER": "trustee"}, {"LOWER": "of"}]}

- `pattern`: a spaCy `Matcher` token pattern (https://spacy.io/api/matcher),
  usually `LOWER` words, sometimes with `POS`;
- `label`: which rule reads the cue (the rule's docstring says what it does
  with it); `family`: the relation family it belongs to;
- any other key is a parameter of the rule, e.g. `relations` (relation types,
  most likely first, checked against the vocabulary) and `role`.

Blank lines and lines starting with `//` are skipped. A folder of pattern
files can replace this one (`extract_text(..., patterns=FOLDER)`), which is
how a new cue is tried without touching the package.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from collabgraph.errors import RulesFileError
from collabgraph.extract.doc_arrays import lower_forms
from collabgraph.model.vocabulary import RELATIONS

PATTERNS_DIR = Path(str(resources.files(__name__)))
"""The packaged pattern files."""


@dataclass(frozen=True)
class Cue:
    """One line of a pattern file: a cue phrase, its rule's label and parameters."""

    label: str
    family: str
    pattern: list
    params: dict = field(default_factory=dict)
    source: str = ""  # "file.jsonl:12", for messages
    order: int = 0  # position among all cues read, files in name order

    @property
    def relations(self) -> tuple[str, ...]:
        return tuple(self.params.get("relations", ()))

    @property
    def role(self) -> str | None:
        return self.params.get("role")


@dataclass(frozen=True)
class CueMatch:
    """A cue found in a Doc: tokens `start` to `end` (exclusive)."""

    cue: Cue
    start: int
    end: int


def read_cues(folder: Path | str = PATTERNS_DIR) -> list[Cue]:
    """Every cue of every `*.jsonl` file in `folder`, files in name order.

    Raises RulesFileError naming file and line for a line that is not a JSON
    object with a string `label` and `family`, a list `pattern`, and known
    `relations`.
    """
    cues: list[Cue] = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesFileError(f"{path}: cannot read pattern file: {exc}") from exc
        for number, line in enumerate(lines, start=1):
            if line.strip() and not line.lstrip().startswith("//"):
                cues.append(_cue(line, f"{path}:{number}", len(cues)))
    return cues


def _cue(line: str, where: str, order: int) -> Cue:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RulesFileError(f"{where}: not JSON: {exc.msg}") from exc
    if not isinstance(item, dict):
        raise RulesFileError(f"{where}: expected a JSON object")
    params = dict(item)
    label, family, pattern = (
        params.pop("label", None),
        params.pop("family", None),
        params.pop("pattern", None),
    )
    if not isinstance(label, str) or not isinstance(family, str):
        raise RulesFileError(f"{where}: 'label' and 'family' must be strings")
    if not isinstance(pattern, list) or not all(isinstance(t, dict) for t in pattern):
        raise RulesFileError(f"{where}: 'pattern' must be a list of token objects")
    unknown = [r for r in params.get("relations", ()) if r not in RELATIONS]
    if unknown:
        raise RulesFileError(f"{where}: unknown relation type {unknown[0]!r}")
    name = where.rsplit("/", 1)[-1]
    return Cue(label, family, pattern, params, name, order)


class CueFinder:
    """Finds the cues of a list in a Doc with spaCy's matchers.

    Cues that are plain word sequences (`[{"LOWER": ...}, ...]`) go to a
    `PhraseMatcher` on lower-case text, which is fast. The others (POS, IN,
    ORTH, operators) go to `Matcher`s grouped by their *anchor*: the words one
    of which a Doc must hold for the cue to match (the lower-case forms its most
    selective required token allows). A group's `Matcher` runs only on Docs that
    hold one of its anchor words and, for one of its cues at least, a word each
    of that cue's other required tokens allows (`_needs`): "liaised with" is not
    looked for in a text that has "with" but no "liaised". That finds the same
    matches as one `Matcher` of every cue at a fraction of the cost (a `Matcher`
    tries each of its patterns at every token, and calls Python for each `IN`
    list). Every match is given, overlaps included.
    """

    def __init__(self, vocab, cues: list[Cue]):
        from spacy.errors import MatchPatternError
        from spacy.matcher import Matcher, PhraseMatcher
        from spacy.tokens import Doc

        self.cues = cues
        self._phrases = PhraseMatcher(vocab, attr="LOWER")
        groups: dict[frozenset[str] | None, Matcher] = {}
        needs: dict[frozenset[str] | None, list[list[frozenset[str]]]] = {}
        members: dict[frozenset[str] | None, list[tuple[str, list]]] = {}
        self._by_key: dict[int, Cue] = {}
        for cue in cues:
            key = f"cue{cue.order}"
            words = [t.get("LOWER") for t in cue.pattern]
            try:
                if words and all(
                    isinstance(w, str) and t.keys() == {"LOWER"}
                    for w, t in zip(words, cue.pattern, strict=True)
                ):
                    self._phrases.add(key, [Doc(vocab, words=words)])
                else:
                    anchor = _anchor(cue.pattern)
                    if anchor not in groups:
                        groups[anchor] = Matcher(vocab, validate=True)
                        needs[anchor], members[anchor] = [], []
                    groups[anchor].add(key, [cue.pattern])
                    needs[anchor].append(_needs(cue.pattern))
                    members[anchor].append((key, cue.pattern))
            except (MatchPatternError, ValueError) as exc:
                raise RulesFileError(f"{cue.source}: bad pattern: {exc}") from exc
            self._by_key[vocab.strings[key]] = cue
        self._always = groups.pop(None, None)
        needs.pop(None, None)
        # a group's anchor, the needs of each of its cues, its matcher
        self._anchored = [
            (anchor, _still_needed(anchor, needs[anchor]), m) for anchor, m in groups.items()
        ]
        self._members = [members[anchor] for anchor in groups]
        self._vocab = vocab
        # (group, its met cues) -> a Matcher of those cues alone, made when first met
        self._met_matchers: dict[tuple[int, tuple[int, ...]], object] = {}
        # anchor word -> the positions in `_anchored` of the groups it anchors
        self._groups_of: dict[str, list[int]] = {}
        for n, (anchor, _, _) in enumerate(self._anchored):
            for word in anchor:
                self._groups_of.setdefault(word, []).append(n)

    def matchers_for(self, present: set[str]) -> list:
        """The matchers worth running on a Doc whose lower-case words are `present`:
        those of a group one of whose cues has a word there for each of its needs,
        in group order. Only the groups an anchor word of which is present are
        looked at (found through `_groups_of`, not by testing every group)."""
        groups_of = self._groups_of
        hit = sorted({n for w in present if w in groups_of for n in groups_of[w]})
        anchored, misses = self._anchored, present.isdisjoint
        matchers = []
        for n in hit:
            # a cue is met when none of its needs misses the Doc's words (tested in C)
            met = tuple(k for k, c in enumerate(anchored[n][1]) if not any(map(misses, c)))
            if len(met) == len(anchored[n][1]):
                matchers.append(anchored[n][2])
            elif met:  # only the cues met are tried: a cue's matches are its own
                matchers.append(self._matcher_of(n, met))
        if self._always is not None:
            matchers.append(self._always)
        return matchers

    def _matcher_of(self, group: int, met: tuple[int, ...]):
        """A `Matcher` of the cues `met` of group `group` alone, made once."""
        matcher = self._met_matchers.get((group, met))
        if matcher is None:
            from spacy.matcher import Matcher

            matcher = self._met_matchers[(group, met)] = Matcher(self._vocab)
            for k in met:
                key, pattern = self._members[group][k]
                matcher.add(key, [pattern])
        return matcher

    def __call__(self, doc) -> list[CueMatch]:
        """Every cue found in `doc`, in cue order, then by position."""
        matchers = self.matchers_for(set(lower_forms(doc)))
        found = [
            CueMatch(self._by_key[key], start, end)
            for key, start, end in (*self._phrases(doc), *(h for m in matchers for h in m(doc)))
        ]
        found.sort(key=lambda m: (m.cue.order, m.start))
        return found


def _still_needed(anchor: frozenset[str], needs: list[list[frozenset[str]]]) -> list[tuple]:
    """The needs of a group's cues left to test once one of its anchor words is in a
    Doc: each cue's needs less those the anchor word meets (the anchor's own words,
    or more), fewest words first (the likeliest to fail); a cue with none left makes
    the group run whenever it is anchored."""
    return [tuple(sorted((w for w in cue if not anchor <= w), key=len)) for cue in needs]


# Operators under which a pattern token must match at least once (spaCy's Matcher).
_REQUIRED_OPS = {None, "+", "1"}


def _needs(pattern: list[dict]) -> list[frozenset[str]]:
    """For each required token of `pattern` that names its words by `LOWER` or
    `ORTH` (a value or an `IN` list), the lower-case words it allows: a Doc holds
    one word of each, or the pattern cannot match there."""
    needs = []
    for token in pattern:
        if token.get("OP") not in _REQUIRED_OPS:
            continue
        for attr in ("LOWER", "ORTH"):
            value = token.get(attr)
            if isinstance(value, dict) and set(value) == {"IN"}:
                value = value["IN"]
            words = [value] if isinstance(value, str) else value
            if isinstance(words, list) and words and all(isinstance(w, str) for w in words):
                needs.append(frozenset(w.lower() for w in words))
    return needs


def _anchor(pattern: list[dict]) -> frozenset[str] | None:
    """The lower-case words one of which a Doc must hold for `pattern` to match:
    those its most selective required token allows (`_needs`). None when no
    required token names its words."""
    best: frozenset[str] | None = None
    for allowed in _needs(pattern):
        if best is None or len(allowed) < len(best):
            best = allowed
    return best
