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
from conftest import env_for, require_dovecot
from hostile import (
    deliver,
    drafts_in,
    mailbot,
    require_model,
    start_run,
    status,
    stop_run,
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
        delivered = deliver(victim, [waiting.pop(0) for _ in range(100)])
        log = tmp_path / "run.log"
        mid_work = 0
        between_intent_and_record = 0
        for attempt in range(24):
            # More mail before every run: each starts with a backlog to be killed in.
            delivered += deliver(victim, [waiting.pop(0) for _ in range(min(15, len(waiting)))])
            journal = state / "journal.jsonl"
            size = journal.stat().st_size if journal.exists() else 0
            process = start_run(env, config, log)
            if attempt % 4 == 0:
                # Anywhere at all: while importing, loading the model, connecting, polling.
                time.sleep(rng.uniform(0.2, 3.0))
            else:
                # Inside the poll: once its first batch is committed, a moment later.
                assert wait_for(
                    lambda s=size, j=journal: j.exists() and j.stat().st_size != s,
                    60,
                    interval=0.01,
                    process=process,
                ), log.read_text()[-3000:]
                time.sleep(rng.uniform(0.0, 0.05))
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
            after = accounted(state) if state.exists() else 0
            pending = draft_statuses(state).get("pending", 0)
            between_intent_and_record += bool(pending)
            # Killed while working: it had committed something and work was left.
            worked = journal.exists() and journal.stat().st_size != size
            mid_work += worked and (bool(pending) or after < delivered)
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
        # (The narrow window between a batch's intents and its APPENDs is pinned down
        # deterministically by test_a_kill_right_after_drafts_reach_the_server_...)


class Killed(BaseException):
    """Stands for SIGKILL inside the process: nothing catches it, nothing is committed."""


class KillAfterAppend:
    """An IMAP connection that dies right after the server has stored an APPEND: the drafts
    are in the mailbox, the state does not know it yet."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self.conn, name)
        if not name.startswith("append"):
            return attribute

        def append_then_die(*args: Any, **kwargs: Any) -> Any:
            attribute(*args, **kwargs)
            raise Killed

        return append_then_die

    def __enter__(self) -> KillAfterAppend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.conn.close()


def _poller(config_path: Path, env: dict[str, str], state: Path, wrap: Any = None) -> Any:
    from datetime import UTC, datetime

    from mailbot.config import load_config
    from mailbot.daemon import Poller, default_imap_factory
    from mailbot.pipeline import Pipeline
    from mailbot.render import TemplateLibrary

    config = load_config(config_path, {**os.environ, **env})
    pipeline = Pipeline(
        config=config,
        templates=TemplateLibrary(config.templates_dir),
        classifier=_classifier(),
        clock=lambda: datetime.now(UTC),
    )
    factory = default_imap_factory(config)
    imap = (lambda: wrap(factory())) if wrap else factory
    store = Store(state)
    return Poller(config, store, pipeline, imap, lambda: datetime.now(UTC)), store


_CLASSIFIER: list[Any] = []


def _classifier() -> Any:
    from mailbot.classify import Classifier

    if not _CLASSIFIER:
        _CLASSIFIER.append(Classifier.load())
    return _CLASSIFIER[0]


def _vanish(store: Store) -> None:
    """What a kill leaves of a Store: the files, never the uncommitted changes."""
    if store._journal is not None:
        store._journal.close()
        store._journal = None
    if store._lock_fd is not None:
        os.close(store._lock_fd)
        store._lock_fd = None


def test_a_kill_right_after_drafts_reach_the_server_appends_none_twice(tmp_path: Path) -> None:
    """The window the crash-safety ordering is about, hit on purpose every time: each batch's
    drafts are on the server, its state not yet committed. Each restart adopts what is
    there: the final drafts and decisions equal an uninterrupted run's, none twice."""
    require_dovecot()
    require_model()
    config = write_config(tmp_path, capacity=0, network=NETWORK, limits={"fetch_batch": 10})
    mail = varied_replies(60, seed=9)
    # Identical copies inside one batch and across batches: each is one record, replay or not.
    mail[5:5] = [mail[2], mail[2]]
    mail[25:25] = [mail[1]]
    with DovecotServer() as reference, DovecotServer() as victim, SmtpSink() as sink:
        deliver(reference, mail)
        ref_env = env_for(reference, sink, tmp_path / "reference")
        poller, store = _poller(config, ref_env, tmp_path / "reference")
        poller.poll()
        store.close()
        expected = sorted(d.message_id for d in drafts_in(reference))
        assert len(expected) > 10

        deliver(victim, mail)
        env = env_for(victim, sink, tmp_path / "state")
        kills = 0
        for _ in range(40):  # each kill costs at most one batch's progress
            poller, store = _poller(config, env, tmp_path / "state", wrap=KillAfterAppend)
            try:
                poller.poll()
            except Killed:
                kills += 1
                _vanish(store)
                continue
            store.close()
            break
        else:
            pytest.fail("never got through")
        assert kills >= 3
        poller, store = _poller(config, env, tmp_path / "state")
        poller.poll()
        store.close()
        found = sorted(d.message_id for d in drafts_in(victim))
        assert found == expected
        assert decisions(tmp_path / "state") == decisions(tmp_path / "reference")
        assert accounted(tmp_path / "state") == accounted(tmp_path / "reference") == len(mail)


def log_has_count(log: Path, text: str, count: int) -> bool:
    return log.exists() and log.read_text(errors="replace").count(text) >= count


# -- server faults -----------------------------------------------------------------------------


def applicant(tag: str) -> bytes:
    """One applicant reply that must get an acknowledgement draft (Message-ID <tag@...>)."""
    from hostile import SUBJECT, build

    body = (
        "Hi Sergio,\n\nI'd love to join your network. I'm a senior Python engineer with nine "
        "years of experience (Django, AWS), available 20 hours a week from January.\n"
        f"LinkedIn: https://www.linkedin.com/in/{tag}\n\nBest,\nNora\n"
    )
    return build(
        [
            ("From", f"Nora Quist <{tag}@proton.example>"),
            ("To", "Sergio Pereira <sergio@remotework.example>"),
            ("Subject", SUBJECT),
            ("Date", "Sat, 21 Nov 2026 10:00:00 +0000"),
            ("Message-ID", f"<{tag}@proton.example>"),
        ],
        body,
    )


def drafted_for(server: DovecotServer, tag: str) -> bool:
    return any(f"<{tag}@proton.example>".encode() in d.raw for d in drafts_in(server))


def quiet_config(tmp_path: Path, **changes: Any) -> Path:
    """Polls only on start and when IDLE says so: what follows a fault is IDLE's doing."""
    base: dict[str, Any] = {
        "schedule": {"poll_interval_seconds": 3600, "idle": True},
        "limits": {"fetch_batch": 10},
        "imap": {"timeout": 5},
    }
    base.update(changes)
    return write_config(tmp_path, **base)


@pytest.mark.slow
def test_dovecot_restarted_mid_batch_and_again_while_idle(tmp_path: Path) -> None:
    require_dovecot()
    require_model()
    config = quiet_config(tmp_path)
    mail = varied_replies(150, seed=5)
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state")
        deliver(dovecot, mail)
        log = tmp_path / "run.log"
        process = start_run(env, config, log)
        try:
            assert wait_for(lambda: log_has(log, "mailbot running"), 60, process=process)
            time.sleep(0.3)
            dovecot.restart()  # mid-poll: the batch in flight fails, the retry redoes it
            assert wait_for(lambda: log_has(log, "poll: "), 60, process=process), log.read_text()
            assert "poll failed" in log.read_text() or "IDLE connection lost" in log.read_text()
            assert wait_for(lambda: accounted(tmp_path / "state") == len(mail), 30)

            dovecot.restart()  # while idle: the IDLE connection drops
            deliver(dovecot, [applicant("after-restart")])
            assert wait_for(lambda: drafted_for(dovecot, "after-restart"), 30), log.read_text()[
                -3000:
            ]
            found = [d.message_id for d in drafts_in(dovecot)]
            assert len(found) == len(set(found))
        finally:
            assert stop_run(process) == 0
        text = log.read_text()
        assert "IDLE connection lost" in text
        assert "Traceback" not in text


@pytest.mark.slow
def test_a_dead_connection_during_idle_is_noticed_and_recovered(tmp_path: Path) -> None:
    """Dovecot frozen (SIGSTOP: the socket stays open, nothing answers) for longer than the
    IMAP timeout: the IDLE watcher notices while it is still frozen, reconnects with backoff
    after the resume, and a message that arrives then gets its draft."""
    require_dovecot()
    require_model()
    config = quiet_config(tmp_path)
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state")
        deliver(dovecot, [applicant("before-freeze")])
        log = tmp_path / "run.log"
        process = start_run(env, config, log)
        try:
            assert wait_for(lambda: drafted_for(dovecot, "before-freeze"), 60, process=process)
            time.sleep(1.0)  # the IDLE watcher is idling now
            dovecot.pause()
            try:
                # IDLE slices are 5 s and the read timeout 5 s: lost within ~10 s.
                noticed = wait_for(lambda: log_has(log, "IDLE connection lost"), 16)
            finally:
                dovecot.resume()
            assert noticed, log.read_text()[-3000:]
            deliver(dovecot, [applicant("after-freeze")])
            assert wait_for(lambda: drafted_for(dovecot, "after-freeze"), 45, process=process), (
                log.read_text()[-3000:]
            )
        finally:
            assert stop_run(process) == 0
        assert "Traceback" not in log.read_text()


@pytest.mark.slow
def test_smtp_down_then_up_under_run_sends_each_approved_draft_once(tmp_path: Path) -> None:
    """The daemon's send job (tests/test_outbox.py covers the Outbox itself with a fake
    clock): approved drafts wait while the SMTP server refuses connections, then go out
    exactly once when it is back, without anyone running `review send`."""
    require_dovecot()
    require_model()
    config = quiet_config(tmp_path, auto_send={"send_interval_seconds": 5})
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state")
        deliver(dovecot, [applicant("smtp-one"), applicant("smtp-two")])
        assert mailbot(env, config, "once").returncode == 0
        approved = mailbot(env, config, "review", "approve", "--all")
        assert approved.returncode == 0, approved.stderr
        sink.refuse_connections = True
        log = tmp_path / "run.log"
        process = start_run(env, config, log)
        try:
            state = tmp_path / "state"
            assert wait_for(
                lambda: draft_statuses(state).get("queued") == 2, 60, process=process
            ), log.read_text()[-3000:]
            time.sleep(2)
            assert sink.messages == []
            sink.refuse_connections = False
            # The first retry is 15-30 s after the refusal (exponential backoff, jitter).
            assert wait_for(lambda: len(sink.messages) >= 2, 60, process=process), log.read_text()[
                -3000:
            ]
            time.sleep(6)  # another send round or two: nothing goes out again
        finally:
            assert stop_run(process) == 0
        received = Counter(
            m.data.split(b"Message-ID: ", 1)[1].split(b"\r\n", 1)[0] for m in sink.messages
        )
        assert len(received) == 2 and set(received.values()) == {1}, received
        report = status(env, config)
        assert report["sent"] == 2
        filed = [d for d in drafts_in(dovecot, "Sent")]
        assert len(filed) == 2
        assert drafts_in(dovecot) == []


# -- login failures ----------------------------------------------------------------------------

WRONG_PASSWORD = "Wr0ng-Passw0rd-7f3a9c"


def test_once_with_a_wrong_password_fails_clearly(tmp_path: Path) -> None:
    require_dovecot()
    config = write_config(tmp_path)
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state", MAILBOT_IMAP_PASSWORD=WRONG_PASSWORD)
        result = mailbot(env, config, "once")
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert "login failed" in output.lower() and "owner" in output
    assert "Traceback" not in output
    assert WRONG_PASSWORD not in output


@pytest.mark.slow
def test_run_with_a_wrong_password_backs_off_and_keeps_going(tmp_path: Path) -> None:
    """A refused login in the daemon is retried with growing delays (no crash, no hot loop),
    and once the password is right again (here: the server's changed to match) mail flows."""
    require_dovecot()
    require_model()
    config = quiet_config(tmp_path)
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state", MAILBOT_IMAP_PASSWORD=WRONG_PASSWORD)
        deliver(dovecot, [applicant("after-login")])
        log = tmp_path / "run.log"
        process = start_run(env, config, log)
        try:
            assert wait_for(lambda: log_has(log, "login failed"), 60, process=process)
            time.sleep(10)
            assert process.poll() is None, log.read_text()[-3000:]
            text = log.read_text()
            # Dovecot delays failed logins (2 s, then longer), so later attempts may time out
            # instead; either way each is one retry. Backoff 1-2 s, 2-4 s, 4-8 s for the
            # poll and the same for IDLE: a hot loop would have logged hundreds.
            attempts = text.count("poll failed") + text.count("IDLE connection lost")
            assert 2 <= attempts <= 12, text[-3000:]
            # The owner fixes it (the server takes the password mailbot has).
            (dovecot.directory / "passwd").write_text(
                f"{dovecot.user}:{{PLAIN}}{WRONG_PASSWORD}::::::\n"
            )
            dovecot.password = WRONG_PASSWORD  # for the test's own look into Drafts
            assert wait_for(lambda: drafted_for(dovecot, "after-login"), 90, process=process), (
                log.read_text()[-3000:]
            )
        finally:
            assert stop_run(process) == 0
        text = log.read_text()
        assert "Traceback" not in text
        assert WRONG_PASSWORD not in text


def test_a_new_uidvalidity_counts_an_oversized_message_once(tmp_path: Path) -> None:
    """The folder is recreated (new UIDVALIDITY) with the same mail, one message too large
    to fetch: after the rescan every message is still accounted for exactly once."""
    require_dovecot()
    require_model()
    config = write_config(tmp_path, folders={"inbox": "Work"}, limits={"max_message_bytes": 4096})
    mail = [applicant("small-one"), applicant("big-one") + b"x" * 8000]
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state")
        for round_ in range(2):
            client = dovecot.client()
            if round_:
                client.delete_folder("Work")
            client.create_folder("Work")
            client.logout()
            deliver(dovecot, mail, folder="Work")
            result = mailbot(env, config, "once")
            assert result.returncode == 0, result.stderr[-2000:]
            report = status(env, config)
            assert (report["processed"], report["quarantined"]) == (1, 1), report
        assert len(drafts_in(dovecot)) == 1


class _CountingStore(Store):
    """A Store that counts its whole-table reads of drafts."""

    drafts_read = 0

    def items(self, table: str) -> Any:
        if table == "drafts":
            self.drafts_read += 1
        return super().items(table)


def test_the_end_of_poll_retry_reads_the_pending_drafts_not_every_draft(tmp_path: Path) -> None:
    """A draft left pending by a run killed before its APPEND goes up on the next poll, and
    only once. The retry at the end of each poll looks at what may still be pending, not at
    every draft the store holds: a poll must not cost more as the drafts ever made pile up."""
    from datetime import UTC, datetime

    from mailbot.config import load_config
    from mailbot.daemon import Poller, default_imap_factory
    from mailbot.pipeline import Pipeline
    from mailbot.render import TemplateLibrary

    require_dovecot()
    require_model()
    config_path = write_config(tmp_path)
    left = b"Message-ID: <left-over@mailbot.test>\r\nSubject: Re: hello\r\n\r\nThanks!\r\n"
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state")
        store = Store(tmp_path / "state")
        for number in range(300):
            store.put("drafts", f"<done-{number}@mailbot.test>", {"status": "in_drafts"})
        store.put(
            "drafts",
            "<left-over@mailbot.test>",
            {"status": "pending", "raw": left.decode(), "to": ["ana@example.org"]},
        )
        store.commit()
        store.close()

        config = load_config(config_path, {**os.environ, **env})
        clock = lambda: datetime.now(UTC)  # noqa: E731
        pipeline = Pipeline(
            config=config,
            templates=TemplateLibrary(config.templates_dir),
            classifier=_classifier(),
            clock=clock,
        )
        counting = _CountingStore(tmp_path / "state")
        poller = Poller(config, counting, pipeline, default_imap_factory(config), clock)
        assert counting.drafts_read == 1  # once, when the poller starts
        for _ in range(2):
            summary = poller.poll()
        assert counting.drafts_read == 1
        assert summary.drafts == 0  # the second poll had nothing left to append
        assert counting.get("drafts", "<left-over@mailbot.test>")["status"] == "in_drafts"
        counting.close()
        assert [d.message_id for d in drafts_in(dovecot)] == ["<left-over@mailbot.test>"]
