"""Tests for the RFC 3834 machine check: every signal, its negatives, and relayed forms."""

from __future__ import annotations

import email
import email.message
import email.policy
from email.utils import parseaddr
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mailbot.models import Address, Attachment, ParsedMessage, SafetyVerdict
from mailbot.safety import is_machine_address, machine_check

WILD_CORPUS = Path("/work/shared/corpus/wild")
FLANKER = WILD_CORPUS / "flanker"

OWNER = "cto@owner.example"
HUMAN_FROM = "Ana Costa <ana@example.org>"
HUMAN_REPLY_TO = "Joe Bloggs <joe@startup.example>"


def _address(text: str) -> Address:
    name, addr = parseaddr(text)
    return Address(name, addr.lower())


def make_message(
    *,
    from_: str | None = HUMAN_FROM,
    sender: str | None = None,
    reply_to: tuple[str, ...] = (),
    headers: tuple[tuple[str, str], ...] = (),
    body: str = "Hi, I'd love to join your network. CV attached.\n",
    content_type: str = "text/plain",
    attachments: tuple[Attachment, ...] = (),
) -> ParsedMessage:
    """A ParsedMessage as parse() would make it; header names are passed through unchanged."""
    address_headers: list[tuple[str, str]] = []
    if from_ is not None:
        address_headers.append(("from", from_))
    if sender is not None:
        address_headers.append(("sender", sender))
    if reply_to:
        address_headers.append(("reply-to", ", ".join(reply_to)))
    return ParsedMessage(
        message_id="<test@example.org>",
        subject="Re: the newsletter",
        from_addr=_address(from_) if from_ is not None else None,
        sender=_address(sender) if sender is not None else None,
        reply_to=tuple(_address(item) for item in reply_to),
        to=(Address("", OWNER),),
        cc=(),
        date=None,
        in_reply_to=None,
        references=(),
        headers=(*address_headers, ("to", OWNER), ("subject", "Re: the newsletter"), *headers),
        body_text=body,
        new_text=body,
        quoted_text="",
        signature="",
        attachments=attachments,
        content_type=content_type,
    )


def check(msg: ParsedMessage) -> SafetyVerdict:
    return machine_check(msg, owner_addresses=(OWNER, "Alias@Owner.Example"))


def _has_reason(verdict: SafetyVerdict, fragment: str) -> bool:
    return any(fragment.lower() in reason.lower() for reason in verdict.reasons)


