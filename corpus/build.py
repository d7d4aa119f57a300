"""Build the labelled corpus: specimens -> real .eml files + manifest.jsonl per split.

    python -m corpus.build --out corpus/out --train 6000 --dev 400 --seed 7

Specimen modules say what a sender wrote and what the right answer is; this module decides
how the message arrives: a reply quoting the newsletter (top- or bottom-posted, Gmail,
Outlook or Apple style, in the sender's language) or a fresh thread, forwarded by the sender
or a colleague, plain text / HTML only / multipart alternative, utf-8 or a legacy charset, 8bit,
quoted-printable or base64, phone footers, signatures, disclaimers, real PDF and DOCX CVs.

Same seed -> byte-identical output: every choice comes from seeded Random objects and the
dates are drawn from them, never from the clock.
"""

from __future__ import annotations

import argparse
import html
import importlib
import io
import json
import random
import re
import shutil
import struct
import sys
import textwrap
import time
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from typing import Any

from corpus.specimen import AttachmentSpec, Specimen
from corpus.specimens import people

OWNER_NAME = "Sergio Pereira"
OWNER_EMAIL = "sergio@remotework.example"
OWNER = formataddr((OWNER_NAME, OWNER_EMAIL))
NEWSLETTER_ID = "<remote-work-2025-03-14.roller-coaster@mail.remotework.example>"
NEWSLETTER_DATE = datetime(2025, 3, 14, 10, 0, tzinfo=UTC)
NEWSLETTER_TITLE = people.NEWSLETTER_TITLE
MIX = {"applicant": 0.4, "client": 0.3, "other": 0.3}
# Of the "other" share, this part comes from specimens/business.py (mail unrelated to the
# newsletter: colleagues, notifications, tests, bulletins), the rest from others.py.
BUSINESS_SHARE_OF_OTHER = 1 / 3
MANIFEST_KEYS = (
    "file",
    "label",
    "other_kind",
    "must_not_autoreply",
    "applicant",
    "client",
    "language",
    "difficulty",
    "notes",
)

NEWSLETTER_BODY = """Hey,
I'm Sergio Pereira, and this is the Remote Work newsletter 👋
Last week I wrote about the growth of the Product Engineer role, and how Software Engineers can reap the opportunities that come with this market trend.
Today I'll tell you about my Fractional CTO career, and the ups and downs that come with it. As I wrote many times, a freelance career is a fine balance between two extremes:
• Anxiety from having no clients.
• Burn out from having too many clients.
It's a famine or feast type of career. Gotta adapt to the bumpy nature of income.
I'm now lucky enough to have "too many" clients. And since I haven't yet learned to say "No", I'm finding creative ways to take more clients without burning out. More on that in a second.
Now it's a different time. It's absolute feast, I'm having new clients left and right. It's like all the efforts I seeded over the years with my network and my online content have suddenly reached harvest season at the same time.
Most of these clients come to me through my content or warm intros from network, they want to work with me, so I'm building a network of fellow CTOs, Software Engineers, and QAs. This way I can take more clients opportunities and delegate parts of the work to people in my network who are kick starting their own Fractional career.
So, now when I receive a new client request my decision tree is:
1 If I have enough bandwidth, then I take the client on a normal Fractional CTO engagement.
2 If I lack the bandwidth but I like the client, then I assemble a small team to service the client.
3 If I lack the bandwidth and can't (or don't want to) service the client at all, then I refer the client to someone else in my network with a warm intro.
So, if you're interested in joining this adhoc network of Fractional CTOs and Software Engineers, or if you'd like me to refer clients to you. Simply reply to this newsletter with your CV/Linkedin and some context. I'm traveling over the extended weekend, but I'll reply to everyone next week.
I'm feeling very fortunate at the moment, and I'm keen to continue sharing my luck with fellow remote workers who can help me help more startups succeed.
Thanks for reading this newsletter until the end. You can read all past editions here. Make sure to share it with your friends and colleagues so they can read it too.
See you next Friday,
Sergio Pereira,
Startup CTO & Remote Work Lover"""  # noqa: E501

# ---------------------------------------------------------------------------------------------
# Localised arrival furniture
# ---------------------------------------------------------------------------------------------

