"""The cyclic garbage collector set for processes that make many short-lived objects."""

from __future__ import annotations

import gc

# CPython looks for reference cycles every 700 net allocations of container objects, and
# now and then through the whole heap (the model's vocabulary, the store's records). Mail
# processing makes thousands of objects a message, nearly all freed at once by reference
# counting. Over a 10k-message backlog the daemon spent 1.06 s of its 11.9 s of CPU in 1,042
# collections; with these thresholds 0.14 s in 7, for 7 MB more at the peak.
THRESHOLDS = (50_000, 20, 20)


def collect_less_often() -> None:
    """Called at the start of the daemon (`once`, `run`, `demo`) and of its worker."""
    gc.set_threshold(*THRESHOLDS)
