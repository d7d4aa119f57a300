"""Review actions (approve, reject, edit) asked for while another process holds the state.

The store has one writer at a time (an flock on `state/lock`) and `mailbot run` holds it for
as long as it runs. The dashboard must work beside it, so it never waits for the lock and
never keeps it beyond one request:

- the dashboard tries the writer lock without waiting. If it gets it (no daemon), it
  applies anything still queued, then the action itself, and shows the outcome (an
  unreachable mail server included), all within the request;
- if the lock is held, the action is appended to `state/actions.jsonl` (under its own flock
  on `state/actions.lock`, so two writers never interleave a line) and the daemon applies
  the queue at its next send round or poll (`apply_queued`), in order. A failure is logged
  and kept on the draft as `review_error`, which the dashboard shows. A change that could
  not reach the server stays queued, and so does every later change to the same draft: an
  approval never overtakes the edit it was meant for. Finished actions leave the queue only
  after they are applied, so a crash means replaying them, which is harmless: approving
  an approved draft does nothing; a reject or an edit applies only to a draft still under
  review.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import secrets
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default
from pathlib import Path
from typing import Any

from .config import LoadedConfig
from .errors import ConfigError, MailbotError, TransientError
from .logfmt import kv
from .outbox import REVIEWABLE, Outbox, short_id
from .store import LOCK, Store, atomic_write

log = logging.getLogger("mailbot.actions")

QUEUE = "actions.jsonl"
QUEUE_LOCK = "actions.lock"
KINDS = ("approve", "reject", "edit")
MAX_ATTEMPTS = 10
MAX_BODY_CHARS = 200_000


@dataclass(frozen=True)
class Action:
    kind: str
    draft: str  # the draft's full Message-ID
    body: str = ""  # edit: the new body text, as the owner typed it
    at: str = field(default_factory=lambda: datetime.now(UTC).isoformat())
    id: str = field(default_factory=lambda: secrets.token_hex(8))
    attempts: int = 0

    def line(self) -> bytes:
        return (json.dumps(asdict(self), separators=(",", ":")) + "\n").encode()

    @staticmethod
    def from_line(raw: bytes) -> Action | None:
        try:
            data = json.loads(raw)
            action = Action(
                kind=str(data["kind"]),
                draft=str(data["draft"]),
                body=str(data.get("body", "")),
                at=str(data.get("at", "")),
                id=str(data.get("id", "")),
                attempts=int(data.get("attempts", 0)),
            )
        except (ValueError, KeyError, TypeError):
            return None
        return action if action.kind in KINDS else None


@dataclass(frozen=True)
class Result:
    action: Action
    done: str = ""  # what happened, for the page
    error: str = ""
    requeued: bool = False


@contextlib.contextmanager
def _queue_locked(state_dir: Path, exclusive: bool = True) -> Iterator[None]:
    fd = os.open(state_dir / QUEUE_LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)  # releases the flock


def enqueue(state_dir: Path, *actions: Action) -> None:
    if not actions:
        return
    state_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    with _queue_locked(state_dir):
        fd = os.open(state_dir / QUEUE, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, b"".join(a.line() for a in actions))
            os.fsync(fd)
        finally:
            os.close(fd)


def queued(state_dir: Path) -> list[Action]:
    """What waits to be applied (for display; takes nothing off the queue)."""
    path = state_dir / QUEUE
    if not path.exists():
        return []
    with _queue_locked(state_dir, exclusive=False):
        lines = path.read_bytes().splitlines()
    return [a for a in (Action.from_line(raw) for raw in lines) if a is not None]


def _settle(state_dir: Path, finished: set[str], retried: dict[str, Action]) -> None:
    """Drop finished actions from the queue and count attempts on retried ones, keeping
    whatever was queued meanwhile. Until this runs a crash only means replaying them."""
    path = state_dir / QUEUE
    with _queue_locked(state_dir):
        lines = path.read_bytes().splitlines() if path.exists() else []
        kept = []
        for raw in lines:
            action = Action.from_line(raw)
            if action is not None and action.id not in finished:
                kept.append(retried.get(action.id, action).line())
        atomic_write(path, b"".join(kept))


def lock_holder(state_dir: Path) -> int | None:
    """The pid holding the store's writer lock (the daemon), read from /proc/locks.

    Looking is harmless: taking the lock to test it could make a starting daemon fail.
    None when nobody holds it, or when /proc/locks is not there to say.
    """
    try:
        info = os.stat(state_dir / LOCK)
        table = Path("/proc/locks").read_text()
    except OSError:
        return None
    wanted = (os.major(info.st_dev), os.minor(info.st_dev), info.st_ino)
    for line in table.splitlines():
        parts = line.split()
        # "1: FLOCK  ADVISORY  WRITE 1234 fd:01:5678 0 EOF" ("->" marks a blocked waiter)
        if len(parts) < 6 or parts[1] != "FLOCK" or "->" in parts:
            continue
        try:
            major, minor, inode = parts[5].split(":")
            if (int(major, 16), int(minor, 16), int(inode)) == wanted:
                return int(parts[4])
        except ValueError:
            continue
    return None


def with_new_body(raw: str, body: str) -> bytes:
    """The draft with its text replaced and every header (Message-ID, threading) kept."""
    data = raw.encode("utf-8", "surrogateescape")
    message = message_from_bytes(data, _class=EmailMessage, policy=SMTP)
    if not isinstance(message, EmailMessage) or message.is_multipart():
        raise MailbotError("this draft has several parts: edit it in your mail client")
    if message.get_content_type() != "text/plain":
        raise MailbotError("only plain-text drafts can be edited here")
    if len(body) > MAX_BODY_CHARS:
        raise MailbotError(f"the text is longer than {MAX_BODY_CHARS} characters")
    text = body.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n") + "\n"
    message.set_content(text, charset="utf-8", cte="quoted-printable")
    return message.as_bytes()


def draft_body(raw: str) -> str:
    """The text the owner edits: the body of a plain-text draft."""
    message = message_from_bytes(raw.encode("utf-8", "surrogateescape"), policy=default)
    if not isinstance(message, EmailMessage):
        return ""
    part = message.get_body(("plain",))
    if part is None or not isinstance(part, EmailMessage):
        return ""
    content = part.get_content()
    return content.replace("\r\n", "\n") if isinstance(content, str) else ""


def find_special_folders(config: LoadedConfig, outbox: Outbox) -> None:
    """Point the outbox at the server's real Drafts and Sent (SPECIAL-USE), as `poll` does."""
    folders = config.settings.folders
    with outbox.imap_factory() as conn:
        outbox.drafts_folder = conn.find_special_folder("\\Drafts", folders.drafts)
        outbox.sent_folder = conn.find_special_folder("\\Sent", folders.sent)


def apply_action(config: LoadedConfig, store: Store, outbox: Outbox, action: Action) -> str:
    """Apply one action; MailbotError (TransientError when a server is unreachable)."""
    key = outbox.resolve(action.draft)
    record = store.get("drafts", key) or {}
    status = record.get("status")
    handle = short_id(key)
    if action.kind == "approve":
        done = outbox.approve([key])
        return f"approved {handle}" if done else f"{handle} is {status}: nothing to approve"
    if status not in (*REVIEWABLE, "pending"):
        return f"{handle} is {status}: left as it is"
    if action.kind == "reject":
        outbox.reject([key])
        return f"rejected {handle}"
    raw = with_new_body(str(record.get("raw", "")), action.body)
    find_special_folders(config, outbox)
    outbox.replace(key, raw)
    store.update("drafts", key, review_error=None)
    store.commit()
    return f"edited {handle}: the new text is what will be sent"


def apply_queued(config: LoadedConfig, store: Store, outbox: Outbox) -> list[Result]:
    """Apply what is queued, in order; the caller holds the writer lock (`store`)."""
    results: list[Result] = []
    blocked: dict[str, str] = {}  # draft -> why its earlier change is still waiting
    finished: set[str] = set()
    retried: dict[str, Action] = {}
    for action in queued(store.state_dir):
        if action.draft in blocked:
            results.append(Result(action, error=blocked[action.draft], requeued=True))
            continue
        try:
            done = apply_action(config, store, outbox, action)
        except (TransientError, ConfigError) as exc:
            # ConfigError here is the account's state (a refused login): fixed, it works.
            if action.attempts + 1 < MAX_ATTEMPTS:
                retried[action.id] = replace(action, attempts=action.attempts + 1)
                blocked[action.draft] = f"waiting: {exc}"
                results.append(Result(action, error=str(exc), requeued=True))
                log.warning(_line(action, "retry", str(exc)))
                continue
            results.append(_failed(store, action, f"gave up: {exc}"))
        except MailbotError as exc:
            results.append(_failed(store, action, str(exc)))
        else:
            results.append(Result(action, done=done))
            log.info(_line(action, "done", done))
        finished.add(action.id)
    if finished or retried:
        _settle(store.state_dir, finished, retried)
    return results


def _failed(store: Store, action: Action, error: str) -> Result:
    if store.get("drafts", action.draft) is not None:
        store.update(
            "drafts",
            action.draft,
            review_error={"action": action.kind, "error": error, "at": action.at},
        )
        store.commit()
    log.error(_line(action, "failed", error))
    return Result(action, error=error)


def _line(action: Action, outcome: str, detail: str) -> str:
    fields: dict[str, Any] = {
        "action": action.kind,
        "draft": action.draft,
        "outcome": outcome,
        "detail": detail,
    }
    return kv("review", **fields)
