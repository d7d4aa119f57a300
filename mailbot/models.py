"""Plain frozen data passed between the pure core and the I/O edges.

Nothing here does I/O. Every stage of the pipeline takes and returns these types,
so each stage can be tested without a server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Label(StrEnum):
    APPLICANT = "applicant"
    CLIENT = "client"
    OTHER = "other"
    UNSURE = "unsure"


class OtherKind(StrEnum):
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"
    UNSUBSCRIBE = "unsubscribe"
    VENDOR_PITCH = "vendor_pitch"
    FEEDBACK = "feedback"
    MAILING_LIST = "mailing_list"
    PERSONAL = "personal"
    SPAM = "spam"


class ClientNeed(StrEnum):
    FRACTIONAL_CTO = "fractional_cto"
    FIXED_SCOPE_PROJECT = "fixed_scope_project"
    TEAM_EXTENSION = "team_extension"
    ADVICE = "advice"


class SendPolicy(StrEnum):
    REVIEW = "review"
    AUTO = "auto"


def draftable_address(email: str) -> bool:
    """Whether a draft can be addressed to `email`: not when its local part is non-ASCII
    (RFC 6531 mail needs SMTPUTF8, a draft's headers are 7-bit, and an encoded word is not
    allowed in an address)."""
    return email.rpartition("@")[0].isascii()


@dataclass(frozen=True)
class Address:
    """A mailbox: display name (may be empty) and the lower-cased addr-spec."""

    name: str
    email: str

    def formatted(self) -> str:
        """`Name <email>` for text (formataddr's quoting and encoded words for the name);
        an address formataddr refuses (a non-ASCII local part, RFC 6531) as it stands."""
        from email.utils import formataddr

        if not self.name:
            return self.email
        if not self.email.isascii():
            return formataddr((self.name, "@")).removesuffix("<@>") + f"<{self.email}>"
        return formataddr((self.name, self.email))


@dataclass(frozen=True)
class RawMessage:
    """Bytes as fetched from a folder, plus where they came from."""

    folder: str
    uid: int
    uidvalidity: int
    data: bytes
    internaldate: datetime | None = None
    flags: tuple[str, ...] = ()
    size: int = 0


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    size: int
    # Text pulled from PDF/DOCX/plain attachments (capped); empty when none.
    text: str = ""
    # Raw bytes are kept only for documents worth storing (CVs), else b"".
    data: bytes = b""


@dataclass(frozen=True)
class ParsedMessage:
    """What parse() makes of one message. Never absent: degraded fields plus defects."""

    message_id: str  # always set: the header's value, or a synthetic one from the content hash
    subject: str
    from_addr: Address | None
    sender: Address | None  # the RFC 5322 Sender: header
    reply_to: tuple[Address, ...]
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    # Every header as (lower-cased name, unfolded value) in order; values CR/LF-free.
    headers: tuple[tuple[str, str], ...]
    body_text: str  # whole text body (HTML converted when it was the only body)
    new_text: str  # the reply's new text: quoted history and signature removed
    quoted_text: str
    signature: str
    attachments: tuple[Attachment, ...] = ()
    # Text of forwarded message/rfc822 parts, opened and flattened.
    forwarded_text: str = ""
    content_type: str = "text/plain"
    html_only: bool = False
    size: int = 0
    message_id_synthetic: bool = False
    defects: tuple[str, ...] = ()

    def header(self, name: str) -> str | None:
        """First value of header `name` (case-insensitive), or None."""
        wanted = name.lower()
        for key, value in self.headers:
            if key == wanted:
                return value
        return None

    def header_all(self, name: str) -> tuple[str, ...]:
        wanted = name.lower()
        return tuple(value for key, value in self.headers if key == wanted)


@dataclass(frozen=True)
class SafetyVerdict:
    """Result of the RFC 3834 machine check.

    `is_machine` forbids any reply. `relayed` means a machine relayed a person's message
    (a contact form, a job platform): only a reviewed draft to the person, never auto-send,
    never a reply to the relay.
    """

    is_machine: bool
    reasons: tuple[str, ...] = ()
    relayed: bool = False
    relayed_person: Address | None = None


@dataclass(frozen=True)
class ApplicantFields:
    name: str = ""
    email: str = ""
    linkedin: str = ""
    github: str = ""
    portfolio: str = ""
    roles: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    seniority: str = ""
    location: str = ""
    timezone: str = ""
    rate: str = ""
    availability: str = ""
    has_cv_attachment: bool = False
    cv_filename: str = ""


@dataclass(frozen=True)
class Budget:
    verbatim: str
    amount: float | None = None
    currency: str = ""
    period: str = ""  # "hour" | "day" | "month" | "year" | "project" | ""


@dataclass(frozen=True)
class ClientFields:
    company: str = ""
    contact_name: str = ""
    contact_email: str = ""
    need: str = ""  # a ClientNeed value or ""
    budget: Budget | None = None
    timeline: str = ""
    stack: tuple[str, ...] = ()
    industry: str = ""
    stage: str = ""
    referred_by: str = ""


@dataclass(frozen=True)
class Evidence:
    """A piece of text that drove a label or a field, for `explain`."""

    what: str
    text: str


@dataclass(frozen=True)
class Classification:
    label: Label
    kind: OtherKind | None
    confidence: float
    # The person the message is from: Reply-To or body for relayed forms, else From.
    person: Address | None
    language: str = "en"
    scores: tuple[tuple[str, float], ...] = ()
    applicant: ApplicantFields | None = None
    client: ClientFields | None = None
    evidence: tuple[Evidence, ...] = ()
    # What the model would have said before the confidence floor turned it into UNSURE.
    raw_label: Label | None = None


@dataclass(frozen=True)
class RuleTrailEntry:
    rule: str
    matched: bool
    why: str


@dataclass(frozen=True)
class DecisionContext:
    """Facts about the world that decide() needs; gathered by the caller from state."""

    active_engagements: int = 0
    capacity: int = 0
    is_followup: bool = False  # names one of our drafts/sent messages, or same sender recently
    followup_reason: str = ""
    before_since: bool = False


@dataclass(frozen=True)
class Decision:
    rule: str  # the matched rule's name ("machine-safety", "followup", ... for built-ins)
    action: str  # "draft" | "team" | "intro" | "hold" | "ignore" | "move" | "record"
    template: str | None = None
    send_policy: SendPolicy = SendPolicy.REVIEW
    folder: str | None = None
    reason: str = ""
    trail: tuple[RuleTrailEntry, ...] = ()


@dataclass(frozen=True)
class Draft:
    """A complete RFC 5322 reply ready for the Drafts folder."""

    message_id: str  # deterministic from (source Message-ID, template, recipient)
    source_message_id: str
    template: str
    rule: str
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    subject: str
    in_reply_to: str | None
    references: tuple[str, ...]
    body_text: str
    raw: bytes  # the whole message as it goes to IMAP APPEND / SMTP
    send_policy: SendPolicy = SendPolicy.REVIEW
    purpose: str = "reply"  # "reply" | "member_note" | "intro_ask" | "intro"


@dataclass(frozen=True)
class StateChange:
    """A record the daemon writes in the same commit as the message (people, leads, intros)."""

    table: str
    key: str
    record: dict[str, Any] = field(default_factory=dict)
    delete: bool = False
    # bytes to store beside the record under the state directory (a CV), by safe name
    file_name: str = ""
    file_data: bytes = b""


@dataclass(frozen=True)
class Outcome:
    """What the pipeline made of one message: everything the daemon must persist."""

    message_id: str
    parsed: ParsedMessage
    safety: SafetyVerdict
    classification: Classification
    decision: Decision
    drafts: tuple[Draft, ...] = field(default=())
    error: str | None = None
    changes: tuple[StateChange, ...] = ()
