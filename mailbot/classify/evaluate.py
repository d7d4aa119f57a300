"""Metrics of the classifier and extractors over a labelled corpus (shared/corpus/FORMAT.md).

`evaluate()` returns exactly the JSON object FORMAT.md describes; `evaluate_detailed()` adds
what tuning needs (kind accuracy, calibration, per-language accuracy, the mistakes).

Conventions:
- `unsure` predictions count as wrong for accuracy and recall, and as no prediction for
  precision; the confusion matrix has an "unsure" column.
- `no_reply`: a must_not_autoreply message is handled correctly when nothing would answer it
  automatically: the machine check calls it a machine or a relay (relayed people only get a
  draft for review), or the label is other/unsure.
- Fields are scored where the corpus gives an expected value. Extraction is scored on its
  own: when the classifier chose another label, the extractor still runs on the message, so a
  classification error is not counted twice. Strings compare case-insensitively after
  collapsing whitespace (emails and LinkedIn URLs also ignore a trailing "/"); lists report
  the recall of the expected items; a budget is right when its normalised amount and
  currency (when expected) match, or the verbatim text does.
- `msgs_per_s` covers parse + machine check + classify + extract, in batches.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any

from mailbot.classify.extract import extract_applicant, extract_client, parse_money
from mailbot.classify.model import Classifier, choose_person
from mailbot.classify.train import expected_calibration_error, read_manifest
from mailbot.models import (
    ApplicantFields,
    Classification,
    ClientFields,
    Label,
    ParsedMessage,
    SafetyVerdict,
)

LABELS = ("applicant", "client", "other")
COLUMNS = (*LABELS, "unsure")
APPLICANT_SCALARS = ("name", "email", "linkedin")
APPLICANT_LISTS = ("roles", "skills")
CLIENT_SCALARS = ("company", "contact_name", "need", "industry", "referred_by")
CLIENT_LISTS = ("stack",)


def _norm(value: object) -> str:
    return " ".join(str(value).split()).lower()


def _norm_url(value: object) -> str:
    return _norm(value).rstrip("/")


def _budget_matches(expected: str, found: ClientFields) -> bool:
    if found.budget is None:
        return False
    if _norm(expected) == _norm(found.budget.verbatim):
        return True
    wanted = parse_money(expected)
    if wanted is None or wanted.amount is None:
        return False
    same_amount = found.budget.amount is not None and abs(found.budget.amount - wanted.amount) < 1
    return same_amount and (not wanted.currency or wanted.currency == found.budget.currency)


class _FieldTally:
    def __init__(self) -> None:
        self.counts: dict[str, dict[str, int]] = {}

    def add(self, name: str, n: int, correct: int) -> None:
        slot = self.counts.setdefault(name, {"n": 0, "correct": 0})
        slot["n"] += n
        slot["correct"] += correct

    def scalar(self, name: str, expected: object, found: str, url: bool = False) -> bool:
        if expected in (None, "", [], False) and name != "applicant.has_cv_attachment":
            return True
        norm = _norm_url if url else _norm
        ok = norm(expected) == norm(found)
        self.add(name, 1, int(ok))
        return ok

    def recall(self, name: str, expected: Sequence[str] | None, found: Sequence[str]) -> bool:
        if not expected:
            return True
        found_set = {_norm(f) for f in found}
        hits = sum(1 for item in expected if _norm(item) in found_set)
        self.add(name, len(expected), hits)
        return hits == len(expected)


def _score_applicant(
    tally: _FieldTally, expected: dict[str, Any], found: ApplicantFields
) -> list[str]:
    wrong: list[str] = []
    for key in APPLICANT_SCALARS:
        if not tally.scalar(
            f"applicant.{key}",
            expected.get(key),
            getattr(found, key),
            url=key in {"email", "linkedin"},
        ):
            wrong.append(f"applicant.{key}: want {expected.get(key)!r} got {getattr(found, key)!r}")
    for key in APPLICANT_LISTS:
        if not tally.recall(f"applicant.{key}", expected.get(key), getattr(found, key)):
            wrong.append(f"applicant.{key}: want {expected.get(key)} got {getattr(found, key)}")
    if "has_cv_attachment" in expected and expected["has_cv_attachment"] is not None:
        ok = bool(expected["has_cv_attachment"]) == found.has_cv_attachment
        tally.add("applicant.has_cv_attachment", 1, int(ok))
        if not ok:
            wrong.append(f"applicant.has_cv_attachment: want {expected['has_cv_attachment']}")
    return wrong


def _score_client(tally: _FieldTally, expected: dict[str, Any], found: ClientFields) -> list[str]:
    wrong: list[str] = []
    for key in CLIENT_SCALARS:
        if not tally.scalar(f"client.{key}", expected.get(key), getattr(found, key)):
            wrong.append(f"client.{key}: want {expected.get(key)!r} got {getattr(found, key)!r}")
    for key in CLIENT_LISTS:
        if not tally.recall(f"client.{key}", expected.get(key), getattr(found, key)):
            wrong.append(f"client.{key}: want {expected.get(key)} got {getattr(found, key)}")
    if expected.get("budget"):
        ok = _budget_matches(str(expected["budget"]), found)
        tally.add("client.budget", 1, int(ok))
        if not ok:
            got = found.budget.verbatim if found.budget else None
            wrong.append(f"client.budget: want {expected['budget']!r} got {got!r}")
    return wrong


def _per_label(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, dict[str, float]]:
    result: dict[str, dict[str, float]] = {}
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != label and p == label)
        support = sum(1 for g in gold if g == label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        result[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": support,
        }
    return result


def _would_not_answer(verdict: SafetyVerdict, classification: Classification) -> bool:
    return (
        verdict.is_machine or verdict.relayed or classification.label in (Label.OTHER, Label.UNSURE)
    )


def evaluate_detailed(
    corpus_dir: Path,
    classifier: Classifier,
    owner_addresses: Collection[str] = (),
    floor: float = 0.6,
    batch_size: int = 256,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the FORMAT.md result, details for tuning)."""
    from mailbot.parse import parse_message
    from mailbot.safety import machine_check

    corpus_dir = Path(corpus_dir)
    rows = read_manifest(corpus_dir)
    payloads = [(corpus_dir / row["file"]).read_bytes() for row in rows]

    started = time.perf_counter()
    parsed_items: list[tuple[ParsedMessage, SafetyVerdict]] = []
    classifications: list[Classification] = []
    for start in range(0, len(payloads), batch_size):
        batch: list[tuple[ParsedMessage, SafetyVerdict]] = []
        for data in payloads[start : start + batch_size]:
            parsed = parse_message(data)
            batch.append((parsed, machine_check(parsed, owner_addresses)))
        classifications.extend(classifier.classify_many(batch, floor=floor))
        parsed_items.extend(batch)
    elapsed = time.perf_counter() - started

    gold = [row["label"] for row in rows]
    predicted = [c.label.value for c in classifications]
    confusion = {g: dict.fromkeys(COLUMNS, 0) for g in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        confusion.setdefault(g, dict.fromkeys(COLUMNS, 0))[p] += 1
    per_label = _per_label(gold, predicted)

    no_reply_n = no_reply_ok = 0
    tally = _FieldTally()
    mistakes: list[dict[str, Any]] = []
    field_misses: list[dict[str, Any]] = []
    kind_n = kind_ok = 0
    by_language: dict[str, list[int]] = {}
    confidences: list[float] = []
    correct_flags: list[bool] = []
    for row, (parsed, verdict), result in zip(rows, parsed_items, classifications, strict=True):
        label_ok = result.label.value == row["label"]
        lang = by_language.setdefault(str(row.get("language", "?")), [0, 0])
        lang[0] += 1
        lang[1] += int(label_ok)
        top_label = result.raw_label or result.label
        confidences.append(result.confidence)
        correct_flags.append(top_label.value == row["label"])
        if not label_ok:
            mistakes.append(
                {
                    "file": row["file"],
                    "gold": row["label"],
                    "kind": row.get("other_kind"),
                    "predicted": result.label.value,
                    "raw": top_label.value,
                    "confidence": result.confidence,
                    "difficulty": row.get("difficulty"),
                    "notes": row.get("notes", ""),
                }
            )
        if row["label"] == "other" and result.label is Label.OTHER and row.get("other_kind"):
            kind_n += 1
            kind_ok += int(result.kind is not None and result.kind.value == row["other_kind"])
        if row.get("must_not_autoreply"):
            no_reply_n += 1
            no_reply_ok += int(_would_not_answer(verdict, result))
        person = result.person or choose_person(parsed, verdict)
        wrong: list[str] = []
        if row["label"] == "applicant" and row.get("applicant"):
            fields = result.applicant or extract_applicant(parsed, person)
            wrong = _score_applicant(tally, row["applicant"], fields)
        elif row["label"] == "client" and row.get("client"):
            client_fields = result.client or extract_client(parsed, person)
            wrong = _score_client(tally, row["client"], client_fields)
        if wrong:
            field_misses.append({"file": row["file"], "misses": wrong})

    n = len(rows)
    correct = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p)
    result_json: dict[str, Any] = {
        "n": n,
        "accuracy": round(correct / n, 4) if n else 0.0,
        "macro_f1": round(sum(per_label[label]["f1"] for label in LABELS) / len(LABELS), 4),
        "per_label": per_label,
        "confusion": confusion,
        "unsure": sum(1 for p in predicted if p == Label.UNSURE.value),
        "no_reply": {"n": no_reply_n, "correct": no_reply_ok},
        "fields": dict(sorted(tally.counts.items())),
        "msgs_per_s": round(n / elapsed, 1) if elapsed > 0 else 0.0,
    }
    details: dict[str, Any] = {
        "kind_accuracy": round(kind_ok / kind_n, 4) if kind_n else None,
        "ece": round(expected_calibration_error(confidences, correct_flags), 4),
        "by_language": {k: round(v[1] / v[0], 4) for k, v in sorted(by_language.items())},
        "mistakes": mistakes,
        "field_misses": field_misses,
    }
    return result_json, details


