"""parse_message() CPU per message by kind of bench message, against other parse.py files.

    .venv/bin/python -m bench.parse_groups [pdf|big|other|all] [OLD.py ...]

`pdf`: the messages with a PDF attachment (small invoices and 100-300 KB ones), `big`: the
100 KB+ ones, `other`: the rest. Each variant parses the group in turn, seven times; the
best and the median turn are shown (the machine is shared: compare the best).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.parse_speed import _load_module, _newsletter, bench_messages


def main(argv: list[str]) -> int:
    from mailbot import parse

    kind = argv[0] if argv else "pdf"
    variants: dict[str, Callable[..., Any]] = {"current": parse.parse_message}
    for path in argv[1:]:
        variants[path] = _load_module(Path(path)).parse_message
    datas = [data for _, data in bench_messages(3000)]
    groups = {
        "pdf": [d for d in datas if b"application/pdf" in d],
        "big": [d for d in datas if len(d) > 100_000],
        "other": [d for d in datas if b"application/pdf" not in d],
        "all": datas,
    }
    group = groups[kind]
    known = _newsletter()
    for parse_message in variants.values():
        for data in group[:30]:  # imports and caches
            parse_message(data, known_texts=known)
    turns: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(7):
        for name, parse_message in variants.items():
            started = time.process_time()
            for data in group:
                parse_message(data, known_texts=known)
            turns[name].append((time.process_time() - started) / len(group) * 1000)
    for name, times in turns.items():
        ordered = sorted(times)
        print(
            f"{name}: {len(group)} {kind} messages, best {ordered[0]:.3f} ms/msg CPU, "
            f"median {ordered[len(ordered) // 2]:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
