"""A trained spaCy pipeline named in configuration adds its PERSON entities.

No trained pipeline is installable offline, so the test builds a real one: a
blank English pipeline with an entity ruler, saved to disk and named by path,
which is exactly how spacy.load reads an installed pipeline.
"""

from __future__ import annotations

import json

import pytest
import spacy
from click.testing import CliRunner
from sqlalchemy import Column, Integer, MetaData, Table, Text, create_engine, insert

from scanner.cli import main
from scanner.detection import Detector, DetectorConfig

# "Zyx Qwerty" is no name in the gazetteers: only the NER can find it.
NAME = "Zyx Qwerty"


@pytest.fixture(scope="module")
def pipeline_path(tmp_path_factory):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": NAME}, {"label": "ORG", "pattern": "Acme"}])
    path = tmp_path_factory.mktemp("model") / "tiny_ner"
    nlp.to_disk(path)
    return str(path)


def test_ner_adds_persons_the_gazetteer_does_not_know(pipeline_path):
    text = f"Spoke to {NAME} from Acme about the renewal"
    without = Detector(DetectorConfig(languages=("en",))).detect_value(text)
    assert not any(h.entity_type == "PERSON" for h in without.hits)
    detector = Detector(DetectorConfig(languages=("en",), spacy_model=pipeline_path))
    hits = [h for h in detector.detect_value(text).hits if h.entity_type == "PERSON"]
    assert [(text[h.start:h.end], h.score, h.shape) for h in hits] == [(NAME, 0.85, "ner")]


def test_ner_persons_in_a_product_column_need_their_own_context(pipeline_path):
    """rules/column_hints.yaml ``against``: under ``product`` the NER's person
    counts only with a context word in the value, like the gazetteer's."""
    detector = Detector(DetectorConfig(languages=("en",), spacy_model=pipeline_path))
    plain, labelled = f"{NAME} Deluxe", f"Contact person {NAME}"
    found = detector.detect([plain, labelled], "product")
    assert [h.entity_type for h in found[plain].hits] == []
    assert [(labelled[h.start:h.end], h.shape) for h in found[labelled].hits if h.shape == "ner"] == [(NAME, "ner")]
    assert [h.shape for h in detector.detect([plain], "value")[plain].hits] == ["ner"]


def test_cli_spacy_model_option(pipeline_path, tmp_path):
    url = f"sqlite:///{tmp_path / 'crm.db'}"
    md = MetaData()
    table = Table("notes", md, Column("id", Integer, primary_key=True), Column("note", Text))
    engine = create_engine(url)
    md.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(table), [{"id": i, "note": f"call {NAME} on monday please"} for i in range(5)])
    engine.dispose()
    args = ["scan", url, "--format", "json", "-q", "--fail-on", "never"]
    plain = json.loads(CliRunner().invoke(main, args).stdout)
    assert plain["findings"] == []
    result = CliRunner().invoke(main, args + ["--spacy-model", pipeline_path])
    assert result.exit_code == 0, result.output
    (finding,) = json.loads(result.stdout)["findings"]
    assert (finding["entity_type"], finding["hits"], finding["evidence"]) == ("PERSON", 5, ["Z*** Q***"])
    assert NAME not in result.output


def test_missing_model_is_one_line_exit_2(tmp_path):
    result = CliRunner().invoke(main, ["scan", "sqlite:///x.db", "--spacy-model", "xx_no_such_pipeline"])
    assert result.exit_code == 2
    assert "not installed" in result.stderr and "never downloads" in result.stderr
    assert "Traceback" not in result.output
