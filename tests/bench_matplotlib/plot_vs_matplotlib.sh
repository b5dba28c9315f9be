#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Whole-process time and peak memory of `actlab plot --preset activation-functions -o fig.png|svg`
# against the material's own matplotlib script for the same figure (Agg, 1000 x 600 px).
# hyperfine runs the two commands in alternating rounds (warm-up first) so that load changes on a
# shared machine hit both alike; the medians are taken over all rounds. Peak RSS from /usr/bin/time -v.
#
# Usage: tests/bench_matplotlib/plot_vs_matplotlib.sh [path/to/actlab] [rounds] [runs-per-round]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
actlab=${1:-$here/../../.build/dev/app/actlab}
rounds=${2:-5}
runs=${3:-5}
py=/usr/bin/python3
script=$here/figure1_matplotlib.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 2; }
[ -x "$actlab" ] || { echo "no actlab executable at $actlab" >&2; exit 2; }

for ext in png svg; do
  i=1
  while [ "$i" -le "$rounds" ]; do
    hyperfine --style none --warmup 2 --runs "$runs" --export-json "$work/$ext-$i.json" \
      -n actlab "$actlab plot --preset activation-functions -o $work/actlab.$ext" \
      -n matplotlib "$py $script $work/mpl.$ext" >/dev/null
    i=$((i + 1))
  done
done

peak() { # median of 5 peak-RSS readings in MiB
  for _ in 1 2 3 4 5; do
    /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ {print $2}'
  done | sort -n | sed -n 3p | awk '{printf "%.1f", $1 / 1024}'
}
rss_a_png=$(peak "$actlab" plot --preset activation-functions -o "$work/a.png")
rss_m_png=$(peak "$py" "$script" "$work/m.png")
rss_a_svg=$(peak "$actlab" plot --preset activation-functions -o "$work/a.svg")
rss_m_svg=$(peak "$py" "$script" "$work/m.svg")

"$py" - "$work" "$rss_a_png" "$rss_m_png" "$rss_a_svg" "$rss_m_svg" <<'PY'
import glob, json, statistics, sys
work, rss = sys.argv[1], sys.argv[2:]
print("| output | actlab median | matplotlib median | speed-up | actlab peak RSS | matplotlib peak RSS |")
print("|---|---|---|---|---|---|")
for k, ext in enumerate(("png", "svg")):
    times = {"actlab": [], "matplotlib": []}
    for path in sorted(glob.glob(f"{work}/{ext}-*.json")):
        for result in json.load(open(path))["results"]:
            times[result["command"]] += result["times"]
    a = statistics.median(times["actlab"]) * 1000
    m = statistics.median(times["matplotlib"]) * 1000
    print(f"| {ext.upper()} 1000x600 | {a:.1f} ms | {m:.1f} ms | {m / a:.1f}x | "
          f"{rss[2 * k]} MiB | {rss[2 * k + 1]} MiB |")
print(f"\n({len(times['actlab'])} runs of each per format, in alternating rounds after warm-up)")
PY
