# factcheck: raw/ -> extracted/ (facts as CSVs + report.html), checked for consistency.
# `make help` lists the targets; README.md documents each (tests/test_docs.py keeps them in step).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
RAW    ?= raw
OUT    ?= extracted
REVIEWS ?= reviews/decisions.csv
JOBS   ?= auto
ENGINE ?= local
SCHEDULER ?=
WORDS  ?= 200000
DOCUMENTS ?= 10000
ARGS   ?=
# ENGINE=dask runs on Dask: a local cluster of JOBS workers, or the one at SCHEDULER=tcp://host:8786
ENGINE_ARGS = --engine $(ENGINE) $(if $(SCHEDULER),--scheduler "$(SCHEDULER)")

.DEFAULT_GOAL := help
.PHONY: help setup extract check test eval false-alarms bench bench-scale bench-checks lint external clean

help: ## list the targets
	@grep -E '^[a-z][a-z_-]*:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 12

$(STAMP): requirements.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

setup: $(STAMP) ## create .venv with the pinned dependencies (re-run when requirements.txt changes)

extract: $(STAMP) ## RAW=raw OUT=extracted: extract facts, validate, check, write CSVs and report.html
	$(PY) -m pipeline extract --raw "$(RAW)" --out "$(OUT)" --reviews "$(REVIEWS)" --jobs $(JOBS) $(ENGINE_ARGS) $(ARGS)

check: $(STAMP) ## like extract, then exit 1 when any finding has severity error
	$(PY) -m pipeline check --raw "$(RAW)" --out "$(OUT)" --reviews "$(REVIEWS)" --jobs $(JOBS) $(ENGINE_ARGS) $(ARGS)

test: $(STAMP) ## the whole test suite (pytest, doctests included)
	$(PY) -m pytest $(ARGS)

eval: $(STAMP) ## precision, recall and normalization accuracy per fact type against tests/gold/
	$(PY) -m pipeline.evaluate tests/gold $(sort $(wildcard tests/heldout*))

false-alarms: $(STAMP) ## the checker over each held-out set alone (each consistent on purpose): its errors are false alarms
	$(PY) -m pipeline.false_alarms $(sort $(wildcard tests/heldout*)) $(ARGS)

external: $(STAMP) ## run the extractors over ../shared/external (Recognizers-Text cases) and score them
	$(PY) -m pipeline.external ../shared/external

bench: $(STAMP) ## WORDS=200000: words/s and peak memory on a generated corpus, beside a spaCy baseline
	$(PY) -m pipeline.bench --words $(WORDS) --jobs $(JOBS)

bench-scale: $(STAMP) ## WORDS=200000: make bench at WORDS and at 10x WORDS; time and memory ratios
	$(PY) -m pipeline.bench scale --words $(WORDS) --jobs $(JOBS)

bench-checks: $(STAMP) ## DOCUMENTS=10000: time the consistency checks alone on synthetic fact tables
	$(PY) -m pipeline.bench checks --documents $(DOCUMENTS)

lint: $(STAMP) ## ruff and mypy
	$(VENV)/bin/ruff check pipeline schemas tests experiments
	$(VENV)/bin/mypy

clean: ## remove caches (keeps .venv and extracted/)
	rm -rf .pytest_cache .mypy_cache .ruff_cache .hypothesis
	find . -name __pycache__ -prune -exec rm -rf {} +
