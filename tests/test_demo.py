"""`mailbot demo`: local servers, sample mail, the real poll cycle, one draft sent, a report."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml

from mailbot import demo
from mailbot.config import parse_config_text
from mailbot.models import Classification, Label, OtherKind, ParsedMessage, SafetyVerdict
from mailbot.samples import samples

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.integration

EXPECTED = samples()
DRAFTED = sorted(s.recipient for s in EXPECTED if s.expect_draft)
MACHINE_SENDERS = ("mailer-daemon@mx.remotework.example", "dave@bigcorp.example")
NEVER_DRAFTED = (*MACHINE_SENDERS, "katrin.vogel@firma.example", "digest@lists.ctocraft.example")


def drafted_recipients(output: str) -> list[str]:
    """Recipients listed under the report's "Drafts in the Drafts folder" heading."""
    match = re.search(
        r"Drafts in the Drafts folder: (\d+)[^\n]*\n(.*?)(?:\n[^ \n]|\Z)", output, re.S
    )
    assert match, f"no drafts section in:\n{output}"
    recipients = re.findall(r"^  -> (\S+)", match.group(2), re.M)
    assert len(recipients) == int(match.group(1))
    return sorted(recipients)


class SampleClassifier:
    """Stand-in for the trained model: says what each sample is meant to be."""

    def __init__(self) -> None:
        self.by_sender: dict[str, str] = {}
        for sample in EXPECTED:
            sender = re.search(rb"^From: .*?<?([^<>\s]+@[^<>\s]+)>?\r?$", sample.data, re.M)
            assert sender
            self.by_sender[sender.group(1).decode().lower()] = sample.expect_label

    def classify_many(
        self,
        items: Sequence[tuple[ParsedMessage, SafetyVerdict]],
        floor: float,
        inputs: Sequence[Any] | None = None,
    ) -> list[Classification]:
        out = []
        for parsed, safety in items:
            sender = parsed.from_addr.email if parsed.from_addr else ""
            label = Label(self.by_sender.get(sender, "other"))
            person = safety.relayed_person if safety.relayed else parsed.from_addr
            kind = OtherKind.AUTO_REPLY if label is Label.OTHER else None
            out.append(Classification(label, kind, 0.9, person))
        return out


@pytest.fixture
def demo_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Where the demo makes its temp dir, so the test can see it come and go."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return tmp_path


def test_demo_config_points_only_at_local_servers(tmp_path: Path) -> None:
    imap, smtp = demo.PymapServer(tmp_path), demo.SmtpRecorder()
    imap.port, smtp.port = 14300, 12500
    text = demo.demo_config_text(REPO / "rules.yaml", tmp_path, imap, smtp)
    data = yaml.safe_load(text)
    assert data["imap"] == {
        "host": "127.0.0.1",
        "port": 14300,
        "security": "none",
        "user": imap.user,
    }
    assert data["smtp"]["port"] == 12500 and data["smtp"]["security"] == "none"
    assert data["state_path"] == str(tmp_path / "state")
    assert Path(data["templates_path"]) == REPO / "templates"
    assert all(Path(p).is_absolute() and Path(p).exists() for p in data["newsletter_files"])
    assert "since" not in data
    assert imap.password not in text  # the password only travels in the environment
    config = parse_config_text(text, tmp_path / "rules.yaml", {})
    assert config.state_dir == tmp_path / "state"


def test_demo_loop_with_stand_in_classifier(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], demo_tmp: Path
) -> None:
    """The mechanics (servers, seeding, poll, report, clean-up) without the trained model."""
    monkeypatch.setattr(demo, "load_classifier", lambda config: SampleClassifier())
    monkeypatch.setattr(demo, "stdin_is_terminal", lambda: False)
    started: list[demo.PymapServer] = []
    original_start = demo.PymapServer.start

    def recording_start(self: demo.PymapServer, timeout: float = 30.0) -> None:
        started.append(self)
        original_start(self, timeout)

    monkeypatch.setattr(demo.PymapServer, "start", recording_start)

    assert demo.run_demo(keep=False) == 0
    out = capsys.readouterr().out

    assert drafted_recipients(out) == DRAFTED
    for address in DRAFTED:
        assert f"draft to {address}" in out
    assert "machine-safety -> ignore" in out
    assert "null Return-Path" in out  # the bounce's machine reason is shown
    assert "flags \\Draft" in out  # a draft fetched back from the Drafts folder
    assert "From: Sergio Pereira <sergio@remotework.example>" in out
    # the first applicant's acknowledgement is approved, sent once, filed in Sent
    assert "send: 1 sent, 0 queued" in out
    assert "Sent folder: has it; Drafts folder: no longer has it" in out
    assert "received 1 message(s)" in out
    assert "RCPT TO ana.costa@gmail.example (MAIL FROM sergio@remotework.example)" in out
    assert f"processed:   {len(EXPECTED)}" in out
    assert "sent: 1  failed: 0" in out
    # the servers are gone and the temp dir with them
    assert started and started[0]._process is None
    assert list(demo_tmp.iterdir()) == []


def test_demo_keep_leaves_the_temp_dir(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], demo_tmp: Path
) -> None:
    monkeypatch.setattr(demo, "load_classifier", lambda config: SampleClassifier())
    monkeypatch.setattr(demo, "stdin_is_terminal", lambda: False)
    assert demo.run_demo(keep=True) == 0
    kept = list(demo_tmp.iterdir())
    assert len(kept) == 1 and str(kept[0]) in capsys.readouterr().err
    assert (kept[0] / "rules.yaml").is_file()
    assert (kept[0] / "state").is_dir()


def test_demo_reports_a_server_that_does_not_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], demo_tmp: Path
) -> None:
    def broken(self: demo.PymapServer) -> list[str]:
        return [sys.executable, "-c", "import sys; print('no such backend'); sys.exit(3)"]

    monkeypatch.setattr(demo.PymapServer, "command", broken)
    assert demo.run_demo(keep=False) == 1
    err = capsys.readouterr().err
    assert "the local IMAP server (pymap) did not start" in err
    assert "no such backend" in err  # the server's own words, to act on
    assert list(demo_tmp.iterdir()) == []


def test_mailbot_demo_command_runs_to_the_end_unattended() -> None:
    """`mailbot demo` as a newcomer runs it: real classifier, no terminal, ends by itself."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAILBOT_")}
    # A real mailbox configured in the caller's environment must not leak into the demo.
    env["MAILBOT_IMAP_HOST"] = "imap.invalid"
    result = subprocess.run(
        [sys.executable, "-m", "mailbot.cli", "demo"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    recipients = drafted_recipients(out)
    assert set(recipients) == set(DRAFTED), out
    for sender in NEVER_DRAFTED:
        assert sender not in recipients
    assert "machine-safety -> ignore" in out
    applicants = [s.recipient for s in EXPECTED if s.expect_label == "applicant"]
    sent_to = re.findall(r"^  -> RCPT TO (\S+) ", out, re.M)
    assert len(sent_to) == 1 and sent_to[0] in applicants, out
    assert "sent: 1  failed: 0" in out
    assert "Servers stopped." in out
