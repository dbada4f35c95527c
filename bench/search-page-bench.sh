#!/usr/bin/env bash
# Search-page benchmark (issue 15): what a reader's phone downloads, and how long it waits, from opening
# /search/?q=… until the results show, for ResourceGen's sharded index beside Pagefind 1.6 over the same output.
# Per N (1,000 and 10,000 generated pages, bench/CorpusGen) it builds the site, runs Pagefind over a copy, serves
# both with a local server that gzips text (search-page/serve.mjs), and measures each query RUNS times in headless
# Chromium at phone size (search-page/measure.mjs), each time in a fresh browser context. It also times the search
# index step of the build beside today's lunr-only step, and counts the files the sharded index writes.
# Usage: bash bench/search-page-bench.sh [N ...]   (from anywhere; RUNS=3 by default; needs the .NET SDK, node, npm, Chromium)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
runs=${RUNS:-3}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
queries=(child play routine bedtime whose grandparent squeeze "calm routine" "bedtime story" sciss brea handwritting scisors toileting)

[ -f node_modules/lunr/lunr.js ] || npm ci --no-audit --no-fund >/dev/null
(cd bench/search-page && npm ci --no-audit --no-fund >/dev/null)
dotnet publish src/ResourceGen.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o artifacts/bench-cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/CorpusGen -v quiet -nologo >/dev/null
dotnet build -c Release bench/SearchBench -v quiet -nologo >/dev/null
cli=(dotnet "$repo/artifacts/bench-cli/ResourceGen.Cli.dll")
pagefind="$repo/bench/search-page/node_modules/.bin/pagefind"

work=$(mktemp -d)
servers=()
cleanup() { for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
serve() { node bench/search-page/serve.mjs "$1" "$2" & servers+=($!); }

printf 'Machine: %s cores, %s, Chromium %s, node %s, Pagefind %s\n' "$(nproc)" "$(. /etc/os-release; echo "$PRETTY_NAME")" \
  "$(chromium --version | awk '{print $2}')" "$(node --version)" "$("$pagefind" --version | awk '{print $2}')"
port=18700
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  dotnet bench/CorpusGen/bin/Release/net10.0/CorpusGen.dll "$n" "$site" >/dev/null
  : >"$work/index-ms"; : >"$work/lunr-s"
  for run in $(seq "$runs"); do
    rm -rf "$site/ours"
    "${cli[@]}" build --source "$site" --output "$site/ours" --verbose | awk '/SearchIndexGenerator/ { print $2 }' >>"$work/index-ms"
    dotnet bench/SearchBench/bin/Release/net10.0/SearchBench.dll --site "$site" "$work/docs.json" "$work/lunr.json" |
      node -pe 'JSON.parse(require("fs").readFileSync(0)).seconds' >>"$work/lunr-s"
  done
  index_ms=$(median <"$work/index-ms"); lunr_ms=$(awk '{ printf "%d\n", $1 * 1000 }' "$work/lunr-s" | median)
  files=$(find "$site/ours/search" -type f ! -name index.html | wc -l)
  bytes=$(find "$site/ours/search" -type f ! -name index.html -printf '%s\n' | awk '{ s += $1 } END { print s }')
  lunr_bytes=$(( $(stat -c %s "$site/ours/search-index.json") + $(stat -c %s "$site/ours/search-docs.json") ))
  cp -r "$site/ours" "$site/pagefind"
  start=$(date +%s.%N); "$pagefind" --site "$site/pagefind" >/dev/null; pagefind_s=$(echo "$(date +%s.%N) - $start" | bc)
  cp bench/search-page/pagefind-bench.html "$site/pagefind/"
  serve "$site/ours" $((port)); serve "$site/pagefind" $((port + 1)); sleep 1
  for run in $(seq "$runs"); do
    node bench/search-page/measure.mjs "http://127.0.0.1:$port/" ours "${queries[@]}" >>"$work/ours-$n.jsonl"
    node bench/search-page/measure.mjs "http://127.0.0.1:$((port + 1))/" pagefind "${queries[@]}" >>"$work/pagefind-$n.jsonl"
  done
  node bench/search-page/summarize.mjs "$n" "$work/ours-$n.jsonl" "$work/pagefind-$n.jsonl"
  printf '\nIndex step at %s pages: %s ms with the sharded index, %s ms for the lunr index alone (today), so %s ms added. Pagefind indexing: %.1f s.\n' \
    "$n" "$index_ms" "$lunr_ms" "$((index_ms - lunr_ms))" "$pagefind_s"
  printf 'Sharded index: %s files, %s bytes (lunr export beside it: 2 files, %s bytes).\n' "$files" "$bytes" "$lunr_bytes"
  port=$((port + 2))
done
