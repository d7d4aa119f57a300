"""`mailbot web` over HTTP: a real server on a free loopback port, driven with urllib.

Pages render a known state; the pool search filters; CVs download as attachments and
never by a path from the request; a token is required beyond loopback; forms without the
session's CSRF token are refused; approvals queue while the daemon holds the state; an
edit replaces the draft in a real Dovecot and is what goes out over SMTP. Also the
key=value log lines and `mailbot status`.
"""

from __future__ import annotations

import http.cookiejar
import io
import json
import logging
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import imapclient
import pytest
import yaml
from servers import DovecotServer, SmtpSink, free_port

from mailbot import cli
from mailbot.action_queue import apply_queued, draft_body, lock_holder, queued, with_new_body
from mailbot.config import LoadedConfig, load_config
from mailbot.daemon import build_outbox, default_imap_factory
from mailbot.errors import ConfigError
from mailbot.logfmt import kv
from mailbot.store import Store
from mailbot.web import (
    TOKEN_ENV,
    Dashboard,
    build_chart,
    build_server,
    replies_per_day,
    required_token,
)

REPO = Path(__file__).resolve().parents[1]
NOW = datetime.now(UTC).replace(microsecond=0)
TOKEN = "s3cret-token-for-the-dashboard"
OWNER = "sergio@remotework.example"
CV_BYTES = b"%PDF-1.4\n% Ana's CV\n"


# ---------------------------------------------------------------------------- fixtures


def write_config(tmp_path: Path, *, imap_port: int, smtp_port: int) -> LoadedConfig:
    data = {
        "owner": {"name": "Sergio Pereira", "email": OWNER},
        "imap": {"host": "127.0.0.1", "port": imap_port, "security": "none", "user": ""},
        "smtp": {"host": "127.0.0.1", "port": smtp_port, "security": "none", "user": ""},
        "state_path": str(tmp_path / "state"),
        "templates_path": str(REPO / "templates"),
        "digest": {"timezone": "UTC"},
        "network": [
            {
                "name": "Marta Silva",
                "email": "marta.silva@fractional.example",
                "roles": ["fractional_cto"],
                "skills": ["python", "django", "aws"],
                "industries": ["fintech"],
                "timezone": "Europe/Lisbon",
            }
        ],
    }
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return load_config(path, environ={})


def draft_raw(message_id: str, to: str, subject: str, body: str) -> str:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = f"Sergio Pereira <{OWNER}>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(NOW)
    msg["Message-ID"] = message_id
    msg["In-Reply-To"] = "<src@x.example>"
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    return msg.as_bytes().decode()


ANA_DRAFT = "<mailbot.aaaa1111.applicant_ack@remotework.example>"
ACME_DRAFT = "<mailbot.bbbb2222.client_take@remotework.example>"
SENT_DRAFT = "<mailbot.cccc3333.applicant_ack@remotework.example>"


def ago(**delta: float) -> str:
    return (NOW - timedelta(**delta)).isoformat()


SEEDED_MESSAGES = [
    ("<acme@acme.example>", "client", ago(hours=3)),
    ("<ana@gmail.example>", "applicant", ago(hours=5)),
    ("<a2@x.example>", "applicant", ago(days=1)),
    ("<a3@x.example>", "applicant", ago(days=1)),
    ("<ooo@x.example>", "other", ago(days=2)),
]


