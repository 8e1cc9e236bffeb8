# `make run` opens the app on the bundled seeds; `make test` runs the suite.
# Each target bootstraps .venv by itself (pip is upgraded first: pip 23's
# resolver fails on readability-lxml's lxml[html-clean] extra).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# `make test` spreads the suite over worker processes (pytest-xdist). About half of the suite's
# time is waiting (Pilot apps settling, loopback servers, the console script on a pty, refresh
# children), so more workers than cores pays: 4 on CI's 2 cores. `make test WORKERS=0` runs it in
# one process; `.venv/bin/python -m pytest -q tests/test_x.py` always does.
WORKERS ?= 4

.PHONY: run test lint bench-quality bench-speed clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/newsbrief

test: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q -n $(WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check briefs tui tests bench
	$(BIN)/lint-imports

bench-quality: $(STAMP)
	$(BIN)/python bench/quality.py

bench-speed: $(STAMP)
	$(BIN)/python bench/engine_speed.py

clean:
	rm -rf $(VENV) build *.egg-info
