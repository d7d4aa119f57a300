"""The daily digest: its content for a known state, the HTML escaping, once a day to the
owner over real SMTP, and the APScheduler cron job at the configured time and zone."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import yaml
from servers import SmtpSink

from mailbot.config import Settings, load_config
from mailbot.daemon import Daemon, Poller, build_outbox
from mailbot.digest import DigestTemplates, build_digest, digest_context, send_digest
from mailbot.errors import PermanentError
from mailbot.smtp import SendResult, SmtpSettings
from mailbot.smtp import send as smtp_send
from mailbot.store import Store

REPO = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 11, 21, 7, 0, tzinfo=UTC)
SETTINGS = Settings.model_validate(
    {
        "owner": {"name": "Sergio Pereira", "email": "sergio@remotework.example"},
        "digest": {"time": "08:00", "timezone": "Europe/Lisbon"},
    }
)


@pytest.fixture
def templates() -> DigestTemplates:
    return DigestTemplates(REPO / "templates")


def ago(**delta: float) -> str:
    return (NOW - timedelta(**delta)).isoformat()


def message(label: str, person: str, name: str, subject: str, at: str, **extra: Any) -> dict:
    return {
        "status": "processed",
        "label": label,
        "person": person,
        "person_name": name,
        "from": person,
        "subject": subject,
        "at": at,
        **extra,
    }


def draft(status: str, to: str, subject: str, created: str, **extra: Any) -> dict:
    return {
        "status": status,
        "to": [to],
        "subject": subject,
        "rule": "applicant-ack",
        "created_at": created,
        "raw": "",
        **extra,
    }


def known_state(store: Store) -> None:
    put = store.put
    put(
        "messages",
        "<ana@x>",
        message(
            "applicant",
            "ana.costa@gmail.example",
            "Ana Costa",
            "Re: roller coaster",
            ago(hours=2),
            rule="applicant-ack",
            action="draft",
        ),
    )
    put(
        "messages",
        "<joao@x>",
        message(
            "applicant",
            "joao@outlook.example",
            "João Ribeiro",
            "RE: roller coaster <script>alert(1)</script>",
            ago(hours=20),
            rule="follow-up",
            action="hold",
            reason="second message from joao@outlook.example",
        ),
    )
    put(  # before the period: in yesterday's digest
        "messages",
        "<old@x>",
        message("applicant", "old@x.example", "Old Timer", "Re: hi", ago(hours=30), action="draft"),
    )
    put(
        "messages",
        "<mark@x>",
        message(
            "client",
            "mark@medibook.example",
            "Mark Chen",
            "Looking for a fractional CTO",
            ago(hours=3),
            rule="client-take",
            action="draft",
            reason="label=client; bandwidth=True",
        ),
    )
    put("leads", "<mark@x>", {"company": "MediBook"})
    put("leads", "<priya@x>", {"company": "", "intro_candidate": "bruno@alves.example"})
    put(
        "messages",
        "<priya@x>",
        message(
            "client",
            "priya@greenledger.example",
            "Priya Nair",
            "We're hiring a CTO",
            ago(hours=4),
            rule="client-refer",
            action="intro",
        ),
    )
    put(
        "messages",
        "<list@x>",
        message(
            "other", "digest@lists.example", "", "[list] weekly", ago(hours=5), action="ignore"
        ),
    )
    put(
        "messages",
        "<broken@x>",
        {"status": "quarantined", "reason": "classification failed: boom", "at": ago(hours=6)},
    )
    put(
        "intros",
        "i1",
        {
            "candidate_name": "Bruno Alves",
            "candidate": "bruno@alves.example",
            "client_name": "Priya Nair",
            "state": "asking",
            "created_at": ago(days=3),
            "updated_at": ago(days=2),
        },
    )
    put("intros", "i2", {"candidate_name": "X", "client_name": "Y", "state": "introduced"})
    put(
        "drafts",
        "<mailbot.aaaa1111@r>",
        draft("in_drafts", "ana.costa@gmail.example", "Re: roller coaster", ago(hours=5)),
    )
    put(
        "drafts",
        "<mailbot.bbbb2222@r>",
        draft("pending", "joao@outlook.example", "Re: <b>bold</b>", ago(days=3, hours=1)),
    )
    put(
        "drafts",
        "<mailbot.cccc3333@r>",
        draft(
            "failed",
            "mark@medibook.example",
            "Re: Looking",
            ago(hours=8),
            error="SMTP 554 5.7.1 rejected by policy",
        ),
    )
    put("drafts", "<mailbot.dddd4444@r>", draft("sent", "z@z.example", "Re: z", ago(hours=9)))
    put("drafts", "<mailbot.eeee5555@r>", draft("queued", "q@q.example", "Re: q", ago(hours=1)))
    store.commit()


def test_digest_content_for_a_known_state(tmp_path: Path, templates: DigestTemplates) -> None:
    with Store(tmp_path / "state", clock=lambda: NOW) as store:
        known_state(store)
        subject, text, html = build_digest(
            store, NOW, SETTINGS.owner, templates, timezone="Europe/Berlin"
        )
    assert subject == (
        "mailbot digest 2026-11-21: 2 applicants, 2 leads, 2 drafts waiting, 2 failures"
    )
    assert text.startswith("Good morning Sergio,")
    assert "since 2026-11-20 08:00 (Europe/Berlin): 5 messages read" in text

    applicants = section(text, "NEW APPLICANTS (2)")
    assert applicants[0].startswith("- João Ribeiro <joao@outlook.example>: held for you")
    assert applicants[2].startswith("- Ana Costa <ana.costa@gmail.example>: reply drafted")
    assert "Old Timer" not in text  # before the period

    leads = section(text, "NEW LEADS (2)")
    assert "- Mark Chen, MediBook <mark@medibook.example>: reply drafted (client-take)" in leads
    assert "    why: label=client; bandwidth=True" in leads
    assert any(
        "Priya Nair <priya@greenledger.example>: warm intro started via bruno@alves.example"
        " (client-refer)" in line
        for line in leads
    )

    assert section(text, "INTROS WAITING (1)") == ["- Bruno Alves <-> Priya Nair: asking, 2 d"]

    waiting = section(text, "DRAFTS WAITING FOR YOUR REVIEW (2)")
    assert waiting[0] == '- [bbbb2222] to joao@outlook.example, waiting 3 d: "Re: <b>bold</b>"'
    assert (
        waiting[1] == '- [aaaa1111] to ana.costa@gmail.example, waiting 5 h: "Re: roller coaster"'
    )

    assert section(text, "FAILURES (2)") == [
        "- draft cccc3333 to mark@medibook.example (failed): SMTP 554 5.7.1 rejected by policy",
        "- quarantined <broken@x>: classification failed: boom",
    ]
    assert "q@q.example" not in text  # queued for a retry without an error: nothing to report
    assert "z@z.example" not in text  # sent

    # The HTML carries the same facts, with email text escaped.
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>bold</b>" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "MediBook" in html and "Bruno Alves" in html and "rejected by policy" in html
    assert "<code>aaaa1111</code>" in html


def section(text: str, title: str) -> list[str]:
    """The non-empty lines under `title` up to the next blank-line-separated heading."""
    lines = text.splitlines()
    start = lines.index(title) + 1
    out = []
    for line in lines[start:]:
        if line == "-- " or (line.isupper() and not line.startswith(" ")):
            break
        if line.strip() and not line.startswith("  Review them"):
            out.append(line)
    return out


def test_empty_state_says_none(tmp_path: Path, templates: DigestTemplates) -> None:
    with Store(tmp_path / "state") as store:
        subject, text, html = build_digest(store, NOW, SETTINGS.owner, templates)
    assert subject == "mailbot digest 2026-11-21: 0 applicants, 0 leads, 0 drafts waiting"
    for title in ("NEW APPLICANTS (0)", "INTROS WAITING (0)", "FAILURES (0)"):
        assert section(text, title) == ["  none"]
    assert html.count("<p>none</p>") == 5


def test_period_runs_from_the_last_digest_sent(tmp_path: Path) -> None:
    with Store(tmp_path / "state") as store:
        known_state(store)
        store.put("meta", "digest", {"covered_until": ago(hours=3, minutes=30), "state": "sent"})
        context = digest_context(store, NOW, SETTINGS.owner)
    assert [a["name"] for a in context["applicants"]] == ["Ana Costa"]
    assert [lead["name"] for lead in context["leads"]] == ["Mark Chen"]
    # What waits is shown whatever its age.
    assert len(context["waiting"]) == 2


# -- sending --------------------------------------------------------------------------------


def sink_sender(sink: SmtpSink) -> Any:
    settings = SmtpSettings(host=sink.host, port=sink.port, user="", password="", security="none")

    def sender(raw: bytes, mail_from: str, recipients: Sequence[str]) -> SendResult:
        return smtp_send(settings, raw, mail_from, recipients)

    return sender


@pytest.mark.integration
def test_sent_once_a_day_as_multipart_alternative(
    tmp_path: Path, smtp_sink: SmtpSink, templates: DigestTemplates
) -> None:
    sender = sink_sender(smtp_sink)
    with Store(tmp_path / "state") as store:
        known_state(store)
        message_id = send_digest(store, sender, SETTINGS, templates, NOW)
        assert message_id == "<mailbot.digest.2026-11-21@remotework.example>"
        assert send_digest(store, sender, SETTINGS, templates, NOW + timedelta(hours=5)) is None
        assert len(smtp_sink.messages) == 1
        mail = smtp_sink.messages[0]
        assert mail.mail_from == "sergio@remotework.example"
        assert mail.rcpt_tos == ("sergio@remotework.example",)
        msg = message_from_bytes(mail.data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        assert msg.get_content_type() == "multipart/alternative"
        assert msg["Subject"].startswith("mailbot digest 2026-11-21: 2 applicants")
        assert msg["Auto-Submitted"] == "auto-generated"
        assert msg["Message-ID"] == message_id
        plain = msg.get_body(("plain",))
        html = msg.get_body(("html",))
        assert plain is not None and "Ana Costa" in plain.get_content()
        assert html is not None and "&lt;script&gt;" in html.get_content()

        # The next local day covers only what came since.
        store.put(
            "messages", "<new@x>", message("applicant", "n@n.example", "Nina", "Re", ago(hours=-2))
        )
        store.commit()
        tomorrow = NOW + timedelta(days=1)
        assert send_digest(store, sender, SETTINGS, templates, tomorrow) is not None
    second = message_from_bytes(smtp_sink.messages[1].data, policy=policy.default)
    assert isinstance(second, EmailMessage)
    assert second["Subject"].startswith("mailbot digest 2026-11-22: 1 applicants")


@pytest.mark.integration
def test_failed_digest_is_recorded_and_retried_the_same_day(
    tmp_path: Path, smtp_sink: SmtpSink, templates: DigestTemplates
) -> None:
    sender = sink_sender(smtp_sink)
    smtp_sink.fail_next(550, "5.7.1 relaying denied")
    with Store(tmp_path / "state") as store:
        with pytest.raises(PermanentError, match="relaying denied"):
            send_digest(store, sender, SETTINGS, templates, NOW)
        assert (store.get("meta", "digest") or {})["state"] == "failed"
        assert send_digest(store, sender, SETTINGS, templates, NOW + timedelta(hours=1))
        assert (store.get("meta", "digest") or {})["state"] == "sent"
    assert len(smtp_sink.messages) == 1


# -- scheduling and the CLI -----------------------------------------------------------------


def write_config(tmp_path: Path, digest: dict[str, Any]) -> Path:
    data = yaml.safe_load((REPO / "rules.yaml").read_text())
    data["templates_path"] = str(REPO / "templates")
    data["newsletter_files"] = [str(REPO / p) for p in data.get("newsletter_files") or []]
    data["digest"] = digest
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def make_daemon(tmp_path: Path, store: Store, digest: dict[str, Any], sender: Any) -> Daemon:
    env = {"MAILBOT_STATE": str(tmp_path / "state"), "MAILBOT_IMAP_PASSWORD": ""}
    config = load_config(write_config(tmp_path, digest), env)

    def no_imap() -> Any:
        raise AssertionError("the digest needs no IMAP")

    outbox = build_outbox(config, store, no_imap, lambda: NOW, sender)
    poller = Poller(config, store, None, no_imap, lambda: NOW, outbox)  # type: ignore[arg-type]
    return Daemon(poller, no_imap, interval=300, use_idle=False, idle_renew=540)


def test_cron_job_at_the_configured_time_and_zone(tmp_path: Path) -> None:
    with Store(tmp_path / "state") as store:
        daemon = make_daemon(
            tmp_path, store, {"time": "07:30", "timezone": "America/Sao_Paulo"}, None
        )
        daemon.schedule_jobs()
        job = daemon.scheduler.get_job("digest")
        assert job is not None
        fields = {f.name: str(f) for f in job.trigger.fields}
        assert (fields["hour"], fields["minute"], fields["second"]) == ("7", "30", "0")
        assert str(job.trigger.timezone) == "America/Sao_Paulo"
        after = job.trigger.get_next_fire_time(None, NOW)
        assert after == datetime(2026, 11, 21, 10, 30, tzinfo=UTC)  # 07:30 in São Paulo
        assert {j.id for j in daemon.scheduler.get_jobs()} == {"poll", "send", "digest"}


def test_no_cron_job_when_disabled(tmp_path: Path) -> None:
    with Store(tmp_path / "state") as store:
        daemon = make_daemon(tmp_path, store, {"enabled": False}, None)
        daemon.schedule_jobs()
        assert daemon.scheduler.get_job("digest") is None


@pytest.mark.integration
def test_the_cron_job_sends_the_digest(tmp_path: Path, smtp_sink: SmtpSink) -> None:
    with Store(tmp_path / "state") as store:
        known_state(store)
        daemon = make_daemon(tmp_path, store, {"time": "08:00"}, sink_sender(smtp_sink))
        daemon._digest_job()
        daemon._digest_job()
    assert len(smtp_sink.messages) == 1
    assert smtp_sink.messages[0].rcpt_tos == ("sergio@remotework.example",)


@pytest.mark.integration
def test_cli_digest_prints_and_sends(
    tmp_path: Path, smtp_sink: SmtpSink, mailbot_env: dict[str, str]
) -> None:
    config = write_config(tmp_path, {"to": "sergio+digest@remotework.example"})
    env = {**os.environ, **mailbot_env, "MAILBOT_CONFIG": str(config)}

    def run(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "mailbot.cli", "digest", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    printed = run()
    assert printed.startswith("Subject: mailbot digest ")
    assert "NEW APPLICANTS (0)" in printed
    assert smtp_sink.messages == []
    assert "digest sent to sergio+digest@remotework.example" in run("--send")
    assert "already sent" in run("--send")
    assert [m.rcpt_tos for m in smtp_sink.messages] == [("sergio+digest@remotework.example",)]
    state = Path(mailbot_env["MAILBOT_STATE"])
    with Store(state, readonly=True) as store:
        record = store.get("meta", "digest") or {}
    assert record["state"] == "sent" and record["message_id"].startswith("<mailbot.digest.")