# Each case: (keyword arguments for make_message, a fragment of the expected reason).
HARD_CASES: dict[str, tuple[dict[str, object], str]] = {
    "null-return-path": ({"headers": (("return-path", "<>"),)}, "null Return-Path"),
    "null-return-path-spaced": ({"headers": (("return-path", "< >"),)}, "null Return-Path"),
    "null-envelope-from": ({"headers": (("x-envelope-from", "<>"),)}, "null X-Envelope-From"),
    "auto-replied": (
        {"headers": (("auto-submitted", "auto-replied"),)},
        "Auto-Submitted: auto-replied",
    ),
    "auto-replied-with-params": (
        {"headers": (("auto-submitted", "auto-replied; owner-email=x@example.org"),)},
        "Auto-Submitted: auto-replied",
    ),
    "auto-notified": (
        {"headers": (("auto-submitted", "auto-notified"),)},
        "Auto-Submitted: auto-notified",
    ),
    "auto-submitted-unknown-value": (
        {"headers": (("auto-submitted", "yes-please"),)},
        "Auto-Submitted: yes-please",
    ),
    "list-id": ({"headers": (("list-id", "<news.example.org>"),)}, "List-ID"),
    "list-unsubscribe": (
        {"headers": (("list-unsubscribe", "<mailto:u@example.org>"),)},
        "List-Unsubscribe",
    ),
    "list-post": ({"headers": (("list-post", "<mailto:l@example.org>"),)}, "List-Post"),
    "list-help": ({"headers": (("list-help", "<mailto:h@example.org>"),)}, "List-Help"),
    "precedence-bulk": ({"headers": (("precedence", "bulk"),)}, "Precedence: bulk"),
    "precedence-junk": ({"headers": (("precedence", "junk"),)}, "Precedence: junk"),
    "precedence-list": ({"headers": (("precedence", "list"),)}, "Precedence: list"),
    "precedence-auto-reply": (
        {"headers": (("precedence", "auto_reply"),)},
        "Precedence: auto_reply",
    ),
    "x-autoreply": ({"headers": (("x-autoreply", "yes"),)}, "X-Autoreply: yes"),
    "x-autorespond": ({"headers": (("x-autorespond", "vacation"),)}, "X-Autorespond"),
    "x-auto-reply": ({"headers": (("x-auto-reply", "true"),)}, "X-Auto-Reply"),
    "x-autoresponder": ({"headers": (("x-autoresponder", "1"),)}, "X-Autoresponder"),
    "x-failed-recipients": (
        {"headers": (("x-failed-recipients", "gone@example.org"),)},
        "X-Failed-Recipients",
    ),
    "from-mailer-daemon": (
        {"from_": "Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>"},
        "From is a mail system",
    ),
    "from-postmaster": ({"from_": "postmaster@example.org"}, "From is a mail system"),
    "from-listserv": ({"from_": "LISTSERV@lists.example.edu"}, "From is a mail system"),
    "from-majordomo": ({"from_": "majordomo@example.org"}, "From is a mail system"),
    "from-request": ({"from_": "cto-list-request@example.org"}, "From is a mail system"),
    "from-owner-prefix": ({"from_": "owner-cto-list@example.org"}, "From is a mail system"),
    "sender-mailer-daemon": (
        {"sender": "mailer-daemon@example.org"},
        "Sender is a mail system",
    ),
    "return-path-owner-prefix": (
        {"headers": (("return-path", "<owner-cto-list@example.org>"),)},
        "Return-Path is a mail system",
    ),
    "return-path-bare-mailer-daemon": (
        {"headers": (("return-path", "<MAILER-DAEMON>"),)},
        "Return-Path is a mail system",
    ),
    "multipart-report-delivery-status": (
        {
            "content_type": "multipart/report",
            "headers": (
                ("content-type", 'multipart/report; report-type=delivery-status; boundary="b"'),
            ),
        },
        "delivery status report",
    ),
    "multipart-report-read-receipt": (
        {
            "content_type": "multipart/report",
            "headers": (
                ("content-type", "multipart/report; report-type=disposition-notification"),
            ),
        },
        "read receipt",
    ),
    "multipart-report-arf": (
        {
            "content_type": "multipart/report",
            "headers": (("content-type", 'multipart/report; report-type="feedback-report"'),),
        },
        "abuse report",
    ),
    "multipart-report-without-type": ({"content_type": "multipart/report"}, "multipart/report"),
    "delivery-status-body": (
        {"content_type": "message/delivery-status"},
        "report body: message/delivery-status",
    ),
    "delivery-status-part": (
        {
            "content_type": "multipart/mixed",
            "attachments": (Attachment("", "message/delivery-status", 120),),
        },
        "report part: message/delivery-status",
    ),
    "feedback-report-part": (
        {
            "content_type": "multipart/mixed",
            "attachments": (Attachment("", "message/feedback-report", 120),),
        },
        "report part: message/feedback-report",
    ),
    "from-owner": ({"from_": f"The CTO <{OWNER}>"}, "From is the owner's own address"),
    "from-owner-alias-any-case": (
        {"from_": "ALIAS@owner.example"},
        "From is the owner's own address",
    ),
    "sender-owner": ({"sender": OWNER}, "Sender is the owner's own address"),
}


@pytest.mark.parametrize(("kwargs", "fragment"), HARD_CASES.values(), ids=HARD_CASES.keys())
def test_hard_signal_makes_machine(kwargs: dict[str, object], fragment: str) -> None:
    verdict = check(make_message(**kwargs))  # type: ignore[arg-type]

    assert verdict.is_machine
    assert not verdict.relayed
    assert _has_reason(verdict, fragment), verdict.reasons


