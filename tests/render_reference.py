"""The EmailMessage-based draft builder that mailbot.render used before it wrote the bytes
itself (commit 4f37388), kept verbatim as the reference the fast one is compared with
(tests/test_render_fast.py, bench/bench_render.py). Not used by mailbot."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from typing import Any

from mailbot.models import Address, Classification, Draft, ParsedMessage, SendPolicy
from mailbot.render import (
    _DRAFT_HEADERS,
    MAX_REFERENCES,
    TemplateLibrary,
    _first_name,
    _quoted,
    _verify_headers,
    draft_message_id,
    header_safe,
    reply_subject,
)


def reference_mailboxes(addresses: Sequence[Address]) -> list[HeaderAddress] | str:
    try:
        return [
            HeaderAddress(display_name=header_safe(a.name), addr_spec=header_safe(a.email))
            for a in addresses
        ]
    except (ValueError, IndexError):
        return ", ".join(header_safe(a.email) for a in addresses)


def reference_render_draft(
    *,
    templates: TemplateLibrary,
    template: str,
    parsed: ParsedMessage,
    cls: Classification,
    owner: Any,
    to: Sequence[Address],
    cc: Sequence[Address] = (),
    rule: str,
    now: datetime,
    extra: Mapping[str, Any] | None = None,
    send_policy: SendPolicy = SendPolicy.REVIEW,
    purpose: str = "reply",
    language: str | None = None,
    subject: str | None = None,
    quote_original: bool = True,
    thread: bool = True,
) -> Draft:
    if not to:
        raise ValueError("a draft needs a recipient")
    recipient = to[0]
    person = cls.person or recipient
    context: dict[str, Any] = {
        "owner": {
            "name": owner.name,
            "first_name": _first_name(owner.name),
            "email": owner.email,
            "booking_link": owner.booking_link,
            "signature": owner.signature,
        },
        "person": {
            "name": person.name,
            "first_name": _first_name(person.name) or "there",
            "email": person.email,
        },
        "recipient": {"name": recipient.name, "first_name": _first_name(recipient.name) or "there"},
        "applicant": asdict(cls.applicant) if cls.applicant else None,
        "client": asdict(cls.client) if cls.client else None,
        "label": cls.label.value,
        "language": cls.language,
        "original": {
            "subject": parsed.subject,
            "date": format_datetime(parsed.date) if parsed.date else "",
        },
    }
    if extra:
        context.update(extra)
    text = templates.render(template, language or cls.language, context).strip("\n")
    body = text + "\n"
    if owner.signature and owner.signature.strip() not in text:
        body += "\n-- \n" + owner.signature.strip() + "\n"
    if quote_original and thread:
        body += "\n" + _quoted(parsed)

    domain = owner.email.rsplit("@", 1)[-1]
    message_id = draft_message_id(parsed.message_id, template, recipient.email, domain)
    references = (*parsed.references[-(MAX_REFERENCES - 1) :], parsed.message_id) if thread else ()
    msg = EmailMessage(policy=SMTP)
    msg["From"] = reference_mailboxes([Address(owner.name, owner.email)])
    msg["To"] = reference_mailboxes(to)
    if cc:
        msg["Cc"] = reference_mailboxes(cc)
    final_subject = header_safe(subject) if subject else reply_subject(parsed.subject)
    msg["Subject"] = final_subject
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = message_id
    replying_to = parsed.message_id if thread and not parsed.message_id_synthetic else None
    if replying_to:
        msg["In-Reply-To"] = header_safe(replying_to, 998)
    refs = [header_safe(r, 998) for r in references if not r.endswith("@mailbot.invalid>")]
    if refs:
        msg["References"] = " ".join(refs)
    msg["X-Mailbot-Template"] = template
    msg["X-Mailbot-Source"] = header_safe(parsed.message_id, 998)
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    raw = msg.as_bytes()
    _verify_headers(raw)
    return Draft(
        message_id=message_id,
        source_message_id=parsed.message_id,
        template=template,
        rule=rule,
        to=tuple(to),
        cc=tuple(cc),
        subject=final_subject,
        in_reply_to=replying_to,
        references=tuple(refs),
        body_text=body,
        raw=raw,
        send_policy=send_policy,
        purpose=purpose,
    )


def reference_verify_headers(raw: bytes) -> None:
    """mailbot.render._verify_headers before it searched the whole header at once."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    seen: set[bytes] = set()
    for line in head.split(b"\r\n"):
        if re.search(r"[\x00-\x1f\x7f]+", line.decode("latin-1").replace("\t", " ")):
            raise ValueError(f"draft header line has a control character: {line[:60]!r}")
        if line[:1] in (b" ", b"\t"):
            continue  # a folded continuation
        name = line.split(b":", 1)[0].strip().lower()
        if name.decode("latin-1") not in _DRAFT_HEADERS or name in seen:
            raise ValueError(f"draft header {name[:40]!r} not expected here")
        seen.add(name)


def decoded_view(raw: bytes) -> dict[str, Any]:
    """What a reader of `raw` sees: the decoded header fields and body text."""
    from email import message_from_bytes, policy

    msg = message_from_bytes(raw, policy=policy.default)

    def mailboxes(name: str) -> list[tuple[str, str]] | str | None:
        try:
            field = msg[name]
        except Exception as exc:  # the email package's parser has bugs of its own
            return f"unparseable: {type(exc).__name__}"
        if field is None:
            return None
        return [(a.display_name, a.addr_spec) for a in field.addresses]

    view: dict[str, Any] = {
        "fields": [name.lower() for name in msg],
        "from": mailboxes("From"),
        "to": mailboxes("To"),
        "cc": mailboxes("Cc"),
        "content-type": msg.get_content_type(),
        "charset": msg.get_content_charset(),
        "body": msg.get_content(),
    }
    for name in (
        "Subject",
        "Date",
        "Message-ID",
        "In-Reply-To",
        "References",
        "X-Mailbot-Template",
        "X-Mailbot-Source",
        "MIME-Version",
        "Content-Transfer-Encoding",
    ):
        field = msg[name]
        view[name.lower()] = None if field is None else str(field)
    return view


def assert_same_header_verdict(raw: bytes) -> None:
    """mailbot.render._verify_headers accepts `raw` exactly when the reference does, and
    refuses it with the same words."""
    import pytest

    from mailbot.render import _verify_headers

    try:
        reference_verify_headers(raw)
    except ValueError as exc:
        with pytest.raises(ValueError) as raised:
            _verify_headers(raw)
        assert str(raised.value) == str(exc)
    else:
        _verify_headers(raw)
