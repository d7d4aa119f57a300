"""Sample newsletter replies for `mailbot demo` and the end-to-end tests.

A realistic mix: applicants with PDF CVs or LinkedIn links (top- and bottom-posted quotes
of the newsletter, three languages), clients (direct, "we're hiring a CTO", relayed by a
contact form), and machines (a bounce, out-of-office with and without headers, a list
post). Each sample says what mailbot must make of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

OWNER = "Sergio Pereira <sergio@remotework.example>"
NEWSLETTER_ID = "<edition-142@remotework.example>"
NEWSLETTER_QUOTE = """\
So, now when I receive a new client request my decision tree is:
1 If I have enough bandwidth, then I take the client on a normal Fractional CTO engagement.
2 If I lack the bandwidth but I like the client, then I assemble a small team to service the client.
3 If I lack the bandwidth and can't (or don't want to) service the client at all, then I refer
the client to someone else in my network with a warm intro.
So, if you're interested in joining this adhoc network of Fractional CTOs and Software Engineers,
or if you'd like me to refer clients to you. Simply reply to this newsletter with your
CV/Linkedin and some context."""


@dataclass(frozen=True)
class Sample:
    name: str
    data: bytes
    expect_label: str  # applicant | client | other
    expect_draft: bool  # a reply draft to a human must appear
    recipient: str = ""  # who the draft goes to


def make_pdf(lines: list[str]) -> bytes:
    """A minimal valid one-page PDF with text (what a CV attachment looks like to pypdf)."""

    def esc(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    stream_lines = ["BT", "/F1 11 Tf", "50 780 Td", "14 TL"]
    for line in lines:
        stream_lines.append(f"({esc(line)}) Tj T*")
    stream_lines.append("ET")
    stream = "\n".join(stream_lines).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" for line in text.splitlines())


def _message(
    sender: str,
    subject: str,
    body: str,
    when: datetime,
    *,
    headers: dict[str, str] | None = None,
    reply: bool = True,
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = OWNER
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = make_msgid(domain="samples.example")
    if reply:
        msg["In-Reply-To"] = NEWSLETTER_ID
        msg["References"] = NEWSLETTER_ID
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body)
    return msg


def samples(now: datetime | None = None) -> list[Sample]:
    base = (now or datetime(2026, 11, 20, 9, 0, tzinfo=UTC)) - timedelta(hours=30)
    subject = "Re: My Fractional CTO career is a roller coaster"
    attribution = "On Fri, 20 Nov 2026 at 08:00, Sergio Pereira <sergio@remotework.example> wrote:"
    out: list[Sample] = []

    def at(hours: int) -> datetime:
        return base + timedelta(hours=hours)

    msg = _message(
        "Ana Costa <ana.costa@gmail.example>",
        subject,
        "Hi Sergio,\n\nI'd love to join your network. I've been a fractional CTO for three "
        "fintech startups over the last four years (Python, Django, AWS), and before that I led "
        "a platform team of 12 engineers. Available for about 20 hours a week from January.\n\n"
        "CV attached, LinkedIn: https://www.linkedin.com/in/ana-costa-cto/\n\n"
        f"Best,\nAna\n\n{attribution}\n{_quote(NEWSLETTER_QUOTE)}\n",
        at(1),
    )
    msg.add_attachment(
        make_pdf(
            [
                "Ana Costa - Fractional CTO",
                "ana.costa@gmail.example",
                "Experience: CTO at PayFlow (2021-2024), Head of Platform at Lendly",
                "Skills: Python, Django, AWS, Kubernetes, PostgreSQL",
            ]
        ),
        maintype="application",
        subtype="pdf",
        filename="Ana_Costa_CV.pdf",
    )
    out.append(
        Sample(
            "applicant-cv-top-posted", msg.as_bytes(), "applicant", True, "ana.costa@gmail.example"
        )
    )

    msg = _message(
        "João Ribeiro <joao.ribeiro@outlook.example>",
        "RE: My Fractional CTO career is a roller coaster",
        "Olá Sergio!\n\nSou engenheiro de QA sénior, 9 anos de experiência em automação de testes "
        "(Cypress, Playwright, Selenium) e tenho interesse em fazer parte da tua rede.\n"
        "O meu LinkedIn: linkedin.com/in/joaoribeiroqa\n\nObrigado,\nJoão\n\n"
        f"Em sex., 20 de nov. de 2026 às 08:00, Sergio Pereira <sergio@remotework.example> "
        f"escreveu:\n{_quote(NEWSLETTER_QUOTE)}\n",
        at(2),
    )
    out.append(
        Sample(
            "applicant-pt-linkedin",
            msg.as_bytes(),
            "applicant",
            True,
            "joao.ribeiro@outlook.example",
        )
    )

    msg = _message(
        "Lucía Fernández <lucia@devmail.example>",
        subject,
        f"{attribution}\n{_quote(NEWSLETTER_QUOTE)}\n\n"
        "Hola Sergio, soy desarrolladora full-stack (React, Node, TypeScript) con 7 años de "
        "experiencia, trabajando en remoto desde Valencia. Me encantaría formar parte de tu red "
        "de ingenieros. Te adjunto mi CV.\n\nSaludos,\nLucía\n",
        at(3),
    )
    msg.add_attachment(
        make_pdf(["Lucia Fernandez", "Full-stack developer", "React, Node.js, TypeScript"]),
        maintype="application",
        subtype="pdf",
        filename="CV_Lucia_Fernandez.pdf",
    )
    out.append(
        Sample(
            "applicant-es-bottom-posted", msg.as_bytes(), "applicant", True, "lucia@devmail.example"
        )
    )

    msg = _message(
        "Mark Chen <mark@medibook.example>",
        "Looking for a fractional CTO for our healthtech startup",
        "Hi Sergio,\n\nI'm the CEO of MediBook, a seed-stage healthtech startup (appointment "
        "booking for clinics). Our lead developer just left and we need a fractional CTO to own "
        "the technical roadmap and help us hire. Stack is React and Node on AWS. Budget around "
        "$8k/month, ideally starting in December.\n\nWould you have time for a call?\n\n"
        "Mark Chen\nCEO, MediBook\n",
        at(4),
        reply=False,
    )
    out.append(
        Sample("client-fractional-cto", msg.as_bytes(), "client", True, "mark@medibook.example")
    )

    msg = _message(
        "Priya Nair <priya@greenledger.example>",
        "We're hiring a CTO - can you help?",
        "Hello Sergio,\n\nWe're hiring a CTO at GreenLedger (carbon accounting SaaS, Series A) but "
        "the search will take months. In the meantime we need someone senior to lead our 6 "
        "engineers and fix our release process. A friend at Climate Ventures recommended you.\n\n"
        "Could we talk next week?\n\nPriya\n",
        at(5),
        reply=False,
    )
    out.append(
        Sample("client-hiring-cto", msg.as_bytes(), "client", True, "priya@greenledger.example")
    )

    msg = _message(
        "Website contact form <no-reply@forms.remotework.example>",
        "New contact form submission",
        "New submission from remotework.example/contact\n\nName: Tom Becker\n"
        "Email: tom.becker@shopwise.example\nCompany: ShopWise\n"
        "Message: We need a team to build the MVP of our B2B marketplace in 3 months, fixed "
        "scope. Budget 60k EUR.\n",
        at(6),
        headers={
            "Auto-Submitted": "auto-generated",
            "Reply-To": "Tom Becker <tom.becker@shopwise.example>",
        },
        reply=False,
    )
    out.append(
        Sample("client-form-relay", msg.as_bytes(), "client", True, "tom.becker@shopwise.example")
    )

    bounce = (
        "Return-Path: <>\r\n"
        "From: Mail Delivery System <MAILER-DAEMON@mx.remotework.example>\r\n"
        f"To: {OWNER}\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\n"
        f"Date: {format_datetime(at(7))}\r\n"
        f"Message-ID: {make_msgid(domain='mx.remotework.example')}\r\n"
        "Auto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b0"\r\n'
        "\r\n--b0\r\nContent-Type: text/plain\r\n\r\n"
        "This is the mail system at host mx.remotework.example.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not be delivered.\r\n"
        "<old.reader@gone.example>: host mx.gone.example said: 550 5.1.1 User unknown\r\n"
        "\r\n--b0\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.remotework.example\r\n\r\n"
        "Final-Recipient: rfc822; old.reader@gone.example\r\nAction: failed\r\n"
        "Status: 5.1.1\r\n\r\n--b0--\r\n"
    ).encode()
    out.append(Sample("bounce", bounce, "other", False))

    msg = _message(
        "Dave Miller <dave@bigcorp.example>",
        "Automatic reply: My Fractional CTO career is a roller coaster",
        "I am out of the office until 2 December with limited access to email. "
        "For urgent matters please contact my colleague.\n",
        at(8),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    )
    out.append(Sample("out-of-office-headers", msg.as_bytes(), "other", False))

    msg = _message(
        "Katrin Vogel <katrin.vogel@firma.example>",
        "Abwesenheitsnotiz: My Fractional CTO career is a roller coaster",
        "Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.11. nicht im Büro und habe keinen "
        "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n",
        at(9),
    )
    out.append(Sample("out-of-office-no-headers-de", msg.as_bytes(), "other", False))

    msg = _message(
        "CTO Craft Digest <digest@lists.ctocraft.example>",
        "[cto-craft] Weekly digest: hiring your first engineers",
        "This week on the list: how to hire your first five engineers, fractional CTO pricing, "
        "and a thread on on-call for small teams.\n",
        at(10),
        headers={
            "List-Id": "<cto-craft.lists.ctocraft.example>",
            "List-Unsubscribe": "<mailto:leave@lists.ctocraft.example>",
            "Precedence": "list",
        },
        reply=False,
    )
    out.append(Sample("mailing-list", msg.as_bytes(), "other", False))

    msg = _message(
        "Rita Gomes <rita@gomes.example>",
        subject,
        "Loved this edition, Sergio. The famine/feast framing is so true for freelancers, "
        "and I'm glad to see you sharing the work instead of burning out. Enjoy the trip!\n\n"
        f"{attribution}\n{_quote(NEWSLETTER_QUOTE)}\n",
        at(11),
    )
    out.append(Sample("feedback", msg.as_bytes(), "other", False))
    return out
