"""Generate the Python client from the committed contract (``make client``).

openapi-python-client (pinned in the dev extras) writes ``clients/python``; the generation
fails on any warning, so a contract the generator cannot fully type never ships a client
with missing pieces. ``clients/templates`` overrides one generator template: with several
request media types the generator typed a required body as optional (``| Unset``) and the
module did not import.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONTRACT = REPO / "openapi" / "openapi.json"
CLIENTS = REPO / "clients"
TARGET = CLIENTS / "python"


def generate(contract: Path, target: Path) -> None:
    """Write the client generated from ``contract`` to ``target`` (replaced)."""
    binaries = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{binaries}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "python"
        result = subprocess.run(
            [
                str(binaries / "openapi-python-client"),
                "generate",
                "--path",
                str(contract),
                "--output-path",
                str(out),
                "--meta",
                "setup",
                "--config",
                str(CLIENTS / "openapi-python-client.yaml"),
                "--custom-template-path",
                str(CLIENTS / "templates"),
                "--fail-on-warning",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or "Warning" in result.stdout:
            raise RuntimeError(f"client generation failed:\n{result.stdout}\n{result.stderr}")
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(out, target)


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else TARGET
    generate(CONTRACT, target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
