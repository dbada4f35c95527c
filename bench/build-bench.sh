#!/usr/bin/env bash
# Build benchmark: ResourceGen against Hugo on the same generated corpus (bench/CorpusGen), N = 1,000 and 10,000.
# Per N it times, as fresh processes taking turns, medians of RUNS clean builds (output folder deleted first):
#   ours      - `resourcegen build` with the repository's theme (search index, feed, sitemap included)
#   ours-min  - `resourcegen build` with bench/minimal-theme, the equivalent of Hugo's minimal theme
#   hugo      - Hugo (Debian package, installed here when missing) with bench/hugo/layouts
# and then: our search-index step beside lunr.js on the same documents (bench/SearchBench --site), a rebuild after
# editing one page, and an unchanged rebuild (which must rewrite no file).
# Usage: bash bench/build-bench.sh [N ...]   (from anywhere; RUNS=3 by default)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
runs=${RUNS:-3}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)

command -v hugo >/dev/null || { echo "installing hugo (apt-get)" >&2; apt-get install -y hugo >/dev/null; }
[ -x /usr/bin/time ] || { echo "installing time (apt-get)" >&2; apt-get install -y time >/dev/null; }
[ -f node_modules/lunr/lunr.js ] || npm ci --no-audit --no-fund >/dev/null
# The command published in Release and compiled ahead of time (ReadyToRun), the form to use for large sites, so a build
# does not spend its first seconds in the JIT compiler.
dotnet publish src/ResourceGen.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o artifacts/bench-cli -v quiet -nologo >/dev/null
dotnet build -c Release bench/CorpusGen -v quiet -nologo >/dev/null
dotnet build -c Release bench/SearchBench -v quiet -nologo >/dev/null
cli=(dotnet "$repo/artifacts/bench-cli/ResourceGen.Cli.dll")

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command under /usr/bin/time -v; prints "seconds peak_kib user_seconds system_seconds".
timed() {
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/out.txt" 2>&1 || { cat "$work/out.txt" >&2; return 1; }
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; secs = s }
              /Maximum resident set size/ { rss = $2 }
              /User time \(seconds\)/ { user = $2 }
              /System time \(seconds\)/ { sys = $2 }
              END { printf "%.2f %d %.2f %.2f\n", secs, rss, user, sys }' "$work/time.txt"
}
calc() { awk "BEGIN { print $1 }"; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
bytes() { du -sb "$1" | cut -f1; }

# One clean build of one tool (its output folder deleted and the disk synced first); appends "seconds peak_kib" to
# $work/<name>.runs.
run_clean() {
  local name=$1 out=$2; shift 2
  rm -rf "$out"; sync
  timed "$@" >>"$work/$name.runs"
}

# Summarises the runs of one tool; prints "median_seconds max_peak_mib output_bytes median_user median_system".
summary() {
  local name=$1 out=$2 runs_file="$work/$1.runs"
  echo "$(cut -d' ' -f1 "$runs_file" | median) $(($(cut -d' ' -f2 "$runs_file" | sort -n | tail -1) / 1024)) $(bytes "$out")" \
    "$(cut -d' ' -f3 "$runs_file" | median) $(cut -d' ' -f4 "$runs_file" | median)"
}

printf '\nMachine: %s cores, %s, %s, .NET %s, %s, node %s\n' "$(nproc)" "$(free -g | awk '/Mem:/ { print $2 " GiB" }')" \
  "$(. /etc/os-release; echo "$PRETTY_NAME")" "$(dotnet --version)" "$(hugo version | cut -d' ' -f2)" "$(node --version)"
printf '\n| pages | tool | wall s (median of %s) | user s | system s | pages/s | peak MiB | output bytes | ratio to Hugo |\n|---|---|---|---|---|---|---|---|---|\n' "$runs"
for n in "${sizes[@]}"; do
  site="$work/site-$n"
  dotnet bench/CorpusGen/bin/Release/net10.0/CorpusGen.dll "$n" "$site" >/dev/null
  mkdir -p "$work/min-$n" && cp -r "$site/site.yml" "$site/content" "$work/min-$n/" && cp -r bench/minimal-theme/templates "$work/min-$n/"

  # The tools take turns, run by run, so a disk that slows down as files come and go weighs on each alike.
  rm -f "$work"/*.runs
  for _ in $(seq "$runs"); do
    run_clean hugo "$work/hugo-out" hugo --quiet --source "$site" --config "$repo/bench/hugo/hugo.yaml" \
      --layoutDir "$repo/bench/hugo/layouts" --destination "$work/hugo-out"
    run_clean ours "$work/ours-out" "${cli[@]}" build --source "$site" --output "$work/ours-out"
    run_clean min "$work/min-out" "${cli[@]}" build --source "$work/min-$n" --output "$work/min-out"
  done
  read -r hs hm hb hu hy < <(summary hugo "$work/hugo-out")
  read -r os om ob ou oy < <(summary ours "$work/ours-out")
  read -r ms mm mb mu my < <(summary min "$work/min-out")
  for row in "ours $os $om $ob $ou $oy" "ours-min $ms $mm $mb $mu $my" "hugo $hs $hm $hb $hu $hy"; do
    read -r tool s m b u y <<<"$row"
    printf '| %s | %s | %.2f | %.2f | %.2f | %.0f | %s | %s | %.2f |\n' "$n" "$tool" "$s" "$u" "$y" "$(calc "$n / $s")" "$m" "$b" "$(calc "$s / $hs")"
  done

  # A rebuild after editing one page's body, and an unchanged rebuild (no file may be rewritten).
  page=$(find "$site/content/articles" -name '*.md' | sort | sed -n 1p)
  echo "One more sentence for the benchmark." >>"$page"
  read -r es _ < <(timed "${cli[@]}" build --source "$site" --output "$work/ours-out")
  stamp="$work/stamp"; touch "$stamp"; sleep 1
  read -r us _ < <(timed "${cli[@]}" build --source "$site" --output "$work/ours-out")
  rewritten=$(find "$work/ours-out" -type f -newer "$stamp" | wc -l)
  printf '| %s | ours: one page edited, rebuild | %.2f | | | | | | |\n| %s | ours: unchanged rebuild (%s files rewritten) | %.2f | | | | | | |\n' \
    "$n" "$es" "$n" "$rewritten" "$us"

  # The search-index step alone, beside lunr.js on the very same documents.
  read -r ss sb sg < <(dotnet bench/SearchBench/bin/Release/net10.0/SearchBench.dll --site "$site" "$work/docs.json" "$work/ours.json" \
    | node -pe 'const r = JSON.parse(require("fs").readFileSync(0)); `${r.seconds} ${r.bytes} ${r.gzip}`')
  ls=$(NODE_PATH=node_modules node bench/lunr-build.js "$work/docs.json" "$work/theirs.json" | node -pe 'JSON.parse(require("fs").readFileSync(0)).seconds')
  same=$(cmp -s "$work/ours.json" "$work/theirs.json" && echo identical || echo DIFFERENT)
  printf '| %s | search index: ours %.2f s, lunr.js %.2f s (ratio %.2f); %s bytes, %s gzipped; outputs %s | | | | | | | |\n' \
    "$n" "$ss" "$ls" "$(calc "$ss / $ls")" "$sb" "$sg" "$same"
  rm -rf "$site" "$work/min-$n" "$work"/*-out
done
