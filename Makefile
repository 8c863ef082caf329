# Every install step lives here: a fresh machine with Python >= 3.11 needs nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test fuzz client client-check lint mutation bench bench-tools browser install clean release-check deploy-tools deploy-check deploy-stack-check

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

# Property-based fuzz of every operation in /api/openapi.json against a served app: zero 5xx
# (JILIANG_FUZZ_SECONDS bounds it; the stack is the one JILIANG_TEST_DATABASE_URL / _REDIS_URL name).
fuzz: install
	$(BIN)/python -m pytest -m fuzz -p no:randomly -s tests/api/test_api_fuzz.py $(PYTEST_ARGS)

# TypeScript types of /api/openapi.json for the mini-program (pure Python, no Node needed); commit the result.
client: install
	$(BIN)/python -m jiliang.client_types clients/miniapp/jiliang-api.d.ts

# Type-checks the committed types and clients/miniapp/usage-check.ts with the TypeScript pinned in package-lock.
client-check:
	cd clients/miniapp && npm ci --no-audit --no-fund --silent && ./node_modules/.bin/tsc -p .

# ruff; the layer contracts (.importlinter: core imports nothing above it, domains independent, ...); mypy.
lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy

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

# Debian's chromium (driven by Playwright in the console's browser tests; never `playwright install`) and a
# Chinese font so pages and screenshots show text, not boxes.
browser:
	@(command -v chromium >/dev/null && fc-list :lang=zh | grep -q .) || \
		(apt-get update && apt-get install -y chromium fonts-wqy-zenhei)

# Migrations of this tree on a copy of production-shaped data of release FROM (a git ref; a few thousand rows).
# POSTGRES=postgres://postgres@127.0.0.1:5432 checks on PostgreSQL instead of SQLite.
FROM ?= HEAD
release-check: install
	$(BIN)/python -m release.check --from $(FROM) $(if $(POSTGRES),--postgres $(POSTGRES))

# deploy/: nginx (Debian's nginx-light) to check the reverse-proxy sample with `nginx -t`.
deploy-tools:
	@command -v nginx >/dev/null || apt-get install -y nginx-light || (apt-get update && apt-get install -y nginx-light)

# Static checks of deploy/: systemd-analyze verify, nginx -t, limits against the app's, image and compose contents.
deploy-check: install deploy-tools
	$(BIN)/python -m pytest -q tests/ops/test_ops_deploy.py

# Needs a Docker daemon with compose: builds the image, starts the stack, waits for /readyz, stops it.
deploy-stack-check:
	deploy/stack-check.sh

clean:
	rm -rf $(VENV) var .pytest_cache
