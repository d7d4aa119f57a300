"""The review queue and sending: what the owner approves leaves exactly once.

Draft states (store table `drafts`):

    pending ─► in_drafts ─► approved ─► sending ─► sent
                  │            │           ├─► queued (4xx / no connection: retried with backoff)
                  │            │           ├─► failed (5xx: the server's words are kept)
                  │            │           └─► uncertain (dropped after DATA: never resent alone)
                  ├─► rejected (review reject: removed from Drafts)
                  ├─► sent_by_owner (left Drafts; a reply to the same message is in Sent)
                  ├─► edited (the owner saved his own version in Drafts: ours is never sent)
                  └─► discarded (deleted from Drafts in the mail client)

Exactly once: the Message-ID is persisted with the draft long before sending; the state
`sending` is committed before SMTP; after the server's 250 the state `sent` is committed
before anything else; a draft found in `sending` after a crash is first looked for in
Sent. Auto-send applies only to drafts whose rule says `send: auto`, never to a machine,
at most once per sender per window and within a global hourly cap.
"""

from __future__ import annotations

import logging
import random
import re
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from .errors import ConfigError, MailbotError, PermanentError, TransientError
from .imap import ImapConnection
from .logfmt import kv
from .safety import is_machine_address
from .smtp import DeliveryUncertain, SendResult
from .store import Store

log = logging.getLogger("mailbot.outbox")

REVIEWABLE = ("in_drafts", "approved", "queued", "failed", "uncertain")
SENDABLE = ("approved", "queued")


class Sender(Protocol):
    def __call__(self, raw: bytes, mail_from: str, recipients: Sequence[str]) -> SendResult: ...


@dataclass
class SendSummary:
    sent: int = 0
    queued: int = 0
    failed: int = 0
    uncertain: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"send: {self.sent} sent, {self.queued} queued for retry, {self.failed} failed, "
            f"{self.uncertain} uncertain, {self.skipped} handled in the mail client"
        )


def short_id(message_id: str) -> str:
    """The 8-character handle `review` shows for a draft."""
    core = message_id.strip("<>").split("@", 1)[0]
    return core.removeprefix("mailbot.")[:8]


def with_auto_submitted(raw: bytes) -> bytes:
    """RFC 3834: an automatic reply says so, so other robots never answer it."""
    # An edited draft may come back with bare LF line ends: split the header either way.
    head = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[0]
    if re.search(rb"(?im)^auto-submitted:", head):
        return raw
    newline = b"\r\n" if b"\r\n" in head else b"\n"
    return b"Auto-Submitted: auto-replied" + newline + raw


