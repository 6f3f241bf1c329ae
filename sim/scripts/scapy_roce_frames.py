"""Frames built by scapy's RoCE layer, for the parser: scapy computes the ICRC.

argv: count seed. stdout: one frame per line, hex (Ethernet without FCS, ICRC included).
"""
import random
import sys

from scapy.contrib.roce import BTH
from scapy.layers.inet import IP, UDP
from scapy.layers.l2 import Ether

count, seed = int(sys.argv[1]), int(sys.argv[2])
rng = random.Random(seed)
# Opcodes whose extension headers scapy does not model are built with raw extension bytes.
EXT = {0x03: 4, 0x05: 4, 0x06: 16, 0x09: 4, 0x0A: 16, 0x0B: 20, 0x0C: 16, 0x0D: 4, 0x0F: 4, 0x10: 4,
       0x11: 4, 0x16: 4, 0x17: 4, 0x64: 8}
ONLY = [0x04, 0x05, 0x0A, 0x0B, 0x10, 0x17, 0x64]
for _ in range(count):
    opcode = rng.choice(ONLY + [0x0C, 0x11])
    length = 0 if opcode in (0x0C, 0x11) else rng.randrange(0, 300)
    pad = -length % 4
    payload = bytes(rng.randrange(256) for _ in range(EXT.get(opcode, 0) + length + pad))
    packet = (
        Ether(dst="02:00:00:00:00:%02x" % rng.randrange(256), src="02:00:00:00:01:%02x" % rng.randrange(256))
        / IP(src="10.0.0.%d" % rng.randrange(1, 255), dst="10.0.1.%d" % rng.randrange(1, 255),
             tos=rng.randrange(256), ttl=rng.randrange(1, 256), id=rng.randrange(65536), flags="DF")
        / UDP(sport=rng.randrange(49152, 65536), dport=4791, chksum=0)
        / BTH(opcode=opcode, solicited=rng.randrange(2), migreq=rng.randrange(2), padcount=pad,
              pkey=0xFFFF, dqpn=rng.randrange(1 << 24), ackreq=rng.randrange(2), psn=rng.randrange(1 << 24))
        / payload
    )
    print(bytes(packet).hex())
