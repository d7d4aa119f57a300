"""Sandboxed Jinja2 templates into complete, threaded RFC 5322 drafts.

Email text is only ever *data* in a template's context, never template source, so a body
containing `{{ ... }}` renders literally. Every header value built from untrusted text goes
through `header_safe()` first. The Message-ID is derived from (source message, template,
recipient), so rendering the same reply twice yields the same id and a repeat is
recognised, never duplicated.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import datetime
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, TemplateNotFound, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from .errors import ConfigError
from .models import Address, Classification, Draft, ParsedMessage, SendPolicy

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
MAX_QUOTED_LINES = 120
MAX_REFERENCES = 20
TEMPLATE_SUFFIX = ".txt.j2"


def header_safe(text: str, limit: int = 400) -> str:
    """Collapse CR, LF and other control characters so no header can be injected.

    `=?` is broken up too: the email package decodes any RFC 2047 encoded word in a value
    it is given and writes the result raw, so the text `=?utf-8?q?=0D=0ABcc:_x?=` (a
    Subject encoded twice, or a Message-ID) would come out as a Bcc header of its own.
    """
    return _CONTROL.sub(" ", text).replace("=?", "= ?").strip()[:limit]


def draft_message_id(source_message_id: str, template: str, recipient: str, domain: str) -> str:
    digest = hashlib.sha256(
        f"{source_message_id}\x00{template}\x00{recipient.lower()}".encode()
    ).hexdigest()[:32]
    return f"<mailbot.{digest}@{domain}>"


def reply_subject(subject: str) -> str:
    clean = header_safe(subject, 300)
    if re.match(r"^\s*(re|aw|sv|res|rif|odp)\s*:", clean, re.IGNORECASE):
        return clean
    return f"Re: {clean}" if clean else "Re: your message"


class TemplateLibrary:
    """The owner's templates, compiled once in a sandbox."""

    def __init__(self, directory: Path) -> None:
        if not directory.is_dir():
            raise ConfigError(f"templates folder not found: {directory}")
        self.directory = directory
        self.env = SandboxedEnvironment(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            autoescape=False,  # plain-text mail; HTML templates get their own env
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def names(self) -> set[str]:
        return {
            p.name[: -len(TEMPLATE_SUFFIX)].rsplit(".", 1)[0]
            for p in self.directory.glob(f"*{TEMPLATE_SUFFIX}")
        }

    def languages(self, name: str) -> set[str]:
        found = set()
        for path in self.directory.glob(f"{name}.*{TEMPLATE_SUFFIX}"):
            parts = path.name[: -len(TEMPLATE_SUFFIX)].rsplit(".", 1)
            if len(parts) == 2 and parts[0] == name:
                found.add(parts[1])
        return found

    def check(self, name: str) -> None:
        """Raise ConfigError if `name` has no English template or any fails to compile."""
        if "en" not in self.languages(name):
            raise ConfigError(
                f"unknown template {name!r}: no {name}.en{TEMPLATE_SUFFIX} in {self.directory}"
            )
        for lang in self.languages(name):
            file_name = f"{name}.{lang}{TEMPLATE_SUFFIX}"
            try:
                self.env.get_template(file_name)
            except TemplateSyntaxError as exc:
                raise ConfigError(
                    f"{exc.message}", location=f"{self.directory / file_name}:{exc.lineno}"
                ) from None

    def render(self, name: str, language: str, context: Mapping[str, Any]) -> str:
        lang = language if language in self.languages(name) else "en"
        try:
            template = self.env.get_template(f"{name}.{lang}{TEMPLATE_SUFFIX}")
        except TemplateNotFound:
            raise ConfigError(f"unknown template {name!r}") from None
        return template.render(**context)


def _address_list(addresses: Sequence[Address]) -> str:
    return ", ".join(
        Address(header_safe(a.name), header_safe(a.email)).formatted() for a in addresses
    )


_DRAFT_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "x-mailbot-template",
        "x-mailbot-source",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
    }
)


def _verify_headers(raw: bytes) -> None:
    """The last word on a draft's header: only the fields we write, each once, no control
    character in any line. A value that got past header_safe() some other way raises here,
    so the message is quarantined instead of a draft with a smuggled field."""
    head = raw.split(b"\r\n\r\n", 1)[0]
    seen: set[bytes] = set()
    for line in head.split(b"\r\n"):
        if _CONTROL.search(line.decode("latin-1").replace("\t", " ")):
            raise ValueError(f"draft header line has a control character: {line[:60]!r}")
        if line[:1] in (b" ", b"\t"):
            continue  # a folded continuation
        name = line.split(b":", 1)[0].strip().lower()
        if name.decode("latin-1") not in _DRAFT_HEADERS or name in seen:
            raise ValueError(f"draft header {name[:40]!r} not expected here")
        seen.add(name)


def _mailboxes(addresses: Sequence[Address]) -> list[HeaderAddress] | str:
    """An address header's value as objects, not text.

    From text, the email package re-encodes only the non-ASCII words of a display name and
    leaves `,;<>"` in the clear: the name `Zoë <evil@x.example>` came out as
    `=?utf-8?q?Zo=C3=AB?= <evil@x.example> <ana@y.example>`, which a mail client sending
    the draft reads as another recipient. From objects it encodes each name whole. An
    address the object refuses (a non-ASCII local part) goes out as bare addr-specs.
    """
    try:
        return [
            HeaderAddress(display_name=header_safe(a.name), addr_spec=header_safe(a.email))
            for a in addresses
        ]
    except (ValueError, IndexError):
        return ", ".join(header_safe(a.email) for a in addresses)


def _first_name(name: str) -> str:
    parts = name.replace(",", " ").split()
    return parts[0].capitalize() if parts else ""


def _quoted(parsed: ParsedMessage) -> str:
    original = parsed.new_text or parsed.body_text
    lines = original.splitlines()[:MAX_QUOTED_LINES]
    when = format_datetime(parsed.date) if parsed.date else "an earlier date"
    who = parsed.from_addr.formatted() if parsed.from_addr else "you"
    body = "\n".join(f"> {line}" if line else ">" for line in lines)
    return f"On {header_safe(when)}, {header_safe(who)} wrote:\n{body}\n"


def render_draft(
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
    """Render one template into a complete threaded draft."""
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
    msg["From"] = _mailboxes([Address(owner.name, owner.email)])
    msg["To"] = _mailboxes(to)
    if cc:
        msg["Cc"] = _mailboxes(cc)
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
