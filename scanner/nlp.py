"""Presidio's spaCy NLP engine on blank pipelines: offline, no model download.

``SpacyNlpEngine.load`` downloads a model it cannot find (DESIGN.md, Traps).
This subclass builds ``spacy.blank(lang)`` per language instead, or loads a
trained pipeline the user installed and named in configuration.  Blank
pipelines leave lemmas empty and Presidio's context enhancer matches context
words against lemmas, so a tiny component sets each lemma to the lower-cased
text.
"""

from __future__ import annotations

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.language import Language

LEMMA_COMPONENT = "nordpii_lower_lemma"


@Language.component(LEMMA_COMPONENT)
def lower_lemma(doc):
    for token in doc:
        token.lemma_ = token.lower_
    return doc


class BlankSpacyNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine whose pipelines are blank (or a named local model)."""

    def __init__(self, languages, model_name: str | None = None) -> None:
        models = [{"lang_code": lang, "model_name": model_name or f"blank:{lang}"} for lang in languages]
        super().__init__(
            models=models,
            ner_model_configuration=NerModelConfiguration(
                labels_to_ignore=["ORG", "ORGANIZATION", "CARDINAL", "ORDINAL", "QUANTITY",
                                  "MONEY", "PERCENT", "PRODUCT", "WORK_OF_ART", "LAW",
                                  "LANGUAGE", "EVENT", "FAC", "TIME"]
            ),
        )

    def load(self) -> None:
        self.nlp = {}
        trained = None
        for model in self.models:
            name = model["model_name"]
            if name.startswith("blank:"):
                nlp = spacy.blank(model["lang_code"])
            else:
                # A trained pipeline the user installed, loaded once for every
                # language; spacy.load reads a package or a path, never downloads.
                if trained is None:
                    try:
                        trained = spacy.load(name)
                    except OSError:
                        raise ModelNotInstalled(
                            f"spaCy pipeline {name!r} is not installed (nordpii never downloads "
                            "models: pip-install the pipeline's package or give its path)"
                        ) from None
                nlp = trained
            if LEMMA_COMPONENT not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names:
                nlp.add_pipe(LEMMA_COMPONENT, last=True)
            self.nlp[model["lang_code"]] = nlp


class ModelNotInstalled(Exception):
    """The configured spaCy pipeline cannot be loaded; one line for the user."""