def seed(config: LoadedConfig) -> None:
    """A known state: three people (one CV), a lead with its trail, an intro, drafts."""
    with Store(config.state_dir) as store:
        put = store.put
        put(
            "people",
            "ana.costa@gmail.example",
            {
                "email": "ana.costa@gmail.example",
                "name": "Ana Costa",
                "roles": ["backend", "fractional_cto"],
                "skills": ["python", "postgres"],
                "timezone": "America/Sao_Paulo",
                "location": "São Paulo",
                "seniority": "senior",
                "cv_file": "ana.costa-gmail.example.pdf",
                "first_seen": ago(days=2),
                "last_seen": ago(days=2),
                "promoted": False,
            },
        )
        store.write_file("cvs", "ana.costa-gmail.example.pdf", CV_BYTES)
        put(
            "people",
            "bo@tokyo.example",
            {
                "email": "bo@tokyo.example",
                "name": "Bo <script>alert(1)</script>",
                "roles": ["frontend"],
                "skills": ["react", "typescript"],
                "timezone": "Asia/Tokyo",
                "first_seen": ago(days=1),
                "promoted": True,
            },
        )
        put(
            "leads",
            "<acme@acme.example>",
            {
                "company": "Acme Robotics",
                "contact_name": "Carla Mendes",
                "contact_email": "carla@acme.example",
                "need": "fractional_cto",
                "budget": {"verbatim": "€8k/month"},
                "stack": ["python", "aws"],
                "rule": "client-take",
                "action": "draft",
                "reason": "label=client; bandwidth=True",
                "team": [],
                "intro_candidate": "",
                "subject": "CTO help for our seed round",
                "decided_at": ago(hours=3),
            },
        )
        for key, label, at in SEEDED_MESSAGES:
            put(
                "messages",
                key,
                {
                    "status": "processed",
                    "label": label,
                    "confidence": 0.91,
                    "internaldate": at,
                    "at": at,
                    "rule": "client-take" if label == "client" else "applicant-ack",
                    "action": "draft",
                    "trail": [
                        ["machine-safety", False, "not a machine"],
                        ["client-take", label == "client", "bandwidth 0/2 engagements"],
                    ],
                },
            )
        put(  # a second copy of a message is not a second reply
            "messages",
            "<a3@x.example>#copy.1.9",
            {"status": "processed", "label": "applicant", "internaldate": ago(days=1)},
        )
        put(
            "intros",
            "<refer@beta.example>",
            {
                "state": "asking",
                "client_email": "dan@beta.example",
                "client_name": "Dan Beta",
                "client_subject": "Need a QA lead",
                "candidate": "marta.silva@fractional.example",
                "candidate_name": "Marta Silva",
                "asked": [{"email": "marta.silva@fractional.example", "at": ago(hours=2)}],
                "updated_at": ago(hours=2),
                "history": [f"{ago(hours=2)} asked marta.silva@fractional.example"],
            },
        )
        for key, to, subject, status in (
            (ANA_DRAFT, "ana.costa@gmail.example", "Re: joining your network", "in_drafts"),
            (ACME_DRAFT, "carla@acme.example", "Re: CTO help for our seed round", "in_drafts"),
            (SENT_DRAFT, "old@x.example", "Re: earlier", "sent"),
        ):
            put(
                "drafts",
                key,
                {
                    "status": status,
                    "source_message_id": "<acme@acme.example>"
                    if key == ACME_DRAFT
                    else "<ana@gmail.example>",
                    "template": "applicant_ack",
                    "rule": "applicant-ack",
                    "to": [to],
                    "cc": [],
                    "subject": subject,
                    "in_reply_to": "<src@x.example>",
                    "send_policy": "review",
                    "raw": draft_raw(
                        key, to, subject, f"Hello,\n\nThanks for writing about {to}.\n"
                    ),
                    "created_at": ago(hours=4),
                },
            )
        store.commit()


@dataclass
class Web:
    url: str
    app: Dashboard
    config: LoadedConfig
    opener: urllib.request.OpenerDirector

    def get(self, path: str, **query: str) -> str:
        full = self.url + path + (f"?{urllib.parse.urlencode(query)}" if query else "")
        with self.opener.open(full, timeout=10) as response:
            return str(response.read().decode("utf-8"))

    def raw(
        self, path: str, data: bytes | None = None, headers: dict[str, str] | None = None
    ) -> Any:
        request = urllib.request.Request(self.url + path, data=data, headers=headers or {})
        try:
            return self.opener.open(request, timeout=10)
        except urllib.error.HTTPError as exc:
            return exc

    def csrf(self) -> str:
        found = re.search(r'name="csrf" value="([^"]+)"', self.get("/review"))
        assert found, "no CSRF field on the review page"
        return found.group(1)

    def post(self, path: str, **form: str) -> Any:
        data = urllib.parse.urlencode(form).encode()
        return self.raw(path, data, {"Content-Type": "application/x-www-form-urlencoded"})

    def drafts(self) -> dict[str, dict[str, Any]]:
        with Store(self.config.state_dir, readonly=True) as store:
            return dict(store.items("drafts"))


def start(app: Dashboard) -> tuple[str, Any]:
    server = build_server(app, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


@pytest.fixture
def config(tmp_path: Path) -> LoadedConfig:
    # Nothing listens on these ports: an action that needs the mail server fails fast.
    return write_config(tmp_path, imap_port=free_port(), smtp_port=free_port())


def make_web(config: LoadedConfig, token: str | None = None) -> Iterator[Web]:
    app = Dashboard(config, token=token)
    url, server = start(app)
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    try:
        yield Web(url, app, config, opener)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def web(config: LoadedConfig) -> Iterator[Web]:
    seed(config)
    yield from make_web(config)


# ---------------------------------------------------------------------------- pages


def test_pages_render_the_known_state(web: Web) -> None:
    overview = web.get("/")
    assert 'id="count-waiting">2<' in overview
    assert "1 leads" not in overview and ">1</span> leads" in overview
    assert "1 asking" in overview

    review = web.get("/review")
    waiting = review.split('id="waiting"', 1)[1].split("</table>", 1)[0]
    assert "ana.costa@gmail.example" in waiting and "carla@acme.example" in waiting
    assert "old@x.example" not in waiting  # sent: listed under done
    assert 'id="done"' in review and "old@x.example" in review

    leads = web.get("/leads")
    assert "Acme Robotics" in leads and "€8k/month" in leads
    assert "client-take" in leads and "bandwidth 0/2 engagements" in leads  # the trail
    assert "Carla Mendes" in leads

    intros = web.get("/intros")
    assert "asking" in intros and "Dan Beta" in intros and "Marta Silva" in intros

    draft = web.get("/review/draft", id=ACME_DRAFT)
    assert "Thanks for writing about carla@acme.example." in draft
    assert "<textarea" in draft and "bandwidth 0/2 engagements" in draft


def test_pages_escape_what_came_in_by_email(web: Web) -> None:
    page = web.get("/people")
    assert "<script>alert(1)</script>" not in page
    assert "Bo &lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_every_response_carries_the_security_headers(web: Web) -> None:
    response = web.raw("/")
    assert response.status == 200
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert web.raw("/nowhere").code == 404


def emails_in(page: str) -> set[str]:
    return set(re.findall(r'class="person" data-email="([^"]+)"', page))


def test_talent_pool_search_by_skill_role_and_timezone(web: Web) -> None:
    everyone = {"ana.costa@gmail.example", "bo@tokyo.example", "marta.silva@fractional.example"}
    assert emails_in(web.get("/people")) == everyone
    assert emails_in(web.get("/people", skill="python")) == {
        "ana.costa@gmail.example",
        "marta.silva@fractional.example",
    }
    assert emails_in(web.get("/people", skill="PYTH")) == emails_in(
        web.get("/people", skill="python")
    )
    assert emails_in(web.get("/people", role="frontend")) == {"bo@tokyo.example"}
    assert emails_in(web.get("/people", tz="tokyo")) == {"bo@tokyo.example"}
    assert emails_in(web.get("/people", tz="são paulo")) == {"ana.costa@gmail.example"}
    assert emails_in(web.get("/people", skill="python", role="backend")) == {
        "ana.costa@gmail.example"
    }
    assert emails_in(web.get("/people", who="members")) == {
        "bo@tokyo.example",
        "marta.silva@fractional.example",
    }
    assert emails_in(web.get("/people", who="pool")) == {"ana.costa@gmail.example"}
    assert emails_in(web.get("/people", skill="cobol")) == set()


def test_cv_downloads_as_an_attachment_with_a_safe_name(web: Web) -> None:
    page = web.get("/people")
    assert "/cv?person=ana.costa%40gmail.example" in page
    response = web.raw("/cv?person=ana.costa%40gmail.example")
    assert response.status == 200
    assert response.read() == CV_BYTES
    assert response.headers["Content-Type"] == "application/octet-stream"
    assert response.headers["Content-Disposition"] == 'attachment; filename="ana-costa-cv.pdf"'
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_cv_download_never_follows_a_path(web: Web, config: LoadedConfig) -> None:
    (config.state_dir / "secret.txt").write_text("not for the browser")
    for person in ("../secret.txt", "../../rules.yaml", "bo@tokyo.example", "nobody@x.example"):
        response = web.raw("/cv?" + urllib.parse.urlencode({"person": person}))
        assert response.code == 404, person
    # Even a tampered record cannot point outside state/cvs.
    with Store(config.state_dir) as store:
        store.update("people", "bo@tokyo.example", cv_file="../secret.txt")
        store.commit()
    response = web.raw("/cv?person=bo%40tokyo.example")
    assert response.code == 404
    assert b"not for the browser" not in response.read()


def test_replies_per_day_by_label_in_local_days() -> None:
    zone = ZoneInfo("Asia/Tokyo")
    today = datetime(2026, 11, 21, tzinfo=zone).date()
    messages = [
        ("<a>", {"label": "applicant", "internaldate": "2026-11-20T20:00:00+00:00"}),  # 21st
        ("<b>", {"label": "applicant", "internaldate": "2026-11-20T10:00:00+00:00"}),  # 20th
        ("<b>#copy.1.2", {"label": "applicant", "internaldate": "2026-11-20T10:00:00+00:00"}),
        ("<c>", {"label": "client", "at": "2026-11-21T01:00:00+00:00"}),
        ("<d>", {"label": "other", "internaldate": "2026-09-01T00:00:00+00:00"}),  # too old
        ("<e>", {"status": "quarantined"}),
    ]
    dates, counts = replies_per_day(messages, today, zone, days=7)
    assert dates[-1] == today and len(dates) == 7
    assert counts == {"applicant": [0, 0, 0, 0, 0, 1, 1], "client": [0] * 6 + [1]}
    chart = build_chart(dates, counts)
    assert chart.total == 3 and chart.y_max == 2
    assert [b.title for b in chart.bars] == [
        "2026-11-20: 1 applicant",
        "2026-11-21: 1 applicant",
        "2026-11-21: 1 client",
    ]
    # The day with two replies is twice as tall as the day with one.
    heights = {b.title[:10]: 0.0 for b in chart.bars}
    for bar in chart.bars:
        heights[bar.title[:10]] += bar.height
    assert heights["2026-11-21"] == pytest.approx(2 * heights["2026-11-20"])


def test_the_chart_is_inline_svg_on_the_overview(web: Web) -> None:
    page = web.get("/")
    svg = page.split('<svg xmlns="http://www.w3.org/2000/svg"', 1)[1].split("</svg>", 1)[0]
    titles = re.findall(r"<title>(\d{4}-\d\d-\d\d: \d+ \w+)</title>", svg)
    # One bar segment per UTC day (the digest's zone here) and label; the copy is not
    # counted. Which messages share a day depends on the hour the test runs at.
    per_day = Counter((at[:10], label) for _, label, at in SEEDED_MESSAGES)
    assert sorted(titles) == sorted(f"{day}: {n} {label}" for (day, label), n in per_day.items())
    assert sum(int(t.split(": ")[1].split()[0]) for t in titles) == 5
    assert "applicant 3" in page and "client 1" in page and "other 1" in page


# ---------------------------------------------------------------------------- access


def test_token_required_beyond_loopback() -> None:
    assert required_token("127.0.0.1", {}) is None
    assert required_token("localhost", {}) is None
    assert required_token("::1", {}) is None
    for host in ("0.0.0.0", "192.0.2.10", "::"):
        with pytest.raises(ConfigError, match=TOKEN_ENV):
            required_token(host, {})
    assert required_token("0.0.0.0", {TOKEN_ENV: TOKEN}) == TOKEN
    assert required_token("127.0.0.1", {TOKEN_ENV: TOKEN}) == TOKEN  # honoured when set
    with pytest.raises(ConfigError, match="too short"):
        required_token("0.0.0.0", {TOKEN_ENV: "short"})


def test_the_cli_refuses_to_serve_beyond_loopback_without_a_token(
    config: LoadedConfig, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)

    def no_bind(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("bound a socket without a token")

    monkeypatch.setattr("mailbot.web.build_server", no_bind)
    code = cli.main(["--config", str(config.path), "web", "--host", "0.0.0.0", "--port", "0"])
    assert code == cli.EXIT_CONFIG
    assert TOKEN_ENV in capsys.readouterr().err


@pytest.fixture
def token_web(config: LoadedConfig) -> Iterator[Web]:
    seed(config)
    yield from make_web(config, token=TOKEN)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def test_token_once_then_a_session_cookie(token_web: Web) -> None:
    assert token_web.raw("/").code == 401
    assert token_web.raw("/review?token=wrong-token-wrong-token").code == 401
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    try:
        opener.open(f"{token_web.url}/review?token={TOKEN}&x=1", timeout=10)
        raise AssertionError("expected a redirect")
    except urllib.error.HTTPError as exc:
        assert exc.code == 303
        assert exc.headers["Location"] == "/review?x=1"  # the token is not kept in the URL
        cookie = exc.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        assert TOKEN not in cookie
    with opener.open(f"{token_web.url}/review", timeout=10) as response:
        assert response.status == 200
        assert "ana.costa@gmail.example" in response.read().decode()
    # A cookie from before the login is not a way in.
    assert token_web.raw("/review").code == 401


def test_host_header_must_be_loopback(web: Web) -> None:
    port = urllib.parse.urlsplit(web.url).port
    response = web.raw("/", headers={"Host": f"attacker.example:{port}"})
    assert response.code == 421
    assert web.raw("/", headers={"Host": f"localhost:{port}"}).status == 200


def test_post_without_the_sessions_csrf_token_is_refused(web: Web) -> None:
    csrf = web.csrf()
    assert web.post("/review/approve", id=ANA_DRAFT).code == 403
    assert web.post("/review/approve", id=ANA_DRAFT, csrf="x" * len(csrf)).code == 403
    port = urllib.parse.urlsplit(web.url).port
    other_origin = web.raw(
        "/review/approve",
        urllib.parse.urlencode({"id": ANA_DRAFT, "csrf": csrf}).encode(),
        {
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"http://evil.example:{port}",
        },
    )
    assert other_origin.code == 403
    # Another browser session's token is no good either.
    stranger = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        stranger.open(
            urllib.request.Request(
                web.url + "/review/approve",
                urllib.parse.urlencode({"id": ANA_DRAFT, "csrf": csrf}).encode(),
            ),
            timeout=10,
        )
    assert refused.value.code == 403
    assert web.drafts()[ANA_DRAFT]["status"] == "in_drafts"

    page = web.post("/review/approve", id=ANA_DRAFT, csrf=csrf).read().decode()
    assert "approved aaaa1111" in page
    assert web.drafts()[ANA_DRAFT]["status"] == "approved"


# ---------------------------------------------------------------------------- actions


def test_approve_is_queued_while_the_daemon_holds_the_state(web: Web, config: LoadedConfig) -> None:
    csrf = web.csrf()
    with Store(config.state_dir) as daemon_store:  # what `mailbot run` holds
        page = web.post("/review/approve", id="aaaa1111", csrf=csrf).read().decode()
        assert "the daemon is running" in page and "queued" in page
        assert web.drafts()[ANA_DRAFT]["status"] == "in_drafts"
        assert [(a.kind, a.draft) for a in queued(config.state_dir)] == [("approve", ANA_DRAFT)]
        assert "approve queued" in web.get("/review")

        # The daemon's next send round applies it.
        outbox = build_outbox(config, daemon_store, default_imap_factory(config), lambda: NOW)
        results = apply_queued(config, daemon_store, outbox)
        assert [r.done for r in results] == ["approved aaaa1111"]
    assert web.drafts()[ANA_DRAFT]["status"] == "approved"
    assert queued(config.state_dir) == []


def test_a_queued_edit_that_cannot_reach_the_server_holds_back_the_approval_after_it(
    config: LoadedConfig,
) -> None:
    from mailbot.action_queue import Action, enqueue

    seed(config)
    enqueue(
        config.state_dir,
        Action("edit", ANA_DRAFT, "Better text"),
        Action("approve", ANA_DRAFT),
        Action("approve", ACME_DRAFT),
    )
    with Store(config.state_dir) as store:
        outbox = build_outbox(config, store, default_imap_factory(config), lambda: NOW)
        results = apply_queued(config, store, outbox)
        assert [r.requeued for r in results] == [True, True, False]
        assert store.get("drafts", ANA_DRAFT)["status"] == "in_drafts"  # not approved unedited
        assert store.get("drafts", ACME_DRAFT)["status"] == "approved"
    left = queued(config.state_dir)
    assert [(a.kind, a.draft, a.attempts) for a in left] == [
        ("edit", ANA_DRAFT, 1),
        ("approve", ANA_DRAFT, 0),
    ]


def test_edit_with_the_mail_server_unreachable_shows_the_error_and_keeps_the_text(
    web: Web,
) -> None:
    before = web.drafts()[ANA_DRAFT]["raw"]
    response = web.post("/review/edit", id=ANA_DRAFT, body="My own words", csrf=web.csrf())
    assert response.code == 502
    page = response.read().decode()
    assert "could not reach the mail server" in page
    assert ">My own words</textarea>" in page
    assert web.drafts()[ANA_DRAFT]["raw"] == before


def test_reject_with_the_mail_server_unreachable_changes_nothing(web: Web) -> None:
    page = web.post("/review/reject", id=ANA_DRAFT, csrf=web.csrf()).read().decode()
    assert "could not reach the mail server" in page
    assert web.drafts()[ANA_DRAFT]["status"] == "in_drafts"


def test_with_new_body_keeps_every_header() -> None:
    raw = draft_raw(ANA_DRAFT, "ana@x.example", "Re: hi", "old text\n")
    edited = message_from_bytes(with_new_body(raw, "Olá Ana,\r\nnew text"), policy=policy.default)
    assert edited["Message-ID"] == ANA_DRAFT
    assert edited["In-Reply-To"] == "<src@x.example>"
    assert edited["Subject"] == "Re: hi"
    assert edited.get_content().replace("\r\n", "\n") == "Olá Ana,\nnew text\n"
    assert draft_body(raw) == "old text\n"
    assert len(edited.get_all("Content-Type")) == 1


def append_drafts(dovecot: DovecotServer, config: LoadedConfig) -> None:
    with Store(config.state_dir, readonly=True) as store:
        drafts = dict(store.items("drafts"))
    client = imapclient.IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    client.login(dovecot.user, dovecot.password)
    for key in (ANA_DRAFT, ACME_DRAFT):
        client.append("Drafts", drafts[key]["raw"].encode(), flags=[b"\\Draft"])
    client.logout()


def drafts_folder(dovecot: DovecotServer) -> list[bytes]:
    client = imapclient.IMAPClient(dovecot.host, port=dovecot.port, ssl=False)
    client.login(dovecot.user, dovecot.password)
    client.select_folder("Drafts", readonly=True)
    uids = client.search(["ALL"])
    data = [v[b"BODY[]"] for v in client.fetch(uids, ["BODY.PEEK[]"]).values()] if uids else []
    client.logout()
    return data


def test_edit_replaces_the_drafts_copy_and_is_what_is_sent(
    tmp_path: Path,
    dovecot: DovecotServer,
    smtp_sink: SmtpSink,
    caplog: pytest.LogCaptureFixture,
) -> None:
    data = yaml.safe_load(
        write_config(tmp_path, imap_port=dovecot.port, smtp_port=smtp_sink.port).path.read_text()
    )
    data["imap"].update(user=dovecot.user)
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data))
    config = load_config(path, environ={"MAILBOT_IMAP_PASSWORD": dovecot.password})
    seed(config)
    append_drafts(dovecot, config)
    caplog.set_level(logging.INFO, logger="mailbot")
    new_text = "Dear Ana,\n\nWelcome aboard: a private word from me.\n"
    for web in make_web(config):
        page = web.post("/review/edit", id=ANA_DRAFT, body=new_text, csrf=web.csrf())
        assert "edited aaaa1111" in page.read().decode()
        copies = [m for m in drafts_folder(dovecot) if ANA_DRAFT.encode() in m]
        assert len(copies) == 1 and b"a private word from me" in copies[0]
        web.post("/review/approve", id=ANA_DRAFT, csrf=web.csrf())
        page = web.post("/review/send", csrf=web.csrf()).read().decode()
        assert "send: 1 sent" in page
    assert len(smtp_sink.messages) == 1
    sent = message_from_bytes(smtp_sink.messages[0].data, policy=policy.default)
    assert sent["Message-ID"] == ANA_DRAFT
    assert sent.get_content().replace("\r\n", "\n") == new_text
    # One grep-able line for the send, and no body in any log line.
    lines = [r.getMessage() for r in caplog.records]
    sends = [line for line in lines if line.startswith("event=send")]
    assert sends == [
        f"event=send draft={ANA_DRAFT} status=sent attempts=1 to=ana.costa@gmail.example "
        'refused="" auto=False'
    ]
    assert not any("private word" in line for line in lines)


