"""Triage without a mail server: the pure intro state machine and pool records, the
pipeline's team/intro/nudge paths on an injected clock, pool retention, `check` on broken
files, hot reload of rules.yaml, and `explain` touching no state."""

from __future__ import annotations

import logging
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
import yaml

from mailbot import cli
from mailbot.config import LoadedConfig, load_config
from mailbot.daemon import Daemon, Poller, StoreView, network_candidates
from mailbot.errors import MailbotError
from mailbot.match import Candidate
from mailbot.models import (
    Address,
    ApplicantFields,
    Budget,
    Classification,
    ClientFields,
    Label,
    ParsedMessage,
    RawMessage,
    SafetyVerdict,
)
from mailbot.network import NetworkBook
from mailbot.pipeline import Pipeline
from mailbot.render import TemplateLibrary
from mailbot.samples import samples
from mailbot.store import Store
from mailbot.triage import (
    advance_intro,
    ask_next,
    client_brief,
    cv_file_name,
    declined,
    is_cv_name,
    merge_person,
    read_answer,
)

REPO = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def shipped_model() -> None:
    from mailbot.classify.model import DEFAULT_MODEL_DIR, META_FILE

    if not (DEFAULT_MODEL_DIR / META_FILE).is_file():
        if os.environ.get("CI"):
            pytest.fail(f"no classifier model at {DEFAULT_MODEL_DIR} (CI is set)")
        pytest.skip(f"no classifier model at {DEFAULT_MODEL_DIR}: run `mailbot train`")


def config_text(tmp_path: Path, **changes: Any) -> str:
    """The shipped rules.yaml with absolute paths and `changes` merged in by section."""
    data = yaml.safe_load((REPO / "rules.yaml").read_text())
    data["templates_path"] = str(REPO / "templates")
    data["newsletter_files"] = [str(REPO / p) for p in data.get("newsletter_files") or []]
    data["state_path"] = str(tmp_path / "state")
    for test in data.get("tests") or []:
        if "eml" in test:
            test["eml"] = str(REPO / test["eml"])
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def write_config(tmp_path: Path, **changes: Any) -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text(config_text(tmp_path, **changes))
    return path


@pytest.fixture(autouse=True)
def _no_mailbot_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("MAILBOT_"):
            monkeypatch.delenv(key)


# ------------------------------------------------------------------ pure records


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Yes, happy to help! Send it over.", "yes"),
        ("Sure, count me in.\n\nCheers, Bob\n\n> Would you like an intro?", "yes"),
        ("No problem at all, go ahead with the intro", "yes"),
        ("Sim, claro! Pode apresentar.", "yes"),
        ("Sí, me interesa, adelante.", "yes"),
        ("Sorry, I can't take this one, I'm fully booked.", "no"),
        ("Infelizmente não tenho disponibilidade agora.", "no"),
        ("Leider keine Zeit im Moment.", "no"),
        ("Yes in principle, but I can't start before March.", "unclear"),
        ("Can you tell me more about the budget first?", "unclear"),
        ("Let me think about it over the weekend.", "unclear"),
        # a greeting paragraph is skipped, not read as the answer
        ("Hi Sergio,\n\nYes, happy to help.", "yes"),
        ("Olá Sergio,\n\nSim, com prazer!", "yes"),
        ("Hi Sergio.\n\nNo, sorry.", "no"),
        ("Hi Sergio, yes happy to!", "yes"),
        # a yes-word under a negation, or a hedge, is never a yes
        ("Absolutely not.", "no"),
        ("Not interested, sorry.", "no"),
        ("Not sure yet, let me check my calendar.", "unclear"),
        ("Maybe, what is the budget?", "unclear"),
    ],
)
def test_read_answer(text: str, answer: str) -> None:
    assert read_answer(text) == answer


