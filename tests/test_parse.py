"""parse_message(): bytes -> ParsedMessage, for good, bad and hostile mail."""

from __future__ import annotations

import io
import os
import random
import re
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.models import Attachment, ParsedMessage
from mailbot.parse import parse_message, quote_split, sanitize_filename

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MAILBOT_SHARED") or Path(__file__).resolve().parents[2] / "shared")
WILD = SHARED / "corpus" / "wild"
NEWSLETTER_PATH = SHARED / "seed" / "newsletter.txt"

APPLICANT_TEXT = (
    "Hi Sergio,\n\n"
    "I'm a backend engineer with 10 years of Python and AWS, open to fractional work.\n"
    "LinkedIn: https://www.linkedin.com/in/anacosta\n\n"
    "Best,\nAna"
)


def _newsletter() -> str:
    if not NEWSLETTER_PATH.is_file():
        pytest.skip(f"newsletter seed missing at {NEWSLETTER_PATH}")
    return NEWSLETTER_PATH.read_text(encoding="utf-8")


def _message(
    body: str | None = None,
    *,
    subject: str = "Re: My Fractional CTO career is a roller coaster",
    sender: str = "Ana Costa <ana@example.org>",
    message_id: str | None = "<reply-1@example.org>",
    html: str | None = None,
    extra_headers: dict[str, str] | None = None,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Sergio Pereira <sergio@example.com>"
    msg["Subject"] = subject
    msg["Date"] = "Fri, 07 Jun 2024 10:00:00 +0100"
    if message_id is not None:
        msg["Message-ID"] = message_id
    for name, value in (extra_headers or {}).items():
        msg[name] = value
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    return msg


def _quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


# --------------------------------------------------------------------------- the wild corpus


def _wild_files() -> list[Path]:
    if not WILD.is_dir():
        return []
    return sorted(path for path in WILD.rglob("*") if path.is_file())


@pytest.mark.parametrize(
    "path", _wild_files() or [None], ids=lambda p: str(p.relative_to(WILD)) if p else "missing"
)
def test_every_wild_message_parses(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"no wild corpus at {WILD}")
    data = path.read_bytes()
    parsed = parse_message(data)
    assert isinstance(parsed, ParsedMessage)
    assert parsed.size == len(data)
    assert re.fullmatch(r"<[^<>\s]+>", parsed.message_id)
    for name, value in parsed.headers:
        assert "\r" not in value and "\n" not in value, name
    for attachment in parsed.attachments:
        assert "/" not in attachment.filename and "\\" not in attachment.filename
        assert "\x00" not in attachment.filename and 0 < len(attachment.filename) <= 200


# --------------------------------------------------------------------------- headers


def test_addresses_thread_ids_and_date() -> None:
    msg = _message(
        "hello",
        sender='"Costa, Ana" <Ana.Costa@Example.ORG>',
        extra_headers={
            "Cc": "Bob <BOB@example.net>, carol@example.net",
            "Reply-To": "=?utf-8?q?Jos=C3=A9_Silva?= <Jose@Example.pt>",
            "In-Reply-To": "<nl-42@example.com>",
            "References": "<a@x> <b@y> <nl-42@example.com>",
        },
    )
    parsed = parse_message(bytes(msg))
    assert parsed.from_addr is not None
    assert parsed.from_addr.email == "ana.costa@example.org"
    assert parsed.from_addr.name == "Costa, Ana"
    assert [a.email for a in parsed.cc] == ["bob@example.net", "carol@example.net"]
    assert parsed.reply_to[0].name == "José Silva"
    assert parsed.reply_to[0].email == "jose@example.pt"
    assert parsed.in_reply_to == "<nl-42@example.com>"
    assert parsed.references == ("<a@x>", "<b@y>", "<nl-42@example.com>")
    assert parsed.date is not None and parsed.date.tzinfo is not None
    assert parsed.date.isoformat() == "2024-06-07T10:00:00+01:00"
    assert parsed.message_id == "<reply-1@example.org>"
    assert not parsed.message_id_synthetic
    assert parsed.header("subject") == "Re: My Fractional CTO career is a roller coaster"


def test_header_injection_through_encoded_newlines_is_stripped() -> None:
    raw = (
        b"From: =?utf-8?q?Eve=0D=0ABcc=3A_victim=40example=2Ecom?= <eve@example.org>\r\n"
        b"To: sergio@example.com\r\n"
        b"Subject: =?utf-8?q?Hello=0D=0ABcc=3A_victim=40example=2Ecom=0AX-Evil=3A_1?=\r\n"
        b"Message-ID: <inj@example.org>\r\n"
        b"X-Long: first\r\n  folded\r\n\tagain\r\n"
        b"\r\n"
        b"body\r\n"
    )
    parsed = parse_message(raw)
    assert "\n" not in parsed.subject and "\r" not in parsed.subject
    assert parsed.subject.startswith("Hello")
    assert "Bcc: victim@example.com" in parsed.subject  # kept as text, on one line
    assert parsed.from_addr is not None
    assert "\n" not in parsed.from_addr.name and "\r" not in parsed.from_addr.name
    assert parsed.from_addr.email == "eve@example.org"
    for _, value in parsed.headers:
        assert "\r" not in value and "\n" not in value
    assert parsed.header("x-long") == "first folded again"


def test_missing_message_id_is_synthesized_and_stable() -> None:
    data = bytes(_message("hello", message_id=None))
    first = parse_message(data)
    second = parse_message(data)
    assert first.message_id_synthetic
    assert re.fullmatch(r"<[0-9a-f]{32}@mailbot\.invalid>", first.message_id)
    assert first.message_id == second.message_id
    other = parse_message(data + b"more\n")
    assert other.message_id != first.message_id


def test_empty_message_id_is_synthesized() -> None:
    data = b"From: a@example.org\r\nMessage-ID:   \r\nSubject: x\r\n\r\nbody\r\n"
    parsed = parse_message(data)
    assert parsed.message_id_synthetic
    assert parsed.message_id.endswith("@mailbot.invalid>")


def test_message_id_is_stripped_and_bracketed() -> None:
    data = b"From: a@example.org\r\nMessage-ID:  \r\n <abc.123@example.org>  \r\n\r\nbody\r\n"
    assert parse_message(data).message_id == "<abc.123@example.org>"
    bare = b"From: a@example.org\r\nMessage-ID: abc@example.org\r\n\r\nbody\r\n"
    assert parse_message(bare).message_id == "<abc@example.org>"


# --------------------------------------------------------------------------- newsletter quotes


def _assert_newsletter_gone(parsed: ParsedMessage) -> None:
    assert "roller coaster" not in parsed.new_text
    assert "CV/Linkedin" not in parsed.new_text
    assert "clients" not in parsed.new_text
    assert "backend engineer with 10 years of Python" in parsed.new_text
    assert "linkedin.com/in/anacosta" in parsed.new_text


def test_top_posted_reply_quoting_the_newsletter() -> None:
    newsletter = _newsletter()
    body = (
        f"{APPLICANT_TEXT}\n\n"
        "On Fri, 7 Jun 2024 at 09:00, Sergio Pereira <sergio@example.com> wrote:\n"
        f"{_quoted(newsletter)}\n"
    )
    parsed = parse_message(bytes(_message(body)))
    _assert_newsletter_gone(parsed)
    assert "roller coaster" in parsed.quoted_text
    assert "Simply reply to this newsletter with your CV/Linkedin" in parsed.quoted_text


def test_bottom_posted_reply_below_a_quoted_newsletter() -> None:
    newsletter = _newsletter()
    body = (
        "On Fri, 7 Jun 2024 at 09:00, Sergio Pereira <sergio@example.com> wrote:\n"
        f"{_quoted(newsletter)}\n\n"
        f"{APPLICANT_TEXT}\n"
    )
    parsed = parse_message(bytes(_message(body)))
    _assert_newsletter_gone(parsed)
    assert "roller coaster" in parsed.quoted_text


def test_top_posted_reply_with_unmarked_newsletter_below_an_attribution() -> None:
    newsletter = _newsletter()
    body = (
        f"{APPLICANT_TEXT}\n\n"
        "On Fri, 7 Jun 2024 at 09:00, Sergio Pereira <sergio@example.com> wrote:\n\n"
        f"{newsletter}\n"
    )
    parsed = parse_message(bytes(_message(body)))
    _assert_newsletter_gone(parsed)


@pytest.mark.parametrize("known", [True, False], ids=["newsletter-known", "greeting-only"])
def test_bottom_posted_reply_below_an_unmarked_newsletter(known: bool) -> None:
    newsletter = _newsletter()
    body = (
        "On Fri, 7 Jun 2024 at 09:00, Sergio Pereira <sergio@example.com> wrote:\n\n"
        f"{newsletter}\n\n"
        f"{APPLICANT_TEXT}\n"
    )
    parsed = parse_message(bytes(_message(body)), known_texts=(newsletter,) if known else ())
    _assert_newsletter_gone(parsed)
    assert "roller coaster" in parsed.quoted_text


def test_unmarked_history_with_nothing_new_stays_history() -> None:
    newsletter = _newsletter()
    body = f"On Fri, 7 Jun 2024 at 09:00, Sergio <s@example.com> wrote:\n\n{newsletter}\n"
    parsed = parse_message(bytes(_message(body)))
    assert parsed.new_text == ""
    assert "roller coaster" in parsed.quoted_text


def test_unmarked_newsletter_rewrapped_by_the_client_without_attribution() -> None:
    newsletter = _newsletter()
    import textwrap

    rewrapped = "\n".join(
        textwrap.fill(line, 72) if line else "" for line in newsletter.splitlines()
    )
    body = f"{rewrapped}\n\n{APPLICANT_TEXT}\n"
    parsed = parse_message(bytes(_message(body)), known_texts=(newsletter,))
    _assert_newsletter_gone(parsed)


def test_html_only_bottom_posted_reply_with_blockquote() -> None:
    newsletter = _newsletter()
    paragraphs = "".join(f"<p>{line}</p>" for line in newsletter.splitlines())
    html = (
        "<html><body><div class='gmail_quote'><div>On Fri, 7 Jun 2024 at 09:00, Sergio "
        "Pereira &lt;sergio@example.com&gt; wrote:</div>"
        f"<blockquote class='gmail_quote'>{paragraphs}</blockquote></div>"
        "<div>Hi Sergio,</div><div>I'm a backend engineer with 10 years of Python and AWS, "
        "open to fractional work.</div><div>LinkedIn: https://www.linkedin.com/in/anacosta</div>"
        "</body></html>"
    )
    parsed = parse_message(bytes(_message(html=html)))
    assert parsed.html_only
    _assert_newsletter_gone(parsed)


def test_html_only_message_is_converted_to_text() -> None:
    html = (
        "<html><head><style>p {color: red}</style></head><body>"
        "<p>Hello <b>Sergio</b>,</p><p>We need a fractional CTO for our fintech.</p>"
        "</body></html>"
    )
    parsed = parse_message(bytes(_message(html=html)))
    assert parsed.html_only
    assert "We need a fractional CTO for our fintech." in parsed.new_text
    assert "<" not in parsed.body_text and "color" not in parsed.body_text


def test_plain_text_is_preferred_over_html() -> None:
    msg = _message("plain version", html="<p>html version</p>")
    parsed = parse_message(bytes(msg))
    assert not parsed.html_only
    assert parsed.new_text == "plain version"
    assert parsed.content_type == "multipart/alternative"


# --------------------------------------------------------------------------- attributions


@pytest.mark.parametrize(
    "attribution",
    [
        "Em sex., 7 de jun. de 2024 às 09:00, Sergio Pereira <sergio@example.com> escreveu:",
        "Le ven. 7 juin 2024 à 09:00, Sergio Pereira <sergio@example.com> a écrit :",
        "El vie, 7 jun 2024 a las 9:00, Sergio Pereira (<sergio@example.com>) escribió:",
        "Am Fr., 7. Juni 2024 um 09:00 Uhr schrieb Sergio Pereira <sergio@example.com>:",
        "On Fri, Jun 7, 2024 at 9:00 AM Sergio Pereira <\nsergio@example.com> wrote:",
        "Il giorno ven 7 giu 2024 alle ore 09:00 Sergio Pereira <sergio@example.com> ha scritto:",
        "Op vr 7 jun 2024 om 09:00 schreef Sergio Pereira <sergio@example.com>:",
    ],
    ids=["pt", "fr", "es", "de", "en-two-lines", "it", "nl"],
)
@pytest.mark.parametrize("marked", [True, False], ids=["quoted", "unquoted"])
def test_wrote_lines_in_several_languages(attribution: str, marked: bool) -> None:
    history = "Old history line about clients.\nAnd another one about the CV."
    quoted = _quoted(history) if marked else history
    text = f"Olá Sergio, segue o meu perfil.\n\n{attribution}\n{quoted}\n"
    new, old, signature = quote_split(text)
    assert new == "Olá Sergio, segue o meu perfil."
    assert "Old history line" in old
    assert attribution.splitlines()[0] in old
    assert signature == ""


@pytest.mark.parametrize(
    "header_block",
    [
        "-----Original Message-----\nFrom: Sergio Pereira\nSent: Friday, June 7, 2024 9:00 AM",
        "From: Sergio Pereira <sergio@example.com>\nSent: Friday, June 7, 2024 9:00 AM\n"
        "To: Ana Costa\nSubject: My Fractional CTO career",
        "________________________________\nFrom: Sergio Pereira <sergio@example.com>\n"
        "Sent: Friday, June 7, 2024 9:00 AM\nTo: Ana",
        "De : Sergio Pereira <sergio@example.com>\nEnvoyé : vendredi 7 juin 2024 09:00\n"
        "À : Ana Costa\nObjet : My Fractional CTO career",
        "De: Sergio Pereira <sergio@example.com>\nEnviado: sexta-feira, 7 de junho de 2024 09:00\n"
        "Para: Ana Costa\nAssunto: My Fractional CTO career",
        "Von: Sergio Pereira <sergio@example.com>\nGesendet: Freitag, 7. Juni 2024 09:00\n"
        "An: Ana Costa\nBetreff: My Fractional CTO career",
    ],
    ids=["original-message", "outlook", "outlook-rule", "outlook-fr", "outlook-pt", "outlook-de"],
)
def test_outlook_history_blocks(header_block: str) -> None:
    text = f"Happy to help with the project.\n\n{header_block}\n\nOld text about clients.\n"
    new, old, _ = quote_split(text)
    assert new == "Happy to help with the project."
    assert "Old text about clients." in old


def test_inline_bottom_posting_keeps_every_answer() -> None:
    text = (
        "On Fri, Sergio wrote:\n"
        "> Are you available?\n"
        "Yes, from July.\n"
        "> What is your rate?\n"
        "\n"
        "EUR 90/hour.\n"
    )
    new, old, _ = quote_split(text)
    assert new == "Yes, from July.\n\nEUR 90/hour."
    assert "> Are you available?" in old and "> What is your rate?" in old


def test_plain_message_without_quotes_is_all_new_text() -> None:
    text = "Hi,\n\nWe are a seed-stage startup looking for a CTO.\n\nThanks,\nJoe"
    assert quote_split(text) == (text, "", "")


# --------------------------------------------------------------------------- signatures


@pytest.mark.parametrize(
    "signature",
    [
        "-- \nAna Costa\n+351 912 345 678",
        "Sent from my iPhone",
        "Enviado do meu iPhone",
        "Von meinem iPhone gesendet",
        "This email and any attachments are confidential and intended solely for the use of "
        "the individual to whom it is addressed.",
        "CONFIDENTIALITY NOTICE: The contents of this email message are privileged.",
    ],
    ids=["dash-dash", "iphone-en", "iphone-pt", "iphone-de", "disclaimer", "notice"],
)
def test_signatures_and_disclaimers_are_split_off(signature: str) -> None:
    text = f"I'd love to join your network.\n\nBest,\nAna\n\n{signature}\n"
    new, old, sig = quote_split(text)
    assert new == "I'd love to join your network.\n\nBest,\nAna"
    assert sig == signature
    assert old == ""


def test_signature_before_a_quote_stays_out_of_new_text() -> None:
    text = "Count me in!\n\nSent from my iPhone\n\nOn Fri, Sergio wrote:\n> newsletter\n"
    new, old, sig = quote_split(text)
    assert (new, sig) == ("Count me in!", "Sent from my iPhone")
    assert "> newsletter" in old


# --------------------------------------------------------------------------- charsets


def test_latin1_body_and_header() -> None:
    raw = (
        "From: =?iso-8859-1?q?Jo=E3o_Guimar=E3es?= <joao@example.pt>\r\n"
        "Subject: =?iso-8859-1?q?Ol=E1?=\r\n"
        "Content-Type: text/plain; charset=iso-8859-1\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
    ).encode("ascii") + "Olá, sou programador em São Paulo.\r\n".encode("latin-1")
    parsed = parse_message(raw)
    assert parsed.subject == "Olá"
    assert parsed.from_addr is not None and parsed.from_addr.name == "João Guimarães"
    assert parsed.new_text == "Olá, sou programador em São Paulo."


def test_bogus_charsets_decode_with_replacement() -> None:
    raw = (
        b"From: =?x-bogus-42?q?Ana=E9?= <ana@example.org>\r\n"
        b"Subject: =?x-bogus-42?b?!!!notbase64?=\r\n"
        b"Content-Type: text/plain; charset=x-bogus-42\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"
        b"SGVsbG8gdGhlcmUh\r\n!!!broken===\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.from_addr is not None and parsed.from_addr.email == "ana@example.org"
    assert "Hello there!" in parsed.body_text
    assert any("charset" in defect for defect in parsed.defects)


def test_undeclared_8bit_body_falls_back_to_cp1252() -> None:
    raw = b"From: a@example.org\r\nSubject: x\r\n\r\nCaf\xe9 \x93quoted\x94\r\n"
    parsed = parse_message(raw)
    assert parsed.new_text == "Café “quoted”"


# --------------------------------------------------------------------------- attachments


def _pdf_bytes(lines: list[str]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = 800
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 20
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Ana Costa - Fractional CTO")
    document.add_paragraph("Skills: Python, Kubernetes, PostgreSQL")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "2019-2024"
    table.cell(0, 1).text = "CTO at Acme Health"
    table.cell(1, 0).text = "2015-2019"
    table.cell(1, 1).text = "Staff Engineer at Beta"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_pdf_cv_text_is_extracted_and_kept() -> None:
    pdf = _pdf_bytes(["Ana Costa", "Senior Python Engineer", "linkedin.com/in/anacosta"])
    msg = _message("Here is my CV.")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="Ana CV.pdf")
    parsed = parse_message(bytes(msg))
    assert parsed.new_text == "Here is my CV."
    (attachment,) = parsed.attachments
    assert attachment.filename == "Ana CV.pdf"
    assert attachment.content_type == "application/pdf"
    assert attachment.size == len(pdf)
    assert attachment.data == pdf
    assert "Senior Python Engineer" in attachment.text


def test_pdf_pages_and_text_are_capped() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    for page in range(5):
        pdf.drawString(72, 800, f"Page number {page} " + "x" * 50)
        pdf.showPage()
    pdf.save()
    msg = _message("cv")
    msg.add_attachment(buffer.getvalue(), maintype="application", subtype="pdf", filename="cv.pdf")
    parsed = parse_message(bytes(msg), max_pdf_pages=2, max_attachment_text=1000)
    text = parsed.attachments[0].text
    assert "Page number 1" in text and "Page number 2" not in text
    capped = parse_message(bytes(msg), max_attachment_text=30)
    assert len(capped.attachments[0].text) <= 30


def test_docx_cv_text_is_extracted_with_tables() -> None:
    data = _docx_bytes()
    msg = _message("CV attached")
    msg.add_attachment(
        data,
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="cv.docx",
    )
    (attachment,) = parse_message(bytes(msg)).attachments
    assert "Skills: Python, Kubernetes, PostgreSQL" in attachment.text
    assert "CTO at Acme Health" in attachment.text
    assert attachment.data == data


def test_broken_pdf_is_a_defect_not_an_exception() -> None:
    msg = _message("cv")
    msg.add_attachment(
        b"%PDF-1.4\n garbage", maintype="application", subtype="pdf", filename="x.pdf"
    )
    parsed = parse_message(bytes(msg))
    (attachment,) = parsed.attachments
    assert attachment.text == ""
    assert any("x.pdf" in defect for defect in parsed.defects)


def test_only_documents_keep_their_bytes_and_text_attachments_are_decoded() -> None:
    msg = _message("files")
    msg.add_attachment(
        b"\x89PNG\r\n\x1a\n" + b"0" * 100, maintype="image", subtype="png", filename="me.png"
    )
    msg.add_attachment("Résumé in plain text", filename="cv.txt")
    msg.add_attachment(b"{\\rtf1 big}", maintype="application", subtype="rtf", filename="cv.rtf")
    kept = parse_message(bytes(msg))
    by_name = {a.filename: a for a in kept.attachments}
    assert by_name["me.png"].data == b"" and by_name["me.png"].size == 108
    assert by_name["me.png"].content_type == "image/png"
    assert by_name["cv.txt"].text == "Résumé in plain text\n"
    assert {a.filename for a in kept.attachments if a.data} == {"cv.txt", "cv.rtf"}
    capped = parse_message(bytes(msg), max_doc_bytes=5)
    assert all(a.data == b"" for a in capped.attachments)
    assert any("larger than 5 B" in defect for defect in capped.defects)


@pytest.mark.parametrize(
    ("raw_name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\ana\\cv.pdf", "cv.pdf"),
        ("cv\x00.pdf\r\n", "cv.pdf"),
        (".bashrc", "bashrc"),
        ("", "attachment.pdf"),
        ("a" * 300 + ".pdf", "a" * 196 + ".pdf"),
    ],
)
def test_filenames_are_sanitised(raw_name: str, expected: str) -> None:
    assert sanitize_filename(raw_name, "application/pdf") == expected


def test_attachment_path_traversal_in_message() -> None:
    raw = (
        b"From: a@example.org\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nsee file\r\n"
        b"--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; "
        b'filename="../../../etc/cron.d/evil.pdf"\r\n\r\nnot a pdf\r\n--b--\r\n'
    )
    parsed = parse_message(raw)
    assert parsed.new_text == "see file"
    assert parsed.attachments[0].filename == "evil.pdf"


# --------------------------------------------------------------------------- forwards


def test_forwarded_rfc822_part_is_opened() -> None:
    inner = _message(
        "I'm a QA engineer looking for clients.",
        subject="Joining the network",
        sender="Bea <bea@example.net>",
    )
    inner.add_attachment(
        _pdf_bytes(["Bea QA CV"]), maintype="application", subtype="pdf", filename="bea.pdf"
    )
    outer = _message("FYI, see Bea's message below.", subject="Fwd: Joining the network")
    outer.add_attachment(inner)
    parsed = parse_message(bytes(outer))
    assert parsed.new_text == "FYI, see Bea's message below."
    assert "From: Bea <bea@example.net>" in parsed.forwarded_text
    assert "Subject: Joining the network" in parsed.forwarded_text
    assert "I'm a QA engineer looking for clients." in parsed.forwarded_text
    assert "QA engineer" not in parsed.new_text
    pdfs = [a for a in parsed.attachments if a.filename == "bea.pdf"]
    assert pdfs and "Bea QA CV" in pdfs[0].text


@pytest.mark.parametrize(
    "marker",
    [
        "---------- Forwarded message ---------",
        "Begin forwarded message:",
        "-------- Message transféré --------",
        "---------- Mensagem encaminhada ---------",
        "---------- Mensaje reenviado ---------",
        "---------- Weitergeleitete Nachricht ---------",
    ],
)
def test_inline_forward_goes_to_forwarded_text(marker: str) -> None:
    body = (
        "Sergio, this founder needs a CTO.\n\n"
        f"{marker}\n"
        "From: Joe <joe@startup.io>\nDate: Mon, 3 Jun 2024\nSubject: CTO help\n\n"
        "We need a fractional CTO for 3 months.\n"
    )
    parsed = parse_message(bytes(_message(body)))
    assert parsed.new_text == "Sergio, this founder needs a CTO."
    assert "We need a fractional CTO for 3 months." in parsed.forwarded_text
    assert marker in parsed.forwarded_text


# --------------------------------------------------------------------------- hostile input


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00" * 1000,
        b"From: a@b\x00c\r\nSubject: \x00\r\n\r\nbo\x00dy",
        b"\r\n\r\n\r\n",
        b"no headers at all, just text",
        b"Content-Type: multipart/mixed\r\n\r\nno boundary",
        b"Content-Type: text/plain; charset=\r\nContent-Transfer-Encoding: base64\r\n\r\n%%%%",
        b"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!",
        b"From: <<<@@@>>>\r\nTo: ,,,;;;\r\nDate: yesterday\r\nReferences: <<<>\r\n\r\nx",
        bytes(range(256)) * 10,
    ],
)
def test_hostile_bytes_never_raise(data: bytes) -> None:
    parsed = parse_message(data)
    assert isinstance(parsed, ParsedMessage)
    assert parsed.size == len(data)


