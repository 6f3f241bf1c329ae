//! The MAC transmitter's reference model (`nic_hdl::mac::gmii_tx`): the bytes a frame puts on
//! GMII, and the shortest idle time between two frames.

use super::icrc::crc32;
use nic_hdl::mac::gmii_tx::{MIN_FRAME_BYTES, PREAMBLE, PREAMBLE_BYTES, START_OF_FRAME};

pub use nic_hdl::mac::gmii_tx::INTER_FRAME_GAP_BYTES;

/// What `frame` (destination MAC first, no FCS) is on the wire while `tx_en` is high: preamble,
/// start-of-frame delimiter, the frame padded with zeros to 60 bytes, the FCS.
pub fn wire_bytes(frame: &[u8]) -> Vec<u8> {
    let mut padded = frame.to_vec();
    padded.resize(padded.len().max(MIN_FRAME_BYTES as usize), 0);
    let mut wire = vec![PREAMBLE; PREAMBLE_BYTES as usize];
    wire.push(START_OF_FRAME);
    wire.extend_from_slice(&padded);
    wire.extend_from_slice(&crc32(&padded).to_le_bytes());
    wire
}

/// Byte times frames of these lengths take on the wire back to back, gaps included: the least
/// time a gigabit line needs for them (line rate).
pub fn line_rate_byte_times(frame_lengths: &[usize]) -> u64 {
    frame_lengths.iter().map(|len| (PREAMBLE_BYTES as usize + 1 + (*len).max(MIN_FRAME_BYTES as usize) + 4) as u64 + INTER_FRAME_GAP_BYTES as u64).sum()
}
