"""Throw-away mail servers for tests: a real Dovecot and an in-process aiosmtpd sink.

DovecotServer follows shared/TESTING.md: it writes its own dovecot.conf into a temp dir,
runs `dovecot -F` in a new process session on a free loopback port and waits until LOGIN
succeeds (an open port is not readiness: auth answers "[UNAVAILABLE] auth not ready" first).
As root, Dovecot refuses to run mail processes as uid 0, so mail belongs to the package's
`dovecot` user and logins run as `dovenull`; as a normal user every process runs as the
caller with chroot switched off.

SmtpSink records what it is sent and can be told to fail: answer 4xx/5xx at DATA, drop the
connection after DATA without replying, or refuse connections altogether.
"""

from __future__ import annotations

import asyncio
import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import imapclient
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from imapclient.exceptions import IMAPClientError, LoginError

LOOPBACK = "127.0.0.1"
DOVECOT_USER = "owner"
DOVECOT_PASSWORD = "secret"
# Mailboxes every test account starts with; the special-use ones are advertised as such.
SPECIAL_MAILBOXES = {"Drafts": "\\Drafts", "Sent": "\\Sent", "Junk": "\\Junk"}
PLAIN_MAILBOXES = ("Archive",)


def dovecot_binary() -> str | None:
    """Path of the `dovecot` binary, or None when it is not installed."""
    found = shutil.which("dovecot")
    if found:
        return found
    candidate = Path("/usr/sbin/dovecot")
    return str(candidate) if candidate.exists() else None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((LOOPBACK, 0))
        return int(probe.getsockname()[1])


def _server_certificate(ca: trustme.CA, directory: Path) -> tuple[Path, Path]:
    """Issue a certificate for the loopback names and write it as PEM files."""
    cert = ca.issue_cert("localhost", LOOPBACK)
    cert_path = directory / "server.crt"
    key_path = directory / "server.key"
    cert.cert_chain_pems[0].write_to_path(str(cert_path))
    for extra in cert.cert_chain_pems[1:]:
        extra.write_to_path(str(cert_path), append=True)
    cert.private_key_pem.write_to_path(str(key_path))
    return cert_path, key_path


@dataclass(frozen=True)
class _Identity:
    """Who Dovecot's internal, login and mail processes run as."""

    internal_user: str
    internal_group: str
    login_user: str
    mail_uid: int
    mail_gid: int
    as_root: bool


def _identity() -> _Identity:
    if os.geteuid() == 0:
        dovecot = pwd.getpwnam("dovecot")
        return _Identity(
            internal_user="dovecot",
            internal_group=grp.getgrgid(dovecot.pw_gid).gr_name,
            login_user="dovenull",
            mail_uid=dovecot.pw_uid,
            mail_gid=dovecot.pw_gid,
            as_root=True,
        )
    me = pwd.getpwuid(os.getuid())
    return _Identity(
        internal_user=me.pw_name,
        internal_group=grp.getgrgid(os.getgid()).gr_name,
        login_user=me.pw_name,
        mail_uid=os.getuid(),
        mail_gid=os.getgid(),
        as_root=False,
    )


