"""The `mailbot` command. Exit codes: 0 ok, 1 runtime failure (server down, lock held),
2 configuration error (`file:line: key: what is wrong`, never a traceback)."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .errors import ConfigError, LockedError, MailbotError, TransientError

if TYPE_CHECKING:
    # Imported where used: the read-ahead worker is spawned with this module as its main,
    # and config loads pydantic and yaml (13 MB, 0.1 s) that the worker never uses.
    from .config import LoadedConfig

EXIT_OK, EXIT_FAIL, EXIT_CONFIG = 0, 1, 2


def utc_now() -> datetime:
    return datetime.now(UTC)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mailbot", description="Runs a fractional CTO's newsletter inbox."
    )
    parser.add_argument(
        "--config", help="path to rules.yaml (default: $MAILBOT_CONFIG or ./rules.yaml)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log every message")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="validate config, templates and the inline rule tests")
    sub.add_parser("once", help="one poll cycle, then exit")
    sub.add_parser("run", help="the daemon: poll now, then IDLE/poll on a schedule")
    explain = sub.add_parser("explain", help="offline dry run of one .eml: label, trail, drafts")
    explain.add_argument("file", type=Path)
    status = sub.add_parser("status", help="last poll, counts, queue and failures")
    status.add_argument("--json", action="store_true")
    evaluate = sub.add_parser("eval", help="classification metrics over a labelled corpus")
    evaluate.add_argument("dir", type=Path)
    evaluate.add_argument("--json", action="store_true")
    evaluate.add_argument("--model", type=Path, help="model directory (default: the shipped one)")
    train = sub.add_parser("train", help="rebuild the classifier from the corpus (seeded)")
    train.add_argument(
        "--corpus",
        type=Path,
        action="append",
        help="training corpus dir(s) (default: build corpus/out/train)",
    )
    train.add_argument("--out", type=Path, help="model output dir (default: the shipped one)")
    train.add_argument("--seed", type=int, default=7)
    train.add_argument(
        "--no-corrections", action="store_true", help="ignore the owner's recorded relabels"
    )
    review = sub.add_parser("review", help="the review queue of drafts")
    rsub = review.add_subparsers(dest="review_command", required=True)
    rlist = rsub.add_parser("list", help="id, status, to, subject, in_reply_to, rule, age")
    rlist.add_argument("--json", action="store_true")
    rlist.add_argument("--all", action="store_true", help="include sent, rejected, discarded")
    rshow = rsub.add_parser("show", help="the full draft and why it was made")
    rshow.add_argument("id")
    rapprove = rsub.add_parser("approve", help="approve drafts for sending")
    rapprove.add_argument("ids", nargs="*")
    rapprove.add_argument("--all", action="store_true", help="every draft waiting for review")
    redit = rsub.add_parser("edit", help="edit a draft in $EDITOR; the edit is what is sent")
    redit.add_argument("id")
    rreject = rsub.add_parser("reject", help="reject drafts (removed from Drafts)")
    rreject.add_argument("ids", nargs="+")
    rsub.add_parser("send", help="send what is approved, now")
    rrelabel = rsub.add_parser("relabel", help="correct how a draft's source message was read")
    rrelabel.add_argument("id")
    rrelabel.add_argument("label", choices=("applicant", "client", "other"))
    rrelabel.add_argument("kind", nargs="?")
    relabel = sub.add_parser("relabel", help="record the owner's correction of a message's label")
    relabel.add_argument("message_id")
    relabel.add_argument("label", choices=("applicant", "client", "other"))
    relabel.add_argument("kind", nargs="?", help="for other: auto_reply, bounce, ... spam")
    digest = sub.add_parser("digest", help="print the daily digest (--send: mail it, once a day)")
    digest.add_argument("--send", action="store_true", help="send it to the owner now")
    network = sub.add_parser("network", help="the owner's network and the applicant pool")
    nsub = network.add_subparsers(dest="network_command", required=True)
    nlist = nsub.add_parser("list", help="network members (and with --pool, every applicant)")
    nlist.add_argument("--pool", action="store_true")
    nlist.add_argument("--skill")
    nlist.add_argument("--role")
    nlist.add_argument("--json", action="store_true")
    nshow = nsub.add_parser("show", help="one person")
    nshow.add_argument("email")
    nadd = nsub.add_parser("add", help="add a member by hand")
    nadd.add_argument("email")
    nadd.add_argument("--name", default="")
    nadd.add_argument("--roles", default="")
    nadd.add_argument("--skills", default="")
    nadd.add_argument("--industries", default="")
    nadd.add_argument("--timezone", default="")
    nadd.add_argument("--capacity", type=int, default=1)
    npromote = nsub.add_parser("promote", help="promote applicants from the pool to the network")
    npromote.add_argument("emails", nargs="+")
    nremove = nsub.add_parser("remove", help="take people out of the network (kept in the pool)")
    nremove.add_argument("emails", nargs="+")
    nforget = nsub.add_parser("forget", help="erase a person: record, CV and extracted data")
    nforget.add_argument("email")
    nmatch = nsub.add_parser("match", help="rank network members for a client message (offline)")
    nmatch.add_argument("file", type=Path)
    engagements = sub.add_parser("engagements", help="the owner's active engagements")
    esub = engagements.add_subparsers(dest="engagements_command", required=True)
    esub.add_parser("list")
    eadd = esub.add_parser("add", help="start an engagement")
    eadd.add_argument("name")
    eadd.add_argument("--client", default="")
    eend = esub.add_parser("end", help="end an engagement")
    eend.add_argument("id")
    intros = sub.add_parser("intros", help="double opt-in warm intros")
    isub = intros.add_subparsers(dest="intros_command", required=True)
    ilist = isub.add_parser("list")
    ilist.add_argument("--json", action="store_true")
    ishow = isub.add_parser("show")
    ishow.add_argument("id")
    web = sub.add_parser("web", help="the local dashboard (a token when not on 127.0.0.1)")
    web.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    web.add_argument("--port", type=int, default=8025, help="port (default 8025; 0: any free one)")
    demo = sub.add_parser("demo", help="the whole loop against local servers it starts itself")
    demo.add_argument("--keep", action="store_true", help="keep the demo's temp dir")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return run_command(build_parser().parse_args(argv))


# Commands whose process ends with them and leaves nothing behind to tear down: the worker
# is joined, the store closed and the servers answered before they return.
QUICK_EXIT_COMMANDS = frozenset({"once"})


def entry(argv: Sequence[str] | None = None) -> NoReturn:
    """The `mailbot` program: main(), then for `once` an exit without the interpreter's
    teardown, which frees the model, the vocabulary and every record object by object
    (~0.3 s after a backlog, a tenth of a 1k poll) for a process that is ending anyway.
    Logging and the standard streams are flushed first; atexit handlers do not run."""
    args = build_parser().parse_args(argv)
    code = run_command(args)
    if args.command not in QUICK_EXIT_COMMANDS:
        raise SystemExit(code)
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def run_command(args: argparse.Namespace) -> int:
    logging.basicConfig(
        level=logging.INFO if args.verbose or args.command == "run" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    handler = COMMANDS[args.command]
    if args.command in {"once", "run", "demo"}:
        from .gc_tuning import collect_less_often

        collect_less_often()
    try:
        return handler(args)
    except ConfigError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except LockedError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except TransientError as exc:
        print(f"mailbot: temporary failure, try again later: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except MailbotError as exc:
        print(f"mailbot: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return 130


def _config(args: argparse.Namespace) -> LoadedConfig:
    from .config import config_path_from_env, load_config

    return load_config(config_path_from_env(args.config, os.environ))


def _templates(config: LoadedConfig) -> Any:
    from .render import TemplateLibrary

    return TemplateLibrary(config.templates_dir)


def _classifier(config: LoadedConfig, model: Path | None = None) -> Any:
    from .classify import Classifier

    path = model or (
        config.resolve(config.settings.classifier.model_path)
        if config.settings.classifier.model_path
        else None
    )
    return Classifier.load(path)


class ModelLoadingAhead:
    """The classifier, loaded in a thread while `once` opens the state, connects and reads
    the first batches (loading is about a second of its start); the first use waits.

    A model that fails to load raises ConfigError at that first use: the pipeline lets a
    ConfigError through, so the poll stops instead of quarantining every message.
    """

    def __init__(self, load: Callable[[], Any]) -> None:
        self._loaded: Any = None
        self._error: Exception | None = None
        self._thread = threading.Thread(
            target=self._load, args=(load,), name="mailbot-model", daemon=True
        )
        self._thread.start()

    def _load(self, load: Callable[[], Any]) -> None:
        try:
            self._loaded = load()
        except Exception as exc:
            self._error = exc

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        self._thread.join()
        if self._error is not None:
            raise ConfigError(f"the classifier could not be loaded: {self._error}") from None
        return getattr(self._loaded, name)


def cmd_check(args: argparse.Namespace) -> int:
    config = _config(args)
    templates = _templates(config)
    check_templates(config, templates)
    print(
        f"{config.path}: ok: {len(config.settings.rules)} rules, {len(templates.names())} templates"
    )
    if not config.settings.tests:
        return EXIT_OK
    results = run_rule_tests(config, _pipeline(config))
    for result in results:
        print(f"  {'PASS' if result.passed else 'FAIL'}  {result.name}: {result.got}")
    failed = [r for r in results if not r.passed]
    print(f"tests: {len(results) - len(failed)} passed, {len(failed)} failed")
    if failed:
        raise ConfigError(rule_test_failures(config, failed))
    return EXIT_OK


# Templates the pipeline renders by itself for these actions, besides the rule's own.
ACTION_TEMPLATES = {
    "team": ("member_team_note",),
    "intro": ("intro_ask", "intro_email", "intro_nudge"),
}


def yaml_line(path: Path, keys: Sequence[str | int]) -> int | None:
    """The line of `keys` (e.g. ("rules", 2, "template")) in the YAML file, or its parent's."""
    import yaml

    try:
        node: Any = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    line = node.start_mark.line + 1 if node is not None else None
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            found = next((pair for pair in node.value if pair[0].value == key), None)
            if found is None:
                break
            line = found[0].start_mark.line + 1
            node = found[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int):
            if key >= len(node.value):
                break
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _where(config: LoadedConfig, keys: Sequence[str | int]) -> str:
    line = yaml_line(config.path, keys)
    return f"{config.path}:{line}" if line else str(config.path)


