"""Judges frames with scapy's RoCE layer: each frame of a pcap is dissected and rebuilt with the
IPv4 length and checksum, the UDP length and the ICRC recomputed by scapy; the rebuild must equal
the frame (up to its Ethernet padding, which must be zeros up to 60 bytes).

argv: pcap. stdout: "ok N" or one line per frame that differs; exit status 1 if any does.
"""
import sys

from scapy.contrib.roce import BTH
from scapy.layers.inet import IP, UDP
from scapy.layers.l2 import Ether
from scapy.utils import rdpcap

bad = 0
frames = rdpcap(sys.argv[1])
for number, packet in enumerate(frames):
    raw = bytes(packet)
    ip_end = 14 + Ether(raw)[IP].len
    frame = Ether(raw[:ip_end])
    problems = []
    if BTH not in frame or frame[UDP].dport != 4791:
        problems.append("not RoCEv2")
    else:
        del frame[IP].len, frame[IP].chksum, frame[UDP].len, frame[BTH].icrc
        rebuilt = bytes(frame)
        if rebuilt != raw[:ip_end]:
            problems.append("scapy rebuilds %s" % rebuilt.hex())
    if len(raw) != max(ip_end, 60) or any(raw[ip_end:]):
        problems.append("Ethernet padding wrong: %d bytes for IP end %d" % (len(raw), ip_end))
    if problems:
        bad += 1
        print("frame %d: %s\n  sent     %s" % (number, "; ".join(problems), raw.hex()))
print("ok %d" % (len(frames) - bad))
sys.exit(1 if bad else 0)
