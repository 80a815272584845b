"""The ``riposte`` command line: serve, migrate, manage tenants and keys, assess a file."""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from pathlib import Path

from pydantic import ValidationError
from sqlmodel import Session

from app.core.config import get_settings
from app.core.database import build_engine
from app.core.errors import DomainError
from app.core.jsonutil import dumps, loads
from app.core.migrate import upgrade


def _session() -> Session:
    settings = get_settings()
    return Session(build_engine(settings.database_url), expire_on_commit=False)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.core.server import deadline_protocol

    uvicorn.run(
        "app.main:app",
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=get_settings().log_level,
        log_config=None,  # the app configures JSON logs (app.core.logs) at startup
        access_log=False,  # replaced by the app's access line, which has the request id
        http=deadline_protocol(),
        timeout_keep_alive=5,
        timeout_graceful_shutdown=20,
        limit_concurrency=args.limit_concurrency,
        proxy_headers=args.proxy_headers,
        forwarded_allow_ips=args.forwarded_allow_ips or get_settings().trusted_proxies,
    )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    upgrade(get_settings().database_url)
    print("database migrated to the latest schema")
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    """Run queued jobs: procrastinate on PostgreSQL, the in-process queue's sweeps on SQLite."""
    import time

    from app.services import jobs

    settings = get_settings()
    queue = jobs.install(jobs.build_queue(settings, build_engine(settings.database_url)))
    _tune_gc(settings)
    if args.once:
        for name in jobs.load_tasks().periodic:
            queue.enqueue(name, {}, lock=f"periodic:{name}")
        print(f"{queue.drain()} jobs run")
        return 0
    print(f"worker started ({queue.backend})")
    if hasattr(queue, "run_forever"):
        queue.run_forever(concurrency=args.concurrency)
        return 0
    queue.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        queue.stop()
    return 0


def _tune_gc(settings) -> None:
    """A job worker or a re-evaluation run evaluates like a web worker: the same garbage
    collector settings (``RIPOSTE_TUNE_GC``), once what it needs is loaded."""
    if settings.tune_gc:
        from app.core.server import tune_garbage_collector

        tune_garbage_collector()


def cmd_tenants_create(args: argparse.Namespace) -> int:
    from app.services import tenants

    with _session() as session:
        tenant = tenants.create_tenant(session, args.name)
    print(f"tenant {tenant.name} created ({tenant.id})")
    return 0


def cmd_keys_create(args: argparse.Namespace) -> int:
    from app.services import tenants

    with _session() as session:
        row, token = tenants.create_key(
            session, args.tenant, args.label, scopes=tenants.parse_scopes(args.scopes)
        )
    print(
        f"API key {row.id} ({row.scopes}) created for tenant {args.tenant}; it is shown only once:"
    )
    print(token)
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    from app.services import tenants

    with _session() as session:
        row = tenants.revoke_key(session, uuid.UUID(args.key_id))
    print(f"API key {row.id} revoked")
    return 0


def cmd_ensure_local(args: argparse.Namespace) -> int:
    """Make sure a local tenant and key exist (``make run``); print the key once."""
    from app.services import tenants

    settings = get_settings()
    key_file = Path(settings.local_key_file)
    with _session() as session:
        if tenants.find_tenant(session, args.tenant) is None:
            tenants.create_tenant(session, args.tenant)
        if key_file.exists():
            print(f"local API key kept in {key_file}")
            return 0
        _row, token = tenants.create_key(session, args.tenant, "local")
    key_file.parent.mkdir(parents=True, exist_ok=True)
    key_file.write_text(token + "\n", encoding="utf-8")
    key_file.chmod(0o600)
    print(f"local tenant {args.tenant!r}; API key (kept in {key_file}):")
    print(token)
    return 0


