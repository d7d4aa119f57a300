"""_decoded_runs(): the base64 runs found from the blank lines, decoded on the way."""

from __future__ import annotations

import base64
import time
from email.message import Message

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot import parse

_B64_LF = base64.encodebytes(bytes(range(256)) * 80)  # 20 KB, 270 lines
_B64_CRLF = _B64_LF.replace(b"\n", b"\r\n")


def _message(b64: bytes, eol: bytes, between: bytes = b"") -> bytes:
    head = eol.join(
        [
            b"From: a@example.org",
            b"Content-Type: multipart/mixed; boundary=b",
            b"",
            b"--b",
            b"Content-Type: text/plain",
            b"",
            b"hi" + between,
            b"--b",
            b"Content-Type: application/pdf",
            b"Content-Transfer-Encoding: base64",
            b"",
            b"",
        ]
    )
    return head + b64 + b"--b--" + eol


@pytest.mark.parametrize("b64, eol", [(_B64_LF, b"\n"), (_B64_CRLF, b"\r\n")])
def test_the_runs_of_an_attachment_are_those_base64_runs_finds(b64: bytes, eol: bytes) -> None:
    data = _message(b64, eol)
    found = parse._decoded_runs(data)
    assert found is not None
    assert [(start, end) for start, end, _ in found] == parse._base64_runs(data)
    ((start, end, decoded),) = found
    assert decoded == base64.b64decode(data[start:end]) == bytes(range(256)) * 80


@pytest.mark.parametrize(
    "b64",
    [
        _B64_CRLF[:8000] + b"\r" + _B64_CRLF[8000:],  # a lone CR inside a line
        _B64_CRLF[:8000] + b"-" + _B64_CRLF[8001:],  # not the alphabet
        _B64_CRLF + _B64_CRLF,  # padding inside
        _B64_CRLF[:-5] + b"\r\n",  # a length no base64 has
    ],
)
def test_runs_are_strictly_base64_and_the_tree_the_same(b64: bytes) -> None:
    import binascii
    import email

    data = _message(b64, b"\r\n")
    for start, end, decoded in parse._decoded_runs(data) or []:
        joined = data[start:end].replace(b"\r\n", b"")
        assert binascii.a2b_base64(joined, strict_mode=True) == decoded
    expected = email.message_from_bytes(data, policy=parse._POLICY)
    runs: parse._Runs = {}
    msg = parse._message_from_bytes(data, runs)
    assert msg.as_bytes() == expected.as_bytes()
    pdf, wanted = msg.get_payload()[1], expected.get_payload()[1]  # type: ignore[index]
    assert isinstance(pdf, Message) and isinstance(wanted, Message)
    assert parse._payload_bytes(pdf, [], runs) == wanted.get_payload(decode=True)


def test_our_token_between_the_runs_is_parsed_the_long_way() -> None:
    import email

    data = _message(_B64_CRLF, b"\r\n", between=b"\r\nXmailbotrun000000")
    assert parse._decoded_runs(data)
    runs: parse._Runs = {}
    msg = parse._message_from_bytes(data, runs)
    assert not runs
    assert msg.as_bytes() == email.message_from_bytes(data, policy=parse._POLICY).as_bytes()


_HOSTILE = {
    "blank line storm": b"x\n\n" * 300_000,
    "short runs after blank lines": ((b"A" * 76 + b"\n") * 31 + b"\n") * 800,
    "a run to the end, wrong at the end": b"x\n\n" + (b"A" * 76 + b"\n") * 26_000 + b"-\n",
    "CRLF and LF by turns": b"x\n\n" + (b"A" * 76 + b"\r\n" + b"A" * 76 + b"\n") * 13_000,
}


@pytest.mark.parametrize("data", list(_HOSTILE.values()), ids=list(_HOSTILE))
def test_looking_for_decoded_runs_is_linear(data: bytes) -> None:
    started = time.perf_counter()
    parse._decoded_runs(data)
    assert time.perf_counter() - started < 0.5


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="\r\nab", max_size=8))
def test_drop_line_end_is_the_feed_parsers_regex(text: str) -> None:
    found = parse._FEED_LINE_END.search(text)
    assert parse._drop_line_end(text) == (text[: -len(found.group(0))] if found else text)
