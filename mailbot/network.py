"""The applicant pool and the owner's network, over the store.

Applicants land in the pool (`people`) when their reply is processed; the owner promotes
the ones he wants in his network. Members listed in rules.yaml are always in it. People
never promoted are erased after `pool.retention_days`, and `forget` erases one person at
once: the record, the CV file, the LinkedIn index and the personal fields kept with their
messages (the GDPR right to erasure; applicants include EU residents).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from .config import LoadedConfig
from .errors import MailbotError
from .models import draftable_address
from .store import Store

CV_FOLDER = "cvs"


def _check_draftable(email: str) -> None:
    if not draftable_address(email):
        raise MailbotError(
            f"{email}: a non-ASCII local part cannot be written in an intro or team draft "
            "(it needs SMTPUTF8); write to them yourself"
        )


class NetworkBook:
    def __init__(self, config: LoadedConfig, store: Store, clock: Callable[[], datetime]) -> None:
        self.config = config
        self.store = store
        self.clock = clock

    def _configured(self) -> dict[str, dict[str, Any]]:
        return {
            m.email: {
                "email": m.email,
                "name": m.name,
                "roles": list(m.roles),
                "skills": list(m.skills),
                "industries": list(m.industries),
                "timezone": m.timezone,
                "capacity": m.capacity,
                "available": m.available,
                "source": "rules.yaml",
            }
            for m in self.config.settings.network
        }

    def listing(
        self, *, pool: bool = False, skill: str | None = None, role: str | None = None
    ) -> list[dict[str, Any]]:
        people: dict[str, dict[str, Any]] = {}
        for email, record in self._configured().items():
            people[email] = {**record, "member": True}
        for email, record in self.store.items("people"):
            member = bool(record.get("promoted"))
            if member or pool:
                people.setdefault(email, {**record, "email": email, "member": member})
        rows = list(people.values())
        if skill:
            rows = [r for r in rows if skill.lower() in [s.lower() for s in r.get("skills", [])]]
        if role:
            rows = [r for r in rows if role.lower() in [x.lower() for x in r.get("roles", [])]]
        return sorted(rows, key=lambda r: (not r["member"], r["email"]))

    def show(self, email: str) -> dict[str, Any]:
        key = email.strip().lower()
        record = self.store.get("people", key) or self._configured().get(key)
        if record is None:
            raise MailbotError(f"nobody with address {email} in the pool or network")
        return record

    def add(self, email: str, **fields: Any) -> None:
        key = email.strip().lower()
        _check_draftable(key)
        record = self.store.get("people", key) or {
            "email": key,
            "first_seen": self.clock().isoformat(),
        }
        for name, value in fields.items():
            if value not in ("", (), None):
                record[name] = list(value) if isinstance(value, tuple) else value
        record.update(promoted=True, promoted_at=self.clock().isoformat())
        self.store.put("people", key, record)
        self.store.commit()

    def promote(self, email: str) -> None:
        key = email.strip().lower()
        record = self.store.get("people", key)
        if record is None:
            raise MailbotError(f"{email} is not in the pool (use `network add`)")
        _check_draftable(key)
        record.update(promoted=True, promoted_at=self.clock().isoformat())
        self.store.put("people", key, record)
        self.store.commit()

    def remove(self, email: str) -> None:
        key = email.strip().lower()
        record = self.store.get("people", key)
        if record is None:
            raise MailbotError(f"{email} is not in the network")
        record["promoted"] = False
        self.store.put("people", key, record)
        self.store.commit()

    def forget(self, email: str) -> str:
        key = email.strip().lower()
        erased = self._erase(key)
        self.store.commit()
        return erased

    def _erase(self, key: str) -> str:
        record = self.store.get("people", key)
        parts = []
        own_messages: set[str] = set()
        if record is not None:
            own_messages = {str(m) for m in record.get("messages", [])}
            if record.get("cv_file"):
                self.store.remove_file(CV_FOLDER, str(record["cv_file"]))
                parts.append("CV")
            if record.get("linkedin"):
                self.store.delete("linkedin", str(record["linkedin"]).lower().rstrip("/"))
            self.store.delete("people", key)
            parts.append("record")
        # Every address the person wrote from (a second one was matched by LinkedIn).
        addresses = {key}
        for message_key, message in self.store.items("messages"):
            if message_key.split("#", 1)[0] in own_messages:
                addresses.update(
                    str(message.get(f, "")).lower() for f in ("person", "from") if message.get(f)
                )
        addresses.discard("(erased)")
        scrubbed = 0
        for message_key, message in list(self.store.items("messages")):
            mine = message_key.split("#", 1)[0] in own_messages
            if not mine and not {message.get("person"), message.get("from")} & addresses:
                continue
            for field in ("person", "person_name", "from", "subject", "reason"):
                message[field] = "(erased)"
            # The trail's reasons quote addresses and fields; the rule names stay.
            message["trail"] = [
                [entry[0], entry[1], "(erased)"] for entry in message.get("trail", [])
            ]
            self.store.put("messages", message_key, message)
            scrubbed += 1
        for address in addresses:
            self.store.delete("senders", address)
        if scrubbed:
            parts.append(f"{scrubbed} message records scrubbed")
        # A client asks to be forgotten too: their leads go (intros keep running).
        leads = [
            k
            for k, lead in self.store.items("leads")
            if str(lead.get("contact_email", "")).lower() in addresses
        ]
        for lead_key in leads:
            self.store.delete("leads", lead_key)
        if leads:
            parts.append(f"{len(leads)} leads")
        return ", ".join(parts) or "nothing stored"

    def purge_expired(self) -> int:
        """Erase pool records (and CVs) of people never promoted, past the retention period."""
        limit = self.clock() - timedelta(days=self.config.settings.pool.retention_days)
        expired = [
            key
            for key, record in self.store.items("people")
            if not record.get("promoted")
            and datetime.fromisoformat(record.get("last_seen") or record["first_seen"]) < limit
        ]
        for key in expired:
            self._erase(key)
        if expired:
            self.store.commit()
        return len(expired)
