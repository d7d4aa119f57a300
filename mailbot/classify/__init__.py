"""Classification (applicant / client / other) and field extraction.

Importing this package loads no model and does no I/O; `Classifier.load()` does.
"""

from __future__ import annotations

from mailbot.classify.evaluate import evaluate, format_report
from mailbot.classify.extract import extract_applicant, extract_client
from mailbot.classify.features import model_text
from mailbot.classify.model import DEFAULT_MODEL_DIR, Classifier
from mailbot.classify.train import train

__all__ = [
    "DEFAULT_MODEL_DIR",
    "Classifier",
    "evaluate",
    "extract_applicant",
    "extract_client",
    "format_report",
    "model_text",
    "train",
]
