#!/usr/bin/python3
"""Time numpy's softmax(Q·Kᵀ/√d)·V at the shapes of lanekit's attention benchmarks.

Run with Debian's interpreter and python3-numpy, on one BLAS thread:

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/scripts/attention_numpy.py

To let OpenBLAS pick its kernels for this CPU (its AVX-512 kernels on AVX-512 machines), unset the
variables that pin them, in that command alone:

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 /usr/bin/python3 bench/scripts/attention_numpy.py

The script checks that numpy's BLAS is OpenBLAS, because BLIS can also provide libblas.so.3 and would
time a different library. It prints the OpenBLAS core type and thread count, then one line per shape:
the median and best time of the three-pass float32 computation, and its GFLOP/s counting 4·lq·lk·d per
query head. With --json FILE it also writes those facts and figures to FILE, which `lanekit results`
reads.
"""

import argparse
import ctypes
import json
import os
import sys
import time

# OpenBLAS reads its thread count when it loads, so this must precede the numpy import.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402

# name: (query heads, key/value heads, lq, lk, d)
SHAPES = {
    "single-2048-64": (1, 1, 2048, 2048, 64),
    "single-4096-64": (1, 1, 4096, 4096, 64),
    "single-4096-128": (1, 1, 4096, 4096, 128),
    "bert-base-512": (12, 12, 512, 512, 64),
    "llama-prefill-2048": (32, 8, 2048, 2048, 128),
    "llama-decode-4096": (32, 8, 1, 4096, 128),
}


def loaded_blas():
    """Return the path of every BLAS library mapped into this process."""
    paths = set()
    with open("/proc/self/maps", encoding="ascii", errors="replace") as maps:
        for line in maps:
            fields = line.split()
            if len(fields) >= 6 and "blas" in os.path.basename(fields[5]).lower():
                paths.add(os.path.realpath(fields[5]))
    return sorted(paths)


def openblas_facts(paths):
    """Return (core name, thread count) from the loaded OpenBLAS, or exit when none is loaded."""
    for path in paths:
        library = ctypes.CDLL(path)
        if hasattr(library, "openblas_get_corename"):
            library.openblas_get_corename.restype = ctypes.c_char_p
            return library.openblas_get_corename().decode(), library.openblas_get_num_threads()
    sys.exit("numpy's BLAS is not OpenBLAS (loaded: %s); point libblas.so.3 at OpenBLAS with "
             "update-alternatives and run again" % ", ".join(paths or ["none"]))


def attention(q, k, v, scale):
    """Three passes over a materialized score matrix, in float32, as numpy users write it."""
    scores = (q @ k.T) * np.float32(scale)
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    return scores @ v


def run_shape(heads, kv_heads, lq, lk, d, repeat):
    """Return (median, best) seconds of one call over every head."""
    rng = np.random.default_rng(20261204)
    q = rng.uniform(-1, 1, size=(heads, lq, d)).astype(np.float32)
    k = rng.uniform(-1, 1, size=(kv_heads, lk, d)).astype(np.float32)
    v = rng.uniform(-1, 1, size=(kv_heads, lk, d)).astype(np.float32)
    group = heads // kv_heads
    scale = 1 / np.sqrt(d)

    def call():
        return [attention(q[h], k[h // group], v[h // group], scale) for h in range(heads)]

    for _ in range(3):
        call()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    times.sort()
    return times[len(times) // 2], times[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES), choices=list(SHAPES),
                        help="shapes to time (default: all)")
    parser.add_argument("--repeat", type=int, default=10, help="timed calls per shape (default: 10)")
    parser.add_argument("--json", metavar="FILE", help="also write the facts and figures to FILE as JSON")
    args = parser.parse_args()

    np.ones((64, 64), dtype=np.float32) @ np.ones((64, 64), dtype=np.float32)  # loads the BLAS library
    paths = loaded_blas()
    core, threads = openblas_facts(paths)
    print("numpy %s, BLAS %s" % (np.__version__, ", ".join(paths)))
    print("OpenBLAS core: %s, threads: %d, OPENBLAS_CORETYPE=%s, OPENBLAS_L2_SIZE=%s"
          % (core, threads, os.environ.get("OPENBLAS_CORETYPE", "(unset)"),
             os.environ.get("OPENBLAS_L2_SIZE", "(unset)")))
    print("%-20s %12s %12s %10s" % ("shape", "median ms", "best ms", "GFLOP/s"))
    results = []
    for name in args.shapes:
        heads, kv_heads, lq, lk, d = SHAPES[name]
        median, best = run_shape(heads, kv_heads, lq, lk, d, args.repeat)
        flops = 4.0 * heads * lq * lk * d
        print("%-20s %12.3f %12.3f %10.1f" % (name, median * 1e3, best * 1e3, flops / median / 1e9))
        results.append({"shape": name, "medianMs": median * 1e3, "bestMs": best * 1e3,
                        "gflops": flops / median / 1e9})
    if args.json:
        facts = {"numpy": np.__version__, "blas": ", ".join(paths), "core": core, "threads": threads,
                 "coretype": os.environ.get("OPENBLAS_CORETYPE", "(unset)"),
                 "l2size": os.environ.get("OPENBLAS_L2_SIZE", "(unset)"), "repeat": args.repeat,
                 "results": results}
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(facts, out, indent=2)
            out.write("\n")


if __name__ == "__main__":
    main()
