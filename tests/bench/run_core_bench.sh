#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Times ActLab's span evaluation (Google Benchmark, tests/bench/bench_core.cpp) and PyTorch
# (tests/bench/torch_bench.py: one thread, float64, forward and autograd) on the same 10^6 inputs in one
# run, and prints a markdown table: ns per element and ratios (PyTorch time / ActLab time, so > 1 means
# ActLab is faster).
#
#   tests/bench/run_core_bench.sh [BUILD_DIR]       (default: .build/bench, configured with the `bench` preset)
#
# Environment: MIN_TIME (seconds per measurement, default 0.3), REPETITIONS (ActLab runs, best taken; default 3),
# IDS (comma-separated subset), PYTHON (default /usr/bin/python3, which has python3-torch).
# Both processes run with glibc's malloc told to keep freed memory (no page faults from fresh 8 MB
# buffers in every PyTorch call; ActLab preallocates its outputs), so the table compares computation.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/.build/bench}
python=${PYTHON:-/usr/bin/python3}
min_time=${MIN_TIME:-0.3}
reps=${REPETITIONS:-3}
ids=${IDS:-}

if [ ! -x "$build/tests/bench/actlab_bench_core" ]; then
    if [ "$build" = "$root/.build/bench" ]; then
        (cd "$root" && cmake --preset bench >/dev/null && cmake --build --preset bench --target actlab_bench_core) >&2
    else
        echo "run_core_bench.sh: $build/tests/bench/actlab_bench_core not found; configure with -DACTLAB_BUILD_BENCHMARKS=ON and build target actlab_bench_core" >&2
        exit 2
    fi
fi
bench="$build/tests/bench/actlab_bench_core"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
export MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=4294967295 MALLOC_TOP_PAD_=67108864

"$bench" --dump-inputs "$tmp/x.bin"

filter='.*'
torch_ids=''
if [ -n "$ids" ]; then
    filter="/($(echo "$ids" | tr ',' '|'))\$"
    torch_ids="--ids $ids"
fi
echo "run_core_bench.sh: ActLab (Google Benchmark) ..." >&2
"$bench" --benchmark_filter="$filter" --benchmark_min_time="$min_time" --benchmark_repetitions="$reps" \
    --benchmark_format=json >"$tmp/actlab.json"
echo "run_core_bench.sh: PyTorch ..." >&2
# shellcheck disable=SC2086
"$python" "$here/torch_bench.py" --inputs "$tmp/x.bin" --min-time "$min_time" $torch_ids >"$tmp/torch.json"

"$python" - "$tmp/actlab.json" "$tmp/torch.json" <<'PY'
import json, sys
actlab = json.load(open(sys.argv[1]))
torch = json.load(open(sys.argv[2]))
ns = {}
for b in actlab["benchmarks"]:
    if b.get("run_type", "iteration") != "iteration":
        continue
    kind, fid = b.get("run_name", b["name"]).split("/", 1)
    t = 1e9 / b["items_per_second"]
    ns[(fid, kind)] = min(t, ns.get((fid, kind), t))
ctx = actlab["context"]
print("%s CPUs at %s MHz; PyTorch %s, %d thread, float64; %d elements (7/8 uniform on [-10, 10], 1/16 with "
      "10 < |x| < 1000, 1/16 with |x| < 2^-20)."
      % (ctx.get("num_cpus", "?"), ctx.get("mhz_per_cpu", "?"), torch["torch"], torch["threads"], torch["n"]))
print("Times are CPU ns per element, the best of several runs for both. Ratios are PyTorch time / ActLab time: "
      "> 1 means ActLab is faster.")
print("* = no PyTorch module; composed from torch ops.")
print()
print("| id | ActLab f | ActLab f,f',f'' | PyTorch f (fwd) | PyTorch f,f' (fwd+bwd) | PyTorch f,f',f'' (double bwd) "
      "| ratio f | ratio f,f' vs ActLab all | ratio f,f',f'' |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
f2 = lambda v: "%.2f" % v if v is not None else "n/a"
r2 = lambda a, b: "%.2f" % (a / b) if a is not None and b else "n/a"
for fid, t in torch["results"].items():
    a_f, a_all = ns.get((fid, "f")), ns.get((fid, "fdd"))
    name = fid + (" *" if t["composed"] else "")
    print("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
        name, f2(a_f), f2(a_all), f2(t["fwd"]), f2(t["bwd"]), f2(t["bwd2"]),
        r2(t["fwd"], a_f), r2(t["bwd"], a_all), r2(t["bwd2"], a_all)))
PY
