#!/usr/bin/env python3
"""Does the job-fit (keywords) score order resumes as their match rate does?

Runs `reshost analyze --job` for the two postings of this folder (a remote
Go/Kubernetes platform job and a hybrid Java/Spring payments job, each with
Requirements, Nice to have and Responsibilities parts) against six resumes of
the shared corpus (RESHOST_CORPUS_DIR, else ../shared/corpus beside the
repository). For each posting it prints the match rate (from the keywords
score's note) and the keywords score of each resume, the Spearman correlation
of the two, and checks the acceptance bar of issue 15:
  - Spearman >= 0.9 for each posting;
  - a resume meeting at least 40 points less of the job (4% against 50%)
    never scores as high on keywords as the other.
Exits 1 when a check fails, 2 when the corpus or reshost is missing.

usage: job_fit_spearman.py [path/to/reshost]   (default: build/bin/reshost)
"""
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from rank_correlation import corpus_dir, spearman  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
POSTINGS = ["go-platform.md", "java-payments.md"]
# Six readable resumes of three formats, from no match to a strong one.
RESUMES = [
    "real/pdf/awesome-cv_resume.pdf",
    "real/pdf/resume-matcher_single-column.pdf",
    "real/md/ai-resume_john-doe_bold-headings.md",
    "real/md/quillmark_jane-doe_card-yaml.md",
    "real/docx/loom_ats-problem-resume.docx",
    "real/md/pandoc-resume_johnny-coder.md",
]
MIN_SPEARMAN = 0.9
GAP = 0.40


def run(reshost, resume, job):
    out = subprocess.run([reshost, "analyze", resume, "--job", job, "--format", "json"],
                         capture_output=True, text=True)
    report = json.loads(out.stdout)["files"][0]
    note = report["score_notes"].get("keywords", "")
    m = re.match(r"(\d+)% of the job's requirements met", note)
    if not m or report["scores"].get("keywords") is None:
        raise SystemExit(f"{resume}: no keywords score ({note})")
    return int(m.group(1)) / 100, report["scores"]["keywords"]


def main():
    reshost = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "build", "bin", "reshost")
    corpus = corpus_dir()
    if not os.path.exists(reshost) or not os.path.isdir(corpus):
        print(f"missing {reshost} or {corpus}", file=sys.stderr)
        return 2
    failed = False
    for posting in POSTINGS:
        rows = []
        for r in RESUMES:
            rate, score = run(reshost, os.path.join(corpus, r), os.path.join(HERE, posting))
            rows.append((os.path.basename(r), rate, score))
        print(f"== {posting}")
        for name, rate, score in rows:
            print(f"  {name:45s} match {rate * 100:5.0f}%   keywords {score:5.0f}")
        rho = spearman([r[1] for r in rows], [r[2] for r in rows])
        print(f"  Spearman(match rate, keywords score) = {rho:.3f}")
        if not rho >= MIN_SPEARMAN:
            print(f"  FAIL: under {MIN_SPEARMAN}")
            failed = True
        for a in rows:
            for b in rows:
                if a[1] + GAP <= b[1] and a[2] >= b[2]:
                    print(f"  FAIL: {a[0]} meets {a[1]:.0%} and scores {a[2]}, {b[0]} meets {b[1]:.0%} and scores {b[2]}")
                    failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