def check_templates(config: LoadedConfig, templates: Any) -> None:
    """Every template a rule names (and those its action renders) exists and compiles."""
    for index, rule in enumerate(config.settings.rules):
        needed = [("template", rule.template)] if rule.template else []
        needed += [("action", name) for name in ACTION_TEMPLATES.get(rule.action, ())]
        for key, name in needed:
            try:
                templates.check(name)
            except ConfigError as exc:
                raise ConfigError(
                    f"{exc.location + ': ' if exc.location else ''}{exc.detail}",
                    location=_where(config, ("rules", index, key)),
                    key=f"rules.{index}.{key}",
                ) from None


@dataclass(frozen=True)
class RuleTestResult:
    index: int
    name: str
    passed: bool
    expected: str
    got: str


def rule_test_message(config: LoadedConfig, test: Any) -> bytes:
    """The test's .eml (relative to rules.yaml), or its inline text as a plain message."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    if test.eml is not None:
        path = config.resolve(test.eml)
        try:
            return path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    msg = EmailMessage()
    msg["From"] = test.sender
    msg["To"] = config.settings.owner.email
    msg["Subject"] = test.subject or "(no subject)"
    msg["Date"] = format_datetime(utc_now())
    slug = "".join(ch if ch.isalnum() else "-" for ch in test.name.lower())[:60]
    msg["Message-ID"] = f"<rule-test.{slug}@mailbot.invalid>"
    msg.set_content(test.text)
    return msg.as_bytes()


def run_rule_tests(config: LoadedConfig, pipeline: Any) -> list[RuleTestResult]:
    """Each `tests:` sample through the real pipeline, with no state: no known threads, no
    engagements (bandwidth free), the network as listed in rules.yaml. Touches nothing."""
    from .models import RawMessage

    results: list[RuleTestResult] = []
    for index, test in enumerate(config.settings.tests):
        expected = f"{test.expect_rule or '*'} -> {test.expect_action or '*'}"
        try:
            data = rule_test_message(config, test)
        except ConfigError as exc:
            results.append(RuleTestResult(index, test.name, False, expected, exc.detail))
            continue
        raw = RawMessage("(test)", 0, 0, data, size=len(data), internaldate=utc_now())
        outcome = pipeline.finish(pipeline.analyse([raw])[0], _EmptyState(config))
        decision = outcome.decision
        got = f"{decision.rule} -> {decision.action}"
        if outcome.error:
            got += f" (error: {outcome.error})"
        passed = (
            not outcome.error
            and test.expect_rule in (None, decision.rule)
            and test.expect_action in (None, decision.action)
        )
        results.append(RuleTestResult(index, test.name, passed, expected, got))
    return results


def rule_test_failures(config: LoadedConfig, failed: Sequence[RuleTestResult]) -> str:
    return "\n".join(
        f"{_where(config, ('tests', r.index))}: tests.{r.index}: {r.name}: "
        f"expected {r.expected}, got {r.got}"
        for r in failed
    )


def config_reloader(
    cli_path: str | None, classifier: Any
) -> Callable[[], tuple[LoadedConfig, Any]]:
    """What `run` calls when rules.yaml changes: the new config and a pipeline for it (the
    classifier is kept), or ConfigError, and the daemon keeps the old rules."""

    def reload() -> tuple[LoadedConfig, Any]:
        from .config import config_path_from_env, load_config

        fresh = load_config(config_path_from_env(cli_path, os.environ))
        return fresh, validated_pipeline(fresh, classifier=classifier)

    return reload


def validated_pipeline(config: LoadedConfig, classifier: Any = None) -> Any:
    """A pipeline for `config` once its templates exist and its rule tests pass; else
    ConfigError (`run` keeps the previous rules when an edit fails this)."""
    pipeline = _pipeline(config, classifier=classifier)
    check_templates(config, pipeline.templates)
    failed = [r for r in run_rule_tests(config, pipeline) if not r.passed]
    if failed:
        raise ConfigError(rule_test_failures(config, failed))
    return pipeline


def _pipeline(config: LoadedConfig, classifier: Any = None) -> Any:
    from .pipeline import Pipeline

    if classifier is not None:
        return Pipeline(
            config=config, templates=_templates(config), classifier=classifier, clock=utc_now
        )
    return Pipeline(
        config=config, templates=_templates(config), classifier=_classifier(config), clock=utc_now
    )


def cmd_once(args: argparse.Namespace) -> int:
    from .daemon import Poller, build_outbox, default_imap_factory
    from .store import Store

    config = _config(args)
    pipeline = _pipeline(config, classifier=ModelLoadingAhead(lambda: _classifier(config)))
    check_templates(config, pipeline.templates)
    factory = default_imap_factory(config)
    with Store(config.state_dir, clock=utc_now) as store:
        outbox = build_outbox(config, store, factory, utc_now)
        poller = Poller(config, store, pipeline, factory, utc_now, outbox)
        summary = poller.poll()
    print(summary.line())
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    from .daemon import Daemon, Poller, build_outbox, default_imap_factory
    from .store import Store

    config = _config(args)
    pipeline = validated_pipeline(config)
    factory = default_imap_factory(config)
    schedule = config.settings.schedule
    with Store(config.state_dir, clock=utc_now) as store:
        outbox = build_outbox(config, store, factory, utc_now)
        poller = Poller(config, store, pipeline, factory, utc_now, outbox)

        daemon = Daemon(
            poller,
            factory,
            interval=schedule.poll_interval_seconds,
            use_idle=schedule.idle,
            idle_renew=schedule.idle_renew_seconds,
            reload=config_reloader(args.config, pipeline.classifier),
        )
        daemon.install_signal_handlers()
        logging.getLogger("mailbot").info("mailbot running; state in %s", config.state_dir)
        daemon.run()
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from .models import RawMessage
    from .pipeline import Pipeline

    config = _config(args)
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"mailbot: cannot read {args.file}: {exc}", file=sys.stderr)
        return EXIT_FAIL
    pipeline: Pipeline = _pipeline(config)
    raw = RawMessage(folder="(file)", uid=0, uidvalidity=0, data=data, size=len(data))
    analysis = pipeline.analyse([raw])[0]
    outcome = pipeline.finish(analysis, _EmptyState(config))
    print(explain_text(outcome))
    return EXIT_OK


class _EmptyState:
    """`explain` and rule tests read no state: no known threads, no engagements; the
    network is the one listed in rules.yaml."""

    def __init__(self, config: LoadedConfig) -> None:
        self.config = config

    def known_thread(self, message_ids: Sequence[str]) -> str | None:
        return None

    def answered_recently(self, email: str, since: datetime, exclude: str) -> str | None:
        return None

    def active_engagements(self) -> int:
        return 0

    def find_person(self, email: str, linkedin: str) -> tuple[str, dict[str, Any]] | None:
        return None

    def candidates(self) -> list[Any]:
        from .match import candidate_from_member

        return [candidate_from_member(m) for m in self.config.settings.network]

    def intro_for_thread(self, message_ids: Sequence[str]) -> tuple[str, dict[str, Any]] | None:
        return None


def explain_text(outcome: Any) -> str:
    parsed, cls, decision, safety = (
        outcome.parsed,
        outcome.classification,
        outcome.decision,
        outcome.safety,
    )
    lines = [
        f"Message-ID: {parsed.message_id}",
        f"From:       {parsed.from_addr.formatted() if parsed.from_addr else '(none)'}",
        f"Subject:    {parsed.subject}",
        f"Machine:    {'yes: ' + '; '.join(safety.reasons) if safety.is_machine else 'no'}"
        + (
            f" (relayed person: {safety.relayed_person.formatted()})"
            if safety.relayed and safety.relayed_person
            else ""
        ),
        f"Label:      {cls.label.value}"
        + (f"/{cls.kind.value}" if cls.kind else "")
        + f"  confidence {cls.confidence:.2f}  language {cls.language}",
        f"Person:     {cls.person.formatted() if cls.person else '(none)'}",
    ]
    if cls.scores:
        lines.append("Scores:     " + ", ".join(f"{k} {v:.2f}" for k, v in cls.scores))
    for title, fields in (("Applicant", cls.applicant), ("Client", cls.client)):
        if fields is not None:
            from dataclasses import asdict

            shown = {k: v for k, v in asdict(fields).items() if v not in ("", (), None, False)}
            lines.append(f"{title}:  {json.dumps(shown, ensure_ascii=False, default=str)}")
    for evidence in cls.evidence[:8]:
        lines.append(f"  evidence: {evidence.what}: {evidence.text!r}")
    if parsed.defects:
        lines.append("Defects:    " + "; ".join(parsed.defects[:5]))
    lines.append(
        f"Decision:   rule {decision.rule} -> {decision.action}"
        + (f" ({decision.template})" if decision.template else "")
    )
    lines.append("Trail:")
    for entry in decision.trail:
        lines.append(f"  {'MATCH' if entry.matched else 'miss '}  {entry.rule}: {entry.why}")
    if outcome.error:
        lines.append(f"Error:      {outcome.error}")
    for draft in outcome.drafts:
        lines.append("")
        lines.append(f"--- draft {draft.message_id} ({draft.send_policy.value}) ---")
        lines.append(draft.raw.decode("utf-8", "replace"))
    if not outcome.drafts:
        lines.append("Drafts:     none")
    return "\n".join(lines)


def cmd_status(args: argparse.Namespace) -> int:
    from .daemon import one_line_status
    from .store import Store

    config = _config(args)
    if not config.state_dir.exists():
        report: dict[str, Any] = {
            "last_poll": None,
            "processed": 0,
            "quarantined": 0,
            "drafts": 0,
            "sent": 0,
            "failed": 0,
        }
    else:
        with Store(config.state_dir, readonly=True) as store:
            report = one_line_status(store, utc_now())
    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
        return EXIT_OK
    from .action_queue import lock_holder

    holder = lock_holder(config.state_dir) if config.state_dir.exists() else None
    print(f"state        {config.state_dir}")
    for line in status_lines(report, holder, utc_now()):
        print(line)
    return EXIT_OK


def _ago(iso: str | None, now: datetime) -> str:
    if not iso:
        return "never"
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    minutes = max(0, int((now - when).total_seconds() // 60))
    if minutes < 2:
        age = "just now"
    elif minutes < 120:
        age = f"{minutes} min ago"
    elif minutes < 48 * 60:
        age = f"{minutes // 60} h ago"
    else:
        age = f"{minutes // 1440} days ago"
    return f"{age}  ({when.astimezone(UTC):%Y-%m-%d %H:%M} UTC)"


def status_lines(report: dict[str, Any], daemon_pid: int | None, now: datetime) -> list[str]:
    """`mailbot status` for a person: what runs, what came in, what waits for him."""
    drafts: dict[str, int] = report.get("drafts_by_status") or {}
    waiting = sum(drafts.get(s, 0) for s in ("in_drafts", "pending", "failed", "uncertain"))
    approved = sum(drafts.get(s, 0) for s in ("approved", "queued", "sending"))
    labels = report.get("labels") or {}
    lines = [
        f"daemon       {f'running (pid {daemon_pid})' if daemon_pid else 'not running'}",
        f"last poll    {_ago(report.get('last_poll'), now)}",
    ]
    if report.get("last_poll_summary"):
        lines.append(f"             {report['last_poll_summary']}")
    lines.append(
        f"messages     processed: {report['processed']:,} · held for you: "
        f"{report.get('held', 0):,} · quarantined: {report['quarantined']:,}"
    )
    if labels:
        lines.append("labels       " + " · ".join(f"{k}: {v:,}" for k, v in sorted(labels.items())))
    lines.append(
        f"drafts       waiting for review: {waiting:,} · approved, not sent yet: {approved:,} · "
        f"sent: {report['sent']:,} · failed: {report['failed']:,}"
    )
    if waiting:
        lines.append(f"to do        mailbot review list  ({waiting} waiting; or `mailbot web`)")
    quarantine = report.get("quarantine", [])[-10:]
    for index, item in enumerate(quarantine):
        head = "quarantined " if index == 0 else "            "
        lines.append(f"{head} {item['message_id']}: {item['reason']}")
    for index, item in enumerate(report.get("failures", [])[-10:]):
        head = "send failed " if index == 0 else "            "
        lines.append(f"{head} {item['message_id']}: {item['error']}")
    return lines


def cmd_eval(args: argparse.Namespace) -> int:
    from .classify.evaluate import evaluate, format_report

    config = _config(args)
    classifier = _classifier(config, args.model)
    result = evaluate(
        args.dir,
        classifier,
        owner_addresses=tuple(config.settings.owner.addresses),
        floor=config.settings.classifier.confidence_floor,
    )
    print(json.dumps(result, sort_keys=True) if args.json else format_report(result))
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from .classify.train import train

    corpora = args.corpus
    if not corpora:
        repo = Path(__file__).resolve().parents[1]
        out = repo / "corpus" / "out"
        if not (out / "train" / "manifest.jsonl").exists():
            import subprocess

            subprocess.run(
                [sys.executable, "-m", "corpus.build", "--out", str(out)], cwd=repo, check=True
            )
        corpora = [out / "train"]
    corrections = [] if args.no_corrections else _recorded_corrections(args)
    result = train(
        corpora,
        args.out or Path(__file__).resolve().parent / "model",
        seed=args.seed,
        corrections=corrections,
    )
    print(json.dumps(result, indent=2, default=str))
    return EXIT_OK


def _recorded_corrections(args: argparse.Namespace) -> list[dict[str, Any]]:
    """The owner's relabels from state, if a config and state are there."""
    from .store import Store

    try:
        config = _config(args)
    except ConfigError:
        return []
    if not config.state_dir.exists():
        return []
    with Store(config.state_dir, readonly=True) as store:
        found = [
            {"label": r["label"], "other_kind": r.get("other_kind"), "raw": r["raw"]}
            for r in store.all("corrections")
            if r.get("raw")
        ]
    if found:
        print(f"folding in {len(found)} correction(s) from {config.state_dir}", file=sys.stderr)
    return found


