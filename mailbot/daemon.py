"""Wiring: IMAP in, pipeline, drafts out, state recorded. The only place that sequences
side effects, so the order below is the crash-safety argument:

1. fetch a batch with BODY.PEEK[] (never \\Seen), in the read-ahead worker for a backlog;
2. analyse and decide every message (pure); record, in ONE commit, what each decision
   changed (people, leads, intros), each draft as `pending`, and the message itself as
   processed under its content digest;
3. for each pending draft: search Drafts for its deterministic Message-ID and APPEND only
   if absent, then mark it `in_drafts`;
4. advance the folder's last UID: durable with the next batch's commit in (2), or the
   poll's last one (one fsync per batch, not two).

A kill before (2) re-reads the batch and decides it afresh: nothing of it was durable.
After (2) the batch is known by digest and is never decided again. That matters because a
decision reads what earlier ones wrote (an intro raises a member's load, an answer starts
the reply window): deciding twice could pick another member or hold what was answered.
Drafts still `pending` are appended by the retry at the end of every poll, whose search
finds what was appended before the kill. So no message is skipped, none is decided twice,
and no draft is appended twice (tests/test_reliability.py kills `run` to show it).
"""

from __future__ import annotations

import contextlib
import logging
import random
import signal
import ssl
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, TextIO

from .classify.prepare import Prepared
from .config import LoadedConfig, imap_port, smtp_port
from .errors import ConfigError, MailbotError, PermanentError, TransientError
from .imap import ImapConnection, ImapSettings
from .logfmt import kv
from .match import Candidate, candidate_from_member
from .models import Draft, Outcome, ParsedMessage, RawMessage, draftable_address
from .outbox import Outbox, Sender, SendSummary
from .pipeline import Analysis, Pipeline
from .readahead import ImapConnector, ReadAhead, ReadBatch
from .smtp import SendResult, SmtpSettings
from .smtp import send as send_mail
from .store import Store

log = logging.getLogger("mailbot")

PROCESSED = "processed"
QUARANTINED = "quarantined"


@dataclass
class PollSummary:
    fetched: int = 0
    processed: int = 0
    quarantined: int = 0
    drafts: int = 0
    held: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    send: SendSummary | None = None

    def line(self) -> str:
        text = (
            f"poll: {self.fetched} new, {self.processed} processed, "
            f"{self.quarantined} quarantined, {self.held} held, {self.drafts} drafts, "
            f"{self.skipped} already known"
        )
        if self.send is not None and (self.send.sent or self.send.queued or self.send.failed):
            text += "; " + self.send.line()
        return text


class ImapFactory(Protocol):
    def __call__(self) -> AbstractContextManager[ImapConnection]: ...


def _ca_context(config: LoadedConfig, ca_file: str | None) -> ssl.SSLContext | None:
    """A context trusting the configured CA bundle; None means the system store."""
    if not ca_file:
        return None
    return ssl.create_default_context(cafile=str(config.resolve(ca_file)))


def imap_settings(config: LoadedConfig) -> ImapSettings:
    imap = config.settings.imap
    context = _ca_context(config, imap.ca_file)
    return ImapSettings(
        host=imap.host,
        port=imap_port(imap),
        user=imap.user,
        password=config.secrets.imap_password,
        security=imap.security,
        timeout=imap.timeout,
        ssl_context=context,
        token_command=imap.token_command,
    )


def default_imap_factory(config: LoadedConfig) -> ImapConnector:
    ca_file = config.settings.imap.ca_file
    return ImapConnector(imap_settings(config), str(config.resolve(ca_file)) if ca_file else None)


def smtp_settings(config: LoadedConfig) -> SmtpSettings:
    smtp = config.settings.smtp
    context = _ca_context(config, smtp.ca_file)
    return SmtpSettings(
        host=smtp.host,
        port=smtp_port(smtp),
        user=smtp.user,
        password=config.secrets.smtp_password,
        security=smtp.security,
        timeout=smtp.timeout,
        ssl_context=context,
        token_command=smtp.token_command,
    )


def build_outbox(
    config: LoadedConfig,
    store: Store,
    imap_factory: ImapFactory,
    clock: Callable[[], datetime],
    sender: Sender | None = None,
) -> Outbox:
    settings = config.settings
    if sender is None:
        smtp = smtp_settings(config)

        def sender(raw: bytes, mail_from: str, recipients: Sequence[str]) -> SendResult:
            return send_mail(smtp, raw, mail_from, recipients)

    save = settings.folders.save_sent
    # Gmail files what it relays in Sent by itself: a second copy would be a duplicate.
    copy = save == "always" or (save == "auto" and "gmail" not in settings.smtp.host.lower())
    return Outbox(
        store,
        imap_factory,
        sender,
        owner_email=settings.owner.email,
        drafts_folder=settings.folders.drafts,
        sent_folder=settings.folders.sent,
        copy_to_sent=copy,
        clock=clock,
        auto_window=timedelta(days=settings.auto_send.window_days),
        auto_hourly_cap=settings.auto_send.hourly_cap,
    )


