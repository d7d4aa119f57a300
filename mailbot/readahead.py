"""A backlog read ahead in a second process: the next batches fetched, parsed and prepared
for the classifier there while this process classifies, decides and records the current one.

Fetching (imaplib reading literals), MIME parsing and the texts the models read
(classify/prepare.py) are half the CPU of a message, and there are two cores; in one
process the GIL would serialise them with classification.
The worker holds its own read-only IMAP connection (BODY.PEEK, never \\Seen) and only
reads: every batch still comes back here and is decided, recorded, appended and committed
in order, exactly as without it, so the crash-safety argument of daemon.py is unchanged.

When the worker cannot be used (a connection factory that cannot cross a process
boundary, as tests inject; a worker that died or failed a batch), the batch is fetched
here with the daemon's own connection and, for a backlog, only parsed in the worker.

PDF text is read with PDFium (native code) only in the worker: a message that crashes it
kills the worker, and its batch is then read and parsed here with pypdf (pure Python), so
no message can take the daemon down, or make it crash again on every restart.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import multiprocessing
import os
import ssl
from collections import deque
from collections.abc import Collection, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from itertools import islice
from multiprocessing.util import Finalize
from typing import Any

from .classify.prepare import Prepared, prepare_many
from .gc_tuning import collect_less_often
from .imap import ImapConnection, ImapSettings, connect
from .models import ParsedMessage, RawMessage
from .parse import parse_message

log = logging.getLogger("mailbot")


def digest(data: bytes) -> str:
    """A message's identity by content (SHA-256 of its bytes)."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class ImapConnector:
    """Opens a logged-in connection; unlike a closure it can be sent to the worker (the
    SSL context does not pickle, so it is rebuilt there from the CA file)."""

    settings: ImapSettings
    ca_file: str | None = None

    def __call__(self) -> ImapConnection:
        settings = self.settings
        if self.ca_file and settings.ssl_context is None:
            context = ssl.create_default_context(cafile=self.ca_file)
            settings = replace(settings, ssl_context=context)
        return connect(settings)

    def __reduce__(self) -> tuple[Any, ...]:
        return (ImapConnector, (replace(self.settings, ssl_context=None), self.ca_file))


@dataclass(frozen=True)
class ReadBatch:
    """One batch of UIDs as read: sizes, the oversized left unfetched, the messages, and
    (when read ahead) their parse and digests, one per message. Read ahead, the messages
    come without their bytes (`data` is empty, `size` is kept): `parsed` stands for them."""

    uids: list[int]
    sizes: dict[int, int]
    oversized: list[int]
    raws: list[RawMessage]
    parsed: list[ParsedMessage] | None = None
    digests: list[str] = field(default_factory=list)
    # with `parsed` from the worker: each message's machine check and model input
    prepared: list[Prepared] | None = None

    def digest_of(self, index: int) -> str:
        if index < len(self.digests):
            return self.digests[index]
        return digest(self.raws[index].data)


def read_batch(
    conn: ImapConnection,
    folder: str,
    uidvalidity: int,
    uids: list[int],
    max_bytes: int,
    known_sizes: dict[int, int] | None = None,
) -> ReadBatch:
    """Sizes first (`known_sizes`, when asked for earlier), so an oversized message is
    never downloaded, then the rest."""
    if known_sizes is None:
        sizes = conn.fetch_sizes(uids, folder, uidvalidity)
    else:
        sizes = {uid: known_sizes[uid] for uid in uids if uid in known_sizes}
    oversized = [uid for uid in uids if sizes.get(uid, 0) > max_bytes]
    wanted = [uid for uid in uids if uid in sizes and uid not in oversized]
    raws = conn.fetch_raw(wanted, folder, uidvalidity) if wanted else []
    return ReadBatch(uids, sizes, oversized, raws)


def parse_raws(datas: Sequence[bytes], known_texts: Sequence[str]) -> list[ParsedMessage]:
    """What Pipeline.analyse() does first, for a batch (runs in the worker)."""
    return [parse_message(data, known_texts=known_texts) for data in datas]


def parse_and_prepare(
    datas: Sequence[bytes], known_texts: Sequence[str], owner_addresses: Collection[str]
) -> tuple[list[ParsedMessage], list[Prepared]]:
    """All of Pipeline.analyse() that needs neither the model nor the state (in the worker,
    which has time to spare while the daemon's thread has none)."""
    parsed = parse_raws(datas, known_texts)
    return parsed, prepare_many(parsed, owner_addresses)


