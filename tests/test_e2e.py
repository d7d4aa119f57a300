"""The whole loop on real servers: APPEND to a real Dovecot, `mailbot once`, drafts appear."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from servers import DovecotServer, SmtpSink

from mailbot.samples import samples

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.integration


def mailbot(
    env: dict[str, str], *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **env, "MAILBOT_CONFIG": str(REPO / "rules.yaml")}
    return subprocess.run(
        [sys.executable, "-m", "mailbot.cli", *args],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def drafts_by_recipient(server: DovecotServer) -> dict[str, list[bytes]]:
    found: dict[str, list[bytes]] = {}
    for _uid, flags, raw in server.messages("Drafts"):
        assert b"\\Draft" in flags
        msg = message_from_bytes(raw, policy=policy.default)
        found.setdefault(msg["To"].addresses[0].addr_spec, []).append(raw)
    return found


def test_once_drafts_for_humans_only_and_never_twice(
    dovecot: DovecotServer, smtp_sink: SmtpSink, mailbot_env: dict[str, str]
) -> None:
    mix = samples()
    for sample in mix:
        dovecot.append("INBOX", sample.data)

    first = mailbot(mailbot_env, "once")
    assert first.returncode == 0, first.stderr
    assert "processed" in first.stdout

    drafts = drafts_by_recipient(dovecot)
    by_id = {message_from_bytes(s.data, policy=policy.default)["Message-ID"]: s for s in mix}
    for sample in mix:
        if sample.expect_draft:
            assert sample.recipient in drafts, f"no draft for {sample.name}"
            assert len(drafts[sample.recipient]) == 1, f"{sample.name} drafted twice"
    wanted = {s.recipient for s in mix if s.expect_draft}
    assert set(drafts) == wanted, f"unexpected drafts to {set(drafts) - wanted}"

    for recipient, raws in drafts.items():
        msg = message_from_bytes(raws[0], policy=policy.default)
        source = by_id[msg["In-Reply-To"]]
        assert source.recipient == recipient
        assert msg["In-Reply-To"] in msg["References"]
        assert msg["From"].addresses[0].addr_spec == "sergio@remotework.example"
        assert msg["Subject"].lower().startswith("re:")

    # no \Seen set on anything mailbot read, nothing sent
    for _uid, flags, _raw in dovecot.messages("INBOX"):
        assert b"\\Seen" not in flags
    assert smtp_sink.messages == []

    second = mailbot(mailbot_env, "once")
    assert second.returncode == 0, second.stderr
    assert sum(len(v) for v in drafts_by_recipient(dovecot).values()) == len(wanted)

    status = mailbot(mailbot_env, "status", "--json")
    report = json.loads(status.stdout)
    assert report["processed"] + report["quarantined"] == len(mix)
    assert report["drafts"] == len(wanted)


def test_uidvalidity_change_answers_none_twice(
    dovecot: DovecotServer, mailbot_env: dict[str, str], tmp_path: Path
) -> None:
    """The folder is deleted and recreated with the same mail: new UIDVALIDITY, no new draft."""
    mix = [s for s in samples() if s.expect_draft][:3]
    config = tmp_path / "rules.yaml"
    config.write_text(
        (REPO / "rules.yaml")
        .read_text()
        .replace("inbox: INBOX", "inbox: Work")
        .replace("templates_path: templates", f"templates_path: {REPO / 'templates'}")
        .replace("  - newsletter/", f"  - {REPO}/newsletter/")
    )
    env = {**mailbot_env, "MAILBOT_CONFIG": str(config)}

    def fill() -> int:
        client = dovecot.client()
        client.create_folder("Work")
        for sample in mix:
            client.append("Work", sample.data)
        uidvalidity = int(client.folder_status("Work", [b"UIDVALIDITY"])[b"UIDVALIDITY"])
        client.logout()
        return uidvalidity

    def once() -> None:
        result = subprocess.run(
            [sys.executable, "-m", "mailbot.cli", "--config", str(config), "once"],
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr

    first_validity = fill()
    once()
    before = len(dovecot.messages("Drafts"))
    assert before == len(mix)
    client = dovecot.client()
    client.delete_folder("Work")
    client.logout()
    assert fill() != first_validity
    once()
    assert len(dovecot.messages("Drafts")) == before


def test_since_records_without_answering(
    dovecot: DovecotServer, mailbot_env: dict[str, str]
) -> None:
    for sample in samples():
        dovecot.append("INBOX", sample.data)
    env = {**mailbot_env, "MAILBOT_SINCE": "2099-01-01"}
    result = mailbot(env, "once")
    assert result.returncode == 0, result.stderr
    assert dovecot.messages("Drafts") == []
    report = json.loads(mailbot(env, "status", "--json").stdout)
    assert report["processed"] == len(samples())


def test_wild_corpus_goes_through(dovecot: DovecotServer, mailbot_env: dict[str, str]) -> None:
    shared = Path(os.environ.get("MAILBOT_SHARED", REPO.parent / "shared"))
    files = sorted(
        p for p in (shared / "corpus" / "wild").rglob("*") if p.is_file() and p.name != "README.md"
    )
    if not files:
        pytest.skip("shared/corpus/wild not found")
    client = dovecot.client()
    appended = 0
    for path in files:
        data = path.read_bytes()
        try:
            client.append("INBOX", data)
            appended += 1
        except Exception:  # Dovecot refuses a few (e.g. NUL bytes): not mailbot's to read
            continue
    client.logout()
    result = mailbot(mailbot_env, "once", timeout=600)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(mailbot(mailbot_env, "status", "--json").stdout)
    assert report["processed"] + report["quarantined"] == appended


def test_once_with_a_model_that_will_not_load_stops_and_quarantines_nothing(
    dovecot: DovecotServer, mailbot_env: dict[str, str], tmp_path: Path
) -> None:
    """The model loads in the background while the poll starts; when it fails, the poll
    stops with a config error instead of quarantining every message it read."""
    broken = tmp_path / "model"
    broken.mkdir()
    (broken / "meta.json").write_text("{not json")
    rules = (REPO / "rules.yaml").read_text()
    assert "\nclassifier:\n" in rules
    config = REPO / f".test-broken-model-{os.getpid()}.yaml"  # beside what it refers to
    config.write_text(rules.replace("\nclassifier:\n", f"\nclassifier:\n  model_path: {broken}\n"))
    for sample in samples()[:3]:
        dovecot.append("INBOX", sample.data)
    env = {**os.environ, **mailbot_env, "MAILBOT_CONFIG": str(config)}
    try:
        result = subprocess.run(
            [sys.executable, "-m", "mailbot.cli", "once"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        config.unlink()
    assert result.returncode != 0
    assert "classifier could not be loaded" in result.stderr, result.stderr
    status = mailbot(mailbot_env, "status", "--json")
    report = json.loads(status.stdout)
    assert report["processed"] + report["quarantined"] == 0


EAI_APPLICANT = (
    "From: =?utf-8?q?Jos=C3=A9_Ara=C3=BAjo?= <josé.araújo@example.com>\r\n"
    "To: sergio@remotework.example\r\n"
    "Subject: Joining your network\r\n"
    "Message-ID: <eai-applicant@example.com>\r\n"
    "Date: Thu, 26 Nov 2026 10:00:00 +0000\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: text/plain; charset=utf-8\r\n"
    "Content-Transfer-Encoding: 8bit\r\n"
    "\r\n"
    "Hi Sergio, I am a senior Python engineer (Django, AWS) and would love to join your\r\n"
    "network of fractional CTOs. LinkedIn: https://www.linkedin.com/in/josearaujo-dev\r\n"
    "\r\n"
    "José\r\n"
).encode()


def test_a_non_ascii_local_part_is_held_with_its_reason_not_quarantined(
    dovecot: DovecotServer, smtp_sink: SmtpSink, mailbot_env: dict[str, str]
) -> None:
    """RFC 6531 mail (UTF-8 in the address itself) is read, recorded and held for him: a
    draft's 7-bit headers cannot carry the address, so he answers it himself."""
    dovecot.append("INBOX", EAI_APPLICANT)

    done = mailbot(mailbot_env, "once")
    assert done.returncode == 0, done.stderr
    assert "1 processed, 0 quarantined, 1 held, 0 drafts" in done.stdout

    report = json.loads(mailbot(mailbot_env, "status", "--json").stdout)
    assert (report["processed"], report["quarantined"], report["held"]) == (1, 0, 1)
    assert report["labels"] == {"applicant": 1}
    assert list(dovecot.messages("Drafts")) == []
    assert smtp_sink.messages == []

    explained = mailbot(mailbot_env, "network", "show", "josé.araújo@example.com")
    assert explained.returncode == 0, explained.stderr
    assert "linkedin.com/in/josearaujo-dev" in explained.stdout