def network_candidates(config: LoadedConfig, store: Store) -> list[Candidate]:
    """Members from rules.yaml plus promoted applicants, with their current intro load."""
    load: dict[str, int] = {}
    for intro in store.all("intros"):
        if intro.get("state") == "asking":
            email = str(intro.get("candidate", "")).lower()
            load[email] = load.get(email, 0) + 1
    recent: dict[str, int] = {}
    for intro in store.all("intros"):
        for asked in intro.get("asked", []):
            email = str(asked.get("email", "")).lower()
            recent[email] = recent.get(email, 0) + 1
    out: dict[str, Candidate] = {}
    for member in config.settings.network:
        key = member.email.lower()
        out[key] = candidate_from_member(
            member, active_load=load.get(key, 0), recent_intros=recent.get(key, 0)
        )
    for key, person in store.items("people"):
        # promote and add refuse an address no draft can carry; a record from before that
        # would make every team or intro with them fail
        if not person.get("promoted") or key in out or not draftable_address(key):
            continue
        out[key] = Candidate(
            key=key,
            name=str(person.get("name", "")),
            email=key,
            roles=tuple(person.get("roles", ())),
            skills=tuple(person.get("skills", ())),
            industries=tuple(person.get("industries", ())),
            timezone=str(person.get("timezone", "")),
            capacity=int(person.get("capacity", 1)),
            available=bool(person.get("available", True)),
            active_load=load.get(key, 0),
            recent_intros=recent.get(key, 0),
        )
    return list(out.values())


class StoreView:
    """The pipeline's read-only window onto the store."""

    def __init__(self, store: Store, config: LoadedConfig) -> None:
        self.store = store
        self.config = config

    def known_thread(self, message_ids: Sequence[str]) -> str | None:
        for message_id in message_ids:
            if self.store.get("drafts", message_id) is not None:
                return message_id
        return None

    def answered_recently(self, email: str, since: datetime, exclude: str) -> str | None:
        record = self.store.get("senders", email.lower())
        if not record or record.get("message_id") == exclude:
            return None
        when = datetime.fromisoformat(record["at"])
        return str(record["message_id"]) if when >= since else None

    def active_engagements(self) -> int:
        return sum(1 for e in self.store.all("engagements") if e.get("status") == "active")

    def find_person(self, email: str, linkedin: str) -> tuple[str, dict[str, Any]] | None:
        key = email.lower()
        record = self.store.get("people", key)
        if record is None and linkedin:
            link = self.store.get("linkedin", linkedin.lower().rstrip("/"))
            if link is not None:
                key = link["person"]
                record = self.store.get("people", key)
        return (key, record) if record is not None else None

    def candidates(self) -> list[Candidate]:
        return network_candidates(self.config, self.store)

    def intro_for_thread(self, message_ids: Sequence[str]) -> tuple[str, dict[str, Any]] | None:
        for message_id in message_ids:
            link = self.store.get("intro_threads", message_id)
            if link is not None:
                record = self.store.get("intros", link["intro"])
                if record is not None:
                    return link["intro"], record
        return None


def draft_intent(draft: Draft, created_at: str) -> dict[str, Any]:
    """A draft's record before its APPEND: all it takes to append (or send) it again."""
    return {
        "status": "pending",
        "source_message_id": draft.source_message_id,
        "template": draft.template,
        "rule": draft.rule,
        "purpose": draft.purpose,
        "to": [a.email for a in draft.to],
        "to_names": [a.name for a in draft.to],
        "cc": [a.email for a in draft.cc],
        "subject": draft.subject,
        "in_reply_to": draft.in_reply_to,
        "send_policy": draft.send_policy.value,
        "raw": draft.raw.decode("utf-8", "surrogateescape"),
        "created_at": created_at,
    }


