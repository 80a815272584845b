"""Applying the Alembic migrations programmatically (CLI, tests, container start)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

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


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)
