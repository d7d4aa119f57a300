"""First-match triage over the owner's named rules, keeping the trail of every rule tried.

Built-in guards run first, in this order, and no rule can switch them off:
machine-safety (RFC 3834), since (old mail is recorded, not answered), follow-up (a message
in a thread we already answered is held, never acknowledged twice), and unsure (below the
confidence floor: held for a human). A rule that would write to the sender is then held when
there is nobody to write to (no-human-recipient) or the address has a non-ASCII local part
(ascii-recipient: RFC 6531 mail needs SMTPUTF8, which a draft's 7-bit headers cannot carry).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .config import Condition, Preferences, Rule
from .models import (
    Classification,
    ClientFields,
    Decision,
    DecisionContext,
    Label,
    RuleTrailEntry,
    SafetyVerdict,
    SendPolicy,
    draftable_address,
)
from .safety import is_machine_address

# Kinds of mail the classifier reads as machine-made even without RFC 3834 headers.
MACHINE_KINDS = frozenset({"auto_reply", "bounce", "mailing_list"})


@dataclass(frozen=True)
class Liking:
    liked: bool
    why: str


def assess_client(client: ClientFields | None, prefs: Preferences) -> Liking:
    """Does the owner like this client? Avoid-list first, then any stated preference."""
    if client is None:
        return Liking(False, "no client fields")
    facts = " ".join(
        [client.industry, client.stage, client.company, *client.stack, client.need]
    ).lower()
    for avoided in prefs.avoid:
        if avoided.lower() in facts:
            return Liking(False, f"on the avoid list: {avoided}")
    budget = client.budget
    if prefs.min_budget_monthly_usd is not None and budget and budget.amount is not None:
        monthly = _monthly_usd(budget.amount, budget.currency, budget.period)
        if monthly is not None and monthly < prefs.min_budget_monthly_usd:
            return Liking(False, f"budget {budget.verbatim!r} below the minimum")
    reasons = []
    if client.industry and client.industry.lower() in {i.lower() for i in prefs.industries}:
        reasons.append(f"industry {client.industry}")
    if client.stage and client.stage.lower() in {s.lower() for s in prefs.stages}:
        reasons.append(f"stage {client.stage}")
    stack_hits = {s.lower() for s in client.stack} & {s.lower() for s in prefs.stacks}
    if stack_hits:
        reasons.append("stack " + ", ".join(sorted(stack_hits)))
    if reasons:
        return Liking(True, "; ".join(reasons))
    return Liking(False, "no preferred industry, stage or stack")


_TO_USD = {"USD": 1.0, "EUR": 1.08, "GBP": 1.27, "BRL": 0.2, "CHF": 1.12, "": 1.0}
_PER_MONTH = {"hour": 160.0, "day": 20.0, "week": 4.3, "month": 1.0, "year": 1 / 12}


def _monthly_usd(amount: float, currency: str, period: str) -> float | None:
    rate = _TO_USD.get(currency.upper())
    factor = _PER_MONTH.get(period)
    if rate is None or factor is None:
        return None  # a one-off project budget is not comparable to a monthly floor
    return amount * rate * factor


def _one_of(value: str, wanted: str | tuple[str, ...]) -> bool:
    options = (wanted,) if isinstance(wanted, str) else wanted
    return value in options or "any" in options


def match_condition(
    cond: Condition,
    cls: Classification,
    safety: SafetyVerdict,
    bandwidth: bool,
    liking: Liking,
) -> tuple[bool, str]:
    """All given conditions must hold. Returns (matched, why) naming the deciding fact."""
    checks: list[tuple[bool, str]] = []
    if cond.label is not None:
        checks.append((_one_of(cls.label.value, cond.label), f"label is {cls.label.value}"))
    if cond.kind is not None:
        kind = cls.kind.value if cls.kind else ""
        checks.append((_one_of(kind, cond.kind), f"kind is {kind or 'none'}"))
    if cond.bandwidth is not None:
        checks.append((bandwidth == cond.bandwidth, f"bandwidth {'free' if bandwidth else 'full'}"))
    if cond.liked is not None:
        checks.append((liking.liked == cond.liked, f"liked={liking.liked} ({liking.why})"))
    if cond.language is not None:
        checks.append((_one_of(cls.language, cond.language), f"language is {cls.language}"))
    if cond.sender is not None:
        email = cls.person.email if cls.person else ""
        found = re.search(cond.sender, email, re.IGNORECASE) is not None
        checks.append((found, f"sender {email or 'unknown'}"))
    if cond.relayed is not None:
        checks.append((safety.relayed == cond.relayed, f"relayed={safety.relayed}"))
    if cond.has_cv is not None:
        has_cv = bool(cls.applicant and cls.applicant.has_cv_attachment)
        checks.append((has_cv == cond.has_cv, f"has_cv={has_cv}"))
    if cond.need is not None:
        need = cls.client.need if cls.client else ""
        checks.append((_one_of(need, cond.need), f"need is {need or 'unknown'}"))
    if cond.min_confidence is not None:
        ok = cls.confidence >= cond.min_confidence
        checks.append((ok, f"confidence {cls.confidence:.2f}"))
    for ok, why in checks:
        if not ok:
            return False, why
    return True, "; ".join(why for _, why in checks) or "matches everything"


def decide(
    cls: Classification,
    safety: SafetyVerdict,
    rules: Sequence[Rule],
    prefs: Preferences,
    ctx: DecisionContext,
) -> Decision:
    trail: list[RuleTrailEntry] = []

    def stop(rule: str, action: str, why: str) -> Decision:
        trail.append(RuleTrailEntry(rule, True, why))
        return Decision(rule=rule, action=action, reason=why, trail=tuple(trail))

    if safety.is_machine:
        return stop("machine-safety", "ignore", "; ".join(safety.reasons) or "machine sender")
    trail.append(RuleTrailEntry("machine-safety", False, "no machine signal"))
    if ctx.before_since:
        return stop("since", "record", "arrived before `since`: recorded, not answered")
    if ctx.is_followup:
        return stop("follow-up", "hold", ctx.followup_reason or "follow-up in a known thread")
    if cls.label is Label.UNSURE:
        raw = cls.raw_label.value if cls.raw_label else "?"
        return stop("unsure", "hold", f"confidence {cls.confidence:.2f} below floor ({raw})")
    if cls.label is Label.OTHER and cls.kind is not None and cls.kind.value in MACHINE_KINDS:
        return stop("machine-kind", "ignore", f"read as {cls.kind.value}: never answered")
    trail.append(RuleTrailEntry("machine-kind", False, "not read as machine mail"))

    bandwidth = ctx.active_engagements < ctx.capacity
    liking = assess_client(cls.client, prefs) if cls.label is Label.CLIENT else Liking(False, "")
    for rule in rules:
        matched, why = match_condition(rule.when, cls, safety, bandwidth, liking)
        trail.append(RuleTrailEntry(rule.name, matched, why))
        if not matched:
            continue
        policy = SendPolicy(rule.send)
        reason = why
        if rule.action in ("draft", "team", "intro"):
            person = cls.person
            if person is None or not person.email or is_machine_address(person.email):
                trail.append(RuleTrailEntry("no-human-recipient", True, "nobody to answer"))
                return Decision(
                    rule=rule.name, action="hold", reason="no human recipient", trail=tuple(trail)
                )
            if not draftable_address(person.email):  # he answers it himself
                why = f"{person.email}: a non-ASCII local part needs SMTPUTF8, answer by hand"
                trail.append(RuleTrailEntry("ascii-recipient", True, why))
                return Decision(rule=rule.name, action="hold", reason=why, trail=tuple(trail))
            if safety.relayed and policy is SendPolicy.AUTO:
                policy = SendPolicy.REVIEW
                reason += "; relayed by a machine: review only"
        return Decision(
            rule=rule.name,
            action=rule.action,
            template=rule.template,
            send_policy=policy,
            folder=rule.folder,
            reason=reason,
            trail=tuple(trail),
        )
    trail.append(RuleTrailEntry("default", True, "no rule matched"))
    return Decision(rule="default", action="hold", reason="no rule matched", trail=tuple(trail))
