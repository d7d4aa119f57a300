"""Sandboxed Jinja2 templates into complete, threaded RFC 5322 drafts.

Email text is only ever *data* in a template's context, never template source, so a body
containing `{{ ... }}` renders literally. Every header value built from untrusted text goes
through `header_safe()` first. The Message-ID is derived from (source message, template,
recipient), so rendering the same reply twice yields the same id and a repeat is
recognised, never duplicated.
"""

from __future__ import annotations

import binascii
import hashlib
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, is_dataclass
from datetime import datetime, timedelta
from email.charset import Charset
from email.headerregistry import Address as HeaderAddress
from email.policy import SMTP
from email.utils import format_datetime
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from jinja2 import (
    FileSystemLoader,
    StrictUndefined,
    Template,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.runtime import new_context
from jinja2.sandbox import SandboxedEnvironment

from .errors import ConfigError
from .models import Address, Classification, Draft, ParsedMessage, SendPolicy

_CONTROL_BYTE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")  # a tab may fold a header
_NOT_CONTROL = bytes(b for b in range(256) if not _CONTROL_BYTE.match(bytes([b])))
# control characters and what Python's str.splitlines() also breaks at, as parse.py's
# header cleaning has it
_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")
MAX_QUOTED_LINES = 120
MAX_REFERENCES = 20
TEMPLATE_SUFFIX = ".txt.j2"


def header_safe(text: str, limit: int = 400) -> str:
    """Collapse CR, LF and other control characters so no header can be injected.

    `=?` is broken up too: a reader decodes any RFC 2047 encoded word in a header, so the
    text `=?utf-8?q?=0D=0ABcc:_x?=` (a Subject encoded twice, or a Message-ID) written as
    it is would read as a line break and a Bcc header (the email package, which wrote the
    drafts before, even decoded it itself and wrote the result raw). NEL, LINE SEPARATOR
    and PARAGRAPH SEPARATOR are line breaks to Python's splitlines(), and the email
    package refused a whole draft with one in a header.
    """
    if not text.isprintable():  # every character _LINE_BREAKING finds is unprintable
        text = _LINE_BREAKING.sub(" ", text)
    return text.replace("=?", "= ?").strip()[:limit]


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


# Every attribute a plain dict has: getattr() finds no other name on one.
_DICT_ATTRIBUTES = frozenset(dir(dict))


class _Sandbox(SandboxedEnvironment):
    """The sandbox, reading a plain dict's keys as attributes without a failed getattr().

    The contexts are plain dicts, and for `person.first_name` on one the sandbox's getattr
    raised AttributeError before it looked the key up (an exception per attribute a
    template reads). What it returns is the same: a name dict has is still asked of
    getattr and the safety checks; any other name it never finds, so it is the key."""

    def getattr(self, obj: Any, attribute: str) -> Any:
        if type(obj) is dict and type(attribute) is str and attribute not in _DICT_ATTRIBUTES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)