class DovecotServer:
    """A private Dovecot IMAP server with one account (`owner` / `secret`).

    `tls=True` serves a trustme certificate; `security` picks implicit TLS ("ssl") or
    STARTTLS ("starttls") on the listening port. `ca` and `client_ssl_context()` let a
    test trust it.
    """

    def __init__(
        self,
        *,
        tls: bool = False,
        security: str = "ssl",
        ready_timeout: float = 15.0,
        parent_dir: Path | None = None,
    ):
        if security not in ("ssl", "starttls"):
            raise ValueError(f"security must be 'ssl' or 'starttls', not {security!r}")
        binary = dovecot_binary()
        if binary is None:
            raise FileNotFoundError("dovecot binary not found (apt-get install dovecot-imapd)")
        self.binary = binary
        self.tls = tls
        self.security = security if tls else "none"
        self.ready_timeout = ready_timeout
        self.host = LOOPBACK
        self.port = 0
        self.user = DOVECOT_USER
        self.password = DOVECOT_PASSWORD
        self.ca: trustme.CA | None = trustme.CA() if tls else None
        self._identity = _identity()
        self._process: subprocess.Popen[bytes] | None = None
        self._tmp: Path | None = None
        self._parent_dir = parent_dir  # where its directory is made (None: the temp dir)

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> DovecotServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def directory(self) -> Path:
        if self._tmp is None:
            raise RuntimeError("server not started")
        return self._tmp

    @property
    def maildir(self) -> Path:
        return self.directory / "mail" / self.user / "Maildir"

    @property
    def log_path(self) -> Path:
        return self.directory / "dovecot.log"

    def start(self) -> None:
        if self._tmp is None:
            self._tmp = Path(tempfile.mkdtemp(prefix="mailbot-dovecot-", dir=self._parent_dir))
            # mkdtemp makes 0700; Dovecot's auth and mail processes must get through it.
            self._tmp.chmod(0o755)
            self.port = free_port()
            self._write_config()
        self._launch()

    @property
    def pid(self) -> int:
        """The master process (run in the foreground): every imap process is its child."""
        assert self._process is not None, "not started"
        return self._process.pid

    def _launch(self) -> None:
        self._process = subprocess.Popen(
            [self.binary, "-F", "-c", str(self.directory / "dovecot.conf")],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=open(self.directory / "stderr.log", "ab"),  # noqa: SIM115 - child owns it
            start_new_session=True,
        )
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.ready_timeout
        last_error: Exception | None = None
        while time.monotonic() < deadline:
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(
                    f"dovecot exited with {self._process.returncode}: {self._logs()}"
                )
            try:
                client = self.client(timeout=2.0)
            except (OSError, IMAPClientError) as error:
                last_error = error
                time.sleep(0.05)
                continue
            with contextlib.suppress(Exception):
                client.logout()
            return
        self.stop()
        raise TimeoutError(
            f"dovecot not ready after {self.ready_timeout}s: {last_error!r}\n{self._logs()}"
        )

    def _logs(self) -> str:
        parts = []
        for name in ("stderr.log", "dovecot.log"):
            path = self.directory / name
            if path.exists():
                parts.append(path.read_text(errors="replace")[-4000:])
        return "\n".join(parts)

    def _signal_group(self, signum: int) -> None:
        if self._process is None or self._process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signum)

    def stop(self) -> None:
        """Stop Dovecot (SIGTERM to its process group), keeping the mail on disk."""
        if self._process is None:
            return
        self._signal_group(signal.SIGCONT)  # a paused group cannot act on SIGTERM
        self._signal_group(signal.SIGTERM)
        try:
            # The master sometimes waits ~1 s for a mail process it already told to exit;
            # the mail on disk is complete by then, so do not wait for it.
            self._process.wait(timeout=0.3)
        except subprocess.TimeoutExpired:
            self._signal_group(signal.SIGKILL)
            self._process.wait(timeout=5)
        # Children (imap, auth) may outlive the master for a moment; the port must be free.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self._process.pid, signal.SIGKILL)
        self._process = None

    def restart(self) -> None:
        """Stop and start again on the same port with the same mail (connections drop)."""
        self.stop()
        self._wait_port_free()
        self._launch()

    def _wait_port_free(self, timeout: float = 3.0) -> None:
        # A dying child may still hold the listening socket for a moment after SIGKILL.
        deadline = time.monotonic() + timeout
        while True:
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                try:
                    probe.bind((LOOPBACK, self.port))
                    return
                except OSError:
                    if time.monotonic() > deadline:
                        raise
            time.sleep(0.02)

    def pause(self) -> None:
        """Freeze every Dovecot process: connections stay open but nothing answers."""
        self._signal_group(signal.SIGSTOP)

    def resume(self) -> None:
        self._signal_group(signal.SIGCONT)

    def close(self) -> None:
        self.stop()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    # -- configuration -----------------------------------------------------------------------

    def _write_config(self) -> None:
        directory = self.directory
        ident = self._identity
        for sub in ("run", "state", "mail"):
            (directory / sub).mkdir()
        (directory / "passwd").write_text(f"{self.user}:{{PLAIN}}{self.password}::::::\n")
        if ident.as_root:
            os.chown(directory / "mail", ident.mail_uid, ident.mail_gid)

        if self.tls:
            assert self.ca is not None
            cert_path, key_path = _server_certificate(self.ca, directory)
            ssl_settings = f"ssl = required\nssl_cert = <{cert_path}\nssl_key = <{key_path}\n"
        else:
            ssl_settings = "ssl = no\n"
        imap_port, imaps_port = (0, self.port) if self.security == "ssl" else (self.port, 0)

        # A normal user cannot chroot; the login and anvil processes then run unconfined.
        no_chroot = "" if ident.as_root else "  chroot =\n"

        mailboxes = "".join(
            f"  mailbox {name} {{\n    special_use = {use}\n    auto = subscribe\n  }}\n"
            for name, use in SPECIAL_MAILBOXES.items()
        ) + "".join(
            f"  mailbox {name} {{\n    auto = subscribe\n  }}\n" for name in PLAIN_MAILBOXES
        )

        config = (
            f"protocols = imap\n"
            f"listen = {LOOPBACK}\n"
            f"base_dir = {directory}/run\n"
            f"state_dir = {directory}/state\n"
            f"log_path = {directory}/dovecot.log\n"
            f"info_log_path = {directory}/dovecot.log\n"
            "disable_plaintext_auth = no\n"
            "auth_mechanisms = plain login\n"
            f"default_internal_user = {ident.internal_user}\n"
            f"default_internal_group = {ident.internal_group}\n"
            f"default_login_user = {ident.login_user}\n"
            f"first_valid_uid = {ident.mail_uid}\n"
            f"last_valid_uid = {ident.mail_uid}\n"
            f"mail_location = maildir:{directory}/mail/%u/Maildir\n"
            # Test mail is disposable; skipping fsync makes APPEND several times faster.
            "mail_fsync = never\n"
            "passdb {\n"
            "  driver = passwd-file\n"
            f"  args = scheme=PLAIN username_format=%u {directory}/passwd\n"
            "}\n"
            "userdb {\n"
            "  driver = static\n"
            f"  args = uid={ident.mail_uid} gid={ident.mail_gid} home={directory}/mail/%u\n"
            "}\n"
            "service imap-login {\n"
            f"  inet_listener imap {{\n    address = {LOOPBACK}\n    port = {imap_port}\n  }}\n"
            f"  inet_listener imaps {{\n    address = {LOOPBACK}\n    port = {imaps_port}\n"
            "    ssl = yes\n  }\n"
            f"{no_chroot}"
            "}\n"
            f"service anvil {{\n{no_chroot}}}\n"
            f"{ssl_settings}"
            "namespace inbox {\n  inbox = yes\n  separator = /\n" + mailboxes + "}\n"
        )
        (directory / "dovecot.conf").write_text(config)

    # -- client helpers ----------------------------------------------------------------------

    def client_ssl_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts this server's test CA."""
        context = ssl.create_default_context()
        if self.ca is not None:
            self.ca.configure_trust(context)
        return context

    def client(self, timeout: float = 10.0) -> imapclient.IMAPClient:
        """A logged-in IMAPClient (caller logs out)."""
        use_ssl = self.tls and self.security == "ssl"
        context = self.client_ssl_context() if self.tls else None
        client = imapclient.IMAPClient(
            self.host, port=self.port, ssl=use_ssl, ssl_context=context, timeout=timeout
        )
        try:
            if self.tls and self.security == "starttls":
                client.starttls(context)
            client.login(self.user, self.password)
        except (LoginError, IMAPClientError, OSError):
            with contextlib.suppress(Exception):
                client.shutdown()
            raise
        return client

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[bytes | str] = (),
        msg_time: datetime | None = None,
    ) -> int | None:
        """APPEND one message; returns its UID (from APPENDUID) when the server says."""
        client = self.client()
        try:
            response = client.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        finally:
            client.logout()
        text = response.decode() if isinstance(response, bytes) else str(response)
        if "APPENDUID" in text:
            return int(text.split("APPENDUID", 1)[1].split("]", 1)[0].split()[1])
        return None

    def folder_path(self, folder: str) -> Path:
        """Maildir++ directory of `folder` ("INBOX" is the Maildir itself)."""
        if folder.upper() == "INBOX":
            return self.maildir
        return self.maildir / ("." + folder.replace("/", "."))

    def write_maildir(self, folder: str, messages: Iterable[bytes]) -> int:
        """Deliver messages straight into `folder`'s Maildir new/ (no IMAP, no fsync).

        Dovecot assigns UIDs when it next looks at the folder. Returns how many were written.
        """
        folder_dir = self.folder_path(folder)
        ident = self._identity
        created: list[Path] = []
        for path in (self.directory / "mail" / self.user, self.maildir, folder_dir):
            if not path.exists():
                path.mkdir()
                created.append(path)
        for sub in ("cur", "new", "tmp"):
            if not (folder_dir / sub).exists():
                (folder_dir / sub).mkdir()
                created.append(folder_dir / sub)
        if folder_dir != self.maildir and not (folder_dir / "maildirfolder").exists():
            (folder_dir / "maildirfolder").touch()
            created.append(folder_dir / "maildirfolder")

        hostname = socket.gethostname().replace("/", "_").replace(":", "_")
        stamp = time.time()
        seconds, micros = int(stamp), int((stamp % 1) * 1_000_000)
        count = 0
        new_dir = folder_dir / "new"
        for count, data in enumerate(messages, start=1):
            name = f"{seconds}.M{micros}P{os.getpid()}Q{count}.{hostname},S={len(data)}"
            path = new_dir / name
            path.write_bytes(data)
            if ident.as_root:
                os.chown(path, ident.mail_uid, ident.mail_gid)
        if ident.as_root:
            for path in created:
                os.chown(path, ident.mail_uid, ident.mail_gid)
        return count

    def messages(self, folder: str) -> list[tuple[int, tuple[bytes, ...], bytes]]:
        """Every message in `folder` as (uid, flags, raw bytes), in UID order; sets no flags."""
        client = self.client()
        try:
            client.select_folder(folder, readonly=True)
            uids = client.search("ALL")
            if not uids:
                return []
            fetched = client.fetch(uids, [b"FLAGS", b"BODY.PEEK[]"])
            return [
                (uid, tuple(fetched[uid][b"FLAGS"]), bytes(fetched[uid][b"BODY[]"]))
                for uid in sorted(fetched)
            ]
        finally:
            client.logout()


