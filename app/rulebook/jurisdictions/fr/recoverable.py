"""Heads of a demand French law gives no basis for (Articles L331-1-3 and L121-1 CPI;
Article L111-8 CPCE)."""

from __future__ import annotations

from typing import Any

from app.rulebook.amounts.recoverable import COLLECTION_KINDS, KIND_TEXT, part


def without_basis(c, p, items, _statutory):
    out = []
    for kind, amount, _pct in items:
        if kind in COLLECTION_KINDS + ("legal_fees",):
            out.append(
                part(
                    kind,
                    amount,
                    (
                        f"Les {KIND_TEXT[kind][0]} réclamés hors procès sont dépourvus de fondement : "
                        "les dommages-intérêts réparent le préjudice (art. L. 331-1-3 du CPI) ; les "
                        "frais de recouvrement exposés sans titre exécutoire restent à la charge du "
                        "créancier (art. L. 111-8 du CPCE) ; en justice, seule une somme au titre de "
                        "l'art. 700 du CPC peut être allouée, à l'appréciation du juge (point à "
                        "vérifier).",
                        f"{_a(KIND_TEXT[kind][1])} claimed out of court {_has(kind)} no legal basis: "
                        "damages make good the prejudice (Article L331-1-3 CPI); collection "
                        "costs incurred without an enforceable title stay with the creditor "
                        "(Article L111-8 CPCE); in court only costs under Article 700 CPC may be "
                        "awarded, at the judge's discretion (to be checked).",
                    ),
                    ["fr-cpi-l331-1-3", "fr-cpce-l111-8", "fr-cpc-700"],
                )
            )
        elif kind == "surcharge" and c.attribution_shown is False and c.claimant_is_author is False:
            out.append(
                part(
                    kind,
                    amount,
                    (
                        "Sans fondement : le défaut de mention du nom porte atteinte au droit "
                        "moral de l'auteur, attaché à sa personne et inaliénable (art. L. 121-1 du "
                        "CPI) ; seul l'auteur peut en demander réparation, non une agence ou un "
                        "cessionnaire.",
                        "No basis: the missing credit infringes the author's moral right, "
                        "attached to the author's person and inalienable (Article L121-1 CPI); "
                        "only the author may claim for it, not an agency or an assignee.",
                    ),
                    ["fr-cpi-l121-1"],
                )
            )
        elif kind == "surcharge" and c.attribution_shown is True:
            out.append(
                part(
                    kind,
                    amount,
                    (
                        "Une majoration sans préjudice distinct est dépourvue de fondement : en "
                        "droit français, les dommages-intérêts n'ont pas de caractère punitif (art. "
                        "L. 331-1-3 du CPI), et l'auteur était crédité.",
                        "A surcharge without a distinct prejudice has no basis: French damages have "
                        "no punitive element (Article L331-1-3 CPI), and the author was credited.",
                    ),
                    ["fr-cpi-l331-1-3", "fr-senat-2007-no-punitive"],
                )
            )
    return out


def recovery_facts(f) -> dict[str, Any]:
    out: dict[str, Any] = {"attribution_shown": f["use.attribution_shown"]}
    if f["use.attribution_shown"] is False:
        out["claimant_is_author"] = claimant_is_author(f)
    return out


AUTHOR_SIDE = frozenset({"rights_holder", "law_firm", "higbee"})


def claimant_is_author(f) -> bool | None:
    """Whether the author claims (itself or through a lawyer), for the French moral right:
    an agency or an assignee cannot claim for the missing credit (Article L121-1 CPI)."""
    agency, holder, author = f["letter.agency"], f["letter.rights_holder"], f["letter.photographer"]
    same = None
    if holder and author:
        same = " ".join(holder.casefold().split()) == " ".join(author.casefold().split())
    if same is False:
        return False
    if agency is not None and agency not in AUTHOR_SIDE:
        return False
    return True if same and agency is not None else None


DAMAGES_TEXT = (
    "En droit français, les dommages-intérêts sont évalués à partir des redevances qui "
    "auraient été dues (art. L. 331-1-3 du CPI) et n'ont pas de caractère punitif.",
    "Under French law, damages are measured on the royalties that would have been due "
    "(Article L331-1-3 CPI), with no punitive element.",
)
"""How this law measures damages, closing the counter-offer's reasons."""


def _a(noun: str) -> str:
    """'A processing fee', but 'Legal fees' (a plural)."""
    return noun[:1].upper() + noun[1:] if noun.endswith("fees") else f"A {noun}"


def _has(kind: str) -> str:
    return "have" if KIND_TEXT[kind][1].endswith("fees") else "has"