@pytest.mark.parametrize(("kwargs", "fragment"), HARD_CASES.values(), ids=HARD_CASES.keys())
def test_hard_signal_is_not_rescued_by_a_human_reply_to(
    kwargs: dict[str, object], fragment: str
) -> None:
    verdict = check(make_message(reply_to=(HUMAN_REPLY_TO,), **kwargs))  # type: ignore[arg-type]

    assert verdict.is_machine
    assert not verdict.relayed
    assert verdict.relayed_person is None


RELAY_CASES: dict[str, tuple[dict[str, object], str]] = {
    "auto-generated": (
        {"headers": (("auto-submitted", "auto-generated"),)},
        "Auto-Submitted: auto-generated",
    ),
    "suppress-all": (
        {"headers": (("x-auto-response-suppress", "All"),)},
        "X-Auto-Response-Suppress: All",
    ),
    "suppress-oof-in-list": (
        {"headers": (("x-auto-response-suppress", "DR, RN, NRN, OOF, AutoReply"),)},
        "X-Auto-Response-Suppress: OOF",
    ),
    "from-noreply": ({"from_": "noreply@forms.example"}, "no-reply"),
    "from-no-reply": ({"from_": "No-Reply@forms.example"}, "no-reply"),
    "from-no_reply": ({"from_": "no_reply@forms.example"}, "no-reply"),
    "from-donotreply": ({"from_": "DoNotReply@forms.example"}, "no-reply"),
    "from-do-not-reply": ({"from_": "do-not-reply@forms.example"}, "no-reply"),
    "from-do_not_reply": ({"from_": "do_not_reply@forms.example"}, "no-reply"),
    "from-noreply-inside": (
        {"from_": "Ana via Jobs <messaging-digest-noreply@jobs.example>"},
        "no-reply",
    ),
    "from-bounces-verp": ({"from_": "bounces+1234-abcd@mail.example"}, "bounce address"),
    "from-bounce": ({"from_": "bounce@mail.example"}, "bounce address"),
}


@pytest.mark.parametrize(("kwargs", "fragment"), RELAY_CASES.values(), ids=RELAY_CASES.keys())
def test_relay_signal_without_a_person_is_machine(kwargs: dict[str, object], fragment: str) -> None:
    kwargs = {"from_": "Contact form <forms@site.example>", **kwargs}
    verdict = check(make_message(body="New submission.\nMessage: hello\n", **kwargs))  # type: ignore[arg-type]

    assert verdict.is_machine
    assert _has_reason(verdict, fragment), verdict.reasons
    assert _has_reason(verdict, "no person")


@pytest.mark.parametrize(("kwargs", "fragment"), RELAY_CASES.values(), ids=RELAY_CASES.keys())
def test_relay_signal_with_human_reply_to_is_relayed(
    kwargs: dict[str, object], fragment: str
) -> None:
    kwargs = {"from_": "Contact form <forms@site.example>", **kwargs}
    verdict = check(make_message(reply_to=(HUMAN_REPLY_TO,), **kwargs))  # type: ignore[arg-type]

    assert not verdict.is_machine
    assert verdict.relayed
    assert verdict.relayed_person == Address("Joe Bloggs", "joe@startup.example")
    assert _has_reason(verdict, fragment), verdict.reasons


def test_normal_human_message_is_not_machine() -> None:
    verdict = check(make_message(headers=(("return-path", "<ana@example.org>"),)))

    assert verdict == SafetyVerdict(is_machine=False)