def record_correction(
    config: LoadedConfig, store: Any, message_id: str, label: str, kind: str | None
) -> str:
    """Store the owner's label for a processed message, with its bytes for `train`."""
    from .daemon import default_imap_factory
    from .models import OtherKind

    if label == "other":
        valid = {k.value for k in OtherKind}
        if kind not in valid:
            raise MailbotError(f"label other needs a kind: one of {', '.join(sorted(valid))}")
    elif kind:
        raise MailbotError("only label other takes a kind")
    key = message_id if store.get("messages", message_id) else None
    if key is None:
        matches = [k for k in store.keys("messages") if message_id.strip("<>") in k]
        if len(matches) != 1:
            raise MailbotError(f"no single processed message matches {message_id!r}")
        key = matches[0]
    record = store.get("messages", key) or {}
    bare_id = key.split("#", 1)[0]
    with default_imap_factory(config)() as conn:
        folder = str(record.get("folder") or config.settings.folders.inbox)
        status = conn.select(folder, readonly=True)
        uids = conn.search_message_id(folder, bare_id)
        raws = conn.fetch_raw(uids[:1], folder, status.uidvalidity) if uids else []
    if not raws:
        raise MailbotError(f"{bare_id} is no longer in {folder}: cannot keep it for training")
    store.put(
        "corrections",
        key,
        {
            "label": label,
            "other_kind": kind,
            "was": record.get("label"),
            "raw": raws[0].data.decode("utf-8", "surrogateescape"),
            "at": utc_now().isoformat(),
        },
    )
    record.update(corrected_label=label, corrected_kind=kind)
    store.put("messages", key, record)
    store.commit()
    return key


