"""The store's JSON (orjson, json.dumps where the two differ) reads back as json.dumps's did.

The journal and the snapshot were written by json.dumps; orjson writes them faster, in
UTF-8 rather than \\u escapes and the snapshot without spaces. Whatever a record holds, what
json.loads reads back from the new text must be what it read back from the old.
"""

from __future__ import annotations

import json
import math
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.store import (
    COMPACT_TABLES,
    JOURNAL,
    SNAPSHOT,
    Store,
    _json,
    _line,
    _parse_line,
    _put_line,
)


def _same(a: Any, b: Any) -> bool:
    """Equal, NaN equal to NaN, and of the same types (1 is not 1.0 here)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return (math.isnan(a) and math.isnan(b)) or a == b
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


text = st.text(st.characters(codec=None), max_size=12)  # lone surrogates too
leaves = (
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | text
)
values = st.recursive(
    leaves,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.lists(inner, max_size=3).map(tuple)
        | st.dictionaries(text, inner, max_size=4)
        | st.dictionaries(st.integers(0, 9), inner, max_size=2)
    ),
    max_leaves=20,
)


def _old_line(entry: dict[str, Any]) -> bytes:
    payload = json.dumps(entry, separators=(",", ":"), sort_keys=True)
    return f"{zlib.crc32(payload.encode()):08x} {payload}\n".encode()


@settings(max_examples=3000, deadline=None)
@given(value=values, sort_keys=st.booleans())
def test_reads_back_as_json_dumps_wrote_it(value: Any, sort_keys: bool) -> None:
    try:
        old = json.dumps(value, sort_keys=sort_keys)
    except TypeError:  # keys of mixed types do not sort
        with pytest.raises(TypeError):
            _json(value, sort_keys=sort_keys)
        return
    assert _same(json.loads(_json(value, sort_keys=sort_keys)), json.loads(old))


@settings(max_examples=1000, deadline=None)
@given(record=st.dictionaries(text, values, max_size=5))
def test_a_journal_line_parses_as_the_old_one(record: dict[str, Any]) -> None:
    entry = {"g": 3, "t": "messages", "k": "<a@x>", "v": record}
    try:
        old = _parse_line(_old_line(entry))
    except TypeError:
        return
    new = _parse_line(_line(entry))
    assert new is not None and old is not None
    assert _same(new, old)
    assert list(new["v"]) == list(old["v"])  # the same key order as well


def test_same_bytes_for_ascii_records() -> None:
    record = {"b": [1, 2.5, None, True], "a": {"z": "x\r\ny", "\u00e9": -0.0}, "c": 10**18}
    entry = {"g": 0, "t": "drafts", "k": "<k@x>", "v": record}
    assert _line({**entry, "v": {k: v for k, v in record.items() if k != "a"}}) == _old_line(
        {**entry, "v": {k: v for k, v in record.items() if k != "a"}}
    )
    assert _json(record, sort_keys=True) == json.dumps(
        record, sort_keys=True, separators=(",", ":"), ensure_ascii=False
    ).encode("utf-8")


@pytest.mark.parametrize("odd", [math.nan, math.inf, -math.inf])
def test_non_finite_floats_survive_a_restart(tmp_path: Path, odd: float) -> None:
    record = {"budget": {"amount": odd, "currency": "USD"}, "note": None, "who": "Zoë"}
    with Store(tmp_path) as store:
        store.put("leads", "<a@x>", record)
        store.commit()
    with Store(tmp_path) as store:
        assert _same(store.get("leads", "<a@x>"), record)
        store.compact()
    assert (tmp_path / JOURNAL).read_bytes() == b""
    with Store(tmp_path) as store:
        assert _same(store.get("leads", "<a@x>"), record)


def test_an_old_ascii_journal_and_snapshot_still_load(tmp_path: Path) -> None:
    record = {"who": "Zoë \udce9", "n": 1.5}
    snapshot = {"generation": 1, "tables": {"messages": {"<a@x>": record}}}
    (tmp_path / SNAPSHOT).write_text(json.dumps(snapshot))
    line = _old_line({"g": 1, "t": "people", "k": "ana", "v": {"name": "Ana Lú"}})
    (tmp_path / JOURNAL).write_bytes(line)
    with Store(tmp_path) as store:
        assert store.get("messages", "<a@x>") == record
        assert store.get("people", "ana") == {"name": "Ana Lú"}
        store.put("people", "bo", {"name": "Bø", "odd": "\udce9"})
        store.commit()
    with Store(tmp_path) as store:
        assert store.get("people", "bo") == {"name": "Bø", "odd": "\udce9"}
        assert store.get("people", "ana") == {"name": "Ana Lú"}


@settings(max_examples=500, deadline=None)
@given(record=st.dictionaries(text, values, max_size=5))
def test_a_compact_table_reads_back_what_a_restart_reads(
    tmp_path_factory: Any, record: dict[str, Any]
) -> None:
    """ "messages" keeps its records in memory as the JSON of the journal (keys sorted;
    json.dumps's where orjson.loads would read orjson's otherwise): a read gives what a
    restart gives."""
    assert "messages" in COMPACT_TABLES
    record.pop("_key", None)  # TinyDB's name for the key: never stored
    try:
        expected = json.loads(json.dumps(record, sort_keys=True))
    except TypeError:  # keys of mixed types: json.dumps cannot write it at all
        return
    state = tmp_path_factory.mktemp("state")
    with Store(state) as store:
        store.put("messages", "<a@x>", record)
        assert _same(store.get("messages", "<a@x>"), expected)
        store.commit()
    with Store(state) as store:
        assert _same(store.get("messages", "<a@x>"), expected)
        store.compact()
    with Store(state) as store:
        assert _same(store.get("messages", "<a@x>"), expected)


@settings(max_examples=500, deadline=None)
@given(record=st.dictionaries(text, values, max_size=5), key=text)
def test_a_compact_put_line_is_the_line_of_its_entry(record: dict[str, Any], key: str) -> None:
    """The journal line of a put to a compact table, built around the record's JSON, reads
    back as _line() of the same entry."""
    value = _json(record, sort_keys=True)
    built = _parse_line(_put_line(2, "drafts", key, value))
    plain = _parse_line(_line({"g": 2, "t": "drafts", "k": key, "v": record}))
    assert built is not None and plain is not None
    assert _same(built, plain)


def test_a_compact_record_costs_about_its_json(tmp_path: Path) -> None:
    """What a backlog leaves in memory: kept as dicts, a record took ~4 times its JSON, and
    a copy of orjson's bytes ~10 times (the buffer it wrote into)."""
    import tracemalloc

    record = {
        "status": "processed",
        "subject": "Re: the newsletter",
        "trail": [["applicant-ack", True, "label is applicant"]] * 3,
        "drafts": ["<mailbot.0123456789abcdef@example.com>"],
        "size": 4096,
        "confidence": 0.97,
    }
    size = len(_json(record, sort_keys=True)) + 40  # the key grows by a few digits
    with Store(tmp_path) as store:
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            for number in range(2000):
                store.put("messages", f"<{number}@x>", {**record, "uid": number})
                if number % 200 == 199:
                    store.commit()
            store.commit()
            grown = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
    assert grown / 2000 < 2 * size
