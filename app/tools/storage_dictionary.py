"""Train the zstd dictionary that stored revision documents are compressed with.

A development tool, run from the source tree: it evaluates the scenario claims (variations
of the example claim across agencies, jurisdictions and facts; ``--half`` keeps every other
one to measure on the rest), trains a dictionary on their claim, result and trace documents
and writes it as the next ``app/models/dictionaries/NNNN.zdict``. Earlier dictionaries are
never removed: the revisions compressed with them are read with them.
Run: .venv/bin/python -m app.tools.storage_dictionary [--size 112640] [--half even|odd]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml
import zstandard

from app.core.jsonutil import dumps_bytes
from app.models.types import DICTIONARY_DIR
from app.schemas.claim import Claim
from app.services.assessment_records import stored_claim
from app.services.evaluation import Evaluator

SCENARIOS = Path(__file__).resolve().parents[2] / "tests" / "scenarios"


def samples(half: str | None = None) -> list[bytes]:
    from tests.scenarios.runner import scenario_claim

    evaluator = Evaluator()
    documents = []
    for index, path in enumerate(sorted(SCENARIOS.glob("*.yaml"))):
        if half and index % 2 != (half == "odd"):
            continue
        claim = Claim.model_validate(scenario_claim(yaml.safe_load(path.read_text("utf-8"))))
        evaluated = evaluator.evaluate(claim)
        documents += [dumps_bytes(stored_claim(claim))]
        documents += [dumps_bytes(evaluated.result), dumps_bytes(evaluated.trace)]
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=112_640, help="dictionary bytes")
    parser.add_argument("--half", choices=("even", "odd"), help="train on half the scenarios")
    parser.add_argument("--output", type=Path, help="write here instead of the next file")
    args = parser.parse_args()
    documents = samples(args.half)
    dictionary = zstandard.train_dictionary(args.size, documents, level=19)
    number = len(list(DICTIONARY_DIR.glob("*.zdict"))) + 1
    target = args.output or DICTIONARY_DIR / f"{number:04d}.zdict"
    target.write_bytes(dictionary.as_bytes())
    print(f"{target}: {len(documents)} documents, dictionary id {dictionary.dict_id()}")


if __name__ == "__main__":
    main()