def applicant_cls(email: str, **fields: Any) -> Classification:
    return Classification(
        label=Label.APPLICANT,
        kind=None,
        confidence=0.97,
        person=Address("Ana Costa", email),
        applicant=ApplicantFields(email=email, **fields),
    )


def parsed(message_id: str, subject: str = "Re: newsletter", **fields: Any) -> ParsedMessage:
    return ParsedMessage(
        message_id=message_id,
        subject=subject,
        from_addr=fields.pop("from_addr", None),
        sender=None,
        reply_to=(),
        to=(),
        cc=(),
        date=None,
        in_reply_to=fields.pop("in_reply_to", None),
        references=fields.pop("references", ()),
        headers=(),
        body_text=fields.get("new_text", ""),
        new_text=fields.pop("new_text", ""),
        quoted_text="",
        signature="",
    )


def test_merge_person_updates_and_never_duplicates() -> None:
    first = merge_person(
        None,
        ApplicantFields(email="ana@x.example", skills=("python",), roles=("fractional_cto",)),
        applicant_cls("ana@x.example"),
        parsed("<m1@x>"),
        T0,
        cv_file="cv-abc.pdf",
    )
    second = merge_person(
        first,
        ApplicantFields(email="ana@x.example", skills=("aws", "python"), rate="120 EUR/h"),
        applicant_cls("ana@x.example"),
        parsed("<m2@x>"),
        T0 + timedelta(days=1),
    )
    assert second["skills"] == ["python", "aws"]
    assert second["roles"] == ["fractional_cto"]
    assert second["rate"] == "120 EUR/h"
    assert second["cv_file"] == "cv-abc.pdf"  # a reply without a CV keeps the stored one
    assert second["first_seen"] == T0.isoformat()
    assert second["last_seen"] == (T0 + timedelta(days=1)).isoformat()
    assert second["messages"] == ["<m1@x>", "<m2@x>"]
    assert second["promoted"] is False


@pytest.mark.parametrize(
    "filename", ["../../etc/passwd", "CV.PDF", ".bashrc", "a/b\\c.docx", "résumé 2026.pdf", ""]
)
def test_cv_file_name_cannot_escape(filename: str) -> None:
    name = cv_file_name("ana@x.example", filename)
    assert re.fullmatch(r"cv-[0-9a-f]{16}\.[A-Za-z0-9._-]{1,8}", name), name
    assert "/" not in name and "\\" not in name and ".." not in name
    assert name == cv_file_name("ana@x.example", filename)
    assert name != cv_file_name("bob@x.example", filename)


def test_cv_names() -> None:
    assert is_cv_name("Ana_Costa_CV.pdf") and is_cv_name("Lebenslauf.docx")
    assert is_cv_name("Currículo João.pdf") and is_cv_name("resume-2026.pdf")
    assert not is_cv_name("invoice.pdf") and not is_cv_name("cover.png")


def client_cls(**fields: Any) -> Classification:
    defaults: dict[str, Any] = {
        "company": "Tully Freight",
        "contact_name": "Greg Tully",
        "contact_email": "greg@tully.example",
        "need": "advice",
        "stack": ("php", "mysql"),
        "industry": "logistics",
        "budget": Budget("$1,500 a month", 1500.0, "USD", "month"),
    }
    return Classification(
        label=Label.CLIENT,
        kind=None,
        confidence=0.99,
        person=Address("Greg Tully", "greg@tully.example"),
        client=ClientFields(**{**defaults, **fields}),
    )


def test_client_brief_has_no_contact_details() -> None:
    brief = client_brief(client_cls())
    assert brief["company"] == "Tully Freight" and brief["need"] == "advice"
    flat = repr(brief)
    assert "greg" not in flat.lower() and "@" not in flat


