#!/usr/bin/env python3
"""Findings before and after a change, against the recruiters' verdicts.

Usage: findings_accuracy.py EXPERT_DIR BEFORE_DIR AFTER_DIR [--changes]

EXPERT_DIR is the corpus's expert/findings folder (FORMAT__FILE.tsv: every
finding of a file with its verdict TP, FP or NOISE). BEFORE_DIR and AFTER_DIR
hold `reshost analyze FILE --format json` of those files, named FORMAT__FILE.json.
A labelled finding is still reported when a finding of the same rule, place and
message is, or else one of the same rule and place. Prints a Markdown table:
per file and verdict, how many were labelled, reported before and reported after.
"""
import collections
import csv
import glob
import json
import os
import sys


def where(loc):
    if not loc:
        return "document"
    if loc.get("line"):
        return f"line {loc['line']}"
    if loc.get("page"):
        return f"page {loc['page']}"
    if loc.get("paragraph") is not None:
        return f"paragraph {loc['paragraph']}"
    return "document"


def findings(folder, name):
    report = json.load(open(os.path.join(folder, name + ".json")))["files"][0]
    return [(f["rule"], where(f.get("location")), f["message"]) for f in report["findings"]]


def match(rows, reported):
    left, hit = list(reported), [False] * len(rows)
    for i, r in enumerate(rows):
        if (r[0], r[1], r[2]) in left:
            left.remove((r[0], r[1], r[2]))
            hit[i] = True
    for i, r in enumerate(rows):
        if hit[i]:
            continue
        for j, f in enumerate(left):
            if f[0] == r[0] and f[1] == r[1]:
                del left[j]
                hit[i] = True
                break
    return hit, left


def main():
    expert, before, after = sys.argv[1:4]
    show_changes = "--changes" in sys.argv
    total, lines, changes = collections.Counter(), [], []
    for tsv in sorted(glob.glob(os.path.join(expert, "*.tsv"))):
        name = os.path.basename(tsv)[:-4]
        rows = list(csv.reader(open(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))[1:]
        fb, fa = findings(before, name), findings(after, name)
        hb, lb = match(rows, fb)
        ha, la = match(rows, fa)
        s = collections.Counter()
        for r, b, a in zip(rows, hb, ha):
            s[(r[4], "labelled")] += 1
            s[(r[4], "before")] += b
            s[(r[4], "after")] += a
            if b != a:
                changes.append((name, r[4], "removed" if b else "back", r[0], r[1], r[2][:80]))
        changes += [(name, "not labelled", "new", f[0], f[1], f[2][:80]) for f in la]
        lines.append((name, s, len(lb), len(la), len(fb), len(fa)))
        total.update(s)
        total.update({"nb": len(lb), "na": len(la), "ab": len(fb), "aa": len(fa)})

    def cell(s, v):
        return f"{s[(v, 'labelled')]} / {s[(v, 'before')]} / {s[(v, 'after')]}"

    print("| file | TP labelled / before / after | FP labelled / before / after | "
          "NOISE labelled / before / after | not labelled, before / after | all findings before / after |")
    print("|---|---|---|---|---|---|")
    for name, s, nb, na, ab, aa in lines:
        print(f"| {name.replace('__', '/')} | {cell(s, 'TP')} | {cell(s, 'FP')} | {cell(s, 'NOISE')} | "
              f"{nb} / {na} | {ab} / {aa} |")
    print(f"| **all nine** | {cell(total, 'TP')} | {cell(total, 'FP')} | {cell(total, 'NOISE')} | "
          f"{total['nb']} / {total['na']} | {total['ab']} / {total['aa']} |")
    if show_changes:
        print()
        for c in changes:
            print(" | ".join(c))


if __name__ == "__main__":
    main()
