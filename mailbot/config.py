"""Load and validate `rules.yaml` plus environment overrides into typed settings.

Validated once at start. Unknown keys are rejected. Every error names the file, the line
and the key (`rules.yaml:12: imap.port: ...`), or the environment variable it came from.
Secrets never live in the file: passwords come from `MAILBOT_*_PASSWORD` or a
`password_command`. Every key, its type and its default is documented in
docs/CONFIG.md; the models below are the single source of those defaults.
"""

from __future__ import annotations

import ipaddress
import os
import re
import shlex
import socket
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import ConfigError
from .models import draftable_address

Security = Literal["ssl", "starttls", "none"]
LabelName = Literal["applicant", "client", "other", "unsure", "any"]
ActionName = Literal["draft", "team", "intro", "hold", "ignore", "move", "record"]
SECRET_KEYS = {"password", "passwd", "secret", "token", "api_key"}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OwnerSettings(_Strict):
    name: str = "Mailbot Owner"
    email: str = "owner@example.com"
    aliases: tuple[str, ...] = ()
    signature: str = ""
    booking_link: str = ""
    languages: tuple[str, ...] = ("en",)

    @field_validator("email", "aliases")
    @classmethod
    def _lower(cls, value: Any) -> Any:
        if isinstance(value, str):  # the From of every draft
            return _check_email(value, in_drafts=True)
        return tuple(_check_email(v) for v in value)  # only recognised, never written

    @property
    def addresses(self) -> frozenset[str]:
        return frozenset({self.email, *self.aliases})


def _check_email(value: str, in_drafts: bool = False) -> str:
    value = value.strip().lower()
    if not re.fullmatch(r"[^@\s]+@[^@\s]+", value):
        raise ValueError(f"not an email address: {value!r}")
    if in_drafts and not draftable_address(value):
        raise ValueError(f"a non-ASCII local part cannot be written in a draft: {value!r}")
    return value


class ServerSettings(_Strict):
    host: str = "localhost"
    port: int = Field(default=0, ge=0, le=65535)  # 0: the default port for `security`
    user: str = ""
    security: Security = "ssl"
    password_command: str | None = None
    timeout: float = Field(default=60.0, gt=0)
    # A CA bundle to trust instead of the system store (self-hosted servers).
    ca_file: str | None = None
    # A command printing an OAuth2 access token (Gmail, Microsoft 365): XOAUTH2 login.
    token_command: str | None = None


class ImapServerSettings(ServerSettings):
    def default_port(self) -> int:
        return {"ssl": 993, "starttls": 143, "none": 143}[self.security]


class SmtpServerSettings(ServerSettings):
    security: Security = "starttls"

    def default_port(self) -> int:
        return {"ssl": 465, "starttls": 587, "none": 25}[self.security]


class FolderSettings(_Strict):
    inbox: str = "INBOX"
    # Used when the server does not advertise SPECIAL-USE \Drafts / \Sent.
    drafts: str = "Drafts"
    sent: str = "Sent"
    # Extra folders to read besides the inbox.
    also_watch: tuple[str, ...] = ()
    # Put a copy of what mailbot sends into Sent: "auto" does so except on servers that
    # file sent mail themselves (Gmail), "always" or "never".
    save_sent: Literal["auto", "always", "never"] = "auto"


class ScheduleSettings(_Strict):
    poll_interval_seconds: int = Field(default=300, ge=5)
    idle: bool = True
    idle_renew_seconds: int = Field(default=540, ge=30, le=1740)


class LimitSettings(_Strict):
    max_message_bytes: int = Field(default=25_000_000, ge=1024)
    fetch_batch: int = Field(default=50, ge=1, le=1000)
    reply_window_days: int = Field(default=7, ge=0)


class AutoSendSettings(_Strict):
    """Applies only to rules with `send: auto`; everything else waits for review."""

    window_days: int = Field(default=7, ge=1)  # at most one automatic reply per sender
    hourly_cap: int = Field(default=20, ge=0)  # across all senders
    send_interval_seconds: int = Field(default=60, ge=5)