class Outbox:
    def __init__(
        self,
        store: Store,
        imap_factory: Callable[[], AbstractContextManager[ImapConnection]],
        sender: Sender,
        *,
        owner_email: str,
        drafts_folder: str = "Drafts",
        sent_folder: str = "Sent",
        copy_to_sent: bool = True,
        clock: Callable[[], datetime],
        rng: random.Random | None = None,
        auto_window: timedelta = timedelta(days=7),
        auto_hourly_cap: int = 20,
        max_attempts: int = 12,
    ) -> None:
        self.store = store
        self.imap_factory = imap_factory
        self.sender = sender
        self.owner_email = owner_email
        self.drafts_folder = drafts_folder
        self.sent_folder = sent_folder
        self.copy_to_sent = copy_to_sent
        self.clock = clock
        self.rng = rng or random.Random()
        self.auto_window = auto_window
        self.auto_hourly_cap = auto_hourly_cap
        self.max_attempts = max_attempts

    # ------------------------------------------------------------------ lookup

    def resolve(self, handle: str) -> str:
        """A draft's Message-ID from its full id or a unique prefix of its short id."""
        handle = handle.strip()
        if self.store.get("drafts", handle) is not None:
            return handle
        matches = [k for k in self.store.keys("drafts") if short_id(k).startswith(handle)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise MailbotError(f"no draft {handle!r}")
        raise MailbotError(f"{handle!r} matches {len(matches)} drafts; give more characters")

    def listing(self) -> list[dict[str, Any]]:
        now = self.clock()
        rows = []
        for key, record in self.store.items("drafts"):
            created = datetime.fromisoformat(record["created_at"])
            rows.append(
                {
                    "id": short_id(key),
                    "message_id": key,
                    "status": record.get("status"),
                    "to": record.get("to", []),
                    "subject": record.get("subject", ""),
                    "in_reply_to": record.get("in_reply_to"),
                    "rule": record.get("rule"),
                    "template": record.get("template"),
                    "send_policy": record.get("send_policy"),
                    "age_hours": round((now - created).total_seconds() / 3600, 1),
                    "error": record.get("error"),
                    "refused": record.get("refused") or {},
                }
            )
        rows.sort(key=lambda r: (r["status"] not in REVIEWABLE, -r["age_hours"]))
        return rows

    # ------------------------------------------------------------------ review actions

    def approve(self, handles: Iterable[str], *, all_reviewable: bool = False) -> list[str]:
        keys = (
            [k for k, r in self.store.items("drafts") if r.get("status") == "in_drafts"]
            if all_reviewable
            else [self.resolve(h) for h in handles]
        )
        approved = []
        for key in keys:
            record = self.store.get("drafts", key) or {}
            status = record.get("status")
            if status in ("in_drafts", "failed", "uncertain", "queued"):
                record.update(
                    status="approved",
                    approved_at=self.clock().isoformat(),
                    next_attempt=None,
                    error=None,
                )
                self.store.put("drafts", key, record)
                approved.append(key)
            elif status == "pending":
                raise MailbotError(f"{short_id(key)} is not in Drafts yet: run `mailbot once`")
        self.store.commit()
        return approved

    def reject(self, handles: Iterable[str]) -> list[str]:
        keys = [self.resolve(h) for h in handles]
        with self.imap_factory() as conn:
            for key in keys:
                uids = conn.search_message_id(self.drafts_folder, key)
                conn.delete_uids(self.drafts_folder, uids)
                self.store.update(
                    "drafts", key, status="rejected", rejected_at=self.clock().isoformat()
                )
        self.store.commit()
        return keys

    def replace(self, handle: str, raw: bytes) -> str:
        """`review edit`: the edited text is what will be sent; Drafts gets the new copy."""
        key = self.resolve(handle)
        record = self.store.get("drafts", key) or {}
        if record.get("status") not in REVIEWABLE:
            raise MailbotError(f"{short_id(key)} is {record.get('status')}: cannot edit")
        with self.imap_factory() as conn:
            old = conn.search_message_id(self.drafts_folder, key)
            uid = conn.append(self.drafts_folder, raw, flags=(b"\\Draft",), msg_time=self.clock())
            conn.delete_uids(self.drafts_folder, [u for u in old if u != uid])
        record.update(
            raw=raw.decode("utf-8", "surrogateescape"), uid=uid, edited_at=self.clock().isoformat()
        )
        self.store.put("drafts", key, record)
        self.store.commit()
        return key

    # ------------------------------------------------------------------ mail client

    def reconcile(self, conn: ImapConnection) -> int:
        """Notice drafts the owner sent, edited or deleted in his own mail client."""
        changed = 0
        for key, record in list(self.store.items("drafts")):
            if record.get("status") not in ("in_drafts", "approved", "queued"):
                continue
            if conn.search_message_id(self.drafts_folder, key):
                continue  # still there, as we made it
            if conn.search_message_id(self.sent_folder, key):
                status = "sent_by_owner"  # his client sent ours as it was
            else:
                replied = record.get("in_reply_to") or ""
                if replied and conn.search_header(self.sent_folder, "In-Reply-To", replied):
                    status = "sent_by_owner"
                elif replied and conn.search_header(self.drafts_folder, "In-Reply-To", replied):
                    status = "edited"
                else:
                    status = "discarded"
            record.update(status=status, reconciled_at=self.clock().isoformat())
            self.store.put("drafts", key, record)
            log.info("draft %s: %s in the mail client", short_id(key), status)
            changed += 1
        self.store.commit()
        return changed

    # ------------------------------------------------------------------ auto-send

    def auto_approve(self) -> list[str]:
        """Approve `send: auto` drafts within the per-sender window and the hourly cap."""
        now = self.clock()
        hour_ago = now - timedelta(hours=1)
        sent_last_hour = sum(
            1
            for r in self.store.all("drafts")
            if r.get("auto")
            and r.get("approved_at")
            and datetime.fromisoformat(r["approved_at"]) > hour_ago
        )
        approved = []
        for key, record in list(self.store.items("drafts")):
            if record.get("status") != "in_drafts" or record.get("send_policy") != "auto":
                continue
            if record.get("auto_checked"):
                continue
            recipient = (record.get("to") or [""])[0].lower()
            last = self.store.get("auto_replies", recipient)
            reason = ""
            if not recipient or any(is_machine_address(a) for a in record.get("to", [])):
                reason = "recipient looks like a machine"
            elif last and now - datetime.fromisoformat(last["at"]) < self.auto_window:
                reason = f"already auto-answered {recipient} on {last['at'][:10]}"
            elif sent_last_hour >= self.auto_hourly_cap:
                # Only postponed: the next round after the hour has passed sends it.
                if record.get("auto_deferred") is None:
                    record["auto_deferred"] = f"hourly cap of {self.auto_hourly_cap} reached"
                    self.store.put("drafts", key, record)
                continue
            if reason:
                # Final: it waits for the owner's review like any other draft.
                record.update(auto_checked=True, auto_skipped=reason)
                self.store.put("drafts", key, record)
                continue
            record.update(
                status="approved", auto=True, auto_checked=True, approved_at=now.isoformat()
            )
            self.store.put("drafts", key, record)
            self.store.put("auto_replies", recipient, {"at": now.isoformat(), "draft": key})
            sent_last_hour += 1
            approved.append(key)
        self.store.commit()
        return approved

    # ------------------------------------------------------------------ sending

    def send_due(self, *, force_now: bool = False) -> SendSummary:
        summary = SendSummary()
        now = self.clock()
        due = []
        for key, record in self.store.items("drafts"):
            status = record.get("status")
            if status == "sending":
                due.append(key)  # interrupted by a crash: resolved against Sent below
            elif status in SENDABLE:
                next_attempt = record.get("next_attempt")
                if force_now or not next_attempt or datetime.fromisoformat(next_attempt) <= now:
                    due.append(key)
        unfinished = [
            k
            for k, r in self.store.items("drafts")
            if r.get("status") == "sent" and not r.get("filed")
        ]
        if not due and not unfinished:
            return summary
        with self.imap_factory() as conn:
            self.reconcile(conn)
            for key in due:
                self._send_one(conn, key, summary)
            for key in [*unfinished, *(k for k in due if self._status(k) == "sent")]:
                self._file_sent(conn, key)
        self.store.commit()
        return summary

    def _status(self, key: str) -> str | None:
        record = self.store.get("drafts", key)
        return record.get("status") if record else None

    def _send_one(self, conn: ImapConnection, key: str, summary: SendSummary) -> None:
        record = self.store.get("drafts", key)
        if record is None:
            return
        status = record.get("status")
        if status in ("sent_by_owner", "edited", "discarded"):
            summary.skipped += 1
            return
        if status == "sending" and conn.search_message_id(self.sent_folder, key):
            # The crash came after the server's 250 and the copy to Sent: it went out.
            record.update(
                status="sent",
                sent_at=record.get("sent_at") or self.clock().isoformat(),
                filed=False,
                note="found in Sent after a restart",
            )
            self.store.put("drafts", key, record)
            self.store.commit()
            summary.sent += 1
            return
        if status == "sending":
            # Killed between the SMTP transaction and the state write, with no copy in Sent:
            # the server may have it. Sending again could deliver it twice, so the owner
            # decides (`review approve` sends it again).
            record.update(
                status="uncertain",
                error="interrupted while sending and not found in Sent: "
                "the server may have accepted it; approve again to resend",
            )
            self.store.put("drafts", key, record)
            self.store.commit()
            summary.uncertain += 1
            log.error("draft %s: interrupted while sending; left for the owner", short_id(key))
            return
        recipients = [*record.get("to", []), *record.get("cc", [])]
        if not recipients or any(is_machine_address(r) for r in recipients):
            record.update(status="failed", error="refused: a recipient is a machine address")
            self.store.put("drafts", key, record)
            summary.failed += 1
            log.error(kv("send", draft=key, status="failed", error=record["error"]))
            return
        raw = record["raw"].encode("utf-8", "surrogateescape")
        if record.get("auto"):
            raw = with_auto_submitted(raw)
        attempts = int(record.get("attempts", 0)) + 1
        record.update(status="sending", attempts=attempts, last_attempt=self.clock().isoformat())
        self.store.put("drafts", key, record)
        self.store.commit()  # a crash from here on is resolved by looking in Sent
        try:
            result = self.sender(raw, self.owner_email, recipients)
        except TransientError as exc:
            if attempts >= self.max_attempts:
                record.update(status="failed", error=f"gave up after {attempts} attempts: {exc}")
                summary.failed += 1
            else:
                delay = self._backoff(attempts)
                record.update(
                    status="queued", error=str(exc), next_attempt=(self.clock() + delay).isoformat()
                )
                summary.queued += 1
            log.warning(
                kv("send", draft=key, status=record["status"], attempts=attempts, error=str(exc))
            )
        except PermanentError as exc:
            record.update(status="failed", error=str(exc))
            summary.failed += 1
            log.error(kv("send", draft=key, status="failed", attempts=attempts, error=str(exc)))
        except DeliveryUncertain as exc:
            record.update(status="uncertain", error=str(exc))
            summary.uncertain += 1
            log.error(kv("send", draft=key, status="uncertain", attempts=attempts, error=str(exc)))
        except ConfigError:
            record.update(status="approved")
            self.store.put("drafts", key, record)
            self.store.commit()
            raise
        else:
            record.update(
                status="sent",
                sent_at=self.clock().isoformat(),
                filed=False,
                error=None,
                refused={k: list(v) for k, v in result.refused.items()},
                accepted=list(result.accepted),
                response=result.response,
            )
            summary.sent += 1
            log.info(
                kv(
                    "send",
                    draft=key,
                    status="sent",
                    attempts=attempts,
                    to=",".join(result.accepted),
                    refused=",".join(result.refused),
                    auto=bool(record.get("auto")),
                )
            )
        self.store.put("drafts", key, record)
        self.store.commit()

    def _file_sent(self, conn: ImapConnection, key: str) -> None:
        """After sending: a copy in Sent (once), the draft out of Drafts."""
        record = self.store.get("drafts", key)
        if record is None or record.get("filed"):
            return
        if self.copy_to_sent and not conn.search_message_id(self.sent_folder, key):
            raw = record["raw"].encode("utf-8", "surrogateescape")
            if record.get("auto"):
                raw = with_auto_submitted(raw)
            conn.append(self.sent_folder, raw, flags=(b"\\Seen",), msg_time=self.clock())
        conn.delete_uids(self.drafts_folder, conn.search_message_id(self.drafts_folder, key))
        record["filed"] = True
        self.store.put("drafts", key, record)
        self.store.commit()

    def _backoff(self, attempts: int) -> timedelta:
        base = min(3600.0, 30.0 * 2 ** (attempts - 1))
        return timedelta(seconds=base / 2 + self.rng.uniform(0, base / 2))
