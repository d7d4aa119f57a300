"""One message through parse -> safety -> classify -> decide -> render.

Pure apart from what it is handed: the classifier, the templates, a clock and a read-only
view of the state. It never imports the IMAP, SMTP or store modules. One bad message
never stops a batch: its exception becomes an Outcome with `error` set, which the daemon
quarantines with the reason.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from .config import LoadedConfig
from .decide import decide
from .models import (
    Address,
    Classification,
    Decision,
    DecisionContext,
    Draft,
    Label,
    Outcome,
    ParsedMessage,
    RawMessage,
    SafetyVerdict,
)
from .parse import parse_message
from .render import TemplateLibrary, render_draft
from .safety import machine_check


class ClassifierLike(Protocol):
    def classify_many(
        self, items: Sequence[tuple[ParsedMessage, SafetyVerdict]], floor: float
    ) -> list[Classification]: ...


class StateView(Protocol):
    """What decide needs to know about the past, read-only."""

    def known_thread(self, message_ids: Sequence[str]) -> str | None:
        """The first of `message_ids` that names a draft or message we sent, else None."""

    def answered_recently(self, email: str, since: datetime, exclude: str) -> str | None:
        """Message-ID of an earlier message from `email` we drafted a reply to after `since`."""

    def active_engagements(self) -> int: ...


@dataclass(frozen=True)
class Analysis:
    raw: RawMessage
    parsed: ParsedMessage
    safety: SafetyVerdict
    classification: Classification | None
    error: str | None = None


@dataclass(frozen=True)
class Pipeline:
    config: LoadedConfig
    templates: TemplateLibrary
    classifier: ClassifierLike
    clock: Callable[[], datetime]

    def analyse(self, raws: Sequence[RawMessage]) -> list[Analysis]:
        """Parse, machine-check and classify a batch (classification batched for speed)."""
        settings = self.config.settings
        owner_addresses = settings.owner.addresses
        limits = settings.limits
        parsed_items: list[tuple[RawMessage, ParsedMessage, SafetyVerdict]] = []
        results: dict[int, Analysis] = {}
        for index, raw in enumerate(raws):
            parsed = parse_message(raw.data, known_texts=self.config.newsletter_texts)
            try:
                safety = machine_check(parsed, owner_addresses)
            except Exception as exc:  # a bug must not stop the batch
                results[index] = Analysis(
                    raw, parsed, SafetyVerdict(True, ("check failed",)), None, _describe(exc)
                )
                continue
            if raw.size > limits.max_message_bytes or len(raw.data) > limits.max_message_bytes:
                results[index] = Analysis(
                    raw,
                    parsed,
                    safety,
                    None,
                    f"message too large ({max(raw.size, len(raw.data))} "
                    f"bytes > {limits.max_message_bytes})",
                )
                continue
            parsed_items.append((raw, parsed, safety))
        pending = [i for i in range(len(raws)) if i not in results]
        floor = settings.classifier.confidence_floor
        verdicts = self._classify([(p, s) for _, p, s in parsed_items], floor)
        for index, (raw, parsed, safety), verdict in zip(
            pending, parsed_items, verdicts, strict=True
        ):
            if isinstance(verdict, Classification):
                results[index] = Analysis(raw, parsed, safety, verdict)
            else:
                results[index] = Analysis(raw, parsed, safety, None, verdict)
        return [results[i] for i in range(len(raws))]

    def _classify(
        self, items: list[tuple[ParsedMessage, SafetyVerdict]], floor: float
    ) -> list[Classification | str]:
        """Batch first; on failure one by one, so one poisonous message cannot sink a batch."""
        try:
            return list(self.classifier.classify_many(items, floor))
        except Exception:
            pass
        out: list[Classification | str] = []
        for item in items:
            try:
                out.append(self.classifier.classify_many([item], floor)[0])
            except Exception as exc:
                out.append(f"classification failed: {_describe(exc)}")
        return out

    def finish(self, analysis: Analysis, state: StateView) -> Outcome:
        """Decide and render one analysed message. Never raises."""
        parsed = analysis.parsed
        cls = analysis.classification or Classification(
            label=Label.UNSURE, kind=None, confidence=0.0, person=None
        )
        if analysis.error is not None:
            decision = Decision(rule="quarantine", action="hold", reason=analysis.error)
            return Outcome(
                parsed.message_id, parsed, analysis.safety, cls, decision, error=analysis.error
            )
        try:
            context = self._context(analysis, cls, state)
            settings = self.config.settings
            decision = decide(cls, analysis.safety, settings.rules, settings.preferences, context)
            drafts = self._drafts(parsed, cls, decision)
        except Exception as exc:
            error = _describe(exc)
            decision = Decision(rule="quarantine", action="hold", reason=error)
            return Outcome(parsed.message_id, parsed, analysis.safety, cls, decision, error=error)
        return Outcome(parsed.message_id, parsed, analysis.safety, cls, decision, drafts)

    def _context(
        self, analysis: Analysis, cls: Classification, state: StateView
    ) -> DecisionContext:
        settings = self.config.settings
        parsed = analysis.parsed
        arrived = analysis.raw.internaldate or parsed.date
        since = self.config.since_datetime
        before_since = bool(since and arrived and _aware(arrived) < since)
        thread_ids = [*parsed.references, *([parsed.in_reply_to] if parsed.in_reply_to else [])]
        ours = state.known_thread(thread_ids) if thread_ids else None
        followup, why = False, ""
        if ours:
            followup, why = True, f"in reply to our {ours}"
        elif cls.person and cls.label in (Label.APPLICANT, Label.CLIENT):
            window = timedelta(days=settings.limits.reply_window_days)
            earlier = state.answered_recently(
                cls.person.email, self.clock() - window, parsed.message_id
            )
            if earlier:
                followup, why = True, f"second message from {cls.person.email} (first {earlier})"
        return DecisionContext(
            active_engagements=state.active_engagements(),
            capacity=settings.capacity,
            is_followup=followup,
            followup_reason=why,
            before_since=before_since,
        )

    def _drafts(
        self, parsed: ParsedMessage, cls: Classification, decision: Decision
    ) -> tuple[Draft, ...]:
        if decision.action not in ("draft", "team", "intro") or not decision.template:
            return ()
        assert cls.person is not None  # decide() holds messages with no human recipient
        person = cls.person
        extra: dict[str, object] = {"team": [], "referee": None}
        if decision.action == "team":
            extra["team"] = [
                {"name": m.name, "roles": list(m.roles)}
                for m in self.config.settings.network
                if m.available
            ][:3]
        elif decision.action == "intro":
            members = [m for m in self.config.settings.network if m.available]
            extra["referee"] = {"name": members[0].name} if members else None
        draft = render_draft(
            templates=self.templates,
            template=decision.template,
            parsed=parsed,
            cls=cls,
            owner=self.config.settings.owner,
            to=(Address(person.name, person.email),),
            rule=decision.rule,
            now=self.clock(),
            extra=extra,
            send_policy=decision.send_policy,
        )
        return (draft,)


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _describe(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"[:500]


def with_person(cls: Classification, person: Address | None) -> Classification:
    return replace(cls, person=person)