REPLY_PREFIX = {
    "en": ["Re: ", "RE: ", "Re: ", "Re: "],
    "pt": ["Re: ", "RES: ", "Res: "],
    "es": ["Re: ", "RE: "],
    "de": ["AW: ", "Re: ", "Aw: "],
    "fr": ["RE: ", "Re: ", "RE : "],
}
FORWARD_PREFIX = {
    "en": ["Fwd: ", "Fw: ", "FW: "],
    "pt": ["Fwd: ", "ENC: ", "Enc: "],
    "es": ["RV: ", "Fwd: "],
    "de": ["WG: ", "Fwd: "],
    "fr": ["TR: ", "Fwd: ", "TR : "],
}
_ADDR = f"{OWNER_NAME} <{OWNER_EMAIL}>"
GMAIL_ATTR = {
    "en": f"On Fri, Mar 14, 2025 at 10:00 AM {_ADDR} wrote:",
    "pt": f"Em sex., 14 de mar. de 2025 às 10:00, {_ADDR} escreveu:",
    "es": f"El vie, 14 mar 2025 a las 10:00, {OWNER_NAME} (<{OWNER_EMAIL}>) escribió:",
    "de": f"Am Fr., 14. März 2025 um 10:00 Uhr schrieb {_ADDR}:",
    "fr": f"Le ven. 14 mars 2025 à 10:00, {_ADDR} a écrit :",
}
APPLE_ATTR = {
    "en": f"On 14 Mar 2025, at 10:00, {_ADDR} wrote:",
    "pt": f"Em 14 de mar. de 2025, à(s) 10:00, {_ADDR} escreveu:",
    "es": f"El 14 mar 2025, a las 10:00, {_ADDR} escribió:",
    "de": f"Am 14.03.2025 um 10:00 schrieb {_ADDR}:",
    "fr": f"Le 14 mars 2025 à 10:00, {_ADDR} a écrit :",
}
OUTLOOK_HEAD = {
    "en": (
        "From",
        "Sent",
        "To",
        "Subject",
        "Friday, March 14, 2025 10:00 AM",
        "-----Original Message-----",
    ),
    "pt": (
        "De",
        "Enviado",
        "Para",
        "Assunto",
        "sexta-feira, 14 de março de 2025 10:00",
        "-----Mensagem original-----",
    ),
    "es": (
        "De",
        "Enviado el",
        "Para",
        "Asunto",
        "viernes, 14 de marzo de 2025 10:00",
        "-----Mensaje original-----",
    ),
    "de": (
        "Von",
        "Gesendet",
        "An",
        "Betreff",
        "Freitag, 14. März 2025 10:00",
        "-----Ursprüngliche Nachricht-----",
    ),
    "fr": (
        "De ",
        "Envoyé ",
        "À ",
        "Objet ",
        "vendredi 14 mars 2025 10:00",
        "-----Message d'origine-----",
    ),
}
FORWARD_HEAD = {
    "en": ("---------- Forwarded message ---------", "From", "Date", "Subject", "To"),
    "pt": ("---------- Mensagem encaminhada ---------", "De", "Data", "Assunto", "Para"),
    "es": ("---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para"),
    "de": ("---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An"),
    "fr": ("---------- Message transféré ---------", "De", "Date", "Objet", "À"),
}
SELF_FORWARD_NOTE = {
    "en": [
        "Forwarding my email from last week in case it got buried.",
        "Resending this in case it got lost in the flood of replies.",
        "Bumping this up, see below.",
        "Following up on my message below.",
    ],
    "pt": [
        "Reencaminhando meu email da semana passada caso tenha se perdido.",
        "Reenviando, acho que se perdeu na caixa.",
        "Subindo a mensagem abaixo.",
    ],
    "es": [
        "Te reenvío mi correo de la semana pasada por si se perdió.",
        "Reenvío por si acaso.",
        "Retomo mi mensaje de abajo.",
    ],
    "de": [
        "Ich leite dir meine Mail von letzter Woche weiter, falls sie untergegangen ist.",
        "Nochmal nach oben geholt, siehe unten.",
        "Kurze Erinnerung an meine Mail unten.",
    ],
    "fr": [
        "Je te transfère mon mail de la semaine dernière au cas où il serait passé à la trappe.",
        "Je relance, voir ci-dessous.",
        "Je me permets de relancer mon message.",
    ],
}
COLLEAGUE_FORWARD_NOTE = {
    "en": [
        "Hi Sergio, {first} asked me to forward this to you, see below.",
        "Sergio - passing this along from {first}. Worth a look!",
        "FYI, {first} sent this to my address by mistake, forwarding.",
        "Hey Sergio, my friend {first} wanted to reach you, message below.",
    ],
    "pt": [
        "Oi Sergio, {first} me pediu para te encaminhar isso.",
        "Sergio, segue abaixo a mensagem de {first}, vale a pena.",
        "Encaminhando a pedido de {first}.",
    ],
    "es": [
        "Hola Sergio, {first} me pidió que te reenviara esto.",
        "Sergio, te paso el mensaje de {first}, échale un ojo.",
        "Reenvío a petición de {first}.",
    ],
    "de": [
        "Hallo Sergio, {first} hat mich gebeten, dir das weiterzuleiten.",
        "Sergio, anbei die Nachricht von {first}, lohnt sich.",
        "Weitergeleitet auf Bitte von {first}.",
    ],
    "fr": [
        "Bonjour Sergio, {first} m'a demandé de te transférer ceci.",
        "Sergio, je te fais suivre le message de {first}, ça vaut le coup.",
        "Je te fais suivre le message ci-dessous ({first}).",
    ],
}
MOBILE_FOOTER = {
    "en": [
        "Sent from my iPhone",
        "Sent from my Galaxy",
        "Sent from Outlook for Android",
        "Get Outlook for iOS",
        "Sent from my iPad",
        "Sent from Proton Mail mobile",
    ],
    "pt": [
        "Enviado do meu iPhone",
        "Enviado do meu smartphone Samsung Galaxy.",
        "Enviado do Outlook para Android",
        "Enviado do meu iPad",
    ],
    "es": [
        "Enviado desde mi iPhone",
        "Enviado desde mi smartphone Samsung Galaxy.",
        "Obtener Outlook para Android",
        "Enviado desde mi iPad",
    ],
    "de": [
        "Von meinem iPhone gesendet",
        "Gesendet von Outlook für Android",
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        "Von meinem iPad gesendet",
    ],
    "fr": [
        "Envoyé de mon iPhone",
        "Envoyé depuis mon appareil Galaxy",
        "Obtenir Outlook pour Android",
        "Envoyé de mon iPad",
    ],
}
DISCLAIMER = {
    "en": [
        "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and intended "
        "solely for the addressee. If you have received it in error, please notify the sender "
        "and delete it.",
        "This message may contain privileged information. Please consider "
        "the environment before printing this email.",
    ],
    "pt": [
        "AVISO DE CONFIDENCIALIDADE: Esta mensagem e seus anexos são confidenciais e "
        "destinados exclusivamente ao destinatário. Se você a recebeu por engano, avise o "
        "remetente e apague-a.",
        "Antes de imprimir, pense no meio ambiente.",
    ],
    "es": [
        "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y van dirigidos "
        "exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo "
        "comunique al remitente y lo elimine.",
        "Antes de imprimir este correo, piense en el medio ambiente.",
    ],
    "de": [
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn "
        "Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und "
        "vernichten Sie diese E-Mail.",
        "Sitz der Gesellschaft: Berlin, Amtsgericht Charlottenburg HRB 123456 B.",
    ],
    "fr": [
        "Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à "
        "leurs destinataires. Si vous l'avez reçu par erreur, merci d'en avertir "
        "l'expéditeur et de le supprimer.",
        "Pensez à l'environnement avant d'imprimer ce mail.",
    ],
}
TZ_OFFSETS: dict[str, list[float]] = {
    "en": [0, -5, -8, 1, 5.5, -4, 10],
    "pt": [-3, 0, 1, -3],
    "es": [1, 2, -3, -5, -6],
    "de": [1, 2],
    "fr": [1, 2, -5],
}
MAILERS = [
    "Apple Mail (2.3774.500.171.1.1)",
    "Microsoft Outlook 16.0",
    "Mozilla Thunderbird",
    "Superhuman",
    "Spark 3.14",
    "Roundcube Webmail/1.6.6",
    None,
    None,
    None,
]


