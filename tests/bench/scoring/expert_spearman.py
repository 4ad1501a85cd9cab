#!/usr/bin/env python3
"""Spearman rank correlation of reshost's overall score with the expert raters' mean.

Reads expert/ratings.tsv from the corpus folder (RESHOST_CORPUS_DIR, else ../shared/corpus
relative to the repository), runs `reshost analyze --format json` on each rated file and
prints one line per file (mean rating, overall score, category scores) and the correlation.
A file without an overall score (null) ranks below every scored one: it was not read.

usage: expert_spearman.py [--all] [path/to/reshost]   (default: build/bin/reshost)
  --all  also list the overall score and its note for every file under real/, to eyeball
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from rank_correlation import corpus_dir, spearman  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def rated_files(corpus):
    """(file path, mean rating) for each row of ratings.tsv: FORMAT__NAME -> real/FORMAT/NAME.FORMAT."""
    rows = []
    with open(os.path.join(corpus, "expert", "ratings.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        raters = [i for i, h in enumerate(header) if h.startswith("rater") and not h.endswith("reason")]
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if len(cells) < len(header) - 1:
                continue
            fmt, name = cells[0].split("__", 1)
            mean = sum(float(cells[i]) for i in raters) / len(raters)
            rows.append((os.path.join(corpus, "real", fmt, f"{name}.{fmt}"), mean))
    return rows


def report_of(reshost, path):
    run = subprocess.run([reshost, "analyze", path, "--format", "json", "--fail-on", "none"],
                         capture_output=True, text=True)
    return json.loads(run.stdout)["files"][0]


def analyze(reshost, path):
    report = report_of(reshost, path)
    return report.get("overall"), report.get("scores", {})


def list_all(reshost, corpus):
    real = os.path.join(corpus, "real")
    for fmt in sorted(os.listdir(real)):
        for name in sorted(os.listdir(os.path.join(real, fmt))):
            report = report_of(reshost, os.path.join(real, fmt, name))
            overall = report.get("overall")
            note = report.get("score_notes", {}).get("overall", "")
            print(f"{'null' if overall is None else f'{overall:g}':>5}  {fmt}/{name}  {note}")


def main():
    args = sys.argv[1:]
    every = "--all" in args
    args = [a for a in args if a != "--all"]
    reshost = args[0] if args else os.path.join(REPO, "build", "bin", "reshost")
    if every:
        list_all(reshost, corpus_dir())
    rows = rated_files(corpus_dir())
    ratings, scores = [], []
    for path, mean in rows:
        overall, categories = analyze(reshost, path)
        shown = "null" if overall is None else f"{overall:g}"
        cats = " ".join(f"{k}={'null' if v is None else f'{v:g}'}" for k, v in categories.items())
        print(f"{mean:5.1f}  {shown:>5}  {os.path.basename(path)}  {cats}")
        ratings.append(mean)
        scores.append(-1.0 if overall is None else float(overall))
    print(f"spearman {spearman(ratings, scores):.2f} over {len(rows)} files")


if __name__ == "__main__":
    main()
