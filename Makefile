# Two commands do everything on a fresh machine with Python >= 3.11 and make:
#   make run    create .venv, install, validate the content, start JupyterLab on notebooks/
#   make test   create .venv, install with test extras, lint, type-check and run the suite
SHELL := /bin/bash
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null \
	&& { echo $$p; break; }; done)
VENV := .venv
BIN := $(VENV)/bin
# Re-install when the project's metadata changes; one stamp per extra set.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run classroom test lint typecheck pytest bench clean check-python browser-deps
HOST := 127.0.0.1
LAB_PORT ?= 8888
VOILA_PORT ?= 8866
# JupyterLab refuses to start as root unless told; a container or CI shell is often root.
ALLOW_ROOT := $(if $(filter 0,$(shell id -u)),--ServerApp.allow_root=True)

check-python:
	@test -n "$(PYTHON)" || { echo "make: Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)" >&2; exit 2; }

$(BIN)/python: | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Byte-compile the sources: with PYTHONDONTWRITEBYTECODE set (as on CI) every `edu` call
# would otherwise recompile them, which costs more than the command itself.
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m compileall -q src/edu
	@touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m compileall -q src/edu
	@touch $@ $(RUN_STAMP)

run: $(RUN_STAMP)
	$(BIN)/edu validate
	@echo "Starting JupyterLab on notebooks/ — open the http://$(HOST):$(LAB_PORT)/lab?token=… URL printed below."
	$(BIN)/jupyter lab --notebook-dir=notebooks --ServerApp.ip=$(HOST) \
		--ServerApp.port=$(LAB_PORT) --ServerApp.open_browser=False $(ALLOW_ROOT)

# The student-facing notebooks as an app (Voilà), on this machine only: build/classroom holds
# links to them (not to the instructors' quiz builder) and a template that fetches nothing
# from outside; see src/edu/classroom.py.
classroom: $(RUN_STAMP)
	@echo "Starting Voilà on the student notebooks — open http://$(HOST):$(VOILA_PORT)/ (Ctrl-C to stop)."
	$(BIN)/python -m edu.classroom --ip $(HOST) --port $(VOILA_PORT)

# ruff, then the layers contract of pyproject.toml ([tool.importlinter]): no module imports a
# layer above its own, and no two sibling packages import each other in a cycle.
lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports --no-cache

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

# The browser tests drive Debian's chromium with Playwright (never `playwright install`).
# As root (CI) it is installed when missing; otherwise those tests are skipped, loudly.
browser-deps:
	@if command -v chromium >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "make: installing Debian's chromium for the browser tests"; \
		{ apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
			>/dev/null 2>&1 || echo "WARNING: chromium could not be installed: browser tests will be SKIPPED"; \
	else echo "WARNING: chromium is missing and this is not root: browser tests will be SKIPPED"; fi

# pytest exits 5 when it collects no test; that is not a failure of the suite.
pytest: $(TEST_STAMP) browser-deps
	@rc=0; $(BIN)/python -m pytest $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "pytest: no tests collected"; rc=0; fi; exit $$rc

test: lint typecheck pytest

bench: $(TEST_STAMP)
	@for script in bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis
