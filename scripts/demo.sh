#!/usr/bin/env bash
# README command 1: install what is missing, build optimised, run the simulated device end to end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/setup.sh
export PATH="$root/.venv/bin:$PATH"
cargo run --release --locked -p nicctl -- demo --out "${1:-out/demo}" "${@:2}"
