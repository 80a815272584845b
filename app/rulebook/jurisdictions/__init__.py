"""One home per jurisdiction: ``jurisdictions/<code>/`` holds that law's rules
(``rules/*.py``), its dated parameters (``parameters/``), its citations (``citations/``) and
a ``Jurisdiction`` (in ``__init__.py``) saying what the rest of the rulebook needs to know of
it: its name and how far it is covered, its limitation period and when it starts, whether
a last day moves past weekends and holidays, the heads of claim it does not let a
claimant recover, its currency.

The ``Jurisdictions`` registry, filled from those packages, is the single source of
coverage (after OpenFisca's country packages and Polar's strategy registry): the
applicable-law derivation, the dates and amount derivations and the ``/v1/rulebook``
overview all read it. ``docs/adding-a-jurisdiction.md`` walks through adding one.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from app.services.rules.model import RuleDefinitionError

HOME = Path(__file__).resolve().parent
Detail = Literal["full", "partial", "eu_wide", "general"]


@dataclass(frozen=True, slots=True)
class Jurisdiction:
    """A law as the rulebook knows it. ``code`` is what rules name in ``jurisdictions=``
    (an ISO country code; ``EU`` and ``ALL`` for the common homes)."""

    code: str
    name: dict[str, str]
    detail: Detail
    folder: Path
    listed: int = 100
    currency: str | None = None
    coverage_note: dict[str, str] | None = None
    limitation_years: str | None = None
    """The parameter holding the limitation period in years (None: not modelled)."""
    limitation: Any = None
    """``limitation(f, p, out, years, today, first, removed, last)`` fills the limitation
    dates of ``out`` (``first``/``last``: the use's first and last day)."""
    deadline_shift: tuple[str, str] | None = None
    """The provision (fr, en) that moves a period's last day past weekends and public
    holidays; None when no source in the rulebook says this law does."""
    holiday_calendar: str | None = None
    """The ``holidays`` package's country for those public holidays (default: ``code``)."""
    recoverable: Any = None
    """``recoverable(context, p, items, statutory_available)``: the parts of a demand this
    law gives no basis for (None: not modelled)."""
    recovery_facts: Any = None
    """``recovery_facts(f)``: the facts ``recoverable`` needs, as ``Context`` fields (only
    this law's, so that facts another law would need are neither read nor asked)."""
    statutory_damages: Any = None
    """``statutory_damages(context, p)``: whether damages set by statute are available and
    their bounds (None: the law has none)."""
    cmi_exposure: Any = None
    """``cmi_exposure(context, p)``: the exposure for removing copyright management
    information, where the law provides one."""
    residual_claim: Any = None
    """``residual_claim(context, without_basis)``: once damages are time-barred, the parts of
    a demand a residual claim (German enrichment, § 852 BGB) no longer covers; its
    presence says the law has one, open until ``residual_claim_expiry``."""
    fees_owed: Any = None
    """``fees_owed(f, without_basis)``: the lawyer's fees of the letter the law makes the
    respondent owe (None: none)."""
    liable_from: Any = None
    """``liable_from(f, p)``: the day from which the respondent answers for the use when it
    is later than the first day of use (a host that lost its exemption only by failing to
    act on notice), or None; the amount prices the use from it."""
    licence_value_nil: Any = None
    """``licence_value_nil(f)``: whether the use's objective licence value is nil."""
    fair_range_high: Any = None
    """``fair_range_high(p, context)``: a higher factor for the fair range's top, with its
    note (fr, en), or None (the recovery context: a missing credit, a removed watermark)."""
    damages_text: Any = None
    """How this law measures damages (fr, en), closing the counter-offer's reasons; or a
    function of ``derived.amount`` giving it."""
    params: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Parameters this jurisdiction's functions read, by the derivation that calls them."""

    @property
    def covered(self) -> bool:
        return self.detail == "full"

    def coverage(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "detail": self.detail}


class Jurisdictions:
    """The registry of jurisdictions, in the order they are listed."""

    def __init__(self, items: Iterable[Jurisdiction] = ()) -> None:
        self._by_code: dict[str, Jurisdiction] = {}
        for item in items:
            self.add(item)

    def add(self, item: Jurisdiction) -> None:
        if item.code in self._by_code:
            raise RuleDefinitionError(f"jurisdiction {item.code} is defined twice")
        self._by_code[item.code] = item

    def get(self, code: str | None) -> Jurisdiction | None:
        return self._by_code.get(code or "")

    def __iter__(self) -> Iterator[Jurisdiction]:
        return iter(sorted(self._by_code.values(), key=lambda j: (j.listed, j.code)))

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self._by_code)

    def covered_in_detail(self) -> frozenset[str]:
        return frozenset(j.code for j in self if j.covered)

    def coverage(self) -> list[dict[str, Any]]:
        return [j.coverage() for j in self]

    def params_for(self, derivation: str) -> tuple[str, ...]:
        names: dict[str, None] = {}
        for j in self:
            names.update(dict.fromkeys(j.params.get(derivation, ())))
        return tuple(names)

    def folders(self, kind: str) -> list[Path]:
        """Each jurisdiction's ``parameters`` or ``citations`` folder, where it has one."""
        return [j.folder / kind for j in self if (j.folder / kind).is_dir()]


def rule_modules(folder: Path, package: str) -> list[tuple[str, str]]:
    """``(file name, module name)`` of the rule modules of one jurisdiction's ``rules/``."""
    rules = folder / "rules"
    if not rules.is_dir():
        return []
    return [
        (m.name, f"{package}.rules.{m.name}")
        for m in pkgutil.iter_modules([str(rules)])
        if not m.name.startswith("_")
    ]


def builtin_packages() -> list[str]:
    return sorted(f"{__name__}.{m.name}" for m in pkgutil.iter_modules([str(HOME)]) if m.ispkg)


def declared(module: ModuleType) -> Jurisdiction:
    found = getattr(module, "JURISDICTION", None)
    if not isinstance(found, Jurisdiction):
        raise RuleDefinitionError(f"{module.__name__} declares no JURISDICTION")
    return found


def import_folder(folder: Path) -> tuple[ModuleType, str]:
    """Import a jurisdiction package that lives outside the application (a folder with an
    ``__init__.py``), under a module name of its own; returns it and that name."""
    folder = folder.resolve()
    package = f"riposte_jurisdiction_{folder.name}_{abs(hash(folder)):x}"
    spec = importlib.util.spec_from_file_location(
        package, folder / "__init__.py", submodule_search_locations=[str(folder)]
    )
    if spec is None or spec.loader is None:
        raise RuleDefinitionError(f"{folder} is not a jurisdiction package")
    module = importlib.util.module_from_spec(spec)
    sys.modules[package] = module
    spec.loader.exec_module(module)
    return module, package


def import_rules(modules: Iterable[str]) -> None:
    for name in modules:
        importlib.import_module(name)
