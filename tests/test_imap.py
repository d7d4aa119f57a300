"""mailbot.imap against a real Dovecot (tests/servers.py), and the SMTP sink's fault controls."""

from __future__ import annotations

import logging
import smtplib
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

import pytest
import trustme
from servers import DovecotServer, SmtpSink, dovecot_binary, free_port

from mailbot.errors import ConfigError, PermanentError, TransientError
from mailbot.imap import (
    ImapConnection,
    ImapSettings,
    OversizedMessage,
    UidValidityChanged,
    connect,
    is_loopback_host,
)
from mailbot.models import RawMessage

pytestmark = pytest.mark.integration


def make_message(
    number: int, *, body: str = "Hello there.", message_id: str | None = None
) -> bytes:
    message = EmailMessage()
    message["From"] = f"Reader {number} <reader{number}@example.org>"
    message["To"] = "owner@example.com"
    message["Subject"] = f"Re: the newsletter #{number}"
    message["Message-ID"] = message_id or f"<reply-{number}@example.org>"
    message.set_content(body)
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


def settings_for(server: DovecotServer, **overrides: Any) -> ImapSettings:
    values: dict[str, Any] = {
        "host": server.host,
        "port": server.port,
        "user": server.user,
        "password": server.password,
        "security": server.security,
        "timeout": 10.0,
        "ssl_context": server.client_ssl_context() if server.tls else None,
    }
    values.update(overrides)
    return ImapSettings(**values)


@pytest.fixture
def imap(dovecot: DovecotServer) -> Iterator[ImapConnection]:
    with connect(settings_for(dovecot)) as connection:
        yield connection


def flags_of(server: DovecotServer, folder: str) -> dict[int, tuple[bytes, ...]]:
    return {uid: flags for uid, flags, _data in server.messages(folder)}


# -- connecting ------------------------------------------------------------------------------


def test_login_and_capabilities_after_login(imap: ImapConnection) -> None:
    # Dovecot advertises these only once logged in.
    assert {"IDLE", "SPECIAL-USE", "UIDPLUS", "MOVE"} <= imap.capabilities
    assert imap.has_idle


def test_bad_password_is_config_error_without_the_password(dovecot: DovecotServer) -> None:
    wrong = "hunter2-not-the-password"
    with pytest.raises(ConfigError) as caught:
        connect(settings_for(dovecot, password=wrong))
    text = str(caught.value)
    assert "IMAP login failed for user 'owner'" in text
    assert wrong not in text
    assert wrong not in repr(caught.value.__cause__) and caught.value.__suppress_context__
    assert wrong not in repr(settings_for(dovecot, password=wrong))


