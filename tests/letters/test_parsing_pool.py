"""The pool of letter-parsing processes across an application's lifespans."""

from __future__ import annotations

import asyncio

from app.services.parsing_pool import ParsingPool

LETTER = "Dear Sir or Madam, COPYTRACK GmbH acts on behalf of Trunk Archive. Case no: 7Q2K9X"


def test_a_pool_closed_at_shutdown_parses_again_after_the_next_startup() -> None:
    pool = ParsingPool(workers=1, seconds=30, memory_mb=1024)

    async def lifespan_then_parse():
        pool.start()
        pool.close()
        pool.start()
        return await asyncio.wait_for(pool.parse_text(LETTER), 60)

    try:
        parsed = asyncio.run(lifespan_then_parse())
    finally:
        pool.close()
    assert parsed.text.startswith("Dear Sir")


def test_a_worker_still_busy_when_the_pool_closes_is_not_handed_to_the_next_lifespan() -> None:
    pool = ParsingPool(workers=1, seconds=30, memory_mb=1024)

    async def close_while_parsing():
        pool.start()
        while pool.idle.empty():  # the worker is made in a thread
            await asyncio.sleep(0.01)
        running = asyncio.ensure_future(pool.parse_text(LETTER))
        while not pool.idle.empty():
            await asyncio.sleep(0.01)
        pool.close()
        pool.start()
        await asyncio.wait_for(running, 60)
        return pool.idle.qsize()

    try:
        idle = asyncio.run(close_while_parsing())
    finally:
        pool.close()
    assert idle == 1


def test_a_worker_has_the_language_models_loaded_before_its_first_letter() -> None:
    from app.services.letters import language

    pool = ParsingPool(workers=1, seconds=30, memory_mb=1024)
    worker = pool._worker()
    try:
        assert worker.submit(language.is_warm).result(timeout=60) is True
    finally:
        worker.shutdown(wait=False, cancel_futures=True)


def test_the_forkserver_preload_warms_the_parser(monkeypatch) -> None:
    import importlib
    import sys

    from app.services.letters import language
    from app.services.parsing_pool import PARSER_MODULES

    monkeypatch.setattr(language, "_warm", False)
    for module in PARSER_MODULES:
        if module in sys.modules:
            importlib.reload(sys.modules[module])
        else:
            importlib.import_module(module)
    assert language.is_warm()


def test_startup_does_not_wait_for_the_workers_to_import_the_parser(monkeypatch) -> None:
    """The workers are made in a thread: `start` (the lifespan) returns while the first
    worker is still being made, and a letter sent meanwhile gets it when it is ready."""
    import threading

    release = threading.Event()
    made = ParsingPool._worker

    def slow_worker(self):
        assert release.wait(60)
        return made(self)

    monkeypatch.setattr(ParsingPool, "_worker", slow_worker)
    pool = ParsingPool(workers=1, seconds=30, memory_mb=1024)

    async def start_then_parse():
        pool.start()
        waiting_for_the_worker = pool.idle.empty()
        release.set()
        parsed = await asyncio.wait_for(pool.parse_text(LETTER), 60)
        return waiting_for_the_worker, parsed

    try:
        waiting, parsed = asyncio.run(start_then_parse())
    finally:
        release.set()
        pool.close()
    assert waiting
    assert parsed.text.startswith("Dear Sir")