@pytest.mark.parametrize(
    "headers",
    [
        (("auto-submitted", "no"),),
        (("auto-submitted", "No; reason=manual"),),
        (("x-auto-response-suppress", "DR, RN, NRN"),),
        (("precedence", "first-class"),),
        (("feedback-id", "123:campaign:esp"),),
        (("x-autoreply", "no"),),
        (("return-path", "<ana@example.org>"),),
        (("x-list-checked", "yes"), ("mailing-list-note", "none")),
    ],
    ids=[
        "auto-submitted-no",
        "auto-submitted-no-with-params",
        "suppress-without-all-or-oof",
        "precedence-other",
        "feedback-id-alone",
        "x-autoreply-no",
        "return-path-human",
        "list-words-not-list-headers",
    ],
)
def test_harmless_headers_are_not_machine(headers: tuple[tuple[str, str], ...]) -> None:
    verdict = check(make_message(headers=headers))

    assert not verdict.is_machine
    assert not verdict.relayed
    assert verdict.reasons == ()


@pytest.mark.parametrize(
    "from_",
    [
        "Noah Reply <noah@example.org>",
        "Noah Reply <noah.reply@example.org>",
        "Bob Bouncer <bouncer@example.org>",
        "notifications@example.org",
        "info@startup.example",
        "request@example.org",
        "owner@startup.example",
        "Product Owner <product-owner@startup.example>",
        "Postmaster General <ana.postmaster@example.org>",
    ],
)
def test_human_looking_senders_are_not_machine(from_: str) -> None:
    assert check(make_message(from_=from_)) == SafetyVerdict(is_machine=False)


def test_list_like_words_in_body_are_not_machine() -> None:
    body = (
        "Hi! Please add me to your list.\n"
        "List-Unsubscribe: is a header I know well.\n"
        "Precedence: bulk is what my old team used. Auto-Submitted: auto-replied\n"
        "Reply to noreply@example.org never works, so reply to me.\n"
    )

    assert check(make_message(body=body)) == SafetyVerdict(is_machine=False)


def test_feedback_id_with_list_headers_is_an_extra_bulk_reason() -> None:
    msg = make_message(headers=(("list-unsubscribe", "<https://x>"), ("feedback-id", "1:c:esp")))

    verdict = check(msg)

    assert verdict.is_machine
    assert _has_reason(verdict, "Feedback-ID")


def test_every_fired_condition_gets_one_reason() -> None:
    msg = make_message(
        from_="MAILER-DAEMON@mx.example.org",
        headers=(
            ("return-path", "<>"),
            ("auto-submitted", "auto-replied"),
            ("list-id", "<a>"),
            ("list-post", "<b>"),
            ("precedence", "bulk"),
        ),
    )

    verdict = check(msg)

    assert verdict.is_machine
    assert len(verdict.reasons) == 5
    assert len(set(verdict.reasons)) == 5
    assert "Auto-Submitted: auto-replied" in verdict.reasons
    assert _has_reason(verdict, "List-ID, List-Post")


def test_header_names_and_values_are_case_insensitive() -> None:
    msg = make_message(
        headers=(
            ("Auto-Submitted", "AUTO-REPLIED"),
            ("PRECEDENCE", "Bulk"),
            ("LIST-ID", "<x>"),
            ("Return-Path", "<>"),
        )
    )

    verdict = check(msg)

    assert verdict.is_machine
    assert "Auto-Submitted: auto-replied" in verdict.reasons
    assert "Precedence: bulk" in verdict.reasons
    assert _has_reason(verdict, "List-ID")
    assert _has_reason(verdict, "null Return-Path")


def test_mixed_case_suppress_header_is_a_relay_signal() -> None:
    verdict = check(make_message(headers=(("X-Auto-Response-Suppress", "oof"),)))

    # Only an envelope relay lets From stand as the person; this one is the message's own claim.
    assert verdict.is_machine
    assert "X-Auto-Response-Suppress: OOF" in verdict.reasons


# --- relayed people ---------------------------------------------------------------------------


def contact_form(
    *, reply_to: tuple[str, ...] = (), body: str = "Message: hello\n"
) -> ParsedMessage:
    """A contact-form relay: no-reply From, Auto-Submitted: auto-generated."""
    return make_message(
        from_="Website <no-reply@site.example>",
        reply_to=reply_to,
        headers=(("auto-submitted", "auto-generated"),),
        body=body,
    )


