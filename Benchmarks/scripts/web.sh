#!/usr/bin/env bash
# Load test of the web application with wrk (Debian package): the explorer page and the API scan,
# 50 concurrent connections for 30 s each, against `skillnad serve --demo` on a fresh SQLite
# database. Prints requests/s and p50/p99 latency; `--write` adds them to BENCHMARKS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-50}"
port="${PORT:-18080}"
command -v wrk >/dev/null || { echo "wrk saknas: apt-get install wrk" >&2; exit 1; }

(cd "$root" && swift build -c release --product skillnad >/dev/null)
data="$(mktemp -d)"
log="$data/serve.log"
"$root/.build/release/skillnad" serve --demo --data-dir "$data" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/login" && break; sleep 0.2; done
base="http://127.0.0.1:$port"
password() { grep "användarnamn $1," "$log" | sed 's/.*lösenord //'; }

# Log in as the demo administrator.
jar="$data/jar"
csrf() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
token="$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$token" --data-urlencode "username=admin" \
  --data-urlencode "password=$(password admin)" --data-urlencode "next=/" "$base/login"
cookie="skillnad_session=$(awk '$6 == "skillnad_session" {print $7}' "$jar")"

# An API key for the demo reader.
token="$(curl -s -b "$jar" "$base/admin/tokens" | csrf)"
reader_id="$(curl -s -b "$jar" "$base/admin/tokens" | sed -n 's/.*<option value="\([0-9]*\)">Demo Läsare.*/\1/p' | head -1)"
apikey="$(curl -s -b "$jar" --data-urlencode "_csrf=$token" --data-urlencode "user=$reader_id" --data-urlencode "name=wrk" \
  "$base/admin/tokens" | grep -o 'sk_[0-9a-f]\{64\}' | head -1)"

query="dataset=1&outcome=beviljad_insats&outcome=barnsamtal_genomfort&by=k%C3%B6n&by=omr%C3%A5de&by=%C3%A5ldersgrupp&cross=2&period=senaste"
explorer="$base/explore?$query"
api="$base/api/v1/datasets/1/differences?$query"
# Warm the cache once, as a user would have after the first visit.
curl -s -o /dev/null -H "Cookie: $cookie" "$explorer"
curl -s -o /dev/null -H "Authorization: Bearer $apikey" "$api"

run() {
  local name="$1" url="$2" header="$3"
  local out
  out="$(wrk -t2 -c"$connections" -d"$duration" --latency -H "$header" "$url")"
  local rps p50 p99 errors
  rps="$(printf '%s\n' "$out" | awk '/Requests\/sec/ {print $2}')"
  p50="$(printf '%s\n' "$out" | awk '$1 == "50%" {print $2}')"
  p99="$(printf '%s\n' "$out" | awk '$1 == "99%" {print $2}')"
  errors="$(printf '%s\n' "$out" | awk '/Non-2xx/ {print $NF}')"
  echo "| $name | $rps | $p50 | $p99 | ${errors:-0} |"
}
{
  echo "| Route | Requests/s | p50 | p99 | Non-2xx |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  run "Explorer page (analyst session)" "$explorer" "Cookie: $cookie"
  run "API differences (reader token)" "$api" "Authorization: Bearer $apikey"
} | tee "$data/result.md"

if [ "${1:-}" = "--write" ]; then
  python3 - "$root/BENCHMARKS.md" "$data/result.md" "$connections" "$duration" <<'PY'
import sys, re, datetime, subprocess
path, result, connections, duration = sys.argv[1:5]
text = open(path).read()
cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
section = f"""## Web application

Measured {datetime.date.today().isoformat()} on the same machine ({cores} cores): `skillnad serve --demo` (release build,
SQLite) under wrk, {connections} concurrent connections for {duration} per route, two wrk threads on the same machine.
The explorer page is the ranked list for 2 outcomes × 3 dimensions with 2-way crossings (20,000 cases); the API
call returns the same differences as JSON for a reader's key (always disclosure-controlled). Both are served
from the scan cache after the first request; every request authenticates (session or token) against the database.

{open(result).read().strip()}

Target: p99 < 100 ms. Reproduce: `Benchmarks/scripts/web.sh --write`.
"""
text = re.sub(r"\n## Web application\n.*", "", text, flags=re.S).rstrip() + "\n\n" + section
open(path, "w").write(text)
PY
  echo "Wrote $root/BENCHMARKS.md"
fi
