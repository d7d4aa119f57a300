"""Unattended for weeks: kill -9, server restarts, dead connections and bad logins lose no
message, duplicate no draft, send nothing on their own, and mailbot keeps going.

Every test drives the real `mailbot` command (subprocess) against a real Dovecot and an
aiosmtpd sink (tests/servers.py); the configuration is the shipped rules.yaml with small
intervals and batches (tests/hostile.py: write_config).
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from conftest import require_dovecot
from hostile import (
    deliver,
    drafts_in,
    mailbot,
    require_model,
    start_run,
    status,
    varied_replies,
    wait_for,
    write_config,
)
from servers import DovecotServer, SmtpSink

from mailbot.samples import samples
from mailbot.store import Store

pytestmark = pytest.mark.integration

# Four members, so client mail without bandwidth (capacity 0) goes through the team and
# double opt-in intro paths too: those read the state that earlier messages wrote.
NETWORK = [
    {
        "name": "Alice Network",
        "email": "alice@net.example",
        "roles": ["cto"],
        "skills": ["python", "aws", "react"],
        "industries": ["fintech", "healthtech"],
        "timezone": "Europe/Lisbon",
        "capacity": 2,
    },
    {
        "name": "Bob Network",
        "email": "bob@net.example",
        "roles": ["engineer"],
        "skills": ["node", "typescript", "react"],
        "industries": ["edtech"],
        "timezone": "Europe/Berlin",
        "capacity": 2,
    },
    {
        "name": "Cleo Network",
        "email": "cleo@net.example",
        "roles": ["qa"],
        "skills": ["cypress", "playwright"],
        "industries": ["climate"],
        "timezone": "America/New_York",
        "capacity": 2,
    },
    {
        "name": "Dan Network",
        "email": "dan@net.example",
        "roles": ["cto"],
        "skills": ["go", "kubernetes", "python"],
        "industries": ["climate", "fintech"],
        "timezone": "Europe/London",
        "capacity": 3,
    },
]


def env_for(dovecot: DovecotServer, sink: SmtpSink, state: Path, **extra: str) -> dict[str, str]:
    return {
        "MAILBOT_IMAP_HOST": dovecot.host,
        "MAILBOT_IMAP_PORT": str(dovecot.port),
        "MAILBOT_IMAP_USER": dovecot.user,
        "MAILBOT_IMAP_PASSWORD": dovecot.password,
        "MAILBOT_IMAP_SECURITY": "none",
        "MAILBOT_SMTP_HOST": sink.host,
        "MAILBOT_SMTP_PORT": str(sink.port),
        "MAILBOT_SMTP_USER": "",
        "MAILBOT_SMTP_PASSWORD": "",
        "MAILBOT_SMTP_SECURITY": "none",
        "MAILBOT_STATE": str(state),
        **extra,
    }


def decisions(state: Path) -> dict[str, tuple[Any, ...]]:
    """Per distinct message (by content): status, rule, action and draft ids.

    Server-independent: keyed by the content digest, not by UIDs. A second identical copy
    is either recorded as a duplicate (found in a later batch) or decided again to the same
    drafts (in the same batch), depending on where batch boundaries fell: both are right,
    so duplicates are left out and each content must have exactly one decision.
    """
    out: dict[str, set[tuple[Any, ...]]] = {}
    with Store(state, readonly=True) as store:
        for key, r in store.items("messages"):
            if r.get("action") == "duplicate":
                continue
            outcome = (r.get("status"), r.get("rule"), r.get("action"), tuple(r.get("drafts", [])))
            out.setdefault(str(r.get("digest") or key), set()).add(outcome)
    return {k: tuple(sorted(v, key=repr)) for k, v in out.items()}


def accounted(state: Path) -> int:
    with Store(state, readonly=True) as store:
        return store.count("messages")


def draft_statuses(state: Path) -> Counter[str]:
    if not state.exists():
        return Counter()
    with Store(state, readonly=True) as store:
        return Counter(str(r.get("status")) for r in store.all("drafts"))


def log_has(log: Path, text: str) -> bool:
    return log.exists() and text in log.read_text(errors="replace")


# -- kill -9 -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_kill_nine_at_random_moments_loses_nothing_and_doubles_nothing(tmp_path: Path) -> None:
    """24 SIGKILLs of `mailbot run`, at seeded random moments, most of them inside a batch;
    then one `once`: the same drafts (by Message-ID) and the same decisions as a run that
    was never interrupted, no draft twice, every message accounted for, nothing sent."""
    require_dovecot()
    require_model()
    rng = random.Random(20261126)
    pool = [s.data for s in samples()] + varied_replies(330, seed=3)
    config = write_config(
        tmp_path,
        capacity=0,
        network=NETWORK,
        schedule={"poll_interval_seconds": 5, "idle": True},
        limits={"fetch_batch": 10},
        imap={"timeout": 10},
    )

    with DovecotServer() as reference, DovecotServer() as victim, SmtpSink() as sink:
        # The uninterrupted run over a fresh copy of the same mail.
        ref_state = tmp_path / "reference-state"
        ref_env = env_for(reference, sink, ref_state)
        deliver(reference, pool)
        result = mailbot(ref_env, config, "once")
        assert result.returncode == 0, result.stderr[-3000:]
        expected_drafts = [d.message_id for d in drafts_in(reference)]
        assert len(expected_drafts) > 100
        assert len(set(expected_drafts)) == len(expected_drafts)

        state = tmp_path / "state"
        env = env_for(victim, sink, state)
        waiting = list(pool)
        delivered = deliver(victim, [waiting.pop(0) for _ in range(120)])
        log = tmp_path / "run.log"
        mid_work = 0
        between_intent_and_record = 0
        for attempt in range(24):
            before = accounted(state) if state.exists() else 0
            if before >= delivered and waiting:
                # Everything so far is done: give the next run something to be killed in.
                delivered += deliver(victim, [waiting.pop(0) for _ in range(min(30, len(waiting)))])
            runs = log.read_text(errors="replace").count("mailbot running") if log.exists() else 0
            process = start_run(env, config, log)
            if attempt % 4 == 0:
                # Anywhere at all: while importing, loading the model, connecting, polling.
                time.sleep(rng.uniform(0.2, 3.0))
            else:
                # Inside the poll: it starts right after the "running" line.
                assert wait_for(
                    lambda r=runs: log_has_count(log, "mailbot running", r + 1), 60, process=process
                ), log.read_text()[-3000:]
                time.sleep(rng.uniform(0.05, 0.5))
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            after = accounted(state) if state.exists() else 0
            pending = draft_statuses(state).get("pending", 0)
            between_intent_and_record += bool(pending)
            mid_work += bool(pending) or before < after < delivered
        if waiting:
            delivered += deliver(victim, waiting)
        assert "Traceback" not in log.read_text(errors="replace")

        final = mailbot(env, config, "once")
        assert final.returncode == 0, final.stderr[-3000:]

        found = [d.message_id for d in drafts_in(victim)]
        twice = [mid for mid, n in Counter(found).items() if n > 1]
        assert not twice, f"drafts appended twice: {twice[:5]}"
        assert set(found) == set(expected_drafts), (
            f"missing {sorted(set(expected_drafts) - set(found))[:5]}, "
            f"extra {sorted(set(found) - set(expected_drafts))[:5]}"
        )
        assert decisions(state) == decisions(ref_state)
        report = status(env, config)
        assert report["processed"] + report["quarantined"] == delivered == len(pool)
        assert report["drafts"] == len(expected_drafts)
        assert report["queue"]["pending"] == 0
        assert sink.messages == []
        # The kills did land inside the work, and some between a batch's durable draft
        # intents and its record (the window the crash-safety ordering is about).
        print(f"kills mid-work: {mid_work}, with drafts pending: {between_intent_and_record}")
        assert mid_work >= 8
        assert between_intent_and_record >= 2


def log_has_count(log: Path, text: str, count: int) -> bool:
    return log.exists() and log.read_text(errors="replace").count(text) >= count
