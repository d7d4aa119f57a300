"""The only module that speaks IMAP (through imapclient).

Every library, socket and TLS error leaves this module as one of mailbot's own:

- ConfigError: login refused ("IMAP login failed for user X", never the password), the
  certificate did not verify, STARTTLS required but not offered, plaintext to a
  non-loopback host, a folder that does not exist.
- TransientError: socket errors and timeouts, a dropped connection, `[UNAVAILABLE]` and
  other "try again" answers. The connection is unusable afterwards: close it and reconnect.
- PermanentError: the server rejected this command for good (BAD, `[TOOBIG]`, other NO).

API
---
``ImapSettings(host, port, user, password, security, timeout=60.0, ssl_context=None)``
    `security` is "ssl" (implicit TLS), "starttls" (required, never a plaintext fallback) or
    "none" (only to loopback). Certificates are verified with `ssl.create_default_context()`
    unless a context is injected (tests pass one that trusts their CA).
``connect(settings) -> ImapConnection``
    Connects, upgrades, logs in; `ImapConnection` is a context manager (`close()` logs out).
``ImapConnection``
    - ``capabilities: frozenset[str]``: upper-case, read after LOGIN (servers say more then).
    - ``find_special_folder(use, fallback) -> str``: folder flagged `use` ("\\Drafts", "\\Sent")
      when the server has SPECIAL-USE, else `fallback`, created if missing.
    - ``select(folder, readonly=True) -> FolderStatus``: EXAMINE (or SELECT) a folder.
    - ``new_uids(status, last_uid) -> list[int]``: UIDs above `last_uid`. `UID SEARCH UID n:*`
      always matches the highest UID even when it is below n, so those are dropped here.
      Comparing `status.uidvalidity` with the stored one is the caller's job.
    - ``fetch_sizes(uids) -> dict[int, int]``: RFC822.SIZE per UID.
    - ``fetch_raw(uids, folder, uidvalidity) -> list[RawMessage]``: BODY.PEEK[] with
      INTERNALDATE, FLAGS and size; never sets \\Seen. UIDs expunged meanwhile are skipped.
    - ``iter_raw(uids, folder, uidvalidity, batch_size=100, max_size=None)``: the same in
      batches (bounded memory), yielding `OversizedMessage(uid, size, ...)` instead of fetching
      a body larger than `max_size`.
    - ``search_message_id(folder, message_id) -> list[int]``: UID SEARCH HEADER Message-ID.
    - ``search_header(folder, header, message_id) -> list[int]``: the same for another header
      (In-Reply-To: finds the owner's own sent or edited version of a reply).
    - ``append(folder, raw, flags=(b"\\Draft",), msg_time=None) -> int | None``: the new UID
      from APPENDUID (UIDPLUS), else None. Bare LF line ends are sent as CRLF.
    - ``delete_uids(folder, uids)``: \\Deleted then UID EXPUNGE (UIDPLUS) or EXPUNGE.
    - ``has_idle``; ``idle_wait(timeout) -> bool``: IDLE on the selected folder until a new
      message is announced (True) or `timeout` passes (False). A dead connection raises
      TransientError within `timeout + settings.timeout` instead of hanging. Without IDLE it
      sleeps and sends NOOP.
    - ``noop() -> bool``: True when the server announced new messages.
    - ``usable``: False once closed or after any TransientError (later calls raise
      TransientError at once; `close()` then skips LOGOUT).
If the folder checked by `fetch_raw`/`iter_raw` has a different UIDVALIDITY than the one
given, `UidValidityChanged` (a TransientError) is raised: re-select and rescan.
"""

from __future__ import annotations

import imaplib
import ipaddress
import logging
import re
import socket
import ssl
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timezone
from types import TracebackType
from typing import Any

import imapclient
from imapclient.exceptions import CapabilityError, LoginError

from mailbot.errors import ConfigError, PermanentError, TransientError
from mailbot.models import RawMessage

