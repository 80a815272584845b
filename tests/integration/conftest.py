"""The generated client (``clients/python``) is importable as an integrator installs it."""

from __future__ import annotations

import sys

from tests.paths import REPO

CLIENT_ROOT = REPO / "clients" / "python"
if str(CLIENT_ROOT) not in sys.path:
    sys.path.insert(0, str(CLIENT_ROOT))
