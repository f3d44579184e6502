# Two commands on a fresh machine: `make run` and `make test`. See README.md.

VENV := .venv
VPY := $(VENV)/bin/python
PORT ?= 8000
SHELL := /bin/bash

.DEFAULT_GOAL := help

# Python's bytecode caches (__pycache__/, ignored by git) are written even where the shell
# turns them off: without them every run compiles the project again and pytest rewrites every
# test module's asserts again, about 5 s at the start of each test worker.
unexport PYTHONDONTWRITEBYTECODE
.PHONY: help run demo test screenshots lint format serve check-python clean lock lock-check

help:
	@echo "make run     set up and serve the site with the dev server on http://127.0.0.1:$(PORT)"
	@echo "make test    set up and run ruff and the whole test suite (which checks the migrations)"
	@echo "make demo    a demo reviewer account and a dozen intakes for the staff side"
	@echo "make screenshots  the browser tests, keeping screenshots in tests/browser/screenshots/"
	@echo "make lint    ruff check and ruff format --check"
	@echo "make format  ruff format and ruff check --fix"
	@echo "make serve   production-like: gunicorn, DEBUG off, compressed hashed static files"
	@echo "make bench   the benchmark: pages (wrk), whole intakes (locust), the admin queue"
	@echo "make lock    write the lockfiles (requirements*.lock, with hashes) from requirements*.txt"

# Finds a Python 3.12+: PYTHON=... if given, else python3 if new enough, else python3.13 or
# python3.12 if they run, else pyenv's installed versions. Prints its path, or fails clearly.
define find_python
is_ok() { "$$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }; \
if [ -n "$(PYTHON)" ]; then \
  if is_ok "$(PYTHON)"; then command -v "$(PYTHON)" || echo "$(PYTHON)"; exit 0; fi; \
  echo "PYTHON=$(PYTHON) is not a working Python 3.12 or newer." >&2; exit 1; \
fi; \
for c in python3 python3.13 python3.12; do \
  if command -v $$c >/dev/null 2>&1 && is_ok $$c; then command -v $$c; exit 0; fi; \
done; \
root=$$(pyenv root 2>/dev/null || echo "$$HOME/.pyenv"); \
for c in $$(ls -d "$$root"/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
  if is_ok "$$c"; then echo "$$c"; exit 0; fi; \
done; \
echo "No Python 3.12 or newer found (Django 6.1 needs one). Install it, or run e.g." >&2; \
echo "  make $(MAKECMDGOALS) PYTHON=/path/to/python3.13" >&2; \
exit 1
endef

# The virtual environment, remade if it was built by a Python older than 3.12.
$(VENV)/.python:
	@py=$$($(find_python)) || exit 1; \
	if [ -x $(VPY) ] && ! $(VPY) -c 'import sys; sys.exit(sys.version_info < (3, 12))'; then \
	  echo "Removing $(VENV): it was made with an old Python."; rm -rf $(VENV); fi; \
	echo "Using $$py ($$($$py --version))"; \
	[ -x $(VPY) ] || $$py -m venv $(VENV); \
	$(VPY) -m pip install --quiet --upgrade pip; \
	touch $@

check-python:
	@$(find_python)

# Installs come from the lockfiles: every package pinned, with its hashes (pip then refuses
# any file whose hash differs). requirements*.txt are what we ask for; `make lock` writes the
# lockfiles from them.
$(VENV)/.installed-run: requirements.lock $(VENV)/.python
	$(VPY) -m pip install --quiet --require-hashes -r requirements.lock
	touch $@

$(VENV)/.installed-dev: requirements-dev.lock $(VENV)/.python
	$(VPY) -m pip install --quiet --require-hashes -r requirements-dev.lock
	touch $@ $(VENV)/.installed-run

# The development server and the task worker (it sends the emails) together; Ctrl-C stops
# both, and the worker is started again if it dies. It does not reload on code changes: restart
# `make run` after editing an email.
run: $(VENV)/.installed-run
	DJANGO_DEBUG=1 $(VPY) manage.py migrate --no-input --verbosity 0
	@$(call with_worker,DJANGO_DEBUG=1,DJANGO_DEBUG=1 $(VPY) manage.py runserver 127.0.0.1:$(PORT))

# Demo data for the staff side: a reviewer (password printed once) and a dozen intakes.
demo: $(VENV)/.installed-run
	DJANGO_DEBUG=1 $(VPY) manage.py migrate --no-input --verbosity 0
	DJANGO_DEBUG=1 $(VPY) manage.py load_demo --outcomes
	DJANGO_DEBUG=1 $(VPY) manage.py load_demo_bookings

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The suite runs in one pytest-xdist worker per core (TEST_WORKERS=0 for one process), an idle
# worker taking tests from a busy one (worksteal: the long browser tests otherwise end up
# queued behind each other on one worker; 6 min against 7 min 19 s here); each
# worker has its own test database, live server and Chromium.
TEST_WORKERS ?= auto
test: lint node_modules/.installed
	$(VPY) -m pytest -n $(TEST_WORKERS) --dist worksteal $(PYTEST_ARGS)

# Screenshots of the pages the browser tests visit, to look at; `make test` takes none.
screenshots: $(VENV)/.installed-dev node_modules/.installed
	SCREENSHOTS=1 $(VPY) -m pytest -n $(TEST_WORKERS) --dist worksteal tests/browser $(PYTEST_ARGS)

# The Nu HTML Checker (npm's vnu-jar, pinned in package-lock.json) for the HTML test, which runs
# it with the machine's Java, and axe-core for the browser tests. --ignore-scripts: vnu-jar's
# install script would download a Java of its own. Without npm the HTML test and the browser
# tests' axe checks skip (and fail under CI's REQUIRE_BROWSER=1).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null; then \
	  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the HTML and axe-core checks will skip (install nodejs and npm)"; fi

# $(call with_worker,ENV,COMMAND): runs the task worker in the background, started again if it
# dies (scripts/keep-running), and COMMAND in the foreground; when COMMAND ends (Ctrl-C) the
# worker is asked to stop and waited for.
define with_worker
trap 'kill -TERM $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT; \
$(1) scripts/keep-running $(VPY) manage.py task_worker & worker=$$!; \
$(2)
endef

# Production-like local run over plain HTTP: DEBUG off, gunicorn, hashed compressed statics.
# A random secret key per start unless DJANGO_SECRET_KEY is set.
SERVE_ENV = DJANGO_DEBUG=0 DJANGO_SECURE_SSL_REDIRECT=0 EMAIL_BACKEND=$${EMAIL_BACKEND:-console} \
	DJANGO_ALLOWED_HOSTS=$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost} \
	DJANGO_SECRET_KEY=$${DJANGO_SECRET_KEY:-$$($(VPY) -c 'import secrets; print(secrets.token_urlsafe(50))')}