def _nested(depth: int, *, kind: str) -> bytes:
    leaf = b"Content-Type: text/plain\r\n\r\ndeepest text\r\n"
    body = leaf
    for level in range(depth):
        if kind == "multipart":
            boundary = b"b%d" % level
            body = (
                b"Content-Type: multipart/mixed; boundary="
                + boundary
                + b"\r\n\r\n--"
                + boundary
                + b"\r\n"
                + body
                + b"\r\n--"
                + boundary
                + b"--\r\n"
            )
        else:
            body = b"Content-Type: message/rfc822\r\n\r\nSubject: level\r\n" + body
    return b"From: a@example.org\r\nMIME-Version: 1.0\r\n" + body


@pytest.mark.parametrize("kind", ["multipart", "rfc822"])
def test_deep_nesting_does_not_crash(kind: str) -> None:
    data = _nested(1000, kind=kind)
    parsed = parse_message(data)
    assert parsed.from_addr is not None and parsed.from_addr.email == "a@example.org"
    assert parsed.defects


def test_one_megabyte_header_is_fast() -> None:
    for name in (b"Subject", b"From", b"To", b"References", b"X-Junk"):
        data = (
            b"Message-ID: <big@example.org>\r\n" + name + b": " + b"a, " * 350_000 + b"\r\n"
            b"\r\nbody\r\n"
        )
        started = time.perf_counter()
        parsed = parse_message(data)
        assert time.perf_counter() - started < 2.0, name
        assert parsed.message_id == "<big@example.org>"
        assert all(len(value) <= 16_384 for _, value in parsed.headers)