def test_contact_form_with_human_reply_to_is_relayed_not_machine() -> None:
    verdict = check(contact_form(reply_to=("Jane Doe <Jane@Startup.example>",)))

    assert verdict.is_machine is False
    assert verdict.relayed is True
    assert verdict.relayed_person == Address("Jane Doe", "jane@startup.example")
    assert "Auto-Submitted: auto-generated" in verdict.reasons
    assert _has_reason(verdict, "From is a no-reply address")


def test_contact_form_whose_reply_to_is_no_reply_is_machine() -> None:
    verdict = check(contact_form(reply_to=("noreply@site.example",)))

    assert verdict.is_machine
    assert not verdict.relayed
    assert verdict.relayed_person is None


@pytest.mark.parametrize(
    "sender",
    [
        "FreelanceHub <notifications@freelancehub.example>",
        "Typeform <notifications@typeform-mail.example>",
        "Jobs <jobs-alerts@board.example>",
        "Platform <notify@platform.example>",
    ],
)
def test_a_notification_sender_writing_for_a_person_in_reply_to_is_relayed(sender: str) -> None:
    # job platforms do not always send Auto-Submitted; the draft goes to the person, for review
    msg = make_message(from_=sender, reply_to=("Jane Doe <jane@startup.example>",))
    verdict = check(msg)

    assert (verdict.is_machine, verdict.relayed) == (False, True)
    assert verdict.relayed_person == Address("Jane Doe", "jane@startup.example")
    assert _has_reason(verdict, "notification sender")


@pytest.mark.parametrize(
    "reply_to",
    [(), ("notifications@freelancehub.example",), ("noreply@x.example",), (OWNER,)],
    ids=["no-reply-to", "reply-to-is-from", "reply-to-is-a-machine", "reply-to-is-the-owner"],
)
def test_a_notification_sender_alone_is_no_signal(reply_to: tuple[str, ...]) -> None:
    # a shared inbox a person reads: answered like anyone (is_machine_address says the same)
    msg = make_message(from_="notifications@freelancehub.example", reply_to=reply_to)
    verdict = check(msg)

    assert (verdict.is_machine, verdict.relayed, verdict.reasons) == (False, False, ())


@pytest.mark.parametrize("local", ["notificationsmith", "alertness", "ana.notifyer", "salerts"])
def test_notification_words_inside_a_name_are_no_signal(local: str) -> None:
    msg = make_message(from_=f"{local}@x.example", reply_to=("Jane <jane@startup.example>",))
    assert not check(msg).relayed


def test_reply_to_equal_to_from_is_not_a_person() -> None:
    msg = make_message(
        from_="forms@site.example",
        reply_to=("forms@site.example",),
        headers=(("auto-submitted", "auto-generated"),),
    )

    assert check(msg).is_machine


def test_reply_to_owner_is_not_a_person() -> None:
    assert check(contact_form(reply_to=(OWNER,))).is_machine


def test_first_human_reply_to_wins() -> None:
    verdict = check(contact_form(reply_to=("noreply@site.example", "Jane <jane@startup.example>")))

    assert verdict.relayed_person == Address("Jane", "jane@startup.example")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Name: Jane Doe\nEmail: jane@startup.example\n",
            Address("Jane Doe", "jane@startup.example"),
        ),
        ("E-mail: Jane@Startup.example\n", Address("", "jane@startup.example")),
        ("**Email address:** jane@startup.example\n", Address("", "jane@startup.example")),
        ("Your email = jane@startup.example\n", Address("", "jane@startup.example")),
        ("Reply to: jane@startup.example\n", Address("", "jane@startup.example")),
        ("Reply-To: jane@startup.example\n", Address("", "jane@startup.example")),
        ("From: Jane Doe <jane@startup.example>\n", Address("Jane Doe", "jane@startup.example")),
        (
            "Email: <mailto:jane@startup.example>\nFull name: Jane Doe\n",
            Address("Jane Doe", "jane@startup.example"),
        ),
        (
            "From: no-reply@site.example\nEmail: jane@startup.example\n",
            Address("", "jane@startup.example"),
        ),
    ],
    ids=[
        "email-with-name-line",
        "e-mail",
        "markdown-label",
        "your-email-equals",
        "reply-to-words",
        "reply-to-header-like",
        "from-with-name",
        "mailto-and-full-name",
        "email-label-beats-from",
    ],
)
def test_person_named_in_body_is_relayed(body: str, expected: Address) -> None:
    verdict = check(contact_form(body="New submission from your site.\n" + body))

    assert not verdict.is_machine
    assert verdict.relayed
    assert verdict.relayed_person == expected


