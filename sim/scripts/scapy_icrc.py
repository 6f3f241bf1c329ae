"""ICRC oracle: scapy's RoCE layer recomputes the ICRC of each frame.

stdin: one frame per line, hex, Ethernet without FCS and without the ICRC.
stdout: one line per frame, the 4 ICRC bytes scapy puts on the wire, hex.
"""
import sys

from scapy.contrib.roce import BTH
from scapy.layers.l2 import Ether

for line in sys.stdin:
    frame = bytes.fromhex(line.strip()) + b"\0\0\0\0"
    packet = Ether(frame)
    if BTH not in packet:
        print("no-bth")
        continue
    del packet[BTH].icrc
    rebuilt = Ether(packet.build())
    print(rebuilt[BTH].icrc.to_bytes(4, "big").hex())
