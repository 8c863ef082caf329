# Every install step lives here: a fresh machine with Python >= 3.11 needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test lint mutation bench bench-tools install clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/jiliang serve --demo

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Mutation score of the legal, deadline, auth and booking modules against their floors (mutation/floors.json);
# embedded stack only, two children at a time (about 5 minutes of two cores; stopped after 20). MUTATION_ARGS="--module core/auth.py --show-survivors" narrows it.
mutation: install
	timeout --signal=INT 1200 $(BIN)/python -m mutation $(MUTATION_ARGS)

# BENCH="bot knowledge ..." picks benchmarks; without it the list is printed.
bench: install bench-tools
	$(BIN)/python -m bench $(BENCH)

# wrk is the load tool of the bot benchmark (Debian/Ubuntu package).
bench-tools:
	@command -v wrk >/dev/null || apt-get install -y wrk || sudo apt-get install -y wrk

clean:
	rm -rf $(VENV) var .pytest_cache
