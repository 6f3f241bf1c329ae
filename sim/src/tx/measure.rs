//! Builder throughput in cycles, at line rate (no gaps, no back-pressure), checked against the
//! model as it runs.

use super::testbench::{run, Packet, Traffic};
use super::packets::descriptor;
use crate::stimulus::rng;
use crate::verilated::TxBuilder;
use rand::Rng;

/// One traffic pattern's result.
#[derive(Clone, Debug)]
pub struct LineRate {
    pub pattern: &'static str,
    /// Frames per message and their sizes (one entry for single-frame patterns).
    pub frame_bytes: Vec<usize>,
    pub frames: u64,
    pub beats: u64,
    pub busy_cycles: u64,
    pub beats_per_cycle: f64,
    /// Payload bytes per cycle over the 8 a beat carries.
    pub payload_fraction_of_datapath: f64,
    /// Payload bytes over the bytes on an Ethernet wire (frame + FCS 4 + preamble 8 + gap 12).
    pub payload_fraction_of_ethernet: f64,
}

/// Back-to-back copies of `message` (descriptor opcodes and payload lengths) through the RTL.
fn measure(pattern: &'static str, message: &[(u8, usize)], repeats: usize) -> Result<LineRate, String> {
    let mut rng = rng(1);
    let mut packets = Vec::new();
    for _ in 0..repeats {
        for &(opcode, length) in message {
            let payload: Vec<u8> = (0..length).map(|_| rng.gen()).collect();
            packets.push(Packet::new(descriptor(&mut rng, opcode, length), &payload, 0));
        }
    }
    let mut dut = TxBuilder::new();
    let report = run(&mut dut, 1, &packets, &Traffic::smooth(), &mut rng)?;
    let payload: usize = packets.iter().map(|p| p.desc.payload_length).sum();
    let wire: usize = report.frames.iter().map(|f| f.len() + 4 + 8 + 12).sum();
    Ok(LineRate {
        pattern,
        frame_bytes: report.frames.iter().take(message.len()).map(Vec::len).collect(),
        frames: report.frames.len() as u64,
        beats: report.beats_out,
        busy_cycles: report.busy_cycles,
        beats_per_cycle: report.beats_out as f64 / report.busy_cycles as f64,
        payload_fraction_of_datapath: payload as f64 / (8 * report.busy_cycles) as f64,
        payload_fraction_of_ethernet: payload as f64 / wire as f64,
    })
}

/// A 4 KiB RDMA WRITE segmented at `mtu`: First (with RETH), Middles, Last; Only when it fits.
fn write_4k(mtu: usize) -> Vec<(u8, usize)> {
    let n = 4096 / mtu;
    if n == 1 {
        return vec![(0x0A, 4096)];
    }
    std::iter::once((0x06, mtu)).chain((1..n - 1).map(|_| (0x07, mtu))).chain([(0x08, mtu)]).collect()
}

/// The smallest frames (a 62-byte ACK; a zero-length SEND padded to 60), the largest (WRITE
/// Middle at MTU 4096), and 4 KiB WRITE messages at path MTU 1024 and 4096.
pub fn line_rate() -> Result<Vec<LineRate>, String> {
    Ok(vec![
        measure("ack_62_bytes", &[(0x11, 0)], 4000)?,
        measure("send_only_empty_60_bytes", &[(0x04, 0)], 4000)?,
        measure("write_middle_mtu_4096", &[(0x07, 4096)], 200)?,
        measure("write_4k_message_mtu_1024", &write_4k(1024), 200)?,
        measure("write_4k_message_mtu_4096", &write_4k(4096), 200)?,
    ])
}

/// `count` random packets, `fault_percent` of them faulty, under random gaps and back-pressure,
/// checked frame by frame against the model.
pub fn random_mix(seed: u64, count: usize, fault_percent: u32) -> Result<super::testbench::RunReport, String> {
    let mut rng = rng(seed);
    let packets: Vec<Packet> = (0..count).map(|_| super::packets::random(&mut rng, 1024, fault_percent).0).collect();
    let traffic = Traffic::random(&mut rng);
    run(&mut TxBuilder::new(), seed, &packets, &traffic, &mut rng)
}
