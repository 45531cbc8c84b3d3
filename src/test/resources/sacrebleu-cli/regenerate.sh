#!/usr/bin/env bash
# Regenerates expected/<id>.out by running sacreBLEU 2.6.0 itself on every case of cases.tsv (not run by the build).
# It runs from the project root, as the test (ScoreSacrebleuCliTest) runs the workbench, and names every data file of
# this directory by its path from there (src/test/resources/sacrebleu-cli/NAME), so system names agree.
# Usage: SACREBLEU_SRC=/tmp/sacrebleu-2.6.0 src/test/resources/sacrebleu-cli/regenerate.sh
# SACREBLEU_SRC: `git archive v2.6.0` of github.com/mjpost/sacrebleu plus sacrebleu/version.py reading
# __version__ = "2.6.0" (setuptools_scm writes it at build time); Debian 12's /usr/bin/python3 with python3-regex,
# -numpy, -tabulate, -portalocker, -colorama, -lxml. NO_COLOR=1: sacreBLEU colours its tables even off a terminal.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE/../../../.."
D=src/test/resources/sacrebleu-cli
: "${SACREBLEU_SRC:?set SACREBLEU_SRC to a sacreBLEU v2.6.0 source tree}"
PY=${PYTHON:-/usr/bin/python3}
while IFS=$'\t' read -r id stdin args; do
  [[ -z "$id" || "$id" == \#* ]] && continue
  argv=()
  for a in $args; do
    if [[ -f "$D/$a" ]]; then argv+=("$D/$a"); else argv+=("$a"); fi
  done
  input=/dev/null
  [[ "$stdin" != "-" ]] && input="$D/$stdin"
  NO_COLOR=1 PYTHONPATH="$SACREBLEU_SRC" "$PY" -m sacrebleu "${argv[@]}" < "$input" > "$D/expected/$id.out" 2> /dev/null
done < "$D/cases.tsv"