def test_intro_state_machine_records() -> None:
    from mailbot.triage import new_intro

    intro = new_intro(
        client_cls(), parsed("<c1@tully>"), {"email": "a@n.example", "name": "A"}, "<ask1>", T0
    )
    assert intro["state"] == "asking" and intro["candidate"] == "a@n.example"
    said_no = advance_intro(intro, "no", T0 + timedelta(hours=2))
    assert said_no["state"] == "next" and declined(said_no) == ["a@n.example"]
    asked_b = ask_next(said_no, {"email": "b@n.example", "name": "B"}, "<ask2>", T0)
    assert asked_b["state"] == "asking" and asked_b["candidate"] == "b@n.example"
    assert [a["email"] for a in asked_b["asked"]] == ["a@n.example", "b@n.example"]
    assert asked_b["nudged"] is False
    unclear = advance_intro(asked_b, "unclear", T0)
    assert unclear["state"] == "asking" and unclear["needs_owner"] is True
    said_yes = advance_intro(asked_b, "yes", T0)
    assert said_yes["state"] == "introduced" and "b@n.example" in said_yes["outcome"]
    exhausted = ask_next(advance_intro(asked_b, "no", T0), None, "", T0)
    assert exhausted["state"] == "exhausted"
    assert intro["asked"][0].get("answer") is None  # records are copied, never mutated


# ------------------------------------------------------------------ the pipeline, no server


class OneLabel:
    """Stands in for the model: these tests are about what happens after classification."""

    def __init__(self, cls: Classification) -> None:
        self.cls = cls

    def classify_many(
        self,
        items: Sequence[tuple[ParsedMessage, SafetyVerdict]],
        floor: float,
        inputs: Sequence[Any] | None = None,
    ) -> list[Classification]:
        return [self.cls for _ in items]


class FakeState:
    """The pipeline's StateView over plain dicts, with the owner's engagements full."""

    def __init__(self, members: Sequence[Candidate], engagements: int = 2) -> None:
        self.members = list(members)
        self.engagements = engagements
        self.intros: dict[str, dict[str, Any]] = {}
        self.threads: dict[str, str] = {}

    def known_thread(self, message_ids: Sequence[str]) -> str | None:
        return None

    def answered_recently(self, email: str, since: datetime, exclude: str) -> str | None:
        return None

    def active_engagements(self) -> int:
        return self.engagements

    def find_person(self, email: str, linkedin: str) -> tuple[str, dict[str, Any]] | None:
        return None

    def candidates(self) -> list[Candidate]:
        return self.members

    def intro_for_thread(self, message_ids: Sequence[str]) -> tuple[str, dict[str, Any]] | None:
        for message_id in message_ids:
            if message_id in self.threads:
                key = self.threads[message_id]
                return key, self.intros[key]
        return None

    def apply(self, changes: Any) -> None:
        for change in changes:
            if change.table == "intros":
                self.intros[change.key] = change.record
                for asked in change.record["asked"]:
                    self.threads[asked["draft"]] = change.key


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def members_from(config: LoadedConfig) -> list[Candidate]:
    return cli._EmptyState(config).candidates()  # type: ignore[no-any-return]


def client_mail(body: str = "We need advice on our PHP warehouse system.") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Greg Tully <greg@tully.example>"
    msg["To"] = "sergio@remotework.example"
    msg["Subject"] = "Need help with our warehouse software"
    msg["Message-ID"] = "<c1@tully.example>"
    msg.set_content(body)
    return msg.as_bytes()


def make_pipeline(config: LoadedConfig, cls: Classification, clock: Clock) -> Pipeline:
    return Pipeline(
        config=config,
        templates=TemplateLibrary(config.templates_dir),
        classifier=OneLabel(cls),
        clock=clock,
    )


def run_one(pipeline: Pipeline, data: bytes, state: FakeState) -> Any:
    raw = RawMessage("INBOX", 1, 1, data, size=len(data))
    outcome = pipeline.finish(pipeline.analyse([raw])[0], state)
    state.apply(outcome.changes)
    return outcome


