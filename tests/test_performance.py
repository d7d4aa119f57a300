"""The speed-ups of the performance issue keep the answers they speed up.

- the per-connection header index of imap.py answers exactly what a server-side
  `UID SEARCH HEADER` answers, also after our APPENDs and deletes and after another client
  changed the folder;
- a poll asked for while one runs is not lost (the running poll goes round again).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from email.message import EmailMessage
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from servers import DovecotServer

from mailbot import imap as imap_module
from mailbot.imap import ImapConnection, ImapSettings, connect


def _draft(number: int, in_reply_to: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = "Sergio <sergio@remotework.example>"
    message["To"] = f"person{number}@example.org"
    message["Subject"] = f"Re: hello {number}"
    message["Message-ID"] = f"<Draft.{number}@RemoteWork.example>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    message.set_content(f"Thanks {number}\n")
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


def _settings(dovecot: DovecotServer) -> ImapSettings:
    return ImapSettings(
        host=dovecot.host,
        port=dovecot.port,
        user=dovecot.user,
        password=dovecot.password,
        security="none",
        timeout=10.0,
    )


@pytest.fixture
def conn(dovecot: DovecotServer) -> Iterator[ImapConnection]:
    with connect(_settings(dovecot)) as connection:
        yield connection


def _server_search(dovecot: DovecotServer, header: str, value: str) -> list[int]:
    client = dovecot.client()
    try:
        client.select_folder("Drafts", readonly=True)
        return sorted(client.search(["HEADER", header, value]))
    finally:
        client.logout()


def test_header_index_answers_what_the_server_search_answers(
    dovecot: DovecotServer, conn: ImapConnection, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imap_module, "_INDEX_CHECK_EVERY", 0.3)
    for number in range(6):
        dovecot.append("Drafts", _draft(number, in_reply_to=f"<source.{number}@example.org>"))

    # the first lookups are server searches; later ones come from the index
    for number in range(6):
        assert conn.search_message_id("Drafts", f"<Draft.{number}@RemoteWork.example>")
    assert "Drafts" in conn._indexes
    for number in range(6):
        # ids compare case-insensitively, like the server's substring search
        expected = _server_search(dovecot, "Message-ID", f"<draft.{number}@remotework.example>")
        assert expected
        assert conn.search_message_id("Drafts", f"<draft.{number}@remotework.example>") == expected
        assert conn.search_header("Drafts", "In-Reply-To", f"<source.{number}@example.org>") == (
            _server_search(dovecot, "In-Reply-To", f"<source.{number}@example.org>")
        )
    assert conn.search_message_id("Drafts", "<absent@example.org>") == []
    assert conn.search_message_id("Drafts", "<Draft.1@RemoteWork.example") != []  # no ">"

    # our own APPEND is visible at once, our delete too
    uid = conn.append("Drafts", _draft(100))
    assert uid is not None
    assert conn.search_message_id("Drafts", "<Draft.100@RemoteWork.example>") == [uid]
    conn.delete_uids("Drafts", [uid])
    assert conn.search_message_id("Drafts", "<Draft.100@RemoteWork.example>") == []

    # another client's changes are seen once the index's STATUS check is due
    outside = dovecot.append("Drafts", _draft(200, in_reply_to="<source.200@example.org>"))
    gone = _server_search(dovecot, "Message-ID", "<Draft.0@RemoteWork.example>")
    client = dovecot.client()
    try:
        client.select_folder("Drafts")
        client.add_flags(gone, [b"\\Deleted"])
        client.expunge()
    finally:
        client.logout()
    time.sleep(0.35)
    assert conn.search_message_id("Drafts", "<Draft.200@RemoteWork.example>") == [outside]
    assert conn.search_header("Drafts", "In-Reply-To", "<source.200@example.org>") == [outside]
    assert conn.search_message_id("Drafts", "<Draft.0@RemoteWork.example>") == []


def test_few_lookups_stay_server_searches(dovecot: DovecotServer, conn: ImapConnection) -> None:
    dovecot.append("Drafts", _draft(1))
    for _ in range(3):
        assert conn.search_message_id("Drafts", "<Draft.1@RemoteWork.example>")
    assert conn._indexes == {}


class _SlowPoller:
    """Stands in for Poller: each poll takes a while and counts itself."""

    def __init__(self) -> None:
        self.polls = 0
        self.started = threading.Event()
        self.release = threading.Event()
        self.config: Any = None

    def poll(self) -> Any:
        self.polls += 1
        self.started.set()
        self.release.wait(5)

        class _Summary:
            def line(self) -> str:
                return "poll: fake"

        return _Summary()


def test_poll_asked_for_during_a_poll_runs_right_after_it() -> None:
    from mailbot.daemon import Daemon

    poller = _SlowPoller()
    daemon = Daemon.__new__(Daemon)  # the scheduler is not needed to test the hand-over
    daemon.poller = poller  # type: ignore[assignment]
    daemon.reload = None
    daemon.stop_event = threading.Event()
    daemon.failures = 0
    daemon.polls = 0
    daemon._poll_lock = threading.Lock()
    daemon._polling = False
    daemon._poll_wanted = False

    class _Scheduler:
        running = True
        modified = 0

        def modify_job(self, *args: Any, **kwargs: Any) -> None:
            self.modified += 1

    daemon.scheduler = _Scheduler()  # type: ignore[assignment]
    daemon.reload_if_changed = lambda: False  # type: ignore[method-assign]

    worker = threading.Thread(target=daemon._poll_job)
    worker.start()
    assert poller.started.wait(5)
    daemon.poll_soon()  # new mail announced while the poll runs
    poller.release.set()
    worker.join(5)
    assert not worker.is_alive()
    assert poller.polls == 2
    assert daemon.scheduler.modified == 0  # type: ignore[attr-defined]
    assert daemon._polling is False

    daemon.poll_soon()  # nothing running: the scheduler is asked
    assert daemon.scheduler.modified == 1  # type: ignore[attr-defined]


def test_append_many_is_one_multiappend_with_uids_in_order(
    dovecot: DovecotServer, conn: ImapConnection
) -> None:
    assert "MULTIAPPEND" in conn.capabilities
    for number in range(4):  # enough lookups to build the index first
        assert conn.search_message_id("Drafts", f"<Draft.{number}@RemoteWork.example>") == []
    raws = [_draft(number).replace(b"\r\n", b"\n") for number in range(10, 15)]  # LF: sent CRLF
    uids = conn.append_many("Drafts", raws)
    assert len(uids) == 5 and all(uid is not None for uid in uids)
    assert uids == sorted(uids)
    stored = {uid: raw for uid, _flags, raw in dovecot.messages("Drafts")}
    assert sorted(stored) == uids
    for number, uid in zip(range(10, 15), uids, strict=True):
        assert f"<Draft.{number}@RemoteWork.example>".encode() in stored[uid]
        assert b"\r\n" in stored[uid]
        assert conn.search_message_id("Drafts", f"<Draft.{number}@RemoteWork.example>") == [uid]
    flags = {uid: flags for uid, flags, _raw in dovecot.messages("Drafts")}
    assert all(b"\\Draft" in flags[uid] for uid in uids)
    assert conn.append_many("Drafts", []) == []


def test_uid_sets() -> None:
    assert imap_module._uid_set("5:7,9") == [5, 6, 7, 9]
    assert imap_module._uid_set("3") == [3]


def test_mail_arriving_between_idle_waits_is_reported_at_once(
    dovecot: DovecotServer, conn: ImapConnection
) -> None:
    conn.select("INBOX")
    assert conn.idle_wait(0.2) is False
    dovecot.append("INBOX", _draft(1))  # no IDLE running at this moment
    started = time.monotonic()
    assert conn.idle_wait(5.0) is True
    assert time.monotonic() - started < 1.0  # not at the end of the 5 s wait


def test_streamed_snapshot_is_the_json_of_the_store(tmp_path: Any) -> None:
    import json

    from mailbot.store import SNAPSHOT, TABLES, Store

    with Store(tmp_path / "state") as store:
        store.put("messages", "<a@x>", {"subject": 'Olá "quoted" \\ ✓', "trail": [[1, None]]})
        store.put("messages", "<b@x>", {"n": 2})
        store.delete("messages", "<b@x>")
        store.put("people", "ana@example.org", {"skills": ["python"], "rate": 1.5})
        store.put("meta", "k", {"v": {}})
        store.compact()
    saved = json.loads((tmp_path / "state" / SNAPSHOT).read_bytes())
    assert saved["generation"] == 1
    assert saved["tables"]["messages"] == {
        "<a@x>": {"subject": 'Olá "quoted" \\ ✓', "trail": [[1, None]]}
    }
    assert saved["tables"]["people"] == {"ana@example.org": {"skills": ["python"], "rate": 1.5}}
    assert saved["tables"]["meta"] == {"k": {"v": {}}}
    assert set(TABLES) <= set(saved["tables"])
    with Store(tmp_path / "state") as again:
        assert again.get("messages", "<a@x>") == saved["tables"]["messages"]["<a@x>"]
        assert again.get("messages", "<b@x>") is None


def _poller_for(dovecot: DovecotServer, state: Any, max_message_bytes: int | None = None) -> Any:
    import dataclasses
    from datetime import UTC, datetime
    from pathlib import Path

    from mailbot.classify import Classifier
    from mailbot.config import load_config
    from mailbot.daemon import Poller, default_imap_factory
    from mailbot.pipeline import Pipeline
    from mailbot.render import TemplateLibrary
    from mailbot.store import Store

    repo = Path(__file__).resolve().parents[1]
    env = {
        "MAILBOT_IMAP_HOST": dovecot.host,
        "MAILBOT_IMAP_PORT": str(dovecot.port),
        "MAILBOT_IMAP_USER": dovecot.user,
        "MAILBOT_IMAP_PASSWORD": dovecot.password,
        "MAILBOT_IMAP_SECURITY": "none",
        "MAILBOT_SMTP_HOST": "127.0.0.1",
        "MAILBOT_SMTP_PORT": "9",
        "MAILBOT_SMTP_SECURITY": "none",
        "MAILBOT_STATE": str(state),
    }
    config = load_config(repo / "rules.yaml", env)
    if max_message_bytes is not None:
        limits = config.settings.limits.model_copy(update={"max_message_bytes": max_message_bytes})
        settings = config.settings.model_copy(update={"limits": limits})
        config = dataclasses.replace(config, settings=settings)
    try:
        classifier = Classifier.load()
    except Exception as exc:  # no trained model in this checkout
        pytest.skip(f"no classifier model: {exc}")
    pipeline = Pipeline(
        config=config,
        templates=TemplateLibrary(config.templates_dir),
        classifier=classifier,
        clock=lambda: datetime.now(UTC),
    )
    store = Store(state)
    return Poller(
        config, store, pipeline, default_imap_factory(config), lambda: datetime.now(UTC)
    ), store


def test_a_backlog_read_ahead_in_a_worker_is_decided_as_without_it(
    dovecot: DovecotServer, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several batches, fetched and parsed in the worker process with its own connection,
    against the same mail fetched and parsed in this one."""
    from mailbot.readahead import ReadAhead, ReadBatch
    from mailbot.samples import samples

    mix = samples()
    messages = []
    for copy in range(6):  # > one fetch batch of 50
        for sample in mix:
            messages.append(sample.data.replace(b"Message-ID: <", b"Message-ID: <c%d." % copy, 1))
    dovecot.write_maildir("INBOX", messages)

    used: list[bool] = []
    original = ReadAhead._result

    def counting(self: ReadAhead, work: Any) -> Any:
        result = original(self, work)
        used.append(isinstance(result, ReadBatch))  # read there, not only parsed there
        return result

    def records(state: Any) -> dict[str, tuple[Any, ...]]:
        poller, store = _poller_for(dovecot, state)
        try:
            poller.poll()
            return {
                key: (
                    r.get("label"),
                    r.get("rule"),
                    r.get("action"),
                    tuple(r.get("drafts", ())),
                    r.get("digest"),  # the bytes stayed in the worker: these came with them
                    r.get("size"),
                )
                for key, r in store.items("messages")
            }
        finally:
            store.close()

    monkeypatch.setattr(ReadAhead, "MIN_BACKLOG", 1)
    monkeypatch.setattr(ReadAhead, "_result", counting)
    ahead = records(tmp_path / "ahead")
    assert used and all(used)  # every batch came from the worker
    monkeypatch.setattr(ReadAhead, "MIN_BACKLOG", 10**9)
    used.clear()
    inline = records(tmp_path / "inline")
    assert not any(used)
    assert len(ahead) == len(messages)
    assert ahead == inline


