"""Sentence breaks the parser must not make, set before it parses. The small
English model now and then cuts a sentence where no sentence can end: right after
a possessive ("... from the Westshire Academy (WA)’s | Thriving Towns Fund to
support its work"), or before a word in lower case that follows a word with no
stop between them ("... a huge step forward | and we thank them"), or after an
ordinal that opens a sentence ("... in the town. 1st | Kelby Scout Group were
awarded": the ordinal opens the sentence and the name). A name cut in two is read
as two names, and a phrase cut from its verb loses its reading.
"""

from __future__ import annotations

from spacy.language import Language

from collabgraph.extract.mentions.tokens import POSSESSIVE, is_ordinal

_STOPS = {".", "!", "?"}
NAME = "collabgraph_sentence_glue"
"""The component's name in the pipeline (`nlp_model.load_nlp` adds it before the parser)."""


@Language.component(NAME)
def glue_sentences(doc):
    """Mark the tokens that cannot open a sentence (see the module docstring) as not
    opening one, so "Foo (FA)’s Bar Fund helps." stays one sentence; the parser keeps
    those marks. Returns the doc."""
    toks = list(doc)  # one Token a word, not one for each look at it
    for i in range(1, len(toks)):
        tok, before = toks[i], toks[i - 1]
        possessive = before.text in POSSESSIVE and before.tag_ == "POS"
        run_on = tok.is_lower and tok.is_alpha and before.is_alpha and not before.is_upper
        numbered = (
            is_ordinal(before.text)
            and i >= 2
            and toks[i - 2].text in _STOPS
            and tok.text[:1].isupper()
        )
        if numbered:
            before.is_sent_start = True
        if possessive or run_on or numbered:
            tok.is_sent_start = False
    return doc


__all__ = ["NAME", "glue_sentences"]
