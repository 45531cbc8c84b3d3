#!/usr/bin/env bash
# Times LanguageTool's own HTTP server (org.languagetool:languagetool-server, class org.languagetool.server.HTTPServer)
# checking French, for comparison with our review desk. Nothing here touches the project's build: the server and the
# French module are resolved by Maven from a throw-away pom in a temporary directory, the server runs on a free
# loopback port and is killed at the end. See bench/lt-server.md.
#
# Usage: bench/lt-server-bench.sh [N] [SENTENCE]
#   N         timed runs per measurement, after 3 untimed warm-up calls (default 20)
#   SENTENCE  the one French sentence to check (default: "Le président a annoncé mardi que les élections auront lieu
#             en mars prochain.")
# Environment: LT_VERSION (default 6.8, the version of the project's pom), ARTICLE (default: the machine text named
#   by the pair.json of the first directory in articles/), JAVA_OPTS (extra JVM options for the server, default none),
#   CONFIGS (which server configurations to run, default "defaults cache pipeline pipeline+cache"), KEEP=DIR (copy the
#   server logs and the article's JSON answers to DIR).
#
# Each configuration is a fresh server process started with `--config FILE --port PORT`:
#   defaults        no --config: cacheSize=0 (result cache off), pipelineCaching=false (LanguageTool's defaults)
#   cache           cacheSize=1000 (result cache on; cacheTTLSeconds left at its default, 300)
#   pipeline        pipelineCaching=true (pooled JLanguageTool pipelines), cacheSize=0
#   pipeline+cache  pipelineCaching=true, cacheSize=1000
# Timing client: one python3 process per configuration, http.client over one kept-alive connection, each request timed
# with time.perf_counter() (no client start-up in any figure). Start-up is measured from just before `java` is
# launched to the first HTTP 200 of POST /v2/check.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "lt-server-bench: $*" >&2; exit 1; }

