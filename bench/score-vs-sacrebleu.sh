#!/usr/bin/env bash
# Whole-process wall time of `./workbench score` next to sacreBLEU 2.6.0's on the same command line and files, in the
# same rounds (the two alternate, so a change of machine load hits both). Median of RUNS rounds (default 5), wall
# time from `date +%s%N` around each process. Each command's output is also compared once (text, the version field
# of the signatures aside): a timing of two different results would mean nothing.
#
# usage: SACREBLEU_SRC=/path/to/sacrebleu-2.6.0 bench/score-vs-sacrebleu.sh CORPUS_DIR [SYSTEM]
#   CORPUS_DIR     the WMT22 de-fr development slice (ref.A.fr and hyp.SYSTEM.fr, line-aligned; not in the project)
#   SYSTEM         the system scored (default: LT22)
#   SACREBLEU_SRC  a sacreBLEU v2.6.0 source tree (git archive of the tag, plus sacrebleu/version.py reading
#                  __version__ = "2.6.0"), run with PYTHON (default /usr/bin/python3: Debian 12's, with python3-regex,
#                  -numpy, -tabulate, -portalocker, -colorama, -lxml)
# environment:     RUNS (default 5)
#
# Rows: the same three metrics in one process each (-m bleu chrf ter), the same with chrF++ in place of chrF
# (--chrf-word-order 2), and the four metrics BLEU, chrF, chrF++ and TER: one workbench process (-m bleu chrf chrf++
# ter) against the two sacreBLEU needs (it keeps one chrF per run: -m bleu chrf ter, then -m chrf -cw 2), summed.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:?usage: SACREBLEU_SRC=... bench/score-vs-sacrebleu.sh CORPUS_DIR [SYSTEM]}
SYSTEM=${2:-LT22}
: "${SACREBLEU_SRC:?set SACREBLEU_SRC to a sacreBLEU v2.6.0 source tree}"
PY=${PYTHON:-/usr/bin/python3}
RUNS=${RUNS:-5}
REF="$CORPUS/ref.A.fr"
HYP="$CORPUS/hyp.$SYSTEM.fr"
[[ -f "$REF" && -f "$HYP" ]] || { echo "no $REF or $HYP" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

./workbench --version > /dev/null # builds the jar and the AppCDS archive if needed
wb() { ./workbench score "$REF" -i "$HYP" "$@"; }
sb() { NO_COLOR=1 PYTHONPATH="$SACREBLEU_SRC" "$PY" -m sacrebleu "$REF" -i "$HYP" "$@" 2> /dev/null; }
now() { date +%s%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
same() { # the two outputs agree but for the version field
  diff <(sb "$@" -f text) <(wb "$@" -f text | sed -E 's/version:tw-[^|" ]*/version:2.6.0/g') > /dev/null \
    || { echo "outputs differ for: $*" >&2; exit 1; }
}

same -m bleu chrf ter
same -m bleu chrf ter --chrf-word-order 2
same -m chrf --chrf-word-order 2

echo "java: $(java -version 2>&1 | head -1); python: $("$PY" --version); $(nproc) cores; load average at start:$(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: $REF and $HYP: $(wc -l < "$HYP") lines, $(wc -w < "$HYP") hypothesis words; runs: $RUNS (median)"
echo
echo "| metrics | workbench command | workbench wall (s) | sacreBLEU wall (s) | workbench / sacreBLEU |"
echo "| --- | --- | ---: | ---: | ---: |"
row() { # label, workbench args | sacreBLEU args [| more sacreBLEU args]
  local label=$1 wargs=$2 sargs=$3 sargs2=${4:-}
  : > "$WORK/w"
  : > "$WORK/s"
  for ((i = 0; i < RUNS; i++)); do
    t0=$(now)
    # shellcheck disable=SC2086 # arguments are space-separated on purpose
    wb $wargs > /dev/null
    t1=$(now)
    # shellcheck disable=SC2086
    sb $sargs > /dev/null
    # shellcheck disable=SC2086
    [[ -n "$sargs2" ]] && sb $sargs2 > /dev/null
    t2=$(now)
    echo "($t1 - $t0) / 1000000000" | bc -l >> "$WORK/w"
    echo "($t2 - $t1) / 1000000000" | bc -l >> "$WORK/s"
  done
  local w s
  w=$(median < "$WORK/w")
  s=$(median < "$WORK/s")
  printf '| %s | `%s` | %.2f | %.2f | %.3f |\n' "$label" "$wargs" "$w" "$s" "$(echo "$w / $s" | bc -l)"
}
row "BLEU, chrF, TER" "-m bleu chrf ter" "-m bleu chrf ter"
row "BLEU, chrF++, TER" "-m bleu chrf ter --chrf-word-order 2" "-m bleu chrf ter --chrf-word-order 2"
row "BLEU, chrF, chrF++, TER (sacreBLEU: 2 runs)" "-m bleu chrf chrf++ ter" "-m bleu chrf ter" "-m chrf --chrf-word-order 2"
echo
echo "load average at end:$(cut -d' ' -f1-3 /proc/loadavg)"