def intro_config(tmp_path: Path) -> LoadedConfig:
    path = write_config(tmp_path, intros={"nudge_after_days": 1, "give_up_after_days": 3})
    return load_config(path, environ={})


def test_nudge_once_then_next_candidate_then_exhausted(tmp_path: Path) -> None:
    config = intro_config(tmp_path)
    clock = Clock(T0)
    pipeline = make_pipeline(config, client_cls(), clock)
    members = members_from(config)
    state = FakeState(members)
    outcome = run_one(pipeline, client_mail(), state)
    assert outcome.decision.rule == "client-refer" and outcome.decision.action == "intro"
    [key] = state.intros
    first = state.intros[key]["candidate"]
    ask = next(d for d in outcome.drafts if d.purpose == "intro_ask")

    clock.now = T0 + timedelta(hours=20)
    assert pipeline.intro_followups(list(state.intros.items()), members) == []

    clock.now = T0 + timedelta(days=1, hours=2)
    [(same_key, nudged, (nudge,))] = pipeline.intro_followups(list(state.intros.items()), members)
    assert same_key == key and nudged["nudged"] is True and nudged["state"] == "asking"
    assert nudge.template == "intro_nudge" and [a.email for a in nudge.to] == [first]
    assert nudge.in_reply_to == ask.message_id
    assert b"greg@tully.example" not in nudge.raw
    state.intros[key] = nudged

    clock.now = T0 + timedelta(days=2)
    assert pipeline.intro_followups(list(state.intros.items()), members) == []  # one nudge

    clock.now = T0 + timedelta(days=3, hours=1)
    [(_, moved, (next_ask,))] = pipeline.intro_followups(list(state.intros.items()), members)
    assert moved["state"] == "asking" and moved["candidate"] != first
    assert [(a["email"], a.get("answer")) for a in moved["asked"]] == [
        (first, "silent"),
        (moved["candidate"], None),
    ]
    assert next_ask.template == "intro_ask" and [a.email for a in next_ask.to] == [
        moved["candidate"]
    ]
    assert b"greg@tully.example" not in next_ask.raw and b"tully.example" not in next_ask.raw
    assert moved["nudged"] is False

    # Nobody else left: back to the owner.
    only = [m for m in members if m.email in (first, moved["candidate"])]
    clock.now = T0 + timedelta(days=7)
    [(_, done, drafts)] = pipeline.intro_followups([(key, moved)], only)
    assert done["state"] == "exhausted" and drafts == ()


