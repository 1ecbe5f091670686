#!/usr/bin/env bash
# Peak resident memory of `seatplan show` on the 1,500-guest demo and on a large log.
# Usage: benches/memory.sh   (after `cargo build --release`; large logs come from `cargo bench`)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=target/release/seatplan
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$bin" demo "$dir/demo.seatplan" >/dev/null
peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
echo "show, 1,500-guest demo: $(peak "$bin" show "$dir/demo.seatplan") KiB max RSS"
echo "show --json, 1,500-guest demo: $(peak "$bin" show "$dir/demo.seatplan" --json) KiB max RSS"
for n in 100000 1000000; do
  log=target/bench-data/log-$n.seatplan
  [[ -f $log ]] || continue
  cp "$log" "$dir/log.seatplan"
  echo "show, $n-event log: $(peak "$bin" show "$dir/log.seatplan") KiB max RSS"
done
