# Riposte: `make run` serves on http://127.0.0.1:8000 (SQLite), `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
export RIPOSTE_DATABASE_URL ?= sqlite:///./data/riposte.db

.PHONY: install run test lint format openapi docs rulebook-docs rulebook-lock bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/riposte migrate
	$(BIN)/riposte ensure-local
	RIPOSTE_WORKER_IN_PROCESS=true $(BIN)/riposte serve --host 127.0.0.1 --port 8000

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check app tests benchmarks

format: install
	$(BIN)/ruff format app tests benchmarks
	$(BIN)/ruff check --fix .

openapi: install
	$(BIN)/python -m app.tools.export_openapi openapi/openapi.json

docs: openapi rulebook-docs
	$(BIN)/python -m app.tools.claim_docs docs/claim.md

rulebook-docs: install
	$(BIN)/python -m app.tools.rulebook_docs docs/rulebook.md

rulebook-lock: install
	$(BIN)/python -m app.tools.rulebook_lock

bench: install
	$(BIN)/python benchmarks/run_all.py

clean:
	rm -rf $(VENV) data .pytest_cache .ruff_cache
