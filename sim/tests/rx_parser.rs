//! The receive parser's RTL (Verilator) against the reference model: directed frames of every
//! opcode at line rate, the ConnectX-4 golden frame, and seeded random traffic (valid and
//! corrupted frames, `tvalid` gaps, back-pressure on every output). `NIC_SEED` replays one seed;
//! `NIC_SOAK=1` runs ten times the frames.

use nic_hdl::roce::wire::{self, DropCause, OPCODES, PATH_MTUS};
use nic_sim::models::icrc::connectx4_cnp;
use nic_sim::models::rx_parser::{parse, ParserConfig};
use nic_sim::python::{hex_bytes, python};
use nic_sim::rx::frames::{corrupt, random_valid, valid_frame, Corruption, Frame};
use nic_sim::rx::testbench::{run, run_configured, Traffic};
use nic_sim::stimulus::{rng, seeds, soak};
use nic_sim::verilated::RxParser;
use rand::seq::SliceRandom;
use rand::Rng;
use std::collections::BTreeSet;

fn clean(bytes: Vec<u8>) -> (Frame, Corruption) {
    (Frame { bytes, mac_error: false }, Corruption::None)
}

#[test]
fn every_opcode_at_every_path_mtu_is_accepted_at_line_rate() {
    let mut rng = rng(7);
    for mtu in PATH_MTUS {
        let config = ParserConfig { pkey: 0x1234, path_mtu: mtu };
        let mut frames = Vec::new();
        for (opcode, info) in OPCODES {
            let lengths: Vec<usize> = match info.rule {
                wire::PayloadRule::Empty => vec![0],
                wire::PayloadRule::ExactlyMtu => vec![mtu],
                wire::PayloadRule::OneToMtu => vec![1, 2, 3, 4, 5, 7, 8, 9, 13, 14, 15, 16, 17, mtu - 1, mtu],
                wire::PayloadRule::UpToMtu => vec![0, 1, 2, 3, 4, 6, 8, 10, 12, 14, 16, 18, 100, mtu],
            };
            for len in lengths {
                frames.push(clean(valid_frame(&mut rng, opcode, len, config.pkey)));
            }
        }
        for (f, _) in &frames {
            assert_eq!(parse(&f.bytes, false, &config).verdict, 0, "the model rejects a valid frame");
        }
        let mut dut = RxParser::new();
        let report = run(&mut dut, 7, &frames, &config, &Traffic::smooth(), &mut rng).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(report.counters[0], frames.len() as u64);
        assert_eq!(report.busy_cycles, report.beats_in, "MTU {mtu}: a beat every cycle on back-to-back frames");
    }
}

#[test]
fn the_connectx4_golden_cnp_is_accepted() {
    let mut rng = rng(1);
    let frame = connectx4_cnp();
    let config = ParserConfig { pkey: 0xFFFF, path_mtu: 1024 };
    assert_eq!(parse(&frame, false, &config).verdict, 0);
    let mut damaged = frame.clone();
    damaged[60] ^= 0x10;
    assert_eq!(parse(&damaged, false, &config).cause(), Some(DropCause::Icrc));
    let mut dut = RxParser::new();
    let frames = vec![clean(frame), clean(damaged)];
    let report = run(&mut dut, 1, &frames, &config, &Traffic::smooth(), &mut rng).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.counters[0], 1);
    assert_eq!(report.counters[DropCause::Icrc.code() as usize], 1);
}

#[test]
fn random_valid_and_corrupted_frames_match_the_model() {
    let per_seed = if soak() { 250_000 } else { 25_000 };
    let mut causes = BTreeSet::new();
    let mut accepted_opcodes = BTreeSet::new();
    let mut total = 0;
    for seed in seeds(&[11, 12, 13, 14]) {
        let mut rng = rng(seed);
        let config = ParserConfig { pkey: rng.gen(), path_mtu: *[256, 512, 1024].choose(&mut rng).unwrap() };
        let traffic = Traffic::random(&mut rng);
        let frames: Vec<(Frame, Corruption)> = (0..per_seed)
            .map(|_| {
                let mut frame = Frame { bytes: random_valid(&mut rng, config.pkey, config.path_mtu, 600), mac_error: false };
                let how = if rng.gen_ratio(2, 5) { corrupt(&mut rng, &mut frame) } else { Corruption::None };
                (frame, how)
            })
            .collect();
        for (f, _) in &frames {
            let p = parse(&f.bytes, f.mac_error, &config);
            match p.cause() {
                Some(c) => causes.insert(c),
                None => accepted_opcodes.insert(f.bytes[wire::BTH_OFFSET]),
            };
        }
        let mut dut = RxParser::new();
        let report = run(&mut dut, seed, &frames, &config, &traffic, &mut rng).unwrap_or_else(|e| panic!("{e}"));
        total += report.frames;
        println!("seed {seed}: {} frames, {} beats, {} cycles, {traffic:?}, counters {:?}", report.frames, report.beats_in, report.cycles, report.counters);
    }
    assert!(total >= 100_000 || std::env::var("NIC_SEED").is_ok());
    // Coverage: every drop cause was exercised and every opcode accepted.
    let missing: Vec<_> = DropCause::ALL.iter().filter(|c| !causes.contains(c)).collect();
    assert!(missing.is_empty(), "causes never exercised: {missing:?}");
    assert_eq!(accepted_opcodes.len(), OPCODES.len(), "opcodes never accepted");
}

#[test]
fn frames_scapy_builds_are_accepted_with_their_icrc() {
    let output = std::process::Command::new(python())
        .args([concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/scapy_roce_frames.py"), "300", "5"])
        .output()
        .expect("python runs");
    assert!(output.status.success(), "scapy failed: {}", String::from_utf8_lossy(&output.stderr));
    let frames: Vec<(Frame, Corruption)> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|line| clean(hex_bytes(line)))
        .collect();
    assert_eq!(frames.len(), 300);
    let config = ParserConfig { pkey: 0xFFFF, path_mtu: 1024 };
    let mut rng = rng(5);
    let mut dut = RxParser::new();
    let report = run(&mut dut, 5, &frames, &config, &Traffic::random(&mut rng), &mut rng).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.counters[0], 300, "every frame scapy built is accepted: counters {:?}", report.counters);
    // And one flipped ICRC bit each is caught.
    let flipped: Vec<(Frame, Corruption)> = frames
        .iter()
        .map(|(f, _)| {
            let mut bytes = f.bytes.clone();
            let last = bytes.len() - 1;
            bytes[last] ^= 0x01;
            (Frame { bytes, mac_error: false }, Corruption::BitFlip)
        })
        .collect();
    let mut dut = RxParser::new();
    let report = run(&mut dut, 5, &flipped, &config, &Traffic::smooth(), &mut rng).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report.counters[DropCause::Icrc.code() as usize], 300);
}

#[test]
fn the_testbench_catches_a_parser_that_disagrees_with_the_model() {
    // The RTL is set up for another partition than the model: every verdict differs.
    let mut rng = rng(3);
    let model = ParserConfig { pkey: 0x2222, path_mtu: 1024 };
    let rtl = ParserConfig { pkey: 0x1111, path_mtu: 1024 };
    let frames: Vec<(Frame, Corruption)> = (0..20).map(|_| clean(valid_frame(&mut rng, 0x04, 64, model.pkey))).collect();
    let mut dut = RxParser::new();
    let err = run_configured(&mut dut, 3, &frames, &rtl, &model, &Traffic::smooth(), &mut rng).expect_err("a disagreement went unnoticed");
    assert!(err.contains("seed 3, frame 0"), "{err}");
}
