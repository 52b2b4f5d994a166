"""`make bench`: Parley's speed against bare spaCy on the same synthetic corpus.

Builds N articles by sampling and recombining the paragraphs of seeds/ (and of
../shared/devset/docs when it exists), then times, each in a fresh process with the model
load included: bare spaCy (``nlp.pipe`` over the raw texts, same model and components),
``parley extract --workers 1``, ``--workers 2`` and ``--executor dask --workers 2``; optionally (``--scale 10``) the peak RSS of
``--workers 1`` on a 10x larger corpus, and a rerun on unchanged input. Prints a table and
writes the figures to ``outputs/bench/bench-N.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARLEY = [sys.executable, "-m", "pipeline"]

BARE = """
import sys, pathlib
from pipeline import nlp
model = nlp.load()
texts = (p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt")))
for _ in model.pipe(texts, batch_size=64):
    pass
"""


def paragraphs(sources: list[Path]) -> list[str]:
    out = []
    for folder in sources:
        for path in sorted(folder.glob("*.txt")):
            for para in path.read_text(encoding="utf-8").split("\n"):
                if len(para.split()) >= 12:
                    out.append(para.strip())
    return out


def build_corpus(folder: Path, n: int, paras: list[str], seed: int = 7) -> int:
    """Write n articles of 3-8 sampled paragraphs; return the number of words."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    rng = random.Random(seed)
    words = 0
    for i in range(n):
        text = "\n\n".join(rng.choice(paras) for _ in range(rng.randint(3, 8)))
        words += len(text.split())
        (folder / f"a{i:06d}.txt").write_text(text + "\n", encoding="utf-8")
    return words


def timed(cmd: list[str]) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB, the process and its waited-for children) of a command."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("-n", type=int, default=int(os.environ.get("N", 2000)), help="articles")
    ap.add_argument("--scale", type=int, default=0, help="also measure --workers 1 on a corpus this many times larger")
    ap.add_argument("--out", type=Path, default=ROOT / "outputs" / "bench")
    args = ap.parse_args()

    sources = [ROOT / "seeds"] + [p for p in [ROOT.parent / "shared" / "devset" / "docs"] if p.is_dir()]
    paras = paragraphs(sources)
    corpus = args.out / f"corpus-{args.n}"
    words = build_corpus(corpus, args.n, paras)
    results = {"articles": args.n, "words": words, "cores": os.cpu_count(), "paragraph_pool": len(paras)}

    runs = {
        "bare_spacy": [sys.executable, "-c", BARE, str(corpus)],
        "parley_w1": PARLEY + ["extract", str(corpus), "--out", str(args.out / "out-w1"), "-q", "--workers", "1"],
        "parley_w2": PARLEY + ["extract", str(corpus), "--out", str(args.out / "out-w2"), "-q", "--workers", "2"],
        "parley_dask_w2": PARLEY + ["extract", str(corpus), "--out", str(args.out / "out-dask"), "-q",
                                    "--executor", "dask", "--workers", "2"],
    }
    for name, cmd in runs.items():
        if "--out" in cmd:                      # a first run, not a rerun of an earlier bench
            shutil.rmtree(cmd[cmd.index("--out") + 1], ignore_errors=True)
        seconds, rss = timed(cmd)
        results[name] = {"seconds": round(seconds, 2), "words_per_s": round(words / seconds),
                         "docs_per_s": round(args.n / seconds, 1), "peak_rss_mib": round(rss)}
        print(f"{name:12s} {seconds:8.1f} s {words / seconds:9.0f} words/s {args.n / seconds:7.1f} docs/s "
              f"{rss:7.0f} MiB", flush=True)
    seconds, _ = timed(runs["parley_w1"])
    results["rerun_w1_seconds"] = round(seconds, 2)
    results["overhead_w1_vs_bare"] = round(results["parley_w1"]["seconds"] / results["bare_spacy"]["seconds"], 3)
    results["speedup_w2_vs_w1"] = round(results["parley_w1"]["seconds"] / results["parley_w2"]["seconds"], 3)
    results["speedup_dask_w2_vs_w1"] = round(results["parley_w1"]["seconds"] / results["parley_dask_w2"]["seconds"], 3)
    if args.scale:
        big = args.out / f"corpus-{args.n * args.scale}"
        build_corpus(big, args.n * args.scale, paras)
        shutil.rmtree(args.out / "out-big", ignore_errors=True)
        seconds, rss = timed(PARLEY + ["extract", str(big), "--out", str(args.out / "out-big"), "-q"])
        results["parley_w1_scaled"] = {"articles": args.n * args.scale, "seconds": round(seconds, 2),
                                       "peak_rss_mib": round(rss)}
        results["rss_ratio_scaled"] = round(rss / results["parley_w1"]["peak_rss_mib"], 3)
    print(json.dumps({k: v for k, v in results.items() if not isinstance(v, dict)}, indent=2))
    (args.out / f"bench-{args.n}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
