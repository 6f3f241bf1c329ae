#!/usr/bin/env bash
# Compares Verilator build options on the whole NIC core (issue 25): builds the simulation models
# once per option set (NIC_VERILATOR_OPTIONS, read by sim/build.rs), keeps each build's `nicctl`,
# then runs `nicctl bench sim-speed` with each, back to back, and prints one row per option set.
#
#   scripts/sim-speed-variants.sh [OUT_DIR]      (default: target/sim-speed-variants)
#
# Every option set re-verilates every top (several minutes each). The builds use their own target
# directory, so the project's usual build is left as it was. Timings compare only on an otherwise
# idle machine: the measuring runs come after all the builds for that reason.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-target/sim-speed-variants}
if [ -e "$out" ] && [ ! -d "$out" ]; then
    echo "error: $out exists and is not a directory" >&2
    exit 2
fi
mkdir -p "$out"
export CARGO_TARGET_DIR=${SIM_SPEED_TARGET_DIR:-target/sim-speed-build}

# name | extra Verilator options
variants=(
    "baseline|"
    "x_initial_fast|--x-initial fast"
    "cxx_o2|-MAKEFLAGS OPT_FAST=-O2"
    "cxx_native|-CFLAGS -march=native"
    "threads_2|--threads 2"
)
# Verilator's -O0 is left out: the core's generated C++ at -O0 does not build (make: "Argument list
# too long" for Vnic_core__ALL.cpp).

for variant in "${variants[@]}"; do
    name=${variant%%|*}
    options=${variant#*|}
    echo "== building $name: NIC_VERILATOR_OPTIONS='$options'" >&2
    NIC_VERILATOR_OPTIONS="$options" cargo build --release --locked -q -p nicctl
    cp "$CARGO_TARGET_DIR/release/nicctl" "$out/nicctl-$name"
done
for variant in "${variants[@]}"; do
    name=${variant%%|*}
    echo "== measuring $name" >&2
    "$out/nicctl-$name" bench sim-speed --json >"$out/$name.json"
done

python3 - "$out" "${variants[@]}" <<'EOF'
import json, sys
out, variants = sys.argv[1], sys.argv[2:]
print(f"| variant | extra options | nic_core cycles/s | axis_skid_buffer cycles/s (Verilator) |")
print("|---|---|---|---|")
for variant in variants:
    name, options = variant.split("|", 1)
    with open(f"{out}/{name}.json") as f:
        report = json.load(f)
    skid = next(s for s in report["simulators"] if s["simulator"] == "verilator")
    print(f"| {name} | `{options or '(none)'}` | {report['nic_core']['cycles_per_second']:.0f} | {skid['cycles_per_second']:.0f} |")
EOF
