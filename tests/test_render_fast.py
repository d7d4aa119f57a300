"""Drafts written byte by byte read back as the EmailMessage-built ones did.

tests/render_reference.py is the builder before (EmailMessage, policy SMTP). Both are run on
the same hostile inputs and parsed back with `email.policy.default`; the fields and body a
reader sees must agree. Where the old builder was wrong, the new one must be right instead:

- a display name or word too long for one line: the old folder could write an empty line
  inside the header (everything after it became body, recipients were lost), or fold right
  after the colon (the value then read back with a leading space), or lose or double the
  whitespace around a long word;
- a display name needing two or more encoded words: Python's parser reads a space between
  them (mail clients, following RFC 2047, do not), the old builder broke words anywhere,
  the new one after a space. Compared without whitespace. An ASCII name with a word too
  long for a line is now in encoded words too (it was folded into an empty line);
- Python's parser also turns a space followed by other Unicode whitespace (NBSP) inside an
  encoded word into one space: the old builder happened to encode such names in pieces.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import asdict, replace
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from render_reference import (
    assert_same_header_verdict,
    decoded_view,
    reference_mailboxes,
    reference_render_draft,
)

from mailbot.config import OwnerSettings
from mailbot.models import (
    Address,
    ApplicantFields,
    Budget,
    Classification,
    ClientFields,
    Draft,
    Label,
    ParsedMessage,
)
from mailbot.pipeline import _to_member
from mailbot.render import (
    _PLAIN_ADDR_SPEC,
    TemplateLibrary,
    _address_field,
    _plain,
    _qp_body,
    _unstructured,
    _verify_headers,
    header_safe,
    render_draft,
)

REPO = Path(__file__).resolve().parents[1]
LIBRARY = TemplateLibrary(REPO / "templates")
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
FIELDS = [
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
    "content-type",
    "content-transfer-encoding",
    "mime-version",
]

PIECES = [
    "Zoë", "José", "Ана", "日本語", "😀", "é", "ü", "\u00a0", "\u2028", "\x85", " ", "  ", "\t",
    "\r\n", "\r", "\n", "\x00", "\x7f", ",", ";", ":", "<", ">", '"', "\\", "(", ")", "[", "]",
    "@", ".", "=", "?", "_", "=?", "?=", "=?utf-8?q?=0D=0ABcc:_x?=", "Bcc: x@y.z",
    "<evil@x.example>", "Bob", "Smith", "Re:", "x" * 40, "a" * 100, "Ñ" * 45, "ж" * 70,
    " " * 90, " " * 700,
]  # fmt: skip
hostile_text = st.one_of(
    st.text(max_size=40),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=30).map("".join),
)
local = st.from_regex(r"[a-z0-9][a-z0-9.+_-]{0,20}[a-z0-9]", fullmatch=True).filter(
    lambda s: ".." not in s
)
domain = st.from_regex(r"[a-z0-9]{1,12}(\.[a-z0-9]{1,12}){0,2}\.(org|example)", fullmatch=True)
emails = st.one_of(
    st.builds(lambda a, b: f"{a}@{b}", local, domain),
    st.sampled_from(["josé@x.example", "ü@x.example", "жж.ж@x.example", "a@ü.example"]),
    st.builds(lambda a: f"{'l' * a}@x.example", st.integers(60, 300)),
)
addresses = st.builds(Address, hostile_text, emails)
ODD_EMAILS = [
    '"a b"@x.example', '"a,b"@x.example', "a..b@x.example", "foo", "", "a@", "@x", "<a@b>",
    "a@[1.2.3.4]", "=?utf-8?q?a?=@x", "ü", "x@ü", "a b@c", "a@b.", ".a@b", '"ü"@x', "a(c)@b",
]  # fmt: skip
message_ids = st.one_of(
    st.builds(lambda a, b: f"<{a}@{b}>", local, domain),
    st.builds(lambda t: f"<{t}@x.example>", hostile_text),
    st.builds(lambda n: f"<{'r' * n}@x.example>", st.integers(50, 1100)),
)


def gone(value: Any) -> Any:
    """`value` without whitespace."""
    if isinstance(value, str):
        return re.sub(r"\s", "", value)
    if isinstance(value, list):
        return [tuple(gone(v) for v in pair) for pair in value]
    return value


def squash(view: dict[str, Any]) -> dict[str, Any]:
    """`view` without whitespace in header values."""
    return {k: v if k in ("body", "fields") else gone(v) for k, v in view.items()}


def parsed_message(
    subject: str, message_id: str, references: tuple[str, ...], text: str
) -> ParsedMessage:
    return ParsedMessage(
        message_id=message_id,
        subject=subject,
        from_addr=Address("Ana Costa", "ana@example.org"),
        sender=None,
        reply_to=(),
        to=(),
        cc=(),
        date=NOW,
        in_reply_to=None,
        references=references,
        headers=(),
        body_text=text,
        new_text=text,
        quoted_text="",
        signature="",
    )


def check_raw(raw: bytes) -> None:
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b"")
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert all(len(line) <= 76 for line in body.split(b"\r\n"))
    assert head.isascii() and body.isascii()
    _verify_headers(raw)


def in_encoded_words(clean: str) -> bool:
    """Whether a display name goes out as encoded words: not ASCII, or with a word too long
    for a line (the reader may then see spaces between the words, see the docstring)."""
    if not clean.isascii():
        return True
    if set('()<>@,:;.\\"[]') & set(clean):
        clean = '"' + clean.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return any(len(word) >= 77 for word in clean.split(" "))


def expected_name(name: str) -> str:
    clean = header_safe(name)
    if clean.isascii() and not set('()<>@,:;.\\"[]') & set(clean):
        # an unquoted phrase: the reader collapses spaces (and drops them at the end, after
        # header_safe() cut a long name in the middle of some)
        return re.sub(" +", " ", clean).strip()
    return clean


def address_misreadings(got: Any, given: Sequence[Address]) -> list[str]:
    if not isinstance(got, list):
        return [f"addresses {got}"]
    if len(got) != len(given):
        return ["a recipient lost or added"]
    if isinstance(reference_mailboxes(given), str):
        # an address the package refuses: bare addr-specs
        if [addr for _, addr in got] != [header_safe(a.email) for a in given]:
            return ["a bare address misread"]
        return []
    wrong = []
    for (name, addr), wanted in zip(got, given, strict=True):
        want = expected_name(wanted.name)
        if addr != header_safe(wanted.email):
            wrong.append("an address misread")
        elif name != want and (not in_encoded_words(want) or gone(name) != gone(want)):
            wrong.append("a display name misread")
    return wrong


def misreadings(view: dict[str, Any], draft: Draft, owner: Any) -> list[str]:
    """How a reader of the draft's bytes (`view`) gets it wrong: empty when it does not."""
    wrong = []
    absent = {
        "cc": not draft.cc,
        "in-reply-to": not draft.in_reply_to,
        "references": not draft.references,
    }
    if view["fields"] != [f for f in FIELDS if not absent.get(f)]:
        return ["header fields lost (an empty line inside the header)"]
    expected = {
        "subject": draft.subject,
        "references": " ".join(draft.references) or None,
        "in-reply-to": header_safe(draft.in_reply_to, 998) if draft.in_reply_to else None,
        "x-mailbot-source": header_safe(draft.source_message_id, 998),
        "message-id": draft.message_id,
        "x-mailbot-template": draft.template,
        "body": "\r\n".join(draft.body_text.splitlines()) + "\r\n",
    }
    wrong += [f"{field} misread" for field, value in expected.items() if view[field] != value]
    for field, given_addresses in (
        ("from", (Address(owner.name, owner.email),)),
        ("to", draft.to),
        ("cc", draft.cc or None),
    ):
        if given_addresses is not None:
            wrong += address_misreadings(view[field], given_addresses)
    return wrong


