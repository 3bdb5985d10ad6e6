# Everything a fresh clone needs: `make run` and `make test` create the environment first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := tests/fixtures/reference/000_6b0e962ed3f3dce3.txt

.PHONY: run test lint typecheck pytest bench fuzz mutate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Running needs only newsparse and its dependencies; the test tools come with `make test`.
RUN_STAMP := $(VENV)/.installed-run
$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUN_STAMP)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(RUN_STAMP)
	$(BIN)/newsparse show $(SAMPLE)

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: $(STAMP)
	$(BIN)/mypy --strict

pytest: $(STAMP)
	$(BIN)/pytest

BENCH_STAMP := $(VENV)/.installed-bench
$(BENCH_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	touch $(BENCH_STAMP)

# Generates a corpus into a temporary folder, measures, prints a table, writes BENCHMARKS.md.
bench: $(BENCH_STAMP)
	$(BIN)/python scripts/bench.py --write BENCHMARKS.md

FUZZ_STAMP := $(VENV)/.installed-fuzz
$(FUZZ_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet atheris
	touch $(FUZZ_STAMP)

# Not part of `make test`: runs the atheris fuzz target (FUZZ_RUNS executions); inputs that
# crash it are kept in fuzz-artifacts/ to be turned into tests.
# Inputs are capped at 2 KiB: longer ones slow the search and add no new paths (the cost
# of size is what the linear-time tests pin down).
FUZZ_RUNS ?= 1000000
FUZZ_MAX_LEN ?= 2048
fuzz: $(FUZZ_STAMP)
	mkdir -p fuzz-artifacts
	$(BIN)/python scripts/fuzz.py -atheris_runs=$(FUZZ_RUNS) -max_len=$(FUZZ_MAX_LEN) \
		-artifact_prefix=fuzz-artifacts/

MUTATE_STAMP := $(VENV)/.installed-mutate
$(MUTATE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,mutate]'
	touch $(MUTATE_STAMP)

# Not part of `make test`: mutmut mutates src/newsparse/grammar/ (the mutants live in
# mutants/, never in src/), runs the tests that reach each mutant, and lists the survivors.
mutate: $(MUTATE_STAMP)
	$(BIN)/mutmut run --max-children 2 || true
	$(BIN)/mutmut results

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis mutants
