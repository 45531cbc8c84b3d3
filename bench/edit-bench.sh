#!/usr/bin/env bash
# What an edit costs: `./workbench report` on the sample pair after one sentence of the machine text was edited (a
# different edit each run, so the text as a whole is never in the cache), with LanguageTool's results cached
# per sentence (the default) and with the whole-text cache only (the sentence entries removed before each run, as
# before the per-sentence cache), side by side with no cache at all. Whole process, launcher JVM options, median of N.
# Usage: bench/edit-bench.sh [N]   (default 5). Needs /usr/bin/time (Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-5}"
./workbench --version >/dev/null   # build if needed
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
mkdir -p "$work/articles"
cp -r articles/tiktok-bytedance-2020-09 "$work/articles/pair"
rm -f "$work/articles/pair/review.json"
original="$(cat "$work/articles/pair/machine.fr.txt")"

# one sentence edited: the fifth line's first " la " becomes " la toute " (run k: k times)
edit() {
  python3 - "$work/articles/pair/machine.fr.txt" "$1" <<'PY'
import sys
path, k = sys.argv[1], int(sys.argv[2])
text = open(path, encoding="utf-8").read()
lines = text.split("\n")
i = next(j for j, l in enumerate(lines) if j >= 4 and " la " in l)
lines[i] = lines[i].replace(" la ", " la " + "toute " * k, 1)
open(path, "w", encoding="utf-8").write("\n".join(lines))
PY
}

run=0
measure() { # label, cache dir ("" for none), drop sentence entries (yes/no)
  local label="$1" cache="$2" drop="$3" times=() rss=()
  for _ in $(seq "$N"); do
    run=$((run + 1))
    printf '%s' "$original" > "$work/articles/pair/machine.fr.txt"
    edit "$run"
    [[ "$drop" == yes ]] && rm -rf "$cache/sentences"
    if [[ -n "$cache" ]]; then
      /usr/bin/time -f "%e %M" -o "$work/t" env WORKBENCH_CACHE_DIR="$cache" \
        ./workbench report "$work/articles/pair" --out "$work/r" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    else
      /usr/bin/time -f "%e %M" -o "$work/t" env WORKBENCH_NO_CACHE=1 \
        ./workbench report "$work/articles/pair" --out "$work/r" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    fi
    read -r t m < "$work/t"; times+=("$t"); rss+=("$m")
  done
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END{printf "%.0f", a[int((NR+1)/2)]/1024}')
  printf '| %-62s | %6s s | %5s MB |\n' "$label" "$mt" "$mr"
}

# fill both caches with the unedited pair first
for c in "$work/cache-sentences" "$work/cache-text"; do
  WORKBENCH_CACHE_DIR="$c" ./workbench report "$work/articles/pair" --out "$work/r" >/dev/null
done
echo "| one sentence of the machine text edited (median of $N, whole process) | wall | peak RSS |"
echo "|---|---:|---:|"
measure "no cache" "" no
measure "whole-text cache only (the human text cached)" "$work/cache-text" yes
measure "per-sentence cache (the default)" "$work/cache-sentences" no
