# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test services chromium samba bench clean

$(BIN)/nordpii: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/nordpii
	$(BIN)/nordpii demo

services:
	bash .ci/services

samba:
	bash .ci/samba

chromium:
	bash .ci/chromium

test: $(BIN)/nordpii services chromium samba
	$(BIN)/python -m pytest

bench: $(BIN)/nordpii
	$(BIN)/python bench/engine_speed.py
	$(BIN)/python bench/sampling_cost.py
	$(BIN)/python bench/check_speed.py
	$(BIN)/python bench/anonymise_speed.py
	$(BIN)/python bench/file_speed.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
