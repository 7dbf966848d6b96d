# Everything installs itself into .venv on first use; nothing needs to be installed by hand.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install chat test lint load serve bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Terminal chat on the bundled knowledge base (no Telegram token needed).
chat: $(STAMP)
	$(PY) -m bot load
	$(PY) -m bot chat

## Lint and the whole test suite (question sets included).
test: $(STAMP)
	$(PY) -m ruff check bot tests
	$(PY) -m pytest -q

load: $(STAMP)
	$(PY) -m bot load

## The Telegram bot (needs TELEGRAM_BOT_TOKEN).
serve: $(STAMP)
	$(PY) -m bot load
	$(PY) -m bot serve

bench: $(STAMP)
	$(PY) -m bot bench

clean:
	rm -rf $(VENV) data/*.sqlite* .pytest_cache