SECURITY_MODES = ("ssl", "starttls", "none")
# Response codes (RFC 5530 and friends) after which the same command may succeed later.
_TRANSIENT_CODES = ("UNAVAILABLE", "INUSE", "LIMIT", "OVERQUOTA", "SERVERBUG", "EXPUNGEISSUED")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
_APPENDUID_SET = re.compile(rb"\[APPENDUID (\d+) ([\d:,]+)\]", re.IGNORECASE)
# Drafts per MULTIAPPEND command (a few KB each).
_MULTIAPPEND_CHUNK = 100
_BARE_LF = re.compile(rb"(?<!\r)\n")
# Keeps the FETCH and SEARCH command lines of a big UID list at a sane length.
_UID_CHUNK = 1000
# Headers a folder index answers from memory (what drafts and reconciliation look up).
_INDEXED_HEADERS = ("message-id", "in-reply-to")
_INDEX_FETCH = b"BODY.PEEK[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO)]"
_INDEX_FETCHED = b"BODY[HEADER.FIELDS (MESSAGE-ID IN-REPLY-TO)]"
# A server-side HEADER search scans the whole folder, so N lookups in a folder of N drafts
# are quadratic (minutes at 10k). After this many lookups in one folder on one connection,
# its Message-ID/In-Reply-To headers are fetched once and later lookups are dictionary hits.
_INDEX_AFTER = 3
# STATUS (MESSAGES, UIDNEXT, UIDVALIDITY) tells whether the folder changed since the index
# was read; asked at most every _INDEX_CHECK_EVERY seconds, so an answer is as fresh as a
# search that long ago plus everything this connection did itself. (Asking before every
# answer cost two round trips per draft: seconds per poll with thousands of drafts.)
_INDEX_STATUS = [b"MESSAGES", b"UIDNEXT", b"UIDVALIDITY"]
_INDEX_CHECK_EVERY = 1.0
_HEADER_LINE = re.compile(rb"^([A-Za-z-]+):[ \t]*(.*(?:\r?\n[ \t].*)*)", re.MULTILINE)
_ID_TOKEN = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    user: str
    password: str = field(repr=False)
    security: str  # "ssl" | "starttls" | "none"
    timeout: float = 60.0
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)
    # A command printing an OAuth2 access token: XOAUTH2 instead of LOGIN.
    token_command: str | None = None


@dataclass(frozen=True)
class FolderStatus:
    folder: str
    uidvalidity: int
    uidnext: int  # 0 when the server did not say
    exists: int
    readonly: bool = True


@dataclass(frozen=True)
class OversizedMessage:
    """A message left unfetched because it is larger than the caller's limit."""

    folder: str
    uid: int
    uidvalidity: int
    size: int


@dataclass
class _FolderIndex:
    """Message-ID and In-Reply-To of every message in a folder, by lower-cased `<id>`."""

    uidvalidity: int
    # (MESSAGES, UIDNEXT, UIDVALIDITY) the index matches; None: re-read before the next answer
    state: tuple[int, int, int] | None = None
    checked: float = 0.0  # time.monotonic() of the last STATUS
    uids: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    by_header: dict[str, dict[str, set[int]]] = field(
        default_factory=lambda: {header: {} for header in _INDEXED_HEADERS}
    )

    def add(self, uid: int, header_block: bytes) -> None:
        entries: list[tuple[str, str]] = []
        for name, value in _HEADER_LINE.findall(header_block):
            header = name.decode("ascii", "replace").lower()
            if header not in self.by_header:
                continue
            text = value.decode("utf-8", "replace")
            for token in _ID_TOKEN.findall(text):
                entries.append((header, token.lower()))
                self.by_header[header].setdefault(token.lower(), set()).add(uid)
        self.uids[uid] = entries

    def remove(self, uid: int) -> None:
        for header, token in self.uids.pop(uid, ()):
            holders = self.by_header[header].get(token)
            if holders is not None:
                holders.discard(uid)
                if not holders:
                    del self.by_header[header][token]