def test_many_headers_are_bounded() -> None:
    data = b"".join(b"X-H%d: v\r\n" % i for i in range(20_000)) + b"\r\nbody"
    started = time.perf_counter()
    parsed = parse_message(data)
    assert time.perf_counter() - started < 2.0
    assert len(parsed.headers) <= 1000
    assert parsed.new_text == "body"


def test_huge_single_line_body_is_fast() -> None:
    data = b"From: a@example.org\r\n\r\nOn " + b"x" * 2_000_000 + b"\r\n"
    started = time.perf_counter()
    parse_message(data)
    assert time.perf_counter() - started < 2.0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_fuzzed_bytes_never_raise(data: bytes) -> None:
    assert isinstance(parse_message(data), ParsedMessage)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=500))
def test_fuzzed_headers_and_text_never_raise(text: str) -> None:
    data = f"From: {text}\r\nSubject: {text}\r\nContent-Type: {text}\r\n\r\n{text}".encode(
        "utf-8", errors="surrogateescape"
    )
    assert isinstance(parse_message(data), ParsedMessage)
    quote_split(text)


def test_outlook_forward_is_recognised_by_its_subject() -> None:
    body = (
        "Sergio, can you help them?\n\n"
        "________________________________\n"
        "From: Joe <joe@startup.io>\nSent: Monday, June 3, 2024 10:00 AM\n"
        "To: Bob <bob@example.org>\nSubject: CTO help\n\n"
        "We need a fractional CTO for 3 months.\n"
    )
    parsed = parse_message(bytes(_message(body, subject="FW: CTO help")))
    assert parsed.new_text == "Sergio, can you help them?"
    assert "We need a fractional CTO for 3 months." in parsed.forwarded_text
    as_reply = parse_message(bytes(_message(body, subject="RE: CTO help")))
    assert as_reply.forwarded_text == ""
    assert "We need a fractional CTO" in as_reply.quoted_text


