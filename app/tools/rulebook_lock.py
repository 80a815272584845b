"""Record the rulebook's version and content digest in ``rulebook.lock``.

A test fails when the content changes but the version does not: bump ``VERSION`` in
``app/rulebook/__init__.py``, add a CHANGELOG entry, then run ``make rulebook-lock``.
"""

from __future__ import annotations

import sys

import yaml

from app.rulebook import ROOT, VERSION
from app.services.rules.rulebook import content_digest

LOCK = ROOT / "rulebook.lock"


def read_lock() -> dict[str, str]:
    if not LOCK.exists():
        return {}
    return yaml.safe_load(LOCK.read_text(encoding="utf-8")) or {}


def main() -> int:
    locked = read_lock()
    digest = content_digest(ROOT)
    if locked.get(VERSION) not in (None, digest):
        print(f"rulebook {VERSION} was locked with other content: bump VERSION first")
        return 1
    locked[VERSION] = digest
    LOCK.write_text(
        "# Rulebook version -> content digest. Written by `make rulebook-lock`.\n"
        + yaml.safe_dump(locked, sort_keys=True),
        encoding="utf-8",
    )
    print(f"rulebook {VERSION}: {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
