"""ingest/components/verbs.py: a root the tagger read as a plural noun is the verb it is."""

from __future__ import annotations

from spacy.language import Language


def test_a_root_with_a_subject_and_an_object_is_a_verb_with_its_lemma(nlp: Language) -> None:
    doc = nlp("The Ministry of Housing grants TNO an institutional subsidy of EUR 9.5 million.")
    grants = next(t for t in doc if t.text == "grants")
    assert (grants.tag_, grants.pos_, grants.lemma_) == ("VBZ", "VERB", "grant")


def test_a_plural_noun_that_is_no_clauses_root_stays_a_noun(nlp: Language) -> None:
    doc = nlp("The ministry approved three grants for TNO.")
    grants = next(t for t in doc if t.text == "grants")
    assert grants.pos_ == "NOUN" and grants.lemma_ == "grant"
