"""`make bench`: mailbot against a throw-away Dovecot, measured end to end.

    .venv/bin/python -m bench.run [--n 10000] [--quick] [--skip idle,store] [--out FILE]

1. start a private Dovecot (tests/servers.py), its Maildir on tmpfs where there is one
   (see server_parent_dir), and write N realistic messages into its INBOX Maildir
   (bench/mail.py: the corpus mix, 10% with a 100-300 KB PDF);
2. (a) the floor: a plain imapclient FETCH of every body (BODY.PEEK[], batches of 100),
   best of three runs: two before (b) and one right after it;
3. (b) `mailbot once` over the same mailbox, in a subprocess, best of two runs from an
   empty state: wall time (interpreter start and model load included), msgs/s, peak RSS
   (/proc VmHWM; with its parse worker: the sum of both, sampled), ratio b/a;
4. (c) IDLE latency: `mailbot run` caught up and idle; 20 new replies appended one at a
   time, each timed from APPEND until its draft is in Drafts;
5. (d) the store: per-message put + commit at 1k, 10k and 50k stored messages;
6. (b) again, for information, with a second Dovecot whose Maildir is on the disk.

Prints a table and writes bench/RESULTS.md (the README's Performance section).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from servers import DovecotServer  # noqa: E402

from bench import mail  # noqa: E402
from bench.store_cost import StoreCost, measure  # noqa: E402

FETCH_BATCH = 100
IDLE_REPLIES = 20
TARGETS = {
    "ratio": (1.5, 2.0),
    "idle_median": (1.0, 2.0),
    "rss": (250.0, 300.0),
    "store_ratio": (1.5, 1.5),
}


@dataclass
class Results:
    n: int = 0
    mailbox_mb: float = 0.0
    load_s: float = 0.0
    fetch_s: float = 0.0
    fetch_runs: list[float] = field(default_factory=list)
    fetch_quiet_s: float = 0.0
    once_s: float = 0.0
    once_rss_mb: float = 0.0
    once_tree_rss_mb: float = 0.0  # with the parse worker, sampled every 50 ms
    once_cpu_s: float = 0.0  # user + system CPU seconds of the daemon process
    once_worker_cpu_s: float = 0.0  # ... and of its read-ahead worker(s)
    once_dovecot_cpu_s: float = 0.0  # ... and of the Dovecot serving it, over the same run
    once_summary: str = ""
    once_drafts: int = 0
    once_runs: list[float] = field(default_factory=list)  # (b) is the best of these
    server_dir: str = ""  # where the server's Maildir is
    disk_once_s: float = 0.0  # (b) with the server's Maildir on the disk instead
    disk_dovecot_cpu_s: float = 0.0
    disk_dir: str = ""
    idle: list[float] = field(default_factory=list)
    idle_missed: int = 0
    store: list[StoreCost] = field(default_factory=list)


# --------------------------------------------------------------------------- machine


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB"
    except OSError:
        pass
    try:
        dovecot = subprocess.run(
            ["dovecot", "--version"], capture_output=True, text=True, check=False
        ).stdout.split()[0]
    except (OSError, IndexError):
        dovecot = "?"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count() or "?"),
        "memory": memory,
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "dovecot": dovecot,
    }


# --------------------------------------------------------------------------- phases


def server_parent_dir(n: int) -> Path | None:
    """/dev/shm when it is a tmpfs with room for the mailbox and its drafts, else None (the
    temp dir). The server's storage is not mailbot's cost, and on the disk it varies with
    the machine's history: on an ext4 without a journal, as on the VM of the README's
    table, creating a file scans past every inode freed in the last minutes
    (recently_deleted(), 75% of Dovecot's APPEND time under perf after a test run), so
    Dovecot's CPU for the same `once` ranged from 1.8 to 5.2 s. mailbot's own state stays
    on the disk, fsyncs and all."""
    shm = Path("/dev/shm")
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
        is_tmpfs = any(line.split()[1:3] == [str(shm), "tmpfs"] for line in mounts)
        room = shutil.disk_usage(shm).free > n * 150_000  # ~40 KB a message, 3x spare
    except (OSError, IndexError):
        return None
    return shm if is_tmpfs and room and os.access(shm, os.W_OK) else None


def describe_dir(path: Path) -> str:
    """`path` and its file system type, from /proc/mounts (the longest mount point)."""
    best, kind = "", "?"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            fields = line.split()
            point = fields[1]
            inside = str(path) == point or str(path).startswith(point.rstrip("/") + "/")
            if inside and len(point) > len(best):
                best, kind = point, fields[2]
    except (OSError, IndexError):
        pass
    return f"{path.parent} ({kind})"


def load_mailbox(server: DovecotServer, n: int, results: Results) -> None:
    started = time.perf_counter()
    total = 0

    def stream() -> Any:
        nonlocal total
        for data, _base in mail.messages(n, run="main"):
            total += len(data)
            yield data

    server.write_maildir("INBOX", stream())
    client = server.client(timeout=120)
    try:
        client.select_folder("INBOX", readonly=True)
        found = len(client.search("ALL"))  # Dovecot indexes the new mail here
    finally:
        client.logout()
    if found != n:
        raise RuntimeError(f"INBOX holds {found} messages, expected {n}")
    results.load_s = time.perf_counter() - started
    results.mailbox_mb = total / 1e6


def raw_fetch(server: DovecotServer, quiet: bool = False) -> float:
    """Seconds for a plain imapclient FETCH of every body, the way any client would.

    `quiet`: with imaplib's debug formatting off, as mailbot's own connections run (stock
    imapclient turns it on, and building a repr of every body is most of the FETCH)."""
    started = time.perf_counter()
    client = server.client(timeout=120)
    if quiet:
        client._imap.debug = 0
    fetched = 0
    try:
        client.select_folder("INBOX", readonly=True)
        uids = client.search("ALL")
        for start in range(0, len(uids), FETCH_BATCH):
            batch = uids[start : start + FETCH_BATCH]
            data = client.fetch(batch, [b"BODY.PEEK[]", b"INTERNALDATE", b"FLAGS"])
            fetched += sum(1 for item in data.values() if b"BODY[]" in item)
    finally:
        client.logout()
    if fetched != len(uids):
        raise RuntimeError(f"raw fetch got {fetched} of {len(uids)} bodies")
    return time.perf_counter() - started


def mailbot_env(server: DovecotServer, state: Path) -> dict[str, str]:
    return {
        **os.environ,
        "MAILBOT_CONFIG": str(REPO / "rules.yaml"),
        "MAILBOT_STATE": str(state),
        "MAILBOT_IMAP_HOST": server.host,
        "MAILBOT_IMAP_PORT": str(server.port),
        "MAILBOT_IMAP_USER": server.user,
        "MAILBOT_IMAP_PASSWORD": server.password,
        "MAILBOT_IMAP_SECURITY": "none",
        # nothing is approved, so nothing is sent: a closed loopback port is enough
        "MAILBOT_SMTP_HOST": "127.0.0.1",
        "MAILBOT_SMTP_PORT": "9",
        "MAILBOT_SMTP_USER": "",
        "MAILBOT_SMTP_PASSWORD": "",
        "MAILBOT_SMTP_SECURITY": "none",
        "PYTHONUNBUFFERED": "1",
    }


def mailbot_command(*args: str) -> list[str]:
    # e.g. a profiler: MAILBOT_BENCH_PREFIX_ONCE="py-spy record -o once.txt --format raw --"
    prefix = os.environ.get(f"MAILBOT_BENCH_PREFIX_{args[0].upper()}", "").split()
    return [*prefix, sys.executable, "-m", "mailbot.cli", *args]


def _status_kb(pid: int, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            for task in Path(f"/proc/{current}/task").iterdir():
                children = [int(c) for c in (task / "children").read_text().split()]
                found.extend(children)
                pending.extend(children)
        except (OSError, ValueError):
            continue
    return found


def _cpu_s(pid: int, reaped: bool = False) -> float | None:
    """User + system CPU seconds of `pid` so far (all its threads), or None once gone; with
    `reaped`, also those of its children that have exited and been waited for."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])
        if reaped:
            ticks += int(fields[13]) + int(fields[14])
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _tree_cpu_s(pid: int) -> float:
    """CPU seconds of a server's whole process tree so far: Dovecot's master forks an imap
    process per connection and reaps it when the connection ends."""
    return (_cpu_s(pid, reaped=True) or 0.0) + sum(
        _cpu_s(child) or 0.0 for child in _descendants(pid)
    )


class _RssSampler(threading.Thread):
    """Peak RSS from /proc every 50 ms: of the process (VmHWM, reset at exec, unlike
    getrusage's ru_maxrss, which keeps the forking parent's size), and of it plus its
    children (the parse worker) at the same instant. Also the CPU seconds each has used by
    its last sample: with two cores, they say which process the wall time waits for."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid = pid
        self.main_kb = 0
        self.tree_kb = 0
        self.cpu_s: dict[int, float] = {}
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(0.05):
            self.main_kb = max(self.main_kb, _status_kb(self.pid, "VmHWM"))
            children = _descendants(self.pid)
            tree = _status_kb(self.pid, "VmRSS") + sum(
                _status_kb(child, "VmRSS") for child in children
            )
            self.tree_kb = max(self.tree_kb, tree)
            for pid in (self.pid, *children):
                seconds = _cpu_s(pid)
                if seconds is not None:
                    self.cpu_s[pid] = seconds

    def worker_cpu_s(self) -> float:
        return sum(seconds for pid, seconds in self.cpu_s.items() if pid != self.pid)


def _settled_tree_cpu_s(pid: int, before: set[int], timeout: float = 5.0) -> float:
    """_tree_cpu_s once the processes started since `before` have exited and been reaped:
    an imap process still closing holds CPU that neither it nor its master would show."""
    deadline = time.monotonic() + timeout
    while set(_descendants(pid)) - before and time.monotonic() < deadline:
        time.sleep(0.05)
    return _tree_cpu_s(pid)


def run_once(server: DovecotServer, state: Path, results: Results, log: Path) -> None:
    dovecot_processes = set(_descendants(server.pid))
    dovecot_before = _tree_cpu_s(server.pid)
    started = time.perf_counter()
    with open(log, "wb") as stderr:
        process = subprocess.Popen(
            mailbot_command("once"),
            env=mailbot_env(server, state),
            stdout=subprocess.PIPE,
            stderr=stderr,
            cwd=REPO,
        )
        sampler = _RssSampler(process.pid)
        sampler.start()
        assert process.stdout is not None
        output = process.stdout.read()
        sampler.done.set()
        process.wait()
    results.once_s = time.perf_counter() - started
    results.once_dovecot_cpu_s = _settled_tree_cpu_s(server.pid, dovecot_processes) - dovecot_before
    results.once_rss_mb = sampler.main_kb / 1024
    results.once_tree_rss_mb = sampler.tree_kb / 1024
    # the last 50 ms before exit are not seen: close enough for a 10 s run
    results.once_cpu_s = sampler.cpu_s.get(process.pid, 0.0)
    results.once_worker_cpu_s = sampler.worker_cpu_s()
    lines = output.decode(errors="replace").strip().splitlines()
    results.once_summary = lines[-1] if lines else ""
    if process.returncode != 0:
        raise RuntimeError(f"mailbot once exited {process.returncode}: see {log}")
    found = re.search(r"(\d+) drafts", results.once_summary)
    results.once_drafts = int(found.group(1)) if found else 0


def best_of_two_once(server: DovecotServer, workdir: Path, results: Results) -> Path:
    """(b) twice, each from an empty state and an empty Drafts folder, as (a) is run twice:
    this VM's speed drifts by a third within minutes. The best run's figures are kept, the
    peak RSS is the larger of the two. Returns the last run's state, which Drafts matches."""
    runs: list[Results] = []
    state = workdir / "state"
    for attempt in range(2):
        if attempt:
            client = server.client(timeout=120)
            try:
                client.delete_folder("Drafts")
            finally:
                client.logout()
        state = workdir / f"state-{attempt + 1}"
        run = Results(n=results.n)
        run_once(server, state, run, workdir / f"once-{attempt + 1}.log")
        runs.append(run)
    best = min(runs, key=lambda run: run.once_s)
    results.once_runs = [run.once_s for run in runs]
    results.once_s, results.once_summary = best.once_s, best.once_summary
    results.once_drafts = best.once_drafts
    results.once_cpu_s, results.once_worker_cpu_s = best.once_cpu_s, best.once_worker_cpu_s
    results.once_dovecot_cpu_s = best.once_dovecot_cpu_s
    results.once_rss_mb = max(run.once_rss_mb for run in runs)
    results.once_tree_rss_mb = max(run.once_tree_rss_mb for run in runs)
    return state


def drafted_numbers(server: DovecotServer) -> set[int]:
    """Bench message numbers whose draft is in Drafts (read from the drafts' In-Reply-To)."""
    client = server.client(timeout=120)
    try:
        client.select_folder("Drafts", readonly=True)
        uids = client.search("ALL")
        numbers: set[int] = set()
        for start in range(0, len(uids), 1000):
            fetched = client.fetch(
                uids[start : start + 1000], [b"BODY.PEEK[HEADER.FIELDS (IN-REPLY-TO)]"]
            )
            for item in fetched.values():
                value = item.get(b"BODY[HEADER.FIELDS (IN-REPLY-TO)]", b"")
                found = re.search(rb"bench\.main\.(\d+)@", value)
                if found:
                    numbers.add(int(found.group(1)))
    finally:
        client.logout()
    return numbers


def _wait_for_log(
    log: Path, pattern: str, timeout: float, process: subprocess.Popen[bytes]
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"mailbot run exited {process.returncode}: see {log}")
        if log.exists() and pattern in log.read_text(errors="replace"):
            return
        time.sleep(0.05)
    raise TimeoutError(f"no {pattern!r} in {log} after {timeout} s")


def idle_latency(
    server: DovecotServer, state: Path, results: Results, log: Path, n: int, count: int
) -> None:
    pool = mail.load_pool(min(n, 2000), 7)
    drafted = drafted_numbers(server)
    picks = sorted(
        {number % len(pool) for number in drafted if pool[number % len(pool)].label == "applicant"}
    )
    # plainly encoded ones naming nobody but the sender: their sender and LinkedIn are made
    # unique (bench/mail.py), so none is held as a known person's second message
    picks = [i for i in picks if not pool[i].big_pdf and _only_sender(pool[i])]
    picks = picks[:count] or list(range(count))
    stderr = open(log, "wb")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        mailbot_command("run"),
        env=mailbot_env(server, state),
        stdout=subprocess.DEVNULL,
        stderr=stderr,
        cwd=REPO,
    )
    try:
        _wait_for_log(log, "poll:", 600, process)
        time.sleep(1.0)  # let the IDLE watcher settle on the inbox
        appender = server.client(timeout=60)
        watcher = server.client(timeout=60)
        try:
            watcher.select_folder("Drafts", readonly=True)
            for sequence, index in enumerate(picks):
                number = 10_000_000 + sequence
                data = mail.unique_copy(pool[index], number, "idle")
                message_id = f"<bench.idle.{number}@mail.bench.example>"
                started = time.perf_counter()
                appender.append("INBOX", data)
                if _wait_for_draft(watcher, message_id, timeout=30.0):
                    results.idle.append(time.perf_counter() - started)
                else:
                    results.idle_missed += 1
                time.sleep(0.2)
        finally:
            appender.logout()
            watcher.logout()
    finally:
        # SIGINT stops mailbot the same way and lets a profiler prefix write its report
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        stderr.close()


