"""mailbot.smtp against real aiosmtpd servers: TLS verified or refused, STARTTLS required,
plaintext only to loopback, login and XOAUTH2, and every SMTP failure sorted into what the
caller does next (ConfigError, TransientError, PermanentError, DeliveryUncertain)."""

from __future__ import annotations

import base64
import socket
import ssl
import time
from collections.abc import Iterator
from email.message import EmailMessage

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, Session
from servers import LOOPBACK, SmtpSink, free_port

from mailbot.errors import ConfigError, PermanentError, TransientError
from mailbot.smtp import DeliveryUncertain, SmtpSettings, send

pytestmark = pytest.mark.integration
OWNER = "sergio@remotework.example"


def message(to: str = "ana@example.org") -> bytes:
    msg = EmailMessage()
    msg["From"] = OWNER
    msg["To"] = to
    msg["Subject"] = "Re: hello"
    msg["Message-ID"] = "<mailbot.test1@remotework.example>"
    msg.set_content("Thanks for writing.\n")
    return msg.as_bytes()


def settings_for(
    sink: SmtpSink | Controller | tuple[str, int],
    *,
    security: str = "none",
    user: str = "",
    password: str = "",
    context: ssl.SSLContext | None = None,
    token_command: str | None = None,
    timeout: float = 5.0,
) -> SmtpSettings:
    host, port = sink if isinstance(sink, tuple) else (LOOPBACK, int(sink.port))
    return SmtpSettings(
        host=host,
        port=port,
        user=user,
        password=password,
        security=security,
        timeout=timeout,
        ssl_context=context,
        token_command=token_command,
    )


@pytest.fixture
def ssl_sink() -> Iterator[SmtpSink]:
    with SmtpSink(tls="ssl") as sink:
        yield sink


@pytest.fixture
def starttls_sink() -> Iterator[SmtpSink]:
    with SmtpSink(tls="starttls", auth=("sergio", "s3cret-pw")) as sink:
        yield sink


def stranger_context() -> ssl.SSLContext:
    """Verifies against a CA that did not sign the server's certificate."""
    context = ssl.create_default_context()
    trustme.CA().configure_trust(context)
    return context


# -- TLS ------------------------------------------------------------------------------------


def test_ssl_with_the_right_ca_delivers(ssl_sink: SmtpSink) -> None:
    settings = settings_for(ssl_sink, security="ssl", context=ssl_sink.client_ssl_context())
    result = send(settings, message(), OWNER, ["ana@example.org"])
    assert result.accepted == ("ana@example.org",) and result.refused == {}
    assert len(ssl_sink.messages) == 1


def test_ssl_with_a_wrong_ca_is_a_config_error(ssl_sink: SmtpSink) -> None:
    settings = settings_for(ssl_sink, security="ssl", context=stranger_context())
    with pytest.raises(ConfigError, match="not trusted"):
        send(settings, message(), OWNER, ["ana@example.org"])
    assert ssl_sink.messages == []


def test_ssl_with_the_system_store_does_not_trust_a_private_ca(ssl_sink: SmtpSink) -> None:
    with pytest.raises(ConfigError):
        send(settings_for(ssl_sink, security="ssl"), message(), OWNER, ["ana@example.org"])


def test_starttls_verified_and_logged_in(starttls_sink: SmtpSink) -> None:
    settings = settings_for(
        starttls_sink,
        security="starttls",
        user="sergio",
        password="s3cret-pw",
        context=starttls_sink.client_ssl_context(),
    )
    send(settings, message(), OWNER, ["ana@example.org"])
    assert [m.rcpt_tos for m in starttls_sink.messages] == [("ana@example.org",)]


def test_starttls_with_a_wrong_ca_is_a_config_error(starttls_sink: SmtpSink) -> None:
    settings = settings_for(
        starttls_sink,
        security="starttls",
        user="sergio",
        password="s3cret-pw",
        context=stranger_context(),
    )
    with pytest.raises(ConfigError, match="not trusted"):
        send(settings, message(), OWNER, ["ana@example.org"])
    assert starttls_sink.messages == []


def test_starttls_is_required_not_opportunistic(smtp_sink: SmtpSink) -> None:
    """A server (or a man in the middle) that does not offer STARTTLS gets nothing."""
    settings = settings_for(smtp_sink, security="starttls")
    with pytest.raises(ConfigError, match="STARTTLS"):
        send(settings, message(), OWNER, ["ana@example.org"])
    assert smtp_sink.messages == []


def test_plaintext_to_a_non_loopback_host_is_refused_before_connecting() -> None:
    # A listener that would notice any connection: it must stay untouched.
    with socket.socket() as listener:
        listener.bind(("0.0.0.0", 0))
        listener.listen()
        listener.setblocking(False)
        port = listener.getsockname()[1]
        own_address = _non_loopback_address()
        for host in ("smtp.example.com", own_address):
            settings = settings_for((host, port), security="none", timeout=1)
            started = time.monotonic()
            with pytest.raises(ConfigError, match="non-loopback"):
                send(settings, message(), OWNER, ["ana@example.org"])
            assert time.monotonic() - started < 0.5
        with pytest.raises(BlockingIOError):
            listener.accept()


