"""One-row INSERTs compiled once per dialect and run on the transaction's DBAPI cursor.

Every create writes the same four rows (assessment, first revision, outbox event, audit
row). Through ``Connection.execute`` each one paid SQLAlchemy's execution context, compiled
cache lookup and result setup, which together cost more than SQLite's own work; here the
statement is compiled once, the values go through the same type processors SQLAlchemy
would apply (compression, UUIDs, timestamps, JSON), and the cursor runs it in the caller's
transaction. Database errors are raised as SQLAlchemy's own exceptions (an
``OperationalError`` still answers 503, a lost connection is still invalidated), and
``dialect.do_execute`` is still the call, so PostgreSQL's statement watchdog still sees it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.exc import DBAPIError

_MISSING = object()


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    names: tuple[str, ...]
    positional: bool
    processors: tuple[Callable[[Any], Any] | None, ...]
    defaults: tuple[Any, ...]
    """Per column: ``_MISSING`` (NULL when not given), a value, or a callable of no
    argument (``uuid4``, ``utcnow``), as the column's Python default says."""


class RowInsert:
    """``insert(table)`` of one row of every column; a column left out takes its Python
    default (as ``Connection.execute`` would give it) or NULL."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self._compiled: dict[str, _Compiled] = {}

    def execute(self, connection: Connection, values: dict[str, Any]) -> None:
        dialect = connection.dialect
        compiled = self._compiled.get(dialect.name) or self._compile(dialect)
        row = []
        for name, process, default in zip(
            compiled.names, compiled.processors, compiled.defaults, strict=True
        ):
            value = values.get(name, _MISSING)
            if value is _MISSING:
                if default is _MISSING:  # left out: SQL NULL, as when the column is omitted
                    row.append(None)
                    continue
                value = default() if callable(default) else default
            row.append(value if process is None else process(value))
        parameters: Any = (
            tuple(row) if compiled.positional else dict(zip(compiled.names, row, strict=True))
        )
        proxied = connection.connection
        cursor = proxied.cursor()
        try:
            dialect.do_execute(cursor, compiled.sql, parameters, None)
        except dialect.loaded_dbapi.Error as exc:
            lost = dialect.is_disconnect(exc, proxied, cursor)
            if lost:
                connection.invalidate(exc)
            raise DBAPIError.instance(
                compiled.sql,
                parameters,
                exc,
                dialect.loaded_dbapi.Error,
                hide_parameters=True,
                connection_invalidated=lost,
                dialect=dialect,
            ) from exc
        finally:
            cursor.close()

    def _compile(self, dialect: Dialect) -> _Compiled:
        columns = list(self.table.columns)
        keys = [column.key for column in columns]
        compiled = insert(self.table).compile(dialect=dialect, column_keys=keys)
        names = tuple(compiled.positiontup) if compiled.positional else tuple(keys)
        if sorted(names) != sorted(keys):
            raise RuntimeError(f"{self.table.name}: bound names differ from its columns")
        by_key = {column.key: column for column in columns}
        processors = []
        defaults = []
        for name in names:
            column = by_key[name]
            processors.append(column.type.dialect_impl(dialect).bind_processor(dialect))
            defaults.append(_python_default(column))
        prepared = _Compiled(
            compiled.string, names, compiled.positional, tuple(processors), tuple(defaults)
        )
        self._compiled[dialect.name] = prepared
        return prepared


def _python_default(column) -> Any:
    default = column.default
    if default is None:
        return _MISSING
    if default.is_scalar:
        return default.arg
    if default.is_callable:
        return lambda: default.arg(None)  # SQLAlchemy wraps a no-argument callable
    raise RuntimeError(f"{column}: a SQL expression default is not supported here")