# -- SMTP ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedMail:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    data: bytes


class _SinkHandler:
    """aiosmtpd handler: records envelopes and plays back the faults queued by SmtpSink."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.received: list[ReceivedMail] = []
        self.failures: list[tuple[int, str]] = []
        self.drops = 0

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or envelope.content or b""
        data = content.encode() if isinstance(content, str) else bytes(content)
        mail = ReceivedMail(envelope.mail_from or "", tuple(envelope.rcpt_tos), data)
        with self.lock:
            if self.failures:
                code, message = self.failures.pop(0)
                return f"{code} {message}"
            if self.drops:
                self.drops -= 1
                # The server got the message but the client never hears so: record it, then
                # cut the line before the reply (the classic "was it sent?" ambiguity).
                self.received.append(mail)
                transport = server.transport
                if isinstance(transport, asyncio.Transport):
                    transport.abort()
                return "250 OK (never seen by the client)"
            self.received.append(mail)
        return "250 OK"


class SmtpSink:
    """An SMTP server on a loopback port that keeps what it receives in `messages`.

    `auth=(user, password)` requires AUTH PLAIN/LOGIN with those credentials.
    `tls="starttls"` offers (and requires) STARTTLS, `tls="ssl"` is implicit TLS; both use a
    trustme certificate whose CA is `ca` (`client_ssl_context()` trusts it).
    """

    def __init__(self, *, auth: tuple[str, str] | None = None, tls: str | None = None):
        if tls not in (None, "ssl", "starttls"):
            raise ValueError(f"tls must be None, 'ssl' or 'starttls', not {tls!r}")
        self.host = LOOPBACK
        self.port = free_port()
        self.auth = auth
        self.tls = tls
        self.ca: trustme.CA | None = trustme.CA() if tls else None
        self._server_context: ssl.SSLContext | None = None
        if self.ca is not None:
            self._server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.ca.issue_cert("localhost", LOOPBACK).configure_cert(self._server_context)
        self._handler = _SinkHandler()
        self._controller: Controller | None = None

    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def user(self) -> str:
        return self.auth[0] if self.auth else ""

    @property
    def password(self) -> str:
        return self.auth[1] if self.auth else ""

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if self.auth is None or not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        user, password = self.auth
        ok = data.login == user.encode() and data.password == password.encode()
        return AuthResult(success=ok, handled=False)

    def start(self) -> None:
        if self._controller is not None:
            return
        kwargs: dict[str, Any] = {}
        if self.tls == "ssl":
            kwargs["ssl_context"] = self._server_context
        elif self.tls == "starttls":
            kwargs["tls_context"] = self._server_context
            kwargs["require_starttls"] = True
        if self.auth is not None:
            kwargs["authenticator"] = self._authenticate
            kwargs["auth_required"] = True
            kwargs["auth_require_tls"] = self.tls is not None
        controller = Controller(self._handler, hostname=self.host, port=self.port, **kwargs)
        controller.start()
        self._controller = controller

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    # -- observations ------------------------------------------------------------------------

    @property
    def messages(self) -> list[ReceivedMail]:
        with self._handler.lock:
            return list(self._handler.received)

    def clear(self) -> None:
        with self._handler.lock:
            self._handler.received.clear()

    # -- faults ------------------------------------------------------------------------------

    def fail_next(self, code: int, message: str = "try again later", count: int = 1) -> None:
        """Answer the next `count` DATA commands with `code message` (e.g. 451, 550)."""
        with self._handler.lock:
            self._handler.failures.extend([(code, message)] * count)

    def drop_after_data(self, count: int = 1) -> None:
        """Close the next `count` connections right after DATA, before any reply."""
        with self._handler.lock:
            self._handler.drops += count

    @property
    def refuse_connections(self) -> bool:
        return self._controller is None

    @refuse_connections.setter
    def refuse_connections(self, refuse: bool) -> None:
        """True: stop listening (connections are refused); False: listen again, same port."""
        if refuse:
            self.stop()
        else:
            self.start()

    def client_ssl_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.ca is not None:
            self.ca.configure_trust(context)
        return context
