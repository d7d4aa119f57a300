"""What the classifier reads of a message, computed before the model runs.

The daemon's one thread is the bottleneck of a backlog: it classifies, decides, renders and
records while the read-ahead worker only fetches and parses. The texts the model reads are a
pure function of the parse and the machine check, need no model and no state, so the worker
computes them next to the parse and the daemon's thread only runs the model on them.

`classify_many` gives the same result with or without them: these are the very values it
would compute (tests/test_prepare.py checks it message by message).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from mailbot.classify.features import MessageMemo, model_text, need_model_text
from mailbot.classify.language import detect_language
from mailbot.models import ParsedMessage, SafetyVerdict
from mailbot.safety import machine_check


@dataclass(frozen=True)
class ModelInput:
    """The texts the two models read and the language of the sender's words."""

    model_text: str  # what the label model reads (features.model_text)
    need_text: str  # what the need model reads, for a client (features.need_model_text)
    language: str  # language.detect_language of the subject and new text


@dataclass(frozen=True)
class Prepared:
    """A message's machine check and model input, or None where computing one failed (the
    daemon then computes it itself, and fails or not exactly as it would have)."""

    verdict: SafetyVerdict | None
    model_input: ModelInput | None


def model_input(parsed: ParsedMessage, verdict: SafetyVerdict) -> ModelInput:
    return ModelInput(
        model_text=model_text(parsed, verdict),
        need_text=need_model_text(parsed),
        language=detect_language(parsed.subject + "\n" + parsed.new_text),
    )


def prepare_many(
    messages: Sequence[ParsedMessage], owner_addresses: Collection[str]
) -> list[Prepared]:
    """One Prepared per message, in order. Never raises: a failure leaves a None."""
    out: list[Prepared] = []
    with MessageMemo():
        for parsed in messages:
            try:
                verdict = machine_check(parsed, owner_addresses)
            except Exception:  # the daemon repeats the check and records the failure
                out.append(Prepared(None, None))
                continue
            try:
                prepared_input: ModelInput | None = model_input(parsed, verdict)
            except Exception:  # the daemon computes it again and fails there, per message
                prepared_input = None
            out.append(Prepared(verdict, prepared_input))
    return out