def member_reply(intro: dict[str, Any], text: str, sender: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender or intro["candidate"]
    msg["To"] = "sergio@remotework.example"
    msg["Subject"] = "Re: Intro to a client?"
    msg["Message-ID"] = f"<answer.{abs(hash(text))}@n.example>"
    msg["In-Reply-To"] = intro["ask_draft"]
    msg["References"] = intro["ask_draft"]
    msg.set_content(text)
    return msg.as_bytes()


def test_member_answers_drive_the_intro(tmp_path: Path) -> None:
    config = intro_config(tmp_path)
    clock = Clock(T0)
    members = members_from(config)
    state = FakeState(members)
    run_one(make_pipeline(config, client_cls(), clock), client_mail(), state)
    [key] = state.intros
    intro = state.intros[key]
    member = intro["candidate"]

    def answer(text: str, kind: Any = None, sender: str | None = None) -> Any:
        who = Address("", sender or state.intros[key]["candidate"])
        label = Label.OTHER if kind else Label.CLIENT
        cls = Classification(label=label, kind=kind, confidence=0.9, person=who)
        return run_one(
            make_pipeline(config, cls, clock), member_reply(state.intros[key], text, sender), state
        )

    # An out-of-office in the thread is not an answer ("not available" is no "no").
    from mailbot.models import OtherKind

    ooo = answer("I am out of office and not available until Monday.", OtherKind.AUTO_REPLY)
    assert ooo.decision.rule != "intro-reply" and ooo.drafts == ()
    assert state.intros[key]["candidate"] == member and state.intros[key]["state"] == "asking"

    # Someone else answering in the thread is not the member.
    stranger = answer("Yes!", sender="someone@else.example")
    assert stranger.decision.rule != "intro-reply"
    assert state.intros[key]["state"] == "asking"

    # "No": the next candidate is asked, never the client, never the first member again.
    said_no = answer("Sorry, I can't take this one right now.")
    assert said_no.decision.rule == "intro-reply" and said_no.decision.action == "intro"
    second = state.intros[key]["candidate"]
    assert second not in (member, "greg@tully.example")
    [ask2] = said_no.drafts
    assert [a.email for a in ask2.to] == [second] and b"tully.example" not in ask2.raw

    # A second "no": the third is ranked for the client's need (advice), so a CTO, not
    # whoever sorts first without it.
    answer("No, sorry, fully booked.")
    third = state.intros[key]["candidate"]
    assert third not in (member, second)
    roles = {m.email: m.roles for m in members}
    assert {"fractional_cto", "cto"} & set(roles[third]), (third, roles[third])
    second = third

    # "Yes" from the second: the intro email to both, the owner in Cc.
    said_yes = answer("Yes, happy to. Please introduce us!")
    [email] = said_yes.drafts
    assert email.template == "intro_email"
    assert sorted(a.email for a in email.to) == sorted(["greg@tully.example", second])
    assert [a.email for a in email.cc] == ["sergio@remotework.example"]
    assert state.intros[key]["state"] == "introduced"


def test_team_and_intro_are_held_without_enough_members(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path), environ={})
    clock = Clock(T0)
    liked = client_cls(industry="healthtech", stack=("react", "node"), need="fractional_cto")
    liked = replace(liked, client=replace(liked.client, budget=None))  # type: ignore[arg-type]
    lone = [m for m in members_from(config) if m.email == "marta.silva@fractional.example"]
    team = run_one(make_pipeline(config, liked, clock), client_mail(), FakeState(lone))
    assert team.decision.rule == "client-team" and team.decision.action == "hold"
    assert team.drafts == () and "no team" in team.decision.reason
    nobody = run_one(make_pipeline(config, client_cls(), clock), client_mail(), FakeState([]))
    assert nobody.decision.rule == "client-refer" and nobody.decision.action == "hold"
    assert nobody.drafts == ()
    assert [c.table for c in nobody.changes] == ["leads"]  # the lead is still recorded


def test_team_notes_go_to_members_only(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path), environ={})
    liked = client_cls(
        company="MediBook",
        contact_email="mark@medibook.example",
        industry="healthtech",
        stack=("react", "node", "aws"),
        need="fractional_cto",
        budget=None,
    )
    liked = replace(liked, person=Address("Mark Chen", "mark@medibook.example"))
    outcome = run_one(
        make_pipeline(config, liked, Clock(T0)), client_mail(), FakeState(members_from(config))
    )
    assert outcome.decision.action == "team"
    reply, *notes = outcome.drafts
    assert [a.email for a in reply.to] == ["mark@medibook.example"]
    assert 2 <= len(notes) <= 3
    for note in notes:
        assert note.purpose == "member_note" and len(note.to) == 1
        assert note.to[0].email != "mark@medibook.example"
        assert b"medibook.example" not in note.raw.lower() and b"tully.example" not in note.raw
        assert note.in_reply_to is None
        message = message_from_bytes(note.raw, policy=policy.default)
        assert "MediBook" in message.get_content()  # type: ignore[attr-defined]


# ------------------------------------------------------------------ pool and retention


