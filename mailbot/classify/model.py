"""The trained classifier: applicant / client / other (+ kind), with a calibrated confidence.

Architecture (chosen by measurement, see train.py): one exclusive spaCy `textcat`, a unigram
bag-of-words (`spacy.TextCatBOW.v3`, ngram 1) over `model_text` (lower-cased, long words cut
to 5 letters), predicting a combined label set: `applicant`, `client` and one `other:<kind>`
per kind. P(other) is the sum of the kinds, so the top-level decision uses all the evidence
for "not a person who wants something", and the kind is the best `other:*` label. A second,
small textcat (`need/`) predicts a client's need.

Confidence is the probability of the chosen top-level label after temperature scaling of
the softmax (T fitted on held-out training data, bounded to [0.5, 5]; train.py says why).
Below the caller's floor the label is UNSURE and `raw_label` keeps the model's choice.

Machines short-circuit: a message the RFC 3834 check calls a machine (and that does not relay
a person) is `other` with confidence 1.0; its kind is `bounce` for delivery reports, else the
model's best `other:*` kind (the model sees header tokens). Standard auto-reply subjects
("Out of Office", "Automatic reply", "Abwesenheitsnotiz", ...) force `other/auto_reply`, and
a receiving server's spam flag (`X-Spam-Flag: YES`) forces `other/spam`, whatever the words.

The cue gate (gate.py) checks the model's applicant or client against the message's words:
an applicant whose text (subject, new text, own signature, forwarded part, attachment names,
CV text) holds no applicant cue in any of the five languages (role, experience, CV/résumé/
currículo/Lebenslauf, LinkedIn, portfolio, the network, freelancing, availability, rates...),
a client whose text holds no client cue (need, hiring, CTO, project, MVP, budget, help, team,
advice, startup, company...), and any applicant or client whose own text is empty or
near-empty with no CV and no LinkedIn profile, become UNSURE (held for a human; `raw_label`
keeps the model's choice; the evidence says why). A bag-of-words model has no "none of the
above": this is how mail unlike anything it was trained on (test messages, bulletins in
other languages, one-liners) avoids a reply draft. The cue lists are broad, so on the dev
corpus the gate fires on no real applicant or client (tests/test_classify.py measures it).

Evidence is cheap: cue phrases that agree with the label, the fields that were found, and the
safety check's reasons.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from weakref import WeakKeyDictionary

from mailbot.classify.extract import (
    extract_applicant,
    extract_client,
    field_evidence,
    find_cues,
    forwarded_sender,
    warm_up_extraction,
)
from mailbot.classify.features import (
    SPACY_TOKENIZER,
    MessageMemo,
    empty_tokenizer_config,
    model_text,
    need_model_text,
    sender_text,
)
from mailbot.classify.gate import gate_reason, warm_up_gate
from mailbot.classify.language import detect_language
from mailbot.errors import ConfigError
from mailbot.models import (
    Address,
    Classification,
    Evidence,
    Label,
    OtherKind,
    ParsedMessage,
    SafetyVerdict,
)
from mailbot.safety import is_machine_address

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import TextCategorizer
    from spacy.tokenizer import Tokenizer
    from spacy.tokens import Doc
    from thinc.api import Model

    from mailbot.classify.prepare import ModelInput

DEFAULT_MODEL_DIR = Path(__file__).resolve().parent.parent / "model"
META_FILE = "mailbot_meta.json"
OTHER_PREFIX = "other:"
NEED_MODEL_DIR = "need"
TOP_LABELS = (Label.APPLICANT, Label.CLIENT, Label.OTHER)

AUTO_REPLY_SUBJECT_RE = re.compile(
    r"^\s*(?:out of (?:the )?office|automatic reply|auto(?:matic)?[- ]?reply|autoreply|"
    r"abwesenheitsnotiz|automatische antwort|abwesend|réponse automatique|absence du bureau|"
    r"absent du bureau|resposta automática|resposta automatica|ausente do escritório|"
    r"fora do escritório|respuesta automática|respuesta automatica|fuera de la oficina|"
    r"ausente de la oficina|vacation reply|on vacation|away from (?:the )?office)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ModelMeta:
    labels: tuple[str, ...]
    temperature: float
    architecture: str
    version: int = 1
    field_models: tuple[str, ...] = ()


class Classifier:
    """A loaded model. Thread-compatible: use one instance per thread."""

    def __init__(self, nlp: Language, meta: ModelMeta, need_nlp: Language | None = None) -> None:
        self.nlp = nlp
        self.meta = meta
        self.need_nlp = need_nlp
        # What tokenizes the need model's texts: the main pipeline's tokenizer when the two
        # are configured alike (its cache is warm with the same words), else its own.
        self.tokenizer_nlp = need_nlp
        if need_nlp is not None and _same_tokenizer(nlp, need_nlp):
            self.tokenizer_nlp = nlp

    @classmethod
    def load(cls, path: Path | None = None) -> Classifier:
        """Load the model directory written by `train()` (default: `mailbot/model/`)."""
        model_dir = path if path is not None else DEFAULT_MODEL_DIR
        meta_path = model_dir / META_FILE
        if not meta_path.is_file():
            raise ConfigError(
                f"no classifier model at {model_dir}: run `mailbot train` to build one",
                key="model",
            )
        try:
            raw = json.loads(meta_path.read_text(encoding="utf-8"))
            meta = ModelMeta(
                labels=tuple(raw["labels"]),
                temperature=float(raw.get("temperature", 1.0)),
                architecture=str(raw.get("architecture", "bow1")),
                version=int(raw.get("version", 1)),
                field_models=tuple(raw.get("field_models", ())),
            )
            nlp = _load_pipeline(model_dir)
            need_nlp = None
            if NEED_MODEL_DIR in meta.field_models:
                need_nlp = _load_pipeline(model_dir / NEED_MODEL_DIR)
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(
                f"classifier model at {model_dir} cannot be loaded ({exc}): "
                "run `mailbot train` to rebuild it",
                key="model",
            ) from exc
        _skip_lexical_attributes(nlp)
        if need_nlp is not None:
            _skip_lexical_attributes(need_nlp)
        # Build the extraction matchers now (~40 ms), not inside the first batch.
        warm_up_extraction()
        warm_up_gate()
        return cls(nlp, meta, need_nlp)

    def predict_need(self, parsed: ParsedMessage) -> str:
        """The need model's answer for one client message ("" without a need model)."""
        if self.need_nlp is None:
            return ""
        cats = self.need_nlp(need_model_text(parsed)).cats
        return max(cats, key=lambda k: cats[k]) if cats else ""

    # --- scoring -------------------------------------------------------------------------

    def raw_scores(self, texts: Sequence[str], batch_size: int = 256) -> list[dict[str, float]]:
        """Calibrated probabilities over the model's own (combined) labels, one dict a text."""
        return [
            apply_temperature(cats, self.meta.temperature)
            for cats in _textcat_scores(self.nlp, self.nlp, texts, batch_size)
        ]

    def classify(
        self, parsed: ParsedMessage, verdict: SafetyVerdict | None, floor: float = 0.6
    ) -> Classification:
        verdict = verdict if verdict is not None else SafetyVerdict(is_machine=False)
        return self.classify_many([(parsed, verdict)], floor=floor)[0]

    def classify_many(
        self,
        items: Sequence[tuple[ParsedMessage, SafetyVerdict]],
        floor: float = 0.6,
        inputs: Sequence[ModelInput | None] | None = None,
    ) -> list[Classification]:
        """`inputs`: each item's `prepare.model_input`, computed elsewhere (the read-ahead
        worker), or None where this call is to compute it."""
        prepared: Sequence[ModelInput | None] = (
            inputs if inputs is not None else [None] * len(items)
        )
        if len(prepared) != len(items):
            raise ValueError("inputs must match items one to one")
        with MessageMemo():
            # Machines are scored too: their label is fixed (other), but the model, which
            # sees header tokens, tells an auto-reply from a list mail better than header
            # rules do.
            all_cats = self.raw_scores(
                [
                    given.model_text if given is not None else model_text(parsed, verdict)
                    for (parsed, verdict), given in zip(items, prepared, strict=True)
                ]
            )
            results: list[Classification] = []
            for (parsed, verdict), cats, given in zip(items, all_cats, prepared, strict=True):
                language = given.language if given is not None else None
                if _short_circuits(verdict):
                    results.append(_machine_classification(parsed, verdict, cats, language))
                else:
                    results.append(self._from_scores(parsed, verdict, cats, floor, language))
            return self._fill_needs(items, results, prepared)

    def _fill_needs(
        self,
        items: Sequence[tuple[ParsedMessage, SafetyVerdict]],
        results: list[Classification],
        prepared: Sequence[ModelInput | None],
    ) -> list[Classification]:
        """Set every client's need from the need model, in one batch (one call per message
        costs ten times more)."""
        if self.need_nlp is None:
            return results
        clients = [i for i, result in enumerate(results) if result.client is not None]
        texts = [
            given.need_text if (given := prepared[i]) is not None else need_model_text(items[i][0])
            for i in clients
        ]
        # The need model's tokenizer is the main model's (same rules, checked at load), and
        # its cache already holds most of these words: the main model read them just now.
        all_cats = _textcat_scores(self.need_nlp, self.tokenizer_nlp, texts, 256)
        for index, cats in zip(clients, all_cats, strict=True):
            client = results[index].client
            if client is not None and cats:
                need = max(cats, key=lambda k: cats[k])
                results[index] = replace(results[index], client=replace(client, need=need))
        return results

    def _from_scores(
        self,
        parsed: ParsedMessage,
        verdict: SafetyVerdict,
        cats: dict[str, float],
        floor: float,
        language: str | None = None,
    ) -> Classification:
        top = top_level_scores(cats)
        label_name = max(top, key=lambda name: top[name])
        confidence = top[label_name]
        kind: OtherKind | None = None
        if label_name == Label.OTHER.value:
            kind = best_kind(cats)
        evidence: list[Evidence] = []
        if AUTO_REPLY_SUBJECT_RE.search(parsed.subject):
            # Standard auto-reply subjects: never risk answering one.
            label_name, kind, confidence = Label.OTHER.value, OtherKind.AUTO_REPLY, 1.0
            evidence.append(Evidence("subject", parsed.subject[:120]))
        elif is_spam_flagged(parsed):
            # The receiving server's spam filter said so; a "client" in spam is a phish.
            label_name, kind, confidence = Label.OTHER.value, OtherKind.SPAM, 1.0
            evidence.append(Evidence("header", "X-Spam-Flag: YES"))
        label = Label(label_name)
        # The cue gate (see the module docstring): no words to back it, no applicant/client.
        unsupported = gate_reason(label, parsed)
        person = choose_person(parsed, verdict)
        applicant = extract_applicant(parsed, person) if label is Label.APPLICANT else None
        client = None
        if label is Label.CLIENT:
            # With a need model, classify_many fills `need` in one batch afterwards.
            client = extract_client(parsed, person, need_from_rules=self.need_nlp is None)
        evidence.extend(cue_evidence(label_name, sender_text(parsed)))
        evidence.extend(field_evidence(applicant, client))
        if verdict.relayed:
            evidence.append(Evidence("relay", "; ".join(verdict.reasons)[:200]))
        final_label, raw_label = label, None
        if unsupported:
            evidence.append(Evidence("gate", unsupported))
            final_label, raw_label = Label.UNSURE, label
        elif confidence < floor:
            final_label, raw_label = Label.UNSURE, label
        return Classification(
            label=final_label,
            kind=kind,
            confidence=round(confidence, 4),
            person=person,
            language=(
                language
                if language is not None
                else detect_language(parsed.subject + "\n" + parsed.new_text)
            ),
            scores=tuple(sorted(((k, round(v, 4)) for k, v in top.items()), key=lambda kv: -kv[1])),
            applicant=applicant,
            client=client,
            evidence=tuple(evidence),
            raw_label=raw_label,
        )


