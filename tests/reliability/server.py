"""A real server for the reliability checks: ``riposte serve`` (what the container runs)
in its own process on a free loopback port, so that event-loop stalls, memory, slow
clients and SIGKILL are those of production."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class Server:
    def __init__(self, database_url: str, **settings: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {
            **os.environ,
            "RIPOSTE_DATABASE_URL": database_url,
            "RIPOSTE_KEY_CACHE_SECONDS": "0",
            "RIPOSTE_LOG_LEVEL": "warning",
            **{f"RIPOSTE_{k.upper()}": v for k, v in settings.items()},
        }
        self.process: subprocess.Popen | None = None
        self.log = tempfile.TemporaryFile()

    def start(self) -> Server:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from app.cli import main; raise SystemExit(main())",
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            cwd=ROOT,
            env=self.env,
            stdout=self.log,  # uvicorn's access log (at log level info)
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: parser workers die with it
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(self.output()[-2000:])
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError("the server did not start within 60 s")

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def kill(self) -> None:
        """SIGKILL the server and every process it started (a crash of the machine)."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(10)

    def output(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def stop(self) -> str:
        """Stop the server (and its workers); returns what it wrote (stderr and stdout)."""
        if self.process is None:
            return ""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                pass
        self.kill()
        return self.output()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
