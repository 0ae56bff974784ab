"""The per-Doc lists read once from a Doc's arrays (`doc_arrays`: entity types,
dependency labels, currency flags) and the lists built on them (a token's sum of
money, `rules.reader.money_flags`; a sentence's name openings,
`run_starts.start_keys`) give what the Tokens themselves say. Made-up names."""

from __future__ import annotations

import pytest

from collabgraph.extract import load_nlp
from collabgraph.extract.doc_arrays import currency_flags, dep_labels, ent_types
from collabgraph.extract.mentions.run_starts import AT_START_AFTER, start_keys
from collabgraph.extract.mentions.tokens import lower_word
from collabgraph.extract.rules.reader import money_flags

_TEXTS = (
    "The Kelby Trust gave £5,000 and $20 to Fenby Council in May 2025.",
    "Ada Foss said: “Jo Tern’s 5 million pounds and a £2m grant helped 60% of us.”",
)


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text", _TEXTS)
def test_columns_match_the_tokens(nlp, text):
    doc = nlp(text)
    assert ent_types(doc) == [t.ent_type_ for t in doc]
    assert dep_labels(doc) == [t.dep_ for t in doc]
    assert currency_flags(doc) == [t.is_currency for t in doc]


def _money(doc, k: int) -> bool:
    tok = doc[k]
    if tok.lower_ in {"m", "bn", "k"} and k > 0 and tok.nbor(-1).like_num:
        return True
    return tok.ent_type_ == "MONEY" or "£" in tok.text or tok.lower_ in {"pounds", "million"}


@pytest.mark.parametrize("text", _TEXTS)
def test_money_flags_match_reading_each_token(nlp, text):
    doc = nlp(text)
    assert money_flags(doc) == [_money(doc, k) for k in range(len(doc))]
    assert any(money_flags(doc))


@pytest.mark.parametrize("text", _TEXTS)
def test_start_keys_match_reading_each_token(nlp, text):
    doc = nlp(text)
    for sent in doc.sents:
        keys = {
            f"{lower_word(doc[k])} {lower_word(doc[k + 1])}"
            for k in range(sent.start, min(sent.end, len(doc) - 1))
            if k == sent.start or doc[k - 1].text in AT_START_AFTER
        }
        assert start_keys(doc, sent.start, sent.end) == keys