def cmd_relabel(args: argparse.Namespace) -> int:
    from .store import Store

    config = _config(args)
    with Store(config.state_dir, clock=utc_now) as store:
        key = record_correction(config, store, args.message_id, args.label, args.kind)
    print(
        f"recorded: {key} is {args.label}{'/' + args.kind if args.kind else ''}; "
        "`mailbot train` folds it in"
    )
    return EXIT_OK


def cmd_review(args: argparse.Namespace) -> int:
    from .daemon import build_outbox, default_imap_factory
    from .outbox import REVIEWABLE, short_id
    from .store import Store

    config = _config(args)
    command = args.review_command
    readonly = command in ("list", "show")
    if readonly and not config.state_dir.exists():
        print("[]" if getattr(args, "json", False) else "no drafts yet")
        return EXIT_OK
    with Store(config.state_dir, clock=utc_now, readonly=readonly) as store:
        outbox = build_outbox(config, store, default_imap_factory(config), utc_now)
        if command == "list":
            rows = outbox.listing()
            if not args.all:
                rows = [r for r in rows if r["status"] in (*REVIEWABLE, "pending", "sending")]
            if args.json:
                print(json.dumps(rows, indent=2))
            elif not rows:
                print("no drafts waiting")
            for row in [] if args.json else rows:
                to = ", ".join(row["to"])
                print(
                    f"{row['id']}  {row['status']:<10} {row['age_hours']:>6.1f}h  "
                    f"{row['rule'] or '':<14} {to:<34} {row['subject'][:50]}"
                )
                if row["error"]:
                    print(f"          error: {row['error']}")
            return EXIT_OK
        if command == "show":
            key = outbox.resolve(args.id)
            record = store.get("drafts", key) or {}
            source = store.get("messages", record.get("source_message_id", "")) or {}
            print(f"draft {short_id(key)} {key}  status {record.get('status')}")
            print(
                f"rule {record.get('rule')} -> template {record.get('template')}; "
                f"send policy {record.get('send_policy')}"
            )
            if source:
                print(
                    f"source: {record.get('source_message_id')} from {source.get('person')} "
                    f"read as {source.get('label')} ({source.get('confidence')})"
                )
                for rule, matched, why in source.get("trail", []):
                    print(f"  {'MATCH' if matched else 'miss '}  {rule}: {why}")
            if record.get("error"):
                print(f"error: {record['error']}")
            print()
            print(record.get("raw", ""))
            return EXIT_OK
        if command == "approve":
            if not args.ids and not args.all:
                print("mailbot: review approve needs draft ids or --all", file=sys.stderr)
                return EXIT_FAIL
            done = outbox.approve(args.ids, all_reviewable=args.all)
            print(f"approved {len(done)}: " + " ".join(short_id(k) for k in done))
            return EXIT_OK
        if command == "reject":
            done = outbox.reject(args.ids)
            print(f"rejected {len(done)}: " + " ".join(short_id(k) for k in done))
            return EXIT_OK
        if command == "edit":
            return _edit_draft(config, outbox, store, args.id)
        if command == "relabel":
            draft = store.get("drafts", outbox.resolve(args.id)) or {}
            key = record_correction(
                config, store, str(draft.get("source_message_id", "")), args.label, args.kind
            )
            print(f"recorded: {key} is {args.label}")
            return EXIT_OK
        if command == "send":
            outbox.drafts_folder, outbox.sent_folder = _special_folders(config)
            summary = outbox.send_due(force_now=True)
            print(summary.line())
            return EXIT_OK
    return EXIT_FAIL