# --- pure helpers ----------------------------------------------------------------------------


SPACY_TOKENIZER_SECTION = f'[nlp.tokenizer]\n@tokenizers = "{SPACY_TOKENIZER}"\n'


def _load_pipeline(path: Path) -> Language:
    """spacy.load(path), without building the multilingual tokenizer that the saved one
    replaces at once (its affix rules take ~0.1 s to compile).

    Only for a pipeline saved with spaCy's tokenizer and its settings (the tokenizer file),
    which loads onto an empty tokenizer alike; the config then names spaCy's tokenizer
    again, as a plain load's does.
    """
    import spacy

    config_text = (path / "config.cfg").read_text(encoding="utf-8")
    if SPACY_TOKENIZER_SECTION not in config_text or not (path / "tokenizer").is_file():
        return spacy.load(path)
    nlp = spacy.load(path, config=empty_tokenizer_config())
    config = nlp.config
    config["nlp"]["tokenizer"] = {"@tokenizers": SPACY_TOKENIZER}
    nlp.config = config
    return nlp


def _same_tokenizer(first: Language, second: Language) -> bool:
    """The two pipelines split text alike: same tokenizer settings, same language."""

    def settings(nlp: Language) -> bytes:
        data: bytes = cast("Tokenizer", nlp.tokenizer).to_bytes(exclude=["vocab"])
        return data

    return first.lang == second.lang and settings(first) == settings(second)


