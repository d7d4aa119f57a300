"""`mailbot web`: a local dashboard over the state: the talent pool, leads, intros, the
review queue and replies per day.

A WSGI app served by the standard library (`wsgiref`, one thread per request), pages
rendered on the server from `templates/web/*.html` (Jinja2, autoescaped: every value on
them comes from email). No JavaScript.

Access:
- bound to loopback by default, and then the Host header must name loopback (a DNS
  rebinding page cannot read it);
- bound anywhere else it refuses to start without `MAILBOT_WEB_TOKEN` (16+ characters).
  With a token set, the first visit carries `?token=…`; it is compared in constant time,
  swapped for a fresh HttpOnly SameSite=Strict session cookie, and the URL is redirected
  without it (so it stays out of history and logs);
- every form carries the session's CSRF token, and a POST from another Origin is refused.

State: the store has one writer at a time and `mailbot run` holds it while it runs. Pages
open the store read-only for the request. A review action takes the writer lock for that
request only; when the daemon holds it, the action is queued in `state/actions.jsonl` and
the daemon applies it at its next send round (see action_queue.py).
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
import re
import secrets
import socket
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from http import HTTPStatus
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from zoneinfo import ZoneInfo

import jinja2

from .action_queue import (
    Action,
    apply_action,
    apply_queued,
    draft_body,
    enqueue,
    find_special_folders,
    lock_holder,
    queued,
)
from .config import LoadedConfig, is_loopback_host
from .errors import ConfigError, LockedError, MailbotError, TransientError
from .store import Store

log = logging.getLogger("mailbot.web")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8025
TOKEN_ENV = "MAILBOT_WEB_TOKEN"
MIN_TOKEN_LENGTH = 16
SESSION_COOKIE = "mailbot_session"
MAX_SESSIONS = 500
MAX_FORM_BYTES = 512 * 1024
CHART_DAYS = 30
WAITING = ("in_drafts", "failed", "uncertain", "pending")
ON_THE_WAY = ("approved", "queued", "sending")
LABEL_COLOURS = {
    "applicant": "#2f9e44",
    "client": "#1971c2",
    "other": "#868e96",
    "unsure": "#f08c00",
}
CV_SUFFIXES = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".txt")
SECURITY_HEADERS = [
    (
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "same-origin"),  # no-referrer would make Origin "null"
    ("Cache-Control", "no-store"),
]

Clock = Callable[[], datetime]
StartResponse = Callable[..., Any]


def utc_now() -> datetime:
    return datetime.now(UTC)


def required_token(host: str, environ: Mapping[str, str]) -> str | None:
    """The token the dashboard must ask for when bound to `host`, or None for none.

    Loopback needs none (a token set in the environment is still honoured); any other
    address refuses to start without a long enough one.
    """
    token = environ.get(TOKEN_ENV, "").strip()
    if token and len(token) < MIN_TOKEN_LENGTH:
        raise ConfigError(f"{TOKEN_ENV} is too short: use at least {MIN_TOKEN_LENGTH} characters")
    if token:
        return token
    if is_loopback_host(host):
        return None
    raise ConfigError(
        f"refusing to serve the dashboard on {host} without a token: set {TOKEN_ENV} "
        f"(e.g. `python -c 'import secrets; print(secrets.token_urlsafe(24))'`), "
        "or bind to 127.0.0.1 and use an SSH tunnel"
    )


# ---------------------------------------------------------------------------- requests


@dataclass
class Session:
    id: str
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    authenticated: bool = False
    flash: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    last_seen: float = field(default_factory=time.monotonic)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    cookies: dict[str, str]
    host: str
    origin: str
    session: Session

    def arg(self, name: str) -> str:
        return self.query.get(name, "").strip()


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)


class HttpError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _first_values(data: dict[str, list[str]]) -> dict[str, str]:
    return {key: values[0] for key, values in data.items() if values}


def _cookies(header: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition("=")
        if name:
            out.setdefault(name, value)
    return out


def _read_form(environ: Mapping[str, Any]) -> dict[str, str]:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise HttpError(400, "bad Content-Length") from None
    if length > MAX_FORM_BYTES:
        raise HttpError(413, "the form is too large")
    content_type = str(environ.get("CONTENT_TYPE", "")).split(";")[0].strip().lower()
    data = environ["wsgi.input"].read(length) if length else b""
    if content_type != "application/x-www-form-urlencoded":
        raise HttpError(415, "forms only")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise HttpError(400, "the form is not UTF-8") from None
    return _first_values(parse_qs(text, keep_blank_values=True, max_num_fields=50))


# ---------------------------------------------------------------------------- the chart


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    plot_top: int
    plot_bottom: int
    bars: tuple[Bar, ...]
    ticks: tuple[tuple[float, str], ...]  # x, label (dates along the bottom)
    y_max: int
    legend: tuple[tuple[str, str, int], ...]  # label, colour, total
    total: int


def replies_per_day(
    messages: Iterable[tuple[str, Mapping[str, Any]]], today: date, zone: ZoneInfo, days: int
) -> tuple[list[date], dict[str, list[int]]]:
    """Messages that arrived on each of the last `days` local days, by label."""
    first = today - timedelta(days=days - 1)
    dates = [first + timedelta(days=n) for n in range(days)]
    counts: dict[str, list[int]] = {}
    for key, record in messages:
        if "#copy." in key or record.get("action") == "duplicate":
            continue  # a second copy of one message is not a second reply
        label = record.get("label")
        when = record.get("internaldate") or record.get("at")
        if not label or not when:
            continue
        try:
            moment = datetime.fromisoformat(str(when))
        except ValueError:
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        index = (moment.astimezone(zone).date() - first).days
        if 0 <= index < days:
            counts.setdefault(str(label), [0] * days)[index] += 1
    return dates, counts


def build_chart(dates: list[date], counts: dict[str, list[int]]) -> Chart:
    width, height, left, right, top, bottom = 720, 220, 36, 8, 12, 190
    order = [label for label in LABEL_COLOURS if label in counts]
    order += sorted(label for label in counts if label not in LABEL_COLOURS)
    per_day = [sum(counts[label][i] for label in order) for i in range(len(dates))]
    y_max = max([*per_day, 1])
    slot = (width - left - right) / max(len(dates), 1)
    scale = (bottom - top) / y_max
    bars: list[Bar] = []
    for index, day in enumerate(dates):
        base = float(bottom)
        for label in order:
            value = counts[label][index]
            if not value:
                continue
            size = value * scale
            base -= size
            bars.append(
                Bar(
                    x=round(left + index * slot + 1, 1),
                    y=round(base, 1),
                    width=round(max(slot - 2, 1), 1),
                    height=round(size, 1),
                    colour=LABEL_COLOURS.get(label, "#495057"),
                    title=f"{day.isoformat()}: {value} {label}",
                )
            )
    ticks = tuple(
        (round(left + index * slot + slot / 2, 1), day.strftime("%d %b"))
        for index, day in enumerate(dates)
        if (len(dates) - 1 - index) % 7 == 0
    )
    legend = tuple(
        (label, LABEL_COLOURS.get(label, "#495057"), sum(counts[label])) for label in order
    )
    return Chart(width, height, top, bottom, tuple(bars), ticks, y_max, legend, sum(per_day))


# ---------------------------------------------------------------------------- helpers


def _safe_download_name(person: Mapping[str, Any], stored: str) -> str:
    """An ASCII file name for the browser, made from the person's name: never the request."""
    base = str(person.get("name") or str(person.get("email", "")).split("@")[0] or "applicant")
    slug = re.sub(r"[^a-z0-9]+", "-", base.lower()).strip("-")[:60] or "applicant"
    suffix = Path(stored).suffix.lower()
    return f"{slug}-cv{suffix if suffix in CV_SUFFIXES else '.bin'}"


