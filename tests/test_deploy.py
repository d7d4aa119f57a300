"""deploy/ files are checked: the unit parses, the container recipe is well-formed."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

DEPLOY = Path(__file__).resolve().parents[1] / "deploy"


def unit() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DEPLOY / "mailbot.service")
    return parser


def test_unit_has_hardening_and_restart() -> None:
    service = unit()["Service"]
    assert service["User"] == "mailbot"
    assert service["ExecStart"].endswith("mailbot run")
    assert service["Restart"] == "on-failure"
    assert service["RestartPreventExitStatus"] == "2"  # a config error must not restart-loop
    for key, value in {
        "NoNewPrivileges": "yes",
        "ProtectSystem": "strict",
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
    }.items():
        assert service[key] == value
    assert "multi-user.target" in unit()["Install"]["WantedBy"]


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not here")
def test_unit_verifies(tmp_path: Path) -> None:
    text = (DEPLOY / "mailbot.service").read_text().replace("/opt/mailbot/bin/mailbot", "/bin/true")
    copy = tmp_path / "mailbot.service"
    copy.write_text(text)
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, check=False
    )
    errors = [
        line
        for line in result.stderr.splitlines()
        if "mailbot.service" in line and "User" not in line
    ]
    assert not errors, result.stderr


def test_containerfile_is_well_formed() -> None:
    lines = [
        line.strip()
        for line in (DEPLOY / "Containerfile").read_text().splitlines()
        if line.strip() and not line.strip().startswith("#")
    ]
    known = {
        "FROM",
        "RUN",
        "WORKDIR",
        "COPY",
        "USER",
        "ENV",
        "VOLUME",
        "HEALTHCHECK",
        "ENTRYPOINT",
        "CMD",
    }
    continuation = False
    for line in lines:
        if not continuation:
            assert line.split()[0] in known, line
        continuation = line.endswith("\\")
    assert lines[0].startswith("FROM python:3.11")
    assert any(line.startswith("USER mailbot") for line in lines)  # never runs as root
    for copied in ("pyproject.toml", "mailbot", "rules.yaml", "templates", "newsletter"):
        assert (DEPLOY.parent / copied).exists(), copied


def test_compose_and_env_example() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert set(compose["services"]) >= {"mailbot", "dovecot"}
    env = (DEPLOY / "mailbot.env.example").read_text()
    for name in (
        "MAILBOT_IMAP_HOST",
        "MAILBOT_IMAP_PASSWORD",
        "MAILBOT_SMTP_HOST",
        "MAILBOT_SINCE",
    ):
        assert f"{name}=" in env
