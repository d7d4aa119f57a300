"""The owner's network and warm intros as pure functions over plain records.

Nothing here touches disk: functions take what the state says (dicts) and return the
records to write (`StateChange`), which the daemon applies inside its atomic commit.

The double opt-in intro is a small state machine kept in the `intros` table:

    asking(member A) ── A says yes ──► introduced      (intro email drafted to client + A)
         │  ├─ A says no / silence ──► asking(member B) ... ──► exhausted (held for the owner)
         │  └─ unclear answer ───────► asking (held for the owner to read)
         └─ silence for nudge_after_days ─► nudge drafted once
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any, Literal

from .models import ApplicantFields, Classification, ClientFields, Decision, ParsedMessage

Answer = Literal["yes", "no", "unclear"]

_NO = re.compile(
    r"\b(?:no(?:pe)?\b(?!\s+problem)|not (?:this time|right now|available|a fit|for me|interested)|"
    r"can(?:'|no)t|cannot|won't|unable|decline|pass on|have to pass|i'll pass|too busy|"
    r"fully booked|no bandwidth|no capacity|unfortunately|"
    r"não|nao posso|infelizmente|sem disponibilidade|"
    r"no puedo|lamentablemente|desafortunadamente|no tengo|"
    r"leider|kann nicht|keine zeit|keine kapazität|"
    r"malheureusement|je ne peux pas|pas disponible|pas le temps)\b",
    re.IGNORECASE,
)
_YES = re.compile(
    r"\b(?:yes|yep|yeah|sure|absolutely|definitely|of course|happy to|glad to|count me in|"
    r"i'?m in|sounds (?:great|good)|love to|would love|keen|interested|go ahead|please intro|"
    r"sim|claro|com certeza|com prazer|pode (?:apresentar|fazer)|"
    r"sí|si,|por supuesto|encantad[oa]|me interesa|adelante|"
    r"ja|gerne|sehr gerne|natürlich|klar|"
    r"oui|avec plaisir|volontiers|bien sûr|ça m'intéresse)\b",
    re.IGNORECASE,
)


# A yes-word under a negation is a no: "absolutely not", "not interested", "not keen".
_NEGATED_YES = re.compile(
    r"\b(?:absolutely|definitely|certainly|of course)\s+not\b|"
    r"\b(?:not|never|no longer)\s+(?:\w+\s+)?(?:interested|keen|available)\b",
    re.IGNORECASE,
)
# Hedges the owner should read himself, whatever else the sentence says.
_HEDGE = re.compile(
    r"\b(?:not (?:sure|certain)|maybe|perhaps|depends|let me (?:think|check)|"
    r"talvez|depende|quizás|quizas|vielleicht|peut-être|peut-etre)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|morning|ol[áa]|oi|hola|buenas|hallo|moin|bonjour|salut|"
    r"bom dia|boa tarde|buenos d[íi]as|guten tag)\b(?:\s+[\w.'-]+){0,3}\s*[,!:]?$",
    re.IGNORECASE,
)


def read_answer(text: str) -> Answer:
    """A member's answer to an intro ask: yes, no, or unclear (then the owner reads it).

    Only the first paragraph that is not a bare greeting counts ("Hi Sergio,"), so a
    quoted ask or a signature below never decides."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    first = next((p for p in paragraphs if p and not _GREETING.match(p)), "")[:400]
    if _HEDGE.search(first):
        return "unclear"
    said_no = _NO.search(first) is not None or _NEGATED_YES.search(first) is not None
    said_yes = _YES.search(_NEGATED_YES.sub(" ", first)) is not None
    if said_yes and not said_no:
        return "yes"
    if said_no and not said_yes:
        return "no"
    return "unclear"


def person_key(email: str) -> str:
    return email.strip().lower()


def merge_person(
    existing: Mapping[str, Any] | None,
    fields: ApplicantFields,
    cls: Classification,
    parsed: ParsedMessage,
    now: datetime,
    cv_file: str = "",
) -> dict[str, Any]:
    """A new or updated pool record: a second reply updates, never duplicates."""
    record: dict[str, Any] = dict(existing or {})
    person = cls.person
    email = (fields.email or (person.email if person else "")).lower()
    for name in (
        "name",
        "linkedin",
        "github",
        "portfolio",
        "seniority",
        "location",
        "timezone",
        "rate",
        "availability",
    ):
        value = getattr(fields, name)
        if value:
            record[name] = value
    if not record.get("name") and person and person.name:
        record["name"] = person.name
    for name in ("roles", "skills"):
        merged = list(dict.fromkeys([*record.get(name, []), *getattr(fields, name)]))
        record[name] = merged
    record["email"] = record.get("email") or email
    record.setdefault("first_seen", now.isoformat())
    record.setdefault("promoted", False)
    record["last_seen"] = now.isoformat()
    record["language"] = cls.language
    record["messages"] = list(dict.fromkeys([*record.get("messages", []), parsed.message_id]))[-20:]
    if cv_file:
        record["cv_file"] = cv_file
    return record


