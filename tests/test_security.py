"""Security promises, checked on the real command against real servers.

- TLS: connect() verifies certificates and refuses a wrong CA (tests/test_imap.py:
  test_tls_with_the_right_ca_is_accepted_and_a_wrong_ca_refused; SMTP in tests/test_smtp.py).
  Here: the same through rules.yaml's `imap.ca_file`, end to end.
- Secrets (IMAP and SMTP passwords) never reach a log line, the output or the state.
- State files are the owner's only (0600 in a 0700 directory), CVs too, and a CV's file
  name cannot leave the CV folder whatever the attachment is called.
- Nothing in an email is fetched: no connection and no DNS lookup other than to the
  configured (loopback) servers, watched with an audit hook, not a monkeypatch.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import trustme
from conftest import env_for, require_dovecot
from hostile import (
    SUBJECT,
    build,
    deliver,
    hostile_cases,
    mailbot,
    pure_pipeline,
    require_model,
    start_run,
    stop_run,
    wait_for,
    write_config,
)
from servers import DovecotServer, SmtpSink

from mailbot.samples import make_pdf

pytestmark = pytest.mark.integration

IMAP_SECRET = "imap-Pw-5f0c1e9d-never-log-me"
SMTP_SECRET = "smtp-Pw-a83b77c2-never-log-me"


def set_password(dovecot: DovecotServer, password: str) -> None:
    """Dovecot's passwd-file is read per login: the account takes `password` at once."""
    passwd = dovecot.directory / "passwd"
    passwd.write_text(f"{dovecot.user}:{{PLAIN}}{password}::::::\n")
    # Dovecot notices the change by mtime: within the same second it may not.
    later = time.time() + 2
    os.utime(passwd, (later, later))
    dovecot.password = password

    def accepted() -> bool:
        try:
            dovecot.client(timeout=5).logout()
        except Exception:
            return False
        return True

    assert wait_for(accepted, 10, interval=0.5)


def applicant_with_cv(tag: str, cv_name: str) -> bytes:
    boundary = "cv-boundary"
    pdf = base64.encodebytes(make_pdf([f"{tag} Lindqvist", "Senior Python engineer"])).decode()
    body = (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hi Sergio,\r\n\r\nI'd love to join your network. Senior Python engineer, ten years "
        "(Django, AWS), available 20 hours a week. CV attached.\r\n"
        f"LinkedIn: https://www.linkedin.com/in/{tag}\r\n\r\nBest,\r\n{tag}\r\n"
        f"--{boundary}\r\nContent-Type: application/pdf\r\n"
        f'Content-Disposition: attachment; filename="{cv_name}"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{pdf}\r\n--{boundary}--\r\n"
    )
    return build(
        [
            ("From", f"{tag.title()} Lindqvist <{tag}@mailbox.example>"),
            ("To", "Sergio Pereira <sergio@remotework.example>"),
            ("Subject", SUBJECT),
            ("Date", "Sat, 21 Nov 2026 10:00:00 +0000"),
            ("Message-ID", f"<{tag}@mailbox.example>"),
        ],
        body,
        f'multipart/mixed; boundary="{boundary}"',
        "7bit",
    )


