"""Where evidence analysis runs when it is too slow for the request: a small in-process
executor with one worker (analyses run one after the other, in upload order).

``submit`` is the only entry point, so that a shared job queue can replace it without
touching the callers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger("riposte.evidence")


class BackgroundRunner:
    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="evidence")

    def submit(self, job: Callable[..., None], *args) -> Future:
        future = self._executor.submit(job, *args)
        future.add_done_callback(_report)
        return future

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=False)


def _report(future: Future) -> None:
    error = future.exception()
    if error is not None:  # the job records its own failure; this is a last resort
        log.error("evidence job failed: %s", type(error).__name__)