class Poller:
    """One poll cycle over the watched folders."""

    def __init__(
        self,
        config: LoadedConfig,
        store: Store,
        pipeline: Pipeline,
        imap_factory: ImapFactory,
        clock: Callable[[], datetime],
        outbox: Outbox | None = None,
    ) -> None:
        self.config = config
        self.store = store
        self.pipeline = pipeline
        self.imap_factory = imap_factory
        self.clock = clock
        self.view = StoreView(store, config)
        self.outbox = outbox
        # Drafts that may still wait for their APPEND, in the order they were decided: looked
        # up once here, then kept as drafts are recorded and appended, so that the retry at
        # the end of every poll costs what is pending, not what the store has ever drafted.
        self._maybe_pending: dict[str, None] = {
            key: None for key, record in store.items("drafts") if record.get("status") == "pending"
        }
        # The last batch's draft ids and moves, until its commit has settled.
        self._awaiting_commit: tuple[list[str], list[tuple[RawMessage, str]]] = ([], [])

    def poll(self) -> PollSummary:
        summary = PollSummary()
        settings = self.config.settings
        started = self.clock()
        with self.imap_factory() as conn:
            drafts_folder = conn.find_special_folder("\\Drafts", settings.folders.drafts)
            if self.outbox is not None:
                self.outbox.drafts_folder = drafts_folder
                self.outbox.sent_folder = conn.find_special_folder("\\Sent", settings.folders.sent)
            for folder in (settings.folders.inbox, *settings.folders.also_watch):
                self._poll_folder(conn, folder, drafts_folder, summary)
            self._retry_pending_drafts(conn, drafts_folder, summary)
            if self.outbox is not None:
                self.outbox.reconcile(conn)
        self.store.put(
            "meta",
            "last_poll",
            {
                "started": started.isoformat(),
                "finished": self.clock().isoformat(),
                "summary": summary.line(),
                "errors": summary.errors[-20:],
            },
        )
        self.store.commit()
        self._maintain()
        if self.outbox is not None:
            self.apply_review_actions()
            self.outbox.auto_approve()
            summary.send = self.outbox.send_due()
        return summary

    def apply_review_actions(self) -> None:
        """Approve/edit/reject asked for in `mailbot web` while we held the state."""
        from .action_queue import apply_queued

        if self.outbox is None:
            return
        try:
            apply_queued(self.config, self.store, self.outbox)
        except OSError as exc:
            log.warning("review actions from the dashboard not read: %s", exc)

    def _maintain(self) -> None:
        """Pool retention and intro nudges, once per poll (cheap when nothing is due)."""
        from .network import NetworkBook

        purged = NetworkBook(self.config, self.store, self.clock).purge_expired()
        if purged:
            log.info("erased %d expired applicant records (retention)", purged)
        intros = [(k, r) for k, r in self.store.items("intros") if r.get("state") == "asking"]
        if not intros:
            return
        changes = self.pipeline.intro_followups(intros, self.view.candidates())
        if not changes:
            return
        for key, record, drafts in changes:
            self.store.put("intros", key, record)
            for asked in record.get("asked", []):
                if asked.get("draft"):
                    self.store.put("intro_threads", asked["draft"], {"intro": key})
            for draft in drafts:
                self._put_draft_intent(draft)
        self.store.commit()
        with self.imap_factory() as conn:
            drafts_folder = conn.find_special_folder(
                "\\Drafts", self.config.settings.folders.drafts
            )
            ids = [draft.message_id for _, _, drafts in changes for draft in drafts]
            self._deliver_pending(conn, drafts_folder, ids)
        self.store.commit()

    def _poll_folder(
        self, conn: ImapConnection, folder: str, drafts_folder: str, summary: PollSummary
    ) -> None:
        status = conn.select(folder, readonly=True)
        saved = self.store.get("folders", folder) or {}
        last_uid = int(saved.get("last_uid", 0))
        if saved and saved.get("uidvalidity") != status.uidvalidity:
            # UIDs were reassigned: rescan everything, recognising known mail by Message-ID.
            log.warning(
                "UIDVALIDITY of %s changed (%s -> %s): rescanning by Message-ID",
                folder,
                saved.get("uidvalidity"),
                status.uidvalidity,
            )
            last_uid = 0
            self._forget_unfetched(folder, saved.get("uidvalidity"))
        self.store.put("folders", folder, {"uidvalidity": status.uidvalidity, "last_uid": last_uid})
        uids = conn.new_uids(status, last_uid)
        limits = self.config.settings.limits
        connector = self.imap_factory if isinstance(self.imap_factory, ImapConnector) else None
        reader = ReadAhead.for_backlog(
            len(uids),
            connector,
            self.config.newsletter_texts,
            limits.max_message_bytes,
            self.config.settings.owner.addresses,
        )
        with reader:
            batches = backlog_progress(_chunks(uids, limits.fetch_batch), len(uids), folder)
            for batch in reader.batches(conn, folder, status.uidvalidity, batches):
                self._finish_batch(conn, folder, status.uidvalidity, drafts_folder, batch, summary)
        self._act_on_committed(conn, drafts_folder, self._commit([], [], soon=False), summary)

    def _finish_batch(
        self,
        conn: ImapConnection,
        folder: str,
        uidvalidity: int,
        drafts_folder: str,
        batch: ReadBatch,
        summary: PollSummary,
    ) -> None:
        summary.fetched += len(batch.raws) + len(batch.oversized)
        for uid in batch.oversized:
            self._quarantine_unfetched(folder, uidvalidity, uid, batch.sizes[uid], summary)
        self._process_batch(conn, batch, drafts_folder, summary)
        # Durable with the next batch's decisions (or the poll's last commit): until then a
        # kill only re-reads this batch, which its digests already account for.
        self.store.put("folders", folder, {"uidvalidity": uidvalidity, "last_uid": max(batch.uids)})

    def _forget_unfetched(self, folder: str, uidvalidity: Any) -> None:
        """Oversized messages are known only by UID (their bytes were never read: no
        Message-ID, no digest). Under new UIDs the rescan records them again, so the records
        under the old ones go, or each would be counted twice."""
        stale = [
            key
            for key, record in self.store.items("messages")
            if key.startswith("<unfetched.")
            and record.get("folder") == folder
            and record.get("uidvalidity") == uidvalidity
        ]
        for key in stale:
            self.store.delete("messages", key)

    def _quarantine_unfetched(
        self, folder: str, uidvalidity: int, uid: int, size: int, summary: PollSummary
    ) -> None:
        key = f"<unfetched.{uidvalidity}.{uid}@{folder}>"
        reason = (
            f"message too large ({size} bytes > {self.config.settings.limits.max_message_bytes})"
        )
        self.store.put(
            "messages",
            key,
            {
                "status": QUARANTINED,
                "reason": reason,
                "folder": folder,
                "uid": uid,
                "uidvalidity": uidvalidity,
                "size": size,
                "at": self.clock().isoformat(),
            },
        )
        summary.quarantined += 1
        log.warning("quarantined %s uid %s: %s", folder, uid, reason)

    def _process_batch(
        self,
        conn: ImapConnection,
        batch: ReadBatch,
        drafts_folder: str,
        summary: PollSummary,
    ) -> None:
        fresh: list[RawMessage] = []
        fresh_parsed: list[ParsedMessage] = []
        fresh_digests: list[str] = []  # computed once per message, used twice
        fresh_prepared: list[Prepared] = []
        for index, raw in enumerate(batch.raws):
            data_digest = batch.digest_of(index)
            if self._already_known(raw, data_digest):
                summary.skipped += 1
            else:
                fresh.append(raw)
                fresh_digests.append(data_digest)
                if batch.parsed is not None:
                    fresh_parsed.append(batch.parsed[index])
                if batch.prepared is not None:  # only ever beside `parsed`
                    fresh_prepared.append(batch.prepared[index])
        outcomes: list[Outcome] = []
        moves: list[tuple[RawMessage, str]] = []
        ahead = fresh_parsed if batch.parsed is not None else None
        prepared = fresh_prepared if batch.prepared is not None else None
        analyses = self.pipeline.analyse(fresh, ahead, prepared)  # one per raw, in order
        for analysis, data_digest in zip(analyses, fresh_digests, strict=True):
            outcome = self.pipeline.finish(analysis, self.view)
            outcomes.append(outcome)
            if outcome.decision.action == "move" and outcome.decision.folder:
                moves.append((analysis.raw, outcome.decision.folder))
            self._record_intent(analysis, outcome)
            self._apply_changes(outcome)
            self._record_done(analysis.raw, data_digest, outcome, summary)
        # Decisions, their state changes and draft intents become durable together, before
        # any APPEND or move: after their commit a kill never leads to deciding them again.
        # The commit is made durable while the next batch is classified; this batch's drafts
        # and moves wait for it, and the last batch's for the commit that ends the folder.
        ids = [draft.message_id for outcome in outcomes for draft in outcome.drafts]
        committed = self._commit(ids, moves, soon=True)
        self._act_on_committed(conn, drafts_folder, committed, summary)

    def _commit(
        self, ids: list[str], moves: list[tuple[RawMessage, str]], soon: bool
    ) -> tuple[list[str], list[tuple[RawMessage, str]]]:
        """Commit (`soon`: in the background) with the drafts and moves of a batch; return
        those of the batch whose commit has now settled (the one before)."""
        try:
            if soon:
                self.store.commit_soon()  # the previous commit settles first
            else:
                self.store.commit()
        except BaseException:
            # Not known to be durable: the drafts wait for the retry at the end of a poll,
            # which commits first; the moves are left undone, as by a kill.
            self._awaiting_commit = ([], [])
            raise
        committed, self._awaiting_commit = self._awaiting_commit, (ids, moves)
        return committed

    def _act_on_committed(
        self,
        conn: ImapConnection,
        drafts_folder: str,
        batch: tuple[list[str], list[tuple[RawMessage, str]]],
        summary: PollSummary,
    ) -> None:
        """A committed batch's drafts appended and its messages moved."""
        ids, moves = batch
        summary.drafts += self._deliver_pending(conn, drafts_folder, ids)
        for raw, target in moves:
            # After the commit: a kill before the move leaves the message where it was,
            # recorded; never moved and forgotten.
            try:
                conn.move_uids(raw.folder, [raw.uid], target)
            except (TransientError, PermanentError, ConfigError) as exc:
                log.warning(
                    "could not move uid %s of %s to %s: %s", raw.uid, raw.folder, target, exc
                )

    def _already_known(self, raw: RawMessage, data_digest: str) -> bool:
        """The very same bytes seen before: moved (UIDVALIDITY change, another folder) or a
        second copy delivered. Either way it is accounted for and never answered again."""
        seen = self.store.get("digests", data_digest)
        if seen is None:
            return False
        key = seen["message"]
        record = self.store.get("messages", key)
        if record is None:
            return True
        same_place = (record.get("folder"), record.get("uidvalidity")) == (
            raw.folder,
            raw.uidvalidity,
        )
        if same_place and record.get("uid") != raw.uid:
            # A second copy in the same folder: recorded, not processed again. Keyed by where
            # it is, as _record_done keys a copy it met in the same batch: a batch replayed
            # after a kill finds that record instead of counting the copy twice.
            copy_key = _location_key(key.split(">#", 1)[0] + ">" if ">#" in key else key, raw)
            if self.store.get("messages", copy_key) is not None:
                return True
            self.store.put(
                "messages",
                copy_key,
                {
                    **record,
                    "uid": raw.uid,
                    "action": "duplicate",
                    "drafts": [],
                    "reason": f"identical copy of {key}",
                    "at": self.clock().isoformat(),
                },
            )
        else:
            record.update(folder=raw.folder, uid=raw.uid, uidvalidity=raw.uidvalidity)
            self.store.put("messages", key, record)
        return True

    def _record_intent(self, analysis: Analysis, outcome: Outcome) -> None:
        for draft in outcome.drafts:
            self._put_draft_intent(draft)
        person = outcome.classification.person
        if outcome.drafts and person is not None:
            self.store.put(
                "senders",
                person.email.lower(),
                {"message_id": outcome.message_id, "at": self.clock().isoformat()},
            )

    def _put_draft_intent(self, draft: Draft) -> None:
        if self.store.get("drafts", draft.message_id) is None:  # never a second copy
            self._maybe_pending[draft.message_id] = None
            self.store.put(
                "drafts", draft.message_id, draft_intent(draft, self.clock().isoformat())
            )

    def _apply_changes(self, outcome: Outcome) -> None:
        """People, leads and intros, written in the same commit as the drafts' intents."""
        for change in outcome.changes:
            if change.delete:
                self.store.delete(change.table, change.key)
                continue
            if change.file_name and change.file_data:
                self.store.stage_file("cvs", change.file_name, change.file_data)
            self.store.put(change.table, change.key, change.record)
            if change.table == "intros":
                for asked in change.record.get("asked", []):
                    if asked.get("draft"):
                        self.store.put("intro_threads", asked["draft"], {"intro": change.key})
            if change.table == "people" and change.record.get("linkedin"):
                link = str(change.record["linkedin"]).lower().rstrip("/")
                self.store.put("linkedin", link, {"person": change.key})

    def _deliver_pending(
        self, conn: ImapConnection, drafts_folder: str, message_ids: Sequence[str]
    ) -> int:
        """The pending drafts among `message_ids` into Drafts: each one searched for first
        (appended before a crash: adopted), the absent ones appended in one MULTIAPPEND.
        Returns how many were appended."""
        absent: dict[str, dict[str, Any]] = {}
        for message_id in message_ids:
            record = self.store.get("drafts", message_id)
            if record is None or record.get("status") != "pending":
                self._maybe_pending.pop(message_id, None)  # sent, rejected or gone meanwhile
                continue
            if message_id in absent:
                continue
            found = conn.search_message_id(drafts_folder, message_id)
            if found:  # appended before a crash: adopt it, never a second copy
                self._mark_in_drafts(drafts_folder, message_id, record, found[0])
            else:
                absent[message_id] = record
        if not absent:
            return 0
        raws = [r["raw"].encode("utf-8", "surrogateescape") for r in absent.values()]
        uids = conn.append_many(drafts_folder, raws, flags=(b"\\Draft",), msg_time=self.clock())
        for (message_id, record), uid in zip(absent.items(), uids, strict=True):
            self._mark_in_drafts(drafts_folder, message_id, record, uid)
        return len(absent)

    def _mark_in_drafts(
        self, drafts_folder: str, message_id: str, record: dict[str, Any], uid: int | None
    ) -> None:
        record.update(
            status="in_drafts", folder=drafts_folder, uid=uid, appended_at=self.clock().isoformat()
        )
        self.store.put("drafts", message_id, record)
        self._maybe_pending.pop(message_id, None)
        log.info("draft %s in %s (uid %s) to %s", message_id, drafts_folder, uid, record["to"])

    def _retry_pending_drafts(
        self, conn: ImapConnection, drafts_folder: str, summary: PollSummary
    ) -> None:
        self.store.commit()  # no draft goes up before its intent is durable
        summary.drafts += self._deliver_pending(conn, drafts_folder, list(self._maybe_pending))
        self.store.commit()

    def _record_done(
        self, raw: RawMessage, data_digest: str, outcome: Outcome, summary: PollSummary
    ) -> None:
        cls = outcome.classification
        decision = outcome.decision
        key = outcome.message_id
        existing = self.store.get("messages", key)
        if existing is not None and (
            existing.get("digest") != data_digest
            or (existing.get("folder"), existing.get("uidvalidity"), existing.get("uid"))
            != (raw.folder, raw.uidvalidity, raw.uid)
        ):
            # Another message under the same Message-ID (or a copy in the same batch): kept
            # as its own record; its drafts share the first one's ids, so none is doubled.
            key = _location_key(outcome.message_id, raw)
        status = QUARANTINED if outcome.error else PROCESSED
        parsed = outcome.parsed
        record = {
            "status": status,
            "reason": outcome.error or decision.reason,
            "folder": raw.folder,
            "uid": raw.uid,
            "uidvalidity": raw.uidvalidity,
            "digest": data_digest,
            "size": raw.size or len(raw.data),
            "subject": parsed.subject[:300],
            "from": parsed.from_addr.email if parsed.from_addr else "",
            "person": cls.person.email if cls.person else "",
            "person_name": cls.person.name if cls.person else "",
            "label": cls.label.value,
            "kind": cls.kind.value if cls.kind else None,
            "confidence": round(cls.confidence, 4),
            "language": cls.language,
            "machine": outcome.safety.is_machine,
            "machine_reasons": list(outcome.safety.reasons),
            "rule": decision.rule,
            "action": decision.action,
            "trail": [[t.rule, t.matched, t.why] for t in decision.trail],
            "drafts": [d.message_id for d in outcome.drafts],
            "defects": list(parsed.defects[:20]),
            "internaldate": raw.internaldate.isoformat() if raw.internaldate else None,
            "at": self.clock().isoformat(),
        }
        self.store.put("messages", key, record)
        if self.store.get("digests", data_digest) is None:  # the first copy stays the one
            self.store.put("digests", data_digest, {"message": key})
        if outcome.error:
            summary.quarantined += 1
            log.warning("quarantined %s (uid %s): %s", key, raw.uid, outcome.error)
        else:
            summary.processed += 1
            if decision.action == "hold":
                summary.held += 1
        if log.isEnabledFor(logging.INFO):  # `once` logs warnings only: skip the formatting
            log.info(
                kv(
                    "message",
                    message_id=key,
                    status=status,
                    label=cls.label.value,
                    kind=cls.kind.value if cls.kind else "",
                    confidence=float(cls.confidence),
                    rule=decision.rule,
                    action=decision.action,
                    drafts=len(outcome.drafts),
                )
            )