@dataclass
class Arrival:
    """How one message arrives; recorded in the manifest notes."""

    reply: bool = False
    quote: str = "none"  # gmail_top | outlook_top | apple_top | bottom | none
    forward: str = ""  # "" | self | colleague
    forward_inline: bool = True
    fmt: str = "plain"  # plain | alternative | html
    charset: str = "utf-8"
    cte: str = "8bit"
    extras: list[str] = field(default_factory=list)

    def describe(self) -> str:
        parts = [
            f"arrival={'reply' if self.reply else 'new'}",
            f"quote={self.quote}",
            f"format={self.fmt}",
            f"charset={self.charset}/{self.cte}",
        ]
        if self.forward:
            parts.append(f"forward={self.forward}{'' if self.forward_inline else '/rfc822'}")
        parts += self.extras
        return " ".join(parts)


# ---------------------------------------------------------------------------------------------
# Attachments
# ---------------------------------------------------------------------------------------------

_FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def make_pdf(text: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    # invariant=1 drops the creation date and random document id: same text, same bytes
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    pdf.setTitle(text.splitlines()[0] if text else "document")
    _, height = A4
    y = height - 60
    for raw_line in text.splitlines() or [""]:
        # the standard fonts speak WinAnsi (cp1252); anything else degrades rather than failing
        line = raw_line.encode("cp1252", "replace").decode("cp1252")
        # wrap at spaces so URLs and e-mail addresses survive text extraction intact
        chunks = textwrap.wrap(line, 95, break_long_words=False, break_on_hyphens=False) or [""]
        for chunk in chunks:
            if y < 60:
                pdf.showPage()
                y = height - 60
            pdf.setFont("Helvetica-Bold" if y == height - 60 else "Helvetica", 10)
            pdf.drawString(50, y, chunk)
            y -= 14
    pdf.save()
    return buf.getvalue()


def make_docx(text: str) -> bytes:
    import docx

    document = docx.Document()
    lines = text.splitlines()
    if lines:
        document.add_heading(lines[0], level=1)
    for line in lines[1:]:
        document.add_paragraph(line)
    props = document.core_properties
    props.created = props.modified = datetime(2025, 1, 1, tzinfo=UTC)
    props.author = props.last_modified_by = lines[0] if lines else ""
    raw = io.BytesIO()
    document.save(raw)
    # python-docx stamps zip entries with the wall clock: rewrite them with a fixed time
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def make_png(seed: int) -> bytes:
    width = height = 8
    shade = seed % 256
    rows = b"".join(b"\x00" + bytes([shade, (shade * 7) % 256, 128]) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def attachment_bytes(spec: AttachmentSpec, seed: int) -> tuple[bytes, str, str]:
    """(data, maintype, subtype) for one attachment spec."""
    kind = spec.kind
    if kind in ("cv_pdf", "pdf"):
        return make_pdf(spec.text), "application", "pdf"
    if kind in ("cv_docx", "docx"):
        return (
            make_docx(spec.text),
            "application",
            "vnd.openxmlformats-officedocument.wordprocessingml.document",
        )
    if kind == "txt":
        return spec.text.encode("utf-8"), "text", "plain"
    if kind == "image":
        return make_png(seed), "image", "png"
    return spec.text.encode("utf-8"), "application", "octet-stream"


# ---------------------------------------------------------------------------------------------
# Text and HTML rendering
# ---------------------------------------------------------------------------------------------


def _quote_lines(text: str) -> str:
    return "\n".join(">" if not line else f"> {line}" for line in text.splitlines())


def _newsletter_excerpt(rng: random.Random) -> str:
    lines = NEWSLETTER_BODY.splitlines()
    r = rng.random()
    if r < 0.45:
        return NEWSLETTER_BODY
    if r < 0.8:
        return "\n".join(lines[: rng.randint(3, 10)])
    start = rng.randint(8, len(lines) - 5)
    return "\n".join(lines[start:])


def _outlook_header(language: str, to: str) -> str:
    frm, sent, to_label, subj, date, _ = OUTLOOK_HEAD[language]
    return (
        f"{frm}: {OWNER_NAME} <{OWNER_EMAIL}>\n{sent}: {date}\n{to_label}: {to}\n"
        f"{subj}: {NEWSLETTER_TITLE}"
    )


def _linkify(escaped: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return escaped

    def link(m: re.Match[str]) -> str:
        url = m.group(0)
        href = url if url.startswith("http") else f"https://{url}"
        return f'<a href="{href}">{url}</a>'

    return re.sub(
        r"(?:https?://|www\.|[a-z]{2}\.linkedin\.com|linkedin\.com)[^\s<]*", link, escaped
    )


def _html_block(text: str, rng: random.Random, style: str) -> str:
    paras = text.split("\n\n")
    tag = rng.choice(["p", "div"])
    out = []
    for para in paras:
        inner = "<br>\n".join(
            _linkify(html.escape(line, quote=False), rng) for line in para.splitlines()
        )
        out.append(f"<{tag}{style}>{inner}</{tag}>")
    joiner = "\n" if tag == "p" else "\n<div><br></div>\n"
    return joiner.join(out)


FONT_STYLES = [
    "",
    ' style="font-family:Arial,Helvetica,sans-serif;font-size:14px"',
    ' style="font-family:Calibri,sans-serif;font-size:11pt;color:#1f1f1f"',
    ' style="font-family:-apple-system,Helvetica Neue,sans-serif"',
    ' style="font-family:Verdana;font-size:10pt;color:rgb(33,33,33)"',
]


@dataclass
class Rendered:
    text: str
    html: str


def render_bodies(
    rng: random.Random, language: str, new_text: str, arrival: Arrival, reader: str
) -> Rendered:
    """The reply text with its quote/forward furniture, as plain text and as HTML."""
    style = rng.choice(FONT_STYLES)
    new_html = _html_block(new_text, rng, style)
    if not arrival.reply or arrival.quote == "none":
        return Rendered(new_text, f'<div dir="ltr">{new_html}</div>')
    excerpt = _newsletter_excerpt(rng)
    ex_html = _html_block(excerpt, rng, "")
    if arrival.quote == "gmail_top":
        attr = GMAIL_ATTR[language]
        text = f"{new_text}\n\n{attr}\n\n{_quote_lines(excerpt)}\n"
        body_html = (
            f'<div dir="ltr">{new_html}</div><br><div class="gmail_quote">'
            f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{ex_html}'
            "</blockquote></div>"
        )
    elif arrival.quote == "apple_top":
        attr = APPLE_ATTR[language]
        text = f"{new_text}\n\n> {attr}\n> \n{_quote_lines(excerpt)}\n"
        body_html = (
            f'<div>{new_html}</div><div><br><blockquote type="cite">'
            f"<div>{html.escape(attr)}</div><br>{ex_html}</blockquote></div>"
        )
    elif arrival.quote == "outlook_top":
        head = _outlook_header(language, reader)
        sep = "_" * 32 if rng.random() < 0.6 else OUTLOOK_HEAD[language][5]
        text = f"{new_text}\n\n{sep}\n{head}\n\n{excerpt}\n"
        head_html = "<br>\n".join(
            f"<b>{html.escape(k)}:</b>{html.escape(v)}"
            for k, v in (line.split(":", 1) for line in head.splitlines())
        )
        body_html = (
            f'<div>{new_html}</div>\n<div id="appendonsend"></div>\n'
            '<hr style="display:inline-block;width:98%" tabindex="-1">\n'
            f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" '
            f'style="font-size:11pt" color="#000000">{head_html}</font><div>&nbsp;'
            f"</div></div>\n<div>{ex_html}</div>"
        )
    else:  # bottom-posted: the quote first, the answer below it
        attr = rng.choice([GMAIL_ATTR, APPLE_ATTR])[language]
        text = f"{attr}\n\n{_quote_lines(excerpt)}\n\n{new_text}\n"
        body_html = (
            f'<div class="gmail_quote"><div class="gmail_attr">{html.escape(attr)}'
            f'</div><blockquote class="gmail_quote">{ex_html}</blockquote></div>'
            f"<div>{new_html}</div>"
        )
    return Rendered(text, body_html)


def _html_document(fragment: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return fragment
    return (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"</head><body>{fragment}</body></html>"
    )


# ---------------------------------------------------------------------------------------------
# Headers
# ---------------------------------------------------------------------------------------------


def _message_id(rng: random.Random, email_addr: str) -> str:
    domain = email_addr.rsplit("@", 1)[-1].lower()
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if domain.startswith("gmail"):
        token = "".join(rng.choice(alnum + "+_-") for _ in range(44))
        return f"<CA{token}@mail.gmail.com>"
    if domain.split(".")[0] in ("outlook", "hotmail", "live"):
        token = "".join(rng.choice(alnum[:26] + "0123456789") for _ in range(36))
        return (
            f"<{token}@{rng.choice(['AM0PR', 'DB9PR', 'GV1PR', 'CH3PR'])}{rng.randint(1, 9)}"
            f"MB{rng.randint(1000, 9999)}.eurprd0{rng.randint(1, 8)}.prod.outlook.com>"
        )
    if domain in ("icloud.com", "me.com"):
        hexd = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
        uuid = f"{hexd[:8]}-{hexd[8:12]}-{hexd[12:16]}-{hexd[16:20]}-{hexd[20:]}"
        return f"<{uuid}@{domain}>"
    hexd = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    return f"<{hexd[:12]}.{hexd[12:]}@{domain}>"


def _date(rng: random.Random, language: str, earliest: datetime) -> tuple[datetime, str]:
    moment = earliest + timedelta(minutes=rng.randint(20, 60 * 24 * 12))
    offset = rng.choice(TZ_OFFSETS[language])
    tz = timezone(timedelta(hours=offset))
    local = moment.astimezone(tz)
    return moment, format_datetime(local)


def _encodable(text: str, charset: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        return False
    return True


def _choose_encoding(rng: random.Random, language: str, texts: list[str]) -> tuple[str, str]:
    charset = "utf-8"
    if (language != "en" and rng.random() < 0.3) or (language == "en" and rng.random() < 0.08):
        legacy = rng.choice(["iso-8859-1", "windows-1252"])
        if all(_encodable(t, legacy) for t in texts):
            charset = legacy
    long_lines = any(len(line.encode("utf-8")) > 900 for t in texts for line in t.splitlines())
    r = rng.random()
    if all(t.isascii() for t in texts) and r < 0.3 and not long_lines:
        cte = "7bit"
    elif r < 0.55 and not long_lines:
        cte = "8bit"
    elif r < 0.85:
        cte = "quoted-printable"
    else:
        cte = "base64"
    return charset, cte


def _clean_header(value: str) -> str:
    return re.sub(r"[\r\n]+", " ", value).strip()


# ---------------------------------------------------------------------------------------------
# One specimen -> one message
# ---------------------------------------------------------------------------------------------


def _sign_extras(rng: random.Random, spec: Specimen, body: str, arrival: Arrival) -> str:
    lang = spec.language
    if spec.relay_from:
        return body
    if spec.sender_name and "\n-- \n" not in body and rng.random() < 0.08:
        body = f"{body}\n\n-- \n{spec.sender_name}"
        arrival.extras.append("sig=dashdash")
    r = rng.random()
    if r < 0.1:
        body = f"{body}\n\n{rng.choice(MOBILE_FOOTER[lang])}"
        arrival.extras.append("footer=mobile")
    elif r < 0.16 and spec.label in ("client", "other"):
        body = f"{body}\n\n{rng.choice(DISCLAIMER[lang])}"
        arrival.extras.append("footer=disclaimer")
    return body


def _forward_block(spec: Specimen, language: str, date_text: str, subject: str) -> str:
    head, frm, date_label, subj, to = FORWARD_HEAD[language]
    # a forwarded header block is body text: written the way clients show it, not MIME-encoded
    sender = f"{spec.sender_name} <{spec.sender_email}>" if spec.sender_name else spec.sender_email
    return (
        f"{head}\n{frm}: {sender}\n{date_label}: {date_text}\n{subj}: {subject}\n"
        f"{to}: {OWNER}\n\n{spec.body}"
    )


def build_message(spec: Specimen, rng: random.Random) -> tuple[bytes, Arrival, dict[str, Any]]:
    """Bytes of one .eml, how it arrived, and manifest overrides (difficulty, notes)."""
    arrival = Arrival()
    overrides: dict[str, Any] = {}
    if spec.raw is not None:
        raw = spec.raw if isinstance(spec.raw, bytes) else str(spec.raw).encode("utf-8")
        arrival.extras.append("raw")
        return raw, arrival, overrides
    lang = spec.language if spec.language in REPLY_PREFIX else "en"
    people_label = spec.label in ("applicant", "client")
    machine = spec.must_not_autoreply or bool(spec.relay_from)

    msg = EmailMessage()
    sent_at, date_text = _date(rng, lang, NEWSLETTER_DATE)
    subject = spec.subject
    reply_p = 0.7 if people_label else 0.5
    if spec.may_quote_newsletter and not machine and rng.random() < reply_p:
        arrival.reply = True
        subject = rng.choice(REPLY_PREFIX[lang]) + NEWSLETTER_TITLE
        arrival.quote = rng.choices(
            ["gmail_top", "outlook_top", "apple_top", "bottom", "none"], [30, 18, 10, 9, 33]
        )[0]
    new_text = _sign_extras(rng, spec, spec.body, arrival)
    from_name, from_email = spec.sender_name, spec.sender_email
    inner_message: EmailMessage | None = None

    forwardable = not machine and (
        people_label or spec.other_kind in ("vendor_pitch", "feedback", "personal")
    )
    if forwardable and rng.random() < 0.07:
        colleague = people_label and rng.random() < 0.5
        arrival.forward = "colleague" if colleague else "self"
        arrival.forward_inline = rng.random() < 0.75
        earlier_text = date_text
        if colleague:
            domain = spec.sender_email.rsplit("@", 1)[-1] if spec.label == "client" else None
            fwd = people.make_forwarder(rng, lang, domain)
            from_name, from_email = fwd.name, fwd.email
            first = spec.sender_name.split()[0] if spec.sender_name else spec.sender_email
            note = rng.choice(COLLEAGUE_FORWARD_NOTE[lang]).format(first=first)
            note = f"{note}\n\n{fwd.first}"
            overrides["difficulty"] = "hard"
        else:
            note = rng.choice(SELF_FORWARD_NOTE[lang])
            sent_at, date_text = _date(rng, lang, sent_at)
        orig_subject = spec.subject
        subject = rng.choice(FORWARD_PREFIX[lang]) + orig_subject
        if arrival.forward_inline:
            new_text = f"{note}\n\n{_forward_block(spec, lang, earlier_text, orig_subject)}"
        else:
            new_text = note
            inner_message = EmailMessage()
            inner_message["From"] = Address(
                display_name=_clean_header(spec.sender_name), addr_spec=spec.sender_email
            )
            inner_message["To"] = OWNER
            inner_message["Subject"] = orig_subject
            inner_message["Date"] = earlier_text
            inner_message["Message-ID"] = _message_id(rng, spec.sender_email)
            inner_message.set_content(spec.body)
        arrival.reply = False
        arrival.quote = "none"

    # Headers
    relay_addr = parseaddr(spec.relay_from)[1] if spec.relay_from else ""
    msg["Message-ID"] = _message_id(rng, relay_addr or from_email)
    msg["Date"] = date_text
    if spec.relay_from:
        msg["From"] = _clean_header(spec.relay_from)
        if spec.reply_to:
            msg["Reply-To"] = _clean_header(spec.reply_to)
    elif from_name:
        msg["From"] = Address(display_name=_clean_header(from_name), addr_spec=from_email)
    else:
        msg["From"] = from_email
    to_display = rng.choice([OWNER, OWNER_EMAIL, f"Sergio <{OWNER_EMAIL}>"])
    msg["To"] = to_display
    msg["Subject"] = _clean_header(subject)
    if arrival.reply:
        msg["In-Reply-To"] = NEWSLETTER_ID
        msg["References"] = NEWSLETTER_ID
    mailer = rng.choice(MAILERS)
    if mailer and not spec.relay_from:
        msg["X-Mailer" if rng.random() < 0.6 else "User-Agent"] = mailer
    for key, value in spec.headers.items():
        if key.lower() in ("from", "to", "subject", "date", "message-id"):
            del msg[key]
        msg[key] = _clean_header(value)
    if rng.random() < 0.3:
        msg["Content-Language"] = {
            "en": "en-US",
            "pt": "pt-BR",
            "es": "es-ES",
            "de": "de-DE",
            "fr": "fr-FR",
        }[lang]

    # Body
    # the newsletter went to the reader, so that is who Outlook's quoted "To:" names
    reader = f"{from_name} <{from_email}>" if from_name else from_email
    rendered = render_bodies(rng, lang, new_text, arrival, reader)
    r = rng.random()
    arrival.fmt = "plain" if r < 0.58 else ("alternative" if r < 0.88 else "html")
    if spec.relay_from and rng.random() < 0.5:
        arrival.fmt = "alternative"
    html_doc = _html_document(rendered.html, rng)
    charset, cte = _choose_encoding(rng, lang, [rendered.text, html_doc])
    arrival.charset, arrival.cte = charset, cte
    if arrival.fmt == "html":
        msg.set_content(html_doc, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(rendered.text, charset=charset, cte=cte)
        if arrival.fmt == "alternative":
            msg.add_alternative(html_doc, subtype="html", charset=charset, cte=cte)

    # a message forwarded as an attachment carries its own attachments inside it
    holder = inner_message if inner_message is not None else msg
    for i, att in enumerate(spec.attachments):
        data, maintype, subtype = attachment_bytes(att, rng.randrange(1 << 30) + i)
        holder.add_attachment(data, maintype=maintype, subtype=subtype, filename=att.filename)
        arrival.extras.append(f"attach={att.kind}")
    if inner_message is not None:
        msg.add_attachment(inner_message)

    # the email package draws MIME boundaries from the global random state: pin them
    for number, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{number}_{rng.randrange(1 << 40):010x}")
    out_policy = policy.SMTP if rng.random() < 0.15 else policy.default
    return msg.as_bytes(policy=out_policy), arrival, overrides


# ---------------------------------------------------------------------------------------------
# Drawing specimens and writing the splits
# ---------------------------------------------------------------------------------------------

SpecimenSource = Callable[[random.Random, str], Iterator[Specimen]]


def _load_source(name: str) -> SpecimenSource | None:
    try:
        module = importlib.import_module(f"corpus.specimens.{name}")
    except ImportError as exc:
        print(f"warning: corpus.specimens.{name} not available ({exc})", file=sys.stderr)
        return None
    source: SpecimenSource = module.specimens
    return source


def _load_others() -> SpecimenSource | None:
    """others.py; without it the builder builds applicants and clients only."""
    return _load_source("others")


def _load_business() -> SpecimenSource | None:
    """business.py; without it every "other" comes from others.py."""
    return _load_source("business")


def normalise_body(spec: Specimen) -> str:
    if spec.raw is not None:
        raw = spec.raw if isinstance(spec.raw, bytes) else str(spec.raw).encode("utf-8")
        return "raw:" + raw.decode("utf-8", "replace")
    text = unicodedata.normalize("NFKC", spec.body).lower()
    return " ".join(re.findall(r"\w+", text))


class _Drawer:
    """Pulls specimens from a source, restarting it when a finite one runs dry."""

    def __init__(self, source: SpecimenSource, rng: random.Random, split: str) -> None:
        self.source, self.rng, self.split = source, rng, split
        self.iterator = source(rng, split)
        self.restarts = 0

    def next(self) -> Specimen | None:
        while self.restarts < 4:
            try:
                return next(self.iterator)
            except StopIteration:
                self.restarts += 1
                self.iterator = self.source(self.rng, self.split)
        return None


def draw_split(
    split: str,
    n: int,
    seed: int,
    seen: set[str],
    others: SpecimenSource | None,
    business: SpecimenSource | None = None,
) -> list[Specimen]:
    mix = dict(MIX) if others is not None else {"applicant": 4 / 7, "client": 3 / 7}
    quota = {label: round(n * share) for label, share in mix.items()}
    quota[max(quota, key=lambda k: quota[k])] += n - sum(quota.values())
    chosen: dict[str, list[Specimen]] = {label: [] for label in quota}
    drawers = {"people": _Drawer(people.specimens, random.Random(f"{seed}:{split}:people"), split)}
    if others is not None:
        drawers["others"] = _Drawer(others, random.Random(f"{seed}:{split}:others"), split)

    def pull(drawer: _Drawer, wanted: set[str], limit: int) -> None:
        misses = 0
        while any(len(chosen[w]) < quota[w] for w in wanted) and misses < limit:
            spec = drawer.next()
            if spec is None:
                return
            label = spec.label if spec.label in chosen else "other"
            key = normalise_body(spec)
            if len(chosen[label]) >= quota[label] or key in seen:
                misses += 1
                continue
            seen.add(key)
            chosen[label].append(spec)

    pull(drawers["people"], {"applicant", "client"}, 50 * n + 1000)
    if others is not None:
        if business is not None:
            # Business mail first, up to its share: a separate seeded stream, so adding it
            # leaves the applicants and clients of a seed unchanged.
            full_quota = quota["other"]
            quota["other"] = round(full_quota * BUSINESS_SHARE_OF_OTHER)
            drawer = _Drawer(business, random.Random(f"{seed}:{split}:business"), split)
            pull(drawer, {"other"}, 20 * n + 1000)
            quota["other"] = full_quota
        pull(drawers["others"], {"other"}, 20 * n + 1000)
        short = quota["other"] - len(chosen["other"])
        if short > 0:
            print(
                f"warning: others.py gave only {len(chosen['other'])} distinct '{split}' "
                f"specimens of {quota['other']}",
                file=sys.stderr,
            )
    specimens = [s for label in quota for s in chosen[label]]
    random.Random(f"{seed}:{split}:order").shuffle(specimens)
    return specimens


def manifest_entry(
    name: str, spec: Specimen, arrival: Arrival, overrides: dict[str, Any]
) -> dict[str, Any]:
    notes = " ".join(x for x in [spec.notes, arrival.describe()] if x)
    entry = {
        "file": name,
        "label": spec.label,
        "other_kind": spec.other_kind if spec.label == "other" else None,
        "must_not_autoreply": bool(spec.must_not_autoreply),
        "applicant": spec.applicant if spec.label == "applicant" else None,
        "client": spec.client if spec.label == "client" else None,
        "language": spec.language,
        "difficulty": overrides.get("difficulty", spec.difficulty),
        "notes": notes,
    }
    return {key: entry[key] for key in MANIFEST_KEYS}


def write_split(
    out: Path, split: str, specimens: list[Specimen], seed: int, stats: Counter[str]
) -> None:
    folder = out / split
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(f"{seed}:{split}:arrival")
    lines = []
    for i, spec in enumerate(specimens):
        name = f"{split[0]}{i:05d}.eml"
        data, arrival, overrides = build_message(spec, rng)
        (folder / name).write_bytes(data)
        entry = manifest_entry(name, spec, arrival, overrides)
        lines.append(json.dumps(entry, ensure_ascii=False))
        _count(stats, split, entry, arrival)
    (folder / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _count(stats: Counter[str], split: str, entry: dict[str, Any], arrival: Arrival) -> None:
    label = entry["label"]
    stats[f"{split}|label|{label}"] += 1
    if label == "other":
        stats[f"{split}|other_kind|{entry['other_kind']}"] += 1
    stats[f"{split}|language|{entry['language']}"] += 1
    stats[f"{split}|difficulty|{entry['difficulty']}"] += 1
    stats[f"{split}|must_not_autoreply|{entry['must_not_autoreply']}"] += 1
    if label == "client":
        stats[f"{split}|need|{entry['client']['need']}"] += 1
    if label == "applicant":
        for role in entry["applicant"]["roles"]:
            stats[f"{split}|role|{role}"] += 1
        stats[f"{split}|cv|{entry['applicant']['has_cv_attachment']}"] += 1
    stats[f"{split}|arrival|{'reply' if arrival.reply else 'new'}"] += 1
    stats[f"{split}|quote|{arrival.quote}"] += 1
    stats[f"{split}|format|{arrival.fmt}"] += 1
    stats[f"{split}|charset|{arrival.charset}"] += 1
    stats[f"{split}|cte|{arrival.cte}"] += 1
    if arrival.forward:
        stats[f"{split}|forward|{arrival.forward}"] += 1
    shape = re.search(r"shape=(\S+)", entry["notes"])
    if shape:
        stats[f"{split}|shape|{label}:{shape.group(1)}"] += 1


def build(out: Path, n_train: int, n_dev: int, seed: int) -> Counter[str]:
    """Write out/train and out/dev; return counts keyed 'split|dimension|value'."""
    others = _load_others()
    business = _load_business() if others is not None else None
    seen: set[str] = set()
    stats: Counter[str] = Counter()
    train = draw_split("train", n_train, seed, seen, others, business)
    dev = draw_split("dev", n_dev, seed, seen, others, business)
    write_split(out, "train", train, seed, stats)
    write_split(out, "dev", dev, seed, stats)
    return stats


def format_stats(stats: Counter[str]) -> str:
    dims: dict[str, set[str]] = {}
    for key in stats:
        _, dim, value = key.split("|", 2)
        dims.setdefault(dim, set()).add(value)
    lines = [f"{'dimension':<20} {'value':<36} {'train':>6} {'dev':>6}"]
    for dim in dims:
        for value in sorted(dims[dim]):
            lines.append(
                f"{dim:<20} {value:<36} {stats[f'train|{dim}|{value}']:>6} "
                f"{stats[f'dev|{dim}|{value}']:>6}"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--out", type=Path, default=Path("corpus/out"))
    parser.add_argument("--train", type=int, default=6000)
    parser.add_argument("--dev", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    stats = build(args.out, args.train, args.dev, args.seed)
    if not args.quiet:
        print(format_stats(stats))
    print(
        f"wrote {args.train} train + {args.dev} dev messages to {args.out} in "
        f"{time.perf_counter() - started:.1f}s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