def test_retention_purges_unpromoted_applicants_only(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path, pool={"retention_days": 30}), environ={})
    now = T0 + timedelta(days=100)
    with Store(tmp_path / "state", clock=lambda: now) as store:
        old = (T0 - timedelta(days=1)).isoformat()
        recent = (now - timedelta(days=29)).isoformat()
        store.write_file("cvs", "cv-old.pdf", b"%PDF old")
        store.put(
            "people",
            "old@x.example",
            {
                "email": "old@x.example",
                "first_seen": old,
                "last_seen": old,
                "promoted": False,
                "cv_file": "cv-old.pdf",
                "linkedin": "https://linkedin.com/in/old",
            },
        )
        store.put("linkedin", "https://linkedin.com/in/old", {"person": "old@x.example"})
        store.put(
            "people",
            "member@x.example",
            {"email": "member@x.example", "first_seen": old, "last_seen": old, "promoted": True},
        )
        store.put(
            "people",
            "new@x.example",
            {"email": "new@x.example", "first_seen": old, "last_seen": recent, "promoted": False},
        )
        store.put("messages", "<m@x>", {"person": "old@x.example", "from": "old@x.example"})
        store.commit()
        book = NetworkBook(config, store, lambda: now)
        assert book.purge_expired() == 1
        assert book.purge_expired() == 0
        assert sorted(store.keys("people")) == ["member@x.example", "new@x.example"]
        assert not (tmp_path / "state" / "cvs" / "cv-old.pdf").exists()
        assert store.get("linkedin", "https://linkedin.com/in/old") is None
        assert store.get("messages", "<m@x>")["person"] == "(erased)"  # type: ignore[index]
    # durable: a fresh open sees the same
    with Store(tmp_path / "state", readonly=True) as store:
        assert sorted(store.keys("people")) == ["member@x.example", "new@x.example"]


def test_forget_a_client_erases_leads_and_message_fields(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path), environ={})
    with Store(tmp_path / "state", clock=lambda: T0) as store:
        store.put("leads", "<c1@t>", {"contact_email": "Greg@Tully.example", "company": "T"})
        store.put("leads", "<c2@o>", {"contact_email": "other@o.example", "company": "O"})
        store.put(
            "messages",
            "<c1@t>",
            {
                "person": "greg@tully.example",
                "from": "greg@tully.example",
                "subject": "Tully Freight",
                "reason": "client greg@tully.example",
                "trail": [["client-refer", True, "sender greg@tully.example"]],
            },
        )
        store.put("senders", "greg@tully.example", {"message_id": "<c1@t>"})
        said = NetworkBook(config, store, lambda: T0).forget("GREG@tully.example")
        assert "1 message records scrubbed" in said and "1 leads" in said
        assert store.keys("leads") == ["<c2@o>"]
        assert store.get("senders", "greg@tully.example") is None
        record = store.get("messages", "<c1@t>")
        assert record is not None and "greg" not in repr(record).lower()
        assert record["trail"] == [["client-refer", True, "(erased)"]]


def test_promoted_applicants_join_the_candidates(tmp_path: Path) -> None:
    config = load_config(write_config(tmp_path), environ={})
    with Store(tmp_path / "state", clock=lambda: T0) as store:
        store.put(
            "people",
            "ana@x.example",
            {"email": "ana@x.example", "name": "Ana", "roles": ["qa"], "promoted": False},
        )
        store.write_file("cvs", "cv-1.pdf", b"%PDF")
        path = tmp_path / "state" / "cvs" / "cv-1.pdf"
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        emails = {c.email for c in network_candidates(config, store)}
        assert "ana@x.example" not in emails and len(emails) == 6
        NetworkBook(config, store, lambda: T0).promote("ana@x.example")
        view = StoreView(store, config)
        assert "ana@x.example" in {c.email for c in view.candidates()}


