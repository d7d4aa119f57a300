"""The machine check (RFC 3834, Sieve vacation, RFC 6522 reports) that runs before any rule.

`machine_check` looks only at headers, the top-level content type, attachment content types
and, for relayed forms, the body text. It does no I/O and never raises on odd input.

Signals come in two strengths.

Hard signals mean the message is from a machine (a bounce, a list, bulk mail, a vacation
reply, a report, or the owner himself). Nothing may answer it, whatever Reply-To says:

- a null Return-Path (`<>`) or X-Envelope-From (`<>`);
- `Auto-Submitted` other than `no` and other than `auto-generated` (`auto-replied`,
  `auto-notified`, anything unknown or empty);
- any `List-*` header;
- `Precedence: bulk | junk | list | auto_reply` (`auto_reply` is what old vacation programs set);
- `X-Autoreply`, `X-Autorespond`, `X-Auto-Reply` and their spellings (unless the value is `no`);
- `X-Failed-Recipients` (Exim and Gmail bounces), a `multipart/report` of any report type
  (delivery status, read receipt, ARF abuse report), or a `message/delivery-status`,
  `message/disposition-notification` or `message/feedback-report` body or part;
- a daemon local part in From, Sender or Return-Path: MAILER-DAEMON, postmaster, LISTSERV,
  majordomo, `*-request`, `owner-*`;
- From, Sender or Return-Path is one of the owner's own addresses.

Relay signals mean a machine delivered the message, but it may carry a person's words (a
contact form, a job platform, a scheduling tool):

- `Auto-Submitted: auto-generated`;
- `X-Auto-Response-Suppress` naming `All` or `OOF`;
- a no-reply local part (noreply, no-reply, no_reply, donotreply, do-not-reply, do_not_reply,
  anywhere in the local part) in From, Sender or Return-Path;
- a bounce/VERP local part (`bounce`, `bounces`, `bounces+…`, `…=bounces-…`) in From, Sender
  or Return-Path: every sending platform puts one in the envelope, and a real bounce always
  carries hard signals too;
- a notification sender in From (`notifications`, `notify`, `alerts`, as a token of the local
  part) with another person in Reply-To: how job platforms and form builders relay a message
  when they send no Auto-Submitted. Without that Reply-To it is no signal (a shared inbox).

Precedence: any hard signal gives `is_machine=True` (a Reply-To never rescues a bounce or a
list). With relay signals only, the person is looked for, in this order:

1. the first Reply-To address that is not a machine address, not the owner's and not From;
2. the From address, but only when every relay signal came from the envelope (Sender or
   Return-Path) and not from the message's own Auto-Submitted/X-Auto-Response-Suppress
   headers: "Jane <jane@example.org>" sent through a platform's bounce address is Jane's mail;
3. a labelled line in the body (`Email:`, `E-mail:`, `Reply to:`, then `From: Name <x@y>`;
   a `Name:` line supplies the display name), skipping quoted lines, machine addresses, the
   owner's and From's.

A person found gives `is_machine=False, relayed=True, relayed_person=…` (a reviewed draft to
that person only; never auto-send, never a reply to the relay); none found gives
`is_machine=True`. No signal at all gives a plain `is_machine=False`.

`Feedback-ID` (a bulk sender's campaign tag) is not a signal on its own: transactional mail
from the platforms that relay contact forms carries it too. Alongside a `List-*` header it is
reported as one more bulk reason.

`notifications@`, `info@`, `alerts@` and the like are not machines by their name alone; they
are when another signal fires. Out-of-office replies without headers are the classifier's job.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from email.utils import getaddresses, parseaddr

from mailbot.models import Address, ParsedMessage, SafetyVerdict

__all__ = ["is_machine_address", "machine_check"]

_DAEMON_LOCAL_PART = re.compile(
    r"^(?:mailer[-_]?daemon|postmaster|listserv|majordomo|owner-.+|.+-request)$"
)
_NO_REPLY_LOCAL_PART = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply"
    # "do not reply" in pt, es, fr, de, it
    r"|n[aã]o[-_.]?respond[ae]r?|no[-_.]?respond(?:a|er|as)|no[-_.]?contestar"
    r"|ne[-_.]?pas[-_.]?r[eé]pondre|nicht[-_.]?antworten|keine[-_.]?antwort|non[-_.]?rispondere"
    # contact-form senders: WordPress's default, form builders
    r"|^wordpress$|^(?:web|contact)[-_.]?forms?$|^forms?(?:[-_.]?(?:submissions?|bot))?$"
)
# A token, so "bouncer" or "bouncy.castle" stay people; "=" covers BATV/SRS-style prefixes.
_BOUNCE_LOCAL_PART = re.compile(r"(?:^|[-+_.=])bounces?(?:$|[-+_.=])")
# Job platforms and form builders send a person's message from these with the person in
# Reply-To, not always with Auto-Submitted. Alone such an address may be a shared inbox
# someone reads, so only with another person in Reply-To is it a relay.
_NOTIFICATION_LOCAL_PART = re.compile(r"(?:^|[-_.])(?:notifications?|notify|alerts?)(?:$|[-_.])")

_NULL_PATH = re.compile(r"^<\s*>$")
_MACHINE_PRECEDENCE = frozenset({"bulk", "junk", "list", "auto_reply"})
_SUPPRESS_TOKENS = frozenset({"all", "oof"})
_AUTOREPLY_HEADER = re.compile(
    r"^x-(?:mail-)?auto-?(?:reply|respond|responder|response)(?:-from)?$"
)
_NEGATIVE_VALUES = frozenset({"no", "false", "0"})
_REPORT_PART_TYPES = frozenset(
    {
        "message/delivery-status",
        "message/global-delivery-status",
        "message/disposition-notification",
        "message/global-disposition-notification",
        "message/feedback-report",
    }
)
_REPORT_TYPE_PARAM = re.compile(r"""report-type\s*=\s*"?([A-Za-z0-9._-]+)""", re.IGNORECASE)
_REPORT_KINDS = {
    "delivery-status": "delivery status report (bounce)",
    "global-delivery-status": "delivery status report (bounce)",
    "disposition-notification": "read receipt",
    "global-disposition-notification": "read receipt",
    "feedback-report": "abuse report (ARF)",
}