def compare(kwargs: dict[str, Any]) -> None:
    try:
        old = reference_render_draft(**kwargs)
    except Exception as exc:  # the new builder refuses what the old one did
        with pytest.raises(type(exc)):
            render_draft(**kwargs)
        event(f"both refuse: {type(exc).__name__}")
        return
    new = render_draft(**kwargs)
    assert replace(new, raw=b"") == replace(old, raw=b"")
    check_raw(new.raw)
    new_view, old_view = decoded_view(new.raw), decoded_view(old.raw)
    assert misreadings(new_view, new, kwargs["owner"]) == []
    # a note to a member is the draft without its X-Mailbot-Source field, every other byte
    # as it was (it used to be re-serialised, which refolded long lines with bugs)
    member_raw = _to_member(new).raw
    member = decoded_view(member_raw)
    assert member == {**new_view, "fields": member["fields"], "x-mailbot-source": None}
    assert b"x-mailbot-source" not in member_raw.lower()
    member_head, _, member_body = member_raw.partition(b"\r\n\r\n")
    assert member_body == new.raw.partition(b"\r\n\r\n")[2]
    assert set(member_head.split(b"\r\n")) <= set(new.raw.split(b"\r\n\r\n")[0].split(b"\r\n"))
    old_wrong = misreadings(old_view, old, kwargs["owner"])
    for problem in old_wrong:
        event(f"old draft: {problem}")
    if not old_wrong:
        differing = sorted(k for k in old_view if old_view[k] != new_view[k])
        event(f"whitespace differs in {differing}" if differing else "identical reading")
        assert squash(old_view) == squash(new_view)
        # ...and only inside display names in encoded words (see the module docstring)
        assert set(differing) <= {"from", "to", "cc"}
        given = {"from": (Address(kwargs["owner"].name, ""),), "to": new.to, "cc": new.cc}
        for field in differing:
            pairs = zip(old_view[field], new_view[field], given[field], strict=True)
            for (old_name, _), (new_name, _), address in pairs:
                assert old_name == new_name or in_encoded_words(header_safe(address.name))


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    owner_name=hostile_text,
    to=st.lists(addresses, min_size=1, max_size=3),
    cc=st.lists(addresses, max_size=2),
    subject=hostile_text,
    own_subject=st.none() | hostile_text,
    message_id=message_ids,
    references=st.lists(message_ids, max_size=25),
    text=hostile_text,
    thread=st.booleans(),
)
@example(
    owner_name="Sergio",
    to=[Address("Zoë <evil@x.example>", "ana@y.example"), Address("Bob, Jr.", "b@x.example")],
    cc=[],
    subject="=?utf-8?q?=0D=0ABcc:_x?=",
    own_subject=None,
    message_id="<m@x.example>",
    references=[],
    text="",
    thread=True,
)
@example(
    owner_name="a" * 100 + " " + "b" * 100,
    to=[Address("x" * 120, "ana@y.example"), Address("Bob", "b@x.example")],
    cc=[Address("", "ü@x.example"), Address("Ana", "ana@y.example")],
    subject="Zoë " * 70,
    own_subject=None,
    message_id="<" + "r" * 1000 + "@x>",
    references=["<" + "r" * 90 + "@x.example>"] * 25,
    text="a" * 200 + " \n.\nFrom x\n=\r\n\u2028\x0b",
    thread=True,
)
def test_drafts_read_back_as_with_emailmessage(
    owner_name: str,
    to: list[Address],
    cc: list[Address],
    subject: str,
    own_subject: str | None,
    message_id: str,
    references: list[str],
    text: str,
    thread: bool,
) -> None:
    owner = OwnerSettings(
        name=owner_name, email="sergio@remotework.example", signature="Sergio\nCTO"
    )
    person = to[0]
    cls = Classification(label=Label.APPLICANT, kind=None, confidence=0.9, person=person)
    compare(
        dict(
            templates=LIBRARY,
            template="applicant_ack",
            parsed=parsed_message(subject, message_id, tuple(references), text),
            cls=cls,
            owner=owner,
            to=tuple(to),
            cc=tuple(cc),
            rule="r",
            now=NOW,
            subject=own_subject,
            thread=thread,
        )
    )