# ------------------------------------------------------------------- in the worker process

_worker_connection: tuple[ImapConnector, ImapConnection] | None = None
# Sizes asked for ahead (fetch_and_parse's `size_window`): of which folder, for which UIDs
# (an asked-for UID without a size was expunged), and the sizes.
_worker_sizes: tuple[tuple[str, int], frozenset[int], dict[int, int]] | None = None


def _close_worker_connection() -> None:
    global _worker_connection
    if _worker_connection is not None:
        _worker_connection[1].close()
        _worker_connection = None


def _connection_for(connector: ImapConnector) -> ImapConnection:
    global _worker_connection
    if _worker_connection is not None and _worker_connection[0] == connector:
        return _worker_connection[1]
    _close_worker_connection()
    conn = connector()
    if _worker_connection is None:
        # multiprocessing children leave through os._exit: atexit would never run
        Finalize(None, _close_worker_connection, exitpriority=10)
    _worker_connection = (connector, conn)
    return conn


def fetch_and_parse(
    connector: ImapConnector,
    folder: str,
    uidvalidity: int,
    uids: list[int],
    max_bytes: int,
    known_texts: Sequence[str],
    owner_addresses: Collection[str] = (),
    size_window: Sequence[int] = (),
) -> ReadBatch:
    """One batch, read, parsed and prepared in the worker with its own connection.

    `size_window`: the UIDs of this batch and of the next ones, whose sizes are asked for in
    one FETCH and kept for them (a round trip per batch cost a second per 10k messages)."""
    global _worker_sizes
    try:
        conn = _connection_for(connector)
        if size_window:
            sizes = conn.fetch_sizes(size_window, folder, uidvalidity)
            _worker_sizes = ((folder, uidvalidity), frozenset(size_window), sizes)
        known: dict[int, int] | None = None
        if _worker_sizes is not None:
            place, asked, sizes = _worker_sizes
            if place == (folder, uidvalidity) and asked.issuperset(uids):
                known = sizes  # read_batch takes this batch's from them
        batch = read_batch(conn, folder, uidvalidity, uids, max_bytes, known)
    except BaseException:
        _close_worker_connection()  # never reuse a connection in an unknown state
        raise
    datas = [raw.data for raw in batch.raws]
    parsed, prepared = parse_and_prepare(datas, known_texts, owner_addresses)
    # The bytes stay here: the daemon needs only their parse, digest and size, and sending
    # them back doubled the bytes to unpickle there (a CV travels in its parse too).
    return replace(
        batch,
        raws=[replace(raw, data=b"") for raw in batch.raws],  # fetch_raw set their size
        parsed=parsed,
        digests=[digest(data) for data in datas],
        prepared=prepared,
    )


# --------------------------------------------------------------------- in the daemon process

# A batch comes back as a few MB of pickle. Through the default 64 KB pipe that is dozens of
# reads, and between two of them the executor's reader thread waits for the GIL, which the
# classifying thread gives up only every few ms: the worker stood blocked in its write for
# 2.5 s of a 10k backlog. 1 MB is Linux's default ceiling for an unprivileged process.
RESULT_PIPE_BYTES = 1 << 20


def _widen_result_pipe(pool: ProcessPoolExecutor) -> None:
    """Best effort (Linux, and the executor's private queue): a narrow pipe only costs time."""
    set_size = getattr(fcntl, "F_SETPIPE_SZ", None)
    reader = getattr(getattr(pool, "_result_queue", None), "_reader", None)
    if set_size is None or reader is None:
        return
    with contextlib.suppress(OSError, ValueError):
        fcntl.fcntl(reader.fileno(), set_size, RESULT_PIPE_BYTES)


