"""Letters are parsed in worker processes with a memory limit and a wall-clock budget, so
that one hostile file (a decompression bomb, a quadratic HTML case) costs one worker, never
the server: the worker is killed and replaced, and the request answers 413 or 422.

Each worker is a single-process pool, so killing one for overrunning its budget touches no
other request. Workers start from a forkserver with the letter parser already imported.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import resource
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from app.core.errors import InvalidInput, PayloadTooLarge, ServiceUnavailable
from app.services import intake
from app.services.letters import language

PARSER_MODULES = ["app.services.parser_preload"]
"""Imported by the forkserver: the parser, with lingua's models and the language data
loaded (`intake.warm_up`)."""
QUEUE_SECONDS = 10.0
"""How long a request waits for a free worker before answering 503."""
WARM_UP_SECONDS = 120.0
"""How long a request sent while the first worker is still starting (importing the parser
and its language models) waits for it."""


class LetterTooHard(InvalidInput):
    """The letter could not be read within the parsing budget."""


def _limit_memory(megabytes: int) -> None:
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _ready() -> None:
    """The first task of a worker, so that it starts right away, with the parser warm
    (a no-op when the forkserver's preload already warmed it)."""
    if not language.is_warm():
        intake.warm_up()


def _parse(kind: str, payload, filename, content_type):
    """Runs in the worker: the letter parser, with MemoryError as a plain answer."""
    try:
        if kind == "text":
            return intake.parse_text(payload)
        return intake.parse_document(payload, filename, content_type)
    except MemoryError:
        return MemoryError()


class ParsingPool:
    def __init__(self, workers: int, seconds: float, memory_mb: int) -> None:
        self.seconds = seconds
        self.memory_mb = memory_mb
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(PARSER_MODULES)
        self.size = workers
        self.idle: asyncio.Queue[ProcessPoolExecutor] | None = None
        self.warm = False  # a worker of the current pool has been ready

    def _worker(self) -> ProcessPoolExecutor:
        """A new worker, started at once (importing the parser takes seconds: not on the
        clock of the next letter)."""
        worker = ProcessPoolExecutor(
            max_workers=1,
            mp_context=self.context,
            initializer=_limit_memory,
            initargs=(self.memory_mb,),
        )
        worker.submit(_ready)
        return worker

    def start(self) -> None:
        """Make the workers in a thread: starting one waits for the forkserver to import the
        parser and its models (seconds), which must not hold up the server's startup. A
        letter sent meanwhile waits for the first worker (up to `QUEUE_SECONDS`)."""
        if self.idle is None:
            self.idle = asyncio.Queue()
            self.warm = False
            loop = asyncio.get_running_loop()
            threading.Thread(
                target=self._fill, args=(loop, self.idle), name="letter-parsers", daemon=True
            ).start()

    def _add(self, idle: asyncio.Queue, worker: ProcessPoolExecutor) -> None:
        self.warm = self.warm or idle is self.idle
        idle.put_nowait(worker)

    def _fill(self, loop: asyncio.AbstractEventLoop, idle: asyncio.Queue) -> None:
        for _ in range(self.size):
            worker = self._worker()
            if idle is not self.idle:  # closed meanwhile: this worker belongs to no pool
                _kill(worker)
                return
            try:
                loop.call_soon_threadsafe(self._add, idle, worker)
            except RuntimeError:  # the loop has closed
                _kill(worker)
                return

    async def parse_text(self, text: str):
        return await self._run("text", text, None, None)

    async def parse_document(self, data: bytes, filename: str | None, content_type: str | None):
        return await self._run("document", data, filename, content_type)

    async def _run(self, kind, payload, filename, content_type):
        self.start()
        idle = self.idle
        try:
            wait = QUEUE_SECONDS if self.warm else WARM_UP_SECONDS
            worker = await asyncio.wait_for(idle.get(), wait)
        except TimeoutError:
            raise ServiceUnavailable(
                "Every letter parser is busy; retry shortly.", retry_after=5
            ) from None
        healthy = True
        try:
            future = worker.submit(_parse, kind, payload, filename, content_type)
            result = await asyncio.wait_for(asyncio.wrap_future(future), self.seconds)
        except TimeoutError:
            healthy = False
            raise LetterTooHard(
                f"The letter took more than {self.seconds:g} s to read; send its text instead."
            ) from None
        except BrokenProcessPool:
            healthy = False
            raise PayloadTooLarge(
                "Reading the letter needed more memory than a parser may use."
            ) from None
        finally:
            if idle is not self.idle:
                _kill(worker)
            elif healthy:
                idle.put_nowait(worker)
            else:
                _kill(worker)
                idle.put_nowait(self._worker())
        if isinstance(result, MemoryError):
            raise PayloadTooLarge(
                f"Reading the letter needed more than {self.memory_mb} MB; send its text."
            )
        return result

    def close(self) -> None:
        """Stops the idle workers; the next start (a later lifespan, a later request) makes
        new ones, so a pool closed at shutdown is never left empty for the next startup."""
        idle, self.idle = self.idle, None
        while idle is not None and not idle.empty():
            _kill(idle.get_nowait())


def _kill(worker: ProcessPoolExecutor) -> None:
    for process in list((worker._processes or {}).values()):
        process.kill()
    worker.shutdown(wait=False, cancel_futures=True)
