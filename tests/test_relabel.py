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
