"""The classifier's own scoring path gives exactly what spaCy's Language.pipe gives.

Classifier.raw_scores and the need model skip Language.pipe and spaCy's per-document
n-gram counting (see model._textcat_scores); the need model reads Docs from the main
model's tokenizer. These tests hold the shipped models to the plain spaCy path, float for
float, on realistic, empty and odd texts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.classify import Classifier
from mailbot.classify.features import MessageMemo, model_text, need_model_text
from mailbot.classify.model import _bow_layers, _textcat_scores, _unigram_counts
from mailbot.parse import parse_message
from mailbot.safety import machine_check

DEV_DIR = Path(__file__).resolve().parent.parent / "corpus" / "out" / "dev"
ODD_TEXTS = [
    "",
    " ",
    "\n\n",
    "hello",
    "hello hello hello",
    "__hdr_list__ __machine__",
    "we need a fract cto for our mvp, budge 10k €/month",
    "ΟΔΟΣ σς ½ ² — İstanbul ǅ ﬁ",
    "a " * 500,
]


@pytest.fixture(scope="module")
def classifier() -> Classifier:
    return Classifier.load()


@pytest.fixture(scope="module")
def texts() -> tuple[list[str], list[str]]:
    files = sorted(DEV_DIR.glob("*.eml"))[:200]
    model_texts: list[str] = []
    need_texts: list[str] = []
    with MessageMemo():
        for path in files:
            parsed = parse_message(path.read_bytes())
            model_texts.append(model_text(parsed, machine_check(parsed)))
            need_texts.append(need_model_text(parsed))
    return model_texts + ODD_TEXTS, need_texts + ODD_TEXTS


def test_the_shipped_models_take_the_fast_path(classifier: Classifier) -> None:
    assert _bow_layers(classifier.nlp.get_pipe("textcat").model) is not None  # type: ignore[attr-defined]
    assert classifier.need_nlp is not None
    assert _bow_layers(classifier.need_nlp.get_pipe("textcat").model) is not None  # type: ignore[attr-defined]
    assert classifier.tokenizer_nlp is classifier.nlp


@pytest.mark.parametrize("batch_size", [1, 7, 256])
def test_scores_are_language_pipe_cats(
    classifier: Classifier, texts: tuple[list[str], list[str]], batch_size: int
) -> None:
    model_texts, need_texts = texts
    # The batches matter: a batch of empty Docs only scores all zeros (TextCategorizer.predict).
    expected = [dict(doc.cats) for doc in classifier.nlp.pipe(model_texts, batch_size=batch_size)]
    got = _textcat_scores(classifier.nlp, classifier.nlp, model_texts, batch_size)
    assert got == expected
    assert classifier.need_nlp is not None
    expected = [
        dict(doc.cats) for doc in classifier.need_nlp.pipe(need_texts, batch_size=batch_size)
    ]
    got = _textcat_scores(classifier.need_nlp, classifier.tokenizer_nlp, need_texts, batch_size)
    assert got == expected


def test_only_empty_texts_score_like_spacy(classifier: Classifier) -> None:
    for texts in (["", ""], ["", " ", ""], [" "]):
        expected = [dict(doc.cats) for doc in classifier.nlp.pipe(texts, batch_size=256)]
        assert _textcat_scores(classifier.nlp, classifier.nlp, texts, 256) == expected
    # A batch of Docs without a token scores all zeros (TextCategorizer.predict).
    zeros = _textcat_scores(classifier.nlp, classifier.nlp, ["", ""], 256)
    assert all(value == 0.0 for cats in zeros for value in cats.values())
    assert _textcat_scores(classifier.nlp, classifier.nlp, [], 256) == []


def test_unigram_counts_are_extract_ngrams_output(
    classifier: Classifier, texts: tuple[list[str], list[str]]
) -> None:
    import numpy

    model = classifier.nlp.get_pipe("textcat").model  # type: ignore[attr-defined]
    extract = model.layers[0].layers[0].layers[0]
    docs = [classifier.nlp.make_doc(text) for text in texts[0]]
    (keys, vals, lengths), _ = extract(docs, is_train=False)
    got_keys, got_vals, got_lengths = _unigram_counts(docs)
    for want, got in ((keys, got_keys), (vals, got_vals), (lengths, got_lengths)):
        assert got.dtype == want.dtype
        assert numpy.array_equal(got, want)


def test_extraction_docs_keep_what_matching_reads() -> None:
    """The extraction vocabulary computes LOWER and IS_SPACE only; they are spaCy's."""
    from mailbot.classify.extract import _doc
    from mailbot.classify.features import blank_pipeline

    full = blank_pipeline()
    for text in [*ODD_TEXTS, "Senior Python/Go DEVELOPER, 10+ yrs\n\n  Ana Costa\t(CTO)"]:
        doc = _doc(text)
        reference = full.make_doc(doc.text)
        assert [t.text for t in doc] == [t.text for t in reference]
        assert [t.lower_ for t in doc] == [t.lower_ for t in reference]
        assert [t.is_space for t in doc] == [t.is_space for t in reference]
        assert [t.whitespace_ for t in doc] == [t.whitespace_ for t in reference]


def test_scoring_vocabularies_skip_lexical_attributes(classifier: Classifier) -> None:
    assert classifier.nlp.vocab.lex_attr_getters == {}  # type: ignore[attr-defined]


def test_pieces_split_on_the_tokenizers_whitespace() -> None:
    """_SPAN_RE's \\s is spaCy's tokenizer test (str.isspace) on every code point."""
    import re
    import sys

    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (space.match(char) is not None) == char.isspace(), hex(code)


def test_piece_keys_are_the_tokenizers_keys(classifier: Classifier) -> None:
    """Texts made of words, affixes and every kind of whitespace run: the span table gives
    each text the keys, and so the counts, of spaCy's own Doc."""
    import random

    import numpy

    from mailbot.classify.model import _span_keys

    atoms = ["a", "bc", "(x)", "it's", "--", "é", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\r\n"]
    rng = random.Random(7)
    texts = ["".join(rng.choice(atoms) for _ in range(rng.randrange(12))) for _ in range(3000)]
    texts += ODD_TEXTS
    table = _span_keys(classifier.nlp)
    assert table is not None
    for start in range(0, len(texts), 50):
        batch = texts[start : start + 50]
        docs = [classifier.nlp.make_doc(text) for text in batch]
        got = table.unigram_counts(batch, classifier.nlp)
        if not any(len(doc) for doc in docs):
            assert got is None
            continue
        assert got is not None
        for want, have in zip(_unigram_counts(docs), got, strict=True):
            assert have.dtype == want.dtype
            assert numpy.array_equal(have, want)


def test_a_full_piece_table_starts_afresh_and_counts_alike(classifier: Classifier) -> None:
    """Past its cap the table forgets its pieces (a daemon meets new words forever) and
    tokenizes them again: the counts stay spaCy's."""
    import numpy

    from mailbot.classify.model import _SpanKeys

    table = _SpanKeys(classifier.nlp.tokenizer, max_spans=5)
    texts = [f"word{n} shared (x) and{n % 3}" for n in range(40)]
    for start in range(0, len(texts), 4):
        batch = texts[start : start + 4]
        got = table.unigram_counts(batch, classifier.nlp)
        assert got is not None
        assert len(table.ids) <= 5 + 4 * 6  # reset before each batch once past the cap
        want = _unigram_counts([classifier.nlp.make_doc(text) for text in batch])
        for expected, have in zip(want, got, strict=True):
            assert numpy.array_equal(have, expected)
