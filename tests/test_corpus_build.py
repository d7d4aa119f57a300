"""The corpus builder: deterministic, valid manifests, real attachments, honest splits."""

from __future__ import annotations

import email
import io
import itertools
import json
import random
import re
import sys
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

# corpus/ is a tool beside the installed package, not part of it: import it from the checkout
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import build
from corpus.specimens import people

LABELS = {"applicant", "client", "other"}
OTHER_KINDS = {
    "auto_reply",
    "bounce",
    "unsubscribe",
    "vendor_pitch",
    "feedback",
    "mailing_list",
    "personal",
    "spam",
}
LINKEDIN = re.compile(r"^https://www\.linkedin\.com/in/[a-z0-9-]+$")


def _manifest(folder: Path) -> list[dict[str, Any]]:
    lines = (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _parse(path: Path) -> EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    build.build(out, 40, 20, seed=3)
    return out


def test_same_seed_gives_byte_identical_output(tiny: Path, tmp_path: Path) -> None:
    build.build(tmp_path, 40, 20, seed=3)
    first = sorted(p.relative_to(tiny) for p in tiny.rglob("*") if p.is_file())
    second = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert first == second
    for rel in first:
        assert (tiny / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel


def test_another_seed_gives_other_mail(tiny: Path, tmp_path: Path) -> None:
    build.build(tmp_path, 40, 20, seed=4)
    assert (tiny / "train" / "manifest.jsonl").read_bytes() != (
        tmp_path / "train" / "manifest.jsonl"
    ).read_bytes()


@pytest.mark.parametrize(("split", "count"), [("train", 40), ("dev", 20)])
def test_manifest_is_valid(tiny: Path, split: str, count: int) -> None:
    entries = _manifest(tiny / split)
    assert len(entries) == count
    assert len({e["file"] for e in entries}) == count
    for entry in entries:
        assert tuple(entry) == build.MANIFEST_KEYS
        assert entry["label"] in LABELS
        assert entry["language"] in people.LANGUAGES
        assert entry["difficulty"] in {"easy", "hard"}
        assert isinstance(entry["must_not_autoreply"], bool)
        message = _parse(tiny / split / entry["file"])
        if entry["label"] == "other":
            assert entry["other_kind"] in OTHER_KINDS
            assert entry["applicant"] is None and entry["client"] is None
            continue
        assert entry["other_kind"] is None
        assert message["Message-ID"] and message["Date"] and message["From"]
        if entry["label"] == "applicant":
            applicant = entry["applicant"]
            assert entry["client"] is None
            assert set(applicant) == {
                "name",
                "email",
                "linkedin",
                "roles",
                "skills",
                "has_cv_attachment",
            }
            assert set(applicant["roles"]) <= set(people.ROLES)
            assert applicant["linkedin"] is None or LINKEDIN.match(applicant["linkedin"])
            assert "@" in applicant["email"]
        else:
            client = entry["client"]
            assert entry["applicant"] is None
            assert set(client) == {
                "company",
                "contact_name",
                "need",
                "budget",
                "stack",
                "industry",
                "referred_by",
            }
            assert client["need"] in people.NEEDS
            assert client["industry"] in people.INDUSTRIES
            assert set(client["stack"]) <= set(people.TECH)


def _all_text(message: EmailMessage) -> str:
    texts = [str(message.get(h, "")) for h in ("From", "Reply-To", "Cc")]
    for part in message.walk():
        if part.get_content_maintype() == "text":
            texts.append(part.get_content())
        elif part.get_content_type() == "message/rfc822":
            texts.append(_all_text(part.get_content()))
        elif part.get_content_type() == "application/pdf":
            reader = PdfReader(io.BytesIO(part.get_content()))
            texts.extend(page.extract_text() for page in reader.pages)
        elif part.get_content_type().endswith("wordprocessingml.document"):
            document = docx.Document(io.BytesIO(part.get_content()))
            texts.extend(paragraph.text for paragraph in document.paragraphs)
    return "\n".join(texts).lower()


def test_expected_fields_can_be_found_in_the_message(tiny: Path) -> None:
    for split in ("train", "dev"):
        for entry in _manifest(tiny / split):
            if entry["label"] == "other":
                continue
            text = _all_text(_parse(tiny / split / entry["file"]))
            if entry["applicant"]:
                applicant = entry["applicant"]
                assert applicant["email"] in text
                assert applicant["name"].lower() in text
                if applicant["linkedin"]:
                    assert applicant["linkedin"].rsplit("/in/", 1)[1] in text
            else:
                client = entry["client"]
                assert client["company"].lower() in text, entry["file"]
                assert client["contact_name"].lower() in text
                if client["budget"]:
                    assert client["budget"].lower() in text


def test_cv_attachments_are_real_documents(tiny: Path) -> None:
    seen = 0
    for split in ("train", "dev"):
        for entry in _manifest(tiny / split):
            applicant = entry["applicant"]
            if not applicant:
                continue
            message = _parse(tiny / split / entry["file"])
            docs = [
                p
                for p in message.walk()
                if p.get_content_disposition() == "attachment"
                and p.get_content_type() != "message/rfc822"
            ]
            assert bool(docs) == applicant["has_cv_attachment"]
            for part in docs:
                data = part.get_content()
                assert isinstance(data, bytes)
                assert data.startswith(b"%PDF") or data.startswith(b"PK")
                seen += 1
    assert seen > 0


def test_no_body_is_in_both_splits(tiny: Path) -> None:
    def bodies(split: str) -> set[str]:
        found = set()
        for entry in _manifest(tiny / split):
            message = _parse(tiny / split / entry["file"])
            body = message.get_body(("plain", "html"))
            if body is not None:
                found.add(" ".join(body.get_content().split()))
        return found

    assert not bodies("train") & bodies("dev")


def test_dev_phrasings_never_reach_train() -> None:
    dev_only = people.EN["a_ctx"][3]
    train_only = people.EN["a_ctx"][0]
    train = list(itertools.islice(people.specimens(random.Random(1), "train"), 2500))
    dev = list(itertools.islice(people.specimens(random.Random(1), "dev"), 2500))
    assert not any(dev_only in s.body for s in train)
    assert any(dev_only in s.body for s in dev)
    assert not any(train_only in s.body for s in dev)


def test_budget_and_company_are_verbatim_in_client_text() -> None:
    for spec in itertools.islice(people.specimens(random.Random(9), "train"), 600):
        if spec.label != "client":
            continue
        assert spec.client is not None
        assert spec.client["company"].lower() in spec.body.lower()
        if spec.client["budget"]:
            assert spec.client["budget"] in spec.body


def test_builds_with_people_only_when_others_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "_load_others", lambda: None)
    build.build(tmp_path, 14, 7, seed=1)
    labels = {e["label"] for e in _manifest(tmp_path / "train")}
    assert labels == {"applicant", "client"}
