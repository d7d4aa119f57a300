"""The shortcuts parse.py takes for speed give what the long way gives."""

from __future__ import annotations

import io
import random

import pytest

from mailbot import parse

_LINES = [
    "",
    "Hi Sergio,",
    "On Mon, 3 Jun 2024 at 10:00, Ana <ana@x.example> wrote:",
    "On Mon, 3 Jun 2024 at 10:00, Ana",
    "<ana@x.example> wrote:",
    "Marc Slemko wrote:",
    "> quoted",
    "-----Original Message-----",
    "—— Forwarded message ——",
    "________________________________",
    "From: Ana <ana@x.example>",
    "Sent: Monday, June 3, 2024 10:00",
    "To: Sergio",
    "Subject: hello",
    "De : Ana",
    "Envoyé : lundi",
    "  indented text: with a colon",
    "Thanks, see you",
    "Jane Doe <jane@x.org> escreveu:",
    "2024-06-07 9:00 GMT+01:00 Jane <j@x>",
    "schrieb:",
    "\t-- ",
    "*From:* Ana",
    "*Sent:* Monday",
]


def test_attribution_candidates_hold_every_attribution() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        lines = [rng.choice(_LINES) for _ in range(rng.randint(1, 12))]
        candidates = parse._attribution_candidates(lines)
        for index in range(len(lines)):
            if parse._attribution_span(lines, index) >= 0:
                assert index in candidates, lines


@pytest.mark.parametrize(
    "content_type",
    [
        'multipart/mixed; boundary="abc"',
        "multipart/mixed; boundary=abc-123_x.y",
        'multipart/alternative; boundary="=_a(b)c,d/e:f\'g+h"; charset=utf-8',
        'text/plain; name="cv.pdf"; boundary="x"',
        'multipart/mixed; boundary="x"; boundary="y"',
        "multipart/mixed; boundary=MailbotBoundaryStandIn",
        "multipart/mixed; charset=iso-8859-1; boundary=zz; name*=UTF-8''na%C3%AFve.txt",
        None,
    ],
)
def test_part_info_with_a_stood_in_boundary(content_type: str | None) -> None:
    for disposition in (None, 'attachment; filename="a.pdf"'):
        assert parse._part_info_of(
            parse._boundary_stood_in(content_type), disposition
        ) == parse._part_info_of(content_type, disposition)


def _image_pdf() -> bytes:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 800, "Curriculum vitae stream endstream")
    noise = Image.frombytes("RGB", (64, 64), random.Random(1).randbytes(64 * 64 * 3))
    pdf.drawImage(ImageReader(noise), 350, 60, width=180, height=180)
    pdf.drawImage(ImageReader(noise), 50, 60, width=180, height=180)
    pdf.save()
    return buffer.getvalue()


def test_pdfium_input_zeroes_images_only() -> None:
    payload = _image_pdf()
    safe = parse._pdfium_input(payload)
    assert safe is not None and len(safe) == len(payload) and safe != payload
    differ = [i for i in range(len(payload)) if safe[i] != payload[i]]
    assert all(safe[i] == 0 for i in differ)
    assert "Curriculum vitae" in parse._pdfium_text(safe, 20, 200_000)
    assert parse._pdf_text(payload, 20, 200_000) == parse._pdfium_text(safe, 20, 200_000)


def test_pdfium_text_of_a_broken_pdf_raises_for_the_pypdf_fallback() -> None:
    from pypdf.errors import PyPdfError
    from pypdfium2 import PdfiumError

    with pytest.raises(PdfiumError):
        parse._pdfium_text(b"%PDF-1.4 not really", 20, 200_000)
    with pytest.raises(PyPdfError):  # the reason is pypdf's, as before
        parse._pdf_text(b"%PDF-1.4 not really", 20, 200_000)