def test_plaintext_to_non_loopback_is_refused_before_any_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    attempts: list[object] = []

    def no_network(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise AssertionError("connect() touched the network")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    settings = ImapSettings("10.255.255.1", 143, "owner", "secret", "none")
    with pytest.raises(ConfigError, match="refusing plaintext IMAP to non-loopback host"):
        connect(settings)
    assert attempts == []


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost", True),
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("10.255.255.1", False),
        ("192.168.1.20", False),
        ("2001:db8::1", False),
    ],
)
def test_is_loopback_host(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_unknown_security_mode_is_config_error() -> None:
    with pytest.raises(ConfigError, match="security must be one of"):
        connect(ImapSettings("127.0.0.1", 143, "owner", "secret", "tls-please"))


def test_nothing_listening_is_transient() -> None:
    settings = ImapSettings("127.0.0.1", free_port(), "owner", "secret", "none", timeout=2)
    with pytest.raises(TransientError):
        connect(settings)


def test_starttls_required_but_not_offered_is_config_error(dovecot: DovecotServer) -> None:
    with pytest.raises(ConfigError, match="does not offer STARTTLS"):
        connect(settings_for(dovecot, security="starttls"))


def test_implicit_tls_to_a_plaintext_port_is_config_error(dovecot: DovecotServer) -> None:
    with pytest.raises(ConfigError, match="TLS"):
        connect(settings_for(dovecot, security="ssl", ssl_context=ssl.create_default_context()))


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_with_the_right_ca_is_accepted_and_a_wrong_ca_refused(security: str) -> None:
    if dovecot_binary() is None:
        pytest.skip("dovecot binary not found")
    with DovecotServer(tls=True, security=security) as server:
        with connect(settings_for(server)) as connection:
            assert "IDLE" in connection.capabilities
            assert connection.select("INBOX").exists == 0

        stranger = ssl.create_default_context()
        trustme.CA().configure_trust(stranger)
        with pytest.raises(ConfigError, match="certificate verify failed"):
            connect(settings_for(server, ssl_context=stranger))
        # The system trust store does not know the test CA either: verification is on.
        with pytest.raises(ConfigError, match="certificate verify failed"):
            connect(settings_for(server, ssl_context=None))


# -- folders ---------------------------------------------------------------------------------


def test_find_special_folder_uses_special_use(imap: ImapConnection) -> None:
    assert imap.find_special_folder("\\Drafts", "NotThisOne") == "Drafts"
    assert imap.find_special_folder("\\Sent", "Sent Items") == "Sent"


def test_find_special_folder_creates_the_fallback(
    imap: ImapConnection, dovecot: DovecotServer
) -> None:
    assert imap.find_special_folder("\\Flagged", "Mailbot/Later") == "Mailbot/Later"
    client = dovecot.client()
    try:
        assert client.folder_exists("Mailbot/Later")
    finally:
        client.logout()


def test_select_missing_folder_is_config_error(imap: ImapConnection) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        imap.select("No Such Folder")


# -- reading ---------------------------------------------------------------------------------


def test_append_and_fetch_round_trip(imap: ImapConnection) -> None:
    raw = make_message(1)
    when = datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    uid = imap.append("Drafts", raw, msg_time=when)
    assert uid == 1

    status = imap.select("Drafts")
    assert status.exists == 1 and status.uidvalidity > 0 and status.uidnext == 2
    [message] = imap.fetch_raw([uid], "Drafts", status.uidvalidity)
    assert isinstance(message, RawMessage)
    assert (message.folder, message.uid, message.uidvalidity) == ("Drafts", 1, status.uidvalidity)
    assert message.data == raw
    assert message.size == len(raw)
    assert "\\Draft" in message.flags
    assert message.internaldate == when


def test_append_sends_crlf_line_ends(imap: ImapConnection, dovecot: DovecotServer) -> None:
    imap.append("Drafts", b"Subject: bare\n\nline one\nline two\n")
    [(_uid, _flags, data)] = dovecot.messages("Drafts")
    assert data == b"Subject: bare\r\n\r\nline one\r\nline two\r\n"


def test_fetch_never_sets_seen_even_in_a_writable_folder(
    imap: ImapConnection, dovecot: DovecotServer
) -> None:
    dovecot.append("INBOX", make_message(1))
    dovecot.append("INBOX", make_message(2))
    status = imap.select("INBOX", readonly=False)
    assert len(imap.fetch_raw([1, 2], "INBOX", status.uidvalidity)) == 2
    assert len(list(imap.iter_raw([1, 2], "INBOX", status.uidvalidity, max_size=10**6))) == 2
    imap.close()
    assert all(b"\\Seen" not in flags for flags in flags_of(dovecot, "INBOX").values())


def test_new_uids_drops_the_star_quirk(imap: ImapConnection, dovecot: DovecotServer) -> None:
    status = imap.select("INBOX")
    assert imap.new_uids(status, 0) == []
    for number in range(3):
        dovecot.append("INBOX", make_message(number))
    status = imap.select("INBOX")
    assert imap.new_uids(status, 0) == [1, 2, 3]
    assert imap.new_uids(status, 1) == [2, 3]
    # UID SEARCH UID 4:* answers 3: nothing new must mean nothing returned.
    assert imap.new_uids(status, 3) == []
    assert imap.new_uids(status, 99) == []


def test_fetch_with_a_stale_uidvalidity_is_refused(
    imap: ImapConnection, dovecot: DovecotServer
) -> None:
    dovecot.append("INBOX", make_message(1))
    status = imap.select("INBOX")
    with pytest.raises(UidValidityChanged):
        imap.fetch_raw([1], "INBOX", status.uidvalidity + 1)


def test_iter_raw_fetches_in_batches_in_uid_order(
    imap: ImapConnection, dovecot: DovecotServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.write_maildir("INBOX", [make_message(n) for n in range(25)])
    status = imap.select("INBOX")
    uids = imap.new_uids(status, 0)
    assert uids == list(range(1, 26))

    fetch_sizes: list[int] = []
    real_fetch = imap._client.fetch

    def counting_fetch(messages: list[int], data: Any, modifiers: Any = None) -> Any:
        fetch_sizes.append(len(messages))
        return real_fetch(messages, data, modifiers)

    monkeypatch.setattr(imap._client, "fetch", counting_fetch)
    fetched = list(imap.iter_raw(uids, "INBOX", status.uidvalidity, batch_size=10))
    assert [m.uid for m in fetched] == uids
    assert all(
        isinstance(m, RawMessage) and b"Subject: Re: the newsletter" in m.data for m in fetched
    )
    assert fetch_sizes == [10, 10, 5]


def test_iter_raw_marks_oversized_messages_without_fetching_them(
    imap: ImapConnection, dovecot: DovecotServer
) -> None:
    dovecot.append("INBOX", make_message(1))
    big = make_message(2, body="x" * 60 + "\n" * 1 + ("y" * 70 + "\n") * 1000)
    dovecot.append("INBOX", big)
    dovecot.append("INBOX", make_message(3))
    status = imap.select("INBOX")
    items = list(imap.iter_raw([1, 2, 3], "INBOX", status.uidvalidity, max_size=20_000))
    assert [type(item) for item in items] == [RawMessage, OversizedMessage, RawMessage]
    marker = items[1]
    assert isinstance(marker, OversizedMessage)
    assert marker.uid == 2 and marker.size == len(big) and marker.size > 20_000
    assert imap.fetch_sizes([1, 2, 3])[2] == len(big)


def test_search_by_message_id(imap: ImapConnection, dovecot: DovecotServer) -> None:
    dovecot.append("Drafts", make_message(1, message_id="<draft-aaa@mailbot.local>"))
    dovecot.append("Drafts", make_message(2, message_id="<draft-bbb@mailbot.local>"))
    assert imap.search_message_id("Drafts", "<draft-bbb@mailbot.local>") == [2]
    assert imap.search_message_id("Drafts", "draft-aaa@mailbot.local") == [1]
    assert imap.search_message_id("Drafts", "<draft-ccc@mailbot.local>") == []
    assert imap.search_message_id("Drafts", "<x@y>\r\nA001 LOGOUT") == []


def test_delete_uids(imap: ImapConnection, dovecot: DovecotServer) -> None:
    for number in range(3):
        imap.append("Drafts", make_message(number))
    imap.select("Drafts")  # read-only: delete must reopen the folder writable
    imap.delete_uids("Drafts", [2])
    assert [uid for uid, _flags, _data in dovecot.messages("Drafts")] == [1, 3]
    assert imap.select("Drafts").exists == 2


# -- waiting ---------------------------------------------------------------------------------


def test_idle_wait_sees_a_new_message_quickly(imap: ImapConnection, dovecot: DovecotServer) -> None:
    status = imap.select("INBOX")
    delivery = threading.Timer(0.3, dovecot.append, args=("INBOX", make_message(1)))
    started = time.monotonic()
    delivery.start()
    try:
        assert imap.idle_wait(timeout=10) is True
    finally:
        delivery.join()
    assert time.monotonic() - started < 2.0
    assert imap.new_uids(status, 0) == [1]


def test_idle_wait_times_out_quietly(imap: ImapConnection) -> None:
    imap.select("INBOX")
    started = time.monotonic()
    assert imap.idle_wait(timeout=0.5) is False
    assert 0.4 < time.monotonic() - started < 3
    imap.noop()  # the session is still usable


def test_idle_wait_on_a_frozen_server_raises_transient(dovecot: DovecotServer) -> None:
    with connect(settings_for(dovecot, timeout=1.0)) as connection:
        connection.select("INBOX")
        # Freeze the server while the client sits in IDLE: only the DONE round trip can notice.
        freeze = threading.Timer(0.2, dovecot.pause)
        started = time.monotonic()
        freeze.start()
        try:
            with pytest.raises(TransientError, match="timed out"):
                connection.idle_wait(timeout=0.6)
            assert 1.4 < time.monotonic() - started < 5
        finally:
            freeze.join()
            dovecot.resume()
        assert not connection.usable
        with pytest.raises(TransientError):
            connection.noop()


def test_a_restarted_server_makes_the_old_connection_transient(
    imap: ImapConnection, dovecot: DovecotServer
) -> None:
    imap.select("INBOX")
    dovecot.restart()
    with pytest.raises(TransientError):
        imap.noop()
    with connect(settings_for(dovecot)) as fresh:
        assert fresh.select("INBOX").exists == 0


def test_append_to_a_missing_folder_is_not_transient(imap: ImapConnection) -> None:
    with pytest.raises((ConfigError, PermanentError)):
        imap.append("Does Not Exist", make_message(1))


# -- the test servers themselves -------------------------------------------------------------


def test_write_maildir_is_visible_over_imap(dovecot: DovecotServer) -> None:
    assert dovecot.write_maildir("Archive", [make_message(1), make_message(2)]) == 2
    stored = dovecot.messages("Archive")
    assert [uid for uid, _flags, _data in stored] == [1, 2]
    assert stored[1][2] == make_message(2)


def test_mailbot_env_points_at_the_servers(mailbot_env: dict[str, str]) -> None:
    settings = ImapSettings(
        mailbot_env["MAILBOT_IMAP_HOST"],
        int(mailbot_env["MAILBOT_IMAP_PORT"]),
        mailbot_env["MAILBOT_IMAP_USER"],
        mailbot_env["MAILBOT_IMAP_PASSWORD"],
        mailbot_env["MAILBOT_IMAP_SECURITY"],
    )
    with connect(settings) as connection:
        assert connection.find_special_folder("\\Drafts", "Drafts") == "Drafts"
    with smtplib.SMTP(
        mailbot_env["MAILBOT_SMTP_HOST"], int(mailbot_env["MAILBOT_SMTP_PORT"])
    ) as smtp:
        assert smtp.noop()[0] == 250
    assert mailbot_env["MAILBOT_SMTP_USER"] == ""
    assert mailbot_env["MAILBOT_STATE"].endswith("state")


def send(sink: SmtpSink, data: bytes, **login: str) -> None:
    with smtplib.SMTP(sink.host, sink.port, timeout=5) as smtp:
        if login:
            smtp.login(login["user"], login["password"])
        smtp.sendmail("owner@example.com", ["reader@example.org"], data)


def test_smtp_sink_records_envelopes(smtp_sink: SmtpSink) -> None:
    send(smtp_sink, make_message(1))
    [mail] = smtp_sink.messages
    assert mail.mail_from == "owner@example.com"
    assert mail.rcpt_tos == ("reader@example.org",)
    assert b"Subject: Re: the newsletter #1" in mail.data


def test_smtp_sink_fails_next_with_the_given_code(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next(451, "greylisted, try later")
    smtp_sink.fail_next(550, "no such user", count=2)
    codes = []
    for number in range(4):
        try:
            send(smtp_sink, make_message(number))
            codes.append(250)
        except smtplib.SMTPDataError as error:
            codes.append(error.smtp_code)
    assert codes == [451, 550, 550, 250]
    assert len(smtp_sink.messages) == 1


def test_smtp_sink_drops_the_connection_after_data(smtp_sink: SmtpSink) -> None:
    smtp_sink.drop_after_data()
    with pytest.raises(smtplib.SMTPServerDisconnected):
        send(smtp_sink, make_message(1))
    # The server did receive it: the client cannot know, which is the point of the fault.
    assert len(smtp_sink.messages) == 1
    send(smtp_sink, make_message(2))
    assert len(smtp_sink.messages) == 2


def test_smtp_sink_can_refuse_connections(smtp_sink: SmtpSink) -> None:
    smtp_sink.refuse_connections = True
    with pytest.raises(ConnectionRefusedError):
        send(smtp_sink, make_message(1))
    smtp_sink.refuse_connections = False
    send(smtp_sink, make_message(2))
    assert len(smtp_sink.messages) == 1


def test_smtp_sink_auth_and_starttls() -> None:
    with SmtpSink(auth=("mailbot", "s3cret"), tls="starttls") as sink:
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as smtp:
            smtp.starttls(context=sink.client_ssl_context())
            with pytest.raises(smtplib.SMTPAuthenticationError):
                smtp.login("mailbot", "wrong")
            smtp.login("mailbot", "s3cret")
            smtp.sendmail("owner@example.com", ["a@example.org"], make_message(1))
        with (
            smtplib.SMTP(sink.host, sink.port, timeout=5) as smtp,
            pytest.raises(smtplib.SMTPException),
        ):
            smtp.sendmail("owner@example.com", ["a@example.org"], make_message(2))
    assert len(sink.messages) == 1


def test_smtp_sink_implicit_tls() -> None:
    with SmtpSink(tls="ssl") as sink:
        context = sink.client_ssl_context()
        with smtplib.SMTP_SSL(sink.host, sink.port, context=context, timeout=5) as smtp:
            smtp.sendmail("owner@example.com", ["a@example.org"], make_message(1))
    assert len(sink.messages) == 1


def test_imaplib_formats_nothing_nobody_logs(
    dovecot: DovecotServer, caplog: pytest.LogCaptureFixture
) -> None:
    """imapclient turns imaplib's debug output on; formatting it cost 3/4 of a FETCH, so it
    is off unless someone listens, and then it is still there."""
    dovecot.append("INBOX", b"From: a@x.example\r\nSubject: hi\r\n\r\nbody words\r\n")
    with connect(settings_for(dovecot)) as quiet:
        assert quiet._client._imap.debug == 0
        status = quiet.select("INBOX")
        assert len(quiet.fetch_raw(quiet.new_uids(status, 0), "INBOX", status.uidvalidity)) == 1
    with (
        caplog.at_level(logging.DEBUG, logger="imapclient.imaplib"),
        connect(settings_for(dovecot)) as listened,
    ):
        assert listened._client._imap.debug == 5
        status = listened.select("INBOX")
        listened.fetch_raw(listened.new_uids(status, 0), "INBOX", status.uidvalidity)
    assert "body words" in caplog.text
