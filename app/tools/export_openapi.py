"""Write the OpenAPI contract served by the app to a file (``make openapi``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from app.main import create_app


def contract() -> str:
    return json.dumps(create_app().openapi(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"


def main(argv: list[str]) -> int:
    target = Path(argv[0] if argv else "openapi/openapi.json")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(contract(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
