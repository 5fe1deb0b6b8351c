# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
SARING := $(VENV)/bin/saring

.PHONY: run test lint bench clean

# Installing compiles the scoring core (see setup.py): reinstall after editing its modules.
$(VENV)/.installed: pyproject.toml setup.py
	scripts/system-deps.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	scripts/system-deps.sh test
	$(PY) -m pip install -q -e '.[test]'
	touch $@

run: $(VENV)/.installed
	$(SARING) datasets
	$(SARING) screen "Sergei Lavrov" --schema Person --birth-date 1950
	$(SARING) screen "Ebrahim Raisi" --schema Person
	$(SARING) screen "Islamic Revolutionary Guard Corps" --schema Organization
	$(SARING) scan tests/fixtures/text/000_aa04c277c35a0562.txt
	$(SARING) stats --since 2022-02-24

test: $(VENV)/.installed-test
	scripts/run-tests.sh

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check src tests benchmarks

$(VENV)/.installed-bench: $(VENV)/.installed-test
	scripts/system-deps.sh bench
	$(PY) -m pip install -q -e '.[bench]'
	touch $@

bench: $(VENV)/.installed-bench
	scripts/with-postgres.sh $(PY) benchmarks/import_speed.py
	$(PY) benchmarks/quality.py --cpu 1
	$(PY) benchmarks/cross_script.py --cpu 1
	$(PY) benchmarks/compare_speed.py --cpu 0
	$(PY) benchmarks/screen_speed.py --cpu 0
	$(PY) benchmarks/scan_speed.py
	$(PY) benchmarks/batch_speed.py --rows 20000
	$(PY) benchmarks/api_load.py --workers 2 --seconds 10

clean:
	rm -rf $(VENV) build *.egg-info
	find src -name "*.so" -delete