def every_file(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


# -- TLS, end to end ---------------------------------------------------------------------------


def test_imap_tls_through_rules_yaml_trusts_its_ca_file_and_nothing_else(tmp_path: Path) -> None:
    require_dovecot()
    require_model()
    with DovecotServer(tls=True, security="ssl") as dovecot, SmtpSink() as sink:
        assert dovecot.ca is not None
        right = tmp_path / "right-ca.pem"
        dovecot.ca.cert_pem.write_to_path(str(right))
        wrong = tmp_path / "wrong-ca.pem"
        trustme.CA().cert_pem.write_to_path(str(wrong))
        env = env_for(dovecot, sink, tmp_path / "state", MAILBOT_IMAP_SECURITY="ssl")
        for ca_file, ok in ((right, True), (wrong, False), (None, False)):
            config = write_config(tmp_path, imap={"ca_file": str(ca_file) if ca_file else None})
            result = mailbot(env, config, "once")
            output = result.stdout + result.stderr
            assert "Traceback" not in output
            if ok:
                assert result.returncode == 0, output
            else:
                # The system trust store does not know the test CA either.
                assert result.returncode != 0, output
                assert "certificate verify failed" in output, output


# -- secrets -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_passwords_never_reach_logs_output_or_state(tmp_path: Path) -> None:
    require_dovecot()
    require_model()
    state = tmp_path / "state"
    config = write_config(
        tmp_path,
        schedule={"poll_interval_seconds": 5, "idle": True},
        auto_send={"send_interval_seconds": 5},
    )
    with DovecotServer() as dovecot, SmtpSink(auth=("owner", SMTP_SECRET)) as sink:
        set_password(dovecot, IMAP_SECRET)
        env = env_for(dovecot, sink, state)
        deliver(dovecot, [applicant_with_cv("bea", "Bea_CV.pdf")])
        outputs = []
        for args in (("-v", "once"), ("review", "approve", "--all"), ("status", "--json")):
            result = mailbot(env, config, *args)
            assert result.returncode == 0, result.stderr[-2000:]
            outputs += [result.stdout, result.stderr]
        log = tmp_path / "run.log"
        process = start_run(env, config, log)
        try:
            assert wait_for(lambda: len(sink.messages) == 1, 60, process=process), log.read_text()[
                -3000:
            ]
        finally:
            assert stop_run(process) == 0
        # A wrong password is reported, and neither secret comes with the report.
        set_password(dovecot, "changed-on-the-server")
        failed = mailbot(env, config, "once")
        assert failed.returncode != 0
        outputs += [failed.stdout, failed.stderr, log.read_text()]
    secrets = []
    for secret in (IMAP_SECRET, SMTP_SECRET):
        secrets += [secret.encode(), base64.b64encode(f"\0owner\0{secret}".encode())]
        secrets.append(base64.b64encode(secret.encode()))
    text = "\n".join(outputs).encode()
    assert b"draft" in text  # the logs were captured
    for secret in secrets:
        assert secret not in text, secret
    files = every_file(state)
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, (path, secret)


# -- permissions and CV names ------------------------------------------------------------------


def test_state_and_cvs_are_the_owners_only_and_cv_names_stay_in_their_folder(
    tmp_path: Path,
) -> None:
    require_dovecot()
    require_model()
    state = tmp_path / "deep" / "state"
    config = write_config(tmp_path)
    hostile_names = [
        "../../etc/passwd.pdf",
        "/etc/shadow.pdf",
        "..\\..\\boot.ini.pdf",
        ".hidden.pdf",
        "cv\x00.pdf",
        "CV_" + "A" * 400 + ".pdf",
    ]
    mail = [applicant_with_cv(f"walker{i}", name) for i, name in enumerate(hostile_names)]
    previous = os.umask(0o022)  # a permissive umask: the modes must not come from it
    try:
        with DovecotServer() as dovecot, SmtpSink() as sink:
            deliver(dovecot, mail)
            result = mailbot(env_for(dovecot, sink, state), config, "once")
            assert result.returncode == 0, result.stderr[-3000:]
    finally:
        os.umask(previous)
    assert stat.S_IMODE(state.stat().st_mode) == 0o700
    cvs = state / "cvs"
    assert cvs.is_dir(), sorted(p.name for p in state.iterdir())
    assert stat.S_IMODE(cvs.stat().st_mode) == 0o700
    stored = sorted(p.name for p in cvs.iterdir())
    assert len(stored) == len(hostile_names), stored
    for path in every_file(state):
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == 0o600, f"{path} is {oct(mode)}"
    for name in stored:
        assert "/" not in name and "\\" not in name and not name.startswith(".")
        assert len(name) < 100
        assert name.endswith(".pdf")
        assert (cvs / name).resolve().parent == cvs.resolve()
    # Nothing was written beside the state directory, least of all an escaped CV.
    outside = [p for p in every_file(tmp_path) if state not in p.parents and p.name != "rules.yaml"]
    assert outside == [], outside


# -- nothing is fetched ------------------------------------------------------------------------

# Runs mailbot.cli.main in a fresh interpreter under an audit hook that records every
# connect and every name lookup: network access that is not to loopback is a finding.
_WATCHED_CLI = r"""
import ipaddress, json, sys

found = []

def loopback(host):
    if host in ("localhost", "localhost.", None, ""):
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False

def hook(event, args):
    if event == "socket.connect":
        address = args[1]
        if isinstance(address, tuple) and not loopback(address[0]):
            found.append(f"connect {address!r}")
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex"):
        if not loopback(args[0]):
            found.append(f"{event} {args[0]!r}")
    elif event == "urllib.Request":
        found.append(f"urllib {args[0]!r}")

sys.addaudithook(hook)
from mailbot.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as report:
    json.dump(found, report)
sys.exit(code)
"""


def _remote_content_mail() -> list[bytes]:
    html_cases = [c.data for c in hostile_cases() if c.name == "html-remote-content"]
    boundary = "rel"
    remote = (
        f"--{boundary}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
        "<html><head><link rel='stylesheet' href='https://cdn.attacker.example/a.css'>"
        "<meta http-equiv='refresh' content='0;url=https://attacker.example/'></head><body>"
        "<p>Hi Sergio, I'd love to join your network: senior Python engineer, ten years.</p>"
        "<img src='https://tracker.attacker.example/open.gif?id=1'>"
        "<img src='cid:logo'><a href='https://www.linkedin.com/in/remote-rita'>LinkedIn</a>"
        "<object data='https://attacker.example/x.swf'></object>"
        "<video poster='http://attacker.example/p.jpg'></video></body></html>\r\n"
        f"--{boundary}\r\nContent-Type: message/external-body; access-type=URL; "
        'URL="https://attacker.example/cv.pdf"\r\n\r\nContent-Type: application/pdf\r\n\r\n'
        f"\r\n--{boundary}--\r\n"
    )
    return [
        *html_cases,
        build(
            [
                ("From", "Remote Rita <rita.remote@mailbox.example>"),
                ("To", "Sergio Pereira <sergio@remotework.example>"),
                ("Subject", SUBJECT),
                ("Message-ID", "<remote-rita@mailbox.example>"),
                ("List-Unsubscribe", "<https://attacker.example/unsubscribe>"),
            ],
            remote,
            f'multipart/related; boundary="{boundary}"',
            "7bit",
        ),
    ]


def test_nothing_in_an_email_is_fetched_by_once(tmp_path: Path) -> None:
    require_dovecot()
    require_model()
    config = write_config(tmp_path)
    with DovecotServer() as dovecot, SmtpSink() as sink:
        deliver(dovecot, _remote_content_mail())
        report = tmp_path / "network.json"
        env = {**os.environ, **env_for(dovecot, sink, tmp_path / "state")}
        env["MAILBOT_CONFIG"] = str(config)
        result = subprocess.run(
            [sys.executable, "-c", _WATCHED_CLI, str(report), "-v", "once"],
            env=env,
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        assert "2 processed" in result.stdout or "processed" in result.stdout
    assert json.loads(report.read_text()) == []


def test_the_pure_pipeline_opens_no_socket_at_all() -> None:
    """parse -> classify -> decide -> render in this process: not even a loopback socket."""
    require_model()
    from mailbot.models import RawMessage

    pipeline, state = pure_pipeline()
    events: list[str] = []
    watching = True

    def hook(event: str, args: tuple[object, ...]) -> None:
        if watching and event.startswith(("socket.", "urllib.", "http.", "ftplib.")):
            events.append(f"{event} {args!r}"[:200])

    sys.addaudithook(hook)  # audit hooks cannot be removed: `watching` turns it off
    try:
        started = time.monotonic()
        for data in _remote_content_mail():
            raw = RawMessage(folder="INBOX", uid=1, uidvalidity=1, data=data, size=len(data))
            analysis = pipeline.analyse([raw])[0]
            outcome = pipeline.finish(analysis, state)
            assert outcome.error is None, outcome.error
        elapsed = time.monotonic() - started
    finally:
        watching = False
    assert events == []
    assert elapsed < 10
