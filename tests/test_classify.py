"""Classifier: training is reproducible, loading and classifying work, evaluate() keeps FORMAT.md.

A small labelled corpus is written by the tests themselves (so they run anywhere); the
shipped model in mailbot/model/ is checked too when it is present.
"""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.classify import Classifier, evaluate, format_report, train
from mailbot.classify.model import (
    DEFAULT_MODEL_DIR,
    apply_temperature,
    detect_language,
    machine_kind,
    top_level_scores,
)
from mailbot.errors import ConfigError
from mailbot.models import Address, Label, OtherKind, SafetyVerdict
from mailbot.parse import parse_message
from mailbot.safety import machine_check

APPLICANT_BODIES = [
    "Hi Sergio, I'm {name}, a senior backend engineer (Python, AWS). My CV is attached and my "
    "LinkedIn is linkedin.com/in/{slug}. I'd love to join your network.",
    "Hey! Fractional CTO here, looking for more clients. Happy to be part of your network. "
    "https://www.linkedin.com/in/{slug}/",
    "Olá Sergio, sou {name}, desenvolvedor fullstack com 10 anos de experiência. Segue meu "
    "currículo e o meu LinkedIn: linkedin.com/in/{slug}",
    "Hola Sergio, soy {name}, QA engineer. Me encantaría formar parte de tu red. Mi CV va "
    "adjunto. https://es.linkedin.com/in/{slug}",
]
CLIENT_BODIES = [
    "Hi Sergio, I'm the CEO of Acme Health. We need a fractional CTO to lead our MVP. Our "
    "budget is $8k/month.",
    "We are Loopa, a seed-stage fintech. We're looking for a team to build our platform, "
    "budget 50k EUR total.",
    "Olá, sou fundadora da Verde Agro. Precisamos de um CTO fracionado para a nossa startup, "
    "orçamento R$ 20 mil por mês.",
    "Bonjour, nous sommes Pixel Santé et nous cherchons à renforcer notre équipe avec deux "
    "développeurs pour notre produit.",
]
OTHER_BODIES = [
    ("feedback", "Great newsletter, loved this edition! Keep writing."),
    ("unsubscribe", "Please unsubscribe me and remove me from this list."),
    ("vendor_pitch", "We are an agency with vetted candidates and developers at great rates."),
    ("auto_reply", "I am out of office until Monday with limited access to email."),
]
NAMES = ["Ana Costa", "John Smith", "Maria Lopez", "Klaus Weber", "Claire Martin", "Tom Brown"]


