#!/usr/bin/env bash
# Live-preview benchmark: generates a site of N pages (default 10,000), starts `resourcegen serve` on it, edits one
# article's body 20 times and prints the median save-to-rebuilt, save-to-browser-reload and save-to-all-outputs
# latencies; then checks that the served output is byte-identical to a full `build` of the same files.
# Usage: bash bench/serve-bench.sh [N] [PORT]   (from the repository root; needs the .NET SDK)
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-10000}
port=${2:-18765}
dotnet build -c Release src/ResourceGen.Cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/CorpusGen -v quiet -nologo >/dev/null
dotnet build -c Release bench/ServeBench -v quiet -nologo >/dev/null
cli=src/ResourceGen.Cli/bin/Release/net10.0/ResourceGen.Cli.dll
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet bench/CorpusGen/bin/Release/net10.0/CorpusGen.dll "$pages" "$work/site" >/dev/null
echo "machine: $(nproc) cores, $(. /etc/os-release && echo "$PRETTY_NAME"), .NET $(dotnet --version); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$cli" serve --source "$work/site" --port "$port" >"$work/serve.log" 2>"$work/serve.err" &
server=$!
until grep -q '^Serving' "$work/serve.log" 2>/dev/null; do
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err"; exit 1; }
  sleep 0.5
done
grep '^Build 1:' "$work/serve.log"
dotnet bench/ServeBench/bin/Release/net10.0/ServeBench.dll "$work/site" "http://127.0.0.1:$port" 20 2>"$work/edits.log"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "serve peak RSS: $(awk '/VmHWM/ {print $2, $3}' "/proc/$server/status")"
kill -TERM "$server"; wait "$server" 2>/dev/null || true

dotnet "$cli" build --source "$work/site" --output "$work/full" >/dev/null
if diff -rq "$work/site/_site" "$work/full" >/dev/null; then echo "served output is byte-identical to a full build"; else
  echo "served output DIFFERS from a full build:"; diff -rq "$work/site/_site" "$work/full" | head; exit 1; fi
