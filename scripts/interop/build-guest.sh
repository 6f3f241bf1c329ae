#!/usr/bin/env bash
# Builds the interop guest: a Debian bookworm kernel and an initramfs with Soft-RoCE (rdma_rxe),
# the NVMe-oF RDMA initiator (nvme-rdma), nvme-cli, iproute2 and busybox — Debian packages only,
# unpacked, no root filesystem. The guest's /init is scripts/interop/init.sh; the data it writes
# is made here from a seed, so the guest can compare every byte it reads back.
#
# Usage: build-guest.sh CACHE_DIR        (writes CACHE_DIR/vmlinuz and CACHE_DIR/initrd.cpio.gz)
# The .debs are downloaded once into CACHE_DIR/debs; the initramfs is rebuilt only when this
# script, init.sh or the data seed changed (a stamp file holds their hash).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cache=${1:?usage: build-guest.sh CACHE_DIR}
seed=${NIC_INTEROP_SEED:-1}
data_mib=${NIC_INTEROP_DATA_MIB:-1}
mkdir -p "$cache/debs"
cache=$(cd "$cache" && pwd)

stamp=$( (cat "$here/build-guest.sh" "$here/init.sh"; echo "seed=$seed mib=$data_mib") | sha256sum | cut -c1-16)
if [ -f "$cache/initrd.cpio.gz" ] && [ -f "$cache/vmlinuz" ] && [ "$(cat "$cache/stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "guest: cached in $cache"
  exit 0
fi

# The kernel the metapackage points at (6.1 on bookworm) and the user-space the guest runs.
kernel_of() { apt-cache depends linux-image-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}'; }
kernel_package=$(kernel_of)
if [ -z "$kernel_package" ] && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq
  kernel_package=$(kernel_of)
fi
[ -n "$kernel_package" ] || { echo "guest: apt-cache knows no linux-image-amd64 (run apt-get update)" >&2; exit 1; }
kernel_version=${kernel_package#linux-image-}
packages="$kernel_package busybox-static nvme-cli libnvme1 iproute2 libmnl0 libelf1 libbpf1 libcap2 libbsd0
  libmd0 libjson-c5 libssl3 libdbus-1-3 libsystemd0 liblz4-1 libgcrypt20 libgpg-error0 libuuid1
  libkeyutils1 zlib1g libc6 libzstd1 liblzma5 libbz2-1.0"
(
  cd "$cache/debs"
  for p in $packages; do
    ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download -qq "$p" 2>&1 | grep -v 'unsandboxed' || true
    ls "${p}"_*.deb >/dev/null 2>&1 || { echo "guest: could not download $p" >&2; exit 1; }
  done
)

work=$(mktemp -d "$cache/build.XXXXXX")
trap 'rm -rf "$work"' EXIT
tree=$work/tree
root=$work/root
mkdir -p "$tree" "$root"
for deb in "$cache"/debs/*.deb; do dpkg-deb -x "$deb" "$tree"; done
depmod -b "$tree" "$kernel_version"

mkdir -p "$root"/{bin,sbin,usr/bin,usr/sbin,proc,sys,dev,tmp,run,etc/nvme,data,lib/x86_64-linux-gnu,lib64}
cp "$tree/bin/busybox" "$root/bin/busybox"
ln -s busybox "$root/bin/sh"

# Dynamic executables with every library they need, found through their NEEDED entries.
declare -A copied
copy_library() {
  local name=$1 dir
  [ -n "${copied[$name]:-}" ] && return 0
  copied[$name]=1
  for dir in "$tree/lib/x86_64-linux-gnu" "$tree/usr/lib/x86_64-linux-gnu"; do
    if [ -e "$dir/$name" ]; then
      cp -L "$dir/$name" "$root/lib/x86_64-linux-gnu/$name"
      local needed
      for needed in $(objdump -p "$dir/$name" | awk '/NEEDED/{print $2}'); do copy_library "$needed"; done
      return 0
    fi
  done
  echo "guest: library $name not found in the unpacked packages" >&2
  exit 1
}
copy_program() {
  cp -L "$tree/$1" "$root/$2"
  local needed
  for needed in $(objdump -p "$tree/$1" | awk '/NEEDED/{print $2}'); do copy_library "$needed"; done
}
copy_program usr/sbin/nvme usr/sbin/nvme
copy_program usr/bin/rdma usr/bin/rdma
copy_program bin/ip sbin/ip
cp -L "$tree/lib64/ld-linux-x86-64.so.2" "$root/lib64/"

# Kernel modules in load order (modprobe resolves the dependencies against the unpacked tree).
: > "$root/modules.list"
for module in virtio_pci virtio_net crc32_generic rdma_rxe nvme-rdma; do
  modprobe -d "$tree" -S "$kernel_version" --show-depends "$module" | awk '$1=="insmod"{print $2}' | while read -r path; do
    relative=${path#*/lib/modules/$kernel_version/}
    grep -qxF "$relative" "$root/modules.list" && continue
    echo "$relative" >> "$root/modules.list"
    mkdir -p "$root/lib/modules/$kernel_version/$(dirname "$relative")"
    cp "$path" "$root/lib/modules/$kernel_version/$relative"
  done
done

echo "nqn.2014-08.org.nvmexpress:uuid:6e696363-746c-4000-8000-696e7465726f" > "$root/etc/nvme/hostnqn"
echo "6e696363-746c-4000-8000-696e7465726f" > "$root/etc/nvme/hostid"

# The data the guest writes: seeded, so a failed comparison can be reproduced.
python3 - "$root/data" "$seed" "$data_mib" <<'PY'
import random, sys
out, seed, mib = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for i, name in enumerate(("before.bin", "during.bin")):
    with open(f"{out}/{name}", "wb") as f:
        f.write(random.Random(seed * 1000 + i).randbytes(mib << 20))
PY

cp "$here/init.sh" "$root/init"
chmod +x "$root/init"
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0 | gzip -6) > "$cache/initrd.cpio.gz.new"
cp "$tree/boot/vmlinuz-$kernel_version" "$cache/vmlinuz"
mv "$cache/initrd.cpio.gz.new" "$cache/initrd.cpio.gz"
echo "$stamp" > "$cache/stamp"
echo "guest: $kernel_package, $(wc -l < "$root/modules.list") modules, initramfs $(du -h "$cache/initrd.cpio.gz" | cut -f1) in $cache"
