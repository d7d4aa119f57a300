"""`mailbot demo`: the whole loop on this machine, with servers it starts itself.

No account, no root, no network beyond loopback, nothing written outside one temp dir:

1. a pymap IMAP server (in-memory, a Python dependency) in its own process group and an
   aiosmtpd SMTP server in-process, each on a free loopback port;
2. a rules.yaml derived from the shipped one, pointed at those servers;
3. the sample newsletter replies (`mailbot.samples`) APPENDed to INBOX;
4. the real `once` code path (`Poller.poll()`) with the shipped classifier;
5. a report: what arrived, how it was read and decided, the drafts as they sit in the
   Drafts folder (fetched back over IMAP);
6. one draft approved and sent through the review queue (`mailbot.outbox`) to the local
   SMTP server, then what that server received and the status summary.

It ends by itself when stdin is not a terminal; on a terminal it waits for Enter first.
The servers are stopped on every way out (success, error, Ctrl-C, SIGTERM).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from types import FrameType, TracebackType
from typing import TYPE_CHECKING, Any

import yaml
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

import mailbot

from .config import LoadedConfig, parse_config_text
from .errors import ConfigError, MailbotError, TransientError
from .imap import ImapConnection, ImapSettings, connect
from .samples import Sample, samples
from .store import Store

if TYPE_CHECKING:
    from .daemon import PollSummary

EXIT_OK, EXIT_FAIL = 0, 1
LOOPBACK = "127.0.0.1"
DEMO_USER = "sergio@remotework.example"
SERVER_START_TIMEOUT = 30.0
# Width used when the output is not a terminal (a pipe, a log, CI): wide enough for the table.
PLAIN_WIDTH = 120
DRAFT_BODY_LINES = 28
PASSWORD_VARIABLE = "MAILBOT_DEMO_IMAP_PASSWORD"


class DemoError(MailbotError):
    """The demo could not set itself up (a server did not start, a shipped file is missing)."""


def repo_root() -> Path:
    return Path(mailbot.__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


# ---------------------------------------------------------------------------- the servers


class PymapServer:
    """pymap's in-memory IMAP server in a child process (its own process group).

    Run with this interpreter (`sys.executable`), so it works from any virtualenv. Its
    `--demo-data` is left off: the demo seeds its own mail. pymap has no SPECIAL-USE, so
    mailbot creates the Drafts folder itself (`find_special_folder`'s fallback).
    """

    def __init__(self, workdir: Path, *, user: str = DEMO_USER) -> None:
        self.workdir = workdir
        self.host = LOOPBACK
        self.port = 0
        self.user = user
        # hex: a urlsafe token may start with "-", which argparse takes for an option
        self.password = secrets.token_hex(12)
        self.log_path = workdir / "pymap.log"
        self._process: subprocess.Popen[bytes] | None = None

    def settings(self) -> ImapSettings:
        return ImapSettings(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            security="none",
            timeout=30.0,
        )

    def command(self) -> list[str]:
        # The password reaches pymap through an argument file that names an environment
        # variable (pymap expands `$VAR` there), so it never shows in the process list.
        args_file = self.workdir / "pymap.args"
        args_file.write_text(
            f"dict\n--demo-user\n{self.user}\n--demo-password\n${PASSWORD_VARIABLE}\n"
        )
        return [
            sys.executable,
            "-c",
            "from pymap.main import main; main()",
            "--host",
            self.host,
            "--port",
            str(self.port),
            "--no-tls",
            f"@{args_file}",
        ]

    def start(self, timeout: float = SERVER_START_TIMEOUT) -> None:
        """Start pymap and wait until LOGIN works (an open port is not readiness)."""
        for _attempt in range(3):  # another process may grab the probed port first
            self.port = free_port()
            env = {
                **os.environ,
                PASSWORD_VARIABLE: self.password,
                "TMPDIR": str(self.workdir),  # anything pymap writes stays in the temp dir
                "PYTHONDONTWRITEBYTECODE": "1",
            }
            with open(self.log_path, "ab") as log:
                self._process = subprocess.Popen(
                    self.command(),
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    cwd=self.workdir,
                    env=env,
                    start_new_session=True,
                )
            if self._wait_ready(timeout):
                return
            if self._process.poll() is None:
                break  # running but never answering: a retry on another port will not help
        self.stop()
        raise DemoError(
            f"the local IMAP server (pymap) did not start on {self.host}:{self.port} "
            f"within {timeout:.0f} s{self._log_tail()}"
        )

    def _wait_ready(self, timeout: float) -> bool:
        assert self._process is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                return False
            try:
                with connect(self.settings()):
                    return True
            except (TransientError, ConfigError):
                time.sleep(0.1)
        return False

    def _log_tail(self) -> str:
        try:
            lines = self.log_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return ""
        return (":\n  " + "\n  ".join(lines[-8:])) if lines else ""

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes


@dataclass
class _RecordingHandler:
    received: list[ReceivedMail] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or b""
        mail = ReceivedMail(envelope.mail_from or "", tuple(envelope.rcpt_tos), bytes(content))
        with self.lock:
            self.received.append(mail)
        return "250 OK"


class SmtpRecorder:
    """An aiosmtpd server on a loopback port, in this process, keeping what it receives."""

    def __init__(self) -> None:
        self.host = LOOPBACK
        self.port = 0
        self._handler = _RecordingHandler()
        self._controller: Controller | None = None

    def start(self) -> None:
        last_error: Exception | None = None
        for _attempt in range(3):
            self.port = free_port()
            controller = Controller(self._handler, hostname=self.host, port=self.port)
            try:
                controller.start()
            except (OSError, RuntimeError, TimeoutError) as exc:
                last_error = exc
                with contextlib.suppress(Exception):
                    controller.stop()
                continue
            self._controller = controller
            return
        raise DemoError(f"the local SMTP server (aiosmtpd) did not start: {last_error}")

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            with contextlib.suppress(Exception):
                controller.stop()

    @property
    def received(self) -> list[ReceivedMail]:
        with self._handler.lock:
            return list(self._handler.received)


class DemoServers:
    """Both servers; leaving the `with` block stops them whatever happened inside."""

    def __init__(self, workdir: Path) -> None:
        self.imap = PymapServer(workdir)
        self.smtp = SmtpRecorder()

    def __enter__(self) -> DemoServers:
        try:
            self.imap.start()
            self.smtp.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def stop(self) -> None:
        self.smtp.stop()
        self.imap.stop()


# ---------------------------------------------------------------------------- configuration


def demo_config_text(shipped: Path, workdir: Path, imap: PymapServer, smtp: SmtpRecorder) -> str:
    """The shipped rules.yaml, pointed at the local servers, with every path absolute."""
    try:
        data = yaml.safe_load(shipped.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise DemoError(f"cannot read the shipped configuration {shipped}: {exc}") from None
    base = shipped.resolve().parent

    def absolute(path: str) -> str:
        candidate = Path(path).expanduser()
        return str(candidate if candidate.is_absolute() else (base / candidate).resolve())

    data["imap"] = {"host": imap.host, "port": imap.port, "security": "none", "user": imap.user}
    data["smtp"] = {"host": smtp.host, "port": smtp.port, "security": "none", "user": ""}
    data["state_path"] = str(workdir / "state")
    templates = absolute(str(data.get("templates_path", "templates")))
    if not Path(templates).is_dir():
        raise DemoError(f"the templates folder {templates} is missing from this checkout")
    data["templates_path"] = templates
    data["newsletter_files"] = [absolute(p) for p in data.get("newsletter_files") or []]
    # The samples are dated today; a `since` in the owner's file would only hide the replies.
    data.pop("since", None)
    classifier = data.get("classifier") or {}
    if classifier.get("model_path"):
        classifier["model_path"] = absolute(classifier["model_path"])
    text: str = yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
    return "# Written by `mailbot demo` from " + str(shipped) + "\n" + text


def write_demo_config(workdir: Path, imap: PymapServer, smtp: SmtpRecorder) -> LoadedConfig:
    shipped = repo_root() / "rules.yaml"
    if not shipped.is_file():
        raise DemoError(f"the shipped rules.yaml is missing: {shipped}")
    path = workdir / "rules.yaml"
    path.write_text(demo_config_text(shipped, workdir, imap, smtp), encoding="utf-8")
    # Only the demo's own variables: a MAILBOT_IMAP_HOST in the caller's environment must
    # never point the demo at a real mailbox.
    environ = {"MAILBOT_IMAP_PASSWORD": imap.password, "MAILBOT_SMTP_PASSWORD": ""}
    return parse_config_text(path.read_text(encoding="utf-8"), path, environ)


# ---------------------------------------------------------------------------- the loop


def utc_now() -> datetime:
    return datetime.now(UTC)


def seed_inbox(settings: ImapSettings, mix: Sequence[Sample]) -> None:
    with connect(settings) as conn:
        for sample in mix:
            conn.append("INBOX", sample.data, flags=())


def load_classifier(config: LoadedConfig) -> Any:
    from .classify import Classifier

    model_path = config.settings.classifier.model_path
    return Classifier.load(config.resolve(model_path) if model_path else None)


def poll_once(config: LoadedConfig, store: Store) -> PollSummary:
    """The real `mailbot once` path: the shipped classifier, templates and Poller."""
    from .daemon import Poller, default_imap_factory
    from .pipeline import Pipeline
    from .render import TemplateLibrary

    pipeline = Pipeline(
        config=config,
        templates=TemplateLibrary(config.templates_dir),
        classifier=load_classifier(config),
        clock=utc_now,
    )
    poller = Poller(config, store, pipeline, default_imap_factory(config), utc_now)
    return poller.poll()


@dataclass(frozen=True)
class FetchedDraft:
    uid: int
    flags: tuple[str, ...]
    message: EmailMessage


def fetch_drafts(
    conn: ImapConnection, folder: str, message_ids: Sequence[str]
) -> list[FetchedDraft]:
    """The drafts as they sit in the Drafts folder (BODY.PEEK: nothing marked \\Seen)."""
    status = conn.select(folder, readonly=True)
    found: list[FetchedDraft] = []
    for message_id in message_ids:
        uids = conn.search_message_id(folder, message_id)
        for raw in conn.fetch_raw(uids[:1], folder, status.uidvalidity):
            parsed = message_from_bytes(raw.data, policy=policy.default)
            assert isinstance(parsed, EmailMessage)
            found.append(FetchedDraft(raw.uid, raw.flags, parsed))
    return found


# ---------------------------------------------------------------------------- the report


def make_console() -> Console:
    probe = Console()
    if probe.is_terminal:
        return probe
    return Console(width=PLAIN_WIDTH, no_color=True, highlight=False)


def _ordered_messages(store: Store) -> list[dict[str, Any]]:
    return sorted((record for _, record in store.items("messages")), key=lambda r: r["uid"])


def _read_as(record: dict[str, Any]) -> Text:
    label = record.get("label") or "?"
    kind = record.get("kind")
    text = Text(f"{label}/{kind}" if kind else label, style=_label_style(label))
    text.append(f" {float(record.get('confidence') or 0):.2f}", style="dim")
    return text


def _label_style(label: str) -> str:
    return {"applicant": "green", "client": "cyan", "other": "yellow"}.get(label, "magenta")


def arrivals_table(store: Store, width: int) -> Table:
    """One row per message. Every text from an email goes in as `Text`, never as markup."""
    drafts = dict(store.items("drafts"))
    # Left after borders, padding, "#" and "Read as": shared so neither column collapses.
    free = max(40, width - 38)
    table = Table(title="What arrived, how mailbot read it, what it decided", width=min(width, 140))
    table.add_column("#", justify="right", no_wrap=True, min_width=2)
    table.add_column(
        "From / subject", no_wrap=True, overflow="ellipsis", width=min(40, int(free * 0.45))
    )
    table.add_column("Read as", no_wrap=True)
    table.add_column("Decision", overflow="fold", ratio=1)
    for index, record in enumerate(_ordered_messages(store), start=1):
        arrived = Text(record.get("from") or "(no From)")
        arrived.append("\n" + (record.get("subject") or "(no subject)"), style="dim")
        decision = Text(f"{record.get('rule')} -> {record.get('action')}", style="bold")
        recipients = [
            ", ".join(drafts[draft_id].get("to", []))
            for draft_id in record.get("drafts", [])
            if draft_id in drafts
        ]
        if recipients:
            decision.append("\ndraft to " + "; ".join(recipients), style="green")
        else:
            decision.append("\nno draft", style="dim")
        if record.get("status") == "quarantined":
            decision.append(f"\nquarantined: {record.get('reason')}", style="red")
        reasons = record.get("machine_reasons") or []
        if reasons:
            decision.append("\nmachine: " + "; ".join(reasons[:2]), style="yellow")
        table.add_row(str(index), arrived, _read_as(record), decision)
    return table


def pick_showcase(store: Store, limit: int = 2) -> list[str]:
    """One draft per kind of human reply (an applicant, then a client), for showing in full."""
    chosen: list[str] = []
    for label in ("applicant", "client"):
        for record in _ordered_messages(store):
            if record.get("label") == label and record.get("drafts"):
                chosen.append(record["drafts"][0])
                break
    return chosen[:limit]


def draft_panel(draft: FetchedDraft) -> Panel:
    message = draft.message
    headers = "\n".join(
        f"{name}: {message[name]}"
        for name in ("From", "To", "Subject", "In-Reply-To", "Message-ID")
        if message[name]
    )
    body_part = message.get_body(preferencelist=("plain",))
    body = body_part.get_content() if isinstance(body_part, EmailMessage) else ""
    lines = body.rstrip().splitlines()
    if len(lines) > DRAFT_BODY_LINES:
        rest = len(lines) - DRAFT_BODY_LINES
        lines = [*lines[:DRAFT_BODY_LINES], f"[... {rest} more lines: the quoted original]"]
    flags = " ".join(draft.flags) or "(none)"
    return Panel(
        Text(f"{headers}\n\n" + "\n".join(lines)),
        title=f"Drafts folder, uid {draft.uid}, flags {flags}",
        title_align="left",
        expand=False,
    )


def report(
    console: Console,
    config: LoadedConfig,
    store: Store,
    summary: PollSummary,
    servers: DemoServers,
) -> None:
    console.print(arrivals_table(store, console.width))
    console.print(summary.line(), markup=False)

    drafts = list(store.items("drafts"))
    console.print()
    console.rule(f"Drafts in the Drafts folder: {len(drafts)}")
    for _key, record in drafts:
        recipients = ", ".join(record.get("to", []))
        console.print(
            f"  -> {recipients}  [{record.get('rule')}]  {record.get('subject')}", markup=False
        )
    folder = next((r.get("folder") for _, r in drafts if r.get("folder")), None)
    showcase = pick_showcase(store)
    if folder and showcase:
        with connect(servers.imap.settings()) as conn:
            for draft in fetch_drafts(conn, str(folder), showcase):
                console.print(draft_panel(draft))
    if showcase:
        approve_and_send(console, config, store, showcase[0])
    show_outbox(console, servers.smtp)
    show_status(console, store)


def approve_and_send(console: Console, config: LoadedConfig, store: Store, key: str) -> None:
    """What `mailbot review approve ID` then `mailbot review send` do, for one draft."""
    from .daemon import build_outbox, default_imap_factory
    from .outbox import short_id

    folders = config.settings.folders
    factory = default_imap_factory(config)
    outbox = build_outbox(config, store, factory, utc_now)
    with factory() as conn:
        outbox.drafts_folder = conn.find_special_folder("\\Drafts", folders.drafts)
        outbox.sent_folder = conn.find_special_folder("\\Sent", folders.sent)
    recipients = ", ".join((store.get("drafts", key) or {}).get("to", []))
    console.rule(f"Approving draft {short_id(key)} to {recipients} and sending it")
    outbox.approve([key])
    sent = outbox.send_due(force_now=True)
    console.print(sent.line(), markup=False)
    with factory() as conn:
        in_sent = conn.search_message_id(outbox.sent_folder, key)
        in_drafts = conn.search_message_id(outbox.drafts_folder, key)
    console.print(
        f"{outbox.sent_folder} folder: {'has it' if in_sent else 'does not have it'}; "
        f"{outbox.drafts_folder} folder: {'still has it' if in_drafts else 'no longer has it'}",
        markup=False,
    )


def show_outbox(console: Console, smtp: SmtpRecorder) -> None:
    received = smtp.received
    console.rule(f"Local SMTP server {smtp.host}:{smtp.port}")
    console.print(f"received {len(received)} message(s)", markup=False)
    for mail in received:
        parsed = message_from_bytes(mail.data, policy=policy.default)
        console.print(
            f"  -> RCPT TO {', '.join(mail.rcpt_tos)} (MAIL FROM {mail.mail_from})  "
            f"{parsed['Subject']}",
            markup=False,
        )


def show_status(console: Console, store: Store) -> None:
    from .daemon import one_line_status

    status = one_line_status(store, utc_now())
    console.rule("Status (what `mailbot status` says)")
    labels = status.get("labels") or {}
    for line in (
        f"last poll:   {status.get('last_poll')}",
        f"processed:   {status['processed']}  (held for review: {status.get('held', 0)})  "
        f"quarantined: {status['quarantined']}",
        f"drafts:      {status['drafts']}  sent: {status['sent']}  failed: {status['failed']}",
        "labels:      " + ", ".join(f"{k} {v}" for k, v in sorted(labels.items())),
    ):
        console.print(line, markup=False)


# ---------------------------------------------------------------------------- entry point


@contextlib.contextmanager
def _sigterm_as_exit() -> Iterator[None]:
    """SIGTERM unwinds like Ctrl-C, so the servers are stopped on the way out."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def run_demo(keep: bool = False) -> int:
    console = make_console()
    workdir = Path(tempfile.mkdtemp(prefix="mailbot-demo-"))
    try:
        with _sigterm_as_exit():
            return _run(console, workdir)
    except DemoError as exc:
        print(f"mailbot demo: {exc}", file=sys.stderr)
        return EXIT_FAIL
    finally:
        if keep:
            print(f"mailbot demo: kept {workdir} (state/, rules.yaml, pymap.log)", file=sys.stderr)
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def _run(console: Console, workdir: Path) -> int:
    console.rule("mailbot demo")
    with DemoServers(workdir) as servers:
        console.print(
            f"IMAP (pymap, in memory) on {servers.imap.host}:{servers.imap.port}, "
            f"SMTP (aiosmtpd) on {servers.smtp.host}:{servers.smtp.port}; "
            f"everything else in {workdir}",
            markup=False,
        )
        config = write_demo_config(workdir, servers.imap, servers.smtp)
        mix = samples(utc_now())
        seed_inbox(servers.imap.settings(), mix)
        console.print(
            f"Put {len(mix)} sample replies to the newsletter in INBOX; running one poll cycle "
            "(the code path of `mailbot once`)...",
            markup=False,
        )
        with Store(config.state_dir, clock=utc_now) as store:
            summary = poll_once(config, store)
            report(console, config, store, summary, servers)
        if stdin_is_terminal():
            with contextlib.suppress(EOFError):
                console.input("\nPress Enter to stop the servers and end the demo. ")
    console.print("Servers stopped.", markup=False)
    return EXIT_OK
