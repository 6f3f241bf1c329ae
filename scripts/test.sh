#!/usr/bin/env bash
# README command 2: install what is missing, then run every test (Verilator, lint, synthesis, e2e).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
scripts/setup.sh
export PATH="$root/.venv/bin:$PATH"
cargo test --workspace --locked "$@"