serve: $(VENV)/.installed-run
	$(SERVE_ENV) $(VPY) manage.py migrate --no-input --verbosity 0
	$(SERVE_ENV) $(VPY) manage.py collectstatic --no-input --verbosity 0
	@export $(SERVE_ENV); $(call with_worker,,$(VENV)/bin/gunicorn clinic.wsgi \
	  --config clinic/gunicorn.conf.py --bind 127.0.0.1:$(PORT))

# The lockfiles from requirements*.txt, from PyPI alone (PIP_CONFIG_FILE=/dev/null: whatever
# extra indexes this machine's pip configuration names stay out of them). Pins already in a
# lockfile are kept while they still fit; `make lock LOCK_ARGS=--upgrade` takes newer ones.
LOCKFILES := requirements.lock requirements-dev.lock requirements-bench.lock
PIP_COMPILE = PIP_CONFIG_FILE=/dev/null $(VENV)/bin/pip-compile --quiet --generate-hashes \
	--allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links $(LOCK_ARGS)
lock: $(VENV)/.installed-dev
	@for lock in $(LOCKFILES); do echo "$$lock"; \
	  $(PIP_COMPILE) --output-file $$lock $${lock%.lock}.txt || exit 1; done

# Fails when a lockfile no longer matches its requirements file (CI runs it): each is made
# again in a scratch folder from a copy of itself and compared, leaving the real ones alone.
lock-check: $(VENV)/.installed-dev
	@scratch=$$(mktemp -d); trap 'rm -rf $$scratch' EXIT; \
	for lock in $(LOCKFILES); do cp $$lock $$scratch/$$lock; \
	  $(PIP_COMPILE) --output-file $$scratch/$$lock $${lock%.lock}.txt || exit 1; \
	  if ! diff <(grep -v '^#' $$lock) <(grep -v '^#' $$scratch/$$lock); then \
	    echo "$$lock does not match $${lock%.lock}.txt: run make lock"; exit 1; fi; \
	done; echo "The lockfiles match their requirements files."

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .ruff_cache

# Benchmark, production-like (gunicorn, DEBUG off, the real task worker) on PostgreSQL with
# 100,000 generated submissions: pages with wrk (installed with apt-get if missing), whole
# intakes with locust, the admin queue; one table of the targets. Its own database only
# (clinic_bench, or BENCH_DATABASE_URL naming a local one with "bench" in it), never the
# shell's DATABASE_URL. Options: make bench BENCH_ARGS="--page-seconds 3 --intake-seconds 10".
# Method and results in docs/performance.md.
.PHONY: bench
$(VENV)/.installed-bench: requirements-bench.lock $(VENV)/.installed-dev
	$(VPY) -m pip install --quiet --require-hashes -r requirements-bench.lock
	touch $@

bench: $(VENV)/.installed-bench
	@$(VPY) scripts/bench.py $(BENCH_ARGS)
