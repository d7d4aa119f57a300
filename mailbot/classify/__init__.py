"""Classification (applicant / client / other) and field extraction.

Importing this package loads no model and does no I/O; `Classifier.load()` does. Its
names are imported when first used: the read-ahead worker imports the parts it runs
(classify/prepare.py) without the model, the extraction and the evaluation, whose
regular expressions take a tenth of a second to compile. (`evaluate` and `train` are
the modules of those names: import their functions from them.)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mailbot.classify.evaluate import format_report
    from mailbot.classify.extract import extract_applicant, extract_client
    from mailbot.classify.features import model_text
    from mailbot.classify.model import DEFAULT_MODEL_DIR, Classifier

_HOMES = {
    "DEFAULT_MODEL_DIR": "mailbot.classify.model",
    "Classifier": "mailbot.classify.model",
    "extract_applicant": "mailbot.classify.extract",
    "extract_client": "mailbot.classify.extract",
    "format_report": "mailbot.classify.evaluate",
    "model_text": "mailbot.classify.features",
}

__all__ = [
    "DEFAULT_MODEL_DIR",
    "Classifier",
    "extract_applicant",
    "extract_client",
    "format_report",
    "model_text",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