def _contains(values: Iterable[Any], needle: str) -> bool:
    return any(needle in str(value).lower() for value in values)


def filter_people(
    people: Iterable[Mapping[str, Any]],
    *,
    skill: str = "",
    role: str = "",
    timezone: str = "",
    text: str = "",
    who: str = "all",
) -> list[Mapping[str, Any]]:
    """Case-insensitive substring search: `skill` in any skill, `role` in any role,
    `timezone` in the time zone or location, `text` in the name or address."""
    skill, role, timezone, text = (v.strip().lower() for v in (skill, role, timezone, text))
    out = []
    for person in people:
        if who == "members" and not person.get("member"):
            continue
        if who == "pool" and person.get("member"):
            continue
        if skill and not _contains(person.get("skills") or [], skill):
            continue
        if role and not _contains(person.get("roles") or [], role):
            continue
        if timezone and not _contains(
            (person.get("timezone") or "", person.get("location") or ""), timezone
        ):
            continue
        if text and not _contains((person.get("name") or "", person.get("email") or ""), text):
            continue
        out.append(person)
    return out


def _ago(value: Any, now: datetime) -> str:
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    seconds = (now - moment).total_seconds()
    if seconds < 90:
        return "just now"
    if seconds < 5400:
        return f"{round(seconds / 60)} min ago"
    if seconds < 36 * 3600:
        return f"{round(seconds / 3600)} h ago"
    return f"{round(seconds / 86400)} days ago"


