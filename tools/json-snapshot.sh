#!/usr/bin/env bash
# Writes every `--json` output of a seatplan binary on the demo plan into a folder, so two builds
# can be compared byte for byte:  tools/json-snapshot.sh BIN DIR  (twice), then `diff -r`.
# The demo is made once (by the first run) and reused, so both builds read the very same file.
set -euo pipefail
bin=$1; dir=$2
mkdir -p "$dir"
work=${JSON_SNAPSHOT_WORK:-/tmp/seatplan-json-snapshot}
mkdir -p "$work"
if [[ ! -f $work/demo.seatplan ]]; then
  "$bin" demo "$work/demo.seatplan" >/dev/null
  cp "$work/demo.seatplan" "$work/other.seatplan"
  "$bin" vip "$work/other.seatplan" "Einkauf 1" >/dev/null
  "$bin" add-room "$work/other.seatplan" "Annex" --width-m 20 --height-m 10 >/dev/null
  "$bin" vip "$work/demo.seatplan" "Einkauf 1" >/dev/null
  "$bin" vip "$work/demo.seatplan" "Einkauf 1" --off >/dev/null
  "$bin" add-room "$work/demo.seatplan" "Foyer" --width-m 12 --height-m 8 >/dev/null
fi
export TZ=UTC LANG=C.UTF-8 SEATPLAN_LANG=en
"$bin" show --json "$work/demo.seatplan" > "$dir/show.json"
"$bin" history --json "$work/demo.seatplan" > "$dir/history.json"
"$bin" merge --json "$work/demo.seatplan" "$work/other.seatplan" > "$dir/merge.json"
# The search's own clock ("elapsed") is the one field that may differ between runs.
"$bin" auto-seat --json --steps 20000 "$work/demo.seatplan" | sed -E 's/"elapsed[a-z_]*":[0-9.e+-]+/"elapsed":0/g' > "$dir/auto-seat.json"
"$bin" auto-seat --json --all --min-known 1 --steps 20000 "$work/demo.seatplan" | sed -E 's/"elapsed[a-z_]*":[0-9.e+-]+/"elapsed":0/g' > "$dir/auto-seat-all.json"
wc -c "$dir"/*.json
