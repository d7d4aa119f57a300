"""Realistic benchmark mail: the corpus builder's messages, made unique, 10% with a big PDF.

Building a corpus message costs ~5 ms (reportlab and python-docx make real CVs), so a pool
of distinct messages is built once and cached on disk; the N benchmark messages cycle
through the pool, each with its own Message-ID and sender address (so neither the digest
check nor the one-reply-per-sender window treats them as repeats).

The mix is the corpus's: applicants and clients in five languages (replies quoting the
newsletter, forwards, HTML, legacy charsets, small CVs), and "other" mail: bounces,
auto-replies, mailing lists, vendor pitches, feedback, spam. On top, 10% carry a 100-300 KB
PDF (a CV for applicants, a brief or an invoice for the rest): one page of text plus an
incompressible image, which is what makes real CVs that size.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from pathlib import Path

POOL_VERSION = 4
BIG_PDF_SHARE = 0.10
_HEADER_END = re.compile(rb"\r?\n\r?\n")
_LINKEDIN = re.compile(rb"linkedin\.com/in/[A-Za-z0-9_%-]+", re.IGNORECASE)
_MESSAGE_ID = re.compile(
    rb"^Message-ID:[^\r\n]*(\r?\n[ \t][^\r\n]*)*", re.IGNORECASE | re.MULTILINE
)


@dataclass(frozen=True)
class PoolMessage:
    data: bytes
    label: str  # applicant | client | other
    kind: str  # other_kind, or the label
    sender: str  # the address to make unique per copy ("" when none)
    big_pdf: bool


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "mailbot-bench"


def big_pdf(text: str, size: int, seed: int) -> bytes:
    """A one-page PDF: `text` as text, padded to about `size` bytes with a noise image."""
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    rng = random.Random(seed)
    side = max(16, int((size / 3) ** 0.5))
    noise = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4, invariant=1)
    _, height = A4
    y = height - 60
    for line in text.splitlines()[:40]:
        pdf.setFont("Helvetica", 10)
        pdf.drawString(50, y, line.encode("cp1252", "replace").decode("cp1252")[:100])
        y -= 14
    pdf.drawImage(ImageReader(noise), 350, 60, width=180, height=180)
    pdf.save()
    return buf.getvalue()


def _pdf_name(label: str, rng: random.Random, sender_name: str) -> str:
    if label == "applicant":
        name = "_".join(sender_name.split()) or "candidate"
        return rng.choice([f"CV_{name}.pdf", f"{name}_Resume.pdf", "curriculum.pdf"])
    if label == "client":
        return rng.choice(["Project_brief.pdf", "pitch-deck.pdf", "requirements.pdf"])
    return rng.choice(["Invoice_2025-03.pdf", "whitepaper.pdf", "catalogue.pdf"])


def _with_attachment(data: bytes, pdf: bytes, filename: str) -> bytes:
    msg = BytesParser(policy=policy.default).parsebytes(data)
    try:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    except (TypeError, ValueError):  # a non-multipart/mixed shape that refuses it: skip
        return data
    return msg.as_bytes(policy=policy.SMTP)


def build_pool(size: int, seed: int) -> list[PoolMessage]:
    from corpus import build
    from corpus.specimens import others, people

    rng = random.Random(f"bench:{seed}")
    people_stream = people.specimens(random.Random(f"bench:{seed}:people"), "dev")
    other_stream = others.specimens(random.Random(f"bench:{seed}:others"), "dev")
    pdf_rng = random.Random(f"bench:{seed}:pdf")
    pool: list[PoolMessage] = []
    for index in range(size):
        # the corpus mix: 40% applicants, 30% clients, 30% other
        spec = next(people_stream) if rng.random() < 0.7 else next(other_stream)
        data, _arrival, _ = build.build_message(spec, rng)
        big = spec.raw is None and (index * 7919) % 100 < BIG_PDF_SHARE * 100
        if big:
            size_bytes = pdf_rng.randint(100_000, 300_000)
            text = spec.body if spec.label != "other" else spec.subject
            pdf = big_pdf(f"{spec.sender_name}\n{text}", size_bytes, pdf_rng.randrange(1 << 30))
            data = _with_attachment(data, pdf, _pdf_name(spec.label, pdf_rng, spec.sender_name))
        pool.append(
            PoolMessage(
                data=data,
                label=spec.label,
                kind=spec.other_kind or spec.label,
                sender=spec.sender_email if spec.relay_from is None else "",
                big_pdf=big,
            )
        )
    return pool


def load_pool(size: int, seed: int) -> list[PoolMessage]:
    """The pool from the cache, or built (and cached) now."""
    path = cache_dir() / f"pool-v{POOL_VERSION}-{size}-{seed}.pickle"
    if path.exists():
        with open(path, "rb") as handle:
            pool: list[PoolMessage] = pickle.load(handle)
        return pool
    pool = build_pool(size, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as handle:
        pickle.dump(pool, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
    return pool


def unique_copy(base: PoolMessage, number: int, run: str) -> bytes:
    """`base` with its own Message-ID and sender address (wherever it is written plainly)."""
    found = _HEADER_END.search(base.data)
    cut = found.start() if found else len(base.data)
    head, body = base.data[:cut], base.data[cut:]
    message_id = f"Message-ID: <bench.{run}.{number}@mail.bench.example>".encode()
    head, replaced = _MESSAGE_ID.subn(lambda _: message_id, head, count=1)
    if not replaced:
        head = message_id + b"\r\n" + head
    # the pool repeats people: a new LinkedIn slug too, or the copy is a known applicant
    data = _LINKEDIN.sub(lambda m: m.group(0) + b"-%d" % number, head + body)
    if base.sender and "@" in base.sender:
        local, domain = base.sender.encode().rsplit(b"@", 1)
        data = data.replace(base.sender.encode(), local + b".%d@" % number + domain)
    return data


def messages(n: int, seed: int = 7, run: str = "") -> Iterator[tuple[bytes, PoolMessage]]:
    """N unique messages cycling through a pool of min(N, 2000) distinct ones."""
    pool = load_pool(min(n, 2000), seed)
    tag = run or hashlib.sha1(f"{n}:{seed}".encode()).hexdigest()[:8]
    for number in range(n):
        base = pool[number % len(pool)]
        yield unique_copy(base, number, tag), base