def _skip_lexical_attributes(nlp: Language) -> None:
    """Stop computing lexical attributes for words new to a unigram BOW pipeline's vocabulary.

    spaCy computes twenty-odd attributes (lower, shape, like_num, like_url, ...) for each
    new word, with a Python call each; a unigram TextCatBOW pipeline reads ORTH only, which
    is always set. Any other pipeline keeps them.
    """
    if nlp.pipe_names != ["textcat"]:
        return
    textcat = cast("TextCategorizer", nlp.get_pipe("textcat"))
    if _bow_layers(textcat.model) is not None:
        nlp.vocab.lex_attr_getters = {}  # type: ignore[attr-defined]


def _textcat_scores(
    nlp: Language, tokenizer_nlp: Language | None, texts: Sequence[str], batch_size: int
) -> list[dict[str, float]]:
    """`doc.cats` of each text through `nlp` (one text classifier), without Language.pipe.

    The same calls as Language.pipe makes (tokenize, then score in batches of
    `batch_size`) and the dicts that TextCategorizer.set_annotations fills, without the
    generators, the Doc bookkeeping and a dict write per label. A unigram BOW model reads
    only each token's ORTH key, so its texts are not made into Docs at all: _SpanKeys
    gives each text's keys as spaCy's tokenizer would. A pipeline with other components
    goes through Language.pipe.
    """
    if nlp.pipe_names != ["textcat"] or tokenizer_nlp is None:
        return [dict(doc.cats) for doc in nlp.pipe(texts, batch_size=batch_size)]
    textcat = cast("TextCategorizer", nlp.get_pipe("textcat"))
    labels = textcat.labels
    layers = _bow_layers(textcat.model)
    spans = _span_keys(tokenizer_nlp) if layers is not None else None
    make_doc = tokenizer_nlp.make_doc
    results: list[dict[str, float]] = []
    for start in range(0, len(texts), batch_size):
        batch = texts[start : start + batch_size]
        counts = None
        if spans is not None and layers is not None:
            counts = spans.unigram_counts(batch, tokenizer_nlp)
        if counts is None or layers is None:
            # No fast path, or no token in the whole batch: TextCategorizer.predict then
            # scores all zeros, which the layers alone would not.
            scores = textcat.predict([make_doc(text) for text in batch])
        else:
            linear, softmax = layers
            scores = softmax.predict(linear.predict(counts))
        # float(scores[i, j]) per label, as set_annotations does: tolist() converts alike.
        for row in scores.tolist():
            results.append(dict(zip(labels, row, strict=True)))
    return results


