"""Mail built to break mailbot, varied ordinary mail, and the harness that feeds both to the
real `mailbot` command against the test servers (tests/servers.py).

Everything here is deterministic: the same seed gives the same bytes, so a run that was
killed twenty times can be compared with one that never was.

Generators
----------
``varied_replies(count, seed) -> list[bytes]``
    Newsletter replies as they arrive: applicants (some with a PDF CV, three languages),
    clients (liked and not), a second message from the same person, machines (bounces,
    out-of-office, lists, no-reply senders), identical copies and reused Message-IDs.
``hostile_cases() -> list[HostileCase]``
    Header injection (CR/LF and RFC 2047 encoded newlines in Subject and display names),
    template injection, deep MIME nesting, a 1 MB header, huge and many attachments, bogus
    charsets, missing and duplicate Message-IDs, NUL bytes, malformed addresses.
``wild_corpus() -> list[Path]``
    Every file of shared/corpus/wild/ (MAILBOT_SHARED overrides where shared/ is).

Harness
-------
``write_config(directory, **changes) -> Path``: the shipped rules.yaml with absolute paths
and `changes` merged in (nested dicts merge, anything else replaces).
``mailbot(env, config, *args, timeout) -> CompletedProcess``; ``start_run(...) -> Popen``;
``status(env, config) -> dict``; ``drafts_in(server) -> list[DraftCopy]``;
``check_draft(raw) -> list[str]`` (what is wrong with a draft, empty when nothing).
"""

from __future__ import annotations

import base64
import contextlib
import copy
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.utils import format_datetime, getaddresses
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from mailbot.samples import NEWSLETTER_ID, NEWSLETTER_QUOTE, OWNER, make_pdf

REPO = Path(__file__).resolve().parents[1]
OWNER_EMAIL = "sergio@remotework.example"
ATTACKER = "evil@attacker.example"

# -- the harness -----------------------------------------------------------------------------


def shared_dir() -> Path:
    return Path(os.environ.get("MAILBOT_SHARED", REPO.parent / "shared"))


def require_model() -> None:
    """The shipped classifier is needed: skip locally without it, fail under CI."""
    from mailbot.classify.model import DEFAULT_MODEL_DIR, META_FILE

    if (DEFAULT_MODEL_DIR / META_FILE).is_file():
        return
    message = f"no classifier model at {DEFAULT_MODEL_DIR}: run `mailbot train`"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set)")
    pytest.skip(message)


def _merge(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def write_config(directory: Path, **changes: Any) -> Path:
    """The shipped rules.yaml, paths made absolute, `changes` merged in; returns its path."""
    shipped = yaml.safe_load((REPO / "rules.yaml").read_text())
    shipped["templates_path"] = str(REPO / "templates")
    shipped["newsletter_files"] = [str(REPO / p) for p in shipped.get("newsletter_files", [])]
    # The daily digest is mail too: the tests that count what was sent keep it out.
    shipped.setdefault("digest", {})["enabled"] = False
    # The shipped inline rule tests assume the shipped capacity and network (and name .eml
    # files relative to the repository): they are its own checks, not these tests'.
    shipped.pop("tests", None)
    merged = _merge(shipped, changes)
    merged.setdefault("state_path", str(directory / "state"))
    path = directory / "rules.yaml"
    path.write_text(yaml.safe_dump(merged, sort_keys=False, allow_unicode=True))
    return path


@cache
def pure_pipeline() -> tuple[Any, Any]:
    """The real Pipeline (shipped model, templates, rules.yaml) with `explain`'s empty state
    and a fixed clock: parse -> classify -> decide -> render, no server, no store."""
    from mailbot.classify import Classifier
    from mailbot.cli import _EmptyState
    from mailbot.config import load_config
    from mailbot.pipeline import Pipeline
    from mailbot.render import TemplateLibrary

    config = load_config(write_config(Path(tempfile.mkdtemp(prefix="mailbot-pipeline-"))))
    pipeline = Pipeline(
        config=config,
        templates=TemplateLibrary(config.templates_dir),
        classifier=Classifier.load(),
        clock=lambda: datetime(2026, 11, 22, 12, 0, tzinfo=UTC),
    )
    return pipeline, _EmptyState(config)


def _environment(env: dict[str, str], config: Path) -> dict[str, str]:
    return {**os.environ, **env, "MAILBOT_CONFIG": str(config)}


def mailbot(
    env: dict[str, str], config: Path, *args: str, timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mailbot.cli", "--config", str(config), *args],
        env=_environment(env, config),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        cwd=REPO,
    )


def start_run(env: dict[str, str], config: Path, log: Path) -> subprocess.Popen[bytes]:
    """`mailbot run` in its own process group, stdout and stderr appended to `log`."""
    with open(log, "ab") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "mailbot.cli", "--config", str(config), "run"],
            env=_environment(env, config),
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=subprocess.STDOUT,
            cwd=REPO,
            start_new_session=True,
        )


