# Everything a fresh clone needs: `make run` and `make test` create the environment first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := tests/fixtures/reference/000_6b0e962ed3f3dce3.txt

.PHONY: run test lint typecheck pytest bench grid fuzz mutate clean

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

# Generates a corpus into a temporary folder, measures, prints a table, writes BENCHMARKS.md
# (scripts/bench/, one module per measure).
bench: $(BENCH_STAMP)
	$(BIN)/python -m scripts.bench --write BENCHMARKS.md

GRID_STAMP := $(VENV)/.installed-grid
$(GRID_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,grid]'
	touch $(GRID_STAMP)

# A measure, not a test: composes page variants from parts (truth known by construction),
# renders each with the saving tools (w3m, lynx, links, elinks, pandoc from the distribution's
# packages, skipped when missing; html2text and inscriptis from the grid extra), parses every
# capture and prints the share fully right. Pages go to a temporary folder, deleted afterwards.
# Options: GRID_ARGS='--variants 200 --seed 7 --examples 10 --out grid-out --min 98'
GRID_ARGS ?=
grid: $(GRID_STAMP)
	$(BIN)/python -m scripts.grid $(GRID_ARGS)

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
# MUTATE_ONLY='src/newsparse/grammar/title.py ...' runs only those modules' mutants (as
# mutmut's name patterns, `newsparse.grammar.title.*`) and lists only their survivors.
MUTATE_ONLY ?=
MUTATE_MODULES := $(subst /,.,$(patsubst src/%.py,%,$(MUTATE_ONLY)))
mutate: $(MUTATE_STAMP)
	$(BIN)/mutmut run --max-children 2 $(foreach m,$(MUTATE_MODULES),'$(m).*') || true
	$(BIN)/mutmut results$(if $(MUTATE_MODULES), | grep -F $(foreach m,$(MUTATE_MODULES),-e '$(m).') || true)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis mutants
