# factaudit: `make audit` and `make test` work on a fresh machine with Python 3.11 and nothing else.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: audit test lint typecheck bench bytecode clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The package's bytecode, written beside its sources as a wheel install writes it (an editable install
# writes none, and where PYTHONDONTWRITEBYTECODE is set Python never keeps what it compiles: every
# `factaudit` process then compiled all its modules from source, 0.07 of its 0.50 s of start-up CPU).
# Only modules changed since their bytecode are compiled again (0.15 s when none is).
bytecode: $(STAMP)
	$(BIN)/python -m compileall -q src/factaudit

audit: $(STAMP) bytecode
	$(BIN)/factaudit audit seeds

lint: $(STAMP)
	$(BIN)/ruff format --check src tests bench tools
	$(BIN)/ruff check src tests bench tools

typecheck: $(STAMP)
	$(BIN)/mypy

test: $(STAMP) bytecode lint typecheck
	$(BIN)/python -m pytest -m "not slow"

# Corpus sizes of the scale benchmark; add 100000 for the full run (about 10 more minutes on 2 cores:
# a full audit and a re-audit of 100,000 generated documents, with 10 GB of memory free).
SCALE_SIZES ?= 2225 20000

bench: $(STAMP) bytecode
	$(BIN)/python -m pytest -m slow
	$(BIN)/python bench/extract_bench.py
	$(BIN)/python bench/scale.py --sizes $(SCALE_SIZES)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
	find src tests bench tools -name __pycache__ -type d -prune -exec rm -rf {} +
