"""Outage logging: one line per kind of outage per interval, never a traceback per request
(a 45-second outage must not write thousands of tracebacks)."""

from __future__ import annotations

import logging
import time

log = logging.getLogger("riposte")


class OutageLog:
    def __init__(self, interval: float = 10.0) -> None:
        self.interval = interval
        self.last: dict[str, float] = {}
        self.suppressed: dict[str, int] = {}

    def note(self, kind: str, exc: BaseException) -> None:
        now = time.monotonic()
        if now - self.last.get(kind, -self.interval) < self.interval:
            self.suppressed[kind] = self.suppressed.get(kind, 0) + 1
            return
        self.last[kind] = now
        omitted = self.suppressed.pop(kind, 0)
        log.warning(
            "%s: %s%s",
            kind,
            type(getattr(exc, "orig", None) or exc).__name__,
            f" ({omitted} more since the last report)" if omitted else "",
        )


outages = OutageLog()