def _crlf(message: bytes) -> bytes:
    """Every line ending CRLF, as IMAP wants. Our drafts already end theirs so: two
    counts in C tell, where the substitution's lookbehind ran over every byte."""
    if message.count(b"\n") == message.count(b"\r\n"):
        return message
    return _BARE_LF.sub(b"\r\n", message)


class _Unindexable(Exception):
    """The server's FETCH answer lacks the header section asked for: search on the server."""


class UidValidityChanged(TransientError):
    """The folder's UIDVALIDITY is not the one the caller's UIDs belong to."""


def is_loopback_host(host: str) -> bool:
    """True when every address `host` resolves to is loopback (literal IPs are not looked up)."""
    name = host.strip().strip("[]").lower()
    if name in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
    except (OSError, UnicodeError):
        return False
    addresses = {info[4][0] for info in infos}
    return bool(addresses) and all(
        ipaddress.ip_address(str(address).split("%", 1)[0]).is_loopback for address in addresses
    )


def _response_text(error: BaseException) -> str:
    return " ".join(str(arg) for arg in error.args) or type(error).__name__


def _server_error(action: str, error: imaplib.IMAP4.error) -> Exception:
    """Map a tagged NO/BAD answer to one of our errors."""
    text = _response_text(error)
    upper = text.upper()
    if any(f"[{code}" in upper for code in _TRANSIENT_CODES):
        return TransientError(f"IMAP {action}: server busy: {text}")
    if "[NONEXISTENT" in upper or "[TRYCREATE" in upper:
        return ConfigError(f"IMAP {action}: folder does not exist: {text}")
    return PermanentError(f"IMAP {action} refused: {text}")


@contextmanager
def _translated(action: str, where: str) -> Iterator[None]:
    """Turn imaplib/socket/ssl errors raised by the block into mailbot errors."""
    try:
        yield
    except (ConfigError, TransientError, PermanentError):
        raise
    except ssl.SSLCertVerificationError as error:
        raise ConfigError(
            f"IMAP TLS certificate verify failed for {where}: {error.verify_message or error}"
        ) from error
    except (ssl.SSLEOFError, ssl.SSLZeroReturnError) as error:
        raise TransientError(f"IMAP {action}: TLS connection to {where} closed: {error}") from error
    except ssl.SSLError as error:
        raise TransientError(f"IMAP {action}: TLS error with {where}: {error}") from error
    except TimeoutError as error:
        raise TransientError(f"IMAP {action}: timed out talking to {where}") from error
    except OSError as error:
        raise TransientError(f"IMAP {action}: network error with {where}: {error}") from error
    except (imaplib.IMAP4.abort, imaplib.IMAP4.readonly) as error:
        raise TransientError(f"IMAP {action}: connection to {where} lost: {error}") from error
    except CapabilityError as error:
        raise ConfigError(f"IMAP {action}: server at {where} lacks {error}") from error
    except imaplib.IMAP4.error as error:
        raise _server_error(action, error) from error


