//! The MAC's line rate (`nicctl bench mac`): frames back to back both ways through the verilated
//! MAC and its clock crossings, against what a gigabit wire can carry.

use super::bursts::Burst;
use super::testbench::{run, MacClocks, MacTraffic};
use crate::models::gmii_tx::{wire_bytes, INTER_FRAME_GAP_BYTES};
use crate::stimulus::rng;
use rand::Rng;

/// A gigabit wire carries 125 million byte times a second.
pub const LINE_BYTES_PER_SECOND: f64 = 125e6;
/// What each frame costs on the wire beyond its bytes: preamble, delimiter and gap.
pub const PER_FRAME_OVERHEAD_BYTES: usize = 8 + INTER_FRAME_GAP_BYTES as usize;

#[derive(Clone, Debug)]
pub struct MacLineRate {
    /// Frame size with its FCS (64: the shortest; 1518: a 1500-byte payload).
    pub frame_bytes: usize,
    pub frames: usize,
    /// Transmit: byte times from the first frame's first byte to the last frame's gap.
    pub tx_byte_times: u64,
    pub tx_frames_per_second: f64,
    pub wire_max_frames_per_second: f64,
    pub tx_fraction_of_wire: f64,
    /// Receive: frames offered at line rate (12-byte gaps), and how many reached the core whole.
    pub rx_frames_offered: usize,
    pub rx_frames_delivered: usize,
    pub rx_overflows: u64,
}

/// Runs 64- and 1518-byte frames back to back at the given core clock period (picoseconds).
pub fn line_rate(core_ps: u64) -> Result<Vec<MacLineRate>, String> {
    let mut rng = rng(1);
    let mut results = Vec::new();
    for (frame_bytes, frames) in [(64usize, 300usize), (1518, 40)] {
        let data: Vec<Vec<u8>> = (0..frames).map(|_| (0..frame_bytes - 4).map(|_| rng.gen()).collect()).collect();
        let bursts = data
            .iter()
            .map(|f| Burst { bytes: wire_bytes(f).into_iter().map(|b| (b, false)).collect(), idle_before: INTER_FRAME_GAP_BYTES })
            .collect();
        let traffic = MacTraffic { rx_bursts: bursts, tx_frames: data.clone(), core_ready_percent: 100, core_valid_percent: 100 };
        let out = run(MacClocks { core_ps, rx_ps: 8_000, tx_ps: 8_000 }, &traffic, &mut rng);
        if out.sent.len() != frames || out.sent.iter().zip(&data).any(|(line, f)| line.bytes != wire_bytes(f)) {
            return Err(format!("{frame_bytes}-byte frames: the line did not carry the frames sent"));
        }
        if out.received.iter().zip(&data).any(|(got, want)| got != want) {
            return Err(format!("{frame_bytes}-byte frames: a received frame differs from the one sent"));
        }
        let tx_byte_times = out.tx_busy_byte_times + INTER_FRAME_GAP_BYTES as u64;
        let tx_frames_per_second = frames as f64 * LINE_BYTES_PER_SECOND / tx_byte_times as f64;
        let wire_max_frames_per_second = LINE_BYTES_PER_SECOND / (frame_bytes + PER_FRAME_OVERHEAD_BYTES) as f64;
        results.push(MacLineRate {
            frame_bytes,
            frames,
            tx_byte_times,
            tx_frames_per_second,
            wire_max_frames_per_second,
            tx_fraction_of_wire: tx_frames_per_second / wire_max_frames_per_second,
            rx_frames_offered: frames,
            rx_frames_delivered: out.received.len(),
            rx_overflows: out.counters.rx_overflows,
        });
    }
    Ok(results)
}
