"""Shared by the amount rules: who demands, by name, and the derived amount's figures in
words (``figures`` is also read by the English licence-fee rule, ``gb/rules``)."""

from decimal import Decimal

from app.services.rules.display import Words, money

BASIS_TEXT = {
    "agency_offer": (
        "l'offre de licence du réclamant lui-même",
        "the claimant's own licence offer",
    ),
    "market_price": ("un prix documenté pour le même usage", "a documented price for the same use"),
    "grid": ("la grille de référence, en partie estimée", "the reference grid, partly estimated"),
}


# Senders whose code is a kind of sender, not a name to show the reader.
GENERIC_SENDERS = frozenset({"rights_holder", "law_firm", "copyright_agent", "other"})


def _sender(f):
    """Who demands, by name: the sender's name, else the rights holder writing himself,
    else a named agency's code; never a generic code such as ``rights_holder``."""
    agency = f["letter.agency"]
    if f["letter.agency_name"]:
        return f["letter.agency_name"]
    if agency == "rights_holder" and f["letter.rights_holder"]:
        return f["letter.rights_holder"]
    if agency and agency not in GENERIC_SENDERS:
        return agency
    return Words({"fr": "Le réclamant", "en": "The claimant"})


def figures(a: dict) -> dict:
    basis = BASIS_TEXT.get(a["reference_basis"], ("", ""))
    fair = a.get("fair_range") or {}
    cur = a["currency"]
    return {
        "demanded": money(a["demanded"], cur),
        "currency": cur,
        "ratio": _number(a["ratio"]),
        "reference": money(a["reference_fee"], cur),
        "basis_fr": basis[0],
        "basis_en": basis[1],
        "counter": money(a["counter_offer"]["amount"], cur),
        "low": money(fair.get("low"), cur),
        "high": money(fair.get("high"), cur),
    }


def _number(value) -> Decimal | None:
    return None if value is None else Decimal(str(value))
