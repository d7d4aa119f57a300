"""The project's exceptions, split by what the caller does next.

- ConfigError: the configuration cannot be used; the CLI exits with status 2.
- TransientError: the server or network may recover; retry this later.
- PermanentError: this one message or draft can never succeed; quarantine it and go on.
"""

from __future__ import annotations


class MailbotError(Exception):
    """Base of every error mailbot raises on purpose."""


class ConfigError(MailbotError):
    """Invalid configuration. `location` is `file:line` when known."""

    def __init__(
        self, message: str, *, location: str | None = None, key: str | None = None
    ) -> None:
        self.location = location
        self.key = key
        self.detail = message
        prefix = ""
        if location:
            prefix += f"{location}: "
        if key:
            prefix += f"{key}: "
        super().__init__(prefix + message)


class TransientError(MailbotError):
    """A failure that may succeed on retry (network down, server busy, 4xx)."""


class PermanentError(MailbotError):
    """A failure that will not go away by retrying (5xx, message too large, unparseable)."""


class LockedError(MailbotError):
    """Another mailbot process holds the state lock."""