@settings(max_examples=300, deadline=None)
@given(
    to=st.lists(
        st.builds(
            Address,
            hostile_text,
            st.one_of(
                emails,
                st.sampled_from(ODD_EMAILS),
            ),
        ),
        min_size=1,
        max_size=4,
    )
)
def test_odd_addresses_fail_or_read_back_alike(to: list[Address]) -> None:
    """Addresses the email package takes with a defect, refuses, or cannot parse at all."""
    msg = EmailMessage(policy=policy.SMTP)
    try:
        msg["To"] = reference_mailboxes(to)
        old = msg.as_bytes()
    except Exception as exc:
        with pytest.raises(type(exc)):
            _address_field("To", to)
        return
    new = _address_field("To", to).encode("ascii") + b"\r\n"
    assert all(len(line) <= 998 for line in new.split(b"\r\n"))
    old_to, new_to = decoded_view(old)["to"], decoded_view(new)["to"]
    old_wrong, new_wrong = address_misreadings(old_to, to), address_misreadings(new_to, to)
    for problem in old_wrong:
        event(f"old: {problem}")
    if old_wrong:  # garbage in, garbage out, but no recipient lost or added that was not
        lost = "a recipient lost or added"
        assert lost not in new_wrong or lost in old_wrong, (old_to, new_to)
    else:
        assert new_wrong == []
        assert gone(old_to) == gone(new_to)


