"""The header deadline holds on both HTTP parsers ``riposte serve`` may run (httptools when
installed, h11 otherwise): slow headers are cut off, a prompt request is answered, and a
kept-alive connection is closed when the next request's headers do not arrive."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import pytest
import uvicorn

from app.core import server as deadline
from tests.reliability.server import free_port


async def _hello(scope, receive, send):
    if scope["type"] != "http":
        return
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]}
    )
    await send({"type": "http.response.body", "body": b"ok"})


@pytest.fixture(params=["h11", "httptools"])
def served(request, monkeypatch):
    monkeypatch.setattr(deadline, "HEADER_SECONDS", 0.5)
    protocol = (
        deadline.DeadlineH11Protocol if request.param == "h11" else deadline.deadline_protocol()
    )
    if request.param == "httptools" and protocol is deadline.DeadlineH11Protocol:
        pytest.skip("httptools is not installed")
    port = free_port()
    config = uvicorn.Config(_hello, port=port, http=protocol, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline_at = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline_at:
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(10)


def _closed_within(conn: socket.socket, seconds: float) -> bool:
    conn.settimeout(seconds)
    try:
        return conn.recv(1024) == b""
    except (TimeoutError, ConnectionResetError):
        return False


def test_slow_headers_are_cut_off(served):
    with socket.create_connection(("127.0.0.1", served), timeout=5) as conn:
        conn.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")  # never finished
        assert _closed_within(conn, 3)


def test_a_prompt_request_is_answered_and_an_idle_keep_alive_is_closed(served):
    with socket.create_connection(("127.0.0.1", served), timeout=5) as conn:
        conn.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        conn.settimeout(3)
        answer = b""
        while not answer.endswith(b"ok"):  # head and body may come in two writes
            chunk = conn.recv(1024)
            assert chunk, "closed before the answer"
            answer += chunk
        assert answer.startswith(b"HTTP/1.1 200")
        conn.sendall(b"GET / HTTP/1.1\r\n")  # the next request's headers stall
        assert _closed_within(conn, 3)
