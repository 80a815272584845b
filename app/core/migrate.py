"""Applying the Alembic migrations programmatically (CLI, tests, container start)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import make_url

from app.core.database import build_engine

SOURCE_ROOT = Path(__file__).resolve().parents[2]


def project_root() -> Path:
    """Where ``alembic.ini`` and ``migrations/`` are: the source tree, or the working
    directory of an installed package (the container's WORKDIR)."""
    if (SOURCE_ROOT / "alembic.ini").exists():
        return SOURCE_ROOT
    return Path.cwd()


def alembic_config(url: str) -> Config:
    root = project_root()
    config = Config(str(root / "alembic.ini"))
    config.set_main_option("script_location", str(root / "migrations"))
    config.attributes["url"] = url
    return config


def include_name(name, type_, parent_names) -> bool:
    """Autogenerate ignores procrastinate's job tables: its own SQL creates them."""
    return not (type_ == "table" and name and name.startswith("procrastinate_"))


# One key for every replica: ``pg_advisory_lock`` makes the others wait until the first has
# migrated, then they find the schema current and do nothing.
MIGRATION_LOCK = 0x52495053  # "RIPS"


def upgrade(url: str, revision: str = "head") -> None:
    """Apply the migrations; on PostgreSQL under an advisory lock, so replicas starting
    together on one fresh database migrate it once, one after the other."""
    config = alembic_config(url)
    if make_url(url).get_backend_name() != "postgresql":
        command.upgrade(config, revision)
        return
    engine = build_engine(url, null_pool=True)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:key)"), {"key": MIGRATION_LOCK})
            conn.commit()
            try:
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
                conn.commit()
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK})
                conn.commit()
    finally:
        engine.dispose()


@lru_cache(maxsize=1)
def head_revisions() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(alembic_config("sqlite://")).get_heads())


def schema_is_current(connection) -> bool:
    """Whether the database has every migration applied (``/readyz`` waits for it)."""
    current = set(MigrationContext.configure(connection).get_current_heads())
    return current == head_revisions()