_EMAIL_IN_TEXT = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
# Form relays write "Email: x@y"; markdown-ish forms wrap the label in * or _.
_LABEL_LINE = r"^[ \t]*[*_]*[ \t]*(?:{labels})[ \t]*[*_]*[ \t]*[:=][ \t]*(?P<value>[^\r\n]+)$"
_EMAIL_LABEL_LINE = re.compile(
    _LABEL_LINE.format(
        labels=r"(?:your[ \t]+|contact[ \t]+|sender[ \t]+)?e-?mail(?:[ \t]+address)?"
        r"|reply[ \t]*-?[ \t]*to"
    ),
    re.IGNORECASE | re.MULTILINE,
)
_FROM_LABEL_LINE = re.compile(_LABEL_LINE.format(labels="from"), re.IGNORECASE | re.MULTILINE)
_NAME_LABEL_LINE = re.compile(
    _LABEL_LINE.format(labels=r"(?:full[ \t]+|your[ \t]+)?name"), re.IGNORECASE | re.MULTILINE
)
_MAX_NAME_LENGTH = 80
# What a reply can go to: local@domain.tld with nothing that breaks a header or an envelope.
# `From: 0` or `From: eve@host` gives an "address" no draft should be written to.
_ADDRESS_CHAR = r"[^\s@<>()\[\],;:\\\"]"
_DELIVERABLE = re.compile(rf"{_ADDRESS_CHAR}+@{_ADDRESS_CHAR}+\.[^\s@<>()\[\],;:\\\".]+")


@dataclass(frozen=True)
class _Signal:
    reason: str
    relay: bool  # True: a machine relayed the message; False: the sender is a machine
    envelope: bool = False  # came from Sender/Return-Path, not from the message's own claims


def _local_part(email: str) -> str:
    address = email.strip()
    if "<" in address:
        address = parseaddr(address)[1]
    return address.rpartition("@")[0] if "@" in address else address


def _normalise_email(email: str) -> str:
    address = email.strip()
    if "<" in address:
        address = parseaddr(address)[1]
    return address.strip().lower()


def _is_daemon_local_part(local: str) -> bool:
    return _DAEMON_LOCAL_PART.match(local.lower()) is not None


def _is_relay_local_part(local: str) -> bool:
    lowered = local.lower()
    return (
        _NO_REPLY_LOCAL_PART.search(lowered) is not None
        or _BOUNCE_LOCAL_PART.search(lowered) is not None
    )


def is_machine_address(email: str) -> bool:
    """True when mail to `email` would reach a machine: a daemon, list, no-reply or bounce box.

    Accepts a bare addr-spec or "Name <addr>". An empty or unparsable address counts as a
    machine, because nothing can be drafted to it.
    """
    local = _local_part(email).strip().strip('"')
    if not local or not _DELIVERABLE.fullmatch(_normalise_email(email)):
        return True
    return _is_daemon_local_part(local) or _is_relay_local_part(local)


