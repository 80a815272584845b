# Riposte: `make run` serves on http://127.0.0.1:8000 (SQLite), `make test` runs the suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)
export RIPOSTE_DATABASE_URL ?= sqlite:///./data/riposte.db

.PHONY: install letter-deps ocr run test lint format openapi client docs rulebook-docs rulebook-lock bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

# Debian packages for letters and the review page: Pango for WeasyPrint (PDF), Chromium and
# its driver for the browser tests. Installed when missing and we are root with apt-get;
# otherwise a message says what is absent (the browser tests then skip, PDFs cannot render).
LETTER_DEBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core chromium chromium-driver
letter-deps:
	@missing="$$(for p in $(LETTER_DEBS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done)"; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing Debian packages:" $$missing; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null) \
	    || echo "letter-deps: could not install $$missing (PDF letters or browser tests will not run)"; \
	else \
	  echo "letter-deps: missing Debian packages: $$missing"; \
	  echo "  install them with: apt-get install $$missing"; \
	fi

# Scanned PDF letters are read by Tesseract OCR (Debian packages). Installed when run as
# root with apt-get; otherwise a message says what to install (scans are refused without).
OCR_PACKAGES := tesseract-ocr tesseract-ocr-fra tesseract-ocr-deu tesseract-ocr-eng
ocr:
	@langs="$$(tesseract --list-langs 2>/dev/null)"; \
	if echo "$$langs" | grep -qx fra && echo "$$langs" | grep -qx deu && echo "$$langs" | grep -qx eng; then \
	  echo "OCR: Tesseract with fra, deu and eng is installed"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "OCR: installing $(OCR_PACKAGES)"; \
	  apt-get install -y -qq $(OCR_PACKAGES) >/dev/null || \
	    { apt-get update -qq && apt-get install -y -qq $(OCR_PACKAGES) >/dev/null; }; \
	else \
	  echo "OCR: Tesseract is missing; install the Debian packages $(OCR_PACKAGES)" \
	    "(scanned PDF letters are refused and their tests skipped without them)"; \
	fi

run: install
	$(BIN)/riposte migrate
	$(BIN)/riposte ensure-local
	RIPOSTE_WORKER_IN_PROCESS=true $(BIN)/riposte serve --host 127.0.0.1 --port 8000

test: install letter-deps ocr
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check app tests benchmarks
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format app tests benchmarks
	$(BIN)/ruff check --fix .

# The contract, and the Python client generated from it (kept in step by a drift test).
openapi: install
	$(BIN)/python -m app.tools.export_openapi openapi/openapi.json
	$(BIN)/python -m app.tools.generate_client clients/python

# The Python client generated from the committed contract (openapi-python-client, no warnings).
client: install
	$(BIN)/python -m app.tools.generate_client clients/python

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
