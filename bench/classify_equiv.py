"""Equivalence check for classifier speed work: classify every corpus message and N bench
messages, and pickle the Classifications and prepare_many outputs (or compare with a dump).

    .venv/bin/python -m bench.classify_equiv dump OUT.pkl [--n 20000]
    .venv/bin/python -m bench.classify_equiv compare OLD.pkl [--n 20000]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path

from mailbot.classify import Classifier
from mailbot.classify.prepare import prepare_many
from mailbot.models import ParsedMessage, SafetyVerdict
from mailbot.parse import parse_message
from mailbot.safety import machine_check

BATCH = 256


def payloads(n: int) -> Iterator[tuple[str, bytes]]:
    for path in sorted(Path("corpus/out").rglob("*.eml")):
        yield str(path), path.read_bytes()
    for path in sorted(Path("/work/shared/corpus/wild").rglob("*")):
        if path.is_file():
            yield str(path), path.read_bytes()
    from bench import mail

    for index, (data, _) in enumerate(mail.messages(n, run="main")):
        yield f"mail:{index}", data


def results(n: int) -> dict[str, object]:
    classifier = Classifier.load()
    out: dict[str, object] = {}
    batch: list[tuple[str, bytes]] = []

    def flush() -> None:
        parsed: list[tuple[str, ParsedMessage]] = []
        for name, data in batch:
            try:
                parsed.append((name, parse_message(data)))
            except Exception as exc:
                out[name] = ("parse error", repr(exc))
        items: list[tuple[ParsedMessage, SafetyVerdict]] = [
            (p, machine_check(p)) for _, p in parsed
        ]
        plain = classifier.classify_many(items)
        prepared = prepare_many([p for _, p in parsed], ())
        given = classifier.classify_many(items, inputs=[prep.model_input for prep in prepared])
        for (name, _), a, b, prep in zip(parsed, plain, given, prepared, strict=True):
            out[name] = (a, b, prep)
        batch.clear()

    for name, data in payloads(n):
        batch.append((name, data))
        if len(batch) == BATCH:
            flush()
    if batch:
        flush()
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["dump", "compare"])
    parser.add_argument("file", type=Path)
    parser.add_argument("--n", type=int, default=20_000)
    args = parser.parse_args()
    now = results(args.n)
    if args.mode == "dump":
        args.file.write_bytes(pickle.dumps(now))
        print(f"{len(now)} messages dumped")
        return 0
    old = pickle.loads(args.file.read_bytes())
    bad = [name for name in old.keys() | now.keys() if old.get(name) != now.get(name)]
    print(f"{len(now)} messages, {len(bad)} differ")
    for name in sorted(bad)[:20]:
        print(name, old.get(name), now.get(name), sep="\n  ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
