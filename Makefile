# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
CORPUS ?= sample_corpus/kursk-2025
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/test

.PHONY: run test test-postgres test-fast browser-deps ingest superuser clean

$(VENV)/.runtime: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test: $(VENV)/.runtime requirements-test.txt
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

## make run: install, migrate a SQLite database, ingest the sample corpus, serve the timeline
run: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput
	-$(PY) manage.py retag
	$(PY) manage.py ingest $(CORPUS)
	@echo ""
	@echo "  The timeline is served at http://$(HOST):$(PORT)/"
	@echo "  (admin: http://$(HOST):$(PORT)/admin/ after 'make superuser'; stop with Ctrl-C)"
	@echo ""
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

ingest: $(VENV)/.runtime
	$(PY) manage.py migrate --noinput
	-$(PY) manage.py retag
	$(PY) manage.py ingest $(CORPUS)

superuser: $(VENV)/.runtime
	$(PY) manage.py createsuperuser

## make test: install what the tests need (Chromium included) and run the whole suite
test: $(VENV)/.test browser-deps
	$(PY) -m pytest

## the same suite on PostgreSQL
test-postgres: $(VENV)/.test browser-deps
	DATABASE_URL=$(POSTGRES_URL) $(PY) -m pytest

test-fast: $(VENV)/.test
	$(PY) -m pytest -m "not browser"

browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium; }

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles artifacts .pytest_cache
