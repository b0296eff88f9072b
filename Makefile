# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: setup run test bench eval clean

setup: $(STAMP)

# Pinned direct dependencies live in pyproject.toml; constraints.txt pins everything below them.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dask,test]'
	@touch $(STAMP)

run: setup
	$(VENV)/bin/factledger ingest

test: setup
	$(PY) -m pytest -q

bench: setup
	$(PY) benchmarks/bench.py

eval: setup
	$(PY) benchmarks/eval_public.py

clean:
	rm -rf $(VENV) .factledger review .pytest_cache