def _header_value_token(value: str) -> str:
    """The value before any ';' parameters, trimmed and lower-cased."""
    return value.split(";", 1)[0].strip().lower()


def _headers_by_name(msg: ParsedMessage) -> dict[str, list[str]]:
    # The model promises lower-cased names; lower them again so a hand-built message
    # with "Auto-Submitted" cannot slip through.
    by_name: dict[str, list[str]] = {}
    for name, value in msg.headers:
        by_name.setdefault(name.strip().lower(), []).append(value)
    return by_name


def _header_signals(headers: dict[str, list[str]]) -> list[_Signal]:
    signals: list[_Signal] = []

    for name in ("return-path", "x-envelope-from"):
        if any(_NULL_PATH.match(value.strip()) for value in headers.get(name, [])):
            label = "Return-Path" if name == "return-path" else "X-Envelope-From"
            signals.append(_Signal(f"null {label} (<>)", relay=False))

    for value in headers.get("auto-submitted", []):
        token = _header_value_token(value)
        if token == "no":
            continue
        signals.append(
            _Signal(f"Auto-Submitted: {token or '(empty)'}", relay=token == "auto-generated")
        )

    list_headers = [name for name in headers if name.startswith("list-")]
    if list_headers:
        shown = ", ".join(_display_header_name(name) for name in list_headers)
        signals.append(_Signal(f"mailing list headers: {shown}", relay=False))
        if "feedback-id" in headers:
            signals.append(_Signal("Feedback-ID with List-* headers (bulk sender)", relay=False))

    for value in headers.get("precedence", []):
        token = _header_value_token(value)
        if token in _MACHINE_PRECEDENCE:
            signals.append(_Signal(f"Precedence: {token}", relay=False))

    for value in headers.get("x-auto-response-suppress", []):
        tokens = {token.strip().lower() for token in re.split(r"[,;\s]+", value) if token}
        named = sorted(tokens & _SUPPRESS_TOKENS)
        if named:
            shown = ", ".join("All" if token == "all" else "OOF" for token in named)
            signals.append(_Signal(f"X-Auto-Response-Suppress: {shown}", relay=True))

    for name, values in headers.items():
        if not _AUTOREPLY_HEADER.match(name):
            continue
        if all(_header_value_token(value) in _NEGATIVE_VALUES for value in values):
            continue
        shown_value = values[0].strip()
        signals.append(
            _Signal(f"{_display_header_name(name)}: {shown_value or '(empty)'}", relay=False)
        )

    if "x-failed-recipients" in headers:
        signals.append(_Signal("X-Failed-Recipients (delivery failure report)", relay=False))

    return signals


def _display_header_name(name: str) -> str:
    capitalised = "-".join(part.capitalize() for part in name.split("-"))
    return re.sub(r"-Id$", "-ID", capitalised)


def _report_signals(msg: ParsedMessage, headers: dict[str, list[str]]) -> list[_Signal]:
    signals: list[_Signal] = []
    content_type_header = headers.get("content-type", [""])[0]
    top_type = _header_value_token(msg.content_type or "") or _header_value_token(
        content_type_header
    )
    if top_type == "multipart/report":
        match = _REPORT_TYPE_PARAM.search(content_type_header) or _REPORT_TYPE_PARAM.search(
            msg.content_type or ""
        )
        report_type = match.group(1).lower() if match else ""
        kind = _REPORT_KINDS.get(report_type, "report")
        shown = f"multipart/report; report-type={report_type}" if report_type else top_type
        signals.append(_Signal(f"{kind}: {shown}", relay=False))
    elif top_type in _REPORT_PART_TYPES:
        signals.append(_Signal(f"report body: {top_type}", relay=False))

    part_types = {_header_value_token(part.content_type) for part in msg.attachments}
    for part_type in sorted(part_types & _REPORT_PART_TYPES):
        signals.append(_Signal(f"report part: {part_type}", relay=False))
    return signals


def _path_addresses(values: Iterable[str]) -> list[str]:
    addresses: list[str] = []
    for value in values:
        if _NULL_PATH.match(value.strip()):
            continue
        address = parseaddr(value)[1] or value.strip().strip("<>")
        if address:
            addresses.append(address)
    return addresses


