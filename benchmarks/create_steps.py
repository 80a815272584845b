"""CPU of each step of ``AssessmentService.create`` (no HTTP), the example claim on a fresh
SQLite database: a timer around each step, one thread, so nothing else is charged to it.

Run from a tree (its app is the one measured): .venv/bin/python benchmarks/create_steps.py
[--count 300]
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path.cwd()
sys.path.insert(0, str(ROOT))

from sqlmodel import Session  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.migrate import upgrade  # noqa: E402
from app.main import configure, create_app  # noqa: E402
from app.models import types  # noqa: E402
from app.repositories import assessments as repository  # noqa: E402
from app.schemas.claim import Claim  # noqa: E402
from app.services import assessments, audit, outbox, tenants  # noqa: E402

STEPS = [
    ("evaluation", None, "evaluate"),
    ("the firm's history with the agency", assessments.AssessmentService, "history"),
    ("assessment and revision INSERTs", repository.AssessmentRepository, "insert_new"),
    ("  of which orjson and zstd of the documents", types, "compress_document"),
    ("revision values", assessments, "revision_values"),
    ("outbox event", outbox, "emit_now"),
    ("audit row", audit, "assessment_created"),
    ("commit", Session, "commit"),
    ("rollback after the history read", Session, "rollback"),
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    body = (ROOT / "examples" / "claim-copytrack-trunk-archive.json").read_bytes()
    claim = Claim.model_validate_json(body)
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(database_url=f"sqlite:///{tmp}/steps.db", rate_limit="100000000/minute")
        upgrade(settings.database_url)
        app = create_app(settings)
        configure(app, settings)
        with Session(app.state.engine, expire_on_commit=False) as db:
            tenants.create_tenant(db, "steps")
            row, _ = tenants.create_key(db, "steps")
        evaluator = app.state.evaluator
        spent: collections.Counter[str] = collections.Counter()
        for label, owner, name in STEPS:
            _time(type(evaluator) if owner is None else owner, name, label, spent)

        def create() -> None:
            with Session(app.state.engine, expire_on_commit=False) as session:
                assessments.AssessmentService(session, evaluator).create(row.tenant_id, claim)

        for _ in range(20):
            create()
        spent.clear()
        start = time.process_time()
        for _ in range(args.count):
            create()
        total = time.process_time() - start
        app.state.engine.dispose()
    print(f"create, in all: {total / args.count * 1000:.2f} ms CPU")
    for label, seconds in spent.most_common():
        print(f"{seconds / args.count * 1000:8.2f} ms  {label}")


def _time(owner, name: str, label: str, spent: collections.Counter) -> None:
    function = getattr(owner, name)

    @functools.wraps(function)
    def timed(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    setattr(owner, name, timed)


if __name__ == "__main__":
    main()
