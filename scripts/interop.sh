#!/usr/bin/env bash
# README command 3: a stock Linux host against the simulated NIC. A QEMU guest (Debian's kernel,
# Soft-RoCE, the kernel's NVMe-oF RDMA initiator, nvme-cli) connects through the verilated NIC
# core to controllers A and B, writes seeded data, reads it back and compares it; controller A's
# link is pulled (`nicctl link down a`) while it does I/O; every byte is checked again after.
#
# Usage: scripts/interop.sh [OUT_DIR]          (default out/interop)
# Writes OUT_DIR/summary.json (pass/fail with the reasons, the guest's I/O figures, the failover
# pause, the NIC's counters), guest.pcap (the guest's link: tshark decodes CM and NVMe),
# console.log (the guest's console) and nic.log. Exits non-zero when anything failed.
# Env: NIC_INTEROP_CACHE (guest image cache, default ~/.cache/nic-interop), NIC_INTEROP_TIMEOUT
# (seconds the guest may run, default 1200), NIC_INTEROP_PULL_DELAY (seconds from the guest's
# `failover=begin` to the pull, default 2), NICCTL (a nicctl already built).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-out/interop}
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$root"
scripts/setup.sh
export PATH="$root/.venv/bin:$PATH"

cache=${NIC_INTEROP_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/nic-interop}
scripts/interop/build-guest.sh "$cache"
# The test command passes the nicctl it built; otherwise a release build.
nicctl=${NICCTL:-}
if [ -z "$nicctl" ]; then
  cargo build --release --locked -q -p nicctl
  nicctl=$root/target/release/nicctl
fi

nic_ip=10.0.0.2
host_ip=10.0.0.1
nqn=nqn.2026-12.io.nic-hdl:shared-namespace
# Unix socket paths are short (108 bytes): they live in a fresh temporary directory.
sockets=$(mktemp -d /tmp/nic-interop.XXXXXX)
nic_pid=""
qemu_pid=""
cleanup() {
  [ -n "$qemu_pid" ] && kill "$qemu_pid" 2>/dev/null || true
  [ -n "$nic_pid" ] && kill "$nic_pid" 2>/dev/null || true
  rm -rf "$sockets"
}
trap cleanup EXIT
rm -f "$out"/{summary.json,guest.pcap,nic-report.json,console.log,nic.log,pull.log}

"$nicctl" sim nic --ethernet "unix:$sockets/wire" --control "$sockets/control" --ip "$nic_ip" \
  --pcap "$out/guest.pcap" --report "$out/nic-report.json" --exit-when-guest-leaves > "$out/nic.log" 2>&1 &
nic_pid=$!
for _ in $(seq 100); do [ -S "$sockets/control" ] && break; sleep 0.1; done
[ -S "$sockets/control" ] || { echo "interop: the simulated NIC did not start:" >&2; cat "$out/nic.log" >&2; exit 1; }

# TCG: this machine's /dev/kvm is a nested driver on which the stock kernel hangs at boot.
started=$(date +%s.%N)
timeout "${NIC_INTEROP_TIMEOUT:-1200}" qemu-system-x86_64 -accel tcg -m 512 -smp 1 -nographic -no-reboot \
  -kernel "$cache/vmlinuz" -initrd "$cache/initrd.cpio.gz" \
  -append "console=ttyS0 quiet panic=-1 interop.nic_ip=$nic_ip interop.host_ip=$host_ip interop.nqn=$nqn" \
  -netdev "stream,id=n0,server=off,addr.type=unix,addr.path=$sockets/wire" \
  -device virtio-net-pci,netdev=n0,mac=52:54:00:12:34:56 < /dev/null > "$out/console.log" 2>&1 &
qemu_pid=$!

# Pull A's link once the guest says its failover I/O has begun.
pulled=""
while kill -0 "$qemu_pid" 2>/dev/null; do
  if [ -z "$pulled" ] && grep -q "INTEROP failover=begin" "$out/console.log"; then
    sleep "${NIC_INTEROP_PULL_DELAY:-2}"
    during_io=1
    grep -q "INTEROP failover=end" "$out/console.log" && during_io=0
    "$nicctl" --device "nic:$sockets/control" link down a > "$out/pull.log" 2>&1 || { echo "interop: link down a failed:" >&2; cat "$out/pull.log" >&2; }
    pulled=$during_io
    when="during the guest's I/O"
    [ "$during_io" = 1 ] || when="after the guest's failover I/O had ended"
    echo "interop: controller A's link pulled $when"
  fi
  sleep 0.5
done
qemu_status=0
wait "$qemu_pid" || qemu_status=$?
qemu_pid=""
for _ in $(seq 100); do kill -0 "$nic_pid" 2>/dev/null || break; sleep 0.1; done
kill "$nic_pid" 2>/dev/null || true
wait "$nic_pid" 2>/dev/null || true
nic_pid=""
wall=$(awk "BEGIN{print $(date +%s.%N) - $started}")