# The pieces spaCy's tokenizer cuts a text into before its affix rules: runs of non-space
# and runs of whitespace, where a whitespace run after a word loses one leading " " (that
# word's trailing space; a lone " " is no piece at all). A run at the very start is whole.
# `\s` and str.isspace (the tokenizer's test) agree on every code point
# (tests/test_classify_scores_fast.py checks).
_SPAN_RE = re.compile(r"\S+|(?<=\S)[^\S ]\s*|(?<=\S )\s+|\A\s+")
# Distinct pieces remembered per tokenizer before the table starts afresh (a daemon's
# vocabulary grows with every new word; spaCy's own cache and vocabulary do too). A piece
# costs the table some 150 bytes: a cap of 100,000 bounds it near 15 MB (the 10k bench
# backlog meets 11,728 pieces; a fresh table only tokenizes its pieces again).
MAX_SPANS = 100_000


class _SpanKeys:
    """The ORTH keys of each distinct piece (see _SPAN_RE) that a tokenizer made.

    Without special cases (the lean tokenizer has none) spaCy's tokenizer splits each piece
    on its own, so a text's tokens are its pieces' tokens in order: a piece is tokenized
    once, and each text costs a regular-expression pass and a dict look-up per piece instead
    of a Doc. The keys are stored flat (numpy), each piece's at `offsets[id]`, `lengths[id]`.
    """

    def __init__(self, tokenizer: Tokenizer, max_spans: int = MAX_SPANS) -> None:
        self.tokenizer = tokenizer
        self.max_spans = max_spans
        self._reset()

    def _reset(self) -> None:
        import numpy

        self.ids = _SpanIds(self._add)
        self.size = 0  # keys stored in `flat`
        self.offsets = numpy.zeros(1024, dtype="int64")
        self.lengths = numpy.zeros(1024, dtype="int64")
        self.flat = numpy.zeros(4096, dtype="uint64")

    def _add(self, span: str) -> int:
        import numpy
        from spacy.attrs import ORTH

        keys = self.tokenizer(span).to_array(ORTH)
        index = len(self.ids)
        if index == len(self.offsets):
            self.offsets = numpy.resize(self.offsets, 2 * index)
            self.lengths = numpy.resize(self.lengths, 2 * index)
        end = self.size + len(keys)
        if end > len(self.flat):
            self.flat = numpy.resize(self.flat, max(2 * len(self.flat), end))
        self.flat[self.size : end] = keys
        self.offsets[index] = self.size
        self.lengths[index] = len(keys)
        self.size = end
        self.ids[span] = index
        return index

    def unigram_counts(
        self, texts: Sequence[str], tokenizer_nlp: Language
    ) -> tuple[Any, Any, Any] | None:
        """_unigram_counts of the texts' Docs, or None when the texts hold no token at all.
        A text too long for `tokenizer_nlp` (this table's pipeline) raises as its make_doc
        does."""
        max_length = tokenizer_nlp.max_length
        import numpy

        if len(self.ids) > self.max_spans:
            self._reset()
        ids = self.ids
        span_ids: list[int] = []
        per_text: list[int] = []
        for text in texts:
            if len(text) > max_length:
                tokenizer_nlp.make_doc(text)  # raises E088
            before = len(span_ids)
            # A new piece is added by _SpanIds.__missing__.
            span_ids.extend(map(ids.__getitem__, _SPAN_RE.findall(text)))
            per_text.append(len(span_ids) - before)
        if not span_ids:
            return None
        chosen = numpy.asarray(span_ids, dtype="int64")
        lengths = self.lengths[chosen]
        ends = numpy.cumsum(lengths)
        total = int(ends[-1])
        if total == 0:
            return None
        # Position i of the output holds flat[offset of its piece + i - start of its piece].
        shift = numpy.repeat(self.offsets[chosen] - (ends - lengths), lengths)
        keys = self.flat[numpy.arange(total, dtype="int64") + shift]
        piece_ends = numpy.cumsum(numpy.asarray(per_text, dtype="int64"))
        token_ends = numpy.concatenate(([0], ends))[piece_ends]
        tokens_per_text = numpy.diff(numpy.concatenate(([0], token_ends)))
        return _count_keys(keys, tokens_per_text)


