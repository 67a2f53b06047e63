#!/usr/bin/env bash
# Ingests the seed corpus (../shared/corpus/seeds) into the default store and shows it.
# Document 001 states no date of its own: it was published on 2020-03-12 (see
# ../shared/data/gold/README.md), so it is ingested with --published.
set -euo pipefail
cd "$(dirname "$0")/.."
seeds="${SITREP_SEEDS:-../shared/corpus/seeds}"
db="${SITREP_DB:-sitrep.db}"
export SITREP_DB="$db"
shopt -s nullglob
first=("$seeds"/000_* "$seeds"/002_* "$seeds"/003_* "$seeds"/004_*)
node bin/sitrep.js ingest "${first[@]}"
node bin/sitrep.js ingest "$seeds"/001_* --published 2020-03-12
if [ "${1:-}" = "--no-serve" ] || ! node bin/sitrep.js serve --help >/dev/null 2>&1; then
  node bin/sitrep.js report
else
  node bin/sitrep.js report
  exec node bin/sitrep.js serve
fi
