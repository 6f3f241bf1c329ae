#!/bin/sh
# /init of the interop guest (built by build-guest.sh): Soft-RoCE on eth0, the kernel's NVMe-oF
# RDMA initiator connected to the simulated NIC, then seeded data written, read back and compared
# before, during and after controller A's link is pulled. Every result is a console line
# `INTEROP key=value` that scripts/interop.sh reads; `INTEROP failover=begin` tells it when to pull
# the link. Settings come from the kernel command line (interop.nic_ip=…, interop.host_ip=…,
# interop.nqn=…).
/bin/busybox --install -s /bin
export PATH=/usr/sbin:/usr/bin:/sbin:/bin LD_LIBRARY_PATH=/lib/x86_64-linux-gnu
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
setting() { sed -n "s/.*interop\.$1=\([^ ]*\).*/\1/p" /proc/cmdline; }
now() { cut -d' ' -f1 /proc/uptime; }
say() { echo "INTEROP $*"; }
NIC_IP=$(setting nic_ip); HOST_IP=$(setting host_ip); NQN=$(setting nqn)
ERRORS=0
fail() { ERRORS=$((ERRORS + 1)); say "error=\"$*\""; }

say phase=boot uptime=$(now)
# The CPU-specific CRC modules need instructions TCG may not offer: the generic ones stand in.
for m in $(cat /modules.list); do
  insmod "/lib/modules/$(uname -r)/$m" 2>/dev/null || case $m in *pclmul*) ;; *) fail "insmod $m" ;; esac
done
ip link set lo up
ip addr add "$HOST_IP/24" dev eth0
ip link set eth0 up
rdma link add rxe0 type rxe netdev eth0 || fail "rdma link add"
say phase=rxe uptime=$(now)

say phase=connect uptime=$(now)
if ! nvme connect -t rdma -a "$NIC_IP" -s 4420 -n "$NQN" --nr-io-queues=1 --queue-size=32; then
  fail "nvme connect"
fi
for i in $(seq 600); do [ -b /dev/nvme0n1 ] && break; sleep 0.1; done
if [ -b /dev/nvme0n1 ]; then say connected=1 uptime=$(now); else fail "no /dev/nvme0n1"; fi
nvme list
DEV=/dev/nvme0n1
BYTES=$(wc -c < /data/before.bin)
BLOCKS=$((BYTES / 4096))

# write FILE at 4 KiB block SEEK; check DEV's blocks against FILE
write() { dd if="$1" of=$DEV bs=4k seek="$2" oflag=direct conv=fsync 2>/dev/null || fail "write $1"; }
check() {
  dd if=$DEV of=/tmp/readback bs=4k skip="$2" count=$BLOCKS iflag=direct 2>/dev/null || fail "read for $1"
  if cmp -s /tmp/readback "$1"; then say "verify_$3=ok"; else say "verify_$3=mismatch"; ERRORS=$((ERRORS + 1)); fi
}
# timed I/O: N 4 KiB operations by P processes at queue depth 1 each; prints ops per second
timed() {
  direction=$1; count=$2; procs=$3; start=$(now)
  for p in $(seq 0 $((procs - 1))); do
    if [ "$direction" = write ]; then
      dd if=/data/during.bin of=$DEV bs=4k count="$count" seek=$((4 * BLOCKS + p * count)) oflag=direct 2>/dev/null || fail "timed write" &
    else
      dd if=$DEV of=/dev/null bs=4k count="$count" skip=$((p * count)) iflag=direct 2>/dev/null || fail "timed read" &
    fi
  done
  wait
  say "bench_${direction}_qd${procs}_ops=$((count * procs)) bench_${direction}_qd${procs}_seconds=$(awk "BEGIN{print $(now) - $start}")"
}

write /data/before.bin 0
check /data/before.bin 0 before
# 512-byte writes: small enough to travel as in-capsule data (the controllers advertise 2 KiB capsules)
SMALL=$((3 * BLOCKS))
dd if=/data/during.bin of=$DEV bs=512 count=32 seek=$((8 * SMALL)) oflag=direct 2>/dev/null || fail "small writes"
head -c 16384 /data/during.bin > /tmp/small.bin
dd if=$DEV of=/tmp/readback bs=4k skip=$SMALL count=4 iflag=direct 2>/dev/null || fail "read of the small writes"
if cmp -s /tmp/readback /tmp/small.bin; then say "verify_in_capsule=ok"; else say "verify_in_capsule=mismatch"; ERRORS=$((ERRORS + 1)); fi
timed write 64 1
timed read 64 1
timed write 8 16
timed read 8 16

say failover=begin uptime=$(now)
write /data/during.bin "$BLOCKS"
check /data/before.bin 0 during_a
check /data/during.bin "$BLOCKS" during_b
write /data/before.bin $((2 * BLOCKS))
check /data/before.bin $((2 * BLOCKS)) during_c
say failover=end uptime=$(now)

check /data/before.bin 0 after_a
check /data/during.bin "$BLOCKS" after_b
check /data/before.bin $((2 * BLOCKS)) after_c

KERNEL=$(dmesg | grep -ciE 'nvme.*(reset|I/O error|timeout|error)|blk_update_request|Buffer I/O error')
dmesg | grep -iE 'nvme|rxe|rdma' | tail -30
say kernel_errors=$KERNEL
nvme disconnect -n "$NQN" && say disconnected=1
say io_errors=$ERRORS
say done uptime=$(now)
poweroff -f
