"""Throughput and memory of parse + machine check + classify + extract.

    .venv/bin/python -m bench.bench_classify [DEV_DIR] [--model DIR] [--n 10000] [--mail]

Runs over the dev corpus once, then over N messages (the dev messages reused cyclically, or
with --mail the benchmark's realistic mail, bench/mail.py), in batches of 256 through
`Classifier.classify_many`. Prints a table with messages per
CPU-second per stage (time.process_time: other processes on a shared machine do not count
against us), the overall wall-clock rate, and the peak RSS (resource.getrusage).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from mailbot.classify import Classifier
from mailbot.classify.train import read_manifest
from mailbot.models import ParsedMessage, SafetyVerdict
from mailbot.parse import parse_message
from mailbot.safety import machine_check

BATCH = 256


def peak_rss_mb() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage / 1024 if sys.platform != "darwin" else usage / (1024 * 1024)


def run(classifier: Classifier, payloads: Sequence[bytes]) -> dict[str, float]:
    parse_s = check_s = classify_s = 0.0
    wall_started = time.perf_counter()
    for start in range(0, len(payloads), BATCH):
        chunk = payloads[start : start + BATCH]
        t0 = time.process_time()
        parsed = [parse_message(data) for data in chunk]
        t1 = time.process_time()
        items: list[tuple[ParsedMessage, SafetyVerdict]] = [(p, machine_check(p)) for p in parsed]
        t2 = time.process_time()
        classifier.classify_many(items)
        t3 = time.process_time()
        parse_s += t1 - t0
        check_s += t2 - t1
        classify_s += t3 - t2
    n = len(payloads)
    wall = time.perf_counter() - wall_started
    total = parse_s + check_s + classify_s
    return {
        "n": n,
        "parse_per_s": n / parse_s if parse_s else 0.0,
        "classify_per_s": n / classify_s if classify_s else 0.0,
        "total_per_s": n / total if total else 0.0,
        "wall_per_s": n / wall if wall else 0.0,
        "seconds": total,
        "peak_rss_mb": peak_rss_mb(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dev_dir", nargs="?", default="corpus/out/dev", type=Path)
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument(
        "--mail", action="store_true", help="N messages of bench mail instead of cyclic dev"
    )
    args = parser.parse_args(argv)

    started = time.perf_counter()
    classifier = Classifier.load(args.model)
    load_s = time.perf_counter() - started
    rows = read_manifest(args.dev_dir)
    payloads = [(args.dev_dir / row["file"]).read_bytes() for row in rows]
    if not payloads:
        print("empty corpus", file=sys.stderr)
        return 1
    if args.mail:
        from bench import mail

        many = [data for data, _ in mail.messages(args.n, run="main")]
        name = f"{args.n} mail"
    else:
        many = [payloads[i % len(payloads)] for i in range(args.n)]
        name = f"{args.n} cyclic"

    results = {"dev": run(classifier, payloads), name: run(classifier, many)}
    print(f"model load: {load_s:.2f} s (rates per CPU-second; wall/s is end to end)")
    for name, r in results.items():
        if r["classify_per_s"]:
            print(f"{name}: classify_many {1000 / r['classify_per_s']:.3f} ms/msg (CPU)")
    header = (
        f"{'run':<14}{'n':>7}{'parse/s':>10}{'classify/s':>12}{'total/s':>10}{'wall/s':>9}"
        f"{'peak RSS':>11}"
    )
    print(header)
    print("-" * len(header))
    for name, r in results.items():
        print(
            f"{name:<14}{r['n']:>7.0f}{r['parse_per_s']:>10.0f}{r['classify_per_s']:>12.0f}"
            f"{r['total_per_s']:>10.0f}{r['wall_per_s']:>9.0f}{r['peak_rss_mb']:>8.0f} MB"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
