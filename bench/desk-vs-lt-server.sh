#!/usr/bin/env bash
# The review desk's figures next to LanguageTool's own HTTP server, in one run on one machine:
#   bench/desk-vs-lt-server.sh [N]
# 1) bench/desk-bench.py: time to first page, pair page load, a typed correction to its findings (warm);
# 2) bench/lt-server-bench.sh with LanguageTool's defaults and with pooled pipelines (pipelineCaching=true, the
#    setting a resident server needs), checking the same kind of sentence. N runs each (default 20), medians.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-20}"
echo "## machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
echo
python3 bench/desk-bench.py --runs "$N" --starts 5
echo
CONFIGS="defaults pipeline" bench/lt-server-bench.sh "$N" \
  "Le président a annoncer mardi que les élection auront lieu en mars prochain."
