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

.PHONY: run test lint typecheck pytest bench bench-large screenshots qt-libs display-tools \
	e2e-tools translations translations-check wheel clean

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Serge Desktop needs Python 3.11 or newer (found " + sys.version.split()[0] + ").")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The app with its optional formats (Word, Anki), so that all eight export formats work.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[docx,anki]'
	@touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	@touch $@ $(STAMP)

## run: open the study window on the bundled article
run: $(STAMP) $(QM_FILES) qt-libs
	$(VENV)/bin/serge-desktop

## qt-libs: say in one line which Debian libraries Qt's window system plugin is missing
qt-libs: $(STAMP)
	@$(PY) packaging/qt_system_libs.py --plugin xcb

## display-tools: a virtual X server and a window manager, for screenshots and tests of the real window
display-tools: $(STAMP)
	@command -v xvfb-run >/dev/null || $(SUDO) apt-get install -y -q xvfb xauth
	@command -v openbox >/dev/null || $(SUDO) apt-get install -y -q openbox
	@$(PY) packaging/qt_system_libs.py --plugin xcb --install

## e2e-tools: what the end-to-end tests of the real window need: a virtual display, a window
## manager, key presses (xdotool), a session bus and the accessibility bus with pyatspi
e2e-tools: display-tools
	@command -v xdotool >/dev/null || $(SUDO) apt-get install -y -q xdotool
	@command -v dbus-launch >/dev/null || $(SUDO) apt-get install -y -q dbus-x11
	@test -x /usr/libexec/at-spi-bus-launcher || $(SUDO) apt-get install -y -q at-spi2-core
	@/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || $(SUDO) apt-get install -y -q python3-pyatspi

## test: ruff, mypy --strict and pytest (Qt offscreen; the end-to-end tests of the real window
## run on Xvfb when `make e2e-tools` has installed their tools, and skip saying so otherwise)
test: lint typecheck pytest

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(TEST_STAMP)
	$(VENV)/bin/mypy

pytest: $(TEST_STAMP)
	@$(PY) packaging/qt_system_libs.py --plugin offscreen --install
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

## bench: every figure of issue 18 as JSON (benchmarks/README.md), on the seed and 100 and 1,000
## articles; the big libraries are built once and cached under build/bench/ (Word export needs the
## test extras, which this venv has)
bench: $(TEST_STAMP)
	$(PY) benchmarks/all.py

## bench-large: the same with the 10,000-article library in the growth figures (long to build once)
bench-large: $(TEST_STAMP)
	$(PY) benchmarks/all.py --large

## screenshots: the real window under Xvfb, written to docs/screenshots/ (pdftoppm renders the handout)
SHOT_SCRIPTS := make_screenshots timeline_screenshots event_editing_screenshots export_screenshots \
	pack_screenshots guest_screenshots backups_screenshots library_screenshots study_screenshots \
	names_screenshots theme_screenshots
## and in French into docs/screenshots/fr/: the main window, its themes, Help's two windows (the
## French guide's pictures, resources/guide/fr, are the French shots at 820 pixels wide)
FRENCH_SHOT_SCRIPTS := make_screenshots theme_screenshots
screenshots: display-tools
	@command -v pdftoppm >/dev/null || $(SUDO) apt-get install -y -q poppler-utils
	for script in $(SHOT_SCRIPTS); do \
		xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) docs/$$script.py docs/screenshots || exit 1; \
	done
	for script in $(FRENCH_SHOT_SCRIPTS); do \
		LANG=fr_FR.UTF-8 LANGUAGE=fr xvfb-run -a -s "-screen 0 1600x1000x24" \
			$(PY) docs/$$script.py docs/screenshots/fr || exit 1; \
	done

## translations: refresh each window room's catalogue from the code (lupdate), the English plural
## forms (resources/translations/en/), and compile them
translations: $(STAMP)
	$(PY) packaging/translations.py refresh
	$(PY) packaging/english_plurals.py
	$(PY) packaging/translations.py compile

## translations-check: list every string missing or unfinished in the French catalogues
translations-check: $(STAMP)
	$(PY) packaging/translation_check.py --refresh

# The compiled catalogues `make run` reads (the wheel's build compiles its own; never committed).
QM_FILES := resources/translations/serge_desktop_fr.qm
resources/translations/serge_desktop_%.qm: $(wildcard resources/translations/*/*.ts) | $(STAMP)
	$(PY) packaging/translations.py compile

## wheel: build a wheel into dist/
wheel: $(PY)
	$(PY) -m pip wheel --quiet --no-deps -w dist .

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache

# --- Packaging: the PyInstaller bundle, the Debian package and their checks (packaging/README.md).
# The bundle is built in its own venv from a non-editable install, so nothing of the development
# .venv (editable paths, test tools) reaches it.
PKG_VENV := build/package-venv
PKG_PY := $(PKG_VENV)/bin/python
PKG_STAMP := $(PKG_VENV)/.installed
BUNDLE := dist/serge-desktop
APP_VERSION := $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' serge_desktop/__init__.py)
DEB := dist/serge-desktop_$(APP_VERSION)_amd64.deb
# Two builds of one commit give the same bundle and package: a fixed hash seed for the bytecode
# PyInstaller writes, and the last commit's time for every timestamp.
REPRODUCIBLE := PYTHONHASHSEED=1 SOURCE_DATE_EPOCH=$(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: package deb deb-depends package-check

$(PKG_STAMP): packaging/build-requirements.txt pyproject.toml
	rm -rf $(PKG_VENV)
	$(PYTHON) -m venv $(PKG_VENV)
	$(PKG_PY) -m pip install --quiet --upgrade pip
	$(PKG_PY) -m pip install --quiet -r packaging/build-requirements.txt
	$(PKG_PY) -m pip install --quiet -c packaging/build-requirements.txt '.[docx,anki]'
	@touch $@

## package: the one-folder bundle dist/serge-desktop/ (PyInstaller)
package: $(PKG_STAMP)
	@# setuptools builds in build/lib; a module deleted from the tree must not linger there.
	rm -rf build/lib build/bdist.linux-x86_64
	$(PKG_PY) -m pip install --quiet --no-cache-dir --force-reinstall --no-deps \
		-c packaging/build-requirements.txt .
	$(PKG_PY) -m pip check
	$(REPRODUCIBLE) $(PKG_VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/serge-desktop.spec
	@du -sh $(BUNDLE)

## deb: dist/serge-desktop_<version>_amd64.deb from the bundle (dpkg-deb)
deb: package
	$(PKG_PY) packaging/deb_depends.py check $(BUNDLE)
	@$(PKG_PY) packaging/qt_system_libs.py --plugin offscreen --install
	$(REPRODUCIBLE) QT_QPA_PLATFORM=offscreen $(PKG_PY) packaging/build_deb.py $(BUNDLE) $(DEB)

## deb-depends: rewrite packaging/debian/shlibs.txt (needs the libraries installed)
deb-depends: package
	$(PKG_PY) packaging/deb_depends.py derive $(BUNDLE)

## package-check: validate, lintian, install, run as an ordinary user, purge (as root)
package-check: deb
	bash packaging/check_package.sh $(BUNDLE) $(DEB)
