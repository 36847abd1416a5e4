# Shortcuts; each target only calls dev.py, which needs nothing but Python 3.11+.
PYTHON ?= python3

.PHONY: run test bench build lint translations
run:
	$(PYTHON) dev.py run
test:
	$(PYTHON) dev.py test
bench:
	$(PYTHON) dev.py bench
build:
	$(PYTHON) dev.py build
lint:
	$(PYTHON) dev.py lint
translations:
	.venv/bin/python tools/translations.py