N="${1:-20}"
SENTENCE="${2:-Le président a annoncé mardi que les élections auront lieu en mars prochain.}"
LT_VERSION="${LT_VERSION:-6.8}"
CONFIGS="${CONFIGS:-defaults cache pipeline pipeline+cache}"
[[ "$N" =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$N'"

command -v java >/dev/null 2>&1 || die "java not found on PATH (Java 17+ is needed)"
command -v mvn >/dev/null 2>&1 || die "mvn (Maven) not found on PATH"
command -v python3 >/dev/null 2>&1 || die "python3 not found on PATH"

if [[ -z "${ARTICLE:-}" ]]; then
  pairdir=$(find articles -mindepth 2 -maxdepth 2 -name pair.json -printf '%h\n' 2>/dev/null | sort | head -1)
  [[ -n "$pairdir" ]] || die "no articles/*/pair.json found (set ARTICLE=FILE)"
  ARTICLE="$pairdir/$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["machine"]["file"])' "$pairdir/pair.json")"
fi
[[ -r "$ARTICLE" ]] || die "cannot read article $ARTICLE"

work="$(mktemp -d "${TMPDIR:-/tmp}/lt-server-bench.XXXXXX")"
server_pid=""
stop_server() {
  if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=""
}
cleanup() { stop_server; rm -rf "$work"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- 1. resolve the server and the French module -------------------------------------------------------------------
# languagetool-server brings language-all (every language module): the server needs it, because its language
# identifier (CommonWordsDetector) looks up 'es', 'de', ... at start and fails with only language-fr on the class path.
cat >"$work/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.bench</groupId>
  <artifactId>lt-server-bench</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.languagetool</groupId>
      <artifactId>languagetool-server</artifactId>
      <version>${LT_VERSION}</version>
    </dependency>
    <dependency>
      <groupId>org.languagetool</groupId>
      <artifactId>language-fr</artifactId>
      <version>${LT_VERSION}</version>
    </dependency>
  </dependencies>
</project>
EOF
echo "Resolving org.languagetool:languagetool-server:${LT_VERSION} + language-fr with Maven..." >&2
if ! mvn -q -B -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.log" 2>&1; then
  tail -20 "$work/mvn.log" >&2
  die "Maven could not resolve languagetool-server:${LT_VERSION} (see above)"
fi
CP="$(cat "$work/cp.txt")"
njars=$(tr ':' '\n' <"$work/cp.txt" | grep -c '\.jar$')

# --- 2. the timing client ------------------------------------------------------------------------------------------
cat >"$work/client.py" <<'EOF'
import http.client, json, os, socket, statistics, sys, time, urllib.parse

label, port, pid, t0, n, sentence, article, rows, keep = sys.argv[1:10]
port, pid, t0, n = int(port), int(pid), float(t0), int(n)
article_text = open(article, encoding="utf-8").read()
TIMEOUT = 120.0

def post(conn, text):
    body = urllib.parse.urlencode({"language": "fr", "text": text}).encode("utf-8")
    conn.request("POST", "/v2/check", body, {"Content-Type": "application/x-www-form-urlencoded"})
    r = conn.getresponse()
    return r.status, r.read()

def alive():
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False

# (a) start-up: poll until the first 200 answer, at most TIMEOUT s after launch
port_open = first = None
while first is None:
    if time.time() - t0 > TIMEOUT:
        sys.exit(f"server did not answer POST /v2/check within {TIMEOUT:.0f} s")
    if not alive():
        sys.exit("server process exited during start-up")
    try:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        c.connect()
        if port_open is None:
            port_open = time.time() - t0
        st, _ = post(c, "Bonjour tout le monde.")
        c.close()
        if st == 200:
            first = time.time() - t0
    except (OSError, http.client.HTTPException):
        pass
    if first is None:
        time.sleep(0.05)

def bench(text, warm=3):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    times, reconnects, last = [], 0, None
    for i in range(warm + n):
        before = conn.sock
        t = time.perf_counter()
        st, data = post(conn, text)
        dt = (time.perf_counter() - t) * 1000.0
        if st != 200:
            sys.exit(f"HTTP {st} from /v2/check: {data[:200]!r}")
        if before is not None and conn.sock is not before:
            reconnects += 1
        if i >= warm:
            times.append(dt)
        last = data
    conn.close()
    return times, reconnects, json.loads(last)

def row(what, times):
    return f"| {what} | {statistics.median(times):.1f} | {min(times):.1f} | {max(times):.1f} | {len(times)} |"

s_times, s_rc, s_json = bench(sentence)
a_times, a_rc, a_json = bench(article_text)
rss = ""
try:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            rss = f"{int(line.split()[1]) / 1024:.0f} MB"
except OSError:
    pass

with open(rows, "a", encoding="utf-8") as f:
    f.write(f"| start → port open [{label}] | {port_open * 1000:.0f} | | | 1 |\n")
    f.write(f"| start → first /v2/check answer [{label}] | {first * 1000:.0f} | | | 1 |\n")
    f.write(row(f"one sentence ({len(sentence)} chars) [{label}]", s_times) + "\n")
    f.write(row(f"article {os.path.basename(article)} ({len(article_text)} chars) [{label}]", a_times) + "\n")
ids = {}
for m in a_json["matches"]:
    ids[m["rule"]["id"]] = ids.get(m["rule"]["id"], 0) + 1
with open(rows + ".notes", "a", encoding="utf-8") as f:
    f.write(f"- [{label}] server peak RSS {rss or '?'}; reconnects during timed runs: {s_rc + a_rc}; "
            f"sentence: {len(s_json['matches'])} matches; article: {len(a_json['matches'])} matches "
            f"({', '.join(f'{k}×{v}' if v > 1 else k for k, v in sorted(ids.items()))})\n")
if keep:
    safe = label.replace("+", "-")
    json.dump(a_json, open(os.path.join(keep, f"article-{safe}.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
EOF

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

rows="$work/rows.md"
: >"$rows"
: >"$rows.notes"
[[ -n "${KEEP:-}" ]] && mkdir -p "$KEEP"

for cfg in $CONFIGS; do
  props="$work/$cfg.properties"
  case "$cfg" in
    defaults) : >"$props" ;;
    cache) printf 'cacheSize=1000\n' >"$props" ;;
    pipeline) printf 'pipelineCaching=true\ncacheSize=0\n' >"$props" ;;
    pipeline+cache) printf 'pipelineCaching=true\ncacheSize=1000\n' >"$props" ;;
    *) die "unknown configuration '$cfg' (use: defaults cache pipeline pipeline+cache)" ;;
  esac
  args=()
  [[ -s "$props" ]] && args+=(--config "$props")
  port=$(free_port)
  echo "[$cfg] starting HTTPServer on 127.0.0.1:$port ($(tr '\n' ' ' <"$props"))..." >&2
  t0=$EPOCHREALTIME
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -cp "$CP" org.languagetool.server.HTTPServer "${args[@]}" --port "$port" \
    >"$work/server-$cfg.log" 2>&1 &
  server_pid=$!
  if ! python3 "$work/client.py" "$cfg" "$port" "$server_pid" "$t0" "$N" "$SENTENCE" "$ARTICLE" "$rows" \
    "${KEEP:-}" 2>"$work/client.err"; then
    tail -5 "$work/server-$cfg.log" >&2 || true
    die "[$cfg] $(tail -1 "$work/client.err")"
  fi
  stop_server
  [[ -n "${KEEP:-}" ]] && cp "$work/server-$cfg.log" "$KEEP/"
done

# --- 4. report ---------------------------------------------------------------------------------------------------
cat <<EOF

LanguageTool HTTPServer ${LT_VERSION} ($njars jars), $(java -version 2>&1 | head -1), $(nproc) cores, $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)
Article: $ARTICLE. Times in ms; sentence and article rows: $N timed runs after 3 warm-up calls, one kept-alive connection.

| what | median ms | min | max | runs |
|---|---:|---:|---:|---:|
EOF
cat "$rows"
echo
cat "$rows.notes"
