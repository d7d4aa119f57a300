# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint typecheck unit bench corpus model clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: setup
	$(BIN)/mailbot demo

lint: setup
	$(BIN)/ruff check mailbot tests bench corpus
	$(BIN)/ruff format --check mailbot tests bench corpus

typecheck: setup
	$(BIN)/mypy mailbot

unit: setup
	$(BIN)/pytest --cov=mailbot --cov-report=term:skip-covered $(PYTEST_ARGS)

test: lint typecheck unit

corpus: setup
	$(BIN)/python -m corpus.build --out corpus/out

model: setup
	$(BIN)/mailbot train

bench: setup
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage corpus/out
