"""The daily digest: what came in since the last one and what waits for the owner.

`build_digest` is pure over the store's records: new applicants, new leads with the
decision taken, intros waiting, drafts waiting for review (with their age) and failures,
rendered from `templates/digest.txt.j2` and `digest.html.j2` in sandboxed Jinja2 (the HTML
one autoescaped: names and subjects come from email). `send_digest` mails it to the owner
as multipart/alternative through the outbox's sender, not the review queue, and keeps a
`digest` record in the `meta` table so one local day never gets two.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.sandbox import SandboxedEnvironment

from .config import OwnerSettings, Settings
from .errors import ConfigError, MailbotError
from .outbox import Sender, short_id
from .render import header_safe
from .smtp import DeliveryUncertain

log = logging.getLogger("mailbot.digest")

TEXT_TEMPLATE = "digest.txt.j2"
HTML_TEMPLATE = "digest.html.j2"
META_KEY = "digest"
# States after which today's digest is not sent again (`failed` is retried).
DAY_DONE = ("sending", "sent", "uncertain")
DEFAULT_PERIOD = timedelta(days=1)
# Drafts the owner still has to look at; everything else is either done or in `failures`.
WAITING_FOR_REVIEW = ("pending", "in_drafts")
SEND_TROUBLE = ("failed", "uncertain", "queued")
CLOSED_INTROS = ("done", "introduced", "declined", "closed", "expired", "cancelled")
DECISIONS = {
    "draft": "reply drafted",
    "team": "small team proposed",
    "intro": "warm intro started",
    "hold": "held for you",
    "ignore": "not answered",
    "record": "recorded only",
    "move": "moved",
}


class StoreReader(Protocol):
    def get(self, table: str, key: str) -> dict[str, Any] | None: ...

    def items(self, table: str) -> Iterator[tuple[str, dict[str, Any]]]: ...


class StoreWriter(StoreReader, Protocol):
    def put(self, table: str, key: str, record: dict[str, Any]) -> None: ...

    def commit(self) -> None: ...


class DigestTemplates:
    """The two digest templates, compiled once: plain text as is, HTML autoescaped."""

    def __init__(self, directory: Path) -> None:
        if not directory.is_dir():
            raise ConfigError(f"templates folder not found: {directory}")
        common: dict[str, Any] = {
            "loader": FileSystemLoader(str(directory)),
            "undefined": StrictUndefined,
            "keep_trailing_newline": True,
            "trim_blocks": True,
            "lstrip_blocks": True,
        }
        text_env = SandboxedEnvironment(autoescape=False, **common)
        html_env = SandboxedEnvironment(autoescape=True, **common)
        self.text = self._load(text_env, directory, TEXT_TEMPLATE)
        self.html = self._load(html_env, directory, HTML_TEMPLATE)

    @staticmethod
    def _load(env: SandboxedEnvironment, directory: Path, name: str) -> Any:
        try:
            return env.get_template(name)
        except TemplateNotFound:
            raise ConfigError(f"digest template missing: {directory / name}") from None
        except TemplateSyntaxError as exc:
            raise ConfigError(
                exc.message or "syntax error", location=f"{exc.filename}:{exc.lineno}"
            ) from None

    def render(self, context: Mapping[str, Any]) -> tuple[str, str]:
        try:
            return self.text.render(**context), self.html.render(**context)
        except TemplateError as exc:
            raise ConfigError(f"digest template: {exc}") from None


# ---------------------------------------------------------------- gathering (pure)


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def age_text(delta: timedelta) -> str:
    """'45 min', '5 h', '3 d': how long something has waited, at a glance."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // (24 * 60)} d"


def period_start(store: StoreReader, now: datetime) -> datetime:
    """Since the last digest that went out, or the last day when there was none."""
    record = store.get("meta", META_KEY) or {}
    covered = _when(record.get("covered_until"))
    return covered if covered is not None and covered < now else now - DEFAULT_PERIOD


