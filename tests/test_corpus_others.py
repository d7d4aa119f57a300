"""The "other" specimen stream: varied, valid, and with train and dev kept apart."""

from __future__ import annotations

import email
import itertools
import random
import re
import sys
from email import policy
from pathlib import Path

import pytest

# corpus/ is a top-level folder next to mailbot/, not an installed package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.specimen import Specimen
from corpus.specimens.others import KINDS, LANGUAGES, bank_part, specimens

DRAW = 2000
AUTO_REPLY_HEADERS = {
    "auto-submitted",
    "x-autoreply",
    "x-autorespond",
    "precedence",
    "x-auto-response-suppress",
}
MACHINE_KINDS = {"auto_reply", "bounce", "mailing_list", "spam"}


def draw(split: str, seed: int = 20240524) -> list[Specimen]:
    return list(itertools.islice(specimens(random.Random(seed), split), DRAW))


@pytest.fixture(scope="module")
def train() -> list[Specimen]:
    return draw("train")


@pytest.fixture(scope="module")
def dev() -> list[Specimen]:
    return draw("dev")


@pytest.mark.parametrize("split", ["train", "dev"])
def test_every_kind_and_language_is_present(split: str, request: pytest.FixtureRequest) -> None:
    drawn: list[Specimen] = request.getfixturevalue(split)
    assert {s.other_kind for s in drawn} == set(KINDS)
    assert {s.language for s in drawn} == set(LANGUAGES)
    for kind in KINDS:
        languages = {s.language for s in drawn if s.other_kind == kind}
        assert languages == set(LANGUAGES), (kind, languages)
    english = sum(s.language == "en" for s in drawn) / len(drawn)
    assert 0.4 <= english <= 0.65


@pytest.mark.parametrize("split", ["train", "dev"])
def test_fields_are_valid(split: str, request: pytest.FixtureRequest) -> None:
    drawn: list[Specimen] = request.getfixturevalue(split)
    for s in drawn:
        assert s.label == "other"
        assert s.other_kind in KINDS
        assert s.language in LANGUAGES
        assert s.difficulty in ("easy", "hard")
        assert s.split == split
        assert s.body.strip(), s
        assert not re.search(r"\{[a-z_]+\}", s.body + s.subject), (s.subject, s.body)
        assert re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[a-z]{2,}", s.sender_email), s.sender_email
        assert s.applicant is None and s.client is None
        for name, value in s.headers.items():
            assert "\n" not in value and "\r" not in value and ":" not in name
        for attachment in s.attachments:
            assert attachment.kind in ("cv_pdf", "cv_docx", "pdf", "txt", "image")
            assert attachment.filename and attachment.text
        if s.other_kind in MACHINE_KINDS:
            assert s.must_not_autoreply, s.notes
        if s.other_kind in ("feedback", "personal", "vendor_pitch"):
            assert not s.must_not_autoreply, s.notes


def test_bounces_are_parseable_delivery_reports(train: list[Specimen]) -> None:
    bounces = [s for s in train if s.other_kind == "bounce"]
    assert len(bounces) > 50
    for s in bounces:
        assert s.raw is not None
        message = email.message_from_bytes(s.raw, policy=policy.default)
        assert message["Return-Path"] == "<>"
        assert not message.defects
        sender = str(message["From"]).lower()
        assert any(word in sender for word in ("mailer-daemon", "postmaster", "microsoftexchange"))
        texts = [
            part.get_content() for part in message.walk() if part.get_content_type() == "text/plain"
        ]
        assert any(s.body.splitlines()[0] in text for text in texts)
    reports = [s for s in bounces if b"report-type=delivery-status" in (s.raw or b"")]
    assert len(reports) > len(bounces) / 2


def test_many_auto_replies_carry_no_header(train: list[Specimen], dev: list[Specimen]) -> None:
    for drawn in (train, dev):
        replies = [s for s in drawn if s.other_kind == "auto_reply"]
        bare = [s for s in replies if not AUTO_REPLY_HEADERS & {h.lower() for h in s.headers}]
        assert len(bare) >= 0.3 * len(replies)
        assert all(s.must_not_autoreply for s in bare)


def test_recruiters_attach_other_peoples_cvs(train: list[Specimen]) -> None:
    with_cv = [s for s in train if any(a.kind.startswith("cv_") for a in s.attachments)]
    assert with_cv
    assert all(s.other_kind == "vendor_pitch" and s.difficulty == "hard" for s in with_cv)


def test_mailing_lists_carry_list_headers(train: list[Specimen]) -> None:
    for s in train:
        if s.other_kind == "mailing_list":
            names = {h.lower() for h in s.headers}
            assert names & {"list-id", "list-unsubscribe", "precedence"}, s.headers


def test_splits_share_no_body_and_are_varied(train: list[Specimen], dev: list[Specimen]) -> None:
    train_bodies = {s.body for s in train}
    dev_bodies = {s.body for s in dev}
    assert not train_bodies & dev_bodies
    assert len(train_bodies) >= 1500 and len(dev_bodies) >= 1500


def test_bank_part_is_a_partition() -> None:
    bank = [f"phrase {i}" for i in range(11)]
    train, dev = bank_part(bank, "train"), bank_part(bank, "dev")
    assert set(train).isdisjoint(dev)
    assert sorted([*train, *dev]) == sorted(bank)
    assert list(dev) == ["phrase 3", "phrase 7"]
    assert bank_part(bank, "any") == bank


def test_same_seed_same_stream() -> None:
    first = list(itertools.islice(specimens(random.Random(5), "train"), 200))
    second = list(itertools.islice(specimens(random.Random(5), "train"), 200))
    assert first == second
