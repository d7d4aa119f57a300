"""The read-ahead worker's share of classification (classify/prepare.py) changes nothing:
analysing with its machine checks and model inputs gives the very Analysis the daemon gets
computing them itself, on varied, hostile and real broken mail."""

from __future__ import annotations

import pickle
from typing import Any

import pytest
from hostile import hostile_cases, pure_pipeline, require_model, varied_replies, wild_corpus

from mailbot.classify.prepare import ModelInput, Prepared, prepare_many
from mailbot.models import RawMessage
from mailbot.parse import parse_message
from mailbot.readahead import parse_and_prepare

pytestmark = pytest.mark.usefixtures("model_present")


@pytest.fixture(scope="module")
def model_present() -> None:
    require_model()


@pytest.fixture(scope="module")
def pipeline() -> Any:
    return pure_pipeline()[0]


def corpus() -> list[bytes]:
    wild = [path.read_bytes() for path in wild_corpus()]
    return [*varied_replies(120), *(case.data for case in hostile_cases()), *wild]


def raws_of(datas: list[bytes]) -> list[RawMessage]:
    return [
        RawMessage("INBOX", 1, index + 1, data, size=len(data)) for index, data in enumerate(datas)
    ]


def test_analysis_is_the_same_with_the_workers_preparation(pipeline: Any) -> None:
    datas = corpus()
    owners = pipeline.config.settings.owner.addresses
    texts = pipeline.config.newsletter_texts
    compared = 0
    for start in range(0, len(datas), 50):
        chunk = datas[start : start + 50]
        raws = raws_of(chunk)
        # as the worker sends them: through pickle
        parsed, prepared = pickle.loads(pickle.dumps(parse_and_prepare(chunk, texts, owners)))
        # the same parse both ways (the worker reads PDFs with PDFium, the daemon with pypdf)
        here = pipeline.analyse(raws, parsed)
        ahead = pipeline.analyse(raws, parsed, prepared)
        for mine, theirs in zip(here, ahead, strict=True):
            assert mine.parsed == theirs.parsed
            assert mine.safety == theirs.safety
            assert mine.classification == theirs.classification
            assert mine.error == theirs.error
            compared += 1
    assert compared == len(datas) > 250


def test_a_missing_preparation_is_computed_here(pipeline: Any) -> None:
    datas = varied_replies(20, seed=3)
    raws = raws_of(datas)
    parsed = [parse_message(data) for data in datas]
    owners = pipeline.config.settings.owner.addresses
    full = prepare_many(parsed, owners)
    holes = [Prepared(None, None) if i % 3 == 0 else p for i, p in enumerate(full)]
    no_input = [Prepared(p.verdict, None) if i % 3 == 1 else p for i, p in enumerate(full)]
    expected = pipeline.analyse(raws, parsed)
    for partial in (holes, no_input):
        got = pipeline.analyse(raws, parsed, partial)
        assert [a.classification for a in got] == [a.classification for a in expected]
        assert [a.safety for a in got] == [a.safety for a in expected]


def test_the_model_reads_the_prepared_text(pipeline: Any) -> None:
    """The daemon really uses the worker's text: a different one changes the scores."""
    datas = varied_replies(6, seed=5)
    parsed = [parse_message(data) for data in datas]
    owners = pipeline.config.settings.owner.addresses
    prepared = prepare_many(parsed, owners)
    assert all(p.model_input is not None and p.verdict is not None for p in prepared)
    blank = [
        Prepared(p.verdict, ModelInput("", p.model_input.need_text, "en"))
        for p in prepared
        if p.model_input is not None
    ]
    real = pipeline.analyse(raws_of(datas), parsed, prepared)
    emptied = pipeline.analyse(raws_of(datas), parsed, blank)
    assert [a.classification.scores for a in real] != [a.classification.scores for a in emptied]


def test_prepare_many_never_raises_and_keeps_order() -> None:
    datas = [case.data for case in hostile_cases()][:80]
    parsed = [parse_message(data) for data in datas]
    prepared = prepare_many(parsed, ("owner@example.com",))
    assert len(prepared) == len(parsed)
    assert all(p.verdict is not None for p in prepared)