@settings(max_examples=500, deadline=None)
@given(body=st.one_of(st.text(), st.lists(st.sampled_from(PIECES), max_size=40).map("".join)))
def test_body_reads_back_as_from_set_content(body: str) -> None:
    msg = EmailMessage(policy=policy.SMTP)
    msg.set_content(body, charset="utf-8", cte="quoted-printable")
    old = message_from_bytes(msg.as_bytes(), policy=policy.default).get_content()
    raw = b'Content-Type: text/plain; charset="utf-8"\r\n'
    raw += b"Content-Transfer-Encoding: quoted-printable\r\n\r\n" + _qp_body(body)
    assert all(len(line) <= 76 for line in raw.split(b"\r\n"))
    assert message_from_bytes(raw, policy=policy.default).get_content() == old


@settings(max_examples=500, deadline=None)
@given(value=hostile_text.map(header_safe))
def test_unstructured_values_read_back_exactly(value: str) -> None:
    raw = _unstructured("Subject", value).encode("ascii") + b"\r\n"
    for line in raw.split(b"\r\n"):  # longer only when there was no space to fold at
        assert len(line) <= 78 or b" " not in line.removeprefix(b"Subject: ").strip()
    assert all(len(line) <= 998 for line in raw.split(b"\r\n"))
    assert str(message_from_bytes(raw, policy=policy.default)["Subject"]) == value


def test_a_name_with_an_address_in_it_is_one_recipient() -> None:
    field = _address_field("To", [Address("Zoë <evil@x.example>", "ana@y.example")])
    assert field == "To: =?utf-8?b?Wm/DqyA8ZXZpbEB4LmV4YW1wbGU+?= <ana@y.example>\r\n"
    ascii_field = _address_field("To", [Address("Bob <evil@x.example>, c@d", "ana@y.example")])
    assert ascii_field == 'To: "Bob <evil@x.example>, c@d" <ana@y.example>\r\n'


def test_long_fields_fold_at_78() -> None:
    refs = " ".join(f"<message.{n}.abcdefghijklmnop@mail.example.org>" for n in range(20))
    raw = _unstructured("References", refs)
    assert all(len(line) <= 78 for line in raw.split("\r\n"))
    assert "".join(raw.split("\r\n")) == f"References: {refs}"
    names = [Address(f"Person Number {n} Ünïcode", f"p{n}@x.example") for n in range(8)]
    field = _address_field("To", names)
    assert all(len(line) <= 78 for line in field.split("\r\n"))
    read = message_from_bytes(field.encode() + b"\r\n", policy=policy.default)["To"]
    assert [(a.display_name, a.addr_spec) for a in read.addresses] == [
        (a.name, a.email) for a in names
    ]