class _SpanIds(dict[str, int]):
    """A piece's id in its _SpanKeys, added on first sight (map(ids.__getitem__, pieces)
    looks them all up without a Python call for the known ones)."""

    def __init__(self, add: Callable[[str], int]) -> None:
        super().__init__()
        self.add = add

    def __missing__(self, span: str) -> int:
        return self.add(span)


# Per pipeline, and gone with it (the table holds the tokenizer, not the pipeline).
_SPAN_TABLES: WeakKeyDictionary[Language, _SpanKeys] = WeakKeyDictionary()


def _span_keys(tokenizer_nlp: Language) -> _SpanKeys | None:
    """The span table of a pipeline's tokenizer, or None when the tokenizer is not spaCy's
    or has special cases (a special case may span pieces)."""
    from spacy.tokenizer import Tokenizer

    tokenizer = tokenizer_nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer) or tokenizer.rules:
        return None
    table = _SPAN_TABLES.get(tokenizer_nlp)
    if table is None or table.tokenizer is not tokenizer:
        table = _SpanKeys(tokenizer)
        _SPAN_TABLES[tokenizer_nlp] = table
    return table


_BOW_MODEL_NAME = "with_cpu(extract_ngrams>>resizable(sparse_linear))>>with_cpu(softmax_activation)"


