# The two commands of the README: `make run` and `make test`. Everything else is a step they share.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
DEMO_ENV := DEBUG=1

.PHONY: run test check install system-deps bootstrap screenshots clean

run: install
	mkdir -p staticfiles
	$(DEMO_ENV) $(BIN)/python manage.py bootstrap
	@echo "Serving the archive on http://127.0.0.1:$(PORT)/ (Ctrl-C stops it)"
	$(DEMO_ENV) $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install system-deps
	bash scripts/test.sh

# The everyday run: SQLite only, without the slow browser, fuzz and subprocess tests (CI runs everything).
check: install
	env -u DATABASE_URL $(BIN)/python -m pytest -q -m "not browser and not fuzz and not subprocess and not multinode" $(ARGS)

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $@

system-deps:
	bash scripts/system-deps.sh

bootstrap: install
	$(DEMO_ENV) $(BIN)/python manage.py bootstrap

clean:
	rm -rf var staticfiles

# PNGs of the main pages (desktop and phone width) from the current database, in screenshots/.
screenshots: bootstrap
	$(DEMO_ENV) $(BIN)/python manage.py screenshots --out screenshots

# The long fuzz run (CI runs a shorter one inside `make test`): 50,000 queries through the real views,
# 500,000 through the guards and parsers, 10,000 filter query strings and 20,000 documents, on SQLite.
# FUZZ_EXAMPLES=N scales all of them (README, Reliability).
FUZZ_EXAMPLES ?=
fuzz: install
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) FUZZ_QUERIES=$${FUZZ_QUERIES:-50000} FUZZ_PARSER_QUERIES=$${FUZZ_PARSER_QUERIES:-500000} \
	  FUZZ_FILTERS=$${FUZZ_FILTERS:-10000} FUZZ_DOCUMENTS=$${FUZZ_DOCUMENTS:-20000} \
	  env -u DATABASE_URL $(BIN)/python -m pytest -m fuzz -p no:cacheprovider -q -s tests/