def _non_loopback_address() -> str:
    """This machine's address on its default route (never 127.x), or TEST-NET-1."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
            address = str(probe.getsockname()[0])
        except OSError:
            return "192.0.2.10"
    return address if not address.startswith("127.") else "192.0.2.10"


# -- login ----------------------------------------------------------------------------------


def test_wrong_password_is_a_config_error_without_the_password(starttls_sink: SmtpSink) -> None:
    settings = settings_for(
        starttls_sink,
        security="starttls",
        user="sergio",
        password="not-the-pw-4711",
        context=starttls_sink.client_ssl_context(),
    )
    with pytest.raises(ConfigError) as caught:
        send(settings, message(), OWNER, ["ana@example.org"])
    assert "login failed" in str(caught.value)
    assert "not-the-pw-4711" not in str(caught.value)
    assert "not-the-pw-4711" not in repr(settings)
    assert starttls_sink.messages == []


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_plain_login_to_loopback() -> None:
    with SmtpSink(auth=("sergio", "pw")) as sink:
        send(settings_for(sink, user="sergio", password="pw"), message(), OWNER, ["a@example.org"])
        assert len(sink.messages) == 1


class _OAuthHandler:
    """Accepts XOAUTH2 with one known token and records what it is sent."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.received: list[bytes] = []

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        blob = base64.b64decode(args[1]).decode()
        fields = dict(part.split("=", 1) for part in blob.split("\x01") if "=" in part)
        ok = fields.get("user") == "sergio@gmail.example" and fields.get("auth") == (
            f"Bearer {self.token}"
        )
        return AuthResult(success=ok, handled=False)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if not session.authenticated:
            return "530 5.7.0 Authentication required"
        self.received.append(bytes(envelope.original_content or b""))
        return "250 OK"


@pytest.fixture
def oauth_server() -> Iterator[tuple[Controller, _OAuthHandler]]:
    handler = _OAuthHandler("tok-ABC-123")
    controller = Controller(
        handler, hostname=LOOPBACK, port=free_port(), auth_require_tls=False, auth_required=True
    )
    controller.start()
    try:
        yield controller, handler
    finally:
        controller.stop()


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_xoauth2_with_a_token_command(oauth_server: tuple[Controller, _OAuthHandler]) -> None:
    controller, handler = oauth_server
    settings = settings_for(
        controller, user="sergio@gmail.example", token_command="echo tok-ABC-123"
    )
    send(settings, message(), OWNER, ["ana@example.org"])
    assert len(handler.received) == 1

    wrong = settings_for(controller, user="sergio@gmail.example", token_command="echo expired")
    with pytest.raises(ConfigError, match="login failed"):
        send(wrong, message(), OWNER, ["ana@example.org"])
    failing = settings_for(controller, user="sergio@gmail.example", token_command="exit 3")
    with pytest.raises(ConfigError, match="token command"):
        send(failing, message(), OWNER, ["ana@example.org"])
    assert len(handler.received) == 1


# -- failures sorted by what to do next -----------------------------------------------------


def test_4xx_is_transient(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next(451, "4.7.1 greylisted, come back later")
    with pytest.raises(TransientError, match=r"451 4\.7\.1 greylisted"):
        send(settings_for(smtp_sink), message(), OWNER, ["ana@example.org"])
    send(settings_for(smtp_sink), message(), OWNER, ["ana@example.org"])
    assert len(smtp_sink.messages) == 1


def test_5xx_is_permanent_with_the_servers_words(smtp_sink: SmtpSink) -> None:
    smtp_sink.fail_next(550, "5.7.1 message content rejected")
    with pytest.raises(PermanentError, match=r"550 5\.7\.1 message content rejected"):
        send(settings_for(smtp_sink), message(), OWNER, ["ana@example.org"])


def test_drop_after_data_is_uncertain(smtp_sink: SmtpSink) -> None:
    smtp_sink.drop_after_data(1)
    with pytest.raises(DeliveryUncertain):
        send(settings_for(smtp_sink), message(), OWNER, ["ana@example.org"])
    assert len(smtp_sink.messages) == 1


def test_refused_connection_is_transient(smtp_sink: SmtpSink) -> None:
    smtp_sink.refuse_connections = True
    with pytest.raises(TransientError, match="cannot connect"):
        send(settings_for(smtp_sink), message(), OWNER, ["ana@example.org"])


class _PickyHandler:
    """Refuses some recipients at RCPT: 550 for unknown users, 450 for a full mailbox."""

    def __init__(self) -> None:
        self.received: list[tuple[str, ...]] = []

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address.startswith("gone"):
            return "550 5.1.1 no such user"
        if address.startswith("full"):
            return "452 4.2.2 mailbox full"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.received.append(tuple(envelope.rcpt_tos))
        return "250 2.0.0 queued as ABC123"


@pytest.fixture
def picky() -> Iterator[tuple[Controller, _PickyHandler]]:
    handler = _PickyHandler()
    controller = Controller(handler, hostname=LOOPBACK, port=free_port())
    controller.start()
    try:
        yield controller, handler
    finally:
        controller.stop()


def test_partial_refusal_is_recorded_per_recipient(
    picky: tuple[Controller, _PickyHandler],
) -> None:
    controller, handler = picky
    rcpts = ["ana@example.org", "gone@example.org", "full@example.org"]
    result = send(settings_for(controller), message(), OWNER, rcpts)
    assert result.accepted == ("ana@example.org",)
    assert result.refused == {
        "gone@example.org": (550, "5.1.1 no such user"),
        "full@example.org": (452, "4.2.2 mailbox full"),
    }
    assert "queued as ABC123" in result.response
    assert handler.received == [("ana@example.org",)]


def test_every_recipient_refused(picky: tuple[Controller, _PickyHandler]) -> None:
    controller, handler = picky
    with pytest.raises(PermanentError, match="no such user"):
        send(settings_for(controller), message(), OWNER, ["gone@example.org", "full@example.org"])
    with pytest.raises(TransientError, match="mailbox full"):
        send(settings_for(controller), message(), OWNER, ["full@example.org"])
    assert handler.received == []
