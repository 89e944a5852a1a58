# The edition's commands. Every target creates .venv from the locked requirements if needed.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
# Bytecode is cached under .venv, not beside the sources: `mkdocs serve` watches scripts/, and a __pycache__
# written there by a build would trigger the next one. Without a cache every build compiled the engine anew.
export PYTHONPYCACHEPREFIX := $(CURDIR)/.venv/pycache
unexport PYTHONDONTWRITEBYTECODE

.PHONY: serve build publish check test test-fast lint bench lock clean

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (set PYTHON=...)")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.txt
	touch $(STAMP)

serve: $(STAMP)  ## preview at http://127.0.0.1:8000 with live reload; problems, failed or overrun builds are shown on the pages
	$(PY) scripts/serve.py --dev-addr 127.0.0.1:8000

build: $(STAMP)  ## strict build into site/; a failed build leaves the previous site/ as it was
	$(PY) scripts/build_site.py

publish: $(STAMP)  ## the build for publication: refuses unless EDITION_SITE_URL is the site's real address
	$(PY) scripts/publish.py

check: $(STAMP)  ## the editor's whole gate: the engine's checks, the real build into a temporary folder, its output checked
	$(PY) scripts/check.py

NODE_STAMP := node_modules/.package-lock.json

# The Nu HTML Checker (vnu-jar) comes from the npm lock; --ignore-scripts: its install script would
# download a Java runtime, and the machine's Java (default-jre-headless) runs it instead.
$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts

# One worker per core, a test file per worker (its module fixtures, such as Lighthouse's run, stay whole); the longest
# files start first (tests/conftest.py: LONGEST_FIRST, and pytest-xdist's reordering by number of tests is off).
XDIST := -n auto --dist loadfile

test: lint $(STAMP) $(NODE_STAMP)  ## the whole test suite (lint, unit, fixture sites, browser, HTML validity)
	$(PY) -m pytest $(XDIST)

test-fast: $(STAMP)  ## the edit loop: unit tests only (no site build, no browser), under a minute
	$(PY) -m pytest $(XDIST) -m "not site and not browser"

lint: $(STAMP)  ## ruff: the lint rules and the formatting of pyproject.toml
	$(VENV)/bin/ruff check scripts tests
	$(VENV)/bin/ruff format --check scripts tests

bench: $(STAMP) $(NODE_STAMP)  ## benchmarks: ratios against baselines measured in the same run; Lighthouse performance
	$(PY) scripts/bench.py

lock:  ## re-pin requirements.txt from requirements.in (needs network to PyPI)
	$(PY) -m pip install --quiet pip-tools
	$(VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe -o requirements.txt requirements.in

clean:
	rm -rf site .site-build-* .pytest_cache