def connect(settings: ImapSettings) -> ImapConnection:
    """Open, secure and log in; raises ConfigError or TransientError."""
    security = settings.security.strip().lower()
    if security not in SECURITY_MODES:
        raise ConfigError(
            f"IMAP security must be one of {', '.join(SECURITY_MODES)}, not {settings.security!r}"
        )
    # Decided before any packet leaves: plaintext credentials never go to another machine.
    if security == "none" and not is_loopback_host(settings.host):
        raise ConfigError(
            f"refusing plaintext IMAP to non-loopback host {settings.host!r}: "
            "use security ssl or starttls"
        )
    where = f"{settings.host}:{settings.port}"
    context = settings.ssl_context or ssl.create_default_context()

    with _translated("connect", where):
        try:
            client = imapclient.IMAPClient(
                settings.host,
                port=settings.port,
                ssl=security == "ssl",
                ssl_context=context if security == "ssl" else None,
                timeout=settings.timeout,
            )
        except (ssl.SSLCertVerificationError, ssl.SSLEOFError, ssl.SSLZeroReturnError):
            raise
        except ssl.SSLError as error:
            # e.g. TLS spoken to a plaintext port: retrying will not fix the settings.
            raise ConfigError(f"IMAP TLS handshake with {where} failed: {error}") from error
    _quiet_imaplib(client)
    try:
        with _translated("connect", where):
            if security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise ConfigError(
                        f"IMAP server {where} does not offer STARTTLS and security is "
                        "starttls: refusing to continue in plaintext"
                    )
                try:
                    client.starttls(context)
                except (ssl.SSLCertVerificationError, ssl.SSLEOFError, ssl.SSLZeroReturnError):
                    raise
                except ssl.SSLError as error:
                    raise ConfigError(f"IMAP STARTTLS with {where} failed: {error}") from error
            _login(client, settings)
            client.normalise_times = False
            capabilities = frozenset(
                (c.decode("ascii", "replace") if isinstance(c, bytes) else str(c)).upper()
                for c in client.capabilities()
            )
    except BaseException:
        _shutdown(client)
        raise
    return ImapConnection(client, settings, capabilities)


def _quiet_imaplib(client: imapclient.IMAPClient) -> None:
    """imapclient sets imaplib's debug level to 5 and hands its messages to a logger, so
    imaplib formats a repr of every response, whole message bodies included, even when
    nothing logs it: three quarters of a FETCH's time. It stays on when that logger is
    enabled for DEBUG."""
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        client._imap.debug = 0


def _login(client: imapclient.IMAPClient, settings: ImapSettings) -> None:
    try:
        if settings.token_command:
            # Imported here: config loads pydantic and yaml (13 MB, 0.1 s), which the
            # read-ahead worker's connections need only with a token command.
            from mailbot.config import token_from_command

            client.oauth2_login(settings.user, token_from_command(settings.token_command, "imap"))
        else:
            client.login(settings.user, settings.password)
    except LoginError as error:
        text = _response_text(error)
        if settings.password:
            text = text.replace(settings.password, "***")
        if "UNAVAILABLE" in text.upper():
            raise TransientError(f"IMAP login for user {settings.user!r}: {text}") from None
        # `from None`: the library exception's context may hold the LOGIN arguments.
        raise ConfigError(f"IMAP login failed for user {settings.user!r}: {text}") from None


def _shutdown(client: imapclient.IMAPClient) -> None:
    # The socket is being discarded either way; a failure to close it changes nothing.
    with suppress(Exception):
        client.shutdown()


def _announces_new(responses: Iterable[Any]) -> bool:
    for response in responses:
        if (
            isinstance(response, tuple)
            and len(response) >= 2
            and response[1] in (b"EXISTS", b"RECENT")
        ):
            return True
    return False


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _uid_set(text: str) -> list[int]:
    """`5:7,9` -> [5, 6, 7, 9] (an APPENDUID/COPYUID set lists UIDs in message order)."""
    out: list[int] = []
    for part in text.split(","):
        low, _, high = part.partition(":")
        first, last = int(low), int(high or low)
        step = 1 if last >= first else -1
        out.extend(range(first, last + step, step))
    return out


def _plain_tz(value: object) -> datetime | None:
    """INTERNALDATE with a stdlib timezone: imapclient's FixedOffset does not unpickle, and
    the read-ahead worker sends messages across a process boundary."""
    if not isinstance(value, datetime):
        return None
    offset = value.utcoffset()
    return value if offset is None else value.replace(tzinfo=timezone(offset))