def _bow_layers(model: Model[Any, Any]) -> tuple[Model[Any, Any], Model[Any, Any]] | None:
    """The linear and softmax layers of a unigram TextCatBOW model (ORTH keys), or None
    for any other model.

    spaCy's extract_ngrams counts each document's keys with one numpy.unique call, a
    dozen microseconds a document; _unigram_counts counts a whole batch at once and feeds
    the same arrays to the same layers.
    """
    from spacy.attrs import ORTH

    if model.name != _BOW_MODEL_NAME:
        return None
    features, output = model.layers
    extract, linear = features.layers[0].layers
    if extract.attrs.get("ngram_size") != 1 or extract.attrs.get("attr") != ORTH:
        return None
    return linear, output.layers[0]


def _unigram_counts(docs: Sequence[Doc]) -> tuple[Any, Any, Any]:
    """extract_ngrams' output for unigrams: each document's distinct ORTH keys ascending,
    their counts (float32) and the number of keys per document (int32)."""
    import numpy
    from spacy.attrs import ORTH

    token_keys = [doc.to_array(ORTH) for doc in docs]
    keys = numpy.concatenate(token_keys) if token_keys else numpy.zeros(0, dtype="uint64")
    return _count_keys(keys, numpy.asarray([len(k) for k in token_keys], dtype="int64"))


def _count_keys(keys: Any, tokens_per_doc: Any) -> tuple[Any, Any, Any]:
    """_unigram_counts of documents whose token keys are `keys`, concatenated in order,
    `tokens_per_doc[i]` of them for document i."""
    import numpy

    count = len(tokens_per_doc)
    owners = numpy.repeat(numpy.arange(count), tokens_per_doc)
    order = numpy.lexsort((keys, owners))
    keys, owners = keys[order], owners[order]
    first = numpy.ones(len(keys), dtype=bool)
    first[1:] = (keys[1:] != keys[:-1]) | (owners[1:] != owners[:-1])
    starts = numpy.flatnonzero(first)
    counts = numpy.diff(numpy.append(starts, len(keys)))
    lengths = numpy.bincount(owners[starts], minlength=count).astype("int32")
    return keys[starts], counts.astype("f"), lengths


def apply_temperature(cats: dict[str, float], temperature: float) -> dict[str, float]:
    """Softmax(log p / T): T > 1 flattens an over-confident model, T < 1 sharpens it."""
    if not cats:
        return {}
    if temperature == 1.0:
        return dict(cats)
    # Lists in the dict's order: the same operations, and the sum in the same order.
    log, exp = math.log, math.exp
    logits = [log(max(v, 1e-12)) / temperature for v in cats.values()]
    peak = max(logits)
    exps = [exp(v - peak) for v in logits]
    total = sum(exps)
    return dict(zip(cats, [v / total for v in exps], strict=True))


_APPLICANT, _CLIENT, _OTHER = Label.APPLICANT.value, Label.CLIENT.value, Label.OTHER.value


def top_level_scores(cats: dict[str, float]) -> dict[str, float]:
    top = {_APPLICANT: 0.0, _CLIENT: 0.0, _OTHER: 0.0}
    top_of = _TOP_OF
    for name, value in cats.items():
        target = top_of.get(name)
        if target is None:
            target = top_of[name] = _top_name(name)
        if target:
            top[target] += value
    return top


# Each model label's top-level label ("" for none), as _top_name says; the few labels of
# the loaded models, filled on first sight.
_TOP_OF: dict[str, str] = {}


