"""Helpers shared by the benchmark scripts: servers on loopback, wrk runs, figures."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "claim-copytrack-trunk-archive.json"
PYTHON = sys.executable


def example_claim() -> dict:
    if EXAMPLE.exists():
        return json.loads(EXAMPLE.read_text(encoding="utf-8"))
    from app.schemas.examples import CLAIM

    return CLAIM


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(port: int, path: str = "/", timeout: float = 180.0) -> None:
    """Start-up imports and the rulebook take seconds, tens of seconds on a loaded machine."""
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}{path}", timeout=1.0)
            return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise RuntimeError(f"server on port {port} did not start")


@contextmanager
def uvicorn_server(
    app: str,
    env: dict[str, str] | None = None,
    cpu: int | None = None,
    workers: int = 1,
    tree: Path = ROOT,
):
    """uvicorn on loopback serving ``tree``'s app, optionally pinned to one CPU; yields
    (port, pid of the server process, which with one worker is the worker itself)."""
    port = free_port()
    command = [
        PYTHON,
        "-m",
        "uvicorn",
        app,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--log-level",
        "warning",
        "--no-access-log",
    ]
    if cpu is not None and shutil.which("taskset"):
        command = ["taskset", "-c", str(cpu), *command]
    process = subprocess.Popen(
        command,
        cwd=tree,
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,  # one log line per request: an unread pipe would fill and stall it
    )
    try:
        wait_for(port, "/healthz" if "riposte" in app or "app.main" in app else "/docs")
        yield port, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def cpu_seconds(pid: int) -> float:
    """User and system CPU time a process has used so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB (Linux ``/proc``)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for process {pid}")


class _Answer(Exception):
    """The server's answer could not be read as HTTP/1.1."""


async def _read_answer(reader) -> tuple[int, bool]:
    """Read one HTTP/1.1 answer off ``reader``: its status, and whether the server will
    close the connection. Bodies by Content-Length or chunked; anything else reads to EOF."""
    head = await reader.readuntil(b"\r\n\r\n")
    if not head.startswith(b"HTTP/1."):
        raise _Answer(head[:40])
    status = int(head[9:12])
    length, chunked, close = None, False, head.startswith(b"HTTP/1.0")
    for line in head[:-4].split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name = name.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value.lower()
        elif name == b"connection":
            close = b"close" in value.lower()
    if chunked:
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)  # the chunk and its CRLF
            if size == 0:
                break
    elif length is not None:
        await reader.readexactly(length)
    elif status >= 200 and status not in (204, 304):
        await reader.read()
        close = True
    return status, close


KEEP_ALIVE_SECONDS = 4.0
"""An idle connection older than this is not reused (uvicorn closes them after 5 s)."""


