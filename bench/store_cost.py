"""Per-message cost of the state store as it grows.

For each size (1k, 10k, 50k stored messages) a fresh store is filled with synthetic records
shaped like the daemon's (a `messages` record, a `digests` entry and, for two in three, a
`drafts` record with the rendered draft), then the cost of one more message is measured the
way the daemon pays it on the IDLE path: its puts and one `commit()` (an fsync).

Compaction (a snapshot of the whole store) runs once per journal as long as the store, so it
is amortised: its measured time divided by the puts between two compactions is added.
"""

from __future__ import annotations

import hashlib
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailbot.store import Store

_DRAFT_RAW = (
    "From: Sergio Pereira <sergio@remotework.example>\r\nTo: someone@example.com\r\n"
    "Subject: Re: My Fractional CTO career is a roller coaster\r\n\r\n" + "Thanks! " * 200
)


@dataclass(frozen=True)
class StoreCost:
    records: int
    put_commit_ms: float  # median of one message's puts + commit
    compact_ms: float  # one compaction at this size
    amortised_ms: float  # put_commit + compact / puts between compactions


def _records(number: int) -> list[tuple[str, str, dict[str, Any]]]:
    key = f"<m{number}@bench.example>"
    digest = hashlib.sha256(key.encode()).hexdigest()
    out: list[tuple[str, str, dict[str, Any]]] = [
        (
            "messages",
            key,
            {
                "status": "processed",
                "folder": "INBOX",
                "uid": number,
                "uidvalidity": 1,
                "digest": digest,
                "subject": "Re: My Fractional CTO career is a roller coaster",
                "from": f"person{number}@example.com",
                "label": "applicant",
                "confidence": 0.93,
                "rule": "applicant-ack",
                "action": "draft",
                "trail": [["machine-safety", False, "no machine signal"]] * 4,
                "drafts": [f"<d{number}@remotework.example>"],
                "at": "2026-11-20T09:00:00+00:00",
            },
        ),
        ("digests", digest, {"message": key}),
    ]
    if number % 3:
        out.append(
            (
                "drafts",
                f"<d{number}@remotework.example>",
                {"status": "in_drafts", "to": [f"person{number}@example.com"], "raw": _DRAFT_RAW},
            )
        )
    return out


def _fill(store: Store, count: int) -> None:
    for number in range(count):
        for table, key, record in _records(number):
            store.put(table, key, record)
        if number % 500 == 499:
            store.commit()
    store.commit()
    store.compact()


def measure(records: int, samples: int = 300) -> StoreCost:
    with tempfile.TemporaryDirectory(prefix="mailbot-bench-store-") as tmp:
        store = Store(Path(tmp) / "state")
        try:
            _fill(store, records)
            costs: list[float] = []
            puts = 0
            for number in range(records, records + samples):
                batch = _records(number)
                puts += len(batch)
                started = time.perf_counter()
                for table, key, record in batch:
                    store.put(table, key, record)
                store.commit()
                costs.append(time.perf_counter() - started)
            started = time.perf_counter()
            store.compact()
            compact = time.perf_counter() - started
        finally:
            store.close()
    total_records = sum(len(_records(n)) for n in range(3))  # puts per 3 messages
    puts_per_message = total_records / 3
    # commit() compacts once the journal holds as many entries as the store has records
    puts_between = max(2000.0, records * puts_per_message)
    per_message = statistics.median(costs)
    amortised = per_message + compact * puts_per_message / puts_between
    return StoreCost(records, per_message * 1000, compact * 1000, amortised * 1000)