def _special_folders(config: LoadedConfig) -> tuple[str, str]:
    from .daemon import default_imap_factory

    folders = config.settings.folders
    with default_imap_factory(config)() as conn:
        return (
            conn.find_special_folder("\\Drafts", folders.drafts),
            conn.find_special_folder("\\Sent", folders.sent),
        )


def _edit_draft(config: LoadedConfig, outbox: Any, store: Any, handle: str) -> int:
    import shlex
    import subprocess
    import tempfile

    key = outbox.resolve(handle)
    record = store.get("drafts", key) or {}
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    with tempfile.NamedTemporaryFile("w+b", suffix=".eml", delete=False) as handle_file:
        handle_file.write(record.get("raw", "").encode("utf-8", "surrogateescape"))
        path = Path(handle_file.name)
    try:
        os.chmod(path, 0o600)
        result = subprocess.run([*shlex.split(editor), str(path)], check=False)
        if result.returncode != 0:
            print(
                f"mailbot: editor exited with {result.returncode}; draft unchanged", file=sys.stderr
            )
            return EXIT_FAIL
        edited = path.read_bytes()
    finally:
        path.unlink(missing_ok=True)
    if edited == record.get("raw", "").encode("utf-8", "surrogateescape"):
        print("unchanged")
        return EXIT_OK
    from email import message_from_bytes, policy

    message = message_from_bytes(edited, policy=policy.default)
    if message.get("Message-ID", "").strip() != key:
        print(
            "mailbot: keep the Message-ID header as it is (it makes sending idempotent)",
            file=sys.stderr,
        )
        return EXIT_FAIL
    outbox.drafts_folder, outbox.sent_folder = _special_folders(config)
    outbox.replace(key, edited)
    print(f"edited {key}")
    return EXIT_OK


