"""Settings, read from the environment (prefix ``RIPOSTE_``) when the app starts."""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RIPOSTE_", env_file=".env", extra="ignore")

    database_url: str = Field(
        default="sqlite:///./data/riposte.db",
        description="SQLAlchemy URL: sqlite:///path or postgresql+psycopg://user@host/db",
    )
    max_body_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_upload_bytes: int = Field(default=5 * 1024 * 1024, ge=1024)
    cors_origins: list[str] = Field(default_factory=list)
    log_level: str = "info"
    trusted_proxies: str = Field(
        default="127.0.0.1",
        description="Addresses whose X-Forwarded-For/-Proto are believed (comma-separated, "
        "or * behind a proxy that always sets them); links then use the public scheme and host.",
    )
    idempotency_ttl_hours: int = Field(default=24, ge=24)
    sqlite_synchronous: str = Field(default="NORMAL", pattern="^(NORMAL|FULL|OFF)$")
    local_key_file: str = "./data/local-api-key"
    key_cache_seconds: float = Field(default=5.0, ge=0)
    tune_gc: bool = Field(
        default=True,
        description="Freeze what a worker loaded at start-up out of the cyclic garbage "
        "collector and collect less often (app.core.server.tune_garbage_collector).",
    )
    rate_limit: str = Field(
        default="600/minute",
        description="Requests per API key, in the limits library's notation (600/minute, "
        "10/second; several separated by ';' are not supported); off disables it.",
    )
    rate_limit_storage: str = Field(
        default="auto",
        description="auto (the database on PostgreSQL, memory on SQLite), memory, database, "
        "or a storage URI of the limits library such as redis://host:6379",
    )
    jobs_backend: str = Field(
        default="auto",
        pattern="^(auto|memory|procrastinate)$",
        description="auto: procrastinate on PostgreSQL, an in-process queue on SQLite",
    )
    webhook_allow_private_networks: bool = Field(
        default=False,
        description="Allow http and loopback/private addresses (local development, tests).",
    )
    webhook_timeout_seconds: float = Field(default=10.0, gt=0, le=60)
    webhook_retry_base_seconds: float = Field(default=30.0, ge=0)
    webhook_retry_hours: float = Field(default=24.0, gt=0, le=72)
    deadline_notice_days: int = Field(default=7, ge=0, le=90)
    worker_in_process: bool = Field(
        default=False, description="Run a job worker inside the web process (make run)."
    )
    public_base_url: str | None = Field(
        default=None,
        description="Absolute links (Location, next) start with this URL, e.g. "
        "https://riposte.example.com; unset, links are relative paths (the Host header is "
        "never reflected).",
    )
    allowed_hosts: list[str] = Field(
        default_factory=lambda: ["*"],
        description='Host headers accepted, e.g. ["api.example.com"]; "*" accepts any.',
    )
    db_connect_timeout: float = Field(default=5.0, gt=0, description="Seconds to connect.")
    db_statement_timeout: float = Field(
        default=15.0,
        gt=0,
        description="Seconds a statement may run (PostgreSQL server side; "
        "a client-side watchdog closes the connection a little later when the server hangs).",
    )
    db_pool_size: int = Field(
        default=30,
        ge=1,
        description="PostgreSQL connections a process keeps open once it has needed them "
        "(opened on demand, never ahead).",
    )
    db_max_overflow: int = Field(
        default=10,
        ge=0,
        description="PostgreSQL connections a process may open beyond the pool's size at a "
        "peak, each closed when handed back.",
    )
    db_pool_timeout: float = Field(
        default=10.0, gt=0, description="Seconds a request waits for a pooled connection."
    )
    sqlite_busy_timeout: float = Field(
        default=5.0, ge=0, description="Seconds SQLite waits for another process's write lock."
    )
    sqlite_checkpoint_seconds: float = Field(
        default=1.0,
        ge=0,
        description="Seconds between two WAL checkpoints of a background thread (SQLite; "
        "commits then checkpoint inline only past 10,000 log pages); 0: SQLite's inline "
        "checkpoints every 1,000 pages (app.core.sqlite_wal).",
    )
    retry_after_seconds: int = Field(
        default=5, ge=1, description="Retry-After of 503 answers (database unavailable)."
    )
    letter_parse_workers: int = Field(
        default=2, ge=1, description="Processes parsing uploaded letters (each one at a time)."
    )
    letter_parse_seconds: float = Field(
        default=120.0,
        gt=0,
        description="Wall-clock budget to parse one letter, the worker killed beyond it (above "
        "the parser's own budgets, OCR's 90 s included, which answer first).",
    )
    letter_parse_memory_mb: int = Field(
        default=1024, ge=256, description="Address-space limit of a letter parsing process."
    )
    evidence_store: str = Field(
        default="file://./data/evidence",
        description="file:///path (or file://./relative) or s3://bucket/prefix",
    )
    evidence_s3_endpoint_url: str | None = None
    evidence_s3_region: str | None = None
    max_evidence_bytes: int = Field(default=25 * 1024 * 1024, ge=1024)
    evidence_quota_bytes: int = Field(default=2 * 1024**3, ge=1024, description="Per tenant.")
    max_evidence_pixels: int = Field(default=60_000_000, ge=10_000)
    evidence_pdf_max_pages: int = Field(default=200, ge=1)
    evidence_pdf_seconds: float = Field(default=10.0, gt=0)
    evidence_inline_bytes: int = Field(
        default=1024 * 1024,
        ge=0,
        description="Files up to this size are analysed during the upload; larger ones in "
        "the background (the evidence shows `analysing` until done).",
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