def _address_signals(
    msg: ParsedMessage, headers: dict[str, list[str]], owners: frozenset[str]
) -> list[_Signal]:
    sources: list[tuple[str, str]] = []
    if msg.from_addr is not None:
        sources.append(("From", msg.from_addr.email))
    if msg.sender is not None:
        sources.append(("Sender", msg.sender.email))
    sources.extend(
        ("Return-Path", address) for address in _path_addresses(headers.get("return-path", []))
    )

    signals: list[_Signal] = []
    for where, email in sources:
        normalised = _normalise_email(email)
        local = _local_part(normalised)
        envelope = where != "From"
        if normalised in owners:
            signals.append(
                _Signal(f"{where} is the owner's own address: {normalised}", relay=False)
            )
        elif _is_daemon_local_part(local):
            signals.append(
                _Signal(f"{where} is a mail system or list address: {email}", relay=False)
            )
        elif _NO_REPLY_LOCAL_PART.search(local) is not None:
            signals.append(
                _Signal(f"{where} is a no-reply address: {email}", relay=True, envelope=envelope)
            )
        elif _BOUNCE_LOCAL_PART.search(local) is not None:
            signals.append(
                _Signal(f"{where} is a bounce address: {email}", relay=True, envelope=envelope)
            )
        elif (
            where == "From"
            and _NOTIFICATION_LOCAL_PART.search(local) is not None
            and any(_is_person(a, owners, normalised) for a in msg.reply_to)
        ):
            signals.append(_Signal(f"From is a notification sender: {email}", relay=True))
    return signals


def _is_person(address: Address, owners: frozenset[str], relay_email: str) -> bool:
    email = address.email.strip().lower()
    return (
        "@" in email
        and not is_machine_address(email)
        and email not in owners
        and email != relay_email
    )


def _person_from_labelled_line(value: str) -> Address | None:
    pairs = getaddresses([value]) if "<" in value else []
    for name, email in pairs:
        if _EMAIL_IN_TEXT.fullmatch(email):
            return Address(name.strip(), email.lower())
    found = _EMAIL_IN_TEXT.search(value)
    if found is None:
        return None
    return Address("", found.group(0).lower())


def _name_in_body(text: str) -> str:
    for match in _NAME_LABEL_LINE.finditer(text):
        name = match.group("value").strip().strip("*_ ")
        if name and "@" not in name and len(name) <= _MAX_NAME_LENGTH:
            return name
    return ""


def _person_in_body(text: str, owners: frozenset[str], relay_email: str) -> Address | None:
    # Explicit "Email:" lines beat "From:" lines, which may belong to a forwarded header block.
    # The label must open the line, so quoted ("> Email: ...") lines never match.
    for pattern in (_EMAIL_LABEL_LINE, _FROM_LABEL_LINE):
        for match in pattern.finditer(text):
            person = _person_from_labelled_line(match.group("value"))
            if person is not None and _is_person(person, owners, relay_email):
                if person.name:
                    return person
                return Address(_name_in_body(text), person.email)
    return None


def _relayed_person(
    msg: ParsedMessage, signals: list[_Signal], owners: frozenset[str]
) -> Address | None:
    from_email = msg.from_addr.email.strip().lower() if msg.from_addr is not None else ""
    for address in msg.reply_to:
        if _is_person(address, owners, from_email):
            return Address(address.name, address.email.strip().lower())
    if msg.from_addr is not None and all(signal.envelope for signal in signals):
        candidate = Address(msg.from_addr.name, from_email)
        if _is_person(candidate, owners, relay_email=""):
            return candidate
    return _person_in_body(msg.body_text, owners, from_email)


def _unique(reasons: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(reasons))


def machine_check(msg: ParsedMessage, owner_addresses: Collection[str] = ()) -> SafetyVerdict:
    """Decide whether `msg` came from a machine, or from a person a machine relayed.

    `owner_addresses` are the owner's own addresses and aliases; mail from them is never
    answered. See the module docstring for the signals and their precedence.
    """
    owners = frozenset(
        normalised for normalised in (_normalise_email(a) for a in owner_addresses) if normalised
    )
    headers = _headers_by_name(msg)
    signals = [
        *_header_signals(headers),
        *_report_signals(msg, headers),
        *_address_signals(msg, headers, owners),
    ]
    if not signals:
        return SafetyVerdict(is_machine=False)

    reasons = _unique(signal.reason for signal in signals)
    if any(not signal.relay for signal in signals):
        return SafetyVerdict(is_machine=True, reasons=reasons)

    person = _relayed_person(msg, signals, owners)
    if person is None:
        return SafetyVerdict(
            is_machine=True,
            reasons=(*reasons, "relayed by a machine, but no person in Reply-To or the body"),
        )
    return SafetyVerdict(is_machine=False, reasons=reasons, relayed=True, relayed_person=person)