def cmd_digest(args: argparse.Namespace) -> int:
    from .daemon import build_outbox, default_imap_factory
    from .digest import DigestTemplates, build_digest, send_digest
    from .store import Store

    config = _config(args)
    settings = config.settings
    templates = DigestTemplates(config.templates_dir)
    now = utc_now()
    with Store(config.state_dir, clock=utc_now, readonly=not args.send) as store:
        subject, text, _html = build_digest(
            store, now, settings.owner, templates, timezone=settings.digest.timezone
        )
        print(f"Subject: {subject}\n\n{text}")
        if args.send:
            outbox = build_outbox(config, store, default_imap_factory(config), utc_now)
            sent = send_digest(store, outbox.sender, settings, templates, now)
            to = settings.digest.to or settings.owner.email
            print(f"digest sent to {to}" if sent else "today's digest was already sent")
    return EXIT_OK


def cmd_network(args: argparse.Namespace) -> int:
    from .network import NetworkBook

    config = _config(args)
    command = args.network_command
    if command == "match":
        return _network_match(config, args.file)
    from .store import Store

    readonly = command in ("list", "show")
    if readonly and not config.state_dir.exists():
        print("[]" if getattr(args, "json", False) else "nobody yet")
        return EXIT_OK
    with Store(config.state_dir, clock=utc_now, readonly=readonly) as store:
        book = NetworkBook(config, store, utc_now)
        if command == "list":
            people = book.listing(pool=args.pool, skill=args.skill, role=args.role)
            if args.json:
                print(json.dumps(people, indent=2, default=str))
                return EXIT_OK
            for person in people:
                print(
                    f"{'*' if person['member'] else ' '} {person['email']:<36} "
                    f"{person.get('name', ''):<24} {','.join(person.get('roles', []))[:30]:<30} "
                    f"{','.join(person.get('skills', []))[:40]}"
                )
            print(f"{len(people)} people (* = network member)")
        elif command == "show":
            print(json.dumps(book.show(args.email), indent=2, default=str))
        elif command == "add":
            book.add(
                args.email,
                name=args.name,
                roles=_csv(args.roles),
                skills=_csv(args.skills),
                industries=_csv(args.industries),
                timezone=args.timezone,
                capacity=args.capacity,
            )
            print(f"added {args.email} to the network")
        elif command == "promote":
            for email in args.emails:
                book.promote(email)
            print(f"promoted {len(args.emails)}")
        elif command == "remove":
            for email in args.emails:
                book.remove(email)
            print(f"removed {len(args.emails)} from the network")
        elif command == "forget":
            erased = book.forget(args.email)
            print(f"erased {args.email}: {erased}")
    return EXIT_OK