@pytest.mark.parametrize(
    "body",
    [
        "Email: noreply@site.example\n",
        "From: Website <no-reply@site.example>\n",
        f"Email: {OWNER}\n",
        "> Email: jane@startup.example\n",
        "Write to jane@startup.example if you like.\n",
        "Email: not given\n",
    ],
    ids=["machine-address", "the-relay-itself", "owner", "quoted", "unlabelled", "no-address"],
)
def test_body_without_a_usable_person_stays_machine(body: str) -> None:
    assert check(contact_form(body=body)).is_machine


def test_reply_to_beats_body() -> None:
    verdict = check(
        contact_form(reply_to=("Jane <jane@startup.example>",), body="Email: joe@other.example\n")
    )

    assert verdict.relayed_person == Address("Jane", "jane@startup.example")


@pytest.mark.parametrize(
    "kwargs",
    [
        {"headers": (("return-path", "<bounces+123-abc@esp.example>"),)},
        {"headers": (("return-path", "<msprvs1=17abc=bounces-4242@esp.example>"),)},
        {"sender": "Jobs Platform <noreply@jobs.example>"},
    ],
    ids=["verp-return-path", "batv-return-path", "no-reply-sender"],
)
def test_envelope_relay_with_human_from_relays_from(kwargs: dict[str, object]) -> None:
    verdict = check(make_message(**kwargs))  # type: ignore[arg-type]

    assert not verdict.is_machine
    assert verdict.relayed
    assert verdict.relayed_person == Address("Ana Costa", "ana@example.org")


def test_envelope_relay_does_not_vouch_for_from_when_the_message_claims_automation() -> None:
    msg = make_message(
        headers=(
            ("return-path", "<bounces+123-abc@esp.example>"),
            ("auto-submitted", "auto-generated"),
        ),
        body="Your weekly digest.\n",
    )

    verdict = check(msg)

    assert verdict.is_machine
    assert not verdict.relayed


def test_auto_generated_from_a_human_looking_address_is_machine() -> None:
    msg = make_message(
        from_="GitHub <notifications@github.example>",
        headers=(("auto-submitted", "auto-generated"),),
        body="Build failed.\n",
    )

    assert check(msg).is_machine


def test_owner_matching_ignores_case_and_display_names() -> None:
    msg = make_message(from_="cto@OWNER.example")

    assert machine_check(msg, owner_addresses=("The CTO <CTO@owner.example>",)).is_machine
    assert not machine_check(msg).is_machine


# --- is_machine_address -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "MAILER-DAEMON@example.org",
        "mailer-daemon",
        "postmaster@example.org",
        "listserv@example.edu",
        "Majordomo@example.org",
        "cto-list-request@example.org",
        "owner-cto-list@example.org",
        "noreply@example.org",
        "no-reply@example.org",
        "no_reply@example.org",
        "donotreply@example.org",
        "do-not-reply@example.org",
        "Do_Not_Reply@example.org",
        "calendar-noreply@example.org",
        "bounce@example.org",
        "bounces+42-x@example.org",
        "Forms <noreply@site.example>",
        "",
        "   ",
    ],
)
def test_is_machine_address_true(address: str) -> None:
    assert is_machine_address(address)


@pytest.mark.parametrize(
    "address",
    [
        "ana@example.org",
        "noah.reply@example.org",
        "bouncer@example.org",
        "notifications@example.org",
        "request@example.org",
        "product-owner@example.org",
        "Ana Costa <ana@example.org>",
    ],
)
def test_is_machine_address_false(address: str) -> None:
    assert not is_machine_address(address)