def _as_str(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


class ImapConnection:
    """A logged-in IMAP session. Not thread-safe; one per worker."""

    def __init__(
        self,
        client: imapclient.IMAPClient,
        settings: ImapSettings,
        capabilities: frozenset[str],
    ) -> None:
        self._client = client
        self._settings = settings
        self._where = f"{settings.host}:{settings.port}"
        self.capabilities = capabilities
        self._selected: FolderStatus | None = None
        self._closed = False
        self._broken = False
        self._indexes: dict[str, _FolderIndex] = {}
        self._lookups: dict[str, int] = {}

    def __enter__(self) -> ImapConnection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"ImapConnection({self._settings.user!r}@{self._where})"

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Translate errors; after a transient one the session is dead, so close() skips LOGOUT."""
        if self._closed or self._broken:
            raise TransientError(f"IMAP {action}: connection to {self._where} is closed")
        try:
            with _translated(action, self._where):
                yield
        except TransientError:
            self._broken = True
            self._selected = None
            raise

    @property
    def usable(self) -> bool:
        """False once closed or after a TransientError: reconnect."""
        return not (self._closed or self._broken)

    def close(self) -> None:
        """LOGOUT (best effort) and close the socket; safe to call twice."""
        if self._closed:
            return
        self._closed = True
        self._selected = None
        self._indexes.clear()
        if self._broken:
            _shutdown(self._client)
            return
        try:
            self._client.logout()
        except Exception:
            _shutdown(self._client)

    # -- folders -----------------------------------------------------------------------------

    @property
    def selected(self) -> FolderStatus | None:
        return self._selected

    def find_special_folder(self, use: str, fallback: str) -> str:
        with self._guard("LIST"):
            if "SPECIAL-USE" in self.capabilities:
                wanted = use.encode("ascii").lower()
                for flags, _delimiter, name in self._client.list_folders():
                    if any(flag.lower() == wanted for flag in flags):
                        return _as_str(name)
            if not self._client.folder_exists(fallback):
                self._client.create_folder(fallback)
                self._client.subscribe_folder(fallback)
        return fallback

    def select(self, folder: str, readonly: bool = True) -> FolderStatus:
        self._selected = None
        try:
            with self._guard(f"SELECT {folder}"):
                response = self._client.select_folder(folder, readonly=readonly)
        except PermanentError:
            # Servers word "no such folder" differently; asking is the portable check.
            with self._guard(f"LIST {folder}"):
                exists = self._client.folder_exists(folder)
            if not exists:
                raise ConfigError(f"IMAP folder {folder!r} does not exist") from None
            raise
        status = FolderStatus(
            folder=folder,
            uidvalidity=int(response.get(b"UIDVALIDITY", 0)),
            uidnext=int(response.get(b"UIDNEXT", 0)),
            exists=int(response.get(b"EXISTS", 0)),
            readonly=readonly,
        )
        self._selected = status
        return status

    def _ensure_selected(
        self, folder: str, uidvalidity: int | None = None, writable: bool = False
    ) -> FolderStatus:
        current = self._selected
        if current is None or current.folder != folder or (writable and current.readonly):
            current = self.select(folder, readonly=not writable)
        if uidvalidity is not None and current.uidvalidity != uidvalidity:
            raise UidValidityChanged(
                f"UIDVALIDITY of {folder} is {current.uidvalidity}, not {uidvalidity}: "
                "its UIDs were reassigned; rescan the folder"
            )
        return current

    # -- reading -----------------------------------------------------------------------------

    def new_uids(self, folder_status: FolderStatus, last_uid: int) -> list[int]:
        self._ensure_selected(folder_status.folder, folder_status.uidvalidity)
        with self._guard(f"UID SEARCH {folder_status.folder}"):
            found = self._client.search(["UID", f"{last_uid + 1}:*"])
        return sorted(uid for uid in found if uid > last_uid)

    def fetch_sizes(
        self, uids: Sequence[int], folder: str | None = None, uidvalidity: int | None = None
    ) -> dict[int, int]:
        """RFC822.SIZE per UID, in `folder` (selected again if another one is selected)."""
        if folder is not None:
            self._ensure_selected(folder, uidvalidity)
        sizes: dict[int, int] = {}
        for chunk in _chunks(list(uids), _UID_CHUNK):
            with self._guard("FETCH RFC822.SIZE"):
                fetched = self._client.fetch(chunk, [b"RFC822.SIZE"])
            for uid, data in fetched.items():
                if b"RFC822.SIZE" in data:
                    sizes[uid] = int(data[b"RFC822.SIZE"])
        return sizes

    def fetch_raw(self, uids: Sequence[int], folder: str, uidvalidity: int) -> list[RawMessage]:
        self._ensure_selected(folder, uidvalidity)
        wanted = list(uids)
        messages: list[RawMessage] = []
        for chunk in _chunks(wanted, _UID_CHUNK):
            with self._guard(f"FETCH {folder}"):
                fetched = self._client.fetch(
                    chunk, [b"BODY.PEEK[]", b"INTERNALDATE", b"FLAGS", b"RFC822.SIZE"]
                )
            for uid in chunk:
                data = fetched.get(uid)
                if data is None or b"BODY[]" not in data:
                    continue  # expunged since the search: nothing to fetch any more
                body = bytes(data[b"BODY[]"])
                internaldate = data.get(b"INTERNALDATE")
                messages.append(
                    RawMessage(
                        folder=folder,
                        uid=uid,
                        uidvalidity=uidvalidity,
                        data=body,
                        internaldate=_plain_tz(internaldate),
                        flags=tuple(_as_str(flag) for flag in data.get(b"FLAGS", ())),
                        size=int(data.get(b"RFC822.SIZE", len(body))),
                    )
                )
        return messages

    def iter_raw(
        self,
        uids: Sequence[int],
        folder: str,
        uidvalidity: int,
        batch_size: int = 100,
        max_size: int | None = None,
    ) -> Iterator[RawMessage | OversizedMessage]:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        for batch in _chunks(list(uids), batch_size):
            oversized: dict[int, int] = {}
            to_fetch = batch
            if max_size is not None:
                sizes = self.fetch_sizes(batch, folder, uidvalidity)
                oversized = {uid: size for uid, size in sizes.items() if size > max_size}
                to_fetch = [uid for uid in batch if uid in sizes and uid not in oversized]
            fetched = {m.uid: m for m in self.fetch_raw(to_fetch, folder, uidvalidity)}
            for uid in batch:
                if uid in oversized:
                    yield OversizedMessage(folder, uid, uidvalidity, oversized[uid])
                elif uid in fetched:
                    yield fetched[uid]

    def search_message_id(self, folder: str, message_id: str) -> list[int]:
        return self.search_header(folder, "Message-ID", message_id)

    def search_header(self, folder: str, header: str, message_id: str) -> list[int]:
        """UIDs in `folder` whose `header` contains the message id `<...>`."""
        bare = message_id.strip().strip("<>").strip()
        # An id with line breaks or quotes is hostile or broken; no stored message has it.
        if not bare or any(char in bare for char in '\r\n"\\'):
            return []
        if header.lower() in _INDEXED_HEADERS:
            index = self._folder_index(folder)
            if index is not None:
                return sorted(index.by_header[header.lower()].get(f"<{bare}>".lower(), ()))
        self._ensure_selected(folder)
        charset = None if bare.isascii() else "UTF-8"
        with self._guard(f"UID SEARCH {folder}"):
            found = self._client.search(["HEADER", header, f"<{bare}>"], charset=charset)
        return sorted(found)

    def _folder_index(self, folder: str) -> _FolderIndex | None:
        """The folder's header index, up to date, once lookups there are many; None while a
        server search is cheaper."""
        index = self._indexes.get(folder)
        if index is None:
            self._lookups[folder] = self._lookups.get(folder, 0) + 1
            if self._lookups[folder] <= _INDEX_AFTER:
                return None
        elif index.state is not None and time.monotonic() - index.checked < _INDEX_CHECK_EVERY:
            return index
        with self._guard(f"STATUS {folder}"):
            if self._selected is not None and self._selected.folder == folder:
                # STATUS of the selected folder answers from the session's view: sync it.
                self._client.noop()
            status = self._client.folder_status(folder, _INDEX_STATUS)
        state = (
            int(status.get(b"MESSAGES", -1)),
            int(status.get(b"UIDNEXT", -1)),
            int(status.get(b"UIDVALIDITY", -1)),
        )
        if index is None or index.uidvalidity != state[2]:
            index = self._indexes[folder] = _FolderIndex(state[2])
        if index.state != state or -1 in state:
            try:
                self._refresh_index(folder, index)
            except _Unindexable:
                del self._indexes[folder]
                self._lookups[folder] = -(10**9)  # never again on this connection
                return None
            # Taken before the re-read: a change meanwhile shows as a mismatch next time.
            index.state = state
        index.checked = time.monotonic()
        return index

    def _refresh_index(self, folder: str, index: _FolderIndex) -> None:
        """Drop what was expunged and read the headers of what arrived since last time."""
        self._ensure_selected(folder)
        with self._guard(f"UID SEARCH {folder}"):
            self._client.noop()  # the session takes in others' changes before the search
            present = set(self._client.search("ALL"))
        for uid in [uid for uid in index.uids if uid not in present]:
            index.remove(uid)
        added = sorted(uid for uid in present if uid not in index.uids)
        for chunk in _chunks(added, _UID_CHUNK):
            with self._guard(f"FETCH {folder} headers"):
                fetched = self._client.fetch(chunk, [_INDEX_FETCH])
            for uid, data in fetched.items():
                # Servers echo the section in their own spelling (case, spacing).
                block = data.get(_INDEX_FETCHED)
                if block is None:
                    block = next(
                        (v for k, v in data.items() if bytes(k).upper().startswith(b"BODY[")), None
                    )
                if block is None:
                    raise _Unindexable(folder)
                index.add(uid, bytes(block))

    def _index_appended(
        self,
        folder: str,
        uidvalidity: int | None,
        uids: Sequence[int | None],
        messages: Sequence[bytes],
    ) -> None:
        """Our own APPEND: into the index at once, and the folder state moved on by it."""
        index = self._indexes.get(folder)
        if index is None:
            return
        known = [uid for uid in uids if uid is not None]
        if uidvalidity != index.uidvalidity or len(known) != len(messages):
            index.state = None  # not sure what the server assigned: re-read next time
            return
        for uid, message in zip(known, messages, strict=True):
            head_end = message.find(b"\r\n\r\n")
            index.add(uid, message[: head_end + 2] if head_end >= 0 else message)
        state = index.state
        if state is not None and min(known) == state[1]:
            index.state = (state[0] + len(known), max(known) + 1, state[2])
        else:
            index.state = None  # someone else appended too

    # -- writing -----------------------------------------------------------------------------

    def append(
        self,
        folder: str,
        raw: bytes,
        flags: Sequence[bytes | str] = (b"\\Draft",),
        msg_time: datetime | None = None,
    ) -> int | None:
        message = _crlf(raw)
        with self._guard(f"APPEND {folder}"):
            response = self._client.append(folder, message, flags=tuple(flags), msg_time=msg_time)
        text = response if isinstance(response, bytes) else str(response).encode()
        match = _APPENDUID.search(text)
        uid = int(match.group(2)) if match else None
        self._index_appended(folder, int(match.group(1)) if match else None, [uid], [message])
        return uid

    def append_many(
        self,
        folder: str,
        raws: Sequence[bytes],
        flags: Sequence[bytes | str] = (b"\\Draft",),
        msg_time: datetime | None = None,
    ) -> list[int | None]:
        """APPEND several messages; their new UIDs (None where the server did not say).

        With MULTIAPPEND (RFC 3502) they go in one command, all or none, and with LITERAL+
        in one round trip instead of two per message: a backlog's thousands of drafts cost
        milliseconds each instead of a network wait each."""
        if len(raws) <= 1 or "MULTIAPPEND" not in self.capabilities:
            return [self.append(folder, raw, flags, msg_time) for raw in raws]
        uids: list[int | None] = []
        for start in range(0, len(raws), _MULTIAPPEND_CHUNK):
            uids.extend(
                self._multiappend(folder, raws[start : start + _MULTIAPPEND_CHUNK], flags, msg_time)
            )
        return uids

    def _multiappend(
        self,
        folder: str,
        raws: Sequence[bytes],
        flags: Sequence[bytes | str],
        msg_time: datetime | None,
    ) -> list[int | None]:
        messages = [_crlf(raw) for raw in raws]
        items: list[dict[str, Any]] = []
        for message in messages:
            item: dict[str, Any] = {"msg": message, "flags": tuple(flags)}
            if msg_time is not None:
                item["date"] = msg_time
            items.append(item)
        with self._guard(f"APPEND {folder}"):
            typ, data = self._client.multiappend(folder, items)
            if typ != "OK":
                raise imaplib.IMAP4.error(b" ".join(d for d in data if isinstance(d, bytes)))
        text = b" ".join(d for d in data if isinstance(d, bytes))
        match = _APPENDUID_SET.search(text)
        uids: list[int | None] = [None] * len(messages)
        if match is not None:
            assigned = _uid_set(match.group(2).decode("ascii"))
            if len(assigned) == len(messages):
                uids = list(assigned)
        self._index_appended(folder, int(match.group(1)) if match else None, uids, messages)
        return uids

    def move_uids(self, folder: str, uids: Sequence[int], target: str) -> None:
        """MOVE (RFC 6851) where offered, else COPY then delete; creates `target` if missing."""
        targets = list(uids)
        if not targets:
            return
        with self._guard(f"CREATE {target}"):
            if not self._client.folder_exists(target):
                self._client.create_folder(target)
        self._ensure_selected(folder, writable=True)
        with self._guard(f"MOVE {folder} -> {target}"):
            if "MOVE" in self.capabilities:
                self._client.move(targets, target)
            else:
                self._client.copy(targets, target)
        if "MOVE" not in self.capabilities:
            self.delete_uids(folder, targets)
        # The moved messages leave the folder: its header index is rebuilt on next use.
        self._indexes.pop(folder, None)

    def delete_uids(self, folder: str, uids: Sequence[int]) -> None:
        targets = list(uids)
        if not targets:
            return
        self._ensure_selected(folder, writable=True)
        with self._guard(f"EXPUNGE {folder}"):
            self._client.add_flags(targets, [b"\\Deleted"], silent=True)
            if "UIDPLUS" in self.capabilities:
                self._client.uid_expunge(targets)
            else:
                # Without UIDPLUS, EXPUNGE also removes anything else marked \Deleted.
                self._client.expunge()
        index = self._indexes.get(folder)
        if index is not None:
            index.state = None

    # -- waiting -----------------------------------------------------------------------------

    @property
    def has_idle(self) -> bool:
        return "IDLE" in self.capabilities

    def noop(self) -> bool:
        with self._guard("NOOP"):
            _text, responses = self._client.noop()
        return _announces_new(responses)

    def idle_wait(self, timeout: float) -> bool:
        """Wait on the selected folder for up to `timeout` s; True when mail arrived."""
        if self._selected is None:
            raise RuntimeError("idle_wait needs a selected folder (call select first)")
        if not self.has_idle:
            time.sleep(timeout)
            return self.noop()
        deadline = time.monotonic() + timeout
        arrived = False
        with self._guard("IDLE"):
            # Dovecot announces in IDLE only what arrives after IDLE began; mail that came
            # between two calls would wait for the end of the next one. NOOP reports it now.
            _text, responses = self._client.noop()
            if _announces_new(responses):
                return True
            self._client.idle()
            while not arrived:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                responses = self._client.idle_check(timeout=remaining)
                if not responses:
                    # Either the time is up or the socket hit EOF; DONE below tells which.
                    break
                arrived = _announces_new(responses)
            # DONE waits for the tagged OK under the read timeout, so a server that stopped
            # answering raises here instead of hanging.
            _text, responses = self._client.idle_done()
        return arrived or _announces_new(responses)
