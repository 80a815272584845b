"""Amounts: the reference licence fee (grid and market evidence), what the applicable law
lets the claimant recover, and the derivation that provides ``derived.amount``.

Modules: ``money`` (decimals, parameters, currency conversion), ``grid`` (the fee grid and
its factors), ``evidence`` (market evidence that beats the grid), ``recoverable`` (the
parts of a demand without legal basis, per law), ``derivation`` (the registered
derivation). See ``docs/amounts.md``.
"""