_ADDRESS = re.compile(rb"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _only_sender(message: mail.PoolMessage) -> bool:
    if b"base64" in message.data or not message.sender:
        return False
    copy = mail.unique_copy(message, 0, "probe")  # sender now local.0@domain
    local, domain = message.sender.lower().encode().rsplit(b"@", 1)
    found = {a.lower() for a in _ADDRESS.findall(copy)} - {local + b".0@" + domain}
    return all(a.endswith((b"remotework.example", b"bench.example")) for a in found)


def _wait_for_draft(client: Any, message_id: str, timeout: float) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if client.search(["HEADER", "In-Reply-To", message_id]):
            return True
        time.sleep(0.02)
    return False


# --------------------------------------------------------------------------- report


def _p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def _mark(value: float, target: float, must: float) -> str:
    if value <= target:
        return "target met"
    return "must met" if value <= must else "MISSED"


def table(results: Results, info: dict[str, str]) -> str:
    rows: list[tuple[str, str, str]] = []
    n = results.n
    if results.fetch_s:
        runs = results.fetch_runs
        rows.append(
            (
                f"(a) raw imapclient FETCH BODY.PEEK[] (best of {len(runs) or 1})",
                f"{results.fetch_s:.2f} s ({n / results.fetch_s:,.0f} msg/s)",
                "the floor (stock imapclient)"
                + (
                    f"; runs: {', '.join(f'{s:.2f} s' for s in runs[:2])} before (b), "
                    f"{runs[2]:.2f} s after it"
                    if len(runs) == 3
                    else ""
                ),
            )
        )
    if results.fetch_quiet_s:
        rows.append(
            (
                "(a') the same FETCH, imaplib's debug formatting off (best of 2)",
                f"{results.fetch_quiet_s:.2f} s ({n / results.fetch_quiet_s:,.0f} msg/s)",
                "how mailbot's connections fetch: a stricter floor",
            )
        )
    if results.once_s:
        ratio = results.once_s / results.fetch_s if results.fetch_s else 0.0
        rows.append(
            (
                "(b) `mailbot once`, start to exit (best of 2)",
                f"{results.once_s:.2f} s ({n / results.once_s:,.0f} msg/s)",
                (
                    f"runs: {', '.join(f'{s:.2f} s' for s in results.once_runs)}; "
                    if results.once_runs
                    else ""
                )
                + results.once_summary,
            )
        )
        if results.disk_once_s:
            rows.append(
                (
                    "(b) again, the server's Maildir on the disk",
                    f"{results.disk_once_s:.2f} s (Dovecot CPU {results.disk_dovecot_cpu_s:.1f} s)",
                    f"for information: a second server in {results.disk_dir}; "
                    f"b / a would be {results.disk_once_s / results.fetch_s:.2f} x"
                    if results.fetch_s
                    else f"for information: a second server in {results.disk_dir}",
                )
            )
        if results.once_cpu_s:
            rows.append(
                (
                    "CPU of `mailbot once`: daemon / read-ahead worker / Dovecot",
                    f"{results.once_cpu_s:.1f} s / {results.once_worker_cpu_s:.1f} s / "
                    f"{results.once_dovecot_cpu_s:.1f} s",
                    "user + system, from /proc; on two cores, (b) is at least the largest one "
                    "and half their sum",
                )
            )
        if ratio:
            rows.append(
                (
                    "b / a",
                    f"{ratio:.2f} x",
                    f"target <= 1.5 x, must <= 2.0 x: {_mark(ratio, *TARGETS['ratio'])}",
                )
            )
        if results.fetch_quiet_s:
            rows.append(
                (
                    "b / a'",
                    f"{results.once_s / results.fetch_quiet_s:.2f} x",
                    "against the stricter floor (for information)",
                )
            )
        rows.append(
            (
                "peak RSS of `mailbot once` (model loaded)",
                f"{results.once_rss_mb:.0f} MB",
                f"target <= 250 MB, must <= 300 MB: {_mark(results.once_rss_mb, *TARGETS['rss'])}",
            )
        )
        if results.once_tree_rss_mb:
            rows.append(
                (
                    "peak RSS of `mailbot once` + its read-ahead worker",
                    f"{results.once_tree_rss_mb:.0f} MB",
                    "both processes at the same instant, sampled every 50 ms from /proc; "
                    f"against the same targets: {_mark(results.once_tree_rss_mb, *TARGETS['rss'])}",
                )
            )
    if results.idle or results.idle_missed:
        median = statistics.median(results.idle) if results.idle else float("inf")
        p95 = _p95(results.idle) if results.idle else float("inf")
        missed = f", {results.idle_missed} never drafted" if results.idle_missed else ""
        rows.append(
            (
                f"(c) IDLE: new reply -> draft in Drafts ({len(results.idle)} replies{missed})",
                f"median {median:.2f} s, p95 {p95:.2f} s",
                f"target <= 1 s, must <= 2 s: {_mark(median, *TARGETS['idle_median'])}",
            )
        )
    for cost in results.store:
        rows.append(
            (
                f"(d) store: one message's puts + commit at {cost.records:,} stored",
                f"{cost.amortised_ms:.2f} ms",
                f"commit {cost.put_commit_ms:.2f} ms + compaction {cost.compact_ms:.0f} ms "
                "amortised",
            )
        )
    if len(results.store) >= 2:
        ratio = results.store[-1].amortised_ms / results.store[0].amortised_ms
        rows.append(
            (
                f"store cost {results.store[-1].records:,} / {results.store[0].records:,}",
                f"{ratio:.2f} x",
                f"target <= 1.5 x: {_mark(ratio, *TARGETS['store_ratio'])}",
            )
        )
    lines = [
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['memory']} RAM, {info['os']}, "
        f"Python {info['python']}, Dovecot {info['dovecot']} on loopback.",
        f"Mailbox: {n:,} messages, {results.mailbox_mb:.0f} MB (the corpus mix: applicants and "
        "clients in five languages, bounces, auto-replies, lists, pitches; 10% with a "
        "100-300 KB PDF), written to the Maildir in "
        f"{results.load_s:.1f} s"
        + (f", in {results.server_dir}; mailbot's state on the disk" if results.server_dir else "")
        + ".",
        "",
        "| measurement | result | notes |",
        "| --- | --- | --- |",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows),
    ]
    return "\n".join(lines)


