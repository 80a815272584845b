"""The repositories are the only place for SQL and for the tenant condition: a service that
builds a query of its own fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.paths import REPO

SERVICES = REPO / "app" / "services"
QUERY_BUILDERS = {"select", "update", "delete", "insert", "text", "tuple_", "and_", "or_"}
NOT_YET_MOVED: set[str] = set()  # services whose queries still wait for a repository


def query_building(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in (
            "sqlalchemy",
            "sqlmodel",
        ):
            found += [f"imports {a.name}" for a in node.names if a.name in QUERY_BUILDERS]
        if isinstance(node, ast.Attribute) and node.attr in ("exec", "execute", "tenant_id"):
            if (
                node.attr != "tenant_id"
                or isinstance(node.value, ast.Name)
                and node.value.id[0].isupper()
            ):
                found.append(f"line {node.lineno}: .{node.attr}")
    return found


def test_no_service_builds_a_query_or_a_tenant_condition_of_its_own():
    offenders = {}
    for path in sorted(SERVICES.rglob("*.py")):
        name = path.relative_to(SERVICES).as_posix()
        if name in NOT_YET_MOVED:
            continue
        found = query_building(path)
        if found:
            offenders[name] = found
    assert not offenders, offenders


def test_the_check_sees_a_query_written_in_a_service(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text(
        "from sqlmodel import select\n"
        "from app.models import Assessment\n"
        "def mine(session, tenant_id):\n"
        "    return session.exec(select(Assessment).where(Assessment.tenant_id == tenant_id))\n",
        encoding="utf-8",
    )
    assert len(query_building(sneaky)) == 3


def test_the_tenant_condition_is_written_once():
    repository = (REPO / "app" / "repositories" / "assessments.py").read_text(encoding="utf-8")
    assert repository.count("Assessment.tenant_id == self.tenant_id") == 2  # read and update


def test_the_tenant_condition_lives_only_in_repositories():
    """``Model.tenant_id == ...`` is written in app/repositories/ and nowhere else in the
    services or routers."""
    pattern = re.compile(r"\b[A-Z]\w*\.tenant_id\s*[!=]=")
    found = []
    for folder in ("services", "routers"):
        for path in sorted((REPO / "app" / folder).rglob("*.py")):
            name = path.relative_to(REPO / "app" / folder).as_posix()
            if folder == "services" and name in NOT_YET_MOVED:
                continue
            if pattern.search(path.read_text(encoding="utf-8")):
                found.append(f"{folder}/{name}")
    assert not found, found