def cmd_assess(args: argparse.Namespace) -> int:
    from app.schemas.claim import Claim
    from app.services.evaluation import Evaluator, pick

    try:
        claim = Claim.model_validate_json(Path(args.file).read_bytes())
    except ValidationError as exc:
        print(f"{args.file}: not a valid claim:\n{exc}", file=sys.stderr)
        return 2
    result = Evaluator().evaluate(claim).result
    print(json.dumps(loads(dumps(pick(result, args.lang))), ensure_ascii=False, indent=2))
    return 0


def cmd_reevaluate(args: argparse.Namespace) -> int:
    """Re-evaluate every assessment the current rulebook has not computed: here, in
    ``--workers`` processes, or with ``--queue`` as jobs for ``riposte worker`` on any
    number of machines. Interrupted, the next run resumes where this one stopped."""
    import time

    from tqdm import tqdm

    from app.services import jobs, reevaluation

    settings = get_settings()
    engine = build_engine(settings.database_url)
    total = reevaluation.remaining(engine)
    _tune_gc(settings)
    if args.queue:
        queue = jobs.build_queue(settings, engine)
        if queue.backend != "procrastinate":
            print(
                "riposte: --queue needs the PostgreSQL job queue; run without it", file=sys.stderr
            )
            return 2
        count, queued = reevaluation.enqueue_reevaluation(queue, engine, batch_size=args.batch)
        print(f"{count} assessments to re-evaluate, {queued} jobs queued")
        if args.no_wait:
            return 0
        started = time.perf_counter()
        with tqdm(total=total, unit="assessment", disable=args.quiet) as bar:
            left = total
            while left:
                time.sleep(1)
                now_left = reevaluation.remaining(engine)
                bar.update(left - now_left)
                left = now_left
        elapsed = time.perf_counter() - started
        report = reevaluation.report(reevaluation.process_evaluator(), total, elapsed)
    else:
        with tqdm(total=total, unit="assessment", disable=args.quiet) as bar:
            report = reevaluation.reevaluate_all(
                engine, batch_size=args.batch, workers=args.workers, progress=bar.update
            )
    print(json.dumps(report, indent=2))
    return 0


def cmd_purge_idempotency(args: argparse.Namespace) -> int:
    from app.services import idempotency

    with _session() as session:
        count = idempotency.purge(session, get_settings().idempotency_ttl_hours)
    print(f"{count} expired idempotency keys removed")
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    """Erase each firm's matters idle past the retention period, skipping those under legal
    hold; with --dry-run, only say what would go."""
    from datetime import timedelta

    from app.services import retention
    from app.services.evidence.store import open_store

    settings = get_settings()
    engine = build_engine(settings.database_url)
    store = open_store(
        settings.evidence_store,
        endpoint_url=settings.evidence_s3_endpoint_url,
        region=settings.evidence_s3_region,
    )
    override = retention.parse_period(args.older_than) if args.older_than else None
    verb = "would erase" if args.dry_run else "erased"

    def report(plan: retention.TenantPlan) -> None:
        print(
            f"{plan.tenant_name}: matters idle since before {plan.cutoff.date().isoformat()} "
            f"({plan.period.iso()}, {plan.period_source})"
        )
        gone = plan.expired if args.dry_run else plan.erased
        for age in gone:
            print(f"  {verb} {_matter_line(age)}")
        for age in plan.skipped:
            print(f"  skipped {_matter_line(age)} (changed or held since the plan)")
        for age in plan.held:
            print(f"  kept    {_matter_line(age)} under legal hold {age.hold_id}")

    plans = retention.purge(
        engine,
        store,
        override=override,
        tenant_name=args.tenant,
        dry_run=args.dry_run,
        report=report,
    )
    total = sum(len(p.expired if args.dry_run else p.erased) for p in plans)
    held = sum(len(p.held) for p in plans)
    notices = 0
    if not args.dry_run:
        window = timedelta(hours=settings.webhook_retry_hours)
        notices = retention.forget_delivered_tombstones(engine, window)
    print(
        f"{total} {'to erase' if args.dry_run else 'erased'}, {held} kept under legal hold"
        + (f", {notices} delivered erasure notices dropped" if not args.dry_run else "")
    )
    return 0


