# Two commands set everything up on a fresh machine: `make site` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
CONTENT ?= content
OUTPUT ?= site
# For `make watch PORT=8001 HOST=0.0.0.0`; plain '=' so an exported HOST or PORT (some shells
# and platforms set them) never silently exposes the server.
PORT = 8000
HOST = 127.0.0.1

.PHONY: site test install install-test watch bench eval lint clean chromium screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[web]'
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test,web]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

$(VENV)/.installed-eval: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[eval,web]'
	touch $@

site: install
	$(BIN)/python -m generator build --content $(CONTENT) --output $(OUTPUT)

watch: install
	$(BIN)/python -m generator watch --content $(CONTENT) --output $(OUTPUT) --port $(PORT) --host $(HOST)

# The linter and the formatter's check run first: they take a second, and CI runs only this.
test: lint chromium
	$(BIN)/python -m pytest -q

# The browser tests drive Debian's Chromium (Playwright's own browser download cannot work here).
CHROMIUM := /usr/bin/chromium
chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# docs/screenshots/*.png for the README: the index on a desktop, an article on a phone.
screenshots: install-test chromium
	$(BIN)/python -m tests.browser.screenshots --content $(CONTENT) --output docs/screenshots

# Timings on generated corpora of 1,000 and 10,000 articles (8-16 min on 2 cores; not part
# of `make test`). BENCH_QUICK=1 make bench: 1,000 articles only, fewer runs (~5 min).
bench: install
	$(BIN)/python benchmarks/run.py

# Quality on the labelled development sets in eval/ (see eval/README.md): figures on the
# held-back part. EVAL="cleaning events" runs only those.
eval: $(VENV)/.installed-eval
	$(BIN)/python eval/run.py $(EVAL)

lint: install-test
	$(BIN)/ruff check generator tests benchmarks
	$(BIN)/ruff format --check generator tests benchmarks

clean:
	rm -rf $(OUTPUT) .cache
