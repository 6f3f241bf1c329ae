//! Parser throughput and latency in cycles, at line rate (no back-pressure, no gaps).

use super::frames::{valid_frame, Corruption, Frame};
use super::testbench::{run, Traffic};
use crate::models::rx_parser::ParserConfig;
use crate::stimulus::rng;
use crate::verilated::RxParser;

/// One traffic pattern's result.
#[derive(Clone, Debug)]
pub struct LineRate {
    pub pattern: &'static str,
    pub frame_bytes: usize,
    pub frames: u64,
    pub beats: u64,
    pub busy_cycles: u64,
    pub beats_per_cycle: f64,
    /// Cycles from a frame's last beat entering to its verdict leaving.
    pub verdict_latency_cycles_min: u64,
    pub verdict_latency_cycles_max: u64,
}

/// Back-to-back frames of one kind through the RTL, checked against the model as they go.
fn measure(pattern: &'static str, opcode: u8, payload: usize, mtu: usize, frames: usize) -> Result<LineRate, String> {
    let mut rng = rng(1);
    let config = ParserConfig { pkey: 0xFFFF, path_mtu: mtu };
    let list: Vec<(Frame, Corruption)> = (0..frames)
        .map(|_| (Frame { bytes: valid_frame(&mut rng, opcode, payload, config.pkey), mac_error: false }, Corruption::None))
        .collect();
    let frame_bytes = list[0].0.bytes.len();
    let mut dut = RxParser::new();
    let report = run(&mut dut, 1, &list, &config, &Traffic::smooth(), &mut rng)?;
    if report.counters[0] != frames as u64 {
        return Err(format!("{pattern}: only {} of {frames} frames accepted", report.counters[0]));
    }
    Ok(LineRate {
        pattern,
        frame_bytes,
        frames: report.frames,
        beats: report.beats_in,
        busy_cycles: report.busy_cycles,
        beats_per_cycle: report.beats_in as f64 / report.busy_cycles as f64,
        verdict_latency_cycles_min: report.verdict_latencies.iter().copied().min().unwrap_or(0),
        verdict_latency_cycles_max: report.verdict_latencies.iter().copied().max().unwrap_or(0),
    })
}

/// The smallest RoCE frame the parser sees in practice (an ACK, 62 bytes), the largest (an RDMA
/// WRITE Middle at a 4096-byte path MTU), and a 58-byte zero-length SEND padded to 60.
pub fn line_rate() -> Result<Vec<LineRate>, String> {
    Ok(vec![
        measure("ack_62_bytes", 0x11, 0, 1024, 4000)?,
        measure("send_only_empty_60_bytes", 0x04, 0, 1024, 4000)?,
        measure("write_middle_mtu_4096", 0x07, 4096, 4096, 200)?,
        measure("write_only_1024", 0x0A, 1024, 1024, 500)?,
    ])
}

/// `count` frames of every opcode, `corrupt_percent` of them damaged, under random gaps and
/// back-pressure, checked frame by frame against the model. Returns the parser's counters.
pub fn random_mix(seed: u64, count: usize, corrupt_percent: u32) -> Result<super::testbench::RunReport, String> {
    use super::frames::{corrupt, random_valid};
    use rand::Rng;
    let mut rng = rng(seed);
    let config = ParserConfig { pkey: 0xFFFF, path_mtu: 1024 };
    let frames: Vec<(Frame, Corruption)> = (0..count)
        .map(|_| {
            let mut frame = Frame { bytes: random_valid(&mut rng, config.pkey, config.path_mtu, 1024), mac_error: false };
            let how = if rng.gen_range(0..100) < corrupt_percent { corrupt(&mut rng, &mut frame) } else { Corruption::None };
            (frame, how)
        })
        .collect();
    let traffic = Traffic::random(&mut rng);
    run(&mut RxParser::new(), seed, &frames, &config, &traffic, &mut rng)
}
