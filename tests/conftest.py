"""Shared pytest fixtures.

Server fixtures (real Dovecot, in-process aiosmtpd) live in the first section; they come
from tests/servers.py. Without the `dovecot` binary the IMAP tests are skipped locally and
fail under CI (env CI set), so a CI image missing Dovecot cannot pass silently.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from servers import DovecotServer, SmtpSink, dovecot_binary

# -- mail servers ----------------------------------------------------------------------------


def require_dovecot() -> None:
    """Skip (locally) or fail (CI) when Dovecot is not installed."""
    if dovecot_binary() is not None:
        return
    message = "dovecot binary not found: apt-get install -y dovecot-imapd"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set, so this is a failure, not a skip)")
    pytest.skip(message)


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    """A fresh plaintext Dovecot on loopback, account `owner` / `secret`."""
    require_dovecot()
    with DovecotServer() as server:
        yield server


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """An aiosmtpd server on loopback that records every message (no AUTH, no TLS)."""
    with SmtpSink() as sink:
        yield sink


def env_for(dovecot: DovecotServer, sink: SmtpSink, state: Path, **extra: str) -> dict[str, str]:
    """Environment variables (DESIGN.md contract) pointing mailbot at the test servers."""
    return {
        "MAILBOT_IMAP_HOST": dovecot.host,
        "MAILBOT_IMAP_PORT": str(dovecot.port),
        "MAILBOT_IMAP_USER": dovecot.user,
        "MAILBOT_IMAP_PASSWORD": dovecot.password,
        "MAILBOT_IMAP_SECURITY": "none",
        "MAILBOT_SMTP_HOST": sink.host,
        "MAILBOT_SMTP_PORT": str(sink.port),
        "MAILBOT_SMTP_USER": sink.user,  # "" unless the sink requires AUTH
        "MAILBOT_SMTP_PASSWORD": sink.password,
        "MAILBOT_SMTP_SECURITY": "none",
        "MAILBOT_STATE": str(state),
        **extra,
    }


@pytest.fixture
def mailbot_env(dovecot: DovecotServer, smtp_sink: SmtpSink, tmp_path: Path) -> dict[str, str]:
    return env_for(dovecot, smtp_sink, tmp_path / "state")
