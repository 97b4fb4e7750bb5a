#!/usr/bin/env bash
# Time from starting the intake service to its first healthy answer (GET /api/health → 200),
# Release build, the content shipped beside the app, the file store; median of N runs:
#   bash scripts/measure-startup.sh [RUNS]   (5 unless told)
set -euo pipefail

runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/privacysite-startup.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# Built outside the checkout, so the app reads the content shipped beside it, as a Function App does.
dotnet publish "$root/functions/PrivacySite.Functions/PrivacySite.Functions.csproj" \
  --configuration Release --artifacts-path "$work/build" --output "$work/app" --nologo >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
times=()
for i in $(seq "$runs"); do
  data="$work/data$i"
  mkdir -p "$data"
  start=$(date +%s%N)
  (cd "$data" && FUNCTIONS_CUSTOMHANDLER_PORT="$port" InquiryStore__Path="$data/inquiries" exec dotnet "$work/app/PrivacySite.Functions.dll" >/dev/null 2>"$work/stderr") &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { echo "error: the service exited before answering:" >&2; cat "$work/stderr" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  times+=($(( (end - start) / 1000000 )))
  echo "run $i: ${times[-1]} ms"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
echo "median of $runs: $median ms to the first healthy answer"
