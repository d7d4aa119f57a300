"""Pure core: first-match rules with trail, and drafts that are threaded and injection-free."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from mailbot.config import Condition, OwnerSettings, Preferences, Rule, Settings
from mailbot.decide import assess_client, decide
from mailbot.models import (
    Address,
    Budget,
    Classification,
    ClientFields,
    DecisionContext,
    Label,
    OtherKind,
    ParsedMessage,
    SafetyVerdict,
)
from mailbot.render import TemplateLibrary, draft_message_id, header_safe, render_draft

REPO = Path(__file__).resolve().parents[1]
RULES = Settings().rules
PREFS = Preferences(industries=("healthtech",), stacks=("python",), avoid=("gambling",))
HUMAN = SafetyVerdict(is_machine=False)
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def cls(
    label: Label, kind: OtherKind | None = None, conf: float = 0.9, **kw: object
) -> Classification:
    person = kw.pop("person", Address("Ana Costa", "ana@example.org"))
    return Classification(label=label, kind=kind, confidence=conf, person=person, **kw)  # type: ignore[arg-type]


def parsed(**overrides: object) -> ParsedMessage:
    base: dict[str, object] = dict(
        message_id="<m1@example.org>",
        subject="Re: My Fractional CTO career",
        from_addr=Address("Ana Costa", "ana@example.org"),
        sender=None,
        reply_to=(),
        to=(),
        cc=(),
        date=NOW,
        in_reply_to="<news@remotework.example>",
        references=("<news@remotework.example>",),
        headers=(),
        body_text="Hi Sergio, here is my CV",
        new_text="Hi Sergio, here is my CV",
        quoted_text="",
        signature="",
    )
    base.update(overrides)
    return ParsedMessage(**base)  # type: ignore[arg-type]


def test_machine_check_runs_before_any_rule() -> None:
    verdict = SafetyVerdict(is_machine=True, reasons=("Auto-Submitted: auto-replied",))
    decision = decide(cls(Label.APPLICANT), verdict, RULES, PREFS, DecisionContext(capacity=1))
    assert (decision.rule, decision.action) == ("machine-safety", "ignore")
    assert decision.trail[0].matched


def test_applicant_gets_ack_with_trail() -> None:
    decision = decide(cls(Label.APPLICANT), HUMAN, RULES, PREFS, DecisionContext(capacity=1))
    assert (decision.rule, decision.action, decision.template) == (
        "applicant-ack",
        "draft",
        "applicant_ack",
    )
    assert [t.rule for t in decision.trail][:3] == [
        "machine-safety",
        "machine-kind",
        "applicant-ack",
    ]


@pytest.mark.parametrize(
    ("active", "client", "rule"),
    [
        (0, ClientFields(), "client-take"),
        (1, ClientFields(industry="healthtech"), "client-team"),
        (1, ClientFields(industry="gambling", stack=("python",)), "client-refer"),
        (1, ClientFields(industry="retail"), "client-refer"),
    ],
)
def test_client_branches(active: int, client: ClientFields, rule: str) -> None:
    decision = decide(
        cls(Label.CLIENT, client=client),
        HUMAN,
        RULES,
        PREFS,
        DecisionContext(active_engagements=active, capacity=1),
    )
    assert decision.rule == rule
    misses = [t.rule for t in decision.trail if not t.matched]
    assert "applicant-ack" in misses


def test_unsure_followup_since_and_machine_kind_hold_or_ignore() -> None:
    unsure = cls(Label.UNSURE, conf=0.3, raw_label=Label.CLIENT)
    assert decide(unsure, HUMAN, RULES, PREFS, DecisionContext()).action == "hold"
    follow = DecisionContext(is_followup=True, followup_reason="in reply to <d@x>")
    assert decide(cls(Label.APPLICANT), HUMAN, RULES, PREFS, follow).rule == "follow-up"
    old = DecisionContext(before_since=True)
    assert decide(cls(Label.CLIENT), HUMAN, RULES, PREFS, old).action == "record"
    ooo = cls(Label.OTHER, OtherKind.AUTO_REPLY)
    assert decide(ooo, HUMAN, RULES, PREFS, DecisionContext()).action == "ignore"


def test_no_draft_to_machine_address() -> None:
    machine_person = cls(Label.APPLICANT, person=Address("", "noreply@jobs.example"))
    assert decide(machine_person, HUMAN, RULES, PREFS, DecisionContext()).action == "hold"


@pytest.mark.parametrize("label", [Label.APPLICANT, Label.CLIENT])
def test_a_non_ascii_local_part_is_held_with_a_trail_entry_that_says_why(label: Label) -> None:
    eai = cls(label, person=Address("José", "josé@example.com"))
    decision = decide(eai, HUMAN, RULES, PREFS, DecisionContext(capacity=1))
    assert decision.action == "hold"
    assert decision.rule in ("applicant-ack", "client-take")  # the rule that matched
    assert decision.trail[-1].rule == "ascii-recipient"
    assert "josé@example.com" in decision.reason and "SMTPUTF8" in decision.reason


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        (Address("José", "josé@example.com"), "=?utf-8?b?Sm9zw6k=?= <josé@example.com>"),
        (Address("Ana, PhD", "zoë@x.example"), '"Ana, PhD" <zoë@x.example>'),
        (Address("", "zoë@x.example"), "zoë@x.example"),
        (Address("Ana", "ana@x.example"), "Ana <ana@x.example>"),
    ],
)
def test_formatted_shows_an_address_formataddr_refuses(address: Address, shown: str) -> None:
    assert address.formatted() == shown


def test_relayed_never_auto() -> None:
    rules = (
        Rule(
            name="auto-ack",
            when=Condition(label="applicant"),
            action="draft",
            template="applicant_ack",
            send="auto",
        ),
    )
    relayed = SafetyVerdict(is_machine=False, relayed=True)
    decision = decide(cls(Label.APPLICANT), relayed, rules, PREFS, DecisionContext())
    assert decision.send_policy.value == "review"


def test_budget_floor() -> None:
    prefs = Preferences(industries=("fintech",), min_budget_monthly_usd=5000)
    cheap = ClientFields(industry="fintech", budget=Budget("$1k/month", 1000, "USD", "month"))
    assert not assess_client(cheap, prefs).liked
    rich = ClientFields(industry="fintech", budget=Budget("$9k/month", 9000, "USD", "month"))
    assert assess_client(rich, prefs).liked


def owner() -> OwnerSettings:
    return OwnerSettings(
        name="Sergio Pereira",
        email="sergio@remotework.example",
        signature="Sergio\nStartup CTO",
        booking_link="https://cal.example/s",
    )


def test_render_threaded_draft() -> None:
    library = TemplateLibrary(REPO / "templates")
    message = parsed()
    draft = render_draft(
        templates=library,
        template="applicant_ack",
        parsed=message,
        cls=cls(Label.APPLICANT),
        owner=owner(),
        to=(Address("Ana Costa", "ana@example.org"),),
        rule="applicant-ack",
        now=NOW,
    )
    msg = message_from_bytes(draft.raw, policy=policy.default)
    assert msg["In-Reply-To"] == "<m1@example.org>"
    assert (
        "<news@remotework.example>" in msg["References"] and "<m1@example.org>" in msg["References"]
    )
    assert msg["Subject"] == "Re: My Fractional CTO career"
    assert msg["From"].addresses[0].addr_spec == "sergio@remotework.example"
    assert msg["To"].addresses[0].addr_spec == "ana@example.org"
    body = msg.get_content()
    assert "Hi Ana" in body and "> Hi Sergio, here is my CV" in body
    again = render_draft(
        templates=library,
        template="applicant_ack",
        parsed=message,
        cls=cls(Label.APPLICANT),
        owner=owner(),
        to=(Address("Ana Costa", "ana@example.org"),),
        rule="applicant-ack",
        now=NOW,
    )
    assert again.message_id == draft.message_id
    assert draft.message_id == draft_message_id(
        "<m1@example.org>", "applicant_ack", "ana@example.org", "remotework.example"
    )


def test_render_language_fallback_and_pt() -> None:
    library = TemplateLibrary(REPO / "templates")
    pt = render_draft(
        templates=library,
        template="applicant_ack",
        parsed=parsed(),
        cls=cls(Label.APPLICANT, language="pt"),
        owner=owner(),
        to=(Address("Ana", "ana@example.org"),),
        rule="r",
        now=NOW,
    )
    assert "Olá" in pt.body_text
    de = render_draft(
        templates=library,
        template="applicant_ack",
        parsed=parsed(),
        cls=cls(Label.APPLICANT, language="de"),
        owner=owner(),
        to=(Address("Ana", "ana@example.org"),),
        rule="r",
        now=NOW,
    )
    assert "Hi Ana" in de.body_text


def test_injection_is_neutralised() -> None:
    library = TemplateLibrary(REPO / "templates")
    evil = parsed(
        subject="hello\r\nBcc: victim@example.com",
        new_text="{{ owner.email }} {% for x in ().__class__.__mro__ %}{% endfor %}",
        body_text="{{ 7*7 }}",
    )
    draft = render_draft(
        templates=library,
        template="applicant_ack",
        parsed=evil,
        cls=cls(Label.APPLICANT, person=Address("Eve\r\nBcc: x@y.z", "eve@example.org")),
        owner=owner(),
        to=(Address("Eve\r\nBcc: x@y.z", "eve@example.org"),),
        rule="r",
        now=NOW,
    )
    msg = message_from_bytes(draft.raw, policy=policy.default)
    assert msg["Bcc"] is None
    assert "{{ owner.email }}" in msg.get_content()
    assert header_safe("a\r\nb\x00c") == "a b c"
