"""Shared by the employer-ownership rules (UK s.11(2), US work made for hire): whether the
photograph is an employee's, asked only when someone other than the photographer claims it
without a chain of title.
"""

from app.services.rules.display import Words
from app.services.rules.registry import applies, not_applicable, undetermined


def same_person(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def employee_photograph(f):
    holder, photographer = f["letter.rights_holder"], f["letter.photographer"]
    if holder and photographer and same_person(holder, photographer):
        return not_applicable("the rights holder is the photographer")
    if f["title.chain_produced"]:
        return not_applicable("a chain of title was produced")
    employee = f["work.made_by_employee"]
    if employee is None:
        return undetermined("work.made_by_employee")
    if not employee:
        return not_applicable("the photographer is not the rights holder's employee")
    return applies(holder=holder or Words({"fr": "le réclamant", "en": "the claimant"}))
