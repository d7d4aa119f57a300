"""CPU of drafting and recording: render_draft over recorded calls, then the store's puts
and commits in the daemon's order for the same drafts.

    .venv/bin/python bench/bench_draft_state.py [--n 2000] [--repeat 5] [--save F | --compare F]

The pipeline (tests/hostile.py pure_pipeline) runs once over N benchmark messages and each
render_draft call is recorded (bench_render.record_calls). Then, best of --repeat:

- render: every recorded call through mailbot.render.render_draft;
- store: per batch of 50 messages what Daemon._process_batch puts (a draft intent per draft
  after its `get`, a senders record, a messages record shaped as _record_done's, a digests
  record), one commit, then each draft marked in_drafts (get, update, put) as
  _deliver_pending does, committed with the next batch.

--save writes the drafts' bytes and the store's final tables (as a reopened store reads
them) to F; --compare checks the current code gives the very same.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "bench"), str(REPO / "tests")]

from bench_render import record_calls  # noqa: E402

from bench import mail  # noqa: E402
from mailbot.daemon import draft_intent  # noqa: E402
from mailbot.models import Draft  # noqa: E402
from mailbot.render import render_draft  # noqa: E402
from mailbot.store import TABLES, Store  # noqa: E402

AT = "2026-11-22T12:00:00+00:00"


def _message_record(number: int, source: str, drafts: Sequence[Draft]) -> dict[str, Any]:
    return {
        "status": "processed",
        "reason": "matched rule applicant-ack",
        "folder": "INBOX",
        "uid": number,
        "uidvalidity": 1,
        "digest": hashlib.sha256(source.encode()).hexdigest(),
        "size": 4000 + number,
        "subject": "Re: My Fractional CTO career is a roller coaster",
        "from": f"person{number}@example.com",
        "person": f"person{number}@example.com",
        "person_name": "Ana Lúcia Sousa",
        "label": "applicant",
        "kind": None,
        "confidence": 0.9312,
        "language": "en",
        "machine": False,
        "machine_reasons": [],
        "rule": "applicant-ack",
        "action": "draft" if drafts else "label",
        "trail": [
            ["machine-safety", False, "no machine signal"],
            ["owner-thread", False, "not a reply in an owner's thread"],
            ["applicant-ack", bool(drafts), "label applicant, confidence 0.93 >= 0.6"],
        ],
        "drafts": [d.message_id for d in drafts],
        "defects": [],
        "internaldate": AT,
        "at": AT,
    }


def run_store(state: Path, messages: Sequence[tuple[str, Sequence[Draft]]]) -> float:
    """The daemon's puts and commits for `messages`; CPU seconds."""
    started = time.process_time()
    with Store(state) as store:
        delivered: list[str] = []
        for start in range(0, len(messages), 50):
            for number, (source, drafts) in enumerate(messages[start : start + 50], start):
                digest = hashlib.sha256(source.encode()).hexdigest()
                store.get("digests", digest)
                for draft in drafts:
                    if store.get("drafts", draft.message_id) is None:
                        store.put("drafts", draft.message_id, draft_intent(draft, AT))
                if drafts:
                    store.put(
                        "senders", f"person{number}@example.com", {"message_id": source, "at": AT}
                    )
                store.get("messages", source)
                store.put("messages", source, _message_record(number, source, drafts))
                if store.get("digests", digest) is None:
                    store.put("digests", digest, {"message": source})
                delivered += [d.message_id for d in drafts]
            store.commit()
            for uid, message_id in enumerate(delivered, 1):
                record = store.get("drafts", message_id)
                if record is None or record.get("status") != "pending":
                    continue
                record.update(status="in_drafts", folder="Drafts", uid=uid, appended_at=AT)
                store.put("drafts", message_id, record)
            delivered = []
    return time.process_time() - started


def tables(state: Path) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    with Store(state, readonly=True) as store:
        return {name: list(store.items(name)) for name in TABLES}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--save")
    parser.add_argument("--compare")
    args = parser.parse_args(argv)

    calls = record_calls([data for data, _ in mail.messages(args.n, run="render")])
    render_s = []
    for _ in range(args.repeat):
        started = time.process_time()
        drafts = [render_draft(**kwargs) for kwargs in calls]
        render_s.append(time.process_time() - started)
    by_source: dict[str, list[Draft]] = {}
    for draft in drafts:
        by_source.setdefault(draft.source_message_id, []).append(draft)
    messages: list[tuple[str, Sequence[Draft]]] = list(by_source.items())
    messages += [(f"<quiet{i}@bench.example>", ()) for i in range(args.n - len(messages))]
    store_s = []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="mailbot-bench-state-") as tmp:
            store_s.append(run_store(Path(tmp) / "state", messages))
            journal = (Path(tmp) / "state" / "journal.jsonl").stat().st_size
            final = tables(Path(tmp) / "state")
    print(f"{args.n} messages, {len(drafts)} drafts")
    per_draft = min(render_s) / len(drafts) * 1000
    print(f"render_draft: {per_draft:.4f} ms/draft CPU (best of {args.repeat})")
    print(
        f"store:        {min(store_s) / args.n * 1000:.4f} ms/message CPU (best of {args.repeat}),"
        f" journal {journal / 1e6:.1f} MB"
    )
    result = {"raws": [d.raw for d in drafts], "tables": final}
    if args.save:
        Path(args.save).write_bytes(pickle.dumps(result))
    if args.compare:
        before = pickle.loads(Path(args.compare).read_bytes())
        same_raws = before["raws"] == result["raws"]
        same_tables = before["tables"] == result["tables"]
        same_order = all(
            [list(r) for _, r in before["tables"][t]] == [list(r) for _, r in final[t]]
            for t in TABLES
        )
        print(f"drafts identical: {same_raws}; tables: {same_tables}; key order: {same_order}")
        return 0 if same_raws and same_tables else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
