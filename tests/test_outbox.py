"""Review and sending against a real Dovecot and a real aiosmtpd: every approved draft leaves
exactly once, threaded, out of Drafts and into Sent; what the owner does in his mail client
is recognised; auto-send keeps to its window, its cap and to humans.

Drafts are made by the real Poller (parse, safety, decide, render, APPEND to Drafts) with
an answer-key classifier standing in for the spaCy model, so these tests do not depend on
a trained model; the `review` commands run as the real CLI in a subprocess.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest
import yaml
from servers import DovecotServer, SmtpSink

from mailbot.config import LoadedConfig, load_config
from mailbot.daemon import Poller, build_outbox, default_imap_factory
from mailbot.models import Classification, Label, OtherKind, ParsedMessage, SafetyVerdict
from mailbot.outbox import Outbox, short_id
from mailbot.pipeline import Pipeline
from mailbot.render import TemplateLibrary
from mailbot.safety import is_machine_address
from mailbot.samples import Sample, samples
from mailbot.store import Store

REPO = Path(__file__).resolve().parents[1]
OWNER_EMAIL = "sergio@remotework.example"
pytestmark = pytest.mark.integration


# -- helpers --------------------------------------------------------------------------------


class Clock:
    """A settable clock shared by the poller and the outbox."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2026, 11, 21, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class AnswerKeyClassifier:
    """Labels each message as its sample says (the model is not what these tests test)."""

    def __init__(self, mix: Sequence[Sample]) -> None:
        self.labels: dict[str, str] = {}
        for sample in mix:
            message_id = message_from_bytes(sample.data, policy=policy.default)["Message-ID"]
            self.labels[str(message_id).strip()] = sample.expect_label

    def classify_many(
        self,
        items: Sequence[tuple[ParsedMessage, SafetyVerdict]],
        floor: float,
        inputs: Sequence[Any] | None = None,
    ) -> list[Classification]:
        out = []
        for parsed, safety in items:
            label = Label(self.labels.get(parsed.message_id, "other"))
            person = safety.relayed_person or parsed.from_addr
            kind = OtherKind.FEEDBACK if label is Label.OTHER else None
            out.append(Classification(label=label, kind=kind, confidence=0.99, person=person))
        return out


def write_config(tmp_path: Path, **changes: Any) -> Path:
    """The shipped rules.yaml with absolute paths, plus `changes` merged in by section."""
    data = yaml.safe_load((REPO / "rules.yaml").read_text())
    data["templates_path"] = str(REPO / "templates")
    data["newsletter_files"] = [str(REPO / p) for p in data.get("newsletter_files") or []]
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


class Bot:
    """mailbot in-process (Poller + Outbox on a settable clock) and as the CLI."""

    def __init__(self, config_path: Path, env: dict[str, str], mix: Sequence[Sample]) -> None:
        self.config_path = config_path
        self.env = {**env, "MAILBOT_CONFIG": str(config_path)}
        self.config: LoadedConfig = load_config(config_path, self.env)
        self.clock = Clock()
        self.classifier = AnswerKeyClassifier(mix)

    def open(self) -> tuple[Store, Outbox, Poller]:
        store = Store(self.config.state_dir, clock=self.clock)
        factory = default_imap_factory(self.config)
        outbox = build_outbox(self.config, store, factory, self.clock)
        pipeline = Pipeline(
            config=self.config,
            templates=TemplateLibrary(self.config.templates_dir),
            classifier=self.classifier,
            clock=self.clock,
        )
        return store, outbox, Poller(self.config, store, pipeline, factory, self.clock, outbox)

    def poll(self) -> None:
        """One `once` cycle (poll, reconcile, auto-approve, send what is due)."""
        store, _outbox, poller = self.open()
        with store:
            poller.poll()

    def drafts(self) -> dict[str, dict[str, Any]]:
        with Store(self.config.state_dir, readonly=True) as store:
            return dict(store.items("drafts"))

    def draft_to(self, recipient: str) -> tuple[str, dict[str, Any]]:
        found = [(k, r) for k, r in self.drafts().items() if recipient in r["to"]]
        assert len(found) == 1, f"{len(found)} drafts to {recipient}"
        return found[0]

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [sys.executable, "-m", "mailbot.cli", *args],
            env={**os.environ, **self.env},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return result