HOW_IT_IS_FAST = """\
What keeps it fast (profiled with py-spy over the 10k run; before -> after, same machine):

- Two processes: a worker reads the backlog four batches ahead with its own read-only
  connection (BODY.PEEK[]; it asks for the sizes of 20 batches at a time, so big mail is
  never downloaded), parses it, hashes it, runs the machine check and builds the texts the
  two models read and the language guess (`classify/prepare.py`, identical results). The
  daemon runs the models, extracts fields, decides, renders and records, and still commits
  every batch in order. The daemon's CPU for 10k went from 18-20 s to 12-15 s this way.
- A batch's commit (the fsyncs of its CVs, their folder and the journal, ~10 ms on this
  disk) is made durable by a thread while the next batch is classified; the batch's drafts
  are appended and its messages moved only once that commit has settled, so nothing
  leaves the process before its decisions are durable (`Store.commit_soon`). The daemon's
  thread waited ~2 s of a 10k run on these fsyncs; now 0.2 s.
- The cyclic garbage collector runs every 50,000 allocations instead of 700 in both
  processes (`mailbot/gc_tuning.py`): the daemon spent 1.06 s of its 11.9 s of CPU in
  1,042 collections walking the model's vocabulary and the store, now 0.14 s in 7, for
  7 MB more.
- Results come back through a 1 MB pipe instead of 64 KB: between two 64 KB reads the
  executor's reader thread waits for the GIL, and the worker stood blocked in its write
  for 2.5 s of the run (1.4 s now). The message bytes stay in the worker.
- imaplib's debug formatting is off: imapclient turns it on, and it builds a repr of every
  response, bodies included, even when nothing logs it (the FETCH of 10k: 3.7 s -> 1.2 s).
- Parsing (`bench/parse_speed.py`, `bench/parse_groups.py`): 2.0 -> 0.50 ms a message.
  PDF text with PDFium through its raw bindings (pypdfium2, 3.5 -> 0.68 ms a PDF, behind a
  decompression-bomb check), long base64 runs found from the blank lines, cut out before
  the stdlib parser and decoded once by pybase64 skipping their line ends (a message with
  a big PDF 1.77 -> 1.31 ms), well-formed mail built directly the way the feed parser
  would (anything unusual still goes to the stdlib). Results identical on 14,600 messages
  but for PDF whitespace and bullets.
- Classification (`bench/bench_classify.py --mail`, `bench/bench_extract.py`,
  `bench/classify_equiv.py`): 0.9 -> 0.5 ms a message warm, a fresh process 1.2 -> 0.5 ms.
  Regexes run case-sensitively over a lower-cased copy and start only where they can
  match; per-message texts are computed once; the bag-of-words score is one numpy pass per
  batch with the model's own weights, over tokens kept per whitespace-separated piece (a
  piece is tokenized once, not a spaCy Doc per text); the six vocabularies of field
  extraction are one PhraseMatcher pass per text. Results identical on 22,400 messages.
- Drafts (`bench/bench_render.py`, `bench/bench_draft_state.py`): 1.77 -> 0.073 ms each,
  written as bytes instead of through `email.message.EmailMessage` (the same drafts, byte
  for byte); the templates folder is looked at once a second, not twice a draft; the
  sandbox reads a dict's keys without a failed getattr first. Each draft's Message-ID is looked
  up before it is appended (crash safety) in an in-memory index of the Drafts folder, and a
  batch's drafts go up in one `MULTIAPPEND`.
- State: records kept by key (TinyDB's numbered documents cost a second lookup and a copy
  per read), a journal line per put, encoded by orjson (13 -> 6.6 us a put), one fsync per
  commit; the snapshot is streamed to disk. CVs are staged for the commit, written and
  fsynced by a thread, their folder fsynced once per commit, and the folder is checked with
  a stat (a mkdir per CV waited for the folder's lock: 0.5 s of the run). The retry of
  unappended drafts at the end of each poll looks at those that may be pending, not at
  every draft ever made.
- The model loads in a thread while `once` connects and starts reading (1.2 s of a start).
- `once` ends with `os._exit` once its worker is joined, its store closed and its output
  flushed: the interpreter's teardown freed the model, the vocabulary and every record
  object by object, 0.29-0.34 s at the end of every run (now 0.02-0.03 s).
- IDLE: new mail announced while a poll runs makes that poll go round again, and mail that
  arrives between two IDLE commands is caught by a NOOP. What remains is Dovecot's own
  ~0.5 s notification delay plus one poll.

Where the server keeps its mail: the throw-away Dovecot's Maildir is on tmpfs
(/dev/shm) when there is one, and (b) is run again with a second server on the disk, for
information. This VM's ext4 has no journal, and there creating a file scans past every
inode freed in the last minutes (`recently_deleted()`: 75% of an APPEND's time in perf
after a test run had deleted its folders). Dovecot's CPU for the same `once` ranged from
1.8 to 5.2 s with the history of the disk, and 6,000 APPENDs took 0.7 s or 4.8 s. On
tmpfs, interleaved: 15.52-15.73 s against 16.29-18.49 s on the disk. (a) reads from the
page cache either way, and mailbot's own state (journal, CVs, fsyncs) stays on the disk.

Tried and dropped (measured, interleaved runs on one mailbox): APPENDing drafts from a
thread with its own connection (median 21.9 s against 22.6 s, within the noise, for a third
connection and a thread); 100 messages a batch (slower, and 10-16 MB more); a lower GIL
switch interval (1 ms, so the thread receiving the worker's results gets in sooner: no
signal); a text-level phrase matcher in place of spaCy's tokenizer and PhraseMatcher (the
same matches on 22,400 messages, but 52 us a text against 37 us). Reading more batches
ahead was first dropped on wall times (no gain in the noise), then kept on the cores it
keeps busy, which the VM's drift moves less: 4 in flight instead of 2.

What is still the ceiling: for 10k messages the daemon needs 9.5-11.5 s of CPU. Its main
thread ~7.8 s: the models and field extraction ~3.6 s (extraction 2.3 s of it), decide,
render, record and append ~3 s; its other threads ~1.9 s (the model's start-up ~0.9 s,
receiving the worker's results). The worker needs 8-9.5 s (parsing ~0.5 ms a message,
preparing ~0.15 ms, fetching ~0.1 ms), Dovecot 1.7-2.1 s (on the disk 1.8-5.2 s), all on
two cores; the daemon's thread also waits ~0.7 s for Dovecot's answers to its APPENDs
(4.3 s when the disk is in its slow state) and ~0.5 s for the first batch. That is
3.3-4x the stock FETCH: 2x would need a third less CPU in all. Running the models in
both processes would load spaCy twice (spaCy alone is 58 MB), past the 300 MB limit for
the two, and still not reach 2x.
"""