def stop_run(process: subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> int:
    """Signal the run's process group and reap it (SIGKILL after 20 s)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
    try:
        return process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        return process.wait(timeout=10)


def wait_for(
    predicate: Any,
    timeout: float,
    interval: float = 0.1,
    process: subprocess.Popen[bytes] | None = None,
) -> bool:
    """Poll `predicate` until true or `timeout`; gives up early when `process` has exited."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        if process is not None and process.poll() is not None:
            break
        time.sleep(interval)
    return bool(predicate())


def status(env: dict[str, str], config: Path) -> dict[str, Any]:
    result = mailbot(env, config, "status", "--json", timeout=60)
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout)
    return report


def deliver(server: Any, messages: list[bytes], folder: str = "INBOX") -> int:
    """APPEND in order over one connection (MULTIAPPEND, 100 at a time): UIDs follow the
    list, so two servers given the same list number the same mail the same way."""
    client = server.client()
    try:
        for start in range(0, len(messages), 100):
            client.multiappend(folder, messages[start : start + 100])
    finally:
        client.logout()
    return len(messages)


def deliver_each(server: Any, messages: list[bytes], folder: str = "INBOX") -> list[int]:
    """APPEND one at a time; returns the indexes the server accepted (it refuses some,
    e.g. NUL bytes): what was not delivered is not mailbot's to account for."""
    client = server.client()
    accepted = []
    try:
        for index, data in enumerate(messages):
            try:
                client.append(folder, data)
            except Exception:
                if not client_alive(client):
                    client = server.client()
                continue
            accepted.append(index)
    finally:
        with contextlib.suppress(Exception):
            client.logout()
    return accepted


def client_alive(client: Any) -> bool:
    try:
        client.noop()
    except Exception:
        return False
    return True


@dataclass(frozen=True)
class DraftCopy:
    uid: int
    message_id: str
    raw: bytes


def drafts_in(server: Any, folder: str = "Drafts") -> list[DraftCopy]:
    out = []
    for uid, _flags, raw in server.messages(folder):
        message = message_from_bytes(raw, policy=policy.compat32)
        out.append(DraftCopy(uid, str(message.get("Message-ID", "")).strip(), raw))
    return out


ALLOWED_DRAFT_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
)


def check_draft(raw: bytes, owner: str = OWNER_EMAIL, attacker_wrote: bool = False) -> list[str]:
    """Everything wrong with a draft mailbot made; an empty list when it is sound.

    `attacker_wrote`: the source's own From (as parsed) is the attacker's address, so a
    reply to it is no injection.
    """
    from mailbot.safety import is_machine_address

    problems: list[str] = []
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    for line in head.replace(b"\r\n", b"\n").split(b"\n"):
        if b"\r" in line or b"\x00" in line:
            problems.append(f"control character in header line {line[:80]!r}")
    message = message_from_bytes(raw, policy=policy.default)
    if message.defects:
        problems.append(f"defects {message.defects!r}")
    for name, value in message.raw_items():
        lowered = name.lower()
        if lowered not in ALLOWED_DRAFT_HEADERS and not lowered.startswith("x-mailbot-"):
            problems.append(f"unexpected header {name}: {str(value)[:80]!r}")
        # Folding (a line break followed by white space) is how long headers are written;
        # a line break anywhere else would start a header of its own.
        text = re.sub(r"\r?\n[ \t]", " ", str(value))
        if "\r" in text or "\n" in text:
            problems.append(f"line break in {name}: {text[:80]!r}")
    for name in ("from", "to", "subject", "date", "message-id"):
        if len(message.get_all(name) or []) != 1:
            problems.append(f"{name} appears {len(message.get_all(name) or [])} times")
    recipients = getaddresses(
        [str(v) for v in message.get_all("to", []) + message.get_all("cc", [])]
    )
    for _name, address in recipients:
        if not address or "@" not in address:
            problems.append(f"unusable recipient {address!r}")
        elif ATTACKER in address.lower() and not attacker_wrote:
            problems.append(f"injected recipient {address!r}")
        elif is_machine_address(address) and address.lower() != owner:
            problems.append(f"draft to a machine {address!r}")
    to_addresses = [
        a.lower() for _n, a in getaddresses([str(v) for v in message.get_all("to", [])])
    ]
    if owner in to_addresses:
        problems.append("draft to the owner himself")
    if not message.get_body(("plain",)):
        problems.append("no text/plain body")
    return problems


