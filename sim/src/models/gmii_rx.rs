//! The MAC receiver's reference model (`nic_hdl::mac::gmii_rx`): what one burst of `gmii_rx_dv`
//! comes out as, and how it is counted.

use super::icrc::crc32_update;
use nic_hdl::mac::gmii_rx::{FCS_RESIDUE, HELD_BYTES, MIN_FRAME_WITH_FCS_BYTES};
use nic_hdl::mac::gmii_tx::{PREAMBLE, START_OF_FRAME};

pub use nic_hdl::mac::gmii_rx::DEFAULT_MAX_FRAME_BYTES;

/// The counter a burst lands in: exactly one per burst.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Good,
    PhyError,
    Runt,
    Oversize,
    FcsError,
    FramingError,
}

/// A frame on the receiver's stream: its bytes (without FCS) and whether its last byte said keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    pub bytes: Vec<u8>,
    pub good: bool,
}

/// One burst of `rx_dv`, byte by byte with its `rx_er`: the frame that comes out of it (none
/// for a framing error or fewer than five bytes after the delimiter) and its verdict.
pub fn receive(burst: &[(u8, bool)], max_frame_bytes: usize) -> (Option<Received>, Verdict) {
    let preamble = burst.iter().take_while(|(byte, _)| *byte == PREAMBLE).count();
    if burst.get(preamble).map(|(byte, _)| *byte) != Some(START_OF_FRAME) {
        return (None, Verdict::FramingError);
    }
    let frame = &burst[preamble + 1..];
    let bytes: Vec<u8> = frame.iter().map(|(byte, _)| *byte).collect();
    let verdict = if frame.iter().any(|(_, error)| *error) {
        Verdict::PhyError
    } else if bytes.len() < MIN_FRAME_WITH_FCS_BYTES as usize {
        Verdict::Runt
    } else if bytes.len() > max_frame_bytes {
        Verdict::Oversize
    } else if crc32_update(0xFFFF_FFFF, &bytes) != FCS_RESIDUE {
        Verdict::FcsError
    } else {
        Verdict::Good
    };
    let out = (bytes.len() >= HELD_BYTES as usize).then(|| Received { bytes: bytes[..bytes.len() - 4].to_vec(), good: verdict == Verdict::Good });
    (out, verdict)
}
