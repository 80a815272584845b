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
    idempotency_ttl_hours: int = Field(default=24, ge=24)
    sqlite_synchronous: str = Field(default="NORMAL", pattern="^(NORMAL|FULL|OFF)$")
    local_key_file: str = "./data/local-api-key"
    key_cache_seconds: float = Field(default=5.0, ge=0)
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