def _matter_line(age) -> str:
    name = (
        age.external_ref if age.external_ref is not None else f"assessment {age.assessment_ids[0]}"
    )
    count = len(age.assessment_ids)
    return (
        f"{name} ({count} assessment{'s' if count > 1 else ''}, last activity "
        f"{age.last_activity.date().isoformat()})"
    )


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="riposte", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the API with uvicorn")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument(
        "--limit-concurrency", type=int, default=200, help="connections beyond answer 503"
    )
    serve.add_argument("--proxy-headers", action="store_true", help="trust X-Forwarded-*")
    serve.add_argument(
        "--forwarded-allow-ips", default=None, help="default: RIPOSTE_TRUSTED_PROXIES"
    )
    serve.set_defaults(func=cmd_serve)
    sub.add_parser("migrate", help="apply the database migrations").set_defaults(func=cmd_migrate)
    worker = sub.add_parser("worker", help="run queued jobs (webhooks, re-evaluation, ...)")
    worker.add_argument("--once", action="store_true", help="run the due jobs, then exit")
    worker.add_argument("--concurrency", type=int, default=1)
    worker.set_defaults(func=cmd_worker)
    tenants_cmd = sub.add_parser("tenants", help="manage tenants (firms)")
    tenants_sub = tenants_cmd.add_subparsers(dest="action", required=True)
    create_tenant = tenants_sub.add_parser("create", help="create a tenant")
    create_tenant.add_argument("name")
    create_tenant.set_defaults(func=cmd_tenants_create)
    keys_cmd = sub.add_parser("keys", help="manage API keys")
    keys_sub = keys_cmd.add_subparsers(dest="action", required=True)
    create_key = keys_sub.add_parser("create", help="create an API key for a tenant")
    create_key.add_argument("--tenant", required=True)
    create_key.add_argument("--label")
    create_key.add_argument(
        "--scopes",
        default="read,write,admin",
        help="comma-separated among read, write, admin (default: all three)",
    )
    create_key.set_defaults(func=cmd_keys_create)
    revoke = keys_sub.add_parser("revoke", help="revoke an API key")
    revoke.add_argument("key_id")
    revoke.set_defaults(func=cmd_keys_revoke)
    local = sub.add_parser("ensure-local", help="make sure a local tenant and key exist")
    local.add_argument("--tenant", default="local")
    local.set_defaults(func=cmd_ensure_local)
    assess = sub.add_parser("assess", help="print the assessment of a claim file")
    assess.add_argument("file")
    assess.add_argument("--lang", choices=["fr", "en"], default="fr")
    assess.set_defaults(func=cmd_assess)
    reeval = sub.add_parser("reevaluate", help="re-evaluate stored assessments")
    reeval.add_argument("--batch", type=int, default=500)
    reeval.add_argument("--workers", type=int, default=1, help="local processes")
    reeval.add_argument(
        "--queue", action="store_true", help="queue the batches for `riposte worker` (PostgreSQL)"
    )
    reeval.add_argument("--no-wait", action="store_true", help="with --queue: do not follow")
    reeval.add_argument("--quiet", action="store_true", help="no progress bar")
    reeval.set_defaults(func=cmd_reevaluate)
    sub.add_parser("purge-idempotency", help="drop expired idempotency keys").set_defaults(
        func=cmd_purge_idempotency
    )
    purge = sub.add_parser(
        "purge",
        help="erase the matters kept past their firm's retention period (legal holds kept)",
    )
    purge.add_argument(
        "--older-than",
        default=None,
        help="idle period for this run, replacing each firm's own (P3Y, P18M, 90d...); "
        "default: each firm's setting, else three years",
    )
    purge.add_argument("--tenant", default=None, help="only this firm")
    purge.add_argument("--dry-run", action="store_true", help="print what would go, erase nothing")
    purge.set_defaults(func=cmd_purge)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except DomainError as exc:
        print(f"riposte: {exc.detail}", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"riposte: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
