"""Wake-ups queued after commits: one deferral per lock for all those of a window, none
lost, and a failing deferral does not stop the others."""

from __future__ import annotations

import contextvars
import threading
import time

from app.services.jobs.wakeups import WakeUps


def test_wake_ups_of_one_lock_in_a_window_make_one_deferral():
    deferred = []
    done = threading.Event()

    def defer(name, payload, lock):
        deferred.append((name, payload, lock))
        done.set()

    wakeups = WakeUps(defer)
    for n in range(50):
        wakeups.add("outbox.dispatch", {"n": n}, "outbox.dispatch")
    wakeups.add("webhooks.deliver", {}, "delivery-1")
    assert done.wait(5)
    time.sleep(WakeUps.WINDOW * 3)
    assert sorted(deferred, key=str) == sorted(
        [("outbox.dispatch", {"n": 0}, "outbox.dispatch"), ("webhooks.deliver", {}, "delivery-1")],
        key=str,
    )


def test_a_wake_up_after_a_flush_is_deferred_again():
    deferred = []
    wakeups = WakeUps(lambda name, payload, lock: deferred.append(lock))
    wakeups.add("outbox.dispatch", {}, "outbox.dispatch")
    _wait_for(lambda: len(deferred) == 1)
    wakeups.add("outbox.dispatch", {}, "outbox.dispatch")
    _wait_for(lambda: len(deferred) == 2)
    assert deferred == ["outbox.dispatch", "outbox.dispatch"]
    assert wakeups.flush() == 0


def _wait_for(condition) -> None:
    deadline = time.monotonic() + 5
    while not condition():
        assert time.monotonic() < deadline, "no deferral"
        time.sleep(0.005)


def test_a_failing_deferral_does_not_drop_the_others():
    deferred = []

    def defer(name, payload, lock):
        if lock == "broken":
            raise ConnectionError("queue unreachable")
        deferred.append(lock)

    wakeups = WakeUps(defer)
    context = contextvars.copy_context
    wakeups.waiting = {("a", "broken"): ({}, context()), ("b", "fine"): ({}, context())}
    assert wakeups.flush() == 2
    assert deferred == ["fine"]


REQUEST = contextvars.ContextVar("request", default=None)


def test_a_deferral_runs_in_the_context_of_its_first_wake_up():
    """What the deferral logs carries the request id of the request that caused it."""
    seen = []
    wakeups = WakeUps(lambda name, payload, lock: seen.append(REQUEST.get()))
    wakeups._loop = lambda: None  # no thread: the test flushes itself
    REQUEST.set("first")
    wakeups.add("dispatch", {}, "outbox")
    REQUEST.set("second")
    wakeups.add("dispatch", {}, "outbox")
    REQUEST.set(None)
    assert wakeups.flush() == 1
    assert seen == ["first"]


def test_a_flush_waits_for_a_deferral_the_thread_has_already_taken():
    """`drain` flushes, then runs the worker: a wake-up the thread had taken but not yet
    deferred must be in the queue when flush returns, or the worker finds nothing."""
    started, release = threading.Event(), threading.Event()
    queued = []

    def defer(name, payload, lock):
        started.set()
        assert release.wait(5)
        queued.append(lock)

    wakeups = WakeUps(defer)
    wakeups.add("evidence.analyse", {}, "evidence-1")
    assert started.wait(5)  # the thread is deferring it now
    flushed = threading.Event()
    flusher = threading.Thread(target=lambda: (wakeups.flush(), flushed.set()))
    flusher.start()
    assert not flushed.wait(0.2)
    release.set()
    flusher.join(5)
    assert flushed.is_set()
    assert queued == ["evidence-1"]