# ---------------------------------------------------------------------------- visibility


def test_kv_lines_cannot_be_split_or_forged() -> None:
    line = kv(
        "message",
        message_id='<evil\n event=send status="sent"@x>',
        label="client",
        confidence=0.876,
        rule="take it",
        empty="",
    )
    assert "\n" not in line
    assert line == (
        'event=message message_id="<evil\\n event=send status=\\"sent\\"@x>" label=client '
        'confidence=0.88 rule="take it" empty=""'
    )
    fields = re.findall(r'(\w+)=("(?:[^"\\]|\\.)*"|\S+)', line)
    assert [name for name, _ in fields] == [
        "event",
        "message_id",
        "label",
        "confidence",
        "rule",
        "empty",
    ]


def test_status_is_readable_at_a_glance(
    config: LoadedConfig, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(config)
    with Store(config.state_dir) as store:
        store.put(
            "meta",
            "last_poll",
            {
                "finished": (datetime.now(UTC) - timedelta(minutes=12)).isoformat(),
                "summary": "poll: 3 new, 3 processed",
            },
        )
        store.commit()
        assert lock_holder(config.state_dir) is not None  # this process holds it
        assert cli.main(["--config", str(config.path), "status"]) == 0
    out = capsys.readouterr().out
    assert "daemon       running (pid" in out
    assert "last poll    12 min ago" in out
    assert "labels       applicant: 4 · client: 1 · other: 1" in out
    assert "waiting for review: 2" in out and "sent: 1 · failed: 0" in out
    assert "to do        mailbot review list" in out
    assert cli.main(["--config", str(config.path), "status"]) == 0
    assert "daemon       not running" in capsys.readouterr().out
    assert cli.main(["--config", str(config.path), "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["processed"] == 6  # the copy too


def test_the_daemons_send_round_applies_what_the_dashboard_queued(
    web: Web, config: LoadedConfig, caplog: pytest.LogCaptureFixture
) -> None:
    from mailbot.daemon import Daemon, Poller

    csrf = web.csrf()
    with Store(config.state_dir) as store:
        factory = default_imap_factory(config)
        outbox = build_outbox(config, store, factory, lambda: NOW)
        poller = Poller(config, store, None, factory, lambda: NOW, outbox)  # type: ignore[arg-type]
        daemon = Daemon(poller, factory, interval=300, use_idle=False, idle_renew=60)
        web.post("/review/approve", id=ACME_DRAFT, csrf=csrf)
        web.post("/review/reject", id=ANA_DRAFT, csrf=csrf)
        assert len(queued(config.state_dir)) == 2
        caplog.set_level(logging.INFO, logger="mailbot")
        daemon._send_job()  # the mail server is down: the approval holds, the reject waits
        assert store.get("drafts", ACME_DRAFT)["status"] == "approved"
        assert store.get("drafts", ANA_DRAFT)["status"] == "in_drafts"
    assert [(a.kind, a.draft) for a in queued(config.state_dir)] == [("reject", ANA_DRAFT)]
    lines = [r.getMessage() for r in caplog.records]
    assert any(
        line.startswith(f"event=review action=approve draft={ACME_DRAFT} outcome=done")
        for line in lines
    )
    assert any(line.startswith("event=review action=reject") and "retry" in line for line in lines)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_progress_bar_only_for_a_long_backlog_on_a_terminal() -> None:
    from mailbot.daemon import backlog_progress

    batches = [list(range(n, n + 50)) for n in range(0, 300, 50)]
    terminal = Terminal()
    assert list(backlog_progress(iter(batches), 300, "INBOX", terminal)) == batches
    assert "INBOX" in terminal.getvalue()
    short = Terminal()
    assert list(backlog_progress(iter(batches[:4]), 200, "INBOX", short)) == batches[:4]
    assert short.getvalue() == ""
    pipe = io.StringIO()
    assert list(backlog_progress(iter(batches), 300, "INBOX", pipe)) == batches
    assert pipe.getvalue() == ""