# -- varied ordinary mail ----------------------------------------------------------------------

_FIRST = [
    "Ana",
    "Bruno",
    "Carla",
    "Diego",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kenji",
    "Lara",
    "Mateo",
    "Nadia",
    "Omar",
    "Paula",
    "Quentin",
    "Rosa",
    "Samir",
    "Tiago",
    "Uma",
    "Victor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoe",
]
_LAST = [
    "Silva",
    "Novak",
    "Okafor",
    "Rossi",
    "Tanaka",
    "Weber",
    "Dubois",
    "Haddad",
    "Kowalski",
    "Moreau",
    "Santos",
    "Lind",
]
_MAIL = ("gmail.example", "outlook.example", "proton.example", "fastmail.example", "mail.example")
_ROLES = (
    ("fractional CTO", "Python, Django, AWS"),
    ("senior QA engineer", "Cypress, Playwright, Selenium"),
    ("full-stack engineer", "React, Node, TypeScript"),
    ("data engineer", "Spark, Airflow, dbt, Snowflake"),
    ("mobile engineer", "Swift, Kotlin, Flutter"),
    ("DevOps engineer", "Kubernetes, Terraform, GCP"),
)
_CLIENTS = (
    ("MediBook", "healthtech", "seed", "React and Node on AWS", "$8k/month"),
    ("GreenLedger", "climate", "Series A", "Python and TypeScript", "$12k/month"),
    ("ShopWise", "ecommerce", "bootstrapped", "PHP and Vue", "$2k/month"),
    ("LearnLoop", "edtech", "seed", "Python and React", "$6k/month"),
    ("CoinFlip", "crypto", "pre-seed", "Solidity and Go", "$20k/month"),
    ("FinPilot", "fintech", "Series A", "Node and AWS", "$10k/month"),
)


@dataclass(frozen=True)
class _Person:
    name: str
    email: str


def _person(rng: random.Random, index: int) -> _Person:
    first, last = rng.choice(_FIRST), rng.choice(_LAST)
    return _Person(f"{first} {last}", f"{first}.{last}.{index}@{rng.choice(_MAIL)}".lower())


def _headers(
    sender: str,
    subject: str,
    when: datetime,
    message_id: str | None,
    extra: list[tuple[str, str]] | None = None,
    reply: bool = True,
) -> list[tuple[str, str]]:
    headers = [("From", sender), ("To", OWNER), ("Subject", subject)]
    headers.append(("Date", format_datetime(when)))
    if message_id is not None:
        headers.append(("Message-ID", message_id))
    if reply:
        headers += [("In-Reply-To", NEWSLETTER_ID), ("References", NEWSLETTER_ID)]
    headers += extra or []
    return headers


def build(
    headers: list[tuple[str, str]] | list[tuple[str, bytes]],
    body: bytes | str,
    content_type: str = "text/plain; charset=utf-8",
    encoding: str = "8bit",
) -> bytes:
    """Raw message bytes, exactly as given: nothing is checked or folded."""
    lines = []
    for name, value in headers:
        raw_value = value if isinstance(value, bytes) else value.encode("utf-8")
        lines.append(name.encode() + b": " + raw_value)
    lines.append(b"MIME-Version: 1.0")
    lines.append(b"Content-Type: " + content_type.encode())
    lines.append(b"Content-Transfer-Encoding: " + encoding.encode())
    payload = body if isinstance(body, bytes) else body.encode("utf-8")
    return (
        b"\r\n".join(lines) + b"\r\n\r\n" + payload.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    )