# --- real messages ------------------------------------------------------------------------------


def adapt(raw: bytes) -> ParsedMessage:
    """The least a parser must give the check: every header, From/Sender/Reply-To, types."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    headers = tuple(
        (name.lower(), str(value).replace("\r", " ").replace("\n", " "))
        for name, value in message.items()
    )

    def first_address(name: str) -> Address | None:
        value = message.get(name)
        if value is None:
            return None
        display, addr = parseaddr(str(value))
        return Address(display, addr.lower()) if addr else None

    reply_to = first_address("reply-to")
    return ParsedMessage(
        message_id=str(message.get("message-id", "<synthetic@test>")),
        subject=str(message.get("subject", "")),
        from_addr=first_address("from"),
        sender=first_address("sender"),
        reply_to=(reply_to,) if reply_to is not None else (),
        to=(),
        cc=(),
        date=None,
        in_reply_to=None,
        references=(),
        headers=headers,
        body_text="",
        new_text="",
        quoted_text="",
        signature="",
        content_type=message.get_content_type(),
    )


BOUNCES = sorted(FLANKER.glob("bounce_*.eml"))
REPORTS = [
    FLANKER / "complaints_aol.eml",
    FLANKER / "complaints_yahoo.eml",
    FLANKER / "disposition-notification.eml",
]


def test_the_corpus_has_the_bounces() -> None:
    assert len(BOUNCES) >= 9


@pytest.mark.parametrize("path", BOUNCES + REPORTS, ids=lambda path: path.name)
def test_real_bounces_and_reports_are_machine(path: Path) -> None:
    verdict = machine_check(adapt(path.read_bytes()), owner_addresses=(OWNER,))

    assert verdict.is_machine, verdict
    assert verdict.reasons
    assert not verdict.relayed


def test_every_wild_message_gets_a_verdict() -> None:
    paths = [path for path in WILD_CORPUS.rglob("*") if path.is_file() and path.suffix != ".md"]
    assert len(paths) > 100

    for path in paths:
        verdict = machine_check(adapt(path.read_bytes()), owner_addresses=(OWNER,))
        assert isinstance(verdict, SafetyVerdict)
        assert not (verdict.is_machine and verdict.relayed)


_header_names = st.sampled_from(
    [
        "return-path",
        "auto-submitted",
        "precedence",
        "x-auto-response-suppress",
        "list-id",
        "x-autoreply",
        "content-type",
        "x-envelope-from",
        "feedback-id",
    ]
)


@given(
    headers=st.lists(st.tuples(_header_names, st.text(max_size=40)), max_size=6),
    body=st.text(max_size=200),
    sender=st.text(max_size=30),
)
def test_never_raises_and_verdict_is_consistent(
    headers: list[tuple[str, str]], body: str, sender: str
) -> None:
    msg = make_message(headers=tuple(headers), body=body, sender=sender or None)

    verdict = machine_check(msg, owner_addresses=(OWNER,))

    assert not (verdict.is_machine and verdict.relayed)
    assert verdict.relayed == (verdict.relayed_person is not None)
    if verdict.is_machine or verdict.relayed:
        assert verdict.reasons


@pytest.mark.parametrize(
    "address",
    [
        "naoresponda@trabalha.example",
        "nao-responda@vagas.example",
        "noresponder@empleos.example",
        "ne-pas-repondre@emplois.example",
        "nicht-antworten@jobs.example",
        "non_rispondere@lavoro.example",
        "wordpress@startup.example",
        "contact-form@startup.example",
    ],
)
def test_no_reply_senders_in_other_languages_and_forms(address: str) -> None:
    assert is_machine_address(address)


@pytest.mark.parametrize("address", ["nora.responder@x.example", "formula@x.example"])
def test_names_that_only_look_like_no_reply(address: str) -> None:
    assert not is_machine_address(address)
