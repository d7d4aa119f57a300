"""parse_message(): speed on bench mail, and the same results before and after a change.

    .venv/bin/python -m bench.parse_speed time [--n 3000] [--repeat 2] [--against OLD.py]
    .venv/bin/python -m bench.parse_speed dump FILE [--bench 3000] [--parse OTHER.py]
    .venv/bin/python -m bench.parse_speed compare OLD NEW

`dump` parses every corpus message (corpus/out train, dev and handwritten, the wild corpus
in ../shared/corpus/wild) and the first N bench messages and pickles the ParsedMessage of
each by name; `compare` lists, field by field, where two dumps differ. The bench messages
are parsed with and without the newsletter as a known text, as the pipeline does.
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
WILD = REPO.parent / "shared" / "corpus" / "wild"


def corpus_messages() -> Iterator[tuple[str, bytes]]:
    for split in ("train", "dev", "handwritten"):
        for path in sorted((REPO / "corpus" / "out" / split).glob("*.eml")):
            yield f"{split}/{path.name}", path.read_bytes()
    for path in sorted(p for p in WILD.rglob("*") if p.is_file() and p.suffix != ".md"):
        yield f"wild/{path.relative_to(WILD)}", path.read_bytes()


def bench_messages(n: int) -> Iterator[tuple[str, bytes]]:
    from bench import mail

    for number, (data, _base) in enumerate(mail.messages(n, run="main")):
        yield f"bench/{number}", data


def _newsletter() -> tuple[str, ...]:
    from corpus.build import NEWSLETTER_BODY

    return (NEWSLETTER_BODY,)


def dump(out: Path, n_bench: int, module: Path | None) -> None:
    from mailbot import parse

    parse_message = _load_module(module).parse_message if module else parse.parse_message
    results: dict[str, Any] = {}
    known = _newsletter()
    started = time.perf_counter()
    for name, data in [*corpus_messages(), *bench_messages(n_bench)]:
        results[name] = parse_message(data)
        if known and name.startswith(("bench/", "train/", "dev/")):
            results[name + "#known"] = parse_message(data, known_texts=known)
    elapsed = time.perf_counter() - started
    with open(out, "wb") as handle:
        pickle.dump(results, handle, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(results)} results in {elapsed:.1f} s -> {out} (known texts: {len(known)})")


def _diff_fields(old: Any, new: Any, prefix: str, found: list[tuple[str, Any, Any]]) -> None:
    if type(old) is not type(new) or not hasattr(old, "__dataclass_fields__"):
        if old != new:
            found.append((prefix, old, new))
        return
    for spec in fields(old):
        a, b = getattr(old, spec.name), getattr(new, spec.name)
        if spec.name == "attachments" and len(a) == len(b):
            for index, (x, y) in enumerate(zip(a, b, strict=True)):
                _diff_fields(x, y, f"attachments[{index}]", found)
        elif a != b:
            found.append((f"{prefix}.{spec.name}" if prefix else spec.name, a, b))


def compare(old_path: Path, new_path: Path, show: int) -> int:
    with open(old_path, "rb") as handle:
        old = pickle.load(handle)
    with open(new_path, "rb") as handle:
        new = pickle.load(handle)
    by_field: Counter[str] = Counter()
    examples: dict[str, list[tuple[str, Any, Any]]] = {}
    for name in sorted(set(old) | set(new)):
        if name not in old or name not in new:
            by_field["<missing>"] += 1
            continue
        found: list[tuple[str, Any, Any]] = []
        _diff_fields(old[name], new[name], "", found)
        for where, a, b in found:
            key = where.split("[")[0] + (where.split("]")[1] if "]" in where else "")
            by_field[key] += 1
            examples.setdefault(key, []).append((f"{name} {where}", a, b))
    print(f"{len(old)} old, {len(new)} new results")
    if not by_field:
        print("identical")
        return 0
    for key, count in by_field.most_common():
        print(f"{key}: {count} differ")
        for where, a, b in examples.get(key, [])[:show]:
            print(f"  {where}\n    old: {str(a)[:300]!r}\n    new: {str(b)[:300]!r}")
    return 1


def _load_module(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(f"parse_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def time_parse(n: int, repeat: int, against: Path | None) -> None:
    """CPU and wall time per message; with `against` (another parse.py), both in turns of 100
    messages, so that a busy machine slows both alike."""
    from mailbot import parse

    variants = {"current": parse.parse_message}
    if against is not None:
        variants[str(against)] = _load_module(against).parse_message
    datas = [data for _, data in bench_messages(n)]
    known = _newsletter()
    for parse_message in variants.values():
        for data in datas[:50]:  # imports and caches
            parse_message(data, known_texts=known)
    for _ in range(repeat):
        cpu = dict.fromkeys(variants, 0.0)
        wall = dict.fromkeys(variants, 0.0)
        for start in range(0, n, 100):
            for name, parse_message in variants.items():
                wall_start, cpu_start = time.perf_counter(), time.process_time()
                for data in datas[start : start + 100]:
                    parse_message(data, known_texts=known)
                wall[name] += time.perf_counter() - wall_start
                cpu[name] += time.process_time() - cpu_start
        for name in variants:
            print(
                f"{name}: {n} bench messages, {cpu[name] / n * 1000:.3f} ms/msg CPU, "
                f"{wall[name] / n * 1000:.3f} ms/msg wall"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.parse_speed")
    sub = parser.add_subparsers(dest="command", required=True)
    timing = sub.add_parser("time")
    timing.add_argument("--n", type=int, default=3000)
    timing.add_argument("--repeat", type=int, default=2)
    timing.add_argument("--against", type=Path, help="another parse.py to time alongside")
    dumping = sub.add_parser("dump")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--bench", type=int, default=3000)
    dumping.add_argument("--parse", type=Path, help="another parse.py to dump the results of")
    comparing = sub.add_parser("compare")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("--show", type=int, default=3)
    args = parser.parse_args(argv)
    if args.command == "time":
        time_parse(args.n, args.repeat, args.against)
    elif args.command == "dump":
        dump(args.out, args.bench, args.parse)
    else:
        return compare(args.old, args.new, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