def _with_pdf(headers: list[tuple[str, str]], text: str, pdf: bytes, filename: str) -> bytes:
    boundary = "=-=-cv-boundary-=-="
    encoded = base64.encodebytes(pdf).decode()
    body = (
        f"--{boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n--{boundary}\r\nContent-Type: application/pdf\r\n"
        f'Content-Disposition: attachment; filename="{filename}"\r\n'
        f"Content-Transfer-Encoding: base64\r\n\r\n{encoded}\r\n--{boundary}--\r\n"
    )
    return build(headers, body, f'multipart/mixed; boundary="{boundary}"', "7bit")


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines())


ATTRIBUTION = "On Fri, 20 Nov 2026 at 08:00, Sergio Pereira <sergio@remotework.example> wrote:"
SUBJECT = "Re: My Fractional CTO career is a roller coaster"


def _applicant(rng: random.Random, who: _Person, when: datetime, mid: str) -> bytes:
    role, skills = rng.choice(_ROLES)
    years = rng.randint(3, 20)
    slug = who.email.split("@")[0].replace(".", "-")
    language = rng.choice(("en", "en", "en", "pt", "es"))
    if language == "pt":
        text = (
            f"Olá Sergio,\n\nSou {role} com {years} anos de experiência ({skills}) e gostaria "
            f"de fazer parte da tua rede.\nLinkedIn: https://www.linkedin.com/in/{slug}\n\n"
            f"Obrigado,\n{who.name.split()[0]}\n"
        )
    elif language == "es":
        text = (
            f"Hola Sergio,\n\nSoy {role} con {years} años de experiencia ({skills}). Me "
            f"encantaría formar parte de tu red.\nLinkedIn: https://www.linkedin.com/in/{slug}"
            f"\n\nSaludos,\n{who.name.split()[0]}\n"
        )
    else:
        text = (
            f"Hi Sergio,\n\nI'd love to join your network. I'm a {role} with {years} years of "
            f"experience ({skills}), working remotely and available "
            f"{rng.choice(('20 hours a week', 'full time from January', 'two days a week'))}."
            f"\n\nLinkedIn: https://www.linkedin.com/in/{slug}\n\nBest,\n{who.name.split()[0]}\n"
        )
    text += f"\n{ATTRIBUTION}\n{_quote(NEWSLETTER_QUOTE)}\n"
    headers = _headers(f"{who.name} <{who.email}>", SUBJECT, when, mid)
    if rng.random() < 0.3:
        pdf = make_pdf([who.name, role, f"Skills: {skills}", f"{years} years of experience"])
        return _with_pdf(headers, text, pdf, f"CV_{who.name.replace(' ', '_')}.pdf")
    return build(headers, text)


def _client(rng: random.Random, who: _Person, when: datetime, mid: str) -> bytes:
    company, industry, stage, stack, budget = rng.choice(_CLIENTS)
    text = (
        f"Hi Sergio,\n\nI'm the founder of {company}, a {stage} {industry} startup. Our lead "
        f"developer left and we need a fractional CTO to own the roadmap and help us hire. "
        f"Our stack is {stack}. Budget around {budget}, ideally starting next month.\n\n"
        f"Would you have time for a call?\n\n{who.name}\nFounder, {company}\n"
    )
    subject = rng.choice(
        (
            f"Fractional CTO for {company}?",
            "Looking for a fractional CTO",
            f"{company}: need technical leadership",
        )
    )
    return build(_headers(f"{who.name} <{who.email}>", subject, when, mid, reply=False), text)