def test_oversized_mail_in_a_read_ahead_backlog_is_never_downloaded(
    dovecot: DovecotServer, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sizes asked for ahead, many batches at once, still keep big mail out of the worker's
    FETCH: quarantined by UID, unfetched, as without the worker."""
    from mailbot.imap import ImapConnection
    from mailbot.readahead import ReadAhead
    from mailbot.samples import samples

    messages = []
    for copy in range(12):
        for sample in samples():
            messages.append(sample.data.replace(b"Message-ID: <", b"Message-ID: <o%d." % copy, 1))
    big = [index * 17 for index in range(1, 6)]
    for index in big:
        messages[index] = messages[index] + b"\r\n" + (b"x" * 76 + b"\r\n") * 100
    dovecot.write_maildir("INBOX", messages)
    limit = max(len(m) for i, m in enumerate(messages) if i not in big) + 1000
    assert all(len(messages[i]) > limit for i in big)

    fetched: list[int] = []
    original = ImapConnection.fetch_raw

    def counting(self: ImapConnection, uids: Any, folder: str, uidvalidity: int) -> Any:
        fetched.extend(uids)
        return original(self, uids, folder, uidvalidity)

    def quarantined(state: Any) -> list[tuple[int, int]]:
        poller, store = _poller_for(dovecot, state, max_message_bytes=limit)
        try:
            poller.poll()
            return sorted(
                (int(r["uid"]), int(r["size"]))
                for key, r in store.items("messages")
                if key.startswith("<unfetched.")
            )
        finally:
            store.close()

    monkeypatch.setattr(ReadAhead, "MIN_BACKLOG", 1)
    monkeypatch.setattr(ReadAhead, "SIZES_AHEAD", 2)  # several size requests per backlog
    ahead = quarantined(tmp_path / "ahead")
    monkeypatch.setattr(ReadAhead, "MIN_BACKLOG", 10**9)
    monkeypatch.setattr(ImapConnection, "fetch_raw", counting)
    inline = quarantined(tmp_path / "inline")
    assert ahead == inline
    assert len(inline) == len(big) and all(size > limit for _, size in inline)
    assert fetched and not set(fetched) & {uid for uid, _ in inline}


def test_a_worker_that_cannot_read_hands_its_batches_back(
    dovecot: DovecotServer, conn: ImapConnection
) -> None:
    """The worker's own connection fails (here: a closed port): every batch is read in this
    process instead, in order, none lost, and still parsed in the worker."""
    from dataclasses import replace

    from mailbot.readahead import ImapConnector, ReadAhead
    from mailbot.samples import samples

    dovecot.write_maildir("INBOX", [sample.data for sample in samples()[:12]])
    status = conn.select("INBOX", readonly=True)
    uids = conn.new_uids(status, 0)
    broken = ImapConnector(replace(_settings(dovecot), port=9))
    batches = [uids[i : i + 5] for i in range(0, len(uids), 5)]
    with ReadAhead(broken, (), 10_000_000, enabled=True) as reader:
        read = list(reader.batches(conn, "INBOX", status.uidvalidity, batches))
    assert [b.uids for b in read] == batches
    assert [raw.uid for b in read for raw in b.raws] == uids
    assert all(b.parsed is not None and len(b.parsed) == len(b.raws) for b in read)


class _DyingConnector:
    """Stands for a native crash in the worker (PDFium is C++): the process just dies."""

    def __call__(self) -> Any:
        import os

        os._exit(70)


def test_a_worker_that_dies_costs_no_batch_and_the_daemon_parses_without_pdfium(
    dovecot: DovecotServer, conn: ImapConnection, tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch that kills the worker is read again here and parsed here with pypdf, so a
    message that crashes PDFium cannot take the daemon down with it."""
    from mailbot import pipeline as pipeline_module
    from mailbot.readahead import ReadAhead
    from mailbot.samples import samples

    dovecot.write_maildir("INBOX", [sample.data for sample in samples()[:12]])
    status = conn.select("INBOX", readonly=True)
    uids = conn.new_uids(status, 0)
    batches = [uids[i : i + 5] for i in range(0, len(uids), 5)]
    dying: Any = _DyingConnector()
    with ReadAhead(dying, (), 10_000_000, enabled=True) as reader:
        read = list(reader.batches(conn, "INBOX", status.uidvalidity, batches))
        assert reader.pool is None  # given up on: this process reads from now on
    assert [raw.uid for b in read for raw in b.raws] == uids
    assert all(b.parsed is None and all(raw.data for raw in b.raws) for b in read)

    natives: list[bool] = []
    original = pipeline_module.parse_message

    def spy(data: bytes, **options: Any) -> Any:
        natives.append(options.get("native_pdf", True))
        return original(data, **options)

    monkeypatch.setattr(pipeline_module, "parse_message", spy)
    poller, store = _poller_for(dovecot, tmp_path / "state")
    try:
        analyses = poller.pipeline.analyse([raw for b in read for raw in b.raws])
    finally:
        store.close()
    assert len(analyses) == len(uids)
    assert natives and not any(natives)


def test_the_daemon_and_its_worker_look_for_cycles_less_often(tmp_path: Any) -> None:
    """Both processes of a backlog run collect with the throughput thresholds: the worker
    from its start, the daemon from the command line on (`once`, `run`, `demo` only)."""
    import gc
    import os
    import subprocess
    import sys

    from mailbot.gc_tuning import THRESHOLDS
    from mailbot.readahead import ReadAhead

    if (os.cpu_count() or 1) < 2:
        pytest.skip("one core: no read-ahead worker")
    # A fresh interpreter's: tests that run `once` in this process have set ours.
    defaults = subprocess.run(
        [sys.executable, "-c", "import gc; print(gc.get_threshold())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert THRESHOLDS[0] > int(defaults.strip("()").split(",")[0])
    with ReadAhead(None, (), 10_000_000, enabled=True) as reader:
        assert reader.pool is not None
        assert reader.pool.submit(gc.get_threshold).result(timeout=60) == THRESHOLDS
    probe = (
        "import gc, sys\n"
        "from mailbot import cli\n"
        "cli.COMMANDS[sys.argv[1]] = lambda args: print(gc.get_threshold()) or 0\n"
        "cli.main([sys.argv[1]])\n"
    )
    for command, expected in (("once", str(THRESHOLDS)), ("status", defaults)):
        shown = subprocess.run(
            [sys.executable, "-c", probe, command],
            capture_output=True,
            text=True,
            check=True,
            cwd=tmp_path,
        ).stdout
        assert shown.strip() == expected, command


def test_the_read_ahead_worker_imports_neither_the_model_nor_the_config() -> None:
    """The worker is a fresh interpreter at the start of every backlog, while the model
    loads in the daemon: what it imports is start-up time on the critical path and memory
    (with mailbot.cli, which spawn imports as the worker's main: 0.5 -> 0.25 s of CPU,
    43 -> 31 MB)."""
    import subprocess
    import sys

    probe = (  # spawn imports the daemon's main module (mailbot.cli) in the worker too
        "import sys\n"
        "import mailbot.cli\n"
        "import mailbot.readahead\n"
        "from mailbot.classify.prepare import prepare_many\n"
        "from mailbot.parse import parse_message\n"
        "parsed = parse_message(b'From: a@b.example\\r\\nSubject: Re: hi\\r\\n\\r\\nHello\\r\\n')\n"
        "prepare_many([parsed], ())\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "mailbot.classify.prepare" in loaded
    heavy = {
        "spacy",
        "pydantic",
        "yaml",
        "mailbot.config",
        "mailbot.classify.model",
        "mailbot.classify.extract",
        "mailbot.classify.evaluate",
    }
    assert not heavy & loaded


def test_once_ends_without_the_interpreter_teardown_and_loses_no_output(tmp_path: Any) -> None:
    """`mailbot once` exits straight after its command: atexit handlers (the teardown's
    first step) do not run, yet its exit code, stdout, stderr and log lines all arrive.
    Other commands end normally."""
    import subprocess
    import sys

    probe = (
        "import atexit, logging, sys\n"
        "from mailbot import cli\n"
        "atexit.register(lambda: print('teardown ran', flush=True))\n"
        "def command(args):\n"
        "    print('summary line')\n"
        "    print('to stderr', file=sys.stderr)\n"
        "    logging.getLogger('mailbot').warning('a log line')\n"
        "    return 3\n"
        "cli.COMMANDS[sys.argv[1]] = command\n"
        "cli.entry([sys.argv[1]])\n"
    )
    for command, teardown in (("once", False), ("status", True)):
        result = subprocess.run(
            [sys.executable, "-c", probe, command], capture_output=True, text=True, cwd=tmp_path
        )
        assert result.returncode == 3, command
        assert result.stdout.splitlines()[0] == "summary line"
        assert ("teardown ran" in result.stdout) is teardown, command
        assert "to stderr" in result.stderr and "a log line" in result.stderr


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from([b"a", b"\r", b"\n", b"\r\n", b"\xff"]), max_size=40))
def test_line_ends_made_crlf_as_the_substitution_makes_them(pieces: list[bytes]) -> None:
    """Drafts already CRLF are sent as they are, anything else as the regex makes it."""
    from mailbot.imap import _BARE_LF, _crlf

    message = b"".join(pieces)
    assert _crlf(message) == _BARE_LF.sub(b"\r\n", message)
