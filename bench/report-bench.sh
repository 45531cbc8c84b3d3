#!/usr/bin/env bash
# Whole-process wall time and peak RSS of `./workbench report` on the sample pair, side by side with a bare embedded
# LanguageTool check of the machine text alone (one JVM), each with several JVM option sets. Median of N runs.
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
measure "./workbench report (launcher defaults: SerialGC, C1)" ./workbench report "$PAIR" --out "$work/r"
measure "./workbench report [SerialGC, C2]" env WORKBENCH_JAVA_OPTS="-XX:TieredStopAtLevel=4" ./workbench report "$PAIR" --out "$work/r"
measure "./workbench report [default JVM: G1, C2]" env WORKBENCH_JAVA_OPTS="-XX:+UseG1GC -XX:TieredStopAtLevel=4" ./workbench report "$PAIR" --out "$work/r"