class DigestSettings(_Strict):
    enabled: bool = True
    time: str = Field(default="08:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    timezone: str = "UTC"
    to: str | None = None  # default: the owner's address

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value


class PoolSettings(_Strict):
    # Applicants never promoted to the network are erased (record and CV) after this long.
    retention_days: int = Field(default=365, ge=1)


class IntroSettings(_Strict):
    nudge_after_days: int = Field(default=3, ge=1)  # one nudge to a silent member
    give_up_after_days: int = Field(default=7, ge=1)  # then the next candidate is asked


class ClassifierSettings(_Strict):
    confidence_floor: float = Field(default=0.55, ge=0.0, le=1.0)
    model_path: str | None = None


class Condition(_Strict):
    """All given conditions must hold (AND). Lists mean any-of."""

    label: LabelName | tuple[LabelName, ...] | None = None
    kind: str | tuple[str, ...] | None = None
    bandwidth: bool | None = None
    liked: bool | None = None
    language: str | tuple[str, ...] | None = None
    sender: str | None = None  # a regular expression matched against the person's address
    relayed: bool | None = None
    has_cv: bool | None = None
    need: str | tuple[str, ...] | None = None
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)

    @field_validator("sender")
    @classmethod
    def _regex(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"invalid regular expression: {exc}") from None
        return value


class Rule(_Strict):
    name: str = Field(min_length=1)
    when: Condition = Condition()
    action: ActionName
    template: str | None = None
    send: Literal["review", "auto"] = "review"
    folder: str | None = None

    @model_validator(mode="after")
    def _action_needs(self) -> Rule:
        if self.action in ("draft", "team", "intro") and not self.template:
            raise ValueError(f"action {self.action!r} needs a template")
        if self.action == "move" and not self.folder:
            raise ValueError("action 'move' needs a folder")
        return self


def _default_rules() -> tuple[Rule, ...]:
    return (
        Rule(
            name="applicant-ack",
            when=Condition(label="applicant"),
            action="draft",
            template="applicant_ack",
        ),
        Rule(
            name="client-take",
            when=Condition(label="client", bandwidth=True),
            action="draft",
            template="client_take",
        ),
        Rule(
            name="client-team",
            when=Condition(label="client", liked=True),
            action="team",
            template="client_team",
        ),
        Rule(
            name="client-refer",
            when=Condition(label="client"),
            action="intro",
            template="client_refer",
        ),
        Rule(name="everything-else", action="ignore"),
    )


class Preferences(_Strict):
    industries: tuple[str, ...] = ()
    stages: tuple[str, ...] = ()
    stacks: tuple[str, ...] = ()
    min_budget_monthly_usd: float | None = None
    avoid: tuple[str, ...] = ()


class NetworkMember(_Strict):
    name: str
    email: str
    roles: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    timezone: str = ""
    rate: str = ""
    capacity: int = Field(default=1, ge=0)
    available: bool = True

    @field_validator("email")
    @classmethod
    def _lower(cls, value: str) -> str:
        return _check_email(value, in_drafts=True)


class RuleTest(_Strict):
    name: str
    eml: str | None = None
    text: str | None = None
    subject: str = ""
    sender: str = "someone@example.org"
    expect_rule: str | None = None
    expect_action: ActionName | None = None

    @model_validator(mode="after")
    def _one_source(self) -> RuleTest:
        if (self.eml is None) == (self.text is None):
            raise ValueError("give exactly one of 'eml' or 'text'")
        return self


class Settings(_Strict):
    owner: OwnerSettings = OwnerSettings()
    imap: ImapServerSettings = ImapServerSettings()
    smtp: SmtpServerSettings = SmtpServerSettings()
    folders: FolderSettings = FolderSettings()
    schedule: ScheduleSettings = ScheduleSettings()
    limits: LimitSettings = LimitSettings()
    classifier: ClassifierSettings = ClassifierSettings()
    auto_send: AutoSendSettings = AutoSendSettings()
    pool: PoolSettings = PoolSettings()
    intros: IntroSettings = IntroSettings()
    digest: DigestSettings = DigestSettings()
    state_path: str = "state"
    templates_path: str = "templates"
    # The owner's own newsletter editions: replies quote them, often without ">" marks,
    # and their words ("CV", "clients") must never count as the sender's.
    newsletter_files: tuple[str, ...] = ()
    since: date | None = None
    capacity: int = Field(default=1, ge=0)
    preferences: Preferences = Preferences()
    network: tuple[NetworkMember, ...] = ()
    rules: tuple[Rule, ...] = Field(default_factory=_default_rules)
    tests: tuple[RuleTest, ...] = ()

    @model_validator(mode="after")
    def _unique_rule_names(self) -> Settings:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise ValueError(f"duplicate rule name {rule.name!r}")
            seen.add(rule.name)
        return self


