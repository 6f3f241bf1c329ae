//! The packet builder's RTL (Verilator) against the reference model: every opcode with payload
//! sizes around every lane at line rate, and seeded random packets (refused descriptors, short
//! and long payload streams, `valid` gaps, back-pressure). Every frame it sends must also be
//! accepted by the receive parser's model. `NIC_SEED` replays one seed; `NIC_SOAK=1` runs ten
//! times the packets. Outside judges: scapy rebuilds every frame (layout, IPv4 checksum, ICRC),
//! tshark decodes the pcap with no malformed packet, and the parser RTL accepts them all.

use nic_hdl::roce::wire::{self, DropCause, OPCODES};
use nic_sim::models::rx_parser::{parse, ParserConfig};
use nic_sim::stimulus::{rng, seeds, soak};
use nic_sim::models::tx_builder::expected;
use nic_sim::python::python;
use nic_sim::rx::frames::{payload_len, Corruption, Frame};
use nic_sim::rx::testbench as rx;
use nic_sim::verilated::RxParser;
use nic_sim::tx::testbench::{run, run_against, Packet, Traffic};
use nic_sim::tx::packets::{descriptor, random, Fault};
use nic_sim::verilated::TxBuilder;
use rand::Rng;
use std::collections::BTreeSet;

/// The parser's verdict on a frame the builder sent for `packet` (its own P_Key, the largest MTU:
/// the builder does not know path MTUs, so only First/Middle sizes depend on it).
fn parser_verdict(frame: &[u8], packet: &Packet) -> u8 {
    let mtu = match opcode_rule(packet.desc.opcode) {
        wire::PayloadRule::ExactlyMtu => packet.desc.payload_length,
        _ => 4096,
    };
    parse(frame, false, &ParserConfig { pkey: packet.desc.pkey, path_mtu: mtu }).verdict
}

fn opcode_rule(opcode: u8) -> wire::PayloadRule {
    wire::opcode_info(opcode).expect("a supported opcode").rule
}

#[test]
fn every_opcode_and_lane_at_line_rate() {
    let mut rng = rng(3);
    let mut packets = Vec::new();
    for (opcode, info) in OPCODES {
        let lengths: Vec<usize> = match info.rule {
            wire::PayloadRule::Empty => vec![0],
            wire::PayloadRule::ExactlyMtu => vec![256, 1024, 4096],
            wire::PayloadRule::OneToMtu => (1..=17).chain([255, 1000, 4095, 4096]).collect(),
            wire::PayloadRule::UpToMtu => (0..=17).chain([64, 1024, 4096]).collect(),
        };
        for length in lengths {
            let payload: Vec<u8> = (0..length).map(|_| rng.gen()).collect();
            packets.push(Packet::new(descriptor(&mut rng, opcode, length), &payload, rng.gen()));
        }
    }
    let mut dut = TxBuilder::new();
    let report = run(&mut dut, 3, &packets, &Traffic::smooth(), &mut rng).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.frames.len(), packets.len());
    assert_eq!(report.busy_cycles, report.beats_out, "a beat every cycle on back-to-back packets");
    for (frame, packet) in report.frames.iter().zip(&packets) {
        assert_eq!(parser_verdict(frame, packet), 0, "the parser model rejects {:?}", packet.desc);
    }
}

#[test]
fn random_packets_match_the_model() {
    let per_seed = if soak() { 20_000 } else { 2_000 };
    for seed in seeds(&[21, 22, 23, 24]) {
        let mut rng = rng(seed);
        let traffic = Traffic::random(&mut rng);
        let (packets, faults): (Vec<Packet>, Vec<Fault>) = (0..per_seed).map(|_| random(&mut rng, 4096, 10)).unzip();
        let mut dut = TxBuilder::new();
        let report = run(&mut dut, seed, &packets, &traffic, &mut rng).unwrap_or_else(|e| panic!("{e}"));
        println!(
            "seed {seed}: {} packets, {} frames, {} beats, {} cycles, {traffic:?}, bad descriptors {}, payload mismatches {}",
            packets.len(),
            report.frames.len(),
            report.beats_out,
            report.cycles,
            report.stat_bad_descriptors,
            report.stat_payload_mismatches
        );
        let seen: BTreeSet<_> = faults.iter().map(|f| format!("{f:?}")).collect();
        assert_eq!(seen.len(), 4, "seed {seed}: every kind of fault occurs ({seen:?})");
        // What the parser makes of every frame: accepted, or (payload mismatch) a bad ICRC.
        let sent = packets.iter().zip(&faults).filter(|(p, _)| !p.desc.refused());
        for (frame, (packet, fault)) in report.frames.iter().zip(sent) {
            let want = if matches!(fault, Fault::Short | Fault::Long) { DropCause::Icrc.code() } else { 0 };
            assert_eq!(parser_verdict(frame, packet), want, "seed {seed}: {fault:?} {:?}", packet.desc);
        }
    }
}

