"""Adversarial inputs: the parser's work grows linearly with hostile text (counted in
function calls, not seconds: no test here reads a clock), a mebibyte of it is read with
the analysis cut to its cap, and no pattern of the parser nests unbounded quantifiers (the
shape of catastrophic backtracking, which call counts cannot see). Wall-clock speed on
such inputs is measured in `benchmarks/letters_parse.py`.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from app.services.letters import (
    agencies,
    amounts,
    dates,
    deadlines,
    decode,
    extract,
    facts,
    language,
    numbers,
    parse_letter_document,
    parse_letter_text,
    parties,
    text,
    threats,
)

MIB = 1024 * 1024
STEP = 12 * 1024  # sizes STEP, 2 STEP, 4 STEP: all under the analysis cap
GROWTH = 3.0  # linear work doubles from 2 to 4 STEP as from 1 to 2 STEP; quadratic quadruples
SLACK = 2_000  # calls that do not grow with the text (caches, the first lines' special cases)


def _mib(unit: str) -> str:
    return (unit * (MIB // len(unit) + 1))[:MIB]


def _cut(payload: str, size: int) -> str:
    return payload[:size]


def calls(work: Callable[[], object]) -> int:
    """How many Python and C functions `work` calls: a deterministic measure of work."""
    count = 0

    def profile(frame: object, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def assert_linear(name: str, parse: Callable[[int], object]) -> None:
    parse(STEP)  # caches filled, outside the count
    small, medium, large = (
        calls(lambda size=size: parse(size)) for size in (STEP, 2 * STEP, 4 * STEP)
    )
    early, late = medium - small, large - medium
    assert late <= GROWTH * early + SLACK, f"{name}: {small}, {medium}, {large} calls"


ADVERSARIAL = {
    "digits": "1" * 10**6,
    "euro signs": "€ " * 500_000,
    "digits dots commas": _mib("1.2,3.4,"),
    "grouped numbers": _mib("1.107,74"),
    "one long line of words": _mib("word "),
    "reference labels": _mib("Reference Number: "),
    "labels with values": _mib("Case no: 7Q2K9X\n"),
    "open brackets": "[" * MIB,
    "short brackets": _mib("[a]"),
    "mask letters": "X" * MIB,
    "dots": "." * MIB,
    "at signs": _mib("a@"),
    "one url": "https://" + "a" * MIB,
    "dates": _mib("January 7, 2025 "),
    "month names": _mib("january "),
    "periods": _mib("within 14 days "),
    "behalf": _mib("on behalf of "),
    "behalf capitals": _mib("on behalf of Abc Def "),
    "amount lines": _mib("Total: 1.107,74 €\n"),
    "capitalised words": _mib("Abc "),
    "spaced digits": _mib(" 1"),
    "hashes": "#" * MIB,
    "asterisks": "*" * MIB,
    "apostrophes": _mib("1'"),
    "newlines": _mib("\n1"),
    "euro amounts": _mib("€1 "),
    "numeric dates": _mib("1.1.2020 "),
    "addresses": _mib("x@y.zz "),
    "options": _mib("Please pay 350,00 € or 389,59 € as retroactive licence. "),
    "placeholders": _mib("on behalf of [NAME]. "),
    "mixed letter": _mib(
        "Sehr geehrte Damen und Herren, unsere Mandantin, die dpa GmbH, verlangt 700,00 € bis "
        "zum 01.01.2026 (Az. 12/34). "
    ),
}


@pytest.fixture(scope="module", autouse=True)
def _language_models_loaded() -> None:
    """Loading lingua's models once is not the parse's time."""
    language.warm_up()


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_work_on_adversarial_text_grows_linearly(name: str) -> None:
    payload = ADVERSARIAL[name]
    assert_linear(name, lambda size: parse_letter_text(_cut(payload, size)))


@pytest.mark.parametrize("name", ["digits", "mixed letter", "behalf capitals", "dates"])
def test_mebibyte_of_adversarial_text_is_read_up_to_the_cap(name: str) -> None:
    parse = parse_letter_text(ADVERSARIAL[name])
    assert parse.text
    assert any(w.code == "text_truncated" for w in parse.warnings)


def test_work_on_an_html_upload_grows_linearly() -> None:
    unit = "Schadensersatz 1.107,74 € "

    def upload(size: int) -> object:
        payload = ("<p>" + unit * (size // len(unit)) + "</p>").encode("utf-8")
        return parse_letter_document(payload, filename="x.html", content_type=None)

    assert_linear("html", upload)


def test_mebibyte_document_upload_is_read() -> None:
    payload = ("<p>" + "Schadensersatz 1.107,74 € " * 40_000 + "</p>").encode("utf-8")
    parse = parse_letter_document(payload, filename="x.html", content_type=None)
    assert parse.claim["letter"]["language"] == "de"


def test_long_text_is_returned_whole_and_truncation_is_said() -> None:
    parse = parse_letter_text("a " * 200_000)
    assert len(parse.text) == 399_999
    assert any(w.code == "text_truncated" for w in parse.warnings)


def _patterns(value: object) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _patterns(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _patterns(item)
    elif hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
        for name in value.__dataclass_fields__:
            yield from _patterns(getattr(value, name))


MODULES: list[ModuleType] = [agencies, amounts, dates, deadlines, decode, extract, facts, language,
                             numbers, parties, text, threats]  # fmt: skip


def _unbounded_inside_repeat(parsed: Any, inside: bool = False) -> bool:
    """True when a repeat of more than one iteration holds an unbounded quantifier."""
    from re import _constants as c
    from re import _parser

    for op, arg in parsed:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = arg
            if inside and high == c.MAXREPEAT:
                return True
            if _unbounded_inside_repeat(sub, inside or high > 1):
                return True
        elif op == c.SUBPATTERN:
            if _unbounded_inside_repeat(arg[-1], inside):
                return True
        elif op == c.BRANCH:
            if any(_unbounded_inside_repeat(branch, inside) for branch in arg[1]):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _unbounded_inside_repeat(arg[1], inside):
                return True
        elif isinstance(arg, _parser.SubPattern) and _unbounded_inside_repeat(arg, inside):
            return True
    return False


def test_no_pattern_nests_an_unbounded_quantifier_in_a_repeat() -> None:
    from re import _parser

    assert _unbounded_inside_repeat(_parser.parse(r"(a+)+b"))
    assert _unbounded_inside_repeat(_parser.parse(r"(?:x|(?:\w*,)){2,}"))
    assert not _unbounded_inside_repeat(_parser.parse(r"(?:\S{1,30} ){1,5}x"))
    found = [p for module in MODULES for value in vars(module).values() for p in _patterns(value)]
    assert len(found) > 40
    nested = [p.pattern for p in found if _unbounded_inside_repeat(_parser.parse(p.pattern))]
    assert not nested, nested


def test_the_linear_check_catches_quadratic_work() -> None:
    def quadratic(size: int) -> None:
        for i in range(size // 64):
            for _ in range(i):
                abs(i)

    def linear(size: int) -> None:
        for i in range(size):
            abs(i)

    assert_linear("linear", linear)
    with pytest.raises(AssertionError):
        assert_linear("quadratic", quadratic)
