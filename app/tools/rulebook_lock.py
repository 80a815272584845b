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


def version_key(version: str) -> tuple[int, ...]:
    """A version as numbers, so that 2.9.2 comes before 2.9.10 (as text it came after)."""
    return tuple(int(part) for part in version.split("."))


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
    newest = max(locked, key=version_key, default=None)
    if VERSION not in locked and newest and version_key(VERSION) < version_key(newest):
        print(f"rulebook {VERSION} is older than the newest locked version {newest}")
        return 1
    locked[VERSION] = digest
    ordered = {version: locked[version] for version in sorted(locked, key=version_key)}
    LOCK.write_text(
        "# Rulebook version -> content digest. Written by `make rulebook-lock`.\n"
        + yaml.safe_dump(ordered, sort_keys=False),
        encoding="utf-8",
    )
    print(f"rulebook {VERSION}: {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