PROGRESS_THRESHOLD = 200  # messages in one folder's backlog before a bar is worth showing


def backlog_progress(
    batches: Iterator[list[int]], total: int, folder: str, stream: TextIO | None = None
) -> Iterator[list[int]]:
    """The batches, unchanged; on a terminal, a progress bar while a long backlog is read.

    Log lines keep printing above the bar. Not a terminal (systemd, cron, a pipe): nothing.
    """
    out = stream if stream is not None else sys.stderr
    if total <= PROGRESS_THRESHOLD or not out.isatty():
        yield from batches
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    console = Console(file=out, stderr=stream is None)
    columns = (f"[bold]{folder}[/]", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(folder, total=total)
        with _logging_above_progress():
            for batch in batches:
                yield batch
                progress.advance(task, len(batch))


@contextlib.contextmanager
def _logging_above_progress() -> Iterator[None]:
    """Point stderr log handlers at rich's proxy (it prints above the bar) for a while."""
    proxy = sys.stderr
    original = getattr(proxy, "rich_proxied_file", None)
    swapped = [
        handler
        for handler in logging.getLogger().handlers
        if type(handler) is logging.StreamHandler and handler.stream is original
    ]
    for handler in swapped:
        handler.setStream(proxy)
    try:
        yield
    finally:
        for handler in swapped:
            handler.setStream(original)


def _location_key(message_id: str, raw: RawMessage) -> str:
    """The record key of a message that shares its Message-ID with one already recorded."""
    return f"{message_id}#{raw.folder}.{raw.uidvalidity}.{raw.uid}"


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _chunks(items: Sequence[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


class Daemon:
    """`mailbot run`: APScheduler runs the poll (at once on start, then every interval);
    an IDLE watcher thread pulls the next poll forward when the server announces new mail.

    Only the poll job touches the store, and APScheduler runs at most one instance of it.
    A failed poll is retried with exponential backoff and jitter; every IDLE reconnect
    triggers a poll, so nothing that arrived while disconnected waits for the interval.
    """

    POLL_JOB = "poll"
    DIGEST_JOB = "digest"

    def __init__(
        self,
        poller: Poller,
        imap_factory: ImapFactory,
        *,
        interval: float,
        use_idle: bool,
        idle_renew: float,
        rng: random.Random | None = None,
        reload: Callable[[], tuple[LoadedConfig, Pipeline]] | None = None,
    ) -> None:
        from apscheduler.schedulers.blocking import BlockingScheduler

        self.poller = poller
        self.imap_factory = imap_factory
        self.interval = interval
        self.use_idle = use_idle
        self.idle_renew = idle_renew
        self.rng = rng or random.Random()
        self.reload = reload
        self._config_mtime = _mtime(poller.config.path)
        self.stop_event = threading.Event()
        self.failures = 0
        self.polls = 0
        from apscheduler.executors.pool import ThreadPoolExecutor

        # One worker: the poll, send and digest jobs share the store, so they never overlap.
        self.scheduler = BlockingScheduler(
            timezone="UTC", executors={"default": ThreadPoolExecutor(max_workers=1)}
        )
        self._idle_thread: threading.Thread | None = None
        # A poll asked for while one runs: APScheduler would skip it (max_instances=1) and
        # the new mail would wait for the interval, so the running poll goes round again.
        self._poll_lock = threading.Lock()
        self._polling = False
        self._poll_wanted = False

    def install_signal_handlers(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: self.stop())

    def stop(self) -> None:
        self.stop_event.set()
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)

    def backoff(self) -> float:
        base = min(300.0, 2.0 ** min(self.failures, 9))
        return base / 2 + self.rng.uniform(0, base / 2)

    def run(self) -> None:
        self.schedule_jobs()
        if self.use_idle:
            self._idle_thread = threading.Thread(target=self._idle_loop, name="idle", daemon=True)
            self._idle_thread.start()
        self.scheduler.start()  # blocks until stop()
        self.stop_event.set()
        if self._idle_thread is not None:
            self._idle_thread.join(timeout=10)

    def schedule_jobs(self) -> None:
        """Poll (now, then every interval), send approved drafts, and the daily digest."""
        from apscheduler.triggers.cron import CronTrigger
        from apscheduler.triggers.interval import IntervalTrigger

        self.scheduler.add_job(
            self._poll_job,
            IntervalTrigger(seconds=self.interval, timezone="UTC"),
            id=self.POLL_JOB,
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
        )
        outbox = self.poller.outbox
        if outbox is not None:
            every = self.poller.config.settings.auto_send.send_interval_seconds
            self.scheduler.add_job(
                self._send_job,
                IntervalTrigger(seconds=every, timezone="UTC"),
                id="send",
                max_instances=1,
                coalesce=True,
            )
        digest = self.poller.config.settings.digest
        if outbox is not None and digest.enabled:
            hour, minute = (int(part) for part in digest.time.split(":"))
            self.scheduler.add_job(
                self._digest_job,
                CronTrigger(hour=hour, minute=minute, timezone=digest.timezone),
                id=self.DIGEST_JOB,
                max_instances=1,
                coalesce=True,
                misfire_grace_time=3 * 3600,  # a late digest beats none after a restart
            )

    def poll_soon(self, delay: float = 0.0) -> None:
        if self.stop_event.is_set() or not self.scheduler.running:
            return
        if delay <= 0:
            with self._poll_lock:
                if self._polling:
                    self._poll_wanted = True
                    return
        when = datetime.now(UTC) + timedelta(seconds=delay)
        with contextlib.suppress(Exception):  # the job may be running or shutting down
            self.scheduler.modify_job(self.POLL_JOB, next_run_time=when)

    def reload_if_changed(self) -> bool:
        """rules.yaml edited while running: use it if valid, else keep the old rules."""
        mtime = _mtime(self.poller.config.path)
        if self.reload is None or mtime == self._config_mtime:
            return False
        self._config_mtime = mtime
        try:
            config, pipeline = self.reload()
        except ConfigError as exc:
            log.error("rules.yaml changed but is invalid; keeping the previous rules: %s", exc)
            return False
        self.poller.config = config
        self.poller.pipeline = pipeline
        self.poller.view.config = config
        log.info("rules.yaml reloaded: %d rules", len(config.settings.rules))
        return True

    def _poll_job(self) -> None:
        with self._poll_lock:
            self._polling = True
        try:
            while self._poll_round():
                with self._poll_lock:
                    again = self._poll_wanted and not self.stop_event.is_set()
                    self._poll_wanted = False
                    if not again:
                        return
        finally:
            with self._poll_lock:
                self._polling = False

    def _poll_round(self) -> bool:
        """One poll; False when it failed (a retry is scheduled with backoff)."""
        with self._poll_lock:
            self._poll_wanted = False
        self.reload_if_changed()
        try:
            summary = self.poller.poll()
        except (TransientError, OSError) as exc:
            self.failures += 1
            delay = self.backoff()
            log.warning("poll failed (%s); retrying in %.0f s", exc, delay)
            self.poll_soon(delay)
            return False
        except MailbotError as exc:
            # ConfigError included: at run time a refused login, an untrusted certificate or
            # a missing folder is the account's state, which the owner fixes without
            # restarting us. Stopping would leave the inbox unread for weeks (systemd does
            # not restart exit 2); retrying loudly with backoff never hammers the server.
            self.failures += 1
            delay = self.backoff()
            log.error("poll failed: %s; retrying in %.0f s", exc, delay)
            self.poll_soon(delay)
            return False
        self.failures = 0
        self.polls += 1
        log.info(summary.line())
        return True

    def _send_job(self) -> None:
        """Send what the owner approved meanwhile (and retry what is queued)."""
        outbox = self.poller.outbox
        if outbox is None:
            return
        self.poller.apply_review_actions()
        try:
            summary = outbox.send_due()
        except ConfigError as exc:
            log.error("configuration error while sending: %s", exc)
            return
        except (MailbotError, OSError) as exc:
            log.warning("send round failed (%s); next round later", exc)
            return
        if summary.sent or summary.queued or summary.failed or summary.uncertain:
            log.info(summary.line())

    def _digest_job(self) -> None:
        from .digest import DigestTemplates, send_digest

        outbox = self.poller.outbox
        if outbox is None:
            return
        config = self.poller.config
        try:
            templates = DigestTemplates(config.templates_dir)
            send_digest(
                self.poller.store, outbox.sender, config.settings, templates, self.poller.clock()
            )
        except (MailbotError, OSError) as exc:
            log.error("daily digest not sent: %s", exc)

    def _idle_loop(self) -> None:
        """Hold an IDLE connection on the inbox; reconnect with backoff when it drops."""
        inbox = self.poller.config.settings.folders.inbox
        failures = 0
        while not self.stop_event.is_set():
            try:
                with self.imap_factory() as conn:
                    if not conn.has_idle:
                        log.info("server has no IDLE: polling every %.0f s", self.interval)
                        return
                    conn.select(inbox, readonly=True)
                    if failures:
                        self.poll_soon()  # catch up on what arrived while disconnected
                    failures = 0
                    renew_at = time.monotonic() + self.idle_renew
                    while not self.stop_event.is_set() and time.monotonic() < renew_at:
                        # Short IDLE slices: SIGTERM is honoured fast, a dead socket is
                        # noticed within slice + read timeout, and IDLE is re-issued well
                        # inside RFC 2177's 29 minutes.
                        if conn.idle_wait(min(5.0, self.idle_renew)):
                            self.poll_soon()
            except (MailbotError, OSError) as exc:
                # A ConfigError (login refused, say) too: the poll job retries it as well,
                # and IDLE must be back when the owner has fixed it.
                failures += 1
                base = min(300.0, 2.0 ** min(failures, 9))
                delay = base / 2 + self.rng.uniform(0, base / 2)
                level = logging.ERROR if isinstance(exc, ConfigError) else logging.WARNING
                log.log(level, "IDLE connection lost (%s); reconnecting in %.0f s", exc, delay)
                self.stop_event.wait(delay)


def one_line_status(store: Store, now: datetime) -> dict[str, Any]:
    counts = {"processed": 0, "quarantined": 0, "held": 0}
    labels: dict[str, int] = {}
    quarantine: list[dict[str, Any]] = []
    for key, record in store.items("messages"):
        status = record.get("status")
        if status == PROCESSED:
            counts["processed"] += 1
            if record.get("action") == "hold":
                counts["held"] += 1
        elif status == QUARANTINED:
            counts["quarantined"] += 1
            quarantine.append({"message_id": key, "reason": record.get("reason")})
        label = record.get("label")
        if label:
            labels[label] = labels.get(label, 0) + 1
    drafts: dict[str, int] = {}
    for record in store.all("drafts"):
        drafts[record.get("status", "?")] = drafts.get(record.get("status", "?"), 0) + 1
    failed = [
        {"message_id": k, "error": r.get("error")}
        for k, r in store.items("drafts")
        if r.get("status") == "failed"
    ]
    last_poll = store.get("meta", "last_poll") or {}
    return {
        "last_poll": last_poll.get("finished"),
        "last_poll_summary": last_poll.get("summary"),
        "processed": counts["processed"],
        "quarantined": counts["quarantined"],
        "held": counts["held"],
        "drafts": store.count("drafts"),
        "sent": drafts.get("sent", 0),
        "failed": drafts.get("failed", 0),
        "drafts_by_status": drafts,
        "labels": labels,
        "queue": {
            "pending": drafts.get("pending", 0),
            "in_drafts": drafts.get("in_drafts", 0),
            "approved": drafts.get("approved", 0),
        },
        "quarantine": quarantine[-50:],
        "failures": failed[-50:],
        "now": now.isoformat(),
    }