def test_from_and_to_lines_in_own_text_are_not_a_header_block() -> None:
    text = "About me:\nFrom: Lisbon, Portugal\nTo: anywhere remote\nRate: 80 EUR/h\n"
    new, old, _ = quote_split(text)
    assert "From: Lisbon, Portugal" in new and old == ""


def test_forward_marker_inside_quoted_history_stays_history() -> None:
    body = (
        "Thanks!\n\nOn Fri, 7 Jun 2024, Sergio <s@example.com> wrote:\n"
        "> ---------- Forwarded message ---------\n> From: Joe\n> old stuff\n"
    )
    parsed = parse_message(bytes(_message(body)))
    assert parsed.new_text == "Thanks!"
    assert parsed.forwarded_text == ""
    assert "old stuff" in parsed.quoted_text


def test_name_only_attribution_right_above_a_quote() -> None:
    new, old, _ = quote_split("My answer.\n\nJane Doe wrote:\n\n> hello\n> there\n")
    assert new == "My answer."
    assert old.startswith("Jane Doe wrote:")
    # Without a quote below it, "... wrote:" is the sender's own sentence.
    text = "Here is what my co-founder wrote:\nWe need a CTO."
    assert quote_split(text) == (text, "", "")


def test_html_only_outlook_reply_with_history_and_gmail_signature() -> None:
    outlook = (
        "<html><body><div>Hi Sergio, we are a fintech seed startup and need a fractional CTO."
        "</div><hr><div id='divRplyFwdMsg'><b>From:</b> Sergio Pereira &lt;s@example.com&gt;"
        "<br><b>Sent:</b> Friday, June 7, 2024 9:00 AM<br><b>To:</b> Joe<br><b>Subject:</b> "
        "My Fractional CTO career is a roller coaster</div>"
        "<div><p>My Fractional CTO career is a roller coaster</p><p>Too many clients.</p></div>"
        "</body></html>"
    )
    parsed = parse_message(bytes(_message(html=outlook, subject="RE: career")))
    assert parsed.html_only
    assert parsed.new_text == "Hi Sergio, we are a fintech seed startup and need a fractional CTO."
    assert "Too many clients." in parsed.quoted_text

    gmail = (
        '<div dir="ltr">Count me in, CV attached.<br clear="all"><div><br></div>-- <br>'
        '<div class="gmail_signature">Ana Costa<br>Lisbon</div></div><br>'
        '<div class="gmail_quote"><div class="gmail_attr">On Fri, Jun 7, 2024 at 9:00 AM '
        "Sergio Pereira &lt;s@example.com&gt; wrote:<br></div><blockquote class='gmail_quote'>"
        "<div>My Fractional CTO career is a roller coaster</div></blockquote></div>"
    )
    parsed = parse_message(bytes(_message(html=gmail)))
    assert parsed.new_text == "Count me in, CV attached."
    assert parsed.signature.splitlines()[1:] == ["Ana Costa", "Lisbon"]
    assert "roller coaster" in parsed.quoted_text