def _top_name(name: str) -> str:
    if name.startswith(OTHER_PREFIX) or name == _OTHER:
        return _OTHER
    return name if name in (_APPLICANT, _CLIENT) else ""


def best_kind(cats: dict[str, float]) -> OtherKind | None:
    kinds = {k[len(OTHER_PREFIX) :]: v for k, v in cats.items() if k.startswith(OTHER_PREFIX)}
    if not kinds:
        return None
    name = max(kinds, key=lambda k: kinds[k])
    try:
        return OtherKind(name)
    except ValueError:
        return None


def _short_circuits(verdict: SafetyVerdict) -> bool:
    return verdict.is_machine and not verdict.relayed


SPAM_STATUS_RE = re.compile(r"^\s*yes\b", re.IGNORECASE)
SPAM_HEADERS = frozenset({"x-spam-flag", "x-spam-status", "x-spam"})


def is_spam_flagged(parsed: ParsedMessage) -> bool:
    """SpamAssassin-style verdict headers added by the receiving server: the first value of
    any of them says yes."""
    seen: set[str] = set()
    for name, value in parsed.headers:
        if name in SPAM_HEADERS and name not in seen:
            if SPAM_STATUS_RE.match(value):
                return True
            seen.add(name)
    return False


def is_delivery_report(parsed: ParsedMessage, verdict: SafetyVerdict) -> bool:
    reasons = " ".join(verdict.reasons).lower()
    return (
        "delivery" in reasons
        or "failed-recipients" in reasons
        or "mail system" in reasons
        or parsed.content_type.lower().startswith("multipart/report")
    )


def machine_kind(
    parsed: ParsedMessage, verdict: SafetyVerdict, cats: dict[str, float] | None = None
) -> OtherKind:
    """The kind of a machine message: a delivery report is a bounce; else the model's best
    `other:*` kind when scores are given; else a guess from the safety check's reasons."""
    if is_delivery_report(parsed, verdict):
        return OtherKind.BOUNCE
    if cats:
        kind = best_kind(cats)
        if kind is not None:
            return kind
    reasons = " ".join(verdict.reasons).lower()
    if "owner" in reasons:
        return OtherKind.PERSONAL
    if "list" in reasons or "bulk" in reasons or "junk" in reasons:
        if re.search(r"unsubscribe|opt.?out", parsed.subject, re.IGNORECASE):
            return OtherKind.UNSUBSCRIBE
        return OtherKind.MAILING_LIST
    return OtherKind.AUTO_REPLY


def _machine_classification(
    parsed: ParsedMessage,
    verdict: SafetyVerdict,
    cats: dict[str, float] | None = None,
    language: str | None = None,
) -> Classification:
    """`language`: detect_language of the subject and new text when already known."""
    return Classification(
        label=Label.OTHER,
        kind=machine_kind(parsed, verdict, cats),
        confidence=1.0,
        person=choose_person(parsed, verdict),
        language=(
            language
            if language is not None
            else detect_language(parsed.subject + "\n" + parsed.new_text)
        ),
        scores=((Label.OTHER.value, 1.0),),
        evidence=tuple(Evidence("machine", reason) for reason in verdict.reasons[:5]),
    )


def choose_person(parsed: ParsedMessage, verdict: SafetyVerdict | None) -> Address | None:
    """Who the message is about, in this order.

    The relayed person when a machine relayed it; the author of a forwarded message when
    the sender only added a cover note ("passing this along from Dmitri"); a human
    Reply-To; From.
    """
    if verdict is not None and verdict.relayed and verdict.relayed_person is not None:
        return verdict.relayed_person
    forwarded = forwarded_sender(parsed)
    if forwarded is not None:
        return forwarded
    for address in parsed.reply_to:
        if address.email and not is_machine_address(address.email):
            return address
    return parsed.from_addr


# --- evidence ------------------------------------------------------------------------------


def cue_evidence(label: str, text: str, limit: int = 4) -> list[Evidence]:
    """Phrases in `text` that point at `label`. They do not vote: the model decides."""
    return [Evidence("cue", phrase) for phrase in find_cues(label, text, limit)]
