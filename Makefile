# Everyday commands. `make run` and `make test` do all set-up on a fresh machine.
VENV   ?= .venv
PY     := $(VENV)/bin/python
PYTEST := $(VENV)/bin/pytest
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: run test setup setup-test system-packages system-packages-test lint format migrate clean

# Links in e-mails point at the server `make run` starts (unless ARCHIEF_SITE_URL is set): every
# manage.py step of `make run` (migrate, load_demo, runserver) gets the same URL. MANAGE_ENV is a
# target-specific variable, so it also reaches the prerequisite `migrate` when `make run` runs it.
# `make run` is how people try the app, so it runs with DEBUG off: the Dutch error pages instead
# of Django's English developer pages (static files come from WhiteNoise either way);
# `make run DEBUG=true` shows the developer pages.
DEBUG ?= false
run: MANAGE_ENV = ARCHIEF_SITE_URL=$${ARCHIEF_SITE_URL:-http://$(HOST):$(PORT)} DEBUG=$(DEBUG)
run: setup migrate
	$(MANAGE_ENV) $(PY) manage.py load_demo
	@echo ""
	@echo "Meppel Archief draait op http://$(HOST):$(PORT)/ (stoppen met Ctrl-C)"
	$(MANAGE_ENV) ARCHIEF_EAGER_IN_BACKGROUND=true $(PY) manage.py runserver $(HOST):$(PORT)

# The suite runs in TEST_WORKERS processes (pytest-xdist; tests/conftest.py says how they are
# ordered and grouped); TEST_WORKERS=0 runs it in one process. Three on a machine of two cores:
# the chaos tests (one process, minutes) and the browser tests mostly wait for the servers and
# the browser they start, and a third process uses that time.
TEST_WORKERS ?= 3

test: setup-test
	$(PYTEST) -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

setup: system-packages $(VENV)/.installed

setup-test: system-packages-test $(VENV)/.installed-dev node_modules/.installed tests/oidc/node_modules/.installed

system-packages:
	@scripts/install-system-packages.sh

system-packages-test:
	@scripts/install-system-packages.sh --test

$(VENV)/bin/python:
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip

$(VENV)/.installed: $(VENV)/bin/python requirements.txt
	$(VENV)/bin/pip install -q -r requirements.txt
	@touch $@

# Test-only JavaScript (axe-core for the accessibility browser tests), pinned by package-lock.json.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(VENV)/bin/pip install -q -r requirements-dev.txt
	@touch $@

# The OpenID provider the OIDC login tests start (npm oidc-provider, run with node).
tests/oidc/node_modules/.installed: tests/oidc/package.json tests/oidc/package-lock.json
	cd tests/oidc && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

migrate: setup
	$(MANAGE_ENV) $(PY) manage.py migrate --noinput

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

clean:
	rm -rf var staticfiles .pytest_cache node_modules tests/oidc/node_modules
