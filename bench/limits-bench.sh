#!/usr/bin/env bash
# Wall time and peak memory of `./workbench report` (whole process, LanguageTool cache off) on generated French-like
# machine texts of 10, 100, 1,000 and 10,000 sentences and on one sentence of 1,000, 10,000 and 100,000 words, each
# against the same short human article (the sample's Belga story); median of RUNS runs. Shows that the work grows
# linearly up to the documented limits (workbench.json "limits", README "Configuration") and that a text beyond them
# is refused at once with one line, exit 2. Report sizes are those of the last run.
# Usage: bench/limits-bench.sh [RUNS]   (default 3). Needs /usr/bin/time (Debian package "time") and python3.
# EXTRA="-c my-workbench.json" passes options to `report` (for example raised limits).
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
HUMAN=articles/tiktok-bytedance-2020-09/human.fr.txt
./workbench --version >/dev/null # build if needed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export WORKBENCH_NO_CACHE=1

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }

measure() { # label, generator mode, N
  local label="$1" mode="$2" n="$3" pair="$work/pairs/$2-$3"
  python3 bench/gen_article.py "$mode" "$n" "$pair" "$HUMAN"
  local bytes words times=() rss=() rc=0
  bytes=$(wc -c <"$pair/machine.fr.txt")
  words=$(wc -w <"$pair/machine.fr.txt")
  for _ in $(seq "$RUNS"); do
    rm -rf "$work/out"
    rc=0
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -o "$work/t" ./workbench report "$pair" --out "$work/out" ${EXTRA:-} \
      >"$work/stdout" 2>"$work/err" || rc=$?
    read -r t m < <(tail -1 "$work/t")
    times+=("$t")
    rss+=("$m")
  done
  local mt mr outcome html
  mt=$(printf '%s\n' "${times[@]}" | median)
  mr=$(printf '%s\n' "${rss[@]}" | median | awk '{printf "%.0f", $1/1024}')
  if [[ $rc -eq 0 ]]; then
    html=$(cat "$work"/out/*/report.html | wc -c)
    outcome="$(sed -E 's/^[^:]*: ([0-9]+ flags).*/\1/' "$work/stdout"), report.html $((html / 1024)) KB ($(awk -v h="$html" -v b="$bytes" 'BEGIN{printf "%.1f", h/b}')× input)"
  else
    outcome="exit $rc: $(grep -v '^Command exited' "$work/err" | head -1 | sed -E 's/^workbench: error: [^:]*: //' | cut -c1-90)…"
  fi
  printf '| %-34s | %9s | %7s | %7s s | %6s MB | %s |\n' "$label" "$bytes" "$words" "$mt" "$mr" "$outcome"
}

echo "| machine text (human: the sample's Belga story, 2,960 bytes) | bytes | words | wall (median of $RUNS) | peak RSS | outcome |"
echo "|---|---:|---:|---:|---:|---|"
for n in 10 100 1000 10000; do
  measure "$(printf "%'d" "$n") sentences (12–30 words)" sentences "$n"
done
for n in 1000 10000 100000; do
  measure "one sentence of $(printf "%'d" "$n") words" words "$n"
done