def evaluate(
    corpus_dir: Path,
    classifier: Classifier,
    owner_addresses: Collection[str] = (),
    floor: float = 0.6,
) -> dict[str, Any]:
    """The metrics object of shared/corpus/FORMAT.md for the corpus in `corpus_dir`."""
    return evaluate_detailed(corpus_dir, classifier, owner_addresses, floor)[0]


def format_report(result: dict[str, Any]) -> str:
    """A plain-text table of an `evaluate()` result, for `mailbot eval` without --json."""
    lines = [
        f"messages: {result['n']}   accuracy: {result['accuracy']:.3f}   "
        f"macro-F1: {result['macro_f1']:.3f}   unsure: {result['unsure']}   "
        f"speed: {result['msgs_per_s']:.0f} msg/s",
        "",
        f"{'label':<10} {'precision':>9} {'recall':>7} {'f1':>6} {'support':>8}",
    ]
    for label, stats in result["per_label"].items():
        lines.append(
            f"{label:<10} {stats['precision']:>9.3f} {stats['recall']:>7.3f} "
            f"{stats['f1']:>6.3f} {stats['support']:>8}"
        )
    lines += [
        "",
        "confusion (rows: expected, columns: predicted)",
        f"{'':<10}" + "".join(f"{c:>10}" for c in COLUMNS),
    ]
    for label, row in result["confusion"].items():
        lines.append(f"{label:<10}" + "".join(f"{row.get(c, 0):>10}" for c in COLUMNS))
    no_reply = result["no_reply"]
    lines += [
        "",
        f"must not auto-reply: {no_reply['correct']}/{no_reply['n']} withheld",
        "",
        f"{'field':<30} {'correct':>8} {'n':>6} {'rate':>7}",
    ]
    for name, stats in result["fields"].items():
        rate = stats["correct"] / stats["n"] if stats["n"] else 0.0
        lines.append(f"{name:<30} {stats['correct']:>8} {stats['n']:>6} {rate:>7.3f}")
    return "\n".join(lines)