def test_base64_encoded_forwarded_message_is_decoded() -> None:
    import base64

    inner = b"From: Bea <bea@example.net>\r\nSubject: Hello\r\n\r\nI am a QA engineer.\r\n"
    raw = (
        b"From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: message/rfc822\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(inner)
    )
    parsed = parse_message(raw)
    assert "I am a QA engineer." in parsed.forwarded_text
    assert "From: Bea <bea@example.net>" in parsed.forwarded_text


@pytest.mark.parametrize(("disposition", "body"), [("inline", "Hello Sergio"), ("attachment", "")])
def test_named_inline_text_part_is_the_body_when_nothing_else_is(
    disposition: str, body: str
) -> None:
    raw = (
        b'From: a@example.org\r\nContent-Type: text/plain; name="message.txt"\r\n'
        b"Content-Disposition: " + disposition.encode() + b'; filename="message.txt"\r\n\r\n'
        b"Hello Sergio\r\n"
    )
    parsed = parse_message(raw)
    assert parsed.new_text == body
    assert parsed.attachments[0].text == "Hello Sergio\n"


# --------------------------------------------------------------------------- fast paths

_B64_LF = __import__("base64").encodebytes(bytes(range(256)) * 80)  # 20 KB, 270 lines
_B64_CRLF = _B64_LF.replace(b"\n", b"\r\n")


def _tree(msg: object) -> list[object]:
    """Everything the parser decided about a tree, part by part."""
    from email.message import Message

    found: list[object] = []
    parts = [msg]
    while parts:
        part = parts.pop()
        assert isinstance(part, Message)
        payload = getattr(part, "_payload", None)
        found.append(
            (
                type(part).__name__,
                part._headers,  # type: ignore[attr-defined]
                part.preamble,
                part.epilogue,
                [type(defect).__name__ for defect in part.defects],
                part.get_default_type(),
                payload if isinstance(payload, str) else len(payload or ()),
            )
        )
        if isinstance(payload, list):
            parts.extend(reversed(payload))
    return found


def _mixed(
    *parts: bytes, preamble: bytes = b"", epilogue: bytes = b"", eol: bytes = b"\r\n"
) -> bytes:
    body = preamble
    for part in parts:
        body += b"--b" + eol + part + eol
    return (
        b"From: a@example.org"
        + eol
        + b"Content-Type: multipart/mixed; boundary=b"
        + eol
        + eol
        + body
        + b"--b--"
        + eol
        + epilogue
    )


def _pdf_part(b64: bytes, eol: bytes = b"\r\n") -> bytes:
    return (
        b"Content-Type: application/pdf"
        + eol
        + b"Content-Transfer-Encoding: base64"
        + eol
        + eol
        + b64
    )


