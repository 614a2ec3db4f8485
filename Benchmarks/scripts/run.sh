#!/usr/bin/env bash
# Benchmarks Skillnad against pandas and DuckDB on the same 1,000,000-row file.
# Writes BENCHMARKS.md at the repository root. Peers come from PyPI and are never runtime
# dependencies of the product.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rows="${ROWS:-1000000}"
runs="${RUNS:-5}"
data="$root/bench-data/bench_${rows}.csv"

python3 -m pip install --quiet numpy pandas duckdb scipy statsmodels
mkdir -p "$root/bench-data"
[ -f "$data" ] || python3 "$here/generate.py" "$data" "$rows"

(cd "$root/Benchmarks" && swift build -c release --product skillnad-bench)
results="$(mktemp)"
"$root/Benchmarks/.build/release/skillnad-bench" "$data" "$runs" | tee "$results"
python3 "$here/peers.py" "$data" "$runs" | tee -a "$results"
# A small, sparse file for the publication frame: 20 000 rows crossed three at a time.
sparse="$root/bench-data/bench_20000.csv"
[ -f "$sparse" ] || python3 "$here/generate.py" "$sparse" 20000
"$root/Benchmarks/.build/release/skillnad-bench" "$sparse" "$runs" 3 | sed 's/"tool": "skillnad"/"tool": "skillnad-sparse"/' | tee -a "$results"
python3 "$here/report.py" "$results" "$rows" > "$root/BENCHMARKS.md"
echo "Wrote $root/BENCHMARKS.md"
