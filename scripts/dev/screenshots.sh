#!/usr/bin/env bash
# Takes screenshots of pages of a running server as a logged-in user, with headless Chromium.
# Usage: scripts/dev/screenshots.sh BASE_URL USER PASSWORD OUT_DIR PATH [PATH…]
# Pages are fetched with curl (keeping the session cookie), saved with a <base> pointing at the
# server so styles load, and rendered to PNG (WIDTH, default 1280 px, by HEIGHT, default 1600).
set -euo pipefail
base="$1"; user="$2"; password="$3"; out="$4"; shift 4
mkdir -p "$out"
jar="$(mktemp)"
login="$(curl -s -c "$jar" -b "$jar" "$base/login")"
csrf="$(printf '%s' "$login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)"
curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "_csrf=$csrf" --data-urlencode "username=$user" \
  --data-urlencode "password=$password" --data-urlencode "next=/" "$base/login"
i=0
for path in "$@"; do
  i=$((i + 1))
  name="$(printf '%02d' "$i")_$(printf '%s' "$path" | tr -c 'a-zA-Z0-9' '_' | cut -c1-60)"
  curl -s -c "$jar" -b "$jar" "$base$path" | sed "s#<head>#<head><base href=\"$base/\">#" > "$out/$name.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=${WIDTH:-1280},${HEIGHT:-1600} \
    --screenshot="$out/$name.png" "file://$out/$name.html" >/dev/null 2>&1 || true
  echo "$out/$name.png"
done
rm -f "$jar"
