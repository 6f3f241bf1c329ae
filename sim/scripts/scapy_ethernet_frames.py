"""Ethernet frames built by scapy, with their FCS by zlib's CRC-32 (an oracle independent of the
project's CRC code), for the MAC receiver's test. Usage: scapy_ethernet_frames.py SEED COUNT.
Prints one frame a line in hex, FCS (least significant byte first) included."""
import random
import sys
import zlib

from scapy.all import IP, UDP, Dot1Q, Ether, Raw, raw

seed, count = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
for _ in range(count):
    payload = bytes(rng.getrandbits(8) for _ in range(rng.choice([0, 1, 18, 100, rng.randrange(0, 1473)])))
    l3 = IP(src="10.0.0.1", dst="10.0.0.2") / UDP(sport=rng.randrange(1024, 65536), dport=4791) / Raw(payload)
    frame = Ether(src="02:00:00:00:00:01", dst="02:00:00:00:00:02")
    if rng.random() < 0.3:
        frame = frame / Dot1Q(vlan=rng.randrange(1, 4095)) / l3
    else:
        frame = frame / l3
    body = raw(frame)
    body += bytes(max(0, 60 - len(body)))  # padding up to the minimum frame
    print((body + zlib.crc32(body).to_bytes(4, "little")).hex())
