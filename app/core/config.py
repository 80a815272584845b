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
    jobs_backend: str = Field(
        default="auto",
        pattern="^(auto|memory|procrastinate)$",
        description="auto: procrastinate on PostgreSQL, an in-process queue on SQLite",
    )
    worker_in_process: bool = Field(
        default=False, description="Run a job worker inside the web process (make run)."
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