# ------------------------------------------------------------------ check, reload, explain


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def test_shipped_rules_yaml_passes_check_with_its_tests(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shipped_model()
    code, out, err = run_cli(capsys, "--config", str(REPO / "rules.yaml"), "check")
    assert code == 0, err
    settings = load_config(REPO / "rules.yaml", environ={}).settings
    assert len(settings.tests) >= 6 and len(settings.network) >= 6
    assert f"tests: {len(settings.tests)} passed, 0 failed" in out
    assert out.count("PASS") == len(settings.tests)
    tested = {t.expect_rule for t in settings.tests}
    assert {"applicant-ack", "client-take", "machine-safety", "everything-else"} <= tested
    assert not (REPO / "state").exists()  # check touches no state


BROKEN = [
    # (what, edit of the shipped text, the line's marker, key in the message)
    ("syntax", lambda t: t.replace("capacity: 2", "capacity: [2", 1), None, "YAML"),
    (
        "unknown key",
        lambda t: t.replace("capacity: 2\n", "capacity: 2\ncapacty: 3\n", 1),
        "capacty: 3",
        "capacty: unknown key",
    ),
    (
        "wrong type",
        lambda t: t.replace("capacity: 2\n", "capacity: lots\n", 1),
        "capacity: lots",
        "capacity:",
    ),
    (
        "unknown template",
        lambda t: t.replace("template: client_take", "template: client_tkae", 1),
        "template: client_tkae",
        "rules.1.template: unknown template 'client_tkae'",
    ),
    (
        "failing rule test",
        lambda t: t.replace("expect_rule: client-take", "expect_rule: client-team", 1),
        "- name: client while he has bandwidth is taken",
        "tests.2: client while he has bandwidth is taken: expected client-team -> draft, "
        "got client-take -> draft",
    ),
    (
        "missing eml",
        lambda t: t.replace("bounce.eml", "no-such.eml", 1),
        "- name: bounce is never answered",
        "tests.3: bounce is never answered: expected machine-safety -> ignore, got cannot read",
    ),
]


@pytest.mark.parametrize(("what", "edit", "marker", "key"), BROKEN, ids=[b[0] for b in BROKEN])
def test_check_on_broken_files_exits_2_with_file_line_key(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    what: str,
    edit: Any,
    marker: str | None,
    key: str,
) -> None:
    if what in ("failing rule test", "missing eml"):
        shipped_model()
    path = tmp_path / "rules.yaml"
    text = edit(config_text(tmp_path))
    path.write_text(text)
    code, out, err = run_cli(capsys, "--config", str(path), "check")
    assert code == 2, (out, err)
    assert "Traceback" not in err
    assert key in err, err
    if marker is None:
        assert re.search(rf"{re.escape(str(path))}:\d+:", err), err
    else:
        assert f"{path}:{line_of(text, marker)}: " in err, err
    if what == "failing rule test":
        assert "FAIL  client while he has bandwidth is taken" in out
        assert "tests: 5 passed, 1 failed" in out


def test_once_refuses_an_unknown_template_before_any_connection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped_model()
    text = config_text(tmp_path).replace("template: client_team", "template: nope", 1)
    # An IMAP port nobody listens on: reaching it would be exit 1, not 2.
    text = text.replace("host: imap.example.com", "host: 127.0.0.1\n  port: 9", 1)
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    code, _out, err = run_cli(capsys, "--config", str(path), "once")
    assert code == 2 and "rules.2.template: unknown template 'nope'" in err
    assert f"{path}:{line_of(text, 'template: nope')}:" in err


def test_hot_reload_keeps_old_rules_on_a_broken_edit(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    shipped_model()
    from mailbot.classify import Classifier

    path = write_config(tmp_path)
    good = path.read_text()
    config = load_config(path, environ={})
    classifier = Classifier.load()
    pipeline = cli.validated_pipeline(config, classifier=classifier)

    def no_imap() -> Any:
        raise AssertionError("reloading needs no server")

    mtime = [path.stat().st_mtime]

    def edit(text: str) -> None:
        path.write_text(text)
        mtime[0] += 10  # filesystems with coarse timestamps: force a visible change
        os.utime(path, (mtime[0], mtime[0]))

    with Store(tmp_path / "state", clock=lambda: T0) as store:
        poller = Poller(config, store, pipeline, no_imap, lambda: T0)
        daemon = Daemon(
            poller,
            no_imap,
            interval=60,
            use_idle=False,
            idle_renew=60,
            reload=cli.config_reloader(str(path), classifier),
        )
        assert daemon.reload_if_changed() is False  # nothing changed

        caplog.set_level(logging.ERROR, logger="mailbot")
        broken = [
            (good.replace("capacity: 2", "capacity: [2", 1), f"{path}:"),
            (good.replace("capacity: 2\n", "capacity: -1\n", 1), "capacity"),
            (good.replace("template: client_team", "template: nope", 1), "rules.2.template"),
            (
                good.replace("expect_action: ignore", "expect_action: hold", 1),
                "tests.3: bounce is never answered",
            ),
        ]
        for text, reported in broken:
            caplog.clear()
            edit(text)
            assert daemon.reload_if_changed() is False
            assert poller.config is config and poller.pipeline is pipeline
            assert "keeping the previous rules" in caplog.text and reported in caplog.text
            assert daemon.reload_if_changed() is False  # the same broken edit: tried once

        edit(good.replace("capacity: 2\n", "capacity: 5\n", 1).replace("everything-else", "rest"))
        assert daemon.reload_if_changed() is True
        assert poller.config.settings.capacity == 5
        assert poller.config.settings.rules[-1].name == "rest"
        assert poller.pipeline is not pipeline and poller.pipeline.classifier is classifier
        assert poller.view.config is poller.config


def test_explain_prints_trail_and_drafts_without_state_or_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shipped_model()
    text = config_text(tmp_path).replace("host: imap.example.com", "host: 127.0.0.1\n  port: 9")
    path = tmp_path / "rules.yaml"
    path.write_text(text)
    client = next(s for s in samples() if s.name == "client-fractional-cto")
    client_file = tmp_path / "client.eml"
    client_file.write_bytes(client.data)
    cases = [
        (REPO / "tests/data/rules/applicant-cv-pt.eml", "applicant-ack", "applicant_ack", True),
        (client_file, "client-take", "client_take", True),
        (REPO / "tests/data/rules/bounce.eml", "machine-safety", "", False),
    ]
    for eml, rule, template, drafted in cases:
        code, out, err = run_cli(capsys, "--config", str(path), "explain", str(eml))
        assert code == 0, err
        assert "Trail:" in out and f"MATCH  {rule}" in out
        assert f"Decision:   rule {rule}" in out
        if drafted:
            assert "--- draft <mailbot." in out and f"X-Mailbot-Template: {template}" in out
        else:
            assert "Drafts:     none" in out and "--- draft" not in out
    assert not (tmp_path / "state").exists()


def test_an_address_no_draft_can_carry_never_joins_the_network(tmp_path: Path) -> None:
    """An applicant from josé@… is in the pool, but promote and add refuse them, and a
    record promoted before that check is not a candidate: every intro would fail."""
    config = load_config(write_config(tmp_path), environ={})
    with Store(tmp_path / "state", clock=lambda: T0) as store:
        book = NetworkBook(config, store, lambda: T0)
        store.put("people", "josé@x.example", {"email": "josé@x.example", "roles": ["qa"]})
        with pytest.raises(MailbotError, match="non-ASCII local part"):
            book.promote("josé@x.example")
        with pytest.raises(MailbotError, match="SMTPUTF8"):
            book.add("zoë@x.example", name="Zoë", roles=("qa",))
        assert store.get("people", "zoë@x.example") is None
        store.put("people", "josé@x.example", {"email": "josé@x.example", "promoted": True})
        emails = {c.email for c in network_candidates(config, store)}
        assert "josé@x.example" not in emails and len(emails) == 6
