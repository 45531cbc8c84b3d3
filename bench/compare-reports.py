#!/usr/bin/env python3
"""Compare two directories of report.json (old format 1.x densities vs 2.0): flags, order, densities, matches,
alignment, metrics.  usage: compare-reports.py OLD_REPORTS NEW_REPORTS"""
import json, os, sys
a, b = sys.argv[1], sys.argv[2]
ids = sorted(os.listdir(a))
same_flags = same_dens = 0; diffs = []
tot_flags = 0
for d in ids:
    ra = json.load(open(os.path.join(a, d, 'report.json'))); rb = json.load(open(os.path.join(b, d, 'report.json')))
    fa = [(f['flag']['fingerprint'], f['flag']['severity'], f['flag']['kind'], f['flag']['ruleId'], f['state']) for f in ra['flags']]
    fb = [(f['flag']['fingerprint'], f['flag']['severity'], f['flag']['kind'], f['flag']['ruleId'], f['state']) for f in rb['flags']]
    tot_flags += len(fb)
    if sorted(fa) == sorted(fb): same_flags += 1
    else: diffs.append((d, 'flags', set(fa) ^ set(fb)))
    da, db = ra['densities'], rb['densities']
    if da['machine']['matches'] == db['machine']['findings'] and da['human']['matches'] == db['human']['findings'] and da['machine']['per100Words'] == db['machine']['per100Words']:
        same_dens += 1
    else: diffs.append((d, 'density'))
    if ra['alignment'] != rb['alignment'] or ra['documentMetrics'] != rb['documentMetrics'] or ra['matches'] != rb['matches']:
        diffs.append((d, 'alignment/metrics/matches'))
    # order of flags identical?
    if [x[0] for x in fa] != [x[0] for x in fb]: diffs.append((d, 'order'))
print(len(ids), 'pairs;', tot_flags, 'flags; same flags', same_flags, '; same densities', same_dens)
for x in diffs[:20]: print(x)
print(len(diffs), 'differences')