class TemplateLibrary:
    """The owner's templates, compiled once in a sandbox."""

    def __init__(
        self,
        directory: Path,
        *,
        clock: Callable[[], float] = time.monotonic,
        recheck_every: float = 1.0,
    ) -> None:
        """`clock` and `recheck_every` (seconds): how often the folder is looked at again
        for templates added, removed or edited."""
        if not directory.is_dir():
            raise ConfigError(f"templates folder not found: {directory}")
        self.directory = directory
        self.env = _Sandbox(
            loader=FileSystemLoader(str(directory)),
            undefined=StrictUndefined,
            autoescape=False,  # plain-text mail; HTML templates get their own env
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.clock = clock
        self.recheck_every = recheck_every
        self._checked: float | None = None
        self._stamp: int | None = None
        self._languages: dict[str, set[str]] = {}
        # a template and its globals as a plain dict (Jinja merges a ChainMap of them into
        # every render's context: a tenth of a draft's cost)
        self._compiled: dict[tuple[str, str], tuple[Template, dict[str, Any]]] = {}

    def _recheck(self) -> None:
        # A stat of the folder for every draft (and Jinja's stat of the template file for
        # every get_template) cost more than the rest of the template work: the folder is
        # looked at again once a `recheck_every`, so an edit shows within that time.
        now = self.clock()
        if self._checked is not None and 0 <= now - self._checked < self.recheck_every:
            return
        self._checked = now
        self._compiled = {}  # through Jinja again, which checks each file's mtime
        # The listing is kept until the folder changes (a template added, removed or
        # renamed). A change in the last two seconds could share its timestamp with the
        # next one: list again.
        try:
            stamp: int | None = self.directory.stat().st_mtime_ns
        except OSError:
            stamp = None  # gone: listed (finding nothing) every time, as before
        if stamp is None or stamp != self._stamp or time.time_ns() - stamp < 2_000_000_000:
            self._stamp, self._languages = stamp, {}

    def names(self) -> set[str]:
        return {
            p.name[: -len(TEMPLATE_SUFFIX)].rsplit(".", 1)[0]
            for p in self.directory.glob(f"*{TEMPLATE_SUFFIX}")
        }

    def languages(self, name: str) -> set[str]:
        self._recheck()
        return set(self._listed(name))

    def _listed(self, name: str) -> set[str]:
        found = self._languages.get(name)
        if found is None:
            found = set()
            for path in self.directory.glob(f"{name}.*{TEMPLATE_SUFFIX}"):
                parts = path.name[: -len(TEMPLATE_SUFFIX)].rsplit(".", 1)
                if len(parts) == 2 and parts[0] == name:
                    found.add(parts[1])
            self._languages[name] = found
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
        self._recheck()
        compiled = self._compiled.get((name, language))
        if compiled is None:
            lang = language if language in self._listed(name) else "en"
            try:
                template = self.env.get_template(f"{name}.{lang}{TEMPLATE_SUFFIX}")
            except TemplateNotFound:
                raise ConfigError(f"unknown template {name!r}") from None
            compiled = self._compiled[(name, language)] = (template, dict(template.globals))
        template, globals_ = compiled
        # Template.render(context), its context made from the globals copied once
        ctx = new_context(
            self.env, template.name, template.blocks, {**globals_, **context}, True, globals_
        )
        try:
            return self.env.concat(template.root_render_func(ctx))
        except Exception:
            self.env.handle_exception()


# Every field a draft may have, spelt as render_draft writes it (the header check's shortcut).
_WRITTEN_NAMES = frozenset(
    name.encode()
    for name in (
        "From",
        "To",
        "Cc",
        "Subject",
        "Date",
        "Message-ID",
        "In-Reply-To",
        "References",
        "X-Mailbot-Template",
        "X-Mailbot-Source",
        "MIME-Version",
        "Content-Type",
        "Content-Transfer-Encoding",
    )
)
# the same names lower-cased, as the full check compares them
_DRAFT_HEADERS = frozenset(name.decode().lower() for name in _WRITTEN_NAMES)


def _verify_headers(raw: bytes) -> None:
    """The last word on a draft's header: only the fields we write, each once, no control
    character in any line. A value that got past header_safe() some other way raises here,
    so the message is quarantined instead of a draft with a smuggled field."""
    end = raw.find(b"\r\n\r\n")
    head = raw[: end if end >= 0 else len(raw)]
    # A control character anywhere but in a CRLF: what is left once every other byte is
    # deleted is not the header's CRLFs alone (a delete in C: a regex search over the
    # header was a tenth of a draft). Only then one search per line.
    dirty = head.translate(None, _NOT_CONTROL) != b"\r\n" * head.count(b"\r\n")
    lines = head.split(b"\r\n")
    if not dirty:
        # the names as render_draft writes them, each once: nothing more to look at
        names = [line.partition(b":")[0] for line in lines if line[:1] not in (b" ", b"\t")]
        if len(names) == len(_WRITTEN_NAMES.intersection(names)):
            return
    seen: set[bytes] = set()
    for line in lines:
        if dirty and _CONTROL_BYTE.search(line):
            raise ValueError(f"draft header line has a control character: {line[:60]!r}")
        if line[:1] in (b" ", b"\t"):
            continue  # a folded continuation
        name = line.split(b":", 1)[0].strip().lower()
        if name.decode("latin-1") not in _DRAFT_HEADERS or name in seen:
            raise ValueError(f"draft header {name[:40]!r} not expected here")
        seen.add(name)


_MAX_LINE = 78  # RFC 5322's "should"; 998 is the "must"
_EW_MAX = 75  # RFC 2047: an encoded word is at most 75 characters
_EW_OVERHEAD = len("=?utf-8?q??=")
_LONG_WORD = 900  # a word this long is split into encoded words to stay under 998
_SPECIALS = frozenset('()<>@,:;.\\"[]')
_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
# An addr-spec the email package takes without a defect and writes back unchanged; anything
# else is asked of the package itself (_addr_spec).
_PLAIN_ADDR_SPEC = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*")
# RFC 2047 5(3): in a phrase only these stand for themselves in a "Q" encoded word
_Q_SAFE = frozenset(b"-!*+/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_Q_BYTE = tuple(chr(b) if b in _Q_SAFE else "_" if b == 0x20 else f"={b:02X}" for b in range(256))
_SPACES = re.compile(r"( +)")


class _Field:
    """One header field, folded as it is built: a token goes on the current line when it
    fits in 78 characters, else it starts a continuation line with its whitespace in front
    (so unfolding gives back exactly the text). Never a line of whitespace alone."""

    __slots__ = ("done", "line", "used")

    def __init__(self, name: str) -> None:
        self.done: list[str] = []
        self.line = name + ":"
        self.used = False  # the current line holds part of the value

    def add(self, sep: str, text: str) -> None:
        if text and self.used and len(self.line) + len(sep) + len(text) > _MAX_LINE:
            self.done.append(self.line)
            self.line = sep + text
        else:
            self.line += sep + text
        self.used = True

    def add_encoded(self, sep: str, text: str, prefix: str = "", suffix: str = "") -> None:
        """`text` as RFC 2047 encoded words (UTF-8, Q or B, whichever is shorter) after
        `sep`, `prefix` and `suffix` glued to the first and last. A character is never split
        across two words."""
        data = text.encode("utf-8", "replace")
        q = [_Q_BYTE[b] for b in data]
        q_len = sum(map(len, q))
        b_len = (len(data) + 2) // 3 * 4
        use_b = q_len - b_len >= 5
        start, end_all = 0, len(data)
        sep += prefix
        while start < end_all:
            room = min(_EW_MAX, _MAX_LINE - len(self.line) - len(sep)) - _EW_OVERHEAD
            if self.used and room < 16:
                self.done.append(self.line)
                self.line = ""
                room = max(16, min(_EW_MAX, _MAX_LINE - len(sep)) - _EW_OVERHEAD)
            if use_b:
                end = min(end_all, start + room // 4 * 3)
            else:
                end, size = start, 0
                while end < end_all and size + len(q[end]) <= room:
                    size += len(q[end])
                    end += 1
            while end < end_all and 0x80 <= data[end] < 0xC0 and end > start + 1:
                end -= 1  # not inside a UTF-8 sequence
            if end < end_all:
                # Python's parser reads a space between two encoded words of a display
                # name (mail clients join them): break after a space, not inside a word
                space = data.rfind(b" ", start + (end - start) // 2, end)
                end = space + 1 if space >= 0 else end
            if use_b:
                word = "=?utf-8?b?" + binascii.b2a_base64(data[start:end], newline=False).decode()
            else:
                word = "=?utf-8?q?" + "".join(q[start:end])
            word += "?=" + (suffix if end == end_all else "")
            self.line += sep + word
            self.used = True
            sep, start = " ", end

    def text(self) -> str:
        self.done.append(self.line)
        return "\r\n".join(self.done) + "\r\n"


def _needs_encoding(word: str) -> bool:
    return not word.isascii() or "=?" in word or len(word) > _LONG_WORD


def _unstructured(name: str, value: str) -> str:
    """An unstructured field (Subject, In-Reply-To, ...): ASCII words as they are, each run
    of other words as encoded words, the spaces between them inside (a reader drops the
    whitespace between two encoded words, keeps it next to a plain word)."""
    value = value.lstrip(" ")  # a reader drops it
    if (
        len(name) + len(value) + 2 <= _MAX_LINE
        and not _needs_encoding(value)
        and not value.endswith(" ")
    ):
        return f"{name}: {value}\r\n"
    field = _Field(name)
    parts = _SPACES.split(value)
    words, seps = parts[0::2], [" ", *parts[1::2]]
    encode = [_needs_encoding(word) for word in words]
    for index in range(1, len(words)):
        # a long run of spaces, which could make a line too long, and spaces at the end,
        # which a server may drop, go inside an encoded word
        if len(seps[index]) > _MAX_LINE // 2 or not words[index]:
            encode[index - 1] = encode[index] = True
    index = 0
    while index < len(words):
        if not encode[index]:
            field.add(seps[index], words[index])
            index += 1
            continue
        last = index
        while last + 1 < len(words) and encode[last + 1]:
            last += 1
        run = "".join(seps[i] + words[i] for i in range(index + 1, last + 1))
        field.add_encoded(seps[index], words[index] + run)
        index = last + 1
    return field.text()


def _addr_spec(email: str) -> str | None:
    """`email` as the email package writes it, None when it refuses the address (a
    non-ASCII local part, say)."""
    if _PLAIN_ADDR_SPEC.fullmatch(email) and "=?" not in email:
        return email
    try:
        return HeaderAddress(addr_spec=email).addr_spec
    except (ValueError, IndexError):
        return None


def _address_field(name: str, addresses: Sequence[Address]) -> str:
    """_folded_address_field(), written at once for the usual one address that fits on a
    line: a plain addr-spec, an ASCII display name without specials (nothing to quote,
    encode or fold)."""
    if len(addresses) == 1:
        email = header_safe(addresses[0].email)
        if _PLAIN_ADDR_SPEC.fullmatch(email) and "=?" not in email:  # _addr_spec's as is
            display = header_safe(addresses[0].name)
            if not display:
                line = f"{name}: {email}"
            elif display.isascii() and _SPECIALS.isdisjoint(display):
                line = f"{name}: {display} <{email}>"
            else:
                line = ""
            if line and len(line) <= _MAX_LINE:
                return line + "\r\n"
    return _folded_address_field(name, addresses)


def _folded_address_field(name: str, addresses: Sequence[Address]) -> str:
    """An address field with each display name whole: encoded words when it is not ASCII,
    a quoted string when it has specials. Written token by token, `,;<>"` in a name can
    never be read as syntax: the name `Zoë <evil@x.example>` must not become
    `=?utf-8?q?Zo=C3=AB?= <evil@x.example> <ana@y.example>`, another recipient to the mail
    client sending the draft. When the email package refuses an address (a non-ASCII local
    part) the field is bare addr-specs, as it was from the package, the non-ASCII parts as
    encoded words."""
    field = _Field(name)
    emails = [header_safe(a.email) for a in addresses]
    specs: list[str | None] = []
    for email in emails:  # in order, stopping at the first refused, as the package did
        specs.append(_addr_spec(email))
        if specs[-1] is None:
            break
    last = len(addresses) - 1
    if None in specs:
        # The package parsed this text and refused the draft when it could not (an empty
        # domain, say); the message was quarantined. Rare enough to ask it still.
        SMTP.header_store_parse(name, ", ".join(emails))
        for index, email in enumerate(emails):
            _add_addr_spec(field, email, "," if index < last else "")
        return field.text()
    for index, (address, spec) in enumerate(zip(addresses, specs, strict=True)):
        comma = "," if index < last else ""
        assert spec is not None
        display = header_safe(address.name)
        if not display:
            _add_addr_spec(field, spec, comma)
            continue
        if not _SPECIALS.isdisjoint(display):
            display = '"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"'
        parts = _SPACES.split(display)
        if display.isascii() and max(map(len, parts[0::2])) < _MAX_LINE - 1:
            for sep, word in zip([" ", *parts[1::2]], parts[0::2], strict=True):
                field.add(sep, word)
        else:  # a word too long for a line goes in encoded words too: the email package
            # refolds a line over 78 (pipeline._to_member) and can lose the rest of the field
            field.add_encoded(" ", header_safe(address.name))
        _add_addr_spec(field, "" if spec == "<>" else spec, comma, angle=True)
    return field.text()


@lru_cache(maxsize=16)
def _from_field(name: str, email: str) -> str:
    """The owner's From field, the same in every draft."""
    return _address_field("From", [Address(name, email)])


def _add_addr_spec(field: _Field, spec: str, comma: str, angle: bool = False) -> None:
    """An addr-spec with its non-ASCII parts as encoded words, as the email package wrote
    them (its own parser reads them back; RFC 2047 has no encoded words there)."""
    left, right = ("<", ">") if angle else ("", "")
    if spec.isascii():
        field.add(" ", left + spec + right + comma)
        return
    local, at, domain = spec.rpartition("@")
    if not at:
        local, domain = domain, ""
    if not domain.isascii():
        domain = "=?utf-8?b?" + binascii.b2a_base64(domain.encode(), newline=False).decode() + "?="
    if local.isascii():
        field.add(" ", left + local + at + domain + right + comma)
    else:
        field.add_encoded(" ", local, prefix=left, suffix=at + domain + right + comma)


_QP_SPACE_AT_END = re.compile(rb"=(?:20|09)\r\n")


def _qp_body(body: str) -> bytes:
    """The body as the email package's set_content wrote it: UTF-8, CR, LF and CRLF all
    line ends, quoted-printable with CRLF; lines of 76, RFC 2045's limit (it wrote 78)."""
    data = b"\r\n".join(body.encode("utf-8").splitlines()) + b"\r\n"
    encoded = binascii.b2a_qp(data)
    # b2a_qp encodes a space or tab ending a line without checking the line's length: such
    # a line goes over 76 by at most 2, so a soft break goes before its "=20" or "=09"
    overlong = [
        m.start()
        for m in _QP_SPACE_AT_END.finditer(encoded)
        if m.start() + 3 - encoded.rfind(b"\n", 0, m.start()) - 1 > 76
    ]
    for cut in reversed(overlong):
        encoded = encoded[:cut] + b"=\r\n" + encoded[cut:]
    return encoded


_MIME_FIELDS = (
    'Content-Type: text/plain; charset="utf-8"\r\n'
    "Content-Transfer-Encoding: quoted-printable\r\n"
    "MIME-Version: 1.0\r\n"
    "\r\n"
)


_FIELDS: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}
_LEAVES = frozenset((str, int, float, bool, type(None)))


def _field_values(value: Any) -> tuple[Any, ...]:
    return tuple(getattr(value, f.name) for f in fields(value))


def _plain(value: Any) -> Any:
    """dataclasses.asdict() without its deepcopy of every leaf (a third of the cost of a
    draft): the fields are strings, numbers and tuples, nothing a template could change."""
    if type(value) in _LEAVES or isinstance(value, (str, int, float)) or value is None:
        return value
    if is_dataclass(value) and not isinstance(value, type):
        known = _FIELDS.get(type(value))
        if known is None:  # fields() looks them up anew every time
            names = tuple(f.name for f in fields(value))
            # all the fields in one call; attrgetter of one name gives no tuple
            getter: Callable[[Any], tuple[Any, ...]] = (
                attrgetter(*names) if len(names) > 1 else _field_values
            )
            known = _FIELDS[type(value)] = (names, getter)
        names, getter = known
        values = getter(value)
        out = dict(zip(names, values, strict=True))
        for name, item in zip(names, values, strict=True):
            if type(item) not in _LEAVES:
                out[name] = _plain(item)
        return out
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


_ZONES: dict[timedelta, str] = {}


def _date(dt: datetime) -> str:
    """email.utils.format_datetime(dt), without its strftime("%z") (a third of a Date
    header's cost) when the offset is whole minutes, as a real one is."""
    if dt.tzinfo is None:
        zone = "-0000"
    else:
        offset = dt.utcoffset()
        if offset is None or offset.microseconds or offset.seconds % 60:
            return format_datetime(dt)
        zone = _ZONES.get(offset, "")
        if not zone:  # a few offsets, each written once (fewer than 2 * 24 * 60)
            minutes = offset.days * 1440 + offset.seconds // 60
            sign = "+" if minutes >= 0 else "-"
            zone = _ZONES[offset] = "%s%02d%02d" % (sign, *divmod(abs(minutes), 60))  # noqa: UP031
    return (
        f"{_DAYS[dt.weekday()]}, {dt.day:02d} {_MONTHS[dt.month - 1]} {dt.year:04d}"
        f" {dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {zone}"
    )


def _first_name(name: str) -> str:
    parts = name.replace(",", " ").split()
    return parts[0].capitalize() if parts else ""


_UTF8 = Charset("utf-8")


def _formatted(address: Address) -> str:
    """address.formatted(), email.utils.formataddr's steps without the Charset it made
    for every call and its two regular expressions (a third of quoting the original)."""
    name, email = address.name, address.email
    if not name:
        return email
    if not name.isascii():
        return f"{_UTF8.header_encode(name)} <{email}>"
    quotes = "" if _SPECIALS.isdisjoint(name) else '"'  # formataddr's specialsre
    if "\\" in name or '"' in name:
        name = name.replace("\\", "\\\\").replace('"', '\\"')
    return f"{quotes}{name}{quotes} <{email}>"


def _quoted(parsed: ParsedMessage, date: str | None = None) -> str:
    """`date`: format_datetime(parsed.date) when the caller has it already."""
    original = parsed.new_text or parsed.body_text
    lines = original.splitlines()[:MAX_QUOTED_LINES]
    if date is None:
        date = format_datetime(parsed.date) if parsed.date else ""
    when = date or "an earlier date"
    who = _formatted(parsed.from_addr) if parsed.from_addr else "you"
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
    date = _date(parsed.date) if parsed.date else ""
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
        "applicant": _plain(cls.applicant) if cls.applicant else None,
        "client": _plain(cls.client) if cls.client else None,
        "label": cls.label.value,
        "language": cls.language,
        "original": {
            "subject": parsed.subject,
            "date": date,
        },
    }
    if extra:
        context.update(extra)
    text = templates.render(template, language or cls.language, context).strip("\n")
    body = text + "\n"
    if owner.signature and owner.signature.strip() not in text:
        body += "\n-- \n" + owner.signature.strip() + "\n"
    if quote_original and thread:
        body += "\n" + _quoted(parsed, date)

    domain = owner.email.rsplit("@", 1)[-1]
    message_id = draft_message_id(parsed.message_id, template, recipient.email, domain)
    references = (*parsed.references[-(MAX_REFERENCES - 1) :], parsed.message_id) if thread else ()
    final_subject = header_safe(subject) if subject else reply_subject(parsed.subject)
    replying_to = parsed.message_id if thread and not parsed.message_id_synthetic else None
    refs = [header_safe(r, 998) for r in references if not r.endswith("@mailbot.invalid>")]
    # The bytes are written here, not by EmailMessage: its header registry, set_content and
    # generator were 1 to 2 ms a draft, most of rendering. tests/test_render_fast.py holds
    # the bytes to the fields and body the EmailMessage drafts read back as.
    head = [
        _from_field(owner.name, owner.email),
        _address_field("To", to),
    ]
    if cc:
        head.append(_address_field("Cc", cc))
    head.append(_unstructured("Subject", final_subject))
    head.append(f"Date: {_date(now)}\r\n")
    head.append(_unstructured("Message-ID", message_id))
    if replying_to:
        head.append(_unstructured("In-Reply-To", header_safe(replying_to, 998)))
    if refs:
        head.append(_unstructured("References", " ".join(refs)))
    head.append(_unstructured("X-Mailbot-Template", template))
    head.append(_unstructured("X-Mailbot-Source", header_safe(parsed.message_id, 998)))
    head.append(_MIME_FIELDS)
    raw = "".join(head).encode("ascii") + _qp_body(body)
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
