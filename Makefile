# DX Connect: `make run` serves the platform with demo content, `make test` runs the suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: install run test lint bench messages services services-down search-node search-node-down clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c requirements.lock ".[test]"
	touch $@

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py seed_demo
	$(BIN)/python manage.py rebuild_index --noinput
	@# The server starts, its main pages are opened once (warm), and only then the banner says where it is.
	@trap 'kill $$worker $$server 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py db_worker --queue-name '*' & worker=$$!; \
	$(BIN)/python manage.py runserver --noreload $(HOST):$(PORT) & server=$$!; \
	$(BIN)/python manage.py warm_up --url http://$(HOST):$(PORT)/ && \
	$(BIN)/python manage.py demo_banner --url http://$(HOST):$(PORT)/; \
	wait $$server

test: install
	$(BIN)/python -m pytest --create-db $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

messages: install
	$(BIN)/python manage.py makemessages -l vi -l en --ignore=.venv --ignore=var --ignore=bench --ignore=tests \
		--ignore=config/locale_allauth --ignore=config/locale_wagtail --no-obsolete
	sed -i '/^#| /d' locale/vi/LC_MESSAGES/django.po locale/en/LC_MESSAGES/django.po
	$(BIN)/python locale/fill_pending.py
	$(BIN)/python locale/fill_english.py
	$(BIN)/python manage.py compilemessages --ignore=.venv

bench: install
	@for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# PostgreSQL and Redis on 127.0.0.1 (installed from Debian's packages when missing), for trying the
# production engines locally and for .ci/run's second suite. `make run` and `make test` need neither.
services:
	bash platform/services.sh up

services-down:
	bash platform/services.sh down

# One Elasticsearch 9 node on 127.0.0.1:9200 (ES_PORT), assembled from Maven Central with the Temurin 25
# JDK; waits for green health. Then: ELASTICSEARCH_URL=http://127.0.0.1:9200 make run (or make test).
search-node:
	bash platform/elasticsearch/node.sh start

search-node-down:
	bash platform/elasticsearch/node.sh stop

clean:
	rm -rf var/ .pytest_cache .ruff_cache
