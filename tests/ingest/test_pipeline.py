"""ingest/pipeline.py: the config puts our versioned components on the base pipeline."""

from __future__ import annotations

from spacy.language import Language

from ingest.pipeline import load_config


def test_components_in_config_order_with_versioned_factories(nlp: Language) -> None:
    config = load_config()
    ours = list(config["pipeline"]["components"])
    assert [n for n in nlp.pipe_names if n in ours] == ours
    assert nlp.pipe_names.index("sovai_amounts") < nlp.pipe_names.index("tok2vec")
    assert nlp.pipe_names.index("sovai_paragraphs") < nlp.pipe_names.index("parser")
    assert nlp.pipe_names.index("parser") < nlp.pipe_names.index("sovai_verbs")
    assert nlp.pipe_names.index("sovai_verbs") < nlp.pipe_names.index("lemmatizer")
    for name in ours:
        factory = nlp.get_pipe_meta(name).factory
        assert factory.startswith("sovai_") and factory.endswith("_v1")
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)  # the trained base pipeline


def test_a_dollar_sign_with_a_countrys_letters_splits_from_its_number(nlp: Language) -> None:
    words = [t.text for t in nlp.tokenizer("S$270 million, NT$450 million and US$6.8 billion")]
    assert words[:3] == ["S$", "270", "million"] and "NT$" in words and "US$" in words


def test_a_co_verb_is_one_word_read_as_its_verb(nlp: Language) -> None:
    doc = nlp("The model was co-developed with KAIST. Fujitsu co-develops Takane.")
    words = {t.text: t for t in doc}
    assert words["co-developed"].lemma_ == "develop" and words["co-developed"].pos_ == "VERB"
    assert words["co-develops"].lemma_ == "develop"


def test_a_legal_form_with_inner_full_stops_is_one_word(nlp: Language) -> None:
    words = [t.text for t in nlp.tokenizer("Polo Italiano di Calcolo S.p.A. signed.")]
    assert "S.p.A." in words


def test_regression_a_full_stop_after_a_models_size_ends_the_sentence(nlp: Language) -> None:
    words = [t.text for t in nlp.tokenizer("It is the successor to Teuken-7B. The U.S. firm")]
    assert words[5:7] == ["Teuken-7B", "."] and "U.S." in words


def test_a_brands_initialism_after_a_full_stop_stays_in_its_word(nlp: Language) -> None:
    words = [t.text for t in nlp.tokenizer("Carga.IA Tecnologia won. It ended.Next came.")]
    assert "Carga.IA" in words and words[-5:-2] == ["ended", ".", "Next"]


def test_the_polish_legal_form_keeps_its_full_stops(nlp: Language) -> None:
    words = [t.text for t in nlp.tokenizer("Edu-Model Sp. z o.o. won.")]
    assert "Sp." in words and "o.o." in words


def test_regression_the_danish_legal_form_is_one_word(nlp: Language) -> None:
    """'Nordlys Therapeutics A/S develops ...' was cut at the slash, and no firm was named."""
    assert "A/S" in [t.text for t in nlp.make_doc("Nordlys Therapeutics A/S develops models.")]
