"""A webhook receiver on loopback for the tests: each request takes the next behaviour
from a script (``fail``: 500, ``slow``: answers after the sender's timeout, ``ok``: 204)."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class Receiver:
    def __init__(self, script: list[str] | None = None, slow_seconds: float = 1.5) -> None:
        self.script = list(script or [])
        self.slow_seconds = slow_seconds
        self.received: list[tuple[dict[str, str], bytes, str]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("content-length", 0))
                body = self.rfile.read(length)
                behaviour = receiver.script.pop(0) if receiver.script else "ok"
                receiver.received.append((dict(self.headers.items()), body, behaviour))
                if behaviour == "slow":
                    time.sleep(receiver.slow_seconds)
                status = 500 if behaviour == "fail" else 204
                try:
                    self.send_response(status)
                    self.send_header("content-length", "0")
                    self.end_headers()
                except OSError:
                    pass

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
