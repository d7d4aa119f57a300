"""The hand-off between the text we wrote (corpus/specimens/*) and corpus/build.py.

A specimen module only says *what a sender wrote* and what the right answer is; the
builder decides *how it arrives*: quoting the newsletter above or below, HTML-only,
non-UTF-8 charsets, signatures and disclaimers, forwarding, form relays, phone typing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class AttachmentSpec:
    filename: str
    # "cv_pdf" | "cv_docx" | "pdf" | "txt" | "image": the builder makes the bytes
    kind: str
    text: str = ""


@dataclass
class Specimen:
    label: str  # "applicant" | "client" | "other"
    other_kind: str | None  # for label "other", else None
    language: str  # "en" | "pt" | "es" | "de" | "fr"
    subject: str
    body: str  # the new text only; the builder may add quotes/signatures around it
    sender_name: str
    sender_email: str
    difficulty: str = "easy"  # "easy" | "hard"
    must_not_autoreply: bool = False
    # expected extraction, keys as in shared/corpus/FORMAT.md (or None)
    applicant: dict[str, Any] | None = None
    client: dict[str, Any] | None = None
    # extra headers to set verbatim (Auto-Submitted, List-Id, Precedence, ...)
    headers: dict[str, str] = field(default_factory=dict)
    # a machine relaying a person: From is this address, the person goes to Reply-To
    relay_from: str | None = None
    reply_to: str | None = None
    attachments: list[AttachmentSpec] = field(default_factory=list)
    # may the builder wrap a reply-quote of the newsletter around the body?
    may_quote_newsletter: bool = True
    # a full raw message to use instead of building one (bounces, DSNs); bytes or str
    raw: bytes | None = None
    notes: str = ""
    # which split the phrase bank it came from is reserved for: "train", "dev" or "any"
    split: str = "any"
