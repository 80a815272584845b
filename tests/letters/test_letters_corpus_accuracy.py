"""The parser's accuracy on the letter corpus, so that a regression fails the suite.

dev/ is what the parser is developed against; heldout/ to heldout6/ are only
measured (never read to tune). The thresholds are the levels reached, rounded down
(heldout2: three points below its first measurement, 85.6 % of fields and 96.3 % at
confidence >= 0.9, with 3 invented values; after intake 2.0's generalisation, measured once:
88.0 %, 96.9 %, 3 invented; after the rights-holder work on common words and senders writing
for themselves: 88.9 %, 96.9 %, 2 invented, threshold one point below; heldout3: three
points below its first measurement, 90.5 % of fields and 98.4 % at confidence >= 0.9, with 4
invented values; heldout4: three points below its first measurement, 93.5 % of fields and
99.6 % at confidence >= 0.9, with 2 invented values). After the general phrasing families of
dev 51-54 (measured once, 1 December 2026): heldout 93.1 % (0 invented, 99.2 %), heldout2
92.0 % (1 invented, 97.0 %), heldout3 94.7 % (0 invented, 98.5 %); their field floors are one
point below that. dev (259 letters after the role, sender, deadline, threat and caption letters 64-67):
100 %, none invented; its floor was half a point below. With the 36 letters numbered 70-79
(written without reading the parser; 295 letters, measured 3 December 2026): 98.5 % of fields,
1 invented value, 99.5 % at confidence >= 0.9; the dev floor is that measured level until the
parser helper raises it again. heldout5 (written 2 December 2026, measured
once): 90.7 % of fields, 95.6 % at confidence >= 0.9, 3 invented values; its floors are three
points below that. heldout6 (written 3 December 2026 without reading the parser, measured once):
87.1 % of fields, 97.7 % at confidence >= 0.9, no invented value; its floors are three points
below that. After the letters helper's general fixes of 3 December 2026 (early-payment deadlines,
wrapped period units, ruled-out threats, German role nouns, item kinds), measured once: dev
98.8 % (4371/4425, 1 invented, 99.6 % at >= 0.9), heldout 94.1 %, heldout2 93.7 %, heldout3
95.3 %, heldout4 94.2 %, heldout5 91.3 %, heldout6 87.9 %; invented 0, 0, 0, 2, 2, 0. The dev
floor is that level rounded down; the held-out field floors one point below it, their
invented-value ceilings the measured counts. Raise them as the parser improves.
`benchmarks/letters_parse.py` prints the full report.
"""

from __future__ import annotations

import pytest

from tests.letters.letters_corpus import Summary, run, summarise

THRESHOLDS = {
    # split: (share of fields right, most invented values, share right at confidence >= 0.9)
    "dev": (0.987, 1, 0.995),
    "heldout": (0.931, 0, 0.98),
    "heldout2": (0.927, 0, 0.96),
    "heldout3": (0.942, 0, 0.975),
    "heldout4": (0.932, 2, 0.96),
    "heldout5": (0.902, 2, 0.926),
    "heldout6": (0.868, 0, 0.946),
}


@pytest.fixture(scope="module", params=sorted(THRESHOLDS))
def measured(request: pytest.FixtureRequest) -> tuple[str, Summary]:
    return request.param, summarise(run(request.param))


def test_field_accuracy(measured: tuple[str, Summary]) -> None:
    split, summary = measured
    assert summary.letters > 0
    # The misses of a held-out set are not printed: reading them would be tuning on them.
    shown = summary.misses if split == "dev" else "(held out: not shown)"
    assert summary.accuracy >= THRESHOLDS[split][0], (split, summary.accuracy, shown)


def test_invented_values(measured: tuple[str, Summary]) -> None:
    split, summary = measured
    assert summary.invented <= THRESHOLDS[split][1], split


def test_high_confidence_values_are_right(measured: tuple[str, Summary]) -> None:
    split, summary = measured
    rate = summary.band_rate(0.9)
    assert rate is not None and rate >= THRESHOLDS[split][2], (split, rate)