# tshark judges the guest's link: the CM exchange, NVMe-oF capsules, nothing malformed.
count() { tshark -r "$out/guest.pcap" -Y "$1" 2>/dev/null | wc -l; }
cm_frames=$(count "infiniband.mad.attributeid"); nvme_commands=$(count "nvme.cmd.opc"); malformed=$(count "_ws.malformed || _ws.expert.severity == error")

python3 - "$out" "$qemu_status" "${pulled:-0}" "$wall" "$cm_frames" "$nvme_commands" "$malformed" <<'PY'
import json, re, sys
out, qemu_status, pulled, wall, cm_frames, nvme_commands, malformed = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7])
guest = {}
for line in open(f"{out}/console.log", errors="replace"):
    line = line.strip()
    if line.startswith("INTEROP "):
        for key, value in re.findall(r'(\w+)=("[^"]*"|\S+)', line[8:]):
            guest.setdefault(key, []).append(value.strip('"'))
        if line[8:].strip() == "done" or line[8:].startswith("done "):
            guest["done"] = ["1"]
one = lambda key, default=None: guest.get(key, [default])[-1]
try:
    nic = json.load(open(f"{out}/nic-report.json"))
except (OSError, ValueError) as e:
    nic = {"error": str(e), "counters": {}}
counters = nic.get("counters", {})
verifies = {k[len("verify_"):]: v[-1] for k, v in guest.items() if k.startswith("verify_")}
bench = {}
for direction in ("write", "read"):
    for depth in (1, 16):
        ops, seconds = one(f"bench_{direction}_qd{depth}_ops"), one(f"bench_{direction}_qd{depth}_seconds")
        if ops and seconds and float(seconds) > 0:
            iops = int(ops) / float(seconds)
            bench[f"{direction}_4k_qd{depth}"] = {"iops": round(iops, 1), "megabytes_per_second": round(iops * 4096 / 1e6, 3)}
failures = []
if qemu_status != 0: failures.append(f"qemu exited with {qemu_status} (124: the guest ran out of time)")
if one("connected") != "1": failures.append("the guest never saw /dev/nvme0n1")
if "done" not in guest: failures.append("the guest did not finish its script")
for name, verdict in verifies.items():
    if verdict != "ok": failures.append(f"data mismatch: {name}")
if len(verifies) < 8: failures.append(f"only {len(verifies)} of 8 verifications ran")
in_capsule = counters.get("controller_a_in_capsule_writes", 0) + counters.get("controller_b_in_capsule_writes", 0)
if in_capsule < 32: failures.append(f"{in_capsule} writes came as in-capsule data (32 expected from the 512-byte writes)")
if one("io_errors", "?") != "0": failures.append(f"guest I/O errors: {one('io_errors', 'none reported')} ({'; '.join(guest.get('error', []))})")
if one("kernel_errors", "?") != "0": failures.append(f"guest kernel NVMe errors or resets: {one('kernel_errors', 'none reported')}")
if not pulled: failures.append("controller A's link was not pulled while the guest did I/O")
if counters.get("connector_failovers", 0) < 1: failures.append("the NIC saw no failover")
if cm_frames < 3: failures.append(f"tshark decoded {cm_frames} CM frames (REQ, REP, RTU expected)")
if nvme_commands < 1: failures.append("tshark decoded no NVMe command")
if malformed: failures.append(f"tshark found {malformed} malformed frames")
summary = {
    "passed": not failures,
    "failures": failures,
    "wall_seconds": round(wall, 1),
    "guest": {"verifications": verifies, "io_errors": one("io_errors"), "kernel_errors": one("kernel_errors"), "disconnected": one("disconnected") == "1"},
    "in_capsule_writes": in_capsule,
    "link_pulled_during_io": pulled,
    "bench": {
        **bench,
        "simulated_cycles_per_second": round(nic.get("simulated_cycles_per_second", 0)),
        "pause_across_link_down_ms": nic.get("pause_across_link_down_ms"),
        "longest_completion_gap_before_link_down_ms": nic.get("longest_completion_gap_before_link_down_ms"),
        "longest_completion_gap_after_link_down_ms": nic.get("longest_completion_gap_after_link_down_ms"),
    },
    "tshark": {"cm_frames": cm_frames, "nvme_commands": nvme_commands, "malformed": malformed},
    "nic": nic,
}
json.dump(summary, open(f"{out}/summary.json", "w"), indent=2)
print(json.dumps({k: summary[k] for k in ("passed", "failures", "wall_seconds", "link_pulled_during_io", "bench", "tshark")}, indent=2))
sys.exit(0 if summary["passed"] else 1)
PY
