"""CPU per message of field extraction (extract_applicant / extract_client) on bench mail.

    .venv/bin/python -m bench.bench_extract [--n 4000] [--repeat 5]

Classifies N benchmark messages (bench/mail.py) to find the applicants and clients, then
times only the extraction the classifier would run for each, inside a MessageMemo that
already holds the message's sender text (as classify_many's does). Prints the best of
`--repeat` passes (time.process_time), per applicant, per client and overall.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence

from bench import mail
from mailbot.classify import Classifier
from mailbot.classify.extract import extract_applicant, extract_client
from mailbot.classify.features import MessageMemo, sender_text
from mailbot.classify.model import choose_person
from mailbot.models import Address, Label, ParsedMessage
from mailbot.parse import parse_message
from mailbot.safety import machine_check

BATCH = 256


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=4000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    classifier = Classifier.load(None)
    items = []
    for data, _ in mail.messages(args.n, run="main"):
        parsed = parse_message(data)
        items.append((parsed, machine_check(parsed)))
    work: list[tuple[ParsedMessage, Address | None, Label]] = []
    for start in range(0, len(items), BATCH):
        chunk = items[start : start + BATCH]
        for (parsed, verdict), result in zip(chunk, classifier.classify_many(chunk), strict=True):
            label = result.raw_label or result.label
            if label in (Label.APPLICANT, Label.CLIENT):
                work.append((parsed, choose_person(parsed, verdict), label))
    need_from_rules = classifier.need_nlp is None

    def one_pass() -> tuple[float, float]:
        applicant_s = client_s = 0.0
        for parsed, person, label in work:
            with MessageMemo():
                sender_text(parsed)
                started = time.process_time()
                if label is Label.APPLICANT:
                    extract_applicant(parsed, person)
                    applicant_s += time.process_time() - started
                else:
                    extract_client(parsed, person, need_from_rules=need_from_rules)
                    client_s += time.process_time() - started
        return applicant_s, client_s

    passes = [one_pass() for _ in range(args.repeat)]
    applicants = sum(1 for *_, label in work if label is Label.APPLICANT)
    clients = len(work) - applicants
    best_applicant = min(p[0] for p in passes)
    best_client = min(p[1] for p in passes)
    best_all = min(sum(p) for p in passes)
    print(f"{args.n} bench messages: {applicants} applicants, {clients} clients")
    if applicants:
        print(f"extract_applicant: {best_applicant / applicants * 1e6:.1f} us/message")
    if clients:
        print(f"extract_client:    {best_client / clients * 1e6:.1f} us/message")
    if work:
        print(f"both:              {best_all / len(work) * 1e6:.1f} us/message (best of passes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
