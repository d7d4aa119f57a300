"""Build the hand-written sanity set (corpus/handwritten/messages.yaml) into a FORMAT.md corpus.

    python -m corpus.handwritten --out corpus/out/handwritten

These messages were written by hand, in styles the generator does not use; they are never
trained on. Deterministic: fixed dates and Message-IDs.
"""

from __future__ import annotations

import argparse
import json
from email.message import EmailMessage
from pathlib import Path

import yaml

OWNER = "Sergio Pereira <sergio@remotework.example>"
NEWSLETTER_ID = "<edition-142@remotework.example>"


def build(out: Path) -> int:
    items = yaml.safe_load((Path(__file__).parent / "handwritten" / "messages.yaml").read_text())
    out.mkdir(parents=True, exist_ok=True)
    lines = []
    for index, item in enumerate(items, start=1):
        msg = EmailMessage()
        msg["From"] = item["from"]
        msg["To"] = OWNER
        msg["Subject"] = item["subject"]
        msg["Date"] = f"Mon, {1 + index % 27:02d} Dec 2026 10:{index % 60:02d}:00 +0000"
        msg["Message-ID"] = f"<hand-{index:03d}@handwritten.example>"
        if item["subject"].lower().startswith(("re:", "aw:")):
            msg["In-Reply-To"] = NEWSLETTER_ID
        msg.set_content(item["body"])
        name = f"h{index:03d}.eml"
        (out / name).write_bytes(msg.as_bytes())
        sender = item["from"].split("<")[-1].rstrip(">")
        lines.append(
            {
                "file": name,
                "label": item["label"],
                "other_kind": item.get("kind"),
                "must_not_autoreply": bool(item.get("must_not_autoreply", False)),
                "applicant": {"email": sender} if item["label"] == "applicant" else None,
                "client": {} if item["label"] == "client" else None,
                "language": item["language"],
                "difficulty": "hard",
                "notes": "hand-written",
            }
        )
    (out / "manifest.jsonl").write_text("".join(json.dumps(line) + "\n" for line in lines))
    return len(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("corpus/out/handwritten"))
    args = parser.parse_args()
    print(f"wrote {build(args.out)} messages to {args.out}")


if __name__ == "__main__":
    main()
