//! The MAC receiver (issue 27) in Verilator against its model: every burst on GMII comes out as
//! the model says (bytes, verdict on the last byte) and is counted once by its cause — good
//! frames, FCS errors, runts, giants, `rx_er`, framing errors — at line rate with the shortest
//! gaps; frames built by scapy with their FCS by zlib (an independent CRC) all come out good.

use nic_sim::mac::bursts::{on_the_wire, random_burst, Burst};
use nic_sim::models::gmii_rx::{receive, Received, Verdict, DEFAULT_MAX_FRAME_BYTES};
use nic_sim::python::{hex_bytes, python};
use nic_sim::stimulus::{rng, seeds};
use nic_sim::verilated::GmiiRx;
use rand::Rng;
use std::process::Command;

/// The counters, in the model's verdict order.
fn counters(dut: &GmiiRx) -> [u64; 6] {
    [dut.frames(), dut.phy_errors(), dut.runts(), dut.oversize(), dut.fcs_errors(), dut.framing_errors()]
}

fn verdict_index(verdict: Verdict) -> usize {
    match verdict {
        Verdict::Good => 0,
        Verdict::PhyError => 1,
        Verdict::Runt => 2,
        Verdict::Oversize => 3,
        Verdict::FcsError => 4,
        Verdict::FramingError => 5,
    }
}

/// Drives the bursts on GMII and collects the stream: each frame up to `tlast`, with `tuser`.
fn run(bursts: &[Burst]) -> (Vec<Received>, [u64; 6]) {
    let mut dut = GmiiRx::new();
    dut.set_reset(1);
    dut.cycle();
    dut.set_reset(0);
    let mut out: Vec<Received> = Vec::new();
    let mut open: Vec<u8> = Vec::new();
    // One byte time on the pins; what the stream carries in it is collected.
    let mut cycle = |dut: &mut GmiiRx, byte: u8, dv: bool, er: bool| {
        dut.set_gmii_rxd(byte as u64);
        dut.set_gmii_rx_dv(dv as u64);
        dut.set_gmii_rx_er(er as u64);
        dut.eval();
        if dut.m_axis_tvalid() != 0 {
            open.push(dut.m_axis_tdata() as u8);
            if dut.m_axis_tlast() != 0 {
                out.push(Received { bytes: std::mem::take(&mut open), good: dut.m_axis_tuser() != 0 });
            }
        }
        dut.cycle();
    };
    for burst in bursts {
        for _ in 0..burst.idle_before {
            cycle(&mut dut, 0, false, false);
        }
        for &(byte, error) in &burst.bytes {
            cycle(&mut dut, byte, true, error);
        }
    }
    // The pipeline empties: pins, then the stream register.
    for _ in 0..4 {
        cycle(&mut dut, 0, false, false);
    }
    (out, counters(&dut))
}

/// The bursts' frames and counters by the model.
fn model(bursts: &[Burst]) -> (Vec<Received>, [u64; 6]) {
    let mut out = Vec::new();
    let mut counts = [0u64; 6];
    for burst in bursts {
        let (frame, verdict) = receive(&burst.bytes, DEFAULT_MAX_FRAME_BYTES as usize);
        out.extend(frame);
        counts[verdict_index(verdict)] += 1;
    }
    (out, counts)
}

#[test]
fn every_burst_comes_out_and_is_counted_as_the_model_says() {
    for seed in seeds(&[1, 2, 3, 4]) {
        let mut rng = rng(seed);
        let bursts: Vec<Burst> = (0..400).map(|_| random_burst(&mut rng)).collect();
        let (frames, counts) = run(&bursts);
        let (expected, expected_counts) = model(&bursts);
        assert_eq!(frames.len(), expected.len(), "seed {seed} (replay with NIC_SEED={seed}): frames out");
        for (i, (got, want)) in frames.iter().zip(&expected).enumerate() {
            assert_eq!(got, want, "seed {seed} (replay with NIC_SEED={seed}): frame {i}");
        }
        assert_eq!(counts, expected_counts, "seed {seed}: counters [good, rx_er, runt, oversize, fcs, framing]");
        assert!(expected_counts.iter().all(|&c| c > 0), "seed {seed}: every cause exercised: {expected_counts:?}");
    }
}

#[test]
fn back_to_back_frames_at_the_shortest_gap_all_come_out() {
    let mut rng = rng(5);
    for len in [60usize, 1518] {
        let frames: Vec<Vec<u8>> = (0..50).map(|_| (0..len).map(|_| rng.gen()).collect()).collect();
        let bursts: Vec<Burst> = frames.iter().map(|f| Burst { bytes: on_the_wire(&mut rng, f), idle_before: 1 }).collect();
        let (out, counts) = run(&bursts);
        assert_eq!(counts, [50, 0, 0, 0, 0, 0], "{len} B");
        assert!(out.iter().zip(&frames).all(|(o, f)| o.good && &o.bytes == f), "{len} B frames whole and good");
    }
}

#[test]
fn frames_built_by_scapy_with_zlib_fcs_come_out_good() {
    let output = Command::new(python())
        .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/scapy_ethernet_frames.py"))
        .args(["7", "200"])
        .output()
        .expect("python runs");
    assert!(output.status.success(), "scapy failed: {}", String::from_utf8_lossy(&output.stderr));
    let wire_frames: Vec<Vec<u8>> = String::from_utf8(output.stdout).unwrap().lines().map(hex_bytes).collect();
    assert_eq!(wire_frames.len(), 200);
    let bursts: Vec<Burst> = wire_frames
        .iter()
        .map(|f| {
            let mut bytes = vec![(0x55, false); 7];
            bytes.push((0xD5, false));
            bytes.extend(f.iter().map(|&b| (b, false)));
            Burst { bytes, idle_before: 12 }
        })
        .collect();
    let (out, counts) = run(&bursts);
    assert_eq!(counts, [200, 0, 0, 0, 0, 0]);
    for (i, (o, f)) in out.iter().zip(&wire_frames).enumerate() {
        assert!(o.good && o.bytes == f[..f.len() - 4], "scapy frame {i}: {:02x?}", o.bytes);
    }
}
