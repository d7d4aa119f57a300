"""rules.yaml validation: every error names file, line and key; env overrides apply."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.config import load_config
from mailbot.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    return path


def test_shipped_rules_yaml_is_valid() -> None:
    config = load_config(REPO / "rules.yaml", environ={})
    assert config.settings.owner.email == "sergio@remotework.example"
    assert config.settings.rules[0].name == "applicant-ack"


@pytest.mark.parametrize(
    ("text", "line", "key"),
    [
        ("owner:\n  name: X\n  emial: x@y.z\n", 3, "owner.emial"),
        ("imap:\n  host: h\n  port: lots\n", 3, "imap.port"),
        ("rules:\n  - name: a\n    action: draft\n", 2, "rules.0"),
        (
            "rules:\n  - name: a\n    when: {label: robot}\n    action: ignore\n",
            3,
            "rules.0.when.label",
        ),
        ("limits:\n  fetch_batch: 0\n", 2, "limits.fetch_batch"),
        ("since: yesterday\n", 1, "since"),
        ("owner:\n  name: X\n  email: sérgio@y.example\n", 3, "owner.email"),
        (
            "network:\n  - name: A\n    roles: [qa]\n    email: zoë@y.example\n",
            4,
            "network.0.email",
        ),
    ],
)
def test_errors_name_line_and_key(tmp_path: Path, text: str, line: int, key: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    message = str(info.value)
    assert f"{path}:{line}: {key}" in message, message


def test_yaml_syntax_error_has_line(tmp_path: Path) -> None:
    path = write(tmp_path, "owner:\n  name: [unclosed\n  email: a@b.c\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert f"{path}:" in str(info.value) and "YAML" in str(info.value)


def test_password_in_file_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "imap:\n  host: localhost\n  password: hunter2\n")
    with pytest.raises(ConfigError) as info:
        load_config(path, environ={})
    assert f"{path}:3: imap.password" in str(info.value)
    assert "hunter2" not in str(info.value)


def test_duplicate_rule_names(tmp_path: Path) -> None:
    path = write(tmp_path, "rules:\n  - {name: a, action: ignore}\n  - {name: a, action: hold}\n")
    with pytest.raises(ConfigError, match="duplicate rule name"):
        load_config(path, environ={})


def test_environment_overrides(tmp_path: Path) -> None:
    path = write(tmp_path, "imap:\n  host: imap.example.com\n")
    env = {
        "MAILBOT_IMAP_HOST": "127.0.0.1",
        "MAILBOT_IMAP_PORT": "1143",
        "MAILBOT_IMAP_USER": "owner",
        "MAILBOT_IMAP_PASSWORD": "s3cret",
        "MAILBOT_IMAP_SECURITY": "none",
        "MAILBOT_SMTP_HOST": "localhost",
        "MAILBOT_SMTP_PORT": "2525",
        "MAILBOT_SMTP_USER": "",
        "MAILBOT_SMTP_SECURITY": "none",
        "MAILBOT_STATE": str(tmp_path / "st"),
        "MAILBOT_OWNER_NAME": "Ana Owner",
        "MAILBOT_OWNER_EMAIL": "Ana@Example.org",
        "MAILBOT_SINCE": "2026-01-02",
    }
    config = load_config(path, environ=env)
    s = config.settings
    assert (s.imap.host, s.imap.port, s.imap.user, s.imap.security) == (
        "127.0.0.1",
        1143,
        "owner",
        "none",
    )
    assert (s.smtp.port, s.smtp.user) == (2525, "")
    assert config.secrets.imap_password == "s3cret"
    assert "s3cret" not in repr(config)
    assert config.state_dir == tmp_path / "st"
    assert s.owner.email == "ana@example.org" and s.owner.name == "Ana Owner"
    assert config.since_datetime is not None and config.since_datetime.day == 2


def test_bad_env_value_names_the_variable(tmp_path: Path) -> None:
    path = write(tmp_path, "")
    with pytest.raises(ConfigError, match=r"environment MAILBOT_IMAP_PORT: imap\.port"):
        load_config(path, environ={"MAILBOT_IMAP_PORT": "nope"})


def test_plaintext_off_loopback_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "imap:\n  host: mail.example.com\n  security: none\n")
    with pytest.raises(ConfigError, match="loopback"):
        load_config(path, environ={})


def test_password_command(tmp_path: Path) -> None:
    path = write(tmp_path, "imap:\n  host: localhost\n  password_command: echo from-command\n")
    assert load_config(path, environ={}).secrets.imap_password == "from-command"


def test_check_command_exit_2_without_traceback(tmp_path: Path) -> None:
    path = write(tmp_path, "owner:\n  name: X\n  colour: blue\n")
    result = subprocess.run(
        [sys.executable, "-m", "mailbot.cli", "--config", str(path), "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    assert f"{path}:3: owner.colour: unknown key" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_unknown_template(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        f"templates_path: {REPO / 'templates'}\n"
        "rules:\n  - {name: a, action: draft, template: no_such_template}\n",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mailbot.cli", "--config", str(path), "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    assert "no_such_template" in result.stderr


def test_check_shipped_config_ok() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mailbot.cli", "--config", str(REPO / "rules.yaml"), "check"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_an_owner_alias_may_have_a_non_ascii_local_part(tmp_path: Path) -> None:
    # aliases only recognise his own mail; no draft is ever written from or to them
    path = write(
        tmp_path, "owner:\n  name: X\n  email: x@y.example\n  aliases: [sérgio@y.example]\n"
    )
    assert "sérgio@y.example" in load_config(path, environ={}).settings.owner.addresses