_ODD_RUNS = {
    "crlf attachment": _mixed(b"Content-Type: text/plain\r\n\r\nhi", _pdf_part(_B64_CRLF)),
    "lf attachment": _mixed(
        b"Content-Type: text/plain\n\nhi", _pdf_part(_B64_LF, b"\n"), eol=b"\n"
    ),
    "blank lines before the boundary": _mixed(_pdf_part(_B64_CRLF + b"\r\n\r\n")),
    "two attachments": _mixed(_pdf_part(_B64_CRLF), _pdf_part(_B64_CRLF[:-1000] + b"\r\n")),
    "run in the preamble": _mixed(_pdf_part(b"x"), preamble=_B64_CRLF),
    "run in the epilogue": _mixed(_pdf_part(b"x"), epilogue=_B64_CRLF),
    "no closing boundary": _mixed(_pdf_part(_B64_CRLF))[: -len(b"--b--\r\n")],
    "no final line end": b"From: a@example.org\r\n\r\n" + _B64_CRLF.rstrip(),
    "run instead of headers": b"From: a@example.org\r\n" + _B64_CRLF,
    "run from the first byte": _B64_CRLF,
    "lone CR in a run": _mixed(_pdf_part(_B64_CRLF[:8000] + b"\r" + _B64_CRLF[8000:])),
    "VT and FF in a run": _mixed(_pdf_part(_B64_LF[:7000] + b"\x0b\x0c" + _B64_LF[7000:], b"\n")),
    "uneven lines": _mixed(_pdf_part(_B64_CRLF[:5000] + b"QUJD\r\n" + _B64_CRLF[5000:])),
    "our token in the message": _mixed(_pdf_part(_B64_CRLF), preamble=b"Xmailbotrun000000\r\n"),
    "base64 forward": (
        b"From: a@example.org\r\nContent-Type: message/rfc822\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n" + _B64_CRLF
    ),
    "forwarded attachment": (
        b"From: a@example.org\r\nContent-Type: message/rfc822\r\n\r\n"
        + _mixed(_pdf_part(_B64_CRLF))
    ),
    "delivery status": _mixed(
        b"Content-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\n" + _B64_CRLF
    ),
    "no padding": _mixed(_pdf_part(__import__("base64").encodebytes(bytes(range(255)) * 80))),
    "two padding characters": _mixed(
        _pdf_part(__import__("base64").encodebytes(bytes(range(256)) * 80 + b"xy"))
    ),
    "odd trailing bits": _mixed(_pdf_part(_B64_LF[:-3] + b"B=\n", b"\n"), eol=b"\n"),
    "padding inside": _mixed(_pdf_part(_B64_LF + _B64_LF, b"\n"), eol=b"\n"),
    "a length no base64 has": _mixed(_pdf_part(_B64_LF[:-3] + b"\n", b"\n"), eol=b"\n"),
    "64-character lines": _mixed(
        _pdf_part(
            b"".join(_B64_LF.replace(b"\n", b"")[i : i + 64] + b"\n" for i in range(0, 27308, 64))
        )
    ),
    "nested multipart": _mixed(
        b"Content-Type: multipart/alternative; boundary=c\r\n\r\n--c\r\n"
        + _pdf_part(_B64_CRLF)
        + b"\r\n--c--\r\n"
    ),
}


