"""The ASGI application ``app.main:app``.

``create_app`` builds the routes; settings are read, and the database and rulebook are
opened, when the application starts (lifespan), never at import.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from asgi_correlation_id import CorrelationIdMiddleware
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.routing import APIRoute

from app import __version__
from app.core.config import Settings, get_settings
from app.core.database import engine_for
from app.core.logs import configure_logging
from app.core.server import tune_garbage_collector
from app.core.sqlite_wal import checkpointer_for
from app.routers import (
    api_docs,
    assessments,
    calendar,
    drafts,
    evaluate,
    evidence,
    firm_data,
    health,
    letters,
    matters,
    outcomes,
    problem_types,
    rulebook,
    web,
    web_sign_in,
    webhooks,
)
from app.routers.access_log import AccessLogMiddleware
from app.routers.audit_trail import AuditReadsMiddleware
from app.routers.body_limit import BodyLimitMiddleware
from app.routers.edge import TrustedHostMiddleware, strip_access_log_queries
from app.routers.input_guard import InputGuardMiddleware
from app.routers.metrics import MetricsMiddleware, metrics
from app.routers.openapi import build_openapi
from app.routers.problems import install_error_handlers
from app.routers.rate_limit_headers import RateLimitHeadersMiddleware
from app.services import audit, jobs, rate_limits
from app.services.evaluation import Evaluator
from app.services.evidence.pipeline import use_store
from app.services.evidence.store import open_store
from app.services.parsing_pool import ParsingPool
from app.services.tenants import KeyCache

TAGS = [
    {"name": "assessments", "description": "Assess demand letters, store and revise them."},
    {"name": "evaluate", "description": "What-if evaluation without storage."},
    {"name": "letters", "description": "Turn a pasted demand letter into a claim draft."},
    {"name": "evidence", "description": "The case's files, and the facts they propose."},
    {"name": "drafts", "description": "Reply letters and the firm's letterhead and templates."},
    {"name": "outcomes", "description": "How matters ended, and statistics per agency."},
    {"name": "rulebook", "description": "The rules, parameters and sources Riposte applies."},
    {"name": "webhooks", "description": "Signed change events sent to the firm's endpoints."},
    {"name": "calendar", "description": "The firm's deadlines as a calendar feed."},
    {
        "name": "matters",
        "description": "A matter's export and erasure (GDPR Art. 20, 17), and legal holds.",
    },
    {
        "name": "firm data",
        "description": "The firm's whole export, its retention period and its audit log.",
    },
    {"name": "health", "description": "Liveness and readiness probes."},
    {"name": "problems", "description": "The problem types errors carry, with their meaning."},
]
UPLOAD_PATHS = ("/v1/letters/", "/v1/assessments/from-letter")
MULTIPART_ALLOWANCE = 64 * 1024  # the parts' headers and the kind and note fields
GZIP_MINIMUM_BYTES = 1024
"""Below about a kilobyte gzip saves less than the header and the CPU cost."""
GZIP_LEVEL = 6
"""An assessment (about 50 KB) shrinks to a tenth at level 6; level 9 costs twice the
time for about 1 % less."""


def configure(app: FastAPI, settings: Settings) -> None:
    """Open what the app needs from its settings (used by the lifespan and by tests)."""
    app.state.settings = settings
    app.state.engine = engine_for(settings)
    app.state.evaluator = getattr(app.state, "evaluator", None) or Evaluator()
    app.state.key_cache = KeyCache(ttl=settings.key_cache_seconds)
    app.state.rate_limiter = rate_limits.build(
        settings.rate_limit, settings.rate_limit_storage, app.state.engine
    )
    app.state.audit_reads = audit.ReadLog(app.state.engine)
    app.state.jobs = jobs.install(jobs.build_queue(settings, app.state.engine))
    app.state.parsing = ParsingPool(
        settings.letter_parse_workers,
        settings.letter_parse_seconds,
        settings.letter_parse_memory_mb,
    )
    app.state.evidence_store = use_store(
        app.state.engine,
        open_store(
            settings.evidence_store,
            endpoint_url=settings.evidence_s3_endpoint_url,
            region=settings.evidence_s3_region,
        ),
    )


class LazyCORS:
    """CORS from the settings, built at the first HTTP request (the lifespan, which reads
    the settings, comes first)."""

    def __init__(self, app) -> None:
        self.app = app
        self.wrapped = None

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.wrapped is None:
            state = scope.get("app").state if scope.get("app") else None
            origins = state.settings.cors_origins if state and hasattr(state, "settings") else []
            self.wrapped = (
                CORSMiddleware(
                    self.app,
                    allow_origins=origins,
                    allow_methods=["*"],
                    allow_headers=["*"],
                    expose_headers=[
                        "ETag",
                        "Location",
                        "X-Request-ID",
                        "Idempotent-Replayed",
                        "Retry-After",
                    ],
                )
                if origins
                else self.app
            )
        await self.wrapped(scope, receive, send)


def create_app(settings: Settings | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if not hasattr(app.state, "engine"):
            configure(app, settings or get_settings())
        if app.state.settings.worker_in_process:
            app.state.jobs.start()
        strip_access_log_queries()
        configure_logging(app.state.settings.log_level)
        app.state.parsing.start()
        app.state.audit_reads.start()
        checkpointer = checkpointer_for(
            app.state.engine, app.state.settings.sqlite_checkpoint_seconds
        )
        if checkpointer is not None:
            checkpointer.start()
        app.state.wal_checkpointer = checkpointer
        if app.state.settings.tune_gc:
            tune_garbage_collector()
        yield
        if checkpointer is not None:
            checkpointer.stop()
        app.state.audit_reads.stop()
        app.state.parsing.close()
        app.state.jobs.stop()
        app.state.engine.dispose()

    app = FastAPI(
        title="Riposte API",
        version=__version__,
        description=(
            "Explained assessments of image-copyright demand letters for IP lawyers: "
            "findings with their legal basis, missing facts, a strategy and a counter-offer."
        ),
        openapi_tags=TAGS,
        lifespan=lifespan,
        generate_unique_id_function=lambda route: route.name,
        docs_url=None,
        redoc_url=None,
    )
    api_docs.install(app)

    def limit_for(path: str) -> int:
        current = getattr(app.state, "settings", None) or get_settings()
        if path.startswith(UPLOAD_PATHS):
            return current.max_upload_bytes
        if path.startswith("/v1/assessments/") and path.endswith("/evidence"):
            return current.max_evidence_bytes + MULTIPART_ALLOWANCE
        return current.max_body_bytes

    app.add_middleware(InputGuardMiddleware)
    app.add_middleware(BodyLimitMiddleware, limit_for=limit_for)
    app.add_middleware(LazyCORS)
    app.add_middleware(RateLimitHeadersMiddleware)
    app.add_middleware(AuditReadsMiddleware)
    app.add_middleware(MetricsMiddleware)
    app.add_middleware(AccessLogMiddleware)
    app.add_middleware(CorrelationIdMiddleware, header_name="X-Request-ID")
    app.add_middleware(TrustedHostMiddleware)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_BYTES, compresslevel=GZIP_LEVEL)
    install_error_handlers(app)
    for module in (
        letters,
        assessments,
        evidence,
        drafts,
        outcomes,
        evaluate,
        rulebook,
        webhooks,
        calendar,
        matters,
        firm_data,
        health,
        problem_types,
        web_sign_in,
        web,
    ):
        app.include_router(module.router)
    app.add_route("/metrics", metrics, include_in_schema=False)
    app.openapi = lambda: build_openapi(app)
    for route in app.routes:
        if isinstance(route, APIRoute):
            route.operation_id = route.name
    return app


app = create_app()