def lead_record(
    cls: Classification,
    decision: Decision,
    parsed: ParsedMessage,
    now: datetime,
    *,
    team: Sequence[str] = (),
    intro_candidate: str = "",
) -> dict[str, Any]:
    client = cls.client or ClientFields()
    budget = asdict(client.budget) if client.budget else None
    person = cls.person
    return {
        "company": client.company,
        "contact_name": client.contact_name or (person.name if person else ""),
        "contact_email": client.contact_email or (person.email if person else ""),
        "need": client.need,
        "budget": budget,
        "timeline": client.timeline,
        "stack": list(client.stack),
        "industry": client.industry,
        "stage": client.stage,
        "referred_by": client.referred_by,
        "subject": parsed.subject[:200],
        "rule": decision.rule,
        "action": decision.action,
        "reason": decision.reason,
        "team": list(team),
        "intro_candidate": intro_candidate,
        "decided_at": now.isoformat(),
    }


def client_brief(cls: Classification) -> dict[str, Any]:
    """What a member may learn about a client before both opt in: no contact details."""
    client = cls.client or ClientFields()
    return {
        "company": client.company or "a startup",
        "need": client.need.replace("_", " ") if client.need else "technical help",
        "industry": client.industry,
        "stage": client.stage.replace("_", " ") if client.stage else "",
        "stack": list(client.stack),
        "budget": client.budget.verbatim if client.budget else "",
        "timeline": client.timeline,
    }


def new_intro(
    cls: Classification,
    parsed: ParsedMessage,
    candidate: Mapping[str, str],
    ask_draft: str,
    now: datetime,
) -> dict[str, Any]:
    person = cls.person
    return {
        "state": "asking",
        "client_email": person.email if person else "",
        "client_name": person.name if person else "",
        "client_message_id": parsed.message_id,
        "client_subject": parsed.subject[:200],
        "brief": client_brief(cls),
        "candidate": candidate["email"],
        "candidate_name": candidate.get("name", ""),
        "ask_draft": ask_draft,
        "asked": [{"email": candidate["email"], "draft": ask_draft, "at": now.isoformat()}],
        "nudged": False,
        "created_at": now.isoformat(),
        "updated_at": now.isoformat(),
        "history": [f"{now.isoformat()} asked {candidate['email']}"],
    }


def advance_intro(
    intro: Mapping[str, Any], answer: Answer, now: datetime, note: str = ""
) -> dict[str, Any]:
    """The intro record after the current candidate answered (or stayed silent)."""
    record = dict(intro)
    asked = [dict(a) for a in record.get("asked", [])]
    if asked:
        asked[-1]["answer"] = answer
        asked[-1]["answered_at"] = now.isoformat()
    record["asked"] = asked
    history = [
        *record.get("history", []),
        f"{now.isoformat()} {record.get('candidate')} answered {answer}{note}",
    ]
    record["history"] = history
    record["updated_at"] = now.isoformat()
    if answer == "yes":
        record["state"] = "introduced"
        record["outcome"] = f"introduced to {record.get('candidate')}"
    elif answer == "no":
        record["state"] = "next"  # the caller asks the next candidate or marks it exhausted
    else:
        record["state"] = "asking"
        record["needs_owner"] = True
    return record


def declined(intro: Mapping[str, Any]) -> list[str]:
    return [a["email"] for a in intro.get("asked", []) if a.get("answer") in ("no", "silent")]


def ask_next(
    intro: Mapping[str, Any], candidate: Mapping[str, str] | None, ask_draft: str, now: datetime
) -> dict[str, Any]:
    record = dict(intro)
    if candidate is None:
        record["state"] = "exhausted"
        record["outcome"] = "no member said yes: back to the owner"
        record["history"] = [*record.get("history", []), f"{now.isoformat()} exhausted"]
        return record
    record.update(
        state="asking",
        candidate=candidate["email"],
        candidate_name=candidate.get("name", ""),
        ask_draft=ask_draft,
        nudged=False,
        updated_at=now.isoformat(),
    )
    record["asked"] = [
        *record.get("asked", []),
        {"email": candidate["email"], "draft": ask_draft, "at": now.isoformat()},
    ]
    record["history"] = [
        *record.get("history", []),
        f"{now.isoformat()} asked {candidate['email']}",
    ]
    return record


_CV_NAME = re.compile(r"(?:\bcv\b|curr[ií]cul|r[ée]sum[ée]|lebenslauf|resume)", re.IGNORECASE)
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def is_cv_name(filename: str) -> bool:
    return bool(_CV_NAME.search(filename.replace("_", " ")))


def cv_file_name(person: str, filename: str) -> str:
    """A file name that cannot escape the CV folder: no separators, no dots in front."""
    import hashlib

    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    suffix = _UNSAFE.sub("", suffix)[:8] or "bin"
    digest = hashlib.sha256(person.encode()).hexdigest()[:16]
    return f"cv-{digest}.{suffix}"