@dataclass(frozen=True)
class Secrets:
    """Passwords, kept apart from Settings so they never get printed with it."""

    imap_password: str = ""
    smtp_password: str = ""

    def __repr__(self) -> str:
        return "Secrets(<hidden>)"


@dataclass(frozen=True)
class LoadedConfig:
    settings: Settings
    secrets: Secrets
    path: Path  # the rules.yaml it came from
    base_dir: Path  # relative paths in the file are relative to this
    newsletter_texts: tuple[str, ...] = ()

    @property
    def state_dir(self) -> Path:
        return self._resolve(self.settings.state_path)

    @property
    def templates_dir(self) -> Path:
        return self._resolve(self.settings.templates_path)

    def resolve(self, path: str) -> Path:
        return self._resolve(path)

    def _resolve(self, path: str) -> Path:
        candidate = Path(path).expanduser()
        return candidate if candidate.is_absolute() else (self.base_dir / candidate).resolve()

    @property
    def since_datetime(self) -> datetime | None:
        since = self.settings.since
        return datetime(since.year, since.month, since.day, tzinfo=UTC) if since else None


# ---------------------------------------------------------------- locating errors in YAML


class _Located:
    """Maps a key path inside the YAML document to its line number."""

    def __init__(self, node: yaml.Node | None) -> None:
        self.lines: dict[tuple[str | int, ...], int] = {}
        if node is not None:
            self._walk(node, ())

    def _walk(self, node: yaml.Node, path: tuple[str | int, ...]) -> None:
        self.lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
                self.lines[(*path, key)] = key_node.start_mark.line + 1
                self._walk(value_node, (*path, key))
                self.lines[(*path, key)] = key_node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._walk(item, (*path, index))

    def line_for(self, path: tuple[str | int, ...]) -> int | None:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get(())


ENV_OVERRIDES: dict[str, tuple[str, ...]] = {
    "MAILBOT_STATE": ("state_path",),
    "MAILBOT_OWNER_NAME": ("owner", "name"),
    "MAILBOT_OWNER_EMAIL": ("owner", "email"),
    "MAILBOT_SINCE": ("since",),
    "MAILBOT_IMAP_HOST": ("imap", "host"),
    "MAILBOT_IMAP_PORT": ("imap", "port"),
    "MAILBOT_IMAP_USER": ("imap", "user"),
    "MAILBOT_IMAP_SECURITY": ("imap", "security"),
    "MAILBOT_SMTP_HOST": ("smtp", "host"),
    "MAILBOT_SMTP_PORT": ("smtp", "port"),
    "MAILBOT_SMTP_USER": ("smtp", "user"),
    "MAILBOT_SMTP_SECURITY": ("smtp", "security"),
}


def config_path_from_env(cli_path: str | None, environ: Mapping[str, str]) -> Path:
    return Path(cli_path or environ.get("MAILBOT_CONFIG") or "rules.yaml")


def load_config(path: Path, environ: Mapping[str, str] | None = None) -> LoadedConfig:
    """Read, override from the environment and validate. Raises ConfigError only."""
    env = os.environ if environ is None else environ
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"configuration file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read configuration: {exc}", location=str(path)) from None
    return parse_config_text(text, path, env)


def parse_config_text(text: str, path: Path, environ: Mapping[str, str]) -> LoadedConfig:
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        where = f"{path}:{line}" if line else str(path)
        raise ConfigError(f"YAML syntax error: {exc.problem or exc}", location=where) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"YAML error: {exc}", location=str(path)) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError("the top level must be a mapping of keys", location=f"{path}:1")
    located = _Located(node)
    _reject_secrets(data, (), located, path)
    env_sources = _apply_env(data, environ)
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise _config_error(exc, located, path, env_sources) from None
    secrets = Secrets(
        imap_password=_password("IMAP", settings.imap, environ),
        smtp_password=_password("SMTP", settings.smtp, environ),
    )
    _check_security("imap", settings.imap, env_sources, located, path)
    _check_security("smtp", settings.smtp, env_sources, located, path)
    return LoadedConfig(
        settings=settings, secrets=secrets, path=path, base_dir=path.resolve().parent
    )