def digest_context(
    store: StoreReader,
    now: datetime,
    owner: OwnerSettings,
    *,
    since: datetime | None = None,
    timezone: str = "UTC",
) -> dict[str, Any]:
    """Everything the templates show, as plain data."""
    zone = ZoneInfo(timezone)
    start = since or period_start(store, now)

    def local(moment: datetime) -> str:
        return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")

    applicants: list[dict[str, Any]] = []
    leads: list[dict[str, Any]] = []
    quarantined: list[dict[str, Any]] = []
    processed = 0
    for key, record in store.items("messages"):
        at = _when(record.get("at"))
        if at is None or not start < at <= now:
            continue
        if record.get("status") == "quarantined":
            quarantined.append(
                {
                    "what": f"quarantined {record.get('subject') or key}",
                    "error": record.get("reason") or "",
                }
            )
            continue
        processed += 1
        action = str(record.get("action") or "")
        decision = DECISIONS.get(action, action)
        lead = (store.get("leads", key) or {}) if record.get("label") == "client" else {}
        if lead.get("decision"):
            decision = str(lead["decision"])
        if lead.get("team"):
            decision += f" ({', '.join(map(str, lead['team']))})"
        if lead.get("intro_candidate"):
            decision += f" via {lead['intro_candidate']}"
        item: dict[str, Any] = {
            "name": record.get("person_name") or "",
            "email": record.get("person") or record.get("from") or "",
            "subject": record.get("subject") or "",
            "rule": record.get("rule") or "",
            "action": record.get("action") or "",
            "decision": decision,
            "company": lead.get("company") or "",
            "reason": record.get("reason") or "",
            "at": local(at),
            "sort": at,
        }
        if record.get("label") == "applicant":
            applicants.append(item)
        elif record.get("label") == "client":
            leads.append(item)
    for group in (applicants, leads):
        group.sort(key=lambda item: item.pop("sort"))

    intros = []
    for key, record in store.items("intros"):
        intro_state = str(record.get("state") or record.get("status") or "waiting")
        if intro_state.lower() in CLOSED_INTROS:
            continue
        since_at = _when(record.get("updated_at") or record.get("created_at"))
        intros.append(
            {
                "member": record.get("candidate_name") or record.get("candidate") or "",
                "client": record.get("client_name") or record.get("client_email") or key,
                "status": intro_state,
                "age": age_text(now - since_at) if since_at else "",
                "sort": since_at or now,
            }
        )
    intros.sort(key=lambda item: item.pop("sort"))

    waiting = []
    failures = []
    for key, record in store.items("drafts"):
        status = record.get("status")
        created = _when(record.get("created_at")) or now
        item = {
            "id": short_id(key),
            "to": ", ".join(record.get("to") or []),
            "subject": record.get("subject") or "",
            "rule": record.get("rule") or "",
            "status": status,
            "age": age_text(now - created),
            "note": record.get("auto_skipped") or record.get("auto_deferred") or "",
            "error": record.get("error") or "",
            "sort": created,
        }
        if status in WAITING_FOR_REVIEW:
            waiting.append(item)
        elif status in SEND_TROUBLE and (status != "queued" or item["error"]):
            failures.append(
                {"what": f"draft {item['id']} to {item['to']} ({status})", "error": item["error"]}
            )
    waiting.sort(key=lambda item: item.pop("sort"))
    last_poll = store.get("meta", "last_poll") or {}
    poll_errors = [{"what": "last poll", "error": str(e)} for e in last_poll.get("errors") or []]
    return {
        "owner": {"name": owner.name, "first_name": (owner.name.split() or [""])[0]},
        "now": local(now),
        "date": now.astimezone(zone).date().isoformat(),
        "since": local(start),
        "timezone": timezone,
        "processed": processed,
        "applicants": applicants,
        "leads": leads,
        "intros": intros,
        "waiting": waiting,
        "failures": [*failures, *quarantined, *poll_errors],
        "last_poll": last_poll.get("finished") or "",
    }


def digest_subject(context: Mapping[str, Any]) -> str:
    parts = [
        f"{len(context['applicants'])} applicants",
        f"{len(context['leads'])} leads",
        f"{len(context['waiting'])} drafts waiting",
    ]
    if context["failures"]:
        parts.append(f"{len(context['failures'])} failures")
    return f"mailbot digest {context['date']}: " + ", ".join(parts)


def build_digest(
    store: StoreReader,
    now: datetime,
    owner: OwnerSettings,
    templates: DigestTemplates,
    *,
    since: datetime | None = None,
    timezone: str = "UTC",
) -> tuple[str, str, str]:
    """(subject, plain text, HTML) of the digest for the period ending `now`."""
    context = digest_context(store, now, owner, since=since, timezone=timezone)
    text, html = templates.render(context)
    return digest_subject(context), text, html


# ---------------------------------------------------------------- sending


def digest_message(
    subject: str, text: str, html: str, *, owner: OwnerSettings, to: str, now: datetime, day: str
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"{header_safe(owner.name)} <{owner.email}>" if owner.name else owner.email
    message["To"] = to
    message["Subject"] = header_safe(subject)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = f"<mailbot.digest.{day}@{owner.email.rsplit('@', 1)[-1]}>"
    # A report, not a reply: no robot (nor the owner's own rules) should answer it.
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    return message


def send_digest(
    store: StoreWriter,
    sender: Sender,
    settings: Settings,
    templates: DigestTemplates,
    now: datetime,
) -> str | None:
    """Send today's digest unless it went out already; its Message-ID, or None if skipped.

    At most once per local day: the record says `sending` before SMTP, so a crash mid-way
    never produces a second copy. SMTP errors are raised as they come (the record then says
    `failed`, and a later call tries again; `uncertain` after a drop following DATA).
    """
    zone = settings.digest.timezone
    day = now.astimezone(ZoneInfo(zone)).date().isoformat()
    previous = store.get("meta", META_KEY) or {}
    if previous.get("date") == day and previous.get("state") in DAY_DONE:
        log.info("digest for %s already %s", day, previous["state"])
        return None
    since = period_start(store, now)
    subject, text, html = build_digest(
        store, now, settings.owner, templates, since=since, timezone=zone
    )
    to = settings.digest.to or settings.owner.email
    message = digest_message(subject, text, html, owner=settings.owner, to=to, now=now, day=day)
    message_id = str(message["Message-ID"])
    record = {
        **previous,
        "date": day,
        "state": "sending",
        "message_id": message_id,
        "started_at": now.isoformat(),
        "error": None,
    }
    store.put("meta", META_KEY, record)
    store.commit()
    try:
        sender(message.as_bytes(policy=SMTP), settings.owner.email, [to])
    except DeliveryUncertain as exc:
        # It may have arrived: a second copy is worse than none, so the day is done.
        store.put("meta", META_KEY, {**record, "state": "uncertain", "error": str(exc)})
        store.commit()
        raise
    except MailbotError as exc:
        store.put("meta", META_KEY, {**record, "state": "failed", "error": str(exc)})
        store.commit()
        raise
    store.put(
        "meta",
        META_KEY,
        {**record, "state": "sent", "sent_at": now.isoformat(), "covered_until": now.isoformat()},
    )
    store.commit()
    log.info("digest %s sent to %s", day, to)
    return message_id
