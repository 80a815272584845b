"""Evidence analysis by file size: where it crosses one second, which is what the inline
threshold (``RIPOSTE_EVIDENCE_INLINE_BYTES``, files analysed during the upload) rests on.

For JPEG images of growing size (the client's image alone, then a capture compared with
it) and a mandate PDF, it prints the median analysis time and its ratio to the baseline
measured in the same run: the SHA-256 of the same bytes, the cheapest thing an upload
does with a file. Three runs each; nothing is stored.
Measured on the 2-core development machine: a client image alone stays well under a
second up to 5000×3750 pixels; comparing a capture with it takes about 0.4 s at 800×600
and over a second from 3200×2400, whatever the capture's own size. Hence uploads that need
a comparison are analysed in the background.
Run: .venv/bin/python benchmarks/bench_evidence.py
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.services.evidence.analysis import Counterpart, Limits, analyse  # noqa: E402
from app.services.evidence.sniff import detect  # noqa: E402
from tests.evidence import files  # noqa: E402

LIMITS = Limits(max_pixels=60_000_000, pdf_pages=200, pdf_seconds=10)
CLAIM = {"letter": {"rights_holder": "Trunk Archive", "agency_name": "COPYTRACK GmbH"}}


def median_seconds(func, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def line(label: str, data: bytes, func) -> None:
    baseline = median_seconds(lambda: hashlib.sha256(data).digest())
    spent = median_seconds(func)
    print(
        f"{label:<34} {len(data) / 2**20:6.2f} MiB  {spent * 1000:8.1f} ms  "
        f"×{spent / baseline:8.0f} SHA-256  {'> 1 s' if spent > 1 else ''}"
    )


def main() -> None:
    print("analysis of one file (median of 3) against the SHA-256 of the same bytes")
    for width, height in ((800, 600), (1600, 1200), (3200, 2400), (5000, 3750)):
        original = files.photo(1, (width, height))
        client = files.encode(original, quality=92)
        capture = files.encode(
            original.crop((width // 6, height // 6, width * 5 // 6, height * 5 // 6)), quality=60
        )
        kind = detect(client)
        line(
            f"client image {width}×{height}",
            client,
            lambda c=client, k=kind: analyse("e", "client_image", c, k, CLAIM, [], LIMITS),
        )
        other = [Counterpart("c", "client_image", client, kind)]
        line(
            f"capture compared, {width}×{height}",
            capture,
            lambda c=capture, o=other, k=kind: analyse(
                "e", "claimant_capture", c, k, CLAIM, o, LIMITS
            ),
        )
    mandate = files.pdf(files.MANDATE_LINES * 40)
    line(
        "mandate PDF",
        mandate,
        lambda: analyse("e", "mandate", mandate, detect(mandate), CLAIM, [], LIMITS),
    )


if __name__ == "__main__":
    main()