def write_corpus(folder: Path, count: int, offset: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(count):
        name = NAMES[(i + offset) % len(NAMES)]
        slug = name.lower().replace(" ", "-")
        kind = None
        applicant = client = None
        bucket = i % 3
        if bucket == 0:
            label, body = "applicant", APPLICANT_BODIES[(i // 3) % 4].format(name=name, slug=slug)
            applicant = {
                "name": name,
                "email": f"{slug}@example.org",
                "linkedin": f"https://www.linkedin.com/in/{slug}",
                "roles": [],
                "skills": [],
                "has_cv_attachment": False,
            }
        elif bucket == 1:
            label, body = "client", CLIENT_BODIES[(i // 3) % 4]
            client = {"company": None, "need": None, "budget": None}
        else:
            label = "other"
            kind, body = OTHER_BODIES[(i // 3) % 4]
        message = EmailMessage()
        message["From"] = f"{name} <{slug}@example.org>"
        message["To"] = "sergio@example.com"
        message["Subject"] = "Re: My Fractional CTO career is a roller coaster"
        message["Message-ID"] = f"<{offset}.{i}@example.org>"
        message.set_content(
            f"{body}\n\nOn Fri, Sergio Pereira wrote:\n> Simply reply with your CV/Linkedin "
            "and some context.\n> clients clients\n"
        )
        filename = f"m{i:03d}.eml"
        (folder / filename).write_bytes(bytes(message))
        rows.append(
            {
                "file": filename,
                "label": label,
                "other_kind": kind,
                "must_not_autoreply": kind == "auto_reply",
                "applicant": applicant,
                "client": client,
                "language": "en",
                "difficulty": "easy",
                "notes": "",
            }
        )
    (folder / "manifest.jsonl").write_text(
        "".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8"
    )
    return folder


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, object]]:
    root = tmp_path_factory.mktemp("classify")
    train_dir = write_corpus(root / "train", 96, offset=0)
    dev_dir = write_corpus(root / "dev", 36, offset=3)
    summary = train([train_dir], root / "model", seed=7)
    return root / "model", dev_dir, summary


def test_training_is_reproducible(
    trained: tuple[Path, Path, dict[str, object]], tmp_path: Path
) -> None:
    model_dir, dev_dir, summary = trained
    again = train([dev_dir.parent / "train"], tmp_path / "again", seed=7)
    assert again["held_out_macro_f1_by_epoch"] == summary["held_out_macro_f1_by_epoch"]
    texts = ["I'm a backend engineer, my CV is attached", "we need a CTO for our startup"]
    first = Classifier.load(model_dir).raw_scores(texts)
    second = Classifier.load(tmp_path / "again").raw_scores(texts)
    assert first == second


def test_classify_and_evaluate(trained: tuple[Path, Path, dict[str, object]]) -> None:
    model_dir, dev_dir, _ = trained
    classifier = Classifier.load(model_dir)
    result = evaluate(dev_dir, classifier)
    assert set(result) == {
        "n", "accuracy", "macro_f1", "per_label", "confusion", "unsure", "no_reply", "fields",
        "msgs_per_s",
    }  # fmt: skip
    assert result["n"] == 36
    assert set(result["per_label"]) == {"applicant", "client", "other"}
    for stats in result["per_label"].values():
        assert set(stats) == {"precision", "recall", "f1", "support"}
    for row in result["confusion"].values():
        assert set(row) == {"applicant", "client", "other", "unsure"}
    assert set(result["no_reply"]) == {"n", "correct"}
    assert result["no_reply"]["n"] == 3
    assert result["fields"]["applicant.email"]["n"] == 12
    assert result["fields"]["applicant.linkedin"]["correct"] == 12
    assert result["accuracy"] >= 0.9  # an easy, tiny corpus
    report = format_report(result)
    assert "macro-F1" in report and "applicant.linkedin" in report
    json.dumps(result)


def test_classification_fields(trained: tuple[Path, Path, dict[str, object]]) -> None:
    classifier = Classifier.load(trained[0])
    raw = (trained[1] / "m000.eml").read_bytes()
    parsed = parse_message(raw)
    result = classifier.classify(parsed, machine_check(parsed), floor=0.0)
    assert result.label is Label.APPLICANT
    assert result.applicant is not None and result.applicant.linkedin
    assert result.person is not None and result.person.email.endswith("@example.org")
    assert 0.0 < result.confidence <= 1.0
    assert dict(result.scores).keys() == {"applicant", "client", "other"}
    assert abs(sum(dict(result.scores).values()) - 1.0) < 1e-3
    unsure = classifier.classify(parsed, machine_check(parsed), floor=1.01)
    assert unsure.label is Label.UNSURE and unsure.raw_label is Label.APPLICANT


def test_machines_short_circuit_and_out_of_office_subjects(
    trained: tuple[Path, Path, dict[str, object]],
) -> None:
    classifier = Classifier.load(trained[0])
    parsed = parse_message(
        b"From: Ana <ana@example.org>\r\nSubject: Automatic reply: hello\r\n"
        b"Message-ID: <x@y>\r\n\r\nI'm a backend engineer, my CV is attached.\r\n"
    )
    verdict = machine_check(parsed)
    assert not verdict.is_machine
    result = classifier.classify(parsed, verdict)
    assert result.label is Label.OTHER and result.kind is OtherKind.AUTO_REPLY
    listed = parse_message(
        b"From: News <news@example.org>\r\nList-Id: <news.example.org>\r\nSubject: Weekly\r\n"
        b"Message-ID: <l@y>\r\n\r\nWe need a fractional CTO\r\n"
    )
    many = classifier.classify_many([(listed, machine_check(listed)), (parsed, verdict)])
    assert many[0].label is Label.OTHER and many[0].confidence == 1.0
    # Without scores the kind comes from the headers alone.
    assert machine_kind(listed, machine_check(listed)) is OtherKind.MAILING_LIST
    assert many[1].kind is OtherKind.AUTO_REPLY


def test_spam_flag_wins(trained: tuple[Path, Path, dict[str, object]]) -> None:
    classifier = Classifier.load(trained[0])
    parsed = parse_message(
        b"From: Megan <megan@example.org>\r\nX-Spam-Flag: YES\r\nSubject: Need your services"
        b"\r\nMessage-ID: <s@y>\r\n\r\nWe need a fractional CTO. Log in to see the NDA.\r\n"
    )
    result = classifier.classify(parsed, machine_check(parsed))
    assert (result.label, result.kind) == (Label.OTHER, OtherKind.SPAM)


def test_person_prefers_relayed_then_reply_to(
    trained: tuple[Path, Path, dict[str, object]],
) -> None:
    classifier = Classifier.load(trained[0])
    parsed = parse_message(
        b"From: Form <no-reply@forms.example.com>\r\nReply-To: Ana Costa <ana@example.org>\r\n"
        b"Subject: New contact\r\nMessage-ID: <r@y>\r\n\r\nI'm a backend engineer.\r\n"
    )
    relayed = SafetyVerdict(
        is_machine=False, relayed=True, relayed_person=Address("Ana Costa", "ana@example.org")
    )
    assert classifier.classify(parsed, relayed).person == Address("Ana Costa", "ana@example.org")
    plain = classifier.classify(parsed, SafetyVerdict(is_machine=False))
    assert plain.person is not None and plain.person.email == "ana@example.org"


def test_missing_model_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="mailbot train"):
        Classifier.load(tmp_path / "nowhere")


def test_temperature_and_top_level_scores() -> None:
    cats = {"applicant": 0.7, "client": 0.2, "other:spam": 0.05, "other:feedback": 0.05}
    flat = apply_temperature(cats, 2.0)
    assert flat["applicant"] < 0.7 and abs(sum(flat.values()) - 1) < 1e-9
    sharp = apply_temperature(cats, 0.5)
    assert sharp["applicant"] > 0.7
    assert top_level_scores(cats)["other"] == pytest.approx(0.1)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hi Sergio, I would like to join your network", "en"),
        ("Olá Sergio, eu sou desenvolvedor e tenho muito interesse na sua rede", "pt"),
        ("Hola Sergio, soy desarrollador y me gustaría formar parte de tu red", "es"),
        ("Hallo Sergio, ich bin Entwickler und würde gerne mit dir arbeiten", "de"),
        ("Bonjour Sergio, je suis développeur et je voudrais rejoindre votre réseau", "fr"),
    ],
)
def test_language_detection(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.skipif(
    not (DEFAULT_MODEL_DIR / "mailbot_meta.json").is_file(), reason="no shipped model"
)
def test_shipped_model_loads_fast_and_classifies() -> None:
    import time

    started = time.perf_counter()
    classifier = Classifier.load()
    assert time.perf_counter() - started < 2.0
    parsed = parse_message(
        b"From: Joe <joe@acmehealth.io>\r\nSubject: Need a fractional CTO\r\nMessage-ID: <c@y>"
        b"\r\n\r\nHi Sergio, I'm the CEO of Acme Health, a seed-stage startup. We need a "
        b"fractional CTO to lead our small team and build the MVP. Budget is $8k/month.\r\n"
    )
    result = classifier.classify(parsed, machine_check(parsed), floor=0.0)
    assert result.label is Label.CLIENT
    assert result.client is not None and result.client.company == "Acme Health"
