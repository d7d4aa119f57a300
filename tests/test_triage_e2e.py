"""The owner's decision tree, double opt-in intros and the applicant pool on a real Dovecot.

mailbot runs as its CLI (`mailbot.cli.main`, in-process to spare ~2 s of imports per call)
against the `dovecot` fixture with the shipped classifier and the shipped rules.yaml (made
absolute). Mail arrives by APPEND; what mailbot made of it is read back from the Drafts
folder and from its state, opened read-only.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import pytest
import yaml
from servers import DovecotServer

from mailbot import cli
from mailbot.samples import make_pdf
from mailbot.store import Store

REPO = Path(__file__).resolve().parents[1]
OWNER = "sergio@remotework.example"
pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def _shipped_model() -> None:
    from mailbot.classify.model import DEFAULT_MODEL_DIR, META_FILE

    if not (DEFAULT_MODEL_DIR / META_FILE).is_file():
        if os.environ.get("CI"):
            pytest.fail(f"no classifier model at {DEFAULT_MODEL_DIR} (CI is set)")
        pytest.skip(f"no classifier model at {DEFAULT_MODEL_DIR}: run `mailbot train`")


def write_config(tmp_path: Path, **changes: Any) -> Path:
    """The shipped rules.yaml with absolute paths, `changes` merged in by section."""
    data = yaml.safe_load((REPO / "rules.yaml").read_text())
    data["templates_path"] = str(REPO / "templates")
    data["newsletter_files"] = [str(REPO / p) for p in data.get("newsletter_files") or []]
    for test in data.get("tests") or []:
        if "eml" in test:
            test["eml"] = str(REPO / test["eml"])
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}
        else:
            data[key] = value
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    return path


class Bot:
    """The mailbot CLI pointed at the test Dovecot, and a read-only look at its state."""

    def __init__(
        self,
        server: DovecotServer,
        env: dict[str, str],
        config: Path,
        monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str],
    ) -> None:
        self.server = server
        self.state_dir = Path(env["MAILBOT_STATE"])
        self.capsys = capsys
        for key, value in {**env, "MAILBOT_CONFIG": str(config)}.items():
            monkeypatch.setenv(key, value)

    def run(self, *args: str, expect: int = 0) -> str:
        self.capsys.readouterr()
        code = cli.main(list(args))
        out, err = self.capsys.readouterr()
        assert code == expect, f"mailbot {' '.join(args)} -> {code}\n{out}\n{err}"
        return out

    def once(self) -> str:
        out = self.run("once")
        assert "processed" in out
        return out

    def deliver(self, *messages: EmailMessage) -> None:
        for msg in messages:
            self.server.append("INBOX", msg.as_bytes())

    def drafts(self) -> list[EmailMessage]:
        found = []
        for _uid, flags, raw in self.server.messages("Drafts"):
            assert b"\\Draft" in flags
            found.append(message_from_bytes(raw, policy=policy.default))
        return found  # type: ignore[return-value]

    def drafts_from(self, template: str) -> list[EmailMessage]:
        return [d for d in self.drafts() if d["X-Mailbot-Template"] == template]

    def state(self) -> Iterator[Store]:
        with Store(self.state_dir, readonly=True) as store:
            yield store

    def table(self, name: str) -> dict[str, dict[str, Any]]:
        with Store(self.state_dir, readonly=True) as store:
            return dict(store.items(name))


@pytest.fixture
def bot(
    dovecot: DovecotServer,
    mailbot_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Bot:
    return Bot(dovecot, mailbot_env, write_config(tmp_path), monkeypatch, capsys)


def mail(
    sender: str,
    subject: str,
    body: str,
    *,
    in_reply_to: str | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = f"Sergio Pereira <{OWNER}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(__import__("datetime").datetime.now().astimezone())
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].rstrip(">"))
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    if attachment:
        name, data = attachment
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    return msg


def addresses(msg: EmailMessage, header: str) -> list[str]:
    value = msg[header]
    return [a.addr_spec.lower() for a in value.addresses] if value else []


# A liked client: healthtech, seed, React/Node/AWS, $8k a month (all in his preferences).
def liked_client() -> EmailMessage:
    return mail(
        "Mark Chen <mark@medibook.example>",
        "Looking for a fractional CTO for our healthtech startup",
        "Hi Sergio,\n\nI'm the CEO of MediBook, a seed-stage healthtech startup (appointment "
        "booking for clinics). Our lead developer just left and we need a fractional CTO to "
        "own the technical roadmap and help us hire. Stack is React and Node on AWS. Budget "
        "around $8k/month, ideally starting in December.\n\nWould you have time for a call?\n\n"
        "Mark Chen\nCEO, MediBook\n",
    )


# A client he does not particularly like: logistics, PHP/MySQL, $1,500 a month.
def unliked_client() -> EmailMessage:
    return mail(
        "Greg Tully <greg@tullyfreight.example>",
        "Need help with our warehouse software",
        "Hello Sergio,\n\nI run Tully Freight, a family-owned logistics company. Our warehouse "
        "system is an old PHP and MySQL app and we need someone to help us modernise it and "
        "advise on a rewrite. We can pay about $1,500 a month. Could you help or recommend "
        "someone?\n\nGreg Tully\n",
    )


def fill_capacity(bot: Bot) -> None:
    for name in ("Acme platform rebuild", "Lendly interim CTO"):
        assert "started" in bot.run("engagements", "add", name)
    assert "2 active of capacity 2" in bot.run("engagements", "list")


# ------------------------------------------------------------------ the decision tree


def test_bandwidth_free_takes_the_client(bot: Bot) -> None:
    client = liked_client()
    bot.deliver(client)
    bot.once()
    drafts = bot.drafts()
    assert len(drafts) == 1
    draft = drafts[0]
    assert draft["X-Mailbot-Template"] == "client_take"
    assert addresses(draft, "To") == ["mark@medibook.example"]
    assert draft["In-Reply-To"] == client["Message-ID"]
    assert "cal.example.com/sergio/intro" in draft.get_content()
    leads = bot.table("leads")
    assert [lead["rule"] for lead in leads.values()] == ["client-take"]


def test_no_bandwidth_and_liked_assembles_a_team(bot: Bot) -> None:
    fill_capacity(bot)
    client = liked_client()
    bot.deliver(client)
    bot.once()
    [reply] = bot.drafts_from("client_team")
    assert addresses(reply, "To") == ["mark@medibook.example"]
    assert reply["In-Reply-To"] == client["Message-ID"]
    notes = bot.drafts_from("member_team_note")
    assert 2 <= len(notes) <= 3
    network = {m["email"] for m in yaml.safe_load((REPO / "rules.yaml").read_text())["network"]}
    members = [addresses(note, "To") for note in notes]
    assert all(len(to) == 1 and to[0] in network for to in members)
    assert len({to[0] for to in members}) == len(notes)
    for note in notes:
        raw = note.as_string().lower()
        assert "mark@medibook.example" not in raw and "medibook.example" not in raw
        assert note["In-Reply-To"] is None and note["Cc"] is None
        assert "MediBook" in note.get_content()  # the brief, without contact details
    team_names = [n["To"].addresses[0].display_name for n in notes]
    for name in team_names:
        assert name in reply.get_content()
    [lead] = bot.table("leads").values()
    assert lead["rule"] == "client-team" and sorted(lead["team"]) == sorted(to[0] for to in members)


def ask_for(bot: Bot, member: str | None = None) -> EmailMessage:
    asks = bot.drafts_from("intro_ask")
    if member is not None:
        asks = [a for a in asks if addresses(a, "To") == [member]]
    assert len(asks) == 1, [a["To"] for a in asks]
    return asks[0]


def test_no_bandwidth_not_liked_starts_a_double_opt_in_intro(bot: Bot) -> None:
    fill_capacity(bot)
    client = unliked_client()
    bot.deliver(client)
    bot.once()
    [reply] = bot.drafts_from("client_refer")
    assert addresses(reply, "To") == ["greg@tullyfreight.example"]
    ask = ask_for(bot)
    member = addresses(ask, "To")[0]
    assert "tullyfreight" not in ask.as_string().lower()  # no client address before opt-in
    assert ask["To"].addresses[0].display_name in reply.get_content()
    [intro] = json.loads(bot.run("intros", "list", "--json"))
    assert intro["state"] == "asking" and intro["candidate"] == member

    # The member says yes, in the ask's thread.
    bot.deliver(
        mail(
            f"{ask['To']}",
            f"Re: {ask['Subject']}",
            "Hi Sergio,\n\nYes, happy to help! Please go ahead with the intro.\n\nCheers\n\n"
            f"On Fri, Sergio Pereira <{OWNER}> wrote:\n"
            + "\n".join(f"> {line}" for line in ask.get_content().splitlines()),
            in_reply_to=ask["Message-ID"],
        )
    )
    bot.once()
    [email] = bot.drafts_from("intro_email")
    assert sorted(addresses(email, "To")) == sorted(["greg@tullyfreight.example", member])
    assert addresses(email, "Cc") == [OWNER]
    [intro] = json.loads(bot.run("intros", "list", "--json"))
    assert intro["state"] == "introduced"
    shown = bot.run("intros", "show", intro["id"])
    assert "answered yes" in shown
    assert len(bot.drafts_from("intro_ask")) == 1  # nobody else asked


def test_a_no_asks_the_next_candidate(bot: Bot) -> None:
    fill_capacity(bot)
    bot.deliver(unliked_client())
    bot.once()
    first_ask = ask_for(bot)
    first = addresses(first_ask, "To")[0]
    bot.deliver(
        mail(
            f"{first_ask['To']}",
            f"Re: {first_ask['Subject']}",
            "Hi Sergio,\n\nSorry, I can't take this one, I'm fully booked until March.\n\n"
            + "\n".join(f"> {line}" for line in first_ask.get_content().splitlines()),
            in_reply_to=first_ask["Message-ID"],
        )
    )
    bot.once()
    asks = bot.drafts_from("intro_ask")
    assert len(asks) == 2
    [second_ask] = [a for a in asks if addresses(a, "To") != [first]]
    second = addresses(second_ask, "To")[0]
    assert "tullyfreight" not in second_ask.as_string().lower()
    assert bot.drafts_from("intro_email") == []
    [intro] = json.loads(bot.run("intros", "list", "--json"))
    assert intro["state"] == "asking" and intro["candidate"] == second
    record = bot.table("intros")[intro["id"]]
    assert [(a["email"], a.get("answer")) for a in record["asked"]] == [
        (first, "no"),
        (second, None),
    ]


def test_unsure_is_held_without_a_draft(
    dovecot: DovecotServer,
    mailbot_env: dict[str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = write_config(tmp_path, classifier={"confidence_floor": 0.99})
    bot = Bot(dovecot, mailbot_env, config, monkeypatch, capsys)
    bot.deliver(mail("Sam <sam@example.net>", "hello", "Hi, let's catch up sometime.\n"))
    out = bot.once()
    assert "1 held" in out
    assert bot.drafts() == []
    [record] = bot.table("messages").values()
    assert record["label"] == "unsure" and record["rule"] == "unsure"
    assert record["action"] == "hold"


# ------------------------------------------------------------------ the applicant pool

CV = make_pdf(["Ana Costa - Fractional CTO", "Python, Django, AWS, Kubernetes, PostgreSQL"])
ANA = "Ana Costa <ana.costa@gmail.example>"
ANA_LINKEDIN = "https://www.linkedin.com/in/ana-costa-cto/"


def ana_applies() -> EmailMessage:
    return mail(
        ANA,
        "Re: My Fractional CTO career is a roller coaster",
        "Hi Sergio,\n\nI'd love to join your network. I've been a fractional CTO for three "
        "fintech startups over the last four years (Python, Django, AWS), and before that I "
        "led a platform team of 12 engineers. Available for about 20 hours a week from "
        f"January.\n\nCV attached, LinkedIn: {ANA_LINKEDIN}\n\nBest,\nAna\n",
        attachment=("../../Ana Costa CV.pdf", CV),
    )


def test_applicant_pool_dedupes_stores_the_cv_and_forgets(bot: Bot) -> None:
    bot.deliver(ana_applies())
    bot.once()
    [ack] = bot.drafts_from("applicant_ack")
    assert addresses(ack, "To") == ["ana.costa@gmail.example"]
    people = bot.table("people")
    assert list(people) == ["ana.costa@gmail.example"]
    ana = people["ana.costa@gmail.example"]
    assert "python" in ana["skills"] and ana["linkedin"].startswith("https://www.linkedin.com")
    cv = bot.state_dir / "cvs" / ana["cv_file"]
    assert cv.parent == bot.state_dir / "cvs" and cv.name.startswith("cv-")
    assert "/" not in ana["cv_file"] and ".." not in ana["cv_file"]
    assert cv.read_bytes() == CV
    assert stat.S_IMODE(cv.stat().st_mode) == 0o600

    # The forgotten detail, and the same LinkedIn from her work address: one person, no
    # second acknowledgement.
    bot.deliver(
        mail(
            ANA,
            "Re: My Fractional CTO career is a roller coaster",
            "Sorry, forgot to say: my rate is 120 EUR per hour, and I'm based in Lisbon.\n",
        ),
        mail(
            "Ana Costa <ana@payflow.example>",
            "Fractional CTO network",
            "Hi Sergio, writing from my work address: I'm the fractional CTO who replied "
            "last week and would love to join your network of CTOs. LinkedIn: "
            f"{ANA_LINKEDIN}\n\nAna\n",
        ),
    )
    out = bot.once()
    assert "2 held" in out, out
    assert len(bot.drafts_from("applicant_ack")) == 1
    people = bot.table("people")
    assert list(people) == ["ana.costa@gmail.example"]
    assert len(people["ana.costa@gmail.example"]["messages"]) == 3
    held = [m for m in bot.table("messages").values() if m["action"] == "hold"]
    assert {m["rule"] for m in held} == {"follow-up"}

    listed = json.loads(bot.run("network", "list", "--pool", "--json"))
    ana_row = next(p for p in listed if p["email"] == "ana.costa@gmail.example")
    assert ana_row["member"] is False
    bot.run("network", "promote", "ana.costa@gmail.example")
    members = json.loads(bot.run("network", "list", "--json"))
    assert "ana.costa@gmail.example" in {p["email"] for p in members if p["member"]}
    assert len(members) == 7  # six from rules.yaml and Ana

    out = bot.run("network", "forget", "ana.costa@gmail.example")
    assert "CV" in out and "record" in out
    assert not cv.exists()
    assert "ana.costa@gmail.example" not in bot.table("people")
    assert bot.table("linkedin") == {}
    assert "ana.costa@gmail.example" not in bot.table("senders")
    for record in bot.table("messages").values():
        assert "ana.costa@gmail.example" not in json.dumps(record)
        assert "payflow" not in json.dumps(record)  # her other address, known by LinkedIn
    members = json.loads(bot.run("network", "list", "--pool", "--json"))
    assert "ana.costa@gmail.example" not in {p["email"] for p in members}