@pytest.mark.parametrize("data", list(_ODD_RUNS.values()), ids=list(_ODD_RUNS))
def test_base64_runs_cut_before_the_parser_give_the_same_tree(
    data: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import email

    from mailbot import parse

    assert _tree(parse._message_from_bytes(data)) == _tree(
        email.message_from_bytes(data, policy=parse._POLICY)
    )
    fast = parse_message(data)
    monkeypatch.setattr(parse, "_MIN_ELIDE", 1 << 62)
    assert fast == parse_message(data)


def test_base64_attachment_runs_are_found() -> None:
    """The fast path is taken for what mail clients send (CRLF or LF)."""
    from mailbot import parse

    for data in (_ODD_RUNS["crlf attachment"], _ODD_RUNS["lf attachment"]):
        runs = parse._base64_runs(data)
        assert len(runs) == 1
        start, end = runs[0]
        assert data[start:end].rstrip(b"\r\n") in data  # whole lines
        assert end - start >= len(_B64_LF) - 100  # all but the short last line at most
        # and the attachment's payload is decoded from the run, not line by line
        whole: dict[int, tuple[object, bytes]] = {}
        msg = parse._message_from_bytes(data, whole)  # type: ignore[arg-type]
        pdf = next(part for part in msg.walk() if part.get_content_type() == "application/pdf")
        assert id(pdf) in whole
        assert parse._decode_base64_run(pdf, whole[id(pdf)][1]) == pdf.get_payload(decode=True)


_HOSTILE_RUNS = {
    "probe storm": (b"A" * 60 + b"-") * 33_000,
    "one huge line": b"x\n" + b"A" * 2_000_000,
    "alternating widths": (b"A" * 76 + b"\n" + b"A" * 75 + b"\n") * 13_000,
    "31-line blocks": ((b"A" * 76 + b"\n") * 31 + b"A" * 70 + b"\n") * 830,
    "a break in the last line": b"x\n" + (b"A" * 76 + b"\n") * 26_000 + b"A\n" + b"A" * 74 + b"\n",
    "CRLF and LF by turns": b"x\n" + (b"A" * 76 + b"\r\n" + b"A" * 76 + b"\n") * 13_000,
}


@pytest.mark.parametrize("data", list(_HOSTILE_RUNS.values()), ids=list(_HOSTILE_RUNS))
def test_looking_for_base64_runs_is_linear(data: bytes) -> None:
    from mailbot import parse

    started = time.perf_counter()
    parse._base64_runs(data)
    assert time.perf_counter() - started < 0.5


_PIECES = [
    b"--b\r\n",
    b"--b--\r\n",
    b"--b\n",
    b"Content-Type: multipart/mixed; boundary=b\r\n",
    b"Content-Type: message/rfc822\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"X: y\n",
    b"\r\n",
    b"\n",
    b"\r",
    b"\x0b",
    b"QUJD\n",
    _B64_CRLF[:3000],
    _B64_LF[:3000],
    _B64_CRLF[:2960],  # a part of a line
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_fuzzed_runs_give_the_same_tree(pieces: list[bytes]) -> None:
    import email

    from mailbot import parse

    data = b"".join(pieces)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse, "_MIN_ELIDE", 0)
        fast = _tree(parse._message_from_bytes(data))
    assert fast == _tree(email.message_from_bytes(data, policy=parse._POLICY))


def _two_line_cv_attachment() -> Attachment:
    """The parse of a reply carrying a two-line PDF CV: its one attachment."""
    msg = _message("cv")
    msg.add_attachment(
        _pdf_bytes(["Ana Costa", "Senior Python Engineer"]),
        maintype="application",
        subtype="pdf",
        filename="cv.pdf",
    )
    (attachment,) = parse_message(bytes(msg)).attachments
    return attachment


def test_pdf_text_comes_from_pypdf_when_pdfium_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    from mailbot import parse

    def failing(payload: bytes, max_pages: int, limit: int) -> str:
        raise RuntimeError("pdfium unavailable")

    monkeypatch.setattr(parse, "_pdfium_text", failing)
    attachment = _two_line_cv_attachment()
    assert "Senior Python Engineer" in attachment.text


def test_pdf_text_has_plain_line_ends() -> None:
    attachment = _two_line_cv_attachment()
    assert attachment.text.splitlines()[:2] == ["Ana Costa", "Senior Python Engineer"]
    assert "\r" not in attachment.text


def test_html_conversions_do_not_leak_into_each_other() -> None:
    """The inscriptis config is reused: a conversion must not change the next one."""
    import threading

    first = bytes(_message(html="<p>Count me in.</p><blockquote>old news</blockquote>"))
    second = bytes(_message(html="<table><tr><td>a</td><td>b</td></tr></table><ul><li>x"))
    expected = parse_message(first)
    parse_message(second)
    assert parse_message(first) == expected
    results: list[ParsedMessage] = []
    threads = [
        threading.Thread(target=lambda: results.extend(parse_message(first) for _ in range(20)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 80


_BOUNDARY_SHAPES = [
    "multipart/mixed; boundary={b}",
    "multipart/alternative;\r\n\tboundary={b}",
    "multipart/report; report-type=delivery-status; boundary={b}",
    "Multipart/Mixed; BOUNDARY = {b} ; charset=utf-8",
    "multipart/mixed; boundary={b}; boundary=x",
    'multipart/related; type="text/html"; boundary={b}',
    "multipart/mixed; boundary*0={b}",
    "multipart/mixed (comment); boundary={b}",
    'multipart/mixed; name="a; boundary={b}"',
    "multipart/mixed; boundary={b}MailbotBoundaryStandIn",
]


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(_BOUNDARY_SHAPES),
    st.text(alphabet="AZaz09'()+_,./:=-? \"\\é", min_size=1, max_size=70),
    st.booleans(),
)
def test_content_type_text_is_policy_defaults(shape: str, boundary: str, quoted: bool) -> None:
    """The boundary stand-in gives the text policy.default gives, whatever the boundary."""
    import email.policy

    from mailbot import parse

    value = shape.format(b=f'"{boundary}"' if quoted else boundary)
    expected = str(email.policy.default.header_fetch_parse("Content-Type", value))
    assert parse._POLICY.header_fetch_parse("Content-Type", value) == expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.binary(min_size=2000, max_size=4000),
    st.sampled_from([60, 64, 72, 76]),
    st.sampled_from([b"\n", b"\r\n"]),
    st.integers(min_value=0, max_value=6000),
    st.sampled_from([b"", b"=", b"A", b"B", b"==", b"-"]),
)
def test_base64_runs_decode_as_the_stdlib_does(
    payload: bytes, width: int, eol: bytes, where: int, tamper: bytes
) -> None:
    import base64
    import email

    from mailbot import parse

    encoded = base64.b64encode(payload)
    lines = eol.join(encoded[i : i + width] for i in range(0, len(encoded), width)) + eol
    if tamper:  # a character changed or added somewhere, padding included
        where = min(where, len(lines) - 1)
        lines = lines[:where] + tamper + lines[where + 1 :]
    data = _mixed(_pdf_part(lines, eol), eol=eol)
    runs: dict[int, tuple[object, bytes]] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parse, "_MIN_ELIDE", 0)
        fast = parse._message_from_bytes(data, runs)  # type: ignore[arg-type]
    slow = email.message_from_bytes(data, policy=parse._POLICY)
    fast_parts = [p for p in fast.walk() if not p.is_multipart()]
    slow_parts = [p for p in slow.walk() if not p.is_multipart()]
    for fast_part, slow_part in zip(fast_parts, slow_parts, strict=True):
        defects: list[str] = []
        assert parse._payload_bytes(fast_part, defects, runs) == slow_part.get_payload(  # type: ignore[arg-type]
            decode=True
        )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2030), max_size=80) | st.text(max_size=80))
def test_header_display_shortcut_is_the_long_way(raw: str) -> None:
    from mailbot import parse

    long_way = parse._clean_header_text(
        parse._decode_encoded_words(parse._from_surrogates(parse._unfold(raw)))
    )
    assert parse._header_display(raw) == long_way


_MIME_PIECES = [
    b"Content-Type: multipart/mixed; boundary=b\r\n",
    b"Content-Type: multipart/alternative; boundary=c\n",
    b'Content-Type: multipart/related;\r\n\tboundary="b"\r\n',
    b"Content-Type: multipart/mixed\r\n",
    b"Content-Type: multipart/digest; boundary=d\r\n",
    b"Content-Type: message/rfc822\r\n",
    b"Content-Type: message/delivery-status\r\n",
    b"Content-Type: text/plain; charset=utf-8\r\n",
    b"Content-Transfer-Encoding: base64\r\n",
    b"From: a@example.org\r\n",
    b" continued\r\n",
    b"\tcontinued\n",
    b"From a@example.org Mon Jan 1\r\n",
    b":no name\r\n",
    b"X-A: 1\r",
    b"Subject: \xe9t\xe9\n",
    b"not a header\r\n",
    b"--b\r\n",
    b"--b--\r\n",
    b"--b \t\r\n",
    b"--b-- \n",
    b"--b-- x\r\n",
    b"--b",
    b"--b--",
    b"--bb\r\n",
    b"--c\r\n",
    b"--c--\n",
    b"--d\r\n",
    b"\r\n",
    b"\n",
    b"\r",
    b"hello\r\n",
    b"text",
    b"\x0b\n",
    b"\x1c",
    b"=?utf-8?q?x?=\r\n",
]


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_MIME_PIECES), max_size=30))
def test_direct_parse_builds_the_stdlib_tree(pieces: list[bytes]) -> None:
    import email

    from mailbot import parse

    data = b"".join(pieces)
    assert _tree(parse._feed_parse(data)) == _tree(
        email.message_from_bytes(data, policy=parse._POLICY)
    )


def test_direct_parse_takes_well_formed_mail() -> None:
    """The fast way is taken for ordinary mail (replies, HTML, attachments, forwards)."""
    from mailbot import parse

    for data in (
        _ODD_RUNS["crlf attachment"],
        _ODD_RUNS["nested multipart"],
        _ODD_RUNS["forwarded attachment"],
        bytes(_message("plain reply")),
        bytes(_message("both", html="<p>both</p>")),
    ):
        assert parse._Direct.parse(data.decode("ascii", "surrogateescape")) is not None


