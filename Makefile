# Everything installs itself into .venv on first use; nothing needs to be installed by hand.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install chat test lint load serve bench clean postgres-server

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

## Terminal chat on the bundled knowledge base (no Telegram token needed).
chat: $(STAMP)
	$(PY) -m bot load
	$(PY) -m bot chat

## Lint and the whole test suite (question sets included). The shared-mode tests start their own
## PostgreSQL server from the distribution's binaries: installed here when missing and run as root (CI).
test: $(STAMP) postgres-server
	$(PY) -m ruff check bot tests
	$(PY) -m pytest -q

load: $(STAMP)
	$(PY) -m bot load

## The Telegram bot (needs TELEGRAM_BOT_TOKEN).
serve: $(STAMP)
	$(PY) -m bot load
	$(PY) -m bot serve

bench: $(STAMP) postgres-server
	$(PY) -m bot bench
	$(PY) -m bot bench --cluster

postgres-server:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing the PostgreSQL server (Debian package) for the shared-mode tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else \
		echo "PostgreSQL server not found: the shared-mode tests will fail; install it with" \
		     "'sudo apt-get install -y postgresql'"; \
	fi

clean:
	rm -rf $(VENV) data/*.sqlite* .pytest_cache
