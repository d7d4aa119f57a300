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
from typing import Any, Protocol

from .classify.prepare import ModelInput, Prepared
from .config import LoadedConfig
from .decide import MACHINE_KINDS, decide
from .errors import ConfigError
from .match import Candidate, assemble_team, rank
from .match import explain as explain_matches
from .models import (
    Address,
    ApplicantFields,
    Classification,
    ClientFields,
    ClientNeed,
    Decision,
    DecisionContext,
    Draft,
    Label,
    Outcome,
    ParsedMessage,
    RawMessage,
    RuleTrailEntry,
    SafetyVerdict,
    StateChange,
)
from .parse import parse_message
from .render import TemplateLibrary, render_draft
from .safety import machine_check
from .triage import (
    advance_intro,
    ask_next,
    client_brief,
    cv_file_name,
    declined,
    is_cv_name,
    lead_record,
    merge_person,
    new_intro,
    read_answer,
)


class ClassifierLike(Protocol):
    def classify_many(
        self,
        items: Sequence[tuple[ParsedMessage, SafetyVerdict]],
        floor: float,
        inputs: Sequence[ModelInput | None] | None = None,
    ) -> list[Classification]: ...


class StateView(Protocol):
    """What decide needs to know about the past, read-only."""

    def known_thread(self, message_ids: Sequence[str]) -> str | None:
        """The first of `message_ids` that names a draft or message we sent, else None."""

    def answered_recently(self, email: str, since: datetime, exclude: str) -> str | None:
        """Message-ID of an earlier message from `email` we drafted a reply to after `since`."""

    def active_engagements(self) -> int: ...

    def find_person(self, email: str, linkedin: str) -> tuple[str, dict[str, Any]] | None:
        """The pool record of this applicant (by email, else LinkedIn), if any."""

    def candidates(self) -> list[Candidate]:
        """Network members (rules.yaml plus promoted applicants) with their current load."""

    def intro_for_thread(self, message_ids: Sequence[str]) -> tuple[str, dict[str, Any]] | None:
        """The intro whose ask draft one of `message_ids` names, if any."""


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

    def analyse(
        self,
        raws: Sequence[RawMessage],
        parsed_ahead: Sequence[ParsedMessage] | None = None,
        prepared_ahead: Sequence[Prepared] | None = None,
    ) -> list[Analysis]:
        """Parse, machine-check and classify a batch (classification batched for speed).

        `parsed_ahead`: each raw's `parse_message(raw.data, known_texts=...)` done elsewhere
        (the read-ahead worker parses the next batches while this one is classified), and
        `prepared_ahead` each parse's `prepare_many(..., owner addresses)`, also done there."""
        settings = self.config.settings
        owner_addresses = settings.owner.addresses
        limits = settings.limits
        parsed_items: list[tuple[RawMessage, ParsedMessage, SafetyVerdict]] = []
        model_inputs: list[ModelInput | None] = []
        results: dict[int, Analysis] = {}
        if parsed_ahead is not None and len(parsed_ahead) != len(raws):
            raise ValueError("parsed_ahead must match raws one to one")
        if prepared_ahead is not None and (
            parsed_ahead is None or len(prepared_ahead) != len(raws)
        ):
            raise ValueError("prepared_ahead must match parsed_ahead one to one")
        for index, raw in enumerate(raws):
            prepared = prepared_ahead[index] if prepared_ahead is not None else None
            if parsed_ahead is not None:
                parsed = parsed_ahead[index]
            else:
                # in the daemon process: pypdf, which cannot crash it (PDFium runs only in
                # the read-ahead worker, where a crash costs a process, not the daemon)
                parsed = parse_message(
                    raw.data, known_texts=self.config.newsletter_texts, native_pdf=False
                )
            try:
                if prepared is not None and prepared.verdict is not None:
                    safety = prepared.verdict
                else:
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
            model_inputs.append(prepared.model_input if prepared is not None else None)
        pending = [i for i in range(len(raws)) if i not in results]
        floor = settings.classifier.confidence_floor
        verdicts = self._classify([(p, s) for _, p, s in parsed_items], floor, model_inputs)
        for index, (raw, parsed, safety), verdict in zip(
            pending, parsed_items, verdicts, strict=True
        ):
            if isinstance(verdict, Classification):
                results[index] = Analysis(raw, parsed, safety, verdict)
            else:
                results[index] = Analysis(raw, parsed, safety, None, verdict)
        return [results[i] for i in range(len(raws))]

    def _classify(
        self,
        items: list[tuple[ParsedMessage, SafetyVerdict]],
        floor: float,
        model_inputs: Sequence[ModelInput | None],
    ) -> list[Classification | str]:
        """Batch first; on failure one by one, so one poisonous message cannot sink a batch."""
        try:
            return list(self.classifier.classify_many(items, floor, model_inputs))
        except ConfigError:
            raise  # no model: nothing can be classified, and no message is to blame
        except Exception:
            pass
        out: list[Classification | str] = []
        for item in items:
            try:
                # without the worker's input: a bad one must not fail the message twice
                out.append(self.classifier.classify_many([item], floor)[0])
            except ConfigError:
                raise
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
            intro_reply = self._intro_reply(analysis, cls, state)
            if intro_reply is not None:
                return intro_reply
            context = self._context(analysis, cls, state)
            settings = self.config.settings
            decision = decide(cls, analysis.safety, settings.rules, settings.preferences, context)
            decision, drafts, changes = self._act(parsed, cls, decision, state)
        except Exception as exc:
            error = _describe(exc)
            decision = Decision(rule="quarantine", action="hold", reason=error)
            return Outcome(parsed.message_id, parsed, analysis.safety, cls, decision, error=error)
        return Outcome(
            parsed.message_id, parsed, analysis.safety, cls, decision, drafts, changes=changes
        )

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
        elif cls.person and cls.label in (Label.APPLICANT, Label.CLIENT, Label.UNSURE):
            # An unclear second message ("forgot to say: my rate is...") from someone we just
            # answered is a follow-up too: held, never a second acknowledgement.
            window = timedelta(days=settings.limits.reply_window_days)
            since = self.clock() - window
            earlier = state.answered_recently(cls.person.email, since, parsed.message_id)
            if earlier:
                followup, why = True, f"second message from {cls.person.email} (first {earlier})"
            elif cls.applicant and cls.applicant.linkedin:
                # The same applicant from another address: known by their LinkedIn.
                found = state.find_person(cls.person.email, cls.applicant.linkedin)
                key = found[0] if found else ""
                earlier = state.answered_recently(key, since, parsed.message_id) if key else None
                if earlier and key != cls.person.email.lower():
                    followup = True
                    why = f"same LinkedIn as {key}, answered recently (first {earlier})"
        return DecisionContext(
            active_engagements=state.active_engagements(),
            capacity=settings.capacity,
            is_followup=followup,
            followup_reason=why,
            before_since=before_since,
        )

    def _act(
        self, parsed: ParsedMessage, cls: Classification, decision: Decision, state: StateView
    ) -> tuple[Decision, tuple[Draft, ...], tuple[StateChange, ...]]:
        """Drafts and state changes for the decision (team and intro pick members here)."""
        now = self.clock()
        changes: list[StateChange] = []
        known_applicant = (
            decision.rule == "follow-up"
            and cls.person is not None
            and state.find_person(cls.person.email, "") is not None
        )
        if (cls.label is Label.APPLICANT or known_applicant) and decision.rule not in (
            "machine-safety",
            "quarantine",
        ):
            # A follow-up from someone in the pool updates their record (the forgotten rate).
            changes.extend(self._pool_changes(parsed, cls, state, now))
        if decision.action not in ("draft", "team", "intro") or not decision.template:
            if cls.label is Label.CLIENT and decision.action != "ignore":
                changes.append(
                    StateChange("leads", parsed.message_id, lead_record(cls, decision, parsed, now))
                )
            return decision, (), tuple(changes)
        assert cls.person is not None  # decide() holds messages with no human recipient
        client_to = (Address(cls.person.name, cls.person.email),)
        drafts: list[Draft] = []
        if decision.action == "draft":
            drafts.append(self._reply(decision.template, parsed, cls, decision, client_to, {}))
            if cls.label is Label.CLIENT:
                changes.append(
                    StateChange("leads", parsed.message_id, lead_record(cls, decision, parsed, now))
                )
            return decision, tuple(drafts), tuple(changes)

        candidates = state.candidates()
        client = cls.client or ClientFields()
        if decision.action == "team":
            team = assemble_team(client, candidates)
            if len(team) < 2:
                return self._held(
                    decision, f"no team: {len(team)} member(s) available", cls, parsed, now, changes
                )
            members = [m.candidate for m in team]
            extra: dict[str, Any] = {
                "team": [{"name": m.name, "roles": list(m.roles)} for m in members]
            }
            drafts.append(self._reply(decision.template, parsed, cls, decision, client_to, extra))
            brief = client_brief(cls)
            for member in members:
                drafts.append(
                    self._new_message(
                        "member_team_note",
                        parsed,
                        cls,
                        decision,
                        (Address(member.name, member.email),),
                        {"brief": brief, "member": {"name": member.name}, "team": extra["team"]},
                        subject=f"Team for a client: {brief['company']} ({brief['need']})",
                        purpose="member_note",
                    )
                )
            changes.append(
                StateChange(
                    "leads",
                    parsed.message_id,
                    lead_record(cls, decision, parsed, now, team=[m.email for m in members]),
                )
            )
            trail = (*decision.trail, RuleTrailEntry("team", True, explain_matches(team)))
            return replace(decision, trail=trail), tuple(drafts), tuple(changes)

        ranked = rank(client, candidates)
        if not ranked:
            return self._held(
                decision, "no network member available for an intro", cls, parsed, now, changes
            )
        best = ranked[0].candidate
        ask = self._intro_ask(parsed, cls, decision, {"email": best.email, "name": best.name})
        reply = self._reply(
            decision.template, parsed, cls, decision, client_to, {"referee": {"name": best.name}}
        )
        intro = new_intro(
            cls, parsed, {"email": best.email, "name": best.name}, ask.message_id, now
        )
        changes.append(StateChange("intros", parsed.message_id, intro))
        changes.append(
            StateChange(
                "leads",
                parsed.message_id,
                lead_record(cls, decision, parsed, now, intro_candidate=best.email),
            )
        )
        trail = (*decision.trail, RuleTrailEntry("match", True, explain_matches(ranked[:3])))
        return replace(decision, trail=trail), (reply, ask), tuple(changes)

    def _held(
        self,
        decision: Decision,
        why: str,
        cls: Classification,
        parsed: ParsedMessage,
        now: datetime,
        changes: list[StateChange],
    ) -> tuple[Decision, tuple[Draft, ...], tuple[StateChange, ...]]:
        held = replace(
            decision,
            action="hold",
            reason=why,
            trail=(*decision.trail, RuleTrailEntry("network", False, why)),
        )
        changes.append(StateChange("leads", parsed.message_id, lead_record(cls, held, parsed, now)))
        return held, (), tuple(changes)

    def _pool_changes(
        self, parsed: ParsedMessage, cls: Classification, state: StateView, now: datetime
    ) -> list[StateChange]:
        fields = cls.applicant or ApplicantFields()
        email = (fields.email or (cls.person.email if cls.person else "")).lower()
        if not email:
            return []
        found = state.find_person(email, fields.linkedin)
        key, existing = found if found else (email, None)
        cv = next((a for a in parsed.attachments if a.data and is_cv_name(a.filename)), None)
        if cv is None:
            cv = next((a for a in parsed.attachments if a.data and a.text), None)
        file_name = cv_file_name(key, cv.filename) if cv else ""
        record = merge_person(existing, fields, cls, parsed, now, cv_file=file_name)
        return [
            StateChange(
                "people", key, record, file_name=file_name, file_data=cv.data if cv else b""
            )
        ]

    def _reply(
        self,
        template: str,
        parsed: ParsedMessage,
        cls: Classification,
        decision: Decision,
        to: tuple[Address, ...],
        extra: dict[str, Any],
    ) -> Draft:
        return render_draft(
            templates=self.templates,
            template=template,
            parsed=parsed,
            cls=cls,
            owner=self.config.settings.owner,
            to=to,
            rule=decision.rule,
            now=self.clock(),
            extra={"team": [], "referee": None, **extra},
            send_policy=decision.send_policy,
        )

    def _new_message(
        self,
        template: str,
        parsed: ParsedMessage,
        cls: Classification,
        decision: Decision,
        to: tuple[Address, ...],
        extra: dict[str, Any],
        *,
        subject: str,
        purpose: str,
        cc: tuple[Address, ...] = (),
    ) -> Draft:
        # Notes to members start their own thread and never quote the client's mail.
        return _to_member(
            render_draft(
                templates=self.templates,
                template=template,
                parsed=parsed,
                cls=cls,
                owner=self.config.settings.owner,
                to=to,
                cc=cc,
                rule=decision.rule,
                now=self.clock(),
                extra={"team": [], "referee": None, **extra},
                subject=subject,
                thread=False,
                purpose=purpose,
                language="en",
            )
        )

    def _intro_ask(
        self,
        parsed: ParsedMessage,
        cls: Classification,
        decision: Decision,
        member: dict[str, str],
    ) -> Draft:
        brief = client_brief(cls)
        return self._new_message(
            "intro_ask",
            parsed,
            cls,
            decision,
            (Address(member["name"], member["email"]),),
            {"brief": brief, "member": member},
            subject=f"Intro to a client? {brief['company']} ({brief['need']})",
            purpose="intro_ask",
        )

    def _intro_reply(
        self, analysis: Analysis, cls: Classification, state: StateView
    ) -> Outcome | None:
        """A member answering an intro ask: yes -> intro to both; no -> next candidate."""
        parsed = analysis.parsed
        if analysis.safety.is_machine:
            return None
        if cls.label is Label.OTHER and cls.kind is not None and cls.kind.value in MACHINE_KINDS:
            return None  # an out-of-office in the ask's thread is no answer ("not available")
        thread_ids = [*parsed.references, *([parsed.in_reply_to] if parsed.in_reply_to else [])]
        found = state.intro_for_thread(thread_ids) if thread_ids else None
        if found is None:
            return None
        intro_key, intro = found
        sender = (parsed.from_addr.email if parsed.from_addr else "").lower()
        if intro.get("state") != "asking" or sender != str(intro.get("candidate", "")).lower():
            return None
        now = self.clock()
        answer = read_answer(parsed.new_text)
        updated = advance_intro(intro, answer, now)
        trail = [
            RuleTrailEntry("machine-safety", False, "no machine signal"),
            RuleTrailEntry("intro-reply", True, f"{sender} answered the intro ask: {answer}"),
        ]
        drafts: list[Draft] = []
        owner = self.config.settings.owner
        rule = "intro-reply"
        if answer == "yes":
            client = Address(str(intro.get("client_name", "")), str(intro["client_email"]))
            member = Address(str(intro.get("candidate_name", "")), sender)
            drafts.append(
                render_draft(
                    templates=self.templates,
                    template="intro_email",
                    parsed=parsed,
                    cls=cls,
                    owner=owner,
                    to=(client, member),
                    cc=(Address(owner.name, owner.email),),
                    rule=rule,
                    now=now,
                    thread=False,
                    purpose="intro",
                    language="en",
                    subject=f"Intro: {client.name or client.email} <> "
                    f"{member.name or member.email}",
                    extra={
                        "client": {"name": client.name, "first_name": _first(client.name)},
                        "member": {"name": member.name, "first_name": _first(member.name)},
                        "brief": intro.get("brief", {}),
                        "team": [],
                        "referee": None,
                    },
                )
            )
            action = "intro"
        elif answer == "no":
            exclude = {*declined(updated), *(a["email"] for a in updated.get("asked", []))}
            brief_cls = cls
            ranked = [
                m
                for m in rank(ClientFields(**_client_fields(intro)), state.candidates())
                if m.candidate.email.lower() not in exclude
            ]
            if ranked:
                nxt = ranked[0].candidate
                ask = self._intro_ask_from_record(parsed, brief_cls, intro, nxt.email, nxt.name)
                drafts.append(ask)
                updated = ask_next(
                    updated, {"email": nxt.email, "name": nxt.name}, ask.message_id, now
                )
                trail.append(RuleTrailEntry("next-candidate", True, f"asking {nxt.email}"))
                action = "intro"
            else:
                updated = ask_next(updated, None, "", now)
                trail.append(RuleTrailEntry("next-candidate", False, "nobody left: owner"))
                action = "hold"
        else:
            action = "hold"
        decision = Decision(
            rule=rule, action=action, reason=f"member answered {answer}", trail=tuple(trail)
        )
        return Outcome(
            parsed.message_id,
            parsed,
            analysis.safety,
            cls,
            decision,
            tuple(drafts),
            changes=(StateChange("intros", intro_key, updated),),
        )

    def intro_followups(
        self, intros: Sequence[tuple[str, dict[str, Any]]], candidates: Sequence[Candidate]
    ) -> list[tuple[str, dict[str, Any], tuple[Draft, ...]]]:
        """Silent members: one nudge after nudge_after_days; the next candidate after
        give_up_after_days. Returns (intro key, updated record, drafts) for each change."""
        now = self.clock()
        settings = self.config.settings.intros
        out: list[tuple[str, dict[str, Any], tuple[Draft, ...]]] = []
        for key, intro in intros:
            if intro.get("state") != "asking" or intro.get("needs_owner"):
                continue
            asked = intro.get("asked", [])
            if not asked:
                continue
            waited = now - datetime.fromisoformat(asked[-1]["at"])
            brief = dict(intro.get("brief", {}))
            member = Address(str(intro.get("candidate_name", "")), str(intro["candidate"]))
            cls = Classification(label=Label.CLIENT, kind=None, confidence=1.0, person=member)
            if waited >= timedelta(days=settings.give_up_after_days):
                updated = advance_intro(intro, "no", now, note=" (silent: gave up)")
                updated["asked"][-1]["answer"] = "silent"
                exclude = {a["email"].lower() for a in updated.get("asked", [])}
                client = ClientFields(**_client_fields(intro))
                ranked = [
                    m for m in rank(client, candidates) if m.candidate.email.lower() not in exclude
                ]
                source = _stub_message(
                    str(intro.get("client_message_id")), str(intro.get("client_subject", ""))
                )
                if ranked:
                    nxt = ranked[0].candidate
                    ask = self._intro_ask_from_record(source, cls, intro, nxt.email, nxt.name)
                    updated = ask_next(
                        updated, {"email": nxt.email, "name": nxt.name}, ask.message_id, now
                    )
                    out.append((key, updated, (ask,)))
                else:
                    out.append((key, ask_next(updated, None, "", now), ()))
            elif waited >= timedelta(days=settings.nudge_after_days) and not intro.get("nudged"):
                ask_id = str(intro.get("ask_draft"))
                subject = f"Intro to a client? {brief.get('company', 'a startup')}"
                nudge = render_draft(
                    templates=self.templates,
                    template="intro_nudge",
                    parsed=_stub_message(ask_id, subject),
                    cls=cls,
                    owner=self.config.settings.owner,
                    to=(member,),
                    rule="intro-nudge",
                    now=now,
                    purpose="nudge",
                    language="en",
                    quote_original=False,
                    extra={"brief": brief, "team": [], "referee": None},
                )
                updated = {
                    **intro,
                    "nudged": True,
                    "updated_at": now.isoformat(),
                    "history": [
                        *intro.get("history", []),
                        f"{now.isoformat()} nudged {member.email}",
                    ],
                }
                out.append((key, updated, (nudge,)))
        return out

    def _intro_ask_from_record(
        self,
        parsed: ParsedMessage,
        cls: Classification,
        intro: dict[str, Any],
        email: str,
        name: str,
    ) -> Draft:
        brief = dict(intro.get("brief", {}))
        source = replace(parsed, message_id=str(intro.get("client_message_id", parsed.message_id)))
        return _to_member(
            render_draft(
                templates=self.templates,
                template="intro_ask",
                parsed=source,
                cls=cls,
                owner=self.config.settings.owner,
                to=(Address(name, email),),
                rule="intro-reply",
                now=self.clock(),
                thread=False,
                purpose="intro_ask",
                language="en",
                subject=f"Intro to a client? {brief.get('company', 'a startup')} "
                f"({brief.get('need', 'technical help')})",
                extra={
                    "brief": brief,
                    "member": {"name": name, "email": email},
                    "team": [],
                    "referee": None,
                },
            )
        )


