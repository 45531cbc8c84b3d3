#!/usr/bin/env bash
# Whole-process wall time and peak RSS of `./workbench report` on the sample pair (both texts checked, aligned, scored,
# three report files written), side by side with a bare embedded LanguageTool check of the machine text alone (one
# JVM), each with several JVM option sets, in one run. Median of N runs.
# Usage: bench/report-bench.sh [N]   (default 5). Needs /usr/bin/time (Debian package "time").
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-5}"
PAIR=articles/tiktok-bytedance-2020-09
./workbench --version >/dev/null   # build if needed
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
javac -d "$work/classes" -cp "target/lib/*" bench/BareLanguageTool.java

measure() { # label, command...
  local label="$1"; shift
  local times=() rss=()
  for _ in $(seq "$N"); do
    /usr/bin/time -f "%e %M" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    read -r t m < "$work/t"; times+=("$t"); rss+=("$m")
  done
  local mt mr
  mt=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END{printf "%.0f", a[int((NR+1)/2)]/1024}')
  printf '| %-58s | %6s s | %5s MB |\n' "$label" "$mt" "$mr"
}

echo "| command (median of $N, whole process) | wall | peak RSS |"
echo "|---|---:|---:|"
for opts in "-XX:+UseSerialGC -XX:TieredStopAtLevel=1" "-XX:+UseSerialGC" ""; do
  name="${opts:-default JVM (G1, C2)}"
  measure "bare LanguageTool, machine text only [$name]" java $opts -cp "$work/classes:target/lib/*" BareLanguageTool "$PAIR/machine.fr.txt"
done
# the whole pipeline without the result cache, so LanguageTool starts and checks both texts every time
export WORKBENCH_NO_CACHE=1
measure "./workbench report, no cache (launcher: SerialGC, C1)" ./workbench report "$PAIR" --out "$work/r"
measure "./workbench report, no cache [SerialGC, C2]" env WORKBENCH_JAVA_OPTS="-XX:+UseSerialGC" ./workbench report "$PAIR" --out "$work/r"
measure "./workbench report, no cache [default JVM: G1, C2]" env WORKBENCH_JAVA_OPTS="-XX:+UseG1GC" ./workbench report "$PAIR" --out "$work/r"
# the default: LanguageTool's results cached in target/lt-cache (filled by the first run here)
unset WORKBENCH_NO_CACHE
./workbench report "$PAIR" --out "$work/r" >/dev/null
measure "./workbench report, cached LanguageTool results (default)" ./workbench report "$PAIR" --out "$work/r"
