# Two commands set everything up on a fresh machine: `make site` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
CONTENT ?= content
OUTPUT ?= site

.PHONY: site test install install-test watch bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

site: install
	$(BIN)/python -m generator build --content $(CONTENT) --output $(OUTPUT)

watch: install
	$(BIN)/python -m generator watch --content $(CONTENT) --output $(OUTPUT)

test: install-test
	$(BIN)/python -m pytest -q

lint: install-test
	$(BIN)/ruff check generator tests

clean:
	rm -rf $(OUTPUT) .cache