def _random_mime(rng: random.Random, depth: int = 0) -> bytes:
    """A message, mostly well formed: nested multiparts, forwards, preambles, epilogues."""
    if depth < 3 and rng.random() < 0.5:
        boundary = rng.choice([b"b", b"=_x", b"b1"]) + b"%d" % depth
        quoted = rng.choice([b'"' + boundary + b'"', boundary])
        out = b"Content-Type: multipart/mixed; boundary=" + quoted + b"\r\n\r\n"
        out += rng.choice([b"", b"preamble\r\n", b"\r\n"])
        for _ in range(rng.randint(0, 3)):
            out += b"--" + boundary + rng.choice([b"\r\n", b"\n", b" \r\n"])
            out += _random_mime(rng, depth + 1) + rng.choice([b"\r\n", b"\n", b""])
        if rng.random() < 0.9:
            out += b"--" + boundary + b"--" + rng.choice([b"\r\n", b"", b"\n", b" \r\n"])
        return out + rng.choice([b"", b"epilogue\r\n", b"\r\n"])
    if depth < 3 and rng.random() < 0.2:
        return b"Content-Type: message/rfc822\r\n\r\nSubject: x\r\n" + _random_mime(rng, depth + 1)
    head = rng.choice([b"", b"Content-Type: text/plain\r\n", b"X-A: b\r\n c\r\n"])
    body = b"".join(
        rng.choice([b"hello\r\n", b"\r\n", b"line", b"\n", b"--x\r\n", b"a\rb\r\n"])
        for _ in range(rng.randint(0, 5))
    )
    return head + rng.choice([b"\r\n", b"\n", b""]) + body


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(use_true_random=False), st.integers(min_value=0, max_value=400))
def test_direct_parse_builds_the_stdlib_tree_for_nested_mime(rng: random.Random, cut: int) -> None:
    import email

    from mailbot import parse

    data = b"From: a@example.org\r\n" + _random_mime(rng)
    if rng.random() < 0.2:  # and a byte more or less somewhere
        data = data[:cut] + rng.choice([b"\r", b"\n", b"-", b"--b0\r\n"]) + data[cut + 1 :]
    assert _tree(parse._feed_parse(data)) == _tree(
        email.message_from_bytes(data, policy=parse._POLICY)
    )


def _raw_pdf(content: bytes, content_header: bytes = b"", image: bytes | None = None) -> bytes:
    """A one-page PDF whose page content (and image) streams are given as they are stored."""
    resources = b"/Font << /F1 5 0 R >>" + (b" /XObject << /Im0 6 0 R >>" if image else b"")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << " + resources + b" >> >>",
        b"<< /Length %d %s >>\nstream\n" % (len(content), content_header)
        + content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if image is not None:
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width 9000 /Height 9000 /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % len(image)
            + image
            + b"\nendstream"
        )
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )


_HELLO = b"BT /F1 12 Tf 72 720 Td (hello) Tj ET\n"


def _deflate_bomb(size: int) -> bytes:
    packer = __import__("zlib").compressobj(9)
    chunk = b" " * 1_000_000
    return (
        packer.compress(_HELLO)
        + b"".join(packer.compress(chunk) for _ in range(size // len(chunk)))
        + packer.flush()
    )


def test_pdfium_reads_only_pdfs_whose_streams_are_accounted_for() -> None:
    from mailbot import parse

    zlib = __import__("zlib")
    plain = _raw_pdf(_HELLO)
    assert parse._pdfium_input(plain) == plain
    assert "hello" in parse._pdf_text(plain, 20, 1000)
    flate = _raw_pdf(zlib.compress(_HELLO), b"/Filter /FlateDecode")
    assert parse._pdfium_input(flate) == flate
    # a page content that inflates past the budget, or with a filter that could: pypdf
    assert parse._pdfium_input(_raw_pdf(_deflate_bomb(20_000_000), b"/Filter /FlateDecode")) is None
    twice = zlib.compress(zlib.compress(_HELLO))
    assert parse._pdfium_input(_raw_pdf(twice, b"/Filter [/FlateDecode /FlateDecode]")) is None
    assert parse._pdfium_input(_raw_pdf(_HELLO, b"/Filter /LZWDecode")) is None
    assert parse._pdfium_input(_raw_pdf(_HELLO, b"/Filter 7 0 R")) is None
    length = b"/Length %d" % len(_HELLO)
    assert parse._pdfium_input(plain.replace(length, b"/Length 30")) is None
    assert parse._pdfium_input(plain.replace(length, b"/Length 9 0 R")) is None
    assert parse._pdfium_input(plain.replace(b"/Length", b"/Len#67th")) is None
    resolved = plain.replace(length, b"/Length 9 0 R") + b"9 0 obj\n%d\nendobj\n" % len(_HELLO)
    assert parse._pdfium_input(resolved) == resolved


def test_pdf_images_are_zeroed_for_pdfium() -> None:
    """Text extraction never decodes an image; in any other role zeros decode to nothing."""
    from mailbot import parse

    bomb = _deflate_bomb(20_000_000)
    drawn = _raw_pdf(_HELLO, image=bomb)
    safe = parse._pdfium_input(drawn)
    assert safe is not None and len(safe) == len(drawn) and bomb not in safe
    assert "hello" in parse._pdf_text(drawn, 20, 1000)
    # the same stream labelled as an image but made the page content
    disguised = _raw_pdf(bomb, b"/Filter /FlateDecode /Subtype /Image")
    safe = parse._pdfium_input(disguised)
    assert safe is not None and bomb not in safe
    assert parse._pdf_text(disguised, 20, 1000).strip() == ""


def test_a_pdf_bomb_costs_little_memory() -> None:
    """PDFium alone took 950 MB for this 500 KB PDF (a page content inflating to 500 MB)."""
    import subprocess
    import sys

    script = (
        "import resource, sys, zlib\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from tests.test_parse import _deflate_bomb, _raw_pdf\n"
        "from mailbot import parse\n"
        "pdf = _raw_pdf(_deflate_bomb(500_000_000), b'/Filter /FlateDecode')\n"
        "before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "try:\n"
        "    parse._pdf_text(pdf, 20, 200_000)\n"
        "except Exception:\n"
        "    pass  # pypdf's limit: a defect in parse_message\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(REPO)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) < 400_000  # KB


def test_pdf_text_without_pdfium_when_native_code_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The daemon process parses with native_pdf=False: PDFium (C++) is never entered."""
    from mailbot import parse

    entered: list[int] = []
    original = parse._pdfium_input

    def spy(payload: bytes) -> bytes | None:
        entered.append(len(payload))
        return original(payload)

    monkeypatch.setattr(parse, "_pdfium_input", spy)
    msg = _message("Here is my CV.")
    pdf = _pdf_bytes(["Ana Costa", "Senior Python Engineer"])
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="Ana CV.pdf")
    safe = parse_message(bytes(msg), native_pdf=False)
    assert entered == []
    assert "Senior Python Engineer" in safe.attachments[0].text
    fast = parse_message(bytes(msg))
    assert entered == [len(pdf)]
    assert "Senior Python Engineer" in fast.attachments[0].text
