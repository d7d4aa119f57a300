"""Mail built to break parsers, and real broken mail, through the real `mailbot once`; and
generated messages through the pure pipeline (hypothesis).

What must hold for every message: `once` exits 0 without hanging, the message is accounted
for in `status --json` as processed or quarantined, and every draft mailbot writes is a
sound message: only the headers it means to write, no line break inside a header value,
no recipient smuggled in, never a machine or the owner himself as recipient.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from conftest import env_for, require_dovecot
from hostile import (
    ATTACKER,
    check_draft,
    deliver_each,
    drafts_in,
    hostile_cases,
    mailbot,
    pure_pipeline,
    require_model,
    status,
    wild_corpus,
    write_config,
)
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from servers import DovecotServer, SmtpSink

from mailbot.store import Store

pytestmark = pytest.mark.integration

MAX_BYTES = 200_000


def records_by_uid(state: Path) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    with Store(state, readonly=True) as store:
        for key, record in store.items("messages"):
            out.setdefault(int(record["uid"]), []).append({**record, "key": key})
    return out


def body_text(raw: bytes) -> str:
    message = message_from_bytes(raw, policy=policy.default)
    part = message.get_body(("plain",))
    return str(part.get_content()) if part is not None else ""  # type: ignore[union-attr]


def sound_drafts(dovecot: DovecotServer) -> dict[str, bytes]:
    """Every draft in Drafts, checked: none twice, none with anything wrong."""
    found = drafts_in(dovecot)
    twice = [m for m, n in Counter(d.message_id for d in found).items() if n > 1]
    assert not twice, f"drafts appended twice: {twice}"
    for draft in found:
        problems = check_draft(draft.raw)
        assert not problems, f"{draft.message_id}: {problems}\n{draft.raw[:1500]!r}"
    return {d.message_id: d.raw for d in found}


def run_once(env: dict[str, str], config: Path, budget: float) -> float:
    started = time.monotonic()
    result = mailbot(env, config, "once", timeout=budget)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Traceback" not in result.stderr
    return elapsed


@pytest.mark.slow
def test_generated_hostile_mail_through_once(tmp_path: Path) -> None:
    require_dovecot()
    require_model()
    cases = hostile_cases()
    config = write_config(tmp_path, limits={"max_message_bytes": MAX_BYTES, "fetch_batch": 20})
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state")
        accepted = deliver_each(dovecot, [c.data for c in cases])
        # Dovecot refuses a few (NUL bytes, the empty message); most must get through.
        assert len(accepted) >= len(cases) - 4, [
            c.name for i, c in enumerate(cases) if i not in accepted
        ]
        elapsed = run_once(env, config, budget=240)
        # No hang, and no pathological slowness on any one message.
        assert elapsed < 150, f"once took {elapsed:.0f} s for {len(accepted)} messages"
        # A second pass finds nothing new and changes nothing.
        run_once(env, config, budget=120)

        report = status(env, config)
        assert report["processed"] + report["quarantined"] == len(accepted), report
        drafts = sound_drafts(dovecot)
        by_uid = records_by_uid(tmp_path / "state")
        for uid, index in enumerate(accepted, start=1):
            case = cases[index]
            records = by_uid.get(uid)
            assert records, f"{case.name} (uid {uid}) is not accounted for"
            record = records[0]
            assert record["status"] in ("processed", "quarantined"), (case.name, record)
            if case.expect == "quarantine":
                assert record["status"] == "quarantined", (case.name, record)
                assert "too large" in record["reason"], record["reason"]
            if case.expect == "no-draft":
                assert not record.get("drafts"), (case.name, record)
            for draft_id in record.get("drafts", []):
                assert draft_id in drafts, f"{case.name}: draft {draft_id} not in Drafts"
                text = body_text(drafts[draft_id])
                if case.literal:
                    assert case.literal in text, (case.name, text[:2000])
                assert "246912" not in text and "<class" not in text, (case.name, text[:2000])
        # What the injections were after: a header of their own (check_draft has already
        # refused any recipient but the sender); as text in a Subject the words are harmless.
        for raw in drafts.values():
            for line in raw.split(b"\r\n\r\n", 1)[0].split(b"\r\n"):
                assert not line.lower().startswith((b"bcc:", b"x-injected:")), line
        assert sink.messages == []


@pytest.mark.slow
def test_wild_corpus_through_once_drafts_only_to_people(tmp_path: Path) -> None:
    """Every file of shared/corpus/wild/ (tests/test_e2e.py checks the accounting too; this
    one checks every draft it leads to, and that no bounce or report is answered)."""
    require_dovecot()
    require_model()
    files = wild_corpus()
    if not files:
        pytest.skip("shared/corpus/wild not found (set MAILBOT_SHARED)")
    config = write_config(tmp_path, limits={"max_message_bytes": MAX_BYTES})
    with DovecotServer() as dovecot, SmtpSink() as sink:
        env = env_for(dovecot, sink, tmp_path / "state")
        accepted = deliver_each(dovecot, [p.read_bytes() for p in files])
        assert len(accepted) >= len(files) - 10
        elapsed = run_once(env, config, budget=400)
        assert elapsed < 300
        report = status(env, config)
        assert report["processed"] + report["quarantined"] == len(accepted), report
        sound_drafts(dovecot)
        by_uid = records_by_uid(tmp_path / "state")
        for uid, index in enumerate(accepted, start=1):
            path = files[index]
            records = by_uid.get(uid)
            assert records, f"{path.name} (uid {uid}) is not accounted for"
            lowered = path.name.lower()
            if any(word in lowered for word in ("bounce", "complaint", "dsn", "autoreply")):
                assert not records[0].get("drafts"), (path.name, records[0])
        assert sink.messages == []


# -- the pure pipeline ---------------------------------------------------------------------

PER_MESSAGE_SECONDS = 10.0


@pytest.mark.parametrize("case", hostile_cases(), ids=lambda case: case.name)
def test_each_hostile_case_through_the_pipeline_in_time(case: Any) -> None:
    """No size limit here, so the 1 MB header, the 2,000-deep nesting and the 1,500
    attachments are parsed, classified and answered, each within a time limit."""
    from mailbot.models import RawMessage

    require_model()
    pipeline, state = pure_pipeline()
    raw = RawMessage(folder="INBOX", uid=1, uidvalidity=1, data=case.data, size=len(case.data))
    started = time.monotonic()
    analysis = pipeline.analyse([raw])[0]
    outcome = pipeline.finish(analysis, state)
    elapsed = time.monotonic() - started
    assert elapsed < PER_MESSAGE_SECONDS, f"{case.name}: {elapsed:.1f} s"
    if case.expect == "no-draft":
        assert not outcome.drafts, outcome.decision
    for draft in outcome.drafts:
        problems = check_draft(draft.raw)
        assert not problems, (case.name, problems)
        if case.literal:
            assert case.literal in draft.body_text


# -- property-based: the pure pipeline -----------------------------------------------------


_HEADER_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60
)
_NASTY = st.sampled_from(
    [
        "\r\nBcc: evil@attacker.example",
        "\nX-Injected: 1",
        "\r",
        "=?utf-8?q?a=0D=0ABcc:_evil@attacker.example?=",
        "=?utf-8?b?DQpCY2M6IGV2aWxAYXR0YWNrZXIuZXhhbXBsZQ==?=",
        "{{ 7*7 }}",
        "{% raw %}",
        '"',
        "<",
        ">",
        ",",
        ";",
        "\\",
        "\x00",
        "\t",
        "@",
        "=?",
        "?=",
        "ü",
        "\u202e",
    ]
)


def _mixed(base: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.lists(st.one_of(base, _NASTY), max_size=6).map("".join)


_LOCAL = st.sampled_from(
    ["ana", "bob.smith", "x", "z.k", "lea", "noreply", "MAILER-DAEMON", "owner-list", '"q l"']
)
_DOMAIN = st.sampled_from(
    ["example.com", "proton.example", "mail.example", "bücher.example", "a", ""]
)
_ADDRESS = st.builds(
    lambda name, local, domain: f"{name} <{local}@{domain}>", _mixed(_HEADER_TEXT), _LOCAL, _DOMAIN
)
_BODY_LINES = st.sampled_from(
    [
        "I'd love to join your network, senior Python engineer, 10 years, CV attached.",
        "We need a fractional CTO for our seed-stage fintech startup, budget $8k/month.",
        "I am out of the office until Monday.",
        "Unsubscribe me please.",
        "LinkedIn: https://www.linkedin.com/in/someone",
        "{{ 7*7 }} {% for x in range(3) %}x{% endfor %} {{ config }}",
        "> quoted newsletter line",
        "-- ",
        "On Fri, 20 Nov 2026, Sergio Pereira wrote:",
        "<html><img src='http://tracker.example/p.gif'></html>",
    ]
)


_APPLICANT = (
    "Hi Sergio,\n\nI'd love to join your network. I'm a senior Python engineer with ten years "
    "of experience (Django, AWS), available 20 hours a week. CV attached.\n"
    "LinkedIn: https://www.linkedin.com/in/someone\n\nBest,\nAna\n"
)
_CLIENT = (
    "Hi Sergio,\n\nI'm the founder of a seed-stage fintech startup. We need a fractional CTO "
    "to own our roadmap and hire the first engineers. Stack is React and Node on AWS, budget "
    "around $8k/month. Do you have time for a call next week?\n\nMark\n"
)


def _applicant_from(sender: bytes, *extra: bytes) -> bytes:
    head = b"From: " + sender + b"\r\nTo: Sergio Pereira <sergio@remotework.example>\r\n"
    head += b"".join(line + b"\r\n" for line in extra)
    return head + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + _APPLICANT.encode()


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    headers: list[tuple[str, str]] = []
    headers.append(("From", draw(st.one_of(_ADDRESS, _ADDRESS, _ADDRESS, _mixed(_HEADER_TEXT)))))
    headers.append(("To", "Sergio Pereira <sergio@remotework.example>"))
    headers.append(("Subject", draw(_mixed(_HEADER_TEXT))))
    if draw(st.booleans()):
        headers.append(
            ("Message-ID", draw(st.one_of(st.just("<m1@x.example>"), _mixed(_HEADER_TEXT))))
        )
    if draw(st.booleans()):
        headers.append(("Reply-To", draw(_ADDRESS)))
    if draw(st.booleans()):
        headers.append(("References", draw(_mixed(_HEADER_TEXT))))
    for name in draw(
        st.lists(
            st.sampled_from(
                ["Auto-Submitted", "Precedence", "List-Id", "Return-Path", "X-Whatever", "Cc"]
            ),
            max_size=3,
        )
    ):
        headers.append((name, draw(_mixed(_HEADER_TEXT))))
    # Mostly a clear applicant or client, so that most examples get as far as a draft.
    opening = draw(st.sampled_from([_APPLICANT, _APPLICANT, _CLIENT, ""]))
    lines = draw(st.lists(st.one_of(_BODY_LINES, _mixed(_HEADER_TEXT)), max_size=12))
    body = "\n".join([opening, *lines])
    charset = draw(st.sampled_from(["utf-8", "latin-1", "x-bogus", "utf-7", "us-ascii"]))
    head = b"".join(
        name.encode() + b": " + value.encode("utf-8", "surrogatepass") + b"\r\n"
        for name, value in headers
    )
    kind = draw(st.sampled_from(["plain", "html", "multipart"]))
    if kind == "plain":
        mime = f"Content-Type: text/plain; charset={charset}\r\n\r\n".encode()
        return head + b"MIME-Version: 1.0\r\n" + mime + body.encode("utf-8", "replace")
    if kind == "html":
        mime = f"Content-Type: text/html; charset={charset}\r\n\r\n".encode()
        return head + mime + f"<p>{body}</p>".encode("utf-8", "replace")
    return (
        head
        + b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="zz"\r\n\r\n--zz\r\n'
        + f"Content-Type: text/plain; charset={charset}\r\n\r\n".encode()
        + body.encode("utf-8", "replace")
        + b"\r\n--zz\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        + b'filename="'
        + draw(_mixed(_HEADER_TEXT)).encode("utf-8", "replace")
        + b'"\r\n\r\n%PDF-1.4 junk\r\n--zz--\r\n'
    )


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)
@given(data=messages())
# Found by this test (each was a defect, fixed): a draft to "0"; the address-like display
# name taken as the sender; a double-encoded Subject and an encoded-word Message-ID that the
# email package decoded again into a Bcc header; a name whose `;` was left unencoded.
@example(data=_applicant_from(b"0"))
@example(data=_applicant_from(b"EVIL@ATTACKER.EXAMPLE <ana@example.com>"))
@example(data=_applicant_from(b"\xc2\x80=??Q?=00;?= <ana@example.com>"))
@example(
    data=_applicant_from(
        b"Ana <ana@example.com>",
        b"Subject: =?utf-8?q?=3D=3Futf-8=3Fq=3FHi=3D0D=3D0ABcc=3A_evil"
        b"=40attacker=2Eexample=3F=3D?=",
    )
)
@example(data=_applicant_from(b"Ana <ana@example.com>", b"Message-ID: =??Q?=00@?="))
@example(
    data=_applicant_from(
        b"Ana <ana@example.com>", b"Message-ID: <=?utf-8?q?=0D=0ABcc:_evil@attacker.example?=>"
    )
)
def test_generated_messages_never_escape_and_drafts_stay_sound(data: bytes) -> None:
    from mailbot.models import RawMessage
    from mailbot.safety import is_machine_address

    require_model()
    pipeline, state = pure_pipeline()
    raw = RawMessage(folder="INBOX", uid=1, uidvalidity=1, data=data, size=len(data))
    analysis = pipeline.analyse([raw])[0]  # must not raise
    outcome = pipeline.finish(analysis, state)  # must not raise
    event(f"drafts: {len(outcome.drafts)}")
    parsed = analysis.parsed
    senders = {a.email.lower() for a in (parsed.from_addr, parsed.sender, *parsed.reply_to) if a}
    # Who a draft may go to: whoever the message (as parsed) says wrote it, a person named
    # in its text (a relayed form), the owner's network. Anything else was smuggled in.
    allowed = senders | {m.email for m in pipeline.config.settings.network}
    allowed |= {e.lower() for e in re.findall(r"[\w.+-]+@[\w.-]+", parsed.body_text)}
    for draft in outcome.drafts:
        problems = check_draft(draft.raw, attacker_wrote=any(ATTACKER in s for s in senders))
        assert not problems, (problems, draft.raw[:800])
        for address in (*draft.to, *draft.cc):
            assert "\r" not in address.email and "\n" not in address.email
            assert not is_machine_address(address.email), address
            assert address.email.lower() in allowed, (address, allowed)
        if outcome.safety.is_machine and not outcome.safety.relayed:
            pytest.fail(f"a draft for machine mail: {outcome.safety.reasons}")
