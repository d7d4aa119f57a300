"""The shortcuts render.py takes give what the slower originals gave."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import format_datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from render_reference import assert_same_header_verdict

from mailbot.models import Address
from mailbot.render import _address_field, _date, _from_field


class _NoOffset(tzinfo):
    def utcoffset(self, dt: datetime | None) -> None:
        return None

    def dst(self, dt: datetime | None) -> None:
        return None


offsets = st.one_of(
    st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: timedelta(minutes=m)),
    st.timedeltas(min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23)),
)
zones = st.one_of(
    st.none(),
    st.just(UTC),
    offsets.map(timezone),
    st.timezones(),
    st.just(_NoOffset()),
)


@settings(max_examples=3000, deadline=None)
@given(when=st.datetimes(timezones=zones))
def test_date_is_format_datetime(when: datetime) -> None:
    assert _date(when) == format_datetime(when)


@given(name=st.text(max_size=40), local=st.from_regex(r"[a-z0-9.+-]{1,20}", fullmatch=True))
def test_the_from_field_is_the_address_field(name: str, local: str) -> None:
    email = f"{local}@example.com"
    assert _from_field(name, email) == _address_field("From", [Address(name, email)])


OWN_LINES = [
    b"From: a@b", b"To: c@d", b"Cc: e@f", b"Subject: x", b"Date: d", b"Message-ID: <m@x>",
    b"In-Reply-To: <i@x>", b"References: <r@x>", b"X-Mailbot-Template: t",
    b"X-Mailbot-Source: <s@x>", b"MIME-Version: 1.0", b"Content-Type: text/plain",
    b"Content-Transfer-Encoding: quoted-printable", b" folded", b"\tfolded",
    b"From", b"Fromx", b"From :x", b"from: x", b"", b"Bcc: z", b"To:", b"SUBJECT: y",
]  # fmt: skip


@settings(max_examples=3000, deadline=None)
@given(lines=st.lists(st.sampled_from(OWN_LINES), max_size=14))
def test_header_check_shortcut_as_before(lines: list[bytes]) -> None:
    """The shortcut for a header of the fields render_draft writes, each once."""
    raw = b"\r\n".join(lines) + b"\r\n\r\nbody"
    assert_same_header_verdict(raw)
