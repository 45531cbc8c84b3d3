#!/usr/bin/env bash
# Whole-process timing of `workbench score` for corpus BLEU, chrF, chrF++ and TER on 3,000 generated French-like
# segments (about 24 words each). Median of RUNS runs (default 5): wall time, CPU time and peak RSS from
# /usr/bin/time -v. The machine it was written on is shared: repeat a round when the load average is high.
#
# usage: bench/metrics-bench.sh [--cds | --launcher]   (run `./workbench --version` first: it builds)
#   --cds        also dump and use an AppCDS archive of the application jar (class data sharing needs jars, so this
#                mode runs target/translation-workbench-*.jar instead of target/classes)
# environment:   JAVA_FLAGS (default: -XX:+UseSerialGC -XX:TieredStopAtLevel=1), RUNS (default 5), LINES (3000)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
LINES=${LINES:-3000}
JAVA_FLAGS=${JAVA_FLAGS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
CDS=no
LAUNCHER=no
[[ "${1:-}" == "--cds" ]] && CDS=yes
# --launcher: time ./workbench score itself, as a user runs it (its JVM options and its AppCDS archive)
[[ "${1:-}" == "--launcher" ]] && LAUNCHER=yes

[[ -d target/classes && -d target/lib ]] || { echo "run: mvn -q -B -o package -DskipTests" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 bench/gen_corpus.py "$WORK/hyp.txt" "$WORK/ref.txt" "$LINES"

CP="target/classes:target/lib/*"
EXTRA=()
if [[ $CDS == yes ]]; then
  JAR=target/translation-workbench.jar
  CP="$JAR:target/lib/*"
  # one training run over every metric records the classes the command loads
  java $JAVA_FLAGS -XX:ArchiveClassesAtExit="$WORK/app.jsa" -cp "$CP" io.translationworkbench.cli.Main \
    score --hyp "$WORK/hyp.txt" --ref "$WORK/ref.txt" -sl > /dev/null 2> "$WORK/cds.log"
  EXTRA=(-XX:SharedArchiveFile="$WORK/app.jsa")
fi

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

if [[ $LAUNCHER == yes ]]; then
  ./workbench --version > /dev/null
  echo "java: $(java -version 2>&1 | head -1); through ./workbench (its JVM options and AppCDS archive); runs: $RUNS"
else
  echo "java: $(java -version 2>&1 | head -1); flags: $JAVA_FLAGS${EXTRA:+ ${EXTRA[*]}}; classpath: $CP; runs: $RUNS"
fi
echo "corpus: $LINES lines, $(wc -w < "$WORK/hyp.txt") hyp words, $(wc -w < "$WORK/ref.txt") ref words"
echo
echo "| metric | median wall (s) | median user+sys CPU (s) | median peak RSS (MB) |"
echo "| --- | ---: | ---: | ---: |"
for metric in bleu chrf chrf++ ter; do
  : > "$WORK/wall"; : > "$WORK/cpu"; : > "$WORK/rss"
  for ((i = 0; i < RUNS; i++)); do
    if [[ $LAUNCHER == yes ]]; then
      /usr/bin/time -v -o "$WORK/time.txt" ./workbench \
        score --hyp "$WORK/hyp.txt" --ref "$WORK/ref.txt" -m "$metric" > "$WORK/out.json"
    else
      /usr/bin/time -v -o "$WORK/time.txt" java $JAVA_FLAGS "${EXTRA[@]}" -cp "$CP" io.translationworkbench.cli.Main \
        score --hyp "$WORK/hyp.txt" --ref "$WORK/ref.txt" -m "$metric" > "$WORK/out.json"
    fi
    # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:00.31"
    awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' \
      "$WORK/time.txt" >> "$WORK/wall"
    awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f\n", u+s}' "$WORK/time.txt" >> "$WORK/cpu"
    awk -F': ' '/Maximum resident set size/ {printf "%.1f\n", $2/1024}' "$WORK/time.txt" >> "$WORK/rss"
  done
  echo "| $metric | $(median < "$WORK/wall") | $(median < "$WORK/cpu") | $(median < "$WORK/rss") |"
done
