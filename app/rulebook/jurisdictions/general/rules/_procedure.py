"""Shared by the procedure rules: an amount of money as the letter states it."""

from decimal import Decimal, InvalidOperation


def _money(value):
    try:
        return Decimal(value["amount"]), value["currency"]
    except (InvalidOperation, KeyError, TypeError):
        return None, None
