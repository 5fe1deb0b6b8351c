#!/usr/bin/env bash
# Lint, then the whole test suite, with a throwaway PostgreSQL for the store tests.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check src tests benchmarks
exec scripts/with-postgres.sh .venv/bin/python -m pytest -q "$@"
