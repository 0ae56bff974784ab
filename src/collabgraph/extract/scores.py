"""The scores of an extraction against a gold seed: precision, recall and F1 of
entities and relations, per type too, with what was missed and what was found
wrongly. `collabgraph.extract.scoring.evaluate` fills them in; two scores add
up to their micro-averaged totals.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Scores:
    """Precision, recall and F1 of entities and relations, with what was missed."""

    entity_tp: int = 0
    entity_predicted: int = 0
    entity_gold: int = 0
    relation_tp: int = 0
    relation_predicted: int = 0
    relation_gold: int = 0
    missed_entities: list[str] = field(default_factory=list)
    spurious_entities: list[str] = field(default_factory=list)
    missed_relations: list[str] = field(default_factory=list)
    spurious_relations: list[str] = field(default_factory=list)
    # "Dana Lowe: Organisation, gold Person": a name found with another type than the gold's
    mistyped_entities: list[str] = field(default_factory=list)
    # (predicted type, gold type) -> how many names were given the one for the other
    type_confusions: Counter = field(default_factory=Counter)
    # "Spring forum ~ Spring Forum of Foo Tenants (Event)": left unmatched on both
    # sides, same type, names alike (a diagnostic: not counted as found)
    renamed_entities: list[str] = field(default_factory=list)
    # entity type -> how many of its gold entities were found under another name
    renamed: Counter = field(default_factory=Counter)
    # (relation type, why) -> how many gold relations were missed for that reason
    # (`scoring.MISS_REASONS`: an end not found, typed or named otherwise, another
    # role, or both ends found and not related)
    missed_why: Counter = field(default_factory=Counter)
    # relation type -> [true positives, predicted, gold]
    by_type: dict[str, list[int]] = field(default_factory=dict)
    # entity type -> [true positives, predicted, gold]
    entity_by_type: dict[str, list[int]] = field(default_factory=dict)

    @staticmethod
    def _prf(tp: int, predicted: int, gold: int) -> tuple[float, float, float]:
        p = tp / predicted if predicted else (1.0 if not gold else 0.0)
        r = tp / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def entity_precision(self) -> float:
        return self._prf(self.entity_tp, self.entity_predicted, self.entity_gold)[0]

    @property
    def entity_recall(self) -> float:
        return self._prf(self.entity_tp, self.entity_predicted, self.entity_gold)[1]

    @property
    def entity_f1(self) -> float:
        return self._prf(self.entity_tp, self.entity_predicted, self.entity_gold)[2]

    @property
    def relation_precision(self) -> float:
        return self._prf(self.relation_tp, self.relation_predicted, self.relation_gold)[0]

    @property
    def relation_recall(self) -> float:
        return self._prf(self.relation_tp, self.relation_predicted, self.relation_gold)[1]

    @property
    def relation_f1(self) -> float:
        return self._prf(self.relation_tp, self.relation_predicted, self.relation_gold)[2]

    @property
    def f1(self) -> float:
        """The mean of entity and relation F1."""
        return (self.entity_f1 + self.relation_f1) / 2

    def type_prf(self, relation_type: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of one relation type."""
        tp, predicted, gold = self.by_type.get(relation_type, (0, 0, 0))
        return self._prf(tp, predicted, gold)

    def entity_type_prf(self, entity_type: str) -> tuple[float, float, float]:
        """Precision, recall and F1 of one entity type (a right name with the wrong
        type counts against both types)."""
        tp, predicted, gold = self.entity_by_type.get(entity_type, (0, 0, 0))
        return self._prf(tp, predicted, gold)

    def __add__(self, other: Scores) -> Scores:
        """Micro-averaged totals of two scores (per relation and entity type too)."""
        by_type = _add_counts(self.by_type, other.by_type)
        return Scores(
            self.entity_tp + other.entity_tp,
            self.entity_predicted + other.entity_predicted,
            self.entity_gold + other.entity_gold,
            self.relation_tp + other.relation_tp,
            self.relation_predicted + other.relation_predicted,
            self.relation_gold + other.relation_gold,
            by_type=by_type,
            entity_by_type=_add_counts(self.entity_by_type, other.entity_by_type),
            type_confusions=self.type_confusions + other.type_confusions,
            renamed=self.renamed + other.renamed,
            missed_why=self.missed_why + other.missed_why,
        )


def _add_counts(mine: dict[str, list[int]], theirs: dict[str, list[int]]) -> dict[str, list[int]]:
    out = {k: list(v) for k, v in mine.items()}
    for kind, counts in theirs.items():
        into = out.setdefault(kind, [0, 0, 0])
        for i, n in enumerate(counts):
            into[i] += n
    return out
