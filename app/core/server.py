"""uvicorn with a deadline on request headers (uvicorn has none): a client that sends its
headers one line a second is disconnected after ``HEADER_SECONDS`` instead of holding a
connection for as long as it likes. Bodies have their own deadline (``body_limit``).

The deadline is one mixin on either of uvicorn's HTTP parsers: httptools (C, ``llhttp``),
which ``riposte serve`` uses when it is installed (``uvicorn[standard]``), and h11 (pure
Python) otherwise; h11 parsed and framed each request in Python (see docs/performance.md)."""

from __future__ import annotations

import asyncio

from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_SECONDS = 10.0


class HeaderDeadline:
    """Armed when a connection opens and after each response (keep-alive), disarmed when a
    request's headers are in; when it fires between requests, the connection is closed."""

    header_deadline: asyncio.TimerHandle | None = None

    def _arm(self) -> None:
        self._disarm()
        self.header_deadline = self.loop.call_later(HEADER_SECONDS, self._too_slow)

    def _disarm(self) -> None:
        if self.header_deadline is not None:
            self.header_deadline.cancel()
            self.header_deadline = None

    def _too_slow(self) -> None:
        self.header_deadline = None
        if self.cycle is None or self.cycle.response_complete:
            self.transport.close()


class DeadlineH11Protocol(HeaderDeadline, H11Protocol):
    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not None and self.cycle is not before:
            self._disarm()  # the headers are in: the request runs

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm()  # the next request's headers have the same deadline

    def connection_lost(self, exc) -> None:
        self._disarm()
        super().connection_lost(exc)


def deadline_protocol() -> type:
    """The HTTP protocol ``riposte serve`` runs: httptools with the deadline when it is
    installed, else h11 with it."""
    try:
        from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
    except ImportError:  # httptools missing: uvicorn without its [standard] extras
        return DeadlineH11Protocol

    class DeadlineHttpToolsProtocol(HeaderDeadline, HttpToolsProtocol):
        def connection_made(self, transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._arm()

        def on_headers_complete(self) -> None:
            self._disarm()  # the headers are in: the request runs
            super().on_headers_complete()

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()

        def connection_lost(self, exc) -> None:
            self._disarm()
            super().connection_lost(exc)

    return DeadlineHttpToolsProtocol


GC_THRESHOLDS = (10_000, 20, 20)
"""The cyclic collector's thresholds in a worker (CPython's default is 700, 10, 10).

An assessment allocates tens of thousands of short-lived objects that reference counting
frees at once; with the default the collector still ran every 700 allocations over
everything the concurrent requests hold, about a tenth of a request's CPU. Cycles are
rare in a request, so collecting less often costs little memory."""


def tune_garbage_collector() -> None:
    """Called once a worker has loaded everything (the lifespan): what start-up built
    lives as long as the process, so it is collected now and then frozen out of every
    later collection (``gc.freeze``), and the thresholds are raised (``GC_THRESHOLDS``)."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)
