"""The journaled store: durable at commit, torn writes dropped, compaction, lock."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mailbot.errors import LockedError
from mailbot.store import JOURNAL, SNAPSHOT, Store


def test_commit_then_reopen(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.put("messages", "<a@x>", {"status": "processed"})
        store.commit()
    with Store(tmp_path) as store:
        assert store.get("messages", "<a@x>") == {"status": "processed"}


def test_uncommitted_is_lost_not_corrupting(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.put("messages", "<a@x>", {"n": 1})
    store.commit()
    store.put("messages", "<b@x>", {"n": 2})
    # simulate kill -9: no close(), no commit
    store._journal.close()  # type: ignore[union-attr]
    os.close(store._lock_fd)  # type: ignore[arg-type]
    with Store(tmp_path) as again:
        assert again.get("messages", "<a@x>") == {"n": 1}
        assert again.get("messages", "<b@x>") is None


def test_torn_last_line_is_dropped(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.put("messages", "<a@x>", {"n": 1})
        store.commit()
    with open(tmp_path / JOURNAL, "ab") as handle:
        handle.write(b'deadbeef {"g":0,"t":"messages","k":"<b@x>","v":{"n"')
    with Store(tmp_path) as store:
        assert store.get("messages", "<a@x>") == {"n": 1}
        assert store.get("messages", "<b@x>") is None
        store.put("messages", "<c@x>", {"n": 3})
        store.commit()
    with Store(tmp_path) as store:
        assert store.get("messages", "<c@x>") == {"n": 3}


def test_compaction_keeps_everything(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        for i in range(5000):
            store.put("messages", f"<{i}@x>", {"n": i})
            if i % 100 == 0:
                store.commit()
        store.delete("messages", "<7@x>")
        store.commit()
    assert (tmp_path / SNAPSHOT).exists()
    with Store(tmp_path) as store:
        assert store.count("messages") == 4999
        assert store.get("messages", "<4999@x>") == {"n": 4999}
        assert store.get("messages", "<7@x>") is None


def test_stale_journal_after_snapshot_is_ignored(tmp_path: Path) -> None:
    """A kill between the snapshot rename and the journal reset must not replay old lines."""
    with Store(tmp_path) as store:
        store.put("messages", "<a@x>", {"n": 1})
        store.commit()
        old_journal = (tmp_path / JOURNAL).read_bytes()
        store.put("messages", "<a@x>", {"n": 2})
        store.commit()
        store.compact()
    (tmp_path / JOURNAL).write_bytes(old_journal)  # as if the reset never happened
    with Store(tmp_path) as store:
        assert store.get("messages", "<a@x>") == {"n": 2}


def test_one_process_at_a_time(tmp_path: Path) -> None:
    with Store(tmp_path), pytest.raises(LockedError):
        Store(tmp_path)


def test_permissions_owner_only(tmp_path: Path) -> None:
    state = tmp_path / "state"
    with Store(state) as store:
        store.put("meta", "x", {"y": 1})
        store.commit()
        store.compact()
    assert (state.stat().st_mode & 0o777) == 0o700
    for name in (JOURNAL, SNAPSHOT):
        assert ((state / name).stat().st_mode & 0o777) == 0o600


def test_readonly_does_not_write(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.put("meta", "x", {"y": 1})
        store.commit()
    before = (tmp_path / JOURNAL).read_bytes()
    with Store(tmp_path) as writer, Store(tmp_path, readonly=True) as reader:
        assert reader.get("meta", "x") == {"y": 1}
        writer.put("meta", "z", {})
    assert (tmp_path / JOURNAL).read_bytes().startswith(before)


def test_staged_files_are_in_place_when_the_commit_returns(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        first = store.stage_file("cvs", "ana.pdf", b"%PDF first")
        again = store.stage_file("cvs", "ana.pdf", b"%PDF second")  # the later write wins
        other = store.stage_file("cvs", "bo.pdf", b"%PDF bo")
        store.put("people", "ana", {"cv_file": "ana.pdf"})
        store.commit()
        assert first == again
        assert first.read_bytes() == b"%PDF second"
        assert other.read_bytes() == b"%PDF bo"
        assert oct(first.stat().st_mode & 0o777) == "0o600"
        assert not [p for p in first.parent.iterdir() if p.name.endswith(".tmp")]


def test_a_staged_file_that_cannot_be_written_fails_the_commit(tmp_path: Path) -> None:
    """The record naming the file must not become durable without the file."""
    with Store(tmp_path) as store:
        (tmp_path / "cvs").mkdir()
        (tmp_path / "cvs" / "ana.pdf").mkdir()  # os.replace onto a directory fails
        store.stage_file("cvs", "ana.pdf", b"%PDF")
        store.put("people", "ana", {"cv_file": "ana.pdf"})
        with pytest.raises(OSError):
            store.commit()
        (tmp_path / "cvs" / "ana.pdf").rmdir()
        store._pending.clear()  # what a crash here would do: nothing of it was durable
    with Store(tmp_path) as reopened:
        assert reopened.get("people", "ana") is None


def test_a_commit_made_durable_in_the_background_settles_in_order(tmp_path: Path) -> None:
    """commit_soon() returns at once; after settle() (or the next commit of any kind) its
    records and files are on disk, and the journal holds the commits in their order."""
    with Store(tmp_path) as store:
        store.stage_file("cvs", "ana.pdf", b"%PDF ana")
        store.put("people", "ana", {"cv_file": "ana.pdf", "n": 1})
        store.commit_soon()
        store.put("people", "ana", {"cv_file": "ana.pdf", "n": 2})  # goes on meanwhile
        store.commit_soon()  # waits for the first one
        store.put("people", "bo", {"n": 3})
        store.settle()
        assert (tmp_path / "cvs" / "ana.pdf").read_bytes() == b"%PDF ana"
        with Store(tmp_path, readonly=True) as reader:
            assert reader.get("people", "ana") == {"cv_file": "ana.pdf", "n": 2}
            assert reader.get("people", "bo") is None  # put after the last commit_soon
    with Store(tmp_path) as reopened:  # closing committed the rest
        assert reopened.get("people", "bo") == {"n": 3}


def test_a_background_commit_that_fails_leaves_its_records_pending(tmp_path: Path) -> None:
    """As after a failed commit(): the error reaches the caller (at settle), nothing of it
    is durable, and the next commit writes it."""
    with Store(tmp_path) as store:
        (tmp_path / "cvs").mkdir()
        (tmp_path / "cvs" / "ana.pdf").mkdir()  # os.replace onto a directory fails
        store.stage_file("cvs", "ana.pdf", b"%PDF")
        store.put("people", "ana", {"cv_file": "ana.pdf"})
        store.commit_soon()
        with pytest.raises(OSError):
            store.settle()
        with Store(tmp_path, readonly=True) as reader:
            assert reader.get("people", "ana") is None
        (tmp_path / "cvs" / "ana.pdf").rmdir()
        store.stage_file("cvs", "ana.pdf", b"%PDF")
        store.commit()
    with Store(tmp_path) as reopened:
        assert reopened.get("people", "ana") == {"cv_file": "ana.pdf"}
        assert (tmp_path / "cvs" / "ana.pdf").read_bytes() == b"%PDF"


def test_a_background_commit_due_for_compaction_is_made_at_once(tmp_path: Path) -> None:
    """The snapshot is written from memory, so it is never written with a commit in flight:
    the commit that makes the journal long enough compacts, synchronously."""
    with Store(tmp_path) as store:
        for number in range(2100):
            store.put("messages", f"m{number % 50}", {"n": number})
        store.commit_soon()
        assert store._in_flight is None
        assert (tmp_path / JOURNAL).stat().st_size == 0
    with Store(tmp_path) as reopened:
        assert reopened.get("messages", "m49") == {"n": 2099}


def test_a_file_staged_again_while_its_last_commit_is_in_flight_is_written_in_turn(
    tmp_path: Path,
) -> None:
    """An applicant's CV in two batches in a row: the second write of the file starts while
    the first batch's commit (and its write) may still be running in the background. Both
    used one temp file, and the loser's rename failed, which stopped `once` in the bench."""
    big = b"%PDF" + os.urandom(8 << 20)  # slow enough for the writes to overlap
    with Store(tmp_path / "state") as store:
        for round_ in range(6):
            store.stage_file("cvs", "ana.pdf", big)
            store.put("people", "ana", {"round": round_})
            store.commit_soon()
            store.stage_file("cvs", "ana.pdf", b"%PDF last " + str(round_).encode())
            store.commit_soon()
        store.commit()
        assert (tmp_path / "state" / "cvs" / "ana.pdf").read_bytes() == b"%PDF last 5"
    assert not list((tmp_path / "state" / "cvs").glob(".*.tmp"))
