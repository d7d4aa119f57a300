"""The store's records kept by key (no TinyDB document numbers): reads, order, copies,
deletes, the reload and the TinyDB view as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tinydb import Query

from mailbot.store import JOURNAL, Store, atomic_write

KEYS = st.sampled_from(["a", "b", "c", "d"])
OPS = st.lists(
    st.tuples(st.sampled_from(["put", "delete", "update"]), KEYS, st.integers(0, 3)),
    max_size=25,
)


class _Model:
    """What the store promised before: insertion order of first put (a key deleted and put
    again goes last), copies in and out."""

    def __init__(self) -> None:
        self.records: dict[str, dict[str, Any]] = {}

    def put(self, key: str, record: dict[str, Any]) -> None:
        self.records[key] = {k: v for k, v in record.items() if k != "_key"}

    def delete(self, key: str) -> None:
        self.records.pop(key, None)


@pytest.mark.parametrize("table", ["people", "messages"])  # held as dicts; as JSON
@settings(max_examples=300, deadline=None)
@given(ops=OPS)
def test_reads_follow_the_puts_and_deletes(
    tmp_path_factory: Any, table: str, ops: list[Any]
) -> None:
    state = tmp_path_factory.mktemp("state")
    model = _Model()
    with Store(state) as store:
        for number, (op, key, value) in enumerate(ops):
            if op == "put":
                record = {"n": value, "list": [value], "_key": "ignored"}
                store.put(table, key, record)
                model.put(key, record)
                record["n"] = -1  # the caller's dict: never the store's (a shallow copy)
            elif op == "delete":
                store.delete(table, key)
                model.delete(key)
            else:
                changed = store.update(table, key, seen=number)
                model.put(key, changed)
            if number % 4 == 3:
                store.commit()
        assert list(store.items(table)) == list(model.records.items())
        assert store.keys(table) == list(model.records)
        assert store.all(table) == list(model.records.values())
        assert store.count(table) == len(model.records)
        for key in "abcd":
            assert store.get(table, key) == model.records.get(key)
        got = store.get(table, next(iter(model.records), "a"))
        if got is not None:
            got["mark"] = "changed by a reader"  # a copy: the store keeps its own
            assert "mark" not in store.get(table, next(iter(model.records)))  # type: ignore[operator]
        view = store.tinydb_table(table)
        assert [dict(d) for d in view.all()] == [
            {**record, "_key": key} for key, record in model.records.items()
        ]
    with Store(state) as again:  # from the journal
        assert dict(again.items(table)) == model.records
        again.compact()
    with Store(state) as again:  # from the snapshot
        assert list(again.items(table)) == list(model.records.items())


def test_the_tinydb_view_answers_queries(tmp_path: Path) -> None:
    with Store(tmp_path) as store:
        store.put("people", "ana", {"promoted": True})
        store.put("people", "bo", {"promoted": False})
        found = store.tinydb_table("people").search(Query().promoted == True)  # noqa: E712
        assert [dict(d) for d in found] == [{"promoted": True, "_key": "ana"}]


def test_atomic_write_writes_all_the_bytes(tmp_path: Path) -> None:
    data = bytes(range(256)) * 5000  # larger than one write may take
    atomic_write(tmp_path / "cv.pdf", data)
    assert (tmp_path / "cv.pdf").read_bytes() == data
    assert (tmp_path / "cv.pdf").stat().st_mode & 0o777 == 0o600
    assert not (tmp_path / ".cv.pdf.tmp").exists()
    atomic_write(tmp_path / "cv.pdf", b"")
    assert (tmp_path / "cv.pdf").read_bytes() == b""
    assert not (tmp_path / JOURNAL).exists()