def _csv(text: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in text.split(",") if part.strip())


def _network_match(config: LoadedConfig, file: Path) -> int:
    from .match import explain, rank
    from .models import ClientFields, RawMessage
    from .store import Store

    data = file.read_bytes()
    pipeline = _pipeline(config)
    analysis = pipeline.analyse([RawMessage("(file)", 0, 0, data, size=len(data))])[0]
    cls = analysis.classification
    client = (cls.client if cls else None) or ClientFields()
    if config.state_dir.exists():
        from .daemon import network_candidates

        with Store(config.state_dir, readonly=True) as store:
            candidates = network_candidates(config, store)
    else:
        candidates = _EmptyState(config).candidates()
    print(f"client: {json.dumps(asdict_safe(client), default=str)}")
    print(explain(rank(client, candidates)) or "no network member available")
    return EXIT_OK


def asdict_safe(value: Any) -> Any:
    from dataclasses import asdict, is_dataclass

    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else value


def cmd_engagements(args: argparse.Namespace) -> int:
    from .store import Store

    config = _config(args)
    command = args.engagements_command
    readonly = command == "list"
    if readonly and not config.state_dir.exists():
        print("no engagements")
        return EXIT_OK
    with Store(config.state_dir, clock=utc_now, readonly=readonly) as store:
        if command == "list":
            active = [(k, r) for k, r in store.items("engagements") if r.get("status") == "active"]
            for key, record in active:
                print(
                    f"{key}  {record.get('name')}  {record.get('client', '')}  "
                    f"since {record.get('started', '')[:10]}"
                )
            print(f"{len(active)} active of capacity {config.settings.capacity}")
        elif command == "add":
            key = f"e{store.count('engagements') + 1}"
            store.put(
                "engagements",
                key,
                {
                    "name": args.name,
                    "client": args.client,
                    "status": "active",
                    "started": utc_now().isoformat(),
                },
            )
            store.commit()
            print(f"started {key}: {args.name}")
        elif command == "end":
            if store.get("engagements", args.id) is None:
                print(f"mailbot: no engagement {args.id}", file=sys.stderr)
                return EXIT_FAIL
            store.update("engagements", args.id, status="ended", ended=utc_now().isoformat())
            store.commit()
            print(f"ended {args.id}")
    return EXIT_OK


