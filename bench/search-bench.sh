#!/usr/bin/env bash
# Search-index benchmark: ResourceGen's C# lunr index builder beside lunr.js 2.3.9 in node, on the same generated
# documents, for N = 1,000 and 10,000. Each side runs 3 times as a fresh process; the table shows medians.
# Usage: bash bench/search-bench.sh   (from the repository root; needs the .NET SDK, node and npm)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f node_modules/lunr/lunr.js ] || npm ci --no-audit --no-fund >/dev/null
dotnet build -c Release bench/SearchBench -v quiet -nologo >/dev/null
work=$(mktemp -d)
median() { sort -n | sed -n 2p; }
printf '%-7s %10s %10s %7s %12s %12s %14s\n' docs "ours (s)" "lunr (s)" ratio "index bytes" "gzip bytes" "gzip bytes/doc"
for n in 1000 10000; do
  ours=(); theirs=()
  for run in 1 2 3; do
    o=$(dotnet bench/SearchBench/bin/Release/net10.0/SearchBench.dll "$n" "$work/docs.json" "$work/ours.json")
    t=$(NODE_PATH=node_modules node bench/lunr-build.js "$work/docs.json" "$work/theirs.json")
    ours+=("$(echo "$o" | node -pe 'JSON.parse(require("fs").readFileSync(0)).seconds')")
    theirs+=("$(echo "$t" | node -pe 'JSON.parse(require("fs").readFileSync(0)).seconds')")
  done
  cmp -s "$work/ours.json" "$work/theirs.json" || echo "warning: the two indexes differ for N=$n" >&2
  os=$(printf '%s\n' "${ours[@]}" | median); ts=$(printf '%s\n' "${theirs[@]}" | median)
  bytes=$(echo "$o" | node -pe 'JSON.parse(require("fs").readFileSync(0)).bytes')
  gz=$(echo "$o" | node -pe 'JSON.parse(require("fs").readFileSync(0)).gzip')
  printf '%-7s %10.2f %10.2f %7.2f %12s %12s %14s\n' "$n" "$os" "$ts" "$(node -pe "$os/$ts")" "$bytes" "$gz" "$((gz / n))"
done
rm -rf "$work"
