"""key=value log lines that `grep` and `awk` can read.

One line per message (`event=message`) and per send attempt (`event=send`). Values come
from email headers, so they are untrusted: anything with a space, quote, `=` or control
character is quoted with its specials escaped, and nothing can break the line in two or
forge another key. Only identifiers, labels, rule names and addresses are ever passed in:
never a body, a subject or a secret.
"""

from __future__ import annotations

import re

_BARE = re.compile(r"[^\s\"=\\\x00-\x1f\x7f]+")
_MAX_VALUE = 300


def _quote(value: object) -> str:
    text = "" if value is None else str(value)
    text = text[:_MAX_VALUE]
    if text and _BARE.fullmatch(text):
        return text
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\r", "\\r")
        .replace("\t", "\\t")
    )
    escaped = re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", escaped)
    return f'"{escaped}"'


def kv(event: str, **fields: object) -> str:
    """`event=NAME key=value ...` in the order given; floats with two decimals."""
    parts = [f"event={_quote(event)}"]
    for key, value in fields.items():
        shown = f"{value:.2f}" if isinstance(value, float) else value
        parts.append(f"{key}={_quote(shown)}")
    return " ".join(parts)
