"""State on disk: TinyDB tables behind a write-ahead journal.

TinyDB's stock JSON storage rewrites the whole file on every insert, which makes the
per-message cost grow with the store (83 ms per insert at 10k records, TESTING.md). Here
TinyDB works on an in-memory dict, and durability comes from our own journal, the way
mail tools keep their sync state:

- `put()` changes memory and appends a checksummed line to `journal.jsonl`;
- `commit()` flushes and fsyncs the journal: the only point where work becomes durable;
- when the journal grows past the snapshot size, `compact()` writes `state.json` atomically
  (temp file, fsync, rename, directory fsync) and starts a new journal generation.

A kill at any instant leaves a snapshot plus a journal whose torn last line is dropped on
the next start, so the state is the last commit. Cost per put is constant; compaction is
amortised over as many puts as there are records.

One process at a time: `open()` takes an exclusive `flock` on `lock`.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import zlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage

from .errors import LockedError, PermanentError

Record = dict[str, Any]
Clock = Callable[[], datetime]

TABLES = (
    "messages",  # one per source message: status, label, rule, trail, draft ids
    "drafts",  # one per draft: status, raw message, where it is
    "folders",  # per folder: uidvalidity, last_uid
    "people",  # the applicant pool
    "leads",  # client requests and their decision
    "intros",  # double opt-in warm intros
    "engagements",  # the owner's active engagements
    "meta",  # last poll, counters
    "corrections",  # owner's relabels, folded into training
    "senders",  # last answered message per sender (one acknowledgement per window)
    "digests",  # content hash -> message key: the same bytes are never processed twice
    "auto_replies",  # recipient -> last automatic reply (one per sender per window)
    "intro_threads",  # ask draft Message-ID -> intro key: a member's answer finds its intro
    "linkedin",  # normalised LinkedIn URL -> person key (dedupe)
)

# Tables read a record at a time by key while mail is processed, and whole only by commands
# and the digest: their records stay in memory as the JSON the journal holds, decoded on
# each read. As dicts a message's record took ~4 times its JSON: 42 of the 98 MB a 10k
# backlog left in memory, growing with every message. The others are read whole on every
# poll (the drafts, by auto-send and the send queue; the pool, for each client request):
# decoding them all each time would cost more than they hold, and they stay dicts.
COMPACT_TABLES = frozenset({"messages", "digests", "senders", "linkedin", "intro_threads"})

SNAPSHOT = "state.json"
JOURNAL = "journal.jsonl"
LOCK = "lock"


def utc_now() -> datetime:
    return datetime.now(UTC)


class _MemoryStorage(Storage):
    """Hands TinyDB the records as its documents (numbered in order, each with its
    `_key`), read anew for every query: TinyDB sees the store as it is at the time."""

    def __init__(self, records: dict[str, dict[str, Record | bytes | str]]) -> None:
        self.records = records

    def read(self) -> dict[str, dict[str, Any]]:
        return {
            name: {
                str(doc_id): {**_record(stored), "_key": key}
                for doc_id, (key, stored) in enumerate(table.items(), 1)
            }
            for name, table in self.records.items()
        }

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        raise PermanentError("the TinyDB view of the store is read-only: use Store.put")


# Anything orjson would write other than json.dumps does (a datetime, a dataclass, a str
# subclass; an int over 64 bits, a lone surrogate, a key that is not a str) makes it raise,
# and json.dumps writes or refuses it as before.
_ORJSON = (
    orjson.OPT_PASSTHROUGH_DATETIME
    | orjson.OPT_PASSTHROUGH_DATACLASS
    | orjson.OPT_PASSTHROUGH_SUBCLASS
)


def _finite(value: dict[Any, Any] | list[Any] | tuple[Any, ...]) -> bool:
    """No NaN or infinity anywhere in `value` (orjson writes them as null)."""
    for item in value.values() if type(value) is dict else value:
        kind = type(item)
        if kind is float:
            if item - item != 0.0:
                return False
        elif (kind is dict or kind is list or kind is tuple) and not _finite(item):
            return False
    return True


def _json(value: Any, *, sort_keys: bool = False) -> bytes:
    """`value` as compact JSON in UTF-8 that json.loads reads back as json.dumps's text.

    json.dumps was most of a put's cost (a draft's raw message is kilobytes); orjson is
    five times faster. Where the two would differ it is json.dumps that writes: a value it
    writes as NaN or Infinity (orjson: null), anything orjson refuses."""
    data = _orjson(value, sort_keys=sort_keys)
    if data is not None:
        return data
    return _stdlib_json(value, sort_keys=sort_keys).encode()


def _stdlib_json(value: Any, *, sort_keys: bool) -> str:
    """json.dumps's compact text: what is written where orjson's would read back otherwise."""
    return json.dumps(value, separators=(",", ":"), sort_keys=sort_keys)


def _orjson(value: Any, *, sort_keys: bool) -> bytes | None:
    """orjson's JSON of `value`, or None where json.dumps would write something else. What
    it gives, orjson.loads also reads back as json.loads would: an int over 64 bits, which
    orjson.loads would read as a float, is one of the things orjson refuses to write."""
    try:
        data = orjson.dumps(value, option=_ORJSON | orjson.OPT_SORT_KEYS if sort_keys else _ORJSON)
    except TypeError:  # orjson.JSONEncodeError
        return None
    if b"null" not in data or _finite((value,)):
        return data
    return None


def _line(entry: Record) -> bytes:
    payload = _json(entry, sort_keys=True)
    return b"%08x %s\n" % (zlib.crc32(payload), payload)


def _put_line(generation: int, table: str, key: str, value: bytes) -> bytes:
    """_line() of a put whose record is already `value` (its JSON with sorted keys), without
    encoding the record twice: the same bytes where orjson writes the key and the record,
    else a line that reads back the same (json.dumps escapes what orjson writes as UTF-8)."""
    payload = b'{"g":%d,"k":%s,"t":%s,"v":%s}' % (generation, _json(key), _json(table), value)
    return b"%08x %s\n" % (zlib.crc32(payload), payload)


def _record(stored: Record | bytes | str) -> Record:
    """A fresh record from what memory holds, so a caller's changes never reach the store:
    a compact table's JSON (bytes from orjson, or a str from json.dumps where orjson's
    would read back otherwise, see _orjson), else a copy of the dict."""
    record: Record
    if type(stored) is bytes:
        record = orjson.loads(stored)
    elif type(stored) is str:
        record = json.loads(stored)
    else:
        record = dict(stored)  # type: ignore[arg-type]
    return record


def _parse_line(raw: bytes) -> Record | None:
    try:
        text = raw.decode()
        crc, payload = text.rstrip("\n").split(" ", 1)
        if int(crc, 16) != zlib.crc32(payload.encode()) or not text.endswith("\n"):
            return None
        entry = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return None
    return entry if isinstance(entry, dict) else None


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _make_durable(
    journal: BinaryIO | None,
    staged: dict[Path, Future[None]],
    dirs: set[Path],
    lines: list[bytes],
) -> None:
    """A commit: the staged files in place and their folders synced before the journal
    lines that name them (Store.commit, or Store.commit_soon's thread)."""
    errors = [exc for exc in (f.exception() for f in staged.values()) if exc is not None]
    if errors:
        raise errors[0]
    for directory in sorted(dirs):
        _fsync_dir(directory)
    if lines:
        assert journal is not None, "Store._take_commit refuses lines without a journal"
        journal.write(b"".join(lines))
        journal.flush()
        os.fsync(journal.fileno())


def atomic_write(path: Path, data: bytes, mode: int = 0o600, *, sync_folder: bool = True) -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new file.

    `sync_folder=False` leaves the folder's fsync (which makes the rename durable) to the
    caller, who may do it once for many files (Store.stage_file)."""
    atomic_write_chunks(path, (data,), mode, sync_folder=sync_folder)


# A stream's chunks are gathered up to this size and written at once.
_WRITE_SIZE = 1 << 20


def atomic_write_chunks(
    path: Path, chunks: Iterable[bytes], mode: int = 0o600, *, sync_folder: bool = True
) -> None:
    """atomic_write() of a stream: a large file never has to exist in memory at once."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    try:
        gathered: list[bytes] = []
        size = 0
        for chunk in chunks:
            gathered.append(chunk)
            size += len(chunk)
            if size >= _WRITE_SIZE:
                _write_all(fd, b"".join(gathered))
                gathered.clear()
                size = 0
        if gathered:
            _write_all(fd, gathered[0] if len(gathered) == 1 else b"".join(gathered))
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    if sync_folder:
        _fsync_dir(path.parent)


def _write_all(fd: int, data: bytes) -> None:
    # Straight to the descriptor, not through a buffered file: that copied a CV into its
    # buffer first, holding the GIL the classifier needs (os.write hands it back).
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class Store:
    """Key-addressed records in named tables, durable at `commit()`."""

    def __init__(
        self, state_dir: Path, *, clock: Clock = utc_now, lock: bool = True, readonly: bool = False
    ) -> None:
        """`readonly` opens without the lock and never writes (for `status`, `review list`)."""
        self.state_dir = state_dir
        self.clock = clock
        self.readonly = readonly
        self._lock_fd: int | None = None
        if not readonly:
            state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            with contextlib.suppress(OSError):
                os.chmod(state_dir, 0o700)
        if lock and not readonly:
            self._acquire_lock()
        self._generation = 0
        # table -> key -> record, in the order the keys came. Copies go in and out: a
        # caller's dict is never the store's. (TinyDB's own layout, numbered documents
        # holding their key, cost a str() of the number and a second lookup for every
        # read, and a dict comprehension to leave the key out: Store.items() over the
        # people for each client request was the store's largest cost in a backlog.)
        # COMPACT_TABLES hold a record's JSON (see _record), the others dicts.
        self._records: dict[str, dict[str, Record | bytes | str]] = {name: {} for name in TABLES}
        self._journal_entries = 0
        self._pending: list[bytes] = []
        # Files staged for the next commit: written, fsynced and renamed by a thread (fsync
        # releases the GIL, so a backlog's CVs cost the classifier no time), and all in
        # place, their folders fsynced once, before the journal line naming them.
        self._staging: ThreadPoolExecutor | None = None
        self._staged: dict[Path, Future[None]] = {}
        self._writing: dict[Path, Future[None]] = {}  # the last write of each file, until done
        self._staged_dirs: set[Path] = set()
        # Folders under the state directory known to exist: even a stat gives up the GIL,
        # and with the staging threads running, getting it back cost the classifying thread
        # up to a switch interval per CV (py-spy: 3% of its time over a 10k backlog).
        self._made_dirs: set[Path] = set()
        # One commit at a time made durable by a thread (commit_soon): its future, and the
        # journal lines it writes, given back to _pending if it fails.
        self._committing: ThreadPoolExecutor | None = None
        self._in_flight: tuple[Future[None], list[bytes]] | None = None
        self._load()
        self._db = TinyDB(storage=_MemoryStorage, records=self._records)
        self._journal: BinaryIO | None = None
        if not readonly:
            self._journal = open(self.state_dir / JOURNAL, "ab")  # noqa: SIM115
            os.chmod(self.state_dir / JOURNAL, 0o600)

    # ------------------------------------------------------------------ lifecycle

    def _acquire_lock(self) -> None:
        fd = os.open(self.state_dir / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise LockedError(
                f"another mailbot process is using {self.state_dir} (lock held); "
                "stop it first or point MAILBOT_STATE elsewhere"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._lock_fd = fd

    def close(self) -> None:
        if (self._pending or self._staged or self._in_flight) and not self.readonly:
            self.commit()
        if self._committing is not None:
            self._committing.shutdown(wait=True)
            self._committing = None
        if self._staging is not None:
            self._staging.shutdown(wait=True)
            self._staging = None
        if self._journal is not None:
            self._journal.close()
            self._journal = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ loading

    def _load(self) -> None:
        snapshot = self.state_dir / SNAPSHOT
        if snapshot.exists():
            try:
                saved = json.loads(snapshot.read_bytes())
            except (ValueError, OSError) as exc:
                raise PermanentError(f"state snapshot {snapshot} is unreadable: {exc}") from exc
            self._generation = int(saved.get("generation", 0))
            for name, records in saved.get("tables", {}).items():
                self._records.setdefault(name, {})
                for key, record in records.items():
                    self._set(name, key, record)
        journal = self.state_dir / JOURNAL
        if journal.exists():
            good_until = 0
            with open(journal, "rb") as handle:
                for raw in handle:
                    entry = _parse_line(raw)
                    if entry is None:
                        break  # a torn write from a crash: everything after it is void
                    good_until += len(raw)
                    if entry.get("g", 0) < self._generation:
                        continue  # already in the snapshot
                    self._apply(entry)
                    self._journal_entries += 1
            if good_until != journal.stat().st_size and not self.readonly:
                with open(journal, "r+b") as handle:
                    handle.truncate(good_until)
                    os.fsync(handle.fileno())

    def _apply(self, entry: Record) -> None:
        table, key = entry["t"], entry["k"]
        self._records.setdefault(table, {})
        if entry.get("d"):
            self._delete_mem(table, key)
        else:
            self._set(table, key, entry["v"])

    def _set(self, table: str, key: str, record: Record) -> bytes | None:
        """Hold `record` in memory; for a compact table, return the JSON it is held as."""
        stored = dict(record)
        stored.pop("_key", None)  # the name the key has in TinyDB's view, never a field
        if table in COMPACT_TABLES:
            value = _orjson(stored, sort_keys=True)
            if value is None:  # NaN, a huge int, a key that is not a str: never in practice
                text = _stdlib_json(stored, sort_keys=True)
                self._records[table][key] = text
                return text.encode()
            # A copy: orjson's bytes keep the whole buffer it wrote into (~8 KB for a record
            # of 1 KB), and these stay for as long as the store is open.
            value = bytes(memoryview(value))
            self._records[table][key] = value
            return value
        self._records[table][key] = stored
        return None

    def _delete_mem(self, table: str, key: str) -> None:
        self._records[table].pop(key, None)

    # ------------------------------------------------------------------ API

    def get(self, table: str, key: str) -> Record | None:
        stored = self._records[table].get(key)
        return _record(stored) if stored is not None else None

    def put(self, table: str, key: str, record: Record) -> None:
        """Replace the record under `key`; durable at the next commit()."""
        value = self._set(table, key, record)
        if value is not None:
            self._pending.append(_put_line(self._generation, table, key, value))
        else:
            self._pending.append(_line({"g": self._generation, "t": table, "k": key, "v": record}))

    def update(self, table: str, key: str, **changes: Any) -> Record:
        record = self.get(table, key) or {}
        record.update(changes)
        self.put(table, key, record)
        return record

    def delete(self, table: str, key: str) -> None:
        self._delete_mem(table, key)
        self._pending.append(_line({"g": self._generation, "t": table, "k": key, "d": True}))

    def keys(self, table: str) -> list[str]:
        return list(self._records[table])

    def all(self, table: str) -> list[Record]:
        return [_record(stored) for stored in self._records[table].values()]

    def items(self, table: str) -> Iterator[tuple[str, Record]]:
        records = self._records[table]
        for key in list(records):
            yield key, _record(records[key])

    def count(self, table: str) -> int:
        return len(self._records[table])

    def write_file(self, folder: str, name: str, data: bytes) -> Path:
        """Store a file (a CV) under the state directory, owner-only, atomically.

        `name` must be a plain file name: nothing from an email ever becomes a path.
        """
        target = self._file_path(folder, name)
        atomic_write(target, data)
        return target

    def stage_file(self, folder: str, name: str, data: bytes) -> Path:
        """write_file() done in the background: the file is in place, durably, when the
        next commit() returns (and before anything that commit makes durable)."""
        target = self._file_path(folder, name)
        if self._staging is None:
            self._staging = ThreadPoolExecutor(2, thread_name_prefix="mailbot-files")
        # The same file again (a CV in two batches in a row) while its last write may still
        # run, for this commit or one in flight: both would use one temp file, and the
        # later write must win. So it waits for the earlier one.
        earlier = self._writing.get(target)
        if earlier is not None:
            earlier.exception()
        future = self._staging.submit(partial(atomic_write, target, data, sync_folder=False))
        self._staged[target] = self._writing[target] = future
        self._staged_dirs.add(target.parent)
        return target

    def _file_path(self, folder: str, name: str) -> Path:
        if not name or "/" in name or "\\" in name or name.startswith(".") or "\x00" in name:
            raise PermanentError(f"unsafe file name {name!r}")
        directory = self.state_dir / folder
        if directory not in self._made_dirs:
            # mkdir(exist_ok) of an existing folder waits for the folder's lock, which the
            # staging threads hold while they rename CVs into it (0.5 s of a 10k backlog);
            # a stat does not.
            if not os.path.isdir(directory):
                directory.mkdir(mode=0o700, exist_ok=True)
            self._made_dirs.add(directory)
        return directory / name

    def remove_file(self, folder: str, name: str) -> None:
        if name and "/" not in name and not name.startswith("."):
            with contextlib.suppress(FileNotFoundError):
                (self.state_dir / folder / name).unlink()

    def tinydb_table(self, name: str) -> Any:
        """A TinyDB table over the same records, for ad-hoc queries (read-only use)."""
        return self._db.table(name)

    def commit(self) -> None:
        """Everything put and staged so far is durable when this returns."""
        self.settle()
        staged, dirs, lines = self._take_commit()
        try:
            _make_durable(self._journal, staged, dirs, lines)
        except BaseException:
            self._pending[:0] = lines  # to be written by the next commit
            raise
        self._journal_entries += len(lines)
        if lines and self._due_for_compaction():
            self.compact()

    def commit_soon(self) -> None:
        """commit(), made durable by a thread while the caller goes on: nothing it holds may
        be acted on outside (an APPEND, a move) before settle() or commit() has returned.

        The fsyncs of a commit (CVs, their folder, the journal) are waits on the disk, ~10 ms
        a batch here: a backlog's next batch is classified meanwhile. One at a time, in
        order: this waits for the previous one first."""
        self.settle()
        if self._due_for_compaction(len(self._pending)):
            self.commit()  # the snapshot is written from memory: nothing may be in flight
            return
        staged, dirs, lines = self._take_commit()
        if not staged and not lines:
            return
        if self._committing is None:
            self._committing = ThreadPoolExecutor(1, thread_name_prefix="mailbot-commit")
        self._in_flight = (
            self._committing.submit(_make_durable, self._journal, staged, dirs, lines),
            lines,
        )

    def _take_commit(self) -> tuple[dict[Path, Future[None]], set[Path], list[bytes]]:
        """What the next commit makes durable, handed over: the staged files, their
        folders and the journal lines."""
        if self._pending and self._journal is None:
            raise PermanentError("state opened read-only: cannot commit")
        staged, self._staged = self._staged, {}
        dirs, self._staged_dirs = self._staged_dirs, set()
        self._writing = {path: f for path, f in self._writing.items() if not f.done()}
        lines, self._pending = self._pending, []
        return staged, dirs, lines

    def settle(self) -> None:
        """Wait for the commit_soon() in flight, if any. If it failed, its journal lines
        are pending again, as after a failed commit(), and its error is raised here."""
        if self._in_flight is None:
            return
        future, lines = self._in_flight
        self._in_flight = None
        error = future.exception()
        if error is not None:
            self._pending[:0] = lines
            raise error
        self._journal_entries += len(lines)

    def _due_for_compaction(self, more: int = 0) -> bool:
        return self._journal_entries + more > max(2000, sum(map(len, self._records.values())))

    def compact(self) -> None:
        """Fold the journal into a new snapshot, then start a fresh journal."""
        self.settle()
        self._generation += 1
        atomic_write_chunks(self.state_dir / SNAPSHOT, self._snapshot_chunks())
        # The snapshot carries the new generation: older journal lines are now void even if
        # the kill comes before the journal is replaced.
        if self._journal is not None:
            self._journal.close()
        atomic_write(self.state_dir / JOURNAL, b"")
        self._journal = open(self.state_dir / JOURNAL, "ab")  # noqa: SIM115
        self._journal_entries = 0

    def _snapshot_chunks(self) -> Iterator[bytes]:
        """The snapshot JSON record by record: one dump of the whole store would hold the
        store a second and a third time (text, then bytes) at the peak."""
        yield b'{"generation": %d, "tables": {' % self._generation
        for number, (name, records) in enumerate(self._records.items()):
            yield (b", " if number else b"") + _json(name) + b": {"
            separator = b""
            for key, stored in records.items():
                if type(stored) is bytes:
                    value = stored
                elif type(stored) is str:
                    value = stored.encode()
                else:
                    value = _json(stored)
                yield separator + _json(key) + b": " + value
                separator = b", "
            yield b"}"
        yield b"}}"
