# Two commands do all set-up on a fresh machine (see README.md):
#   make workbook   – install into .venv, then open the notebooks in JupyterLab
#   make test       – install into .venv, then run unit tests + nbval on every notebook
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
EXTRAS ?= test,dask

.PHONY: workbook test lint install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[$(EXTRAS)]"
	touch $(STAMP)

install: $(STAMP)

workbook: $(STAMP)
	$(BIN)/jupyter lab --notebook-dir=notebooks $(JUPYTER_ARGS)

test: $(STAMP)
	$(BIN)/ruff check analystkit tests benchmarks
	$(BIN)/python -m pytest --nbval $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check analystkit tests benchmarks

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
