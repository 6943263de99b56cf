"""Builds the spaCy pipeline from `ingest/pipeline.cfg`: base model plus our components.

Nothing downloads: the base model is a Python package pinned in uv.lock.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex
from thinc.api import Config

import ingest.components.actors
import ingest.components.amounts
import ingest.components.gazetteer
import ingest.components.paragraphs
import ingest.components.verbs
from ingest.names import LEGAL_FORMS

CONFIG_FILE = Path(__file__).resolve().parent / "pipeline.cfg"

__all__ = ["CONFIG_FILE", "build_nlp", "load_config", "shared_nlp"]
# Importing the component modules registers their factories with spaCy.
_REGISTERED = (
    ingest.components.actors,
    ingest.components.amounts,
    ingest.components.gazetteer,
    ingest.components.paragraphs,
)


def load_config(path: Path = CONFIG_FILE) -> Config:
    """Reads the pipeline config (file access: reads `path`)."""
    return Config().from_disk(path)


def build_nlp(config: Config | None = None) -> Language:
    """The base pipeline with our components added as the config says (loads the model)."""
    cfg = config or load_config()
    nlp = spacy.load(cfg["base"]["model"], exclude=list(cfg["base"]["exclude"]))
    _add_affixes(
        nlp,
        prefix=cfg["tokenizer"]["currency_prefix"],
        suffix=cfg["tokenizer"]["size_stop_suffix"],
        initialism=cfg["tokenizer"]["brand_initialism"],
        heading_dash=cfg["tokenizer"]["heading_dash"],
    )
    _keep_legal_forms_whole(nlp)
    _read_co_verbs_as_verbs(nlp, dict(cfg["tokenizer"]["co_verbs"]))
    for name in cfg["pipeline"]["components"]:
        settings: dict[str, Any] = dict(cfg["components"][name])
        factory = settings.pop("factory")
        before = settings.pop("before", None)
        nlp.add_pipe(factory, name=name, config=settings, before=before)
    _empty_tokenizer_cache(nlp)
    return nlp


def _empty_tokenizer_cache(nlp: Language) -> None:
    """The gazetteer tokenizes its tens of thousands of name variants, which fill the
    tokenizer's cache (10,000 chunks at most): no report's word was cached after that, and
    every one went through the affix patterns again (tokenizing took three times as long).
    Setting the rules anew empties the cache (emptying it in place left it counted full)."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    tokenizer.rules = tokenizer.rules


def _add_affixes(
    nlp: Language, *, prefix: str, suffix: str, initialism: str, heading_dash: str
) -> None:
    """Adds the config's currency prefix ("S$", "NT$") to the tokenizer's prefixes and its full
    stop after a size ("Teuken-7B.") to the suffixes; the infix full stop between a small
    letter and a capital no longer splits before a brand's `initialism` ("Carga.IA"), and a
    `heading_dash` after a heading's full stop splits ("Agency.—Grid")."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    tokenizer.prefix_search = compile_prefix_regex([*(nlp.Defaults.prefixes or ()), prefix]).search
    tokenizer.suffix_search = compile_suffix_regex([*(nlp.Defaults.suffixes or ()), suffix]).search
    stop = r"\.(?="  # (the base infix "(?<=[a-z...])\.(?=[A-Z...])", the only one with it)
    infixes = [
        p.replace(stop, rf"\.(?!{initialism}){stop[2:]}") if isinstance(p, str) else p
        for p in nlp.Defaults.infixes or ()
    ]
    infixes.append(heading_dash)
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _keep_legal_forms_whole(nlp: Language) -> None:
    """'Sdn.', 'Bhd.', 'Pvt.', 'A/S': an abbreviated legal form keeps its full stop, as the base
    tokenizer already does for 'Inc.' and 'Ltd.' (else 'Kijang Compute Sdn. Bhd.' is cut in
    two sentences); so do a letterhead's capitals ('HANBIT NEURAL CO., LTD.')."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for form in LEGAL_FORMS | {"Co.", "Sp.", "o.o."}:  # (and the Polish "Sp. z o.o.")
        # ("S.p.A." too, which the base tokenizer cuts at "S.p"; and the Danish "A/S", cut at
        # its slash)
        if form.endswith(".") or "/" in form:
            for written in {form, form.upper()}:
                tokenizer.add_special_case(written, [{ORTH: written}])


def _read_co_verbs_as_verbs(nlp: Language, verbs: dict[str, list[str]]) -> None:
    """'co-developed' stays one word; the tagger and parser see the verb after the hyphen (its
    NORM) and the lemmatizer gives that verb's lemma (set by the attribute ruler, which the
    rule lemmatizer does not overwrite)."""
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    for lemma, forms in verbs.items():
        for form in forms:
            for written in (f"co-{form}", f"Co-{form}"):
                tokenizer.add_special_case(written, [{ORTH: written, NORM: form}])
            ruler.add([[{"LOWER": f"co-{form}"}]], {"LEMMA": lemma})


@cache
def shared_nlp() -> Language:
    """One pipeline per process, built on first use."""
    return build_nlp()