# ---------------------------------------------------------------------------- the app


class Dashboard:
    """The WSGI application. `allowed_hosts` (set by `build_server` for a loopback bind)
    lists the Host headers accepted; None accepts any (then the token protects)."""

    def __init__(
        self,
        config: LoadedConfig,
        *,
        token: str | None = None,
        clock: Clock = utc_now,
        template_dir: Path | None = None,
    ) -> None:
        self.config = config
        self.token = token
        self.clock = clock
        self.allowed_hosts: set[str] | None = None
        self.sessions: dict[str, Session] = {}
        self._sessions_lock = threading.Lock()
        self._writer_lock = threading.Lock()  # one writer per process, as per the store
        self.templates = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(template_dir or web_template_dir(config))),
            autoescape=True,
            undefined=jinja2.ChainableUndefined,  # records differ by age and kind
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.routes: dict[tuple[str, str], Callable[[Request], Response]] = {
            ("GET", "/"): self.overview,
            ("GET", "/people"): self.people,
            ("GET", "/cv"): self.cv,
            ("GET", "/leads"): self.leads,
            ("GET", "/intros"): self.intros,
            ("GET", "/review"): self.review,
            ("GET", "/review/draft"): self.draft,
            ("POST", "/review/approve"): self.approve,
            ("POST", "/review/reject"): self.reject,
            ("POST", "/review/edit"): self.edit,
            ("POST", "/review/send"): self.send,
            ("GET", "/style.css"): self.stylesheet,
        }

    # ------------------------------------------------------------------ WSGI

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> list[bytes]:
        set_cookie: str | None = None
        try:
            response, set_cookie = self._handle(environ)
        except HttpError as exc:
            response = self._message_page(exc.status, exc.message)
        except Exception:
            log.exception("dashboard request failed")
            response = self._message_page(500, "something went wrong: see the log")
        headers = [("Content-Type", response.content_type), *SECURITY_HEADERS]
        headers += response.headers
        if set_cookie:
            headers.append(
                ("Set-Cookie", f"{SESSION_COOKIE}={set_cookie}; Path=/; HttpOnly; SameSite=Strict")
            )
        headers.append(("Content-Length", str(len(response.body))))
        phrase = HTTPStatus(response.status).phrase
        start_response(f"{response.status} {phrase}", headers)
        return [response.body]

    def _handle(self, environ: dict[str, Any]) -> tuple[Response, str | None]:
        host = str(environ.get("HTTP_HOST", ""))
        if self.allowed_hosts is not None and host.lower() not in self.allowed_hosts:
            raise HttpError(421, "this dashboard answers only to its loopback address")
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        path = str(environ.get("PATH_INFO", "/")) or "/"
        query = _first_values(parse_qs(str(environ.get("QUERY_STRING", "")), max_num_fields=30))
        cookies = _cookies(str(environ.get("HTTP_COOKIE", "")))
        session, new_cookie = self._session(cookies.get(SESSION_COOKIE, ""))
        if self.token and not session.authenticated:
            given = query.get("token", "")
            if method == "GET" and given and _same(given, self.token):
                # A new session id on login: one planted before it is worth nothing.
                fresh = self._new_session()
                fresh.authenticated = True
                self._drop_session(session.id)
                rest = urlencode({k: v for k, v in query.items() if k != "token"})
                location = path + (f"?{rest}" if rest else "")
                return _redirect(location), fresh.id
            response = self._message_page(
                401, "open the dashboard once with ?token=… (the value of MAILBOT_WEB_TOKEN)"
            )
            return response, new_cookie
        form: dict[str, str] = {}
        origin = str(environ.get("HTTP_ORIGIN", ""))
        if method == "POST":
            form = _read_form(environ)
            if origin and urlsplit(origin).netloc.lower() != host.lower():
                raise HttpError(403, "this form came from another site")
            if not _same(form.get("csrf", ""), session.csrf):
                raise HttpError(403, "the form expired or did not come from this dashboard")
        handler = self.routes.get((method, path))
        if handler is None:
            known = any(p == path for _, p in self.routes)
            raise HttpError(405 if known else 404, "not here")
        request = Request(method, path, query, form, cookies, host, origin, session)
        return handler(request), new_cookie

    # ------------------------------------------------------------------ sessions

    def _new_session(self) -> Session:
        session = Session(id=secrets.token_urlsafe(32))
        with self._sessions_lock:
            if len(self.sessions) >= MAX_SESSIONS:
                oldest = min(self.sessions.values(), key=lambda s: s.last_seen)
                self.sessions.pop(oldest.id, None)
            self.sessions[session.id] = session
        return session

    def _drop_session(self, session_id: str) -> None:
        with self._sessions_lock:
            self.sessions.pop(session_id, None)

    def _session(self, session_id: str) -> tuple[Session, str | None]:
        with self._sessions_lock:
            session = self.sessions.get(session_id) if session_id else None
        if session is not None:
            session.last_seen = time.monotonic()
            return session, None
        session = self._new_session()
        return session, session.id

    # ------------------------------------------------------------------ rendering

    def _render(
        self, name: str, request: Request | None, status: int = 200, **context: Any
    ) -> Response:
        now = self.clock()
        state_dir = self.config.state_dir
        holder = lock_holder(state_dir) if state_dir.exists() else None
        flashes: list[tuple[str, str]] = []
        if request is not None:
            flashes, request.session.flash = request.session.flash, []
        page = self.templates.get_template(name).render(
            csrf=request.session.csrf if request is not None else "",
            path=request.path if request is not None else "",
            flashes=flashes,
            daemon_pid=holder if holder != os.getpid() else None,
            send_interval=self.config.settings.auto_send.send_interval_seconds,
            owner=self.config.settings.owner.name,
            now=now,
            ago=lambda value: _ago(value, now),
            **context,
        )
        return Response(status, page.encode("utf-8"))

    def _message_page(self, status: int, message: str) -> Response:
        return self._render("message.html", None, status, status_code=status, message=message)

    @contextlib.contextmanager
    def _reader(self) -> Iterator[Store]:
        with Store(self.config.state_dir, clock=self.clock, readonly=True) as store:
            yield store

    # ------------------------------------------------------------------ pages

    def overview(self, request: Request) -> Response:
        from .daemon import one_line_status

        zone = ZoneInfo(self.config.settings.digest.timezone)
        now = self.clock()
        with self._reader() as store:
            report = one_line_status(store, now)
            dates, counts = replies_per_day(
                store.items("messages"), now.astimezone(zone).date(), zone, CHART_DAYS
            )
            people = store.all("people")
            intros: dict[str, int] = {}
            for intro in store.all("intros"):
                state = str(intro.get("state", "?"))
                intros[state] = intros.get(state, 0) + 1
            leads = store.count("leads")
        drafts = report.get("drafts_by_status", {})
        return self._render(
            "overview.html",
            request,
            report=report,
            chart=build_chart(dates, counts),
            chart_days=CHART_DAYS,
            zone=str(zone),
            waiting=sum(drafts.get(s, 0) for s in WAITING),
            on_the_way=sum(drafts.get(s, 0) for s in ON_THE_WAY),
            pool=len(people),
            members=sum(1 for p in people if p.get("promoted")) + len(self.config.settings.network),
            leads=leads,
            intros=sorted(intros.items()),
        )

    def people(self, request: Request) -> Response:
        from .network import NetworkBook

        filters = {
            "skill": request.arg("skill"),
            "role": request.arg("role"),
            "timezone": request.arg("tz"),
            "text": request.arg("q"),
            "who": request.arg("who") or "all",
        }
        with self._reader() as store:
            everyone = NetworkBook(self.config, store, self.clock).listing(pool=True)
        found = filter_people(everyone, **filters)
        skills = sorted({s.lower() for p in everyone for s in p.get("skills") or []})
        roles = sorted({r.lower() for p in everyone for r in p.get("roles") or []})
        return self._render(
            "people.html",
            request,
            people=found,
            total=len(everyone),
            filters=filters,
            skills=skills,
            roles=roles,
        )

    def cv(self, request: Request) -> Response:
        key = request.arg("person").lower()
        with self._reader() as store:
            person = store.get("people", key) if key else None
        stored = str((person or {}).get("cv_file") or "")
        # The file name was made by mailbot when the CV was stored; it is still checked to
        # be a plain name inside state/cvs before anything is opened.
        folder = (self.config.state_dir / "cvs").resolve()
        if not person or not stored or Path(stored).name != stored or stored.startswith("."):
            raise HttpError(404, "no CV on file for this person")
        path = (folder / stored).resolve()
        if path.parent != folder or not path.is_file():
            raise HttpError(404, "no CV on file for this person")
        name = _safe_download_name(person, stored)
        return Response(
            200,
            path.read_bytes(),
            content_type="application/octet-stream",
            headers=[("Content-Disposition", f'attachment; filename="{name}"')],
        )

    def leads(self, request: Request) -> Response:
        rows = []
        with self._reader() as store:
            for key, lead in store.items("leads"):
                message = store.get("messages", key) or {}
                budget = lead.get("budget") or {}
                rows.append(
                    {
                        **lead,
                        "key": key,
                        "budget_text": budget.get("verbatim", "")
                        if isinstance(budget, dict)
                        else "",
                        "trail": message.get("trail", []),
                        "label": message.get("label"),
                        "confidence": message.get("confidence"),
                    }
                )
        rows.sort(key=lambda r: str(r.get("decided_at", "")), reverse=True)
        return self._render("leads.html", request, leads=rows)

    def intros(self, request: Request) -> Response:
        with self._reader() as store:
            rows = [{**record, "key": key} for key, record in store.items("intros")]
        rows.sort(key=lambda r: str(r.get("updated_at", "")), reverse=True)
        return self._render("intros.html", request, intros=rows)

    def _outbox(self, store: Store) -> Any:
        from .daemon import build_outbox, default_imap_factory

        return build_outbox(self.config, store, default_imap_factory(self.config), self.clock)

    def review(self, request: Request) -> Response:
        with self._reader() as store:
            rows = self._outbox(store).listing()
            errors = {k: r.get("review_error") for k, r in store.items("drafts")}
        pending_actions: dict[str, list[str]] = {}
        for action in queued(self.config.state_dir):
            pending_actions.setdefault(action.draft, []).append(action.kind)
        for row in rows:
            row["review_error"] = errors.get(row["message_id"])
            row["queued_actions"] = pending_actions.get(row["message_id"], [])
        return self._render(
            "review.html",
            request,
            waiting=[r for r in rows if r["status"] in WAITING],
            on_the_way=[r for r in rows if r["status"] in ON_THE_WAY],
            done=[r for r in rows if r["status"] not in (*WAITING, *ON_THE_WAY)][:50],
        )

    def draft(
        self, request: Request, *, body: str | None = None, error: str = "", status: int = 200
    ) -> Response:
        handle = request.arg("id") or request.form.get("id", "")
        with self._reader() as store:
            try:
                key = self._outbox(store).resolve(handle)
            except MailbotError as exc:
                raise HttpError(404, str(exc)) from None
            record = store.get("drafts", key) or {}
            source = store.get("messages", str(record.get("source_message_id", ""))) or {}
        return self._render(
            "draft.html",
            request,
            status,
            key=key,
            draft=record,
            source=source,
            body=draft_body(str(record.get("raw", ""))) if body is None else body,
            editable=record.get("status") in WAITING,
            error=error,
            queued_actions=[a.kind for a in queued(self.config.state_dir) if a.draft == key],
        )

    # ------------------------------------------------------------------ actions

    def _act(self, kind: str, handle: str, body: str = "") -> tuple[bool, str]:
        """Apply one review action now, or queue it for the daemon; (ok, what happened)."""
        state_dir = self.config.state_dir
        with self._writer_lock:
            try:
                store = Store(state_dir, clock=self.clock)
            except LockedError:
                store = None
            if store is None:
                with self._reader() as reader:
                    key = self._outbox(reader).resolve(handle)
                enqueue(state_dir, Action(kind, key, body))
                return True, (
                    f"the daemon is running and holds the state: your {kind} is queued and "
                    f"applied at its next send round (within "
                    f"{self.config.settings.auto_send.send_interval_seconds} s)"
                )
            with store:
                outbox = self._outbox(store)
                key = outbox.resolve(handle)
                earlier = apply_queued(self.config, store, outbox)
                waiting = [r for r in earlier if r.requeued and r.action.draft == key]
                if waiting:
                    enqueue(state_dir, Action(kind, key, body))
                    return (
                        False,
                        f"an earlier change to this draft is still waiting: {waiting[0].error}",
                    )
                return True, apply_action(self.config, store, outbox, Action(kind, key, body))

    def _act_and_redirect(self, request: Request, kind: str) -> Response:
        handle = request.form.get("id", "")
        try:
            ok, message = self._act(kind, handle)
        except TransientError as exc:
            ok, message = False, f"could not reach the mail server: {exc}"
        except MailbotError as exc:
            ok, message = False, str(exc)
        request.session.flash.append(("ok" if ok else "error", message))
        return _redirect("/review")

    def approve(self, request: Request) -> Response:
        return self._act_and_redirect(request, "approve")

    def reject(self, request: Request) -> Response:
        return self._act_and_redirect(request, "reject")

    def edit(self, request: Request) -> Response:
        handle = request.form.get("id", "")
        body = request.form.get("body", "")
        try:
            ok, message = self._act("edit", handle, body)
        except TransientError as exc:
            return self.draft(
                request,
                body=body,
                error=f"could not reach the mail server, nothing was changed: {exc}",
                status=502,
            )
        except MailbotError as exc:
            return self.draft(request, body=body, error=str(exc), status=409)
        if not ok:
            return self.draft(request, body=body, error=message, status=409)
        request.session.flash.append(("ok", message))
        return _redirect("/review")

    def send(self, request: Request) -> Response:
        """Send what is approved, now (what `mailbot review send` does)."""
        with self._writer_lock:
            try:
                store = Store(self.config.state_dir, clock=self.clock)
            except LockedError:
                request.session.flash.append(
                    ("ok", "the daemon is running: it sends approved drafts at its next round")
                )
                return _redirect("/review")
            with store:
                outbox = self._outbox(store)
                try:
                    apply_queued(self.config, store, outbox)
                    find_special_folders(self.config, outbox)
                    summary = outbox.send_due(force_now=True)
                except MailbotError as exc:
                    request.session.flash.append(("error", f"not sent: {exc}"))
                else:
                    request.session.flash.append(("ok", summary.line()))
        return _redirect("/review")

    def stylesheet(self, request: Request) -> Response:
        loader = self.templates.loader
        assert loader is not None
        source, _, _ = loader.get_source(self.templates, "style.css")
        return Response(
            200,
            source.encode("utf-8"),
            content_type="text/css; charset=utf-8",
        )


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _redirect(location: str) -> Response:
    return Response(303, b"", headers=[("Location", location)])