class ReadAhead:
    """Yields a folder's batches in order, each read (and parsed) up to four ahead in a
    worker process for a backlog; for a few messages (the IDLE path) nothing is started,
    as a process would cost more than it saves."""

    MIN_BACKLOG = 200
    # Batches in flight. Their cost varies (a batch with big PDFs takes the worker twice as
    # long), and with two in flight the worker or this process often waited for the other:
    # the pair kept 1.60-1.65 of the two cores busy over a 10k backlog, with four
    # 1.71-1.75 (wall time lower in 4 of 4 interleaved rounds) for ~3 MB more.
    DEPTH = 4
    # Batches whose sizes the worker asks for in one FETCH: a round trip per batch cost it a
    # second of waiting on the server per 10k messages; asked for here, they kept the
    # daemon's thread waiting 0.5 s.
    SIZES_AHEAD = 20

    def __init__(
        self,
        connector: ImapConnector | None,
        known_texts: Sequence[str],
        max_bytes: int,
        enabled: bool,
        owner_addresses: Collection[str] = (),
    ) -> None:
        self.connector = connector
        self.known_texts = tuple(known_texts)
        self.max_bytes = max_bytes
        self.owner_addresses = tuple(owner_addresses)
        self.pool: ProcessPoolExecutor | None = None
        if enabled and (os.cpu_count() or 1) > 1:
            # spawn: the daemon runs threads (scheduler, IDLE), which fork does not copy safely
            self.pool = ProcessPoolExecutor(
                1, mp_context=multiprocessing.get_context("spawn"), initializer=collect_less_often
            )
            _widen_result_pipe(self.pool)

    @classmethod
    def for_backlog(
        cls,
        count: int,
        connector: ImapConnector | None,
        known_texts: Sequence[str],
        max_bytes: int,
        owner_addresses: Collection[str] = (),
    ) -> ReadAhead:
        return cls(connector, known_texts, max_bytes, count >= cls.MIN_BACKLOG, owner_addresses)

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)

    def batches(
        self, conn: ImapConnection, folder: str, uidvalidity: int, uid_batches: Iterable[list[int]]
    ) -> Iterator[ReadBatch]:
        pending: deque[tuple[list[int], Future[ReadBatch] | None]] = deque()
        source = iter(uid_batches)
        ahead: deque[list[int]] = deque()  # batches whose sizes the worker has asked for
        exhausted = False
        while True:
            while not exhausted and len(pending) < self.DEPTH:
                window: list[int] = []
                if not ahead and self.pool is not None and self.connector is not None:
                    ahead.extend(islice(source, self.SIZES_AHEAD))
                    window = [uid for uids in ahead for uid in uids]
                uids = ahead.popleft() if ahead else next(source, None)
                if uids is None:
                    exhausted = True
                else:
                    pending.append((uids, self._submit_read(folder, uidvalidity, uids, window)))
            if not pending:
                return
            uids, reading = pending.popleft()
            batch = self._result(reading)
            if batch is None:
                batch = self._read_here(conn, folder, uidvalidity, uids)
            yield batch

    def _submit_read(
        self, folder: str, uidvalidity: int, uids: list[int], size_window: list[int]
    ) -> Future[ReadBatch] | None:
        if self.pool is None or self.connector is None:
            return None
        try:
            return self.pool.submit(
                fetch_and_parse,
                self.connector,
                folder,
                uidvalidity,
                uids,
                self.max_bytes,
                self.known_texts,
                self.owner_addresses,
                size_window,
            )
        except (BrokenProcessPool, RuntimeError):
            self.pool = None  # the worker died: everything in this process from now on
            return None

    def _read_here(
        self, conn: ImapConnection, folder: str, uidvalidity: int, uids: list[int]
    ) -> ReadBatch:
        """Read with the daemon's connection; parsed and prepared in the worker when there
        is one (else analyse() does it all)."""
        batch = read_batch(conn, folder, uidvalidity, uids, self.max_bytes)
        if self.pool is None or not batch.raws:
            return batch
        try:
            work = self.pool.submit(
                parse_and_prepare,
                [raw.data for raw in batch.raws],
                self.known_texts,
                self.owner_addresses,
            )
        except (BrokenProcessPool, RuntimeError):
            self.pool = None
            return batch
        done: tuple[list[ParsedMessage], list[Prepared]] | None = self._result(work)
        if done is None:
            return batch
        return replace(batch, parsed=done[0], prepared=done[1])

    def _result(self, work: Future[Any] | None) -> Any:
        """The worker's answer, or None: then this batch is done here. A failed read
        (server gone, UIDVALIDITY changed) is tried again here, where it raises as usual."""
        if work is None:
            return None
        try:
            return work.result()
        except BrokenProcessPool as exc:
            log.warning("read-ahead worker died (%s); reading in this process", exc)
            self.pool = None
        except Exception as exc:
            log.warning("read-ahead worker failed a batch (%s); reading it here", exc)
        return None
