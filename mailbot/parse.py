"""Raw message bytes -> ParsedMessage.

parse_message() never raises: whatever the bytes are, it returns a ParsedMessage whose
fields are as good as the input allows, and lists what went wrong in `defects`.

The stdlib parser (policy.default) builds header objects lazily and raises on some malformed
values, and its structured-header parser is quadratic on huge values; so every header access
here is guarded, oversized values never reach it, and the raw value is the fallback.

Pure: no network, no disk. PDF/DOCX text extraction works on in-memory bytes.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import ctypes
import email
import email.header
import email.policy
import email.utils
import hashlib
import io
import logging
import quopri
import re
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from email.message import EmailMessage, Message
from functools import lru_cache
from typing import Any, TypeVar
from xml.etree import ElementTree

from mailparser_reply.constants import MAIL_LANGUAGES

from mailbot.models import Address, Attachment, ParsedMessage

__all__ = ["parse_message", "quote_split", "sanitize_filename"]

_T = TypeVar("_T")
# id(part) -> (part, the base64 lines that are its payload, what they decode to when that
# is known already): see _message_from_bytes()
_Runs = dict[int, tuple[Message, bytes | memoryview, bytes | None]]

# Bounds that keep hostile input cheap.
_MAX_PART_DEPTH = 40  # multipart nesting we descend into
_MAX_FORWARD_DEPTH = 5  # message/rfc822 inside message/rfc822 ...
_MAX_PARTS = 500
_MAX_HEADERS = 1000
_MAX_STRUCTURED_HEADER = 8_192  # longer values skip policy.default's slow parser
_MAX_HEADER_VALUE = 16_384  # what we keep of any header value
_MAX_BODY_CHARS = 1_000_000
_MAX_HTML_BYTES = 2_000_000
_MAX_DEFECTS = 50
_MAX_FILENAME = 200
_MAX_ADDRESSES = 200
_MAX_REFERENCES = 100
_ATTRIBUTION_WINDOW = 400  # longest text an attribution ("On ... wrote:") can span

_DOCUMENT_EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".doc": "doc",
    ".odt": "odt",
    ".rtf": "rtf",
    ".txt": "txt",
}
_DOCUMENT_TYPES = {
    "application/pdf": "pdf",
    "application/x-pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/msword": "doc",
    "application/vnd.oasis.opendocument.text": "odt",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "text/plain": "txt",
}

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")
_FILENAME_BAD_CHARS = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029\"<>|:*?]")
_FOLDING = re.compile(r"\r?\n[ \t]*|\r[ \t]*")
_SPACES = re.compile(r"[ \t]{2,}")
_MSGID_TOKEN = re.compile(r"<[^<>\s]{1,900}>")
_BARE_MSGID = re.compile(r"[^<>\s,;]+@[^<>\s,;]+")
_BLANK_RUNS = re.compile(r"\n{3,}")
_SURROGATE = re.compile("[\udc80-\udcff]")
_EXTENSION_FOR_TYPE = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/msword": ".doc",
    "application/vnd.oasis.opendocument.text": ".odt",
    "application/rtf": ".rtf",
    "text/plain": ".txt",
    "text/html": ".html",
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/gif": ".gif",
    "message/rfc822": ".eml",
}

# pypdf logs a warning for every malformed object of a broken PDF; a failed extraction is
# reported in `defects` instead.
logging.getLogger("pypdf").setLevel(logging.ERROR)


# --------------------------------------------------------------------------- text helpers


@lru_cache(maxsize=256)
def _codec_name(charset: str) -> str | None:
    """Python codec for a MIME charset label, or None when unknown or not a text codec."""
    label = charset.strip().strip("\"'").lower()
    if label in ("", "us-ascii", "ascii", "unknown-8bit", "x-unknown", "unknown", "default"):
        return None
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    # Senders labelled cp1252 text "latin-1" for decades; cp1252 is its printable superset.
    return "cp1252" if info.name == "latin-1" else info.name


def _decode_bytes(payload: bytes, charset: str | None, defects: list[str]) -> str:
    codec = _codec_name(charset) if charset else None
    if charset and codec is None and charset.strip().lower() not in ("us-ascii", "ascii"):
        _add_defect(defects, f"unknown charset {_clip(charset, 40)!r}")
    if codec is not None:
        try:
            return payload.decode(codec, errors="replace")
        except Exception:
            pass
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", errors="replace")


def _from_surrogates(value: str) -> str:
    """Undo the parser's surrogateescape of 8-bit header bytes (guessing UTF-8, then cp1252)."""
    if not _SURROGATE.search(value):
        return value
    raw = value.encode("utf-8", errors="surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _clean_header_text(value: str) -> str:
    """Unfold, decode leftovers, and remove every CR/LF and control character."""
    value = _CONTROL_CHARS.sub(" ", value)
    value = _SPACES.sub(" ", value).strip()
    if len(value) > _MAX_HEADER_VALUE:
        value = value[:_MAX_HEADER_VALUE]
    return value


def _unfold(raw: str) -> str:
    return _FOLDING.sub(" ", raw)


def _decode_encoded_words(value: str) -> str:
    """RFC 2047 decoding that survives unknown charsets and broken encodings."""
    if "=?" not in value:
        return value
    try:
        chunks = email.header.decode_header(value)
    except Exception:
        return value
    parts: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            codec = _codec_name(charset) if charset else None
            try:
                parts.append(chunk.decode(codec or "utf-8", errors="replace"))
            except Exception:
                parts.append(chunk.decode("utf-8", errors="replace"))
        else:
            parts.append(chunk)
    return "".join(parts)


def _header_display(raw: str) -> str:
    if raw.isascii() and raw.isprintable() and "=?" not in raw and "  " not in raw:
        # most values: nothing to unfold, decode or clean (tabs and CR/LF are unprintable)
        return raw.strip()[:_MAX_HEADER_VALUE]
    return _clean_header_text(_decode_encoded_words(_from_surrogates(_unfold(raw))))


def _clip(text: str, limit: int) -> str:
    text = _CONTROL_CHARS.sub(" ", text)
    return text if len(text) <= limit else text[:limit] + "..."


def _add_defect(defects: list[str], text: str) -> None:
    if len(defects) < _MAX_DEFECTS and text not in defects:
        defects.append(text)


def _guard(defects: list[str], what: str, fn: Callable[[], _T], default: _T) -> _T:
    try:
        return fn()
    except RecursionError:
        _add_defect(defects, f"{what}: too deeply nested")
    except Exception as exc:
        _add_defect(defects, f"{what}: {type(exc).__name__}: {_clip(str(exc), 80)}")
    return default


# --------------------------------------------------------------------------- headers


def _raw_headers(msg: Message) -> list[tuple[str, str]]:
    try:
        return [(str(name), str(value)) for name, value in msg.raw_items()]
    except Exception:
        return []


def _first_raw(raw_headers: Sequence[tuple[str, str]], name: str) -> str | None:
    wanted = name.lower()
    for key, value in raw_headers:
        if key.lower() == wanted:
            return value
    return None


def _all_raw(raw_headers: Sequence[tuple[str, str]], name: str) -> list[str]:
    wanted = name.lower()
    return [value for key, value in raw_headers if key.lower() == wanted]


def _make_address(name: str, addr: str) -> Address | None:
    addr = _clean_header_text(_from_surrogates(addr)).replace(" ", "").lower()
    name = _clean_header_text(_decode_encoded_words(_from_surrogates(name)))
    if len(name) > 200:
        name = name[:200]
    if not addr or len(addr) > 320:
        return None
    return Address(name=name, email=addr)


_SIMPLE_ADDRESS = re.compile(
    r'\s*(?:"?(?P<name>[^"<>,;:\\()\[\]@]*?)"?\s*<(?P<angle>[^<>\s@,;:"()\[\]\\]+@[^<>\s@,;:"()\[\]\\]+)>'
    r'|(?P<bare>[^<>\s@,;:"()\[\]\\]+@[^<>\s@,;:"()\[\]\\]+))\s*'
)


def _simple_address(raw: str) -> Address | None:
    """The common single-mailbox value, without policy.default's (slow) full grammar."""
    match = _SIMPLE_ADDRESS.fullmatch(raw)
    if match is None:
        return None
    if match.group("bare"):
        return _make_address("", match.group("bare"))
    return _make_address(match.group("name") or "", match.group("angle"))


_TRAILING_ANGLE_ADDRESS = re.compile(r"<\s*([^<>\s]+@[^<>\s]+?)\s*>\s*\Z")


def _name_then_angle_address(raw: str) -> Address | None:
    """One mailbox whose display name breaks the grammar: `EVIL@X.EXAMPLE <ana@y.example>`,
    `Eve <evil@x.example> <eve@y.example>`. The mailbox is the angle address at the end, as
    mail clients show it; the generic parsers would take the address-like name instead and
    a reply would go to someone who never wrote. A list (a comma outside quotes and angle
    brackets) is left to them."""
    match = _TRAILING_ANGLE_ADDRESS.search(raw)
    if match is None:
        return None
    quoted = escaped = False
    depth = 0
    for char in raw:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif not quoted and char == "<":
            depth += 1
        elif not quoted and char == ">":
            depth = max(0, depth - 1)
        elif char == "," and not quoted and depth == 0:
            return None
    name = raw[: match.start()].strip().strip('"').strip()
    return _make_address(name, match.group(1))


def _parse_addresses(
    msg: Message, raw_headers: Sequence[tuple[str, str]], name: str, defects: list[str]
) -> tuple[Address, ...]:
    raws = _all_raw(raw_headers, name)
    if not raws:
        return ()
    if len(raws) == 1 and len(raws[0]) < 500:
        simple = _simple_address(_unfold(raws[0]))
        if simple is not None:
            return (simple,)
    if len(raws) == 1:
        mailbox = _name_then_angle_address(_unfold(raws[0])[:_MAX_STRUCTURED_HEADER])
        if mailbox is not None:
            return (mailbox,)
    found: list[Address] = []
    if all(len(raw) <= _MAX_STRUCTURED_HEADER for raw in raws):
        try:
            for header in msg.get_all(name) or []:
                for defect in getattr(header, "defects", ()):
                    _add_defect(defects, f"header {name}: {type(defect).__name__}")
                for address in getattr(header, "addresses", ()):
                    made = _make_address(address.display_name, address.addr_spec)
                    if made is not None:
                        found.append(made)
            if found or not any(raw.strip() for raw in raws):
                return tuple(found[:_MAX_ADDRESSES])
        except Exception as exc:
            _add_defect(defects, f"bad header {name}: {type(exc).__name__}")
            found = []
    else:
        _add_defect(defects, f"header {name} too long")
    # compat32-style fallback: the forgiving utils parser on the raw, clipped value.
    clipped = [_unfold(raw)[:_MAX_STRUCTURED_HEADER] for raw in raws]
    try:
        pairs = email.utils.getaddresses(clipped)
    except Exception:
        pairs = []
    for display, addr in pairs:
        if "@" not in addr:
            continue
        made = _make_address(display, addr)
        if made is not None:
            found.append(made)
    return tuple(found[:_MAX_ADDRESSES])


def _parse_date(raw: str | None, defects: list[str]) -> datetime | None:
    if raw is None:
        return None
    text = _unfold(_from_surrogates(raw)).strip()[:200]
    if not text:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except Exception:
        _add_defect(defects, f"bad header Date: {_clip(text, 60)!r}")
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def _subject(raw: str | None, defects: list[str]) -> str:
    """Decoded Subject; the same RFC 2047 decoding as policy.default, without its slow parser."""
    if raw is None:
        return ""
    if len(raw) > _MAX_HEADER_VALUE:
        _add_defect(defects, "header Subject too long")
    return _header_display(raw[:_MAX_HEADER_VALUE])


def _msgid_tokens(raw: str | None) -> list[str]:
    if not raw:
        return []
    text = _clean_header_text(_from_surrogates(_unfold(raw)))
    tokens = _MSGID_TOKEN.findall(text)
    if not tokens:
        tokens = [f"<{bare}>" for bare in _BARE_MSGID.findall(text)[:_MAX_REFERENCES]]
    return tokens


# --------------------------------------------------------------------------- MIME walking


@dataclass(frozen=True)
class _PartInfo:
    content_type: str
    charset: str | None
    filename: str
    disposition: str


def _part_info(part: Message) -> _PartInfo:
    """Content-Type and -Disposition of a part, read once.

    policy.default re-parses these headers into objects on every access, which made them the
    largest cost of parsing a plain reply; a compat32 view of the two raw values is enough.
    """
    content_type: str | None = None
    disposition: str | None = None
    for name, value in _raw_headers(part):
        lowered = name.lower()
        if lowered == "content-type" and content_type is None:
            content_type = value
        elif lowered == "content-disposition" and disposition is None:
            disposition = value
    if len(content_type or "") + len(disposition or "") < 1000:
        info = _cached_part_info(_boundary_stood_in(content_type), disposition)
    else:
        info = _part_info_of(content_type, disposition)
    if content_type is None:
        return replace(info, content_type=_default_type(part))
    return info


def _boundary_stood_in(content_type: str | None) -> str | None:
    """The Content-Type with a simple boundary replaced by a stand-in: the boundary is in
    no field of _PartInfo, and each multipart's own one made it a cache miss (and a 0.1 ms
    parse) for every message."""
    if content_type is None or "boundary" not in content_type.lower():
        return content_type
    matches = list(_SIMPLE_BOUNDARY.finditer(content_type))
    if len(matches) != 1 or _BOUNDARY_STANDIN.lower() in content_type.lower():
        return content_type
    group = "quoted" if matches[0].group("quoted") is not None else "token"
    start, end = matches[0].span(group)
    return content_type[:start] + _BOUNDARY_STANDIN + content_type[end:]


def _part_info_of(content_type: str | None, disposition: str | None) -> _PartInfo:
    view = Message(policy=email.policy.compat32)
    for name, value in (("Content-Type", content_type), ("Content-Disposition", disposition)):
        if value is not None:
            view[name] = _unfold(_from_surrogates(value))[:_MAX_STRUCTURED_HEADER]
    try:
        media_type = view.get_content_type().lower()
    except Exception:
        media_type = "application/octet-stream"
    try:
        charset = view.get_content_charset()
    except Exception:
        charset = None
    try:
        filename: str = view.get_filename() or ""
        if not filename:
            name_param = view.get_param("name")
            if name_param:
                filename = email.utils.collapse_rfc2231_value(name_param)
    except Exception:
        filename = ""
    try:
        shown = view.get_content_disposition() or ""
    except Exception:
        shown = ""
    return _PartInfo(media_type, str(charset) if charset else None, str(filename), shown)


# The same few Content-Types (text/plain; charset=utf-8, ...) come back part after part.
_cached_part_info = lru_cache(maxsize=512)(_part_info_of)


def _default_type(part: Message) -> str:
    try:
        return part.get_default_type()
    except Exception:
        return "text/plain"


def _payload_bytes(part: Message, defects: list[str], runs: _Runs | None = None) -> bytes:
    run = runs.get(id(part)) if runs else None
    if run is not None and run[0] is part:
        decoded = _decode_base64_run(part, run[1], run[2])
        if decoded is not None:
            return decoded
    try:
        payload = part.get_payload(decode=True)
    except Exception as exc:
        _add_defect(defects, f"undecodable payload: {type(exc).__name__}")
        return b""
    return payload if isinstance(payload, bytes) else b""


def _decode_base64_run(
    part: Message, run: bytes | memoryview, decoded: bytes | None = None
) -> bytes | None:
    """What part.get_payload(decode=True) gives for a payload that is one base64 run (and
    line ends), when the run is valid base64; else None.

    The stdlib joins the lines in Python and decodes with binascii at some 250 MB/s (1.5 ms
    for a 200 KB PDF, the largest cost of a message with one); pybase64 decodes the same
    strictly valid base64 to the same bytes 50x faster."""
    try:
        if str(part.get("content-transfer-encoding", "")).lower() != "base64":
            return None
    except Exception:
        return None
    if decoded is not None:
        return decoded
    try:
        import pybase64
    except ImportError:  # a dependency; without it the stdlib decodes the same bytes
        return None
    # What binascii's strict decoding, which the stdlib tries first, takes of the joined
    # lines (with no padding to add and so no defect), pybase64 takes of the lines as they
    # are when told to skip the line ends (the run has no other characters outside the
    # alphabet): joining them first was a copy as slow as the decoding itself.
    try:
        decoded = pybase64.b64decode(run, validate=True, ignorechars=b"\r\n")
    except (binascii.Error, ValueError, TypeError):  # TypeError: pybase64 before 1.5
        return None
    return decoded if decoded else None  # no data: the stdlib's decoding notes no defect


def _part_defects(part: Message, defects: list[str]) -> None:
    for defect in getattr(part, "defects", ()) or ():
        _add_defect(defects, type(defect).__name__)


def sanitize_filename(name: str, content_type: str = "") -> str:
    """Basename only, no separators or control characters, at most 200 characters."""
    name = _decode_encoded_words(_from_surrogates(name))
    name = re.split(r"[/\\]", name)[-1]
    name = _FILENAME_BAD_CHARS.sub("", name).strip().lstrip(".").strip()
    if len(name) > _MAX_FILENAME:
        stem, dot, ext = name.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            name = stem[: _MAX_FILENAME - len(ext) - 1] + "." + ext
        else:
            name = name[:_MAX_FILENAME]
    if not name:
        name = "attachment" + _EXTENSION_FOR_TYPE.get(content_type, ".bin")
    return name


class _Walk:
    """State gathered while descending one message tree."""

    def __init__(
        self,
        max_attachment_text: int,
        max_pdf_pages: int,
        max_doc_bytes: int,
        runs: _Runs,
        native_pdf: bool = True,
    ) -> None:
        self.max_attachment_text = max_attachment_text
        self.native_pdf = native_pdf
        self.max_pdf_pages = max_pdf_pages
        self.max_doc_bytes = max_doc_bytes
        self.defects: list[str] = []
        self.attachments: list[Attachment] = []
        self.forwarded: list[str] = []
        self.parts_seen = 0
        # Inline text parts that carry a filename: the body when nothing else is.
        self.inline_named_text: list[str] = []
        self.runs = runs


def _is_attachment(info: _PartInfo) -> bool:
    if info.disposition == "attachment" or info.filename:
        return True
    return not info.content_type.startswith("text/")


def _body_of(part: Message, walk: _Walk, depth: int, forward_depth: int) -> tuple[str, str]:
    """(plain, html) body text of `part`; attachments and forwards are recorded on `walk`."""
    walk.parts_seen += 1
    if walk.parts_seen > _MAX_PARTS:
        _add_defect(walk.defects, f"more than {_MAX_PARTS} MIME parts; rest ignored")
        return "", ""
    if depth > _MAX_PART_DEPTH:
        _add_defect(walk.defects, f"MIME nesting deeper than {_MAX_PART_DEPTH}; rest ignored")
        return "", ""
    _part_defects(part, walk.defects)
    info = _part_info(part)
    content_type = info.content_type

    if content_type == "message/rfc822" or content_type == "message/global":
        _open_forward(part, walk, forward_depth)
        return "", ""

    try:
        is_multipart = part.is_multipart()
    except Exception:
        is_multipart = False
    if is_multipart:
        try:
            payload = part.get_payload()
            children = (
                [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []
            )
        except Exception:
            children = []
        results = [_body_of(child, walk, depth + 1, forward_depth) for child in children]
        if content_type == "multipart/alternative":
            plain = next((p for p, _ in results if p.strip()), "")
            html = next((h for _, h in reversed(results) if h.strip()), "")
            return plain, html
        plain = "\n\n".join(p for p, _ in results if p.strip())
        html = "\n\n".join(h for _, h in results if h.strip())
        return plain, html

    if content_type.startswith("multipart/"):
        # A multipart without usable boundaries: its payload is all we have of the body.
        return _decode_part(part, info, walk, _MAX_BODY_CHARS), ""
    if _is_attachment(info):
        attachment = _record_attachment(part, info, walk)
        if content_type == "text/plain" and info.disposition != "attachment" and attachment.text:
            walk.inline_named_text.append(attachment.text)
        return "", ""
    if content_type == "text/html":
        return "", _decode_part(part, info, walk, _MAX_HTML_BYTES)
    if content_type in ("text/plain", "text/enriched", "text/markdown") or content_type == "text":
        return _decode_part(part, info, walk, _MAX_BODY_CHARS), ""
    # Other inline text (calendar, csv, ...) is not what the person wrote.
    return "", ""


def _decode_part(part: Message, info: _PartInfo, walk: _Walk, limit: int) -> str:
    payload = _payload_bytes(part, walk.defects, walk.runs)[: limit * 4]
    return _decode_bytes(payload, info.charset, walk.defects)[:limit]


def _reparse_encoded(misread: Message, encoding: str, runs: _Runs) -> Message:
    encoded = misread.as_bytes(policy=email.policy.compat32)
    if encoding == "base64":
        decoded = base64.b64decode(re.sub(rb"[^A-Za-z0-9+/=]", b"", encoded) + b"==")
    else:
        decoded = quopri.decodestring(encoded)
    return _message_from_bytes(decoded, runs)


def _open_forward(part: Message, walk: _Walk, forward_depth: int) -> None:
    if forward_depth >= _MAX_FORWARD_DEPTH:
        _add_defect(walk.defects, "forwarded messages nested too deeply")
        return
    inner: Message | None = None
    encoding = (_first_raw(_raw_headers(part), "content-transfer-encoding") or "").strip().lower()
    try:
        payload = part.get_payload()
        if isinstance(payload, list) and payload and isinstance(payload[0], Message):
            inner = payload[0]
            if encoding in ("base64", "quoted-printable"):
                # RFC 2046 forbids encoding message/rfc822, but it happens: the parser then
                # read the encoded text as headers. Decode it and parse again.
                inner = _reparse_encoded(inner, encoding, walk.runs)
        else:
            raw = _payload_bytes(part, walk.defects, walk.runs)
            if raw:
                inner = _message_from_bytes(raw, walk.runs)
    except RecursionError:
        _add_defect(walk.defects, "forwarded message too deeply nested")
    except Exception as exc:
        _add_defect(walk.defects, f"unreadable forwarded message: {type(exc).__name__}")
    if inner is None:
        return
    raw_headers = _raw_headers(inner)
    lines: list[str] = []
    for name in ("From", "Date", "Subject"):
        value = _first_raw(raw_headers, name)
        if value is not None:
            lines.append(f"{name}: {_header_display(value[:_MAX_STRUCTURED_HEADER])}")
    # Reserve the slot first so an outer forward precedes the forwards nested inside it.
    slot = len(walk.forwarded)
    walk.forwarded.append("")
    plain, html = _body_of(inner, walk, 0, forward_depth + 1)
    text = plain if plain.strip() else (_html_to_text(html, walk.defects) if html else "")
    lines.append("")
    lines.append(text.strip())
    walk.forwarded[slot] = "\n".join(lines).strip()


# --------------------------------------------------------------------------- attachments


def _document_kind(filename: str, content_type: str, payload: bytes) -> str:
    lowered = filename.lower()
    for extension, kind in _DOCUMENT_EXTENSIONS.items():
        if lowered.endswith(extension):
            return kind
    if payload.startswith(b"%PDF"):
        return "pdf"
    return _DOCUMENT_TYPES.get(content_type, "")


def _record_attachment(part: Message, info: _PartInfo, walk: _Walk) -> Attachment:
    content_type = info.content_type
    payload = _payload_bytes(part, walk.defects, walk.runs)
    filename = sanitize_filename(info.filename, content_type)
    kind = _document_kind(filename, content_type, payload)
    text = ""
    keep = b""
    if kind and payload:
        if len(payload) > walk.max_doc_bytes:
            _add_defect(walk.defects, f"attachment {filename} larger than {walk.max_doc_bytes} B")
        else:
            keep = payload
            text = _attachment_text(kind, payload, info.charset, walk, filename)
    attachment = Attachment(
        filename=filename,
        content_type=content_type,
        size=len(payload),
        text=text[: walk.max_attachment_text],
        data=keep,
    )
    walk.attachments.append(attachment)
    return attachment


def _attachment_text(kind: str, payload: bytes, charset: str | None, walk: _Walk, name: str) -> str:
    limit = walk.max_attachment_text
    extractors: dict[str, Callable[[], str]] = {
        "pdf": lambda: _pdf_text(payload, walk.max_pdf_pages, limit, walk.native_pdf),
        "docx": lambda: _docx_text(payload, limit),
        "odt": lambda: _odt_text(payload, limit),
        "rtf": lambda: _rtf_text(payload[: limit * 4], limit),
        "txt": lambda: _decode_bytes(payload[: limit * 4], charset, walk.defects).replace(
            "\r\n", "\n"
        ),
    }
    extractor = extractors.get(kind)
    if extractor is None:
        return ""
    return _guard(walk.defects, f"attachment {name} ({kind}) unreadable", extractor, "")


# PDFium may not be entered from two threads at once, even for different documents.
_PDFIUM_LOCK = threading.Lock()


def _pdf_text(payload: bytes, max_pages: int, limit: int, native: bool = True) -> str:
    """PDFium's text (~0.7 ms a CV page, 5-10x faster than pypdf, and it reads bullets that
    pypdf turns into DEL); pypdf when PDFium cannot open the file, so a broken PDF is
    reported with pypdf's reason as before, or when PDFium could be made to decode too much
    (see _pdfium_input), or when `native` is off: PDFium is C++, and a crash in it takes
    the process with it, so the daemon runs it only in its disposable read-ahead worker."""
    safe = _pdfium_input(payload) if native else None
    if safe is not None:
        try:
            return _pdfium_text(safe, max_pages, limit)
        except Exception:
            pass
    return _pypdf_text(payload, max_pages, limit)


# PDFium has no limit on what it decodes: a 2 MB PDF whose page content inflates to 2 GB
# took 3 GB and 9 s (pypdf stops it at 75 MB). Before PDFium reads a PDF, every stream in it
# is accounted for: an image's data is zeroed (text extraction never decodes an image, and
# zeros decode to nothing in any other role), any other stream must decode to at most
# _MAX_PDF_DECODED bytes in all, as inflated here or bounded by deflate's 1032:1 ratio.
# What cannot be accounted for (other filters, encryption, lengths that do not add up) goes
# to pypdf.
_MAX_PDF_DECODED = 8_000_000
_PDF_WHITESPACE = b"\x00\t\n\x0c\r "
_PDF_FLATE = (b"FlateDecode", b"Fl")
_PDF_SHRINKING = (b"ASCII85Decode", b"A85", b"ASCIIHexDecode", b"AHx")
_PDF_IMAGE_CODECS = (b"DCTDecode", b"DCT", b"JPXDecode", b"JBIG2Decode", b"CCITTFaxDecode", b"CCF")
_PDF_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_PDF_LENGTH = re.compile(rb"/Length\s+(\d{1,10})(?:\s+(\d{1,5})\s+R)?(?=[\s/>])")
_PDF_SUBTYPE = re.compile(rb"/Subtype\s*/([^\s/\[\]<>()]+)")
_PDF_NUMBER_OBJECT = re.compile(rb"(?<!\d)(\d{1,10})\s+(\d{1,5})\s+obj\s*(\d{1,10})\s*endobj")


def _pdfium_input(payload: bytes) -> bytes | None:
    """The PDF as PDFium may read it (images zeroed), or None when pypdf should read it."""
    images: list[tuple[int, int]] = []  # (start, end) of the data to zero
    budget = _MAX_PDF_DECODED
    numbers: dict[tuple[bytes, bytes], list[int]] | None = None  # "N G obj <int> endobj"
    position = 0
    while (found := payload.find(b"stream", position)) >= 0:
        position = found + 6
        if payload[found - 3 : found] == b"end":
            continue
        start = found + 6
        if payload[start : start + 2] == b"\r\n":
            start += 2
        elif payload[start : start + 1] in (b"\r", b"\n"):
            start += 1
        obj = payload.rfind(b"obj", 0, found)
        if obj < 0:
            return None
        header = payload[obj + 3 : found]
        if b"#" in header or b"%" in header:
            return None  # an escaped name or a comment could hide a key from the patterns
        lengths = _PDF_LENGTH.findall(header)
        if len(lengths) != 1:
            return None
        number, generation = lengths[0]
        if generation:
            if numbers is None:
                numbers = {}
                for key_number, key_generation, value in _PDF_NUMBER_OBJECT.findall(payload):
                    numbers.setdefault((key_number, key_generation), []).append(int(value))
            resolved = numbers.get((number, generation), [])
            if len(resolved) != 1:
                return None
            length = resolved[0]
        else:
            length = int(number)
        end = payload.find(b"endstream", start)
        if end < start + length or payload[start + length : end].strip(_PDF_WHITESPACE):
            return None  # PDFium would take its own view of where the data ends
        if _PDF_SUBTYPE.findall(header) == [b"Image"]:
            images.append((start, start + length))
            # Nothing up to the "endstream" at `end` can start a stream: the data is zeros
            # to PDFium, and what follows it only whitespace.
            position = end + 9
            continue
        decoded = _pdf_decoded_size(payload[start : start + length], header, budget)
        if decoded is None or decoded > budget:
            return None
        budget -= decoded
    if not images:
        return payload
    pieces: list[bytes | memoryview] = []
    done = 0
    for start, stop in images:
        pieces.append(payload[done:start])
        pieces.append(_zeros(stop - start))
        done = stop
    pieces.append(payload[done:])
    return b"".join(pieces)


# Zeros to copy from: a fresh bytes(n) of an image's size costs a page fault per 4 KB page
# to read (0.3 ms for a 300 KB image); this one's pages stay mapped to the zero page.
_ZEROS = bytes(1 << 22)


def _zeros(size: int) -> bytes | memoryview:
    return memoryview(_ZEROS)[:size] if size <= len(_ZEROS) else bytes(size)


def _pdf_decoded_size(data: bytes, header: bytes, budget: int) -> int | None:
    """What PDFium decodes a stream to, or more when that is over `budget`; None when it
    cannot tell."""
    filters = _PDF_FILTER.findall(header)
    if len(filters) != header.count(b"/Filter") or len(filters) > 1:
        return None  # an indirect filter, or one in a nested dictionary
    names: list[bytes] = []
    if filters:
        tokens = filters[0].strip(b"[]").split()
        if not all(token.startswith(b"/") for token in tokens):
            return None  # an indirect or odd filter
        names = [token[1:] for token in tokens]
    if not names or (len(names) == 1 and names[0] in _PDF_IMAGE_CODECS):
        return len(data)  # image codecs are only run for images
    if len(names) == 1 and names[0] in _PDF_FLATE:
        try:
            return len(zlib.decompressobj().decompress(data, budget + 1))
        except zlib.error:
            return None
    if len(names) == 2 and names[0] in _PDF_SHRINKING and names[1] in _PDF_FLATE:
        return 1032 * len(data) + 1024  # deflate's largest ratio
    return None


def _pdfium_text(payload: bytes, max_pages: int, limit: int) -> str:
    """The text of the first pages, as pypdfium2's PdfDocument/PdfPage/PdfTextPage give it,
    through its raw bindings: the helper objects' finalizers and bookkeeping cost a tenth
    of reading a one-page PDF."""
    import pypdfium2  # initialises the library
    import pypdfium2.raw as pdfium

    chunks: list[str] = []
    total = 0
    with _PDFIUM_LOCK:
        document = pdfium.FPDF_LoadMemDocument64(payload, len(payload), None)
        try:
            pages = pdfium.FPDF_GetPageCount(document) if document else 0
            if pages < 1:
                raise pypdfium2.PdfiumError("Failed to load document")
            for index in range(pages):
                if index >= max_pages or total >= limit:
                    break
                page = pdfium.FPDF_LoadPage(document, index)
                if not page:
                    raise pypdfium2.PdfiumError("Failed to load page.")
                try:
                    text_page = pdfium.FPDFText_LoadPage(page)
                    if not text_page:
                        raise pypdfium2.PdfiumError("Failed to load text page.")
                    try:
                        text = _pdfium_page_text(pdfium, text_page)
                    finally:
                        pdfium.FPDFText_ClosePage(text_page)
                finally:
                    pdfium.FPDF_ClosePage(page)
                # PDFium ends lines with CRLF, and a page without a line break; pypdf's
                # pages end with one, as the classifier learnt CVs (877 of 881 corpus PDFs).
                text = text.replace("\r\n", "\n").replace("\r", "\n")
                chunks.append(text + "\n" if text and not text.endswith("\n") else text)
                total += len(chunks[-1])
        finally:
            if document:
                pdfium.FPDF_CloseDocument(document)
    return "\n".join(chunks)[:limit]


def _pdfium_page_text(pdfium: Any, text_page: Any) -> str:
    """PdfTextPage.get_text_range(): all the page's text, without the chars PDFium leaves
    out at either end (pypdfium2 issue 261)."""
    count = pdfium.FPDFText_CountChars(text_page)
    if count == -1:
        raise RuntimeError("Failed to get character count.")
    found = _pdfium_active_range(pdfium, text_page, 0, count - 1)
    if not found:
        return ""
    text_start, text_end, left, right = found
    count -= left + right
    size = text_end + 2 - text_start  # with the NUL
    buffer = (ctypes.c_ushort * size)()
    written = pdfium.FPDFText_GetText(text_page, left, count, buffer)
    if written > size:
        raise RuntimeError(f"Buffer too small: {size} vs {written}")
    return codecs.decode(memoryview(buffer)[: written - 1], "utf-16-le", errors="ignore")


def _pdfium_active_range(
    pdfium: Any, text_page: Any, start: int, end: int, left: int = 0, right: int = 0
) -> tuple[int, int, int, int] | None:
    # recursive as in pypdfium2, so that a page that is all left-out chars fails alike
    if start > end:
        return None
    text_start: int = pdfium.FPDFText_GetTextIndexFromCharIndex(text_page, start)
    if text_start == -1:
        return _pdfium_active_range(pdfium, text_page, start + 1, end, left + 1, right)
    text_end: int = pdfium.FPDFText_GetTextIndexFromCharIndex(text_page, end)
    if text_end == -1:
        return _pdfium_active_range(pdfium, text_page, start, end - 1, left, right + 1)
    return text_start, text_end, left, right


def _pypdf_text(payload: bytes, max_pages: int, limit: int) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(payload), strict=False)
    if reader.is_encrypted:
        reader.decrypt("")
    chunks: list[str] = []
    total = 0
    for index, page in enumerate(reader.pages):
        if index >= max_pages or total >= limit:
            break
        text = page.extract_text() or ""
        chunks.append(text)
        total += len(text)
    return "\n".join(chunks)[:limit]


_WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WORD_TEXT = {f"{_WORD}tab": "\t", f"{_WORD}ptab": "\t", f"{_WORD}br": "\n", f"{_WORD}cr": "\n"}
_WORD_TEXT_TAGS = frozenset((f"{_WORD}t", f"{_WORD}noBreakHyphen", *_WORD_TEXT))
# What a DOCX's main part may inflate to (a CV is tens of KB; a zip bomb is not read).
_MAX_DOCX_XML = 20_000_000


def _word_paragraph(paragraph: ElementTree.Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag not in _WORD_TEXT_TAGS:
            continue
        if node.tag == f"{_WORD}t":
            parts.append(node.text or "")
        elif node.tag == f"{_WORD}noBreakHyphen":
            parts.append("-")
        else:
            parts.append(_WORD_TEXT[node.tag])
    return "".join(parts)


def _docx_text(payload: bytes, limit: int) -> str:
    """Body paragraphs, then table rows as `cell | cell`, like python-docx reads them, from
    word/document.xml with the stdlib parser: ~20x faster than building python-docx's
    object model, which was a third of the parse time of a CV backlog."""
    with zipfile.ZipFile(io.BytesIO(payload)) as archive:
        info = archive.getinfo("word/document.xml")
        if info.file_size > _MAX_DOCX_XML:
            raise ValueError(f"word/document.xml inflates to {info.file_size} bytes")
        root = ElementTree.fromstring(archive.read(info))
    body = root.find(f"{_WORD}body")
    if body is None:
        return ""
    chunks: list[str] = []
    total = 0
    for paragraph in body.iterfind(f"{_WORD}p"):
        chunks.append(_word_paragraph(paragraph))
        total += len(chunks[-1])
        if total >= limit:
            return "\n".join(chunks)[:limit]
    for table in body.iterfind(f"{_WORD}tbl"):
        for row in table.iterfind(f"{_WORD}tr"):
            cells: list[str] = []
            for cell in row.iterfind(f"{_WORD}tc"):
                text = "\n".join(_word_paragraph(p) for p in cell.iterfind(f"{_WORD}p"))
                if text and (not cells or cells[-1] != text):  # merged cells repeat
                    cells.append(text)
            chunks.append(" | ".join(cells))
            total += len(chunks[-1])
            if total >= limit:
                return "\n".join(chunks)[:limit]
    return "\n".join(chunks)[:limit]


def _odt_text(payload: bytes, limit: int) -> str:
    with zipfile.ZipFile(io.BytesIO(payload)) as archive, archive.open("content.xml") as handle:
        xml = handle.read(limit * 8).decode("utf-8", errors="replace")
    xml = re.sub(r"</text:(p|h)>|<text:line-break/>", "\n", xml)
    text = re.sub(r"<[^>]*>", "", xml)
    return _xml_unescape(text)[:limit]


def _rtf_text(payload: bytes, limit: int) -> str:
    raw = payload.decode("latin-1")
    raw = re.sub(
        r"\\'([0-9a-fA-F]{2})",
        lambda m: bytes([int(m.group(1), 16)]).decode("cp1252", "replace"),
        raw,
    )
    raw = re.sub(r"\\(par|line)\b ?", "\n", raw)
    raw = re.sub(r"\\[a-zA-Z]+-?\d* ?|[{}]", "", raw)
    return raw[:limit]


def _xml_unescape(text: str) -> str:
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'")):
        text = text.replace(entity, char)
    return text.replace("&amp;", "&")


# --------------------------------------------------------------------------- HTML


# A ParserConfig with annotation rules deep-copies the whole CSS profile: 3 ms, more than
# converting a typical HTML reply. Rendering sets the canvas of the config's <body> element
# (as inscriptis does with its shared default profile), so a config serves one thread.
_INSCRIPTIS = threading.local()


def _html_config() -> Any:
    config = getattr(_INSCRIPTIS, "config", None)
    if config is None:
        from inscriptis.model.config import ParserConfig

        config = _INSCRIPTIS.config = ParserConfig(annotation_rules={"blockquote": ["quote"]})
    return config


def _html_to_text(html: str, defects: list[str]) -> str:
    """HTML to text, with <blockquote> content marked as '>' quotes for quote_split()."""
    html = html[:_MAX_HTML_BYTES].replace("\x00", "")
    if not html.strip():
        return ""
    try:
        from inscriptis import get_annotated_text

        result = get_annotated_text(html, _html_config())
    except RecursionError:
        _add_defect(defects, "HTML too deeply nested")
        return _strip_tags(html)
    except Exception as exc:
        _add_defect(defects, f"HTML conversion failed: {type(exc).__name__}")
        return _strip_tags(html)
    text = str(result.get("text", ""))
    spans = sorted((int(start), int(end)) for start, end, _ in result.get("label", ()))
    lines: list[str] = []
    offset = 0
    span_index = 0
    for line in text.split("\n"):
        line_end = offset + len(line)
        while span_index < len(spans) and spans[span_index][1] <= offset:
            span_index += 1
        quoted = any(start < line_end and end > offset for start, end in spans[span_index:][:8])
        stripped = line.strip()
        lines.append(f"> {stripped}" if quoted and stripped else stripped)
        offset = line_end + 1
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def _strip_tags(html: str) -> str:
    text = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", html)
    text = re.sub(r"(?i)<br\s*/?>|</p\s*>|</div\s*>", "\n", text)
    return _xml_unescape(re.sub(r"<[^>]{0,2000}>", "", text))


# --------------------------------------------------------------------------- quote splitting

_NEW, _QUOTE_MARK, _KNOWN, _HISTORY = 0, 1, 2, 3

_ATTRIBUTION_VERBS = (
    r"wrote|escreveu|escribió|escribio|a\s+écrit|a\s+ecrit|(?:schrieb|schreef)(?:\s.{0,200})?"
    r"|ha\s+scritto|skrev|napisał"
)
_OWN_ATTRIBUTIONS = [
    rf"(?:On|Em|Le|El|Am|Il|Op|Den|Dnia|Às|A\s+las)\b.{{2,{_ATTRIBUTION_WINDOW}}}?"
    rf"(?:{_ATTRIBUTION_VERBS})\s*:",
    # "Jane Doe <jane@x.org> wrote:" and "2024-06-07 9:00 GMT+01:00 Jane <j@x> escreveu:"
    rf"[^\n]{{0,300}}(?:@|\d)[^\n]{{0,300}}\s(?:{_ATTRIBUTION_VERBS})\s*:",
    r"-{3,}\s*(?:Original Message|Mensagem original|Mensaje original|Message d'origine"
    r"|Ursprüngliche Nachricht|Messaggio originale|Oorspronkelijk bericht)\s*-{3,}",
]


def _library_attributions() -> list[str]:
    """The mail-parser-reply "wrote" patterns for the languages our readers write in."""
    patterns = []
    for language in ("en", "de", "fr", "es", "it", "nl"):
        pattern = MAIL_LANGUAGES.get(language, {}).get("wrote_header")
        if isinstance(pattern, str):
            patterns.append(pattern)
    return patterns


_ATTRIBUTION = re.compile(
    "|".join(f"(?:^(?:{p})$)" for p in _OWN_ATTRIBUTIONS)
    + "|"
    + "|".join(f"(?:{p})" for p in _library_attributions()),
    re.IGNORECASE | re.DOTALL,
)
_SHORT_ATTRIBUTION = re.compile(rf"^[^:]{{1,100}}\s(?:{_ATTRIBUTION_VERBS})\s*:$", re.IGNORECASE)
_OUTLOOK_FROM = re.compile(
    r"^\*?\s*(?:From|De|Von|Da|Van|Od|Från|Fra)\s*:\s*\*?\s*\S", re.IGNORECASE
)
_OUTLOOK_DATE_FIELD = (
    r"Sent|Date|Envoyé|Enviado(?:\s+(?:el|em))?|Enviada(?:\s+em)?|Gesendet|Datum|Fecha|Data"
    r"|Inviato|Verzonden"
)
_OUTLOOK_FIELD = re.compile(
    rf"^\*?\s*(?:(?P<date>{_OUTLOOK_DATE_FIELD})|To|À|A|Para|An|Aan|Subject|Objet|Assunto|Asunto"
    r"|Betreff|Oggetto|Onderwerp|Cc)\s*\*?\s*:",
    re.IGNORECASE,
)
_OUTLOOK_ONE_LINE = re.compile(
    r"^\*?\s*(?:From|De|Von)\s*:.{1,300}\b(?:Sent|Envoyé|Enviado|Gesendet|Date)\s*:", re.IGNORECASE
)
_UNDERSCORE_RULE = re.compile(r"^_{20,}\s*$")

_FORWARD_MARKER = re.compile(
    r"^\s*(?:-{2,}\s*(?:Forwarded message|Forwarded Message|Message transféré|Message transfere"
    r"|Mensagem encaminhada|Mensaje reenviado|Weitergeleitete Nachricht|Messaggio inoltrato"
    r"|Doorgestuurd bericht)\s*-{2,}"
    r"|Begin forwarded message\s*:|Anfang der weitergeleiteten Nachricht\s*:"
    r"|Début du message réexpédié\s*:|Início da mensagem reencaminhada\s*:"
    r"|Comienzo del mensaje reenviado\s*:|Inicio del mensaje reenviado\s*:)\s*$",
    re.IGNORECASE | re.MULTILINE,
)

_FORWARD_MARKER_STARTS = frozenset("-—BbAaDdIiCc")
_FORWARD_SUBJECT = re.compile(r"^\s*(?:\[[^\]]{0,40}\]\s*)?(?:fwd?|fw|tr|wg|rv|enc|i)\s*:", re.I)
_SENT_FROM = re.compile(
    r"^(?:Sent from my\b|Sent from (?:Mail|Outlook|Yahoo)|Get Outlook for\b|Enviado do meu\b"
    r"|Enviado desde mi\b|Enviado de meu\b|Enviado a partir do\b|Von meinem\b.{0,40}gesendet"
    r"|Gesendet von meinem\b|Gesendet mit\b|Envoyé de mon\b|Envoyé depuis mon\b"
    r"|Inviato da\b|Verzonden (?:vanaf|met) mijn\b)",
    re.IGNORECASE,
)
_DISCLAIMER = re.compile(
    r"^(?:\**\s*)(?:"
    r"(?:confidentiality|legal|important|privileged)\s+(?:notice|note|information|disclaimer)"
    r"|disclaimer\s*:|confidential(?:ity)?\s*:"
    r"|(?:this|the)\s+(?:e-?mail|message|communication|transmission)\b.{0,200}"
    r"(?:confidential|privileged|intended\s+(?:only|solely)|intended\s+recipient)"
    r"|the\s+information\s+(?:contained\s+)?in\s+this\b.{0,200}(?:confidential|privileged)"
    r"|(?:esta|este)\s+(?:mensagem|e-?mail|mensaje|correo)\b.{0,200}confidencia"
    r"|(?:diese|der\s+inhalt\s+dieser)\s+(?:e-?mail|nachricht)\b.{0,200}vertraulich"
    r"|(?:ce|cet)\s+(?:message|courriel|e-?mail)\b.{0,200}confidentiel"
    r")",
    re.IGNORECASE | re.DOTALL,
)
_WORDS = re.compile(r"\w+")
_GREETING = re.compile(
    r"(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening)|olá|ola|oi|bom\s+dia|boa\s+tarde"
    r"|prezado|prezada|hola|buenos\s+días|buenas|estimado|estimada|hallo|guten\s+tag|liebe[rs]?"
    r"|sehr\s+geehrte[rs]?|bonjour|bonsoir|salut|cher|chère|ciao|buongiorno)\b",
    re.IGNORECASE,
)
_GREETING_MIN_DEPTH = 5


@lru_cache(maxsize=8)
def _known_corpus(known_texts: tuple[str, ...]) -> tuple[str, frozenset[str]]:
    """The known texts' words, space-separated, and the set of them."""
    words = []
    for text in known_texts:
        words.extend(_WORDS.findall(text.lower()))
    return " " + " ".join(words) + " ", frozenset(words)


def _is_quote_mark(line: str) -> bool:
    return line.lstrip(" \t\u00a0").startswith(">")


def _attribution_span(lines: list[str], index: int) -> int:
    """If an attribution (or Outlook header block) starts at lines[index], its last line index."""
    line = lines[index].strip()
    if not line or len(line) > _ATTRIBUTION_WINDOW:
        return -1
    if _UNDERSCORE_RULE.match(line):
        for ahead in range(index + 1, min(index + 3, len(lines))):
            if lines[ahead].strip():
                end = _outlook_block_end(lines, ahead)
                return end if end >= 0 else -1
        return -1
    if line[0] in "-\u2014" and _ATTRIBUTION.match(line):
        return index
    end = _outlook_block_end(lines, index)
    if end >= 0:
        return end
    if not line[0].isalnum() and line[0] not in "\"'(*<":
        return -1
    # An attribution may be wrapped over up to three lines; it ends with ":".
    window = line
    for last in range(index, min(index + 3, len(lines))):
        if last > index:
            extra = lines[last].strip()
            if not extra or _is_quote_mark(extra):
                break
            window = f"{window}\n{extra}"
        if len(window) > _ATTRIBUTION_WINDOW:
            break
        if window.endswith(":") and _ATTRIBUTION.match(window):
            return last
    # "Marc Slemko wrote:" names no date or address; trust it only right above a '>' quote.
    if len(line) <= 120 and line.endswith(":") and _SHORT_ATTRIBUTION.match(line):
        following = next((other for other in lines[index + 1 : index + 4] if other.strip()), "")
        if _is_quote_mark(following):
            return index
    return -1


def _attribution_candidates(lines: list[str]) -> set[int]:
    """The indexes where _attribution_span() can find something: every rule it applies
    needs a ':' in the line or at the end of one of the two after it, or a line opening
    with '_', '-' or an em dash. Most lines of a reply have none of these, and ruling them
    out here costs a tenth of calling _attribution_span() on each."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        if ":" in line:
            found.add(index)
            if line.rstrip().endswith(":"):
                found.update((index - 1, index - 2))
        elif line.lstrip()[:1] in ("_", "-", "\u2014"):
            found.add(index)
    return found


def _outlook_block_end(lines: list[str], index: int) -> int:
    line = lines[index].strip()
    if _OUTLOOK_ONE_LINE.match(line):
        return index
    if not _OUTLOOK_FROM.match(line):
        return -1
    # "From: Lisbon" in someone's own text is no header block: one needs a date field too.
    fields = 0
    has_date = False
    last = index
    for ahead in range(index + 1, min(index + 6, len(lines))):
        candidate = lines[ahead].strip()
        if not candidate:
            if fields:
                break
            continue
        field = _OUTLOOK_FIELD.match(candidate)
        if field:
            fields += 1
            has_date = has_date or field.group("date") is not None
            last = ahead
        elif fields:
            break
    return last if has_date and (fields >= 2 or "@" in line) else -1


def _mark_known(lines: list[str], kinds: list[int], known: tuple[str, frozenset[str]]) -> None:
    """Mark lines that repeat a known text (the newsletter), however the client re-wrapped it."""
    corpus, vocabulary = known
    for index, line in enumerate(lines):
        if kinds[index] != _NEW:
            continue
        words = _WORDS.findall(line.lower())
        long_enough = len(words) >= 4 or (len(words) >= 3 and len(line) >= 20)
        # a word the known texts lack rules the line out without searching them
        if long_enough and vocabulary.issuperset(words) and f" {' '.join(words)} " in corpus:
            kinds[index] = _KNOWN
    # Short lines ("Hey,", "Sergio Pereira,") between two known lines belong to the same quote.
    previous_known = -1
    for index, kind in enumerate(kinds):
        if kind != _KNOWN:
            continue
        if previous_known >= 0 and index - previous_known > 1:
            gap = range(previous_known + 1, index)
            if index - previous_known <= 6 and all(
                kinds[g] == _NEW and len(_WORDS.findall(lines[g])) < 4 for g in gap
            ):
                for g in gap:
                    kinds[g] = _KNOWN
        previous_known = index


def _mark_history(lines: list[str], kinds: list[int]) -> int:
    """Mark attribution lines and the history they introduce.

    Returns where an unmarked history that runs to the end starts (-1 when there is none).
    """
    unmarked_from = -1
    index = 0
    total = len(lines)
    candidates = _attribution_candidates(lines)
    while index < total:
        if kinds[index] != _NEW or index not in candidates:
            index += 1
            continue
        end = _attribution_span(lines, index)
        if end < 0:
            index += 1
            continue
        for k in range(index, end + 1):
            kinds[k] = _HISTORY
        following = end + 1
        while following < total and not lines[following].strip():
            following += 1
        if following < total and kinds[following] != _NEW:
            # A quoted block ('>' or known text) follows: text after it is a bottom-posted reply.
            quote_kind = kinds[following]
            while following < total and (
                kinds[following] == quote_kind or not lines[following].strip()
            ):
                following += 1
            index = following
            continue
        # Unquoted history (Outlook style): it runs to the last quoted line, else to the end.
        # With a known text (the newsletter) we can tell where the history ends, and what
        # follows it is a bottom-posted reply. Without one, history runs to the end.
        last_known = max((k for k in range(following, total) if kinds[k] == _KNOWN), default=-1)
        stop = last_known + 1 if last_known >= 0 else total
        if last_known < 0:
            unmarked_from = following
        for k in range(following, stop):
            kinds[k] = _HISTORY
        index = stop
    return unmarked_from


def _recover_bottom_post(lines: list[str], kinds: list[int], history_from: int) -> None:
    """Nothing new above an unmarked history: look for a reply posted below it.

    Without '>' marks or a known text, the one sign is a greeting that opens a paragraph well
    inside the history (the quoted message's own greeting sits at its top). Only used when the
    alternative is an empty reply.
    """
    for index in range(len(lines) - 1, history_from + _GREETING_MIN_DEPTH - 1, -1):
        if (
            kinds[index] == _HISTORY
            and not lines[index - 1].strip()
            and (_GREETING.match(lines[index].strip()))
        ):
            for k in range(index, len(lines)):
                if not _is_quote_mark(lines[k]):
                    kinds[k] = _NEW
            return


def _split_signature(lines: list[str], kinds: list[int]) -> list[bool]:
    """Which new-text lines are signature: from a delimiter to the end of its block."""
    signature = [False] * len(lines)
    seen_text = False
    in_signature = False
    for index, line in enumerate(lines):
        if kinds[index] != _NEW:
            in_signature = False
            continue
        stripped = line.strip()
        if not in_signature and stripped:
            starts_paragraph = index == 0 or not lines[index - 1].strip()
            if (
                line.rstrip() in ("--", "-- ")
                or (line.startswith("-- ") and len(stripped) < 60)
                or (_SENT_FROM.match(stripped) and len(stripped) < 80)
                or (
                    seen_text
                    and starts_paragraph
                    and _DISCLAIMER.match(" ".join(lines[index : index + 3])[:400])
                )
            ):
                in_signature = True
        if in_signature:
            signature[index] = True
        elif stripped:
            seen_text = True
    return signature


def _join(lines: Iterable[str]) -> str:
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def quote_split(text: str, known_texts: Sequence[str] = ()) -> tuple[str, str, str]:
    """Split a reply body into (new text, quoted history, signature).

    `known_texts` are texts the sender may quote without any marker (the newsletter being
    replied to): lines repeating them count as quoted however they were re-wrapped.
    """
    lines = [
        line if line == "-- " else line.rstrip()
        for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    kinds = [_QUOTE_MARK if _is_quote_mark(line) else _NEW for line in lines]
    if known_texts:
        _mark_known(lines, kinds, _known_corpus(tuple(known_texts)))
    unmarked_history_from = _mark_history(lines, kinds)
    if unmarked_history_from >= 0 and not any(
        kinds[i] == _NEW and lines[i].strip() for i in range(len(lines))
    ):
        _recover_bottom_post(lines, kinds, unmarked_history_from)
    signature = _split_signature(lines, kinds)
    new = _join(line for i, line in enumerate(lines) if kinds[i] == _NEW and not signature[i])
    quoted = _join(line for i, line in enumerate(lines) if kinds[i] != _NEW)
    sig = _join(line for i, line in enumerate(lines) if signature[i])
    return new, quoted, sig


def _split_inline_forward(text: str) -> tuple[str, str]:
    """(text before an unquoted forward marker, the forwarded text including the marker).

    A marker below the first attribution belongs to the quoted history, not to this sender.
    """
    offset = 0
    lines = text.split("\n")
    candidates = _attribution_candidates(lines)
    for index, line in enumerate(lines):
        stripped = line.strip()
        if (
            stripped[:1] in _FORWARD_MARKER_STARTS
            and len(stripped) < 120
            and _FORWARD_MARKER.match(stripped)
        ):
            return text[:offset], text[offset:].strip()
        if (
            index in candidates
            and not _is_quote_mark(stripped)
            and _attribution_span(lines, index) >= 0
        ):
            break
        offset += len(line) + 1
    return text, ""


# --------------------------------------------------------------------------- entry point


_MEMO_HEADERS = frozenset(("content-type", "content-disposition", "content-transfer-encoding"))


# What policy.default makes of a MIME header, as a plain str: the parser and Message's
# methods only ever read the text of these headers (get_content_type, get_param, the
# transfer encoding), never the header object's attributes. A header object carries a class
# of its own (~7 KB: 2,048 of them held 14 MB); the text is small.
@lru_cache(maxsize=1024)
def _memo_header(name: str, value: str) -> str:
    return str(email.policy.default.header_fetch_parse(name, value))


# A multipart Content-Type is unique to its message by its boundary, which made every one a
# cache miss and a 0.1 ms parse. A boundary of these characters is one plain token, quoted or
# not, to the header parser, which renders it as a quoted string: its Content-Type reads
# the same with any other such boundary in its place.
_SIMPLE_BOUNDARY = re.compile(
    r";[ \t]*boundary[ \t]*=[ \t]*"
    r"""(?:"(?P<quoted>[A-Za-z0-9'()+_,./:=-]{1,200})"|(?P<token>[A-Za-z0-9_.-]{1,200}))"""
    r"(?=[ \t]*(?:;|\Z))",
    re.IGNORECASE,
)
_BOUNDARY_STANDIN = "MailbotBoundaryStandIn"


# The parser reads a part's Content-Type five times or so.
@lru_cache(maxsize=256)
def _mime_header(name: str, value: str) -> str:
    if name.lower() == "content-type" and "boundary" in value.lower():
        unfolded = value.replace("\r", "").replace("\n", "")  # as policy.default does
        matches = list(_SIMPLE_BOUNDARY.finditer(unfolded))
        if len(matches) == 1 and _BOUNDARY_STANDIN.lower() not in unfolded.lower():
            group = "quoted" if matches[0].group("quoted") is not None else "token"
            start, end = matches[0].span(group)
            text = _memo_header(name, unfolded[:start] + _BOUNDARY_STANDIN + unfolded[end:])
            if text.count(_BOUNDARY_STANDIN) == 1:
                return text.replace(_BOUNDARY_STANDIN, unfolded[start:end])
    return _memo_header(name, value)


class _MemoPolicy(email.policy.EmailPolicy):
    """policy.default, remembering the text of parsed MIME headers.

    The parser and our walk re-read Content-Type several times per part and policy.default
    builds a new header object each time (the largest cost of parsing a plain reply). These
    values repeat across parts and messages, boundaries aside (see _mime_header).
    """

    def header_fetch_parse(self, name: str, value: str) -> str:
        if name.lower() in _MEMO_HEADERS and len(value) < 1000:
            return _mime_header(name, value)
        header: str = email.policy.default.header_fetch_parse(name, value)
        return header


_POLICY = _MemoPolicy()


# A run of lines of nothing but the base64 alphabet: no boundary ("--"), header (":"), blank
# line or space can be among them, so the parser can only append them to the payload of the
# part they are in. It reads a message line by line, in Python: a 200 KB PDF is 3,500
# lines, and reading them was 6 of the 10 ms a message with one took. So long runs are cut
# out before it and put back after.
_BASE64_ALPHABET = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
# bytes -> b"A" (alphabet), CR and LF (the parser's line breaks) as they are, b"#" (any
# other byte)
_RUN_CLASSES = bytes(
    ord("A") if byte in _BASE64_ALPHABET else byte if byte in b"\r\n" else ord("#")
    for byte in range(256)
)
_RUN_PROBE = b"A" * 60  # a run has base64 lines of 60-76 characters
_MAX_RUN_WIDTH = 1000  # RFC 5322's line limit
_MIN_RUN_LINES = 32
_MIN_ELIDE = 16_384  # smaller messages are parsed as they are
_RUN_TOKEN = "Xmailbotrun"
_RUN_TOKEN_RE = re.compile(_RUN_TOKEN + r"([0-9]{6})")


def _base64_runs(data: bytes) -> list[tuple[int, int]]:
    """(start, end) of runs of at least _MIN_RUN_LINES whole lines of one length, as base64
    encoders write them (and a shorter last line), of nothing but base64 characters, ended
    by LF or by CRLF.

    With bytes.translate/find/startswith and strided slices, not a regex: the regex engine
    took 1 ms per 300 KB, more than half of the parse time it saved. Every search is
    bounded or moves forward, so hostile bytes cost time linear in their size."""
    classes = data.translate(_RUN_CLASSES)
    size = len(classes)
    runs: list[tuple[int, int]] = []
    stop = -1
    probe = classes.find(_RUN_PROBE)
    while probe >= 0:
        if stop < probe:  # the next other character: where any run through `probe` ends
            stop = classes.find(b"#", probe)
            stop = size if stop < 0 else stop
        start = classes.rfind(b"\n", max(0, probe - _MAX_RUN_WIDTH), probe) + 1
        line_end = classes.find(b"\n", probe, probe + _MAX_RUN_WIDTH) + 1
        after = line_end if line_end else probe + _MAX_RUN_WIDTH
        if start and line_end and classes.find(b"#", start, probe) < 0:
            ending = b"\r\n" if classes[line_end - 2] == ord("\r") else b"\n"
            line = b"A" * (line_end - start - len(ending)) + ending
            count = _same_width_lines(classes, start, len(line), stop)
            end = start + count * len(line)
            if count >= _MIN_RUN_LINES:
                if classes.startswith(line * count, start):
                    last_end = classes.find(b"\n", end, stop) + 1
                    last = classes[end:last_end].removesuffix(ending)
                    if last_end and last and last == line[: len(last)]:
                        end = last_end
                    runs.append((start, end))
                    after = end
                else:  # a line break inside the lines: not a run, and none up to `stop`
                    after = stop
        probe = classes.find(_RUN_PROBE, after)
    return runs


# More blank lines than this in a message and _decoded_runs() leaves it to _base64_runs().
_MAX_BODY_STARTS = 64
_BLANK_LINE = re.compile(rb"\n\r?\n")


def _decoded_runs(data: bytes) -> list[tuple[int, int, bytes]] | None:
    """(start, end, decoded) of the runs _base64_runs() finds at the start of a body (after
    a blank line), where base64 parts have theirs; None when it cannot tell (too many blank
    lines, a run not strictly valid base64), and _base64_runs() should look.

    _base64_runs() reads every byte to find the runs (0.25 ms for a 300 KB PDF); here the
    line ends are checked with strided slices, and the lines' characters by decoding them
    strictly, which the payload needed anyway."""
    try:
        import pybase64
    except ImportError:
        return None
    runs: list[tuple[int, int, bytes]] = []
    position = 0
    for _ in range(_MAX_BODY_STARTS):
        blank = _BLANK_LINE.search(data, position)  # bytes.find(b"\n\n") is 1 ns a byte
        if blank is None:
            return runs
        start = blank.end()
        position = blank.start() + 1
        line_end = data.find(b"\n", start, start + _MAX_RUN_WIDTH) + 1
        if not line_end:
            continue
        ending = b"\r\n" if data[line_end - 2 : line_end - 1] == b"\r" else b"\n"
        width = line_end - start
        chars = width - len(ending)
        if (
            chars < len(_RUN_PROBE)
            or data[start:line_end].translate(None, _BASE64_ALPHABET) != ending
        ):
            continue
        count = _same_width_lines(data, start, width, len(data))
        if len(ending) == 2:  # and a CR before each LF
            returns = data[start + width - 2 : start + count * width : width]
            count = len(returns) - len(returns.lstrip(b"\r"))
        if count < _MIN_RUN_LINES:
            continue
        end = start + count * width
        data_chars = count * chars
        last_end = data.find(b"\n", end, end + width) + 1
        if last_end:
            last = data[end:last_end]
            if (
                last.endswith(ending)
                and 0 < len(last) - len(ending) < chars
                and last.translate(None, _BASE64_ALPHABET) == ending
            ):
                end = last_end
                data_chars += len(last) - len(ending)
        padding = (
            2
            if data.endswith(b"==" + ending, start, end)
            else 1
            if data.endswith(b"=" + ending, start, end)
            else 0
        )
        try:
            # a view, not a slice: a copy of 300 KB is a page fault every 4 KB
            decoded = pybase64.b64decode(
                memoryview(data)[start:end], validate=True, ignorechars=b"\r\n"
            )
        except (binascii.Error, ValueError, TypeError):
            return None
        # every line end where the strides said, and no other (a CR inside a line)
        if data_chars % 4 or len(decoded) != data_chars // 4 * 3 - padding:
            return None
        runs.append((start, end, decoded))
        position = end
    return None


def _same_width_lines(classes: bytes, start: int, width: int, stop: int) -> int:
    """How many `width`-byte slots from `start` (before `stop`) end with LF: checked in
    windows that double, so a short run costs little however long the text after it."""
    count = 0
    window = 64
    while True:
        limit = min(stop, start + (count + window) * width)
        ends = classes[start + (count + 1) * width - 1 : limit : width]
        good = len(ends) - len(ends.lstrip(b"\n"))
        count += good
        if good < len(ends) or limit == stop:
            return count
        window *= 2


def _message_from_bytes(data: bytes, runs: _Runs | None = None) -> Message:
    """email.message_from_bytes(data, policy=_POLICY), without reading long base64 runs line
    by line; the tree is the same: each run is put back into the payload it was cut from,
    else (a run in a preamble, say) the message is parsed again as it is.

    `runs` learns the parts whose payload is one run (and line ends), with its bytes."""
    if len(data) >= _MIN_ELIDE:
        fast = _decoded_runs(data)
        spans = [(start, end) for start, end, _ in fast] if fast else _base64_runs(data)
        if spans:
            token = _RUN_TOKEN.encode()
            view = memoryview(data)  # the runs are decoded from it without copies
            pieces: list[bytes] = []
            texts: list[str] = []
            done = 0
            for start, end in spans:
                # the token keeps the run's last line end: the parser drops the one before
                # a boundary, and so must the payload it is put back into
                ending = b"\r\n" if data.endswith(b"\r\n", start, end) else b"\n"
                pieces.append(data[done:start])
                pieces.append(b"%s%06d%s" % (token, len(texts), ending))
                texts.append(str(view[start:end], "ascii"))
                done = end
            pieces.append(data[done:])
            # A token in the message itself would be taken for one of ours. Only the text
            # between the runs can hold one (a run is whole lines, a token is in one line),
            # and it is a fraction of the message: a run is 140 us to search.
            if any(token in piece for piece in pieces[::2]):
                return _feed_parse(data)
            msg = _feed_parse(b"".join(pieces))
            whole: list[tuple[Message, int]] = []
            if _restore_runs(msg, texts, whole):
                if runs is not None:
                    for part, index in whole:
                        start, end = spans[index]
                        decoded = fast[index][2] if fast else None
                        runs[id(part)] = (part, view[start:end], decoded)
                return msg
    return _feed_parse(data)


def _restore_runs(msg: Message, runs: list[str], whole: list[tuple[Message, int]]) -> bool:
    """Put each cut run (with its last line end, which its token kept) back into its
    payload; False unless all were found exactly once.

    `whole` learns the parts whose payload was nothing but a token and line ends."""
    restored = [False] * len(runs)
    found_all = True

    def put_back(match: re.Match[str], rest: str | None = None) -> str:
        """The run for the token `match`; with `rest`, the text after the token to the end
        of the payload, the run followed by it (the run itself, not a copy, when that is
        the line end it ends with: a copy of a 300 KB run costs 0.1-0.3 ms)."""
        nonlocal found_all
        index = int(match.group(1))
        if index >= len(runs) or restored[index]:
            found_all = False
            return match.group() if rest is None else match.group() + rest
        restored[index] = True
        run = runs[index]
        ending = "\r\n" if run.endswith("\r\n") else "\n"
        if rest == ending:
            return run
        return run[: -len(ending)] if rest is None else run[: -len(ending)] + rest

    parts = [msg]  # not msg.walk(): it recurses, and the tree may be thousands deep
    while parts:
        part = parts.pop()
        # the payload as parsed: get_payload() would decode 8-bit text
        payload = getattr(part, "_payload", None)
        if isinstance(payload, list):
            parts.extend(child for child in payload if isinstance(child, Message))
        elif isinstance(payload, str) and _RUN_TOKEN in payload:
            token = _RUN_TOKEN_RE.fullmatch(payload.rstrip("\r\n"))
            if token is not None:
                whole.append((part, int(token.group(1))))
                part.set_payload(put_back(token, payload[token.end() :]))
                continue
            part.set_payload(_RUN_TOKEN_RE.sub(put_back, payload))
    return found_all and all(restored)


def _feed_parse(data: bytes) -> Message:
    """email.message_from_bytes(data, policy=_POLICY): the same tree, built directly when the
    message is well formed (see _Direct), else by the stdlib's feed parser."""
    tree = _Direct.parse(data.decode("ascii", "surrogateescape"))
    return tree if tree is not None else email.message_from_bytes(data, policy=_POLICY)


class _NotPlain(Exception):
    """Something the stdlib's feed parser would note as a defect or treat specially."""


class _Direct:
    """The stdlib's feed parser for well-formed messages, from a list of lines rather than
    line by line through a stack of generators and boundary matchers (the tests hold it to
    the feed parser of the Python they run on).

    It takes the same steps and stores the same things (headers as header_source_parse
    gives them, payloads, preambles, epilogues, the line end dropped before a boundary),
    and gives up (None) where the feed parser would record a defect or do anything else:
    a unix From line, a missing header/body separator, a multipart without boundary, a
    start or close boundary missing, a digest, a delivery status. What it saves is the feed
    parser's per-line overhead and the regex it compiles for every boundary (10% of the
    parse time of bench mail, whose boundaries never repeat).
    """

    _MAX_DEPTH = 30

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines

    @classmethod
    def parse(cls, text: str) -> Message | None:
        # The feed parser splits lines at CR, LF and CRLF only; str.splitlines() at more.
        if any(char in text for char in "\x0b\x0c\x1c\x1d\x1e"):
            return None
        direct = cls(text.splitlines(keepends=True))
        root = EmailMessage(policy=_POLICY)
        try:
            direct.content(root, 0, len(direct.lines), 0)
        except Exception:  # _NotPlain, or an error the feed parser may meet too
            return None
        if root.get_content_maintype() == "multipart" and not root.is_multipart():
            return None  # MultipartInvariantViolationDefect
        return root

    def content(self, msg: Message, start: int, stop: int, depth: int) -> Message:
        """Parse lines[start:stop] into `msg`; the message the parser made last, whose
        line end before a boundary is dropped (see multipart)."""
        if depth > self._MAX_DEPTH:
            raise _NotPlain
        body = self.headers(msg, start, stop)
        if msg.get_content_type() == "message/delivery-status":
            raise _NotPlain
        maintype = msg.get_content_maintype()
        if maintype == "message":
            inner = EmailMessage(policy=_POLICY)
            msg.attach(inner)
            return self.content(inner, body, stop, depth + 1)
        if maintype == "multipart":
            self.multipart(msg, body, stop, depth)
            return msg
        msg.set_payload("".join(self.lines[body:stop]))
        return msg

    def headers(self, msg: Message, start: int, stop: int) -> int:
        """Read the header block into `msg`; where the body starts."""
        index = start
        block: list[str] = []
        while index < stop:
            line = self.lines[index]
            if _FEED_HEADER.match(line):
                block.append(line)
                index += 1
                continue
            if not _FEED_NEWLINE.match(line):
                raise _NotPlain  # MissingHeaderBodySeparatorDefect
            index += 1
            break
        value: list[str] = []
        for line in block:
            if line[0] in " \t":
                if not value:
                    raise _NotPlain  # FirstHeaderLineIsContinuationDefect
                value.append(line)
                continue
            if value:
                msg.set_raw(*_POLICY.header_source_parse(value))
            if line.startswith("From ") or line.find(":") <= 0:
                raise _NotPlain  # a unix From line or no header name
            value = [line]
        if value:
            msg.set_raw(*_POLICY.header_source_parse(value))
        return index

    def multipart(self, msg: Message, start: int, stop: int, depth: int) -> None:
        if msg.get_content_type() == "multipart/digest":
            raise _NotPlain  # its parts default to message/rfc822
        boundary = msg.get_boundary()
        if boundary is None:
            raise _NotPlain  # NoBoundaryInMultipartDefect
        encoding = str(msg.get("content-transfer-encoding", "8bit")).lower()
        if encoding not in ("7bit", "8bit", "binary"):
            raise _NotPlain  # InvalidMultipartContentTransferEncodingDefect
        separator = "--" + boundary
        lines = self.lines
        preamble: list[str] = []
        in_preamble = True
        close_ending: str | None = None
        index = start
        while index < stop:
            line = lines[index]
            mark = _boundary_mark(line, separator)
            if mark is None:
                if not in_preamble:
                    raise _NotPlain
                preamble.append(line)
                index += 1
                continue
            closing, ending = mark
            if closing:
                close_ending = ending or ""
                index += 1
                break
            if in_preamble:
                if preamble:
                    # RFC 2046: the line end before a boundary belongs to the boundary
                    preamble[-1] = _drop_line_end(preamble[-1])
                    msg.preamble = "".join(preamble)
                in_preamble = False
                continue
            index += 1
            while index < stop and _boundary_mark(lines[index], separator) is not None:
                index += 1  # more boundary lines: no part between them
            end = index
            while end < stop and _boundary_mark(lines[end], separator) is None:
                end += 1
            part = EmailMessage(policy=_POLICY)
            msg.attach(part)
            last = self.content(part, index, end, depth + 1)
            if last.get_content_maintype() == "multipart":
                epilogue = last.epilogue
                if epilogue == "":
                    last.epilogue = None
                elif epilogue is not None:
                    last.epilogue = _drop_line_end(epilogue)
            else:
                payload = getattr(last, "_payload", None)
                if isinstance(payload, str):
                    last.set_payload(_drop_line_end(payload))
            index = end
        if in_preamble or close_ending is None:
            raise _NotPlain  # StartBoundaryNotFoundDefect, CloseBoundaryNotFoundDefect
        epilogue_lines = lines[index:stop]
        if close_ending:
            msg.epilogue = "".join(epilogue_lines)
        else:
            first = _FEED_NEWLINE.match(epilogue_lines[0]) if epilogue_lines else None
            if first is not None:
                epilogue_lines[0] = epilogue_lines[0][first.end() :]
            msg.epilogue = "".join(epilogue_lines)


_FEED_HEADER = re.compile(r"^(From |[\041-\071\073-\176]*:|[\t ])")  # feedparser.headerRE
_FEED_NEWLINE = re.compile(r"\r\n|\r|\n")  # feedparser.NLCRE, NLCRE_bol
_FEED_LINE_END = re.compile(r"(\r\n|\r|\n)\Z")  # feedparser.NLCRE_eol


def _drop_line_end(text: str) -> str:
    """text with _FEED_LINE_END removed: by its last characters, as a search for the regex
    tries every position of a part's payload."""
    if text.endswith("\r\n"):
        return text[:-2]
    return text[:-1] if text.endswith(("\r", "\n")) else text


def _boundary_mark(line: str, separator: str) -> tuple[bool, str | None] | None:
    """What the feed parser's boundary regex makes of `line`: None when it does not match,
    else (whether it is the close boundary, its line end or None)."""
    if not line.startswith(separator):
        return None
    rest = line[len(separator) :]
    if rest.startswith("--"):
        ending = rest[2:].lstrip(" \t")
        if ending in ("", "\r\n", "\r", "\n"):
            return True, ending or None
    ending = rest.lstrip(" \t")
    if ending in ("", "\r\n", "\r", "\n"):
        return False, ending or None
    return None


def _synthetic_message_id(data: bytes) -> str:
    return f"<{hashlib.sha256(data).hexdigest()[:32]}@mailbot.invalid>"


def _parse_tree(data: bytes, defects: list[str], runs: _Runs) -> Message:
    try:
        return _message_from_bytes(data, runs)
    except RecursionError:
        _add_defect(defects, "MIME structure too deeply nested; body not parsed")
    except Exception as exc:
        _add_defect(defects, f"unparseable message: {type(exc).__name__}")
    try:
        separator = b"\r\n\r\n" if b"\r\n\r\n" in data else b"\n\n"
        head, _, body = data.partition(separator)
        fallback = email.message_from_bytes(head + b"\n\n", policy=email.policy.compat32)
        del fallback["content-type"]
        del fallback["content-transfer-encoding"]
        fallback.set_payload(body.decode("utf-8", errors="replace")[:_MAX_BODY_CHARS])
        return fallback
    except Exception:
        return Message()


def parse_message(
    data: bytes,
    *,
    max_attachment_text: int = 200_000,
    max_pdf_pages: int = 20,
    max_doc_bytes: int = 10_000_000,
    known_texts: Sequence[str] = (),
    native_pdf: bool = True,
) -> ParsedMessage:
    """Parse raw RFC 5322 bytes. Never raises; problems are listed in `defects`.

    `known_texts`: texts replies may quote without '>' (the newsletter), see quote_split().
    `native_pdf`: PDF text with PDFium (fast, native code) rather than pypdf (pure Python,
    cannot crash the process); see _pdf_text().
    """
    if not isinstance(data, bytes | bytearray | memoryview):
        data = b""
    data = bytes(data)
    try:
        return _parse(
            data, max_attachment_text, max_pdf_pages, max_doc_bytes, known_texts, native_pdf
        )
    except RecursionError:
        failure = "message too deeply nested"
    except Exception as exc:
        failure = f"parse failed: {type(exc).__name__}: {_clip(str(exc), 80)}"
    return ParsedMessage(
        message_id=_synthetic_message_id(data),
        subject="",
        from_addr=None,
        sender=None,
        reply_to=(),
        to=(),
        cc=(),
        date=None,
        in_reply_to=None,
        references=(),
        headers=(),
        body_text="",
        new_text="",
        quoted_text="",
        signature="",
        size=len(data),
        message_id_synthetic=True,
        defects=(failure,),
    )


def _parse(
    data: bytes,
    max_attachment_text: int,
    max_pdf_pages: int,
    max_doc_bytes: int,
    known_texts: Sequence[str],
    native_pdf: bool = True,
) -> ParsedMessage:
    defects: list[str] = []
    runs: _Runs = {}
    msg = _parse_tree(data, defects, runs)
    raw_headers = _raw_headers(msg)
    if len(raw_headers) > _MAX_HEADERS:
        _add_defect(defects, f"more than {_MAX_HEADERS} headers; rest ignored")
    headers = tuple(
        (_clean_header_text(name).lower()[:200], _header_display(value[:_MAX_HEADER_VALUE]))
        for name, value in raw_headers[:_MAX_HEADERS]
    )

    message_id_tokens = _msgid_tokens(_first_raw(raw_headers, "message-id"))
    synthetic = not message_id_tokens
    message_id = _synthetic_message_id(data) if synthetic else message_id_tokens[0]
    in_reply_to_tokens = _msgid_tokens(_first_raw(raw_headers, "in-reply-to"))
    references = tuple(_msgid_tokens(_first_raw(raw_headers, "references"))[-_MAX_REFERENCES:])

    from_addrs = _parse_addresses(msg, raw_headers, "from", defects)
    senders = _parse_addresses(msg, raw_headers, "sender", defects)

    walk = _Walk(max_attachment_text, max_pdf_pages, max_doc_bytes, runs, native_pdf)
    plain, html = _guard(defects, "body", lambda: _body_of(msg, walk, 0, 0), ("", ""))
    html_only = False
    if plain.strip():
        body_text = plain
    elif html.strip():
        body_text = _html_to_text(html, defects)
        html_only = True
    else:
        body_text = "\n\n".join(walk.inline_named_text)
    body_text = body_text.replace("\r\n", "\n").replace("\x00", "")[:_MAX_BODY_CHARS]
    for defect in walk.defects:
        _add_defect(defects, defect)

    subject = _subject(_first_raw(raw_headers, "subject"), defects)
    own_text, inline_forward = _split_inline_forward(body_text)
    forwarded = [*walk.forwarded, inline_forward] if inline_forward else walk.forwarded
    new_text, quoted_text, signature = quote_split(own_text, known_texts)
    if not forwarded and quoted_text and _FORWARD_SUBJECT.match(subject):
        # Outlook forwards with the same header block as its replies; the subject tells.
        forwarded = [quoted_text]

    return ParsedMessage(
        message_id=message_id,
        subject=subject,
        from_addr=from_addrs[0] if from_addrs else None,
        sender=senders[0] if senders else None,
        reply_to=_parse_addresses(msg, raw_headers, "reply-to", defects),
        to=_parse_addresses(msg, raw_headers, "to", defects),
        cc=_parse_addresses(msg, raw_headers, "cc", defects),
        date=_parse_date(_first_raw(raw_headers, "date"), defects),
        in_reply_to=in_reply_to_tokens[0] if in_reply_to_tokens else None,
        references=references,
        headers=headers,
        body_text=body_text,
        new_text=new_text,
        quoted_text=quoted_text,
        signature=signature,
        attachments=tuple(walk.attachments),
        forwarded_text="\n\n".join(forwarded).strip(),
        content_type=_part_info(msg).content_type,
        html_only=html_only,
        size=len(data),
        message_id_synthetic=synthetic,
        defects=tuple(defects),
    )
