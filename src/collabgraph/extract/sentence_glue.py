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

from collabgraph.extract.doc_arrays import strings_of
from collabgraph.extract.mentions.tokens import POSSESSIVE, is_ordinal

_STOPS = {".", "!", "?"}
NAME = "collabgraph_sentence_glue"
"""The component's name in the pipeline (`nlp_model.load_nlp` adds it before the parser)."""


@Language.component(NAME)
def glue_sentences(doc):
    """Mark the tokens that cannot open a sentence (see the module docstring) as not
    opening one, so "Foo (FA)’s Bar Fund helps." stays one sentence; the parser keeps
    those marks. Returns the doc."""
    # the words' spellings and flags read from lists, a Token made only to mark one
    rows = doc.to_array(["ORTH", "IS_LOWER", "IS_ALPHA", "IS_UPPER"]).tolist() if len(doc) else []
    texts = strings_of(doc, [r[0] for r in rows])
    flags = [r[1:] for r in rows]
    for i in range(1, len(texts)):
        before = texts[i - 1]
        possessive = before in POSSESSIVE and doc[i - 1].tag_ == "POS"
        lower, alpha, _ = flags[i]
        _, alpha_before, upper_before = flags[i - 1]
        run_on = lower and alpha and alpha_before and not upper_before
        numbered = (
            i >= 2 and texts[i - 2] in _STOPS and texts[i][:1].isupper() and is_ordinal(before)
        )
        if numbered:
            doc[i - 1].is_sent_start = True
        if possessive or run_on or numbered:
            doc[i].is_sent_start = False
    return doc


__all__ = ["NAME", "glue_sentences"]