def _machine(rng: random.Random, index: int, when: datetime, mid: str) -> bytes:
    kind = rng.choice(("bounce", "ooo", "list", "noreply", "ooo-plain"))
    if kind == "bounce":
        return build(
            _headers(
                "Mail Delivery System <MAILER-DAEMON@mx.remotework.example>",
                "Undelivered Mail Returned to Sender",
                when,
                mid,
                [("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
                reply=False,
            ),
            f"Your message to reader{index}@gone.example could not be delivered.\n"
            "550 5.1.1 User unknown\n",
        )
    if kind == "ooo":
        return build(
            _headers(
                f"Reader {index} <reader{index}@corp.example>",
                f"Automatic reply: {SUBJECT[4:]}",
                when,
                mid,
                [("Auto-Submitted", "auto-replied")],
            ),
            "I am out of the office until Monday with limited access to email.\n",
        )
    if kind == "list":
        return build(
            _headers(
                "CTO Digest <digest@lists.example>",
                f"[digest] issue {index}",
                when,
                mid,
                [("List-Id", "<cto.lists.example>"), ("Precedence", "list")],
                reply=False,
            ),
            "This week: hiring your first engineers, pricing, on-call for small teams.\n",
        )
    if kind == "noreply":
        return build(
            _headers(
                "Job Board <no-reply@jobs.example>",
                f"New applicant for your posting #{index}",
                when,
                mid,
                reply=False,
            ),
            "A candidate applied to your posting. Log in to see the CV.\n",
        )
    return build(
        _headers(f"Leser {index} <leser{index}@firma.example>", "Abwesenheitsnotiz", when, mid),
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.11. nicht im Büro und habe "
        "keinen Zugriff auf meine E-Mails.\n",
    )


def varied_replies(count: int, seed: int = 7) -> list[bytes]:
    """`count` newsletter replies in arrival order, the same for the same seed."""
    rng = random.Random(seed)
    start = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    out: list[bytes] = []
    people: list[_Person] = []
    for index in range(count):
        when = start + timedelta(minutes=7 * index)
        mid = f"<reply.{seed}.{index}@{rng.choice(_MAIL)}>"
        roll = rng.random()
        if roll < 0.04 and out:
            out.append(rng.choice(out))  # the very same bytes delivered twice
            continue
        if roll < 0.07 and out:
            # another message under an id already seen (broken client, or a forgery)
            reused = message_from_bytes(rng.choice(out))["Message-ID"] or mid
            mid = str(reused)
        if roll < 0.15 and people:
            who = rng.choice(people)  # a second message from someone already seen
        else:
            who = _person(rng, index)
            people.append(who)
        kind = rng.random()
        if kind < 0.45:
            out.append(_applicant(rng, who, when, mid))
        elif kind < 0.75:
            out.append(_client(rng, who, when, mid))
        else:
            out.append(_machine(rng, index, when, mid))
    return out


# -- hostile mail ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HostileCase:
    name: str
    data: bytes
    # "quarantine": must end quarantined; "no-draft": must not be answered; "any": either,
    # as long as it is accounted for and every draft it gets is sound.
    expect: str = "any"
    # Text that must appear literally in its draft, if it gets one (template injection).
    literal: str = ""


def _applicant_body(extra: str = "") -> str:
    return (
        "Hi Sergio,\n\nI'd love to join your network. I'm a senior backend engineer with "
        "eight years of Python and AWS, available 20 hours a week.\n"
        "LinkedIn: https://www.linkedin.com/in/hostile-applicant\n\n"
        f"{extra}\n\nBest,\nEve\n\n{ATTRIBUTION}\n{_quote(NEWSLETTER_QUOTE)}\n"
    )


def _encoded(text: str, mode: str = "q") -> str:
    if mode == "b":
        return "=?utf-8?b?" + base64.b64encode(text.encode()).decode() + "?="
    quoted = "".join(
        c if c.isalnum() else "=" + "=".join(f"{b:02X}" for b in c.encode()) for c in text
    )
    return f"=?utf-8?q?{quoted}?="


def _nested_multipart(depth: int) -> bytes:
    head = b""
    tail = b""
    for level in range(depth):
        head += (
            f'Content-Type: multipart/mixed; boundary="b{level}"\r\n\r\n--b{level}\r\n'
        ).encode()
        tail = f"\r\n--b{level}--\r\n".encode() + tail
    inner = b"Content-Type: text/plain\r\n\r\nI'd love to join your network, CV attached.\r\n"
    return head + inner + tail


def _nested_rfc822(depth: int) -> bytes:
    inner = b"From: a@b.example\r\nSubject: core\r\n\r\nthe innermost text\r\n"
    for level in range(depth):
        inner = (
            f"From: layer{level}@relay.example\r\nSubject: layer {level}\r\n"
            "MIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n"
        ).encode() + inner
    return inner


def hostile_cases(seed: int = 11) -> list[HostileCase]:
    rng = random.Random(seed)
    when = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)
    cases: list[HostileCase] = []
    counter = iter(range(10_000))

    def mid() -> str:
        return f"<hostile.{next(counter)}@attacker.example>"

    def add(name: str, data: bytes, expect: str = "any", literal: str = "") -> None:
        # Each case from its own person: otherwise all but the first are held as the same
        # applicant writing again, and their drafts (what the checks are about) never exist.
        n = len(cases)
        data = data.replace(b"eve.hostile@", f"eve.hostile.{n}@".encode())
        data = data.replace(b"in/hostile-applicant", f"in/hostile-applicant-{n}".encode())
        cases.append(HostileCase(name, data, expect, literal))

    eve = "Eve Hostile <eve.hostile@proton.example>"
    # -- header injection: encoded newlines that decode into new header lines
    injected = f"Hello\r\nBcc: {ATTACKER}\r\nX-Injected: yes"
    for mode in ("q", "b"):
        add(
            f"subject-encoded-crlf-{mode}",
            build(_headers(eve, _encoded(injected, mode), when, mid()), _applicant_body()),
        )
        add(
            f"name-encoded-crlf-{mode}",
            build(
                _headers(
                    f"{_encoded('Eve' + chr(13) + chr(10) + 'Bcc: ' + ATTACKER, mode)} "
                    "<eve.name@proton.example>",
                    SUBJECT,
                    when,
                    mid(),
                ),
                _applicant_body(),
            ),
        )
    add(
        "subject-bare-cr",
        build(_headers(eve, f"Hello\rBcc: {ATTACKER}", when, mid()), _applicant_body()),
    )
    add(
        "subject-folded-bcc",
        build(_headers(eve, f"Hello\r\n Bcc: {ATTACKER}", when, mid()), _applicant_body()),
    )
    add(
        "name-with-address-and-comma",
        build(
            _headers(f'"{ATTACKER}, boss" <eve.comma@proton.example>', SUBJECT, when, mid()),
            _applicant_body(),
        ),
    )
    add(
        "name-with-angle-address",
        build(
            _headers(f"Eve <{ATTACKER}> <eve.angle@proton.example>", SUBJECT, when, mid()),
            _applicant_body(),
        ),
    )
    add(
        "reply-to-injection",
        build(
            _headers(
                eve,
                SUBJECT,
                when,
                mid(),
                [
                    (
                        "Reply-To",
                        f"{_encoded('x' + chr(10) + 'Bcc: ' + ATTACKER)} <r@proton.example>",
                    )
                ],
            ),
            _applicant_body(),
        ),
    )
    add(
        "references-injection",
        build(
            _headers(
                eve,
                SUBJECT,
                when,
                f"<id.with\r\n Bcc: {ATTACKER}@x>",
                [("References", f"<a@b>\r\n Bcc: {ATTACKER}\r\n <c@d>")],
            ),
            _applicant_body(),
        ),
    )
    add(
        "subject-encoded-twice",
        build(
            _headers(
                eve,
                _encoded(_encoded(injected)),  # decodes to an encoded word that decodes to CRLF
                when,
                mid(),
            ),
            _applicant_body(),
        ),
    )
    add(
        "message-id-token-is-an-encoded-word",
        build(
            _headers(eve, SUBJECT, when, f"<{_encoded(chr(13) + chr(10) + 'Bcc: ' + ATTACKER)}>"),
            _applicant_body(),
        ),
    )
    add(
        "message-id-encoded-word",
        build(
            _headers(eve, SUBJECT, when, _encoded(f"<x@y>\r\nBcc: {ATTACKER}")), _applicant_body()
        ),
    )
    # -- template injection: email text is data, never template source
    for index, payload in enumerate(
        ("{{ 123456*2 }}", "{% for x in range(99999999) %}x{% endfor %}", "{{ ''.__class__ }}")
    ):
        add(
            f"template-injection-body-{index}",
            build(_headers(eve, SUBJECT, when, mid()), _applicant_body(f"Note: {payload}")),
            literal=payload,
        )
    add(
        "template-injection-subject-and-name",
        build(
            _headers(
                '"{{ 123456*2 }}" <eve.tpl@proton.example>',
                "{{ config }} {% raw %}",
                when,
                mid(),
            ),
            _applicant_body(),
        ),
    )
    # -- structure
    add(
        "deep-multipart-300",
        b"From: "
        + eve.encode()
        + b"\r\nSubject: deep\r\nMessage-ID: "
        + mid().encode()
        + b"\r\nMIME-Version: 1.0\r\n"
        + _nested_multipart(300),
    )
    add(
        "deep-multipart-2000",
        b"From: "
        + eve.encode()
        + b"\r\nSubject: deep\r\nMessage-ID: "
        + mid().encode()
        + b"\r\nMIME-Version: 1.0\r\n"
        + _nested_multipart(2000),
    )
    add(
        "deep-rfc822-500",
        b"From: "
        + eve.encode()
        + b"\r\nSubject: nest\r\nMessage-ID: "
        + mid().encode()
        + b"\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n\r\n"
        + _nested_rfc822(500),
    )
    add(
        "one-megabyte-header",
        build(
            _headers(eve, SUBJECT, when, mid(), [("X-Filler", "A" * 1_000_000)]),
            _applicant_body(),
        ),
    )
    add(
        "one-megabyte-subject-folded",
        build(_headers(eve, "\r\n ".join(["word " * 15] * 13_000), when, mid()), _applicant_body()),
    )
    add(
        "ten-thousand-headers",
        build(
            _headers(eve, SUBJECT, when, mid(), [(f"X-H{i}", "v") for i in range(10_000)]),
            _applicant_body(),
        ),
    )
    big = rng.randbytes(300_000)
    add(
        "huge-attachment-over-limit",
        _with_pdf(
            _headers(eve, SUBJECT, when, mid()), _applicant_body("CV attached"), big, "cv.pdf"
        ),
        expect="quarantine",
    )
    boundary = "many"
    parts = "".join(
        f"--{boundary}\r\nContent-Type: application/octet-stream\r\n"
        f'Content-Disposition: attachment; filename="f{i}.bin"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\nAAAA\r\n"
        for i in range(1500)
    )
    add(
        "fifteen-hundred-attachments",
        build(
            _headers(eve, SUBJECT, when, mid()),
            f"--{boundary}\r\nContent-Type: text/plain\r\n\r\n{_applicant_body()}\r\n"
            + parts
            + f"--{boundary}--\r\n",
            f'multipart/mixed; boundary="{boundary}"',
            "7bit",
        ),
    )
    add(
        "cv-named-to-escape",
        _with_pdf(
            _headers("Path Walker <walker@proton.example>", SUBJECT, when, mid()),
            _applicant_body("CV attached"),
            make_pdf(["Path Walker", "Python"]),
            "../../etc/passwd.pdf",
        ),
    )
    # -- charsets
    add(
        "unknown-charset",
        build(
            _headers(eve, SUBJECT, when, mid()),
            _applicant_body().encode("latin-1", "replace"),
            "text/plain; charset=x-no-such-charset",
        ),
    )
    add(
        "invalid-utf8",
        build(
            _headers(eve, b"Re: caf\xe9 \xff\xfe".decode("latin-1"), when, mid()),
            _applicant_body().encode() + b"\xff\xfe\xc3\x28\xa0\xa1",
        ),
    )
    add(
        "bogus-encoded-words",
        build(
            _headers(
                "=?x-bogus?q?Eve?= <eve.cs@proton.example>",
                "=?utf-8?b?!!!notbase64?= =?iso-8859-1?q?caf=E9?= =?utf-7?q?+AKM-?=",
                when,
                mid(),
            ),
            _applicant_body(),
        ),
    )
    add(
        "utf7-body",
        build(_headers(eve, SUBJECT, when, mid()), b"Hi +AKM- there", "text/plain; charset=utf-7"),
    )
    add(
        "raw-8bit-headers",
        build(
            [
                ("From", "Jos\xe9 M\xfcller <jose@proton.example>".encode("latin-1")),
                ("Subject", "Candidatura \xe0 rede".encode("latin-1")),
                ("Message-ID", mid().encode()),
            ],
            _applicant_body(),
        ),
    )
    # -- identifiers
    add("no-message-id", build(_headers(eve, SUBJECT, when, None), _applicant_body()))
    shared_id = mid()
    add(
        "duplicate-message-id-a",
        build(
            _headers("Dup One <dup.one@proton.example>", SUBJECT, when, shared_id),
            _applicant_body(),
        ),
    )
    add(
        "duplicate-message-id-b",
        build(
            _headers("Dup Two <dup.two@proton.example>", SUBJECT, when, shared_id),
            _applicant_body(),
        ),
    )
    add(
        "two-message-id-headers",
        build(
            _headers(eve, SUBJECT, when, mid(), [("Message-ID", "<second@attacker.example>")]),
            _applicant_body(),
        ),
    )
    add(
        "garbage-message-id",
        build(_headers(eve, SUBJECT, when, "not an id <<>> @@"), _applicant_body()),
    )
    add(
        "huge-references",
        build(
            _headers(
                eve,
                SUBJECT,
                when,
                mid(),
                [("References", " ".join(f"<r{i}@x.example>" for i in range(20_000)))],
            ),
            _applicant_body(),
        ),
    )
    # -- NUL bytes (Dovecot may refuse some: the test counts what was delivered)
    add("nul-in-body", build(_headers(eve, SUBJECT, when, mid()), _applicant_body() + "\x00\x00x"))
    add(
        "nul-in-header",
        build(
            _headers("Eve\x00 <eve.nul@proton.example>", "Re:\x00 hi", when, mid()),
            _applicant_body(),
        ),
    )
    # -- addresses
    for index, sender in enumerate(
        (
            "<<<@@@>>>",
            '"unclosed <eve.unclosed@proton.example>',
            "eve@@proton.example",
            "a@b@c.example",
            "",
            "undisclosed-recipients:;",
            "x" * 5000 + "@proton.example",
            "Ünï Cödé <ünï@bücher.example>",
            "Eve <eve.semicolon@proton.example>; Bcc: " + ATTACKER,
            "@proton.example",
            "eve.trailing.dot.@proton.example",
        )
    ):
        add(
            f"malformed-from-{index}",
            build(_headers(sender, SUBJECT, when, mid()), _applicant_body()),
        )
    add(
        "hundred-reply-to",
        build(
            _headers(
                eve,
                SUBJECT,
                when,
                mid(),
                [("Reply-To", ", ".join(f"r{i}@proton.example" for i in range(100)))],
            ),
            _applicant_body(),
        ),
    )
    # -- machines dressed as people: never a draft
    for index, (sender, extra) in enumerate(
        (
            ("MAILER-DAEMON <MAILER-DAEMON@mx.example>", []),
            ("Careers <no-reply@jobs.example>", []),
            ("Eve <eve.auto@proton.example>", [("Auto-Submitted", "auto-generated")]),
            ("Eve <eve.list@proton.example>", [("List-Unsubscribe", "<mailto:u@l.example>")]),
            ("Eve <eve.bulk@proton.example>", [("Precedence", "bulk")]),
            ("Owner <sergio@remotework.example>", []),
            ("Eve <eve.rp@proton.example>", [("Return-Path", "<>")]),
            ("Listserv <listserv@lists.example>", []),
            ("Eve <eve.oof@proton.example>", [("X-Auto-Response-Suppress", "OOF")]),
        )
    ):
        add(
            f"machine-{index}",
            build(_headers(sender, SUBJECT, when, mid(), list(extra)), _applicant_body()),
            expect="no-draft",
        )
    add(
        "person-reply-to-machine",
        build(
            _headers(eve, SUBJECT, when, mid(), [("Reply-To", "no-reply@jobs.example")]),
            _applicant_body(),
        ),
    )
    add("empty", b"", expect="any")
    add("just-garbage", rng.randbytes(4000))
    add("header-only", b"From: eve@proton.example\r\nSubject: no body")
    add(
        "html-remote-content",
        build(
            _headers(eve, SUBJECT, when, mid()),
            "<html><body><p>I'd love to join your network, senior Python engineer.</p>"
            '<img src="http://tracker.attacker.example/pixel.gif">'
            '<link rel="stylesheet" href="https://attacker.example/x.css">'
            '<iframe src="https://attacker.example/"></iframe>'
            '<a href="https://www.linkedin.com/in/eve">LinkedIn</a></body></html>',
            "text/html; charset=utf-8",
        ),
    )
    return cases


def wild_corpus() -> list[Path]:
    root = shared_dir() / "corpus" / "wild"
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name != "README.md")


def chunks(items: list[bytes], size: int) -> Iterator[list[bytes]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