@settings(max_examples=500, deadline=None)
@given(
    email=st.one_of(
        st.from_regex(_PLAIN_ADDR_SPEC, fullmatch=True),
        st.builds(lambda a, b: f"{a}@{b}", local, domain),
    )
)
def test_a_plain_addr_spec_is_what_the_package_makes_of_it(email: str) -> None:
    if "=?" in email:
        return
    assert HeaderAddress(addr_spec=email).addr_spec == email


def test_context_dicts_are_asdict() -> None:
    applicant = ApplicantFields(name="Ana", roles=("cto", "qa"), has_cv_attachment=True)
    client = ClientFields(company="X", budget=Budget("$9k/month", 9000.0, "USD", "month"))
    assert _plain(applicant) == asdict(applicant)
    assert _plain(client) == asdict(client)
    assert _plain(ClientFields()) == asdict(ClientFields())


def test_template_languages_follow_the_folder(tmp_path: Path) -> None:
    now = [0.0]
    (tmp_path / "ack.en.txt.j2").write_text("Hi\n")
    library = TemplateLibrary(tmp_path, clock=lambda: now[0])
    assert library.languages("ack") == {"en"}
    (tmp_path / "ack.pt.txt.j2").write_text("Olá\n")
    now[0] += 1.0
    assert library.languages("ack") == {"en", "pt"}
    (tmp_path / "ack.en.txt.j2").unlink()
    now[0] += 1.0
    assert library.languages("ack") == {"pt"}


def test_template_edits_show_after_a_recheck(tmp_path: Path) -> None:
    """The folder and the templates are looked at once a second, not once a draft; an
    edit, a new language or a removed one shows at the next look."""
    now = [0.0]
    template = tmp_path / "ack.en.txt.j2"
    template.write_text("Hi {{ name }}\n")
    library = TemplateLibrary(tmp_path, clock=lambda: now[0])
    assert library.render("ack", "en", {"name": "Ana"}) == "Hi Ana\n"
    assert library.render("ack", "pt", {"name": "Ana"}) == "Hi Ana\n"
    template.write_text("Hello {{ name }}\n")
    os.utime(template, ns=(1, 1))  # another mtime, however coarse the file system's
    (tmp_path / "ack.pt.txt.j2").write_text("Olá {{ name }}\n")
    now[0] += 0.5
    assert library.render("ack", "en", {"name": "Ana"}) == "Hi Ana\n"  # not looked yet
    assert library.render("ack", "pt", {"name": "Ana"}) == "Hi Ana\n"
    now[0] += 0.5
    assert library.render("ack", "en", {"name": "Ana"}) == "Hello Ana\n"
    assert library.render("ack", "pt", {"name": "Ana"}) == "Olá Ana\n"
    (tmp_path / "ack.pt.txt.j2").unlink()
    now[0] += 1.0
    assert library.render("ack", "pt", {"name": "Ana"}) == "Hello Ana\n"
    every_time = TemplateLibrary(tmp_path, clock=lambda: now[0], recheck_every=0)
    assert every_time.render("ack", "en", {"name": "Ana"}) == "Hello Ana\n"
    template.write_text("Hey {{ name }}\n")
    os.utime(template, ns=(2, 2))
    assert every_time.render("ack", "en", {"name": "Ana"}) == "Hey Ana\n"


HEADER_LINES = [
    b"From: a@b", b"To: c@d", b"Subject: x", b" folded", b"\tfolded", b"Bcc: e@f", b"",
    b"Subject: \x00", b"X-Mailbot-Source: <a\rb>", b"Date: \tx", b"To: c\nd", b"\x7f",
    b"to : c@d", b"Cc:", b"Subject: caf\xc3\xa9", b"Subject: \x85",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(lines=st.lists(st.sampled_from(HEADER_LINES), max_size=8), body=st.sampled_from([b"", b"x"]))
def test_header_check_as_before(lines: list[bytes], body: bytes) -> None:
    raw = b"\r\n".join(lines) + b"\r\n\r\n" + body
    assert_same_header_verdict(raw)
