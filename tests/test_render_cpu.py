"""render.py's cheaper sandbox reads, template contexts and header checks give what the
originals gave (the originals kept here as they were)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import StrictUndefined, UndefinedError
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from render_reference import assert_same_header_verdict

from mailbot.models import Address, ApplicantFields, Budget, ClientFields
from mailbot.render import (
    TemplateLibrary,
    _address_field,
    _folded_address_field,
    _formatted,
    _plain,
    _Sandbox,
    header_safe,
)

_OLD_LINE_BREAKING = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


def _old_header_safe(text: str, limit: int = 400) -> str:
    return _OLD_LINE_BREAKING.sub(" ", text).replace("=?", "= ?").strip()[:limit]


@settings(max_examples=3000, deadline=None)
@given(text=st.text(st.characters(codec=None), max_size=60), limit=st.integers(0, 80))
def test_header_safe_as_before(text: str, limit: int) -> None:
    assert header_safe(text, limit) == _old_header_safe(text, limit)


@pytest.mark.parametrize("char", ["\x00", "\t", "\n", "\r", "\x1f", "\x7f", "\x85", "\u2028"])
def test_header_safe_breaks_every_line_breaker(char: str) -> None:
    assert header_safe(f"a{char}b") == _old_header_safe(f"a{char}b") == "a b"


HEADER_BYTES = st.lists(
    st.sampled_from([b"From: a@b", b"To: c@d", b"Subject: x", b"\r", b"\n", b"\r\n", b"\t", b" "])
    | st.binary(max_size=3),
    max_size=12,
)


@settings(max_examples=3000, deadline=None)
@given(parts=HEADER_BYTES)
def test_header_check_finds_control_bytes_as_before(parts: list[bytes]) -> None:
    assert_same_header_verdict(b"".join(parts) + b"\r\n\r\nbody")


KEYS = st.sampled_from(["name", "first_name", "_private", "__class__", "items", "get", "x"])


@settings(max_examples=500, deadline=None)
@given(
    record=st.dictionaries(KEYS, st.integers() | st.text(max_size=3), max_size=4),
    attribute=KEYS,
)
def test_sandbox_reads_a_dict_as_before(record: dict[str, Any], attribute: str) -> None:
    """Whatever a template asks of a plain dict: the value, or the same refusal."""
    ours = _Sandbox(undefined=StrictUndefined)
    stock = SandboxedEnvironment(undefined=StrictUndefined)
    outcomes = []
    for env in (ours, stock):
        try:
            outcomes.append(("ok", env.from_string(f"{{{{ d.{attribute} }}}}").render(d=record)))
        except (UndefinedError, SecurityError) as exc:
            outcomes.append((type(exc).__name__, str(exc)))
    assert outcomes[0] == outcomes[1]


def test_sandbox_still_refuses_internals() -> None:
    env = _Sandbox(undefined=StrictUndefined)
    with pytest.raises(SecurityError):
        env.from_string("{{ d.__class__.__subclasses__() }}").render(d={})
    with pytest.raises(UndefinedError):
        env.from_string("{{ d._secret }}").render(d={"x": 1})
    assert env.from_string("{{ d._secret }}").render(d={"_secret": 1}) == "1"


def test_templates_still_see_the_globals(tmp_path: Path) -> None:
    (tmp_path / "t.en.txt.j2").write_text(
        "{% set ns = namespace(n=0) %}{% for i in range(3) %}{% set ns.n = ns.n + i %}"
        "{% endfor %}{{ ns.n }} {{ who.name }} {{ dict(a=1) }} {{ lipsum is defined }}"
    )
    library = TemplateLibrary(tmp_path)
    stock = library.env.get_template("t.en.txt.j2").render({"who": {"name": "Ana"}})
    assert library.render("t", "en", {"who": {"name": "Ana"}}) == stock == "3 Ana {'a': 1} True"


def test_a_template_error_still_raises(tmp_path: Path) -> None:
    (tmp_path / "t.en.txt.j2").write_text("{{ missing.name }}")
    with pytest.raises(UndefinedError):
        TemplateLibrary(tmp_path).render("t", "en", {})


def _old_plain(value: Any) -> Any:
    from dataclasses import fields, is_dataclass

    if isinstance(value, (str, int, float)) or value is None:
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _old_plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return type(value)(_old_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _old_plain(v) for k, v in value.items()}
    return value


def test_plain_as_before() -> None:
    applicant = ApplicantFields(name="Ana", roles=("cto", "qa"), has_cv_attachment=True)
    client = ClientFields(company="Acme", budget=Budget("5k", 5000.0, "EUR", "month"))
    for value in (applicant, client, ApplicantFields()):
        assert _plain(value) == _old_plain(value)
        assert list(_plain(value)) == list(_old_plain(value))


@settings(max_examples=3000, deadline=None)
@given(
    name=st.text(st.sampled_from('ab é"\\<>@,.;:()[]\udce9\u2028x'), max_size=12),
    email=st.sampled_from(["ana@x.example", "zoë@x.example", "", "a b@c"]),
)
def test_formatted_as_the_address_says(name: str, email: str) -> None:
    address = Address(name, email)
    try:
        expected = address.formatted()
    except UnicodeError as exc:
        with pytest.raises(type(exc)):
            _formatted(address)
    else:
        assert _formatted(address) == expected


@settings(max_examples=5000, deadline=None)
@given(
    name=st.text(st.sampled_from('ab  \tLé."<@x'), max_size=90),
    local=st.text(st.sampled_from("ab.+-=?é "), min_size=0, max_size=70),
    field=st.sampled_from(["To", "Cc", "From"]),
)
def test_one_address_on_a_line_as_folded(name: str, local: str, field: str) -> None:
    addresses = [Address(name, f"{local}@x.example")]
    try:
        expected = _folded_address_field(field, addresses)
    except Exception as exc:
        with pytest.raises(type(exc)):
            _address_field(field, addresses)
    else:
        assert _address_field(field, addresses) == expected
