# Serge Desktop: set-up, run, checks, benchmarks and screenshots. Every target builds its own .venv.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
ifeq ($(shell id -u),0)
SUDO :=
else
SUDO := sudo
endif

.PHONY: run test lint typecheck pytest bench screenshots qt-libs translations wheel clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Serge Desktop needs Python 3.11 or newer (found " + sys.version.split()[0] + ").")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	@touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $@ $(STAMP)

## run: open the study window on the bundled article
run: $(STAMP) qt-libs
	$(VENV)/bin/serge-desktop

## qt-libs: say in one line which Debian libraries Qt's window system plugin is missing
qt-libs: $(STAMP)
	@$(PY) packaging/qt_system_libs.py

## test: ruff, mypy --strict and pytest (Qt offscreen; no display needed)
test: lint typecheck pytest

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(TEST_STAMP)
	$(VENV)/bin/mypy

pytest: $(TEST_STAMP)
	@$(PY) packaging/qt_system_libs.py --plugin offscreen --install
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

## bench: print JSON figures (start-up time against a bare Qt window)
bench: $(STAMP)
	$(PY) benchmarks/run.py

## screenshots: the real window under Xvfb, written to docs/screenshots/
screenshots: $(STAMP)
	@command -v xvfb-run >/dev/null || $(SUDO) apt-get install -y -q xvfb xauth
	@$(PY) packaging/qt_system_libs.py --install
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) docs/make_screenshots.py docs/screenshots

## translations: refresh the catalogue translators start from, and compile any translations
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find serge_desktop/ui -name '*.py' | sort) -no-obsolete \
		-ts resources/translations/serge_desktop.ts
	for ts in resources/translations/serge_desktop_*.ts; do \
		[ -e "$$ts" ] && $(VENV)/bin/pyside6-lrelease "$$ts"; done; true

## wheel: build a wheel into dist/
wheel: $(PY)
	$(PY) -m pip wheel --quiet --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