def _to_member(draft: Draft) -> Draft:
    """A note to a network member before the client opted in: the client's Message-ID (in
    X-Mailbot-Source) can carry their domain or address, so it does not travel."""
    # Cut from the bytes: parsing and re-serialising refolded every long header line.
    head, separator, body = draft.raw.partition(b"\r\n\r\n")
    kept: list[bytes] = []
    dropping = False
    for line in head.split(b"\r\n"):
        if line[:1] not in (b" ", b"\t"):  # a field's first line; else its continuation
            dropping = line.split(b":", 1)[0].strip().lower() == b"x-mailbot-source"
        if not dropping:
            kept.append(line)
    return replace(draft, raw=b"\r\n".join(kept) + separator + body)


def _stub_message(message_id: str, subject: str) -> ParsedMessage:
    """Just enough of a message to thread a draft under one of our own (a nudge)."""
    return ParsedMessage(
        message_id=message_id,
        subject=subject,
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
    )


def _first(name: str) -> str:
    parts = name.split()
    return parts[0] if parts else "there"


def _client_fields(intro: dict[str, Any]) -> dict[str, Any]:
    """What ranking the next candidate needs: the brief (need spelled back) and the client's
    address, so the client is never proposed to themself."""
    brief = intro.get("brief", {})
    need = str(brief.get("need", "")).replace(" ", "_")
    return {
        "stack": tuple(brief.get("stack", ())),
        "industry": brief.get("industry", ""),
        "need": need if need in set(ClientNeed) else "",
        "contact_email": str(intro.get("client_email", "")),
    }


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _describe(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"[:500]


def with_person(cls: Classification, person: Address | None) -> Classification:
    return replace(cls, person=person)
