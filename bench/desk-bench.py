#!/usr/bin/env python3
"""Times the review desk (./workbench serve) as a reviewer meets it, median of several runs.

  python3 bench/desk-bench.py [--runs N] [--starts N]

1. time to first page: from launching `./workbench serve` to the corpus page answered (200), in a
   scratch copy of the project (articles/ and configuration), LanguageTool's result cache warm;
2. page load of the sample pair, warm: GET /pair/<id>;
3. a typed correction to its new findings, warm: POST /api/pair/<id>/recheck with a sentence never
   checked before (each run a new text: no cache hit), and the same text again (per-sentence cache).

The client is one Python process on a kept-alive connection; each request is timed with
time.perf_counter around the request and its full answer. Run bench/lt-server-bench.sh for
LanguageTool's own HTTP server checking the same sentence.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SENTENCE = "Le président a annoncé mardi que les élections auront lieu en mars prochain."
TYPED = [
    "Le président a annoncer mardi que les élection auront lieu en mars prochain.",
    "Le président a annoncé mardi que les élection auront lieu en mars prochain.",
    "Le président a annoncé mardi que les élections auront lieu en mars prochain.",
    "Le président a annoncé mardi que les élections auront lieu en avril prochain.",
    "Le président a annoncé lundi que les élections auront lieu en avril prochain.",
]


def start(scratch):
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [os.path.join(ROOT, "workbench"), "serve", "--port", "0"],
        cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    m = re.search(r"http://127\.0\.0\.1:(\d+)/\?token=([0-9a-f]+)", line)
    if not m:
        proc.kill()
        sys.exit("desk-bench: the desk did not start: " + line + proc.stderr.read())
    port, token = int(m.group(1)), m.group(2)
    while True:
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        c.request("GET", "/")
        r = c.getresponse()
        r.read()
        if r.status == 200:
            break
        if time.perf_counter() - t0 > 300:
            sys.exit("desk-bench: no corpus page after 300 s")
    return proc, port, token, time.perf_counter() - t0


def timed(conn, method, path, body=None, headers=None):
    t0 = time.perf_counter()
    conn.request(method, path, body=body, headers=headers or {})
    r = conn.getresponse()
    data = r.read()
    dt = time.perf_counter() - t0
    if r.status != 200:
        sys.exit(f"desk-bench: {method} {path}: {r.status} {data[:200]!r}")
    return dt, data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--starts", type=int, default=5)
    a = ap.parse_args()
    scratch = tempfile.mkdtemp(prefix="desk-bench-")
    try:
        for name in ("articles", "rules"):
            shutil.copytree(os.path.join(ROOT, name), os.path.join(scratch, name))
        shutil.copy(os.path.join(ROOT, "workbench.json"), scratch)
        for f in os.listdir(os.path.join(scratch, "articles")):
            p = os.path.join(scratch, "articles", f, "review.json")
            if os.path.exists(p):
                os.remove(p)
        pair = sorted(d for d in os.listdir(os.path.join(scratch, "articles"))
                      if os.path.isdir(os.path.join(scratch, "articles", d)))[0]
        firsts = []
        for i in range(a.starts + 1):
            proc, port, token, first = start(scratch)
            if i > 0:  # the first start fills LanguageTool's result cache
                firsts.append(first)
            if i < a.starts:
                proc.terminate()
                proc.wait()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
        page = [timed(conn, "GET", "/pair/" + pair)[0] for _ in range(a.runs + 3)][3:]
        headers = {"Content-Type": "application/json", "X-Workbench-Token": token}
        text = timed(conn, "GET", "/pair/" + pair)[1].decode()
        sid = re.search(r'data-sentence="([^"]+)"', text).group(1)
        # LanguageTool warm on the desk's threads (it loads there at start), then fresh sentences
        time.sleep(1)
        body = lambda t: json.dumps({"sentence": sid, "text": t})
        timed(conn, "POST", f"/api/pair/{pair}/recheck", body("Phrase de mise en route."), headers)
        fresh, again = [], []
        for i in range(a.runs):
            t = TYPED[i % len(TYPED)] + f" ({i + 1} fois)"
            fresh.append(timed(conn, "POST", f"/api/pair/{pair}/recheck", body(t), headers)[0])
            again.append(timed(conn, "POST", f"/api/pair/{pair}/recheck", body(t), headers)[0])
        with open(f"/proc/{proc.pid}/status") as f:
            hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
        proc.terminate()
        proc.wait()

        def row(what, xs, unit=1000):
            print(f"| {what} | {statistics.median(xs) * unit:.0f} | {min(xs) * unit:.0f} |"
                  f" {max(xs) * unit:.0f} | {len(xs)} |")
        print(f"review desk on {pair} ({os.cpu_count()} cores)\n")
        print("| what | median ms | min | max | runs |\n|---|---:|---:|---:|---:|")
        row("time to first page after `./workbench serve` (result cache warm)", firsts)
        row("pair page load, warm", page)
        row("typed correction → its findings, warm, a sentence never checked", fresh)
        row("the same sentence again (per-sentence cache)", again)
        print(f"\npeak RSS of the desk after these requests: {hwm / 1024:.0f} MB")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
