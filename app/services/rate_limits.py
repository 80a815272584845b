"""Per-key request budgets (``RIPOSTE_RATE_LIMIT``, default ``600/minute``) counted with the
``limits`` library: in memory for a single process (SQLite), in the shared database on
PostgreSQL so that every replica draws on one budget, or in any storage ``limits`` reads
from a URI (``RIPOSTE_RATE_LIMIT_STORAGE=redis://...``)."""

from __future__ import annotations

import logging
import math
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Protocol

from limits import parse
from limits.storage import MemoryStorage, Storage, storage_from_string
from limits.strategies import FixedWindowRateLimiter
from sqlalchemy import Engine

from app.repositories.rate_limits import DatabaseStorage

log = logging.getLogger("riposte.rate_limit")
NAMESPACE = "api-key"
FEED_NAMESPACE = "calendar-feed"


@dataclass(frozen=True)
class Budget:
    """Where a key stands in its current window after this request."""

    allowed: bool
    limit: int
    remaining: int
    reset_after: int
    """Seconds until the window resets (and a refused request may be retried)."""
    window: int
    """Length of the window in seconds."""


class Counter(Protocol):
    """A storage that counts a hit and reads its window back in one step."""

    def count(self, key: str, expiry: int, amount: int = 1) -> tuple[int, float]: ...


class WindowCounter:
    """Fixed-window counters of this process: one dictionary under a lock. ``limits``'
    ``MemoryStorage`` takes three calls per request (increment, hits, expiry) and expires
    its keys from a timer thread; a request here is one dictionary update."""

    SWEEP_EVERY = 60.0
    """Seconds between two sweeps of the windows that ended (bounds the dictionary)."""

    def __init__(self) -> None:
        self.windows: dict[str, list[float]] = {}
        self.lock = threading.Lock()
        self.next_sweep = time.time() + self.SWEEP_EVERY

    def count(self, key: str, expiry: int, amount: int = 1) -> tuple[int, float]:
        now = time.time()
        with self.lock:
            if now >= self.next_sweep:
                self.windows = {k: w for k, w in self.windows.items() if w[1] > now}
                self.next_sweep = now + self.SWEEP_EVERY
            window = self.windows.get(key)
            if window is None or window[1] <= now:
                window = self.windows[key] = [0, now + expiry]
            window[0] += amount
            return int(window[0]), window[1]


class RateLimiter:
    def __init__(self, rule: str, storage: Storage | WindowCounter) -> None:
        self.item = parse(rule)
        self.storage = storage
        self.counter: Counter | None = storage if hasattr(storage, "count") else None
        self.strategy = None if self.counter else FixedWindowRateLimiter(storage)

    @property
    def in_memory(self) -> bool:
        """Counted in this process, no I/O: callable from the event loop."""
        return isinstance(self.storage, WindowCounter | MemoryStorage)

    def hit(self, key_id: uuid.UUID | str, namespace: str = NAMESPACE) -> Budget | None:
        """Count one request of the key (an API key's id; a calendar feed's token hash in
        its own namespace); None when the storage cannot be reached (the request goes on:
        an unavailable counter must not take the API down with it)."""
        key = str(key_id)
        limit = self.item.amount
        try:
            if self.counter is not None:
                hits, reset_time = self.counter.count(
                    self.item.key_for(namespace, key), self.item.get_expiry()
                )
                allowed, remaining = hits <= limit, limit - hits
            else:
                allowed = self.strategy.hit(self.item, namespace, key)
                remaining, reset_time = _stats(self.strategy, self.item, namespace, key)
        except Exception as exc:  # the storage's own errors vary (database, Redis...)
            log.warning("rate limit storage unavailable: %s", type(exc).__name__)
            return None
        return Budget(
            allowed=allowed,
            limit=limit,
            remaining=max(remaining, 0),
            reset_after=max(math.ceil(reset_time - time.time()), 0),
            window=self.item.get_expiry(),
        )


def _stats(strategy: FixedWindowRateLimiter, item, namespace: str, key: str):
    stats = strategy.get_window_stats(item, namespace, key)
    return stats.remaining, stats.reset_time


def storage_for(choice: str, engine: Engine) -> Storage | WindowCounter:
    """``auto``: the database on PostgreSQL, memory otherwise; ``memory``; ``database``; or
    a storage URI of the ``limits`` library."""
    if choice == "auto":
        choice = "database" if engine.dialect.name == "postgresql" else "memory"
    if choice == "memory":
        return WindowCounter()
    if choice == "database":
        if engine.dialect.name != "postgresql":
            # SQLite serves one process with one connection: memory is the shared budget.
            raise ValueError("the database rate-limit storage needs PostgreSQL; use memory")
        return DatabaseStorage(engine)
    return storage_from_string(choice)


def build(rule: str, choice: str, engine: Engine) -> RateLimiter | None:
    """The limiter the settings ask for; None when limits are off (``RIPOSTE_RATE_LIMIT=off``)."""
    if rule.strip().lower() in ("off", "none", ""):
        return None
    return RateLimiter(rule, storage_for(choice, engine))