def write_results(path: Path, body: str) -> None:
    text = (
        "## Performance\n\n"
        "`make bench` (`.venv/bin/python -m bench.run`, `--n` to change the size, `--quick` "
        "for 1,000) starts a throw-away Dovecot, loads the mailbox and measures, in one run:\n\n"
        f"{body}\n\n{HOW_IT_IS_FAST}"
    )
    path.write_text(text)


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="messages in the mailbox")
    parser.add_argument("--quick", action="store_true", help="1,000 messages, store up to 10k")
    parser.add_argument("--skip", default="", help="comma list of: fetch,once,idle,store,disk")
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "RESULTS.md")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args(argv)
    n = 1_000 if args.quick else args.n
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    info = machine()
    results = Results(n=n)
    print(f"machine: {info}", flush=True)

    workdir = Path(tempfile.mkdtemp(prefix="mailbot-bench-"))
    state = workdir / "state"
    with DovecotServer(ready_timeout=30, parent_dir=server_parent_dir(n)) as server:
        results.server_dir = describe_dir(server.directory)
        print(f"loading {n} messages into {server.maildir} ...", flush=True)
        load_mailbox(server, n, results)
        print(f"  {results.mailbox_mb:.0f} MB in {results.load_s:.1f} s", flush=True)
        if "fetch" not in skip:
            results.fetch_runs = [raw_fetch(server) for _ in range(2)]
            results.fetch_s = min(results.fetch_runs)
            print(f"(a) raw fetch: {', '.join(f'{s:.2f}' for s in results.fetch_runs)} s")
            results.fetch_quiet_s = min(raw_fetch(server, quiet=True) for _ in range(2))
            print(f"(a') the same, imaplib debug formatting off: {results.fetch_quiet_s:.2f} s")
        if "once" not in skip:
            state = best_of_two_once(server, workdir, results)
            if "fetch" not in skip:
                # (a) once more right after (b): the VM's speed drifts within minutes, and an
                # (a) measured only in a slow minute before (b) flattered the ratio (2.64 x
                # in one run, 3.35 x in the one before). The floor is the best of the three.
                results.fetch_runs.append(raw_fetch(server))
                results.fetch_s = min(results.fetch_runs)
                print(f"(a) raw fetch again after (b): {results.fetch_runs[-1]:.2f} s")
            print(
                f"(b) mailbot once: {', '.join(f'{s:.2f}' for s in results.once_runs)} s; "
                f"best {results.once_s:.2f} s, {results.once_rss_mb:.0f} MB "
                f"({results.once_tree_rss_mb:.0f} MB with the worker); CPU "
                f"{results.once_cpu_s:.1f} s + {results.once_worker_cpu_s:.1f} s, Dovecot "
                f"{results.once_dovecot_cpu_s:.1f} s; "
                f"{results.once_summary}",
                flush=True,
            )
        if "idle" not in skip and "once" not in skip:
            idle_latency(server, state, results, workdir / "run.log", n, IDLE_REPLIES)
            print(f"(c) IDLE latencies: {', '.join(f'{s:.2f}' for s in results.idle)}")
    if "disk" not in skip and "once" not in skip and server_parent_dir(n) is not None:
        with DovecotServer(ready_timeout=30) as server:
            results.disk_dir = describe_dir(server.directory)
            load_mailbox(server, n, Results(n=n))
            disk = Results(n=n)
            run_once(server, workdir / "state-disk", disk, workdir / "once-disk.log")
            results.disk_once_s, results.disk_dovecot_cpu_s = disk.once_s, disk.once_dovecot_cpu_s
            print(
                f"(b) with the Maildir on the disk: {disk.once_s:.2f} s, Dovecot "
                f"{disk.once_dovecot_cpu_s:.1f} s",
                flush=True,
            )
    if "store" not in skip:
        sizes = (1_000, 10_000) if args.quick else (1_000, 10_000, 50_000)
        for size in sizes:
            results.store.append(measure(size))
            cost = results.store[-1]
            print(f"(d) store at {size}: {cost}", flush=True)
    body = table(results, info)
    print()
    print(body)
    print(f"\nlogs in {workdir}")
    if not args.no_write:
        write_results(args.out, body)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