def cmd_intros(args: argparse.Namespace) -> int:
    from .store import Store

    config = _config(args)
    if not config.state_dir.exists():
        print("[]" if getattr(args, "json", False) else "no intros")
        return EXIT_OK
    with Store(config.state_dir, readonly=True) as store:
        if args.intros_command == "list":
            rows = [
                {
                    "id": k,
                    **{
                        f: r.get(f)
                        for f in ("state", "client_email", "candidate", "updated_at", "outcome")
                    },
                }
                for k, r in store.items("intros")
            ]
            if args.json:
                print(json.dumps(rows, indent=2))
            for row in [] if args.json else rows:
                print(
                    f"{row['state']:<11} {row['client_email']:<32} -> {row['candidate']:<32} "
                    f"{row['id']}"
                )
        else:
            record = store.get("intros", args.id)
            if record is None:
                matches = [k for k in store.keys("intros") if args.id in k]
                record = store.get("intros", matches[0]) if len(matches) == 1 else None
            if record is None:
                print(f"mailbot: no intro {args.id}", file=sys.stderr)
                return EXIT_FAIL
            print(json.dumps(record, indent=2))
    return EXIT_OK


def cmd_web(args: argparse.Namespace) -> int:
    from .web import serve

    serve(_config(args), args.host, args.port, os.environ)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    return run_demo(keep=args.keep)


COMMANDS = {
    "check": cmd_check,
    "once": cmd_once,
    "run": cmd_run,
    "explain": cmd_explain,
    "status": cmd_status,
    "eval": cmd_eval,
    "train": cmd_train,
    "demo": cmd_demo,
    "web": cmd_web,
    "review": cmd_review,
    "relabel": cmd_relabel,
    "network": cmd_network,
    "engagements": cmd_engagements,
    "intros": cmd_intros,
    "digest": cmd_digest,
}

if __name__ == "__main__":
    entry()
