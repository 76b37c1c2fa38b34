# Satchel — one recipe for everything. `make run` starts the app, `make test` runs the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run demo test lint typecheck pytest bench stress translations package clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

system-deps:
	@bash packaging/system-deps.sh

run: $(STAMP) system-deps translations
	$(BIN)/satchel-app $(ARGS)

demo: $(STAMP) system-deps translations
	$(BIN)/satchel-app --demo

lint: $(STAMP)
	$(BIN)/ruff check wallet ui tests packaging
	$(BIN)/ruff format --check wallet ui tests packaging

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP) system-deps translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadgroup -q -m "not serial"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m serial

test: lint typecheck pytest

bench: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench.run_all

stress: $(STAMP)
	SATCHEL_STRESS_KILLS=1000 $(BIN)/python -m pytest -q -p no:randomly tests/core/test_vault_crash.py

translations: $(STAMP)
	@$(BIN)/python -m packaging.build_translations

package: $(STAMP)
	$(BIN)/python -m pip install --quiet pyinstaller
	$(BIN)/pyinstaller --noconfirm packaging/satchel.spec
	bash packaging/smoke_test.sh

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