def fixed_rate(
    url: str, body: bytes, headers: dict[str, str], *, rate: float, seconds: float
) -> dict[str, float]:
    """An open-loop load: request i starts at ``i / rate`` seconds whatever the answers
    before it (so a slow server shows as latency, not as a lower rate, as wrk2 does);
    latency is measured from the scheduled start. Runs on CPU 1 when it can.

    The client is plain asyncio HTTP/1.1 over kept-alive connections (one request at a time
    on each, a new one opened when none is idle), the request's bytes built once: httpx
    cost about 4.7 ms of client CPU an answer, this about a tenth of it, so the client no
    longer queues answers behind its own work. The result says what the client cost
    (``client_cpu_ms`` an answer) and how late it sent (``late_p99_ms``: the scheduled
    start to the request's write, the client waiting for its CPU); a figure whose lateness
    approaches its latency measured the client, not the server."""
    import asyncio
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host, port = parts.hostname, parts.port or 80
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    fields = {"Host": f"{host}:{port}", **headers, "Content-Length": str(len(body))}
    request = (
        f"POST {target} HTTP/1.1\r\n"
        + "".join(f"{name}: {value}\r\n" for name, value in fields.items())
        + "\r\n"
    ).encode("latin-1") + body
    if hasattr(os, "sched_setaffinity"):
        before = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {1} if 1 in before else before)
    latencies: list[float] = []
    lateness: list[float] = []
    errors: dict[str, int] = {}
    opened = 0

    async def run() -> None:
        idle: list = []
        tasks = set()

        async def exchange(connection) -> tuple[int, bool]:
            reader, writer = connection
            writer.write(request)
            return await _read_answer(reader)

        async def one(scheduled: float) -> None:
            nonlocal opened
            lateness.append(time.perf_counter() - scheduled)
            connection = None
            while idle and connection is None:
                connection, used = idle.pop()
                if time.perf_counter() - used > KEEP_ALIVE_SECONDS:
                    connection[1].close()  # the server may have closed it by now
                    connection = None
            try:
                async with asyncio.timeout(30):
                    if connection is not None:
                        try:
                            status, close = await exchange(connection)
                        except (OSError, asyncio.IncompleteReadError):
                            # closed by the server before it answered: once more, afresh
                            connection[1].close()
                            connection = None
                    if connection is None:
                        connection = await asyncio.open_connection(host, port)
                        opened += 1
                        status, close = await exchange(connection)
            except (
                OSError,
                asyncio.IncompleteReadError,
                asyncio.LimitOverrunError,
                _Answer,
                TimeoutError,
                ValueError,
            ) as exc:
                errors[type(exc).__name__] = errors.get(type(exc).__name__, 0) + 1
                if connection is not None:
                    connection[1].close()
                return
            latencies.append(time.perf_counter() - scheduled)
            if status >= 300:
                errors[f"HTTP {status}"] = errors.get(f"HTTP {status}", 0) + 1
            if close:
                connection[1].close()
            else:
                idle.append((connection, time.perf_counter()))

        count = int(rate * seconds)
        start = time.perf_counter()
        for i in range(count):
            scheduled = start + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            task = asyncio.create_task(one(scheduled))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.wait(tasks)
        for (_, writer), _used in idle:
            writer.close()

    cpu = time.process_time()
    try:
        asyncio.run(run())
    finally:
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, before)
    cpu = time.process_time() - cpu

    def pct(values: list[float], p: float) -> float:
        ordered = sorted(values) or [float("nan")]
        return ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000

    return {
        "rate": rate,
        "p50_ms": pct(latencies, 0.5),
        "p99_ms": pct(latencies, 0.99),
        "failures": sum(errors.values()),
        "errors": errors,
        "answers": len(latencies),
        "connections": opened,
        "client_cpu_ms": cpu / max(1, len(latencies)) * 1000,
        "late_p99_ms": pct(lateness, 0.99),
    }


def wrk(
    url: str,
    body: bytes,
    headers: dict[str, str],
    *,
    seconds: int,
    connections: int,
    cpu: int | None = None,
) -> dict[str, float]:
    """Run wrk with a POST body; returns requests/s and latency percentiles in ms."""
    if not shutil.which("wrk"):
        raise SystemExit("wrk is needed for this benchmark: apt-get install wrk")
    lines = ['wrk.method = "POST"', f"wrk.body = {json.dumps(body.decode())}"]
    for name, value in headers.items():
        lines.append(f'wrk.headers["{name}"] = "{value}"')
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write("\n".join(lines) + "\n")
    command = [
        "wrk",
        "-t2",
        f"-c{connections}",
        f"-d{seconds}s",
        "--latency",
        "-s",
        script.name,
        url,
    ]
    if cpu is not None and shutil.which("taskset"):
        command = ["taskset", "-c", str(cpu), *command]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    os.unlink(script.name)
    return parse_wrk(output)


def _ms(value: str, unit: str) -> float:
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def parse_wrk(output: str) -> dict[str, float]:
    result = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))}
    for pct in ("50", "90", "99"):
        match = re.search(rf"\s{pct}%\s+([\d.]+)(us|ms|s)\b", output)
        result[f"p{pct}_ms"] = _ms(match.group(1), match.group(2))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    result["non_2xx"] = int(non2xx.group(1)) if non2xx else 0
    errors = re.search(r"Socket errors: (.*)", output)
    result["socket_errors"] = errors.group(1) if errors else ""
    return result


BENCH_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/riposte_bench"


def ensure_postgres_database(url: str) -> None:
    """Create the benchmark's own database if missing (never the test database)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    target = make_url(url)
    admin = create_engine(target.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        exists = conn.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": target.database}
        ).scalar()
        if not exists:
            conn.execute(text(f'CREATE DATABASE "{target.database}"'))
    admin.dispose()


FIGURE_MARK = "FIGURE\t"


def figure(name: str, value: float, unit: str, target: float, met: bool, sense: str = "<=") -> None:
    """One measured figure against its target, in the form ``run_all.py`` gathers."""
    print(
        f"{FIGURE_MARK}{name}\t{value:.2f} {unit}\t{sense} {target:g} {unit}"
        f"\t{value / target:.2f}\t{'met' if met else 'NOT met'}",
        flush=True,
    )
