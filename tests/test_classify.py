"""Classifier: training is reproducible, loading and classifying work, evaluate() keeps FORMAT.md.

A small labelled corpus is written by the tests themselves (so they run anywhere); the
shipped model in mailbot/model/ is checked too when it is present.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.classify import Classifier
from mailbot.classify.evaluate import evaluate, format_report
from mailbot.classify.features import model_text, readable_model_text
from mailbot.classify.gate import (
    NEAR_EMPTY,
    NO_APPLICANT_CUE,
    NO_CLIENT_CUE,
    applicant_cue,
    client_cue,
    fold,
    gate_reason,
    gate_text,
    is_near_empty,
)
from mailbot.classify.language import detect_language
from mailbot.classify.model import (
    DEFAULT_MODEL_DIR,
    apply_temperature,
    machine_kind,
    top_level_scores,
)
from mailbot.classify.train import train
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


# --- the cue gate ----------------------------------------------------------------------------

SHARED = Path(os.environ.get("MAILBOT_SHARED") or Path(__file__).resolve().parents[2] / "shared")
WILD = SHARED / "corpus" / "wild"


def mail(
    body: str,
    subject: str = "hello",
    attachments: Sequence[tuple[str, str, bytes]] = (),
    *,
    reply: bool = False,
) -> bytes:
    """A raw message; attachments are (filename, mime type, bytes)."""
    message = EmailMessage()
    message["From"] = "Pat Doe <pat@example.org>"
    message["To"] = "sergio@example.com"
    message["Subject"] = "Re: My Fractional CTO career is a roller coaster" if reply else subject
    message["Message-ID"] = f"<{abs(hash((body, subject)))}@example.org>"
    message.set_content(body)
    for name, mime, data in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(message)


def cv_pdf(text: str) -> bytes:
    from corpus.build import make_pdf

    return make_pdf(text)


@pytest.mark.parametrize(
    "body",
    [
        "Hi Sergio, senior backend engineer here, happy to join your network.",
        "Olá Sergio, sou desenvolvedora mobile com 8 anos de experiência. Segue o meu currículo.",
        "Hola Sergio, soy diseñadora UX freelance y me encantaría formar parte de tu red.",
        "Hallo Sergio, anbei mein Lebenslauf, ich arbeite als Tester seit vielen Jahren.",
        "Bonjour Sergio, je suis développeur Python et disponible dès le mois prochain.",
        "Kindly revert if there is some opportunity, I have worked on many projects.",
    ],
)
def test_applicants_in_five_languages_carry_an_applicant_cue(body: str) -> None:
    parsed = parse_message(mail(body, reply=True))
    assert applicant_cue(gate_text(parsed))
    assert gate_reason(Label.APPLICANT, parsed) == ""


@pytest.mark.parametrize(
    "body",
    [
        "We are a seed-stage fintech and need someone to lead our tech. Budget is flexible.",
        "Olá, somos uma startup de logística e precisamos de ajuda com o nosso MVP.",
        "Hola, buscamos un CTO dos días por semana para nuestra plataforma.",
        "Hallo, wir suchen Unterstützung beim Aufbau unseres Teams. Können wir telefonieren?",
        "Bonjour, nous cherchons un regard extérieur sur notre architecture avant la levée.",
        "Boreal Market here. A rebuild of our app needed. Let me know.",
    ],
)
def test_clients_in_five_languages_carry_a_client_cue(body: str) -> None:
    parsed = parse_message(mail(body, reply=True))
    assert client_cue(gate_text(parsed))
    assert gate_reason(Label.CLIENT, parsed) == ""


@pytest.mark.parametrize(
    "body",
    [
        "I would like to take annual leave from the 22nd to the 26th. I will be back on the 27th.",
        "Bollettino meteo: nebbie in pianura al mattino, temperature in aumento nel pomeriggio.",
        "Ciao, sai se il mio cliente deve presentare la dichiarazione quest'anno?",
        "Dies ist eine Testnachricht mit Umlauten, bitte ignorieren.",
        "After decoding you should get two small pictures of a cat.",
    ],
)
def test_mail_about_nothing_of_the_kind_has_no_cue(body: str) -> None:
    parsed = parse_message(mail(body, subject="misc"))
    assert gate_reason(Label.APPLICANT, parsed) == NO_APPLICANT_CUE
    assert gate_reason(Label.CLIENT, parsed) == NO_CLIENT_CUE
    assert gate_reason(Label.OTHER, parsed) == ""


def test_cues_are_word_starts_and_short_ones_whole_words() -> None:
    # "deve" (Italian "must") is not "dev"; "time" is not a Portuguese team; "data" no role
    assert not applicant_cue(fold("il cliente deve fare la data"))
    assert applicant_cue(fold("Full-Stack-Entwicklerin mit Erfahrung")) != ""
    assert applicant_cue(fold("Sou dev backend")) == "dev"
    assert client_cue(fold("Having a wonderful time")) == ""
    assert client_cue(fold("o nosso time precisa de reforço")) != ""
    assert fold("Experiência Größe") == "experiencia grosse"


def test_near_empty_mail_is_never_an_applicant_or_client() -> None:
    hello = parse_message(mail("Hello", subject="Wow"))
    assert is_near_empty(hello)
    assert gate_reason(Label.APPLICANT, hello) == NEAR_EMPTY
    assert gate_reason(Label.CLIENT, hello) == NEAR_EMPTY
    # a subject full of cues does not make an empty body an application
    subject_only = parse_message(mail("", subject="Senior developer CV, LinkedIn, portfolio"))
    assert gate_reason(Label.APPLICANT, subject_only) == NEAR_EMPTY
    # but a CV or a LinkedIn profile is enough for the model's word to stand
    with_cv = parse_message(
        mail(
            "",
            attachments=[("Ana_Costa_CV.pdf", "application/pdf", cv_pdf("Ana Costa\nQA engineer"))],
        )
    )
    assert not is_near_empty(with_cv) and gate_reason(Label.APPLICANT, with_cv) == ""
    profile = parse_message(mail("linkedin.com/in/ana-costa", reply=True))
    assert not is_near_empty(profile)


def test_a_photo_alone_is_not_an_application() -> None:
    parsed = parse_message(
        mail("", subject="IMG_2231", attachments=[("IMG_2231.png", "image/png", b"x")])
    )
    assert gate_reason(Label.APPLICANT, parsed) == NEAR_EMPTY


def test_attachment_names_and_cv_text_count_as_cues() -> None:
    parsed = parse_message(
        mail(
            "Hi Sergio, please see the attachment. Thanks a lot, bye.",
            attachments=[("Resume_2025.pdf", "application/pdf", cv_pdf("Pat Doe\nAndroid"))],
        )
    )
    assert gate_reason(Label.APPLICANT, parsed) == ""


class FixedScores(Classifier):
    """A classifier whose model always answers the same scores (the gate is what is tested)."""

    def __init__(self, base: Classifier, cats: dict[str, float]) -> None:
        super().__init__(base.nlp, base.meta, base.need_nlp)
        self.cats = cats

    def raw_scores(self, texts: Sequence[str], batch_size: int = 256) -> list[dict[str, float]]:
        return [dict(self.cats) for _ in texts]


def test_gate_makes_an_unsupported_label_unsure_and_keeps_the_raw_label(
    trained: tuple[Path, Path, dict[str, object]],
) -> None:
    base = Classifier.load(trained[0])
    sure_applicant = FixedScores(base, {"applicant": 0.98, "client": 0.01, "other:spam": 0.01})
    garbage = parse_message(mail("Test - please ignore this one", subject="test"))
    result = sure_applicant.classify(garbage, machine_check(garbage), floor=0.55)
    assert result.label is Label.UNSURE and result.raw_label is Label.APPLICANT
    assert ("gate", NO_APPLICANT_CUE) in [(e.what, e.text) for e in result.evidence]
    real = parse_message(mail("I'm a QA engineer with 6 years of experience, CV attached."))
    kept = sure_applicant.classify(real, machine_check(real), floor=0.55)
    assert kept.label is Label.APPLICANT and kept.raw_label is None

    sure_client = FixedScores(base, {"applicant": 0.01, "client": 0.98, "other:spam": 0.01})
    bulletin = parse_message(mail("Temperature minime tra 2 e 7 gradi, cielo sereno al nord."))
    held = sure_client.classify(bulletin, machine_check(bulletin), floor=0.55)
    assert held.label is Label.UNSURE and held.raw_label is Label.CLIENT
    founder = parse_message(mail("We're a seed startup and need a fractional CTO for our MVP."))
    assert sure_client.classify(founder, machine_check(founder)).label is Label.CLIENT


def test_gate_never_fires_on_the_applicants_and_clients_of_a_built_corpus(
    tmp_path: Path,
) -> None:
    from corpus import build

    build.build(tmp_path, 30, 160, seed=5)
    fired = []
    for line in (tmp_path / "dev" / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if row["label"] in ("applicant", "client"):
            parsed = parse_message((tmp_path / "dev" / row["file"]).read_bytes())
            if gate_reason(Label(row["label"]), parsed):
                fired.append(row["file"])
    assert fired == []


# --- what the model reads --------------------------------------------------------------------


def test_encoded_blobs_are_not_words() -> None:
    blob = 'M1TE&.#=A$P`3`*$``/___P```("`@,#`P"P`````$P`3```"1X2/F<\'MSTQ0' * 2
    parsed = parse_message(mail(f"Here is the logo:\n\nbegin 644 up.gif\n{blob}\nend\n"))
    text = readable_model_text(parsed, machine_check(parsed))
    assert "Here is the logo" in text and "M1TE" not in text
    # a URL is a token, not a blob
    linked = parse_message(mail("My profile: https://www.linkedin.com/in/" + "a" * 50))
    assert "__linkedin_url__" in model_text(linked, machine_check(linked))


def test_forwarded_excerpt_leaves_out_the_header_block() -> None:
    body = (
        "FYI, see below.\n\n---------- Forwarded message ---------\n"
        "From: Grace Hall <grace@cajuguard.com>\nDate: Mon, 17 Mar 2025 11:58\n"
        "Subject: Caju Guard\nTo: Sergio <sergio@example.com>\n\n"
        "Caju Guard here. A rebuild of our app needed. Budget around 40k."
    )
    parsed = parse_message(mail(body, subject="Fwd: Caju Guard"))
    assert parsed.forwarded_text
    text = readable_model_text(parsed, machine_check(parsed))
    fwd = text.split("__fwd__", 1)[1]
    assert "A rebuild of our app needed" in fwd
    assert "grace@cajuguard.com" not in fwd and "Date:" not in fwd


# --- the shipped model on mail unlike the generator's ----------------------------------------

GARBAGE = [
    mail("Test body", subject="test"),
    mail("Hello", subject="Wow"),
    mail("", subject="", attachments=[("scan_0042.pdf", "application/pdf", b"%PDF-1.4 x")]),
    mail(
        "I'd like to take leave from the 22nd through the 26th, back on the 27th. "
        "Jo will cover my calls.",
        subject="Leave request",
    ),
    mail(
        "Previsioni per domani: nubi sparse sulle Alpi, piogge deboli in serata, "
        "temperature massime tra 12 e 15 gradi.",
        subject="Previsioni meteo",
    ),
    mail(
        "Hi Tom, the attached patch fixes the off-by-one in the header folding. "
        "Tests pass locally, CI is still red for unrelated reasons.",
        subject="patch",
    ),
    mail(
        "Ti giro la fattura del fornitore, puoi controllare se l'IVA è giusta? "
        "Il mio cliente la vuole entro venerdì.",
        subject="fattura",
    ),
]


@pytest.mark.skipif(
    not (DEFAULT_MODEL_DIR / "mailbot_meta.json").is_file(), reason="no shipped model"
)
def test_shipped_model_drafts_no_reply_to_mail_about_nothing_of_the_kind() -> None:
    classifier = Classifier.load()
    parsed = [parse_message(raw) for raw in GARBAGE]
    results = classifier.classify_many([(p, machine_check(p)) for p in parsed], floor=0.55)
    labels = [r.label for r in results]
    assert Label.APPLICANT not in labels and Label.CLIENT not in labels, labels


@pytest.mark.skipif(
    not (DEFAULT_MODEL_DIR / "mailbot_meta.json").is_file() or not WILD.is_dir(),
    reason="no shipped model or no wild corpus",
)
def test_shipped_model_on_real_test_suite_mail() -> None:
    """Real odd mail (shared/corpus/wild, never trained on): at most 3 would get a draft."""
    classifier = Classifier.load()
    files = [p for p in sorted(WILD.rglob("*")) if p.is_file() and p.name != "README.md"]
    parsed = [parse_message(p.read_bytes()) for p in files]
    results = classifier.classify_many([(p, machine_check(p)) for p in parsed], floor=0.55)
    drafted = [
        str(f.relative_to(WILD))
        for f, r in zip(files, results, strict=True)
        if r.label in (Label.APPLICANT, Label.CLIENT)
    ]
    assert len(drafted) <= 3, drafted
