"""Cost of rendering drafts, and the same drafts from the old EmailMessage builder.

    .venv/bin/python bench/bench_render.py [--n 3000] [--corpus] [--repeat 3]

The real pipeline (shipped model, templates, rules.yaml; no state, no server) runs over N
benchmark messages (bench/mail.py) and, with --corpus, every corpus and wild message; each
`render_draft` call it makes is recorded. The recorded calls are then replayed through
mailbot.render.render_draft and through tests/render_reference.py (the builder before the
bytes were written by hand), alternately, and the milliseconds per draft are printed. Every
pair of drafts must decode to the same headers and body (`decoded_view`), or the differences
are listed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from hostile import pure_pipeline, wild_corpus  # noqa: E402
from render_reference import decoded_view, reference_render_draft  # noqa: E402

import mailbot.pipeline  # noqa: E402
from bench import mail  # noqa: E402
from mailbot.models import Draft, RawMessage  # noqa: E402
from mailbot.pipeline import _to_member  # noqa: E402
from mailbot.render import render_draft  # noqa: E402

BATCH = 256


def corpus_payloads() -> list[bytes]:
    roots = [REPO / "corpus" / "out", REPO / "corpus" / "handwritten"]
    files = sorted(p for root in roots for p in root.rglob("*.eml"))
    return [p.read_bytes() for p in [*files, *wild_corpus()]]


def record_calls(payloads: Sequence[bytes]) -> list[dict[str, Any]]:
    """The keyword arguments of every render_draft call the pipeline makes for `payloads`."""
    pipeline, state = pure_pipeline()
    calls: list[dict[str, Any]] = []

    def recording(**kwargs: Any) -> Draft:
        calls.append(kwargs)
        return render_draft(**kwargs)

    mailbot.pipeline.render_draft = recording  # type: ignore[assignment]
    try:
        for start in range(0, len(payloads), BATCH):
            raws = [
                RawMessage("INBOX", start + i + 1, 1, data, size=len(data))
                for i, data in enumerate(payloads[start : start + BATCH])
            ]
            for analysis in pipeline.analyse(raws):
                pipeline.finish(analysis, state)
    finally:
        mailbot.pipeline.render_draft = render_draft
    return calls


def timed(render: Callable[..., Draft], calls: Sequence[dict[str, Any]]) -> float:
    started = time.perf_counter()
    for kwargs in calls:
        render(**kwargs)
    return time.perf_counter() - started


def view_differences(old: bytes, new: bytes) -> list[str]:
    """How the two drafts read differently, but for the one known flaw of the old builder
    on real mail: a value too long for the first line was folded right after the colon, so
    it reads back with a leading space (`Subject:\\r\\n Re: ...`)."""
    old_view, new_view = decoded_view(old), decoded_view(new)
    found = []
    for key in old_view.keys() | new_view.keys():
        before, after = old_view.get(key), new_view.get(key)
        if before == after:
            continue
        if isinstance(before, str) and before == " " + str(after):
            LEADING_SPACE[key] = LEADING_SPACE.get(key, 0) + 1
            continue
        found.append(f"{key}: old {before!r} new {after!r}")
    return found


LEADING_SPACE: dict[str, int] = {}


def differences(calls: Sequence[dict[str, Any]]) -> list[str]:
    found = []
    for number, kwargs in enumerate(calls):
        new, old = render_draft(**kwargs), reference_render_draft(**kwargs)
        if (new.message_id, new.subject, new.references, new.body_text) != (
            old.message_id,
            old.subject,
            old.references,
            old.body_text,
        ):
            found.append(f"call {number}: Draft fields differ")
        found += [f"call {number} {d}" for d in view_differences(old.raw, new.raw)]
        if max(len(line) for line in new.raw.split(b"\r\n")) > 998:
            found.append(f"call {number}: a line over 998 bytes")
        # a note to a member is the draft re-serialised by the email package
        again = view_differences(_to_member(old).raw, _to_member(new).raw)
        found += [f"call {number} after _to_member {d}" for d in again]
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--corpus", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    payloads = [data for data, _ in mail.messages(args.n, run="render")]
    if args.corpus:
        payloads += corpus_payloads()
    calls = record_calls(payloads)
    print(f"{len(payloads)} messages, {len(calls)} drafts")
    new_s, old_s = [], []
    for _ in range(args.repeat):
        old_s.append(timed(reference_render_draft, calls))
        new_s.append(timed(render_draft, calls))
    per = 1000 / max(len(calls), 1)
    print(f"EmailMessage (reference): {min(old_s) * per:.3f} ms/draft (best of {args.repeat})")
    print(f"render_draft:             {min(new_s) * per:.3f} ms/draft (best of {args.repeat})")
    found = differences(calls)
    for line in found[:50]:
        print(line)
    print(f"{len(found)} differences in {len(calls)} drafts")
    print(f"values the old builder read back with a leading space: {LEADING_SPACE}")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