def web_template_dir(config: LoadedConfig) -> Path:
    """`web/` beside the mail templates, else the one shipped with mailbot."""
    own = config.templates_dir / "web"
    if own.is_dir():
        return own
    return Path(__file__).resolve().parents[1] / "templates" / "web"


# ---------------------------------------------------------------------------- serving


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _Server6(_Server):
    address_family = socket.AF_INET6


class _QuietHandler(WSGIRequestHandler):
    """Logs method, path and status only: a query string can carry the token."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        log.info("web %s %s %s", self.command, urlsplit(self.path).path[:200], code)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the default line quotes the raw request, token included


def build_server(app: Dashboard, host: str, port: int) -> WSGIServer:
    """Bind (port 0: a free one) and set which Host headers the app answers to."""
    server_class = _Server6 if ":" in host else _Server
    server = make_server(host, port, app, server_class=server_class, handler_class=_QuietHandler)
    bound = server.server_address[1]
    if is_loopback_host(host):
        names = {host, "127.0.0.1", "localhost", "[::1]", f"[{host}]"}
        app.allowed_hosts = {f"{name}:{bound}".lower() for name in names}
    return server


def serve(config: LoadedConfig, host: str, port: int, environ: Mapping[str, str]) -> None:
    token = required_token(host, environ)
    app = Dashboard(config, token=token)
    try:
        server = build_server(app, host, port)
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{server.server_address[1]}/"
    hint = f" (open {url}?token=<{TOKEN_ENV}> once)" if token else ""
    print(f"mailbot web: {url}{hint}; Ctrl-C to stop", flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
