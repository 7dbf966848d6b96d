# Everything installs itself into .venv on first use; nothing needs to be installed by hand.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
# pytest-xdist workers for `make test` (auto = one per core); `make test TEST_WORKERS=0` runs in one process.
TEST_WORKERS ?= auto
STAMP := $(VENV)/.installed
FONTS := $(VENV)/.cjk-font
# Charts ("画个图") need a CJK font; Debian/Ubuntu package installed when none is present.
CJK_FONT_PACKAGE ?= fonts-wqy-zenhei
CJK_FONT_FILES := /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
	/usr/share/fonts/truetype/wqy/wqy-microhei.ttc

.PHONY: install chat test lint load serve bench clean postgres-server

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

# A CJK font for the charts: present already, or apt-get (as root, or with password-less sudo).
$(FONTS):
	@found=; for f in $(CJK_FONT_FILES); do [ -e "$$f" ] && found=$$f; done; \
	if [ -z "$$found" ] && command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh | grep -q .; then found=fc-list; fi; \
	if [ -n "$$found" ]; then echo "CJK font: $$found"; \
	elif command -v apt-get >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then sudo=; else sudo="sudo -n"; fi; \
	  echo "installing $(CJK_FONT_PACKAGE) (charts need a CJK font)"; \
	  $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(CJK_FONT_PACKAGE) \
	    || { $$sudo apt-get update -q && $$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
	         --no-install-recommends $(CJK_FONT_PACKAGE); } \
	    || echo "warning: could not install $(CJK_FONT_PACKAGE); charts will answer with the numbers as text"; \
	else echo "warning: no CJK font and no apt-get; charts will answer with the numbers as text"; fi
	@for f in $(CJK_FONT_FILES); do if [ -e "$$f" ]; then mkdir -p $(VENV) && touch $@; fi; done; \
	if command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh | grep -q .; then mkdir -p $(VENV) && touch $@; fi

install: $(STAMP) $(FONTS)

## Terminal chat on the bundled knowledge base (no Telegram token needed).
chat: $(STAMP) $(FONTS)
	$(PY) -m bot load
	$(PY) -m bot chat

## Lint and the whole test suite (question sets included). The shared-mode tests start their own
## PostgreSQL server from the distribution's binaries: installed here when missing and run as root (CI).
test: $(STAMP) $(FONTS) postgres-server
	$(PY) -m ruff check bot tests tools benchmarks
	$(PY) -m mypy bot
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadgroup

load: $(STAMP)
	$(PY) -m bot load

## The Telegram bot (needs TELEGRAM_BOT_TOKEN).
serve: $(STAMP) $(FONTS)
	$(PY) -m bot load
	$(PY) -m bot serve

bench: $(STAMP) postgres-server
	$(PY) -m benchmarks
	$(PY) -m benchmarks --cluster

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
