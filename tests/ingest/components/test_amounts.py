"""ingest/components/amounts.py: an amount's everyday-word currency reads as a noun."""

from __future__ import annotations

from spacy.language import Language


def test_won_after_an_amount_is_a_noun_and_the_verb_stays_a_verb(nlp: Language) -> None:
    doc = nlp("MSIT set aside 1.46 trillion won for GPUs after Naver won the tender.")
    amount, verb = [t for t in doc if t.lower_ == "won"]
    assert amount.norm_ == "dollars" and amount.pos_ == "NOUN"
    assert verb.norm_ == "won" and verb.pos_ == "VERB"
    assert amount.text == "won" and doc.text.count("won") == 2  # the text stays as written