#[test]
fn the_testbench_catches_a_wrong_frame() {
    // The model sees one payload byte changed; the RTL the original: the run must fail.
    let mut rng = rng(5);
    let packet = Packet::new(descriptor(&mut rng, 0x04, 16), &[7; 16], 0);
    let mut changed = packet.payload.clone();
    changed[1][3] ^= 1;
    let wrong = vec![expected(&packet.desc, &changed)];
    let mut dut = TxBuilder::new();
    let error = run_against(&mut dut, 5, std::slice::from_ref(&packet), &wrong, &Traffic::smooth(), &mut rng).unwrap_err();
    assert!(error.contains("frame"), "{error}");
    let mut dut = TxBuilder::new();
    run(&mut dut, 5, &[packet], &Traffic::smooth(), &mut rng).unwrap_or_else(|e| panic!("{e}"));
}

/// Valid packets of every opcode for one partition and path MTU, sent by the builder's RTL.
fn sent_frames(seed: u64, pkey: u16, mtu: usize, count: usize) -> Vec<Vec<u8>> {
    let mut rng = rng(seed);
    let packets: Vec<Packet> = (0..count)
        .map(|i| {
            let (opcode, info) = OPCODES[i % OPCODES.len()];
            let length = payload_len(&mut rng, info.rule, mtu, mtu);
            let payload: Vec<u8> = (0..length).map(|_| rng.gen()).collect();
            let mut desc = descriptor(&mut rng, opcode, length);
            desc.pkey = pkey;
            Packet::new(desc, &payload, rng.gen())
        })
        .collect();
    let mut dut = TxBuilder::new();
    run(&mut dut, seed, &packets, &Traffic::random(&mut rng), &mut rng).unwrap_or_else(|e| panic!("{e}")).frames
}

#[test]
fn scapy_rebuilds_every_frame_and_tshark_decodes_the_pcap() {
    let frames = sent_frames(31, 0xFFFF, 1024, 400);
    let dir = tempfile::tempdir().unwrap();
    let pcap = dir.path().join("builder.pcap");
    nic_sim::pcap::write(&pcap, &frames).unwrap();

    let scapy = std::process::Command::new(python())
        .args([concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/scapy_check_frames.py")])
        .arg(&pcap)
        .output()
        .expect("python runs");
    let report = String::from_utf8_lossy(&scapy.stdout);
    assert!(scapy.status.success(), "scapy disagrees with the builder:\n{report}{}", String::from_utf8_lossy(&scapy.stderr));
    assert_eq!(report.trim(), format!("ok {}", frames.len()));

    let tshark = std::process::Command::new("tshark")
        .args(["-r"])
        .arg(&pcap)
        // The payloads are random bytes: keep the heuristic payload dissectors (RPC, SMB, NVMe,
        // iSER, SDP over RDMA, EoIB, …) from guessing at them and calling the guess malformed.
        .args(["--disable-protocol", "rpcordma", "--disable-protocol", "smc", "--disable-protocol", "lnet"])
        .args(["--disable-protocol", "fcoib", "--disable-heuristic", "mellanox_eoib", "--disable-heuristic", "nvme_rdma"])
        .args(["--disable-heuristic", "smb_direct_infiniband", "--disable-heuristic", "iser_infiniband"])
        .args(["--disable-heuristic", "sdp_infiniband"])
        .args(["-T", "fields", "-e", "infiniband.bth.opcode", "-e", "infiniband.bth.psn", "-e", "_ws.malformed"])
        .output()
        .expect("tshark runs (scripts/setup.sh installs it)");
    assert!(tshark.status.success(), "{}", String::from_utf8_lossy(&tshark.stderr));
    let lines: Vec<String> = String::from_utf8_lossy(&tshark.stdout).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), frames.len());
    for (line, frame) in lines.iter().zip(&frames) {
        let fields: Vec<&str> = line.split('\t').collect();
        let opcode: u8 = fields[0].parse().unwrap_or_else(|_| panic!("no BTH decoded: {line:?}"));
        assert_eq!(opcode, frame[wire::BTH_OFFSET], "tshark's opcode");
        assert!(fields.get(2).is_none_or(|m| m.is_empty()), "tshark finds a malformed packet: {line:?}");
    }
}

#[test]
fn the_parser_rtl_accepts_every_frame() {
    let (pkey, mtu) = (0x8123, 512);
    let frames: Vec<(Frame, Corruption)> =
        sent_frames(41, pkey, mtu, 300).into_iter().map(|bytes| (Frame { bytes, mac_error: false }, Corruption::None)).collect();
    let mut rng = rng(41);
    let mut parser = RxParser::new();
    let config = ParserConfig { pkey, path_mtu: mtu };
    let report = rx::run(&mut parser, 41, &frames, &config, &rx::Traffic::smooth(), &mut rng).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.counters[0], frames.len() as u64, "counters {:?}", report.counters);
}
