#!/usr/bin/env bash
# Ingests the seed corpus (../shared/corpus/seeds) into the default store, prints the
# report and serves the web UI. Document 001 states no date of its own: it was published
# on 2020-03-12 (see ../shared/data/gold/README.md), so it is ingested with --published.
#   npm run seeds                 ingest, report, serve on http://127.0.0.1:8750/
#   npm run seeds -- --no-serve   ingest and report only
set -euo pipefail
cd "$(dirname "$0")/.."
seeds="${SITREP_SEEDS:-../shared/corpus/seeds}"
export SITREP_DB="${SITREP_DB:-sitrep.db}"
if [ ! -d "$seeds" ]; then
  echo "seeds: $seeds not found (set SITREP_SEEDS to the seed corpus folder)" >&2
  exit 1
fi
shopt -s nullglob
node bin/sitrep.js ingest "$seeds"/000_* "$seeds"/002_* "$seeds"/003_* "$seeds"/004_*
node bin/sitrep.js ingest "$seeds"/001_* --published 2020-03-12
node bin/sitrep.js report
if [ "${1:-}" != "--no-serve" ]; then
  [ -f web/dist/index.html ] || npm run build:web
  exec node bin/sitrep.js serve
fi
