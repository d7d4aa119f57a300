"""The only module that speaks SMTP (through aiosmtplib).

Library errors leave as mailbot's own, split by what the caller does next:
- ConfigError: login refused, certificate not trusted, STARTTLS required but not offered,
  plaintext to a non-loopback host;
- TransientError: 4xx replies, refused or dropped connections, timeouts (retry later);
- PermanentError: 5xx replies (the server's words are kept for `status`).

A partial refusal (some recipients 5xx, others accepted) is not an error: it comes back
per recipient in `SendResult.refused`.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Sequence
from dataclasses import dataclass, field

import aiosmtplib

from .config import is_loopback_host, token_from_command
from .errors import ConfigError, MailbotError, PermanentError, TransientError


class DeliveryUncertain(MailbotError):
    """The whole message went out but no reply came (connection dropped after DATA).

    The server may have accepted it; sending again could deliver it twice, so the caller
    must not retry on its own: it records the draft as uncertain for the owner to check.
    """


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    user: str
    password: str = field(repr=False)
    security: str  # "ssl" | "starttls" | "none"
    timeout: float = 60.0
    ssl_context: ssl.SSLContext | None = field(default=None, repr=False, compare=False)
    # A command printing an OAuth2 access token: XOAUTH2 instead of a password.
    token_command: str | None = None


@dataclass(frozen=True)
class SendResult:
    accepted: tuple[str, ...]
    refused: dict[str, tuple[int, str]]
    response: str


def _check(settings: SmtpSettings) -> None:
    if settings.security not in ("ssl", "starttls", "none"):
        raise ConfigError(f"unknown SMTP security {settings.security!r}")
    if settings.security == "none" and not is_loopback_host(settings.host):
        raise ConfigError(f"refusing plaintext SMTP to non-loopback host {settings.host!r}")


async def _transaction(
    client: aiosmtplib.SMTP, mail_from: str, recipients: Sequence[str], raw: bytes
) -> tuple[dict[str, aiosmtplib.SMTPResponse], str]:
    """MAIL, RCPT, DATA step by step, so a drop after DATA is told apart from one before."""
    await client.mail(mail_from)
    refused: dict[str, aiosmtplib.SMTPResponse] = {}
    for recipient in recipients:
        try:
            await client.rcpt(recipient)
        except aiosmtplib.SMTPRecipientRefused as exc:
            refused[recipient] = aiosmtplib.SMTPResponse(exc.code, exc.message)
    if len(refused) == len(recipients):
        await client.rset()
        raise aiosmtplib.SMTPRecipientsRefused(
            [aiosmtplib.SMTPRecipientRefused(r.code, r.message, k) for k, r in refused.items()]
        )
    try:
        response = await client.data(raw)
    except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPReadTimeoutError, OSError) as exc:
        raise DeliveryUncertain(
            f"connection lost after the message was sent ({type(exc).__name__}); "
            "the server may have accepted it"
        ) from None
    return refused, response.message


def _words(exc: aiosmtplib.SMTPResponseException) -> str:
    return f"{exc.code} {exc.message}".strip()


async def send_async(
    settings: SmtpSettings, raw: bytes, mail_from: str, recipients: Sequence[str]
) -> SendResult:
    _check(settings)
    if not recipients:
        raise PermanentError("no recipients")
    context = settings.ssl_context or ssl.create_default_context()
    client = aiosmtplib.SMTP(
        hostname=settings.host,
        port=settings.port,
        timeout=settings.timeout,
        use_tls=settings.security == "ssl",
        # Upgraded below by hand: STARTTLS is required, never opportunistic, and a server
        # that does not offer it is a configuration problem, not one to retry.
        start_tls=False,
        tls_context=context if settings.security != "none" else None,
        validate_certs=settings.security != "none",
    )
    try:
        await client.connect()
        if settings.security == "starttls":
            await client.ehlo()
            if not client.supports_extension("starttls"):
                raise ConfigError(
                    f"SMTP server {settings.host}:{settings.port} does not offer STARTTLS "
                    "(security: starttls requires it)"
                )
            await client.starttls()
        if settings.user:
            if settings.token_command:
                token = await asyncio.to_thread(token_from_command, settings.token_command, "smtp")
                await client.auth_xoauth2(settings.user, token)
            else:
                await client.login(settings.user, settings.password)
        errors, response = await _transaction(client, mail_from, recipients, raw)
    except aiosmtplib.SMTPAuthenticationError as exc:
        raise ConfigError(f"SMTP login failed for user {settings.user!r}: {exc.code}") from None
    except aiosmtplib.SMTPNotSupported as exc:
        raise ConfigError(f"SMTP server {settings.host}: {exc}") from None
    except aiosmtplib.SMTPRecipientsRefused as exc:
        codes = [r.code for r in exc.recipients]
        detail = "; ".join(f"{r.recipient}: {r.code} {r.message}" for r in exc.recipients)
        if all(400 <= code < 500 for code in codes):
            raise TransientError(f"all recipients deferred: {detail}") from None
        raise PermanentError(f"all recipients refused: {detail}") from None
    except aiosmtplib.SMTPResponseException as exc:
        if 400 <= exc.code < 500:
            raise TransientError(f"SMTP {_words(exc)}") from None
        raise PermanentError(f"SMTP {_words(exc)}") from None
    except ssl.SSLCertVerificationError as exc:
        raise ConfigError(f"SMTP certificate of {settings.host} not trusted: {exc}") from None
    except aiosmtplib.SMTPConnectError as exc:
        if isinstance(exc.__cause__, ssl.SSLCertVerificationError):
            raise ConfigError(f"SMTP certificate of {settings.host} not trusted") from None
        raise TransientError(f"cannot connect to SMTP {settings.host}:{settings.port}") from None
    except (TimeoutError, aiosmtplib.SMTPException, OSError) as exc:
        raise TransientError(f"SMTP {type(exc).__name__}: {exc}") from None
    finally:
        if client.is_connected:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError):
                client.close()
    refused = {addr: (resp.code, resp.message) for addr, resp in errors.items()}
    accepted = tuple(r for r in recipients if r not in refused)
    return SendResult(accepted=accepted, refused=refused, response=response)


def send(
    settings: SmtpSettings, raw: bytes, mail_from: str, recipients: Sequence[str]
) -> SendResult:
    """Send one message; blocks. Raises ConfigError, TransientError or PermanentError."""
    return asyncio.run(send_async(settings, raw, mail_from, recipients))