@pytest.fixture
def humans() -> list[Sample]:
    return [s for s in samples() if s.expect_draft]


def seed(dovecot: DovecotServer, mix: Sequence[Sample]) -> None:
    for sample in mix:
        dovecot.append("INBOX", sample.data)


@pytest.fixture
def bot(
    tmp_path: Path, dovecot: DovecotServer, mailbot_env: dict[str, str], humans: list[Sample]
) -> Iterator[Bot]:
    seed(dovecot, humans)
    bot = Bot(write_config(tmp_path), mailbot_env, humans)
    bot.poll()
    yield bot


def parsed(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def ids_in(dovecot: DovecotServer, folder: str) -> list[str]:
    return [str(parsed(raw)["Message-ID"]) for _uid, _flags, raw in dovecot.messages(folder)]


def approve(bot: Bot, *keys: str) -> None:
    store, outbox, _ = bot.open()
    with store:
        assert outbox.approve(keys) == list(keys)


def send_due(bot: Bot, *, force_now: bool = False) -> Any:
    store, outbox, _ = bot.open()
    with store:
        return outbox.send_due(force_now=force_now)


# -- approve and send -----------------------------------------------------------------------


def test_approve_and_send_from_the_cli_exactly_once(
    bot: Bot, dovecot: DovecotServer, smtp_sink: SmtpSink, humans: list[Sample]
) -> None:
    listing = json.loads(bot.cli("review", "list", "--json").stdout)
    assert {row["status"] for row in listing} == {"in_drafts"}
    assert {row["to"][0] for row in listing} == {s.recipient for s in humans}
    ana = next(row for row in listing if row["to"] == ["ana.costa@gmail.example"])
    reviewed = next(  # what the owner sees in Drafts
        parsed(raw)
        for _u, _f, raw in dovecot.messages("Drafts")
        if parsed(raw)["Message-ID"] == ana["message_id"]
    )

    bot.cli("review", "approve", ana["id"])
    out = bot.cli("review", "send").stdout
    assert "1 sent" in out

    assert len(smtp_sink.messages) == 1
    mail = smtp_sink.messages[0]
    assert mail.mail_from == OWNER_EMAIL
    assert mail.rcpt_tos == ("ana.costa@gmail.example",)
    sent = parsed(mail.data)
    assert sent["Message-ID"] == ana["message_id"] == reviewed["Message-ID"]
    assert sent["From"].addresses[0].addr_spec == OWNER_EMAIL
    assert sent["In-Reply-To"] == ana["in_reply_to"]
    assert ana["in_reply_to"] in sent["References"]
    assert sent["Bcc"] is None
    assert sent["Auto-Submitted"] is None  # reviewed, not automatic
    assert sent.get_body(("plain",)).get_content() == reviewed.get_body(("plain",)).get_content()

    assert ana["message_id"] not in ids_in(dovecot, "Drafts")
    assert ids_in(dovecot, "Sent") == [ana["message_id"]]
    assert len(ids_in(dovecot, "Drafts")) == len(humans) - 1

    again = bot.cli("review", "send").stdout
    assert again.startswith("send: 0 sent")
    assert len(smtp_sink.messages) == 1

    # The contract's run: approve the rest, send, every draft out exactly once.
    bot.cli("review", "approve", "--all")
    bot.cli("review", "send")
    bot.cli("review", "send")
    received = [str(parsed(m.data)["Message-ID"]) for m in smtp_sink.messages]
    assert sorted(received) == sorted(row["message_id"] for row in listing)
    assert ids_in(dovecot, "Drafts") == []
    assert sorted(ids_in(dovecot, "Sent")) == sorted(received)
    statuses = {r["status"] for r in bot.drafts().values()}
    assert statuses == {"sent"}
    assert json.loads(bot.cli("review", "list", "--json").stdout) == []
    report = json.loads(bot.cli("status", "--json").stdout)
    assert report["sent"] == len(humans)


# -- SMTP trouble ---------------------------------------------------------------------------


def test_4xx_is_queued_with_backoff_then_sent(bot: Bot, smtp_sink: SmtpSink) -> None:
    key, _ = bot.draft_to("ana.costa@gmail.example")
    approve(bot, key)
    smtp_sink.fail_next(451, "4.3.0 mailbox busy, try later")
    summary = send_due(bot)
    assert summary.queued == 1 and summary.sent == 0
    record = bot.drafts()[key]
    assert record["status"] == "queued"
    assert "451" in record["error"]
    retry_at = datetime.fromisoformat(record["next_attempt"])
    assert bot.clock.now + timedelta(seconds=15) <= retry_at <= bot.clock.now + timedelta(60)

    assert send_due(bot).sent == 0  # not yet due
    assert smtp_sink.messages == []
    bot.clock.now = retry_at + timedelta(seconds=1)
    assert send_due(bot).sent == 1
    assert len(smtp_sink.messages) == 1
    assert bot.drafts()[key]["status"] == "sent"
    assert bot.drafts()[key]["attempts"] == 2
    assert send_due(bot, force_now=True).sent == 0
    assert len(smtp_sink.messages) == 1


def test_5xx_fails_with_the_servers_words_and_is_not_retried(
    bot: Bot, smtp_sink: SmtpSink, dovecot: DovecotServer
) -> None:
    key, _ = bot.draft_to("joao.ribeiro@outlook.example")
    approve(bot, key)
    smtp_sink.fail_next(554, "5.7.1 rejected by policy XYZ")
    summary = send_due(bot)
    assert summary.failed == 1
    record = bot.drafts()[key]
    assert record["status"] == "failed"
    assert "554 5.7.1 rejected by policy XYZ" in record["error"]
    bot.clock.advance(days=2)
    send_due(bot)
    send_due(bot, force_now=True)
    assert bot.drafts()[key]["attempts"] == 1
    assert smtp_sink.messages == []
    assert key in ids_in(dovecot, "Drafts")  # still there for the owner to look at

    listing = bot.cli("review", "list").stdout
    assert "failed" in listing and "rejected by policy XYZ" in listing
    status = bot.cli("status").stdout
    assert "failed: 1" in status and "rejected by policy XYZ" in status
    report = json.loads(bot.cli("status", "--json").stdout)
    assert report["failed"] == 1
    assert "XYZ" in report["failures"][0]["error"]


def test_connection_dropped_after_data_is_uncertain_and_never_resent(
    bot: Bot, smtp_sink: SmtpSink, dovecot: DovecotServer
) -> None:
    key, _ = bot.draft_to("lucia@devmail.example")
    approve(bot, key)
    smtp_sink.drop_after_data(1)
    summary = send_due(bot)
    assert summary.uncertain == 1
    assert len(smtp_sink.messages) == 1  # the server did get it
    assert bot.drafts()[key]["status"] == "uncertain"

    # A restart (new process, new store handle) and later rounds do not send it again.
    bot.clock.advance(hours=3)
    bot.poll()
    bot.cli("review", "send")
    assert len(smtp_sink.messages) == 1
    listing = bot.cli("review", "list").stdout
    assert "uncertain" in listing and "may have accepted" in listing


def test_smtp_down_for_a_while_queues_then_sends(bot: Bot, smtp_sink: SmtpSink) -> None:
    key, _ = bot.draft_to("ana.costa@gmail.example")
    approve(bot, key)
    smtp_sink.refuse_connections = True
    delays = []
    for _ in range(3):
        before = bot.clock.now
        assert send_due(bot).queued == 1
        record = bot.drafts()[key]
        assert record["status"] == "queued"
        retry_at = datetime.fromisoformat(record["next_attempt"])
        delays.append(retry_at - before)
        bot.clock.now = retry_at + timedelta(seconds=1)
    assert bot.drafts()[key]["attempts"] == 3
    assert delays[2] > delays[0]  # exponential, whatever the jitter
    smtp_sink.refuse_connections = False
    assert send_due(bot).sent == 1
    assert len(smtp_sink.messages) == 1
    assert bot.drafts()[key]["status"] == "sent"


# -- the owner's mail client ----------------------------------------------------------------


def client_delete(dovecot: DovecotServer, folder: str, message_id: str) -> None:
    client = dovecot.client()
    try:
        client.select_folder(folder)
        uids = client.search(["HEADER", "Message-ID", message_id])
        assert uids, f"{message_id} not in {folder}"
        client.delete_messages(uids)
        client.expunge()
    finally:
        client.logout()


def client_version(record: dict[str, Any], body: str) -> bytes:
    """What a phone mail app writes: its own Message-ID, the same In-Reply-To."""
    message = EmailMessage()
    message["From"] = f"Sergio Pereira <{OWNER_EMAIL}>"
    message["To"] = record["to"][0]
    message["Subject"] = record["subject"]
    message["Message-ID"] = make_msgid(domain="iphone.example")
    message["In-Reply-To"] = record["in_reply_to"]
    message["References"] = record["in_reply_to"]
    message.set_content(body)
    return message.as_bytes()


def test_drafts_sent_deleted_or_edited_in_the_mail_client_are_recognised(
    bot: Bot, dovecot: DovecotServer, smtp_sink: SmtpSink
) -> None:
    sent_key, sent_record = bot.draft_to("ana.costa@gmail.example")
    deleted_key, _ = bot.draft_to("joao.ribeiro@outlook.example")
    edited_key, edited_record = bot.draft_to("lucia@devmail.example")
    untouched_key, _ = bot.draft_to("mark@medibook.example")
    approve(bot, sent_key, edited_key)  # approved in mailbot, then handled on the phone

    client_delete(dovecot, "Drafts", sent_key)
    dovecot.append("Sent", client_version(sent_record, "Welcome aboard, Ana!"), flags=[b"\\Seen"])
    client_delete(dovecot, "Drafts", deleted_key)
    dovecot.append("Drafts", client_version(edited_record, "Hola Lucía!"), flags=[b"\\Draft"])
    client_delete(dovecot, "Drafts", edited_key)

    bot.clock.advance(minutes=5)
    bot.poll()  # the next `once`
    drafts = bot.drafts()
    assert drafts[sent_key]["status"] == "sent_by_owner"
    assert drafts[deleted_key]["status"] == "discarded"
    assert drafts[edited_key]["status"] == "edited"
    assert drafts[untouched_key]["status"] == "in_drafts"

    bot.cli("review", "approve", "--all")
    bot.cli("review", "send")
    recipients = [m.rcpt_tos[0] for m in smtp_sink.messages]
    assert "ana.costa@gmail.example" not in recipients
    assert "joao.ribeiro@outlook.example" not in recipients
    assert "lucia@devmail.example" not in recipients
    assert "mark@medibook.example" in recipients
    assert len(recipients) == len(set(recipients))
    # The owner's own edited version is his to send: mailbot leaves it in Drafts.
    assert len(ids_in(dovecot, "Drafts")) == 1


def test_reconciled_by_send_alone(bot: Bot, dovecot: DovecotServer, smtp_sink: SmtpSink) -> None:
    """`review send` checks the mail client first, without a poll in between."""
    key, record = bot.draft_to("priya@greenledger.example")
    approve(bot, key)
    client_delete(dovecot, "Drafts", key)
    dovecot.append("Sent", client_version(record, "Happy to talk, Priya."), flags=[b"\\Seen"])
    bot.cli("review", "send")
    assert smtp_sink.messages == []
    assert bot.drafts()[key]["status"] == "sent_by_owner"


# -- crash safety ---------------------------------------------------------------------------


def test_draft_left_sending_and_found_in_sent_is_not_resent(
    bot: Bot, dovecot: DovecotServer, smtp_sink: SmtpSink
) -> None:
    key, record = bot.draft_to("ana.costa@gmail.example")
    approve(bot, key)
    # The crash: the server said 250 and the copy reached Sent, the state write did not.
    store, _outbox, _ = bot.open()
    with store:
        store.update("drafts", key, status="sending", attempts=1)
        store.commit()
    dovecot.append("Sent", record["raw"].encode(), flags=[b"\\Seen"])

    summary = send_due(bot)
    assert summary.sent == 1
    assert smtp_sink.messages == []
    after = bot.drafts()[key]
    assert after["status"] == "sent" and after["filed"] is True
    assert key not in ids_in(dovecot, "Drafts")
    assert ids_in(dovecot, "Sent") == [key]  # not a second copy


def test_draft_left_sending_without_a_trace_is_not_resent_blindly(
    bot: Bot, dovecot: DovecotServer, smtp_sink: SmtpSink
) -> None:
    """Killed after the server's 250 but before anything was recorded or filed."""
    key, _ = bot.draft_to("ana.costa@gmail.example")
    approve(bot, key)
    store, _outbox, _ = bot.open()
    with store:
        store.update("drafts", key, status="sending", attempts=1)
        store.commit()
    send_due(bot)
    bot.cli("review", "send")
    assert smtp_sink.messages == []
    after = bot.drafts()[key]
    assert after["status"] == "uncertain"
    assert key in ids_in(dovecot, "Drafts")
    # The owner checked and wants it sent: approving again sends it, once.
    bot.cli("review", "approve", short_id(key))
    bot.cli("review", "send")
    assert len(smtp_sink.messages) == 1


# -- auto-send ------------------------------------------------------------------------------


AUTO_ACK = [
    {
        "name": "applicant-ack",
        "when": {"label": "applicant"},
        "action": "draft",
        "template": "applicant_ack",
        "send": "auto",
    },
    {"name": "everything-else", "action": "ignore"},
]


def resend_as(sample: Sample, *, body: str) -> bytes:
    """A second message from the same sender (the forgotten attachment)."""
    original = parsed(sample.data)
    message = EmailMessage()
    message["From"] = original["From"]
    message["To"] = original["To"]
    message["Subject"] = original["Subject"]
    message["Message-ID"] = make_msgid(domain="samples.example")
    message.set_content(body)
    return message.as_bytes()


def auto_bot(tmp_path: Path, env: dict[str, str], mix: Sequence[Sample], **changes: Any) -> Bot:
    return Bot(write_config(tmp_path, rules=AUTO_ACK, **changes), env, mix)


def test_auto_send_acknowledges_once_per_sender_window(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mailbot_env: dict[str, str]
) -> None:
    ana = samples()[0]
    assert ana.recipient == "ana.costa@gmail.example"
    again = resend_as(ana, body="Hi Sergio, forgot to attach my CV, here it is. Ana")
    mix = [ana, Sample("again", again, "applicant", False)]
    # reply_window_days 0 takes the follow-up guard out: the outbox's own window must hold.
    bot = auto_bot(tmp_path, mailbot_env, mix, limits={"reply_window_days": 0})
    dovecot.append("INBOX", ana.data)
    bot.poll()
    assert len(smtp_sink.messages) == 1
    ack = parsed(smtp_sink.messages[0].data)
    assert ack["Auto-Submitted"] == "auto-replied"
    assert smtp_sink.messages[0].rcpt_tos == ("ana.costa@gmail.example",)
    assert ids_in(dovecot, "Drafts") == []
    sent_copy = parsed(dovecot.messages("Sent")[0][2])
    assert sent_copy["Auto-Submitted"] == "auto-replied"

    bot.clock.advance(days=2)
    dovecot.append("INBOX", again)
    bot.poll()
    assert len(smtp_sink.messages) == 1  # none for the second message
    waiting = [r for r in bot.drafts().values() if r["status"] == "in_drafts"]
    assert len(waiting) == 1 and "already auto-answered" in waiting[0]["auto_skipped"]

    # Past the window a new message is acknowledged again.
    bot.clock.advance(days=8)
    third = resend_as(ana, body="Hi Sergio, any news about the network? Ana")
    bot.classifier.labels[str(parsed(third)["Message-ID"])] = "applicant"
    dovecot.append("INBOX", third)
    bot.poll()
    assert len(smtp_sink.messages) == 2


def test_auto_send_follow_up_from_same_sender_gets_no_reply(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mailbot_env: dict[str, str]
) -> None:
    ana = samples()[0]
    again = resend_as(ana, body="Sorry, here's the CV I forgot. Ana")
    bot = auto_bot(tmp_path, mailbot_env, [ana, Sample("again", again, "applicant", False)])
    dovecot.append("INBOX", ana.data)
    bot.poll()
    bot.clock.advance(hours=1)
    dovecot.append("INBOX", again)
    bot.poll()
    assert len(smtp_sink.messages) == 1
    assert bot.drafts() and len(bot.drafts()) == 1


def test_auto_send_never_to_a_machine_and_within_the_hourly_cap(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mailbot_env: dict[str, str]
) -> None:
    mix = samples()
    everything_auto = [
        {
            "name": "all",
            "when": {"label": ["applicant", "client"]},
            "action": "draft",
            "template": "applicant_ack",
            "send": "auto",
        },
    ]
    bot = Bot(
        write_config(tmp_path, rules=everything_auto, auto_send={"hourly_cap": 3}),
        mailbot_env,
        mix,
    )
    seed(dovecot, mix)
    bot.poll()
    recipients = [m.rcpt_tos for m in smtp_sink.messages]
    humans = {s.recipient for s in mix if s.expect_draft and s.name != "client-form-relay"}
    assert len(recipients) == 3  # the cap
    for rcpt in recipients:
        assert len(rcpt) == 1 and rcpt[0] in humans
    # The person behind the contact form gets a draft for review, never an automatic reply.
    tom = bot.draft_to("tom.becker@shopwise.example")[1]
    assert tom["send_policy"] == "review" and tom["status"] == "in_drafts"
    for record in bot.drafts().values():
        assert not any("daemon" in a or "no-reply" in a or "lists." in a for a in record["to"])
    for mail in smtp_sink.messages:
        assert parsed(mail.data)["Auto-Submitted"] == "auto-replied"

    # Within the hour: still capped. An hour later the rest go out, each once.
    bot.clock.advance(minutes=30)
    bot.poll()
    assert len(smtp_sink.messages) == 3
    bot.clock.advance(minutes=31)
    bot.poll()
    sent_to = [m.rcpt_tos[0] for m in smtp_sink.messages]
    assert sorted(sent_to) == sorted(humans)
    assert len(set(sent_to)) == len(sent_to)


def test_a_draft_to_a_machine_is_never_sent(
    bot: Bot, dovecot: DovecotServer, smtp_sink: SmtpSink
) -> None:
    """Decide never drafts to a machine; the outbox holds the line even if one slips in."""
    _key, template = bot.draft_to("ana.costa@gmail.example")
    raw = template["raw"].replace("ana.costa@gmail.example", "no-reply@jobs.example")
    raw = raw.replace("Message-ID: <", "Message-ID: <machine.", 1)
    machine_key = str(parsed(raw.encode())["Message-ID"])
    dovecot.append("Drafts", raw.encode(), flags=[b"\\Draft"])
    store, outbox, _ = bot.open()
    with store:
        store.put(
            "drafts",
            machine_key,
            {
                **template,
                "to": ["no-reply@jobs.example"],
                "send_policy": "auto",
                "raw": raw,
                "status": "in_drafts",
            },
        )
        store.commit()
        assert outbox.auto_approve() == []
        assert "machine" in (store.get("drafts", machine_key) or {})["auto_skipped"]
        outbox.approve([machine_key])  # even the owner's approval does not send it
        assert outbox.send_due(force_now=True).failed == 1
    assert smtp_sink.messages == []
    assert "machine" in bot.drafts()[machine_key]["error"]


EDITOR = """\
import sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(text.replace("Sergio Pereira\\n", "Sergio (edited)\\n", 1))
"""


def test_edit_then_send_sends_the_edited_text_and_reject_removes(
    bot: Bot, dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path
) -> None:
    key, record = bot.draft_to("mark@medibook.example")
    rejected, _ = bot.draft_to("priya@greenledger.example")
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR)
    bot.env["EDITOR"] = f"{sys.executable} {editor}"
    assert "edited" in bot.cli("review", "edit", short_id(key)).stdout
    in_drafts = [raw for _u, _f, raw in dovecot.messages("Drafts") if key.encode() in raw]
    assert len(in_drafts) == 1 and b"Sergio (edited)" in in_drafts[0]

    bot.cli("review", "reject", short_id(rejected))
    assert rejected not in ids_in(dovecot, "Drafts")
    assert bot.drafts()[rejected]["status"] == "rejected"

    bot.cli("review", "approve", short_id(key), short_id(rejected))
    bot.cli("review", "send")
    assert [m.rcpt_tos for m in smtp_sink.messages] == [("mark@medibook.example",)]
    body = parsed(smtp_sink.messages[0].data).get_body(("plain",)).get_content()
    assert "Sergio (edited)" in body
    assert str(parsed(smtp_sink.messages[0].data)["Message-ID"]) == key
    assert record["raw"] != bot.drafts()[key]["raw"]


# -- the contract's run, with the shipped classifier ----------------------------------------


@pytest.mark.slow
def test_real_once_then_approve_all_and_send_moves_every_draft_exactly_once(
    tmp_path: Path, dovecot: DovecotServer, smtp_sink: SmtpSink, mailbot_env: dict[str, str]
) -> None:
    from mailbot.classify.model import DEFAULT_MODEL_DIR, META_FILE

    if not (DEFAULT_MODEL_DIR / META_FILE).is_file():
        if os.environ.get("CI"):
            pytest.fail(f"no classifier model at {DEFAULT_MODEL_DIR} (CI is set)")
        pytest.skip(f"no classifier model at {DEFAULT_MODEL_DIR}: run `mailbot train`")
    mix = samples()
    seed(dovecot, mix)
    bot = Bot(write_config(tmp_path), mailbot_env, mix)
    assert "processed" in bot.cli("once").stdout
    listing = json.loads(bot.cli("review", "list", "--json").stdout)
    assert listing and {row["status"] for row in listing} == {"in_drafts"}
    assert smtp_sink.messages == []

    bot.cli("review", "approve", "--all")
    bot.cli("review", "send")
    bot.cli("review", "send")
    bot.cli("once")
    received = [str(parsed(m.data)["Message-ID"]) for m in smtp_sink.messages]
    assert sorted(received) == sorted(row["message_id"] for row in listing)
    assert ids_in(dovecot, "Drafts") == []
    assert sorted(ids_in(dovecot, "Sent")) == sorted(received)
    for mail in smtp_sink.messages:
        assert not any(is_machine_address(r) for r in mail.rcpt_tos)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"From: a@b\r\nSubject: x\r\n\r\nbody\r\n", 1),
        (b"From: a@b\nSubject: x\n\nbody\nAuto-Submitted: no\n", 1),  # in the body only
        (b"From: a@b\r\nAuto-Submitted: auto-replied\r\n\r\nbody\r\n", 1),
        (b"From: a@b\nauto-submitted: auto-generated\n\nbody\n", 1),
    ],
)
def test_auto_submitted_added_once(raw: bytes, expected: int) -> None:
    from mailbot.outbox import with_auto_submitted

    marked = parsed(with_auto_submitted(raw))
    assert len(marked.get_all("Auto-Submitted") or []) == expected
    assert marked.get_content().strip().startswith("body")
