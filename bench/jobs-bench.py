#!/usr/bin/env python3
"""`./workbench report --jobs 1` against `--jobs 2` on a corpus of real pairs, cold and warm.

  python3 bench/corpus-pairs.py ../shared/corpora/wmt22-defr-dev Online-A /tmp/corpusA   # one pair per document
  python3 bench/jobs-bench.py /tmp/corpusA/articles [--pairs 60] [--runs 3] [--jobs 1,2]

cold: LanguageTool's result cache off (WORKBENCH_NO_CACHE=1), every text checked; warm: a cache filled by one
untimed run, then the timed runs read it. Each run is a whole `./workbench report` process (JVM start included) on
the first --pairs pairs (sorted), into a scratch directory; wall time and peak RSS (the process's maxrss, from
wait4) are given as medians over --runs runs, and pairs per second from the median time.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(articles, jobs, env):
    out = tempfile.mkdtemp(prefix="jobs-bench-out-")
    t0 = time.perf_counter()
    p = subprocess.Popen([os.path.join(ROOT, "workbench"), "report", "--articles", articles,
                          "--out", out, "--jobs", str(jobs)], cwd=ROOT, env=env,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - t0
    err = p.stderr.read().decode()
    shutil.rmtree(out, ignore_errors=True)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit("jobs-bench: report failed: " + err[-500:])
    return wall, usage.ru_maxrss / 1024


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("articles")
    ap.add_argument("--pairs", type=int, default=60)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", default="1,2")
    a = ap.parse_args()
    subset = tempfile.mkdtemp(prefix="jobs-bench-articles-")
    cache = tempfile.mkdtemp(prefix="jobs-bench-cache-")
    try:
        names = sorted(d for d in os.listdir(a.articles)
                       if os.path.isfile(os.path.join(a.articles, d, "machine.fr.txt")))[:a.pairs]
        for n in names:
            shutil.copytree(os.path.join(a.articles, n), os.path.join(subset, n))
        base = dict(os.environ)
        cold = dict(base, WORKBENCH_NO_CACHE="1")
        warm = dict(base, WORKBENCH_CACHE_DIR=cache)
        run(subset, 2, warm)  # fills the warm cache
        print(f"{len(names)} pairs from {a.articles}; {os.cpu_count()} cores; load average "
              f"{os.getloadavg()[0]:.1f} at start; medians of {a.runs} runs\n")
        print("| cache | jobs | wall s | pairs/s | peak RSS MB | speed-up |\n|---|---:|---:|---:|---:|---:|")
        for label, env in (("cold", cold), ("warm", warm)):
            first = None
            for j in [int(x) for x in a.jobs.split(",")]:
                walls, rss = [], []
                for _ in range(a.runs):
                    w, r = run(subset, j, env)
                    walls.append(w)
                    rss.append(r)
                w = statistics.median(walls)
                first = first or w
                print(f"| {label} | {j} | {w:.1f} | {len(names) / w:.2f} | {statistics.median(rss):.0f} |"
                      f" {first / w:.2f}× |", flush=True)
    finally:
        shutil.rmtree(subset, ignore_errors=True)
        shutil.rmtree(cache, ignore_errors=True)


if __name__ == "__main__":
    main()