def _reject_secrets(
    data: Any, prefix: tuple[str | int, ...], located: _Located, path: Path
) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            here = (*prefix, key)
            if isinstance(key, str) and key.lower() in SECRET_KEYS and prefix[:1] != ("tests",):
                line = located.line_for(here)
                raise ConfigError(
                    "secrets never live in rules.yaml: use the MAILBOT_IMAP_PASSWORD / "
                    "MAILBOT_SMTP_PASSWORD environment variables or password_command",
                    location=f"{path}:{line}" if line else str(path),
                    key=".".join(str(p) for p in here),
                )
            _reject_secrets(value, here, located, path)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            _reject_secrets(item, (*prefix, index), located, path)


def _apply_env(data: dict[str, Any], environ: Mapping[str, str]) -> dict[tuple[str, ...], str]:
    sources: dict[tuple[str, ...], str] = {}
    for var, key_path in ENV_OVERRIDES.items():
        if var not in environ:
            continue
        value: Any = environ[var]
        if var == "MAILBOT_SINCE" and value == "":
            value = None
        target = data
        for key in key_path[:-1]:
            existing = target.get(key)
            if not isinstance(existing, dict):
                existing = {}
                target[key] = existing
            target = existing
        target[key_path[-1]] = value
        sources[key_path] = var
    return sources


def _config_error(
    exc: ValidationError,
    located: _Located,
    path: Path,
    env_sources: dict[tuple[str, ...], str],
) -> ConfigError:
    problems = []
    for error in exc.errors():
        loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and "[" in p))
        key = ".".join(str(p) for p in loc) or "(top level)"
        message = "unknown key" if error["type"] == "extra_forbidden" else error["msg"]
        env_var = next((v for k, v in env_sources.items() if loc[: len(k)] == k), None)
        if env_var:
            where = f"environment {env_var}"
        else:
            line = located.line_for(tuple(loc))
            where = f"{path}:{line}" if line else str(path)
        problems.append(f"{where}: {key}: {message}")
    # One `file:line: key: what is wrong` line per problem.
    return ConfigError("\n".join(problems))


def _password(proto: str, server: ServerSettings, environ: Mapping[str, str]) -> str:
    from_env = environ.get(f"MAILBOT_{proto}_PASSWORD")
    if from_env is not None:
        return from_env
    if server.password_command:
        try:
            result = subprocess.run(
                shlex.split(server.password_command),
                capture_output=True,
                text=True,
                timeout=30,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ConfigError(f"{proto.lower()}.password_command failed: {exc}") from None
        if result.returncode != 0:
            raise ConfigError(
                f"{proto.lower()}.password_command exited with status {result.returncode}"
            )
        return result.stdout.rstrip("\n")
    return ""


def token_from_command(command: str, proto: str) -> str:
    """An OAuth2 access token printed by the owner's `token_command` (never stored)."""
    try:
        result = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"{proto} token command failed: {exc}") from None
    if result.returncode != 0:
        raise ConfigError(f"{proto} token command exited with status {result.returncode}")
    return result.stdout.strip()


def is_loopback_host(host: str) -> bool:
    """True only for loopback addresses or names that resolve only to loopback."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, None)
    except OSError:
        return False
    addresses = {info[4][0] for info in infos}
    return bool(addresses) and all(ipaddress.ip_address(a).is_loopback for a in addresses)


def _check_security(
    section: str,
    server: ServerSettings,
    env_sources: dict[tuple[str, ...], str],
    located: _Located,
    path: Path,
) -> None:
    if server.security != "none":
        return
    if not is_loopback_host(server.host):
        var = env_sources.get((section, "security")) or env_sources.get((section, "host"))
        line = located.line_for((section, "security"))
        where = f"environment {var}" if var else (f"{path}:{line}" if line else str(path))
        raise ConfigError(
            f"security 'none' (plaintext) is only allowed to a loopback address, "
            f"not {server.host!r}",
            location=where,
            key=f"{section}.security",
        )


def imap_port(settings: ImapServerSettings) -> int:
    return settings.port or settings.default_port()


def smtp_port(settings: SmtpServerSettings) -> int:
    return settings.port or settings.default_port()
