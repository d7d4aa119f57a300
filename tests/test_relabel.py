"""The owner's corrections: `relabel` keeps the message for training, `train` folds it in."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from servers import DovecotServer

from mailbot.classify.train import correction_items
from mailbot.samples import samples
from mailbot.store import Store

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.integration


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mailbot.cli", *args],
        env={**os.environ, **env, "MAILBOT_CONFIG": str(REPO / "rules.yaml")},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_relabel_records_the_message_for_training(
    dovecot: DovecotServer, mailbot_env: dict[str, str]
) -> None:
    feedback = next(s for s in samples() if s.name == "feedback")
    dovecot.append("INBOX", feedback.data)
    assert run(mailbot_env, "once").returncode == 0
    message_id = next(
        line.split(":", 1)[1].strip()
        for line in feedback.data.decode().splitlines()
        if line.lower().startswith("message-id:")
    )
    bad = run(mailbot_env, "relabel", message_id, "other")
    assert bad.returncode != 0 and "needs a kind" in bad.stderr
    done = run(mailbot_env, "relabel", message_id, "other", "feedback")
    assert done.returncode == 0, done.stderr
    with Store(Path(mailbot_env["MAILBOT_STATE"]), readonly=True) as store:
        [correction] = store.all("corrections")
        assert store.get("messages", message_id)["corrected_kind"] == "feedback"
    assert correction["label"] == "other" and "famine/feast" in correction["raw"]
    items = correction_items([correction])
    assert items and all(item.label == "other:feedback" for item in items)
    assert json.loads(run(mailbot_env, "status", "--json").stdout)["processed"] == 1


def test_move_rule_files_the_message(
    dovecot: DovecotServer, mailbot_env: dict[str, str], tmp_path: Path
) -> None:
    """A `move` rule files the message into its folder after the decision is recorded."""
    text = (REPO / "rules.yaml").read_text()
    text = text.replace("templates_path: templates", f"templates_path: {REPO / 'templates'}")
    text = text.replace("  - newsletter/", f"  - {REPO}/newsletter/")
    start = text.index("\ntests:")
    text = text[:start] + "\n"
    text = text.replace(
        "rules:\n",
        "rules:\n  - name: file-feedback\n    when: {label: other, kind: feedback}\n"
        "    action: move\n    folder: Feedback\n",
        1,
    )
    config = tmp_path / "rules.yaml"
    config.write_text(text)
    feedback = next(s for s in samples() if s.name == "feedback")
    dovecot.append("INBOX", feedback.data)
    result = subprocess.run(
        [sys.executable, "-m", "mailbot.cli", "--config", str(config), "once"],
        env={**os.environ, **mailbot_env},
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert dovecot.messages("INBOX") == []
    assert len(dovecot.messages("Feedback")) == 1
